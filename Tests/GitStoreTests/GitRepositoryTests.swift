import Foundation
import ISMSCore
import Testing

@testable import GitStore

@Suite struct GitRepositoryTests {
  @Test func createsAndDiscoversFromASubfolder() throws {
    let temp = try TempRepo()
    try temp.write("a/b/c.md", "x")
    let found = try GitRepository.discover(from: temp.path + "/a/b")
    let realPath = try #require(URL(fileURLWithPath: temp.path).resolvingSymlinksInPath().path as String?)
    #expect(
      found.workingDirectory.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } == realPath)
    #expect(found.gitDirectory.hasSuffix("/.git"))
    #expect(found.workingDirectory?.hasSuffix("/") == false)
  }

  @Test func discoverOutsideARepositoryFails() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gitstore-none-\(UUID())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // /tmp is not inside a repository on any sane machine; accept only our error.
    #expect(throws: GitError.notARepository(path: folder)) { try GitRepository.discover(from: folder) }
  }

  @Test func unbornAndUnknownRevisionsHaveClearErrors() throws {
    let temp = try TempRepo()
    #expect(throws: GitError.unbornHead(branch: "main")) { try temp.repo.resolve("HEAD") }
    try temp.commit(["a.md": "1"])
    #expect(throws: GitError.unknownRevision("nope")) { try temp.repo.resolve("nope") }
    #expect(throws: GitError.unknownRevision("HEAD~5")) { try temp.repo.resolve("HEAD~5") }
    #expect(throws: GitError.notACommit("HEAD:a.md")) { try temp.repo.resolve("HEAD:a.md") }
    #expect(GitError.unknownRevision("nope").description.contains("HEAD~1"))
  }

  @Test func readsACommitMadeByGit() throws {
    let temp = try TempRepo()
    try temp.write("policies/POL-001.md", "# Policy\n")
    try temp.git("add", "-A")
    let message =
      "Approve POL-001\n\nReviewed at the March board.\n\nISMS-Review: POL-001\nSigned-off-by: Bob <bob@example.org>\n"
    try temp.git(
      "commit", "-q", "-m", message,
      environment: [
        "GIT_AUTHOR_NAME": "Bob Builder", "GIT_AUTHOR_EMAIL": "bob@example.org",
        "GIT_AUTHOR_DATE": "2024-03-01T10:00:00+02:00", "GIT_COMMITTER_DATE": "2024-03-02T08:30:00-05:30",
      ])
    let info = try temp.repo.resolve("HEAD")
    #expect(info.id == (try temp.git("rev-parse", "HEAD")))
    #expect(info.parentIDs.isEmpty)
    #expect(info.author == Identity(name: "Bob Builder", email: "bob@example.org"))
    #expect(info.authorDate == at(1_709_280_000))
    #expect(info.authorTimeZoneOffsetMinutes == 120)
    #expect(info.committer == Identity(name: "Witness", email: "witness@example.org"))
    #expect(info.committerDate == at(1_709_388_000))
    #expect(info.committerTimeZoneOffsetMinutes == -330)
    #expect(info.message == message)
    #expect(info.summary == "Approve POL-001")
    #expect(
      info.trailers == [
        .init(key: "ISMS-Review", value: "POL-001"),
        .init(key: "Signed-off-by", value: "Bob <bob@example.org>"),
      ])
    #expect(info.trailerValues(for: "isms-review") == ["POL-001"])
  }

  @Test func defaultIdentityComesFromConfig() throws {
    let temp = try TempRepo()
    try temp.git("config", "user.name", "Carol Config")
    try temp.git("config", "user.email", "carol@example.org")
    #expect(try temp.repo.defaultIdentity() == Identity(name: "Carol Config", email: "carol@example.org"))
    // An empty local value hides any global or system one, so this holds on every machine.
    try temp.git("config", "user.name", "")
    #expect(throws: GitError.noIdentity) { try temp.repo.defaultIdentity() }
    #expect(GitError.noIdentity.description.contains("--by PERSON"))
  }
}
