#!/usr/bin/env bash
# Starts the built SVC Workbench product (./build makes it) on a fresh workspace under Xvfb, waits
# for its window, saves a screenshot and checks the workspace log for errors:
#   releng/scripts/product-smoke.sh   (CI runs it; needs xvfb, x11-apps, x11-utils, netpbm)
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

echo "waiting for the SVC Workbench window..."
for _ in $(seq 1 120); do
	if xwininfo -root -tree 2>/dev/null | grep -q 'SVC Workbench'; then
		break
	fi
	kill -0 $APP 2>/dev/null || fail "the product stopped before showing a window:"
	sleep 1
done
xwininfo -root -tree | grep -q 'SVC Workbench' || fail "no SVC Workbench window after 120 s"
sleep 8 # let the workbench lay out and paint
kill -0 $APP 2>/dev/null || fail "the product stopped after showing a window:"
xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$OUT/product.png"
echo "window: $(xwininfo -root -tree | grep -o '"[^"]*SVC Workbench[^"]*"' | head -n 1)"
echo "screenshot: $OUT/product.png"

LOG="$WORKSPACE/.metadata/.log"
if [ -f "$LOG" ] && grep -q '^!ENTRY [^ ]* 4 ' "$LOG"; then
	fail "the product logged errors:"
fi
