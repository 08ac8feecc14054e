import Foundation
import Testing

/// The reading workflow commands on the example ISMS (today 2026-11-29: surveillance postponed
/// by a CB override to 2026-12-18 and scheduled 2026-12-08/09).
@Suite("workflow commands on the example ISMS")
struct WorkflowCommandExampleTests {
  static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("isms-repo-example")

  /// A Python that can import `icalendar`: the CI venv (scripts/check-calendar.sh), else `python3`.
  static let python: URL? = {
    let venv = example.deletingLastPathComponent().appendingPathComponent(".build-ical-venv/bin/python")
    for candidate in [venv.path, "/usr/bin/python3", "/usr/local/bin/python3"]
    where FileManager.default.isExecutableFile(atPath: candidate) {
      let url = URL(fileURLWithPath: candidate)
      if (try? Subprocess.run(url, ["-c", "import icalendar"]))?.status == 0 { return url }
    }
    return nil
  }()

  func isms(_ arguments: [String]) throws -> ProcessResult {
    try ISMSProcess.run(arguments + ["--repo", Self.example.path, "--today", "2026-11-29"])
  }

  @Test("cycle status: certified, surveillance due by the CB's new date, nothing blocks it")
  func cycleStatus() throws {
    let text = try isms(["cycle", "status"])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(
      text.stdout.contains("CYC-2025: certified, certificate valid until 2028-06-19"))
    #expect(text.stdout.contains("Next due: 2026-12-18 first surveillance audit (R12)"))
    let json = try isms(["cycle", "status", "--format", "json"])
    let status = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(status["next_event"] as? String == "hold_surveillance")
    #expect((status["blockers"] as? [Any])?.isEmpty == true)
    let next = try #require(status["next_due"] as? [String: Any])
    #expect(next["subject"] as? String == "AUD-2026-SURV-02")
  }

  @Test("management-review check: the draft MR-2026-02 misses inputs and exits 1")
  func reviewCheck() throws {
    let result = try isms(["management-review", "check", "MR-2026-02"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("MR-2026-02: incomplete (draft)"))
    #expect(result.stdout.contains("[x] 9.3.2 d1 nonconformities"))
    #expect(result.stdout.contains("[ ] 9.3.2 b external_internal_issues"))
    #expect(try isms(["management-review", "check", "MR-2026-01"]).status == 0)
  }

  @Test("calendar: the surveillance audit, the overdue finding and the cycle deadlines")
  func calendarJSON() throws {
    let result = try isms(["calendar", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let events = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let uids = events.compactMap { $0["uid"] as? String }
    #expect(uids.contains("audit-AUD-2026-SURV-02@isms"))
    #expect(uids.contains("cycle-CYC-2025-expiry@isms"))
    #expect(uids.contains("finding-NC-2026-003-due@isms"))
    #expect(events.contains { ($0["summary"] as? String)?.hasPrefix("OVERDUE NC-2025-003") == true })
  }

  @Test("calendar: standard output is the file byte for byte, with no bare LF after the last CRLF")
  func calendarOutputEndsLikeTheFile() throws {
    let folder = try TemporaryFolder("isms-calendar")
    let file = folder.url.appendingPathComponent("example.ics")
    #expect(try isms(["calendar", "--output", file.path]).status == 0)
    let printed = try isms(["calendar"])
    #expect(printed.status == 0, "\(printed.stderr)")
    #expect(Array(printed.stdout.utf8.suffix(15)) == Array("END:VCALENDAR\r\n".utf8))
    #expect(Data(printed.stdout.utf8) == (try Data(contentsOf: file)))
  }

  @Test(
    "calendar: a standard iCalendar parser (Python icalendar) reads the example's calendar",
    .enabled(if: python != nil, "no python3 with icalendar (scripts/check-calendar.sh installs it)"))
  func calendarParses() throws {
    let folder = try TemporaryFolder("isms-calendar")
    let file = folder.url.appendingPathComponent("example.ics")
    let result = try isms(["calendar", "--format", "ics", "--output", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    let script = """
      import sys, icalendar
      cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
      for ev in cal.walk('VEVENT'):
          print(ev['UID'], ev.decoded('DTSTART').isoformat(), ev.decoded('DTEND').isoformat(), sep='|')
      """
    let python = try #require(Self.python)
    let parsed = try Subprocess.run(python, ["-c", script, file.path])
    #expect(parsed.status == 0, "\(parsed.stderr)")
    #expect(parsed.stdout.contains("audit-AUD-2026-SURV-02@isms|2026-12-08|2026-12-10\n"))
  }
}
