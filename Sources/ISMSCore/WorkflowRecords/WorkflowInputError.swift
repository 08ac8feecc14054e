/// A workflow command that cannot run as asked: a record that does not exist, a missing option
/// the record needs, a record id already taken. Refusals by the rules are ``Refusal``s instead.
public struct WorkflowInputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong and what to do, for the user.
  public let message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}
