import Foundation

/// One printable HTML page holding every page of a packet, for printing the packet to PDF.
///
/// Takes the `<head>` of `index.html` (styles and Content-Security-Policy) and the `<main>` of
/// every page in reading order: the cover, the Statement of Applicability, risks, records,
/// changes, the document control log, then every document by path; each starts on a new page.
public enum PacketPrintBook {
  /// The pages in the order they are printed, before the documents.
  static let order = [
    "index.html", "soa.html", "risks.html", "records.html", "changes.html", "document-control.html",
  ]

  /// The printable page of the packet whose entries are `entries`.
  public static func html(_ entries: [PacketEntry]) -> String {
    var pages: [String: String] = [:]
    for entry in entries where entry.path.hasSuffix(".html") {
      pages[entry.path] = String(decoding: entry.contents, as: UTF8.self)
    }
    let documents = pages.keys.filter { $0.hasPrefix("documents/") }.sorted(by: NaturalOrder.precedes)
    let paths = order.filter { pages[$0] != nil } + documents
    let index = pages["index.html"] ?? ""
    let head =
      index.range(of: "<main>").map { String(index[..<$0.lowerBound]) } ?? "<!DOCTYPE html><html><body>"
    var output = head + "<main>\n"
    for (number, path) in paths.enumerated() {
      guard let page = pages[path], let start = page.range(of: "<main>"),
        let end = page.range(of: "</main>", options: .backwards),
        start.upperBound <= end.lowerBound
      else { continue }
      let style = number == 0 ? "" : " style=\"break-before: page\""
      output +=
        "<section class=\"print-page\"\(style)>\n" + page[start.upperBound..<end.lowerBound] + "</section>\n"
    }
    return output + "</main>\n</body>\n</html>\n"
  }
}
