import Foundation
import ISMSCore

/// Reads the catalogs and templates `isms` ships: built into the binary, or from the folder
/// `ISMS_TEMPLATES` names (``TemplatesLocator``).
enum TemplateFiles {
  /// The catalogs and their digest, loaded once per process on another thread: started by
  /// ``startLoadingCatalogs()`` or else by the first call that wants them.
  private static let catalogLoad = Background { () throws -> (Catalogs, UInt64) in
    let files = try catalogFiles()
    var loadedCatalogs = try catalogs(files: files)
    let initTemplates = (try? texts(in: "init")) ?? [:]
    loadedCatalogs.templatePhrases = TemplatePhrases(templates: initTemplates)
    // The placeholder phrases change what validation reports, so they are part of the cache key.
    let keyed = files.merging(initTemplates.map { ("init/" + $0.key, $0.value) }) { first, _ in first }
    let loaded = (loadedCatalogs, ValidationIndex.digest(of: keyed))
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
  private static func catalogFiles() throws -> [String: String] {
    var files: [String: String] = [:]
    guard let folder = try TemplatesLocator.folder() else {
      for name in Catalogs.File.all { files[name] = EmbeddedTemplates.files["catalogs/" + name] }
      return files
    }
    // Paths joined as strings: Foundation's URL appending cost more than reading the files.
    let folderPath = folder.path + "/catalogs"
    for name in Catalogs.File.all {
      let path = folderPath + "/" + name
      guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIError("catalog \(path) is missing; add it or unset ISMS_TEMPLATES.")
      }
      files[name] = String(decoding: data, as: UTF8.self)
    }
    return files
  }

  private static func catalogs(files: [String: String]) throws -> Catalogs {
    do {
      return try Catalogs(files: files)
    } catch {
      throw CLIError("catalog \(try origin())/catalogs/\(error)")
    }
  }

  /// Where the templates come from, for messages: the `ISMS_TEMPLATES` folder, or `templates` for the
  /// built-in copy of the sources' folder.
  private static func origin() throws -> String {
    try TemplatesLocator.folder()?.path ?? "templates"
  }

  /// Every file under `templates/<subfolder>/`, path relative to it → text, for rendering: from the
  /// `ISMS_TEMPLATES` folder when it is set, else from the copies built into the binary.
  static func texts(in subfolder: String) throws -> [String: String] {
    guard let root = try TemplatesLocator.folder() else {
      let prefix = subfolder + "/"
      var texts: [String: String] = [:]
      for (path, text) in EmbeddedTemplates.files where path.hasPrefix(prefix) {
        texts[String(path.dropFirst(prefix.count))] = text
      }
      return texts
    }
    let folder = root.appendingPathComponent(subfolder, isDirectory: true)
    guard
      let enumerator = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { throw CLIError("templates folder \(folder.path) is missing; add it or unset ISMS_TEMPLATES.") }
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
