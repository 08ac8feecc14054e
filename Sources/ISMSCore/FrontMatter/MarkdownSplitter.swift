import Foundation

/// A Markdown file cut into its front-matter YAML and its body, with line ends normalised to `\n`.
public struct SplitMarkdown: Sendable, Equatable {
  /// The YAML between the delimiters, or `nil` when the file has no front-matter.
  public let frontMatter: String?
  /// The file line on which the YAML starts (the line after the opening `---`).
  public let frontMatterFirstLine: Int
  /// The Markdown after the closing delimiter (the whole text when there is no front-matter).
  public let body: String
  /// The file line on which the body starts.
  public let bodyFirstLine: Int
}

/// Splits Markdown files into front-matter and body, and decodes text files safely.
public enum MarkdownSplitter {
  /// Decodes a text file: refuses oversized, binary and non-UTF-8 input, drops a UTF-8
  /// byte-order mark and turns CRLF line ends into LF.
  /// - Parameter limit: the largest accepted size in bytes.
  /// - Throws: ``FrontMatterError`` naming the offending line where it can.
  public static func decodeText(_ data: Data, limit: Int = FrontMatterLimits.maxDocumentBytes) throws
    -> String
  {
    guard data.count <= limit else {
      throw FrontMatterError(
        .documentTooLarge, line: nil,
        message: "file is \(data.count) bytes, more than the limit of \(limit) bytes",
        fix: "split the document or move large content out of the ISMS repository")
    }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let nul = bytes.firstIndex(of: 0) {
      let line = 1 + bytes[..<nul].lazy.filter { $0 == 0x0A }.count
      throw FrontMatterError(
        .binary, line: line, message: "file holds NUL bytes: it is binary, not a Markdown document",
        fix: "remove the binary file or give it another extension than .md")
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
      case .emptyInput:
        break decoding
      case .error:
        throw FrontMatterError(
          .invalidUTF8, line: line, message: "file is not valid UTF-8",
          fix: "save the file as UTF-8")
      }
    }
    let text = String(scalars)
    return text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
  }

  /// Splits decoded text. A file has front-matter when its first line is `---`; the block ends
  /// at the next line that is `---` or `...`.
  /// - Throws: ``FrontMatterError`` when the block is never closed or is too large.
  public static func split(_ text: String) throws -> SplitMarkdown {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, isDelimiter(first, allowDots: false) else {
      return SplitMarkdown(frontMatter: nil, frontMatterFirstLine: 1, body: text, bodyFirstLine: 1)
    }
    guard let close = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0], allowDots: true) })
    else {
      throw FrontMatterError(
        .notClosed, line: 1, message: "front-matter opened on line 1 is never closed",
        fix: "end the front-matter with a line holding only `---`")
    }
    let yaml = lines[1..<close].joined(separator: "\n")
    guard yaml.utf8.count <= FrontMatterLimits.maxFrontMatterBytes else {
      throw FrontMatterError(
        .frontMatterTooLarge, line: 2,
        message:
          "front-matter is \(yaml.utf8.count) bytes, more than the limit of \(FrontMatterLimits.maxFrontMatterBytes)",
        fix: "move long text from the front-matter into the Markdown body")
    }
    let body = lines[(close + 1)...].joined(separator: "\n")
    return SplitMarkdown(frontMatter: yaml, frontMatterFirstLine: 2, body: body, bodyFirstLine: close + 2)
  }

  /// Decodes and splits a Markdown file in one step.
  /// - Throws: ``FrontMatterError``.
  public static func split(_ data: Data) throws -> SplitMarkdown {
    try split(decodeText(data))
  }

  private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
    var word = line
    while let last = word.last, last == " " || last == "\t" { word = word.dropLast() }
    return word == "---" || (allowDots && word == "...")
  }
}
