import Foundation

/// A snapshot that can lend a ``FrontMatterCache`` to ``ISMS/load(from:)``.
public protocol FrontMatterCacheProviding {
  /// The cache to use, or `nil` for none.
  var frontMatterCache: FrontMatterCache? { get }
  /// Whether the cache should also keep bodies, so that a hit needs no read of the file: worth
  /// it where reading is dear (blobs inflated from packs), not for files on disk.
  var frontMatterCacheKeepsBodies: Bool { get }
}

extension FrontMatterCacheProviding {
  /// Files on disk are cheap to read: bodies are not kept by default.
  public var frontMatterCacheKeepsBodies: Bool { false }
}

/// Parsed front-matter of documents, keyed by the git blob id of the file's bytes, kept in one
/// file so that a second run parses only the files that changed.
///
/// The file is a pure speed-up: it is safe to delete, it is ignored (and rebuilt) when it was
/// written by another build or format; a part whose checksum does not match, or with
/// anything out of bounds, is ignored with what follows it. It is a header and segments of
/// records, each with its length and checksum: a save writes one segment with everything into a
/// temporary file renamed into place, except that a cache keeping every record (history) appends
/// what a run added as one more segment, so a new version costs its own bytes, not the file's. What is
/// cached for a blob is the result of ``YAMLReader/parseMapping(_:firstLine:)`` on its
/// front-matter (the entries, or the error), a function of the blob's bytes only; splitting,
/// schema checks and every rule still run on each load.
///
/// Thread-safe: every method takes a lock.
public final class FrontMatterCache: @unchecked Sendable {
  /// The format of the file; bump it whenever the encoding or the parser's output changes.
  public static let formatVersion: UInt32 = 4
  /// The name of the file inside ``directory`` for the documents of snapshots.
  public static let fileName = "frontmatter.bin"
  /// The name of the file inside ``directory`` for versions read from history (review log,
  /// packets): a file of its own, so that many old versions neither slow down the loads of
  /// snapshots nor are dropped by them (see ``save()``).
  public static let versionsFileName = "versions.bin"

  /// Where the cache file is kept (GitStore's cache folder, inside the git folder).
  public let storage: any CacheStorage
  /// The cache file's name in ``storage``.
  public let name: String
  /// Whether ``save()`` keeps every record, used or not (versions from history never go stale).
  public let keepsUnused: Bool
  /// The build that writes and reads the file (see `BuildIdentity`): a file of another is ignored.
  private let build: String
  private let lock = NSLock()
  private var loaded = false
  private var buffer = Data()
  private var index: [ObjectID: Range<Int>] = [:]
  private var used: Set<ObjectID> = []
  private var added: [ObjectID: Data] = [:]
  private var fileWasValid = false
  /// The bytes of the file's header, when it was valid: an append goes only to a file that
  /// still starts with them.
  private var header = Data()

  /// A cache stored in the file `name` of `storage` (created on the first save) for `build`. With
  /// `keepsUnused`, ``save()`` never drops a record.
  public init(storage: any CacheStorage, name: String = fileName, keepsUnused: Bool = false, build: String) {
    self.storage = storage
    self.name = name
    self.keepsUnused = keepsUnused
    self.build = build
  }

  /// The cached record of `blobID`, if any.
  func record(for blobID: String) -> Data? {
    guard let key = ObjectID(hex: blobID) else { return nil }
    lock.lock()
    defer { lock.unlock() }
    loadIfNeeded()
    if let fresh = added[key] {
      used.insert(key)
      return fresh
    }
    guard let range = index[key] else { return nil }
    used.insert(key)
    return buffer[range]
  }

