import Foundation
import Testing

@testable import ISMSCore

@Suite("the printable book of a packet")
struct PacketPrintBookTests {
  static func page(_ main: String) -> String {
    "<!DOCTYPE html><html><head><title>t</title></head><body><main>\(main)</main></body></html>"
  }

  static let entries = [
    PacketEntry(
      path: "index.html",
      contents: Data(
        page(
          ##"<a href="soa.html">SoA</a> <a href="documents/p/a.html#scope">A</a> <a href="soa.csv">CSV</a>"##
        ).utf8)),
    PacketEntry(
      path: "soa.html",
      contents: Data(
        page(##"<h2 id="x">X</h2><a href="#x">up</a> <a href="https://example.test/">out</a>"##).utf8)),
    PacketEntry(
      path: "documents/p/a.html",
      contents: Data(
        page(
          ##"<h2 id="scope">S</h2><a href="../../soa.html#x">back</a> <a href="../../source/p/a.md">source</a>"##
        ).utf8)),
  ]

  @Test(
    "links between pages point inside the book, anchors stay unique, files that are not pages lose their target"
  )
  func links() {
    let book = PacketPrintBook.html(Self.entries)
    #expect(book.contains(##"<section class="print-page" id="page-1">"##))
    #expect(book.contains(##"<a href="#page-2">SoA</a>"##))
    #expect(book.contains(##"<a href="#page-3--scope">A</a>"##))
    #expect(book.contains(##"<a data-packet-file="soa.csv">CSV</a>"##))
    #expect(book.contains(##"<h2 id="page-2--x">X</h2><a href="#page-2--x">up</a>"##))
    #expect(book.contains(##"<a href="https://example.test/">out</a>"##))
    #expect(book.contains(##"<h2 id="page-3--scope">S</h2><a href="#page-2--x">back</a>"##))
    #expect(book.contains(##"<a data-packet-file="../../source/p/a.md">source</a>"##))
    #expect(book.contains("counter(page)"), "page numbers in the footer")
  }
}
