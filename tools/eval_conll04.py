#!/usr/bin/python3
"""eval_conll04.py - score entd's affiliation and residence relations against CoNLL04
Work_For/Live_In.

    /usr/bin/python3 tools/eval_conll04.py --enttag build/tools/enttag --conf conf \
        --in /work/shared/corpora/conll04/dev.txt [--show 10]

CoNLL04 (Roth & Yih 2004, the bekou/multihead re-encoding; research use only, read at
run time and never copied) has one sentence per "#doc N" block, one token per line:
idx, token, BIO tag (Peop/Org/Loc/Other), relation labels, head indexes. A relation sits
on the last token of its head entity and points to the last token of the tail entity.

What is scored:
  gold        Work_For (person -> organization) and Live_In (person -> location) relations.
  predicted   entd "affiliation" relations whose first party is a PERSON. The tagger does
              not type affiliations, so a prediction counts as Work_For when its second party
              is an ORG and as Live_In otherwise (COUNTRY, LOCATION...): CoNLL04 annotates
              "Foreign Minister <person> of France" as Live_In. And entd "residence"
              relations (a person's home or birthplace), as Live_In.
  match       a prediction matches a gold relation when a mention of its person overlaps the
              gold head entity and a mention of its organization/place overlaps the gold tail
              entity (character offsets; "lenient"). The "strict" line also requires the
              mention to end where the gold entity ends (CoNLL04's last-token convention).
Precision = matched predictions / predictions; recall = matched gold relations / gold.

Each sentence is rebuilt from its tokens as the CoNLL-2003 scorer (tools/enteval.c) rebuilds
its documents: joined by single spaces, but none before closing punctuation ("," "." ")"
"'s" "n't" ...) nor after "(", as the text they were cut from was written ('/' inside an
entity token, the original conll04.corp way of writing multiword names, becomes a space), written
to its own temporary file, and the files are tagged in batches by one enttag process per
batch; enttag prints one pretty-printed JSON document per file, split here with
json.JSONDecoder.raw_decode (tools/enttag_run.py). Standard library only.
"""
import argparse
import os
import sys
import tempfile

from enttag_run import tag_files

BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}", "-LSB-": "[", "-RSB-": "]"}
GOLD_TYPES = ("Work_For", "Live_In")


def parse_conll04(path):
    """Yield sentences: dict(doc, tokens, tags, rels=[(head_last_idx, label, tail_last_idx)])."""
    sent = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#doc"):
                if sent and sent["tokens"]:
                    yield sent
                sent = {"doc": line[4:].strip(), "tokens": [], "tags": [], "rels": []}
                continue
            if not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) < 5 or sent is None:
                continue
            idx = int(cols[0])
            labels = [x.strip().strip("'\"") for x in cols[3].strip("[]").split(",")]
            heads = [int(x) for x in cols[4].strip("[]").split(",") if x.strip()]
            sent["tokens"].append(cols[1])
            sent["tags"].append(cols[2])
            for lab, h in zip(labels, heads):
                if lab != "N":
                    sent["rels"].append((idx, lab, h))
    if sent and sent["tokens"]:
        yield sent


def entity_spans(tags):
    """BIO tags -> list of (first_tok, last_tok, type)."""
    spans, start, typ = [], None, None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                spans.append((start, i - 1, typ))
            start, typ = (i, t[2:]) if t != "O" else (None, None)
    return spans


# Tokens written with no space before them (as tools/enteval.c's no_space_before).
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "'s", "'S", "n't", "%", "'"}


def build_text(sent):
    """Join tokens with spaces, none before closing punctuation nor after "("; return
    UTF-8 bytes and each token's byte (start, end)."""
    out, offs, pos, prev = [], [], 0, None
    for tok, tag in zip(sent["tokens"], sent["tags"]):
        tok = BRACKETS.get(tok, tok)
        if tag != "O" and "/" in tok and all(p for p in tok.split("/")):
            tok = tok.replace("/", " ")
        b = tok.encode("utf-8")
        if out and tok not in NO_SPACE_BEFORE and prev != "(":
            out.append(b" ")
            pos += 1
        prev = tok
        offs.append((pos, pos + len(b)))
        out.append(b)
        pos += len(b)
    return b"".join(out) + b"\n", offs


