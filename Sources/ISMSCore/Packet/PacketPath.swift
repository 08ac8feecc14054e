/// The rules every path inside a packet follows, when building and when reading.
enum PacketPath {
  // Far beyond any real document path, and well inside ZIP's 16-bit name length.
  static let maxBytes = 1024

  /// Why `path` may not name a file in a packet, or `nil` when it may.
  ///
  /// A path is relative, `/`-separated, has no empty, `.` or `..` component, no backslash, and no
  /// control character (NUL included). Extraction anywhere therefore stays inside the target folder.
  static func problem(with path: String) -> String? {
    let bytes = Array(path.utf8)
    if bytes.isEmpty { return "empty path" }
    if bytes.count > maxBytes { return "longer than \(maxBytes) bytes" }
    if bytes.first == UInt8(ascii: "/") { return "absolute path" }
    if bytes.contains(UInt8(ascii: "\\")) { return "contains a backslash" }
    if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return "contains a control character" }
    let components = path.split(separator: "/", omittingEmptySubsequences: false)
    if components.contains("..") { return "contains '..'" }
    if components.contains(".") { return "contains '.'" }
    if components.contains("") { return "empty path component" }
    if let first = components.first, first.count == 2, first.last == ":" { return "drive letter" }
    return nil
  }

  /// Whether `lhs` sorts before `rhs` in UTF-8 byte order, the order of entries in a packet.
  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }
}
