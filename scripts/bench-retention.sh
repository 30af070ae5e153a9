#!/usr/bin/env bash
# The retention run at telecom scale (server/benches/retention.rs, issue #17): a new
# database in the test cluster of scripts/postgres.sh with BENCH_CUSTOMERS customers
# (default 10 000) and BENCH_TRAFFIC traffic records (default 10 000 000, partitioned by
# month), two runs that remove about 10 % and 5 %, each timed while a customer's
# traffic page is loaded. Run as the schema's owner, so months are dropped whole.
# BENCHMARKS.md holds a clean run's table.
#   scripts/bench-retention.sh
#   BENCH_TRAFFIC=1000000 BENCH_PASSES=36.5,18.25 scripts/bench-retention.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
CUSTOMERS="${BENCH_CUSTOMERS:-10000}"
cargo build --release -p server --bin tietoni
BIN="$TARGET_DIR/release/tietoni"
admin=$(scripts/postgres.sh start)
name="tietoni_bench_retention_$$"
psql -q "$admin" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
url="${admin%/*}/$name"
# BENCH_KEEP=1 keeps the database for a closer look.
[ "${BENCH_KEEP:-0}" = 1 ] || trap 'psql -q "$admin" -c "DROP DATABASE IF EXISTS $name" || true' EXIT
echo "seeding $CUSTOMERS customers on PostgreSQL" >&2
DATABASE_URL="$url" RUST_LOG=warn "$BIN" seed --customers "$CUSTOMERS" --demo-traffic 100 --traffic-per-customer 0 >/dev/null
BENCH_DATABASE_URL="$url" cargo bench -p server --bench retention
