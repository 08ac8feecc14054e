import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Export the ISMS in an exchange format.",
      discussion: "Formats: oscal (NIST OSCAL 1.1.3 JSON). See 'isms export oscal --help'.",
      subcommands: [OSCALExportCommand.self])
  }
}

extension ISMSCommand.Export {
  struct OSCALExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "oscal",
      abstract: "Write the Annex A catalog and the Statement of Applicability as NIST OSCAL JSON.",
      discussion: """
        Writes two files into --output (default: ./oscal): \(OSCALExport.catalogFile), an OSCAL \
        1.1.3 catalog of the 93 Annex A controls grouped by theme, with the ISO/IEC 27002 \
        attributes as properties in the namespace \(OSCAL.namespace) (ids and our own short \
        titles only, no text of the standard); and \(OSCALExport.componentFile), an OSCAL \
        component definition with one component, the ISMS, and one implemented requirement per \
        control carrying its applicability, implementation status and owner as properties and \
        its justification as remarks. The component definition finds the catalog through its \
        source, by default the catalog's file name, which OSCAL resolves next to the component \
        definition. --catalog-href sets another: trestle resolves relative paths from the folder \
        it runs in, so for a trestle workspace pass trestle://catalogs/NAME/catalog.json (the \
        catalog imported with 'trestle import -f \(OSCALExport.catalogFile) -o NAME'), or the \
        https URL where the catalog is published; scripts/check-oscal-trestle.sh shows the way.

        UUIDs are name-based (version 5) and last-modified is --today at 00:00:00Z, so the same \
        ISMS gives byte-identical files. scripts/validate-oscal.sh DIR checks them against the \
        NIST JSON schemas.

        Exit status: 0 when both files were written; 1 when the ISMS cannot be read or the folder \
        cannot be written.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("The folder to write into (created if needed).", valueName: "dir"))
    var output: String = "oscal"

    @Option(
      help: ArgumentHelp(
        "Where the component definition finds the catalog (default: \(OSCALExport.catalogFile), beside it).",
        valueName: "href"))
    var catalogHref: String = OSCALExport.catalogFile

    @Option(help: ArgumentHelp("Output format: json (the only OSCAL format written).", valueName: "format"))
    var format: OSCALFormat = .json

    func validate() throws {
      if catalogHref.isEmpty || catalogHref.contains(where: { $0.isWhitespace || $0.isNewline }) {
        throw ValidationError(
          "--catalog-href must be a URI reference without spaces, e.g. trestle://catalogs/iso/catalog.json.")
      }
    }

    func run() throws {
      let context = try ISMSContext(global)
      let isms = ISMS.load(from: try context.snapshot()).isms
      let export = OSCALExport(
        isms: isms, catalogs: try TemplateFiles.catalogs(), day: context.today, catalogHref: catalogHref)
      let folder = URL(fileURLWithPath: output, isDirectory: true).standardizedFileURL
      let confidential = isms.holdsConfidentialContent
      for (file, document) in [
        (OSCALExport.catalogFile, try JSONOutput.render(export.catalog)),
        (OSCALExport.componentFile, try JSONOutput.render(export.componentDefinition)),
      ] {
        try OutputFile.write(
          Data(document.utf8), to: folder.appendingPathComponent(file), confidential: confidential,
          repository: context.repository, createFolders: true)
      }
      Console.report(
        "Wrote \(folder.path)/\(OSCALExport.catalogFile) and \(OSCALExport.componentFile) (OSCAL \(OSCAL.version))."
      )
    }
  }
}
