import Foundation
import ISMSCore
import Testing

@Suite("subprocessor list changes")
struct SubprocessorChangeTests {
  static func supplier(data: String) throws -> Document {
    let text = """
      ---
      id: SUP-001
      kind: supplier
      title: "Example Cloud"
      service: "Hosting"
      data: \(data)
      criticality: high
      owner: jdoe
      ---
      """
    let isms = ISMS.load(from: InMemorySnapshot(["suppliers/SUP-001.md": text])).isms
    return try #require(isms.document(id: "SUP-001"))
  }

  @Test("a supplier joins the list when customer data is added, leaves when it is dropped or removed")
  func changes() throws {
    let day = Day(year: 2026, month: 4, day: 1) ?? Day(daysSinceEpoch: 0)
    let customer = try Self.supplier(data: "[customer-data]")
    let other = try Self.supplier(data: "[personal-data]")
    #expect(SubprocessorChange.between(nil, customer, day: day, commit: "c")?.change == .added)
    #expect(SubprocessorChange.between(other, customer, day: day, commit: "c")?.change == .added)
    #expect(SubprocessorChange.between(customer, other, day: day, commit: "c")?.change == .removed)
    #expect(SubprocessorChange.between(customer, nil, day: day, commit: "c")?.name == "Example Cloud")
    #expect(SubprocessorChange.between(customer, customer, day: day, commit: "c") == nil)
    #expect(SubprocessorChange.between(nil, other, day: day, commit: "c") == nil)
  }
}
