import Mustache

/// The Mustache templates of a packet, parsed once.
///
/// Templates are named by file: `page.mustache` is rendered as `page`; `packet.css` is the partial
/// `style`. Values are HTML-escaped by `{{x}}`; only HTML the packet produced itself is passed to
/// `{{{x}}}`.
struct PacketTemplates {
  /// The templates every packet needs: the frame of every page, a document's page, and the
  /// body of each ``PacketPage`` and its parts.
  static let required = ["page", "document"] + PacketPage.all.flatMap { [$0.template] + $0.parts }

  private let library: MustacheLibrary

  /// Parses `files` (file name → text).
  /// - Throws: ``PacketContentError`` for a missing or unparsable template.
  init(_ files: [String: String]) throws(PacketContentError) {
    var library = MustacheLibrary()
    var includes: [String: [String]] = [:]
    var sources = Self.required.map { (name: $0, file: $0 + ".mustache") }
    sources.append((name: "style", file: "packet.css"))
    for (name, file) in sources {
      guard let text = files[file] else { throw .missingTemplate(file) }
      try Self.register(text, as: name, file: file, in: &library)
      let partials = TemplatePartials(text)
      if partials.hasDynamicName {
        throw .badTemplate(file, reason: "a partial named at render time ({{>*name}}) is not allowed")
      }
      includes[name] = partials.names
    }
    if let chain = TemplatePartials.problem(in: includes, maxDepth: Self.maxPartialDepth) {
      throw .recursiveTemplate(Self.file(of: chain[0]), chain: chain)
    }
    self.library = library
  }

  /// The deepest chain of partials a packet template may build; the installed ones use 1.
  static let maxPartialDepth = 8

  private static func file(of name: String) -> String { name == "style" ? "packet.css" : name + ".mustache" }

  private static func register(
    _ text: String, as name: String, file: String, in library: inout MustacheLibrary
  ) throws(PacketContentError) {
    do {
      library.register(try MustacheTemplate(string: text), named: name)
    } catch {
      throw .badTemplate(file, reason: String(describing: error))
    }
  }

  /// Renders template `name` with `context`.
  func render(_ name: String, _ context: TemplateContext) -> String {
    guard let text = library.render(TemplateNode(context), withTemplate: name) else {
      preconditionFailure("packet template \(name) was not registered")
    }
    return text
  }
}

/// Why a packet's content could not be made.
public enum PacketContentError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A template file is missing from both the installed and the repository's `templates/packet/`.
  case missingTemplate(String)
  /// A template is not valid Mustache.
  case badTemplate(String, reason: String)
  /// A template includes itself through the partials of `chain`, or `chain` is too deep.
  case recursiveTemplate(String, chain: [String])

  /// One line for the user.
  public var description: String {
    switch self {
    case .missingTemplate(let file):
      "packet template templates/packet/\(file) is missing; reinstall isms or add it to the repository"
    case .badTemplate(let file, let reason):
      "templates/packet/\(file) is not a valid Mustache template (\(reason)); fix or remove the override"
    case .recursiveTemplate(let file, let chain):
      "templates/packet/\(file) includes partials without end (\(chain.joined(separator: " → "))): a template "
        + "may not include itself, and partials nest at most \(PacketTemplates.maxPartialDepth) deep; "
        + "fix or remove the override"
    }
  }
}

/// A Mustache context: keys to strings, numbers, booleans, nested contexts and lists of them.
typealias TemplateContext = [String: Any]

/// A value that is there but empty: renders as nothing, and `{{#key}}` skips it. Unlike a missing
/// key, it stops Mustache from looking the name up in the enclosing contexts.
struct Absent: MustacheCustomRenderable {
  /// Nothing.
  var renderText: String { "" }
  /// Always null, so sections skip it.
  var isNull: Bool { true }
}

extension Dictionary where Key == String, Value == Any {
  /// Sets `key` to `value`, or to ``Absent`` when it is `nil` or empty.
  mutating func put(_ key: String, _ value: String?) {
    if let value, !value.isEmpty { self[key] = value } else { self[key] = Absent() }
  }
}
