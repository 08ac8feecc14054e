import Foundation
import ISMSCore
import Testing

@Suite("Packet content")
struct PacketContentTests {
  @Test("the same inputs give the same files, sorted by path")
  func deterministic() throws {
    let first = try PacketContentFixture.files()
    let second = try PacketContentFixture.files()
    #expect(first == second)
    #expect(first.map(\.path) == first.map(\.path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
  }

  @Test("an auditor packet holds the index, SoA, risks, records, control log, changes and every document")
  func auditorFiles() throws {
    let paths = Set(try PacketContentFixture.files().map(\.path))
    for path in [
      "index.html", "soa.html", "soa.csv", "risks.html", "risks.csv", "risk-treatment-plan.csv",
      "risk-heatmap-before.svg", "risk-heatmap-after.svg", "records.html", "nonconformities.csv",
      "document-control.html", "document-control.csv", "changes.html", "changes.csv", "packet.json",
      "documents/policies/hostile.html", "documents/plans/secret.html", "documents/risks/risk-formula.html",
      "documents/records/findings/nc-1.html", "source/policies/hostile.md",
    ] {
      #expect(paths.contains(path), "missing \(path)")
    }
  }

  @Test(
    "the document control log is its head, then each group's heading and each document's log, from their templates"
  )
  func documentControlParts() throws {
    let files = try PacketContentFixture.files(templates: [
      "document-control.mustache": "<h1>head {{commitShort}}</h1>{{#groups}}old{{/groups}}\n",
      "document-control-group.mustache": "<h2>group {{title}}</h2>\n",
      "document-control-log.mustache": "<p>log {{id}} {{commitShort}}</p>\n",
    ])
    let page = PacketContentFixture.text(files, "document-control.html")
    let short = String(PacketContentFixture.commit.prefix(7))
    let groups = [
      "Policies, procedures and plans", "Statement of Applicability entries", "Risks and suppliers",
      "Records",
    ]
    let head = try #require(page.range(of: "<h1>head \(short)</h1>\n<h2>group \(groups[0])</h2>\n"))
    var rest = page[head.upperBound...]
    for group in groups.dropFirst() {
      let heading = try #require(rest.range(of: "<h2>group \(group)</h2>\n"), "\(group)")
      // Between two headings, only the logs of the documents of the first group.
      let logs = rest[..<heading.lowerBound].split(separator: "\n")
      #expect(logs.allSatisfy { $0.hasPrefix("<p>log ") && $0.hasSuffix(" \(short)</p>") }, "\(group)")
      rest = rest[heading.upperBound...]
    }
    #expect(page.contains("<p>log POL-100 \(short)</p>") && !page.contains("old"))
  }

