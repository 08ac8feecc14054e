import Ccmark

extension RenderOptions {
  /// The `CMARK_OPT_*` bits for these options.
  ///
  /// `CMARK_OPT_UNSAFE` is never set: that keeps cmark's safe mode, which renders the URL of a
  /// link or image as empty when its scheme is `javascript:`, `vbscript:`, `file:` or `data:`
  /// (other than `data:image/png|gif|jpeg|webp`).
  var cmarkFlags: Int32 {
    var flags = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
    if hardLineBreaks { flags |= CMARK_OPT_HARDBREAKS }
    if sourcePositions { flags |= CMARK_OPT_SOURCEPOS }
    return flags
  }
}
