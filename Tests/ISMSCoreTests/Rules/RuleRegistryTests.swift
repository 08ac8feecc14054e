import Foundation
import ISMSCore
import Testing

/// The rule table: every rule of the rulebook is registered, and each place a rule says it is
/// checked has a check, so a rule cannot lose its check or its documentation silently.
@Suite("Rule registry")
struct RuleRegistryTests {
  static let sources = ExampleISMS.repositoryRoot.appendingPathComponent("Sources")

  /// Rules checked by `review pr` whose breach needs commits (who wrote, who approved), which a
  /// change to a file cannot show; their check is the citation in the review code.
  static let reviewedFromCommits: Set<String> = ["I5"]

  /// Rules about files themselves (names, links, empty files), which an edit of a file's text
  /// cannot break; HardeningFileNameTests breaks them through the binary.
  static let checkedOnFiles: Set<String> = ["files"]

  /// Every `(file, rule id)` a diagnostic, refusal or finding in `Sources` cites.
  static let citations: [(file: String, rule: String)] = {
    let patterns = [
      #"rule: "([A-Za-z0-9.]+)""#, #"ReviewRefusal\(\s*"([A-Za-z0-9.]+)""#,
      #"\.(?:error|warning), "([A-Za-z0-9.]+)", "#, #"return "(R[0-9]+)""#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }
    var found: [(String, String)] = []
    let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
      guard url.pathExtension == "swift", !url.path.contains("/Rules/"),
        let text = try? String(contentsOf: url, encoding: .utf8)
      else { continue }
      let range = NSRange(text.startIndex..., in: text)
      for pattern in patterns {
        for match in pattern.matches(in: text, range: range) {
          guard let id = Range(match.range(at: 1), in: text) else { continue }
          found.append((String(url.path.dropFirst(sources.path.count + 1)), String(text[id])))
        }
      }
    }
    return found
  }()

  @Test func idsAreUniqueAndCoverTheRulebook() {
    let ids = RuleRegistry.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    let rulebook = (1...57).map { "R\($0)" } + ["d1", "d2", "d3", "d4"]
    for id in rulebook { #expect(RuleRegistry.rule(id) != nil, "\(id) of the rulebook is not registered") }
    #expect(RuleRegistry.rule("r12")?.id == "R12")
  }

  @Test func everyCitedRuleIsRegistered() {
    #expect(Self.citations.count > 100)
    for (file, rule) in Self.citations {
      #expect(RuleRegistry.rule(rule) != nil, "\(file) cites `\(rule)`, which `isms rules` does not know")
    }
  }

  @Test(arguments: RuleRegistry.all.map(\.id))
  func enforcementHasACheck(id: String) throws {
    let rule = try #require(RuleRegistry.rule(id))
    let cited = Self.citations.filter { $0.rule == id }.map(\.file)
    if !rule.isImplemented {
      #expect(rule.enforcement == [.notImplemented])
      #expect(cited.isEmpty, "\(id) is checked in \(cited); list where in its enforcement")
      return
    }
    let shownIn = ["ISMSCore/Workflow/Alarms.swift", "ISMSCore/Workflow/CycleStatus.swift"]
    if rule.enforcement.contains(.command) {
      let refusing = cited.filter { file in
        ["ISMSCore/Workflow/", "ISMSCore/WorkflowRecords/", "ISMSCore/Review/"].contains {
          file.hasPrefix($0)
        }
          && !shownIn.contains(file) && !file.contains("PullRequest")
      }
      #expect(!refusing.isEmpty, "\(id) says a command refuses it, but no refusal cites it")
    }
    if rule.enforcement.contains(.shown) {
      #expect(
        cited.contains { shownIn.contains($0) }, "\(id) says cycle status shows it, but no alarm cites it")
    }
    var validated = false
    var reviewed = false
    for example in rule.failing {
      let changed = try #require(
        ExampleISMS.applying(example), "\(id): `\(example.find)` not in \(example.path)")
      let before = ExampleISMS.baseline.filter { $0.rule == id }.count
      let after = ExampleISMS.validate(changed).filter { $0.rule == id }.count
      let review = try #require(ExampleISMS.review(changed, path: example.path))
      let inValidation = after > before
      let inReview = review.findings.contains { $0.rule == id }
      #expect(inValidation || inReview, "\(id): “\(example.description)” breaks no check of \(id)")
      validated = validated || inValidation
      reviewed = reviewed || inReview
    }
    for example in rule.passing {
      let changed = try #require(
        ExampleISMS.applying(example), "\(id): `\(example.find)` not in \(example.path)")
      let before = ExampleISMS.baseline.filter { $0.rule == id }.count
      #expect(
        ExampleISMS.validate(changed).filter { $0.rule == id }.count <= before,
        "\(id): \(example.description)")
    }
    if rule.enforcement.contains(.validate), !Self.checkedOnFiles.contains(id) {
      #expect(
        validated, "\(id) says validate checks it, but none of its failing examples makes validate report it")
    }
    if rule.enforcement.contains(.reviewPR) {
      if Self.reviewedFromCommits.contains(id) {
        #expect(cited.contains { $0.contains("PullRequestReview") }, "\(id): no review pr check cites it")
      } else {
        #expect(
          reviewed,
          "\(id) says review pr checks it, but none of its failing examples makes review pr report it")
      }
    }
  }

  @Test func theExampleHasNoErrors() {
    #expect(ExampleISMS.catalogs != nil)
    #expect(!ExampleISMS.baseline.contains { $0.severity == .error }, "\(ExampleISMS.baseline)")
  }
}

/// `docs/rules.md` is generated from the registry; `RECORD_RULES_DOC=1` rewrites it.
@Suite("Rule document")
struct RuleDocumentTests {
  @Test func docsMatchTheRegistry() throws {
    let url = ExampleISMS.repositoryRoot.appendingPathComponent("docs/rules.md")
    let generated = RuleRegistry.markdown
    if ProcessInfo.processInfo.environment["RECORD_RULES_DOC"] == "1" {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try generated.write(to: url, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: url, encoding: .utf8)
    #expect(committed == generated, "docs/rules.md differs from the registry; run with RECORD_RULES_DOC=1")
  }
}
