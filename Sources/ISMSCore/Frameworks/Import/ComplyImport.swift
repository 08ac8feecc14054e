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
    /// The Annex A controls mapped from the SOC 2 criteria.
    public let controls: [String]
    /// The file text.
    public let text: String

    private enum CodingKeys: String, CodingKey { case source, id, kind, path, controls }
  }

  static let known: Set<String> = [
    "name", "acronym", "id", "satisfies", "majorRevisions", "minorRevisions", "cron", "summary",
  ]

  /// The documents to create (empty when there are errors).
  public let items: [Item]
  /// What could not be mapped: unknown fields, criteria without a mapping, other standards.
  public let unmapped: [String]
  /// Problems that stop the import.
  public let errors: [String]

  /// Prepares the import of `files` (comply path → text) for `owner`.
  public init(files: [String: String], isms: ISMS, catalogs: Catalogs, owner: String) {
    var items: [Item] = []
    var unmapped: [String] = []
    var errors: [String] = []
    var controlsOf: [String: [String]] = [:]
    for mapping in catalogs.soc2ToISO { controlsOf[mapping.from, default: []].append(mapping.to) }
    let order = Dictionary(
      catalogs.annexA.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var taken = Set(isms.documents.map { $0.id.lowercased() })
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
        errors.append("\(path): the front-matter cannot be read: \(error)")
        continue
      }
      let reader = FieldReader(parsed.entries)
      for entry in parsed.entries where !Self.known.contains(entry.key) {
        unmapped.append("\(path): field `\(entry.key)` is not imported")
      }
      let stem = (path.split(separator: "/").last.map(String.init) ?? path).replacingOccurrences(
        of: ".md", with: "")
      let id = reader.string("acronym") ?? reader.string("id") ?? stem.uppercased()
      guard id.range(of: #"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"#, options: .regularExpression) != nil else {
        errors.append("\(path): `\(id)` cannot be an id (letters, digits, `.`, `_`, `-`)")
        continue
      }
      guard taken.insert(id.lowercased()).inserted else {
        errors.append("\(path): id `\(id)` is already used in the ISMS or by another imported file")
        continue
      }
      var criteria: [String: [String]] = [:]
      var standards: [String] = []
      for entry in reader.object("satisfies")?.entries ?? [] {
        standards.append(entry.key)
        criteria[entry.key] = FieldReader([entry]).strings(entry.key)
      }
      var controls: [String] = []
      for standard in standards {
        guard standard.uppercased().hasPrefix("TSC") else {
          unmapped.append("\(path): criteria of `\(standard)` have no mapping (only TSC is mapped)")
          continue
        }
        for criterion in criteria[standard] ?? [] {
          let mapped = controlsOf[criterion] ?? []
          if mapped.isEmpty { unmapped.append("\(path): \(criterion) maps to no Annex A control") }
          controls += mapped
        }
      }
      controls = Array(Set(controls)).sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
      let major = reader.node("majorRevisions")?.elements?.count ?? 0
      let minor = reader.node("minorRevisions")?.elements?.count ?? 0
      var lines = [
        "---", "id: \(id)", "kind: \(kind)", "title: \(YAMLText.quoted(reader.string("name") ?? stem))",
        "version: \"\(max(major, 1)).\(minor)\"", "status: draft", "owner: \(owner)",
        "approver_role: top-management",
        "classification: internal",
      ]
      if !controls.isEmpty { lines.append("controls: \(YAMLText.idList(controls))") }
      if !standards.isEmpty {
        let mapping = standards.map { "\(YAMLText.quoted($0)): \(YAMLText.list(criteria[$0] ?? []))" }
        lines.append("x-comply-satisfies: {\(mapping.joined(separator: ", "))}")
      }
      for key in ["cron", "summary"] {
        if let value = reader.string(key) { lines.append("x-comply-\(key): \(YAMLText.quoted(value))") }
      }
      lines += ["---", ""]
      let folderOut = ["policy": "policies", "procedure": "procedures", "plan": "plans"][kind] ?? "plans"
      items.append(
        Item(
          source: path, id: id, kind: kind, path: "\(folderOut)/\(id).md", controls: controls,
          text: lines.joined(separator: "\n") + "\n" + parsed.body.trimmingCharacters(in: .newlines) + "\n"))
    }
    self.items = errors.isEmpty ? items : []
    self.unmapped = unmapped
    self.errors = errors
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
