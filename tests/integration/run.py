#!/usr/bin/python3
"""Integration tests: a real entd on an ephemeral port with a temporary data
directory, driven over HTTP (urllib) and through entq.

    tests/integration/run.py --entd bin/entd --entq bin/entq --conf conf --shared ../shared

Tests that need ../shared (the seed article, the corpora) say so and are
skipped loudly when it is absent. Exit status 1 if any test failed.
"""
import argparse
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

ARGS = None
LAST_LOGS = []  # log of the daemon cleaned up last, printed when a test fails
FIXTURE_CONF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "conf")


class Daemon:
    """One entd process with its own data directory."""

    def __init__(self, conf, data=None, env=None, extra=None):
        self.conf = conf
        self.tmp = tempfile.mkdtemp(prefix="entd-it-")
        self.data = data or os.path.join(self.tmp, "data")
        self.env = dict(os.environ, **(env or {}))
        self.extra = extra or []
        self.proc = None
        self.port = None
        self.log = os.path.join(self.tmp, "entd.log")

    def start(self):
        portfile = os.path.join(self.tmp, "port")
        if os.path.exists(portfile):
            os.unlink(portfile)
        cmd = [ARGS.entd, "--listen", "127.0.0.1:0", "--data", self.data, "--port-file", portfile,
               "--gazetteer", os.path.join(self.conf, "gazetteer"),
               "--relations", os.path.join(self.conf, "relations"), "--threads", "2"] + self.extra
        self.logf = open(self.log, "ab")
        self.proc = subprocess.Popen(cmd, stdout=self.logf, stderr=self.logf, env=self.env)
        deadline = time.time() + 30
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("entd exited with %s:\n%s" % (self.proc.returncode, self.tail()))
            if os.path.exists(portfile):
                txt = open(portfile).read().strip()
                if txt:
                    self.port = int(txt)
                    break
            time.sleep(0.02)
        else:
            raise RuntimeError("entd did not start:\n" + self.tail())
        self.url = "http://127.0.0.1:%d" % self.port
        return self

    def tail(self):
        try:
            return open(self.log, errors="replace").read()[-3000:]
        except OSError:
            return ""

    def stop(self, sig=signal.SIGTERM):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                rc = self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                rc = self.proc.wait()
                raise AssertionError("entd did not stop within 30 s of signal %d" % sig)
            self.logf.close()
            return rc
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        """`with Daemon(conf).start() as d:` stops the daemon and removes its
        directory however the block ends (its log kept in LAST_LOGS)."""
        try:
            self.stop()
        finally:
            self.cleanup()
        return False

    def cleanup(self):
        LAST_LOGS[:] = [self.tail()]
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def req(self, method, path, body=None, ctype=None, headers=None):
        """(status, parsed JSON or text, headers)."""
        data = body.encode() if isinstance(body, str) else body
        h = dict(headers or {})
        if ctype:
            h["Content-Type"] = ctype
        r = urllib.request.Request(self.url + path, data=data, method=method, headers=h)
        try:
            with urllib.request.urlopen(r, timeout=60) as resp:
                status, raw, hdrs = resp.status, resp.read(), resp.headers
        except urllib.error.HTTPError as e:
            status, raw, hdrs = e.code, e.read(), e.headers
        text = raw.decode("utf-8", errors="replace")
        ct = hdrs.get("Content-Type", "")
        if ct.startswith("application/json"):
            return status, json.loads(text), hdrs
        return status, text, hdrs

    def get(self, path):
        return self.req("GET", path)

    def post_json(self, path, obj, headers=None):
        return self.req("POST", path, json.dumps(obj), "application/json", headers)

    def entq(self, *args, env=None):
        e = dict(os.environ, ENTQ_SERVER=self.url, **(env or {}))
        p = subprocess.run([ARGS.entq] + list(args), capture_output=True, text=True, env=e,
                           timeout=60)
        return p.returncode, p.stdout, p.stderr


def q(s):
    return urllib.parse.quote(s, safe="")


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


def post_article(d, aid, text):
    """POST /articles with id aid and text: the tagging result, the reply checked to be 201."""
    st, body, _ = d.post_json("/articles", {"id": aid, "text": text})
    check(st == 201, "post: %r %r" % (st, body))
    return body


def pair_relations(d, a, b, label=None):
    """GET /relations for the pair a, b (names or ids), maybe of one label: its relations,
    the reply checked to be 200."""
    url = "/relations?a=%s&b=%s" % (q(a), q(b)) + ("&label=%s" % q(label) if label else "")
    st, r, _ = d.get(url)
    check(st == 200, "%s: %r %r" % (url, st, r))
    return r["relations"]


def error_body(status, body, etype=None):
    check(isinstance(body, dict) and "error" in body, "error reply without JSON body: %r" % (body,))
    err = body["error"]
    check(err.get("status") == status, "error status %r != %r" % (err.get("status"), status))
    check(isinstance(err.get("message"), str) and err["message"], "empty error message")
    if etype:
        check(err.get("type") == etype, "error type %r != %r" % (err.get("type"), etype))


def entity_ids(result):
    return {e["id"]: e for e in result["entities"]}


def rels(result, label=None):
    out = set()
    for r in result["relations"]:
        if label and r["label"] != label:
            continue
        out.add((r["a"]["id"], r["label"], r["b"]["id"]))
    return out


def has_rel(result, a, label, b, directed=None):
    s = rels(result)
    return (a, label, b) in s or (not directed and (b, label, a) in s)


# ---------------------------------------------------------------------------
# tests with the fixture gazetteer (stable, independent of the shipped data)

ART1 = ("Iranian Foreign Minister Abbas Araghchi met officials in Tehran.\n\n"
        "A ceasefire between Iran and Israel held on Monday. Israel launched strikes "
        "against Iran last month.\n\nBritain, France and Germany attacked Iran.")
ART2 = "The US imposed sanctions on Iran. Washington said talks with Tehran were over."


def t_health_and_errors(d):
    st, body, _ = d.get("/healthz")
    check(st == 200 and body == {"status": "ok"}, "healthz: %r %r" % (st, body))
    st, body, _ = d.get("/no/such/route")
    check(st == 404, "unknown route gives %r" % st)
    error_body(404, body, "not_found")
    st, body, hdrs = d.req("PATCH", "/articles")
    check(st in (405, 501), "PATCH gives %r" % st)
    st, body, hdrs = d.req("DELETE", "/stats")
    check(st == 405, "DELETE /stats gives %r" % st)
    error_body(405, body, "method_not_allowed")
    check("GET" in (hdrs.get("Allow") or ""), "405 without Allow header")
    # malformed JSON: 400 with position, and the daemon keeps serving
    st, body, _ = d.req("POST", "/articles", '{"text": "abc",', "application/json")
    check(st == 400, "malformed JSON gives %r" % st)
    error_body(400, body, "invalid_json")
    check("line 1" in body["error"]["message"], "no position in %r" % body)
    st, body, _ = d.req("POST", "/articles", b"caf\xc3 bad", "text/plain")
    check(st == 400, "invalid UTF-8 gives %r" % st)
    error_body(400, body, "invalid_argument")
    st, body, _ = d.post_json("/articles", {"title": "no text"})
    error_body(400, body, "invalid_argument")
    check("text" in body["error"]["message"], body)
    st, body, _ = d.post_json("/articles", {"text": "x", "published": "yesterday"})
    error_body(400, body, "invalid_argument")
    st, body, _ = d.req("POST", "/articles", "<xml/>", "application/xml")
    check(st == 415, "xml gives %r" % st)
    error_body(415, body, "unsupported_media_type")
    st, body, _ = d.get("/relations/top?since=notadate")
    error_body(400, body, "invalid_argument")
    st, body, _ = d.get("/entities?q=Ir&limit=5000")
    error_body(400, body, "invalid_argument")
    # a text that opens with a trigger's verb (a caption, a fragment): the
    # relation pass once read before the first token there and the daemon died
    st, body, _ = d.req("POST", "/tag", "hosted talks with Iran, Israel said.", "text/plain")
    check(st == 200 and "country:IR" in entity_ids(body), "text opening with a trigger: %r %r"
          % (st, body))
    st, body, _ = d.get("/healthz")
    check(st == 200, "daemon stopped serving after bad input")


