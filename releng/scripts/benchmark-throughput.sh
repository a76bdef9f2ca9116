#!/usr/bin/env sh
# Warm throughput of parse / link / validate against lexer-only time, in one JVM (issue figures).
#   releng/scripts/benchmark-throughput.sh [services, default 1000] [rounds, default 5]
# Builds the benchmark module first. Run by hand; CI only compiles it. Runs twice: with the JVM's
# default collector (G1) and with the throughput collector, because most of the difference
# between the two is the collector copying the growing set of loaded models.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-home.sh"
cd "$ROOT"
./mvnw -B -q -o -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2 2>/dev/null \
	|| ./mvnw -B -q -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2
CLI=plugins/org.svcworkbench.svc.cli/target
for collector in -XX:+UseG1GC -XX:+UseParallelGC; do
	echo "== $collector"
	"$JAVA_HOME/bin/java" -Xmx4g "$collector" --sun-misc-unsafe-memory-access=allow \
		-cp "plugins/org.svcworkbench.svc.benchmarks/target/svc-benchmarks.jar:$CLI/svc-cli.jar:$CLI/lib/*" \
		org.svcworkbench.svc.benchmarks.ThroughputBenchmark "$@"
done
