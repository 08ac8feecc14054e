/// One way a packet disagrees with its manifest or the repository.
public struct PacketProblem: Sendable, Hashable, CustomStringConvertible {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// Listed in the manifest but not in the zip.
    case missing
    /// In the zip but not listed in the manifest.
    case extra
    /// A size other than the listed one.
    case sizeMismatch(expected: Int, actual: Int)
    /// A SHA-256 other than the listed one.
    case hashMismatch(expected: String, actual: String)
    /// `manifest.json` is absent, not valid JSON of the manifest's shape, or of another format.
    case unreadableManifest(String)
    /// A listing that no packet has: a duplicate, an unsafe path, `manifest.json` itself.
    case invalidListing(String)
    /// The repository holds another blob at the file's source path at the source commit.
    case blobMismatch(sourcePath: String, expected: String, actual: String)
    /// The repository has no file at the source path at the source commit.
    case notInRepository(sourcePath: String)
    /// A blob id is listed without the source path to check it against.
    case missingSourcePath
    /// The file's bytes are not the git blob the manifest lists for it.
    case notTheBlob(expected: String, actual: String)
    /// A document of the source commit that belongs in this kind of packet is not in it.
    case missingDocument(sourcePath: String)
    /// The first file that differs from the packet built again from the recorded commit and
    /// options; it may be in only one of the two.
    case differsFromRebuild(inPacket: Bool, inRebuild: Bool)
    /// The packet cannot be built again to compare, and why.
    case notRebuilt(String)
  }

  /// The path inside the packet the problem is about (`manifest.json` for the manifest itself).
  public let path: String
  /// What is wrong with it.
  public let kind: Kind

  /// A problem of `kind` with `path`.
  public init(path: String, kind: Kind) {
    self.path = path
    self.kind = kind
  }

  /// One line for the user: `path: what`.
  public var description: String {
    let what: String
    switch kind {
    case .missing: what = "listed in the manifest but missing"
    case .extra: what = "present but not listed in the manifest"
    case .sizeMismatch(let expected, let actual): what = "size \(actual), manifest says \(expected)"
    case .hashMismatch(let expected, let actual): what = "SHA-256 \(actual), manifest says \(expected)"
    case .unreadableManifest(let reason): what = "unreadable manifest: \(reason)"
    case .invalidListing(let reason): what = "invalid listing: \(reason)"
    case .blobMismatch(let sourcePath, let expected, let actual):
      what = "repository has blob \(actual) at \(sourcePath), manifest says \(expected)"
    case .notInRepository(let sourcePath): what = "\(sourcePath) does not exist at the source commit"
    case .missingSourcePath: what = "blob id listed without a source path"
    case .notTheBlob(let expected, let actual):
      what = "hashes to git blob \(actual), manifest says \(expected)"
    case .missingDocument(let sourcePath):
      what = "\(sourcePath) of the source commit belongs in this packet but is missing"
    case .differsFromRebuild(let inPacket, let inRebuild):
      what =
        !inPacket
        ? "missing: the packet built again from the recorded commit and options has it"
        : !inRebuild
          ? "not in the packet built again from the recorded commit and options"
          : "differs from the packet built again from the recorded commit and options (first file that differs)"
    case .notRebuilt(let reason): what = "cannot build the packet again to compare: \(reason)"
    }
    return "\(path): \(what)"
  }
}
