/// The checks of a change that the head alone cannot show: history rewritten (I3), a decided
/// record changed (I4), the SoA changed after certification (R22), an acceptance kept for a
/// higher residual risk (R41). The head's own consistency (legal transitions, status following
/// history, I1, I2, d1–d3) comes from ``Validator``, the same engine `isms validate` runs.
extension PullRequestReview {
  /// I3 and I4 for a changed cycle, audit or finding.
  mutating func checkWorkflowRecord(old: Document?, new: Document?, file: ChangedFile) {
    guard let old, let before = Self.workflow(old) else { return }
    guard let new, let after = Self.workflow(new) else {
      findings.append(
        Finding(
          severity: .error, rule: "I3", path: old.path, line: nil,
          message: "\(old.id) (\(old.kind.rawValue), `\(before.status)`) was deleted; workflow records and "
            + "their history are kept"))
      return
    }
    let kept = zip(before.history, after.history).prefix { $0 == $1 }.count
    if kept < before.history.count {
      findings.append(
        Finding(
          severity: .error, rule: "I3", path: file.path, line: new.line(of: "history"),
          message: "\(new.id): history entry \(kept + 1) of the base was "
            + (after.history.count <= kept ? "deleted" : "rewritten")
            + "; history is append-only: restore it and append new entries"))
      return
    }
    let changed =
      old.frontMatter.map(\.value.compactDescription) != new.frontMatter.map(\.value.compactDescription)
      || old.frontMatter.map(\.key) != new.frontMatter.map(\.key) || old.body != new.body
    let appended = after.history.dropFirst(before.history.count)
    guard Self.isDecided(old), changed, appended.first?.from != before.status else { return }
    findings.append(
      Finding(
        severity: .error, rule: "I4", path: file.path, line: new.line(of: "status"),
        message: "\(new.id) was `\(before.status)` (decided) and was changed without a recorded "
          + "transition out of it; reopen it with the workflow command, or write a new record"))
  }

  /// R22: after certification, a control decision or the SoA changes only with a new, approved SoA version.
  mutating func checkSoAAfterCertification(files: [ChangedFile], input: PullRequestInput) {
    let certified = input.head.documents(of: .cycle).filter {
      CycleState(rawValue: $0.cycle?.status ?? "").map(CycleRules.decidedStates.contains) ?? false
    }
    guard let cycle = certified.first else { return }
    let isSoA: (Document?) -> Bool = { $0?.controlled?.mandatory.contains(.statementOfApplicability) == true }
    let soaFile = files.first { isSoA($0.newDocument) || isSoA($0.oldDocument) }
    let decisions = files.filter { file in
      guard (file.oldDocument ?? file.newDocument)?.kind == .control else { return false }
      let old = file.oldDocument?.soaEntry
      let new = file.newDocument?.soaEntry
      return old?.applicability != new?.applicability || old?.justification != new?.justification
        || old?.implementation != new?.implementation
    }
    let reference =
      "certified in \(cycle.id)" + (cycle.cycle?.soaVersion.map { " against SoA version \($0)" } ?? "")
    if !decisions.isEmpty, soaFile == nil {
      for file in decisions {
        findings.append(
          Finding(
            severity: .error, rule: "R22", path: file.path, line: nil,
            message: "\((file.newDocument ?? file.oldDocument)?.id ?? file.path): a control decision changed "
              + "after certification (\(reference)) without a new SoA version in this change; raise the "
              + "SoA's version, have it approved, and tell the CB"))
      }
    }
    guard let soaFile, let soa = soaFile.newDocument, let controlled = soa.controlled else { return }
    let oldVersion = soaFile.oldDocument?.controlled?.version.flatMap(VersionNumber.init)
    let raised = controlled.version.flatMap(VersionNumber.init).map { new in
      oldVersion.map { new > $0 } ?? true
    }
    if controlled.status != .approved || raised != true {
      findings.append(
        Finding(
          severity: .error, rule: "R22", path: soaFile.path, line: soa.line(of: "status"),
          message: "\(soa.id): the SoA changed after certification (\(reference)); it needs a raised "
            + "version and approval in this change (status \(controlled.status?.rawValue ?? "unset"), version "
            + "\(controlled.version ?? "unset"))"))
    }
  }

  /// R41: a residual level raised above the acceptance threshold keeps no earlier acceptance.
  mutating func checkRiskAcceptance(old: Document?, new: Document?, input: PullRequestInput) {
    guard let before = old?.risk, let after = new?.risk, let new,
      let threshold = input.head.config?.riskMethod?.acceptanceThreshold,
      let residual = after.residualLevel, residual > threshold,
      residual > (before.residualLevel ?? 0), let accepted = after.acceptedOn, accepted == before.acceptedOn
    else { return }
    findings.append(
      Finding(
        severity: .error, rule: "R41", path: new.path, line: new.line(of: "accepted_on"),
        message: "\(new.id): residual level rose to \(residual), above the threshold \(threshold), but keeps "
          + "the acceptance of \(accepted); have the owner accept the new level (update `accepted_on`)"))
  }

  /// A workflow record's status and history.
  private static func workflow(_ document: Document) -> (status: String, history: [HistoryRecord])? {
    switch document.content {
    case .finding(let record): return (record.status ?? "", record.history)
    case .audit(let record): return (record.status ?? "", record.history)
    case .cycle(let record): return (record.status ?? "", record.history)
    default: return nil
    }
  }

  /// Whether the record is in a terminal state (a closed finding, a closed audit, a withdrawn cycle).
  private static func isDecided(_ document: Document) -> Bool {
    switch document.content {
    case .finding(let record): return FindingState(rawValue: record.status ?? "")?.isTerminal ?? false
    case .audit(let record): return AuditState(rawValue: record.status ?? "")?.isTerminal ?? false
    case .cycle(let record): return CycleState(rawValue: record.status ?? "")?.isTerminal ?? false
    default: return false
    }
  }
}
