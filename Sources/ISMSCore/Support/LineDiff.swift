/// A unified diff of two versions of one text file, in one hunk from the first changed line to
/// the last (the edits `isms` previews touch a few neighbouring front-matter lines).
public enum LineDiff {
  /// The diff of `old` and `new` at `path`, `--- a/…`, `+++ b/…`, one `@@` hunk; empty when equal.
  public static func unified(path: String, old: String, new: String) -> String {
    let before = old.split(separator: "\n", omittingEmptySubsequences: false)
    let after = new.split(separator: "\n", omittingEmptySubsequences: false)
    guard before != after else { return "" }
    var prefix = 0
    while prefix < min(before.count, after.count), before[prefix] == after[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < min(before.count, after.count) - prefix,
      before[before.count - 1 - suffix] == after[after.count - 1 - suffix]
    {
      suffix += 1
    }
    let removed = before[prefix..<before.count - suffix]
    let added = after[prefix..<after.count - suffix]
    // An empty side starts at the line before the change, as in git's diffs.
    func range(_ count: Int) -> String { "\(count == 0 ? prefix : prefix + 1),\(count)" }
    var lines = ["--- a/\(path)", "+++ b/\(path)", "@@ -\(range(removed.count)) +\(range(added.count)) @@"]
    lines += removed.map { "-" + $0 } + added.map { "+" + $0 }
    return lines.joined(separator: "\n")
  }
}
