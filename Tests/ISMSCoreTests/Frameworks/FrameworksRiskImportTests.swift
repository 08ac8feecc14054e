import Foundation
import ISMSCore
import Testing

@Suite("Frameworks: risk import")
struct FrameworksRiskImportTests {
  static let config = """
    organization: Acme
    scope: Everything
    framework: iso27001:2022
    people:
      - id: jdoe
        name: Jan Doe
        email: jan@acme.example
        roles: [top-management, risk-owner]
    risk_method:
      likelihood: [Rare, Unlikely, Possible, Likely, Almost certain]
      impact: [Negligible, Minor, Moderate, Major, Severe]
      acceptance_threshold: 6
    """

  static func isms() -> ISMS {
    let snapshot = InMemorySnapshot([
      "isms.yml": config,
      "risks/RISK-007.md": "---\nid: RISK-007\nkind: risk\ntitle: Old\n---\n",
      "controls/A.8.7.md": "---\nid: A.8.7\nkind: control\napplicability: applicable\n---\n",
      "controls/A.8.13.md": "---\nid: A.8.13\nkind: control\napplicability: excluded\n---\n",
    ])
    return ISMS.load(from: snapshot).isms
  }

  static func run(_ csv: String, mapping: [String: String] = [:]) throws -> RiskImport {
    RiskImport(
      table: try CSVTable(text: csv), mapping: mapping, isms: isms(), catalogs: try ShippedCatalogs.load(),
      today: Day(year: 2026, month: 1, day: 15) ?? Day(daysSinceEpoch: 0), source: "register.csv")
  }

  @Test("good rows get ids after the highest existing one, owners by name, and the level")
  func goodRows() throws {
    let result = try Self.run(
      """
      title,asset,threat,vulnerability,Risk Owner,likelihood,impact,treatment,controls,residual_likelihood,residual_impact
      Malware,Laptops,Malware,No EDR,Jan Doe,3,4,modify,A.8.7,2,2
      Typo,Wiki,Error,None,jan@acme.example,1,2,retain,,,
      """, mapping: ["Risk Owner": "owner"])
    #expect(result.errors == [])
    #expect(result.risks.map(\.id) == ["RISK-008", "RISK-009"])
    #expect(result.risks.map(\.level) == [12, 2])
    let text = try #require(result.risks.first?.text)
    #expect(text.contains("owner: jdoe\n"))
    #expect(text.contains("controls: [A.8.7]\n"))
    #expect(text.contains("level: 12\n"))
    #expect(text.contains("assessed_on: 2026-01-15\n"))
  }

  @Test("bad rows are all reported with row and column, and nothing is produced")
  func badRows() throws {
    let result = try Self.run(
      """
      id;title;asset;threat;vulnerability;owner;likelihood;impact;treatment;controls;residual_likelihood;residual_impact
      RISK-007;Dup;A;T;V;jdoe;1;1;retain;;;
      R-2;Scale;A;T;V;jdoe;9;2;retain;;;
      R-3;Who;A;T;V;nobody;2;2;retain;;;
      R-4;Excluded control;A;T;V;jdoe;3;3;modify;A.8.13;1;1
      R-5;Too high;A;T;V;jdoe;4;4;retain;;;
      """)
    #expect(result.risks.isEmpty)
    #expect(
      result.errors == [
        "row 2, column 'id': `RISK-007` already exists in the ISMS",
        "row 3, column 'likelihood': 9 is outside the scale 1–5",
        "row 4, column 'owner': `nobody` is not a person of isms.yml (an id, e-mail or name)",
        "row 5, column 'controls': A.8.13 is not applicable in the Statement of Applicability; a treating control must be (R42)",
        "row 6, column 'treatment': level 16 is above the acceptance threshold 6: treat it or record the owner's acceptance (R41)",
      ])
  }

  @Test("a missing required column is reported once")
  func missingColumn() throws {
    let result = try Self.run("title,asset\nX,Y\n")
    #expect(
      result.errors.contains(
        "no column gives the required field `owner`; add one, pass --map 'COLUMN=owner' or --default owner=VALUE"
      ))
  }
}
