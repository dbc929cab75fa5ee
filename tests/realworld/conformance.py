#!/usr/bin/env python3
"""Runs the real newsdesk executable over the real-world material (shared/realworld/README.md).

One loopback HTTP server is each feed's origin and, as http_proxy, every site the items link to.
Prints a score per part (feeds, degrade, dates, gfm, frontmatter) and every failing case with why.
Exit status 0 when every failing case is listed in known_differences.json with its reason.

Deliberate differences normalised here (and nothing else), as README.md documents:
- links: the app's class attribute; no href on links that are not http(s)/mailto (safe mode
  empties them); in-app newsdesk: URLs for Longbridge news and quote pages.
- images: src through newsdesk://image/?src=…
- tables: the div.table-scroll wrapper.
- code: <pre class="code" data-lang="x"><code> with highlighting spans is <pre><code class="language-x">.
- whitespace, attribute order, character references, URLs equivalent per RFC 3986 §6.2.2/IDNA.
"""
import argparse
import html
import html.parser
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

PLACEHOLDER = "http://127.0.0.1:8097"


class Server:
    """Feeds at /feeds/<path> with their Content-Type; anything else (direct or proxied) is a linked page."""

    def __init__(self, root):
        self.root = root
        self.routes = {}  # path -> (content type, bytes)
        self.page = ("text/markdown; charset=utf-8", b"Body of the linked document.\n")
        self.log = []
        self.lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                target = self.path
                parsed = urllib.parse.urlsplit(target)
                host = parsed.netloc or self.headers.get("Host", "")
                path = parsed.path if parsed.scheme else target.split("?")[0]
                with outer.lock:
                    outer.log.append(urllib.parse.urlunsplit(("http", host, parsed.path, parsed.query, "")))
                    route = outer.routes.get(path) if host == outer.host else None
                    page = outer.page
                if route is None and host == outer.host and path.startswith("/feeds/"):
                    file = os.path.join(outer.root, path[len("/feeds/"):])
                    if os.path.isfile(file):
                        with open(file, "rb") as f:
                            route = (outer.feed_types.get(path, "application/xml"), f.read())
                if route is None:
                    route = page
                ctype, body = route
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.feed_types = {}
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.host = "127.0.0.1:%d" % self.httpd.server_address[1]
        self.base = "http://" + self.host
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()


