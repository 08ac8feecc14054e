import ISMSCore
import Testing

@Suite("ConfigEditor: isms.yml edited in place")
struct ConfigEditorTests {
  static let config = """
    # The organisation.
    organization: Acme
    scope: >-
      TODO: the scope
    people:
      - id: ada
        name: "Ada"
        email: ada@acme.example
        roles: [top-management, ciso]
        # forge: ada   # her comment
      # - id: example
    framework: iso27001:2022

    """

  @Test("a person is added after the last one and her comments; CRLF line ends stay CRLF")
  func addKeepsLineEnds() throws {
    let crlf = Self.config.replacingOccurrences(of: "\n", with: "\r\n")
    let person = ConfigEditor.NewPerson(
      id: "bo", name: "Bo", email: "bo@acme.example", roles: [.riskOwner], forge: nil)
    let added = try ConfigEditor.adding(person, to: crlf)
    #expect(
      added.contains(
        "    # forge: ada   # her comment\r\n  - id: bo\r\n    name: Bo\r\n    email: bo@acme.example\r\n"
          + "    roles: [risk-owner]\r\n  # - id: example\r\n"))
    #expect(!added.unicodeScalars.split(separator: "\n").dropLast().contains { $0.last != "\r" })
  }

  @Test("top-level fields are set in place, keeping comments and line ends")
  func setKeepsLineEnds() throws {
    let crlf = Self.config.replacingOccurrences(of: "\n", with: "\r\n")
    let edited = try ConfigEditor.setting([.set("scope", .string("The platform."))], in: crlf)
    #expect(
      edited
        == crlf.replacingOccurrences(
          of: "scope: >-\r\n  TODO: the scope\r\n", with: "scope: The platform.\r\n"))
    let plain = try ConfigEditor.setting([.set("organization", .string("Acme: GmbH"))], in: Self.config)
    #expect(
      plain
        == Self.config.replacingOccurrences(
          of: "organization: Acme\n", with: "organization: \"Acme: GmbH\"\n"))
  }

  @Test("a person's roles are replaced where they are written")
  func setRoles() throws {
    let edited = try ConfigEditor.setting(
      "roles", to: .list([.string("ciso")]), ofPerson: "ada", in: Self.config)
    #expect(
      edited == Self.config.replacingOccurrences(of: "roles: [top-management, ciso]", with: "roles: [ciso]"))
    #expect(throws: ConfigEditError.noSuchPerson("zoe")) {
      try ConfigEditor.setting("roles", to: .list([]), ofPerson: "zoe", in: Self.config)
    }
  }
}