def t_too_large(d):
    big = "x" * (1024 * 1024 + 10)
    st, body, _ = d.req("POST", "/articles", big, "text/plain")
    check(st == 413, "oversized body gives %r" % st)
    error_body(413, body, "payload_too_large")
    st, _, _ = d.get("/healthz")
    check(st == 200, "daemon stopped serving after 413")


def t_post_statuses(d):
    st, body, _ = d.post_json("/articles", {"id": "a1", "title": "One", "text": ART1,
                                            "published": "2025-06-24T08:00:00Z"})
    check(st == 201 and body["status"] == "created" and body["id"] == "a1", "create: %r %r" % (st, body))
    ents = entity_ids(body)
    for eid, typ in [("country:IR", "COUNTRY"), ("country:IL", "COUNTRY"), ("country:GB", "COUNTRY"),
                     ("person:abbas-araghchi", "PERSON")]:
        check(eid in ents and ents[eid]["type"] == typ, "missing %s in %r" % (eid, list(ents)))
    check(has_rel(body, "country:IL", "ceasefire", "country:IR"), "no ceasefire: %r" % rels(body))
    check(has_rel(body, "person:abbas-araghchi", "affiliation", "country:IR", True), "no affiliation")
    st, body, _ = d.post_json("/articles", {"id": "a1", "title": "One", "text": ART1,
                                            "published": "2025-06-24T08:00:00Z"})
    check(st == 200 and body["status"] == "unchanged", "same content: %r %r" % (st, body))
    st, ent, _ = d.get("/entities/country:IR")
    m1 = ent["mentions"]
    st, body, _ = d.post_json("/articles", {"id": "a1", "title": "One", "text": ART1 + " Iran again.",
                                            "published": "2025-06-24T08:00:00Z"})
    check(st == 200 and body["status"] == "updated", "new content: %r %r" % (st, body))
    st, ent, _ = d.get("/entities/country:IR")
    check(ent["mentions"] == m1 + 1, "update counted twice or not at all: %r -> %r" % (m1, ent["mentions"]))
    check(ent["articles"] == 1, "articles after update: %r" % ent["articles"])
    # text/plain gets a derived id; the same text twice is unchanged
    st, body, _ = d.req("POST", "/articles", ART2, "text/plain")
    check(st == 201 and body["id"].startswith("h-"), "text/plain: %r %r" % (st, body))
    st, body2, _ = d.req("POST", "/articles", ART2, "text/plain")
    check(st == 200 and body2["status"] == "unchanged" and body2["id"] == body["id"], "text again")


def t_reads(d):
    st, a, _ = d.get("/articles/a1?text=1")
    check(st == 200 and a["id"] == "a1" and a["text"].startswith("Iranian"), "get article: %r" % st)
    check(a["published"] == "2025-06-24T08:00:00Z", "published: %r" % a.get("published"))
    check(any(e["id"] == "country:IR" for e in a["entities"]), "stored entities")
    st, a, _ = d.get("/articles/a1")
    check("text" not in a, "text without ?text=1")
    st, body, _ = d.get("/articles/nope")
    error_body(404, body, "not_found")
    st, r, _ = d.get("/relations?a=Israel&b=Iran")
    check(st == 200, "pair: %r %r" % (st, r))
    labels = {x["label"]: x for x in r["relations"]}
    check("ceasefire" in labels, "no ceasefire in %r" % list(labels))
    ev = labels["ceasefire"]["evidence"]
    check(ev and "ceasefire between Iran and Israel" in ev[0]["text"], "evidence: %r" % ev)
    check(labels["ceasefire"]["display"] in ("Israel\u2013Iran: ceasefire", "Iran\u2013Israel: ceasefire"),
          labels["ceasefire"]["display"])
    # order-insensitive for undirected labels
    st, r2, _ = d.get("/relations?a=Iran&b=Israel&label=ceasefire")
    check([x["count"] for x in r2["relations"]] == [labels["ceasefire"]["count"]], "reverse pair")
    # names, aliases, case and diacritics resolve
    for ref in ["Iran", "iran", "IRAN", "Persia", "country:IR", "Tehran"]:
        st, e, _ = d.get("/entities/" + q(ref))
        check(st == 200 and e["id"] == "country:IR", "ref %r -> %r %r" % (ref, st, e))
    st, e, _ = d.get("/entities/" + q("Britain"))
    check(e["id"] == "country:GB" and e["name"] == "United Kingdom", "Britain: %r" % e)
    st, e, _ = d.get("/entities/country:IR")
    check(e["type"] == "COUNTRY" and e["origin"] == "gazetteer" and "Persia" in e["aliases"], e)
    check(e["first_seen"] and e["last_seen"], "first/last seen: %r" % e)
    st, e, _ = d.get("/entities/" + q("Abbas Araghchi"))
    check(e["origin"] == "discovered" and e["type"] == "PERSON", "discovered: %r" % e)
    st, body, _ = d.get("/entities/Atlantis")
    error_body(404, body, "not_found")
    st, s, _ = d.get("/entities?q=Ir")
    ids = [x["id"] for x in s["entities"]]
    check("country:IR" in ids, "prefix search: %r" % ids)
    st, s, _ = d.get("/entities?q=i&limit=1")
    check(len(s["entities"]) == 1 and s["next_cursor"], "paging: %r" % s)
    st, s2, _ = d.get("/entities?q=i&limit=1&cursor=" + q(s["next_cursor"]))
    check(s2["entities"] and s2["entities"][0]["id"] != s["entities"][0]["id"], "second page")
    st, rr, _ = d.get("/entities/Iran/relations?label=attack")
    check(st == 200 and rr["relations"], "entity relations: %r" % rr)
    for x in rr["relations"]:
        check(x["label"] == "attack" and x["direction"] == "in", "attack on Iran is incoming: %r" % x)
    st, rr, _ = d.get("/entities/Iran/relations?with=Israel")
    check({x["label"] for x in rr["relations"]} >= {"ceasefire", "attack"}, rr)
    st, top, _ = d.get("/relations/top?limit=50")
    check(st == 200 and all(x["label"] != "co-mention" for x in top["relations"]), "top: %r" % top)
    check(any(x["label"] == "attack" for x in top["relations"]), "top lacks attack")
    st, arts, _ = d.get("/articles?entity=Israel")
    check([a["id"] for a in arts["articles"]] == ["a1"], "articles of Israel: %r" % arts)
    st, arts, _ = d.get("/entities/United%20States/articles")
    check(len(arts["articles"]) == 1, "articles of the US: %r" % arts)
    st, stats, _ = d.get("/stats")
    check(stats["articles"] == 2 and stats["gazetteer"]["entities"] > 5, "stats: %r" % stats)
    for k in ("entities", "relations", "mentions", "store", "uptime_s", "version"):
        check(k in stats, "stats lacks %s" % k)
    # 64-bit figures survive the JSON encoding (the default map is 4 GiB)
    check(stats["store"]["map_size"] == 4096 << 20, "map_size: %r" % stats["store"])
    check(0 < stats["store"]["bytes"] <= stats["store"]["map_size"], "store bytes: %r" % stats["store"])
    st, metrics, _ = d.get("/metrics")
    check(st == 200 and "entd_requests_total" in metrics, "metrics")


