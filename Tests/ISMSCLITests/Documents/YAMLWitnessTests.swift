import Foundation
import ISMSCore
import Testing

/// A YAML parser other than ours (PyYAML) must read every front-matter block `isms init` writes
/// and the example holds with the same values: no scalar that YAML 1.1 would turn into a boolean,
/// a float or a timestamp where we read text.
@Suite("front-matter read by PyYAML")
struct YAMLWitnessTests {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  // Reads each file's front-matter (or the whole file for .yml) with yaml.safe_load and prints
  // {path: value} as JSON, with every scalar as text in the form our reader keeps it; values
  // PyYAML resolves to a type we would not (booleans, floats that lose digits, timestamps) are
  // tagged so that they can never compare equal.
  static let witness = #"""
    import json, sys, datetime, yaml
    def canon(v):
        if isinstance(v, bool): return "<bool %s>" % v
        if v is None: return None
        if isinstance(v, (int, str)): return str(v)
        if isinstance(v, float): return "<float %r>" % v
        if isinstance(v, datetime.datetime): return "<datetime %s>" % v.isoformat()
        if isinstance(v, datetime.date): return v.isoformat()
        if isinstance(v, list): return [canon(x) for x in v]
        if isinstance(v, dict): return {str(k): canon(x) for k, x in v.items()}
        return "<%s>" % type(v).__name__
    out = {}
    for path in sys.argv[1:]:
        text = open(path, encoding="utf-8-sig").read().replace("\r\n", "\n")
        if path.endswith(".md"):
            if not text.startswith("---\n"): continue
            end = text.find("\n---\n", 3)
            text = text[4:end + 1]
        out[path] = canon(yaml.safe_load(text))
    json.dump(out, sys.stdout)
    """#

  @Test("every front-matter block of the example ISMS")
  func example() throws {
    try compare(folder: Self.repositoryRoot.appendingPathComponent("isms-repo-example"))
  }

  @Test("every file isms init writes")
  func initOutput() throws {
    let folder = try TemporaryFolder()
    let target = folder.url.appendingPathComponent("fresh")
    let result = try ISMSProcess.run(
      [
        "init", target.path, "--org", "Witness: Corp #1", "--owner-name", "Ada O'Neil",
        "--owner-email", "ada@witness.example", "--today", "2024-02-29",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    try compare(folder: target)
  }

  private func compare(folder: URL) throws {
    let files = try documentFiles(in: folder)
    #expect(files.count > 10)
    let python = try Subprocess.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", Self.witness] + files.map(\.path))
    #expect(
      python.status == 0, "python3 with PyYAML is needed (apt-get install python3-yaml): \(python.stderr)")
    let theirs = try #require(
      try JSONSerialization.jsonObject(with: Data(python.stdout.utf8)) as? [String: Any])
    for file in files {
      let ours = try ourValue(of: file)
      guard let ours else { continue }
      let their = try #require(theirs[file.path], "PyYAML read nothing from \(file.path)")
      #expect(
        NSDictionary(dictionary: ["v": ours]).isEqual(to: ["v": their]),
        "\(file.path): ours \(ours) — PyYAML \(their)")
    }
  }

  private func documentFiles(in folder: URL) throws -> [URL] {
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    var files: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      if url.path.contains("/.git/") { continue }
      if url.pathExtension == "md" || url.lastPathComponent == "isms.yml" { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
  }

  private func ourValue(of file: URL) throws -> Any? {
    let data = try Data(contentsOf: file)
    if file.pathExtension == "yml" {
      return canonical(try YAMLReader.parse(try MarkdownSplitter.decodeText(data), firstLine: 1))
    }
    let split = try MarkdownSplitter.split(data)
    guard let yaml = split.frontMatter else { return nil }
    return canonical(try YAMLReader.parse(yaml, firstLine: split.frontMatterFirstLine))
  }

  private func canonical(_ node: YAMLNode) -> Any {
    switch node {
    case .scalar:
      return node.text ?? NSNull()
    case .sequence(let elements, _):
      return elements.map(canonical)
    case .mapping(let entries, _):
      var result: [String: Any] = [:]
      for entry in entries { result[entry.key] = canonical(entry.value) }
      return result
    }
  }
}
