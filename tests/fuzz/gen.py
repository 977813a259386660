#!/usr/bin/python3
"""gen.py OUTDIR [N]: write N texts of shuffled news words, names, triggers,
punctuation, line breaks and stray Unicode (seeded, so every run writes the same
files) for `make test`'s fuzz pass: enttag must tag each one without an error,
and under `make check` without a memory or undefined-behaviour error. The words
are chosen to put the tagger's rules side by side in orders no article has
("Bank of Japan Governor", "al-", "met", "-brokered", "his", "XI", "Shoal", "the
Paris accord", "Capital Markets", "Deputy Assistant Treasury Secretary", "Norway's
Central Bank", "the Finance Ministry", "Microsoft Office", "the merger of X with
Y", "took a stake in", "what it called")."""
import os
import random
import sys

WORDS = ("Israel Iran Hamas Hezbollah Tiger Woods Mike Hulbert met meet hosted summoned tariffs on against with and "
         "the a an his her its Bank of Japan Governor Satoshi Sumita said says told , . ; : "
         "( ) - ' 's U.S. U.S.-brokered ceasefire sanctions talks visit to who which in of $ 3 "
         "billion aid Reagan Xi XI Kurdish-led Kurdish Syrian Democratic Forces Abdul-Malik "
         "al-Houthi al bin Israel Katz Minister Defence President Prime Jordan Canada "
         "Petro-Canada Statistics Shoal Island Second Thomas Perez de Cuellar Javier urged "
         "impose trade round new package Britain France Germany Russia Ukraine counterpart "
         "Turkish Hakan Fidan by phone arms sale \" İstanbul Zelensky é ü — – … Ltd Inc Co "
         "Corp SpA chairman Mr Dr Sen. J. F. Kennedy Tiger Woods Surrey 4-38 v ( Finland ) "
         "NEW YORK REUTERS - Leave a Comment Scroll to Top Paris accord agreements peace "
         "Capital Markets Savings Bonds Program Non- Pro- Deputy Assistant Treasury Secretary "
         "Committee Subcommittee (D-Vt.) EC Commission Norway's Central Reserve Bank Finance Ministry "
         "Office Microsoft Luxembourg New Zealand merge merger stake took raised opened fire "
         "exchanged artillery what it called described as duties imports from spokesman for "
         "Christian Moslem Muslims Hutu Tutsis Arab Olympic Olympics World Cup U.S. Open Games "
         "Governors' Association Bankers' Dealers' Digest Inc English French Louise Irish of "
         "born on Oct. in a modest frame house near threatened retaliatory tariffs against "
         "Democrat Republican Washington say believes warns Chancellor Undersecretary "
         "Mother Teresa Greens Moscow Soviet Union former break-up Belgrade 1860 Munich FIA "
         "think-tank regulator lobby group Church Charlotte Park Upton have were Mr Crosby "
         "Wasim Akram Jan. 12 Commonwealth The Oval Plc Cable Wireless").split(" ")
SEPS = [" ", " ", " ", "", "  ", "\n", "\n\n", "\t"]
PEOPLE = ["Tiger Woods", "Satoshi Sumita", "Israel Katz", "Mike Hulbert", "Ronald Reagan",
          "Abdul-Malik al-Houthi", "Javier Perez de Cuellar", "Hakan Fidan"]


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(20261128)
    for k in range(n):
        parts = []
        if k % 4 == 3:  # a list at the very start: "Xx Yy , Tiger Woods , ..."
            parts += [rnd.choice(WORDS), " ", rnd.choice(WORDS), " ",
                      rnd.choice([",", "and", ";"]), " ", rnd.choice(PEOPLE), " "]
        elif k % 8 == 1:  # a joiner opening the text before a name and a legal form: the
            # rules that walk back over "and" or "of" must stop at the text's first token
            parts += [rnd.choice(["and", "of", "for", "the", "&", "'s", "-"]), " ",
                      rnd.choice(WORDS), " ", rnd.choice(["Corp", "Inc", "Plc", "Co", "Bank"]), " "]
        # half of them short: the edges of a text are where index arithmetic slips
        for _ in range(rnd.randint(1, 12) if k % 2 else rnd.randint(1, 400)):
            parts.append(rnd.choice(WORDS))
            parts.append(rnd.choice(SEPS))
        with open(os.path.join(out, "f%03d.txt" % k), "w", encoding="utf-8") as f:
            f.write("".join(parts))


if __name__ == "__main__":
    main()
