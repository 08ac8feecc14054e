import Foundation
import Testing

/// Chromium prints the PDF; qpdf and pdftotext (Debian's qpdf and poppler-utils) are the
/// witnesses of what the PDF holds. CI installs all three, and there a missing one fails the
/// test instead of skipping it.
enum PDFTools {
  static let programs = ["/usr/bin/chromium", "/usr/bin/qpdf", "/usr/bin/pdftotext"]
  static var available: Bool {
    programs.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
      || ProcessInfo.processInfo.environment["CI"] != nil
  }
}

@Suite("isms packet --pdf with Chromium", .enabled(if: PDFTools.available))
struct PacketPDFTests {
  @Test("the PDF has page numbers, an outline and links that stay inside it")
  func printable() throws {
    for program in PDFTools.programs {
      try #require(FileManager.default.isExecutableFile(atPath: program), "\(program) is not installed")
    }
    let fixture = try PacketCommandFixture()
    let zip = fixture.folder.url.appendingPathComponent("p.zip")
    let result = try ISMSProcess.run(
      ["packet", "--kind", "internal", "--today", "2026-06-01", "-o", zip.path, "--pdf"], in: fixture.url,
      environment: ["PATH": "/usr/bin:/bin"])
    #expect(result.status == 0, "\(result.stderr)")
    let pdf = zip.deletingPathExtension().appendingPathExtension("pdf")

    let text = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/pdftotext"), [pdf.path, "-"])
    let pages = text.stdout.split(separator: "\u{0C}").count
    #expect(pages > 10, "\(pages) pages")
    #expect(text.stdout.contains("Page 1 of "), "no page number on the first page")
    #expect(text.stdout.contains("Page 2 of "), "no page number on the second page")

    let expanded = fixture.folder.url.appendingPathComponent("expanded.pdf")
    let qpdf = try Subprocess.run(
      URL(fileURLWithPath: "/usr/bin/qpdf"), ["--qdf", "--object-streams=disable", pdf.path, expanded.path])
    #expect(qpdf.status == 0, "\(qpdf.stderr)")
    let raw = String(decoding: try Data(contentsOf: expanded), as: UTF8.self)
    #expect(raw.contains("/Outlines"), "no outline (bookmarks)")
    #expect(raw.components(separatedBy: "/Dest").count > 50, "few links inside the PDF")
    #expect(!raw.contains("file://"), "a link points at a file outside the PDF")
  }
}
