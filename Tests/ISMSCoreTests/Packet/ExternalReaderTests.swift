import Foundation
import ISMSCore
import Testing

/// Reads a packet with the tools an auditor has: Python's zipfile and Info-ZIP's `unzip -t`.
@Suite struct ExternalReaderTests {
  static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }

  static func withArchive<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("packet-\(UUID().uuidString).zip")
    try PacketFixture.build().archive.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
  }

  @Test(.enabled(if: executable("python3") != nil, "python3 is not installed"))
  func pythonZipfileReadsThePacket() throws {
    let script = """
      import hashlib, json, sys, zipfile
      with zipfile.ZipFile(sys.argv[1]) as z:
          assert z.testzip() is None
          manifest = json.loads(z.read("manifest.json"))
          for f in manifest["files"]:
              assert hashlib.sha256(z.read(f["path"])).hexdigest() == f["sha256"], f["path"]
          for i in z.infolist():
              assert i.date_time == (2026, 3, 1, 9, 30, 4), i.date_time
              assert i.external_attr >> 16 == 0o100644, oct(i.external_attr >> 16)
              assert i.extra == b"", i.extra
          assert z.getinfo("documents/policies/A.5.1.md").compress_type == zipfile.ZIP_DEFLATED
          assert z.getinfo("evidence/empty.txt").compress_type == zipfile.ZIP_STORED
          print(" ".join(i.filename for i in z.infolist()))
      """
    let python = try #require(Self.executable("python3"))
    let result = try Self.withArchive { try Self.run(python, ["-c", script, $0.path]) }
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output
        == "documents/policies/A.5.1.md evidence/binary.bin evidence/empty.txt index.html manifest.json\n")
  }

  @Test(.enabled(if: executable("unzip") != nil, "unzip is not installed"))
  func unzipTestsThePacket() throws {
    let unzip = try #require(Self.executable("unzip"))
    let result = try Self.withArchive { try Self.run(unzip, ["-t", $0.path]) }
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("No errors detected"))
  }
}
