import Foundation
import Testing

@Suite("isms review pr: help and usage errors name the whole command")
struct ReviewPRCommandLineTests {
  @Test("--help shows the help of isms review pr")
  func help() throws {
    let fixture = try ReviewFixture()
    let result = try fixture.isms(["review", "pr", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE: isms review pr "), "\(result.stdout)")
    #expect(result.stdout.contains("--base <rev>"))
  }

  @Test("a usage error exits 64 with the usage of isms review pr")
  func usageErrors() throws {
    let fixture = try ReviewFixture()
    for arguments in [
      ["review", "pr", "--base", "main", "--format", "csv"], ["review", "pr", "--bogus"], ["review", "pr"],
      ["review", "pr", "--base", "main", "--rev", "HEAD"],
    ] {
      let result = try fixture.isms(arguments)
      #expect(result.status == 64, "\(arguments)")
      #expect(result.stderr.contains("Usage: isms review pr "), "\(arguments): \(result.stderr)")
    }
  }

  @Test("the completion script request is the root command's")
  func completionScript() throws {
    let fixture = try ReviewFixture()
    let result = try fixture.isms(["review", "pr", "--generate-completion-script", "bash"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("_isms()"), "\(result.stdout.prefix(300))")
  }
}
