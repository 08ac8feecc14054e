import Foundation
import Testing

@testable import ISMSCore

/// Each control link is entered once, on the side pointing at the control; the SoA, validation
/// and the migration derive the other side.
@Suite struct ControlRelationsTests {
  /// The fixture without the control files' old `policies`/`risks`.
  static let migrated = Fixture()
    .replacing("owner: jdoe\npolicies: [POL-001]\n", with: "owner: jdoe\n", in: "controls/A.5.1.md")
    .replacing("owner: jdoe\nrisks: [RISK-001]\n", with: "owner: jdoe\n", in: "controls/A.8.7.md")

  func soa(_ fixture: Fixture) throws -> SoAReport {
    SoAReport(isms: ISMS.load(from: fixture.snapshot).isms, catalogs: try Fixture.catalogs)
  }

  func row(_ id: String, _ fixture: Fixture) throws -> SoAReport.Row {
    try #require(try soa(fixture).rows.first { $0.id == id })
  }

  @Test func theSoAShowsTheRisksWhoseControlsNameTheControl() throws {
    #expect(try row("A.8.7", Self.migrated).risks == ["RISK-001"])
    // A.5.15 has no `risks:` of its own: the risk's `controls` alone links it.
    let treated = Self.migrated.replacing(
      "controls: [A.8.7]", with: "controls: [A.8.7, A.5.15]", in: "risks/risk-001.md")
    #expect(try row("A.5.15", treated).risks == ["RISK-001"])
  }

  @Test func theSoAShowsTheDocumentsWhoseControlsNameTheControl() throws {
    #expect(try row("A.5.1", Self.migrated).policies == ["POL-001"])
    #expect(try row("A.5.15", Self.migrated).policies == ["POL-001"])
    let retired = Self.migrated.replacing(
      "status: approved\nowner: jdoe\napprover_role: top-management",
      with: "status: retired\nretired_reason: replaced\nowner: jdoe\napprover_role: top-management",
      in: "policies/pol-001.md")
    #expect(try row("A.5.15", retired).policies == [])
  }

  @Test func controlsWithoutPoliciesOrRisksValidateCleanly() throws {
    #expect(try Self.migrated.validate().diagnostics == [])
  }

  @Test func agreeingOldFieldsAreHarmless() throws {
    // The fixture's A.5.1 and A.8.7 still hold `policies`/`risks` that agree with the other side.
    #expect(try Fixture().validate().diagnostics == [])
    #expect(try soa(Fixture()) == soa(Self.migrated))
  }

  @Test func anOldLinkOnlyOnTheControlSideIsAWarningNamingBothFiles() throws {
    let fixture = Fixture().replacing(
      "controls: [A.5.1, A.5.15]", with: "controls: [A.5.15]", in: "policies/pol-001.md")
    let found = try fixture.validate().diagnostics.filter { $0.rule == "L1" }
    #expect(found.count == 1)
    let warning = try #require(found.first)
    #expect(warning.severity == .warning)
    #expect(warning.path == "controls/A.5.1.md")
    #expect(warning.line == 8)
    #expect(warning.message.contains("policies/pol-001.md does not list A.5.1"))
    #expect(warning.fix.contains("isms migrate relations"))
    // The link still counts while the repository is migrated: no R34 error, the SoA keeps it.
    #expect(try row("A.5.1", fixture).policies == ["POL-001"])
  }

  @Test func anOldListMissingALinkIsAWarning() throws {
    let fixture = Fixture().replacing("risks: [RISK-001]", with: "risks: []", in: "controls/A.8.7.md")
    let found = try fixture.validate().diagnostics.filter { $0.rule == "L2" }
    #expect(found.map(\.path) == ["controls/A.8.7.md"])
    #expect(found.first?.message.contains("lacks RISK-001") == true)
  }

  @Test func theMigrationMovesLinksAndKeepsTheSoA() throws {
    let before = Fixture()
      .replacing("controls: [A.5.1, A.5.15]", with: "controls: [A.5.15]", in: "policies/pol-001.md")
      .replacing("controls: [A.8.7]", with: "controls: []", in: "risks/risk-001.md")
    let migration = RelationsMigration(
      relations: ControlRelations(isms: ISMS.load(from: before.snapshot).isms))
    #expect(
      migration.moves == [
        .init(control: "A.5.1", target: "POL-001", path: "policies/pol-001.md"),
        .init(control: "A.8.7", target: "RISK-001", path: "risks/risk-001.md"),
      ])
    #expect(migration.clearedControls == ["controls/A.5.1.md", "controls/A.8.7.md"])
    var after = before
    for file in migration.files {
      after.files[file.path] = try FrontMatterEditor.apply(
        file.edits, to: try #require(before.files[file.path]))
    }
    #expect(after.files["controls/A.5.1.md"]?.contains("policies") == false)
    #expect(after.files["controls/A.8.7.md"]?.contains("risks") == false)
    #expect(after.files["policies/pol-001.md"]?.contains("controls: [A.5.15, A.5.1]") == true)
    #expect(try soa(after) == soa(before))
    #expect(try after.validate().diagnostics == [])
    #expect(
      RelationsMigration(relations: ControlRelations(isms: ISMS.load(from: after.snapshot).isms)).files
        .isEmpty)
  }
}
