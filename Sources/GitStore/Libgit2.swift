import Clibgit2
import Foundation
import ISMSCore

// Initialised once, lazily and thread-safely by Swift; never shut down, process exit reclaims everything.
// Objects are not re-hashed on every read, as git does not: on a long history the SHA-1 of every
// commit and tree read cost a sixth of `isms review log`. Damaged pack data still fails zlib's
// own check; `git fsck` is the tool that verifies hashes.
// Pack files are mapped 2 MiB at a time and 8 MiB in all (libgit2's defaults are 1 GiB and
// 8 GiB): every page of a pack that was read stays resident while its window is mapped, which
// made a third of a packet's memory at 10,000 documents; 4 and 16 MiB held 10 MB more at its
// peak, and the smaller windows cost it 0.6 s of system time in 19 s.
private let libgit2Bootstrap: Int32 = {
  let rc = git_libgit2_init()
  _ = isms_git_set_strict_hash_verification(0)
  _ = isms_git_set_pack_windows(2 << 20, 8 << 20)
  _ = isms_git_set_cache_object_limit(GIT_OBJECT_COMMIT, 0)
  _ = isms_git_set_cache_object_limit(GIT_OBJECT_TREE, 0)
  return rc
}()

/// Makes sure libgit2 is initialised; every factory of `GitRepository` calls it first.
func ensureLibgit2() {
  _ = libgit2Bootstrap
}

extension GitRepository {
  /// Starts initialising libgit2 on another thread and returns at once. The initialisation parses
  /// the system's CA certificates (a few milliseconds, for HTTPS that `isms` never uses) and
  /// cannot be told not to; started early, it overlaps what the caller does before it opens a
  /// repository, which then waits for it to finish.
  public static func initializeInBackground() {
    var thread = pthread_t()
    let started = pthread_create(
      &thread, nil,
      { _ in
        ensureLibgit2()
        return nil
      }, nil)
    guard started == 0 else { return }
    pthread_detach(thread)
  }

  /// Waits until libgit2 is initialised, starting it if nobody has. A process that started the
  /// initialisation in the background calls this before it exits: exiting while the other thread
  /// is inside the TLS library's set-up crashes in that library's exit handlers.
  public static func finishInitialization() {
    ensureLibgit2()
  }
}

/// Throws the libgit2 error for `operation` when `rc` is negative, and returns `rc` otherwise.
@discardableResult
func check(_ operation: String, _ rc: Int32) throws -> Int32 {
  if rc < 0 { throw GitError.fromLibgit2(operation, code: rc) }
  return rc
}

/// Whether a libgit2 return code is the given error code.
func isCode(_ rc: Int32, _ code: git_error_code) -> Bool {
  rc == code.rawValue
}

/// A Swift string from a C string owned by libgit2; invalid UTF-8 is repaired rather than dropped.
func swiftString(_ pointer: UnsafePointer<CChar>?) -> String {
  guard let pointer else { return "" }
  if let valid = String(validatingCString: pointer) { return valid }
  let bytes = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
  return String(decoding: UnsafeBufferPointer(start: bytes, count: strlen(pointer)), as: UTF8.self)
}

extension git_oid {
  /// The object id as 40 lowercase hexadecimal digits.
  var hex: String {
    withUnsafeBytes(of: id) { Hex.lowercase($0) }
  }

  /// Parses a full 40-digit hexadecimal object id.
  /// - Throws: `GitError.invalidObjectID` when `hex` is not 40 hexadecimal digits.
  init(hex: String) throws {
    guard hex.utf8.count == 40, hex.utf8.allSatisfy(Hex.isDigit) else {
      throw GitError.invalidObjectID(hex)
    }
    self.init()
    let rc = git_oid_fromstr(&self, hex)
    if rc < 0 { throw GitError.invalidObjectID(hex) }
  }
}

extension ObjectID {
  /// The id libgit2 holds in `id`.
  init(_ id: git_oid) {
    self = withUnsafeBytes(of: id.id) { ObjectID(bytes: $0) }
  }
}

/// Whether two object ids are equal.
func sameOID(_ lhs: git_oid, _ rhs: git_oid) -> Bool {
  var lhs = lhs
  var rhs = rhs
  return git_oid_equal(&lhs, &rhs) != 0
}

/// Whether a tree entry mode is a regular blob we list: 100644 or 100755 (not symlinks or submodules).
func isRegularBlobMode(_ mode: UInt32) -> Bool {
  mode == GIT_FILEMODE_BLOB.rawValue || mode == GIT_FILEMODE_BLOB_EXECUTABLE.rawValue
}

/// Sorts strings by their UTF-8 bytes, the order git and `Snapshot` use.
func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
  lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}

/// The blob id of the bytes of the file at `absolute` (no filters), or `nil` when the file is
/// gone: a file listed by a scan may be removed before it is hashed (another writer's temporary
/// file renamed into place), and a snapshot then takes the tree as it is once it has gone.
func blobIDOfFile(at absolute: String) throws -> git_oid? {
  var id = git_oid()
  let rc = git_odb_hashfile(&id, absolute, GIT_OBJECT_BLOB)
  if isCode(rc, GIT_ENOTFOUND) { return nil }
  try check("git_odb_hashfile", rc)
  return id
}
