#ifndef ISMS_EMPTY_TRUST_STORE_H
#define ISMS_EMPTY_TRUST_STORE_H

/// Nothing to call: linking this target into the `isms` executable replaces, for libgit2, the two
/// mbedTLS functions that load certificate authorities (see empty_trust_store.c).

#endif
