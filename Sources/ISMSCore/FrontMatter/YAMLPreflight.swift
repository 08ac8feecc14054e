/// A linear scan of YAML text that refuses dangerous constructs before the YAML parser sees them.
///
/// Anchors and aliases are the billion-laughs vector: a few hundred bytes can describe a tree
/// with billions of nodes, and Yams hashes alias-built mapping keys in full. Deep nesting makes
/// the recursive composer overflow the stack. The scan is conservative (it may flag a `&x` that
/// YAML would read as text in an unusual place; quoting fixes it) and the reader re-checks the
/// composed tree exactly.
enum YAMLPreflight {
  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")

  /// Throws on the first anchor, alias, merge key, explicit tag or excessive nesting.
  /// - Parameter firstLine: the file line of the first YAML line, for messages.
  static func check(_ yaml: String, firstLine: Int) throws {
    var flowDepth = 0
    var quote: UInt8?
    var blockScalarParentIndent: Int?
    var indentStack: [Int] = []
    // Without a CR, the line breaks of the character split are exactly the LF bytes (only a CR
    // joins an LF into one character), and splitting bytes skips grapheme breaking.
    let lines: [[UInt8]] =
      yaml.utf8.contains(UInt8(ascii: "\r"))
      ? yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
      : yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Array($0) }
    for (index, line) in lines.enumerated() {
      let fileLine = firstLine + index
      let indent = line.prefix { $0 == space }.count
      let isBlank = line.allSatisfy { $0 == space || $0 == tab }
      if let parent = blockScalarParentIndent {
        if isBlank || indent > parent { continue }
        blockScalarParentIndent = nil
      }
      if quote == nil, flowDepth == 0, !isBlank, line[indent] != UInt8(ascii: "#") {
        while let top = indentStack.last, top >= indent { indentStack.removeLast() }
        indentStack.append(indent)
      }
      var compact = 0
      var atNodeStart = true
      var position = 0
      scanning: while position < line.count {
        let byte = line[position]
        let next: UInt8? = position + 1 < line.count ? line[position + 1] : nil
        if let open = quote {
          if open == UInt8(ascii: "'") {
            if byte == open {
              if next == open { position += 2; continue }
              quote = nil
            }
          } else if byte == UInt8(ascii: "\\") {
            position += 2
            continue
          } else if byte == open {
            quote = nil
          }
          position += 1
          continue
        }
        if byte == space || byte == tab { position += 1; continue }
        if byte == UInt8(ascii: "#"),
          position == 0 || line[position - 1] == space || line[position - 1] == tab
        {
          break scanning
        }
        let nextIsBreak = next == nil || next == space || next == tab
        if atNodeStart {
          switch byte {
          case UInt8(ascii: "&"), UInt8(ascii: "*"):
            if !nextIsBreak { throw anchorError(line: fileLine) }
          case UInt8(ascii: "!"):
            throw FrontMatterError(
              .tag, line: fileLine, message: "explicit YAML tags (`!` or `!!`) are not allowed",
              fix: "remove the tag; quote the value if it starts with `!`")
          case UInt8(ascii: "'"), UInt8(ascii: "\""):
            quote = byte
            atNodeStart = false
            position += 1
            continue
          case UInt8(ascii: "["), UInt8(ascii: "{"):
            flowDepth += 1
            try checkDepth(indentStack.count + compact + flowDepth, line: fileLine)
            position += 1
            continue
          case UInt8(ascii: "-"), UInt8(ascii: "?"):
            if nextIsBreak {
              if flowDepth == 0 { compact += 1 }
              try checkDepth(indentStack.count + compact + flowDepth, line: fileLine)
              position += 1
              continue
            }
          case UInt8(ascii: "|"), UInt8(ascii: ">"):
            if flowDepth == 0 {
              blockScalarParentIndent = indent
              break scanning
            }
          case UInt8(ascii: "<"):
            if next == UInt8(ascii: "<") {
              let rest = line[(position + 2)...].drop { $0 == space || $0 == tab }
              if rest.first == UInt8(ascii: ":") { throw anchorError(line: fileLine) }
            }
          default:
            break
          }
          atNodeStart = false
          position += 1
          continue
        }
        if byte == UInt8(ascii: ":"),
          nextIsBreak || (flowDepth > 0 && next.map { Array(",[]{}".utf8).contains($0) } == true)
        {
          atNodeStart = true
        } else if flowDepth > 0 {
          if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
            atNodeStart = true
          } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
            flowDepth = max(0, flowDepth - 1)
          }
        }
        position += 1
      }
    }
  }

  private static func checkDepth(_ depth: Int, line: Int) throws {
    guard depth <= FrontMatterLimits.maxDepth else { throw depthError(line: line) }
  }

  static func depthError(line: Int) -> FrontMatterError {
    FrontMatterError(
      .tooDeep, line: line,
      message: "YAML is nested more than \(FrontMatterLimits.maxDepth) levels deep",
      fix: "flatten the structure; ISMS documents need only a few levels")
  }

  static func anchorError(line: Int) -> FrontMatterError {
    FrontMatterError(
      .anchorOrAlias, line: line,
      message: "YAML anchors, aliases and merge keys (`&name`, `*name`, `<<`) are not allowed",
      fix: "write the value out in full; quote it if `&` or `*` is meant as text")
  }
}
