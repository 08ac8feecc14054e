import Foundation
import Testing

/// `import risks` applies the checks `validate` applies to every document before writing a file.
@Suite("Hardening: import applies validate's limits")
struct HardeningImportLimitTests {
  @Test(
    "a row whose file validate would reject is refused, and nothing is written",
    arguments: [
      (String(repeating: "T", count: 2 << 20), "more than the limit of 1048576 bytes"),
      (String(repeating: "T", count: 70_000), "more than the limit of 65536"),
    ])
  func oversized(_ title: String, _ message: String) throws {
    let fixture = try FrameworksFixture()
    let csv = fixture.folder.url.appendingPathComponent("huge.csv")
    try
      "title,asset,threat,vulnerability,owner,likelihood,impact,treatment\nSmall,B,C,D,ada,1,1,retain\n\(title),B,C,D,ada,1,1,retain\n"
      .write(to: csv, atomically: true, encoding: .utf8)
    let head = try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout
    let result = try fixture.isms(["import", "risks", csv.path, "--by", "ada"])
    #expect(result.status == 1, "\(result.stdout.prefix(2000))")
    #expect(
      result.stdout.contains("row 3: risks/RISK-003.md would not validate: "), "\(result.stdout.prefix(2000))"
    )
    #expect(result.stdout.contains(message), "\(result.stdout.prefix(2000))")
    #expect(result.stdout.utf8.count < 20_000, "the report repeats the hostile content")
    #expect(try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout == head)
    #expect(try Subprocess.git(["status", "--porcelain"], in: fixture.root).stdout == "")
    #expect(
      !FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("risks/RISK-002.md").path))
  }

  @Test("an input file larger than 32 MiB is refused before it is read")
  func hugeInput() throws {
    let fixture = try FrameworksFixture()
    let csv = fixture.folder.url.appendingPathComponent("huge.csv")
    // A sparse file: its size is what counts, and the test writes no 40 MiB.
    _ = FileManager.default.createFile(atPath: csv.path, contents: Data("title\n".utf8))
    let handle = try FileHandle(forWritingTo: csv)
    try handle.truncate(atOffset: 40 << 20)
    try handle.close()
    let result = try fixture.isms(["import", "risks", csv.path, "--by", "ada"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("isms imports files of at most 32 MiB"), "\(result.stderr)")
  }
}
