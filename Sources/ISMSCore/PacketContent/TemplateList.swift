import Mustache

/// A list of template contexts, each made when the template reaches it and let go after, so that a
/// page of many rows (`risks.html` lists every risk, `records.html` every record) never holds
/// the contexts of all of them at once.
///
/// To a template it is what the array of the same contexts would be: sections and inverted
/// sections go through it in order, and it has an array's transforms (`first`, `last`,
/// `reversed`, `count`, `empty`) and no names of its own. Written as a value (`{{{risks}}}`) it
/// is its ``mark``, which ``PacketAssembly/page(_:_:lists:)`` replaces with its rows.
struct TemplateList: RandomAccessCollection, MustacheSequence, MustacheTransformable, MustacheParent,
  MustacheCustomRenderable
{
  /// The number of contexts.
  let count: Int
  /// What the list writes as a value; empty unless marked (``marked(_:)``).
  let mark: String
  private let make: (Int) -> TemplateContext

  /// The list of `context(0)`, …, `context(count - 1)`.
  init(count: Int, _ context: @escaping (Int) -> TemplateContext) {
    self.init(count: count, mark: "", context)
  }

  private init(count: Int, mark: String, _ context: @escaping (Int) -> TemplateContext) {
    self.count = count
    self.mark = mark
    make = context
  }

  /// The same list, written as a value as `mark`.
  func marked(_ mark: String) -> TemplateList { TemplateList(count: count, mark: mark, make) }

  /// The context at `index`, made now.
  func context(at index: Int) -> TemplateContext { make(index) }

  /// ``mark``.
  var renderText: String { mark }
  /// A list is never null: sections over it go through its contexts.
  var isNull: Bool { false }

  /// 0.
  var startIndex: Int { 0 }
  /// ``count``.
  var endIndex: Int { count }

  /// The context at `position`, made now.
  subscript(position: Int) -> TemplateNode { TemplateNode(make(position)) }

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
