import Foundation

/// Builds a packet zip as its files come, so that a packet of any size takes little memory: each
/// batch of files is hashed, deflated and handed back as bytes to append to the zip, and only the
/// central directory, the manifest's listing and the entries that sort after `manifest.json`
/// (deflated, waiting for the manifest) are kept.
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
  private var waiting: [ZipWriter.Encoded] = []
  private var lastPath: String?
  private var total = 0

  /// A writer for the packet of `sourceCommit`, every entry stamped `committed`.
  /// - Throws: ``PacketBuildError/invalidSourceCommit(_:)`` when `sourceCommit` is not an object id.
  public init(
    sourceCommit: String, committed: PacketTimestamp, builtFrom: PacketManifest.BuiltFrom,
    audit: PacketManifest.Audit? = nil, excluded: [PacketManifest.Excluded] = [],
    toolVersion: String = ISMSVersion.current, limits: PacketLimits = .standard
  ) throws(PacketBuildError) {
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
  ///   blob id that is not an object id, or a packet past the limits.
  public mutating func add(_ files: [PacketFile]) throws(PacketBuildError) -> [[UInt8]] {
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
      guard file.contents.count <= limits.maxEntrySize else {
        throw .tooLarge("\(file.path) has \(file.contents.count) bytes, more than \(limits.maxEntrySize)")
      }
      total += file.contents.count
      guard total <= limits.maxTotalSize else {
        throw .tooLarge("more than \(limits.maxTotalSize) bytes in all")
      }
    }
    // The manifest is one more entry.
    guard listing.count + files.count + 1 <= limits.maxEntries else {
      throw .tooLarge("more than \(limits.maxEntries) entries")
    }
    // Hashing and deflating are independent for each file, so on all cores.
    let encoder = zip
    let made = ParallelMap.map(count: files.count) { index in
      Result { () throws(PacketBuildError) in
        (
          PacketManifest.File(describing: files[index]),
          try encoder.encode(path: files[index].path, contents: files[index].contents)
        )
      }
    }
    var output: [[UInt8]] = []
    for (file, result) in Swift.zip(files, made) {
      let (listed, encoded) = try result.get()
      listing.append(listed)
      if PacketPath.precedes(PacketArchive.manifestPath, file.path) {
        waiting.append(encoded)
      } else {
        try self.zip.place(encoded)
        output += [encoded.header, encoded.data]
      }
    }
    return output
  }

  /// The rest of the zip (the manifest, the files that sort after it, the central directory) and
  /// the manifest.
  /// - Throws: ``PacketBuildError/manifestEncoding(_:)`` when the manifest cannot be encoded, or
  ///   ``PacketBuildError/tooLarge(_:)`` past the limits.
  public mutating func finish() throws(PacketBuildError) -> (bytes: [[UInt8]], manifest: PacketManifest) {
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
    var output: [[UInt8]] = []
    let encoded = try zip.encode(path: PacketArchive.manifestPath, contents: data)
    try zip.place(encoded)
    output += [encoded.header, encoded.data]
    for entry in waiting {
      try zip.place(entry)
      output += [entry.header, entry.data]
    }
    waiting = []
    output.append(try zip.end())
    return (output, manifest)
  }
}
