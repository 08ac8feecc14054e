import Foundation

/// Stable JSON for `--format json`: sorted keys, pretty printed, no escaped slashes, final newline.
enum JSONOutput {
  static func render<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }
}
