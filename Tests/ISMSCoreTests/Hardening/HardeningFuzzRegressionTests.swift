import Foundation
import ISMSCore
import Testing

/// The fuzz seed corpus and every input the fuzzer ever crashed or hung on (Tests/Fuzz/regressions),
/// fed to the parsers: each must end in a value or a ``FrontMatterError``, quickly.
enum FuzzInputs {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fuzz").standardizedFileURL

  /// `(name, bytes)` of every input.
  static let all: [FuzzInput] = ["corpus", "regressions"].flatMap { sub -> [FuzzInput] in
    let url = folder.appendingPathComponent(sub)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.sorted().compactMap { name in
      FileManager.default.contents(atPath: url.appendingPathComponent(name).path).map {
        FuzzInput(name: "\(sub)/\(name)", bytes: $0)
      }
    }
  }
}

/// One input file.
struct FuzzInput: CustomTestStringConvertible, Sendable {
  let name: String
  let bytes: Data
  var testDescription: String { name }
}

@Suite("Hardening: fuzz corpus and regressions")
struct HardeningFuzzRegressionTests {
  @Test("the corpus is there")
  func corpusPresent() {
    #expect(FuzzInputs.all.count >= 10)
  }

  @Test("every input is parsed or refused, never crashes", arguments: FuzzInputs.all)
  func parse(_ input: FuzzInput) throws {
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      if let split = try? MarkdownSplitter.split(input.bytes), let yaml = split.frontMatter {
        _ = try? YAMLReader.parse(yaml, firstLine: split.frontMatterFirstLine)
      }
      let snapshot = InMemorySnapshot(data: [
        "isms.yml": Data("organization: Fuzz\n".utf8), "policies/x.md": input.bytes,
      ])
      _ = ISMS.load(from: snapshot)
      _ = try? FrontMatterEditor.apply([.set("next_review", .string("2027-01-01"))], to: input.bytes)
    }
    #expect(elapsed < .seconds(5), "\(input.name) took \(elapsed)")
  }
}

@Suite("Hardening: front-matter limits and refusals")
struct HardeningFrontMatterTests {
  /// The problem `text` is refused with, if it is.
  func problem(_ text: String) -> FrontMatterError? {
    do {
      let split = try MarkdownSplitter.split(Data(text.utf8))
      _ = try YAMLReader.parseMapping(split.frontMatter ?? "", firstLine: split.frontMatterFirstLine)
      return nil
    } catch let error as FrontMatterError {
      return error
    } catch {
      Issue.record("unexpected error \(error)")
      return nil
    }
  }

  @Test("exactly at the limits is accepted, one over is refused")
  func limits() {
    let deep = (0..<31).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x"
    #expect(problem("---\n\(deep)\n---\n") == nil)
    let deeper =
      (0..<33).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x"
    #expect(problem("---\n\(deeper)\n---\n")?.problem == .tooDeep)
    let many = "x: [" + Array(repeating: "1", count: 9_000).joined(separator: ",") + "]"
    #expect(problem("---\n\(many)\n---\n") == nil)
    let tooMany = "x: [" + Array(repeating: "1", count: 10_001).joined(separator: ",") + "]"
    #expect(problem("---\n\(tooMany)\n---\n")?.problem == .tooManyNodes)
    let big = "t: " + String(repeating: "x", count: FrontMatterLimits.maxFrontMatterBytes - 3)
    #expect(problem("---\n\(big)\n---\n") == nil)
    #expect(problem("---\n\(big)x\n---\n")?.problem == .frontMatterTooLarge)
    let huge = Data(repeating: 0x61, count: FrontMatterLimits.maxDocumentBytes + 1)
    #expect(throws: FrontMatterError.self) { try MarkdownSplitter.split(huge) }
  }

  @Test("anchors hidden in flow collections, keys and quoted text")
  func anchors() {
    #expect(problem("---\na: {k: &x 1, j: *x}\n---\n")?.problem == .anchorOrAlias)
    #expect(problem("---\n? &k key\n: v\n---\n")?.problem == .anchorOrAlias)
    #expect(problem("---\na: [&x 1, *x]\n---\n")?.problem == .anchorOrAlias)
    #expect(problem("---\na: \"&x is text\"\nb: 'and *y'\n---\n") == nil)
    #expect(problem("---\na: b & c * d\n---\n") == nil)
  }

  @Test("a duplicate key after a lone CR is refused, naming both lines as YAML counts them")
  func duplicateAfterLoneCR() {
    let error = problem("---\nid: a\r# note\nid: b\n---\n")
    #expect(error?.problem == .duplicateKey)
    #expect(error?.message.contains("lines 2 and 4") == true, "\(String(describing: error))")
  }

  @Test("a byte-order mark and CRLF are read as if absent")
  func bomAndCRLF() throws {
    let split = try MarkdownSplitter.split(
      Data([0xEF, 0xBB, 0xBF]) + Data("---\r\nid: X\r\n---\r\nbody\r\n".utf8))
    #expect(split.frontMatter == "id: X")
    #expect(split.body == "body\n")
  }

  @Test("CSV quotes a field holding CRLF, which Swift sees as one Character")
  func csvCRLF() {
    #expect(CSV.field("a\r\n=1+1") == "\"a\r\n=1+1\"")
    #expect(CSV.field("=1+1") == "'=1+1")
    #expect(CSV.field("-2") == "'-2")
  }
}
