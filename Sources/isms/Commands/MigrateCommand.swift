import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Migrate.")
    func run() throws { throw CLIError("not yet") }
  }
}
