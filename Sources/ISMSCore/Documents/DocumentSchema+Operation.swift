extension DocumentSchema {
  /// `activity`: a control activity with its cadence (`activities/ACT-NNN.md`).
  public static let activity =
    common + [
      FieldSpec("title", .text, required: true),
      FieldSpec("controls", .list(.text), required: true, reference: .control),
      FieldSpec("criteria", .list(.text)),
      FieldSpec("owner", .text, required: true, reference: .person),
      FieldSpec("cadence", .choice(Cadence.allCases.map(\.rawValue)), required: true),
      FieldSpec("start", .day, required: true),
      FieldSpec("end", .day),
      FieldSpec("grace_days", .integer(NumberLimits.days)),
      FieldSpec("description", .text, required: true),
    ]

  /// `evidence`: one operation of an activity (`records/evidence/EV-NNN.md`).
  public static let evidence =
    common + [
      FieldSpec("title", .text),
      FieldSpec("activity", .identifier, required: true, reference: .activity),
      FieldSpec("date", .day, required: true),
      FieldSpec("performed_by", .text, required: true, reference: .person),
      FieldSpec("covers", .list(.text), required: true),
      FieldSpec(
        "attachments",
        .list(
          .object([FieldSpec("path", .text, required: true), FieldSpec("sha256", .text, required: true)]))),
      FieldSpec(
        "exceptions",
        .list(
          .object([FieldSpec("description", .text, required: true), FieldSpec("remediation", .text)]))),
    ]

  /// `sample`: items drawn from an activity's population (`records/samples/SMP-NNN.md`).
  public static let sample =
    common + [
      FieldSpec("title", .text),
      FieldSpec("activity", .identifier, required: true, reference: .activity),
      FieldSpec("period_start", .day, required: true),
      FieldSpec("period_end", .day, required: true),
      FieldSpec("drawn_on", .day, required: true),
      FieldSpec("drawn_by", .text, required: true, reference: .person),
      FieldSpec("algorithm", .choice([SampleDraw.algorithm]), required: true),
      FieldSpec("seed", .integer(NumberLimits.seed), required: true),
      FieldSpec("population_size", .integer(NumberLimits.population), required: true),
      FieldSpec("population_sha256", .text, required: true),
      FieldSpec("size", .integer(NumberLimits.population), required: true),
      FieldSpec("items", .list(.text), required: true),
      FieldSpec("repositories", .list(.text)),
    ]
}
