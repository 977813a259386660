#!/usr/bin/python3
"""The CoNLL evaluator (tools/enteval.c, `make eval-conll`) on fixtures written for it.

    tests/eval/run.py --enteval build/tools/enteval --conf conf

fixture.conll holds three documents whose gold tags are known; train.conll a list of two
names the shipped gazetteer lacks. Checked: the output keeps every input line, with the
predicted tag appended to each token line (blank and -DOCSTART- lines as they were);
the counts and the conlleval figures; the period CoNLL splits from an abbreviation at a
sentence's end is never tagged; a place inside a token a hyphen joins to a lowercase
word is MISC ("Boston-based"), as CoNLL tags it; demonyms in a row are one MISC
phrase ("Bosnian Serb"); with --train the list's names are found. Exit 1 on any
failure."""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(args, extra):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.conll")
        p = subprocess.run([args.enteval, "conll", "--conf", args.conf, "--in",
                            os.path.join(HERE, "fixture.conll"), "--out", out] + extra,
                           capture_output=True, text=True)
        if p.returncode != 0:
            return None, p.stdout + p.stderr
        with open(out, encoding="utf-8") as f:
            return f.read().split("\n"), p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--enteval", required=True)
    ap.add_argument("--conf", required=True)
    args = ap.parse_args()
    errs = []
    with open(os.path.join(HERE, "fixture.conll"), encoding="utf-8") as f:
        inp = f.read().split("\n")

    out, report = run(args, [])
    if out is None:
        print("FAIL enteval: " + report)
        return 1
    if len(out) != len(inp):
        errs.append("output has %d lines, input %d" % (len(out), len(inp)))
    pred = {}
    for a, b in zip(inp, out):
        if not a.strip() or a.startswith("-DOCSTART-"):
            if a != b:
                errs.append("line %r changed to %r" % (a, b))
            continue
        if not b.startswith(a + " ") or len(b.split()) != len(a.split()) + 1:
            errs.append("token line %r became %r" % (a, b))
            continue
        pred[a.split()[0]] = b.split()[-1]
    want = {"Keir": "I-PER", "Starmer": "I-PER", "Jacksonville": "I-LOC", "Fla": "I-LOC",
            "Iranian": "I-MISC", "Minister": "O", ".": "O", "Zorvania": "O",
            "Boston-based": "I-MISC", "Bosnian": "I-MISC", "Serb": "I-MISC"}
    for w, t in want.items():
        if pred.get(w) != t:
            errs.append("%s tagged %s, expected %s" % (w, pred.get(w), t))
    for s in ("30 tokens, 8 phrases; found: 6 phrases; correct: 6.", "precision: 100.00%",
              "recall:  75.00%; FB1:  85.71"):
        if s not in report:
            errs.append("shipped-only report lacks %r:\n%s" % (s, report))

    out, report = run(args, ["--train", os.path.join(HERE, "train.conll")])
    if out is None:
        errs.append("enteval --train failed: " + report)
    elif "found: 8 phrases; correct: 8." not in report or "FB1: 100.00" not in report:
        errs.append("with the train list, expected all 8 phrases found:\n" + report)

    for e in errs:
        print("FAIL " + e)
    print("eval: %s" % ("FAILED" if errs else "all checks passed"))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
