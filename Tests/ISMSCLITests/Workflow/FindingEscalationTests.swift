import Foundation
import Testing

@Suite("isms finding update --event escalate")
struct FindingEscalationTests {
  @Test("a minor raised to major ends escalated and opens the linked major in the same commit")
  func escalationOpensTheFollowUpMajor() throws {
    let f = try WorkflowCommandFixture()
    try f.ok(
      [
        "finding", "open", "--source", "incident", "--grade", "minor", "--requirement", "A.8.8",
        "--statement", "Critical patches applied late.", "--evidence", "3 of 10 sampled tickets over 7 days",
        "--by", "kfischer",
      ], today: "2026-01-27")
    try f.refused(
      ["finding", "update", "NC-2026-001", "--event", "escalate", "--by", "amoreira"], today: "2026-01-28",
      rule: "R53")
    try f.ok(
      [
        "finding", "update", "NC-2026-001", "--event", "escalate", "--reason", "Recurred in February",
        "--by", "amoreira",
      ], today: "2026-02-20")

    let minor = try String(
      contentsOf: f.url.appendingPathComponent("records/findings/NC-2026-001.md"), encoding: .utf8)
    #expect(minor.contains("status: escalated\n"))
    #expect(minor.contains("escalated_to: NC-2026-002\n"))
    let major = try String(
      contentsOf: f.url.appendingPathComponent("records/findings/NC-2026-002.md"), encoding: .utf8)
    for line in [
      "grade: major\n", "escalated_from: NC-2026-001\n", "status: opened\n", "raised_on: 2026-02-20\n",
      "requirement: A.8.8\n", "source: incident\n",
    ] {
      #expect(major.contains(line), "\(line) missing in\n\(major)")
    }
    #expect(major.contains("note: Recurred in February"))
    let message = try f.git(["log", "-1", "--format=%B"])
    #expect(message.hasPrefix("NC-2026-001: escalate (opened → escalated); NC-2026-002: open (opened)"))
    #expect(
      message.contains(
        "ISMS-Record: NC-2026-001\nISMS-Event: escalate\nISMS-Record: NC-2026-002\nISMS-Event: open"))

    // The major cannot be escalated again (R53), and the escalated minor is terminal.
    try f.refused(
      ["finding", "update", "NC-2026-002", "--event", "escalate", "--reason", "x", "--by", "amoreira"],
      today: "2026-02-21", rule: "R53")
    try f.refused(
      ["finding", "update", "NC-2026-001", "--event", "contain", "--correction", "x", "--by", "amoreira"],
      today: "2026-02-21", rule: "d3")
  }
}
