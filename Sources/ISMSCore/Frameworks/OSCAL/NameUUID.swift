import Crypto
import Foundation

/// Name-based UUIDs (version 5): the same namespace and name always give the same UUID, so
/// exports are byte-identical for the same input.
public enum NameUUID {
  /// The namespace of every UUID `isms` derives for OSCAL documents (fixed once, never change it).
  public static let oscalNamespace = "5d0c8a52-8f1e-4d7b-9a57-3f2b6e1c4a90"

  /// The version-5 UUID of `name` in `namespace` (a UUID string), lowercase.
  public static func v5(_ name: String, namespace: String = oscalNamespace) -> String {
    let namespaceBytes = bytes(of: namespace)
    // SHA-1 as RFC 9562 defines version 5 with it; not for security.
    var digest = Array(Insecure.SHA1.hash(data: namespaceBytes + Array(name.utf8)))
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    let characters = Array(Hex.lowercase(digest.prefix(16)))
    let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
    return groups.joined(separator: "-")
  }

  private static func bytes(of uuid: String) -> [UInt8] {
    let digits = Array(uuid.replacingOccurrences(of: "-", with: "").lowercased())
    return stride(from: 0, to: digits.count - 1, by: 2).compactMap {
      UInt8(String(digits[$0...$0 + 1]), radix: 16)
    }
  }
}
