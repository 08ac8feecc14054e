import ArgumentParser

extension ISMSCommand {
  struct SOC2: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "soc2",
      abstract: "Evidence for a SOC 2 Type II period from git: the change population and samples.",
      subcommands: [Population.self, Sample.self])
  }
}
