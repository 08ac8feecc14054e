import Foundation

/// An error the command line reports to the user: one line saying what failed and what to do.
struct CLIError: LocalizedError, CustomStringConvertible {
  let message: String

  /// The error saying `message`; control characters in it (from a file name or a value quoted in
  /// it) are shown as `\u{…}`, since ArgumentParser prints it as it is.
  init(_ message: String) { self.message = DiagnosticText.printable(message) }

  var errorDescription: String? { message }
  var description: String { message }
}
