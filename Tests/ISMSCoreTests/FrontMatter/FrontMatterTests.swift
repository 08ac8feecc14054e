import Foundation
import Testing

@testable import ISMSCore

@Suite struct FrontMatterTests {
  @Test func splitsFrontMatterAndBody() throws {
    let split = try MarkdownSplitter.split("---\nid: A\n---\n# Title\n")
    #expect(split.frontMatter == "id: A")
    #expect(split.body == "# Title\n")
    #expect(split.bodyFirstLine == 4)
  }

  @Test func acceptsBOMAndCRLF() throws {
    let data = Data([0xEF, 0xBB, 0xBF]) + Data("---\r\nid: A\r\ntitle: B\r\n...\r\nBody\r\n".utf8)
    let split = try MarkdownSplitter.split(data)
    #expect(split.frontMatter == "id: A\ntitle: B")
    #expect(split.body == "Body\n")
    let entries = try YAMLReader.parseMapping(
      try #require(split.frontMatter), firstLine: split.frontMatterFirstLine)
    #expect(entries.map(\.line) == [2, 3])
  }

  @Test func fileWithoutFrontMatterHasNone() throws {
    #expect(try MarkdownSplitter.split("# Readme\n---\n").frontMatter == nil)
  }

  @Test(arguments: [
    ("---\nid: A\n", FrontMatterError.Problem.notClosed, 1),
    ("---\nid: A\u{0}\n---\n", .binary, 2),
  ])
  func refusesBrokenFiles(text: String, problem: FrontMatterError.Problem, line: Int) {
    #expect(throws: FrontMatterError.self) { try MarkdownSplitter.split(Data(text.utf8)) }
    do {
      _ = try MarkdownSplitter.split(Data(text.utf8))
    } catch let error as FrontMatterError {
      #expect(error.problem == problem)
      #expect(error.line == line)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func refusesInvalidUTF8WithLine() {
    let data = Data("---\nid: A\n".utf8) + Data([0xC3, 0x28]) + Data("\n---\n".utf8)
    #expect(
      throws: FrontMatterError(
        .invalidUTF8, line: 3, message: "file is not valid UTF-8", fix: "save the file as UTF-8")
    ) {
      try MarkdownSplitter.split(data)
    }
  }

  @Test func refusesOversizedDocumentAndFrontMatter() {
    let big = Data(repeating: UInt8(ascii: "a"), count: FrontMatterLimits.maxDocumentBytes + 1)
    #expect(
      performing: { try MarkdownSplitter.split(big) },
      throws: { ($0 as? FrontMatterError)?.problem == .documentTooLarge })
    let field = "title: " + String(repeating: "x", count: FrontMatterLimits.maxFrontMatterBytes) + "\n"
    #expect(
      performing: { try MarkdownSplitter.split("---\n" + field + "---\n") },
      throws: {
        ($0 as? FrontMatterError)?.problem == .frontMatterTooLarge
      })
  }
}
