import Mustache
import Testing

@testable import ISMSCore

@Suite("A list of contexts made on demand renders as the array of them does")
struct TemplateListTests {
  let rows: [TemplateContext] = [
    ["id": "R-1", "title": "First <one>"], ["id": "R-2", "title": Absent()], ["id": "R-3", "title": "Third"],
  ]

  /// Sections, inverted sections, `{{.}}`-free lookups that fall through to the enclosing context,
  /// and every transform an array has.
  let template = """
    {{#rows}}<{{id}} {{title}}{{^title}}{{name}}{{/title}}>{{/rows}}|{{^rows}}none{{/rows}}|\
    {{count(rows)}}|{{#empty(rows)}}empty{{/empty(rows)}}|{{#first(rows)}}{{id}}{{/first(rows)}}|\
    {{#last(rows)}}{{id}}{{/last(rows)}}|{{#reversed(rows)}}{{id}}{{/reversed(rows)}}|\
    {{#rows}}{{#first()}}first:{{/first()}}{{#last()}}last:{{/last()}}{{id}} {{/rows}}|{{rows.id}}
    """

  func rendered(_ rows: Any) throws -> String {
    var library = MustacheLibrary()
    library.register(try MustacheTemplate(string: template), named: "t")
    return try #require(library.render(TemplateNode(["rows": rows, "name": "outer"]), withTemplate: "t"))
  }

  @Test("three rows and no rows give the text of the arrays")
  func sameText() throws {
    let rows = rows
    let made = try rendered(TemplateList(count: rows.count) { rows[$0] })
    #expect(made == (try rendered(rows)))
    #expect(made.hasPrefix("<R-1 First &lt;one&gt;><R-2 outer><R-3 Third>|"))
    #expect(try rendered(TemplateList(count: 0) { _ in [:] }) == (try rendered([TemplateContext]())))
  }

  @Test("a context is made when the template reaches it, once per pass")
  func madeOnDemand() throws {
    let rows = rows
    let counter = Counter()
    let list = TemplateList(count: rows.count) { index in
      counter.count += 1
      return rows[index]
    }
    #expect(counter.count == 0)
    var library = MustacheLibrary()
    library.register(try MustacheTemplate(string: "{{#rows}}{{id}}{{/rows}}"), named: "t")
    #expect(library.render(TemplateNode(["rows": list]), withTemplate: "t") == "R-1R-2R-3")
    #expect(counter.count == 3)
  }

  private final class Counter {
    var count = 0
  }
}
