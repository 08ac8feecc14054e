import Foundation
import ISMSCore
import Testing

@Suite("isms packet: nothing hidden, and verify proves the packet")
struct PacketCommandProofTests {
  /// A policy whose front-matter is not YAML.
  static let broken = """
    ---
    id: POL-777
    kind: policy
    title: [unclosed
    ---

    # Broken
    """

  @Test("a document that cannot be read stops the packet, named with its line")
  func invalidDocumentFails() throws {
    var fixture = try PacketCommandFixture()
    try fixture.write("policies/broken.md", Self.broken)
    try fixture.commit("Add a broken policy", day: "2026-03-06")
    let output = fixture.folder.url.appendingPathComponent("p.zip")
    let result = try fixture.isms([
      "packet", "--kind", "internal", "--today", "2026-06-01", "-o", output.path,
    ])
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.contains("policies/broken.md:5: error:"), "\(result.stderr)")
    #expect(result.stderr.contains("--allow-invalid"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test("with --allow-invalid the index and the manifest list the document left out and why")
  func allowInvalidListsExcluded() throws {
    var fixture = try PacketCommandFixture()
    try fixture.write("policies/broken.md", Self.broken)
    try fixture.commit("Add a broken policy", day: "2026-03-06")
    let packet = try fixture.packet("p.zip", ["--kind", "internal", "--allow-invalid"])
    let manifest = try PacketCommandFixture.manifest(packet)
    let excluded = try #require(manifest.excluded)
    #expect(excluded.map(\.path) == ["policies/broken.md"])
    #expect(excluded[0].reasons.first?.hasPrefix("line 5: ") == true, "\(excluded)")
    let entries = try PacketArchive.entries(of: try Data(contentsOf: packet))
    let index = String(
      decoding: try #require(entries.first { $0.path == "index.html" }).contents, as: UTF8.self)
    #expect(index.contains("Documents left out"))
    #expect(index.contains("<code>policies/broken.md</code>"))
    let verified = try ISMSProcess.run(["packet", "verify", packet.path, "--repo", fixture.url.path])
    #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
  }

  @Test("--rev HEAD and --rev with the full commit id give the same bytes")
  func revisionSpellingIsNotRecorded() throws {
    let fixture = try PacketCommandFixture()
    let id = try #require(fixture.commits["2026-03-05"])
    let byName = try Data(
      contentsOf: try fixture.packet("head.zip", ["--kind", "internal", "--rev", "HEAD"]))
    let byID = try Data(contentsOf: try fixture.packet("id.zip", ["--kind", "internal", "--rev", id]))
    let byBranch = try Data(
      contentsOf: try fixture.packet("main.zip", ["--kind", "internal", "--rev", "main"]))
    #expect(byName == byID)
    #expect(byName == byBranch)
  }

  @Test("an edited source file with its SHA-256 fixed fails, with and without --repo")
  func editedSource() throws {
    let fixture = try PacketCommandFixture()
    let packet = try fixture.packet("p.zip")
    let forged = try fixture.forged(packet, "forged.zip") { entries, _ in
      let index = try #require(entries.firstIndex { $0.path == "source/scope.md" })
      entries[index].contents.append(contentsOf: Data("\nOut of scope: everything.\n".utf8))
    }
    for arguments in [[], ["--repo", fixture.url.path]] {
      let result = try ISMSProcess.run(["packet", "verify", forged.path] + arguments)
      #expect(result.status == 1, "\(arguments): \(result.stdout)")
      #expect(result.stdout.contains("FAILED source/scope.md: hashes to git blob"), "\(result.stdout)")
    }
  }

  @Test("a document removed from zip and manifest fails against --repo, naming it")
  func removedDocument() throws {
    let fixture = try PacketCommandFixture()
    let packet = try fixture.packet("p.zip")
    let forged = try fixture.forged(packet, "forged.zip") { entries, _ in
      entries.removeAll {
        ["source/policies/hostile.md", "documents/policies/hostile.html"].contains($0.path)
      }
    }
    let alone = try ISMSProcess.run(["packet", "verify", forged.path])
    #expect(alone.status == 0, "\(alone.stdout)")
    #expect(alone.stdout.contains("Provenance NOT checked"), "\(alone.stdout)")
    let result = try ISMSProcess.run(["packet", "verify", forged.path, "--repo", fixture.url.path])
    #expect(result.status == 1, "\(result.stdout)")
    #expect(
      result.stdout.contains(
        "FAILED source/policies/hostile.md: policies/hostile.md of the source commit belongs in this packet but is missing"
      ), "\(result.stdout)")
  }

  @Test("edited HTML or CSV with its SHA-256 fixed fails against --repo, naming the first file that differs")
  func editedRenderedFiles() throws {
    let fixture = try PacketCommandFixture()
    let packet = try fixture.packet("p.zip")
    for path in ["soa.html", "risks.csv"] {
      let forged = try fixture.forged(packet, "forged-\(path).zip") { entries, _ in
        let index = try #require(entries.firstIndex { $0.path == path })
        entries[index].contents.append(contentsOf: Data(" ".utf8))
      }
      let result = try ISMSProcess.run(["packet", "verify", forged.path, "--repo", fixture.url.path])
      #expect(result.status == 1, "\(path): \(result.stdout)")
      #expect(
        result.stdout.contains("FAILED \(path): differs from the packet built again"), "\(result.stdout)")
    }
  }

  @Test("packets of every audience, kind and date verify against --repo by building them again")
  func rebuildsWithRecordedOptions() throws {
    let fixture = try PacketCommandFixture()
    let cases = [
      ["--kind", "surveillance", "--as-of", "2026-02-04"], ["--audience", "customer"],
      ["--kind", "stage2", "--rev", "HEAD~1"],
    ]
    for (number, arguments) in cases.enumerated() {
      let packet = try fixture.packet("p\(number).zip", arguments)
      let result = try ISMSProcess.run(["packet", "verify", packet.path, "--repo", fixture.url.path])
      #expect(result.status == 0, "\(arguments): \(result.stdout)\(result.stderr)")
      #expect(result.stdout.contains("gives the same bytes"), "\(arguments): \(result.stdout)")
    }
  }
}
