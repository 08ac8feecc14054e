import Foundation

@testable import ISMSCore

/// The minimal ISMS of ``Fixture`` plus hostile content, and the shipped packet templates.
enum PacketContentFixture {
  static let commit = "0123456789abcdef0123456789abcdef01234567"
  // 2026-06-01T10:00:00Z
  static let committed = PacketTimestamp(unixTime: 1_780_308_000)

  /// The shipped `templates/packet/`, found from this file.
  static var templates: [String: String] {
    get throws {
      let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates/packet")
      var texts: [String: String] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != "README.md" {
        texts[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      }
      return texts
    }
  }

  /// The fixture with a policy that holds a script, a remote image and links, a confidential plan,
  /// a public policy, and a risk whose title is a spreadsheet formula.
  static var isms: ISMS { ISMS.load(from: fixture.snapshot).isms }

  /// The files of ``isms``.
  static var fixture: Fixture {
    var fixture = Fixture()
    fixture.files["policies/hostile.md"] = """
      ---
      id: POL-666
      kind: policy
      title: "<script>alert('title')</script> Hostile policy"
      version: "1.0"
      status: approved
      owner: jdoe
      approver_role: top-management
      classification: internal
      approved_by: mweber
      approved_on: 2026-01-10
      effective: 2026-01-10
      last_review: 2026-01-10
      ---

      # Hostile <script>alert(1)</script>

      <script>alert(2)</script>

      <img src="https://evil.example/pixel.png" onerror="alert(3)">

      ![tracker](https://evil.example/tracker.png) and [the manual](../plans/isms-manual.md#scope),
      [a file](../evidence/report.pdf), [the web](https://example.com/) and [js](javascript:alert(4)).

      - [x] done
      - [ ] open

      | a | b |
      |---|---|
      | 1 | 2 |

      A footnote.[^1]

      [^1]: The note.
      """
    fixture.files["plans/secret.md"] = """
      ---
      id: PLN-900
      kind: plan
      title: Secret plan
      version: "1.0"
      status: approved
      owner: jdoe
      approver_role: top-management
      classification: confidential
      approved_by: mweber
      approved_on: 2026-01-10
      effective: 2026-01-10
      last_review: 2026-01-10
      ---

      # Secret
      """
    fixture.files["policies/public.md"] = """
      ---
      id: POL-100
      kind: policy
      title: Public security statement
      version: "1.0"
      status: approved
      owner: jdoe
      approver_role: top-management
      classification: public
      approved_by: mweber
      approved_on: 2026-01-10
      effective: 2026-01-10
      last_review: 2026-01-10
      ---

      # Our commitment
      """
    fixture.files["risks/risk-formula.md"] = """
      ---
      id: RISK-099
      kind: risk
      title: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"
      asset: "@SUM(A1)"
      threat: t
      vulnerability: v
      owner: jdoe
      likelihood: 5
      impact: 5
      treatment: modify
      controls: [A.8.7]
      residual_likelihood: 1
      residual_impact: 2
      assessed_on: 2026-01-10
      ---

      Formula risk.
      """
    return fixture
  }

  static func request(_ audience: PacketAudience = .auditor, kind: PacketKind = .surveillance)
    -> PacketRequest
  {
    PacketRequest(
      kind: kind, audience: audience, today: Fixture.today, sourceCommit: commit,
      committed: committed, toolVersion: "0.1.0")
  }

  /// The packet of ``isms`` loaded with `bodies`, with the shipped templates changed by `templates`.
  static func files(
    _ audience: PacketAudience = .auditor, kind: PacketKind = .surveillance,
    bodies: ISMS.BodyLoading = .text, templates changed: [String: String] = [:]
  ) throws -> [PacketFile] {
    try PacketContent.files(
      for: request(audience, kind: kind), sources: sources(bodies: bodies, templates: changed))
  }

  /// The assembly of the auditor packet of ``isms``, with the shipped templates changed by `templates`.
  static func assembly(templates changed: [String: String] = [:]) throws -> PacketAssembly {
    let sources = try sources(bodies: .text, templates: changed)
    let request = request()
    return try PacketAssembly(
      request: request, sources: sources,
      selection: PacketContent.selection(for: request, isms: sources.isms, since: nil))
  }

  private static func sources(bodies: ISMS.BodyLoading, templates changed: [String: String]) throws
    -> PacketSources
  {
    let fixture = fixture
    let isms = ISMS.load(from: fixture.snapshot, bodies: bodies).isms
    var contents: [String: Data] = [:]
    for document in isms.documents {
      contents[document.path] = Data((fixture.files[document.path] ?? "").utf8)
    }
    return PacketSources(
      isms: isms, catalogs: try Fixture.catalogs, blobIDs: [:], fileContents: contents, histories: .empty,
      baseline: nil, templates: try templates.merging(changed) { $1 })
  }

  static func text(_ files: [PacketFile], _ path: String) -> String {
    String(decoding: files.first { $0.path == path }?.contents ?? Data(), as: UTF8.self)
  }
}
