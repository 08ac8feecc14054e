import Foundation
import MarkdownHTML

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
  /// as they are made, so that the whole packet is never in memory: each page is made when its
  /// batch comes. `sourceBytes` reads the source of each document (by its path in the ISMS) for a
  /// batch, `nil` for one it cannot; the body of a document loaded without its text
  /// (``ISMS/BodyLoading/fingerprint``) is read from its source when its page is made.
  /// - Throws: ``PacketContentError`` when a template is missing or invalid, and what
  ///   `sourceBytes` and `write` throw.
  public static func produce(
    for request: PacketRequest, sources: PacketSources, sourceBytes: ([String]) throws -> [Data?],
    batchSize: Int = 256, write: ([PacketFile]) throws -> Void
  ) throws {
    let selection = selection(for: request, isms: sources.isms, since: sources.baseline?.day)
    let assembly = try PacketAssembly(request: request, sources: sources, selection: selection)
    let sections = PacketPage.pages(of: request)
    let documents = selection.all
    // The bodies of `indices` of `documents`, read from their sources where not loaded.
    func bodies(_ indices: [Int]) throws -> [Int: String] {
      let unread = indices.filter { !documents[$0].hasBodyText }
      var read: [Int: Data] = [:]
      for (index, data) in zip(unread, try sourceBytes(unread.map { documents[$0].path })) {
        read[index] = data
      }
      let texts = ParallelMap.map(count: indices.count) { offset -> String in
        let document = documents[indices[offset]]
        guard !document.hasBodyText else { return document.body }
        return read[indices[offset]].flatMap { try? MarkdownSplitter.split($0).body } ?? ""
      }
      return Dictionary(uniqueKeysWithValues: zip(indices, texts))
    }
    // The rendering budget is spent in packet order, and pages come in path order: the bodies are
    // assessed first, a batch at a time.
    var assessed: [(path: String, assessment: RenderBudget.Assessment)] = []
    for start in stride(from: 0, to: documents.count, by: batchSize) {
      let indices = Array(start..<min(documents.count, start + batchSize))
      let texts = try bodies(indices)
      assessed += indices.map { (documents[$0].path, RenderBudget.assess(texts[$0] ?? "")) }
    }
    let rendering = DocumentRendering(pages: assembly.pages, assessed: assessed)
    var slots: [(path: String, slot: Slot)] = [("packet.json", .record)]
    for (index, section) in sections.enumerated() {
      for path in [section.path] + section.files.map(\.path) { slots.append((path, .section(index))) }
    }
    for index in documents.indices {
      slots.append((documents[index].packetPagePath, .page(index)))
      slots.append((PacketPaths.source(documents[index].path), .source(index)))
    }
    slots.sort { PacketPath.precedes($0.path, $1.path) }
    // The files of sections made and not yet written (a section's files sort next to each other).
    var made: [String: PacketFile] = [:]
    var start = 0
    while start < slots.count {
      let batch = slots[start..<min(slots.count, start + batchSize)]
      start = batch.endIndex
      var due: [Int] = []
      var pages: [Int] = []
      var sourced: [Int] = []
      for (path, slot) in batch {
        switch slot {
        case .record: break
        case .section(let index): if made[path] == nil, !due.contains(index) { due.append(index) }
        case .page(let index): pages.append(index)
        case .source(let index): sourced.append(index)
        }
      }
      let texts = try bodies(pages)
      // Sections first, so that a long one starts before the documents' pages.
      let results = try ParallelMap.map(count: due.count + pages.count) {
        item -> Result<[PacketFile], any Error> in
        if item < due.count { return Result { try sections[due[item]].make(assembly, sections[due[item]]) } }
        let index = pages[item - due.count]
        return .success([
          assembly.documentPage(documents[index], body: texts[index] ?? "", rendering: rendering)
        ])
      }.map { try $0.get() }
      // The sources after the pages, so that their bytes are not held while sections are made.
      var read: [Int: Data] = [:]
      for (index, data) in zip(sourced, try sourceBytes(sourced.map { documents[$0].path })) {
        read[index] = data
      }
      for file in results.prefix(due.count).joined() { made[file.path] = file }
      var pageFiles = results.dropFirst(due.count).map { $0[0] }.makeIterator()
      var files: [PacketFile] = []
      for (path, slot) in batch {
        switch slot {
        case .record: files.append(PacketFile(path: path, contents: buildRecord(request, sources: sources)))
        case .section: if let file = made.removeValue(forKey: path) { files.append(file) }
        case .page: if let page = pageFiles.next() { files.append(page) }
        case .source(let index):
          guard let data = read[index] else { continue }
          let source = documents[index].path
          files.append(
            PacketFile(path: path, contents: data, blobID: sources.blobIDs[source], sourcePath: source))
        }
      }
      try write(files)
    }
  }

  /// Where a file of the packet comes from: `packet.json`, a section (a page of the table and
  /// its files), a document's page, or its source.
  private enum Slot {
    case record
    case section(Int)
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
