import Foundation

/// The object ids of one pack and where each lies in it, read from the pack's index file
/// (`objects/pack/pack-*.idx`, version 1 or 2).
///
/// Only a hint of where objects lie, never a way to read them: neither the index's checksum nor
/// its pack is checked, and a file whose layout does not add up is not used at all.
struct PackIndex {
  /// The number of objects in the pack.
  let count: Int
  private let bytes: Data
  private let version: Int
  /// Where the ids start; the fan-out table (256 big-endian counts) ends there.
  private let idsStart: Int
  /// The number of entries in the table of 8-byte offsets (version 2 only).
  private let largeOffsetCount: Int

  /// The index file at `path`, or `nil` when it cannot be read or is not a pack index.
  init?(path: String) {
    guard let bytes = Self.map(path) else { return nil }
    self.init(bytes: bytes)
  }

  /// The index in `bytes`, or `nil` when they are not a pack index of version 1 or 2.
  init?(bytes: Data) {
    self.bytes = bytes
    let trailer = 40  // the pack's checksum, then the index's
    if bytes.count >= 8, Self.uint32(bytes, at: 0) == 0xff74_4f63 {
      guard Self.uint32(bytes, at: 4) == 2 else { return nil }
      version = 2
      idsStart = 8 + 1_024
    } else {
      version = 1
      idsStart = 1_024
    }
    guard bytes.count >= idsStart + trailer else { return nil }
    var previous: UInt32 = 0
    for bucket in 0..<256 {
      let total = Self.uint32(bytes, at: idsStart - 1_024 + 4 * bucket)
      guard total >= previous else { return nil }
      previous = total
    }
    count = Int(previous)
    if version == 2 {
      let rest = bytes.count - (idsStart + 28 * count + trailer)
      guard rest >= 0, rest % 8 == 0 else { return nil }
      largeOffsetCount = rest / 8
    } else {
      guard bytes.count == idsStart + 24 * count + trailer else { return nil }
      largeOffsetCount = 0
    }
  }

  /// Where in the pack entry `index` starts, or `nil` when the index points outside itself.
  private func offset(at index: Int) -> UInt64? {
    guard version == 2 else { return UInt64(Self.uint32(bytes, at: idsStart + 24 * index)) }
    let small = Self.uint32(bytes, at: idsStart + 24 * count + 4 * index)
    guard small & 0x8000_0000 != 0 else { return UInt64(small) }
    let large = Int(small & 0x7fff_ffff)
    guard large < largeOffsetCount else { return nil }
    let position = idsStart + 28 * count + 8 * large
    return UInt64(Self.uint32(bytes, at: position)) << 32 | UInt64(Self.uint32(bytes, at: position + 4))
  }

  /// Where in the pack the object with the 20-byte id `id` starts, or `nil` when the pack does
  /// not hold it.
  func offset(of id: UnsafeRawBufferPointer) -> UInt64? {
    guard id.count == 20 else { return nil }
    let bucket = Int(id[0])
    var low = bucket == 0 ? 0 : Int(Self.uint32(bytes, at: idsStart - 1_024 + 4 * (bucket - 1)))
    var high = Int(Self.uint32(bytes, at: idsStart - 1_024 + 4 * bucket))
    return bytes.withUnsafeBytes { raw -> UInt64? in
      let stride = version == 2 ? 20 : 24
      let first = idsStart + (version == 2 ? 0 : 4)
      while low < high {
        let middle = (low + high) / 2
        // swift-format-ignore: NeverForceUnwrap
        // Why: these buffers are never empty, so they always have a base address.
        let order = memcmp(raw.baseAddress! + first + stride * middle, id.baseAddress!, 20)
        if order == 0 { return offset(at: middle) }
        if order < 0 { low = middle + 1 } else { high = middle }
      }
      return nil
    }
  }

  private static func uint32(_ bytes: Data, at position: Int) -> UInt32 {
    bytes.withUnsafeBytes { UInt32(bigEndian: $0.loadUnaligned(fromByteOffset: position, as: UInt32.self)) }
  }

  /// The file mapped read-only (git replaces index files by renaming new ones over them and
  /// removes them by unlinking, never rewrites them in place, so the mapping cannot shrink).
  private static func map(_ path: String) -> Data? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else {
      return nil
    }
    let size = Int(info.st_size)
    guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      mapped != UnsafeMutableRawPointer(bitPattern: -1)
    else { return nil }
    return Data(
      bytesNoCopy: mapped, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
  }
}
