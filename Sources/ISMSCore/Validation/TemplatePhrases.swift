import Foundation

/// The text `isms init`'s templates leave for the organisation to replace, derived from the
/// templates themselves (`templates/init/`): the `TODO`/`TBD` markers and the placeholder
/// sentences that follow a `TODO` (to the end of its table cell, or of its paragraph). A line of a
/// document that still holds a marker or one of these sentences is template text, not content
/// (rule I6).
public struct TemplatePhrases: Sendable, Hashable {
  /// The placeholder sentences' lines, whitespace-normalised, each long enough not to match
  /// ordinary prose by chance.
  public let phrases: [String]

  /// The shortest piece of a placeholder sentence that is matched.
  static let minimumLength = 24

  /// The phrases by the hash of their first ``minimumLength`` bytes: a line is searched once,
  /// window by window, instead of once per phrase (thousands of body lines times hundreds of
  /// phrases made `validate` ten times slower).
  private let phrasesByAnchor: [UInt64: [[UInt8]]]

  /// Derives the phrases of `templates` (path → Mustache text); only `.mustache` files count.
  public init(templates: [String: String]) {
    var found: Set<String> = []
    for (path, text) in templates where path.hasSuffix(".mustache") {
      for phrase in Self.placeholderLines(text) { found.formUnion(Self.pieces(phrase)) }
    }
    phrases = found.sorted()
    var byAnchor: [UInt64: [[UInt8]]] = [:]
    for phrase in phrases {
      let bytes = Array(phrase.utf8)
      byAnchor[RollingHash(bytes[..<Self.minimumLength]).value, default: []].append(bytes)
    }
    phrasesByAnchor = byAnchor
  }

