import Foundation
import MarkdownHTML
import Testing

/// Fuzz corpus and regression inputs through the HTML renderer: no crash, no raw `<script>`.
@Suite("Hardening: renderer on fuzz inputs")
struct HardeningRenderRegressionTests {
  static let inputs: [String] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Fuzz").standardizedFileURL
    return ["corpus", "regressions"].flatMap { sub -> [String] in
      let url = folder.appendingPathComponent(sub)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.sorted().map { "\(sub)/\($0)" }
    }
  }()

  @Test("every fuzz input renders safely", arguments: inputs)
  func render(_ name: String) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Fuzz").standardizedFileURL
    let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path))
    let html = MarkdownRenderer.html(fromMarkdown: String(decoding: data, as: UTF8.self))
    #expect(!html.lowercased().contains("<script"))
  }
}

/// Inputs that make cmark-gfm 0.29.0.gfm.6 quadratic are shown as text, quickly.
@Suite("Hardening: render budget")
struct HardeningRenderBudgetTests {
  @Test(
    "crafted quadratic inputs render in bounded time",
    arguments: [
      String(repeating: "_www.a", count: 170_000), String(repeating: "![[]()", count: 170_000),
      "| a |\n|---|\n" + String(repeating: "|", count: 1_000_000),
      "a|b\n-|-\n" + String(repeating: String(repeating: "x|", count: 100) + "\n", count: 5_000),
      String(repeating: String(repeating: "![[]()", count: 40) + "\n", count: 4_000),
    ])
  func quadratic(_ markdown: String) {
    let clock = ContinuousClock()
    var html = ""
    let elapsed = clock.measure { html = MarkdownRenderer.html(fromMarkdown: markdown) }
    #expect(elapsed < .seconds(5))
    #expect(html.hasPrefix("<p class=\"unrendered-note\">Shown as plain text: "))
    #expect(html.contains("<pre class=\"unrendered\">"))
    #expect(RenderBudget.problem(in: markdown) != nil)
  }

  @Test("the work of a document is counted per paragraph: blank lines keep brackets apart")
  func paragraphs() {
    let line = String(repeating: "![[]()", count: 40) + "\n"
    let joined = String(repeating: line, count: 4_000)
    let apart = String(repeating: line + "\n", count: 4_000)
    #expect(RenderBudget.assess(joined).problem != nil)
    #expect(RenderBudget.assess(apart).problem == nil)
    #expect(RenderBudget.assess(apart).work == 4_000 * 80 * 80)
    #expect(MarkdownRenderer.html(fromMarkdown: apart).contains("<a href=\"\"></a>"))
  }

  @Test("ordinary documents stay within the budget")
  func ordinary() {
    #expect(RenderBudget.problem(in: LargeDocumentTests.largeDocument) == nil)
    let html = MarkdownRenderer.html(fromMarkdown: "| a | b |\n|---|---|\n| www.example.com | [x](y) |\n")
    #expect(html.contains("<table>"))
  }
}
