import Foundation
import Testing

/// Starts `isms` runs that record reviews of RISK-001 on advancing days, and checks the repository.
struct KillHarness {
  let repository: HostileRepository
  let risk = "risks/RISK-001.md"

  init() throws { repository = try HostileRepository() }

  /// The day `index` days after 2026-03-01.
  static func day(_ index: Int) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date(timeIntervalSince1970: 1_772_323_200 + Double(index) * 86_400))
  }

  /// Starts one `review record` for `day`.
  func start(day: String) throws -> Process {
    let process = Process()
    process.executableURL = ISMSProcess.executable
    process.arguments = ["review", "record", "RISK-001", "--by", "ada", "--today", day]
    process.currentDirectoryURL = repository.url
    process.environment = [
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "GIT_CONFIG_NOSYSTEM": "1", "HOME": TestHome.shared.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return process
  }

  func git(_ arguments: [String]) throws -> ProcessResult {
    try Subprocess.git(arguments, in: repository.url)
  }

  /// Temporary files `isms` may have left in the working tree.
  func temporaryFiles() -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: repository.url.path)
    var found: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasPrefix(".git/") || path == ".git" { continue }
      if (path as NSString).lastPathComponent.hasPrefix(".isms-") { found.append(path) }
    }
    return found
  }

  /// After an interruption: a sound object database, a branch on a complete commit, the document
  /// either its old or its new version, temporary files only while a stale lock names them.
  func checkInterrupted(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let fsck = try git(["fsck", "--strict", "--no-dangling", "--no-progress"])
    #expect(fsck.status == 0, "git fsck: \(fsck.stdout)\(fsck.stderr)", sourceLocation: sourceLocation)
    let type = try git(["cat-file", "-t", "HEAD"]).stdout
    #expect(type == "commit\n", sourceLocation: sourceLocation)
    let file = try Data(contentsOf: repository.url.appendingPathComponent(risk))
    let new = try git(["show", "HEAD:\(risk)"]).stdout
    let old = try git(["show", "HEAD~1:\(risk)"]).stdout
    let text = String(decoding: file, as: UTF8.self)
    #expect(text == new || text == old, "RISK-001 is half-written:\n\(text)", sourceLocation: sourceLocation)
    let lock = FileManager.default.fileExists(
      atPath: repository.url.appendingPathComponent(".git/isms.lock").path)
    #expect(
      temporaryFiles().isEmpty || lock, "temporary files without a lock", sourceLocation: sourceLocation)
  }

  /// After recovery: nothing uncommitted, no temporary file, no lock, and every write that reported
  /// success is in the history.
  func checkFinal(succeeded days: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let recover = try Watchdog.isms(["status"], in: repository.url)
    #expect(recover.status == 0, "\(recover.stderr)", sourceLocation: sourceLocation)
    let status = try git(["status", "--porcelain", "--untracked-files=all"]).stdout
    #expect(status.isEmpty, "after recovery: \(status)", sourceLocation: sourceLocation)
    #expect(temporaryFiles().isEmpty, sourceLocation: sourceLocation)
    #expect(
      !FileManager.default.fileExists(atPath: repository.url.appendingPathComponent(".git/isms.lock").path))
    let fsck = try git(["fsck", "--strict", "--no-dangling", "--no-progress"])
    #expect(fsck.status == 0, "\(fsck.stderr)", sourceLocation: sourceLocation)
    let history = Set(
      try git(["log", "--format=%ad", "--date=short", "--", risk]).stdout.split(separator: "\n").map(
        String.init))
    let lost = days.filter { !history.contains($0) }
    #expect(
      lost.isEmpty, "writes reported as done but missing from the history: \(lost)",
      sourceLocation: sourceLocation)
  }
}

@Suite("Hardening: crash safety and concurrent writers", .serialized)
struct HardeningCrashSafetyTests {
  /// How many interruptions: 40 in the suite; scripts/kill-test.sh sets ISMS_KILL_COUNT (200).
  static var interruptions: Int { Int(ProcessInfo.processInfo.environment["ISMS_KILL_COUNT"] ?? "") ?? 40 }

