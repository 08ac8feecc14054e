import Foundation

/// The files of an audit packet (everything but `manifest.json`), made from the ISMS at one
/// commit: pure, deterministic, and safe to open.
///
/// Auditor packets hold `index.html` (cover and contents), the Statement of Applicability, the
/// risk register and treatment plan with heat maps, the records, the document control log, the
/// changes since the previous external audit, one page per document under `documents/`, the
/// source of every document under `source/`, the CSV files, and `packet.json`. Customer packets
/// (the trust pack, docs/trust-pack.md) hold `index.html` (scope, certificates, SOC 2 reports,
/// audits held, controls in place and excluded, subprocessors and their history, the approval),
/// the public documents and their sources, and `packet.json`.
public enum PacketContent {
  /// The documents a packet holds; `since` is the last day of the previous external audit.
  public static func selection(for request: PacketRequest, isms: ISMS, since: Day?) -> PacketSelection {
    PacketSelection(isms: isms, kind: request.kind, audience: request.audience, since: since)
  }

  /// Every file of the packet except `manifest.json`, sorted by path, in memory; the source of
  /// each document is taken from ``PacketSources/fileContents``.
  /// - Throws: ``PacketContentError`` when a template is missing or invalid.
  public static func files(for request: PacketRequest, sources: PacketSources) throws(PacketContentError)
    -> [PacketFile]
  {
    var files: [PacketFile] = []
    do {
      try produce(for: request, sources: sources, sourceBytes: { $0.map { sources.fileContents[$0] } }) {
        files += $0
      }
    } catch let error as PacketContentError {
      throw error
    } catch {
      // Reading from the dictionary and collecting files cannot fail.
      preconditionFailure("\(error)")
    }
    return files
  }

  /// Every file of the packet except `manifest.json`, handed to `write` in batches in path order
  /// as they are made, so that the whole packet is never in memory; `sourceBytes` reads the
  /// source of each document (by its path in the ISMS) for a batch, `nil` for one it cannot.
  /// - Throws: ``PacketContentError`` when a template is missing or invalid, and what
  ///   `sourceBytes` and `write` throw.
  public static func produce(
    for request: PacketRequest, sources: PacketSources, sourceBytes: ([String]) throws -> [Data?],
    batchSize: Int = 256, write: ([PacketFile]) throws -> Void
  ) throws {
    let selection = selection(for: request, isms: sources.isms, since: sources.baseline?.day)
    let assembly = try PacketAssembly(request: request, sources: sources, selection: selection)
    let sections = PacketPage.pages(of: request)
    // Sections and pages are independent (cmark-gfm and Mustache rendering are thread-safe), so
    // they are made on all cores; the sections (a few files) wait in memory for their turn.
    var made = ParallelMap.map(count: sections.count) { sections[$0].make(assembly, sections[$0]) }
      .flatMap { $0 }
    made.append(PacketFile(path: "packet.json", contents: buildRecord(request, sources: sources)))
    let documents = selection.all
    let rendering = DocumentRendering(pages: assembly.pages, documents: documents)
    var slots = made.indices.map { (path: made[$0].path, slot: Slot.made($0)) }
    for index in documents.indices {
      slots.append((documents[index].packetPagePath, .page(index)))
      slots.append((PacketPaths.source(documents[index].path), .source(index)))
    }
    slots.sort { PacketPath.precedes($0.path, $1.path) }
    var start = 0
    while start < slots.count {
      let batch = slots[start..<min(slots.count, start + batchSize)]
      start = batch.endIndex
      var read: [Int: Data] = [:]
      let wanted = batch.compactMap { if case .source(let index) = $0.slot { index } else { nil } }
      for (index, data) in zip(wanted, try sourceBytes(wanted.map { documents[$0].path })) {
        read[index] = data
      }
      let pages = ParallelMap.map(count: batch.count) { offset -> PacketFile? in
        guard case .page(let index) = batch[batch.startIndex + offset].slot else { return nil }
        return assembly.documentPage(documents[index], rendering: rendering)
      }
      var files: [PacketFile] = []
      for (slot, page) in zip(batch, pages) {
        switch slot.slot {
        case .made(let index):
          files.append(made[index])
          made[index].contents = Data()
        case .page: if let page { files.append(page) }
        case .source(let index):
          guard let data = read[index] else { continue }
          let path = documents[index].path
          files.append(
            PacketFile(
              path: slot.path, contents: data, blobID: sources.blobIDs[path], sourcePath: path))
        }
      }
      try write(files)
    }
  }

  /// Where a file of the packet comes from: made with the sections, a document's page, or its source.
  private enum Slot {
    case made(Int)
    case page(Int)
    case source(Int)
  }

  /// Whether a packet holds a document classified confidential (and should be readable by its
  /// owner only).
  public static func isConfidential(_ request: PacketRequest, isms: ISMS, since: Day?) -> Bool {
    selection(for: request, isms: isms, since: since).containsConfidential
  }

  private static func buildRecord(_ request: PacketRequest, sources: PacketSources) -> Data {
    let record = PacketBuildRecord(request: request, baseline: sources.baseline)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let data = (try? encoder.encode(record)) ?? Data()
    return data + Data("\n".utf8)
  }
}
