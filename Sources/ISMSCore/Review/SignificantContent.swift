/// What an approval covers: the body and every front-matter field except the approval and review
/// bookkeeping, compared independently of line numbers, comments and key order.
public struct SignificantContent: Sendable, Hashable {
  /// Fields an approval or a periodic review sets, which never make content unapproved.
  public static let bookkeepingFields: Set<String> = [
    "status", "approved_by", "approved_on", "effective", "last_review", "next_review",
  ]

  /// Significant field → its value in compact flow form.
  public let fields: [String: String]
  /// The Markdown body's ``Document/bodyFingerprint``.
  public let body: String

  /// The significant content of `document`.
  public init(_ document: Document) {
    var fields: [String: String] = [:]
    for entry in document.frontMatter where !Self.bookkeepingFields.contains(entry.key) {
      fields[entry.key] = entry.value.compactDescription
    }
    self.fields = fields
    self.body = document.bodyFingerprint
  }

  /// The significant fields whose value differs, sorted, plus `body` when the body differs.
  public func differences(from other: SignificantContent) -> [String] {
    let keys = Set(fields.keys).union(other.fields.keys).filter { fields[$0] != other.fields[$0] }
    return keys.sorted() + (body == other.body ? [] : ["body"])
  }

  /// Whether the content differs in anything but `version`.
  public func differsIgnoringVersion(from other: SignificantContent) -> Bool {
    differences(from: other).contains { $0 != "version" }
  }
}