  /// The cached records of `blobIDs`, in order, each a copy of its bytes.
  ///
  /// The records are copied in the order they lie in the file, and the pages behind are given
  /// back as the copying goes: the system maps the pages around each page read, so reading
  /// records scattered over a mapped file would otherwise keep all of it resident.
  func records(for blobIDs: [String]) -> [Data?] {
    lock.lock()
    defer { lock.unlock() }
    loadIfNeeded()
    var records = [Data?](repeating: nil, count: blobIDs.count)
    var stored: [(position: Int, range: Range<Int>)] = []
    for (position, blobID) in blobIDs.enumerated() {
      guard let key = ObjectID(hex: blobID) else { continue }
      if let fresh = added[key] {
        records[position] = fresh
      } else if let range = index[key] {
        stored.append((position, range))
      } else {
        continue
      }
      used.insert(key)
    }
    var released = buffer.startIndex
    for (position, range) in stored.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      records[position] = Data(buffer[range])
      if range.lowerBound - released >= Self.releaseChunk {
        storage.release(buffer[released..<range.lowerBound])
        released = range.lowerBound
      }
    }
    if !stored.isEmpty { storage.release(buffer[released...]) }
    return records
  }

  /// How many bytes of a mapped file are read before the pages behind are given back.
  static let releaseChunk = 1 << 20

  /// Remembers the record of `blobID`, written on the next ``save()``.
  func store(_ record: Data, for blobID: String) {
    guard let key = ObjectID(hex: blobID) else { return }
    lock.lock()
    defer { lock.unlock() }
    added[key] = record
    used.insert(key)
  }

  /// Writes the cache when something was added or the file was unusable, and lets go of the
  /// file's bytes either way. Never throws: a cache that cannot be written is simply not written.
  public func save() {
    lock.lock()
    defer { lock.unlock() }
    guard loaded else { return }
    guard !added.isEmpty || (!fileWasValid && !used.isEmpty) else {
      // Nothing to write: keep the index, and give back the pages of the mapped file read so far
      // (they would stay resident while it is mapped); a later lookup reads its page again.
      storage.release(buffer)
      return
    }
    if keepsUnused, fileWasValid,
      storage.append(segment(added.keys.sorted()), to: name, header: header)
    {
      reset()
      return
    }
    // Keep what this run used, and older records while they do not outnumber it by far (other
    // branches, revisions); beyond that, only this run's.
    let keepOld = keepsUnused || index.count + added.count <= 3 * used.count + 1_000
    var keys: [ObjectID] = Array(added.keys)
    for key in index.keys where added[key] == nil && (keepOld || used.contains(key)) { keys.append(key) }
    keys.sort()
    if storage.write(segment(keys, after: headerBytes()), to: name) {
      reset()
    }
  }

  /// Forgets what was loaded and added, once saved.
  private func reset() {
    index = [:]
    buffer = Data()
    loaded = false
    added = [:]
    used = []
  }

  /// Magic, format and build.
  private func headerBytes() -> Data {
    var header = Data(Self.magic)
    BinaryWriter.appendUInt32(Self.formatVersion, to: &header)
    BinaryWriter.appendString(build, to: &header)
    return header
  }

  /// `prefix`, then one segment: the number of records, the length and checksum of what follows,
  /// then each record (key, length, bytes), built in one buffer of the final size (a versions file
  /// holds 26 MB at 10,000 documents and 20,000 commits) with the length and checksum filled in.
  private func segment(_ keys: [ObjectID], after prefix: Data = Data()) -> Data {
    let records = keys.map { key in
      guard let record = added[key] ?? index[key].map({ buffer[$0] }) else {
        preconditionFailure("a key neither added nor indexed")
      }
      return record
    }
    var segment = prefix
    segment.reserveCapacity(prefix.count + 20 + records.reduce(0) { $0 + 24 + $1.count })
    let start = segment.count
    BinaryWriter.appendUInt32(UInt32(keys.count), to: &segment)
    BinaryWriter.appendUInt64(0, to: &segment)
    BinaryWriter.appendUInt64(0, to: &segment)
    let payloadStart = segment.count
    for (key, record) in zip(keys, records) {
      key.append(to: &segment)
      BinaryWriter.appendUInt32(UInt32(record.count), to: &segment)
      segment.append(record)
    }
    let length = UInt64(segment.count - payloadStart)
    let sum = checksum(segment[payloadStart...])
    withUnsafeBytes(of: length.littleEndian) { segment.replaceSubrange((start + 4)..<(start + 12), with: $0) }
    withUnsafeBytes(of: sum.littleEndian) { segment.replaceSubrange((start + 12)..<(start + 20), with: $0) }
    return segment
  }

  static let magic = Array("ISMSFMC\n".utf8)

  private func loadIfNeeded() {
    guard !loaded else { return }
    loaded = true
    guard let data = storage.read(name) else { return }
    let start = data.startIndex
    let parsed = data.withUnsafeBytes { raw in
      parse(raw) { storage.release(data[(start + $0.lowerBound)..<(start + $0.upperBound)]) }
    }
    guard let parsed else { return }
    buffer = data
    // The reader's ranges are offsets from the first byte; the index holds indices of `data`.
    index =
      start == 0 ? parsed.index : parsed.index.mapValues { ($0.lowerBound + start)..<($0.upperBound + start) }
    // A copy: a slice would keep the whole mapped file alive after the cache lets go of it.
    header = data.prefix(parsed.headerLength).withUnsafeBytes { Data($0) }
    fileWasValid = parsed.complete
    // Parsing read every page of the file; lookups read only theirs.
    storage.release(data)
  }

  /// The records of a cache file's valid segments, the length of its header, and whether every
  /// byte of it was valid; `nil` when the header is not this format and build's. The ranges of
  /// bytes read are handed to `release` as the reading goes past them.
  private func parse(_ raw: UnsafeRawBufferPointer, release: (Range<Int>) -> Void) -> (
    index: [ObjectID: Range<Int>], headerLength: Int, complete: Bool
  )? {
    var reader = BinaryReader(raw)
    guard let magic = reader.bytes(Self.magic.count), magic.elementsEqual(Self.magic),
      reader.uint32() == Self.formatVersion, reader.string() == build
    else { return nil }
    let headerLength = reader.position
    var index: [ObjectID: Range<Int>] = [:]
    // Sized once from the segments' headers: merging segment after segment rehashed the records
    // over and over (a fifth of reading a versions file of many appended segments).
    index.reserveCapacity(Self.recordCount(raw, from: reader.position))
    while !reader.atEnd {
      guard let records = Self.segment(&reader, raw: raw, release: release) else {
        return (index, headerLength, false)
      }
      for (key, range) in records { index[key] = range }
    }
    return (index, headerLength, true)
  }

  /// The number of records the segment headers from `position` on announce, up to the first
  /// header that does not fit; only a capacity, each segment is still checked when read.
  private static func recordCount(_ raw: UnsafeRawBufferPointer, from position: Int) -> Int {
    var reader = BinaryReader(raw)
    guard reader.skip(position) != nil else { return 0 }
    var total = 0
    while let count = reader.uint32(), let length = reader.uint64(), reader.uint64() != nil,
      length <= UInt64(reader.remaining), reader.skip(Int(length)) != nil
    {
      total += min(Int(count), Int(length) / 24)
    }
    return total
  }

  /// The records of the segment at the reader, in order, or `nil` when it is cut short, damaged
  /// or out of bounds; each range of bytes read is handed to `release` once read.
  private static func segment(
    _ reader: inout BinaryReader, raw: UnsafeRawBufferPointer, release: (Range<Int>) -> Void
  ) -> [(ObjectID, Range<Int>)]? {
    guard let count = reader.uint32(), let length = reader.uint64(), let sum = reader.uint64(),
      length <= UInt64(reader.remaining), let payload = reader.skip(Int(length))
    else { return nil }
    func releasing(_ range: Range<Int>) {
      release((range.lowerBound + payload.lowerBound)..<(range.upperBound + payload.lowerBound))
    }
    let bytes = UnsafeRawBufferPointer(rebasing: raw[payload])
    guard checksum(bytes, chunk: releaseChunk, hashed: releasing) == sum else { return nil }
    var records = BinaryReader(bytes)
    var found: [(ObjectID, Range<Int>)] = []
    found.reserveCapacity(min(Int(count), records.remaining / 24))
    var released = 0
    for _ in 0..<count {
      guard let key = ObjectID(reader: &records), let length = records.uint32(),
        let range = records.skip(Int(length))
      else { return nil }
      found.append((key, (range.lowerBound + payload.lowerBound)..<(range.upperBound + payload.lowerBound)))
      if records.position - released >= releaseChunk {
        releasing(released..<records.position)
        released = records.position
      }
    }
    guard records.atEnd else { return nil }
    releasing(released..<records.position)
    return found
  }
}