class Runner:
    def __init__(self, exe, work, proxy):
        self.exe = exe
        self.work = work
        self.env = dict(os.environ)
        for name in ("no_proxy", "NO_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
            self.env.pop(name, None)
        self.env["http_proxy"] = proxy
        self.env["HOME"] = work
        self.env["XDG_DATA_HOME"] = os.path.join(work, "data")
        self.env["XDG_CONFIG_HOME"] = os.path.join(work, "config")
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.env["TZ"] = "UTC"

    def run(self, db, *args, timeout=120):
        p = subprocess.run([self.exe, "--db", db, *args], env=self.env, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def json(self, db, *args):
        code, out, err = self.run(db, *args)
        try:
            return json.loads(out) if out.strip() else None
        except ValueError:
            return None


def nofragment(url):
    return url.split("#", 1)[0] if url else url


def norm_url(url):
    """RFC 3986 §6.2.2: case of scheme and host, percent-encoding of characters browsers send either way, IDNA."""
    if url is None:
        return None
    url = html.unescape(url).strip()
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return url
    host = urllib.parse.unquote(parts.hostname or "")
    try:
        host = host.encode("idna").decode("ascii") if host else host
    except UnicodeError:
        pass
    netloc = parts.netloc
    if parts.hostname:
        netloc = (parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else "") + host.lower()
        if parts.port:
            netloc += ":%d" % parts.port
    unq = lambda s: urllib.parse.unquote(s)
    path = unq(parts.path) or ("/" if parts.scheme in ("http", "https") and netloc else "")
    return urllib.parse.urlunsplit((parts.scheme.lower(), netloc, path, unq(parts.query), unq(parts.fragment)))


def time_equal(stored, expected, whole_seconds=False):
    """Equal instants; feedparser drops fractions of a second (its expected.json), dates.json keeps them."""
    if stored is None:
        return False
    s = stored.replace(".000Z", "Z")
    e = expected.replace(".000Z", "Z")
    if whole_seconds:
        s = re.sub(r"\.\d+Z$", "Z", s)
        e = re.sub(r"\.\d+Z$", "Z", e)
    return s == e


# ---------------------------------------------------------------------------------------------- feeds

def feeds_part(runner, server, material, args, failures):
    expected = json.load(open(os.path.join(material, "feeds", "expected.json")))
    feeds = [f for f in expected["feeds"] if not args.only or args.only in f["file"]]
    base = server.base
    for f in feeds:
        server.feed_types["/feeds/" + f["file"]] = f["ctype"]

    def check(f):
        db = os.path.join(runner.work, "feeds-" + re.sub(r"[^A-Za-z0-9]", "_", f["file"]) + ".sqlite")
        url = base + "/feeds/" + f["file"]
        runner.run(db, "subscribe", url)
        code, out, err = runner.run(db, "refresh")
        articles = runner.json(db, "list", "--json", "--limit", "100000") or []
        subs = runner.json(db, "subscriptions", "--json") or []
        problems = []
        if code != 0:
            problems.append("refresh failed: %s" % err.strip()[:300])
        if f["feed_title"] is not None:
            got = subs[0].get("title") if subs else None
            if got != f["feed_title"]:
                problems.append("feed title %r, expected %r" % (got, f["feed_title"]))
        by_url = {}
        for a in articles:
            by_url.setdefault(norm_url(nofragment(a.get("url"))), []).append(a)
        groups = {}
        for e in f["entries"]:
            if not e["link"]:
                continue  # an item without a link: only the feed's title is the subject
            link = e["link"].replace(PLACEHOLDER, base)
            groups.setdefault(norm_url(nofragment(link)), []).append(e)
        for link, entries in groups.items():
            stored = by_url.get(link)
            if not stored:
                problems.append("no article for %s" % link)
                continue
            if len(entries) > 1:
                continue
            e, a = entries[0], stored[0]
            if e["title"] is not None and a.get("title") != e["title"]:
                problems.append("%s: title %r, expected %r" % (link, a.get("title"), e["title"]))
            if e["published"] is not None and not time_equal(a.get("published"), e["published"], True):
                problems.append("%s: time %r, expected %r" % (link, a.get("published"), e["published"]))
        if problems and args.verbose:
            problems.append("refresh exit %d: %s" % (code, err.strip()[:400]))
        return f["file"], problems

    passed = 0
    with ThreadPoolExecutor(args.jobs) as pool:
        for name, problems in pool.map(check, feeds):
            if problems:
                failures.append(("feeds", name, "; ".join(problems)))
            else:
                passed += 1
    return passed, len(feeds)


def degrade_part(runner, server, material, args, failures):
    """The captured live feeds while every linked page is an HTML page: the refresh ends, each item is
    reported as not markdown or kept from the feed, and no HTML page is stored as an article."""
    expected = json.load(open(os.path.join(material, "feeds", "expected.json")))
    feeds = [f for f in expected["feeds"] if f["category"] == "real-world"]
    server.page = ("text/html; charset=utf-8", b"<!doctype html><html><head><title>Page</title></head>"
                   b"<body><p>A web page.</p><script>alert(1)</script></body></html>")
    passed = 0
    try:
        for f in feeds:
            db = os.path.join(runner.work, "degrade-" + re.sub(r"[^A-Za-z0-9]", "_", f["file"]) + ".sqlite")
            runner.run(db, "subscribe", server.base + "/feeds/" + f["file"])
            try:
                code, out, err = runner.run(db, "refresh", timeout=120)
            except subprocess.TimeoutExpired:
                failures.append(("degrade", f["file"], "refresh did not end"))
                continue
            articles = runner.json(db, "list", "--json", "--limit", "100000") or []
            problems = []
            # Items whose links differ only by #fragment are one document: their title is not checked.
            titles, shared = {}, set()
            for e in f["entries"]:
                key = norm_url(nofragment(e["link"].replace(PLACEHOLDER, server.base)))
                if key in titles:
                    shared.add(key)
                titles[key] = e["title"]
            for key in shared:
                titles[key] = None
            reported = 0
            for e in f["entries"]:
                link = norm_url(nofragment(e["link"].replace(PLACEHOLDER, server.base)))
                if any(norm_url(nofragment(a.get("url"))) == link for a in articles):
                    continue
                reported += 1
            for a in articles:
                key = a.get("key")
                code2, shown, _ = runner.run(db, "show", "--json", key) if len(articles) <= 3 else (0, "", "")
                if "A web page." in shown or "alert(1)" in shown:
                    problems.append("%s stored the HTML page" % a.get("url"))
                t = titles.get(norm_url(nofragment(a.get("url"))))
                if t is not None and a.get("title") != t:
                    problems.append("%s kept with title %r, not the feed's %r" % (a.get("url"), a.get("title"), t))
            if reported and "markdown" not in err and "HTML" not in err:
                problems.append("%d items neither stored nor reported (stderr: %s)" % (reported, err.strip()[:200]))
            if problems:
                failures.append(("degrade", f["file"], "; ".join(problems[:5])))
            else:
                passed += 1
    finally:
        server.page = ("text/markdown; charset=utf-8", b"Body of the linked document.\n")
    return passed, len(feeds)


# ---------------------------------------------------------------------------------------------- dates

def dates_part(runner, server, material, args, failures):
    """Each date string as an RSS pubDate (RFC 822, asctime) or an Atom updated (W3DTF) of an item whose
    linked document carries no time: the stored time is the feed's reading, or none for invalid rows."""
    rows = json.load(open(os.path.join(material, "feeds", "dates.json")))["dates"]
    rss_items, atom_entries = [], []
    for i, row in enumerate(rows):
        link = "http://dates.example/%d" % i
        text = html.escape(row["input"])
        if row["family"] == "w3dtf":
            atom_entries.append("<entry><title>d%d</title><id>urn:d:%d</id><link href=\"%s\"/><updated>%s</updated></entry>"
                                % (i, i, link, text))
        else:
            rss_items.append("<item><title>d%d</title><link>%s</link><pubDate>%s</pubDate></item>" % (i, link, text))
    rss = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>dates</title>"
           + "".join(rss_items) + "</channel></rss>")
    atom = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>dates</title>"
            "<id>urn:dates</id><updated>2020-01-01T00:00:00Z</updated>" + "".join(atom_entries) + "</feed>")
    server.routes["/dates/rss.xml"] = ("application/rss+xml", rss.encode())
    server.routes["/dates/atom.xml"] = ("application/atom+xml", atom.encode())
    db = os.path.join(runner.work, "dates.sqlite")
    runner.run(db, "subscribe", server.base + "/dates/rss.xml")
    runner.run(db, "subscribe", server.base + "/dates/atom.xml")
    runner.run(db, "refresh")
    articles = runner.json(db, "list", "--json", "--limit", "100000") or []
    by_url = {a.get("url"): a for a in articles}
    passed = 0
    for i, row in enumerate(rows):
        a = by_url.get("http://dates.example/%d" % i)
        if a is None:
            failures.append(("dates", row["input"], "item not stored"))
            continue
        got = a.get("published")
        if row["expected"] is None:
            ok = got is None
        else:
            ok = time_equal(got, row["expected"])
        if ok:
            passed += 1
        else:
            failures.append(("dates", row["input"], "read as %r, expected %r" % (got, row["expected"])))
    return passed, len(rows)


