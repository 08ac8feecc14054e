import Foundation

/// Rewrites 2013 control ids to their 2022 targets on given front-matter lines, keeping the rest
/// of the file (comments, order, body) as it is.
struct ReferenceRewriter {
  /// One changed line.
  struct Change {
    let line: Int
    let before: String
    let after: String
  }

  /// The new text, the changes and notes for the user.
  struct Result {
    let text: String
    let rewrites: [Change]
    let notes: [String]
  }

  /// 2013 id → 2022 ids.
  let targets: [String: [String]]

  private static let token = #"A\.[0-9]+\.[0-9]+\.[0-9]+"#

  func rewrite(_ text: String, lines numbers: Set<Int>) -> Result {
    var lines = text.components(separatedBy: "\n")
    var changes: [Change] = []
    var notes: [String] = []
    for number in numbers.sorted() where number >= 1 && number <= lines.count {
      let before = lines[number - 1]
      let carriage = before.hasSuffix("\r") ? "\r" : ""
      let line = carriage.isEmpty ? before : String(before.dropLast())
      let after: String
      if let match = line.range(
        of: #"^(\s*)-\s+["']?"# + Self.token + #"["']?\s*(#.*)?$"#, options: .regularExpression)
      {
        let indent = String(line[match].prefix { $0 == " " })
        // A trailing comment stays on the first item the id becomes.
        let comment = line.range(of: #"\s+#.*$"#, options: .regularExpression).map { String(line[$0]) } ?? ""
        let ids = mapped(tokens(in: line.replacingOccurrences(of: comment, with: "")))
        after = ids.enumerated().map { index, id in
          indent + "- " + id + (index == 0 ? comment : "") + carriage
        }.joined(separator: "\n")
      } else if let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]"), open < close {
        let items = line[line.index(after: open)..<close].split(separator: ",").map {
          $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        }
        var seen: Set<String> = []
        let ids = items.flatMap { targets[$0] ?? [$0] }.filter { seen.insert($0).inserted }
        after =
          String(line[..<open]) + "[" + ids.joined(separator: ", ") + "]"
          + String(line[line.index(after: close)...])
          + carriage
      } else {
        let ids = tokens(in: line)
        var result = line
        for id in ids {
          let replacement = targets[id] ?? [id]
          if replacement.count > 1 {
            notes.append(
              "line \(number): \(id) maps to \(replacement.joined(separator: " and ")); kept \(replacement[0])"
            )
          }
          result = result.replacingOccurrences(of: id, with: replacement[0])
        }
        after = result + carriage
      }
      if after != before {
        lines[number - 1] = after
        changes.append(
          Change(line: number, before: line, after: after.replacingOccurrences(of: "\r", with: "")))
      }
    }
    let deduplicated = Self.dropRepeatedItems(lines)
    return Result(text: deduplicated.joined(separator: "\n"), rewrites: changes, notes: notes)
  }

  private func tokens(in line: String) -> [String] {
    let regex = try? NSRegularExpression(pattern: Self.token)
    let range = NSRange(line.startIndex..., in: line)
    return (regex?.matches(in: line, range: range) ?? []).compactMap {
      Range($0.range, in: line).map { String(line[$0]) }
    }
  }

  private func mapped(_ ids: [String]) -> [String] { ids.flatMap { targets[$0] ?? [$0] } }

  /// Removes a block-list item that repeats an earlier item of the same list (two 2013 ids that
  /// became one 2022 id).
  private static func dropRepeatedItems(_ input: [String]) -> [String] {
    var output: [String] = []
    var seen: Set<String> = []
    let all = input.joined(separator: "\n").components(separatedBy: "\n")
    // Only the front-matter: a list in the Markdown body is the author's text.
    let closing =
      all.indices.dropFirst().first {
        let line = all[$0].replacingOccurrences(of: "\r", with: "")
        return line == "---" || line == "..."
      } ?? all.count
    var kept: [String: Int] = [:]
    for (index, raw) in all.enumerated() {
      if index >= closing {
        output.append(raw)
        continue
      }
      let carriage = raw.hasSuffix("\r") ? "\r" : ""
      let line = raw.replacingOccurrences(of: "\r", with: "")
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("- "),
        let item = trimmed.range(of: #"^- A\.[0-9]+\.[0-9]+"#, options: .regularExpression),
        trimmed[item.upperBound...].trimmingCharacters(in: .whitespaces).isEmpty
          || trimmed[item.upperBound...].trimmingCharacters(in: .whitespaces).hasPrefix("#")
      {
        let indent = String(line.prefix { $0 == " " })
        let key = indent + String(trimmed[item])
        let comment = trimmed[item.upperBound...].trimmingCharacters(in: .whitespaces)
        if seen.contains(key), let first = kept[key] {
          // The repeat goes; its comment joins the item that stays.
          if !comment.isEmpty {
            let keptCarriage = output[first].hasSuffix("\r") ? "\r" : ""
            let keptLine = output[first].replacingOccurrences(of: "\r", with: "")
            output[first] =
              keptLine
              + (keptLine.contains("#")
                ? "; " + comment.dropFirst().trimmingCharacters(in: .whitespaces)
                : "  " + comment) + keptCarriage
          }
          continue
        }
        seen.insert(key)
        kept[key] = output.count
        output.append(line + carriage)
        continue
      } else {
        seen = []
        kept = [:]
      }
      output.append(raw)
    }
    return output
  }
}