extension ObjectID {
  /// Reads an id as ``append(to:)`` writes it.
  init?(reader: inout BinaryReader) {
    guard let high = reader.uint64(), let middle = reader.uint64(), let low = reader.uint32() else {
      return nil
    }
    self.init(high: high, middle: middle, low: low)
  }

  /// Writes the id as its three parts, each a number in the cache's byte order.
  func append(to data: inout Data) {
    BinaryWriter.appendUInt64(high, to: &data)
    BinaryWriter.appendUInt64(middle, to: &data)
    BinaryWriter.appendUInt32(low, to: &data)
  }
}

/// Little-endian writing of the cache's binary form.
enum BinaryWriter {
  static func appendUInt32(_ value: UInt32, to data: inout Data) {
    withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
  }

  static func appendUInt64(_ value: UInt64, to data: inout Data) {
    withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
  }

  static func appendVarint(_ value: Int, to data: inout Data) {
    var rest = UInt64(bitPattern: Int64(value))
    while rest >= 0x80 {
      data.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    data.append(UInt8(rest))
  }

  static func appendString(_ value: String, to data: inout Data) {
    appendVarint(value.utf8.count, to: &data)
    data.append(contentsOf: value.utf8)
  }
}

/// Bounds-checked reading of the cache's binary form: every read returns `nil` past the end.
///
/// Reads through a pointer (valid only inside the `withUnsafeBytes` that lends it): slicing a
/// `Data` for each of a million small strings costs more than the decoding itself.
struct BinaryReader {
  let bytes: UnsafeRawBufferPointer
  /// The offset of the next byte from the start of ``bytes``.
  private(set) var position = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  var atEnd: Bool { position == bytes.count }

