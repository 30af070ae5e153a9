#!/usr/bin/env bash
# README command 1: set up, build the release site, and run the portal at
# http://127.0.0.1:3000 on an embedded SQLite file with the demo register loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
scripts/build-site.sh
mkdir -p .tietoni
export DATABASE_URL="${DATABASE_URL:-sqlite:.tietoni/tietoni.db}"
export TIETONI_SITE_ROOT="$SITE_ROOT"
export TIETONI_LISTEN="${TIETONI_LISTEN:-127.0.0.1:3000}"
# Plain HTTP on this machine only: opt out of Secure cookies and HSTS (on by default).
export TIETONI_SECURE_COOKIES="${TIETONI_SECURE_COOKIES:-false}"
echo "Tietoni at http://$TIETONI_LISTEN (Ctrl-C stops it)" >&2
exec "$TARGET_DIR/release/tietoni" serve --seed-demo
