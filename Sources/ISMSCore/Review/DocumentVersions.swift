import Foundation

/// Reads many versions of documents from git blobs (document histories), through the
/// front-matter cache when there is one.
///
/// What reading a blob gives is a function of its bytes, so a version whose blob already has a
/// complete record in the cache (front-matter and body) is neither read nor parsed; every version
/// parsed here is recorded, with its body, for the next run. Each result is exactly what
/// ``DocumentText/read(_:path:)`` gives for the blob's bytes.
public enum DocumentVersions {
  /// The document each of `versions` holds, in order (`nil` as for ``DocumentText/read(_:path:)``).
  /// - Parameters:
  ///   - cache: where to look records up and store new ones (saved at the end); `nil` for none.
  ///   - bytes: the bytes of blobs by id, in order; called on this thread only, for the versions
  ///     the cache does not hold. Its errors propagate.
  public static func read(
    _ versions: [(blobID: String, path: String)], cache: FrontMatterCache?, bytes: ([String]) throws -> [Data]
  ) throws -> [Document?] {
    var documents: [Document?] = []
    documents.reserveCapacity(versions.count)
    // In blocks, so that only one block of bytes is held at a time.
    for start in stride(from: 0, to: versions.count, by: 1_024) {
      let block = Array(versions[start..<min(versions.count, start + 1_024)])
      var inputs = [Input](repeating: .bytes(Data()), count: block.count)
      var unread: [Int] = []
      for (index, version) in block.enumerated() {
        if let record = cache?.record(for: version.blobID), FrontMatterRecord.isComplete(record) {
          inputs[index] = .record(record)
        } else {
          unread.append(index)
        }
      }
      for (index, data) in zip(unread, try bytes(unread.map { block[$0].blobID })) { inputs[index] = .bytes(data) }
      var outputs = ParallelMap.map(count: block.count) { index in
        output(of: inputs[index], path: block[index].path)
      }
      // A damaged record (it passed the file's checksum, so hardly ever): read the blob after all.
      for index in outputs.indices where outputs[index].needsBytes {
        let data = try bytes([block[index].blobID])
        outputs[index] = output(of: .bytes(data.first ?? Data()), path: block[index].path)
      }
      for (version, output) in zip(block, outputs) {
        if let record = output.newRecord { cache?.store(record, for: version.blobID) }
        documents.append(output.document)
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
      guard let outcome = FrontMatterRecord.decode(record) else { return Output(needsBytes: true) }
      return Output(document: document(outcome, path: path))
    case .bytes(let data):
      guard let outcome = outcome(of: data) else { return Output() }
      return Output(document: document(outcome, path: path), newRecord: FrontMatterRecord.encode(outcome))
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
