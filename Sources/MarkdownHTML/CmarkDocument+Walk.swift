import Ccmark

extension CmarkDocument {
  /// Calls `visit` for every node under `start` (the whole document by default) in document order,
  /// once on entering and, for containers, once on exiting.
  ///
  /// Uses `cmark_iter`, not recursion, so deeply nested input cannot exhaust the stack. `visit` must
  /// not change the tree; collect nodes and change them after the walk.
  func walk(from start: OpaquePointer? = nil, _ visit: (OpaquePointer, cmark_event_type) -> Void) {
    guard let iterator = cmark_iter_new(start ?? root) else {
      preconditionFailure("cmark-gfm could not allocate an iterator")
    }
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      if let node = cmark_iter_get_node(iterator) { visit(node, event) }
    }
  }

  /// The nodes of the given types, in document order.
  func nodes(ofType types: Set<UInt32>) -> [OpaquePointer] {
    var found: [OpaquePointer] = []
    walk { node, event in
      if event == CMARK_EVENT_ENTER, types.contains(cmark_node_get_type(node).rawValue) {
        found.append(node)
      }
    }
    return found
  }

  /// The visible text under `node`: text, code spans and image descriptions, with line breaks as
  /// spaces. Markup, footnote markers and inserted anchors contribute nothing.
  func plainText(of node: OpaquePointer) -> String {
    var text = ""
    walk(from: node) { child, event in
      guard event == CMARK_EVENT_ENTER else { return }
      switch cmark_node_get_type(child) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        text += " "
      default:
        break
      }
    }
    return text
  }
}
