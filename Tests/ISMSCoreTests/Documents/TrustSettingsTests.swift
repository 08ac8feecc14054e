import Foundation
import ISMSCore
import Testing

@Suite("trust: and soc2: of isms.yml")
struct TrustSettingsTests {
  @Test("reports come from trust.soc2_reports, then the soc2: examination when it is not listed yet")
  func reports() throws {
    var files = Fixture().files
    let config = try #require(files[ISMS.configPath])
    files[ISMS.configPath] =
      config + """

        trust:
          contact: "security@acme.example"
          approved_by: jdoe
          approved_on: 2026-05-01
          soc2_reports:
            - { type: 1, as_of: 2025-06-30, availability: "On request" }
        soc2:
          type: 2
          categories: [security]
          period: { start: 2025-07-01, end: 2026-06-30 }
          service_auditor: "Example LLP"

        """
    let trust = TrustSettings(ISMS.load(from: InMemorySnapshot(files)).isms.config)
    #expect(trust.contact == "security@acme.example")
    #expect(trust.approvedBy == "jdoe")
    #expect(trust.approvedOn == Day(year: 2026, month: 5, day: 1))
    #expect(trust.soc2Reports.map(\.type) == [1, 2])
    #expect(trust.soc2Reports[1].periodEnd == Day(year: 2026, month: 6, day: 30))
    #expect(trust.soc2Reports[1].auditor == "Example LLP")
    #expect(trust.soc2Reports[1].availability == nil)
  }
}
