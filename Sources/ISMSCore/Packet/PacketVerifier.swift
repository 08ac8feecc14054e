import Foundation

/// Checks a packet against its own manifest, the manifest against the repository, and the packet
/// against the one its recorded commit and options build.
public enum PacketVerifier {
  /// ``verify(_:limits:)-(PacketByteSource,_)`` of a packet held in memory.
  public static func verify(
    _ archive: Data, limits: PacketLimits = .standard
  ) throws(PacketReadError) -> PacketVerification {
    try verify(PacketMemorySource(archive: [UInt8](archive)), limits: limits)
  }

  /// Reads the zip entry by entry (holding only the central directory, the manifest and one
  /// chunk at a time) and reports every file that is missing, extra, of another size or SHA-256
  /// than `manifest.json` lists, or whose bytes are not the git blob it lists. Throws only when
  /// the zip itself cannot be read safely.
  public static func verify(
    _ source: some PacketByteSource, limits: PacketLimits = .standard
  ) throws(PacketReadError) -> PacketVerification {
    let manifestPath = PacketArchive.manifestPath
    let digests = try ZipReader.scan(source, limits: limits) { path, size in
      path == manifestPath && size <= limits.maxManifestSize
    }
    guard let manifestEntry = digests.first(where: { $0.path == manifestPath }) else {
      return PacketVerification(
        manifest: nil, problems: [PacketProblem(path: manifestPath, kind: .unreadableManifest("missing"))])
    }
    guard let manifestBytes = manifestEntry.contents else {
      throw .limitExceeded(
        "\(manifestPath) has \(manifestEntry.size) bytes, more than \(limits.maxManifestSize)")
    }
    let manifest: PacketManifest
    do {
      manifest = try PacketManifest(jsonData: Data(manifestBytes))
    } catch {
      return PacketVerification(
        manifest: nil,
        problems: [PacketProblem(path: manifestPath, kind: .unreadableManifest(String(describing: error)))])
    }
    guard manifest.format == PacketManifest.currentFormat else {
      return PacketVerification(
        manifest: nil,
        problems: [
          PacketProblem(
            path: manifestPath,
            kind: .unreadableManifest(
              "format '\(manifest.format)', not '\(PacketManifest.currentFormat)'; check it with the isms that built it"
            ))
        ])
    }
    return PacketVerification(
      manifest: manifest, manifestSHA256: manifestEntry.sha256,
      problems: problems(of: digests, against: manifest))
  }

  /// The listed documents whose blob at `sourcePath` in the repository differs from the one the
  /// manifest records. `blobAt` gives the blob id at the manifest's source commit, or `nil` when the
  /// path does not exist there; the caller wires it to the repository. Files without a blob id are skipped.
  public static func checkSources(
    of manifest: PacketManifest, blobAt: (_ sourcePath: String) throws -> String?
  ) rethrows -> [PacketProblem] {
    var problems: [PacketProblem] = []
    for file in manifest.files {
      guard let expected = file.blobID else { continue }
      guard let sourcePath = file.sourcePath else {
        problems.append(PacketProblem(path: file.path, kind: .missingSourcePath))
        continue
      }
      guard let actual = try blobAt(sourcePath) else {
        problems.append(PacketProblem(path: file.path, kind: .notInRepository(sourcePath: sourcePath)))
        continue
      }
      if actual != expected {
        problems.append(
          PacketProblem(
            path: file.path, kind: .blobMismatch(sourcePath: sourcePath, expected: expected, actual: actual)))
      }
    }
    return problems
  }

  /// How a verified packet (`manifest`, whose own bytes hash to `manifestSHA256`) differs from
  /// `rebuilt`, the packet its recorded commit and options build: every document of the commit
  /// that belongs in the packet and is not in it, then the first file (in path order, the manifest
  /// last, as it differs whenever another file does) that differs.
  /// Empty when every file is the same; the caller then compares the zips' bytes.
  public static func compare(
    _ manifest: PacketManifest, manifestSHA256: String, with rebuilt: PacketManifest
  ) -> [PacketProblem] {
    let listed = Set(manifest.files.map(\.path))
    var problems: [PacketProblem] = rebuilt.files.compactMap { file in
      guard let sourcePath = file.sourcePath, file.blobID != nil, !listed.contains(file.path) else {
        return nil
      }
      return PacketProblem(path: file.path, kind: .missingDocument(sourcePath: sourcePath))
    }
    var packet = Dictionary(
      manifest.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
    var expected = Dictionary(
      rebuilt.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
    packet[PacketArchive.manifestPath] = manifestSHA256
    expected[PacketArchive.manifestPath] = PacketDigest.sha256((try? rebuilt.jsonData()) ?? Data())
    let paths =
      Set(packet.keys).union(expected.keys).subtracting([PacketArchive.manifestPath]).sorted(
        by: PacketPath.precedes)
      + [PacketArchive.manifestPath]
    if let first = paths.first(where: { packet[$0] != expected[$0] }) {
      problems.append(
        PacketProblem(
          path: first,
          kind: .differsFromRebuild(inPacket: packet[first] != nil, inRebuild: expected[first] != nil)))
    }
    return problems
  }

  private static func problems(of digests: [ZipEntryDigest], against manifest: PacketManifest)
    -> [PacketProblem]
  {
    var byPath: [String: ZipEntryDigest] = [:]
    for digest in digests { byPath[digest.path] = digest }
    var problems: [PacketProblem] = []
    var listed: Set<String> = []
    for file in manifest.files {
      if let reason = listingProblem(file, isNew: listed.insert(file.path).inserted) {
        problems.append(PacketProblem(path: file.path, kind: .invalidListing(reason)))
        continue
      }
      guard let digest = byPath[file.path] else {
        problems.append(PacketProblem(path: file.path, kind: .missing))
        continue
      }
      if digest.size != file.size {
        problems.append(
          PacketProblem(path: file.path, kind: .sizeMismatch(expected: file.size, actual: digest.size)))
      }
      if digest.sha256 != file.sha256 {
        problems.append(
          PacketProblem(path: file.path, kind: .hashMismatch(expected: file.sha256, actual: digest.sha256)))
      }
      if let blobID = file.blobID, digest.gitBlobID != blobID {
        problems.append(
          PacketProblem(path: file.path, kind: .notTheBlob(expected: blobID, actual: digest.gitBlobID)))
      }
    }
    let unlisted = digests.map(\.path).filter { $0 != PacketArchive.manifestPath && !listed.contains($0) }
    for path in unlisted.sorted(by: PacketPath.precedes) {
      problems.append(PacketProblem(path: path, kind: .extra))
    }
    return problems
  }

  private static func listingProblem(_ file: PacketManifest.File, isNew: Bool) -> String? {
    if !isNew { return "listed twice" }
    if file.path == PacketArchive.manifestPath { return "the manifest lists itself" }
    return PacketPath.problem(with: file.path)
  }
}
