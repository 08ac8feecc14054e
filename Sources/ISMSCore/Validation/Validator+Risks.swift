extension Validator {
  /// Risk scales, level, treatment, acceptance (R40, R41) and treating controls (R42).
  mutating func checkRisks() {
    let method = isms.config?.riskMethod
    let threshold = method?.acceptanceThreshold
    let entries = soa
    for document in isms.documents(of: .risk) {
      guard let risk = document.risk else { continue }
      if let method {
        for (field, value, scale) in [
          ("likelihood", risk.likelihood, method.likelihood.count),
          ("impact", risk.impact, method.impact.count),
          ("residual_likelihood", risk.residualLikelihood, method.likelihood.count),
          ("residual_impact", risk.residualImpact, method.impact.count),
        ] {
          guard let value, scale > 0, !(1...scale).contains(value) else { continue }
          report(
            .error, document, field: field, "`\(field)` \(value) is outside the scale 1…\(scale)",
            fix: "use a value from 1 to \(scale) (risk_method in isms.yml)", rule: "R40")
        }
      }
      if let level = risk.level, let computed = risk.inherentLevel, level != computed {
        report(
          .error, document, field: "level", "level \(level) is not likelihood × impact = \(computed)",
          fix: "set `level: \(computed)` or remove it", rule: "R40")
      }
      if risk.treatment == .modify, risk.controls.isEmpty {
        report(
          .error, document, field: "treatment", "treatment `modify` names no treating `controls`",
          fix: "list the Annex A controls that reduce the risk in `controls`", rule: "R41")
      }
      if let treatment = risk.treatment, treatment != .retain {
        for field in ["residual_likelihood", "residual_impact"]
        where document.fields.int(field, in: NumberLimits.scalePoint) == nil {
          report(
            .error, document, field: field, "treatment `\(treatment.rawValue)` lacks `\(field)`",
            fix: "estimate `\(field)` after treatment", rule: "R41")
        }
      }
      if (risk.acceptedBy == nil) != (risk.acceptedOn == nil) {
        let missing = risk.acceptedBy == nil ? "accepted_by" : "accepted_on"
        report(
          .error, document, field: missing, "acceptance lacks `\(missing)`",
          fix: "record both `accepted_by` and `accepted_on`", rule: "R41")
      }
      if let acceptedBy = risk.acceptedBy, let owner = risk.owner, acceptedBy != owner {
        report(
          .error, document, field: "accepted_by",
          "risk accepted by `\(acceptedBy)`, not by its owner `\(owner)`",
          fix: "have the risk owner `\(owner)` accept the residual risk", rule: "R41")
      }
      if let threshold, let level = risk.inherentLevel, level > threshold, risk.treatment == .retain,
        !risk.isAccepted
      {
        report(
          .error, document, field: "treatment",
          "level \(level) is above the acceptance threshold \(threshold) and the risk is neither treated nor accepted",
          fix: "treat the risk (`modify`, `avoid`, `share`) or record the owner's acceptance", rule: "R41")
      }
      if let threshold, let residual = risk.residualLevel, residual > threshold, risk.treatment != .retain,
        !risk.isAccepted
      {
        report(
          .error, document, field: "residual_likelihood",
          "residual level \(residual) is above the acceptance threshold \(threshold) and not accepted",
          fix: "add controls to lower the residual risk, or record the owner's acceptance", rule: "R41")
      }
      for control in risk.controls {
        guard let (_, entry) = entries[control], entry.applicability != .applicable else { continue }
        report(
          .error, document, field: "controls",
          "treating control \(control) is \(entry.applicability?.rawValue ?? "without applicability") in the SoA",
          fix: "make \(control) applicable in the SoA or choose another control", rule: "R42")
      }
      if let item = nextReview(of: document), let due = item.due, due < today {
        report(
          .warning, document, field: risk.nextReview != nil ? "next_review" : "assessed_on",
          "risk review overdue by \(due.days(until: today)) days (due \(due))",
          fix: "reassess the risk and update `assessed_on`", rule: "R40")
      }
    }
  }

  /// Supplier reviews and certificates.
  mutating func checkSuppliers() {
    for document in isms.documents(of: .supplier) {
      guard let supplier = document.supplier else { continue }
      if let due = nextReview(of: document)?.due {
        if due < today {
          report(
            .warning, document, field: supplier.nextReview != nil ? "next_review" : "last_review",
            "supplier review overdue by \(due.days(until: today)) days (due \(due))",
            fix: "review the supplier and update `last_review`", rule: "R46")
        }
      } else {
        report(
          .warning, document, field: "last_review", "supplier has never been reviewed",
          fix: "review the supplier and record `last_review`", rule: "R46")
      }
      for (name, expires) in supplier.certificationExpiries.sorted(by: { $0.key < $1.key })
      where expires < today {
        report(
          .warning, document, field: "certifications", "certification `\(name)` expired on \(expires)",
          fix: "obtain the current certificate and update `expires`", rule: "R46")
      }
    }
  }
}
