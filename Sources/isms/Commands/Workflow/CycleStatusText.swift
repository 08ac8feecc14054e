import ISMSCore

/// The text form of `isms cycle status`.
enum CycleStatusText {
  static func render(_ status: CycleStatus) -> String {
    var lines: [String] = []
    let validity =
      status.certified
      ? "certificate valid until \(status.expiry.map(String.init(describing:)) ?? "?")"
      : "no valid certificate today"
    // `phase` names the decision the cycle works towards; once certified that is always the
    // recertification, which would only confuse the headline.
    let phase = status.certified ? "" : " (\(status.phase.rawValue) phase)"
    lines.append("\(status.cycle): \(status.state.rawValue)\(phase), \(validity)")
    var facts: [String] = []
    if let body = status.certificationBody { facts.append("certification body \(body)") }
    if let decision = status.decisionDate { facts.append("decision \(decision)") }
    if let year = status.certificationYear { facts.append("year \(year) of 3") }
    if !facts.isEmpty { lines.append(facts.joined(separator: ", ")) }
    for gap in status.uncertified { lines.append("Not certified: \(gap)") }
    lines.append("")
    lines.append("Next step: \(status.nextEvent.map { "'\(command(for: $0))'" } ?? "none (terminal state)")")
    if let due = status.nextDue { lines.append("Next due: \(due.due) \(due.what) (\(due.rule))") }
    if !status.blockers.isEmpty {
      lines.append("")
      lines.append("What blocks it:")
      for blocker in status.blockers {
        lines.append(
          "  \(blocker.rule): \(blocker.message)\(blocker.overridable ? " [a CB override can lift this]" : "")"
        )
      }
    }
    if !status.upcoming.isEmpty {
      lines.append("")
      lines.append("Deadlines:")
      for item in status.upcoming {
        let late = item.due < status.today ? "OVERDUE " : ""
        lines.append(
          "  \(item.due)  \(late)\(item.what) (\(item.rule))\(item.subject.map { " — \($0)" } ?? "")")
      }
    }
    if !status.alarms.isEmpty {
      lines.append("")
      lines.append("Alarms:")
      for alarm in status.alarms {
        lines.append("  \(alarm.severity.rawValue) \(alarm.rule): \(alarm.message)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The command that records `event`.
  static func command(for event: CycleEvent) -> String {
    switch event {
    case .planStage1: return "isms audit plan ID --type stage1 …"
    case .recordStage1: return "isms audit report ID (stage 1)"
    case .planStage2: return "isms audit plan ID --type stage2 …"
    case .recordStage2: return "isms audit report ID (stage 2)"
    case .holdSurveillance: return "isms audit plan/report ID --type surveillance"
    case .planRecert: return "isms audit plan ID --type recertification …"
    case .recordRecert: return "isms audit report ID (recertification)"
    default: return "isms cycle event \(event.rawValue)"
    }
  }
}
