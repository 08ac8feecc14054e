/// Why a deflate stream could not be decoded.
enum InflateError: Error, Equatable {
  /// The stream ends before its last block does.
  case truncated
  /// A block type, code, length or distance that deflate does not allow.
  case invalid(String)
  /// The stream decodes to more bytes than allowed.
  case tooLarge
  /// The compressed bytes could not be read from where they are stored.
  case unreadable(String)
}
