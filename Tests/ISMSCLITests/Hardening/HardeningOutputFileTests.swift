import Foundation
import ISMSCore
import Testing

/// What `isms` may replace when a command writes a file the user names: regular files only, never
/// inside `.git`, never a read-only file, the same for every command.
@Suite("Hardening: the files commands write")
struct HardeningOutputFileTests {
  /// Every command that writes a file the user names, as arguments ending with the option that
  /// takes the path (the path is appended).
  static let writers: [[String]] = [
    ["packet", "--kind", "internal", "-o"], ["calendar", "--output"], ["export", "oscal", "--output"],
    ["review", "codeowners", "--output"],
  ]

  /// The file type bits of `path`, links not followed.
  func kind(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
  }

  @Test("a FIFO, a device node and links to them are refused by every command, and stay as they were")
  func specialFiles() throws {
    let repository = try HostileRepository()
    let fifo = repository.url.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let link = repository.url.appendingPathComponent("pipe-link").path
    #expect(symlink(fifo, link) == 0)
    var targets = [(fifo, S_IFIFO), (link, S_IFLNK)]
    // Only root may make a device node; (1, 3) is the null device.
    let device = repository.url.appendingPathComponent("null").path
    if geteuid() == 0, mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 {
      targets.append((device, S_IFCHR))
    }
    for writer in Self.writers {
      for (target, type) in targets {
        // export oscal takes a folder: the special file is then where one of its files goes.
        let path =
          writer[0] == "export" ? repository.url.appendingPathComponent("oscal-\(type)").path : target
        if writer[0] == "export" {
          try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
          for name in [OSCALExport.catalogFile, OSCALExport.componentFile] {
            unlink(path + "/" + name)
            #expect(symlink(target, path + "/" + name) == 0)
          }
        }
        let result = try repository.isms(writer + [path])
        #expect(result.status == 1, "\(writer) \(target): \(result.stdout)")
        #expect(result.stderr.contains("not a regular file"), "\(writer) \(target): \(result.stderr)")
        #expect(kind(target) == type, "\(writer) replaced \(target)")
      }
    }
  }

  @Test("a read-only file is refused, not replaced")
  func readOnly() throws {
    let repository = try HostileRepository()
    let file = repository.url.appendingPathComponent("keep.out")
    for writer in Self.writers where writer[0] != "export" {
      try Data("keep".utf8).write(to: file)
      #expect(chmod(file.path, 0o444) == 0)
      let result = try repository.isms(writer + [file.path])
      #expect(result.status == 1, "\(writer): \(result.stdout)")
      #expect(result.stderr.contains("read-only"), "\(writer): \(result.stderr)")
      #expect(try Data(contentsOf: file) == Data("keep".utf8))
      #expect(chmod(file.path, 0o644) == 0)
      unlink(file.path)
    }
  }

