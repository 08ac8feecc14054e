/// One all-day calendar entry: an audit, a deadline, a review.
public struct CalendarEvent: Sendable, Hashable {
  /// The stable unique id, for example `audit-AUD-2026-01@isms` (see `uid(kind:id:)`).
  public let uid: String
  /// The title.
  public let summary: String
  /// The body text; may span lines.
  public let description: String
  /// The first day.
  public let day: Day
  /// The last day (inclusive), for events longer than one day.
  public let endDay: Day?
  /// Category labels.
  public let categories: [String]
  /// A link to the document or the forge, when known.
  public let url: String?

  /// Creates an event.
  public init(
    uid: String, summary: String, description: String = "", day: Day, endDay: Day? = nil,
    categories: [String] = [], url: String? = nil
  ) {
    self.uid = uid
    self.summary = summary
    self.description = description
    self.day = day
    self.endDay = endDay
    self.categories = categories
    self.url = url
  }

  /// A UID derived from an ISMS id: `uid(kind: "audit", id: "AUD-2026-01")` is
  /// `audit-AUD-2026-01@isms`, stable across exports so calendar clients update in place.
  public static func uid(kind: String, id: String) -> String { "\(kind)-\(id)@isms" }
}

/// Renders calendar events as an RFC 5545 iCalendar object.
public enum ICalendar {
  /// The default `PRODID`.
  public static let defaultProductID = "-//isms//ISMS workflow//EN"

  /// An RFC 5545 `VCALENDAR` with one all-day `VEVENT` per event.
  ///
  /// Deterministic: events are sorted by first day, then UID; `DTSTAMP` is `today` at
  /// 00:00:00 UTC. Lines end with CRLF and are folded at 75 octets without splitting a UTF-8
  /// sequence; TEXT values escape `\`, `;`, `,` and newlines. `DTEND` is the day after the
  /// last day, because an all-day `DTEND` is exclusive.
  public static func render(
    _ events: [CalendarEvent], today: Day, productID: String = defaultProductID, name: String? = nil
  ) -> String {
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN"]
    if let name { lines.append("X-WR-CALNAME:\(escapeText(name))") }
    let stamp = "\(basic(today))T000000Z"
    let sorted = events.sorted { ($0.day.daysSinceEpoch, $0.uid) < ($1.day.daysSinceEpoch, $1.uid) }
    for event in sorted {
      let last = max(event.day, event.endDay ?? event.day)
      lines += [
        "BEGIN:VEVENT",
        "UID:\(escapeText(event.uid))",
        "DTSTAMP:\(stamp)",
        "DTSTART;VALUE=DATE:\(basic(event.day))",
        "DTEND;VALUE=DATE:\(basic(last.adding(days: 1)))",
        "SUMMARY:\(escapeText(event.summary))",
      ]
      if !event.description.isEmpty { lines.append("DESCRIPTION:\(escapeText(event.description))") }
      if !event.categories.isEmpty {
        lines.append("CATEGORIES:\(event.categories.map(escapeText).joined(separator: ","))")
      }
      // A URI value is not TEXT: no escaping, but a line break would end the property.
      if let url = event.url { lines.append("URL:\(url.filter { $0 != "\r" && $0 != "\n" })") }
      lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).map { $0 + "\r\n" }.joined()
  }

  /// Escapes a TEXT value (RFC 5545 3.3.11): `\` `;` `,` and line breaks; other control
  /// characters, which TEXT does not allow, are dropped.
  public static func escapeText(_ text: String) -> String {
    var result = ""
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\r": result += "\\n"
      case "\n": if !previousWasCR { result += "\\n" }
      case "\t": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Folds one content line (without its CRLF) into lines of at most 75 octets; each
  /// continuation starts with a space, which counts towards its 75.
  ///
  /// Breaks fall between characters, so neither a UTF-8 sequence nor a combining sequence
  /// (`e` + U+0301) is split; a character longer than a whole line breaks between scalars.
  public static func fold(_ line: String) -> String {
    var output = ""
    var width = 0
    func append(_ piece: Substring.UnicodeScalarView, size: Int) {
      if width + size > 75 {
        output += "\r\n "
        width = 1
      }
      output.unicodeScalars.append(contentsOf: piece)
      width += size
    }
    for character in line {
      let scalars = String(character).unicodeScalars
      let size = character.utf8.count
      if size <= 74 {
        append(Substring(String(character)).unicodeScalars, size: size)
      } else {
        for scalar in scalars {
          append(Substring(String(scalar)).unicodeScalars, size: scalar.utf8.count)
        }
      }
    }
    return output
  }

  /// `20260301`: a DATE value.
  static func basic(_ day: Day) -> String {
    String(day.description.filter { $0 != "-" })
  }
}
