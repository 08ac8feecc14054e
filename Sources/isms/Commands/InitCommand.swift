import ArgumentParser
import Foundation
import GitStore
import ISMSCore

extension ISMSCommand {
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Create a new ISMS and commit it.",
      discussion: """
        Writes isms.yml, one file per Annex A control (applicability undecided), the mandatory \
        documents of ISO/IEC 27001:2022 as starting drafts and a worked example risk, and commits \
        them. Inside a git repository the ISMS goes into PATH as a subfolder of it; elsewhere PATH \
        becomes a new repository whose first branch is main.

        The first person of the ISMS is you: --owner-name and --owner-email, or your git identity \
        (user.name, user.email). A fresh ISMS validates with warnings (drafts, undecided controls) \
        and no errors; 'isms validate' lists what to do next.
        """)

    @Argument(
      help: ArgumentHelp("Where to create the ISMS (default: the current folder).", valueName: "path"))
    var path: String = "."

    @Option(help: ArgumentHelp("The organisation's legal name.", valueName: "name"))
    var org: String

    @Option(help: ArgumentHelp("Your full name (default: git user.name).", valueName: "name"))
    var ownerName: String?

    @Option(help: ArgumentHelp("Your e-mail address (default: git user.email).", valueName: "email"))
    var ownerEmail: String?

    @Option(
      help: ArgumentHelp(
        "Take this day as today (also ISMS_TODAY); dates the drafts and the commit.", valueName: "yyyy-mm-dd")
    )
    var today: Day?

    func validate() throws {
      for (flag, value) in [
        ("--org", org), ("--owner-name", ownerName ?? ""), ("--owner-email", ownerEmail ?? ""),
      ] {
        if value.contains(where: {
          $0 == "\"" || $0 == "\\" || $0.isNewline || $0.asciiValue.map { $0 < 32 } == true
        }) {
          throw ValidationError("\(flag) must not contain quotes, backslashes or line breaks.")
        }
      }
      if org.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("--org must name the organisation.")
      }
    }

    func run() throws {
      let today = try Today.resolve(option: self.today)
      try RecordCommit.refuseOutOfRange(today)
      let target = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
      if FileManager.default.fileExists(atPath: target.appendingPathComponent("isms.yml").path) {
        throw CLIError("\(target.path) already holds an ISMS (isms.yml); nothing was written.")
      }
      // The rules of every file isms writes: here, above all, nothing inside a .git folder.
      try OutputFile.check(target.appendingPathComponent("isms.yml"), repository: nil)
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), !isFolder.boolValue {
        throw CLIError(
          "\(target.path) is a file, not a folder; give a folder for the ISMS (it is created when missing). "
            + "Nothing was written.")
      }
      let catalogs = try TemplateFiles.catalogs()
      let blueprint = ISMSBlueprint(templates: try TemplateFiles.texts(in: "init"))
      let (repository, created) = try openOrCreateRepository(at: target)
      do {
        let identity = try ownerIdentity(repository)
        let owner = ISMSBlueprint.Owner(
          id: ISMSBlueprint.Owner.personID(fromEmail: identity.email), name: identity.name,
          email: identity.email)
        let controls = catalogs.annexA.map {
          ISMSBlueprint.Control(id: $0.id, title: $0.title, theme: $0.theme)
        }
        let files = try blueprint.files(organization: org, owner: owner, today: today.day, controls: controls)
        let root = try rootInRepository(repository, target: target)
        // The runner commits; with no git identity, the owner is the one running init.
        let commit = try RecordCommit.write(
          files, repository: repository, root: root,
          message: "Create the ISMS of \(org)\n\n\(ReviewTrailer.event): \(ReviewTrailer.initEvent)\n",
          author: identity, committer: (try? repository.defaultIdentity()) ?? identity, today: today,
          expectedParent: nil)
        Console.report(
          """
          Created the ISMS of \(org) in \(target.path) (\(files.count) files, commit \(commit.shortID)).
          Next: fill in isms.yml (people, scope), decide the 93 controls in controls/, then run 'isms validate'.
          """)
      } catch {
        if created { try? FileManager.default.removeItem(at: target.appendingPathComponent(".git")) }
        throw error
      }
    }

    private func openOrCreateRepository(at target: URL) throws -> (GitRepository, Bool) {
      var probe = target
      while !FileManager.default.fileExists(atPath: probe.path) { probe = probe.deletingLastPathComponent() }
      if let existing = try? GitRepository.discover(from: probe.path), existing.workingDirectory != nil {
        try OutputFile.createFolders(target)
        return (existing, false)
      }
      return (try GitRepository.create(at: target.path), true)
    }

    private func ownerIdentity(_ repository: GitRepository) throws -> Identity {
      if let ownerName, let ownerEmail { return Identity(name: ownerName, email: ownerEmail) }
      let configured: Identity
      do {
        configured = try repository.defaultIdentity()
      } catch {
        throw CLIError(
          "no identity for the first person: pass --owner-name and --owner-email, or set git user.name and user.email."
        )
      }
      return Identity(name: ownerName ?? configured.name, email: ownerEmail ?? configured.email)
    }

    private func rootInRepository(_ repository: GitRepository, target: URL) throws -> String {
      guard let workdir = repository.workingDirectory else {
        throw CLIError("\(repository.gitDirectory) is bare.")
      }
      let top = URL(fileURLWithPath: workdir, isDirectory: true).standardizedFileURL.path
      let path = target.path
      guard path == top || path.hasPrefix(top + "/") else {
        throw CLIError("\(path) is outside the repository at \(top).")
      }
      return path == top ? "" : String(path.dropFirst(top.count + 1))
    }
  }
}
