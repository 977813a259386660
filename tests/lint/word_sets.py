#!/usr/bin/python3
"""word_sets.py FILE...: every keyed word set a C file declares with TEXT_WORDS
must be in the array of sets it builds at start (text_words_init): a set left
out is never built, and WORD_IN then finds none of its words, silently.
Exit 1, naming the set and the file, when one is missing."""
import re
import sys


def main():
    bad = 0
    for path in sys.argv[1:]:
        src = open(path, encoding="utf-8").read()
        declared = re.findall(r"^TEXT_WORDS\((\w+),", src, re.M)
        # the sets named inside the arrays of sets (static const text_words
        # *const x[] = {...}), not anywhere in the file: a set that code looks
        # words up in is named with & there too
        arrays = re.findall(r"text_words\s*\*const\s+\w+\[\]\s*=\s*\{(.*?)\};", src, re.S)
        registered = {n for body in arrays for n in re.findall(r"&(\w+)\b", body)}
        missing = [n for n in declared if n not in registered]
        for name in missing:
            print(f"{path}: word set {name} is declared with TEXT_WORDS but not in the "
                  f"array passed to text_words_init; add &{name} there")
            bad = 1
        if declared and not missing:
            print(f"{path}: {len(declared)} word sets, all built")
    return bad


if __name__ == "__main__":
    sys.exit(main())
