import Foundation
import GitStore
import ISMSCore

#if canImport(Glibc)
  import Glibc
#endif

/// Prints a packet to PDF with a headless Chromium, never waiting longer than ``timeout``.
enum PacketPDF {
  /// The browsers looked for on PATH, in order.
  static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
  /// Seconds before Chromium is killed.
  static let timeout: TimeInterval = 120

  /// Joins the pages of `archive` into one printable page in a temporary folder, prints it, and
  /// writes the PDF to `target` with the zip's mode.
  static func print(_ archive: Data, to target: URL, confidential: Bool, repository: GitRepository) throws {
    guard let browser = findBrowser() else {
      throw CLIError(
        "--pdf needs Chromium, and none of \(browsers.joined(separator: ", ")) is on PATH; "
          + "install it (apt-get install chromium) or drop --pdf. The zip was written.")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "isms-pdf-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let entries: [PacketEntry]
    do {
      entries = try PacketArchive.entries(of: archive)
    } catch {
      throw CLIError("cannot read the packet back for printing: \(error.description)")
    }
    // 0700: the printable page holds the packet's content, confidential parts included, and
    // the system's temporary folder is shared with every user of the machine.
    guard mkdir(folder.path, 0o700) == 0 else {
      throw CLIError(
        "cannot create the folder \(folder.path): \(String(cString: strerror(errno))); the zip was written.")
    }
    let book = folder.appendingPathComponent("packet-print.html")
    try OutputFile.write(
      Data(PacketPrintBook.html(entries).utf8), to: book, confidential: true, repository: nil)
    let temporary = folder.appendingPathComponent("packet.pdf")
    Console.progress("Printing to PDF with \(browser.lastPathComponent)…")
    try run(
      browser,
      [
        "--headless", "--disable-gpu", "--no-sandbox", "--no-pdf-header-footer",
        "--generate-pdf-document-outline",
        "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
        "--print-to-pdf=\(temporary.path)", book.absoluteString,
      ])
    Console.endProgress()
    guard let printed = FileManager.default.contents(atPath: temporary.path) else {
      throw CLIError("\(browser.lastPathComponent) did not write a PDF; the zip was written.")
    }
    try OutputFile.write(printed, to: target, confidential: confidential, repository: repository)
  }

  private static func findBrowser() -> URL? {
    let path = Environment.value("PATH") ?? "/usr/bin:/bin"
    for name in browsers {
      for folder in path.split(separator: ":") {
        let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      }
    }
    return nil
  }

  /// Runs the browser, killing it when it outlives ``timeout``.
  private static func run(_ browser: URL, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = browser
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(100_000) }
    guard process.isRunning else { return }
    process.terminate()
    let grace = Date().addingTimeInterval(5)
    while process.isRunning && Date() < grace { usleep(100_000) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    throw CLIError(
      "\(browser.lastPathComponent) did not finish printing within \(Int(timeout)) s and was stopped; the zip was written."
    )
  }
}
