import Foundation

extension Data {
  /// Appends the UTF-8 bytes of `text`, read where the string keeps them (no copy of a native
  /// string).
  mutating func appendUTF8(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }
}
