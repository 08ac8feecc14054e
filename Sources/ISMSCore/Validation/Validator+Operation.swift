extension Validator {
  /// Control activities, their evidence and samples (S5-S11): every activity is well formed, every
  /// evidence record covers an occurrence of its activity and is dated within it, occurrences
  /// since the activity's start have evidence (due and missed ones are warnings), and every sample
  /// still matches its population. Attachments are checked against the files (S9) by
  /// ``checkAttachments(in:)``, which needs the snapshot.
  mutating func checkOperation() {
    let soa = self.soa
    let evidence = OperationEvaluation.evidenceByActivity(isms)
    for document in isms.documents(of: .activity) {
      guard let activity = document.activity else { continue }
      checkActivityDefinition(document, activity, soa: soa)
      guard let start = activity.start, start <= today else { continue }
      let status = OperationEvaluation.evaluate(
        document, activity, evidence: evidence[document.id] ?? [],
        period: DayRange(start: start, end: today), today: today, changes: nil)
      for occurrence in status.occurrences {
        switch occurrence.state {
        case .missed:
          report(
            .warning, document, field: "cadence",
            "occurrence \(occurrence.occurrence.label) of this \(activity.cadence?.rawValue ?? "") activity has "
              + "no evidence and was due by \(occurrence.dueBy)",
            fix: "record what happened with 'isms evidence add --activity \(document.id) --covers "
              + "\(occurrence.occurrence.label)' (an exception if it was not performed)", rule: "S7")
        case .due:
          report(
            .warning, document, field: "cadence",
            "occurrence \(occurrence.occurrence.label) has ended and its evidence is due by \(occurrence.dueBy)",
            fix: "perform the activity and record it with 'isms evidence add --activity \(document.id)'",
            rule: "S8")
        case .operated, .open, .upcoming: break
        }
      }
    }
    for document in isms.documents(of: .evidence) {
      if let record = document.evidence { checkEvidence(document, record) }
    }
    for document in isms.documents(of: .sample) {
      if let record = document.sample { checkSample(document, record) }
    }
  }

  private mutating func checkActivityDefinition(
    _ document: Document, _ activity: ControlActivity, soa: [String: (Document, SoAEntry)]
  ) {
    if let start = activity.start, let end = activity.end, end < start {
      report(
        .error, document, field: "end", "the activity ends (\(end)) before it starts (\(start))",
        fix: "correct `start` or `end`", rule: "S5")
    }
    for control in activity.controls where soa[control]?.1.applicability == .excluded {
      report(
        .error, document, field: "controls",
        "the activity operates \(control), which the Statement of Applicability excludes",
        fix: "remove \(control) from `controls`, or include it in the SoA", rule: "S5")
    }
  }

  private mutating func checkEvidence(_ document: Document, _ record: EvidenceRecord) {
    guard let id = record.activity, let activityDocument = isms.document(id: id),
      let activity = activityDocument.activity, let cadence = activity.cadence
    else { return }
    if let date = record.date, date > today {
      report(
        .error, document, field: "date", "the evidence is dated \(date), after today (\(today))",
        fix: "record evidence once the activity has been performed", rule: "S6")
    }
    if let date = record.date, let start = activity.start, date < start {
      report(
        .error, document, field: "date",
        "the evidence is dated \(date), before \(id) started operating (\(start))",
        fix: "correct `date`, or the activity's `start`", rule: "S6")
    }
    for (index, label) in record.covers.enumerated() {
      let field = "covers[\(index)]"
      guard cadence.isCalendar else {
        if !Self.isCommitID(label) {
          report(
            .error, document, field: field,
            "`\(label)` is not a commit id, and \(id) operates per change",
            fix: "name the change's commit (7 to 40 hexadecimal digits)", rule: "S6")
        }
        continue
      }
      guard let occurrence = cadence.occurrence(labelled: label) else {
        report(
          .error, document, field: field,
          "`\(label)` is not an occurrence of a \(cadence.rawValue) activity",
          fix: "name it as `\(cadence.exampleLabel)`", rule: "S6")
        continue
      }
      let afterStart = activity.start.map { occurrence.range.end >= $0 } ?? true
      let beforeEnd = activity.end.map { occurrence.range.start <= $0 } ?? true
      if !afterStart || !beforeEnd {
        report(
          .error, document, field: field, "\(label) lies outside the days \(id) operates",
          fix: "name an occurrence between the activity's `start` and `end`", rule: "S6")
      }
      if let date = record.date, date < occurrence.range.start {
        report(
          .error, document, field: "date",
          "the evidence is dated \(date), before the occurrence it covers (\(label) starts \(occurrence.range.start))",
          fix: "correct `date` or `covers`", rule: "S6")
      }
    }
  }

  private static func isCommitID(_ text: String) -> Bool {
    (7...40).contains(text.count) && text.allSatisfy(\.isHexDigit)
  }

  private mutating func checkSample(_ document: Document, _ record: SampleRecord) {
    guard let id = record.activity, let activity = isms.document(id: id)?.activity,
      let cadence = activity.cadence, cadence.isCalendar, let period = record.period
    else { return }
    let population = SampleDraw.population(of: activity, period: period, changes: [])
    checkSample(document, record, population: population)
  }

  /// S10 and S11 for the samples of per-change activities drawn from the ISMS repository alone,
  /// whose populations `changes` reads from history (the caller's: the validator reads no git).
  public func changeSampleDiagnostics(changes: (DayRange) throws -> [Change]) rethrows -> [Diagnostic] {
    var copy = self
    copy.diagnostics = []
    for document in isms.documents(of: .sample) {
      guard let record = document.sample, record.repositories.isEmpty, let id = record.activity,
        let activity = isms.document(id: id)?.activity, activity.cadence == .perChange,
        let period = record.period
      else { continue }
      let population = SampleDraw.population(of: activity, period: period, changes: try changes(period))
      copy.checkSample(document, record, population: population)
    }
    return copy.diagnostics
  }

  /// Whether any sample needs the change population (see ``changeSampleDiagnostics(changes:)``).
  public var hasChangeSamples: Bool {
    isms.documents(of: .sample).contains { document in
      document.sample.flatMap(\.activity).flatMap { isms.document(id: $0)?.activity?.cadence } == .perChange
    }
  }

  /// S10 and S11 for one sample against the population computed now.
  private mutating func checkSample(
    _ document: Document, _ record: SampleRecord, population: [SampleDraw.Item]
  ) {
    let hash = SampleDraw.sha256(population)
    guard hash == record.populationSHA256 else {
      report(
        .warning, document, field: "population_sha256",
        "the population has changed since the sample was drawn (its SHA-256 is now \(hash))",
        fix: "find out why history or the activity changed; draw a new sample with 'isms soc2 sample'",
        rule: "S10")
      return
    }
    guard let seed = record.seed, let size = document.fields.int("size", in: NumberLimits.population) else {
      return
    }
    let drawn = SampleDraw.draw(population, size: size, seed: UInt64(seed))
    if drawn != record.items {
      report(
        .error, document, field: "items",
        "the items are not those the seed draws from the population (\(drawn.joined(separator: ", ")))",
        fix: "do not edit a sample by hand; draw it again with 'isms soc2 sample'", rule: "S11")
    }
  }

  /// S9: every attachment of every evidence record is a file of the ISMS whose SHA-256 matches.
  mutating func checkAttachments(in snapshot: Snapshot) {
    let listed = Set(snapshot.entries.map(\.path))
    for document in isms.documents(of: .evidence) {
      let items = document.fields.objects("attachments")
      for (index, attachment) in (document.evidence?.attachments ?? []).enumerated() {
        let field = "attachments[\(index)]"
        let item = items.indices.contains(index) ? items[index] : nil
        guard listed.contains(attachment.path), let data = try? snapshot.contents(of: attachment.path) else {
          attachmentProblem(
            document, line: item?.line(of: "path"), field: "\(field).path",
            "the attachment `\(attachment.path)` is not a file of the ISMS",
            fix: "add the file (a path relative to the ISMS root) or correct `path`")
          continue
        }
        let actual = EvidenceRecord.Attachment.sha256(of: data)
        if actual != attachment.sha256 {
          attachmentProblem(
            document, line: item?.line(of: "sha256"), field: "\(field).sha256",
            "`\(attachment.path)` has SHA-256 \(actual), not the \(attachment.sha256) recorded",
            fix: "restore the file as it was attached, or attach the new file as new evidence")
        }
      }
    }
  }

  private mutating func attachmentProblem(
    _ document: Document, line: Int?, field: String, _ message: String, fix: String
  ) {
    diagnostics.append(
      Diagnostic(
        .error, path: document.path, line: line ?? document.line(of: "attachments") ?? 1, field: field,
        message: message, fix: fix, rule: "S9"))
  }
}
