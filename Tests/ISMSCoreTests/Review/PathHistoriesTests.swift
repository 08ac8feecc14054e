import Foundation
import Testing

@testable import ISMSCore

/// Path histories hold each commit once; a path's list is places in the table, read back in order.
@Suite struct PathHistoriesTests {
  static func commit(_ id: String, day: Int) -> DocumentRevision {
    DocumentRevision(
      commitID: String(repeating: id, count: 40), author: Identity(name: "A", email: "a@example.com"),
      date: Date(timeIntervalSince1970: TimeInterval(day * 86_400)), timeZoneOffsetMinutes: 60,
      summary: "Change \(id)", trailers: [(key: "ISMS-Review", value: "POL-\(id)")], document: nil)
  }

  static let histories = PathHistories(
    commits: [commit("c", day: 3), commit("b", day: 2), commit("a", day: 1)],
    changes: [
      "p/a.md": [
        .init(commit: 0, blobID: ObjectID(hex: String(repeating: "1", count: 40))),
        .init(commit: 2, blobID: nil),
      ],
      "p/b.md": [.init(commit: 1, blobID: ObjectID(hex: String(repeating: "2", count: 40)))],
      "p/c.md": [],
    ])

  @Test func aPathsCommitsAreItsPlacesInTheTable() {
    #expect(Self.histories["p/a.md"]?.map(\.summary) == ["Change c", "Change a"])
    #expect(Self.histories["p/c.md"]?.isEmpty == true)
    #expect(Self.histories["p/d.md"] == nil)
    #expect(Self.histories.only(["p/b.md", "p/c.md"])?.changes.keys.sorted() == ["p/b.md", "p/c.md"])
    #expect(Self.histories.only(["p/a.md", "p/d.md"]) == nil)
  }

  @Test func listsOfRevisionsKeepTheirDocuments() throws {
    let document = try #require(
      DocumentText.read(Data("---\nid: POL-001\nkind: policy\n---\nText\n".utf8), path: "p/a.md"))
    let revision = Self.commit("a", day: 1)
    let held = PathHistories([
      "p/a.md": [
        DocumentRevision(
          commitID: revision.commitID, author: revision.author, date: revision.date,
          timeZoneOffsetMinutes: revision.timeZoneOffsetMinutes, summary: revision.summary,
          trailers: revision.trailers, document: document)
      ]
    ])
    #expect(held["p/a.md"]?.first?.document?.id == "POL-001")
    #expect(held.changes["p/a.md"]?.first?.blobID == nil)
  }

  /// What a file gives back, as text to compare.
  private func summary(_ histories: PathHistories?) -> [String] {
    guard let histories else { return ["none"] }
    return histories.changes.keys.sorted().flatMap { path in
      (histories.changes[path] ?? []).map { change in
        let commit = histories.commits[Int(change.commit)]
        return "\(path) \(commit.commitID) \(commit.author) \(commit.date) \(commit.timeZoneOffsetMinutes) "
          + "\(commit.summary) \(commit.trailers.map { "\($0.key)=\($0.value)" }) \(change.blobID?.hex ?? "-")"
      }
    }
  }

  @Test func theHistoryCacheFileGivesBackWhatItHolds() {
    let paths = ["p/a.md", "p/b.md", "p/c.md"]
    let file = HistoryCache.encode(Self.histories, commit: "head", root: "isms", build: "b1")
    let read = HistoryCache.decode(file, commit: "head", root: "isms", paths: paths, build: "b1")
    #expect(summary(read) == summary(Self.histories))
    #expect(summary(read).count == 3)
    #expect(
      summary(HistoryCache.decode(file, commit: "head", root: "isms", paths: ["p/b.md"], build: "b1")).count
        == 1)
    // Another commit, root, build or a path it does not hold: no answer.
    #expect(HistoryCache.decode(file, commit: "other", root: "isms", paths: paths, build: "b1") == nil)
    #expect(HistoryCache.decode(file, commit: "head", root: "", paths: paths, build: "b1") == nil)
    #expect(HistoryCache.decode(file, commit: "head", root: "isms", paths: paths, build: "b2") == nil)
    #expect(HistoryCache.decode(file, commit: "head", root: "isms", paths: ["p/d.md"], build: "b1") == nil)
    // Any byte changed after the header, or the file cut short: no answer, and no crash.
    for position in stride(from: file.count - 1, through: file.count / 2, by: -7) {
      var damaged = file
      damaged[position] ^= 0x5A
      #expect(HistoryCache.decode(damaged, commit: "head", root: "isms", paths: paths, build: "b1") == nil)
    }
    #expect(
      HistoryCache.decode(file.dropLast(), commit: "head", root: "isms", paths: paths, build: "b1") == nil)
  }
}
