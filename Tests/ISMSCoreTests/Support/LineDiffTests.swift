import Testing

@testable import ISMSCore

@Suite struct LineDiffTests {
  @Test func oneHunkFromTheFirstToTheLastChangedLine() {
    let old = "---\nid: A.5.2\npolicies: [POL-001]\nowner: amoreira\n---\n"
    let new = "---\nid: A.5.2\nowner: amoreira\n---\n"
    #expect(
      LineDiff.unified(path: "controls/A.5.2.md", old: old, new: new)
        == "--- a/controls/A.5.2.md\n+++ b/controls/A.5.2.md\n@@ -3,1 +2,0 @@\n-policies: [POL-001]")
    #expect(
      LineDiff.unified(path: "x.md", old: "a\nb\n", new: "a\nc\n")
        == "--- a/x.md\n+++ b/x.md\n@@ -2,1 +2,1 @@\n-b\n+c")
    #expect(LineDiff.unified(path: "x.md", old: "same\n", new: "same\n") == "")
  }
}
