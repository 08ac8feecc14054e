import Foundation
import Testing

/// Runs the `isms` binary under a watchdog: a run that outlives `timeout` is killed and reported.
enum Watchdog {
  /// The longest any single `isms` run may take on hostile input.
  static let limit: TimeInterval = 20

  /// Runs `isms` in `directory`; records an issue and returns status -1 when it hangs. With
  /// `standardOutput`, the output goes there and the result's `stdout` is empty.
  static func isms(
    _ arguments: [String], in directory: URL, timeout: TimeInterval = limit,
    standardOutput: FileHandle? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ProcessResult {
    let scratch = try TemporaryFolder("isms-watchdog")
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
    let process = Process()
    process.executableURL = ISMSProcess.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = [
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "GIT_CONFIG_NOSYSTEM": "1", "HOME": TestHome.shared.path,
    ]
    process.standardOutput = standardOutput ?? out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(10_000) }
    var status = Int32(-1)
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      Issue.record(
        "isms \(arguments) ran longer than \(Int(timeout)) s and was killed", sourceLocation: sourceLocation)
    } else {
      process.waitUntilExit()
      status =
        process.terminationReason == .uncaughtSignal
        ? 128 + process.terminationStatus : process.terminationStatus
    }
    return ProcessResult(
      status: status, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }
}

/// What `git` sees of a repository: the commit HEAD names, the branch tips and the status.
struct GitState: Equatable, CustomStringConvertible {
  let head: String
  let refs: String
  let status: String

  /// Reads the state of the repository at `url` with the `git` program.
  init(of url: URL) throws {
    head = try Subprocess.git(["rev-parse", "HEAD"], in: url).stdout
    refs = try Subprocess.git(["for-each-ref", "--format=%(refname) %(objectname)"], in: url).stdout
    status = try Subprocess.git(["status", "--porcelain", "--untracked-files=all", "--ignored"], in: url)
      .stdout
  }

  var description: String { "HEAD \(head)refs:\n\(refs)status:\n\(status)" }
}

/// A fresh committed ISMS (see ``ReviewFixture``) with helpers to plant hostile content.
struct HostileRepository {
  let fixture: ReviewFixture
  var url: URL { fixture.url }

  init() throws { fixture = try ReviewFixture() }

  /// Writes `bytes` at `path` (folders created) without committing.
  func plant(_ bytes: Data, at path: String) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try bytes.write(to: file)
  }

  /// Writes and commits `bytes` at `path` with the `git` program.
  func commit(_ bytes: Data, at path: String, message: String = "Add hostile file") throws {
    try plant(bytes, at: path)
    try fixture.git(["add", "--", path])
    try fixture.git(ReviewFixture.ada + ["commit", "-qm", message])
  }

  /// Runs `isms` under the watchdog and checks that nothing in the repository changed.
  func isms(
    _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ProcessResult {
    let before = try GitState(of: url)
    let result = try Watchdog.isms(arguments, in: url, sourceLocation: sourceLocation)
    let after = try GitState(of: url)
    #expect(before == after, "isms \(arguments) changed the repository", sourceLocation: sourceLocation)
    #expect(
      result.status != -1 && result.status < 128, "crashed: \(result.stderr)", sourceLocation: sourceLocation)
    return result
  }
}

/// Builds git objects with the `git` program's plumbing, for trees `git add` would never make.
struct GitPlumbing {
  let url: URL

  /// Stores a blob and returns its id.
  func blob(_ bytes: Data) throws -> String {
    let file = url.appendingPathComponent(".git/plumbing-input")
    try bytes.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    return try run(["hash-object", "-w", "--", file.path])
  }

  /// Stores a tree of raw `(mode, name, id)` entries, names unchecked (`--literally`).
  func tree(_ entries: [(mode: String, name: String, id: String)]) throws -> String {
    var bytes = Data()
    let sorted = entries.sorted {
      ($0.mode == "40000" ? $0.name + "/" : $0.name).utf8.lexicographicallyPrecedes(
        ($1.mode == "40000" ? $1.name + "/" : $1.name).utf8)
    }
    for entry in sorted {
      bytes += Data("\(entry.mode) \(entry.name)\0".utf8)
      bytes += try hexBytes(entry.id)
    }
    let file = url.appendingPathComponent(".git/plumbing-tree")
    try bytes.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    return try run(["hash-object", "-t", "tree", "-w", "--literally", "--", file.path])
  }

  /// The raw entries of an existing tree (`git ls-tree`), to extend it.
  func entries(of tree: String) throws -> [(mode: String, name: String, id: String)] {
    try run(["ls-tree", "-z", tree], keepNUL: true).split(separator: "\0").map { line in
      let parts = line.split(separator: "\t", maxSplits: 1)
      let meta = parts[0].split(separator: " ")
      return (String(meta[0]), String(parts[1]), String(meta[2]))
    }
  }

  /// Commits `tree` on top of HEAD and points `branch` at it, leaving HEAD and the index alone.
  func commit(tree: String, branch: String) throws -> String {
    let parent = try run(["rev-parse", "HEAD"])
    let commit = try run(
      ReviewFixture.ada + ["commit-tree", tree, "-p", parent, "-m", "Hostile tree"])
    _ = try run(["update-ref", "refs/heads/\(branch)", commit])
    return commit
  }

  private func run(_ arguments: [String], keepNUL: Bool = false) throws -> String {
    let result = try Subprocess.git(arguments, in: url)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    return keepNUL ? result.stdout : result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private func hexBytes(_ hex: String) throws -> Data {
    var data = Data()
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2)
      data.append(try #require(UInt8(hex[index..<next], radix: 16)))
      index = next
    }
    return data
  }
}
