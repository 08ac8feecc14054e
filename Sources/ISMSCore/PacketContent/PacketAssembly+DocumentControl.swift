import Foundation

extension PacketAssembly {
  /// `document-control.html` and `document-control.csv`: every version of every document in the
  /// packet, from git. The logs are read again from the history (``PacketLogReader``), for the page
  /// and then for the table, a batch of documents at a time as each reaches them. The page is its
  /// template's summary, then for each group of documents the group's template (its title) and
  /// the log template of each of its documents (``PacketPage/parts``).
  /// - Throws: what ``PacketHistory/versions`` throws.
  func documentControlFiles(_ packetPage: PacketPage) throws -> [PacketFile] {
    let path = packetPage.path
    let documents = selection.all
    let summary = documents.filter { $0.kind.isControlled }.map { document -> TemplateContext in
      let history = histories[document.path]
      let log =
        history?.summary
        ?? DocumentLog(current: document, history: [], config: config, uncommittedChanges: false)
      var row: TemplateContext = [
        "id": document.id, "title": document.displayTitle, "anchor": DocumentControlAnchor.id(document),
        "count": history?.commitCount ?? 0, "covers": log.approval?.coversCurrent ?? false,
      ]
      row.put("href", href(toID: document.id, from: path))
      row.put("version", log.version)
      row.put("status", log.status)
      let fields = document.controlled
      row.put("approvedBy", fields?.approvedOn == nil ? nil : person(fields?.approvedBy) ?? "?")
      row.put("approvedOn", fields?.approvedOn?.description)
      let approval = log.approval?.commit == nil ? nil : log.approval
      row.put("approvalBy", approval.map { approverName($0.by) ?? "?" })
      row.put("approvalOn", approval?.on?.description ?? approval.map { _ in "?" })
      row.put("approvalCommit", approval?.commit.map { String($0.prefix(7)) })
      return row
    }
    let order: [(String, (Document) -> Bool)] = [
      ("Policies, procedures and plans", { $0.kind.isControlled }),
      ("Statement of Applicability entries", { $0.kind == .control }),
      ("Risks and suppliers", { $0.kind == .risk || $0.kind == .supplier }),
      ("Records", { $0.kind.isRecord || [.audit, .finding, .cycle].contains($0.kind) }),
    ]
    let members = order.map { _, belongs in documents.filter(belongs) }
    // The page goes through the groups in order: one reader over all of them reads each batch once.
    var offsets: [Int] = []
    var total = 0
    for group in members {
      offsets.append(total)
      total += group.count
    }
    let reader = PacketLogReader(
      Array(members.joined()), history: sources.histories, config: config)
    let commitShort = String(request.sourceCommit.prefix(7))
    // The log of each document is rendered when the page reaches it and deflated at once: the
    // page would hold every version of every document.
    let html = try page(path, title: title(of: packetPage)) { write in
      write(templates.render(packetPage.template, ["commitShort": commitShort, "summary": summary]))
      for (group, (title, _)) in order.enumerated() {
        write(
          templates.render(
            packetPage.part("document-control-group"), ["commitShort": commitShort, "title": title]))
        for (offset, document) in members[group].enumerated() {
          var section = logSection(document, reader.log(at: offsets[group] + offset), page: path)
          section["commitShort"] = commitShort
          write(templates.render(packetPage.part("document-control-log"), section))
        }
      }
      if let failure = reader.failure { throw failure }
    }
    let csv = try PacketFile(path: "document-control.csv") { write in
      let table = PacketLogReader(documents, history: sources.histories, config: config)
      CSV.write(header: Self.logColumns, rows: rows(documents, table), to: write)
      if let failure = table.failure { throw failure }
    }
    return [html, csv]
  }

  private func approverName(_ id: String?) -> String? {
    guard let id else { return nil }
    return config?.person(id)?.name ?? id
  }

  private func logSection(_ document: Document, _ log: DocumentLog, page path: String) -> TemplateContext {
    var section: TemplateContext = [
      "id": document.id, "title": document.displayTitle, "path": document.path,
      "anchor": DocumentControlAnchor.id(document),
      "entries": log.entries.map { entry -> TemplateContext in
        var row: TemplateContext = [
          "date": String(entry.date.prefix(10)), "commit": String(entry.commit.prefix(7)),
          "event": entry.event,
          "summary": entry.summary,
        ]
        row.put("outcome", entry.outcome)
        row.put("version", entry.version)
        row.put("status", entry.status)
        row.put("by", entry.person.flatMap { config?.person($0)?.name } ?? entry.author)
        row.put("changed", entry.changed.joined(separator: ", "))
        return row
      },
    ]
    section.put("href", href(toID: document.id, from: path))
    if let approval = log.approval {
      let text =
        approval.commit == nil
        ? "no approval recorded in git"
        : "approved v\(approval.version ?? "?") by \(approverName(approval.by) ?? "?") on \(approval.on?.description ?? "?")"
          + (approval.coversCurrent
            ? ", covers the current content"
            : ", changed since: \(approval.changedSince.joined(separator: ", "))")
      section.put("approval", text)
    } else {
      section.put("approval", nil)
    }
    return section
  }

  private static let logColumns = [
    "document", "path", "commit", "date", "event", "version", "status", "author", "email", "person",
    "summary", "changed", "outcome",
  ]

  /// The rows of `document-control.csv`, one per commit of each document, made as they are read.
  private func rows(_ documents: [Document], _ logs: PacketLogReader) -> some Sequence<[String]> {
    documents.indices.lazy.flatMap { index in
      let document = documents[index]
      return logs.log(at: index).entries.lazy.map { entry in
        [
          document.id, document.path, entry.commit, entry.date, entry.event, entry.version ?? "",
          entry.status ?? "", entry.author, entry.email, entry.person ?? "", entry.summary,
          entry.changed.joined(separator: " "), entry.outcome ?? "",
        ]
      }
    }
  }
}
