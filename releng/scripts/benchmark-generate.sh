#!/usr/bin/env bash
# The documentation of a synthetic portfolio on the product's own path, whole process: `svc validate`,
# `svc generate` with the default formats, and `svc generate --format png` alone, each timed with its
# peak memory (GNU time). SVC is the command to measure (default ./svc; another checkout's ./svc
# compares builds: SVC=/tmp/old/svc).
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
measure() { # label command...
	label=$1; shift
	rm -rf "$WORK/out"
	SVC_NO_BUILD=1 /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/stderr" || true
	read -r seconds kilobytes < <(tail -n 1 "$WORK/time") # GNU time puts "Command exited with …" first on exit 1
	files=$( (find "$WORK/out" -type f 2>/dev/null || true) | wc -l)
	printf '%-34s %8.2f s %8.0f MB %8d files\n' "$label" "$seconds" "$(echo "$kilobytes / 1024" | bc -l)" "$files"
}
measure "svc validate" "$SVC" validate "$WORK/portfolio" -q
measure "svc generate (default formats)" "$SVC" generate "$WORK/portfolio" -o "$WORK/out" -q
measure "svc generate --format png" "$SVC" generate "$WORK/portfolio" -o "$WORK/out" --format png -q
