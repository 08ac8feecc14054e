import Foundation
import Testing

@Suite("isms allocates memory with jemalloc")
struct AllocatorTests {
  /// `(caller, provider)` file names of every binding of `malloc` or `free` in an `LD_DEBUG=bindings`
  /// report: `binding file /…/libc.so.6 [0] to /…/libjemalloc.so.2 [0]: normal symbol `free'`.
  func allocatorBindings(in report: String) -> [(caller: String, provider: String)] {
    report.split(separator: "\n").compactMap { line in
      guard
        line.hasSuffix("normal symbol `malloc' [GLIBC_2.2.5]")
          || line.hasSuffix("normal symbol `free' [GLIBC_2.2.5]"),
        let file = line.range(of: "binding file "), let to = line.range(of: " [0] to "),
        let end = line.range(of: " [0]: ", range: to.upperBound..<line.endIndex)
      else { return nil }
      let name = { (path: Substring) in String(path.split(separator: "/").last ?? path) }
      return (name(line[file.upperBound..<to.lowerBound]), name(line[to.upperBound..<end.lowerBound]))
    }
  }

  @Test(
    "the dynamic linker binds every malloc and free, the C libraries' included, to jemalloc",
    .enabled(if: LinkerBindings.available))
  func everyAllocationIsJemallocs() throws {
    // One allocator must serve the whole process: memory that libc or libgit2 allocates is freed
    // by Swift code and the other way round.
    let result = try LinkerBindings.validateRun()
    #expect(result.status == 0, "\(result.stdout)")
    let bindings = allocatorBindings(in: result.stderr)
    let callers = Set(bindings.map(\.caller))
    for caller in ["isms", "libc.so.6", "libgit2.so.1.5"] {
      #expect(callers.contains(caller), "no malloc or free of \(caller) was bound: \(callers.sorted())")
    }
    for binding in bindings {
      #expect(binding.provider == "libjemalloc.so.2", "\(binding.caller) allocates with \(binding.provider)")
    }
  }
}
