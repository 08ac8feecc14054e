import Foundation
import MarkdownHTML
import Testing

@testable import ISMSCore

@Suite("the table of packet pages")
struct PacketPageTests {
  /// Every packet the fixture can make: each kind for each audience.
  static let requests = PacketAudience.allCases.flatMap { audience in
    PacketKind.allCases.map { PacketContentFixture.request(audience, kind: $0) }
  }

  @Test("each packet holds exactly the pages of the table that are for it, their files and the documents")
  func produced() throws {
    for request in Self.requests {
      let files = try PacketContentFixture.files(request.audience, kind: request.kind)
      let paths = files.map(\.path)
      #expect(Set(paths).count == paths.count, "\(request.kind) \(request.audience): a file is made twice")
      let pages = PacketPage.pages(of: request)
      let expected = Set(pages.flatMap { [$0.path] + $0.files.map(\.path) } + ["packet.json"])
      let made = Set(paths.filter { !$0.hasPrefix("documents/") && !$0.hasPrefix("source/") })
      #expect(made == expected, "\(request.kind) \(request.audience)")
      for page in pages where page.path.hasSuffix(".html") {
        let text = PacketContentFixture.text(files, page.path)
        for other in pages {
          #expect(text.contains("href=\"\(other.path)\""), "\(page.path) leads to \(other.path)")
        }
      }
    }
  }

  @Test("the index lists every page and file of the table that the packet holds, unless told not to")
  func listed() throws {
    for kind in PacketKind.allCases {
      let request = PacketContentFixture.request(.auditor, kind: kind)
      let index = PacketContentFixture.text(
        try PacketContentFixture.files(.auditor, kind: kind), "index.html")
      let pages = PacketPage.pages(of: request)
      for page in pages {
        if let contents = page.contents {
          #expect(index.contains(HTMLText.escape(contents)), "\(kind): the index describes \(page.path)")
        }
      }
      for file in PacketPage.packetFiles + pages.flatMap(\.files) {
        if let description = file.description {
          #expect(
            index.contains("<code>\(file.path)</code></a> — \(HTMLText.escape(description))"),
            "\(kind): \(file.path)")
        } else {
          #expect(!index.contains("<code>\(file.path)</code></a>"), "\(kind): \(file.path) is not listed")
        }
      }
    }
  }

  @Test("the print book holds the pages with a place, in the order of their places, then the documents")
  func printed() throws {
    var places: [Int: String] = [:]
    for page in PacketPage.all {
      guard let place = page.printPlace else { continue }
      #expect(places[place, default: page.path] == page.path, "\(page.path) shares place \(place)")
      places[place] = page.path
    }
    #expect(PacketPrintBook.order == places.sorted { $0.key < $1.key }.map(\.value))
    for request in Self.requests {
      let files = try PacketContentFixture.files(request.audience, kind: request.kind)
      let book = PacketPrintBook.html(files.map { PacketEntry(path: $0.path, contents: $0.contents) })
      let pages = Set(PacketPage.pages(of: request).filter { $0.printPlace != nil }.map(\.path))
      let documents = files.filter { $0.path.hasPrefix("documents/") }.count
      #expect(
        book.components(separatedBy: "<section class=\"print-page\"").count - 1 == pages.count + documents,
        "\(request.kind) \(request.audience)")
    }
  }
}
