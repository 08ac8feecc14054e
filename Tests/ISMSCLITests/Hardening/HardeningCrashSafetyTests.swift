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

  /// Starts one `review record` for `day`; its error output goes to ``errors(day:)``.
  func start(day: String) throws -> Process {
    let process = Process()
    process.executableURL = ISMSProcess.executable
    process.arguments = ["review", "record", "RISK-001", "--by", "ada", "--today", day]
    process.currentDirectoryURL = repository.url
    process.environment = [
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "GIT_CONFIG_NOSYSTEM": "1", "HOME": TestHome.shared.path,
    ]
    let errors = errorsFile(day: day)
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    let handle = try FileHandle(forWritingTo: errors)
    defer { try? handle.close() }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = handle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return process
  }

  private func errorsFile(day: String) -> URL {
    repository.fixture.folder.url.appendingPathComponent("stderr-\(day)")
  }

  /// What the run for `day` wrote to standard error.
  func errors(day: String) -> String {
    String(decoding: (try? Data(contentsOf: errorsFile(day: day))) ?? Data(), as: UTF8.self)
  }

  /// Lock files (`*.lock`) anywhere in the git directory.
  func lockFiles() -> [String] {
    let git = repository.url.appendingPathComponent(".git").path
    let enumerator = FileManager.default.enumerator(atPath: git)
    var found: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".lock") { found.append(path) }
    }
    return found.sorted()
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
    #expect(lockFiles().isEmpty, "lock files left after recovery", sourceLocation: sourceLocation)
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
  /// How many interruptions: 25 in the suite; scripts/kill-test.sh sets ISMS_KILL_COUNT (200).
  static var interruptions: Int { Int(ProcessInfo.processInfo.environment["ISMS_KILL_COUNT"] ?? "") ?? 25 }

  @Test("killing isms at random moments while it commits loses and half-writes nothing")
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
    var gitLockLeft = 0
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
        #expect(
          process.terminationStatus == 0,
          "run \(index) failed without being killed: \(harness.errors(day: day)) locks: \(harness.lockFiles())"
        )
        if process.terminationStatus == 0 { succeeded.append(day) }
        target *= 0.93
      } else {
        killed += 1
        target *= 1.04
        let lock = harness.repository.url.appendingPathComponent(".git/isms.lock").path
        if FileManager.default.fileExists(atPath: lock) { midCommit += 1 }
        if try harness.git(["rev-parse", "HEAD"]).stdout != headBefore { landedThenKilled += 1 }
        if harness.lockFiles().contains(where: { $0 != "isms.lock" }) { gitLockLeft += 1 }
      }
      try harness.checkInterrupted()
    }
    try harness.checkFinal(succeeded: succeeded)
    let commits = try harness.git(["rev-list", "--count", "HEAD"]).stdout
    print(
      "kill test: \(Self.interruptions) runs, \(killed) killed (\(midCommit) holding the lock, "
        + "\(landedThenKilled) after the branch moved, \(gitLockLeft) leaving a libgit2 lock file), "
        + "\(succeeded.count - 1) finished, "
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

  @Test("a review and a workflow record written at once: both land or one is told busy; nothing is lost")
  func differentWritersAtOnce() throws {
    let harness = try KillHarness()
    var days: [String] = []
    var ids: [String] = []
    for round in 1...6 {
      let day = KillHarness.day(round)
      let id = "MR-2026-0\(round)"
      let commands = [
        ["review", "record", "RISK-001", "--by", "ada", "--today", day],
        ["management-review", "open", id, "--by", "ada", "--today", day],
      ]
      let results = try runTogether(commands, in: harness.repository.url)
      #expect(results.count == 2)
      // The loser was told to try again; it does, alone, and lands.
      for (command, result) in zip(commands, results) where result.status != 0 {
        #expect(result.stderr.contains("busy") && result.stderr.contains("try again"), "\(result.stderr)")
        let retried = try Watchdog.isms(command, in: harness.repository.url)
        #expect(retried.status == 0, "\(command) again: \(retried.stderr)")
      }
      days.append(day)
      ids.append(id)
    }
    try harness.checkFinal(succeeded: days)
    let tree = try harness.git(["ls-tree", "-r", "--name-only", "HEAD", "records/management-reviews/"]).stdout
    for id in ids { #expect(tree.contains("\(id).md"), "\(id) was reported written but is not in HEAD") }
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

  /// Runs several `isms` commands at the same moment and returns their results in their order.
  func runTogether(_ commands: [[String]], in url: URL) throws -> [ProcessResult] {
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: commands.count) { index in
      let result = try? Watchdog.isms(commands[index], in: url)
      results.store(result, at: index)
    }
    return results.values
  }
}

/// Results collected from concurrent runs.
private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Int: ProcessResult] = [:]

  func store(_ result: ProcessResult?, at index: Int) {
    guard let result else { return }
    lock.withLock { stored[index] = result }
  }

  /// The results by index; a run that could not start is missing.
  var values: [ProcessResult] { lock.withLock { stored.sorted { $0.key < $1.key }.map(\.value) } }
}