def t_reply_cache(d):
    """A kept reply is served only while the store and the gazetteer are unchanged.

    Each loop thread keeps its own replies, so the reads go over one keep-alive
    connection: the loop that accepted it answers every request on it."""
    conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=60)
    def mentions():
        conn.request("GET", "/entities/country:IR")
        resp = conn.getresponse()
        body = resp.read()
        check(resp.status == 200, "entity: %r" % resp.status)
        return json.loads(body)["mentions"]
    def hits():
        st, m, _ = d.get("/metrics")
        for line in m.splitlines():
            if line.startswith('entd_reply_cache_total{result="hit"}'):
                return int(line.split()[-1])
        return 0
    try:
        m1 = mentions()
        h1 = hits()
        check(mentions() == m1, "same snapshot, same answer")
        check(hits() == h1 + 1, "the second read on one connection was not served from the cache")
        st, body, _ = d.req("POST", "/articles", "Iran and Iran and Iran.", "text/plain")
        check(st in (200, 201), "post: %r" % st)
        m2 = mentions()
        check(m2 == m1 + 3, "a cached reply outlived a commit: %r then %r" % (m1, m2))
    finally:
        conn.close()


def t_windows(d):
    d.post_json("/articles", {"id": "w1", "text": "Israel attacked Iran.", "published": "2024-01-10"})
    d.post_json("/articles", {"id": "w2", "text": "Israel attacked Iran again.", "published": "2024-03-10T12:00:00Z"})
    def attack_count(qs):
        st, r, _ = d.get("/relations?a=Israel&b=Iran&label=attack" + qs)
        check(st == 200, "window query %s: %r" % (qs, r))
        return sum(x["count"] for x in r["relations"])
    check(attack_count("&since=2024-01-01&until=2024-02-01") == 1, "January window")
    check(attack_count("&since=2024-03-10T12:00:00Z&until=2024-03-10T12:00:01Z") == 1, "one-second window")
    check(attack_count("&since=2024-03-10T12:00:01Z&until=2024-03-11") == 0, "window after the article")
    check(attack_count("&since=2024-01-01&until=2024-12-31") == 2, "year window")
    st, arts, _ = d.get("/articles?since=2024-01-01&until=2024-02-01")
    check([a["id"] for a in arts["articles"]] == ["w1"], "article window: %r" % arts)
    st, arts, _ = d.get("/articles?limit=1")
    check(len(arts["articles"]) == 1 and arts["next_cursor"], "article paging: %r" % arts)
    seen = [arts["articles"][0]["id"]]
    while arts["next_cursor"]:
        st, arts, _ = d.get("/articles?limit=1&cursor=" + q(arts["next_cursor"]))
        seen += [a["id"] for a in arts["articles"]]
    check(len(seen) == len(set(seen)) and "w1" in seen and "w2" in seen, "cursor walk: %r" % seen)


def t_bulk(d):
    lines = [json.dumps({"id": "b1", "text": "Germany and France signed a deal."}),
             "{not json",
             "",
             json.dumps({"id": "b2", "text": ""}),
             json.dumps({"id": "b3", "text": "Israel attacked Iran overnight."})]
    st, body, _ = d.req("POST", "/articles/_bulk", "\n".join(lines) + "\n", "application/x-ndjson")
    check(st == 207 and body["errors"] is True, "bulk with bad lines: %r %r" % (st, body))
    items = body["items"]
    check(len(items) == 4, "items: %r" % items)
    check(items[0]["id"] == "b1" and items[0]["status"] == 201, items[0])
    check(items[1]["status"] == 400 and items[1]["error"]["type"] == "invalid_json", items[1])
    check(items[2]["status"] == 400, items[2])
    check(items[3]["id"] == "b3" and items[3]["result"] == "created", items[3])
    st, body, _ = d.req("POST", "/articles/_bulk", json.dumps({"id": "b1", "text": "Germany and France signed a deal."}) + "\n",
                        "application/x-ndjson")
    check(st == 200 and body["errors"] is False and body["items"][0]["result"] == "unchanged", body)
    st, a, _ = d.get("/articles/b3")
    check(st == 200, "bulk item not stored")


def recount(d, ids):
    """Recount entity mentions and relation counts from the stored articles."""
    ments, relc = {}, {}
    for aid in ids:
        st, a, _ = d.get("/articles/" + q(aid))
        check(st == 200, "article %s vanished" % aid)
        for e in a["entities"]:
            ments[e["id"]] = ments.get(e["id"], 0) + e["count"]
        for r in a["relations"]:
            key = (r["a"]["id"], r["b"]["id"], r["label"])
            if not r["directed"]:
                key = tuple(sorted(key[:2])) + (r["label"],)
            relc[key] = relc.get(key, 0) + 1
    return ments, relc


def all_article_ids(d):
    ids, cur = [], None
    while True:
        st, arts, _ = d.get("/articles?limit=1000" + ("&cursor=" + q(cur) if cur else ""))
        ids += [a["id"] for a in arts["articles"]]
        cur = arts["next_cursor"]
        if not cur:
            return ids


def t_counts_match_recount(d):
    ids = all_article_ids(d)
    ments, relc = recount(d, ids)
    for eid, n in ments.items():
        st, e, _ = d.get("/entities/" + q(eid))
        check(e["mentions"] == n, "entity %s: store %r, recount %r" % (eid, e["mentions"], n))
    for (a, b, label), n in relc.items():
        st, r, _ = d.get("/relations?a=%s&b=%s&label=%s&evidence=0" % (q(a), q(b), q(label)))
        got = sum(x["count"] for x in r["relations"] if x["label"] == label)
        check(got == n, "relation %s %s %s: store %r, recount %r" % (a, label, b, got, n))


def t_delete_withdraws(d):
    ids = all_article_ids(d)
    for aid in ids:
        st, body, _ = d.req("DELETE", "/articles/" + q(aid))
        check(st == 200 and body == {"id": aid, "status": "deleted"}, "delete %s: %r %r" % (aid, st, body))
    st, body, _ = d.req("DELETE", "/articles/a1")
    error_body(404, body, "not_found")
    st, stats, _ = d.get("/stats")
    check(stats["articles"] == 0 and stats["mentions"] == 0 and stats["relations"] == 0,
          "after deleting everything: %r" % stats)
    st, e, _ = d.get("/entities/country:IR")
    check(e["mentions"] == 0 and e["articles"] == 0 and e["top_relations"] == [], e)
    st, r, _ = d.get("/relations?a=Israel&b=Iran")
    check(r["relations"] == [], "relations left: %r" % r)
    st, top, _ = d.get("/relations/top")
    check(top["relations"] == [], "top left: %r" % top)


