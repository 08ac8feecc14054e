import ArgumentParser
import ISMSCore

extension ISMSCommand.SOC2 {
  struct SetScope: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "scope",
      abstract: "Show or set the SOC 2 scope in isms.yml (type, categories, period or date, auditor).",
      discussion: """
        Without options, shows the scope. With options, sets the ones given (the others stay) \
        and commits isms.yml. Security is always in scope; --categories lists the others too \
        (availability, confidentiality, processing-integrity, privacy). A Type II report needs \
        --period-start and --period-end (usually 3 to 12 months apart), a Type I report --as-of; \
        switching the type drops the other type's dates. Refused, with nothing written, when the \
        result would not validate (rules S1-S4, 'isms rules S2').

        Examples:
          isms soc2 scope
          isms soc2 scope --type 2 --categories security,availability,confidentiality \\
            --period-start 2026-04-01 --period-end 2026-09-30 \\
            --service-auditor "Example Assurance LLP" --by amoreira
          isms soc2 scope --type 1 --as-of 2026-06-30 --by amoreira --format json

        Exit status: 0 when shown or committed (or nothing to change), 1 when refused, 64 on usage \
        errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(
      help: ArgumentHelp("The report type: 1 (design at a date) or 2 (over a period).", valueName: "1|2"))
    var type: ISMSCore.SOC2Scope.ReportType?

    @Option(
      help: ArgumentHelp(
        "The categories in scope, separated by commas (security is always in).", valueName: "list"))
    var categories: String?

    @Option(help: ArgumentHelp("The first day of a Type II period.", valueName: "YYYY-MM-DD"))
    var periodStart: Day?

    @Option(help: ArgumentHelp("The last day of a Type II period.", valueName: "YYYY-MM-DD"))
    var periodEnd: Day?

    @Option(help: ArgumentHelp("The date a Type I report is made as of.", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    @Option(help: ArgumentHelp("The service auditor (the CPA firm).", valueName: "name"))
    var serviceAuditor: String?

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    private var setsSomething: Bool {
      type != nil || categories != nil || periodStart != nil || periodEnd != nil || asOf != nil
        || serviceAuditor != nil
    }

    func validate() throws {
      for name in categoryNames where ISMSCore.SOC2Scope.Category(rawValue: name) == nil {
        throw ValidationError(
          "--categories: `\(name)` is not a SOC 2 category; use security, availability, confidentiality, "
            + "processing-integrity or privacy.")
      }
      try PeopleInput.checkLine(serviceAuditor, flag: "--service-auditor")
    }

    private var categoryNames: [String] {
      (categories ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
    }

    func run() throws {
      guard setsSomething else { return try show() }
      let session = try AuthoringSession(global, command: "soc2 scope")
      let config = try session.config()
      let acting = try session.actor(who)
      try session.refuseUnreadable(ISMS.configPath)
      let old = config.soc2
      let reportType = type ?? old?.type
      guard let reportType else {
        throw CLIError("isms.yml has no SOC 2 scope yet: say which report with --type 1 or --type 2.")
      }
      let scope = ISMSCore.SOC2Scope(
        type: reportType,
        categories: categories == nil
          ? old?.categories ?? [] : categoryNames.compactMap(ISMSCore.SOC2Scope.Category.init(rawValue:)),
        periodStart: reportType == .type2 ? periodStart ?? old?.periodStart : nil,
        periodEnd: reportType == .type2 ? periodEnd ?? old?.periodEnd : nil,
        asOf: reportType == .type1 ? asOf ?? old?.asOf : nil,
        serviceAuditor: serviceAuditor ?? old?.serviceAuditor)
      guard scope != old else {
        if format == .json {
          return Console.out(try JSONOutput.render(SOC2ScopeReport(scope: scope, commit: nil)))
        }
        return Console.report("isms.yml already says this; nothing to change.")
      }
      let text = try PeopleInput.editing {
        try ConfigEditor.setting(
          [.set("soc2", Self.value(of: scope))], in: try session.text(of: ISMS.configPath))
      }
      try session.refuseNewErrors([(ISMS.configPath, text)])
      let commit = try session.commit(
        [(ISMS.configPath, text)],
        message: "SOC 2 scope: \(scope.summary)\n\n\(Self.lines(scope).joined(separator: "\n"))\n\n"
          + "ISMS-Event: soc2-scope\n",
        by: acting)
      if format == .json {
        return Console.out(try JSONOutput.render(SOC2ScopeReport(scope: scope, commit: commit.shortID)))
      }
      Console.report(
        "Set the SOC 2 scope in isms.yml by \(acting.person.id) (commit \(commit.shortID)):\n"
          + Self.lines(scope).map { "  " + $0 }.joined(separator: "\n"))
    }

    private func show() throws {
      let context = try ISMSContext(global)
      let isms = ISMS.load(from: try context.snapshot()).isms
      let scope = isms.config?.soc2
      if format == .json {
        return Console.out(try JSONOutput.render(SOC2ScopeReport(scope: scope, commit: nil)))
      }
      guard let scope else {
        return Console.report(
          "isms.yml has no SOC 2 scope; set one with 'isms soc2 scope --type 2 --period-start … --period-end …'."
        )
      }
      Console.report(Self.lines(scope).joined(separator: "\n"))
    }

    /// The scope in words, one fact a line.
    static func lines(_ scope: ISMSCore.SOC2Scope) -> [String] {
      var lines = [
        "report: \(scope.summary)",
        "categories: \(scope.categories.map(\.rawValue).joined(separator: ", "))",
      ]
      lines.append("service auditor: \(scope.serviceAuditor ?? "not named")")
      return lines
    }

    /// `soc2:` as written to isms.yml.
    static func value(of scope: ISMSCore.SOC2Scope) -> FrontMatterValue {
      var fields = [
        FrontMatterField("type", .int(scope.type?.rawValue ?? 2)),
        FrontMatterField("categories", .list(scope.categories.map { .string($0.rawValue) })),
      ]
      if scope.periodStart != nil || scope.periodEnd != nil {
        var period: [FrontMatterField] = []
        if let start = scope.periodStart { period.append(FrontMatterField("start", .day(start))) }
        if let end = scope.periodEnd { period.append(FrontMatterField("end", .day(end))) }
        fields.append(FrontMatterField("period", .mapping(period)))
      }
      if let asOf = scope.asOf { fields.append(FrontMatterField("as_of", .day(asOf))) }
      if let auditor = scope.serviceAuditor {
        fields.append(FrontMatterField("service_auditor", .string(auditor)))
      }
      return .mapping(fields)
    }
  }
}

/// The JSON of `isms soc2 scope`.
struct SOC2ScopeReport: Encodable {
  @NullEncoded var scope: ISMSCore.SOC2Scope?
  @NullEncoded var commit: String?

  private enum CodingKeys: String, CodingKey { case scope, commit }
}
