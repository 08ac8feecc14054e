import Testing

/// The test helpers must find what they are meant to rule out, or the safety tests prove nothing.
@Suite struct HTMLTagsTests {
  @Test func findsRealTagsAndEventHandlers() {
    let html = "<p>a &lt;b&gt;</p><IMG src='x' OnError=alert(1)><a title=\"x onclick=y\" href=z>"
    #expect(tags(in: html).count == 4)
    #expect(containsTag("img", in: html))
    #expect(!containsTag("b", in: html))
    #expect(containsEventHandler(in: html))
    #expect(attributeNames(of: "<a title=\"x onclick=y\" href=z>") == ["title", "href"])
    #expect(!containsEventHandler(in: "<a title=\"x onclick=y\" href=z>"))
  }
}