# ---------------------------------------------------------------------------------------------- GFM

VOID = {"img", "br", "hr", "input", "col", "area", "base", "embed", "link", "meta", "source", "track", "wbr"}


class Normaliser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.dropped = []  # per open div/span: dropped or not
        self.in_pre = 0

    def attrs(self, tag, attrs):
        a = dict((k, v if v is not None else "") for k, v in attrs)
        if tag == "a":
            a.pop("class", None)
            href = a.get("href")
            if href is not None:
                scheme = urllib.parse.urlsplit(html.unescape(href)).scheme.lower()
                if scheme not in ("http", "https", "mailto") and not href.startswith("#"):
                    del a["href"]
                else:
                    a["href"] = norm_url(href)
        if tag == "img" and "src" in a:
            src = a["src"]
            if src.startswith("newsdesk://image/"):
                q = urllib.parse.parse_qs(urllib.parse.urlsplit(src).query)
                src = q.get("src", [""])[0]
            a["src"] = norm_url(src)
        return a

    def start(self, tag, attrs, void):
        a = self.attrs(tag, attrs)
        if tag == "div":
            if a.get("class") == "table-scroll":
                self.dropped.append(True)
                return
            self.dropped.append(False)
        if tag == "span" and self.in_pre:
            self.dropped.append(True)
            return
        if tag == "span":
            self.dropped.append(False)
        if tag == "pre":
            self.in_pre += 1
            lang = a.pop("data-lang", None)
            a.pop("class", None)
            self.pending_lang = lang
            self.out.append("<pre>")
            return
        if tag == "code" and self.in_pre:
            lang = getattr(self, "pending_lang", None)
            cls = a.pop("class", None)
            if lang:
                a["class"] = "language-" + lang
            elif cls:
                a["class"] = cls
            self.pending_lang = None
        self.out.append("<" + tag + "".join(' %s="%s"' % (k, html.escape(v)) for k, v in sorted(a.items())) + ">")

    def handle_starttag(self, tag, attrs):
        self.start(tag, attrs, tag in VOID)

    def handle_startendtag(self, tag, attrs):
        self.start(tag, attrs, True)

    def handle_endtag(self, tag):
        if tag in ("div", "span"):
            if self.dropped and self.dropped.pop():
                return
        if tag == "pre":
            self.in_pre = max(0, self.in_pre - 1)
        if tag in VOID:
            return
        self.out.append("</" + tag + ">")

    def handle_data(self, data):
        self.out.append(html.escape(data, quote=False))

    def handle_comment(self, data):
        self.out.append("<!--" + data + "-->")


