extension Validator {
  /// Configuration rules: people, roles, scales, threshold, framework.
  mutating func checkConfig() {
    guard let config = isms.config else { return }
    checkPeople(config.fields.first(where: { $0.key == "people" })?.value.elements ?? [])
    if !config.people.isEmpty, !config.people.contains(where: { $0.holds(.topManagement) }) {
      reportISMS(
        .error, field: "people", "no person holds the role `top-management` (5.1, 5.2, 9.3)",
        fix: "add `top-management` to the roles of the managing director or board member", rule: "R37")
    }
    let method = config.fields.first { $0.key == "risk_method" }?.value
    for scale in ["likelihood", "impact"] {
      guard let entry = method?.entries?.first(where: { $0.key == scale }),
        let count = entry.value.elements?.count, count > NumberLimits.maxScaleLabels
      else { continue }
      configError(
        line: entry.line, field: "risk_method.\(scale)",
        "`risk_method.\(scale)` has \(count) labels, more than the limit of \(NumberLimits.maxScaleLabels)",
        fix: "use a scale of at most \(NumberLimits.maxScaleLabels) levels (3 to 5 are usual)")
    }
    if let method = config.riskMethod {
      if method.likelihood.isEmpty {
        reportISMS(
          .error, field: "risk_method", "`risk_method.likelihood` has no levels",
          fix: "list the likelihood labels for 1…n", rule: "R40")
      }
      if method.impact.isEmpty {
        reportISMS(
          .error, field: "risk_method", "`risk_method.impact` has no levels",
          fix: "list the impact labels for 1…n", rule: "R40")
      }
      if let threshold = method.acceptanceThreshold, method.maxLevel > 0,
        !(1...method.maxLevel).contains(threshold)
      {
        reportISMS(
          .error, field: "risk_method",
          "`acceptance_threshold` \(threshold) is outside the possible levels 1…\(method.maxLevel)",
          fix: "set `acceptance_threshold` to a level between 1 and \(method.maxLevel)", rule: "R40")
      }
      if let bands = method.bands, method.maxLevel > 0 {
        for problem in RiskBands.problems(bands, maxLevel: method.maxLevel) {
          reportISMS(
            .error, field: "risk_method", "`risk_method.bands`: \(problem)",
            fix: "list the bands lowest first, each with a name and the highest level it holds (`max`), "
              + "the first from 1 and the last to \(method.maxLevel); or leave `bands` out for low/medium/high",
            rule: "R40")
        }
      }
    }
    if config.framework == .iso27001_2013 {
      reportISMS(
        .error, field: "framework",
        "framework `iso27001:2013` is withdrawn; certificates expired on 2025-10-31",
        fix: "run `isms migrate` to move the SoA to iso27001:2022", rule: "R26")
    }
    checkSOC2Scope()
  }

  /// People: unique ids and e-mail addresses (the git identity finds a person by e-mail), and
  /// forge handles CODEOWNERS and the forges accept.
  private mutating func checkPeople(_ people: [YAMLNode]) {
    var seenIDs: [String: Int] = [:]
    var seenEmails: [String: Int] = [:]
    for (index, entry) in people.enumerated() {
      if let id = entry["id"]?.text {
        let key = id.lowercased()
        if let first = seenIDs[key] {
          configError(
            line: entry["id"]?.line, field: "people", "person id `\(id)` repeats the person on line \(first)",
            fix: "give every person a unique id")
        } else {
          seenIDs[key] = entry["id"]?.line ?? 0
        }
      }
      if let email = entry["email"]?.text, !email.isEmpty {
        let key = email.lowercased()
        if let first = seenEmails[key] {
          configError(
            line: entry["email"]?.line, field: "people[\(index)].email",
            "e-mail `\(email)` repeats the person on line \(first) (case does not count)",
            fix: "give every person their own e-mail: commits are matched to people by it")
        } else {
          seenEmails[key] = entry["email"]?.line ?? 0
        }
      }
      if let forge = entry["forge"]?.text, !CodeOwners.isValidHandle(forge) {
        configError(
          line: entry["forge"]?.line, field: "people[\(index)].forge",
          "`forge` `\(forge)` is not a GitHub or GitLab handle",
          fix: "write the user name as on the forge: letters, digits, `-`, `_`, `.` (`org/team` for a team), "
            + "starting with a letter or digit")
      }
    }
  }

