import Foundation
import ISMSCore
import Testing

@testable import GitStore

@Suite struct CommitIdentityTests {
  @Test("the committer is who made the commit, the author whom it stands for")
  func committerAndAuthor() throws {
    let temp = try TempRepo()
    let runner = Identity(name: "Runner", email: "runner@example.org")
    let commit = try temp.repo.commit(
      [.write(path: "a.md", contents: Data("one\n".utf8))], root: "", message: "First", author: alice,
      committer: runner, date: at(1000), timeZoneOffsetMinutes: 60)
    #expect(commit.author == alice && commit.committer == runner)
    #expect(try temp.git("log", "-1", "--format=%an|%cn") == "\(alice.name)|Runner")
  }

  @Test("a date before the parent's keeps the author date; the committer date stays the parent's")
  func committerDateNeverGoesBack() throws {
    let temp = try TempRepo()
    let first = try temp.commit(["a.md": "one\n"], date: 5000)
    let second = try temp.commit(["a.md": "two\n"], date: 1000)
    #expect(second.authorDate == at(1000))
    #expect(second.committerDate == first.committerDate)
    #expect(second.committerTimeZoneOffsetMinutes == first.committerTimeZoneOffsetMinutes)
    let third = try temp.commit(["a.md": "three\n"], date: 9000)
    #expect(third.committerDate == at(9000) && third.authorDate == at(9000))
    #expect(try temp.repo.lastCommit(atOrBefore: at(4999))?.id == nil)
    #expect(try temp.repo.lastCommit(atOrBefore: at(5000))?.id == second.id)
  }
}
