import Foundation
import Testing

/// The incremental `review pr` (validation index of the base, only what the change touches) must
/// report exactly what a full validation of the head reports (`ISMS_CACHE=off`), for any change:
/// here, rounds of random edits drawn from a fixed seed, so that a failure can be replayed.
@Suite("isms review pr: incremental equals full on random edits")
struct ReviewPRPropertyTests {
  static let rounds = 30

  @Test("random edits: same report and exit status with and without the index")
  func randomEdits() throws {
    let fixture = try ReviewFixture()
    var random = SplitMix64(seed: 27_001)
    for round in 0..<Self.rounds {
      try fixture.git(["checkout", "-q", "-f", "main"])
      try fixture.git(["clean", "-qfd"])
      // Now and then the base moves too, so that indexes of several bases are built and read.
      if round % 8 == 7 {
        let edit = try Self.edit(fixture, &random, round: round)
        try fixture.git(["add", "-A"])
        try fixture.git(
          ReviewFixture.dirk + ["commit", "-q", "--allow-empty", "-m", "main \(round): \(edit)"])
      }
      try fixture.git(["checkout", "-q", "-B", "change"])
      var edits: [String] = []
      for _ in 0...random.next(below: 3) { edits.append(try Self.edit(fixture, &random, round: round)) }
      try fixture.git(["add", "-A"])
      try fixture.git(ReviewFixture.dirk + ["commit", "-q", "--allow-empty", "-m", "round \(round)"])
      let format = round.isMultiple(of: 2) ? "json" : "markdown"
      let arguments = ["review", "pr", "--base", "main", "--format", format, "--today", "2026-01-12"]
      let full = try ISMSProcess.run(arguments, in: fixture.url, environment: ["ISMS_CACHE": "off"])
      for run in ["index built or read", "index read"] {
        let incremental = try ISMSProcess.run(arguments, in: fixture.url)
        if incremental.stdout != full.stdout,
          let dump = ProcessInfo.processInfo.environment["ISMS_PROPERTY_DUMP"]
        {
          try? incremental.stdout.write(
            toFile: "\(dump)/\(round)-incremental", atomically: true, encoding: .utf8)
          try? full.stdout.write(toFile: "\(dump)/\(round)-full", atomically: true, encoding: .utf8)
        }
        #expect(incremental.stdout == full.stdout, "round \(round) (\(run)): \(edits)")
        #expect(incremental.status == full.status, "round \(round) (\(run)): \(edits)")
        #expect(incremental.stderr == full.stderr, "round \(round) (\(run)): \(edits)")
      }
    }
  }

  /// Applies one random edit to the working tree and says what it did.
  static func edit(_ fixture: ReviewFixture, _ random: inout SplitMix64, round: Int) throws -> String {
    let files = try documents(in: fixture.url)
    let path = files[random.next(below: files.count)]
    let file = fixture.url.appendingPathComponent(path)
    var text = try String(contentsOf: file, encoding: .utf8)
    switch random.next(below: 9) {
    case 0:
      try fixture.append("\nEdited in round \(round).\n", to: path)
      return "body of \(path)"
    case 1, 2:
      // A front-matter value taken from another document with the same key: ids, statuses,
      // versions, controls and references move between documents.
      var lines = text.components(separatedBy: "\n")
      let fields = frontMatterLines(lines)
      guard !fields.isEmpty else { return "nothing in \(path)" }
      let line = fields[random.next(below: fields.count)]
      let key = lines[line].prefix { $0 != ":" }
      var candidates: [String] = []
      for other in files where other != path {
        let otherLines = try String(contentsOf: fixture.url.appendingPathComponent(other), encoding: .utf8)
          .components(separatedBy: "\n")
        for index in frontMatterLines(otherLines) where otherLines[index].prefix(while: { $0 != ":" }) == key
        {
          if otherLines[index] != lines[line] { candidates.append(otherLines[index]) }
        }
      }
      let old = lines[line]
      if candidates.isEmpty {
        lines.remove(at: line)
      } else {
        lines[line] = candidates[random.next(below: candidates.count)]
      }
      text = lines.joined(separator: "\n")
      try text.write(to: file, atomically: true, encoding: .utf8)
      return "\(path): \(old) -> \(candidates.isEmpty ? "removed" : lines[line])"
    case 3:
      var lines = text.components(separatedBy: "\n")
      let fields = frontMatterLines(lines)
      guard !fields.isEmpty else { return "nothing in \(path)" }
      let removed = lines.remove(at: fields[random.next(below: fields.count)])
      try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
      return "\(path): removed \(removed)"
    case 4:
      try fixture.git(["rm", "-q", path])
      return "removed \(path)"
    case 5:
      let folder = (path as NSString).deletingLastPathComponent
      let target =
        (folder.isEmpty ? "" : folder + "/") + "moved-\(round)-" + (path as NSString).lastPathComponent
      try fixture.git(["mv", path, target])
      return "moved \(path) to \(target)"
    case 6:
      try fixture.write(text, to: "copies/copy-\(round)-\(random.next(below: 1000)).md")
      return "copied \(path)"
    case 7:
      try fixture.write("---\nid: [unclosed\n---\n", to: path)
      return "broke the front-matter of \(path)"
    default:
      try fixture.append("# edited in round \(round)\n", to: "isms.yml")
      return "isms.yml"
    }
  }

  /// The Markdown files of the ISMS, sorted.
  static func documents(in folder: URL) throws -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasPrefix(".git") {
        enumerator?.skipDescendants()
      } else if path.hasSuffix(".md") {
        paths.append(path)
      }
    }
    return paths.sorted()
  }

  /// The indices of the top-level `key: value` lines inside the front-matter.
  static func frontMatterLines(_ lines: [String]) -> [Int] {
    guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return [] }
    return (1..<end).filter { index in
      let line = lines[index]
      return !line.hasPrefix(" ") && !line.hasPrefix("-") && !line.hasPrefix("#") && line.contains(":")
    }
  }
}

/// A small deterministic random generator (SplitMix64), so that a failing round can be replayed.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The next value in `0..<bound`.
  mutating func next(below bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    value ^= value >> 31
    return Int(value % UInt64(bound))
  }
}
