import Foundation
import ISMSCore

/// The JSON and text report of `isms migrate`.
struct MigrationReport: Encodable {
  let from = "iso27001:2013"
  let to = "iso27001:2022"
  let dryRun: Bool
  @NullEncoded var commit: String?
  let controls: [Migration2013.Merge]
  let rewrites: [Migration2013.Rewrite]
  let created: [String]
  let deleted: [String]
  let notes: [String]
  let bodyMentions: [String]
  let predicted: [String]

  init(_ migration: Migration2013, dryRun: Bool, commit: String?) {
    self.dryRun = dryRun
    self.commit = commit
    controls = migration.merges
    rewrites = migration.rewrites
    created = migration.created
    deleted = migration.deleted
    notes = migration.notes
    bodyMentions = migration.bodyMentions
    predicted = migration.predicted
  }

  private enum CodingKeys: String, CodingKey {
    case from, to, commit, controls, rewrites, created, deleted, notes, predicted
    case dryRun = "dry_run"
    case bodyMentions = "body_mentions"
  }

  static func text(_ migration: Migration2013, dryRun: Bool, commit: String?) -> String {
    var lines = [
      dryRun
        ? "Dry run: nothing was written. The migration would:"
        : "Migrated from ISO/IEC 27001:2013 to 2022" + (commit.map { " (commit \($0))" } ?? "") + ":"
    ]
    lines.append("Controls (\(migration.merges.count)):")
    for merge in migration.merges {
      let origin =
        merge.new
        ? "new in 2022" : merge.sources.isEmpty ? "no 2013 decision" : merge.sources.joined(separator: ", ")
      let status = [merge.applicability, merge.implementation, merge.owner].compactMap { $0 }.joined(
        separator: ", ")
      lines.append("  \(merge.id)  \(status)  ← \(origin)")
    }
    lines.append("References rewritten (\(migration.rewrites.count)):")
    for rewrite in migration.rewrites {
      lines.append(
        "  \(rewrite.path):\(rewrite.line)  \(rewrite.before.trimmingCharacters(in: .whitespaces)) → "
          + rewrite.after.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces))
    }
    lines.append(
      "Removed \(migration.deleted.count) 2013 control file(s); isms.yml framework set to iso27001:2022.")
    if !migration.notes.isEmpty { lines += ["Check:"] + migration.notes.map { "  " + $0 } }
    if !migration.bodyMentions.isEmpty {
      lines +=
        ["2013 ids in document text (not rewritten; check them):"] + migration.bodyMentions.map { "  " + $0 }
    }
    if !migration.predicted.isEmpty {
      lines +=
        ["After the migration, 'isms validate' will report these errors; fix them next:"]
        + migration.predicted.map { "  " + $0 }
    }
    return lines.joined(separator: "\n")
  }
}
