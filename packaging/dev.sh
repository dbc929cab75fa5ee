#!/usr/bin/env bash
# The README's two set-up commands, for a fresh Debian 12 machine:
#   packaging/dev.sh run    install what the build needs, build, start the reader
#   packaging/dev.sh test   install what the build needs, build, run every test
# BUILD_DIR (default build/) and NEWSDESK_PRESET (default "default") can be overridden.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
what=${1:-}
preset=${NEWSDESK_PRESET:-default}
build_dir=${BUILD_DIR:-$top/build/$preset}

"$top/packaging/install-deps.sh"

jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset "$preset" -B "$build_dir" >/dev/null
cmake --build "$build_dir" --parallel "$jobs"

case "$what" in
run)
    shift
    # As root, Chromium refuses to start without its sandbox disabled.
    if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
    exec "$build_dir/bin/newsdesk" "$@"
    ;;
test)
    cd "$build_dir"
    ctest --output-on-failure --parallel "$jobs" --timeout 600
    ;;
*)
    echo "usage: packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac
