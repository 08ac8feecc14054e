/// A catalog file that is missing or malformed.
public struct CatalogError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The catalog file name, for example `iso27001-2022-annex-a.tsv`.
  public let file: String
  /// The 1-based line of the problem, when it is about one line.
  public let line: Int?
  /// What is wrong.
  public let message: String

  /// Creates an error.
  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, for users.
  public var description: String {
    line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
  }
}
