import Foundation

/// An error the command line reports to the user: one line saying what failed and what to do.
struct CLIError: LocalizedError, CustomStringConvertible {
  let message: String

  init(_ message: String) { self.message = message }

  var errorDescription: String? { message }
  var description: String { message }
}
