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
        Reads the zip from disk entry by entry, in bounded memory (no extraction; unsafe paths, \
        zip bombs, sizes or counts past the limits and corrupt entries are refused), and checks \
        that every file listed in manifest.json is present with the listed size and SHA-256, that \
        every document copied from git hashes to the git blob id listed for it, and that no file \
        is unlisted. This proves the packet is consistent, NOT where it came from: anyone can \
        write a consistent packet.

        With --repo it also proves the packet's provenance: every document's blob is the one at \
        its path in the recorded source commit, every document of that commit that belongs in \
        this kind of packet is present, and building the packet again from the recorded commit \
        and options (kind, audience, audit, as-of, today) gives the same bytes; it names the \
        first file that differs. That needs the isms version that built the packet.

        Limits: 65,535 entries, 1 GiB per entry, 2 GiB in all, a compression ratio of 1,100, a \
        central directory of 128 MiB and a manifest.json of 64 MiB.

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
      let source = try PacketFileSource(path: file)
      let verification: PacketVerification
      do {
        verification = try PacketVerifier.verify(source)
      } catch {
        Console.report("FAILED \(file): \(error.description)")
        throw ExitCode.failure
      }
      var problems = verification.problems
      var note =
        " Provenance NOT checked: pass --repo PATH to check the documents against git and build the packet again."
      if problems.isEmpty, let manifest = verification.manifest, let sha256 = verification.manifestSHA256,
        let repo
      {
        let checked = try PacketProvenance.check(manifest, manifestSHA256: sha256, packet: source, repo: repo)
        problems += checked.problems
        note = " " + checked.note
      }
      guard problems.isEmpty, let manifest = verification.manifest else {
        Console.report(DiagnosticText.printableLines(problems.map { "FAILED \($0.description)" }))
        Console.report("\(file): \(problems.count) \(problems.count == 1 ? "problem" : "problems").")
        throw ExitCode.failure
      }
      let documents = manifest.files.filter { $0.blobID != nil }.count
      Console.report(
        "OK \(file): \(manifest.files.count) files match manifest.json and \(documents) documents their git "
          + "blob ids (source commit \(manifest.sourceCommit.prefix(12)), isms \(manifest.toolVersion))."
          + note)
    }
  }
}
