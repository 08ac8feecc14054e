import Foundation
import ISMSCore
import Testing

/// Files git holds that isms cannot read as documents are reported, by validate (working tree and
/// `--rev`) and packet alike, never skipped without a word.
@Suite("Hardening: odd file names and files that are not documents")
struct HardeningFileNameTests {
  /// A second, valid policy: the fixture's policy with another id.
  func policy(_ repository: HostileRepository, id: String) throws -> Data {
    let text = try String(
      contentsOf: repository.url.appendingPathComponent(ReviewFixture.policy), encoding: .utf8)
    #expect(text.contains("id: POL-001\n"))
    return Data(text.replacingOccurrences(of: "id: POL-001\n", with: "id: \(id)\n").utf8)
  }

  /// Writes `bytes` at the path whose name (in `policies/`) is `name`, which need not be UTF-8.
  func plant(_ bytes: Data, named name: [UInt8], in repository: HostileRepository) throws {
    let path = Array(repository.url.appendingPathComponent("policies").path.utf8) + [UInt8(ascii: "/")] + name
    let descriptor = path.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { buffer -> Int32 in
      var terminated = Array(buffer)
      terminated.append(0)
      return open(terminated, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }
    #expect(descriptor >= 0)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
  }

  /// Builds a packet and returns its entry paths, or the failed run.
  /// Builds a packet (with `--allow-invalid` when `allowInvalid`) and lists its entries.
  func packet(_ repository: HostileRepository, allowInvalid: Bool = false) throws -> (ProcessResult, [String])
  {
    let zip = repository.fixture.folder.url.appendingPathComponent("names.zip")
    let result = try repository.isms(
      ["packet", "--kind", "internal", "-o", zip.path, "--today", "2026-03-01"]
        + (allowInvalid ? ["--allow-invalid"] : []))
    guard result.status == 0 else { return (result, []) }
    return (result, try PacketArchive.entries(of: try Data(contentsOf: zip)).map(\.path))
  }

  @Test(
    "a name with a control character is an error in validate and stops the packet, with the same words",
    arguments: ["new\nline.md", "esc\u{1b}[2J.md", "tab\there.md"])
  func controlCharacters(name: String) throws {
    let repository = try HostileRepository()
    try repository.commit(try policy(repository, id: "POL-777"), at: "policies/" + name)
    // As reports show it: each control character as \u{…}.
    let shown =
      "policies/"
      + name.unicodeScalars.map {
        $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0)
      }.joined()
    for arguments in [["validate"], ["validate", "--rev", "HEAD"]] {
      let result = try repository.isms(arguments + ["--today", "2026-03-01"])
      #expect(result.status == 1, "\(arguments): \(result.stdout)")
      #expect(result.stdout.contains("\(shown): error: the file name cannot be used"), "\(result.stdout)")
    }
    let (refused, _) = try packet(repository)
    #expect(refused.status == 1, "\(refused.stderr)")
    #expect(refused.stderr.contains("\(shown): error: the file name cannot be used"), "\(refused.stderr)")
    let (built, entries) = try packet(repository, allowInvalid: true)
    #expect(built.status == 0, "\(built.stderr)")
    let policies = entries.filter { $0.hasPrefix("documents/policies/") || $0.hasPrefix("source/policies/") }
    #expect(policies.count == 2, "\(policies)")
  }

  @Test("a name that is not UTF-8 is reported by validate, --rev and packet")
  func invalidUTF8() throws {
    let repository = try HostileRepository()
    try plant(
      try policy(repository, id: "POL-778"), named: Array("bad".utf8) + [0xFF] + Array(".md".utf8),
      in: repository)
    try repository.fixture.git(["add", "-A"])
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qm", "Latin-1 name"])
    for arguments in [["validate"], ["validate", "--rev", "HEAD"]] {
      let result = try repository.isms(arguments + ["--today", "2026-03-01"])
      #expect(result.status == 1, "\(arguments): \(result.stdout)")
      #expect(
        result.stdout.contains(#"policies/bad\xFF.md: error: the file name cannot be used (not UTF-8)"#),
        "\(result.stdout)")
    }
    let (built, _) = try packet(repository)
    #expect(built.status == 1, "\(built.stderr)")
    #expect(
      built.stderr.contains(#"policies/bad\xFF.md: error: the file name cannot be used"#), "\(built.stderr)")
  }

  @Test("an empty Markdown file and Markdown links, inside or outside the root, are warnings naming them")
  func emptyAndLinks() throws {
    let repository = try HostileRepository()
    try repository.commit(Data(), at: "policies/empty.md")
    try FileManager.default.createSymbolicLink(
      atPath: repository.url.appendingPathComponent("policies/inside.md").path,
      withDestinationPath: "information-security-policy.md")
    try FileManager.default.createSymbolicLink(
      atPath: repository.url.appendingPathComponent("policies/outside.md").path,
      withDestinationPath: "/etc/passwd")
    try repository.fixture.git(["add", "-A"])
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qm", "Links"])
    for arguments in [["validate"], ["validate", "--rev", "HEAD"]] {
      let result = try repository.isms(arguments + ["--today", "2026-03-01"])
      #expect(result.stdout.contains("policies/empty.md: warning: the file is empty"), "\(result.stdout)")
      for link in ["inside", "outside"] {
        #expect(
          result.stdout.contains("policies/\(link).md: warning: is a symbolic link"),
          "\(arguments): \(result.stdout)")
      }
      #expect(!result.stdout.contains("root:"), "read /etc/passwd")
    }
    let (built, entries) = try packet(repository)
    #expect(built.status == 0, "\(built.stderr)")
    #expect(built.stderr.contains("warning: policies/outside.md: is a symbolic link"), "\(built.stderr)")
    #expect(!entries.contains { $0.contains("outside") || $0.contains("inside") || $0.contains("empty") })
  }
}
