import Foundation
import ISMSCore
import Testing

/// Risk registers as spreadsheets write them: words, local dates, other headers, a score column,
/// and CISO Assistant's export.
@Suite("Frameworks: risk import from spreadsheets")
struct FrameworksRiskImportWordsTests {
  static func run(_ csv: String, mapping: [String: String] = [:], options: RiskImportOptions = .init()) throws
    -> RiskImport
  {
    RiskImport(
      table: try CSVTable(text: csv), mapping: mapping, options: options,
      isms: FrameworksRiskImportTests.isms(),
      catalogs: try ShippedCatalogs.load(),
      today: Day(year: 2026, month: 1, day: 15) ?? Day(daysSinceEpoch: 0),
      source: "register.csv")
  }

  static let header =
    "title,asset,threat,vulnerability,owner,likelihood,impact,treatment,controls,residual_likelihood,residual_impact"

  @Test("the labels of the risk method are read as their numbers, in any case")
  func methodWords() throws {
    let result = try Self.run(
      Self.header + "\nMalware,Laptops,Malware,No EDR,jdoe,Likely,major,modify,A.8.7,Rare,Minor\n")
    #expect(result.errors == [])
    let text = try #require(result.risks.first?.text)
    #expect(text.contains("likelihood: 4\nimpact: 4\nlevel: 16\n"))
    #expect(text.contains("residual_likelihood: 1\nresidual_impact: 2\n"))
  }

