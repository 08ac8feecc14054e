import Foundation

/// The commits that changed each of many paths, as of one commit, kept in
/// `<cache folder>/history-<commit>.bin` so that a second packet of the same commit needs no walk
/// over the history.
///
/// The history of a path as of a commit never changes (commits are immutable, and each path's
/// history is found independently of the others), so a file answers for any subset of the paths it
/// holds. Like the front-matter cache, it is a pure speed-up: safe to delete, checksummed, ignored
/// when written by another build or format, replaced atomically, and at most
/// ``filesKept`` are kept.
public enum HistoryCache {
  /// The format of the file; bump it whenever the encoding or what a revision holds changes.
  public static let formatVersion: UInt32 = 3
  /// How many history files (one per commit) a folder keeps; older ones are removed on write.
  public static let filesKept = 4
  static let magic = Array("ISMSHIS\n".utf8)

  /// The histories of `paths` as of `commit` below `root` that a file (``encode(_:commit:root:build:)``)
  /// holds, or `nil` when it holds them not all (or is for other paths, another format or build,
  /// or damaged).
  public static func decode(
    _ data: Data, commit: String, root: String, paths: [String], build: String
  ) -> PathHistories? {
    data.withUnsafeBytes { raw -> PathHistories? in
      var reader = BinaryReader(raw)
      guard let magic = reader.bytes(magic.count), magic.elementsEqual(Self.magic),
        reader.uint32() == formatVersion, reader.string() == build, reader.string() == commit,
        reader.string() == root, let sum = reader.uint64(),
        checksum(UnsafeRawBufferPointer(rebasing: raw[reader.position...])) == sum,
        let stored = decode(&reader), reader.atEnd
      else { return nil }
      return stored.only(paths)
    }
  }

  /// The file of `histories` (as of `commit` below `root`, for `build`).
  public static func encode(_ histories: PathHistories, commit: String, root: String, build: String) -> Data {
    var file = Data()
    file.append(contentsOf: magic)
    BinaryWriter.appendUInt32(formatVersion, to: &file)
    BinaryWriter.appendString(build, to: &file)
    BinaryWriter.appendString(commit, to: &file)
    BinaryWriter.appendString(root, to: &file)
    // The checksum covers what follows it; the body is written in place, not copied after it.
    let sumOffset = file.count
    BinaryWriter.appendUInt64(0, to: &file)
    let bodyOffset = file.count
    BinaryWriter.appendVarint(histories.commits.count, to: &file)
    for commit in histories.commits {
      BinaryWriter.appendString(commit.commitID, to: &file)
      BinaryWriter.appendString(commit.author.name, to: &file)
      BinaryWriter.appendString(commit.author.email, to: &file)
      BinaryWriter.appendVarint(Int(commit.date.timeIntervalSince1970), to: &file)
      BinaryWriter.appendVarint(commit.timeZoneOffsetMinutes, to: &file)
      BinaryWriter.appendString(commit.summary, to: &file)
      BinaryWriter.appendVarint(commit.trailers.count, to: &file)
      for trailer in commit.trailers {
        BinaryWriter.appendString(trailer.key, to: &file)
        BinaryWriter.appendString(trailer.value, to: &file)
      }
    }
    let paths = histories.changes.keys.sorted()
    BinaryWriter.appendVarint(paths.count, to: &file)
    for path in paths {
      let changes = histories.changes[path] ?? []
      BinaryWriter.appendString(path, to: &file)
      BinaryWriter.appendVarint(changes.count, to: &file)
      for change in changes {
        BinaryWriter.appendVarint(Int(change.commit), to: &file)
        if let blobID = change.blobID {
          file.append(1)
          blobID.withBytes { file.append(contentsOf: $0) }
        } else {
          file.append(0)
        }
      }
    }
    var sum = Data()
    BinaryWriter.appendUInt64(
      file.withUnsafeBytes { checksum(UnsafeRawBufferPointer(rebasing: $0[bodyOffset...])) }, to: &sum)
    file.replaceSubrange(sumOffset..<bodyOffset, with: sum)
    return file
  }

  /// The prefix of every history file's name.
  public static let filePrefix = "history-"

  /// One file per commit.
  public static func fileName(_ commit: String) -> String { "\(filePrefix)\(commit).bin" }

  /// Counts are checked against the bytes left, so a damaged count cannot allocate much.
  private static func decode(_ reader: inout BinaryReader) -> PathHistories? {
    guard let commitCount = reader.varint(), commitCount >= 0, commitCount <= reader.remaining else {
      return nil
    }
    var commits: [DocumentRevision] = []
    commits.reserveCapacity(commitCount)
    for _ in 0..<commitCount {
      guard let id = reader.string(), let name = reader.string(), let email = reader.string(),
        let seconds = reader.varint(), let offset = reader.varint(), let summary = reader.string(),
        let trailerCount = reader.varint(), trailerCount >= 0, trailerCount <= reader.remaining
      else { return nil }
      var trailers: [(key: String, value: String)] = []
      for _ in 0..<trailerCount {
        guard let key = reader.string(), let value = reader.string() else { return nil }
        trailers.append((key, value))
      }
      commits.append(
        DocumentRevision(
          commitID: id, author: Identity(name: name, email: email),
          date: Date(timeIntervalSince1970: TimeInterval(seconds)), timeZoneOffsetMinutes: offset,
          summary: summary, trailers: trailers, document: nil))
    }
    guard let pathCount = reader.varint(), pathCount >= 0, pathCount <= reader.remaining else { return nil }
    var result: [String: [PathHistories.Change]] = [:]
    for _ in 0..<pathCount {
      guard let path = reader.string(), let count = reader.varint(), count >= 0, count <= reader.remaining
      else {
        return nil
      }
      var changes: [PathHistories.Change] = []
      changes.reserveCapacity(count)
      for _ in 0..<count {
        guard let index = reader.varint(), commits.indices.contains(index), let flag = reader.bytes(1) else {
          return nil
        }
        var blobID: ObjectID?
        switch flag[0] {
        case 0: break
        case 1:
          guard let bytes = reader.bytes(ObjectID.byteCount) else { return nil }
          blobID = ObjectID(bytes: bytes)
        default: return nil
        }
        changes.append(PathHistories.Change(commit: index, blobID: blobID))
      }
      result[path] = changes
    }
    return PathHistories(commits: commits, changes: result)
  }
}
