import Foundation
import Testing

@Suite("isms carries its catalogs and templates in the binary")
struct BuiltInTemplatesTests {
  static let sourceTemplates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("templates")

  /// Runs a copy of the built `isms` that sits alone in `folder`, there.
  func isms(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws
    -> ProcessResult
  {
    try Subprocess.run(folder.appendingPathComponent("isms"), arguments, in: folder, environment: environment)
  }

  func lonelyCopy() throws -> TemporaryFolder {
    let folder = try TemporaryFolder("isms-alone")
    try FileManager.default.copyItem(
      at: ISMSProcess.executable, to: folder.url.appendingPathComponent("isms"))
    return folder
  }

  @Test("a copy of the binary alone in an empty folder inits, validates and builds a packet")
  func binaryAlone() throws {
    let folder = try lonelyCopy()
    let today = ["--today", "2026-01-15"]
    let initRun = try isms(
      ["init", "acme", "--org", "Alone GmbH", "--owner-name", "A", "--owner-email", "a@example.test"] + today,
      in: folder.url)
    #expect(initRun.status == 0, "\(initRun.stderr)")
    let validate = try isms(["validate", "--repo", "acme"] + today, in: folder.url)
    #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    #expect(validate.stdout.contains(" 0 errors"), "\(validate.stdout)")
    let packet = try isms(
      ["packet", "--repo", "acme", "--kind", "surveillance", "-o", "packet.zip"] + today, in: folder.url)
    #expect(packet.status == 0, "\(packet.stderr)")
    let verify = try isms(["packet", "verify", "packet.zip", "--repo", "acme"], in: folder.url)
    #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
  }

  @Test("ISMS_TEMPLATES replaces the built-in templates, and must hold a catalogs folder")
  func templatesFolderOverrides() throws {
    let folder = try lonelyCopy()
    let templates = folder.url.appendingPathComponent("my-templates")
    try FileManager.default.copyItem(at: Self.sourceTemplates, to: templates)
    let scope = templates.appendingPathComponent("init/scope.md.mustache")
    try (String(contentsOf: scope, encoding: .utf8) + "\nOur own scope template.\n")
      .write(to: scope, atomically: true, encoding: .utf8)
    let arguments = [
      "init", "acme", "--org", "Own GmbH", "--owner-name", "O", "--owner-email", "o@example.test",
      "--today", "2026-01-15",
    ]
    let run = try isms(arguments, in: folder.url, environment: ["ISMS_TEMPLATES": templates.path])
    #expect(run.status == 0, "\(run.stderr)")
    let written = try String(contentsOf: folder.url.appendingPathComponent("acme/scope.md"), encoding: .utf8)
    #expect(written.hasSuffix("Our own scope template.\n"))

    let empty = folder.url.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let refused = try isms(
      ["validate", "--repo", "acme", "--today", "2026-01-15"], in: folder.url,
      environment: ["ISMS_TEMPLATES": empty.path])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("ISMS_TEMPLATES=\(empty.path) has no catalogs/ folder"), "\(refused.stderr)")
  }
}
