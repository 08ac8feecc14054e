import Foundation
import Testing

/// Every command that writes a file or folder takes `-o` as well as `--output`.
@Suite("isms: -o/--output wherever a file or folder is written")
struct OutputOptionTests {
  @Test(
    "-o writes the file or folder",
    arguments: [
      ["export", "oscal", "-o", "out/oscal"], ["calendar", "-o", "out/isms.ics"],
      ["review", "codeowners", "-o", "out/CODEOWNERS"],
    ])
  func shortOutput(_ arguments: [String]) throws {
    let fixture = try ReviewFixture()
    try FileManager.default.createDirectory(
      at: fixture.url.appendingPathComponent("out"), withIntermediateDirectories: true)
    let result = try fixture.isms(arguments + ["--today", "2026-01-12"])
    #expect(result.status == 0, "\(result.stderr)")
    let written = fixture.url.appendingPathComponent(try #require(arguments.last))
    #expect(FileManager.default.fileExists(atPath: written.path), "\(arguments)")
  }
}
