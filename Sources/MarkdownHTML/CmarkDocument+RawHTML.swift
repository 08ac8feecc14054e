import Ccmark

extension CmarkDocument {
  /// Turns every raw HTML node into escaped, visible source: an HTML block becomes a code block
  /// (info string `html`), inline HTML becomes a text node.
  ///
  /// Why convert rather than let cmark's safe mode run: safe mode replaces raw HTML with an
  /// invisible `<!-- raw HTML omitted -->`, so an auditor would not see that the document holds
  /// markup at all, and GitHub's own sanitiser silently drops it too. Audit evidence should show
  /// exactly what was written, so the markup stays on the page as inert text. A block becomes a
  /// code block rather than a paragraph so its line structure survives and it reads as source.
  /// cmark escapes the literal of both node types when rendering, so no tag or attribute can reach
  /// the output; the tagfilter extension and safe mode remain on as a second line of defence.
  func neutralizeRawHTML() {
    let rawNodes = nodes(ofType: [CMARK_NODE_HTML_BLOCK.rawValue, CMARK_NODE_HTML_INLINE.rawValue])
    for node in rawNodes {
      let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
      let replacement = makeNode(isBlock ? CMARK_NODE_CODE_BLOCK : CMARK_NODE_TEXT)
      var literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
      if isBlock {
        // A code block's literal ends with a newline, or `</code>` would share the last line.
        if !literal.hasSuffix("\n") { literal += "\n" }
        cmark_node_set_fence_info(replacement, "html")
      }
      cmark_node_set_literal(replacement, literal)
      guard cmark_node_replace(node, replacement) == 1 else {
        preconditionFailure("cmark-gfm refused to replace a raw HTML node")
      }
      cmark_node_free(node)
    }
  }
}
