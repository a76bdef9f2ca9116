# Sourced by ./build: what the tests need from the machine beyond a JDK and Maven Central, checked
# before a long build fails on it. Prints the one apt-get line that installs what is missing (Debian).
#   fonts-noto-cjk      Chinese drawn as glyphs in the diagrams (SvgAndPngTest) and the editor
#   fonts-dejavu-core   the Latin-only font the missing-glyph test uses
#   fontconfig          fc-list, how AWT and these checks find fonts
#   xvfb xauth          a display for the Eclipse UI tests when none is set
#   libgtk-3-0          GTK 3 for SWT
# and, for the build itself (the VS Code extension, plugins/svc-vscode): Node.js 20+ and npm.

svc_missing_packages() {
	missing=""
	if ! command -v fc-list >/dev/null 2>&1; then
		missing="$missing fontconfig fonts-noto-cjk fonts-dejavu-core"
	else
		fc-list 2>/dev/null | grep -q 'Noto Sans CJK' || missing="$missing fonts-noto-cjk"
		fc-list 2>/dev/null | grep -q 'DejaVu Sans' || missing="$missing fonts-dejavu-core"
	fi
	if [ -z "${DISPLAY:-}" ]; then
		command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb"
		command -v xauth >/dev/null 2>&1 || missing="$missing xauth"
	fi
	if command -v ldconfig >/dev/null 2>&1; then
		ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing="$missing libgtk-3-0"
	elif [ -x /sbin/ldconfig ]; then
		/sbin/ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing="$missing libgtk-3-0"
	fi
	echo "${missing# }"
}

svc_check_prerequisites() {
	missing=$(svc_missing_packages)
	if [ -n "$missing" ]; then
		echo "build: the tests need packages this machine lacks: $missing" >&2
		echo "       install them with:  sudo apt-get install -y $missing" >&2
		echo "       (or skip the tests: ./build -DskipTests clean verify)" >&2
		return 1
	fi
}

# The VS Code extension is built with Node.js and npm, tests or not.
svc_check_build_tools() {
	if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
		echo "build: the VS Code extension (plugins/svc-vscode) is built with Node.js 20+ and npm, which this machine lacks" >&2
		echo "       install them with:  sudo apt-get install -y nodejs npm   (or any Node.js 20+ on PATH)" >&2
		return 1
	fi
	major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
	if [ "$major" -lt 20 ]; then
		echo "build: the VS Code extension needs Node.js 20 or later (@vscode/vsce); this machine has $(node --version)" >&2
		return 1
	fi
}
