# isms — build, demo, test, install, package.
# `make demo` and `make test` are the two commands of the README; both install the Debian
# packages the build needs first (apt-get, through sudo when not root).
# `make dist` and `make deb` package the portable release binary (docs/install.md).

PREFIX ?= /usr/local
SWIFT ?= swift
DEMO_REPO ?= out/example-repo
APT_PACKAGES := libgit2-dev pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev git python3 python3-yaml
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_RELEASE = $(shell $(SWIFT) build -c release --show-bin-path)/isms
VERSION := $(shell sed -n 's/.*current = "\(.*\)"/\1/p' Sources/ISMSCore/Support/ISMSVersion.swift)
ARCH := $(shell uname -m)
DEB_ARCH = $(shell dpkg --print-architecture)
# Linker inputs that link libgit2, cmark-gfm and jemalloc statically (scripts/static-libs.sh).
STATIC_LIBS := $(CURDIR)/.build/static-libs
SWIFT_RELEASE = PKG_CONFIG_PATH=$(STATIC_LIBS) $(SWIFT) build -c release --static-swift-stdlib
# The installed tree (bin/, share/man, share/*completions), staged for install, dist and deb.
STAGE := out/stage
DIST_NAME := isms-$(VERSION)-linux-$(ARCH)

.PHONY: deps build release stage demo test install uninstall dist deb clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

# The portable binary: the Swift runtime, Foundation, libgit2 (and its TLS, SSH and regex
# libraries), cmark-gfm and jemalloc are linked in, the catalogs and templates built in; it needs
# only the C runtime of any glibc Linux, and starts 11 ms sooner than with dynamic Swift libraries.
release: deps
	scripts/static-libs.sh $(STATIC_LIBS)
	$(SWIFT_RELEASE)

# bin/isms, its man page and its bash, zsh and fish completions. The page comes from
# swift-argument-parser's generate-manual, the tool its GenerateManual plugin runs; run here
# directly, as the plugin would first rebuild every product without the flags above.
stage: release
	rm -rf $(STAGE)
	install -d $(STAGE)/bin $(STAGE)/share/man/man1 $(STAGE)/share/bash-completion/completions \
	  $(STAGE)/share/zsh/site-functions $(STAGE)/share/fish/vendor_completions.d
	# Without its debug information (115 MB); the dynamic symbols jemalloc is bound by stay.
	strip -o $(STAGE)/bin/isms "$(BIN_RELEASE)"
	install -D -m 0644 scripts/dist/copyright $(STAGE)/share/doc/isms/copyright
	$(SWIFT_RELEASE) --product generate-manual
	"$$($(SWIFT) build -c release --show-bin-path)/generate-manual" $(STAGE)/bin/isms \
	  --date "$$(git log -1 --format=%cs 2>/dev/null || date -u +%F)" --authors "the isms maintainers" \
	  --output-directory $(STAGE)/share/man/man1
	$(STAGE)/bin/isms --generate-completion-script bash >$(STAGE)/share/bash-completion/completions/isms
	$(STAGE)/bin/isms --generate-completion-script zsh >$(STAGE)/share/zsh/site-functions/_isms
	$(STAGE)/bin/isms --generate-completion-script fish >$(STAGE)/share/fish/vendor_completions.d/isms.fish

demo: release
	rm -rf $(DEMO_REPO)
	scripts/build-example-history.sh $(DEMO_REPO)
	ISMS_TODAY=2026-11-29 scripts/demo.sh "$(BIN_RELEASE)" $(DEMO_REPO)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# bin/isms, share/man/man1/isms.1 (`man isms`), the completions where bash-completion, zsh and
# fish look under PREFIX, share/doc/isms/copyright.
install: stage
	install -d $(DESTDIR)$(PREFIX)
	cp -R $(STAGE)/. $(DESTDIR)$(PREFIX)/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/isms $(DESTDIR)$(PREFIX)/share/man/man1/isms.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/isms \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_isms \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/isms.fish
	# share/isms: the catalogs and templates that installs before they were built in.
	rm -rf $(DESTDIR)$(PREFIX)/share/doc/isms $(DESTDIR)$(PREFIX)/share/isms

# dist/isms-<version>-linux-<arch>.tar.gz (bin/, share/: unpack it into /usr/local or ~/.local)
# and its SHA-256, printed and written beside it.
dist: stage
	scripts/check-binary.sh $(STAGE)/bin/isms
	mkdir -p dist
	tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$$(git log -1 --format=%ct 2>/dev/null || echo 0)" \
	  -C $(STAGE) -cf - bin share | gzip -n -9 >dist/$(DIST_NAME).tar.gz
	cd dist && sha256sum $(DIST_NAME).tar.gz | tee $(DIST_NAME).tar.gz.sha256

# dist/isms_<version>_<arch>.deb: the same files under /usr, a copyright and a control file.
deb: stage
	scripts/check-binary.sh $(STAGE)/bin/isms
	scripts/build-deb.sh $(STAGE) $(VERSION) $(DEB_ARCH) dist

clean:
	rm -rf .build out dist
