import Foundation
import ISMSCore
import MarkdownHTML

/// One fuzzing input through everything that reads contributor-written Markdown: decoding,
/// splitting, YAML, the loader and its schema checks, the front-matter editor and the HTML renderer.
///
/// Errors are the expected outcome for most inputs; only crashes, hangs, sanitizer reports and
/// a flat front-matter read differently from Yams count as findings.
enum FuzzFrontMatter {
  /// A minimal `isms.yml`, so the loader and validator reach the document's fields.
  static let config = """
    organization: Fuzz
    scope: fuzzing
    framework: iso27001:2022
    people:
      - id: ada
        name: Ada
        email: ada@example.test
        roles: [top-management, ciso]

    """

  /// Runs one input.
  static func run(_ data: Data) {
    if let text = try? MarkdownSplitter.decodeText(data), let split = try? MarkdownSplitter.split(text) {
      if let yaml = split.frontMatter {
        _ = try? YAMLReader.parse(yaml, firstLine: split.frontMatterFirstLine)
      }
      _ = MarkdownRenderer.render(split.body)
      _ = try? FrontMatterEditor.apply([.set("next_review", .string("2027-01-01"))], to: text)
    }
    if let text = String(data: data, encoding: .utf8) {
      _ = try? YAMLReader.parse(text, firstLine: 1)
      // FlatYAML must read exactly what Yams reads, lines included: a difference is a finding.
      if let flat = FlatYAML.parse(text, firstLine: 1),
        (try? YAMLReader.parseWithYams(text, firstLine: 1)) != flat
      {
        fatalError("FlatYAML and Yams read \(text.debugDescription) differently")
      }
    }
    let snapshot = FuzzSnapshot(files: ["isms.yml": Data(config.utf8), "policies/fuzz.md": data])
    _ = ISMS.load(from: snapshot)
  }
}

/// Two files in memory.
struct FuzzSnapshot: Snapshot {
  let files: [String: Data]
  var origin: String { "fuzz" }
  var entries: [FileEntry] {
    files.keys.sorted().map { FileEntry(path: $0, blobID: nil, size: files[$0]?.count ?? 0) }
  }

  func contents(of path: String) throws -> Data {
    guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
    return data
  }
}

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatterTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
  FuzzFrontMatter.run(data)
  return 0
}

#if FUZZING
  /// libFuzzer's driver, linked by `-sanitize=fuzzer`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// SwiftPM links an executable's `main` to `<module>_main`; hand control to libFuzzer from there.
  @_cdecl("FuzzFrontMatter_main")
  func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzzFrontMatterTestOneInput($0, $1) }
  }
#else
  /// Without libFuzzer (the normal build): replays the files named on the command line, so that
  /// crashing inputs can be debugged and the corpus checked without sanitizers.
  @main
  enum FuzzReplay {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
          exit(2)
        }
        FuzzFrontMatter.run(data)
      }
    }
  }
#endif
