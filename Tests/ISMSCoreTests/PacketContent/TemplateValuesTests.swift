import Mustache
import Testing

@testable import ISMSCore

@Suite("Packet template contexts render as plain Swift values do")
struct TemplateValuesTests {
  /// A context holding every kind of value the packet passes, each where a template could use it.
  let context: TemplateContext = [
    "title": "Risk <A> & \"B\"", "empty": "", "missing": Absent(), "yes": true, "no": false, "count": 3,
    "html": "<em>kept</em>", "names": ["carol", "alice", "bob"], "none": [String](),
    "rows": [
      ["id": "R-1", "href": "risks/R-1.html", "tags": ["b", "a"]],
      ["id": "R-2", "href": Absent(), "title": "inner title"],
    ] as [TemplateContext],
    "owner": ["name": "Ana", "team": ["lead": "Ben"] as TemplateContext] as TemplateContext,
    "mixed": ["text", 2, true] as [Any],
  ]

  /// Tags of every kind: escaped and raw values, sections and inverted sections over strings,
  /// booleans, numbers, absent values, lists and contexts, dotted names, `{{.}}`, lookups that fall
  /// through to enclosing contexts, and swift-mustache's transforms.
  let template = """
    {{title}}|{{{title}}}|{{&html}}|{{#title}}[{{.}}]{{/title}}|{{#empty}}E{{/empty}}{{^empty}}e{{/empty}}|\
    {{#missing}}M{{/missing}}{{^missing}}m{{/missing}}|{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}|\
    {{count}}{{#count}}C{{/count}}|{{#names}}{{.}},{{/names}}|{{^none}}no names{{/none}}|\
    {{#rows}}<{{id}} {{#href}}{{href}}:{{id}}:{{title}}{{/href}}{{^href}}nohref{{/href}} {{title}} {{#tags}}{{.}}{{/tags}}>{{/rows}}|\
    {{owner.name}}/{{owner.team.lead}}/{{#owner}}{{name}}{{#team}}{{lead}}{{name}}{{/team}}{{/owner}}|\
    {{#mixed}}({{.}}){{/mixed}}|{{uppercased(title)}}|{{reversed(id)}}|{{count(names)}}|\
    {{#sorted(names)}}{{.}}{{/sorted(names)}}|{{first(names)}}|{{#empty(none)}}empty{{/empty(none)}}|\
    {{#rows}}{{#first()}}first:{{/first()}}{{#last()}}last:{{/last()}}{{capitalized(id)}}{{/rows}}|\
    {{count(owner)}}|{{#empty(empty)}}blank{{/empty(empty)}}|{{> part}}
    """

  func rendered(_ value: Any) throws -> String {
    var library = MustacheLibrary()
    library.register(try MustacheTemplate(string: template), named: "t")
    library.register(try MustacheTemplate(string: "{{#rows}}{{id}}{{/rows}} {{title}}"), named: "part")
    return try #require(library.render(value, withTemplate: "t"))
  }

  @Test("every tag renders the same bytes from the prepared context as from the plain one")
  func sameBytes() throws {
    let plain = try rendered(context)
    let prepared = try rendered(TemplateNode(context))
    #expect(prepared == plain)
    // The oracle itself renders what the template asks for, so the comparison is not vacuous.
    #expect(plain.hasPrefix("Risk &lt;A&gt; &amp; &quot;B&quot;|Risk <A> & \"B\"|<em>kept</em>|"))
    let outerTitle = "Risk &lt;A&gt; &amp; &quot;B&quot;"
    #expect(
      plain.contains(
        "|carol,alice,bob,|no names|<R-1 risks/R-1.html:R-1:\(outerTitle) \(outerTitle) ba><R-2 nohref inner title >|"
      ))
    #expect(plain.contains("|Ana/Ben/AnaBenAna|(text)(2)(true)|RISK &lt;A&gt; &amp; &quot;B&quot;|"))
    #expect(plain.contains("|3|alicebobcarol|carol|empty|"))
    #expect(plain.hasSuffix("|blank|R-1R-2 Risk &lt;A&gt; &amp; &quot;B&quot;"))
  }
}