def t_graph(d):
    d.post_json("/articles", {"id": "g1", "text": ART1})
    st, g, _ = d.get("/graph?entity=Iran")
    check(st == 200 and any(n["id"] == "country:IR" for n in g["nodes"]) and g["edges"], g)
    st, gml, hdrs = d.get("/graph?entity=Iran&format=graphml")
    check(st == 200 and "graphml" in hdrs.get("Content-Type", ""), "graphml: %r" % st)
    root = ET.fromstring(gml)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = root.findall(".//g:node", ns)
    edges = root.findall(".//g:edge", ns)
    check(nodes and edges, "graphml without nodes or edges")
    st, dot, _ = d.get("/graph?entity=Iran&format=dot&depth=2")
    check(st == 200 and dot.startswith("digraph"), "dot: %r" % dot[:50])
    if shutil.which("dot"):
        p = subprocess.run(["dot", "-Tsvg"], input=dot, capture_output=True, text=True)
        check(p.returncode == 0 and "<svg" in p.stdout, "graphviz rejects the dot output: %s" % p.stderr)
    else:
        print("  SKIP rendering dot: graphviz is not installed (make deps installs it)")
    st, body, _ = d.get("/graph?entity=Iran&format=png")
    error_body(400, body, "invalid_argument")


def t_runtime_entities(d):
    text = "Zorblax Industries signed a deal with Israel."
    st, body, _ = d.req("POST", "/tag", text, "text/plain")
    check("org:zorblax" not in entity_ids(body), "entity known before PUT")
    st, body, _ = d.req("PUT", "/entities/org:zorblax", json.dumps(
        {"type": "ORG", "name": "Zorblax Industries", "aliases": ["Zorblax"], "attributes": {"country": "country:IL"}}),
        "application/json")
    check(st == 200, "PUT entity: %r %r" % (st, body))
    st, body, _ = d.req("POST", "/tag", text, "text/plain")
    check("org:zorblax" in entity_ids(body), "entity not used after PUT: %r" % list(entity_ids(body)))
    st, e, _ = d.get("/entities/Zorblax")
    check(st == 200 and e["origin"] == "api", "api entity: %r" % e)
    st, body, _ = d.req("PUT", "/entities/org:bad", json.dumps({"type": "org", "name": "x"}), "application/json")
    error_body(400, body, "invalid_argument")
    # a local name: the entity's only in a text about its country
    st, body, _ = d.req("PUT", "/entities/org:bad", json.dumps(
        {"type": "ORG", "name": "Zorb Party of Israel", "attributes": {"local": "Zorb Party"}}),
        "application/json")
    error_body(400, body, "invalid_argument")
    # values the matcher reads are checked before storing: a stored entry the
    # gazetteer refused would stop every rebuild and the next start
    for attrs, word in (({"case": "lower"}, "case"), ({"article": "a"}, "article"),
                        ({"prio": "high"}, "prio")):
        st, body, _ = d.req("PUT", "/entities/org:bad", json.dumps(
            {"type": "ORG", "name": "Zorb Holdings", "attributes": attrs}), "application/json")
        error_body(400, body, "invalid_argument")
        check(word in body["error"]["message"], "PUT %r: message names no %s: %r" % (attrs, word, body))
    st, body, _ = d.get("/entities/org:bad")
    check(st == 404, "refused entity stored: %r %r" % (st, body))
    st, body, _ = d.req("PUT", "/entities/org:zorb-party", json.dumps(
        {"type": "ORG", "name": "Zorb Party of Israel",
         "attributes": {"kind": "party", "local": "Zorb Party", "country": "country:IL"}}),
        "application/json")
    check(st == 200, "PUT entity with a local name: %r %r" % (st, body))
    st, body, _ = d.req("POST", "/tag", "JERUSALEM - The Zorb Party won the most seats in Israel's election.",
                        "text/plain")
    check("org:zorb-party" in entity_ids(body), "local name not used in a text about its country: %r"
          % list(entity_ids(body)))
    st, body, _ = d.req("POST", "/tag", "PARIS - The Zorb Party won the most seats in France's election.",
                        "text/plain")
    check("org:zorb-party" not in entity_ids(body), "local name used in a text about another country")
    # a name only after a town and a comma (after_town): "Zorbton, Zb." is the
    # state, "Zb. said" names nothing
    st, body, _ = d.req("PUT", "/entities/loc:zorbania", json.dumps(
        {"type": "LOCATION", "name": "Zorbania", "attributes": {"kind": "state", "after_town": "Zb."}}),
        "application/json")
    check(st == 200, "PUT entity with after_town: %r %r" % (st, body))
    st, body, _ = d.req("POST", "/tag", "The plant in Zorbton, Zb., closed. Zb. is a short word.",
                        "text/plain")
    zb = [m for e in body["entities"] if e["id"] == "loc:zorbania" for m in e["mentions"]]
    check(len(zb) == 1 and zb[0]["start"] == len("The plant in Zorbton, "),
          "after_town name: %r" % zb)
    st, body, _ = d.req("DELETE", "/entities/loc:zorbania")
    check(st == 200, "DELETE entity: %r %r" % (st, body))
    st, body, _ = d.req("DELETE", "/entities/org:zorb-party")
    check(st == 200, "DELETE entity: %r %r" % (st, body))
    st, body, _ = d.req("DELETE", "/entities/org:zorblax")
    check(st == 200, "DELETE entity: %r %r" % (st, body))
    st, body, _ = d.req("POST", "/tag", text, "text/plain")
    check("org:zorblax" not in entity_ids(body), "entity still used after DELETE")
    st, body, _ = d.req("DELETE", "/entities/org:zorblax")
    error_body(404, body, "not_found")


def t_entq(d):
    rc, out, err = d.entq("pair", "Israel", "Iran")
    check(rc == 0 and "ceasefire" in out, "entq pair: %r %r %r" % (rc, out, err))
    check("between Iran and Israel" in out, "entq pair shows no evidence sentence:\n" + out)
    rc, out, err = d.entq("--json", "entity", "Iran")
    check(rc == 0 and json.loads(out)["id"] == "country:IR", "entq --json entity")
    rc, out, err = d.entq("entity", "Atlantis")
    check(rc == 1, "entq not found exit code %r" % rc)
    rc, out, err = d.entq("frobnicate")
    check(rc == 2, "entq usage exit code %r" % rc)
    rc, out, err = d.entq("why", "Israel", "Iran", "ceasefire")
    check(rc == 0 and "ceasefire between Iran and Israel" in out, "entq why: %r %r" % (rc, out))
    rc, out, err = d.entq("stats")
    check(rc == 0 and "articles" in out.lower(), "entq stats: %r" % out)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("Germany criticised Iran.")
    rc, out, err = d.entq("tag", f.name)
    check(rc == 0 and "Germany" in out and "Iran" in out, "entq tag: %r %r" % (rc, out))
    rc, out, err = d.entq("post", f.name)
    check(rc == 0, "entq post: %r %r" % (rc, err))
    os.unlink(f.name)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("Foreign Minister Kavoos Tahmasbi of Iran spoke.")
    ids = {}
    for flag in ([], ["--list-only"]):
        rc, out, err = d.entq("--json", "tag", *(flag + [f.name]))
        check(rc == 0, "entq tag %r: %r %r" % (flag, rc, err))
        ids[bool(flag)] = {e["id"] for e in json.loads(out)["entities"]}
    os.unlink(f.name)
    check(ids[False] == {"country:IR", "person:kavoos-tahmasbi"} and ids[True] == {"country:IR"},
          "entq tag --list-only: %r" % ids)
    rc, out, err = d.entq("--server", "http://127.0.0.1:1", "stats")
    check(rc == 3, "unreachable server exit code %r" % rc)


