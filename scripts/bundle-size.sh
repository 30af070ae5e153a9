#!/usr/bin/env bash
# Measures what the first load of a page costs in WASM + JS (raw, gzip -9, brotli -q 11)
# from the release site, and fails when the brotli total exceeds the budget
# (150 KB = 150 000 bytes, issue #2). Run after `cargo leptos build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
BUDGET=${TIETONI_BUNDLE_BUDGET:-150000}
pkg="$SITE_ROOT/pkg"
total=0
printf '%-16s %10s %10s %10s\n' file raw gzip brotli
for f in "$pkg"/*.wasm "$pkg"/*.js; do
    [ -f "$f" ] || continue
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    br=$(brotli -q 11 -c "$f" | wc -c)
    total=$((total + br))
    printf '%-16s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
echo "first-load WASM + JS, brotli: $total bytes (budget $BUDGET)"
if [ "$total" -eq 0 ]; then echo "no wasm/js found in $pkg" >&2; exit 1; fi
[ "$total" -le "$BUDGET" ] || { echo "over the first-load budget" >&2; exit 1; }
