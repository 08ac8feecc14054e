import Foundation
import GitStore
import ISMSCore

/// What `packet verify --repo` proves beyond the packet's own consistency: that its documents are
/// the blobs of the recorded commit, that no document of the commit that belongs in it is
/// missing, and that building it again from the recorded commit and options gives the same bytes.
enum PacketProvenance {
  /// The problems found checking `manifest` (whose bytes hash to `manifestSHA256`), read from
  /// `packet`, against the repository at `repo`, and one line on what was checked.
  static func check(
    _ manifest: PacketManifest, manifestSHA256: String, packet: some PacketByteSource, repo: String
  ) throws -> (problems: [PacketProblem], note: String) {
    let built = manifest.builtFrom
    let context = try ISMSContext(repo: repo, rev: manifest.sourceCommit, today: built.today)
    let commit: CommitInfo
    do {
      commit = try context.repository.resolve(manifest.sourceCommit)
    } catch {
      return (
        [
          PacketProblem(
            path: PacketArchive.manifestPath,
            kind: .invalidListing("source commit \(manifest.sourceCommit) does not exist in \(repo)"))
        ], ""
      )
    }
    let snapshot = try context.repository.snapshot(at: commit.id, root: context.rootInRepository)
    var blobs: [String: String] = [:]
    for entry in snapshot.entries { blobs[entry.path] = entry.blobID }
    let sourceProblems = PacketVerifier.checkSources(of: manifest) { blobs[$0] }
    guard sourceProblems.isEmpty else { return (sourceProblems, "") }
    let rebuilt: BuiltPacket
    let difference: Int?
    switch try rebuild(manifest, context: context, comparingWith: packet) {
    case .built(let packet, let offset): (rebuilt, difference) = (packet, offset)
    case .refused(let reason):
      return ([PacketProblem(path: PacketArchive.manifestPath, kind: .notRebuilt(reason))], "")
    }
    let differences = PacketVerifier.compare(manifest, manifestSHA256: manifestSHA256, with: rebuilt.manifest)
    guard differences.isEmpty else { return (differences, "") }
    if let offset = difference {
      return (
        [
          PacketProblem(
            path: PacketArchive.manifestPath,
            kind: .notRebuilt(
              "every file matches, but the zip differs from the one built again at byte \(offset) "
                + "(headers, order or timestamps)"))
        ], ""
      )
    }
    let documents = manifest.files.filter { $0.blobID != nil }.count
    return (
      [],
      "Provenance checked against \(repo): \(documents) document files are the git blobs of commit "
        + "\(commit.shortID), every document of that commit that belongs in this packet is present, "
        + "and building it again from the recorded commit and options gives the same bytes."
    )
  }

  /// A packet built again, with the first offset at which it differs from the one verified
  /// (`nil`: the same bytes), or why it cannot be built.
  private enum Rebuild {
    case built(BuiltPacket, firstDifference: Int?)
    case refused(String)
  }

  /// The packet built again from `manifest`'s commit and options and compared with `packet` as
  /// it is made (never held in memory), or why it cannot be built.
  private static func rebuild(
    _ manifest: PacketManifest, context: ISMSContext, comparingWith packet: some PacketByteSource
  ) throws -> Rebuild {
    let built = manifest.builtFrom
    guard manifest.toolVersion == ISMSVersion.current else {
      return .refused(
        "built by isms \(manifest.toolVersion), this is isms \(ISMSVersion.current); verify it with isms "
          + "\(manifest.toolVersion)")
    }
    guard let kind = PacketKind(rawValue: built.kind), let audience = PacketAudience(rawValue: built.audience)
    else {
      return .refused("unknown kind '\(built.kind)' or audience '\(built.audience)'")
    }
    let options = PacketBuildOptions(
      audit: built.audit, kind: kind, audience: audience, asOf: built.asOf, revision: manifest.sourceCommit,
      allowInvalid: true)
    do {
      var offset = 0
      var difference: Int?
      let rebuilt = try PacketBuilder(context: context, options: options).prepare().write { buffer in
        defer { offset += buffer.count }
        guard difference == nil else { return }
        let count = max(0, min(buffer.count, packet.count - offset))
        let bytes = count > 0 ? try packet.bytes(at: offset, count: count) : []
        if let index = zip(bytes, buffer).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
        {
          difference = offset + index
        } else if count < buffer.count {
          difference = offset + count
        }
      }
      if difference == nil, offset != packet.count { difference = min(offset, packet.count) }
      return .built(rebuilt, firstDifference: difference)
    } catch let error as CLIError {
      return .refused(error.description)
    }
  }
}
