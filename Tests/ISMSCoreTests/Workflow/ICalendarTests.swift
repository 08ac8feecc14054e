import Foundation
import ISMSCore
import Testing

/// Splits rendered iCalendar text into its physical lines (without CRLF).
func physicalLines(_ ics: String) -> [String] {
  var lines = ics.components(separatedBy: "\r\n")
  if lines.last == "" { lines.removeLast() }
  return lines
}

/// Undoes RFC 5545 folding.
func unfolded(_ ics: String) -> [String] {
  var result: [String] = []
  for line in physicalLines(ics) {
    if line.hasPrefix(" "), let last = result.popLast() {
      result.append(last + String(line.unicodeScalars.dropFirst()))
    } else {
      result.append(line)
    }
  }
  return result
}

let sampleEvents = [
  CalendarEvent(
    uid: CalendarEvent.uid(kind: "finding", id: "NC-2026-003-due"),
    summary: "NC-2026-003 due: access reviews",
    description: "minor; owner: jdoe", day: d("2026-05-12"), categories: ["finding", "minor"]),
  CalendarEvent(
    uid: CalendarEvent.uid(kind: "audit", id: "AUD-2026-01"), summary: "Surveillance audit, Hamburg; day 1",
    description: "Scope:\nclauses 4–10\\Annex A", day: d("2026-03-01"), endDay: d("2026-03-02"),
    categories: ["audit", "surveillance"], url: "https://git.example/isms/records/audits/AUD-2026-01.md"),
]

@Suite("iCalendar rendering (RFC 5545)")
struct ICalendarTests {
  @Test func rendersADeterministicCalendar() {
    let ics = ICalendar.render(sampleEvents, today: d("2026-02-15"))
    #expect(
      unfolded(ics) == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//isms//ISMS workflow//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        "UID:audit-AUD-2026-01@isms",
        "DTSTAMP:20260215T000000Z",
        "DTSTART;VALUE=DATE:20260301",
        "DTEND;VALUE=DATE:20260303",
        "SUMMARY:Surveillance audit\\, Hamburg\\; day 1",
        "DESCRIPTION:Scope:\\nclauses 4–10\\\\Annex A",
        "CATEGORIES:audit,surveillance",
        "URL:https://git.example/isms/records/audits/AUD-2026-01.md",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:finding-NC-2026-003-due@isms",
        "DTSTAMP:20260215T000000Z",
        "DTSTART;VALUE=DATE:20260512",
        "DTEND;VALUE=DATE:20260513",
        "SUMMARY:NC-2026-003 due: access reviews",
        "DESCRIPTION:minor\\; owner: jdoe",
        "CATEGORIES:finding,minor",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
      ])
    #expect(ics == ICalendar.render(sampleEvents.reversed(), today: d("2026-02-15")))
  }

  @Test func everyLineEndsWithCRLFAndNoBareLineFeed() {
    let ics = ICalendar.render(sampleEvents, today: d("2026-02-15"))
    #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
    let bytes = Array(ics.utf8)
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      #expect(index > 0 && bytes[index - 1] == 0x0D)
    }
  }

  @Test func yearEndAndLeapDayDTEND() {
    let events = [
      CalendarEvent(uid: "a@isms", summary: "a", day: d("2026-12-31")),
      CalendarEvent(uid: "b@isms", summary: "b", day: d("2028-02-28"), endDay: d("2028-02-29")),
    ]
    let lines = unfolded(ICalendar.render(events, today: d("2026-01-01")))
    #expect(lines.contains("DTEND;VALUE=DATE:20270101"))
    #expect(lines.contains("DTEND;VALUE=DATE:20280301"))
  }

  @Test(arguments: [74, 75, 76, 150, 151])
  func asciiFoldsAtExactly75Octets(length: Int) {
    let line = String(repeating: "x", count: length)
    let folded = physicalLines(ICalendar.fold(line) + "\r\n")
    #expect(folded.allSatisfy { $0.utf8.count <= 75 })
    #expect(folded.first?.utf8.count == min(75, length))
    #expect(folded.count == (length <= 75 ? 1 : 1 + (length - 75 + 73) / 74))
    #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    #expect(unfolded(ICalendar.fold(line) + "\r\n") == [line])
  }

  @Test(arguments: ["\u{E9}", "€", "😀", "e\u{301}", "👩‍👩‍👧‍👦"])
  func multibyteTextIsNeverSplitInsideASequence(unit: String) throws {
    let line = "SUMMARY:" + String(repeating: unit, count: 60)
    let folded = ICalendar.fold(line)
    for physical in physicalLines(folded + "\r\n") {
      #expect(physical.utf8.count <= 75)
      // Each physical line must itself be valid UTF-8.
      #expect(String(validating: Array(physical.utf8), as: UTF8.self) != nil)
    }
    #expect(unfolded(folded + "\r\n") == [line])
  }

  @Test func combiningSequenceStaysOnOneLine() {
    let line = String(repeating: "a", count: 74) + "e\u{301}"
    let lines = physicalLines(ICalendar.fold(line) + "\r\n")
    #expect(lines == [String(repeating: "a", count: 74), " e\u{301}"])
  }

  @Test func multibyteAtTheBoundaryMovesWhole() {
    // 74 ASCII octets + a 3-octet "€" would make 77; the "€" starts the continuation.
    let line = String(repeating: "a", count: 74) + "€b"
    let lines = physicalLines(ICalendar.fold(line) + "\r\n")
    #expect(lines == [String(repeating: "a", count: 74), " €b"])
  }

  @Test func escaping() {
    #expect(ICalendar.escapeText("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng")
    #expect(ICalendar.escapeText("tab\there\u{7}bell") == "tab\there" + "bell")
    #expect(ICalendar.escapeText("colon: \"quoted\"") == "colon: \"quoted\"")
  }

  @Test func upcomingEventsFromTheRepository() {
    var input = UpcomingEventsInput()
    input.audits = [
      CalendarAudit(
        id: "AUD-2026-SURV-02", title: "Surveillance 1", type: .surveillance,
        dates: DayRange(start: d("2026-12-08"), end: d("2026-12-09")), state: .scheduled),
      CalendarAudit(
        id: "AUD-2026-SURV-01", title: "cancelled", type: .surveillance,
        dates: DayRange(start: d("2026-06-16")),
        state: .cancelled),
      CalendarAudit(
        id: "AUD-2025-ST2", title: "past", type: .stage2, dates: DayRange(start: d("2025-05-19")),
        state: .closed),
    ]
    input.findings = [
      CalendarFinding(id: "NC-1", title: "late", grade: .minor, state: .actionPlanned, due: d("2026-09-01")),
      CalendarFinding(id: "NC-2", title: "done", grade: .minor, state: .verified, due: d("2026-12-01")),
      CalendarFinding(id: "OFI-1", title: "ofi", grade: .ofi, state: .opened, due: d("2026-12-01")),
    ]
    input.reviews = [
      CalendarReview(id: "POL-001", title: "Policy", nextReview: d("2027-03-02"), owner: "jdoe")
    ]
    input.actions = [
      ReviewAction(id: "MR-D1", decision: "SIEM", owner: "jdoe", due: d("2026-11-30"), status: .open),
      ReviewAction(id: "MR-D2", decision: "x", owner: "jdoe", due: d("2026-11-30"), status: .done),
    ]
    input.cycles = [
      CycleStatus.evaluate(
        certifiedSummary(decision: "2025-06-20", audits: [surveillance("S1", "2026-05-10")]),
        today: d("2026-10-01"))
    ]
    let events = UpcomingEvents.build(input, today: d("2026-10-01"))
    #expect(
      events.map(\.uid) == [
        "finding-NC-1-due@isms", "action-MR-D1@isms", "audit-AUD-2026-SURV-02@isms",
        "review-POL-001@isms", "cycle-CYC-1-surveillance-2027@isms", "cycle-CYC-1-recertification-audit@isms",
        "cycle-CYC-1-expiry@isms",
      ])
    #expect(events.first?.summary == "OVERDUE NC-1 due: late")
    let ics = ICalendar.render(events, today: d("2026-10-01"))
    #expect(ics.contains("UID:audit-AUD-2026-SURV-02@isms\r\n"))
  }
}

