import Foundation

/// The model read from a snapshot and the problems met while reading it.
public struct ISMSLoadResult: Sendable {
  /// The documents that could be read (with at least an `id` and a known `kind`).
  public let isms: ISMS
  /// Read, YAML and schema problems.
  public let diagnostics: [Diagnostic]
}

extension ISMS {
  /// What a load keeps of each document's body.
  public enum BodyLoading: Sendable {
    /// Nothing (every ``Document/body`` is empty), for callers that read only front-matter
    /// (validation, reports): a cached file then needs no read at all.
    case skipped
    /// The text.
    case text
    /// Its fingerprint (``Document/withoutBody()``), for callers that compare versions and read
    /// each body again when they need it, one at a time (packets): the bodies are never all held.
    case fingerprint
  }

  /// Reads `isms.yml` and every Markdown document with front-matter from `snapshot`.
  ///
  /// Skips files under `templates/`, files in folders (or named) starting with `.`, and Markdown
  /// files without front-matter. Never throws: every problem becomes a diagnostic, and so does
  /// every Markdown file left out for another reason (rule `files`): a name no packet path can
  /// hold (an error), an empty file, a symbolic link or a name the snapshot could not list.
  /// - Parameters:
  ///   - bodies: what each document keeps of its body (``BodyLoading``).
  ///   - parsedConfig: `isms.yml` as ``parsedConfig(in:)`` gave it for another snapshot; used
  ///     instead of reading and parsing the file when the blob ids are equal.
  public static func load(
    from snapshot: Snapshot, bodies: BodyLoading = .text, parsedConfig: ParsedConfig? = nil
  )
    -> ISMSLoadResult
  {
    let provider = snapshot as? FrontMatterCacheProviding
    let cache = provider?.frontMatterCache
    // Bodies go into new records only when this load reads them: a load of front-matter alone
    // (validation, the index of `review pr`) would otherwise hold and write every body for
    // nothing; a later load that wants them completes the records.
    let keepBodies = bodies == .text && cache != nil && provider?.frontMatterCacheKeepsBodies == true
    // 1. In path order, on this thread (snapshots need not be thread-safe): read the
    //    configuration, and the bytes (or the read error) of every document, except where a
    //    complete cached record makes the bytes unnecessary.
    var items: [LoadItem] = [.diagnostics(snapshot.skipped.compactMap(skippedDiagnostic))]
    var jobs: [DocumentJob] = []
    var planned: [FileEntry] = []
    var config: ISMSConfig?
    for entry in snapshot.entries {
      if entry.path == configPath {
        var configDiagnostics: [Diagnostic] = []
        config = loadConfig(entry, snapshot: snapshot, parsed: parsedConfig, diagnostics: &configDiagnostics)
        items.append(.diagnostics(configDiagnostics))
        continue
      }
      guard DocumentText.isDocumentPath(entry.path) else { continue }
      if let problem = PacketPaths.problem(forDocument: entry.path) {
        items.append(
          .diagnostics([
            Diagnostic(
              .error, path: entry.path,
              message: "the file name cannot be used (\(problem)), so the document is not read and is "
                + "left out of packets", fix: "rename it (git mv) to a name without control characters",
              rule: "files")
          ]))
        continue
      }
      if entry.size == 0 {
        items.append(
          .diagnostics([
            Diagnostic(
              .warning, path: entry.path, message: "the file is empty, so it is not read as a document",
              fix: "write the document (front-matter with `id` and `kind`) or delete the file", rule: "files")
          ]))
        continue
      }
      let record =
        entry.size <= FrontMatterLimits.maxDocumentBytes
        ? entry.blobID.flatMap { cache?.record(for: $0) } : nil
      items.append(.document(jobs.count))
      jobs.append(DocumentJob(path: entry.path, blobID: entry.blobID, bytes: nil, cachedRecord: record))
      planned.append(entry)
    }
    // 2. In blocks (so that only one block of bytes is held at a time), the documents to read,
    //    then the others: read the bytes the block needs on this thread, then parse and check its
    //    documents on every core.
    let makeRecords = cache != nil
    func needsBytes(_ job: DocumentJob) -> Bool {
      guard let record = job.cachedRecord else { return true }
      return bodies != .skipped && !(keepBodies && FrontMatterRecord.isComplete(record))
    }
    let unread = jobs.indices.filter { needsBytes(jobs[$0]) }
    let order = unread + jobs.indices.filter { !needsBytes(jobs[$0]) }
    var found: [(index: Int, outcome: DocumentOutcome)] = []
    found.reserveCapacity(jobs.count)
    for blockStart in stride(from: 0, to: order.count, by: 1_024) {
      let indices = order[blockStart..<min(order.count, blockStart + 1_024)]
      var block: [DocumentJob] = []
      for index in indices {
        let job = jobs[index]
        guard needsBytes(job) else {
          block.append(job)
          continue
        }
        let bytes: Result<Data, FrontMatterError>
        do {
          bytes = .success(
            try readBytes(planned[index], snapshot: snapshot, limit: FrontMatterLimits.maxDocumentBytes))
        } catch {
          bytes = .failure(error)
        }
        block.append(
          DocumentJob(path: job.path, blobID: job.blobID, bytes: bytes, cachedRecord: job.cachedRecord))
      }
      let load = { (job: DocumentJob) in
        loadDocument(job, makeRecord: makeRecords, keepBodies: keepBodies, bodies: bodies)
      }
      // The count first: the processor count reads cgroup files on its first use, which a review
      // of a few documents need not pay. Documents are cheap and many: chunks of at least 16.
      let loaded =
        block.count <= 32
        ? block.map(load)
        : ParallelMap.map(
          count: block.count,
          chunkSize: max(16, block.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        ) { load(block[$0]) }
      found += zip(indices, loaded).map { (index: $0, outcome: $1) }
    }
    var outcomes = found.sorted { $0.index < $1.index }.map(\.outcome)
    // A cached record that turned out unreadable: read the bytes after all (rare).
    for (index, outcome) in outcomes.enumerated() where outcome.needsBytes {
      let entry = planned[index]
      let bytes: Result<Data, FrontMatterError>
      do {
        bytes = .success(try readBytes(entry, snapshot: snapshot, limit: FrontMatterLimits.maxDocumentBytes))
      } catch {
        bytes = .failure(error)
      }
      let job = DocumentJob(path: entry.path, blobID: entry.blobID, bytes: bytes, cachedRecord: nil)
      jobs[index] = job
      outcomes[index] = loadDocument(job, makeRecord: makeRecords, keepBodies: keepBodies, bodies: bodies)
    }
    // 3. Put the results back in path order, so output never depends on scheduling.
    let blobIDs = jobs.map(\.blobID)
    jobs = []  // the bytes are no longer needed
    if let cache {
      for index in outcomes.indices {
        if let blobID = blobIDs[index], let record = outcomes[index].newRecord {
          cache.store(record, for: blobID)
          outcomes[index].newRecord = nil
        }
      }
      cache.save()
    }
    var diagnostics: [Diagnostic] = []
    var documents: [Document] = []
    for item in items {
      switch item {
      case .diagnostics(let more):
        diagnostics += more
      case .document(let index):
        diagnostics += outcomes[index].diagnostics
        if let document = outcomes[index].document { documents.append(document) }
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

  /// The diagnostic for a file the snapshot does not list, when it could hold documents.
  private static func skippedDiagnostic(_ file: SkippedFile) -> Diagnostic? {
    guard DocumentText.isDocumentPath(file.isFolder ? file.path + "/x.md" : file.path) else { return nil }
    switch file.reason {
    case .symbolicLink:
      return Diagnostic(
        .warning, path: file.path, message: "is a symbolic link; isms never follows links, so it is not read",
        fix: "put the document itself here, or remove the link", rule: "files")
    case .unusableName(let problem):
      return Diagnostic(
        .error, path: file.path,
        message: "the \(file.isFolder ? "folder" : "file") name cannot be used (\(problem)), so "
          + (file.isFolder ? "nothing in it is read" : "the document is not read"),
        fix: "rename it (git mv) to a UTF-8 name without backslashes", rule: "files")
    }
  }

  private enum LoadItem {
    case diagnostics([Diagnostic])
    case document(Int)
  }

  private struct DocumentJob: Sendable {
    let path: String
    let blobID: String?
    /// `nil` when the cached record stands in for them.
    let bytes: Result<Data, FrontMatterError>?
    let cachedRecord: Data?
  }

  private struct DocumentOutcome: Sendable {
    var diagnostics: [Diagnostic] = []
    var document: Document?
    var newRecord: Data?
    var needsBytes = false
  }

  private static func readBytes(_ entry: FileEntry, snapshot: Snapshot, limit: Int) throws(FrontMatterError)
    -> Data
  {
    guard entry.size <= limit else {
      throw FrontMatterError(
        .documentTooLarge, line: nil,
        message: "file is \(entry.size) bytes, more than the limit of \(limit) bytes",
        fix: "split the document or move large content out of the ISMS repository")
    }
    do {
      return try snapshot.contents(of: entry.path)
    } catch {
      throw FrontMatterError(
        .syntax, line: nil, message: "file cannot be read: \(error)",
        fix: "check the file exists and is readable")
    }
  }

  private static func read(_ entry: FileEntry, snapshot: Snapshot, limit: Int) throws -> String {
    try MarkdownSplitter.decodeText(readBytes(entry, snapshot: snapshot, limit: limit), limit: limit)
  }

  /// `isms.yml` of `snapshot` read and parsed, or `nil` when it is missing, not in git, or does
  /// not read or parse (``load(from:bodies:parsedConfig:)`` then reports why).
  public static func parsedConfig(in snapshot: Snapshot) -> ParsedConfig? {
    guard let entry = snapshot.entries.first(where: { $0.path == configPath }), let blobID = entry.blobID,
      let entries = try? configEntries(entry, snapshot: snapshot)
    else { return nil }
    return ParsedConfig(blobID: blobID, entries: entries)
  }

  private static func configEntries(_ entry: FileEntry, snapshot: Snapshot) throws -> [YAMLEntry] {
    let text = try read(entry, snapshot: snapshot, limit: FrontMatterLimits.maxFrontMatterBytes)
    return try YAMLReader.parseMapping(text, firstLine: 1)
  }

  private static func loadConfig(
    _ entry: FileEntry, snapshot: Snapshot, parsed: ParsedConfig?, diagnostics: inout [Diagnostic]
  ) -> ISMSConfig? {
    do {
      let entries =
        if let parsed, parsed.blobID == entry.blobID { parsed.entries } else {
          try configEntries(entry, snapshot: snapshot)
        }
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

  /// What loading says of one document file on its own: the size, text, YAML and schema checks
  /// every document passes, so that a command creating files (`import risks`) refuses what
  /// `validate` would reject, before writing anything.
  public static func check(path: String, bytes: Data) -> [Diagnostic] {
    let job = DocumentJob(path: path, blobID: nil, bytes: .success(bytes), cachedRecord: nil)
    return loadDocument(job, makeRecord: false, keepBodies: false, bodies: .skipped).diagnostics
  }

  private static func loadDocument(
    _ job: DocumentJob, makeRecord: Bool, keepBodies: Bool, bodies: BodyLoading
  ) -> DocumentOutcome {
    var outcome = DocumentOutcome()
    // Without bytes (a cache hit) the body is decoded only when wanted; with bytes it is never
    // needed from the record.
    let cached = job.cachedRecord.flatMap {
      FrontMatterRecord.decode($0, body: bodies != .skipped && job.bytes == nil)
    }
    let entries: [YAMLEntry]
    let body: String
    let bodyFirstLine: Int
    do {
      guard let bytes = job.bytes else {
        // Bytes were skipped because the record is complete, or bodies are not wanted.
        switch cached {
        case nil:
          outcome.needsBytes = true
          return outcome
        case .parsed(let cachedEntries, let line, nil)?:
          guard bodies == .skipped else {
            outcome.needsBytes = true
            return outcome
          }
          entries = cachedEntries
          body = ""
          bodyFirstLine = line
        case .noFrontMatter?:
          return outcome
        case .failed(let error)?:
          throw error
        case .parsed(let cachedEntries, let line, let cachedBody?)?:
          entries = cachedEntries
          body = cachedBody
          bodyFirstLine = line
        }
        return finish(
          job.path, entries: entries, body: body, bodyFirstLine: bodyFirstLine, bodies: bodies,
          outcome: outcome)
      }
      // A read error (not a property of the bytes) is reported as such, and never cached.
      if case .failure(let error) = bytes { throw error }
      if case .noFrontMatter? = cached { return outcome }
      if case .failed(let error)? = cached { throw error }
      let computed: FrontMatterRecord.Outcome
      do {
        let split = try MarkdownSplitter.split(
          MarkdownSplitter.decodeText(bytes.get(), limit: FrontMatterLimits.maxDocumentBytes))
        if let yaml = split.frontMatter {
          if case .parsed(let cachedEntries, let line, _)? = cached, line == split.bodyFirstLine,
            split.frontMatterFirstLine == 2
          {
            computed = .parsed(cachedEntries, bodyFirstLine: line, body: split.body)
          } else {
            let parsed = try YAMLReader.parseMapping(yaml, firstLine: split.frontMatterFirstLine)
            computed = .parsed(parsed, bodyFirstLine: split.bodyFirstLine, body: split.body)
          }
        } else {
          computed = .noFrontMatter
        }
      } catch let error as FrontMatterError {
        computed = .failed(error)
      }
      let complete = job.cachedRecord.map(FrontMatterRecord.isComplete)
      if makeRecord, cached == nil || (keepBodies && complete == false) {
        switch computed {
        case .parsed(let parsedEntries, let line, let text):
          outcome.newRecord = FrontMatterRecord.encode(
            .parsed(parsedEntries, bodyFirstLine: line, body: keepBodies ? text : nil))
        default:
          outcome.newRecord = FrontMatterRecord.encode(computed)
        }
      }
      switch computed {
      case .noFrontMatter:
        return outcome
      case .failed(let error):
        throw error
      case .parsed(let parsedEntries, let line, let text):
        entries = parsedEntries
        bodyFirstLine = line
        body = bodies == .skipped ? "" : text ?? ""
      }
    } catch let error as FrontMatterError {
      outcome.diagnostics.append(diagnostic(error, path: job.path))
      return outcome
    } catch {
      return outcome
    }
    return finish(
      job.path, entries: entries, body: body, bodyFirstLine: bodyFirstLine, bodies: bodies, outcome: outcome)
  }

  /// The kind and schema checks and the ``Document``, from parsed entries.
  private static func finish(
    _ path: String, entries: [YAMLEntry], body: String, bodyFirstLine: Int, bodies: BodyLoading,
    outcome: DocumentOutcome
  ) -> DocumentOutcome {
    var outcome = outcome
    let reader = FieldReader(entries)
    guard let kindText = reader.string("kind"), let kind = DocumentKind(rawValue: kindText) else {
      let written = reader.string("kind")
      outcome.diagnostics.append(
        Diagnostic(
          .error, path: path, line: reader.line(of: "kind") ?? 1, field: "kind",
          message: written.map { "unknown kind `\($0)`" } ?? "required field `kind` is missing",
          fix: "set `kind` to one of " + DocumentKind.allCases.map(\.rawValue).joined(separator: ", "),
          rule: "schema"))
      return outcome
    }
    var checker = SchemaChecker(path: path)
    checker.check(entries, against: DocumentSchema.fields(for: kind), line: 1)
    outcome.diagnostics += checker.diagnostics
    guard let id = reader.string("id") else { return outcome }
    let document = Document(
      id: id, kind: kind, path: path, frontMatter: entries, body: body,
      bodyFirstLine: bodyFirstLine, references: checker.references)
    outcome.document = bodies == .fingerprint ? document.withoutBody() : document
    return outcome
  }

  private static func diagnostic(_ error: FrontMatterError, path: String) -> Diagnostic {
    Diagnostic(.error, path: path, line: error.line, message: error.message, fix: error.fix, rule: "yaml")
  }
}
