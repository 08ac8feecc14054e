import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand {
  struct Calendar: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "calendar",
      abstract: "Export every upcoming audit, review and deadline as an iCalendar to subscribe to.",
      discussion: """
        All-day events for: audits not cancelled whose last day is today or later; each open \
        nonconformity's due date; each approved document's, risk's and supplier's next review; \
        each open management-review action; and each cycle's deadlines (stage 2 window, \
        surveillances, recertification start, expiry, major window, restore window). Past-due \
        ones stay on the calendar marked OVERDUE. UIDs are stable (audit-ID@isms …), so a \
        subscribed calendar updates in place.

        Formats: ics (RFC 5545; default) or json.
        Example:
          isms calendar --format ics --output isms.ics

        Exit status: 0, 1 on errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Output format: ics or json.", valueName: "format"))
    var format: CalendarFormat = .ics

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
      let session = try WorkflowSession(global, writing: false)
      let events = session.facts.calendarEvents()
      let name = "ISMS \(session.facts.isms.config?.organization ?? "")".trimmingCharacters(in: .whitespaces)
      let text =
        format == .json
        ? try JSONOutput.render(events.map(CalendarEventJSON.init))
        : ICalendar.render(events, today: session.context.today, name: name)
      guard let output else {
        Console.out(text)
        return
      }
      try OutputFile.write(
        Data(text.utf8), to: URL(fileURLWithPath: output),
        confidential: session.facts.isms.holdsConfidentialContent, repository: session.context.repository)
      Console.report("Wrote \(events.count) events to \(output).")
    }
  }
}
