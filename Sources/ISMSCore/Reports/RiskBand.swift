/// A named band of risk levels: the levels above the band before it, up to `max`
/// (`isms.yml` `risk_method.bands`).
public struct RiskBand: Sendable, Hashable, Codable {
  /// The band's name (`low`, `critical`).
  public let name: String
  /// The highest level in the band.
  public let max: Int

  /// Creates a band.
  public init(name: String, max: Int) {
    self.name = name
    self.max = max
  }
}

/// The bands of a risk method, lowest first, covering the levels 1…highest without gaps: the one
/// answer to "which band is this level in" for validate, status, the heat maps, the register and
/// the CSV.
public struct RiskBands: Sendable, Hashable {
  /// The bands, lowest first.
  public let bands: [RiskBand]

  /// The bands `risk_method.bands` declares when they are valid (``problems(_:maxLevel:)``), else
  /// the default: `low` up to half the acceptance threshold, `medium` up to the threshold and
  /// `high` above it (a band with no levels is left out). No method: no bands, every level unrated.
  public init(method: RiskMethod?) {
    guard let method else {
      bands = []
      return
    }
    let maxLevel = Swift.max(method.maxLevel, 1)
    if let declared = method.bands, Self.problems(declared, maxLevel: maxLevel).isEmpty {
      bands = declared
      return
    }
    let threshold = Swift.min(Swift.max(method.acceptanceThreshold ?? maxLevel, 1), maxLevel)
    var kept: [RiskBand] = []
    for (name, max) in [("low", threshold / 2), ("medium", threshold), ("high", maxLevel)]
    where max > (kept.last?.max ?? 0) {
      kept.append(RiskBand(name: name, max: max))
    }
    bands = kept
  }

  /// The position (0 = lowest) of the band holding `level`; a level above the highest band's
  /// `max` counts in the highest band, a level below 1 in none.
  public func position(of level: Int) -> Int? {
    guard level >= 1, !bands.isEmpty else { return nil }
    return bands.firstIndex { level <= $0.max } ?? bands.count - 1
  }

  /// The band holding `level` (see ``position(of:)``).
  public func band(of level: Int) -> RiskBand? { position(of: level).map { bands[$0] } }

  /// The levels of the band at `position`, as text: `1–6`, `13–19`, `7`.
  public func range(at position: Int) -> String {
    let low = position == 0 ? 1 : bands[position - 1].max + 1
    let high = bands[position].max
    return low == high ? "\(low)" : "\(low)–\(high)"
  }

  /// `level (band)`, as the risk pages print it: `12 (medium)`.
  public func describe(_ level: Int) -> String {
    band(of: level).map { "\(level) (\($0.name))" } ?? "\(level)"
  }

  /// What is wrong with declared `bands` for levels 1…`maxLevel`: each band's `max` above the one
  /// before, the first starting at 1, the last ending at `maxLevel`, names present and unique.
  public static func problems(_ bands: [RiskBand], maxLevel: Int) -> [String] {
    var problems: [String] = []
    if bands.isEmpty { problems.append("`bands` lists no band") }
    var seen = Set<String>()
    var previous = 0
    for (index, band) in bands.enumerated() {
      let name = band.name.trimmingCharacters(in: .whitespaces)
      if name.isEmpty { problems.append("band \(index + 1) has no name") }
      if !seen.insert(name.lowercased()).inserted {
        problems.append("band name `\(name)` is used twice")
      }
      if band.max <= previous {
        problems.append(
          "band `\(name)` ends at \(band.max), not above \(previous) where the band before it ends")
      }
      previous = Swift.max(previous, band.max)
    }
    if let last = bands.last, last.max != maxLevel {
      problems.append(
        "the last band `\(last.name)` ends at \(last.max), not at the highest level \(maxLevel)")
    }
    return problems
  }
}

/// How many risks fall in each band of the risk method, lowest first; `unrated` when the level is
/// unknown.
public struct RiskBandCounts: Sendable, Hashable, Encodable {
  /// The bands counted.
  public let bands: RiskBands
  /// The count of each band, in the order of ``bands``.
  public private(set) var counts: [Int]
  /// Risks whose level cannot be computed.
  public private(set) var unrated = 0

  /// No risks yet, in `bands`.
  public init(bands: RiskBands) {
    self.bands = bands
    counts = Array(repeating: 0, count: bands.bands.count)
  }

  /// The count of the band named `name`, `nil` when there is no such band.
  public func count(of name: String) -> Int? {
    bands.bands.firstIndex { $0.name == name }.map { counts[$0] }
  }

  /// Counts one risk of `level` (unrated when unknown).
  mutating func add(level: Int?) {
    guard let level, let position = bands.position(of: level) else {
      unrated += 1
      return
    }
    counts[position] += 1
  }

  private struct Key: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// Encodes `{"<band>": n, …, "unrated": n}`.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    for (band, count) in zip(bands.bands, counts) {
      try container.encode(count, forKey: Key(stringValue: band.name))
    }
    try container.encode(unrated, forKey: Key(stringValue: "unrated"))
  }
}
