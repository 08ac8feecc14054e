import Foundation
import Testing

/// Options that take one of a set of values, or a day: ArgumentParser parses them, lists their
/// values in `--help`, and refuses a value outside them as a usage error (exit 64) naming them.
@Suite("isms: typed option values")
struct TypedOptionTests {
  /// `arguments` run in an empty folder: usage errors come before any ISMS is looked for.
  func usage(_ arguments: [String]) throws -> ProcessResult {
    let folder = try TemporaryFolder()
    return try ISMSProcess.run(arguments, in: folder.url)
  }

  @Test(
    "a value outside the set is a usage error that names the allowed values",
    arguments: [
      (
        ["packet", "--kind", "bogus", "-o", "p.zip"], "'bogus' is invalid for '--kind <kind>'",
        ["stage1", "stage2", "surveillance", "recertification", "internal", "soc2"]
      ),
      (
        ["packet", "--audience", "crowd", "-o", "p.zip"], "'crowd' is invalid for '--audience <audience>'",
        ["'auditor'", "'customer'"]
      ),
      (
        ["finding", "open", "--grade", "big", "--statement", "x"], "'big' is invalid for '--grade <grade>'",
        ["'major'", "'minor'", "'observation'", "'ofi'"]
      ),
      (
        ["audit", "plan", "AUD-2026-01", "--type", "yearly", "--start", "2026-03-02", "--end", "2026-03-03"],
        "'yearly' is invalid for '--type <type>'", ["internal", "stage1", "special"]
      ),
      (
        ["finding", "verify", "NC-2026-001", "--method", "phone"],
        "'phone' is invalid for '--method <method>'",
        ["'full_audit'", "'limited_audit'", "'documentary'", "'next_audit'"]
      ),
      (
        ["import", "risks", "risks.csv", "--preset", "excel"], "'excel' is invalid for '--preset <layout>'",
        ["'ciso-assistant'"]
      ),
    ])
  func badValue(arguments: [String], message: String, values: [String]) throws {
    let result = try usage(arguments)
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
    for value in values { #expect(result.stderr.contains(value), "\(value): \(result.stderr)") }
  }

  @Test("a day that does not exist is a usage error naming the form, wherever a day is taken")
  func badDay() throws {
    for arguments in [
      ["validate", "--today", "2026-02-30"],
      ["packet", "--kind", "internal", "--as-of", "2026-13-01", "-o", "p.zip"],
      ["finding", "open", "--grade", "minor", "--statement", "x", "--due", "tomorrow"],
    ] {
      let result = try usage(arguments)
      #expect(result.status == 64, "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("is invalid for '--"), "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(" <yyyy-mm-dd>'"), "\(arguments): \(result.stderr)")
    }
  }

  /// `isms ARGUMENTS --help` with every run of white space (line wrapping) as one space.
  func help(_ arguments: [String]) throws -> String {
    try usage(arguments + ["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test("--help lists the values")
  func helpListsValues() throws {
    let packet = try help(["packet", "build"])
    #expect(
      packet.contains("(values: stage1, stage2, surveillance, recertification, internal, soc2)"), "\(packet)")
    #expect(packet.contains("(values: auditor, customer; default: auditor)"), "\(packet)")
    let finding = try help(["finding", "open"])
    #expect(finding.contains("(values: major, minor, observation, ofi)"), "\(finding)")
  }

  @Test("ISMS_TODAY that is not a day is refused with one message, before anything is read")
  func badEnvironmentDay() throws {
    let fixture = try ReviewFixture()
    let result = try ISMSProcess.run(["validate"], in: fixture.url, environment: ["ISMS_TODAY": "2026-02-30"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("ISMS_TODAY='2026-02-30' is not a day of the form YYYY-MM-DD that exists"),
      "\(result.stderr)")
  }
}