/// Checks the output with the Python `icalendar` parser when it is installed.
@Suite("iCalendar interoperability")
struct ICalendarInteropTests {
  /// `python3` found through `PATH` by `/usr/bin/env`, when it can import `icalendar`.
  static let python: String? = {
    let env = "/usr/bin/env"
    guard FileManager.default.isExecutableFile(atPath: env),
      run(env, ["python3", "-c", "import icalendar"], input: "")?.status == 0
    else { return nil }
    return env
  }()

  static func run(_ tool: String, _ arguments: [String], input: String) -> (status: Int32, output: String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stdout
    do { try process.run() } catch { return nil }
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try? stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test(.enabled(if: python != nil, "python3 with icalendar not installed"))
  func pythonIcalendarReadsTheOutput() throws {
    let long = String(repeating: "Zugriffsprüfung für das Data-Warehouse, Phase ½; ", count: 4)
    let events =
      sampleEvents + [
        CalendarEvent(uid: "long@isms", summary: long, description: "line 1\nline 2 😀", day: d("2026-03-01"))
      ]
    let ics = ICalendar.render(events, today: d("2026-02-15"))
    let script = """
      import sys, icalendar
      data = sys.stdin.buffer.read()
      cal = icalendar.Calendar.from_ical(data)
      for ev in cal.walk('VEVENT'):
          print(ev['UID'], ev.decoded('DTSTART').isoformat(), ev.decoded('DTEND').isoformat(), ev['SUMMARY'], sep='|')
      """
    let python = try #require(Self.python)
    let result = try #require(Self.run(python, ["python3", "-c", script], input: ics))
    #expect(result.status == 0, "\(result.output)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.contains("audit-AUD-2026-01@isms|2026-03-01|2026-03-03|Surveillance audit, Hamburg; day 1"))
    #expect(lines.contains("long@isms|2026-03-01|2026-03-02|\(long)"))
  }
}
