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
    return try data.withUnsafeBytes { raw in
      var bytes = UnsafeBufferPointer(start: raw.bindMemory(to: UInt8.self).baseAddress, count: raw.count)
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
        bytes = UnsafeBufferPointer(rebasing: bytes[3...])
      }
      return try decode(bytes)
    }
  }

  /// Checks for NUL bytes, validates UTF-8 in one pass and normalises CRLF only when a CR occurs.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
    if let nul = memchr(base, 0, bytes.count) {
      let offset = UnsafePointer<UInt8>(nul.assumingMemoryBound(to: UInt8.self)) - base
      throw FrontMatterError(
        .binary, line: 1 + countNewlines(UnsafeBufferPointer(rebasing: bytes[..<offset])),
        message: "file holds NUL bytes: it is binary, not a Markdown document",
        fix: "remove the binary file or give it another extension than .md")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw FrontMatterError(
        .invalidUTF8, line: invalidUTF8Line(bytes), message: "file is not valid UTF-8",
        fix: "save the file as UTF-8")
    }
    guard memchr(base, 0x0D, bytes.count) != nil else { return text }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
        output.append(0x0A)
        index += 2
      } else {
        output.append(byte)
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func countNewlines(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for byte in bytes where byte == 0x0A { count += 1 }
    return count
  }

  /// The line of the first invalid UTF-8 sequence: one more than the newlines decoded before it.
  private static func invalidUTF8Line(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
      case .emptyInput, .error: return line
      }
    }
  }

  /// Splits decoded text. A file has front-matter when its first line is `---`; the block ends
  /// at the next line that is `---` or `...`.
  /// - Throws: ``FrontMatterError`` when the block is never closed or is too large.
  public static func split(_ text: String) throws -> SplitMarkdown {
    var contiguous = text
    return try contiguous.withUTF8 { bytes in
      // A CRLF left after decoding (from `\r\r\n`) is one character, not a line break, for
      // the character-based rule: keep that rare case on the character path.
      if let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) != nil, containsCRLF(bytes) {
        return try splitByCharacters(text)
      }
      return try split(bytes, text: text)
    }
  }

  private static func containsCRLF(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count > 1 else { return false }
    for index in 0..<(bytes.count - 1) where bytes[index] == 0x0D && bytes[index + 1] == 0x0A { return true }
    return false
  }

  /// The character-based split, for text that still holds a CRLF.
  private static func splitByCharacters(_ text: String) throws -> SplitMarkdown {
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

  private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
    var word = line
    while let last = word.last, last == " " || last == "\t" { word = word.dropLast() }
    return word == "---" || (allowDots && word == "...")
  }

  /// Splits the UTF-8 bytes of `text` on bytes: `\n` is always a line (and a grapheme) boundary,
  /// and the delimiters are ASCII, so this cuts exactly where splitting by characters would.
  private static func split(_ bytes: UnsafeBufferPointer<UInt8>, text: String) throws -> SplitMarkdown {
    let count = bytes.count
    func lineEnd(from start: Int) -> Int {
      guard start < count, let base = bytes.baseAddress,
        let found = memchr(base + start, 0x0A, count - start)
      else { return count }
      return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }
    let firstEnd = lineEnd(from: 0)
    guard isDelimiter(bytes, firstEnd > 0 ? 0..<firstEnd : 0..<0, allowDots: false) else {
      return SplitMarkdown(frontMatter: nil, frontMatterFirstLine: 1, body: text, bodyFirstLine: 1)
    }
    var lineIndex = 1
    var start = firstEnd + 1
    var close: (index: Int, start: Int, end: Int)?
    while start <= count, firstEnd < count {
      let end = lineEnd(from: start)
      if isDelimiter(bytes, start..<end, allowDots: true) {
        close = (lineIndex, start, end)
        break
      }
      if end >= count { break }
      lineIndex += 1
      start = end + 1
    }
    guard let close else {
      throw FrontMatterError(
        .notClosed, line: 1, message: "front-matter opened on line 1 is never closed",
        fix: "end the front-matter with a line holding only `---`")
    }
    let yamlStart = firstEnd + 1
    let yamlEnd = max(yamlStart, close.start - 1)
    guard yamlEnd - yamlStart <= FrontMatterLimits.maxFrontMatterBytes else {
      throw FrontMatterError(
        .frontMatterTooLarge, line: 2,
        message:
          "front-matter is \(yamlEnd - yamlStart) bytes, more than the limit of \(FrontMatterLimits.maxFrontMatterBytes)",
        fix: "move long text from the front-matter into the Markdown body")
    }
    let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[yamlStart..<yamlEnd]), as: UTF8.self)
    let body =
      close.end < count
      ? String(decoding: UnsafeBufferPointer(rebasing: bytes[(close.end + 1)...]), as: UTF8.self) : ""
    return SplitMarkdown(
      frontMatter: yaml, frontMatterFirstLine: 2, body: body, bodyFirstLine: close.index + 2)
  }

  /// Decodes and splits a Markdown file in one step.
  /// - Throws: ``FrontMatterError``.
  public static func split(_ data: Data) throws -> SplitMarkdown {
    try split(decodeText(data))
  }

  /// Whether the line `range` of `bytes` is `---` (or `...` when allowed) with only spaces and
  /// tabs after it.
  private static func isDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, allowDots: Bool)
    -> Bool
  {
    var end = range.upperBound
    while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    guard end - range.lowerBound == 3 else { return false }
    let first = bytes[range.lowerBound]
    guard first == UInt8(ascii: "-") || (allowDots && first == UInt8(ascii: ".")) else { return false }
    return bytes[range.lowerBound + 1] == first && bytes[range.lowerBound + 2] == first
  }
}
