#!/usr/bin/env bash
# Builds isms_<version>_<arch>.deb from a staged tree (make stage: bin/, share/) with dpkg-deb:
# the binary in /usr/bin, the man page in /usr/share/man/man1 (gzipped), the bash, zsh and fish
# completions where Debian's shells look for them, the copyright file in /usr/share/doc/isms.
# Usage: scripts/build-deb.sh STAGE VERSION ARCH OUTPUT_FOLDER
set -euo pipefail
stage=$(realpath "$1")
version=$2
arch=$3
out=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(mktemp -d)
chmod 0755 "$root"
trap 'rm -rf "$root"' EXIT
install -D -m 0755 "$stage/bin/isms" "$root/usr/bin/isms"
install -d "$root/usr/share/man/man1"
gzip -9n <"$stage/share/man/man1/isms.1" >"$root/usr/share/man/man1/isms.1.gz"
install -D -m 0644 "$stage/share/bash-completion/completions/isms" "$root/usr/share/bash-completion/completions/isms"
install -D -m 0644 "$stage/share/zsh/site-functions/_isms" "$root/usr/share/zsh/vendor-completions/_isms"
install -D -m 0644 "$stage/share/fish/vendor_completions.d/isms.fish" "$root/usr/share/fish/vendor_completions.d/isms.fish"
install -D -m 0644 "$here/dist/copyright" "$root/usr/share/doc/isms/copyright"
maintainer=${DEB_MAINTAINER:-isms maintainers <isms@localhost>}
# A native package's changelog (Debian policy 12.7), dated with the commit for reproducibility.
printf 'isms (%s) unstable; urgency=medium\n\n  * isms %s.\n\n -- %s  %s\n' "$version" "$version" \
  "$maintainer" "$(date -u -R -d "@$(git -C "$here" log -1 --format=%ct 2>/dev/null || echo 0)")" \
  | gzip -9n >"$root/usr/share/doc/isms/changelog.gz"
# The newest glibc symbol version the binary uses is the libc6 it needs.
glibc=$(objdump -T "$root/usr/bin/isms" | sed -n 's/.*GLIBC_\([0-9.]*\).*/\1/p' | sort -V | tail -1)
install -d "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<CONTROL
Package: isms
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: libc6 (>= $glibc), libgcc-s1, libstdc++6, zlib1g
Section: utils
Priority: optional
Description: ISO/IEC 27001 ISMS kept as Markdown in git
 isms keeps an organisation's information security management system as
 Markdown documents with YAML front-matter in a git repository: it validates
 them against the certification rules, reviews pull requests, runs the audit
 and management-review workflow and builds verifiable audit packets.
 One static binary; it never runs git and never touches the network.
CONTROL
mkdir -p "$out"
deb="$out/isms_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
(cd "$out" && sha256sum "$(basename "$deb")" | tee "$(basename "$deb").sha256")
