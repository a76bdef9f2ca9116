#!/usr/bin/env bash
# Whole-process start-up of the svc command line, as a user or a build step pays it:
# `svc --version` and `svc validate` of a one-line model, median of N runs (default 15).
#   releng/scripts/benchmark-startup.sh [runs]
# Uses the distribution ./svc builds (plugins/org.svcworkbench.svc.cli/target). Run by hand.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-15}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf 'channel web "Web"\n' > "$WORK/one.svc"
"$ROOT/svc" --version > /dev/null # builds the distribution if needed

median_ms() { # command...
	local times=()
	for _ in $(seq "$RUNS"); do
		local start end
		start=$(date +%s%N)
		"$@" > /dev/null 2>&1 || true
		end=$(date +%s%N)
		times+=($(( (end - start) / 1000000 )))
	done
	printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms (min %d, max %d)", a[int((NR + 1) / 2)], a[1], a[NR] }'
}

echo "svc --version:            $(median_ms "$ROOT/svc" --version)"
echo "svc validate one.svc:     $(median_ms "$ROOT/svc" validate "$WORK/one.svc")"
