import Foundation
import Testing

@testable import ISMSCore

@Suite("risk bands of the risk method")
struct RiskBandsTests {
  static func method(_ yaml: String) throws -> RiskMethod {
    let text = """
      risk_method:
        likelihood: [a, b, c, d, e]
        impact: [a, b, c, d, e]
        acceptance_threshold: 6

      """ + yaml
    return try #require(ISMSConfig(FieldReader(try YAMLReader.parseMapping(text, firstLine: 1))).riskMethod)
  }

  static let example = """
      bands:
        - name: low
          max: 6
        - name: medium
          max: 12
        - name: high
          max: 19
        - name: critical
          max: 25

    """

  @Test("declared bands decide every level: 12 is medium, 13 high, 20 critical")
  func declared() throws {
    let bands = RiskBands(method: try Self.method(Self.example))
    #expect(bands.bands.map(\.name) == ["low", "medium", "high", "critical"])
    #expect(
      [1, 6, 7, 12, 13, 19, 20, 25].map { bands.band(of: $0)?.name ?? "-" } == [
        "low", "low", "medium", "medium", "high", "high", "critical", "critical",
      ])
    #expect(bands.describe(12) == "12 (medium)")
    #expect(bands.range(at: 2) == "13–19")
  }

  @Test("without bands: low up to half the threshold, medium up to it, high above")
  func defaultBands() throws {
    let bands = RiskBands(method: try Self.method(""))
    #expect(
      bands.bands == [
        RiskBand(name: "low", max: 3), RiskBand(name: "medium", max: 6), RiskBand(name: "high", max: 25),
      ])
  }

  @Test("bands must be contiguous from 1 to the highest level, with unique names")
  func problems() {
    #expect(
      RiskBands.problems([RiskBand(name: "low", max: 6), RiskBand(name: "high", max: 25)], maxLevel: 25)
        .isEmpty)
    #expect(
      RiskBands.problems([RiskBand(name: "low", max: 6), RiskBand(name: "high", max: 20)], maxLevel: 25)
        == ["the last band `high` ends at 20, not at the highest level 25"])
    #expect(
      RiskBands.problems(
        [RiskBand(name: "low", max: 12), RiskBand(name: "medium", max: 6), RiskBand(name: "high", max: 25)],
        maxLevel: 25)
        == ["band `medium` ends at 6, not above 12 where the band before it ends"])
    #expect(
      RiskBands.problems([RiskBand(name: "Low", max: 6), RiskBand(name: "low", max: 25)], maxLevel: 25)
        == ["band name `low` is used twice"])
    #expect(RiskBands.problems([], maxLevel: 25) == ["`bands` lists no band"])
  }

  @Test("invalid declared bands fall back to the default, so reports never crash on them")
  func invalidFallsBack() throws {
    let bands = RiskBands(method: try Self.method("  bands:\n    - name: low\n      max: 30\n"))
    #expect(bands.bands.map(\.name) == ["low", "medium", "high"])
  }

  @Test("the heat map colours cells by the declared bands: 12 with 8, not with 15")
  func heatMap() throws {
    let map = RiskHeatMap(
      title: "t", likelihoodLabels: ["1", "2", "3", "4", "5"], impactLabels: ["1", "2", "3", "4", "5"],
      bands: RiskBands(method: try Self.method(Self.example)), points: [])
    var fills: [Int: String] = [:]
    let lines = map.svg.split(separator: "\n").map(String.init)
    for (rect, label) in zip(lines, lines.dropFirst()) where rect.hasPrefix("<rect") {
      guard let fill = rect.firstRange(of: "fill=\"#"),
        let level = Int(label.split(separator: ">")[1].split(separator: "<")[0])
      else { continue }
      fills[level] = String(rect[fill.upperBound...].prefix(6))
    }
    // On a 5 × 5 scale: 8 and 12 are medium, 15 and 16 high, 20 critical.
    #expect(fills[12] == fills[8])
    #expect(fills[12] != fills[15])
    #expect(fills[15] == fills[16])
    #expect(fills[20] != fills[16])
    #expect(fills[6] != fills[8])
    #expect(Set(fills.values).count == 4)
  }
}
