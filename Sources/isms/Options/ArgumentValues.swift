import ArgumentParser
import ISMSCore

// The ISMSCore values options take, parsed by ArgumentParser: `--help` lists each type's values,
// and a value that is not one of them is a usage error (exit 64) that names them.

/// A day `YYYY-MM-DD` that exists (`--today`, `--as-of`, `--date`, `--due`, …).
extension Day: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }
}
