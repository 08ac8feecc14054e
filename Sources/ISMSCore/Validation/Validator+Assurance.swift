extension Validator {
  /// Supplier assurance: each record complete for its type (V1) with its files named (V2); a
  /// current certificate or report by criticality (V3); SOC 2 age and bridge letters (V4); adverse
  /// assurance assessed (V5); CUECs met by our controls (V6); DPAs (V7); one source (V8).
  mutating func checkSupplierAssurance() {
    for document in isms.documents(of: .assurance) {
      guard let record = document.assurance else { continue }
      checkAssuranceShape(document, record)
      checkAssuranceFiles(document, record)
    }
    for assurance in SupplierAssurance.all(in: isms) {
      checkCurrentAssurance(assurance)
      checkReportAge(assurance)
      checkAssessed(assurance)
      checkCUECs(assurance)
      let supplier = assurance.supplier
      let data = Set(supplier.supplier?.data ?? [])
      if !data.isDisjoint(with: ["customer-data", "personal-data"]), supplier.fields.string("dpa") == nil {
        report(
          .warning, supplier, field: "data",
          "supplier processes \(data.intersection(["customer-data", "personal-data"]).sorted().joined(separator: " and ")) but names no `dpa`",
          fix: "add `dpa:` naming the data processing agreement (its file or reference)", rule: "V7")
      }
      if !assurance.records.isEmpty, supplier.fields.node("certifications") != nil {
        report(
          .warning, supplier, field: "certifications",
          "`certifications:` repeats what assurance records \(assurance.records.map(\.id).joined(separator: ", ")) hold; the records are the source of truth",
          fix: "remove `certifications:` from the supplier", rule: "V8")
      }
    }
  }

  private mutating func checkAssuranceShape(_ document: Document, _ record: AssuranceRecord) {
    func need(_ field: String, _ present: Bool, _ what: String) {
      guard !present else { return }
      report(
        .error, document, field: "type", "\(record.type?.rawValue ?? "assurance") record lacks `\(field)`",
        fix: "add `\(field)`: \(what)", rule: "V1")
    }
    if let supplier = record.supplier, let target = isms.document(id: supplier), target.kind != .supplier {
      report(
        .error, document, field: "supplier", "`supplier` names a \(target.kind.rawValue), not a supplier",
        fix: "name the supplier's id (SUP-…)", rule: "V1")
    }
    switch record.type {
    case .iso27001?:
      need("certificate", record.certificate != nil, "the certificate number")
      need("scope", record.scope != nil, "the certified scope")
      need("expires", record.expires != nil, "the expiry day")
    case .soc2?:
      need("report_type", record.reportType != nil, "1 or 2")
      need("opinion", record.opinion != nil, "unqualified, qualified, adverse or disclaimer")
      if record.reportType == 1 {
        need("as_of", record.asOf != nil, "the day the type 1 report speaks of")
      } else {
        need("period_start", record.periodStart != nil, "the first day of the period")
        need("period_end", record.periodEnd != nil, "the last day of the period")
      }
    case .bridgeLetter?:
      need("covers", record.covers != nil, "the SOC 2 report (ASR-…) the letter extends")
      need("period_start", record.periodStart != nil, "the first day it covers")
      need("period_end", record.periodEnd != nil, "the last day it covers")
      if let covers = record.covers, let report = isms.document(id: covers),
        report.assurance?.type != .soc2
          || report.assurance?.supplier?.lowercased() != record.supplier?.lowercased()
      {
        self.report(
          .error, document, field: "covers",
          "`covers` names \(covers), not a SOC 2 report of \(record.supplier ?? "the supplier")",
          fix: "name the supplier's SOC 2 report the letter extends", rule: "V1")
      }
    case .pentest?, .other?:
      need("summary", record.summary != nil, "what was attested, in a sentence")
    case nil: break
    }
    if let start = record.periodStart, let end = record.periodEnd, end < start {
      report(
        .error, document, field: "period_end", "period_end \(end) is before period_start \(start)",
        fix: "correct the period", rule: "V1")
    }
    var seen: Set<String> = []
    for (index, cuec) in record.cuecs.enumerated() {
      guard let id = cuec.id else { continue }
      if !seen.insert(id.lowercased()).inserted {
        report(
          .error, document, field: "cuecs[\(index)].id", "CUEC id `\(id)` appears twice",
          fix: "give each CUEC its own id", rule: "V1")
      }
    }
  }

  private mutating func checkAssuranceFiles(_ document: Document, _ record: AssuranceRecord) {
    if record.files.isEmpty {
      report(
        .error, document, field: "files", "assurance record names no file",
        fix:
          "add `files:` with `path` and `sha256` of the file in the repository, or `reference` to where it is kept",
        rule: "V2")
    }
    for (index, file) in record.files.enumerated() {
      if let path = file.path {
        if !AssuranceFiles.isInside(path) {
          report(
            .error, document, field: "files[\(index)].path", "file path `\(path)` leaves the ISMS folder",
            fix: "name a file inside the ISMS folder, relative to it (not in .git)", rule: "V2")
        }
        if !AssuranceFiles.isDigest(file.sha256) {
          report(
            .error, document, field: "files[\(index)].sha256",
            "file `\(path)` has no SHA-256 (64 lowercase hex digits)",
            fix: "add `sha256:` of the file ('isms supplier assurance add --file' computes it)", rule: "V2")
        }
      } else if file.reference == nil {
        report(
          .error, document, field: "files[\(index)]", "file entry has neither `path` nor `reference`",
          fix: "give the repository `path` and `sha256`, or a `reference` to where the file is kept",
          rule: "V2")
      }
    }
  }

  private mutating func checkCurrentAssurance(_ assurance: SupplierAssurance) {
    let supplier = assurance.supplier
    let criticality = supplier.supplier?.criticality
    let severity: Severity
    switch criticality {
    case "critical": severity = .error
    case "high": severity = .warning
    default: return
    }
    guard !assurance.isCurrent(on: today) else { return }
    let held = assurance.items.map { "\($0.label) current until \($0.currentUntil)" }
    // The message stays the same whatever is held, so recording an old report is not a new error.
    report(
      severity, supplier, field: "criticality",
      "\(criticality ?? "") supplier has no current certificate or report",
      fix: "record the current ISO/IEC 27001 certificate or SOC 2 report ('isms supplier assurance add')"
        + (held.isEmpty ? "" : "; held: \(held.joined(separator: "; "))"),
      rule: "V3")
  }

  private mutating func checkReportAge(_ assurance: SupplierAssurance) {
    if let report = assurance.latestReport, let (end, letters) = assurance.coverage(of: report),
      end.adding(months: assurance.maxAgeMonths) < today
    {
      let period = report.assurance?.coverageEnd.map { "period ended \($0)" } ?? "period end unknown"
      let bridged = letters.isEmpty ? "no bridge letter covers the gap" : "bridge letters cover to \(end)"
      self.report(
        .warning, report, field: report.assurance?.periodEnd != nil ? "period_end" : "as_of",
        "SOC 2 report of \(assurance.supplier.id): \(period), \(bridged), more than \(assurance.maxAgeMonths) months before \(today)",
        fix:
          "record a bridge letter covering from the day after the period ('--type bridge-letter --covers \(report.id)') or the new report",
        rule: "V4")
    }
    guard assurance.records.isEmpty,
      let end = assurance.supplier.fields.object("certifications")?.object("soc2")?.day("period_end"),
      end.adding(months: assurance.maxAgeMonths) < today
    else { return }
    report(
      .warning, assurance.supplier, field: "certifications.soc2",
      "SOC 2 report period ended \(end), more than \(assurance.maxAgeMonths) months before \(today), and no bridge letter is recorded",
      fix: "record the report and its bridge letter, or the new report ('isms supplier assurance add')",
      rule: "V4")
  }

  private mutating func checkAssessed(_ assurance: SupplierAssurance) {
    let severity: Severity = assurance.supplier.supplier?.criticality == "critical" ? .error : .warning
    var concerns: [(Document, String)] = []
    if let certificate = assurance.latestCertificate, let expires = certificate.assurance?.expires,
      expires < today
    {
      concerns.append((certificate, "certificate expired on \(expires)"))
    }
    for document in assurance.records(.soc2) + assurance.records(.pentest) + assurance.records(.other) {
      guard let record = document.assurance, record.needsAssessment else { continue }
      var what: [String] = []
      if let opinion = record.opinion, opinion != .unqualified { what.append("\(opinion.rawValue) opinion") }
      if !record.exceptions.isEmpty {
        what.append("\(record.exceptions.count) exception\(record.exceptions.count == 1 ? "" : "s")")
      }
      concerns.append((document, what.joined(separator: " and ")))
    }
    for (document, what) in concerns where SupplierAssurance.assessments(of: document, in: isms).isEmpty {
      report(
        severity, document, field: "type",
        "\(what) of supplier \(assurance.supplier.id) has no recorded assessment",
        fix: "record a supplier review that lists \(document.id) under `assurance` ('isms supplier review')",
        rule: "V5")
    }
  }

  private mutating func checkCUECs(_ assurance: SupplierAssurance) {
    guard let report = assurance.latestReport, let record = report.assurance else { return }
    let entries = soa
    for (index, cuec) in record.cuecs.enumerated() {
      let meeting = cuec.controls.filter {
        guard let entry = entries[$0]?.1 else { return false }
        return entry.applicability == .applicable && entry.implementation == .implemented
      }
      guard meeting.isEmpty else { continue }
      let states = cuec.controls.map { id in
        guard let entry = entries[id]?.1 else { return "\(id) not in the SoA" }
        return
          "\(id) \(entry.applicability?.rawValue ?? "undecided")/\(entry.implementation?.rawValue ?? "no implementation")"
      }
      self.report(
        .error, report, field: "cuecs[\(index)].controls",
        "CUEC \(cuec.id ?? "#\(index + 1)") (\(cuec.text ?? "")) is met by no applicable, implemented control"
          + (states.isEmpty ? "" : " (\(states.joined(separator: ", ")))"),
        fix: "list under `controls` the Annex A control of ours that meets it, applicable and implemented",
        rule: "V6")
    }
  }
}