  // Run by scripts/kill-test.sh, not by the default suite: while the rest of the suite loads both
  // cores, some runs right after a kill still end in a spurious "busy" (issue #9 stays open for it).
  @Test(
    "killing isms at random moments while it commits loses and half-writes nothing",
    .enabled(if: ProcessInfo.processInfo.environment["ISMS_KILL_COUNT"] != nil))
  func killWhileCommitting() throws {
    let harness = try KillHarness()
    let started = Date()
    let first = try harness.start(day: KillHarness.day(0))
    first.waitUntilExit()
    #expect(first.terminationStatus == 0)
    let duration = max(Date().timeIntervalSince(started), 0.02)
    var succeeded = [KillHarness.day(0)]
    var killed = 0
    var midCommit = 0
    var landedThenKilled = 0
    // The kill time follows the run's length: shorter after a run finished, longer after a kill,
    // so kills cluster at the end of the run, where the commit happens.
    var target = duration
    var generator = SystemRandomNumberGenerator()
    for index in 1...Self.interruptions {
      let day = KillHarness.day(index)
      let headBefore = try harness.git(["rev-parse", "HEAD"]).stdout
      let process = try harness.start(day: day)
      usleep(useconds_t(target * Double.random(in: 0.6...1.05, using: &generator) * 1_000_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if process.terminationReason == .exit {
        #expect(process.terminationStatus == 0, "run \(index) failed without being killed")
        if process.terminationStatus == 0 { succeeded.append(day) }
        target *= 0.93
      } else {
        killed += 1
        target *= 1.04
        let lock = harness.repository.url.appendingPathComponent(".git/isms.lock").path
        if FileManager.default.fileExists(atPath: lock) { midCommit += 1 }
        if try harness.git(["rev-parse", "HEAD"]).stdout != headBefore { landedThenKilled += 1 }
      }
      try harness.checkInterrupted()
    }
    try harness.checkFinal(succeeded: succeeded)
    let commits = try harness.git(["rev-list", "--count", "HEAD"]).stdout
    print(
      "kill test: \(Self.interruptions) runs, \(killed) killed (\(midCommit) holding the lock, "
        + "\(landedThenKilled) after the branch moved), \(succeeded.count - 1) finished, "
        + "\(commits.trimmingCharacters(in: .whitespacesAndNewlines)) commits")
    #expect(killed > Self.interruptions / 4, "too few runs were interrupted to mean anything")
    #expect(killed + succeeded.count - 1 == Self.interruptions)
  }

  @Test("two writers at once: both succeed in turn or one is told to try again; nothing is lost")
  func concurrentWriters() throws {
    let harness = try KillHarness()
    var succeeded: [String] = []
    for round in 0..<8 {
      let days = [KillHarness.day(2 * round), KillHarness.day(2 * round + 1)]
      let processes = try days.map { try harness.start(day: $0) }
      for process in processes { process.waitUntilExit() }
      for (day, process) in zip(days, processes) {
        #expect(process.terminationReason == .exit)
        if process.terminationStatus == 0 { succeeded.append(day) }
      }
      #expect(processes.contains { $0.terminationStatus == 0 }, "round \(round): neither writer succeeded")
    }
    try harness.checkFinal(succeeded: succeeded)
  }

  @Test("the writer that loses the race says busy, try again")
  func loserMessage() throws {
    let harness = try KillHarness()
    var messages: [String] = []
    for round in 0..<6 {
      let days = [KillHarness.day(2 * round), KillHarness.day(2 * round + 1)]
      let results = try runTogether(
        days.map { ["review", "record", "RISK-001", "--by", "ada", "--today", $0] },
        in: harness.repository.url)
      for result in results where result.status != 0 { messages.append(result.stderr) }
    }
    for message in messages {
      #expect(message.contains("busy") && message.contains("try again"), "\(message)")
    }
  }

  /// Runs several `isms` commands at the same moment and collects their results.
  func runTogether(_ commands: [[String]], in url: URL) throws -> [ProcessResult] {
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: commands.count) { index in
      let result = try? Watchdog.isms(commands[index], in: url)
      results.append(result)
    }
    return results.values
  }
}

/// Results collected from concurrent runs.
private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [ProcessResult] = []

  func append(_ result: ProcessResult?) {
    guard let result else { return }
    lock.withLock { stored.append(result) }
  }

  var values: [ProcessResult] { lock.withLock { stored } }
}
