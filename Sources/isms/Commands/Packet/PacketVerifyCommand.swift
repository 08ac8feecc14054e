import ArgumentParser
import Foundation
import GitStore
import ISMSCore

extension ISMSCommand {
  /// `isms packet verify`: check a packet against its manifest and, optionally, the repository.
  struct PacketVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract:
        "Check a packet: every file against manifest.json, and with --repo its documents against git.",
      discussion: """
        Reads the zip safely (no extraction; unsafe paths, zip bombs and corrupt entries are \
        refused) and checks that every file listed in manifest.json is present with the listed \
        size and SHA-256, and that no file is unlisted. With --repo it also checks that the \
        source commit exists in the repository and that every document's blob id matches the \
        file at its source path in that commit.

        Exit status: 0 when everything matches; 1 on any mismatch, naming each file, or when \
        the packet or the repository cannot be read; 64 on usage errors.
        """)

    @Argument(help: ArgumentHelp("The packet to check.", valueName: "file.zip"))
    var file: String

    @Option(
      help: ArgumentHelp(
        "The ISMS repository (or a folder inside it) to check the documents against.", valueName: "path"))
    var repo: String?

    func run() throws {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw CLIError("cannot read \(file); check the path.")
      }
      let verification: PacketVerification
      do {
        verification = try PacketVerifier.verify(data)
      } catch {
        Console.report("FAILED \(file): \(error.description)")
        throw ExitCode.failure
      }
      var problems = verification.problems
      var notes: [String] = []
      if let manifest = verification.manifest, let repo {
        let (repoProblems, note) = try Self.checkRepository(manifest, repo: repo)
        problems += repoProblems
        notes.append(note)
      }
      guard problems.isEmpty, let manifest = verification.manifest else {
        Console.report(problems.map { "FAILED \($0.description)" }.joined(separator: "\n"))
        Console.report("\(file): \(problems.count) \(problems.count == 1 ? "problem" : "problems").")
        throw ExitCode.failure
      }
      let documents = manifest.files.filter { $0.blobID != nil }.count
      Console.report(
        "OK \(file): \(manifest.files.count) files match manifest.json (source commit \(manifest.sourceCommit.prefix(12)), "
          + "isms \(manifest.toolVersion))." + (notes.isEmpty ? "" : " " + notes.joined(separator: " "))
          + (repo == nil
            ? " \(documents) documents list blob ids; pass --repo to check them against git." : ""))
    }

    /// The documents whose blobs differ from the repository's, and a note on what was checked.
    static func checkRepository(_ manifest: PacketManifest, repo: String) throws -> ([PacketProblem], String)
    {
      var options = try GlobalOptions.parse(["--repo", repo])
      options.rev = manifest.sourceCommit
      let context = try ISMSContext(options)
      let commit: CommitInfo
      do {
        commit = try context.repository.resolve(manifest.sourceCommit)
      } catch {
        return (
          [
            PacketProblem(
              path: PacketArchive.manifestPath,
              kind: .invalidListing("source commit \(manifest.sourceCommit) does not exist in \(repo)"))
          ],
          ""
        )
      }
      let snapshot = try context.repository.snapshot(at: commit.id, root: context.rootInRepository)
      var blobs: [String: String] = [:]
      for entry in snapshot.entries { blobs[entry.path] = entry.blobID }
      let problems = PacketVerifier.checkSources(of: manifest) { blobs[$0] }
      let checked = manifest.files.filter { $0.blobID != nil }.count
      return (
        problems, "Source commit found in the repository; \(checked) document files match their git blobs."
      )
    }
  }
}
