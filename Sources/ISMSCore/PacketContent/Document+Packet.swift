extension Document {
  /// The finding fields, when a finding.
  var findingRecord: FindingRecord? {
    if case .finding(let value) = content { return value }
    return nil
  }

  /// The management review fields, when management review minutes.
  var managementReviewRecord: ManagementReviewRecord? {
    if case .managementReview(let value) = content { return value }
    return nil
  }

  /// The cycle fields, when a certification cycle.
  var cycleRecord: CycleRecord? {
    if case .cycle(let value) = content { return value }
    return nil
  }

  /// The title, else the id.
  var displayTitle: String { title ?? id }

  /// The page of the document inside a packet: `documents/<path without .md>.html`.
  var packetPagePath: String { PacketPaths.page(forSource: path) }

  /// The version: `version` of a controlled document, else none.
  var packetVersion: String? { controlled?.version ?? fields.string("version") }

  /// The status field as written (`approved`, `final`, `action_planned`, `applicable`, …).
  var packetStatus: String? {
    kind == .control ? fields.string("applicability") : fields.string("status")
  }
}

/// Where things go inside a packet.
enum PacketPaths {
  /// The page of the document at `source` (relative to the ISMS root).
  static func page(forSource source: String) -> String {
    let stem = source.lowercased().hasSuffix(".md") ? String(source.dropLast(3)) : source
    return "documents/" + stem + ".html"
  }

  /// Why the document at `source` cannot go into a packet (its page or source path breaks
  /// ``PacketPath``'s rules), or `nil` when it can.
  static func problem(forDocument source: String) -> String? {
    PacketPath.problem(with: page(forSource: source)) ?? PacketPath.problem(with: self.source(source))
  }

  /// The copy of the source file at `source`.
  static func source(_ source: String) -> String { "source/" + source }

  /// `../` once per folder of `page`, to reach the top of the packet from it.
  static func rootPrefix(of page: String) -> String {
    String(repeating: "../", count: page.split(separator: "/").count - 1)
  }
}
