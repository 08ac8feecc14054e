import Foundation
import Mustache

/// Renders the templates of `templates/init/` into the files of a new ISMS.
///
/// Every template is Mustache, whatever its name; a trailing `.mustache` is dropped from the
/// output path. `controls/control.md.mustache` is rendered once per Annex A control of the
/// catalog into `controls/<id>.md`. `README.md` at the top of the templates folder documents the
/// templates and is not rendered.
public struct ISMSBlueprint {
  /// The person who creates the ISMS; the first entry of `people`.
  public struct Owner: Sendable, Hashable {
    /// The person id, as `owner` fields will name it.
    public let id: String
    /// Full name.
    public let name: String
    /// E-mail address.
    public let email: String

    public init(id: String, name: String, email: String) {
      self.id = id
      self.name = name
      self.email = email
    }

    /// Derives a person id from an e-mail address: its local part, lowercased, reduced to
    /// letters, digits, `.`, `_` and `-`.
    public static func personID(fromEmail email: String) -> String {
      let local = email.split(separator: "@").first.map(String.init) ?? email
      let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
      let cleaned = String(local.lowercased().filter { allowed.contains($0) })
        .trimmingCharacters(in: CharacterSet(charactersIn: "._-"))
      return cleaned.isEmpty ? "owner" : String(cleaned.prefix(64))
    }
  }

  /// One Annex A control to create a file for.
  public struct Control: Sendable, Hashable {
    /// Annex A id, `A.5.1`.
    public let id: String
    /// Short title in our own words.
    public let title: String
    /// organizational, people, physical or technological.
    public let theme: String

    public init(id: String, title: String, theme: String) {
      self.id = id
      self.title = title
      self.theme = theme
    }
  }

  /// The template that is rendered once per control.
  public static let controlTemplatePath = "controls/control.md.mustache"

  private let templates: [String: String]

  /// - Parameter templates: template path relative to `templates/init/` → template text.
  public init(templates: [String: String]) {
    self.templates = templates
  }

  /// The files of a new ISMS, paths relative to its root, sorted by path.
  /// - Throws: `ISMSBlueprintError` when a template does not parse.
  public func files(organization: String, owner: Owner, today: Day, controls: [Control]) throws
    -> [FileChange]
  {
    let variables: [String: Any] = [
      "organization": organization,
      "today": today.description,
      "next_year": today.adding(months: 12).description,
      "owner_id": owner.id,
      "owner_name": owner.name,
      "owner_email": owner.email,
    ]
    var output: [String: Data] = [:]
    for (path, text) in templates where path != "README.md" {
      let template: MustacheTemplate
      do {
        template = try MustacheTemplate(string: text)
      } catch {
        throw ISMSBlueprintError.badTemplate(path: path, reason: String(describing: error))
      }
      if path == Self.controlTemplatePath {
        for control in controls {
          var context = variables
          context["id"] = control.id
          context["title"] = control.title
          context["theme"] = control.theme
          output["controls/\(control.id).md"] = Data(template.render(context).utf8)
        }
      } else {
        let target = path.hasSuffix(".mustache") ? String(path.dropLast(".mustache".count)) : path
        output[target] = Data(template.render(variables).utf8)
      }
    }
    return output.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.compactMap { path in
      output[path].map { FileChange.write(path: path, contents: $0) }
    }
  }
}

/// Why the init templates could not be rendered.
public enum ISMSBlueprintError: Error, Equatable, CustomStringConvertible {
  /// A template is not valid Mustache.
  case badTemplate(path: String, reason: String)

  public var description: String {
    switch self {
    case .badTemplate(let path, let reason):
      return
        "templates/init/\(path) is not a valid Mustache template (\(reason)); fix or remove the override."
    }
  }
}
