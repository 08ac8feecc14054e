/// Every problem found in one validation run, sorted, with counts. Encodes to stable snake_case JSON.
public struct ValidationReport: Sendable, Hashable, Codable {
  /// Where the snapshot came from (a commit id or `working tree`).
  public let origin: String
  /// How many ISMS documents (Markdown files with front-matter) were read.
  public let documentCount: Int
  /// How many diagnostics are errors.
  public let errorCount: Int
  /// How many diagnostics are warnings.
  public let warningCount: Int
  /// All diagnostics, in ``Diagnostic`` order.
  public let diagnostics: [Diagnostic]

  /// Whether the ISMS has no errors (warnings allowed).
  public var passed: Bool { errorCount == 0 }

  /// Creates a report; sorts and de-duplicates `diagnostics`.
  public init(origin: String, documentCount: Int, diagnostics: [Diagnostic]) {
    let sorted = Array(Set(diagnostics)).sorted()
    self.origin = origin
    self.documentCount = documentCount
    self.diagnostics = sorted
    self.errorCount = sorted.filter { $0.severity == .error }.count
    self.warningCount = sorted.count - errorCount
  }

  private enum CodingKeys: String, CodingKey {
    case origin
    case documentCount = "document_count"
    case errorCount = "error_count"
    case warningCount = "warning_count"
    case diagnostics
  }
}
