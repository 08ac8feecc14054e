import Foundation

extension PacketAssembly {
  /// `index.html` of an auditor packet: the cover page and the table of contents.
  func indexFile(_ packetPage: PacketPage) -> PacketFile {
    let path = packetPage.path
    var context: TemplateContext = [
      "organization": organization, "scope": config?.scope ?? "", "packetTitle": packetTitle,
      "commit": request.sourceCommit, "commitDate": Self.display(request.committed),
      "today": request.today.description,
      "figures": figures(), "sections": sections(page: path), "files": machineFiles(),
    ]
    context.put("asOf", request.asOf?.description)
    context["hasExcluded"] = !sources.excluded.isEmpty
    context["excluded"] = sources.excluded.map {
      ["path": $0.path, "reasons": $0.reasons] as TemplateContext
    }
    context["audit"] = auditContext(page: path) ?? false
    context["certificate"] = certificateContext() ?? false
    if let soa = mandatoryDocument(.statementOfApplicability) {
      var soaContext: TemplateContext = ["href": "soa.html"]
      soaContext.put("version", soa.packetVersion ?? "?")
      soaContext.put(
        "approved", soa.controlled?.approvedOn.map { "\($0) by \(person(soa.controlled?.approvedBy) ?? "?")" }
      )
      context["soa"] = soaContext
    } else {
      context["soa"] = false
    }
    if let baseline = sources.baseline {
      var baselineContext: TemplateContext = ["auditID": baseline.auditID, "day": baseline.day.description]
      baselineContext.put("auditTitle", baseline.auditTitle)
      baselineContext.put("commit", baseline.commit.map { String($0.prefix(7)) })
      context["baseline"] = baselineContext
    } else {
      context["baseline"] = false
    }
    return page(packetPage, context)
  }

  private func auditContext(page path: String) -> TemplateContext? {
    guard let id = request.auditID, let document = isms.document(id: id), let audit = document.audit else {
      return nil
    }
    var context: TemplateContext = ["id": document.id, "type": audit.type.map(Self.auditTypeName) ?? "audit"]
    context.put("title", document.title)
    context.put("href", href(toID: document.id, from: path))
    context.put("dates", Self.dates(audit.start, audit.end))
    context.put("mode", document.fields.string("mode"))
    context.put("status", audit.status)
    let names = [audit.auditorName, person(audit.leadAuditor)].compactMap { $0 }
    context.put("auditors", names.first)
    return context
  }

  /// `surveillance audit`, `stage 1 audit`, ….
  static func auditTypeName(_ type: AuditType) -> String {
    switch type {
    case .internal: "internal audit"
    case .stage1: "stage 1 audit"
    case .stage2: "stage 2 audit"
    case .surveillance: "surveillance audit"
    case .recertification: "recertification audit"
    case .special: "special audit"
    }
  }

  /// The current certificate: the cycle with the latest decision.
  func currentCycle() -> Document? {
    isms.documents(of: .cycle).filter { $0.cycleRecord?.decisionDate != nil }
      .max {
        ($0.cycleRecord?.decisionDate ?? request.today, $0.id) < (
          $1.cycleRecord?.decisionDate ?? request.today, $1.id
        )
      }
  }

  private func certificateContext() -> TemplateContext? {
    guard let document = currentCycle(), let cycle = document.cycleRecord else { return nil }
    var context: TemplateContext = [:]
    context.put("certificate", cycle.certificate ?? document.id)
    context.put("standard", cycle.standard.map { $0 == .iso27001_2022 ? "ISO/IEC 27001:2022" : $0.rawValue })
    context.put("body", cycle.certificationBody)
    let validity = [
      cycle.decisionDate.map { "certified since \($0)" }, cycle.expiry.map { "valid until \($0)" },
      cycle.status.map { "status \($0)" },
    ]
    context.put("validity", validity.compactMap { $0 }.joined(separator: ", "))
    return context
  }

