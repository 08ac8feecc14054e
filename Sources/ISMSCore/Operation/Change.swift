import Foundation

/// One change to a main branch in the population of a period: who wrote it, who approved it, and
/// what CI recorded. Built from history alone (``init(repository:commit:)``), so the same commits
/// give the same changes at any later date.
public struct Change: Sendable, Hashable, Codable {
  /// The repository: `.` for the ISMS, otherwise the path it was given as.
  public let repository: String
  /// The commit id on the main branch (for a merge, the merge commit).
  public let commit: String
  /// The day the change reached the main branch (committer date, UTC).
  public let date: Day
  /// `Name <email>` of who wrote it (for a merge, the author of the merged side).
  public let author: String
  /// `Name <email>` of who approved it, when anyone did.
  public let approver: String?
  /// Where the approval comes from: `Approved-by`, `Reviewed-by`, `ISMS-Approval`,
  /// `ISMS-Recorded-Decision` or `merge`.
  public let approvalSource: String?
  /// The `CI-Result` trailer, when recorded.
  public let ci: String?
  /// The first line of the message.
  public let summary: String

  /// Whether someone other than the author approved it.
  public var isIndependentlyApproved: Bool { approver != nil }

  /// `Name <email>`.
  private static func text(_ identity: Identity) -> String { "\(identity.name) <\(identity.email)>" }

  /// Whether a `Name <email>` trailer value names `identity`'s e-mail (ignoring case).
  private static func names(_ value: String, _ identity: Identity) -> Bool {
    let email: Substring
    if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
      email = value[value.index(after: open)..<close]
    } else {
      email = Substring(value.trimmingCharacters(in: .whitespaces))
    }
    return email.lowercased() == identity.email.lowercased()
  }

  /// The trailer `isms` reads for a CI result (`CI-Result: passed`).
  public static let ciTrailer = "CI-Result"

  /// Derives the change from one first-parent commit of a main branch.
  ///
  /// The approver is the first of: an `Approved-by` or `Reviewed-by` trailer naming someone whose
  /// e-mail differs from the author's; the commit's author when it carries `ISMS-Approval` (the
  /// approver commits the approval, and `isms review approve` refuses self-approval) or
  /// `ISMS-Recorded-Decision`; for a merge, whoever made the merge commit when that is not the
  /// author of the merged side. Anything else has no independent approver.
  public init(repository: String, commit: ChangeCommit) {
    self.repository = repository
    self.commit = commit.id
    date = commit.date
    summary = commit.summary
    let author = commit.mergedAuthor ?? commit.author
    self.author = Self.text(author)
    ci = commit.trailerValues(Self.ciTrailer).last
    var found: (String, String)?
    for key in ["Approved-by", "Reviewed-by"] where found == nil {
      if let value = commit.trailerValues(key).first(where: { !Self.names($0, author) }) {
        found = (value, key)
      }
    }
    if found == nil {
      for key in [ReviewTrailer.approval, ReviewTrailer.recordedDecision]
      where !commit.trailerValues(key).isEmpty {
        found = (Self.text(commit.author), key)
        break
      }
    }
    if found == nil, commit.mergedAuthor != nil, commit.author.email.lowercased() != author.email.lowercased()
    {
      found = (Self.text(commit.author), "merge")
    }
    approver = found?.0
    approvalSource = found?.1
  }
}

/// What ``Change`` reads of a commit: a plain value, so GitStore can fill it and tests can write it.
public struct ChangeCommit: Sendable, Hashable {
  /// The commit id.
  public let id: String
  /// The committer date, as a UTC day.
  public let date: Day
  /// The commit's author.
  public let author: Identity
  /// For a merge commit, the author of its second parent; `nil` otherwise.
  public let mergedAuthor: Identity?
  /// The first line of the message.
  public let summary: String
  /// The message trailers, in order.
  public let trailers: [(key: String, value: String)]

  /// Creates the value.
  public init(
    id: String, date: Day, author: Identity, mergedAuthor: Identity?, summary: String,
    trailers: [(key: String, value: String)]
  ) {
    self.id = id
    self.date = date
    self.author = author
    self.mergedAuthor = mergedAuthor
    self.summary = summary
    self.trailers = trailers
  }

  /// The values of trailer `key`, ignoring case as git does.
  public func trailerValues(_ key: String) -> [String] {
    trailers.filter { $0.key.caseInsensitiveCompare(key) == .orderedSame }.map(\.value)
  }

  public static func == (lhs: ChangeCommit, rhs: ChangeCommit) -> Bool {
    lhs.id == rhs.id && lhs.date == rhs.date && lhs.author == rhs.author
      && lhs.mergedAuthor == rhs.mergedAuthor
      && lhs.summary == rhs.summary && lhs.trailers.map(\.key) == rhs.trailers.map(\.key)
      && lhs.trailers.map(\.value) == rhs.trailers.map(\.value)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
