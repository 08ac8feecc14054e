import Foundation
import Testing

/// `validate` on a fresh `init` finds the 93 controls undecided: the text shows the first few of
/// that rule and a count, `--verbose` and JSON every one, and controls come in natural order.
@Suite("isms validate: findings grouped by rule, controls in natural order")
struct ValidateGroupingTests {
  static let today = "2026-01-12"

  @Test("text groups a repeated rule; --verbose and json list every finding")
  func grouped() throws {
    let fixture = try ReviewFixture()
    let json = try fixture.isms(["validate", "--format", "json", "--today", Self.today])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    let undecided = diagnostics.filter { ($0["message"] as? String)?.contains("undecided") == true }
    #expect(undecided.count == 93)
    let rule = try #require(undecided.first?["rule"] as? String)
    // Natural order: A.5.1, A.5.2, … A.5.9, A.5.10.
    let paths = undecided.compactMap { $0["path"] as? String }
    #expect(Array(paths.prefix(3)) == ["controls/A.5.1.md", "controls/A.5.2.md", "controls/A.5.3.md"])
    let nine = try #require(paths.firstIndex(of: "controls/A.5.9.md"))
    let ten = try #require(paths.firstIndex(of: "controls/A.5.10.md"))
    #expect(nine < ten)

    let text = try fixture.isms(["validate", "--today", Self.today])
    #expect(text.status == json.status)
    let lines = text.stdout.split(separator: "\n")
    let shown = lines.filter { $0.contains("undecided") && $0.hasPrefix("controls/") }
    #expect(shown.count == 3, "\(text.stdout)")
    #expect(shown.first?.hasPrefix("controls/A.5.1.md") == true)
    #expect(shown.last?.hasPrefix("controls/A.5.3.md") == true)
    #expect(
      lines.contains(
        "    … and 90 more warnings of [\(rule)], 93 in all (isms validate --verbose lists every one)"))

    let verbose = try fixture.isms(["validate", "--verbose", "--today", Self.today])
    let all = verbose.stdout.split(separator: "\n").filter {
      $0.contains("undecided") && $0.hasPrefix("controls/")
    }
    #expect(all.count == 93)
    #expect(all.map { String($0.prefix { $0 != ":" }) } == paths)
    #expect(!verbose.stdout.contains("more warnings of"))
  }
}
