#!/usr/bin/python3
"""gazetteer_counts.py DIR: the row counts that DIR/README.md gives for the entity
files of DIR (the table's second column, "| `20-orgs-international.tsv` | 346 |")
must be the files' data rows (lines that are no comment, no blank and no header):
a maintainer reads them to see what a file holds, and a build that changed a file
without its README line leaves them wrong. Exit 1, naming each file whose count
differs and the count to write, when one does."""
import os
import re
import sys


def data_rows(path):
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f
                   if line.strip() and not line.startswith("#") and not line.startswith("id\t"))


def main():
    d = sys.argv[1]
    readme = open(os.path.join(d, "README.md"), encoding="utf-8").read()
    bad = checked = 0
    for m in re.finditer(r"^\| `([^`/]+\.tsv)` \| ([0-9,]+) \|", readme, re.M):
        name, said = m.group(1), int(m.group(2).replace(",", ""))
        path = os.path.join(d, name)
        if not os.path.exists(path):
            print(f"{d}/README.md: {name} is listed but not in {d}")
            bad = 1
            continue
        rows = data_rows(path)
        checked += 1
        if rows != said:
            print(f"{d}/README.md: {name} has {rows:,} rows, the README says {said:,}; "
                  f"write {rows:,} there")
            bad = 1
    if not bad:
        print(f"{d}/README.md: the row counts of {checked} entity files are the files'")
    return bad


if __name__ == "__main__":
    sys.exit(main())
