import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The only place that writes to the terminal.
enum Console {
  /// Writes `text` to standard output as it is, adding a final newline when missing: for data
  /// (JSON, CSV, iCalendar, CODEOWNERS, GitHub workflow commands) that a program reads, each
  /// escaped by its own rules.
  static func out(_ text: String) {
    // The last scalar, not Character: text ending in CRLF (iCalendar, CSV) ends in the Character
    // "\r\n", which is not "\n", and must not get a bare LF after it.
    let ended = text.isEmpty || text.unicodeScalars.last == "\n"
    write(ended ? text : text + "\n", to: FileHandle.standardOutput)
  }

  /// Writes a report for people to standard output, adding a final newline when missing. Every
  /// control character a line holds (an escape sequence, a carriage return) is shown as `\u{…}`,
  /// so that no document drives the terminal. A line break inside a value cannot be told from the
  /// report's own here: renderers that put values into lines use
  /// ``DiagnosticText/printableLines(_:)``.
  static func report(_ text: String) {
    out(printableLines(text))
  }

  /// Writes a message to standard error, adding a final newline when missing; control characters
  /// within its lines are shown as in ``report(_:)``.
  static func err(_ text: String) {
    let shown = printableLines(text)
    write(shown.hasSuffix("\n") ? shown : shown + "\n", to: FileHandle.standardError)
  }

  // Lines are split at LF only: "\r\n" is one Character, so a CRLF inside a value stays in its
  // line and is shown.
  private static func printableLines(_ text: String) -> String {
    guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 }) else {
      return text
    }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { DiagnosticText.printable(String($0)) }.joined(separator: "\n")
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

  /// Fills a closed standard input, output or error with `/dev/null` opened read-only, before
  /// anything else is opened: otherwise the next file opened (a repository file) would take its
  /// number and receive the output. Writing then fails, and is reported as any failed write.
  static func reserveStandardStreams() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
      let opened = open("/dev/null", O_RDONLY)
      if opened >= 0, opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
  }

  /// Whether standard output is a terminal (colour, progress).
  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Writes all of `text`; when the stream fails (a full disk, a closed terminal) it says so on
  /// standard error, if it still can, and exits with status 1, as every failure does. A closed
  /// pipe still ends the process with SIGPIPE first, as for any command-line tool.
  private static func write(_ text: String, to handle: FileHandle) {
    let descriptor = handle.fileDescriptor
    var text = text
    let failed: Int32? = text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count, let base = bytes.baseAddress {
        let count = Glibc.write(descriptor, base + offset, bytes.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += count
      }
      return nil
    }
    guard let failed else { return }
    if descriptor != STDERR_FILENO {
      let message = "isms: cannot write to standard output: \(String(cString: strerror(failed)))\n"
      _ = message.utf8CString.withUnsafeBufferPointer {
        Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count - 1)
      }
    }
    exit(1)
  }
}