  @Test("no HTML or SVG file holds a script element, and every page has the CSP")
  func inert() throws {
    for file in try PacketContentFixture.files()
    where file.path.hasSuffix(".html") || file.path.hasSuffix(".svg") {
      let text = String(decoding: file.contents, as: UTF8.self).lowercased()
      #expect(!text.contains("<script"), "\(file.path) has a script element")
      #expect(!text.contains("<img"), "\(file.path) loads an image")
      #expect(!text.contains("javascript:"), "\(file.path) has a javascript: URL")
      if file.path.hasSuffix(".html") {
        #expect(
          text.contains(
            "<meta http-equiv=\"content-security-policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
          ), "\(file.path) lacks the CSP")
        #expect(!text.contains("<link"), "\(file.path) links an external resource")
      }
    }
  }

  @Test("remote images become links, links to packet documents are rewritten, others lose their href")
  func links() throws {
    let page = PacketContentFixture.text(try PacketContentFixture.files(), "documents/policies/hostile.html")
    #expect(page.contains("<a class=\"image-link\" href=\"https://evil.example/tracker.png\">Image: tracker"))
    #expect(page.contains("href=\"../../documents/plans/isms-manual.html#scope\""))
    #expect(page.contains("class=\"not-included\""))
    #expect(page.contains("href=\"https://example.com/\""))
    #expect(page.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Hostile policy"))
    #expect(page.contains("type=\"checkbox\""))
    #expect(page.contains("<table>"))
    #expect(page.contains("footnote"))
  }

  @Test("CSV cells that a spreadsheet would run are neutralised")
  func csvNeutralised() throws {
    let csv = PacketContentFixture.text(try PacketContentFixture.files(), "risks.csv")
    let row = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("RISK-099,") })
    #expect(row.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","))
    #expect(row.contains(",'@SUM(A1),"))
  }

  @Test("every CSV file of the packet starts with a UTF-8 byte-order mark, for spreadsheets")
  func csvByteOrderMark() throws {
    let files = try PacketContentFixture.files()
    let names = files.map(\.path).filter { $0.hasSuffix(".csv") }
    #expect(names.count == 6, "\(names)")
    for file in files where file.path.hasSuffix(".csv") {
      #expect(Array(file.contents.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(file.path)")
    }
  }

  @Test("a management review's decisions are a table and its inputs a list, not run-on lines")
  func managementReviewTables() throws {
    let files = try PacketContentFixture.files()
    let path = try #require(files.map(\.path).first { $0.hasSuffix("mr-1.html") })
    let page = PacketContentFixture.text(files, path)
    #expect(
      page.contains(
        "<table class=\"field-table\"><thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Decision</th>"
          + "<th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead>"
      ))
    #expect(page.contains("<tr><td>MR-2026-01-D1</td><td>Automate patching</td><td>"))
    #expect(page.contains("<td>2026-09-30</td><td>open</td></tr>"))
    #expect(page.contains("<dl class=\"field-list\"><dt>Previous actions</dt><dd>none open</dd>"))
    #expect(!page.contains("Id: MR-2026-01-D1;"))
    #expect(!page.contains("Previous actions: none open"))
  }

  @Test("the heat maps place open risks by inherent and residual likelihood × impact")
  func heatMaps() throws {
    let files = try PacketContentFixture.files()
    let before = PacketContentFixture.text(files, "risk-heatmap-before.svg")
    let after = PacketContentFixture.text(files, "risk-heatmap-after.svg")
    #expect(before.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(before.contains(">RISK-099<"))
    #expect(after.contains(">RISK-099<"))
    #expect(PacketContentFixture.text(files, "risks.html").contains("<svg"))
  }

  @Test("a customer packet holds only public approved documents")
  func customer() throws {
    let files = try PacketContentFixture.files(.customer)
    let pages = files.map(\.path).filter { $0.hasPrefix("documents/") || $0.hasPrefix("source/") }
    #expect(pages == ["documents/policies/public.html", "source/policies/public.md"])
    let everything = files.map { String(decoding: $0.contents, as: UTF8.self) }.joined()
    #expect(!everything.contains("Secret plan"))
    #expect(!everything.contains("Hostile policy"))
    #expect(!everything.contains("RISK-"))
    #expect(PacketContentFixture.text(files, "index.html").contains("Public security statement"))
    #expect(
      !PacketContent.isConfidential(
        PacketContentFixture.request(.customer), isms: PacketContentFixture.isms, since: nil))
    #expect(
      PacketContent.isConfidential(
        PacketContentFixture.request(), isms: PacketContentFixture.isms, since: nil))
  }

  @Test("the build record says how the packet was built, today included")
  func buildRecord() throws {
    let json = PacketContentFixture.text(try PacketContentFixture.files(), "packet.json")
    #expect(json.contains("\"today\" : \"2026-06-01\""))
    #expect(json.contains("\"kind\" : \"surveillance\""))
    #expect(json.contains("\"source_commit\" : \"\(PacketContentFixture.commit)\""))
  }

  @Test("a missing template is reported by name")
  func missingTemplate() throws {
    var templates = try PacketContentFixture.templates
    templates["soa.mustache"] = nil
    let sources = PacketSources(
      isms: PacketContentFixture.isms, catalogs: try Fixture.catalogs, blobIDs: [:], fileContents: [:],
      histories: .empty,
      baseline: nil, templates: templates)
    #expect(throws: PacketContentError.missingTemplate("soa.mustache")) {
      try PacketContent.files(for: PacketContentFixture.request(), sources: sources)
    }
  }
}