  private mutating func configError(line: Int?, field: String, _ message: String, fix: String) {
    diagnostics.append(
      Diagnostic(
        .error, path: ISMS.configPath, line: line, field: field, message: message, fix: fix, rule: "config"))
  }

  /// Ids are unique across the ISMS, case-insensitively.
  mutating func checkIDs() {
    var first: [String: Document] = [:]
    for document in isms.documents {
      let key = document.id.lowercased()
      if let original = first[key] {
        report(
          .error, document, field: "id", "id `\(document.id)` is already used by \(original.path)",
          fix: document.kind == .control
            ? "keep one file per Annex A control; merge or delete this one"
            : "give this document a unique id", rule: "id")
      } else {
        first[key] = document
      }
    }
  }

  /// File paths are unique case-insensitively: a checkout on macOS or Windows keeps only one.
  mutating func checkPathCase() {
    var first: [String: Document] = [:]
    for document in isms.documents {
      let key = document.path.lowercased()
      if let original = first[key] {
        report(
          .error, document, field: nil, "`\(document.path)` and `\(original.path)` differ only in case",
          fix: "rename or merge one of them; macOS and Windows checkouts cannot hold both", rule: "path")
      } else {
        first[key] = document
      }
    }
  }

  /// Every reference resolves: people, documents, controls, clauses, risks, audits, cycles.
  mutating func checkReferences() {
    let controls = Set(catalogs.controlIDs(for: framework))
    for document in isms.documents {
      for use in document.references {
        guard let problem = unresolved(use, controls: controls) else { continue }
        diagnostics.append(
          Diagnostic(
            .error, path: document.path, line: use.line, field: use.field, message: problem.message,
            fix: problem.fix, rule: "reference"))
      }
    }
  }

  private func unresolved(_ use: ReferenceUse, controls: Set<String>) -> (message: String, fix: String)? {
    let value = use.value
    func document(_ kind: DocumentKind?) -> (message: String, fix: String)? {
      guard let target = isms.document(id: value) else {
        return (
          "`\(use.field)` names `\(value)`, but no document has that id",
          "correct the id or create the document"
        )
      }
      if let kind, target.kind != kind {
        return (
          "`\(use.field)` names `\(value)`, a \(target.kind.rawValue), not a \(kind.rawValue)",
          "name a \(kind.rawValue) document"
        )
      }
      return nil
    }
    switch use.kind {
    case .person:
      guard let config = isms.config else { return nil }
      if config.person(value) != nil { return nil }
      return (
        "`\(use.field)` names `\(value)`, who is not in `isms.yml` people",
        "add `\(value)` to `people` in isms.yml or correct the id"
      )
    case .document: return document(nil)
    case .risk: return document(.risk)
    case .audit: return document(.audit)
    case .cycle: return document(.cycle)
    case .objective: return document(.objective)
    case .activity: return document(.activity)
    case .control:
      if controls.contains(value) { return nil }
      return (
        "`\(use.field)`: `\(value)` is not an Annex A control of \(framework.rawValue)",
        "use an id such as `A.5.1`"
      )
    case .clause:
      if catalogs.clause(value) != nil { return nil }
      return (
        "`\(use.field)`: `\(value)` is not a clause of ISO/IEC 27001:2022", "use a clause id from 4.1 to 10.2"
      )
    case .requirement:
      if catalogs.clause(value) != nil || controls.contains(value) { return nil }
      return (
        "`\(use.field)`: `\(value)` is neither a clause nor an Annex A control",
        "name a clause (\"9.2\") or a control (`A.5.18`)"
      )
    }
  }
}
