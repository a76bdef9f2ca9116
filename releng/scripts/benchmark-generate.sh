#!/usr/bin/env bash
# The documentation of a synthetic portfolio on the product's own path, whole process: `svc validate`,
# `svc generate` with the default formats, and with every format (PNG too), each timed with its
# peak memory (GNU time), and the ratios to validate the issue asks about. SVC is the command to
# measure (default ./svc; another checkout's ./svc compares builds: SVC=/tmp/old/svc);
# SVC_JAVA_OPTS passes through (e.g. -Xmx512m); SKIP_PNG=1 leaves the every-format run out.
#   releng/scripts/benchmark-generate.sh [services]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-home.sh"
SERVICES=${1:-200}
SVC=${SVC:-$ROOT/svc}
cd "$ROOT"
./svc --version > /dev/null # builds the distribution if needed
./mvnw -B -q -o -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2 2>/dev/null \
	|| ./mvnw -B -q -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$JAVA_HOME/bin/java" -cp plugins/org.svcworkbench.svc.benchmarks/target/svc-benchmarks.jar \
	org.svcworkbench.svc.benchmarks.SyntheticPortfolio "$WORK/portfolio" "$SERVICES"
# Every measured run writes into a folder of its own and nothing is deleted before the end: on ext4
# without a journal (this project's build machines) a file created soon after many were deleted
# costs a scan past each recently freed inode, which made a run after `rm -rf` of the last one's
# output spend a fifth of its time in the kernel (README, "Where the portfolio figures stand").
runs=0
fresh() { runs=$((runs + 1)); OUT="$WORK/out-$runs"; }
measure() { # label command... (writing into $OUT, if anywhere)
	label=$1; shift
	SVC_NO_BUILD=1 /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/stderr" || true
	read -r seconds kilobytes < <(tail -n 1 "$WORK/time") # GNU time puts "Command exited with …" first on exit 1
	files=$( (find "$OUT" -type f 2>/dev/null || true) | wc -l)
	printf '%-34s %8.2f s %8.0f MB %8d files\n' "$label" "$seconds" "$(echo "$kilobytes / 1024" | bc -l)" "$files"
}
fresh
measure "svc validate" "$SVC" validate "$WORK/portfolio" -q
validate=$seconds
fresh
measure "svc generate (default formats)" "$SVC" generate "$WORK/portfolio" -o "$OUT" -q
printf '%-34s %8.2f x validate\n' "" "$(echo "$seconds / $validate" | bc -l)"
rerun() { # label: the same command again into the same folder, which keeps its manifest
	SVC_NO_BUILD=1 /usr/bin/time -f "%e %M" -o "$WORK/time" "$SVC" generate "$WORK/portfolio" -o "$OUT" -q > /dev/null 2>&1 || true
	read -r seconds kilobytes < <(tail -n 1 "$WORK/time")
	printf '%-34s %8.2f s %8.0f MB %8.2f x validate\n' "$1" "$seconds" "$(echo "$kilobytes / 1024" | bc -l)" \
		"$(echo "$seconds / $validate" | bc -l)"
}
rerun "  rerun, nothing changed"
first=$(find "$WORK/portfolio" -name '*.svc' | sort | sed -n 1p) # sed reads it all: head would break sort's pipe
sed -i '0,/"/s/"/"Changed /' "$first"
rerun "  rerun, one file changed"
if [ "${SKIP_PNG:-}" != "1" ]; then
	fresh
	measure "svc generate (every format)" "$SVC" generate "$WORK/portfolio" -o "$OUT" --format html,md,checklists,json,svg,png -q
	printf '%-34s %8.2f x validate\n' "" "$(echo "$seconds / $validate" | bc -l)"
fi
