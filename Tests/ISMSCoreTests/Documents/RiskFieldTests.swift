import Foundation
import Testing

@testable import ISMSCore

@Suite("the one list of risk fields")
struct RiskFieldTests {
  @Test("the schema of a risk is id, kind and every risk field, in order")
  func schema() {
    #expect(DocumentSchema.risk.map(\.name) == ["id", "kind"] + RiskField.allCases.map(\.rawValue))
  }

  @Test("an imported register may give every imported field, and the file written holds each of them")
  func imported() throws {
    let fields = RiskField.allCases.filter(\.isImported)
    let values: [RiskField: String] = [
      .title: "Malware", .asset: "Laptops", .threat: "Malware", .vulnerability: "No EDR", .owner: "jdoe",
      .likelihood: "3", .impact: "4", .treatment: "modify", .controls: "A.8.7", .residualLikelihood: "2",
      .residualImpact: "2", .acceptedBy: "jdoe", .acceptedOn: "2026-01-10", .assessedOn: "2026-01-09",
    ]
    let csv =
      fields.map(\.rawValue).joined(separator: ",") + "\n"
      + fields.map { values[$0] ?? "" }.joined(separator: ",") + "\n"
    let result = try FrameworksRiskImportTests.run(csv)
    #expect(result.errors == [])
    #expect(result.ignoredColumns == [])
    let text = try #require(result.risks.first?.text)
    for field in fields {
      #expect(text.contains("\n\(field.rawValue): "), "\(field.rawValue) is written")
    }
    #expect(RiskImport.required.allSatisfy { RiskImport.fields.contains($0) })
  }

  @Test("the packet's register has a column for every risk field but the review interval")
  func register() throws {
    let files = try PacketContentFixture.files()
    let table = try CSVTable(text: PacketContentFixture.text(files, "risks.csv"))
    for field in RiskField.allCases where field != .reviewInterval {
      #expect(table.header.contains(field.rawValue), "risks.csv has \(field.rawValue)")
    }
    #expect(!table.header.contains(RiskField.reviewInterval.rawValue))
    #expect(!table.records.isEmpty)
    let status = try #require(table.header.firstIndex(of: "status"))
    for record in table.records {
      #expect(
        ["open", "closed"].contains(record.cells[status]), "row \(record.row) has a cell for each column")
    }
  }
}
