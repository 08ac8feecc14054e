import Foundation
import Testing

@Suite("Hardening: repositories as users have them")
struct HardeningRepositoryStateTests {
  /// Checks every tracked file out again, so that the line-end filters now configured apply.
  func checkOutAgain(_ fixture: ReviewFixture) throws {
    for file in try fixture.git(["ls-files"]).split(separator: "\n") where file != ".gitattributes" {
      try FileManager.default.removeItem(at: fixture.url.appendingPathComponent(String(file)))
    }
    try fixture.git(["checkout", "--", "."])
  }

  @Test(
    "a CRLF checkout (core.autocrlf, or eol=crlf in .gitattributes) is clean for isms as for git",
    arguments: ["autocrlf", "attributes"])
  func crlfCheckout(setup: String) throws {
    let fixture = try ReviewFixture()
    if setup == "autocrlf" {
      try fixture.git(["config", "core.autocrlf", "true"])
    } else {
      try Data("*.md text eol=crlf\n*.yml text eol=crlf\n".utf8).write(
        to: fixture.url.appendingPathComponent(".gitattributes"))
      try fixture.git(["add", ".gitattributes"])
      try fixture.git(ReviewFixture.ada + ["commit", "-qm", "Windows line ends"])
    }
    try checkOutAgain(fixture)
    let policy = try Data(contentsOf: fixture.url.appendingPathComponent(ReviewFixture.policy))
    #expect(String(decoding: policy, as: UTF8.self).contains("\r\n"), "the checkout is not CRLF")
    #expect(try fixture.git(["status", "--porcelain"]) == "")

    let log = try fixture.isms(["review", "log", "POL-001", "--format", "json"])
    #expect(log.status == 0, "\(log.stderr)")
    #expect(log.stdout.contains("\"uncommitted_changes\" : false"), "\(log.stdout)")
    for arguments in [
      ["review", "record", "RISK-001", "--by", "ada", "--today", "2026-03-01"],
      [
        "review", "approve", "POL-001", "--by", "mweber", "--recorded-decision", "Board minutes 2026-03-02",
        "--today", "2026-03-02",
      ],
      [
        "cycle", "start", "CYC-2026", "--by", "ada", "--certification-body", "Example Cert GmbH", "--today",
        "2026-03-03",
      ],
      ["cycle", "event", "apply", "--by", "mweber", "--note", "Signed", "--today", "2026-03-04"],
    ] {
      let result = try fixture.isms(arguments)
      #expect(result.status == 0, "isms \(arguments): \(result.stderr)")
      #expect(try fixture.git(["status", "--porcelain"]) == "", "isms \(arguments) left git unclean")
    }
    // What isms committed is stored as git would store it: LF, as the rest of the repository.
    let stored =
      try fixture.git(["show", "HEAD~3:risks/RISK-001.md"]) + fixture.git(["show", "HEAD:isms.yml"])
    #expect(!stored.contains("\r"), "CRLF committed")
    let migrate = try fixture.isms(["migrate", "--from", "iso27001:2013", "--dry-run"])
    #expect(!migrate.stderr.contains("uncommitted changes"), "\(migrate.stderr)")
  }

  @Test("a shallow clone says so and how to fetch the history, instead of 'object not found'")
  func shallowClone() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    let clone = fixture.folder.url.appendingPathComponent("shallow")
    try Subprocess.git(
      ["clone", "-q", "--depth", "1", "file://" + fixture.url.path, clone.path], in: fixture.folder.url)
    for arguments in [
      ["review", "log", "POL-001"], ["packet", "--kind", "internal", "-o", "../p.zip"], ["status"],
      ["review", "due"], ["validate"], ["review", "pr", "--base", "HEAD"],
    ] {
      let result = try Watchdog.isms(arguments + ["--today", "2026-03-01"], in: clone)
      #expect(!result.stderr.contains("object not found"), "isms \(arguments): \(result.stderr)")
      #expect(result.status == 0 || result.status == 1, "isms \(arguments): \(result.stderr)")
      if result.status == 1, result.stdout.isEmpty {
        #expect(result.stderr.contains("git fetch --unshallow"), "isms \(arguments): \(result.stderr)")
      }
    }
  }

  @Test(
    "a repository owned by another user names git's ownership check and how to allow it",
    .enabled(if: geteuid() == 0))
  func ownership() throws {
    let fixture = try ReviewFixture()
    #expect(chown(fixture.url.path, 65534, 65534) == 0)
    #expect(chown(fixture.url.appendingPathComponent(".git").path, 65534, 65534) == 0)
    defer {
      _ = chown(fixture.url.path, 0, 0)
      _ = chown(fixture.url.appendingPathComponent(".git").path, 0, 0)
    }
    let result = try Watchdog.isms(["status"], in: fixture.url)
    #expect(result.status == 1)
    #expect(result.stderr.contains("safe.directory"), "\(result.stderr)")
    #expect(result.stderr.contains("git config --global --add safe.directory \(fixture.url.path)"))
    #expect(!result.stderr.contains("not inside a git repository"), "\(result.stderr)")
  }

  @Test("import comply names the file, line and problem of a YAML error")
  func complyYAMLError() throws {
    let repository = try HostileRepository()
    let comply = repository.fixture.folder.url.appendingPathComponent("comply")
    try FileManager.default.createDirectory(
      at: comply.appendingPathComponent("policies"), withIntermediateDirectories: true)
    try Data("---\nname: Access\nacronym: [unclosed\n---\nBody\n".utf8).write(
      to: comply.appendingPathComponent("policies/access.md"))
    let result = try repository.isms(["import", "comply", comply.path, "--by", "ada", "--dry-run"])
    #expect(result.status == 1)
    let shown = result.stdout + result.stderr
    #expect(shown.contains("policies/access.md:"), "\(shown)")
    #expect(!shown.contains("FrontMatterError") && !shown.contains("problem:"), "\(shown)")
  }
}
