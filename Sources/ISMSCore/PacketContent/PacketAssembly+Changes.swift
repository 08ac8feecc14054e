import Foundation

extension PacketAssembly {
  /// `changes.html` and `changes.csv`: what changed in the ISMS since the previous external audit.
  func changeFiles(_ packetPage: PacketPage) -> [PacketFile] {
    let path = packetPage.path
    let rows = (sources.baseline?.changes ?? []).map { changeRow($0, page: path) }
    let order: [(String, (String) -> Bool)] = [
      ("Policies, procedures and plans", { ["policy", "procedure", "plan"].contains($0) }),
      ("Statement of Applicability", { $0 == "control" }),
      ("Risks and suppliers", { $0 == "risk" || $0 == "supplier" }),
      ("Records", { !["policy", "procedure", "plan", "control", "risk", "supplier", "file"].contains($0) }),
      ("Other files", { $0 == "file" }),
    ]
    let groups = order.compactMap { title, belongs -> TemplateContext? in
      let members = rows.filter { belongs($0.kind) }.map(\.context)
      return members.isEmpty ? nil : ["title": title, "rows": members]
    }
    var context: TemplateContext = ["groups": groups]
    if let baseline = sources.baseline {
      let changes = baseline.changes
      var summary: TemplateContext = [
        "auditID": baseline.auditID, "day": baseline.day.description,
        "sourceShort": String(request.sourceCommit.prefix(7)), "sourceDate": Self.display(request.committed),
        "added": changes.filter { $0.status == .added }.count,
        "changed": changes.filter { $0.status == .changed }.count,
        "removed": changes.filter { $0.status == .removed }.count,
      ]
      let renamed = changes.filter { $0.status == .renamed }.count
      summary["renamed"] = renamed == 0 ? false : renamed
      summary.put("auditTitle", baseline.auditTitle)
      summary.put("commit", baseline.commit.map { String($0.prefix(7)) })
      summary.put("commitDate", baseline.committed.map(Self.display))
      context["baseline"] = summary
    } else {
      context["baseline"] = false
    }
    var csv = CSV.row([
      "change", "path", "old_path", "document", "kind", "title", "version_before", "version_after",
      "last_changed", "commits", "approvals",
    ])
    for row in rows { csv += CSV.row(row.csv) }
    return [
      page(packetPage, context),
      PacketFile(path: "changes.csv", contents: CSV.file(csv)),
    ]
  }

  private func changeRow(_ change: PacketChange, page path: String) -> (
    kind: String, context: TemplateContext, csv: [String]
  ) {
    let after = change.status == .removed ? nil : isms.document(atPath: change.path)
    let document = after ?? change.before
    let since = sources.baseline?.committed?.unixTime ?? Int64.min
    let revisions = (sources.histories.commits[change.path] ?? []).filter {
      Int64($0.date.timeIntervalSince1970) > since
    }
    let approvals = revisions.filter { revision in document.map { revision.approves($0.id) } ?? false }
    let before = change.before?.packetVersion
    let now = after?.packetVersion
    let version = before == now ? (now ?? "") : "\(before ?? "—") → \(now ?? "—")"
    var context: TemplateContext = [
      "status": change.status.rawValue,
      "statusClass": PacketLabels.badgeClass(change.status.rawValue), "id": document?.id ?? change.path,
      "title": document?.displayTitle ?? "", "path": change.path, "commits": revisions.count,
    ]
    context.put("href", after.flatMap { href(toID: $0.id, from: path) })
    context.put("oldPath", change.oldPath)
    context.put("version", version)
    context.put("lastChanged", revisions.first?.day.description)
    context.put(
      "lastBy", revisions.first.map { config?.person(email: $0.author.email)?.name ?? $0.author.name })
    let approvalText = approvals.map { approval in
      "\(approval.trailer(ReviewTrailer.approvedVersion).first.map { "v\($0) " } ?? "")\(approval.day) by \(config?.person(email: approval.author.email)?.name ?? approval.author.name)"
    }
    context.put("approvals", approvalText.joined(separator: "; "))
    let csv = [
      change.status.rawValue, change.path, change.oldPath ?? "", document?.id ?? "",
      document?.kind.rawValue ?? "",
      document?.title ?? "", before ?? "", now ?? "", revisions.first?.day.description ?? "",
      String(revisions.count),
      approvalText.joined(separator: "; "),
    ]
    return (document?.kind.rawValue ?? "file", context, csv)
  }
}
