/* enteval.c - tagging accuracy on CoNLL-2003 files, scored by the conlleval rules.
 *
 *   enteval conll --conf DIR --in FILE --out FILE [--train FILE]
 *
 * Reads a CoNLL-2003 file (token POS chunk NER, IOB1), rebuilds each
 * document's text (tokens joined with spaces, no space before closing
 * punctuation, one line per sentence, a blank line between sentences), tags it
 * with the gazetteer in DIR, and writes OUT in the conlleval input format: every
 * input token line with the predicted tag appended, blank and -DOCSTART- lines
 * kept. Prints precision, recall and F1 per type and overall, computed on
 * chunks exactly as conlleval does.
 *
 * Type mapping: PERSON -> PER, ORG -> ORG, COUNTRY and LOCATION -> LOC, a
 * demonym mention -> MISC, any other type -> MISC; a mention but a person's
 * inside a token a hyphen joins to a lowercase word ("Boston-based",
 * "pro-Moscow") -> MISC, as CoNLL tags such tokens (hyphen_compound); demonym
 * mentions in a row -> one MISC chunk ("Bosnian Serb"). A mention's tokens get its
 * tag, but a lone "." that ends it: CoNLL splits the period of an
 * abbreviation at a sentence's end from it ("Fla ."), and tags the word only.
 *
 * --train FILE adds to the shipped gazetteer a list built from the gold
 * entities of FILE (each string with its most frequent type; PER -> PERSON,
 * ORG -> ORG, LOC -> LOCATION, MISC -> MISC, priority 1 over shipped entries
 * sharing an alias), leaving out one-word strings that FILE's annotators left
 * untagged more often than they tagged them ("An", "Two", "Wednesday"), one-word
 * MISC strings found more often inside longer names than alone ("Open"), and
 * strings a shipped entry already tags with the same type ("Norway"), so that
 * the shipped entry's kind still counts. Never pass the file being scored. */
#include "ent.h"
#include "gaz.h"
#include "mem.h"
#include "tag.h"
#include "text.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct tok {
    char *line;  /* the input line, without newline */
    char *word;  /* first column */
    char gold[8]; /* last column: O, I-PER, B-LOC ... */
    char pred[8];
    uint32_t start, end; /* byte span in the rebuilt document text */
} tok;

typedef struct doc {
    tok *toks;
    size_t n, cap;
    size_t *sent_end; /* token index after the last of each sentence */
    size_t nsent, capsent;
} doc;

typedef struct conll {
    char **lines; /* every line of the file, in order */
    size_t nlines, caplines;
    long *tokref; /* per line: token index within its doc, -1 for blank/DOCSTART */
    long *docref; /* per line: doc index */
    doc *docs;
    size_t ndocs, capdocs;
} conll;

static void die(const char *msg) {
    fprintf(stderr, "enteval: %s\n", msg);
    exit(1);
}

static void *xgrow(void *p, size_t *cap, size_t need, size_t sz) {
    if (ent_grow(&p, cap, need, sz)) die("out of memory");
    return p;
}

static void free_conll(conll *c) {
    for (size_t i = 0; i < c->ndocs; i++) {
        for (size_t k = 0; k < c->docs[i].n; k++) ent_free(c->docs[i].toks[k].word);
        ent_free(c->docs[i].toks);
        ent_free(c->docs[i].sent_end);
    }
    for (size_t i = 0; i < c->nlines; i++) ent_free(c->lines[i]);
    ent_free(c->docs);
    ent_free(c->lines);
    ent_free(c->tokref);
    ent_free(c->docref);
    memset(c, 0, sizeof(*c));
}