def t_token():
    with Daemon(FIXTURE_CONF, env={"ENTD_TOKEN": "s3cret"}).start() as d:
        st, body, hdrs = d.req("POST", "/articles", "Iran said no.", "text/plain")
        check(st == 401, "write without token: %r" % st)
        error_body(401, body, "unauthorized")
        st, body, _ = d.req("POST", "/articles", "Iran said no.", "text/plain",
                            {"Authorization": "Bearer wrong"})
        check(st == 401, "wrong token: %r" % st)
        st, body, _ = d.req("POST", "/articles", "Iran said no.", "text/plain",
                            {"Authorization": "Bearer s3cret"})
        check(st == 201, "right token: %r %r" % (st, body))
        st, body, _ = d.req("POST", "/tag", "Iran said no.", "text/plain")
        check(st == 200, "/tag needs no token: %r" % st)
        st, body, _ = d.get("/entities/Iran")
        check(st == 200, "reads need no token")


def t_restart_and_kill9():
    with Daemon(FIXTURE_CONF).start() as d:
        st, body, _ = d.post_json("/articles", {"id": "k1", "text": "Israel attacked Iran."})
        check(st == 201, "post before restart")
        check(d.stop() == 0, "SIGTERM exit code")
        d.start()
        st, a, _ = d.get("/articles/k1")
        check(st == 200, "article lost across a restart")
        st, body, _ = d.post_json("/articles", {"id": "k2", "text": "France attacked Germany."})
        check(st == 201, "post before kill -9")
        d.stop(signal.SIGKILL)
        d.start()
        st, a, _ = d.get("/articles/k2")
        check(st == 200, "a 2xx write was lost by kill -9")
        st, r, _ = d.get("/relations?a=France&b=Germany&label=attack")
        check(r["relations"] and r["relations"][0]["count"] == 1, "relation lost by kill -9: %r" % r)


def t_newer_store_format():
    """A store written by a newer entd is refused with a message, and left as it was."""
    with Daemon(FIXTURE_CONF).start() as d:
        st, _, _ = d.post_json("/articles", {"id": "f1", "text": "Israel attacked Iran."})
        check(st == 201, "post")
        d.stop()
        dump = subprocess.run(["mdb_dump", "-s", "meta", d.data], capture_output=True,
                              text=True, check=True).stdout
        lines = dump.splitlines()
        k = lines.index(" 56")  # key "V"; the next line is the format
        lines[k + 1] = " 000000ff"
        subprocess.run(["mdb_load", "-s", "meta", d.data], input="\n".join(lines) + "\n",
                       capture_output=True, text=True, check=True)
        p = subprocess.run([ARGS.entd, "--listen", "127.0.0.1:0", "--data", d.data,
                            "--gazetteer", os.path.join(FIXTURE_CONF, "gazetteer"),
                            "--relations", os.path.join(FIXTURE_CONF, "relations")],
                           capture_output=True, text=True, timeout=30)
        check(p.returncode != 0 and "store format 255" in p.stderr,
              "newer store format not reported: %r" % p.stderr)
        after = subprocess.run(["mdb_dump", "-s", "meta", d.data], capture_output=True,
                               text=True, check=True).stdout
        check(" 000000ff" in after, "the newer store was modified")


def t_reload():
    tmp = tempfile.mkdtemp(prefix="entd-conf-")
    conf = os.path.join(tmp, "conf")
    shutil.copytree(FIXTURE_CONF, conf)
    try:
        with Daemon(conf).start() as d:
            st, body, _ = d.req("POST", "/admin/reload")
            check(st == 200 and body["status"] == "reloaded", "reload: %r %r" % (st, body))
            with open(os.path.join(conf, "gazetteer", "zz-broken.tsv"), "w") as f:
                f.write("# a broken file\norg:ok\tORG\tFine Org\t\t\nbroken line without tabs\n")
            st, body, _ = d.req("POST", "/admin/reload")
            check(st == 400, "broken reload: %r %r" % (st, body))
            error_body(400, body)
            check("zz-broken.tsv:3" in body["error"]["message"], "file and line: %r" % body)
            st, body, _ = d.req("POST", "/tag", "Iran said no.", "text/plain")
            check("country:IR" in entity_ids(body), "old gazetteer not kept")
            os.unlink(os.path.join(conf, "gazetteer", "zz-broken.tsv"))
            with open(os.path.join(conf, "gazetteer", "zz-new.tsv"), "w") as f:
                f.write("org:qux\tORG\tQux Consortium\t\t\n")
            os.kill(d.proc.pid, signal.SIGHUP)
            deadline = time.time() + 10
            while time.time() < deadline:
                st, body, _ = d.req("POST", "/tag", "The Qux Consortium said no.", "text/plain")
                if "org:qux" in entity_ids(body):
                    break
                time.sleep(0.1)
            check("org:qux" in entity_ids(body), "SIGHUP did not reload")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def t_gazetteer_cache():
    """The compiled gazetteer is kept in its cache file and read back at the
    next start while the files, the run-time entries and entd are unchanged;
    any change compiles again, and a damaged file is reported and replaced."""
    tmp = tempfile.mkdtemp(prefix="entd-conf-")
    conf = os.path.join(tmp, "conf")
    shutil.copytree(FIXTURE_CONF, conf)

    def starts():
        """The gazetteer lines of the log, one per load."""
        return [l for l in open(d.log, errors="replace").read().splitlines()
                if "gazetteer loaded" in l or "gazetteer cache" in l]

    def restart():
        d.stop()
        d.start()
        return starts()[-1]

    cache = os.path.join(tmp, "cache", "gazetteer.cache")  # (its directory made by entd)
    try:
        with Daemon(conf, extra=["--gazetteer-cache", cache]).start() as d:
            check(os.path.exists(cache), "no cache file written")
            check("from its cache" not in starts()[-1], "first start read a cache: %r" % starts())
            check("from its cache" in restart(), "second start compiled again: %r" % starts())
            # a run-time entry: part of the key, kept in the next cache
            st, body, _ = d.req("PUT", "/entities/org:zorbcache", json.dumps(
                {"type": "ORG", "name": "Zorbcache Holdings"}), "application/json")
            check(st == 200, "PUT entity: %r %r" % (st, body))
            line = restart()
            check("from its cache" in line, "start after a PUT compiled: %r" % line)
            text = "Zorbcache Holdings signed a deal with Israel."
            st, body, _ = d.req("POST", "/tag", text, "text/plain")
            check("org:zorbcache" in entity_ids(body), "run-time entry lost by the cache")
            st, body, _ = d.req("DELETE", "/entities/org:zorbcache")
            check(st == 200, "DELETE entity: %r" % st)
            restart()
            st, body, _ = d.req("POST", "/tag", text, "text/plain")
            check("org:zorbcache" not in entity_ids(body), "deleted entry back from the cache")
            # a file changed while entd was stopped: compiled, and used
            d.stop()
            with open(os.path.join(conf, "gazetteer", "zz-new.tsv"), "w") as f:
                f.write("org:qux\tORG\tQux Consortium\t\t\n")
            d.start()
            check("from its cache" not in starts()[-1], "a changed file was not compiled")
            st, body, _ = d.req("POST", "/tag", "The Qux Consortium said no.", "text/plain")
            check("org:qux" in entity_ids(body), "new file not used: %r" % list(entity_ids(body)))
            # a damaged file: said in the log, compiled, replaced
            d.stop()
            with open(cache, "r+b") as f:
                f.seek(os.path.getsize(cache) // 2)
                f.write(b"\xff\xfe\xfd\xfc")
            d.start()
            check(any("damaged" in l for l in starts()), "damaged cache not reported: %r" % starts())
            st, body, _ = d.req("POST", "/tag", "The Qux Consortium said no.", "text/plain")
            check("org:qux" in entity_ids(body), "gazetteer wrong after a damaged cache")
            check("from its cache" in restart(), "the damaged cache was not replaced")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def t_bad_config():
    with tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False) as f:
        f.write("listen 127.0.0.1:0\nthreads lots\n")
    p = subprocess.run([ARGS.entd, "-c", f.name, "-t"], capture_output=True, text=True)
    os.unlink(f.name)
    check(p.returncode != 0 and ":2:" in p.stderr and "threads" in p.stderr,
          "bad config not reported with its line: %r" % p.stderr)
    p = subprocess.run([ARGS.entd, "-t", "-c", os.path.join(ARGS.conf, "entd.conf")],
                       capture_output=True, text=True)
    check(p.returncode == 0, "shipped config does not validate: %s" % p.stderr)


