import Foundation

/// Builds and reads packet zips, reproducibly: the same inputs give the same bytes.
///
/// Decisions that make the bytes reproducible:
/// - entries sorted by path in UTF-8 byte order; no directory entries (extractors create folders);
/// - every entry stamped with one ``PacketTimestamp``, the source commit's time in UTC;
/// - mode 0644 on every file, version made by "Unix, 2.0", no extra fields, comments or
///   data descriptors;
/// - deflate by a built-in encoder whose output depends on nothing but the input (fixed Huffman
///   code, greedy matching), or stored when deflating would not make an entry smaller.
public enum PacketArchive {
  /// The path of the manifest inside every packet.
  public static let manifestPath = "manifest.json"

  /// Builds a packet in memory: `files` (in any order) plus a `manifest.json` listing them,
  /// stamped with the commit's time; the same bytes as a ``PacketWriter`` given them sorted.
  public static func build(
    _ files: [PacketFile], sourceCommit: String, committed: PacketTimestamp,
    builtFrom: PacketManifest.BuiltFrom, audit: PacketManifest.Audit? = nil,
    excluded: [PacketManifest.Excluded] = [], toolVersion: String = ISMSVersion.current,
    limits: PacketLimits = .standard
  ) throws(PacketBuildError) -> PacketBuild {
    var writer = try PacketWriter(
      sourceCommit: sourceCommit, committed: committed, builtFrom: builtFrom, audit: audit,
      excluded: excluded, toolVersion: toolVersion, limits: limits)
    var archive = Data()
    let sorted = files.sorted { PacketPath.precedes($0.path, $1.path) }
    // Without a hold, only this function's own errors can come out of `add`.
    let chunks: [[UInt8]]
    do {
      chunks = try writer.add(sorted)
    } catch let error as PacketBuildError {
      throw error
    } catch {
      preconditionFailure("\(error)")
    }
    for chunk in chunks { archive += chunk }
    let ending = try writer.finish()
    for chunk in ending.manifestEntry + ending.rest { archive += chunk }
    return PacketBuild(archive: archive, manifest: ending.manifest)
  }

  /// A reproducible zip of `entries`, in any order, all stamped `modified`.
  ///
  /// Throws for a path that is empty, absolute, has an empty, `.` or `..` component, a backslash
  /// or a control character (NUL included); for duplicate paths; and past `limits`.
  public static func zip(
    _ entries: [PacketEntry], modified: PacketTimestamp, limits: PacketLimits = .standard
  ) throws(PacketBuildError) -> Data {
    for entry in entries {
      if let reason = PacketPath.problem(with: entry.path) { throw .invalidPath(entry.path, reason: reason) }
    }
    let sorted = entries.sorted { PacketPath.precedes($0.path, $1.path) }
    for (earlier, later) in Swift.zip(sorted, sorted.dropFirst()) where earlier.path == later.path {
      throw .duplicatePath(later.path)
    }
    guard sorted.count <= limits.maxEntries else {
      throw .tooLarge("\(sorted.count) entries, more than \(limits.maxEntries)")
    }
    var total = 0
    for entry in sorted {
      guard entry.contents.count <= limits.maxEntrySize else {
        throw .tooLarge("\(entry.path) has \(entry.contents.count) bytes, more than \(limits.maxEntrySize)")
      }
      total += entry.contents.count
    }
    guard total <= limits.maxTotalSize else {
      throw .tooLarge("\(total) bytes in all, more than \(limits.maxTotalSize)")
    }
    var writer = ZipWriter(modified: modified)
    var archive = Data()
    for entry in sorted {
      let encoded = try writer.encode(path: entry.path, contents: entry.contents)
      try writer.place(encoded.placement)
      archive += encoded.header
      archive += encoded.data
    }
    return archive + (try writer.end())
  }

  /// The entries of a zip, in its central directory's order.
  ///
  /// Refuses (throws) an archive that is malformed, uses ZIP64, encryption or a method other than
  /// stored and deflate, has an unsafe or duplicate path or a symbolic link, overlapping entries,
  /// sizes or a compression ratio past `limits`, or an entry that does not match its size and CRC-32.
  public static func entries(
    of archive: Data, limits: PacketLimits = .standard
  ) throws(PacketReadError) -> [PacketEntry] {
    try ZipReader.scan(PacketMemorySource(archive: [UInt8](archive)), limits: limits) { _, _ in true }.map {
      PacketEntry(path: $0.path, contents: Data($0.contents ?? []))
    }
  }
}
