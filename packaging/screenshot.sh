#!/usr/bin/env bash
# Screenshots of the reader with the bundled sample library and an article open, in light and
# dark, in English and Chinese, taken from a real window under Xvfb.
#   packaging/screenshot.sh [OUTPUT_DIR]     (default: packaging/screenshots/)
# BUILD_DIR (default build/default) names the build whose bin/newsdesk is used.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$top/build/default}
out=${1:-$top/packaging/screenshots}
newsdesk="$build_dir/bin/newsdesk"
[ -x "$newsdesk" ] || { echo "screenshot: no $newsdesk; build first (packaging/dev.sh test)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshot: xvfb-run is missing (packaging/build-deps.txt)" >&2; exit 1; }
if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --no-first-run"
export QT_LOGGING_RULES="newsdesk.*.debug=false;qt.webenginecontext.debug=false"
unset QT_QPA_PLATFORM

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
db="$work/library.sqlite"
"$newsdesk" --db "$db" --offline import "$top/resources/sample" >/dev/null
"$newsdesk" --db "$db" watchlist add HLRB.US >/dev/null
"$newsdesk" --db "$db" watchlist add 6688.HK >/dev/null
"$newsdesk" --db "$db" saved add "Warehouse orders" '"warehouse orders"' >/dev/null
"$newsdesk" --db "$db" saved add "Chips, unread" 'is:unread semiconductor' >/dev/null
saved_id=4 # after the two built-ins (1, 2) and "Warehouse orders" (3)
# Rules for the Rules dialog (the first one is shown, previewed); applied, so labels are in use.
"$newsdesk" --db "$db" rule add "Warehouse robots" '"warehouse orders"' --label robotics --notify >/dev/null
"$newsdesk" --db "$db" rule add "Chip spending" 'semiconductor capital -opinion' --label chips --bookmark >/dev/null
"$newsdesk" --db "$db" rule add "Freight noise" 'ticker:CLRX.US freight' --label logistics --mark-read --stop >/dev/null
"$newsdesk" --db "$db" rule apply --all >/dev/null
# An article with a chart that is not stored: with remote images off, its alt text and "Load image".
cat >"$work/chart.md" <<'DOC'
---
title: "Harbor Lane Robotics: orders by quarter"
url: https://news.example.com/en/news/290000199.md
published_at: 2026-11-24T14:00:00Z
---

# Harbor Lane Robotics: orders by quarter

Warehouse orders doubled from a year earlier, the company said.

![Bar chart: warehouse robot orders by quarter, 2025 Q1 to 2026 Q3](https://img.example.com/hlrb-orders.png)

| Quarter | Orders | Change |
|---|---:|---:|
| 2026 Q3 | 1,240 | +104% |
| 2025 Q3 | 608 | |

## Related News

- [Harbor Lane Robotics beats estimates as warehouse orders double](https://news.example.com/en/news/290000101.md)
- [A story not fetched yet](https://news.example.com/en/news/290000777.md)
DOC
"$newsdesk" --db "$db" --offline import "$work/chart.md" >/dev/null

# "Today" for the ticker view and the watchlist's sparklines: the day after the sample's newest
# articles, so every picture shows the same days whenever it is made.
today=2026-11-25T09:00:00Z

shoot() { # theme, interface language, reading locale, file name[, sidebar view[, article[, dialog]]]
    local config="$work/config-$1-$2"
    mkdir -p "$config/Newsdesk"
    cat >"$config/Newsdesk/Newsdesk.conf" <<CONF
[appearance]
theme=$1
uiLanguage=$2

[reading]
preferredLocale=$3

[state]
sidebar=${5:-all}
sampleOffered=true
CONF
    XDG_CONFIG_HOME="$config" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1360x860x24" \
        "$newsdesk" --db "$db" --open="${6:-290000101}@$3" --screenshot="$out/$4" --now="$today" ${7:+--dialog="$7"}
    echo "wrote $out/$4"
}

# ONLY=PATTERN (a shell pattern) takes only the screenshots whose file names match it.
only=${ONLY:-*}
shoot_if() {
    # shellcheck disable=SC2254
    case "$4" in $only) shoot "$@" ;; esac
}

shoot_if light en en reader-light-en.png
shoot_if dark en en reader-dark-en.png
shoot_if light zh_CN zh-CN reader-light-zh_CN.png
shoot_if dark zh_HK zh-HK reader-dark-zh_HK.png
shoot_if light en en ticker-light-en.png ticker:06688.HK
shoot_if dark en en ticker-dark-en.png ticker:HLRB.US
shoot_if light zh_CN zh-CN ticker-light-zh_CN.png ticker:HLRB.US
shoot_if dark zh_CN zh-CN ticker-dark-zh_CN.png ticker:06688.HK
shoot_if light en en watchlist-light-en.png watchlist
shoot_if dark zh_CN zh-CN watchlist-dark-zh_CN.png watchlist
shoot_if light en en saved-light-en.png "saved:$saved_id" 290000102
shoot_if dark zh_CN zh-CN saved-dark-zh_CN.png saved:3 290000101
shoot_if light en en image-blocked-light-en.png all 290000199
shoot_if light en en rules-light-en.png all 290000101 rules
shoot_if dark en en rules-dark-en.png all 290000101 rules
shoot_if light zh_CN zh-CN rules-light-zh_CN.png all 290000101 rules
shoot_if dark zh_CN zh-CN rules-dark-zh_CN.png all 290000101 rules
