import Foundation
import Testing

@Suite("the example ISMS")
struct ExampleISMSTests {
  static let repositoryRoot = YAMLWitnessTests.repositoryRoot

  @Test("validates with no errors, in place and as the standalone repository with history")
  func validates() throws {
    let inPlace = try ISMSProcess.run(
      ["validate", "--format", "json", "--today", "2026-11-29"],
      in: Self.repositoryRoot.appendingPathComponent("isms-repo-example"))
    #expect(inPlace.status == 0, "\(inPlace.stdout)")

    let folder = try TemporaryFolder()
    let repo = folder.url.appendingPathComponent("example")
    let build = try Subprocess.run(
      URL(fileURLWithPath: "/bin/bash"),
      [Self.repositoryRoot.appendingPathComponent("scripts/build-example-history.sh").path, repo.path])
    #expect(build.status == 0, "\(build.stderr)")
    #expect(try Subprocess.git(["fsck", "--strict"], in: repo).status == 0)
    let authors = try Subprocess.git(["shortlog", "-sne", "HEAD"], in: repo).stdout
    #expect(authors.split(separator: "\n").count >= 5, "history by several of the example's people")
    let first = try Subprocess.git(["log", "--reverse", "--format=%ad", "--date=short"], in: repo).stdout
    #expect(first.hasPrefix("2024-"))

    for arguments in [["validate"], ["validate", "--rev", "HEAD"], ["status"]] {
      let result = try ISMSProcess.run(arguments + ["--repo", repo.path, "--today", "2026-11-29"])
      #expect(result.status == 0, "\(arguments): \(result.stdout)\(result.stderr)")
    }
    let diff = try Subprocess.run(
      URL(fileURLWithPath: "/usr/bin/diff"),
      [
        "-r", "--exclude=.git", repo.path,
        Self.repositoryRoot.appendingPathComponent("isms-repo-example").path,
      ])
    #expect(diff.status == 0, "the history ends in the example's tree: \(diff.stdout)")
  }
}
