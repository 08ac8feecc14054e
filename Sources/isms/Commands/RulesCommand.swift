import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand {
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rules",
      abstract: "List the rules isms checks, or explain one rule.",
      discussion: """
        Every diagnostic of 'isms validate', every refusal of a writing command and every finding \
        of 'isms review pr' cites a rule id: R1…R57 (the certification rulebook), d1…d4 (the \
        cycle, audit, finding and document workflows), I1…I6 (the integrity of the record) and \
        schema, yaml, reference, config, id, path (the document reference). This command prints \
        each rule with its source, class, the records it reads and where it is checked (command \
        refusal, validate, review pr, cycle status, or not implemented yet).

        Examples:
          isms rules
          isms rules R12
          isms rules --format json
        """)

    @Argument(help: ArgumentHelp("A rule id (R12, d3, I2); all rules when omitted.", valueName: "id"))
    var id: String?

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      if let id, RuleRegistry.rule(id) == nil {
        throw ValidationError("no rule '\(id)'; 'isms rules' lists them all.")
      }
    }

    func run() throws {
      if let rule = id.flatMap(RuleRegistry.rule) {
        Console.out(
          format == .json ? try JSONOutput.render(rule) : rule.detailLines().joined(separator: "\n") + "\n")
      } else if format == .json {
        Console.out(try JSONOutput.render(RuleRegistry.all))
      } else {
        let rules = RuleRegistry.all
        let width = rules.map(\.id.count).max() ?? 0
        let lines = rules.map { rule in
          rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
            + "  \(rule.title) [\(rule.ruleClass.label); \(rule.enforcementLabel)]"
        }
        Console.out(lines.joined(separator: "\n") + "\n")
      }
    }
  }
}
