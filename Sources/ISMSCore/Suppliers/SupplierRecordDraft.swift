/// The text of a new assurance record or supplier review, as `isms supplier assurance add` and
/// `isms supplier review` write it: the next free id, its path and its whole file.
public struct SupplierRecordDraft: Sendable, Hashable {
  /// The id (`ASR-008`, `SRV-002`).
  public let id: String
  /// The file, relative to the ISMS root.
  public let path: String
  /// The whole file.
  public let text: String

  /// How assurance records are named.
  static let assuranceNaming = NewDocument.Naming(
    prefix: "ASR", yearly: false, digits: 3, folder: "suppliers/assurance")
  /// How supplier reviews are named.
  static let reviewNaming = NewDocument.Naming(
    prefix: "SRV", yearly: false, digits: 3, folder: "records/supplier-reviews")

  /// One front-matter line: `key: value`, or a block for a list of mappings.
  public enum Line: Sendable {
    /// `key: value` (a text, quoted when YAML needs it).
    case text(String, String?)
    /// `key: YYYY-MM-DD`.
    case day(String, Day?)
    /// `key: 2`.
    case number(String, Int?)
    /// `key: [a, b]` (omitted when empty).
    case list(String, [String])
    /// `key:` then `- text` lines (omitted when empty).
    case texts(String, [String])
    /// `key:` then one `- {k: v, …}` or block mapping per element (omitted when empty).
    case objects(String, [[(String, String)]])

    var rendered: [String] {
      switch self {
      case .text(let key, let value): return value.map { ["\(key): \(YAMLQuoting.scalar($0))"] } ?? []
      case .day(let key, let value): return value.map { ["\(key): \($0)"] } ?? []
      case .number(let key, let value): return value.map { ["\(key): \($0)"] } ?? []
      case .list(let key, let values):
        return values.isEmpty
          ? [] : ["\(key): [\(values.map { YAMLQuoting.scalar($0, flow: true) }.joined(separator: ", "))]"]
      case .texts(let key, let values):
        return values.isEmpty ? [] : ["\(key):"] + values.map { "  - \(YAMLQuoting.scalar($0))" }
      case .objects(let key, let values):
        guard !values.isEmpty else { return [] }
        return ["\(key):"]
          + values.flatMap { fields in
            fields.enumerated().map { index, field in
              (index == 0 ? "  - " : "    ") + "\(field.0): \(field.1)"
            }
          }
      }
    }
  }

  /// A new assurance record of `isms` with `lines` after `id`, `kind` and `title`.
  public static func assurance(title: String, lines: [Line], body: String, isms: ISMS, today: Day)
    -> SupplierRecordDraft
  {
    SupplierRecordDraft(
      naming: assuranceNaming, kind: .assurance, title: title, lines: lines, body: body, isms: isms,
      today: today)
  }

  /// A new supplier review of `isms` with `lines` after `id`, `kind` and `title`.
  public static func review(title: String, lines: [Line], body: String, isms: ISMS, today: Day)
    -> SupplierRecordDraft
  {
    SupplierRecordDraft(
      naming: reviewNaming, kind: .supplierReview, title: title, lines: lines, body: body, isms: isms,
      today: today)
  }

  private init(
    naming: NewDocument.Naming, kind: DocumentKind, title: String, lines: [Line], body: String, isms: ISMS,
    today: Day
  ) {
    id = NewDocument.nextID(naming, isms: isms, today: today)
    path = "\(naming.folder)/\(id).md"
    let head = ["---", "id: \(id)", "kind: \(kind.rawValue)", "title: \(YAMLQuoting.scalar(title))"]
    text =
      (head + lines.flatMap(\.rendered) + ["---", "", "# \(id) \(title)", "", body]).joined(separator: "\n")
      + "\n"
  }
}
