import MarkdownHTML

/// A likelihood × impact heat map of risks as a standalone SVG image.
///
/// Rows are likelihood (highest at the top), columns impact (highest on the right). Each cell is
/// coloured by the band of its level (likelihood × impact) in the risk method's ``RiskBands``,
/// from green (lowest band) to red (highest), and shows how many risks sit in it and their ids.
/// All text is escaped; the output depends only on the input.
struct RiskHeatMap {
  /// One risk placed on the map.
  struct Point: Hashable {
    /// The risk id.
    let id: String
    /// 1…number of likelihood labels.
    let likelihood: Int
    /// 1…number of impact labels.
    let impact: Int
  }

  /// The title drawn above the grid.
  let title: String
  /// Likelihood labels for 1…n.
  let likelihoodLabels: [String]
  /// Impact labels for 1…m.
  let impactLabels: [String]
  /// The bands of the risk method.
  let bands: RiskBands
  /// The risks; points outside the scales are left out.
  let points: [Point]

  private static let cellWidth = 84
  private static let cellHeight = 58
  private static let left = 118
  private static let top = 34
  /// Band colours from the lowest band to the highest; three bands take the first, middle and last.
  private static let palette = ["#cfe8d5", "#e6ecbf", "#f7dfa6", "#f4c6a8", "#f2b8b5"]

  /// The fill of the band at `position` of `count` bands.
  static func fill(position: Int, count: Int) -> String {
    guard count > 1 else { return palette[0] }
    let index = (position * (palette.count - 1) + (count - 1) / 2) / (count - 1)
    return palette[min(max(index, 0), palette.count - 1)]
  }

  /// The SVG document.
  var svg: String {
    let rows = likelihoodLabels.count
    let columns = impactLabels.count
    let width = Self.left + columns * Self.cellWidth + 12
    let height = Self.top + rows * Self.cellHeight + 64
    var parts = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" font-family=\"Helvetica Neue, Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif\">",
      "<title>\(HTMLText.escape(title))</title>",
      "<text x=\"\(Self.left)\" y=\"20\" font-size=\"14\" font-weight=\"600\" fill=\"#1f3a5f\">\(HTMLText.escape(title))</text>",
    ]
    for row in 0..<rows {
      let likelihood = rows - row
      let y = Self.top + row * Self.cellHeight
      parts.append(
        "<text x=\"\(Self.left - 8)\" y=\"\(y + Self.cellHeight / 2 + 4)\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">\(likelihood) \(HTMLText.escape(likelihoodLabels[likelihood - 1]))</text>"
      )
      for column in 0..<columns {
        parts.append(
          cell(likelihood: likelihood, impact: column + 1, x: Self.left + column * Self.cellWidth, y: y))
      }
    }
    let axisY = Self.top + rows * Self.cellHeight
    for column in 0..<columns {
      let x = Self.left + column * Self.cellWidth + Self.cellWidth / 2
      parts.append(
        "<text x=\"\(x)\" y=\"\(axisY + 16)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">\(column + 1) \(HTMLText.escape(impactLabels[column]))</text>"
      )
    }
    let middle = Self.left + columns * Self.cellWidth / 2
    parts.append(
      "<text x=\"\(middle)\" y=\"\(axisY + 40)\" font-size=\"12\" font-weight=\"600\" text-anchor=\"middle\" fill=\"#1b1f24\">Impact →</text>"
    )
    parts.append(
      "<text x=\"14\" y=\"\(Self.top + rows * Self.cellHeight / 2)\" font-size=\"12\" font-weight=\"600\" text-anchor=\"middle\" fill=\"#1b1f24\" transform=\"rotate(-90 14 \(Self.top + rows * Self.cellHeight / 2))\">Likelihood →</text>"
    )
    parts.append("</svg>")
    return parts.joined(separator: "\n") + "\n"
  }

  private func cell(likelihood: Int, impact: Int, x: Int, y: Int) -> String {
    let level = likelihood * impact
    let fill =
      bands.position(of: level).map { Self.fill(position: $0, count: bands.bands.count) } ?? "#eeeeee"
    let ids = points.filter { $0.likelihood == likelihood && $0.impact == impact }.map(\.id).sorted()
    var parts = [
      "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(Self.cellWidth)\" height=\"\(Self.cellHeight)\" fill=\"\(fill)\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
      "<text x=\"\(x + 6)\" y=\"\(y + 14)\" font-size=\"9\" fill=\"#555\">\(level)</text>",
    ]
    guard !ids.isEmpty else { return parts.joined(separator: "\n") }
    parts.append(
      "<text x=\"\(x + Self.cellWidth / 2)\" y=\"\(y + 27)\" font-size=\"17\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1b1f24\">\(ids.count)</text>"
    )
    let shown = ids.count > 2 ? [ids[0], "+\(ids.count - 1) more"] : ids
    for (index, line) in shown.enumerated() {
      parts.append(
        "<text x=\"\(x + Self.cellWidth / 2)\" y=\"\(y + 40 + index * 10)\" font-size=\"8\" text-anchor=\"middle\" fill=\"#333\">\(HTMLText.escape(line))</text>"
      )
    }
    return parts.joined(separator: "\n")
  }
}
