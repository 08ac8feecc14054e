extension RuleDescription {
  /// V1: Assurance records complete.
  static let ruleV1 = RuleDescription(
    id: "V1", title: "Assurance records complete",
    summary: "A supplier's assurance record holds what its type needs: a certificate its number, scope "
      + "and expiry; a SOC 2 report its type, period (type 2) or day (type 1) and opinion; a bridge "
      + "letter the report it extends and its period; a penetration test or other attestation a summary.",
    source: "ISO/IEC 27001 A.5.19-A.5.22 (derived)", ruleClass: .derived,
    reads: ["assurance"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A SOC 2 report without its opinion",
        path: "suppliers/assurance/ASR-001.md",
        find: "opinion: unqualified\n",
        replace: "")
    ],
    passing: [
      RuleExample(
        "A type 1 report with the day it speaks of",
        path: "suppliers/assurance/ASR-001.md",
        find: "report_type: 2\nperiod_start: 2025-01-01\nperiod_end: 2025-12-31",
        replace: "report_type: 1\nas_of: 2025-12-31")
    ]
  )
}
