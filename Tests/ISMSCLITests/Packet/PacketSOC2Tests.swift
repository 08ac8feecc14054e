import Foundation
import ISMSCore
import Testing

@Suite("isms packet --kind soc2")
struct PacketSOC2Tests {
  @Test("needs a SOC 2 scope; then builds the same bytes twice, verifies, and holds the SOC 2 pages")
  func soc2Packet() throws {
    let fixture = try PacketCommandFixture()
    let refused = try fixture.isms(["packet", "--kind", "soc2", "--today", "2026-06-01", "-o", "x.zip"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("no SOC 2 scope"), "\(refused.stderr)")

    let scope = try fixture.isms([
      "soc2", "scope", "--type", "2", "--categories", "security,availability", "--period-start", "2026-02-01",
      "--period-end", "2026-07-31", "--service-auditor", "Example Assurance LLP", "--by",
      try fixture.ownerID(),
    ])
    #expect(scope.status == 0, "\(scope.stderr)")
    let first = try fixture.packet("soc2-1.zip", ["--kind", "soc2"])
    let second = try fixture.packet("soc2-2.zip", ["--kind", "soc2"])
    #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    let verified = try ISMSProcess.run(["packet", "verify", first.path, "--repo", fixture.url.path])
    #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")

    let entries = try PacketArchive.entries(of: try Data(contentsOf: first))
    func page(_ path: String) throws -> String {
      String(decoding: try #require(entries.first { $0.path == path }, "\(path)").contents, as: UTF8.self)
    }
    let matrix = try page("soc2-matrix.html")
    #expect(matrix.contains(#"id="CC6.1""#) && matrix.contains(#"id="A1.2""#))
    #expect(!matrix.contains(#"id="C1.1""#) && !matrix.contains(#"id="PI1.1""#))
    #expect(try page("soc2-matrix.csv").contains("CC6.1,"))
    let description = try page("soc2-description.html")
    #expect(description.contains("Subservice organisations") && description.contains("to be completed"))
    let assertion = try page("soc2-assertion.html")
    #expect(assertion.contains("2026-02-01 to 2026-07-31") && assertion.contains("Example Assurance LLP"))
    // The hostile policy was added on 2026-02-03, inside the period; nothing before it counts.
    let changes = try page("soc2-changes.html")
    #expect(changes.contains("POL-666"))
    #expect(try page("index.html").contains("soc2-matrix.html"))
    for entry in entries where entry.path.hasSuffix(".html") {
      #expect(
        !String(decoding: entry.contents, as: UTF8.self).lowercased().contains("<script"), "\(entry.path)")
    }
  }

  @Test(
    "the example's packet shows its activities, evidence and exception in the matrix and the evidence index")
  func exampleOperation() throws {
    let example = try ExampleRepository()
    let zip = example.folder.url.appendingPathComponent("soc2.zip")
    let result = try ISMSProcess.run(
      ["packet", "--kind", "soc2", "--today", "2026-11-29", "-o", zip.path], in: example.url)
    #expect(result.status == 0, "\(result.stderr)")
    let entries = try PacketArchive.entries(of: try Data(contentsOf: zip))
    func page(_ path: String) throws -> String {
      String(decoding: try #require(entries.first { $0.path == path }, "\(path)").contents, as: UTF8.self)
    }
    let matrix = try page("soc2-matrix.html")
    let cc62 = try #require(matrix.range(of: #"id="CC6.2""#))
    let section = matrix[cc62.upperBound...].prefix { _ in true }.split(separator: "<h2").first ?? ""
    #expect(section.contains("ACT-001") && section.contains("quarterly") && section.contains("EV-002"))
    #expect(section.contains("contractor"), "the exception of EV-002")
    let evidence = try page("soc2-evidence.html")
    #expect(evidence.contains("EV-001") && evidence.contains("sha256:"))
    #expect(try page("soc2-evidence.csv").contains("EV-002,ACT-001,2026-10-06,yes,"))
    #expect(entries.contains { $0.path == "source/records/evidence/EV-002.md" })
    let description = try page("soc2-description.html")
    #expect(description.contains("What GitHub, Inc. expects of us"))
    #expect(description.contains("Customers review member and team access and remove people who leave"))
    #expect(description.contains("SOC 2 Type 2, period ending"))
  }
}
