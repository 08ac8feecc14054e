import Foundation

/// One record written by a workflow command: its new text and the transition it records.
public struct WorkflowChange: Sendable, Hashable {
  /// The record id (the `ISMS-Record` trailer).
  public let record: String
  /// The file, relative to the ISMS root.
  public let path: String
  /// The whole new file.
  public let text: String
  /// The event (the `ISMS-Event` trailer and the `history` entry's `event`).
  public let event: String
  /// The state before; `nil` when the record is created.
  public let from: String?
  /// The state after.
  public let to: String
  /// Non-blocking warnings of the guards, including overrides used.
  public let warnings: [WorkflowWarning]

  /// Creates a change.
  public init(
    record: String, path: String, text: String, event: String, from: String?, to: String,
    warnings: [WorkflowWarning] = []
  ) {
    self.record = record
    self.path = path
    self.text = text
    self.event = event
    self.from = from
    self.to = to
    self.warnings = warnings
  }

  /// `AUD-1: report (fieldwork_done → reported)`.
  public var summary: String {
    "\(record): \(event) (\(from.map { "\($0) → " } ?? "")\(to))"
  }

  /// The commit message of one or more changes made together: a subject naming each
  /// transition, the note, and an `ISMS-Record`/`ISMS-Event` trailer pair per change.
  public static func message(_ changes: [WorkflowChange], note: String?) -> String {
    let subject = changes.map(\.summary).joined(separator: "; ")
    let body = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap {
      $0.isEmpty ? nil : $0
    }
    let trailers = changes.map { "ISMS-Record: \($0.record)\nISMS-Event: \($0.event)" }.joined(
      separator: "\n")
    return subject + "\n\n" + (body.map { $0 + "\n\n" } ?? "") + trailers + "\n"
  }
}

/// Builds the `history` entries workflow records append (`{on, by, event, from, to, note?, rule?}`).
public enum HistoryEntry {
  /// One entry as a front-matter mapping.
  public static func value(
    on: Day, by: String, event: String, from: String?, to: String, note: String? = nil, rule: String? = nil
  ) -> FrontMatterValue {
    var fields = [
      FrontMatterField("on", .day(on)), FrontMatterField("by", .string(by)),
      FrontMatterField("event", .string(event)),
    ]
    if let from { fields.append(FrontMatterField("from", .string(from))) }
    fields.append(FrontMatterField("to", .string(to)))
    if let note = note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty {
      fields.append(FrontMatterField("note", .string(note)))
    }
    if let rule { fields.append(FrontMatterField("rule", .string(rule))) }
    return .mapping(fields)
  }

  /// A mapping as the lines of a block sequence item under a top-level key, for new records.
  public static func blockLines(_ value: FrontMatterValue) -> [String] {
    guard case .mapping(let fields) = value else { return ["  - \(value.rendered(flow: false))"] }
    return fields.enumerated().map { offset, field in
      (offset == 0 ? "  - " : "    ") + "\(YAMLQuoting.key(field.key)): \(field.value.rendered(flow: false))"
    }
  }
}
