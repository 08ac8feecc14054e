import Testing

@testable import ISMSCore

/// Object ids as values: their hexadecimal form, bytes and order are git's.
@Suite struct ObjectIDTests {
  @Test func hexadecimalDigitsAndBytesRoundTrip() throws {
    let hex = "0123456789abcdef00ff10e2d3c4b5a697887766"
    let id = try #require(ObjectID(hex: hex))
    #expect(id.hex == hex)
    #expect(ObjectID(hex: hex.uppercased()) == id)
    let bytes = id.withBytes { Array($0) }
    #expect(bytes.count == 20 && bytes.first == 0x01 && bytes.last == 0x66)
    #expect(bytes.withUnsafeBytes { ObjectID(bytes: $0) } == id)
  }

  @Test func onlyFortyHexadecimalDigitsAreAnID() {
    for text in [
      "", "0123", String(repeating: "a", count: 39), String(repeating: "a", count: 41),
      "g" + String(repeating: "0", count: 39),
    ] {
      #expect(ObjectID(hex: text) == nil, "\(text)")
    }
  }

  @Test func idsOrderAsTheirDigits() throws {
    let texts = [
      "ff00000000000000000000000000000000000000", "00000000000000000000000000000000000000ff",
      "0000000000000000ff0000000000000000000000", "0000000000000000000000000000000000000100",
      "0000000000000000000000000000000000000000",
    ]
    let ids = try texts.map { try #require(ObjectID(hex: $0)) }
    #expect(ids.sorted().map(\.hex) == texts.sorted())
  }
}
