import Foundation
import GitStore
import ISMSCore

/// Reads the change population of a period from git history (libgit2, never the git program): the
/// first-parent commits of the main branch (`main`, else HEAD) of the ISMS repository and of each
/// `--repo-source` repository, committed within the period (UTC days).
enum ChangePopulationReader {
  /// The changes, by date, then repository, then commit id.
  static func changes(context: ISMSContext, sources: [String], period: DayRange) throws -> [Change] {
    var result = try changes(in: context.repository, label: ".", period: period)
    for source in sources {
      let repository: GitRepository
      do {
        repository = try GitRepository.discover(from: source)
      } catch {
        throw CLIError("--repo-source \(source): not a git repository (\(error)); nothing was read.")
      }
      result += try changes(in: repository, label: source, period: period)
    }
    return result.sorted { ($0.date, $0.repository, $0.commit) < ($1.date, $1.repository, $1.commit) }
  }

  /// The changes of `repository` in `period` on the first-parent history of `revision` (a commit
  /// id, so that a packet built from that commit reads the same population every time).
  static func changes(in repository: GitRepository, from revision: String, period: DayRange) throws
    -> [Change]
  {
    try changes(in: repository, label: ".", period: period, branch: revision)
  }

  private static func changes(
    in repository: GitRepository, label: String, period: DayRange, branch given: String? = nil
  ) throws -> [Change] {
    let branch =
      given ?? ((try? repository.resolve("refs/heads/main")) != nil ? "refs/heads/main" : "HEAD")
    let start = Date(timeIntervalSince1970: TimeInterval(period.start.daysSinceEpoch) * 86_400)
    let end = Date(timeIntervalSince1970: TimeInterval(period.end.daysSinceEpoch + 1) * 86_400)
    return try repository.firstParentCommits(from: branch, committedFrom: start, before: end).map { commit in
      let merged = commit.parentIDs.count > 1 ? try repository.resolve(commit.parentIDs[1]).author : nil
      return Change(
        repository: label,
        commit: ChangeCommit(
          id: commit.id, date: Day(daysSinceEpoch: Int(commit.committerDate.timeIntervalSince1970 / 86_400)),
          author: commit.author, mergedAuthor: merged, summary: commit.summary,
          trailers: commit.trailers.map { (key: $0.key, value: $0.value) }))
    }
  }

}
