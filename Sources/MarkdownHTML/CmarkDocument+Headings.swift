import Ccmark

extension CmarkDocument {
  /// The document's headings in order, each with a unique GitHub-style anchor id, paired with its
  /// node so an anchor can be inserted.
  func headingNodes(idPrefix: String) -> [(node: OpaquePointer, heading: Heading)] {
    var slugger = HeadingSlugger()
    return nodes(ofType: [CMARK_NODE_HEADING.rawValue]).map { node in
      let text = plainText(of: node).trimmingSpaces()
      let heading = Heading(
        level: Int(cmark_node_get_heading_level(node)),
        text: text,
        id: idPrefix + slugger.slug(for: text))
      return (node, heading)
    }
  }

  /// Puts `<a id="…" class="anchor" aria-hidden="true" href="#…"></a>` at the start of each
  /// heading, the markup GitHub used before its 2023 redesign, so a table of contents can link to it.
  ///
  /// The anchor is a custom inline node: cmark writes its `on_enter` text verbatim, and this module
  /// builds that text only from an escaped id.
  func insertAnchors(_ headings: [(node: OpaquePointer, heading: Heading)]) {
    for (node, heading) in headings {
      let id = HTMLText.escape(heading.id)
      let anchor = makeNode(CMARK_NODE_CUSTOM_INLINE)
      cmark_node_set_on_enter(
        anchor, "<a id=\"\(id)\" class=\"anchor\" aria-hidden=\"true\" href=\"#\(id)\"></a>")
      cmark_node_set_on_exit(anchor, "")
      guard cmark_node_prepend_child(node, anchor) == 1 else {
        cmark_node_free(anchor)
        preconditionFailure("cmark-gfm refused an anchor inside a heading")
      }
    }
  }
}
