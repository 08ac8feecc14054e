import Foundation

extension PacketAssembly {
  /// The page of one document: its fields, its workflow history and its rendered body, `body`.
  func documentPage(_ document: Document, body: String, rendering: DocumentRendering) -> PacketFile {
    let path = document.packetPagePath
    let prefix = PacketPaths.rootPrefix(of: path)
    var context: TemplateContext = [
      "kindLabel": PacketLabels.kindLabel(document.kind), "id": document.id, "title": document.displayTitle,
      "path": document.path, "sourceHref": prefix + PacketPaths.source(document.path),
      "fields": fields(of: document), "content": rendering.html(of: document, body: body, page: path),
    ]
    context.put("version", document.packetVersion)
    let state = document.kind.isControlled ? approvalState(of: document) : nil
    context.put("badge", state?.label ?? document.packetStatus)
    context.put("badgeClass", PacketLabels.badgeClass(state?.key ?? document.packetStatus))
    context.put("blob", sources.blobIDs[document.path])
    if document.controlled?.status == .draft {
      context.put(
        "draftNote", "Draft: not approved, not in force. Included so the auditor sees work in progress.")
    }
    let history = workflowHistory(of: document)
    context["history"] = history
    context["hasHistory"] = !history.isEmpty
    let revisions = sources.histories.commits.changes[document.path]?.count ?? 0
    context["hasRevisions"] = revisions > 0 && request.audience == .auditor
    context["revisions"] = revisions == 1 ? "1 commit" : "\(revisions) commits"
    context["controlHref"] = prefix + "document-control.html#" + DocumentControlAnchor.id(document)
    if let text = histories[document.path]?.approval {
      context["approval"] = ["text": text]
    } else {
      context["approval"] = false
    }
    return page(
      path, title: "\(document.id) \(document.displayTitle)", body: templates.render("document", context))
  }

  /// The front-matter as label and lines, people by name and references to documents of the
  /// packet as links: a mapping (a management review's inputs) as a list of label and text, a list
  /// of mappings (its decisions) as a table; `id`, `kind`, `title` and `history` are shown elsewhere.
  func fields(of document: Document) -> [TemplateContext] {
    let page = document.packetPagePath
    return document.frontMatter.compactMap { entry -> TemplateContext? in
      guard !["id", "kind", "title", "history"].contains(entry.key), !entry.value.isNull else { return nil }
      var field: TemplateContext = [
        "label": PacketLabels.fieldLabel(entry.key), "lines": [TemplateContext](), "table": false,
        "hasEntries": false,
      ]
      if let table = table(of: entry.value, page: page) {
        field["table"] = table
      } else if case .mapping(let entries, _) = entry.value {
        let list = entries.filter { !$0.value.isNull }.map { entry -> TemplateContext in
          ["label": PacketLabels.fieldLabel(entry.key), "text": inline(entry.value, key: entry.key)]
        }
        guard !list.isEmpty else { return nil }
        field["entries"] = list
        field["hasEntries"] = true
      } else {
        let lines = lines(of: entry.value, key: entry.key, page: page)
        guard !lines.isEmpty else { return nil }
        field["lines"] = lines.map { ["parts": $0] as TemplateContext }
      }
      return field
    }
  }

  /// A list whose elements are all mappings, as `{columns, rows: [{cells}]}`: one column per key in
  /// the order the keys first appear, each cell a part as in a line.
  private func table(of node: YAMLNode, page: String) -> TemplateContext? {
    guard case .sequence(let elements, _) = node, !elements.isEmpty else { return nil }
    var rows: [[YAMLEntry]] = []
    var keys: [String] = []
    for element in elements {
      guard case .mapping(let entries, _) = element else { return nil }
      let present = entries.filter { !$0.value.isNull }
      for entry in present where !keys.contains(entry.key) { keys.append(entry.key) }
      rows.append(present)
    }
    let cells = { (row: [YAMLEntry]) -> [TemplateContext] in
      keys.map { key in
        guard let value = row.first(where: { $0.key == key })?.value else { return self.plain("") }
        return value.text.map { self.part($0, key: key, page: page, last: true) }
          ?? self.plain(self.inline(value, key: key))
      }
    }
    return [
      "columns": keys.map(PacketLabels.fieldLabel),
      "rows": rows.map { ["cells": cells($0)] as TemplateContext },
    ]
  }

  /// Each line is a list of parts `{text, href, sep}`.
  private func lines(of node: YAMLNode, key: String, page: String) -> [[TemplateContext]] {
    switch node {
    case .scalar:
      return node.text.map { [[part($0, key: key, page: page, last: true)]] } ?? []
    case .sequence(let elements, _):
      if elements.allSatisfy({ $0.text != nil }) {
        let values = elements.compactMap(\.text)
        return values.isEmpty
          ? [] : [values.enumerated().map { part($1, key: key, page: page, last: $0 == values.count - 1) }]
      }
      return elements.map { [plain(inline($0))] }
    case .mapping:  // fields(of:) lists a mapping's entries itself
      return [[plain(inline(node, key: key))]]
    }
  }

  private func part(_ value: String, key: String, page: String, last: Bool) -> TemplateContext {
    var part: TemplateContext = ["text": display(value, key: key), "sep": last ? "" : ", "]
    part.put("href", PacketLabels.personFields.contains(key) ? nil : href(toID: value, from: page))
    return part
  }

  private func plain(_ text: String) -> TemplateContext {
    ["text": text, "sep": "", "href": Absent()]
  }

  private func inline(_ node: YAMLNode, key: String = "") -> String {
    switch node {
    case .scalar: return node.text.map { display($0, key: key) } ?? "—"
    case .sequence(let elements, _): return elements.map { inline($0, key: key) }.joined(separator: ", ")
    case .mapping(let entries, _):
      return entries.filter { !$0.value.isNull }.map {
        "\(PacketLabels.fieldLabel($0.key)): \(inline($0.value, key: $0.key))"
      }
      .joined(separator: "; ")
    }
  }

  private func display(_ value: String, key: String) -> String {
    guard PacketLabels.personFields.contains(key), let person = config?.person(value) else { return value }
    return "\(person.name) (\(value))"
  }

  private func workflowHistory(of document: Document) -> [TemplateContext] {
    let records =
      document.audit?.history ?? document.findingRecord?.history ?? document.cycleRecord?.history ?? []
    return records.map { record in
      var row: TemplateContext = [:]
      row.put("on", record.on?.description)
      row.put("by", person(record.by))
      row.put("event", record.event)
      row.put("from", record.from)
      row.put("to", record.to)
      row.put("note", record.note)
      row.put("rule", record.rule)
      return row
    }
  }
}
