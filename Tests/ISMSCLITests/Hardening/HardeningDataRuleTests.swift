import Foundation
import Testing

/// Small data rules whose absence let wrong data through: shared e-mails, forge handles that are
/// not handles, `corrects` going round in circles, risk scales too large to draw.
@Suite("Hardening: data rules through the binary")
struct HardeningDataRuleTests {
  /// The 1-based line of the first line of `path` containing `text`.
  static func line(of text: String, in path: String, _ repository: HostileRepository) throws -> Int {
    let lines = try String(contentsOf: repository.url.appendingPathComponent(path), encoding: .utf8)
      .components(separatedBy: "\n")
    return try #require(lines.firstIndex { $0.contains(text) }) + 1
  }

  @Test("two people with the same e-mail, in any case, are an error naming the second line")
  func sharedEmail() throws {
    let repository = try HostileRepository()
    try repository.fixture.replace(
      "email: \"dirk@acme.example\"", with: "email: \"ADA@Acme.Example\"", in: "isms.yml")
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qam", "Shared e-mail"])
    let line = try Self.line(of: "ADA@Acme.Example", in: "isms.yml", repository)
    let result = try repository.isms(["validate"])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains("isms.yml:\(line): error: e-mail `ADA@Acme.Example` repeats"), "\(result.stdout)"
    )
  }

  @Test(
    "a forge handle that is not one is an error naming its line; CODEOWNERS never writes it",
    arguments: [
      "marta weber", "-rf", "@", "a/", "x;rm", "m\u{e4}rta", "a..", String(repeating: "a", count: 256),
    ])
  func badForgeHandle(_ handle: String) throws {
    let repository = try HostileRepository()
    try repository.fixture.replace(
      "forge: mweber", with: "forge: \"\(handle)\"", in: "isms.yml")
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qam", "Odd handle"])
    let line = try Self.line(of: "forge: \"", in: "isms.yml", repository)
    let result = try repository.isms(["validate"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("isms.yml:\(line): error: `forge`"), "\(result.stdout)")
    #expect(result.stdout.contains("is not a GitHub or GitLab handle"), "\(result.stdout)")
    let owners = try repository.isms(["review", "codeowners", "--output", "-"])
    if handle.count > 1 { #expect(!owners.stdout.contains(handle), "\(owners.stdout)") }
    #expect(!owners.stdout.contains("@-"), "\(owners.stdout)")
    for line in owners.stdout.split(separator: "\n") where !line.hasPrefix("#") {
      // Every owner is `@` and a handle of letters, digits, `-`, `_`, `.`, `/`.
      for owner in line.split(separator: " ").dropFirst() {
        #expect(owner.hasPrefix("@") && owner.dropFirst().first?.isLetter == true, "\(line)")
      }
    }
  }

  @Test(
    "handles as the forges write them pass",
    arguments: ["ada-gh", "@ada-gh", "acme/isms-team", "a_b.c", "A1"])
  func goodForgeHandle(_ handle: String) throws {
    let repository = try HostileRepository()
    try repository.fixture.replace("forge: mweber", with: "forge: \"\(handle)\"", in: "isms.yml")
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qam", "Handle"])
    let result = try repository.isms(["validate"])
    #expect(!result.stdout.contains("forge"), "\(result.stdout)")
  }

  /// A final competence record `id` that corrects `corrects`.
  static func record(_ id: String, corrects: String) -> Data {
    Data(
      """
      ---
      id: \(id)
      kind: competence
      title: Training
      people: [mweber]
      date: 2026-01-05
      evidence: Certificate
      status: final
      corrects: \(corrects)
      ---

      # \(id)

      """.utf8)
  }

  @Test("`corrects` naming itself or going round is an error naming every record of the cycle")
  func correctionCycles() throws {
    let repository = try HostileRepository()
    try repository.plant(Self.record("COMP-1", corrects: "COMP-1"), at: "records/competence/COMP-1.md")
    try repository.plant(Self.record("COMP-2", corrects: "COMP-3"), at: "records/competence/COMP-2.md")
    try repository.plant(Self.record("COMP-3", corrects: "COMP-4"), at: "records/competence/COMP-3.md")
    try repository.plant(Self.record("COMP-4", corrects: "COMP-2"), at: "records/competence/COMP-4.md")
    try repository.plant(Self.record("COMP-5", corrects: "COMP-2"), at: "records/competence/COMP-5.md")
    try repository.fixture.git(["add", "records"])
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qm", "Records"])
    let result = try repository.isms(["validate", "--today", "2026-03-01"])
    #expect(result.status == 1)
    let cycles = result.stdout.split(separator: "\n").filter { $0.contains("forms a cycle") }
    #expect(cycles.count == 4, "\(result.stdout)")
    #expect(
      cycles.contains {
        $0.hasPrefix("records/competence/COMP-1.md:9: error:") && $0.contains("COMP-1 → COMP-1")
      })
    for id in ["COMP-2", "COMP-3", "COMP-4"] {
      #expect(cycles.contains { $0.hasPrefix("records/competence/\(id).md:9: error:") }, "\(result.stdout)")
    }
    #expect(cycles.contains { $0.contains("COMP-2 → COMP-3 → COMP-4 → COMP-2") }, "\(result.stdout)")
    #expect(!cycles.contains { $0.hasPrefix("records/competence/COMP-5.md") })
  }

  /// `isms.yml` with risk scales of `count` labels each.
  static func scale(_ count: Int, _ repository: HostileRepository) throws {
    let labels = (1...count).map { "L\($0)" }.joined(separator: ", ")
    try repository.fixture.replace(
      "  likelihood: [Rare, Unlikely, Possible, Likely, Almost certain]", with: "  likelihood: [\(labels)]",
      in: "isms.yml")
    try repository.fixture.replace(
      "  impact: [Negligible, Minor, Moderate, Major, Severe]", with: "  impact: [\(labels)]", in: "isms.yml")
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qam", "Scale of \(count)"])
  }

  @Test("a risk scale of more than 10 labels is an error naming its line; packet stays small")
  func hugeScale() throws {
    let repository = try HostileRepository()
    try Self.scale(3000, repository)
    let likelihood = try Self.line(of: "  likelihood: [", in: "isms.yml", repository)
    let impact = try Self.line(of: "  impact: [", in: "isms.yml", repository)
    let result = try repository.isms(["validate"])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains(
        "isms.yml:\(likelihood): error: `risk_method.likelihood` has 3000 labels, more than the limit of 10"),
      "\(result.stdout)")
    #expect(result.stdout.contains("isms.yml:\(impact): error: `risk_method.impact` has 3000 labels"))
    let output = repository.fixture.folder.url.appendingPathComponent("packet.zip")
    let packet = try repository.isms(["packet", "--kind", "internal", "-o", output.path])
    #expect(packet.status <= 1, "\(packet.stderr)")
    if packet.status == 0 {
      let size = try #require(try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int)
      #expect(size < 2_000_000)
    }
  }

  @Test("a scale of exactly 10 labels is fine")
  func tenLabels() throws {
    let repository = try HostileRepository()
    try Self.scale(10, repository)
    let result = try repository.isms(["validate"])
    #expect(!result.stdout.contains("labels, more than the limit"), "\(result.stdout)")
  }
}
