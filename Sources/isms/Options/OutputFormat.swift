import ArgumentParser

// The `--format` values, one set per kind of command: ArgumentParser lists a type's every case in
// `--help` and in shell completions, so a command offers exactly the formats it can write.

/// text or json: the reports of `status`, `review due`, `review log`, `import`, `migrate` and the
/// reading workflow commands.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// `validate`: text, json or github.
enum ValidateFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, github
}

/// `coverage`: text, markdown or json.
enum CoverageFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown, json
}

/// `soa`: markdown, csv or json.
enum SoAFormat: String, ExpressibleByArgument, CaseIterable {
  case markdown, csv, json
}

/// `review pr`: markdown, json or github.
enum PullRequestFormat: String, ExpressibleByArgument, CaseIterable {
  case markdown, json, github
}

/// `calendar`: ics or json.
enum CalendarFormat: String, ExpressibleByArgument, CaseIterable {
  case ics, json
}

/// `export oscal`: json, the only OSCAL format written.
enum OSCALFormat: String, ExpressibleByArgument, CaseIterable {
  case json
}
