import Foundation

/// What `review pr` needs to know of every document of one ISMS tree without reading the tree
/// again: each document's path, id, kind and the links other documents' rules follow (mandatory
/// keys, listed controls), plus the ISMS-wide diagnostics (on `isms.yml`) of a full validation.
///
/// With it, a review reads only the changed documents and the few documents the rules connect
/// them to (``PullRequestValidation``). Entries stay encoded; ``scan(_:)`` reads them in one pass
/// without building a string per document.
public struct ValidationIndex: Sendable {
  /// Everything the index was computed from; an index is used only for an equal key.
  public struct Key: Sendable, Hashable {
    /// The git id of the ISMS root's tree.
    public let treeID: String
    /// The build that computed it (rules and parsing change with it; see `BuildIdentity`).
    public let build: String
    /// A digest of the reference catalogs (``ValidationIndex/digest(of:)``).
    public let catalogsDigest: UInt64
    /// The day the diagnostics were computed for.
    public let today: Day

    /// Creates a key.
    public init(treeID: String, build: String, catalogsDigest: UInt64, today: Day) {
      self.treeID = treeID
      self.build = build
      self.catalogsDigest = catalogsDigest
      self.today = today
    }
  }

  /// The inputs the index was computed from.
  public let key: Key
  /// Every diagnostic of the full validation against `isms.yml` (ISMS-wide), sorted.
  public let wideDiagnostics: [Diagnostic]
  /// The tree's `isms.yml` parsed, when it read and parsed: a review whose change leaves it alone
  /// loads the head with it (``ISMS/load(from:bodies:parsedConfig:)``) instead of parsing it again.
  public let config: ParsedConfig?
  /// How many documents the index holds.
  public let count: Int
  /// The encoded entries, in path order (see ``Entry``).
  let entries: Data

  /// Indexes a validated ISMS: `loaded` (bodies are not needed) and the ISMS-wide diagnostics
  /// (``Validator/wideDiagnostics(loaded:catalogs:today:reading:)``) of the tree `key` names, and
  /// its `isms.yml` as ``ISMS/parsedConfig(in:)`` gave it.
  public init(key: Key, loaded: ISMSLoadResult, wideDiagnostics: [Diagnostic], config: ParsedConfig?) {
    self.key = key
    self.config = config
    self.wideDiagnostics = wideDiagnostics
    count = loaded.isms.documents.count
    var data = Data()
    for document in loaded.isms.documents { Entry(document).append(to: &data) }
    entries = data
  }

  init(key: Key, wideDiagnostics: [Diagnostic], config: ParsedConfig?, count: Int, entries: Data) {
    self.key = key
    self.wideDiagnostics = wideDiagnostics
    self.config = config
    self.count = count
    self.entries = entries
  }

  /// A digest of catalog file texts keyed by file name, for ``Key/catalogsDigest``.
  public static func digest(of files: [String: String]) -> UInt64 {
    var bytes = Data()
    for name in files.keys.sorted() {
      BinaryWriter.appendString(name, to: &bytes)
      BinaryWriter.appendString(files[name] ?? "", to: &bytes)
    }
    return checksum(bytes)
  }

  /// One document as the index keeps it.
  struct Entry {
    /// The path relative to the ISMS root.
    let path: String
    /// The id as written.
    let id: String
    /// The kind.
    let kind: DocumentKind
    /// The mandatory documents it stands for, when it is a controlled document that is not retired.
    let liveMandatory: [String]
    /// The controls it lists, when it is a controlled document that is not retired.
    let liveControls: [String]
    /// The controls it points to (`controls`), when it is not a control.
    let pointedControls: [String]

    init(_ document: Document) {
      path = document.path
      id = document.id
      kind = document.kind
      let live = document.controlled.flatMap { $0.status != .retired ? $0 : nil }
      liveMandatory = live?.mandatory.map(\.rawValue) ?? []
      liveControls = live?.controls ?? []
      if document.kind == .control {
        pointedControls = []
      } else {
        var pointed: [String] = []
        for id in (document.controlled?.controls ?? []) + (document.risk?.controls ?? [])
          + document.fields.strings("controls") where !pointed.contains(id)
        {
          pointed.append(id)
        }
        pointedControls = pointed
      }
    }

    /// Path, lowercased path, id, lowercased id, kind, then the three lists (count, strings). A
    /// lowercased form equal to the original is written empty, which halves most entries.
    func append(to data: inout Data) {
      for value in [path, id] {
        let lower = value.lowercased()
        BinaryWriter.appendString(value, to: &data)
        BinaryWriter.appendString(lower == value ? "" : lower, to: &data)
      }
      BinaryWriter.appendString(kind.rawValue, to: &data)
      for list in [liveMandatory, liveControls, pointedControls] {
        BinaryWriter.appendVarint(list.count, to: &data)
        for value in list { BinaryWriter.appendString(value, to: &data) }
      }
    }
  }
}
