import Foundation
import ISMSCore
import Testing

/// `packet verify` reads the zip from disk entry by entry: run with its data segment limited to
/// 64 MiB (`ulimit -d`), it still reads entries far larger than that, and a file of gigabytes.
@Suite("isms packet verify in bounded memory")
struct PacketCommandVerifyLimitsTests {
  /// Runs `isms packet verify file` with at most 64 MiB of heap.
  static func verifyInLittleMemory(_ file: URL) throws -> ProcessResult {
    try Subprocess.run(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", "ulimit -d 65536 && exec \"$0\" packet verify \"$1\"", ISMSProcess.executable.path, file.path])
  }

  @Test("two entries of 100 MiB each, deflated to 100 KB, are read through in 64 MiB")
  func largeEntries() throws {
    let folder = try TemporaryFolder("isms-bomb")
    let matches = 100 << 20 / 258
    let size = 1 + 258 * matches
    let deflated = CraftedZip.zeros(matches: matches)
    let crc = CraftedZip.crcOfZeros(size)
    let zip = CraftedZip.archive([
      ("one.bin", deflated, size, crc), ("two.bin", deflated, size, crc),
    ])
    #expect(zip.count < 300_000)
    let file = folder.url.appendingPathComponent("bomb.zip")
    try zip.write(to: file)
    let result = try Self.verifyInLittleMemory(file)
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    // Both entries were inflated and checked: only the missing manifest is left to report.
    #expect(result.stdout.contains("FAILED manifest.json: unreadable manifest: missing"), "\(result.stdout)")
  }

  @Test("a declared size past the limit, or a ratio only a zip bomb has, is refused before inflating")
  func declaredSizes() throws {
    let folder = try TemporaryFolder("isms-bomb")
    let deflated = CraftedZip.zeros(matches: 1000)
    let cases: [(Int, String)] = [
      ((1 << 30) + 1, "declares 1073741825 bytes, more than 1073741824"),
      (deflated.count * 1_200, "compression ratio above 1100"),
    ]
    for (size, message) in cases {
      let file = folder.url.appendingPathComponent("\(size).zip")
      try CraftedZip.archive([("x.bin", deflated, size, 0)]).write(to: file)
      let result = try Self.verifyInLittleMemory(file)
      #expect(result.status == 1)
      #expect(result.stdout.contains(message), "\(result.stdout)")
    }
  }

  @Test("a file of 3 GB is refused after reading its last 64 KiB")
  func hugeFile() throws {
    let folder = try TemporaryFolder("isms-huge")
    let file = folder.url.appendingPathComponent("huge.zip")
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    let handle = try FileHandle(forWritingTo: file)
    try handle.truncate(atOffset: 3 << 30)  // sparse: no disk used
    try handle.close()
    let result = try Self.verifyInLittleMemory(file)
    #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("no end of central directory record"), "\(result.stdout)")
  }
}
