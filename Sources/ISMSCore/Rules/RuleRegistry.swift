import Foundation

/// Every rule `isms` knows, in rulebook order: the R-numbers of the certification rulebook,
/// its workflows (d1-d4), the record-integrity rules (I1-I6), the rules
/// that each relation is entered once (L1-L3) and the document reference's
/// structural checks. Diagnostics and refusals cite these ids; `isms rules ID` explains one.
public enum RuleRegistry {
  /// Every rule, in order.
  public static let all: [RuleDescription] = [
    .ruleR1, .ruleR2, .ruleR3, .ruleR4, .ruleR5, .ruleR6, .ruleR7, .ruleR8, .ruleR9, .ruleR10, .ruleR11,
    .ruleR12, .ruleR13, .ruleR14, .ruleR15, .ruleR16, .ruleR17, .ruleR18, .ruleR19, .ruleR20, .ruleR21,
    .ruleR22, .ruleR23, .ruleR24, .ruleR25, .ruleR26, .ruleR27, .ruleR28, .ruleR29, .ruleR30, .ruleR31,
    .ruleR32, .ruleR33, .ruleR34, .ruleR35, .ruleR36, .ruleR37, .ruleR38, .ruleR39, .ruleR40, .ruleR41,
    .ruleR42, .ruleR43, .ruleR44, .ruleR45, .ruleR46, .ruleR47, .ruleR48, .ruleR49, .ruleR50, .ruleR51,
    .ruleR52, .ruleR53, .ruleR54, .ruleR55, .ruleR56, .ruleR57, .ruleD1, .ruleD2, .ruleD3, .ruleD4, .ruleI1,
    .ruleI2, .ruleI3, .ruleI4, .ruleI5, .ruleI6, .ruleL1, .ruleL2, .ruleL3, .ruleS1, .ruleS2, .ruleS3,
    .ruleS4, .ruleS5, .ruleS6, .ruleS7, .ruleS8, .ruleS9, .ruleS10, .ruleS11, .ruleV1, .ruleV2, .ruleV3,
    .ruleV4, .ruleV5, .ruleV6, .ruleV7, .ruleV8, .ruleV9, .ruleV10, .ruleT1, .ruleT2, .ruleT3, .ruleT4,
    .ruleSchema, .ruleYaml, .ruleFiles, .ruleReference, .ruleConfig, .ruleId, .rulePath,
  ]

  /// The rule with `id` (case-insensitive), if any.
  public static func rule(_ id: String) -> RuleDescription? {
    all.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }
  }
}
