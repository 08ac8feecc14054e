extension RuleDescription {
  /// R54: Observations and OFIs.
  static let ruleR54 = RuleDescription(
    id: "R54", title: "Observations and OFIs",
    summary: "An observation or OFI needs no corrective action; record whether it was considered "
      + "when closing it.",
    source: "CB practice", ruleClass: .convention,
    reads: ["finding"],
    enforcement: [.command]
  )
}
