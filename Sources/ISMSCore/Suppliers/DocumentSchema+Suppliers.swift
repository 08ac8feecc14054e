extension DocumentSchema {
  /// `assurance`: a supplier's certificate, report, bridge letter or other attestation; which
  /// fields each type needs is rule V1.
  public static let assurance =
    [
      FieldSpec("id", .identifier, required: true),
      FieldSpec("kind", .choice(DocumentKind.allCases.map(\.rawValue)), required: true),
      FieldSpec("title", .text, required: true),
      FieldSpec("supplier", .identifier, required: true, reference: .document),
      FieldSpec("type", .choice(AssuranceRecord.AssuranceType.allCases.map(\.rawValue)), required: true),
      FieldSpec("received", .day, required: true),
      FieldSpec("certificate", .text),
      FieldSpec("scope", .text),
      FieldSpec("expires", .day),
      FieldSpec("report_type", .integer(NumberLimits.soc2Type)),
      FieldSpec("period_start", .day),
      FieldSpec("period_end", .day),
      FieldSpec("as_of", .day),
      FieldSpec("opinion", .choice(AssuranceRecord.Opinion.allCases.map(\.rawValue))),
      FieldSpec(
        "subservice",
        .list(
          .object([
            FieldSpec("name", .text, required: true),
            FieldSpec(
              "method", .choice(AssuranceRecord.SubserviceMethod.allCases.map(\.rawValue)), required: true),
          ]))),
      FieldSpec(
        "cuecs",
        .list(
          .object([
            FieldSpec("id", .identifier, required: true),
            FieldSpec("text", .text, required: true),
            FieldSpec("controls", .list(.text), reference: .control),
          ]))),
      FieldSpec("exceptions", .list(.text)),
      FieldSpec("covers", .identifier, reference: .document),
      FieldSpec("summary", .text),
      FieldSpec(
        "files",
        .list(
          .object([
            FieldSpec("path", .text),
            FieldSpec("sha256", .text),
            FieldSpec("reference", .text),
          ]))),
    ]

  /// `supplier-review`: one assessment of a supplier with our questionnaire.
  public static let supplierReview =
    [
      FieldSpec("id", .identifier, required: true),
      FieldSpec("kind", .choice(DocumentKind.allCases.map(\.rawValue)), required: true),
      FieldSpec("title", .text, required: true),
      FieldSpec("supplier", .identifier, required: true, reference: .document),
      FieldSpec("date", .day, required: true),
      FieldSpec("reviewer", .text, required: true, reference: .person),
      FieldSpec("questionnaire", .identifier, required: true, reference: .document),
      FieldSpec("questionnaire_version", .version),
      FieldSpec("answers", .text, required: true),
      FieldSpec("findings", .list(.text)),
      FieldSpec(
        "decision", .choice(SupplierReviewRecord.Decision.allCases.map(\.rawValue)), required: true),
      FieldSpec("conditions", .list(.text)),
      FieldSpec("assurance", .list(.identifier), reference: .document),
      FieldSpec("next_review", .day, required: true),
    ]

  /// `isms.yml` `suppliers`: the thresholds of the supplier assurance rules.
  public static let suppliersConfig = FieldSpec(
    "suppliers", .object([FieldSpec("soc2_max_age_months", .integer(NumberLimits.reviewMonths))]))
}
