extension PullRequestReview {
  /// Judges a pull request: what changed per document, then the rules it breaks.
  public init(_ input: PullRequestInput) {
    authors = Array(Set(input.authors.map { $0.email.lowercased() })).sorted()
    for file in input.files {
      if file.path == ISMS.configPath && file.oldPath == nil {
        reviewConfig(file, input: input)
      } else if DocumentText.isDocumentPath(file.path)
        || file.oldPath.map(DocumentText.isDocumentPath) == true
      {
        reviewDocument(file, input: input)
      }
    }
    checkSoAAfterCertification(files: input.files, input: input)
    addValidation(input)
    checkApprovalIdentities(input)
    findings.sort {
      ($0.severity, $0.path, $0.line ?? 0, $0.message) < ($1.severity, $1.path, $1.line ?? 0, $1.message)
    }
  }

  private mutating func reviewConfig(_ file: ChangedFile, input: PullRequestInput) {
    let old = file.old.flatMap { try? YAMLReader.parseMapping(MarkdownSplitter.decodeText($0), firstLine: 1) }
    let new = file.new.flatMap { try? YAMLReader.parseMapping(MarkdownSplitter.decodeText($0), firstLine: 1) }
    documents.append(
      DocumentChange(
        path: file.path, oldPath: nil, status: file.status, id: nil, kind: nil, title: ISMS.configPath,
        fields: Self.fieldChanges(old ?? [], new ?? []), bodyChanged: false, approval: "needed"))
    needApproval(document: ISMS.configPath, path: file.path, role: .topManagement, input: input)
  }

  private mutating func reviewDocument(_ file: ChangedFile, input: PullRequestInput) {
    let old = file.oldDocument
    let new = file.newDocument
    guard let any = new ?? old else { return }
    var approval: String?
    if let controlled = new, controlled.kind.isControlled {
      approval = checkControlled(old: old, new: controlled, file: file, input: input)
    } else if let old, old.kind.isControlled, new == nil {
      checkRemovedControlled(old, input: input)
    }
    checkRecord(old: old, new: new, file: file)
    checkControl(old: old, new: new, file: file, input: input)
    checkRisk(old: old, new: new)
    checkWorkflowRecord(old: old, new: new, file: file)
    checkRiskAcceptance(old: old, new: new, input: input)
    documents.append(
      DocumentChange(
        path: file.path, oldPath: file.oldPath, status: file.status, id: any.id, kind: any.kind,
        title: any.title,
        fields: Self.fieldChanges(old?.frontMatter ?? [], new?.frontMatter ?? []),
        bodyChanged: (old?.body ?? "") != (new?.body ?? ""), approval: approval))
  }

  /// Version bump (R36), lifecycle (d4) and the approval the change needs; returns the approval state.
  private mutating func checkControlled(
    old: Document?, new: Document, file: ChangedFile, input: PullRequestInput
  )
    -> String?
  {
    let fields = new.controlled
    let oldFields = old?.controlled
    let contentChanged =
      old.map { SignificantContent(new).differsIgnoringVersion(from: SignificantContent($0)) } ?? true
    if let old, let oldFields, contentChanged {
      let oldVersion = oldFields.version.flatMap(VersionNumber.init)
      let newVersion = fields?.version.flatMap(VersionNumber.init)
      if let oldVersion, newVersion.map({ $0 <= oldVersion }) ?? true {
        add(
          .error, "R36", new, field: "version",
          "\(new.id): content changed (\(SignificantContent(new).differences(from: SignificantContent(old)).filter { $0 != "version" }.joined(separator: ", "))) "
            + "but version stays \(fields?.version ?? "unset") (was \(oldVersion)); raise `version`")
      }
    }
    if let from = oldFields?.status, let to = fields?.status, from == .retired {
      if to != .retired {
        add(
          .error, "d4", new, field: "status",
          "\(new.id): status retired → \(to.rawValue); a retired document is read-only, write a new one")
      } else if contentChanged {
        add(.error, "d4", new, field: nil, "\(new.id) is retired and read-only, but its content changed")
      }
    }
    let status = fields?.status
    let statusMoved = oldFields?.status != status
    guard status == .approved && (contentChanged || statusMoved) || status == .retired && statusMoved else {
      return nil
    }
    let approved = input.approvals.first { $0.id == new.id }
    if let approved, let document = approved.document, SignificantContent(document) == SignificantContent(new)
    {
      let author = input.authors.contains { $0.email.lowercased() == approved.approver.email.lowercased() }
      if !author { return "approved_in_change" }
      add(
        .error, "I5", new, field: nil,
        "\(new.id) was approved in this change by \(approved.approver.email), who also authored the change")
    }
    if let role = ApprovalRules.requiredRole(for: new) {
      needApproval(document: new.id, path: new.path, role: role, input: input)
    }
    return "needed"
  }

  /// An approved or retired controlled document must be retired, not deleted (R36 retention).
  private mutating func checkRemovedControlled(_ old: Document, input: PullRequestInput) {
    guard let status = old.controlled?.status, status != .draft else { return }
    findings.append(
      Finding(
        severity: .error, rule: "R36", path: old.path, line: nil,
        message:
          "\(old.id) (\(status.rawValue)) was deleted; set `status: retired` with `retired_reason` instead, "
          + "so the document is retained"))
  }

