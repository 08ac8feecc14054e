import Foundation

/// Everything a packet is made from, read from git by the caller: the ISMS at the source commit,
/// document histories, the changes since the previous external audit, and the templates.
public struct PacketSources {
  /// The ISMS at the source commit.
  public var isms: ISMS
  /// The catalogs (Annex A titles and themes).
  public var catalogs: Catalogs
  /// The git blob id of each file at the source commit, by path relative to the ISMS root.
  public var blobIDs: [String: String]
  /// The bytes of the selected documents at the source commit, by path, copied into `source/` by
  /// ``PacketContent/files(for:sources:)``; ``PacketContent/produce(for:sources:sourceBytes:batchSize:write:)``
  /// reads them batch by batch instead, and this stays empty.
  public var fileContents: [String: Data]
  /// The commits that changed each file, newest first, by path, and the versions they left; for
  /// every document in the packet and every path of ``PacketBaseline/changes``.
  public var histories: PacketHistory
  /// The previous external audit and what changed since, when there is one.
  public var baseline: PacketBaseline?
  /// What changed during the SOC 2 period, for a SOC 2 Type II packet.
  public var soc2Period: SOC2PeriodChanges?
  /// The change population of the SOC 2 period (the source commit's first-parent history), for
  /// per-change control activities; `nil` when no activity is per-change.
  public var soc2ChangePopulation: [Change]?
  /// The packet templates: file name (`page.mustache`, `packet.css`) → text.
  public var templates: [String: String]
  /// The documents of the commit that cannot be read and are left out, with why; listed on the
  /// index page (and in the manifest), never left out without a word.
  public var excluded: [PacketManifest.Excluded]
  /// The changes of the subprocessor list up to the source commit, oldest first (customer packets).
  public var subprocessorChanges: [SubprocessorChange]

  /// Sources with the given values.
  public init(
    isms: ISMS, catalogs: Catalogs, blobIDs: [String: String], fileContents: [String: Data] = [:],
    histories: PacketHistory,
    baseline: PacketBaseline?, soc2Period: SOC2PeriodChanges? = nil, soc2ChangePopulation: [Change]? = nil,
    templates: [String: String], excluded: [PacketManifest.Excluded] = [],
    subprocessorChanges: [SubprocessorChange] = []
  ) {
    self.isms = isms
    self.catalogs = catalogs
    self.blobIDs = blobIDs
    self.fileContents = fileContents
    self.histories = histories
    self.baseline = baseline
    self.soc2Period = soc2Period
    self.soc2ChangePopulation = soc2ChangePopulation
    self.templates = templates
    self.excluded = excluded
    self.subprocessorChanges = subprocessorChanges
  }
}

/// The previous external audit, the commit the ISMS stood at when it ended, and the changes since.
public struct PacketBaseline: Sendable {
  /// The audit's id.
  public var auditID: String
  /// Its title.
  public var auditTitle: String?
  /// Its last day: changes are counted from the end of this day (UTC).
  public var day: Day
  /// The last commit at or before the end of that day, `nil` when the repository starts later.
  public var commit: String?
  /// That commit's time.
  public var committed: PacketTimestamp?
  /// The files that differ between that commit and the source commit, sorted by path.
  public var changes: [PacketChange]

  /// A baseline with the given values.
  public init(
    auditID: String, auditTitle: String?, day: Day, commit: String?, committed: PacketTimestamp?,
    changes: [PacketChange]
  ) {
    self.auditID = auditID
    self.auditTitle = auditTitle
    self.day = day
    self.commit = commit
    self.committed = committed
    self.changes = changes
  }
}

/// One file that differs between the baseline and the source commit.
public struct PacketChange: Sendable {
  /// How it differs.
  public enum Status: String, Sendable, Hashable {
    /// New since the baseline.
    case added
    /// Changed since the baseline.
    case changed
    /// Removed since the baseline.
    case removed
    /// Moved (and possibly changed) since the baseline.
    case renamed
  }

  /// How it differs.
  public var status: Status
  /// The path now (or the removed path), relative to the ISMS root.
  public var path: String
  /// The path at the baseline, for renames.
  public var oldPath: String?
  /// The document at the baseline, when it was one.
  public var before: Document?

  /// A change with the given values.
  public init(status: Status, path: String, oldPath: String? = nil, before: Document?) {
    self.status = status
    self.path = path
    self.oldPath = oldPath
    self.before = before
  }
}