  /// The 0-based offsets of the lines of `text` holding a marker or a placeholder sentence.
  public func lines(in text: some StringProtocol) -> [Int] {
    var text = String(text)
    return text.withUTF8 { bytes in
      var result: [Int] = []
      var start = 0
      var offset = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
        if holdsPlaceholder(UnsafeBufferPointer(rebasing: bytes[start..<index])) { result.append(offset) }
        start = index + 1
        offset += 1
      }
      return result
    }
  }

  /// Whether `line` holds a `TODO`/`TBD` marker or a placeholder sentence.
  public func holdsPlaceholder(_ line: some StringProtocol) -> Bool {
    var line = String(line)
    return line.withUTF8 { holdsPlaceholder($0) }
  }

  /// Whether the UTF-8 `line` holds a marker or a placeholder sentence. Lines of ASCII are judged on
  /// their bytes; any other line through ``normalised(_:)`` and `Character`'s notion of a letter.
  private func holdsPlaceholder(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard line.allSatisfy({ $0 < 0x80 }) else {
      let text = String(decoding: line, as: UTF8.self)
      if text.split(whereSeparator: { !$0.isLetter }).contains(where: { $0 == "TODO" || $0 == "TBD" }) {
        return true
      }
      return containsPhrase(Array(Self.normalised(text).utf8))
    }
    if Self.holdsASCIIMarker(line) { return true }
    return containsPhrase(Self.normalisedASCII(line))
  }

  /// Whether the ASCII `line` has the word `TODO` or `TBD` (letters on neither side).
  private static func holdsASCIIMarker(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    func isLetter(_ byte: UInt8) -> Bool {
      (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
    var index = 0
    while index < line.count {
      guard isLetter(line[index]) else {
        index += 1
        continue
      }
      let start = index
      while index < line.count, isLetter(line[index]) { index += 1 }
      let word = UnsafeBufferPointer(rebasing: line[start..<index])
      if word.elementsEqual("TODO".utf8) || word.elementsEqual("TBD".utf8) { return true }
    }
    return false
  }

  /// ``normalised(_:)`` of an ASCII line, in bytes.
  private static func normalisedASCII(_ line: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    // ASCII white space as `Character.isWhitespace` has it: tab, line feed, vertical tab, form
    // feed, carriage return, space.
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    var words: [UInt8] = []
    words.reserveCapacity(line.count)
    var pendingSpace = false
    for byte in line {
      if isSpace(byte) {
        pendingSpace = !words.isEmpty
      } else {
        if pendingSpace { words.append(0x20) }
        pendingSpace = false
        words.append(byte)
      }
    }
    let markers: Set<UInt8> = Set(">|*-\" `".utf8)
    guard let first = words.firstIndex(where: { !markers.contains($0) }),
      let last = words.lastIndex(where: { !markers.contains($0) })
    else { return [] }
    return Array(words[first...last])
  }

  /// Whether the normalised bytes `line` contain one of the phrases.
  private func containsPhrase(_ line: [UInt8]) -> Bool {
    let width = Self.minimumLength
    guard line.count >= width, !phrasesByAnchor.isEmpty else { return false }
    var hash = RollingHash(line[..<width])
    var start = 0
    while true {
      if let candidates = phrasesByAnchor[hash.value] {
        for phrase in candidates where start + phrase.count <= line.count {
          if line[start..<(start + phrase.count)].elementsEqual(phrase) { return true }
        }
      }
      guard start + width < line.count else { return false }
      hash.roll(out: line[start], in: line[start + width])
      start += 1
    }
  }

  /// The text of each template line that belongs to a placeholder: after `TODO` to the end of its
  /// table cell or line, and the lines continuing that paragraph.
  static func placeholderLines(_ text: String) -> [String] {
    var result: [String] = []
    var continuing = false
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      while start <= bytes.count {
        // Lines end at a line feed, as `Character`s split them: not at the one of a CRLF.
        var end = start
        while end < bytes.count, bytes[end] != 0x0A || (end > start && bytes[end - 1] == 0x0D) { end += 1 }
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        start = end + 1
        guard line.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
          placeholderLine(String(decoding: line, as: UTF8.self), continuing: &continuing, into: &result)
          continue
        }
        let marker = firstRange(of: Array("TODO".utf8), in: line)
        // A line without a marker matters only while a placeholder paragraph goes on.
        guard marker != nil || continuing else { continue }
        let indented = line.drop { $0 == 0x20 || $0 == 0x09 }
        if let marker {
          let rest = line[marker.upperBound...].drop { $0 == UInt8(ascii: ":") || $0 == 0x20 }
          let isCell = indented.first == UInt8(ascii: "|")
          let text = isCell ? rest.prefix { $0 != UInt8(ascii: "|") } : rest
          result.append(String(decoding: text, as: UTF8.self))
          continuing = !isCell
          continue
        }
        var trimmed = indented
        while let last = trimmed.last, last == 0x20 || last == 0x09 { trimmed = trimmed.dropLast() }
        let structural = ["|", "#", "- ", "* ", "---"].contains { trimmed.starts(with: $0.utf8) }
        if normalisedASCII(line).isEmpty || structural {
          continuing = false
        } else {
          result.append(String(decoding: line, as: UTF8.self))
        }
      }
    }
    return result
  }

  /// ``placeholderLines(_:)`` for one line of other text than ASCII.
  static func placeholderLine(_ line: String, continuing: inout Bool, into result: inout [String]) {
    let marker = line.range(of: "TODO")
    guard marker != nil || continuing else { return }
    if let marker {
      let rest = line[marker.upperBound...].drop { $0 == ":" || $0 == " " }
      let isCell = line.trimmingCharacters(in: .whitespaces).hasPrefix("|")
      result.append(String(isCell ? rest.prefix { $0 != "|" } : rest))
      continuing = !isCell
      return
    }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    let structural = ["|", "#", "- ", "* ", "---"].contains { trimmed.hasPrefix($0) }
    if normalised(line).isEmpty || structural {
      continuing = false
    } else {
      result.append(line)
    }
  }

  /// The first range of `needle` in `bytes`.
  private static func firstRange(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    guard bytes.count >= needle.count else { return nil }
    for start in 0...(bytes.count - needle.count)
    where bytes[start] == needle[0] && bytes[start..<(start + needle.count)].elementsEqual(needle) {
      return start..<(start + needle.count)
    }
    return nil
  }

  /// The parts of a placeholder line between Mustache tags, normalised, that are long enough.
  private static func pieces(_ line: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(line)
    while let open = rest.range(of: "{{") {
      parts.append(String(rest[..<open.lowerBound]))
      guard let close = rest[open.upperBound...].range(of: "}}") else { break }
      rest = rest[close.upperBound...].drop { $0 == "}" }
    }
    parts.append(String(rest))
    return parts.map(normalised).filter { $0.count >= minimumLength }
  }

  /// `line` without quote, list and table markers at either end and with runs of white space as
  /// one space.
  static func normalised(_ line: some StringProtocol) -> String {
    // Every start derives the phrases from every template line: ASCII lines take the byte path.
    var text = String(line)
    let ascii = text.withUTF8 { bytes in
      bytes.allSatisfy { $0 < 0x80 } ? String(decoding: normalisedASCII(bytes), as: UTF8.self) : nil
    }
    if let ascii { return ascii }
    let words = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let markers: Set<Character> = [">", "|", "*", "-", "\"", " ", "`"]
    return String(words.drop { markers.contains($0) }.reversed().drop { markers.contains($0) }.reversed())
  }
}

/// A Rabin–Karp hash of a fixed-width window of bytes, moved one byte at a time.
private struct RollingHash {
  private static let base: UInt64 = 257
  /// The window's hash (modulo 2⁶⁴).
  private(set) var value: UInt64 = 0
  /// `base` to the power of the width minus one: the weight of the byte leaving the window.
  private var outWeight: UInt64 = 1

  /// The hash of `window`.
  init(_ window: some Collection<UInt8>) {
    for (index, byte) in window.enumerated() {
      value = value &* Self.base &+ UInt64(byte)
      if index > 0 { outWeight = outWeight &* Self.base }
    }
  }

  /// Moves the window one byte on: `out` leaves it, `in` enters it.
  mutating func roll(out: UInt8, in new: UInt8) {
    value = (value &- UInt64(out) &* outWeight) &* Self.base &+ UInt64(new)
  }
}
