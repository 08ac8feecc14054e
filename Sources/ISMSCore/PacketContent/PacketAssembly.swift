import Foundation

/// One packet being put together: the request, its sources, the documents chosen and the
/// templates; the page builders are extensions of it.
struct PacketAssembly {
  /// What was asked for.
  let request: PacketRequest
  /// What it is made from.
  let sources: PacketSources
  /// The documents in it.
  let selection: PacketSelection
  /// The parsed templates.
  let templates: PacketTemplates
  /// The page of every selected document, by source path.
  let pages: [String: String]
  /// The page of every selected document, by id.
  let pagesByID: [String: String]
  /// What the pages need of the history of every selected document, by source path.
  let histories: [String: PacketDocumentHistory]

  /// Parses the templates, maps every selected document to its page and reads their histories.
  /// - Throws: ``PacketContentError`` for a missing or invalid template, and what
  ///   ``PacketHistory/versions`` throws.
  init(request: PacketRequest, sources: PacketSources, selection: PacketSelection) throws {
    self.request = request
    self.sources = sources
    self.selection = selection
    templates = try PacketTemplates(sources.templates)
    var pages: [String: String] = [:]
    var pagesByID: [String: String] = [:]
    for document in selection.all {
      pages[document.path] = document.packetPagePath
      pagesByID[document.id] = pagesByID[document.id] ?? document.packetPagePath
    }
    self.pages = pages
    self.pagesByID = pagesByID
    histories = try PacketDocumentHistory.read(
      selection.all, from: sources.histories, config: sources.isms.config)
  }

  /// The ISMS.
  var isms: ISMS { sources.isms }
  /// `isms.yml`, when readable.
  var config: ISMSConfig? { sources.isms.config }
  /// The organisation's name.
  var organization: String { config?.organization ?? "The organisation" }

  /// The title of `page`: its own, or the packet's.
  func title(of page: PacketPage) -> String { page.title ?? packetTitle }

  /// The packet's title: `Surveillance audit packet`.
  var packetTitle: String {
    switch request.audience {
    case .customer: "Customer security information"
    case .auditor:
      switch request.kind {
      case .stage1: "Stage 1 audit packet"
      case .stage2: "Stage 2 audit packet"
      case .surveillance: "Surveillance audit packet"
      case .recertification: "Recertification audit packet"
      case .internal: "Internal audit packet"
      case .soc2: "SOC 2 \(config?.soc2?.type?.name ?? "") packet"
      }
    }
  }

  /// A person's name with their id (`Ana Moreira (amoreira)`), or the id when unknown.
  func person(_ id: String?) -> String? {
    guard let id, !id.isEmpty else { return nil }
    guard let person = config?.person(id) else { return id }
    return person.name
  }

  /// The link from `page` to the page of document `id`, when it is in the packet.
  func href(toID id: String, from page: String) -> String? {
    pagesByID[id].map { PacketPaths.rootPrefix(of: page) + $0 }
  }

  /// `2026-11-27 14:03 UTC`.
  static func display(_ timestamp: PacketTimestamp) -> String {
    let text = timestamp.description
    return text.prefix(10) + " " + text.dropFirst(11).prefix(5) + " UTC"
  }

  /// The navigation of every page: (file, label).
  var navigation: [(href: String, label: String)] {
    PacketPage.pages(of: request).map { ($0.path, $0.label) }
  }

  /// The SOC 2 coverage the SOC 2 pages show.
  var soc2Coverage: SOC2Coverage { SOC2Coverage(isms: isms, catalogs: sources.catalogs) }

  /// A whole HTML page at `path` around `body`, rendered by `page.mustache`.
  ///
  /// The page is rendered around a mark, and the body put in its place (``PacketFile``'s
  /// insertion): a body of megabytes is then neither copied into a page text nor turned into
  /// bytes, but hashed and deflated where it lies.
  func page(_ path: String, title: String, body: String) -> PacketFile {
    guard !body.isEmpty, let shell = shell(path, title: title) else {
      let page = templates.render("page", frame(path, title: title, body: body))
      return PacketFile(path: path, contents: Data(page.utf8))
    }
    return PacketFile(path: path, bytes: shell.bytes, inserting: body, at: shell.offset)
  }

  /// A whole HTML page at `path` around the body that `body` hands over a piece at a time, in
  /// order: deflated as it comes and never held whole (`document-control.html`, tens of
  /// megabytes at 10,000 documents). The same bytes as ``page(_:title:body:)`` of the pieces joined.
  /// `body` runs once, and again only when deflate would not make the page smaller.
  /// - Throws: what `body` throws.
  func page(_ path: String, title: String, streaming body: ((String) -> Void) throws -> Void) rethrows
    -> PacketFile
  {
    guard let shell = shell(path, title: title) else {
      var text = ""
      try body { text += $0 }
      return page(path, title: title, body: text)
    }
    var empty = true
    let file = try PacketFile(path: path) { write in
      empty = true
      try withoutActuallyEscaping(write) { write in
        try shell.bytes.withUnsafeBytes { bytes in
          try body { piece in
            guard !piece.isEmpty else { return }
            if empty { write(UnsafeRawBufferPointer(rebasing: bytes[..<shell.offset])) }
            empty = false
            var piece = piece
            piece.withUTF8 { write(UnsafeRawBufferPointer($0)) }
          }
          if !empty { write(UnsafeRawBufferPointer(rebasing: bytes[shell.offset...])) }
        }
      }
    }
    // An empty body is not put in place of the mark: `{{#body}}` skips it.
    return empty ? page(path, title: title, body: "") : file
  }

