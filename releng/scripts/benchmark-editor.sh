#!/usr/bin/env bash
# The editor's figures on a generated 5,000-line .svc file (issue 9): content-assist latency
# (p50/p95 over 100 requests) and revalidation after an edit, through the language server the
# Eclipse editor runs in-process.
#   releng/scripts/benchmark-editor.sh [lines]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-home.sh"
cd "$ROOT"
./mvnw -B -q -o -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2 2>/dev/null \
	|| ./mvnw -B -q -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2
CLI=plugins/org.svcworkbench.svc.cli/target
"$JAVA_HOME/bin/java" -Xmx2g --sun-misc-unsafe-memory-access=allow \
	-cp "plugins/org.svcworkbench.svc.benchmarks/target/svc-benchmarks.jar:$CLI/svc-cli.jar:$CLI/lib/*" \
	org.svcworkbench.svc.benchmarks.EditorBenchmark "$@"
