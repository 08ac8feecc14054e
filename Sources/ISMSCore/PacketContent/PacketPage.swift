import Foundation

/// One page of a packet besides the documents' own pages: the one table that the packet's
/// sections, navigation, contents, templates and print book are made from, so that a new page is
/// one entry in ``all``.
struct PacketPage: Sendable {
  /// A file made with a page (a CSV table, a heat map).
  struct File: Sendable {
    /// Its path in the packet.
    let path: String
    /// Its line in the index's list of machine-readable files; `nil` when the list leaves it out.
    let description: String?
  }

  /// Its path in the packet.
  let path: String
  /// Its title; `nil` for the packet's own title (the cover).
  let title: String?
  /// Its entry in the navigation of every page.
  let label: String
  /// The Mustache template of its body (`soa` is `templates/packet/soa.mustache`).
  let template: String
  /// The templates of the parts of a body written a part at a time, each rendered once per part
  /// (``PacketAssembly/page(_:title:streaming:)``): a group's heading and one document's log of
  /// `document-control.html`, a row of each table of `risks.html`.
  let parts: [String]

  /// The part template `name`, one of ``parts``: a page's code names the parts it renders rather
  /// than counting on their order in the table.
  func part(_ name: String) -> String {
    precondition(parts.contains(name), "\(template) has no part \(name)")
    return name
  }

  /// Who its packets are for.
  let audience: PacketAudience
  /// The kinds of packet that hold it.
  let kinds: Set<PacketKind>
  /// What the index's contents say of it; `nil` when they do not list it (the cover).
  let contents: String?
  /// The files made with it; the index lists the tables of every page before the pictures.
  let files: [File]
  /// Where the print book places it (0 first); `nil` when the book leaves it out.
  let printPlace: Int?
  /// Makes the page and its files; throws what reading the history throws.
  let make: @Sendable (PacketAssembly, PacketPage) throws -> [PacketFile]

  /// Whether a packet asked for by `request` holds it.
  func isIn(_ request: PacketRequest) -> Bool { audience == request.audience && kinds.contains(request.kind) }

  /// The pages of a packet asked for by `request`, in navigation order.
  static func pages(of request: PacketRequest) -> [PacketPage] { all.filter { $0.isIn(request) } }

  /// The files of every packet, made beside its pages, that the index lists first.
  static let packetFiles = [
    File(
      path: "manifest.json",
      description:
        "every file of the packet with its SHA-256 and size, the source commit, each document's git blob id and the tool version"
    ),
    File(
      path: "packet.json",
      description:
        "how the packet was built: kind, audience, audit, commit, as-of date, the day date-dependent content is judged on, the baseline"
    ),
  ]

