import ArgumentParser

/// The output formats commands offer; each command accepts the subset it lists in its help.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, github, markdown, csv, ics
}
