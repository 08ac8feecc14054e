/// Typed access to the workflow records' fields.
extension Document {
  /// The finding fields, when a finding.
  public var finding: FindingRecord? {
    if case .finding(let value) = content { return value }
    return nil
  }

  /// The cycle fields, when a cycle.
  public var cycle: CycleRecord? {
    if case .cycle(let value) = content { return value }
    return nil
  }

  /// The management review fields, when a management review.
  public var managementReview: ManagementReviewRecord? {
    if case .managementReview(let value) = content { return value }
    return nil
  }

  /// The CB overrides of a cycle (R23), as written in `overrides`.
  public var overrides: [Override] {
    fields.objects("overrides").map {
      Override(
        rule: $0.string("rule") ?? "", justification: $0.string("justification") ?? "",
        cbRef: $0.string("cb_ref") ?? "", newDue: $0.day("new_due"))
    }
  }

  /// A stage 1 audit's areas of concern (R5); `nil` when `concerns` is not written.
  public var stageConcerns: [StageConcern]? {
    guard fields.node("concerns") != nil else { return nil }
    return fields.objects("concerns").map {
      StageConcern(
        id: $0.string("id") ?? "", status: StageConcern.Status(rawValue: $0.string("status") ?? "") ?? .open)
    }
  }
}
