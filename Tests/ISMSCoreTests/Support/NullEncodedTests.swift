import Foundation
import Testing

@testable import ISMSCore

/// ``NullEncoded``: an absent optional is written as an explicit `null` key, and read back from a
/// `null` or a missing key, with synthesized `Codable` doing the rest.
@Suite("NullEncoded: explicit null keys")
struct NullEncodedTests {
  struct Row: Codable, Equatable {
    let id: String
    @NullEncoded var owner: String?
    @NullEncoded var due: Day?

    private enum CodingKeys: String, CodingKey {
      case id, owner
      case due = "due_day"
    }
  }

  func json(_ row: Row) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(row), as: UTF8.self)
  }

  @Test("absent values are null keys, present ones are their values, under the CodingKeys names")
  func encodes() throws {
    #expect(try json(Row(id: "R-1", owner: nil, due: nil)) == #"{"due_day":null,"id":"R-1","owner":null}"#)
    #expect(
      try json(Row(id: "R-1", owner: "ada", due: Day("2026-03-02")))
        == #"{"due_day":"2026-03-02","id":"R-1","owner":"ada"}"#)
  }

  @Test("null, a missing key and a value all decode")
  func decodes() throws {
    let decoder = JSONDecoder()
    #expect(
      try decoder.decode(Row.self, from: Data(#"{"id":"R-1","owner":null}"#.utf8))
        == Row(id: "R-1", owner: nil, due: nil))
    let row = try decoder.decode(
      Row.self, from: Data(#"{"id":"R-1","owner":"ada","due_day":"2026-03-02"}"#.utf8))
    #expect(row.owner == "ada" && row.due == Day("2026-03-02"))
  }
}
