import Foundation
import ISMSCore
import Testing

/// The example repository's workflow records must use the engine's state and event names.
@Suite("Example repository histories")
struct ExampleHistoryTests {
  static let records = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("isms-repo-example/records")

  /// `(folder, key, value)` for every `status:`, `event:`, `from:` and `to:` line of the folder's records.
  static func values(in folder: String) -> [(key: String, value: String)] {
    let directory = records.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().filter { $0.hasSuffix(".md") }.flatMap { name -> [(key: String, value: String)] in
      let text = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
      let frontMatter = text.components(separatedBy: "\n---").first ?? ""
      return frontMatter.split(separator: "\n").compactMap { line in
        let trimmed = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "- ", with: "")
        for key in ["status", "event", "from", "to"] where trimmed.hasPrefix("\(key): ") {
          guard !line.hasPrefix(" ") || key != "status" else { return nil }
          return (key, String(trimmed.dropFirst(key.count + 2)).trimmingCharacters(in: .whitespaces))
        }
        return nil
      }
    }
  }

  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: records.path), "isms-repo-example not present"),
    arguments: ["cycles", "audits", "findings"])
  func namesAreKnown(folder: String) {
    let values = Self.values(in: folder)
    #expect(values.contains { $0.key == "event" })
    for (key, value) in values {
      let known: Bool
      switch (folder, key) {
      case ("cycles", "event"): known = CycleEvent(rawValue: value) != nil
      case ("cycles", _): known = CycleState(rawValue: value) != nil
      case ("audits", "event"): known = AuditEvent(rawValue: value) != nil
      case ("audits", _): known = AuditState(rawValue: value) != nil
      case ("findings", "event"): known = FindingEvent(rawValue: value) != nil
      default: known = FindingState(rawValue: value) != nil
      }
      #expect(known, "\(folder): unknown \(key) `\(value)`")
    }
  }
}
