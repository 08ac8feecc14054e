import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.Review {
  struct CodeOwners: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "codeowners",
      abstract: "Write a CODEOWNERS file that asks the entitled approvers to review each document.",
      discussion: """
        Maps every policy, procedure and plan (its path from the repository top) to the forge \
        handles (@handle, from isms.yml people[].forge) of the people holding its approver role \
        (top-management for the information security policy). isms.yml is owned by top management \
        (it says who holds which role), and a catch-all for the ISMS folder by the ciso and \
        isms-manager comes first, because in CODEOWNERS the last matching line wins. Lines are in \
        path order, so the file is the same every run. Documents nobody with a forge handle may \
        approve get no line of their own and a warning on standard error.

        The file is written, not committed: review it and commit it yourself. The default is \
        .github/CODEOWNERS at the repository top; --output - prints it instead. isms never writes \
        outside the repository or into .git.

        Examples:
          isms review codeowners
          isms review codeowners --output docs/CODEOWNERS
          isms review codeowners --output -

        Exit status: 0 when written (also with warnings), 1 on errors, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp(
        "Where to write, relative to the current folder (- for standard output).", valueName: "path"))
    var output: String?

    func run() throws {
      let context = try ISMSContext(global)
      let isms = ISMS.load(from: try context.snapshot()).isms
      let owners = ISMSCore.CodeOwners(isms: isms, rootPrefix: context.rootInRepository)
      for warning in owners.warnings { Console.err("warning: \(warning)") }
      if output == "-" {
        Console.out(owners.text)
        return
      }
      let top = context.root.path.dropLast(context.rootInRepository.count)
      let topURL = URL(fileURLWithPath: String(top), isDirectory: true).standardizedFileURL
        .resolvingSymlinksInPath()
      let target = try Self.destination(output, top: topURL)
      try OutputFile.write(
        Data(owners.text.utf8), to: target, confidential: false, repository: context.repository,
        createFolders: true)
      let shown = String(target.path.dropFirst(topURL.path.count).drop { $0 == "/" })
      Console.report(
        "Wrote \(shown) (\(owners.documentCount) documents, \(owners.warnings.count) warnings). "
          + "Next: review it and commit it; enable \"Require review from Code Owners\" on the protected branch."
      )
    }

    /// The file to write: `--output` or `.github/CODEOWNERS`, refused outside the repository
    /// (``OutputFile`` refuses `.git` and anything but a regular file).
    static func destination(_ output: String?, top: URL) throws -> URL {
      let requested =
        output.map { URL(fileURLWithPath: $0) } ?? top.appendingPathComponent(".github/CODEOWNERS")
      let target = OutputFile.resolved(requested)
      guard target.path.hasPrefix(top.path + "/") else {
        throw CLIError(
          "--output \(output ?? "") is outside the repository \(top.path); nothing was written.")
      }
      return target
    }
  }
}
