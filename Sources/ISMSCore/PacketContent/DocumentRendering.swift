import Foundation
import MarkdownHTML

/// Renders a document's Markdown body into a packet page and makes its links work offline.
///
/// On top of the renderer's safety (raw HTML escaped, dangerous URLs emptied):
/// - every image other than an embedded `data:image/…` one becomes a plain link to its source, so no page ever loads anything (the pages'
///   Content-Security-Policy would block it anyway): `Image: alt (url)`;
/// - a relative link to another document of the packet points at that document's page;
/// - a relative link to anything else (a document left out, a file of the repository) loses its
///   `href`, so it reads as text rather than as a broken link;
/// - links to web sites, `mailto:` and in-page anchors stay as they are.
///
/// One ``RenderBudget`` bounds the whole packet: documents are counted in packet order, and once
/// their work would pass ``RenderBudget/maxWorkPerPacket`` the rest are shown as plain text, the
/// same on every run.
struct DocumentRendering {
  /// Pages of the packet by source path (relative to the ISMS root).
  let pages: [String: String]
  /// Source paths of documents shown as plain text because the packet's budget is spent.
  let overBudget: Set<String>

  /// Prepares the rendering of documents whose bodies were assessed (`RenderBudget/assess(_:)`),
  /// in packet order, for pages `pages`.
  init(pages: [String: String], assessed: [(path: String, assessment: RenderBudget.Assessment)]) {
    self.pages = pages
    var spent = 0
    var over: Set<String> = []
    for (path, assessment) in assessed {
      // A document beyond its own budget is plain text anyway, which costs no cmark work.
      guard assessment.problem == nil else { continue }
      if spent + assessment.work > RenderBudget.maxWorkPerPacket {
        over.insert(path)
      } else {
        spent += assessment.work
      }
    }
    overBudget = over
  }

  /// `body`, the body of `document`, as an HTML fragment for its page at `page`.
  func html(of document: Document, body: String, page: String) -> String {
    guard !overBudget.contains(document.path) else {
      return MarkdownRenderer.plainText(
        body,
        reason: "the documents before it in this packet used up its rendering budget; its source is included")
    }
    let rendered = MarkdownRenderer.html(fromMarkdown: body)
    let directory = document.path.split(separator: "/").dropLast().map(String.init)
    let prefix = PacketPaths.rootPrefix(of: page)
    return rewriteImages(rewriteLinks(rendered, directory: directory, prefix: prefix))
  }

  /// Rewrites `<a href="…">` as cmark-gfm writes it.
  private func rewriteLinks(_ html: String, directory: [String], prefix: String) -> String {
    var output = ""
    var rest = Substring(html)
    let opening = "<a href=\""
    while let start = Self.range(of: opening, in: rest) {
      output += rest[..<start.lowerBound]
      let afterOpening = rest[start.upperBound...]
      guard let close = afterOpening.firstIndex(of: "\"") else {
        output += rest[start.lowerBound...]
        return output
      }
      let href = String(afterOpening[..<close])
      if let target = target(of: href, directory: directory) {
        output +=
          target.isEmpty
          ? "<a class=\"not-included\" title=\"not included in this packet\" data-href=\"" : "<a href=\""
        output += target.isEmpty ? href : prefix + target
        output += "\""
      } else {
        output += opening + href + "\""
      }
      rest = afterOpening[afterOpening.index(after: close)...]
    }
    return output + rest
  }

  /// The new href for a relative link: the page inside the packet, `""` when it is not in the
  /// packet, `nil` to leave the link alone.
  private func target(of href: String, directory: [String]) -> String? {
    if href.isEmpty || href.hasPrefix("#") || href.contains(":") { return nil }
    let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let pathPart = String(parts[0]).replacingOccurrences(of: "&amp;", with: "&")
    let fragment = parts.count > 1 ? "#" + parts[1] : ""
    let decoded = pathPart.removingPercentEncoding ?? pathPart
    var components = decoded.hasPrefix("/") ? [] : directory
    for component in decoded.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": if !components.isEmpty { components.removeLast() }
      default: components.append(String(component))
      }
    }
    guard let page = pages[components.joined(separator: "/")] else { return "" }
    return page + fragment
  }

  /// The first occurrence of the ASCII `marker` in `text`, compared byte by byte.
  ///
  /// cmark-gfm escapes `<` in text and percent-encodes every non-ASCII byte of a URL, so a marker
  /// such as `<a href="` occurs exactly where a tag begins and is followed by ASCII: this finds
  /// what Foundation's `range(of:)` finds, without bridging every page to `NSString`.
  private static func range(of marker: String, in text: Substring) -> Range<String.Index>? {
    let pattern = Array(marker.utf8)
    let utf8 = text.utf8
    let found = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      guard let base = bytes.baseAddress, let first = pattern.first, bytes.count >= pattern.count else {
        return nil
      }
      let last = bytes.count - pattern.count
      var from = 0
      while from <= last, let hit = memchr(base + from, Int32(first), last - from + 1) {
        let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        if memcmp(base + offset, pattern, pattern.count) == 0 { return offset }
        from = offset + 1
      }
      return nil
    }
    guard let found else { return text.range(of: marker) }
    guard let offset = found else { return nil }
    let start = utf8.index(utf8.startIndex, offsetBy: offset)
    return start..<utf8.index(start, offsetBy: pattern.count)
  }

  /// Replaces `<img src="…" alt="…" … />` by a link to the image.
  private func rewriteImages(_ html: String) -> String {
    var output = ""
    var rest = Substring(html)
    while let start = Self.range(of: "<img src=\"", in: rest) {
      output += rest[..<start.lowerBound]
      let tail = rest[start.upperBound...]
      guard let srcEnd = tail.firstIndex(of: "\""), let tagEnd = tail.range(of: "/>") else {
        // Not a tag cmark wrote; drop the rest of the markup rather than pass an image through.
        return output + HTMLText.escape(String(rest[start.lowerBound...]))
      }
      let src = String(tail[..<srcEnd])
      var alt = ""
      let attributes = tail[tail.index(after: srcEnd)..<tagEnd.lowerBound]
      if let altStart = attributes.range(of: "alt=\"") {
        let value = attributes[altStart.upperBound...]
        alt = String(value[..<(value.firstIndex(of: "\"") ?? value.endIndex)])
      }
      let label = "Image: " + (alt.isEmpty ? "(no description)" : alt)
      if src.hasPrefix("data:image/") {
        // Embedded in the document itself: nothing is fetched, and the CSP allows `data:` images.
        output += rest[start.lowerBound..<tagEnd.upperBound]
      } else if src.hasPrefix("http://") || src.hasPrefix("https://") {
        output += "<a class=\"image-link\" href=\"\(src)\">\(label) (\(src))</a>"
      } else {
        output +=
          "<span class=\"image-link\">\(label) (\(src.isEmpty ? "removed" : src), not included)</span>"
      }
      rest = tail[tagEnd.upperBound...]
    }
    return output + rest
  }
}
