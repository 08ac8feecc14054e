import ISMSCore
import Testing

/// Parses `YYYY-MM-DD` in fixtures; an invalid literal is a test bug and is recorded as one.
func d(_ text: String) -> Day {
  guard let day = Day(text) else {
    Issue.record("invalid fixture date \(text)")
    return Day(daysSinceEpoch: 0)
  }
  return day
}

/// What a table row expects: a new state, or a refusal citing a rule.
enum Expected: Sendable, Equatable, CustomStringConvertible {
  case state(String)
  case refused(String)

  var description: String {
    switch self {
    case .state(let state): return "→ \(state)"
    case .refused(let rule): return "refused \(rule)"
    }
  }
}

/// Runs a transition and reduces its outcome to an `Expected`.
func outcome<Record>(_ state: (Record) -> String, _ body: () throws(Refusal) -> TransitionResult<Record>)
  -> Expected
{
  do {
    return .state(state(try body().record))
  } catch {
    return .refused(error.rule)
  }
}

/// A complete, valid CB override for `rule`.
func cbOverride(_ rule: String, newDue: Day? = nil) -> Override {
  Override(rule: rule, justification: "IAF ID 3 extraordinary event", cbRef: "CB letter 42", newDue: newDue)
}
