import Foundation

/// Merges the SoA decisions of the 2013 controls that map to one 2022 control, and writes its file.
struct ControlMerger {
  let applicability: Applicability
  let implementation: Implementation?
  let owner: String?
  let text: String

  private static let strength: [Implementation] = [.notImplemented, .planned, .partial, .implemented]

  init(control: AnnexAControl, sources: [Document], catalogs: Catalogs, today: Day) {
    let entries = sources.compactMap { document in document.soaEntry.map { (document, $0) } }
    let decided = entries.map(\.1.applicability)
    if decided.contains(.applicable) {
      applicability = .applicable
    } else if !decided.isEmpty, decided.allSatisfy({ $0 == .excluded }) {
      applicability = .excluded
    } else {
      applicability = .undecided
    }
    let applicable = entries.filter { $0.1.applicability == .applicable }
    if applicability == .applicable {
      let levels = applicable.map { $0.1.implementation ?? .notImplemented }
      implementation = levels.min { Self.rank($0) < Self.rank($1) }
    } else {
      implementation = nil
    }
    owner = (applicable + entries).compactMap(\.1.owner).first
    let justifications = entries.compactMap { document, entry in
      entry.justification.map { "\(document.id): \($0.trimmingCharacters(in: .whitespacesAndNewlines))" }
    }
    var lines = ["---", "id: \(control.id)", "kind: control", "title: \(YAMLText.quoted(control.title))"]
    lines.append("applicability: \(applicability.rawValue)")
    if applicability != .undecided, !justifications.isEmpty {
      lines.append("justification: \(YAMLText.quoted(justifications.joined(separator: "\n")))")
    }
    if let implementation { lines.append("implementation: \(implementation.rawValue)") }
    if let owner { lines.append("owner: \(owner)") }
    // Links a 2013 control file still holds are carried over; `isms migrate relations` moves them
    // to the documents' and risks' side afterwards.
    let policies = Self.union(
      entries.map { $0.0.fields.strings(ControlRelations.LegacyField.policies.rawValue) })
    let risks = Self.union(entries.map { $0.0.fields.strings(ControlRelations.LegacyField.risks.rawValue) })
    let evidence = Self.union(entries.map(\.1.evidence))
    if !policies.isEmpty { lines.append("policies: \(YAMLText.idList(policies))") }
    if !risks.isEmpty { lines.append("risks: \(YAMLText.idList(risks))") }
    if !evidence.isEmpty { lines.append("evidence: \(YAMLText.list(evidence))") }
    lines += ["---", "", "# \(control.id) \(control.title)", ""]
    if sources.isEmpty {
      lines.append(
        "New in ISO/IEC 27001:2022 (or without a 2013 decision): decide whether it applies, added by "
          + "`isms migrate` on \(today).")
    } else {
      lines.append(
        "Migrated from ISO/IEC 27001:2013 \(sources.map(\.id).joined(separator: ", ")) by `isms migrate` on "
          + "\(today). Check that the merged decision still holds for the 2022 control.")
    }
    for (document, _) in entries {
      let title = catalogs.controlTitle(document.id, in: .iso27001_2013) ?? ""
      let body = document.body.trimmingCharacters(in: .whitespacesAndNewlines)
      lines += ["", "## From \(document.id) \(title)", ""]
      if !body.isEmpty { lines.append(Self.demoted(body)) }
    }
    text = lines.joined(separator: "\n") + "\n"
  }

  private static func rank(_ value: Implementation) -> Int { strength.firstIndex(of: value) ?? 0 }

  private static func union(_ lists: [[String]]) -> [String] {
    var seen: Set<String> = []
    return lists.flatMap { $0 }.filter { seen.insert($0).inserted }
  }

  /// Pushes the source's headings one level down so they sit under its `##` section.
  private static func demoted(_ body: String) -> String {
    body.components(separatedBy: "\n").map { $0.hasPrefix("#") ? "##" + $0 : $0 }.joined(separator: "\n")
  }
}
