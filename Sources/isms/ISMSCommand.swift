import ArgumentParser
import GitStore
import ISMSCore

@main
struct ISMSCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "isms",
    abstract: "Keep an ISO/IEC 27001 ISMS in git and run its audit cycle.",
    discussion: """
      The ISMS is a folder of Markdown files with YAML front-matter, found from the current \
      folder (or --repo PATH) by its isms.yml; it may be the top of a git repository or any \
      folder inside one. Every change isms makes is one git commit, authored by the person acting.

      Commands that read the ISMS take --repo PATH, --rev REV (read a committed revision instead \
      of the working tree) and --today YYYY-MM-DD (or ISMS_TODAY: the day every date rule uses). \
      Commands with machine output take --format json; its keys are stable snake_case.

      Start: isms init handbook --org "Example GmbH"
      Daily: isms status · isms todo · isms validate · isms review due
      In CI: isms validate --format github · isms review pr --base origin/main

      Exit status: 0 success; 1 problems found (validation errors, a refused change) or failure; \
      64 wrong command line.
      """,
    version: ISMSVersion.current,
    subcommands: [
      Init.self, Validate.self, Status.self, ToDo.self, SoA.self, Review.self, Coverage.self, Export.self,
      Migrate.self,
      Import.self, Cycle.self, Audit.self, Finding.self, ManagementReview.self, Calendar.self, Packet.self,
      People.self, New.self, Scope.self, Facts.self, Supplier.self, Questionnaire.self, Activity.self,
      Evidence.self, SOC2.self, Rules.self,
    ]
  )

  /// Runs the command line. When it names a command (each one opens a git repository, most read
  /// the catalogs), libgit2 is initialised and the catalogs are loaded meanwhile on other threads;
  /// `--version` and `--help` start neither. Every way out (success, help, a usage error, a
  /// failure) waits for that initialisation to end before the process exits.
  static func main() {
    Console.reserveStandardStreams()
    let startsCommand = CommandLine.arguments.dropFirst().first.map { !$0.hasPrefix("-") } ?? false
    if startsCommand {
      GitRepository.initializeInBackground()
      TemplateFiles.startLoadingCatalogs()
    }
    do {
      var command = try parseAsRoot()
      try command.run()
      if startsCommand { GitRepository.finishInitialization() }
    } catch {
      if startsCommand { GitRepository.finishInitialization() }
      exit(withError: error)
    }
  }
}
