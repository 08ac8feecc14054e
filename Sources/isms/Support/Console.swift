import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The only place that writes to the terminal.
enum Console {
  /// Writes `text` to standard output, adding a final newline when missing.
  static func out(_ text: String) {
    write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n", to: FileHandle.standardOutput)
  }

  /// Writes a line to standard error.
  static func err(_ text: String) {
    write(text.hasSuffix("\n") ? text : text + "\n", to: FileHandle.standardError)
  }

  /// Writes progress to standard error, only when it is a terminal, overwriting the line.
  static func progress(_ text: String) {
    guard isatty(STDERR_FILENO) == 1 else { return }
    write("\r\u{1B}[2K" + text, to: FileHandle.standardError)
  }

  /// Clears a progress line written by `progress`.
  static func endProgress() {
    guard isatty(STDERR_FILENO) == 1 else { return }
    write("\r\u{1B}[2K", to: FileHandle.standardError)
  }

  /// Whether standard output is a terminal (colour, progress).
  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  private static func write(_ text: String, to handle: FileHandle) {
    handle.write(Data(text.utf8))
  }
}
