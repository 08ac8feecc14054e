import Foundation
import GitStore
import ISMSCore

/// What the user asked `isms packet` for, after parsing.
struct PacketBuildOptions {
  /// `--audit`.
  let audit: String?
  /// `--kind`.
  let kind: PacketKind?
  /// `--audience`.
  let audience: PacketAudience
  /// `--as-of`.
  let asOf: Day?
  /// `--rev`, else `HEAD`; only the commit it names is recorded, never this spelling.
  let revision: String
  /// `--allow-invalid`: leave out documents that cannot be read and list them in the packet,
  /// instead of refusing.
  let allowInvalid: Bool
}

/// A packet written: its manifest and its size.
struct BuiltPacket {
  /// Its manifest.
  let manifest: PacketManifest
  /// Bytes of the zip.
  let size: Int
}

/// A packet ready to be written: everything it is made from, read from git, except the documents'
/// sources, which are read as the zip is written.
struct PreparedPacket {
  /// What the packet is.
  let request: PacketRequest
  /// What it is made from.
  let sources: PacketSources
  /// The options recorded in its manifest.
  let builtFrom: PacketManifest.BuiltFrom
  /// The audit it is for.
  let audit: PacketManifest.Audit?
  /// Whether it holds a confidential document.
  let confidential: Bool
  /// One line for the user: kind, audit, commit.
  let summary: String
  /// Where the sources are read from.
  let repository: GitRepository

  /// Renders, zips and writes the packet to `stream`; the files that wait for the manifest are
  /// held aside on disk (``OutputFile/Stream/hold(_:)``), not in memory.
  /// - Throws: `CLIError` when a template, a document's source or the packet is wrong, and what
  ///   `stream` throws.
  func write(to stream: OutputFile.Stream) throws -> BuiltPacket {
    try write(stream.write, hold: stream.hold, writeHeld: stream.writeHeld)
  }

  /// Renders, zips and hands the packet to `output` piece by piece, in order; `hold` keeps the
  /// files that wait for the manifest until `writeHeld` writes them (`nil`: they wait in memory).
  /// - Throws: `CLIError` when a template, a document's source or the packet is wrong, and what
  ///   `output`, `hold` and `writeHeld` throw.
  func write(
    _ output: (UnsafeRawBufferPointer) throws -> Void, hold: ((UnsafeRawBufferPointer) throws -> Void)? = nil,
    writeHeld: () throws -> Void = {}
  ) throws -> BuiltPacket {
    Console.progress("Rendering and zipping the packet…")
    var size = 0
    func emit(_ chunks: [[UInt8]]) throws {
      for chunk in chunks {
        size += chunk.count
        try chunk.withUnsafeBytes { try output($0) }
      }
    }
    do {
      var writer = try PacketWriter(
        sourceCommit: request.sourceCommit, committed: request.committed, builtFrom: builtFrom,
        audit: audit, excluded: sources.excluded,
        hold: hold.map { hold in
          { chunk in
            size += chunk.count
            try chunk.withUnsafeBytes { try hold($0) }
          }
        })
      try PacketContent.produce(
        for: request, sources: sources,
        sourceBytes: { paths in
          try repository.contents(
            ofBlobs: paths.map { path in
              guard let id = sources.blobIDs[path] else {
                throw GitError.notFound(path: path, revision: String(request.sourceCommit.prefix(7)))
              }
              return id
            })
        }
      ) { files in try emit(writer.add(files)) }
      let ending = try writer.finish()
      try emit(ending.manifestEntry)
      try writeHeld()
      try emit(ending.rest)
      return BuiltPacket(manifest: ending.manifest, size: size)
    } catch let error as PacketContentError {
      throw CLIError(error.description)
    } catch let error as PacketBuildError {
      throw CLIError(error.description)
    }
  }
}

/// Reads everything a packet needs from git: the commit, the ISMS, histories, the baseline, the
/// templates.
struct PacketBuilder {
  /// The repository and ISMS root.
  let context: ISMSContext
  /// What was asked for.
  let options: PacketBuildOptions

  private var repository: GitRepository { context.repository }
  private var root: String { context.rootInRepository }

