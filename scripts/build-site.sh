#!/usr/bin/env bash
# Builds the release site and server without cargo-leptos, with the same steps it takes:
#   1. the server binary `tietoni` (release);
#   2. the browser build of `app` (hydrate, wasm32, profile wasm-release);
#   3. wasm-bindgen --target web, then wasm-opt -Oz (binaryen from end2end's npm packages);
#   4. the JS glue minified (esbuild) and style/main.css minified for the browsers that
#      matter (lightningcss), both pinned in end2end/package-lock.json;
#   5. the JS, WASM and CSS named by their content (`tietoni.<16 hex of SHA-256>.js` …,
#      listed in the site's `hash.txt`, which the server reads), so they can be cached for
#      a year; public/ copied to the site root;
#   6. the JS, WASM and CSS stored compressed beside themselves (brotli quality 11, gzip -9),
#      which the server sends to browsers that accept them (bytes on the wire count).
# cargo-leptos stays a developer's `watch` tool; nothing here needs it, which saves
# compiling it (11 to 27 minutes on 2 cores) on a fresh machine.
#   scripts/build-site.sh            everything
#   scripts/build-site.sh --site     steps 2-5 only (the server is built elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
OUTPUT_NAME=tietoni
PKG="$SITE_ROOT/pkg"

if [ "${1:-}" != "--site" ]; then
    say "server (release)"
    cargo build --release -p server --bin tietoni
fi

say "browser build (hydrate, wasm32, wasm-release)"
cargo build -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate \
    --profile wasm-release

rm -rf "$SITE_ROOT.new"
mkdir -p "$SITE_ROOT.new/pkg"
say "wasm-bindgen"
wasm-bindgen --target web --no-typescript --out-name "$OUTPUT_NAME" --out-dir "$SITE_ROOT.new/pkg" \
    "$TARGET_DIR/wasm32-unknown-unknown/wasm-release/app.wasm"
say "wasm-opt -Oz"
# wasm-bindgen names it `<name>_bg.wasm`; step 5 renames it by its content.
wasm_file="$SITE_ROOT.new/pkg/${OUTPUT_NAME}_bg.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$wasm_file" -o "$wasm_file"
say "JS and CSS"
esbuild --minify --log-level=warning "$SITE_ROOT.new/pkg/$OUTPUT_NAME.js" --outfile="$SITE_ROOT.new/pkg/$OUTPUT_NAME.min.js"
mv "$SITE_ROOT.new/pkg/$OUTPUT_NAME.min.js" "$SITE_ROOT.new/pkg/$OUTPUT_NAME.js"
lightningcss --minify --targets 'defaults' style/main.css -o "$SITE_ROOT.new/pkg/$OUTPUT_NAME.css"
say "names by content"
hashes=""
for kind in js wasm css; do
    case $kind in
        js) f="$SITE_ROOT.new/pkg/$OUTPUT_NAME.js" ;;
        wasm) f="$wasm_file" ;;
        css) f="$SITE_ROOT.new/pkg/$OUTPUT_NAME.css" ;;
    esac
    hash=$(sha256sum "$f" | cut -c1-16)
    mv "$f" "$SITE_ROOT.new/pkg/$OUTPUT_NAME.$hash.$kind"
    hashes+="$kind: $hash"$'\n'
done
printf '%s' "$hashes" > "$SITE_ROOT.new/hash.txt"
cp -R public/. "$SITE_ROOT.new/"
say "precompressed copies"
# Node's zlib (Node is here for the tools above), so no other package is needed.
node -e '
const fs = require("node:fs"), zlib = require("node:zlib");
for (const f of process.argv.slice(1)) {
  const raw = fs.readFileSync(f);
  fs.writeFileSync(f + ".br", zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  fs.writeFileSync(f + ".gz", zlib.gzipSync(raw, { level: 9 }));
}' "$SITE_ROOT.new/pkg/"*.{js,wasm,css}

# Replace the old site in one step, so a running server never sees half a site.
rm -rf "$SITE_ROOT.old"
[ -d "$SITE_ROOT" ] && mv "$SITE_ROOT" "$SITE_ROOT.old"
mv "$SITE_ROOT.new" "$SITE_ROOT"
rm -rf "$SITE_ROOT.old"
say "site ready in $SITE_ROOT"
