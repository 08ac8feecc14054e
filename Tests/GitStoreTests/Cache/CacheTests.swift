import Foundation
import ISMSCore
import Testing

@testable import GitStore

/// The front-matter cache of a repository: inside the git folder, same results as without it.
@Suite struct CacheTests {
  func summary(_ result: ISMSLoadResult) -> [String] {
    result.diagnostics.map { "\($0)" }
      + result.isms.documents.map { "\($0.path) \($0.frontMatter) \($0.body) \($0.bodyFirstLine)" }
  }

  @Test("giving back a slice of a mapped cache file, then all of it, drops the whole pages inside")
  func releasedFileReadsTheSame() throws {
    let temp = try TempRepo()
    let folder = CacheFolder(directory: temp.path + "/cache")
    let bytes = Data((0..<(1 << 22)).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })
    #expect(folder.write(bytes, to: "f.bin"))
    let mapped = try #require(folder.read("f.bin"))
    #expect(mapped == bytes)
    let path = folder.directory + "/f.bin"
    let before = Self.residentKiB(of: path)
    // From one byte into the second page to 7 bytes past 2 MiB: 511 whole pages (the system may
    // count in larger blocks of pages); a slice inside one page gives back none.
    folder.release(mapped[4_097..<((1 << 21) + 7)])
    folder.release(mapped[100..<200])
    let slice = Self.residentKiB(of: path)
    #expect(
      before >= 4_096 && (1_900...2_200).contains(before - slice), "\(before) KiB resident, then \(slice)")
    #expect(mapped == bytes)
    folder.release(mapped)
    let after = Self.residentKiB(of: path)
    #expect(after < before / 2, "\(before) KiB resident, then \(after)")
    #expect(mapped == bytes)
  }

  /// The resident KiB of this process's mappings of `path`, from `/proc/self/smaps`.
  static func residentKiB(of path: String) -> Int {
    guard let smaps = try? String(contentsOfFile: "/proc/self/smaps", encoding: .utf8) else { return -1 }
    var total = 0
    var inFile = false
    for line in smaps.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      if let first = fields.first, first.contains("-"), !first.hasSuffix(":") {
        inFile = fields.last.map { String($0) } == path
      } else if inFile, fields.first == "Rss:", fields.count > 1 {
        total += Int(fields[1]) ?? 0
      }
    }
    return total
  }

  @Test func cachedLoadsOfTheWorkingTreeAndARevisionMatchUncachedOnes() throws {
    let temp = try TempRepo()
    let files = [
      "isms.yml": "organization: Example\n",
      "policies/a.md": "---\nid: POL-001\nkind: policy\ntitle: A\n---\n# A\n",
      "policies/b.md": "---\nid: [x\n---\n",
      "README.md": "# readme\n",
    ]
    try temp.commit(files)
    let plainTree = summary(ISMS.load(from: try temp.repo.workingTreeSnapshot()))
    let plainRev = summary(ISMS.load(from: try temp.repo.snapshot(at: "HEAD")))
    temp.repo.enableFrontMatterCache()
    #expect(temp.repo.frontMatterCacheDirectory.hasPrefix(temp.repo.gitDirectory + "/"))
    for _ in 0..<2 {
      #expect(summary(ISMS.load(from: try temp.repo.workingTreeSnapshot())) == plainTree)
      #expect(summary(ISMS.load(from: try temp.repo.snapshot(at: "HEAD"))) == plainRev)
    }
    #expect(
      FileManager.default.fileExists(
        atPath: temp.repo.frontMatterCacheDirectory + "/" + FrontMatterCache.fileName))
    // A changed file is read again, not taken from the cache.
    try Data("---\nid: POL-001\nkind: policy\ntitle: B\n---\n# B\n".utf8)
      .write(to: URL(fileURLWithPath: temp.path + "/policies/a.md"))
    let changed = ISMS.load(from: try temp.repo.workingTreeSnapshot())
    #expect(changed.isms.document(id: "POL-001")?.title == "B")
    #expect(changed.isms.document(id: "POL-001")?.body == "# B\n")
  }

  @Test func loadingWithoutBodiesKeepsTheFrontMatterAndServesBothFromTheCache() throws {
    let temp = try TempRepo()
    try temp.commit([
      "isms.yml": "organization: Example\n",
      "policies/a.md": "---\nid: POL-001\nkind: policy\ntitle: A\n---\n# A\n",
    ])
    temp.repo.enableFrontMatterCache()
    for snapshot in [try temp.repo.workingTreeSnapshot() as Snapshot, try temp.repo.snapshot(at: "HEAD")] {
      for _ in 0..<2 {
        let lean = ISMS.load(from: snapshot, bodies: .skipped).isms.document(id: "POL-001")
        let full = ISMS.load(from: snapshot).isms.document(id: "POL-001")
        #expect(lean?.body == "")
        #expect(full?.body == "# A\n")
        #expect(lean?.frontMatter == full?.frontMatter)
        #expect(lean?.bodyFirstLine == full?.bodyFirstLine)
      }
    }
  }

  func summary(_ histories: [String: [DocumentRevision]]) -> [String] {
    histories.keys.sorted().flatMap { path in
      (histories[path] ?? []).map { revision in
        "\(path) \(revision.commitID) \(revision.author) \(revision.date) \(revision.timeZoneOffsetMinutes) "
          + "\(revision.summary) \(revision.trailers.map { "\($0.key)=\($0.value)" }) "
          + "\(revision.document.map { "\($0.id) \($0.frontMatter) \($0.body) \($0.bodyFirstLine)" } ?? "-")"
      }
    }
  }

  @Test func cachedDocumentHistoriesMatchWalkedOnesAndSurviveADamagedFile() throws {
    let temp = try TempRepo()
    let text = { (version: String) in
      "---\nid: POL-001\nkind: policy\nversion: \"\(version)\"\n---\nBody \(version)\n"
    }
    try temp.commit(["p/a.md": text("1.0"), "p/b.md": "---\nid: [x\n---\n"], date: 1000)
    try temp.commit(["p/a.md": "no front-matter"], message: "Edit\n\nISMS-Review: POL-001\n", date: 1100)
    try temp.commit(["p/a.md": text("2.0"), "p/b.md": nil], date: 1200)
    let paths = ["p/a.md", "p/b.md", "p/c.md"]
    let walked = summary(try temp.repo.documentHistories(of: paths))
    temp.repo.enableFrontMatterCache()
    let directory = temp.repo.frontMatterCacheDirectory
    let head = try temp.repo.resolve("HEAD").id
    let file = directory + "/history-\(head).bin"
    // Cold (walks and writes), warm (reads the file), then a subset, then with the file damaged.
    #expect(summary(try temp.repo.documentHistories(of: paths, cached: true)) == walked)
    #expect(FileManager.default.fileExists(atPath: file))
    #expect(FileManager.default.fileExists(atPath: directory + "/" + FrontMatterCache.versionsFileName))
    #expect(summary(try temp.repo.documentHistories(of: paths, cached: true)) == walked)
    let subset = summary(try temp.repo.documentHistories(of: ["p/a.md"], cached: true))
    #expect(subset == walked.filter { $0.hasPrefix("p/a.md ") })
    var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    bytes[bytes.count - 3] ^= 0xFF
    try bytes.write(to: URL(fileURLWithPath: file))
    #expect(summary(try temp.repo.documentHistories(of: paths, cached: true)) == walked)
    // A file for other paths does not answer for a new one.
    #expect(
      HistoryCache.read(
        directory: directory, commit: head, root: "", paths: ["p/d.md"], build: BuildIdentity.current) == nil)
  }
}
