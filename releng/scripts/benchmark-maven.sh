#!/usr/bin/env bash
# The documentation of a synthetic portfolio in Maven, through the plugin as a project uses it:
# `mvn svc-maven-plugin:validate`, `:generate` with the default formats, the reruns (nothing changed,
# one file changed) and every format (PNG too), each a whole Maven process timed with its peak
# memory (GNU time), and the ratios to validate; then Maven alone (a phase without an svc goal),
# and the reruns' ratios with Maven's own time taken out of both sides. The plugin runs in Maven's
# JVM: MAVEN_OPTS passes through (e.g. -Xmx512m); SKIP_PNG=1 leaves the every-format run out.
#   releng/scripts/benchmark-maven.sh [services]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-home.sh"
SERVICES=${1:-1000}
cd "$ROOT"
# The plugin and the bundles it runs, into the local repository (as the README's install command does).
./mvnw -B -q -o -DskipTests install -pl plugins/svc-maven-plugin -am >&2 2>/dev/null \
	|| ./mvnw -B -q -DskipTests install -pl plugins/svc-maven-plugin -am >&2
./mvnw -B -q -o -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2 2>/dev/null \
	|| ./mvnw -B -q -pl plugins/org.svcworkbench.svc.benchmarks -am -DskipTests package >&2
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PROJECT="$WORK/project"
"$JAVA_HOME/bin/java" -cp plugins/org.svcworkbench.svc.benchmarks/target/svc-benchmarks.jar \
	org.svcworkbench.svc.benchmarks.SyntheticPortfolio "$PROJECT/src/main/svc" "$SERVICES"
cat > "$PROJECT/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.svcworkbench.benchmark</groupId>
  <artifactId>portfolio</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.svcworkbench</groupId>
        <artifactId>svc-maven-plugin</artifactId>
        <version>$VERSION</version>
      </plugin>
    </plugins>
  </build>
</project>
EOF
PLUGIN="org.svcworkbench:svc-maven-plugin:$VERSION"
OUT="$PROJECT/target/svc-docs"

# The project's settings: the local repository knows its artifacts as fetched through that mirror.
mvn_run() { # goal [options...] -> seconds and kilobytes of the whole Maven process
	/usr/bin/time -f "%e %M" -o "$WORK/time" ./mvnw -B -q -o -s "$ROOT/.mvn/settings.xml" -f "$PROJECT/pom.xml" "$PLUGIN:$1" -Dsvc.eventDate=2026-03-02 "${@:2}" \
		> "$WORK/log" 2>&1 || { tail -n 20 "$WORK/log" >&2; exit 1; }
	read -r seconds kilobytes < <(tail -n 1 "$WORK/time")
}
report() { # label [ratio]
	files=$( (find "$OUT" -type f 2>/dev/null || true) | wc -l)
	printf '%-34s %8.2f s %8.0f MB %8d files' "$1" "$seconds" "$(echo "$kilobytes / 1024" | bc -l)" "$files"
	if [ -n "${validate:-}" ]; then printf ' %6.2f x validate' "$(echo "$seconds / $validate" | bc -l)"; fi
	printf '\n'
}

# A run's target/ is moved aside, not deleted, until the end: on ext4 without a journal (this
# project's build machines) files created soon after many were deleted are slow to create
# (benchmark-generate.sh says more), which the next run would pay for.
aside=0
set_aside() { if [ -d "$PROJECT/target" ]; then aside=$((aside + 1)); mv "$PROJECT/target" "$WORK/target-$aside"; fi; }
set_aside # validate remembers a successful run: the measured one starts without that memory
mvn_run validate
report "mvn svc:validate"
validate=$seconds
set_aside
mvn_run generate
report "mvn svc:generate (default formats)"
mvn_run generate
report "  rerun, nothing changed"
nothing=$seconds
first=$(find "$PROJECT/src/main/svc" -name '*.svc' | sort | sed -n 1p)
sed -i '0,/"/s/"/"Changed /' "$first"
mvn_run generate
report "  rerun, one file changed"
one=$seconds
# Maven itself: the project's validate phase, which runs no goal of the plugin (its start, the
# project model, the plugin's resolution are what every run pays). No rerun can take less; the
# plugin's own share of each run is what is left.
/usr/bin/time -f "%e %M" -o "$WORK/time" ./mvnw -B -q -o -s "$ROOT/.mvn/settings.xml" -f "$PROJECT/pom.xml" validate > "$WORK/log" 2>&1 \
	|| { tail -n 20 "$WORK/log" >&2; exit 1; }
read -r seconds kilobytes < <(tail -n 1 "$WORK/time")
report "mvn validate (Maven alone, no svc goal)"
printf '%-34s %8.2f x (nothing changed) %6.2f x (one file changed)\n' "  the plugin's share, after Maven's" \
	"$(echo "($nothing - $seconds) / ($validate - $seconds)" | bc -l)" "$(echo "($one - $seconds) / ($validate - $seconds)" | bc -l)"
# The floor of any run of the goal: Maven, the plugin resolved and loaded, its goal skipped at once
# (svc.skip). A rerun with nothing changed cannot take less, however little the plugin does.
mvn_run generate -Dsvc.skip=true
report "mvn svc:generate -Dsvc.skip=true"
if [ "${SKIP_PNG:-}" != "1" ]; then
	set_aside
	mvn_run generate -Dsvc.formats=html,md,checklists,json,svg,png
	report "mvn svc:generate (every format)"
fi
