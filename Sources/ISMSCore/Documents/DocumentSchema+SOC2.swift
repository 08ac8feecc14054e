extension DocumentSchema {
  /// `isms.yml` `soc2`: the SOC 2 engagement. Categories and the dates each type needs are
  /// checked by rules S1–S4, which name what is wrong in SOC 2 terms.
  static let soc2Scope = FieldSpec(
    "soc2",
    .object([
      FieldSpec("type", .integer(1...2), required: true),
      FieldSpec("categories", .list(.text)),
      FieldSpec("period", .object([FieldSpec("start", .day), FieldSpec("end", .day)])),
      FieldSpec("as_of", .day),
      FieldSpec("service_auditor", .text),
    ]))
}
