import Foundation
import Testing

@testable import GitStore

/// Reading pack indexes, and reading many blobs in pack order, against git's own tools.
@Suite struct PackOrderTests {
  /// A repository whose files change a little in every commit, so that packs hold delta chains.
  func repository(commits: Int = 6, files: Int = 40) throws -> TempRepo {
    let temp = try TempRepo()
    for commit in 0..<commits {
      var changes: [String: String?] = [:]
      for file in 0..<files {
        changes["d/\(file).md"] =
          "---\nid: D-\(file)\n---\n" + String(repeating: "line \(file)\n", count: 40) + "edit \(commit)\n"
      }
      try temp.commit(changes, message: "commit \(commit)", date: 1_700_000_000 + commit)
    }
    return temp
  }

  /// The pack indexes of the repository's object folder.
  func indexPaths(_ temp: TempRepo) throws -> [String] {
    let folder = temp.path + "/.git/objects/pack"
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".idx") }
      .sorted()
      .map { folder + "/" + $0 }
  }

  /// Every object of a pack with its type and offset, as `git verify-pack -v` lists them.
  func witnessObjects(_ temp: TempRepo, index: String) throws -> [(id: String, type: String, offset: UInt64)]
  {
    try temp.git("verify-pack", "-v", index).split(separator: "\n").compactMap { line in
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count >= 5, fields[0].count == 40, let offset = UInt64(fields[4]) else { return nil }
      return (String(fields[0]), String(fields[1]), offset)
    }
  }

  func offset(of id: String, in index: PackIndex) throws -> UInt64? {
    let hex = Array(id.utf8)
    let bytes = try (0..<20).map { byte in
      try #require(UInt8(String(decoding: hex[2 * byte..<2 * byte + 2], as: UTF8.self), radix: 16))
    }
    return bytes.withUnsafeBytes { index.offset(of: $0) }
  }

  /// Ids of the blobs HEAD's tree lists.
  func headBlobs(_ temp: TempRepo) throws -> [String] {
    try temp.repo.snapshot(at: "HEAD").entries.compactMap(\.blobID)
  }

  @Test(arguments: ["1", "2", "2,0x40"])
  func theIndexGivesTheOffsetsGitGives(indexVersion: String) throws {
    let temp = try repository()
    try temp.git("repack", "-adf", "-q")
    let original = try #require(try indexPaths(temp).first)
    let witness = Dictionary(
      uniqueKeysWithValues: try witnessObjects(temp, index: original).map { ($0.id, $0.offset) })
    #expect(witness.count > 200)
    #expect(witness.values.contains { $0 > 0x40 })
    // Written again in the format asked for; "2,0x40" puts every offset past 0x40 in the table of
    // 8-byte offsets.
    let rewritten = temp.path + "/rewritten.idx"
    try temp.git(
      "index-pack", "--index-version=\(indexVersion)", "-o", rewritten, original.dropLast(4) + ".pack")
    let index = try #require(PackIndex(path: rewritten))
    #expect(index.count == witness.count)
    for (id, expected) in witness { #expect(try offset(of: id, in: index) == expected, "\(id)") }
    #expect(try offset(of: String(repeating: "0", count: 40), in: index) == nil)
    #expect(try offset(of: String(repeating: "f", count: 40), in: index) == nil)
  }

  @Test func damagedIndexesAreRefused() throws {
    let temp = try repository(commits: 1)
    try temp.git("repack", "-adf", "-q")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: try #require(try indexPaths(temp).first)))
    #expect(PackIndex(bytes: bytes) != nil)
    #expect(PackIndex(bytes: bytes.prefix(bytes.count - 41)) == nil)
    #expect(PackIndex(bytes: bytes.prefix(100)) == nil)
    #expect(PackIndex(bytes: Data()) == nil)
    #expect(PackIndex(bytes: bytes + Data([0, 0, 0])) == nil)
    var version3 = bytes
    version3[7] = 3
    #expect(PackIndex(bytes: version3) == nil)
    // Fan-out counts must never decrease.
    var fanout = bytes
    fanout[8 + 4 * 200 + 3] = 0xff
    #expect(PackIndex(bytes: fanout) == nil)
  }

  @Test func blobsComeInPackOrderLooseOnesLastAsAsked() throws {
    let temp = try repository(commits: 3)
    try temp.git("repack", "-adf", "-q")
    let firstPack = try headBlobs(temp)
    try temp.commit(
      ["e/new.md": "second pack\n", "d/0.md": "changed for the second pack\n"], date: 1_700_000_100)
    try temp.git("repack", "-d", "-q")
    try temp.commit(["e/loose.md": "loose\n", "e/loose2.md": "loose too\n"], date: 1_700_000_200)
    let packs = try indexPaths(temp)
    #expect(packs.count == 2)
    let places = try packs.enumerated().flatMap { pack, path in
      try witnessObjects(temp, index: path).map { (id: $0.id, type: $0.type, pack: pack, offset: $0.offset) }
    }
    let loose = try headBlobs(temp).filter { id in !places.contains { $0.id == id } }
    #expect(loose.count == 2)
    let secondPack = places.filter { $0.pack == 1 && $0.type == "blob" }.map(\.id)
    #expect(!secondPack.isEmpty)
    let asked = loose.reversed() + firstPack.reversed() + secondPack + firstPack.prefix(3)
    let order = temp.repo.packOrder(of: asked)
    #expect(order.sorted() == Array(asked.indices))
    let placeOf = Dictionary(places.map { ($0.id, ($0.pack, $0.offset)) }, uniquingKeysWith: { $1 })
    let packed = try order.prefix(asked.count - loose.count).map { try #require(placeOf[asked[$0]]) }
    #expect(zip(packed, packed.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(order.suffix(loose.count).map { asked[$0] } == Array(loose.reversed()))
  }

  @Test func manyBlobsFromTwoPacksAndLooseObjectsComeBackInTheOrderAsked() throws {
    let temp = try repository(commits: 4, files: 60)
    try temp.git("repack", "-adf", "-q")
    let old = try headBlobs(temp)
    var changes: [String: String?] = [:]
    for file in 0..<60 where file % 3 == 0 { changes["d/\(file).md"] = "packed second \(file)\n" }
    try temp.commit(changes, date: 1_700_000_100)
    try temp.git("repack", "-d", "-q")
    changes = [:]
    for file in 0..<60 where file % 3 == 1 { changes["d/\(file).md"] = "loose \(file)\n" }
    try temp.commit(changes, date: 1_700_000_200)
    #expect(try indexPaths(temp).count == 2)
    let asked = Array(try headBlobs(temp).reversed()) + old + old.prefix(10).reversed()
    #expect(asked.count >= 128)
    let expected = try asked.map { try temp.repo.contents(ofBlob: $0) }
    #expect(try temp.repo.contents(ofBlobs: asked) == expected)
  }

  @Test func unusableOrWrongIndexesChangeNothingButTheOrder() throws {
    let temp = try repository(commits: 3, files: 70)
    try temp.git("repack", "-adf", "-q")
    let asked = Array(try headBlobs(temp).reversed()) + (try headBlobs(temp))
    #expect(asked.count >= 128)
    let expected = try asked.map { try temp.repo.contents(ofBlob: $0) }
    #expect(try temp.repo.contents(ofBlobs: asked) == expected)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: try #require(try indexPaths(temp).first)))
    // Indexes without packs, which libgit2 passes over: cut short, garbage, a folder, and one
    // that lists the real pack's objects at made-up offsets (sorted first, so it decides the order).
    let folder = temp.path + "/.git/objects/pack/pack-"
    try bytes.prefix(bytes.count / 2).write(
      to: URL(fileURLWithPath: folder + String(repeating: "1", count: 40) + ".idx"))
    try Data(repeating: 0xff, count: 5_000).write(
      to: URL(fileURLWithPath: folder + String(repeating: "2", count: 40) + ".idx"))
    try FileManager.default.createDirectory(
      atPath: folder + String(repeating: "3", count: 40) + ".idx", withIntermediateDirectories: false)
    var wrong = bytes
    let count = (try #require(PackIndex(bytes: bytes))).count
    let offsets = 8 + 1_024 + 24 * count
    for entry in 0..<count { wrong[offsets + 4 * entry + 3] = UInt8(truncatingIfNeeded: entry * 37) }
    try wrong.write(to: URL(fileURLWithPath: folder + String(repeating: "0", count: 40) + ".idx"))
    let order = temp.repo.packOrder(of: asked)
    #expect(order != Array(asked.indices))
    #expect(order.sorted() == Array(asked.indices))
    #expect(try temp.repo.contents(ofBlobs: asked) == expected)
  }
}
