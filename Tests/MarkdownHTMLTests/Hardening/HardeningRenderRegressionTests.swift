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
