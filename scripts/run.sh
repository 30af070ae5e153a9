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
export TIETONI_PUBLIC_URL="${TIETONI_PUBLIC_URL:-http://$TIETONI_LISTEN}"
# Strong electronic identification in the demo: the end2end suite's test OpenID
# provider (a "test bank" with the demo people) on 127.0.0.1:3090, unless a provider is
# set already or TIETONI_DEMO_EID=0.
if [ -z "${TIETONI_OIDC_ISSUER:-}" ] && [ "${TIETONI_DEMO_EID:-1}" != 0 ]; then
    export TIETONI_OIDC_ISSUER=http://127.0.0.1:3090 TIETONI_OIDC_CLIENT_ID=tietoni-test
    export TIETONI_OIDC_CLIENT_SECRET=tietoni-demo-secret
    (cd end2end && TIETONI_OIDC_PORT=3090 TIETONI_OIDC_REDIRECT="$TIETONI_PUBLIC_URL/tunnistaudu/paluu" \
        TIETONI_OIDC_SECRET="$TIETONI_OIDC_CLIENT_SECRET" exec node oidc/provider.mjs) &
    provider=$!
    trap 'kill "$provider" 2>/dev/null || true' EXIT
fi
echo "Tietoni at http://$TIETONI_LISTEN (Ctrl-C stops it)" >&2
"$TARGET_DIR/release/tietoni" serve --seed-demo
