import ISMSCore
import Testing

@Suite("Finding close refusals name the flags (#23)")
struct FindingCloseMessageTests {
  @Test func nonconformityCloseNamesIsmsChange() {
    do {
      _ = try FindingMachine.transition(
        nc(.verified), on: .close, context: FindingContext(on: d("2026-03-01")))
      Issue.record("closing without isms_change was not refused")
    } catch let refusal {
      #expect(refusal.rule == "R50")
      #expect(refusal.message.contains("in `isms_change`"))
      #expect(refusal.message.contains("--isms-change \"…\""))
    }
  }
}
