/// Bounds on the constructs that make Debian 12's cmark-gfm 0.29.0.gfm.6 take quadratic time.
///
/// Measured on that library: one 66 KB line of `_www.a` takes 24 s, of `|` over two minutes,
/// 5,000 table rows of 100 cells 6 s. Ordinary documents stay far below every bound.
public enum RenderBudget {
  /// Most `|` on one line (table cells of one row).
  public static let maxPipesPerLine = 256
  /// Most `|` in a whole document.
  public static let maxPipes = 100_000
  /// Most `www.` (extended autolink candidates) on one line.
  public static let maxAutolinksPerLine = 64
  /// Most `[` (link and image openers) on one line.
  public static let maxBracketsPerLine = 256

  /// Why `markdown` is beyond the budget, or `nil` when it may be rendered.
  public static func problem(in markdown: String) -> String? {
    var totalPipes = 0
    var line = 1
    var pipes = 0
    var brackets = 0
    var autolinks = 0
    var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
    for byte in markdown.utf8 {
      switch byte {
      case UInt8(ascii: "\n"):
        line += 1
        pipes = 0
        brackets = 0
        autolinks = 0
      case UInt8(ascii: "|"):
        pipes += 1
        totalPipes += 1
        if pipes > maxPipesPerLine { return "line \(line) has more than \(maxPipesPerLine) `|`" }
        if totalPipes > maxPipes { return "the document has more than \(maxPipes) `|`" }
      case UInt8(ascii: "["):
        brackets += 1
        if brackets > maxBracketsPerLine { return "line \(line) has more than \(maxBracketsPerLine) `[`" }
      case UInt8(ascii: "."):
        if previous == (UInt8(ascii: "w"), UInt8(ascii: "w"), UInt8(ascii: "w")) {
          autolinks += 1
          if autolinks > maxAutolinksPerLine {
            return "line \(line) has more than \(maxAutolinksPerLine) `www.`"
          }
        }
      default:
        break
      }
      previous = (previous.1, previous.2, byte)
    }
    return nil
  }
}
