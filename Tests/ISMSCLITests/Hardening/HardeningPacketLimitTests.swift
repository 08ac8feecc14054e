import Foundation
import ISMSCore
import Testing

/// Packet templates and Markdown that would make `packet` recurse without end or run for minutes.
@Suite("Hardening: packet limits through the binary")
struct HardeningPacketLimitTests {
  /// Builds an internal packet of `repository` and returns its status, stderr and bytes.
  static func packet(_ repository: HostileRepository, name: String = "packet.zip") throws -> (
    ProcessResult, Data?
  ) {
    let output = repository.fixture.folder.url.appendingPathComponent(name)
    let result = try repository.isms([
      "packet", "--kind", "internal", "--today", "2026-03-01", "-o", output.path,
    ])
    return (result, try? Data(contentsOf: output))
  }

  @Test(
    "a template that includes itself, directly or through others, is an error naming it",
    arguments: [
      (["page.mustache": "{{> page}}"], "templates/packet/page.mustache", "page → page"),
      (
        ["index.mustache": "<p>{{> soa}}</p>", "soa.mustache": "{{#rows}}{{> index}}{{/rows}}"],
        "templates/packet/index.mustache", "index → soa → index"
      ),
      (["packet.css": "{{=<% %>=}}<%> page %>"], "templates/packet/page.mustache", "page → style → page"),
      (
        ["changes.mustache": "{{<document}}{{/document}}", "document.mustache": "{{> changes}}"],
        "templates/packet/changes.mustache", "changes → document → changes"
      ),
    ])
  func recursiveTemplate(_ files: [String: String], _ named: String, _ chain: String) throws {
    let repository = try HostileRepository()
    for (file, text) in files {
      try repository.plant(Data(text.utf8), at: "templates/packet/\(file)")
    }
    try repository.fixture.git(["add", "templates"])
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qm", "Templates"])
    let (result, _) = try Self.packet(repository)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("\(named) includes partials without end (\(chain))"), "\(result.stderr)")
  }

  @Test("a partial named at render time is refused")
  func dynamicPartial() throws {
    let repository = try HostileRepository()
    try repository.commit(Data("{{>*title}}".utf8), at: "templates/packet/index.mustache")
    let (result, _) = try Self.packet(repository)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("templates/packet/index.mustache"), "\(result.stderr)")
  }

  /// Commits `count` policies with `body`, ids POL-101…
  static func policies(_ count: Int, body: String, _ repository: HostileRepository) throws {
    let policy = try String(
      contentsOf: repository.url.appendingPathComponent(ReviewFixture.policy), encoding: .utf8)
    let frontMatter = policy.components(separatedBy: "\n---\n")[0]
    for index in 1...count {
      let id = "POL-\(100 + index)"
      let text = frontMatter.replacingOccurrences(of: "id: POL-001", with: "id: \(id)") + "\n---\n\n" + body
      try repository.plant(Data(text.utf8), at: "policies/budget-\(100 + index).md")
    }
    try repository.fixture.git(["add", "policies"])
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qm", "Policies"])
  }

  /// The HTML pages of a packet that contain `text`.
  static func pages(containing text: String, in packet: Data) throws -> [String] {
    try PacketArchive.entries(of: packet).filter {
      $0.path.hasSuffix(".html") && String(decoding: $0.contents, as: UTF8.self).contains(text)
    }.map(\.path)
  }

  @Test("Markdown slow to render across many lines is plain text, with a note, in bounded time")
  func slowAcrossLines() throws {
    let repository = try HostileRepository()
    try Self.policies(
      2, body: String(repeating: String(repeating: "![[]()", count: 40) + "\n", count: 4_000), repository)
    let (result, packet) = try Self.packet(repository)
    #expect(result.status == 0, "\(result.stderr)")
    let plain = try Self.pages(
      containing: "Shown as plain text: its paragraphs hold too many `[`", in: try #require(packet))
    #expect(plain.count == 2, "\(plain)")
  }

  @Test("one budget for the whole packet: documents past it are plain text, the same on every run")
  func packetBudget() throws {
    let repository = try HostileRepository()
    // 10,000 `[` in one paragraph: exactly one document's budget (RenderBudget.maxWorkPerDocument,
    // 10,000²); ten of them spend the packet's.
    let paragraph = String(repeating: String(repeating: "![[]()", count: 125) + "\n", count: 40)
    try Self.policies(12, body: paragraph, repository)
    let (first, packet) = try Self.packet(repository)
    #expect(first.status == 0, "\(first.stderr)")
    let data = try #require(packet)
    let spent = try Self.pages(containing: "used up its rendering budget", in: data)
    #expect(spent.count == 2, "\(spent)")
    let (_, again) = try Self.packet(repository, name: "again.zip")
    #expect(again == data)
  }
}
