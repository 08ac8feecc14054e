#!/usr/bin/env bash
# Prepares a folder of linker inputs that makes `PKG_CONFIG_PATH=<folder> swift build` link
# libgit2, cmark-gfm and jemalloc into the isms binary statically (make release, make dist).
#
# The modulemaps and Package.swift ask for -lgit2, -lcmark-gfm, -lcmark-gfm-extensions and
# -ljemalloc. The folder's libgit2.pc answers SwiftPM's pkg-config query for Clibgit2 with
# -L<folder> (Debian's names -L/usr/lib/<arch>, and the first -L wins), so the linker looks there
# first for every -l, and a "lib<name>.so" it finds there may be a linker script: each one here
# names Debian's static archives instead of the shared library (libgit2's own dependencies as
# `pkg-config --static --libs libgit2` lists them; zlib and librt stay shared: every glibc system
# has them).
#
# jemalloc goes in as one relocatable object, not as an archive: the static Swift stdlib link
# passes --exclude-libs ALL, which hides every archive symbol, and would leave libc's own
# allocations (strdup, realpath, opendir, ...) on glibc's malloc while libgit2 and Swift free
# them with jemalloc's. An object's symbols stay exported (-export-dynamic), so the dynamic
# linker binds libc's malloc and free to the executable's jemalloc: one allocator for the process.
#
# mbedTLS's two certificate loaders become weak symbols in a copy of libmbedx509.a, so that
# the executable's empty trust store (Sources/CEmptyTrustStore) replaces them as it does for
# the shared libgit2.
#
# Usage: scripts/static-libs.sh <folder>
set -euo pipefail
out=${1:?usage: static-libs.sh <folder>}
lib=/usr/lib/$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
for archive in libgit2 libmbedtls libmbedx509 libmbedcrypto libhttp_parser libssh2 libssl libcrypto \
  libpcre2-8 libcmark-gfm libcmark-gfm-extensions libjemalloc_pic; do
  [ -f "$lib/$archive.a" ] || { echo "static-libs.sh: $lib/$archive.a is missing (make deps)" >&2; exit 1; }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
objcopy --weaken-symbol=mbedtls_x509_crt_parse_file --weaken-symbol=mbedtls_x509_crt_parse_path \
  "$lib/libmbedx509.a" "$out/libmbedx509.a"
ld -r --whole-archive "$lib/libjemalloc_pic.a" -o "$out/jemalloc.o"
# Debian has no static GSSAPI; libgit2's HTTP Negotiate authentication gets stand-ins (see the file).
# An archive, not an object: -lgit2 comes twice (pkg-config and the modulemap), and an object named
# twice would be linked twice.
${CC:-cc} -O2 -fPIC -Wall -Werror -c "$(dirname "$0")/dist/gssapi-unavailable.c" -o "$out/gssapi-unavailable.o"
rm -f "$out/libgssapi-unavailable.a"
ar rcs "$out/libgssapi-unavailable.a" "$out/gssapi-unavailable.o"
cat >"$out/libgit2.so" <<SCRIPT
/* libgit2 and its dependencies, static (scripts/static-libs.sh) */
GROUP ( $lib/libgit2.a $lib/libssh2.a $lib/libmbedtls.a $out/libmbedx509.a $lib/libmbedcrypto.a
        $lib/libhttp_parser.a $lib/libpcre2-8.a $lib/libssl.a $lib/libcrypto.a $out/libgssapi-unavailable.a
        -lz -lrt -ldl -lpthread )
SCRIPT
echo "INPUT ( $lib/libcmark-gfm.a )" >"$out/libcmark-gfm.so"
echo "GROUP ( $lib/libcmark-gfm-extensions.a $lib/libcmark-gfm.a )" >"$out/libcmark-gfm-extensions.so"
echo "INPUT ( $out/jemalloc.o -lpthread -ldl -lm )" >"$out/libjemalloc.so"
# Cflags as in Debian's libgit2.pc, so that the Swift modules compile as in any release build.
cat >"$out/libgit2.pc" <<PC
Name: libgit2
Description: libgit2 and its dependencies, linked statically (scripts/static-libs.sh)
Version: $(pkg-config --modversion libgit2)
Libs: -L$out -lgit2
Cflags: -I/usr/include
PC
