extension RuleDescription {
  /// S10: Sample population unchanged.
  static let ruleS10 = RuleDescription(
    id: "S10", title: "Sample population unchanged",
    summary:
      "A sample's population, computed again, has the SHA-256 recorded when it was drawn; a difference (history or the activity changed) is a warning.",
    source: "AICPA audit sampling (reproducible selection)", ruleClass: .record,
    reads: ["sample", "activity"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The recorded population hash is not the population's",
        path: "records/samples/SMP-001.md",
        find: "population_sha256: ",
        replace: "population_sha256: 0")
    ]
  )
}
