import ISMSCore

extension PullRequestRun {
  /// The options the short route reads, each taking a value.
  private static let optionNames: Set<String> = ["--base", "--head", "--format", "--repo", "--today"]

  /// The run that `arguments` (what follows `isms review pr`) ask for, read without ArgumentParser,
  /// whose reflection over the command's options is a third of a one-file review's own work; `nil`
  /// unless they are `--base`, `--head`, `--format`, `--repo` and `--today`, each at most once and
  /// written `--name value`, with values ArgumentParser would accept as they are (not empty, no
  /// leading `-`, a format `review pr` offers, a day that exists) and `--base` among them.
  ///
  /// On `nil` ArgumentParser parses the arguments: help, completion requests, usage errors and every
  /// other spelling it accepts, with its own messages. Where both parse, they agree (a test compares
  /// them).
  init?(arguments: [String]) {
    guard arguments.count.isMultiple(of: 2) else { return nil }
    var values: [String: String] = [:]
    for index in stride(from: 0, to: arguments.count, by: 2) {
      let name = arguments[index]
      let value = arguments[index + 1]
      guard Self.optionNames.contains(name), values[name] == nil, let first = value.first, first != "-" else {
        return nil
      }
      values[name] = value
    }
    guard let base = values["--base"] else { return nil }
    var format = OutputFormat.markdown
    if let name = values["--format"] {
      guard let named = OutputFormat(rawValue: name), Self.formats.contains(named) else {
        return nil
      }
      format = named
    }
    if let today = values["--today"], Day(today) == nil { return nil }
    self.init(
      base: base, head: values["--head"] ?? "HEAD", format: format, repo: values["--repo"],
      today: values["--today"])
  }
}
