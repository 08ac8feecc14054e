import Foundation

/// One printable HTML page holding every page of a packet, for printing the packet to PDF.
///
/// Takes the `<head>` of `index.html` (styles and Content-Security-Policy) and the `<main>` of
/// every page in reading order: the cover, the Statement of Applicability, risks, records,
/// changes, the document control log, the SOC 2 pages of a SOC 2 packet, then every document by
/// path; each starts on a new page.
/// The links between pages become links inside the book (`#page-N`, `#page-N--anchor`), so
/// they work in the PDF; links to files that are not pages (CSV, JSON, sources) keep their text
/// and lose their target, since the PDF does not carry those files. Pages are numbered in the
/// footer ("Page 3 of 120").
public enum PacketPrintBook {
  /// The pages in the order they are printed, before the documents: each ``PacketPage`` at its
  /// ``PacketPage/printPlace``.
  static let order: [String] = {
    var order: [String] = []
    let placed = PacketPage.all.compactMap { page in page.printPlace.map { (place: $0, path: page.path) } }
    for page in placed.sorted(by: { $0.place < $1.place }) where !order.contains(page.path) {
      order.append(page.path)
    }
    return order
  }()

  /// Page size, margins and the page number in the footer (CSS page margin boxes).
  static let printStyle = """
    <style>
    @page { size: A4; margin: 16mm 14mm 18mm;
      @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #5b6470; } }
    </style>

    """

  /// The printable page of the packet whose entries are `entries`.
  public static func html(_ entries: [PacketEntry]) -> String {
    var pages: [String: String] = [:]
    for entry in entries where entry.path.hasSuffix(".html") {
      pages[entry.path] = String(decoding: entry.contents, as: UTF8.self)
    }
    let documents = pages.keys.filter { $0.hasPrefix("documents/") }.sorted(by: NaturalOrder.precedes)
    let paths = (order.filter { pages[$0] != nil } + documents).filter { path in
      guard let page = pages[path], let start = page.range(of: "<main>"),
        let end = page.range(of: "</main>", options: .backwards)
      else { return false }
      return start.upperBound <= end.lowerBound
    }
    var anchors: [String: String] = [:]
    for (number, path) in paths.enumerated() { anchors[path] = "page-\(number + 1)" }
    let links = BookLinks(anchors: anchors)

    let index = pages["index.html"] ?? ""
    var head =
      index.range(of: "<main>").map { String(index[..<$0.lowerBound]) } ?? "<!DOCTYPE html><html><body>"
    if let close = head.range(of: "</head>") { head.insert(contentsOf: printStyle, at: close.lowerBound) }
    var output = links.rewrite(head, page: "index.html") + "<main>\n"
    for (number, path) in paths.enumerated() {
      guard let page = pages[path], let start = page.range(of: "<main>"),
        let end = page.range(of: "</main>", options: .backwards)
      else { continue }
      let style = number == 0 ? "" : " style=\"break-before: page\""
      let body = links.rewrite(String(page[start.upperBound..<end.lowerBound]), page: path)
      output +=
        "<section class=\"print-page\" id=\"\(anchors[path] ?? "")\"\(style)>\n" + body + "</section>\n"
    }
    return output + "</main>\n</body>\n</html>\n"
  }
}

/// Rewrites the `id` and `href` attributes of one page of the book so that anchors stay unique
/// across pages and links between pages point inside the book.
struct BookLinks {
  /// The book anchor of every page, by its path in the packet.
  let anchors: [String: String]

  /// `html` of the page at `page` with its ids prefixed by the page's anchor and its links
  /// resolved: to another page (`#page-N`, `#page-N--id`), unchanged when absolute (`https:`,
  /// `mailto:`), without a target when they name a file that is not a page of the book.
  func rewrite(_ html: String, page: String) -> String {
    let anchor = anchors[page] ?? "page"
    var output = ""
    output.reserveCapacity(html.utf8.count + html.utf8.count / 8)
    var rest = Substring(html)
    while let attribute = nextAttribute(in: rest) {
      output += rest[..<attribute.name.lowerBound]
      let value = String(rest[attribute.value])
      rest = rest[attribute.end...]
      if attribute.isID {
        output += " id=\"\(anchor)--\(value)\""
      } else if let target = target(of: value, from: page, anchor: anchor) {
        output += " href=\"\(target)\""
      } else {
        output += " data-packet-file=\"\(value)\""
      }
    }
    output += rest
    return output
  }

  /// The next ` id="…"` or ` href="…"` in `text`: the range from its leading space, its value
  /// and where it ends.
  private func nextAttribute(in text: Substring) -> (
    name: Range<Substring.Index>, value: Range<Substring.Index>, end: Substring.Index, isID: Bool
  )? {
    var search = text[...]
    while let space = search.firstIndex(of: " ") {
      let after = search[search.index(after: space)...]
      for (prefix, isID) in [("id=\"", true), ("href=\"", false)] where after.hasPrefix(prefix) {
        let valueStart = after.index(after.startIndex, offsetBy: prefix.count)
        guard let quote = after[valueStart...].firstIndex(of: "\"") else { return nil }
        return (space..<valueStart, valueStart..<quote, after.index(after: quote), isID)
      }
      search = after
    }
    return nil
  }

  /// Where a link `value` on page `page` points inside the book, or nil for a file that is not
  /// a page of the book.
  private func target(of value: String, from page: String, anchor: String) -> String? {
    if value.hasPrefix("#") { return value == "#" ? "#\(anchor)" : "#\(anchor)--\(value.dropFirst())" }
    if let colon = value.firstIndex(of: ":"), !value[..<colon].contains("/") { return value }
    let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    var folders = page.split(separator: "/").dropLast().map(String.init)
    for part in parts[0].split(separator: "/") {
      switch part {
      case ".": continue
      case "..": _ = folders.popLast()
      default: folders.append(String(part))
      }
    }
    guard let target = anchors[folders.joined(separator: "/")] else { return nil }
    return parts.count == 2 && !parts[1].isEmpty ? "#\(target)--\(parts[1])" : "#\(target)"
  }
}
