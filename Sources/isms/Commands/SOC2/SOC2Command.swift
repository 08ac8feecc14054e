import ArgumentParser

extension ISMSCommand {
  struct SOC2: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "soc2",
      abstract: "Prepare a SOC 2 report: the scope, and evidence for a Type II period from git.",
      discussion: """
        The SOC 2 scope lives in isms.yml under soc2:; 'isms coverage --framework soc2' and \
        'isms packet --kind soc2' follow it. See docs/soc2.md and docs/soc2-operation.md.
        """,
      subcommands: [SetScope.self, Population.self, Sample.self])
  }
}
