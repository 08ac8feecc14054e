/// The one instant a packet is stamped with: the source commit's time, in UTC.
///
/// ZIP stores an MS-DOS date and time: local time with no zone, 2-second resolution, years
/// 1980…2107. A packet maps the instant to it like this:
/// - the fields are the instant's **UTC** calendar date and time, so the bytes do not depend on
///   the time zone of the machine that builds the packet;
/// - odd seconds are rounded **down** (12:00:07 is stored as 12:00:06);
/// - instants before 1980-01-01T00:00:00Z are stored as that moment, after
///   2107-12-31T23:59:58Z as that one.
///
/// The exact instant, to the second, goes into the manifest as `source_commit_date`.
public struct PacketTimestamp: Sendable, Hashable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z.
  public let unixTime: Int64

  /// The instant `unixTime` seconds after 1970-01-01T00:00:00Z (a git commit time).
  public init(unixTime: Int64) {
    self.unixTime = unixTime
  }

  /// The instant at `hour:minute:second` UTC on `day`; `nil` when a field is out of range.
  public init?(day: Day, hour: Int, minute: Int, second: Int) {
    guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
    self.unixTime = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
  }

  /// The UTC day of the instant.
  public var day: Day { Day(daysSinceEpoch: Int(floorDivision(unixTime, 86_400))) }

  /// Seconds since midnight UTC, 0…86399.
  private var secondOfDay: Int { Int(unixTime - Int64(day.daysSinceEpoch) * 86_400) }

  /// RFC 3339 in UTC: `2026-03-01T09:30:05Z`.
  public var description: String {
    let seconds = secondOfDay
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(day)T\(pad(seconds / 3600)):\(pad(seconds / 60 % 60)):\(pad(seconds % 60))Z"
  }

  /// The MS-DOS date and time fields, as documented on the type.
  var dosDateTime: (date: UInt16, time: UInt16) {
    // 1980-01-01T00:00:00Z and 2107-12-31T23:59:58Z, the first and last DOS times.
    let clamped = PacketTimestamp(unixTime: min(max(unixTime, 315_532_800), 4_354_819_198))
    let day = clamped.day
    let seconds = clamped.secondOfDay
    let date = (day.year - 1980) << 9 | day.month << 5 | day.day
    let time = (seconds / 3600) << 11 | (seconds / 60 % 60) << 5 | (seconds % 60) / 2
    return (UInt16(date), UInt16(time))
  }

  private func floorDivision(_ value: Int64, _ divisor: Int64) -> Int64 {
    let quotient = value / divisor
    return value % divisor < 0 ? quotient - 1 : quotient
  }
}
