import ISMSCore

/// The text form of a ``ToDoList``, for `isms todo` and `isms status`.
enum ToDoText {
  /// A heading line, then two lines per item: when, what and who; the command.
  static func lines(_ list: ToDoList) -> [String] {
    let limit = list.today.adding(days: list.within)
    guard !list.items.isEmpty else { return ["Nothing waiting by \(limit) (today \(list.today))."] }
    var lines = ["Waiting by \(limit) (today \(list.today)): \(list.items.count)"]
    for item in list.items {
      let who = zip(item.who, item.whoNames).map { $0 == $1 ? $0 : "\($0) (\($1))" }
      let what = [item.id, item.title].compactMap { $0 }.joined(separator: " ")
      let detail = item.detail.map { ", \($0)" } ?? ""
      lines.append(
        "  \((item.due?.description ?? "—").reviewPadded(to: 10))  \(when(item).reviewPadded(to: 18))  "
          + "\(item.task.rawValue.replacingOccurrences(of: "_", with: " ").reviewPadded(to: 17))  \(what)\(detail)"
          + " — \(who.isEmpty ? "nobody holds the role" : who.joined(separator: ", "))")
      lines.append("      \(item.command)")
    }
    return lines
  }

  /// `overdue by 9 days`, `due today`, `due in 3 days`, or `waiting`.
  private static func when(_ item: ToDoList.Item) -> String {
    item.daysLate.map(lateness) ?? "waiting"
  }

  /// `overdue by 9 days`, `due today` or `due in 3 days`, from days late (negative before the due
  /// day): one wording for the to-do list and `review due`.
  static func lateness(_ late: Int) -> String {
    switch late {
    case 1...: "overdue by \(late) \(late == 1 ? "day" : "days")"
    case 0: "due today"
    default: "due in \(-late) \(late == -1 ? "day" : "days")"
    }
  }
}
