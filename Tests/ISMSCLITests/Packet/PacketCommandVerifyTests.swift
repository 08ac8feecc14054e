import Foundation
import ISMSCore
import Testing

@Suite("isms packet verify")
struct PacketCommandVerifyTests {
  @Test("a packet as built passes, alone and against its repository")
  func passes() throws {
    let fixture = try PacketCommandFixture()
    let packet = try fixture.packet("p.zip")
    let alone = try ISMSProcess.run(["packet", "verify", packet.path])
    #expect(alone.status == 0, "\(alone.stdout)\(alone.stderr)")
    #expect(alone.stdout.hasPrefix("OK "))
    let withRepo = try ISMSProcess.run(["packet", "verify", packet.path, "--repo", fixture.url.path])
    #expect(withRepo.status == 0, "\(withRepo.stdout)\(withRepo.stderr)")
    #expect(withRepo.stdout.contains("gives the same bytes"), "\(withRepo.stdout)")
    #expect(alone.stdout.contains("Provenance NOT checked"))
  }

  @Test("one byte changed, a file added or a file removed fails, naming the file")
  func tampered() throws {
    let fixture = try PacketCommandFixture()
    let packet = try fixture.packet("p.zip")
    let original = try Data(contentsOf: packet)
    let manifest = try PacketCommandFixture.manifest(packet)
    let day = try #require(Day("2026-03-05"))
    let stamp = try #require(PacketTimestamp(day: day, hour: 12, minute: 0, second: 0))
    func rezipped(_ change: (inout [PacketEntry]) -> Void) throws -> Data {
      var entries = try PacketArchive.entries(of: original)
      change(&entries)
      return try PacketArchive.zip(entries, modified: stamp)
    }
    let cases: [(String, Data, String)] = [
      (
        "changed",
        try rezipped { entries in
          if let index = entries.firstIndex(where: { $0.path == "soa.csv" }) {
            entries[index].contents[0] ^= 0x01
          }
        }, "soa.csv"
      ),
      (
        "added", try rezipped { $0.append(PacketEntry(path: "extra/notes.txt", contents: Data("hi".utf8))) },
        "extra/notes.txt"
      ),
      ("removed", try rezipped { $0.removeAll { $0.path == "records.html" } }, "records.html"),
    ]
    #expect(manifest.files.contains { $0.path == "soa.csv" })
    for (name, data, file) in cases {
      let target = fixture.folder.url.appendingPathComponent("\(name).zip")
      try data.write(to: target)
      let result = try ISMSProcess.run(["packet", "verify", target.path])
      #expect(result.status == 1, "\(name)")
      #expect(result.stdout.contains("FAILED \(file):"), "\(name): \(result.stdout)")
    }
  }

  @Test("a byte flipped inside the zip fails naming the entry")
  func corrupted() throws {
    let fixture = try PacketCommandFixture()
    let packet = try fixture.packet("p.zip")
    var data = try Data(contentsOf: packet)
    let entries = try PacketArchive.entries(of: data)
    let first = try #require(entries.first)
    // The first local header is at offset 0: 30 bytes, then the name, then the data.
    data[30 + first.path.utf8.count + 2] ^= 0x20
    let target = fixture.folder.url.appendingPathComponent("flipped.zip")
    try data.write(to: target)
    let result = try ISMSProcess.run(["packet", "verify", target.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains(first.path), "\(result.stdout)")
  }

  @Test("a document that differs from the repository fails against --repo")
  func blobMismatch() throws {
    let fixture = try PacketCommandFixture()
    let packet = try fixture.packet("p.zip")
    let packetEntries = try PacketArchive.entries(of: try Data(contentsOf: packet))
    let manifestData = try #require(packetEntries.first { $0.path == "manifest.json" })
    var manifest = try PacketManifest(jsonData: manifestData.contents)
    let index = try #require(
      manifest.files.firstIndex { $0.sourcePath == "scope.md" && $0.path.hasPrefix("source/") })
    manifest.files[index].blobID = String(repeating: "a", count: 40)
    var entries = try PacketArchive.entries(of: try Data(contentsOf: packet))
    entries.removeAll { $0.path == "manifest.json" }
    entries.append(PacketEntry(path: "manifest.json", contents: try manifest.jsonData()))
    let target = fixture.folder.url.appendingPathComponent("forged.zip")
    try PacketArchive.zip(entries, modified: PacketTimestamp(unixTime: 0)).write(to: target)
    let result = try ISMSProcess.run(["packet", "verify", target.path, "--repo", fixture.url.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("FAILED source/scope.md:"), "\(result.stdout)")
  }
}
