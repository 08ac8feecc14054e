import Foundation

/// Why a workflow transition was refused: the rule that blocks it, what to do, and whether a
/// recorded certification-body override can lift it.
///
/// Rule ids are those of the domain rulebook (`R1`…`R57`). Structural refusals (an event that
/// does not exist in the current state) use the machine id: `d1` (cycle), `d2` (audit),
/// `d3` (finding).
///
/// Only rules where the certification body is the authority over a deadline or a judgement
/// are overridable (rulebook §0 "REQ-CB", R23): R3, R9, R10, R12, R15, R16, R18, R19, R52,
/// R53. Requirements on the organization (R34, R48, R50), record-content rules (R2, R6, R8)
/// and eligibility rules (R1, R29) are not.
public struct Refusal: Error, LocalizedError, Sendable, Hashable, CustomStringConvertible {
  /// The rule id, for example `R4`, or `d1`/`d2`/`d3` for an event the machine does not have.
  public let rule: String
  /// A user message naming what blocks the transition and what to do about it.
  public let message: String
  /// Whether a recorded CB override for `rule` lets the transition through.
  public let overridable: Bool

  /// Creates a refusal.
  public init(rule: String, message: String, overridable: Bool = false) {
    self.rule = rule
    self.message = message
    self.overridable = overridable
  }

  /// `R4: <message>`, plus a hint when an override is possible.
  public var description: String {
    overridable
      ? "\(rule): \(message) (a recorded CB override for \(rule) can lift this)"
      : "\(rule): \(message)"
  }

  /// The same text as `description`, for `LocalizedError` consumers.
  public var errorDescription: String? { description }
}

/// A certification-body deviation recorded in a cycle's `overrides` (R23): the CB, as the
/// authority, lifts `rule` or moves its deadline to `newDue`.
public struct Override: Sendable, Hashable, Codable {
  /// The rule lifted, for example `R12`.
  public let rule: String
  /// Why the CB allowed it.
  public let justification: String
  /// The CB's reference (letter, ticket, report number).
  public let cbRef: String
  /// The new deadline, when the override moves one rather than lifting the rule outright.
  public let newDue: Day?

  /// Creates an override.
  public init(rule: String, justification: String, cbRef: String, newDue: Day? = nil) {
    self.rule = rule
    self.justification = justification
    self.cbRef = cbRef
    self.newDue = newDue
  }

  private enum CodingKeys: String, CodingKey {
    case rule, justification
    case cbRef = "cb_ref"
    case newDue = "new_due"
  }

  /// Whether this override lifts `rule` for something happening on `day`.
  ///
  /// An override without justification or CB reference lifts nothing: R23 requires both.
  public func lifts(_ rule: String, on day: Day) -> Bool {
    guard self.rule.caseInsensitiveCompare(rule) == .orderedSame,
      !justification.isBlankField, !cbRef.isBlankField
    else { return false }
    guard let newDue else { return true }
    return day <= newDue
  }
}

/// Override lookup.
extension [Override] {
  /// The first override that lifts `rule` on `day`, if any.
  public func lifting(_ rule: String, on day: Day) -> Override? {
    first { $0.lifts(rule, on: day) }
  }
}

/// A non-blocking finding of a transition or a status evaluation: a CONV threshold crossed,
/// or an override that was used.
public struct WorkflowWarning: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The rule id the warning is about.
  public let rule: String
  /// What the user should know.
  public let message: String

  /// Creates a warning.
  public init(rule: String, message: String) {
    self.rule = rule
    self.message = message
  }

  /// `R3: <message>`.
  public var description: String { "\(rule): \(message)" }
}

/// The result of an accepted transition: the new record, the warnings raised on the way and
/// the overrides that lifted a refusal (the integration writes their rule into `history`).
public struct TransitionResult<Record: Sendable & Hashable>: Sendable, Hashable {
  /// The record after the transition.
  public let record: Record
  /// Non-blocking warnings, in the order the guards raised them.
  public let warnings: [WorkflowWarning]
  /// Overrides that lifted a refusal, in the order they were used.
  public let overridesApplied: [Override]

  /// Creates a result.
  public init(record: Record, warnings: [WorkflowWarning] = [], overridesApplied: [Override] = []) {
    self.record = record
    self.warnings = warnings
    self.overridesApplied = overridesApplied
  }
}
