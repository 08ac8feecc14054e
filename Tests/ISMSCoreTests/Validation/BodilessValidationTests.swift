import Foundation
import Testing

@testable import ISMSCore

/// `review pr` builds the merge base's index from a load without bodies
/// (``Validator/wideDiagnostics(loaded:catalogs:today:reading:)``, reading only the scope
/// document's text); its ISMS-wide diagnostics must be exactly those of a validation of every
/// body (what `review pr` without the index computes), and those of `isms validate`.
@Suite struct BodilessValidationTests {
  /// The diagnostics on `isms.yml` of `files` loaded with bodies, as `review pr` validates a head.
  static func withBodies(_ files: [String: Data], catalogs: Catalogs) -> [Diagnostic] {
    let loaded = ISMS.load(from: InMemorySnapshot(data: files))
    return Validator.validate(loaded: loaded, origin: "memory", catalogs: catalogs, today: ExampleISMS.today)
      .diagnostics.filter { $0.path == ISMS.configPath }
  }

  /// The diagnostics on `isms.yml` of `files` as `isms validate` finds them (no bodies loaded).
  static func asValidate(_ files: [String: Data], catalogs: Catalogs) -> [Diagnostic] {
    Validator.validate(snapshot: InMemorySnapshot(data: files), catalogs: catalogs, today: ExampleISMS.today)
      .diagnostics.filter { $0.path == ISMS.configPath }
  }

  /// The ISMS-wide diagnostics of `files` loaded without bodies, as the index is built.
  static func withoutBodies(_ files: [String: Data], catalogs: Catalogs) -> [Diagnostic] {
    let snapshot = InMemorySnapshot(data: files)
    let loaded = ISMS.load(from: snapshot, bodies: .skipped)
    #expect(loaded.isms.documents.allSatisfy { $0.body.isEmpty })
    return Validator.wideDiagnostics(
      loaded: loaded, catalogs: catalogs, today: ExampleISMS.today, reading: snapshot)
  }

  @Test("the example and every rule's examples: the same ISMS-wide diagnostics without bodies")
  func ruleExamples() throws {
    let catalogs = try #require(ExampleISMS.catalogs)
    var cases: [(String, [String: Data])] = [("the example", ExampleISMS.files)]
    for rule in RuleRegistry.all {
      for example in rule.failing + rule.passing {
        if let changed = ExampleISMS.applying(example) {
          cases.append(("\(rule.id): \(example.path)", changed))
        }
      }
    }
    var scopeRules = 0
    for (name, files) in cases {
      let full = Self.withBodies(files, catalogs: catalogs)
      scopeRules += full.filter { $0.rule == "L3" || $0.rule == "I6" }.count
      #expect(Self.withoutBodies(files, catalogs: catalogs) == full, "\(name)")
      #expect(Self.asValidate(files, catalogs: catalogs) == full, "\(name)")
    }
    // The cases reach the rules that read the scope document's body or `scope:`.
    #expect(scopeRules > 0)
  }

  @Test("random body edits: the same ISMS-wide diagnostics without bodies")
  func randomEdits() throws {
    let catalogs = try #require(ExampleISMS.catalogs)
    let documents = ExampleISMS.files.keys.filter { $0.hasSuffix(".md") }.sorted()
    var random = SplitMix64(seed: 27_001)
    var scopeRules = 0
    for round in 0..<40 {
      var files = ExampleISMS.files
      var edits: [String] = []
      for _ in 0...Int.random(in: 0..<3, using: &random) {
        // The scope document half of the time: L3 reads its body.
        let path =
          Bool.random(using: &random)
          ? "scope.md" : documents[Int.random(in: 0..<documents.count, using: &random)]
        guard let text = files[path].flatMap({ String(data: $0, encoding: .utf8) }) else { continue }
        let edited: String
        switch Int.random(in: 0..<6, using: &random) {
        case 0: edited = text + "\nTODO: write this part.\n"
        case 1: edited = text.replacingOccurrences(of: "status: draft", with: "status: approved")
        case 2: edited = text.replacingOccurrences(of: "\n", with: "\r\n")
        case 3:
          // Only the front-matter, no body (and no final line end).
          let parts = text.components(separatedBy: "\n---\n")
          edited = parts.count > 1 ? parts[0] + "\n---" : text
        case 4: edited = text.replacingOccurrences(of: "the ", with: "a ")
        default: edited = text.replacingOccurrences(of: "\n## ", with: "\n\nOur scope is everything.\n\n## ")
        }
        files[path] = Data(edited.utf8)
        edits.append(path)
      }
      let full = Self.withBodies(files, catalogs: catalogs)
      scopeRules += full.filter { $0.rule == "L3" }.count
      #expect(Self.withoutBodies(files, catalogs: catalogs) == full, "round \(round): \(edits)")
    }
    #expect(scopeRules > 0)
  }
}
