import Foundation
import Testing

@testable import ISMSCore

/// The byte-level splitter must cut exactly where the former character-based one did.
@Suite struct PerformanceSplitterTests {
  /// The former implementation, kept here as the reference.
  enum Reference {
    static func decodeText(_ data: Data) throws -> String {
      var bytes = [UInt8](data)
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      if let nul = bytes.firstIndex(of: 0) {
        throw FrontMatterError(
          .binary, line: 1 + bytes[..<nul].lazy.filter { $0 == 0x0A }.count, message: "", fix: "")
      }
      var scalars = String.UnicodeScalarView()
      var line = 1
      var iterator = bytes.makeIterator()
      var decoder = UTF8()
      decoding: while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar):
          if scalar == "\n" { line += 1 }
          scalars.append(scalar)
        case .emptyInput: break decoding
        case .error: throw FrontMatterError(.invalidUTF8, line: line, message: "", fix: "")
        }
      }
      let text = String(scalars)
      return text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    static func split(_ text: String) throws -> SplitMarkdown {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      guard let first = lines.first, isDelimiter(first, allowDots: false) else {
        return SplitMarkdown(frontMatter: nil, frontMatterFirstLine: 1, body: text, bodyFirstLine: 1)
      }
      guard let close = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0], allowDots: true) })
      else { throw FrontMatterError(.notClosed, line: 1, message: "", fix: "") }
      let yaml = lines[1..<close].joined(separator: "\n")
      let body = lines[(close + 1)...].joined(separator: "\n")
      return SplitMarkdown(frontMatter: yaml, frontMatterFirstLine: 2, body: body, bodyFirstLine: close + 2)
    }

    static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
      var word = line
      while let last = word.last, last == " " || last == "\t" { word = word.dropLast() }
      return word == "---" || (allowDots && word == "...")
    }
  }

  static let samples: [[UInt8]] =
    [
      "", "---", "---\n", "---\n---", "---\n---\n", "---\nid: A\n---\n# Title\n", "---\nid: A\n...\nbody",
      "--- \t\nid: A\n---  \nbody\n\n", "# Readme\n---\n", "---\r\nid: A\r\n---\r\nbody\r\n",
      "---\r\r\nid: A\r\n---\r\n",
      "---\nid: A\n---\r\r\nbody", "\u{FEFF}---\nid: A\n---\nb", "---\nid: Ä\u{301}\n---\n\u{301}body",
      "----\nid: A\n---\n",
      "---\nid: A\n--- x\n---\nbody", "---\nid: A\n\n---\n", " ---\nid: A\n---\n", "---\n---\n---\n",
    ].map { Array($0.utf8) } + [
      [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A], [0x61, 0x0A, 0x00], [0xEF, 0xBB, 0xBF, 0x0A, 0xC3],
      [0x2D, 0x2D, 0x2D, 0x0A, 0x0D, 0x0A, 0x2D, 0x2D, 0x2D, 0x0D, 0x0A, 0x0D],
    ]

  @Test func splitsExactlyAsTheCharacterBasedSplitter() {
    for sample in Self.samples {
      let data = Data(sample)
      let expected = Result { try Reference.split(Reference.decodeText(data)) }
      let actual = Result { try MarkdownSplitter.split(MarkdownSplitter.decodeText(data)) }
      switch (expected, actual) {
      case (.success(let want), .success(let got)):
        #expect(want == got, "sample \(sample)")
      case (.failure(let want as FrontMatterError), .failure(let got as FrontMatterError)):
        #expect(want.problem == got.problem && want.line == got.line, "sample \(sample)")
      default:
        Issue.record("sample \(sample): \(expected) vs \(actual)")
      }
    }
  }

  @Test func decodesTextExactlyAsBefore() {
    for sample in Self.samples {
      let data = Data(sample)
      #expect(
        (try? Reference.decodeText(data)) == (try? MarkdownSplitter.decodeText(data)), "sample \(sample)")
    }
  }
}
