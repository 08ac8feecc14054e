extension ISMSConfig {
  /// Months after a SOC 2 report's period (or its bridge letter) ends before it is stale:
  /// `suppliers.soc2_max_age_months`, else 12 (rule V4).
  public var soc2MaxAgeMonths: Int {
    FieldReader(fields).object("suppliers")?.int("soc2_max_age_months", in: NumberLimits.reviewMonths) ?? 12
  }
}
