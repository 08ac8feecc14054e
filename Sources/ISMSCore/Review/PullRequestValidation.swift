import Foundation

/// The validation `review pr` reports: the head's diagnostics that matter to the change, and the
/// base's ISMS-wide ones to tell new ISMS-wide errors from old.
///
/// Two ways to compute it give the same review: ``full(head:catalogs:today:baseWide:)`` validates
/// the whole head; ``incremental(files:base:approvalIDs:catalogs:today:load:)`` starts from the
/// base's ``ValidationIndex`` and reads only the changed documents and those the rules connect
/// them to.
public struct PullRequestValidation: Sendable {
  /// The head ISMS: whole, or (incremental) the changed documents and their neighbours, which is
  /// all the review looks up.
  public let head: ISMS
  /// The head's diagnostics: all of them, or (incremental) those in changed files and on `isms.yml`.
  public let diagnostics: [Diagnostic]
  /// The base's diagnostics on `isms.yml`; may be empty when the head has no ISMS-wide error.
  public let baseWideDiagnostics: [Diagnostic]

  /// Validates the whole head (`loaded`); `baseWide` gives the base's `isms.yml` diagnostics and is
  /// called only when the head has an ISMS-wide error.
  public static func full(
    head loaded: ISMSLoadResult, catalogs: Catalogs, today: Day, baseWide: () throws -> [Diagnostic]
  ) rethrows -> PullRequestValidation {
    let report = Validator.validate(
      loaded: loaded, origin: loaded.isms.origin, catalogs: catalogs, today: today)
    let wideError = report.diagnostics.contains { $0.path == ISMS.configPath && $0.severity == .error }
    return PullRequestValidation(
      head: loaded.isms, diagnostics: report.diagnostics, baseWideDiagnostics: wideError ? try baseWide() : []
    )
  }

  /// Validates the change against the base's index, or returns `nil` when the change touches
  /// `isms.yml` (everything may depend on it: validate the whole head instead).
  ///
  /// - Parameters:
  ///   - files: the changed files (merge base → head).
  ///   - base: the index of the merge base's ISMS tree.
  ///   - approvalIDs: the document ids approval commits of the change name (looked up in the head).
  ///   - load: loads the head's files at the given paths (as ``ISMS/load(from:)`` does).
  public static func incremental(
    files: [ChangedFile], base: ValidationIndex, approvalIDs: [String], catalogs: Catalogs, today: Day,
    load: (Set<String>) throws -> ISMSLoadResult
  ) rethrows -> PullRequestValidation? {
    guard !files.contains(where: { $0.path == ISMS.configPath || $0.oldPath == ISMS.configPath }) else {
      return nil
    }
    let changed = Set(files.filter { $0.status != .deleted }.map(\.path))
    let changes = try load(changed.union([ISMS.configPath]))
    let documents = changes.isms.documents
    var query = neighbourQuery(documents, files: files, approvalIDs: approvalIDs)
    query.replaced = changed.union(files.map { $0.oldPath ?? $0.path })
    let matches = base.scan(query)
    let neighbours = matches.paths.isEmpty ? [] : try load(matches.paths).isms.documents
    let head = ISMS(
      origin: changes.isms.origin, config: changes.isms.config, documents: documents + neighbours)
    var diagnostics = changes.diagnostics.filter { changed.contains($0.path) }
    diagnostics += Validator(isms: head, catalogs: catalogs, today: today).ruleDiagnostics()
      .filter { changed.contains($0.path) }
    if wideFactsDiffer(matches, documents) {
      let witnesses = try load(matches.witnesses.subtracting(changed)).isms.documents
      let proxy = ISMS(origin: head.origin, config: head.config, documents: documents + witnesses)
      diagnostics += changes.diagnostics.filter { $0.path == ISMS.configPath }
      var validator = Validator(isms: proxy, catalogs: catalogs, today: today)
      validator.unreadablePaths = Set(changes.diagnostics.filter { $0.severity == .error }.map(\.path))
      diagnostics += validator.ruleDiagnostics().filter { $0.path == ISMS.configPath }
    } else {
      diagnostics += base.wideDiagnostics
    }
    let report = ValidationReport(
      origin: head.origin, documentCount: head.documents.count, diagnostics: diagnostics)
    return PullRequestValidation(
      head: head, diagnostics: report.diagnostics, baseWideDiagnostics: base.wideDiagnostics)
  }

