# Sourced by ./build, ./svc and .ci/run: sets JAVA_HOME to a JDK 21 or newer, which Tycho 5 and the
# bundles need, while the machine's default java may be older. $JAVA_HOME wins when it qualifies;
# otherwise the newest JDK under /usr/lib/jvm is used.

svc_java_major() {
	# The JDK's release file answers without starting a JVM (which costs a few hundred ms per call),
	# read by the shell itself: ./svc asks on every command, and a sed process cost it 3 to 5 ms.
	if [ -f "$1/release" ]; then
		while IFS= read -r line; do
			case $line in
			JAVA_VERSION=*)
				version=${line#JAVA_VERSION=\"}
				major=${version%%[!0-9]*}
				if [ -n "$major" ]; then
					echo "$major"
					return 0
				fi ;;
			esac
		done < "$1/release"
	fi
	"$1/bin/java" -XshowSettings:properties -version 2>&1 |
		sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

svc_pick_jdk() {
	if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(svc_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
		return 0
	fi
	best= best_major=0
	for candidate in /usr/lib/jvm/*; do
		[ -x "$candidate/bin/javac" ] || continue
		major=$(svc_java_major "$candidate")
		if [ "${major:-0}" -gt "$best_major" ] 2>/dev/null; then
			best=$candidate best_major=$major
		fi
	done
	if [ "$best_major" -ge 21 ]; then
		JAVA_HOME=$best
		export JAVA_HOME
		return 0
	fi
	echo "SVC Workbench needs a JDK 21 or newer: set JAVA_HOME to one (found none under /usr/lib/jvm)." >&2
	return 1
}

svc_pick_jdk || exit 1
