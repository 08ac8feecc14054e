import Clibgit2
import Foundation

extension GitRepository {
  /// `data`, working-tree contents of `path` (relative to `root`), as git stores it: with the clean
  /// filters of `core.autocrlf` and the `text`/`eol` attributes applied, as `git add` does; the
  /// bytes themselves when no filter applies. Compare this, not the bytes on disk, with a commit.
  /// - Throws: `GitError.invalidPath`, and libgit2 errors.
  public func cleaned(_ data: Data, path: String, root: String = "") throws -> Data {
    try cleaned(data, path: GitPath.join(try GitPath.root(root), try GitPath.file(path)))
  }

  /// ``cleaned(_:path:root:)`` for a path relative to the repository top, already checked.
  func cleaned(_ data: Data, path: String) throws -> Data {
    var filters: OpaquePointer?
    try check(
      "git_filter_list_load",
      git_filter_list_load(&filters, pointer, nil, path, GIT_FILTER_TO_ODB, GIT_FILTER_DEFAULT.rawValue))
    guard let filters else { return data }
    defer { git_filter_list_free(filters) }
    var buffer = git_buf()
    defer { git_buf_dispose(&buffer) }
    var empty: CChar = 0
    let rc =
      data.isEmpty
      ? git_filter_list_apply_to_buffer(&buffer, filters, &empty, 0)
      : data.withUnsafeBytes {
        git_filter_list_apply_to_buffer(
          &buffer, filters, $0.baseAddress?.assumingMemoryBound(to: CChar.self), $0.count)
      }
    try check("git_filter_list_apply_to_buffer", rc)
    guard let bytes = buffer.ptr, buffer.size > 0 else { return Data() }
    return Data(bytes: bytes, count: buffer.size)
  }

  /// The blob id of the working-tree file at `absolute` (`path` relative to the repository top),
  /// clean filters applied as `git add` would when `filtered`; `nil` when the file is gone.
  func workingBlobID(at absolute: String, path: String, filtered: Bool) throws -> git_oid? {
    guard filtered else { return try blobIDOfFile(at: absolute) }
    var id = git_oid()
    let rc = git_repository_hashfile(&id, pointer, absolute, GIT_OBJECT_BLOB, path)
    if rc < 0, access(absolute, F_OK) != 0 { return nil }
    try check("git_repository_hashfile", rc)
    return id
  }
}
