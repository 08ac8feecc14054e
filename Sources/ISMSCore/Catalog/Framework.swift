/// The ISO/IEC 27001 edition an ISMS is built against (`framework` in `isms.yml`).
public enum Framework: String, Sendable, Hashable, Codable, CaseIterable {
  /// ISO/IEC 27001:2022 (+Amd 1:2024): 93 Annex A controls.
  case iso27001_2022 = "iso27001:2022"
  /// ISO/IEC 27001:2013: 114 Annex A controls; only for `isms migrate`.
  case iso27001_2013 = "iso27001:2013"
}
