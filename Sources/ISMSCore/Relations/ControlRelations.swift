/// Which documents implement and which risks are treated by each Annex A control, derived once
/// from the loaded ISMS.
///
/// Each relation is entered once, on the side that points at the control: a policy's,
/// procedure's or plan's `controls:` links it to the controls it implements, a risk's
/// `controls:` to the controls treating it (and a supplier's `controls:` to the controls it
/// concerns, read from the supplier). A control file holds only its SoA decision. The
/// `policies:` and `risks:` that older versions had written into control files are read here and
/// nowhere else: their links still count while a repository is being migrated
/// (`isms migrate relations` moves them to the other side), and where they disagree with the other
/// side, ``disagreements`` says so.
public struct ControlRelations: Sendable {
  /// The two fields a control file may still hold from before relations were entered once.
  public enum LegacyField: String, Sendable, Hashable, CaseIterable, Codable {
    /// Implementing documents; the source is the documents' `controls:`.
    case policies
    /// Treated risks; the source is the risks' `controls:`.
    case risks
  }

  /// A link on one side only, while a control file still holds a ``LegacyField``.
  public struct Disagreement: Sendable, Hashable {
    /// The control id.
    public let control: String
    /// The control's file.
    public let path: String
    /// The control's field.
    public let field: LegacyField
    /// The line of `field` in the control's file.
    public let line: Int
    /// The document or risk on the other side.
    public let target: String
    /// Its file.
    public let targetPath: String
    /// `true` when only the control names `target`; `false` when only `target` names the control.
    public let onControlSideOnly: Bool
  }

  /// Control id → ids of the documents implementing it, in natural order.
  private let documentsByControl: [String: [String]]
  /// Control id → ids of the risks it treats, in natural order.
  private let risksByControl: [String: [String]]
  /// Links written on one side only, in control order.
  public let disagreements: [Disagreement]
  /// The control files that still hold `policies:` or `risks:`.
  public let legacyControls: [Document]

  /// Derives the relations of `isms`.
  public init(isms: ISMS) {
    var documents: [String: Set<String>] = [:]
    var risks: [String: Set<String>] = [:]
    for document in isms.documents {
      if let controlled = document.controlled, controlled.status != .retired {
        for control in controlled.controls { documents[control, default: []].insert(document.id) }
      } else if let risk = document.risk {
        for control in risk.controls { risks[control, default: []].insert(document.id) }
      }
    }
    var disagreements: [Disagreement] = []
    var legacy: [Document] = []
    for control in isms.documents(of: .control) {
      let held = LegacyField.allCases.filter { control.line(of: $0.rawValue) != nil }
      guard !held.isEmpty else { continue }
      legacy.append(control)
      for field in held {
        let derived = field == .policies ? documents[control.id] ?? [] : risks[control.id] ?? []
        let found = Self.disagreements(of: control, field: field, derived: derived, isms: isms)
        disagreements += found
        for link in found where link.onControlSideOnly {
          if field == .policies {
            documents[control.id, default: []].insert(link.target)
          } else {
            risks[control.id, default: []].insert(link.target)
          }
        }
      }
    }
    documentsByControl = documents.mapValues { NaturalOrder.sorted($0) }
    risksByControl = risks.mapValues { NaturalOrder.sorted($0) }
    self.disagreements = disagreements
    legacyControls = legacy
  }

  /// The ids of the documents (policies, procedures, plans; retired ones left out) implementing
  /// `control`, in natural order.
  public func documents(implementing control: String) -> [String] { documentsByControl[control] ?? [] }

  /// The ids of the risks `control` treats, in natural order.
  public func risks(treatedBy control: String) -> [String] { risksByControl[control] ?? [] }

  /// The links of `control`'s `field` that the other side lacks, and the reverse. A name that is
  /// no document (or a retired or wrong-kind one) is left to the reference and schema checks.
  private static func disagreements(
    of control: Document, field: LegacyField, derived: Set<String>, isms: ISMS
  ) -> [Disagreement] {
    let line = control.line(of: field.rawValue) ?? 1
    let named = control.fields.strings(field.rawValue)
    var result: [Disagreement] = []
    for id in named where !derived.contains(id) {
      guard let target = isms.document(id: id), Self.holds(field, target) else { continue }
      result.append(
        Disagreement(
          control: control.id, path: control.path, field: field, line: line, target: id,
          targetPath: target.path, onControlSideOnly: true))
    }
    for id in NaturalOrder.sorted(derived.subtracting(named)) {
      guard let target = isms.document(id: id) else { continue }
      result.append(
        Disagreement(
          control: control.id, path: control.path, field: field, line: line, target: id,
          targetPath: target.path, onControlSideOnly: false))
    }
    return result
  }

  /// Whether `target` is a document `field` can link: a live policy, procedure or plan for
  /// `policies`, a risk for `risks`.
  private static func holds(_ field: LegacyField, _ target: Document) -> Bool {
    switch field {
    case .policies: target.controlled.map { $0.status != .retired } ?? false
    case .risks: target.kind == .risk
    }
  }
}
