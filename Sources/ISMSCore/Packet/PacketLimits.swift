/// Bounds on what a packet may hold; reading refuses an archive past them before inflating it,
/// and holds at most the central directory, the manifest and one chunk of an entry in memory.
public struct PacketLimits: Sendable, Hashable {
  /// Most entries in one archive.
  public var maxEntries: Int
  /// Most uncompressed bytes of one entry.
  public var maxEntrySize: Int
  /// Most uncompressed bytes of all entries together.
  public var maxTotalSize: Int
  /// Most uncompressed bytes per compressed byte of one entry.
  public var maxRatio: Int
  /// Most bytes of the central directory, which is read whole.
  public var maxDirectorySize: Int
  /// Most bytes of `manifest.json`, which is read whole.
  public var maxManifestSize: Int

  /// Limits of your own choosing.
  public init(
    maxEntries: Int, maxEntrySize: Int, maxTotalSize: Int, maxRatio: Int, maxDirectorySize: Int = 1 << 27,
    maxManifestSize: Int = 1 << 26
  ) {
    self.maxEntries = maxEntries
    self.maxEntrySize = maxEntrySize
    self.maxTotalSize = maxTotalSize
    self.maxRatio = maxRatio
    self.maxDirectorySize = maxDirectorySize
    self.maxManifestSize = maxManifestSize
  }

  /// The limits of every packet: 65 535 entries (the most a zip without ZIP64 holds), 1 GiB per
  /// entry, 2 GiB in all, a ratio of 1 100 (deflate cannot exceed about 1 032, so only a crafted
  /// archive declares more), a central directory of 128 MiB (65 535 entries with the longest
  /// paths a packet allows take 70 MB) and a manifest of 64 MiB.
  public static let standard = PacketLimits(
    maxEntries: 65_535, maxEntrySize: 1 << 30, maxTotalSize: 1 << 31, maxRatio: 1_100)
}
