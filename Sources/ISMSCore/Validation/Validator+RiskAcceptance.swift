extension Validator {
  /// R41: an acceptance covers the residual level the owner saw; a residual level above the
  /// threshold assessed after the acceptance needs the owner to accept it again.
  mutating func checkRiskAcceptance() {
    guard let threshold = isms.config?.riskMethod?.acceptanceThreshold else { return }
    for document in isms.documents(of: .risk) {
      guard let risk = document.risk, let residual = risk.residualLevel, residual > threshold,
        let accepted = risk.acceptedOn, let assessed = risk.assessedOn, accepted < assessed
      else { continue }
      report(
        .error, document, field: "accepted_on",
        "residual level \(residual), above the threshold \(threshold), was assessed on \(assessed), after the "
          + "acceptance of \(accepted)",
        fix:
          "have the risk owner accept the new residual level (update `accepted_on`), or treat the risk further",
        rule: "R41")
    }
  }
}
