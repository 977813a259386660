#!/usr/bin/python3
"""eval_gum.py - score entd's people, organizations and places on GUM Wikinews.

    /usr/bin/python3 tools/eval_gum.py --enttag build/tools/enttag --conf conf \
        --in ../shared/corpora/gum_news_entities.ndjson [--show N]

The corpus (research use; read at run time, never copied) holds 24 Wikinews articles
with every entity mention marked by the GUM annotators, names or not ("the country",
"he"), each with a type and, for named ones, often a Wikipedia title.

What is scored:
  gold        mentions of type person, organization or place that have a Wikipedia link
              and start with a capitalized word (after "the", "a", "this"): the names.
  predicted   entd mentions (demonyms left out: "Afghan" is no place), typed PERSON ->
              person, ORG -> organization, COUNTRY and LOCATION -> place.
  recall      a gold name is found when a predicted mention of its type lies inside it
              ("Trump" inside "President Donald Trump" counts).
  precision   a predicted mention is right when it lies inside a gold mention of its
              type, linked or not (GUM marks every mention, so one outside all of them
              is an error).
Offsets: GUM counts characters, enttag bytes; both are compared as bytes of the UTF-8
text. Each article is written to a temporary file and all are tagged by one enttag
process, which prints one JSON document per file (tools/enttag_run.py). Standard
library only.
"""
import argparse
import json
import os
import tempfile

from enttag_run import tag_files

TYPES = ("person", "organization", "place")
ENTD_TYPE = {"PERSON": "person", "ORG": "organization", "COUNTRY": "place", "LOCATION": "place"}
LEADING = ("the", "a", "an", "this", "these")
PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "his", "her", "its", "their", "our",
            "us", "them"}


def byte_offsets(text):
    """Character offset -> byte offset of the UTF-8 encoding, for every offset."""
    out, b = [0], 0
    for ch in text:
        b += len(ch.encode("utf-8"))
        out.append(b)
    return out


def named(s):
    """Is the gold mention text a name: a capitalized first word, no pronoun?"""
    w = s.split()
    if w and w[0].lower() in LEADING:
        w = w[1:]
    return bool(w) and w[0][:1].isupper() and w[0].lower() not in PRONOUNS


def tag_all(enttag, conf, texts):
    """entd's result for each text, by one enttag process over temporary files."""
    with tempfile.TemporaryDirectory(prefix="entd-gum-") as tmp:
        paths = []
        for k, t in enumerate(texts):
            p = os.path.join(tmp, "%03d.txt" % k)
            with open(p, "w", encoding="utf-8") as f:
                f.write(t)
            paths.append(p)
        return tag_files([enttag, "--conf", conf, "--no-relations"], paths, "eval_gum")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--enttag", required=True)
    ap.add_argument("--conf", default="conf")
    ap.add_argument("--in", dest="path", required=True)
    ap.add_argument("--show", type=int, default=0, help="print up to N misses and errors per type")
    args = ap.parse_args()
    if not os.path.exists(args.path):
        print("SKIP eval_gum: %s is absent (the shared corpora are not here)" % args.path)
        return
    docs = [json.loads(line) for line in open(args.path, encoding="utf-8") if line.strip()]
    results = tag_all(args.enttag, args.conf, [d["text"] for d in docs])
    gold_n = {t: 0 for t in TYPES}
    found = {t: 0 for t in TYPES}
    pred_n = {t: 0 for t in TYPES}
    wrong = {t: 0 for t in TYPES}
    misses, errors = {t: [] for t in TYPES}, {t: [] for t in TYPES}
    for d, r in zip(docs, results):
        off = byte_offsets(d["text"])
        raw = d["text"].encode("utf-8")
        gold = [(off[e["start"]], off[e["end"]], e["type"], bool(e.get("wikipedia")), e["text"])
                for e in d["entities"] if e["type"] in TYPES]
        pred = [(m["start"], m["end"], ENTD_TYPE.get(e["type"]))
                for e in r["entities"] for m in e["mentions"] if m["via"] != "demonym"]
        pred = [p for p in pred if p[2]]
        for gs, ge, gt, link, gtext in gold:
            if not link or not named(gtext):
                continue
            gold_n[gt] += 1
            if any(ps >= gs and pe <= ge and pt == gt for ps, pe, pt in pred):
                found[gt] += 1
            else:
                misses[gt].append(gtext)
        for ps, pe, pt in pred:
            pred_n[pt] += 1
            if not any(ps >= gs and pe <= ge and gt == pt for gs, ge, gt, _, _ in gold):
                wrong[pt] += 1
                errors[pt].append(raw[ps:pe].decode("utf-8", "replace"))
    print("GUM Wikinews: %d articles; gold names with a Wikipedia link: %s"
          % (len(docs), ", ".join("%s %d" % (t, gold_n[t]) for t in TYPES)))
    print("%-13s %6s %6s %7s %7s %7s" % ("type", "gold", "pred", "P", "R", "F1"))
    tot = [0, 0, 0, 0]
    for t in TYPES + ("all",):
        g, f, p, w = ((gold_n[t], found[t], pred_n[t], wrong[t]) if t != "all" else tot)
        if t != "all":
            tot = [tot[0] + g, tot[1] + f, tot[2] + p, tot[3] + w]
        prec = (p - w) / p if p else 0.0
        rec = f / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print("%-13s %6d %6d %7.3f %7.3f %7.3f" % (t, g, p, prec, rec, f1))
    for t in TYPES if args.show else ():
        print("misses (%s): %s" % (t, "; ".join(misses[t][:args.show])))
        print("errors (%s): %s" % (t, "; ".join(errors[t][:args.show])))


if __name__ == "__main__":
    main()
