import Foundation
import Testing

@testable import ISMSCore

@Suite struct YAMLReaderTests {
  func problem(_ yaml: String) -> (FrontMatterError.Problem, Int?)? {
    do {
      _ = try YAMLReader.parse(yaml, firstLine: 2)
      return nil
    } catch let error as FrontMatterError {
      return (error.problem, error.line)
    } catch {
      return nil
    }
  }

  @Test func keepsScalarTextAndLines() throws {
    let entries = try YAMLReader.parseMapping(
      "version: 2.10\nanswer: no\nday: 2026-03-01\nq: \"2026-03-01\"", firstLine: 2)
    #expect(entries.map(\.key) == ["version", "answer", "day", "q"])
    #expect(entries.map(\.line) == [2, 3, 4, 5])
    #expect(entries[0].value.text == "2.10")
    #expect(entries[1].value.text == "no")
    let reader = FieldReader(entries)
    #expect(reader.day("day") == Day("2026-03-01"))
    #expect(reader.day("q") == Day("2026-03-01"))
  }

  @Test func duplicateKeyNamesBothLines() throws {
    let error = try #require(throws: FrontMatterError.self) {
      try YAMLReader.parse("id: A\ntitle: B\nid: C\n", firstLine: 2)
    }
    #expect(error.problem == .duplicateKey)
    #expect(error.message.contains("lines 2 and 4"))
  }

  @Test(arguments: [
    "a: &x [1, 2]\nb: *x", "a: &x 1", "base: {a: 1}\nother:\n  <<: {b: 2}", "- &a x\n- *a",
  ])
  func refusesAnchorsAliasesAndMerges(yaml: String) {
    #expect(problem(yaml)?.0 == .anchorOrAlias)
  }

  @Test func allowsAmpersandAndStarInText() throws {
    let entries = try YAMLReader.parseMapping(
      "title: R&D * ops\nnote: 'a *b'\nlong: |\n  * bullet &x\n", firstLine: 2)
    #expect(entries.count == 3)
  }

  @Test func billionLaughsFailsFast() {
    var yaml = "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
    for level in 1...30 {
      let previous = "*a\(level - 1)"
      yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]\n"
    }
    yaml += "? *a30\n: boom\n"
    let clock = ContinuousClock()
    let elapsed = clock.measure { #expect(problem(yaml)?.0 == .anchorOrAlias) }
    #expect(elapsed < .seconds(1))
  }

  @Test(arguments: [
    String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000),
    "a: " + String(repeating: "- ", count: 40) + "x",
    (0..<40).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " v",
  ])
  func refusesDeepNesting(yaml: String) {
    #expect(problem(yaml)?.0 == .tooDeep)
  }

  @Test func refusesTooManyNodes() {
    let yaml =
      "list: [" + Array(repeating: "1", count: FrontMatterLimits.maxNodes + 5).joined(separator: ",") + "]"
    #expect(problem(yaml)?.0 == .tooManyNodes)
  }

  @Test(arguments: [
    ("a: !!int 5", FrontMatterError.Problem.tag), ("a: [1, 2", .syntax), ("- a\n- b", .notAMapping),
  ])
  func refusesOtherBadYAML(yaml: String, expected: FrontMatterError.Problem) {
    do {
      _ = try YAMLReader.parseMapping(yaml, firstLine: 2)
      Issue.record("expected \(expected)")
    } catch let error as FrontMatterError {
      #expect(error.problem == expected)
      #expect(error.line != nil)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}
