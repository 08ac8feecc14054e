#!/usr/bin/env bash
# Checks that an isms binary is portable (make dist, .ci/run):
#  1. it needs no shared library beyond the C runtime every glibc Linux has (readelf NEEDED);
#  2. one allocator serves the process: the dynamic linker binds libc's own malloc and free to the
#     executable's jemalloc (LD_DEBUG=bindings as witness, as Tests/ISMSCLITests/Build/AllocatorTests
#     does for the development build);
#  3. a copy of it alone in an empty folder, with an empty environment, can init an ISMS, validate
#     it and build and verify a packet (the catalogs and templates are built in).
# Usage: scripts/check-binary.sh BINARY
set -euo pipefail
bin=$(realpath "${1:?usage: check-binary.sh BINARY}")
# The dynamic loader (ld-linux) is part of libc6 itself.
allowed=" libc.so.6 libm.so.6 libpthread.so.0 libdl.so.2 librt.so.1 libgcc_s.so.1 libstdc++.so.6 libz.so.1 ld-linux-x86-64.so.2 ld-linux-aarch64.so.1 "
needed=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
extra=""
for library in $needed; do
  case "$allowed" in *" $library "*) ;; *) extra="$extra $library" ;; esac
done
if [ -n "$extra" ]; then
  echo "check-binary: $bin needs$extra beyond the C runtime (libc, libm, libpthread, libdl, librt, libgcc_s, libstdc++, libz)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$bin" "$work/isms"
cd "$work"
run() { env -i ./isms "$@"; }
run --version
run init acme --org "Check GmbH" --owner-name Check --owner-email check@example.test --today 2026-01-15 >/dev/null
run validate --repo acme --today 2026-01-15 | tail -1 | grep -q " 0 errors"
run packet --repo acme --today 2026-01-15 --kind surveillance -o packet.zip >/dev/null
run packet verify packet.zip --repo acme >/dev/null

bindings=$(env -i LD_DEBUG=bindings ./isms validate --repo acme --today 2026-01-15 2>&1 >/dev/null || true)
libc_allocs=$(grep -E "binding file [^ ]*libc\.so\.6 \[0\] to .*normal symbol \`(malloc|free)'" <<<"$bindings" || true)
if [ -z "$libc_allocs" ] || grep -qv " to ./isms \[0\]" <<<"$libc_allocs"; then
  echo "check-binary: libc's malloc and free are not all bound to the executable's jemalloc:" >&2
  echo "${libc_allocs:-(LD_DEBUG reported no binding of malloc or free in libc)}" >&2
  exit 1
fi
echo "check-binary: $(basename "$bin") needs only$(printf ' %s' $needed); runs alone; one allocator"