  /// The context of `page.mustache` for the page at `path`.
  private func frame(_ path: String, title: String, body: String) -> TemplateContext {
    var context: TemplateContext = [
      "title": title, "organization": organization, "packetTitle": packetTitle,
      "root": PacketPaths.rootPrefix(of: path), "body": body, "commit": request.sourceCommit,
      "commitDate": Self.display(request.committed), "toolVersion": request.toolVersion,
      "nav": navigation.map { item -> TemplateContext in
        ["href": item.href, "label": item.label, "current": item.href == path]
      },
    ]
    context.put("today", request.audience == .auditor ? request.today.description : nil)
    return context
  }

  /// The page at `path` rendered around a mark, without it, and where the body goes; `nil` when
  /// the mark does not show as it is exactly once (a template that escapes the body, indents it
  /// with a partial or shows it other than once), and the body must then be rendered in the page.
  /// The mark holds `<`, `&` and a line end, so that each of those shows.
  private func shell(_ path: String, title: String) -> (bytes: Data, offset: Int)? {
    var shell = templates.render("page", frame(path, title: title, body: Self.bodyMarkText))
    return shell.withUTF8 { shell in
      guard let mark = Self.onlyOccurrence(of: Self.bodyMark, in: shell) else { return nil }
      var data = Data()
      data.reserveCapacity(shell.count - mark.count)
      data.append(UnsafeBufferPointer(rebasing: shell[..<mark.lowerBound]))
      data.append(UnsafeBufferPointer(rebasing: shell[mark.upperBound...]))
      return (data, mark.lowerBound)
    }
  }

  /// The range of `mark` in `bytes` when it occurs there exactly once.
  private static func onlyOccurrence(of mark: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    let found = occurrences(of: mark, in: bytes, upTo: 2)
    return found.count == 1 ? found[0] : nil
  }

  /// Where `mark` (not empty) occurs in `bytes`, in order, without overlaps, stopping after `limit`.
  private static func occurrences(
    of mark: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int = .max
  ) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var start = 0
    while found.count < limit, start + mark.count <= bytes.count {
      guard let base = bytes.baseAddress,
        let hit = memchr(base + start, Int32(mark[0]), bytes.count - start - mark.count + 1)
      else { break }
      let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(base + offset, mark, mark.count) == 0 {
        found.append(offset..<(offset + mark.count))
        start = offset + mark.count
      } else {
        start = offset + 1
      }
    }
    return found
  }

  /// What ``shell(_:title:)`` renders in place of the body, and its bytes.
  private static let bodyMarkText = "<isms-page-body&>\n</isms-page-body&>"
  private static let bodyMark = Array(bodyMarkText.utf8)

  /// `page`, its body rendered by its template with `context`.
  func page(_ page: PacketPage, _ context: TemplateContext) -> PacketFile {
    self.page(page.path, title: title(of: page), body: templates.render(page.template, context))
  }

  /// `page`, its body rendered by its template with `context` and `lists`. A list that the
  /// template writes as a value (`{{{risks}}}`) stands for its rows, each rendered by the list's
  /// template as the page is written and deflated as it comes: a register of thousands of rows
  /// is never held as one text. A list the template goes through as a section (`{{#risks}}`, as
  /// an override may) is rendered there, as any list.
  func page(
    _ page: PacketPage, _ context: TemplateContext,
    lists: [(name: String, template: String, rows: TemplateList)]
  ) -> PacketFile {
    var context = context
    let marks = lists.indices.map { "<isms-rows-\($0)&>\n</isms-rows-\($0)&>" }
    for (list, mark) in zip(lists, marks) { context[list.name] = list.rows.marked(mark) }
    var body = templates.render(page.template, context)
    func rows(_ list: Int, _ write: (String) -> Void) {
      let rows = lists[list].rows
      for index in rows.indices { write(templates.render(lists[list].template, rows.context(at: index))) }
    }
    // Where each mark shows, in order of the text; a template that shows one more than once gets
    // the rows put in as text.
    let found = body.withUTF8 { bytes in
      marks.map { Self.occurrences(of: Array($0.utf8), in: bytes, upTo: 2) }
    }
    guard found.allSatisfy({ $0.count <= 1 }) else {
      var text = body
      for (list, mark) in marks.enumerated() {
        var joined = ""
        rows(list) { joined += $0 }
        text = text.replacingOccurrences(of: mark, with: joined)
      }
      return self.page(page.path, title: title(of: page), body: text)
    }
    var places: [(range: Range<Int>, list: Int)] = []
    for (list, ranges) in found.enumerated() {
      if let range = ranges.first { places.append((range, list)) }
    }
    places.sort { $0.range.lowerBound < $1.range.lowerBound }
    // The marks are ASCII, so their byte offsets fall between characters.
    func piece(_ range: Range<Int>) -> String {
      let utf8 = body.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      return String(body[start..<utf8.index(start, offsetBy: range.count)])
    }
    return self.page(page.path, title: title(of: page)) { write in
      var start = 0
      for place in places {
        write(piece(start..<place.range.lowerBound))
        rows(place.list, write)
        start = place.range.upperBound
      }
      write(piece(start..<body.utf8.count))
    }
  }
}
