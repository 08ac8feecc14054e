/// Why a packet could not be built.
public enum PacketBuildError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A path that is not allowed inside a packet (absolute, `..`, backslash, NUL, …).
  case invalidPath(String, reason: String)
  /// Two entries with the same path.
  case duplicatePath(String)
  /// A file at a path the packet itself uses (`manifest.json`).
  case reservedPath(String)
  /// A source commit that is not 40 lowercase hex digits.
  case invalidSourceCommit(String)
  /// A blob id that is not 40 lowercase hex digits.
  case invalidBlobID(path: String, blobID: String)
  /// More files or bytes than a packet may hold (see ``PacketLimits``).
  case tooLarge(String)
  /// The manifest could not be encoded as JSON.
  case manifestEncoding(String)

  /// One line for the user.
  public var description: String {
    switch self {
    case .invalidPath(let path, let reason): "invalid path in packet '\(path)': \(reason)"
    case .duplicatePath(let path): "duplicate path in packet: \(path)"
    case .reservedPath(let path): "'\(path)' is reserved for the packet itself"
    case .invalidSourceCommit(let commit): "source commit is not a 40-digit hex id: \(commit)"
    case .invalidBlobID(let path, let blobID): "blob id of \(path) is not a 40-digit hex id: \(blobID)"
    case .tooLarge(let what): "packet too large: \(what)"
    case .manifestEncoding(let reason): "cannot encode manifest.json: \(reason)"
    }
  }
}
