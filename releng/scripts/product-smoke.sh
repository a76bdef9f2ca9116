#!/usr/bin/env bash
# Starts the built SVC Workbench product (./build makes it) on a fresh workspace under Xvfb, waits
# for its window and saves a screenshot; then uses it as a person would, with the keyboard and the
# mouse (xdotool): File > New > SVC Project with the examples, checks that the builder documented
# them into svc-gen/, opens cafe.svc and saves a second screenshot (editor, outline, blueprint);
# then File > Restart (through Quick Access): the start script must bring the workbench back.
# Fails on any error in the workspace log.
#   releng/scripts/product-smoke.sh   (CI runs it; needs xvfb, x11-apps, x11-utils, netpbm, xdotool)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="$ROOT/releng/org.svcworkbench.product/target/products/org.svcworkbench.product/linux/gtk/x86_64"
OUT="$ROOT/releng/org.svcworkbench.product/target/screenshots"

if [ -z "${DISPLAY:-}" ]; then
	exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
test -x "$PRODUCT/svc-workbench" || { echo "no product at $PRODUCT: run ./build first" >&2; exit 2; }
mkdir -p "$OUT"
WORKSPACE=$(mktemp -d)
"$PRODUCT/svc-workbench" -data "$WORKSPACE" >"$OUT/product-console.txt" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORKSPACE"' EXIT

fail() {
	echo "$1" >&2
	cat "$OUT/product-console.txt" >&2
	[ -f "$WORKSPACE/.metadata/.log" ] && cat "$WORKSPACE/.metadata/.log" >&2
	exit 1
}

# the window list is read whole before it is searched: under pipefail, 'xwininfo | grep -q' can fail
windows() { xwininfo -root -tree 2>/dev/null || true; }
shot() { xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$OUT/$1.png"; echo "screenshot: $OUT/$1.png"; }

echo "waiting for the SVC Workbench window..."
for _ in $(seq 1 120); do
	if [[ "$(windows)" == *"SVC Workbench"* ]]; then
		break
	fi
	kill -0 $APP 2>/dev/null || fail "the product stopped before showing a window:"
	sleep 1
done
[[ "$(windows)" == *"SVC Workbench"* ]] || fail "no SVC Workbench window after 120 s"
sleep 8 # let the workbench lay out and paint
kill -0 $APP 2>/dev/null || fail "the product stopped after showing a window:"
shot product

# In use. Xvfb has no window manager: keys go to the window under the pointer, so the pointer is
# put there first. The New wizard is typed into; the project must appear with its documentation.
PROJECT="$WORKSPACE/Service Models"
for attempt in 1 2 3; do
	xdotool mousemove 420 300
	sleep 0.5
	xdotool key ctrl+n
	sleep 3
	xdotool type --delay 40 'SVC Project'
	sleep 2
	xdotool key Down Return
	sleep 3
	xdotool type --delay 40 'Service Models'
	xdotool key Return
	for _ in $(seq 1 60); do
		[ -f "$PROJECT/svc-gen/index.html" ] && break
		sleep 1
	done
	[ -f "$PROJECT/svc-gen/index.html" ] && break
	echo "attempt $attempt: no project yet, closing any dialog and trying again"
	xdotool key Escape Escape
	sleep 2
done
[ -f "$PROJECT/cafe/cafe.svc" ] || fail "File > New > SVC Project made no project with the examples"
[ -f "$PROJECT/svc-gen/index.html" ] || fail "the builder wrote no documentation into svc-gen/"
echo "in use: the New SVC Project wizard made $(find "$PROJECT" -name '*.svc' | wc -l) example files; the builder documented them: $(ls "$PROJECT/svc-gen" | tr '\n' ' ')"
# open cafe/cafe.svc from the Project Explorer (double-clicks on its rows) and look
xdotool mousemove 92 139 click --repeat 2 1
sleep 2
xdotool mousemove 74 162 click --repeat 2 1
sleep 2
xdotool mousemove 100 185 click --repeat 2 1
sleep 15
kill -0 $APP 2>/dev/null || fail "the product stopped while in use:"
shot product-in-use

# Restart: the workbench exits with 24 and the start script starts it again, with the same workspace
workbench() { pgrep -P $APP -f SvcWorkbenchMain || true; }
BEFORE=$(workbench)
[ -n "$BEFORE" ] || fail "no workbench process under the start script:"
xdotool mousemove 420 300
sleep 0.5
xdotool key ctrl+3
sleep 2
xdotool type --delay 40 'Restart'
sleep 2
xdotool key Return
for _ in $(seq 1 120); do
	AFTER=$(workbench)
	if [ -n "$AFTER" ] && [ "$AFTER" != "$BEFORE" ] && [[ "$(windows)" == *"SVC Workbench"* ]]; then
		break
	fi
	kill -0 $APP 2>/dev/null || fail "File > Restart ended the product instead of restarting it:"
	sleep 1
done
[ -n "$AFTER" ] && [ "$AFTER" != "$BEFORE" ] || fail "File > Restart did not start the workbench again:"
grep -q "svc-workbench: restarting" "$OUT/product-console.txt" || fail "the start script did not say it restarted:"
[[ "$(ps -o args= -p "$AFTER")" == *"-data file:$WORKSPACE/"* ]] || fail "the restarted workbench is not on the same workspace: $(ps -o args= -p "$AFTER")"
sleep 10
kill -0 $APP 2>/dev/null || fail "the product stopped after restarting:"
[[ "$(windows)" != *"Launcher"* ]] || fail "the restarted workbench asks for a workspace:"
shot product-restarted
echo "restarted: the workbench process $BEFORE exited and the start script started $AFTER"

LOG="$WORKSPACE/.metadata/.log"
if [ -f "$LOG" ] && grep -q '^!ENTRY [^ ]* 4 ' "$LOG"; then
	fail "the product logged errors:"
fi
if [ -f "$LOG" ] && grep -q "Theme '.*' not found" "$LOG"; then
	fail "the product starts without its CSS theme:"
fi
