extension Validator {
  /// Workflow histories: each entry follows the one before in date (I1), is a transition the
  /// record's state machine has from the state the entry before left (d1, d2, d3), and the
  /// record's `status` is where the history leads (I2). The entries are replayed through the
  /// same machines the commands use, so an edit made in an editor is judged as a command would be.
  mutating func checkHistories() {
    let facts = WorkflowFacts(isms: isms, today: today)
    for document in isms.documents {
      switch document.content {
      case .finding(let finding):
        let progress = facts.progress(of: document)
        var record = FindingProgress(
          state: .opened, grade: progress.grade, origin: progress.origin, due: progress.due)
        replay(document, history: finding.history, status: finding.status, machine: "d3", creation: "open") {
          entry, on in
          guard let event = FindingEvent(rawValue: entry) else { return nil }
          let legal = FindingMachine.events(for: record).contains(event)
          let next = FindingMachine.evaluate(record, event, FindingContext(on: on)).1
          defer { record = next }
          return legal ? [next.state.rawValue] : []
        } force: { state in
          if let known = FindingState(rawValue: state) { record.state = known }
        }
      case .audit(let audit):
        guard let type = audit.type else { continue }
        var record = AuditProgress(state: .planned, type: type)
        replay(document, history: audit.history, status: audit.status, machine: "d2", creation: nil) {
          entry, on in
          guard let event = AuditEvent(rawValue: entry) else { return nil }
          let legal = AuditMachine.events(from: record.state).contains(event)
          let next = AuditMachine.evaluate(record, event, AuditContext(on: on)).1
          defer { record = next }
          return legal ? [next.state.rawValue] : []
        } force: { state in
          if let known = AuditState(rawValue: state) { record.state = known }
        }
      case .cycle(let cycle):
        var record = CycleProgress(
          state: .preparing, certificationBody: cycle.certificationBody, expiry: cycle.expiry)
        replay(document, history: cycle.history, status: cycle.status, machine: "d1", creation: "start") {
          entry, on in
          guard let event = CycleEvent(rawValue: entry) else { return nil }
          let legal = CycleMachine.events(from: record.state, phase: record.phase).contains(event)
          // The replay asks only where an event leads: the audit and expiry guards that would
          // stop short of the target are given dates so they do not.
          var context = CycleContext(on: on)
          context.audit = DayRange(start: on, end: on)
          context.certificateExpiry = cycle.expiry
          var next = CycleMachine.evaluate(record, event, context).1
          if next.expiry == nil { next.expiry = cycle.expiry }
          defer { record = next }
          guard legal else { return [] }
          // Stage 1 leads to `stage1_concerns` or `stage1_done` depending on the concerns then open.
          return event == .recordStage1
            ? [CycleState.stage1Done.rawValue, CycleState.stage1Concerns.rawValue] : [next.state.rawValue]
        } force: { state in
          if let known = CycleState(rawValue: state) { record.state = known }
        }
      default:
        continue
      }
    }
  }

  /// Walks `history`: `step(event, day)` returns the states the event may lead to from the
  /// current state (empty when the machine has no such event there, `nil` for an unknown event
  /// name); `force` moves the replay to the state an entry recorded, so one bad entry is reported once.
  private mutating func replay(
    _ document: Document, history: [HistoryRecord], status: String?, machine: String, creation: String?,
    step: (String, Day) -> [String]?, force: (String) -> Void
  ) {
    // A record without history was written by hand or imported from before `isms`: its content
    // rules still apply, but there is no chain to check.
    guard !history.isEmpty else { return }
    var state: String?
    var previousDay: Day?
    for (index, entry) in history.enumerated() {
      let field = "history[\(index)]"
      let on = entry.on ?? previousDay ?? today
      if let day = entry.on, let previousDay, day < previousDay {
        report(
          .error, document, field: field,
          "history entry \(index + 1) is dated \(day), before the entry above it (\(previousDay))",
          fix: "history is append-only and in time order: restore the recorded dates", rule: "I1")
      }
      if let day = entry.on { previousDay = max(previousDay ?? day, day) }
      guard let event = entry.event, let to = entry.to else { continue }
      if let creation, event == creation, index == 0, entry.from == nil {
        state = to
        force(to)
        continue
      }
      let from = entry.from ?? ""
      let expected = state ?? (index == 0 ? from : "")
      if from != expected {
        report(
          .error, document, field: "\(field).from",
          "history entry \(index + 1) starts from `\(from)`, but the entry above it left the record "
            + "`\(expected)`",
          fix: "record each transition in order; a state cannot be skipped or rewritten", rule: machine)
      }
      force(from)
      switch step(event, on) {
      case nil:
        report(
          .error, document, field: "\(field).event",
          "history entry \(index + 1) has unknown event `\(event)`",
          fix:
            "use an event of the \(document.kind.rawValue) workflow (`isms \(document.kind.rawValue) --help`)",
          rule: machine)
      case let targets? where !targets.contains(to):
        report(
          .error, document, field: "\(field).event",
          "history entry \(index + 1): `\(event)` does not lead from `\(from)` to `\(to)`"
            + (targets.isEmpty ? " (not possible in that state)" : " (it leads to `\(targets[0])`)"),
          fix: "record the transitions the workflow allows, one entry each, with the commands", rule: machine)
      default:
        break
      }
      state = to
      force(to)
    }
    let current = status ?? ""
    if let leads = state, current != leads {
      report(
        .error, document, field: "status",
        "status is `\(current)` but the history leads to `\(leads)`",
        fix: "change the status only through a recorded transition (the workflow commands append one)",
        rule: "I2")
    }
  }
}
