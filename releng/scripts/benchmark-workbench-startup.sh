#!/usr/bin/env bash
# Start-up of the SVC Workbench product to a usable window (its window open and the UI thread idle,
# as the product itself reports with -Dsvc.startup.marker), on the product's own path: its start
# script. "first" is a fresh copy of the product on a fresh workspace (configuration area and
# workspace written for the first time); "warm" starts that copy again on that workspace, after a
# clean exit. Prints seconds per run and the median of each.
#   releng/scripts/benchmark-workbench-startup.sh [runs (3)]   (after ./build; runs under xvfb-run without a display)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="$ROOT/releng/org.svcworkbench.product/target/products/org.svcworkbench.product/linux/gtk/x86_64"
RUNS=${1:-3}

if [ -z "${DISPLAY:-}" ]; then
	exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
test -x "$PRODUCT/svc-workbench" || { echo "no product at $PRODUCT: run ./build first" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# one start: seconds from running the script to the usable window; the workbench then exits
start_once() {
	local product=$1 workspace=$2 marker="$WORK/marker" begin end
	rm -f "$marker"
	begin=$(date +%s%3N)
	SVC_WORKBENCH_JAVA_OPTS="${SVC_WORKBENCH_JAVA_OPTS:-} -Dsvc.startup.marker=$marker -Dsvc.startup.quit=true" \
		"$product/svc-workbench" -data "$workspace" >"$WORK/console.txt" 2>&1 &
	local pid=$!
	for _ in $(seq 1 2400); do
		[ -s "$marker" ] && break
		kill -0 $pid 2>/dev/null || { cat "$WORK/console.txt" >&2; echo "the product stopped before its window was usable" >&2; exit 1; }
		sleep 0.05
	done
	[ -s "$marker" ] || { echo "no usable window after 120 s" >&2; exit 1; }
	end=$(cat "$marker")
	wait $pid || true
	awk -v ms=$((end - begin)) 'BEGIN { printf "%.2f\n", ms / 1000 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

first=()
warm=()
for run in $(seq 1 "$RUNS"); do
	copy="$WORK/product-$run"
	cp -r "$PRODUCT" "$copy"
	first+=("$(start_once "$copy" "$WORK/workspace-$run")")
	warm+=("$(start_once "$copy" "$WORK/workspace-$run")")
	echo "run $run: first start ${first[-1]} s, warm start ${warm[-1]} s"
	rm -rf "$copy"
done
echo "first start (fresh product copy and workspace), median of $RUNS: $(printf '%s\n' "${first[@]}" | median) s"
echo "warm start (same copy and workspace), median of $RUNS: $(printf '%s\n' "${warm[@]}" | median) s"
