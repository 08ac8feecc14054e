extension Document {
  /// The assurance fields, when an assurance record.
  public var assurance: AssuranceRecord? {
    if case .assurance(let value) = content { return value }
    return nil
  }

  /// The supplier review fields, when a supplier review.
  public var supplierReview: SupplierReviewRecord? {
    if case .supplierReview(let value) = content { return value }
    return nil
  }
}
