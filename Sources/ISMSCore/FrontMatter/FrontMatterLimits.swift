/// Hard limits applied before and while parsing a document, so that hostile input fails fast.
public enum FrontMatterLimits {
  /// The largest document (front-matter and body) accepted, in bytes: 1 MiB.
  public static let maxDocumentBytes = 1 << 20
  /// The largest front-matter block (or `isms.yml`) accepted, in bytes: 64 KiB.
  public static let maxFrontMatterBytes = 64 << 10
  /// The deepest nesting of mappings and sequences accepted.
  public static let maxDepth = 32
  /// The most YAML nodes (scalars, sequences, mappings) accepted in one front-matter block.
  public static let maxNodes = 10_000
}
