import Foundation
import Testing

@Suite("isms gives libgit2 an empty TLS trust store")
struct HardeningTrustStoreTests {
  /// The dynamic linker's report of where `symbol`, as libgit2 calls it, was bound.
  func bindings(of symbol: String, in output: String) -> [Substring] {
    output.split(separator: "\n").filter { $0.contains("libgit2") && $0.contains("`\(symbol)'") }
  }

  @Test(
    "the dynamic linker binds libgit2's certificate loading to the executable, not to mbedTLS",
    .enabled(if: LinkerBindings.available))
  func certificateLoadingIsTheExecutables() throws {
    // Debian's libgit2 1.5.1 loads the system CA bundle with mbedtls_x509_crt_parse_file in
    // git_libgit2_init.
    let result = try LinkerBindings.validateRun()
    #expect(result.status == 0, "\(result.stdout)")
    let bound = bindings(of: "mbedtls_x509_crt_parse_file", in: result.stderr)
    #expect(!bound.isEmpty, "libgit2 did not bind mbedtls_x509_crt_parse_file at all")
    for line in bound {
      #expect(line.hasSuffix("/isms [0]: normal symbol `mbedtls_x509_crt_parse_file'"), "\(line)")
    }
  }
}
