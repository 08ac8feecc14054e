import Foundation
import Testing

@Suite("Hardening: paths and ids that try to leave the ISMS root")
struct HardeningPathEscapeTests {
  /// A document outside the repository that must never be read: its id must never be reported.
  static func outsideDocument(in folder: URL) throws -> URL {
    let file = folder.appendingPathComponent("secret.md")
    try Data("---\nid: POL-666\nkind: policy\ntitle: SECRET-OUTSIDE\n---\nSECRET-OUTSIDE\n".utf8).write(
      to: file)
    return file
  }

  @Test("symbolic links in the working tree are never followed")
  func workingTreeSymlinks() throws {
    let repository = try HostileRepository()
    let outside = try TemporaryFolder("isms-outside")
    let secret = try Self.outsideDocument(in: outside.url)
    let fm = FileManager.default
    try fm.createSymbolicLink(
      atPath: repository.url.appendingPathComponent("policies/link.md").path, withDestinationPath: secret.path
    )
    try fm.createSymbolicLink(
      atPath: repository.url.appendingPathComponent("policies/relative.md").path,
      withDestinationPath: "../../" + outside.url.lastPathComponent + "/secret.md")
    try fm.createSymbolicLink(
      atPath: repository.url.appendingPathComponent("outside-folder").path,
      withDestinationPath: outside.url.path)
    try fm.createSymbolicLink(
      atPath: repository.url.appendingPathComponent("loop.md").path, withDestinationPath: "loop.md")
    try repository.fixture.git(["add", "-A"])
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qm", "Links"])
    for arguments in [["validate"], ["validate", "--rev", "HEAD"], ["status"], ["soa", "--format", "csv"]] {
      let result = try repository.isms(arguments)
      #expect(!result.stdout.contains("POL-666") && !result.stdout.contains("SECRET"), "\(arguments)")
      #expect(!result.stderr.contains("SECRET"))
    }
    for reference in ["policies/link.md", "POL-666", "outside-folder/secret.md", "../secret.md", secret.path]
    {
      let record = try repository.isms([
        "review", "record", reference, "--by", "ada", "--today", "2026-03-01",
      ])
      #expect(record.status == 1, "\(reference): \(record.stdout)")
      #expect(record.stderr.contains("no document"), "\(reference): \(record.stderr)")
    }
    #expect(try String(contentsOf: secret, encoding: .utf8).contains("title: SECRET-OUTSIDE"))
  }

  @Test("a working-tree document replaced by a link is refused, not followed, when writing")
  func linkedTarget() throws {
    let repository = try HostileRepository()
    let outside = try TemporaryFolder("isms-outside")
    let target = outside.url.appendingPathComponent("RISK-001.md")
    let risk = repository.url.appendingPathComponent("risks/RISK-001.md")
    try FileManager.default.copyItem(at: risk, to: target)
    try FileManager.default.removeItem(at: risk)
    try FileManager.default.createSymbolicLink(atPath: risk.path, withDestinationPath: target.path)
    let original = try Data(contentsOf: target)
    let record = try repository.isms(["review", "record", "RISK-001", "--by", "ada", "--today", "2026-03-01"])
    #expect(record.status == 1, "\(record.stdout)")
    #expect(try Data(contentsOf: target) == original)
    let attributes = try FileManager.default.attributesOfItem(atPath: risk.path)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
  }

  @Test(
    "git trees with .., ., .git, slashes, links and submodules are skipped by --rev, links and backslashes reported"
  )
  func hostileTrees() throws {
    let repository = try HostileRepository()
    let git = GitPlumbing(url: repository.url)
    let evil = try git.blob(Data("---\nid: POL-666\nkind: policy\ntitle: SECRET-TREE\n---\n".utf8))
    let evilTree = try git.tree([("100644", "secret.md", evil)])
    let link = try git.blob(Data("../../../../../../etc/passwd".utf8))
    let headTree = try Subprocess.git(["rev-parse", "HEAD^{tree}"], in: repository.url).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let policies = try #require(try git.entries(of: headTree).first { $0.name == "policies" })
    var policyEntries = try git.entries(of: policies.id)
    policyEntries += [
      ("120000", "passwd.md", link), ("40000", "..", evilTree), ("40000", ".", evilTree),
      ("100644", "a/b.md", evil), ("100644", "back\\slash.md", evil), ("40000", ".GIT", evilTree),
      ("160000", "module.md", evil),
    ]
    var top = try git.entries(of: headTree).filter { $0.name != "policies" }
    top += [
      ("40000", "policies", try git.tree(policyEntries)), ("40000", ".git", evilTree),
      ("40000", "..", evilTree),
    ]
    _ = try git.commit(tree: try git.tree(top), branch: "hostile")
    for arguments in [
      ["validate", "--rev", "hostile"], ["status", "--rev", "hostile"],
      ["soa", "--rev", "hostile", "--format", "json"],
    ] {
      let result = try repository.isms(arguments)
      #expect(result.status <= 1, "\(arguments): \(result.stderr)")
      #expect(
        !result.stdout.contains("POL-666") && !result.stdout.contains("SECRET"),
        "\(arguments): \(result.stdout)")
      #expect(!result.stdout.contains("root:"), "\(arguments) read /etc/passwd")
    }
    let plain = try repository.isms(["validate", "--rev", "HEAD"])
    let hostile = try repository.isms(["validate", "--rev", "hostile"])
    // The link and the backslash name are reported (a warning, an error); nothing else differs.
    #expect(hostile.stdout.contains("policies/passwd.md: warning: is a symbolic link"), "\(hostile.stdout)")
    #expect(hostile.stdout.contains(#"policies/back\slash.md: error: the file name cannot be used"#))
    #expect(hostile.status == 1)
    var reported = false
    let others = hostile.stdout.split(separator: "\n").dropLast().filter { line in
      if line.hasPrefix("    fix:") && reported { return false }
      reported = line.contains("passwd.md") || line.contains(#"back\slash.md"#)
      return !reported
    }
    #expect(plain.stdout.split(separator: "\n").dropLast() == others)
  }

  @Test("imported ids cannot name paths outside risks/")
  func importedIDs() throws {
    let repository = try HostileRepository()
    let csv = repository.fixture.folder.url.appendingPathComponent("risks.csv")
    for id in ["../../evil", "/etc/evil", "risks/../../evil", ".hidden", "a/b"] {
      let text =
        "id,title,asset,threat,vulnerability,owner,likelihood,impact,treatment\n"
        + "\(id),Evil,Laptops,Theft,Unencrypted,ada,1,1,retain\n"
      try Data(text.utf8).write(to: csv)
      let result = try repository.isms(["import", "risks", csv.path, "--by", "ada", "--today", "2026-03-01"])
      #expect(result.status == 1, "\(id): \(result.stdout)")
      #expect(
        result.stdout.contains("is not an id") || result.stderr.contains("is not an id"),
        "\(id): \(result.stderr)")
    }
    #expect(
      !FileManager.default.fileExists(
        atPath: repository.fixture.folder.url.appendingPathComponent("evil.md").path))
  }
}
