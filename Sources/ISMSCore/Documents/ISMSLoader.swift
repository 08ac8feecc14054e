import Foundation

/// The model read from a snapshot and the problems met while reading it.
public struct ISMSLoadResult: Sendable {
  /// The documents that could be read (with at least an `id` and a known `kind`).
  public let isms: ISMS
  /// Read, YAML and schema problems.
  public let diagnostics: [Diagnostic]
}

extension ISMS {
  /// Reads `isms.yml` and every Markdown document with front-matter from `snapshot`.
  ///
  /// Skips files under `templates/`, files in folders (or named) starting with `.`, and Markdown
  /// files without front-matter. Never throws: every problem becomes a diagnostic.
  public static func load(from snapshot: Snapshot) -> ISMSLoadResult {
    var diagnostics: [Diagnostic] = []
    var config: ISMSConfig?
    var documents: [Document] = []
    for entry in snapshot.entries {
      let components = entry.path.split(separator: "/")
      if entry.path == configPath {
        config = loadConfig(entry, snapshot: snapshot, diagnostics: &diagnostics)
        continue
      }
      guard entry.path.lowercased().hasSuffix(".md"), components.first != "templates",
        !components.contains(where: { $0.hasPrefix(".") })
      else { continue }
      if let document = loadDocument(entry, snapshot: snapshot, diagnostics: &diagnostics) {
        documents.append(document)
      }
    }
    if config == nil, !snapshot.entries.contains(where: { $0.path == configPath }) {
      diagnostics.append(
        Diagnostic(
          .error, path: configPath, message: "`isms.yml` is missing at the ISMS root",
          fix: "create `isms.yml` (run `isms init`)", rule: "config"))
    }
    return ISMSLoadResult(
      isms: ISMS(origin: snapshot.origin, config: config, documents: documents), diagnostics: diagnostics)
  }

  private static func read(_ entry: FileEntry, snapshot: Snapshot, limit: Int) throws -> String {
    guard entry.size <= limit else {
      throw FrontMatterError(
        .documentTooLarge, line: nil,
        message: "file is \(entry.size) bytes, more than the limit of \(limit) bytes",
        fix: "split the document or move large content out of the ISMS repository")
    }
    let data: Data
    do {
      data = try snapshot.contents(of: entry.path)
    } catch {
      throw FrontMatterError(
        .syntax, line: nil, message: "file cannot be read: \(error)",
        fix: "check the file exists and is readable")
    }
    return try MarkdownSplitter.decodeText(data, limit: limit)
  }

  private static func loadConfig(_ entry: FileEntry, snapshot: Snapshot, diagnostics: inout [Diagnostic])
    -> ISMSConfig?
  {
    do {
      let text = try read(entry, snapshot: snapshot, limit: FrontMatterLimits.maxFrontMatterBytes)
      let entries = try YAMLReader.parseMapping(text, firstLine: 1)
      var checker = SchemaChecker(path: entry.path)
      checker.check(entries, against: DocumentSchema.config, line: 1)
      diagnostics += checker.diagnostics
      return ISMSConfig(FieldReader(entries))
    } catch let error as FrontMatterError {
      diagnostics.append(diagnostic(error, path: entry.path))
      return nil
    } catch {
      return nil
    }
  }

  private static func loadDocument(_ entry: FileEntry, snapshot: Snapshot, diagnostics: inout [Diagnostic])
    -> Document?
  {
    let split: SplitMarkdown
    let entries: [YAMLEntry]
    do {
      split = try MarkdownSplitter.split(
        read(entry, snapshot: snapshot, limit: FrontMatterLimits.maxDocumentBytes))
      guard let yaml = split.frontMatter else { return nil }
      entries = try YAMLReader.parseMapping(yaml, firstLine: split.frontMatterFirstLine)
    } catch let error as FrontMatterError {
      diagnostics.append(diagnostic(error, path: entry.path))
      return nil
    } catch {
      return nil
    }
    let reader = FieldReader(entries)
    guard let kindText = reader.string("kind"), let kind = DocumentKind(rawValue: kindText) else {
      let written = reader.string("kind")
      diagnostics.append(
        Diagnostic(
          .error, path: entry.path, line: reader.line(of: "kind") ?? 1, field: "kind",
          message: written.map { "unknown kind `\($0)`" } ?? "required field `kind` is missing",
          fix: "set `kind` to one of " + DocumentKind.allCases.map(\.rawValue).joined(separator: ", "),
          rule: "schema"))
      return nil
    }
    var checker = SchemaChecker(path: entry.path)
    checker.check(entries, against: DocumentSchema.fields(for: kind), line: 1)
    diagnostics += checker.diagnostics
    guard let id = reader.string("id") else { return nil }
    return Document(
      id: id, kind: kind, path: entry.path, frontMatter: entries, body: split.body,
      bodyFirstLine: split.bodyFirstLine, references: checker.references)
  }

  private static func diagnostic(_ error: FrontMatterError, path: String) -> Diagnostic {
    Diagnostic(.error, path: path, line: error.line, message: error.message, fix: error.fix, rule: "yaml")
  }
}
