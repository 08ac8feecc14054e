import Foundation
import Testing

/// `review pr` reads the merge base's validation index and only what the change touches; with
/// `ISMS_CACHE=off` it validates the whole head. Both must give the same report and exit status.
@Suite("isms review pr: incremental validation equals full validation")
struct ReviewPRIncrementalTests {
  static let scenarios = [
    "policy body without version bump", "broken references", "id used twice up to case",
    "removed control still referenced", "control excluded while a risk treats with it",
    "renamed with a new id", "security policy deleted", "second holder of a mandatory key",
    "isms.yml and a document", "risk register emptied", "approval in the branch", "unreadable documents",
    "controls needing documentation", "several commits and files", "risk treated by an excluded control",
    "same path up to case",
  ]

  @Test("same report and exit status both ways", arguments: scenarios)
  func sameReport(_ scenario: String) throws {
    let fixture = try ReviewFixture()
    try Self.prepare(scenario, fixture)
    let index = fixture.url.appendingPathComponent(".git/isms-cache/v1")
    for format in ["json", "markdown"] {
      let arguments = ["review", "pr", "--base", "main", "--format", format, "--today", "2026-01-12"]
      let full = try ISMSProcess.run(arguments, in: fixture.url, environment: ["ISMS_CACHE": "off"])
      #expect(full.stderr.isEmpty, "\(full.stderr)")
      for run in ["index built", "index read"] {
        let incremental = try ISMSProcess.run(arguments, in: fixture.url)
        #expect(incremental.stdout == full.stdout, "\(scenario), \(format), \(run)")
        #expect(incremental.status == full.status, "\(scenario), \(format), \(run)")
        #expect(incremental.stderr == full.stderr)
      }
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: index.path)
    #expect(names.contains { $0.hasPrefix("validation-") }, "no validation index was written")
  }

