#!/usr/bin/env bash
# What a PNG costs: the examples' diagrams and synthetic 50- and 200-step blueprints, each painted into
# an image, then encoded by ImageIO (default level 4, and level 1) and by pngencoder at level 1; and the
# product's own path, painted and written as a file (PngEncodingBenchmark), median of N warm rounds
# (default 5), time and size; then what the pictures of 20 synthetic services cost shape by shape
# (PictureCostBenchmark: the white picture alone, each kind of shape alone, everything); with the JIT
# settings of ./svc (the first tier alone).
#   releng/scripts/benchmark-png.sh [rounds]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-home.sh"
cd "$ROOT"
./svc --version > /dev/null # builds the distribution if needed
./mvnw -B -q -o -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2 2>/dev/null \
	|| ./mvnw -B -q -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2
BENCH=plugins/org.svcworkbench.svc.benchmarks/target
CLI=plugins/org.svcworkbench.svc.cli/target
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$JAVA_HOME/bin/java" -cp "$BENCH/svc-benchmarks.jar" org.svcworkbench.svc.benchmarks.SyntheticBlueprints "$WORK" 50 200 > /dev/null
"$JAVA_HOME/bin/java" -cp "$BENCH/svc-benchmarks.jar" org.svcworkbench.svc.benchmarks.SyntheticPortfolio "$WORK/portfolio" 20 > /dev/null
RUN=("$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -cp "$BENCH/svc-benchmarks.jar:$BENCH/lib/*:$CLI/svc-cli.jar:$CLI/lib/*")
"${RUN[@]}" org.svcworkbench.svc.benchmarks.PngEncodingBenchmark examples "$WORK/svc-50" "$WORK/svc-200" --rounds "${1:-5}"
echo
"${RUN[@]}" org.svcworkbench.svc.benchmarks.PictureCostBenchmark "$WORK/portfolio" --rounds "$((2 * ${1:-5} - 1))"
