import Foundation
import Testing

@Suite("record integrity: time moves forward")
struct RecordTimeTests {
  @Test(
    "a writing command refuses a --today a git commit cannot carry, naming the range",
    arguments: ["9999-12-31", "1900-01-01", "1970-01-01", "2100-01-01"])
  func refusesDaysOutOfRange(day: String) throws {
    let fixture = try ReviewFixture()
    let before = try fixture.head()
    let result = try fixture.isms(["review", "record", "RISK-001", "--by", "ada", "--today", day])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "--today \(day) is a day a git commit cannot carry; writing commands take days from 1970-01-02 to 2099-12-31"
      ),
      "\(result.stderr)")
    #expect(try fixture.head() == before)
    #expect(try fixture.git(["status", "--porcelain"]) == "")
  }

  @Test("init refuses such a day before creating anything")
  func initRefusesDaysOutOfRange() throws {
    let folder = try TemporaryFolder("isms-time")
    let target = folder.url.appendingPathComponent("acme")
    let result = try ISMSProcess.run([
      "init", target.path, "--org", "Acme", "--owner-name", "Ada Owner", "--owner-email", "ada@acme.example",
      "--today", "9999-12-31",
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("1970-01-02 to 2099-12-31"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }

  @Test("a back-dated --today keeps its author date, but the commit time never goes before the parent's")
  func commitTimeIsMonotonic() throws {
    let folder = try TemporaryFolder("isms-time")
    let url = folder.url.appendingPathComponent("acme")
    let created = try ISMSProcess.run([
      "init", url.path, "--org", "Acme", "--owner-name", "Ada Owner", "--owner-email", "ada@acme.example",
      "--today", "2026-01-10",
    ])
    #expect(created.status == 0, "\(created.stderr)")
    let later = try ISMSProcess.run(
      ["review", "record", "RISK-001", "--by", "ada", "--today", "2026-03-20"], in: url)
    #expect(later.status == 0, "\(later.stderr)")
    let earlier = try ISMSProcess.run(
      ["management-review", "open", "MR-2026-01", "--by", "ada", "--today", "2026-02-01"], in: url)
    #expect(earlier.status == 0, "\(earlier.stderr)")
    let times = try Subprocess.git(["log", "-2", "--format=%at %ct"], in: url).stdout.split(separator: "\n")
      .map {
        $0.split(separator: " ").compactMap { Int($0) }
      }
    let noon20March = 1_773_964_800 + 43_200
    let noon1February = 1_769_904_000 + 43_200
    #expect(times == [[noon1February, noon20March], [noon20March, noon20March]], "\(times)")
    // Read by date, the branch on 1 February held only the first commit.
    let onFebruary = try Subprocess.git(
      ["rev-list", "-1", "--first-parent", "--before=2026-02-01T23:59:59Z", "HEAD"], in: url)
    #expect(onFebruary.stdout == (try Subprocess.git(["rev-parse", "HEAD~2"], in: url)).stdout)
  }
}
