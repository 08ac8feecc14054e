import Foundation
import ISMSCore

/// Reads the catalogs and templates `isms` ships, from the folder `TemplatesLocator` finds.
enum TemplateFiles {
  /// The catalogs and their digest, loaded once per process on another thread: started by
  /// ``startLoadingCatalogs()`` or else by the first call that wants them.
  private static let catalogLoad = Background { () throws -> (Catalogs, UInt64) in
    let folder = try catalogFolder()
    let files = try catalogFiles(in: folder)
    let loaded = (try catalogs(files: files, in: folder), ValidationIndex.digest(of: files))
    // The thread is free until the command reads its first document: the YAML parser's set-up
    // leaves the main thread (1-2 ms of a one-file review pr).
    YAMLReader.prepare()
    return loaded
  }

  /// Starts loading the catalogs on another thread and returns at once, so that they are ready
  /// by the time a command has parsed its arguments and opened the repository; the same thread
  /// then prepares the YAML parser (``YAMLReader/prepare()``).
  static func startLoadingCatalogs() {
    _ = catalogLoad
  }

  /// The catalogs, loaded and checked.
  static func catalogs() throws -> Catalogs {
    try catalogLoad.value().0
  }

  /// The catalogs, and a digest of their files for ``ValidationIndex/Key``.
  static func catalogsWithDigest() throws -> (Catalogs, UInt64) {
    try catalogLoad.value()
  }

  /// The text of every catalog file, by file name.
  private static func catalogFiles(in folder: URL) throws -> [String: String] {
    var files: [String: String] = [:]
    // Paths joined as strings: Foundation's URL appending cost more than reading the files.
    let folderPath = folder.path
    for name in Catalogs.File.all {
      let path = folderPath + "/" + name
      guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIError("catalog \(path) is missing; reinstall isms ('make install').")
      }
      files[name] = String(decoding: data, as: UTF8.self)
    }
    return files
  }

  private static func catalogs(files: [String: String], in folder: URL) throws -> Catalogs {
    do {
      return try Catalogs(files: files)
    } catch {
      throw CLIError("catalog \(folder.path)/\(error)")
    }
  }

  private static func catalogFolder() throws -> URL {
    try TemplatesLocator.locate().appendingPathComponent("catalogs")
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
