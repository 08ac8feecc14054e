import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.ManagementReview {
  struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "open",
      abstract: "Start draft minutes of a management review, its 9.3.2 inputs prepared from the repository.",
      discussion: """
        Writes records/management-reviews/ID.md with each 9.3.2 input in one place, its `inputs` \
        field: the status of the previous review's decisions (a), the documents and SoA entries \
        changed since the previous review and supplier issues (b), findings and their corrective \
        actions (d1), metrics (d2), audits held (d3), objectives (d4), risks by band and those \
        changed (f) and open opportunities for improvement (g), read from the repository and its \
        git history. Interested parties (c, e) are left for top management, who complete and \
        correct the draft with 'isms management-review set', then finalise it.

        Example:
          isms management-review open MR-2026-01 --date 2026-03-12 \\
            --attendee mweber --attendee jdoe --by jdoe

        Exit status: 0 when written, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The review id, MR-YYYY-NN.", valueName: "id"))
    var id: String

    @Option(
      help: ArgumentHelp(
        "A person attending (repeatable; at least one of top management, R49).", valueName: "person"))
    var attendee: [String] = []

    @Option(help: ArgumentHelp("The title.", valueName: "text"))
    var title: String?

    func run() throws {
      let session = try WorkflowSession(global)
      let actor = try session.actor(options)
      let person = actor.person
      try WorkflowSession.refusing {
        let date = options.day(session.context.today)
        let change = try ManagementReviewMinutes.open(
          id: id, date: date, title: title, attendees: attendee.isEmpty ? [person.id] : attendee,
          changedPaths: try changedPaths(since: date, session: session), facts: session.facts)
        try session.commit([change], note: options.note, by: actor)
      }
    }

    /// The files under the ISMS root changed since the day of the previous review (every file
    /// when there was none, or no commit is that old).
    private func changedPaths(since date: Day, session: WorkflowSession) throws -> Set<String> {
      let all = Set(session.facts.isms.documents.map(\.path))
      guard let head = session.base,
        let previous = ManagementReviewMinutes.previousReview(before: date, facts: session.facts)?
          .managementReview?.date
      else { return all }
      let end = Date(timeIntervalSince1970: TimeInterval((previous.daysSinceEpoch + 1) * 86_400 - 1))
      let repository = session.context.repository
      guard let then = try repository.lastCommit(atOrBefore: end, from: head) else { return all }
      return Set(
        try repository.changes(from: then.id, to: head, root: session.context.rootInRepository).map(\.path))
    }
  }
}
