import Foundation

/// Says where the catalogs and the init, new and packet templates come from: the folder named by
/// `ISMS_TEMPLATES` when it is set, else the copies built into the binary (`EmbeddedTemplates`).
enum TemplatesLocator {
  /// The templates folder `ISMS_TEMPLATES` names, `nil` for the built-in templates; an error when
  /// the folder has no `catalogs/`.
  static func folder() throws -> URL? {
    guard let explicit = Environment.value("ISMS_TEMPLATES"), !explicit.isEmpty else { return nil }
    let url = URL(fileURLWithPath: explicit, isDirectory: true)
    guard FileManager.default.fileExists(atPath: url.appendingPathComponent("catalogs").path) else {
      throw CLIError(
        "ISMS_TEMPLATES=\(explicit) has no catalogs/ folder; point it at a templates folder like the one "
          + "in the isms sources, or unset it to use the templates built into isms.")
    }
    return url
  }
}
