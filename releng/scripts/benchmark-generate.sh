#!/usr/bin/env bash
# The documentation of a synthetic portfolio on the product's own path, whole process: `svc validate`,
# `svc generate` with the default formats, and with every format (PNG too), each timed with its
# peak memory (GNU time), and the ratios to validate the issue asks about. SVC is the command to
# measure (default ./svc; another checkout's ./svc compares builds: SVC=/tmp/old/svc);
# SVC_JAVA_OPTS passes through (e.g. -Xmx512m); SKIP_PNG=1 leaves the every-format run out; RUNS=N
# runs each measurement N times (validate and generate alternating, each generate into a new
# folder) and reports the median time and the largest peak: this machine's timings move by up to a
# quarter from one run to the next, so a ratio of single runs can land on either side of a target.
# PER_FOLDER=N puts N files in each folder model instead of 20 (PER_FOLDER=1000: one folder of 1,000).
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
	org.svcworkbench.svc.benchmarks.SyntheticPortfolio "$WORK/portfolio" "$SERVICES" "${PER_FOLDER:-20}"
# Every measured run writes into a folder of its own and nothing is deleted before the end: on ext4
# without a journal (this project's build machines) a file created soon after many were deleted
# costs a scan past each recently freed inode, which made a run after `rm -rf` of the last one's
# output spend a fifth of its time in the kernel (releng/benchmarks/HISTORY.md, "Issue 19's portfolio targets").
# In memory (tmpfs) there is no such cost, and there the outputs must go: 10,000 services' every
# format is 5.7 GB, and six runs' outputs do not fit in this machine's 24 GB (a run that found the
# memory full failed, and its time was taken as a figure).
RUNS=${RUNS:-1}
runs=0
IN_MEMORY=$([ "$(stat -f -c %T "$WORK")" = tmpfs ] && echo 1 || true)
fresh() {
	if [ -n "$IN_MEMORY" ] && [ -n "${OUT:-}" ]; then rm -rf "$OUT"; fi
	runs=$((runs + 1))
	OUT="$WORK/out-$runs"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
timed() { # command...: appends "seconds kilobytes" to $WORK/times; a failed run stops the benchmark
	if ! SVC_NO_BUILD=1 /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/stderr"; then
		echo "failed, so not measured: $*" >&2
		tail -n 20 "$WORK/stderr" >&2
		exit 1
	fi
	tail -n 1 "$WORK/time" >> "$WORK/times"
}
report() { # label [validate]: the median of $WORK/times, the largest peak, and the ratio to validate if given
	seconds=$(cut -d' ' -f1 "$WORK/times" | median)
	kilobytes=$(cut -d' ' -f2 "$WORK/times" | sort -n | tail -n 1)
	rm -f "$WORK/times"
	if [ -n "${2:-}" ]; then
		printf '%-34s %8.2f s %8.0f MB %8.2f x validate\n' "$1" "$seconds" "$(echo "$kilobytes / 1024" | bc -l)" "$(echo "$seconds / $2" | bc -l)"
	else
		printf '%-34s %8.2f s %8.0f MB\n' "$1" "$seconds" "$(echo "$kilobytes / 1024" | bc -l)"
	fi
}
: > "$WORK/validate-times"
: > "$WORK/generate-times"
for run in $(seq "$RUNS"); do # alternating, so that a slow minute weighs on both
	timed "$SVC" validate "$WORK/portfolio" -q
	tail -n 1 "$WORK/times" >> "$WORK/validate-times"
	rm -f "$WORK/times"
	fresh
	timed "$SVC" generate "$WORK/portfolio" -o "$OUT" -q
	tail -n 1 "$WORK/times" >> "$WORK/generate-times"
	rm -f "$WORK/times"
done
files=$(find "$OUT" -type f | wc -l)
cp "$WORK/validate-times" "$WORK/times"
report "svc validate"
validate=$seconds
cp "$WORK/generate-times" "$WORK/times"
report "svc generate (default formats)" "$validate"
printf '%-34s %8d files\n' "" "$files"
for run in $(seq "$RUNS"); do # the same command again into the last folder, which keeps its manifest
	timed "$SVC" generate "$WORK/portfolio" -o "$OUT" -q
done
report "  rerun, nothing changed" "$validate"
first=$(find "$WORK/portfolio" -name '*.svc' | sort | sed -n 1p) # sed reads it all: head would break sort's pipe
for run in $(seq "$RUNS"); do
	sed -i "0,/\"/s/\"/\"Changed $run /" "$first"
	timed "$SVC" generate "$WORK/portfolio" -o "$OUT" -q
done
report "  rerun, one file changed" "$validate"
if [ "${SKIP_PNG:-}" != "1" ]; then
	# validate again beside each run, alternating as above: these runs come minutes after the first
	# validate, and this machine's speed drifts by a fifth within that; each starts with the files
	# written before it on disk (sync), so that neither pays for the other's writing
	: > "$WORK/validate-times"
	: > "$WORK/every-times"
	for run in $(seq "$RUNS"); do
		sync
		timed "$SVC" validate "$WORK/portfolio" -q
		tail -n 1 "$WORK/times" >> "$WORK/validate-times"
		rm -f "$WORK/times"
		fresh
		sync
		timed "$SVC" generate "$WORK/portfolio" -o "$OUT" --format html,md,checklists,json,svg,png -q
		tail -n 1 "$WORK/times" >> "$WORK/every-times"
		rm -f "$WORK/times"
	done
	cp "$WORK/validate-times" "$WORK/times"
	report "svc validate (beside every format)"
	cp "$WORK/every-times" "$WORK/times"
	report "svc generate (every format)" "$seconds"
fi
