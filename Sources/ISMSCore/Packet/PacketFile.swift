import Foundation

/// A file to put in a packet, with where it came from, for the manifest.
public struct PacketFile: Sendable, Hashable {
  /// Path inside the packet.
  public var path: String
  /// The git blob the bytes were taken from (40 hex digits), for documents copied from the repository.
  public var blobID: String?
  /// The file's path in the repository, when it was taken from there.
  public var sourcePath: String?
  private let body: Body

  /// How a file holds its bytes.
  private enum Body: Sendable, Hashable {
    /// As they are.
    case bytes(Data)
    /// With text put in among them, at an offset.
    case inserted(Data, text: String, offset: Int)
    /// Deflated (or stored) as the zip will hold them, with their SHA-256.
    case compressed(ZipWriter.Compressed, sha256: String)
  }

  /// A file at `path` holding `contents`; `blobID` and `sourcePath` name its origin in the repository.
  public init(path: String, contents: Data, blobID: String? = nil, sourcePath: String? = nil) {
    self.path = path
    body = .bytes(contents)
    self.blobID = blobID
    self.sourcePath = sourcePath
  }

  /// A file at `path` holding `bytes` with the UTF-8 of `text` put in at `offset`: a page and its
  /// body, which is hashed and deflated where it lies, never copied into the page's bytes.
  init(path: String, bytes: Data, inserting text: String, at offset: Int) {
    self.path = path
    body = .inserted(bytes, text: text, offset: offset)
  }

  /// A file at `path` of the bytes that `pieces` hands over in order, hashed and deflated as they
  /// come and never held whole: a table of every commit of every document. `pieces` runs once,
  /// and again only when deflate would not make the bytes smaller (the zip then stores them).
  init(path: String, making pieces: ((UnsafeRawBufferPointer) -> Void) throws -> Void) rethrows {
    self.path = path
    var hash = PacketDigest.Hasher()
    var hashing = true
    let compressed = try ZipWriter.compress { body in
      try withoutActuallyEscaping(body) { body in
        try pieces { piece in
          if hashing { hash.update(piece) }
          body(piece)
        }
      }
      hashing = false
    }
    body = .compressed(compressed, sha256: hash.hex())
  }

  /// The file's bytes (joined, or inflated, for a file made otherwise than from bytes).
  public var contents: Data {
    if case .bytes(let data) = body { return data }
    var data = Data(capacity: size)
    withPieces { data.append(contentsOf: $0) }
    return data
  }

  /// The number of bytes.
  public var size: Int {
    switch body {
    case .bytes(let data): data.count
    case .inserted(let data, let text, _): data.count + text.utf8.count
    case .compressed(let compressed, _): compressed.size
    }
  }

  /// The data the zip holds for it, when made so.
  var compressed: ZipWriter.Compressed? {
    guard case .compressed(let compressed, _) = body else { return nil }
    return compressed
  }

  /// Its SHA-256, when known without reading its bytes.
  var knownSHA256: String? {
    guard case .compressed(_, let sha256) = body else { return nil }
    return sha256
  }

  /// Hands the file's bytes to `body` in order, a piece at a time, without joining them.
  public func withPieces(_ handle: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    switch body {
    case .bytes(let data):
      try data.withUnsafeBytes(handle)
    case .inserted(let data, let text, let offset):
      try data.withUnsafeBytes { bytes in
        try handle(UnsafeRawBufferPointer(rebasing: bytes[..<offset]))
        var text = text
        try text.withUTF8 { try handle(UnsafeRawBufferPointer($0)) }
        try handle(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
      }
    case .compressed(let compressed, _):
      guard compressed.method == ZipFormat.deflated else {
        return try compressed.data.withUnsafeBytes(handle)
      }
      // Deflate's own output inflates; an error here would be a bug of the encoder.
      let bytes = (try? Inflate.decompress(compressed.data, limit: compressed.size)) ?? []
      try bytes.withUnsafeBytes(handle)
    }
  }

  public static func == (lhs: PacketFile, rhs: PacketFile) -> Bool {
    lhs.path == rhs.path && lhs.blobID == rhs.blobID && lhs.sourcePath == rhs.sourcePath
      && lhs.contents == rhs.contents
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(path)
    hasher.combine(contents)
    hasher.combine(blobID)
    hasher.combine(sourcePath)
  }
}
