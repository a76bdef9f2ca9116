#!/usr/bin/env bash
# Neovim's built-in LSP client against the built `svc language-server`: diagnostics for a typo,
# completion, hover and definition on a copy of examples/cafe (releng/scripts/neovim-e2e.lua).
# Needs Neovim 0.7+ (Debian: apt-get install neovim). Run by .ci/run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v nvim >/dev/null || { echo "neovim-e2e: needs Neovim (apt-get install -y neovim)" >&2; exit 2; }
"$ROOT/svc" --version > /dev/null # builds the distribution if needed
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT/examples/cafe/cafe.svc" "$WORK/cafe.svc"
# one typo a designer makes: a lane's name
sed -i '0,/ onstage by barista/s// onstgae by barista/' "$WORK/cafe.svc"
grep -q onstgae "$WORK/cafe.svc"
SVC="$ROOT/svc" SVC_FILE="$WORK/cafe.svc" SVC_NO_BUILD=1 timeout 180 \
	nvim --headless --clean -c "luafile $ROOT/releng/scripts/neovim-e2e.lua"
