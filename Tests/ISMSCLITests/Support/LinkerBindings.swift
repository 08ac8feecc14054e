import Foundation

/// What glibc's dynamic linker reports about symbol binding: the independent witness of how the
/// `isms` binary is linked.
enum LinkerBindings {
  /// Whether the report can be had: glibc's dynamic linker (the only one that reads `LD_DEBUG`)
  /// on Linux; elsewhere the tests that read it are skipped rather than failed.
  static let available: Bool = {
    #if os(Linux) && canImport(Glibc)
      return FileManager.default.fileExists(atPath: "/proc/self/exe")
    #else
      return false
    #endif
  }()

  /// `isms validate` on a small ISMS (it starts libgit2 and reads documents) with
  /// `LD_DEBUG=bindings`: the linker's report is its standard error.
  static func validateRun() throws -> ProcessResult {
    let fixture = try ReviewFixture()
    return try ISMSProcess.run(
      ["validate", "--today", "2026-11-29"], in: fixture.url, environment: ["LD_DEBUG": "bindings"])
  }
}
