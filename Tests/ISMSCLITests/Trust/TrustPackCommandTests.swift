import Foundation
import ISMSCore
import Testing

@Suite("isms packet --audience customer: the trust pack")
struct TrustPackCommandTests {
  /// The packet fixture plus: an excluded control with an internal and a public justification,
  /// a subprocessor added on 2026-04-01 and removed on 2026-05-04, another added on 2026-04-10,
  /// and a supplier that handles no customer data.
  static func fixture(approved: Bool) throws -> PacketCommandFixture {
    var fixture = try PacketCommandFixture()
    let owner = try fixture.ownerID()
    try fixture.write(
      "controls/A.7.11.md",
      """
      ---
      id: A.7.11
      kind: control
      title: "Supporting utilities"
      applicability: excluded
      justification: "INTERNAL-ONLY the landlord's generator failed twice"
      public_justification: "We operate no equipment of our own in scope."
      ---

      # A.7.11 Supporting utilities
      """)
    let config = try String(contentsOf: fixture.url.appendingPathComponent("isms.yml"), encoding: .utf8)
    let approval = approved ? "  approved_by: \(owner)\n  approved_on: 2026-05-20\n" : ""
    try fixture.write(
      "isms.yml",
      config + """

        trust:
          contact: "security@acme.example"
        \(approval)  soc2_reports:
            - { type: 2, period_start: 2025-04-01, period_end: 2026-03-31, availability: "Under NDA on request" }

        """)
    try fixture.write("suppliers/SUP-090.md", supplier("SUP-090", "Gone Hosting Ltd", owner: owner))
    try fixture.write(
      "suppliers/SUP-092.md",
      supplier("SUP-092", "Payroll Internal Co", owner: owner, data: "[personal-data]"))
    try fixture.commit("Add suppliers", day: "2026-04-01")
    try fixture.write("suppliers/SUP-091.md", supplier("SUP-091", "Stays Analytics GmbH", owner: owner))
    try fixture.commit("Add a subprocessor", day: "2026-04-10")
    try FileManager.default.removeItem(at: fixture.url.appendingPathComponent("suppliers/SUP-090.md"))
    try fixture.commit("Remove a subprocessor", day: "2026-05-04")
    return fixture
  }

  static func supplier(_ id: String, _ title: String, owner: String, data: String = "[customer-data]")
    -> String
  {
    """
    ---
    id: \(id)
    kind: supplier
    title: "\(title)"
    service: "Hosting"
    data: \(data)
    location: "Germany"
    criticality: high
    owner: \(owner)
    certifications:
      iso27001: { certificate: "C-1", expires: 2027-01-01 }
    last_review: 2026-03-01
    ---

    # \(id) \(title)

    SUPPLIER-NOTES-INTERNAL
    """
  }

  static func files(_ packet: URL) throws -> [String: String] {
    let entries = try PacketArchive.entries(of: try Data(contentsOf: packet))
    return Dictionary(
      entries.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }, uniquingKeysWith: { $1 })
  }

  @Test("the pack lists SOC 2 reports, excluded controls, subprocessors and their history from git")
  func contents() throws {
    let fixture = try Self.fixture(approved: true)
    let index = try #require(
      try Self.files(try fixture.packet("trust.zip", ["--audience", "customer"]))["index.html"])
    #expect(index.contains("SOC 2 Type 2"))
    #expect(index.contains("2025-04-01 to 2026-03-31"))
    #expect(index.contains("Under NDA on request"))
    #expect(index.contains("security@acme.example"))
    #expect(index.contains("A.7.11"))
    #expect(index.contains("We operate no equipment of our own in scope."))
    #expect(index.contains("Stays Analytics GmbH"))
    #expect(index.contains("<td>Germany</td>"))
    #expect(index.contains("ISO/IEC 27001 (valid until 2027-01-01)"))
    #expect(!index.contains("Payroll Internal Co"), "a supplier without customer data is no subprocessor")
    #expect(index.contains("Gone Hosting Ltd: removed on 2026-05-04"))
    #expect(index.contains("Stays Analytics GmbH: added on 2026-04-10"))
    #expect(index.contains("Gone Hosting Ltd: added on 2026-04-01"))
    #expect(index.contains("Approved for publication by Ada Owner"))
    #expect(index.contains("on 2026-05-20"))
  }

  @Test("nothing internal or confidential appears in any file of the pack")
  func noInternalLeak() throws {
    let fixture = try Self.fixture(approved: false)
    let owner = try fixture.ownerID()
    let files = try Self.files(try fixture.packet("trust.zip", ["--audience", "customer"]))
    let index = try #require(files["index.html"])
    #expect(index.contains("Not approved for publication"))
    for (path, text) in files {
      #expect(!text.contains("INTERNAL-ONLY"), "\(path) shows an internal justification")
      #expect(!text.contains("Hostile"), "\(path) shows a confidential document")
      #expect(!text.contains("SUPPLIER-NOTES-INTERNAL"), "\(path) shows a supplier's notes")
      #expect(!text.contains("Ada Owner"), "\(path) names an owner")
      #expect(!text.contains("owner: \(owner)") && !text.contains(">\(owner)<"), "\(path) names an owner id")
    }
  }

  @Test("the same commit gives the same pack, history included")
  func deterministic() throws {
    let fixture = try Self.fixture(approved: true)
    let one = try Data(contentsOf: try fixture.packet("one.zip", ["--audience", "customer"]))
    let two = try Data(contentsOf: try fixture.packet("two.zip", ["--audience", "customer"]))
    #expect(one == two)
  }
}
