/// `isms.yml` parsed (its YAML entries), and the git blob it was parsed from.
public struct ParsedConfig: Sendable, Hashable {
  /// The blob id of the file's bytes.
  public let blobID: String
  /// The mapping's entries, as ``YAMLReader/parseMapping(_:firstLine:)`` gives them.
  public let entries: [YAMLEntry]

  /// Creates a parsed configuration.
  public init(blobID: String, entries: [YAMLEntry]) {
    self.blobID = blobID
    self.entries = entries
  }
}