  /// The documents whose rules reach the changed ones, as the index can find them: same id or
  /// path (up to case), referenced ids, `corrects`, treating controls, other holders of a
  /// mandatory key, a document listing a control that needs documentation, documents pointing to
  /// a control that is removed or no longer applicable, and approved ids.
  private static func neighbourQuery(_ documents: [Document], files: [ChangedFile], approvalIDs: [String])
    -> ValidationIndex.Query
  {
    var query = ValidationIndex.Query()
    let documentReferences: Set<ReferenceKind> = [.document, .risk, .audit, .cycle, .objective]
    for document in documents {
      query.ids.insert(document.id.lowercased())
      query.paths.insert(document.path.lowercased())
      for use in document.references where documentReferences.contains(use.kind) {
        query.ids.insert(use.value.lowercased())
      }
      if let corrected = document.corrects { query.ids.insert(corrected.lowercased()) }
      for control in document.risk?.controls ?? [] { query.ids.insert(control.lowercased()) }
      for control in document.answer?.controls ?? [] { query.ids.insert(control.lowercased()) }
      for key in document.controlled?.mandatory ?? [] { query.mandatory.insert(key.rawValue) }
      if document.kind == .control, Validator.documentedControls.contains(document.id) {
        query.listed.insert(document.id)
      }
      for kind in workflowNeighbours(of: document) { query.kinds.insert(kind.rawValue) }
      if document.kind == .cycle {
        for key in CycleRules.stage2CoreDocuments { query.mandatory.insert(key.rawValue) }
      }
    }
    for file in files {
      let old = file.oldDocument
      let new = file.newDocument
      for kind in (old.map(workflowNeighbours) ?? []) { query.kinds.insert(kind.rawValue) }
      guard (old ?? new)?.kind == .control, let id = (new ?? old)?.id,
        new?.soaEntry?.applicability != .applicable
      else { continue }
      query.pointed.insert(id)
    }
    for id in approvalIDs { query.ids.insert(id.lowercased()) }
    return query
  }

  /// The kinds whose every document the workflow rules (and `review pr`'s R22) read beside `document`:
  /// a cycle's audits and findings, the other internal audits or management reviews (the
  /// 12-month gap), the cycles a control or SoA change is judged against.
  private static func workflowNeighbours(of document: Document) -> [DocumentKind] {
    switch document.kind {
    case .cycle: return [.audit, .finding]
    case .audit: return [.audit]
    case .managementReview: return [.managementReview]
    case .answer: return [.answer]
    case .control: return [.cycle]
    default:
      return document.controlled?.mandatory.contains(.statementOfApplicability) == true ? [.cycle] : []
    }
  }

  /// Whether the facts the ISMS-wide rules read from documents (a live holder per mandatory key,
  /// some risk, the control ids) differ between the base and the head.
  private static func wideFactsDiffer(_ matches: ValidationIndex.Matches, _ documents: [Document]) -> Bool {
    var mandatory = matches.keptMandatory
    var risk = matches.keptRisk
    var controls = matches.keptControls
    for document in documents {
      if let controlled = document.controlled, controlled.status != .retired {
        mandatory.formUnion(controlled.mandatory.map(\.rawValue))
      }
      if document.kind == .risk { risk = true }
      if document.kind == .control { controls.insert(document.id) }
    }
    return mandatory != matches.baseMandatory || risk != matches.baseRisk || controls != matches.baseControls
  }
}
