import Foundation

extension DocumentText {
  /// ``read(_:path:)`` of each version of a file (its blob id and path), in order, parsed on
  /// every core.
  ///
  /// With a `cache`, a blob read before (by any command that keeps its versions there) is neither
  /// read nor parsed again: the record holds what ``parse(_:path:)`` made of its bytes, body
  /// included. Versions of a document's history are what make `isms review log` slow on a long
  /// history, and they never change.
  /// - Parameter bytes: reads a blob; called on this thread only, for versions not in the cache.
  /// - Throws: what `bytes` throws.
  public static func readAll(
    versions: [(blobID: String, path: String)], cache: FrontMatterCache?, bytes: (String) throws -> Data
  ) throws -> [Document?] {
    var documents: [Document?] = []
    documents.reserveCapacity(versions.count)
    // In blocks, so that only one block of bytes is held at a time.
    for start in stride(from: 0, to: versions.count, by: 1_024) {
      let block = versions[start..<min(versions.count, start + 1_024)]
      var jobs: [(record: Data?, data: Data?)] = []
      jobs.reserveCapacity(block.count)
      for version in block {
        if let record = cache?.record(for: version.blobID), FrontMatterRecord.isComplete(record) {
          jobs.append((record, nil))
        } else {
          jobs.append((nil, try bytes(version.blobID)))
        }
      }
      var results = ParallelMap.map(count: jobs.count) { index in
        read(jobs[index], path: block[block.startIndex + index].path)
      }
      for (index, result) in results.enumerated() {
        let version = block[block.startIndex + index]
        if result.damaged {
          // A record that could not be decoded: read the bytes after all (rare).
          results[index] = read((nil, try bytes(version.blobID)), path: version.path)
        }
        if let record = results[index].record { cache?.store(record, for: version.blobID) }
        documents.append(results[index].document)
      }
    }
    cache?.save()
    return documents
  }

  /// One version from its cached record or its bytes, with the record to cache for bytes.
  private static func read(_ job: (record: Data?, data: Data?), path: String)
    -> (document: Document?, record: Data?, damaged: Bool)
  {
    if let record = job.record {
      guard let outcome = FrontMatterRecord.decode(record) else { return (nil, nil, true) }
      return (document(outcome, path: path), nil, false)
    }
    guard let data = job.data else { return (nil, nil, false) }
    let outcome: FrontMatterRecord.Outcome
    do {
      let split = try MarkdownSplitter.split(MarkdownSplitter.decodeText(data))
      if let yaml = split.frontMatter {
        let entries = try YAMLReader.parseMapping(yaml, firstLine: split.frontMatterFirstLine)
        outcome = .parsed(entries, bodyFirstLine: split.bodyFirstLine, body: split.body)
      } else {
        outcome = .noFrontMatter
      }
    } catch let error as FrontMatterError {
      outcome = .failed(error)
    } catch {
      // Not a property of the bytes alone: not cached.
      return (nil, nil, false)
    }
    return (document(outcome, path: path), FrontMatterRecord.encode(outcome), false)
  }

  private static func document(_ outcome: FrontMatterRecord.Outcome, path: String) -> Document? {
    guard case .parsed(let entries, let bodyFirstLine, let body?) = outcome else { return nil }
    return document(entries, body: body, bodyFirstLine: bodyFirstLine, path: path)
  }
}
