import ArgumentParser
import Foundation
import Testing

@testable import isms

/// Every command's `--help`, as ArgumentParser renders it: text that wraps cleanly, the formats
/// the command writes and no other, and `-o/--output` wherever a file or folder is written.
@Suite("isms --help: one command line")
struct HelpTextTests {
  /// Every command and subcommand with its words after `isms` (the root has none).
  static let commands: [(words: [String], type: ParsableCommand.Type)] = {
    var found: [([String], ParsableCommand.Type)] = []
    func visit(_ type: ParsableCommand.Type, _ words: [String]) {
      found.append((words, type))
      for sub in type.configuration.subcommands {
        visit(sub, words + [sub.configuration.commandName ?? String(describing: sub).lowercased()])
      }
    }
    visit(ISMSCommand.self, [])
    return found
  }()

  static func help(_ type: ParsableCommand.Type, columns: Int) -> String {
    ISMSCommand.helpMessage(for: type, columns: columns)
  }

  /// The formats each command writes; every command with `--format` is listed.
  static let formats: [String: [String]] = [
    "validate": ["text", "json", "github"], "status": ["text", "json"], "todo": ["text", "json"],
    "soa show": ["markdown", "csv", "json"],
    "soa decide": ["text", "json"], "soa import": ["text", "json"], "people add": ["text", "json"],
    "people set": ["text", "json"], "people leave": ["text", "json"], "new": ["text", "json"],
    "scope set": ["text", "json"], "facts set": ["text", "json"], "soc2 scope": ["text", "json"],
    "rules": ["text", "json"],
    "review due": ["text", "json"], "review log": ["text", "json"],
    "review pr": ["markdown", "json", "github"],
    "coverage": ["text", "markdown", "json"], "export oscal": ["json"], "migrate": ["text", "json"],
    "import comply": ["text", "json"], "import risks": ["text", "json"], "cycle status": ["text", "json"],
    "management-review check": ["text", "json"], "audit programme": ["text", "json"],
    "calendar": ["ics", "json"], "questionnaire fill": ["text", "json"],
    "supplier assurance add": ["text", "json"],
    "supplier review": ["text", "json"],
    "soc2 population": ["text", "json", "csv"], "soc2 sample": ["text", "json"],
  ]

  @Test("the command tree is found")
  func tree() {
    #expect(Self.commands.count > 30, "\(Self.commands.count)")
  }

  @Test("no run of several spaces inside a sentence, an option's help or a list")
  func noInnerSpaceRuns() {
    for (words, type) in Self.commands {
      var inColumns = false
      for line in Self.help(type, columns: 80).split(separator: "\n", omittingEmptySubsequences: false) {
        if ["ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:"].contains(where: { line.hasPrefix($0) }) {
          inColumns = true
          continue
        }
        var text = line.drop { $0 == " " }
        // An entry of those sections: the name column, spaces, then its help (wrapped further down).
        if inColumns, line.hasPrefix("  "), line.count - text.count == 2, let gap = text.firstRange(of: "  ")
        {
          text = text[gap.upperBound...].drop { $0 == " " }
        }
        #expect(!text.contains("  "), "isms \(words.joined(separator: " ")) --help: \(line)")
      }
    }
  }

  @Test(
    "no indented line of a discussion is longer than 80 columns (ArgumentParser would wrap it to column 0)")
  func indentedLinesFit() {
    for (words, type) in Self.commands {
      let help = Self.help(type, columns: 1_000)
      let overview = help.components(separatedBy: "\nUSAGE:").first ?? ""
      for line in overview.split(separator: "\n") where line.hasPrefix(" ") {
        #expect(line.count <= 80, "isms \(words.joined(separator: " ")) --help: \(line)")
      }
    }
  }

  @Test("each command lists only the formats it writes")
  func formatsListed() throws {
    var seen: Set<String> = []
    for (words, type) in Self.commands {
      let help = Self.help(type, columns: 1_000)
      guard let line = help.split(separator: "\n").first(where: { $0.hasPrefix("  --format <format>") })
      else {
        continue
      }
      let name = words.joined(separator: " ")
      seen.insert(name)
      let values = try #require(line.firstMatch(of: /\(values: ([^;)]*)/)?.1, "isms \(name): \(line)")
      #expect(values.components(separatedBy: ", ") == Self.formats[name], "isms \(name): \(line)")
    }
    #expect(seen == Set(Self.formats.keys))
  }

  @Test("every option that names a file or folder to write is -o/--output")
  func outputOption() {
    var withOutput: [String] = []
    for (words, type) in Self.commands {
      let help = Self.help(type, columns: 1_000)
      guard help.contains("--output <") else { continue }
      withOutput.append(words.joined(separator: " "))
      #expect(help.contains("-o, --output <"), "isms \(words.joined(separator: " "))")
    }
    #expect(
      Set(withOutput).isSuperset(of: ["packet build", "export oscal", "calendar", "review codeowners"]),
      "\(withOutput)")
  }
}
