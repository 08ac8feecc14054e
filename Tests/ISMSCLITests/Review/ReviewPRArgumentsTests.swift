import Testing

@testable import isms

/// `isms review pr` reads the command line CI writes without ArgumentParser
/// (``PullRequestRun/init(arguments:)``); every other goes to ArgumentParser. Where the short
/// route parses, it must give what ArgumentParser gives.
@Suite("isms review pr: the short argument route agrees with ArgumentParser")
struct ReviewPRArgumentsTests {
  static let names = ["--base", "--head", "--format", "--repo", "--today", "--rev", "--bogus", "-h", "pr"]
  static let values = [
    "main", "origin/main", "", "-x", "json", "github", "markdown", "csv", "2026-01-12", "2026-02-30", "a=b",
    "--base", "feature/x y",
  ]

  /// Every command line of one or two options from the pools, one option with `--base main` after
  /// or `--head HEAD~1` before it, and lines split or joined unusually.
  static var commandLines: [[String]] {
    let pairs = names.flatMap { name in values.map { [name, $0] } }
    var lines = pairs + pairs.flatMap { first in pairs.map { first + $0 } }
    lines += pairs.map { $0 + ["--base", "main"] } + pairs.map { ["--head", "HEAD~1"] + $0 }
    lines += [
      [], ["--base"], ["main"], ["--base=main"], ["--base", "main", "--head"], ["--base", "main", "extra"],
      ["--base", "main", "--", "x"], ["--base", "main", "--format=json"], ["--base", "main", "--help"],
    ]
    return lines
  }

  @Test("where the short route parses, ArgumentParser parses the same run")
  func agrees() throws {
    var short = 0
    for arguments in Self.commandLines {
      guard let run = PullRequestRun(arguments: arguments) else { continue }
      short += 1
      let parsed = try? ISMSCommand.Review.PR.parseAsRoot(arguments) as? ISMSCommand.Review.PR
      #expect(parsed?.plain == run, "\(arguments)")
    }
    // The pools hold enough valid lines for the comparison to mean something.
    #expect(short > 500, "\(short)")
  }

  @Test("the command lines of the CI templates and the README take the short route")
  func ciLines() {
    #expect(
      PullRequestRun(arguments: ["--base", "origin/main"])
        == PullRequestRun(base: "origin/main", head: "HEAD", format: .markdown, repo: nil, today: nil))
    #expect(
      PullRequestRun(arguments: ["--base", "main", "--head", "feature/new-policy", "--format", "json"])
        == PullRequestRun(base: "main", head: "feature/new-policy", format: .json, repo: nil, today: nil))
    #expect(
      PullRequestRun(arguments: [
        "--repo", ".", "--base", "origin/main", "--head", "HEAD", "--format", "markdown",
      ])
        == PullRequestRun(base: "origin/main", head: "HEAD", format: .markdown, repo: ".", today: nil))
    #expect(
      PullRequestRun(arguments: [
        "--format", "github", "--repo", "isms", "--today", "2026-11-29", "--base", "main",
      ])
        == PullRequestRun(base: "main", head: "HEAD", format: .github, repo: "isms", today: "2026-11-29"))
  }

  @Test("what ArgumentParser must answer does not take the short route")
  func longRoute() {
    for arguments in [
      ["--help"], ["--base", "main", "-h"], ["--base", "main", "--rev", "HEAD"],
      ["--base", "main", "--format", "csv"],
      ["--base", "main", "--today", "2026-02-30"], ["--base", "main", "--base", "other"], ["--head", "x"],
      ["--generate-completion-script", "bash"],
    ] {
      #expect(PullRequestRun(arguments: arguments) == nil, "\(arguments)")
    }
  }
}
