/// Why a review command refuses to act: the rule it enforces and a one-line message naming the
/// document, the person and what to do instead. Nothing is written when it is thrown.
public struct ReviewRefusal: Error, Equatable, Sendable, CustomStringConvertible {
  /// The rule: a ``RuleRegistry`` id: an R-number, `d4` (document lifecycle) or `I5` (segregation of duties).
  public let rule: String
  /// What is wrong and what to do.
  public let message: String

  /// Creates a refusal.
  public init(_ rule: String, _ message: String) {
    self.rule = rule
    self.message = message
  }

  /// `refused (R37): …`.
  public var description: String { "refused (\(rule)): \(message)" }
}
