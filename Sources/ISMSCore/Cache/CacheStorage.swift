import Foundation

/// Where a cache keeps its files, given by the caller: ISMSCore only encodes and decodes them
/// (values in, values out); reading and writing the files is GitStore's `CacheFolder`, inside the
/// git folder.
public protocol CacheStorage: Sendable {
  /// The bytes of the file `name`, or `nil` when it is missing or cannot be used.
  func read(_ name: String) -> Data?
  /// Replaces the file `name` by `data` as a whole (never half-written).
  /// - Returns: whether it was replaced.
  func write(_ data: Data, to name: String) -> Bool
  /// Appends `data` to the file `name` when it exists and still starts with `header` (not
  /// replaced meanwhile by another format or build), in one write whatever other writers append.
  /// - Returns: whether all of `data` was written.
  func append(_ data: Data, to name: String, header: Data) -> Bool
  /// Lets the system take back the memory that bytes `read` gave hold (the pages of a mapped
  /// file); they stay readable, and what is read again comes back from the file.
  func release(_ data: Data)
}

extension CacheStorage {
  /// Nothing to give back: the bytes are the storage's own.
  public func release(_ data: Data) {}
}
