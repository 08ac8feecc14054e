import ArgumentParser
import Foundation
import GitStore
import ISMSCore

extension ISMSCommand {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Bring existing material into the ISMS: a risk register, a comply project.",
      discussion:
        "Each import checks everything first and writes nothing when anything is wrong; then it commits once.",
      subcommands: [Risks.self, Comply.self])
  }
}

/// What the import commands share: reading the input file, dry runs and the single commit.
enum ImportSupport {
  /// The largest file an import reads: far above any real register or comply document, far
  /// below what would strain memory.
  static let maxInputBytes = 32 * 1_048_576

  /// The text of a file the user named, as UTF-8: a regular file, reached through a symbolic
  /// link only when `followingLinks` (a device or FIFO would never end, a link inside an imported
  /// folder could bring any file of the machine into the ISMS).
  /// - Throws: `CLIError` for a file that is not regular, larger than ``maxInputBytes`` or not UTF-8.
  static func readText(_ path: String, followingLinks: Bool = true) throws -> String {
    let url = URL(fileURLWithPath: path)
    let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
    guard descriptor >= 0 else {
      if errno == ELOOP {
        throw CLIError(
          "\(url.path) is a symbolic link, which isms does not follow here; copy the file itself.")
      }
      throw CLIError("cannot read \(url.path): \(String(cString: strerror(errno))); check the path.")
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw CLIError("\(url.path) is not a regular file (a folder, device or FIFO); name a file.")
    }
    guard info.st_size <= Self.maxInputBytes else {
      throw CLIError(
        "\(url.path) has \(info.st_size) bytes; isms imports files of at most \(Self.maxInputBytes / 1_048_576) MiB "
          + "(each document it writes is at most 1 MiB); split the file.")
    }
    guard let data = try? handle.readToEnd() ?? Data() else {
      throw CLIError("cannot read \(url.path); check the path.")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw CLIError("\(url.path) is not UTF-8 text; export it again as UTF-8.")
    }
    return text
  }

  /// Commits `changes` as the acting person on `base` (HEAD when `snapshot` was read), refusing
  /// paths that already exist.
  static func commit(
    _ changes: [FileChange], context: ISMSContext, snapshot: Snapshot, base: String?, by actor: ActingPerson,
    message: String
  ) throws -> CommitInfo {
    let existing = Set(snapshot.entries.map(\.path))
    if let clash = changes.first(where: { existing.contains($0.path) }) {
      throw CLIError("\(clash.path) already exists; nothing was written.")
    }
    return try context.commit(changes, message: message, by: actor, base: base, reads: ReadRecord(snapshot))
  }
}
