import Foundation

/// Finds the `templates/` folder that holds the catalogs and the init and packet templates.
///
/// Order: `ISMS_TEMPLATES`; `<prefix>/share/isms/templates` next to an installed binary; the
/// source checkout the binary was built in (a `templates/catalogs` beside a `Package.swift`).
enum TemplatesLocator {
  /// The templates folder, or an error that says how to point `isms` at one.
  static func locate() throws -> URL {
    let fileManager = FileManager.default
    if let explicit = Environment.value("ISMS_TEMPLATES"), !explicit.isEmpty {
      let url = URL(fileURLWithPath: explicit, isDirectory: true)
      guard fileManager.fileExists(atPath: url.appendingPathComponent("catalogs").path) else {
        throw CLIError("ISMS_TEMPLATES=\(explicit) has no catalogs/ folder; point it at the templates folder of isms.")
      }
      return url
    }
    let executable = executableURL()
    let binDirectory = executable.deletingLastPathComponent()
    let installed = binDirectory.deletingLastPathComponent().appendingPathComponent("share/isms/templates")
    if fileManager.fileExists(atPath: installed.appendingPathComponent("catalogs").path) {
      return installed
    }
    var folder = binDirectory
    for _ in 0..<8 {
      let candidate = folder.appendingPathComponent("templates")
      if fileManager.fileExists(atPath: candidate.appendingPathComponent("catalogs").path),
        fileManager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
      {
        return candidate
      }
      folder = folder.deletingLastPathComponent()
    }
    throw CLIError(
      "cannot find the isms templates (looked in \(installed.path) and the source checkout); "
        + "reinstall with 'make install' or set ISMS_TEMPLATES to the templates folder.")
  }

  private static func executableURL() -> URL {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return URL(fileURLWithPath: path)
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
  }
}