def run_enttag(args, paths):
    cmd = [args.enttag, "--conf", args.conf]
    if args.gazetteer:
        cmd += ["--gazetteer", args.gazetteer]
    if args.relations:
        cmd += ["--relations", args.relations]
    return tag_files(cmd, paths, "eval_conll04")


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--enttag", default="build/tools/enttag")
    ap.add_argument("--conf", default="conf")
    ap.add_argument("--gazetteer", help="override the gazetteer directory (enttag --gazetteer)")
    ap.add_argument("--relations", help="override the lexicon directory (enttag --relations)")
    ap.add_argument("--in", dest="inp", help="CoNLL04 file (dev.txt, test.txt or train.txt)")
    ap.add_argument("--batch", type=int, default=500, help="sentences per enttag process")
    ap.add_argument("--show", type=int, default=0,
                    help="print up to N false positives and N misses")
    args = ap.parse_args()
    if not args.inp or not os.path.isfile(args.inp):
        print("eval_conll04: CoNLL04 file %s not found (--in); skipped"
              % (args.inp or "(none given)"))
        return 0
    if not os.access(args.enttag, os.X_OK):
        sys.exit("eval_conll04: %s is not executable (make build/tools/enttag)" % args.enttag)

    sents = list(parse_conll04(args.inp))
    gold = []  # (sent_no, head_span_bytes, tail_span_bytes, type, text)
    pred = []  # (sent_no, person mentions, other mentions, type, text)
    ntag = {"sentences": len(sents)}
    with tempfile.TemporaryDirectory(prefix="conll04-") as tmp:
        texts = []
        for k, s in enumerate(sents):
            text, offs = build_text(s)
            texts.append((text, offs))
            spans = entity_spans(s["tags"])
            by_last = {sp[1]: sp for sp in spans}
            for head, lab, tail in s["rels"]:
                if lab not in GOLD_TYPES or head not in by_last or tail not in by_last:
                    continue
                h, t = by_last[head], by_last[tail]
                hb = (offs[h[0]][0], offs[h[1]][1])
                tb = (offs[t[0]][0], offs[t[1]][1])
                gold.append((k, hb, tb, lab, "%s -> %s" % (text[hb[0]:hb[1]].decode(),
                                                          text[tb[0]:tb[1]].decode())))
        for b0 in range(0, len(sents), args.batch):
            paths = []
            for k in range(b0, min(b0 + args.batch, len(sents))):
                p = os.path.join(tmp, "s%05d.txt" % k)
                with open(p, "wb") as f:
                    f.write(texts[k][0])
                paths.append(p)
            for j, doc in enumerate(run_enttag(args, paths)):
                k = b0 + j
                ents = {e["id"]: e for e in doc.get("entities", [])}
                for r in doc.get("relations", []):
                    if r.get("label") not in ("affiliation", "residence"):
                        continue
                    a, b = ents.get(r["a"]["id"]), ents.get(r["b"]["id"])
                    if not a or not b or a.get("type") != "PERSON":
                        continue
                    am = [(m["start"], m["end"]) for m in a.get("mentions", [])]
                    bm = [(m["start"], m["end"]) for m in b.get("mentions", [])]
                    typ = "Work_For" if b.get("type") == "ORG" else "Live_In"
                    pred.append((k, am, bm, typ, "%s -> %s (%s, %s %s)" % (
                        a.get("name"), b.get("name"), b.get("type"),
                        *(("role", r.get("role")) if r["label"] == "affiliation"
                          else ("residence", repr(r.get("trigger")))))))

    def matches(p, g, strict):
        if p[0] != g[0]:
            return False
        ok_a = any(overlaps(m, g[1]) and (not strict or m[1] == g[1][1]) for m in p[1])
        ok_b = any(overlaps(m, g[2]) and (not strict or m[1] == g[2][1]) for m in p[2])
        return ok_a and ok_b

    by_sent = {}
    for gi, g in enumerate(gold):
        by_sent.setdefault(g[0], []).append(gi)

    print("CoNLL04 %s: %d sentences, gold Work_For %d, Live_In %d; entd affiliations and "
          "residences %d"
          % (os.path.basename(args.inp), len(sents),
             sum(g[3] == "Work_For" for g in gold), sum(g[3] == "Live_In" for g in gold),
             len(pred)))
    print("%-8s %-10s %6s %6s %6s %8s %8s %8s" % ("match", "relation", "gold", "pred", "tp_p",
                                                   "P", "R", "F1"))
    fps, misses = [], []
    for strict in (False, True):
        pm = [[gi for gi in by_sent.get(p[0], []) if matches(p, gold[gi], strict)]
              for p in pred]
        for typ in ("both",) + GOLD_TYPES:
            gsel = [gi for gi, g in enumerate(gold) if typ == "both" or g[3] == typ]
            psel = [pi for pi, p in enumerate(pred) if typ == "both" or p[3] == typ]
            # a prediction is correct if it matches a gold relation of the scored type(s)
            tp_p = sum(1 for pi in psel if any(typ == "both" or gold[gi][3] == typ
                                               for gi in pm[pi]))
            found = {gi for pi in range(len(pred)) for gi in pm[pi]}
            tp_g = sum(1 for gi in gsel if gi in found)
            P = tp_p / len(psel) if psel else 0.0
            R = tp_g / len(gsel) if gsel else 0.0
            F = 2 * P * R / (P + R) if P + R else 0.0
            print("%-8s %-10s %6d %6d %6d %8.3f %8.3f %8.3f" % (
                "strict" if strict else "lenient", typ, len(gsel), len(psel), tp_p, P, R, F))
        if not strict:
            fps = [pred[pi] for pi in range(len(pred)) if not pm[pi]]
            found = {gi for pi in range(len(pred)) for gi in pm[pi]}
            misses = [gold[gi] for gi in range(len(gold)) if gi not in found]
    print("(recall per relation counts gold relations of that type found by any prediction; "
          "precision per relation scores the predictions typed by their target, ORG = Work_For)")
    if args.show:
        print("\nfalse positives (lenient):")
        for p in fps[:args.show]:
            print("  [%d] %s" % (p[0], p[4]))
        print("misses (lenient):")
        for g in misses[:args.show]:
            print("  [%d] %s %s" % (g[0], g[3], g[4]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
