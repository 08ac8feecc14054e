/// The outcome of ``PacketVerifier/verify(_:limits:)-(PacketByteSource,_)``.
public struct PacketVerification: Sendable, Hashable {
  /// The manifest read from the packet, `nil` when it could not be read.
  public let manifest: PacketManifest?
  /// SHA-256 of `manifest.json` as stored, when it was read.
  public let manifestSHA256: String?
  /// Every problem found, listed files in manifest order first, then unlisted ones by path.
  public let problems: [PacketProblem]

  /// An outcome with the given values.
  init(manifest: PacketManifest?, manifestSHA256: String? = nil, problems: [PacketProblem]) {
    self.manifest = manifest
    self.manifestSHA256 = manifestSHA256
    self.problems = problems
  }

  /// Whether the packet matches its manifest exactly.
  public var isValid: Bool { manifest != nil && problems.isEmpty }
}
