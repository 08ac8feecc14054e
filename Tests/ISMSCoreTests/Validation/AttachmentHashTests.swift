import Foundation
import ISMSCore
import Testing

@Suite("Evidence attachments")
struct AttachmentHashTests {
  @Test func theExampleAttachmentsMatch() {
    #expect(!ExampleISMS.baseline.contains { $0.rule == "S9" })
  }

  @Test func aChangedAttachmentIsAnErrorNamingFileLineAndField() throws {
    var files = ExampleISMS.files
    files["records/evidence/files/access-review-2026-Q2.csv"] = Data("system,accounts\nokta,1\n".utf8)
    let found = ExampleISMS.validate(files).filter { $0.rule == "S9" }
    #expect(found.count == 1)
    let diagnostic = try #require(found.first)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.path == "records/evidence/EV-001.md")
    #expect(diagnostic.field == "attachments[0].sha256")
    #expect(diagnostic.line == 11)
    #expect(diagnostic.message.contains("records/evidence/files/access-review-2026-Q2.csv"))
  }

  @Test func aMissingAttachmentIsAnError() {
    var files = ExampleISMS.files
    files["records/evidence/files/access-review-2026-Q2.csv"] = nil
    let found = ExampleISMS.validate(files).filter { $0.rule == "S9" }
    #expect(found.map(\.field) == ["attachments[0].path"])
    #expect(found.first?.line == 10)
  }
}
