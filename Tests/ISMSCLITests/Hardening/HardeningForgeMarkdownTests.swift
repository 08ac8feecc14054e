import Foundation
import Testing

/// `review pr`'s Markdown goes into a pull-request comment: text from the repository must show
/// literally there, and mention nobody.
@Suite("Hardening: review pr Markdown is escaped for the forge")
struct HardeningForgeMarkdownTests {
  static let hostile =
    #"<img src=x onerror=alert(1)> ![x](https://evil.example/x.png) @everyone <!-- hidden --> **bold** [l](https://evil.example) `c` ~~s~~ $x$ \*"#

  @Test("titles, author names and messages are escaped in markdown, raw in GitHub annotations")
  func escaped() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    try fixture.git(["checkout", "-q", "-b", "retitle"])
    try fixture.replace(
      "title: Information Security Policy",
      with: "title: '\(Self.hostile.replacingOccurrences(of: "'", with: "''"))'\n'@admin <b>x</b>': 1",
      in: ReviewFixture.policy)
    try fixture.git([
      "-c", "user.name=Mallory", "-c", "user.email=m@evil.example", "commit", "-qam", "Retitle",
    ])
    let result = try fixture.isms(["review", "pr", "--base", "main", "--today", "2026-01-12"])
    let comment = result.stdout
    #expect(comment.contains("## ISMS review"), "\(result.stderr)")
    // Code spans (field values, paths) show their text literally and mention nobody.
    let outsideCode = comment.replacingOccurrences(
      of: #"(?<!\\)`[^`\n]*`"#, with: "", options: .regularExpression)
    for raw in ["<img", "<!--", "![x](", "@everyone", "@admin", "<b>", "**bold**", "[l](", "~~s~~", "$x$"] {
      #expect(!outsideCode.contains(raw), "\(raw) reaches the comment:\n\(comment)")
    }
    for escaped in [
      "&lt;img src=x onerror=alert(1)&gt;", "\\!\\[x\\](https://evil.example/x.png)", "@&#8203;everyone",
      "&lt;\\!-- hidden --&gt;", "\\*\\*bold\\*\\*", "\\~\\~s\\~\\~", "\\$x\\$", "\\\\\\*",
      "1 by Mallory (m@&#8203;evil.example)", "@&#8203;admin &lt;b&gt;x&lt;/b&gt;",
    ] {
      #expect(comment.contains(escaped), "\(escaped) missing:\n\(comment)")
    }
    // The approvers' handles still notify them: validated, and meant as mentions.
    #expect(comment.contains("@mweber"), "\(comment)")

    let github = try fixture.isms([
      "review", "pr", "--base", "main", "--format", "github", "--today", "2026-01-12",
    ])
    let annotation = github.stdout.split(separator: "\n").first { $0.contains("@admin") }
    #expect(annotation?.contains("@admin <b>x</b>") == true, "\(github.stdout)")
    #expect(!github.stdout.contains("&lt;") && !github.stdout.contains("&#8203;"), "\(github.stdout)")
  }
}
