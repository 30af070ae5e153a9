#!/usr/bin/env bash
# The project's benchmark (server/benches/http.rs): request costs as ratios to GET /healthz
# and to one argon2id verification, measured in one run on this machine. Performance is
# judged by these ratios, never by timed assertions in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo bench -p server --bench http "$@"
