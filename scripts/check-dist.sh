#!/usr/bin/env bash
# Proves that the release archive (make dist) runs on a Debian system without any -dev package:
# a minimal Debian root (debootstrap --variant=minbase: libc, libstdc++, zlib, apt; no libgit2,
# no cmark-gfm, no jemalloc, no Swift) is made in a temporary folder, only the archive is copied
# in, and inside it (chroot, empty environment) isms inits an ISMS, validates it, builds a packet
# and verifies it. With a .deb (make deb) as well, it is installed there with dpkg -i and run.
#
# Needs root (debootstrap, chroot) and Debian's mirror the first time; the finished root is cached
# as a tarball in ${ISMS_ROOT_CACHE:-~/.cache/isms} and unpacked from there afterwards.
# Usage: scripts/check-dist.sh ARCHIVE.tar.gz [PACKAGE.deb]
set -euo pipefail
archive=$(realpath "${1:?usage: check-dist.sh ARCHIVE.tar.gz [PACKAGE.deb]}")
deb=${2:+$(realpath "$2")}
suite=${ISMS_CHECK_SUITE:-bookworm}
mirror=${ISMS_CHECK_MIRROR:-http://deb.debian.org/debian}
cache_dir=${ISMS_ROOT_CACHE:-${HOME:-/root}/.cache/isms}
cache=$cache_dir/debian-$suite-minbase-$(dpkg --print-architecture).tar.gz
command -v debootstrap >/dev/null || { echo "check-dist: needs debootstrap (apt-get install debootstrap)" >&2; exit 1; }

root=$(mktemp -d)
trap 'umount "$root/proc" 2>/dev/null || true; rm -rf --one-file-system "$root"' EXIT
if [ -f "$cache" ]; then
  tar -xzf "$cache" -C "$root"
else
  echo "check-dist: debootstrap $suite (minbase) from $mirror; cached in $cache afterwards" >&2
  debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.log" 2>&1 || {
    tail -20 "$root.log" >&2
    exit 1
  }
  rm -f "$root.log"
  mkdir -p "$cache_dir"
  tar -czf "$cache.tmp" -C "$root" . && mv "$cache.tmp" "$cache"
fi

# The root is what a user's machine might be: no development package, none of the libraries isms
# links in.
present=$(chroot "$root" dpkg-query -W -f '${Package}\n' | grep -E -- '-dev$|libgit2|cmark|jemalloc|swift' || true)
if [ -n "$present" ]; then
  echo "check-dist: the test root is not minimal, it has: $present" >&2
  exit 1
fi

# Every Linux system has /proc; the Swift runtime reads the command line from /proc/self/cmdline.
mount -t proc proc "$root/proc"
inside() { chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/sh -euc "$1"; }
cp "$archive" "$root/tmp/isms.tar.gz"
inside '
  mkdir -p /opt/isms && tar -xzf /tmp/isms.tar.gz -C /opt/isms
  test -f /opt/isms/share/man/man1/isms.1
  test -f /opt/isms/share/bash-completion/completions/isms
  test -f /opt/isms/share/zsh/site-functions/_isms
  test -f /opt/isms/share/fish/vendor_completions.d/isms.fish
  mkdir /tmp/work && cd /tmp/work
  /opt/isms/bin/isms --version
  /opt/isms/bin/isms init acme --org "Check GmbH" --owner-name Check --owner-email check@example.test --today 2026-01-15 >/dev/null
  /opt/isms/bin/isms validate --repo acme --today 2026-01-15 | tail -1 | grep -q " 0 errors"
  /opt/isms/bin/isms packet --repo acme --today 2026-01-15 --kind surveillance -o packet.zip >/dev/null
  /opt/isms/bin/isms packet verify packet.zip --repo acme
'
if [ -n "$deb" ]; then
  cp "$deb" "$root/tmp/isms.deb"
  inside '
    dpkg -i /tmp/isms.deb >/dev/null
    test "$(command -v isms)" = /usr/bin/isms
    test -f /usr/share/man/man1/isms.1.gz && test -f /usr/share/doc/isms/copyright
    test -f /usr/share/bash-completion/completions/isms && test -f /usr/share/zsh/vendor-completions/_isms
    cd /tmp && rm -rf work && mkdir work && cd work
    isms init acme --org "Check GmbH" --owner-name Check --owner-email check@example.test --today 2026-01-15 >/dev/null
    isms packet --repo acme --today 2026-01-15 --kind surveillance -o packet.zip >/dev/null && isms packet verify packet.zip --repo acme
    dpkg -r isms >/dev/null && test ! -e /usr/bin/isms
  '
fi
echo "check-dist: $(basename "$archive")${deb:+ and $(basename "$deb")} run on a minimal Debian $suite without -dev packages"
