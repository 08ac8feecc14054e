/// The longer guard sets of the cycle machine: stage 2 readiness, the decision, restoration.
extension CycleMachine {
  /// R1, R3, R4 and R34 for `plan_stage2`.
  static func planStage2Guards(
    _ record: CycleProgress, stage2: DayRange, context: CycleContext, guards: inout GuardSet
  ) {
    let policy = context.policy
    guard let stage1 = record.stage1LastDay else {
      guards.refuse(
        Refusal(rule: "R1", message: "no stage 1 is recorded in this attempt; record stage 1 first"))
      return
    }
    guards.require(
      stage2.start > stage1,
      Refusal(rule: "R1", message: "stage 2 must start after the last day of stage 1 (\(stage1))"))
    let limit = stage1.adding(months: policy.stage1MaxMonths)
    guards.require(
      stage2.start <= limit, at: stage2.start,
      Refusal(
        rule: "R3",
        message: "stage 2 on \(stage2.start) is more than \(policy.stage1MaxMonths) months after stage 1 "
          + "(last day \(stage1)); record the CB's confirmation that stage 1 is still valid "
          + "(override R3) or repeat stage 1",
        overridable: true))
    let gap = stage1.days(until: stage2.start)
    guards.warn(
      unless: gap <= policy.stage1WarnDays, rule: "R3",
      "stage 2 starts \(gap) days after stage 1 (more than \(policy.stage1WarnDays)); the CB must judge "
        + "whether stage 1 is still valid")
    let audit = context.lastInternalAuditCompleted
    guards.require(
      audit.map { $0 < stage2.start } ?? false,
      Refusal(
        rule: "R4",
        message: "no internal audit was completed before the stage 2 start \(stage2.start); complete and "
          + "report an internal audit (9.2) covering the scope first"))
    let review = context.lastManagementReviewCompleted
    guards.require(
      review.map { $0 < stage2.start } ?? false,
      Refusal(
        rule: "R4",
        message: "no management review was completed before the stage 2 start \(stage2.start); hold and "
          + "record a management review (9.3) first"))
    guards.require(
      context.missingMandatoryDocuments.isEmpty,
      Refusal(
        rule: "R34",
        message: "mandatory documented information is missing: "
          + "\(listedIDs(context.missingMandatoryDocuments)); add and approve it before stage 2"))
    guards.require(
      context.unapprovedStage2Documents.isEmpty,
      Refusal(
        rule: "R34",
        message: "stage 2 audits the security policy, SoA and risk treatment plan in force; approve "
          + "\(listedIDs(context.unapprovedStage2Documents)) first"))
  }

  /// The guards and actions of `grant`: R24, R9, R10, R11 (initial); R16, R17 (recertification).
  static func grant(
    _ record: CycleProgress, context: CycleContext, guards: inout GuardSet, next: inout CycleProgress
  ) {
    let on = context.on
    guards.require(
      context.auditReportStored,
      Refusal(
        rule: "R24",
        message: "the decision needs the stored audit report; add the CB report to the audit record"))
    requireResponsesAccepted(context.findings, guards: &guards)
    let expiry: Day
    if record.phase == .initial {
      let unverified = context.findings.unverifiedMajors
      if let last = record.stage2LastDay, !unverified.isEmpty {
        let deadline = last.adding(months: context.policy.majorWindowMonths)
        guards.require(
          on <= deadline,
          Refusal(
            rule: "R10",
            message: "majors \(listedIDs(unverified)) were not verified within 6 months of stage 2 (by "
              + "\(deadline)); a new stage 2 is needed (`major_window_lapsed`)",
            overridable: true))
      }
      let maximum = on.adding(years: 3)
      expiry = context.certificateExpiry ?? context.policy.expiryConvention.expiry(forDecisionOn: on)
      guards.require(
        on <= expiry && expiry <= maximum,
        Refusal(
          rule: "R11",
          message: "the expiry \(expiry) must lie between the decision \(on) and decision + 3 years "
            + "(\(maximum)); correct the certificate's expiry"))
    } else {
      guard let old = requireExpiry(record, guards: &guards) else { return }
      guards.require(
        on <= old,
        Refusal(
          rule: "R16",
          message: "the recertification decision on \(on) is after expiry \(old); validity is not "
            + "extended: record `expire`, then `restore` within 6 months (R18)",
          overridable: true))
      let maximum = old.adding(years: 3)
      expiry = context.certificateExpiry ?? maximum
      guards.require(
        on <= expiry && expiry <= maximum,
        Refusal(
          rule: "R17",
          message: "the new expiry \(expiry) must not be later than the old expiry + 3 years (\(maximum))"))
    }
    next.state = .certified
    next.decisionDate = on
    next.cycleStart = on
    next.expiry = expiry
    next.surveillancesHeld = 0
  }

  /// The guards and actions of `restore` (R18).
  static func restore(
    _ record: CycleProgress, context: CycleContext, guards: inout GuardSet, next: inout CycleProgress
  ) {
    let on = context.on
    guard let expiry = requireExpiry(record, guards: &guards) else { return }
    let limit = expiry.adding(months: context.policy.restoreWindowMonths)
    guards.require(
      on <= limit,
      Refusal(
        rule: "R18",
        message: "the restore window closed on \(limit) (6 months after expiry \(expiry)); at least a new "
          + "stage 2 is needed: record `lapse`",
        overridable: true))
    guards.require(
      context.recertificationActivitiesComplete,
      Refusal(
        rule: "R18",
        message: "the outstanding recertification activities are not complete; complete them before "
          + "restoring"))
    // R18: expiry is based on the prior cycle, and the days between are not certified.
    let maximum = expiry.adding(years: 3)
    let newExpiry = context.certificateExpiry ?? maximum
    guards.require(
      newExpiry <= maximum && on <= newExpiry,
      Refusal(
        rule: "R18",
        message: "a restored certificate's expiry \(newExpiry) must be based on the prior cycle "
          + "(at most \(maximum))"))
    let firstUncertified = expiry.adding(days: 1)
    if firstUncertified < on {
      next.uncertified.append(DayRange(start: firstUncertified, end: on.adding(days: -1)))
    }
    next.state = .certified
    next.decisionDate = on
    next.cycleStart = on
    next.expiry = newExpiry
    next.surveillancesHeld = 0
  }
}
