import Ccmark

extension CmarkDocument {
  /// The plain text of the first top-level paragraph, or nil when the document has none.
  func firstParagraphText() -> String? {
    var child = cmark_node_first_child(root)
    while let node = child {
      if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
        return plainText(of: node).trimmingSpaces()
      }
      child = cmark_node_next(node)
    }
    return nil
  }
}
