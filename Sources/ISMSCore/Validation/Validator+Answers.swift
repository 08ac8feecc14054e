extension Validator {
  /// The questionnaire answers (T1-T3) and the trust pack's approval (T4).
  mutating func checkAnswers() {
    let soa = self.soa
    var claimed: [String: Document] = [:]
    let answers = isms.documents(of: .answer).sorted { NaturalOrder.precedes($0.id, $1.id) }
    for document in answers {
      guard let answer = document.answer, answer.status == .approved else { continue }
      for control in answer.controls {
        guard let entry = soa[control]?.1, entry.applicability != .applicable else { continue }
        report(
          .error, document, field: "controls",
          "the answer cites \(control), which the Statement of Applicability marks \(entry.applicability?.rawValue ?? "undecided")",
          fix: "cite a control that is applicable, or reword the answer and drop \(control)", rule: "T1")
      }
      var wordings: [(field: String, text: String)] = answer.question.map { [("question", $0)] } ?? []
      wordings += answer.aliases.map { ("aliases", $0) }
      for (field, wording) in wordings {
        let key = AnswerLibrary.normalised(wording)
        guard !key.isEmpty else { continue }
        if let first = claimed[key], first.id != document.id {
          report(
            .error, document, field: field,
            "\"\(wording)\" is already answered by \(first.id) (\(first.path))",
            fix: "merge the two answers, or make this wording an alias of one of them only", rule: "T2")
        } else {
          claimed[key] = document
        }
      }
      if answer.approvedBy == nil {
        report(
          .warning, document, field: "status", "the answer is approved but names no `approved_by`",
          fix: "record who approved the text in `approved_by` and `approved_on`", rule: "T3")
      }
      if let due = nextReview(of: document)?.due, due < today {
        report(
          .warning, document, field: answer.nextReview != nil ? "next_review" : "last_review",
          "answer review overdue by \(due.days(until: today)) days (due \(due))",
          fix: "review the answer with its owner and update `last_review`", rule: "T3")
      }
    }
    checkTrustApproval()
  }

  private mutating func checkTrustApproval() {
    guard let config = isms.config, let id = TrustSettings(config).approvedBy else { return }
    guard let person = config.person(id) else {
      reportISMS(
        .error, field: "trust", "`trust.approved_by` names `\(id)`, who is not in `people`",
        fix: "name a person of `people` who holds the ciso or top-management role", rule: "T4")
      return
    }
    if !person.roles.contains(.ciso) && !person.roles.contains(.topManagement) {
      reportISMS(
        .error, field: "trust",
        "`trust.approved_by` names `\(id)`, who holds neither the ciso nor the top-management role",
        fix: "have the CISO or top management approve the trust pack and name them", rule: "T4")
    }
  }
}
