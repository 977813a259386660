#!/usr/bin/python3
"""Data-driven tagger cases: each directory holds input.txt and expected.json.

    tests/tagger/run.py --enttag build/tools/enttag --conf conf [CASE...]

expected.json keys (all optional):
  "entities":     {name: type} that must be found (by canonical name)
  "exact":        true = no other entity may be found
  "absent":       names that must not be found
  "mentions":     [[text, via]] pairs that must appear among the mentions
  "no_mention_in": substrings of the input inside which nothing may be tagged
  "relations":    [[a name, label, b name(, role)]] that must be found (undirected
                  labels match either way; with a role, one such relation has it;
                  the role "" asks for one with no role)
  "no_relations": [[a, label, b]] that must not be found
Every case also checks that each relation's trigger is whole words of its sentence.
Every tagger bug adds a case here. Exit 1 if any case fails."""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run_case(args, path):
    with open(os.path.join(path, "expected.json"), encoding="utf-8") as f:
        exp = json.load(f)
    inp = os.path.join(path, "input.txt")
    text = open(inp, encoding="utf-8").read().encode("utf-8")
    p = subprocess.run([args.enttag, "--conf", args.conf, inp], capture_output=True, text=True)
    if p.returncode != 0:
        return ["enttag failed: " + p.stderr.strip()]
    res = json.loads(p.stdout)
    found = {e["name"]: e["type"] for e in res["entities"]}
    errs = []
    for name, typ in exp.get("entities", {}).items():
        if name not in found:
            errs.append("missing entity %r (%s)" % (name, typ))
        elif found[name] != typ:
            errs.append("entity %r is %s, expected %s" % (name, found[name], typ))
    if exp.get("exact"):
        extra = sorted(set(found) - set(exp.get("entities", {})))
        if extra:
            errs.append("unexpected entities: %r" % extra)
    for name in exp.get("absent", []):
        if name in found:
            errs.append("entity %r must not be found" % name)
    ments = [(m["text"], m["via"]) for e in res["entities"] for m in e["mentions"]]
    for t, via in exp.get("mentions", []):
        if (t, via) not in ments:
            errs.append("no mention %r via %s (have %r)" % (t, via, [m for m in ments if m[0] == t]))
    spans = [(m["start"], m["end"]) for e in res["entities"] for m in e["mentions"]]
    for sub in exp.get("no_mention_in", []):
        b = text.find(sub.encode("utf-8"))
        if b < 0:
            errs.append("case error: %r not in input" % sub)
            continue
        e = b + len(sub.encode("utf-8"))
        hit = [text[s:t].decode() for s, t in spans if s < e and t > b]
        if hit:
            errs.append("tagged %r inside %r" % (hit, sub))
    got = set()
    for r in res["relations"]:
        got.add((r["a"]["name"], r["label"], r["b"]["name"], r["directed"], r.get("role")))
        # every relation's trigger is whole words of its own sentence
        t, sent = r.get("trigger"), r.get("sentence")
        if t and sent:
            s0, e0 = t["start"], t["end"]
            inside = sent["start"] <= s0 < e0 <= sent["end"]
            whole = not (text[s0 - 1:s0].isalnum() and text[s0:s0 + 1].isalnum()) and \
                not (text[e0 - 1:e0].isalnum() and text[e0:e0 + 1].isalnum())
            if not (inside and whole):
                errs.append("relation %s -%s- %s: trigger %r is no whole words of its sentence"
                            % (r["a"]["name"], r["label"], r["b"]["name"], t["text"]))

    def has(a, label, b, role=None):
        return any(x[1] == label and ((x[0], x[2]) == (a, b) or (not x[3] and (x[0], x[2]) == (b, a)))
                   and (role is None or x[4] == role or (role == "" and not x[4])) for x in got)
    for a, label, b, *role in exp.get("relations", []):
        if not has(a, label, b, *role):
            errs.append("missing relation %s -%s- %s%s" % (a, label, b, " (role %s)" % role[0] if role else ""))
    for a, label, b in exp.get("no_relations", []):
        if has(a, label, b):
            errs.append("unwanted relation %s -%s- %s" % (a, label, b))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--enttag", required=True)
    ap.add_argument("--conf", default="conf")
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    cases = args.cases or sorted(d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)))
    missing = [c for c in cases if not os.path.isfile(os.path.join(HERE, c, "expected.json"))]
    if missing:
        sys.exit("run.py: no tagger case %s (a case is a directory of tests/tagger with "
                 "input.txt and expected.json)" % ", ".join(missing))
    failed = 0
    for c in cases:
        errs = run_case(args, os.path.join(HERE, c))
        if errs:
            failed += 1
            print("FAIL %s\n  %s" % (c, "\n  ".join(errs)))
        else:
            print("ok   %s" % c)
    print("%d of %d tagger cases failed" % (failed, len(cases)) if failed else
          "all %d tagger cases passed" % len(cases))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
