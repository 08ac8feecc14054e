import Foundation

/// The files of an audit packet (everything but `manifest.json`), made from the ISMS at one
/// commit: pure, deterministic, and safe to open.
///
/// Auditor packets hold `index.html` (cover and contents), the Statement of Applicability, the
/// risk register and treatment plan with heat maps, the records, the document control log, the
/// changes since the previous external audit, one page per document under `documents/`, the
/// source of every document under `source/`, the CSV files, and `packet.json`. Customer packets
/// hold `index.html` (scope, certificates, audits held, controls in place), the public documents
/// and their sources, and `packet.json`.
public enum PacketContent {
  /// The documents a packet holds; `since` is the last day of the previous external audit.
  public static func selection(for request: PacketRequest, isms: ISMS, since: Day?) -> PacketSelection {
    PacketSelection(isms: isms, kind: request.kind, audience: request.audience, since: since)
  }

  /// Every file of the packet except `manifest.json`, sorted by path.
  /// - Throws: ``PacketContentError`` when a template is missing or invalid.
  public static func files(for request: PacketRequest, sources: PacketSources) throws(PacketContentError)
    -> [PacketFile]
  {
    let selection = selection(for: request, isms: sources.isms, since: sources.baseline?.day)
    let assembly = try PacketAssembly(request: request, sources: sources, selection: selection)
    let sections: [() -> [PacketFile]] =
      switch request.audience {
      case .auditor:
        [
          { [assembly.indexFile()] }, assembly.soaFiles, assembly.riskFiles, assembly.recordFiles,
          assembly.documentControlFiles, assembly.changeFiles, assembly.soc2Files,
        ]
      case .customer: [{ [assembly.trustFile()] }]
      }
    let documents = selection.all
    let rendering = DocumentRendering(pages: assembly.pages, documents: documents)
    // Sections and pages are independent (cmark-gfm and Mustache rendering are thread-safe), so
    // they are made on all cores, the large sections first; the files keep their order.
    let made = ParallelMap.map(count: sections.count + documents.count) { index in
      index < sections.count
        ? sections[index]() : [assembly.documentPage(documents[index - sections.count], rendering: rendering)]
    }
    var files = made.prefix(sections.count).flatMap { $0 }
    for (document, page) in zip(documents, made.dropFirst(sections.count).map { $0[0] }) {
      files.append(page)
      if let data = sources.fileContents[document.path] {
        files.append(
          PacketFile(
            path: PacketPaths.source(document.path), contents: data, blobID: sources.blobIDs[document.path],
            sourcePath: document.path))
      }
    }
    files.append(PacketFile(path: "packet.json", contents: buildRecord(request, sources: sources)))
    return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
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
