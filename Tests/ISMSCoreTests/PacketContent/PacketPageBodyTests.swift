import Foundation
import MarkdownHTML
import Testing

@testable import ISMSCore

@Suite("the body of a packet page, put in place as bytes")
struct PacketPageBodyTests {
  /// The shipped page template with its `{{{body}}}` replaced by `replacement`.
  static func pageTemplate(_ replacement: String) throws -> [String: String] {
    let page = try #require(try PacketContentFixture.templates["page.mustache"])
    #expect(page.components(separatedBy: "{{{body}}}").count == 2)
    return ["page.mustache": page.replacingOccurrences(of: "{{{body}}}", with: replacement)]
  }

  @Test(
    "a page template that writes the body as it is, escapes it, repeats it or leaves it out gets what it wrote"
  )
  func templates() throws {
    let plain = try PacketContentFixture.files()
    let soa = PacketContentFixture.text(plain, "soa.html")
    let marked = PacketContentFixture.text(
      try PacketContentFixture.files(templates: Self.pageTemplate("⟦{{{body}}}⟧")), "soa.html")
    let start = try #require(marked.range(of: "⟦"))
    let end = try #require(marked.range(of: "⟧", options: .backwards))
    let body = String(marked[start.upperBound..<end.lowerBound])
    #expect(soa.contains(body) && body.contains("<table"))
    let escaped = try PacketContentFixture.files(templates: Self.pageTemplate("{{body}}"))
    #expect(PacketContentFixture.text(escaped, "soa.html").contains(HTMLText.escape(body)))
    let twice = try PacketContentFixture.files(templates: Self.pageTemplate("{{{body}}}<hr>{{{body}}}"))
    #expect(PacketContentFixture.text(twice, "soa.html").contains(body + "<hr>" + body))
    let none = try PacketContentFixture.files(templates: Self.pageTemplate("{{#body}}has a body{{/body}}"))
    #expect(PacketContentFixture.text(none, "soa.html").contains("has a body"))
    #expect(!PacketContentFixture.text(none, "soa.html").contains("<table"))
    #expect(!PacketContentFixture.text(none, "soa.html").contains("isms-page-body"))
  }

  @Test(
    "a page written a piece at a time is the page of its pieces joined, whatever the page template does with the body"
  )
  func streamed() throws {
    let pieces = [
      "<h1>Log</h1>\n", "", "<p>König & <b>", String(repeating: "<tr><td>v1.0</td></tr>\n", count: 3_000),
      "</b></p>\n",
    ]
    for replacement in [
      "{{{body}}}", "⟦{{{body}}}⟧", "{{body}}", "{{{body}}}<hr>{{{body}}}", "{{#body}}has a body{{/body}}",
    ] {
      let assembly = try PacketContentFixture.assembly(templates: Self.pageTemplate(replacement))
      for parts in [pieces, [], ["", ""], ["x"]] {
        let whole = assembly.page("document-control.html", title: "Log", body: parts.joined())
        let streamed = try assembly.page("document-control.html", title: "Log") { write in
          for part in parts { write(part) }
        }
        #expect(streamed.path == whole.path)
        #expect(streamed.contents == whole.contents, "\(replacement) \(parts.count) pieces")
      }
    }
  }

  @Test(
    "the risk tables written a row at a time are those a template going through the rows itself makes, and a template showing them twice gets them twice"
  )
  func rowLists() throws {
    let shipped = try PacketContentFixture.templates
    let page = try #require(shipped["risks.mustache"])
    let row = try #require(shipped["risks-row.mustache"])
    let treatment = try #require(shipped["risks-treatment.mustache"])
    let streamed = PacketContentFixture.text(try PacketContentFixture.files(), "risks.html")
    #expect(streamed.contains("<tr>") && !streamed.contains("isms-rows"))
    // The earlier form of the template: the rows as sections of the page.
    let sections = page.replacingOccurrences(
      of: "{{{risks}}}", with: "    {{#risks}}\n" + row + "    {{/risks}}\n"
    )
    .replacingOccurrences(
      of: "{{{treatments}}}", with: "    {{#treatments}}\n" + treatment + "    {{/treatments}}\n")
    let inline = try PacketContentFixture.files(templates: ["risks.mustache": sections])
    #expect(PacketContentFixture.text(inline, "risks.html") == streamed)
    let twice = try PacketContentFixture.files(templates: [
      "risks.mustache": page + "<p>again</p>\n{{{risks}}}"
    ])
    let text = PacketContentFixture.text(twice, "risks.html")
    // The register's rows: between its body's tags.
    let register = try #require(streamed.range(of: "<h2>Risk register</h2>"))
    let open = try #require(streamed.range(of: "  <tbody>\n", range: register.upperBound..<streamed.endIndex))
    let close = try #require(streamed.range(of: "  </tbody>", range: open.upperBound..<streamed.endIndex))
    let risks = String(streamed[open.upperBound..<close.lowerBound])
    #expect(!risks.isEmpty && text.contains("<p>again</p>\n" + risks) && !text.contains("isms-rows"))
  }

  @Test("documents loaded with their bodies' fingerprints give the packet of documents loaded with the text")
  func fingerprints() throws {
    for kind in PacketKind.allCases {
      for audience in PacketAudience.allCases {
        let text = try PacketContentFixture.files(audience, kind: kind, bodies: .text)
        let fingerprint = try PacketContentFixture.files(audience, kind: kind, bodies: .fingerprint)
        #expect(text == fingerprint, "\(kind) \(audience)")
        if audience == .auditor {
          // The body is there: the task list of the Markdown, rendered.
          #expect(PacketContentFixture.text(text, "documents/policies/hostile.html").contains("checkbox"))
        }
      }
    }
  }
}
