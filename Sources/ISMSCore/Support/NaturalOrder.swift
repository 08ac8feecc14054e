/// The order in which people read identifiers and paths: runs of digits compare as numbers, so
/// A.5.2 comes before A.5.10 and `controls/A.8.9.md` before `controls/A.8.10.md`; everything else
/// compares byte by byte (UTF-8). Every list of controls, and every list sorted by a path that may
/// name one, uses it, so that `validate`, `soa`, `coverage`, the packet and OSCAL agree.
public enum NaturalOrder {
  /// Whether `lhs` comes before `rhs`. A total order: strings equal as numbers but spelled
  /// differently (`A.05` and `A.5`) fall back to byte order.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    compare(lhs, rhs) < 0
  }

  /// `values` in natural order.
  public static func sorted(_ values: some Sequence<String>) -> [String] {
    values.sorted(by: precedes)
  }

  /// -1, 0 or 1 as `lhs` comes before, equals or comes after `rhs`.
  static func compare(_ lhs: String, _ rhs: String) -> Int {
    if lhs == rhs { return 0 }
    let result = Array(lhs.utf8).withUnsafeBufferPointer { left in
      Array(rhs.utf8).withUnsafeBufferPointer { right in compare(left, right) }
    }
    if result != 0 { return result }
    return lhs.utf8.lexicographicallyPrecedes(rhs.utf8) ? -1 : 1
  }

  private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int
  {
    var i = 0
    var j = 0
    while i < left.count, j < right.count {
      guard isDigit(left[i]), isDigit(right[j]) else {
        if left[i] != right[j] { return left[i] < right[j] ? -1 : 1 }
        i += 1
        j += 1
        continue
      }
      let (leftStart, leftEnd) = number(in: left, from: i)
      let (rightStart, rightEnd) = number(in: right, from: j)
      // Without leading zeros, the longer number is the larger; equal lengths compare digit by digit.
      let leftLength = leftEnd - leftStart
      let rightLength = rightEnd - rightStart
      if leftLength != rightLength { return leftLength < rightLength ? -1 : 1 }
      for offset in 0..<leftLength where left[leftStart + offset] != right[rightStart + offset] {
        return left[leftStart + offset] < right[rightStart + offset] ? -1 : 1
      }
      i = leftEnd
      j = rightEnd
    }
    if i < left.count { return 1 }
    if j < right.count { return -1 }
    return 0
  }

  /// The run of digits starting at `start`: where its significant digits start (after leading
  /// zeros) and where it ends.
  private static func number(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int) {
    var significant = start
    while significant < bytes.count - 1, bytes[significant] == UInt8(ascii: "0"),
      isDigit(bytes[significant + 1])
    {
      significant += 1
    }
    var end = significant
    while end < bytes.count, isDigit(bytes[end]) { end += 1 }
    return (significant, end)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