  @Test("a word outside the scale names the scale and the --value fix")
  func unknownWord() throws {
    let result = try Self.run(Self.header + "\nMalware,Laptops,Malware,No EDR,jdoe,High,4,modify,A.8.7,1,1\n")
    #expect(
      result.errors == [
        "row 2, column 'likelihood': `High` is neither a number nor a word of the scale (Rare, Unlikely, Possible, "
          + "Likely, Almost certain); map it with --value likelihood:High=N"
      ])
    let mapped = try Self.run(
      Self.header + "\nMalware,Laptops,Malware,No EDR,jdoe,High,4,modify,A.8.7,1,1\n",
      options: RiskImportOptions(values: ["likelihood": ["high": "4"]]))
    #expect(mapped.errors == [])
  }

  @Test("common treatment words map by default; --value maps any other word of any column")
  func treatments() throws {
    let result = try Self.run(
      Self.header + """

        A,Laptops,Malware,No EDR,jdoe,3,4,Mitigate,A.8.7,1,1
        B,Wiki,Error,None,jdoe,1,2,Accept,,,
        C,Office,Fire,Old,jdoe,1,2,Transfer,,1,1
        D,Office,Flood,Low,jdoe,1,2,Avoid,,1,1
        E,Office,Theft,Door,jdoe,1,2,Insurance,,1,1
        """, options: RiskImportOptions(values: ["Treatment": ["insurance": "share"]]))
    #expect(result.errors == [])
    #expect(result.risks.map(\.treatment) == ["modify", "retain", "share", "avoid", "share"])
  }

  @Test("headers match whatever their case, spaces, underscores; description and notes are kept")
  func headers() throws {
    let result = try Self.run(
      """
      Title;Asset;Threat;Vulnerability;Risk Owner;Likelihood;Impact;Treatment;Controls;Residual Likelihood;RESIDUAL_IMPACT;Description;Notes;Comments
      Malware;Laptops;Malware;No EDR;jdoe;3;4;modify;A.8.7;1;2;Ransomware on laptops.;Seen in 2025;Ask IT
      """)
    #expect(result.errors == [])
    #expect(result.ignoredColumns == [])
    let text = try #require(result.risks.first?.text)
    #expect(text.contains("residual_likelihood: 1\nresidual_impact: 2\n"))
    #expect(
      text.contains(
        "# Malware\n\nRansomware on laptops.\n\n## Notes\n\n- Notes: Seen in 2025\n- Comments: Ask IT\n"))
  }

  @Test("local dates: dd.MM.yyyy detected, --date-format read, an ambiguous slash date refused")
  func dates() throws {
    let header = "title,asset,threat,vulnerability,owner,likelihood,impact,treatment,assessed_on"
    let detected = try Self.run(header + "\nA,L,M,V,jdoe,1,2,retain,01.03.2026\n")
    #expect(detected.errors == [])
    #expect(detected.risks.first?.text.contains("assessed_on: 2026-03-01\n") == true)
    let american = try Self.run(
      header + "\nA,L,M,V,jdoe,1,2,retain,03/01/2026\n", options: RiskImportOptions(dateFormat: "MM/dd/yyyy"))
    #expect(american.risks.first?.text.contains("assessed_on: 2026-03-01\n") == true)
    let ambiguous = try Self.run(header + "\nA,L,M,V,jdoe,1,2,retain,03/01/2026\n")
    #expect(ambiguous.errors.first?.contains("could be day/month or month/day; pass --date-format") == true)
  }

  @Test("a default owner fills empty cells and a missing column")
  func defaultOwner() throws {
    let result = try Self.run(
      "title,asset,threat,vulnerability,likelihood,impact,treatment\nA,L,M,V,1,2,retain\n",
      options: RiskImportOptions(defaults: ["owner": "Jan Doe"]))
    #expect(result.errors == [])
    #expect(result.risks.first?.text.contains("owner: jdoe\n") == true)
  }

  @Test("a Risk Score column is checked against likelihood × impact")
  func score() throws {
    let header = "title,asset,threat,vulnerability,owner,likelihood,impact,treatment,Risk Score"
    #expect(try Self.run(header + "\nA,L,M,V,jdoe,1,2,retain,2\n").errors == [])
    #expect(
      try Self.run(header + "\nA,L,M,V,jdoe,1,2,retain,6\n").errors == [
        "row 2, column 'Risk Score': 6 is not likelihood × impact = 1 × 2 = 2; correct one of them"
      ])
  }

  @Test("Excel's sep=; first line names the delimiter; rows keep their file line")
  func excelSeparator() throws {
    let table = try CSVTable(text: "sep=;\ntitle;asset\nA, B;C\n")
    #expect(table.delimiter == ";")
    #expect(table.header == ["title", "asset"])
    #expect(table.records.first?.cells == ["A, B", "C"])
    #expect(table.records.first?.row == 3)
  }

  @Test("CISO Assistant's export: its columns, level names, `--` for unassessed, its treatments")
  func cisoAssistant() throws {
    let csv = """
      ref_id;assets;threats;name;description;existing_controls;current_impact;current_proba;current_risk;additional_controls;residual_impact;residual_proba;residual_risk;treatment;strength_of_knowledge
      R.1;Laptops;Malware;Ransomware;Encrypted laptops;EDR;Low;Unlikely;Low;;--;--;--;accept;Low
      R.2;CRM;Insider;Data theft;Sales exports data;;High;Likely;High;DLP;Low;Rare;Low;mitigate;High
      """
    let options = RiskImportOptions(
      values: ["impact": ["high": "4", "low": "2"], "residual_impact": ["low": "1"]],
      defaults: ["owner": "jdoe", "vulnerability": "Not recorded in CISO Assistant"], preset: .cisoAssistant)
    let result = try Self.run(csv, options: options)
    #expect(result.ignoredColumns == ["current_risk", "residual_risk"])
    // CISO Assistant's applied controls are its own objects, not Annex A ids: a mitigated risk needs them.
    #expect(
      result.errors == [
        "row 3, column 'controls': required when the treatment is modify: the treating Annex A controls"
      ])
    let first = try #require(
      try Self.run(String(csv.split(separator: "\n").prefix(2).joined(separator: "\n")), options: options)
        .risks.first)
    #expect(first.id == "R.1")
    #expect(first.treatment == "retain")
    #expect(first.level == 4)
    #expect(first.text.contains("title: \"Ransomware\""))
    #expect(
      first.text.contains(
        "asset: \"Laptops\"\nthreat: \"Malware\"\nvulnerability: \"Not recorded in CISO Assistant\""))
    #expect(
      first.text.contains(
        "Encrypted laptops\n\n## Notes\n\n- existing_controls: EDR\n- strength_of_knowledge: Low\n"))
    #expect(!first.text.contains("residual_"))
  }
}
