#!/usr/bin/env bash
# CPU and thread hand-offs per request inside two phases of the benchmark, measured from
# outside the process: a window of a few seconds in the middle of the consent-change
# phase and of the staff-request phase, CPU ticks from /proc/PID/stat and context
# switches from /proc/PID/task/*/status, divided by the audit rows the phase wrote in the
# window (one per request). Less noisy than a whole run's medians, and it needs no change
# to the benchmark, so binaries built from older trees can be compared in one sitting.
#
# usage: scripts/bench-phase.sh <benchmark binary> <its tree's server/ directory> <label>
# (the binary: target/release/deps/http-<hash> after `cargo bench -p server --bench http
# --no-run`; it finds the register through the directory it was built in).
set -euo pipefail
bin=$1; dir=$2; label=$3
cd "$dir"
before=$(ls -d /tmp/tietoni-bench-* 2>/dev/null || true)
BENCH_N=${BENCH_N:-4000} BENCH_TRAFFIC=${BENCH_TRAFFIC:-2000} "$bin" --bench > "/tmp/bench-phase-$label.txt" 2>&1 &
pid=$!
db=""
count() { sqlite3 "file:$db?mode=ro" "SELECT count(*) FROM audit_log WHERE action='$1'" 2>/dev/null || echo 0; }
switches() { cat /proc/$pid/task/*/status 2>/dev/null | awk '/ctxt_switches/{s+=$2} END{print s}'; }
ticks() { awk '{print $14+$15}' /proc/$pid/stat; }
window() { # <audit action of the phase> <seconds>
  for _ in $(seq 1 3000); do
    if [ -z "$db" ]; then
      for d in /tmp/tietoni-bench-*; do
        [ -e "$d" ] && ! grep -qx "$d" <<< "$before" && db=$d/bench.db
      done
    fi
    if [ -n "$db" ] && [ "$(count "$1")" -gt 50 ]; then break; fi
    sleep 0.1
  done
  local c1 x1 t1 c2 x2 t2
  c1=$(count "$1"); x1=$(switches); t1=$(ticks); sleep "$2"; c2=$(count "$1"); x2=$(switches); t2=$(ticks)
  echo "$label $1: requests $((c2 - c1)), context switches per request $(((x2 - x1) / (c2 - c1))), CPU ms per request $(echo "scale=3; ($t2 - $t1) * 10 / ($c2 - $c1)" | bc)"
}
window consent_changed 2
window view_customer_data 3
wait $pid
