#!/usr/bin/python3
"""gen_gazetteer.py - a synthetic gazetteer of N person aliases built from real names.

    tests/bench/gen_gazetteer.py --sources ../shared/gazetteer-sources --out DIR [--count N]

Writes DIR/gazetteer/people.tsv (N PERSON entities `person:first-last-K`, each with one
name "First Last" and no other alias, so N aliases in all), an empty DIR/gazetteer/lists/
and an empty relation lexicon DIR/relations/{labels,triggers}.tsv.

First names: names/ssa-us-first-names.tsv (40,213 SSA given names). Surnames: the
upper-case family names of people/factbook-leaders.tsv, the last word of every person of
people/wikidata-heads-of-state-government.tsv and of the multi-word people of
people/petrarch-country-actors.tsv, title-cased. Pairs are drawn with a fixed seed, so the
output is the same on every run; every full name is distinct.
"""
import argparse
import csv
import os
import random
import re
import sys

SEED = 20250605
WORD = re.compile(r"^[A-Za-z][A-Za-z'\-]{2,}$")


def tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def title(w):
    return "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))


def surnames(src):
    out = set()
    ppl = os.path.join(src, "people")
    for r in tsv(os.path.join(ppl, "factbook-leaders.tsv")):
        for w in (r.get("name_parsed") or "").split():
            if w.isupper() and WORD.match(w):
                out.add(title(w))
    for r in tsv(os.path.join(ppl, "wikidata-heads-of-state-government.tsv")):
        ws = (r.get("person") or "").split()
        if len(ws) >= 2 and WORD.match(ws[-1]):
            out.add(title(ws[-1]))
    for r in tsv(os.path.join(ppl, "petrarch-country-actors.tsv")):
        ws = (r.get("name_variant") or "").split()
        # people: two or more words, not the country-name block (its codes are bare ISO3)
        if len(ws) >= 2 and len(r.get("codes") or "") > 3 and WORD.match(ws[-1]):
            out.add(title(ws[-1]))
    return sorted(out)


def first_names(src):
    return sorted({r["name"] for r in tsv(os.path.join(src, "names", "ssa-us-first-names.tsv"))
                   if WORD.match(r["name"] or "")})


def generate(src, out, count):
    firsts, lasts = first_names(src), surnames(src)
    if len(firsts) * len(lasts) < count * 2:
        raise SystemExit("gen_gazetteer: too few names (%d first, %d last)" % (len(firsts), len(lasts)))
    rng = random.Random(SEED)
    gdir, rdir = os.path.join(out, "gazetteer"), os.path.join(out, "relations")
    os.makedirs(os.path.join(gdir, "lists"), exist_ok=True)
    os.makedirs(rdir, exist_ok=True)
    for f in ("labels.tsv", "triggers.tsv"):
        open(os.path.join(rdir, f), "w").close()
    seen = set()
    nf, nl = len(firsts), len(lasts)
    with open(os.path.join(gdir, "people.tsv"), "w", encoding="utf-8") as f:
        f.write("# people.tsv - %d synthetic people (tests/bench/gen_gazetteer.py, seed %d)\n"
                % (count, SEED))
        f.write("id\ttype\tname\taliases\tattributes\n")
        k = 0
        while k < count:
            pair = rng.randrange(nf) * nl + rng.randrange(nl)
            if pair in seen:
                continue
            seen.add(pair)
            fn, ln = firsts[pair // nl], lasts[pair % nl]
            k += 1
            f.write("person:%s-%s-%d\tPERSON\t%s %s\t\t\n" % (fn.lower(), ln.lower(), k, fn, ln))
    return {"count": count, "first_names": nf, "surnames": nl}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=1000000)
    a = ap.parse_args()
    info = generate(a.sources, a.out, a.count)
    print(info)


if __name__ == "__main__":
    sys.exit(main())
