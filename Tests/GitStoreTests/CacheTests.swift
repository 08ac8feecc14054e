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
      FileManager.default.fileExists(atPath: temp.repo.frontMatterCacheDirectory + "/" + FrontMatterCache.fileName))
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
        let lean = ISMS.load(from: snapshot, bodies: false).isms.document(id: "POL-001")
        let full = ISMS.load(from: snapshot).isms.document(id: "POL-001")
        #expect(lean?.body == "")
        #expect(full?.body == "# A\n")
        #expect(lean?.frontMatter == full?.frontMatter)
        #expect(lean?.bodyFirstLine == full?.bodyFirstLine)
      }
    }
  }
}
