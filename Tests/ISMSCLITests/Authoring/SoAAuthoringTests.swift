import Foundation
import Testing

@Suite("isms soa decide / import")
struct SoAAuthoringTests {
  @Test("decide: one commit by the person acting; the control's comments and body stay")
  func decide() throws {
    let f = try AuthoringFixture()
    let result = try f.ok([
      "soa", "decide", "a.5.16", "--applicable", "--justification", "Customer data: access on need to know",
      "--implementation", "partial", "--owner", "ada@acme.example", "--by", "ada", "--format", "json",
    ])
    let report = try AuthoringFixture.json(result.stdout)
    #expect(report["control"] as? String == "A.5.16")
    #expect(
      (report["changes"] as? [[String: Any]])?.map { $0["field"] as? String } == [
        "applicability", "justification", "implementation", "owner",
      ])
    #expect(
      try f.git(["log", "-1", "--format=%an|%s|%(trailers:only,unfold)"]).hasPrefix(
        "Ada Owner|SoA: decide A.5.16 (Managing identities)|ISMS-Record: A.5.16\nISMS-Event: soa-decide"))
    #expect(try f.git(["show", "--format=", "--name-only", "HEAD"]) == "controls/A.5.16.md\n")
    let text = try f.read("controls/A.5.16.md")
    #expect(text.contains("\napplicability: applicable\n"))
    #expect(text.contains("\njustification: \"Customer data: access on need to know\"\n"))
    #expect(text.contains("\nimplementation: partial\n\nowner: ada\n") || text.contains("\nowner: ada\n"))
    #expect(text.contains("# undecided = the decision is still pending."))
    #expect(text.contains("## Evidence"))
    #expect(try f.errors().isEmpty)
    #expect(try f.git(["status", "--porcelain"]) == "")

    let again = try f.ok(["soa", "decide", "A.5.16", "--implementation", "partial", "--by", "ada"])
    #expect(again.stdout.contains("already reads so; nothing to change"))
  }

  @Test("decide refuses incomplete or wrong input with the flag or field, and writes nothing")
  func decideRefusals() throws {
    let f = try AuthoringFixture()
    try f.refused(
      ["soa", "decide", "A.5.16", "--applicable", "--justification", "needed", "--by", "ada"],
      saying: "refused (R42): an applicable control needs --implementation, --owner")
    try f.refused(
      ["soa", "decide", "A.7.4", "--excluded", "--by", "ada"], saying: "needs --justification")
    try f.refused(
      ["soa", "decide", "A.5.16", "--owner", "nobody", "--by", "ada"],
      saying: "--owner nobody is not a person in isms.yml (known: ada)")
    try f.refused(
      ["soa", "decide", "A.9.1", "--excluded", "--justification", "x", "--by", "ada"],
      saying: "not an Annex A control")
    try f.refused(
      ["soa", "decide", "A.5.16", "--implementation", "mostly", "--by", "ada"], status: 64,
      saying: "'mostly' is invalid for '--implementation <state>'. Please provide one of 'implemented', "
        + "'partial', 'planned' or 'not-implemented'.")
    try f.refused(["soa", "decide", "A.5.16", "--by", "ada"], status: 64, saying: "say what to decide")
  }

  @Test("a control excluded while a risk treats it is refused with the risk's file and line")
  func decideRefusesNewErrors() throws {
    let f = try AuthoringFixture()
    for id in ["A.8.1", "A.8.24"] {
      try f.ok([
        "soa", "decide", id, "--applicable", "--justification", "laptops", "--implementation", "implemented",
        "--owner", "ada", "--by", "ada",
      ])
    }
    var risk = try f.read("risks/RISK-001.md")
    risk = risk.replacingOccurrences(
      of: "treatment: retain\n",
      with: "treatment: modify\ncontrols: [A.8.1, A.8.24]\nresidual_likelihood: 1\nresidual_impact: 3\n")
    try f.write(risk, to: "risks/RISK-001.md")
    try f.git([
      "-c", "user.name=Ada Owner", "-c", "user.email=ada@acme.example", "commit", "-qam", "Treat RISK-001",
    ])
    #expect(try f.errors().isEmpty)
    try f.refused(
      ["soa", "decide", "A.8.1", "--excluded", "--justification", "no laptops", "--by", "ada"],
      saying: "refused (R42): risks/RISK-001.md:")
  }

  @Test(
    "import: the CSV of 'isms soa --format csv' round-trips through a spreadsheet (BOM, ';', quoted formulas)"
  )
  func importRoundTrip() throws {
    let f = try AuthoringFixture()
    let export = try f.ok(["soa", "--format", "csv"]).stdout
    var rows = export.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(
      rows.first == "\u{FEFF}id,title,theme,applicability,justification,implementation,owner,policies,risks")
    // As a spreadsheet in a German locale saves it: BOM, ';' separators, every cell as the export had it.
    func edit(_ id: String, _ cells: (inout [String]) -> Void) {
      guard let index = rows.firstIndex(where: { $0.hasPrefix(id + ",") }) else { return }
      var parts = CSVCells.split(rows[index])
      cells(&parts)
      rows[index] = parts.map(CSVCells.quoted).joined(separator: ";")
    }
    edit("A.5.16") {
      $0[3] = "applicable"; $0[4] = "Access on need to know"; $0[5] = "partial"; $0[6] = "ada"
    }
    edit("A.7.4") {
      $0[3] = "Excluded"; $0[4] = "'-- no premises of our own; see scope, section 3.2"
    }
    for index in rows.indices where !rows[index].contains(";") {
      rows[index] = CSVCells.split(rows[index]).map(CSVCells.quoted).joined(separator: ";")
    }
    try f.write("\u{FEFF}" + rows.joined(separator: "\r\n") + "\r\n", to: "../soa.csv")
    let csv = f.folder.url.appendingPathComponent("soa.csv").path

    let before = try f.head()
    let dry = try f.ok(["soa", "import", csv, "--dry-run", "--by", "ada"])
    #expect(dry.stdout.contains("Dry run: 2 control(s) would change; nothing was written."))
    #expect(dry.stdout.contains("A.5.16 (controls/A.5.16.md)\n    applicability: undecided → applicable"))
    #expect(
      dry.stdout.contains("    justification: (none) → -- no premises of our own; see scope, section 3.2"))
    #expect(try f.head() == before)

    let json = try AuthoringFixture.json(
      try f.ok(["soa", "import", csv, "--by", "ada", "--format", "json"]).stdout)
    #expect(json["dry_run"] as? Bool == false)
    #expect((json["changes"] as? [[String: Any]])?.map { $0["id"] as? String } == ["A.5.16", "A.7.4"])
    #expect(
      try f.git(["log", "-1", "--format=%an|%s"]) == "Ada Owner|SoA: import 2 decision(s) from soa.csv\n")
    #expect(
      try f.git(["show", "--format=", "--name-only", "HEAD"]) == "controls/A.5.16.md\ncontrols/A.7.4.md\n")
    #expect(
      try f.read("controls/A.7.4.md").contains(
        "justification: \"-- no premises of our own; see scope, section 3.2\""))
    #expect(try f.errors().isEmpty)

    // Exported again, the decisions come back as they were imported, and importing it changes nothing.
    let second = try f.ok(["soa", "--format", "csv"]).stdout
    #expect(second.contains(",excluded,\"'-- no premises of our own; see scope, section 3.2\","))
    try f.write(second, to: "../again.csv")
    let same = try f.ok([
      "soa", "import", f.folder.url.appendingPathComponent("again.csv").path, "--by", "ada",
    ])
    #expect(same.stdout.contains("nothing to change"))
  }

  @Test("import refuses bad rows with file, row and column, and writes nothing")
  func importRefusals() throws {
    let f = try AuthoringFixture()
    let csv = f.folder.url.appendingPathComponent("bad.csv").path
    try
      "id,applicability,justification,implementation,owner\nA.5.1,maybe,,,\nA.5.2,applicable,x,partial,zoe\nA.5.1,excluded,y,,\n"
      .write(toFile: csv, atomically: true, encoding: .utf8)
    let result = try f.refused(["soa", "import", csv, "--by", "ada"], saying: "")
    #expect(
      result.stdout.contains(
        "bad.csv row 2, column 'applicability': 'maybe' is not applicable, excluded or undecided"))
    #expect(
      result.stdout.contains("bad.csv row 3, column 'owner': 'zoe' is not a person id or e-mail of isms.yml"))
    #expect(result.stdout.contains("bad.csv row 4, column 'id': A.5.1 is already on row 2"))

    try "id,applicability,justification\nA.5.1,applicable,needed\n".write(
      toFile: csv, atomically: true, encoding: .utf8)
    let incomplete = try f.refused(["soa", "import", csv, "--by", "ada"], saying: "")
    #expect(incomplete.stdout.contains("an applicable control needs --implementation, --owner"))
  }
}

