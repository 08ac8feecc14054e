import Foundation

extension ValidationIndex {
  /// What one pass over the entries looks for.
  struct Query {
    /// Base paths the change replaces (modified, renamed away, deleted): their entries are not kept.
    var replaced: Set<String> = []
    /// Lowercased ids whose documents are wanted.
    var ids: Set<String> = []
    /// Lowercased paths whose documents are wanted.
    var paths: Set<String> = []
    /// Mandatory keys whose live holders are wanted.
    var mandatory: Set<String> = []
    /// Controls for which one live controlled document listing them is wanted.
    var listed: Set<String> = []
    /// Controls whose pointing documents are wanted.
    var pointed: Set<String> = []
    /// Kinds (raw values) whose every document is wanted: the workflow rules compare a record
    /// with all records of a kind (a cycle's audits, the latest internal audit).
    var kinds: Set<String> = []
  }

  /// What a pass found: the kept documents asked for, and the facts the ISMS-wide rules depend on.
  struct Matches {
    /// Paths of kept documents the query asked for.
    var paths: Set<String> = []
    /// Mandatory keys with a live holder, in the base and among kept documents.
    var baseMandatory: Set<String> = []
    var keptMandatory: Set<String> = []
    /// Whether a risk exists, in the base and among kept documents.
    var baseRisk = false
    var keptRisk = false
    /// Ids of control documents, in the base and among kept documents.
    var baseControls: Set<String> = []
    var keptControls: Set<String> = []
    /// One kept document per fact (a holder per key, a risk, a control per id): enough for the
    /// ISMS-wide rules to see the same facts.
    var witnesses: Set<String> = []
  }

  /// Reads every entry once, comparing bytes; builds strings only for what matches.
  func scan(_ query: Query) -> Matches {
    let replaced = ByteKeys(query.replaced)
    let ids = ByteKeys(query.ids)
    let paths = ByteKeys(query.paths)
    let mandatory = ByteKeys(query.mandatory)
    let listed = ByteKeys(query.listed)
    let pointed = ByteKeys(query.pointed)
    let kinds = ByteKeys(query.kinds)
    let risk = Array(DocumentKind.risk.rawValue.utf8)
    let control = Array(DocumentKind.control.rawValue.utf8)
    var matches = Matches()
    var keptHolder: Set<String> = []
    var listedFound: Set<String> = []
    entries.withUnsafeBytes { raw in
      var reader = RawReader(raw)
      for _ in 0..<count {
        guard let path = reader.string(), let lowerPath = reader.string().map({ $0.count == 0 ? path : $0 }),
          let id = reader.string(), let lowerID = reader.string().map({ $0.count == 0 ? id : $0 }),
          let kind = reader.string()
        else { return }
        let kept = !replaced.contains(path, in: raw)
        var wanted =
          kept
          && (paths.contains(lowerPath, in: raw) || ids.contains(lowerID, in: raw)
            || kinds.contains(kind, in: raw))
        if reader.equals(kind, risk) {
          matches.baseRisk = true
          if kept && !matches.keptRisk {
            matches.keptRisk = true
            matches.witnesses.insert(reader.text(path))
          }
        } else if reader.equals(kind, control) {
          let text = reader.text(id)
          matches.baseControls.insert(text)
          if kept && !matches.keptControls.contains(text) {
            matches.keptControls.insert(text)
            matches.witnesses.insert(reader.text(path))
          }
        }
        for list in 0..<3 {
          guard let length = reader.varint() else { return }
          for _ in 0..<length {
            guard let value = reader.string() else { return }
            switch list {
            case 0:
              let key = reader.text(value)
              matches.baseMandatory.insert(key)
              guard kept else { continue }
              matches.keptMandatory.insert(key)
              if keptHolder.insert(key).inserted { matches.witnesses.insert(reader.text(path)) }
              if mandatory.contains(value, in: raw) { wanted = true }
            case 1:
              if kept, listed.contains(value, in: raw), listedFound.insert(reader.text(value)).inserted {
                wanted = true
              }
            default:
              if kept, pointed.contains(value, in: raw) { wanted = true }
            }
          }
        }
        if wanted { matches.paths.insert(reader.text(path)) }
      }
    }
    return matches
  }
}

/// A slice of the encoded entries: where a string's bytes are.
struct RawSlice {
  let start: Int
  let count: Int
}

/// Bounds-checked reading over raw bytes, without copying.
struct RawReader {
  let raw: UnsafeRawBufferPointer
  private var position = 0

  init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

  mutating func varint() -> Int? {
    var value = 0
    var shift = 0
    while position < raw.count, shift < 63 {
      let byte = raw[position]
      position += 1
      value |= Int(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }

  mutating func string() -> RawSlice? {
    guard let count = varint(), count >= 0, count <= raw.count - position else { return nil }
    defer { position += count }
    return RawSlice(start: position, count: count)
  }

  func text(_ slice: RawSlice) -> String {
    String(
      decoding: UnsafeRawBufferPointer(rebasing: raw[slice.start..<(slice.start + slice.count)]),
      as: UTF8.self)
  }

  // swift-format-ignore: NeverForceUnwrap
  // Why: the index's buffer and a non-empty key always have a base address.
  func equals(_ slice: RawSlice, _ bytes: [UInt8]) -> Bool {
    slice.count == bytes.count
      && (bytes.isEmpty
        || bytes.withUnsafeBytes { memcmp(raw.baseAddress! + slice.start, $0.baseAddress!, bytes.count) == 0 })
  }
}

/// A few strings to compare raw bytes against, grouped by length so most comparisons end at the length.
struct ByteKeys {
  /// The keys of each length, at that index: paths and ids of one length are common in an ISMS
  /// (every risk file name has the same), and an array finds them without hashing.
  private var byLength: [[[UInt8]]] = []
  /// Bit `n` set when a key is `n` bytes long (bit 63: 63 or more), so that most slices are
  /// turned down at once.
  private var lengths: UInt64 = 0

  init(_ strings: some Sequence<String>) {
    for string in strings {
      let count = string.utf8.count
      if byLength.count <= count { byLength += Array(repeating: [], count: count + 1 - byLength.count) }
      byLength[count].append(Array(string.utf8))
      lengths |= 1 << UInt64(min(count, 63))
    }
  }

  func contains(_ slice: RawSlice, in raw: UnsafeRawBufferPointer) -> Bool {
    guard lengths & (1 << UInt64(min(slice.count, 63))) != 0, slice.count < byLength.count else {
      return false
    }
    let candidates = byLength[slice.count]
    guard slice.count > 0 else { return true }
    // swift-format-ignore: NeverForceUnwrap
    // Why: these buffers are never empty, so they always have a base address.
    let start = raw.baseAddress! + slice.start
    return candidates.contains { key in
      // swift-format-ignore: NeverForceUnwrap
      // Why: these buffers are never empty, so they always have a base address.
      key.withUnsafeBytes { memcmp(start, $0.baseAddress!, slice.count) == 0 }
    }
  }
}
