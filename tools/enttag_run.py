"""enttag_run.py - run enttag over files and read back its results (for the eval tools).

enttag prints one JSON document per input file, pretty-printed and one after the other;
json_stream() splits that output with json.JSONDecoder.raw_decode. Standard library only.
"""
import json
import subprocess
import sys


def json_stream(s):
    """The JSON documents written one after another in s."""
    dec = json.JSONDecoder()
    i, n = 0, len(s)
    while True:
        while i < n and s[i].isspace():
            i += 1
        if i >= n:
            return
        doc, i = dec.raw_decode(s, i)
        yield doc


def tag_files(cmd, paths, who):
    """enttag's result for each of paths (cmd: the enttag command and its options);
    exits naming the tool `who` when enttag fails or prints the wrong number."""
    p = subprocess.run(cmd + paths, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        sys.exit("%s: enttag failed (exit %d)" % (who, p.returncode))
    docs = list(json_stream(p.stdout.decode("utf-8")))
    if len(docs) != len(paths):
        sys.exit("%s: enttag printed %d results for %d files" % (who, len(docs), len(paths)))
    return docs
