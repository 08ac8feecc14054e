import ArgumentParser
import ISMSCore

extension ISMSCommand.Review {
  struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "log",
      abstract: "Show a document's history: versions, changes, reviews, approvals.",
      discussion: """
        Lists every commit that changed the document's file, newest first, as 'git log -- PATH' \
        would (renames are not followed): when, who (and which person of isms.yml), the version \
        and status it left, the fields it changed, and whether it was an approval or a review \
        (from the ISMS-Approval and ISMS-Review trailers). For a policy, procedure or plan it then \
        says which approval covers the current content, or what changed since the last one.

        Examples:
          isms review log POL-001
          isms review log policies/access-control.md --format json
          isms review log POL-001 --rev v2026.1

        JSON keys: id, path, version, status, uncommitted_changes, approval {commit, version, by, on, \
        covers_current, changed_since} (null for risks, suppliers, records), entries[] {commit, date, \
        author, email, person, summary, event (created | edited | approval | review | deleted), \
        version, status, changed, content_change, outcome}.
        Exit status: 0, 1 when the document or repository cannot be read, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: ArgumentHelp("The document id (or its path relative to the ISMS root).", valueName: "doc"))
    var document: String

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let target = try ReviewTarget(document, context: try ISMSContext(global))
      let uncommitted = target.context.revision == nil ? try target.hasUncommittedChanges() : false
      let log = DocumentLog(
        current: target.document, history: try target.history(), config: target.config,
        uncommittedChanges: uncommitted)
      Console.report(
        format == .json ? try JSONOutput.render(log) : Self.text(log, title: target.document.title))
    }

    /// The approval state, then one line per commit with the fields it changed.
    static func text(_ log: DocumentLog, title: String?) -> String {
      var lines = ["\(log.id) \(title ?? "") (\(log.path))"]
      lines.append("Version \(log.version ?? "—"), status \(log.status ?? "—").")
      if let approval = log.approval {
        if let commit = approval.commit {
          let what =
            "v\(approval.version ?? "?") approved by \(approval.by ?? "?") on \(approval.on?.description ?? "?") (commit \(commit.prefix(7)))"
          lines.append(
            approval.coversCurrent
              ? "Approved: \(what) covers the current content."
              : "NOT approved: the content changed since \(what): \(approval.changedSince.joined(separator: ", "))."
          )
        } else {
          lines.append(
            "NOT approved: no approval recorded with 'isms review approve' (no ISMS-Approval commit).")
        }
      }
      if log.uncommittedChanges { lines.append("The working tree has uncommitted changes to this document.") }
      lines.append(
        "History (newest first, \(log.entries.count) \(log.entries.count == 1 ? "commit" : "commits")):")
      for entry in log.entries {
        let who = entry.person.map { "\(entry.author) (\($0))" } ?? "\(entry.author) <\(entry.email)>"
        let outcome = entry.outcome.map { " \($0)" } ?? ""
        lines.append(
          "  \(entry.date.prefix(10))  \(entry.commit.prefix(7))  \(entry.event)\(outcome)  v\(entry.version ?? "—") "
            + "\(entry.status ?? "")  \(who)  \(entry.summary)")
        if !entry.changed.isEmpty { lines.append("      changed: \(entry.changed.joined(separator: ", "))") }
      }
      return DiagnosticText.printableLines(lines)
    }
  }
}