  /// A final record is never edited in place or deleted (d4, records).
  private mutating func checkRecord(old: Document?, new: Document?, file: ChangedFile) {
    guard let old, old.kind.isRecord, old.recordStatus == .final else { return }
    let changed =
      new.map { $0.frontMatter.map(Self.flat) != old.frontMatter.map(Self.flat) || $0.body != old.body }
      ?? true
    guard changed else { return }
    let what = new == nil ? "deleted" : "edited in place"
    findings.append(
      Finding(
        severity: .error, rule: "d4", path: file.path, line: nil,
        message:
          "\(old.id) is a final \(old.kind.rawValue) record and was \(what); restore it and write a new "
          + "record with `corrects: \(old.id)`"))
  }

  /// SoA applicability changes, and controls removed (or no longer applicable) while others point to them.
  private mutating func checkControl(
    old: Document?, new: Document?, file: ChangedFile, input: PullRequestInput
  ) {
    guard (old ?? new)?.kind == .control, let id = (new ?? old)?.id else { return }
    let before = old?.soaEntry?.applicability?.rawValue
    let after = new?.soaEntry?.applicability?.rawValue
    if before != after { applicability.append(ApplicabilityChange(control: id, old: before, new: after)) }
    let stillApplicable = after == Applicability.applicable.rawValue
    guard before == Applicability.applicable.rawValue || new == nil, !stillApplicable else { return }
    let pointing = input.head.documents.filter { document in
      document.kind != .control
        && (document.controlled?.controls.contains(id) == true
          || document.risk?.controls.contains(id) == true || document.fields.strings("controls").contains(id))
    }
    guard !pointing.isEmpty else { return }
    let names = pointing.map(\.id).joined(separator: ", ")
    let message =
      new == nil
      ? "control \(id) was removed while \(names) still point to it; keep the control file (decide it excluded) or update them"
      : "control \(id) is no longer applicable while \(names) still point to it (R42 for treating risks); update them"
    findings.append(
      Finding(
        severity: .error, rule: new == nil ? "reference" : "R42", path: file.path, line: nil, message: message
      ))
  }

  /// Risks whose level or residual level changed.
  private mutating func checkRisk(old: Document?, new: Document?) {
    guard (old ?? new)?.kind == .risk, let id = (new ?? old)?.id else { return }
    func levels(_ document: Document?) -> (Int?, Int?) {
      guard let risk = document?.risk else { return (nil, nil) }
      let level = risk.likelihood.flatMap { l in risk.impact.map { l * $0 } }
      let residual = risk.residualLikelihood.flatMap { l in risk.residualImpact.map { l * $0 } }
      return (level, residual)
    }
    let (oldLevel, oldResidual) = levels(old)
    let (newLevel, newResidual) = levels(new)
    if oldLevel != newLevel || oldResidual != newResidual {
      risks.append(
        RiskChange(
          id: id, oldLevel: oldLevel, newLevel: newLevel, oldResidual: oldResidual, newResidual: newResidual))
    }
  }

  private mutating func needApproval(document: String, path: String, role: Role, input: PullRequestInput) {
    let people = ApprovalRules.approvers(holding: role, in: input.head.config, excluding: input.authors)
    approvals.append(
      ApprovalNeeded(
        document: document, path: path, role: role, people: people.map(\.id),
        handles: people.compactMap(\.forge).filter(CodeOwners.isValidHandle).map(CodeOwners.handle)))
    if people.isEmpty {
      findings.append(
        Finding(
          severity: .error, rule: "I5", path: path, line: nil,
          message:
            "\(document) needs approval by \(role.rawValue), but nobody holding it is outside the change's "
            + "authors (segregation of duties)"))
    }
  }

  /// Head diagnostics in changed files, and ISMS-wide errors (against isms.yml) the base did not have.
  private mutating func addValidation(_ input: PullRequestInput) {
    let changed = Set(input.files.filter { $0.status != .deleted }.map(\.path)).subtracting([ISMS.configPath])
    let known = Set(input.baseWideDiagnostics.map { "\($0.rule)|\($0.field ?? "")|\($0.message)" })
    for diagnostic in input.headDiagnostics {
      let wide = diagnostic.path == ISMS.configPath && diagnostic.severity == .error
      guard
        changed.contains(diagnostic.path)
          || (wide && !known.contains("\(diagnostic.rule)|\(diagnostic.field ?? "")|\(diagnostic.message)"))
      else { continue }
      let field = diagnostic.field.map { "\($0): " } ?? ""
      findings.append(
        Finding(
          severity: diagnostic.severity, rule: diagnostic.rule, path: diagnostic.path, line: diagnostic.line,
          message: "\(field)\(diagnostic.message) — \(diagnostic.fix)"))
    }
  }

  private mutating func add(
    _ severity: Severity, _ rule: String, _ document: Document, field: String?, _ message: String
  ) {
    findings.append(
      Finding(
        severity: severity, rule: rule, path: document.path, line: field.flatMap(document.line(of:)),
        message: message))
  }

  private static func flat(_ entry: YAMLEntry) -> String { "\(entry.key)=\(entry.value.compactDescription)" }

  /// The top-level fields that differ, in head order, then the removed ones.
  static func fieldChanges(_ old: [YAMLEntry], _ new: [YAMLEntry]) -> [FieldChange] {
    var before: [String: String] = [:]
    var after: [String: String] = [:]
    for entry in old { before[entry.key] = entry.value.compactDescription }
    for entry in new { after[entry.key] = entry.value.compactDescription }
    let order = new.map(\.key) + old.map(\.key).filter { after[$0] == nil }
    return order.filter { before[$0] != after[$0] }.map {
      FieldChange(field: $0, old: before[$0], new: after[$0])
    }
  }
}
