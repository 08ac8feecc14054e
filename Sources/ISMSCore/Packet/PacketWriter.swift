import Foundation

/// Builds a packet zip as its files come, so that a packet of any size takes little memory: each
/// batch of files is hashed, deflated and handed back as bytes to append to the zip, and only the
/// central directory and the manifest's listing are kept. The entries that sort after
/// `manifest.json` wait for it: handed to ``hold`` when there is one, else kept (deflated).
///
/// Files must come in ``PacketPath/precedes(_:_:)`` order. The bytes are those of
/// ``PacketArchive/build(_:sourceCommit:committed:builtFrom:audit:excluded:toolVersion:limits:)``
/// for the same files: that function is this writer fed all at once.
public struct PacketWriter {
  private let sourceCommit: String
  private let committed: PacketTimestamp
  private let builtFrom: PacketManifest.BuiltFrom
  private let audit: PacketManifest.Audit?
  private let excluded: [PacketManifest.Excluded]
  private let toolVersion: String
  private let limits: PacketLimits
  private var zip: ZipWriter
  private var listing: [PacketManifest.File] = []
  private var waiting: [ZipWriter.Placement] = []
  private var waitingBytes: [[UInt8]] = []
  /// Where the bytes of the entries that sort after `manifest.json` go to wait for it, in order;
  /// they are to be written after ``Ending/manifestEntry``. `nil`: the writer keeps them, and
  /// ``Ending/rest`` holds them.
  private let hold: (([UInt8]) throws -> Void)?
  private var lastPath: String?
  private var total = 0

  /// A writer for the packet of `sourceCommit`, every entry stamped `committed`; `hold` keeps the
  /// entries that wait for the manifest (see ``finish()``), `nil` for the writer to keep them.
  /// - Throws: ``PacketBuildError/invalidSourceCommit(_:)`` when `sourceCommit` is not an object id.
  public init(
    sourceCommit: String, committed: PacketTimestamp, builtFrom: PacketManifest.BuiltFrom,
    audit: PacketManifest.Audit? = nil, excluded: [PacketManifest.Excluded] = [],
    toolVersion: String = ISMSVersion.current, limits: PacketLimits = .standard,
    hold: (([UInt8]) throws -> Void)? = nil
  ) throws(PacketBuildError) {
    self.hold = hold
    guard PacketDigest.isObjectID(sourceCommit) else { throw .invalidSourceCommit(sourceCommit) }
    self.sourceCommit = sourceCommit
    self.committed = committed
    self.builtFrom = builtFrom
    self.audit = audit
    self.excluded = excluded
    self.toolVersion = toolVersion
    self.limits = limits
    zip = ZipWriter(modified: committed)
  }

  /// The bytes that follow in the zip once `files` are added, in order (possibly none: files
  /// after `manifest.json` wait for ``finish()``).
  /// - Throws: ``PacketBuildError`` for an invalid, reserved, duplicate or out-of-order path, a
  ///   blob id that is not an object id, or a packet past the limits; what ``hold`` throws.
  public mutating func add(_ files: [PacketFile]) throws -> [[UInt8]] {
    try admit(files)
    // Hashing and deflating are independent for each file, so on all cores.
    let encoder = zip
    let made = ParallelMap.map(count: files.count) { index in
      Result { () throws(PacketBuildError) in
        (
          PacketManifest.File(describing: files[index]),
          try encoder.encode(
            path: files[index].path,
            compressed: files[index].compressed ?? ZipWriter.compress { files[index].withPieces($0) })
        )
      }
    }
    var output: [[UInt8]] = []
    for (file, result) in Swift.zip(files, made) {
      let (listed, encoded) = try result.get()
      listing.append(listed)
      if PacketPath.precedes(PacketArchive.manifestPath, file.path) {
        waiting.append(encoded.placement)
        if let hold {
          try hold(encoded.header)
          try hold(encoded.data)
        } else {
          waitingBytes += [encoded.header, encoded.data]
        }
      } else {
        try self.zip.place(encoded.placement)
        output += [encoded.header, encoded.data]
      }
    }
    return output
  }

  /// Checks `files` against the order, the paths and the limits, and counts them in.
  private mutating func admit(_ files: [PacketFile]) throws(PacketBuildError) {
    for file in files {
      if file.path == PacketArchive.manifestPath { throw .reservedPath(file.path) }
      if let reason = PacketPath.problem(with: file.path) { throw .invalidPath(file.path, reason: reason) }
      if let blobID = file.blobID, !PacketDigest.isObjectID(blobID) {
        throw .invalidBlobID(path: file.path, blobID: file.blobID ?? "")
      }
      if let lastPath {
        if lastPath == file.path { throw .duplicatePath(file.path) }
        guard PacketPath.precedes(lastPath, file.path) else {
          throw .invalidPath(file.path, reason: "added after \(lastPath); packet files come sorted")
        }
      }
      lastPath = file.path
      guard file.size <= limits.maxEntrySize else {
        throw .tooLarge("\(file.path) has \(file.size) bytes, more than \(limits.maxEntrySize)")
      }
      total += file.size
      guard total <= limits.maxTotalSize else {
        throw .tooLarge("more than \(limits.maxTotalSize) bytes in all")
      }
    }
    // The manifest is one more entry.
    guard listing.count + files.count + 1 <= limits.maxEntries else {
      throw .tooLarge("more than \(limits.maxEntries) entries")
    }
  }

  /// The end of a packet's zip: its manifest entry, and after it (and after what ``hold`` kept,
  /// when there is one) the rest.
  public struct Ending {
    /// The bytes of `manifest.json`'s entry.
    public let manifestEntry: [[UInt8]]
    /// The entries the writer kept (when it has no ``hold``), the central directory, the end record.
    public let rest: [[UInt8]]
    /// The manifest.
    public let manifest: PacketManifest
  }

  /// The end of the zip: the manifest, the files that sort after it, the central directory.
  /// - Throws: ``PacketBuildError/manifestEncoding(_:)`` when the manifest cannot be encoded, or
  ///   ``PacketBuildError/tooLarge(_:)`` past the limits.
  public mutating func finish() throws(PacketBuildError) -> Ending {
    let manifest = PacketManifest(
      toolVersion: toolVersion, sourceCommit: sourceCommit, sourceCommitDate: committed.description,
      builtFrom: builtFrom, audit: audit, excluded: excluded, files: listing)
    let data: Data
    do {
      data = try manifest.jsonData()
    } catch {
      throw .manifestEncoding(String(describing: error))
    }
    guard total + data.count <= limits.maxTotalSize else {
      throw .tooLarge("more than \(limits.maxTotalSize) bytes in all")
    }
    let encoded = try zip.encode(path: PacketArchive.manifestPath, contents: data)
    try zip.place(encoded.placement)
    for entry in waiting { try zip.place(entry) }
    waiting = []
    let rest = waitingBytes + [try zip.end()]
    waitingBytes = []
    return Ending(manifestEntry: [encoded.header, encoded.data], rest: rest, manifest: manifest)
  }
}
