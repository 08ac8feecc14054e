import Mustache

/// A list of template contexts, each made when the template reaches it and let go after, so that a
/// page of many rows (`risks.html` lists every risk and every treatment) never holds
/// the contexts of all of them at once.
///
/// To a template it is what the array of the same contexts would be: sections and inverted
/// sections go through it in order, and it has an array's transforms (`first`, `last`,
/// `reversed`, `count`, `empty`) and no names of its own.
struct TemplateList: RandomAccessCollection, MustacheSequence, MustacheTransformable, MustacheParent {
  /// The number of contexts.
  let count: Int
  private let context: (Int) -> TemplateContext

  /// The list of `context(0)`, …, `context(count - 1)`.
  init(count: Int, _ context: @escaping (Int) -> TemplateContext) {
    self.count = count
    self.context = context
  }

  /// 0.
  var startIndex: Int { 0 }
  /// ``count``.
  var endIndex: Int { count }

  /// The context at `position`, made now.
  subscript(position: Int) -> TemplateNode { TemplateNode(context(position)) }

  /// The transforms of an array.
  func transform(_ name: String) -> Any? {
    switch name {
    case "first": return first
    case "last": return last
    case "reversed": return reversed()
    case "count": return count
    case "empty": return isEmpty
    default: return nil
    }
  }

  /// No names: as for an array, lookups go on to the enclosing contexts.
  func child(named name: String) -> Any? { nil }
}