  var remaining: Int { bytes.count - position }

  mutating func skip(_ count: Int) -> Range<Int>? {
    guard count >= 0, count <= remaining else { return nil }
    defer { position += count }
    return position..<(position + count)
  }

  mutating func bytes(_ count: Int) -> UnsafeRawBufferPointer? {
    skip(count).map { UnsafeRawBufferPointer(rebasing: bytes[$0]) }
  }

  mutating func byte() -> UInt8? {
    guard position < bytes.count else { return nil }
    defer { position += 1 }
    return bytes[position]
  }

  mutating func uint32() -> UInt32? {
    guard let range = skip(4) else { return nil }
    return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt32.self))
  }

  mutating func uint64() -> UInt64? {
    guard let range = skip(8) else { return nil }
    return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self))
  }

  mutating func varint() -> Int? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while let byte = byte() {
      guard shift < 64 else { return nil }
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return Int(truncatingIfNeeded: Int64(bitPattern: value)) }
      shift += 7
    }
    return nil
  }

  /// The string; bytes that are not UTF-8 (impossible in a file that passed its checksum) are
  /// repaired rather than refused, which keeps decoding on the standard library's fast path.
  mutating func string() -> String? {
    guard let count = varint(), let range = skip(count) else { return nil }
    let text = UnsafeRawBufferPointer(rebasing: bytes[range]).assumingMemoryBound(to: UInt8.self)
    return String(decoding: text, as: UTF8.self)
  }
}
