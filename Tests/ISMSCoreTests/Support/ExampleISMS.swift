import Foundation
import ISMSCore

/// The example ISMS (`isms-repo-example`) read from disk with the real catalogs, for tests that
/// change one of its files and judge the result as `isms validate` and `isms review pr` would.
enum ExampleISMS {
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let root = repositoryRoot.appendingPathComponent("isms-repo-example")
  static let today = Day(year: 2026, month: 11, day: 29) ?? Day(daysSinceEpoch: 0)

  /// Every file of the example, by path relative to its root.
  static let files: [String: Data] = {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = enumerator?.nextObject() as? URL {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
        let data = try? Data(contentsOf: url)
      else { continue }
      files[String(url.path.dropFirst(root.path.count + 1))] = data
    }
    return files
  }()

  /// The catalogs shipped in `templates/catalogs`, with the placeholder phrases of `templates/init`.
  static let catalogs: Catalogs? = {
    var texts: [String: String] = [:]
    for name in Catalogs.File.all {
      let url = repositoryRoot.appendingPathComponent("templates/catalogs/\(name)")
      if let text = try? String(contentsOf: url, encoding: .utf8) { texts[name] = text }
    }
    var catalogs = try? Catalogs(files: texts)
    catalogs?.templatePhrases = TemplatePhrases(templates: initTemplates)
    return catalogs
  }()

  /// The templates of `templates/init`, path → text.
  static let initTemplates: [String: String] = {
    let folder = repositoryRoot.appendingPathComponent("templates/init")
    var texts: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      texts[String(url.path.dropFirst(folder.path.count + 1))] = text
    }
    return texts
  }()

  /// The example's validation as it is.
  static let baseline: [Diagnostic] = validate(files)

  /// Validates `files` as `isms validate` does.
  static func validate(_ files: [String: Data]) -> [Diagnostic] {
    guard let catalogs else { return [] }
    return Validator.validate(snapshot: InMemorySnapshot(data: files), catalogs: catalogs, today: today)
      .diagnostics
  }

  /// The files after `example`, or `nil` when its `find` text is not in the file.
  static func applying(_ example: RuleExample) -> [String: Data]? {
    var changed = files
    if example.find.isEmpty {
      changed[example.path] = Data(example.replace.utf8)
      return changed
    }
    guard let data = files[example.path], let text = String(data: data, encoding: .utf8),
      let range = text.range(of: example.find)
    else { return nil }
    changed[example.path] = Data(text.replacingCharacters(in: range, with: example.replace).utf8)
    return changed
  }

  /// The review of a change from the example to `changed` at `path`, as `isms review pr` judges it.
  static func review(_ changed: [String: Data], path: String) -> PullRequestReview? {
    guard let catalogs else { return nil }
    let old = files[path]
    let file = ChangedFile(status: old == nil ? .added : .modified, path: path, old: old, new: changed[path])
    let head = ISMS.load(from: InMemorySnapshot(data: changed))
    let report = Validator.validate(loaded: head, origin: "head", catalogs: catalogs, today: today)
    return PullRequestReview(
      PullRequestInput(
        files: [file], head: head.isms, headDiagnostics: report.diagnostics,
        baseWideDiagnostics: baseline.filter { $0.path == ISMS.configPath }, authors: [], approvals: []))
  }
}
