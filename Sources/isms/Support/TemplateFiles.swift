import Foundation
import ISMSCore

/// Reads the catalogs and templates `isms` ships, from the folder `TemplatesLocator` finds.
enum TemplateFiles {
  /// The catalogs, loaded and checked.
  static func catalogs() throws -> Catalogs {
    let folder = try TemplatesLocator.locate().appendingPathComponent("catalogs")
    var files: [String: String] = [:]
    for name in Catalogs.File.all {
      let url = folder.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw CLIError("catalog \(url.path) is missing; reinstall isms ('make install').")
      }
      files[name] = String(decoding: data, as: UTF8.self)
    }
    do {
      return try Catalogs(files: files)
    } catch {
      throw CLIError("catalog \(folder.path)/\(error)")
    }
  }

  /// Every file under `templates/<subfolder>/`, path relative to it → text, for rendering.
  static func texts(in subfolder: String) throws -> [String: String] {
    let folder = try TemplatesLocator.locate().appendingPathComponent(subfolder, isDirectory: true)
    guard
      let enumerator = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { throw CLIError("templates folder \(folder.path) is missing; reinstall isms ('make install').") }
    var texts: [String: String] = [:]
    let prefix = folder.standardizedFileURL.path + "/"
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(prefix), let data = FileManager.default.contents(atPath: path) else { continue }
      texts[String(path.dropFirst(prefix.count))] = String(decoding: data, as: UTF8.self)
    }
    return texts
  }
}
