import Foundation

/// Converts an ISMS built on ISO/IEC 27001:2013 to 2022: merged control files, rewritten
/// references, the 11 new controls undecided, the old files removed, `framework` switched.
public struct Migration2013: Sendable {
  /// One 2022 control as the migration writes it.
  public struct Merge: Sendable, Hashable, Codable {
    /// The 2022 control id.
    public let id: String
    /// The 2013 controls whose decisions it merges (with a file), in catalog order.
    public let sources: [String]
    /// The merged applicability.
    public let applicability: String
    /// The weakest implementation of the applicable sources.
    @NullEncoded public var implementation: String?
    /// The owner of the first source that has one.
    @NullEncoded public var owner: String?
    /// Whether the control is new in 2022 (no predecessor).
    public let new: Bool

    private enum CodingKeys: String, CodingKey { case id, sources, applicability, implementation, owner, new }
  }

  /// One rewritten line of a document that referred to 2013 controls.
  public struct Rewrite: Sendable, Hashable, Codable {
    /// The document path.
    public let path: String
    /// The file line.
    public let line: Int
    /// The line before.
    public let before: String
    /// The line(s) after.
    public let after: String
  }

  /// The 93 controls written.
  public let merges: [Merge]
  /// The reference lines rewritten.
  public let rewrites: [Rewrite]
  /// The files created (paths relative to the root).
  public let created: [String]
  /// The 2013 control files removed.
  public let deleted: [String]
  /// Things to look at after the migration.
  public let notes: [String]
  /// Mentions of 2013 ids in document bodies (the author's text, not rewritten): `path:line: id → ids`.
  public let bodyMentions: [String]
  /// The errors `isms validate` will report after the migration that it did not report before:
  /// `path:line: message (rule)`.
  public let predicted: [String]
  /// Every file change, for one commit.
  public let changes: [FileChange]

  /// Plans the migration of `isms` (read from `snapshot`).
  /// - Throws: ``MigrationError`` when the ISMS is not a 2013 one or a file cannot be read.
  public init(isms: ISMS, snapshot: Snapshot, catalogs: Catalogs, today: Day) throws {
    guard let config = isms.config else {
      throw MigrationError("isms.yml cannot be read; run 'isms validate' and fix it first")
    }
    guard config.framework == .iso27001_2013 else {
      throw MigrationError(
        "isms.yml says framework \(config.framework?.rawValue ?? "(none)"), not iso27001:2013; nothing to migrate"
      )
    }
    guard !catalogs.mapping2013To2022.isEmpty, !catalogs.annexA2013.isEmpty else {
      throw MigrationError("the 2013 catalogs are missing from templates/catalogs; reinstall isms")
    }
    let legacyIDs = Set(catalogs.annexA2013.map(\.id))
    let legacyDocuments = Dictionary(
      isms.documents(of: .control).filter { legacyIDs.contains($0.id) }.map { ($0.id, $0) },
      uniquingKeysWith: { first, _ in first })
    var targets: [String: [String]] = [:]
    var sourcesOf: [String: [String]] = [:]
    for mapping in catalogs.mapping2013To2022 {
      targets[mapping.from, default: []].append(mapping.to)
      sourcesOf[mapping.to, default: []].append(mapping.from)
    }
    var changes: [FileChange] = []
    var foldNotes: [String] = []
    var merges: [Merge] = []
    var created: [String] = []
    let newControls = Set(catalogs.newControls)
    for control in catalogs.annexA {
      let sources = (sourcesOf[control.id] ?? []).compactMap { legacyDocuments[$0] }
      let merged = ControlMerger(control: control, sources: sources, catalogs: catalogs, today: today)
      let undecided = sources.filter { $0.soaEntry.map { $0.applicability == .undecided } ?? true }.map(\.id)
      if merged.applicability == .applicable, !undecided.isEmpty {
        foldNotes.append(
          "\(control.id): applicable from \(sources.map(\.id).filter { !undecided.contains($0) }.joined(separator: ", ")), "
            + "but \(undecided.joined(separator: ", ")) was undecided in 2013 and is folded in; check that "
            + "\(control.id) covers what \(undecided.count == 1 ? "it" : "they") asked")
      }
      merges.append(
        Merge(
          id: control.id, sources: sources.map(\.id), applicability: merged.applicability.rawValue,
          implementation: merged.implementation?.rawValue, owner: merged.owner,
          new: newControls.contains(control.id)))
      let path = "controls/\(control.id).md"
      created.append(path)
      changes.append(.write(path: path, contents: Data(merged.text.utf8)))
    }
    let writtenPaths = Set(created)
    let deleted = legacyDocuments.values.map(\.path).filter { !writtenPaths.contains($0) }.sorted()
    changes += deleted.map { FileChange.delete(path: $0) }
    var rewrites: [Rewrite] = []
    var notes: [String] = []
    let rewriter = ReferenceRewriter(targets: targets)
    var bodyMentions: [String] = []
    for document in isms.documents where !(document.kind == .control && legacyIDs.contains(document.id)) {
      let lines = Set(
        document.references.filter {
          ($0.kind == .control || $0.kind == .requirement) && legacyIDs.contains($0.value)
        }.map(\.line))
      bodyMentions += Self.bodyMentions(of: document, legacy: legacyIDs, targets: targets)
      let criteria = Self.criteriaLines(of: document)
      guard !lines.isEmpty || !criteria.isEmpty else { continue }
      var text = try Self.text(of: document.path, in: snapshot)
      if !lines.isEmpty {
        let result = rewriter.rewrite(text, lines: lines)
        rewrites += result.rewrites.map {
          Rewrite(path: document.path, line: $0.line, before: $0.before, after: $0.after)
        }
        notes += result.notes.map { "\(document.path): \($0)" }
        text = result.text
      }
      if !criteria.isEmpty {
        let status = document.fields.string("status") ?? ""
        if ["planned", "scheduled"].contains(status) {
          var fileLines = text.components(separatedBy: "\n")
          for number in criteria where number <= fileLines.count {
            let before = fileLines[number - 1]
            fileLines[number - 1] = before.replacingOccurrences(of: "iso27001:2013", with: "iso27001:2022")
            rewrites.append(
              Rewrite(path: document.path, line: number, before: before, after: fileLines[number - 1]))
          }
          text = fileLines.joined(separator: "\n")
        } else {
          notes.append(
            "\(document.path): the audit is \(status.isEmpty ? "not planned" : status) against iso27001:2013; "
              + "its criteria stay as the record of what was audited")
        }
      }
      changes.append(.write(path: document.path, contents: Data(text.utf8)))
    }
    let configText = try Self.text(of: ISMS.configPath, in: snapshot)
    guard let switched = Self.switchFramework(configText) else {
      throw MigrationError("cannot find the line `framework: iso27001:2013` in isms.yml; set it by hand")
    }
    changes.append(.write(path: ISMS.configPath, contents: Data(switched.utf8)))
    for merge in merges where merge.applicability == "applicable" && merge.owner == nil {
      notes.append("\(merge.id): applicable but no source had an owner; set `owner`")
    }
    notes += foldNotes
    self.bodyMentions = bodyMentions
    let before = Set(Self.errors(Validator.validate(snapshot: snapshot, catalogs: catalogs, today: today)))
    let after = Self.errors(
      Validator.validate(
        snapshot: ChangedSnapshot(snapshot, applying: changes), catalogs: catalogs, today: today))
    predicted = after.filter { !before.contains($0) }
    self.merges = merges
    self.rewrites = rewrites
    self.created = created
    self.deleted = deleted
    self.notes = notes
    self.changes = changes
  }

