extension RuleDescription {
  /// R45: Competence evidence.
  static let ruleR45 = RuleDescription(
    id: "R45", title: "Competence evidence",
    summary: "Evidence of competence is kept for people whose work affects security.",
    source: "ISO/IEC 27001 7.2 d", ruleClass: .requirement,
    reads: ["competence"],
    enforcement: [.notImplemented]
  )
}
