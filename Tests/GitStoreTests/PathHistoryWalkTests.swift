import Clibgit2
import Foundation
import Testing

@testable import GitStore

@Suite struct PathHistoryWalkTests {
  /// Each path's commits and the blob it had after each ("gone" when none, or not a file).
  private func walk(_ repository: GitRepository, paths: [String], commitsPerWorker: Int) throws -> [[String]]
  {
    let walked = try PathHistoryWalk(
      repository: repository, paths: paths, limit: nil, commitsPerWorker: commitsPerWorker
    ).run(from: "HEAD") { git_commit_id($0).pointee.hex }
    return walked.changes.map { list in
      list.map { "\(walked.commits[Int($0.commit)]) \($0.blobID?.hex ?? "gone")" }
    }
  }

  @Test func comparingCommitsOnEveryCoreFindsWhatOneThreadFinds() throws {
    let temp = try TempRepo()
    try temp.commit(["isms/a.md": "1", "isms/risks/r1.md": "1", "isms/risks/r2.md": "1"], date: 1000)
    var date = 1000
    func next() -> Int {
      date += 10
      return date
    }
    for step in 0..<12 {
      try temp.commit(["isms/risks/r\(step % 3 + 1).md": "v\(step)"], date: next())
      if step == 4 { try temp.commit(["isms/risks/r2.md": nil], date: next()) }
      if step == 7 { try temp.commit(["isms/risks/r2.md": "back"], date: next()) }
    }
    try temp.git("checkout", "-q", "-b", "side")
    try temp.commit(["isms/a.md": "side", "isms/b.md": "side"], date: next())
    try temp.commit(["isms/risks/r1.md": "side"], date: next())
    try temp.git("checkout", "-q", "main")
    try temp.commit(["isms/a.md": "main"], date: next())
    try temp.git(
      "merge", "-q", "-X", "ours", "--no-ff", "-m", "merge", "side",
      environment: ["GIT_COMMITTER_DATE": "@\(next()) +0000"])
    try temp.commit(["isms/risks/r3.md": "last"], date: next())
    let paths = [
      "isms/a.md", "isms/b.md", "isms/risks/r1.md", "isms/risks/r2.md", "isms/risks/r3.md", "isms/risks",
    ]

    let sequential = try walk(temp.repo, paths: paths, commitsPerWorker: .max)
    let parallel = try walk(temp.repo, paths: paths, commitsPerWorker: 1)
    #expect(parallel == sequential)
    // The witness: git log lists the same commits for each path.
    for (path, list) in zip(paths, sequential) {
      let witness = try temp.git("log", "--date-order", "--format=%H", "--", path)
      #expect(
        list.map { String($0.prefix(40)) } == witness.split(separator: "\n").map(String.init), "\(path)")
    }
    #expect(sequential[3].contains { $0.hasSuffix(" gone") }, "r2.md was removed once")
  }
}