/// Splitting and quoting CSV cells as a spreadsheet does, for the round-trip test.
enum CSVCells {
  static func split(_ row: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var iterator = Array(row)[...]
    while let character = iterator.popFirst() {
      if quoted {
        if character == "\"" {
          if iterator.first == "\"" {
            cell.append("\"")
            iterator = iterator.dropFirst()
          } else {
            quoted = false
          }
        } else {
          cell.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        cells.append(cell)
        cell = ""
      } else {
        cell.append(character)
      }
    }
    return cells + [cell]
  }

  static func quoted(_ cell: String) -> String {
    cell.contains(";") || cell.contains("\"")
      ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
  }
}

extension SoAAuthoringTests {
  @Test("a control that needs a document is decided with a note (R34), not refused")
  func decideNeedsDocumentNote() throws {
    let f = try AuthoringFixture()
    let result = try f.ok([
      "soa", "decide", "A.5.15", "--applicable", "--justification", "Need to know", "--implementation",
      "planned",
      "--owner", "ada", "--by", "ada",
    ])
    #expect(result.stderr.contains("note (R34): controls/A.5.15.md:"))
    #expect(try f.errors().map { $0["rule"] as? String } == ["R34"])
    try f.ok(["new", "policy", "--title", "Access control", "--controls", "A.5.15", "--by", "ada"])
    #expect(try f.errors().isEmpty)
  }
}
