/// Checks a YAML mapping against a field table: unknown, missing and mistyped fields, uniformly,
/// with line numbers; collects the references it meets for the validator.
struct SchemaChecker {
  /// The file checked, for diagnostics.
  let path: String
  /// The problems found so far.
  private(set) var diagnostics: [Diagnostic] = []
  /// The references met in values that passed their type check.
  private(set) var references: [ReferenceUse] = []

  /// Creates a checker for the file at `path`.
  init(path: String) { self.path = path }

  /// Checks `entries` (a mapping starting at `line`) against `specs`; `prefix` names the parent field.
  mutating func check(_ entries: [YAMLEntry], against specs: [FieldSpec], prefix: String = "", line: Int) {
    // Tables hold a few dozen short names: a scan beats building a dictionary per mapping.
    for entry in entries {
      let field = prefix + entry.key
      guard let spec = specs.first(where: { $0.name == entry.key }) else {
        if entry.key.hasPrefix("x-") { continue }
        let suggestion = Self.closest(to: entry.key, among: specs.map(\.name))
        error(
          line: entry.line, field: field, "unknown field `\(field)`",
          fix: suggestion.map { "rename it to `\($0)`, or prefix it with `x-` to keep it as an extension" }
            ?? "remove it, or prefix it with `x-` to keep it as an extension")
        continue
      }
      if entry.value.isNull {
        if spec.required { missing(field, line: entry.line, type: spec.type) }
        continue
      }
      checkValue(entry.value, spec.type, field: field, reference: spec.reference)
    }
    for spec in specs where spec.required && !entries.contains(where: { $0.key == spec.name }) {
      missing(prefix + spec.name, line: line, type: spec.type)
    }
  }

  private mutating func missing(_ field: String, line: Int, type: FieldType) {
    error(
      line: line, field: field, "required field `\(field)` is missing", fix: "add `\(field)`: \(type.summary)"
    )
  }

  private mutating func checkValue(
    _ node: YAMLNode, _ type: FieldType, field: String, reference: ReferenceKind?
  ) {
    switch type {
    case .list(let element):
      if let elements = node.elements {
        for (index, element2) in elements.enumerated() {
          checkValue(element2, element, field: "\(field)[\(index)]", reference: reference)
        }
      } else if !node.isNull {
        checkValue(node, element, field: field, reference: reference)
      }
      return
    case .object(let specs):
      guard let entries = node.entries else { return mistyped(node, field: field, type: type) }
      check(entries, against: specs, prefix: field + ".", line: node.line)
      return
    case .dictionary(let element):
      guard let entries = node.entries else { return mistyped(node, field: field, type: type) }
      for entry in entries {
        checkValue(entry.value, element, field: "\(field).\(entry.key)", reference: reference)
      }
      return
    default:
      break
    }
    guard let text = node.text else { return mistyped(node, field: field, type: type) }
    switch type {
    case .text:
      if text.allSatisfy(\.isWhitespace) { return mistyped(node, field: field, type: type) }
    case .identifier:
      if !Self.isIdentifier(text) { return mistyped(node, field: field, type: type) }
    case .integer(let range):
      guard case .scalar(_, true, _) = node, let number = Int(text) else {
        return mistyped(node, field: field, type: type)
      }
      if !range.contains(number) { return mistyped(node, field: field, type: type) }
    case .day:
      if Day(text) == nil {
        let shaped =
          text.utf8.count == 10
          && text.enumerated().allSatisfy {
            $0.offset == 4 || $0.offset == 7 ? $0.element == "-" : $0.element.isASCII && $0.element.isNumber
          }
        error(
          line: node.line, field: field,
          shaped
            ? "`\(field)` is \(text), a date that does not exist"
            : "`\(field)` must be a date (YYYY-MM-DD), found `\(text)`",
          fix: "write an existing date as YYYY-MM-DD")
        return
      }
    case .version:
      if !Self.isVersion(text) { return mistyped(node, field: field, type: type) }
    case .choice(let words):
      if !words.contains(text) { return mistyped(node, field: field, type: type) }
    case .list, .object, .dictionary:
      break
    }
    if let reference {
      references.append(ReferenceUse(kind: reference, value: text, line: node.line, field: field))
    }
  }

  private mutating func mistyped(_ node: YAMLNode, field: String, type: FieldType) {
    let found: String
    switch node {
    case .scalar(let text, _, _): found = text.isEmpty ? "an empty value" : "`\(text)`"
    case .sequence: found = "a list"
    case .mapping: found = "a mapping"
    }
    error(
      line: node.line, field: field, "`\(field)` must be \(type.summary), found \(found)",
      fix: "write \(type.summary)")
  }

  private mutating func error(line: Int?, field: String?, _ message: String, fix: String) {
    diagnostics.append(
      Diagnostic(.error, path: path, line: line, field: field, message: message, fix: fix, rule: "schema"))
  }

  /// Whether `text` is a valid document id.
  static func isIdentifier(_ text: String) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first, bytes.count <= 64, isAlphanumeric(first) else { return false }
    return bytes.allSatisfy {
      isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
    }
  }

  /// Whether `text` is `MAJOR.MINOR`.
  static func isVersion(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2
      && parts.allSatisfy {
        !$0.isEmpty && $0.count <= 6 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber)
      }
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// The known name within edit distance 2 of `name`, for "did you mean".
  static func closest(to name: String, among names: [String]) -> String? {
    var best: (name: String, distance: Int)?
    for candidate in names.sorted() {
      let score = distance(name, candidate)
      if score <= 2, score < (best?.distance ?? Int.max) { best = (candidate, score) }
    }
    return best?.name
  }

  private static func distance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs.utf8), b = Array(rhs.utf8)
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return previous[b.count]
  }
}