  /// Reads what the packet is made of.
  func prepare() throws -> PreparedPacket {
    Console.progress("Reading the commit…")
    let commit = try sourceCommit()
    let snapshot = try repository.snapshot(at: commit.id, root: root)
    let loaded = ISMS.load(from: snapshot, bodies: .fingerprint)
    let isms = loaded.isms
    // What validate reports about files it cannot read as documents, the packet leaves out.
    // Errors among them stop the packet below (excludedDocuments), with the same words.
    for diagnostic in loaded.diagnostics where diagnostic.rule == "files" && diagnostic.severity == .warning {
      Console.err(
        "warning: "
          + DiagnosticText.printable("\(diagnostic.path): \(diagnostic.message) — \(diagnostic.fix)"))
    }
    let excluded = try excludedDocuments(loaded, commit: commit)
    let today = today()
    let (kind, auditID) = try plan(isms, today: today)
    let request = PacketRequest(
      kind: kind, audience: options.audience, auditID: auditID, today: today,
      asOf: options.asOf, sourceCommit: commit.id,
      committed: PacketTimestamp(unixTime: Int64(commit.committerDate.timeIntervalSince1970)))
    let baseline =
      options.audience == .auditor ? try baseline(isms, auditID: auditID, today: today, commit: commit) : nil
    let soc2Period =
      kind == .soc2 && options.audience == .auditor ? try soc2Changes(isms, commit: commit) : nil
    let selection = PacketContent.selection(for: request, isms: isms, since: baseline?.day)
    var blobIDs: [String: String] = [:]
    for entry in snapshot.entries { blobIDs[entry.path] = entry.blobID }
    for path in selection.all.map(\.path) where blobIDs[path] == nil {
      throw GitError.notFound(path: path, revision: commit.shortID)
    }
    let paths = Set(
      selection.all.map(\.path) + (baseline?.changes.map(\.path) ?? [])
        + (soc2Period?.changes.map(\.path) ?? []))
    let histories = try PacketHistories.read(
      Array(paths).sorted(), repository: repository, root: root, from: commit.id)
    let subprocessorChanges =
      options.audience == .customer
      ? try PacketSubprocessors.read(repository: repository, root: root, from: commit.id) : []
    let sources = PacketSources(
      isms: isms, catalogs: try TemplateFiles.catalogs(), blobIDs: blobIDs, histories: histories,
      baseline: baseline, soc2Period: soc2Period,
      soc2ChangePopulation: try soc2ChangePopulation(isms, period: soc2Period?.period, commit: commit),
      templates: try TemplateFiles.packetTemplates(overrides: snapshot),
      excluded: excluded, subprocessorChanges: subprocessorChanges)
    let what =
      options.audience == .customer
      ? "customer packet" : "\(kind.rawValue) packet" + (auditID.map { " for \($0)" } ?? "")
    return PreparedPacket(
      request: request, sources: sources,
      builtFrom: PacketManifest.BuiltFrom(
        kind: kind.rawValue, audience: options.audience.rawValue, audit: auditID, asOf: options.asOf,
        today: today),
      audit: auditID.map { PacketManifest.Audit(id: $0, kind: kind.rawValue) },
      confidential: selection.containsConfidential,
      summary:
        "\(what) from commit \(commit.shortID) (\(PacketTimestamp(unixTime: request.committed.unixTime).day))",
      repository: repository)
  }

  /// The files of the commit that could not be read, each with its problems as `isms validate`
  /// states them. Refuses to build (naming each problem) unless `--allow-invalid`: a packet never
  /// leaves a document out without a word.
  private func excludedDocuments(_ loaded: ISMSLoadResult, commit: CommitInfo) throws
    -> [PacketManifest.Excluded]
  {
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    guard !errors.isEmpty else { return [] }
    guard options.allowInvalid else {
      Console.err(
        DiagnosticText.printableLines(
          errors.map { diagnostic in
            let location = diagnostic.line.map { "\(diagnostic.path):\($0)" } ?? diagnostic.path
            let field = diagnostic.field.map { " (\($0))" } ?? ""
            return
              "\(location): error: \(diagnostic.message)\(field) [\(diagnostic.rule)]; fix: \(diagnostic.fix)"
          }))
      throw CLIError(
        "\(errors.count) \(errors.count == 1 ? "error" : "errors") at commit \(commit.shortID): a packet "
          + "does not leave documents out silently; fix them ('isms validate --rev \(commit.shortID)'), "
          + "or pass --allow-invalid to leave them out and list them in the packet.")
    }
    let kept = Set(loaded.isms.documents.map(\.path) + (loaded.isms.config == nil ? [] : [ISMS.configPath]))
    var reasons: [String: [String]] = [:]
    for diagnostic in errors where !kept.contains(diagnostic.path) {
      let line = diagnostic.line.map { "line \($0): " } ?? ""
      let field = diagnostic.field.map { "\($0): " } ?? ""
      reasons[diagnostic.path, default: []].append(
        "\(line)\(field)\(diagnostic.message) [\(diagnostic.rule)]")
    }
    return reasons.keys.sorted().map { PacketManifest.Excluded(path: $0, reasons: reasons[$0] ?? []) }
  }

