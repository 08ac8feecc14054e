import Foundation

extension ValidationIndex {
  /// The format of the file; bump it whenever the encoding or what an entry holds changes.
  public static let formatVersion: UInt32 = 3
  /// How many index files (one per base tree) a folder keeps; older ones are removed on write.
  public static let filesKept = 4
  static let magic = Array("ISMSVIX\n".utf8)

  /// The index a file holds (``encoded()``) for `key`, or `nil` when it was written for another
  /// key (another build among them) or format, or is damaged in any way.
  ///
  /// Like the front-matter cache, the file is a pure speed-up: safe to delete, checksummed (GitStore
  /// keeps it, replaced atomically, never followed through a symbolic link).
  public static func decode(_ data: Data, key: Key) -> ValidationIndex? {
    typealias Header = (diagnostics: [Diagnostic], config: ParsedConfig?, count: Int, entriesStart: Int)
    let header = data.withUnsafeBytes { raw -> Header? in
      var reader = BinaryReader(raw)
      guard let magic = reader.bytes(magic.count), magic.elementsEqual(Self.magic),
        reader.uint32() == formatVersion, reader.string() == key.build, reader.string() == key.treeID,
        reader.uint64() == key.catalogsDigest, reader.string() == key.today.description,
        let sum = reader.uint64(), checksum(UnsafeRawBufferPointer(rebasing: raw[reader.position...])) == sum,
        let wideLength = reader.varint(), let wide = reader.bytes(wideLength),
        let diagnostics = try? JSONDecoder().decode([Diagnostic].self, from: Data(wide)),
        let hasConfig = reader.byte(), hasConfig <= 1
      else { return nil }
      var config: ParsedConfig?
      if hasConfig == 1 {
        guard let blobID = reader.string(), let entries = FrontMatterRecord.readEntries(&reader, depth: 1)
        else {
          return nil
        }
        config = ParsedConfig(blobID: blobID, entries: entries)
      }
      guard let count = reader.varint() else { return nil }
      return (diagnostics, config, count, reader.position)
    }
    guard let header else { return nil }
    // A slice shares the mapped file rather than copying the entries.
    let entries = data[(data.startIndex + header.entriesStart)...]
    return ValidationIndex(
      key: key, wideDiagnostics: header.diagnostics, config: header.config, count: header.count,
      entries: entries)
  }

  /// The index as its file holds it: magic, format, key, checksum, then the ISMS-wide
  /// diagnostics, the parsed `isms.yml` and the entries.
  public func encoded() -> Data {
    var file = Data()
    file.append(contentsOf: Self.magic)
    BinaryWriter.appendUInt32(Self.formatVersion, to: &file)
    BinaryWriter.appendString(key.build, to: &file)
    BinaryWriter.appendString(key.treeID, to: &file)
    BinaryWriter.appendUInt64(key.catalogsDigest, to: &file)
    BinaryWriter.appendString(key.today.description, to: &file)
    var payload = Data()
    let wide = (try? JSONEncoder().encode(wideDiagnostics)) ?? Data("[]".utf8)
    BinaryWriter.appendVarint(wide.count, to: &payload)
    payload.append(wide)
    if let config {
      payload.append(1)
      BinaryWriter.appendString(config.blobID, to: &payload)
      FrontMatterRecord.appendEntries(config.entries, to: &payload)
    } else {
      payload.append(0)
    }
    BinaryWriter.appendVarint(count, to: &payload)
    payload.append(entries)
    BinaryWriter.appendUInt64(checksum(payload), to: &file)
    file.append(payload)
    return file
  }

  /// The prefix of every index file's name.
  public static let filePrefix = "validation-"

  /// One file per base tree, so that reviews against a few bases do not evict each other.
  public static func fileName(_ key: Key) -> String { "\(filePrefix)\(key.treeID).bin" }

}
