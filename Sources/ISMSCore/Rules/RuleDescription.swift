/// One rule of the rulebook as a value: what it says, where it comes from, what it reads and
/// where `isms` enforces it (after SwiftLint's `RuleDescription`). `isms rules`, `docs/rules.md`
/// and the rule table test are all derived from ``RuleRegistry/all``.
public struct RuleDescription: Sendable, Hashable, Encodable {
  /// The id diagnostics and refusals cite: `R12`, `d3`, `I2`, `schema`.
  public let id: String
  /// A short title.
  public let title: String
  /// One line in our own words (ISO texts are not quoted).
  public let summary: String
  /// The clause or document the rule comes from.
  public let source: String
  /// How firm the rule is.
  public let ruleClass: RuleClass
  /// The records and files the rule reads.
  public let reads: [String]
  /// Where `isms` checks the rule; `[.notImplemented]` when it does not yet.
  public let enforcement: [RuleEnforcement]
  /// Changes to the example ISMS that break the rule.
  public let failing: [RuleExample]
  /// Changes to the example ISMS that keep it.
  public let passing: [RuleExample]

  /// Creates a rule.
  public init(
    id: String, title: String, summary: String, source: String, ruleClass: RuleClass, reads: [String],
    enforcement: [RuleEnforcement], failing: [RuleExample] = [], passing: [RuleExample] = []
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.source = source
    self.ruleClass = ruleClass
    self.reads = reads
    self.enforcement = enforcement
    self.failing = failing
    self.passing = passing
  }

  /// Whether `isms` checks the rule anywhere.
  public var isImplemented: Bool { !enforcement.contains(.notImplemented) }

  private enum CodingKeys: String, CodingKey {
    case id, title, summary, source, reads, enforcement, failing, passing
    case ruleClass = "class"
  }
}

/// How firm a rule is (the rulebook's classes).
public enum RuleClass: String, Sendable, Hashable, Encodable, CaseIterable {
  /// ISO/IEC 27001 requires it of the organization.
  case requirement
  /// A certification-body requirement (ISO/IEC 17021-1, 27006-1, IAF); the CB may override it.
  case certificationBody = "certification_body"
  /// An engineering reading of a requirement.
  case derived
  /// Common practice, not a requirement: a warning, thresholds configurable.
  case convention
  /// How `isms` keeps its records readable and whole.
  case record
}

/// Where a rule is checked.
public enum RuleEnforcement: String, Sendable, Hashable, Encodable, CaseIterable {
  /// A writing command refuses the change (nothing is written).
  case command
  /// `isms validate` reports it on the current state.
  case validate
  /// `isms review pr` reports it on the change between base and head.
  case reviewPR = "review_pr"
  /// Shown by `isms cycle status` (alarms), not a failure.
  case shown
  /// Not checked yet.
  case notImplemented = "not_implemented"
}

/// A change to one file of the example ISMS (`isms-repo-example`): replace the first `find` by
/// `replace`, or create the file holding `replace` when `find` is empty.
public struct RuleExample: Sendable, Hashable, Encodable {
  /// What the change does, in words.
  public let description: String
  /// The file, relative to the ISMS root.
  public let path: String
  /// The text replaced (its first occurrence).
  public let find: String
  /// The new text.
  public let replace: String

  /// Creates an example.
  public init(_ description: String, path: String, find: String, replace: String) {
    self.description = description
    self.path = path
    self.find = find
    self.replace = replace
  }
}
