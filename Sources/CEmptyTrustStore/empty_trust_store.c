// isms never opens a network connection, yet Debian's libgit2 1.5.1 (built with mbedTLS) parses
// every certificate authority in /etc/ssl/certs/ca-certificates.crt inside git_libgit2_init:
// 140 certificates, 7 ms of CPU on every run, the largest single cost of a one-file
// `isms review pr`, and libgit2 has no option to skip it.
//
// The executable defines the two mbedTLS functions libgit2 loads them with. libgit2.so imports
// them, so the linker exports these definitions and the dynamic linker binds libgit2's calls to
// them (the executable comes first in the lookup order); mbedTLS itself is untouched. They report
// success having added nothing, so libgit2's TLS trust store is empty: if anything in isms ever
// asked libgit2 for an HTTPS transfer, certificate verification would fail and the transfer
// would be refused. isms is offline by design; this makes that a property of the binary too.
//
// Signatures as in mbedtls/x509_crt.h (mbedTLS 2.28); the certificate chain is only passed on.

#include "empty_trust_store.h"

struct mbedtls_x509_crt;

int mbedtls_x509_crt_parse_file(struct mbedtls_x509_crt *chain, const char *path);
int mbedtls_x509_crt_parse_path(struct mbedtls_x509_crt *chain, const char *path);

int mbedtls_x509_crt_parse_file(struct mbedtls_x509_crt *chain, const char *path) {
  (void)chain;
  (void)path;
  return 0;
}

int mbedtls_x509_crt_parse_path(struct mbedtls_x509_crt *chain, const char *path) {
  (void)chain;
  (void)path;
  return 0;
}
