#!/usr/bin/env bash
# README command 2: every check and test. Sets up what is missing, then runs
#   formatting, clippy (ssr and hydrate), the wasm dependency check, unit, property and
#   integration tests on SQLite and a real PostgreSQL server, the release build with its
#   first-load size budget, and the end2end suite with axe in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests
source scripts/env.sh

say() { printf '\n\033[1m==> %s\033[0m\n' "$*" >&2; }
LOG_DIR=$(mktemp -d)
passed=0
failed=0
count_cargo() { # sums the "test result: ok. N passed; M failed; ..." lines of a log
    local p f
    p=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^passed/) s += $i } END { print s + 0 }' "$1")
    f=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed/) s += $i } END { print s + 0 }' "$1")
    passed=$((passed + p)); failed=$((failed + f))
}

say "formatting"
cargo fmt --all --check

say "clippy, server build (ssr)"
cargo clippy --workspace --all-targets --features app/ssr -- -D warnings
say "clippy, browser build (hydrate)"
cargo clippy -p app --lib --no-default-features --features hydrate --target wasm32-unknown-unknown -- -D warnings

say "the browser build pulls no server-only crate"
leaked=$(cargo tree -p app -e normal --no-default-features --features hydrate --target wasm32-unknown-unknown --prefix none \
    | grep -E '^(sqlx|tokio|argon2|axum|leptos_axum|hyper|tower) ' | sort -u || true)
if [ -n "$leaked" ]; then echo "server-only crates in the wasm build: $leaked" >&2; exit 1; fi

say "PostgreSQL on loopback"
PG_URL=$(scripts/postgres.sh start)
trap 'scripts/postgres.sh stop' EXIT
export TIETONI_TEST_POSTGRES_URL="$PG_URL" TIETONI_REQUIRE_POSTGRES=1

say "unit, property and integration tests (SQLite and PostgreSQL)"
cargo test -p app --features ssr 2>&1 | tee "$LOG_DIR/app.log"
count_cargo "$LOG_DIR/app.log"
cargo test -p server 2>&1 | tee "$LOG_DIR/server.log"
count_cargo "$LOG_DIR/server.log"
# The integration tests' SQLite files and mail outboxes (one per test app).
rm -rf "${TMPDIR:-/tmp}"/tietoni-test-*.db* "${TMPDIR:-/tmp}"/tietoni-outbox-*

say "release build and first-load size"
cargo leptos build --release
scripts/bundle-size.sh

say "end2end in Chromium, with axe"
export TIETONI_BIN="$TARGET_DIR/release/tietoni" TIETONI_SITE_ROOT="$SITE_ROOT"
(cd end2end && npx playwright test) 2>&1 | tee "$LOG_DIR/e2e.log"
e2e_passed=$(grep -E '^\s+[0-9]+ passed' "$LOG_DIR/e2e.log" | grep -oE '[0-9]+' | head -n1)
passed=$((passed + ${e2e_passed:-0}))

echo
echo "tests: $passed passed, $failed failed"
