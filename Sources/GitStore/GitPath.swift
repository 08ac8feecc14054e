/// Validation and joining of repository paths, so no caller can reach outside the repository or into `.git`.
enum GitPath {
  /// Checks one file name from a tree or a directory listing: not empty, `.`, `..`, and no `/`, `\` or NUL.
  static func isSafeName(_ name: String) -> Bool {
    !name.isEmpty && name != "." && name != ".."
      && !name.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 == 0 })
  }

  /// Why the name `bytes`, a plain name to git (not `.`, `..`, no `/` or NUL), cannot be an ISMS
  /// path: not UTF-8, or a backslash (a folder separator elsewhere); `nil` when it can, or when it
  /// is not a plain name (those never come from git or a folder listing, and are dropped).
  static func unusableNameProblem(_ bytes: some Collection<UInt8>) -> String? {
    let dot = UInt8(ascii: ".")
    guard !bytes.isEmpty, !bytes.elementsEqual([dot]), !bytes.elementsEqual([dot, dot]),
      !bytes.contains(UInt8(ascii: "/")), !bytes.contains(0)
    else { return nil }
    guard String(validating: bytes, as: UTF8.self) != nil else { return "not UTF-8" }
    return bytes.contains(UInt8(ascii: "\\")) ? "contains a backslash" : nil
  }

  /// A name for messages: `bytes` as UTF-8, any byte that is not shown as `\xHH`.
  static func shown(_ bytes: some Collection<UInt8>) -> String {
    let bytes = Array(bytes)
    var text = ""
    var position = 0
    while position < bytes.count {
      let lead = bytes[position]
      let length = lead < 0x80 ? 1 : lead >> 5 == 0x6 ? 2 : lead >> 4 == 0xE ? 3 : lead >> 3 == 0x1E ? 4 : 0
      if length > 0, position + length <= bytes.count,
        let valid = String(validating: bytes[position..<position + length], as: UTF8.self)
      {
        text += valid
        position += length
      } else {
        text += "\\x" + String(lead, radix: 16, uppercase: true).leftPadded(to: 2)
        position += 1
      }
    }
    return text
  }

  /// Checks a relative path: safe components and no `.git` component (in any case, as git does).
  static func isSafeRelative(_ path: String) -> Bool {
    (try? components(of: path, original: path)) != nil
  }

  /// Validates a file path relative to the ISMS root and returns it unchanged.
  /// - Throws: `GitError.invalidPath` when it is empty, absolute, or has `.`, `..`, `.git`, `\` or NUL.
  static func file(_ path: String) throws -> String {
    _ = try components(of: path, original: path)
    return path
  }

  /// Validates the ISMS root relative to the repository top; `""` is the top. A trailing `/` is dropped.
  static func root(_ root: String) throws -> String {
    var trimmed = root
    while trimmed.hasSuffix("/") { trimmed.removeLast() }
    if trimmed.isEmpty || trimmed == "." { return "" }
    _ = try components(of: trimmed, original: root)
    return trimmed
  }

  /// Joins the ISMS root and a path relative to it into a path relative to the repository top.
  static func join(_ root: String, _ path: String) -> String {
    root.isEmpty ? path : path.isEmpty ? root : root + "/" + path
  }

  /// The proper ancestors of a relative path, shortest first (`a`, `a/b` for `a/b/c`).
  static func ancestors(of path: String) -> [String] {
    let parts = path.split(separator: "/").map(String.init)
    return (1..<max(parts.count, 1)).map { parts[0..<$0].joined(separator: "/") }
  }

  private static func components(of path: String, original: String) throws -> [Substring] {
    guard !path.isEmpty else { throw GitError.invalidPath(original, reason: "it is empty") }
    guard !path.hasPrefix("/") else { throw GitError.invalidPath(original, reason: "it must be relative") }
    guard !path.utf8.contains(0) else { throw GitError.invalidPath(original, reason: "it contains NUL") }
    guard !path.contains("\\") else {
      throw GitError.invalidPath(original, reason: "use / to separate folders")
    }
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    for part in parts {
      if part.isEmpty { throw GitError.invalidPath(original, reason: "it has an empty folder name") }
      if part == "." || part == ".." {
        throw GitError.invalidPath(original, reason: "it may not use . or ..")
      }
      if part.lowercased() == ".git" { throw GitError.invalidPath(original, reason: "it is inside .git") }
    }
    return parts
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: Swift.max(0, width - count)) + self
  }
}
