#!/usr/bin/env bash
# What a designer waits for in the Eclipse workbench with a synthetic portfolio in one project
# (PortfolioBuildBenchmark in the UI tests): the first build, SAVES saves of one file (default 10),
# a save that changes nothing, a clean build, the whole documentation again; each with the time of
# the build itself and the heap in use after it (a heap that grows save after save is a leak). The
# workbench's heap is the product's (-Xmx2g, svcworkbench.product). Needs an X server (runs under
# xvfb-run without one).
#   [SAVES=N] releng/scripts/benchmark-workbench-build.sh [services]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-home.sh"
SERVICES=${1:-1000}
cd "$ROOT"
# the workbench's bundles as they are now, into the local repository the UI tests' workbench is made from
./mvnw -B -q -o -pl plugins/org.svcworkbench.svc.ui,plugins/org.svcworkbench.svc.benchmarks -am -DskipTests install >&2 2>/dev/null \
	|| ./mvnw -B -q -pl plugins/org.svcworkbench.svc.ui,plugins/org.svcworkbench.svc.benchmarks -am -DskipTests install >&2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$JAVA_HOME/bin/java" -cp plugins/org.svcworkbench.svc.benchmarks/target/svc-benchmarks.jar \
	org.svcworkbench.svc.benchmarks.SyntheticPortfolio "$WORK/portfolio" "$SERVICES" >&2
X=()
if [ -z "${DISPLAY:-}" ]; then X=(xvfb-run -a -s "-screen 0 1600x1000x24"); fi
"${X[@]}" ./mvnw -B -o verify -pl plugins/org.svcworkbench.svc.ui.tests -Dtest=PortfolioBuildBenchmark \
	-Dsurefire.failIfNoSpecifiedTests=false -Dsvc.benchmark.portfolio="$WORK/portfolio" -Dsvc.benchmark.heap=2g -Dsvc.benchmark.saves="${SAVES:-10}" > "$WORK/log" 2>&1 \
	|| { tail -n 40 "$WORK/log" >&2; exit 1; }
grep -E '^[0-9,]+ (\.svc files|files in)|^(first build|save of|file opened|the mistake|clean and|svc-gen deleted)' "$WORK/log"
