extension BranchApproval {
  /// Why this approval commit does not show the approver's own act, or `nil` when it does: the
  /// approver committed it, or it names the decision taken elsewhere (`ISMS-Recorded-Decision`).
  public var identityProblem: String? {
    guard recordedDecision == nil, committer.email.lowercased() != approver.email.lowercased() else {
      return nil
    }
    return "\(id) was approved as \(approver.email) in \(commitID.prefix(7)), but \(committer.email) "
      + "committed it with no ISMS-Recorded-Decision trailer; the approver runs 'isms review approve' "
      + "themselves, or it is run with --recorded-decision naming where they decided"
  }
}

extension PullRequestReview {
  /// An approval made by someone other than the approver, with no recorded decision, is an error
  /// (R35: the record shows who approved): the same rule `isms review approve` refuses by.
  mutating func checkApprovalIdentities(_ input: PullRequestInput) {
    for approval in input.approvals {
      guard let problem = approval.identityProblem else { continue }
      findings.append(
        Finding(
          severity: .error, rule: "R35", path: approval.document?.path ?? approval.id, line: nil,
          message: problem))
    }
  }
}
