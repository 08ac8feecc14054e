import Foundation
import Testing

/// A small deterministic generator (SplitMix64), so that every run mutates the same way.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Mutations of an ISMS made by `isms init`: numbers at their extremes in every numeric field,
/// dates and versions at theirs, and odd file names in every folder.
struct ISMSMutator {
  /// Whole numbers no field accepts, and the edges of those some do.
  static let numbers = [
    "0", "-1", "1", "10", "11", "100", "101", "120", "121", "3650", "3651", "4294967296",
    "9223372036854775807",
    "-9223372036854775808", "9223372036854775808", "99999999999999999999999", "1e309", "0x7fffffffffffffff",
    "+5", "-0", "007",
  ]
  static let days = ["0001-01-01", "9999-12-31", "1969-12-31", "2038-01-19", "2106-02-07", "0000-00-00"]
  static let versions = ["\"0.0\"", "\"999999.999999\"", "\"9223372036854775807.1\"", "\"1.-1\"", "1.10"]
  /// The first rounds put one extreme into every numeric field at once, so each field meets each
  /// of these whatever the seed; later rounds pick at random.
  static let sweeps = ["9223372036854775807", "-9223372036854775808", "4294967296", "0"]
  /// Fields a document may lack: added with an extreme number.
  static let numericFields = [
    "likelihood", "impact", "level", "residual_likelihood", "residual_impact", "review_interval",
  ]
  /// File names git accepts that a careless tool would not.
  static let names = [
    "with space.md", "-rf.md", "#hash.md", "%41.md", "ünïcödé.md", "a\u{202E}dm.txt.md", "tab\there.md",
    "line\nbreak.md", "escape\u{1b}[31m.md", String(repeating: "long", count: 60) + ".md", "UPPER.MD", "..md",
    "trailing dot..md", "quote\"'.md", "back\\slash.md", "emoji 🔐.md",
  ]

  var generator: SeededGenerator

  mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &generator)] }

  /// `text` with every numeric, date and version value of its front-matter (or of `isms.yml`)
  /// replaced by an extreme (`sweeps[round]` while there is one), and the numeric fields added.
  mutating func mutate(_ text: String, isConfig: Bool, round: Int) -> String {
    let sweep = round < Self.sweeps.count ? Self.sweeps[round] : nil
    func number() -> String { sweep ?? pick(Self.numbers) }
    var lines = text.components(separatedBy: "\n")
    var inFrontMatter = isConfig
    var kindLine: Int?
    for index in lines.indices {
      let line = lines[index]
      if !isConfig, line == "---" {
        if index == 0 { inFrontMatter = true } else if inFrontMatter { inFrontMatter = false }
        continue
      }
      guard inFrontMatter, let colon = line.firstIndex(of: ":"), !line.hasPrefix("#") else { continue }
      let key = line[..<colon]
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if key == "kind" { kindLine = index }
      if !value.isEmpty, value.allSatisfy({ $0.isNumber || $0 == "-" }),
        value.first?.isNumber == true
          || value.first == "-"
      {
        lines[index] =
          key + ": " + (value.count == 10 && value.contains("-") ? pick(Self.days) : number())
      } else if key == "version" {
        lines[index] = key + ": " + pick(Self.versions)
      }
    }
    if let kindLine {
      for field in Self.numericFields where !lines.contains(where: { $0.hasPrefix(field + ":") }) {
        lines.insert("\(field): \(number())", at: kindLine + 1)
      }
    }
    if isConfig {
      lines +=
        ["findings:"]
        + ["major_days", "minor_days", "internal_major_days", "internal_minor_days", "soak_days"]
        .map { "  \($0): \(number())" }
    }
    return lines.joined(separator: "\n")
  }
}

/// Runs the command line over mutated copies of a small ISMS: no input may crash it, make it exit
/// above 64, or outlive the watchdog. Deterministic (fixed seed) and bounded (a fixed number of
/// rounds, each a handful of commands).
@Suite("Hardening: mutated repositories through the binary")
struct HardeningMutationTests {
  static let rounds = 8

  @Test("validate, status, packet and others survive numbers at their extremes and odd names")
  func mutated() throws {
    let repository = try HostileRepository()
    let fixture = repository.fixture
    try fixture.approvePolicy()
    let base = try fixture.head().trimmingCharacters(in: .whitespacesAndNewlines)
    var mutator = ISMSMutator(generator: SeededGenerator(seed: 0x1_5A5_2026))
    let files = try fixture.git(["ls-files"]).split(separator: "\n").map(String.init)
      .filter { $0.hasSuffix(".md") || $0 == "isms.yml" }
    let folders = Set(files.compactMap { $0.contains("/") ? String($0[..<$0.lastIndex(of: "/")!]) : nil })
      .sorted()
    let output = fixture.folder.url.appendingPathComponent("packet.zip").path
    for round in 0..<Self.rounds {
      try fixture.git(["reset", "-q", "--hard", base])
      try fixture.git(["clean", "-qfdx"])
      for file in files {
        let url = fixture.url.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        try mutator.mutate(text, isConfig: file == "isms.yml", round: round).write(
          to: url, atomically: true, encoding: .utf8)
      }
      for folder in folders {
        let source = try #require(files.first { $0.hasPrefix(folder + "/") })
        let copy = fixture.url.appendingPathComponent(folder).appendingPathComponent(
          mutator.pick(ISMSMutator.names))
        try FileManager.default.copyItem(at: fixture.url.appendingPathComponent(source), to: copy)
      }
      try fixture.git(["add", "-A"])
      try fixture.git(ReviewFixture.ada + ["commit", "-qm", "Mutation round \(round)"])
      // Three commands every round, and one more in turn, to stay within a few seconds a round.
      let extras = [
        ["review", "due", "--within", "3650"], ["review", "pr", "--base", base], ["soa", "--format", "csv"],
        ["calendar"], ["coverage", "--framework", "soc2"], ["review", "log", "POL-001"],
      ]
      for arguments in [["validate"], ["status"], ["packet", "--kind", "internal", "-o", output]]
        + [extras[round % extras.count]]
      {
        let result = try Watchdog.isms(arguments + ["--today", "2026-03-01"], in: fixture.url)
        #expect(
          (0...64).contains(result.status),
          "round \(round): isms \(arguments) exited \(result.status): \(result.stderr.suffix(2000))")
      }
    }
  }
}
