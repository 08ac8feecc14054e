import Yams

/// Parses YAML text into a ``YAMLNode`` tree with file line numbers, within ``FrontMatterLimits``.
public enum YAMLReader {
  /// Parses one YAML document.
  ///
  /// Refuses anchors, aliases, merge keys, explicit tags, duplicate keys, non-text keys, more
  /// than ``FrontMatterLimits/maxDepth`` levels and more than ``FrontMatterLimits/maxNodes``
  /// nodes. An empty document is an empty mapping.
  /// - Parameters:
  ///   - yaml: the YAML text, with `\n` line ends.
  ///   - firstLine: the file line of the first YAML line (2 for front-matter, 1 for `isms.yml`).
  /// - Throws: ``FrontMatterError``.
  public static func parse(_ yaml: String, firstLine: Int) throws -> YAMLNode {
    guard yaml.utf8.count <= FrontMatterLimits.maxFrontMatterBytes else {
      throw FrontMatterError(
        .frontMatterTooLarge, line: firstLine,
        message:
          "YAML is \(yaml.utf8.count) bytes, more than the limit of \(FrontMatterLimits.maxFrontMatterBytes)",
        fix: "move long text out of the YAML")
    }
    try YAMLPreflight.check(yaml, firstLine: firstLine)
    return try FlatYAML.parse(yaml, firstLine: firstLine) ?? parseWithYams(yaml, firstLine: firstLine)
  }

  /// ``parse(_:firstLine:)`` through Yams, for YAML that ``FlatYAML`` does not read.
  package static func parseWithYams(_ yaml: String, firstLine: Int) throws -> YAMLNode {
    let offset = firstLine - 1
    do {
      let parser = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8)
      return try withExtendedLifetime(parser) {
        guard let root = try parser.singleRoot() else { return .mapping([], line: firstLine) }
        var converter = Converter(offset: offset)
        return try converter.convert(root, depth: 1)
      }
    } catch let error as FrontMatterError {
      throw error
    } catch let error as YamlError {
      throw translate(error, yaml: yaml, offset: offset)
    }
  }

  /// Does the parser's one-time set-up now (Yams' tables, the runtime's first instantiation of
  /// every type a parse uses: about a millisecond), so that the first document parsed later does
  /// not pay for it. Call it on a thread that would otherwise be idle.
  public static func prepare() {
    _ = try? parseWithYams("prepare: [mapping, sequence]\nscalar: text\n", firstLine: 1)
  }

  /// Parses one YAML document whose root must be a mapping.
  /// - Throws: ``FrontMatterError`` with problem `.notAMapping` when the root is not a mapping.
  public static func parseMapping(_ yaml: String, firstLine: Int) throws -> [YAMLEntry] {
    let root = try parse(yaml, firstLine: firstLine)
    guard let entries = root.entries else {
      throw FrontMatterError(
        .notAMapping, line: root.line, message: "YAML must be a mapping of `key: value` lines",
        fix: "write one `key: value` per line")
    }
    return entries
  }

  private struct Converter {
    let offset: Int
    var count = 0

    mutating func convert(_ node: Node, depth: Int) throws -> YAMLNode {
      count += 1
      let line = (node.mark?.line ?? 1) + offset
      guard count <= FrontMatterLimits.maxNodes else {
        throw FrontMatterError(
          .tooManyNodes, line: line,
          message: "YAML holds more than \(FrontMatterLimits.maxNodes) values",
          fix: "split the document; move lists of data out of the front-matter")
      }
      guard depth <= FrontMatterLimits.maxDepth else { throw YAMLPreflight.depthError(line: line) }
      if node.anchor != nil { throw YAMLPreflight.anchorError(line: line) }
      switch node {
      case .scalar(let scalar):
        return .scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any, line: line)
      case .sequence(let sequence):
        return .sequence(try sequence.map { try convert($0, depth: depth + 1) }, line: line)
      case .mapping(let mapping):
        var entries: [YAMLEntry] = []
        for (key, value) in mapping {
          let keyLine = (key.mark?.line ?? 1) + offset
          guard case .scalar(let keyScalar) = key else {
            throw FrontMatterError(
              .syntax, line: keyLine, message: "a mapping key must be plain text",
              fix: "use a `snake_case` word as the key")
          }
          if keyScalar.anchor != nil { throw YAMLPreflight.anchorError(line: keyLine) }
          if keyScalar.string == "<<", keyScalar.style == .plain {
            throw YAMLPreflight.anchorError(line: keyLine)
          }
          count += 1
          entries.append(
            YAMLEntry(key: keyScalar.string, line: keyLine, value: try convert(value, depth: depth + 1)))
        }
        return .mapping(entries, line: line)
      case .alias:
        throw YAMLPreflight.anchorError(line: line)
      }
    }
  }

  private static func translate(_ error: YamlError, yaml: String, offset: Int) -> FrontMatterError {
    switch error {
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? "?"
      let first = context.mark.line
      let second = secondOccurrence(of: key, after: first, column: context.mark.column, in: yaml)
      let lines = second.map { "lines \(first + offset) and \($0 + offset)" } ?? "line \(first + offset)"
      return FrontMatterError(
        .duplicateKey, line: (second ?? first) + offset,
        message: "key `\(key)` appears twice in the same mapping (\(lines))",
        fix: "keep one `\(key)` and delete the other")
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) \($0.text)" } ?? problem
      return FrontMatterError(
        .syntax, line: mark.line + offset, message: "YAML syntax error: \(detail)",
        fix: "correct the YAML; quote values that contain `: ` or start with a special character")
    case .reader(let problem, let byteOffset, let value, _):
      // Yams' own description repeats the YAML with a caret: the line number and the character say it.
      let line = byteOffset.map { yaml.utf8.prefix($0).filter { $0 == UInt8(ascii: "\n") }.count + 1 } ?? 1
      let hex = String(value, radix: 16, uppercase: true)
      let character =
        value >= 0 ? " (U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ")" : ""
      return FrontMatterError(
        .syntax, line: line + offset, message: "YAML could not be read: \(problem)\(character)",
        fix: "remove or replace the character")
    default:
      return FrontMatterError(
        .syntax, line: offset + 1, message: "YAML could not be read", fix: "correct the YAML")
    }
  }

  /// The YAML line of the next `key:` at `column` after `line`, to name both duplicates.
  private static func secondOccurrence(of key: String, after line: Int, column: Int, in yaml: String) -> Int?
  {
    // Lines as libyaml counts them (a lone CR, NEL, LS and PS end a line too), or its line
    // numbers run past the end: a fuzzer-found crash.
    let lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: isYAMLLineBreak)
    guard line < lines.count else { return nil }
    let forms = [key, "\"\(key)\"", "'\(key)'"]
    for index in line..<lines.count {
      let text = lines[index]
      let indent = text.prefix { $0 == " " || $0 == "-" }.count
      guard indent == column - 1 else { continue }
      let rest = text.dropFirst(indent)
      if forms.contains(where: { rest.hasPrefix($0 + ":") }) { return index + 1 }
    }
    return nil
  }

  /// Whether `character` ends a line for YAML 1.1 (libyaml): LF, CR, CRLF, NEL, LS, PS.
  private static func isYAMLLineBreak(_ character: Character) -> Bool {
    switch character {
    case "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}": return true
    default: return false
    }
  }
}
