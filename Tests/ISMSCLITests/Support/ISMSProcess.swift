import Foundation

/// What one run of the `isms` binary produced.
struct ProcessResult {
  let status: Int32
  let stdout: String
  let stderr: String
}

/// Runs the `isms` binary built next to this test bundle, as a user would.
enum ISMSProcess {
  /// The built `isms` executable: the test runner lives in the same products folder.
  static var executable: URL {
    let runner =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      .map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: CommandLine.arguments[0])
    return runner.deletingLastPathComponent().appendingPathComponent("isms")
  }

  /// Runs `isms` with `arguments` in `directory`, with a clean, fixed environment plus `environment`.
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> ProcessResult {
    try Subprocess.run(executable, arguments, in: directory, environment: environment)
  }
}

/// Runs a program and collects its output; used for `isms` and for the `git` witness.
enum Subprocess {
  /// Runs `program` and waits for it, reading both pipes concurrently so neither can fill up.
  static func run(
    _ program: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> ProcessResult {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "GIT_CONFIG_NOSYSTEM": "1"]
    env["HOME"] = TestHome.shared.path
    for (key, value) in environment { env[key] = value }
    process.environment = env
    // Files rather than pipes: no pipe can fill up and block the child, and no reader thread is needed.
    let scratch = try TemporaryFolder("isms-output")
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return ProcessResult(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs the `git` program as an independent witness.
  @discardableResult
  static func git(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws
    -> ProcessResult
  {
    try run(URL(fileURLWithPath: "/usr/bin/git"), arguments, in: directory, environment: environment)
  }
}

/// A HOME folder with a fixed git identity, so tests never depend on the machine's config.
final class TestHome: Sendable {
  static let shared = TestHome()
  let path: String

  private init() {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("isms-test-home-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let config = """
      [user]
      \tname = Test Runner
      \temail = runner@example.test
      [init]
      \tdefaultBranch = trunk
      [commit]
      \tgpgsign = false

      """
    try? config.write(to: folder.appendingPathComponent(".gitconfig"), atomically: true, encoding: .utf8)
    path = folder.path
  }
}

extension TestHome {
  /// The environment of `name <email>` running a program: a HOME of its own whose git identity is
  /// theirs (libgit2 reads `~/.gitconfig`; it has no `-c`).
  static func environment(name: String, email: String) -> [String: String] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("isms-test-home-\(ProcessInfo.processInfo.processIdentifier)-\(email)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let config = "[user]\n\tname = \(name)\n\temail = \(email)\n[commit]\n\tgpgsign = false\n"
    try? config.write(to: folder.appendingPathComponent(".gitconfig"), atomically: true, encoding: .utf8)
    return ["HOME": folder.path]
  }
}

/// A temporary folder removed when the value goes away.
final class TemporaryFolder {
  let url: URL

  init(_ name: String = "isms") throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}
