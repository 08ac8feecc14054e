/// The Statement of Applicability as rows, one per Annex A control of the framework, in catalog order.
public struct SoAReport: Sendable, Hashable, Codable {
  /// One SoA row.
  public struct Row: Sendable, Hashable, Codable {
    /// The control id.
    public let id: String
    /// The document title, else the catalog title.
    public let title: String
    /// The catalog theme (2022 only; empty otherwise).
    public let theme: String
    /// applicable, excluded, undecided, or `missing` when the control has no file.
    public let applicability: String
    /// The justification.
    @NullEncoded public var justification: String?
    /// The implementation status.
    @NullEncoded public var implementation: String?
    /// The owner's person id.
    @NullEncoded public var owner: String?
    /// The documents implementing it: the policies, procedures and plans whose `controls:` name it
    /// (``ControlRelations``).
    public let policies: [String]
    /// The risks it treats: the risks whose `controls:` name it.
    public let risks: [String]
    /// The control's file, when it exists.
    @NullEncoded public var path: String?

    private enum CodingKeys: String, CodingKey {
      case id, title, theme, applicability, justification, implementation, owner, policies, risks, path
    }
  }

  /// The framework of the rows.
  public let framework: Framework
  /// The rows.
  public let rows: [Row]

  /// Builds the SoA of `isms` against the catalog of its framework.
  public init(isms: ISMS, catalogs: Catalogs) {
    let framework = isms.config?.framework ?? .iso27001_2022
    self.framework = framework
    let relations = ControlRelations(isms: isms)
    var controls: [String: Document] = [:]
    for document in isms.documents(of: .control) where controls[document.id] == nil {
      controls[document.id] = document
    }
    rows = catalogs.controlIDs(for: framework).map { id in
      let document = controls[id]
      let entry = document?.soaEntry
      return Row(
        id: id, title: entry?.title ?? catalogs.controlTitle(id, in: framework) ?? id,
        theme: framework == .iso27001_2022 ? catalogs.control(id)?.theme ?? "" : "",
        applicability: document == nil ? "missing" : entry?.applicability?.rawValue ?? "undecided",
        justification: entry?.justification, implementation: entry?.implementation?.rawValue,
        owner: entry?.owner,
        policies: relations.documents(implementing: id), risks: relations.risks(treatedBy: id),
        path: document?.path)
    }
  }
}