  static func text(of path: String, in snapshot: Snapshot) throws -> String {
    do {
      return String(decoding: try snapshot.contents(of: path), as: UTF8.self)
    } catch {
      throw MigrationError("cannot read \(path): \(error)")
    }
  }

  /// Error diagnostics as report lines.
  private static func errors(_ report: ValidationReport) -> [String] {
    report.diagnostics.filter { $0.severity == .error }.map {
      "\($0.path)\($0.line.map { ":\($0)" } ?? ""): \($0.message) (\($0.rule))"
    }
  }

  /// The front-matter lines of `criteria` that name iso27001:2013 (an audit's).
  static func criteriaLines(of document: Document) -> [Int] {
    guard let entry = document.frontMatter.first(where: { $0.key == "criteria" }) else { return [] }
    let values = entry.value.elements ?? [entry.value]
    return values.filter { $0.text?.lowercased() == "iso27001:2013" }.map(\.line)
  }

  /// The body lines of `document` that mention 2013 control ids.
  static func bodyMentions(of document: Document, legacy: Set<String>, targets: [String: [String]])
    -> [String]
  {
    var found: [String] = []
    for (offset, line) in document.body.components(separatedBy: "\n").enumerated() {
      var rest = Substring(line)
      while let match = rest.range(of: #"A\.[0-9]+\.[0-9]+\.[0-9]+"#, options: .regularExpression) {
        let id = String(rest[match])
        rest = rest[match.upperBound...]
        guard legacy.contains(id) else { continue }
        found.append(
          "\(document.path):\(document.bodyFirstLine + offset): \(id) (now \((targets[id] ?? []).joined(separator: ", "))); "
            + "the text is yours: check it")
      }
    }
    return found
  }

  static func switchFramework(_ text: String) -> String? {
    var lines = text.components(separatedBy: "\n")
    guard
      let index = lines.firstIndex(where: {
        $0.range(of: #"^framework:\s*["']?iso27001:2013["']?\s*(#.*)?\r?$"#, options: .regularExpression)
          != nil
      })
    else { return nil }
    lines[index] = "framework: iso27001:2022" + (lines[index].hasSuffix("\r") ? "\r" : "")
    return lines.joined(separator: "\n")
  }
}

/// A migration that cannot run; nothing was written.
public struct MigrationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong and what to do.
  public let message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}
