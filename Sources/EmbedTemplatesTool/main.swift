import Foundation

// Writes a Swift source whose `EmbeddedTemplates.files` holds the text of every regular file under
// the given folders of a templates folder, by path relative to it ("packet/page.mustache").
// Usage: EmbedTemplatesTool <templates folder> <output .swift> <folder>...
let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
  FileHandle.standardError.write(
    Data("usage: EmbedTemplatesTool <templates> <output.swift> <folder>...\n".utf8))
  exit(64)
}
let root = URL(fileURLWithPath: arguments[1], isDirectory: true).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

/// `text` as the body of a one-line Swift string literal, byte for byte.
func literal(_ text: String) -> String {
  var out = ""
  out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": out += "\\\\"
    case "\"": out += "\\\""
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case _ where scalar.value < 0x20 || scalar.value == 0x7F:
      out += "\\u{" + String(scalar.value, radix: 16) + "}"
    default: out.unicodeScalars.append(scalar)
    }
  }
  return out
}

var files: [(path: String, text: String)] = []
for folder in arguments[3...] {
  let enumerator = FileManager.default.enumerator(
    at: root.appendingPathComponent(folder, isDirectory: true),
    includingPropertiesForKeys: [.isRegularFileKey],
    options: [.skipsHiddenFiles])
  while let url = enumerator?.nextObject() as? URL {
    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
    let path = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
    files.append((path, String(decoding: try Data(contentsOf: url), as: UTF8.self)))
  }
}
files.sort { $0.path < $1.path }

var source = """
  // Generated at build time by the EmbedTemplates plugin from templates/; do not edit.

  /// The catalogs and the init, new and packet templates of `templates/`, by path relative to it.
  enum EmbeddedTemplates {
    static let files: [String: String] = [

  """
for file in files {
  source += "    \"\(literal(file.path))\": \"\(literal(file.text))\",\n"
}
source += "  ]\n}\n"
let data = Data(source.utf8)
// Unchanged output keeps its date, so the compiler does not rebuild the module for nothing.
if (try? Data(contentsOf: output)) != data {
  try data.write(to: output, options: .atomic)
}
