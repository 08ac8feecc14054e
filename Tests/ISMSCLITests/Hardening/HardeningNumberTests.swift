import Foundation
import Testing

/// One number at an extreme in one field, and the range `validate` must name.
struct ExtremeNumber: CustomTestStringConvertible, Sendable {
  let path: String
  /// The lines as written, `key: value`, each replacing the line starting with `key:` (or added
  /// after `kind:`, at the end of `isms.yml`, when the file has no such line); the last is checked.
  let lines: [String]
  /// The field the error names and the allowed range it states.
  let field: String
  let range: String

  var testDescription: String { "\(path) \(lines.joined(separator: ", "))" }

  static let max = "9223372036854775807"

  static let all: [ExtremeNumber] = [
    ExtremeNumber(
      path: "risks/RISK-001.md", lines: ["likelihood: \(max)"], field: "likelihood", range: "from 1 to 10"),
    ExtremeNumber(
      path: "risks/RISK-001.md", lines: ["likelihood: 4294967296", "impact: 4294967296"], field: "impact",
      range: "from 1 to 10"),
    ExtremeNumber(
      path: "risks/RISK-001.md", lines: ["level: -\(max)"], field: "level", range: "from 1 to 100"),
    ExtremeNumber(
      path: "risks/RISK-001.md", lines: ["review_interval: \(max)"], field: "review_interval",
      range: "from 1 to 120"),
    ExtremeNumber(
      path: ReviewFixture.policy, lines: ["review_interval: \(max)"], field: "review_interval",
      range: "from 1 to 120"),
    ExtremeNumber(
      path: ReviewFixture.policy, lines: ["review_interval: -\(max)"], field: "review_interval",
      range: "from 1 to 120"),
    ExtremeNumber(
      path: "isms.yml", lines: ["review_intervals:", "  policy: \(max)"], field: "review_intervals.policy",
      range: "from 1 to 120"),
    ExtremeNumber(
      path: "isms.yml", lines: ["findings:", "  major_days: \(max)"], field: "findings.major_days",
      range: "from 0 to 3650"),
    ExtremeNumber(
      path: "isms.yml", lines: ["  acceptance_threshold: \(max)"], field: "risk_method.acceptance_threshold",
      range: "from 1 to 100"),
  ]
}

@Suite("Hardening: numbers at their extremes")
struct HardeningNumberTests {
  /// Writes `number` into a fresh ISMS whose policy is approved, on branch `hostile`.
  static func plant(_ number: ExtremeNumber) throws -> (HostileRepository, line: Int) {
    let repository = try HostileRepository()
    try repository.fixture.approvePolicy()
    try repository.fixture.git(["checkout", "-q", "-b", "hostile"])
    let url = repository.url.appendingPathComponent(number.path)
    var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    var line = 0
    for written in number.lines {
      let key = written.prefix { $0 != ":" }
      if let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) {
        lines[index] = written
        line = index + 1
      } else if number.path == "isms.yml" {
        lines.append(written)
        line = lines.count
      } else {
        let after = try #require(lines.firstIndex { $0.hasPrefix("kind:") })
        lines.insert(written, at: after + 1)
        line = after + 2
      }
    }
    try repository.commit(Data(lines.joined(separator: "\n").utf8), at: number.path, message: "Extreme")
    return (repository, line)
  }

  @Test("validate names file, line, field and range; no command crashes", arguments: ExtremeNumber.all)
  func extreme(_ number: ExtremeNumber) throws {
    let (repository, line) = try Self.plant(number)
    let validate = try repository.isms(["validate", "--today", "2026-03-01"])
    #expect(validate.status == 1, "\(validate.stdout)")
    let report = validate.stdout.split(separator: "\n").first {
      $0.hasPrefix("\(number.path):\(line): error:")
    }
    #expect(report?.contains("`\(number.field)`") == true, "\(validate.stdout)")
    #expect(report?.contains(number.range) == true, "\(validate.stdout)")
    let output = repository.fixture.folder.url.appendingPathComponent("packet.zip").path
    for arguments in [
      ["status"], ["review", "due", "--within", "3650"], ["review", "pr", "--base", "main"],
      ["review", "pr", "--base", "main", "--format", "github"], ["soa"], ["calendar"],
      ["packet", "--kind", "internal", "-o", output],
    ] {
      let result = try repository.isms(arguments + ["--today", "2026-03-01"])
      #expect(result.status <= 1, "isms \(arguments): \(result.stderr)")
    }
  }

  @Test("--within beyond ten years is a usage error", arguments: [["status"], ["review", "due"]])
  func within(_ command: [String]) throws {
    let repository = try HostileRepository()
    for days in [ExtremeNumber.max, "3651", "-1", "99999999999999999999"] {
      let result = try repository.isms(command + ["--within", days])
      #expect(result.status == 64, "\(days): \(result.stderr)")
      #expect(result.stderr.contains("--within"), "\(result.stderr)")
    }
    #expect(try repository.isms(command + ["--within", "3650"]).status <= 1)
  }
}
