#!/usr/bin/python3
"""peer_aho.py - the pyahocorasick peer of the tagging benchmark.

    /usr/bin/python3 tests/bench/peer_aho.py --aliases FILE --texts FILE [--repeat N]

Matches the alias list (one alias a line, from `enttag --dump-aliases`) against every
text of FILE (records of a 4-byte little-endian length and the UTF-8 bytes, written by
tests/bench/run.py), case-insensitively and with word boundaries:
  - one automaton over the lowercased, deduplicated aliases (str keys, Debian's
    python3-ahocorasick is built for unicode);
  - each text is lowercased and walked with Automaton.iter(); a match is kept when its
    ends are word boundaries: if the alias starts (ends) with a word character, the
    character before (after) the match must not be one. Word character = str.isalnum()
    or "_" (the same rule peer_hs.c applies to ASCII bytes);
  - every kept match is counted (all aliases ending at every offset).
Texts are decoded to str before timing starts. load_s covers reading the alias file and
building the automaton; match_s is the best of N passes (lowercasing included).
Prints one JSON object.
"""
import argparse
import json
import struct
import sys
import time

import ahocorasick


def read_texts(path):
    with open(path, "rb") as f:
        data = f.read()
    out, o, nbytes = [], 0, 0
    while o + 4 <= len(data):
        (n,) = struct.unpack_from("<I", data, o)
        out.append(data[o + 4:o + 4 + n].decode("utf-8"))
        nbytes += n
        o += 4 + n
    return out, nbytes


def is_word(c):
    return c.isalnum() or c == "_"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aliases", required=True)
    ap.add_argument("--texts", required=True)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    texts, nbytes = read_texts(a.texts)

    t0 = time.perf_counter()
    with open(a.aliases, encoding="utf-8") as f:
        aliases = sorted({line.rstrip("\n").lower() for line in f if line.strip()})
    auto = ahocorasick.Automaton()
    for s in aliases:
        # value: (length, needs a boundary before, needs a boundary after)
        auto.add_word(s, (len(s), is_word(s[0]), is_word(s[-1])))
    auto.make_automaton()
    t1 = time.perf_counter()

    best, matches = None, 0
    for _ in range(a.repeat):
        m = 0
        t = time.perf_counter()
        for text in texts:
            low = text.lower()
            n = len(low)
            for end, (ln, wb, we) in auto.iter(low):
                start = end - ln + 1
                if wb and start > 0 and is_word(low[start - 1]):
                    continue
                if we and end + 1 < n and is_word(low[end + 1]):
                    continue
                m += 1
        el = time.perf_counter() - t
        best = el if best is None or el < best else best
        matches = m
    print(json.dumps({"peer": "pyahocorasick", "version": getattr(ahocorasick, "__version__", "?"),
                      "patterns": len(aliases), "texts": len(texts), "bytes": nbytes,
                      "matches": matches, "load_s": round(t1 - t0, 4), "match_s": round(best, 4)}))


if __name__ == "__main__":
    sys.exit(main())
