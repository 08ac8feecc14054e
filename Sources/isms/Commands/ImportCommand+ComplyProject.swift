import Foundation
import ISMSCore

/// The files of a comply project: the documents to import, comply.yml's `name`, and every other
/// file with the reason it is not imported.
struct ComplyProject {
  /// The folders whose Markdown files are imported.
  static let documentFolders = ["policies", "procedures", "narratives"]
  /// The most files listed; a comply project has dozens.
  static let maxFiles = 10_000

  /// Document path (relative to the project) → text.
  let files: [String: String]
  /// comply.yml's `name`, which comply puts in for `{{.Name}}`.
  let name: String?
  /// `path: reason` for each file not imported.
  let skipped: [String]

  /// Reads the project at `path` without following symbolic links; hidden files (`.git`) are not listed.
  /// - Throws: `CLIError` for a project without documents, an unreadable document or comply.yml.
  init(_ path: String) throws {
    let root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
        options: [.skipsHiddenFiles])
    else { throw CLIError("cannot read the folder \(root.path); check the path.") }
    var relative: [String] = []
    for case let url as URL in walker {
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
      if values?.isSymbolicLink == true {
        walker.skipDescendants()
      } else if values?.isRegularFile != true {
        continue
      }
      relative.append(String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)))
      guard relative.count <= Self.maxFiles else {
        throw CLIError("\(root.path) holds more than \(Self.maxFiles) files; is it a comply project?")
      }
    }
    var files: [String: String] = [:]
    var skipped: [String] = []
    var name: String?
    for file in relative.sorted() {
      let parts = file.split(separator: "/").map(String.init)
      let url = root.appendingPathComponent(file)
      // A document or comply.yml that is a link is refused (readText says so); any other link is listed.
      if file == "comply.yml" {
        name = try Self.name(in: try ImportSupport.readText(url.path, followingLinks: false), file: url.path)
      } else if parts.count == 2, Self.documentFolders.contains(parts[0]), file.hasSuffix(".md"),
        parts[1].lowercased() != "readme.md"
      {
        files[file] = try ImportSupport.readText(url.path, followingLinks: false)
      } else if (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]))?.isSymbolicLink == true {
        skipped.append("\(file): a symbolic link, not followed")
      } else {
        skipped.append("\(file): \(Self.reason(parts))")
      }
    }
    guard !files.isEmpty else {
      throw CLIError(
        "\(root.path) has no policies/, procedures/ or narratives/ Markdown files; is it a comply project?")
    }
    self.files = files
    self.name = name
    self.skipped = skipped
  }

  private static func reason(_ parts: [String]) -> String {
    switch parts.first {
    case "standards":
      "comply's definition of a standard; isms maps SOC 2 with its own catalog (templates/catalogs)"
    case "templates": "comply's output templates; isms renders documents itself"
    case "output": "comply's build output"
    case let folder? where documentFolders.contains(folder):
      parts.last?.lowercased() == "readme.md" ? "a README" : "not a Markdown document of this folder"
    default: parts.count == 1 ? "not a comply document" : "not in policies/, procedures/ or narratives/"
    }
  }

  /// comply.yml's `name`.
  private static func name(in text: String, file: String) throws -> String? {
    do {
      return FieldReader(
        try YAMLReader.parseMapping(text.replacingOccurrences(of: "\r\n", with: "\n"), firstLine: 1)
      )
      .string("name")
    } catch let error as FrontMatterError {
      throw CLIError(
        "\(file)\(error.line.map { ":\($0)" } ?? ""): \(error.message); \(error.fix). Nothing was written.")
    }
  }
}
