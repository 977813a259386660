/* tag.c - gazetteer matching, discovery of unknown names, coreference.
 *
 * DESIGN
 * Candidate spans come from these sources, all over the same tokens:
 *   gazetteer  the longest alias starting at a token whose case policy holds;
 *   title      capitalized words after a title ("Foreign Minister Abbas Araghchi");
 *   first name a known given name followed by capitalized words (and the other
 *              rules for people: initials, speakers, nationalities, syllables, lists);
 *   keyword    capitalized words ending in an organization word ("Trade Commission");
 *   table      in a text about team sports, teams in the lines of results
 *              ("Wigan 22 19 1 2") and cricketers placed by a scorecard ("c Cork
 *              b Croft");
 * Overlaps are resolved leftmost-longest; on equal spans a table's name wins (a
 * team over the place it is named after), then the gazetteer, title, first name, speaker,
 * keyword, list (the K_* order); a muted match (a town inside a team's name in
 * a sports text) names nothing but keeps its words from the others. Discovery
 * is off in headline-style sentences (Title Case or ALL CAPS), where capitals
 * say nothing about names. Later single-word mentions of a person's last name
 * become coreferent mentions. */
#include "tag_int.h"
#include "ent.h"
#include "mem.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Kinds of span, in the order they win on equal extents: a name that the
 * layout of a results table decides (a team over the place it is named
 * after, a cricketer over the town), then the gazetteer, ... K_MUTE, last,
 * is a gazetteer match that names no mention but keeps its words from the
 * later rules ("San Diego" of "San Diego Padres" is no place, and "Diego
 * Padres" no person). */
enum { K_TABLE = 0, K_GAZ, K_TITLE, K_FIRST, K_SPEAKER, K_KEYWORD, K_LIST, K_MUTE };

/* gazstop[k] (gaz_nonperson_starts): a known place or organization starts at
 * token k, which ends a personal name there (GS_NAME: "Merrill Lynch
 * International" is no Mr Lynch) or only keeps one from starting there
 * (GS_WORD, a town of one word: towns are surnames too, "Ken Livingstone",
 * "Otis Redding"); GS_FIRM, a company named in one word, is as GS_NAME but
 * the surname after a given name ("Freddie Heineken", "Roy Disney"); GS_COUNTRY, a country or capital named in one word, is
 * the surname only of a given name and it alone ("Michael Jordan", "Anthony
 * Washington", not "Petroleos de Venezuela" nor "Chrysler Credit Canada"). */
enum { GS_NONE = 0, GS_NAME = 1, GS_WORD = 2, GS_COUNTRY = 3, GS_FIRM = 4 };

typedef struct tag_span {
    uint32_t tbeg, tend; /* token span */
    int32_t gidx;        /* gazetteer entity, -1 for discovered */
    uint8_t via;
    uint8_t kind;        /* K_* */
    uint8_t type;        /* discovered: 'P', 'O', 'L' (a town) or 'E' (an event) */
} tag_span;

tag_ctx *tag_ctx_create(void) {
    tag_ctx *c = ent_calloc(1, sizeof(*c));
    if (!c) return NULL;
    return c;
}

void tag_ctx_free(tag_ctx *c) {
    if (!c) return;
    text_doc_free(&c->doc);
    ent_free(c->cls);
    ent_free(c->blocked);
    ent_free(c->tok_ment);
    ent_free(c->cand);
    ent_free(c->caps);
    ent_free(c->marks);
    ent_free(c->picked);
    ent_free(c->gazstop);
    ent_free(c->gazend);
    ent_free(c->sent_caps);
    ent_free(c->titles);
    ent_free(c->roles);
    ent_free(c->acros);
    ent_free(c->corefs);
    ent_free(c->pkeys);
    ent_free(c->surslots);
    ent_free(c->wslots);
    ent_free(c->ments);
    ent_free(c->menttmp);
    ent_free(c->ents);
    ent_free(c->rels);
    ent_free(c->affs);
    ent_free(c->spans);
    ent_free(c->spantmp);
    ent_free(c->scratch);
    arena_free(c->arena);
    ent_free(c);
}

void tag_result_free(tag_result *r) {
    if (!r) return;
    arena_free(r->arena);
    ent_free(r);
}

uint32_t tag_result_labelled(const tag_result *r) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < r->nrels; i++) n += strcmp(r->rels[i].label, "co-mention") != 0;
    return n;
}

int tag_went_kind(const gaz_t *g, const tag_went *e) {
    if (e->gidx >= 0) return g->ents[e->gidx].kind;
    return e->type == 'O'   ? KIND_ORG
           : e->type == 'L' ? KIND_LOCATION
           : e->type == 'E' ? KIND_OTHER
                            : KIND_PERSON;
}

const char *tag_went_type(const gaz_t *g, const tag_went *e) {
    if (e->gidx >= 0) return g->ents[e->gidx].type;
    return e->type == 'O'   ? "ORG"
           : e->type == 'L' ? "LOCATION"
           : e->type == 'E' ? "EVENT"
                            : "PERSON";
}

const char *tag_went_id(const gaz_t *g, const tag_went *e) {
    return e->gidx >= 0 ? g->ents[e->gidx].id : e->id;
}

const char *tag_went_name(const gaz_t *g, const tag_went *e, size_t *len) {
    if (e->gidx >= 0) {
        if (len) *len = g->ents[e->gidx].name_len;
        return g->ents[e->gidx].name;
    }
    if (len) *len = e->name_len;
    return e->name;
}

/* Is token i a roman numeral in capitals made of the given letters ("XI",
 * "IV")? */
static int roman_of(const text_doc *d, size_t i, const char *letters) {
    const text_tok *t = &d->toks[i];
    if (!(t->flags & TOK_ALLCAPS) || (t->flags & (TOK_DIGIT | TOK_NONASCII))) return 0;
    for (uint32_t k = t->start; k < t->end; k++)
        if (!strchr(letters, d->text[k])) return 0;
    return 1;
}

/* Is token i a regnal or generational number after a space: two to five of
 * the letters I, V and X in capitals ("II", "VIII", "XIV")? */
static int regnal_word(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return (t->flags & TOK_SPACE) && t->len >= 2 && t->len <= 5 && roman_of(d, i, "IVX");
}

/* The last word of a person's name in tokens [b, e): before a regnal number
 * ("Soriano" of "Andres Soriano III"). */
static size_t name_last_tok(const text_doc *d, size_t b, size_t e) {
    return e - 1 > b && regnal_word(d, e - 1) ? e - 2 : e - 1;
}

static uint32_t regnal_end(const tag_ctx *c, uint32_t e);

static int push_span(tag_ctx *c, uint32_t b, uint32_t e, int32_t gidx, int via, int kind,
                     int type) {
    if (type == 'P') e = regnal_end(c, e); /* "King Leopold III", "Pope John Paul II" */
    if (ent_grow(&c->spans, &c->capspans, c->nspans + 1, sizeof(tag_span))) return ENT_ENOMEM;
    c->spans[c->nspans++] = (tag_span){b, e, gidx, (uint8_t)via, (uint8_t)kind, (uint8_t)type};
    return 0;
}

/* ---- helpers over tokens --------------------------------------------------- */

/* Is token i the one-byte punctuation ch? A one-byte token's key is its byte
 * (with 0x20 set for a letter or digit, which no punctuation byte equals), so
 * the text is not read. */
static int tok_char(const text_doc *d, size_t i, char ch) {
    const text_tok *t = &d->toks[i];
    /* both tests at once: the outcome is hard to predict */
    return (t->len == 1) & (t->key == (uint64_t)(unsigned char)ch);
}

/* Does token i end in one of the n strings ends[] after a stem of at least
 * `stem` bytes? */
static int tok_ends_in(const text_doc *d, size_t i, const char *const *ends, size_t n,
                       size_t stem) {
    const text_tok *t = &d->toks[i];
    for (size_t q = 0; q < n; q++) {
        size_t k = strlen(ends[q]);
        if (t->len >= k + stem && !memcmp(d->text + t->end - k, ends[q], k)) return 1;
    }
    return 0;
}

/* Apostrophe token (' or ’). */
static int tok_apos(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    return (t->len == 1 && *p == '\'') ||
           (t->len == 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99);
}

/* Hyphen-like token glued to both neighbours ("Hoseini-Khamenei"). */
static int tok_glue(const text_doc *d, size_t i) {
    if (i + 1 >= d->ntoks) return 0;
    const text_tok *t = &d->toks[i];
    if (t->flags & (TOK_WORD | TOK_SPACE)) return 0;
    if (d->toks[i + 1].flags & TOK_SPACE) return 0;
    return tok_char(d, i, '-') || tok_apos(d, i);
}

/* The words of tokens [b, e), a hyphen or an apostrophe joining two into one
 * ("Ocasio-Cortez", "O'Rourke", "Silpa-archa": one word each). */
static uint32_t glued_words(const text_doc *d, size_t b, size_t e) {
    uint32_t words = 0;
    for (size_t q = b; q < e; q++) words += !tok_glue(d, q) && !(q > b && tok_glue(d, q - 1));
    return words;
}

/* Possessive "'s" or "’s" starting at token i. */
static int is_possessive(const text_doc *d, size_t i) {
    return i + 1 < d->ntoks && tok_apos(d, i) && !(d->toks[i].flags & TOK_SPACE) &&
           text_tok_ieq(d, &d->toks[i + 1], "s") && !(d->toks[i + 1].flags & TOK_SPACE);
}

/* Does the last span pushed end at token i (a name found right before it)? */
static int span_ends_at(const tag_ctx *c, size_t i) {
    return c->nspans && c->spans[c->nspans - 1].tend == i;
}

/* The gazetteer match among the first n spans (pushed in text order) that
 * ends at token e and starts first, the longest ("New Jersey", not the
 * "Jersey" in it), or NULL. */
static const tag_span *gaz_span_ending_at(const tag_ctx *c, size_t n, size_t e) {
    const tag_span *sp = NULL;
    for (size_t q = n; q-- > 0;) {
        const tag_span *o = &c->spans[q];
        if (o->tend + 8 < e) break;
        if (o->kind == K_GAZ && o->tend == e && (!sp || o->tbeg < sp->tbeg)) sp = o;
    }
    return sp;
}

/* Is the token before i a capitalized word (so a name does not start at i)? */
static int after_cap_word(const text_doc *d, size_t i) {
    return i > 0 && (d->toks[i - 1].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER);
}

/* Does token i go on a name before it, after an initial ("G.D. Searle",
 * "F.W. Dodge") or a slash with no space ("Keeler/Dorr-Oliver")? */
static int after_initial_or_slash(const text_doc *d, size_t i) {
    if (i < 2 || d->toks[i - 1].len != 1) return 0;
    if (tok_char(d, i - 1, '/')) return !(d->toks[i].flags & TOK_SPACE);
    return tok_char(d, i - 1, '.') && d->toks[i - 2].len == 1 && (d->toks[i - 2].flags & TOK_UPPER);
}

/* Can token i be part of a name? A capitalized word that is not a stop word,
 * has no digits and is not written in capitals (headlines, acronyms). */
static int name_word(const tag_ctx *c, size_t i) {
    const text_tok *t = &c->doc.toks[i];
    if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_DIGIT)) != (TOK_WORD | TOK_UPPER)) return 0;
    if ((t->flags & TOK_ALLCAPS) && t->len > 1) return 0;
    if (c->cls[i] & (W_STOP | W_TITLESTART)) return 0;
    if (c->blocked[i]) return 0;
    return 1;
}

/* An initial at token i: one capital letter and a period glued to it ("J."). */
static int initial_at(const tag_ctx *c, size_t i, size_t end) {
    const text_doc *d = &c->doc;
    return i + 1 < end && (d->toks[i].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
           d->toks[i].len == 1 && tok_char(d, i + 1, '.') && !(d->toks[i + 1].flags & TOK_SPACE);
}

/* The first token from i on past the initials that open a name of tokens
 * [i, e) ("G.D. Searle and Co": "Searle"), leaving at least one word after
 * them. */
static size_t past_initials(const tag_ctx *c, size_t i, size_t e) {
    while (i + 3 < e && initial_at(c, i, e)) i += 2;
    return i;
}

/* The first token from i on, before end, past at most two lowercase name
 * particles ("bin", "van der"), and the hyphen that joins the last to the
 * name ("al-Sharaa", "el-Sisi"). */
static size_t past_particles(const tag_ctx *c, size_t i, size_t end) {
    const text_doc *d = &c->doc;
    size_t k = i;
    while (k < end && k < i + 2 && (c->cls[k] & W_PARTICLE) && (d->toks[k].flags & TOK_LOWER))
        k++;
    if (k > i && k + 1 < end && tok_char(d, k, '-') && !(d->toks[k].flags & TOK_SPACE) &&
        !(d->toks[k + 1].flags & TOK_SPACE))
        k++;
    return k;
}

/* Words that make a name an adjective after a hyphen ("George Bush-style",
 * "Icahn-led", "state-owned"): the name ends before the hyphen. */
static const char *const compound_tails[] = {
    "backed", "based", "born", "bound", "controlled", "era", "funded", "held",
    "led", "linked", "listed", "made", "owned", "registered", "run", "style", "wide",
};
TEXT_WORDS(compound_tails_set, compound_tails);

/* Titles that are common family names too ("Stephen King", "John Major"'s
 * "Major" is no title here, "Oona King", "Mike Judge"): after a name word,
 * with no capitalized word after them, they end the name. */
static const char *const surname_titles[] = {
    "bishop", "chancellor", "judge", "king",  "marshal",
    "mayor",  "pope",       "prince", "queen", "sheriff",
};
TEXT_WORDS(surname_titles_set, surname_titles);

static int compound_tail(const text_doc *d, size_t i) {
    return (d->toks[i].flags & TOK_LOWER) &&
           text_words_find(&compound_tails_set, d, &d->toks[i]) >= 0;
}

/* Is token j, after a name word, a title that is the name's family name
 * ("Larry King interviewed", "Billie Jean King called")? Not when a
 * capitalized word follows (the title then introduces that name: "Jordan
 * King Abdullah") or "of" ("King of Jordan"). 1: it ends the name; 2: a
 * generation suffix comes after it ("Jr"); 0: no. */
static int surname_title_at(const tag_ctx *c, size_t j, size_t end) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[j];
    if (!(c->cls[j] & W_TITLESTART) || (t->flags & (TOK_UPPER | TOK_ALLCAPS)) != TOK_UPPER ||
        c->blocked[j] || text_words_find(&surname_titles_set, d, t) < 0)
        return 0;
    /* (a generation suffix goes on the name: "Martin Luther King Jr.") */
    if (j + 1 < end &&
        (text_tok_is(d, &d->toks[j + 1], "Jr") || text_tok_is(d, &d->toks[j + 1], "Sr")))
        return 2;
    if (j + 1 < end &&
        ((d->toks[j + 1].flags & TOK_UPPER) || text_tok_is(d, &d->toks[j + 1], "of")))
        return 0;
    return 1;
}

/* Is token k a given name that an acronym of a legal form spells, written
 * as a name and opening one ("Asa Carlsson", "Sal Russo"; not "Norsk Hydro
 * ASA", "Metallverken Ab", "Deutsche Bank Ag said")? */
static int given_not_form(const tag_ctx *c, size_t k) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[k];
    return (c->cls[k] & W_FIRSTNAME) && t->len <= 4 && !(t->flags & TOK_ALLCAPS) &&
           !(k > 0 && (d->toks[k - 1].flags & TOK_UPPER) && !(t->flags & TOK_SENT)) &&
           k + 1 < d->ntoks &&
           (d->toks[k + 1].flags & (TOK_UPPER | TOK_ALLCAPS | TOK_SPACE)) == (TOK_UPPER | TOK_SPACE);
}

/* Length in tokens of a personal name starting at token i (0 if none): up to
 * five name words, joined by hyphens or apostrophes inside a word
 * ("Hoseini-Khamenei", "O'Brien", "Chung In-yong"), with lowercase particles
 * ("bin", "al", "de") and initials ("J. Hugh Liedtke", "A.R. Suhud", "John F.
 * Kennedy"; two capitals opening it, "JD Vance", unless they are a title, an
 * organization's word or a known name: "MP", "PT", "US") before or between
 * them. A name never ends with an initial. Stops before a possessive.
 * gazstop[k] (GS_*) blocks a word that starts a place or organization in the
 * gazetteer. *nwords gets the number of its words of
 * three letters or more (a hyphenated word is one; initials, particles even
 * capitalized, "Jr" and "Wu" are none). */
static uint32_t name_run_words(const tag_ctx *c, size_t i, size_t end, const uint8_t *gazstop,
                               int *nwords) {
    const text_doc *d = &c->doc;
    size_t j = i, last = i; /* last: end of the name so far */
    int words = 0, full = 0; /* full: words of three letters or more */
    int inits = 0;           /* initials open the name */
    while (j < end && words < 5) {
        if (j > i && (d->toks[j].flags & TOK_PARA)) break;
        /* a byline's name ends with its line: "By Lena Marwick\nPublished
         * November 20" (a verb's past, no given name, opening the next line) */
        if (j > i && (d->toks[j].flags & TOK_NL) && d->toks[j].len >= 6 &&
            !(c->cls[j] & W_FIRSTNAME) && d->text[d->toks[j].end - 2] == 'e' &&
            d->text[d->toks[j].end - 1] == 'd')
            break;
        if (initial_at(c, j, end)) { /* kept only if a name word follows */
            inits |= words == 0;
            j += 2;
            continue;
        }
        /* two initials without periods opening the name: "JD Vance" */
        if (j == i && j + 1 < end && d->toks[j].len == 2 && (d->toks[j].flags & TOK_ALLCAPS) &&
            !(d->toks[j].flags & TOK_DIGIT) && !c->blocked[j] &&
            !(c->cls[j] & (W_STOP | W_TITLESTART | W_ORGSUFFIX | W_ORGHEAD)) &&
            !(gazstop && gazstop[j]) && (d->toks[j + 1].flags & TOK_SPACE) && name_word(c, j + 1)) {
            inits = 1;
            j++;
            continue;
        }
        /* a capitalized stop word glued into a name part: "Chung In-yong" */
        int glued_stop = words > 0 && (c->cls[j] & W_STOP) && (d->toks[j].flags & TOK_UPPER) &&
                         tok_glue(d, j + 1);
        /* "Finance Ministry", "Salomon Brothers International": an
         * organization's name, not a person's */
        if ((c->cls[j] & W_ORGSUFFIX) && (d->toks[j].flags & TOK_UPPER) && !given_not_form(c, j))
            return 0;
        if ((name_word(c, j) || glued_stop) && !(gazstop && gazstop[j] && j == i)) {
            /* a known name glued to a particle is a family name: "Abdul-Malik
             * al-Houthi" (not the Houthis) */
            int after_particle = j > i + 1 && tok_char(d, j - 1, '-') && (c->cls[j - 2] & W_PARTICLE) &&
                                 (d->toks[j - 2].flags & TOK_LOWER);
            /* (a company's one word after initials is a surname that ends
             * the name: "JB Pritzker", "J.B. Pritzker", as after a given
             * name; not "N.V. Philips Gloeilampenfabrieken") */
            int surname = inits && words == 0 &&
                          !(j + 1 < end && (d->toks[j + 1].flags & TOK_UPPER));
            if (j > i && gazstop &&
                (gazstop[j] == GS_NAME || gazstop[j] == GS_COUNTRY ||
                 (gazstop[j] == GS_FIRM && !surname)) &&
                !after_particle)
                break;
            full += d->toks[j].len >= 3 && !(c->cls[j] & W_PARTICLE);
            j++;
            /* "St." inside a family name, the name going on after it: "Fernand
             * St. Germain", "Jill St. John" */
            if (words > 0 && j + 1 < end && tok_char(d, j, '.') && !(d->toks[j].flags & TOK_SPACE) &&
                text_tok_is(d, &d->toks[j - 1], "St") && (d->toks[j + 1].flags & TOK_SPACE) &&
                name_word(c, j + 1))
                j++;
            /* joined words, but no country after a hyphen: "Petro-Canada" */
            while (j + 1 < end && tok_glue(d, j) && (d->toks[j + 1].flags & TOK_WORD) &&
                   !is_possessive(d, j) && !compound_tail(d, j + 1) &&
                   !(gazstop && gazstop[j + 1] == GS_COUNTRY))
                j += 2;
            words++;
            last = j;
            continue;
        }
        int st = words > 0 ? surname_title_at(c, j, end) : 0;
        if (st) {
            full++, words++;
            last = ++j;
            if (st == 1) break;
            continue;
        }
        if (words > 0 && (c->cls[j] & W_PARTICLE) && (d->toks[j].flags & TOK_LOWER) &&
            j + 1 < end) {
            /* particle(s) then a name word: "bin Salman", "van der Leyen" */
            size_t k = past_particles(c, j, end);
            if (k < end && name_word(c, k)) {
                j = k;
                continue;
            }
        }
        break;
    }
    *nwords = full;
    return words ? (uint32_t)(last - i) : 0;
}

static uint32_t name_run(const tag_ctx *c, size_t i, size_t end, const uint8_t *gazstop) {
    int words;
    return name_run_words(c, i, end, gazstop, &words);
}

/* ---- passes ------------------------------------------------------------- */

/* Room in every per-token array for this text's tokens and one more. */
static int ensure_tok_arrays(tag_ctx *c) {
    size_t n = c->doc.ntoks + 1 + GAZ_SEL_SLACK; /* (gaz_lookup_cls's lists) */
    if (n > c->captok) {
        size_t cap = n * 2;
        const struct {
            void *arr;
            size_t sz;
        } arrays[] = {
            {&c->cls, sizeof(*c->cls)},         {&c->blocked, sizeof(*c->blocked)},
            {&c->tok_ment, sizeof(*c->tok_ment)}, {&c->cand, sizeof(*c->cand)},
            {&c->caps, sizeof(*c->caps)},       {&c->gazstop, sizeof(*c->gazstop)},
            {&c->gazend, sizeof(*c->gazend)},   {&c->marks, sizeof(*c->marks)},
            {&c->picked, sizeof(*c->picked)},
        };
        for (size_t k = 0; k < ENT_ARRAY_LEN(arrays); k++) {
            size_t have = c->captok; /* each array holds at least captok entries */
            if (ent_grow(arrays[k].arr, &have, cap, arrays[k].sz)) return ENT_ENOMEM;
        }
        c->captok = cap;
    }
    return 0;
}

static int ensure_sent_arrays(tag_ctx *c) {
    size_t ns = c->doc.nsents + 1;
    if (ns > c->capsent) {
        uint8_t *sc = ent_realloc(c->sent_caps, ns * 2);
        if (!sc) return ENT_ENOMEM;
        c->sent_caps = sc;
        c->capsent = ns * 2;
    }
    memset(c->sent_caps, 0, c->doc.nsents);
    return 0;
}

/* Sentence holding token i (binary search over the sentences). */
static uint32_t sent_of(const tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    size_t lo = 0, hi = d->nsents;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (d->sents[mid].tbeg <= i) lo = mid;
        else hi = mid;
    }
    return (uint32_t)lo;
}

uint32_t tag_sent_of(const tag_ctx *c, size_t i) {
    return sent_of(c, i);
}

enum { HL_UNKNOWN = 0, HL_NO, HL_TITLE, HL_CAPS };

/* Headline style of sentence s, computed on first use: ALL CAPS, or Title Case
 * where function words are capitalized ("Says He Won't Cooperate With US As
 * Long As It Supports Israel"). Capitals say nothing about names there. */
static int headline(tag_ctx *c, uint32_t s) {
    if (c->sent_caps[s] != HL_UNKNOWN) return c->sent_caps[s];
    const text_doc *d = &c->doc;
    const text_sent *st = &d->sents[s];
    int words = 0, lower = 0, capstop = 0, capabbr = 0, caps = 0;
    /* (the counts without branches: whether a token is a word, in lowercase
     * or in capitals is a toss-up the predictor misses; the tests left are
     * nearly always false) */
    for (uint32_t i = st->tbeg; i < st->tend; i++) {
        const text_tok *t = &d->toks[i];
        int word = (t->flags & (TOK_WORD | TOK_DIGIT)) == TOK_WORD;
        int low = word & ((t->flags & TOK_LOWER) != 0);
        words += word;
        lower += low;
        /* neither style once the lowercase words are too many for the rest
         * of the sentence to make up (a lowercase word is never in
         * capitals): the usual sentence is decided early */
        if (low & ((uint32_t)lower * 4 > (uint32_t)words + (st->tend - i - 1))) {
            c->sent_caps[s] = HL_NO;
            return HL_NO;
        }
        caps += word & ((t->flags & TOK_ALLCAPS) != 0);
        if (word & ((t->flags & TOK_UPPER) != 0) & ((c->cls[i] & W_STOP) != 0) &
            (i != st->tbeg) & !(d->toks[i].flags & TOK_PARA)) {
            /* (a letter of an abbreviation, "U.S.", "U.N.", counts only
             * where no word is in lowercase: "Michael Joyce (U.S.) beat
             * Richey Reneberg (U.S.)" is no headline) */
            if (t->len == 1 && i + 1 < st->tend && tok_char(d, i + 1, '.') &&
                !(d->toks[i + 1].flags & TOK_SPACE))
                capabbr++;
            else
                capstop++;
        }
    }
    if (!lower) capstop += capabbr;
    int h = HL_NO;
    if (words >= 3 && caps == words) h = HL_CAPS;
    else if (words >= 4 && capstop >= 2 && lower * 4 <= words) h = HL_TITLE;
    c->sent_caps[s] = (uint8_t)h;
    return h;
}

int tag_title_case(tag_ctx *c, uint32_t s) {
    const text_doc *d = &c->doc;
    /* (most sentences have three lowercase words among the five tokens
     * after the first, which a headline in either style has not: no need to
     * ask) */
    int low = 0;
    for (uint32_t i = d->sents[s].tbeg + 1; i < d->sents[s].tend && i <= d->sents[s].tbeg + 5; i++)
        low += (d->toks[i].flags & TOK_LOWER) != 0;
    if (low >= 3) return 0;
    int h = headline(c, s);
    if (h != HL_NO) return h == HL_TITLE;
    /* (or a short one, too short for headline() to call it one, whose words
     * are all capitalized: "Trump Meets Putin In Alaska") */
    int words = 0;
    for (uint32_t i = d->sents[s].tbeg; i < d->sents[s].tend; i++) {
        uint16_t f = d->toks[i].flags;
        if ((f & (TOK_WORD | TOK_DIGIT)) != TOK_WORD) continue;
        if (f & TOK_LOWER) return 0;
        words++;
    }
    return words >= 3;
}

size_t tag_trie_longest(const tag_ctx *c, const gaz_trie *tr, size_t i, size_t end,
                        uint32_t inner, unsigned noflags, int unmentioned, uint32_t *bestn) {
    const text_doc *d = &c->doc;
    uint32_t node = gaz_trie_step(tr, 0, d->toks[i].vid);
    size_t best = 0, j = i;
    while (node) {
        j++;
        if (tr->pay_off[node + 1] > tr->pay_off[node]) {
            best = j;
            *bestn = node;
        }
        if (j >= end || (d->toks[j].flags & noflags) || !(c->cls[j] & inner) ||
            (unmentioned && c->tok_ment[j] >= 0))
            break;
        node = gaz_trie_step(tr, node, d->toks[j].vid);
    }
    return best;
}

long tag_title_ending_at(const tag_title *t, size_t n, size_t b) {
    size_t lo = 0, hi = n; /* in text order and apart: the ends are in order too */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].tend < b) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && t[lo].tend == b ? (long)lo : -1;
}

long tag_title_starting_at(const tag_ctx *c, size_t k) {
    size_t lo = 0, hi = c->ntitles; /* titles are in text order */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->titles[mid].tbeg < k) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->ntitles && c->titles[lo].tbeg == k ? (long)lo : -1;
}

/* Boilerplate phrase starting at token i: marks its tokens blocked and returns
 * its end, or 0. */
static size_t boilerplate_at(tag_ctx *c, const gaz_t *g, size_t i) {
    uint32_t node;
    const text_doc *d = &c->doc;
    size_t best = tag_trie_longest(c, &g->btrie, i, d->ntoks, W_BOILINNER, 0, 0, &node);
    /* a phrase that ends in "on" goes on to the end of its line: "Follow us
     * on X and Facebook" names no company; so does "Copyright" opening a line:
     * "Copyright 2025 The Associated Press. All rights reserved." names the
     * rights' holder, no actor of the text */
    if ((best > i + 1 && text_tok_ieq(d, &d->toks[best - 1], "on")) ||
        (best == i + 1 && (d->toks[i].flags & TOK_NL) && text_tok_ieq(d, &d->toks[i], "copyright")))
        while (best < d->ntoks && best < i + 12 && !(d->toks[best].flags & (TOK_NL | TOK_SENT)))
            best++;
    for (size_t k = i; k < best; k++) c->blocked[k] = 1;
    return best;
}

/* The longest title starting at token i, appended to c->titles: returns its
 * end, 0 when none, or (size_t)-1 when out of memory. */
static size_t title_at(tag_ctx *c, const gaz_t *g, size_t i) {
    uint32_t bestn = 0;
    size_t best = tag_trie_longest(c, &g->ttrie, i, c->doc.ntoks, W_TITLEINNER, TOK_SENT, 0,
                                   &bestn);
    if (!best) return 0;
    uint32_t ti = g->ttrie.pay[g->ttrie.pay_off[bestn]];
    /* a title before a place's noun in capitals is a word of the place's
     * name: "King County", "Queens County" ("King County Sheriff X" is no
     * royal's name "County") */
    if (best < c->doc.ntoks && (c->cls[best] & W_PLACENOUN) &&
        (c->doc.toks[best].flags & (TOK_UPPER | TOK_ALLCAPS | TOK_SPACE)) ==
            (TOK_UPPER | TOK_SPACE)) {
        c->cls[i] &= ~(uint32_t)W_TITLESTART;
        return 0;
    }
    if (g->titles[ti].intro) { /* a role noun only, in lowercase: "Nobel laureate X" */
        /* ("Singer said": the company; "a five-star Regent Hotel": a word of a
         * compound) */
        if (!(c->doc.toks[i].flags & TOK_LOWER) || !(c->doc.toks[i].flags & TOK_SPACE)) {
            c->cls[i] &= ~(uint32_t)W_TITLESTART;
            return 0;
        }
        if (ent_grow(&c->roles, &c->caproles, c->nroles + 1, sizeof(tag_title))) return (size_t)-1;
        c->roles[c->nroles++] = (tag_title){(uint32_t)i, (uint32_t)best, ti};
        return 0;
    }
    if (g->titles[ti].after_name) {
        /* "Libyan leader", "IAEA chief": the country or organization just
         * found must end here; a city there is mostly a club's name ("AC
         * Milan defender", "Madrid midfielder"), not a government */
        const tag_span *sp = c->nspans ? &c->spans[c->nspans - 1] : NULL;
        /* (or with "board" between: "Tesla board chair X") */
        int board = sp && sp->tend + 1 == i && text_tok_is(&c->doc, &c->doc.toks[i - 1], "board");
        if (!sp || (sp->tend != i && !board) || sp->kind != K_GAZ || sp->via == VIA_CAPITAL ||
            (g->ents[sp->gidx].kind != KIND_COUNTRY && g->ents[sp->gidx].kind != KIND_ORG)) {
            /* not a title then, but still a role noun before a full name
             * ("defender Franck Leboeuf", "rebel leader Doku Zavgayev") */
            if (ent_grow(&c->roles, &c->caproles, c->nroles + 1, sizeof(tag_title)))
                return (size_t)-1;
            c->roles[c->nroles++] = (tag_title){(uint32_t)i, (uint32_t)best, ti};
            return 0;
        }
    }
    if (ent_grow(&c->titles, &c->captitles, c->ntitles + 1, sizeof(tag_title))) return (size_t)-1;
    c->titles[c->ntitles++] = (tag_title){(uint32_t)i, (uint32_t)best, ti};
    return best;
}

/* Has token t an ASCII letter ("3m" has, "1987" has not)? */
static int has_letter(const text_doc *d, const text_tok *t) {
    for (uint32_t k = t->start; k < t->end; k++)
        if ((unsigned)((d->text[k] | 0x20) - 'a') < 26u) return 1;
    return 0;
}

static const char *party_letter(const text_doc *d, size_t i);

/* Does candidate cd hold for the text tokens [i, i+n)? */
static int case_ok(const gaz_t *g, tag_ctx *c, const gaz_cand *cd, size_t i, size_t n) {
    const text_tok *t = &c->doc.toks[i];
    switch (cd->casemode) {
    case CASE_ANY:
        return 1;
    case CASE_UPPER:
        /* every word in capitals, numbers aside ("G7", "3M"; not "3m") */
        for (size_t k = 0; k < n; k++)
            if ((t[k].flags & TOK_WORD) && (t[k].flags & TOK_LOWER || !(t[k].flags & TOK_ALLCAPS)) &&
                !((t[k].flags & TOK_DIGIT) && !(t[k].flags & (TOK_UPPER | TOK_LOWER)) &&
                  !has_letter(&c->doc, &t[k])))
                return 0;
        /* in an ALL CAPS line a pronoun-like acronym ("US" in "TELL US") is unsafe */
        if (n == 1 && (c->cls[i] & W_STOP) && headline(c, sent_of(c, i)) == HL_CAPS) return 0;
        (void)g;
        return 1;
    case CASE_THE: /* "the Guardian reported", not "the Times Square", "The Times of
                    * Zambia" */
        if (!(t->flags & TOK_UPPER) || i == 0 || !text_tok_ieq(&c->doc, t - 1, "the")) return 0;
        if (i + 1 < c->doc.ntoks && (t[1].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER))
            return 0;
        return !(i + 2 < c->doc.ntoks && text_tok_is(&c->doc, t + 1, "of") &&
                 (t[2].flags & TOK_UPPER));
    case CASE_TOWN: /* "Pittsburgh, Pa.", "HARRISBURG, Pa. (AP)"; and after a
                     * party's letter, "(D-Pa.)", ", R-Md." */
        if (i < 2 || (t->flags & (TOK_UPPER | TOK_ALLCAPS)) != TOK_UPPER) return 0;
        if (party_letter(&c->doc, i - 2)) return 1;
        return tok_char(&c->doc, i - 1, ',') &&
               (t[-2].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
               !(c->cls[i - 2] & W_STOP);
    default:
        for (size_t k = 0; k < n && k < 16; k++)
            if ((cd->capmask >> k & 1) && !(t[k].flags & TOK_UPPER)) return 0;
        return 1;
    }
}

/* Words that make a name a sports venue, a place ("Volgograd Arena"). */
static const char *const venue_words[] = {
    "arena", "circuit", "course", "dome", "field", "ground", "grounds", "oval", "park",
    "speedway", "stadion", "stadium", "velodrome",
};
TEXT_WORDS(venue_words_set, venue_words);

/* Words after a company's, newspaper's or exchange's name that make it a
 * stock market index's ("the Dow Jones industrial average", "the Nasdaq
 * Composite", "the Hang Seng Index"). Sorted. */
static const char *const index_words[] = {
    "average", "composite", "index", "industrials",
};
TEXT_WORDS(index_words_set, index_words);

/* Words of an amount after a number ("fined Apple 500 million euros").
 * Sorted. */
static const char *const amount_words[] = {"billion", "bln", "dollars", "euros", "million",
                                           "mln", "pounds", "trillion", "yen"};
TEXT_WORDS(amount_words_set, amount_words);

/* Months as a dateline writes them ("Nov 30", "November 30", "Sept. 3").
 * Sorted. */
static const char *const month_words[] = {
    "apr",  "april", "aug",  "august", "dec", "december", "feb", "february", "jan",
    "january", "jul", "july", "jun", "june", "mar", "march", "may", "nov",
    "november", "oct", "october", "sep", "sept", "september",
};
TEXT_WORDS(month_words_set, month_words);

/* Days of the week, one or many ("on Monday", "on Thursdays"). Sorted. */
static const char *const day_words[] = {
    "friday",   "fridays",  "monday",    "mondays",    "saturday", "saturdays", "sunday",
    "sundays",  "thursday", "thursdays", "tuesday",    "tuesdays", "wednesday", "wednesdays",
};
TEXT_WORDS(day_words_set, day_words);

/* Nouns of a settlement or an area that name one after "of" ("the town of
 * Tavildara", "the village of Mahala"). Sorted. */
static const char *const place_nouns[] = {
    "city", "district", "enclave", "hamlet", "island", "municipality", "port",
    "province", "region", "settlement", "suburb", "town", "township", "village",
};
TEXT_WORDS(place_nouns_set, place_nouns);

/* Units of a distance before a point of the compass and "of" a place ("30 km
 * (19 miles) north of Zadar"; find_distance_towns). Sorted. */
static const char *const distance_units[] = {"kilometers", "kilometres", "km", "kms", "miles"};
TEXT_WORDS(distance_units_set, distance_units);

/* Words that may follow a settlement's noun in an apposition that places a
 * town ("Dahshour, a village 40 km south of Cairo", "Kobani, a town near the
 * border", "Huwara, a town where"): prepositions, points of the compass and
 * relative words, not nouns ("a town councillor", "a city official"). */
static const char *const place_appos_after[] = {
    "about",     "along",     "around",    "bordering", "close",     "east",  "in",
    "inside",    "just",      "near",      "north",     "northeast", "northwest", "of",
    "on",        "outside",   "some",      "south",     "southeast", "southwest", "that",
    "west",      "where",     "which",     "with",      "within"};
TEXT_WORDS(place_appos_after_set, place_appos_after);

/* Nouns of an area that name one after its name, in lowercase ("Hong Kong's
 * Tai Po district", "in the Batken region"). Sorted. */
static const char *const area_nouns[] = {
    "county", "district", "governorate", "oblast", "prefecture", "province", "region",
};
TEXT_WORDS(area_nouns_set, area_nouns);

/* A body every country has one of: a head word after one or two of these
 * words ("National Assembly", "Election Commission", "High Court",
 * "National Security Council"; common_body_at). Sorted, both. */
static const char *const body_words[] = {
    "constitutional", "election", "electoral", "federal", "high", "national", "security",
    "supreme",
};
TEXT_WORDS(body_words_set, body_words);
static const char *const body_heads[] = {"assembly", "commission", "council", "court", "tribunal"};
TEXT_WORDS(body_heads_set, body_heads);
/* Nouns for a body or a firm that follow its name between "the" and the noun
 * ("the DIW economic research institute", "the Usdaw trade union", "the Tata
 * group"; find_firms_by_context). Sorted. */
static const char *const body_tails[] = {"agency",     "association", "company", "consortium",
                                         "federation", "firm",        "foundation", "group",
                                         "institute",  "union"};
TEXT_WORDS(body_tails_set, body_tails);

/* The end of a dateline's date right after its place at token e, or e with
 * none: ", Nov 30" or ", November 30" (a month capitalized, maybe with a
 * full stop, and a day), or a date in figures ("1996-08-31", a number and
 * what is glued to it). */
static size_t dateline_date_end(const text_doc *d, size_t e) {
    if (e + 3 < d->ntoks && tok_char(d, e, ',') && (d->toks[e + 1].flags & TOK_UPPER) &&
        text_words_find(&month_words_set, d, &d->toks[e + 1]) >= 0) {
        size_t k = e + 2 + tok_char(d, e + 2, '.');
        if (k < d->ntoks && (d->toks[k].flags & TOK_DIGIT) && d->toks[k].len <= 2) return k + 1;
        return e;
    }
    if (e < d->ntoks && (d->toks[e].flags & TOK_DIGIT) && (d->toks[e].flags & TOK_SPACE) &&
        !(d->toks[e].flags & TOK_NL)) {
        size_t k = e + 1;
        while (k < d->ntoks && !(d->toks[k].flags & (TOK_SPACE | TOK_NL))) k++;
        return k;
    }
    return e;
}

/* Does a stock market index's word or number follow an organization's name
 * ending before token e: "Dow Jones Industrial Average", "Nikkei average",
 * "Nasdaq Composite", "FTSE 100", "Nikkei 225", "S&P 500" (not "Boeing 737",
 * nor an amount: "fined Apple 500 million euros")? */
static int index_after(const text_doc *d, size_t e) {
    if (e >= d->ntoks) return 0;
    const text_tok *t = &d->toks[e];
    if (t->flags & TOK_DIGIT) {
        static const char *const sizes[] = {"100", "225", "250", "500", "600", "2000"};
        for (size_t k = 0; k < ENT_ARRAY_LEN(sizes); k++)
            if (text_tok_is(d, t, sizes[k]))
                return !(e + 1 < d->ntoks &&
                         text_words_find(&amount_words_set, d, &d->toks[e + 1]) >= 0);
        return 0;
    }
    if (text_tok_ieq(d, t, "industrial") || text_tok_ieq(d, t, "transportation"))
        return e + 1 < d->ntoks && text_tok_ieq(d, &d->toks[e + 1], "average");
    return text_words_find(&index_words_set, d, t) >= 0;
}

/* Nouns of nature after a company's one-word name (lowercase) or a
 * country's name that make the two a place: "the Amazon rainforest", "the
 * Amazon basin", "the Niger Delta". Sorted. */
static const char *const nature_words[] = {
    "basin", "delta", "forest", "jungle", "rainforest", "river", "valley",
};
TEXT_WORDS(nature_words_set, nature_words);

/* Capitalized words before a party's adjective that make it another party's
 * name ("the Christian Democrat leadership", "a Social Democratic member",
 * "Free Democrat"): not the party the adjective alone names. Sorted. */
static const char *const party_qualifiers[] = {
    "christian", "free", "national", "popular", "radical", "social", "united",
};
TEXT_WORDS(party_qualifiers_set, party_qualifiers);

/* Words after a company's name in "shares of X": a verb of the market, a
 * preposition or a conjunction ("shares of Novo Nordisk fell", "shares of
 * Arm Holdings in London"). Sorted. */
static const char *const share_after[] = {
    "after", "and", "at", "by", "climbed", "closed", "dipped", "dropped", "edged", "ended",
    "fell", "for", "from", "gained", "has", "have", "in", "jumped", "lost", "on", "opened",
    "plunged", "rallied", "rose", "sank", "slid", "slipped", "slumped", "soared", "surged",
    "to", "traded", "tumbled", "were", "which", "with",
};
TEXT_WORDS(share_after_set, share_after);

/* Verbs of a share price after a name and "shares" or "stock", past and
 * present (a headline's): "Boskalis shares rose 5 pct", "Niugini shares
 * surge on bid talk" (find_firms_by_context). Sorted. */
static const char *const share_moves[] = {
    "climb",   "climbed", "dip",     "dipped",   "drop",    "dropped", "ease",    "eased",
    "edge",    "edged",   "fall",    "fell",     "gain",    "gained",  "jump",    "jumped",
    "plunge",  "plunged", "rally",   "rallied",  "rebound", "rebounded", "rise",  "rose",
    "sank",    "sink",    "slid",    "slide",    "slip",    "slipped", "slump",   "slumped",
    "soar",    "soared",  "surge",   "surged",   "tumble",  "tumbled",
};
TEXT_WORDS(share_moves_set, share_moves);

/* Kinds of share, which open no company's name before "shares" (matched
 * in any case). Sorted. */
static const char *const share_kinds[] = {
    "bearer", "class", "common", "convertible", "ordinary", "preference", "preferred",
    "registered", "series", "voting",
};
TEXT_WORDS(share_kinds_set, share_kinds);

/* Nouns for a company only, which name one after them in apposition ("the
 * German carmaker Ostrava Motors", "Swedish fintech company Klarna", "the
 * French start-up Mistral AI": "up" after "start-"; "oil companies Rosneft
 * and Lukoil"; "chemicals group Rhone-Poulenc", "rock group Blur"). Sorted. */
static const char *const firm_nouns[] = {
    "airline",   "airlines",  "automaker", "bank",     "banks",     "biotech",   "bookmaker",
    "bookmakers", "brewer",
    "broker",    "brokerage", "carmaker",  "chain",    "chipmaker", "companies", "company",
    "conglomerate", "consortium", "developer", "distiller", "drugmaker", "exporter",
    "firm",      "firms",     "giant",     "giants",   "grocer",    "group",     "insurer",
    "insurers",  "lender",    "lenders",   "maker",     "makers",   "manufacturer",
    "manufacturers", "miner",
    "operator",  "producers", "refiner",   "retailer", "shipbuilder", "startup", "steelmaker",
    "supplier",  "telco",     "up",        "utility",
};
TEXT_WORDS(firm_nouns_set, firm_nouns);
/* Nouns for a company's part that another owns, before "of" and the owner
 * (tag_owned_part). Sorted. */
static const char *const owned_parts[] = {"affiliate", "arm", "division", "subsidiary", "unit"};
TEXT_WORDS(owned_parts_set, owned_parts);
/* Nouns for a body that is no company, which name one after them as
 * firm_nouns do ("media regulator Ofcom", "the think-tank Demos", "disability
 * charity Mencap", "consultancy Analysys"); "tank" only after "think", and
 * "body" and "group" after body_kinds ("lobby group Eurofer", "trade body
 * Intellect"; alone, "group" is one of firm_nouns: "the group Blur"). Sorted. */
static const char *const body_nouns[] = {"body",     "charity",   "consultancy", "group",
                                         "pollster", "regulator", "tank",        "thinktank",
                                         "watchdog"};
TEXT_WORDS(body_nouns_set, body_nouns);
static const char *const body_kinds[] = {"advocacy", "campaign", "industry", "lobby",
                                         "pressure", "rights",   "trade"};
TEXT_WORDS(body_kinds_set, body_kinds);
/* Titles before the given name ("Prince William", "Sir Keir", "Sheikh
 * Hamad"). Sorted. */
static const char *const given_titles[] = {"dame",  "king",  "prince", "princess",
                                           "queen", "sheikh", "sir"};
TEXT_WORDS(given_titles_set, given_titles);

/* Of those, the ones that name a person's trade too ("broker John Smith",
 * "property developer X"), and the makers, whose founders news names in full
 * ("American automaker Henry Ford was born"; a firm named by a full name is a
 * shop's or a partnership's: "retailer John Lewis", "accountancy firm Grant
 * Thornton"): a given name after them may open a person's name. Sorted. */
static const char *const trade_nouns[] = {
    "automaker", "brewer",       "broker",        "carmaker",  "chipmaker", "developer",
    "drugmaker", "exporter",     "maker",         "makers",    "manufacturer",
    "manufacturers", "miner",    "operator",      "producers", "shipbuilder",
    "steelmaker", "supplier"};
TEXT_WORDS(trade_nouns_set, trade_nouns);

/* Verbs of leading before "by" ("the party, led by X"). Sorted. */
static const char *const led_verbs[] = {"chaired", "founded", "headed", "led"};
TEXT_WORDS(led_verbs_set, led_verbs);
/* Nouns of what people lead ("the Japanese side will be headed by X"; not "a
 * buyout led by Forstmann Little"). Sorted. */
static const char *const led_things[] = {
    "coalition", "commission", "committee", "delegation", "government", "group", "militia",
    "mission", "movement", "panel", "party", "rebels", "side", "team"};
TEXT_WORDS(led_things_set, led_things);

/* Prefixes of ships' names, in capitals: "USS Harry S. Truman", "USS Iowa"
 * name a vessel, not a person or a place. */
static const char *const ship_prefixes[] = {"hmas", "hmcs", "hmnzs", "hms", "mv", "uss", "usns"};
TEXT_WORDS(ship_prefixes_set, ship_prefixes);
/* nouns for a ship before its name (besides "aircraft carrier") */
static const char *const ship_nouns[] = {
    "battleship", "corvette", "cruiser", "destroyer", "freighter", "frigate",
    "ship",       "submarine", "tanker", "vessel",    "warship",
};
TEXT_WORDS(ship_nouns_set, ship_nouns);

/* Words that make a demonym the name of a language: glued after it by a
 * hyphen ("French-language", "English-speaking"), a noun after it ("English
 * lessons", "the Arabic text"), or a verb before it ("speak English"). */
static const char *const lang_glued[] = {
    "dubbed", "language", "medium", "speaker", "speakers", "speaking", "subtitled",
};
TEXT_WORDS(lang_glued_set, lang_glued);
static const char *const lang_nouns[] = {
    "accent", "classes", "dialect", "dictionary", "grammar", "language", "languages", "lessons",
    "skill", "skills", "speakers", "subtitles", "teacher", "teachers", "text", "translation",
    "translations", "version",
};
TEXT_WORDS(lang_nouns_set, lang_nouns);
static const char *const lang_verbs[] = {
    "fluent", "learn", "learned", "learning", "learns", "learnt", "speak", "speaking", "speaks",
    "spoke", "spoken", "taught", "teach", "teaches", "teaching",
};
TEXT_WORDS(lang_verbs_set, lang_verbs);

/* Words that open a list of people ("with Romelu Lukaku, Yannick Carrasco"). */
static const char *const list_openers[] = {"featuring", "including", "like", "with"};
TEXT_WORDS(list_openers_set, list_openers);

/* Lowercase nouns after a town's name that say it is the town ("Chicago time",
 * "Jiangsu province-based"), not an organization named after it. */
static const char *const town_nouns[] = {
    "area", "city", "county", "district", "province", "provincial", "region", "residents",
    "state", "suburbs", "time",
};
TEXT_WORDS(town_nouns_set, town_nouns);

/* Words that make a place or a people before them the name of an event ("the
 * U.S. Open", "Hong Kong Open", "Atlanta Games", "Asian Games", "British
 * Masters", "Monaco Grand Prix", "Australia Day", "Labour Day"): the place is
 * no mention there. Sorted. */
static const char *const event_words[] = {
    "championship", "championships", "classic", "cup", "day", "games", "invitational",
    "marathon", "masters", "olympics", "open", "paralympics", "sevens", "trophy",
};
TEXT_WORDS(event_words_set, event_words);

/* Words that end a treaty's name after a place's ("the Paris Agreement", "the
 * Kyoto Protocol", "the Warsaw Pact"). Sorted. */
static const char *const treaty_words[] = {"accord",     "accords",     "agreement", "agreements",
                                           "convention", "conventions", "pact",      "protocol",
                                           "treaty"};
TEXT_WORDS(treaty_words_set, treaty_words);

/* The words of a treaty a place names in lowercase ("the Paris accord", "the
 * Minsk agreements"), and the one word of its subject that may come between
 * ("the Paris climate agreement", "the Oslo peace accords"). Sorted. No
 * "convention": "the Chicago convention" is as often a meeting there. */
static const char *const treaty_lower_words[] = {"accord", "accords", "agreement", "agreements",
                                                 "pact",   "protocol", "treaty"};
TEXT_WORDS(treaty_lower_set, treaty_lower_words);
static const char *const treaty_topic_words[] = {"arms", "ceasefire", "climate",
                                                 "nuclear", "peace", "trade"};
TEXT_WORDS(treaty_topic_set, treaty_topic_words);

/* Does a treaty named in lowercase after the place at tokens [i, e) follow it,
 * the place written after "the", a year, a month or a month's possessive
 * ("the Paris accord", "the 1976 Berne protocol", "last February's Louvre
 * pact")? Returns the token after the treaty's word, or 0. ("a Paris accord"
 * and "Paris accords great weight to" stay the place.) */
static size_t treaty_lower_after(const tag_ctx *c, size_t i, size_t e) {
    const text_doc *d = &c->doc;
    if (i == 0 || e >= d->ntoks) return 0;
    const text_tok *p = &d->toks[i - 1];
    int named = text_tok_ieq(d, p, "the") ||
                ((p->flags & TOK_DIGIT) && p->len == 4) ||
                text_words_find(&month_words_set, d, p) >= 0 ||
                (i >= 3 && is_possessive(d, i - 2) &&
                 text_words_find(&month_words_set, d, &d->toks[i - 3]) >= 0);
    if (!named) return 0;
    size_t k = e;
    if (k + 1 < d->ntoks && (d->toks[k].flags & TOK_LOWER) &&
        text_words_find(&treaty_topic_set, d, &d->toks[k]) >= 0)
        k++;
    const text_tok *t = &d->toks[k];
    if ((t->flags & (TOK_WORD | TOK_LOWER | TOK_SPACE | TOK_NL)) != (TOK_WORD | TOK_LOWER | TOK_SPACE))
        return 0;
    return text_words_find(&treaty_lower_set, d, t) >= 0 ? k + 1 : 0;
}

/* Words that end a newspaper's name ("The Jakarta Post", "the Daily Nation";
 * newspaper_at). Sorted. */
static const char *const paper_words[] = {
    "chronicle", "courier", "examiner", "gazette", "globe", "herald", "inquirer", "journal",
    "mail", "nation", "news", "observer", "post", "standard", "star", "telegraph", "times",
    "tribune"};
TEXT_WORDS(paper_words_set, paper_words);

/* Verbs by which a newspaper reports (newspaper_at). Sorted. */
static const char *const report_verbs[] = {
    "added", "carried", "cited", "claimed", "noted", "observed", "published", "quoted",
    "quotes", "ran", "reported", "reports", "revealed", "said", "says", "wrote"};
TEXT_WORDS(report_verbs_set, report_verbs);

/* Nouns of the press before a preposition and a newspaper's name ("publisher
 * of the San Jose Mercury News", "a correspondent for the Jerusalem Post",
 * "an interview with the Kathmandu Post"; newspaper_at). Sorted. */
static const char *const press_nouns[] = {
    "article", "columnist", "correspondent", "editor", "editorial", "interview", "publisher",
    "report", "reporter", "writer"};
TEXT_WORDS(press_nouns_set, press_nouns);

/* Nouns for the press, which name one after them in apposition ("US TV
 * network Fox", "the Russian daily Kommersant", "the news agency Frontier";
 * find_firms_by_context). Sorted. */
static const char *const media_nouns[] = {
    "broadcaster", "daily", "magazine", "network", "newspaper", "tabloid", "weekly"};
TEXT_WORDS(media_nouns_set, media_nouns);

/* Nouns of the press after a name (media_noun_after). Sorted. */
static const char *const media_after_nouns[] = {
    "broadcaster", "channel", "daily", "magazine", "newspaper", "radio", "tabloid", "television",
    "website", "weekly"};
TEXT_WORDS(media_after_nouns_set, media_after_nouns);

/* Prepositions between them (newspaper_at). Sorted. */
static const char *const press_preps[] = {"at", "for", "in", "of", "to", "with"};
TEXT_WORDS(press_preps_set, press_preps);

/* Words that end the name of a show, a fair or a law, after words that would
 * name an organization without them ("Consumer Electronics Show", "Digital
 * Services Act"). Sorted. */
static const char *const show_words[] = {"act", "expo", "exhibition", "fair", "festival", "show"};
TEXT_WORDS(show_words_set, show_words);

/* Is there a rate quoted as a range at token k: a number with its decimal
 * point, then "/" or "-" and more digits, all glued ("1.8210/20",
 * "112.85-87")? */
static int rate_range_at(const text_doc *d, size_t k) {
    int point = 0;
    for (size_t q = k + 1; q < k + 5 && q + 1 < d->ntoks && !(d->toks[q].flags & TOK_SPACE); q++) {
        if (tok_char(d, q, '.')) point = 1;
        else if (point && (tok_char(d, q, '/') || tok_char(d, q, '-')))
            return (d->toks[q + 1].flags & (TOK_DIGIT | TOK_SPACE)) == TOK_DIGIT;
    }
    return 0;
}

/* Capitalized words after a sea's one word that keep it the sea: "Pacific
 * Coast", "Pacific Northwest", "Atlantic Seaboard". Sorted. */
static const char *const sea_tails[] = {"basin", "coast", "island", "islands", "northwest",
                                        "region", "rim", "seaboard"};
TEXT_WORDS(sea_tails_set, sea_tails);

/* Words after "Labour" that make it the noun, no party ("Labour unrest",
 * "Labour Force Survey", "Labor Day"). Sorted. */
static const char *const labour_nouns[] = {
    "code",   "costs",  "day",     "discipline", "dispute",  "disputes", "force",
    "law",    "laws",   "market",  "mobility",   "productivity", "relations", "shortage",
    "shortages", "supply", "unrest",
};
TEXT_WORDS(labour_nouns_set, labour_nouns);

/* Words that end the name of a law, a tax, a programme, a security, a
 * survey, a base or an aircraft's call sign after words that would name an
 * organization without them ("Foreign Exchange Administration Law", "Advance
 * Corporation Tax", "Conservation Reserve Program", "Canada Savings Bonds",
 * "Labour Force Survey", "Little Rock Air Force Base", "aboard Air Force
 * One"). Sorted. */
static const char *const thing_words[] = {"base",      "bonds",     "law",     "notes", "one",
                                          "program",   "programme", "station", "survey",
                                          "tax"};
TEXT_WORDS(thing_words_set, thing_words);

/* Words that end the name of a facility or a place, not of a person, after a
 * given name ("Al Udeid Air Base", "Queen Alia Airport", "Leicester Square",
 * "Second Thomas Shoal", "Prince Edward Island"); rarely surnames, unlike
 * "Hall", "Tower", "Park" or "Bridge" ("Wayne Bridge"). Sorted. */
static const char *const facility_words[] = {
    "airbase", "airfield", "airport", "arena", "atoll", "avenue", "barracks", "base",
    "boulevard", "canal", "cathedral", "checkpoint", "corridor", "crossing", "dam", "desert",
    "gallery", "glacier", "gulf", "highway", "hospital", "island", "islands", "mosque",
    "peninsula", "pipeline", "plateau", "plaza", "prison", "reef", "refinery", "shoal", "square",
    "stadium", "station", "strait", "straits", "terminal", "valley", "volcano",
};
TEXT_WORDS(facility_words_set, facility_words);

/* Words of a facility's kind before its word ("air base", "international
 * airport", "naval station"). Sorted. */
static const char *const facility_kinds[] = {
    "air", "army", "border", "international", "military", "naval", "nuclear", "oil", "refugee"};
TEXT_WORDS(facility_kinds_set, facility_kinds);

/* Words of natural geography that make a place's name before them, capitalized,
 * another place's ("Scarborough Shoal", "the Mississippi Valley"; not "Island":
 * "Hong Kong Island" is in Hong Kong; nature_words are a country's, in either
 * case). Sorted. */
static const char *const nature_features[] = {
    "atoll", "desert", "glacier", "peninsula", "plateau", "reef", "shoal", "strait", "straits",
    "valley", "volcano",
};
TEXT_WORDS(nature_features_set, nature_features);

/* Lowercase nouns of a country's divisions and settlements: after words a
 * given name starts they make them a place ("Hong Kong's Tai Po district",
 * "Kwun Tong estate"), not a person. Sorted. */
static const char *const division_words[] = {
    "county", "district", "estate", "governorate", "municipality", "prefecture", "province",
    "suburb", "township", "village",
};
TEXT_WORDS(division_words_set, division_words);

/* Is token k a capitalized word after a space that goes on a name: no stop
 * word, title or word in capitals? (False past the text's end.) */
static int next_name_word(const tag_ctx *c, size_t k) {
    if (k >= c->doc.ntoks) return 0;
    const text_tok *t = &c->doc.toks[k];
    return (t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SPACE | TOK_NL)) ==
               (TOK_WORD | TOK_UPPER | TOK_SPACE) &&
           !(c->cls[k] & (W_STOP | W_TITLESTART));
}

/* Words of things named after a person ("Trump Tower", "Trump Organization"),
 * which a headline in Title Case cannot tell from a verb. Sorted. */
static const char *const named_after[] = {"building", "foundation", "golf",   "hotel",
                                          "hotels",   "organization", "plaza", "tower",
                                          "towers",   "university"};
TEXT_WORDS(named_after_set, named_after);

/* Verbs in the past that only people take, after a name (life_verb_at):
 * a company neither resigns nor testifies. */
static const char *const person_verbs[] = {
    "resigned", "pleaded", "testified", "apologized", "apologised", "confessed",
};
TEXT_WORDS(person_verbs_set, person_verbs);

/* ... and participles after "was" (life_verb_at): "X Y was arrested". */
static const char *const person_passives[] = {
    "arrested", "sentenced", "jailed", "imprisoned", "executed", "kidnapped", "abducted",
    "assassinated", "murdered", "wounded", "hospitalized", "hospitalised",
};
TEXT_WORDS(person_passives_set, person_passives);

/* Who works for a company named after "at" or "with" ("an analyst at
 * Gartmore", "economists with Nomura"). Sorted. */
static const char *const employee_nouns[] = {
    "analyst",    "analysts",  "consultant", "director",    "economist",   "economists",
    "fellow",     "lecturer",  "partner",    "professor",   "researcher",  "researchers",
    "scientist",  "scientists", "strategist", "strategists", "trader",      "traders",
};
TEXT_WORDS(employee_nouns_set, employee_nouns);

/* Verbs of buying a company (company_buys_at). Sorted. */
static const char *const buy_verbs[] = {"acquire", "acquired", "acquires", "acquiring",
                                        "bought",  "buy",      "buying",   "buys"};
TEXT_WORDS(buy_verbs_set, buy_verbs);

/* Nouns of a company's staff that a firm's name before them and a person's
 * after them make his employer ("Zorbex spokesman Gus Melonas said", "KAL
 * attorney George Tompkins"; staff_employer). Sorted. */
static const char *const staff_nouns[] = {"attorney",  "economist",   "employee",
                                          "executive", "lawyer",      "spokesman",
                                          "spokesperson", "spokeswoman"};
TEXT_WORDS(staff_nouns_set, staff_nouns);
/* The heads of an office after an organization's one word in apposition to
 * a person ("Leonard Friedman, Wurlitzer chairman,"; staff_employer).
 * Sorted. */
static const char *const appos_heads[] = {"chairman", "director", "founder", "president",
                                          "spokesman", "spokesperson", "spokeswoman",
                                          "treasurer"};
TEXT_WORDS(appos_heads_set, appos_heads);

/* Does the one-word name at token i stand alone: no capitalized name word
 * or initial right before it (but a title: "President Putin"), none right
 * after it, and no hyphen joining it to one ("Petro-Canada")? A known
 * person's surname that does not is another person's ("Constantine
 * Mitsotakis", "K.C. Maurer") or part of another name ("Trump Tower"). */
static int lone_surname(const tag_ctx *c, size_t i, int title_case) {
    const text_doc *d = &c->doc;
    /* (in a headline in Title Case every word has a capital: there only a
     * given name before, or a word of organizations' names after, joins it
     * to another name: "Zelensky To Meet Trump At White House"; with
     * title_case 2, in a line of capitalized words only that headline() does
     * not call one, only a relation's verb next to it is no name's word:
     * "Trump Meets Putin In Alaska"; and a word across a paragraph break, a
     * headline's, is never one: "... In Alaska\n\nTrump Meets Putin") */
    if (after_cap_word(d, i) && !(d->toks[i].flags & TOK_PARA) &&
        !(c->cls[i - 1] & (W_STOP | W_TITLESTART | W_TITLEINNER)) &&
        (!title_case || (title_case == 2 && !(c->cls[i - 1] & W_TRIGSTART)) ||
         (c->cls[i - 1] & W_FIRSTNAME)))
        return 0;
    if (i >= 2 && initial_at(c, i - 2, i)) return 0; /* "K.C. Maurer" */
    if (i + 1 < d->ntoks) {
        const text_tok *n = &d->toks[i + 1];
        if ((n->flags & (TOK_WORD | TOK_UPPER | TOK_PARA)) == (TOK_WORD | TOK_UPPER) &&
            !(c->cls[i + 1] & W_STOP) &&
            (!title_case || (title_case == 2 && !(c->cls[i + 1] & W_TRIGSTART)) ||
             (c->cls[i + 1] & (W_ORGSUFFIX | W_ORGHEAD)) ||
             text_words_find(&facility_words_set, d, n) >= 0 ||
             text_words_find(&named_after_set, d, n) >= 0))
            return 0;
        if (tok_glue(d, i + 1) && !is_possessive(d, i + 1) && (d->toks[i + 2].flags & TOK_UPPER))
            return 0;
    }
    return 1;
}

/* lone_surname's title_case for a surname at token i: 1 in a headline in
 * Title Case, 2 next to a relation's verb in a line of capitalized words only
 * (tag_title_case), else 0. */
static int surname_case(tag_ctx *c, size_t i) {
    uint32_t s = sent_of(c, i);
    if (headline(c, s) == HL_TITLE) return 1;
    int verb = (i + 1 < c->doc.ntoks && (c->cls[i + 1] & W_TRIGSTART)) ||
               (i > 0 && (c->cls[i - 1] & W_TRIGSTART));
    return verb && tag_title_case(c, s) ? 2 : 0;
}

/* Is token i a roman numeral in capitals ("XI", "IV")? */
static int roman_caps(const text_doc *d, size_t i) {
    return roman_of(d, i, "IVXLCDM");
}

/* The end of a person's name that ends before token e, past a regnal or
 * generational number after it ("Leopold III", "Louis XIV", "John Paul II",
 * "T. Boone Pickens III"): two to five of the letters I, V and X in capitals,
 * after a space, that no capitalized word follows (not "Henry VIII
 * Foundation"). "I" alone is left out: the pronoun, an initial ("Alex I."). */
static uint32_t regnal_end(const tag_ctx *c, uint32_t e) {
    const text_doc *d = &c->doc;
    /* (and the period of a generation's abbreviation, part of the name:
     * "Lawrence Kane Jr.," then its apposition or "of") */
    if (e > 0 && e < d->ntoks && tok_char(d, e, '.') && !(d->toks[e].flags & TOK_SPACE) &&
        (text_tok_is(d, &d->toks[e - 1], "Jr") || text_tok_is(d, &d->toks[e - 1], "Sr")))
        return e + 1;
    if (e >= d->ntoks || !regnal_word(d, e)) return e;
    if (e + 1 < d->ntoks && (d->toks[e + 1].flags & TOK_UPPER) &&
        (d->toks[e + 1].flags & TOK_SPACE))
        return e;
    return e + 1;
}

/* Given names that with a number name products and sequels more often than
 * kings ("Mark IV tanks", "Mac II", "Rocky II"). */
static const char *const regnal_not[] = {"mac", "mark", "rocky"};
TEXT_WORDS(regnal_not_set, regnal_not);

/* Verbs in the past not in "-ed" that a company does ("Meta bought",
 * "Apple won"). Sorted. */
static const char *const irregular_pasts[] = {"began", "bought", "built", "cut",  "lost",
                                              "made",  "paid",   "sold",  "sought", "took",
                                              "won",   "wrote"};
TEXT_WORDS(irregular_pasts_set, irregular_pasts);

/* Verbs in the present a company's name goes before ("Japan's Rapidus
 * plans"; a plural noun ends in "-s" as often: "Iran's Silkworm missiles").
 * Sorted. */
static const char *const firm_present_verbs[] = {
    "aims", "announces", "expects", "has", "hopes", "is", "makes", "owns", "plans",
    "reports", "says", "seeks", "wants", "will"};
TEXT_WORDS(firm_present_verbs_set, firm_present_verbs);

/* Words around a town's name that make it a club's in a text about team
 * sports (town_clubs): after it, what a club does or has ("Leeds beat
 * Southampton", "Liverpool drew", "a Liverpool player", "Chelsea's manager");
 * before it, what is done to one ("beat Leeds", "against Chelsea", "host
 * Portsmouth", "a win over Olympiakos"). */
static const char *const club_after[] = {
    "beat", "beats", "boss", "captain", "chairman", "coach", "defeated", "defender", "drew",
    "edged", "face", "faced", "faces", "fans", "flanker", "forward", "goalkeeper", "hooker",
    "host", "hosted", "hosts", "keeper", "lead", "lost", "manager", "midfielder", "played",
    "player", "players", "president", "prop", "sack", "sacked", "scrum", "side", "sign",
    "signed", "signs", "skipper", "squad", "star", "striker", "supporters", "team", "thrashed",
    "trail", "trailed", "winger", "won", "youngster"
};
TEXT_WORDS(club_after_set, club_after);
static const char *const club_before[] = {
    "against", "beat",  "beating", "champions", "defeated", "edged", "face",   "faced",
    "faces",   "hammered", "host",  "hosts",    "join",     "joined", "joins", "meet",
    "meets",   "play",  "plays",   "rivals",    "routed",   "thrashed", "versus", "vs"};
TEXT_WORDS(club_before_set, club_before);

/* A club's staff and players by their role, in lowercase, before a name
 * ("Chelsea manager Enzo Maresca"). Sorted. */
static const char *const club_staff[] = {
    "batsman",   "boss",       "bowler",     "captain",   "catcher",   "coach",
    "defenceman", "defender",  "defenseman", "flanker",   "forward",   "fullback",
    "goalkeeper", "goaltender", "hooker",    "keeper",    "linebacker", "lock",
    "manager",   "midfielder", "netminder",  "paceman",   "pitcher",   "playmaker",
    "prop",      "quarterback", "skipper",   "spinner",   "striker",   "wicketkeeper",
    "wing",      "winger",
};
TEXT_WORDS(club_staff_set, club_staff);

static int org_ends_at(const tag_ctx *c, const gaz_t *g, size_t p);

/* A monarch's or pope's name: a given name and a regnal number ("Henry VIII",
 * "Louis XIV"). Returns 0 or ENT_ENOMEM. */
static int regnal_name_at(tag_ctx *c, const gaz_t *g, size_t i, uint32_t s,
                          const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    if ((c->cls[i] & (W_FIRSTNAME | W_STOP | W_NOTFIRST)) != W_FIRSTNAME || gazstop[i] ||
        (d->toks[i].flags & TOK_ALLCAPS) || c->blocked[i] || i + 1 >= d->sents[s].tend ||
        regnal_end(c, (uint32_t)i + 1) == i + 1 ||
        text_words_find(&regnal_not_set, d, &d->toks[i]) >= 0 || headline(c, s) != HL_NO)
        return 0;
    /* (an organization's is a product or a mission: "NASA's Artemis II") */
    if (i >= 3 && is_possessive(d, i - 2) && org_ends_at(c, g, i - 2)) return 0;
    return push_span(c, (uint32_t)i, (uint32_t)i + 1, -1, VIA_FIRSTNAME, K_FIRST, 'P');
}

/* A nun known by "Mother" and her religious name at capitalized word i ("Mother
 * Teresa", "Mother Angelica"): "Mother" capitalized inside a sentence or
 * opening it, a given name after it and no capitalized word after that ("Mother
 * Nature", "Mother Russia", "Mother Jones" are none: no given name there). The
 * span holds both words, the name she goes by. Returns 0 or ENT_ENOMEM. */
static int mother_name_at(tag_ctx *c, size_t i, uint32_t s, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    size_t k = i + 1;
    if (k >= d->sents[s].tend || !text_tok_is(d, &d->toks[i], "Mother") ||
        (c->cls[k] & (W_FIRSTNAME | W_STOP)) != W_FIRSTNAME || gazstop[k] || c->blocked[k] ||
        (d->toks[k].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SPACE)) !=
            (TOK_WORD | TOK_UPPER | TOK_SPACE) ||
        headline(c, s) == HL_CAPS)
        return 0;
    if (k + 1 < d->ntoks && (d->toks[k + 1].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
        (d->toks[k + 1].flags & TOK_SPACE))
        return 0;
    return push_span(c, (uint32_t)i, (uint32_t)k + 1, -1, VIA_TITLE, K_FIRST, 'P');
}

/* The end of an event's word(s) at token k ("Open", "Games", "Grand Prix"),
 * capitalized after a space on the same line, or 0. */
static size_t event_after(const tag_ctx *c, size_t k) {
    const text_doc *d = &c->doc;
    if (k >= d->ntoks) return 0;
    const text_tok *t = &d->toks[k];
    if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_SPACE | TOK_NL)) != (TOK_WORD | TOK_UPPER | TOK_SPACE))
        return 0;
    if (text_words_find(&event_words_set, d, t) >= 0) return k + 1;
    if (k + 1 < d->ntoks && text_tok_ieq(d, t, "grand") && text_tok_ieq(d, &d->toks[k + 1], "prix"))
        return k + 2;
    return 0;
}

/* Is the punctuation or end of sentence at token k, or "and"/"or" and a
 * capitalized word before one ("in Arabic and Russian.")? */
static int ends_phrase(const tag_ctx *c, size_t k) {
    const text_doc *d = &c->doc;
    if (k >= d->ntoks || (d->toks[k].flags & TOK_SENT)) return 1;
    const text_tok *t = &d->toks[k];
    if (!(t->flags & TOK_WORD))
        return tok_char(d, k, ',') || tok_char(d, k, '.') || tok_char(d, k, ';') ||
               tok_char(d, k, ':') || tok_char(d, k, ')') || tok_char(d, k, '?') ||
               tok_char(d, k, '!');
    if ((t->flags & TOK_LOWER) && (text_tok_is(d, t, "and") || text_tok_is(d, t, "or")) &&
        k + 1 < d->ntoks && (d->toks[k + 1].flags & TOK_UPPER) && d->toks[k + 1].len >= 3)
        return k + 2 >= d->ntoks || (d->toks[k + 2].flags & TOK_SENT) ||
               (tok_char(d, k + 2, ',') || tok_char(d, k + 2, ';') || tok_char(d, k + 2, ')'));
    return 0;
}

/* Sports whose name may stand between a place and an event's word ("the
 * Dubai Tennis Championships"). Sorted. */
static const char *const sport_names[] = {"athletics", "badminton", "chess",  "cycling",
                                          "darts",     "football",  "golf",   "hockey",
                                          "rugby",     "snooker",   "squash", "tennis"};
TEXT_WORDS(sport_names_set, sport_names);

/* Prepositions after "in" and a language ("sang in French at the gala").
 * Sorted. */
static const char *const lang_after[] = {"at", "during", "for", "from", "on", "to", "with"};
TEXT_WORDS(lang_after_set, lang_after);

/* Does the demonym at tokens [i, e) name a language ("speak English",
 * "French-language", "English lessons", "written in Arabic.")? */
static int language_use(const tag_ctx *c, size_t i, size_t e) {
    const text_doc *d = &c->doc;
    if (e + 1 < d->ntoks && tok_glue(d, e) && text_words_find(&lang_glued_set, d, &d->toks[e + 1]) >= 0)
        return 1;
    if (e < d->ntoks && (d->toks[e].flags & TOK_LOWER) && (d->toks[e].flags & TOK_SPACE) &&
        text_words_find(&lang_nouns_set, d, &d->toks[e]) >= 0)
        return 1;
    if (i == 0 || !(d->toks[i - 1].flags & TOK_LOWER)) return 0;
    if (text_words_find(&lang_verbs_set, d, &d->toks[i - 1]) >= 0) return 1;
    if (!text_tok_is(d, &d->toks[i - 1], "in") && !text_tok_is(d, &d->toks[i - 1], "into"))
        return 0;
    /* (before the end of a phrase or a preposition: "performed in Swedish for
     * the first time", "spoke in Russian to reporters") */
    return ends_phrase(c, e) ||
           (e < d->ntoks && (d->toks[e].flags & TOK_LOWER) &&
            text_words_find(&lang_after_set, d, &d->toks[e]) >= 0);
}

static int is_said(const text_doc *d, size_t i);
static int past_tense(const text_doc *d, size_t i);

/* Does a place of the gazetteer (a country, or a region or state; no demonym) of
 * one to four tokens ("Texas", "New Mexico", "Tex.", "N.H.") start at token k, before
 * punctuation that is no possessive, or with lower_ok a lowercase word (not
 * "Italy's national airline", "Texas Eastern"; "Rosneft, Russia is" only with
 * lower_ok)? Sets *ent (may be NULL) to it. */
static int place_starts_at(const tag_ctx *c, const gaz_t *g, size_t k, int lower_ok,
                           int32_t *ent) {
    const text_doc *d = &c->doc;
    const gaz_trie *tr = &g->etrie;
    if (k >= d->ntoks || !(d->toks[k].flags & TOK_UPPER)) return 0;
    uint32_t node = gaz_trie_step(tr, 0, d->toks[k].vid);
    for (size_t j = k + 1; node; j++) {
        for (uint32_t p = tr->pay_off[node]; p < tr->pay_off[node + 1]; p++) {
            const gaz_cand *cd = &g->cands[p];
            const gaz_entity *e = &g->ents[cd->ent];
            if (cd->via != VIA_DEMONYM &&
                (e->kind == KIND_COUNTRY || (e->kind == KIND_LOCATION && !e->town))) {
                if (ent) *ent = (int32_t)cd->ent;
                /* (an abbreviation's full stop may end the sentence or the
                 * line too: "He moved to Paris, Tex. He liked it.") */
                return j >= d->ntoks || (!(d->toks[j].flags & TOK_WORD) && !is_possessive(d, j)) ||
                       (lower_ok && (d->toks[j].flags & TOK_LOWER)) ||
                       (tok_char(d, j - 1, '.') && (d->toks[j].flags & (TOK_SENT | TOK_NL)));
            }
        }
        if (j >= d->ntoks || j > k + 3) break;
        node = gaz_trie_step(tr, node, d->toks[j].vid);
    }
    return 0;
}

/* Is token i a U.S. lawmaker's party letter, "R" or "D" between "(" or ","
 * and a hyphen glued to the state ("Sen. Ted Cruz, R-Texas,", "Rep. John
 * Dingell (D-Mich.)")? The party's members' word, "Republican" or "Democrat",
 * or NULL. */
static const char *party_letter(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    if (t->len != 1 || i == 0 || i + 2 >= d->ntoks ||
        !(tok_char(d, i - 1, '(') || tok_char(d, i - 1, ',')))
        return NULL;
    char letter = d->text[t->start];
    const char *word = letter == 'R' ? "Republican" : letter == 'D' ? "Democrat" : NULL;
    if (!word || !tok_char(d, i + 1, '-') || (d->toks[i + 1].flags & TOK_SPACE) ||
        (d->toks[i + 2].flags & (TOK_UPPER | TOK_SPACE)) != TOK_UPPER)
        return NULL;
    return word;
}

/* A party letter (party_letter): a mention of the party whose members the
 * gazetteer calls "Republican" or "Democrat" (a demonym of a party). Returns
 * 0 or ENT_ENOMEM. */
static int party_letter_at(tag_ctx *c, const gaz_t *g, size_t i) {
    const char *word = party_letter(&c->doc, i);
    if (!word) return 0;
    uint32_t out[8];
    size_t n = gaz_find_name(g, word, strlen(word), out, 8);
    for (size_t k = 0; k < n && k < 8; k++) {
        const gaz_entity *e = &g->ents[out[k]];
        if (e->kind == KIND_ORG && e->sub == SUB_PARTY)
            return push_span(c, (uint32_t)i, (uint32_t)i + 1, (int32_t)out[k], VIA_DEMONYM,
                             K_GAZ, 0);
    }
    return 0;
}

static int32_t us_state_named(const gaz_t *g, const text_doc *d, size_t b, size_t e);

/* The U.S. state that country entity ce, named at one-word token k, is
 * named as too ("Georgia"), or -1. */
static int32_t us_state_country(const gaz_t *g, const text_doc *d, size_t k, int32_t ce) {
    return ce >= 0 && g->ents[ce].kind == KIND_COUNTRY ? us_state_named(g, d, k, k + 1) : -1;
}

/* Does a list of places go on at token j: "and", "or", or a comma and a
 * capitalized word ("New York, Chicago, Washington and Los Angeles")? */
static int list_goes_on(const text_doc *d, size_t j) {
    return j < d->ntoks && (text_tok_is(d, &d->toks[j], "and") ||
                            text_tok_is(d, &d->toks[j], "or") ||
                            (tok_char(d, j, ',') && j + 1 < d->ntoks &&
                             (d->toks[j + 1].flags & TOK_UPPER)));
}

/* Is the word at token k a country's capital by itself ("Athens")? */
static int capital_word(const gaz_t *g, const text_doc *d, size_t k) {
    const text_tok *t = &d->toks[k];
    if (t->vid < 0 || !(t->flags & TOK_UPPER) || (k > 0 && (d->toks[k - 1].flags & TOK_UPPER)))
        return 0;
    uint32_t n = g->etrie.root[t->vid];
    for (uint32_t p = n ? g->etrie.pay_off[n] : 0; n && p < g->etrie.pay_off[n + 1]; p++)
        if (g->cands[p].via == VIA_CAPITAL) return 1;
    return 0;
}

/* The state or region that the country name or capital at one-word token i
 * stands for after a town of another country and a comma ("Atlanta, Georgia",
 * "Seattle, Washington"): a LOCATION of kind "state" in the town's country whose
 * name is the word, maybe with a note ("Georgia (U.S. state)"); or -1. */
static int32_t state_after_town(const tag_ctx *c, const gaz_t *g, const gaz_cand *cd, size_t i) {
    const text_doc *d = &c->doc;
    if (i < 2 || !tok_char(d, i - 1, ',')) return -1;
    /* (after a capital of another country that gazetteer_at left unmatched
     * before a country named as a U.S. state is: "Athens, Georgia") */
    if ((!c->nspans || c->spans[c->nspans - 1].tend != i - 1) && capital_word(g, d, i - 2) &&
        !list_goes_on(d, i + 1))
        return us_state_country(g, d, i, (int32_t)cd->ent);
    if (!c->nspans) return -1;
    const tag_span *sp = &c->spans[c->nspans - 1];
    if (sp->kind != K_GAZ || sp->tend != i - 1 || !g->ents[sp->gidx].town) return -1;
    /* not in a list of towns: "New York, Chicago, Washington and Los Angeles",
     * "Philadelphia, Washington, Miami" */
    if ((sp->tbeg > 0 && tok_char(d, sp->tbeg - 1, ',')) || list_goes_on(d, i + 1)) return -1;
    const char *cc = gaz_attr_get(&g->ents[sp->gidx], "country");
    const gaz_entity *ce = &g->ents[cd->ent];
    if (!cc || ce->kind != KIND_COUNTRY || (cd->via != VIA_CAPITAL && !strcmp(cc, ce->id)))
        return -1;
    const text_tok *t = &d->toks[i];
    uint32_t out[64];
    size_t n = gaz_prefix(g, d->text + t->start, t->len, 0, out, 64);
    for (size_t k = 0; k < n; k++) {
        const gaz_entity *e = &g->ents[out[k]];
        const char *ec = gaz_attr_get(e, "country");
        size_t nl = strlen(e->name);
        if (e->kind == KIND_LOCATION && e->sub == SUB_STATE && ec && !strcmp(ec, cc) &&
            nl >= t->len && !strncasecmp(e->name, d->text + t->start, t->len) &&
            (nl == t->len || e->name[t->len] == ' '))
            return (int32_t)out[k];
    }
    return -1;
}

/* The country entity e stands for or belongs to (its id, or the "country"
 * attribute), or NULL. */
static const char *entity_country(const gaz_entity *e) {
    return e->kind == KIND_COUNTRY ? e->id : gaz_attr_get(e, "country");
}

/* Is entity e, found at token i, a government body or a party of another
 * country than the one named right before it ("Italy's Treasury", "the
 * British Treasury": the gazetteer's "Treasury" is the U.S. Treasury; "the
 * English Democrats" are no U.S. Democrats), or of a country where the
 * place named right before it is in none ("Africa CDC": the gazetteer's CDC is
 * the U.S. one)? */
static int other_country_before(const tag_ctx *c, const gaz_t *g, const gaz_entity *e, size_t i) {
    if (e->kind != KIND_ORG) return 0;
    /* (the longest name ending there, maybe before a possessive: "New
     * Jersey", not the "Jersey" in it) */
    const tag_span *sp = gaz_span_ending_at(c, c->nspans, i);
    if (!sp && i >= 2 && is_possessive(&c->doc, i - 2)) sp = gaz_span_ending_at(c, c->nspans, i - 2);
    if (!sp) return 0;
    const gaz_entity *pe = &g->ents[sp->gidx];
    if (pe->kind != KIND_COUNTRY && pe->kind != KIND_LOCATION) return 0;
    const char *cc = gaz_attr_get(e, "country"), *pc = entity_country(pe);
    /* (a party only where the place's country is known: "New Jersey
     * Democrat") */
    if (e->sub == SUB_PARTY) return cc && pc && strcmp(cc, pc) != 0;
    return cc && (e->sub == SUB_GOVERNMENT || e->sub == SUB_MILITARY) &&
           (!pc || strcmp(cc, pc) != 0);
}

/* The first place in s where the n bytes w occur, case aside, or NULL. */
static const char *strcasestr_n(const char *s, const char *w, size_t n) {
    for (; *s; s++)
        if (!strncasecmp(s, w, n)) return s;
    return NULL;
}

/* Is token i, case aside, a whole word of name? */
static int name_word_of(const char *name, const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    for (const char *p = name; (p = strcasestr_n(p, d->text + t->start, t->len)) != NULL; p++)
        if ((p == name || p[-1] == ' ') && (p[t->len] == '\0' || p[t->len] == ' ')) return 1;
    return 0;
}

/* Is the match of tokens [i, end) a dateline's place in capitals opening the
 * text ("BUENOS AIRES (Reuters) -", "KYIV, Nov 29")? */
static int dateline_match(const text_doc *d, size_t i, size_t end) {
    return i == 0 && (d->toks[0].flags & TOK_ALLCAPS) && end < d->ntoks &&
           (tok_char(d, end, ',') || tok_char(d, end, '(') || text_is_dash(d, end));
}

/* Is token i - 1 a capitalized word that no list knows (no vocabulary id,
 * no span), inside a sentence and right before token i: the name of an
 * owner we do not know ("NSW Treasury")? */
static int unknown_owner_before(const tag_ctx *c, size_t i) {
    const text_tok *p = &c->doc.toks[i - 1];
    return (p->flags & (TOK_WORD | TOK_UPPER | TOK_SENT | TOK_DIGIT)) == (TOK_WORD | TOK_UPPER) &&
           p->vid < 0 && (c->doc.toks[i].flags & TOK_SPACE) && !c->blocked[i - 1] &&
           !span_ends_at(c, i);
}

/* The country of entity gidx, matched by tokens [i, end), when it is a government
 * body named by one ordinary word that is the head of its name, which other
 * countries' bodies share ("Congress", "Treasury" of "U.S. Treasury
 * Department"; not a short form of its own, "Fed"); else NULL. */
static const char *body_word_country(const tag_ctx *c, const gaz_t *g, int32_t gidx, size_t i,
                                     size_t end) {
    if (end != i + 1 || !(c->cls[i] & W_COMMON)) return NULL; /* (most spans: no entity read) */
    const gaz_entity *e = &g->ents[gidx];
    if (e->kind != KIND_ORG || e->sub != SUB_GOVERNMENT) return NULL;
    const char *cc = gaz_attr_get(e, "country");
    return cc && name_word_of(e->name, &c->doc, i) ? cc : NULL;
}

/* A government body named by one ordinary word ("the Treasury") in a text that
 * names other countries and nothing of the body's own is another country's
 * ("Treasury Minister Giovanni Goria" in a text about Italy): the match stays
 * silent (K_MUTE). Runs after the scan, on its matches. */
static void foreign_bodies(tag_ctx *c, const gaz_t *g) {
    /* the country of a dateline in capitals opening the text ("BUENOS AIRES
     * (Reuters) -"): a body of another country named by one word there is
     * that country's ("his hand in Congress" is Argentina's) */
    const char *dc = NULL;
    const text_doc *d = &c->doc;
    for (size_t q = 0; q < c->nspans && !dc && c->spans[q].tbeg == 0; q++) {
        const tag_span *o = &c->spans[q];
        if (o->kind == K_GAZ && o->gidx >= 0 && dateline_match(d, 0, o->tend))
            dc = entity_country(&g->ents[o->gidx]);
    }
    for (size_t k = 0; k < c->nspans; k++) {
        tag_span *sp = &c->spans[k];
        if (sp->kind != K_GAZ) continue;
        const char *cc = body_word_country(c, g, sp->gidx, sp->tbeg, sp->tend);
        if (!cc) continue;
        int own = 0, other = 0;
        for (size_t q = 0; q < c->nspans && !own; q++) {
            const tag_span *o = &c->spans[q];
            if (o->gidx < 0 || o->gidx == sp->gidx || (o->kind != K_GAZ && o->kind != K_MUTE))
                continue;
            const char *oc = entity_country(&g->ents[o->gidx]);
            if (!oc) continue;
            if (!strcmp(oc, cc)) own = 1;
            else if (g->ents[o->gidx].kind == KIND_COUNTRY) other = 1;
        }
        if (!((other && !own) || (dc && strcmp(dc, cc)))) continue;
        /* (the word opening a longer name of another body the text gives is
         * that body's short form: "the opposition Congress party ... Congress
         * leader Rahul Gandhi" is India's) */
        sp->kind = K_MUTE;
        for (size_t q = 0; q < c->nspans; q++) {
            const tag_span *o = &c->spans[q];
            if (o->kind == K_GAZ && o->gidx >= 0 && o->gidx != sp->gidx && o->tend > o->tbeg + 1 &&
                g->ents[o->gidx].kind == KIND_ORG &&
                d->toks[o->tbeg].key == d->toks[sp->tbeg].key &&
                d->toks[o->tbeg].len == d->toks[sp->tbeg].len) {
                sp->gidx = o->gidx, sp->via = VIA_COREF, sp->kind = K_GAZ;
                break;
            }
        }
    }
}

/* The first candidate of trie node node, a match of tokens i .. i + n, that
 * is no local name and whose case fits, or NULL (the tie-break order; local
 * names come last). */
static inline const gaz_cand *regular_cand(tag_ctx *c, const gaz_t *g, uint32_t node, size_t i,
                                           size_t n) {
    const gaz_trie *tr = &g->etrie;
    for (uint32_t p = tr->pay_off[node]; p < tr->pay_off[node + 1]; p++) {
        const gaz_cand *cd = &g->cands[p];
        if (cd->local) break;
        if (case_ok(g, c, cd, i, n)) return cd;
    }
    return NULL;
}

/* How often c->countries names the country of entry k, when k is its first
 * entry; 0 when it comes again (counted at its first). */
static size_t times_named_from(const tag_ctx *c, size_t k) {
    const char *id = c->countries[k].id;
    size_t n = 0, q;
    for (q = 0; q < k && strcmp(c->countries[q].id, id); q++) {}
    if (q < k) return 0;
    for (q = k; q < c->ncountries; q++) n += !strcmp(c->countries[q].id, id);
    return n;
}

/* Is e a news medium (kind "media": "Reuters", "The Straits Times")? */
int tag_media_entity(const gaz_entity *e) {
    const char *kind = gaz_attr_get(e, "kind");
    return kind && !strcmp(kind, "media");
}

/* The id of the country the text names most (the first named of those
 * named as often), or "" for none; also lists in c->countries the countries
 * named and where. A country is named by its name, demonym or capital, or by
 * a person, organization or place of that country (attribute country:
 * "Nakasone", "the Labour Party", "Osaka"), but not by a name that is some
 * entity's local name too, nor by a news agency credited in brackets
 * ("(AP)"). Computed on first use: a walk of the entity trie from each
 * candidate token, longest match first. */
static int named_as_is(const tag_ctx *c, const char *cid);

static const char *text_country(tag_ctx *c, const gaz_t *g) {
    if (c->main_country) return c->main_country;
    const text_doc *d = &c->doc;
    const gaz_trie *tr = &g->etrie;
    size_t next = 0;
    struct former_capital {
        uint32_t tok;
        const char *now, *former; /* ("country:RU", "country:SUHH" for "Moscow") */
    } defer[16];
    size_t ndefer = 0;
    const char *dateline = NULL; /* the dateline's country */
    c->ncountries = 0;
    for (size_t ci = 0; ci < c->ncand && c->ncountries < ENT_ARRAY_LEN(c->countries); ci++) {
        size_t i = c->cand[ci];
        if (i < next || !(c->cls[i] & W_ENTSTART)) continue;
        uint32_t node = tr->root[d->toks[i].vid];
        size_t j = i, best = 0;
        const gaz_cand *bestc = NULL;
        uint32_t bestn = 0;
        while (node) {
            j++;
            const gaz_cand *cd = regular_cand(c, g, node, i, j - i);
            if (cd) best = j, bestc = cd, bestn = node;
            if (j >= d->ntoks || !(c->cls[j] & W_ENTINNER)) break;
            node = gaz_trie_step(tr, node, d->toks[j].vid);
        }
        if (!bestc) continue;
        next = best;
        /* a name that is also a local name says nothing ("Democratic
         * Party", "Georgia"); but a capital a former country shared names
         * the country that holds it now where the text does not name the
         * former one as it was ("Moscow" is Russia's, but in a story about
         * the Soviet Union: local_cand): decided below, once the other
         * names are known */
        if (g->cands[tr->pay_off[bestn + 1] - 1].local) {
            const gaz_cand *lc = &g->cands[tr->pay_off[bestn + 1] - 1];
            if (g->ents[lc->ent].kind == KIND_COUNTRY && ndefer < ENT_ARRAY_LEN(defer) &&
                g->ents[bestc->ent].kind == KIND_COUNTRY)
                defer[ndefer++] = (struct former_capital){(uint32_t)i, g->ents[bestc->ent].id,
                                                          g->ents[lc->ent].id};
            continue;
        }
        const gaz_entity *e = &g->ents[bestc->ent];
        const char *id = entity_country(e);
        /* (the agency credited in brackets says nothing of what the text is
         * about: the dateline's "(AP)" names no U.S. story; nor, under
         * another country's dateline, does a body every country has, named
         * by its ordinary word: "BRASILIA - ... Congress would vote") */
        if (!id || (e->kind == KIND_ORG && i > 0 && tok_char(d, i - 1, '(') &&
                    best < d->ntoks && tok_char(d, best, ')') && tag_media_entity(e)) ||
            (dateline && strcmp(dateline, id) &&
             body_word_country(c, g, (int32_t)bestc->ent, i, best)))
            continue;
        if (dateline_match(d, i, best)) dateline = id;
        c->countries[c->ncountries].id = id;
        c->countries[c->ncountries++].tok = (uint32_t)i;
    }
    /* (each deferred capital names today's country unless the text names
     * the former one as it was; in text order among the others) */
    for (size_t q = 0; q < ndefer && c->ncountries < ENT_ARRAY_LEN(c->countries); q++) {
        if (named_as_is(c, defer[q].former)) continue;
        size_t at = c->ncountries;
        while (at > 0 && c->countries[at - 1].tok > defer[q].tok) {
            c->countries[at] = c->countries[at - 1];
            at--;
        }
        c->countries[at].id = defer[q].now;
        c->countries[at].tok = defer[q].tok;
        c->ncountries++;
    }
    const char *top = "";
    size_t topn = 0;
    for (size_t k = 0; k < c->ncountries; k++) { /* in the order first named */
        size_t n = times_named_from(c, k);
        if (n > topn) topn = n, top = c->countries[k].id;
    }
    return c->main_country = top;
}

const char *tag_dominant_country(tag_ctx *c, const gaz_t *g) {
    const char *top = text_country(c, g);
    if (!*top) return NULL;
    size_t n = 0, second = 0;
    for (size_t k = 0; k < c->ncountries; k++) {
        if (!strcmp(c->countries[k].id, top)) {
            n++;
            continue;
        }
        size_t m = times_named_from(c, k);
        if (m > second) second = m;
    }
    return n >= 3 && n >= 2 * second ? top : NULL;
}

/* Is the country whose id is cid named in the text (anywhere, or in the
 * sentence of token i with sent set)? */
static int country_named(const tag_ctx *c, const char *cid, size_t i, int sent) {
    const text_sent *st = &c->doc.sents[sent_of(c, i)];
    for (size_t k = 0; k < c->ncountries; k++)
        if ((!sent || (c->countries[k].tok >= st->tbeg && c->countries[k].tok < st->tend)) &&
            !strcmp(c->countries[k].id, cid))
            return 1;
    return 0;
}

/* How far from token i the sentence of i names country cid: tokens to the
 * nearest mention before i, or after it plus the sentence's length (a name
 * before qualifies: "the British Conservative government ... against
 * Japan"); SIZE_MAX when it does not. */
static size_t country_distance(const tag_ctx *c, const char *cid, size_t i) {
    const text_sent *st = &c->doc.sents[sent_of(c, i)];
    size_t best = SIZE_MAX;
    for (size_t k = 0; k < c->ncountries; k++) {
        size_t t = c->countries[k].tok;
        if (t < st->tbeg || t >= st->tend || strcmp(c->countries[k].id, cid) != 0) continue;
        size_t dist = t < i ? i - t : t - i + (st->tend - st->tbeg);
        if (dist < best) best = dist;
    }
    return best;
}

/* Nouns of a state's end before "of" ("the collapse of the Soviet Union",
 * "the break-up of Yugoslavia"). Sorted. */
static const char *const state_ends[] = {"breakup", "collapse", "demise", "disintegration",
                                         "dissolution", "end", "fall", "up"};
TEXT_WORDS(state_ends_set, state_ends);

/* Does the text name the country whose id is cid other than as a former one
 * ("the former Soviet Union", "ex-Yugoslavia", "the former Soviet republic of
 * Georgia", "since the break-up of the Soviet Union" name a state of the past
 * in a text of later years)? */
static int named_as_is(const tag_ctx *c, const char *cid) {
    const text_doc *d = &c->doc;
    for (size_t k = 0; k < c->ncountries; k++) {
        size_t t = c->countries[k].tok;
        if (strcmp(c->countries[k].id, cid)) continue;
        if (t == 0) return 1;
        size_t p = t >= 2 && tok_char(d, t - 1, '-') ? t - 2 : t - 1; /* ("ex-Soviet") */
        if (text_tok_ieq(d, &d->toks[p], "former") || text_tok_ieq(d, &d->toks[p], "ex")) continue;
        if (p >= 1 && text_tok_is(d, &d->toks[p], "the")) p--;
        if (p >= 1 && text_tok_is(d, &d->toks[p], "of") &&
            text_words_find(&state_ends_set, d, &d->toks[p - 1]) >= 0)
            continue;
        return 1;
    }
    return 0;
}

/* The local name of node_cand's node, from payload entry p on, that the text
 * takes over reg (which may be NULL), or reg: see node_cand. */
static __attribute__((noinline)) const gaz_cand *local_cand(tag_ctx *c, const gaz_t *g,
                                                            uint32_t p, uint32_t z, size_t i,
                                                            size_t n, const gaz_cand *reg) {
    const char *top = text_country(c, g);
    if (!*top) return reg;
    const gaz_entity *re = reg ? &g->ents[reg->ent] : NULL;
    const char *rc = re ? entity_country(re) : NULL;
    int reg_sent = rc && country_named(c, rc, i, 1), reg_text = rc && country_named(c, rc, i, 0);
    while (p < z && !g->cands[p].local) p++;
    /* the sentence's country first, the one named nearest before it, then
     * the text's: "Vietnam's Communist Party" in a story about China */
    const gaz_cand *text_cd = NULL, *sent_cd = NULL;
    size_t sent_dist = SIZE_MAX;
    for (; p < z; p++) {
        const gaz_cand *cd = &g->cands[p];
        const gaz_entity *le = &g->ents[cd->ent];
        const char *lc = entity_country(le);
        /* (a country's own local name, its capital shared with the country
         * that holds it now, is its own wherever the text names it, other
         * than as a former one, and never the other: "Moscow" in a story
         * about the Soviet Union, not after "the former Soviet republics") */
        int own = le->kind == KIND_COUNTRY;
        if (!lc || (rc && !strcmp(lc, rc)) || !case_ok(g, c, cd, i, n) ||
            (own && !named_as_is(c, lc)))
            continue;
        size_t dist = reg_sent ? SIZE_MAX : country_distance(c, lc, i);
        if (dist < sent_dist) sent_dist = dist, sent_cd = cd;
        if (!text_cd && !reg_text && (own || !strcmp(lc, top))) text_cd = cd;
    }
    return sent_cd ? sent_cd : text_cd ? text_cd : reg;
}

/* The candidate of trie node node, a match of tokens i .. i + n, that the text
 * takes: the first in the tie-break order whose case fits. A local name
 * (attribute local) is its entity's where the sentence names the entity's
 * country and not the country of the entity the name otherwise means (a
 * country's own, for a country's name: "Georgia") ("South Korea's ruling
 * Democratic Party" in a U.S. story); or where the text names that country
 * most and never the other one ("the Liberal Democratic Party" in a story
 * about Japan). NULL when none. (Inline: the local names are the rare case.) */
static inline const gaz_cand *node_cand(tag_ctx *c, const gaz_t *g, uint32_t node, size_t i,
                                        size_t n) {
    const gaz_trie *tr = &g->etrie;
    uint32_t a = tr->pay_off[node], z = tr->pay_off[node + 1];
    const gaz_cand *reg = regular_cand(c, g, node, i, n);
    if (a == z || !g->cands[z - 1].local) return reg; /* (local names come last) */
    return local_cand(c, g, a, z, i, n, reg);
}

/* Is token k a capitalized word after a space, of three letters or more, of
 * none of the word classes out, and with no capitalized word after it? */
static int lone_name_word(const tag_ctx *c, size_t k, uint32_t out) {
    const text_doc *d = &c->doc;
    if (k + 1 >= d->ntoks) return 0;
    const text_tok *t = &d->toks[k], *n = &d->toks[k + 1];
    return (t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SPACE | TOK_DIGIT)) ==
               (TOK_WORD | TOK_UPPER | TOK_SPACE) &&
           t->len >= 3 && !(c->cls[k] & out) &&
           !((n->flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) && (n->flags & TOK_SPACE));
}

/* Word classes of no surname after a given name: stop words, words of
 * titles, of organizations and of names found. */
#define W_NOT_SURNAME \
    (W_STOP | W_ENTSTART | W_ORGSUFFIX | W_ORGHEAD | W_NOTLAST | W_TITLESTART | W_PARTICLE)

/* Is gazetteer entity e a place whose one-word name, a given name too
 * (W_FIRSTNAME), opens a person's name only before a surname (known_surname
 * in gazetteer_at: "Chad Johnson", "Virginia Woolf", "Milan Kundera"; not
 * "Milan Chamber"): a country, or a place but a county, whose name opens one
 * before any name word ("Kent Conrad", "Devon White")? */
static int given_name_place(const gaz_entity *e) {
    return e->kind == KIND_COUNTRY || (e->kind == KIND_LOCATION && e->sub != SUB_COUNTY);
}

/* Is gazetteer entity e such a place that is a town (given_name_place), whose
 * span, where no person takes the name, blocks names as a country's does
 * (gaz_nonperson_starts)? */
static int given_name_town(const gaz_entity *e) {
    return e->kind == KIND_LOCATION && e->town && given_name_place(e);
}

/* Is token k a capitalized word that can be a surname and nothing else: no
 * ordinary word, no word of names, titles or organizations, and no
 * capitalized word after it ("Pickford", not "Valley", "Radio", "Kuwait",
 * "Ahmed Hassan")? */
static int surname_word(const tag_ctx *c, size_t k) {
    return lone_name_word(c, k, W_NOT_SURNAME | W_COMMON | W_FIRSTNAME);
}

/* Is token k a capitalized word that is a surname, whatever else it may be:
 * a known person's last word (W_SURNAME: "Smith", "Johnson", "Henderson",
 * which also open firms' and towns' names), but no word of titles, of
 * organizations' heads or tails, of places' nouns, nor one that ends no
 * person's name; with no capitalized word after it? Or a word that can be
 * a surname and nothing else (surname_word). */
static int known_surname(const tag_ctx *c, size_t k) {
    return ((c->cls[k] & W_SURNAME) &&
            lone_name_word(c, k,
                           W_STOP | W_ORGSUFFIX | W_ORGHEAD | W_NOTLAST | W_TITLESTART |
                               W_PARTICLE | W_PLACENOUN | W_COMMON)) ||
           surname_word(c, k);
}

/* Is token k a capitalized word that a given name before it makes a surname,
 * though it may be an ordinary word too ("Slater")? */
static int given_name_before(const tag_ctx *c, size_t k) {
    return lone_name_word(c, k, W_NOT_SURNAME);
}

/* Does a U.S. state's office start at token k: "Governor", "Gov.", "Attorney
 * General", "Lieutenant Governor", "Comptroller", "Senator"? */
static int state_office_at(const text_doc *d, size_t k) {
    static const char *const offices[] = {"Attorney", "Comptroller", "Gov", "Governor",
                                          "Lieutenant", "Lt", "Sen", "Senator"};
    /* (in lowercase too: "New York attorney general Eliot Spitzer") */
    for (size_t n = 0; n < ENT_ARRAY_LEN(offices); n++)
        if (text_tok_ieq(d, &d->toks[k], offices[n]))
            return n != 0 || (k + 1 < d->ntoks && text_tok_ieq(d, &d->toks[k + 1], "General"));
    return 0;
}

/* Is token k a word of a state's office or a lawmaker's seat ("Gov.",
 * "Senator", "Rep.", "congressman"), also in the plural before the first of
 * a list ("Democratic Sens. Patrick Moynihan of New York and ...")? */
static int seat_word(const text_doc *d, size_t k) {
    static const char *const seats[] = {"Congressman", "Congresswoman", "Congressmen", "Govs",
                                        "Governors",   "Rep",           "Representative",
                                        "Representatives", "Reps", "Senators", "Sens"};
    if (state_office_at(d, k)) return 1;
    for (size_t n = 0; n < ENT_ARRAY_LEN(seats); n++)
        if (text_tok_ieq(d, &d->toks[k], seats[n])) return 1;
    return 0;
}

int tag_party_member_word(const text_doc *d, size_t k) {
    return text_tok_is(d, &d->toks[k], "Democrat") || text_tok_is(d, &d->toks[k], "Republican");
}

/* Do "of" or "from" at token i - 1 follow a state's officer, a lawmaker or a
 * party's member, maybe with his name of up to four capitalized words or
 * initials between ("Gov. Mario Cuomo of", "Senator Patty Murray of", "a
 * congressman from", "Democrat Booth Gardner of")? */
static int seat_holder_before(const text_doc *d, size_t i) {
    if (i < 2 || (!text_tok_is(d, &d->toks[i - 1], "of") && !text_tok_is(d, &d->toks[i - 1], "from")))
        return 0;
    for (size_t k = i - 2, words = 0;; k--, words++) {
        if (seat_word(d, k) || (k + 2 < i && tag_party_member_word(d, k))) return 1;
        if (k == 0 || words == 5 ||
            !((d->toks[k].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) ||
              (tok_char(d, k, '.') && !(d->toks[k].flags & TOK_SPACE))))
            return 0;
    }
}

/* Do the words around the name at tokens [i, best) of a city or a capital
 * that shares its name with a U.S. state say the state is meant: a state's
 * office or a party's member after it ("New York Attorney General Letitia
 * James", "Washington Governor Bob Ferguson", "Chuck Schumer, a New York
 * Democrat,"), a word for a part of a state before it, which a city is not
 * divided into ("lives in upstate New York", "western Washington"), or "of"
 * or "from" after such an officer or a lawmaker ("Gov. Mario Cuomo of New
 * York", "Sen. Patty Murray of Washington", "a former congressman from New
 * York")? */
static int state_meant_at(const text_doc *d, size_t i, size_t best) {
    return (best < d->ntoks && best - i <= 2 && (d->toks[best].flags & TOK_WORD) &&
            (state_office_at(d, best) || tag_party_member_word(d, best))) ||
           (i > 0 && tag_state_part_word(d, i - 1)) || seat_holder_before(d, i);
}

/* The gazetteer index of the U.S. state whose id the words [b, e) spell
 * ("loc:us-new-york" for "New York"), or -1. */
static int32_t us_state_named(const gaz_t *g, const text_doc *d, size_t b, size_t e) {
    char id[64] = "loc:us-";
    size_t o = strlen(id);
    for (size_t k = b; k < e; k++) {
        const text_tok *t = &d->toks[k];
        if (!(t->flags & TOK_WORD) || o + t->len + 2 >= sizeof(id)) return -1;
        if (k > b) id[o++] = '-';
        for (uint32_t q = t->start; q < t->end; q++)
            id[o++] = (char)text_lower[(unsigned char)d->text[q]];
    }
    id[o] = 0;
    int32_t st = gaz_find_id(g, id);
    return st >= 0 && g->ents[st].sub == SUB_STATE ? st : -1;
}


/* Is token k a prefix written with a hyphen before a name ("Mid-Atlantic",
 * "Non-North Sea", "Trans-Alaska", "Pan-African", "Anti-Japanese")? */
static int hyphen_prefix(const text_doc *d, size_t k) {
    static const char *const prefixes[] = {"Anti", "Euro", "Mid", "Non", "Pan", "Post", "Pre",
                                           "Pro", "Sub", "Trans", "Ultra"};
    for (size_t q = 0; q < ENT_ARRAY_LEN(prefixes); q++)
        if (text_tok_is(d, &d->toks[k], prefixes[q])) return 1;
    return 0;
}

/* Words that end a town's name after a known place's ("Dearborn Heights",
 * "Palm Beach Gardens", "Jersey City") or an organization's word ("Sauk
 * Center"), before a comma and a state (find_towns). Sorted. */
static const char *const town_tails[] = {
    "beach", "center", "centre", "city",  "falls",    "gardens", "grove",  "heights",
    "hills", "junction", "lake", "park", "springs", "township", "valley", "village"};
TEXT_WORDS(town_tails_set, town_tails);

/* Capitalized words before a place's or a country's name that are its own
 * part, a side or an epoch of it, not the start of a longer name ("West
 * Texas", "Mainland China", "Nazi Germany", "County Durham", "Team USA"), or
 * that open an office of that country ("Deputy U.S. Trade Representative";
 * place_in_name). Sorted. */
static const char *const place_qualifiers[] = {
    "acting",   "ancient",  "assistant", "associate", "black",  "central",  "chief",
    "coastal",  "communist", "county",  "deputy",   "downtown",
    "east",     "eastern",  "el",       "former",   "fort",     "free",      "greater", "imperial",
    "inner",    "la",       "lake",     "las",      "le",        "los",     "lower",
    "mainland", "medieval", "metro",    "mid",      "modern",    "moslem",  "mount",
    "muslim",   "nazi",     "new",      "north",    "northeast", "northeastern", "northern",
    "northwest", "northwestern", "occupied", "old", "outer", "port", "red", "rural",
    "saint",    "san",      "santa",    "senior",   "south",    "southeast", "southeastern",
    "southern", "southwest", "southwestern", "soviet", "special", "st", "suburban", "team",
    "upper",    "vice",     "west",
    "western",  "white",
};
TEXT_WORDS(place_qualifiers_set, place_qualifiers);

/* Is the place's or country's name at token i the end of a longer name that
 * a capitalized word nobody knows opens inside a sentence: a bank's, a
 * company's unit's, a broadcaster's, a show's ("Chase Manhattan Bank",
 * "Security Pacific's", "Air Atlanta", "Bell Canada", "BBC Radio Wales",
 * "Hotel Rwanda")? Not after a name found, a stop word, the first word of a
 * title, a word that makes the place's part or epoch or opens its office
 * (place_qualifiers: "West Texas", "Nazi Germany", "Deputy U.S. Trade
 * Representative") or an adjective's ending ("Alaskan", "Islamic",
 * "Nationalist", "Colonial"), nor in a headline ("Toyota Lifts Japan
 * Output"). */
static int place_in_name(tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    if (i < 2 || (d->toks[i].flags & (TOK_SENT | TOK_NL)) || !(d->toks[i].flags & TOK_SPACE))
        return 0;
    size_t p = i - 1;
    const text_tok *t = &d->toks[p];
    if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SENT | TOK_DIGIT)) !=
            (TOK_WORD | TOK_UPPER) ||
        t->len < 3 || (c->cls[p] & (W_STOP | W_TITLESTART)) ||
        span_ends_at(c, i) ||
        text_words_find(&place_qualifiers_set, d, t) >= 0 ||
        text_words_find(&event_words_set, d, t) >= 0) /* ("the World Cup Wales' talk") */
        return 0;
    /* (the word before opens no sentence, line or bracket) */
    if (tok_char(d, p - 1, '"') || tok_char(d, p - 1, '(') || tok_char(d, p - 1, ':') ||
        (t->flags & TOK_NL))
        return 0;
    static const char *const ends[] = {"an", "ic", "ist", "al", "ese", "ish", "ern", "ed"};
    if (tok_ends_in(d, p, ends, ENT_ARRAY_LEN(ends), 2)) return 0;
    return headline(c, sent_of(c, i)) == HL_NO;
}

/* A company's legal form ("Co", "Inc", "Ltd"), which names no company alone. */
static const char *const legal_forms[] = {"ag", "bhd", "co", "company", "corp", "corporation",
                                           "cos", "inc", "incorporated", "llc", "llp", "ltd",
                                           "limited", "nv", "plc", "sa", "spa"};
TEXT_WORDS(legal_forms_set, legal_forms);

/* Words that, after a person's name and before a legal form, make a firm
 * named after its founder, who is still a person of the text ("Philip Crosby
 * Associates Inc", "Hal Roach Studios Inc"). Sorted. */
static const char *const founder_firm_words[] = {"associates", "brothers", "bros",
                                                 "foundation", "organization", "partners",
                                                 "productions", "sons", "studios"};
TEXT_WORDS(founder_firm_words_set, founder_firm_words);

/* Words after a bare home's comma that go on the person's clause ("Tom
 * Defelice of Warwick, who won", "Darryl Breniser of Blue Ball, said").
 * Sorted. */
static const char *const home_clause_words[] = {"had", "has", "is", "said", "says",
                                                "told", "was", "who", "whose"};
TEXT_WORDS(home_clause_words_set, home_clause_words);

/* Verbs of living before "in" and a town ("who lives in Rock Hill":
 * find_aged_towns). Sorted. */
static const char *const living_verbs[] = {"live", "lived", "lives", "living", "resided",
                                           "resides"};
TEXT_WORDS(living_verbs_set, living_verbs);

/* Titles in the plural, before the names of the several who hold them
 * ("Presidents Biden and Xi", "Prime Ministers Modi and Sharif"), which open
 * no name. Sorted. */
static const char *const plural_titles[] = {
    "chancellors", "generals", "governors", "kings",    "leaders",   "mayors",
    "ministers",   "premiers", "presidents", "senators", "secretaries"};
TEXT_WORDS(plural_titles_set, plural_titles);

/* Nouns of a work named right after them ("the film Napoleon Dynamite",
 * "his song Jesus Walks", "the album Genius Loves Company"); not the ones
 * that are as often verbs before a person ("play", "show", "hit", "book").
 * Sorted. */
static const char *const work_nouns[] = {"album",   "comedy",  "documentary", "drama",
                                         "film",    "movie",   "musical",     "novel",
                                         "opera",   "series",  "single",      "sitcom",
                                         "song",    "soundtrack", "thriller"};
TEXT_WORDS(work_nouns_set, work_nouns);

/* Bit n for each legal form of n bytes (all are shorter than 32), set by
 * tag_words_init: a token of another length is none, without the lookup
 * (organization_at asks of most words of an organization's name). */
static uint32_t legal_form_lens;

static int legal_form(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return t->len < 32 && (legal_form_lens >> t->len & 1) &&
           text_words_find(&legal_forms_set, d, t) >= 0;
}

/* Is entity ent the one a gazetteer match names right before the bracket at
 * token b, maybe with its legal form or "'s" between ("General Electric Co
 * <GE>")? */
static int company_before_ticker(const tag_ctx *c, const gaz_t *g, uint32_t ent, size_t b) {
    const text_doc *d = &c->doc;
    /* (a name before the bracket, else the bracket holds the name: "France's
     * <SNECMA>") */
    size_t p = b >= 2 && is_possessive(d, b - 2) ? b - 2 : b;
    if (p == 0 || (d->toks[p - 1].flags & (TOK_WORD | TOK_UPPER)) != (TOK_WORD | TOK_UPPER))
        return 1;
    const tag_span *o = c->nspans ? &c->spans[c->nspans - 1] : NULL;
    if (p < b && o && o->tend == p && o->kind == K_GAZ && o->gidx >= 0 &&
        g->ents[o->gidx].kind == KIND_COUNTRY)
        return 1;
    for (size_t q = c->nspans; q > 0; q--) {
        const tag_span *sp = &c->spans[q - 1];
        if (sp->tend > b) continue;
        if (sp->tend + 5 < b) break;
        if (sp->kind == K_GAZ || sp->kind == K_MUTE) return sp->gidx == (int32_t)ent;
    }
    return 0;
}

/* A map of words of the text, by their tokens' keys and lengths, to a token
 * index: open addressing over a power of two of slots, key 0 for an empty
 * one, in the text's arena. The sets below are built once per text, and the
 * names' words as the walk over the capitalized words goes on: their callers
 * ask for many words, and a walk over the text or its names each would make
 * a long text cost its square. */
struct tag_keyset {
    uint64_t *slot;
    uint32_t *val; /* the least index put with the key */
    size_t mask, n;
    size_t seen; /* (word_of_name_before: the spans put so far) */
};

/* The word of token t as a map's key, never 0. (A key is a hash of the word:
 * two words may share one, as rarely as 64-bit hashes collide.) */
static uint64_t keyset_key(const text_tok *t) {
    return text_mix64(t->key ^ (uint64_t)t->len << 56) | 1;
}

/* Room for cap keys (a power of two) in ks; 0 or ENT_ENOMEM. */
static int keyset_alloc(tag_ctx *c, struct tag_keyset *ks, size_t cap) {
    ks->slot = arena_alloc(c->arena, cap * sizeof(uint64_t));
    ks->val = ks->slot ? arena_alloc(c->arena, cap * sizeof(uint32_t)) : NULL;
    if (!ks->val) return ENT_ENOMEM;
    memset(ks->slot, 0, cap * sizeof(uint64_t));
    ks->mask = cap - 1, ks->n = 0;
    return 0;
}

/* The slot of key k in ks: its own, or the empty one where it would go. */
static size_t keyset_slot(const struct tag_keyset *ks, uint64_t k) {
    size_t j = k & ks->mask;
    while (ks->slot[j] && ks->slot[j] != k) j = (j + 1) & ks->mask;
    return j;
}

/* Put key k with index v in ks, keeping the least index; 0 or ENT_ENOMEM. */
static int keyset_put(tag_ctx *c, struct tag_keyset *ks, uint64_t k, uint32_t v) {
    if (2 * (ks->n + 1) > ks->mask + 1) { /* (half full at most: grow) */
        struct tag_keyset old = *ks;
        if (keyset_alloc(c, ks, 2 * (old.mask + 1))) return ENT_ENOMEM;
        for (size_t j = 0; j <= old.mask; j++)
            if (old.slot[j]) {
                size_t q = keyset_slot(ks, old.slot[j]);
                ks->slot[q] = old.slot[j], ks->val[q] = old.val[j], ks->n++;
            }
    }
    size_t j = keyset_slot(ks, k);
    if (!ks->slot[j]) ks->slot[j] = k, ks->val[j] = v, ks->n++;
    else if (v < ks->val[j]) ks->val[j] = v;
    return 0;
}

/* The least index put with the word of token t in ks, or UINT32_MAX. */
static uint32_t keyset_get(const struct tag_keyset *ks, const text_tok *t) {
    size_t j = keyset_slot(ks, keyset_key(t));
    return ks->slot[j] ? ks->val[j] : UINT32_MAX;
}

/* The set of the words of the tokens q of c's text for which in(c, q) holds,
 * in c's arena, or NULL when out of memory. */
static struct tag_keyset *keyset_build(tag_ctx *c, int (*in)(const tag_ctx *, size_t)) {
    const text_doc *d = &c->doc;
    struct tag_keyset *ks = arena_alloc(c->arena, sizeof(*ks));
    if (!ks || keyset_alloc(c, ks, 16)) return NULL;
    for (size_t q = 1; q + 1 < d->ntoks; q++)
        if (in(c, q) && keyset_put(c, ks, keyset_key(&d->toks[q]), (uint32_t)q)) return NULL;
    return ks;
}

/* Has the gazetteer matched entity ent before in this text (a span found so
 * far)? The entities of the spans are put in a set as the scan goes on, on
 * the first call: a walk over the spans for each call would make a long
 * text cost its square, and a mark at every span costs every text. */
static int gaz_named_before(tag_ctx *c, int32_t ent) {
    struct tag_keyset *ks = c->gaz_seen;
    if (!ks) {
        if (!(ks = arena_alloc(c->arena, sizeof(*ks))) || keyset_alloc(c, ks, 64)) return 0;
        ks->seen = 0, c->gaz_seen = ks;
    }
    for (; ks->seen < c->nspans; ks->seen++)
        if (c->spans[ks->seen].kind == K_GAZ &&
            keyset_put(c, ks, text_mix64((uint64_t)c->spans[ks->seen].gidx) | 1, 0))
            return 0;
    size_t j = keyset_slot(ks, text_mix64((uint64_t)ent) | 1);
    return ks->slot[j] != 0;
}

/* Does a company's description between commas start at token k, after the
 * name's comma: up to five words ending in a noun of firm_nouns before a
 * comma ("Alphabet, Google's parent company, said", "Apple, the iPhone
 * maker,")? */
static int firm_described_at(const text_doc *d, size_t k) {
    for (size_t j = k; j < k + 5 && j + 1 < d->ntoks; j++) {
        if (tok_char(d, j, ',') || tok_char(d, j, '.') || (d->toks[j].flags & TOK_SENT)) return 0;
        if ((d->toks[j].flags & TOK_LOWER) &&
            text_words_find(&firm_nouns_set, d, &d->toks[j]) >= 0 && tok_char(d, j + 1, ','))
            return 1;
    }
    return 0;
}

/* The longest gazetteer alias starting at token i whose case policy holds,
 * pushed as a span. */
static inline __attribute__((always_inline)) int gazetteer_at(tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    const gaz_trie *tr = &g->etrie;
    uint32_t node = tr->root[d->toks[i].vid];
    size_t j = i, best = 0;
    const gaz_cand *bestc = NULL;
    while (node) {
        j++;
        const gaz_cand *cd = node_cand(c, g, node, i, j - i);
        if (cd) best = j, bestc = cd;
        if (j >= d->ntoks || c->blocked[j] || !(c->cls[j] & W_ENTINNER)) break;
        node = gaz_trie_step(tr, node, d->toks[j].vid);
    }
    if (!bestc) return 0;
    /* A place's name glued by a hyphen to a capitalized word nobody knows
     * before it is part of a longer name ("Seine-Saint-Denis" is no
     * Saint-Denis, "Specialty Steels-Europe" a unit; not "London-New York",
     * two places) */
    if (g->ents[bestc->ent].kind == KIND_LOCATION && bestc->via != VIA_DEMONYM && i >= 2 &&
        tok_char(d, i - 1, '-') && !(d->toks[i - 1].flags & TOK_SPACE) &&
        !(d->toks[i].flags & TOK_SPACE) &&
        (d->toks[i - 2].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) == (TOK_WORD | TOK_UPPER) &&
        d->toks[i - 2].len >= 3 && /* (not a party's letter: "Sen. Leahy (D-Vt.)") */
        !hyphen_prefix(d, i - 2) && !span_ends_at(c, i - 1))
        return 0;
    /* A name glued to a lowercase particle after a capitalized word is a
     * family name, the person rules' ("Abdul Malik al-Houthi" is no
     * Houthis; "Abdul-Malik al-Houthi") */
    if (bestc->via != VIA_DEMONYM && i >= 3 && tok_char(d, i - 1, '-') &&
        !(d->toks[i - 1].flags & TOK_SPACE) && !(d->toks[i].flags & TOK_SPACE) &&
        (c->cls[i - 2] & W_PARTICLE) && (d->toks[i - 2].flags & TOK_LOWER) &&
        (d->toks[i - 3].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) == (TOK_WORD | TOK_UPPER) &&
        !(d->toks[i - 3].flags & TOK_SENT) && (c->cls[i - 3] & W_FIRSTNAME))
        return 0;
    /* A place's or a country's name after a capitalized word nobody knows
     * ends a longer name ("Chase Manhattan Bank", "Bell Canada"): muted, so
     * that no part of it is a place ("Public Service New Mexico") nor a
     * person ("Vigers Hong Kong") */
    if ((g->ents[bestc->ent].kind == KIND_LOCATION || g->ents[bestc->ent].kind == KIND_COUNTRY) &&
        bestc->via != VIA_DEMONYM && place_in_name(c, i) &&
        /* (not inside a person's name: "Todd Van Poppel", "Nico Van
         * Kerckhoven") */
        !((c->cls[i] & W_PARTICLE) ||
          ((c->cls[i - 1] & W_FIRSTNAME) && best < d->ntoks &&
           (d->toks[best].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER))))
        return push_span(c, (uint32_t)i, (uint32_t)best, (int32_t)bestc->ent, bestc->via, K_MUTE,
                         0);
    /* A party whose name is one word, after a capitalized word nobody
     * knows, ends a longer name, as a place's does ("the Financial
     * Economists Roundtable" is no Hong Kong party Roundtable) */
    if (best == i + 1 && g->ents[bestc->ent].sub == SUB_PARTY && bestc->via == VIA_NAME &&
        place_in_name(c, i))
        return push_span(c, (uint32_t)i, (uint32_t)best, (int32_t)bestc->ent, bestc->via, K_MUTE,
                         0);
    /* A sea's one word before a capitalized word other than one of a
     * coast's or a region's is part of a longer name: a company's ("Pacific
     * Gas", "Pacific Western Airlines", "Atlantic Research"), an exchange's
     * ("Pacific Stock Exchange"), a time zone's; muted ("Pacific Coast",
     * "Pacific Northwest", "Pacific Rim" stay the ocean) */
    if (best == i + 1 && best < d->ntoks &&
        (d->toks[best].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SPACE | TOK_NL)) ==
            (TOK_WORD | TOK_UPPER | TOK_SPACE) &&
        g->ents[bestc->ent].kind == KIND_LOCATION && g->ents[bestc->ent].sub == SUB_SEA &&
        text_words_find(&sea_tails_set, d, &d->toks[best]) < 0)
        return push_span(c, (uint32_t)i, (uint32_t)best, (int32_t)bestc->ent, bestc->via, K_MUTE,
                         0);
    /* A body's acronym before a legal form is a company's of those letters:
     * "BBC AG Brown Boveri und Cie" is no broadcaster, "ABC Ltd" no
     * network */
    if (best == i + 1 && best < d->ntoks && (d->toks[i].flags & TOK_ALLCAPS) &&
        (d->toks[best].flags & TOK_UPPER) && g->ents[bestc->ent].kind == KIND_ORG &&
        !g->ents[bestc->ent].company && legal_form(d, best) &&
        !(best + 1 < d->ntoks && tok_glue(d, best + 1)))
        return 0;
    /* "Labour" before a word of the economy's labour is the noun, no party:
     * "Labour unrest has worsened", "the Household Labour Force Survey",
     * "Labor Day" */
    if (best == i + 1 && best < d->ntoks && g->ents[bestc->ent].sub == SUB_PARTY &&
        (text_tok_ieq(d, &d->toks[i], "labour") || text_tok_ieq(d, &d->toks[i], "labor")) &&
        text_words_find(&labour_nouns_set, d, &d->toks[best]) >= 0)
        return 0;
    /* A party's members' one word before a capitalized word is part of
     * another name: "the Greens Creek mine" is no Green party (but "the
     * Greens' 404,000", "Conservative MP X") */
    if (best == i + 1 && bestc->local && best < d->ntoks && g->ents[bestc->ent].sub == SUB_PARTY &&
        d->text[d->toks[i].end - 1] == 's' &&
        (d->toks[best].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SPACE)) ==
            (TOK_WORD | TOK_UPPER | TOK_SPACE)) /* (not a table's next party: "Greens PDS") */
        return 0;
    /* A country's letters glued to a dollar sign are its currency's: "US$ 5
     * million", "U.S.$ rate" name no country */
    if (best < d->ntoks && tok_char(d, best, '$') && !(d->toks[best].flags & TOK_SPACE) &&
        g->ents[bestc->ent].kind == KIND_COUNTRY)
        return 0;
    /* Letters in capitals before a rate quoted as a range ("DMK 1.8210/20",
     * "DMK 112.85-87") are a currency's code in a table of rates, no body's
     * acronym (a country's name there stands for its currency: kept) */
    if (best == i + 1 && best + 4 < d->ntoks && (d->toks[i].flags & TOK_ALLCAPS) &&
        g->ents[bestc->ent].kind == KIND_ORG && (d->toks[best].flags & TOK_DIGIT) &&
        rate_range_at(d, best))
        return 0;
    /* A stock ticker in brackets is the company named before it, if the
     * gazetteer knows it, or none ("Microsoft (MSFT.O)": no Italian party
     * MSFT; "Rockwell International Corp <ROK>": no Korea; but "General
     * Electric Co <GE>") */
    if (best == i + 1 && i > 0 && (d->toks[i].flags & TOK_ALLCAPS) &&
        tag_ticker_at(d, i - 1, d->ntoks, 0) && !company_before_ticker(c, g, bestc->ent, i - 1))
        return 0;
    /* A name particle before a capitalized word, maybe after lowercase
     * particles, is part of a person's name ("Paul Van Himst", "Van Moer
     * said", "Van der Westhuizen"), not a place of that name. */
    if (best == i + 1 && (c->cls[i] & W_PARTICLE)) {
        size_t k = past_particles(c, i + 1, d->ntoks);
        if (k < d->ntoks &&
            (d->toks[k].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) == (TOK_WORD | TOK_UPPER) &&
            !(c->cls[k] & W_STOP))
            return 0;
    }
    /* An acronym of three letters or more written with full stops
     * ("F.B.I.") before a surname is a person's initials ("A.B.C. Smith
     * said"; not "the F.B.I. Director", nor a country's: "U.S. Steel",
     * "U.A.E. Dirham"). */
    if (best >= i + 6 && best < d->ntoks && g->ents[bestc->ent].kind == KIND_ORG &&
        initial_at(c, i, best) &&
        initial_at(c, best - 2, best) &&
        (d->toks[best].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SPACE)) ==
            (TOK_WORD | TOK_UPPER | TOK_SPACE) &&
        !(c->cls[best] & (W_STOP | W_TITLESTART | W_ORGHEAD | W_ORGSUFFIX)))
        return 0;
    /* A town's name right after a person's initials is his surname, or his
     * firm's ("J.C. Bradford and Legg Mason co-managed"). */
    if (best == i + 1 && g->ents[bestc->ent].town && i >= 2 && initial_at(c, i - 2, i) &&
        (d->toks[i].flags & (TOK_SPACE | TOK_NL)) == TOK_SPACE &&
        !span_ends_at(c, i)) /* (not "U.S. Houston office") */
        return 0;
    /* A country's name before "state" in lowercase names another country's
     * state after "in", "of" or "from" and before no other noun ("in Niger
     * state" (Nigeria's), "in Mexico state"; not "Niger state media"), after
     * another country's possessive ("Nigeria's Niger state") or before its
     * governor ("Niger state Governor Mohammed Bago") */
    if (g->ents[bestc->ent].kind == KIND_COUNTRY && bestc->via != VIA_DEMONYM &&
        best + 1 < d->ntoks && i > 0 && text_tok_is(d, &d->toks[best], "state") &&
        !tok_glue(d, best + 1) &&
        (((text_tok_is(d, &d->toks[i - 1], "in") || text_tok_is(d, &d->toks[i - 1], "of") ||
           text_tok_is(d, &d->toks[i - 1], "from")) &&
          (!(d->toks[best + 1].flags & TOK_WORD) || (c->cls[best + 1] & W_STOP))) ||
         text_tok_ieq(d, &d->toks[best + 1], "governor") ||
         (i >= 3 && is_possessive(d, i - 2) && c->nspans &&
          c->spans[c->nspans - 1].tend == i - 2 && c->spans[c->nspans - 1].gidx >= 0 &&
          g->ents[c->spans[c->nspans - 1].gidx].kind == KIND_COUNTRY)))
        return 0;
    /* An organization's one word after a term ("the 10-year Treasury", "the
     * 30-year Treasury bond", "five-year Treasuries") is a security it
     * issued */
    if (best == i + 1 && i >= 2 && g->ents[bestc->ent].kind == KIND_ORG &&
        (d->toks[i - 1].flags & (TOK_LOWER | TOK_SPACE)) == TOK_LOWER && tok_char(d, i - 2, '-') &&
        (text_tok_is(d, &d->toks[i - 1], "year") || text_tok_is(d, &d->toks[i - 1], "month") ||
         text_tok_is(d, &d->toks[i - 1], "week")))
        return 0;
    /* A company's name of two capitals after a number is a unit: "cut by 25
     * BP" (basis points), "a 150 HP engine" */
    if (best == i + 1 && g->ents[bestc->ent].company && d->toks[i].len == 2 &&
        (d->toks[i].flags & (TOK_ALLCAPS | TOK_SPACE)) == (TOK_ALLCAPS | TOK_SPACE) && i > 0 &&
        (d->toks[i - 1].flags & TOK_DIGIT) &&
        (unsigned char)(d->text[d->toks[i - 1].end - 1] - '0') < 10)
        return 0;
    /* A company's or a newspaper's name before an index's word names the
     * index, no organization, nor a person: "the Dow Jones Industrial Average
     * lost 386 points", "Japan's Nikkei 225" (the CoNLL train list's MISC
     * entries stay); but an exchange is named before its index ("the
     * American Stock Exchange index") */
    if (g->ents[bestc->ent].kind == KIND_ORG && index_after(d, best) &&
        tag_firm_or_media(&g->ents[bestc->ent]) &&
        !text_tok_ieq(d, &d->toks[best - 1], "exchange")) {
        memset(c->blocked + i, 1, best - i);
        return 0;
    }
    /* A group's or an event's word inside a name nobody knows is that
     * name's: before a capitalized word that is no title, no stop word and no
     * people's word ("the Christian Democrats", "Jewish Chronicle editor",
     * "Jeddah Islamic Port", "Olympic Stadium"; not "Sunni Moslem Education
     * Minister Selim Hoss"), or after one inside a sentence ("Banco Latino",
     * "the United Jewish Israel Appeal"; not "Irish Catholic"). */
    if (best == i + 1 && g->ents[bestc->ent].kind == KIND_OTHER &&
        ((best < d->ntoks &&
          (d->toks[best].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SPACE)) ==
              (TOK_WORD | TOK_UPPER | TOK_SPACE) &&
          !(c->cls[best] & (W_STOP | W_TITLESTART | W_NOTFIRST))) ||
         (after_cap_word(d, i) && !(d->toks[i - 1].flags & (TOK_SENT | TOK_ALLCAPS)) &&
          !(c->cls[i - 1] & (W_STOP | W_TITLESTART | W_NOTFIRST)) &&
          !span_ends_at(c, i))))
        return 0;
    /* A people's word (a country's demonym, a group's name) right after a
     * given name that is no ordinary word is a surname ("said James English",
     * "Louise Christian said", "Dr Joseph Latino", "F. Wilhelm Christians",
     * "Hans Christian Andersen"; not "Will British", "Said Iranian", "An
     * Israeli strike", nor after a name found: "Israel Jewish Agency"): the
     * person rules find him. */
    if (best == i + 1 && i > 0 &&
        (bestc->via == VIA_DEMONYM || g->ents[bestc->ent].kind == KIND_OTHER) &&
        (c->cls[i - 1] & (W_FIRSTNAME | W_COMMON | W_STOP | W_NOTFIRST)) == W_FIRSTNAME &&
        (d->toks[i - 1].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) == (TOK_WORD | TOK_UPPER) &&
        (d->toks[i].flags & (TOK_UPPER | TOK_ALLCAPS | TOK_SPACE | TOK_NL)) ==
            (TOK_UPPER | TOK_SPACE) &&
        !span_ends_at(c, i))
        return 0;
    /* A country's, a state's or a city's name that is a given name too
     * (and may open a name: W_NOTFIRST, which no person rule would take),
     * before a capitalized word that can only be a surname or is a known
     * person's last word (known_surname), is a person's ("Jordan Bardella",
     * "Chad Daybell", "Chad Johnson", "Virginia Woolf", "Milan Kundera",
     * "Sofia Coppola" by Bulgaria's capital; not "Jordan Valley", "Israel
     * Radio", "Jordan Kuwait Bank", "the United Jewish Israel Appeal", "Milan
     * Chamber"), and a
     * group's word that is a given name before a capitalized word that may be
     * an ordinary one too ("Christian Lindner", "Christian Slater and"; not
     * "Christian Science Monitor", "Christian groups"): the person rules find
     * him. */
    if (best == i + 1 && (c->cls[i] & W_FIRSTNAME) &&
        (given_name_place(&g->ents[bestc->ent])
             ? !(c->cls[i] & W_NOTFIRST) && known_surname(c, i + 1)
         : g->ents[bestc->ent].kind == KIND_OTHER ? given_name_before(c, i + 1)
                                                  : 0) &&
        !(after_cap_word(d, i) && !(c->cls[i - 1] & (W_FIRSTNAME | W_STOP))))
        return 0;
    /* A single ordinary word opening a sentence ("Time is short") is not a
     * name unless it is a country, one the text named before by another
     * alias ("Meta Platforms said ... Meta is considering"), an organization
     * that speaks ("Shell said", "Arsenal said"), or one of the cases
     * below. */
    if (best == i + 1 && (d->toks[i].flags & TOK_SENT) && (c->cls[i] & W_COMMON) &&
        g->ents[bestc->ent].kind != KIND_COUNTRY && !gaz_named_before(c, bestc->ent) &&
        !(g->ents[bestc->ent].kind == KIND_ORG && i + 2 < d->ntoks &&
          (is_said(d, i + 1) ||
           /* or names its people: "Arsenal manager Arsene Wenger", "Shell
            * chairman Peter Holmes", "Fed Chair Jerome Powell" */
           ((c->cls[i + 1] & W_TITLESTART) && (d->toks[i + 1].flags & TOK_WORD) &&
            (d->toks[i + 2].flags & TOK_UPPER)) ||
           /* or owns something: "Meta's chief AI scientist", "Shell's profits",
            * "Alphabet's Google" (not "Time's up") */
           (is_possessive(d, i + 1) && i + 3 < d->ntoks &&
            (((d->toks[i + 3].flags & TOK_LOWER) && !(c->cls[i + 3] & W_STOP)) ||
             (d->toks[i + 3].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER))) ||
           /* or, a company, acts: "Intel appointed", "Apple reported", "Shell
            * has signed", "Total will buy", or is described: "Alphabet,
            * Google's parent company," */
           (g->ents[bestc->ent].company &&
            (past_tense(d, i + 1) || (tok_char(d, i + 1, ',') && firm_described_at(d, i + 2)) ||
             ((text_tok_is(d, &d->toks[i + 1], "has") || text_tok_is(d, &d->toks[i + 1], "had")) &&
              past_tense(d, i + 2)) ||
             ((text_tok_is(d, &d->toks[i + 1], "will") ||
               text_tok_is(d, &d->toks[i + 1], "would")) &&
              (d->toks[i + 2].flags & TOK_LOWER) && !(c->cls[i + 2] & W_STOP)))) ||
           /* or, a club in a text about team sports, plays: "Arsenal beat
            * Tottenham", "Arsenal manager Mikel Arteta", "Arsenal, who won
            * 2-0,", "Arsenal's Bukayo Saka", "Arsenal 3 Coventry 1" */
           (c->sports && g->ents[bestc->ent].sub == SUB_CLUB &&
            (text_words_find(&club_after_set, d, &d->toks[i + 1]) >= 0 ||
             tok_char(d, i + 1, ',') || is_possessive(d, i + 1) ||
             (d->toks[i + 1].flags & TOK_DIGIT))))))
        return 0;
    /* In a text about team sports, a town or region right before another
     * capitalized word mostly names a team or an event the gazetteer does
     * not know ("Cleveland Indians", "Hong Kong Open", "Los Angeles Sevens"),
     * not the place; but a title may follow ("Texas Governor"), and in a
     * headline capitals say nothing. (Elsewhere such a place is as often a
     * place that qualifies a word, "the Texas Democrat", as part of a name,
     * "Tennessee Gas".) */
    if (c->sports && g->ents[bestc->ent].kind == KIND_LOCATION && bestc->via != VIA_DEMONYM &&
        next_name_word(c, best) && headline(c, sent_of(c, i)) == HL_NO) {
        /* the name's other words are no mention either ("Indians"), but an
         * organization's suffix is left to the keyword rule ("Manchester
         * United") */
        size_t e = best;
        int venue = 0;
        while (e < best + 3 && next_name_word(c, e) && !(c->cls[e] & W_ORGSUFFIX))
            venue |= text_words_find(&venue_words_set, &c->doc, &c->doc.toks[e++]) >= 0;
        /* but a venue is a place, and its town one too ("the Volgograd Arena") */
        if (!venue)
            return push_span(c, (uint32_t)i, (uint32_t)e, (int32_t)bestc->ent, bestc->via,
                             K_MUTE, 0);
    }
    /* After a town and a comma a country's name or capital may be a state of the
     * town's country: "Atlanta, Georgia", "Seattle, Washington" */
    if (best == i + 1) {
        int32_t st = state_after_town(c, g, bestc, i);
        if (st >= 0) return push_span(c, (uint32_t)i, (uint32_t)best, st, VIA_ALIAS, K_GAZ, 0);
    }
    /* A company's name before a comma and a state or country is a town's: "in
     * El Paso, Texas" ... */
    if (g->ents[bestc->ent].company && best + 1 < d->ntoks && tok_char(d, best, ',') &&
        place_starts_at(c, g, best + 1, 0, NULL))
        return 0;
    /* ... and so is a capital's, a town's or a county's before a state or
     * region of another country: "Paris, Texas", "London, Ontario",
     * "Birmingham, Ala.", "Kent, Ohio" (not "Washington, D.C.") */
    const gaz_entity *be = &g->ents[bestc->ent];
    const char *bc = bestc->via == VIA_CAPITAL ? be->id
                     : be->kind == KIND_LOCATION && be->sub != SUB_STATE &&
                             be->sub != SUB_REGION && best == i + 1 /* (*) */
                         ? gaz_attr_get(be, "country")
                         : NULL;
    /* (*) a town's of one word: the words of a longer one would be matched
     * again on their own ("St. Petersburg, Fla." would leave "Petersburg") */
    int32_t st = -1;
    if (bc && best + 1 < d->ntoks && tok_char(d, best, ',') &&
        place_starts_at(c, g, best + 1, 1, &st) &&
        (g->ents[st].kind == KIND_LOCATION ||
         /* (or a country named as a U.S. state is, not the place's own and
          * not in a list: "Athens, Georgia"; not "Tbilisi, Georgia") */
         (strcmp(g->ents[st].id, bc) != 0 && !list_goes_on(d, best + 2) &&
          (st = us_state_country(g, d, best + 1, st)) >= 0))) {
        const char *sc = gaz_attr_get(&g->ents[st], "country");
        int sub = g->ents[st].sub;
        if ((sub == SUB_STATE || sub == SUB_REGION) && sc && strcmp(sc, bc) != 0) return 0;
    }
    /* A company's one-word name before a noun of nature is a place's ("the
     * Amazon rainforest") */
    if (best == i + 1 && g->ents[bestc->ent].company && best < d->ntoks &&
        (d->toks[best].flags & TOK_LOWER) &&
        text_words_find(&nature_words_set, d, &d->toks[best]) >= 0)
        return 0;
    /* ... and so is a country's name before one, in either case, that ends
     * the name: "the Niger Delta", "the Congo River", "the Jordan Valley",
     * "the Congo basin" (neither word is tagged: not "Delta" the airline);
     * but "the Pakistan Forest Department" is left to the organization rule,
     * and a lowercase noun of nature before another noun is a modifier, the
     * country's ("the U.S. forest industry") */
    if (g->ents[bestc->ent].kind == KIND_COUNTRY && bestc->via != VIA_DEMONYM &&
        bestc->via != VIA_CAPITAL && best < d->ntoks && (d->toks[best].flags & TOK_SPACE) &&
        text_words_find(&nature_words_set, d, &d->toks[best]) >= 0 &&
        !next_name_word(c, best + 1) &&
        ((d->toks[best].flags & TOK_UPPER) || best + 1 == d->ntoks ||
         !(d->toks[best + 1].flags & TOK_LOWER) || (c->cls[best + 1] & W_STOP)))
        return push_span(c, (uint32_t)i, (uint32_t)best + 1, (int32_t)bestc->ent, bestc->via,
                         K_MUTE, 0);
    /* ... and a company's name before a venue's word, capitalized, a venue's
     * ("the Etihad Stadium", "Allianz Arena", "Citi Field") */
    if (g->ents[bestc->ent].company && best < d->ntoks &&
        (d->toks[best].flags & (TOK_UPPER | TOK_SPACE)) == (TOK_UPPER | TOK_SPACE) &&
        text_words_find(&venue_words_set, d, &d->toks[best]) >= 0)
        return 0;
    /* A party's adjective or one-word name after a word that makes it
     * another party's name ("Christian Democrat", "Social Democratic", "the
     * Christian Democrats") */
    if ((bestc->via == VIA_DEMONYM || (bestc->via == VIA_ALIAS && best == i + 1)) &&
        g->ents[bestc->ent].sub == SUB_PARTY && i > 0 &&
        (d->toks[i - 1].flags & TOK_UPPER) && !(d->toks[i - 1].flags & TOK_ALLCAPS) &&
        text_words_find(&party_qualifiers_set, d, &d->toks[i - 1]) >= 0)
        return 0;
    /* ... or before one: "a Democratic Socialist", "the Democratic Socialists
     * of America" */
    if (bestc->via == VIA_DEMONYM && g->ents[bestc->ent].sub == SUB_PARTY && best < d->ntoks &&
        (d->toks[best].flags & TOK_UPPER) &&
        (text_tok_is(d, &d->toks[best], "Socialist") ||
         text_tok_is(d, &d->toks[best], "Socialists")))
        return 0;
    /* A party's one-word name opening a capitalized minister's or
     * secretary's title is the portfolio ("Labour Minister Almir
     * Pazzianotto"; a party's minister is written "Labour minister X") */
    if (best == i + 1 && g->ents[bestc->ent].sub == SUB_PARTY && best < d->ntoks &&
        (text_tok_is(d, &d->toks[best], "Minister") || text_tok_is(d, &d->toks[best], "Secretary")))
        return 0;
    /* A place, a people or a country before a capitalized word of natural
     * geography names that other place ("Scarborough Shoal", "the Korean
     * Peninsula", "the Mississippi Valley"; a facility is where the town is:
     * "the Duluth Arena") */
    if ((g->ents[bestc->ent].kind == KIND_LOCATION || g->ents[bestc->ent].kind == KIND_COUNTRY) &&
        best < d->ntoks &&
        (d->toks[best].flags & (TOK_UPPER | TOK_ALLCAPS | TOK_SPACE)) == (TOK_UPPER | TOK_SPACE) &&
        text_words_find(&nature_features_set, d, &d->toks[best]) >= 0)
        return push_span(c, (uint32_t)i, (uint32_t)best + 1, (int32_t)bestc->ent, bestc->via,
                         K_MUTE, 0); /* (both words muted, as "the Jordan Valley" below) */
    /* A demonym used for a language names no country ("speak English") */
    if (bestc->via == VIA_DEMONYM && language_use(c, i, best)) return 0;
    /* A government body after another country's name is that country's, not
     * the one the gazetteer knows ("Italy's Treasury"), and so is the same
     * one-word name later in the text ("The Italian Treasury said ... the
     * Treasury"; not "the U.S. Treasury") */
    if (other_country_before(c, g, &g->ents[bestc->ent], i)) {
        /* (a party of that name elsewhere may be the gazetteer's: "the
         * English Democrats" ... "a New Jersey Democrat") */
        if (c->nforeign < (int)ENT_ARRAY_LEN(c->foreign) &&
            g->ents[bestc->ent].sub != SUB_PARTY)
            c->foreign[c->nforeign++] = (int32_t)bestc->ent;
        return 0;
    }
    for (int f = 0; f < c->nforeign && best == i + 1; f++)
        if (c->foreign[f] == (int32_t)bestc->ent) return 0;
    /* ... and so is one named by its ordinary word after a capitalized word
     * no list knows, the name of a state or a province the gazetteer does
     * not hold ("the NSW Treasury said" is no U.S. Treasury) */
    if (i > 0 && unknown_owner_before(c, i) &&
        body_word_country(c, g, (int32_t)bestc->ent, i, best))
        return 0;
    /* A place or a people before an event's word names the event ("the U.S.
     * Open", "Atlanta Games", "British Masters", "Monaco Grand Prix"): neither
     * is tagged, but the event (via event); nor is an organization, the
     * event's sponsor or organizer ("the BellSouth Classic", "the UEFA Cup",
     * "Fed Cup": the tennis federation's, no central bank) */
    uint8_t bk = g->ents[bestc->ent].kind;
    size_t ev = bk == KIND_LOCATION || bk == KIND_COUNTRY ? event_after(c, best) : 0;
    /* (a sport's name may come between: "the Dubai Tennis Championships",
     * "the Scottish Golf Open") */
    if (!ev && (bk == KIND_LOCATION || bk == KIND_COUNTRY) && best + 1 < d->ntoks &&
        (d->toks[best].flags & (TOK_UPPER | TOK_SPACE | TOK_NL)) == (TOK_UPPER | TOK_SPACE) &&
        text_words_find(&sport_names_set, d, &d->toks[best]) >= 0)
        ev = event_after(c, best + 1);
    uint8_t evtype = ev ? 'E' : 0;
    /* (and a town or capital before a treaty's word names the treaty, which
     * is no mention: "the Paris Agreement", "the Kyoto Protocol"; not a
     * country's name: "the EC/U.S. Accord" is theirs) */
    if (!ev && (bk == KIND_LOCATION || bestc->via == VIA_CAPITAL) && best < d->ntoks &&
        (d->toks[best].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SPACE | TOK_NL)) ==
            (TOK_WORD | TOK_UPPER | TOK_SPACE) &&
        text_words_find(&treaty_words_set, d, &d->toks[best]) >= 0)
        ev = best + 1;
    /* (or one named in lowercase: "the Paris accord", "the Minsk agreements") */
    if (!ev && (bk == KIND_LOCATION || bestc->via == VIA_CAPITAL))
        ev = treaty_lower_after(c, i, best);
    /* (for an organization, not "Games", a firm's division as often: "Yahoo
     * Games"; nor in a line of capitals: "CME OPEN INTEREST") */
    if (bk == KIND_ORG && (ev = event_after(c, best))) {
        evtype = 'E';
        if ((d->toks[best].flags & TOK_ALLCAPS) || text_tok_ieq(d, &d->toks[best], "games")) ev = 0;
    }
    if (ev)
        return push_span(c, (uint32_t)i, (uint32_t)ev, (int32_t)bestc->ent, bestc->via, K_MUTE,
                         evtype);
    /* A known person's surname alone ("Putin said") is the person only
     * standing alone, and never a roman numeral in capitals ("the Duke of
     * Norfolk's XI", "Pius XI" for "Xi") */
    if (best == i + 1 && bestc->via == VIA_ALIAS && g->ents[bestc->ent].kind == KIND_PERSON &&
        (!lone_surname(c, i, surname_case(c, i)) || roman_caps(d, i)))
        return 0;
    /* A city or capital that shares its name with a U.S. state is the state
     * where the words around it say so (state_meant_at) */
    if ((g->ents[bestc->ent].town || bestc->via == VIA_CAPITAL) && state_meant_at(d, i, best)) {
        int32_t st = us_state_named(g, d, i, best);
        if (st >= 0) return push_span(c, (uint32_t)i, (uint32_t)best, st, VIA_ALIAS, K_GAZ, 0);
    }
    return push_span(c, (uint32_t)i, (uint32_t)best, (int32_t)bestc->ent, bestc->via, K_GAZ, 0);
}

/* Do the words at tokens i and i + 1 open an alias of the entity trie (the
 * first step of gazetteer_at from i, which must be taken there for a match
 * when word i is no alias by itself: W_ENTWHOLE)? Token i starts some alias
 * (so it is in the vocabulary). */
static int ent_pair_at(const tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    uint32_t node = g->etrie.root[d->toks[i].vid];
    return node && i + 1 < d->ntoks && !c->blocked[i + 1] && (c->cls[i + 1] & W_ENTINNER) &&
           gaz_trie_step(&g->etrie, node, d->toks[i + 1].vid) != 0;
}

/* The same for titles: do the words at tokens i and i + 1 open a title (the
 * first step of title_at's walk, which a title there needs when word i is
 * none by itself: W_TITLEWHOLE)? Token i starts some title. */
static int title_pair_at(const tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    uint32_t node = g->ttrie.root[d->toks[i].vid];
    return node && i + 1 < d->ntoks && !(d->toks[i + 1].flags & TOK_SENT) &&
           (c->cls[i + 1] & W_TITLEINNER) &&
           gaz_trie_step(&g->ttrie, node, d->toks[i + 1].vid) != 0;
}

static int org_joiner(const text_doc *d, size_t i);

/* Does a firm's name go on at token j, a joiner before a capitalized word that
 * starts no alias ("Britain's Cable and Wireless"; not "Pakistan's Sharif and
 * Singapore's Wong")? */
static int firm_goes_on(const tag_ctx *c, size_t j) {
    const text_doc *d = &c->doc;
    return org_joiner(d, j) && j + 1 < d->ntoks &&
           (d->toks[j + 1].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
           !(c->cls[j + 1] & W_ENTSTART);
}

/* A country's span just pushed and "'s" and one capitalized word after it that
 * is no alias by itself (and, before no other capitalized word, starts none
 * that can match): the family name of a person of that country the gazetteer
 * knows ("Spain's Sanchez", "Lebanon's Aoun": gaz_person_of), pushed as his
 * span. Not before another capitalized word (a longer name: "Spain's Pedro
 * Sanchez" is found whole) nor in capitals. Returns 0 or ENT_ENOMEM. */
static int country_surname(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    const tag_span *sp = &c->spans[c->nspans - 1];
    uint32_t w = sp->tend + 2;
    if (sp->kind != K_GAZ || sp->via == VIA_DEMONYM || w >= d->ntoks ||
        g->ents[sp->gidx].kind != KIND_COUNTRY || !is_possessive(d, sp->tend))
        return 0;
    /* (a country's name inside a longer one pushed before is not this one:
     * "Korea" of "North Korea's Kim") */
    if (c->nspans >= 2 && sp[-1].tbeg < sp->tbeg && sp[-1].tend >= sp->tend) return 0;
    const text_tok *t = &d->toks[w];
    if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) != (TOK_WORD | TOK_UPPER) ||
        (c->cls[w] & (W_ENTWHOLE | W_STOP | W_TITLESTART)) || c->blocked[w] ||
        (w + 1 < d->ntoks && (((d->toks[w + 1].flags & (TOK_WORD | TOK_UPPER)) ==
                               (TOK_WORD | TOK_UPPER)) ||
                              tok_glue(d, w + 1) || firm_goes_on(c, w + 1))))
        return 0;
    int32_t p = gaz_person_of(g, sp->gidx, t->vid);
    return p >= 0 ? push_span(c, w, w + 1, p, VIA_ALIAS, K_GAZ, 0) : 0;
}

/* Is token i glued after a word and a full stop, inside initials ("N" of
 * "A.N.D.A.", "S" of "B.S.C.") or ending a file's, a domain's or a version's
 * name ("Bagle.AU", "example.US")? No alias starts there (one may go on
 * there: "U.S."); but after an abbreviation or a ticker one may ("S.Australia",
 * "Del.N.Y.", "BAC.NYSE"). */
static int dotted_suffix(const text_doc *d, size_t i) {
    if (i < 2 || (d->toks[i].flags & TOK_SPACE) || !tok_char(d, i - 1, '.') ||
        (d->toks[i - 1].flags & TOK_SPACE) || !(d->toks[i - 2].flags & TOK_WORD))
        return 0;
    const text_tok *p = &d->toks[i - 2];
    return p->len == 1 ? d->toks[i].len == 1 : !(p->flags & TOK_ALLCAPS) && d->toks[i].len >= 2;
}

/* One pass over the candidate tokens: boilerplate (which blocks what follows),
 * titles, and gazetteer matches, in text order. */
static int scan_candidates(tag_ctx *c, const gaz_t *g) {
    size_t bnext = 0, tnext = 0;
    c->ntitles = c->nroles = 0;
    for (size_t ci = 0; ci < c->ncand; ci++) {
        size_t i = c->cand[ci];
        uint32_t k = c->cls[i];
        if ((k & W_BOILSTART) && !(c->doc.toks[i].flags & TOK_LOWER) && i >= bnext &&
            g->btrie.nnodes) {
            size_t e = boilerplate_at(c, g, i);
            if (e) bnext = e;
        }
        if (c->blocked[i]) continue;
        if ((k & W_TITLESTART) && i >= tnext) {
            /* (no title there unless the word is one by itself or the
             * title trie goes on to the next word: title_pair_at) */
            size_t e = (k & W_TITLEWHOLE) || title_pair_at(c, g, i) ? title_at(c, g, i) : 0;
            if (e == (size_t)-1) return ENT_ENOMEM;
            if (e) tnext = e;
            /* the word may start a title ("Major General") but none starts
             * here: it can be a name ("John Major"), unless it is a word of
             * organization names ("Group", "Corp.") or opens a sentence
             * ("Striker Alan Shearer"), but for a given name ("Lance
             * Armstrong won") */
            else if (!(k & (W_ORGSUFFIX | W_ORGHEAD)) &&
                     (!(c->doc.toks[i].flags & TOK_SENT) ||
                      (k & (W_FIRSTNAME | W_NOTFIRST)) == W_FIRSTNAME))
                c->cls[i] &= ~(uint32_t)W_TITLESTART;
        }
        /* a word in lowercase starts no alias that needs a capital or
         * capitals there: most of the words that start aliases are skipped;
         * and so is a word that is no alias by itself where no longer alias
         * goes on from it (ent_pair_at): most words left are those (the
         * quotation marks, "at", "an", "It", numbers, months), and
         * gazetteer_at would find nothing there */
        if ((((k & W_ENTSTART) && (!(c->doc.toks[i].flags & TOK_LOWER) || (k & W_ENTLOWER))) ||
             ((k & W_LOCALSTART) && i + 1 < c->doc.ntoks && (c->cls[i + 1] & W_ENTINNER))) &&
            ((k & W_ENTWHOLE) || ent_pair_at(c, g, i)) && !dotted_suffix(&c->doc, i)) {
            size_t before = c->nspans;
            if (gazetteer_at(c, g, i) || (c->nspans > before && country_surname(c, g)))
                return ENT_ENOMEM;
        }
    }
    return 0;
}

/* Marks from the gazetteer matches: out[k] = 1 where a non-person match
 * starts (it blocks names), c->gazend[k] = 1 where any match ends right before
 * token k. */
static void gaz_nonperson_starts(tag_ctx *c, const gaz_t *g, uint8_t *out) {
    memset(out, 0, c->doc.ntoks);
    memset(c->gazend, 0, c->doc.ntoks + 1);
    for (size_t s = 0; s < c->nspans; s++) {
        const tag_span *sp = &c->spans[s];
        if (sp->kind != K_GAZ && sp->kind != K_MUTE) continue;
        const gaz_entity *e = &g->ents[sp->gidx];
        /* (a town's name that is a given name too, and no person's here
         * (given_name_town), is as a country's: "Chairman Milan Panic" after
         * a title, never the first-name rule's: "the Milan Chamber of
         * Commerce") */
        int given = (c->cls[sp->tbeg] & W_FIRSTNAME) && given_name_town(e);
        if (e->kind != KIND_PERSON)
            out[sp->tbeg] = sp->tend - sp->tbeg > 1                                     ? GS_NAME
                            : e->town && !given                                          ? GS_WORD
                            : given || (e->kind == KIND_COUNTRY && sp->via != VIA_DEMONYM) ? GS_COUNTRY
                            : e->company && !(c->doc.toks[sp->tbeg].flags & TOK_ALLCAPS)
                                ? GS_FIRM
                                : GS_NAME;
        c->gazend[sp->tend] = 1;
    }
}

/* The key of a lowercase word of up to 8 bytes (text_key) as a constant. */
#define WORD_KEY2(a, b) ((uint64_t)(a) | (uint64_t)(b) << 8)
#define WORD_KEY3(a, b, c) ((uint64_t)(a) | (uint64_t)(b) << 8 | (uint64_t)(c) << 16)
#define WORD_KEY4(a, b, c, d) (WORD_KEY3(a, b, c) | (uint64_t)(d) << 24)
#define WORD_KEY5(a, b, c, d, e) (WORD_KEY4(a, b, c, d) | (uint64_t)(e) << 32)
#define WORD_KEY6(a, b, c, d, e, f) (WORD_KEY5(a, b, c, d, e) | (uint64_t)(f) << 40)

/* Is token i "Former", "Deputy", "Acting" or "Retired", in any case: a word
 * that qualifies the title after it, and opens no name ("Former Phibro
 * Energy chairman", "Deputy Central Bank Governor X")? */
static int title_qualifier(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return (t->len == 6 && (t->key == WORD_KEY6('f', 'o', 'r', 'm', 'e', 'r') ||
                            t->key == WORD_KEY6('d', 'e', 'p', 'u', 't', 'y') ||
                            t->key == WORD_KEY6('a', 'c', 't', 'i', 'n', 'g'))) ||
           (t->len == 7 && text_tok_ieq(d, t, "retired"));
}

/* Verb of saying at token i ("said", "says", "told", "added"), starting in
 * lowercase: compared by key, which holds a short word's folded bytes. */
static int is_said(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    uint64_t k = t->key;
    /* without branches: most tokens are none of these, at any length */
    int four = (t->len == 4) & ((k == WORD_KEY4('s', 'a', 'i', 'd')) |
                                (k == WORD_KEY4('s', 'a', 'y', 's')) |
                                (k == WORD_KEY4('t', 'o', 'l', 'd')));
    int five = (t->len == 5) & (k == WORD_KEY5('a', 'd', 'd', 'e', 'd'));
    return ((t->flags & TOK_LOWER) != 0) & (four | five);
}

/* Capitalized word that may be part of an organization's name. */
static int cap_word(const tag_ctx *c, size_t i) {
    const text_tok *t = &c->doc.toks[i];
    return (t->flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
           !(c->cls[i] & W_STOP) && !c->blocked[i];
}

/* Legal forms written in letters and full stops ("S.A.", "N.V.", "S.p.A."),
 * their letters in lowercase (legal_forms holds some of them written as one
 * word, "SA", "NV"). */
static const char *const dotted_forms[] = {"ag", "bv", "gmbh", "lp", "nv", "plc", "sa",
                                           "spa"};

/* The end of the legal form in letters and full stops that starts at token i
 * ("Minpeco S.A.": the token after its last stop), or 0. */
static size_t dotted_form_end(const text_doc *d, size_t i) {
    char w[8];
    size_t n = 0, k = i;
    while (k + 1 < d->ntoks && n < sizeof w - 1 && d->toks[k].len == 1 &&
           (d->toks[k].flags & TOK_WORD) && !(d->toks[k].flags & TOK_DIGIT) &&
           tok_char(d, k + 1, '.') && !(d->toks[k + 1].flags & TOK_SPACE) &&
           (k == i || !(d->toks[k].flags & TOK_SPACE))) {
        w[n++] = (char)(d->text[d->toks[k].start] | 0x20);
        k += 2;
    }
    if (n < 2 || (k < d->ntoks && !(d->toks[k].flags & TOK_SPACE) &&
                  (d->toks[k].flags & TOK_WORD)))
        return 0;
    w[n] = '\0';
    for (size_t f = 0; f < ENT_ARRAY_LEN(dotted_forms); f++)
        if (!strcmp(w, dotted_forms[f])) return k;
    return 0;
}

/* A company named by capitalized words and a legal form in letters and full
 * stops at token i, which the gazetteer's scan does not see as one
 * ("Minpeco S.A.", "Algemene Bank Nederland N.V.", "Petroleos de Venezuela
 * S.A.", "General Motors Espanola S.A."): up to five words back, a particle
 * between two of them, no ordinary word opening the sentence; not right
 * after a name the gazetteer knows ("Unilever N.V." stays its Unilever). An
 * organization found by `keyword`. Returns 0 or ENT_ENOMEM. */
static int dotted_firm_at(tag_ctx *c, size_t i, uint32_t s) {
    const text_doc *d = &c->doc;
    const text_sent *st = &d->sents[s];
    if (i <= st->tbeg || !(d->toks[i].flags & TOK_SPACE) || c->gazend[i] || !cap_word(c, i - 1))
        return 0;
    size_t e = dotted_form_end(d, i);
    /* (nor after a legal form that ends a known name: "Unilever Plc N.V.") */
    if (!e || (legal_form(d, i - 1) && c->gazend[i - 1])) return 0;
    size_t b = i - 1;
    for (int w = 0; b > st->tbeg && w < 4; w++) {
        if (cap_word(c, b - 1)) b--;
        else if (b - 1 > st->tbeg && (c->cls[b - 1] & W_PARTICLE) && cap_word(c, b - 2)) b -= 2;
        else break;
    }
    /* (not an ordinary word opening the sentence: "Yesterday Minpeco S.A.") */
    if (b == st->tbeg && b + 1 < i && (c->cls[b] & W_COMMON)) b++;
    return push_span(c, (uint32_t)b, (uint32_t)e, -1, VIA_KEYWORD, K_KEYWORD, 'O');
}

/* Are the capitalized words right before token p ("of") a person's name, two
 * or three words (a hyphen joins two into one: "Bijan Moussavar-Rahmani") from
 * a known given name, whatever capitalized words come before ("John Casesa of Schroder Wertheim &
 * Co" is a person of a company; "Arthur Andersen and Co" stays one name)? */
static int person_before(const tag_ctx *c, size_t p, size_t tbeg) {
    size_t b = p, words = 0;
    while (words < 3) {
        if (b > tbeg && cap_word(c, b - 1)) b--, words++;
        else if (words && b > tbeg + 1 && tok_glue(&c->doc, b - 1) && cap_word(c, b - 2)) b -= 2;
        else break;
        /* more words may come before it: "Economist Joel Naroff of First Union" */
        if (words >= 2 && (c->cls[b] & W_FIRSTNAME)) return 1;
    }
    return 0;
}

/* Is span sp a person's, from the gazetteer or a rule other than the verb of
 * saying (whose names are too often a company's)? */
static int person_span(const gaz_t *g, const tag_span *sp) {
    if (sp->gidx >= 0) return g->ents[sp->gidx].kind == KIND_PERSON;
    return sp->type == 'P' && sp->kind != K_SPEAKER;
}

/* Does a person's name found so far end right before token p ("Federal
 * Reserve Board chairman Paul Volcker and International Monetary Fund ...")?
 * With speakers, one found by a verb of saying counts too. */
static int person_ends_at(const tag_ctx *c, const gaz_t *g, size_t p, int speakers) {
    for (size_t q = 0; q < c->nspans; q++) {
        const tag_span *sp = &c->spans[q];
        if (sp->tend == p && (person_span(g, sp) || (speakers && sp->kind == K_SPEAKER)))
            return 1;
    }
    return 0;
}

static int syllable(const text_doc *d, size_t i);

/* Does the person's name of n tokens from token b, found via via, open with
 * an East Asian family name: a name found by its shape (syllable_name_at), or
 * a known name of that shape, a syllable, a syllable and a hyphen glued to a
 * word ("Lee Jae-myung")? */
static int family_first_at(const tag_ctx *c, uint32_t b, uint32_t n, int via) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[b];
    if (via == VIA_SYLLABLES) return 1;
    return n == 4 && (via == VIA_NAME || via == VIA_ALIAS || via == VIA_TITLE) &&
           tok_char(d, b + 2, '-') && !(d->toks[b + 2].flags & TOK_SPACE) &&
           !(d->toks[b + 3].flags & TOK_SPACE) && !(t->flags & TOK_ALLCAPS) &&
           (t->flags & TOK_UPPER) && syllable(d, b) && syllable(d, b + 1);
}

/* Is token i the last word of a person's name found so far ("Craxi's" after
 * "Bettino Craxi"), or the family name an East Asian one opens with ("Lee,
 * 57," after "Lee Jae-yong": family_first_at)? */
static int person_surname(const tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[i];
    for (size_t q = 0; q < c->nspans; q++) {
        const tag_span *sp = &c->spans[q];
        if (sp->tend - sp->tbeg < 2) continue;
        const text_tok *l = &d->toks[name_last_tok(d, sp->tbeg, sp->tend)];
        const text_tok *f = &d->toks[sp->tbeg];
        if (((l->key == t->key && l->len == t->len) ||
             (f->key == t->key && f->len == t->len && sp->tbeg != i &&
              family_first_at(c, sp->tbeg, sp->tend - sp->tbeg, sp->via))) &&
            person_span(g, sp))
            return 1;
    }
    return 0;
}

/* Is token i, a given name, the first word of a person's name found before
 * it ("Wasim" after "Wasim Akram", which coreference gives)? */
static int person_given_before(const tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[i];
    if (!(c->cls[i] & W_FIRSTNAME)) return 0;
    for (size_t q = 0; q < c->nspans; q++) { /* (not in text order) */
        const tag_span *sp = &c->spans[q];
        const text_tok *f = &d->toks[sp->tbeg];
        if (sp->tbeg < i && sp->tend - sp->tbeg >= 2 && f->key == t->key && f->len == t->len &&
            person_span(g, sp))
            return 1;
    }
    return 0;
}

int tag_legal_form(const text_doc *d, size_t i) {
    return legal_form(d, i);
}

/* Prepositions that put a town after them as a place ("in Houston"). */
static const char *const place_preps[] = {
    "across", "around", "at", "from", "in", "into", "near", "outside", "through", "to",
    "toward", "towards", "via",
};
TEXT_WORDS(place_preps_set, place_preps);

/* Lowercase or capitalized words of a credit line before "by" ("Reporting by
 * X; Editing by Y"). Sorted. */
static const char *const credit_words[] = {"editing", "photo", "photograph", "reporting",
                                           "writing"};
TEXT_WORDS(credit_words_set, credit_words);

/* Words that say a text is about cricket (cricket_text). */
static const char *const cricket_words[] = {"innings", "wicket", "wickets"};
TEXT_WORDS(cricket_words_set, cricket_words);

/* Linking particles of Arabic and Urdu compound names, between hyphens. */
static const char *const name_links[] = {"ud", "ul", "ur", "us", "uz"};
TEXT_WORDS(name_links_set, name_links);

/* Words of a person's role after the name and a comma ("Noboru Goto,
 * president of the Japan Chamber of Commerce", "Parul Jain, deputy chief
 * economist at Nomura"): nouns for people only, not for firms ("adviser",
 * "underwriter", "manager" alone are as often a company's). */
static const char *const appos_roles[] = {
    "activist",   "actor",      "actress",      "adviser",     "advisor",     "alderman",
    "ambassador", "analyst",    "assemblyman",  "assemblywoman", "attorney",  "banker",
    "billionaire", "businessman", "businesswoman",
    "chairman",   "chairwoman", "chancellor",   "commander",   "commissioner", "congressman",
    "congresswoman", "consultant", "correspondent", "councillor", "councilman", "councilor",
    "councilwoman", "counsel",  "dean",         "deputy",
    "diplomat",   "director",   "economist",    "editor",      "entrepreneur", "envoy",
    "executive",  "fellow",     "founder",      "governor",    "journalist",  "lawmaker",
    "lawyer",     "leader",     "legislator",   "mayor",       "minister",    "negotiator",
    "novelist",   "officer",    "official",     "politician",  "premier",     "president",
    "professor",  "prosecutor", "representative", "researcher", "secretary",  "senator",
    "socialist",  "spokesman",  "spokesperson", "spokeswoman", "strategist",  "treasurer",
    "writer",
    /* occupations and states of people that name no company or place ("X
     * Y, a Norwegian physicist", "X Y, a local farmer", "X Y, a British
     * national"): never "broker", "publisher", "producer", "host" or
     * "partner", which firms and towns are too */
    "academic",    "archbishop",  "architect",   "artist",      "athlete",     "author",
    "bishop",      "boxer",       "campaigner",  "candidate",   "captain",     "cardinal",
    "champion",    "cleric",      "composer",    "cricketer",   "dancer",      "daughter",
    "detainee",    "doctor",      "engineer",    "farmer",      "father",      "filmmaker",
    "footballer",  "golfer",      "historian",   "housewife",   "husband",     "imam",
    "inmate",      "judge",       "lecturer",    "magistrate",  "mathematician", "midfielder",
    "mother",      "musician",    "national",    "nurse",       "painter",     "pensioner",
    "philosopher", "photographer", "physician",   "physicist",   "pilot",       "playwright",
    "poet",        "priest",      "prisoner",    "rabbi",       "reporter",    "resident",
    "scholar",     "scientist",   "sculptor",    "singer",      "soldier",     "songwriter",
    "sprinter",    "striker",     "student",     "surgeon",     "teacher",     "teenager",
    "veteran",     "widow",       "wife"};
TEXT_WORDS(appos_roles_set, appos_roles);
/* Words that may open the role phrase before its modifiers. */
static const char *const appos_dets[] = {"a", "an", "the", "its", "his", "her", "their", "our"};
TEXT_WORDS(appos_dets_set, appos_dets);
/* "head" and "chief" are roles only before "of" ("head of the Tanzania-Zambia
 * railway"), and "manager" only after one of manager_kinds ("general manager
 * of NIS", not "lead manager") */
static const char *const appos_of_roles[] = {"chief", "head", "speaker"};
TEXT_WORDS(appos_of_roles_set, appos_of_roles);
/* Titles sent to a country or a body, named after "to" or "in" as other
 * titles' are after "of": "the U.S. ambassador to Saudi Arabia, Wyche
 * Fowler,", "China's consul general in Osaka, Xue Jian" */
static const char *const envoy_titles[] = {"adviser",  "advisor", "ambassador",    "consul",
                                           "delegate", "emissary", "envoy", "representative"};
TEXT_WORDS(envoy_titles_set, envoy_titles);
/* Is title ti an envoy's (envoy_titles; "consul general" too)? */
static int envoy_title(const text_doc *d, const tag_title *ti) {
    const text_tok *w = &d->toks[ti->tend - 1];
    return text_words_find(&envoy_titles_set, d, w) >= 0 ||
           (text_tok_ieq(d, w, "general") && ti->tend - ti->tbeg >= 2 &&
            text_tok_ieq(d, w - 1, "consul"));
}
static const char *const manager_kinds[] = {"assistant", "deputy", "fund", "general", "portfolio"};
TEXT_WORDS(manager_kinds_set, manager_kinds);
/* Words that are no modifier of a role: the phrase is a clause then ("Demico
 * Futures, was elected treasurer", "Loch Ness West, said the first minister",
 * "Dayton-Hudson, according to a governor's spokesperson") */
static const char *const appos_breaks[] = {
    "a",     "according", "an",    "and",   "appointed", "are",   "as",   "at",  "be",
    "became", "becomes",  "been",  "by",    "could",     "elected", "for", "from", "had",
    "has",   "have",      "in",    "is",    "may",       "named", "of",   "on",  "or",
    "said",  "says",      "the",   "to",    "told",      "was",   "were", "which", "who",
    "will",  "with",      "would"};
TEXT_WORDS(appos_breaks_set, appos_breaks);
/* Words that may follow the role phrase (besides "," "." ";"): a
 * preposition or "and" ("chairman and chief executive of"), not a verb ("the
 * spokesman added") */
static const char *const appos_after[] = {"and", "at", "for", "from", "in", "of", "on", "to", "with"};
TEXT_WORDS(appos_after_set, appos_after);

/* People by what they do, in the plural, that "one of" and a group's
 * possessive make an apposition of a person ("X, one of Ethiopia's most
 * distinguished lawyers,": one_of_role_at). Sorted. */
static const char *const plural_roles[] = {
    "activists", "actors",      "advisers",    "analysts",  "artists",    "athletes",
    "authors",   "bankers",     "businessmen", "clerics",   "commanders", "critics",
    "diplomats", "directors",   "doctors",     "economists", "editors",   "executives",
    "experts",   "founders",    "generals",    "journalists", "judges",   "lawmakers",
    "lawyers",   "leaders",     "men",         "ministers", "musicians",  "officers",
    "officials", "politicians", "scholars",    "scientists", "singers",   "women",
    "writers"};
TEXT_WORDS(plural_roles_set, plural_roles);

/* Lowercase words of other languages inside a company's name that ends in
 * its legal form ("Bank fuer Gemeinwirtschaft AG", "Banco de Bilbao SA",
 * "Credit du Nord SA", "Banca Nazionale del Lavoro SpA"). Sorted. */
static const char *const foreign_joiners[] = {
    "da", "das", "de", "del", "della", "des", "di", "do", "dos", "du", "e", "et", "fuer", "und",
    "van", "voor", "von", "y",
};
TEXT_WORDS(foreign_joiners_set, foreign_joiners);
/* Adjectives of an office or a state before a spokesman's or a head's title,
 * which name no company ("Presidential spokesman X"). Sorted. */
static const char *const office_adjectives[] = {
    "federal", "imperial", "ministerial", "parliamentary", "presidential", "provincial", "royal",
};
TEXT_WORDS(office_adjectives_set, office_adjectives);

/* Verbs after "a spokesman for X" that end the name X ("was", "declined",
 * "told"). Sorted. */
static const char *const spokes_verbs[] = {"added", "confirmed", "declined", "denied", "did",
                                           "is",    "said",      "says",     "told",   "was"};
TEXT_WORDS(spokes_verbs_set, spokes_verbs);

/* The keyed sets of this file's word lists, built once at start. */
static const text_words *const tag_sets[] = {
    &legal_forms_set, &compound_tails_set, &place_preps_set,  &venue_words_set, &nature_words_set,
    &credit_words_set, &amount_words_set,
    &party_qualifiers_set, &share_after_set, &share_moves_set, &share_kinds_set,
    &distance_units_set,
    &firm_nouns_set, &owned_parts_set,
    &body_nouns_set, &body_kinds_set,
    &given_titles_set, &state_ends_set,
    &led_verbs_set, &led_things_set,
    &event_words_set, &treaty_words_set, &treaty_lower_set, &treaty_topic_set, &show_words_set,
    &thing_words_set, &sea_tails_set, &paper_words_set, &report_verbs_set,
    &press_nouns_set,
    &media_nouns_set, &press_preps_set,  &ship_prefixes_set, &town_nouns_set, &lang_glued_set,
    &lang_nouns_set,  &lang_verbs_set,  &lang_after_set,  &sport_names_set,
    &list_openers_set, &facility_words_set,
    &facility_kinds_set,
    &division_words_set, &nature_features_set,
    &name_links_set,  &cricket_words_set,  &appos_roles_set,  &appos_dets_set,
    &appos_of_roles_set, &envoy_titles_set, &appos_breaks_set, &appos_after_set,
    &manager_kinds_set, &spokes_verbs_set, &labour_nouns_set,
    &club_after_set,  &club_before_set, &regnal_not_set, &irregular_pasts_set,
    &named_after_set, &surname_titles_set, &ship_nouns_set, &employee_nouns_set, &buy_verbs_set,
    &person_verbs_set, &person_passives_set, &staff_nouns_set,
    &appos_heads_set,
    &plural_roles_set,
    &index_words_set,
    &foreign_joiners_set, &office_adjectives_set, &month_words_set, &day_words_set,
    &place_nouns_set,
    &area_nouns_set, &club_staff_set, &media_after_nouns_set, &place_appos_after_set,
    &place_qualifiers_set, &town_tails_set, &body_words_set, &body_heads_set, &body_tails_set,
    &trade_nouns_set, &firm_present_verbs_set, &founder_firm_words_set, &home_clause_words_set,
    &work_nouns_set,
    &plural_titles_set, &living_verbs_set};

__attribute__((constructor)) static void tag_words_init(void) {
    text_words_init(tag_sets, ENT_ARRAY_LEN(tag_sets));
    for (size_t k = 0; k < ENT_ARRAY_LEN(legal_forms); k++)
        legal_form_lens |= 1u << strlen(legal_forms[k]);
}

int tag_lists_check(void) {
    return text_words_check(tag_sets, ENT_ARRAY_LEN(tag_sets));
}

/* Is token i the word "and" (lowercase)? By the key first: few tokens are. */
static int is_and(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return t->key == WORD_KEY3('a', 'n', 'd') && text_tok_is(d, t, "and");
}

/* Does a known organization's name end right before token p ("General
 * Motors" of "General Motors of Canada Ltd", a name a subsidiary goes on)? */
static int org_ends_at(const tag_ctx *c, const gaz_t *g, size_t p) {
    for (size_t q = 0; q < c->nspans; q++) {
        const tag_span *sp = &c->spans[q];
        if (sp->tend == p && sp->kind == K_GAZ && g->ents[sp->gidx].kind == KIND_ORG) return 1;
    }
    return 0;
}

/* The last word of title t as the gazetteer writes it ("Minister" of
 * "Foreign Minister"; the whole text for one word). */
static const char *title_last_word(const gaz_t *g, const tag_title *t) {
    const char *tt = g->titles[t->title].text, *w = strrchr(tt, ' ');
    return w ? w + 1 : tt;
}

/* Does title t end in one of words[0..n) ("Minister" for "Foreign
 * Minister")? */
static int title_ends_in(const gaz_t *g, const tag_title *t, const char *const *words, size_t n) {
    const char *w = title_last_word(g, t);
    for (size_t k = 0; k < n; k++)
        if (!strcmp(w, words[k])) return 1;
    return 0;
}

/* Is title t one that a word before it may qualify as its portfolio or
 * jurisdiction ("Employment Minister", "Energy Secretary", "District Judge",
 * "Trade Representative")? By its last word. */
static int portfolio_title(const gaz_t *g, const tag_title *t) {
    static const char *const heads[] = {"Commissioner", "Judge", "Minister", "Representative",
                                        "Secretary"};
    return title_ends_in(g, t, heads, ENT_ARRAY_LEN(heads));
}

/* Is token k inside a title that starts at most two tokens before it, goes
 * on after it and ends in one of words[0..n) (a portfolio, "Telecommunications
 * Minister", "Social Affairs Minister"; an officer's, "Chief Financial
 * Officer")? */
static int inside_title_of(const tag_ctx *c, const gaz_t *g, size_t k, const char *const *words,
                           size_t n) {
    if (k + 1 >= c->doc.ntoks || !(c->cls[k + 1] & W_TITLEINNER)) return 0;
    for (size_t b = k >= 2 ? k - 2 : 0; b <= k; b++) {
        if (!(c->cls[b] & W_TITLESTART)) continue;
        long t = tag_title_starting_at(c, b);
        if (t >= 0 && c->titles[t].tend > k + 1 && title_ends_in(g, &c->titles[t], words, n))
            return 1;
    }
    return 0;
}

/* Is token k in the portfolio of a minister's, a secretary's or a commissioner's title, or
 * the first of two joined by "and" ("Energy" in "Energy and Mines
 * Minister")? */
static int portfolio_at(const tag_ctx *c, const gaz_t *g, size_t k) {
    static const char *const offices[] = {"Commissioner", "Minister", "Secretary"};
    if (inside_title_of(c, g, k, offices, ENT_ARRAY_LEN(offices))) return 1;
    const text_doc *d = &c->doc;
    if (k + 2 >= d->ntoks || !is_and(d, k + 1) || !(d->toks[k + 2].flags & TOK_UPPER)) return 0;
    long t = tag_title_starting_at(c, k + 2);
    return t >= 0 && title_ends_in(g, &c->titles[t], offices, ENT_ARRAY_LEN(offices));
}

/* Is token k inside an officer's or a manager's title ("Chief Financial
 * Officer", "Marketing Director" in "Exxon Marketing Director X"; not
 * "Central Bank Governor", which names the bank)? */
static int inside_title(const tag_ctx *c, const gaz_t *g, size_t k) {
    static const char *const officer[] = {"Controller", "Coordinator", "Director", "Manager",
                                          "Officer", "Supervisor"};
    return inside_title_of(c, g, k, officer, ENT_ARRAY_LEN(officer));
}

/* Is token i "First" as written? */
static int is_first(const tag_ctx *c, size_t i) {
    return !c->blocked[i] && text_tok_is(&c->doc, &c->doc.toks[i], "First");
}

/* Lowercase word or "&" inside an organization's name. */
static int org_joiner(const text_doc *d, size_t i) {
    const text_tok *u = &d->toks[i];
    if (u->len == 1 && d->text[u->start] == '&') return 1;
    return (u->flags & TOK_LOWER) && (text_tok_is(d, u, "of") || text_tok_is(d, u, "for") ||
                                      text_tok_is(d, u, "and") || text_tok_is(d, u, "the"));
}

/* Is token p such a word, in lowercase, inside a name ending at legal form k? */
static int foreign_joiner(const tag_ctx *c, size_t p, size_t k) {
    const text_doc *d = &c->doc;
    return (d->toks[p].flags & TOK_LOWER) && legal_form(d, k) &&
           text_words_find(&foreign_joiners_set, d, &d->toks[p]) >= 0;
}

/* Are tokens [b, e) legal forms, "&" or "and" ("& Co", "and Co Inc")? */
static int only_legal_forms(const tag_ctx *c, size_t b, size_t e) {
    for (size_t q = b; q < e; q++)
        if (!legal_form(&c->doc, q) && !is_and(&c->doc, q) && !tok_char(&c->doc, q, '&')) return 0;
    return 1;
}

/* Index of the first gazetteer match of the scan (spans[0..ngazspans), in
 * text order) that starts at token b or later. */
static size_t gaz_spans_from(const tag_ctx *c, size_t b) {
    size_t lo = 0, hi = c->ngazspans;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->spans[mid].tbeg < b) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Does a gazetteer match of the scan cover token i ("York" in "New York")?
 * One of the few starting before i would. */
static int gaz_span_covers(const tag_ctx *c, size_t i) {
    size_t lo = gaz_spans_from(c, i + 1);
    for (size_t k = lo; k > 0 && lo - k < 8; k--)
        if (c->spans[k - 1].tend > i) return 1;
    return 0;
}

/* The gazetteer match of the scan that starts at token b, or NULL. */
static const tag_span *gaz_span_at(const tag_ctx *c, size_t b) {
    size_t k = gaz_spans_from(c, b);
    return k < c->ngazspans && c->spans[k].tbeg == b ? &c->spans[k] : NULL;
}

/* A company's name in a wire's angle brackets at token i, after the '<'
 * ("sell its oil properties to <Victoria Exploration N.L.> of Perth",
 * "<Banque Paribas> said", "<Merrill Lynch, Pierce, Fenner and Smith Ltd>"):
 * a capitalized word, up to eleven more tokens and the '>' in the same
 * paragraph, a word not in capitals among them (no stock code: "<IBM>",
 * "<BP.L>", "<SMBS ST>") and no lowercase word but a joiner, a particle or a
 * legal form ("Fichtel und Sachs AG", "Lai Sun Garment Co ltd"; not "<Nova,
 * an Alberta Corp>"). The name ends before a possessive, a full stop after a
 * word ("<Kerdix Inc.>", not "<Victoria Exploration N.L.>") and an acronym
 * closing the brackets ("<Banca Nazionale del Lavoro - BNL>", "<Cie
 * Generale de Constructions Telephoniques (CGCT)>": the acronym's own rules
 * take it). Not a legal form alone, nor a name the gazetteer knows as an
 * organization from the same word (its match stays: "<Chase Manhattan Bank
 * NA>"). It wins over a shorter match of another type ("<Toronto Sun
 * Publishing Corp>"). An organization found by `keyword`. Returns 0 or
 * ENT_ENOMEM. */
static int angle_firm_at(tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    if (!cap_word(c, i)) return 0;
    int mixed = 0; /* a word not in capitals */
    size_t j = i;
    for (; j < d->ntoks && j <= i + 12; j++) {
        const text_tok *t = &d->toks[j];
        if (tok_char(d, j, '<') || tok_char(d, j, '>')) break;
        if (j > i && (t->flags & TOK_PARA)) return 0;
        if ((t->flags & TOK_LOWER) && !org_joiner(d, j) && !(c->cls[j] & W_PARTICLE) &&
            text_words_find(&foreign_joiners_set, d, t) < 0 && !legal_form(d, j) &&
            !(j > i && tok_apos(d, j - 1)))
            return 0;
        mixed |= (t->flags & (TOK_WORD | TOK_ALLCAPS)) == TOK_WORD;
    }
    if (j >= d->ntoks || !tok_char(d, j, '>') || !mixed) return 0;
    size_t e = j;
    if (e >= i + 3 && is_possessive(d, e - 2)) e -= 2;
    if (e >= i + 2 && tok_char(d, e - 1, '.') && d->toks[e - 2].len > 1) e--;
    /* (an acronym after a hyphen or in brackets at the end) */
    if (e >= i + 3 && (d->toks[e - 1].flags & TOK_ALLCAPS) && tok_char(d, e - 2, '-'))
        e -= 2;
    else if (e >= i + 4 && tok_char(d, e - 1, ')') && (d->toks[e - 2].flags & TOK_ALLCAPS) &&
             tok_char(d, e - 3, '('))
        e -= 3;
    /* (the name ends in a word, a full stop or a bracket: "<Kidder, Peabody
     * and Co Inc >" has a space before the '>') */
    if (!(d->toks[e - 1].flags & TOK_WORD) && !tok_char(d, e - 1, '.') && !tok_char(d, e - 1, ')'))
        return 0;
    if (e == i + 1 && legal_form(d, i)) return 0;
    const tag_span *known = gaz_span_at(c, i);
    if (known && g->ents[known->gidx].kind == KIND_ORG) return 0;
    return push_span(c, (uint32_t)i, (uint32_t)e, -1, VIA_KEYWORD, K_KEYWORD, 'O');
}

/* May the name of an institution go on over "and" (token j - 1) to the
 * capitalized words from token j ("Conference on Trade and Development",
 * "Center for Strategic and International Studies")? Not after a known name,
 * nor into one, a head word, a given name or a last word of organization
 * names: then "and" joins two names ("United Bank of Switzerland and Dillon Reed", "Ministry of
 * Defence and Foreign Office", "Office of Management and Budget James
 * Miller"). */
static int and_goes_on(const tag_ctx *c, size_t j, size_t end) {
    if (c->gazend[j - 1] || !cap_word(c, j) || gaz_span_at(c, j)) return 0;
    /* (a word of organization names that another word follows is none:
     * "International Association of Machinists and Aerospace Workers") */
    for (; j < end && cap_word(c, j); j++)
        if ((c->cls[j] & (W_ORGHEAD | W_FIRSTNAME)) ||
            ((c->cls[j] & W_ORGSUFFIX) && !(j + 1 < end && cap_word(c, j + 1))))
            return 0;
    return 1;
}

/* Does a gazetteer match of a place, a country or an organization start at
 * token i? */
static int thing_starts_at(const tag_ctx *c, const gaz_t *g, size_t i) {
    const tag_span *sp = gaz_span_at(c, i);
    return sp && g->ents[sp->gidx].kind != KIND_PERSON;
}

/* Is tokens [i, e) the whole name of a place or an organization the
 * gazetteer knows? */
static int known_name_over(const tag_ctx *c, const gaz_t *g, size_t i, size_t e) {
    const tag_span *sp = gaz_span_at(c, i);
    return sp && sp->tend == e && g->ents[sp->gidx].kind != KIND_PERSON;
}

/* Is the one word after "and", token k, a head word of organization names
 * with its own "of" and capitalized word ("Finance Ministry and Chamber of
 * Commerce officials", "Allied Irish Banks and Bank of Ireland")? Then it
 * opens a second organization, whatever the name before "and" ends with. */
static int head_of_after_and(const tag_ctx *c, size_t i, size_t k) {
    const text_doc *d = &c->doc;
    return i == k && (c->cls[k] & W_ORGHEAD) && k + 2 < d->ntoks &&
           text_tok_is(d, &d->toks[k + 1], "of") && cap_word(c, k + 2);
}

/* Do the words from token i to the word of organization names k, after
 * "and" at p and a head word of organization names, make a second
 * organization ("Liberal Democratic Party and Finance Ministry")? Not when k is a legal
 * form ("Nippon Telegraph and Telephone Corp") or the word after "and" is a
 * word of organization names itself ("National Bank and Trust Co"). */
static int second_org(const tag_ctx *c, size_t p, size_t i, size_t k) {
    const text_doc *d = &c->doc;
    /* a head word ("Party", "Bank", "Ministry") ends a whole name before
     * "and", and so do "Group", "Holdings", "Partners" and "Ventures"
     * ("Ameribanc Investors Group and Cardinal Savings and Loan Association",
     * "ARCH Venture Partners and Population Health Partners"); a word such as
     * "Savings", "Management" or "Capital" does not ("Savings and Loan
     * Association", "Management and Coordination Agency", "Prudential Capital
     * and Investment Services Inc") */
    const text_tok *w = &d->toks[p - 1];
    return ((c->cls[p - 1] & W_ORGHEAD) || text_tok_is(d, w, "Group") ||
            text_tok_is(d, w, "Holdings") || text_tok_is(d, w, "Partners") ||
            text_tok_is(d, w, "Ventures")) &&
           !legal_form(d, p - 1) && !legal_form(d, k) && i < k && !(c->cls[i] & W_ORGSUFFIX);
}

/* Are tokens a and b written the same? */
static int same_tok(const text_doc *d, size_t a, size_t b) {
    const text_tok *x = &d->toks[a], *y = &d->toks[b];
    return x->len == y->len && memcmp(d->text + x->start, d->text + y->start, x->len) == 0;
}

/* Does the name from token i to k, after "and" at p, open with the word that
 * opens the name before "and", one or two words back: two firms of one family
 * ("Liberty Financial and Liberty Savings", "Hilton Hotels and Hilton
 * International Hotels")? */
static int repeated_firm_word(const tag_ctx *c, size_t p, size_t i, size_t k) {
    if (i >= k || p < 2) return 0;
    for (size_t b = p - 2; b + 3 >= p && b > 0; b--) {
        if (!cap_word(c, b)) return 0;
        if (same_tok(&c->doc, b, i)) return 1;
    }
    return 0;
}

/* Does a gazetteer match of an organization start at token i? */
static int org_starts_at(const tag_ctx *c, const gaz_t *g, size_t i) {
    const tag_span *sp = gaz_span_at(c, i);
    return sp && g->ents[sp->gidx].kind == KIND_ORG;
}

/* Is token i a town's name of one word ("Kent-Moore Group", "Cleveland-Cliffs
 * Inc": towns name companies)? */
static int town_word(const tag_ctx *c, const gaz_t *g, size_t i) {
    const tag_span *sp = gaz_span_at(c, i);
    return sp && sp->tend == i + 1 && g->ents[sp->gidx].town;
}

static size_t club_end(tag_ctx *c, const gaz_t *g, size_t i);

/* Are the n words at token i a company's name found before with its legal
 * form ("Morton Thiokol Inc" ... "Morton Thiokol employees"), or a team's
 * found before by its result ("Gloria Bistrita 2 Dinamo Bucharest 1" ...
 * "Gloria Bistrita 6")? Then they name the company or the team again, not a
 * person. */
static int firm_named(const tag_ctx *c, size_t i, uint32_t n) {
    const text_doc *d = &c->doc;
    for (size_t q = c->ngazspans; q < c->nspans; q++) {
        const tag_span *sp = &c->spans[q];
        int team = sp->kind == K_TABLE && sp->via == VIA_TEAM && sp->tend - sp->tbeg == n;
        if ((sp->kind != K_KEYWORD && !team) || sp->tend - sp->tbeg < n ||
            (!team && sp->tend - sp->tbeg == n) || sp->tbeg >= i)
            continue;
        uint32_t k = 0;
        while (k < n && d->toks[sp->tbeg + k].key == d->toks[i + k].key &&
               d->toks[sp->tbeg + k].len == d->toks[i + k].len)
            k++;
        if (k == n && (team || only_legal_forms(c, sp->tbeg + n, sp->tend))) return 1;
    }
    return 0;
}

/* A person named in capitals at the head of a list's item, at capitalized
 * word i: a known given name and one or two more words in capitals, opening
 * a line (maybe after a bullet "*", "-" or "•") before a dash or a colon
 * ("* KEVIN WARSH - A former Fed governor", "MICHELLE BOWMAN: The Fed's vice
 * chair"). Returns 0 or ENT_ENOMEM. */
static int caps_item_name_at(tag_ctx *c, size_t i, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[i];
    if ((t->flags & (TOK_ALLCAPS | TOK_WORD | TOK_DIGIT)) != (TOK_ALLCAPS | TOK_WORD) ||
        (c->cls[i] & (W_FIRSTNAME | W_STOP | W_NOTFIRST)) != W_FIRSTNAME || t->len < 2 ||
        gazstop[i] || c->blocked[i])
        return 0;
    if (!(t->flags & TOK_NL) &&
        !(i > 0 && (d->toks[i - 1].flags & TOK_NL) &&
          (tok_char(d, i - 1, '*') || tok_char(d, i - 1, '-') ||
           text_tok_is(d, &d->toks[i - 1], "•"))))
        return 0;
    size_t e = i + 1;
    while (e < d->ntoks && e < i + 3 &&
           (d->toks[e].flags & (TOK_ALLCAPS | TOK_WORD | TOK_DIGIT | TOK_SPACE | TOK_NL)) ==
               (TOK_ALLCAPS | TOK_WORD | TOK_SPACE) &&
           d->toks[e].len >= 2 && !(c->cls[e] & W_STOP) && !gazstop[e] && !c->blocked[e])
        e++;
    /* (a dash after a space: not a hyphen, "REAGAN HITS HOUSE-PASSED BUDGET") */
    if (e == i + 1 || e >= d->ntoks || (d->toks[e].flags & TOK_NL) ||
        !((text_is_dash(d, e) && (d->toks[e].flags & TOK_SPACE)) || tok_char(d, e, ':')))
        return 0;
    return push_span(c, (uint32_t)i, (uint32_t)e, -1, VIA_FIRSTNAME, K_FIRST, 'P');
}

/* A person with a nickname in quotes between a known given name and the
 * surname at capitalized word i of sentence s: 'Roberto "Hands of Stone"
 * Duran', 'Hector "Macho" Camacho'. The nickname is one to four words, the
 * first capitalized; the surname one capitalized word (or two) that starts
 * no known place or organization. Returns 0 or ENT_ENOMEM. */
static int nickname_name_at(tag_ctx *c, size_t i, uint32_t s, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    /* a given name and a quotation mark after it: most capitalized words have
     * neither */
    if ((c->cls[i] & (W_FIRSTNAME | W_STOP | W_NOTFIRST)) != W_FIRSTNAME || i + 4 >= d->ntoks ||
        (d->toks[i + 1].flags & TOK_WORD) || !tag_dquote(d, i + 1))
        return 0;
    size_t end = d->sents[s].tend;
    /* (a capitalized word before is a name's, but a title's: 'ex-President
     * Jorge "Tuto" Quiroga') */
    if (i + 4 >= end || c->blocked[i] || (d->toks[i].flags & TOK_ALLCAPS) ||
        (after_cap_word(d, i) && tag_title_ending_at(c->titles, c->ntitles, i) < 0))
        return 0;
    size_t q = i + 2;
    if (!(d->toks[q].flags & TOK_UPPER)) return 0;
    while (q < end && q < i + 6 && (d->toks[q].flags & TOK_WORD)) q++;
    if (q >= end || q == i + 2 || !tag_dquote(d, q) || q + 1 >= end) return 0;
    size_t sn = q + 1;
    if (!name_word(c, sn) || gazstop[sn] || (c->cls[sn] & (W_NOTLAST | W_ORGSUFFIX))) return 0;
    int words;
    uint32_t n = name_run_words(c, sn, end, gazstop, &words);
    if (n < 1 || words > 2 || headline(c, s) != HL_NO) return 0;
    return push_span(c, (uint32_t)i, (uint32_t)(sn + n), -1, VIA_FIRSTNAME, K_FIRST, 'P');
}

/* Is token k a stop word that is a family name too ("Rather", "Said",
 * "May"; not a day's name: "President Reagan Friday said"), capitalized
 * inside a sentence after a space, with no capitalized word, "of" or a hyphen
 * after it (a possessive may follow)? */
static int stop_surname(const tag_ctx *c, size_t k) {
    const text_doc *d = &c->doc;
    if (k + 1 >= d->ntoks) return 0;
    const text_tok *t = &d->toks[k], *n = &d->toks[k + 1];
    return (c->cls[k] & W_STOP) &&
           (text_tok_is(d, t, "Rather") || text_tok_is(d, t, "Said") || text_tok_is(d, t, "May")) &&
           (t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SENT | TOK_SPACE)) ==
               (TOK_WORD | TOK_UPPER | TOK_SPACE) &&
           !(n->flags & TOK_UPPER) && !text_tok_is(d, n, "of") &&
           !(tok_glue(d, k + 1) && !is_possessive(d, k + 1));
}

static int firm_noun_before(const text_doc *d, size_t i);
static int body_noun_before(const text_doc *d, size_t i);

/* Do shares name a company of two capitalized words at token i: "shares in",
 * "stake in", "shares of" or "stock of" before it, or "shares" or "stock" in
 * lowercase right after the two ("Kwik Save shares")? */
static int shares_of_name(const text_doc *d, size_t i) {
    if (i >= 2 && (text_tok_is(d, &d->toks[i - 1], "in") || text_tok_is(d, &d->toks[i - 1], "of")) &&
        (text_tok_ieq(d, &d->toks[i - 2], "shares") || text_tok_ieq(d, &d->toks[i - 2], "stake") ||
         text_tok_ieq(d, &d->toks[i - 2], "stock")))
        return 1;
    size_t e = i + 2;
    return e < d->ntoks && (d->toks[i + 1].flags & TOK_UPPER) && (d->toks[e].flags & TOK_LOWER) &&
           (text_tok_is(d, &d->toks[e], "shares") || text_tok_is(d, &d->toks[e], "stock"));
}

/* Is token i "Al", "El" or "Abu", which open Arabic place names as often as
 * they are given names, after a preposition of place but "from" and "to"
 * ("the air base at Al Udeid", "near Abu Ghraib"; but "a letter from Abu
 * Mazen")? Then a place's name starts there, no person's. */
static int article_after_place_prep(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i], *p = i > 0 ? t - 1 : NULL;
    if (t->len > 3 || !(text_tok_is(d, t, "Al") || text_tok_is(d, t, "El") ||
                        text_tok_is(d, t, "Abu")))
        return 0;
    return p && (p->flags & TOK_LOWER) && text_words_find(&place_preps_set, d, p) >= 0 &&
           !text_tok_is(d, p, "from") && !text_tok_is(d, p, "to");
}

/* Does a noun of a work (work_nouns), in lowercase, stand right before token
 * i? Then the work's title starts there, no person's or company's name. */
static int work_noun_before(const text_doc *d, size_t i) {
    const text_tok *p = i > 0 ? &d->toks[i - 1] : NULL;
    return p && (p->flags & TOK_LOWER) && p->len >= 4 && (d->toks[i].flags & TOK_SPACE) &&
           text_words_find(&work_nouns_set, d, p) >= 0;
}

/* Do "the town of", "the village of" and the like (place_nouns, in
 * lowercase) come right before token b? Then a place's name starts there
 * (find_noun_towns), no person's. */
static inline int place_noun_of_before(const tag_ctx *c, size_t b) {
    const text_doc *d = &c->doc;
    return b >= 2 && (c->cls[b - 2] & W_PLACENOUN) && text_tok_is(d, &d->toks[b - 1], "of") &&
           (d->toks[b - 2].flags & TOK_LOWER) &&
           text_words_find(&place_nouns_set, d, &d->toks[b - 2]) >= 0;
}

/* Does a noun for a company only, not a trade's, stand right before token i?
 * Then a company's name starts there, find_firms_by_context's, no person's:
 * "retailer John Lewis", "brokerage firm Sanford Bernstein said" (but
 * "broker John Smith said", "Chairman of the firm Gordon Wu said"). */
static int firm_only_noun_before(const text_doc *d, size_t i) {
    if (!(i > 0 && firm_noun_before(d, i) && !body_noun_before(d, i) &&
          text_words_find(&trade_nouns_set, d, &d->toks[i - 1]) < 0))
        return 0;
    /* (not "of the" or "for the" before the noun, which is the officer's
     * then: "Chairman of the firm Gordon Wu said") */
    return !(i >= 3 && text_tok_ieq(d, &d->toks[i - 2], "the") &&
             (text_tok_is(d, &d->toks[i - 3], "of") || text_tok_is(d, &d->toks[i - 3], "for")));
}

/* A person named from a known first name at capitalized word i: "John
 * Smith". Returns 0 or ENT_ENOMEM. */
static int first_name_at(tag_ctx *c, const gaz_t *g, size_t i, uint32_t s,
                         const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    if ((c->cls[i] & (W_FIRSTNAME | W_STOP | W_NOTFIRST)) != W_FIRSTNAME) return 0;
    /* (no person after a noun for a company only, "bookmaker William Hill";
     * nor one whose shares are bought: "32.58 mln Kwik Save shares", "shares
     * in Kwik Save", "a stake in John Lewis") */
    if (firm_only_noun_before(d, i)) return 0;
    if (shares_of_name(d, i)) return 0;
    if (place_noun_of_before(c, i)) return 0; /* "the village of Haj Omran": a town */
    if (work_noun_before(d, i)) return 0; /* "the film Napoleon Dynamite" */
    if (article_after_place_prep(d, i)) return 0; /* "the air base at Al Udeid" */
    if (club_end(c, g, i)) return 0; /* "Hertha Berlin": club_at */
    const text_tok *t = &d->toks[i];
    if ((t->flags & TOK_ALLCAPS) || c->blocked[i]) return 0;
    /* a given name that is a particle too, after a capitalized word, is the
     * particle of a longer name after two or a word of organizations' names:
     * "Compagnie Generale Des Eaux", "Banca Popolare De Vicenza" (not after a
     * sentence's first word or a title, "Lock Ben Kay", nor after one word,
     * "Ciriaco De Mita") */
    if ((c->cls[i] & W_PARTICLE) && after_cap_word(d, i) &&
        !(d->toks[i - 1].flags & TOK_SENT) && !(c->cls[i - 1] & W_TITLESTART) &&
        tag_title_ending_at(c->titles, c->ntitles, i) < 0 &&
        ((c->cls[i - 1] & (W_ORGHEAD | W_ORGSUFFIX)) || after_cap_word(d, i - 1)))
        return 0;
    /* the next word is a name word, or one or two lowercase particles and
     * then one ("Osama bin Laden", "Ursula von der Leyen"); after a given
     * name joined to this one ("Lee-Anne Mulholland", "Jean-Pierre X") */
    size_t h = i + 1;
    if (h + 1 < d->ntoks && tok_glue(d, h) && !(d->toks[h + 1].flags & TOK_SPACE) &&
        (c->cls[h + 1] & W_FIRSTNAME) && (d->toks[h + 1].flags & TOK_UPPER))
        h += 2;
    size_t nx = past_particles(c, h, d->ntoks);
    /* a family name that is a stop word, capitalized inside a sentence right
     * after the given name and ending the name ("Dan Rather spoke", "Edward
     * Said's book"; not in a headline, where every word is capitalized) */
    if (h == i + 1 && nx == h && stop_surname(c, nx) && headline(c, s) == HL_NO &&
        !gazstop[i] && !firm_named(c, i, 2))
        return push_span(c, (uint32_t)i, (uint32_t)i + 2, -1, VIA_FIRSTNAME, K_FIRST, 'P');
    /* (a middle initial may be a stop word's letter: "David A. Welch") */
    if (nx >= d->ntoks ||
        !(name_word(c, nx) || surname_title_at(c, nx, d->ntoks) ||
          (initial_at(c, nx, d->ntoks) && nx + 2 < d->ntoks && name_word(c, nx + 2))))
        return 0;
    if (headline(c, s) != HL_NO) return 0;
    size_t end = d->sents[s].tend;
    if (nx >= end) return 0;
    if (c->cls[nx] & (W_ORGSUFFIX | W_COMMON)) return 0;
    if (i < c->name_skip) return 0; /* inside a run judged too long below */
    int words;
    uint32_t n = name_run_words(c, i, end, NULL, &words);
    /* more than three capitalized words from a given name are mostly a name
     * of something else ("Andy Warhol Photographic Legacy Program", "Fallon
     * Naval Air Station"), and so is the rest of them ("Ta Chung Hua Rubber
     * Factory" is no "Hua Rubber Factory") */
    /* but two given names and two family names: "Jorge Luis Dely Valdes" */
    int limit = (c->cls[i + 1] & W_FIRSTNAME) ? 4 : 3;
    if (words > limit && !gaz_span_covers(c, i)) c->name_skip = i + n;
    if (n < 2 || words > limit) return 0;
    /* no word of it may start a place or organization ("Merrill Lynch
     * International" is the bank, not a Mr Lynch), but a town may be the
     * surname, not after a particle ("Otis Redding", not "Paolo di Torino"),
     * or the given name ("Kent Orrin": the rule starts only at given names) */
    for (uint32_t k = 0; k < n; k++)
        if (gazstop[i + k] &&
            (gazstop[i + k] == GS_NAME || (k == 0 && gazstop[i] != GS_WORD) || (k > 0 && k + 1 < n) ||
             (k > 0 && (c->cls[i + k - 1] & W_PARTICLE)) ||
             (gazstop[i + k] == GS_COUNTRY && words != 2)))
            return 0;
    if (c->cls[i + n - 1] & (W_ORGSUFFIX | W_NOTLAST)) return 0; /* "Jupiter Research" */
    /* a word in lowercase after a hyphen ends a compound, no family name
     * ("Atwood, a Booker Prize-winner,"), but for a romanized syllable: "Hui
     * Yin-fat" */
    const text_tok *lt = &d->toks[i + n - 1];
    if ((lt->flags & TOK_LOWER) && !text_syllable(d->text + lt->start, lt->len)) return 0;
    /* a version number after it names a product: "Claude Opus 4.5" */
    size_t v = i + n;
    if (v + 2 < d->ntoks && (d->toks[v].flags & TOK_DIGIT) && (d->toks[v].flags & TOK_SPACE) &&
        tok_char(d, v + 1, '.') && !(d->toks[v + 1].flags & TOK_SPACE) &&
        (d->toks[v + 2].flags & TOK_DIGIT) && !(d->toks[v + 2].flags & TOK_SPACE))
        return 0;
    if (text_words_find(&facility_words_set, d, &d->toks[i + n - 1]) >= 0) return 0;
    /* nor before one in lowercase: a place named after a person ("Charles de
     * Gaulle airport", "Ben Gurion airport"), also after a word of its kind
     * ("Nur Khan air base", "Ben Gurion international airport") */
    size_t f = i + n;
    if (f + 1 < d->ntoks && (d->toks[f].flags & TOK_LOWER) &&
        text_words_find(&facility_kinds_set, d, &d->toks[f]) >= 0)
        f++;
    if (f < d->ntoks && (d->toks[f].flags & TOK_LOWER) &&
        (text_words_find(&facility_words_set, d, &d->toks[f]) >= 0 ||
         (f == i + n && text_words_find(&division_words_set, d, &d->toks[f]) >= 0)))
        return 0;
    /* nor before a printed paper's noun: a title named like a person ("Mac
     * Format magazine", "Marie Claire magazine"; find_firms_by_context takes
     * it) */
    if (i + n < d->ntoks && (d->toks[i + n].flags & TOK_LOWER) && (c->cls[i + n] & W_MEDIANOUN) &&
        (text_tok_is(d, &d->toks[i + n], "magazine") ||
         text_tok_is(d, &d->toks[i + n], "newspaper") ||
         text_tok_is(d, &d->toks[i + n], "tabloid") || text_tok_is(d, &d->toks[i + n], "website")))
        return 0;
    if (firm_named(c, i, n)) return 0;
    return push_span(c, (uint32_t)i, (uint32_t)(i + n), -1, VIA_FIRSTNAME, K_FIRST, 'P');
}

/* A person named by one initial then a surname at capitalized word i: "J.
 * Ratcliffe", "R. Foster Winans". Two or three initials are too often a place
 * or currency ("N.Z. Dlrs", "B.C. Resources"; "U.S." starts a gazetteer
 * match; "F.O. Licht said", "R.J. Reynolds" are companies): a person only
 * before two name words that are no ordinary words ("K.P. Sharma Oli", "W.F.
 * Rockwell Jr") or before one and ", who". Returns 0 or ENT_ENOMEM. */
static int initial_name_at(tag_ctx *c, size_t i, uint32_t s, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    if (d->toks[i].len != 1 || gazstop[i] || c->blocked[i]) return 0;
    /* "S/P.", but "(D. Cox 95 not out" */
    if (i > 0 && !(d->toks[i].flags & (TOK_SPACE | TOK_SENT)) && !tok_char(d, i - 1, '(')) return 0;
    if (i > 0 && (d->toks[i - 1].flags & (TOK_UPPER | TOK_DIGIT)) &&
        !(d->toks[i].flags & TOK_SENT))
        return 0; /* after a capitalized word or a number: "World War I.", "1.80 N.Z." */
    size_t end = d->sents[s].tend;
    if (!initial_at(c, i, end)) return 0;
    size_t k = i + 2; /* past the initials */
    while (k < i + 6 && initial_at(c, k, end)) k += 2;
    if (k > i + 2 && (initial_at(c, k, end) || (d->toks[k].flags & TOK_SPACE) == 0 ||
                      gazstop[i + 2]))
        return 0; /* four initials, or no space after them: an acronym */
    uint32_t n = name_run(c, i, end, gazstop);
    /* "J", ".", and one or two name words */
    if (n < k - i + 1 || n > k - i + 2) return 0;
    size_t last = i + n - 1;
    if ((c->cls[last] & (W_COMMON | W_ORGSUFFIX | W_NOTLAST)) || d->toks[last].len < 2) return 0;
    /* (nor a line's last letter and the next line's one word: a wire's
     * signature, "BBB-minus by S and P." then "Reuter") */
    if ((d->toks[k].flags & TOK_NL) && (last + 1 >= d->ntoks || (d->toks[last + 1].flags & TOK_NL)))
        return 0;
    if (k > i + 2) {
        /* (after two or three initials no ordinary word: "R.J. Reynolds
         * Tobacco", "G.E. Astro Space" are companies) */
        for (size_t w = k; w <= last; w++)
            if (c->cls[w] & W_COMMON) return 0;
        if (n == k - i + 1 && !(last + 2 < end && tok_char(d, last + 1, ',') &&
                                text_tok_is(d, &d->toks[last + 2], "who")))
            return 0;
    }
    if (headline(c, s) != HL_NO) return 0;
    return push_span(c, (uint32_t)i, (uint32_t)(i + n), -1, VIA_INITIAL, K_FIRST, 'P');
}

/* Token i lowercased into w[0..12): its length, or 0 when it is no ASCII word
 * of 12 letters or less. */
static size_t word_lower(const text_doc *d, size_t i, char *w) {
    const text_tok *t = &d->toks[i];
    if ((t->flags & (TOK_WORD | TOK_DIGIT | TOK_NONASCII)) != TOK_WORD || t->len > 12) return 0;
    for (uint32_t k = 0; k < t->len; k++) w[k] = (char)text_lower[(unsigned char)d->text[t->start + k]];
    return t->len;
}

/* Is token i one syllable (syllable_str)? */
static int syllable(const text_doc *d, size_t i) {
    char w[12];
    if (d->toks[i].len > 6) return 0; /* the longest, "chuang", "zhuang" */
    size_t n = word_lower(d, i, w);
    return n && text_syllable(w, n);
}

/* Is token i one or two syllables ("Qiang", "Donghai", "Jintao")? */
static int syllables12(const text_doc *d, size_t i) {
    char w[12];
    size_t n = word_lower(d, i, w);
    if (!n || text_syllable(w, n)) return n != 0;
    for (size_t cut = 1; cut < n; cut++)
        if (text_syllable(w, cut) && text_syllable(w + cut, n - cut)) return 1;
    return 0;
}

/* A person shaped like an East Asian name at capitalized word i of sentence
 * s: a family name of one syllable, then a given name of two joined by a
 * hyphen ("Leung Kwok-hung", "Park Joo-ho", "Lee Cheuk-yan"), none of them
 * a stop word or the start of a known place or organization, as a name of
 * its own (no capitalized word around it). Returns 0 or ENT_ENOMEM. */
static int syllable_name_at(tag_ctx *c, size_t i, uint32_t s, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    /* (the hyphen first, as in compound_name_at: the sentence's end is near
     * a capitalized word often, but no test of it then) */
    if (i + 3 >= d->ntoks || !tok_char(d, i + 2, '-')) return 0;
    size_t end = d->sents[s].tend;
    if (i + 3 >= end) return 0;
    const text_tok *fam = &d->toks[i], *g1 = &d->toks[i + 1], *g2 = &d->toks[i + 3];
    if ((fam->flags & TOK_ALLCAPS) || !(g1->flags & TOK_UPPER) || (g1->flags & TOK_ALLCAPS) ||
        (d->toks[i + 2].flags & TOK_SPACE) || (g2->flags & TOK_SPACE) || !(g1->flags & TOK_SPACE))
        return 0;
    for (size_t k = i; k <= i + 1; k++)
        if ((c->cls[k] & (W_STOP | W_TITLESTART)) || gazstop[k] || c->blocked[k]) return 0;
    if (!syllable(d, i) || !syllable(d, i + 1) || !syllable(d, i + 3)) return 0;
    if (i > d->sents[s].tbeg && name_word(c, i - 1)) return 0;
    if (i + 4 < end && ((d->toks[i + 4].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) ||
                        (tok_glue(d, i + 4) && !is_possessive(d, i + 4))))
        return 0;
    if (headline(c, s) != HL_NO) return 0;
    return push_span(c, (uint32_t)i, (uint32_t)(i + 4), -1, VIA_SYLLABLES, K_FIRST, 'P');
}

/* A person whose one-word name links two capitalized words by "-ul-", "-ur-"
 * and the like at capitalized word i: "Inzamam-ul-Haq", "Ata-ur-Rehman",
 * "Zia-ul-Haq" (a shape no other name has). Returns 0 or ENT_ENOMEM. */
static inline __attribute__((always_inline)) int compound_name_at(tag_ctx *c, size_t i,
                                                                  const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    /* (the hyphens first: nearly no word has them, a test the branch
     * predictor learns, where a known name or a blocked word is a toss-up) */
    if (i + 4 >= d->ntoks || !(tok_char(d, i + 1, '-') & tok_char(d, i + 3, '-')) || gazstop[i] ||
        c->blocked[i])
        return 0;
    for (size_t k = i + 1; k <= i + 4; k++)
        if (d->toks[k].flags & TOK_SPACE) return 0;
    const text_tok *link = &d->toks[i + 2], *last = &d->toks[i + 4];
    if (!(link->flags & TOK_LOWER) || text_words_find(&name_links_set, d, link) < 0 ||
        (last->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) != (TOK_WORD | TOK_UPPER) ||
        (d->toks[i].flags & TOK_ALLCAPS))
        return 0;
    return push_span(c, (uint32_t)i, (uint32_t)(i + 5), -1, VIA_COMPOUND, K_FIRST, 'P');
}

/* Is the first of the n = 3 name words at i a title the lists lack, before a
 * given name and a surname ("Treasurer Paul Keating said", "Conductor
 * Marcello Viotti, ...")? The first-name rule finds the name then. But not
 * in "Sung Won Sohn" (syllables) nor "Hein Le Roux" (a particle). */
static int title_before_name(const tag_ctx *c, size_t i, uint32_t n) {
    const text_doc *d = &c->doc;
    return n == 3 && !(c->cls[i] & W_FIRSTNAME) &&
           (c->cls[i + 1] & (W_FIRSTNAME | W_PARTICLE)) == W_FIRSTNAME &&
           (d->toks[i + 1].flags & d->toks[i + 2].flags & TOK_WORD) && !syllable(d, i);
}

/* Is there a role phrase of a person from token k, before token end: maybe a
 * determiner, then up to five lowercase words, the last a word of a person's
 * role ("deputy chief economist", "senior research fellow", "general
 * manager"), then a preposition, "and" or punctuation; not a clause ("the
 * spokesman added") nor the role of a person named next ("Eastman Kodak,
 * chief executive Colby Chandler")? */
static int role_phrase_at(const text_doc *d, size_t k, size_t end) {
    if (k < end && text_words_find(&appos_dets_set, d, &d->toks[k]) >= 0) k++;
    /* (an acronym, its employer's, may open it after an article: "Teruo
     * Sofue, a NASDA spokesman,") */
    if (k + 1 < end && k > 0 && (text_tok_is(d, &d->toks[k - 1], "a") ||
                                 text_tok_is(d, &d->toks[k - 1], "an")) &&
        (d->toks[k].flags & (TOK_ALLCAPS | TOK_DIGIT | TOK_NONASCII)) == TOK_ALLCAPS &&
        d->toks[k].len >= 2 && d->toks[k].len <= 6 && (d->toks[k + 1].flags & TOK_LOWER))
        k++;
    size_t j = k;
    /* (a count of times first: "the 24-time champion") */
    if (j + 3 < end && (d->toks[j].flags & TOK_DIGIT) && tok_glue(d, j + 1) &&
        text_tok_is(d, &d->toks[j + 2], "time"))
        j += 3, k += 3;
    while (j < end && j < k + 6 &&
           (d->toks[j].flags & (TOK_WORD | TOK_LOWER | TOK_DIGIT)) == (TOK_WORD | TOK_LOWER) &&
           text_words_find(&appos_breaks_set, d, &d->toks[j]) < 0)
        j += 1 + (j + 2 < end && tok_glue(d, j + 1)); /* "director-general" */
    /* (an officer's letters end one too: "Sundar Pichai, Alphabet's CEO,",
     * "Ruth Porat, its CFO,") */
    const text_tok *t = j < end ? &d->toks[j] : NULL;
    int officer = t && (t->flags & (TOK_WORD | TOK_ALLCAPS)) == (TOK_WORD | TOK_ALLCAPS) &&
                  t->len == 3 &&
                  (text_tok_is(d, t, "CEO") || text_tok_is(d, t, "CFO") ||
                   text_tok_is(d, t, "COO") || text_tok_is(d, t, "CTO"));
    j += (size_t)officer;
    if (j == k || j > end) return 0;
    const text_tok *last = &d->toks[j - 1];
    /* "director general", "secretary-general" */
    int general = j - k >= 2 && text_tok_is(d, last, "general") &&
                  (text_tok_is(d, &d->toks[j - 2], "director") ||
                   text_tok_is(d, &d->toks[j - 2], "secretary") ||
                   (tok_glue(d, j - 2) && (text_tok_is(d, &d->toks[j - 3], "director") ||
                                           text_tok_is(d, &d->toks[j - 3], "secretary"))));
    /* "mayor-elect", "president-elect" */
    int elect = j - k >= 3 && text_tok_is(d, last, "elect") && tok_glue(d, j - 2) &&
                text_words_find(&appos_roles_set, d, &d->toks[j - 3]) >= 0;
    int role = officer || general || elect || text_words_find(&appos_roles_set, d, last) >= 0 ||
               (text_words_find(&appos_of_roles_set, d, last) >= 0 && j < end &&
                text_tok_is(d, &d->toks[j], "of")) ||
               (text_tok_is(d, last, "manager") && j - 1 > k &&
                text_words_find(&manager_kinds_set, d, &d->toks[j - 2]) >= 0);
    return role && (j >= end || text_words_find(&appos_after_set, d, &d->toks[j]) >= 0 ||
                    tok_char(d, j, ',') || tok_char(d, j, '.') || tok_char(d, j, ';'));
}

/* Is there, at token k before token end, "one of" and whose they are (a
 * known name's or "the country's" possessive, "the", "its", "his", "her" or
 * "their"), up to four lowercase words and a noun of plural_roles ending the
 * phrase: "one of Ethiopia's most distinguished lawyers", "one of the
 * country's richest men"? */
static int one_of_role_at(const tag_ctx *c, const gaz_t *g, size_t k, size_t end) {
    const text_doc *d = &c->doc;
    if (k + 4 >= end || !text_tok_is(d, &d->toks[k], "one") ||
        !text_tok_is(d, &d->toks[k + 1], "of"))
        return 0;
    size_t j = k + 2;
    const tag_span *sp = gaz_span_at(c, j);
    if (sp && sp->kind == K_GAZ && g->ents[sp->gidx].kind != KIND_PERSON && sp->tend + 2 < end &&
        is_possessive(d, sp->tend))
        j = sp->tend + 2;
    else if (j + 3 < end && text_tok_is(d, &d->toks[j], "the") &&
             (d->toks[j + 1].flags & TOK_LOWER) && is_possessive(d, j + 2))
        j += 4; /* "the country's" */
    else if (text_tok_is(d, &d->toks[j], "the") || text_tok_is(d, &d->toks[j], "its") ||
             text_tok_is(d, &d->toks[j], "his") || text_tok_is(d, &d->toks[j], "her") ||
             text_tok_is(d, &d->toks[j], "their"))
        j++;
    else
        return 0;
    size_t w = j;
    while (w < end && w < j + 5 &&
           (d->toks[w].flags & (TOK_WORD | TOK_LOWER | TOK_DIGIT)) == (TOK_WORD | TOK_LOWER) &&
           text_words_find(&appos_after_set, d, &d->toks[w]) < 0)
        w += 1 + (w + 2 < end && tok_glue(d, w + 1)); /* "best-known" */
    return w > j && w <= end && text_words_find(&plural_roles_set, d, &d->toks[w - 1]) >= 0 &&
           (w == end || tok_char(d, w, ',') || tok_char(d, w, '.') ||
            text_words_find(&appos_after_set, d, &d->toks[w]) >= 0);
}

/* Is there an age between commas at token k, before token end, and a
 * lowercase word after it: "Wissam Tawil, 34, was killed", "X, 61, a former
 * banker"; or an age after "a" ("X, a 34-year-old lawyer")? */
static int age_at(const text_doc *d, size_t k, size_t end) {
    /* or "a 34-year-old" ("Zohran Mamdani, a 34-year-old democratic
     * socialist,") */
    if ((text_tok_is(d, &d->toks[k], "a") || text_tok_is(d, &d->toks[k], "an")) &&
        tag_year_old_at(d, k + 1, end))
        return 1;
    if (k + 2 >= end || !tok_char(d, k + 1, ',') || !(d->toks[k + 2].flags & TOK_LOWER)) return 0;
    const text_tok *t = &d->toks[k];
    if (t->len > 3 || (t->flags & (TOK_WORD | TOK_DIGIT)) != (TOK_WORD | TOK_DIGIT)) return 0;
    int v = 0;
    for (uint32_t b = t->start; b < t->end; b++) {
        if (d->text[b] < '0' || d->text[b] > '9') return 0;
        v = v * 10 + (d->text[b] - '0');
    }
    return v >= 1 && v <= 110;
}

/* A person of two or three name words at capitalized word i of sentence s,
 * then a comma and a role phrase or an age: "Noboru Goto, president of the Japan
 * Chamber", "Kaha Kiknavelidze, analyst at Troika Dialog". Returns 0 or
 * ENT_ENOMEM. */
static __attribute__((noinline)) int appositive_name(tag_ctx *c, const gaz_t *g, size_t i,
                                                     uint32_t s, const uint8_t *gazstop);
static inline int appositive_at(tag_ctx *c, const gaz_t *g, size_t i, uint32_t s,
                                const uint8_t *gazstop) {
    /* a name word, a particle or a hyphen next, and a comma two to four
     * tokens on, or a comma and a number next (an age: "Albrecht, 54,"):
     * most capitalized words have neither, and are dropped here (the rest
     * of the rule is out of line) */
    const text_doc *d = &c->doc;
    if (i + 4 >= d->ntoks) return 0;
    /* (the comma first, the rarer; each test without branches inside: a
     * capitalized word after is a toss-up the predictor would miss) */
    /* (or "became" two or three tokens on: "Shinjiro Koizumi became defence
     * minister") */
    const uint64_t became = WORD_KEY6('b', 'e', 'c', 'a', 'm', 'e');
    if (!(tok_char(d, i + 2, ',') | tok_char(d, i + 3, ',') | tok_char(d, i + 4, ',') |
          (d->toks[i + 2].key == became) | (d->toks[i + 3].key == became)) ||
        !(((d->toks[i + 1].flags & TOK_UPPER) != 0) | ((c->cls[i + 1] & W_PARTICLE) != 0) |
          tok_char(d, i + 1, '-'))) {
        /* (or an age right after: "Albrecht, 54,"; or an article, for a
         * party's member: "Derwinski, a Republican from Chicago") */
        if (!tok_char(d, i + 1, ',') ||
            !((d->toks[i + 2].flags & TOK_DIGIT) || d->toks[i + 2].key == (uint64_t)'a' ||
              d->toks[i + 2].key == WORD_KEY2('a', 'n') ||
              d->toks[i + 2].key == WORD_KEY3('t', 'h', 'e')))
            return 0;
    }
    return appositive_name(c, g, i, s, gazstop);
}

/* A role phrase of a known organization's or country's at token k, before
 * token end: its name, "'s" and a role phrase ("Google's chief executive",
 * "Iran's foreign minister")? */
static int owner_role_at(const tag_ctx *c, const gaz_t *g, size_t k, size_t end) {
    const text_doc *d = &c->doc;
    /* (maybe after "the": "Lyse Doucet, the BBC's chief correspondent,") */
    if (k + 1 < end && text_tok_is(d, &d->toks[k], "the")) k++;
    const tag_span *sp = gaz_span_at(c, k);
    return sp && sp->kind == K_GAZ && g->ents[sp->gidx].kind != KIND_PERSON && sp->tend + 2 < end &&
           is_possessive(d, sp->tend) && role_phrase_at(d, sp->tend + 2, end);
}

/* A role phrase that a known organization, country or demonym qualifies at
 * token k, before token end, maybe after "the" or "a": "the EU trade
 * commissioner", "the Chadema leader", "a Hamas official"? */
static int org_role_at(const tag_ctx *c, const gaz_t *g, size_t k, size_t end) {
    const text_doc *d = &c->doc;
    if (k < end && text_words_find(&appos_dets_set, d, &d->toks[k]) >= 0) k++;
    const tag_span *sp = k < end ? gaz_span_at(c, k) : NULL;
    return sp && sp->kind == K_GAZ && g->ents[sp->gidx].kind != KIND_PERSON && sp->tend + 1 < end &&
           role_phrase_at(d, sp->tend, end);
}

/* Is the word of token i a title when a full stop follows it ("Rep" of
 * "Rep.", "Sen", "Gov")? */
static int title_without_stop(const tag_ctx *c, const gaz_t *g, size_t i) {
    int32_t vid = c->doc.toks[i].vid;
    uint32_t node = vid >= 0 ? g->ttrie.root[vid] : 0;
    if (!node) return 0;
    int32_t dot = text_vocab_find(gaz_vocab(g), ".", 1);
    uint32_t child = gaz_trie_step(&g->ttrie, node, dot);
    return child && g->ttrie.pay_off[child] < g->ttrie.pay_off[child + 1];
}

/* A party's member that a place may qualify, after "a" or "an", ending the
 * phrase at token k, before token end: "a California Democrat", "a Kentucky
 * Republican,"? */
static int party_member_at(const tag_ctx *c, const gaz_t *g, size_t k, size_t end) {
    const text_doc *d = &c->doc;
    if (k + 2 >= end || !(text_tok_is(d, &d->toks[k], "a") || text_tok_is(d, &d->toks[k], "an")))
        return 0;
    const tag_span *sp = gaz_span_at(c, k + 1);
    if (sp && sp->kind == K_GAZ && (g->ents[sp->gidx].kind == KIND_LOCATION ||
                                    g->ents[sp->gidx].kind == KIND_COUNTRY))
        sp = sp->tend < end ? gaz_span_at(c, sp->tend) : NULL;
    if (!sp || sp->kind != K_GAZ || sp->via != VIA_DEMONYM || sp->tend != sp->tbeg + 1 ||
        g->ents[sp->gidx].sub != SUB_PARTY)
        return 0;
    size_t j = sp->tend;
    return j >= end || tok_char(d, j, ',') || tok_char(d, j, '.') || tok_char(d, j, ';') ||
           text_words_find(&appos_after_set, d, &d->toks[j]) >= 0;
}

/* May the one capitalized word at token i of sentence s be a surname before
 * a comma and a role ("Harrington, a professor at Queens College")? Only
 * where a name stands alone: opening the sentence (after a quote or a
 * bracket) or after a verb of saying ("said Smithson, a spokesman for"),
 * and no ordinary word ("However, the director of") nor one in capitals
 * (a dateline's town). */
static int lone_surname_at(const tag_ctx *c, size_t i, uint32_t s) {
    const text_doc *d = &c->doc;
    if ((c->cls[i] & W_COMMON) || (d->toks[i].flags & TOK_ALLCAPS) || d->toks[i].len < 3)
        return 0;
    size_t p = i;
    while (p > d->sents[s].tbeg && (tok_char(d, p - 1, '"') || tok_char(d, p - 1, '(') ||
                                    tok_char(d, p - 1, '`') || tok_char(d, p - 1, '\'')))
        p--;
    return p == d->sents[s].tbeg || is_said(d, p - 1);
}

static int appositive_name(tag_ctx *c, const gaz_t *g, size_t i, uint32_t s,
                           const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    /* a comma two to four tokens on and a role phrase after it, or one to
     * four and an age */
    /* (a word that starts some organization's or place's longer name may
     * still start a person's: "Zhang Haoruo", though the gazetteer knows a
     * "Zhang Jia Bian Toy Factory"; but a lawmaker's party letter is none:
     * "D-Mass") */
    if ((c->cls[i] & W_STOP) || gazstop[i] || c->blocked[i] ||
        after_cap_word(d, i) || /* not the start of a name */
        (d->toks[i].len == 1 && tok_glue(d, i + 1)))
        return 0;
    size_t end = d->sents[s].tend, comma = 0;
    int age = 0, member = 0, lone = 0;
    for (size_t q = i + 1; q <= i + 4 && q + 2 < end && !comma; q++) {
        /* (or "became" and a role: "Shinjiro Koizumi became defence
         * minister") */
        if (q > i + 1 && text_tok_is(d, &d->toks[q], "became") && role_phrase_at(d, q + 1, end)) {
            comma = q;
            break;
        }
        if (tok_char(d, q, ',') &&
            ((age = age_at(d, q + 1, end)) || (member = party_member_at(c, g, q + 1, end)) ||
             (q > i + 1 && (role_phrase_at(d, q + 1, end) || owner_role_at(c, g, q + 1, end) ||
                            org_role_at(c, g, q + 1, end) || one_of_role_at(c, g, q + 1, end))) ||
             (q == i + 1 && (lone = lone_surname_at(c, i, s)) && role_phrase_at(d, q + 1, end))))
            comma = q;
    }
    if (!comma) return 0;
    uint32_t n = name_run(c, i, end, gazstop);
    /* (one word before an age, a party's member or, opening a sentence or
     * after a verb of saying, a role: "Albrecht, 54, is a former professor",
     * "Derwinski, a Republican from Chicago", "Harrington, a professor of
     * political science at Queens College"; not the surname of a name found
     * before, which coreference gives it: "John Shad" ... "Shad, 63, a";
     * nor its given name: "Wasim Akram" ... "Wasim, the captain,") */
    if (n < (uint32_t)(2 - (age | member | lone)) || n > 3 || i + n != comma ||
        (c->cls[comma - 1] & W_NOTLAST) || title_before_name(c, i, n) ||
        (n == 1 && (person_surname(c, g, i) || person_given_before(c, g, i))))
        return 0;
    /* (nor an abbreviated title written without its full stop before a given
     * name: "Rep David Obey, a Wisconsin Democrat") */
    if (n == 3 && (c->cls[i + 1] & (W_FIRSTNAME | W_PARTICLE)) == W_FIRSTNAME &&
        title_without_stop(c, g, i))
        return 0;
    /* nor a name after initials ("L.N. Short Jr"), nor a title ("Dame
     * Antoinette Sibley") */
    if ((i >= 2 && initial_at(c, i - 2, i)) || tag_title_starting_at(c, i) >= 0 ||
        headline(c, s) != HL_NO)
        return 0;
    return push_span(c, (uint32_t)i, (uint32_t)comma, -1, VIA_ROLE, K_FIRST, 'P');
}

/* Does an organization's name follow "of" at token k, before token end: a
 * known one ("of Merrill Lynch Economics Inc", "of the World Bank"), or
 * capitalized words with a word of organization names among the first four
 * ("of Nissei BOT Asset Management Co", "of International Longevity
 * Centre")? */
static int org_after_of(const tag_ctx *c, const gaz_t *g, size_t k, size_t end) {
    const text_doc *d = &c->doc;
    if (k + 1 >= end || !text_tok_is(d, &d->toks[k], "of")) return 0;
    size_t j = k + 1 + (k + 2 < end && text_tok_is(d, &d->toks[k + 1], "the"));
    if (org_starts_at(c, g, j)) return 1;
    for (size_t q = j; q < end && q < j + 4 && cap_word(c, q); q++)
        if (c->cls[q] & W_ORGSUFFIX) return 1;
    return 0;
}

/* Is token k one word of a company's name written in one, a capital inside
 * it opening a word of companies' names ("BancGroup", "NationsBank",
 * "AmeriGas", "PetroChina")? Not a person's name with an inner capital
 * ("McDonald", "DeShields", "MacArthur"). */
static int camel_firm_word(const text_doc *d, size_t k) {
    static const char *const tails[] = {"Bank", "Banc", "Corp", "Energy", "Gas", "Group",
                                        "Holdings", "Net", "Soft", "Systems", "Tech", "Trust"};
    const text_tok *t = &d->toks[k];
    if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_NONASCII)) !=
            (TOK_WORD | TOK_UPPER) ||
        t->len < 5)
        return 0;
    const char *w = d->text + t->start;
    for (uint32_t q = 2; q + 3 <= t->len; q++) {
        if (w[q] < 'A' || w[q] > 'Z' || w[q - 1] < 'a' || w[q - 1] > 'z') continue;
        for (size_t n = 0; n < ENT_ARRAY_LEN(tails); n++) {
            size_t tl = strlen(tails[n]);
            if (q + tl == t->len && !memcmp(w + q, tails[n], tl)) return 1;
        }
        return 0; /* (only the first inner capital) */
    }
    return 0;
}

static int same_folded(const text_doc *d, size_t a, size_t b);

/* Are the n tokens at a the n tokens at b, folded (same_folded)? */
static int same_words(const text_doc *d, size_t a, size_t b, uint32_t n) {
    uint32_t k = 0;
    while (k < n && same_folded(d, a + k, b + k)) k++;
    return k == n;
}

/* Do the n words at token i stand, in order, inside the name of an
 * organization found elsewhere in the text so far, the gazetteer's or a
 * rule's ("Lone Star" of "Lone Star Industries Inc", "Corn Growers" of the
 * "National Corn Growers Association")? Then they are its short form, no
 * speaker's name. */
static int words_of_org_span(const tag_ctx *c, const gaz_t *g, size_t i, uint32_t n) {
    const text_doc *d = &c->doc;
    for (size_t q = 0; q < c->nspans; q++) {
        const tag_span *sp = &c->spans[q];
        if (sp->tend - sp->tbeg <= n || (sp->tbeg <= i && i < sp->tend) ||
            (sp->gidx >= 0 ? g->ents[sp->gidx].kind != KIND_ORG : sp->type != 'O'))
            continue;
        for (size_t j = sp->tbeg; j + n <= sp->tend; j++)
            if (same_words(d, j, i, n)) return 1;
    }
    return 0;
}

/* Does "of" at token k open an organization's name (org_after_of) that a
 * verb of saying follows, maybe after its possessive and more capitalized
 * words ("Hiroshi Takemoto of the Foreign Ministry's North American Division
 * told", "X of Acme Corp said")? */
static int said_after_org(const tag_ctx *c, const gaz_t *g, size_t k, size_t end) {
    const text_doc *d = &c->doc;
    if (!org_after_of(c, g, k, end)) return 0;
    size_t j = k + 1 + (k + 2 < end && text_tok_is(d, &d->toks[k + 1], "the"));
    for (size_t n = 0; j < end && n < 8; n++) {
        const text_tok *t = &d->toks[j];
        if (is_possessive(d, j))
            j += 2; /* ("'" and "s") */
        else if ((t->flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) || tok_char(d, j, '&'))
            j++;
        else
            return is_said(d, j);
    }
    return 0;
}

/* Does a verb only people take stand at token k: "was born", "died",
 * "dies" ("Thurgood Marshall was born in Baltimore", "Ivor Catt died on
 * Monday"), one of person_verbs ("resigned", "pleaded", "testified") or
 * "was" and one of person_passives ("was arrested", "was sentenced")? */
static int life_verb_at(const text_doc *d, size_t k) {
    if (k >= d->ntoks || !(d->toks[k].flags & TOK_LOWER)) return 0;
    const text_tok *t = &d->toks[k];
    if (t->len == 4 && (t->key == WORD_KEY4('d', 'i', 'e', 'd') ||
                        t->key == WORD_KEY4('d', 'i', 'e', 's')))
        return 1;
    if (t->len == 3 && t->key == WORD_KEY3('w', 'a', 's'))
        return k + 1 < d->ntoks && (d->toks[k + 1].flags & TOK_LOWER) &&
               (text_tok_is(d, &d->toks[k + 1], "born") ||
                text_words_find(&person_passives_set, d, &d->toks[k + 1]) >= 0);
    /* (the shortest of person_verbs has seven letters) */
    return t->len >= 7 && text_words_find(&person_verbs_set, d, t) >= 0;
}

/* Is token k a verb of scoring in the past, which in a text about team
 * sports only players take after a name ("Ferjani Sassi scored from the
 * penalty spot"; a team of two words the gazetteer or the team rules know)?
 * By key: "scored", "netted", "equalised", "equalized". */
static int scored_at(const text_doc *d, size_t k) {
    if (k >= d->ntoks || !(d->toks[k].flags & TOK_LOWER)) return 0;
    const text_tok *t = &d->toks[k];
    return (t->len == 6 && (t->key == WORD_KEY6('s', 'c', 'o', 'r', 'e', 'd') ||
                            t->key == WORD_KEY6('n', 'e', 't', 't', 'e', 'd'))) ||
           (t->len == 9 && (text_tok_is(d, t, "equalised") || text_tok_is(d, t, "equalized")));
}

/* Do a comma and "who" follow at token k ("Amnon Pedatzur, who now works
 * for")? Only people take "who", but teams and bands in British English
 * ("Arsenal, who", "Snow Patrol, who"): callers leave texts about team
 * sports out. */
static int who_after(const text_doc *d, size_t k) {
    return k + 1 < d->ntoks && tok_char(d, k, ',') && text_tok_is(d, &d->toks[k + 1], "who");
}

/* A speaker starting at capitalized word i of sentence s: "Weber
 * said", "..., said Geraghty."; or a person before a verb of life_verb_at.
 * Returns 0 or ENT_ENOMEM. */
static int firm_head_role(const char *role);

static int speaker_at(tag_ctx *c, const gaz_t *g, size_t i, uint32_t s, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    /* a word that starts a known organisation's or place's name ("Bank",
     * "United") starts no speaker's; a known person's is checked by the
     * gazetteer match there (select_spans prefers it) */
    if (c->cls[i] & (W_STOP | W_THINGSTART)) return 0;
    /* a role's noun opening the sentence, capitalized, is none of the name:
     * "Analyst Hine said", "Lecturer Junko Renard said" (one word will do
     * after it); not a given name, "Dean Smith", nor a title's first word */
    if ((d->toks[i].flags & TOK_SENT) && !(c->cls[i] & (W_FIRSTNAME | W_TITLESTART)) &&
        i + 2 < d->sents[s].tend &&
        (is_said(d, i + 2) || (i + 3 < d->ntoks && is_said(d, i + 3))) && rel_role_noun(d, i)) {
        uint32_t n = name_run(c, i + 1, d->sents[s].tend, gazstop);
        size_t e = i + 1 + n;
        if (n < 1 || n > 2 || (c->cls[e - 1] & W_NOTLAST) || e >= d->sents[s].tend ||
            !is_said(d, e) || firm_named(c, i + 1, n) || words_of_org_span(c, g, i + 1, n))
            return 0;
        return push_span(c, (uint32_t)i + 1, (uint32_t)e, -1, VIA_SPEAKER, K_SPEAKER, 'P');
    }
    /* nor a noun for a company only, which names a firm after it
     * (find_firms_by_context): "Bookmakers Ladbrokes says", "Retailer Argos
     * said" (but a trade's noun may name a person: "Broker John Smith said") */
    if ((d->toks[i].flags & TOK_SENT) && text_words_find(&firm_nouns_set, d, &d->toks[i]) >= 0 &&
        text_words_find(&trade_nouns_set, d, &d->toks[i]) < 0)
        return 0;
    if (after_cap_word(d, i)) return 0; /* not the start of a name */
    if (place_noun_of_before(c, i)) return 0; /* "the village of Haj Omran said" */
    /* (a name after "at" is a place's or an employer's: "Economist Ian
     * Shepherdson at Pantheon Macroeconomics said") */
    if (i > 0 && d->toks[i - 1].key == WORD_KEY2('a', 't') && text_tok_is(d, &d->toks[i - 1], "at"))
        return 0;
    /* a verb of saying must come just before the name or just after its two
     * or three words: most capitalized words have none there, and are
     * dropped before the sentence and the name are looked for */
    if (!(i > 0 && is_said(d, i - 1)) && !(i + 2 < d->ntoks && is_said(d, i + 2)) &&
        !(i + 3 < d->ntoks && is_said(d, i + 3)) &&
        !(i + 2 < d->ntoks && d->toks[i + 2].key == WORD_KEY2('o', 'f')) &&
        !(i + 3 < d->ntoks && d->toks[i + 3].key == WORD_KEY2('o', 'f')) &&
        !life_verb_at(d, i + 2) && !life_verb_at(d, i + 3) &&
        !(c->sports && (scored_at(d, i + 2) || scored_at(d, i + 3))) &&
        (c->sports || (!who_after(d, i + 2) && !who_after(d, i + 3))))
        return 0;
    if (firm_only_noun_before(d, i)) return 0; /* "Investment bank Keefe Bruyette said" */
    /* a name after a title or a role noun is found so, which says more
     * ("China's top leader Deng Xiaoping said"); one after an officer's
     * title and "of" is his firm's, which find_firms_after_officers takes
     * ("The chairman of Acme Widgets said") */
    if (tag_title_ending_at(c->titles, c->ntitles, i) >= 0 ||
        tag_title_ending_at(c->roles, c->nroles, i) >= 0)
        return 0;
    if (i >= 2 && text_tok_is(d, &d->toks[i - 1], "of")) {
        long t = tag_title_ending_at(c->titles, c->ntitles, i - 1);
        const char *role = t >= 0 ? g->titles[c->titles[t].title].role : NULL;
        if (role && firm_head_role(role)) return 0;
    }
    size_t end = d->sents[s].tend;
    uint32_t n = name_run(c, i, end, gazstop);
    if (n < 2 || n > 3) return 0; /* a lone unknown word before "said" is too often no person */
    /* ("Offshore Data Services said"; but a company's name written in one
     * is the company's, below: "Colonial BancGroup said") */
    if ((c->cls[i + n - 1] & W_NOTLAST) && !camel_firm_word(d, i + n - 1)) return 0;
    if (title_before_name(c, i, n)) return 0;
    size_t after = i + n;
    int before_said = after < end && (is_said(d, after) || said_after_org(c, g, after, end));
    int after_said = i > d->sents[s].tbeg && is_said(d, i - 1) &&
                     (after >= end || tok_char(d, after, '.') || tok_char(d, after, ',') ||
                      org_after_of(c, g, after, end)); /* "said Keiji Tsuda of Nissei ..." */
    int life = !before_said && !after_said && after < end &&
               (life_verb_at(d, after) || (c->sports && scored_at(d, after)) ||
                (!c->sports && who_after(d, after)));
    if (!before_said && !after_said && !life) return 0;
    /* a lone common word opening a sentence is no name ("Officials said") */
    if (n == 1 && (d->toks[i].flags & TOK_SENT) && (c->cls[i] & W_COMMON)) return 0;
    if (headline(c, s) != HL_NO || firm_named(c, i, n) || words_of_org_span(c, g, i, n)) return 0;

    /* a word of a company's name written in one ("BancGroup", "NationsBank")
     * ends a company's name, no person's ("Colonial BancGroup said") */
    if (camel_firm_word(d, i + n - 1))
        return life ? 0
                    : push_span(c, (uint32_t)i, (uint32_t)after, -1, VIA_KEYWORD, K_KEYWORD, 'O');
    return push_span(c, (uint32_t)i, (uint32_t)after, -1, life ? VIA_LIFE : VIA_SPEAKER,
                     K_SPEAKER, 'P');
}

/* A person of two or three name words after a verb of leading and "by", led
 * a known name or a noun of led_things ("The Bangladesh Nationalist Party, led
 * by Tarique Rahman, is ...", "the Japanese side will be headed by X"), before
 * a comma, a full stop, "and" or "since", no known name starting there, no
 * word of organization names in it. Returns 0 or ENT_ENOMEM. */
static int leader_at(tag_ctx *c, size_t i, uint32_t s, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    if (i < 3 || !text_tok_is(d, &d->toks[i - 1], "by") ||
        text_words_find(&led_verbs_set, d, &d->toks[i - 2]) < 0 || gazstop[i] || c->blocked[i] ||
        (c->cls[i] & (W_STOP | W_THINGSTART)))
        return 0;
    /* what is led: a known name or a noun of led_things before, maybe over
     * a comma or a form of "be" */
    size_t p = i - 3;
    for (int k = 0; k < 2 && p > 0 &&
                    (tok_char(d, p, ',') || text_tok_is(d, &d->toks[p], "be") ||
                     text_tok_is(d, &d->toks[p], "been") || text_tok_is(d, &d->toks[p], "is") ||
                     text_tok_is(d, &d->toks[p], "was") || text_tok_is(d, &d->toks[p], "were") ||
                     text_tok_is(d, &d->toks[p], "will") || text_tok_is(d, &d->toks[p], "has"));
         k++)
        p--;
    /* (and over its acronym in brackets: "the Bangladesh Nationalist Party
     * (BNP), led by Tarique Rahman") */
    if (p >= 3 && tok_char(d, p, ')') && tok_char(d, p - 2, '(')) p -= 3;
    if (!c->gazend[p + 1] && text_words_find(&led_things_set, d, &d->toks[p]) < 0) return 0;
    size_t end = d->sents[s].tend;
    uint32_t n = name_run(c, i, end, gazstop);
    size_t e = i + n;
    if (n < 2 || n > 3 || (c->cls[e - 1] & (W_NOTLAST | W_ORGSUFFIX | W_ORGHEAD | W_COMMON)) ||
        title_before_name(c, i, n) || firm_named(c, i, n) || headline(c, s) != HL_NO)
        return 0;
    for (size_t k = i; k < e; k++)
        if (c->cls[k] & (W_ORGSUFFIX | W_ORGHEAD)) return 0;
    if (e < end && !tok_char(d, e, ',') && !tok_char(d, e, '.') && !text_tok_is(d, &d->toks[e], "and") &&
        !text_tok_is(d, &d->toks[e], "since"))
        return 0;
    return push_span(c, (uint32_t)i, (uint32_t)e, -1, VIA_LEADER, K_SPEAKER, 'P');
}

/* People credited after "by" at capitalized word i of sentence s: in a
 * credit line ("(Reporting by Ece Toksabay; Editing by Daren Butler)") or a
 * byline, "By" opening a line ("By Ece Toksabay and Huseyin Hayatsever"):
 * names of two or three name words, each ending the line or before ";", ",",
 * ")", "." or "and", which joins the next. Returns 0 or ENT_ENOMEM. */
static int credit_at(tag_ctx *c, size_t i, uint32_t s, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    size_t b = i - 1; /* "by" */
    int byline = (d->toks[b].flags & TOK_UPPER) &&
                 (b == 0 || (d->toks[b].flags & (TOK_NL | TOK_PARA)));
    if (!byline && !(b > 0 && text_words_find(&credit_words_set, d, &d->toks[b - 1]) >= 0))
        return 0;
    size_t end = d->sents[s].tend, k = i;
    for (int names = 0; names < 4 && k < end; names++) {
        if (!(d->toks[k].flags & TOK_UPPER) || c->blocked[k] || (c->cls[k] & W_STOP)) return 0;
        uint32_t n = name_run(c, k, end, gazstop);
        size_t e = k + n;
        if (n < 2 || n > 3 || (c->cls[e - 1] & (W_NOTLAST | W_ORGSUFFIX | W_ORGHEAD)))
            return 0;
        for (size_t q = k; q < e; q++)
            if (c->cls[q] & (W_ORGSUFFIX | W_ORGHEAD | W_TITLESTART)) return 0;
        /* (past where the reporter was: "Reporting by Kentaro Sugiyama in
         * Tokyo and Max Cherney in San Francisco") */
        size_t p = e;
        if (p + 1 < end && text_tok_is(d, &d->toks[p], "in") &&
            (d->toks[p + 1].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER)) {
            p++;
            for (size_t w = 0; w < 3 && p < end && (d->toks[p].flags & TOK_UPPER) &&
                               !text_tok_is(d, &d->toks[p], "and");
                 w++)
                p++;
        }
        int last = p >= end || (d->toks[p].flags & (TOK_NL | TOK_PARA)) || tok_char(d, p, ';') ||
                   tok_char(d, p, ')') || tok_char(d, p, '.');
        int more = !last && (text_tok_is(d, &d->toks[p], "and") || tok_char(d, p, ','));
        if (!last && !more) return 0;
        if (push_span(c, (uint32_t)k, (uint32_t)e, -1, VIA_BYLINE, K_SPEAKER, 'P'))
            return ENT_ENOMEM;
        if (last) return 0;
        k = p + 1 + (tok_char(d, p, ',') && p + 1 < end && text_tok_is(d, &d->toks[p + 1], "and"));
    }
    return 0;
}

/* A person of two or three name words starting at capitalized word i of
 * sentence s, with a country in brackets right after: "Heli Rantanen
 * (Finland)", as results and line-ups name athletes. Returns 0 or
 * ENT_ENOMEM. */
static int result_verb(const text_doc *d, size_t k);
static __attribute__((noinline)) int nationality_name(tag_ctx *c, const gaz_t *g, size_t i,
                                                      uint32_t s, const uint8_t *gazstop);

static inline int nationality_at(tag_ctx *c, const gaz_t *g, size_t i, uint32_t s,
                                 const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    /* the bracket must come two or three tokens on: most capitalized words
     * have none there, and are dropped here (the rest of the rule is out of
     * line) */
    if (!(i + 3 < d->ntoks && (tok_char(d, i + 2, '(') | tok_char(d, i + 3, '('))))
        return 0;
    return nationality_name(c, g, i, s, gazstop);
}

/* Is token k a number written as a lowercase word, one to twelve ("three
 * minutes 29.05 seconds")? */
static int number_word(const text_doc *d, size_t k) {
    static const char *const words[] = {"one", "two", "three", "four", "five",   "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    for (size_t q = 0; q < ENT_ARRAY_LEN(words); q++)
        if (text_tok_is(d, &d->toks[k], words[q])) return 1;
    return 0;
}

/* Do one or two capitalized words at token k, none an organization's
 * suffix, come before a number on their line: a rider's or driver's team and
 * his time or points ("Palmans 4:12:33", "Ducati 175")? */
static int rider_team_after(const tag_ctx *c, size_t k) {
    const text_doc *d = &c->doc;
    for (size_t q = k; q < k + 3 && q < d->ntoks; q++) {
        const text_tok *t = &d->toks[q];
        if (q > k && (t->flags & TOK_DIGIT) && !(t->flags & (TOK_NL | TOK_UPPER)))
            return 1;
        if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_NL)) != (TOK_WORD | TOK_UPPER) ||
            (c->cls[q] & (W_STOP | W_ORGSUFFIX)))
            return 0;
    }
    return 0;
}

static int nationality_name(tag_ctx *c, const gaz_t *g, size_t i, uint32_t s,
                            const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    if ((c->cls[i] & W_STOP) || gazstop[i] || c->blocked[i]) return 0;
    if (after_cap_word(d, i)) return 0; /* not the start of a name */
    size_t end = d->sents[s].tend;
    uint32_t n = name_run(c, i, end, gazstop);
    size_t open = i + n;
    if (n < 2 || n > 3 || open + 2 >= d->ntoks || !tok_char(d, open, '(')) return 0;
    /* the country: a gazetteer match from just inside the bracket to just
     * before its close */
    const tag_span *sp = gaz_span_at(c, open + 1);
    size_t close = 0;
    if (sp && sp->tend < d->ntoks && tok_char(d, sp->tend, ')') &&
        g->ents[sp->gidx].kind == KIND_COUNTRY)
        close = sp->tend;
    if (!close || headline(c, s) != HL_NO) return 0;
    /* then a result, or the end of the entry: a number, a semicolon or the
     * end of the line. Anything else is most often a company's name going on
     * ("Nissan Motor Manufacturing (UK) Ltd", "Toshiba International Finance
     * (Netherlands) carries ...", "Yamaichi International (America), Inc.") */
    if (close + 1 < d->ntoks) {
        const text_tok *nx = &d->toks[close + 1];
        /* (or a result or a fixture and the opponent's name or seed:
         * "Jansher Khan (Pakistan) beat Mark Cairns (England) 15-9", "...
         * beat 3 - Jana Novotna", "Mats Wilander (Sweden) vs. Tim Henman";
         * or a rider's team and his time or points: "Jans Koerts
         * (Netherlands) Palmans 4:12:33", "Pier Francesco Chili (Italy)
         * Ducati 175") */
        if (!(nx->flags & (TOK_DIGIT | TOK_NL)) && !tok_char(d, close + 1, ';') &&
            !(close + 2 < d->ntoks && number_word(d, close + 1) &&
              (text_tok_is(d, &d->toks[close + 2], "minutes") ||
               text_tok_is(d, &d->toks[close + 2], "hours"))) &&
            !(close + 2 < d->ntoks && (result_verb(d, close + 1) ||
                                       text_tok_is(d, nx, "vs") || text_tok_is(d, nx, "v")) &&
              ((d->toks[close + 2].flags & (TOK_UPPER | TOK_DIGIT)) ||
               tok_char(d, close + 2, '.'))) &&
            !rider_team_after(c, close + 1))
            return 0;
    }
    return push_span(c, (uint32_t)i, (uint32_t)open, -1, VIA_NATIONALITY, K_FIRST, 'P');
}

/* Does a person's name start at token j, after the head word "of" follows at
 * token k, before end: one the gazetteer knows ("the Social Democratic Party
 * of Olaf Scholz"), or after a party's head a given name and one or two
 * capitalized words, none of an organization's ("the Kurdistan Democratic
 * Party of Masoud Barzani"; a bank's words after "of" are a place's more
 * often, "Vista Bank of Marion County")? */
static int person_named_at(const tag_ctx *c, const gaz_t *g, size_t k, size_t j, size_t end) {
    const text_doc *d = &c->doc;
    const tag_span *ps = gaz_span_at(c, j);
    if (ps) return g->ents[ps->gidx].kind == KIND_PERSON;
    if (!(c->cls[j] & W_FIRSTNAME) ||
        !(text_tok_is(d, &d->toks[k], "Party") || text_tok_is(d, &d->toks[k], "Movement")))
        return 0;
    size_t q = j;
    for (; q < end && q < j + 4 && cap_word(c, q); q++)
        if (c->cls[q] & (W_ORGSUFFIX | W_ORGHEAD)) return 0;
    return q - j >= 2 && q - j <= 3 && (q >= end || !cap_word(c, q));
}

/* Is token k the word of a family firm's or a partnership's name after "and"
 * or "&": "Sons", "Brothers", "Bros", "Associates", "Partners" ("John Weber &
 * Sons", "John Paul Richards and Associates Inc")? */
static int family_word(const text_doc *d, size_t k) {
    return text_tok_ieq(d, &d->toks[k], "sons") || text_tok_ieq(d, &d->toks[k], "brothers") ||
           text_tok_ieq(d, &d->toks[k], "bros") || text_tok_ieq(d, &d->toks[k], "associates") ||
           text_tok_ieq(d, &d->toks[k], "partners");
}

/* Is token p "US" in capitals, which may open a firm's name before its legal
 * form ("US West Inc", "US Sprint Communications Co"; a stop word, "us",
 * elsewhere)? Not in a line of capitals ("SHARES OF US WEST INC"). */
static int us_opener(const tag_ctx *c, size_t p, size_t tbeg) {
    const text_doc *d = &c->doc;
    return d->toks[p].len == 2 && (d->toks[p].flags & TOK_ALLCAPS) && !c->blocked[p] &&
           d->toks[p].key == WORD_KEY2('u', 's') &&
           !(p > tbeg && (d->toks[p - 1].flags & TOK_ALLCAPS) && (d->toks[p - 1].flags & TOK_WORD));
}

/* Does a known organization's name start at token i ("Carnival
 * Corporation", "Disney" in "the US Disney Corporation")? */
static int known_org_at(const tag_ctx *c, const gaz_t *g, size_t i) {
    for (size_t q = gaz_spans_from(c, i); q < c->ngazspans && c->spans[q].tbeg == i; q++)
        if (g->ents[c->spans[q].gidx].kind == KIND_ORG) return 1;
    return 0;
}

/* Is token p a prefix ("Non", "Pro", "Anti", "Ex") glued to a known name at
 * token i: "Non-European Union citizens", "Pro-European Union voters"? */
static int prefix_to_known(const tag_ctx *c, size_t p, size_t i) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[p];
    return t->len <= 4 &&
           (text_tok_ieq(d, t, "non") || text_tok_ieq(d, t, "pro") ||
            text_tok_ieq(d, t, "anti") || text_tok_ieq(d, t, "ex")) &&
           gaz_span_at(c, i);
}

/* Does an organization's name go on after "of" at token j, in a capitalized
 * word no list knows as an ordinary word ("Victims") or a known place whole
 * ("Illinois")? */
static int of_goes_on(const tag_ctx *c, const gaz_t *g, size_t j) {
    if (!cap_word(c, j)) return 0;
    const tag_span *ps = gaz_span_at(c, j);
    if (!ps) return !(c->cls[j] & W_COMMON);
    /* (or a word a known organization goes by alone: "the Institute for the
     * Study of Labour") */
    uint8_t kind = g->ents[ps->gidx].kind;
    return ps->via != VIA_DEMONYM &&
           (kind == KIND_COUNTRY || kind == KIND_LOCATION ||
            (kind == KIND_ORG && ps->tend == j + 1 && !(c->doc.toks[j].flags & TOK_ALLCAPS)));
}

/* An organization at capitalized word k, a suffix or a head: Capitalized
 * Words ... Suffix, or Head of Capitalized Words. Returns 0 or ENT_ENOMEM. */
static int organization_at(tag_ctx *c, const gaz_t *g, size_t k, uint32_t s) {
    const text_doc *d = &c->doc;
    /* (no "Co" a hyphen glues to a word, a prefix: "Netflix Co-CEO X",
     * "Illinois Co-op"; but "Viacom Inc-owned") */
    if (!(c->cls[k] & (W_ORGSUFFIX | W_ORGHEAD)) || !cap_word(c, k) || given_not_form(c, k) ||
        (k + 2 < d->ntoks && d->toks[k].len == 2 && tok_char(d, k + 1, '-') &&
         tok_glue(d, k + 1) && (d->toks[k + 2].flags & TOK_WORD) &&
         text_tok_is(d, &d->toks[k], "Co")))
        return 0;
    const text_sent *st = &d->sents[s];
    size_t b = 0, e = 0;
    int lfk = -1; /* legal_form(d, k) once known: asked again and again below */
    /* a word before "Minister" or "Secretary" in a title is the portfolio
     * ("Telecommunications Minister"), not the end of an organization's name,
     * and so is a word inside an officer's title ("Chief Financial
     * Officer") */
    if ((c->cls[k] & W_ORGSUFFIX) && !portfolio_at(c, g, k) && !inside_title(c, g, k)) {
        /* walk back over capitalized words and inner "of", "for", "and", "the", "&" */
        size_t i = k, start = k;
        lfk = legal_form(d, k);
        int ncap = 1, nname = !lfk; /* words other than legal forms: "Co Inc" has none */
        int nand = 0; /* the "and"s joined: a name has one ("Vieille Montagne and
                       * Boliden Ore and Metals AB" are two firms) */
        while (i > st->tbeg) {
            size_t p = i - 1;
            /* a title of two words or more ends no organization's name
             * ("Industry Minister Alain Madelin and ...", "Executive Vice
             * President of Nomura Securities"); a one-word one may start it
             * ("Silver King Broadcasting", "Premier League") */
            long te = tag_title_ending_at(c->titles, c->ntitles, (uint32_t)i);
            if (te >= 0 && c->titles[te].tend - c->titles[te].tbeg >= 2) break;
            /* nor opens "Former", "Deputy", "Acting" or "Retired" one ("Former
             * Phibro Energy chairman", "Deputy Central Bank Governor X", "Retired
             * National Football League placekicker X") */
            if (title_qualifier(d, p)) break;
            /* nor does a one-word title, or an ordinary word opening the
             * sentence, before a known organization ("Deputy State Department
             * spokeswoman", "Former Hongkong Bank chairman"); before one of
             * two words or more, so does a word that opens, ends or goes on
             * no known name, given name or organization's name ("Latest
             * Federal Reserve data"; but "Brush Wellman Inc": "Wellman" is
             * one word) */
            int sent = (c->doc.toks[p].flags & TOK_SENT) != 0;
            /* (nor a role's noun opening the sentence before a given name:
             * "Singer Charlotte Church", "Actor Thomas Haden Church") */
            if (sent && (c->cls[i] & W_FIRSTNAME) &&
                (rel_role_noun(d, p) || text_words_find(&appos_roles_set, d, &d->toks[p]) >= 0))
                break;
            int opener = te >= 0 || (sent && (c->cls[p] & (W_COMMON | W_TITLESTART)));
            int plain = sent && !(c->doc.toks[p].flags & TOK_ALLCAPS) &&
                        !(c->cls[p] & (W_ENTSTART | W_ENTINNER | W_FIRSTNAME | W_ORGSUFFIX |
                                       W_ORGHEAD));
            const tag_span *kn = opener || plain ? gaz_span_at(c, i) : NULL;
            if (kn && g->ents[kn->gidx].kind == KIND_ORG &&
                (opener || kn->tend - kn->tbeg - only_legal_forms(c, kn->tend - 1, kn->tend) >= 2))
                break;
            /* "First" opens many a bank's name ("First Albany Corp.",
             * "First Bank System Inc.") though it is a stop word elsewhere */
            if (cap_word(c, p) || is_first(c, p) ||
                (lfk && us_opener(c, p, st->tbeg) && !known_org_at(c, g, i))) {
                start = i = p;
                ncap++;
                nname += !legal_form(d, p);
                continue;
            }
            /* initials opening a firm's name ("E.F. Hutton and Co Inc", "A.E.
             * Staley Manufacturing Co"), or between names in one named after a
             * person: "Edward D. Jones & Co", "Frank B. Hall and Co Inc" (not
             * "Jerome S. Flum and Flum Partners", a man and his firm) */
            if (p > st->tbeg && initial_at(c, p - 1, p + 1) && !c->gazend[p + 1]) { /* not "U.S." */
                size_t q = p - 1; /* the first initial */
                while (q >= st->tbeg + 2 && initial_at(c, q - 2, q)) q -= 2;
                /* nor into a known name that starts there ("U.S. Senate", "T.
                 * Rowe Price") */
                if (!gaz_span_at(c, q) &&
                    (!(q > st->tbeg && cap_word(c, q - 1)) || only_legal_forms(c, i + 1, k + 1))) {
                    start = i = q;
                    continue;
                }
                /* and a given name before them, when the name opens the
                 * phrase: "the John F. Kennedy School of Government", "the
                 * George W. Bush Administration" (as "the George Bush
                 * Administration") */
                if (!gaz_span_at(c, q) && q > st->tbeg && (c->cls[q - 1] & W_FIRSTNAME) &&
                    cap_word(c, q - 1) && !(q - 1 > st->tbeg && cap_word(c, q - 2))) {
                    start = i = q - 1;
                    ncap++;
                    continue;
                }
            }
            /* a partner's name before a comma in a firm named after its
             * partners: "Goldman, Sachs and Co", "Kidder, Peabody and Co"
             * (the name so far one word and its legal form) */
            if (p > st->tbeg && tok_char(d, p, ',') && cap_word(c, p - 1) &&
                !(d->toks[p - 1].flags & TOK_ALLCAPS) && i + 2 <= k &&
                cap_word(c, i) && (is_and(d, i + 1) || tok_char(d, i + 1, '&')) &&
                only_legal_forms(c, i + 1, k + 1) && !c->gazend[p] &&
                !(p - 1 > st->tbeg && (cap_word(c, p - 2) || tok_char(d, p - 2, ',')))) {
                start = p - 1;
                ncap++;
                nname++;
                break;
            }
            /* a possessive inside the name ("New People's Party", "Pakistan
             * People's Party", "Moody's Investors Service"), but not a known
             * name's ("Britain's Labour Party"), a person's ("Bettino Craxi's
             * Socialist Party", "Craxi's") or an organization's ("AMR Corp's
             * American Airlines", "UAL's", "the Senate Judiciary Committee's
             * Antitrust Subcommittee"), nor a named owner's before an
             * organization the gazetteer knows ("Pearson's Financial Times",
             * "Chelsea's Champions League"; but a common noun's or a saint's
             * makes a name: "Boatmen's National Bank", "St Brygida's Roman
             * Catholic Church") */
            const tag_span *owned;
            if (p >= st->tbeg + 2 && is_possessive(d, p - 1) && !(d->toks[i].flags & TOK_LOWER) &&
                cap_word(c, p - 2) && !(d->toks[p - 2].flags & TOK_ALLCAPS) && !c->gazend[p - 1] &&
                !legal_form(d, p - 2) && !(c->cls[p - 2] & W_ORGSUFFIX) &&
                !person_ends_at(c, g, p - 1, 0) && !person_surname(c, g, p - 2) &&
                !((owned = gaz_span_at(c, i)) && owned->kind == K_GAZ &&
                  g->ents[owned->gidx].kind == KIND_ORG && !(c->cls[p - 2] & W_COMMON) &&
                  !(d->toks[p - 2].len > 4 &&
                    !memcmp(d->text + d->toks[p - 2].end - 3, "men", 3)) &&
                  !(p >= st->tbeg + 3 && (text_tok_is(d, &d->toks[p - 3], "St") ||
                                          text_tok_is(d, &d->toks[p - 3], "Saint"))))) {
                start = i = p - 2;
                ncap++;
                nname++;
                continue;
            }
            /* a plural noun's possessive inside the name ("the National
             * Governors' Association", "the Professional Footballers'
             * Association", "Dealers' Digest Inc"), not a known name's, nor
             * a company's before its unit (a word of organizations' names:
             * "Litton Industries' Applied Technology Division"; a name of two
             * words and a legal form after it: "National Amusements' Arsenal
             * Holdings Inc"), nor a person's, after his given name, before a
             * party's name ("Geert Wilders' Party for Freedom"; not "St Louis
             * Merchants' Exchange") */
            if (p > st->tbeg && tok_apos(d, p) && !(d->toks[p].flags & TOK_SPACE) &&
                (d->toks[i].flags & TOK_SPACE) && cap_word(c, p - 1) &&
                !(d->toks[p - 1].flags & TOK_ALLCAPS) && d->toks[p - 1].len >= 4 &&
                (d->text[d->toks[p - 1].end - 1] | 0x20) == 's' && !c->gazend[p] &&
                !(c->cls[p - 1] & (W_ORGSUFFIX | W_ENTSTART)) &&
                !(p - 1 > st->tbeg && cap_word(c, p - 2) && (c->cls[p - 2] & W_FIRSTNAME) &&
                  text_tok_is(d, &d->toks[k], "Party")) &&
                !(nname >= 2 && (lfk || (k + 1 < st->tend && legal_form(d, k + 1))))) {
                start = i = p - 1;
                ncap++;
                nname++;
                continue;
            }
            /* a word joined by a hyphen or an apostrophe: "Hewlett-Packard",
             * but not to a known name ("IMF-World Bank team") */
            if (p > st->tbeg && tok_glue(d, p) && !(d->toks[i].flags & TOK_SPACE) &&
                cap_word(c, p - 1) && (!c->gazend[p] || town_word(c, g, p - 1)) &&
                !prefix_to_known(c, p - 1, i)) {
                start = i = p - 1;
                continue;
            }
            /* (a capitalized short word between two hyphens too: "the
             * Make-A-Wish Foundation") */
            if (p >= st->tbeg + 3 && tok_glue(d, p) && (d->toks[p - 1].flags & TOK_UPPER) &&
                !(d->toks[p - 1].flags & TOK_SPACE) && tok_glue(d, p - 2) && cap_word(c, p - 3) &&
                !c->gazend[p] && !prefix_to_known(c, p - 3, i)) {
                start = i = p - 3;
                continue;
            }
            /* a person's capitalized title before "of" is his: the firm is
             * after it ("Thomas O'Malley, Chairman of Phibro Energy"); a
             * minister's, a secretary's or a director's names a portfolio, no
             * organization, unless a legal form ends it ("Minister of Energy
             * and Mines", "Director of Consumer Affairs") */
            /* (so does one before "for": "Under Secretary of State for
             * Economic Affairs", "Minister for Foreign Affairs") */
            int of = text_tok_is(d, &d->toks[p], "of"), pfor = !of && text_tok_is(d, &d->toks[p], "for");
            long ot = of || pfor ? tag_title_ending_at(c->titles, c->ntitles, (uint32_t)p) : -1;
            if (ot >= 0 && (d->toks[c->titles[ot].tbeg].flags & TOK_UPPER)) {
                static const char *const offices[] = {"Minister", "Secretary", "Undersecretary",
                                                      "Commissioner", "Director",
                                                      "Superintendent", "State"};
                const char *r = g->titles[c->titles[ot].title].role;
                if (r && !lfk && tag_role_ends_in(r, offices, ENT_ARRAY_LEN(offices)))
                    return 0;
                if (of) break;
            }
            /* no joiner after a known name ("World Bank and International
             * Monetary Fund" are two), nor "and" between a word of
             * organization names and a known name ("Iranian Army and
             * Revolutionary Guards Corps", not "American Telephone and
             * Telegraph Co") or a name with its own ("Liberal Democratic
             * Party and Finance Ministry"), nor after a sentence's first word ("Shares
             * of ..."); but a partnership's legal form follows any name
             * ("Mitsui and Co Ltd", "Merrill Lynch & Co Inc") */
            int partner = (is_and(d, p) || tok_char(d, p, '&')) && legal_form(d, i);
            /* (a town before "and" in a building society's or a firm's name:
             * "Bristol and West Building Society", "Leeds and Northrup Co") */
            /* (the town opening the name, one or two words after "and" that
             * are no town, given name or legal form: not "First Boston and
             * Salomon Brothers", "Banco di Sicilia and Efibanca Spa",
             * "Montreal and Vancouver Stock Exchange",
             * "Calgary and Charles Rosner Bronfman Trust", "Redstone and MCV
             * Holdings Inc") */
            int town_and = is_and(d, p) && c->gazend[p] && town_word(c, g, p - 1) &&
                           p + 1 == i && (c->cls[k] & W_ORGSUFFIX) && k > i && k - i <= 3 &&
                           !(p - 1 > st->tbeg &&
                             (cap_word(c, p - 2) || (c->cls[p - 2] & W_PARTICLE) ||
                              text_tok_is(d, &d->toks[p - 2], "of"))) &&
                           !town_word(c, g, i);
            for (size_t q = i; town_and && q < k; q++)
                if (legal_form(d, q) || (c->cls[q] & W_FIRSTNAME) ||
                    (d->toks[q].flags & TOK_ALLCAPS))
                    town_and = 0;
            /* (a sentence's first word, "and", one to three words and a
             * legal form are one firm's name: "Cable and Wireless Plc said",
             * "Harper and Row Publishers Inc"; the first word no stop word,
             * title or plural noun: not "Shares and Warrants Corp") */
            int firm_and = p > st->tbeg && is_and(d, p) && lfk && k > i && k - i <= 3 &&
                           !(c->cls[p - 1] & (W_STOP | W_TITLESTART)) &&
                           !(d->toks[p - 1].flags & TOK_ALLCAPS) &&
                           d->text[d->toks[p - 1].end - 1] != 's' && !only_legal_forms(c, i, k);
            if (p > st->tbeg && (org_joiner(d, p) || foreign_joiner(c, p, k)) &&
                cap_word(c, p - 1) &&
                (!c->gazend[p] ||
                 (text_tok_is(d, &d->toks[p], "of") && org_ends_at(c, g, p)) ||
                 partner || town_and) &&
                !(is_and(d, p) && (c->cls[p - 1] & (W_ORGSUFFIX | W_ORGHEAD)) &&
                  (thing_starts_at(c, g, i) || second_org(c, p, i, k))) &&
                !(is_and(d, p) && head_of_after_and(c, i, k)) &&
                !(is_and(d, p) && repeated_firm_word(c, p, i, k)) &&
                /* (the rest a known name after "and": a second one, "Shares of
                 * Shiseido and Japan Airlines fell") */
                !(is_and(d, p) && known_name_over(c, g, i, k + 1)) &&
                (!text_opens_clause(d, p - 1) || partner || firm_and) &&
                !(is_and(d, p) && legal_form(d, p - 1)) && /* "Johnson Controls Inc and Lear Corp" */
                /* nor a person's name before "and", but in a firm named
                 * after one ("James Capel and Co", "John Weber & Sons"; not "X
                 * and Sons of Liberty") */
                !(!text_tok_is(d, &d->toks[p], "of") && !only_legal_forms(c, i, k + 1) &&
                  !(family_word(d, i) && only_legal_forms(c, i + 1, k + 1) &&
                    !(k + 1 < st->tend && text_tok_is(d, &d->toks[k + 1], "of"))) &&
                  person_ends_at(c, g, p, 0)) &&
                !(text_tok_is(d, &d->toks[p], "of") &&
                  (person_before(c, p, st->tbeg) || person_ends_at(c, g, p, 1))) &&
                /* nor "of" before a known organization ("BankAmerica Co of
                 * Charles Schwab and Co Inc") */
                !(text_tok_is(d, &d->toks[p], "of") && org_starts_at(c, g, i)) &&
                !(is_and(d, p) && nand > 0) &&
                /* (nor "and" after a name with "&" in it: "Fidelity Management &
                 * Research and Lightspeed Venture Partners" are two firms) */
                !(is_and(d, p) && p >= st->tbeg + 3 &&
                  (tok_char(d, p - 2, '&') || tok_char(d, p - 3, '&')))) {
                nand += is_and(d, p);
                i = p;
                continue;
            }
            break;
        }
        /* (a capitalized "His", "Her", "Their" ... before it inside a
         * sentence opens the title of a work: "Pullman's His Dark Materials") */
        int work = start > st->tbeg && !(d->toks[start - 1].flags & TOK_SENT) &&
                   (d->toks[start - 1].flags & TOK_UPPER) &&
                   (text_tok_is(d, &d->toks[start - 1], "His") ||
                    text_tok_is(d, &d->toks[start - 1], "Her") ||
                    text_tok_is(d, &d->toks[start - 1], "Their") ||
                    text_tok_is(d, &d->toks[start - 1], "Our") ||
                    text_tok_is(d, &d->toks[start - 1], "My"));
        /* ("Markets" after two words at least: "Merrill Lynch Capital
         * Markets", "Citigroup Global Markets"; not "World Markets", "Export
         * Markets") */
        int few = ncap < 3 && text_tok_is(d, &d->toks[k], "Markets");
        /* ("Church" after a given name, maybe and a middle name, is a
         * surname: "Charlotte Church", "Thomas Haden Church", "Frank Church";
         * not a saint's: "St Mary Church") */
        few |= ncap <= 3 && (c->cls[start] & W_FIRSTNAME) && text_tok_is(d, &d->toks[k], "Church") &&
               !(start > 0 && (text_tok_is(d, &d->toks[start - 1], "St") ||
                               text_tok_is(d, &d->toks[start - 1], "Saint") ||
                               text_tok_is(d, &d->toks[start - 1], "Holy") ||
                               tok_char(d, start - 1, '.')));
        if (ncap >= 2 && nname > 0 && !work && !few) b = start, e = k + 1;
        /* "Co" or "Corp", "of" and "America" or a state of it, ending the
         * name, are the name's: "Union Oil Co of California", "Public Service
         * Co of New Mexico", "Hospital Corp of America" (not another legal
         * form's, nor another country's, which says where the company is:
         * "NEC Corp of Japan", "TNT Ltd of Australia", "Terumo Corp of
         * Tokyo") */
        if (e == k + 1 && lfk && e + 1 < st->tend && text_tok_is(d, &d->toks[e], "of") &&
            (text_tok_is(d, &d->toks[k], "Co") || text_tok_is(d, &d->toks[k], "Corp") ||
             text_tok_is(d, &d->toks[k], "Company") || text_tok_is(d, &d->toks[k], "Corporation"))) {
            const tag_span *ps = gaz_span_at(c, e + 1);
            if (ps && ps->via != VIA_DEMONYM && ps->tend <= st->tend &&
                ((ps->tend == e + 2 && text_tok_is(d, &d->toks[e + 1], "America")) ||
                 (g->ents[ps->gidx].kind == KIND_LOCATION && g->ents[ps->gidx].sub == SUB_STATE &&
                  ps->via != VIA_ALIAS)) &&
                !(ps->tend < st->tend &&
                  (((d->toks[ps->tend].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER)) ||
                   tok_glue(d, ps->tend))))
                e = ps->tend;
        }
        /* a newspaper's word joined by a hyphen to the next ("the Huntington
         * Herald-Press", "Atlanta Journal-Constitution", "Fort Worth
         * Star-Telegram"): the name goes on */
        if (e == k + 1 && k + 2 < st->tend && tok_char(d, k + 1, '-') &&
            !(d->toks[k + 1].flags & TOK_SPACE) && !(d->toks[k + 2].flags & TOK_SPACE) &&
            (d->toks[k + 2].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) == (TOK_WORD | TOK_UPPER) &&
            !(k + 3 < st->tend && (d->toks[k + 3].flags & TOK_UPPER)) && /* ("the Financial
                                                                       * Times-Stock Exchange") */
            text_words_find(&paper_words_set, d, &d->toks[k]) >= 0)
            e = k + 3;
    }
    /* Ministry of Defence, Bank of England, University of Tehran, Commission
     * Against Corruption (capitalized: "against" is a verb's), and after
     * words before the head ("Massachusetts Department of Public Health",
     * "Federal Reserve Bank of New York"); a title after it is the title of
     * a person ("Bank of France Governor Jacques de Larosiere") */
    /* "of the" ("International Federation of the Phonographic Industry",
     * "British Bank of the Middle East"), but not before a known organization
     * or a demonym ("Congress of the FCC", "Office of the Swiss ...") */
    size_t the = 0;
    /* (and "for the": "the Medical Foundation for the Care of Victims of
     * Torture", "the Society for the Protection of Birds", whose name may go
     * on after "of" in capitalized words no list knows) */
    int for_the = k + 3 < st->tend && text_tok_is(d, &d->toks[k + 1], "for") &&
                  text_tok_is(d, &d->toks[k + 2], "the");
    if (k + 3 < st->tend && (text_tok_is(d, &d->toks[k + 1], "of") || for_the) &&
        text_tok_is(d, &d->toks[k + 2], "the")) {
        const tag_span *ks = gaz_span_at(c, k + 3);
        the = !(ks && (g->ents[ks->gidx].kind == KIND_ORG || ks->via == VIA_DEMONYM));
    }
    /* (not a date after "on": "Bank on Thursdays", "the Council on Monday") */
    int on = text_tok_is(d, &d->toks[k + 1], "on");
    int head = (c->cls[k] & W_ORGHEAD) && k + 2 + the < st->tend &&
               (text_tok_is(d, &d->toks[k + 1], "of") || on ||
                text_tok_is(d, &d->toks[k + 1], "for") ||
                text_tok_is(d, &d->toks[k + 1], "Against")) &&
               cap_word(c, k + 2 + the) && !person_named_at(c, g, k, k + 2 + the, st->tend) &&
               !(on && (text_words_find(&day_words_set, d, &d->toks[k + 2]) >= 0 ||
                        text_words_find(&month_words_set, d, &d->toks[k + 2]) >= 0));
    /* (nor a title and the name of whom the body is: "the Christian
     * Democratic Union of Chancellor Friedrich Merz"; but "the Office of the
     * President") */
    if (head) {
        long tj = tag_title_starting_at(c, k + 2 + the);
        if (tj >= 0 && c->titles[tj].tend < st->tend && cap_word(c, c->titles[tj].tend)) head = 0;
    }
    if (head) {
        size_t j = k + 2 + the;
        while (j < st->tend && cap_word(c, j) &&
               (j == k + 2 + the || tag_title_starting_at(c, j) < 0)) {
            /* a known place or country whole ("of the U.S.") */
            const tag_span *ps = gaz_span_at(c, j);
            if (ps && ps->tend > j + 1 && ps->tend <= st->tend && ps->via != VIA_DEMONYM &&
                (g->ents[ps->gidx].kind == KIND_COUNTRY || g->ents[ps->gidx].kind == KIND_LOCATION)) {
                j = ps->tend;
                continue;
            }
            j++;
            /* "St. Louis", "Ft. Worth": an abbreviated word and its period;
             * "American-Islamic": a hyphen between two words */
            if (j + 1 < st->tend && tok_char(d, j, '.') && !(d->toks[j].flags & TOK_SPACE) &&
                d->toks[j - 1].len == 2 && cap_word(c, j + 1))
                j++;
            else if (j + 1 < st->tend && tok_glue(d, j) && cap_word(c, j + 1))
                j++;
            else if (j + 1 < st->tend && is_and(d, j) && and_goes_on(c, j + 1, st->tend))
                j++; /* "Department for Work and Pensions" */
            else if (for_the && the && j + 1 < st->tend && text_tok_is(d, &d->toks[j], "of") &&
                     of_goes_on(c, g, j + 1))
                j++; /* "for the Care of Victims of Torture", "District Court for
                      * the Northern District of Illinois" */
        }
        /* (a name cut before a capitalized word, or a word of organizations'
         * names, is none we can tell: "the Defense Intelligence Agency for
         * the Congressional Joint Economic committee" is a report's reader) */
        if (for_the && the && j < st->tend &&
            (((d->toks[j].flags & TOK_UPPER) && !(d->toks[j].flags & TOK_ALLCAPS)) ||
             ((d->toks[j].flags & TOK_LOWER) && (c->cls[j] & (W_ORGHEAD | W_ORGSUFFIX)))))
            j = k + 1;
        if (j == k + 1 && !e) return 0;
        if (!e) b = k;
        e = j;
    }
    /* "Foreign Affairs Minister": a portfolio, part of the title that follows,
     * when that is a minister's, a secretary's or a commissioner's ("Texas
     * Railroad Commissioner"), or the name ends in "Affairs" ("Home Affairs
     * spokesman"); never after a legal form ("Pirelli SpA chairman"), a head's
     * "of" ("Bank of Japan Governor") or a head word, which names an
     * institution ("Fire Department Capt. Hugh Madlock", "Foreign Ministry
     * Spokesman"). Other titles follow an organization ("Coast Guard
     * spokesman", "Bankers Trust chairman", "Stock Exchange President") */
    long ti = e && !(e - 1 == k && lfk >= 0 ? lfk : legal_form(d, e - 1)) && !head &&
                      !(c->cls[e - 1] & W_ORGHEAD)
                  ? tag_title_starting_at(c, e)
                  : -1;
    int portfolio = 0;
    if (ti >= 0 && !g->titles[c->titles[ti].title].after_name &&
        !g->titles[c->titles[ti].title].rank) {
        const char *w = title_last_word(g, &c->titles[ti]);
        portfolio = text_tok_is(d, &d->toks[e - 1], "Affairs") || !strcasecmp(w, "Minister") ||
                    !strcasecmp(w, "Secretary") || !strcasecmp(w, "Commissioner");
    }
    if (!e || portfolio || headline(c, s) != HL_NO) return 0;
    /* nor are the words of a minister's or a secretary's title the gazetteer
     * knows whole ("External Affairs Minister Joe Clark"; but "Reserve Bank
     * Governor X" names the bank), nor the words of any title, all of them
     * ("Minister for Foreign Affairs"), or of a title that ends with it
     * ("the Algerian Minister of Energy", "deputy Minister of Energy") */
    long tw = tag_title_starting_at(c, b);
    if (tw >= 0 && c->titles[tw].tend > k &&
        (portfolio_title(g, &c->titles[tw]) || c->titles[tw].tend == e))
        return 0;
    long te = tag_title_ending_at(c->titles, c->ntitles, (uint32_t)e);
    if (te >= 0 && c->titles[te].tbeg < k && g->titles[c->titles[te].title].role)
        return 0;
    /* a known organization and its legal form ("Coca-Cola Co", "Magna
     * International Inc", "Mitsui and Co Ltd"), maybe after initials ("B.F.
     * Goodrich Co"): the known one, written out in full */
    const tag_span *kn = gaz_span_at(c, past_initials(c, b, e));
    if (kn && kn->tend < e && g->ents[kn->gidx].kind == KIND_ORG) {
        size_t q = kn->tend;
        while (q < e && (legal_form(d, q) || (q + 1 < e && org_joiner(d, q) &&
                                              !text_tok_is(d, &d->toks[q], "of") &&
                                              legal_form(d, q + 1))))
            q++;
        if (q == e) return push_span(c, (uint32_t)b, (uint32_t)e, kn->gidx, kn->via, K_GAZ, 0);
    }
    /* nor are the words before a show's, a fair's or a law's a name of an
     * organization: "the Consumer Electronics Show", "the Paris Motor Show",
     * "the Frankfurt Book Fair", "the Financial Services Act"; nor those of a
     * tax, a programme or a security, the last of the capitalized words after
     * them: "Canada Savings Bonds", "Trust Fund Bureau Law" (not in capitals:
     * "BUDAPEST BANK ISSUES BONDS") */
    for (size_t q = e; q < e + 3 && q < st->tend &&
                       (d->toks[q].flags & (TOK_UPPER | TOK_SPACE)) == (TOK_UPPER | TOK_SPACE);
         q++)
        if (text_words_find(&show_words_set, d, &d->toks[q]) >= 0) return 0;
    size_t r = e; /* (the last of the capitalized words after it) */
    while (r < st->tend && (d->toks[r].flags & (TOK_UPPER | TOK_ALLCAPS | TOK_SPACE)) ==
                               (TOK_UPPER | TOK_SPACE))
        r++;
    if (r > e && text_words_find(&thing_words_set, d, &d->toks[r - 1]) >= 0) return 0;
    /* nor does a name open inside initials joined by "&": "S&N and United
     * agreed" is no "N and United" */
    if (b >= 1 && tok_char(d, b - 1, '&') && !(d->toks[b].flags & TOK_SPACE) &&
        !(d->toks[b - 1].flags & TOK_SPACE))
        return 0;
    return push_span(c, (uint32_t)b, (uint32_t)e, -1, VIA_KEYWORD, K_KEYWORD, 'O');
}

/* Does token i separate the items of a list: ",", ";" or "and"? */
static int list_sep(const text_doc *d, size_t i) {
    return tok_char(d, i, ',') || tok_char(d, i, ';') || is_and(d, i);
}

/* May an item of a list end before token e of sentence st: at a separator,
 * a bracket, a number (a score) or the sentence's end? */
static int list_item_ends(const text_doc *d, const text_sent *st, size_t e) {
    if (e >= st->tend) return 1;
    if (is_and(d, e)) /* another item after it: "and Orien Ventures" */
        return e + 1 < st->tend && (d->toks[e + 1].flags & TOK_UPPER);
    return list_sep(d, e) || tok_char(d, e, '(') || tok_char(d, e, ')') || tok_char(d, e, '.') ||
           (d->toks[e].flags & TOK_DIGIT);
}

/* Does any span cover a token of [b, e)? The last passes of find_discovered
 * keep c->tok_ment (select_spans fills it only later) as a mark per token:
 * nonzero when a span covers it. The marks are made on first use
 * (c->span_marks is 1 + the spans marked so far; 0 = not yet), and each
 * call marks the spans pushed since. */
static void mark_spans(tag_ctx *c) {
    if (!c->span_marks) {
        memset(c->tok_ment, 0, c->doc.ntoks * sizeof(*c->tok_ment));
        c->span_marks = 1;
    }
    for (size_t q = c->span_marks - 1; q < c->nspans; q++)
        for (uint32_t k = c->spans[q].tbeg; k < c->spans[q].tend; k++) c->tok_ment[k] = 1;
    c->span_marks = c->nspans + 1;
}

static int spans_touch(tag_ctx *c, size_t b, size_t e) {
    mark_spans(c);
    for (size_t k = b; k < e; k++)
        if (c->tok_ment[k]) return 1;
    return 0;
}

/* A name of two or three words from token i of sentence s, as an item of a
 * list; pushed as a person when it is one. Returns 0 or ENT_ENOMEM. */
static int list_item_at(tag_ctx *c, size_t i, uint32_t s, const uint8_t *gazstop, int last) {
    const text_doc *d = &c->doc;
    const text_sent *st = &d->sents[s];
    if (i >= st->tend || !name_word(c, i) || gazstop[i] ||
        text_words_find(&plural_titles_set, d, &d->toks[i]) >= 0)
        return 0;
    int words;
    uint32_t n = name_run_words(c, i, st->tend, gazstop, &words);
    if (n < 2 || words < 2 || words > 3 || (c->cls[i + n - 1] & (W_COMMON | W_NOTLAST))) return 0;
    /* the last item of a longer list may be followed by the clause's verb:
     * "Eden Hazard, Romelu Lukaku and Dries Mertens scored" */
    int verb_after = last && i + n < st->tend && (d->toks[i + n].flags & TOK_LOWER) &&
                     !(c->cls[i + n] & W_PARTICLE);
    if ((!list_item_ends(d, st, i + n) && !verb_after) || spans_touch(c, i, i + n)) return 0;
    if (headline(c, s) != HL_NO) return 0;
    if (push_span(c, (uint32_t)i, (uint32_t)(i + n), -1, VIA_LIST, K_LIST, 'P')) return ENT_ENOMEM;
    return 0;
}

/* Does a person's name of two words or more found so far end with the word
 * at token k ("Nigel Martyn" for "Martyn")? */
static int surname_of_person(const tag_ctx *c, const gaz_t *g, size_t k) {
    const text_doc *d = &c->doc;
    for (size_t q = 0; q < c->nspans; q++) {
        const tag_span *sp = &c->spans[q];
        if (sp->tend - sp->tbeg < 2 || !person_span(g, sp)) continue;
        const text_tok *t = &d->toks[sp->tend - 1];
        if (t->key == d->toks[k].key && t->len == d->toks[k].len) return 1;
    }
    return 0;
}

/* A team's squad in a text about team sports: a country or a club opening a
 * line, a dash or a colon, then three or more names separated by commas or
 * semicolons, one to three capitalized words each, maybe with a note in
 * brackets ("Sri Lanka - Arjuna Ranatunga (captain), Sanath Jayasuriya,
 * Romesh Kaluwitharana, ..."): every name is a person, but one another rule
 * found or a known name (or the surname of a person named before).
 * Returns 0 or ENT_ENOMEM. */
static int find_squads(tag_ctx *c, const gaz_t *g, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    for (size_t q = 0; q < c->ngazspans; q++) {
        const tag_span sp = c->spans[q];
        int kind = g->ents[sp.gidx].kind;
        if ((kind != KIND_COUNTRY && kind != KIND_ORG) || sp.kind != K_GAZ ||
            !(d->toks[sp.tbeg].flags & (TOK_NL | TOK_SENT)) || sp.tend + 4 >= d->ntoks ||
            !(tok_char(d, sp.tend, '-') || tok_char(d, sp.tend, ':')))
            continue;
        uint32_t s = sent_of(c, sp.tbeg);
        size_t end = d->sents[s].tend, k = sp.tend + 1, items = 0, at[32], len[32];
        while (k < end && items < 32) {
            int words;
            if (!name_word(c, k)) break;
            uint32_t n = name_run_words(c, k, end, NULL, &words);
            if (n == 0 || words > 3) break;
            at[items] = k, len[items] = n, items++;
            k += n;
            if (k + 2 < end && tok_char(d, k, '(')) { /* "(captain)", "(wk)" */
                size_t r = k + 1;
                while (r < end && r < k + 4 && !tok_char(d, r, ')')) r++;
                if (r >= end || !tok_char(d, r, ')')) break;
                k = r + 1;
            }
            if (k >= end || !(tok_char(d, k, ',') || tok_char(d, k, ';'))) break;
            k++;
        }
        if (items < 3) continue;
        for (size_t t = 0; t < items; t++) {
            int known = 0;
            for (size_t w = at[t]; w < at[t] + len[t]; w++) known |= gazstop[w] != 0;
            /* (a surname of a person named before is that person's: the
             * coreference finds it) */
            if (known || spans_touch(c, at[t], at[t] + len[t]) ||
                (len[t] == 1 && surname_of_person(c, g, at[t])))
                continue;
            if (push_span(c, (uint32_t)at[t], (uint32_t)(at[t] + len[t]), -1, VIA_LIST, K_LIST, 'P'))
                return ENT_ENOMEM;
        }
    }
    return 0;
}

/* People in a list with a person ("Mike Hulbert, Brian Henninger, Tiger
 * Woods, Steve Jurgenson"): a name of two or three capitalized words, no
 * known place or organization, that is a whole item next to a person's name
 * across a comma, a semicolon or "and". A name found so counts for the next
 * item too. Returns 0 or ENT_ENOMEM. */
static int find_listed(tag_ctx *c, const gaz_t *g, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    for (size_t q = 0; q < c->nspans; q++) { /* the spans pushed here are visited too */
        tag_span sp = c->spans[q];
        if (!person_span(g, &sp)) continue;
        /* most people are in no list: a separator on neither side */
        if (!(sp.tend < d->ntoks && list_sep(d, sp.tend)) &&
            !(sp.tbeg > 0 && list_sep(d, sp.tbeg - 1)))
            continue;
        uint32_t s = sent_of(c, sp.tbeg);
        const text_sent *st = &d->sents[s];
        /* the item before, of two or three words: "Tiger Woods, Steve" (first:
         * the item after may be the last of three then) */
        if (sp.tbeg >= st->tbeg + 3 && list_sep(d, sp.tbeg - 1)) {
            for (size_t w = 2; w <= 3; w++) {
                if (sp.tbeg < st->tbeg + 1 + w) continue; /* no room (and no wrap below 0) */
                size_t b = sp.tbeg - 1 - w;
                if (b > st->tbeg && !list_sep(d, b - 1) && !(d->toks[b - 1].flags & TOK_DIGIT) &&
                    !tok_char(d, b - 1, '-') && !tok_char(d, b - 1, ':') &&
                    !((d->toks[b - 1].flags & TOK_LOWER) &&
                      text_words_find(&list_openers_set, d, &d->toks[b - 1]) >= 0))
                    continue;
                int words;
                if (name_word(c, b) && !gazstop[b] &&
                    name_run_words(c, b, sp.tbeg - 1, gazstop, &words) == w &&
                    list_item_at(c, b, s, gazstop, 0))
                    return ENT_ENOMEM;
            }
        }
        /* the item after: ", Tiger Woods", ", and Tiger Woods"; after "and"
         * the last one, which the verb may follow when a person's name and a
         * comma come before this one ("Hazard, Lukaku and Dries Mertens gave") */
        if (sp.tend + 1 < st->tend && list_sep(d, sp.tend)) {
            size_t a = sp.tend + 1;
            if (tok_char(d, sp.tend, ',') && a + 1 < st->tend && is_and(d, a)) a++;
            int last = is_and(d, a - 1) && sp.tbeg >= st->tbeg + 2 &&
                       tok_char(d, sp.tbeg - 1, ',') && person_ends_at(c, g, sp.tbeg - 1, 0);
            if (list_item_at(c, a, s, gazstop, last)) return ENT_ENOMEM;
        }
    }
    return 0;
}

/* ---- teams of results and standings lines ------------------------------ */

/* A number: a word starting with a digit ("22", "529", "41no"). */
static int num_tok(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return (t->flags & (TOK_WORD | TOK_DIGIT)) == (TOK_WORD | TOK_DIGIT) &&
           (unsigned char)(d->text[t->start] - '0') < 10;
}

/* The first token after token i's line (one that starts a line), or ntoks.
 * The line found last is kept (c->line_from, c->line_end, reset per text):
 * the rules ask for words of one line in order, and a line of a million
 * bytes is walked once, not once per word. */
static size_t line_end(tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    if (i >= c->line_from && i < c->line_end) return c->line_end;
    size_t e = i + 1;
    while (e < d->ntoks && !(d->toks[e].flags & TOK_NL)) e++;
    c->line_from = i, c->line_end = e;
    return e;
}

/* Is a club the gazetteer knows named at token k (a span of one starting
 * there)? */
static int known_club_at(const tag_ctx *c, const gaz_t *g, size_t k) {
    const tag_span *sp = gaz_span_at(c, k);
    return sp && g->ents[sp->gidx].sub == SUB_CLUB;
}

/* Does the last gazetteer match that ends at token e name a club the
 * gazetteer knows? */
static int known_club_ends_at(const tag_ctx *c, const gaz_t *g, size_t e) {
    for (size_t q = c->ngazspans; q-- > 0;)
        if (c->spans[q].tend == e) return g->ents[c->spans[q].gidx].sub == SUB_CLUB;
    return 0;
}

/* End of a team's name from capitalized word i before end, or i when none:
 * up to five capitalized words, in capitals too ("SAN DIEGO"), joined by
 * hyphens ("Paris-St Germain") or lowercase particles ("Deportivo de La
 * Coruna"). A one-word name may not be an ordinary word or a title ("Sales
 * 26.00 26.70"); no word is a stop word. */
static size_t team_name_end(const tag_ctx *c, const gaz_t *g, size_t i, size_t end) {
    const text_doc *d = &c->doc;
    size_t j = i;
    int words = 0;
    while (j < end && words < 5) {
        const text_tok *t = &d->toks[j];
        if (j > i && (t->flags & TOK_NL)) break;
        if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_DIGIT)) == (TOK_WORD | TOK_UPPER) &&
            !(c->cls[j] & W_STOP) && !c->blocked[j]) {
            words++;
            j++;
            if (j + 1 < end && tok_glue(d, j) && (d->toks[j + 1].flags & TOK_UPPER)) j++;
            continue;
        }
        if (words && (c->cls[j] & W_PARTICLE) && (t->flags & TOK_LOWER) && j + 1 < end &&
            (d->toks[j + 1].flags & TOK_UPPER)) {
            j++;
            continue;
        }
        break;
    }
    if (!words || d->toks[j - 1].flags & TOK_LOWER) return i;
    /* (an ordinary word or a title's is a team only as a club the gazetteer
     * knows: "Leicester 0 Arsenal 2") */
    if (words == 1 && (c->cls[i] & (W_COMMON | W_TITLESTART)) && !known_club_at(c, g, i)) return i;
    return j;
}

/* Is token j glued to both neighbours ("1996-08-30", "9.06")? */
static int glued(const text_doc *d, size_t j) {
    return !(d->toks[j].flags & TOK_SPACE) && j + 1 < d->ntoks &&
           !(d->toks[j + 1].flags & TOK_SPACE);
}

/* A standings row from number k to the line's end le: only numbers and the
 * punctuation between them ("63 64 .496 10", "68 61 .527 1/2"), three
 * numbers or more; not a date ("NEW YORK 1996-08-30"), no rates ("YEN
 * 131/119") and at most one decimal (prices: "Sales 9.06 9.31 8.42"). */
static int standings_row(const text_doc *d, size_t k, size_t le) {
    int nums = 0, decimals = 0;
    for (size_t j = k; j < le; j++) {
        if (num_tok(d, j)) {
            nums++;
        } else if (tok_char(d, j, '.')) {
            decimals += j > k && glued(d, j);
        } else if (tok_char(d, j, '-')) {
            if (glued(d, j)) return 0;
        } else if (tok_char(d, j, '/')) {
            /* only the half of games behind ("14 1/2"), not a rate ("131/119") */
            if (j + 1 >= le || d->toks[j + 1].len != 1 || d->toks[j + 1].key != '2') return 0;
        } else if (!tok_char(d, j, '+')) {
            return 0;
        }
    }
    return nums >= 3 && decimals <= 1;
}

/* A score from number k, before the line's end le: a number of up to three
 * digits (no year), maybe a glued "-5" of wickets ("529-8"), then the end of
 * the line, a bracket, "declared", "points", or "and" and another score.
 * Returns the token after it, or 0. */
static size_t score_end(const text_doc *d, size_t k, size_t le) {
    if (d->toks[k].len > 3) return 0;
    size_t j = k + 1;
    if (j + 1 < le && tok_char(d, j, '-') && glued(d, j) && num_tok(d, j + 1)) j += 2;
    if (j >= le || tok_char(d, j, '(')) return j;
    if (tok_char(d, j, '.') && j + 1 == le) return j;
    if ((d->toks[j].flags & TOK_LOWER) &&
        (text_tok_is(d, &d->toks[j], "declared") || text_tok_is(d, &d->toks[j], "points") ||
         (text_tok_is(d, &d->toks[j], "and") && j + 1 < le && num_tok(d, j + 1))))
        return j;
    return 0;
}

/* Is token k a club's founding year that opens its name, four digits from 1850
 * to 1999 before a capitalized word ("1860 Munich", "1899 Hoffenheim")? */
static int club_year(const text_doc *d, size_t k) {
    const text_tok *t = &d->toks[k];
    if (t->len != 4 || (t->flags & (TOK_WORD | TOK_DIGIT)) != (TOK_WORD | TOK_DIGIT) ||
        k + 1 >= d->ntoks ||
        (d->toks[k + 1].flags & (TOK_WORD | TOK_UPPER | TOK_SPACE)) != (TOK_WORD | TOK_UPPER | TOK_SPACE))
        return 0;
    const char *p = d->text + t->start;
    for (int q = 0; q < 4; q++)
        if (p[q] < '0' || p[q] > '9') return 0;
    int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    return y >= 1850 && y <= 1999;
}

/* Push the team [b, e), with a founding year before it (club_year), unless the
 * words name a known organization, country or person there, or a person found
 * by the rules above ("Phil Mickelson 70 66 68 70" is a golfer); with
 * over_person, a person found over exactly those words is muted and the team
 * pushed ("Gloria Bistrita 2 Dinamo Bucharest 1"). A known place is not kept:
 * "Surrey 250-7" is the county's team. Returns 0 or ENT_ENOMEM. */
static int push_team_over(tag_ctx *c, const gaz_t *g, size_t b, size_t e, int over_person) {
    if (b > 0 && club_year(&c->doc, b - 1)) b--; /* ("1860 Munich 2") */
    const tag_span *gs = gaz_span_at(c, b);
    if (gs) {
        int kind = g->ents[gs->gidx].kind;
        if (kind == KIND_PERSON || (gs->tend == e && (kind == KIND_ORG || kind == KIND_COUNTRY)))
            return 0;
    }
    /* the walk over the capitalized words pushes its spans in text order,
     * and those at b last: the ones from the end back to the first before b */
    for (size_t q = c->nspans; q > c->ngazspans && c->spans[q - 1].tbeg >= b; q--)
        if (c->spans[q - 1].tbeg == b && c->spans[q - 1].type == 'P') {
            if (!over_person || c->spans[q - 1].tend != e) return 0;
            c->spans[q - 1].kind = K_MUTE; /* (the team's name, no person's) */
        }
    return push_span(c, (uint32_t)b, (uint32_t)e, -1, VIA_TEAM, K_TABLE, 'O');
}

/* push_team_over without over_person. */
static int push_team(tag_ctx *c, const gaz_t *g, size_t b, size_t e) {
    return push_team_over(c, g, b, e, 0);
}

/* Does a place or a club of the gazetteer stand among tokens [b, e) ("Dinamo
 * Bucharest")? Then a result names a team there, and its opponent is one too. */
static int club_words(const tag_ctx *c, const gaz_t *g, size_t b, size_t e) {
    for (size_t k = b; k < e; k++) {
        const tag_span *sp = gaz_span_at(c, k);
        if (sp && sp->tend <= e &&
            (g->ents[sp->gidx].town || g->ents[sp->gidx].sub == SUB_CLUB ||
             (g->ents[sp->gidx].kind == KIND_COUNTRY && sp->via == VIA_CAPITAL)))
            return 1;
    }
    return 0;
}

/* Is token i the fixtures' "v" ("Queens Park Rangers v Bolton")? */
static int tok_versus(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return t->len == 1 && t->key == 'v' && (t->flags & TOK_LOWER) && (t->flags & TOK_SPACE);
}

/* Is token i the schedules' "at" ("OAKLAND AT BOSTON")? */
static int tok_at(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return t->len == 2 && t->key == (uint64_t)('a' | 't' << 8) && (t->flags & TOK_SPACE);
}

/* Does the team list of a line end at token e before le: its end, or a
 * comma, semicolon, bracket or full stop? */
static int team_item_ends(const text_doc *d, size_t e, size_t le) {
    return e >= le || tok_char(d, e, ',') || tok_char(d, e, ';') || tok_char(d, e, '(') ||
           tok_char(d, e, '.');
}

/* Is token k a word of a cricket scorecard: "c" (caught), "b" (bowled),
 * "st" (stumped), "lbw"? Returns the letter ('c', 'b', 's', 'l') or 0. */
static int card_word(const text_doc *d, size_t k) {
    const text_tok *t = &d->toks[k];
    if (!(t->flags & TOK_LOWER) || !(t->flags & TOK_SPACE) || t->len > 3) return 0;
    uint64_t x = t->key;
    if (t->len == 1 && (x == 'c' || x == 'b')) return (int)x;
    if (t->len == 2 && x == (uint64_t)('s' | 't' << 8)) return 's';
    if (t->len == 3 && x == WORD_KEY3('l', 'b', 'w')) return 'l';
    return 0;
}

/* Bowling figures from token k: overs, maidens, runs and wickets glued by
 * hyphens ("10-1-50-1", "14.3-4-45-1"). */
static int bowling_figures(const text_doc *d, size_t k, size_t le) {
    if (k >= le || !num_tok(d, k)) return 0;
    size_t j = k + 1;
    if (j + 1 < le && tok_char(d, j, '.') && glued(d, j) && num_tok(d, j + 1)) j += 2;
    for (int n = 0; n < 3; n++, j += 2)
        if (j + 1 >= le || !tok_char(d, j, '-') || !glued(d, j) || !num_tok(d, j + 1)) return 0;
    return 1;
}

/* Is the word at token k "out" after "run" or "not" ("run out", "not out")? */
static int out_after(const text_doc *d, size_t k, size_t le) {
    return k + 1 < le && (d->toks[k].flags & TOK_LOWER) && (d->toks[k + 1].flags & TOK_LOWER) &&
           (text_tok_is(d, &d->toks[k], "run") || text_tok_is(d, &d->toks[k], "not")) &&
           text_tok_is(d, &d->toks[k + 1], "out");
}

/* A cricketer at capitalized word i of sentence s, named by the layout of a
 * scorecard in a text about team sports: a batsman opening a line before
 * how he was out ("M. Atherton c Inzamam-ul-Haq b Wasim Akram 43", "C.
 * Lewis not out"), the fielder and bowler of that ("c Cork b Croft"), or a
 * bowler before his figures ("Bowling: Mullally 6-0-30-1, Croft 29-6-64-1").
 * A town of that name is the cricketer here ("Cork"). Returns 0 or
 * ENT_ENOMEM. */
static int scorecard_at(tag_ctx *c, size_t i, uint32_t s) {
    const text_doc *d = &c->doc;
    size_t b = i; /* "c de Silva b": the particle starts the name */
    if (b >= 2 && (c->cls[b - 1] & W_PARTICLE) && (d->toks[b - 1].flags & TOK_LOWER) &&
        card_word(d, b - 2))
        b--;
    /* the initial of "M. Atherton" is a capitalized word of its own */
    if (b >= 2 && initial_at(c, b - 2, b)) return 0;
    int prev = b > 0 ? card_word(d, b - 1) : 0;
    int opens = (d->toks[b].flags & TOK_NL) ||
                (b > 0 && (tok_char(d, b - 1, ',') || tok_char(d, b - 1, ':')));
    if (!prev && !opens) return 0;
    size_t le = line_end(c, b), end = d->sents[s].tend < le ? d->sents[s].tend : le;
    size_t e = i + name_run(c, i, end, NULL);
    if (e == i || e > i + 4) return 0;
    int next = e < end ? card_word(d, e) : 0;
    int ok;
    if (prev == 'c' || prev == 's') /* the fielder: "c Cork b Croft", "st Stewart b" */
        ok = next == 'b';
    else if (prev == 'b') /* the bowler, then the runs: "b Croft 6" */
        ok = e >= end || num_tok(d, e) || tok_char(d, e, ',');
    else /* the batsman, or a bowler's figures */
        ok = (d->toks[b].flags & TOK_NL) ? next || out_after(d, e, end) || bowling_figures(d, e, end)
                                        : bowling_figures(d, e, end);
    if (!ok) return 0;
    return push_span(c, (uint32_t)b, (uint32_t)e, -1, VIA_SCORECARD, K_TABLE, 'P');
}

/* Is token i the minute of a goal: an ordinal in digits ("28th", "1st")? */
static int minute_tok(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    if (!num_tok(d, i) || t->len < 3 || t->len > 5) return 0;
    const char *e = d->text + t->end;
    return (e[-2] == 's' && e[-1] == 't') || (e[-2] == 'n' && e[-1] == 'd') ||
           (e[-2] == 'r' && e[-1] == 'd') || (e[-2] == 't' && e[-1] == 'h');
}

/* A goal's scorer at capitalized word i, in a text about team sports: one to
 * three name words after a bracket, a comma, a colon, a dash or "and", before
 * the minute, maybe in brackets ("Scorers: Zoran Kundic (28th), Klimis
 * Alexandrou (41st)", "St Pauli 4 (Driller 15th, Trulsen 54th)"). Returns 0
 * or ENT_ENOMEM. */
static int scorer_at(tag_ctx *c, size_t i, uint32_t s, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    if (i == 0 || c->blocked[i] || gazstop[i] || (c->cls[i] & (W_STOP | W_COMMON | W_TITLESTART)))
        return 0;
    if (!tok_char(d, i - 1, '(') && !tok_char(d, i - 1, ',') && !tok_char(d, i - 1, ':') &&
        !tok_char(d, i - 1, '-') && !is_and(d, i - 1))
        return 0;
    size_t end = d->sents[s].tend;
    uint32_t n = name_run(c, i, end, gazstop);
    size_t e = i + n, o = e + (e < end && tok_char(d, e, '('));
    if (!n || n > 3 || o >= d->ntoks || !minute_tok(d, o)) return 0;
    return push_span(c, (uint32_t)i, (uint32_t)e, -1, VIA_SCORECARD, K_TABLE, 'P');
}

/* Where a team's name may start (teams_at). */
enum { TEAM_LINE = 1, TEAM_AFTER, TEAM_RIDER };

/* Where capitalized word i may start a team's name: at the start of a line,
 * after a colon or a comma ("At Headingley: Yorkshire 529-8", ", Surrey
 * 429-7 ("), or after a rider's country in brackets ("2. Erik Dekker
 * (Netherlands) Rabobank 43"); 0 elsewhere. */
static int team_place(const tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    if (d->toks[i].flags & TOK_NL) return TEAM_LINE;
    if (i == 0) return 0;
    if (club_year(d, i - 1)) { /* ("1860 Munich" opening the line or after a colon) */
        if (d->toks[i - 1].flags & TOK_NL) return TEAM_LINE;
        if (i >= 2 && (tok_char(d, i - 2, ':') || tok_char(d, i - 2, ','))) return TEAM_AFTER;
        return 0;
    }
    if (tok_char(d, i - 1, ':') || tok_char(d, i - 1, ',')) return TEAM_AFTER;
    if (i >= 3 && tok_char(d, i - 1, ')')) {
        size_t k = gaz_spans_from(c, i);
        const tag_span *cs = k > 0 ? &c->spans[k - 1] : NULL;
        if (cs && cs->kind == K_GAZ && cs->tend == i - 1 && cs->tbeg > 0 &&
            tok_char(d, cs->tbeg - 1, '(') && g->ents[cs->gidx].kind == KIND_COUNTRY)
            return TEAM_RIDER;
    }
    return 0;
}

/* The token after a country's name in brackets at token e ("(Norway)"), or
 * e with none there. */
static size_t past_country_bracket(const tag_ctx *c, const gaz_t *g, size_t e) {
    const text_doc *d = &c->doc;
    if (e + 2 >= d->ntoks || !tok_char(d, e, '(')) return e;
    const tag_span *cs = gaz_span_at(c, e + 1);
    return cs && g->ents[cs->gidx].kind == KIND_COUNTRY && cs->tend < d->ntoks &&
                   tok_char(d, cs->tend, ')')
               ? cs->tend + 1
               : e;
}

/* Teams named at capitalized word i, in a text about team sports, as
 * agencies file results: at the start of a line a standings row ("Wigan 22
 * 19 1 2 902 326 39"), a result ("Bahia 2 Atletico Paranaense 0",
 * "Milwaukee 6 CLEVELAND 5 ( 11 innings )"), a fixture ("Queens Park Rangers
 * v Bolton") or a score ("Yorkshire 529-8 declared", "Surrey 24 points");
 * after a colon or a comma a fixture or a score; after a rider's country
 * his team, before a time or points. Returns 0 or ENT_ENOMEM. */
static int teams_at(tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    int where = team_place(c, g, i);
    if (!where) return 0;
    /* most lines have no number or "v" within their first words: read only
     * the flags until one, a long lowercase word or punctuation */
    size_t k = i + 1, lim = i + 9 < d->ntoks ? i + 9 : d->ntoks;
    for (; k < lim; k++) {
        unsigned f = d->toks[k].flags;
        if (f & (TOK_DIGIT | TOK_NL)) break;
        if (tok_at(d, k)) break;
        if (f & TOK_LOWER) {
            if (tok_versus(d, k)) break;
            if (d->toks[k].len > 3) return 0;
        } else if (!(f & TOK_WORD) && (f & TOK_SPACE)) {
            size_t pc = past_country_bracket(c, g, k); /* ("Brann (Norway) 2") */
            if (pc == k) return 0;
            k = pc - 1;
        }
    }
    if (k >= lim || (d->toks[k].flags & TOK_NL)) return 0;
    size_t e = team_name_end(c, g, i, d->ntoks);
    if (e == i || e >= d->ntoks || (d->toks[e].flags & TOK_NL)) return 0;
    /* (the team's country in brackets may follow its name: "Brann (Norway)
     * 2 Shelbourne (Ireland) 1") */
    size_t ec = past_country_bracket(c, g, e);
    if (ec >= d->ntoks || (d->toks[ec].flags & TOK_NL)) return 0;
    if (where == TEAM_LINE && tok_at(d, e)) {
        /* a schedule, visitors at hosts: the visitors are a team, the
         * hosts' town the venue ("OAKLAND AT BOSTON") */
        size_t le = line_end(c, e), m = e + 1, me = m < le ? team_name_end(c, g, m, le) : m;
        return me > m && team_item_ends(d, me, le) ? push_team(c, g, i, e) : 0;
    }
    int versus = tok_versus(d, ec);
    if (!versus && !num_tok(d, ec)) return 0;
    size_t le = line_end(c, ec);
    if (where == TEAM_RIDER) return versus ? 0 : push_team(c, g, i, e);
    if (versus) {
        size_t m = ec + 1, me = m < le ? team_name_end(c, g, m, le) : m;
        if (me == m || !team_item_ends(d, me, le)) return 0;
        return push_team(c, g, i, e) || push_team(c, g, m, me) ? ENT_ENOMEM : 0;
    }
    /* one unknown word before a score is most often no team ("Halftime 1-0",
     * "Attendance 40,000") */
    int named = e - i > 1 || gaz_span_at(c, i) || ec > e;
    /* (after a colon, a result with the teams' countries: "In Bergen: Brann
     * (Norway) 2 Shelbourne (Ireland) 1") */
    if (where == TEAM_AFTER && ec == e)
        return named && score_end(d, ec, le) ? push_team(c, g, i, e) : 0;
    if (standings_row(d, ec, le)) return push_team(c, g, i, e);
    /* a result: the other team after the score and its scorers */
    size_t m = ec + 1;
    if (m < le && tok_char(d, m, '(')) {
        while (m < le && !tok_char(d, m, ')')) m++;
        m++;
    }
    if (m + 1 < le && club_year(d, m)) m++; /* ("Hansa Rostock 0 1860 Munich 2") */
    size_t me = m < le ? team_name_end(c, g, m, le) : m;
    size_t mc = me > m ? past_country_bracket(c, g, me) : me;
    /* (a given name opening one side is a club's word where the other side
     * names a club or a town: "Gloria Bistrita 2 Dinamo Bucharest 1") */
    if (me > m && mc < le && num_tok(d, mc) &&
        (mc + 1 == le || tok_char(d, mc + 1, '(') || tok_char(d, mc + 1, '.')))
        return push_team_over(c, g, i, e, club_words(c, g, m, me)) ||
                       push_team_over(c, g, m, me, club_words(c, g, i, e))
                   ? ENT_ENOMEM
                   : 0;
    if (named && score_end(d, ec, le)) return push_team(c, g, i, e);
    return 0;
}

/* Is token i in the text's first line, a title written as a sentence ("Apple
 * faces EU probe as Musk sues OpenAI"): a paragraph starts after it, and no
 * full stop ends it, or one does but the line is short and a dateline in
 * capitals opens the next ("Dutroux suspected in murder of Slovak woman." /
 * "BRATISLAVA 1996-08-27", as wire headlines were written)? */
static int title_line(const tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    if (!d->nsents || i >= d->sents[0].tend) return 0;
    uint32_t e = d->sents[0].tend;
    if (e >= d->ntoks || !(d->toks[e].flags & TOK_PARA)) return 0;
    return !tok_char(d, e - 1, '.') ||
           (e - d->sents[0].tbeg <= 14 && (d->toks[e].flags & TOK_ALLCAPS) &&
            d->toks[e].len >= 3);
}

/* Is a one-word mention of a place at token i after a preposition of place
 * ("in Houston", or "In Houston," opening a sentence), which is not a
 * possessive's ("in Jordan's film")? */
static int after_place_prep(const text_doc *d, uint32_t i) {
    return i > 0 && (d->toks[i - 1].flags & (TOK_LOWER | TOK_SENT)) &&
           text_words_find(&place_preps_set, d, &d->toks[i - 1]) >= 0 &&
           !(i + 1 < d->ntoks && is_possessive(d, i + 1));
}

/* Is token i a lowercase verb in the past after a space: four letters or
 * more in "-ed" but "-eed" ("appointed", "sued"; not "need"), or a common
 * irregular one ("bought", "won")? */
static int past_tense(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    if ((t->flags & (TOK_LOWER | TOK_SPACE)) != (TOK_LOWER | TOK_SPACE)) return 0;
    const char *e = d->text + t->end;
    return (t->len >= 4 && e[-2] == 'e' && e[-1] == 'd' && (t->len > 4 || e[-3] != 'e')) ||
           text_words_find(&irregular_pasts_set, d, t) >= 0;
}

/* Does "of" come before token i, a name no possessive follows ("King
 * Abdullah of Jordan"; not "of Jordan's films")? */
static int after_of(const text_doc *d, uint32_t i) {
    return i > 0 && text_tok_is(d, &d->toks[i - 1], "of") &&
           !(i + 1 < d->ntoks && is_possessive(d, i + 1));
}

/* Does the text speak of cricket (cricket_words)? Read once per text. */
static int cricket_text(tag_ctx *c) {
    if (c->cricket < 0) {
        const text_doc *d = &c->doc;
        c->cricket = 0;
        for (size_t k = 0; k < d->ntoks && !c->cricket; k++)
            c->cricket = text_words_find(&cricket_words_set, d, &d->toks[k]) >= 0;
    }
    return c->cricket;
}

/* In a text about cricket, a county at capitalized word i is its team
 * ("Leicestershire beat Somerset", "title rivals Essex, Derbyshire and
 * Surrey"), and after a fixture's "v" in any text about sports ("May 18 v
 * Worcestershire"); in other texts about sports the counties are places, or
 * athletics clubs' and referees' ("Middlesex AC", "M Riley (W Yorkshire)").
 * Returns 0 or ENT_ENOMEM. */
static int county_team_at(tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    const tag_span *gs = gaz_span_at(c, i);
    if (!gs || gs->kind != K_GAZ || !g->ents[gs->gidx].county) return 0;
    size_t e = gs->tend;
    /* never the place of a preposition ("rain in Kent", "In Wiltshire,
     * police ..."), part of another name ("Rutland Water", "W Yorkshire"),
     * where someone comes from ("Ref: S Bennett (Kent)") or a modifier ("the
     * Kent bowler") */
    int prep = i > 0 && ((d->toks[i - 1].flags & TOK_SENT)
                             ? text_words_find(&place_preps_set, d, &d->toks[i - 1]) >= 0
                             : after_place_prep(d, (uint32_t)i));
    int in_name = (e < d->ntoks && (d->toks[e].flags & TOK_UPPER) &&
                   (d->toks[e].flags & TOK_SPACE)) ||
                  (i > 0 && (d->toks[i - 1].flags & TOK_UPPER) &&
                   !(d->toks[i - 1].flags & TOK_SENT));
    int modifier = (i > 0 && tok_char(d, i - 1, '(')) ||
                   (e < d->ntoks && (d->toks[e].flags & TOK_LOWER) && i > 0 &&
                    text_tok_ieq(d, &d->toks[i - 1], "the"));
    if (prep || in_name || modifier) return 0;
    if (!(i > 0 && tok_versus(d, i - 1)) && !cricket_text(c)) return 0;
    return push_team(c, g, i, e);
}

/* Is token k "win" or "victory" (before "over": "a 2-1 win over Chelsea")? */
static int win_over(const text_doc *d, size_t k) {
    return text_tok_is(d, &d->toks[k], "win") || text_tok_is(d, &d->toks[k], "victory");
}

/* Do tokens k and k + 1 say, before a town's name, that it is a club: "win
 * over", "victory over", "defeat of", "defeat by", "play for", "played for",
 * "signed for"? */
static int club_pair_before(const text_doc *d, size_t k, size_t k1) {
    const text_tok *a = &d->toks[k], *b = &d->toks[k1];
    if (text_tok_is(d, b, "over")) return win_over(d, k);
    if (text_tok_is(d, b, "of")) return text_tok_is(d, a, "defeat");
    if (text_tok_is(d, b, "by")) return text_tok_is(d, a, "defeat");
    if (text_tok_is(d, b, "for"))
        return text_tok_is(d, a, "play") || text_tok_is(d, a, "played") ||
               text_tok_is(d, a, "playing") || text_tok_is(d, a, "signed");
    /* "manager at Southampton", "a spell with Parma", "on loan at Bolton" */
    if (text_tok_is(d, b, "at") || text_tok_is(d, b, "with"))
        return text_tok_is(d, a, "manager") || text_tok_is(d, a, "boss") ||
               text_tok_is(d, a, "coach") || text_tok_is(d, a, "spell") ||
               text_tok_is(d, a, "loan") || text_tok_is(d, a, "career");
    return 0;
}

/* Is the town named at [b, e) joined by "and" or "or" to a club the
 * gazetteer knows, before or after it ("Parma and Real Madrid are
 * interested", "Inter Milan or Parma")? */
static int club_coordinated(const tag_ctx *c, const gaz_t *g, size_t b, size_t e) {
    const text_doc *d = &c->doc;
    if (e + 1 < d->ntoks && (is_and(d, e) || text_tok_is(d, &d->toks[e], "or"))) {
        const tag_span *a = gaz_span_at(c, e + 1);
        if (a && a->kind == K_GAZ && g->ents[a->gidx].sub == SUB_CLUB) return 1;
    }
    if (b >= 2 && (is_and(d, b - 1) || text_tok_is(d, &d->toks[b - 1], "or"))) {
        const tag_span *a = gaz_span_ending_at(c, c->ngazspans, b - 1);
        return a && g->ents[a->gidx].sub == SUB_CLUB;
    }
    return 0;
}

/* Does the word before token b or after token e (maybe past a possessive)
 * say that the town named at [b, e) is a club ("Leeds beat", "against Leeds",
 * "Leeds's manager", "a win over Leeds", "Burnley v Liverpool")? */
static int club_context(const tag_ctx *c, size_t b, size_t e) {
    const text_doc *d = &c->doc;
    size_t a = e + (is_possessive(d, e) ? 2 : 0);
    if (a < d->ntoks && (((d->toks[a].flags & TOK_LOWER) &&
                          text_words_find(&club_after_set, d, &d->toks[a]) >= 0) ||
                         (a == e && tok_versus(d, a))))
        return 1;
    static const char *const ing[] = {"ing"};
    /* a plural verb after a town's name of one word, which takes a singular
     * one, says it is a team ("Newcastle have joined the race", "Liverpool
     * were beaten"); not a name ending in "s" ("Athens"), nor one of two
     * joined ("Leeds and Bradford have"), nor the object of a verb in
     * "-ing" or of a preposition ("troops besieging Turin were defeated") */
    if (a == e && e == b + 1 && e < d->ntoks && d->text[d->toks[b].end - 1] != 's' &&
        (text_tok_is(d, &d->toks[e], "have") || text_tok_is(d, &d->toks[e], "are") ||
         text_tok_is(d, &d->toks[e], "were")) &&
        !(b > 0 && (is_and(d, b - 1) || tok_char(d, b - 1, ',') ||
                    text_tok_is(d, &d->toks[b - 1], "or") || tok_char(d, b - 1, '&') ||
                    ((d->toks[b - 1].flags & TOK_LOWER) &&
                     (tok_ends_in(d, b - 1, ing, 1, 3) ||
                      text_words_find(&place_preps_set, d, &d->toks[b - 1]) >= 0)))))
        return 1;
    /* its player: "Parma's Sebastien Frey", "Fulham's Edwin van der Sar" (a
     * given name, maybe particles, and a capitalized word after the
     * possessive) */
    if (a > e && a + 1 < d->ntoks && (c->cls[a] & (W_FIRSTNAME | W_STOP)) == W_FIRSTNAME &&
        (d->toks[a].flags & (TOK_UPPER | TOK_ALLCAPS)) == TOK_UPPER) {
        size_t k = past_particles(c, a + 1, d->ntoks);
        if (k < d->ntoks && (d->toks[k].flags & (TOK_UPPER | TOK_SPACE)) == (TOK_UPPER | TOK_SPACE))
            return 1;
    }
    if (b == 0 || (d->toks[b].flags & TOK_SENT)) return 0;
    const text_tok *p = &d->toks[b - 1];
    return tok_versus(d, b - 1) ||
           ((p->flags & TOK_LOWER) && (text_words_find(&club_before_set, d, p) >= 0 ||
                                       (b >= 2 && club_pair_before(d, b - 2, b - 1))));
}

/* Is gazetteer span sp a town (no county: a referee's, "S Bennett (Kent)")
 * in brackets after a player's name, his club ("P Vickery (Gloucester)")? */
static int club_in_brackets(const tag_ctx *c, const gaz_t *g, const tag_span *sp) {
    const text_doc *d = &c->doc;
    uint32_t b = sp->tbeg, e = sp->tend;
    /* (a town after a person's name of two words, or an initial and a
     * surname: not the ground's town, "At Headingley (Leeds)") */
    return g->ents[sp->gidx].town && !g->ents[sp->gidx].county && b >= 3 &&
           tok_char(d, b - 1, '(') &&
           e < d->ntoks && tok_char(d, e, ')') && (d->toks[b - 2].flags & TOK_UPPER) &&
           !(d->toks[b - 2].flags & TOK_ALLCAPS) && (d->toks[b - 3].flags & TOK_UPPER) &&
           (d->toks[b - 3].len == 1 || /* (an initial: "A Craig (Glasgow)") */
            (!(c->cls[b - 3] & W_STOP) && !(d->toks[b - 3].flags & TOK_SENT)));
}

/* The towns that a text about team sports names as clubs somewhere
 * (club_context), in c->club_towns, found on first use. */
static void town_clubs(tag_ctx *c, const gaz_t *g) {
    c->nclub_towns = 0;
    for (size_t q = 0; q < c->ngazspans; q++) {
        const tag_span *sp = &c->spans[q];
        if (sp->kind != K_GAZ || !g->ents[sp->gidx].town ||
            (!club_context(c, sp->tbeg, sp->tend) && !club_in_brackets(c, g, sp) &&
             !club_coordinated(c, g, sp->tbeg, sp->tend)))
            continue;
        int k = 0;
        while (k < c->nclub_towns && c->club_towns[k] != sp->gidx) k++;
        if (k == c->nclub_towns && k < (int)ENT_ARRAY_LEN(c->club_towns))
            c->club_towns[c->nclub_towns++] = sp->gidx;
    }
}

/* The span of a town the text names as a club somewhere (town_clubs)
 * starting at token k, or NULL. */
static const tag_span *town_club_named_at(tag_ctx *c, const gaz_t *g, size_t k) {
    const tag_span *gs = gaz_span_at(c, k);
    if (!gs || gs->kind != K_GAZ || !g->ents[gs->gidx].town) return NULL;
    if (c->nclub_towns < 0) town_clubs(c, g);
    for (int q = 0; q < c->nclub_towns; q++)
        if (c->club_towns[q] == gs->gidx) return gs;
    return NULL;
}

/* A town's name at capitalized word i that names a club: in a text about team
 * sports where some mention of the town is a club's (town_clubs), every one
 * but after a preposition of place ("in Liverpool"), inside a longer name or
 * before a word of towns ("Liverpool city council"). Returns 0 or
 * ENT_ENOMEM. */
static int town_club_at(tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    const tag_span *ts = town_club_named_at(c, g, i);
    if (!ts) return 0;
    size_t e = ts->tend;
    /* (but "manager at Swindon", "a spell with Parma": club_pair_before) */
    if ((after_place_prep(d, (uint32_t)i) && !(i >= 2 && club_pair_before(d, i - 2, i - 1))) ||
        (e < d->ntoks && (d->toks[e].flags & TOK_UPPER) && (d->toks[e].flags & TOK_SPACE)) ||
        (i > 0 && (d->toks[i - 1].flags & TOK_UPPER) && !(d->toks[i - 1].flags & TOK_SENT)) ||
        (e < d->ntoks && text_words_find(&town_nouns_set, d, &d->toks[e]) >= 0))
        return 0;
    return push_team(c, g, i, e);
}

/* Is token k a verb of a fixture ("host", "face", "visit", "play")? */
static int fixture_verb(const text_doc *d, size_t k) {
    static const char *const verbs[] = {"face", "faces", "host", "hosts", "meet", "meets",
                                        "play", "plays", "visit", "visits"};
    for (size_t q = 0; q < ENT_ARRAY_LEN(verbs); q++)
        if (text_tok_is(d, &d->toks[k], verbs[q])) return 1;
    return 0;
}

/* Is token k a verb of a result ("beat", "drew", "lost", ...)? */
static int result_verb(const text_doc *d, size_t k) {
    static const char *const verbs[] = {"beat", "beats", "defeated", "drew", "edged",
                                        "hammered", "lost", "thrashed", "won"};
    for (size_t q = 0; q < ENT_ARRAY_LEN(verbs); q++)
        if (text_tok_is(d, &d->toks[k], verbs[q])) return 1;
    return 0;
}

/* Does a known club, or a team found earlier in the text (a town's club:
 * "Barcelona beat Chelsea 2-1"), end right before token e? */
static int club_or_team_ends_at(const tag_ctx *c, const gaz_t *g, size_t e) {
    if (known_club_ends_at(c, g, e)) return 1;
    for (size_t q = c->ngazspans; q < c->nspans; q++)
        if (c->spans[q].tend == e && c->spans[q].via == VIA_TEAM) return 1;
    return 0;
}

/* Is the word of token i a word of a name of two words or more found before
 * it? (The names found so far are put in c->name_words with their ends, as
 * the walk goes on.) */
static int word_of_name_before(tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    struct tag_keyset *ks = c->name_words;
    if (!ks) {
        if (!(ks = arena_alloc(c->arena, sizeof(*ks))) || keyset_alloc(c, ks, 64)) return 0;
        ks->seen = 0, c->name_words = ks;
    }
    for (; ks->seen < c->nspans; ks->seen++) {
        const tag_span *sp = &c->spans[ks->seen];
        if (sp->tend - sp->tbeg < 2) continue;
        for (uint32_t k = sp->tbeg; k < sp->tend; k++)
            if (keyset_put(c, ks, keyset_key(&d->toks[k]), sp->tend)) return 0;
    }
    return keyset_get(ks, &d->toks[i]) <= i;
}

/* Does token q stand capitalized and alone inside a sentence? */
static int alone_at(const tag_ctx *c, size_t q) {
    const text_doc *d = &c->doc;
    return (d->toks[q].flags & (TOK_UPPER | TOK_SENT)) == TOK_UPPER && !after_cap_word(d, q) &&
           !(d->toks[q + 1].flags & TOK_UPPER);
}

/* Does the word of token i stand elsewhere in the text capitalized, alone
 * and inside a sentence, as a name does ("Chelsea" opening a sentence and
 * "a win over Chelsea"; not "Former" of "Former captain X")? (Token i opens
 * a sentence: it is none of those itself.) */
static int alone_inside(tag_ctx *c, size_t i) {
    if (!c->alone_set && !(c->alone_set = keyset_build(c, alone_at))) return 0;
    return keyset_get(c->alone_set, &c->doc.toks[i]) != UINT32_MAX;
}

/* In a text about team sports, one or two capitalized words nobody
 * recognised (or a given name's, "Chelsea") on the other side of a result's
 * verb from a club the gazetteer knows are a club too: "Arsenal beat Chelsea",
 * "Chelsea drew 0-0 with Tottenham Hotspur", "Chelsea beat Barcelona 3-0" (a
 * town and a score) (not "Federer beat Nadal": no known club there). Returns 0
 * or ENT_ENOMEM. */
static __attribute__((noinline)) int opponent_club_at(tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[i];
    if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) != (TOK_WORD | TOK_UPPER) ||
        (c->cls[i] & (W_STOP | W_TITLESTART)) || gaz_span_at(c, i) || i + 2 >= d->ntoks)
        return 0;
    if (i > 0 && (d->toks[i - 1].flags & TOK_UPPER) && !(t->flags & TOK_SENT)) return 0;
    size_t e = i + 1;
    if ((d->toks[e].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
        (d->toks[e].flags & TOK_SPACE) && !(c->cls[e] & W_STOP) && !gaz_span_at(c, e))
        e++;
    if (e < d->ntoks && (d->toks[e].flags & TOK_UPPER) && (d->toks[e].flags & TOK_SPACE)) return 0;
    /* (a competition is no club: "Fulham face Carling Cup semi-finalists") */
    if (text_words_find(&event_words_set, d, &d->toks[e - 1]) >= 0) return 0;
    /* "Arsenal beat Chelsea": a known club, or a team, and a verb of results
     * before it */
    if (i >= 2 && (d->toks[i - 1].flags & TOK_LOWER) &&
        text_words_find(&club_before_set, d, &d->toks[i - 1]) >= 0 &&
        club_or_team_ends_at(c, g, i - 1))
        return push_team(c, g, i, e);
    /* "Everton drew 1-1 with Chelsea", "Everton lost 2-0 to Chelsea": a known
     * club or a team, a verb of results and maybe a score, then "with" or
     * "to" */
    if (i >= 3 &&
        (text_tok_is(d, &d->toks[i - 1], "with") || text_tok_is(d, &d->toks[i - 1], "to"))) {
        size_t v = i - 2;
        while (v > 0 && v + 5 > i && !(d->toks[v].flags & TOK_UPPER) && !result_verb(d, v) &&
               !tok_char(d, v, ',') && !tok_char(d, v, '.'))
            v--;
        if (v > 0 && result_verb(d, v) && club_or_team_ends_at(c, g, v))
            return push_team(c, g, i, e);
    }
    /* "Chelsea drew 0-0 with Tottenham Hotspur": a verb of results after it,
     * then a score or "with", "to", "at", then a known club */
    if (e < d->ntoks && (d->toks[e].flags & TOK_LOWER) && result_verb(d, e) &&
        !person_surname(c, g, e - 1)) {
        size_t k = e + 1;
        while (k < d->ntoks && k < e + 5 && !(d->toks[k].flags & TOK_UPPER) &&
               !tok_char(d, k, ',') && !tok_char(d, k, '.'))
            k++;
        if (k < d->ntoks && known_club_at(c, g, k)) return push_team(c, g, i, e);
        /* or a town and a score: "Chelsea beat Barcelona 3-0" */
        const tag_span *ks = k < d->ntoks ? gaz_span_at(c, k) : NULL;
        if (ks && g->ents[ks->gidx].kind == KIND_LOCATION && ks->tend < d->ntoks &&
            (d->toks[ks->tend].flags & TOK_DIGIT) && k == e + 1)
            return push_team(c, g, i, e);
    }
    /* "Chelsea host Barcelona", "Chelsea face Arsenal": a verb of a
     * fixture, then a known club or a town the text names as a club */
    if (e + 1 < d->ntoks && (d->toks[e].flags & TOK_LOWER) && fixture_verb(d, e) &&
        !person_surname(c, g, e - 1) &&
        (known_club_at(c, g, e + 1) || town_club_named_at(c, g, e + 1)))
        return push_team(c, g, i, e);
    /* "Chelsea manager Enzo Maresca", "Chelsea striker Cole Palmer": a
     * club's staff or player, named, after it; "a 2-1 win over Chelsea" (a
     * player wins too: one word only, not "a win over Taylor Dent", and no
     * player's surname, "victory over Massu") */
    int staff = e + 1 < d->ntoks && (d->toks[e].flags & TOK_LOWER) &&
                text_words_find(&club_staff_set, d, &d->toks[e]) >= 0 &&
                (d->toks[e + 1].flags & (TOK_WORD | TOK_UPPER | TOK_SPACE)) ==
                    (TOK_WORD | TOK_UPPER | TOK_SPACE);
    int beaten = !staff && i >= 2 && e == i + 1 && text_tok_is(d, &d->toks[i - 1], "over") &&
                 win_over(d, i - 2) &&
                 !(e < d->ntoks && (tok_glue(d, e) || is_possessive(d, e))) &&
                 !person_surname(c, g, i);
    /* (not an ordinary word opening the sentence, "Former captain Keith
     * Wood", nor a word of a name found before, its short form, "United
     * striker X" after "Manchester United") */
    if ((staff || beaten) && !((t->flags & TOK_SENT) && !alone_inside(c, i)) &&
        !word_of_name_before(c, i))
        return push_team(c, g, i, e);
    return 0;
}

static int alone_inside(tag_ctx *c, size_t i);

/* The end of a club's name at capitalized word i, one word no list knows
 * (no given name either) before a town's one word that ends the name, the
 * town's span after it: "Rotor Volgograd", "Alania Vladikavkaz" (the head
 * words clubheads.txt lists are club_end's); or 0. */
static size_t unknown_head_club_end(tag_ctx *c, const gaz_t *g, size_t i, const tag_span *town) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[i];
    if (!town || town->tend != i + 2 || town->kind != K_GAZ || !g->ents[town->gidx].town ||
        (d->toks[i + 1].flags & TOK_NL) || /* (two clubs' lines: "v Peterborough\nBrentford") */
        t->vid >= 0 || (t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_DIGIT)) !=
                           (TOK_WORD | TOK_UPPER) ||
        (i > 0 && !(t->flags & TOK_SENT) && (d->toks[i - 1].flags & TOK_UPPER)) ||
        (i > 0 && tok_glue(d, i - 1)))
        return 0;
    size_t e = town->tend;
    if (e < d->ntoks && ((d->toks[e].flags & TOK_UPPER) || tok_glue(d, e))) return 0;
    /* (opening a sentence, a word that stands alone inside one too: not
     * "Wealthy Parma, now coached by") */
    return !(t->flags & TOK_SENT) || alone_inside(c, i) ? e : 0;
}

/* The end of a club's name starting at capitalized word i in a text about
 * team sports ("Fortuna Sittard", "Hapoel Tel Aviv"), or 0. */
static size_t club_end(tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    if (!c->sports || i + 1 >= d->ntoks || !(d->toks[i + 1].flags & TOK_SPACE)) return 0;
    const tag_span *town = gaz_span_at(c, i + 1);
    if (!(c->cls[i] & W_CLUBHEAD)) return unknown_head_club_end(c, g, i, town);
    if (town && (g->ents[town->gidx].kind == KIND_LOCATION || town->via == VIA_CAPITAL))
        return town->tend;
    if (!name_word(c, i + 1)) return 0;
    /* a second word the lists do not know ("Hapoel Bnei Sakhnin") */
    size_t e = i + 2;
    if (e < d->ntoks && name_word(c, e) && (d->toks[e].flags & TOK_SPACE) && !gaz_span_at(c, e) &&
        !(c->cls[e] & W_ORGSUFFIX) && tag_title_starting_at(c, e) < 0)
        e++;
    return e;
}

/* In a text about team sports, a club's head word at capitalized word i and
 * its town, or another capitalized word, after it are the club: "Fortuna
 * Sittard", "Dynamo Moscow", "Hertha Berlin" (not a person). Returns 0 or
 * ENT_ENOMEM. */
static int club_at(tag_ctx *c, const gaz_t *g, size_t i) {
    size_t e = club_end(c, g, i);
    return e ? push_team(c, g, i, e) : 0;
}

/* Does role noun ro, a kin noun ("wife", "son", "daughter") after a
 * possessive ("his", "her", "their", a name's "'s"), introduce the one
 * capitalized word at token k as a relative's given name: no stop word, no
 * ordinary word but a given name, no word of a name already found, and no
 * capitalized word after it? */
static int kin_one_name(tag_ctx *c, const gaz_t *g, const tag_title *ro, size_t k) {
    static const char *const kin[] = {"Brother", "Daughter", "Father", "Husband", "Mother",
                                      "Sister",  "Son",      "Widow",  "Wife"};
    const text_doc *d = &c->doc;
    const char *r = g->titles[ro->title].role;
    size_t n = 0;
    while (r && n < ENT_ARRAY_LEN(kin) && strcmp(r, kin[n]) != 0) n++;
    if (!r || n == ENT_ARRAY_LEN(kin) || ro->tend != ro->tbeg + 1 || ro->tbeg == 0 ||
        k + 1 >= d->ntoks)
        return 0;
    const text_tok *p = &d->toks[ro->tbeg - 1], *t = &d->toks[k];
    int poss = text_tok_ieq(d, p, "his") || text_tok_ieq(d, p, "her") ||
               text_tok_ieq(d, p, "their") || (ro->tbeg >= 2 && is_possessive(d, ro->tbeg - 2));
    if (!poss || (t->flags & (TOK_UPPER | TOK_ALLCAPS)) != TOK_UPPER || t->len < 3 ||
        (c->cls[k] & W_STOP) || ((c->cls[k] & W_COMMON) && !(c->cls[k] & W_FIRSTNAME)) ||
        (d->toks[k + 1].flags & TOK_UPPER) || spans_touch(c, k, k + 1))
        return 0;
    /* (not the given name of a full name the text writes, which refers back
     * to it: "his brother Mukesh" after Mukesh Ambani) */
    for (size_t q = 0; q + 1 < d->ntoks; q++)
        if (q != k && d->toks[q].key == t->key && same_tok(d, q, k) &&
            (d->toks[q + 1].flags & TOK_UPPER) && (d->toks[q + 1].flags & TOK_SPACE))
            return 0;
    return 1;
}

/* name_run() for a name after a title or role noun, which may open with a
 * country's or a town's name as a given name before a name nobody knows:
 * "Defence Minister Israel Katz", "far-right leader Jordan Bardella", "Senator
 * Kent Conrad". */
static uint32_t name_after_title(const tag_ctx *c, size_t k, size_t end, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    uint32_t n = name_run(c, k, end, gazstop);
    /* a family name that is a stop word, inside a sentence: "Vice Premier He
     * Lifeng" */
    if (!n && (c->cls[k] & W_STOP) && (d->toks[k].flags & (TOK_UPPER | TOK_SENT | TOK_ALLCAPS)) ==
                                          TOK_UPPER &&
        k + 1 < end && (d->toks[k + 1].flags & TOK_SPACE) && name_word(c, k + 1) &&
        !text_tok_ieq(d, &d->toks[k], "of") && !text_tok_ieq(d, &d->toks[k], "the") &&
        !text_tok_ieq(d, &d->toks[k], "and") && !text_tok_ieq(d, &d->toks[k], "for")) {
        uint32_t m = name_run(c, k + 1, end, gazstop);
        if (m == 1) return 2;
    }
    if (!n && (gazstop[k] == GS_COUNTRY || gazstop[k] == GS_WORD) && k + 1 < end && !gazstop[k + 1] &&
        !(d->toks[k].flags & TOK_ALLCAPS) && (d->toks[k + 1].flags & TOK_SPACE) &&
        name_word(c, k + 1)) {
        uint32_t m = name_run(c, k + 1, end, gazstop);
        /* (one or two words, a hyphen or an apostrophe joining two into one:
         * "Rep. Alexandria Ocasio-Cortez") */
        if (m && glued_words(d, k + 1, k + 1 + m) <= 2) n = m + 1;
    }
    /* a word nobody knows and a country's, a capital's or a town's one word
     * ending the name, the surname: "Wimbledon finalist MaliVai Washington",
     * "Ambassador Wyche Fowler" (name_run stops at the place) */
    if (n == 1 && k + 1 < end && (gazstop[k + 1] == GS_COUNTRY || gazstop[k + 1] == GS_WORD) &&
        !(c->cls[k] & W_FIRSTNAME) &&
        (d->toks[k + 1].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SPACE)) ==
            (TOK_WORD | TOK_UPPER | TOK_SPACE) &&
        !c->blocked[k + 1] &&
        !(k + 2 < end && ((d->toks[k + 2].flags & TOK_UPPER) || tok_glue(d, k + 2) ||
                          is_possessive(d, k + 2))))
        n = 2;
    /* a given name and a surname that is a word of organizations' names,
     * ending the name: "Chief Financial Officer Sherry House would" */
    if (n == 1 && (c->cls[k] & W_FIRSTNAME) && k + 1 < end &&
        (d->toks[k + 1].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_SPACE)) ==
            (TOK_WORD | TOK_UPPER | TOK_SPACE) &&
        (c->cls[k + 1] & (W_ORGHEAD | W_ORGSUFFIX | W_STOP)) == W_ORGHEAD && !gazstop[k + 1] &&
        !c->blocked[k + 1] &&
        !(k + 2 < end && ((d->toks[k + 2].flags & TOK_UPPER) || tok_glue(d, k + 2) ||
                          is_possessive(d, k + 2))))
        n = 2;
    return n;
}

/* People and organizations outside the gazetteer: names after titles, then,
 * in one walk over the capitalized words, names from a first name, an
 * initial or a verb of saying, and organizations from their suffix or
 * head word. */
static int initials_before(const tag_ctx *c, size_t a);

/* One or two capitalized words nobody recognised before a spokesman's title
 * in lowercase and his name are his organization's name ("said Edison
 * spokesman Kevin Kelly", "FNV spokesman Bert Duim"; not one word opening
 * the sentence, which may be an ordinary word: "Company spokesman X", nor a
 * word of organization names, a portfolio's: "Home Affairs spokesman X"):
 * pushed as one. Returns 0, or ENT_ENOMEM. */
static int spokes_org_at(tag_ctx *c, const gaz_t *g, const tag_title *ti, uint32_t sbeg) {
    const text_doc *d = &c->doc;
    const text_tok *w = &d->toks[ti->tend - 1];
    if (!(w->flags & TOK_LOWER) ||
        !(text_tok_is(d, w, "spokesman") || text_tok_is(d, w, "spokeswoman") ||
          text_tok_is(d, w, "spokesperson")))
        return 0;
    uint32_t b = ti->tbeg, q = b;
    while (q > sbeg && b - q < 2) {
        const text_tok *t = &d->toks[q - 1];
        if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_DIGIT)) != (TOK_WORD | TOK_UPPER) ||
            (c->cls[q - 1] & (W_STOP | W_TITLESTART | W_PARTICLE | W_ORGSUFFIX | W_ORGHEAD)) ||
            t->len < 2 || title_qualifier(d, q - 1))
            break;
        q--;
    }
    if (q == b || ((d->toks[q].flags & TOK_SENT) && b - q < 2 && !(d->toks[q].flags & TOK_ALLCAPS)))
        return 0;
    /* after a lowercase word, a comma, a quote or a word that qualifies the
     * title only ("Former Quornex spokesman"; not inside a longer name:
     * "(UFCW) Union spokesman"); no adjective ("Presidential spokesman") nor
     * a person's surname ("Chirac spokesman") */
    const text_tok *p = q > sbeg ? &d->toks[q - 1] : NULL;
    if (p && !(p->flags & TOK_LOWER) && !tok_char(d, q - 1, ',') && !tag_dquote(d, q - 1) &&
        !title_qualifier(d, q - 1))
        return 0;
    const text_tok *l = &d->toks[b - 1];
    if (b - q == 1 && !(l->flags & TOK_ALLCAPS) && l->len > 3 && d->text[l->end - 2] == 'a' &&
        d->text[l->end - 1] == 'l')
        return 0;
    if (spans_touch(c, q, b) || person_surname(c, g, b - 1)) return 0;
    /* nor an acronym of a name found before, which coreference gives it
     * ("American Motors Corporation" ... "AMC spokesman") */
    if (b - q == 1 && (d->toks[q].flags & TOK_ALLCAPS) && initials_before(c, q)) return 0;
    return push_span(c, q, b, -1, VIA_KEYWORD, K_KEYWORD, 'O');
}

/* Do the capitals of the acronym at token a spell the initials of the
 * capitalized words of a name of two words or more found before it (a span
 * so far)? */
static int initials_before(const tag_ctx *c, size_t a) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[a];
    for (size_t q = 0; q < c->nspans; q++) {
        const tag_span *sp = &c->spans[q];
        if (sp->tend > a || sp->tend - sp->tbeg < 2) continue;
        uint32_t n = 0, k = sp->tbeg;
        /* (and a legal form after it: "American Motors Corp" for "AMC") */
        for (; (k < sp->tend || (k < a && legal_form(d, k))) && n < t->len; k++) {
            const text_tok *w = &d->toks[k];
            if (!(w->flags & TOK_UPPER)) continue;
            if (d->text[w->start] != d->text[t->start + n]) break;
            n++;
        }
        if (n == t->len && n >= 2) return 1;
    }
    return 0;
}

/* The comma that ends the phrase after "of" at token k, before end: up to
 * six words, "the", capitalized words and a known name among them, no other
 * lowercase word ("of the Belarus parliament,", "of the Russian league's
 * disciplinary committee," has one: the name is known there); or 0. */
static size_t of_phrase_comma(const tag_ctx *c, size_t k, size_t end) {
    const text_doc *d = &c->doc;
    int known = 0, lower = 0;
    for (size_t q = k + 1; q < end && q <= k + 8; q++) {
        if (tok_char(d, q, ',')) return known && q > k + 1 ? q : 0;
        const text_tok *t = &d->toks[q];
        known |= c->gazend[q + 1];
        if (!(t->flags & TOK_WORD)) {
            if (!tok_apos(d, q)) return 0;
            if (q + 1 < end && text_tok_is(d, &d->toks[q + 1], "s")) q++; /* "league's" */
            continue;
        }
        if ((t->flags & TOK_LOWER) && !text_tok_is(d, t, "the") &&
            (++lower > 3 || past_tense(d, q)))
            return 0;
    }
    return 0;
}

/* A name in apposition after a title or a role noun and the comma at token
 * k, before end: "Malaysia's Prime Minister, Najib Razak said", "its
 * chairman, John Akers, said", "its leader, Tundu Lissu, is": two or three
 * words between the comma and another comma, a verb of saying or the
 * sentence's end, maybe after a rank the title lists leave out ("the army
 * chief, General Ashok Raj Sigdel,") or a party's member ("Ohio's governor,
 * Democrat Richard Celeste"). Returns the name's length in tokens,
 * and its first token in *f; or 0. */
static uint32_t appos_name(tag_ctx *c, size_t k, size_t end, const uint8_t *gazstop, size_t *f) {
    const text_doc *d = &c->doc;
    if (k + 2 >= end || !tok_char(d, k, ',') || (d->toks[k].flags & TOK_SPACE)) return 0;
    /* (past a rank or a party's member: "General Ashok Raj Sigdel",
     * "Ohio's governor, Democrat Richard Celeste") */
    *f = k + 1 +
         ((text_tok_is(d, &d->toks[k + 1], "General") || tag_party_member_word(d, k + 1)) &&
          (d->toks[k + 2].flags & TOK_UPPER));
    int words;
    uint32_t m = name_run_words(c, *f, end, gazstop, &words);
    /* (a place's name as the given name: "its Asia director, Farah Qadri,") */
    if (!m && gazstop[*f] && (m = name_after_title(c, *f, end, gazstop)) >= 2) words = 2;
    size_t e = *f + m;
    /* (a given name of two letters counts: "The Liberal Democrat leader, Ed
     * Davey, said") */
    if (words == 1 && m >= 2 && (c->cls[*f] & W_FIRSTNAME)) words = 2;
    return m && words >= 2 && words <= 3 &&
                   (e >= end || tok_char(d, e, ',') || tok_char(d, e, '.') || is_said(d, e))
               ? m
               : 0;
}

/* A player of two or three name words at capitalized word i of sentence s
 * after the possessive of a club the gazetteer knows, in a text about team
 * sports ("Arsenal's Bukayo Saka scored"; not a company's: "Sony's
 * PlayStation Portable"), with no word of organizations' names, no title
 * before it and no known name starting there. Returns 0 or ENT_ENOMEM. */
static int club_player_at(tag_ctx *c, const gaz_t *g, size_t i, uint32_t s,
                          const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    if (i < 3 || !is_possessive(d, i - 2) || !c->gazend[i - 2] || gazstop[i] || c->blocked[i] ||
        (c->cls[i] & W_STOP))
        return 0;
    const tag_span *club = NULL;
    for (size_t q = 0; q < c->ngazspans && !club; q++)
        if (c->spans[q].tend == i - 2 && c->spans[q].kind == K_GAZ) club = &c->spans[q];
    if (!club || g->ents[club->gidx].kind != KIND_ORG || g->ents[club->gidx].sub != SUB_CLUB)
        return 0;
    size_t end = d->sents[s].tend;
    uint32_t n = name_run(c, i, end, gazstop);
    size_t e = i + n;
    /* (nor a venue: "Real Sociedad's Paseo de Anoeta stadium") */
    if (n < 2 || n > 3 || (c->cls[e - 1] & (W_NOTLAST | W_COMMON)) || title_before_name(c, i, n) ||
        firm_named(c, i, n) || headline(c, s) != HL_NO ||
        (e < end && text_words_find(&venue_words_set, d, &d->toks[e]) >= 0))
        return 0;
    for (size_t k = i; k < e; k++)
        if (c->cls[k] & (W_ORGSUFFIX | W_ORGHEAD)) return 0;
    return push_span(c, (uint32_t)i, (uint32_t)e, -1, VIA_PLAYER, K_SPEAKER, 'P');
}

/* Is token k a verb by which a newspaper reports ("reported", "quoted")? */
static int reports_at(const text_doc *d, size_t k) {
    return text_words_find(&report_verbs_set, d, &d->toks[k]) >= 0;
}

/* A newspaper at capitalized word i after "the": capitalized words, places
 * among them, ending in a newspaper's word ("Post", "Times", "News", ...),
 * then a verb by which it reports or a possessive, or before it "according
 * to", "told", or a noun of the press and a preposition ("The Jakarta Post
 * reported", "according to the Daily Nation", "told the Kathmandu Post",
 * "publisher of the San Jose Mercury News", "wrote in the Dallas Morning
 * News"): the place is no mention there. Returns 0 or ENT_ENOMEM. */
static int newspaper_at(tag_ctx *c, size_t i, uint32_t s) {
    const text_doc *d = &c->doc;
    if (i == 0 || !text_tok_ieq(d, &d->toks[i - 1], "the")) return 0;
    size_t end = d->sents[s].tend, e = i;
    while (e < end && e < i + 5 &&
           (d->toks[e].flags & (TOK_WORD | TOK_UPPER | TOK_NL)) == (TOK_WORD | TOK_UPPER) &&
           (e == i || (d->toks[e].flags & TOK_SPACE)) &&
           text_words_find(&paper_words_set, d, &d->toks[e]) < 0)
        e++;
    if (e == i || e >= end || e >= i + 5 || !(d->toks[e].flags & TOK_UPPER) ||
        !(d->toks[e].flags & TOK_SPACE) || text_words_find(&paper_words_set, d, &d->toks[e]) < 0)
        return 0;
    e++;
    /* (its name may go on with "of": "the New England Journal of Medicine",
     * "the Medical Journal of Australia") */
    if (e + 1 < end && text_tok_is(d, &d->toks[e], "of") &&
        (d->toks[e + 1].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER)) {
        size_t q = e + 1;
        while (q < end && q < e + 4 &&
               (d->toks[q].flags & (TOK_WORD | TOK_UPPER | TOK_SPACE)) ==
                   (TOK_WORD | TOK_UPPER | TOK_SPACE))
            q++;
        e = q;
    }
    if (e < end && (d->toks[e].flags & TOK_UPPER) && (d->toks[e].flags & TOK_SPACE)) return 0;
    int said = e < end && (reports_at(d, e) || is_possessive(d, e));
    said |= i >= 3 && text_tok_is(d, &d->toks[i - 2], "to") &&
            text_tok_ieq(d, &d->toks[i - 3], "according");
    said |= i >= 2 && text_tok_is(d, &d->toks[i - 2], "told");
    /* (or a noun of the press before: "publisher of the", "wrote in the") */
    said |= i >= 3 && (d->toks[i - 3].flags & TOK_LOWER) &&
            text_words_find(&press_preps_set, d, &d->toks[i - 2]) >= 0 &&
            (text_words_find(&press_nouns_set, d, &d->toks[i - 3]) >= 0 ||
             (text_tok_is(d, &d->toks[i - 2], "in") && reports_at(d, i - 3)));
    return said ? push_span(c, (uint32_t)i, (uint32_t)e, -1, VIA_KEYWORD, K_KEYWORD, 'O') : 0;
}

/* Does title ti name its portfolio after "of" or "for" ("Minister of
 * Energy", "Secretary for Trade")? */
static int portfolio_after_prep(const text_doc *d, const tag_title *ti) {
    for (uint32_t q = ti->tbeg + 1; q + 1 < ti->tend; q++)
        if (text_tok_is(d, &d->toks[q], "of") || text_tok_is(d, &d->toks[q], "for")) return 1;
    return 0;
}

/* The name of two or three capitalized words at token k after a portfolio's
 * title with "of" or "for" (portfolio_after_prep), none an ordinary word nor
 * a word of titles or organizations' names and no given name after the
 * first, then a comma or a lowercase word ("Minister for Finance Damas
 * Mbogoro said"; not "Minister for Trade Negotiations Michael Duffy", whose
 * "Negotiations" goes on the portfolio): its words, or 0. */
static uint32_t portfolio_name_run(const tag_ctx *c, size_t k, size_t end) {
    const text_doc *d = &c->doc;
    uint32_t n = 0;
    while (n < 4 && k + n < end && cap_word(c, k + n) &&
           !(d->toks[k + n].flags & TOK_ALLCAPS) &&
           !(c->cls[k + n] & (W_COMMON | W_ORGSUFFIX | W_ORGHEAD | W_TITLESTART | W_TITLEINNER)))
        n++;
    if (n < 2 || n > 3 || k + n >= end) return 0;
    /* (a given name inside starts the name there: the portfolio goes on
     * before it, "Trade Negotiations Michael Duffy") */
    for (uint32_t q = 1; q < n; q++)
        if (c->cls[k + q] & W_FIRSTNAME) return 0;
    const text_tok *t = &d->toks[k + n];
    return tok_char(d, k + n, ',') || (t->flags & TOK_LOWER) ? n : 0;
}

/* The full names of people the title rule found by one word ("Mr Crosby"):
 * elsewhere in the text, that word after one capitalized word that no rule,
 * title or known name takes ("Australian Lynton Crosby told ... Mr Crosby
 * said"), alone (no capitalized word after it, none but a known name's
 * before), is the person's name in full, found as the title's is. Returns 0
 * or ENT_ENOMEM. */
static int find_titled_full_names(tag_ctx *c, const gaz_t *g, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    size_t nsp = c->nspans;
    for (size_t q = c->ngazspans; q < nsp; q++) {
        const tag_span *sp = &c->spans[q];
        if (sp->kind != K_TITLE || sp->tend != sp->tbeg + 1) continue;
        size_t t = sp->tbeg;
        /* (not a known name, whose full name the gazetteer has: "President
         * Reagan"; nor the given name a royal, a knight or a sheikh goes by:
         * "Prince William", "Sir Keir") */
        const tag_span *known = gaz_span_at(c, t);
        if (d->toks[t].len < 3 || (d->toks[t].flags & TOK_ALLCAPS) ||
            (known && g->ents[known->gidx].kind == KIND_PERSON) ||
            (t > 0 && text_words_find(&given_titles_set, d, &d->toks[t - 1]) >= 0))
            continue;
        /* (nor where the text named a person of that surname in full
         * before: "Neil Kinnock" ... "Lord Kinnock" ... "Baron Kinnock of
         * Bedwellty"; but "Moazzam Begg" ... "Azmat Begg, father of Moazzam"
         * ... "Mr Begg") */
        size_t full = SIZE_MAX; /* (the first such name's start) */
        for (size_t r = 0; r < nsp; r++)
            if (c->spans[r].tend - c->spans[r].tbeg >= 2 && c->spans[r].tbeg < full &&
                (c->spans[r].gidx >= 0 ? g->ents[c->spans[r].gidx].kind == KIND_PERSON
                                       : c->spans[r].type == 'P') &&
                same_tok(d, c->spans[r].tend - 1, t))
                full = c->spans[r].tbeg;
        for (size_t ci = 0; ci < c->ncaps && c->caps[ci] < full; ci++) {
            size_t k = c->caps[ci], p = k - 1;
            if (k < 1 || k == t || !same_tok(d, k, t) || !(d->toks[k].flags & TOK_SPACE)) continue;
            const text_tok *pt = &d->toks[p];
            if ((pt->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_DIGIT)) !=
                    (TOK_WORD | TOK_UPPER) ||
                pt->len < 2 || gazstop[p] || c->blocked[p] ||
                (c->cls[p] & (W_STOP | W_TITLESTART | W_ORGSUFFIX | W_ORGHEAD | W_NOTFIRST)) ||
                ((pt->flags & TOK_SENT) && (c->cls[p] & W_COMMON)))
                continue;
            /* (alone: "Port Crosby Road", "New Lynton Crosby" are other names) */
            if ((k + 1 < d->ntoks &&
                 (d->toks[k + 1].flags & (TOK_WORD | TOK_UPPER | TOK_SPACE)) ==
                     (TOK_WORD | TOK_UPPER | TOK_SPACE)) ||
                (p > 0 && !(pt->flags & TOK_SENT) && !c->gazend[p] &&
                 (d->toks[p - 1].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
                 (pt->flags & TOK_SPACE)))
                continue;
            if (headline(c, sent_of(c, k)) != HL_NO || spans_touch(c, p, k + 1)) continue;
            if (push_span(c, (uint32_t)p, (uint32_t)k + 1, -1, VIA_TITLE, K_TITLE, 'P'))
                return ENT_ENOMEM;
        }
    }
    return 0;
}

/* The subject a sentence opening with "Born in" or "Born near" a place
 * names after the phrase's comma, at capitalized word i: two or three name
 * words no list knows, before a lowercase word or a comma ("Born in Lagos,
 * Wole Soyinka won the Nobel Prize"; the phrase capitalized words, commas,
 * numbers and "on", "in", "of", "the" only: "Born in Luton, Bedfordshire, on
 * 5 April 1920, X"). A `life` mention. Returns 0 or ENT_ENOMEM. */
static int born_subject_at(tag_ctx *c, size_t i, uint32_t s, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    uint32_t b = d->sents[s].tbeg, end = d->sents[s].tend;
    if (i < b + 4 || !tok_char(d, i - 1, ',') || d->toks[b].len != 4 ||
        d->toks[b].key != WORD_KEY4('b', 'o', 'r', 'n') || !(d->toks[b].flags & TOK_UPPER) ||
        !(text_tok_is(d, &d->toks[b + 1], "in") || text_tok_is(d, &d->toks[b + 1], "near")))
        return 0;
    for (size_t k = b + 2; k + 1 < i; k++) {
        const text_tok *t = &d->toks[k];
        if ((t->flags & TOK_LOWER) && !text_tok_is(d, t, "on") && !text_tok_is(d, t, "in") &&
            !text_tok_is(d, t, "of") && !text_tok_is(d, t, "the"))
            return 0;
    }
    int words;
    uint32_t n = name_run_words(c, i, end, gazstop, &words);
    size_t e = i + n;
    if (n < 2 || words < 2 || words > 3 || e >= end || c->blocked[i] ||
        (c->cls[e - 1] & (W_NOTLAST | W_ORGSUFFIX)) ||
        !((d->toks[e].flags & TOK_LOWER) || tok_char(d, e, ',')))
        return 0;
    for (size_t k = i; k < e; k++)
        if (gazstop[k]) return 0;
    return push_span(c, (uint32_t)i, (uint32_t)e, -1, VIA_LIFE, K_SPEAKER, 'P');
}

static int find_discovered(tag_ctx *c, const gaz_t *g, uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    gaz_nonperson_starts(c, g, gazstop);
    /* after titles */
    for (size_t t = 0; t < c->ntitles; t++) {
        const tag_title *ti = &c->titles[t];
        if (t + 1 < c->ntitles && c->titles[t + 1].tbeg == ti->tend) continue; /* chained */
        uint32_t s = sent_of(c, ti->tbeg);
        if (headline(c, s) != HL_NO) continue;
        size_t k = ti->tend, end = d->sents[s].tend;
        if (k >= end) continue;
        /* a title must be written with a capital to introduce a name */
        if (!(d->toks[ti->tend - 1].flags & TOK_UPPER) &&
            !(d->toks[ti->tend - 1].flags & TOK_WORD) && !(d->toks[ti->tbeg].flags & TOK_UPPER))
            continue;
        /* a portfolio after "of" or "for" may go on in capitalized words
         * ("Minister for Trade Negotiations Michael Duffy"): a name after
         * one opens with a given name or is one the gazetteer knows */
        uint32_t n = 0;
        if (portfolio_after_prep(d, ti) && !(c->cls[k] & W_FIRSTNAME)) {
            const tag_span *ks = gaz_span_at(c, k);
            /* (or two or three words that are no ordinary word, before the
             * clause goes on: "Minister for Finance Damas Mbogoro said", whose
             * "Damas" is a place too) */
            if ((!ks || g->ents[ks->gidx].kind != KIND_PERSON) &&
                !(n = portfolio_name_run(c, k, end)))
                continue;
        }
        if (!n) n = name_after_title(c, k, end, gazstop);
        /* a country's name that is a given name too, alone after an
         * honorific, is a surname: "Mr Jordan said" (select_spans prefers
         * it to the country) */
        if (!n && gazstop[k] == GS_COUNTRY && !g->titles[ti->title].role &&
            (c->cls[k] & W_FIRSTNAME) && (d->toks[k].flags & TOK_SPACE) &&
            !(k + 1 < end && (d->toks[k + 1].flags & TOK_UPPER)))
            n = 1;
        /* a rank the title lists leave out opens no name: "army commander
         * General Rodolphe Haykal" */
        if (n >= 3 && text_tok_is(d, &d->toks[k], "General")) k++, n--;
        /* one letter is no name: "Gen Z activists", "Plan B" */
        if (n == 1 && d->toks[k].len == 1) n = 0;
        /* "official" is as often an adjective ("the EC Official Journal"): a
         * title only before a full name */
        if (n < 2 && text_tok_ieq(d, &d->toks[ti->tend - 1], "official")) n = 0;
        /* one word that ends no person's name is a body's or a firm's after
         * the title's word ("Commodore International filed", "American
         * President Lines"); but "Park", in that list for grounds ("Upton
         * Park"), is a Korean family name alone ("President Park said") */
        if (n == 1 && (c->cls[k] & W_NOTLAST) && !text_tok_is(d, &d->toks[k], "Park")) n = 0;
        /* an honorific of three letters or fewer written in capitals inside
         * a sentence of small letters is an abbreviation ("MS Net", "MS.
         * Final approval") */
        if (n && ti->tend == ti->tbeg + 1 && (d->toks[ti->tbeg].flags & TOK_ALLCAPS) &&
            d->toks[ti->tbeg].len <= 3 && !g->titles[ti->title].role)
            n = 0;
        /* "Co-founder of Google, Sergey Brin", "The spokesman for Iran's
         * foreign ministry, Esmaeil Baghaei": the title's organization or
         * country first */
        size_t kc = k;
        if (!n && k + 1 < end &&
            (text_tok_is(d, &d->toks[k], "of") || text_tok_is(d, &d->toks[k], "for") ||
             ((text_tok_is(d, &d->toks[k], "to") || text_tok_is(d, &d->toks[k], "in")) &&
              envoy_title(d, ti)))) {
            size_t o = k + 1 + (k + 2 < end && text_tok_is(d, &d->toks[k + 1], "the"));
            const tag_span *os = gaz_span_at(c, o);
            /* (after "for" not a place: "MP for Richmond, North Yorks," is a
             * seat and its county) */
            if (os && text_tok_is(d, &d->toks[k], "for") && g->ents[os->gidx].kind == KIND_LOCATION)
                continue;
            if (os && os->tend < end) kc = os->tend;
            /* (or a phrase with a known name in it: "The speaker of the
             * Belarus parliament, Semyon Sharetsky, told") */
            size_t oc;
            if (!(kc < end && tok_char(d, kc, ',')) && (oc = of_phrase_comma(c, k, end))) kc = oc;
        }
        size_t f;
        uint32_t m = n ? 0 : appos_name(c, kc, end, gazstop, &f);
        if (m && push_span(c, (uint32_t)f, (uint32_t)(f + m), -1, VIA_TITLE, K_TITLE, 'P'))
            return ENT_ENOMEM;
        if (n && push_span(c, (uint32_t)k, (uint32_t)(k + n), -1, VIA_TITLE, K_TITLE, 'P'))
            return ENT_ENOMEM;
    }
    uint32_t s = 0; /* the sentence of token i, as i goes on */
    c->name_skip = 0;
    for (size_t ci = 0; ci < c->ncaps; ci++) {
        size_t i = c->caps[ci];
        int rc;
        /* no rule starts at a stop word, but an initial ("A. Smith") */
        if ((c->cls[i] & W_STOP) && d->toks[i].len != 1) continue;
        while (s + 1 < d->nsents && d->sents[s + 1].tbeg <= i) s++;
        /* Each rule is called only where the first test it makes holds: most
         * capitalized words start none, and are dropped here without the
         * calls (the rules make the same tests again, exactly: these let
         * through more, "By" and "THE" by their keys). The two rules of given
         * names only at one; of initials and party letters, at a letter;
         * leader_at after "by", newspaper_at after "the" (a short word's key
         * is its bytes in lowercase: WORD_KEY2); syllable_name_at before a
         * hyphen and a word; organization_at at a word of organizations'
         * names; speaker_at at a word that starts no known thing's name;
         * born_subject_at after a comma, angle_firm_at after a '<'. */
        const uint32_t k = c->cls[i];
        const size_t len = d->toks[i].len;
        const text_tok *prev = i > 0 ? &d->toks[i - 1] : NULL;
        if (((k & W_FIRSTNAME) && ((rc = first_name_at(c, g, i, s, gazstop)) ||
                                   (rc = nickname_name_at(c, i, s, gazstop)) ||
                                   (rc = caps_item_name_at(c, i, gazstop)))) ||
            (len == 1 && (rc = initial_name_at(c, i, s, gazstop))) ||
            (!(k & (W_STOP | W_THINGSTART)) && (rc = speaker_at(c, g, i, s, gazstop))) ||
            (i >= 1 && prev->len == 2 && prev->key == WORD_KEY2('b', 'y') &&
             ((rc = leader_at(c, i, s, gazstop)) || (rc = credit_at(c, i, s, gazstop)))) ||
            (rc = appositive_at(c, g, i, s, gazstop)) || (rc = nationality_at(c, g, i, s, gazstop)) ||
            (i + 3 < d->ntoks && tok_char(d, i + 2, '-') &&
             (rc = syllable_name_at(c, i, s, gazstop))) ||
            (rc = compound_name_at(c, i, gazstop)) ||
            ((k & W_FIRSTNAME) && (rc = regnal_name_at(c, g, i, s, gazstop))) ||
            ((k & (W_ORGSUFFIX | W_ORGHEAD)) && (rc = organization_at(c, g, i, s))) ||
            (prev && prev->len == 3 && prev->key == WORD_KEY3('t', 'h', 'e') &&
             (rc = newspaper_at(c, i, s))) ||
            (len == 6 && d->toks[i].key == WORD_KEY6('m', 'o', 't', 'h', 'e', 'r') &&
             (rc = mother_name_at(c, i, s, gazstop))) ||
            (len == 1 && ((rc = party_letter_at(c, g, i)) || (rc = dotted_firm_at(c, i, s)))) ||
            (prev && prev->len == 1 && prev->key == (uint64_t)'<' &&
             (rc = angle_firm_at(c, g, i))) ||
            (prev && prev->len == 1 && prev->key == (uint64_t)',' &&
             (rc = born_subject_at(c, i, s, gazstop))))
            return rc;
        /* teams and cricketers only in a text about team sports: tables of
         * other figures have the same shape ("Exports 225 225 178 178", "YEN
         * 131/119 351/335"), and ordinary words for names */
        if (c->sports) {
            size_t before = c->nspans;
            if ((rc = teams_at(c, g, i)) || (rc = scorecard_at(c, i, s)) ||
                (rc = scorer_at(c, i, s, gazstop)) ||
                (c->nspans == before && ((rc = county_team_at(c, g, i)) || (rc = club_at(c, g, i)) ||
                                         (c->nspans == before && (rc = town_club_at(c, g, i))))) ||
                (c->nspans == before && (rc = opponent_club_at(c, g, i))) ||
                (c->nspans == before && (rc = club_player_at(c, g, i, s, gazstop))))
                return rc;
        }
    }
    c->span_marks = 0; /* spans_touch marks on first use */
    /* after role nouns that are no title there ("defender Franck Leboeuf",
     * "rebel leader Doku Zavgayev"): a name of two words or more, weaker than
     * the rules above (a name they found in those words stays) */
    for (size_t r = 0; r < c->nroles; r++) {
        const tag_title *ro = &c->roles[r];
        /* written in lowercase ("Chief Operating Officer" is a title), and
         * not the leader of a market, which is a company ("market leader
         * Best Buy") */
        if (!(d->toks[ro->tend - 1].flags & TOK_LOWER)) continue;
        /* nor an adjective: "the official China Daily" (but "Finance Ministry
         * official Etsuzo Kawade") */
        if (text_tok_is(d, &d->toks[ro->tend - 1], "official") &&
            (ro->tbeg == 0 || !(d->toks[ro->tbeg - 1].flags & TOK_UPPER) ||
             text_tok_ieq(d, &d->toks[ro->tbeg - 1], "the") ||
             text_tok_ieq(d, &d->toks[ro->tbeg - 1], "an")))
            continue;
        if (ro->tend >= d->ntoks ||
            !((d->toks[ro->tend].flags & TOK_UPPER) || tok_char(d, ro->tend, ',') ||
              text_tok_is(d, &d->toks[ro->tend], "of")))
            continue;
        if (ro->tbeg > 0 && (text_tok_is(d, &d->toks[ro->tbeg - 1], "market") ||
                             text_tok_is(d, &d->toks[ro->tbeg - 1], "industry") ||
                             text_tok_is(d, &d->toks[ro->tbeg - 1], "sector")))
            continue;
        uint32_t s = sent_of(c, ro->tbeg);
        size_t k = ro->tend, end = d->sents[s].tend;
        if (k >= end || headline(c, s) != HL_NO) continue;
        uint32_t n = name_after_title(c, k, end, gazstop);
        if (n >= 3 && text_tok_is(d, &d->toks[k], "General")) k++, n--; /* (as above) */
        size_t f;
        if (!n && (n = appos_name(c, k, end, gazstop, &f))) k = f; /* "its leader, X Y," */
        /* or after what he heads: "The speaker of the Belarus parliament,
         * Semyon Sharetsky, told" (a known name among up to six words, no
         * verb) */
        size_t oc = k;
        if (!n && text_tok_is(d, &d->toks[k], "of") && (oc = of_phrase_comma(c, k, end)) &&
            (n = appos_name(c, oc, end, gazstop, &f)))
            k = f;
        /* one word after a kin noun and a possessive names a relative by his
         * given name: "Bolsonaro's son Eduardo, a congressman,", "visited his
         * wife Naina" */
        if (n == 1 && kin_one_name(c, g, ro, k)) {
            if (push_span(c, (uint32_t)k, (uint32_t)k + 1, -1, VIA_TITLE, K_TITLE, 'P'))
                return ENT_ENOMEM;
            continue;
        }
        if (n < 2) continue;
        /* (the country a given name spells is no obstacle: it is the name's) */
        /* (nor the place that ends it: "finalist MaliVai Washington") */
        size_t te = n == 2 && gazstop[k + 1] && !gazstop[k] ? k + 1 : k + n;
        if (spans_touch(c, gazstop[k] == GS_COUNTRY ? k + 1 : k, te)) continue;
        if (push_span(c, (uint32_t)k, (uint32_t)(k + n), -1, VIA_TITLE, K_TITLE, 'P'))
            return ENT_ENOMEM;
    }
    /* after a party's member ("Democrat Zohran Mamdani won", "Tory Liam
     * Fox"): a name of two words or more, as after a role noun */
    for (size_t q = 0; q < c->ngazspans; q++) {
        const tag_span *sp = &c->spans[q];
        if (sp->kind != K_GAZ || sp->via != VIA_DEMONYM || sp->tend != sp->tbeg + 1 ||
            g->ents[sp->gidx].sub != SUB_PARTY)
            continue;
        size_t k = sp->tend;
        const text_tok *t = &d->toks[sp->tbeg];
        if ((t->flags & TOK_ALLCAPS) || d->text[t->end - 1] == 's' || k >= d->ntoks ||
            !(d->toks[k].flags & TOK_UPPER) || !(d->toks[k].flags & TOK_SPACE))
            continue;
        uint32_t s = sent_of(c, k);
        if (headline(c, s) != HL_NO) continue;
        uint32_t n = name_after_title(c, k, d->sents[s].tend, gazstop);
        size_t e = k + n;
        /* (but "of" and his state: "Democrat Ro Khanna of California") */
        const tag_span *home = e + 1 < d->ntoks && text_tok_is(d, &d->toks[e], "of")
                                   ? gaz_span_at(c, e + 1)
                                   : NULL;
        int of_home = home && (g->ents[home->gidx].kind == KIND_LOCATION ||
                               g->ents[home->gidx].kind == KIND_COUNTRY);
        if (n < 2 || (c->cls[e - 1] & (W_NOTLAST | W_ORGSUFFIX | W_ORGHEAD)) ||
            (e + 1 < d->ntoks && (d->toks[e + 1].flags & TOK_UPPER) && !of_home &&
             (text_tok_is(d, &d->toks[e], "of") || text_tok_is(d, &d->toks[e], "on") ||
              text_tok_is(d, &d->toks[e], "for"))) ||
            spans_touch(c, k, e))
            continue; /* (not "the Republican Task Force on Farm and Rural America") */
        if (push_span(c, (uint32_t)k, (uint32_t)e, -1, VIA_TITLE, K_TITLE, 'P'))
            return ENT_ENOMEM;
    }
    /* after an age ("20-year-old Tiger Woods shot 67"): a name of two words
     * or more, as after a role noun */
    for (size_t ci = 0; ci < c->ncaps; ci++) {
        size_t k = c->caps[ci];
        /* (the flag first: most capitalized words have no number five
         * tokens before) */
        if (k < 5 || !(d->toks[k - 5].flags & TOK_DIGIT) || !tok_char(d, k - 2, '-') ||
            !tok_char(d, k - 4, '-') || !text_tok_is(d, &d->toks[k - 1], "old") ||
            !text_tok_is(d, &d->toks[k - 3], "year") || !(d->toks[k].flags & TOK_SPACE))
            continue;
        uint32_t s = sent_of(c, k);
        size_t end = d->sents[s].tend;
        if (headline(c, s) != HL_NO) continue;
        uint32_t n = name_after_title(c, k, end, gazstop);
        if (n < 2 || spans_touch(c, k, k + n)) continue;
        /* (words apart, the last no word that ends no person's name: not "the
         * 31-year-old World Cup winning", "the 14-year-old Mifergui-Nimba
         * project") */
        int apart = !(c->cls[k + n - 1] & W_NOTLAST);
        for (size_t q = k + 1; q < k + n && apart; q++) apart = (d->toks[q].flags & TOK_SPACE) != 0;
        if (!apart) continue;
        if (push_span(c, (uint32_t)k, (uint32_t)(k + n), -1, VIA_TITLE, K_TITLE, 'P'))
            return ENT_ENOMEM;
    }
    if (find_titled_full_names(c, g, gazstop)) return ENT_ENOMEM;
    if (c->sports && find_squads(c, g, gazstop)) return ENT_ENOMEM;
    /* the organization of a spokesman named after his title, once every
     * other name is found (spokes_org_at) */
    for (size_t t = 0; t < c->ntitles; t++) {
        const tag_title *ti = &c->titles[t];
        const text_tok *w = &d->toks[ti->tend - 1];
        if (!(w->flags & TOK_LOWER) || w->len < 9 || d->text[w->start] != 's') continue;
        int named = 0;
        for (size_t q = c->ngazspans; q < c->nspans && !named; q++)
            named = c->spans[q].tbeg == ti->tend && c->spans[q].type == 'P' &&
                    c->spans[q].tend - c->spans[q].tbeg >= 2;
        if (named && spokes_org_at(c, g, ti, d->sents[sent_of(c, ti->tbeg)].tbeg))
            return ENT_ENOMEM;
    }
    return find_listed(c, g, gazstop);
}

static int span_cmp(const void *pa, const void *pb) {
    const tag_span *a = pa, *b = pb;
    if (a->tbeg != b->tbeg) return a->tbeg < b->tbeg ? -1 : 1;
    uint32_t la = a->tend - a->tbeg, lb = b->tend - b->tbeg;
    if (la != lb) return la > lb ? -1 : 1;
    return a->kind - b->kind;
}

/* End of the run of spans in span_cmp order that starts at a[lo]. */
static size_t span_run(const tag_span *a, size_t lo, size_t n) {
    size_t i = lo + 1;
    while (i < n && span_cmp(&a[i - 1], &a[i]) <= 0) i++;
    return i;
}

/* Up to how many spans sort_spans sorts by insertion. */
#define SORT_SMALL 64

/* Sort c->spans by span_cmp, stably. Each pass of the tagger appends its spans
 * in text order, so the array is a few ascending runs: merging them (a natural
 * merge sort) beats a general sort, and is a no-op on one run. */
static int sort_spans(tag_ctx *c) {
    size_t n = c->nspans;
    if (n <= SORT_SMALL) { /* the usual text: an insertion sort, stable too */
        tag_span *a = c->spans;
        for (size_t i = 1; i < n; i++) {
            if (span_cmp(&a[i - 1], &a[i]) <= 0) continue;
            tag_span x = a[i];
            size_t j = i;
            do a[j] = a[j - 1];
            while (--j > 0 && span_cmp(&a[j - 1], &x) > 0);
            a[j] = x;
        }
        return 0;
    }
    if (span_run(c->spans, 0, n) >= n) return 0;
    if (ent_grow(&c->spantmp, &c->capspantmp, n, sizeof(tag_span))) return ENT_ENOMEM;
    tag_span *src = c->spans, *dst = c->spantmp;
    for (;;) {
        size_t lo = 0, runs = 0;
        while (lo < n) { /* merge two neighbouring runs; ties from the left */
            size_t mid = span_run(src, lo, n), hi = mid < n ? span_run(src, mid, n) : n;
            size_t a = lo, b = mid, o = lo;
            while (a < mid && b < hi) dst[o++] = span_cmp(&src[b], &src[a]) < 0 ? src[b++] : src[a++];
            while (a < mid) dst[o++] = src[a++];
            while (b < hi) dst[o++] = src[b++];
            lo = hi;
            runs++;
        }
        tag_span *t = src;
        src = dst, dst = t;
        if (runs == 1) break;
    }
    if (src != c->spans) memcpy(c->spans, src, n * sizeof(tag_span));
    return 0;
}

/* Name of a discovered span: its bytes with runs of whitespace made one space. */
static const char *span_name(tag_ctx *c, uint32_t tb, uint32_t te, size_t *len) {
    const text_doc *d = &c->doc;
    size_t s = d->toks[tb].start, e = d->toks[te - 1].end;
    char *out = arena_alloc(c->arena, e - s + 1);
    if (!out) return NULL;
    size_t o = 0;
    for (size_t i = s; i < e; i++) {
        char ch = d->text[i];
        if (ch == '\n' || ch == '\t' || ch == '\r' || ch == ' ') {
            if (o > 0 && out[o - 1] != ' ') out[o++] = ' ';
            continue;
        }
        out[o++] = ch;
    }
    out[o] = '\0';
    *len = o;
    return out;
}

/* id of a discovered entity: "person:" or "org:" + a slug of the folded name:
 * folded words joined by '-' ("O'Brien" -> person:o-brien). */
static const char *slug_id(tag_ctx *c, const char *prefix, const char *name, size_t n,
                           size_t *len) {
    size_t pl = strlen(prefix);
    char fold[1024];
    /* an ASCII name folds to its lowercase, and the whitespace the phrase
     * fold would trim or merge is no word byte either: the slug comes from
     * the name itself (short enough that the fold could not have failed) */
    size_t a = 0;
    while (a < n && (unsigned char)name[a] < 0x80) a++;
    if (a == n && n < sizeof(fold)) {
        char *buf = arena_alloc(c->arena, pl + n + 1);
        if (!buf) return NULL;
        memcpy(buf, prefix, pl);
        size_t o = pl;
        for (size_t i = 0; i < n; i++) {
            unsigned char ch = text_lower[(unsigned char)name[i]];
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) buf[o++] = (char)ch;
            else if (o > pl && buf[o - 1] != '-') buf[o++] = '-';
        }
        while (o > pl && buf[o - 1] == '-') o--;
        buf[o] = '\0';
        *len = o;
        return buf;
    }
    int fl = text_fold_phrase(name, n, fold, sizeof(fold));
    if (fl < 0) fl = 0;
    char *buf = arena_alloc(c->arena, pl + (size_t)fl + 1);
    if (!buf) return NULL;
    memcpy(buf, prefix, pl);
    size_t o = pl;
    for (int i = 0; i < fl; i++) {
        unsigned char ch = (unsigned char)fold[i];
        int word = ch >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if (word) buf[o++] = (char)ch;
        else if (o > pl && buf[o - 1] != '-') buf[o++] = '-';
    }
    while (o > pl && buf[o - 1] == '-') o--;
    buf[o] = '\0';
    *len = o;
    return buf;
}

/* span_name() and, for a name in ASCII, its slug_id() with prefix in *id, in
 * one pass over the span's bytes, without a branch on each: whitespace is no
 * word byte of a slug either, so the slug of the name is the slug of the
 * bytes. *id is NULL for a name with other bytes (slug_id folds it). NULL
 * when out of memory. */
static const char *span_name_slug(tag_ctx *c, uint32_t tb, uint32_t te, size_t *len,
                                  const char *prefix, size_t pl, const char **id,
                                  size_t *idlen) {
    const text_doc *d = &c->doc;
    size_t s = d->toks[tb].start, e = d->toks[te - 1].end;
    char *out = arena_alloc(c->arena, e - s + 1 + pl + e - s + 1);
    if (!out) return NULL;
    char *buf = out + (e - s + 1);
    memcpy(buf, prefix, pl);
    size_t o = 0, q = pl;
    /* gap: after whitespace (or at the start); dash: after a '-' of the slug
     * (or before its first word byte) */
    unsigned gap = 1, dash = 1, high = 0;
    for (size_t i = s; i < e; i++) {
        unsigned char ch = (unsigned char)d->text[i], lo = text_lower[ch];
        unsigned ws = (ch == ' ') | (ch == '\n') | (ch == '\t') | (ch == '\r');
        unsigned word = ((unsigned)(lo - 'a') < 26u) | ((unsigned)(lo - '0') < 10u);
        out[o] = ws ? ' ' : (char)ch;
        o += !ws | !gap;
        gap = ws;
        buf[q] = word ? (char)lo : '-';
        q += word | !dash;
        dash = !word;
        high |= ch;
    }
    out[o] = '\0';
    *len = o;
    *id = NULL;
    if (!(high & 0x80) && o < 1024) { /* (a longer name slug_id folds: see there) */
        q -= q > pl && buf[q - 1] == '-'; /* (one at most: they do not repeat) */
        buf[q] = '\0';
        *id = buf, *idlen = q;
    }
    return out;
}

/* went_for's open-addressing index: a slot holds a working entity of the text
 * of its generation; slots of older texts count as empty, so nothing is
 * cleared between texts. */
typedef struct tag_went_slot {
    uint32_t gen, idx;
} tag_went_slot;

static uint64_t went_hash(int32_t gidx, const char *id, size_t idlen) {
    return gidx >= 0 ? gaz_mix64((uint64_t)gidx + 1) : text_hash_words(id, idlen);
}

static int went_same(const tag_went *e, int32_t gidx, const char *id, size_t idlen) {
    if (gidx >= 0) return e->gidx == gidx;
    return e->gidx < 0 && e->id_len == idlen && memcmp(e->id, id, idlen) == 0;
}

/* Room for one more entity at load <= 1/2: a new table holds every entity of
 * this text again. */
static int went_index_reserve(tag_ctx *c) {
    if (c->wmask && (c->nents + 1) * 2 <= c->wmask + 1) return 0;
    size_t cap = c->wmask ? (c->wmask + 1) * 2 : 64;
    tag_went_slot *t = ent_calloc(cap, sizeof(tag_went_slot));
    if (!t) return ENT_ENOMEM;
    ent_free(c->wslots);
    c->wslots = t;
    c->wmask = cap - 1;
    c->wgen = 1;
    for (size_t i = 0; i < c->nents; i++) {
        const tag_went *e = &c->ents[i];
        size_t j = went_hash(e->gidx, e->id, e->id_len) & c->wmask;
        while (t[j].gen == c->wgen) j = (j + 1) & c->wmask;
        t[j] = (tag_went_slot){c->wgen, (uint32_t)i};
    }
    return 0;
}

/* The working entity with this gazetteer index, or (gidx < 0) this discovered
 * id, or -1; *slot gets where it is or would go in went_for's index. */
static long went_find(const tag_ctx *c, int32_t gidx, const char *id, size_t idlen,
                      uint64_t h, size_t *slot) {
    size_t j = h & c->wmask;
    for (; c->wslots[j].gen == c->wgen; j = (j + 1) & c->wmask)
        if (went_same(&c->ents[c->wslots[j].idx], gidx, id, idlen)) return (long)c->wslots[j].idx;
    *slot = j;
    return -1;
}

/* How many tokens at the end of [tb, te) are a legal form with its "and" or
 * "&" ("Corp", "& Co", "and Co Inc"), leaving a word of the name before them;
 * 0 when none. */
static uint32_t legal_tail(const tag_ctx *c, uint32_t tb, uint32_t te) {
    const text_doc *d = &c->doc;
    uint32_t e = te;
    while (e > tb + 1 && (legal_form(d, e - 1) || is_and(d, e - 1) || tok_char(d, e - 1, '&')))
        e--;
    return te - e;
}

/* A state body's name with the adjective of country gidx before it
 * ("Foreign Ministry" -> "Iranian Foreign Ministry"): every country has
 * one, and one entity for all of them would mix them up in the index.
 * Returns the name (in the arena; NULL when out of memory), or name itself
 * when the gazetteer gives the country no demonym. */
static const char *state_body_of(tag_ctx *c, const gaz_t *g, int32_t gidx, const char *name,
                                 size_t *namelen) {
    const char *dem = gaz_attr_get(&g->ents[gidx], "demonym");
    if (!dem) return name;
    /* the adjective among the demonyms: not a plural, nor a noun for one of
     * the people ("Spaniard", "Frenchman", "Briton", "New Zealander":
     * "Spanish", "French", "British"); with none, the country's name ("New
     * Zealand Energy Ministry", "Luxembourg Finance Ministry") */
    size_t dl = 0;
    const char *pick = NULL;
    for (int pass = 0; pass < 2 && !dl; pass++) /* ("Swedish" before "Swede") */
        for (const char *p = dem; *p && !dl;) {
            size_t n = strcspn(p, "|");
            /* (a plural, but "Swiss"; "-man", but "German") */
            int noun = n == 0 || (p[n - 1] == 's' && !(n > 1 && p[n - 2] == 's')) ||
                       (n > 3 && (((!memcmp(p + n - 3, "man", 3) || !memcmp(p + n - 3, "men", 3)) &&
                                   !(n > 4 && p[n - 4] == 'r')) ||
                                  !memcmp(p + n - 3, "ard", 3) || !memcmp(p + n - 3, "ton", 3) ||
                                  !memcmp(p + n - 2, "er", 2)));
            int adj = n > 3 && (!memcmp(p + n - 3, "ish", 3) || !memcmp(p + n - 3, "ese", 3) ||
                                !memcmp(p + n - 2, "ch", 2));
            if (!noun && (adj || pass == 1)) pick = p, dl = n;
            p += n + (p[n] == '|');
        }
    if (!dl) pick = g->ents[gidx].name, dl = strlen(pick);
    char *out = arena_alloc(c->arena, dl + 1 + *namelen + 1);
    if (!out) return NULL;
    memcpy(out, pick, dl);
    out[dl] = ' ';
    memcpy(out + dl + 1, name, *namelen + 1);
    *namelen += dl + 1;
    return out;
}

/* Do tokens [tb, te) name a ministry or an office ("Foreign Ministry",
 * "Foreign Office"), in three words at most, a central bank ("Central
 * Bank", "Reserve Bank"), an air force, a highest court or a statistics
 * institute or bureau? */
static int state_body_at(const text_doc *d, uint32_t tb, uint32_t te) {
    if ((te - tb <= 3 && (text_tok_is(d, &d->toks[te - 1], "Ministry") ||
                          text_tok_is(d, &d->toks[te - 1], "Office"))) ||
        (te - tb == 2 && text_tok_is(d, &d->toks[te - 1], "Bank") &&
         (text_tok_is(d, &d->toks[tb], "Central") || text_tok_is(d, &d->toks[tb], "Reserve"))))
        return 1;
    /* a country's air force ("TEL AVIV (Reuters) - The Air Force struck") */
    if (te - tb == 2 && text_tok_is(d, &d->toks[tb], "Air") &&
        text_tok_is(d, &d->toks[te - 1], "Force"))
        return 1;
    /* a country's highest courts ("Israel's Supreme Court", "the
     * Constitutional Court" of a text about Turkey) */
    if (te - tb == 2 && text_tok_is(d, &d->toks[te - 1], "Court") &&
        (text_tok_is(d, &d->toks[tb], "Supreme") || text_tok_is(d, &d->toks[tb], "Constitutional")))
        return 1;
    /* a statistics institute or bureau, in four words at most ("National
     * Statistics Institute", "Central Bureau of Statistics") */
    if (te - tb > 4) return 0;
    int stats = 0;
    for (uint32_t k = tb; k < te; k++)
        stats |= text_tok_is(d, &d->toks[k], "Statistics") ||
                 text_tok_is(d, &d->toks[k], "Statistical");
    return stats && (text_tok_is(d, &d->toks[te - 1], "Institute") ||
                     text_tok_is(d, &d->toks[te - 1], "Bureau") ||
                     text_tok_is(d, &d->toks[te - 1], "Statistics"));
}

/* Is the organization at tokens [tb, te) named as a body every country has
 * one of (body_words and a head: "National Assembly", "Election
 * Commission", "High Court"), which its country's possessive names ("South
 * Korea's National Assembly")? */
static int common_body_at(const tag_ctx *c, uint32_t tb, uint32_t te) {
    const text_doc *d = &c->doc;
    if (te - tb < 2 || te - tb > 3 || text_words_find(&body_heads_set, d, &d->toks[te - 1]) < 0)
        return 0;
    for (uint32_t k = tb; k + 1 < te; k++)
        if (text_words_find(&body_words_set, d, &d->toks[k]) < 0) return 0;
    return 1;
}

/* A ministry or office the rules found after its country's possessive
 * ("Iran's Foreign Ministry", "Pakistan's Foreign Office"), or in a sentence
 * that "In" and the country or its capital open ("In Tehran, Foreign
 * Ministry spokesman X"), is named with the country's demonym, as the text
 * may also write it ("Iranian Foreign Ministry"; state_body_of). Returns the
 * name (in the arena), or name itself. */
static const char *state_body_name(tag_ctx *c, const gaz_t *g, uint32_t tb, uint32_t te,
                                   const char *name, size_t *namelen, int32_t *country) {
    const text_doc *d = &c->doc;
    if (!(state_body_at(d, tb, te) || common_body_at(c, tb, te)) || tb < 2) return name;
    /* the country's possessive: "Iran's", "the Netherlands'"; or the country
     * or its capital opening the sentence after "In" ("In Tehran, Foreign
     * Ministry spokesman X said") */
    size_t ce, sb = d->sents[sent_of(c, tb)].tbeg;
    if (tb >= 3 && is_possessive(d, tb - 2)) ce = tb - 3;
    else if (tok_apos(d, tb - 1) && !(d->toks[tb - 1].flags & TOK_SPACE) &&
             d->text[d->toks[tb - 2].end - 1] == 's')
        ce = tb - 2;
    else if (sb + 3 <= tb && text_tok_is(d, &d->toks[sb], "In") && c->tok_ment[sb + 1] >= 0 &&
             c->ments[c->tok_ment[sb + 1]].tok == sb + 1 &&
             tok_char(d, sb + 1 + c->ments[c->tok_ment[sb + 1]].ntok, ','))
        ce = sb + 1;
    else
        return name;
    if (c->tok_ment[ce] < 0) return name;
    const tag_mention *cm = &c->ments[c->tok_ment[ce]];
    const tag_went *cw = &c->ents[cm->ent];
    if (cw->gidx < 0 || cm->via == VIA_DEMONYM || g->ents[cw->gidx].kind != KIND_COUNTRY)
        return name;
    *country = cw->gidx;
    return state_body_of(c, g, cw->gidx, name, namelen);
}

/* The gazetteer's organization of country gidx that a state body named
 * after it is ("Egypt's Central Bank" is the Central Bank of Egypt, "South
 * Africa's Reserve Bank" the South African Reserve Bank): the one named by
 * the body's bare name, "of" and the country's name ("Central Bank of
 * Egypt"), or by the name the body got (name: "South African Reserve
 * Bank"), whose attribute country is the country's id; or -1. */
static int32_t state_body_known(tag_ctx *c, const gaz_t *g, int32_t gidx, const char *bare,
                                size_t barelen, const char *name, size_t namelen) {
    const gaz_entity *ce = &g->ents[gidx];
    size_t cl = strlen(ce->name);
    char *of = arena_alloc(c->arena, barelen + 4 + cl + 1);
    if (!of) return -1;
    memcpy(of, bare, barelen);
    memcpy(of + barelen, " of ", 4);
    memcpy(of + barelen + 4, ce->name, cl + 1);
    const char *tries[2] = {of, name};
    size_t lens[2] = {barelen + 4 + cl, namelen};
    for (int t = 0; t < 2; t++) {
        uint32_t hits[4];
        size_t n = gaz_find_name(g, tries[t], lens[t], hits, 4);
        for (size_t k = 0; k < n && k < 4; k++) {
            const gaz_entity *e = &g->ents[hits[k]];
            const char *co = e->kind == KIND_ORG ? gaz_attr_get(e, "country") : NULL;
            if (co && !strcmp(co, ce->id)) return (int32_t)hits[k];
        }
    }
    return -1;
}

long tag_dateline_mention(const tag_ctx *c) {
    const text_doc *d = &c->doc;
    for (size_t m = 0; m < c->nments && c->ments[m].tok < 64; m++) {
        uint32_t b = c->ments[m].tok, e = b + c->ments[m].ntok, k = b;
        if (b != 0 && !(d->toks[b].flags & TOK_NL)) continue;
        while (k < e && (d->toks[k].flags & TOK_ALLCAPS)) k++;
        if (k == e && e < d->ntoks &&
            (tok_char(d, e, ',') || tok_char(d, e, '(') || tok_char(d, e, ':') ||
             text_is_dash(d, e)))
            return (long)m;
    }
    return -1;
}

/* The country of the text's dateline (tag_dateline_mention) when it names a
 * country or its capital: its gazetteer index, or -1. (rel.c's
 * dateline_country also places a town.) */
static int32_t dateline_state(const tag_ctx *c, const gaz_t *g) {
    long m = tag_dateline_mention(c);
    const tag_went *w = m >= 0 ? &c->ents[c->ments[m].ent] : NULL;
    return w && w->gidx >= 0 && g->ents[w->gidx].kind == KIND_COUNTRY ? w->gidx : -1;
}

/* The country a text is about, for a ministry it names bare at token tb
 * ("Japan's trade surplus ... the Finance Ministry said"): the one country
 * named before it, if no country is named more often in the text
 * (text_country); its gazetteer index, or -1. ("U.S. banks are to receive
 * Finance Ministry approval to operate in Japan" names two.) */
static int32_t lede_state(tag_ctx *c, const gaz_t *g, uint32_t tb) {
    const char *top = text_country(c, g);
    if (!*top || !c->ncountries || c->countries[0].tok >= tb) return -1;
    for (size_t k = 0; k < c->ncountries && c->countries[k].tok < tb; k++)
        if (strcmp(c->countries[k].id, top)) return -1;
    int32_t gi = gaz_find_id(g, top);
    return gi >= 0 && g->ents[gi].kind == KIND_COUNTRY ? gi : -1;
}

/* Add the working entity of gazetteer entity gidx, or (gidx < 0) of a
 * discovered one with this id and name, unless gidx is one already; j is the
 * free slot went_find gave for a discovered id. Its index, or -1 when out of
 * memory. */
static long went_add(tag_ctx *c, const gaz_t *g, int32_t gidx, uint8_t type, const char *id,
                     size_t idlen, const char *name, size_t namelen, size_t j) {
    long e;
    if (gidx >= 0 && (e = went_find(c, gidx, id, idlen, went_hash(gidx, id, idlen), &j)) >= 0)
        return e;
    if (ent_grow(&c->ents, &c->capents, c->nents + 1, sizeof(tag_went))) return -1;
    tag_went *w = &c->ents[c->nents];
    *w = (tag_went){.gidx = gidx, .type = type};
    if (gidx < 0) {
        w->id = id, w->id_len = (uint32_t)idlen;
        w->name = name, w->name_len = (uint32_t)namelen;
    } else {
        /* the result copies the entity's id and name (build_result), which
         * nothing else reads: most often not in the cache, asked for now
         * they arrive while the rest of the text is tagged, where waiting
         * for each there held up the copy */
        __builtin_prefetch(g->ents[gidx].id);
        __builtin_prefetch(g->ents[gidx].name);
    }
    c->wslots[j] = (tag_went_slot){c->wgen, (uint32_t)c->nents};
    return (long)c->nents++;
}

/* A person's name written all in capitals (at a list's head, in a headline:
 * "KEVIN WARSH") in the case names take ("Kevin Warsh"): ASCII letters after
 * the first of a word (after a space, a hyphen or an apostrophe: "O'NEILL"
 * is "O'Neill") in lowercase. A name with a lowercase letter stays. */
static void name_recase(char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z') return;
    for (size_t i = 1; i < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] != ' ' && s[i - 1] != '-' && s[i - 1] != '\'')
            s[i] = (char)(s[i] + ('a' - 'A'));
}

/* Working entity index for a span, adding it if new. */
static long went_for(tag_ctx *c, const gaz_t *g, int32_t gidx, uint8_t type, uint32_t tb,
                     uint32_t te) {
    const char *name = NULL, *id = NULL;
    size_t namelen = 0, idlen = 0, j = 0;
    long e;
    if (went_index_reserve(c)) return -1;
    if (gidx < 0) {
        const char *prefix = type == 'O' ? "org:" : type == 'E' ? "event:" : "person:";
        name = span_name_slug(c, tb, te, &namelen, prefix, strlen(prefix), &id, &idlen);
        if (name && type == 'P') name_recase((char *)(uintptr_t)name, namelen);
        const char *bare = name;
        size_t barelen = namelen;
        int32_t country = -1; /* (the country a state body is named after) */
        if (name && type == 'O') name = state_body_name(c, g, tb, te, name, &namelen, &country);
        if (!name) return -1;
        /* the ministry again without its country: the one named so before
         * ("Iran's Foreign Ministry" ... "the Foreign Ministry said"); with
         * none, the dateline's country's ("TEHRAN (Reuters) - Foreign
         * Ministry spokesman X said"), else the country the text is about
         * (lede_state) */
        if (name == bare && type == 'O' && state_body_at(&c->doc, tb, te)) {
            long hit = -1; /* (-2: two countries' ministries, none of them) */
            for (size_t k = 0; k < c->nents && hit != -2; k++) {
                const tag_went *w = &c->ents[k];
                if (w->gidx >= 0 || w->type != 'O' || w->name_len <= namelen + 1 ||
                    memcmp(w->name + w->name_len - namelen, name, namelen) ||
                    w->name[w->name_len - namelen - 1] != ' ')
                    continue;
                hit = hit >= 0 ? -2 : (long)k;
            }
            if (hit >= 0) return hit;
            /* (not a name whose first word is a name the gazetteer knows,
             * W_ENTWHOLE: a country's or its demonym, "UK Patent Office",
             * "Dutch Economics Ministry"; a company's, "Microsoft Office"; a
             * region's, "European Patent Office") */
            int32_t dc = -1;
            if (hit == -1 && !(c->cls[tb] & W_ENTWHOLE) && (dc = dateline_state(c, g)) < 0)
                dc = lede_state(c, g, tb);
            /* (nor of a country the gazetteer says a bare body never is,
             * bare_bodies=no: "U.S. banks ... Finance Ministry approval") */
            const char *bb = dc >= 0 ? gaz_attr_get(&g->ents[dc], "bare_bodies") : NULL;
            if (bb && !strcmp(bb, "no")) dc = -1;
            if (dc >= 0 && !(name = state_body_of(c, g, dc, name, &namelen))) return -1;
            country = dc;
        }
        /* (a body the gazetteer knows: "the Central Bank of Egypt") */
        int32_t known = name != bare && country >= 0
                            ? state_body_known(c, g, country, bare, barelen, name, namelen)
                            : -1;
        if (known >= 0) return went_add(c, g, known, type, NULL, 0, NULL, 0, 0);
        /* (a central bank is the gazetteer's only: the country's may have
         * another name, "Bank of England", which "British Reserve Bank"
         * would not be) */
        if (name != bare && text_tok_is(&c->doc, &c->doc.toks[te - 1], "Bank"))
            name = bare, namelen = barelen;
        if (name != bare || !id) id = slug_id(c, prefix, name, namelen, &idlen);
        if (!id) return -1;
        uint64_t h = went_hash(-1, id, idlen);
        /* found before in this text: the same entity (spares the id lookup) */
        if ((e = went_find(c, -1, id, idlen, h, &j)) >= 0) return e;
        /* a discovered name may be a gazetteer id (rare): use the gazetteer entry
         * (whose id index hashes ids the same way) */
        gidx = gaz_find_id_hashed(g, id, idlen, h);
        /* else an organization's id leaves out its legal form: "Goodyear
         * Aerospace Corp" and "Goodyear Aerospace", "Jefferies and Co" and
         * "Jefferies" are one company (in this text and in the store); unless
         * that is a gazetteer entity's id ("Apple Corp" is no Apple Inc.) */
        uint32_t ie = type == 'O' && gidx < 0 ? te - legal_tail(c, tb, te) : te;
        if (ie < te) {
            /* (the slug less one word for each word of the legal form: "&"
             * gave it none) */
            size_t sl = idlen;
            for (uint32_t k = ie; k < te; k++) {
                if (!(c->doc.toks[k].flags & TOK_WORD)) continue;
                while (sl > 4 && id[sl - 1] != '-') sl--;
                if (sl > 4) sl--;
            }
            uint64_t sh = went_hash(-1, id, sl);
            if (sl > 4 && gaz_find_id_hashed(g, id, sl, sh) < 0) {
                char *sid = arena_alloc(c->arena, sl + 1);
                if (!sid) return -1;
                memcpy(sid, id, sl);
                sid[sl] = '\0';
                id = sid, idlen = sl;
                if ((e = went_find(c, -1, id, idlen, sh, &j)) >= 0) return e;
            }
        }
    }
    return went_add(c, g, gidx, type, id, idlen, name, namelen, j);
}

/* Working entity index of the discovered entity of this type, id prefix and
 * name (built by the caller: "Irving, Texas"), adding it if new. */
static long went_named(tag_ctx *c, const gaz_t *g, uint8_t type, const char *prefix,
                       const char *name, size_t namelen) {
    size_t idlen = 0, j = 0;
    long e;
    if (went_index_reserve(c)) return -1;
    const char *id = slug_id(c, prefix, name, namelen, &idlen);
    if (!id) return -1;
    uint64_t h = went_hash(-1, id, idlen);
    if ((e = went_find(c, -1, id, idlen, h, &j)) >= 0) return e;
    return went_add(c, g, gaz_find_id_hashed(g, id, idlen, h), type, id, idlen, name, namelen,
                    j);
}

/* Working entity of a town nobody knows at tokens [b, e), named by its words
 * (loc:...), or -1 without memory. */
static long town_went(tag_ctx *c, const gaz_t *g, uint32_t b, uint32_t e) {
    size_t tl;
    const char *town = span_name(c, b, e, &tl);
    return town ? went_named(c, g, 'L', "loc:", town, tl) : -1;
}

static void move_mentions(tag_ctx *c, uint32_t from, uint32_t to);

/* A body the rules found under its bare name ("Supreme Court weighs ...") in
 * a text that also names one country's body of that name in full, a
 * gazetteer entity ("The U.S. Supreme Court"): the same body, its mentions
 * moved there (when one such entity only is named: else which one is not
 * known). */
static void merge_bare_bodies(tag_ctx *c, const gaz_t *g) {
    for (size_t a = 0; a < c->nents; a++) {
        tag_went *wa = &c->ents[a];
        if (wa->gidx >= 0 || wa->type != 'O' || !wa->name || !wa->count ||
            !memchr(wa->name, ' ', wa->name_len))
            continue;
        long hit = -1;
        for (size_t b = 0; b < c->nents && hit != -2; b++) {
            const tag_went *wb = &c->ents[b];
            if (wb->gidx < 0 || !wb->count) continue;
            const gaz_entity *ge = &g->ents[wb->gidx];
            size_t pl = ge->name_len - wa->name_len; /* the country's part and a space */
            if (ge->kind != KIND_ORG || ge->name_len <= wa->name_len + 1 || pl > 16 ||
                ge->name[pl - 1] != ' ' || memcmp(ge->name + pl, wa->name, wa->name_len) ||
                !gaz_attr_get(ge, "country"))
                continue;
            hit = hit == -1 ? (long)b : -2;
        }
        if (hit < 0) continue;
        move_mentions(c, (uint32_t)a, (uint32_t)hit);
    }
}

/* A person the rules found by one given name after a royal's or a sheikh's
 * title ("Prince Mohammed", given_titles) where the text named before one
 * royal or sheikh, and one only, whose name opens with that word ("Crown
 * Prince Mohammed bin Salman"): that person, its mentions moved there. */
static void merge_titled_given_names(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *mm = &c->ments[m];
        if (mm->ntok != 1 || mm->via != VIA_TITLE || mm->tok == 0 ||
            c->ents[mm->ent].gidx >= 0 || c->ents[mm->ent].type != 'P' ||
            text_words_find(&given_titles_set, d, &d->toks[mm->tok - 1]) < 0)
            continue;
        long hit = -1;
        for (size_t q = 0; q < m && hit != -2; q++) {
            const tag_mention *qm = &c->ments[q];
            if (qm->ntok < 2 || qm->ent == mm->ent ||
                tag_went_kind(g, &c->ents[qm->ent]) != KIND_PERSON ||
                !same_folded(d, qm->tok, mm->tok))
                continue;
            /* (a royal's or a sheikh's name too: after such a title or with
             * a particle, "bin Salman"; not "Michael Ancram" for "ex-King
             * Michael of Romania") */
            int royal = qm->tok > 0 &&
                        text_words_find(&given_titles_set, d, &d->toks[qm->tok - 1]) >= 0;
            for (uint32_t k = qm->tok + 1; k < qm->tok + qm->ntok && !royal; k++)
                royal = (c->cls[k] & W_PARTICLE) != 0;
            if (!royal) continue;
            hit = hit >= 0 && c->ments[hit].ent != qm->ent ? -2 : (long)q;
        }
        if (hit < 0) continue;
        move_mentions(c, mm->ent, c->ments[hit].ent);
    }
}

/* Do tokens [b, e) after a person's words in a company's name make it that
 * company's name: they end with a legal form, and none of them is "and",
 * "&" or a word of a founder's firm ("Hiram Walker" of "Hiram Walker
 * Resources Ltd", "Blue Arrow" of "Blue Arrow Plc"; not "Ivan F. Boesky and
 * Co")? */
static int firm_rest(const text_doc *d, uint32_t b, uint32_t e) {
    if (b >= e || !legal_form(d, e - 1)) return 0;
    for (uint32_t k = b; k < e; k++)
        if (is_and(d, k) || tok_char(d, k, '&') ||
            text_words_find(&founder_firm_words_set, d, &d->toks[k]) >= 0)
            return 0;
    return 1;
}

/* Is mention om a company the rules found by a noun for companies before it
 * ("building products group James Hardie", "rock group Franz Ferdinand":
 * find_firms_by_context)? */
static inline int firm_by_noun(const tag_ctx *c, const tag_mention *om) {
    return om->via == VIA_KEYWORD && c->ents[om->ent].gidx < 0 && om->tok > 0 &&
           tag_firm_noun(&c->doc, om->tok - 1);
}

/* A person the rules found under words that open a company's name the text
 * gives with its legal form, before or after ("Hiram Walker Resources Ltd"
 * ... "Hiram Walker profits"; "Hughes Tool" ... "Hughes Tool Co"; "joining
 * Blue Arrow Plc as a director, Blue Arrow said"), or that are the words of a
 * company found by a noun for companies ("building products group James
 * Hardie" ... "James Hardie chairwoman"): the company, its mentions
 * moved there as its short form (`coref`): when each of its mentions but
 * the short ones (`coref`: "Taft" of "Dudley Taft") is those words, no title
 * stands right before one ("Mr", "chief executive"), and the words open one
 * company's name only. */
static void merge_firm_people(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    enum { MAXFIRMS = 8 };
    uint32_t firm[MAXFIRMS]; /* mentions of companies with a legal form, or found by
                              * a noun for companies */
    size_t nfirms = 0;
    for (size_t m = 0; m < c->nments && nfirms < MAXFIRMS; m++) {
        const tag_mention *om = &c->ments[m];
        if (((om->ntok >= 2 && legal_form(d, om->tok + om->ntok - 1)) || firm_by_noun(c, om)) &&
            tag_went_kind(g, &c->ents[om->ent]) == KIND_ORG)
            firm[nfirms++] = (uint32_t)m;
    }
    if (!nfirms) return;
    /* each person's company so far: -1 none yet, -2 none (ruled out) */
    long *to = arena_alloc(c->arena, c->nents * sizeof(*to));
    if (!to) return; /* (without memory, the people stay) */
    for (size_t a = 0; a < c->nents; a++) to[a] = -1;
    int any = 0;
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *pm = &c->ments[m];
        const tag_went *wa = &c->ents[pm->ent];
        if (wa->gidx >= 0 || wa->type != 'P' || to[pm->ent] == -2) continue;
        if (tag_title_ending_at(c->titles, c->ntitles, pm->tok) >= 0) {
            to[pm->ent] = -2; /* "Chairman Stuart Denbigh" */
            continue;
        }
        if (pm->via == VIA_COREF) continue; /* "Taft" of "Dudley Taft": his */
        long named = -1; /* the company that this full name opens */
        for (size_t f = 0; f < nfirms && named != -2; f++) {
            const tag_mention *om = &c->ments[firm[f]];
            if (pm->ntok >= 2 && om->ntok >= pm->ntok && om->ent != named &&
                same_words(d, om->tok, pm->tok, pm->ntok) &&
                (om->ntok > pm->ntok ? firm_rest(d, om->tok + pm->ntok, om->tok + om->ntok)
                                     : firm_by_noun(c, om)))
                named = named == -1 ? (long)om->ent : -2;
        }
        long was = to[pm->ent];
        to[pm->ent] = named < 0 || (was >= 0 && was != named) ? -2 : named;
        any |= to[pm->ent] >= 0;
    }
    for (size_t m = 0; m < c->nments && any; m++) {
        long hit = to[c->ments[m].ent];
        if (hit < 0) continue;
        c->ents[c->ments[m].ent].count--, c->ents[hit].count++;
        c->ments[m].ent = (uint32_t)hit, c->ments[m].via = VIA_COREF;
    }
}

/* Does the capital at token t stand for a government, no place nor a
 * modifier: not after "in", "at", "from", "to", "a" or "the" ("a Brussels
 * summit"), nor before a hyphen ("Brussels-based")? */
static int capital_acts(const text_doc *d, uint32_t t) {
    static const char *const before[] = {"a", "at", "from", "in", "the", "to"};
    if (t + 1 < d->ntoks && tok_glue(d, t + 1) && tok_char(d, t + 1, '-')) return 0;
    for (size_t k = 0; t > 0 && k < ENT_ARRAY_LEN(before); k++)
        if (text_tok_ieq(d, &d->toks[t - 1], before[k])) return 0;
    return 1;
}

/* "Brussels" standing for a government in a text that names the European
 * Union or its Commission is the Union's ("Orban said Brussels should stop
 * sending money", "a complaint against Brussels"), unless the text names
 * Belgium by its name or people; not a dateline in capitals. */
static void brussels_union(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    int32_t be = -2;
    long eu = -2;
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *mm = &c->ments[m];
        if (mm->via != VIA_CAPITAL) continue;
        if (be == -2 && (be = gaz_find_id(g, "country:BE")) < 0) return;
        if (c->ents[mm->ent].gidx != be) continue;
        if (eu == -2) {
            eu = -1;
            for (size_t a = 0; a < c->nents; a++) {
                const tag_went *w = &c->ents[a];
                if (w->gidx < 0 || !w->count) continue;
                const char *id = g->ents[w->gidx].id;
                if (!strcmp(id, "org:european-union") ||
                    (eu < 0 && !strcmp(id, "org:european-commission")))
                    eu = (long)a;
            }
            for (size_t k = 0; eu >= 0 && k < c->nments; k++)
                if (c->ents[c->ments[k].ent].gidx == be && c->ments[k].via != VIA_CAPITAL) eu = -1;
        }
        if (eu < 0) return;
        uint32_t t = mm->tok;
        if ((d->toks[t].flags & TOK_ALLCAPS) || !capital_acts(d, t)) continue;
        c->ents[mm->ent].count--;
        c->ents[eu].count++;
        c->ments[m].ent = (uint32_t)eu;
    }
}

static int add_mention(tag_ctx *c, uint32_t tb, uint32_t te, long ent, int via) {
    if (ent_grow(&c->ments, &c->capments, c->nments + 1, sizeof(tag_mention))) return ENT_ENOMEM;
    const text_doc *d = &c->doc;
    c->ments[c->nments] = (tag_mention){d->toks[tb].start, d->toks[te - 1].end, (uint32_t)ent,
                                        (uint8_t)via, tb, te - tb};
    for (uint32_t k = tb; k < te; k++) c->tok_ment[k] = (int32_t)c->nments;
    c->nments++;
    c->ents[ent].count++;
    return 0;
}

/* Last name word of mention m: its token index, or -1. */
static long last_name_tok(const tag_ctx *c, const tag_mention *m) {
    const text_doc *d = &c->doc;
    for (long k = (long)name_last_tok(d, m->tok, m->tok + m->ntok); k > (long)m->tok; k--)
        if ((d->toks[k].flags & TOK_WORD) && d->toks[k].len > 1 && (d->toks[k].flags & TOK_UPPER) &&
            /* (before a generation suffix: "Marcos" of Ferdinand Marcos Jr.) */
            !(d->toks[k].len == 2 && (text_tok_is(d, &d->toks[k], "Jr") ||
                                      text_tok_is(d, &d->toks[k], "Sr"))))
            return k;
    return -1;
}

static int same_folded(const text_doc *d, size_t a, size_t b) {
    const text_tok *x = &d->toks[a], *y = &d->toks[b];
    if (x->key != y->key) return 0;
    char fa[ENT_MAX_TOKEN * 4], fb[ENT_MAX_TOKEN * 4];
    int la = text_tok_fold(d, x, fa, sizeof(fa)), lb = text_tok_fold(d, y, fb, sizeof(fb));
    return la > 0 && la == lb && memcmp(fa, fb, (size_t)la) == 0;
}

/* An index of people by the key of their last name, so that a text with many
 * names costs one binary search per word: find_coref's of the mentions (m a
 * mention), select_spans' of the spans (m a span). */
typedef struct tag_coref_key {
    uint64_t key;
    uint32_t m, last; /* mention (or span), its last-name token (or the word of first, below) */
    uint32_t first;   /* 1: the entry is the name's first word; 2: its middle word */
} tag_coref_key;

static int cmp_coref_key(const void *pa, const void *pb) {
    const tag_coref_key *a = pa, *b = pb;
    if (a->key != b->key) return a->key < b->key ? -1 : 1;
    if (a->first != b->first) return a->first < b->first ? -1 : 1;
    return a->m < b->m ? -1 : a->m > b->m;
}

/* First entry of the index ck[0..n) with the key of token i (n when none). */
static size_t coref_first(const tag_ctx *c, const tag_coref_key *ck, size_t n, size_t i) {
    uint64_t key = c->doc.toks[i].key;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ck[mid].key < key) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && ck[lo].key == key ? lo : n;
}

/* select_spans' index of the people chosen so far by the key of their last
 * name, for coref_target: a slot per last name (open addressing, a power of
 * two, emptied per text) with the first mention of it and whether a mention
 * of another person has it too. One probe per one-word name instead of a walk
 * over every mention before it (a text of 20,000 "Putin said" took seconds). */
typedef struct tag_sur_slot {
    uint64_t key;      /* key of the last-name token */
    int32_t m;         /* first mention with this last name, -1 = empty slot */
    uint32_t tok;      /* its last-name token */
    int32_t ambiguous; /* another person has it too */
} tag_sur_slot;

static int sur_reset(tag_ctx *c) {
    size_t n = 16;
    while (n < 2 * c->nspans + 2) n *= 2;
    if (ent_grow(&c->surslots, &c->capsurslots, n, sizeof(tag_sur_slot))) return ENT_ENOMEM;
    for (size_t k = 0; k < n; k++) c->surslots[k].m = -1;
    c->surmask = n - 1;
    return 0;
}

/* The slot of the last name at token k: its own, or the empty one where it
 * would go. */
static tag_sur_slot *sur_slot(const tag_ctx *c, size_t k) {
    const text_doc *d = &c->doc;
    uint64_t key = d->toks[k].key;
    size_t j = gaz_mix64(key) & c->surmask;
    for (;; j = (j + 1) & c->surmask) {
        tag_sur_slot *sl = &c->surslots[j];
        if (sl->m < 0 || (sl->key == key && same_folded(d, sl->tok, k))) return sl;
    }
}

/* Index mention m when it names a person of two words or more (not by
 * coreference): by its last name. */
static void sur_add(tag_ctx *c, const gaz_t *g, size_t m) {
    const tag_mention *mm = &c->ments[m];
    if (mm->ntok < 2 || mm->via == VIA_COREF) return;
    if (tag_went_kind(g, &c->ents[mm->ent]) != KIND_PERSON) return;
    long k = last_name_tok(c, mm);
    if (k < 0) return;
    tag_sur_slot *sl = sur_slot(c, (size_t)k);
    if (sl->m < 0)
        *sl = (tag_sur_slot){c->doc.toks[k].key, (int32_t)m, (uint32_t)k, 0};
    else if (c->ments[sl->m].ent != mm->ent)
        sl->ambiguous = 1;
}

/* Person mention (index) whose last name is the word at token i, chosen
 * before i (select_spans, while the mentions are still being chosen;
 * find_coref uses its own index); -1 when none or ambiguous between two
 * people. */
static long coref_target(const tag_ctx *c, size_t i) {
    const tag_sur_slot *sl = sur_slot(c, i);
    return sl->m < 0 || sl->ambiguous ? -1 : sl->m;
}

/* The last-name keys of the people named by two words or more anywhere in
 * the text (spans), sorted, for other_person_named: built on first use. */
static int person_span_keys(tag_ctx *c, const gaz_t *g, size_t *n) {
    size_t np = 0;
    for (size_t q = 0; q < c->nspans; q++) {
        const tag_span *sp = &c->spans[q];
        if (sp->tend - sp->tbeg < 2 || !person_span(g, sp)) continue;
        if (ent_grow(&c->pkeys, &c->cappkeys, np + 1, sizeof(tag_coref_key))) return ENT_ENOMEM;
        size_t l = name_last_tok(&c->doc, sp->tbeg, sp->tend);
        c->pkeys[np++] = (tag_coref_key){c->doc.toks[l].key, (uint32_t)q, (uint32_t)l, 0};
    }
    if (np > 1) qsort(c->pkeys, np, sizeof(tag_coref_key), cmp_coref_key);
    *n = np;
    return 0;
}

/* Is a person other than gazetteer entity gidx named in the text (a span of
 * two words or more) with the surname at token i? */
static int other_person_named(const tag_ctx *c, size_t npk, size_t i, int32_t gidx) {
    const text_doc *d = &c->doc;
    uint64_t key = d->toks[i].key;
    for (size_t lo = coref_first(c, c->pkeys, npk, i); lo < npk && c->pkeys[lo].key == key;
         lo++) {
        const tag_span *sp = &c->spans[c->pkeys[lo].m];
        if (sp->gidx != gidx && sp->tend != i + 1 && same_folded(d, c->pkeys[lo].last, i))
            return 1;
    }
    return 0;
}

/* Is the speaker's name of span sp the end of person mention m's name, a
 * shorter form of it ("Javier Perez de Cuellar" ... "Perez de Cuellar told")? */
static int name_tail_of(const tag_ctx *c, const tag_span *sp, long m) {
    const tag_mention *mm = &c->ments[m];
    long k = last_name_tok(c, mm);
    if (k < 0 || k + 1 != (long)(mm->tok + mm->ntok)) return 0;
    size_t n = sp->tend - sp->tbeg;
    if (k - (long)mm->tok + 1 <= (long)n) return 0; /* not shorter */
    /* (the words before the last, which coref_target compared) */
    return same_words(&c->doc, (size_t)k + 1 - n, sp->tend - n, (uint32_t)n - 1);
}

/* Does span sp name a ship, right after a prefix such as "USS" in capitals
 * ("USS Harry S. Truman", "USS Iowa")? */
static int ship_named(const tag_ctx *c, const gaz_t *g, const tag_span *sp) {
    const text_doc *d = &c->doc;
    if (sp->tbeg == 0 || (d->toks[sp->tbeg].flags & TOK_NL)) return 0;
    const text_tok *p = &d->toks[sp->tbeg - 1];
    if (p->flags & TOK_ALLCAPS) return text_words_find(&ship_prefixes_set, d, p) >= 0;
    /* a person's name after a noun for a ship: "the aircraft carrier Gerald
     * R. Ford", "the destroyer Arleigh Burke" (a country's may be a clause's
     * subject: "the tanker Iran seized") */
    if (!(p->flags & TOK_LOWER) || !person_span(g, sp)) return 0;
    if (text_tok_is(d, p, "carrier"))
        return sp->tbeg >= 2 && text_tok_is(d, &d->toks[sp->tbeg - 2], "aircraft");
    return text_words_find(&ship_nouns_set, d, p) >= 0;
}

/* A mention of two words or more of gazetteer entity gidx, not by
 * coreference, chosen before token b (select_spans), or -1. */
static long full_mention_before(const tag_ctx *c, int32_t gidx, uint32_t b) {
    for (size_t k = 0; k < c->nments && c->ments[k].tok < b; k++) {
        const tag_mention *mm = &c->ments[k];
        if (mm->ntok >= 2 && mm->via != VIA_COREF && c->ents[mm->ent].gidx == gidx) return (long)k;
    }
    return -1;
}

/* Are the tokens [b, e) words joined by hyphens, no space between ("Ashton-
 * Tate"; not "Nyang'anyi")? */
static int glued_run(const text_doc *d, uint32_t b, uint32_t e) {
    for (uint32_t q = b + 1; q < e; q++)
        if ((d->toks[q].flags & TOK_SPACE) || ((q - b) % 2 == 1 && !tok_char(d, q, '-')))
            return 0;
    return e > b + 1;
}

/* Does gazetteer span sp name a place of one word as the subject of a verb of
 * saying, which a place is not (a country's capital is its government, and
 * so no place here)? A place after a capitalized word ends a company's name
 * ("Canadian Pacific said", "First Wisconsin said"); a town's or a county's
 * name opening a clause is a surname or a company's short form ("Nogales
 * said", "Piedmont said"), which coreference may yet find; but not a state's
 * or a region's ("California said it would sue"), nor after a lowercase word
 * or a comma ("an official in Frankfurt said", "Sioux City, Iowa said"), nor
 * in a text about sports, whose clubs the team rules find. */
static int place_speaks(const tag_ctx *c, const gaz_t *g, const tag_span *sp) {
    const text_doc *d = &c->doc;
    /* (the span's own fields first, the token after it last) */
    if (sp->tend != sp->tbeg + 1 || sp->kind != K_GAZ ||
        (sp->via != VIA_NAME && sp->via != VIA_ALIAS) || c->sports || sp->tend >= d->ntoks ||
        !is_said(d, sp->tend))
        return 0;
    const gaz_entity *e = &g->ents[sp->gidx];
    if (e->kind != KIND_LOCATION) return 0;
    size_t i = sp->tbeg;
    if (i > 0 && !(d->toks[i].flags & TOK_SENT)) {
        const text_tok *p = &d->toks[i - 1];
        if ((p->flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER)) return 1;
        if ((p->flags & TOK_LOWER) || tok_char(d, i - 1, ',') || tok_char(d, i - 1, ')'))
            return 0;
    }
    return e->town;
}

static int select_spans(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    if (sort_spans(c) || sur_reset(c)) return ENT_ENOMEM;
    memset(c->tok_ment, 0xff, d->ntoks * sizeof(int32_t)); /* all -1 */
    c->nments = 0;
    uint32_t next = 0;
    size_t npk = SIZE_MAX; /* person_span_keys, not built yet */
    for (size_t s = 0; s < c->nspans; s++) {
        const tag_span *sp = &c->spans[s];
        if (sp->tbeg < next) continue;
        if (sp->kind == K_MUTE) { /* its words are nobody's, or an event's or a county's */
            next = sp->tend;
            if (sp->type == 'E' || sp->type == 'L') {
                long e = sp->type == 'E' ? went_for(c, g, -1, 'E', sp->tbeg, sp->tend)
                                         : town_went(c, g, sp->tbeg, sp->tend);
                if (e < 0 || add_mention(c, sp->tbeg, sp->tend, e,
                                    sp->type == 'E' ? VIA_EVENT : VIA_TOWN))
                    return ENT_ENOMEM;
            }
            continue;
        }
        if (ship_named(c, g, sp)) { /* "USS Harry S. Truman" is a ship: no coreference either */
            memset(c->blocked + sp->tbeg, 1, sp->tend - sp->tbeg);
            next = sp->tend;
            continue;
        }
        /* A one-word name found after a title or as a speaker may be a later
         * short form of a person found before; so may a known person's
         * surname alone, when the text named another person so ("Kurt
         * Stocker" ... "Stocker said" is not the Chancellor). */
        int surname = sp->kind == K_GAZ && sp->via == VIA_ALIAS && sp->tend - sp->tbeg == 1 &&
                      g->ents[sp->gidx].kind == KIND_PERSON;
        long m = -1; /* the person found before whom the span names again */
        if (sp->tend - sp->tbeg == 1 && (sp->kind == K_TITLE || sp->kind == K_SPEAKER || surname)) {
            m = coref_target(c, sp->tbeg);
            /* the person the gazetteer names so, when the text named them in
             * full before, whoever else has that surname ("Boris Yeltsin" ...
             * "Naina Yeltsin" ... "Yeltsin said") */
            if (surname) {
                long own = full_mention_before(c, sp->gidx, sp->tbeg);
                if (own >= 0) m = own;
            }
            /* another person of that surname later in the text: find_coref
             * decides ("Hayashi said" ... "Ichirou Hayashi") */
            if (m < 0 && surname) {
                if (npk == SIZE_MAX && person_span_keys(c, g, &npk)) return ENT_ENOMEM;
                if (other_person_named(c, npk, sp->tbeg, sp->gidx)) continue;
            }
        } else if (sp->kind == K_SPEAKER || sp->kind == K_TITLE || sp->kind == K_FIRST) {
            /* "Perez de Cuellar told", "the chief negotiator, Saraiva
             * Guerreiro," after "Ramiro Saraiva Guerreiro"; so is a name
             * that starts with a given name ("Thura Zaw spoke" after "Aung
             * Thura Zaw") */
            m = coref_target(c, sp->tend - 1);
            if (m >= 0 && !name_tail_of(c, sp, m)) m = -1;
        }
        if (m >= 0) {
            if (add_mention(c, sp->tbeg, sp->tend, c->ments[m].ent, VIA_COREF)) return ENT_ENOMEM;
            next = sp->tend;
            continue;
        }
        /* a speaker of one hyphenated word that names nobody named before is a
         * company's name more often than a double-barrelled surname
         * ("Ashton-Tate said", "Borg-Warner said"; "Borge Bek-Nielsen" ...
         * "Bek-Nielsen said" is his) */
        if (sp->kind == K_SPEAKER && glued_run(d, sp->tbeg, sp->tend)) continue;
        if (place_speaks(c, g, sp)) continue;
        /* ("Mr Jordan": the title's name, found on the same word) */
        if (sp->kind == K_GAZ && s + 1 < c->nspans && c->spans[s + 1].tbeg == sp->tbeg &&
            c->spans[s + 1].tend == sp->tend && c->spans[s + 1].kind == K_TITLE &&
            g->ents[sp->gidx].kind == KIND_COUNTRY)
            continue;
        long e = went_for(c, g, sp->gidx, sp->type, sp->tbeg, sp->tend);
        if (e < 0) return ENT_ENOMEM;
        if (add_mention(c, sp->tbeg, sp->tend, e, sp->via)) return ENT_ENOMEM;
        sur_add(c, g, c->nments - 1);
        next = sp->tend;
    }
    return 0;
}

/* The person mention (index) whose last name (with first set: first word) is
 * the word at token i, from the index ck[0..n), whose entries with the key of
 * token i start at lo (coref_first): found before i, or with ahead set
 * anywhere in the text. A headline or a lede may name a person by the surname
 * before the story gives the full name ("Araghchi says ..." then "Foreign Minister Abbas Araghchi");
 * such a name is only resolved to people known from the gazetteer or a title,
 * since a name found from a first name alone is too weak to be spread
 * backwards; but with ahead == 2, for a word of a headline, to those too
 * ("SHEARER NAMED CAPTAIN" ... "Alan Shearer"). -1 when none or ambiguous
 * between two people. */
static long coref_lookup(const tag_ctx *c, const tag_coref_key *ck, size_t n, size_t lo,
                         size_t i, int ahead, uint32_t first) {
    const text_doc *d = &c->doc;
    uint64_t key = d->toks[i].key;
    long found = -1;
    for (size_t e = lo; e < n && ck[e].key == key; e++) {
        const tag_mention *mm = &c->ments[ck[e].m];
        if (ck[e].first != first) continue;
        if (mm->tok >= i && !ahead) break; /* sorted by position within a key and kind */
        if (ahead && mm->via != VIA_NAME && mm->via != VIA_ALIAS && mm->via != VIA_TITLE &&
            !(ahead == 2 && mm->via == VIA_FIRSTNAME))
            continue;
        if (!same_folded(d, ck[e].last, i)) continue;
        if (found >= 0 && c->ments[found].ent != mm->ent) return -1;
        if (found < 0) found = (long)ck[e].m;
    }
    return found;
}

/* Mentions [nm, c->nments) were appended out of order: merge them into the
 * mentions before them (both runs are sorted by position) and index the
 * tokens again. */
static int merge_mentions(tag_ctx *c, size_t nm) {
    const text_doc *d = &c->doc;
    if (ent_grow(&c->menttmp, &c->capmenttmp, c->nments, sizeof(tag_mention))) return ENT_ENOMEM;
    tag_mention *mv = c->ments, *tmp = c->menttmp;
    size_t a = 0, b = nm, o = 0;
    while (a < nm || b < c->nments)
        tmp[o++] = b >= c->nments || (a < nm && mv[a].start <= mv[b].start) ? mv[a++] : mv[b++];
    memcpy(mv, tmp, c->nments * sizeof(tag_mention));
    for (size_t k = 0; k < d->ntoks; k++) c->tok_ment[k] = -1;
    for (size_t q = 0; q < c->nments; q++)
        for (uint32_t k = mv[q].tok; k < mv[q].tok + mv[q].ntok; k++) c->tok_ment[k] = (int32_t)q;
    return 0;
}

/* Can the word at token a be the acronym of mention mm ("National Bank of
 * Romania (BNR)", "Petroleos Mexicanos (Pemex)")? In capitals, each of its
 * letters must start a word of the name; otherwise its first letter must
 * start the name. */
static int acronym_fits(const text_doc *d, const tag_mention *mm, size_t a) {
    const text_tok *t = &d->toks[a];
    const char *p = d->text + t->start;
    if (!(t->flags & TOK_ALLCAPS))
        return text_lower[(unsigned char)p[0]] ==
               text_lower[(unsigned char)d->text[d->toks[mm->tok].start]];
    for (uint32_t k = 0; k < t->len; k++) {
        int found = 0;
        for (uint32_t w = mm->tok; w < mm->tok + mm->ntok && !found; w++)
            found = (d->toks[w].flags & TOK_WORD) &&
                    text_lower[(unsigned char)d->text[d->toks[w].start]] ==
                        text_lower[(unsigned char)p[k]];
        if (!found) return 0;
    }
    return 1;
}

/* Does the capitalized word at token i stand alone, as a short form of a
 * name must: after a space (or opening a sentence before a lowercase word,
 * when it is no name the gazetteer knows but a town's: "Goldman said",
 * "Halifax said" after "Halifax Engineering Inc", not "Swansea's Muslims"
 * after "Swansea Bay Race Equality Council"), and not inside a longer
 * name (no capitalized word next to it, nor "Gulf and Western", "Harper and
 * Row", "Secretary of Agriculture", "the District of Delaware"; a title after
 * it is no part of it)? */
static int only_towns(const gaz_t *g, const text_doc *d, uint32_t n, size_t i);

static int stands_alone(const tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[i];
    /* a capitalized word after it only as a title's, one that makes the word
     * no portfolio ("Harvard President Alan Garber"; not "Employment
     * Minister", "District Judge") */
    int upper_next = i + 1 < d->ntoks && (d->toks[i + 1].flags & TOK_UPPER);
    /* (a hyphen joins it to a word: "Blu-ray" after the Blu-Ray Association) */
    if (i + 1 < d->ntoks && tok_char(d, i + 1, '-') && tok_glue(d, i + 1)) return 0;
    if (upper_next) {
        long ti = tag_title_starting_at(c, i + 1);
        if (ti < 0 || portfolio_title(g, &c->titles[ti])) return 0;
    }
    if (t->flags & TOK_SENT) {
        uint32_t n = t->vid >= 0 ? g->etrie.root[t->vid] : 0;
        /* (a verb after it, or an apposition or a clause after a comma:
         * "Paramount, controlled by David Ellison, has") */
        int clause = i + 2 < d->ntoks && tok_char(d, i + 1, ',') &&
                     (d->toks[i + 2].flags & TOK_LOWER);
        if (i + 2 >= d->ntoks || !((d->toks[i + 1].flags & TOK_LOWER) || upper_next || clause) ||
            (n && g->etrie.pay_off[n] < g->etrie.pay_off[n + 1] && !only_towns(g, d, n, i) &&
             !(t->flags & TOK_ALLCAPS))) /* (an acronym: acronym_yields decided) */
            return 0;
        /* (nor an ordinary word the text writes in lowercase more often
         * than alone inside a sentence: "Consumer electronics had a year"
         * after the Consumer Electronics Association, where "consumer
         * technologies" is written; but "Burlington had agreed" where
         * "said Burlington" outweighs a "burlington") */
        int lower = 0, alone = 0;
        for (size_t q = 0; q < d->ntoks; q++) {
            const text_tok *x = &d->toks[q];
            if (x->key != t->key || x->len != t->len) continue;
            if (x->flags & TOK_LOWER) lower++;
            else if (!(x->flags & TOK_SENT) &&
                     !(q + 1 < d->ntoks && (d->toks[q + 1].flags & TOK_UPPER)) &&
                     !(q > 0 && (d->toks[q - 1].flags & TOK_UPPER)))
                alone++;
        }
        if (lower > alone) return 0;
    } else if (!(t->flags & TOK_SPACE)) {
        return 0;
    }
    if (i > 0 && (d->toks[i - 1].flags & TOK_UPPER)) return 0;
    if (i > 1 && (d->toks[i - 2].flags & TOK_UPPER)) {
        const text_tok *j = &d->toks[i - 1];
        if (text_tok_is(d, j, "of") || text_tok_is(d, j, "&")) return 0;
        /* (but after "and" and an organization's name it is a list's next
         * member: "sued Moderna and Novo" after Novo Nordisk; not after a
         * place's: "in London and Chicago" after the Chicago Board of Trade) */
        int32_t pm = c->tok_ment[i - 2];
        if (text_tok_is(d, j, "and") &&
            !(pm >= 0 && tag_went_kind(g, &c->ents[c->ments[pm].ent]) == KIND_ORG))
            return 0;
    }
    if (i + 2 < d->ntoks && text_tok_is(d, &d->toks[i + 1], "of") &&
        (d->toks[i + 2].flags & TOK_UPPER))
        return 0;
    return 1;
}

/* A short form a text may use for an organization or a place: its defining
 * token (an acronym in brackets, or the first word of the name) and the
 * entity it names. */
typedef struct tag_acro {
    uint32_t tok, ent;
    uint32_t first; /* a first word, not an acronym */
} tag_acro;

static int push_short_form(tag_ctx *c, size_t *na, size_t tok, uint32_t ent, int first) {
    if (ent_grow(&c->acros, &c->capacros, *na + 1, sizeof(tag_acro))) return ENT_ENOMEM;
    c->acros[(*na)++] = (tag_acro){(uint32_t)tok, ent, (uint32_t)first};
    return 0;
}

/* Are the aliases that end at entity trie node n, as token i writes them,
 * all towns' (none when n ends no alias; an acronym's only in capitals:
 * "Novo" is not Brazil's "NOVO"; a word only after "the" not alone:
 * "Hartford" is no "The Hartford")? */
static int only_towns(const gaz_t *g, const text_doc *d, uint32_t n, size_t i) {
    const gaz_trie *tr = &g->etrie;
    for (uint32_t p = tr->pay_off[n]; p < tr->pay_off[n + 1]; p++) {
        const gaz_cand *cd = &g->cands[p];
        if (!g->ents[cd->ent].town && cd->casemode != CASE_THE &&
            (cd->casemode != CASE_UPPER || (d->toks[i].flags & TOK_ALLCAPS)))
            return 0;
    }
    return 1;
}

static int spells_initials(const text_doc *d, const tag_mention *mm, size_t a);

/* The words of the name s[0..n) into w: its ASCII letters (lowercased) and
 * digits, a word ending at each other byte; at most TAG_NAME_WORDS words,
 * without "and", "for", "of" and "the" (which names write one way or another:
 * "Office for National Statistics", "Office of National Statistics"). */
#define TAG_NAME_WORDS 12
typedef struct name_words {
    char buf[128];
    uint8_t off[TAG_NAME_WORDS + 1]; /* word k is buf[off[k]..off[k + 1]) */
    int n;
} name_words;

static void end_name_word(name_words *w, size_t *o) {
    static const char *const skip[] = {"and", "for", "of", "the"};
    const char *x = w->buf + w->off[w->n];
    size_t n = *o - w->off[w->n];
    if (!n || w->n >= TAG_NAME_WORDS) return;
    for (size_t k = 0; k < ENT_ARRAY_LEN(skip); k++)
        if (strlen(skip[k]) == n && !memcmp(skip[k], x, n)) {
            *o = w->off[w->n]; /* dropped */
            return;
        }
    w->off[++w->n] = (uint8_t)*o;
}

static void split_name(const char *s, size_t n, name_words *w) {
    size_t o = 0;
    w->n = 0;
    w->off[0] = 0;
    for (size_t i = 0; i < n && o < sizeof(w->buf); i++) {
        unsigned char ch = (unsigned char)s[i];
        if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') w->buf[o++] = (char)(ch | 0x20);
        else if (ch >= '0' && ch <= '9') w->buf[o++] = (char)ch;
        else end_name_word(w, &o);
    }
    end_name_word(w, &o);
}

/* Do the names a and b (split_name) name one organization as a text may
 * write it: the letters of one start the letters of the other ("Taiwan
 * Semiconductor Manufacturing Co", "Taiwan Semiconductor Manufacturing
 * Company"; "South-East", "Southeast"), or the words are the same but one
 * pair that shares its first four letters ("Free Democrat Party", "Free
 * Democratic Party")? */
static int same_org_name(const name_words *a, const name_words *b) {
    size_t la = a->off[a->n], lb = b->off[b->n];
    if (!la || !lb) return 0;
    if (!memcmp(a->buf, b->buf, la < lb ? la : lb)) return 1;
    if (a->n != b->n) return 0;
    int differ = 0;
    for (int k = 0; k < a->n; k++) {
        size_t na = (size_t)(a->off[k + 1] - a->off[k]);
        size_t nb = (size_t)(b->off[k + 1] - b->off[k]);
        const char *x = a->buf + a->off[k], *y = b->buf + b->off[k];
        if (na == nb && !memcmp(x, y, na)) continue;
        if (differ++ || na < 4 || nb < 4 || memcmp(x, y, 4)) return 0;
    }
    return 1;
}

/* The words of the text's name at bytes [start, end) in *a and of known
 * entity gidx's name in *b (split_name); returns the entity. */
static const gaz_entity *split_both(const gaz_t *g, int32_t gidx, const char *text,
                                    uint32_t start, uint32_t end, name_words *a, name_words *b) {
    const gaz_entity *ge = &g->ents[gidx];
    split_name(text + start, end - start, a);
    split_name(ge->name, ge->name_len, b);
    return ge;
}

/* Is the known entity gidx called, by its name or an alias, what the text
 * writes at bytes [start, end) (same_org_name)? */
static int known_as(const gaz_t *g, int32_t gidx, const char *text, uint32_t start,
                    uint32_t end) {
    name_words a, b;
    const gaz_entity *ge = split_both(g, gidx, text, start, end, &a, &b);
    if (same_org_name(&a, &b)) return 1;
    for (uint32_t k = 0; k < ge->naliases; k++) {
        split_name(ge->aliases[k], strlen(ge->aliases[k]), &b);
        if (same_org_name(&a, &b)) return 1;
    }
    return 0;
}

/* How many words (split_name's) the text's name start..end shares with
 * gazetteer entity gidx's name, each counted once, the first four letters
 * compared ("Freedom Party" and "Party for Freedom": 2; "Singapore National
 * Printers" and "Scottish National Party": 1). */
static int shared_name_words(const gaz_t *g, int32_t gidx, const char *text, uint32_t start,
                             uint32_t end) {
    name_words a, b;
    split_both(g, gidx, text, start, end, &a, &b);
    int n = 0;
    for (int i = 0; i < a.n; i++) {
        size_t la = (size_t)(a.off[i + 1] - a.off[i]);
        for (int k = 0; k < b.n; k++) {
            size_t lb = (size_t)(b.off[k + 1] - b.off[k]), l = la < 4 ? la : 4;
            if (la >= 3 && lb >= l && !memcmp(a.buf + a.off[i], b.buf + b.off[k], l)) {
                n++;
                break;
            }
        }
    }
    return n;
}

/* A short form in brackets after an organization's name of its first word
 * and an acronym of the rest ("the Africa Centres for Disease Control and
 * Prevention (Africa CDC)"): the first word's mention there (a place's, "Africa")
 * becomes the organization's, over both words. */
static void bracket_word_acronyms(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *mm = &c->ments[m];
        size_t q = mm->tok + mm->ntok, a = q + 1;
        if (mm->ntok < 3 || q + 3 >= d->ntoks || !tok_char(d, q, '(') || !tok_char(d, q + 3, ')'))
            continue;
        long ma = c->tok_ment[a];
        const text_tok *x = &d->toks[a + 1];
        if (ma < 0 || c->ments[ma].ntok != 1 || c->tok_ment[a + 1] >= 0 ||
            tag_went_kind(g, &c->ents[mm->ent]) != KIND_ORG || !same_tok(d, a, mm->tok) ||
            (x->flags & (TOK_ALLCAPS | TOK_DIGIT | TOK_SPACE)) != (TOK_ALLCAPS | TOK_SPACE) ||
            x->len < 2 || x->len > 6)
            continue;
        tag_mention *mk = &c->ments[ma];
        c->ents[mk->ent].count--, c->ents[mm->ent].count++;
        mk->ent = mm->ent, mk->via = VIA_COREF, mk->ntok = 2, mk->end = x->end;
        c->tok_ment[a + 1] = (int32_t)ma;
    }
}

/* Every mention of working entity from becomes one of entity to (a name the
 * text wrote otherwise), and its count goes with them (the passes after read
 * it: merge_bare_bodies, brussels_union; the result counts them again:
 * build_result). */
static void move_mentions(tag_ctx *c, uint32_t from, uint32_t to) {
    for (size_t k = 0; k < c->nments; k++)
        if (c->ments[k].ent == from) c->ments[k].ent = to;
    c->ents[to].count += c->ents[from].count;
    c->ents[from].count = 0;
}

/* An organization's name followed by an acronym in brackets that spells its
 * initials and that the gazetteer knows as another organization's: the text
 * says what the acronym stands for.
 * - When the gazetteer knows that organization by the name the text writes
 *   (known_as), the name the rules found is that one: "Taiwan Semiconductor
 *   Manufacturing Co (TSMC)" is TSMC, not a second company; every mention of
 *   the found one moves to it.
 * - Otherwise the acronym, there and later in the text, is the named one's:
 *   "the Economic Planning Agency (EPA)" is no Environmental Protection
 *   Agency, "Arab Banking Corp (ABC)" no ABC News, "Mubarak's National
 *   Democratic Party (NDP)" no Canadian party. */
static void bracket_acronyms(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *mm = &c->ments[m];
        size_t q = mm->tok + mm->ntok, a = q + 1;
        if (mm->ntok < 2 || q + 2 >= d->ntoks || !tok_char(d, q, '(') ||
            !tok_char(d, q + 2, ')'))
            continue;
        long ma = c->tok_ment[a];
        if (ma < 0 || c->ments[ma].ntok != 1 || c->ments[ma].ent == mm->ent) continue;
        const tag_went *name = &c->ents[mm->ent], *acro = &c->ents[c->ments[ma].ent];
        if (acro->gidx < 0 || tag_went_kind(g, name) != KIND_ORG ||
            tag_went_kind(g, acro) != KIND_ORG || !(d->toks[a].flags & TOK_ALLCAPS))
            continue;
        /* (a name found by a rule before a known acronym it does not spell,
         * sharing two words with its organization's name, is that name
         * written otherwise: "the Freedom Party (PVV)", the Party for
         * Freedom; "the International Cocoa Organization (ICCO)"; not
         * "Singapore National Printers Ltd (SNP)", "Popular Alliance (AP)") */
        int spells = spells_initials(d, mm, a);
        int other_words = !spells && name->gidx < 0 &&
                          shared_name_words(g, acro->gidx, d->text, mm->start, mm->end) >= 2;
        if (!spells && !other_words) continue;
        uint32_t from = mm->ent, to = c->ments[ma].ent;
        if (name->gidx < 0 && (other_words || known_as(g, acro->gidx, d->text, mm->start, mm->end))) {
            move_mentions(c, from, to);
            continue;
        }
        for (size_t k = (size_t)ma; k < c->nments; k++) {
            tag_mention *mk = &c->ments[k];
            if (mk->ent == to && mk->ntok == 1 && same_tok(d, mk->tok, a)) {
                mk->ent = from;
                mk->via = VIA_COREF;
            }
        }
    }
}

/* A club of the gazetteer, named in full in a text about sport, is named by
 * the other words of its name too ("Real Madrid" ... "Madrid coach Carlo
 * Ancelotti", "Manchester City" ... "City manager Pep Guardiola"): each
 * capitalized word after the first, three letters or more, no stop word or
 * legal form, a short form (the first word is one by the general rule). A
 * word two clubs share names neither (short_form_at): "Manchester" of City
 * and United. Returns 0 or ENT_ENOMEM. */
static int club_short_forms(tag_ctx *c, const gaz_t *g, const tag_mention *mm, size_t *na) {
    const text_doc *d = &c->doc;
    const tag_went *w = &c->ents[mm->ent];
    if (w->gidx < 0 || g->ents[w->gidx].sub != SUB_CLUB) return 0;
    for (size_t f = mm->tok + 1; f < mm->tok + mm->ntok; f++) {
        const text_tok *t = &d->toks[f];
        if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_DIGIT)) ==
                (TOK_WORD | TOK_UPPER) &&
            t->len >= 3 && !(c->cls[f] & (W_STOP | W_ORGSUFFIX | W_TITLESTART)) &&
            push_short_form(c, na, f, mm->ent, 1))
            return ENT_ENOMEM;
    }
    return 0;
}

/* Short forms of organizations and places the text may use later, in
 * c->acros[0..*nout), from their names of two words or more: an acronym
 * defined in brackets after the name ("the Kurdistan Workers' Party (PKK)"),
 * and the first word of an organization's name ("Magna International" ...
 * "Magna") when it is a capitalized word that is no stop word, title or
 * organization word (a given name may be one: "Harvard University" ...
 * "Harvard President X", "Merrill Lynch" ... "Merrill"; stands_alone keeps
 * a person's name out), and no name by itself but a town's
 * ("Piedmont Aviation Inc" ... "Piedmont": only_towns); in a text about
 * sport, a club's later words (club_short_forms) and the one word of a team
 * found by its results. Returns 0 or ENT_ENOMEM. */
static int collect_short_forms(tag_ctx *c, const gaz_t *g, size_t *nout) {
    const text_doc *d = &c->doc;
    size_t na = 0;
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *mm = &c->ments[m];
        int kind = tag_went_kind(g, &c->ents[mm->ent]);
        if (mm->ntok < 2 || kind == KIND_PERSON) continue;
        size_t q = mm->tok + mm->ntok;
        /* (maybe after the company's stock code: "The Adelaide Steamship Co
         * Ltd <ADSA.S> (Adsteam)") */
        if (kind == KIND_ORG && tag_ticker_at(d, q, d->ntoks, 1))
            q += tok_char(d, q + 2, '>') ? 3 : 5;
        /* (or past the angle brackets round its name: "<Gulf International
         * Bank BSC> (GIB)") */
        else if (kind == KIND_ORG && q < d->ntoks && tok_char(d, q, '>') && mm->tok > 0 &&
                 tok_char(d, mm->tok - 1, '<'))
            q++;
        size_t a = q + 1;
        if (q + 2 < d->ntoks && tok_char(d, q, '(') && tok_char(d, q + 2, ')')) {
            const text_tok *t = &d->toks[a];
            if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_NONASCII | TOK_DIGIT)) ==
                    (TOK_WORD | TOK_UPPER) &&
                t->len >= 2 && t->len <= 8 && c->tok_ment[a] < 0 &&
                (acronym_fits(d, mm, a) ||
                 /* (an organization's in capitals whatever its letters: they
                  * may spell its name in its own language, "the Party of
                  * Democratic Action (SDA)") */
                 (kind == KIND_ORG && (t->flags & TOK_ALLCAPS) && t->len <= 6)) &&
                push_short_form(c, &na, a, mm->ent, 0))
                return ENT_ENOMEM;
        }
        if (kind != KIND_ORG) continue;
        if (c->sports && club_short_forms(c, g, mm, &na)) return ENT_ENOMEM;
        /* (a newspaper's first word is its town's or its people's: "the
         * Jewish Chronicle", "the Newcastle Evening Chronicle") */
        if (text_words_find(&paper_words_set, d, &d->toks[mm->tok + mm->ntok - 1]) >= 0) continue;
        /* past the initials that open a firm's name: "G.D. Searle and Co" ... "Searle",
         * and a given name before them: "Kurt A. Becher GmbH" ... "Becher" */
        size_t f = mm->tok, me = mm->tok + mm->ntok;
        /* an acronym opening an organization's name that a rule found
         * ("CPC International Inc" ... "CPC shares rose"): a short form, even
         * where the gazetteer knows the letters as a body's (acronym_yields) */
        const text_tok *t0 = &d->toks[f];
        if (mm->via == VIA_KEYWORD && c->ents[mm->ent].gidx < 0 &&
            (t0->flags & (TOK_WORD | TOK_ALLCAPS | TOK_DIGIT)) == (TOK_WORD | TOK_ALLCAPS) &&
            t0->len >= 2 && t0->len <= 6) {
            /* (a company's, by its legal form: not "the CPC Central Committee",
             * a body of the party) */
            int firm = 0, two = 0; /* (nor two firms' names "and" joins, the
                                    * second a known one: "EDS and Hughes
                                    * Aircraft Co"; but "LCP Chemicals and
                                    * Plastics Inc") */
            for (size_t q = f + 1; q < me; q++) {
                firm |= legal_form(d, q) != 0;
                two |= (is_and(d, q) || tok_char(d, q, '&')) && q + 1 < me && gaz_span_at(c, q + 1);
            }
            firm &= !two;
            if (firm && push_short_form(c, &na, f, mm->ent, 1)) return ENT_ENOMEM;
            continue;
        }
        if ((c->cls[f] & W_FIRSTNAME) && d->toks[f].len > 1 && initial_at(c, f + 1, me)) f++;
        f = past_initials(c, f, me);
        const text_tok *t = &d->toks[f];
        if ((t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_DIGIT)) != (TOK_WORD | TOK_UPPER) ||
            t->len < 3 || (c->cls[f] & (W_STOP | W_TITLESTART | W_ORGSUFFIX | W_ORGHEAD |
                                         W_COMMON | W_PARTICLE)))
            continue;
        /* (nor a plural noun's possessive: "the Bankers' Federation" ...
         * "Bankers contacted by Reuters") */
        if (f + 1 < me && tok_apos(d, f + 1) && !(d->toks[f + 1].flags & TOK_SPACE)) continue;
        if (t->vid >= 0 && g->etrie.root[t->vid] && !only_towns(g, d, g->etrie.root[t->vid], f))
            continue; /* a name by itself: the gazetteer decides it, but a town
                       * yields to the organization ("Bethlehem Steel Corp" ...
                       * "Bethlehem has", as it yields to a person's surname) */
        /* (nor a town, the first of two names "and" joins: "Birmingham and
         * Midlands Institute" ... "Birmingham councillors"; but "Cable and
         * Wireless" ... "Cable") */
        if (t->vid >= 0 && g->etrie.root[t->vid] && f + 1 < d->ntoks &&
            g->etrie.pay_off[g->etrie.root[t->vid]] < g->etrie.pay_off[g->etrie.root[t->vid] + 1] &&
            (is_and(d, f + 1) || tok_char(d, f + 1, '&')))
            continue;
        if (push_short_form(c, &na, f, mm->ent, 1)) return ENT_ENOMEM;
    }
    /* a team found by its results or fixtures names it again alone ("Chelsea
     * beat Arsenal 2-1" ... "Chelsea manager Jose Mourinho"), unless the word
     * is already another's short form ("AC Milan" ... "Milan") */
    size_t nfull = na;
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *mm = &c->ments[m];
        if (mm->ntok != 1 ||
            (mm->via != VIA_TEAM && (mm->via != VIA_KEYWORD || c->ents[mm->ent].gidx >= 0)) ||
            tag_went_kind(g, &c->ents[mm->ent]) != KIND_ORG)
            continue;
        size_t k = 0;
        while (k < nfull && !same_tok(d, c->acros[k].tok, mm->tok)) k++;
        if (k == nfull && push_short_form(c, &na, mm->tok, mm->ent, 1)) return ENT_ENOMEM;
    }
    *nout = na;
    return 0;
}

/* Does a comma and a state or country follow token i ("Irvine, Calif.",
 * "Kent, England"), as they follow a town? */
static int town_then_region(const tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    if (i + 2 >= d->ntoks || !tok_char(d, i + 1, ',') || c->tok_ment[i + 2] < 0) return 0;
    const tag_mention *rm = &c->ments[c->tok_ment[i + 2]];
    int32_t gi = c->ents[rm->ent].gidx;
    if (rm->tok != i + 2 || gi < 0 || rm->via == VIA_DEMONYM) return 0;
    const gaz_entity *e = &g->ents[gi];
    return e->kind == KIND_COUNTRY || (e->kind == KIND_LOCATION && e->sub == SUB_STATE);
}

/* The entity that capitalized token i names as one of the short forms
 * c->acros[0..na) (the bracketed acronym itself, or the same word written the
 * same way later), or -1; -1 too when it could name two. */
static long short_form_at(const tag_ctx *c, const gaz_t *g, size_t i, size_t na) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[i];
    long hit = -1;
    for (size_t k = 0; k < na; k++) {
        const tag_acro *ak = &c->acros[k];
        if (i < ak->tok || t->key != d->toks[ak->tok].key || !same_tok(d, i, ak->tok)) continue;
        if (ak->first && !stands_alone(c, g, i)) continue;
        /* the name goes on as it went: "Cable and Wireless" again is the
         * whole name, not "Cable" */
        if (ak->first && i + 2 < d->ntoks && ak->tok + 2 < d->ntoks &&
            same_tok(d, i + 1, ak->tok + 1) && same_tok(d, i + 2, ak->tok + 2))
            continue;
        if (hit >= 0 && c->acros[hit].ent != ak->ent) return -1; /* two organizations */
        hit = (long)k;
    }
    return hit < 0 ? -1 : (long)c->acros[hit].ent;
}

/* Is the capitalized word at token i no part of a longer name: no
 * capitalized word right before it (but at a sentence's start) or after it,
 * and no hyphen or apostrophe joining it to a word ("Kilroy-Silk")? */
static int alone_in_names(const text_doc *d, size_t i) {
    if (i > 0 && !(d->toks[i].flags & TOK_SENT) && (d->toks[i - 1].flags & TOK_UPPER)) return 0;
    if (i > 0 && tok_glue(d, i - 1) && !(d->toks[i].flags & TOK_SPACE)) return 0;
    /* (a possessive leaves it alone: "Wang's arrest") */
    return !(i + 1 < d->ntoks && ((d->toks[i + 1].flags & TOK_UPPER) ||
                                  (tok_glue(d, i + 1) && !is_possessive(d, i + 1))));
}

/* Is token i a month's name or its abbreviation as dates write it, before a
 * number or an abbreviation's full stop ("Jan. 12", "Jan 2027", "May 5"; "Jan
 * Kovarik" ... "Jan" alone elsewhere is no date)? */
static int date_word_at(const text_doc *d, size_t i) {
    if (i + 1 >= d->ntoks) return 0;
    if (d->toks[i + 1].flags & TOK_DIGIT) return 1;
    return tok_char(d, i + 1, '.') && !(d->toks[i + 1].flags & TOK_SPACE) && i + 2 < d->ntoks &&
           (d->toks[i + 2].flags & TOK_DIGIT);
}

/* Does mention mm open with an East Asian family name, which refers to the
 * person alone and after a title ("Lee Jae-myung" ... "Lee's", "Mr Lee")
 * (family_first_at)? */
static int family_first(const tag_ctx *c, const tag_mention *mm) {
    return family_first_at(c, mm->tok, mm->ntok, mm->via);
}

/* May the first word of person mention mm name the person alone later? It
 * may when the name has two or three words (a hyphenated word is one) and
 * starts with a capitalized word of two letters or more that is no stop word,
 * title or particle:
 * - when that word is no known given name ("Qiao Renmin" ... "Qiao", "Jansher
 *   Khan" ... "Jansher"), for a name from the gazetteer, after a title or
 *   before a nationality (one found before "said" is too often a company's:
 *   "Highwood Resources said" ... "Highwood shares");
 * - when it is one, for two words shaped like a Chinese name (see below), and
 *   for a name of two words whose given name is no ordinary word or name by
 *   itself and whose second word is no word of organizations' names ("Wasim
 *   Akram" ... "Wasim, the captain,");
 * - always for the family name that starts an East Asian name found by its
 *   shape (syllable_name_at) or known in it (family_first). */
static int first_word_refers(const tag_ctx *c, const tag_mention *mm) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[mm->tok];
    if (family_first(c, mm)) return 1;
    /* (a hyphenated word is one: "Banharn Silpa-archa" ... "Banharn") */
    uint32_t words = glued_words(d, mm->tok, mm->tok + mm->ntok);
    if (words > 3 || (t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_DIGIT)) !=
                            (TOK_WORD | TOK_UPPER) || t->len < 2)
        return 0;
    uint32_t k = c->cls[mm->tok];
    if (k & (W_STOP | W_TITLESTART | W_PARTICLE)) return 0;
    int via_ok = mm->via == VIA_NAME || mm->via == VIA_ALIAS || mm->via == VIA_TITLE ||
                 mm->via == VIA_NATIONALITY;
    if (!(k & W_FIRSTNAME)) return via_ok;
    /* a given name elsewhere, but the family name of a name of two words
     * shaped like a Chinese one, one syllable then one or two ("Wang
     * Donghai", "Xiao Qiang"), however the name was found */
    if ((via_ok || mm->via == VIA_FIRSTNAME) && mm->ntok == 2 && (k & W_SYLLABLE) &&
        (d->toks[mm->tok + 1].flags & TOK_UPPER) && syllables12(d, mm->tok + 1))
        return 1;
    /* and the given name of a name of two words found so, no ordinary word
     * ("Wasim Akram" ... "Wasim, the captain,", "Banharn Silpa-archa" ...
     * "Banharn", a given name as the gazetteer's people have it; "Kim
     * Clijsters" ... "Kim had considered returning": sport and quotes name
     * people so), but where the second word is one of companies' names
     * ("Williams Cos", "Mac Format": no people) */
    return (via_ok || mm->via == VIA_FIRSTNAME) && words == 2 && !tok_glue(d, mm->tok + 1) &&
           !(k & (W_COMMON | W_ENTWHOLE)) && /* (not "Israel Katz" ... "Israel agreed") */
           !(c->cls[mm->tok + 1] & (W_ORGSUFFIX | W_ORGHEAD)) && !legal_form(d, mm->tok + 1);
}

/* May the middle word of person mention mm name the person alone later? It
 * may for a name of three words, a known given name, then a capitalized word
 * of three letters or more that is no given name, ordinary word, particle,
 * title's word nor a name by itself, then the last name ("Issa Tchiroma
 * Bakary" ... "Tchiroma, a former ally"): many peoples' names put the name a
 * person goes by there. Not a name found by its syllables ("Kim Jong Un"). */
static int middle_word_refers(const tag_ctx *c, const tag_mention *mm) {
    const text_doc *d = &c->doc;
    uint32_t w = mm->tok + 1;
    const text_tok *t = &d->toks[w];
    return mm->ntok == 3 && mm->via != VIA_SYLLABLES && (c->cls[mm->tok] & W_FIRSTNAME) &&
           (t->flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS | TOK_DIGIT)) == (TOK_WORD | TOK_UPPER) &&
           t->len >= 3 && (d->toks[w].flags & TOK_SPACE) && (d->toks[w + 1].flags & TOK_SPACE) &&
           !(c->cls[w] & (W_STOP | W_TITLESTART | W_PARTICLE | W_FIRSTNAME | W_COMMON |
                          W_ENTWHOLE | W_SYLLABLE)) &&
           last_name_tok(c, mm) == (long)w + 1;
}

/* Is mention mm two words shaped like a Chinese or Korean name, one syllable
 * then one or two, the second no given name, whose first a title may come
 * before ("Park Seung" ... "Mr Park", "Li Peng" ... "Mr Li"; not "Tom Lee" ...
 * "Mr Tom")? (Asked only there: the shape costs a few calls of
 * text_syllable.) */
static int family_pair(const tag_ctx *c, const tag_mention *mm) {
    const text_doc *d = &c->doc;
    return mm->ntok == 2 && (d->toks[mm->tok + 1].flags & TOK_UPPER) &&
           !(c->cls[mm->tok + 1] & W_FIRSTNAME) && syllable(d, mm->tok) &&
           syllables12(d, mm->tok + 1);
}

/* Is the mention at token i joined by "and" or "or" to a country's or a
 * place's ("Ireland and Scotland")? */
static int listed_with_place(const tag_ctx *c, const gaz_t *g, uint32_t i) {
    const text_doc *d = &c->doc;
    for (int dir = -1; dir <= 1; dir += 2) {
        long sep = (long)i + dir, o = (long)i + 2 * dir;
        if (o < 0 || (size_t)o >= d->ntoks ||
            !(text_tok_is(d, &d->toks[sep], "and") || text_tok_is(d, &d->toks[sep], "or")))
            continue;
        long om = c->tok_ment[o];
        int kind = om >= 0 ? tag_went_kind(g, &c->ents[c->ments[om].ent]) : -1;
        if (kind == KIND_COUNTRY || kind == KIND_LOCATION) return 1;
    }
    return 0;
}

/* Does the text name working entity e, a country, only by one-word names
 * that could be a surname: no demonym or capital ("Indian", "New Delhi"), no
 * longer name ("the Netherlands"), no name after a preposition of place ("in
 * Jordan") or "of" ("King Abdullah of Jordan", not "of Jordan's films") or
 * listed with another country ("Ireland and Scotland")? state[e]
 * caches the answer: 0 not yet known, 1 yes, 2 no. */
static int country_only_named(const tag_ctx *c, const gaz_t *g, uint32_t e, uint8_t *state) {
    if (!state[e]) {
        state[e] = 1;
        for (size_t m = 0; m < c->nments && state[e] == 1; m++) {
            const tag_mention *mm = &c->ments[m];
            if (mm->ent == e && (mm->ntok != 1 || (mm->via != VIA_NAME && mm->via != VIA_ALIAS) ||
                                 after_place_prep(&c->doc, mm->tok) ||
                                 after_of(&c->doc, mm->tok) ||
                                 listed_with_place(c, g, mm->tok)))
                state[e] = 2;
        }
    }
    return state[e] == 1;
}

/* May mention m, a place or a people named in one word, be a surname found
 * before it in the text ("Donald Houston" ... "Houston said"), which
 * find_coref puts in its place? A town may unless a preposition of place
 * comes before it ("in Houston"); a country only where the text does not name
 * it as the country (country_only_named: "Neil Jordan" ... "Jordan said", but
 * not "Aero India" ... "India could spend" in a text that says "India's
 * defence minister"); a people's word where it is no adjective. */
static int surname_mention(const tag_ctx *c, const gaz_t *g, long m, uint8_t *state) {
    const tag_mention *mm = &c->ments[m];
    const tag_went *w = &c->ents[mm->ent];
    if (mm->ntok != 1 || w->gidx < 0) return 0;
    /* (a capital too: "Valeska Paris" ... "Paris claims", not "in Paris") */
    if (mm->via == VIA_CAPITAL) return !after_place_prep(&c->doc, mm->tok);
    /* (a people's word, where no lowercase word but a verb follows it, or
     * "of" and a name: "Ron English" ... "English said", "F. Wilhelm
     * Christians" ... "Christians told", "James Christian" ... "Christian of
     * the U.S. League"; not "English bonds") */
    if (mm->via == VIA_DEMONYM || g->ents[w->gidx].kind == KIND_OTHER) {
        const text_doc *d = &c->doc;
        size_t k = mm->tok + 1;
        if (k + 2 < d->ntoks && text_tok_is(d, &d->toks[k], "of")) {
            size_t n = k + 1 + text_tok_is(d, &d->toks[k + 1], "the");
            return n < d->ntoks &&
                   (d->toks[n].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER);
        }
        return k >= d->ntoks || !(d->toks[k].flags & TOK_LOWER) || is_said(d, k) ||
               past_tense(d, k);
    }
    if (mm->via != VIA_NAME && mm->via != VIA_ALIAS) return 0;
    if (g->ents[w->gidx].kind == KIND_COUNTRY) return country_only_named(c, g, mm->ent, state);
    /* (a company's one word in a text about sport, as a speaker, an owner
     * or the subject of a verb in the past or of "who": a player's or a
     * coach's surname there, "Juan Carlos Ferrero" ... "Ferrero admitted",
     * "Vincent Candela" ... "said Candela, who", "Candela's arrival"; not
     * "Tony Roche praised Roche for funding the tournament"; elsewhere the
     * firm a founder named is as likely: "Robert Bosch" ... "Bosch said") */
    if (c->sports && g->ents[w->gidx].kind == KIND_ORG && g->ents[w->gidx].company) {
        const text_doc *d = &c->doc;
        size_t i = mm->tok, k = i + 1;
        return (k < d->ntoks && (is_said(d, k) || past_tense(d, k) || is_possessive(d, k))) ||
               (i > 0 && (text_tok_is(d, &d->toks[i - 1], "said") ||
                          text_tok_is(d, &d->toks[i - 1], "says"))) ||
               (k + 1 < d->ntoks && tok_char(d, k, ',') && text_tok_is(d, &d->toks[k + 1], "who"));
    }
    return g->ents[w->gidx].town && !after_place_prep(&c->doc, mm->tok);
}

/* Is mention m one word that names an organization the rules found, not
 * the gazetteer? */
static int discovered_word_org(const tag_ctx *c, const gaz_t *g, long m) {
    const tag_mention *mm = &c->ments[m];
    return mm->ntok == 1 && c->ents[mm->ent].gidx < 0 &&
           tag_went_kind(g, &c->ents[mm->ent]) == KIND_ORG;
}

/* Does mention m, one word in capitals that the gazetteer gives a body that
 * is no company or news organization ("CPC", the Chinese Communist Party's),
 * yield to a short form of an organization named in the text ("CPC
 * International Inc" ... "CPC earned")? Not where the text names the body
 * in full too. */
static int acronym_yields(const tag_ctx *c, const gaz_t *g, long m) {
    const tag_mention *mm = &c->ments[m];
    const tag_went *w = &c->ents[mm->ent];
    if (mm->ntok != 1 || w->gidx < 0 || !(c->doc.toks[mm->tok].flags & TOK_ALLCAPS) ||
        g->ents[w->gidx].kind != KIND_ORG || tag_firm_or_media(&g->ents[w->gidx]))
        return 0;
    for (size_t k = 0; k < c->nments; k++)
        if (c->ments[k].ent == mm->ent && c->ments[k].ntok > 1) return 0;
    return 1;
}

/* Is mention m one word that names a person the title rule found, not the
 * gazetteer ("President Reagan" before "Ronald Reagan")? */
static int titled_surname(const tag_ctx *c, const gaz_t *g, long m) {
    const tag_mention *mm = &c->ments[m];
    return mm->ntok == 1 && mm->via == VIA_TITLE && c->ents[mm->ent].gidx < 0 &&
           tag_went_kind(g, &c->ents[mm->ent]) == KIND_PERSON;
}

/* The person that titled word tm names when "Sir" or "Dame" comes before it:
 * a knight or a dame goes by the given name ("Sir Keir Starmer" ... "Sir
 * Keir"), so the one person named with two words or more, anywhere in the
 * text, whose first word it is, or a person of the gazetteer named by a
 * shorter form whose name it opens ("Mr Starmer ... Sir Keir"); -1 when none
 * or more than one. */
static long knight_named(const tag_ctx *c, const gaz_t *g, long tm) {
    const text_doc *d = &c->doc;
    size_t i = c->ments[tm].tok;
    if (i == 0 || !(d->toks[i - 1].flags & TOK_UPPER) ||
        (!text_tok_is(d, &d->toks[i - 1], "Sir") && !text_tok_is(d, &d->toks[i - 1], "Dame")))
        return -1;
    long found = -1;
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *mm = &c->ments[m];
        if (mm->via == VIA_COREF || (long)m == tm ||
            tag_went_kind(g, &c->ents[mm->ent]) != KIND_PERSON)
            continue;
        int32_t gi = c->ents[mm->ent].gidx;
        const char *gn = gi >= 0 ? g->ents[gi].name : NULL;
        if (!(mm->ntok >= 2 && same_folded(d, mm->tok, i)) &&
            !(gn && !strncasecmp(gn, d->text + d->toks[i].start, d->toks[i].len) &&
              gn[d->toks[i].len] == ' '))
            continue;
        if (found >= 0 && c->ments[found].ent != mm->ent) return -1;
        found = (long)m;
    }
    return found;
}

/* A coreferent mention of entity ent at tokens [b, e): new, or in place of
 * mention tm (-1 when none: a town's, or a titled surname's). */
static int coref_mention(tag_ctx *c, uint32_t b, uint32_t e, long ent, long tm) {
    if (tm < 0) return add_mention(c, b, e, ent, VIA_COREF);
    tag_mention *mm = &c->ments[tm];
    c->ents[mm->ent].count--;
    mm->ent = (uint32_t)ent;
    mm->via = VIA_COREF;
    c->ents[ent].count++;
    return 0;
}

/* Is token i the word after a lowercase particle (or one opening a
 * sentence) and a hyphen that open a family name ("al-Sharaa", "el-Sisi"), no
 * mention covering them? */
static int al_prefix(const tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    /* (capitalized opening a sentence: "Al-Sharaa also met ...") */
    return i >= 2 && tok_char(d, i - 1, '-') && !(d->toks[i - 1].flags & TOK_SPACE) &&
           !(d->toks[i].flags & TOK_SPACE) &&
           (d->toks[i - 2].flags & (TOK_LOWER | TOK_SENT)) &&
           (c->cls[i - 2] & W_PARTICLE) && c->tok_ment[i - 2] < 0 && c->tok_ment[i - 1] < 0;
}

/* Is token i the word after a capital letter and an apostrophe that open a
 * family name ("O'Brien", "D'Alema")? */
static int letter_apos(const text_doc *d, size_t i) {
    return i >= 2 && tok_apos(d, i - 1) && !(d->toks[i - 1].flags & TOK_SPACE) &&
           !(d->toks[i].flags & TOK_SPACE) && d->toks[i - 2].len == 1 &&
           (d->toks[i - 2].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER);
}

/* Is mention m one of a town or of a capital standing for its country, not
 * after a preposition of place ("Madrid's advantage", not "in Madrid")? */
static int town_word_mention(const tag_ctx *c, const gaz_t *g, long m) {
    const tag_mention *mm = &c->ments[m];
    const tag_went *w = &c->ents[mm->ent];
    /* (or a team a rule found by its town's word: "Barcelona's Lamine Yamal"
     * after FC Barcelona) */
    return (mm->via == VIA_CAPITAL || (w->gidx >= 0 && g->ents[w->gidx].town) ||
            (mm->via == VIA_TEAM && w->gidx < 0)) &&
           !after_place_prep(&c->doc, mm->tok);
}

/* The club that the word at token i, a town's or a capital's, names as a
 * short form of c->acros[0..na) (club_short_forms), or -1 (none, two, or a
 * capitalized word after it: "Madrid Open"). */
static long club_short_form_at(const tag_ctx *c, const gaz_t *g, size_t i, size_t na) {
    const text_doc *d = &c->doc;
    if (i + 1 < d->ntoks && (d->toks[i + 1].flags & TOK_UPPER)) return -1;
    long hit = -1;
    for (size_t k = 0; k < na; k++) {
        const tag_acro *ak = &c->acros[k];
        const tag_went *w = &c->ents[ak->ent];
        if (i <= ak->tok || !same_tok(d, i, ak->tok) || w->gidx < 0 ||
            g->ents[w->gidx].sub != SUB_CLUB)
            continue;
        if (hit >= 0 && hit != (long)ak->ent) return -1;
        hit = (long)ak->ent;
    }
    return hit;
}

/* The bit of a key's hash h in a filter of 256 bits (find_coref's names and
 * short forms). */
#define COREF_BIT(set, h) ((set)[((h) >> 6) & 3] & (1ull << ((h) & 63)))
#define COREF_SET(set, h) ((set)[((h) >> 6) & 3] |= 1ull << ((h) & 63))

/* Later one-word mentions of a person's last name ("Khamenei"), and earlier
 * ones (see coref_lookup), or of the first word of the name
 * (first_word_refers); then, in the same walk over the capitalized words,
 * short forms of organizations and places (collect_short_forms). */
static int find_coref(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, nk = 0, na = 0;
    uint32_t t1[16]; /* people named by one word after a title ("Mr Blatter", "Prince Harry") */
    size_t nt1 = 0;
    for (size_t m = 0; m < nm; m++) {
        const tag_mention *mm = &c->ments[m];
        if (mm->ntok == 1 && mm->via == VIA_TITLE && nt1 < ENT_ARRAY_LEN(t1) &&
            (d->toks[mm->tok].flags & (TOK_UPPER | TOK_ALLCAPS)) == TOK_UPPER &&
            d->toks[mm->tok].len > 1 && !(c->cls[mm->tok] & W_COMMON) &&
            tag_went_kind(g, &c->ents[mm->ent]) == KIND_PERSON)
            t1[nt1++] = (uint32_t)m;
        if (mm->ntok < 2 || mm->via == VIA_COREF) continue;
        if (tag_went_kind(g, &c->ents[mm->ent]) != KIND_PERSON) continue;
        long k = last_name_tok(c, mm);
        if (k < 0) continue;
        if (ent_grow(&c->corefs, &c->capcorefs, nk + 3, sizeof(tag_coref_key))) return ENT_ENOMEM;
        /* an East Asian name ends with its given name: "Kwok" alone is not
         * Leung Kwok-hung, "Leung" is (first_word_refers) */
        if (mm->via != VIA_SYLLABLES)
            c->corefs[nk++] = (tag_coref_key){d->toks[k].key, (uint32_t)m, (uint32_t)k, 0};
        if (first_word_refers(c, mm))
            c->corefs[nk++] = (tag_coref_key){d->toks[mm->tok].key, (uint32_t)m, mm->tok, 1};
        if (middle_word_refers(c, mm))
            c->corefs[nk++] = (tag_coref_key){d->toks[mm->tok + 1].key, (uint32_t)m, mm->tok + 1, 2};
    }
    bracket_acronyms(c, g);
    bracket_word_acronyms(c, g);
    if (collect_short_forms(c, g, &na)) return ENT_ENOMEM;
    if (!nk && !na && !nt1) return 0;
    if (nk > 1) qsort(c->corefs, nk, sizeof(tag_coref_key), cmp_coref_key);
    uint8_t *cstate = arena_alloc(c->arena, c->nents + 1); /* country_only_named */
    if (!cstate) return ENT_ENOMEM;
    memset(cstate, 0, c->nents + 1);
    /* filters of the names' and the short forms' keys, a bit per key's hash:
     * most capitalized words are neither, and skip both lookups */
    /* (256 bits each: the given names that refer back fill a text's 64 too
     * often) */
    uint64_t names[4] = {0}, filter[4] = {0};
    for (size_t k = 0; k < nk; k++) COREF_SET(names, gaz_mix64(c->corefs[k].key));
    for (size_t k = 0; k < nt1; k++)
        COREF_SET(names, gaz_mix64(d->toks[c->ments[t1[k]].tok].key));
    for (size_t k = 0; k < na; k++) COREF_SET(filter, gaz_mix64(d->toks[c->acros[k].tok].key));
    size_t added = 0;
    for (size_t ci = 0; ci < c->ncaps; ci++) {
        size_t i = c->caps[ci];
        const text_tok *t = &d->toks[i];
        /* "Sir Keir" after "Sir Keir Starmer" (knight_named) */
        if (i > 0 && (d->toks[i - 1].key == WORD_KEY3('s', 'i', 'r') ||
                      d->toks[i - 1].key == WORD_KEY4('d', 'a', 'm', 'e')) &&
            c->tok_ment[i] >= 0 && titled_surname(c, g, c->tok_ment[i])) {
            long km = knight_named(c, g, c->tok_ment[i]);
            if (km >= 0) {
                long tmk = c->tok_ment[i];
                if (coref_mention(c, (uint32_t)i, (uint32_t)i + 1, c->ments[km].ent, tmk))
                    return ENT_ENOMEM;
                continue;
            }
        }
        uint64_t h = gaz_mix64(t->key);
        int in_names = COREF_BIT(names, h) != 0, in_filter = COREF_BIT(filter, h) != 0;
        if (!(in_names | in_filter)) continue;
        long tm = c->tok_ment[i];
        /* (a word a rule took for an organization of its own may be a short
         * form: "Novo Nordisk" ... "Shares of Novo rose") */
        int own = tm >= 0 && !surname_mention(c, g, tm, cstate),
            titled = own && titled_surname(c, g, tm);
        if (titled) own = 0; /* the person a later full name gives, or itself */
        /* (in a text about sport a town's or a capital's word may be a club's
         * short form: "Madrid coach Carlo Ancelotti" after Real Madrid) */
        int town = tm >= 0 && c->sports && in_filter && c->ments[tm].ntok == 1 &&
                   town_word_mention(c, g, tm);
        /* (a word of the text's own may still be a short form: a one-word
         * organization a rule found, or an acronym a firm's name opens) */
        int yields = own && (discovered_word_org(c, g, tm) || acronym_yields(c, g, tm));
        if (own && !town && !yields) continue;
        long m = -1;
        if (!own && in_names && !(c->cls[i] & W_STOP) && !c->blocked[i] && t->len >= 2 &&
            (!(i > 0 && tok_glue(d, i - 1) && !(t->flags & TOK_SPACE)) || letter_apos(d, i) ||
             al_prefix(c, i))) {
            size_t lo = coref_first(c, c->corefs, nk, i);
            if (lo < nk) { /* somebody has this last name */
                m = coref_lookup(c, c->corefs, nk, lo, i, 0, 0);
                /* a titled surname two people named before share stays
                 * itself ("Doug Smith" ... "Alan Smith" ... "Mr Smith") */
                if (m < 0 && titled && !c->corefs[lo].first &&
                    c->ments[c->corefs[lo].m].tok < i)
                    continue;
                /* the first word only when no last name before is this word,
                 * and only after the full name; before a last name ahead
                 * ("Lee Jae-myung" ... "Lee, speaking" ... "John Lee"); after
                 * a title, an East Asian family name ("Mr Lee") */
                long f = m < 0 && (alone_in_names(d, i) || titled) && !date_word_at(d, i)
                             ? coref_lookup(c, c->corefs, nk, lo, i, 0, 1)
                             : -1;
                if (f >= 0 && (!titled || family_first(c, &c->ments[f]) ||
                               family_pair(c, &c->ments[f]))) {
                    if (coref_mention(c, (uint32_t)i, (uint32_t)i + 1, c->ments[f].ent, tm))
                        return ENT_ENOMEM;
                    added += tm < 0;
                    continue;
                }
                /* the middle word alone, after the full name
                 * (middle_word_refers) */
                f = m < 0 && alone_in_names(d, i) ? coref_lookup(c, c->corefs, nk, lo, i, 0, 2) : -1;
                if (f >= 0) {
                    if (coref_mention(c, (uint32_t)i, (uint32_t)i + 1, c->ments[f].ent, tm))
                        return ENT_ENOMEM;
                    added += tm < 0;
                    continue;
                }
                /* ahead: a headline's surname may be a name the first-name
                 * rule finds in the text below ("SHEARER NAMED CAPTAIN" ...
                 * "Alan Shearer") */
                if (m < 0)
                    m = coref_lookup(c, c->corefs, nk, lo, i,
                                     headline(c, sent_of(c, i)) != HL_NO || title_line(c, i)
                                         ? 2
                                         : 1,
                                     0);
            }
        }
        /* the word of a one-word name after a title before it, alone ("Mr
         * Blatter resigned ... Blatter said"; not two people's) */
        if (m < 0 && tm < 0 && nt1 && !(c->cls[i] & W_STOP) && !c->blocked[i] && t->len >= 2 &&
            alone_in_names(d, i)) {
            long f = -1;
            for (size_t q = 0; q < nt1 && f != -2; q++) {
                const tag_mention *qm = &c->ments[t1[q]];
                if (qm->tok >= i || !same_folded(d, qm->tok, i)) continue;
                if (f >= 0 && c->ments[f].ent != qm->ent) f = -2;
                else f = t1[q];
            }
            if (f >= 0) {
                if (coref_mention(c, (uint32_t)i, (uint32_t)i + 1, c->ments[f].ent, tm))
                    return ENT_ENOMEM;
                added++;
                continue;
            }
        }
        if (m >= 0) {
            /* a surname of several words: "Suu Kyi" for Aung San Suu Kyi */
            uint32_t b = (uint32_t)i;
            const tag_mention *am = &c->ments[m];
            long k = last_name_tok(c, am);
            /* (over the name's words before, particles too in either case:
             * "Van der Westhuizen" for Joost van der Westhuizen) */
            /* (and a hyphen that joins them there too: "Lip-Bu Tan") */
            while (tm < 0 && b > 0 && k > (long)am->tok && c->tok_ment[b - 1] < 0 &&
                   ((d->toks[b - 1].flags & TOK_UPPER) || (c->cls[b - 1] & W_PARTICLE) ||
                    (tok_char(d, b - 1, '-') && tok_glue(d, b - 1) && b > 1 &&
                     !(d->toks[b - 1].flags & TOK_SPACE))) &&
                   same_folded(d, (size_t)k - 1, b - 1)) {
                b--;
                k--;
            }
            /* "O'Brien" for Alex O'Brien: the letter and the apostrophe too,
             * when the name has them */
            if (letter_apos(d, i)) {
                if (!(k >= (long)am->tok + 2 && letter_apos(d, (size_t)k) &&
                      same_folded(d, (size_t)k - 2, i - 2)))
                    continue;
                b = (uint32_t)i - 2;
            }
            /* "al-Sharaa" for Ahmed al-Sharaa: the particle and the hyphen too */
            if (al_prefix(c, i)) b = (uint32_t)i - 2;
            if (coref_mention(c, b, (uint32_t)i + 1, c->ments[m].ent, tm)) return ENT_ENOMEM;
            added += tm < 0;
            continue;
        }
        if (titled || !in_filter) continue;
        long e = town ? club_short_form_at(c, g, i, na) : -1;
        if (e < 0 && (!own || yields)) e = short_form_at(c, g, i, na);
        if (e < 0) continue;
        /* a town the next word says is one stays itself ("local Chicago
         * time" after "the Chicago Board of Trade") */
        if (tm >= 0 && i + 1 < d->ntoks && text_words_find(&town_nouns_set, d, &d->toks[i + 1]) >= 0)
            continue;
        /* nor does one its state or country follows ("its Irvine Commercial
         * Center in Irvine, Calif.") */
        if (town_then_region(c, g, i)) continue;
        if (coref_mention(c, (uint32_t)i, (uint32_t)i + 1, (long)e, tm)) return ENT_ENOMEM;
        added += tm < 0;
    }
    return added ? merge_mentions(c, nm) : 0;
}

static int cmp_mention_start(const void *pa, const void *pb) {
    const tag_mention *a = pa, *b = pb;
    return (a->start > b->start) - (a->start < b->start);
}

/* Do the n letters p spell the initials of the capitalized words of mention mm
 * in order, and all of them ("Amazon Web Services" AWS, "Institute for Fiscal
 * Studies" IFS, "Marks & Spencer" MS; lowercase words such as "for" and "of"
 * aside), or with all, of every word ("Mohammed bin Salman" MBS)? */
static int spells_letters(const text_doc *d, const tag_mention *mm, const char *p, size_t n,
                          int all) {
    size_t k = 0;
    for (uint32_t w = mm->tok; w < mm->tok + mm->ntok; w++) {
        const text_tok *x = &d->toks[w];
        if (!(x->flags & TOK_WORD) || (!all && !(x->flags & TOK_UPPER))) continue;
        if (k >= n ||
            text_lower[(unsigned char)d->text[x->start]] != text_lower[(unsigned char)p[k]])
            return 0;
        k++;
    }
    return k == n;
}

/* Does the word at token a, in capitals, spell the initials of mention mm
 * (spells_letters)? */
static int spells_initials(const text_doc *d, const tag_mention *mm, size_t a) {
    const text_tok *t = &d->toks[a];
    return spells_letters(d, mm, d->text + t->start, t->len, 0);
}

/* The mention, among the first nm mentions and before token i, of the one
 * entity of that kind, of ntok tokens or more, whose initials the n letters p
 * spell (spells_letters: an organization's capitalized words, a person's
 * every word), or -1 (none, or two such entities). */
static long initials_owner(const tag_ctx *c, const gaz_t *g, int kind, uint32_t ntok, size_t nm,
                           size_t i, const char *p, size_t n) {
    long hit = -1;
    for (size_t m = 0; m < nm && c->ments[m].tok < i; m++) {
        const tag_mention *mm = &c->ments[m];
        if (mm->ntok < ntok || tag_went_kind(g, &c->ents[mm->ent]) != kind ||
            !spells_letters(&c->doc, mm, p, n, kind == KIND_PERSON))
            continue;
        if (hit >= 0 && c->ments[hit].ent != mm->ent) return -1;
        hit = (long)m;
    }
    return hit;
}

/* Initials joined by "&" at token i, written as one word ("M&S", "E&Y"; not
 * "R & D"): their letters in buf (NUL-terminated), or 0. */
static size_t amp_initials_at(const text_doc *d, size_t i, char buf[5]) {
    if (i + 2 >= d->ntoks || !tok_char(d, i + 1, '&')) return 0;
    const text_tok *a = &d->toks[i], *z = &d->toks[i + 2];
    unsigned caps = TOK_WORD | TOK_ALLCAPS;
    if ((a->flags & (caps | TOK_DIGIT)) != caps || (z->flags & (caps | TOK_DIGIT)) != caps ||
        a->len > 2 || z->len > 2 || (d->toks[i + 1].flags & TOK_SPACE) || (z->flags & TOK_SPACE) ||
        (i + 3 < d->ntoks && !(d->toks[i + 3].flags & TOK_SPACE) &&
         (d->toks[i + 3].flags & TOK_WORD)))
        return 0;
    memcpy(buf, d->text + a->start, a->len);
    memcpy(buf + a->len, d->text + z->start, z->len);
    buf[a->len + z->len] = '\0';
    return a->len + z->len;
}

/* Is mention m one word in capitals that the gazetteer gives a body that is
 * no company or news organization ("FIA", the motor sport's federation)? */
static int body_acronym_mention(const tag_ctx *c, const gaz_t *g, long m) {
    const tag_mention *mm = &c->ments[m];
    const tag_went *w = &c->ents[mm->ent];
    return mm->ntok == 1 && mm->via != VIA_COREF && w->gidx >= 0 &&
           g->ents[w->gidx].kind == KIND_ORG && !tag_firm_or_media(&g->ents[w->gidx]);
}

/* Acronyms written without brackets after the name they stand for
 * ("Amazon Web Services ... AWS chief executive Matt Garman"): a word of
 * three to six capital letters that no mention covers, spelling the initials
 * of one organization named before it (spells_initials) and of no other, or
 * of three or four, of one person's words ("Mohammed bin Salman" ... "MBS").
 * So is one the gazetteer gives a body (body_acronym_mention) where that
 * organization is the text's own, which the rules found and the gazetteer
 * does not know ("the Futures Industry Association, FIA" is no motor sport
 * federation). Returns 0 or ENT_ENOMEM. */
static int find_initials(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0, m0;
    /* (most texts name no organization of two words or more, nor a person
     * of three: no walk) */
    for (m0 = 0; m0 < nm; m0++) {
        int kind = tag_went_kind(g, &c->ents[c->ments[m0].ent]);
        if ((c->ments[m0].ntok >= 2 && kind == KIND_ORG) ||
            (c->ments[m0].ntok >= 3 && kind == KIND_PERSON))
            break;
    }
    if (m0 == nm) return 0;
    for (size_t ci = 0; ci < c->ncaps; ci++) {
        size_t i = c->caps[ci];
        const text_tok *t = &d->toks[i];
        long own = c->tok_ment[i]; /* (a body's acronym of the gazetteer there) */
        /* initials joined by "&", those of one firm named before: "Marks &
         * Spencer" ... "M&S", "Ernst & Young" ... "E&Y's UK head of tax" */
        char amp[5];
        size_t na = own < 0 && !c->blocked[i] ? amp_initials_at(d, i, amp) : 0;
        if (na) {
            long hit = initials_owner(c, g, KIND_ORG, 3, nm, i, amp, na);
            if (hit >= 0 && c->tok_ment[i + 2] < 0) {
                if (add_mention(c, (uint32_t)i, (uint32_t)i + 3, c->ments[hit].ent, VIA_COREF))
                    return ENT_ENOMEM;
                added++;
            }
            continue;
        }
        /* (two letters only for a name of two words, before "'s" or a verb
         * of saying: "British Airways" ... "BA's chief executive"; not a
         * rating, "AA", nor a legal form, "LP") */
        int two = t->len == 2 && i + 1 < d->ntoks && own < 0 &&
                  (is_possessive(d, i + 1) || is_said(d, i + 1));
        if (!(t->flags & TOK_ALLCAPS) || (t->flags & (TOK_DIGIT | TOK_NONASCII)) ||
            (t->len < 3 && !two) || t->len > 6 || (own >= 0 && !body_acronym_mention(c, g, own)) ||
            c->blocked[i] || (c->cls[i] & W_STOP))
            continue;
        long hit = initials_owner(c, g, KIND_ORG, two ? 2 : 3, nm, i, d->text + t->start, t->len);
        /* (or a person's, three or four letters, as a subject: "Mohammed bin
         * Salman" ... "MBS said", "MBS has"; not a firm named after him, "the
         * affairs of PCW syndicates") */
        if (hit < 0 && own < 0 && !two && t->len <= 4 && i + 2 < d->ntoks &&
            (is_said(d, i + 1) || is_possessive(d, i + 1) || past_tense(d, i + 1) ||
             text_tok_is(d, &d->toks[i + 1], "has") || text_tok_is(d, &d->toks[i + 1], "had") ||
             text_tok_is(d, &d->toks[i + 1], "will") || text_tok_is(d, &d->toks[i + 1], "would")))
            hit = initials_owner(c, g, KIND_PERSON, 3, nm, i, d->text + t->start, t->len);
        if (hit < 0 || headline(c, sent_of(c, i)) == HL_CAPS) continue;
        if (own >= 0) {
            uint32_t from = c->ments[hit].ent, to = c->ments[own].ent;
            if (c->ents[from].gidx >= 0) continue;
            /* (a name that shares two words with the body's is the body's,
             * written otherwise: "the Securities Exchange Commission, SEC",
             * "Federal Drug Administration" ... "the FDA"; its mentions go
             * to the body) */
            if (shared_name_words(g, c->ents[to].gidx, d->text, c->ments[hit].start,
                                  c->ments[hit].end) >= 2) {
                move_mentions(c, from, to);
            } else {
                coref_mention(c, (uint32_t)i, (uint32_t)i + 1, from, own);
            }
            continue;
        }
        if (add_mention(c, (uint32_t)i, (uint32_t)i + 1, c->ments[hit].ent, VIA_COREF))
            return ENT_ENOMEM;
        added++;
    }
    return added ? merge_mentions(c, nm) : 0;
}

/* Does a lowercase noun for a body that is no company (body_nouns) stand
 * right before token i, after a space? */
static int body_noun_before(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i - 1];
    if (i < 2 || !(t->flags & TOK_LOWER) || !(d->toks[i].flags & TOK_SPACE) ||
        text_words_find(&body_nouns_set, d, t) < 0)
        return 0;
    /* (the word before: "think tank", "think-tank", "rights group") */
    int glued = !(t->flags & TOK_SPACE);
    if (glued && !(i >= 3 && tok_char(d, i - 2, '-'))) return 0;
    const text_tok *b = &d->toks[glued ? i - 3 : i - 2];
    if (text_tok_is(d, t, "tank")) return text_tok_ieq(d, b, "think");
    if (text_tok_is(d, t, "body") || text_tok_is(d, t, "group"))
        return (b->flags & TOK_LOWER) && text_words_find(&body_kinds_set, d, b) >= 0;
    return 1;
}

/* Does a lowercase noun for a company only (firm_nouns) stand right before
 * token i ("the chipmaker Krelbourne Labs", "the French start-up Mistral
 * AI")? */
static int firm_noun_before(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i - 1];
    /* (capitalized too where it opens the sentence, a noun of an agent:
     * "Bookmaker William Hill has placed", "Retailer Harvey Nichols said";
     * not "Bank" or "Giant", which open companies' names: "Bank Hapoalim",
     * "Giant Bay said") */
    static const char *const agent[] = {"er", "ers"};
    int opens = (t->flags & (TOK_SENT | TOK_UPPER | TOK_ALLCAPS)) == (TOK_SENT | TOK_UPPER) &&
                tok_ends_in(d, i - 1, agent, 2, 3) && text_words_find(&firm_nouns_set, d, t) >= 0;
    if (!(d->toks[i].flags & TOK_SPACE)) return 0;
    if (!opens && !tag_firm_noun(d, i - 1)) return body_noun_before(d, i);
    if (text_tok_is(d, t, "up")) return 1; /* (of "start-up": tag_firm_noun) */
    /* "giant" after a noun ("phone giant Pantech"), not an adjective after a
     * determiner ("the giant Yates Field") */
    if (text_tok_is(d, t, "giant") &&
        (i < 3 || !(d->toks[i - 2].flags & TOK_LOWER) || text_tok_ieq(d, &d->toks[i - 2], "the") ||
         text_tok_ieq(d, &d->toks[i - 2], "a")))
        return 0;
    return (t->flags & TOK_SPACE) != 0;
}

/* Does a lowercase noun for the press (media_nouns) stand right before
 * token i ("network Fox")? 1 if so, 2 for "daily" and "weekly", which are
 * nouns only before a name that ends its phrase (media_name_ends). */
static int media_noun_before(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i - 1];
    /* (by length first: most words before a capitalized one are short, "the",
     * "of", "and", "said"; the nouns have five letters or more) */
    if (t->len < 5 || !(d->toks[i].flags & TOK_SPACE) || !(t->flags & TOK_LOWER) ||
        text_words_find(&media_nouns_set, d, t) < 0)
        return 0;
    return text_tok_is(d, t, "daily") || text_tok_is(d, t, "weekly") ? 2 : 1;
}

/* Does the name a "daily" or "weekly" stands before end its phrase at token
 * e: punctuation or a word that no noun is ("told the business daily
 * Handelsblatt that", "sports daily Marca."), not the noun the adjective and
 * the name qualify ("average daily Treasuries trading", "weekly T-bill
 * auction")? */
static int media_name_ends(const text_doc *d, size_t e, size_t end) {
    if (e >= end || !(d->toks[e].flags & TOK_LOWER)) return 1;
    static const char *const after[] = {"as", "he", "it", "on", "she", "that", "there", "which",
                                        "who"};
    const text_tok *t = &d->toks[e];
    if (text_words_find(&appos_after_set, d, t) >= 0 ||
        text_words_find(&report_verbs_set, d, t) >= 0)
        return 1;
    for (size_t k = 0; k < ENT_ARRAY_LEN(after); k++)
        if (text_tok_is(d, t, after[k])) return 1;
    return 0;
}

/* Does a newspaper's name in another language go on at token e, a
 * lowercase joiner before a capitalized word ("Welt am Sonntag", "Corriere
 * della Sera")? */
static int foreign_name_goes_on(const tag_ctx *c, size_t e, size_t end) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[e];
    return e + 1 < end && (t->flags & TOK_LOWER) && (d->toks[e + 1].flags & TOK_UPPER) &&
           (text_words_find(&foreign_joiners_set, d, t) >= 0 || text_tok_is(d, t, "am") ||
            text_tok_is(d, t, "im"));
}

/* Does a noun of the press stand at token e, after a name, in lowercase and
 * ending the phrase ("PAP news agency reported", "Zycie Warszawy daily said",
 * "in the Kommersant newspaper."; not the adjective of another noun: "the
 * Treasury daily auction")? */
static int media_noun_after(const tag_ctx *c, size_t e, size_t end) {
    const text_doc *d = &c->doc;
    if (e + 1 >= end || !(d->toks[e].flags & TOK_LOWER) || !(d->toks[e].flags & TOK_SPACE))
        return 0;
    /* (and no name or number after the noun: "the Basque newspaper Gara" is
     * Gara, "UHF channel 44" a frequency) */
    size_t a = e + 1 + text_tok_is(d, &d->toks[e], "news");
    if (a < end && ((d->toks[a].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) ||
                    (d->toks[a].flags & TOK_DIGIT)))
        return 0;
    if (a == e + 2) /* "news agency" */
        return (c->cls[e + 1] & W_MEDIANOUN) && text_tok_is(d, &d->toks[e + 1], "agency");
    /* ("daily" and "weekly", adjectives too, and "radio" and "television",
     * which qualify other nouns, end the phrase: not "Bluetooth radio
     * technology", "LCD television sets") */
    const text_tok *t = &d->toks[e];
    return (c->cls[e] & W_MEDIANOUN) && text_words_find(&media_after_nouns_set, d, t) >= 0 &&
           (!(text_tok_is(d, t, "daily") || text_tok_is(d, t, "weekly") ||
              text_tok_is(d, t, "radio") || text_tok_is(d, t, "television")) ||
            media_name_ends(d, a, end));
}

static int alone_inside(tag_ctx *c, size_t i);

/* Are the words [b, e) before a noun of the press a name, whole
 * (media_noun_after)? Not a kind of paper, after "a" or "an" ("an Arab
 * newspaper") or with a glued lowercase word ("the English-language daily");
 * not the end of a longer name, after a joiner, "of", "of the" or a glued
 * hyphen ("Bild am Sonntag", "Voice of the Homeland radio", "An-Nahar"); at
 * a sentence's start one word only if the text has it alone inside a
 * sentence too ("Fan website Trek United"). */
static int media_name_whole(tag_ctx *c, size_t b, size_t e) {
    const text_doc *d = &c->doc;
    for (size_t k = b; k < e; k++)
        if (tok_glue(d, k) && (d->toks[k + 1].flags & TOK_LOWER)) return 0;
    if (b > 0 && !(d->toks[b].flags & TOK_SPACE)) return 0;
    /* (past lowercase words: "a pro-government Bengali daily") */
    for (size_t k = b; k > 0 && k + 5 > b; k--) {
        const text_tok *t = &d->toks[k - 1];
        if (text_tok_ieq(d, t, "a") || text_tok_ieq(d, t, "an")) return 0;
        if (!(t->flags & TOK_LOWER) && !tok_glue(d, k - 1)) break;
    }
    size_t p = b;
    if (p >= 2 && text_tok_is(d, &d->toks[p - 1], "the")) p--;
    if (p >= 2 && (d->toks[p - 2].flags & TOK_UPPER) &&
        (text_tok_is(d, &d->toks[p - 1], "of") || foreign_name_goes_on(c, p - 1, p + 1)))
        return 0;
    return !(d->toks[b].flags & TOK_SENT) || e > b + 1 || alone_inside(c, b);
}

static long mention_again(tag_ctx *c, uint32_t k, uint32_t n, uint32_t ent, size_t from,
                          int strict);
static int mention_and_repeats(tag_ctx *c, uint32_t b, uint32_t e, long ent, int via,
                               size_t *added);
static int merge_added(tag_ctx *c, size_t nm, size_t added);

/* The mention whose possessive ends right before token i ("Textron's" of
 * "Textron's Avco Lycoming", "China's" of "China's DeepSeek"), or -1. */
static int32_t possessive_before(const tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    /* (the "s" by key first: most words have none before them) */
    if (i < 3 || d->toks[i - 1].key != 's' || !is_possessive(d, i - 2)) return -1;
    int32_t m = c->tok_ment[i - 3];
    return m >= 0 && c->ments[m].tok + c->ments[m].ntok == i - 2 ? m : -1;
}

/* Does "its" or an organization's possessive come right before token i
 * ("said its Bendix unit", "Textron's Avco Lycoming unit")? */
static int possessor_before(const tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    if (d->toks[i - 1].key == WORD_KEY3('i', 't', 's'))
        return text_tok_is(d, &d->toks[i - 1], "its");
    int32_t m = possessive_before(c, i);
    return m >= 0 && tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_ORG;
}

/* Does an apposition that calls a company by a noun for companies only start
 * at the comma at token e, before token end: ", the contract drugmaker,", ",
 * a Swedish fintech company." (a determiner, up to four modifiers, the noun,
 * then punctuation or the end), or a part an organization owns (", a unit
 * of GenCorp": tag_owned_part, "of" and the organization's mention) after a
 * name from token b that no "in" or "near" puts somewhere (not "the
 * Texas Agricultural Statistics Service in Austin, a division of the U.S.
 * Agriculture Department")? Not ", a company spokesman". */
static int firm_apposition_at(const tag_ctx *c, const gaz_t *g, size_t b, size_t e,
                              size_t end) {
    const text_doc *d = &c->doc;
    if (e + 3 >= end || !tok_char(d, e, ',') || !(text_tok_is(d, &d->toks[e + 1], "the") ||
                                                  text_tok_is(d, &d->toks[e + 1], "a") ||
                                                  text_tok_is(d, &d->toks[e + 1], "an")))
        return 0;
    for (size_t j = e + 2; j < end && j < e + 7; j++) {
        if (text_words_find(&firm_nouns_set, d, &d->toks[j]) >= 0 &&
            (d->toks[j].flags & TOK_LOWER))
            return j + 1 >= end || tok_char(d, j + 1, ',') || tok_char(d, j + 1, '.') ||
                   tok_char(d, j + 1, ';') || tok_char(d, j + 1, ':');
        /* or a part an organization owns: "General Tire, a subsidiary of
         * GenCorp" */
        if (tag_owned_part(d, j) && j + 2 < end && text_tok_is(d, &d->toks[j + 1], "of"))
            return tag_owner_after(c, g, j + 2, end) >= 0 &&
                   !(b > 0 && (text_tok_is(d, &d->toks[b - 1], "in") ||
                               text_tok_is(d, &d->toks[b - 1], "near")));
        /* modifiers: lowercase words, a demonym or a country ("the U.S.
         * chipmaker"), hyphens */
        if (!(d->toks[j].flags & TOK_LOWER) && c->tok_ment[j] < 0 && !tok_char(d, j, '-'))
            return 0;
    }
    return 0;
}

/* Is there a comma and "the", "a" or "an" within five tokens after token i
 * (where firm_apposition_at may start)? A quick test: most words have none. */
static int comma_det_soon(const text_doc *d, size_t i) {
    for (size_t j = i + 1; j + 1 < d->ntoks && j <= i + 5; j++) {
        if (tok_char(d, j, ',')) {
            const text_tok *t = &d->toks[j + 1];
            return t->len <= 3 && (t->flags & TOK_LOWER) &&
                   (text_tok_is(d, t, "the") || text_tok_is(d, t, "a") || text_tok_is(d, t, "an"));
        }
        /* (a name goes on with capitalized words, "and", "of", "&", dots
         * and hyphens; most capitalized words have another lowercase word
         * after them) */
        if ((d->toks[j].flags & TOK_LOWER) &&
            !(d->toks[j].len <= 3 && (text_tok_is(d, &d->toks[j], "of") ||
                                      text_tok_is(d, &d->toks[j], "and"))))
            return 0;
    }
    return 0;
}

/* Does a person's mention end right before token k, after a noun for who
 * works somewhere ("Economist Ian Shepherdson" at ..., "analyst Dan Ives")? */
static int employee_named_before(const tag_ctx *c, const gaz_t *g, size_t k) {
    if (k < 2 || c->tok_ment[k - 1] < 0) return 0;
    const tag_mention *pm = &c->ments[c->tok_ment[k - 1]];
    return pm->tok + pm->ntok == k && pm->tok >= 1 &&
           tag_went_kind(g, &c->ents[pm->ent]) == KIND_PERSON &&
           text_words_find(&employee_nouns_set, &c->doc, &c->doc.toks[pm->tok - 1]) >= 0;
}

/* Is token k, before a capitalized word, a verb of buying ("buy", "bought",
 * "acquire", "acquired" ...) whose subject, a company, is named within six
 * lowercase words before it ("Nvidia agreed to buy", "Alphabet said it would
 * acquire")? Then the words after it may be the company bought. */
static int company_buys_at(const tag_ctx *c, const gaz_t *g, size_t k) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[k];
    /* (by the first letter first: most words before a name are no verb of
     * buying) */
    char c0 = d->text[t->start];
    if (k < 2 || !(t->flags & TOK_LOWER) || (c0 != 'a' && c0 != 'b') ||
        text_words_find(&buy_verbs_set, d, t) < 0)
        return 0;
    uint32_t s = sent_of(c, k);
    for (size_t q = k; q > d->sents[s].tbeg && q + 7 > k; q--) {
        int32_t m = c->tok_ment[q - 1];
        if (m >= 0) {
            const tag_went *w = &c->ents[c->ments[m].ent];
            return c->ments[m].via != VIA_DEMONYM && tag_went_kind(g, w) == KIND_ORG &&
                   (w->gidx < 0 || g->ents[w->gidx].company);
        }
        if (!(d->toks[q - 1].flags & TOK_LOWER)) return 0;
    }
    return 0;
}

/* Is token i a word of the name of an organization the text has named
 * ("Schwab" after "Charles Schwab and Co")? */
static int word_of_named_org(const tag_ctx *c, const gaz_t *g, size_t i) {
    const text_tok *t = &c->doc.toks[i];
    const char *w = c->doc.text + t->start;
    for (size_t k = 0; k < c->nents; k++) {
        if (tag_went_kind(g, &c->ents[k]) != KIND_ORG) continue;
        size_t n;
        const char *name = tag_went_name(g, &c->ents[k], &n);
        for (size_t q = 0; q + t->len <= n; q++)
            if ((q == 0 || name[q - 1] == ' ') && !memcmp(name + q, w, t->len) &&
                (q + t->len == n || name[q + t->len] == ' '))
                return 1;
    }
    return 0;
}

/* Does a person's mention end right before token k, after "said" or "says"
 * ("said Richard Yamarone" of ...)? */
static int speaker_named_before(const tag_ctx *c, const gaz_t *g, size_t k) {
    if (k < 2 || c->tok_ment[k - 1] < 0) return 0;
    const tag_mention *pm = &c->ments[c->tok_ment[k - 1]];
    return pm->tok + pm->ntok == k && pm->tok >= 1 &&
           tag_went_kind(g, &c->ents[pm->ent]) == KIND_PERSON &&
           (text_tok_is(&c->doc, &c->doc.toks[pm->tok - 1], "said") ||
            text_tok_is(&c->doc, &c->doc.toks[pm->tok - 1], "says"));
}

/* Is there a '(' or a '<' within the five tokens after token i (where a
 * stock ticker may follow a name)? A quick test: most words have none. */
static int ticker_soon(const text_doc *d, size_t i) {
    for (size_t q = i + 1; q < d->ntoks && q <= i + 5; q++)
        if (tok_char(d, q, '(') || tok_char(d, q, '<')) return 1;
    return 0;
}

/* Does a stock ticker stand at token e, after a space and before end: a
 * Reuters code in brackets ("(TGT.N)", "(ENR1n.DE)", "(7203.T)") or a symbol
 * in angle brackets ("<TX>"), and with angle_codes a code in angle brackets
 * too ("<ANZA.S>", which the relation rules read and the tagger does not: it
 * would take the names before such codes for companies)? */
int tag_ticker_at(const text_doc *d, size_t e, size_t end, int angle_codes) {
    if (e + 2 >= end || !(d->toks[e].flags & TOK_SPACE)) return 0;
    const text_tok *w = &d->toks[e + 1];
    if (!(w->flags & TOK_WORD) || (w->flags & TOK_SPACE) || w->len > 8) return 0;
    int angle = tok_char(d, e, '<');
    if (angle && (w->flags & TOK_ALLCAPS) && tok_char(d, e + 2, '>') &&
        !(d->toks[e + 2].flags & TOK_SPACE))
        return 1;
    if (!(tok_char(d, e, '(') || (angle && angle_codes)) || e + 4 >= end ||
        !tok_char(d, e + 2, '.') || !tok_char(d, e + 4, angle ? '>' : ')'))
        return 0;
    const text_tok *x = &d->toks[e + 3];
    return (x->flags & (TOK_WORD | TOK_ALLCAPS)) == (TOK_WORD | TOK_ALLCAPS) && x->len <= 3 &&
           !((d->toks[e + 2].flags | x->flags | d->toks[e + 4].flags) & TOK_SPACE);
}

/* The head word of an organization's mention m: the word before "of"
 * ("Bank" of "Bank of England"), else its last word ("Commission" of
 * "European Commission"; not "House" of "White House"); its token, or
 * UINT32_MAX for a mention of one word (its own name, no short form) or
 * none. */
static uint32_t org_head_tok(const tag_ctx *c, const tag_mention *m) {
    const text_doc *d = &c->doc;
    if (m->ntok < 2) return UINT32_MAX;
    uint32_t e = m->tok + m->ntok;
    for (uint32_t k = m->tok + 1; k + 1 < e; k++)
        if (text_tok_is(d, &d->toks[k], "of")) return k - 1;
    /* ("the House" is a parliament's chamber, never the White House) */
    return (d->toks[e - 1].flags & TOK_UPPER) && !text_tok_is(d, &d->toks[e - 1], "House")
               ? e - 1
               : UINT32_MAX;
}

/* The walk of head_coref_at over the capitalized words, in text order: the
 * heads of the organizations named before the word (a set built as the walk
 * goes on, in the arena), the mentions put in it so far, and how many of
 * the mentions, in text order, it may read. */
struct head_walk {
    struct tag_keyset *ks;
    size_t mp, nm;
};

/* An organization named again by "the" and its head word, capitalized, at
 * token i (no mention on it, not blocked), after the text named it in full
 * ("The European Commission fined Google ... the Commission opened", "the
 * Bank of England ... The Bank said"): the one organization named before
 * whose head word that is (none when two are: "the European Commission ...
 * the Federal Trade Commission ... the Commission"); the word a head word of
 * organizations' names, not before another capitalized word. Its working
 * entity, -1 for none, -2 when out of memory. */
static long head_coref_at(tag_ctx *c, const gaz_t *g, struct head_walk *hw, uint32_t i) {
    const text_doc *d = &c->doc;
    if (!(c->cls[i] & (W_ORGSUFFIX | W_ORGHEAD)) || i == 0 ||
        !text_tok_ieq(d, &d->toks[i - 1], "the") || (d->toks[i].flags & TOK_ALLCAPS) ||
        (i + 1 < d->ntoks &&
         (d->toks[i + 1].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER)))
        return -1;
    if (!hw->ks && (!(hw->ks = arena_alloc(c->arena, sizeof(*hw->ks))) ||
                    keyset_alloc(c, hw->ks, 64)))
        return -2;
    struct tag_keyset *ks = hw->ks;
    /* (the organizations named before token i) */
    for (; hw->mp < hw->nm && c->ments[hw->mp].tok < i; hw->mp++) {
        const tag_mention *m = &c->ments[hw->mp];
        if (tag_went_kind(g, &c->ents[m->ent]) != KIND_ORG) continue;
        uint32_t h = org_head_tok(c, m);
        if (h == UINT32_MAX) continue;
        uint64_t key = keyset_key(&d->toks[h]);
        size_t j = keyset_slot(ks, key);
        if (!ks->slot[j]) {
            if (keyset_put(c, ks, key, m->ent)) return -2;
        } else if (ks->val[j] != m->ent) {
            ks->val[j] = UINT32_MAX; /* (two) */
        }
    }
    uint32_t ent = keyset_get(ks, &d->toks[i]);
    return ent == UINT32_MAX ? -1 : (long)ent;
}

/* The organization found in this text, outside the gazetteer, whose name is
 * the word of token i and more words ("Akero Therapeutics" for "Akero"),
 * when exactly one is; else -1. */
static long short_form_firm(const tag_ctx *c, size_t i) {
    const text_tok *t = &c->doc.toks[i];
    const char *w = c->doc.text + t->start;
    long hit = -1;
    for (size_t k = 0; k < c->nents; k++) {
        const tag_went *x = &c->ents[k];
        if (x->gidx >= 0 || x->type != 'O' || x->name_len <= (uint32_t)t->len + 1 ||
            x->name[t->len] != ' ' || memcmp(x->name, w, t->len))
            continue;
        if (hit >= 0) return -1; /* (two: "Siemens Energy", "Siemens Healthineers") */
        hit = (long)k;
    }
    return hit;
}

/* The tokens of a name that opens with an acronym at token i, two to six
 * capitals and no digit, and goes on with the name words after it (before
 * end): "PAP", "BFM Business", "CFRA Research"; 0 with no acronym there. */
static uint32_t acronym_name_run(const tag_ctx *c, size_t i, size_t end) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[i];
    if ((t->flags & (TOK_ALLCAPS | TOK_DIGIT)) != TOK_ALLCAPS || t->len < 2 || t->len > 6)
        return 0;
    return 1 + (i + 1 < end && (d->toks[i + 1].flags & TOK_SPACE)
                    ? name_run(c, i + 1, end, c->gazstop)
                    : 0);
}

/* Is token i, which no mention covers, a word of three to five capitals no
 * list knows before a verb of saying ("ISS said", "the FFK said")? An
 * organization's acronym then: people are not written so, the lists hold
 * the other acronyms ("CEO", "GDP"), and coreference has found those that
 * are the short form of a name the text gives ("the National Association of
 * Wheat Growers ... president of NAWG said"). Not in a headline. */
static int acronym_speaker(tag_ctx *c, size_t i) {
    const text_tok *t = &c->doc.toks[i];
    return (t->flags & (TOK_ALLCAPS | TOK_DIGIT | TOK_NONASCII)) == TOK_ALLCAPS && t->vid < 0 &&
           t->len >= 3 && t->len <= 5 && i + 1 < c->doc.ntoks && is_said(&c->doc, i + 1) &&
           headline(c, sent_of(c, i)) == HL_NO;
}

/* Is token i a capitalized word that no list knows (no vocabulary id: not a
 * place's, a title's or an ordinary word of names) or knows only as a given
 * name ("Farley attorney Stephen Greiner", "KAL attorney"; no word of other
 * names, titles or the lists of ordinary words)? */
static int unlisted_name_word(const tag_ctx *c, size_t i) {
    const text_tok *t = &c->doc.toks[i];
    uint32_t k = c->cls[i];
    int unknown = t->vid < 0 || ((k & W_FIRSTNAME) && !(k & (W_COMMON | W_STOP | W_TITLESTART |
                                                            W_ORGHEAD | W_ORGSUFFIX |
                                                            W_NOTFIRST | W_ENTSTART)));
    return unknown && (t->flags & TOK_UPPER) && !(t->flags & (TOK_DIGIT | TOK_NONASCII)) &&
           t->len >= 3;
}

/* Is token i, which no mention covers, one capitalized word that no list
 * knows (unlisted_name_word), or two joined by a hyphen in an apposition
 * ("Knight-Ridder"), not in a headline nor after another capitalized word
 * or a hyphen, before a noun of staff_nouns in lowercase: then a full name
 * the gazetteer or a rule found ("Zorbex spokesman Gus Melonas said", "KAL
 * attorney George Tompkins countered"), or, after "a" or "an" opening an
 * apposition to such a name, the apposition's end ("Gary Hess, an Emery
 * employee, saw")? An organization's name, its staff's: the end of the
 * name, or 0. */
static size_t staff_employer(tag_ctx *c, const gaz_t *g, size_t i) {
    const text_doc *d = &c->doc;
    /* (two capitalized words, no ordinary ones, and a hyphen in an
     * apposition: "said James K. Batten, Knight-Ridder president and chief
     * executive") */
    size_t n = i + 1;
    int hyphen = i >= 3 && n + 2 < d->ntoks && tok_char(d, n, '-') && tok_char(d, i - 1, ',') &&
                 tok_glue(d, n) && c->tok_ment[n + 1] < 0 &&
                 (d->toks[n + 1].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) ==
                     (TOK_WORD | TOK_UPPER) &&
                 !((c->cls[i] | c->cls[n + 1]) & (W_STOP | W_COMMON | W_TITLESTART));
    if (!hyphen && !unlisted_name_word(c, i)) return 0;
    /* (after no capitalized word but one that qualifies the title: "Former
     * Pepco executive Sharon Pratt Dixon") */
    if ((after_cap_word(d, i) && !title_qualifier(d, i - 1)) ||
        (i > 0 && tok_glue(d, i - 1)))
        return 0;
    if (hyphen) n += 2;
    if (n + 1 >= d->ntoks || !(d->toks[n].flags & TOK_LOWER)) return 0;
    int staff = text_words_find(&staff_nouns_set, d, &d->toks[n]) >= 0;
    /* ", Wurlitzer chairman," in apposition to a full name, the head of
     * his office ending it ("said Leonard Friedman, Wurlitzer chairman,") */
    int appos = i >= 3 && tok_char(d, i - 1, ',');
    if ((!staff && !(appos && text_words_find(&appos_heads_set, d, &d->toks[n]) >= 0)) ||
        headline(c, sent_of(c, i)) != HL_NO)
        return 0;
    if (appos && (tok_char(d, n + 1, ',') || tok_char(d, n + 1, '.') || is_and(d, n + 1))) {
        int32_t am = c->tok_ment[i - 2];
        if (am >= 0 && c->ments[am].tok + c->ments[am].ntok == i - 1 && c->ments[am].ntok >= 2 &&
            tag_went_kind(g, &c->ents[c->ments[am].ent]) == KIND_PERSON)
            return n;
    }
    if (!staff || n > i + 1) return 0;
    int32_t pm = c->tok_ment[i + 2];
    if (pm >= 0 && c->ments[pm].tok == i + 2 && c->ments[pm].ntok >= 2 &&
        tag_went_kind(g, &c->ents[c->ments[pm].ent]) == KIND_PERSON)
        return n;
    /* ", an Emery employee," after the name */
    if (i < 3 || !(text_tok_is(d, &d->toks[i - 1], "a") || text_tok_is(d, &d->toks[i - 1], "an")) ||
        !tok_char(d, i - 2, ',') || !(tok_char(d, i + 2, ',') || tok_char(d, i + 2, '.')))
        return 0;
    int32_t bm = c->tok_ment[i - 3];
    return bm >= 0 && c->ments[bm].tok + c->ments[bm].ntok == i - 2 && c->ments[bm].ntok >= 2 &&
                   tag_went_kind(g, &c->ents[c->ments[bm].ent]) == KIND_PERSON
               ? n
               : 0;
}

/* Is token i, which no mention covers, such an acronym before a possessive
 * and a capitalized word, what it owns or employs ("DAB's Ben Chan", "UAL's
 * Covia Corp", "MIT's Media Labs")? An organization's too (acronym_speaker). */
static int acronym_owner(tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[i];
    return (t->flags & (TOK_ALLCAPS | TOK_DIGIT | TOK_NONASCII)) == TOK_ALLCAPS && t->vid < 0 &&
           t->len >= 3 && t->len <= 5 && i + 3 < d->ntoks && is_possessive(d, i + 1) &&
           (d->toks[i + 3].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) == (TOK_WORD | TOK_UPPER) &&
           headline(c, sent_of(c, i)) == HL_NO;
}

/* The tokens of a name of up to three words at token i before "shares" or
 * "stock" in lowercase and a verb of share_moves, or 0
 * (find_firms_by_context). */
/* Which of the words that name a company after its name come soon after
 * token i, by key: FIRM_CUE_SHARES for "shares" or "stock" within three
 * tokens, FIRM_CUE_FOUNDED for "founded" within four (asked before the name
 * is looked for: price_name_run, founded_name_run). */
enum { FIRM_CUE_SHARES = 1, FIRM_CUE_FOUNDED = 2 };
static unsigned firm_cue_soon(const text_doc *d, size_t i) {
    unsigned cue = 0;
    for (size_t q = i + 1; q < d->ntoks && q <= i + 4; q++) {
        const text_tok *t = &d->toks[q];
        if (!(t->flags & TOK_LOWER)) continue;
        if (q <= i + 3 && ((t->len == 6 && t->key == WORD_KEY6('s', 'h', 'a', 'r', 'e', 's')) ||
                           (t->len == 5 && t->key == WORD_KEY5('s', 't', 'o', 'c', 'k'))))
            cue |= FIRM_CUE_SHARES;
        if (t->len == 7 &&
            t->key == (WORD_KEY6('f', 'o', 'u', 'n', 'd', 'e') | (uint64_t)'d' << 48))
            cue |= FIRM_CUE_FOUNDED;
    }
    return cue;
}

static uint32_t price_name_run(tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    uint32_t s = sent_of(c, i);
    size_t end = d->sents[s].tend;
    uint32_t n = name_run(c, i, end, c->gazstop);
    size_t e = i + n;
    if (!n || n > 3 || e + 1 >= end || !(d->toks[e].flags & TOK_LOWER) ||
        (!text_tok_is(d, &d->toks[e], "shares") && !text_tok_is(d, &d->toks[e], "stock")) ||
        text_words_find(&share_moves_set, d, &d->toks[e + 1]) < 0)
        return 0;
    /* a kind of share, no company: "Ordinary shares rose", "B and C shares
     * eased", "Travel-related shares dropped" */
    if (d->toks[e - 1].len == 1 || text_words_find(&share_kinds_set, d, &d->toks[i]) >= 0)
        return 0;
    for (size_t k = i; k < e; k++)
        if (d->toks[k].flags & TOK_LOWER) return 0;
    return n;
}

/* The tokens of a name of up to three words at token i that was founded, as
 * only organizations are: "Zorbex was founded in 2019", "Zorbex, founded by
 * Marla Quint in 2019,", or 0 (find_firms_by_context). */
static uint32_t founded_name_run(tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    uint32_t s = sent_of(c, i);
    size_t end = d->sents[s].tend;
    uint32_t n = name_run(c, i, end, c->gazstop);
    size_t e = i + n;
    if (!n || n > 3 || e + 2 >= end) return 0;
    for (size_t k = i; k < e; k++)
        if (d->toks[k].flags & TOK_LOWER) return 0;
    int was = text_tok_is(d, &d->toks[e], "was") && text_tok_is(d, &d->toks[e + 1], "founded");
    int appos = tok_char(d, e, ',') && text_tok_is(d, &d->toks[e + 1], "founded") &&
                (text_tok_is(d, &d->toks[e + 2], "in") || text_tok_is(d, &d->toks[e + 2], "by"));
    return was || appos ? n : 0;
}

/* The tokens of a name at token i before a noun of body_tails, maybe after
 * up to two lowercase words, ending its phrase (punctuation or a lowercase
 * word after the noun), or 0 (find_firms_by_context). */
static uint32_t body_tail_name(const tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    size_t end = d->sents[sent_of(c, i)].tend;
    uint32_t n = name_run(c, i, end, c->gazstop);
    if (!n) n = acronym_name_run(c, i, end);
    if (!n || n > 2) return 0;
    for (size_t q = i + n; q < end && q <= i + n + 2; q++) {
        if ((d->toks[q].flags & (TOK_LOWER | TOK_SPACE)) != (TOK_LOWER | TOK_SPACE) ||
            (c->cls[q] & W_STOP))
            return 0;
        if (text_words_find(&body_tails_set, d, &d->toks[q]) >= 0)
            return q + 1 < end && (d->toks[q + 1].flags & (TOK_WORD | TOK_UPPER)) ==
                                      (TOK_WORD | TOK_UPPER)
                       ? 0
                       : n;
    }
    return 0;
}

/* The gazetteer's organization named by the words from token i to e and
 * the lowercase noun at e capitalized ("the Wagner group" is the Wagner
 * Group); or -1. */
static int32_t known_with_body(tag_ctx *c, const gaz_t *g, size_t i, size_t e) {
    const text_doc *d = &c->doc;
    if (e >= d->ntoks || !(d->toks[e].flags & TOK_LOWER) ||
        text_words_find(&body_tails_set, d, &d->toks[e]) < 0)
        return -1;
    size_t n = d->toks[e].end - d->toks[i].start;
    char *name = arena_alloc(c->arena, n + 1);
    if (!name) return -1;
    memcpy(name, d->text + d->toks[i].start, n);
    name[d->toks[e].start - d->toks[i].start] -= 'a' - 'A';
    uint32_t hits[4];
    size_t nh = gaz_find_name(g, name, n, hits, 4);
    for (size_t k = 0; k < nh && k < 4; k++)
        if (g->ents[hits[k]].kind == KIND_ORG) return (int32_t)hits[k];
    return -1;
}

/* Does a country's possessive come right before token i, a capitalized
 * word that is no ordinary word nor a given name, outside a text about sport
 * ("China's DeepSeek", not "Russia's Sergei Lavrov", "Spain's Alcaraz beat")?
 * Then a company's name of that one word may start there
 * (find_firms_by_context, with a verb after it: verb_after_firm; two words
 * are as often an athlete's name: "Ethiopia's Tirunesh Dibaba won"). */
static int country_owns(const tag_ctx *c, const gaz_t *g, size_t i) {
    if (c->sports || (c->cls[i] & (W_COMMON | W_FIRSTNAME | W_TITLESTART)) ||
        (c->doc.toks[i].flags & (TOK_ALLCAPS | TOK_DIGIT)))
        return 0;
    int32_t m = possessive_before(c, i);
    return m >= 0 && c->ments[m].via != VIA_DEMONYM &&
           tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_COUNTRY;
}

/* Is token e, before end, a verb a company's name goes before: a past
 * ("released", "won", "was", "had", "said") or one of firm_present_verbs? */
static int verb_after_firm(const text_doc *d, size_t e, size_t end) {
    if (e >= end || !(d->toks[e].flags & TOK_LOWER)) return 0;
    const text_tok *t = &d->toks[e];
    return past_tense(d, e) || text_tok_is(d, t, "was") || text_tok_is(d, t, "had") ||
           text_tok_is(d, t, "said") || text_words_find(&firm_present_verbs_set, d, t) >= 0;
}

/* Companies named after "shares of" or "stock of", or after a noun for a
 * company only (firm_noun_before), that no mention covers once the names,
 * coreferences and short forms are known ("Shares of Novo Nordisk fell 5
 * percent", "the Swedish fintech company Klarna"; but "shares of Supermac"
 * after "Supermac Technology" is that one): one to four capitalized words
 * that no known name starts, before punctuation or a word of share_after (not
 * "shares of Big Tech companies"), after a company's noun before punctuation
 * or any lowercase word ("raised"). Returns 0 or ENT_ENOMEM. */
static int find_firms_by_context(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    /* The capitalized words that no mention covers, not blocked and no stop
     * words, picked first without a branch each (whether a mention covers a
     * word is a toss-up the branch predictor misses); the loop tests them
     * again, as the mentions it adds cover words after them. */
    size_t npicked = 0;
    for (size_t ci = 0; ci < c->ncaps; ci++) {
        uint32_t i = c->caps[ci];
        c->picked[npicked] = i;
        npicked += (c->tok_ment[i] < 0) & (c->blocked[i] == 0) & ((c->cls[i] & W_STOP) == 0);
    }
    struct head_walk hw = {NULL, 0, nm};
    for (size_t pi = 0; pi < npicked; pi++) {
        size_t i = c->picked[pi];
        if (c->tok_ment[i] >= 0) continue;
        /* an organization named again by its head word ("the Commission") */
        long hc = head_coref_at(c, g, &hw, (uint32_t)i);
        if (hc == -2) return ENT_ENOMEM;
        if (hc >= 0) {
            if (add_mention(c, (uint32_t)i, (uint32_t)i + 1, (uint32_t)hc, VIA_COREF))
                return ENT_ENOMEM;
            c->tok_ment[i] = (int32_t)(c->nments - 1);
            added++;
            continue;
        }
        size_t se = (d->toks[i].flags & TOK_ALLCAPS) && (acronym_speaker(c, i) ||
                                                          acronym_owner(c, i))
                         ? i + 1
                         : staff_employer(c, g, i);
        if (se) {
            if (mention_and_repeats(c, (uint32_t)i, (uint32_t)se,
                                    went_for(c, g, -1, 'O', (uint32_t)i, (uint32_t)se),
                                    VIA_KEYWORD, &added))
                return ENT_ENOMEM;
            continue;
        }
        /* a name before its stock ticker ("Target (TGT.N) cut its forecast",
         * "Zorblax <ZRB> said"), at a sentence's start too; not the end of a
         * longer one ("W.R. Grace <WR>", "Wendy's International <WEN>", "U.S.
         * Tobacco <UBO>") */
        int ticker = 0;
        if (ticker_soon(d, i) && (i == 0 || ((d->toks[i].flags & (TOK_SPACE | TOK_NL)) &&
                                             !after_cap_word(d, i) && c->tok_ment[i - 1] < 0 &&
                                             !(i >= 2 && is_possessive(d, i - 2)) &&
                                             !(i >= 2 && tok_char(d, i - 1, '.') &&
                                               d->toks[i - 2].len == 1)))) {
            uint32_t s0 = sent_of(c, i);
            size_t e0 = i + name_run(c, i, d->sents[s0].tend, c->gazstop);
            ticker = e0 > i && tag_ticker_at(d, e0, d->sents[s0].tend, 0);
        }
        /* a name before a noun of the press: "PAP news agency reported",
         * "Zycie Warszawy daily said" (in a text with such a noun, one
         * within four tokens) */
        uint32_t media_after = 0; /* (the name's tokens) */
        if (!ticker && c->medianouns) {
            size_t q = i + 1;
            /* (in lowercase: "Agency" of "International Energy Agency" is
             * none) */
            while (q < d->ntoks && q <= i + 4 &&
                   !((c->cls[q] & W_MEDIANOUN) && (d->toks[q].flags & TOK_LOWER)))
                q++;
            if (q < d->ntoks && q <= i + 4 &&
                !(after_cap_word(d, i) && !text_tok_ieq(d, &d->toks[i - 1], "the"))) {
                uint32_t s0 = sent_of(c, i);
                uint32_t n0 = name_run(c, i, d->sents[s0].tend, c->gazstop);
                /* (or an acronym, maybe before name words: "PAP news agency",
                 * "the BFM Business channel") */
                if (!n0) n0 = acronym_name_run(c, i, d->sents[s0].tend);
                if (n0 && media_noun_after(c, i + n0, d->sents[s0].tend) &&
                    media_name_whole(c, i, i + n0))
                    media_after = n0;
            }
        }
        /* a name between "the" and a noun for a body or a firm, maybe after
         * up to two lowercase words: "the DIW economic research institute",
         * "the Usdaw trade union", "the Ferruzzi group said" (not an ordinary
         * word, "the Pop movement"; nor before a name: "the group Blur") */
        uint32_t body_after = 0;
        if (!ticker && !media_after && i >= 1 && d->toks[i - 1].len == 3 &&
            d->toks[i - 1].key == WORD_KEY3('t', 'h', 'e') && !(c->cls[i] & W_COMMON))
            body_after = body_tail_name(c, i);
        /* a name before a noun for a company's part, after "its" or an
         * organization's possessive: "Allied-Signal Inc said its Bendix
         * unit", "Textron's Avco Lycoming subsidiary" (tag_owned_part) */
        uint32_t unit_after = 0;
        if (!ticker && !media_after && !body_after && i >= 2 && possessor_before(c, g, i)) {
            uint32_t s0 = sent_of(c, i);
            uint32_t n0 = name_run(c, i, d->sents[s0].tend, c->gazstop);
            if (n0 && i + n0 < d->sents[s0].tend && tag_owned_part(d, i + n0)) unit_after = n0;
        }
        /* a name before "shares" or "stock" and a verb of its price, not
         * an ordinary word nor after another capitalized one: "Boskalis
         * shares rose 5 pct", "Niugini shares surge on bid talk" (not
         * "Bank shares rose", "Hong Kong shares") */
        uint32_t price_after = 0;
        unsigned cue = !ticker && !media_after && !body_after && !unit_after &&
                               !(c->cls[i] & W_COMMON)
                           ? firm_cue_soon(d, i)
                           : 0;
        /* (not after a capitalized word nor glued to one: "Woodhead-Faulkner") */
        if (cue && (after_cap_word(d, i) || (i > 0 && tok_glue(d, i - 1)))) cue = 0;
        if (cue & FIRM_CUE_SHARES) price_after = price_name_run(c, i);
        /* or that was founded: "Zorbex was founded in 2019" */
        if ((cue & FIRM_CUE_FOUNDED) && !price_after) price_after = founded_name_run(c, i);
        /* the other contexts, for a name with no ticker after it */
        int appos = 0, shares_in = 0, shares = 0, media = 0, employer = 0, said_of = 0, owned = 0,
            bought = 0;
        if (!ticker && !media_after && !body_after && !unit_after && !price_after) {
            /* a name before an apposition that calls it a company ("Catalent,
             * the contract drugmaker,"), at a sentence's start too, but not
             * an ordinary word there ("Today, the company ...") */
            /* (the text's first words may be a company's noun and its name:
             * "Bookmakers Ladbrokes says") */
            int first_firm = i == 1 && !(d->toks[i].flags & TOK_SENT) && firm_noun_before(d, i);
            if (((d->toks[i].flags & TOK_SENT) || i < 2) && !first_firm) {
                if ((c->cls[i] & W_COMMON) || after_cap_word(d, i) || !comma_det_soon(d, i))
                    continue;
                uint32_t s0 = sent_of(c, i);
                size_t e0 = i + name_run(c, i, d->sents[s0].tend, c->gazstop);
                if (e0 == i || !firm_apposition_at(c, g, i, e0, d->sents[s0].tend)) continue;
                appos = 1;
            }
            /* (by key first: few words follow "of" or "in"; "shares in BP",
             * "a 20% stake in Xstrata") */
            shares_in = !appos && d->toks[i - 1].key == WORD_KEY2('i', 'n') &&
                        text_tok_is(d, &d->toks[i - 1], "in") &&
                        (text_tok_ieq(d, &d->toks[i - 2], "shares") ||
                         text_tok_ieq(d, &d->toks[i - 2], "stake"));
            shares = shares_in || (!appos && d->toks[i - 1].key == WORD_KEY2('o', 'f') &&
                                   text_tok_is(d, &d->toks[i - 1], "of") &&
                                   (text_tok_ieq(d, &d->toks[i - 2], "shares") ||
                                    text_tok_ieq(d, &d->toks[i - 2], "stock")));
            /* the employer of an analyst: "Stuart Quint, an analyst at
             * Gartmore", "Economist Ian Shepherdson at Pantheon Macroeconomics",
             * and after the noun "for" too: "a senior analyst for Forrester"
             * (not a director's, a fellow's or a professor's: "won best
             * director for Million Dollar Baby") */
            int emp_noun = !appos && i >= 2 && (d->toks[i - 2].flags & TOK_LOWER) &&
                           text_words_find(&employee_nouns_set, d, &d->toks[i - 2]) >= 0;
            /* (or a speaker's after "said" and "of", a name that ends in a
             * word of organizations' names, checked below: "said Richard
             * Yamarone of Argus Research.") */
            said_of = !appos && !shares && d->toks[i - 1].key == WORD_KEY2('o', 'f') &&
                      text_tok_is(d, &d->toks[i - 1], "of") && speaker_named_before(c, g, i - 1);
            employer = !appos && !shares &&
                       (((text_tok_is(d, &d->toks[i - 1], "at") ||
                          text_tok_is(d, &d->toks[i - 1], "with")) &&
                         (emp_noun || employee_named_before(c, g, i - 1))) ||
                        (emp_noun && text_tok_is(d, &d->toks[i - 1], "for") &&
                         !text_tok_is(d, &d->toks[i - 2], "director") &&
                         !text_tok_is(d, &d->toks[i - 2], "fellow") &&
                         !text_tok_is(d, &d->toks[i - 2], "professor")) ||
                        said_of);
            int firm = !appos && !shares && !employer && firm_noun_before(d, i);
            media = !appos && !shares && !employer && !firm ? media_noun_before(d, i) : 0;
            /* a name a country's possessive owns, before a verb ("China's
             * DeepSeek released", "Britain's Darktrace was bought"), checked
             * below */
            owned = !appos && !shares && !employer && !firm && !media && country_owns(c, g, i);
            /* a name a company buys, before "for", "in", "from" or
             * punctuation, checked below ("Nvidia agreed to buy Lumera for
             * $2 billion") */
            bought = !appos && !shares && !employer && !firm && !media && !owned &&
                     !(c->cls[i] & (W_COMMON | W_FIRSTNAME)) && company_buys_at(c, g, i - 1) &&
                     !word_of_named_org(c, g, i);
            if (!appos && !shares && !employer && !media && !firm && !owned && !bought) {
                /* (not the end of a longer name: "Dames and Moore",
                 * "Lear-Siegler") */
                if (!comma_det_soon(d, i) || after_cap_word(d, i) || tok_glue(d, i - 1) ||
                    (org_joiner(d, i - 1) && (d->toks[i - 2].flags & TOK_UPPER)) ||
                    after_initial_or_slash(d, i))
                    continue;
                uint32_t s0 = sent_of(c, i);
                size_t e0 = i + name_run(c, i, d->sents[s0].tend, c->gazstop);
                if (e0 == i || !firm_apposition_at(c, g, i, e0, d->sents[s0].tend)) continue;
                appos = 1;
            }
            /* "interest rates and firm Sterling": an adjective there */
            if (!shares && !appos && i >= 2 && (is_and(d, i - 2) || tok_char(d, i - 2, ',')))
                continue;
        }
        uint32_t s = sent_of(c, i);
        size_t end = d->sents[s].tend;
        /* (an employer's name may open with initials: "an analyst at D.A.
         * Davidson", "B. Riley Securities") */
        size_t w = employer ? past_initials(c, i, end) : i;
        uint32_t n = media_after   ? media_after
                     : body_after  ? body_after
                     : unit_after  ? unit_after
                     : price_after ? price_after
                                   : name_run(c, w, end, c->gazstop);
        /* (an employer's name may open with an acronym: "strategist at CFRA
         * Research") */
        if (!n && employer && w + 1 < end) n = acronym_name_run(c, w, end);
        /* after a company's noun, a short word in capitals goes on the
         * name: "the French start-up Mistral AI" */
        while (!shares && n && w + n < end && n < 4 &&
               (d->toks[w + n].flags & (TOK_ALLCAPS | TOK_DIGIT | TOK_SPACE)) ==
                   (TOK_ALLCAPS | TOK_SPACE) &&
               d->toks[w + n].len <= 4 && c->tok_ment[w + n] < 0 && !(c->cls[w + n] & W_STOP))
            n++;
        size_t e = w + n, k = i;
        /* (a speaker's: a name ending in a word of organizations' names,
         * then the sentence's end or a comma; not a town's) */
        if (said_of && n && (!(c->cls[e - 1] & (W_ORGSUFFIX | W_NOTLAST)) ||
                             (e < end && !tok_char(d, e, ',') && !tok_char(d, e, '.'))))
            continue;
        while (k < e && c->tok_ment[k] < 0) k++;
        if (owned && (n > 1 || !verb_after_firm(d, e, end))) continue;
        if (bought && e < end && !tok_char(d, e, ',') && !tok_char(d, e, '.') &&
            !text_tok_is(d, &d->toks[e], "for") && !text_tok_is(d, &d->toks[e], "in") &&
            !text_tok_is(d, &d->toks[e], "from"))
            continue;
        if (n < 1 || n > 4 || k < e || headline(c, s) != HL_NO ||
            (e < end && (d->toks[e].flags & TOK_WORD) &&
             ((d->toks[e].flags & TOK_UPPER) ||
              (shares && text_words_find(&share_after_set, d, &d->toks[e]) < 0))))
            continue;
        /* after a company's noun, a name that goes on past a joiner, a
         * particle, a comma, a hyphen or an apostrophe is longer than the
         * words found ("law firm Fried, Frank, Harris", "Cable and Wireless",
         * "Petroleos de Venezuela", "Nature's Best", "Alfa-Laval") */
        if ((!shares || shares_in) && e + 1 < end && (d->toks[e + 1].flags & TOK_UPPER) &&
            (org_joiner(d, e) || (c->cls[e] & W_PARTICLE) || tok_char(d, e, ',') ||
             tok_glue(d, e)))
            continue;
        if (media &&
            (foreign_name_goes_on(c, e, end) || (media == 2 && !media_name_ends(d, e, end))))
            continue;
        /* (after "in" nor a word that a hyphen or "&" joins to another:
         * "a stake in Florence-based Fondiaria", "shares in B&B") */
        if (shares_in && n == 1 && d->toks[i].len == 1) continue;
        if (shares_in && e < end && !(d->toks[e].flags & TOK_SPACE) &&
            (tok_char(d, e, '-') || tok_char(d, e, '&')))
            continue;
        /* the name goes on after a dot or an apostrophe: "St. Jude", "Pay 'n Pak" */
        if (e + 1 < end && (d->toks[e + 1].flags & TOK_WORD) &&
            ((tok_char(d, e, '.') && !(d->toks[e].flags & TOK_SPACE) &&
              (d->toks[e + 1].flags & TOK_UPPER)) ||
             (tok_apos(d, e) && !is_possessive(d, e) && !(d->toks[e + 1].flags & TOK_SPACE))))
            continue;
        /* with its other mentions, the same words alone ("cybersecurity firm
         * Wiz" ... "Wiz co-founder Assaf Rappaport"); one word may be the
         * short form of a company the text named by more ("U.S. biotech
         * Akero Therapeutics" ... "Shares of Akero") */
        long sf = e == i + 1 ? short_form_firm(c, i) : -1;
        /* (a name the gazetteer knows with the noun capitalized: "the Wagner
         * group" is the Wagner Group, "the Adani group" the Adani Group) */
        int32_t kg = body_after && sf < 0 ? known_with_body(c, g, i, e) : -1;
        if (kg >= 0) {
            long kw = went_for(c, g, kg, 'O', (uint32_t)i, (uint32_t)e + 1);
            if (kw < 0 || add_mention(c, (uint32_t)i, (uint32_t)e + 1, (uint32_t)kw, VIA_ALIAS))
                return ENT_ENOMEM;
            for (size_t q = i; q <= e; q++) c->tok_ment[q] = (int32_t)(c->nments - 1);
            added++;
            continue;
        }
        if (mention_and_repeats(c, (uint32_t)i, (uint32_t)e,
                                sf >= 0 ? sf : went_for(c, g, -1, 'O', (uint32_t)i, (uint32_t)e),
                                sf >= 0 ? VIA_COREF : VIA_KEYWORD, &added))
            return ENT_ENOMEM;
    }
    return merge_added(c, nm, added);
}

/* A company's officers' roles (tag_officer_role). Sorted. */
static const char *const officer_roles[] = {
    "CEO", "CFO", "COO", "Chief Executive", "Chief Executive Officer", "Chief Financial Officer",
    "Chief Operating Officer", "Chief Technology Officer", "Managing Director"};

int tag_firm_or_media(const gaz_entity *e) {
    return e->company || tag_media_entity(e);
}

int tag_owned_part(const text_doc *d, size_t i) {
    return (d->toks[i].flags & TOK_LOWER) && text_words_find(&owned_parts_set, d, &d->toks[i]) >= 0;
}

long tag_owner_after(const tag_ctx *c, const gaz_t *g, size_t q, size_t end) {
    const text_doc *d = &c->doc;
    for (int w = 0; q < end && w < 5; w++) {
        int32_t m = c->tok_ment[q];
        if (m >= 0) {
            if (c->ments[m].tok != q) return -1;
            int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
            if (kind == KIND_ORG) return c->ments[m].via == VIA_DEMONYM ? -1 : m;
            if (kind != KIND_COUNTRY) return -1;
            q += c->ments[m].ntok;
            if (q + 1 < end && is_possessive(d, q)) q += 2;
        } else if (text_tok_is(d, &d->toks[q], "the") || tok_char(d, q, '<') ||
                   tok_char(d, q, '-') ||
                   ((d->toks[q].flags & TOK_LOWER) && !(c->cls[q] & W_STOP))) {
            q++;
        } else {
            return -1;
        }
    }
    return -1;
}

int tag_firm_noun(const text_doc *d, size_t i) {
    if (!(d->toks[i].flags & TOK_LOWER) || text_words_find(&firm_nouns_set, d, &d->toks[i]) < 0)
        return 0;
    /* "up" only in "start-up" ("backed up by" is no company) */
    return !text_tok_is(d, &d->toks[i], "up") ||
           (i >= 2 && tok_char(d, i - 1, '-') && text_tok_ieq(d, &d->toks[i - 2], "start"));
}

int tag_year_old_at(const text_doc *d, size_t k, size_t end) {
    return k + 4 < end && (d->toks[k].flags & TOK_DIGIT) && d->toks[k].len <= 3 &&
           tok_char(d, k + 1, '-') && text_tok_is(d, &d->toks[k + 2], "year") &&
           tok_char(d, k + 3, '-') && text_tok_is(d, &d->toks[k + 4], "old");
}

int tag_side_word(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return (t->flags & TOK_LOWER) &&
           ((t->len > 5 && !memcmp(d->text + t->end - 3, "ern", 3)) ||
            (t->len == 7 && text_tok_is(d, t, "central")));
}

int tag_vicinity_word(const text_doc *d, size_t i) {
    return text_tok_is(d, &d->toks[i], "suburban") || text_tok_is(d, &d->toks[i], "nearby");
}

int tag_state_part_word(const text_doc *d, size_t i) {
    return tag_side_word(d, i) || text_tok_is(d, &d->toks[i], "upstate") ||
           text_tok_is(d, &d->toks[i], "downstate") || text_tok_is(d, &d->toks[i], "rural");
}

int tag_role_ends_in(const char *role, const char *const *words, size_t n) {
    const char *w = strrchr(role, ' ');
    w = w ? w + 1 : role;
    for (size_t i = 0; i < n; i++)
        if (!strcasecmp(w, words[i])) return 1;
    return 0;
}

int tag_officer_role(const char *role) {
    for (size_t k = 0; k < ENT_ARRAY_LEN(officer_roles); k++)
        if (!strcmp(officer_roles[k], role)) return 1;
    return 0;
}

/* Index c->caps by word (c->caps_index, c->caps_next): each word's chain in
 * text order, so that mention_again visits the words like the one it looks
 * for, not every capitalized word (a text of many names would cost its
 * square). Returns 0 or ENT_ENOMEM. */
static int caps_index_build(tag_ctx *c) {
    const text_doc *d = &c->doc;
    struct tag_keyset *ks = arena_alloc(c->arena, sizeof(*ks));
    size_t cap = 16;
    while (cap < 2 * c->ncaps + 2) cap *= 2;
    c->caps_next = ks ? arena_alloc(c->arena, (c->ncaps + 1) * sizeof(uint32_t)) : NULL;
    if (!c->caps_next || keyset_alloc(c, ks, cap)) return ENT_ENOMEM;
    /* (from the last: each word's first index is its head) */
    for (size_t ci = c->ncaps; ci-- > 0;) {
        uint64_t key = keyset_key(&d->toks[c->caps[ci]]);
        size_t j = keyset_slot(ks, key);
        c->caps_next[ci] = ks->slot[j] ? ks->val[j] : UINT32_MAX;
        if (!ks->slot[j]) ks->slot[j] = key, ks->n++;
        ks->val[j] = (uint32_t)ci;
    }
    c->caps_index = ks;
    return 0;
}

/* Mention tokens [k, k + n) again as entity ent, by coreference, wherever
 * else the same words stand among the capitalized words from token from on,
 * with no mention on them and no capitalized word right before (but a stop
 * word opening the sentence) or after;
 * with strict, also not where a word is blocked or in a headline. Returns
 * the number added, or -1 when out of memory. */
static long mention_again(tag_ctx *c, uint32_t k, uint32_t n, uint32_t ent, size_t from,
                          int strict) {
    const text_doc *d = &c->doc;
    long added = 0;
    if (n == 1 && d->toks[k].len < 2) return 0; /* one letter: "company N / A" */
    /* (the capitalized words of token k's word, in text order: all of them
     * for a text's first few calls, then by the index) */
    if (!c->caps_index && ++c->again_calls > 16 && caps_index_build(c)) return -1;
    uint32_t ci = c->caps_index ? keyset_get(c->caps_index, &d->toks[k]) : 0;
    for (; c->caps_index ? ci != UINT32_MAX : ci < c->ncaps;
         ci = c->caps_index ? c->caps_next[ci] : ci + 1) {
        size_t i = c->caps[ci], w = 0;
        if (d->toks[i].key != d->toks[k].key || i < from || i == k || i + n > d->ntoks) continue;
        /* (each word as the name writes it, capitalized or not: "SALANG
         * TUNNEL" is not "the Salang tunnel") */
        while (w < n && c->tok_ment[i + w] < 0 && !(strict && c->blocked[i + w]) &&
               d->toks[i + w].key == d->toks[k + w].key &&
               d->toks[i + w].len == d->toks[k + w].len &&
               (d->toks[i + w].flags & TOK_LOWER) == (d->toks[k + w].flags & TOK_LOWER))
            w++;
        /* (a stop word opening the sentence may come before: "The KWF
         * repeated") */
        if (w < n ||
            (after_cap_word(d, i) &&
             !((d->toks[i - 1].flags & TOK_SENT) && (c->cls[i - 1] & W_STOP))) ||
            (i + n < d->ntoks && (d->toks[i + n].flags & TOK_UPPER) && !tok_char(d, i + n, '.')) ||
            (strict && ((i + n + 1 < d->ntoks && tok_char(d, i + n, '-') && /* "Owens-Illinois" */
                         !(d->toks[i + n].flags & TOK_SPACE)) ||
                        headline(c, sent_of(c, i)) != HL_NO)))
            continue;
        if (add_mention(c, (uint32_t)i, (uint32_t)(i + n), ent, VIA_COREF)) return -1;
        for (w = 0; w < n; w++) c->tok_ment[i + w] = (int32_t)(c->nments - 1);
        added++;
    }
    return added;
}

/* Mention tokens [b, e) as entity ent (via via), then its other mentions,
 * the same words alone elsewhere in the text (mention_again, strict),
 * counting them in *added. Returns 0 or ENT_ENOMEM. */
static int mention_and_repeats(tag_ctx *c, uint32_t b, uint32_t e, long ent, int via,
                               size_t *added) {
    if (ent < 0 || add_mention(c, b, e, (uint32_t)ent, via)) return ENT_ENOMEM;
    for (uint32_t q = b; q < e; q++) c->tok_ment[q] = (int32_t)(c->nments - 1);
    (*added)++;
    long again = mention_again(c, b, e - b, (uint32_t)ent, 0, 1);
    if (again < 0) return ENT_ENOMEM;
    *added += (size_t)again;
    return 0;
}

/* Put the mentions a pass added after the first nm in text order and merge
 * them with the others. Returns 0 or ENT_ENOMEM. */
static int merge_added(tag_ctx *c, size_t nm, size_t added) {
    if (added > 1) qsort(c->ments + nm, added, sizeof(tag_mention), cmp_mention_start);
    return added ? merge_mentions(c, nm) : 0;
}

/* The entity of an organization mention of the text whose words hold the
 * words [k, b) in order, ending with them ("Southern California Edison" for
 * "Edison"), a longer name than theirs; -1 when none or two. */
static long org_with_words(const tag_ctx *c, const gaz_t *g, uint32_t k, uint32_t b) {
    const text_doc *d = &c->doc;
    uint32_t n = b - k;
    long found = -1;
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *mm = &c->ments[m];
        if (mm->ntok <= n || mm->via == VIA_COREF || (mm->tok <= k && k < mm->tok + mm->ntok) ||
            tag_went_kind(g, &c->ents[mm->ent]) != KIND_ORG)
            continue;
        if (!same_words(d, mm->tok + mm->ntok - n, k, n)) continue;
        if (found >= 0 && (uint32_t)found != mm->ent) return -1;
        found = mm->ent;
    }
    return found;
}

/* Is a role a company's officer's, head's or spokesman's ("Chief Executive",
 * "President", "Chairman", "Spokesman")? */
static int firm_head_role(const char *role) {
    static const char *const heads[] = {"Chairman",     "Chairwoman",   "Executive Director",
                                        "President",    "Spokesman",    "Spokesperson",
                                        "Spokeswoman"};
    for (size_t k = 0; k < ENT_ARRAY_LEN(heads); k++)
        if (!strcmp(role, heads[k])) return 1;
    return tag_officer_role(role);
}

/* Companies named right before an officer's, a head's or a spokesman's title
 * and a person's name that no mention covers ("Novo Nordisk chief executive
 * Mike Doustdar", "Avidity Biosciences CEO Sarah Boyce", "said Ferruzzi
 * chairman Raul Gardini"): one to three capitalized words, no word of a title
 * among them, after no other capitalized word; and organizations named by an
 * acronym alone before any office ("MITI Vice Minister X"). Returns 0 or
 * ENT_ENOMEM. */
static int find_firms_before_officers(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    for (size_t t = 0; t < c->ntitles; t++) {
        const tag_title *ti = &c->titles[t];
        const char *role = g->titles[ti->title].role;
        uint32_t b = ti->tbeg, e = ti->tend;
        /* (or an acronym no mention covers before any office, and no alias
         * of the gazetteer, which decided: "MITI Vice Minister X", "NCW
         * chairman X"; not "BA chairman X", whose BA is British Airways) */
        int acro = b >= 1 && c->tok_ment[b - 1] < 0 && d->toks[b - 1].len >= 2 &&
                   !(d->toks[b].flags & TOK_NL) && /* (not a headline's last word) */
                   d->toks[b - 1].len <= 6 && !(c->cls[b - 1] & (W_STOP | W_ENTSTART)) &&
                   (d->toks[b - 1].flags & (TOK_ALLCAPS | TOK_DIGIT | TOK_NONASCII)) ==
                       TOK_ALLCAPS;
        int head = role && firm_head_role(role);
        if (!role || b < 1 || e >= d->ntoks || !(head || acro) || !(d->toks[b].flags & TOK_SPACE))
            continue;
        int32_t pm = c->tok_ment[e];
        if (pm < 0 || c->ments[pm].tok != e || tag_went_kind(g, &c->ents[c->ments[pm].ent]) !=
                                                     KIND_PERSON)
            continue;
        uint32_t s = sent_of(c, b), k = b;
        while (k > d->sents[s].tbeg && b - k < 3 && c->tok_ment[k - 1] < 0 && !c->blocked[k - 1] &&
               name_word(c, k - 1) && !(c->cls[k - 1] & (W_TITLESTART | W_TITLEINNER)) &&
               !title_qualifier(d, k - 1) && (k == b || (d->toks[k].flags & TOK_SPACE)))
            k--;
        if (k == b && acro && !c->blocked[b - 1] &&
            !(c->cls[b - 1] & (W_TITLESTART | W_TITLEINNER)))
            k = b - 1; /* (name_word takes no acronym) */
        if (k == b ||
            (k > d->sents[s].tbeg &&
             ((after_cap_word(d, k) && !title_qualifier(d, k - 1)) || c->tok_ment[k - 1] >= 0)) ||
            headline(c, s) != HL_NO || (!head && k != b - 1))
            continue;
        /* (for a head's title other than an officer's: in lowercase, the
         * words after a space and no organization's word that names it
         * alone: "Commission president X" is the one named before, "Federal
         * Chairman X" no firm's, "Pre-Paid" no word; nor a follower's
         * adjective, "Socialist president X", nor an office's,
         * "Presidential spokesman X") */
        int officer = tag_officer_role(role);
        const text_tok *lw = &d->toks[b - 1];
        if (head && !officer &&
            (!(d->toks[b].flags & TOK_LOWER) || !(d->toks[k].flags & TOK_SPACE) ||
             (c->cls[b - 1] & (W_ORGSUFFIX | W_ORGHEAD)) ||
             (lw->len > 4 && !memcmp(d->text + lw->end - 3, "ist", 3)) ||
             text_words_find(&office_adjectives_set, d, lw) >= 0))
            continue;
        /* (a sentence's first word alone may be an ordinary word:
         * "Meanwhile CEO X", not "Metsera CEO X"; before a head's title
         * other than an officer's, it always may: "Former president X",
         * "Outgoing chairman X"; one letter, or a word after "and", ends a
         * longer name: "B and C") */
        if ((b - k == 1 && (d->toks[k].flags & TOK_SENT) &&
             ((c->cls[k] & (W_COMMON | W_STOP)) || (!officer && !acro))) ||
            d->toks[k].len < 2 ||
            (k > d->sents[s].tbeg && (is_and(d, k - 1) || tok_char(d, k - 1, '&'))))
            continue;
        /* with its other mentions, the same words alone ("a bidding war with
         * Novo Nordisk", "Phytopharm's nursery") */
        /* (the short form of an organization the text names in full:
         * "Southern California Edison ... said Edison spokesman X") */
        long ent = org_with_words(c, g, k, b);
        int via = VIA_KEYWORD;
        /* (an acronym of two letters, which find_initials leaves alone
         * there, spelling the initials of an organization named before:
         * "Electronic Arts" ... "EA Chief Executive X") */
        if (ent < 0 && acro && k == b - 1) {
            const text_tok *a = &d->toks[k];
            long hit = initials_owner(c, g, KIND_ORG, 2, nm, k, d->text + a->start, a->len);
            if (hit >= 0) ent = c->ments[hit].ent, via = VIA_COREF;
        }
        if (ent < 0) ent = went_for(c, g, -1, 'O', k, b);
        if (mention_and_repeats(c, k, b, ent, via, &added)) return ENT_ENOMEM;
    }
    /* an acronym of three letters or more no mention covers before a
     * lowercase role noun and a person found ("HVB analyst Peter-Thilo
     * Halser", "NME editor X", as "KAL spokesman X" above; not "TV presenter
     * X", "PR executive X"; not in a text about sports, whose statistics
     * are acronyms: "Major league ERA leader Kevin Brown") */
    for (size_t m = 0; m < nm && !c->sports; m++) {
        uint32_t e = c->ments[m].tok, b = e - 1;
        /* (the acronym's flags first: most mentions have none two tokens
         * before) */
        if (e < 2 ||
            (d->toks[b - 1].flags & (TOK_ALLCAPS | TOK_DIGIT | TOK_NONASCII)) != TOK_ALLCAPS ||
            !(d->toks[b].flags & TOK_LOWER) || c->tok_ment[b - 1] >= 0 ||
            d->toks[b - 1].len < 3 || d->toks[b - 1].len > 6 || c->blocked[b - 1] ||
            (c->cls[b - 1] & (W_STOP | W_ENTSTART | W_TITLESTART | W_TITLEINNER)) ||
            !(d->toks[b].flags & TOK_SPACE) || (d->toks[b - 1].flags & TOK_NL) ||
            tag_went_kind(g, &c->ents[c->ments[m].ent]) != KIND_PERSON || !rel_role_noun(d, b))
            continue;
        uint32_t s = sent_of(c, b - 1);
        if (headline(c, s) != HL_NO ||
            (b - 1 > d->sents[s].tbeg && (after_cap_word(d, b - 1) || c->tok_ment[b - 2] >= 0)))
            continue;
        if (mention_and_repeats(c, b - 1, b, went_for(c, g, -1, 'O', b - 1, b), VIA_KEYWORD,
                                &added))
            return ENT_ENOMEM;
    }
    return merge_added(c, nm, added);
}

/* The first word after an officer's, a head's or a spokesman's title ti
 * and its "of" ("for" after a spokesman's), maybe past "the", where the
 * title is in an apposition, or opens the sentence with its article or comes
 * with it after "said" ("A spokeswoman for Smith Barney said", "The chairman
 * of Acme Widgets said", "said a spokesman for Morgan"); or 0. *opens tells
 * the second kind. */
static uint32_t after_officer_of(const tag_ctx *c, const gaz_t *g, const tag_title *ti,
                                 int *opens) {
    const text_doc *d = &c->doc;
    const char *role = g->titles[ti->title].role;
    uint32_t b = ti->tbeg, e = ti->tend;
    /* ("for" after a spokesman's title: "a spokesman for Sun Chemical") */
    int spokes = role && !strncmp(role, "Spokes", 6);
    if (!role || e + 2 >= d->ntoks ||
        !(text_tok_is(d, &d->toks[e], "of") || (spokes && text_tok_is(d, &d->toks[e], "for"))) ||
        !firm_head_role(role))
        return 0;
    int det = b > 0 && (text_tok_ieq(d, &d->toks[b - 1], "the") ||
                        text_tok_ieq(d, &d->toks[b - 1], "a") ||
                        text_tok_ieq(d, &d->toks[b - 1], "an"));
    b -= det;
    uint32_t s = sent_of(c, e), k = e + 1;
    *opens = det && (b == d->sents[s].tbeg || (b > 0 && is_said(d, b - 1)));
    if (!((b > 0 && tok_char(d, b - 1, ',')) || *opens)) return 0;
    if (k < d->sents[s].tend && text_tok_is(d, &d->toks[k], "the")) k++;
    return k;
}

/* Companies named after an officer's, a head's or a spokesman's title and
 * "of" in an apposition, that no mention covers: "X, chief executive of Acme
 * Widgets,", "said X, the president of Eaglebrook Plastics." One to four
 * capitalized words, not all of them ordinary words ("director of
 * Communications" is a department), then a comma, a verb of saying or the
 * sentence's end. Pushed as spans before select_spans. Returns 0 or
 * ENT_ENOMEM. */
static int find_firms_after_officers(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    for (size_t t = 0; t < c->ntitles; t++) {
        const tag_title *ti = &c->titles[t];
        int opens;
        uint32_t k = after_officer_of(c, g, ti, &opens);
        if (!k) continue;
        uint32_t e = ti->tend, s = sent_of(c, e), end = d->sents[s].tend, q;
        int plain = 1; /* all ordinary words so far */
        for (q = k; q < end && q < k + 4 && cap_word(c, q) && !(d->toks[q].flags & TOK_NL); q++)
            plain &= (c->cls[q] & W_COMMON) != 0;
        /* (a comma before another capitalized word may be inside the name,
         * "McLeod, Young Weir Ltd", and a full stop an initial's, "Ing C.
         * Olivetti"; an acronym alone is as often a short form of a name the
         * text gave before, "president of NAWG", which find_coref resolves) */
        int stop = q >= end || q + 1 == end ||
                   (tok_char(d, q, ',') && !(d->toks[q + 1].flags & TOK_UPPER)) || is_said(d, q) ||
                   (opens && (d->toks[q].flags & TOK_LOWER) &&
                    text_words_find(&spokes_verbs_set, d, &d->toks[q]) >= 0);
        /* (nor a person named before, "a spokesman for Yeutter", nor a
         * word of organizations' names alone after "the", "a spokesman for
         * the Bank": the body named before, which find_coref finds) */
        if (q == k + 1 &&
            (person_surname(c, g, k) ||
             (k > e + 1 && (c->cls[k] & (W_ORGHEAD | W_ORGSUFFIX)))))
            continue;
        if (q == k || plain || !stop || spans_touch(c, k, q) || headline(c, s) != HL_NO ||
            (q == k + 1 && (d->toks[k].flags & TOK_ALLCAPS)))
            continue;
        if (push_span(c, k, q, -1, VIA_KEYWORD, K_KEYWORD, 'O')) return ENT_ENOMEM;
    }
    return 0;
}

/* An organization named by an acronym alone after an officer's, a head's or
 * a spokesman's title and "of" (after_officer_of), which find_coref did not
 * give to a name the text spells out: "Teruo Sofue, a spokesman for NASDA,
 * said", "X, president of NAWG." (two to six capitals, then a comma, a full
 * stop or a verb of saying; not in a text about sports). Its mentions are
 * `keyword`'s, the same letters elsewhere too; or, where an organization
 * named before opens with it or has it for initials, that one's, by
 * `coref`. Returns 0 or ENT_ENOMEM. */
static int find_acronyms_after_officers(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    for (size_t t = 0; t < c->ntitles && !c->sports; t++) {
        int opens;
        uint32_t k = after_officer_of(c, g, &c->titles[t], &opens);
        if (!k || k + 1 >= d->ntoks || c->tok_ment[k] >= 0 || c->blocked[k] ||
            (d->toks[k].flags & (TOK_ALLCAPS | TOK_DIGIT | TOK_NONASCII)) != TOK_ALLCAPS ||
            d->toks[k].len < 2 || d->toks[k].len > 6 || (c->cls[k] & (W_STOP | W_ENTSTART)) ||
            !(tok_char(d, k + 1, ',') || tok_char(d, k + 1, '.') || is_said(d, k + 1)) ||
            headline(c, sent_of(c, k)) != HL_NO)
            continue;
        /* (the first word of an organization named before is its short
         * form: "SSL International" ... "a spokesman for SSL") */
        long ent = -1;
        for (size_t m = 0; m < nm && c->ments[m].tok < k && ent < 0; m++)
            if (c->ments[m].ntok >= 2 && tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_ORG &&
                same_words(d, c->ments[m].tok, k, 1))
                ent = c->ments[m].ent;
        /* (or whose initials it spells, as find_initials reads them) */
        long hit = ent < 0 ? initials_owner(c, g, KIND_ORG, 3, nm, k, d->text + d->toks[k].start,
                                            d->toks[k].len)
                           : -1;
        if (hit >= 0) ent = c->ments[hit].ent;
        if (ent >= 0) {
            if (add_mention(c, k, k + 1, (uint32_t)ent, VIA_COREF)) return ENT_ENOMEM;
            c->tok_ment[k] = (int32_t)(c->nments - 1);
            added++;
        } else if (mention_and_repeats(c, k, k + 1, went_for(c, g, -1, 'O', k, k + 1),
                                       VIA_KEYWORD, &added)) {
            return ENT_ENOMEM;
        }
    }
    return merge_added(c, nm, added);
}

/* Other mentions of an organization found with its legal form, without it
 * ("Dayton Hudson Corp" ... "Dayton Hudson said"; before it too, as a
 * headline names it: "Dayton Hudson posts higher profit" ... "Dayton Hudson
 * Corp said"): its name of two words or more before the legal form, where no
 * mention is and no capitalized word joins it to a longer name. Returns 0 or
 * ENT_ENOMEM. */
static int find_firm_names(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    for (size_t m = 0; m < nm; m++) {
        /* (copied: add_mention below may move c->ments) */
        const uint32_t tok = c->ments[m].tok, ntok = c->ments[m].ntok, ent = c->ments[m].ent;
        if (ntok < 3 || tag_went_kind(g, &c->ents[ent]) != KIND_ORG) continue;
        uint32_t n = ntok;
        while (n > 0 && (legal_form(d, tok + n - 1) || tok_char(d, tok + n - 1, '.') ||
                         is_and(d, tok + n - 1) || tok_char(d, tok + n - 1, '&')))
            n--;
        if (n < 2 || n == ntok) continue;
        long again = mention_again(c, tok, n, ent, 0, 0);
        if (again < 0) return ENT_ENOMEM;
        added += (size_t)again;
    }
    /* (one organization's in text order, but not the next one's) */
    return merge_added(c, nm, added);
}

int tag_plural_noun(const text_doc *d, size_t k) {
    const text_tok *t = &d->toks[k];
    const char *e = d->text + t->end;
    return (t->flags & TOK_LOWER) && t->len >= 4 && e[-1] == 's' && e[-2] != 's';
}

/* A person the lists do not know, named after "and" and a person of two
 * words or more whom a noun in the plural introduces ("Associated Press
 * writers Lisa Mascaro and Farnoush Amiri in Washington contributed",
 * "directors John Connally and Carter Burgess"; not "Michael Collins and Star
 * Wars", no such noun): two or three name words no mention covers, no word
 * of organizations' names or titles, whole (before no capitalized or glued
 * word, nor a possessive). A `firstname` mention, `coref` for the repeats.
 * Returns 0 or ENT_ENOMEM. */
static int find_paired_people(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    for (size_t m = 0; m < nm; m++) {
        const tag_mention sm = c->ments[m]; /* (a copy: add_mention may move them) */
        uint32_t i = sm.tok + sm.ntok + 1;
        if (sm.ntok < 2 || i + 1 >= d->ntoks || !is_and(d, i - 1) || c->tok_ment[i] >= 0 ||
            sm.tok == 0 || !tag_plural_noun(d, sm.tok - 1) ||
            tag_went_kind(g, &c->ents[sm.ent]) != KIND_PERSON)
            continue;
        const text_sent *st = &d->sents[sent_of(c, i)];
        if (headline(c, sent_of(c, i)) != HL_NO) continue;
        int words;
        uint32_t n = name_run_words(c, i, st->tend, c->gazstop, &words), e = i + n;
        if (n < 2 || words < 2 || words > 3) continue;
        int bad = 0;
        for (uint32_t k = i; k < e && !bad; k++)
            bad = c->tok_ment[k] >= 0 || c->blocked[k] ||
                  (c->cls[k] & (W_ORGSUFFIX | W_ORGHEAD | W_TITLESTART | W_NOTLAST));
        if (bad || (e < st->tend && (((d->toks[e].flags & (TOK_WORD | TOK_UPPER)) ==
                                      (TOK_WORD | TOK_UPPER)) ||
                                     tok_glue(d, e) || is_possessive(d, e))))
            continue;
        if (mention_and_repeats(c, i, e, went_for(c, g, -1, 'P', i, e), VIA_FIRSTNAME, &added))
            return ENT_ENOMEM;
    }
    return merge_added(c, nm, added);
}

/* Clubs nobody lists, in brackets after a player in a text about team
 * sports, as line-ups and scorers are filed ("Vladimir Smicer (Lens),
 * Christopher Wreh (Guingamp)"): one to three capitalized words no mention
 * covers, no stop word, of three letters or more, alone in the brackets
 * after a person's mention. An organization found by `team`; the same words
 * alone elsewhere are it too. Returns 0 or ENT_ENOMEM. */
static int find_bracket_clubs(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    if (!c->sports) return 0;
    for (size_t m = 0; m < nm; m++) {
        const tag_mention sm = c->ments[m]; /* (a copy: add_mention may move them) */
        uint32_t u = sm.tok + sm.ntok + 1, q = u;
        if (u + 1 >= d->ntoks || !tok_char(d, u - 1, '(') ||
            tag_went_kind(g, &c->ents[sm.ent]) != KIND_PERSON)
            continue;
        while (q < d->ntoks && q < u + 3 && c->tok_ment[q] < 0 && cap_word(c, q) &&
               !(d->toks[q].flags & TOK_DIGIT) && d->toks[q].len >= 3 &&
               (q == u || (d->toks[q].flags & TOK_SPACE)))
            q++;
        if (q == u || q >= d->ntoks || !tok_char(d, q, ')')) continue;
        long ent = went_for(c, g, -1, 'O', u, q);
        if (mention_and_repeats(c, u, q, ent, VIA_TEAM, &added)) return ENT_ENOMEM;
    }
    return merge_added(c, nm, added);
}

/* Prepositions of place before a town ("a plant in Woodridge, Ill."). */
static int place_prep(const text_doc *d, size_t k) {
    static const char *const preps[] = {"in", "of", "from", "near", "at", "outside", "to",
                                        "into", "around", "suburban"};
    for (size_t q = 0; q < ENT_ARRAY_LEN(preps); q++)
        if (text_tok_is(d, &d->toks[k], preps[q])) return 1;
    return 0;
}

static int compass_word(const text_doc *d, size_t k);

/* Towns the gazetteer does not know, named before a comma and a state it
 * does ("a boy from Irving, Texas, was", "based in Secaucus, N.J."): one to
 * three capitalized words no mention covers ("St." may open them: "St.
 * Albans, Vt."; or a person only a given name found, "Eden Prairie"), after
 * a preposition of place, a bracket or at the start of the sentence (a
 * dateline: "Fairview, Texas, sold bonds"; not an ordinary word there:
 * "Meanwhile, Ohio, ..."); the state ends the phrase (punctuation or the
 * sentence's end after it: not "Smith, Texas Instruments' chief").
 * The entity is the town in that state ("Irving, Texas"), a LOCATION found
 * by `town`; the same words alone elsewhere in the text are it too (coref).
 * Returns 0 or ENT_ENOMEM. */
static int find_towns(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    for (size_t m = 0; m < nm; m++) {
        const tag_mention sm = c->ments[m]; /* (a copy: add_mention may move them) */
        const tag_went *w = &c->ents[sm.ent];
        /* (a country's name only after a dateline's town: "KHASAVYURT, Russia
         * (Reuters) -", below) */
        if (w->gidx < 0 || sm.via == VIA_DEMONYM || sm.via == VIA_CAPITAL || sm.tok < 2)
            continue;
        /* the comma, maybe with a side of the state between ("in
         * Topolcany, western Slovakia") */
        uint32_t cm = sm.tok - 1;
        if (!tok_char(d, cm, ',') && !(cm >= 2 && tag_side_word(d, cm) && tok_char(d, --cm, ',')))
            continue;
        int country = g->ents[w->gidx].kind == KIND_COUNTRY;
        if (!country &&
            (g->ents[w->gidx].kind != KIND_LOCATION || g->ents[w->gidx].sub != SUB_STATE))
            continue;
        const text_sent *st = &d->sents[sent_of(c, sm.tok)];
        uint32_t e = sm.tok + sm.ntok;
        /* (a dateline's date may come first: "KHASAVYURT, Russia, Nov 30
         * (Reuters) -", "KHASAVYURT, Russia 1996-08-31" ending its line) */
        size_t de = dateline_date_end(d, e);
        int dated = de != e && (de >= d->ntoks || (d->toks[de].flags & TOK_NL) ||
                                tok_char(d, de, '(') || text_is_dash(d, de));
        /* (a line break after a state's abbreviation ends the phrase too,
         * where the sentence splitter kept the abbreviation's line with the
         * next one: "in Florence, S.C." and "Reuter" below; not "Texas" and
         * "Instruments" on the next line) */
        /* (and so does a lowercase word but "and" or "or": "lived in Norfolk,
         * Nebraska from the age of eight") */
        if ((!dated && e < st->tend &&
             !((d->toks[e].flags & TOK_NL) && tok_char(d, e - 1, '.')) &&
             (((d->toks[e].flags & TOK_WORD) &&
               (!(d->toks[e].flags & TOK_LOWER) || list_goes_on(d, e))) ||
              is_possessive(d, e))) ||
            headline(c, sent_of(c, sm.tok)) == HL_CAPS)
            continue; /* (not "Stewart Freeman, Michigan's chief attorney") */
        uint32_t b = cm, words = 0; /* the town: [b, comma) */
        /* a dateline's town in capitals: "AUSTIN, Texas (Reuters) -",
         * "SAN ANTONIO, Texas -" (at a line's start, below) */
        int dateline = dated || (e < st->tend && !(d->toks[e].flags & TOK_WORD) &&
                                 !tok_char(d, e, ',') && !tok_char(d, e, '.'));
        /* (a country after a town otherwise only after a preposition of
         * place: "murdered in Topolcany, Slovakia, in July") */
        int inland = country && !dateline;
        if (inland && (d->toks[cm - 1].flags & (TOK_WORD | TOK_UPPER)) != (TOK_WORD | TOK_UPPER))
            continue;
        /* (a person the given-name rule found there is the town: "Eden
         * Prairie, Minn.", "Sterling Heights, Mich."; so is an organization
         * named after a settlement's word: "Sauk Center, Minn."; and a
         * county is named with its state: "Harris County, Texas") */
        int32_t pm = c->tok_ment[cm - 1];
        if (pm >= 0 && c->ents[c->ments[pm].ent].gidx < 0 &&
            c->ments[pm].tok + c->ments[pm].ntok == cm && c->ments[pm].ntok <= 4 &&
            (c->ments[pm].via == VIA_FIRSTNAME || c->ments[pm].via == VIA_TOWN ||
             (c->ments[pm].via == VIA_KEYWORD &&
              text_words_find(&town_tails_set, d, &d->toks[cm - 1]) >= 0)))
            b = c->ments[pm].tok, words = c->ments[pm].ntok;
        while (b > st->tbeg && words < 3 && pm < 0) {
            uint32_t p = b - 1;
            const text_tok *t = &d->toks[p];
            if ((t->flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
                (!(t->flags & TOK_ALLCAPS) || dateline) && c->tok_ment[p] < 0 && !c->blocked[p] &&
                !(c->cls[p] & W_STOP)) {
                b = p, words++;
            } else if (tok_char(d, p, '.') && p > st->tbeg && c->tok_ment[p - 1] < 0 &&
                       (text_tok_is(d, &d->toks[p - 1], "St") ||
                        text_tok_is(d, &d->toks[p - 1], "Ft") ||
                        text_tok_is(d, &d->toks[p - 1], "Mt")) &&
                       words > 0) {
                b = p - 1, words++;
                break;
            } else {
                break;
            }
        }
        /* a known place's name and a settlement's words after it name a town
         * of their own: "Dearborn Heights, Mich.", "Palm Beach Gardens,
         * Fla." (the known place's mention there becomes the town's) */
        int32_t lm = -1;
        if (pm < 0 && words >= 1 && words <= 2 && b > st->tbeg) {
            int tails = 1;
            for (uint32_t q = b; q < cm && tails; q++)
                tails = text_words_find(&town_tails_set, d, &d->toks[q]) >= 0;
            int32_t x = c->tok_ment[b - 1];
            if (tails && x >= 0 && c->ments[x].tok + c->ments[x].ntok == b &&
                c->ments[x].ntok <= 2 && c->ments[x].via != VIA_DEMONYM &&
                tag_went_kind(g, &c->ents[c->ments[x].ent]) == KIND_LOCATION)
                lm = x, b = c->ments[x].tok, words += c->ments[x].ntok;
        }
        /* so does a compass point or "New" before a known place that is no
         * state, or a capital, before a state: "North Wales, Pa." is a town
         * in Pennsylvania, not the Welsh region, "New London, Conn." no
         * capital (not "Northern Virginia, Maryland": a state after a state
         * is a list) */
        if (pm >= 0 && !words && c->ents[c->ments[pm].ent].gidx >= 0 && !country &&
            c->ments[pm].tok + c->ments[pm].ntok == cm && c->ments[pm].ntok <= 2 &&
            c->ments[pm].tok > st->tbeg &&
            (c->ments[pm].via == VIA_CAPITAL ||
             (c->ments[pm].via != VIA_DEMONYM &&
              tag_went_kind(g, &c->ents[c->ments[pm].ent]) == KIND_LOCATION &&
              g->ents[c->ents[c->ments[pm].ent].gidx].sub != SUB_STATE)) &&
            (d->toks[c->ments[pm].tok - 1].flags & TOK_UPPER) &&
            (compass_word(d, c->ments[pm].tok - 1) ||
             text_tok_is(d, &d->toks[c->ments[pm].tok - 1], "New")) &&
            c->tok_ment[c->ments[pm].tok - 1] < 0) {
            lm = pm, b = c->ments[pm].tok - 1, words = c->ments[pm].ntok + 1;
            pm = -1;
        }
        if (!words) continue;
        /* the town in capitals at a line's start: a dateline's (capitals
         * elsewhere make no town) */
        int caps = b == 0 || (d->toks[b].flags & TOK_NL) != 0, anycaps = 0;
        for (uint32_t q = b; q < cm; q++) {
            int allcaps = (d->toks[q].flags & TOK_ALLCAPS) != 0;
            caps &= allcaps || tok_char(d, q, '.');
            anycaps |= allcaps;
        }
        if (!caps && (anycaps || (country && !inland))) continue;
        if (inland && (b == st->tbeg || !place_prep(d, b - 1))) continue;
        if (b == st->tbeg) {
            if (pm >= 0 || (!caps && words == 1 && (c->cls[b] & (W_COMMON | W_FIRSTNAME))))
                continue;
        } else if (!place_prep(d, b - 1) && !tok_char(d, b - 1, '(')) {
            continue;
        }
        /* the town in its state: "Irving" and ", Texas"; without the state's
         * gazetteer note in brackets ("Savannah, Georgia", not "Georgia
         * (U.S. state)") */
        const char *state = g->ents[w->gidx].name;
        size_t tl, gl = g->ents[w->gidx].name_len;
        if (gl > 2 && state[gl - 1] == ')')
            for (size_t q = gl - 1; q > 1; q--)
                if (state[q] == '(' && state[q - 1] == ' ') {
                    gl = q - 1;
                    break;
                }
        const char *town = span_name(c, b, cm, &tl);
        char *name = town ? arena_alloc(c->arena, tl + 2 + gl + 1) : NULL;
        if (!name) return ENT_ENOMEM;
        memcpy(name, town, tl);
        if (caps) /* "AUSTIN" is Austin; "SAN ANTONIO" San Antonio */
            for (size_t q = 1; q < tl; q++)
                if (name[q] >= 'A' && name[q] <= 'Z' && name[q - 1] != ' ' && name[q - 1] != '-')
                    name[q] = (char)(name[q] - 'A' + 'a');
        memcpy(name + tl, ", ", 2);
        memcpy(name + tl + 2, state, gl);
        name[tl + 2 + gl] = '\0';
        long ent = went_named(c, g, 'L', "loc:", name, tl + 2 + gl);
        if (ent < 0) return ENT_ENOMEM;
        if (pm >= 0) {
            /* (and the person's other mentions: the same town again) */
            uint32_t was = c->ments[pm].ent;
            for (size_t k = 0; k < c->nments; k++)
                if (c->ments[k].ent == was) {
                    c->ments[k].ent = (uint32_t)ent, c->ments[k].via = VIA_COREF;
                    c->ents[was].count--, c->ents[ent].count++;
                }
            c->ments[pm].via = VIA_TOWN;
        } else if (lm >= 0) {
            tag_mention *x = &c->ments[lm];
            c->ents[x->ent].count--, c->ents[ent].count++;
            x->ent = (uint32_t)ent, x->via = VIA_TOWN, x->tok = b, x->ntok = cm - b;
            x->start = d->toks[b].start, x->end = d->toks[cm - 1].end;
            for (uint32_t q = b; q < cm; q++) c->tok_ment[q] = lm;
        } else {
            if (add_mention(c, b, cm, ent, VIA_TOWN)) return ENT_ENOMEM;
            added++;
        }
        long again = mention_again(c, b, cm - b, (uint32_t)ent, 0, 1);
        if (again < 0) return ENT_ENOMEM;
        added += (size_t)again;
    }
    return merge_added(c, nm, added);
}

/* Can token k be a word of a town's name nobody knows: a capitalized word,
 * not in capitals, that no mention covers, not blocked, and no stop word nor
 * word of titles or organizations? (find_aged_towns, find_noun_towns,
 * find_paired_towns) */
static int unknown_town_word(const tag_ctx *c, size_t k) {
    return (c->doc.toks[k].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) == (TOK_WORD | TOK_UPPER) &&
           c->tok_ment[k] < 0 && !c->blocked[k] &&
           !(c->cls[k] & (W_STOP | W_TITLESTART | W_ORGSUFFIX | W_ORGHEAD));
}

/* Mention tokens [b, e) as a town nobody knows, named by its words (a
 * LOCATION found by `town`), with its repeats (mention_and_repeats).
 * Returns 0 or ENT_ENOMEM. */
static int mention_town(tag_ctx *c, const gaz_t *g, uint32_t b, uint32_t e, size_t *added) {
    return mention_and_repeats(c, b, e, town_went(c, g, b, e), VIA_TOWN, added);
}

/* Is token k the word "County", capitalized (not in capitals)? */
static int county_word(const text_doc *d, size_t k) {
    const text_tok *t = &d->toks[k];
    /* (the three tests at once: asked at every capitalized word, whose
     * capitals the predictor cannot guess) */
    return ((t->flags & (TOK_UPPER | TOK_ALLCAPS)) == TOK_UPPER) &
           (t->key == WORD_KEY6('c', 'o', 'u', 'n', 't', 'y')) & (t->len == 6);
}

/* Is token k a word of a county's name before "County": capitalized, not in
 * capitals, and no stop word, title or word of organizations' names? (A
 * name the gazetteer knows may be one: "Washington County".) */
static int county_name_word(const tag_ctx *c, size_t k) {
    return (c->doc.toks[k].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) == (TOK_WORD | TOK_UPPER) &&
           !c->blocked[k] && !(c->cls[k] & (W_STOP | W_TITLESTART | W_ORGSUFFIX | W_ORGHEAD));
}

/* A company the rules found with its legal form names itself elsewhere by
 * its words before the legal form, before the name or after it, where the
 * last of them is a one-word company the gazetteer knows ("Brush Wellman Inc"
 * ... "Brush Wellman comments on lawsuits", "Brush Wellman shares rose": not
 * Wellman Inc): those words, whole (no capitalized word right before or after
 * them, no legal form after), are pushed as the company's span, which wins
 * over the shorter known one. Other such names the coreference pass finds
 * (find_firm_names). Returns 0 or ENT_ENOMEM. */
static int find_firm_repeats(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nsp = c->nspans;
    for (size_t q = c->ngazspans; q < nsp; q++) {
        const tag_span sp = c->spans[q]; /* (a copy: push_span may move them) */
        if (sp.kind != K_KEYWORD || sp.type != 'O' || sp.tend - sp.tbeg < 3) continue;
        uint32_t n = sp.tend - sp.tbeg;
        while (n > 0 && (legal_form(d, sp.tbeg + n - 1) || tok_char(d, sp.tbeg + n - 1, '.')))
            n--;
        if (n < 2 || n == sp.tend - sp.tbeg) continue;
        const tag_span *known = gaz_span_at(c, sp.tbeg + n - 1);
        if (!known || known->tend != sp.tbeg + n || known->tbeg != sp.tbeg + n - 1 ||
            g->ents[known->gidx].kind != KIND_ORG)
            continue;
        for (size_t ci = 0; ci < c->ncaps; ci++) {
            size_t k = c->caps[ci], w = 0;
            if (k == sp.tbeg || k + n > d->ntoks) continue;
            while (w < n && same_tok(d, k + w, sp.tbeg + w)) w++;
            size_t e = k + n;
            if (w < n || after_cap_word(d, k) ||
                (e < d->ntoks && ((d->toks[e].flags & (TOK_WORD | TOK_UPPER)) ==
                                      (TOK_WORD | TOK_UPPER) ||
                                  legal_form(d, e))))
                continue;
            if (push_span(c, (uint32_t)k, (uint32_t)e, -1, VIA_KEYWORD, K_KEYWORD, 'O'))
                return ENT_ENOMEM;
        }
    }
    return 0;
}

/* A person a rule found by one word ("Mamdani, a state assemblyman, beat",
 * "Mamdani said"), whom the text named before by that word after another
 * capitalized word that the rules left alone ("Zohran Mamdani won the
 * race", a given name the lists lack): the two words are the person's full
 * name, found as the one word was (coreference then gives the later word
 * to it); not an ordinary or stop word, nor after or before another
 * capitalized word. Returns 0 or ENT_ENOMEM. */
static int find_full_names_before(tag_ctx *c, const gaz_t *g, const uint8_t *gazstop) {
    const text_doc *d = &c->doc;
    size_t nsp = c->nspans;
    for (size_t q = c->ngazspans; q < nsp; q++) {
        const tag_span sp = c->spans[q]; /* (a copy: push_span may move them) */
        if (sp.type != 'P' || sp.gidx >= 0 || sp.tend != sp.tbeg + 1 ||
            (sp.kind != K_FIRST && sp.kind != K_TITLE && sp.kind != K_SPEAKER))
            continue;
        /* (not the surname of a person the text names in full already, known
         * or found: "Neil Kinnock" ... "Baron Kinnock" ... "Kinnock said") */
        size_t gk = 0;
        for (; gk < nsp; gk++) {
            const tag_span *gs = &c->spans[gk];
            if (gs->tend > gs->tbeg + 1 && person_span(g, gs) && same_tok(d, gs->tend - 1, sp.tbeg))
                break;
        }
        if (gk < nsp) continue;
        for (size_t k = 1; k < sp.tbeg; k++) {
            if (!same_tok(d, k, sp.tbeg)) continue;
            size_t f = k - 1;
            if (!cap_word(c, f) || (c->cls[f] & (W_COMMON | W_STOP | W_TITLESTART)) || gazstop[f] ||
                c->blocked[f] || after_cap_word(d, f) || !(d->toks[k].flags & TOK_SPACE) ||
                (k + 1 < d->ntoks && (d->toks[k + 1].flags & TOK_UPPER)) ||
                spans_touch(c, f, k + 1))
                continue;
            if (push_span(c, (uint32_t)f, (uint32_t)k + 1, -1, sp.via, sp.kind, 'P'))
                return ENT_ENOMEM;
            break;
        }
    }
    return 0;
}

/* Counties named with the word, as American news names them: one or two
 * capitalized words and "County" ("Harris County", "San Bernardino County",
 * "Miami-Dade County"), whole (after no other capitalized word in the
 * sentence and before none: "the Santa Clara County Superior Court" is a
 * court, "Walker County Telephone" a firm), and not in a text about sports
 * ("Notts County" is a club). The words may name a place or a person the
 * gazetteer knows ("Washington County", "Jefferson County"): the county's
 * span, longer, wins; one the gazetteer knows whole ("Orange County") is its
 * entity, as its span wins on equal extents. Pushed as silent spans of type
 * 'L', which select_spans makes LOCATION mentions (`town`). Returns 0 or
 * ENT_ENOMEM. */
static int county_spans(tag_ctx *c) {
    const text_doc *d = &c->doc;
    /* (most texts: no noun of places, "county" among them) */
    if (c->sports || !c->placenouns) return 0;
    for (size_t ci = 0; ci < c->ncaps; ci++) {
        uint32_t k = c->caps[ci];
        if (!county_word(d, k) || k == 0 || (d->toks[k].flags & TOK_SENT) ||
            !(d->toks[k].flags & TOK_SPACE) || !county_name_word(c, k - 1))
            continue;
        if (k + 1 < d->ntoks && (((d->toks[k + 1].flags & (TOK_WORD | TOK_UPPER)) ==
                                  (TOK_WORD | TOK_UPPER)) ||
                                 tok_glue(d, k + 1)))
            continue;
        uint32_t b = k - 1, words = 1;
        for (;;) {
            if (d->toks[b].flags & TOK_SENT) break;
            if (!(d->toks[b].flags & TOK_SPACE) && b >= 2 && text_is_dash(d, b - 1) &&
                !(d->toks[b - 1].flags & TOK_SPACE) && county_name_word(c, b - 2)) {
                b -= 2; /* "Miami-Dade" */
                continue;
            }
            if (words < 2 && (d->toks[b].flags & TOK_SPACE) && county_name_word(c, b - 1)) {
                b--, words++;
                continue;
            }
            break;
        }
        /* (whole: no capitalized word or glued one before it) */
        if (!(d->toks[b].flags & TOK_SENT) &&
            (!(d->toks[b].flags & TOK_SPACE) ||
             (d->toks[b - 1].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER)))
            continue;
        if (push_span(c, b, k + 1, -1, VIA_TOWN, K_MUTE, 'L')) return ENT_ENOMEM;
    }
    return 0;
}

/* May "of" after person mention sm name his home, without his age between
 * ("Darryl Breniser of Blue Ball, said", "Tom Defelice of Warwick, who
 * won")? His full name, found by no title ("analyst John Smith of Kleinwort
 * said": an employer), in a text not about team sports ("Wayne Rooney of
 * Everton": a club). */
static int bare_of_home(const tag_ctx *c, const tag_mention *sm) {
    return !c->sports && sm->ntok >= 2 && sm->via != VIA_TITLE && sm->via != VIA_COREF &&
           tag_title_ending_at(c->titles, c->ntitles, sm->tok) < 0;
}

/* The end of the run of up to n words from b that may name a town nobody
 * knows (unknown_town_word), inside sentence st. */
static uint32_t unknown_town_run(const tag_ctx *c, const text_sent *st, uint32_t b, uint32_t n) {
    uint32_t e = b;
    while (e < st->tend && e < b + n && unknown_town_word(c, e)) e++;
    return e;
}

/* Up to three words at b that may name a town nobody knows (unknown_town_run),
 * and after them a lowercase word or a comma, full stop or semicolon;
 * returns the end, or b for none. */
static uint32_t unknown_town_end_at(const tag_ctx *c, const text_sent *st, uint32_t b) {
    const text_doc *d = &c->doc;
    uint32_t e = unknown_town_run(c, st, b, 3);
    if (e == b || e >= st->tend || (d->toks[e].flags & (TOK_UPPER | TOK_DIGIT)) ||
        (!(d->toks[e].flags & TOK_LOWER) && !tok_char(d, e, ',') && !tok_char(d, e, '.') &&
         !tok_char(d, e, ';')))
        return b;
    return e;
}

/* Is token k "his", "her" or "their", whose home a town may be? */
static int home_owner_word(const text_doc *d, size_t k) {
    return text_tok_is(d, &d->toks[k], "his") || text_tok_is(d, &d->toks[k], "her") ||
           text_tok_is(d, &d->toks[k], "their");
}

/* A town nobody knows at capitalized token b named as someone's home: after
 * "home in", maybe with a word of where between ("died at his home in
 * suburban Larchmont", "her home in Bethesda."), or between a possessive
 * pronoun and "home" ("commuting from her Germantown home"). Mentions it
 * (mention_town); returns 1 if it did, 0 if not, -1 without memory. */
static int home_town_at(tag_ctx *c, const gaz_t *g, const text_sent *st, uint32_t b,
                        size_t *added) {
    const text_doc *d = &c->doc;
    uint32_t q = b - 1, e;
    if (q > st->tbeg && tag_vicinity_word(d, q)) q--;
    /* (a home of someone's: "his home in", "the family home in"; not "at
     * home in Old Firm derbies") */
    if (q > st->tbeg + 1 && text_tok_is(d, &d->toks[q], "in") &&
        text_tok_is(d, &d->toks[q - 1], "home") &&
        (home_owner_word(d, q - 2) || text_tok_is(d, &d->toks[q - 2], "family"))) {
        if ((e = unknown_town_end_at(c, st, b)) == b) return 0;
    } else if (b > st->tbeg && home_owner_word(d, b - 1)) {
        e = unknown_town_run(c, st, b, 3);
        if (e >= st->tend || !text_tok_is(d, &d->toks[e], "home")) return 0;
    } else {
        return 0;
    }
    return mention_town(c, g, b, e, added) ? -1 : 1;
}

/* Towns the gazetteer does not know, named as a person's home after his age,
 * as agencies write it ("Daniel Sullivan, 30, of Boothbay, went down",
 * "Mary Vaughan, 83, of Trapper Creek."), or after his full name alone
 * ("Darryl Breniser of Blue Ball, said": bare_of_home): one or two capitalized words no
 * mention covers and no word of titles, organizations or stop words, between
 * "of" and a comma or a full stop; or a birthplace, up to three such words
 * after "born in"; or a home, after a verb of living and "in" ("who lives in
 * Rock Hill") or named as one (home_town_at). A LOCATION found by `town`, named by its
 * words; the same words alone elsewhere are it too. Returns 0 or ENT_ENOMEM. */
static int find_aged_towns(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    for (size_t m = 0; m < nm; m++) {
        const tag_mention sm = c->ments[m]; /* (a copy: add_mention may move them) */
        uint32_t b = sm.tok + sm.ntok + 4; /* ", 30, of" */
        int aged = b + 1 < d->ntoks && tok_char(d, b - 4, ',') &&
                   (d->toks[b - 3].flags & TOK_DIGIT) && text_tok_is(d, &d->toks[b - 1], "of");
        if (!aged) b -= 3; /* "Darryl Breniser of Blue Ball, said" (bare_of_home) */
        if (b + 1 >= d->ntoks || !text_tok_is(d, &d->toks[b - 1], "of") ||
            tag_went_kind(g, &c->ents[sm.ent]) != KIND_PERSON)
            continue;
        const text_sent *st = &d->sents[sent_of(c, sm.tok)];
        if (aged ? !age_at(d, b - 3, st->tend) : !bare_of_home(c, &sm)) continue;
        uint32_t e = unknown_town_run(c, st, b, 2);
        if (e == b || e >= st->tend || !(tok_char(d, e, ',') || tok_char(d, e, '.'))) continue;
        /* (without the age, a comma and a verb of the person's clause: "of
         * Warwick, who won", "of Blue Ball, said"; not a speaker's employer,
         * "said Perrin Long of Lipper Analytical.", "of Kidder, Peabody") */
        if (!aged && (!tok_char(d, e, ',') || e + 1 >= st->tend ||
                      text_words_find(&home_clause_words_set, d, &d->toks[e + 1]) < 0))
            continue;
        if (mention_town(c, g, b, e, &added)) return ENT_ENOMEM;
    }
    /* and named as a home (home_town_at), or after "born in" (maybe with a
     * date between), before punctuation
     * or a lowercase word ("Eric Sevareid, who was born in Velva, several
     * miles southeast of Minot", "Born in 1942 in Tredegar to a miner
     * father") */
    for (size_t ci = 0; ci < c->ncaps; ci++) {
        uint32_t b = c->caps[ci];
        /* (both rules want a short lowercase word before: "in", "his",
         * "suburban") */
        if (b < 2 || !(d->toks[b - 1].flags & TOK_LOWER) || d->toks[b - 1].len > 8 ||
            !unknown_town_word(c, b))
            continue;
        const text_sent *st = &d->sents[sent_of(c, b)];
        int h = home_town_at(c, g, st, b, &added);
        if (h < 0) return ENT_ENOMEM;
        if (h || d->toks[b - 1].key != WORD_KEY2('i', 'n') ||
            !text_tok_is(d, &d->toks[b - 1], "in"))
            continue;
        /* (or after a verb of living: "who lives in Rock Hill", "grew up in
         * Tredegar") */
        const text_tok *v = &d->toks[b - 2];
        int lives = b >= st->tbeg + 2 && (v->flags & TOK_LOWER) &&
                    (text_words_find(&living_verbs_set, d, v) >= 0 ||
                     (b >= st->tbeg + 3 && text_tok_is(d, v, "up") &&
                      text_tok_is(d, &d->toks[b - 3], "grew")));
        uint32_t e;
        if (lives) {
            if ((e = unknown_town_end_at(c, st, b)) > b && mention_town(c, g, b, e, &added))
                return ENT_ENOMEM;
            continue;
        }
        /* ("born" within a date's reach, the date between what
         * rel_past_birth_date reads: "born on April 5, 1908, in Lowell",
         * "Born in 1942 in Tredegar") */
        uint32_t k = b - 1;
        while (k > st->tbeg && k + 8 > b && !(d->toks[k - 1].key == WORD_KEY4('b', 'o', 'r', 'n') &&
                                             text_tok_ieq(d, &d->toks[k - 1], "born")))
            k--;
        if (k <= st->tbeg || k + 8 <= b || rel_past_birth_date(d, k, st->tend) != b - 1) continue;
        e = unknown_town_end_at(c, st, b);
        if (e == b) continue;
        if (mention_town(c, g, b, e, &added)) return ENT_ENOMEM;
    }
    return merge_added(c, nm, added);
}

/* Does the word of token k end as an adjective of a place does ("Andean",
 * "Himalayan", "Nordic", "Alpine", "Maltese", "Flemish")? */
static int adjective_ending(const text_doc *d, size_t k) {
    static const char *const ends[] = {"ian", "ean", "yan", "ic", "ine", "ese", "ish"};
    return tok_ends_in(d, k, ends, ENT_ARRAY_LEN(ends), 3);
}

/* Does token q stand alone in brackets? */
static int bracketed_at(const tag_ctx *c, size_t q) {
    return tok_char(&c->doc, q - 1, '(') && tok_char(&c->doc, q + 1, ')');
}

/* Is the word of token k, elsewhere in the text, alone in brackets ("(FmHA)")?
 * (Token k stands before an area's noun: it is not so itself.) */
static int bracketed_in_text(tag_ctx *c, size_t k) {
    if (!c->bracket_set && !(c->bracket_set = keyset_build(c, bracketed_at))) return 0;
    return keyset_get(c->bracket_set, &c->doc.toks[k]) != UINT32_MAX;
}

/* Does an apposition that makes the name before it a settlement start at
 * token k, before end: a comma, "a" or "an", up to two lowercase words or a
 * people's adjectives and a settlement's noun in lowercase (place_nouns: "a
 * village", "a small farming town", "a Palestinian town", "a port city"),
 * then a word of place_appos_after, a number or a comma, full stop,
 * semicolon or bracket (not "a city-run firm")? */
static int place_appos_at(const tag_ctx *c, size_t k, size_t end) {
    const text_doc *d = &c->doc;
    if (k + 3 >= end || !tok_char(d, k, ',') || (d->toks[k].flags & TOK_SPACE) ||
        !(text_tok_is(d, &d->toks[k + 1], "a") || text_tok_is(d, &d->toks[k + 1], "an")))
        return 0;
    for (size_t j = k + 2; j < end && j <= k + 4; j++) {
        const text_tok *t = &d->toks[j];
        /* (a people's adjective among the words: "a Palestinian town") */
        if (!(t->flags & TOK_LOWER)) {
            if (c->tok_ment[j] < 0 || c->ments[c->tok_ment[j]].via != VIA_DEMONYM) return 0;
            continue;
        }
        if (!(c->cls[j] & W_PLACENOUN) || text_words_find(&place_nouns_set, d, t) < 0) continue;
        if (j + 1 >= end) return 1;
        const text_tok *n = &d->toks[j + 1];
        if (!(n->flags & TOK_SPACE))
            return tok_char(d, j + 1, ',') || tok_char(d, j + 1, '.') ||
                   tok_char(d, j + 1, ';') || tok_char(d, j + 1, ')');
        return (n->flags & TOK_DIGIT) ||
               ((n->flags & TOK_LOWER) && text_words_find(&place_appos_after_set, d, n) >= 0) ||
               (c->cls[j + 1] & W_PLACENOUN); /* (a "port city") */
    }
    return 0;
}

/* Places the gazetteer does not know, named after "the town of", "the
 * village of" and the like (place_nouns, in lowercase), before an area's
 * noun in lowercase after "the", a possessive or a preposition of place
 * ("Hong Kong's Tai Po district", "in the Batken region", "in Kebbi
 * state"), or before an apposition of a settlement ("Dahshour, a village 40
 * km south of Cairo": place_appos_at): one to three capitalized words no
 * mention covers and no word of titles, organizations or stop words (a
 * hyphen may join two: "Urus-Martan"), before no other capitalized word. A
 * LOCATION found by `town`, named by its words; the same words alone
 * elsewhere are it too. Returns 0 or ENT_ENOMEM. */
static int find_noun_towns(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    if (!c->placenouns) return 0; /* (most texts: no such noun) */
    for (size_t ci = 0; ci < c->ncaps; ci++) {
        uint32_t b = c->caps[ci];
        if (b < 2 || c->tok_ment[b] >= 0) continue;
        int of = place_noun_of_before(c, b);
        /* (else an area's noun comes within four tokens: "Tai Po district",
         * "Urus-Martan region"; or a settlement's within eight, in an
         * apposition: "Dahshour, a small village") */
        int area = 0;
        if (!of) {
            uint32_t q = b + 1;
            while (q < d->ntoks && q <= b + 8 && !(c->cls[q] & W_PLACENOUN)) q++;
            if (q >= d->ntoks || q > b + 8) continue;
            area = q <= b + 4 && (text_tok_is(d, &d->toks[b - 1], "the") ||
                                  is_possessive(d, b - 2) || place_prep(d, b - 1));
            /* (the apposition's name starts at a word, not inside a name:
             * not "Vallee" of "Marne-la-Vallee, a new town") */
            if (!area && (!(d->toks[b].flags & TOK_SPACE) ||
                          (after_cap_word(d, b) && !(c->cls[b - 1] & W_STOP))))
                continue;
        }
        const text_sent *st = &d->sents[sent_of(c, b)];
        uint32_t e = b, words = 0;
        for (;;) {
            if (e >= st->tend || words == 3 || !unknown_town_word(c, e)) break;
            e++, words++;
            /* (a hyphen between two words, no space: "Urus-Martan"; lowercase
             * particles and their hyphen: "Khan al-Ahmar") */
            size_t pk = e < st->tend && (c->cls[e] & W_PARTICLE) && (d->toks[e].flags & TOK_LOWER)
                            ? past_particles(c, e, st->tend)
                            : e;
            if (e + 1 < st->tend && text_is_dash(d, e) &&
                !(d->toks[e].flags & TOK_SPACE) && !(d->toks[e + 1].flags & TOK_SPACE))
                e++;
            else if (pk > e && pk < st->tend && (d->toks[pk].flags & TOK_UPPER) &&
                     (d->toks[e].flags & TOK_SPACE))
                e = pk;
            else if (!(e < st->tend && (d->toks[e].flags & TOK_SPACE)))
                break;
        }
        /* (whole words: not before another capitalized word or a glued one) */
        if (!words || text_is_dash(d, e - 1) ||
            (e < st->tend && (((d->toks[e].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER)) ||
                              tok_glue(d, e) || is_possessive(d, e))))
            continue;
        /* (and "state" after a possessive or a preposition alone, as many
         * adjectives come before "the ... state": "Nigeria's Kebbi state",
         * "in Borno state") */
        if (!of && !(area && e < st->tend && (c->cls[e] & W_PLACENOUN) &&
                     (d->toks[e].flags & TOK_LOWER) &&
                     (text_words_find(&area_nouns_set, d, &d->toks[e]) >= 0 ||
                      (text_tok_is(d, &d->toks[e], "state") &&
                       !text_tok_is(d, &d->toks[b - 1], "the")))) &&
            !place_appos_at(c, e, st->tend))
            continue;
        /* (one word the text gives in brackets is an organization's
         * acronym: "the Farmers Home Administration (FmHA) ... the FmHA
         * county office"; and after "the", one of an adjective's endings
         * makes it the adjective of a place: "the Himalayan region", "the
         * Alpine region", "the Nordic region") */
        if (e == b + 1 && (bracketed_in_text(c, b) ||
                           (!of && text_tok_is(d, &d->toks[b - 1], "the") && adjective_ending(d, b))))
            continue;
        if (mention_town(c, g, b, e, &added)) return ENT_ENOMEM;
    }
    return merge_added(c, nm, added);
}

/* Is token k a point of the compass in lowercase ("north", "southeast")? */
static int lower_compass(const text_doc *d, size_t k) {
    static const char *const dirs[] = {"east",      "north",     "northeast", "northwest",
                                       "south",     "southeast", "southwest", "west"};
    if (!(d->toks[k].flags & TOK_LOWER)) return 0;
    for (size_t i = 0; i < ENT_ARRAY_LEN(dirs); i++)
        if (text_tok_is(d, &d->toks[k], dirs[i])) return 1;
    return 0;
}

/* Does a distance and a point of the compass come before "of" at token o: "30
 * km north of", "(19 miles) north of", "40 kilometres south-east of": a
 * number and a unit of distance_units within six tokens before the point? */
static int distance_of_before(const text_doc *d, size_t o) {
    if (o < 3 || !lower_compass(d, o - 1)) return 0;
    size_t k = o - 1;
    /* ("south-east": two points and a hyphen) */
    if (k >= 2 && text_is_dash(d, k - 1) && !(d->toks[k].flags & TOK_SPACE) &&
        lower_compass(d, k - 2))
        k -= 2;
    for (size_t q = k; q-- > 1 && q + 6 >= k;)
        if ((d->toks[q].flags & TOK_LOWER) &&
            text_words_find(&distance_units_set, d, &d->toks[q]) >= 0 &&
            (d->toks[q - 1].flags & TOK_DIGIT))
            return 1;
    return 0;
}

/* Places the gazetteer does not know, named after a distance and a point of
 * the compass ("Gornji, 30 km (19 miles) north of Zadar", "20 miles south of
 * Quetzaltenango"): one to three capitalized words no mention covers and no
 * word of titles, organizations or stop words, before no other capitalized
 * word, as find_noun_towns takes them. Returns 0 or ENT_ENOMEM. */
static int find_distance_towns(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    for (size_t ci = 0; ci < c->ncaps; ci++) {
        uint32_t b = c->caps[ci];
        if (b < 4 || c->tok_ment[b] >= 0 || d->toks[b - 1].len != 2 ||
            !text_tok_is(d, &d->toks[b - 1], "of") || !distance_of_before(d, b - 1))
            continue;
        const text_sent *st = &d->sents[sent_of(c, b)];
        uint32_t e = b;
        while (e < st->tend && e < b + 3 && unknown_town_word(c, e) &&
               (e == b || (d->toks[e].flags & TOK_SPACE)))
            e++;
        if (e == b || (e < st->tend && (((d->toks[e].flags & (TOK_WORD | TOK_UPPER)) ==
                                          (TOK_WORD | TOK_UPPER) &&
                                          (d->toks[e].flags & TOK_SPACE)) ||
                                         tok_glue(d, e) || is_possessive(d, e))))
            continue;
        /* (nor an abbreviation's full stop inside a longer name: "350
         * kilometers east of St. John's") */
        if (e < st->tend && tok_char(d, e, '.') && !(d->toks[e].flags & TOK_SPACE) &&
            d->toks[e - 1].len <= 3)
            continue;
        if (mention_town(c, g, b, e, &added)) return ENT_ENOMEM;
    }
    return merge_added(c, nm, added);
}

/* Is mention m a place's by its name, not by a people's adjective: a
 * LOCATION, or a COUNTRY by its name or capital? */
static int place_mention(const tag_ctx *c, const gaz_t *g, const tag_mention *m) {
    int kind = tag_went_kind(g, &c->ents[m->ent]);
    return m->via != VIA_DEMONYM &&
           (kind == KIND_LOCATION || (kind == KIND_COUNTRY && m->via != VIA_COREF));
}

/* Is token k a side of a place, capitalized ("North", "Central", "Eastern":
 * "in Central and South America" names one place)? */
static int compass_word(const text_doc *d, size_t k) {
    const text_tok *t = &d->toks[k];
    if (t->len > 5 && !memcmp(d->text + t->end - 3, "ern", 3)) return 1;
    /* (by key: a short word's key is its bytes in lowercase) */
    switch (t->len) {
    case 4: return t->key == WORD_KEY4('e', 'a', 's', 't') || t->key == WORD_KEY4('w', 'e', 's', 't');
    case 5:
        return t->key == WORD_KEY5('n', 'o', 'r', 't', 'h') ||
               t->key == WORD_KEY5('s', 'o', 'u', 't', 'h') ||
               t->key == WORD_KEY5('u', 'p', 'p', 'e', 'r') ||
               t->key == WORD_KEY5('l', 'o', 'w', 'e', 'r') ||
               t->key == WORD_KEY5('i', 'n', 'n', 'e', 'r') ||
               t->key == WORD_KEY5('o', 'u', 't', 'e', 'r');
    case 7:
        return t->key == (WORD_KEY6('c', 'e', 'n', 't', 'r', 'a') | (uint64_t)'l' << 48) ||
               t->key == (WORD_KEY6('g', 'r', 'e', 'a', 't', 'e') | (uint64_t)'r' << 48);
    default: return 0;
    }
}

/* The end of one to three words of a town nobody knows from token b (before
 * end), whole (before no capitalized or glued word, possessive, verb of
 * saying, particle, "of" or, unless in_ok, "in": "in Moscow and Igor Zorin
 * said" names a person, "the Duchy of Lancaster and Duchy of Cornwall" one
 * name twice, "Heller in France and Humbrol in England" companies), nor a
 * side ("in Central and South America"); or b. */
static uint32_t unknown_town_end(const tag_ctx *c, uint32_t b, uint32_t end, int in_ok) {
    const text_doc *d = &c->doc;
    uint32_t e = b;
    while (e < end && e < b + 3 && unknown_town_word(c, e) &&
           (e == b || (d->toks[e].flags & TOK_SPACE)))
        e++;
    if (e == b || (c->cls[b] & W_FIRSTNAME) || (e == b + 1 && compass_word(d, b)) ||
        (e < end && (((d->toks[e].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER)) ||
                     tok_glue(d, e) || is_possessive(d, e) || is_said(d, e) ||
                     (c->cls[e] & W_PARTICLE) || text_tok_is(d, &d->toks[e], "of") ||
                     (!in_ok && text_tok_is(d, &d->toks[e], "in")))))
        return b;
    return e;
}

/* Is token p a preposition that names an employer or a cause, not a place:
 * "at" after a person or a noun of employees ("said Ian Hunter at Goodbody
 * Stockbrokers in Dublin", "an analyst at X"), or "due to"? */
static int employer_prep(const tag_ctx *c, const gaz_t *g, size_t p) {
    const text_doc *d = &c->doc;
    if (p == 0) return 0;
    if (text_tok_is(d, &d->toks[p], "to")) return text_tok_is(d, &d->toks[p - 1], "due");
    if (!text_tok_is(d, &d->toks[p], "at")) return 0;
    int32_t m = c->tok_ment[p - 1];
    return (m >= 0 && tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_PERSON) ||
           ((d->toks[p - 1].flags & TOK_LOWER) &&
            text_words_find(&employee_nouns_set, d, &d->toks[p - 1]) >= 0);
}

/* Towns the gazetteer does not know, coordinated with a place it knows after
 * a preposition of place: "in Khan Younis and Beit Lahiya", "in
 * Kostiantynivka and Pokrovsk", or placed in it: "spread to Kadugli in
 * South Kordofan" (one to three capitalized words no mention
 * covers and no word of titles, organizations or stop words, no given name
 * first, whole). A LOCATION found by `town`, named by its words; the same
 * words alone elsewhere are it too. Returns 0 or ENT_ENOMEM. */
static int find_paired_towns(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    size_t nm = c->nments, added = 0;
    for (size_t m = 0; m < nm; m++) {
        const tag_mention sm = c->ments[m]; /* (a copy: add_mention may move them) */
        uint32_t b = sm.tok, e = sm.tok + sm.ntok;
        int before = b >= 3 && is_and(d, b - 1), after = e + 1 < d->ntoks && is_and(d, e);
        /* (or the town in it, maybe in a side of it: "famine spread to
         * Kadugli in South Kordofan", "in Bakhmut in eastern Ukraine"; by
         * key first: most mentions have no "in" there) */
        uint32_t ib = b;
        if (b >= 4 && d->toks[b - 1].key != WORD_KEY2('i', 'n') &&
            d->toks[b - 2].key == WORD_KEY2('i', 'n') &&
            compass_word(d, b - 1)) /* (in any case: "South", "eastern") */
            ib = b - 1;
        int in = !before && ib >= 3 && d->toks[ib - 1].key == WORD_KEY2('i', 'n') &&
                 text_tok_is(d, &d->toks[ib - 1], "in");
        if (!before && !after && !in) continue;
        if (!place_mention(c, g, &sm) || headline(c, sent_of(c, b)) != HL_NO) continue;
        const text_sent *st = &d->sents[sent_of(c, b)];
        uint32_t u = 0, ue = 0; /* the unknown town: [u, ue) */
        if (after && b > st->tbeg && place_prep(d, b - 1) && (d->toks[b - 1].flags & TOK_LOWER)) {
            u = e + 1, ue = unknown_town_end(c, u, st->tend, 0);
        } else if ((before || in) && !(e < st->tend && (d->toks[e].flags & TOK_UPPER))) {
            /* (back from the "and" or "in" to the preposition; the known
             * place whole: not "in Eurobonds and U.K. Government bonds";
             * before "in", a preposition of place but "of": not "the sale
             * of Humbrol in England") */
            uint32_t j = in ? ib - 1 : b - 1; /* the "and" or the "in" */
            uint32_t q = j;
            while (q > st->tbeg + 1 && q + 3 >= j && unknown_town_word(c, q - 1)) q--;
            if (q < j && place_prep(d, q - 1) && (d->toks[q - 1].flags & TOK_LOWER) &&
                !(in && (text_tok_is(d, &d->toks[q - 1], "of") || (c->cls[q] & W_COMMON) ||
                         employer_prep(c, g, q - 1) || person_surname(c, g, j - 1))) &&
                unknown_town_end(c, q, st->tend, in) == j)
                u = q, ue = j;
        }
        if (ue <= u) continue;
        if (mention_town(c, g, u, ue, &added)) return ENT_ENOMEM;
    }
    return merge_added(c, nm, added);
}

/* Bytes of an array of n elements of size sz in a result block, rounded up so
 * that what follows stays aligned for any type. */
static size_t block_bytes(size_t n, size_t sz) {
    const size_t al = _Alignof(max_align_t);
    return (n * sz + al - 1) & ~(al - 1);
}

/* A string of n bytes and its NUL at *p, which moves past them. */
static const char *put_str(char **p, const char *s, size_t n) {
    char *d = *p;
    memcpy(d, s, n);
    d[n] = '\0';
    *p = d + n + 1;
    return d;
}

/* Copy the working state into a self-contained result. A first walk numbers
 * the entities in order of first mention and measures their strings, so the
 * arrays and strings then fill one block of the exact size: a result costs the
 * same three allocations however many entities it holds. */
static int build_result(tag_ctx *c, const gaz_t *g, tag_result **out) {
    size_t ne = c->nents, nr = c->nrels;
    /* remap[e]: result index of working entity e; order[k]: the reverse;
     * lens: id, name and type lengths of each result entity, then label and
     * role lengths of each relation */
    size_t need = 2 * (ne + 1) + 3 * ne + 2 * nr + 1;
    if (ent_grow(&c->scratch, &c->capscratch, need, sizeof(size_t))) return ENT_ENOMEM;
    size_t *remap = c->scratch, *order = remap + ne + 1, *lens = order + ne + 1;
    for (size_t i = 0; i < ne; i++) remap[i] = SIZE_MAX;
    size_t nout = 0, strbytes = 0;
    for (size_t m = 0; m < c->nments; m++) {
        uint32_t e = c->ments[m].ent;
        if (remap[e] != SIZE_MAX) continue;
        const tag_went *w = &c->ents[e];
        size_t *l = &lens[3 * nout];
        if (w->gidx >= 0) {
            const gaz_entity *ge = &g->ents[w->gidx];
            l[0] = ge->id_len, l[1] = ge->name_len, l[2] = ge->type_len;
        } else {
            l[0] = w->id_len, l[1] = w->name_len, l[2] = strlen(tag_went_type(g, w));
        }
        strbytes += l[0] + l[1] + l[2] + 3;
        order[nout] = e;
        remap[e] = nout++;
    }
    size_t *rl = &lens[3 * nout], nrout = 0;
    for (size_t k = 0; k < nr; k++) {
        const tag_relation *x = &c->rels[k];
        if (remap[x->a] == SIZE_MAX || remap[x->b] == SIZE_MAX) continue;
        rl[2 * nrout] = strlen(x->label);
        rl[2 * nrout + 1] = x->role ? strlen(x->role) : 0;
        strbytes += rl[2 * nrout] + 1 + (x->role ? rl[2 * nrout + 1] + 1 : 0);
        nrout++;
    }
    size_t eb = block_bytes(nout + 1, sizeof(tag_entity)),
           mb = block_bytes(c->nments + 1, sizeof(tag_mention)),
           rb = block_bytes(nrout + 1, sizeof(tag_relation)), total = eb + mb + rb + strbytes;

    /* one allocation: the result, then its arrays and strings */
    size_t hb = block_bytes(1, sizeof(tag_result));
    char *blk = ent_malloc(hb + total);
    if (!blk) return ENT_ENOMEM;
    tag_result *r = (tag_result *)(void *)blk;
    memset(r, 0, sizeof(*r));
    char *p = blk + hb;
    r->ents = (tag_entity *)(void *)p;
    r->ments = (tag_mention *)(void *)(p + eb);
    r->rels = (tag_relation *)(void *)(p + eb + mb);
    p += eb + mb + rb;
    for (size_t k = 0; k < nout; k++) {
        const tag_went *w = &c->ents[order[k]];
        const size_t *l = &lens[3 * k];
        tag_entity *te = &r->ents[k];
        te->gidx = w->gidx;
        te->origin = w->gidx >= 0 ? g->ents[w->gidx].origin : ORIGIN_DISCOVERED;
        te->id = put_str(&p, tag_went_id(g, w), l[0]);
        te->name = put_str(&p, tag_went_name(g, w, NULL), l[1]);
        te->type = put_str(&p, tag_went_type(g, w), l[2]);
        te->count = 0;
    }
    r->nents = (uint32_t)nout;
    for (size_t m = 0; m < c->nments; m++) {
        r->ments[m] = c->ments[m];
        r->ments[m].ent = (uint32_t)remap[c->ments[m].ent];
        r->ents[r->ments[m].ent].count++;
    }
    r->nments = (uint32_t)c->nments;
    for (size_t k = 0; k < nr; k++) {
        tag_relation x = c->rels[k];
        if (remap[x.a] == SIZE_MAX || remap[x.b] == SIZE_MAX) continue;
        x.a = (uint32_t)remap[x.a];
        x.b = (uint32_t)remap[x.b];
        x.label = put_str(&p, x.label, rl[2 * r->nrels]);
        if (x.role) x.role = put_str(&p, x.role, rl[2 * r->nrels + 1]);
        r->rels[r->nrels++] = x;
    }
    *out = r;
    return 0;
}

int tag_run(tag_ctx *c, const gaz_t *g, const char *text, size_t len, unsigned flags,
            tag_result **out) {
    int rc;
    uint8_t *gazstop = NULL;
    *out = NULL;
    if (len > ENT_MAX_TEXT) return ENT_ETOOBIG;
    c->nspans = c->nments = c->nents = c->nrels = c->naffs = c->ntitles = 0;
    c->line_from = c->line_end = 0;
    if (c->wmask && ++c->wgen == 0) { /* a new text: went_for's slots are empty */
        memset(c->wslots, 0, (c->wmask + 1) * sizeof(tag_went_slot));
        c->wgen = 1;
    }
    if (c->arena) arena_reset(c->arena);
    else if (!(c->arena = arena_create(8 * 1024))) return ENT_ENOMEM;
    if ((rc = text_tokenize_vocab(&c->doc, text, len, gaz_vocab(g))) || (rc = ensure_tok_arrays(c)))
        return rc;
    /* the tokens the passes below start from (the scan, the capitalized
     * words, the sentence ends); every other token is skipped */
    gaz_sel sel = {W_BOILSTART | W_TITLESTART | W_ENTSTART | W_LOCALSTART, c->cand, 0, c->caps, 0,
                   c->marks, 0, 0};
    gaz_lookup_cls(&c->doc, c->cls, &sel);
    c->ncand = sel.ntoks, c->ncaps = sel.ncaps, c->sports = (sel.any & W_SPORTS) != 0;
    c->placenouns = (sel.any & W_PLACENOUN) != 0, c->medianouns = (sel.any & W_MEDIANOUN) != 0;
    /* (built on first use) */
    c->alone_set = c->bracket_set = c->name_words = c->caps_index = c->gaz_seen = NULL;
    c->again_calls = 0;
    c->cricket = c->nclub_towns = -1;
    c->nforeign = 0;
    c->main_country = NULL;
    if ((rc = text_sentences_at(&c->doc, c->marks, sel.nmarks)) || (rc = ensure_sent_arrays(c)))
        return rc;
    const text_doc *d = &c->doc;
    memset(c->blocked, 0, d->ntoks);
    if ((rc = scan_candidates(c, g))) return rc;
    c->ngazspans = c->nspans;
    foreign_bodies(c, g);
    if (flags & TAG_LIST_ONLY) {
        if (!(rc = select_spans(c, g))) rc = build_result(c, g, out);
        goto out;
    }
    gazstop = c->gazstop;
    if ((rc = find_discovered(c, g, gazstop)) || (rc = find_full_names_before(c, g, gazstop)) ||
        (rc = find_firms_after_officers(c, g)) ||
        (rc = county_spans(c)) || (rc = find_firm_repeats(c, g)))
        goto out;
    if ((rc = select_spans(c, g)) || (rc = find_coref(c, g)) || (rc = find_firm_names(c, g)) ||
        (rc = find_initials(c, g)) || (rc = find_firms_by_context(c, g)) ||
        (rc = find_firms_before_officers(c, g)) || (rc = find_acronyms_after_officers(c, g)))
        goto out;
    if ((rc = find_towns(c, g)) || (rc = find_aged_towns(c, g)) || (rc = find_noun_towns(c, g)) ||
        (rc = find_distance_towns(c, g)) || (rc = find_paired_towns(c, g)) ||
        (rc = find_bracket_clubs(c, g)) || (rc = find_paired_people(c, g)))
        goto out;
    merge_bare_bodies(c, g);
    merge_titled_given_names(c, g);
    merge_firm_people(c, g);
    brussels_union(c, g);
    if (flags & (TAG_RELATIONS | TAG_COMENTION))
        if ((rc = rel_derive(c, g, flags))) goto out;
    rc = build_result(c, g, out);
out:
    return rc;
}
