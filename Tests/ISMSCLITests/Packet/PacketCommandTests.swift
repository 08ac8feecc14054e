import Foundation
import ISMSCore
import Testing

@Suite("isms packet")
struct PacketCommandTests {
  @Test("building twice gives identical bytes, and the manifest lists every file")
  func reproducible() throws {
    let fixture = try PacketCommandFixture()
    let first = try Data(contentsOf: try fixture.packet("one.zip"))
    let second = try Data(contentsOf: try fixture.packet("two.zip"))
    #expect(first == second)
    let entries = try PacketArchive.entries(of: first)
    let manifest = try PacketCommandFixture.manifest(fixture.folder.url.appendingPathComponent("one.zip"))
    #expect(Set(manifest.files.map(\.path)) == Set(entries.map(\.path).filter { $0 != "manifest.json" }))
    #expect(manifest.sourceCommit == fixture.commits["2026-03-05"])
    let policy = try #require(manifest.files.first { $0.path == "source/policies/hostile.md" })
    let blob = try fixture.run(["rev-parse", "HEAD:policies/hostile.md"]).trimmingCharacters(
      in: .whitespacesAndNewlines)
    #expect(policy.blobID == blob)
  }

  @Test("--as-of picks the last commit at or before the end of that day, as git says")
  func asOf() throws {
    let fixture = try PacketCommandFixture()
    let cases = [
      ("2026-02-03", "2026-02-03"), ("2026-02-04", "2026-02-03"), ("2026-03-04", "2026-02-03"),
      ("2026-03-05", "2026-03-05"),
    ]
    for (asOf, day) in cases {
      let packet = try fixture.packet("as-of-\(asOf).zip", ["--kind", "internal", "--as-of", asOf])
      let manifest = try PacketCommandFixture.manifest(packet)
      #expect(manifest.sourceCommit == fixture.commits[day], "--as-of \(asOf)")
      #expect(manifest.builtFrom.asOf == Day(asOf))
      let witness = try fixture.run([
        "rev-list", "-1", "--first-parent", "--before=\(asOf)T23:59:59Z", "HEAD",
      ])
      #expect(manifest.sourceCommit == witness.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    let early = try fixture.isms(["packet", "--kind", "internal", "--as-of", "2025-12-31", "-o", "x.zip"])
    #expect(early.status == 1)
    #expect(early.stderr.contains("no commit"))
  }

  @Test("the script and the formula come out inert")
  func inert() throws {
    let fixture = try PacketCommandFixture()
    let entries = try PacketArchive.entries(of: try Data(contentsOf: try fixture.packet("p.zip")))
    for entry in entries where entry.path.hasSuffix(".html") || entry.path.hasSuffix(".svg") {
      #expect(
        !String(decoding: entry.contents, as: UTF8.self).lowercased().contains("<script"), "\(entry.path)")
    }
    let csv = String(decoding: try #require(entries.first { $0.path == "risks.csv" }).contents, as: UTF8.self)
    let row = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("RISK-001,") })
    #expect(row.hasPrefix("RISK-001,\"'=HYPERLINK("))
  }

  @Test("a packet with a confidential document is written with mode 0600, a customer packet 0644")
  func modes() throws {
    let fixture = try PacketCommandFixture()
    let auditor = try fixture.packet("auditor.zip")
    let customer = try fixture.packet("customer.zip", ["--audience", "customer"])
    let auditorMode =
      try FileManager.default.attributesOfItem(atPath: auditor.path)[.posixPermissions] as? Int
    let customerMode =
      try FileManager.default.attributesOfItem(atPath: customer.path)[.posixPermissions] as? Int
    #expect(auditorMode == 0o600)
    #expect(customerMode == 0o644)
    let entries = try PacketArchive.entries(of: try Data(contentsOf: customer))
    #expect(!entries.contains { $0.path.hasPrefix("documents/") || $0.path.hasPrefix("source/") })
  }

  @Test("usage errors exit 64")
  func usage() throws {
    let fixture = try PacketCommandFixture()
    #expect(try fixture.isms(["packet", "-o", "x.zip"]).status == 64)
    #expect(try fixture.isms(["packet", "--kind", "yearly", "-o", "x.zip"]).status == 64)
    #expect(
      try fixture.isms(["packet", "--kind", "internal", "--as-of", "2026-02-30", "-o", "x.zip"]).status == 64)
  }
}

