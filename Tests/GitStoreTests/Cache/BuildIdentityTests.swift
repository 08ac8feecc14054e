import Foundation
import ISMSCore
import Testing

@testable import GitStore

/// Every cache is keyed by ``BuildIdentity``: the version plus the build id the linker wrote into
/// the running binary, so that an upgraded or rebuilt `isms` never reads an older build's cache.
@Suite struct BuildIdentityTests {
  /// The build id `readelf` reports for `path`, as an independent witness.
  static func readelfBuildID(_ path: String) throws -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
    process.arguments = ["-n", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return output.split(separator: "\n").first { $0.contains("Build ID:") }
      .map { String($0.split(separator: " ").last ?? "") }
  }

  @Test(
    "the identity is the version and the running binary's build id",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/readelf")
        && FileManager.default.fileExists(atPath: "/proc/self/exe")))
  func runningBinary() throws {
    let binary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    let witness = try #require(try Self.readelfBuildID(binary))
    #expect(witness.count >= 16)
    #expect(BuildIdentity.buildID(ofFile: binary) == witness)
    #expect(BuildIdentity.current == ISMSVersion.current + "+" + witness)
  }

  @Test("a file that is not an ELF executable has no build id")
  func notELF() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-elf-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("#!/bin/sh\necho hello\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(BuildIdentity.buildID(ofFile: path) == nil)
    #expect(BuildIdentity.buildID(ofFile: path + ".missing") == nil)
    #expect(BuildIdentity.fileIdentity(path) != nil)
  }
}
