import Clibgit2
import Foundation

/// Where objects lie in a repository's packs, to read many of them in that order.
///
/// A pack stores most objects as deltas against others stored before them, often in chains
/// dozens deep (`git fast-import` makes each blob a delta of the blob written before it), and
/// libgit2 keeps only a small cache of inflated bases: read in an unrelated order, each object
/// inflates its chain again; read in pack order, each finds its base just inflated. This is only
/// an order, never a way to read: an object missing from every index (loose, in an alternate) or
/// an index that cannot be used changes the order, not what is read.
struct PackOrder {
  private let packs: [PackIndex]

  /// The indexes (`pack-*.idx`) in the folder `packFolder`, sorted by name; those that cannot be
  /// read are left out.
  init(packFolder: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: packFolder)) ?? []
    packs = names.filter { $0.hasPrefix("pack-") && $0.hasSuffix(".idx") }.sorted().compactMap {
      PackIndex(path: packFolder + "/" + $0)
    }
  }

  /// The positions of `ids` (40 hexadecimal digits each) by where the objects lie: by pack, then
  /// by offset in the pack; the ids no index holds come last, in the order given.
  func order(of ids: [String]) -> [Int] {
    var placed: [(pack: Int, offset: UInt64, position: Int)] = []
    var rest: [Int] = []
    for (position, id) in ids.enumerated() {
      if let place = place(of: id) {
        placed.append((place.pack, place.offset, position))
      } else {
        rest.append(position)
      }
    }
    placed.sort { ($0.pack, $0.offset, $0.position) < ($1.pack, $1.offset, $1.position) }
    return placed.map(\.position) + rest
  }

  private func place(of id: String) -> (pack: Int, offset: UInt64)? {
    guard !packs.isEmpty, let oid = try? git_oid(hex: id) else { return nil }
    return withUnsafeBytes(of: oid.id) { raw in
      for (pack, index) in packs.enumerated() {
        if let offset = index.offset(of: raw) { return (pack, offset) }
      }
      return nil
    }
  }
}