@Suite("isms packet --pdf and --audit")
struct PacketCommandOptionTests {
  @Test("--pdf without Chromium on PATH says what to install, after writing the zip")
  func pdfWithoutChromium() throws {
    let fixture = try PacketCommandFixture()
    let output = fixture.folder.url.appendingPathComponent("p.zip")
    let result = try ISMSProcess.run(
      ["packet", "--kind", "internal", "--today", "2026-06-01", "-o", output.path, "--pdf"], in: fixture.url,
      environment: ["PATH": fixture.folder.url.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("apt-get install chromium"), "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: output.path))
  }

  @Test("--pdf prints from a folder only the user can read, and removes it afterwards")
  func pdfFolderIsPrivate() throws {
    let fixture = try PacketCommandFixture()
    let bin = fixture.folder.url.appendingPathComponent("bin")
    let temporary = fixture.folder.url.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    // A stand-in for Chromium: reports the mode of the folder holding the printable page.
    let browser = bin.appendingPathComponent("chromium")
    try Data(
      """
      #!/bin/sh
      for argument in "$@"; do
        case "$argument" in --print-to-pdf=*) pdf="${argument#--print-to-pdf=}" ;; esac
      done
      folder="$(dirname "$pdf")"
      printf '%s %s' "$(stat -c %a "$folder")" "$folder" > "$pdf"
      """.utf8
    ).write(to: browser)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
    let output = fixture.folder.url.appendingPathComponent("p.zip")
    let result = try ISMSProcess.run(
      ["packet", "--kind", "internal", "--today", "2026-06-01", "-o", output.path, "--pdf"], in: fixture.url,
      environment: ["PATH": "\(bin.path):/usr/bin:/bin", "TMPDIR": temporary.path])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try String(
      contentsOf: output.deletingPathExtension().appendingPathExtension("pdf"), encoding: .utf8)
    let fields = report.split(separator: " ", maxSplits: 1).map(String.init)
    #expect(fields.first == "700", "\(report)")
    #expect(fields.count == 2 && fields[1].hasPrefix(temporary.path), "\(report)")
    #expect(fields.count == 2 && !FileManager.default.fileExists(atPath: fields[1]), "\(report)")
  }

  @Test("--audit names the audit the packet is for; an unknown one is an error")
  func audit() throws {
    let fixture = try PacketCommandFixture()
    let unknown = try fixture.isms(["packet", "--audit", "AUD-NOPE", "-o", "x.zip"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no audit with id 'AUD-NOPE'"), "\(unknown.stderr)")
  }

  @Test("the document control log lists, for every document, the commits git log lists for its path")
  func documentControlAgreesWithGitLog() throws {
    var fixture = try PacketCommandFixture()
    let url = fixture.url
    func read(_ path: String) throws -> String {
      try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }
    try fixture.run(["checkout", "-q", "-b", "side"])
    try fixture.write("controls/A.5.2.md", try read("controls/A.5.2.md") + "\nSide.\n")
    try fixture.commit("Side change", day: "2026-03-06")
    try fixture.run(["checkout", "-q", "main"])
    try fixture.write("controls/A.5.3.md", try read("controls/A.5.3.md") + "\nMain.\n")
    try fixture.commit("Main change", day: "2026-03-07")
    try fixture.run(
      PacketCommandFixture.identity + ["merge", "-q", "--no-ff", "-m", "Merge side", "side"],
      environment: ["GIT_COMMITTER_DATE": "2026-03-08T12:00:00Z", "GIT_AUTHOR_DATE": "2026-03-08T12:00:00Z"])
    let risk = try read("risks/RISK-001.md")
    try fixture.run(["rm", "-q", "risks/RISK-001.md"])
    try fixture.commit("Drop a risk", day: "2026-03-09")
    try fixture.write("risks/RISK-001.md", risk)
    try fixture.commit("Restore the risk", day: "2026-03-10")

    let entries = try PacketArchive.entries(of: try Data(contentsOf: try fixture.packet("p.zip")))
    let csv = String(
      decoding: try #require(entries.first { $0.path == "document-control.csv" }).contents, as: UTF8.self)
    var commits: [String: [String]] = [:]
    for row in csv.split(separator: "\r\n").dropFirst() {
      let fields = row.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
      commits[fields[1], default: []].append(fields[2])
    }
    #expect(commits.count > 90)
    for path in commits.keys {
      let witness = try fixture.run(["log", "--date-order", "--format=%H", "--", path])
      #expect(commits[path] ?? [] == witness.split(separator: "\n").map(String.init), "\(path)")
    }
    #expect(commits["risks/RISK-001.md"]?.count == 4)
  }
}
