/// Bounds on the constructs that make Debian 12's cmark-gfm 0.29.0.gfm.6 take quadratic time, and
/// on the work a document and a packet may ask of it.
///
/// Measured on that library: one 66 KB line of `_www.a` takes 24 s, of `|` over two minutes,
/// 5,000 table rows of 100 cells 6 s, and 4,000 lines of 40 `![[]()` in one paragraph 33 s (each
/// link closed walks back over every bracket opened before it in the paragraph). The budget is
/// counted on the input, never on a clock, so a document renders the same way on every run and
/// machine. Ordinary documents stay far below every bound.
public enum RenderBudget {
  /// Most `|` on one line (table cells of one row).
  public static let maxPipesPerLine = 256
  /// Most `|` in a whole document.
  public static let maxPipes = 100_000
  /// Most `www.` (extended autolink candidates) on one line.
  public static let maxAutolinksPerLine = 64
  /// Most `[` (link and image openers) on one line.
  public static let maxBracketsPerLine = 256
  /// Most work units (see ``assess(_:)``) one document may cost: 10,000 `[` in one paragraph,
  /// about 0.05 s of cmark-gfm (the 33 s document above costs 10¹¹).
  public static let maxWorkPerDocument = 100_000_000
  /// Most work units all documents of one packet may cost together: about half a second.
  public static let maxWorkPerPacket = 1_000_000_000

  /// What rendering `markdown` would cost, and why it is beyond the budget (`nil` when it may be
  /// rendered).
  public struct Assessment: Sendable, Equatable {
    /// Why the document is shown as plain text rather than rendered, if it is.
    public let problem: String?
    /// Work units: per paragraph (lines between blank lines), the square of its `[` count, as
    /// cmark-gfm 0.29 walks its bracket stack once per link. At most ``maxWorkPerDocument`` + 1.
    public let work: Int
  }

  /// Why `markdown` is beyond the budget, or `nil` when it may be rendered.
  public static func problem(in markdown: String) -> String? { assess(markdown).problem }

  /// The work `markdown` costs and whether it is within the budget, in one pass over its bytes.
  public static func assess(_ markdown: String) -> Assessment {
    var totalPipes = 0
    var line = 1
    var pipes = 0
    var brackets = 0
    var autolinks = 0
    var paragraphBrackets = 0
    var work = 0
    var blankLine = true
    var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
    func beyond(_ problem: String) -> Assessment {
      Assessment(problem: problem, work: maxWorkPerDocument + 1)
    }
    for byte in markdown.utf8 {
      switch byte {
      case UInt8(ascii: "\n"):
        if blankLine {
          work += paragraphBrackets * paragraphBrackets
          paragraphBrackets = 0
          if work > maxWorkPerDocument { return beyond(workProblem) }
        }
        line += 1
        pipes = 0
        brackets = 0
        autolinks = 0
        blankLine = true
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        break
      case UInt8(ascii: "|"):
        blankLine = false
        pipes += 1
        totalPipes += 1
        if pipes > maxPipesPerLine { return beyond("line \(line) has more than \(maxPipesPerLine) `|`") }
        if totalPipes > maxPipes { return beyond("the document has more than \(maxPipes) `|`") }
      case UInt8(ascii: "["):
        blankLine = false
        brackets += 1
        paragraphBrackets += 1
        if brackets > maxBracketsPerLine {
          return beyond("line \(line) has more than \(maxBracketsPerLine) `[`")
        }
      case UInt8(ascii: "."):
        blankLine = false
        if previous == (UInt8(ascii: "w"), UInt8(ascii: "w"), UInt8(ascii: "w")) {
          autolinks += 1
          if autolinks > maxAutolinksPerLine {
            return beyond("line \(line) has more than \(maxAutolinksPerLine) `www.`")
          }
        }
      default:
        blankLine = false
      }
      previous = (previous.1, previous.2, byte)
    }
    work += paragraphBrackets * paragraphBrackets
    if work > maxWorkPerDocument { return beyond(workProblem) }
    return Assessment(problem: nil, work: work)
  }

  private static let workProblem =
    "its paragraphs hold too many `[` to render in bounded time; separate them with blank lines"
}
