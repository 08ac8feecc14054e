import ArgumentParser
import ISMSCore

// The ISMSCore values options take, parsed by ArgumentParser: `--help` lists each type's values,
// and a value that is not one of them is a usage error (exit 64) that names them.

/// A day `YYYY-MM-DD` that exists (`--today`, `--as-of`, `--date`, `--due`, …).
extension Day: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
}

/// `isms packet --kind`.
extension PacketKind: ExpressibleByArgument {}

/// `isms packet --audience`.
extension PacketAudience: ExpressibleByArgument {}

/// `isms finding open --grade`.
extension FindingGrade: ExpressibleByArgument {}

/// `isms audit plan --type`.
extension AuditType: ExpressibleByArgument {}

/// `isms cycle start --anchor`.
extension SurveillanceAnchor: ExpressibleByArgument {}

/// The event of `isms cycle event`.
extension CycleEvent: ExpressibleByArgument {}

/// `isms cycle event suspend --cause`.
extension SuspensionCause: ExpressibleByArgument {}

/// `isms supplier assurance add --type`.
extension AssuranceRecord.AssuranceType: ExpressibleByArgument {}

/// `isms supplier assurance add --opinion`.
extension AssuranceRecord.Opinion: ExpressibleByArgument {}

/// `isms supplier review --decision`.
extension SupplierReviewRecord.Decision: ExpressibleByArgument {}

/// `isms soc2 scope --type`: 1 or 2.
extension ISMSCore.SOC2Scope.ReportType: ExpressibleByArgument {}

/// `isms soa decide --implementation`.
extension Implementation: ExpressibleByArgument {}

/// `isms finding verify --method`.
extension VerificationMethod: ExpressibleByArgument {}

/// `isms import risks --preset`.
extension RiskImportOptions.Preset: ExpressibleByArgument {}