# ---------------------------------------------------------------------------
# the seed article through the shipped gazetteer

SEED_ENTITIES = {
    "Iran": "COUNTRY", "Israel": "COUNTRY", "United States": "COUNTRY", "United Kingdom": "COUNTRY",
    "France": "COUNTRY", "Germany": "COUNTRY", "Ali Khamenei": "PERSON", "Abbas Araghchi": "PERSON",
    "United Nations": "ORG", "Reuters": "ORG", "Al Jazeera": "ORG",
}


# issue 4's required relations of the seed article: (a, label, b); a directed
# label must run from a to b ("direction": "out", or "both" ways)
SEED_RELATIONS = [
    ("Iran", "ceasefire", "Israel"), ("Iran", "war", "Israel"), ("Israel", "attack", "Iran"),
    ("United States", "attack", "Iran"), ("Iran", "negotiations", "United States"),
    ("United States", "sanctions", "Iran"), ("United States", "support", "Israel"),
    ("Iran", "cooperation", "United States"), ("Abbas Araghchi", "affiliation", "Iran"),
    ("Ali Khamenei", "affiliation", "Iran"),
]
SEED_DIRECTED = {"ceasefire": False, "war": False, "attack": True, "negotiations": False,
                 "sanctions": True, "support": True, "cooperation": False, "affiliation": True}


def t_discovered_names():
    """Names outside the gazetteer, found through the daemon, with the rule that found each."""
    with Daemon(ARGS.conf).start() as d:
        text = ("Voters returned Cheung Man-kit and Ho Sai-chun of the Civic Alliance. "
                "The squad includes Marcus Fielding, Tavita Leauma and Oriol Pujadas. "
                "Ecuador's finance minister, Tomas Quezada, said talks would resume. "
                "Cheung told supporters the count was fair. The firm opened a plant in "
                "Marlowe Springs, Texas, on Monday.\n\n"
                "Soccer results:\n\nHarwick Athletic 3 Dunmore Borough 1\n")
        body = post_article(d, "names", text)
        vias = {}
        for e in body["entities"]:
            for m in e["mentions"]:
                vias.setdefault(m["text"], set()).add(m["via"])
        for name, via in [("Cheung Man-kit", "syllables"), ("Tavita Leauma", "list"),
                          ("Oriol Pujadas", "list"), ("Tomas Quezada", "title"), ("Cheung", "coref"),
                          ("Harwick Athletic", "team"), ("Dunmore Borough", "team"),
                          ("Marlowe Springs", "town")]:
            check(via in vias.get(name, set()), "%s via %s: %r" % (name, via, vias))
        st, e, _ = d.get("/entities/" + q("Cheung Man-kit"))
        check(st == 200 and e["type"] == "PERSON" and e["origin"] == "discovered" and e["mentions"] == 2,
              "entity: %r %r" % (st, e))
        st, e, _ = d.get("/entities/" + q("Dunmore Borough"))
        check(st == 200 and e["type"] == "ORG" and e["origin"] == "discovered", "team: %r %r" % (st, e))
        st, e, _ = d.get("/entities/" + q("Marlowe Springs, Texas"))
        check(st == 200 and e["type"] == "LOCATION" and e["origin"] == "discovered" and
              e["id"] == "loc:marlowe-springs-texas", "town: %r %r" % (st, e))
        # ?list=1: only what the gazetteer lists, the same text
        st, body, _ = d.req("POST", "/tag?list=1", text, "text/plain")
        check(st == 200, "list only: %r %r" % (st, body))
        ids = {e["id"] for e in body["entities"]}
        check({"country:EC", "loc:us-texas"} <= ids, "list only keeps the listed names: %r" % ids)
        check(all(e["origin"] == "gazetteer" for e in body["entities"]) and not body["relations"],
              "list only: nothing discovered, no relations: %r" % body)
        st, body, _ = d.req("POST", "/tag?list=2", text, "text/plain")
        check(st == 400 and "list" in body["error"]["message"], "bad list: %r %r" % (st, body))


