import ArgumentParser
import Foundation
import GitStore
import ISMSCore

extension ISMSCommand {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Bring existing material into the ISMS: a risk register, a comply project.",
      discussion: "Each import checks everything first and writes nothing when anything is wrong; then it commits once.",
      subcommands: [Risks.self, Comply.self])
  }
}

/// What the import commands share: reading the input file, dry runs and the single commit.
enum ImportSupport {
  /// The text of a file the user named, as UTF-8.
  static func readText(_ path: String) throws -> String {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw CLIError("cannot read \(url.path); check the path.")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw CLIError("\(url.path) is not UTF-8 text; export it again as UTF-8.")
    }
    return text
  }

  /// Commits `changes` as the acting person on `base` (HEAD when `snapshot` was read), refusing
  /// paths that already exist.
  static func commit(
    _ changes: [FileChange], context: ISMSContext, snapshot: Snapshot, base: String?, by person: Person,
    message: String, today option: String?
  ) throws -> CommitInfo {
    let existing = Set(snapshot.entries.map(\.path))
    if let clash = changes.first(where: { existing.contains($0.path) }) {
      throw CLIError("\(clash.path) already exists; nothing was written.")
    }
    try context.refuseStaleReads(of: changes.map(\.path), in: ReadRecord(snapshot), base: base)
    let stamp = try CommitStamp.forDay(today: option, day: context.today)
    return try context.repository.commit(
      changes, root: context.rootInRepository, message: message, author: Acting.identity(of: person),
      date: stamp.date, timeZoneOffsetMinutes: stamp.offsetMinutes, expectedParent: base)
  }
}