def normalise_html(text):
    n = Normaliser()
    n.feed(text)
    n.close()
    s = "".join(n.out)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\s*(<[^>]+>)\s*", r"\1", s)
    return s.strip()


def article_body(page):
    start = page.find('<div class="article-body">')
    end = page.rfind("</article>")
    if start < 0 or end < 0:
        return None
    body = page[start + len('<div class="article-body">'):end]
    body = body.rstrip()
    if body.endswith("</div>"):
        body = body[: -len("</div>")]
    return body


def gfm_part(runner, server, material, args, failures):
    examples = json.load(open(os.path.join(material, "gfm", "expected.json")))["examples"]
    if args.only:
        examples = [e for e in examples if args.only in e["id"]]
    folder = os.path.join(runner.work, "gfm")
    os.makedirs(folder, exist_ok=True)
    paths = []
    for e in examples:
        path = os.path.join(folder, e["id"] + ".md")
        with open(path, "w", encoding="utf-8") as f:
            f.write('---\ntitle: "GFM %s"\n---\n' % e["id"] + e["markdown"])
        paths.append(path)
    db = os.path.join(runner.work, "gfm.sqlite")
    runner.run(db, "import", *paths, timeout=600)

    def check(pair):
        e, path = pair
        code, page, err = runner.run(db, "render", path)
        if code != 0:
            return e["id"], "render failed: " + err.strip()[:200]
        body = article_body(page)
        if body is None:
            return e["id"], "no article body in the page"
        if e["expected"] is None or e["expected"].strip() == "<IGNORE>":
            return e["id"], None
        got, want = normalise_html(body), normalise_html(e["expected"])
        if got != want:
            i = next((k for k in range(min(len(got), len(want))) if got[k] != want[k]), min(len(got), len(want)))
            return e["id"], "differs at %d: got …%s\n      want …%s" % (i, got[max(0, i - 80):i + 300], want[max(0, i - 80):i + 300])
        return e["id"], None

    passed = 0
    with ThreadPoolExecutor(args.jobs) as pool:
        for ident, problem in pool.map(check, zip(examples, paths)):
            if problem:
                failures.append(("gfm", ident, problem))
            else:
                passed += 1
    return passed, len(examples)


