/// The whole ISMS as read from one snapshot: the configuration and every document.
public struct ISMS: Sendable {
  /// The path of the configuration file, relative to the ISMS root.
  public static let configPath = "isms.yml"

  /// Where the snapshot came from.
  public let origin: String
  /// `isms.yml`, or `nil` when it is missing or unreadable (a diagnostic says why).
  public let config: ISMSConfig?
  /// Every document, sorted by path.
  public let documents: [Document]

  private let byID: [String: Document]
  private let byPath: [String: Document]

  /// Creates the model; when ids repeat, the first document by path wins in ``document(id:)``.
  public init(origin: String, config: ISMSConfig?, documents: [Document]) {
    self.origin = origin
    self.config = config
    self.documents = documents.sorted { $0.path < $1.path }
    self.byID = Dictionary(self.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.byPath = Dictionary(self.documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The document with exactly `id`, if any.
  public func document(id: String) -> Document? { byID[id] }

  /// The document at `path`, if any.
  public func document(atPath path: String) -> Document? { byPath[path] }

  /// The documents of `kind`, sorted by path.
  public func documents(of kind: DocumentKind) -> [Document] { documents.filter { $0.kind == kind } }

  /// The documents of `kinds`, sorted by path.
  public func documents(of kinds: Set<DocumentKind>) -> [Document] {
    documents.filter { kinds.contains($0.kind) }
  }
}
