import Foundation

/// Reads many versions of documents from git blobs (document histories), through the
/// front-matter cache when there is one.
///
/// What reading a blob gives is a function of its bytes, so a version whose blob already has a
/// complete record in the cache (front-matter and body fingerprint) is neither read nor parsed;
/// every version parsed here is recorded for the next run. Each result is what
/// ``DocumentText/read(_:path:)`` gives for the blob's bytes, without its body
/// (``Document/withoutBody()``): old versions are compared, never shown, and a packet reads
/// every version of every document.
public enum DocumentVersions {
  /// The document each of `versions` holds, in order (`nil` as for ``DocumentText/read(_:path:)``).
  /// - Parameters:
  ///   - cache: where to look records up and store new ones (saved at the end); `nil` for none.
  ///   - bytes: the bytes of blobs by id, in order; called on this thread only, for the versions
  ///     the cache does not hold. Its errors propagate.
  public static func read(
    _ versions: [(blobID: String, path: String)], cache: FrontMatterCache?, bytes: ([String]) throws -> [Data]
  ) throws -> [Document?] {
    var documents = [Document?](repeating: nil, count: versions.count)
    // In blocks, so that only one block of bytes and records is held at a time.
    for start in stride(from: 0, to: versions.count, by: 1_024) {
      let block = Array(start..<min(versions.count, start + 1_024))
      let records = (cache?.records(for: block.map { versions[$0].blobID }) ?? block.map { _ in nil }).map {
        $0.flatMap { FrontMatterRecord.isComplete($0) ? $0 : nil }
      }
      let unread = block.indices.filter { records[$0] == nil }
      var read = try bytes(unread.map { versions[block[$0]].blobID }).makeIterator()
      let inputs = block.indices.map { records[$0].map(Input.record) ?? .bytes(read.next() ?? Data()) }
      var outputs = ParallelMap.map(count: block.count) { position in
        output(of: inputs[position], path: versions[block[position]].path)
      }
      // A damaged record (it passed the file's checksum, so hardly ever): read the blob after all.
      for position in outputs.indices where outputs[position].needsBytes {
        let data = try bytes([versions[block[position]].blobID])
        outputs[position] = output(of: .bytes(data.first ?? Data()), path: versions[block[position]].path)
      }
      for (index, output) in zip(block, outputs) {
        if let record = output.newRecord { cache?.store(record, for: versions[index].blobID) }
        documents[index] = output.document
      }
    }
    cache?.save()
    return documents
  }

  private enum Input {
    case record(Data)
    case bytes(Data)
  }

  private struct Output {
    var document: Document?
    var newRecord: Data?
    var needsBytes = false
  }

  private static func output(of input: Input, path: String) -> Output {
    switch input {
    case .record(let record):
      // The record holds the body's fingerprint where a record of the front-matter cache holds the body.
      guard let outcome = FrontMatterRecord.decode(record) else { return Output(needsBytes: true) }
      guard case .parsed(_, _, let fingerprint?) = outcome else {
        return Output(document: document(outcome, path: path))
      }
      return Output(document: document(outcome, path: path)?.withoutBody(fingerprint: fingerprint))
    case .bytes(let data):
      guard let outcome = outcome(of: data) else { return Output() }
      guard case .parsed(let entries, let bodyFirstLine, let body) = outcome else {
        return Output(document: document(outcome, path: path), newRecord: FrontMatterRecord.encode(outcome))
      }
      let fingerprint = Document.fingerprint(of: body ?? "")
      return Output(
        document: document(outcome, path: path)?.withoutBody(fingerprint: fingerprint),
        newRecord: FrontMatterRecord.encode(.parsed(entries, bodyFirstLine: bodyFirstLine, body: fingerprint))
      )
    }
  }

  /// What the bytes give, body included; `nil` for an error that is not a ``FrontMatterError``
  /// (not a property of the bytes, so never recorded).
  static func outcome(of data: Data) -> FrontMatterRecord.Outcome? {
    do {
      let split = try MarkdownSplitter.split(MarkdownSplitter.decodeText(data))
      guard let yaml = split.frontMatter else { return .noFrontMatter }
      let entries = try YAMLReader.parseMapping(yaml, firstLine: split.frontMatterFirstLine)
      return .parsed(entries, bodyFirstLine: split.bodyFirstLine, body: split.body)
    } catch let error as FrontMatterError {
      return .failed(error)
    } catch {
      return nil
    }
  }

  /// The document of an outcome: `nil` without front-matter, `id` or known `kind`, or on an error.
  static func document(_ outcome: FrontMatterRecord.Outcome, path: String) -> Document? {
    guard case .parsed(let entries, let bodyFirstLine, let body) = outcome else { return nil }
    return DocumentText.document(entries, body: body ?? "", bodyFirstLine: bodyFirstLine, path: path)
  }
}
