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

  private let byID: [String: Int]
  private let byPath: [String: Int]
  private let byKind: [DocumentKind: [Document]]

  /// Creates the model; when ids repeat, the first document by path wins in ``document(id:)``.
  public init(origin: String, config: ISMSConfig?, documents: [Document]) {
    self.origin = origin
    self.config = config
    // Loaders hand documents over in path order already; checking is linear, sorting is not.
    let inOrder = zip(documents, documents.dropFirst()).allSatisfy { !($1.path < $0.path) }
    let sorted = inOrder ? documents : documents.sorted { $0.path < $1.path }
    self.documents = sorted
    var byID: [String: Int] = [:]
    var byPath: [String: Int] = [:]
    var byKind: [DocumentKind: [Document]] = [:]
    byID.reserveCapacity(sorted.count)
    byPath.reserveCapacity(sorted.count)
    for (index, document) in sorted.enumerated() {
      if byID[document.id] == nil { byID[document.id] = index }
      if byPath[document.path] == nil { byPath[document.path] = index }
      byKind[document.kind, default: []].append(document)
    }
    self.byID = byID
    self.byPath = byPath
    self.byKind = byKind
  }

  /// The document with exactly `id`, if any.
  public func document(id: String) -> Document? { byID[id].map { documents[$0] } }

  /// The document at `path`, if any.
  public func document(atPath path: String) -> Document? { byPath[path].map { documents[$0] } }

  /// The documents of `kind`, sorted by path.
  public func documents(of kind: DocumentKind) -> [Document] { byKind[kind] ?? [] }

  /// The documents of `kinds`, sorted by path.
  public func documents(of kinds: Set<DocumentKind>) -> [Document] {
    documents.filter { kinds.contains($0.kind) }
  }
}
