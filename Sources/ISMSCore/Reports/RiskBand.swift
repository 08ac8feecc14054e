/// A coarse band of a risk level relative to the acceptance threshold `t`.
///
/// `low`: level ≤ t / 2 (integer division); `medium`: t / 2 < level ≤ t; `high`: level > t.
public enum RiskBand: String, Sendable, Hashable, Codable, CaseIterable {
  /// At most half the threshold.
  case low
  /// Above half the threshold, up to the threshold.
  case medium
  /// Above the threshold: needs treatment or acceptance.
  case high

  /// The band of `level` for `threshold`.
  public init(level: Int, threshold: Int) {
    if level > threshold {
      self = .high
    } else if level > threshold / 2 {
      self = .medium
    } else {
      self = .low
    }
  }
}

/// How many risks fall in each band; `unrated` when the level or threshold is unknown.
public struct RiskBandCounts: Sendable, Hashable, Codable {
  /// Risks in the low band.
  public var low = 0
  /// Risks in the medium band.
  public var medium = 0
  /// Risks in the high band.
  public var high = 0
  /// Risks whose level cannot be computed.
  public var unrated = 0

  /// Counts one risk of `level` (unrated when unknown).
  mutating func add(level: Int?, threshold: Int?) {
    guard let level, let threshold else { unrated += 1; return }
    switch RiskBand(level: level, threshold: threshold) {
    case .low: low += 1
    case .medium: medium += 1
    case .high: high += 1
    }
  }
}
