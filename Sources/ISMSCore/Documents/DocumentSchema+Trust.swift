extension DocumentSchema {
  /// `answer`: one answer of the questionnaire library.
  public static let answer =
    common + [
      FieldSpec("title", .text, required: true),
      FieldSpec("question", .text, required: true),
      FieldSpec("answer", .text, required: true),
      FieldSpec("aliases", .list(.text)),
      FieldSpec("keywords", .list(.text)),
      FieldSpec("controls", .list(.text), reference: .control),
      FieldSpec("documents", .list(.identifier), reference: .document),
      FieldSpec("owner", .text, required: true, reference: .person),
      FieldSpec("status", .choice(DocumentStatus.allCases.map(\.rawValue)), required: true),
      FieldSpec("approved_by", .text, reference: .person),
      FieldSpec("approved_on", .day),
      FieldSpec("review_interval", .integer(NumberLimits.reviewMonths)),
      FieldSpec("last_review", .day, required: true),
      FieldSpec("next_review", .day),
    ]

  /// `isms.yml` `trust`: what only the company knows about its customer trust pack.
  public static let trust = [
    FieldSpec("contact", .text),
    FieldSpec("approved_by", .text, reference: .person),
    FieldSpec("approved_on", .day),
    FieldSpec(
      "soc2_reports",
      .list(
        .object([
          FieldSpec("type", .integer(NumberLimits.soc2Type), required: true),
          FieldSpec("period_start", .day),
          FieldSpec("period_end", .day),
          FieldSpec("as_of", .day),
          FieldSpec("auditor", .text),
          FieldSpec("availability", .text, required: true),
        ]))),
  ]
}