# ---------------------------------------------------------------------------------------------- front matter

def frontmatter_part(runner, server, material, args, failures):
    data = json.load(open(os.path.join(material, "frontmatter", "expected.json")))
    files = data["files"]
    root = os.path.join(material, "frontmatter")
    # The four files whose tab before a comment PyYAML rejects are read as YAML 1.2 reads them.
    db = os.path.join(runner.work, "frontmatter.sqlite")
    paths = [os.path.join(root, f["file"]) for f in files]
    runner.run(db, "import", *paths, timeout=600)

    def check(f):
        path = os.path.join(root, f["file"])
        a = runner.json(db, "show", "--json", path)
        if a is None:
            return f["file"], "not imported"
        problems = []
        if f["title"] is not None and a.get("title") != f["title"]:
            problems.append("title %r, expected %r" % (a.get("title"), f["title"]))
        if f["summary"] is not None and a.get("summary") != f["summary"]:
            problems.append("summary %r, expected %r" % (a.get("summary"), f["summary"]))
        warnings = a.get("warnings") or []
        if f["date_problem"]:
            ok_time = a.get("published") is None or (f["published_alt"] and time_equal(a.get("published"), f["published_alt"]))
            if not ok_time:
                problems.append("time %r from a malformed date" % a.get("published"))
            if not any(f["published_raw"] in w or f["time_key"] in w for w in warnings):
                problems.append("no warning names the malformed date (warnings: %r)" % warnings)
        else:
            if f["published"] is None and a.get("published") is not None:
                problems.append("time %r where the front matter has none" % a.get("published"))
            elif f["published"] is not None and not time_equal(a.get("published"), f["published"]):
                problems.append("time %r, expected %r" % (a.get("published"), f["published"]))
            if warnings:
                problems.append("warnings on valid front matter: %r" % warnings)
        return f["file"], "; ".join(problems) if problems else None

    passed = 0
    with ThreadPoolExecutor(args.jobs) as pool:
        for name, problem in pool.map(check, files):
            if problem:
                failures.append(("frontmatter", name, problem))
            else:
                passed += 1
    return passed, len(files)


# ----------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--newsdesk", required=True)
    parser.add_argument("--material", required=True, help="the realworld/ folder")
    parser.add_argument("--known", help="known_differences.json: case -> reason")
    parser.add_argument("--parts", default="feeds,degrade,dates,gfm,frontmatter")
    parser.add_argument("--only", help="only cases whose name contains this")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()

    known = {}
    if args.known and os.path.exists(args.known):
        known = json.load(open(args.known))["cases"]
    work = tempfile.mkdtemp(prefix="newsdesk-realworld-")
    server = Server(os.path.join(args.material, "feeds"))
    runner = Runner(os.path.abspath(args.newsdesk), work, server.base)
    parts = {"feeds": feeds_part, "degrade": degrade_part, "dates": dates_part, "gfm": gfm_part,
             "frontmatter": frontmatter_part}
    failures, scores = [], []
    try:
        for name in args.parts.split(","):
            passed, total = parts[name](runner, server, args.material, args, failures)
            scores.append((name, passed, total))
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print("work folder:", work)
    unexpected = 0
    for part, case, why in failures:
        reason = known.get("%s:%s" % (part, case))
        if reason:
            print("KNOWN  %s %s: %s\n       because: %s" % (part, case, why, reason))
        else:
            unexpected += 1
            print("FAIL   %s %s: %s" % (part, case, why))
    failed_names = {"%s:%s" % (p, c) for p, c, _ in failures}
    for case in known:
        if case.split(":", 1)[0] in args.parts.split(",") and case not in failed_names and not args.only:
            print("NOTE   %s is listed as a known difference but passes: remove it" % case)
    print()
    for name, passed, total in scores:
        print("SCORE  %-12s %d/%d" % (name, passed, total))
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
