import Foundation
import Testing

@Suite("isms init")
struct InitCommandTests {
  @Test("outside a repository: creates one on main, commits, and the fresh ISMS has no errors")
  func initOutsideRepository() throws {
    let folder = try TemporaryFolder()
    let target = folder.url.appendingPathComponent("acme")
    let result = try ISMSProcess.run(
      [
        "init", target.path, "--org", "Acme & Söhne GmbH", "--owner-name", "Ada Lovelace",
        "--owner-email", "ada@acme.example", "--today", "2024-02-29",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let branch = try Subprocess.git(["symbolic-ref", "--short", "HEAD"], in: target)
    #expect(branch.stdout == "main\n")
    let log = try Subprocess.git(["log", "--format=%an <%ae> %ad %s", "--date=short"], in: target)
    #expect(log.stdout == "Ada Lovelace <ada@acme.example> 2024-02-29 Create the ISMS of Acme & Söhne GmbH\n")
    #expect(try Subprocess.git(["fsck", "--strict"], in: target).status == 0)
    #expect(try Subprocess.git(["status", "--porcelain"], in: target).stdout == "")
    let files = try Subprocess.git(["ls-files", "controls"], in: target).stdout.split(separator: "\n")
    #expect(files.count == 93)

    let validate = try ISMSProcess.run(["validate", "--format", "json", "--today", "2024-02-29"], in: target)
    #expect(validate.status == 0, "\(validate.stdout)")
    let report = try #require(
      JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as? [String: Any])
    #expect(report["error_count"] as? Int == 0)
    #expect((report["warning_count"] as? Int ?? 0) > 0)
  }

  @Test("inside a repository: the ISMS goes into the subfolder and is committed there")
  func initInsideRepository() throws {
    let folder = try TemporaryFolder()
    let repo = folder.url
    try Subprocess.git(["init", "-q", "-b", "trunk"], in: repo)
    try "# Handbook\n".write(to: repo.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
    try Subprocess.git(["add", "README.md"], in: repo)
    try Subprocess.git(["commit", "-q", "-m", "Handbook"], in: repo)

    let result = try ISMSProcess.run(
      ["init", "handbook/isms", "--org", "Acme", "--today", "2026-01-15"], in: repo)
    #expect(result.status == 0, "\(result.stderr)")
    let log = try Subprocess.git(["log", "--format=%an %s", "trunk"], in: repo)
    #expect(log.stdout == "Test Runner Create the ISMS of Acme\nTest Runner Handbook\n")
    let tracked = try Subprocess.git(["ls-files", "handbook/isms/isms.yml"], in: repo)
    #expect(tracked.stdout == "handbook/isms/isms.yml\n")
    #expect(try Subprocess.git(["status", "--porcelain"], in: repo).stdout == "")

    let status = try ISMSProcess.run(
      ["status", "--format", "json", "--today", "2026-01-15"],
      in: repo.appendingPathComponent("handbook/isms/controls"))
    #expect(status.status == 0, "\(status.stderr)")
    let json = try #require(JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
    let soa = try #require(json["soa"] as? [String: Any])
    #expect(soa["undecided"] as? Int == 93)
  }

  @Test("refuses to overwrite an existing ISMS and writes nothing")
  func refusesExisting() throws {
    let folder = try TemporaryFolder()
    let target = folder.url.appendingPathComponent("x")
    let first = try ISMSProcess.run(
      [
        "init", target.path, "--org", "X", "--owner-name", "A", "--owner-email", "a@x.example", "--today",
        "2026-01-15",
      ])
    #expect(first.status == 0)
    let head = try Subprocess.git(["rev-parse", "HEAD"], in: target).stdout
    let second = try ISMSProcess.run(
      ["init", target.path, "--org", "X", "--owner-name", "A", "--owner-email", "a@x.example"])
    #expect(second.status == 1)
    #expect(second.stderr.contains("already holds an ISMS"))
    #expect(try Subprocess.git(["rev-parse", "HEAD"], in: target).stdout == head)
  }

  @Test("bad command lines exit 64")
  func usageErrors() throws {
    let folder = try TemporaryFolder()
    let missingOrg = try ISMSProcess.run(["init", folder.url.path])
    #expect(missingOrg.status == 64)
    let badDay = try ISMSProcess.run(["validate", "--today", "2025-02-29"], in: folder.url)
    #expect(badDay.status == 64)
    #expect(badDay.stderr.contains("--today"))
  }

  @Test("outside any ISMS, commands say what to do")
  func noISMS() throws {
    let folder = try TemporaryFolder()
    try Subprocess.git(["init", "-q"], in: folder.url)
    let result = try ISMSProcess.run(["validate"], in: folder.url)
    #expect(result.status == 1)
    #expect(result.stderr.contains("isms init"))
  }
}
