import Foundation

/// The files assurance records name: where they may be, and whether they are the files hashed.
public enum AssuranceFiles {
  /// Whether `path` stays inside the ISMS folder: relative, no `..`, not in `.git`.
  public static func isInside(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return !path.hasPrefix("/") && !path.contains("\\")
      && !parts.contains { $0 == ".." || $0 == "." || $0.isEmpty }
      && parts.first?.lowercased() != ".git"
  }

  /// Whether `text` is a SHA-256 as records write it: 64 lowercase hex digits.
  public static func isDigest(_ text: String?) -> Bool {
    guard let text else { return false }
    return text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
  }

  /// The largest file `isms validate` hashes: a certificate or report, never a data dump.
  public static let maxBytes = 64 << 20

  /// The V2 problems of the repository files the assurance records of `isms` name: missing, or
  /// with another SHA-256 than recorded.
  static func diagnostics(_ isms: ISMS, snapshot: Snapshot) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let sizes = Dictionary(
      snapshot.entries.map { ($0.path, $0.size) }, uniquingKeysWith: { first, _ in first })
    for document in isms.documents(of: .assurance) {
      for (index, file) in (document.assurance?.files ?? []).enumerated() {
        guard let path = file.path, isInside(path), isDigest(file.sha256) else { continue }
        let line = document.line(of: "files") ?? 1
        if let size = sizes[path], size > maxBytes {
          found.append(
            Diagnostic(
              .error, path: document.path, line: line, field: "files[\(index)].path",
              message: "file `\(path)` has \(size) bytes, more than the \(maxBytes) isms hashes",
              fix: "keep a file this large outside the repository and name it with `reference`", rule: "V2"))
          continue
        }
        guard sizes[path] != nil, let data = try? snapshot.contents(of: path) else {
          found.append(
            Diagnostic(
              .error, path: document.path, line: line, field: "files[\(index)].path",
              message: "file `\(path)` is not in the repository",
              fix: "add the file at that path, or name where it is kept with `reference`", rule: "V2"))
          continue
        }
        let digest = PacketDigest.sha256(data)
        if digest != file.sha256 {
          found.append(
            Diagnostic(
              .error, path: document.path, line: line, field: "files[\(index)].sha256",
              message: "file `\(path)` has SHA-256 \(digest), not the recorded \(file.sha256 ?? "")",
              fix: "restore the file received, or record the new file as a new assurance record", rule: "V2"))
        }
      }
    }
    return found
  }
}
