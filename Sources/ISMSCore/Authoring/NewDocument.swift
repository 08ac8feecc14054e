import Foundation
import Mustache

/// A new document of a kind rendered from `templates/new/<kind>.md.mustache`: its next free id,
/// its conventional path and its text, as `isms new` writes it.
public struct NewDocument: Sendable, Hashable {
  /// How ids and files of a kind are named.
  public struct Naming: Sendable, Hashable {
    /// The id prefix, `POL`.
    public let prefix: String
    /// Whether the year comes after the prefix (`OBJ-2026-01`).
    public let yearly: Bool
    /// Digits of the number at least.
    public let digits: Int
    /// The folder, `policies`.
    public let folder: String
  }

  /// The kinds `isms new` creates, and how they are named.
  public static let namings: [DocumentKind: Naming] = [
    .policy: Naming(prefix: "POL", yearly: false, digits: 3, folder: "policies"),
    .procedure: Naming(prefix: "PROC", yearly: false, digits: 3, folder: "procedures"),
    .plan: Naming(prefix: "PLAN", yearly: false, digits: 3, folder: "plans"),
    .risk: Naming(prefix: "RISK", yearly: false, digits: 3, folder: "risks"),
    .supplier: Naming(prefix: "SUP", yearly: false, digits: 3, folder: "suppliers"),
    .answer: Naming(prefix: "ANS", yearly: false, digits: 3, folder: "answers"),
    .objective: Naming(prefix: "OBJ", yearly: true, digits: 2, folder: "records/objectives"),
    .metric: Naming(prefix: "MET", yearly: true, digits: 3, folder: "records/metrics"),
    .competence: Naming(prefix: "COMP", yearly: true, digits: 3, folder: "records/competence"),
  ]

  /// The id.
  public let id: String
  /// The file, relative to the ISMS root.
  public let path: String
  /// The whole file.
  public let text: String

  /// Renders the new document of `kind` for `isms`.
  /// - Parameters:
  ///   - template: the text of `templates/new/<kind>.md.mustache`.
  /// - Throws: ``ISMSBlueprintError`` when the template does not parse.
  public init(kind: DocumentKind, template: String, title: String, owner: String, isms: ISMS, today: Day)
    throws
  {
    guard let naming = Self.namings[kind] else { preconditionFailure("no naming for \(kind)") }
    id = Self.nextID(naming, isms: isms, today: today)
    path = "\(naming.folder)/\(id).md"
    let parsed: MustacheTemplate
    do {
      parsed = try MustacheTemplate(string: template)
    } catch {
      throw ISMSBlueprintError.badTemplate(
        path: "../new/\(kind.rawValue).md.mustache", reason: String(describing: error))
    }
    text = parsed.render([
      "id": id, "title": title, "title_yaml": YAMLQuoting.scalar(title), "owner_id": owner,
      "approver_role": kind == .policy ? Role.topManagement.rawValue : Role.ciso.rawValue,
      "organization": isms.config?.organization ?? "", "today": today.description,
      "next_year": today.adding(months: 12).description,
    ])
  }

  /// The next free id: one more than the highest number of the kind's pattern in use (any kind,
  /// any case), `POL-012`, `OBJ-2026-03`.
  static func nextID(_ naming: Naming, isms: ISMS, today: Day) -> String {
    let stem = naming.prefix + "-" + (naming.yearly ? "\(today.year)-" : "")
    let upperStem = stem.uppercased()
    var highest = 0
    var width = naming.digits
    for document in isms.documents {
      let id = document.id.uppercased()
      guard id.hasPrefix(upperStem) else { continue }
      let rest = id.dropFirst(upperStem.count)
      guard !rest.isEmpty, rest.allSatisfy(\.isASCII), rest.allSatisfy(\.isNumber), let number = Int(rest)
      else { continue }
      highest = max(highest, number)
      width = max(width, rest.count)
    }
    let number = String(highest + 1)
    return stem + String(repeating: "0", count: max(0, width - number.count)) + number
  }
}
