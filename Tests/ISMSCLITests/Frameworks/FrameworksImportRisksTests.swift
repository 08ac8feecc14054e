import Foundation
import Testing

@Suite("isms import risks")
struct FrameworksImportRisksTests {
  @Test("a CSV with bad rows reports each by row and column and writes nothing")
  func badRows() throws {
    let fixture = try FrameworksFixture()
    let csv = fixture.folder.url.appendingPathComponent("bad.csv")
    try
      "title,asset,threat,vulnerability,owner,likelihood,impact,treatment\nA,B,C,D,ada,9,1,retain\nA,B,C,D,zed,1,1,keep\n"
      .write(to: csv, atomically: true, encoding: .utf8)
    let head = try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout
    let result = try fixture.isms(["import", "risks", csv.path, "--by", "ada"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("row 2, column 'likelihood': 9 is outside the scale 1–5"))
    #expect(result.stdout.contains("row 3, column 'owner': `zed` is not a person"))
    #expect(result.stdout.contains("row 3, column 'treatment': `keep` is not one of"))
    #expect(try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout == head)
    #expect(try Subprocess.git(["status", "--porcelain"], in: fixture.root).stdout == "")
  }

  @Test("good rows: a dry run changes nothing, the import commits files that validate")
  func goodRows() throws {
    let fixture = try FrameworksFixture()
    try fixture.decide("A.8.7", "applicable", implementation: "implemented")
    try fixture.commitAll("Decide A.8.7")
    let csv = fixture.folder.url.appendingPathComponent("register.csv")
    try
      "\u{FEFF}Risk;Asset;Threat;Vulnerability;Risk Owner;Likelihood;Impact;Treatment;Controls;Residual_Likelihood;Residual_Impact\r\nRansomware;CI;Ransomware;Flat network;Ada Lovelace;3;4;modify;A.8.7;2;2\r\n"
      .write(to: csv, atomically: true, encoding: .utf8)
    let arguments = [
      "import", "risks", csv.path, "--map", "Risk=title", "--map", "Risk Owner=owner", "--by", "ada",
    ]
    let dry = try fixture.isms(arguments + ["--dry-run", "--format", "json"])
    #expect(dry.status == 0, "\(dry.stdout)\(dry.stderr)")
    let report = try FrameworksFixture.json(dry.stdout)
    let risks = try #require(report["risks"] as? [[String: Any]])
    #expect(risks.first?["id"] as? String == "RISK-002")
    #expect(risks.first?["level"] as? Int == 12)
    #expect(
      !FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("risks/RISK-002.md").path))

    let run = try fixture.isms(arguments)
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(try fixture.read("risks/RISK-002.md").contains("controls: [A.8.7]"))
    #expect(try Subprocess.git(["status", "--porcelain"], in: fixture.root).stdout == "")
    let validate = try FrameworksFixture.json(try fixture.isms(["validate", "--format", "json"]).stdout)
    let diagnostics = (validate["diagnostics"] as? [[String: Any]]) ?? []
    let onRisk = diagnostics.filter {
      ($0["path"] as? String) == "risks/RISK-002.md" && ($0["severity"] as? String) == "error"
    }
    #expect(onRisk.isEmpty, "\(onRisk)")
  }
}