  @Test("a damaged index is ignored and rebuilt")
  func damagedIndex() throws {
    let fixture = try ReviewFixture()
    try Self.prepare("removed control still referenced", fixture)
    let arguments = ["review", "pr", "--base", "main", "--format", "json", "--today", "2026-01-12"]
    let first = try ISMSProcess.run(arguments, in: fixture.url)
    let folder = fixture.url.appendingPathComponent(".git/isms-cache/v1")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).first {
        $0.hasPrefix("validation-")
      })
    let file = folder.appendingPathComponent(name)
    var bytes = try Data(contentsOf: file)
    bytes[bytes.count - 3] ^= 0xFF
    try bytes.write(to: file)
    let second = try ISMSProcess.run(arguments, in: fixture.url)
    #expect(second.stdout == first.stdout)
    #expect(second.status == first.status)
    #expect(try Data(contentsOf: file) != bytes, "the damaged index was not rebuilt")
  }

  @Test(
    "every cache file is keyed by the binary's build id, not only the version",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/readelf")))
  func keyedByBuild() throws {
    let fixture = try ReviewFixture()
    try Self.prepare("policy body without version bump", fixture)
    let review = try ISMSProcess.run(
      ["review", "pr", "--base", "main", "--today", "2026-01-12"], in: fixture.url)
    #expect(review.stderr.isEmpty, "\(review.stderr)")
    _ = try ISMSProcess.run(["review", "log", "POL-001", "--today", "2026-01-12"], in: fixture.url)
    let witness = try Subprocess.run(
      URL(fileURLWithPath: "/usr/bin/readelf"), ["-n", ISMSProcess.executable.path])
    let buildID = try #require(
      witness.stdout.split(separator: "\n").first { $0.contains("Build ID:") }?.split(separator: " ").last)
    let folder = fixture.url.appendingPathComponent(".git/isms-cache/v1")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".bin")
    }
    for prefix in ["validation-", "frontmatter", "versions"] {
      #expect(names.contains { $0.hasPrefix(prefix) }, "no \(prefix) file among \(names)")
    }
    for name in names {
      let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
      #expect(bytes.range(of: Data("+\(buildID)".utf8)) != nil, "\(name) is not keyed by the build")
    }
  }

  /// Commits on `main` what the scenario needs there, then makes the branch `change`.
  static func prepare(_ scenario: String, _ fixture: ReviewFixture) throws {
    let policy = ReviewFixture.policy
    let commit = { (message: String) in
      try fixture.git(["add", "-A"])
      try fixture.git(ReviewFixture.dirk + ["commit", "-qm", message])
    }
    switch scenario {
    case "control excluded while a risk treats with it":
      try fixture.replace("applicability: undecided", with: Self.applicable, in: "controls/A.8.1.md")
      try fixture.replace("treatment: retain", with: Self.treated, in: "risks/RISK-001.md")
      try commit("Treat the laptop risk")
    case "controls needing documentation":
      try fixture.replace("applicability: undecided", with: Self.applicable, in: "controls/A.5.1.md")
      try commit("A.5.1 applies")
    case "risk treated by an excluded control":
      try fixture.replace(
        "applicability: undecided", with: "applicability: excluded\njustification: \"No\"",
        in: "controls/A.8.1.md")
      try commit("A.8.1 excluded")
    case "same path up to case":
      try fixture.write(
        try fixture.read(Self.documentControl).replacingOccurrences(of: "id: PROC-001", with: "id: PROC-050"),
        to: "procedures/Document-Control.md")
      try commit("A second document control")
    default:
      break
    }
    try fixture.git(["checkout", "-q", "-b", "change"])
    switch scenario {
    case "policy body without version bump":
      try fixture.append("\nWe also protect paper records.\n", to: policy)
    case "broken references":
      try fixture.replace("controls: [A.5.33]", with: "controls: [A.5.33, A.9.99]", in: Self.documentControl)
      try fixture.replace("id: RISK-001", with: "id: RISK-001\ncorrects: POL-001", in: "risks/RISK-001.md")
      try fixture.replace("id: PROC-002", with: "id: PROC-002\ncorrects: NOPE-1", in: Self.correctiveAction)
    case "id used twice up to case":
      try fixture.write(
        try fixture.read(Self.documentControl).replacingOccurrences(of: "id: PROC-001", with: "id: pol-001"),
        to: "procedures/copy.md")
    case "removed control still referenced":
      try fixture.git(["rm", "-q", "controls/A.5.1.md"])
    case "control excluded while a risk treats with it":
      try fixture.replace(
        "applicability: applicable", with: "applicability: excluded", in: "controls/A.8.1.md")
    case "renamed with a new id":
      try fixture.git(["mv", Self.documentControl, "procedures/control-of-documents.md"])
      try fixture.replace("id: PROC-001", with: "id: PROC-010", in: "procedures/control-of-documents.md")
    case "security policy deleted":
      try fixture.git(["rm", "-q", policy])
    case "second holder of a mandatory key":
      try fixture.write(
        try fixture.read("scope.md").replacingOccurrences(of: "id: PLAN-001", with: "id: PLAN-099"),
        to: "scopes/another-scope.md")
    case "isms.yml and a document":
      try fixture.replace("    roles: [ciso]\n", with: "    roles: [ciso, top-management]\n", in: "isms.yml")
      try fixture.append("\nMore.\n", to: policy)
    case "risk register emptied":
      try fixture.git(["rm", "-q", "risks/RISK-001.md"])
    case "approval in the branch":
      try fixture.replace("version: \"0.1\"", with: "version: \"0.2\"", in: policy)
      try commit("Raise the version")
      try fixture.approvePolicy()
      return
    case "unreadable documents":
      try fixture.write("---\nid: [unclosed\n---\n", to: "policies/broken.md")
      try fixture.write("---\nid: X-1\nkind: nonsense\n---\n", to: "policies/unknown.md")
      try fixture.write("no front matter\n", to: "notes.md")
    case "controls needing documentation":
      try fixture.replace("applicability: undecided", with: Self.applicable, in: "controls/A.5.9.md")
      try fixture.replace("applicability: undecided", with: Self.applicable, in: "controls/A.5.10.md")
      try fixture.replace("controls: [A.5.33]", with: "controls: [A.5.33, A.5.10]", in: Self.documentControl)
      try fixture.replace(
        "justification: \"Needed\"", with: "justification: \"Required\"", in: "controls/A.5.1.md")
    case "risk treated by an excluded control":
      try fixture.replace("treatment: retain", with: Self.treated, in: "risks/RISK-001.md")
    case "same path up to case":
      try fixture.append("\nMore.\n", to: Self.documentControl)
    case "several commits and files":
      try fixture.append("\nMore.\n", to: policy)
      try commit("Edit the policy")
      try fixture.git(["rm", "-q", "controls/A.8.1.md"])
      try fixture.replace("treatment: retain", with: Self.treated, in: "risks/RISK-001.md")
      try fixture.git(["mv", "procedures/competence-and-awareness.md", "procedures/competence.md"])
    default:
      Issue.record("unknown scenario \(scenario)")
    }
    try commit(scenario)
  }

  static let documentControl = "procedures/document-control.md"
  static let correctiveAction = "procedures/nonconformity-and-corrective-action.md"
  static let applicable = """
    applicability: applicable
    justification: "Needed"
    implementation: planned
    owner: ada
    """
  static let treated = """
    treatment: modify
    controls: [A.8.1]
    residual_likelihood: 1
    residual_impact: 2
    """
}

extension ReviewFixture {
  /// The text of a file of the ISMS.
  func read(_ path: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
  }

  /// Writes a file of the ISMS, creating its folder.
  func write(_ text: String, to path: String) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
  }
}
