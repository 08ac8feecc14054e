import Foundation

/// `manifest.json` of a packet: where the packet came from and the SHA-256 of every other file in it.
///
/// Keys are snake_case and written sorted, pretty-printed, with a trailing newline (see
/// ``jsonData()``). Absent optional values are left out rather than written as `null`.
/// `manifest.json` is an entry of the zip but is not listed in ``files``.
public struct PacketManifest: Codable, Sendable, Hashable {
  /// The value of ``format`` this version writes and reads.
  public static let currentFormat = "isms-packet/2"

  /// The manifest's format, ``currentFormat``.
  public var format: String
  /// The version of `isms` that built the packet.
  public var toolVersion: String
  /// The commit the packet was built from, 40 hex digits.
  public var sourceCommit: String
  /// The commit's time, RFC 3339 in UTC (`2026-03-01T09:30:05Z`), as ``PacketTimestamp`` writes it.
  public var sourceCommitDate: String
  /// Every option that decides the packet's bytes besides ``sourceCommit`` and ``toolVersion``,
  /// so that `packet verify --repo` can build it again and compare.
  public var builtFrom: BuiltFrom
  /// The audit the packet was prepared for, if any.
  public var audit: Audit?
  /// The documents of the commit that the packet leaves out because they cannot be read
  /// (built with `--allow-invalid`), sorted by path; absent when there are none.
  public var excluded: [Excluded]?
  /// Every file of the packet except `manifest.json`, sorted by path in UTF-8 byte order.
  public var files: [File]

  /// The options the packet was built with, as resolved (never the spelling of `--rev`: the
  /// commit is ``PacketManifest/sourceCommit``).
  public struct BuiltFrom: Codable, Sendable, Hashable {
    /// The packet kind (`surveillance`, …).
    public var kind: String
    /// `auditor` or `customer`.
    public var audience: String
    /// The audit the packet is for, named or found.
    public var audit: String?
    /// The `--as-of` day, when one was asked for.
    public var asOf: Day?
    /// The day date-dependent content was judged on.
    public var today: Day

    /// The options given.
    public init(kind: String, audience: String, audit: String?, asOf: Day?, today: Day) {
      self.kind = kind
      self.audience = audience
      self.audit = audit
      self.asOf = asOf
      self.today = today
    }

    enum CodingKeys: String, CodingKey {
      case kind, audience, audit, today
      case asOf = "as_of"
    }
  }

  /// A document of the commit left out of the packet, and why.
  public struct Excluded: Codable, Sendable, Hashable {
    /// Its path in the ISMS.
    public var path: String
    /// Each problem, as `isms validate` states it (`line 4: field: message`).
    public var reasons: [String]

    /// The document at `path`, left out for `reasons`.
    public init(path: String, reasons: [String]) {
      self.path = path
      self.reasons = reasons
    }
  }

  /// The audit a packet is for.
  public struct Audit: Codable, Sendable, Hashable {
    /// The audit's id in the ISMS (`AUD-2026-01`).
    public var id: String
    /// Its kind (`certification`, `surveillance`, `internal`, …).
    public var kind: String

    /// The audit `id` of `kind`.
    public init(id: String, kind: String) {
      self.id = id
      self.kind = kind
    }
  }

  /// One file of the packet.
  public struct File: Codable, Sendable, Hashable {
    /// Path inside the packet.
    public var path: String
    /// SHA-256 of the bytes, 64 lowercase hex digits.
    public var sha256: String
    /// Size in bytes.
    public var size: Int
    /// The git blob the file was taken from, for documents.
    public var blobID: String?
    /// The file's path in the repository, when it was taken from there.
    public var sourcePath: String?

    /// A listing with the given values.
    public init(path: String, sha256: String, size: Int, blobID: String? = nil, sourcePath: String? = nil) {
      self.path = path
      self.sha256 = sha256
      self.size = size
      self.blobID = blobID
      self.sourcePath = sourcePath
    }

    /// The listing of `file`, hashing its contents.
    public init(describing file: PacketFile) {
      self.init(
        path: file.path, sha256: PacketDigest.sha256(file), size: file.size,
        blobID: file.blobID, sourcePath: file.sourcePath)
    }

    enum CodingKeys: String, CodingKey {
      case path, sha256, size
      case blobID = "blob_id"
      case sourcePath = "source_path"
    }
  }

  /// A manifest with the given values; `files` is sorted by path here.
  public init(
    format: String = PacketManifest.currentFormat, toolVersion: String, sourceCommit: String,
    sourceCommitDate: String, builtFrom: BuiltFrom, audit: Audit? = nil, excluded: [Excluded] = [],
    files: [File]
  ) {
    self.format = format
    self.toolVersion = toolVersion
    self.sourceCommit = sourceCommit
    self.sourceCommitDate = sourceCommitDate
    self.builtFrom = builtFrom
    self.audit = audit
    self.excluded = excluded.isEmpty ? nil : excluded.sorted { PacketPath.precedes($0.path, $1.path) }
    self.files = files.sorted { PacketPath.precedes($0.path, $1.path) }
  }

  enum CodingKeys: String, CodingKey {
    case format
    case toolVersion = "tool_version"
    case sourceCommit = "source_commit"
    case sourceCommitDate = "source_commit_date"
    case builtFrom = "built_from"
    case audit, excluded, files
  }
}