  @Test("nothing is written into .git, by name, through a link, or into a git directory elsewhere")
  func gitDirectory() throws {
    let repository = try HostileRepository()
    let git = repository.url.appendingPathComponent(".git").path
    try FileManager.default.createSymbolicLink(
      atPath: repository.url.appendingPathComponent("meta").path, withDestinationPath: git)
    let head = try Data(contentsOf: URL(fileURLWithPath: git + "/HEAD"))
    for writer in Self.writers {
      for path in [
        ".git/HEAD", ".git/config", ".git/refs/heads", "meta/HEAD", ".GIT/x", "meta/refs/heads/main",
      ] {
        let result = try repository.isms(writer + [path])
        #expect(result.status == 1, "\(writer) \(path): \(result.stdout)")
        #expect(result.stderr.contains("inside a git directory"), "\(writer) \(path): \(result.stderr)")
      }
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: git + "/HEAD")) == head)
    let refs = try FileManager.default.contentsOfDirectory(atPath: git + "/refs/heads")
    #expect(refs == ["main"], "refs written: \(refs)")

    // A git directory that is not called .git: `git init --separate-git-dir` moves it away.
    let store = repository.fixture.folder.url.appendingPathComponent("store").path
    try repository.fixture.git(["init", "-q", "--separate-git-dir=\(store)"])
    for writer in Self.writers where writer[0] != "review" {
      let result = try repository.isms(writer + [store + "/config"])
      #expect(result.status == 1, "\(writer): \(result.stdout)")
      #expect(result.stderr.contains("inside a git directory"), "\(writer): \(result.stderr)")
    }
    #expect(try Subprocess.git(["fsck", "--strict"], in: repository.url).status == 0)
  }

  @Test("an existing regular file is replaced whole, and a link there is replaced, not followed")
  func replaces() throws {
    let repository = try HostileRepository()
    let victim = repository.fixture.folder.url.appendingPathComponent("victim.txt")
    try Data("keep".utf8).write(to: victim)
    for writer in Self.writers where writer[0] != "export" {
      let file = repository.url.appendingPathComponent("out.file")
      try Data(repeating: 0x41, count: 100_000).write(to: file)
      let replaced = try repository.isms(writer + [file.path])
      #expect(replaced.status == 0, "\(writer): \(replaced.stderr)")
      #expect(try Data(contentsOf: file).prefix(4) != Data(repeating: 0x41, count: 4))
      unlink(file.path)
      let link = repository.url.appendingPathComponent("out.link")
      try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
      let relinked = try repository.isms(writer + [link.path])
      #expect(relinked.status == 0, "\(writer): \(relinked.stderr)")
      #expect(kind(link.path) == S_IFREG)
      #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
      unlink(link.path)
    }
  }

  @Test("a file where a folder must be gets a plain message, not a Foundation error")
  func fileInTheWay() throws {
    let repository = try HostileRepository()
    try repository.plant(Data("not a folder".utf8), at: ".github")
    let codeowners = try repository.isms(["review", "codeowners"])
    #expect(codeowners.status == 1)
    #expect(codeowners.stderr.contains(".github"), "\(codeowners.stderr)")
    #expect(!codeowners.stderr.contains("Error Domain") && !codeowners.stderr.contains("NSCocoa"))
    let export = try repository.isms(["export", "oscal", "--output", ".github/oscal"])
    #expect(export.status == 1)
    #expect(export.stderr.contains(".github"), "\(export.stderr)")
    #expect(!export.stderr.contains("Error Domain") && !export.stderr.contains("NSCocoa"))
  }

  @Test("init on a file, or under one, says so plainly")
  func initOnFile() throws {
    let repository = try HostileRepository()
    try repository.plant(Data("a file".utf8), at: "handbook")
    for path in ["handbook", "handbook/inner"] {
      let result = try repository.isms(["init", path, "--org", "Acme", "--today", "2026-01-10"])
      #expect(result.status == 1)
      #expect(result.stderr.contains("handbook"), "\(result.stderr)")
      #expect(
        !result.stderr.contains("Error Domain") && !result.stderr.contains("NSCocoa"), "\(result.stderr)")
    }
  }

  @Test("init never creates anything inside .git")
  func initInGit() throws {
    let repository = try HostileRepository()
    let before = try FileManager.default.contentsOfDirectory(
      atPath: repository.url.appendingPathComponent(".git").path)
    let result = try repository.isms(["init", ".git/isms", "--org", "Acme", "--today", "2026-01-10"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("inside a git directory"), "\(result.stderr)")
    let after = try FileManager.default.contentsOfDirectory(
      atPath: repository.url.appendingPathComponent(".git").path)
    #expect(Set(before) == Set(after))
  }

  @Test(
    "imports read regular files only: a FIFO is refused at once, a link in a comply project is not followed")
  func importInputs() throws {
    let repository = try HostileRepository()
    let fifo = repository.fixture.folder.url.appendingPathComponent("risks.csv").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let risks = try repository.isms(["import", "risks", fifo, "--by", "ada", "--dry-run"])
    #expect(risks.status == 1)
    #expect(risks.stderr.contains("not a regular file"), "\(risks.stderr)")

    let comply = repository.fixture.folder.url.appendingPathComponent("comply")
    try FileManager.default.createDirectory(
      at: comply.appendingPathComponent("policies"), withIntermediateDirectories: true)
    let secret = repository.fixture.folder.url.appendingPathComponent("secret.txt")
    try Data("---\nname: SECRET-CONTENT\n---\nSECRET-CONTENT\n".utf8).write(to: secret)
    try FileManager.default.createSymbolicLink(
      at: comply.appendingPathComponent("policies/leak.md"), withDestinationURL: secret)
    let imported = try repository.isms(["import", "comply", comply.path, "--by", "ada", "--dry-run"])
    #expect(imported.status == 1)
    #expect(imported.stderr.contains("symbolic link"), "\(imported.stderr)")
    #expect(!imported.stdout.contains("SECRET"), "\(imported.stdout)")
  }

  @Test(
    "a read-only folder gets a plain message naming it (root may write anywhere: not as root)",
    .enabled(if: geteuid() != 0))
  func readOnlyFolder() throws {
    let repository = try HostileRepository()
    let folder = repository.url.appendingPathComponent(".github")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    #expect(chmod(folder.path, 0o555) == 0)
    defer { _ = chmod(folder.path, 0o755) }
    let result = try repository.isms(["review", "codeowners"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(".github") && result.stderr.contains("Permission denied"), "\(result.stderr)")
    #expect(!result.stderr.contains("Error Domain") && !result.stderr.contains("NSCocoa"))
  }
}