def t_groups_and_events():
    """Religious and ethnic groups (type GROUP) and events (EVENT) through the daemon: found by
    name and adjective, searchable by type; a group is an actor of relations, an event only
    co-mentioned; a group's word as a surname stays a person's."""
    with Daemon(ARGS.conf).start() as d:
        text = ("Hutu militias attacked Tutsi villages near the border on Monday, and Muslim and "
                "Christian leaders appealed for calm.\n\nLawyer Louise Christian said her client "
                "had been freed. Christian said he would sue.\n\nRwanda attacked Burundi during the World "
                "Cup, and Tutsi athletes ran at the Atlanta Games.")
        body = post_article(d, "groups", text)
        types = {e["id"]: e["type"] for e in body["entities"]}
        check(types.get("group:hutus") == "GROUP" and types.get("group:tutsis") == "GROUP" and
              types.get("group:muslims") == "GROUP" and types.get("group:christians") == "GROUP",
              "groups: %r" % types)
        check(types.get("person:louise-christian") == "PERSON", "surname: %r" % types)
        st, r, _ = d.get("/entities?q=hut&type=GROUP")
        check(st == 200 and [e["id"] for e in r["entities"]] == ["group:hutus"], "search: %r %r" % (st, r))
        st, r, _ = d.get("/entities?q=hut&type=PERSON")
        check(st == 200 and r["entities"] == [], "type filter: %r %r" % (st, r))
        st, e, _ = d.get("/entities/Hutus")
        check(st == 200 and e["type"] == "GROUP" and e["attributes"].get("kind") == "ethnic",
              "entity: %r %r" % (st, e))
        rels = pair_relations(d, "Hutus", "Tutsis", "attack")
        check(len(rels) == 1 and rels[0]["display"] == "Hutus\u2192Tutsis: attack",
              "relation: %r" % rels)
        st, e, _ = d.get("/entities/" + q("Louise Christian"))
        check(st == 200 and e["mentions"] == 2, "coref of the surname: %r %r" % (st, e))
        # events: the gazetteer's and a discovered one, in co-mentions only
        check(types.get("event:world-cup") == "EVENT" and types.get("event:atlanta-games") == "EVENT"
              and "loc:atlanta" not in types, "events: %r" % types)
        st, r, _ = d.get("/entities?q=atl&type=EVENT")
        check(st == 200 and [e["id"] for e in r["entities"]] == ["event:atlanta-games"],
              "event search: %r %r" % (st, r))
        st, e, _ = d.get("/entities/" + q("Atlanta Games"))
        check(st == 200 and e["origin"] == "discovered" and e["type"] == "EVENT", "event: %r %r" % (st, e))
        st, r, _ = d.get("/entities/" + q("World Cup") + "/relations")
        labels = {x["label"] for x in r.get("relations", [])}
        check(st == 200 and labels == {"co-mention"}, "event relations: %r %r" % (st, r))
        rels = pair_relations(d, "Rwanda", "Burundi", "attack")
        check(len(rels) == 1, "attack beside the event: %r" % rels)


def t_ownership_and_bodies():
    """This session's relations and names through the daemon: ownership (a verb, a stake
    held, a state's company), a loan as aid from a state only, a county and a country's
    court named with the country; queried by pair and label, and from an entity."""
    with Daemon(ARGS.conf).start() as d:
        text = ("Chrysler now owns 24 pct of Mitsubishi Motors Corp, and GM holds a 38.6 pct "
                "stake in Isuzu Motors. Italy's state-owned Ente Nazionale Idrocarburi will "
                "invest in two ventures.\n\nVenezuela will lend Ecuador five mln barrels of "
                "crude, while Citibank lent Chrysler 200 mln dlrs.\n\nDeputies in Harris "
                "County arrested two men. Israel's Supreme Court ruled that the law was void.")
        body = post_article(d, "owners", text)
        types = {e["id"]: e["type"] for e in body["entities"]}
        check(types.get("loc:harris-county") == "LOCATION", "county: %r" % types)
        check(types.get("org:israeli-supreme-court") == "ORG" and "org:supreme-court" not in types,
              "court: %r" % types)
        rels = pair_relations(d, "Chrysler", "Mitsubishi Motors Corp", "ownership")
        check(len(rels) == 1 and
              rels[0]["display"] == "Chrysler\u2192Mitsubishi Motors Corp: ownership", "owns: %r" % rels)
        rels = pair_relations(d, "General Motors", "Isuzu Motors", "ownership")
        check(len(rels) == 1, "stake held: %r" % rels)
        rels = pair_relations(d, "Italy", "Ente Nazionale Idrocarburi", "ownership")
        check(len(rels) == 1, "state-owned: %r" % rels)
        rels = pair_relations(d, "Venezuela", "Ecuador", "aid")
        check(len(rels) == 1 and rels[0]["display"] == "Venezuela\u2192Ecuador: aid", "loan: %r" % rels)
        st, r, _ = d.get("/entities/Chrysler/relations?label=aid")
        check(st == 200 and r["relations"] == [], "a bank's loan is no aid: %r %r" % (st, r))
        st, r, _ = d.get("/relations/top?label=ownership")
        check(st == 200 and len(r["relations"]) == 3, "top ownership: %r %r" % (st, r))


def t_names_of_the_tenth_session():
    """The tenth session's names through the daemon: a firm named "X and Y Plc" at a
    sentence's start, a body after a noun for it, a titled surname's full name, a capital
    of a former state, a club before a plural verb and a given name referring back;
    queried by entity and by pair."""
    with Daemon(ARGS.conf).start() as d:
        text = ("Quarry and Lantern Plc said it would appeal the ruling by the media regulator "
                "Telcomm.\n\nCritics say Norwegian Halvard Ostrem has failed. But Mr Ostrem "
                "denied it.\n\nGrain traders expect the United States to offer wheat to the "
                "Soviet Union before the secretary visits Moscow next month.\n\nBurnley have "
                "joined the race to sign the striker, the club's manager Sean Dyche said, and "
                "the midfielder Wasim Akram scored twice. Wasim, the captain, was pleased.")
        body = post_article(d, "tenth", text)
        names = {e["name"]: e["type"] for e in body["entities"]}
        check(names.get("Quarry and Lantern Plc") == "ORG", "firm: %r" % names)
        check(names.get("Telcomm") == "ORG", "body after its noun: %r" % names)
        check(names.get("Halvard Ostrem") == "PERSON" and "Ostrem" not in names,
              "titled surname: %r" % names)
        check("Russia" not in names, "Moscow of 1987: %r" % names)
        rels = pair_relations(d, "United States", "Soviet Union")
        check(rels != [], "the Soviet Union named: %r" % rels)
        su = [e for e in body["entities"] if e["name"] == "Soviet Union"]
        check(len(su) == 1 and "Moscow" in [m["text"] for m in su[0]["mentions"]],
              "Moscow is the Soviet Union's: %r" % su)
        st, r, _ = d.get("/entities/%s" % q("Halvard Ostrem"))
        check(st == 200 and r.get("type") == "PERSON", "stored person: %r %r" % (st, r))
        check(names.get("Burnley") == "ORG", "club: %r" % names)
        akram = [e for e in body["entities"] if e["name"] == "Wasim Akram"]
        check(len(akram) == 1 and
              sorted(m["via"] for m in akram[0]["mentions"]) == ["coref", "firstname"],
              "given name: %r" % akram)


