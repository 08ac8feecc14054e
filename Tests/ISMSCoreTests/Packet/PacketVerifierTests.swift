import Foundation
import ISMSCore
import Testing

@Suite struct PacketVerifierTests {
  let policy = "documents/policies/A.5.1.md"

  @Test func aFreshPacketPasses() throws {
    let build = try PacketFixture.build()
    let report = try PacketVerifier.verify(build.archive)
    #expect(report.problems == [])
    #expect(report.isValid)
    #expect(report.manifest == build.manifest)
  }

  @Test func oneChangedByteIsAHashMismatchOfThatFile() throws {
    let archive = try PacketFixture.rezip(try PacketFixture.build().archive) { entries in
      guard let index = entries.firstIndex(where: { $0.path == policy }) else { return }
      entries[index].contents[5] ^= 0x01
    }
    let report = try PacketVerifier.verify(archive)
    // The document's bytes match neither their SHA-256 nor their git blob id.
    #expect(report.problems.map(\.path) == [policy, policy])
    guard case .hashMismatch = report.problems.first?.kind, case .notTheBlob = report.problems.last?.kind
    else {
      Issue.record("expected a hash mismatch and another blob, got \(report.problems)")
      return
    }
  }

  @Test func anAddedFileIsExtra() throws {
    let archive = try PacketFixture.rezip(try PacketFixture.build().archive) { entries in
      entries.append(PacketEntry(path: "evidence/smuggled.txt", contents: Data("hi".utf8)))
    }
    #expect(
      try PacketVerifier.verify(archive).problems == [
        PacketProblem(path: "evidence/smuggled.txt", kind: .extra)
      ])
  }

  @Test func aRemovedFileIsMissing() throws {
    let archive = try PacketFixture.rezip(try PacketFixture.build().archive) { entries in
      entries.removeAll { $0.path == "index.html" }
    }
    #expect(
      try PacketVerifier.verify(archive).problems == [PacketProblem(path: "index.html", kind: .missing)])
  }

  @Test func anEditedManifestHashIsAMismatchOfThatFile() throws {
    let build = try PacketFixture.build()
    guard let listed = build.manifest.files.first(where: { $0.path == "index.html" }) else {
      Issue.record("index.html not listed")
      return
    }
    let forged = String(repeating: "0", count: 64)
    let archive = try PacketFixture.rezip(build.archive) { entries in
      guard let index = entries.firstIndex(where: { $0.path == PacketArchive.manifestPath }) else { return }
      entries[index].contents = PacketFixture.patch(entries[index].contents, listed.sha256, with: forged)
    }
    #expect(
      try PacketVerifier.verify(archive).problems == [
        PacketProblem(path: "index.html", kind: .hashMismatch(expected: forged, actual: listed.sha256))
      ])
  }

  @Test func aWrongSizeIsReported() throws {
    let build = try PacketFixture.build()
    var manifest = build.manifest
    manifest.files = manifest.files.map { file in
      var file = file
      if file.path == "index.html" { file.size += 1 }
      return file
    }
    let json = try manifest.jsonData()
    let archive = try PacketFixture.rezip(build.archive) { entries in
      entries.removeAll { $0.path == PacketArchive.manifestPath }
      entries.append(PacketEntry(path: PacketArchive.manifestPath, contents: json))
    }
    let size = PacketFixture.files[1].contents.count
    #expect(
      try PacketVerifier.verify(archive).problems == [
        PacketProblem(path: "index.html", kind: .sizeMismatch(expected: size + 1, actual: size))
      ])
  }

  @Test func aMissingOrBrokenManifestIsReportedNotThrown() throws {
    let build = try PacketFixture.build()
    let withoutManifest = try PacketFixture.rezip(build.archive) { entries in
      entries.removeAll { $0.path == PacketArchive.manifestPath }
    }
    let broken = try PacketFixture.rezip(build.archive) { entries in
      guard let index = entries.firstIndex(where: { $0.path == PacketArchive.manifestPath }) else { return }
      entries[index].contents = Data("{ not json".utf8)
    }
    for archive in [withoutManifest, broken] {
      let report = try PacketVerifier.verify(archive)
      #expect(report.manifest == nil)
      #expect(!report.isValid)
      #expect(report.problems.map(\.path) == [PacketArchive.manifestPath])
      guard case .unreadableManifest = report.problems.first?.kind else {
        Issue.record("expected an unreadable manifest, got \(report.problems)")
        continue
      }
    }
  }

  @Test func manifestJSONIsStable() throws {
    let manifest = try PacketFixture.build([PacketFixture.files[0], PacketFixture.files[2]]).manifest
    let expected = """
      {
        "audit" : {
          "id" : "AUD-2026-01",
          "kind" : "certification"
        },
        "built_from" : {
          "as_of" : "2026-03-01",
          "audience" : "auditor",
          "audit" : "AUD-2026-01",
          "kind" : "stage2",
          "today" : "2026-03-02"
        },
        "files" : [
          {
            "blob_id" : "cdc9248a72f389967adc81839061405eb30889d2",
            "path" : "documents/policies/A.5.1.md",
            "sha256" : "\(PacketDigest.sha256(PacketFixture.files[0].contents))",
            "size" : 1450,
            "source_path" : "policies/A.5.1.md"
          },
          {
            "path" : "evidence/empty.txt",
            "sha256" : "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "size" : 0
          }
        ],
        "format" : "isms-packet/2",
        "source_commit" : "0123456789abcdef0123456789abcdef01234567",
        "source_commit_date" : "2026-03-01T09:30:05Z",
        "tool_version" : "0.1.0"
      }

      """
    #expect(String(decoding: try manifest.jsonData(), as: UTF8.self) == expected)
    #expect(try PacketManifest(jsonData: try manifest.jsonData()) == manifest)
  }

  @Test func sourcesAreCheckedAgainstTheRepository() throws {
    let manifest = try PacketFixture.build().manifest
    #expect(PacketVerifier.checkSources(of: manifest) { _ in PacketFixture.blob } == [])
    let other = String(repeating: "1", count: 40)
    #expect(
      PacketVerifier.checkSources(of: manifest) { _ in other } == [
        PacketProblem(
          path: policy,
          kind: .blobMismatch(sourcePath: "policies/A.5.1.md", expected: PacketFixture.blob, actual: other))
      ])
    #expect(
      PacketVerifier.checkSources(of: manifest) { _ in nil } == [
        PacketProblem(path: policy, kind: .notInRepository(sourcePath: "policies/A.5.1.md"))
      ])
  }
}