  private func figures() -> [TemplateContext] {
    let rows = SoAReport(isms: isms, catalogs: sources.catalogs).rows
    let applicable = rows.filter { $0.applicability == "applicable" }
    let threshold = config?.riskMethod?.acceptanceThreshold ?? Int.max
    // Counted a risk at a time: the register's entries are not all held at once.
    var openRisks = 0
    var aboveBefore = 0
    var aboveAfter = 0
    for document in selection.risks {
      guard let risk = document.risk, risk.status != "closed" else { continue }
      openRisks += 1
      if (risk.inherentLevel ?? 0) > threshold { aboveBefore += 1 }
      if (risk.residualLevel ?? 0) > threshold { aboveAfter += 1 }
    }
    let findings = selection.records(of: .finding).compactMap(\.findingRecord)
    let openFindings = findings.filter { !["closed", "void"].contains($0.status ?? "") }
    func figure(_ label: String, _ value: Int, _ note: String) -> TemplateContext {
      ["label": label, "value": value, "note": note]
    }
    return [
      figure(
        "Policies, procedures and plans", selection.controlled.count,
        "\(selection.controlled.filter { $0.controlled?.status == .draft }.count) of them drafts"),
      figure(
        "Applicable Annex A controls", applicable.count,
        "\(applicable.filter { $0.implementation == "implemented" }.count) implemented, \(rows.filter { $0.applicability == "excluded" }.count) controls excluded"
      ),
      figure(
        "Open risks", openRisks,
        "\(aboveBefore) above the acceptance threshold before treatment, \(aboveAfter) after"
      ),
      figure("Findings in this packet", findings.count, "\(openFindings.count) not yet closed"),
      figure(
        "Audits in this packet", selection.records(of: .audit).count,
        "\(selection.records(of: .audit).filter { $0.audit?.type == .internal }.count) internal"),
      figure("Management reviews", selection.records(of: .managementReview).count, ""),
      figure(
        "Changes since the previous external audit", sources.baseline?.changes.count ?? 0,
        sources.baseline.map { "since \($0.auditID), \($0.day)" } ?? "no previous external audit"),
    ]
  }

  private func sections(page path: String) -> [TemplateContext] {
    func section(_ href: String, _ title: String, _ description: String, items: [Document] = [])
      -> TemplateContext
    {
      let rows = items.map { item(for: $0, page: path) }
      return [
        "href": href, "title": title, "description": description, "items": rows, "hasItems": !rows.isEmpty,
      ]
    }
    let controlled = selection.controlled
    var result = PacketPage.pages(of: request).compactMap { page in
      page.contents.map { section(page.path, title(of: page), $0) }
    }
    for (kind, title) in [
      (DocumentKind.policy, "Policies"), (.procedure, "Procedures"), (.plan, "Plans, methods and registers"),
    ] {
      let members = controlled.filter { $0.kind == kind }
      if !members.isEmpty { result.append(section(members[0].packetPagePath, title, "", items: members)) }
    }
    return result
  }

  private func item(for document: Document, page path: String) -> TemplateContext {
    let fields = document.controlled
    var row: TemplateContext = [
      "id": document.id, "title": document.displayTitle, "href": document.packetPagePath,
    ]
    row.put("version", fields?.version)
    let state = approvalState(of: document)
    row.put("badge", state.label)
    row.put("badgeClass", PacketLabels.badgeClass(state.key))
    row.put("classification", fields?.classification?.rawValue)
    let interval =
      fields?.reviewInterval ?? config?.reviewInterval(for: document.kind) ?? ISMSConfig.defaultReviewInterval
    let next = fields?.nextReview ?? fields?.lastReview?.adding(months: interval)
    row.put("nextReview", next?.description)
    row["overdue"] = state.isApproved && (next.map { $0 < request.today } ?? false)
    return row
  }

  /// The machine-readable files: those of every packet, then the tables and then the pictures of
  /// the pages, each in page order.
  private func machineFiles() -> [TemplateContext] {
    let files = PacketPage.pages(of: request).flatMap(\.files)
    let listed = [files.filter { !$0.path.hasSuffix(".svg") }, files.filter { $0.path.hasSuffix(".svg") }]
    return (PacketPage.packetFiles + listed.joined()).compactMap { file in
      file.description.map { ["href": file.path, "description": $0] }
    }
  }
}

extension PacketAssembly {
  /// The ``ApprovalState`` of `document` from its history in the packet's sources: pages and the
  /// contents say `approved` only for content the last approval covers.
  func approvalState(of document: Document) -> ApprovalState {
    histories[document.path]?.state ?? ApprovalState(document, history: [])
  }
}
