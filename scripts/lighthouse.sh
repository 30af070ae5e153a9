#!/usr/bin/env bash
# A phone on a slow network (issue #19): Lighthouse 12.2.3 (mobile preset: simulated
# slow 4G and 4× CPU slowdown) in Debian's Chromium against the release site and server
# on a demo register, for the landing page, "My data" and the permissions page (the
# last two signed in as Maija, her session cookie given to Lighthouse). Prints score,
# time to interactive and total blocking time per page. Lighthouse is installed from
# npm into the build cache the first time. Needs `scripts/build-site.sh` done first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
LH_DIR="${TIETONI_LIGHTHOUSE_DIR:-/var/cache/tietoni/lighthouse}"
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
    mkdir -p "$LH_DIR"
    (cd "$LH_DIR" && npm install --no-audit --no-fund --silent lighthouse@12.2.3)
fi
BIN="$TARGET_DIR/release/tietoni"
work=$(mktemp -d)
port=3190
DATABASE_URL="sqlite:$work/lh.db" TIETONI_LISTEN="127.0.0.1:$port" TIETONI_SECURE_COOKIES=false \
    TIETONI_SITE_ROOT="$SITE_ROOT" TIETONI_OUTBOX_DIR="$work/outbox" RUST_LOG=warn \
    "$BIN" serve --seed-demo > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
curl -s -o /dev/null -c "$work/cookies" -H 'Sec-Fetch-Site: same-origin' \
    --data-urlencode 'login=maija.meikalainen@example.fi' --data-urlencode 'password=Demo-tunnuslause-1' \
    "http://127.0.0.1:$port/api/sign_in"
cookie=$(awk '$6 == "tietoni_session" { print $6 "=" $7 }' "$work/cookies")
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
printf '| page | score | time to interactive | total blocking time | transferred |\n| --- | --- | --- | --- | --- |\n'
for page in / /oma/tiedot /oma/luvat; do
    headers='{}'
    [ "$page" != / ] && headers="{\"Cookie\": \"$cookie\"}"
    CHROME_PATH=/usr/bin/chromium "$LH_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$page" \
        --quiet --output=json --output-path="$work/lh.json" --only-categories=performance \
        --extra-headers="$headers" \
        --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
        >/dev/null 2>&1 || { echo "lighthouse failed on $page" >&2; exit 1; }
    jq -r --arg page "$page" '"| \($page) | \(.categories.performance.score) | \(.audits.interactive.numericValue / 1000 | . * 100 | round / 100) s | \(.audits["total-blocking-time"].numericValue | round) ms | \(.audits["total-byte-weight"].numericValue / 1024 | round) KiB |"' "$work/lh.json"
done
