/// The clauses of ISO/IEC 27001:2022 that carry requirements (4.1 … 10.2).
public enum ISO27001Clauses {
  /// Clauses 4–10 at the level internal audit programmes plan them.
  public static let all: [String] = [
    "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "7.4",
    "7.5", "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "10.1", "10.2",
  ]
}

/// One internal audit as programme coverage sees it.
public struct InternalAuditCoverage: Sendable, Hashable {
  /// The audit id.
  public let id: String
  /// The audit's last day.
  public let day: Day
  /// Whether it was completed (reported or closed); planned audits cover nothing yet.
  public let completed: Bool
  /// The clauses audited (`scope.clauses`).
  public let clauses: [String]
  /// The Annex A controls audited (`scope.controls`).
  public let controls: [String]

  /// Creates an entry.
  public init(id: String, day: Day, completed: Bool, clauses: [String], controls: [String]) {
    self.id = id
    self.day = day
    self.completed = completed
    self.clauses = clauses
    self.controls = controls
  }
}

/// Internal audit programme coverage (R48 CONV): clauses 4–10 every 12 months, every applicable
/// control once per 3-year cycle, and one full pass before stage 2 (R4).
///
/// An audited id covers a required id when they are equal or one is a dotted ancestor of the
/// other: `9` covers `9.2`, and `6.1.2` counts for `6.1`. Comparison ignores case.
public struct ProgrammeCoverage: Sendable, Hashable, Codable {
  /// Clauses not covered by a completed internal audit in the 12 months up to today.
  public let clausesUncoveredLast12Months: [String]
  /// Applicable controls not covered by a completed internal audit in the cycle window.
  public let controlsUncoveredInCycle: [String]
  /// Whether every clause and applicable control was covered before stage 2; `nil` without a
  /// stage 2 date.
  public let fullPassBeforeStage2: Bool?
  /// The clauses and controls missing from that pass.
  public let uncoveredBeforeStage2: [String]

  private enum CodingKeys: String, CodingKey {
    case clausesUncoveredLast12Months = "clauses_uncovered_last_12_months"
    case controlsUncoveredInCycle = "controls_uncovered_in_cycle"
    case fullPassBeforeStage2 = "full_pass_before_stage2"
    case uncoveredBeforeStage2 = "uncovered_before_stage2"
  }

  /// Computes coverage on `today`.
  /// - Parameters:
  ///   - audits: the internal audits of the window (any state).
  ///   - applicableControls: the applicable Annex A controls of the SoA.
  ///   - clauses: the clauses to cover; ISO/IEC 27001:2022 clauses 4–10 by default.
  ///   - cycleWindow: the certification cycle's three years.
  ///   - stage2Start: the first day of stage 2, when planned or held.
  public static func compute(
    audits: [InternalAuditCoverage], applicableControls: [String], clauses: [String] = ISO27001Clauses.all,
    today: Day, cycleWindow: DayRange, stage2Start: Day? = nil
  ) -> ProgrammeCoverage {
    let done = audits.filter { $0.completed && $0.day <= today }
    let yearAgo = today.adding(months: -12)
    let lastYear = done.filter { $0.day >= yearAgo }
    let inCycle = done.filter { cycleWindow.contains($0.day) }
    var fullPass: Bool?
    var missingBeforeStage2: [String] = []
    if let stage2Start {
      let before = done.filter { $0.day < stage2Start }
      missingBeforeStage2 =
        uncovered(clauses, by: before.flatMap(\.clauses))
        + uncovered(applicableControls, by: before.flatMap(\.controls))
      fullPass = missingBeforeStage2.isEmpty
    }
    return ProgrammeCoverage(
      clausesUncoveredLast12Months: uncovered(clauses, by: lastYear.flatMap(\.clauses)),
      controlsUncoveredInCycle: uncovered(applicableControls, by: inCycle.flatMap(\.controls)),
      fullPassBeforeStage2: fullPass,
      uncoveredBeforeStage2: missingBeforeStage2)
  }

  /// The required ids (in their order) that no audited id covers.
  static func uncovered(_ required: [String], by audited: [String]) -> [String] {
    let audited = audited.map { $0.lowercased() }
    return required.filter { id in
      let id = id.lowercased()
      return !audited.contains { $0 == id || id.hasPrefix($0 + ".") || $0.hasPrefix(id + ".") }
    }
  }
}