  /// Every page, in navigation order.
  static let all: [PacketPage] = [
    PacketPage(
      path: "index.html", title: nil, label: "Contents", template: "index", audience: .auditor,
      contents: nil, printPlace: 0
    ) { assembly, page in [assembly.indexFile(page)] },
    PacketPage(
      path: "index.html", title: nil, label: "Overview", template: "trust", audience: .customer,
      contents: nil, printPlace: 0
    ) { assembly, page in [assembly.trustFile(page)] },
    PacketPage(
      path: "soa.html", title: "Statement of Applicability", template: "soa", audience: .auditor,
      contents:
        "All Annex A controls: applicability, justification, implementation, owner, implementing documents and treated risks.",
      files: [File(path: "soa.csv", description: "the Statement of Applicability")], printPlace: 1
    ) { $0.soaFiles($1) },
    PacketPage(
      path: "risks.html", title: "Risk register and treatment plan", label: "Risks", template: "risks",
      parts: ["risks-row", "risks-treatment"],
      audience: .auditor,
      contents:
        "Every risk with its likelihood, impact, level, treatment and residual level; heat maps before and after treatment; the controls chosen for each risk.",
      files: [
        File(path: "risk-heatmap-before.svg", description: "heat map before treatment"),
        File(path: "risk-heatmap-after.svg", description: "heat map after treatment"),
        File(path: "risks.csv", description: "the risk register"),
        File(path: "risk-treatment-plan.csv", description: "risks and the controls treating them"),
      ], printPlace: 2
    ) { $0.riskFiles($1) },
    PacketPage(
      path: "records.html", title: "Records", label: "Records", template: "records", audience: .auditor,
      contents:
        "Certification cycles, audits, nonconformities and corrective actions, management reviews, objectives, measurements, competence and suppliers.",
      files: [File(path: "nonconformities.csv", description: "the nonconformity and corrective-action log")],
      printPlace: 3
    ) { $0.recordFiles($1) },
    PacketPage(
      path: "document-control.html", title: "Document control log", label: "Document control",
      template: "document-control", parts: ["document-control-group", "document-control-log"],
      audience: .auditor,
      contents:
        "Every version of every document in this packet from git: who changed it, who approved it and when.",
      files: [
        File(path: "document-control.csv", description: "every commit of every document in the packet")
      ],
      printPlace: 5
    ) { try $0.documentControlFiles($1) },
    PacketPage(
      path: "changes.html", title: "Changes since the previous external audit",
      label: "Changes since last audit", template: "changes", audience: .auditor,
      contents: "Documents added, removed and changed, with dates, from git.",
      files: [File(path: "changes.csv", description: "changes since the previous external audit")],
      printPlace: 4
    ) { $0.changeFiles($1) },
    PacketPage(
      path: "soc2-description.html", title: "System description", template: "soc2-description",
      audience: .auditor, kinds: [.soc2],
      contents:
        "The system described under the headings of the description criteria, from the repository; the parts only management can write are marked to be completed.",
      printPlace: 6
    ) { [$0.soc2DescriptionFile($1, $0.soc2Coverage)] },
    PacketPage(
      path: "soc2-assertion.html", title: "Management's assertion", template: "soc2-assertion",
      audience: .auditor, kinds: [.soc2],
      contents: "A template of management's assertion for the report type and period, to complete and sign.",
      printPlace: 7
    ) { [$0.soc2AssertionFile($1, $0.soc2Coverage)] },
    PacketPage(
      path: "soc2-matrix.html", title: "SOC 2 control matrix", template: "soc2-matrix", audience: .auditor,
      kinds: [.soc2],
      contents:
        "Every criterion in scope with the controls and clauses mapped to it, their description and design status.",
      files: [File(path: "soc2-matrix.csv", description: "the SOC 2 control matrix")], printPlace: 8
    ) { $0.soc2MatrixFiles($1, $0.soc2Coverage) },
    PacketPage(
      path: "soc2-evidence.html", title: "Evidence index", template: "soc2-evidence", audience: .auditor,
      kinds: [.soc2],
      contents:
        "Every evidence record of the control activities: what it covers, its attachments with SHA-256, its exceptions.",
      files: [File(path: "soc2-evidence.csv", description: "the evidence index")], printPlace: 9
    ) { $0.soc2EvidenceFiles($1) },
    PacketPage(
      path: "soc2-changes.html", title: "Changes in the period", template: "soc2-changes", audience: .auditor,
      kinds: [.soc2], contents: "Documents added, removed and changed during the report period, from git.",
      files: [File(path: "soc2-changes.csv", description: "changes in the report period")],
      printPlace: 10
    ) { $0.soc2ChangeFiles($1) },
  ]
}

extension PacketPage {
  /// A page; its navigation label is its title unless given, and every kind of packet of its
  /// audience holds it unless `kinds` says otherwise.
  init(
    path: String, title: String?, label: String? = nil, template: String, parts: [String] = [],
    audience: PacketAudience,
    kinds: Set<PacketKind> = Set(PacketKind.allCases), contents: String?, files: [File] = [],
    printPlace: Int? = nil,
    make: @escaping @Sendable (PacketAssembly, PacketPage) throws -> [PacketFile]
  ) {
    self.path = path
    self.title = title
    self.label = label ?? title ?? ""
    self.template = template
    self.parts = parts
    self.audience = audience
    self.kinds = kinds
    self.contents = contents
    self.files = files
    self.printPlace = printPlace
    self.make = make
  }
}
