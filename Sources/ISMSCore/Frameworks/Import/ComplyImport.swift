import Foundation

/// Converts the documents of a strongdm/comply project (`policies/`, `procedures/`, `narratives/`)
/// into controlled documents of the ISMS.
public struct ComplyImport: Sendable {
  /// One document to create.
  public struct Item: Sendable, Hashable, Encodable {
    /// The comply file, relative to the comply project.
    public let source: String
    /// The new id.
    public let id: String
    /// policy, procedure or plan.
    public let kind: String
    /// The file to create, relative to the ISMS root.
    public let path: String
    /// The Annex A controls mapped from `satisfies`.
    public let controls: [String]
    /// The clauses mapped from `satisfies`.
    public let clauses: [String]
    /// The file text, a draft.
    public let text: String
    /// The approval the revision list records, to commit after the draft.
    public let approval: Approval?

    private enum CodingKeys: String, CodingKey { case source, id, kind, path, controls, clauses, approved }

    /// Encodes the report fields; `approved` is the approval day or null.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(source, forKey: .source)
      try container.encode(id, forKey: .id)
      try container.encode(kind, forKey: .kind)
      try container.encode(path, forKey: .path)
      try container.encode(controls, forKey: .controls)
      try container.encode(clauses, forKey: .clauses)
      try container.encode(approval?.day.description, forKey: .approved)
    }
  }

  /// An approval comply's revision list records: a decision taken elsewhere.
  public struct Approval: Sendable, Hashable {
    /// The day of the approving revision.
    public let day: Day
    /// The version approved.
    public let version: String
    /// The approver (person id).
    public let by: String
    /// Where the decision is recorded, for `ISMS-Recorded-Decision`.
    public let reference: String
    /// The document text once approved.
    public let text: String
  }

  static let known: Set<String> = [
    "name", "acronym", "id", "satisfies", "majorRevisions", "minorRevisions", "cron", "summary",
  ]

  /// The documents to create (empty when there are errors).
  public let items: [Item]
  /// What was carried over: mappings, revisions, approvals, placeholders filled.
  public let carried: [String]
  /// Ids changed because two comply files share one, naming both files, or by `--rename`.
  public let renamed: [String]
  /// What could not be carried over: unknown fields, criteria without a mapping, other standards.
  public let unmapped: [String]
  /// The files of the project that are not imported, each with the reason.
  public let skipped: [String]
  /// Problems that stop the import.
  public let errors: [String]

  /// Prepares the import of `files` (comply path → text).
  /// - Parameters:
  ///   - skipped: files of the project that are not imported, with the reason (listed as they are).
  ///   - name: comply.yml's `name`, which fills `{{.Name}}`.
  ///   - renames: comply file or id → new id (`--rename`).
  ///   - owner: the person recording the import (owner, and `by` of the history).
  ///   - approver: the person whose approval a revision list records (`approved_by`), when they may
  ///     approve (hold top-management); nil leaves approved revisions as drafts, reported.
  public init(
    files: [String: String], skipped: [String] = [], name: String? = nil, renames: [String: String] = [:],
    isms: ISMS, catalogs: Catalogs, owner: String, approver: String? = nil
  ) {
    var items: [Item] = []
    var carried: [String] = []
    var renamed: [String] = []
    var unmapped: [String] = []
    var errors: [String] = []
    let existing = Set(isms.documents.map { $0.id.lowercased() })
    var takenBy: [String: String] = [:]
    for (old, _) in renames.sorted(by: { $0.key < $1.key })
    where files[old] == nil && !files.keys.contains(where: { Self.plannedID(of: $0, text: files[$0]) == old })
    {
      errors.append("--rename \(old)=…: no comply file has that path or id")
    }
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
      let folder = path.split(separator: "/").first.map(String.init) ?? ""
      let kind = ["policies": "policy", "procedures": "procedure", "narratives": "plan"][folder] ?? "plan"
      let parsed: (entries: [YAMLEntry], body: String)
      do {
        parsed = try Self.split(text)
      } catch let error as FrontMatterError {
        errors.append("\(path)\(error.line.map { ":\($0)" } ?? ""): \(error.message); \(error.fix)")
        continue
      } catch {
        errors.append("\(path): the front-matter cannot be read as YAML; correct it")
        continue
      }
      let reader = FieldReader(parsed.entries)
      for entry in parsed.entries where !Self.known.contains(entry.key) {
        unmapped.append("\(path): field `\(entry.key)` is not imported")
      }
      let planned = Self.plannedID(reader: reader, path: path)
      var id = renames[path] ?? renames[planned] ?? planned
      if id != planned { renamed.append("\(path): \(planned) → \(id) (--rename)") }
      guard id.range(of: #"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"#, options: .regularExpression) != nil else {
        errors.append(
          "\(path): `\(id)` cannot be an id (letters, digits, `.`, `_`, `-`); pass --rename \(path)=NEW")
        continue
      }
      guard !existing.contains(id.lowercased()) else {
        errors.append(
          "\(path): id `\(id)` is already used in the ISMS; pass --rename \(path)=NEW to import it under another id"
        )
        continue
      }
      if let first = takenBy[id.lowercased()] {
        var number = 2
        while takenBy["\(id)-\(number)".lowercased()] != nil
          || existing.contains("\(id)-\(number)".lowercased())
        {
          number += 1
        }
        let other = "\(id)-\(number)"
        renamed.append(
          "\(path): \(id) → \(other), as \(first) is \(id) too (choose with --rename \(path)=NEW)")
        id = other
      }
      takenBy[id.lowercased()] = path
      let satisfies = ComplySatisfies(
        reader.object("satisfies")?.entries ?? [], path: path, catalogs: catalogs)
      carried += satisfies.carried
      unmapped += satisfies.leftOut
      let revisions = ComplyRevisions(reader, path: path)
      unmapped += revisions.leftOut
      if !revisions.revisions.isEmpty {
        carried.append("\(path): \(revisions.revisions.count) revision(s) into `history`")
      }
      var approval = revisions.approval
      if let revision = approval, approver == nil {
        unmapped.append(
          "\(path): the revision of \(revision.day) records an approval, but --by does not hold "
            + "top-management; left as a draft")
        approval = nil
      }
      let body = Self.fill(parsed.body, name: name, path: path, carried: &carried, leftOut: &unmapped)
      let title = Self.fill(
        reader.string("name") ?? Self.stem(path), name: name, path: path, carried: &carried,
        leftOut: &unmapped)
      var lines = [
        "---", "id: \(id)", "kind: \(kind)", "title: \(YAMLText.quoted(title))",
        "version: \"\(revisions.version)\"", "status: draft", "owner: \(owner)",
        "approver_role: top-management",
        "classification: internal",
      ]
      if !satisfies.clauses.isEmpty { lines.append("clauses: \(YAMLText.list(satisfies.clauses))") }
      if !satisfies.controls.isEmpty { lines.append("controls: \(YAMLText.idList(satisfies.controls))") }
      if !satisfies.normalised.isEmpty {
        let mapping = satisfies.normalised.map { "\(YAMLText.quoted($0.key)): \(YAMLText.list($0.criteria))" }
        lines.append("x-comply-satisfies: {\(mapping.joined(separator: ", "))}")
      }
      for key in ["cron", "summary"] {
        if let value = reader.string(key) { lines.append("x-comply-\(key): \(YAMLText.quoted(value))") }
      }
      lines += revisions.historyLines(by: owner)
      lines += ["---", ""]
      let folderOut = ["policy": "policies", "procedure": "procedures", "plan": "plans"][kind] ?? "plans"
      let text = lines.joined(separator: "\n") + "\n" + body.trimmingCharacters(in: .newlines) + "\n"
      var approved: Approval?
      if let approval, let approver {
        carried.append(
          "\(path): approved on \(approval.day) (v\(approval.version)) as comply's revision list says")
        approved = Approval(
          day: approval.day, version: revisions.version, by: approver,
          reference: "comply revision list of \(path), \(approval.day): \(approval.comment)",
          text: text.replacingOccurrences(
            of: "\nstatus: draft\n",
            with: "\nstatus: approved\napproved_by: \(approver)\napproved_on: \(approval.day)\n"
              + "effective: \(approval.day)\nlast_review: \(approval.day)\n"))
      }
      items.append(
        Item(
          source: path, id: id, kind: kind, path: "\(folderOut)/\(id).md", controls: satisfies.controls,
          clauses: satisfies.clauses, text: text, approval: approved))
    }
    self.items = errors.isEmpty ? items : []
    self.carried = carried
    self.renamed = renamed
    self.unmapped = unmapped
    self.skipped = skipped
    self.errors = errors
  }

  private static func stem(_ path: String) -> String {
    (path.split(separator: "/").last.map(String.init) ?? path).replacingOccurrences(of: ".md", with: "")
  }

  /// The id a comply file gets before renames: its acronym, else comply's id, else the file name in capitals.
  static func plannedID(reader: FieldReader, path: String) -> String {
    reader.string("acronym") ?? reader.string("id") ?? stem(path).uppercased()
  }

  private static func plannedID(of path: String, text: String?) -> String? {
    guard let text, let parsed = try? split(text) else { return nil }
    return plannedID(reader: FieldReader(parsed.entries), path: path)
  }

  /// Fills comply's `{{.Name}}` with the project's name; reports any other placeholder left.
  static func fill(
    _ text: String, name: String?, path: String, carried: inout [String], leftOut: inout [String]
  ) -> String {
    guard text.contains("{{") else { return text }
    var result = text
    if let name {
      let filled = result.replacingOccurrences(
        of: #"\{\{\s*\.Name\s*\}\}"#, with: NSRegularExpression.escapedTemplate(for: name),
        options: .regularExpression)
      if filled != result { carried.append("\(path): {{.Name}} filled with \"\(name)\" (comply.yml)") }
      result = filled
    }
    var left: Set<String> = []
    var rest = Substring(result)
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      left.insert(String(rest[open.lowerBound..<close.upperBound]))
      rest = rest[close.upperBound...]
    }
    for placeholder in left.sorted() {
      leftOut.append(
        "\(path): placeholder \(placeholder) left as it is"
          + (name == nil && placeholder.contains(".Name") ? " (comply.yml has no `name`)" : ""))
    }
    return result
  }

  /// The files to commit.
  public var changes: [FileChange] { items.map { .write(path: $0.path, contents: Data($0.text.utf8)) } }

  /// Comply files may omit the opening `---`: the YAML then runs from line 1 to the first `---`.
  static func split(_ text: String) throws -> (entries: [YAMLEntry], body: String) {
    let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
    if normalized.hasPrefix("---\n") {
      let split = try MarkdownSplitter.split(normalized)
      let entries = try YAMLReader.parseMapping(
        split.frontMatter ?? "", firstLine: split.frontMatterFirstLine)
      return (entries, split.body)
    }
    let lines = normalized.components(separatedBy: "\n")
    guard let end = lines.firstIndex(of: "---") else { return ([], normalized) }
    let entries = try YAMLReader.parseMapping(lines[..<end].joined(separator: "\n"), firstLine: 1)
    return (entries, lines[(end + 1)...].joined(separator: "\n"))
  }
}
