import Ccmark
import Foundation

/// Registers cmark-gfm's core extensions; Swift runs this initialiser once per process, thread-safely.
private let coreExtensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

/// Serialises parsing across threads.
///
/// cmark-gfm 0.29.0.gfm.6 (Debian 12) keeps the table of characters that start an inline
/// extension (`~`, `w`, `:`, `@`, …) in a process-wide array that every parse switches on before
/// parsing inlines and off afterwards, so one parse finishing while another runs makes the other
/// miss strikethrough and autolinks. Upstream later moved the table into the parser; until then,
/// parses take turns. Rendering and the tree passes do not touch it and run in parallel.
private let parseLock = NSLock()

/// A parsed cmark-gfm document: the parser (its extension list is needed again to render) and the
/// node tree it produced, both freed together.
///
/// Not `Sendable`: cmark nodes must not be shared between threads. Create one per render.
final class CmarkDocument {
  /// The GFM extensions GitHub enables for Markdown files and pull requests.
  static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

  /// The allocator every node of this document comes from, and the one that frees rendered output.
  let memory: UnsafeMutablePointer<cmark_mem>
  /// The root `CMARK_NODE_DOCUMENT` node.
  let root: OpaquePointer
  private let parser: OpaquePointer
  private let flags: Int32

  /// Parses `markdown` with the GFM extensions attached.
  /// - Parameter flags: `CMARK_OPT_*` bits for both parsing and rendering.
  init(markdown: String, flags: Int32) {
    _ = coreExtensionsRegistered
    guard let memory = cmark_get_default_mem_allocator() else {
      preconditionFailure("cmark-gfm has no allocator")
    }
    let (parser, root) = parseLock.withLock { Self.parse(markdown, flags: flags, memory: memory) }
    self.memory = memory
    self.parser = parser
    self.root = root
    self.flags = flags
  }

  deinit {
    cmark_node_free(root)
    cmark_parser_free(parser)
  }

  /// Parses `markdown` into a parser (kept for its extension list) and a document tree.
  private static func parse(
    _ markdown: String, flags: Int32, memory: UnsafeMutablePointer<cmark_mem>
  ) -> (parser: OpaquePointer, root: OpaquePointer) {
    guard let parser = cmark_parser_new_with_mem(flags, memory) else {
      preconditionFailure("cmark-gfm could not allocate a parser")
    }
    for name in extensionNames {
      guard let syntaxExtension = cmark_find_syntax_extension(name) else {
        preconditionFailure("cmark-gfm has no '\(name)' extension")
      }
      cmark_parser_attach_syntax_extension(parser, syntaxExtension)
    }
    var markdown = markdown
    markdown.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        if let start = chars.baseAddress, !chars.isEmpty {
          cmark_parser_feed(parser, start, chars.count)
        }
      }
    }
    guard let root = cmark_parser_finish(parser) else {
      preconditionFailure("cmark-gfm returned no document")
    }
    return (parser, root)
  }

  /// Renders the current tree to HTML with the parser's extensions (tables, task lists, …).
  func renderHTML() -> String {
    guard
      let rendered = cmark_render_html_with_mem(
        root, flags, cmark_parser_get_syntax_extensions(parser), memory)
    else { preconditionFailure("cmark-gfm could not render HTML") }
    defer { memory.pointee.free(rendered) }
    return String(cString: rendered)
  }

  /// Creates a detached node from this document's allocator; it belongs to the caller until it is
  /// inserted into the tree.
  func makeNode(_ type: cmark_node_type) -> OpaquePointer {
    guard let node = cmark_node_new_with_mem(type, memory) else {
      preconditionFailure("cmark-gfm could not allocate a node")
    }
    return node
  }
}