static void read_conll(const char *path, conll *c) {
    FILE *fp = fopen(path, "r");
    if (!fp) {
        fprintf(stderr, "enteval: cannot open %s\n", path);
        exit(1);
    }
    memset(c, 0, sizeof(*c));
    char *line = NULL;
    size_t cap = 0, captok = 0, capdoc = 0;
    ssize_t len;
    doc *cur = NULL;
    int in_sent = 0;
    while ((len = getline(&line, &cap, fp)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        c->lines = xgrow(c->lines, &c->caplines, c->nlines + 1, sizeof(char *));
        c->tokref = xgrow(c->tokref, &captok, c->nlines + 1, sizeof(long));
        size_t cd = captok;
        (void)cd;
        c->docref = xgrow(c->docref, &capdoc, c->nlines + 1, sizeof(long));
        c->lines[c->nlines] = ent_strdup(line);
        c->tokref[c->nlines] = -1;
        c->docref[c->nlines] = -1;
        if (strncmp(line, "-DOCSTART-", 10) == 0 || !cur) {
            c->docs = xgrow(c->docs, &c->capdocs, c->ndocs + 1, sizeof(doc));
            cur = &c->docs[c->ndocs++];
            memset(cur, 0, sizeof(*cur));
            in_sent = 0;
            if (strncmp(line, "-DOCSTART-", 10) == 0) {
                c->nlines++;
                continue;
            }
        }
        if (len == 0) {
            if (in_sent) {
                cur->sent_end = xgrow(cur->sent_end, &cur->capsent, cur->nsent + 1, sizeof(size_t));
                cur->sent_end[cur->nsent++] = cur->n;
            }
            in_sent = 0;
            c->nlines++;
            continue;
        }
        char *sp = strchr(line, ' ');
        char *last = strrchr(line, ' ');
        if (!sp || !last) die("malformed line (expected: token POS chunk NER)");
        cur->toks = xgrow(cur->toks, &cur->cap, cur->n + 1, sizeof(tok));
        tok *t = &cur->toks[cur->n];
        memset(t, 0, sizeof(*t));
        t->line = c->lines[c->nlines];
        t->word = ent_strndup(line, (size_t)(sp - line));
        snprintf(t->gold, sizeof(t->gold), "%s", last + 1);
        strcpy(t->pred, "O");
        c->tokref[c->nlines] = (long)cur->n;
        c->docref[c->nlines] = (long)(cur - c->docs);
        cur->n++;
        in_sent = 1;
        c->nlines++;
    }
    if (cur && in_sent) {
        cur->sent_end = xgrow(cur->sent_end, &cur->capsent, cur->nsent + 1, sizeof(size_t));
        cur->sent_end[cur->nsent++] = cur->n;
    }
    free(line);
    fclose(fp);
}

static int no_space_before(const char *w) {
    static const char *const p[] = {",", ".", ";", ":", "!", "?", ")", "]", "'s", "'S", "n't",
                                    "%", "'"};
    for (size_t i = 0; i < sizeof(p) / sizeof(p[0]); i++)
        if (!strcmp(w, p[i])) return 1;
    return 0;
}

/* Rebuild the document text, recording each token's span. */
static char *rebuild(doc *d, size_t *len) {
    size_t cap = 1024, n = 0, s = 0;
    char *buf = ent_malloc(cap);
    for (size_t i = 0; i < d->n; i++) {
        tok *t = &d->toks[i];
        size_t wl = strlen(t->word);
        int newsent = s < d->nsent && i > 0 && (s == 0 ? 0 : d->sent_end[s - 1] == i);
        while (s < d->nsent && d->sent_end[s] <= i) s++, newsent = i > 0;
        if (n + wl + 4 > cap) {
            cap = (n + wl + 4) * 2;
            buf = ent_realloc(buf, cap);
            if (!buf) die("out of memory");
        }
        if (newsent) {
            buf[n++] = '\n';
            buf[n++] = '\n';
        } else if (i > 0 && !no_space_before(t->word) && strcmp(d->toks[i - 1].word, "(") != 0) {
            buf[n++] = ' ';
        }
        t->start = (uint32_t)n;
        memcpy(buf + n, t->word, wl);
        n += wl;
        t->end = (uint32_t)n;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static const char *map_type(const char *type, int via) {
    if (via == VIA_DEMONYM) return "MISC";
    if (!strcmp(type, "PERSON")) return "PER";
    if (!strcmp(type, "ORG")) return "ORG";
    if (!strcmp(type, "COUNTRY") || !strcmp(type, "LOCATION")) return "LOC";
    return "MISC";
}

/* Is mention [ms, me) part of a CoNLL token joined by a hyphen to a word in
 * lowercase, "Boston-based", "Amman-bound", "pro-Moscow" (first and last: the
 * tokens holding its start and its end)? CoNLL's annotators tag such a token
 * MISC, mostly (eng.train: 97 of the 145 capitalized "X-word" tokens, none
 * LOC or ORG; 26 of the 54 "word-X" ones, 10 ORG). */
static int hyphen_compound(const tok *first, const tok *last, uint32_t ms, uint32_t me) {
    if (last->end > me) {
        const char *p = last->word + (me - last->start);
        if (p[0] == '-' && islower((unsigned char)p[1])) return 1;
    }
    if (first->start < ms && ms - first->start >= 2) {
        const char *p = first->word + (ms - first->start);
        if (p[-1] != '-' || !islower((unsigned char)p[-2])) return 0;
        /* (a prefix, "pro-", "ex-", "anti-"; not the Arabic article of a
         * name, "al-Aqsa", "el-Arish") */
        static const char *const articles[] = {"al", "el", "ad", "an", "ar",
                                               "as", "ash", "at", "az"};
        size_t n = (size_t)(p - 1 - first->word);
        for (size_t k = 0; k < sizeof(articles) / sizeof(articles[0]); k++)
            if (strlen(articles[k]) == n && !strncmp(first->word, articles[k], n)) return 0;
        return 1;
    }
    return 0;
}

static void predict(doc *d, const tag_result *r) {
    size_t ti = 0;
    const char *prev_type = NULL;
    long prev_ment = -1;
    int prev_demonym = 0;
    for (size_t i = 0; i < d->n; i++) strcpy(d->toks[i].pred, "O");
    for (uint32_t m = 0; m < r->nments; m++) {
        const tag_mention *mm = &r->ments[m];
        const char *ty = map_type(r->ents[mm->ent].type, mm->via);
        while (ti < d->n && d->toks[ti].end <= mm->start) ti++;
        size_t tl = ti;
        while (tl + 1 < d->n && d->toks[tl + 1].start < mm->end) tl++;
        int hyphen = ti < d->n && strcmp(ty, "PER") != 0 &&
                     hyphen_compound(&d->toks[ti], &d->toks[tl], mm->start, mm->end);
        if (hyphen) ty = "MISC";
        int demonym = mm->via == VIA_DEMONYM && !hyphen;
        for (size_t k = ti; k < d->n && d->toks[k].start < mm->end; k++) {
            tok *t = &d->toks[k];
            if (strcmp(t->pred, "O")) continue; /* token already in an earlier mention */
            /* CoNLL splits the period of an abbreviation that ends a sentence
             * ("Jacksonville , Fla ."), and its annotators never tag that
             * token: the mention "Fla." is the token "Fla" there */
            if (k > ti && t->end >= mm->end && (!strcmp(t->word, ".") || !strcmp(t->word, "..")))
                continue;
            /* IOB1: B- only when it directly follows another chunk of the
             * same type; but demonyms in a row are one name to CoNLL's
             * annotators ("Bosnian Serb", "Iraqi Kurds", "South African":
             * eng.train has 74 such pairs in one chunk, 2 in two), unless
             * the first is part of a hyphenated word ("Brazilian-born
             * Spanish") */
            int begin = k > 0 && prev_ment != (long)m && prev_type && !strcmp(prev_type, ty) &&
                        strcmp(d->toks[k - 1].pred, "O") != 0 &&
                        !(demonym && prev_demonym);
            snprintf(t->pred, sizeof(t->pred), "%s-%s", begin ? "B" : "I", ty);
            prev_type = ty;
            prev_ment = (long)m;
            prev_demonym = demonym;
        }
    }
}

/* ---- conlleval chunk scoring ------------------------------------------------ */

static void split_tag(const char *t, char *prefix, const char **type) {
    if (!strcmp(t, "O") || t[0] == 0 || t[1] != '-') {
        *prefix = 'O';
        *type = "";
        return;
    }
    *prefix = t[0];
    *type = t + 2;
}

static int chunk_end(char pp, const char *pt, char p, const char *t) {
    if (pp == 'B' && p == 'B') return 1;
    if (pp == 'B' && p == 'O') return 1;
    if (pp == 'I' && p == 'B') return 1;
    if (pp == 'I' && p == 'O') return 1;
    if (pp == 'E' || pp == 'S') return 1;
    if (pp != 'O' && pp != '.' && strcmp(pt, t) != 0) return 1;
    return 0;
}

static int chunk_start(char pp, const char *pt, char p, const char *t) {
    if (pp == 'B' && p == 'B') return 1;
    if (pp == 'I' && p == 'B') return 1;
    if (pp == 'O' && p == 'B') return 1;
    if (pp == 'O' && p == 'I') return 1;
    if (pp == 'E' && (p == 'E' || p == 'I')) return 1;
    if (pp == 'S' && (p == 'E' || p == 'I')) return 1;
    if (p != 'O' && p != '.' && strcmp(pt, t) != 0) return 1;
    return 0;
}

#define NTYPES 4
static const char *const types[NTYPES] = {"LOC", "MISC", "ORG", "PER"};

typedef struct counts {
    long correct[NTYPES + 1], gold[NTYPES + 1], guessed[NTYPES + 1];
    long tokens, tok_correct;
} counts;

static int type_idx(const char *t) {
    for (int i = 0; i < NTYPES; i++)
        if (!strcmp(types[i], t)) return i;
    return NTYPES;
}

/* conlleval over tokens [b, e) of d: one sentence (a blank line is a boundary). */
static void score_seq(const doc *d, size_t b, size_t e, counts *c) {
    char lpg = 'O', lpp = 'O';
    const char *ltg = "", *ltp = "";
    int in_correct = 0;
    const char *correct_type = "";
    for (size_t i = b; i <= e; i++) {
        char pg = 'O', pp = 'O';
        const char *tg = "", *tp = "";
        if (i < e) {
            split_tag(d->toks[i].gold, &pg, &tg);
            split_tag(d->toks[i].pred, &pp, &tp);
        }
        int eg = chunk_end(lpg, ltg, pg, tg), ep = chunk_end(lpp, ltp, pp, tp);
        int sg = chunk_start(lpg, ltg, pg, tg), sp = chunk_start(lpp, ltp, pp, tp);
        if (in_correct) {
            if (eg && ep && !strcmp(ltg, ltp)) {
                in_correct = 0;
                c->correct[type_idx(correct_type)]++;
            } else if (eg != ep || strcmp(tg, tp)) {
                in_correct = 0;
            }
        }
        if (sg && sp && !strcmp(tg, tp)) {
            in_correct = 1;
            correct_type = tg;
        }
        if (sg) c->gold[type_idx(tg)]++;
        if (sp) c->guessed[type_idx(tp)]++;
        if (i < e) {
            c->tokens++;
            if (!strcmp(d->toks[i].gold, d->toks[i].pred)) c->tok_correct++;
        }
        lpg = pg;
        lpp = pp;
        ltg = tg;
        ltp = tp;
    }
}

static void score(const doc *d, counts *c) {
    size_t b = 0;
    for (size_t s = 0; s < d->nsent; s++) {
        score_seq(d, b, d->sent_end[s], c);
        b = d->sent_end[s];
    }
    if (b < d->n) score_seq(d, b, d->n, c);
}

static void prf(long cor, long gold, long guess, double *p, double *r, double *f) {
    *p = guess ? 100.0 * (double)cor / (double)guess : 0;
    *r = gold ? 100.0 * (double)cor / (double)gold : 0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

/* ---- the train list ------------------------------------------------------- */

typedef struct tentry {
    char *text;
    long n[NTYPES];
} tentry;

static int tentry_cmp(const void *a, const void *b) {
    return strcmp(((const tentry *)a)->text, ((const tentry *)b)->text);
}

static int str_cmp(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* How many of the sorted strings v[0..n) equal s. */
static long count_sorted(char **v, size_t n, const char *s) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(v[mid], s) < 0) lo = mid + 1;
        else hi = mid;
    }
    size_t k = lo;
    while (k < n && !strcmp(v[k], s)) k++;
    return (long)(k - lo);
}

/* Does the shipped gazetteer alone (g) tag the whole string s as one mention
 * of CoNLL type ty, with one of its entries (a name it discovers by rules
 * may lose to other matches in context)? Then the train list leaves s out: the shipped entry says
 * more (a country's kind, a person's country and role), and the rules that
 * read that (nationality in brackets, titles after a country) must still see
 * it. Nor does the list keep an organization the shipped gazetteer knows as a
 * place: a town the train file tags mostly as its club ("Milwaukee",
 * "Philadelphia") would be a club in every text, even in "MILWAUKEE,
 * Wisconsin" and "in Philadelphia"; the tagger's rules for texts about team
 * sports tell the club from the town by context. */
static int shipped_has(const gaz_t *g, tag_ctx *tc, const char *s, const char *ty) {
    tag_result *r;
    size_t n = strlen(s);
    if (tag_run(tc, g, s, n, 0, &r)) return 0;
    int same = r->nments == 1 && r->ments[0].start == 0 && r->ments[0].end == n &&
               r->ents[r->ments[0].ent].origin == ORIGIN_GAZETTEER &&
               !strcmp(map_type(r->ents[r->ments[0].ent].type, r->ments[0].via), ty);
    tag_result_free(r);
    return same;
}

/* Is s, starting in lowercase, a string of v[0..n) written with a capital
 * elsewhere ("wall Street", "germany")? Then it is a slip of the
 * annotators, and the list leaves it out: an entry in lowercase would match
 * the name in any case and hide the right type of its capitalized twin. */
static int case_twin(const tentry *v, size_t n, const char *s) {
    if (!islower((unsigned char)s[0])) return 0;
    for (size_t k = 0; k < n; k++)
        if (!islower((unsigned char)v[k].text[0]) && !strcasecmp(v[k].text, s)) return 1;
    return 0;
}

static int add_train_list(gaz_builder_t *b, const gaz_t *shipped, const char *path) {
    tag_ctx *tc = tag_ctx_create();
    conll c;
    read_conll(path, &c);
    tentry *v = NULL;
    size_t n = 0, cap = 0;
    char **inner = NULL; /* the words of names of two words or more */
    size_t ni = 0, capi = 0;
    for (size_t di = 0; di < c.ndocs; di++) {
        doc *d = &c.docs[di];
        for (size_t i = 0; i < d->n;) {
            char p;
            const char *t;
            split_tag(d->toks[i].gold, &p, &t);
            if (p == 'O') {
                i++;
                continue;
            }
            char buf[1024];
            size_t o = 0, j = i;
            const char *ty = t;
            while (j < d->n) {
                char pj;
                const char *tj;
                split_tag(d->toks[j].gold, &pj, &tj);
                if (pj == 'O' || strcmp(tj, ty) || (j > i && pj == 'B')) break;
                size_t wl = strlen(d->toks[j].word);
                if (o + wl + 2 >= sizeof(buf)) break;
                if (j > i && !no_space_before(d->toks[j].word)) buf[o++] = ' ';
                memcpy(buf + o, d->toks[j].word, wl);
                o += wl;
                j++;
            }
            buf[o] = 0;
            for (size_t k = i; j - i >= 2 && k < j; k++) {
                inner = xgrow(inner, &capi, ni + 1, sizeof(char *));
                inner[ni++] = d->toks[k].word;
            }
            v = xgrow(v, &cap, n + 1, sizeof(tentry));
            memset(&v[n], 0, sizeof(tentry));
            v[n].text = ent_strdup(buf);
            v[n].n[type_idx(ty) < NTYPES ? type_idx(ty) : 1]++;
            n++;
            i = j;
        }
    }
    if (n > 1) qsort(v, n, sizeof(tentry), tentry_cmp);
    /* A one-word string the annotators left untagged more often than they
     * tagged it is no name by itself ("An", "Two", "Wednesday"), nor is a
     * one-word MISC string they wrote inside longer names more often than
     * alone: events and titles of works are names of several words made of
     * ordinary ones ("Open" of "U.S. Open", "Cup"), while a surname or a
     * place stands alone as well. The words tagged O and the words of longer
     * names, sorted, give each its counts. */
    char **plain = NULL;
    size_t np = 0, capp = 0;
    for (size_t di = 0; di < c.ndocs; di++)
        for (size_t i = 0; i < c.docs[di].n; i++)
            if (c.docs[di].toks[i].gold[0] == 'O') {
                plain = xgrow(plain, &capp, np + 1, sizeof(char *));
                plain[np++] = c.docs[di].toks[i].word;
            }
    if (np > 1) qsort(plain, np, sizeof(char *), str_cmp);
    if (ni > 1) qsort(inner, ni, sizeof(char *), str_cmp);
    static const char *const gtype[NTYPES] = {"LOCATION", "MISC", "ORG", "PERSON"};
    size_t added = 0;
    ent_errinfo ei;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        long tot[NTYPES] = {0};
        while (j < n && !strcmp(v[j].text, v[i].text)) {
            for (int k = 0; k < NTYPES; k++) tot[k] += v[j].n[k];
            j++;
        }
        int best = 0;
        long tagged = 0;
        for (int k = 0; k < NTYPES; k++) tagged += tot[k];
        for (int k = 1; k < NTYPES; k++)
            if (tot[k] > tot[best]) best = k;
        long within = best == 1 ? count_sorted(inner, ni, v[i].text) : 0; /* MISC only */
        if ((!strchr(v[i].text, ' ') && count_sorted(plain, np, v[i].text) + within > tagged) ||
            shipped_has(shipped, tc, v[i].text, types[best]) ||
            (best == 2 && shipped_has(shipped, tc, v[i].text, "LOC")) ||
            case_twin(v, n, v[i].text)) {
            i = j;
            continue;
        }
        char id[1100];
        snprintf(id, sizeof(id), "conll:%s:%s", types[best], v[i].text);
        for (char *p = id; *p; p++)
            if (*p == '/') *p = '_';
        gaz_attr at[] = {{"prio", "1"}, {"source", "conll-train"}};
        gaz_entry e = {id, gtype[best], v[i].text, NULL, 0, at, 2, ORIGIN_GAZETTEER};
        if (strlen(id) <= ENT_MAX_ID && gaz_builder_add_entity(b, &e, &ei) == 0) added++;
        i = j;
    }
    fprintf(stderr, "enteval: train list: %zu distinct strings from %s\n", added, path);
    for (size_t i = 0; i < n; i++) ent_free(v[i].text);
    ent_free(v);
    ent_free(plain);
    ent_free(inner);
    tag_ctx_free(tc);
    free_conll(&c);
    return 0;
}

int main(int argc, char **argv) {
    const char *conf = "conf", *in = NULL, *out = NULL, *train = NULL;
    if (argc < 2 || strcmp(argv[1], "conll") != 0) {
        fprintf(stderr, "usage: enteval conll --conf DIR --in FILE --out FILE [--train FILE]\n");
        return 2;
    }
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--conf") && i + 1 < argc) conf = argv[++i];
        else if (!strcmp(argv[i], "--in") && i + 1 < argc) in = argv[++i];
        else if (!strcmp(argv[i], "--out") && i + 1 < argc) out = argv[++i];
        else if (!strcmp(argv[i], "--train") && i + 1 < argc) train = argv[++i];
        else {
            fprintf(stderr, "enteval: unknown option %s\n", argv[i]);
            return 2;
        }
    }
    if (!in || !out) {
        fprintf(stderr, "enteval: --in and --out are required\n");
        return 2;
    }
    FILE *probe = fopen(in, "r");
    if (!probe) {
        fprintf(stderr, "SKIP enteval: %s is absent (the shared corpora are not here)\n", in);
        return 0;
    }
    fclose(probe);
    if (train && !strcmp(train, in)) die("--train must not be the file being scored");
    char gdir[4096], ldir[4096];
    snprintf(gdir, sizeof(gdir), "%s/gazetteer", conf);
    snprintf(ldir, sizeof(ldir), "%s/relations", conf);
    gaz_builder_t *b = gaz_builder_create();
    ent_errinfo ei;
    if (gaz_builder_add_dir(b, gdir, &ei) || gaz_builder_add_lexicon(b, ldir, &ei)) {
        fprintf(stderr, "enteval: %s:%d: %s\n", ei.file, ei.line, ei.text);
        return 1;
    }
    gaz_t *g;
    if (train) {
        /* the shipped gazetteer alone first, to leave out of the train list
         * what it already tags the same way */
        gaz_t *shipped;
        if (gaz_load(gdir, ldir, &shipped, &ei)) {
            fprintf(stderr, "enteval: %s\n", ei.text);
            return 1;
        }
        add_train_list(b, shipped, train);
        gaz_unref(shipped);
    }
    if (gaz_builder_finish(b, &g, &ei)) {
        fprintf(stderr, "enteval: %s\n", ei.text);
        return 1;
    }
    conll c;
    read_conll(in, &c);
    tag_ctx *tc = tag_ctx_create();
    counts cnt;
    memset(&cnt, 0, sizeof(cnt));
    for (size_t di = 0; di < c.ndocs; di++) {
        doc *d = &c.docs[di];
        if (d->n == 0) continue;
        size_t len;
        char *text = rebuild(d, &len);
        tag_result *r;
        if (tag_run(tc, g, text, len, 0, &r)) die("tagging failed");
        predict(d, r);
        score(d, &cnt);
        tag_result_free(r);
        ent_free(text);
    }
    FILE *fo = fopen(out, "w");
    if (!fo) die("cannot write --out");
    for (size_t i = 0; i < c.nlines; i++) {
        if (c.tokref[i] < 0) fprintf(fo, "%s\n", c.lines[i]);
        else fprintf(fo, "%s %s\n", c.lines[i], c.docs[c.docref[i]].toks[c.tokref[i]].pred);
    }
    fclose(fo);
    long tc_ = 0, tg = 0, tu = 0;
    for (int k = 0; k <= NTYPES; k++) {
        tc_ += cnt.correct[k];
        tg += cnt.gold[k];
        tu += cnt.guessed[k];
    }
    double p, r, f;
    prf(tc_, tg, tu, &p, &r, &f);
    printf("%s%s: %ld tokens, %ld phrases; found: %ld phrases; correct: %ld.\n", in,
           train ? " (with train list)" : " (shipped gazetteer only)", cnt.tokens, tg, tu, tc_);
    printf("accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
           cnt.tokens ? 100.0 * (double)cnt.tok_correct / (double)cnt.tokens : 0, p, r, f);
    for (int k = 0; k < NTYPES; k++) {
        prf(cnt.correct[k], cnt.gold[k], cnt.guessed[k], &p, &r, &f);
        printf("%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %ld\n", types[k], p, r, f,
               cnt.guessed[k]);
    }
    tag_ctx_free(tc);
    free_conll(&c);
    gaz_unref(g);
    return 0;
}
