import Foundation

/// A comply document's revision list (`majorRevisions`, `minorRevisions`) as the document's
/// `history`: one entry per revision, numbered as comply numbers them, in date order.
struct ComplyRevisions {
  /// One revision.
  struct Revision {
    /// The day, when comply's date could be read.
    let day: Day
    /// The version it made, `2.1`.
    let version: String
    /// comply's comment.
    let comment: String
    /// Whether the comment says the revision was approved.
    let approval: Bool
  }

  /// The revisions with a readable date, oldest first.
  let revisions: [Revision]
  /// The version of the newest revision, `MAJOR.MINOR` (`1.0` without revisions).
  let version: String
  /// Revisions left out, one line each.
  let leftOut: [String]

  /// Reads the revision lists of the comply file `path`.
  init(_ reader: FieldReader, path: String) {
    struct Read {
      let major: Bool
      let date: String
      let comment: String
    }
    var read: [Read] = []
    for (key, major) in [("majorRevisions", true), ("minorRevisions", false)] {
      for revision in reader.objects(key) {
        read.append(
          Read(major: major, date: revision.string("date") ?? "", comment: revision.string("comment") ?? ""))
      }
    }
    var dated: [(day: Day, read: Read)] = []
    var leftOut: [String] = []
    for revision in read {
      guard let day = Self.day(revision.date) else {
        leftOut.append(
          "\(path): revision dated `\(revision.date)` (\(revision.comment)) left out of the history: "
            + "the date is not like `Jun 1 2018` or 2018-06-01")
        continue
      }
      dated.append((day, revision))
    }
    // comply numbers versions by counting revisions; in date order a major revision resets the minor count.
    dated.sort { $0.day < $1.day }
    var major = 0
    var minor = 0
    revisions = dated.map { day, revision in
      if revision.major || major == 0 {
        major += 1
        minor = revision.major ? 0 : 1
      } else {
        minor += 1
      }
      return Revision(
        day: day, version: "\(major).\(minor)", comment: revision.comment,
        approval: revision.comment.range(of: #"\bapprov"#, options: [.regularExpression, .caseInsensitive])
          != nil)
    }
    let majors = read.filter(\.major).count
    let minors = read.count - majors
    version = "\(max(majors, 1)).\(minors)"
    self.leftOut = leftOut
  }

  /// The newest revision, when it records an approval: the document was approved as it is.
  var approval: Revision? { revisions.last.flatMap { $0.approval ? $0 : nil } }

  /// The `history:` lines for `owner` (who recorded the import).
  func historyLines(by owner: String) -> [String] {
    guard !revisions.isEmpty else { return [] }
    return ["history:"]
      + revisions.flatMap { revision in
        [
          "  - \"on\": \(revision.day)", "    by: \(owner)",
          "    event: \(revision.approval ? "approved" : "revised")",
          "    to: \"\(revision.version)\"",
        ] + (revision.comment.isEmpty ? [] : ["    note: \(YAMLText.quoted("comply: " + revision.comment))"])
      }
  }

  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// comply's dates: `Jun 1 2018`, `June 1, 2018`, `1 Jun 2018`, or ISO `2018-06-01`.
  static func day(_ text: String) -> Day? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let day = Day(trimmed) { return day }
    let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0).lowercased() }
    guard words.count == 3 else { return nil }
    let month = { (word: String) in Self.months.firstIndex { word.hasPrefix($0) }.map { $0 + 1 } }
    if let monthNumber = month(words[0]), let day = Int(words[1]), let year = Int(words[2]) {
      return Day(year: year, month: monthNumber, day: day)
    }
    if let day = Int(words[0]), let monthNumber = month(words[1]), let year = Int(words[2]) {
      return Day(year: year, month: monthNumber, day: day)
    }
    return nil
  }
}
