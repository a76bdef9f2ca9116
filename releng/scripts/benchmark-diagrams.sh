#!/usr/bin/env bash
# Whole-process time and peak memory of `svc generate --format svg` on synthetic blueprints of 50
# and 200 steps, against PlantUML rendering the same steps as a 4-lane swimlane activity diagram
# to SVG. One run of each, side by side, repeated RUNS times (default 3); the median is printed.
#   releng/scripts/benchmark-diagrams.sh [runs]
# PlantUML (net.sourceforge.plantuml, GPL) is fetched from Maven Central into the benchmark's
# target folder; nothing else uses it. Needs GNU time (/usr/bin/time; Debian package "time").
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-home.sh"
RUNS=${1:-3}
PLANTUML_VERSION=1.2026.8
cd "$ROOT"
./svc --version > /dev/null # builds the distribution if needed
./mvnw -B -q -o -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2 2>/dev/null \
	|| ./mvnw -B -q -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2
BENCH=plugins/org.svcworkbench.svc.benchmarks/target
PLANTUML="$BENCH/plantuml-$PLANTUML_VERSION.jar"
if [ ! -f "$PLANTUML" ]; then
	./mvnw -B -q dependency:copy -Dartifact=net.sourceforge.plantuml:plantuml:$PLANTUML_VERSION -DoutputDirectory="$BENCH" >&2
fi
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
CLI=plugins/org.svcworkbench.svc.cli/target
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$JAVA_HOME/bin/java" -cp "$BENCH/svc-benchmarks.jar" org.svcworkbench.svc.benchmarks.SyntheticBlueprints "$WORK" 50 200

measure() { # label command... -> prints "seconds kilobytes"
	/usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/stderr" || { cat "$WORK/stderr" >&2; exit 1; }
	cat "$WORK/time"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-6s %-10s %10s %12s\n' steps tool "time (s)" "peak (MB)"
for steps in 50 200; do
	: > "$WORK/svc.t"; : > "$WORK/svc.m"; : > "$WORK/puml.t"; : > "$WORK/puml.m"
	for _ in $(seq "$RUNS"); do
		rm -rf "$WORK/out"
		read -r t m < <(measure ./svc generate "$WORK/svc-$steps/blueprint-$steps.svc" -o "$WORK/out" --format svg -q)
		echo "$t" >> "$WORK/svc.t"; echo "$m" >> "$WORK/svc.m"
		read -r t m < <(measure "$JAVA_HOME/bin/java" -Djava.awt.headless=true -jar "$PLANTUML" -tsvg -o "$WORK/puml-out" "$WORK/blueprint-$steps.puml")
		echo "$t" >> "$WORK/puml.t"; echo "$m" >> "$WORK/puml.m"
	done
	test -s "$WORK/out/Synthetic/blueprint-big.svg" && test -s "$WORK/puml-out/blueprint-$steps.svg"
	st=$(median < "$WORK/svc.t"); sm=$(median < "$WORK/svc.m"); pt=$(median < "$WORK/puml.t"); pm=$(median < "$WORK/puml.m")
	printf '%-6s %-10s %10s %12.0f\n' "$steps" "svc" "$st" "$(echo "$sm / 1024" | bc -l)"
	printf '%-6s %-10s %10s %12.0f\n' "$steps" "PlantUML" "$pt" "$(echo "$pm / 1024" | bc -l)"
	printf '%-6s %-10s %10.2fx %11.2fx\n' "$steps" "ratio" "$(echo "$st / $pt" | bc -l)" "$(echo "$sm / $pm" | bc -l)"
done
