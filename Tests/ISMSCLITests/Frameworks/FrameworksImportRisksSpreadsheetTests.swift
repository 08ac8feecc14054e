import Foundation
import Testing

/// The spreadsheet options of `isms import risks` as the command line passes them.
@Suite("isms import risks: spreadsheet options")
struct FrameworksImportRisksSpreadsheetTests {
  @Test(
    "sep=;, --preset ciso-assistant, --value, --default-owner, --default and --date-format reach the import")
  func options() throws {
    let fixture = try FrameworksFixture()
    let csv = fixture.folder.url.appendingPathComponent("ciso.csv")
    try """
    sep=;
    ref_id;assets;threats;name;description;existing_controls;current_impact;current_proba;current_risk;additional_controls;residual_impact;residual_proba;residual_risk;treatment;strength_of_knowledge
    R.1;Laptops;Malware;Ransomware;Encrypted laptops;EDR;Low;Unlikely;Low;;--;--;--;Tolerate;Low
    """.write(to: csv, atomically: true, encoding: .utf8)
    let result = try fixture.isms([
      "import", "risks", csv.path, "--by", "ada", "--preset", "ciso-assistant", "--value", "impact:Low=2",
      "--value", "treatment:Tolerate=retain", "--default-owner", "Ada Lovelace",
      "--default", "vulnerability=Not recorded", "--date-format", "dd.MM.yyyy", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let text = try fixture.read("risks/R.1.md")
    #expect(text.contains("owner: ada\n"))
    #expect(text.contains("likelihood: 2\nimpact: 2\nlevel: 4\ntreatment: retain\n"))
    #expect(text.contains("vulnerability: \"Not recorded\""))
    let report = try FrameworksFixture.json(result.stdout)
    #expect(
      (report["carried"] as? [String])?.contains("owner defaults to `Ada Lovelace` where empty") == true)

    let bad = try fixture.isms(["import", "risks", csv.path, "--value", "treatment=Mitigate"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("COLUMN:WORD=VALUE"))
    #expect(try fixture.isms(["import", "risks", csv.path, "--preset", "excel"]).status == 64)
  }
}
