import Foundation
import ISMSCore
import Testing

@Suite("record integrity: one risk method")
struct RiskBandsCommandTests {
  @Test("status counts the example's risks in the bands of its methodology, critical included")
  func exampleStatus() throws {
    let result = try ISMSProcess.run(
      ["status", "--format", "json", "--today", "2026-11-29"],
      in: ExampleISMSTests.repositoryRoot.appendingPathComponent("isms-repo-example"))
    #expect(result.status == 0, "\(result.stderr)")
    let report = try ReviewFixture.json(result.stdout)
    let before = try #require(report["risks_before"] as? [String: Int])
    #expect(Set(before.keys) == ["low", "medium", "high", "critical", "unrated"])
    #expect((before["critical"] ?? 0) > 0)
    let text = try ISMSProcess.run(
      ["status", "--today", "2026-11-29"],
      in: ExampleISMSTests.repositoryRoot.appendingPathComponent("isms-repo-example"))
    #expect(text.stdout.contains("Risks           low  medium   high  critical  unrated\n"), "\(text.stdout)")
  }

  @Test("validate rejects bands that leave a gap or stop short of the highest level (R40)")
  func validateBands() throws {
    let fixture = try ReviewFixture()
    try fixture.replace(
      "    - name: high\n      max: 25\n", with: "    - name: high\n      max: 20\n", in: "isms.yml")
    let result = try fixture.isms(["validate", "--format", "json", "--today", "2026-01-12"])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "`risk_method.bands`: the last band `high` ends at 20, not at the highest level 25"),
      "\(result.stdout)")
  }

  @Test("the packet's register, legend and CSV name each level's band from isms.yml")
  func packetUsesBands() throws {
    let fixture = try ReviewFixture()
    let output = fixture.folder.url.appendingPathComponent("packet.zip")
    let result = try fixture.isms([
      "packet", "--kind", "internal", "--today", "2026-01-13", "-o", output.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let entries = try PacketArchive.entries(of: try Data(contentsOf: output))
    let csv = String(decoding: try #require(entries.first { $0.path == "risks.csv" }).contents, as: UTF8.self)
    #expect(csv.contains(",level,band,treatment,"), "\(csv)")
    #expect(csv.contains(",residual_level,residual_band,"))
    #expect(csv.contains(",2,3,6,low,retain,"), "\(csv)")
    let page = String(
      decoding: try #require(entries.first { $0.path == "risks.html" }).contents, as: UTF8.self)
    #expect(page.contains("low (1–6)") && page.contains("medium (7–12)") && page.contains("high (13–25)"))
  }
}
