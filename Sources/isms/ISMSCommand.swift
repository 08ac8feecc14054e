import ArgumentParser
import ISMSCore

@main
struct ISMSCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "isms",
    abstract: "Keep an ISO/IEC 27001 ISMS in git and run its audit cycle.",
    discussion: """
      The ISMS is a folder of Markdown files with YAML front-matter, found from the current \
      folder (or --repo) by its isms.yml. Every change is a git commit.
      """,
    version: ISMSVersion.current,
    subcommands: [
      Init.self, Validate.self, Status.self, SoA.self, Review.self, Coverage.self, Export.self, Migrate.self,
      Import.self, Packet.self,
    ]
  )
}
