import Foundation
import ISMSCore
import Testing

@testable import GitStore

/// A home folder shared by test runs, with a git config that differs from what we enforce
/// (`init.defaultBranch = trunk`), set before libgit2 first reads `HOME`.
let testHome: String = {
  let home = FileManager.default.temporaryDirectory.appendingPathComponent("gitstore-test-home").path
  try? FileManager.default.createDirectory(atPath: home + "/.config", withIntermediateDirectories: true)
  try? "[init]\n\tdefaultBranch = trunk\n".write(
    toFile: home + "/.gitconfig", atomically: true, encoding: .utf8)
  setenv("HOME", home, 1)
  setenv("XDG_CONFIG_HOME", home + "/.config", 1)
  return home
}()

/// Fixed test identity.
let alice = Identity(name: "Alice Auditor", email: "alice@example.org")

/// A date from whole seconds since 1970.
func at(_ seconds: Int) -> Date {
  Date(timeIntervalSince1970: TimeInterval(seconds))
}

/// A fresh repository in its own temporary folder, removed when the value goes away.
final class TempRepo {
  /// The working tree folder.
  let path: String
  /// The repository, created through `GitRepository.create`.
  let repo: GitRepository

  /// Creates the folder and the repository.
  init() throws {
    _ = testHome
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("gitstore-\(UUID().uuidString)").path
    repo = try GitRepository.create(at: path)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Commits `files` (path → text) with `git.commit` at `date` (seconds), root `""`.
  @discardableResult
  func commit(
    _ files: [String: String?], root: String = "", message: String = "change", date: Int = 1_700_000_000
  )
    throws -> CommitInfo
  {
    let changes = files.sorted { $0.key < $1.key }.map { path, text -> FileChange in
      text.map { .write(path: path, contents: Data($0.utf8)) } ?? .delete(path: path)
    }
    return try repo.commit(
      changes, root: root, message: message, author: alice, date: at(date), timeZoneOffsetMinutes: 60)
  }

  /// Runs `/usr/bin/git` in the working tree as an independent witness, and returns its standard output.
  @discardableResult
  func git(_ arguments: String..., environment extra: [String: String] = [:]) throws -> String {
    try runGit(arguments, in: path, environment: extra)
  }

  /// Writes a file in the working tree (creating folders).
  func write(_ relative: String, _ text: String) throws {
    let url = URL(fileURLWithPath: path + "/" + relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// Reads a working-tree file as text, or `nil` when it does not exist.
  func read(_ relative: String) -> String? {
    FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Everything a failed commit must leave as it was: HEAD's commit, the index bytes and the
  /// working tree (paths and bytes, `.git` excluded).
  func state() throws -> RepoState {
    let head = try? git("rev-parse", "HEAD")
    let index = FileManager.default.contents(atPath: path + "/.git/index")
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: path)
    while let relative = enumerator?.nextObject() as? String {
      if relative == ".git" { enumerator?.skipDescendants(); continue }
      let full = path + "/" + relative
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
      files[relative] =
        isDirectory.boolValue ? Data("<dir>".utf8) : FileManager.default.contents(atPath: full)
    }
    return RepoState(head: head, index: index, files: files)
  }
}

/// A comparable picture of a repository, see `TempRepo.state()`.
struct RepoState: Equatable {
  /// `git rev-parse HEAD`, or `nil` when unborn.
  let head: String?
  /// The bytes of `.git/index`.
  let index: Data?
  /// Working-tree paths and their bytes (`<dir>` for folders).
  let files: [String: Data]
}

/// An error from the git witness.
struct WitnessError: Error, CustomStringConvertible {
  /// What git said.
  let description: String
}

/// Runs `/usr/bin/git` with a machine-independent environment and returns trimmed standard output.
@discardableResult
func runGit(_ arguments: [String], in directory: String, environment extra: [String: String] = [:]) throws
  -> String
{
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
  process.arguments = arguments
  process.currentDirectoryURL = URL(fileURLWithPath: directory)
  var environment = [
    "PATH": "/usr/bin:/bin", "HOME": testHome, "XDG_CONFIG_HOME": testHome + "/.config",
    "GIT_CONFIG_NOSYSTEM": "1", "LANG": "C", "LC_ALL": "C",
    "GIT_AUTHOR_NAME": "Witness", "GIT_AUTHOR_EMAIL": "witness@example.org",
    "GIT_COMMITTER_NAME": "Witness", "GIT_COMMITTER_EMAIL": "witness@example.org",
    "GIT_AUTHOR_DATE": "1700000000 +0000", "GIT_COMMITTER_DATE": "1700000000 +0000",
  ]
  environment.merge(extra) { $1 }
  process.environment = environment
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  let errorData = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0 else {
    throw WitnessError(
      description: "git \(arguments.joined(separator: " ")): \(String(decoding: errorData, as: UTF8.self))")
  }
  return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
