/// The outcome of ``PacketVerifier/verify(_:limits:)``.
public struct PacketVerification: Sendable, Hashable {
  /// The manifest read from the packet, `nil` when it could not be read.
  public let manifest: PacketManifest?
  /// Every problem found, listed files in manifest order first, then unlisted ones by path.
  public let problems: [PacketProblem]

  /// Whether the packet matches its manifest exactly.
  public var isValid: Bool { manifest != nil && problems.isEmpty }
}
