import Foundation

/// A built packet: the zip to hand to the auditor and the manifest inside it.
public struct PacketBuild: Sendable, Hashable {
  /// The zip's bytes, identical for identical inputs.
  public let archive: Data
  /// The manifest written into it as `manifest.json`.
  public let manifest: PacketManifest
}
