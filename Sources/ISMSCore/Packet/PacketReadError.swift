/// Why a packet's zip could not be read at all. Content that merely disagrees with the manifest
/// is not an error but a ``PacketProblem``.
public enum PacketReadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The bytes are not a well-formed zip archive.
  case malformed(String)
  /// A valid zip feature that packets never use (ZIP64, encryption, multiple disks, …).
  case unsupported(String)
  /// An entry whose path could escape the extraction folder or is otherwise not allowed.
  case unsafePath(String, reason: String)
  /// Two entries with the same path.
  case duplicatePath(String)
  /// More entries or bytes than ``PacketLimits`` allow, or a compression ratio only a zip bomb has.
  case limitExceeded(String)
  /// An entry whose data does not decode to its declared size and CRC-32.
  case corruptEntry(String, reason: String)
  /// The archive's bytes could not be read from where they are stored.
  case unreadable(String)

  /// One line for the user.
  public var description: String {
    switch self {
    case .malformed(let reason): "not a valid zip archive: \(reason)"
    case .unsupported(let reason): "unsupported zip archive: \(reason)"
    case .unsafePath(let path, let reason): "unsafe path in zip '\(path)': \(reason)"
    case .duplicatePath(let path): "duplicate path in zip: \(path)"
    case .limitExceeded(let reason): "zip refused: \(reason)"
    case .corruptEntry(let path, let reason): "corrupt zip entry \(path): \(reason)"
    case .unreadable(let reason): "cannot read the packet: \(reason)"
    }
  }
}
