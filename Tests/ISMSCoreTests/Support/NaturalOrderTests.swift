import Testing

@testable import ISMSCore

/// Controls and paths sort as people read them: A.5.2 before A.5.10.
@Suite struct NaturalOrderTests {
  @Test func controlsAndPathsInReadingOrder() {
    #expect(
      NaturalOrder.sorted(["A.5.10", "A.5.2", "A.5.1", "A.8.34", "A.6.1", "A.5.37"])
        == ["A.5.1", "A.5.2", "A.5.10", "A.5.37", "A.6.1", "A.8.34"])
    #expect(
      NaturalOrder.sorted(["controls/A.8.10.md", "controls/A.8.9.md", "controls/A.8.1.md", "isms.yml"])
        == ["controls/A.8.1.md", "controls/A.8.9.md", "controls/A.8.10.md", "isms.yml"])
    #expect(NaturalOrder.sorted(["POL-10", "POL-2", "PROC-1"]) == ["POL-2", "POL-10", "PROC-1"])
  }

  @Test func aTotalOrder() {
    // Equal as numbers, different as text: byte order decides, so sorting is deterministic.
    #expect(NaturalOrder.precedes("A.05", "A.5"))
    #expect(!NaturalOrder.precedes("A.5", "A.05"))
    #expect(!NaturalOrder.precedes("A.5", "A.5"))
    // A prefix comes first; numbers longer than any integer still compare.
    #expect(NaturalOrder.precedes("A.5", "A.5.1"))
    #expect(NaturalOrder.precedes("x99999999999999999999998", "x99999999999999999999999"))
    #expect(NaturalOrder.precedes("a9", "a10b") && NaturalOrder.precedes("a10b", "b"))
    let values = ["b2", "b10", "a", "", "0", "00", "a1", "a01", "ä2", "a2"]
    for left in values {
      for right in values where left != right {
        #expect(NaturalOrder.precedes(left, right) != NaturalOrder.precedes(right, left), "\(left) \(right)")
      }
    }
  }
}
