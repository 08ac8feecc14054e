import Clibgit2
import Foundation
import ISMSCore

/// A commit, copied out of libgit2 so it can outlive the repository and cross threads.
public struct CommitInfo: Sendable, Hashable {
  /// One `Key: value` line of the trailer block at the end of a commit message.
  public struct Trailer: Sendable, Hashable {
    /// The key, as written (for example `ISMS-Review`).
    public let key: String
    /// The value, as written (for example `POL-001`).
    public let value: String

    /// Creates a trailer.
    public init(key: String, value: String) {
      self.key = key
      self.value = value
    }
  }

  /// The commit id, 40 lowercase hexadecimal digits.
  public let id: String
  /// The parents' ids, first parent first; empty for a root commit.
  public let parentIDs: [String]
  /// Who wrote the change.
  public let author: Identity
  /// When the change was written (whole seconds).
  public let authorDate: Date
  /// The author's time zone, in minutes east of UTC.
  public let authorTimeZoneOffsetMinutes: Int
  /// Who made the commit.
  public let committer: Identity
  /// When the commit was made (whole seconds).
  public let committerDate: Date
  /// The committer's time zone, in minutes east of UTC.
  public let committerTimeZoneOffsetMinutes: Int
  /// The full message, as stored.
  public let message: String
  /// The first paragraph of the message on one line.
  public let summary: String
  /// The trailers of the message, in order.
  public let trailers: [Trailer]

  /// The first 7 digits of the id, for display.
  public var shortID: String { String(id.prefix(7)) }

  /// The values of every trailer whose key matches `key`, ignoring case as git does.
  public func trailerValues(for key: String) -> [String] {
    trailers.filter { $0.key.caseInsensitiveCompare(key) == .orderedSame }.map(\.value)
  }

  /// Copies everything out of a libgit2 commit, which stays owned by the caller.
  init(commit: OpaquePointer) throws {
    id = git_commit_id(commit).pointee.hex
    parentIDs = (0..<git_commit_parentcount(commit)).compactMap { index in
      git_commit_parent_id(commit, index)?.pointee.hex
    }
    let (author, authorDate, authorOffset) = Self.signature(git_commit_author(commit))
    self.author = author
    self.authorDate = authorDate
    self.authorTimeZoneOffsetMinutes = authorOffset
    let (committer, committerDate, committerOffset) = Self.signature(git_commit_committer(commit))
    self.committer = committer
    self.committerDate = committerDate
    self.committerTimeZoneOffsetMinutes = committerOffset
    let message = swiftString(git_commit_message(commit))
    self.message = message
    if let summary = git_commit_summary(commit) {
      self.summary = swiftString(summary)
    } else {
      self.summary =
        message.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }
    trailers = try Self.trailers(of: message)
  }

  /// Reads a borrowed signature: identity, date and offset.
  private static func signature(_ signature: UnsafePointer<git_signature>?) -> (Identity, Date, Int) {
    guard let signature else { return (Identity(name: "", email: ""), Date(timeIntervalSince1970: 0), 0) }
    let identity = Identity(
      name: swiftString(signature.pointee.name), email: swiftString(signature.pointee.email))
    let when = signature.pointee.when
    return (identity, Date(timeIntervalSince1970: TimeInterval(when.time)), Int(when.offset))
  }

  /// Parses the trailer block with libgit2's own parser, so we agree with `git interpret-trailers`.
  private static func trailers(of message: String) throws -> [Trailer] {
    var array = git_message_trailer_array()
    try check("git_message_trailers", git_message_trailers(&array, message))
    defer { git_message_trailer_array_free(&array) }
    guard let base = array.trailers else { return [] }
    return (0..<array.count).map { index in
      Trailer(key: swiftString(base[index].key), value: swiftString(base[index].value))
    }
  }
}
