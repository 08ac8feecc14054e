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
  public static let formatVersion: UInt32 = 2
  /// How many history files (one per commit) a folder keeps; older ones are removed on write.
  public static let filesKept = 4
  static let magic = Array("ISMSHIS\n".utf8)

  /// One commit that changed a path: the commit (its ``DocumentRevision`` without a document) and
  /// the blob the path held after it (`nil` when the commit removed it or left no file there).
  public struct Revision: Sendable {
    /// The commit.
    public let revision: DocumentRevision
    /// The blob id after the commit.
    public let blobID: String?

    /// A revision of a path.
    public init(revision: DocumentRevision, blobID: String?) {
      self.revision = revision
      self.blobID = blobID
    }
  }

  /// The histories of `paths` as of `commit` below `root` that a file (``encode(_:commit:root:build:)``)
  /// holds, or `nil` when it holds them not all (or is for other paths, another format or build,
  /// or damaged).
  public static func decode(
    _ data: Data, commit: String, root: String, paths: [String], build: String
  ) -> [String: [Revision]]? {
    data.withUnsafeBytes { raw -> [String: [Revision]]? in
      var reader = BinaryReader(raw)
      guard let magic = reader.bytes(magic.count), magic.elementsEqual(Self.magic),
        reader.uint32() == formatVersion, reader.string() == build, reader.string() == commit,
        reader.string() == root, let sum = reader.uint64(),
        checksum(UnsafeRawBufferPointer(rebasing: raw[reader.position...])) == sum,
        let stored = decode(&reader), reader.atEnd
      else { return nil }
      var result: [String: [Revision]] = [:]
      for path in paths {
        guard let history = stored[path] else { return nil }
        result[path] = history
      }
      return result
    }
  }

  /// The file of `histories` (as of `commit` below `root`, for `build`).
  public static func encode(
    _ histories: [String: [Revision]], commit: String, root: String, build: String
  ) -> Data {
    var commitIndex: [String: Int] = [:]
    var commits: [DocumentRevision] = []
    var body = Data()
    let paths = histories.keys.sorted()
    for path in paths {
      for revision in histories[path] ?? [] where commitIndex[revision.revision.commitID] == nil {
        commitIndex[revision.revision.commitID] = commits.count
        commits.append(revision.revision)
      }
    }
    BinaryWriter.appendVarint(commits.count, to: &body)
    for commit in commits {
      BinaryWriter.appendString(commit.commitID, to: &body)
      BinaryWriter.appendString(commit.author.name, to: &body)
      BinaryWriter.appendString(commit.author.email, to: &body)
      BinaryWriter.appendVarint(Int(commit.date.timeIntervalSince1970), to: &body)
      BinaryWriter.appendVarint(commit.timeZoneOffsetMinutes, to: &body)
      BinaryWriter.appendString(commit.summary, to: &body)
      BinaryWriter.appendVarint(commit.trailers.count, to: &body)
      for trailer in commit.trailers {
        BinaryWriter.appendString(trailer.key, to: &body)
        BinaryWriter.appendString(trailer.value, to: &body)
      }
    }
    BinaryWriter.appendVarint(paths.count, to: &body)
    for path in paths {
      let history = histories[path] ?? []
      BinaryWriter.appendString(path, to: &body)
      BinaryWriter.appendVarint(history.count, to: &body)
      for revision in history {
        BinaryWriter.appendVarint(commitIndex[revision.revision.commitID] ?? 0, to: &body)
        BinaryWriter.appendString(revision.blobID ?? "", to: &body)
      }
    }
    var file = Data()
    file.append(contentsOf: magic)
    BinaryWriter.appendUInt32(formatVersion, to: &file)
    BinaryWriter.appendString(build, to: &file)
    BinaryWriter.appendString(commit, to: &file)
    BinaryWriter.appendString(root, to: &file)
    BinaryWriter.appendUInt64(checksum(body), to: &file)
    file.append(body)
    return file
  }

  /// The prefix of every history file's name.
  public static let filePrefix = "history-"

  /// One file per commit.
  public static func fileName(_ commit: String) -> String { "\(filePrefix)\(commit).bin" }

  /// Counts are checked against the bytes left, so a damaged count cannot allocate much.
  private static func decode(_ reader: inout BinaryReader) -> [String: [Revision]]? {
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
    var result: [String: [Revision]] = [:]
    for _ in 0..<pathCount {
      guard let path = reader.string(), let count = reader.varint(), count >= 0, count <= reader.remaining
      else {
        return nil
      }
      var history: [Revision] = []
      history.reserveCapacity(count)
      for _ in 0..<count {
        guard let index = reader.varint(), commits.indices.contains(index), let blob = reader.string() else {
          return nil
        }
        history.append(Revision(revision: commits[index], blobID: blob.isEmpty ? nil : blob))
      }
      result[path] = history
    }
    return result
  }

}
