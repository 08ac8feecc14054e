import Foundation
import Testing

@Suite("Hardening: standard output that cannot be written")
struct HardeningStandardStreamsTests {
  /// Runs `isms` with standard output on `/dev/full` (every write fails with ENOSPC).
  func runIntoFullDisk(_ arguments: [String], in directory: URL) throws -> ProcessResult {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    defer { try? full.close() }
    return try Watchdog.isms(arguments, in: directory, standardOutput: full)
  }

  @Test(
    "a full disk on standard output is a message and exit 1, not a crash",
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func fullDisk() throws {
    let repository = try HostileRepository()
    for arguments in [
      ["soa", "--format", "csv"], ["soa"], ["validate"], ["status"], ["review", "log", "POL-001"],
      ["calendar"],
      ["review", "codeowners", "--output", "-"], ["validate", "--format", "json"],
    ] {
      let result = try runIntoFullDisk(arguments + ["--today", "2026-11-29"], in: repository.url)
      #expect(result.status == 1, "isms \(arguments): status \(result.status), \(result.stderr)")
      #expect(
        result.stderr.contains("cannot write to standard output: No space left on device"),
        "isms \(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("Fatal error"), "isms \(arguments): \(result.stderr)")
    }
  }
}

extension HardeningStandardStreamsTests {
  @Test("a closed standard output is reported, and no file isms opens takes its place")
  func closedStandardOutput() throws {
    let repository = try HostileRepository()
    for arguments in [
      ["status"], ["soa", "--format", "csv"], ["review", "record", "RISK-001", "--by", "ada"],
    ] {
      let before = try Subprocess.git(["fsck", "--strict"], in: repository.url)
      let result = try Subprocess.run(
        URL(fileURLWithPath: "/bin/sh"),
        ["-c", "exec \"$0\" \"$@\" >&-", ISMSProcess.executable.path] + arguments + [
          "--today", "2026-03-01",
        ],
        in: repository.url)
      #expect(result.status == 1, "isms \(arguments): \(result.stderr)")
      #expect(
        result.stderr.contains("cannot write to standard output: Bad file descriptor"),
        "isms \(arguments): \(result.stderr)")
      #expect(try Subprocess.git(["fsck", "--strict"], in: repository.url).status == before.status)
      #expect(try Subprocess.git(["status", "--porcelain"], in: repository.url).stdout.isEmpty)
    }
  }
}
