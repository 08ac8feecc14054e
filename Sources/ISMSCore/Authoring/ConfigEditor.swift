import Foundation

/// Edits `isms.yml` minimally, the way ``FrontMatterEditor`` edits a document: comments, key order,
/// the other people and line ends stay as they were, and each result is parsed and read back
/// before it is returned.
public enum ConfigEditor {
  /// A new entry of `people`.
  public struct NewPerson: Sendable, Hashable {
    public let id: String
    public let name: String
    public let email: String
    public let roles: [Role]
    public let forge: String?

    public init(id: String, name: String, email: String, roles: [Role], forge: String?) {
      self.id = id
      self.name = name
      self.email = email
      self.roles = roles
      self.forge = forge
    }
  }

  /// Sets top-level fields (`organization`, `scope`, `certification_body`, …), each replacing its
  /// old value and its comment lines staying.
  /// - Throws: ``FrontMatterEditError``.
  public static func setting(_ edits: [FrontMatterEdit], in text: String) throws -> String {
    // isms.yml is a front-matter block without a body: edit it as one, with its own line ends.
    let end = text.unicodeScalars.contains("\r") ? "\r\n" : "\n"
    let wrapped = "---" + end + text + (text.unicodeScalars.last == "\n" ? "" : end) + "---" + end
    // Split on the scalar: "\r\n" is one Character, which Character-based splitting never breaks.
    var lines = try FrontMatterEditor.apply(edits, to: wrapped).unicodeScalars
      .split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    lines.removeFirst()
    while let last = lines.last, ["", "\r", "---", "---\r"].contains(last) { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Appends `person` to `people`, after the last person (and that person's indented comments).
  /// - Throws: ``ConfigEditError``.
  public static func adding(_ person: NewPerson, to text: String) throws -> String {
    var document = try ConfigLines(text)
    let block = try document.peopleBlock()
    let indent = block.items.first.map { String(document.lines[$0.start].prefix { $0 == " " }) } ?? "  "
    var item = [
      "\(indent)- id: \(YAMLQuoting.scalar(person.id))",
      "\(indent)  name: \(YAMLQuoting.scalar(person.name))",
      "\(indent)  email: \(YAMLQuoting.scalar(person.email))",
      "\(indent)  roles: "
        + FrontMatterValue.list(person.roles.map { .string($0.rawValue) }).rendered(flow: false),
    ]
    if let forge = person.forge { item.append("\(indent)  forge: \(YAMLQuoting.scalar(forge))") }
    if block.items.isEmpty { document.lines[block.keyLine] = "people:" }
    document.insert(item, at: block.items.last?.end ?? block.keyLine + 1)
    let result = document.text
    try verify(result) { config in
      config.person(person.id).map {
        $0.name == person.name && $0.email == person.email && $0.roles == person.roles
      }
        ?? false
    }
    return result
  }

  /// Sets a field of the person `id` (`roles`, `name`, `email`, `forge`, or an `x-` field), in the
  /// style the person is written in, adding it after the person's last field when absent.
  /// - Throws: ``ConfigEditError``.
  public static func setting(
    _ field: String, to value: FrontMatterValue, ofPerson id: String, in text: String
  )
    throws -> String
  {
    var document = try ConfigLines(text)
    let block = try document.peopleBlock()
    guard let item = block.items.first(where: { $0.id == id }) else { throw ConfigEditError.noSuchPerson(id) }
    let first = document.lines[item.start]
    let dash = first.prefix { $0 == " " }.count
    let fieldIndent = String(repeating: " ", count: dash + 2)
    let rendered = "\(field): \(value.rendered(flow: false))"
    var replaced = false
    var index = item.start
    while index < item.end {
      let line = document.lines[index]
      let content = index == item.start ? fieldIndent + String(line.dropFirst(dash + 2)) : line
      if content.hasPrefix(fieldIndent + field + ":") {
        // The field's value may continue on deeper-indented lines (a block list): replace them too.
        var end = index + 1
        while end < item.end, ConfigLines.indent(of: document.lines[end]) > fieldIndent.count,
          !document.lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("#")
        {
          end += 1
        }
        let prefix = index == item.start ? String(repeating: " ", count: dash) + "- " : fieldIndent
        document.lines.replaceSubrange(index..<end, with: [prefix + rendered])
        replaced = true
        break
      }
      index += 1
    }
    if !replaced { document.insert([fieldIndent + rendered], at: item.lastField + 1) }
    let result = document.text
    try verify(result) { config in
      config.fields.first { $0.key == "people" }?.value.elements?.contains { entry in
        entry["id"]?.text == id && entry[field].map { reads($0, as: value) } == true
      } ?? false
    }
    return result
  }

  private static func reads(_ node: YAMLNode, as value: FrontMatterValue) -> Bool {
    if case .list(let items) = value {
      return node.elements.map { $0.map(\.text) == items.map(\.scalarText) } ?? false
    }
    return node.text == value.scalarText
  }

  private static func verify(_ text: String, _ check: (ISMSConfig) -> Bool) throws {
    let entries: [YAMLEntry]
    do {
      entries = try YAMLReader.parseMapping(text, firstLine: 1)
    } catch let error as FrontMatterError {
      throw ConfigEditError.unreadableResult(error.message)
    }
    if !check(ISMSConfig(FieldReader(entries))) { throw ConfigEditError.readBackMismatch }
  }
}

/// Why `isms.yml` could not be edited; nothing is written then.
public enum ConfigEditError: Error, Equatable, Sendable, CustomStringConvertible {
  /// There is no top-level `people:`.
  case noPeople
  /// No person has this id.
  case noSuchPerson(String)
  /// `people` is written in a form the editor does not change (a flow list).
  case unsupportedPeople
  /// The result does not parse.
  case unreadableResult(String)
  /// The result parses, but does not read back as written.
  case readBackMismatch

  public var description: String {
    switch self {
    case .noPeople: return "isms.yml has no `people:` list; add one, then run the command again"
    case .noSuchPerson(let id): return "isms.yml has no person `\(id)` under `people`"
    case .unsupportedPeople:
      return "isms.yml writes `people` as a flow list `[…]`; write one person per block (`- id: …`) first"
    case .unreadableResult(let reason): return "the edit would leave isms.yml unreadable (\(reason))"
    case .readBackMismatch: return "the edit of isms.yml would not read back as written"
    }
  }
}

/// `isms.yml` as lines, with the `people` block located.
struct ConfigLines {
  /// One person of `people`: lines `start..<end`, without trailing blank lines and comments at the
  /// item's own indentation (they belong to what follows).
  struct Item {
    let id: String?
    let start: Int
    let end: Int
    /// The last line that is a field rather than a comment.
    let lastField: Int
  }

  var lines: [String]
  private let carriageReturn: String

  init(_ text: String) throws {
    var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      String(String.UnicodeScalarView($0))
    }
    carriageReturn = lines.first?.hasSuffix("\r") == true ? "\r" : ""
    if !carriageReturn.isEmpty { lines = lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 } }
    self.lines = lines
  }

  var text: String { lines.joined(separator: carriageReturn + "\n") }

  mutating func insert(_ new: [String], at index: Int) { lines.insert(contentsOf: new, at: index) }

  static func indent(of line: String) -> Int { line.prefix { $0 == " " }.count }

  private static func isBlankOrComment(_ line: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty || trimmed.hasPrefix("#")
  }

  /// The `people:` key line and its items.
  func peopleBlock() throws -> (keyLine: Int, items: [Item]) {
    guard let key = lines.firstIndex(where: { $0.hasPrefix("people:") }) else {
      throw ConfigEditError.noPeople
    }
    let value = lines[key].dropFirst("people:".count).trimmingCharacters(in: .whitespaces)
    if value.hasPrefix("[") {
      if value.hasPrefix("[]") { return (key, []) }
      throw ConfigEditError.unsupportedPeople
    }
    var end = key + 1
    while end < lines.count,
      Self.isBlankOrComment(lines[end]) || lines[end].hasPrefix(" ") || lines[end].hasPrefix("-")
    {
      end += 1
    }
    let starts = (key + 1..<end).filter { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix("- ") }
    guard let firstStart = starts.first else { return (key, []) }
    let dash = Self.indent(of: lines[firstStart])
    let itemStarts = starts.filter { Self.indent(of: lines[$0]) == dash }
    var items: [Item] = []
    for (offset, start) in itemStarts.enumerated() {
      var stop = offset + 1 < itemStarts.count ? itemStarts[offset + 1] : end
      while stop > start + 1, Self.isBlankOrComment(lines[stop - 1]), Self.indent(of: lines[stop - 1]) <= dash
      {
        stop -= 1
      }
      let lastField = (start..<stop).last { !Self.isBlankOrComment(lines[$0]) } ?? start
      items.append(
        Item(id: Self.id(in: lines[start..<stop], dash: dash), start: start, end: stop, lastField: lastField))
    }
    return (key, items)
  }

  private static func id(in item: ArraySlice<String>, dash: Int) -> String? {
    for (offset, line) in item.enumerated() {
      let content = offset == 0 ? String(line.dropFirst(dash + 2)) : line.trimmingCharacters(in: .whitespaces)
      guard content.hasPrefix("id:") else { continue }
      let value = content.dropFirst(3).split(separator: "#", maxSplits: 1).first ?? ""
      return value.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
    }
    return nil
  }
}
