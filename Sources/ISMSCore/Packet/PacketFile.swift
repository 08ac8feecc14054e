import Foundation

/// A file to put in a packet, with where it came from, for the manifest.
public struct PacketFile: Sendable, Hashable {
  /// Path inside the packet.
  public var path: String
  /// The git blob the bytes were taken from (40 hex digits), for documents copied from the repository.
  public var blobID: String?
  /// The file's path in the repository, when it was taken from there.
  public var sourcePath: String?
  private let bytes: Data
  private let insertion: Insertion?

  /// Text put in among the bytes.
  private struct Insertion: Sendable {
    let text: String
    let offset: Int
  }

  /// A file at `path` holding `contents`; `blobID` and `sourcePath` name its origin in the repository.
  public init(path: String, contents: Data, blobID: String? = nil, sourcePath: String? = nil) {
    self.path = path
    bytes = contents
    insertion = nil
    self.blobID = blobID
    self.sourcePath = sourcePath
  }

  /// A file at `path` holding `bytes` with the UTF-8 of `text` put in at `offset`: a page and its
  /// body, which is hashed and deflated where it lies, never copied into the page's bytes.
  init(path: String, bytes: Data, inserting text: String, at offset: Int) {
    self.path = path
    self.bytes = bytes
    insertion = Insertion(text: text, offset: offset)
  }

  /// The file's bytes (joined, for a file made with text put in).
  public var contents: Data {
    guard insertion != nil else { return bytes }
    var data = Data(capacity: size)
    withPieces { data.append(contentsOf: $0) }
    return data
  }

  /// The number of bytes.
  public var size: Int { bytes.count + (insertion?.text.utf8.count ?? 0) }

  /// Hands the file's bytes to `body` in order, a piece at a time, without joining them.
  public func withPieces(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    guard let insertion else { return try bytes.withUnsafeBytes(body) }
    try bytes.withUnsafeBytes { bytes in
      try body(UnsafeRawBufferPointer(rebasing: bytes[..<insertion.offset]))
      var text = insertion.text
      try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
      try body(UnsafeRawBufferPointer(rebasing: bytes[insertion.offset...]))
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
