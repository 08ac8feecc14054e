import ArgumentParser
import Foundation
import GitStore
import ISMSCore

extension ISMSCommand {
  /// `isms packet build` (the default subcommand of `isms packet`).
  struct PacketBuild: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "build",
      abstract: "Build the audit packet of one commit as a zip.",
      discussion: """
        Builds one zip from a commit (never from the working tree): index.html (cover page and \
        contents), the Statement of Applicability (HTML and CSV), every controlled document \
        rendered from Markdown, the risk register and treatment plan (HTML, CSV) with heat maps \
        before and after treatment (SVG), the records (audits, findings, management reviews, …), \
        the document control log from git, the changes since the previous external audit, the \
        source of every document, packet.json (how it was built) and manifest.json (SHA-256 and \
        size of every file, each document's git blob id, the source commit, the tool version). \
        Its CSV files are UTF-8 with a byte-order mark, so that Excel shows accents and "€" \
        correctly.

        What goes in follows the audit (--kind, or the type of --audit): a surveillance packet \
        keeps only records since the previous external audit plus open findings; the other kinds \
        hold every record. --audience customer builds a short packet for customers instead: \
        scope, certificates, external audits held, the controls in place and the documents \
        classified public; nothing internal or confidential. A soc2 packet (Type I or II, from \
        soc2: in isms.yml) adds the system description, management's assertion to sign, the \
        control matrix and the changes in the period (docs/soc2.md).

        The commit is --rev (default HEAD) or, with --as-of DAY, the last commit on the \
        first-parent history of --rev whose committer date is at or before the END of that day \
        in UTC (DAYT23:59:59Z). The same commit and options give a byte-identical zip: entries \
        sorted, stamped with the commit's time, no build clock; the packet records the commit id, \
        never how --rev spelled it, and every option that decides its bytes (manifest.json \
        built_from), so that 'isms packet verify --repo' can build it again and compare. \
        --today (default: the --as-of day, else ISMS_TODAY, else the system date) only decides \
        date-dependent marks such as overdue reviews, and is recorded in manifest.json and \
        packet.json.

        A document of the commit that cannot be read (a YAML or schema error) stops the build, \
        naming the file, line and field as 'isms validate' does. With --allow-invalid the packet \
        is built without it, and index.html and manifest.json list every document left out and why.

        HTML comes from the Mustache templates of templates/packet/; the ISMS repository's own \
        templates/packet/<file> (read from the same commit) overrides them file by file. Every \
        page carries the Content-Security-Policy "default-src 'none'; style-src 'unsafe-inline'; \
        img-src data:" and loads nothing from outside the packet.

        The zip is written to a temporary file next to FILE and renamed, with mode 0600 when it \
        holds a document classified confidential, else as the umask says (0644 usually). FILE must \
        be a regular file that may be replaced, or not exist yet: devices, read-only files and \
        anything inside .git are refused. --pdf also prints the whole packet \
        to FILE with .pdf instead of .zip, NEXT TO the zip (not inside, so the zip stays \
        reproducible), with headless Chromium (chromium, chromium-browser or google-chrome on \
        PATH; at most 120 s).

        Examples:
          isms packet --kind surveillance -o packet.zip
          isms packet --audit AUD-2026-SURV-02 --as-of 2026-11-30 -o surv.zip --pdf
          isms packet --audience customer -o trust.zip
          isms packet verify packet.zip --repo .

        Exit status: 0, 1 when the ISMS, a document (without --allow-invalid), the commit or the \
        templates cannot be read or the file cannot be written, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(
      help: ArgumentHelp("The audit record the packet is for; its type sets the kind.", valueName: "audit-id")
    )
    var audit: String?

    @Option(help: ArgumentHelp("The kind of audit the packet is for.", valueName: "kind"))
    var kind: PacketKind?

    @Option(
      name: .customLong("as-of"),
      help: ArgumentHelp(
        "Build from the last commit at or before the end of this day (UTC).", valueName: "yyyy-mm-dd"))
    var asOf: Day?

    @Option(help: ArgumentHelp("Who the packet is for.", valueName: "audience"))
    var audience: PacketAudience = .auditor

    @Option(name: .shortAndLong, help: ArgumentHelp("The zip to write.", valueName: "file.zip"))
    var output: String

    @Flag(help: "Also print the packet to a PDF next to the zip with headless Chromium.")
    var pdf = false

    @Flag(
      name: .customLong("allow-invalid"),
      help: "Leave out documents that cannot be read, listing them in the packet, instead of failing.")
    var allowInvalid = false

    func validate() throws {
      if audit == nil && kind == nil && audience == .auditor {
        throw ValidationError("say which audit the packet is for: --audit AUDIT-ID or --kind KIND.")
      }
      if output.isEmpty { throw ValidationError("-o needs a file name.") }
    }

    func run() throws {
      let started = Date()
      let context = try ISMSContext(global)
      let target = URL(fileURLWithPath: output).standardizedFileURL
      try OutputFile.check(target, repository: context.repository)
      let options = PacketBuildOptions(
        audit: audit, kind: kind, audience: audience, asOf: asOf, revision: global.rev ?? "HEAD",
        allowInvalid: allowInvalid)
      let prepared = try PacketBuilder(context: context, options: options).prepare()
      var written: BuiltPacket?
      try OutputFile.write(to: target, confidential: prepared.confidential, repository: context.repository) {
        written = try prepared.write(to: $0)
      }
      Console.endProgress()
      let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
      let files = (written?.manifest.files.count ?? 0) + 1
      Console.report(
        "Wrote \(target.path): \(prepared.summary), \(files) files, \(written?.size ?? 0) bytes"
          + "\(prepared.confidential ? ", mode 0600 (confidential content)" : ""), in \(seconds) s."
      )
      if pdf {
        let pdfURL = target.deletingPathExtension().appendingPathExtension("pdf")
        guard let archive = FileManager.default.contents(atPath: target.path) else {
          throw CLIError("cannot read \(target.path) back for printing; the zip was written.")
        }
        try PacketPDF.print(
          archive, to: pdfURL, confidential: prepared.confidential, repository: context.repository)
        Console.report("Wrote \(pdfURL.path).")
      }
    }
  }
}
