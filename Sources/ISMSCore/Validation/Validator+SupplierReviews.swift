extension Validator {
  /// Supplier reviews: of a supplier, with a controlled questionnaire, considering that supplier's
  /// assurance records, conditions written (V9); the supplier's `last_review` follows them (V10).
  mutating func checkSupplierReviews() {
    var latest: [String: (Document, Day)] = [:]
    for document in isms.documents(of: .supplierReview) {
      guard let review = document.supplierReview else { continue }
      let supplier = review.supplier.flatMap { isms.document(id: $0) }
      if let supplier, supplier.kind != .supplier {
        report(
          .error, document, field: "supplier", "`supplier` names a \(supplier.kind.rawValue), not a supplier",
          fix: "name the supplier's id (SUP-…)", rule: "V9")
      }
      if let id = review.questionnaire, let questionnaire = isms.document(id: id) {
        if !questionnaire.kind.isControlled {
          report(
            .error, document, field: "questionnaire",
            "questionnaire \(id) is a \(questionnaire.kind.rawValue), not a controlled document",
            fix: "name our questionnaire: a policy, procedure or plan, approved and reviewed", rule: "V9")
        } else if questionnaire.controlled?.status != .approved {
          report(
            .error, document, field: "questionnaire",
            "questionnaire \(id) is \(questionnaire.controlled?.status?.rawValue ?? "not approved")",
            fix: "use the approved questionnaire ('isms review approve \(id)')", rule: "V9")
        }
      }
      for (index, id) in review.assurance.enumerated() {
        guard let record = isms.document(id: id) else { continue }
        if record.assurance?.supplier?.lowercased() != review.supplier?.lowercased() {
          report(
            .error, document, field: "assurance[\(index)]",
            "\(id) is not an assurance record of \(review.supplier ?? "the supplier")",
            fix: "list only the reviewed supplier's assurance records", rule: "V9")
        }
      }
      if review.decision == .approveWithConditions, review.conditions.isEmpty {
        report(
          .error, document, field: "decision", "decision approve-with-conditions names no `conditions`",
          fix: "write the conditions under `conditions`", rule: "V9")
      }
      if let date = review.date, let next = review.nextReview, next <= date {
        report(
          .error, document, field: "next_review", "next_review \(next) is not after the review on \(date)",
          fix: "set the next review after \(date)", rule: "V9")
      }
      if let supplier, let date = review.date, date > (latest[supplier.id]?.1 ?? Day(daysSinceEpoch: 0)) {
        latest[supplier.id] = (document, date)
      }
    }
    for (id, (review, date)) in latest.sorted(by: { $0.key < $1.key }) {
      guard let supplier = isms.document(id: id), let entry = supplier.supplier else { continue }
      if entry.lastReview.map({ $0 < date }) ?? true {
        report(
          .warning, supplier, field: "last_review",
          "supplier review \(review.id) on \(date) is later than `last_review` \(entry.lastReview?.description ?? "(none)")",
          fix:
            "set `last_review: \(date)` and `next_review` from \(review.id) ('isms supplier review' writes both)",
          rule: "V10")
      }
    }
  }
}
