/// Anchors of the document control log.
enum DocumentControlAnchor {
  /// The id of a document's section in `document-control.html`: `doc-` and the id with every
  /// character other than a letter, digit, `-` or `_` replaced by `-`.
  static func id(_ document: Document) -> String {
    "doc-" + String(document.id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
  }
}
