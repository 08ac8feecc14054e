/// One entry of a workflow record's `history`: a state change recorded by a commit.
public struct HistoryRecord: Sendable, Hashable, Codable {
  /// The day of the event.
  public let on: Day?
  /// Who recorded it (person id).
  public let by: String?
  /// The state machine's event name.
  public let event: String?
  /// The state before.
  public let from: String?
  /// The state after.
  public let to: String?
  /// A note.
  public let note: String?
  /// The rule an override was recorded against.
  public let rule: String?

  /// Reads every entry of `history`.
  static func all(_ reader: FieldReader) -> [HistoryRecord] {
    reader.objects("history").map {
      HistoryRecord(
        on: $0.day("on"), by: $0.string("by"), event: $0.string("event"), from: $0.string("from"),
        to: $0.string("to"), note: $0.string("note"), rule: $0.string("rule"))
    }
  }
}
