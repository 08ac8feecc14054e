import ArgumentParser
import Foundation
import GitStore
import ISMSCore

/// One `isms review pr`, its options as plain values: what ``ISMSCommand/Review/PR`` runs.
struct PullRequestRun {
  /// The branch the pull request merges into (`--base`).
  let base: String
  /// The pull request's head (`--head`).
  let head: String
  /// markdown, json or github (`--format`).
  let format: PullRequestFormat
  /// The ISMS folder, or one inside it (`--repo`); `nil` for the current folder.
  let repo: String?
  /// The day every date rule uses (`--today`); `nil` for ISMS_TODAY or the system date.
  let today: Day?

  /// Reviews the change, prints the review, and fails (exit 1) when a rule is broken.
  func run() throws {
    let context = try ISMSContext(repo: repo, rev: nil, today: today)
    let repository = context.repository
    let root = context.rootInRepository
    let headCommit = try repository.resolve(head)
    let (base, baseNote) = try Self.freshBase(self.base, repository: repository)
    let mergeBase = try repository.mergeBase(base, headCommit.id) ?? repository.resolve(base)
    let files = try repository.changes(from: mergeBase.id, to: headCommit.id, root: root).map { change in
      ChangedFile(
        status: change.status, path: change.path,
        oldPath: change.oldPath, old: try change.oldBlobID.map(repository.contents(ofBlob:)),
        new: try change.newBlobID.map(repository.contents(ofBlob:)))
    }
    let commits = try repository.commits(from: mergeBase.id, to: headCommit.id)
    let approvalIDs = commits.flatMap { $0.trailerValues(for: ReviewTrailer.approval) }
    let validation = try PRValidation.validate(
      files: files, headID: headCommit.id, mergeBaseID: mergeBase.id, approvalIDs: approvalIDs,
      context: context)
    let input = PullRequestInput(
      files: files, head: validation.head, headDiagnostics: validation.diagnostics,
      baseWideDiagnostics: validation.baseWideDiagnostics,
      authors: commits.filter {
        $0.trailerValues(for: ReviewTrailer.approval).isEmpty
          && $0.trailerValues(for: ReviewTrailer.review).isEmpty
      }.map(\.author), approvals: try approvals(in: commits, isms: validation.head, context: context))
    let review = PullRequestReview(input)
    var range = PRText.Range(
      base: base, head: head, mergeBase: mergeBase.id, headID: headCommit.id, commits: commits.count)
    range.committers = Self.committers(commits, config: validation.head.config)
    range.baseNote = baseNote
    switch format {
    case .json: Console.out(try JSONOutput.render(PRText.JSON(range: range, review: review)))
    case .github: Console.out(PRText.github(review, rootPrefix: root))
    case .markdown: Console.report(PRText.markdown(review, range: range))
    }
    if !review.passed { throw ExitCode.failure }
  }

  /// `base`, or its remote-tracking branch `origin/BASE` when that is strictly ahead of it: a
  /// local branch left behind would count every commit merged since as part of the change (and
  /// their authors as its authors), so nobody would be eligible to approve. Says so when it swaps.
  static func freshBase(_ base: String, repository: GitRepository) throws -> (String, String?) {
    guard !base.contains("/"), let local = try? repository.resolve(base) else { return (base, nil) }
    let remote = "origin/\(base)"
    guard let tracking = try? repository.resolve("refs/remotes/\(remote)"), tracking.id != local.id,
      try repository.mergeBase(local.id, tracking.id)?.id == local.id
    else { return (base, nil) }
    let behind = try repository.commits(from: local.id, to: tracking.id).count
    return (
      remote,
      "the local \(base) is \(behind) \(behind == 1 ? "commit" : "commits") behind \(remote): compared with "
        + "\(remote) instead (update \(base), or pass --base \(remote))"
    )
  }

  /// Who made `commits`, by person (id and name from `config`) or else git identity, most first.
  static func committers(_ commits: [CommitInfo], config: ISMSConfig?) -> [(who: String, count: Int)] {
    var counts: [String: Int] = [:]
    for commit in commits {
      let who =
        config?.person(email: commit.author.email).map { "\($0.id) (\($0.name))" }
        ?? "\(commit.author.name) (\(commit.author.email))"
      counts[who, default: 0] += 1
    }
    return counts.map { (who: $0.key, count: $0.value) }.sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.who < $1.who
    }
  }

  private func approvals(in commits: [CommitInfo], isms: ISMS, context: ISMSContext) throws
    -> [BranchApproval]
  {
    var result: [BranchApproval] = []
    for commit in commits {
      for id in commit.trailerValues(for: ReviewTrailer.approval) {
        guard let path = isms.document(id: id)?.path else { continue }
        let bytes = try context.repository.contents(of: path, root: context.rootInRepository, at: commit.id)
        result.append(
          BranchApproval(
            commitID: commit.id, approver: commit.author, id: id,
            document: DocumentText.read(bytes, path: path), committer: commit.committer,
            recordedDecision: commit.trailerValues(for: ReviewTrailer.recordedDecision).first))
      }
    }
    return result
  }
}
