import ArgumentParser
import ISMSCore

extension ISMSCommand.Import {
  struct Comply: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "comply", abstract: "Import a strongdm/comply project.")
    func run() throws { throw CLIError("not yet") }
  }
}