def t_residence():
    """A person's home through the daemon: "residence" relations (person -> place) with the
    words that say so as their trigger, queried by pair, by label and from the client."""
    with Daemon(ARGS.conf).start() as d:
        text = ("Colleen Marsh, 52, of Pell Ridge, Colo., opened the meeting. Her cousin "
                "Ivo Brandt, who now lives in Norway, joined by video. Senator Roy Ellis of "
                "Kansas sent a letter.")
        body = post_article(d, "homes", text)
        for a, b, words in [("Colleen Marsh", "Pell Ridge, Colorado", "of"),
                            ("Ivo Brandt", "Norway", "lives in")]:
            rels = pair_relations(d, a, b, "residence")
            check(len(rels) == 1, "%s: %r" % (a, rels))
            rel = rels[0]
            check(rel["directed"] and rel["direction"] == "out", "direction: %r" % rel)
            check(rel["display"] == "%s\u2192%s: residence" % (a, b), rel["display"])
            ev = rel["evidence"][0]
            check(ev.get("trigger") == words, "trigger: %r" % ev)
        # a seat is an affiliation, not a home
        st, r, _ = d.get("/relations?a=%s&b=Kansas" % q("Roy Ellis"))
        labels = {x["label"] for x in r["relations"]}
        check("affiliation" in labels and "residence" not in labels, "seat: %r" % labels)
        # the town's state too: Colleen Marsh -> Colorado
        st, r, _ = d.get("/relations/top?label=residence")
        pairs = {(x["a"]["name"], x["b"]["name"]) for x in r.get("relations", [])}
        check(st == 200 and pairs == {("Colleen Marsh", "Pell Ridge, Colorado"),
                                      ("Colleen Marsh", "Colorado"), ("Ivo Brandt", "Norway")},
              "top: %r %r" % (st, r))


def t_corpus_concurrent():
    """2,000 articles of the news corpus posted one by one over 16 connections to an
    entd with the shipped gazetteer: every reply a 201 and the daemon alive after
    (under make check this runs the sanitizers' build on real text and several
    threads: a use after free in the tagger showed only so)."""
    import gzip
    import threading
    corpus = os.path.join(ARGS.shared, "corpora", "articles.ndjson.gz")
    if not os.path.exists(corpus):
        print("  SKIP corpus concurrent posts: %s is absent (it needs ../shared/corpora)" % corpus)
        return
    bodies = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            bodies.append(json.dumps({"id": "c%d" % len(bodies), "text": a.get("text", "")}))
            if len(bodies) == 2000:
                break
    d = Daemon(ARGS.conf).start()
    statuses, lock = {}, threading.Lock()

    def worker(k):
        conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=120)
        for b in bodies[k::16]:
            try:
                conn.request("POST", "/articles", b, {"Content-Type": "application/json"})
                r = conn.getresponse()
                r.read()
                st = r.status
            except (OSError, http.client.HTTPException) as e:
                st = "error: %s" % e
                conn = http.client.HTTPConnection("127.0.0.1", d.port, timeout=120)
            with lock:
                statuses[st] = statuses.get(st, 0) + 1

    try:
        threads = [threading.Thread(target=worker, args=(k,)) for k in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        check(statuses == {201: len(bodies)}, "replies: %r" % statuses)
        st, body, _ = d.get("/stats")
        check(st == 200 and body.get("articles") == len(bodies), "stats after: %r %r" % (st, body))
        check(d.stop() == 0, "entd exited badly:\n" + d.tail())
    finally:
        d.cleanup()


def t_seed():
    seed = os.path.join(ARGS.shared, "seed", "khamenei-us-israel.txt")
    if not os.path.exists(seed):
        print("  SKIP seed acceptance: %s is absent" % seed)
        return
    text = open(seed, encoding="utf-8").read()
    with Daemon(ARGS.conf).start() as d:
        st, body, _ = d.req("POST", "/articles", text, "text/plain")
        check(st == 201, "seed as text/plain: %r %r" % (st, body))
        st, body2, _ = d.post_json("/articles", {"id": "seed-json", "text": text})
        check(st == 201, "seed as JSON: %r" % st)
        for b in (body, body2):
            got = {e["name"]: e["type"] for e in b["entities"]}
            check(got == SEED_ENTITIES, "seed entities differ:\n  got      %r\n  expected %r" % (got, SEED_ENTITIES))
        # the relations issue 4 requires of the seed article, each with its direction
        for a, label, b in SEED_RELATIONS:
            st, r, _ = d.get("/relations?a=%s&b=%s" % (q(a), q(b)))
            check(st == 200, "seed relations %s %s: %r" % (a, b, st))
            got = [x["direction"] for x in r["relations"] if x["label"] == label]
            check(got and (not SEED_DIRECTED[label] or got[0] in ("out", "both")),
                  "seed: no %s -%s-> %s: %r" % (a, label, b,
                                                [(x["label"], x["direction"]) for x in r["relations"]]))
        st, r, _ = d.get("/relations?a=Israel&b=Iran")
        labels = {x["label"]: x for x in r["relations"]}
        check("ceasefire" in labels, "seed: no ceasefire between Israel and Iran: %r" % list(labels))
        check(any("ceasefire" in e["text"].lower() for e in labels["ceasefire"]["evidence"]), "seed evidence")
        rc, out, err = d.entq("pair", "Israel", "Iran")
        check(rc == 0 and "ceasefire" in out and "A ceasefire between Iran and Israel" in out, "entq pair on the seed:\n" + out)
        check(d.stop() == 0, "SIGTERM")
        d.start()
        st, a, _ = d.get("/articles/seed-json")
        check(st == 200 and {e["name"] for e in a["entities"]} == set(SEED_ENTITIES), "seed lost across restart")


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--entd", required=True)
    ap.add_argument("--entq", required=True)
    ap.add_argument("--conf", default="conf")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("-k", default="", help="run only tests whose name contains this")
    ARGS = ap.parse_args()
    ARGS.entd = os.path.abspath(ARGS.entd)
    ARGS.entq = os.path.abspath(ARGS.entq)
    failed = []
    # tests sharing one daemon, in order
    shared_tests = [t_health_and_errors, t_post_statuses, t_reads, t_reply_cache, t_windows, t_bulk,
                    t_counts_match_recount, t_entq, t_graph, t_runtime_entities,
                    t_counts_match_recount, t_delete_withdraws]
    alone = [t_too_large, t_token, t_restart_and_kill9, t_newer_store_format, t_reload,
             t_gazetteer_cache,
             t_bad_config, t_discovered_names, t_groups_and_events, t_ownership_and_bodies,
             t_names_of_the_tenth_session, t_residence, t_seed, t_corpus_concurrent]
    d = Daemon(FIXTURE_CONF, extra=[]).start()
    try:
        for t in shared_tests:
            if ARGS.k not in t.__name__:
                continue
            try:
                t(d)
                print("ok   %s" % t.__name__)
            except Exception:
                failed.append(t.__name__)
                print("FAIL %s\n%s" % (t.__name__, traceback.format_exc()))
        rc = d.stop()
        if rc != 0:
            failed.append("shutdown")
            print("FAIL shutdown: entd exited %r\n%s" % (rc, d.tail()))
    finally:
        if failed:
            print("---- entd log ----\n" + d.tail())
        d.cleanup()
    for t in alone:
        if ARGS.k not in t.__name__:
            continue
        try:
            if t is t_too_large:
                small = Daemon(FIXTURE_CONF)
                with open(os.path.join(small.tmp, "entd.conf"), "w") as f:
                    f.write("max_body 1048576\n")
                small.extra = ["-c", os.path.join(small.tmp, "entd.conf")]
                with small.start():
                    t(small)
            else:
                t()
            print("ok   %s" % t.__name__)
        except Exception:
            failed.append(t.__name__)
            print("FAIL %s\n%s" % (t.__name__, traceback.format_exc()))
            for log in LAST_LOGS:
                print("---- entd log ----\n" + log)
    print("%d failed: %s" % (len(failed), ", ".join(failed)) if failed else "all integration tests passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