  /// `--rev`, or the last commit at or before the end of the `--as-of` day.
  private func sourceCommit() throws -> CommitInfo {
    guard let asOf = options.asOf else { return try repository.resolve(options.revision) }
    let end = Date(timeIntervalSince1970: TimeInterval((asOf.daysSinceEpoch + 1) * 86_400 - 1))
    guard let commit = try repository.lastCommit(atOrBefore: end, from: options.revision) else {
      throw CLIError(
        "no commit of \(options.revision) is dated at or before the end of \(asOf) (UTC); pick a later --as-of."
      )
    }
    return commit
  }

  /// `--today`/`ISMS_TODAY`, else the `--as-of` day, else the system date.
  private func today() -> Day { context.clock.day(standingIn: options.asOf) }

  /// The packet kind and the audit it is for.
  private func plan(_ isms: ISMS, today: Day) throws -> (PacketKind, String?) {
    if let id = options.audit {
      do {
        let found = try PacketPlan.audit(id, in: isms)
        return (options.kind ?? found.kind, found.audit.id)
      } catch {
        throw CLIError(
          "\(error.description) at commit \(context.revision ?? options.revision); 'isms status' lists the audits."
        )
      }
    }
    let kind = options.kind ?? .surveillance
    return (
      kind,
      options.audience == .auditor ? PacketPlan.upcomingAudit(of: kind, in: isms, today: today)?.id : nil
    )
  }

  /// What changed during the SOC 2 Type II period: from the last commit before its first day to
  /// the last commit at or before its last day (both on the history of `commit`); nothing when
  /// no commit is that old; `nil` for a Type I report. Refused when the commit's `isms.yml` has no SOC 2 scope.
  private func soc2Changes(_ isms: ISMS, commit: CommitInfo) throws -> SOC2PeriodChanges? {
    guard let scope = isms.config?.soc2, scope.type != nil else {
      throw CLIError(
        "isms.yml at commit \(commit.shortID) has no SOC 2 scope; set it with 'isms soc2 scope' (docs/soc2.md)."
      )
    }
    guard let period = scope.period else { return nil }
    func endOfDay(_ day: Day) -> Date {
      Date(timeIntervalSince1970: TimeInterval((day.daysSinceEpoch + 1) * 86_400 - 1))
    }
    let base = try repository.lastCommit(atOrBefore: endOfDay(period.start.adding(days: -1)), from: commit.id)
    guard let last = try repository.lastCommit(atOrBefore: endOfDay(period.end), from: commit.id) else {
      return SOC2PeriodChanges(period: period, commit: nil, to: nil, changes: [])
    }
    let changes = try PacketHistories.changes(from: base?.id, to: last.id, repository: repository, root: root)
    return SOC2PeriodChanges(period: period, commit: base?.id, to: last.id, changes: changes)
  }

  /// The changes of the SOC 2 period on the history of `commit`, when a control activity runs per
  /// change; `nil` otherwise.
  private func soc2ChangePopulation(_ isms: ISMS, period: DayRange?, commit: CommitInfo) throws -> [Change]? {
    guard let period, isms.documents(of: .activity).contains(where: { $0.activity?.cadence == .perChange })
    else { return nil }
    return try ChangePopulationReader.changes(in: repository, from: commit.id, period: period)
  }

  /// The previous external audit and the changes since the end of its last day.
  private func baseline(_ isms: ISMS, auditID: String?, today: Day, commit: CommitInfo) throws
    -> PacketBaseline?
  {
    let start = auditID.flatMap { isms.document(id: $0)?.audit?.start } ?? today
    guard let previous = PacketPlan.previousExternalAudit(in: isms, before: start, excluding: auditID),
      let day = PacketPlan.lastDay(of: previous)
    else { return nil }
    let end = Date(timeIntervalSince1970: TimeInterval((day.daysSinceEpoch + 1) * 86_400 - 1))
    let base = try repository.lastCommit(atOrBefore: end, from: commit.id)
    let changes = try PacketHistories.changes(
      from: base?.id, to: commit.id, repository: repository, root: root)
    return PacketBaseline(
      auditID: previous.id, auditTitle: previous.title, day: day, commit: base?.id,
      committed: base.map { PacketTimestamp(unixTime: Int64($0.committerDate.timeIntervalSince1970)) },
      changes: changes)
  }
}
