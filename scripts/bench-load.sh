#!/usr/bin/env bash
# The benchmark under concurrent load (server/benches/load.rs): a register of
# BENCH_CUSTOMERS customers (default 10 000) seeded on SQLite and on PostgreSQL (the
# test cluster of scripts/postgres.sh), then for each backend the release binary served
# in its own process and loaded from the bench over loopback. Prints one table per
# backend; BENCHMARKS.md holds a clean run's.
#   scripts/bench-load.sh                 both backends
#   BENCH_BACKENDS=sqlite scripts/bench-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
CUSTOMERS="${BENCH_CUSTOMERS:-10000}"
BACKENDS="${BENCH_BACKENDS:-sqlite postgres}"
cargo build --release -p server --bin tietoni
BIN="$TARGET_DIR/release/tietoni"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for backend in $BACKENDS; do
    case $backend in
    sqlite)
        url="sqlite:$work/load.db"
        ;;
    postgres)
        admin=$(scripts/postgres.sh start)
        name="tietoni_bench_$$"
        psql -q "$admin" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
        url="${admin%/*}/$name"
        ;;
    esac
    echo "seeding $CUSTOMERS customers on $backend" >&2
    DATABASE_URL="$url" RUST_LOG=warn "$BIN" seed --customers "$CUSTOMERS" --demo-traffic 10000 >/dev/null
    BENCH_DATABASE_URL="$url" cargo bench -p server --bench load
done
