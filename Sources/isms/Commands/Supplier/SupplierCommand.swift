import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand {
  struct Supplier: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "supplier",
      abstract: "Record a supplier's certificates and reports, and supplier reviews, each as one commit.",
      discussion: """
        Assurance records (suppliers/assurance/ASR-NNN.md) hold what a supplier gave us: an ISO/IEC \
        27001 certificate, a SOC 2 report with its CUECs and subservice organisations, a bridge \
        letter, a penetration test summary. Supplier reviews (records/supplier-reviews/SRV-NNN.md) \
        hold what we asked with our questionnaire, what we found and decided. Rules V1-V10 check \
        them ('isms rules V3'); docs/suppliers.md is the reference.

        Examples:
          isms supplier assurance add --supplier SUP-001 --type soc2 \\
            --report-type 2 --period-start 2025-10-01 \\
            --period-end 2026-09-30 --opinion unqualified \\
            --subservice "Equinix=carve-out" \\
            --cuec "CUEC-1:A.5.15:Customers manage IAM users" \\
            --reference "AWS Artifact" --by jdoe
          isms supplier review --supplier SUP-001 --questionnaire PLN-013 \\
            --answers "All answered" --decision approve \\
            --assurance ASR-004,ASR-005 --by jdoe
        """,
      subcommands: [Assurance.self, ReviewSupplier.self])

    struct Assurance: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "assurance", abstract: "Record a supplier's certificate, report or letter.",
        subcommands: [Add.self])
    }
  }
}

/// Parsing and checking the values supplier commands take.
enum SupplierInput {
  /// The ids of a repeatable, comma-separated option.
  static func ids(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  /// The supplier `id` names, or an error naming the suppliers known.
  static func supplier(_ id: String, in isms: ISMS) throws -> Document {
    guard let document = isms.document(id: id), document.kind == .supplier else {
      let known = isms.documents(of: .supplier).map(\.id).sorted().joined(separator: ", ")
      throw CLIError("--supplier \(id) is not a supplier (known: \(known)); nothing was written.")
    }
    return document
  }
}

/// The JSON of the supplier commands.
struct SupplierRecordReport: Encodable {
  let id: String
  let kind: String
  let path: String
  let supplier: String
  let by: String
  let commit: String
}
