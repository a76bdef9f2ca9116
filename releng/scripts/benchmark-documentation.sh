#!/usr/bin/env sh
# Warm documentation throughput: load, validate and every generator, per stage, in one JVM, for
# 1,000 and 2,000 synthetic services (issue figures).
#   releng/scripts/benchmark-documentation.sh [services, default 1000] [rounds, default 3]
# Builds the benchmark module first. Run by hand; CI only compiles it. Headless: AWT measures the
# diagrams' text.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-home.sh"
cd "$ROOT"
./mvnw -B -q -o -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2 2>/dev/null \
	|| ./mvnw -B -q -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2
CLI=plugins/org.svcworkbench.svc.cli/target
"$JAVA_HOME/bin/java" -Xmx6g -XX:+UseParallelGC -Djava.awt.headless=true --sun-misc-unsafe-memory-access=allow \
	-cp "plugins/org.svcworkbench.svc.benchmarks/target/svc-benchmarks.jar:$CLI/svc-cli.jar:$CLI/lib/*" \
	org.svcworkbench.svc.benchmarks.DocumentationBenchmark "$@"
