/// Collects the refusals and warnings of one transition so a machine can throw the first
/// refusal, and a status view can list every blocker at once.
struct GuardSet {
  /// The day of the event; overrides are checked against it unless a guard names another day.
  let on: Day
  /// The CB overrides that may lift overridable refusals.
  let overrides: [Override]
  /// Refusals not lifted, in guard order.
  private(set) var refusals: [Refusal] = []
  /// Warnings, including the note of each override used.
  private(set) var warnings: [WorkflowWarning] = []
  /// The overrides that lifted a refusal.
  private(set) var applied: [Override] = []

  /// Starts an empty set for an event on `on`.
  init(on: Day, overrides: [Override]) {
    self.on = on
    self.overrides = overrides
  }

  /// Records `refusal` unless `condition` holds or an override lifts it for `day`.
  mutating func require(_ condition: Bool, at day: Day? = nil, _ refusal: @autoclosure () -> Refusal) {
    guard !condition else { return }
    let refusal = refusal()
    if refusal.overridable, let override = overrides.lifting(refusal.rule, on: day ?? on) {
      applied.append(override)
      warnings.append(
        WorkflowWarning(
          rule: refusal.rule,
          message: "lifted by CB override \(override.cbRef) (\(override.justification)): \(refusal.message)"))
      return
    }
    refusals.append(refusal)
  }

  /// Records an unconditional refusal.
  mutating func refuse(_ refusal: Refusal) { require(false, refusal) }

  /// Records a warning when `condition` fails.
  mutating func warn(unless condition: Bool, rule: String, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    warnings.append(WorkflowWarning(rule: rule, message: message()))
  }

  /// Throws the first refusal, or wraps `record` with the warnings and applied overrides.
  func result<Record>(_ record: Record) throws(Refusal) -> TransitionResult<Record> {
    if let first = refusals.first { throw first }
    return TransitionResult(record: record, warnings: warnings, overridesApplied: applied)
  }
}

/// Free-text checks for the guards.
extension String {
  /// Whether the text is empty or only whitespace (a missing free-text field).
  var isBlankField: Bool { allSatisfy(\.isWhitespace) }
}

/// Free-text checks for optional fields.
extension Optional<String> {
  /// Whether the text is absent, empty or only whitespace.
  var isBlankField: Bool { self?.isBlankField ?? true }
}
