import Foundation

/// Checks a packet against its own manifest, and the manifest against the repository.
public enum PacketVerifier {
  /// Reads the zip and reports every file that is missing, extra, or of another size or SHA-256
  /// than `manifest.json` lists. Throws only when the zip itself cannot be read safely.
  public static func verify(
    _ archive: Data, limits: PacketLimits = .standard
  ) throws(PacketReadError) -> PacketVerification {
    let entries = try PacketArchive.entries(of: archive, limits: limits)
    let manifestPath = PacketArchive.manifestPath
    guard let manifestEntry = entries.first(where: { $0.path == manifestPath }) else {
      return PacketVerification(
        manifest: nil, problems: [PacketProblem(path: manifestPath, kind: .unreadableManifest("missing"))])
    }
    let manifest: PacketManifest
    do {
      manifest = try PacketManifest(jsonData: manifestEntry.contents)
    } catch {
      return PacketVerification(
        manifest: nil,
        problems: [PacketProblem(path: manifestPath, kind: .unreadableManifest(String(describing: error)))])
    }
    guard manifest.format == PacketManifest.currentFormat else {
      return PacketVerification(
        manifest: nil,
        problems: [
          PacketProblem(path: manifestPath, kind: .unreadableManifest("unknown format '\(manifest.format)'"))
        ])
    }
    return PacketVerification(manifest: manifest, problems: problems(of: entries, against: manifest))
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

  private static func problems(of entries: [PacketEntry], against manifest: PacketManifest) -> [PacketProblem]
  {
    var contents: [String: Data] = [:]
    for entry in entries { contents[entry.path] = entry.contents }
    var problems: [PacketProblem] = []
    var listed: Set<String> = []
    for file in manifest.files {
      if let reason = listingProblem(file, isNew: listed.insert(file.path).inserted) {
        problems.append(PacketProblem(path: file.path, kind: .invalidListing(reason)))
        continue
      }
      guard let data = contents[file.path] else {
        problems.append(PacketProblem(path: file.path, kind: .missing))
        continue
      }
      if data.count != file.size {
        problems.append(
          PacketProblem(path: file.path, kind: .sizeMismatch(expected: file.size, actual: data.count)))
      }
      let digest = PacketDigest.sha256(data)
      if digest != file.sha256 {
        problems.append(
          PacketProblem(path: file.path, kind: .hashMismatch(expected: file.sha256, actual: digest)))
      }
    }
    let unlisted = entries.map(\.path).filter { $0 != PacketArchive.manifestPath && !listed.contains($0) }
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
