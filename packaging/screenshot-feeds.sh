#!/usr/bin/env bash
# Screenshots of a feed excerpt (an RSS item whose link is a web page, stored from the feed) and of
# source health (a subscription failing three times in a row carries a warning badge), light and
# dark, from a real window under Xvfb. A loopback server (python3 -m http.server) serves the feed.
#   packaging/screenshot-feeds.sh [OUTPUT_DIR]     (default: packaging/screenshots/)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
newsdesk="${BUILD_DIR:-$top/build/default}/bin/newsdesk"
out=${1:-$top/packaging/screenshots}
[ -x "$newsdesk" ] || { echo "screenshot-feeds: no $newsdesk; build first" >&2; exit 1; }
if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --no-first-run"
export QT_LOGGING_RULES="newsdesk.*.debug=false;qt.webenginecontext.debug=false"
unset QT_QPA_PLATFORM
work=$(mktemp -d)
port=8766
mkdir -p "$work/site" "$out"
cat >"$work/site/feed.xml" <<FEED
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Market Wire</title><link>http://127.0.0.1:$port/</link>
<item><title>Apple beats estimates as services revenue hits a record</title><link>http://127.0.0.1:$port/apple.html</link>
<guid isPermaLink="false">wire-1</guid><pubDate>Thu, 03 Dec 2026 21:30:00 GMT</pubDate>
<description><![CDATA[<p>Apple reported fiscal first-quarter revenue of <b>\$124.3 billion</b>, up 4% from a year earlier, as services revenue reached an all-time high.</p>
<ul><li>iPhone revenue: \$69.1 billion</li><li>Services: \$26.3 billion, a record</li><li>Gross margin: 46.9%</li></ul>
<p>Read the <a href="https://www.sec.gov/">10-K filing</a> for details. Shares rose 3% after hours.</p>
<blockquote>We are pleased with the results, said the chief executive.</blockquote>
<script>alert('never runs')</script>]]></description></item>
<item><title>Harborline semiconductor guidance above expectations</title><link>http://127.0.0.1:$port/hbln.html</link>
<pubDate>Thu, 03 Dec 2026 20:00:00 GMT</pubDate><description>Quarterly revenue rose 41% year on year.</description></item>
</channel></rss>
FEED
echo "<html><body>a web page</body></html>" >"$work/site/apple.html"
cp "$work/site/apple.html" "$work/site/hbln.html"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
trap 'kill $server; rm -rf "$work"' EXIT
sleep 1
db="$work/library.sqlite"
"$newsdesk" --db "$db" import "$top/resources/sample" >/dev/null
"$newsdesk" --db "$db" subscribe "http://127.0.0.1:$port/feed.xml" >/dev/null
"$newsdesk" --db "$db" subscribe "http://127.0.0.1:9/news/feed.xml" >/dev/null # nothing listens there
for _ in 1 2 3; do "$newsdesk" --db "$db" refresh "http://127.0.0.1:9/news/feed.xml" >/dev/null 2>&1 || true; done
"$newsdesk" --db "$db" refresh "http://127.0.0.1:$port/feed.xml" >/dev/null
for shot in "light en" "dark en" "light zh_CN"; do
    read -r theme language <<<"$shot"
    config="$work/config-$theme-$language"
    mkdir -p "$config/Newsdesk"
    printf '[appearance]\ntheme=%s\nuiLanguage=%s\n\n[reading]\npreferredLocale=en\n\n[state]\nsidebar=all\nsampleOffered=true\n' \
        "$theme" "$language" >"$config/Newsdesk/Newsdesk.conf"
    XDG_CONFIG_HOME="$config" LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1360x860x24" \
        "$newsdesk" --db "$db" "--open=127.0.0.1:$port/apple.html@en" --screenshot="$out/feeds-$theme-$language.png"
    echo "wrote $out/feeds-$theme-$language.png"
done
