import Crypto
import Foundation

/// A reproducible sample: the canonical listing of a population, its SHA-256, the sample size for
/// a cadence, and the draw itself with a PRNG of our own (never the system's random source), so an
/// auditor with the same population and seed draws the same items.
///
/// The draw: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014; the constants of Java's `SplittableRandom`) seeded with `seed`; each index is drawn
/// without modulo bias by rejection (Lemire's threshold `(2^64 - n) mod n`); a partial Fisher-Yates
/// shuffle of the positions `0..<n` picks `size` of them; the items are listed in population order.
public enum SampleDraw {
  /// The algorithm's name, recorded in every sample record.
  public static let algorithm = "splitmix64-fisher-yates"

  /// One item of a population: its key (an occurrence label or a commit id) and the fields listed.
  public struct Item: Sendable, Hashable {
    /// What the sample names: `2026-Q2`, or a commit id.
    public let key: String
    /// The other columns of its listing line.
    public let fields: [String]

    /// Creates an item.
    public init(key: String, fields: [String]) {
      self.key = key
      self.fields = fields
    }
  }

  /// The population of `activity` over `period`: its calendar occurrences (label, first and last
  /// day), or for a per-change activity the changes of the period (repository, commit, date,
  /// author, approver, CI). Independent of `today` and of evidence added later.
  public static func population(of activity: ControlActivity, period: DayRange, changes: [Change]) -> [Item] {
    guard let cadence = activity.cadence, let running = activity.runningPart(of: period) else { return [] }
    if cadence.isCalendar {
      return cadence.occurrences(overlapping: running).map {
        Item(key: $0.label, fields: [$0.range.start.description, $0.range.end.description])
      }
    }
    return changes.filter { running.contains($0.date) }.map {
      Item(
        key: $0.commit,
        fields: [$0.repository, $0.date.description, $0.author, $0.approver ?? "", $0.ci ?? ""])
    }
  }

  /// The canonical listing: one line per item, key then fields, separated by tabs, each line
  /// ending in `\n` (tabs and line breaks inside values become spaces).
  public static func listing(_ items: [Item]) -> String {
    items.map { item in
      ([item.key] + item.fields).map { value in
        String(value.map { $0 == "\t" || $0.isNewline ? " " : $0 })
      }.joined(separator: "\t") + "\n"
    }.joined()
  }

  /// The SHA-256 of the canonical listing, in lowercase hexadecimal.
  public static func sha256(_ items: [Item]) -> String {
    Hex.lowercase(SHA256.hash(data: Data(listing(items).utf8)))
  }

  /// The sample size for `cadence` from a population of `count` items (never more than `count`).
  ///
  /// Calendar cadences follow the minimum sizes by frequency commonly applied by service auditors
  /// to manual controls over a period: annual 1, semiannual 2, quarterly 2, monthly 2, weekly 5,
  /// daily 20. A per-change population (a control operating many times a day or as needed) takes
  /// 10 % of its items, at least 3 and at most 25. See `docs/soc2-operation.md`.
  public static func size(for cadence: Cadence, population count: Int) -> Int {
    let size: Int
    switch cadence {
    case .annual: size = 1
    case .semiannual, .quarterly, .monthly: size = 2
    case .weekly: size = 5
    case .daily: size = 20
    case .perChange: size = min(25, max(3, (count + 9) / 10))
    }
    return min(size, count)
  }

  /// The keys of `size` items drawn from `items` with `seed`, in population order.
  public static func draw(_ items: [Item], size: Int, seed: UInt64) -> [String] {
    var generator = SplitMix64(seed: seed)
    var positions = Array(items.indices)
    let count = min(max(size, 0), positions.count)
    for index in 0..<count {
      let chosen = index + Int(generator.next(below: UInt64(positions.count - index)))
      positions.swapAt(index, chosen)
    }
    return positions.prefix(count).sorted().map { items[$0].key }
  }
}

/// SplitMix64: a 64-bit state advanced by the golden gamma, each output mixed by two
/// multiply-xorshift rounds; the tests' random edits use it too, so a failing round can be replayed
/// from its seed.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The next 64 bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (bound > 0) with no modulo bias.
  mutating func next(below bound: UInt64) -> UInt64 {
    let threshold = (0 &- bound) % bound
    while true {
      let value = next()
      if value >= threshold { return value % bound }
    }
  }
}
