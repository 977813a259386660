/* rel.c - relations between the entities of one text, sentence by sentence.
 *
 * DESIGN
 * Rules over tokens and mentions, no parser. Within a sentence:
 *   affiliation  a person preceded by a title and a country or organization
 *                ("Iranian Foreign Minister Abbas Araghchi", "Iran's Supreme
 *                Leader Ayatollah Ali Khamenei") or followed by one in apposition
 *                ("Abbas Araghchi, Iran's foreign minister"); the role is the title.
 *                A role phrase after the person, in apposition or after a copula,
 *                names the employer too: "X, chief economist at ORG", "X is Asia
 *                correspondent for ORG", "X, the ORG's regional reporter"; its
 *                head is a title or a role noun ("analyst", "officer"). So does
 *                one before a person in apposition ("the chairman of ORG, X") and
 *                "of" after a titled person ("King Fahd of Saudi Arabia") or a
 *                party's member ("Democrat Michael Dukakis of Massachusetts").
 *   residence    a person's home, birthplace or origin: "of", "lives in", "born
 *                in", "a native of", "from" and a place after the name, or a
 *                place before "native" or "-born" (find_residences).
 *   triggers     a lexicon phrase links the entity before it (the actor, with the
 *                entities coordinated with it) to the entity its preposition or
 *                direct object introduces (the target; "against Iran", "supporting
 *                Israel"), or the two sides of "between X and Y", or the two parts
 *                of "Israel-Iran war". Passive verbs ("was attacked by") swap the
 *                roles; "X is reeling from / under / hit by <trigger>" makes X the
 *                target; a noun in a phrase opening the sentence takes the subject
 *                after the phrase ("In talks with X yesterday, Y asked"). Within
 *                one sentence, a trigger that found only a target and one of the
 *                same label that found only an actor are joined, and
 *                a trigger right after a causal word ("sparking a war") takes the
 *                parties of the relation before it.
 *   co-mention   every pair of distinct entities in the sentence.
 * Members of one list ("Britain, France and Germany") are never linked to each
 * other by a trigger, and a person is never linked by a trigger to an entity he
 * is affiliated with. */
#include "tag_int.h"
#include "ent.h"
#include "mem.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Bounds that keep one sentence's work small and relations local. */
#define ACTOR_WINDOW 15  /* tokens between an actor and its trigger */
#define NP_WINDOW 4      /* tokens between a preposition and its mention */
#define MAX_SENT_ENTS 48 /* entities per sentence for co-mentions */
#define MAX_GROUP 8      /* members of a coordinated list */

typedef struct group {
    uint32_t m[MAX_GROUP]; /* mention indexes */
    int n;
} group;

/* Partial relation waiting for its other side (same sentence, same label). */
typedef struct partial {
    uint16_t label;
    uint8_t has_actor;
    group g;
    uint32_t trig_start, trig_end;
} partial;

static int tk_is(const text_doc *d, size_t i, const char *w) {
    return text_tok_ieq(d, &d->toks[i], w);
}

static int tk_char(const text_doc *d, size_t i, char ch) {
    return d->toks[i].len == 1 && d->text[d->toks[i].start] == ch;
}

static int is_quote(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    if (t->flags & TOK_WORD) return 0;
    if (t->len == 1) return *p == '"' || *p == '\'';
    return t->len == 3 && p[0] == 0xe2 && p[1] == 0x80 &&
           (p[2] == 0x9c || p[2] == 0x9d || p[2] == 0x98 || p[2] == 0x99);
}

/* Is token i a double quotation mark that closes a quotation ('"' or the
 * right one, U+201D)? */
static int closing_double_quote(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    if (t->flags & TOK_WORD) return 0;
    return (t->len == 1 && *p == '"' && i > 0 && !(t->flags & TOK_SPACE)) ||
           (t->len == 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x9d);
}

/* Is token i a hyphen glued to the word before it ("Frankfurt-based", "D-Mich.")? */
static int glued_hyphen(const text_doc *d, size_t i) {
    return tk_char(d, i, '-') && !(d->toks[i].flags & TOK_SPACE);
}

static int is_apos_s(const text_doc *d, size_t i) {
    if (i + 1 >= d->ntoks) return 0;
    const text_tok *t = &d->toks[i];
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    int apos = (t->len == 1 && *p == '\'') ||
               (t->len == 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99);
    return apos && text_tok_ieq(d, &d->toks[i + 1], "s");
}

/* Is token i a lowercase word in "-ed" of more than three letters, a verb in
 * the past or its participle ("argued", "was named")? */
static int ed_form(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return (t->flags & TOK_LOWER) && t->len > 3 && d->text[t->end - 2] == 'e' &&
           d->text[t->end - 1] == 'd';
}

/* Is token i a lowercase word in "-ly" of more than three letters, an adverb
 * ("quickly", "formally")? */
static int ly_form(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return (t->flags & TOK_LOWER) && t->len > 3 && d->text[t->end - 2] == 'l' &&
           d->text[t->end - 1] == 'y';
}

/* Does token i, of more than four letters, end in "-ing": a participle or a
 * gerund ("accusing", "fighting")? Any case: callers that want a lowercase
 * word test TOK_LOWER too. */
static int ing_form(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    return t->len > 4 && !memcmp(d->text + t->end - 3, "ing", 3);
}

/* Is token k a subordinator that a clause of a gerund or a pronoun follows:
 * "after", "before", "while", "when", "since" ("after meeting Putin",
 * "while visiting Beijing", "since he met")? */
static int subordinator_at(const text_doc *d, size_t k) {
    return tk_is(d, k, "after") || tk_is(d, k, "before") || tk_is(d, k, "while") ||
           tk_is(d, k, "when") || tk_is(d, k, "since");
}

/* Is token i a possessive pronoun of the third person: "his", "her", "its",
 * "their"? */
static int poss_pronoun(const text_doc *d, size_t i) {
    return tk_is(d, i, "his") || tk_is(d, i, "her") || tk_is(d, i, "its") || tk_is(d, i, "their");
}

static int is_person(const tag_ctx *c, const gaz_t *g, uint32_t m) {
    return tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_PERSON;
}

/* The first person sentence s names before token end, the one "his" or "her"
 * there stands for ("President X said his top aide Y had resigned"); its
 * mention, or -1. */
static long first_person_before(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                uint32_t end) {
    for (uint32_t k = s->tbeg; k < end; k++) {
        int32_t m = c->tok_ment[k];
        if (m >= 0 && is_person(c, g, (uint32_t)m)) return m;
    }
    return -1;
}

/* Is working entity w of the gazetteer's kind kind ("continent", a kind with
 * no SUB_* code)? */
static int went_of_kind(const gaz_t *g, const tag_went *w, const char *kind) {
    const char *k = w->gidx >= 0 ? gaz_attr_get(&g->ents[w->gidx], "kind") : NULL;
    return k && strcmp(k, kind) == 0;
}

/* Is working entity w a sea? It is where things happen, not a party to them
 * ("attacks in the Gulf war zone"). */
static int sea_entity(const gaz_t *g, const tag_went *w) {
    return w->gidx >= 0 && g->ents[w->gidx].sub == SUB_SEA;
}

/* Is working entity w a political party (the gazetteer's kind "party")? */
static int party_went(const gaz_t *g, const tag_went *w) {
    return w->gidx >= 0 && g->ents[w->gidx].sub == SUB_PARTY;
}

/* The GAZ_KINDS_* bits of working entity w: its kind's, and for an
 * organization an armed group's or an intergovernmental one's. */
static unsigned went_kind_bits(const gaz_t *g, const tag_went *w) {
    unsigned bits = 1u << tag_went_kind(g, w);
    if (w->gidx >= 0)
        bits |= g->ents[w->gidx].sub == SUB_ARMED ? GAZ_KINDS_ARMED
                : g->ents[w->gidx].sub == SUB_IGO ? GAZ_KINDS_IGO
                                                  : 0;
    return bits;
}

/* Is working entity w a state or an armed group, who capture and fight
 * ("Russia", "the RSF")? */
static int state_or_armed(const gaz_t *g, const tag_went *w) {
    return (went_kind_bits(g, w) & ((1u << KIND_COUNTRY) | GAZ_KINDS_ARMED)) != 0;
}

/* Is working entity w an event ("the World Cup", "the U.S. Open")? A party to
 * no relation but co-mentions: what happens at it is between its parties. */
static int event_went(const gaz_t *g, const tag_went *w) {
    if (w->gidx < 0) return w->type == 'E';
    const gaz_entity *e = &g->ents[w->gidx];
    return e->kind == KIND_OTHER && !strcmp(e->type, "EVENT");
}

/* Is role a town's office, a mayor's ("Mayor", "Deputy Mayor", "Lord Mayor",
 * "Mayor-elect", "Former Mayor")? */
static int city_role(const char *role) {
    const char *w = strrchr(role, ' ');
    w = w ? w + 1 : role;
    return !strncasecmp(w, "mayor", 5) && (!w[5] || !strcasecmp(w + 5, "-elect") ||
                                           !strcasecmp(w + 5, "ess"));
}

/* A relation is only pushed once per (a, b, label) and sentence. */
static int push_rel(tag_ctx *c, size_t sent_first_rel, uint32_t a, uint32_t b, int label,
                    const gaz_t *g, const char *role, const text_sent *s, uint32_t ts,
                    uint32_t te) {
    const gaz_label *L = &g->labels[label];
    if (a == b) return 0;
    /* (a sea is a party to nothing but the target of a blockade, "an Iranian
     * blockade of the Strait of Hormuz"; co-mentions keep it) */
    if (strcmp(L->name, "co-mention") != 0 &&
        (sea_entity(g, &c->ents[a]) ||
         (sea_entity(g, &c->ents[b]) && strcmp(L->name, "blockade") != 0) ||
         event_went(g, &c->ents[a]) || event_went(g, &c->ents[b])))
        return 0;
    /* (a continent is a job's scope, no one's employer: "its North America
     * chief X") */
    if (L->name[0] == 'a' && strcmp(L->name, "affiliation") == 0 &&
        went_of_kind(g, &c->ents[b], "continent"))
        return 0;
    /* (nor is a mayor a country's, where its capital stands for it: "London
     * mayor Sadiq Khan", "Baghdad Mayor X"; he lives there) */
    if (role && L->name[0] == 'a' && strcmp(L->name, "affiliation") == 0 && city_role(role) &&
        tag_went_kind(g, &c->ents[b]) == KIND_COUNTRY) {
        int res = gaz_label_find(g, "residence");
        return res >= 0 ? push_rel(c, sent_first_rel, a, b, res, g, NULL, s, ts, te) : 0;
    }
    /* the kinds of entity the label takes on each side (labels.tsv's types;
     * a trigger's own actors: "captured" is an attack by a state or an armed
     * group only, "Russian forces captured Pokrovsk", not "Apple captured a
     * third of the market") */
    if ((L->actor_kinds && !(L->actor_kinds & went_kind_bits(g, &c->ents[a]))) ||
        (L->target_kinds && !(L->target_kinds & went_kind_bits(g, &c->ents[b]))))
        return 0;
    if (!L->directed) { /* canonical order: by id */
        if (strcmp(tag_went_id(g, &c->ents[a]), tag_went_id(g, &c->ents[b])) > 0) {
            uint32_t t = a;
            a = b;
            b = t;
        }
    }
    for (size_t k = sent_first_rel; k < c->nrels; k++) {
        const tag_relation *r = &c->rels[k];
        if (r->a == a && r->b == b && r->label == L->name) return 0;
    }
    if (ent_grow(&c->rels, &c->caprels, c->nrels + 1, sizeof(tag_relation))) return ENT_ENOMEM;
    if (strcmp(L->name, "affiliation") == 0) {
        if (ent_grow(&c->affs, &c->capaffs, c->naffs + 1, sizeof(uint32_t))) return ENT_ENOMEM;
        c->affs[c->naffs++] = (uint32_t)c->nrels;
    }
    c->rels[c->nrels++] = (tag_relation){a, b, L->name, L->directed, role, s->start, s->end, ts, te};
    return 0;
}

/* Is working entity p (a person) affiliated with entity o in this text? */
static int affiliated(const tag_ctx *c, const gaz_t *g, uint32_t p, uint32_t o) {
    for (size_t k = 0; k < c->naffs; k++) { /* the text's affiliations, not every relation */
        const tag_relation *r = &c->rels[c->affs[k]];
        if ((r->a == p && r->b == o) || (r->a == o && r->b == p)) return 1;
    }
    const tag_went *pe = &c->ents[p], *oe = &c->ents[o];
    for (int pass = 0; pass < 2; pass++) {
        const tag_went *x = pass ? oe : pe, *y = pass ? pe : oe;
        if (x->gidx < 0) continue;
        /* an armed group's country is where it fights, often against the
         * state ("Turkey struck PKK positions", "Nigeria and Boko Haram") */
        if (g->ents[x->gidx].sub == SUB_ARMED) continue;
        const char *ctry = gaz_attr_get(&g->ents[x->gidx], "country");
        if (ctry && strcmp(ctry, tag_went_id(g, y)) == 0) return 1;
    }
    return 0;
}

/* Index of the title that ends exactly at token k, or -1. */
static long title_ending_at(const tag_ctx *c, uint32_t k) {
    return tag_title_ending_at(c->titles, c->ntitles, k);
}

/* Is token i inside a title ("Foreign Minister")? */
static int in_title(const tag_ctx *c, uint32_t i) {
    size_t lo = 0, hi = c->ntitles;
    while (lo < hi) { /* first title ending after i */
        size_t mid = (lo + hi) / 2;
        if (c->titles[mid].tend <= i) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->ntitles && c->titles[lo].tbeg <= i;
}

/* Mention ending at token k-1 (the token before k), or -1. */
static long ment_ending_before(const tag_ctx *c, uint32_t k, uint32_t sbeg) {
    if (k <= sbeg) return -1;
    int32_t m = c->tok_ment[k - 1];
    if (m < 0 || c->ments[m].tok + c->ments[m].ntok != k) return -1;
    return m;
}

/* Is mention m part of a longer name we do not know ("Texaco Canada chief
 * executive", "the New York Public Library", "U.S. Courier division")? An
 * unrecognised capitalized word glued to either side says so. */
static int inside_longer_name(const tag_ctx *c, uint32_t m, uint32_t sbeg) {
    const text_doc *d = &c->doc;
    uint32_t b = c->ments[m].tok, e = b + c->ments[m].ntok;
    /* (but "Former", "Acting": "Former Philippine President X") */
    if (b > sbeg && c->tok_ment[b - 1] < 0 &&
        (d->toks[b - 1].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
        !(d->toks[b - 1].flags & TOK_SENT) && !(c->cls[b - 1] & W_STOP) && !in_title(c, b - 1) &&
        !tk_is(d, b - 1, "former") && !tk_is(d, b - 1, "acting"))
        return 1;
    /* (a company's legal form goes on no name: "a deal with Amazon.com Inc") */
    if (e < d->ntoks && c->tok_ment[e] < 0 && !(d->toks[e].flags & TOK_SENT) &&
        (d->toks[e].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
        !(c->cls[e] & W_STOP) && !in_title(c, e) && !(c->cls[e] & W_TITLESTART) &&
        !(tag_legal_form(d, e) && c->ents[c->ments[m].ent].gidx >= 0) &&
        !tk_is(d, e, "MPs") && !tk_is(d, e, "MEPs")) /* ("Labour MPs criticised") */
        return 1;
    return 0;
}

/* Where "the country", "the company" ... in sentence s look back to for what
 * they stand for: the first token of the sentence two before s. */
static uint32_t antecedent_from(const text_doc *d, const text_sent *s) {
    size_t si = (size_t)(s - d->sents);
    return d->sents[si >= 2 ? si - 2 : 0].tbeg;
}

/* Walking back from token *k, not past token from: the next mention, with *k
 * moved to its first token; or -1. */
static long prev_ment(const tag_ctx *c, uint32_t *k, uint32_t from) {
    for (; *k > from; (*k)--) {
        int32_t m = c->tok_ment[*k - 1];
        if (m >= 0) {
            *k = c->ments[m].tok;
            return m;
        }
    }
    return -1;
}

/* The country that "the country" at token i of sentence s stands for: the one
 * country named in its sentence before it and the two sentences before (a
 * second country makes it ambiguous: none), or -1. */
static long country_antecedent(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t i) {
    uint32_t from = antecedent_from(&c->doc, s), k = i;
    long found = -1, m;
    while ((m = prev_ment(c, &k, from)) >= 0) {
        if (tag_went_kind(g, &c->ents[c->ments[m].ent]) != KIND_COUNTRY) continue;
        if (found >= 0 && c->ments[found].ent != c->ments[m].ent) return -1;
        if (found < 0) found = m;
    }
    return found;
}

static long org_antecedent(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t i);
static int ordinal_at(const text_doc *d, uint32_t k);
static int antecedent_fits(const tag_ctx *c, const gaz_t *g, uint32_t m, uint32_t i);
static long sentence_owner(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t before,
                           uint32_t until);

/* The country or organization that opens the sentence before s and names no
 * other there (sentence_owner), written not in capitals and of kind kind
 * (any when 0): what "It", "Its" or "The company" opening s stand for; its
 * mention, or -1. */
static long owner_before(const tag_ctx *c, const gaz_t *g, const text_sent *s, int kind) {
    if (s == c->doc.sents) return -1;
    long om = sentence_owner(c, g, s - 1, s[-1].tend, s[-1].tend);
    return om >= 0 && !(c->doc.toks[c->ments[om].tok].flags & TOK_ALLCAPS) &&
                   (!kind || tag_went_kind(g, &c->ents[c->ments[om].ent]) == kind)
               ? om
               : -1;
}

/* The company that "company" at token i, before a role, stands for: the first
 * the sentence names before it ("at the American Motors headquarters, one
 * day after ... AMC's French parent Renault, according to company spokesman
 * X"), else the first the sentence before names ("New York Telephone Co said
 * ... \"...,\" said company spokesman X"), else the first the text names,
 * what it is about. Its mention, or -1. */
static long company_of_text(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t i) {
    uint32_t from[3] = {s->tbeg, s > c->doc.sents ? s[-1].tbeg : s->tbeg, 0};
    for (int pass = 0; pass < 3; pass++) {
        uint32_t until = pass == 1 ? s->tbeg : i;
        for (size_t q = 0; q < c->nments && c->ments[q].tok < until; q++)
            if (c->ments[q].tok >= from[pass] &&
                tag_went_kind(g, &c->ents[c->ments[q].ent]) == KIND_ORG &&
                antecedent_fits(c, g, (uint32_t)q, i))
                return (long)q;
    }
    return -1;
}

/* Country or organization mention right before token k: "Iranian", "Iran's",
 * "the United Nations'", or the country "the country's" stands for. */
static long org_before(const tag_ctx *c, const gaz_t *g, uint32_t k, const text_sent *s) {
    const text_doc *d = &c->doc;
    uint32_t sbeg = s->tbeg;
    /* "the country's foreign minister" */
    if (k >= sbeg + 4 && is_apos_s(d, k - 2) && tk_is(d, k - 3, "country") &&
        (d->toks[k - 3].flags & TOK_LOWER) && tk_is(d, k - 4, "the"))
        return country_antecedent(c, g, s, k - 3);
    /* "the group's leader", "the company's chief executive" */
    if (k >= sbeg + 3 && is_apos_s(d, k - 2) && (d->toks[k - 3].flags & TOK_LOWER) &&
        (tk_is(d, k - 4, "the") || tk_is(d, k - 4, "The")))
        return org_antecedent(c, g, s, k - 3);
    /* "Its chief executive, Doug McMillon, said": the organization that
     * opens the sentence before and names no other ("Walmart raised its
     * forecast.") */
    if (k == sbeg + 1 && tk_is(d, sbeg, "Its")) return owner_before(c, g, s, KIND_ORG);
    /* (past a region the office covers: "Its Asia director, Elaine Pearson,") */
    if (k > sbeg + 1 && tk_is(d, sbeg, "Its")) {
        int32_t pm = c->tok_ment[sbeg + 1];
        int pk = pm >= 0 ? tag_went_kind(g, &c->ents[c->ments[pm].ent]) : KIND_OTHER;
        if ((pk == KIND_LOCATION || pk == KIND_COUNTRY) && c->ments[pm].tok == sbeg + 1 &&
            sbeg + 1 + c->ments[pm].ntok == k && c->ments[pm].via != VIA_DEMONYM)
            return owner_before(c, g, s, KIND_ORG);
    }
    /* "Company chairman Gerrit van Driel told", "said company spokesman X":
     * the company the text is about, the first it names, which the reports
     * name in their first sentence ("Renault" in "AMC's French parent
     * Renault, according to company spokesman X" is another); not after a
     * capitalized word, a longer name's: "the Ford Motor Company chairman" */
    if (k >= sbeg + 1 && tk_is(d, k - 1, "company") && c->tok_ment[k - 1] < 0 &&
        (k - 1 == sbeg || !(d->toks[k - 2].flags & TOK_UPPER)))
        return company_of_text(c, g, s, k - 1);
    /* (past an ordinal after the possessive: "Kenya's first vice president X",
     * "the country's 12th prime minister") */
    if (k >= sbeg + 4 && (d->toks[k - 1].flags & (TOK_LOWER | TOK_DIGIT)) && is_apos_s(d, k - 3) &&
        ordinal_at(d, k - 1))
        k--;
    long m = ment_ending_before(c, k, sbeg);
    /* its acronym in brackets between: "Democratic Justice Party (DJP)
     * chairman Roh Tae-woo"; or its full name after the acronym: "CHP
     * (Republican People's Party) leader Deniz Baykal" */
    if (k >= sbeg + 4 && tk_char(d, k - 1, ')') && tk_char(d, k - 3, '(') &&
        (d->toks[k - 2].flags & TOK_ALLCAPS)) {
        long am = ment_ending_before(c, k - 3, sbeg);
        int32_t in = c->tok_ment[k - 2];
        if (am >= 0 && (in < 0 || c->ments[in].ent == c->ments[am].ent)) m = am;
    } else if (k >= sbeg + 4 && tk_char(d, k - 1, ')')) {
        long bm = ment_ending_before(c, k - 1, sbeg);
        uint32_t ob = bm >= 0 ? c->ments[bm].tok : 0;
        int32_t am = ob >= sbeg + 2 ? c->tok_ment[ob - 2] : -1;
        if (bm >= 0 && ob >= sbeg + 2 && tk_char(d, ob - 1, '(') &&
            (d->toks[ob - 2].flags & TOK_ALLCAPS) &&
            (am < 0 || c->ments[am].ent == c->ments[bm].ent))
            m = bm;
    }
    if (m < 0 && k >= sbeg + 2 && is_apos_s(d, k - 2)) m = ment_ending_before(c, k - 2, sbeg);
    /* (its stock ticker between, "Target (TGT.N) chief executive X", "ANZ
     * Banking Group Ltd <ANZA.S> senior economist X"; or its name in angle
     * brackets, "<Lloyds Bank NZA Ltd> chief economist X") */
    if (m < 0 && k >= sbeg + 4 && tag_ticker_at(d, k - 3, k, 1))
        m = ment_ending_before(c, k - 3, sbeg);
    else if (m < 0 && k >= sbeg + 6 && tag_ticker_at(d, k - 5, k, 1))
        m = ment_ending_before(c, k - 5, sbeg);
    else if (m < 0 && k >= sbeg + 3 && tk_char(d, k - 1, '>') &&
             (m = ment_ending_before(c, k - 1, sbeg)) >= 0 &&
             !(c->ments[m].tok > sbeg && tk_char(d, c->ments[m].tok - 1, '<')))
        m = -1;
    /* (the period of its abbreviated legal form between: "a Hertz Corp.
     * spokesman") */
    if (m < 0 && k >= sbeg + 2 && tk_char(d, k - 1, '.') && !(d->toks[k - 1].flags & TOK_SPACE) &&
        (d->toks[k].flags & TOK_LOWER) && tag_legal_form(d, k - 2))
        m = ment_ending_before(c, k - 1, sbeg);
    if (m < 0 && k >= sbeg + 1 && (tk_char(d, k - 1, '\'') || d->toks[k - 1].len == 3) &&
        !(d->toks[k - 1].flags & TOK_WORD))
        m = ment_ending_before(c, k - 1, sbeg); /* plural possessive */
    if (m < 0 || is_person(c, g, (uint32_t)m)) return -1;
    if (inside_longer_name(c, (uint32_t)m, sbeg)) return -1;
    /* two names run together are one we do not know: "London Irish coach";
     * but a legislature before a party is itself: "Senate Republican leader",
     * and so is an organization after its country's adjective: "Russian
     * State Duma Deputy Konstantin Zatulin" */
    uint32_t b = c->ments[m].tok;
    if (b > sbeg && c->tok_ment[b - 1] >= 0) {
        const tag_mention *pm = &c->ments[c->tok_ment[b - 1]];
        const tag_went *pw = &c->ents[pm->ent];
        const tag_went *mw = &c->ents[c->ments[m].ent];
        if (!(pw->gidx >= 0 && g->ents[pw->gidx].sub == SUB_GOVERNMENT && party_went(g, mw)) &&
            !(pm->via == VIA_DEMONYM && tag_went_kind(g, pw) == KIND_COUNTRY &&
              tag_went_kind(g, mw) == KIND_ORG))
            return -1;
    }
    return m;
}

/* Titles starting at *k, walking forwards: returns the first role among them
 * (or NULL) and moves *k past the last ("Foreign Minister" ...). A rank's role
 * ("Gen.") counts only when no other title has one ("Defense Minister Gen."). */
static const char *title_chain_forward(const tag_ctx *c, const gaz_t *g, uint32_t *k) {
    const char *r = NULL, *rank = NULL;
    for (long t = tag_title_starting_at(c, *k); t >= 0; t = tag_title_starting_at(c, *k)) {
        const gaz_title *gt = &g->titles[c->titles[t].title];
        if (gt->rank && !rank) rank = gt->role;
        else if (!gt->rank && !r) r = gt->role;
        *k = c->titles[t].tend;
    }
    return r ? r : rank;
}

/* Titles ending at k, walking backwards: returns the role nearest the name (or
 * NULL; ranks as above) and moves *k to the start of the title chain. */
static const char *title_chain_back(const tag_ctx *c, const gaz_t *g, uint32_t *k) {
    const char *role = NULL, *rank = NULL;
    long t;
    /* (over a rank the title lists leave out: "Armed Forces Commander General
     * Benny Murdani") */
    if (*k > 1 && tk_is(&c->doc, *k - 1, "General") && title_ending_at(c, *k - 1) >= 0) --*k;
    while ((t = title_ending_at(c, *k)) >= 0) {
        const gaz_title *gt = &g->titles[c->titles[t].title];
        if (gt->rank && !rank) rank = gt->role;
        else if (!gt->rank && gt->role && !role) role = gt->role;
        *k = c->titles[t].tbeg;
    }
    return role ? role : rank;
}

static long role_after_person(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                              const char **role);
static int ends_phrase(const tag_ctx *c, uint32_t m, const text_sent *s);
static const char *role_noun(const tag_ctx *c, size_t i);
static const char *role_noun_only(const tag_ctx *c, size_t i);
static int role_noun_plural(const tag_ctx *c, size_t i);
static long title_antecedent(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k);
static long sole_party_antecedent(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                  uint32_t k);
static int says_after(const text_doc *d, const text_sent *s, uint32_t k);
static uint32_t titled_start(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m);
static int ends_employer(const text_doc *d, uint32_t e);
static long role_before_person(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                               const char **role);
static long employer_after(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q);
static long second_role_after(const tag_ctx *c, const gaz_t *g, const text_sent *s, long org,
                              const char **role, int *former);
static long unit_owner(const tag_ctx *c, const gaz_t *g, const text_sent *s, long org);
static int employee_role(const char *role);
static const char *role_head_at(const tag_ctx *c, const gaz_t *g, uint32_t i, uint32_t *end);
static long joined_employer(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t pt,
                            long org);
static int year_at(const text_doc *d, size_t k);
static int lower_then_title(const tag_ctx *c, const gaz_t *g, uint32_t k, uint32_t e);
static const char *body_role(tag_ctx *c, const text_sent *s, uint32_t org, const char *role);
static long possessed_org(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m);
static long own_party(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m);
static long subject_person(const tag_ctx *c, const gaz_t *g, const text_sent *s);
static long party_of_person(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m);
static long company_of_officer(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                               const char *role, int unknown);
static int sentence_names_org(const tag_ctx *c, const gaz_t *g, const text_sent *s);
static long sole_company_of_officer(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                    uint32_t k, const char *role);
static int quote_opened_before(const text_doc *d, const text_sent *s, uint32_t k);
static long court_before(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         const char *role);
static int justice_before(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m);
static long body_after_of(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q);
static int negated(const tag_ctx *c, const text_sent *s, uint32_t tb);
static long appointed_of(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         const char **role);
static long appointed_as(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         const char **role);
static long office_of_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q,
                         const char **role);
static long succeeded_as(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         const char **role, int *former);
static long dismissed_by(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         const char **role);
static long firm_after_country(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m);
static int company_mention(const tag_ctx *c, const gaz_t *g, long m);
static int subject_at(const text_doc *d, const text_sent *s, uint32_t e);
static long works_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                     int *past, const char **role);
static long org_before_kind(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q);
static int state_role(const char *role);
static int noun_for_name(const text_doc *d, const text_sent *s, uint32_t i);
static const char *office_taken(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                uint32_t m);
static long said_verb_before(const text_doc *d, const text_sent *s, uint32_t i);
static int intro_role_ending_at(const tag_ctx *c, const gaz_t *g, uint32_t j);
static int ordinal_at(const text_doc *d, uint32_t k);

/* The organization or country whose office a title at token k names when
 * "its" or "whose" stands before it: "The Bank of Japan raised rates, its
 * governor Kazuo Ueda said", "Nvidia said its chief executive Jensen Huang
 * ...", "Apple, whose chief executive Tim Cook ..." ("its": the country or
 * organization opening the sentence, with no other before the title; "whose":
 * the one right before the comma). Its mention, or -1. */
static long owner_before_title(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k) {
    const text_doc *d = &c->doc;
    /* (the title in lowercase, an acronym or a company officer's, "its
     * CEO", "its Chief Financial Officer": "its Commodore Business Machines
     * unit" is a name) */
    if (k <= s->tbeg + 1) return -1;
    /* ("ORG said (on Tuesday) (that) chairman X") */
    long sk = said_verb_before(d, s, k);
    int its = tk_is(d, k - 1, "its"),
        said = sk > (long)s->tbeg && (tk_is(d, (size_t)sk, "said") || tk_is(d, (size_t)sk, "says"));
    /* (past "former" or "late" after "whose": "the Sinaloa Cartel, whose
     * former leader X") */
    uint32_t w = k - 1 - (k > s->tbeg + 2 &&
                          (tk_is(d, k - 1, "former") || tk_is(d, k - 1, "late")));
    if (!its && !said && !tk_is(d, w, "whose")) return -1;
    int officer = 0;
    if (!(d->toks[k].flags & (TOK_LOWER | TOK_ALLCAPS))) {
        long ti = tag_title_starting_at(c, k);
        const char *tr = ti >= 0 ? g->titles[c->titles[ti].title].role : NULL;
        if (!(officer = tr && tag_officer_role(tr))) return -1;
    }
    if (its) return sentence_owner(c, g, s, k - 1, k - 1);
    /* "ORG said chairman X has withdrawn": the organization saying it, of
     * its officer in lowercase or by an officer's acronym or title ("Tesla
     * said CEO Elon Musk would stay", "Ford said Chief Financial Officer X
     * would") */
    if (said && ((d->toks[k].flags & TOK_LOWER) || officer || tk_is(d, k, "CEO") || tk_is(d, k, "CFO") ||
         tk_is(d, k, "COO") || tk_is(d, k, "CTO"))) {
        long om = sentence_owner(c, g, s, (uint32_t)sk, (uint32_t)sk);
        return om >= 0 && tag_went_kind(g, &c->ents[c->ments[om].ent]) == KIND_ORG ? om : -1;
    }
    if (w < s->tbeg + 2 || !tk_is(d, w, "whose") || !tk_char(d, w - 1, ',')) return -1;
    long m = ment_ending_before(c, w - 1, s->tbeg);
    if (m < 0 || c->ments[m].via == VIA_DEMONYM || inside_longer_name(c, (uint32_t)m, s->tbeg))
        return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
    return kind == KIND_ORG || kind == KIND_COUNTRY ? m : -1;
}

/* The organization whose officer a capitalized title at token k names in a
 * clause that follows the sentence's news and gives his word: "The Bank of
 * Japan raised its rate, Governor Kazuo Ueda said", "The Federal Reserve held
 * rates, with Chair Jerome Powell telling reporters ..." (an organization,
 * not a country, opens the sentence and no other stands before the title;
 * the role a company's or an institution's head's; m0 the person's mention).
 * Its mention, or -1. */
static long owner_of_clause_title(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                  uint32_t m0, uint32_t k, uint32_t pe, const char *role) {
    static const char *const heads[] = {"Chair", "Chairman", "Chairwoman", "Governor",
                                        "President"};
    const text_doc *d = &c->doc;
    size_t n = 0;
    while (n < ENT_ARRAY_LEN(heads) && strcmp(role, heads[n]) != 0) n++;
    /* (a title in lowercase too, as agencies write a firm's: ", chief
     * executive Armin Papperger said", "chairman Sir Adam Thomson told
     * reporters") */
    if ((n == ENT_ARRAY_LEN(heads) && !tag_officer_role(role)) || k < s->tbeg + 3) return -1;
    /* (not a head of state or government the gazetteer knows: "Acme Corp
     * shares fell, President Donald Trump said") */
    const tag_went *pw = &c->ents[c->ments[m0].ent];
    if (pw->gidx >= 0 && gaz_attr_get(&g->ents[pw->gidx], "role")) return -1;
    uint32_t q = k - 1;
    /* (or a company officer in a clause of "as" or "while", whatever he
     * does: "Warner Bros Discovery received bids, as Chief Executive David
     * Zaslav weighs a sale") */
    int conj = 0;
    if (tk_is(d, q, "with")) q--;
    else if ((tk_is(d, q, "as") || tk_is(d, q, "while")) && tag_officer_role(role)) q--, conj = 1;
    if (!tk_char(d, q, ',')) return -1;
    if (!conj && !says_after(d, s, pe) &&
        !(pe < s->tend && (tk_is(d, pe, "telling") || tk_is(d, pe, "saying"))))
        return -1;
    long m = sentence_owner(c, g, s, q, k);
    return m >= 0 && tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_ORG ? m : -1;
}

/* Does role end with the words tail, after a space or a hyphen or whole
 * ("Former Army Chief" and "Army Chief" with "Army Chief", "Vice-Minister"
 * with "Minister")? */
static int role_ends_with(const char *role, const char *tail) {
    size_t n = strlen(role), m = strlen(tail);
    return n >= m && !strcmp(role + n - m, tail) &&
           (n == m || role[n - m - 1] == ' ' || role[n - m - 1] == '-');
}

/* Is role an opposition's spokesman's ("Shadow Home Secretary"), a party's
 * office and never a state's? */
static int shadow_role(const char *role) {
    return !strncmp(role, "Shadow ", 7);
}

/* Is role a minister's or a secretary's with a portfolio ("Finance
 * Secretary", "Foreign Minister", "Agriculture Undersecretary")? */
static int portfolio_role(const char *role) {
    const char *w = strrchr(role, ' ');
    return w && (!strcmp(w + 1, "Minister") || !strcmp(w + 1, "Secretary") ||
                 !strcmp(w + 1, "Undersecretary")) &&
           !shadow_role(role); /* (the opposition's: no state's) */
}

/* Is mention m a company or a news organization the gazetteer knows? */
static int firm_or_media(const tag_ctx *c, const gaz_t *g, uint32_t m) {
    const tag_went *w = &c->ents[c->ments[m].ent];
    return w->gidx >= 0 && tag_firm_or_media(&g->ents[w->gidx]);
}

/* The first mention of the text of the country whose gazetteer id is id, or
 * -1. */
static long country_mention(const tag_ctx *c, const gaz_t *g, const char *id) {
    for (size_t k = 0; k < c->nments; k++) {
        const tag_went *w = &c->ents[c->ments[k].ent];
        if (w->gidx >= 0 && g->ents[w->gidx].kind == KIND_COUNTRY &&
            !strcmp(g->ents[w->gidx].id, id))
            return (long)k;
    }
    return -1;
}

/* Is role r an envoy's, posted to a place ("Ambassador", "Consul General",
 * "Envoy")? */
static int envoy_role(const char *r) {
    static const char *const envoys[] = {"Ambassador", "Consul", "Envoy", "Representative"};
    const char *head = strrchr(r, ' ');
    head = head ? head + 1 : r;
    if (!strcmp(head, "General") && strstr(r, "Consul")) return 1;
    for (size_t n = 0; n < ENT_ARRAY_LEN(envoys); n++)
        if (!strcmp(head, envoys[n])) return 1;
    return 0;
}

/* Is role r (its last word, or all of it) an aide's, whose office is that of
 * the official he serves: "Putin's envoy X", "Trump's senior adviser X",
 * "Lula's chief of staff X"? */
static int aide_role(const char *r) {
    static const char *const aides[] = {"Adviser", "Advisor", "Aide", "Envoy", "Negotiator",
                                        "Spokesman", "Spokesperson", "Spokeswoman"};
    if (!strcmp(r, "Chief of Staff")) return 1; /* "Lula's chief of staff X" */
    const char *head = strrchr(r, ' ');
    head = head ? head + 1 : r;
    for (size_t n = 0; n < ENT_ARRAY_LEN(aides); n++)
        if (!strcmp(head, aides[n])) return 1;
    return 0;
}

/* The country whose state office person mention p holds, as an affiliation
 * this text gave him ("Russian President Vladimir Putin") or the gazetteer
 * knows him to hold now (a leader's, a minister's: not a former official's
 * nor one of PETRARCH's elites); a mention of it in the text, or -1. */
static long office_country_of(const tag_ctx *c, const gaz_t *g, uint32_t p) {
    uint32_t ent = c->ments[p].ent;
    for (size_t r = c->nrels; r-- > 0;) {
        const tag_relation *tr = &c->rels[r];
        if (tr->a != ent || !tr->role || strcmp(tr->label, "affiliation") != 0 ||
            !strncmp(tr->role, "Former", 6) || !state_role(tr->role) ||
            tag_went_kind(g, &c->ents[tr->b]) != KIND_COUNTRY)
            continue;
        for (size_t k = 0; k < c->nments; k++)
            if (c->ments[k].ent == tr->b) return (long)k;
    }
    const tag_went *pe = &c->ents[ent];
    if (pe->gidx < 0) return -1;
    const gaz_entity *ge = &g->ents[pe->gidx];
    const char *ctry = gaz_attr_get(ge, "country"), *role = gaz_attr_get(ge, "role");
    const char *st = gaz_attr_get(ge, "status");
    if (!ctry || !role || (st && !strcmp(st, "former")) || !strcmp(role, "elite") ||
        !strcmp(role, "opposition") || !strcmp(role, "intelligence"))
        return -1;
    return country_mention(c, g, ctry);
}

/* The country whose office role noun r at token k names: the country and its
 * possessive before it, maybe over two lowercase words ("Mali's junta leader
 * Assimi Goita", "Russia's chief negotiator X"; not "Iran's leading analyst
 * X", a citizen). Its mention, or -1. */
static long state_office_of(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k,
                            const char *r) {
    static const char *const offices[] = {"Aide", "Ambassador", "Chief", "Commander", "Envoy",
                                          "Leader", "Negotiator", "Spokesman", "Spokesperson",
                                          "Spokeswoman"};
    const text_doc *d = &c->doc;
    const char *head = strrchr(r, ' '); /* (a chief's: "Chief Debt Negotiator") */
    head = head ? head + 1 : r;
    size_t n = 0;
    while (n < ENT_ARRAY_LEN(offices) && strcmp(head, offices[n]) != 0) n++;
    int aide = aide_role(r);
    if (n == ENT_ARRAY_LEN(offices) && !aide) return -1;
    uint32_t q = k;
    for (int w = 0; w < 2 && q > s->tbeg && c->tok_ment[q - 1] < 0 &&
                    (d->toks[q - 1].flags & TOK_LOWER) && !(c->cls[q - 1] & W_STOP);
         w++)
        q--;
    /* an aide of the person "his" or "her" stands for, the sentence's first
     * ("President X said his top aide Y had resigned") */
    if (aide && q > s->tbeg + 1 && (tk_is(d, q - 1, "his") || tk_is(d, q - 1, "her"))) {
        long pm = first_person_before(c, g, s, q - 1);
        return pm >= 0 ? office_country_of(c, g, (uint32_t)pm) : -1;
    }
    if (q < s->tbeg + 3 || !is_apos_s(d, q - 2)) return -1;
    long m = ment_ending_before(c, q - 2, s->tbeg);
    if (m < 0 || c->ments[m].via == VIA_DEMONYM) return -1;
    /* an official's aide: "Russian President Vladimir Putin's envoy X" */
    if (is_person(c, g, (uint32_t)m)) return aide ? office_country_of(c, g, (uint32_t)m) : -1;
    if (n == ENT_ARRAY_LEN(offices) ||
        tag_went_kind(g, &c->ents[c->ments[m].ent]) != KIND_COUNTRY)
        return -1;
    return m;
}

/* The office of the person "his" or "her" at token p stands for, the first
 * person sentence s names (before p), as an affiliation of this sentence or
 * one before gave it ("Turkish Foreign Minister Hakan Fidan said ... Fidan
 * met his Russian counterpart"), or NULL. */
static const char *counterpart_role(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                    uint32_t p) {
    long m = first_person_before(c, g, s, p);
    if (m < 0) return NULL;
    for (size_t r = c->nrels; r-- > 0;)
        if (c->rels[r].a == c->ments[m].ent && c->rels[r].role &&
            !strcmp(c->rels[r].label, "affiliation") && strncmp(c->rels[r].role, "Former", 6) != 0)
            return c->rels[r].role;
    return NULL;
}

/* The length of office r[0..n) without " of " and the country name cn
 * (cl bytes) that end it ("President of Venezuela", "Monarch of the United
 * Kingdom"), or 0 when they do not end it. */
static size_t office_of_country(const char *r, size_t n, const char *cn, size_t cl) {
    for (size_t k = 0; k + 4 + cl <= n; k++) {
        size_t t = k + 4;
        if (memcmp(r + k, " of ", 4) != 0) continue;
        if (n - t > 4 && !memcmp(r + t, "the ", 4)) t += 4;
        if (n - t == cl && !memcmp(r + t, cn, cl)) return k;
    }
    return 0;
}

/* The office the gazetteer's role attribute r names as a role of country (or
 * organization) ent: the first of its offices that names ent, or else its
 * first (none when strict), without " of " and ent's name ("President of
 * Venezuela": "President"; Elizabeth II's "Monarch of Antigua and
 * Barbuda|...|Monarch of the United Kingdom": "Monarch" of the United
 * Kingdom), made in c's arena; NULL for a PETRARCH sector in lowercase
 * ("government"), which names no office. */
static const char *office_name(const tag_ctx *c, const gaz_t *g, const char *r, uint32_t ent,
                               int strict) {
    size_t n = strcspn(r, "|");
    if (!n || (r[0] >= 'a' && r[0] <= 'z')) return NULL;
    const tag_went *w = &c->ents[ent];
    int named = 0;
    if (w->gidx >= 0) {
        const char *cn = g->ents[w->gidx].name;
        size_t cl = strlen(cn), k;
        for (const char *q = r;; q += k + 1) {
            k = strcspn(q, "|");
            size_t o = office_of_country(q, k, cn, cl);
            if (o) {
                r = q, n = o, named = 1;
                break;
            }
            if (!q[k]) break;
        }
    }
    if (strict && !named) return NULL;
    char *o = arena_alloc(c->arena, n + 1);
    if (!o) return NULL;
    memcpy(o, r, n);
    o[n] = '\0';
    return o;
}

/* "Hungary's Viktor Orban": the country named with a possessive right before a
 * person the gazetteer knows to hold an office there (attributes country and
 * role) gives that office; so does an organization whose office his role
 * names ("the IMF's Kristalina Georgieva": Managing Director of the
 * International Monetary Fund). Returns the country's or organization's
 * mention and sets *role, or -1. */
static long known_office_before(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                                const char **role) {
    const text_doc *d = &c->doc;
    uint32_t k = c->ments[m].tok;
    if (k < s->tbeg + 3 || !is_apos_s(d, k - 2)) return -1;
    long om = ment_ending_before(c, k - 2, s->tbeg);
    const tag_went *pe = &c->ents[c->ments[m].ent];
    if (om < 0 || pe->gidx < 0) return -1;
    const char *ctry = gaz_attr_get(&g->ents[pe->gidx], "country");
    const char *r = gaz_attr_get(&g->ents[pe->gidx], "role");
    if (!r) return -1;
    if (tag_went_kind(g, &c->ents[c->ments[om].ent]) == KIND_ORG)
        return (*role = office_name(c, g, r, c->ments[om].ent, 1)) ? om : -1;
    if (!ctry || strcmp(ctry, tag_went_id(g, &c->ents[c->ments[om].ent])) != 0) return -1;
    *role = office_name(c, g, r, c->ments[om].ent, 0);
    return om;
}

/* Do n bytes of offices a and b read the same, case aside and a hyphen for a
 * space ("Director-General", "Director General")? */
static int office_eq(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char x = a[i] == '-' ? ' ' : a[i], y = b[i] == '-' ? ' ' : b[i];
        if (tolower((unsigned char)x) != tolower((unsigned char)y)) return 0;
    }
    return 1;
}

/* Is the office p[0..len) "<T> of <P>" or "<T> for <P>" written "<P> <T>" by
 * title ("Secretary of Defense" as "Defense Secretary", "Minister of the
 * Interior" as "Interior Minister", "Minister of Foreign Affairs" as "Foreign
 * Minister")? Case aside. */
static int office_turned(const char *p, size_t len, const char *title, size_t n) {
    const char *of = NULL;
    size_t ol = 4; /* " of ", or " for ": "Minister for Foreign Affairs" */
    for (size_t i = 0; !of && i + 4 <= len; i++)
        if (!strncmp(p + i, " of ", 4)) of = p + i;
        else if (i + 5 <= len && !strncmp(p + i, " for ", 5)) of = p + i, ol = 5;
    if (!of) return 0;
    size_t tl = (size_t)(of - p);
    const char *pf = of + ol; /* the portfolio */
    size_t pl = len - tl - ol;
    if (pl > 4 && !strncmp(pf, "the ", 4)) pf += 4, pl -= 4; /* "Minister of the Interior" */
    /* "Minister of Foreign Affairs" is the "Foreign Minister", "of Home
     * Affairs" the "Home Minister" */
    if (pl > 8 && n == pl - 8 + 1 + tl && !strncmp(pf + pl - 8, " Affairs", 8) &&
        office_eq(title, pf, pl - 8) && title[pl - 8] == ' ' && office_eq(title + pl - 7, p, tl))
        return 1;
    return n == pl + 1 + tl && office_eq(title, pf, pl) && title[pl] == ' ' &&
           office_eq(title + pl + 1, p, tl);
}

/* The words after " of " of the office p[0..len) when it is title (n bytes)
 * so followed ("Chair of the Federal Reserve" for "Chair": "the Federal
 * Reserve"), or NULL. */
static const char *office_of(const char *p, size_t len, const char *title, size_t n) {
    return len > n + 4 && office_eq(p, title, n) && !strncmp(p + n, " of ", 4) ? p + n + 4
                                                                               : NULL;
}

/* Is title one of the offices of the gazetteer's role attribute r ("President",
 * "Prime Minister of Yemen|Minister of Foreign Affairs of Yemen"): an office
 * written so, or so followed by " of ", or turned about ("Defense Secretary"
 * for "Secretary of Defense")? Case aside. */
static int role_names(const char *r, const char *title) {
    size_t n = strlen(title);
    for (const char *p = r; *p;) {
        const char *e = strchr(p, '|');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        /* (past a word that qualifies the office and no other title holds:
         * "Federal Chancellor of Germany" for "Chancellor", "Interim
         * President"; not "Deputy", which is another office) */
        const char *o = p;
        size_t ol = len;
        if (ol > 8 && !strncmp(o, "Federal ", 8)) o += 8, ol -= 8;
        else if (ol > 8 && !strncmp(o, "Interim ", 8)) o += 8, ol -= 8;
        if ((ol == n && office_eq(o, title, n)) || office_of(o, ol, title, n) ||
            office_turned(o, ol, title, n))
            return 1;
        p += len + (e != NULL);
    }
    return 0;
}

/* The text's first mention of the organization an office of role attribute r
 * names after " of " ("Chair of the Federal Reserve"), when the office is
 * title's; or -1. */
static long office_body_in_text(const tag_ctx *c, const gaz_t *g, const char *r,
                                const char *title) {
    size_t n = strlen(title);
    for (const char *p = r; *p;) {
        const char *e = strchr(p, '|');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        const char *b = office_of(p, len, title, n);
        if (b) {
            if (!strncmp(b, "the ", 4)) b += 4;
            size_t bl = (size_t)(p + len - b);
            for (size_t k = 0; k < c->nments; k++) {
                const tag_went *w = &c->ents[c->ments[k].ent];
                if (w->gidx < 0 || g->ents[w->gidx].kind != KIND_ORG) continue;
                const char *name = g->ents[w->gidx].name;
                if (strlen(name) == bl && !strncasecmp(name, b, bl)) return (long)k;
            }
        }
        p += len + (e != NULL);
    }
    return -1;
}

/* "President Donald Trump" in a text that names the United States somewhere:
 * a title before a person the gazetteer knows to hold that office (attribute
 * role) in a country (attribute country) the text names gives that office,
 * though the sentence does not name the country; or the organization the
 * office names, when the text names it ("Chair Jerome Powell" of the "Chair
 * of the Federal Reserve"). Returns a mention of the country or the
 * organization, or -1. */
static long known_office_in_text(const tag_ctx *c, const gaz_t *g, uint32_t m,
                                 const char *title) {
    const tag_went *pe = &c->ents[c->ments[m].ent];
    if (pe->gidx < 0) return -1;
    const char *ctry = gaz_attr_get(&g->ents[pe->gidx], "country");
    const char *r = gaz_attr_get(&g->ents[pe->gidx], "role");
    /* (PETRARCH's people are "government" for any office of the national
     * executive: a minister's, a president's or a premier's title fits them,
     * "Prime Minister Tony Blair"; not a governor's, a town's or a state's) */
    static const char *const cabinet[] = {"Chancellor", "Minister", "Premier", "President",
                                          "Secretary"};
    /* (an opposition's "Shadow Chancellor" holds no office of the state) */
    if (!r || shadow_role(title)) return -1;
    long om = office_body_in_text(c, g, r, title); /* "Chair Jerome Powell" */
    if (om >= 0 || !ctry) return om;
    /* (one the lists know to have left office, whatever he does now, may
     * hold an office of the state in the text: "former President Ronald
     * Reagan", whom PETRARCH files as one of the country's elite) */
    const char *st = gaz_attr_get(&g->ents[pe->gidx], "status");
    int cabinet_title = tag_role_ends_in(title, cabinet, ENT_ARRAY_LEN(cabinet));
    if (!(role_names(r, title) || (cabinet_title && st && !strcmp(st, "former")) ||
          (cabinet_title && !strcmp(r, "government"))))
        return -1;
    return country_mention(c, g, ctry);
}

/* The mention that starts at token q and ends its noun phrase, no part of a
 * longer name we do not know (employer_after, member_of), or -1. */
static long phrase_mention_at(const tag_ctx *c, const text_sent *s, uint32_t q) {
    int32_t m = q < s->tend ? c->tok_ment[q] : -1;
    if (m < 0 || c->ments[m].tok != q || !ends_phrase(c, (uint32_t)m, s) ||
        inside_longer_name(c, (uint32_t)m, s->tbeg))
        return -1;
    return m;
}

/* Past the lowercase words that qualify a name after "the" (at most three
 * tokens, hyphens glued in words counted): the token where an organization's
 * mention starts ("the tax-writing House Ways and Means Committee", "the
 * ruling Liberal Democratic Party"); q itself when none. */
static uint32_t past_org_modifiers(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                   uint32_t q) {
    const text_doc *d = &c->doc;
    if (q >= s->tend) return q;
    /* a country or a place that qualifies the organization named right after
     * it, maybe after an ordinal: "the U.S. Strategic Defense Initiative
     * Office", "the 2nd U.S. Circuit Court of Appeals", "the Israeli Likud
     * party" */
    uint32_t p = q + (q + 1 < s->tend && ordinal_at(d, q));
    int32_t pm = p < s->tend ? c->tok_ment[p] : -1;
    if (pm >= 0 && c->ments[pm].tok == p) {
        uint32_t e = p + c->ments[pm].ntok;
        int pk = tag_went_kind(g, &c->ents[c->ments[pm].ent]);
        int32_t om = e < s->tend ? c->tok_ment[e] : -1;
        if ((pk == KIND_COUNTRY || pk == KIND_LOCATION) && om >= 0 && c->ments[om].tok == e &&
            (d->toks[e].flags & TOK_SPACE) && !glued_hyphen(d, e - 1) &&
            tag_went_kind(g, &c->ents[c->ments[om].ent]) == KIND_ORG)
            return e;
    }
    if (c->tok_ment[q] >= 0) return q;
    for (uint32_t j = q; j < s->tend && j < q + 4; j++) {
        int32_t m = c->tok_ment[j];
        if (m >= 0) {
            return j > q && c->ments[m].tok == j && !glued_hyphen(d, j - 1) &&
                           tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_ORG
                       ? j
                       : q;
        }
        /* (a participle too, after "the": "the banned Vishwa Hindu Parishad") */
        if (!((d->toks[j].flags & TOK_LOWER) && !(c->cls[j] & W_STOP)) &&
            !(glued_hyphen(d, j) && j > q))
            return q;
    }
    return q;
}

/* Past the lowercase noun of the press at token e after a paper's or a
 * broadcaster's name ("of the Evening Standard newspaper,"): e + 1, or e. */
static uint32_t past_media_noun(const tag_ctx *c, const text_sent *s, uint32_t e) {
    return e + 1 < s->tend && (c->cls[e] & W_MEDIANOUN) && (c->doc.toks[e].flags & TOK_LOWER)
               ? e + 1
               : e;
}

/* The token after an age between commas at token q (", 47,": "Ulf D.
 * Merbold, 47, of the European Space Agency"), or q. */
static uint32_t past_age(const text_doc *d, const text_sent *s, uint32_t q) {
    return q + 3 < s->tend && tk_char(d, q, ',') && (d->toks[q + 1].flags & TOK_DIGIT) &&
                   d->toks[q + 1].len <= 3 && tk_char(d, q + 2, ',')
               ? q + 3
               : q;
}

/* The mention ending the phrase after person mention m's full name and
 * "of", with the_ok also after "of the": "Greg Thayer of the Forest
 * Service", "Michael Dukakis of Massachusetts"; or -1. */
static long name_of_mention(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                            int the_ok) {
    const text_doc *d = &c->doc;
    const tag_mention *pm = &c->ments[m];
    uint32_t q = past_age(d, s, pm->tok + pm->ntok);
    /* (or "of" between commas: "David Page, of Investec Securities, said",
     * "Peter Hall, of Chicago, said") */
    int comma = q + 2 < s->tend && tk_char(d, q, ',') && tk_is(d, q + 1, "of");
    q += (uint32_t)comma;
    if (pm->ntok < 2 || pm->via == VIA_COREF || q + 1 >= s->tend || !tk_is(d, q, "of")) return -1;
    q++;
    if (the_ok && tk_is(d, q, "the")) q = past_org_modifiers(c, g, s, q + 1);
    long om = phrase_mention_at(c, s, q);
    if (om < 0 && the_ok) om = org_before_kind(c, g, s, q); /* "of the Exxon group" */
    if (om >= 0 && comma) { /* (the apposition closed by a comma or the sentence's end) */
        uint32_t e = past_media_noun(c, s, c->ments[om].tok + c->ments[om].ntok);
        if (e < s->tend && !tk_char(d, e, ',') && !(e + 1 == s->tend && tk_char(d, e, '.')))
            om = -1;
    }
    return om;
}

/* "Greg Thayer of the Forest Service", "John Smith of Merrill Lynch": a
 * person's full name, "of", maybe "the", and an organization (not a country or
 * a place: "X of Texas" says where he lives or sits) ending the phrase, maybe
 * after a place's possessive. Two full names joined by "and" share it:
 * "James Blight and David Welch of Harvard University". Returns the
 * organization's mention or -1. */
static long member_of(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    long om = name_of_mention(c, g, s, m, 1);
    const tag_mention *pm = &c->ments[m];
    uint32_t q = pm->tok + pm->ntok;
    int full = pm->ntok >= 2 && pm->via != VIA_COREF; /* (a full name, as name_of_mention) */
    /* (a place's possessive before it: "Jeffrey Laitman of New York's Mount
     * Sinai School of Medicine"; or the organization's whose unit it is:
     * "David Welch of Harvard University's John F. Kennedy School of
     * Government", the unit) */
    int32_t pl = q + 1 < s->tend ? c->tok_ment[q + 1] : -1;
    if (om < 0 && full && pl >= 0 && c->ments[pl].tok == q + 1 && tk_is(&c->doc, q, "of") &&
        c->ments[pl].via != VIA_DEMONYM) {
        int kind = tag_went_kind(g, &c->ents[c->ments[pl].ent]);
        uint32_t k = q + 1 + c->ments[pl].ntok;
        if ((kind == KIND_COUNTRY || kind == KIND_LOCATION || kind == KIND_ORG) &&
            k + 2 < s->tend && is_apos_s(&c->doc, k))
            om = phrase_mention_at(c, s, k + 2);
    }
    /* "at" after a name a lowercase role noun introduces: "said analyst
     * Jason Kenney at ING", "economist John Smith at Barclays" */
    /* or a name someone's word is given with: "said Jan Hatzius at Goldman
     * Sachs", "Jan Hatzius at Goldman Sachs said" (not "met X at the
     * United Nations") */
    if (om < 0 && full && q + 1 < s->tend && tk_is(&c->doc, q, "at")) {
        const text_doc *d = &c->doc;
        int first = pm->tok == s->tbeg;
        int noun = !first && (d->toks[pm->tok - 1].flags & TOK_LOWER) && role_noun(c, pm->tok - 1);
        int said = !first && (tk_is(d, pm->tok - 1, "said") || tk_is(d, pm->tok - 1, "says"));
        long am = noun || said || first
                      ? phrase_mention_at(c, s, q + 1 + tk_is(d, q + 1, "the"))
                      : -1;
        if (am >= 0 && (noun || said || says_after(d, s, c->ments[am].tok + c->ments[am].ntok)))
            om = am;
    }
    /* "from" an organization: "Health analyst Tony Beddow, from the Welsh
     * Institute for Health and Social Care, called", "X from Oxfam said" */
    if (om < 0 && full) {
        int comma = q < s->tend && tk_char(&c->doc, q, ',');
        uint32_t f = q + (uint32_t)comma;
        if (f + 1 < s->tend && tk_is(&c->doc, f, "from")) {
            uint32_t p = f + 1;
            if (tk_is(&c->doc, p, "the")) p = past_org_modifiers(c, g, s, p + 1);
            om = phrase_mention_at(c, s, p);
            /* (without the comma, only before a verb of saying: not "a
             * video of Tom Cruise from YouTube") */
            if (om >= 0 && !comma &&
                !says_after(&c->doc, s, c->ments[om].tok + c->ments[om].ntok))
                om = -1;
        }
    }
    /* "X and other members of the Greenland Expedition Society", "X and
     * other officials at the bank": one of them */
    if (om < 0 && full && q + 4 < s->tend && tk_is(&c->doc, q, "and") &&
        tk_is(&c->doc, q + 1, "other") && (c->doc.toks[q + 2].flags & TOK_LOWER) &&
        (tk_is(&c->doc, q + 2, "members") || role_noun_plural(c, q + 2)))
        om = employer_after(c, g, s, q + 3);
    if (om < 0 && full && q + 2 < s->tend && tk_is(&c->doc, q, "and")) {
        long nm = c->tok_ment[q + 1];
        if (nm >= 0 && c->ments[nm].tok == q + 1 && is_person(c, g, (uint32_t)nm))
            return member_of(c, g, s, (uint32_t)nm); /* (the next name's, however found) */
    }
    return om >= 0 && tag_went_kind(g, &c->ents[c->ments[om].ent]) == KIND_ORG ? om : -1;
}

/* A party member's place: person mention m's full name, "of" and a state, a
 * town or a country ending the phrase ("Democrat Michael Dukakis of
 * Massachusetts", "Democrat Hakeem Jeffries of New York"). Its mention or
 * -1. */
static long state_sat_for(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    long om = name_of_mention(c, g, s, m, 0);
    if (om < 0 || c->ments[om].via == VIA_DEMONYM) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[om].ent]);
    return kind == KIND_COUNTRY || kind == KIND_LOCATION ? om : -1;
}

/* Is the role an office of a church ("Pope", "Cardinal", "Archbishop"), whose
 * holder a demonym does not tie to that state? */
static int church_role(const char *role) {
    static const char *const offices[] = {"Archbishop", "Bishop", "Cardinal", "Imam",
                                          "Patriarch",  "Pope",   "Rabbi"};
    return tag_role_ends_in(role, offices, ENT_ARRAY_LEN(offices));
}

/* Is a role a staff member's who speaks for his employer ("Manager",
 * "Official", "Spokesman")? */
static int staff_role(const char *role) {
    static const char *const staff[] = {"Manager", "Official", "Spokesman", "Spokesperson",
                                        "Spokeswoman"};
    return tag_role_ends_in(role, staff, ENT_ARRAY_LEN(staff));
}

/* Does a role's last word name an office of a state ("Trade Representative",
 * "Sports Minister", "Judge"), not a job anyone may hold ("Film Director",
 * "Tennis Coach": "South Korean film director X" says only where he is from),
 * nor the opposition's spokesman for one ("Shadow Home Secretary": a
 * party's)? */
static int state_role(const char *role) {
    if (shadow_role(role)) return 0;
    static const char *const offices[] = {
        "Admiral",   "Ambassador",   "Attorney",  "Brigadier",      "Colonel",   "Commander",
        "Commissioner", "Consul",    "Diplomat",  "Envoy",          "General",   "Governor",
        "Judge",     "Lieutenant",   "Marshal",   "Mediator", "Minister", "Negotiator", "Official",
        "President", "Prosecutor",   "Representative", "Secretary", "Spokesman",
        "Spokesperson", "Spokeswoman"};
    /* (and the chiefs of a state's forces and services, not a firm's
     * "Marketing Chief": "Ukraine's former army chief X") */
    static const char *const chiefs[] = {"Army Chief",    "Defence Chief",   "Defense Chief",
                                         "Intelligence Chief", "Military Chief", "Police Chief",
                                         "Security Chief"};
    for (size_t k = 0; k < ENT_ARRAY_LEN(chiefs); k++)
        if (role_ends_with(role, chiefs[k])) return 1;
    return tag_role_ends_in(role, offices, ENT_ARRAY_LEN(offices));
}

/* Which owners besides organizations org_before_modifiers takes. */
enum { OWNER_COUNTRY = 1, /* a country: a state's office ("Iran's chief nuclear negotiator") */
       OWNER_PLACE = 2 }; /* a state or a town: its governor's or mayor's
                           * ("Louisiana's longtime governor") */

/* An organization (or a country or a place, as owners says) before one or two
 * lowercase modifiers ending before token k, or three with a short acronym among
 * them or a rank's word first: "U.N. financial spokesman X", "ITAR-TASS
 * diplomatic correspondent X", "Iran's chief nuclear negotiator X", "Meta's
 * chief AI scientist X", "Meta's chief global affairs officer, X",
 * "Louisiana's new governor, X". Returns its mention or -1. */
static long org_before_modifiers(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k,
                                 int owners) {
    const text_doc *d = &c->doc;
    int acros = 0;
    uint32_t i = k;
    for (uint32_t n = 1; n <= 3 && i > s->tbeg + 1; n++) {
        i--;
        /* (a word of two joined by a hyphen is one modifier: "Louisiana's
         * reform-minded governor, X", "the long-serving president") */
        if (i > s->tbeg + 3 && glued_hyphen(d, i - 1) && !(d->toks[i].flags & TOK_SPACE) &&
            (d->toks[i].flags & TOK_LOWER) && (d->toks[i - 2].flags & TOK_LOWER) &&
            c->tok_ment[i - 2] < 0)
            i -= 2;
        const text_tok *t = &d->toks[i];
        /* (a short acronym among them: "Meta's chief AI scientist X"; then an
         * organization's, as an unknown acronym may be one: not "Dutch labour
         * federation FNV spokesman X") */
        int acro = (t->flags & (TOK_WORD | TOK_ALLCAPS | TOK_DIGIT)) == (TOK_WORD | TOK_ALLCAPS) &&
                   t->len >= 2 && t->len <= 3 && c->tok_ment[i] < 0 && !(c->cls[i] & W_STOP);
        acros |= acro;
        /* two portfolios joined: "France's interior and overseas minister X" */
        int joined = n == 2 && tk_is(d, i, "and") && (d->toks[i + 1].flags & TOK_LOWER);
        if (joined) continue;
        /* no verb between: "the Canadian government welcomed President X";
         * no title but "chief" or "deputy" before the role noun ("Westpac
         * chief economist X") */
        /* ("new" is a stop word, which no name takes in lowercase) */
        if (!acro && ((t->flags & (TOK_WORD | TOK_LOWER)) != (TOK_WORD | TOK_LOWER) ||
                      c->tok_ment[i] >= 0 || ((c->cls[i] & W_STOP) && !tk_is(d, i, "new")) ||
                      ends_employer(d, i) ||
                      (in_title(c, i) && !tk_is(d, i, "chief") && !tk_is(d, i, "deputy")) ||
                      ed_form(d, i)))
            return -1;
        /* (three words only with an acronym among them, "and", or a rank's
         * word first: "Meta's chief global affairs officer, X") */
        if (n == 3 && !acro && !(d->toks[i + 1].flags & TOK_ALLCAPS) &&
            !(d->toks[i + 2].flags & TOK_ALLCAPS) && !tk_is(d, i + 1, "and") &&
            !tk_is(d, i, "chief") && !tk_is(d, i, "top") && !tk_is(d, i, "senior") &&
            !tk_is(d, i, "deputy") && !tk_is(d, i, "acting"))
            return -1;
        /* (a lowercase role before a capitalized title is another's office:
         * "the NSC (NSC) aide President Reagan") */
        if (!acro && (d->toks[k].flags & TOK_UPPER) && role_noun(c, i)) return -1;
        long om = org_before(c, g, i, s);
        if (om < 0) continue;
        int kind = tag_went_kind(g, &c->ents[c->ments[om].ent]);
        return kind == KIND_ORG || ((owners & OWNER_COUNTRY) && !acros && kind == KIND_COUNTRY) ||
                       ((owners & OWNER_PLACE) && !acros && kind == KIND_LOCATION)
                   ? om
                   : -1;
    }
    return -1;
}

/* A company the gazetteer knows before the name of one of its units, one or
 * two capitalized words nobody recognised, ending before token k: "Boeing
 * Commercial Airplanes spokesman Craig Martin", "Google Cloud chief executive
 * Thomas Kurian", "Apple Music head X" (the unit is the company's). Returns
 * the company's mention or -1. */
static long firm_before_unit(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k) {
    const text_doc *d = &c->doc;
    /* or a place after the company, its business there: "GM Canada
     * negotiator Rick Curd", "Merrill Lynch Europe chief executive X" */
    long pl = ment_ending_before(c, k, s->tbeg);
    if (pl >= 0 && c->ments[pl].via != VIA_DEMONYM) {
        int kind = tag_went_kind(g, &c->ents[c->ments[pl].ent]);
        long fm = ment_ending_before(c, c->ments[pl].tok, s->tbeg);
        if ((kind == KIND_COUNTRY || kind == KIND_LOCATION) && fm >= 0 &&
            firm_or_media(c, g, (uint32_t)fm) && c->ments[fm].ntok <= 3)
            return fm;
    }
    uint32_t b = k;
    while (b > s->tbeg && k - b < 2) {
        const text_tok *t = &d->toks[b - 1];
        if ((t->flags & (TOK_WORD | TOK_UPPER)) != (TOK_WORD | TOK_UPPER) || c->tok_ment[b - 1] >= 0 ||
            (c->cls[b - 1] & W_STOP) || in_title(c, b - 1) || (t->flags & TOK_SENT))
            break;
        b--;
    }
    if (b == k || b <= s->tbeg) return -1;
    long m = ment_ending_before(c, b, s->tbeg);
    if (m < 0) return -1;
    /* (the company's name may open the sentence or follow "the": not a
     * capitalized word before it, a longer name's) */
    uint32_t mb = c->ments[m].tok;
    if (c->ments[m].ntok > 3 || !firm_or_media(c, g, (uint32_t)m) ||
        (mb > s->tbeg && (d->toks[mb - 1].flags & TOK_UPPER) && !tk_is(d, mb - 1, "The")))
        return -1;
    return m;
}

/* "Morgan Stanley's David Hill", "the department's Al Comproni": an
 * organization (not a country: "Britain's Prince Charles" is his nationality's
 * and known_office_before's case), or a noun that stands for one (org_antecedent),
 * with a possessive right before a person's full name. Returns the
 * organization's mention or -1. */
static long possessive_member(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    const text_doc *d = &c->doc;
    const tag_mention *pm = &c->ments[m];
    uint32_t k = pm->tok;
    if (pm->ntok < 2 || pm->via == VIA_COREF || k < s->tbeg + 3 || !is_apos_s(d, k - 2)) return -1;
    long om = ment_ending_before(c, k - 2, s->tbeg);
    uint32_t b = om >= 0 ? c->ments[om].tok : k - 3; /* the possessor's first token */
    if (b > s->tbeg && tk_is(d, b - 1, "the")) b--;
    /* only a speaker: a possessive before a name the tagger took for a person
     * wrongly is common ("Altria's Philip Morris now accepts", "the company's
     * Sterling Heights factory"); in a text about team sports, a club's or
     * team's player too ("McLaren's Lando Norris leads", "Arsenal's Bukayo
     * Saka scored") */
    /* (or one the gazetteer knows, or a company, before the name's own
     * clause, subject_at: "GM's Rick Wagoner is due", "the SNP's Nicola
     * Sturgeon has demanded", "PBS' Jacoba Atlas.") */
    uint32_t e = k + pm->ntok;
    int clause = om >= 0 &&
                 (c->ents[c->ments[om].ent].gidx >= 0 || company_mention(c, g, om)) &&
                 subject_at(d, s, e);
    if (!says_after(d, s, e) && !clause &&
        !(b > s->tbeg && (tk_is(d, b - 1, "said") || tk_is(d, b - 1, "says"))) &&
        !(c->sports && om >= 0 && c->ents[c->ments[om].ent].gidx >= 0) &&
        /* (or a person the gazetteer knows, named so: "the PRI's Ernesto
         * Zedillo", "Apple's Tim Cook unveiled") */
        !(c->ents[pm->ent].gidx >= 0 && pm->via == VIA_NAME))
        return -1;
    if (om < 0) return k >= s->tbeg + 4 && tk_is(d, k - 4, "the") ? org_antecedent(c, g, s, k - 3) : -1;
    if (tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG ||
        inside_longer_name(c, (uint32_t)om, s->tbeg))
        return -1;
    return om;
}

/* The club that signed person m, in a text about team sports: the
 * organization right before "signed" and the name, maybe past a role noun
 * and his country ("Real Madrid signed England midfielder Jude Bellingham
 * from Borussia Dortmund", "Chelsea have signed striker X"), or -1. */
static long signed_by(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    const text_doc *d = &c->doc;
    uint32_t k = c->ments[m].tok;
    if (k > s->tbeg + 1 && (d->toks[k - 1].flags & TOK_LOWER) && role_noun(c, k - 1)) k--;
    long cm = ment_ending_before(c, k, s->tbeg);
    if (cm >= 0 && !is_person(c, g, (uint32_t)cm)) k = c->ments[cm].tok;
    if (k < s->tbeg + 2 || !tk_is(d, k - 1, "signed")) return -1;
    uint32_t v = k - 1;
    if (v > s->tbeg + 1 && (tk_is(d, v - 1, "has") || tk_is(d, v - 1, "have"))) v--;
    long om = ment_ending_before(c, v, s->tbeg);
    return om >= 0 && tag_went_kind(g, &c->ents[c->ments[om].ent]) == KIND_ORG ? om : -1;
}

/* Verbs by which a person wins a party's leadership ("won the leadership of
 * the LDP": leadership_won). Sorted. */
static const char *const won_verbs[] = {"clinched", "secured", "win", "winning", "wins", "won"};
TEXT_WORDS(won_verbs_set, won_verbs);

/* The organization whose leadership person m won, in his clause after him
 * and before any other person: "X won the leadership of the Liberal
 * Democratic Party", "X, who ... after winning the leadership of the LDP",
 * "X won the Conservative Party leadership contest". Its mention, or -1. */
static long leadership_won(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    const text_doc *d = &c->doc;
    uint32_t e = c->ments[m].tok + c->ments[m].ntok, b0 = titled_start(c, g, s, m);
    /* (the clause's subject, not a verb's object: "X beat Y to win the
     * leadership" is X's) */
    if (b0 > s->tbeg && (d->toks[b0 - 1].flags & TOK_LOWER)) return -1;
    for (uint32_t q = e; q < s->tend && q < e + 30; q++) {
        int32_t qm = c->tok_ment[q];
        if (qm >= 0 && (uint32_t)qm != m && is_person(c, g, (uint32_t)qm)) return -1;
        if (!tk_is(d, q, "leadership") || q < s->tbeg + 3) continue;
        /* "won the leadership of X" */
        if (text_words_find(&won_verbs_set, d, &d->toks[q - 2]) >= 0 && tk_is(d, q - 1, "the") &&
            q + 2 < s->tend && tk_is(d, q + 1, "of")) {
            uint32_t o = q + 2 + (q + 3 < s->tend && tk_is(d, q + 2, "the"));
            int32_t om = c->tok_ment[o];
            if (om >= 0 && c->ments[om].tok == o &&
                tag_went_kind(g, &c->ents[c->ments[om].ent]) == KIND_ORG)
                return om;
            return -1;
        }
        /* "won the X leadership (contest)" */
        int32_t om = c->tok_ment[q - 1];
        if (om < 0 || c->ments[om].tok + c->ments[om].ntok != q ||
            tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG)
            return -1;
        uint32_t b = c->ments[om].tok;
        return b >= s->tbeg + 2 && text_words_find(&won_verbs_set, d, &d->toks[b - 2]) >= 0 &&
                       tk_is(d, b - 1, "the")
                   ? om
                   : -1;
    }
    return -1;
}

/* The organization that person m leads by the words before him: "the RSF, led
 * by Mohamed Hamdan Dagalo", "the Wagner Group, headed by X", "a panel chaired
 * by X", "Tesla, which is run by Elon Musk" (the organization right before,
 * maybe before a comma); sets *role. */
static long led_by(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                   const char **role) {
    static const struct {
        const char *verb, *role;
    } leads[] = {{"led", "Leader"}, {"headed", "Head"}, {"chaired", "Chairman"},
                 {"founded", "Founder"}, {"run", "Head"}};
    const text_doc *d = &c->doc;
    uint32_t k = c->ments[m].tok;
    title_chain_back(c, g, &k); /* "led by President X" */
    /* (or a role noun or an occupation: "led by warlord X", "founded by
     * billionaire Bidzina Ivanishvili") */
    if (k == c->ments[m].tok && k > s->tbeg + 1 && (d->toks[k - 1].flags & TOK_LOWER) &&
        (role_noun(c, k - 1) || intro_role_ending_at(c, g, k - 1)))
        k--;
    /* (the second of two: "founded by Bill Gates and Paul Allen") */
    if (k >= s->tbeg + 2 && tk_is(d, k - 1, "and")) {
        long pm = ment_ending_before(c, k - 1, s->tbeg);
        if (pm >= 0 && tag_went_kind(g, &c->ents[c->ments[pm].ent]) == KIND_PERSON)
            k = c->ments[pm].tok;
    }
    if (k < s->tbeg + 3 || !tk_is(d, k - 1, "by")) return -1;
    /* (past a year: "founded in 1975 by Bill Gates") */
    uint32_t vt = k - 2;
    if (vt >= s->tbeg + 3 && (d->toks[vt].flags & TOK_DIGIT) && d->toks[vt].len == 4 &&
        tk_is(d, vt - 1, "in"))
        vt -= 2;
    size_t v = 0;
    while (v < ENT_ARRAY_LEN(leads) && !tk_is(d, vt, leads[v].verb)) v++;
    if (v == ENT_ARRAY_LEN(leads)) return -1;
    /* ("OpenAI was co-founded by Sam Altman and Elon Musk") */
    int co = !strcmp(leads[v].verb, "founded") && vt >= s->tbeg + 3 && glued_hyphen(d, vt - 1) &&
             tk_is(d, vt - 2, "co");
    if (co) vt -= 2;
    uint32_t q = vt;
    /* ("Tesla, which is run by Elon Musk"; "Microsoft was founded by Bill
     * Gates", the organization the subject) */
    if (q >= s->tbeg + 3 && (tk_is(d, q - 1, "is") || tk_is(d, q - 1, "was")) &&
        (tk_is(d, q - 2, "which") || tk_is(d, q - 2, "that")))
        q -= 2;
    else if (q >= s->tbeg + 2 && tk_is(d, q - 1, "was") && !strcmp(leads[v].verb, "founded"))
        q -= 1;
    if (q > s->tbeg && tk_char(d, q - 1, ',')) q--;
    /* past its acronym in brackets: "the Rapid Support Forces (RSF), led by" */
    if (q >= s->tbeg + 4 && tk_char(d, q - 1, ')') && tk_char(d, q - 3, '(')) q -= 3;
    /* or a noun for its kind: "the centrist D66 party led by Rob Jetten" */
    else if (q >= s->tbeg + 2 && (d->toks[q - 1].flags & TOK_LOWER) &&
             (tk_is(d, q - 1, "party") || tk_is(d, q - 1, "movement") ||
              tk_is(d, q - 1, "group") || tk_is(d, q - 1, "alliance") ||
              tk_is(d, q - 1, "coalition") || tk_is(d, q - 1, "bloc"))) {
        q--;
        /* (the noun in apposition: "Georgian Dream, the party founded by") */
        if (q >= s->tbeg + 3 && tk_is(d, q - 1, "the") && tk_char(d, q - 2, ',')) q -= 2;
    }
    long om = org_before(c, g, q, s);
    if (om < 0 || tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG) return -1;
    *role = co ? "Co-Founder" : leads[v].role;
    return om;
}

/* The organization person m heads or founded by a relative clause after the
 * name: "X, who heads First Boston Corp", "X, who also chairs the
 * committee", "X, who has led Microsoft since 2014" (an office held to this
 * day), "X, who headed the Centers for Disease Control" (a past office:
 * "Former Head"), "X, who founded Microsoft" ("co-founded": "Co-Founder"), "X,
 * who heads Israel's Mossad"; sets *role. */
static long who_heads(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                      const char **role) {
    static const struct {
        const char *verb, *role;
    } heads[] = {{"heads", "Head"},           {"leads", "Leader"},
                 {"runs", "Head"},            {"chairs", "Chairman"},
                 {"manages", "Manager"},      {"operates", "Operator"},
                 {"headed", "Former Head"},   {"led", "Former Leader"},
                 {"ran", "Former Head"},      {"chaired", "Former Chairman"},
                 {"managed", "Former Manager"}, {"founded", "Founder"}};
    const text_doc *d = &c->doc;
    uint32_t q = c->ments[m].tok + c->ments[m].ntok;
    if (q + 3 >= s->tend || !tk_char(d, q, ',') || !tk_is(d, q + 1, "who")) return -1;
    q += 2;
    if (tk_is(d, q, "also")) q++;
    /* (an office held to this day: "X, who has led Microsoft since 2014") */
    static const struct {
        const char *verb, *role;
    } held[] = {{"led", "Leader"}, {"headed", "Head"}, {"run", "Head"}, {"chaired", "Chairman"}};
    if (q + 2 < s->tend && (tk_is(d, q, "has") || tk_is(d, q, "have"))) {
        size_t h = 0;
        while (h < ENT_ARRAY_LEN(held) && !tk_is(d, q + 1, held[h].verb)) h++;
        if (h < ENT_ARRAY_LEN(held)) {
            long om = phrase_mention_at(c, s, q + 2 + tk_is(d, q + 2, "the"));
            if (om < 0 || tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG) return -1;
            *role = held[h].role;
            return om;
        }
    }
    int co = q + 2 < s->tend && tk_is(d, q, "co") && glued_hyphen(d, q + 1); /* "co-founded" */
    if (co) q += 2;
    size_t v = 0;
    while (v < ENT_ARRAY_LEN(heads) && !tk_is(d, q, heads[v].verb)) v++;
    if (v == ENT_ARRAY_LEN(heads) || ++q >= s->tend || (co && strcmp(heads[v].verb, "founded")))
        return -1;
    /* (past words that qualify it, the name then closing the clause: "who
     * leads the opposition Labour Party,"; not "who headed the record company
     * Joy Division were signed to") */
    uint32_t the = q;
    if (tk_is(d, q, "the")) q = past_org_modifiers(c, g, s, q + 1);
    /* (past its country's possessive: "who heads Israel's Mossad") */
    int32_t cm = q < s->tend ? c->tok_ment[q] : -1;
    if (cm >= 0 && c->ments[cm].tok == q && c->ments[cm].via != VIA_DEMONYM &&
        tag_went_kind(g, &c->ents[c->ments[cm].ent]) == KIND_COUNTRY &&
        is_apos_s(d, q + c->ments[cm].ntok))
        q = the = q + c->ments[cm].ntok + 2;
    long om = phrase_mention_at(c, s, q);
    if (om < 0 || tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG) return -1;
    uint32_t oe = q + c->ments[om].ntok;
    if (q > the + 1 && oe < s->tend && (d->toks[oe].flags & TOK_WORD)) return -1;
    *role = co ? "Co-Founder" : heads[v].role;
    return om;
}

/* The organization coordinated by "and" with organization mention om, right
 * after it and ending its phrase ("who also runs SpaceX and xAI"), or -1. */
static long and_org_after(const tag_ctx *c, const gaz_t *g, const text_sent *s, long om) {
    uint32_t q = c->ments[om].tok + c->ments[om].ntok;
    if (q + 1 >= s->tend || !tk_is(&c->doc, q, "and")) return -1;
    long am = phrase_mention_at(c, s, q + 1);
    return am >= 0 && tag_went_kind(g, &c->ents[c->ments[am].ent]) == KIND_ORG ? am : -1;
}

/* Do the words after person mention m say he left an office: "resigned",
 * "retired", "quit", "stepped down", "served", maybe after "who" and "has" ("X has
 * resigned as president of ORG", "X, who retired as chairman of ORG"), or
 * was put out of it: "was sacked", "has been fired", "was ousted"? */
static int left_office_after(const tag_ctx *c, const text_sent *s, uint32_t m) {
    const text_doc *d = &c->doc;
    uint32_t k = c->ments[m].tok + c->ments[m].ntok;
    if (k + 1 < s->tend && tk_char(d, k, ',') && tk_is(d, k + 1, "who")) k += 2;
    /* (an office served in the past: "X, who served as chairman of ORG"; not
     * "who has served as") */
    if (k < s->tend && tk_is(d, k, "served")) return 1;
    if (k < s->tend && (tk_is(d, k, "has") || tk_is(d, k, "had"))) k++;
    /* (or a participle in apposition: "X, recently sacked as") */
    int appos = k + 2 < s->tend && tk_char(d, k, ','), passive = appos;
    if (appos) k += 1 + tk_is(d, k + 1, "recently");
    else if (k + 1 < s->tend && (tk_is(d, k, "was") || tk_is(d, k, "been")))
        k++, passive = 1;
    /* (passive only: "X has dismissed claims" is no dismissal of X) */
    if (passive && k < s->tend &&
        (tk_is(d, k, "sacked") || tk_is(d, k, "fired") || tk_is(d, k, "dismissed") ||
         tk_is(d, k, "ousted") || tk_is(d, k, "axed")))
        return 1;
    if (appos) return 0;
    return k < s->tend &&
           (tk_is(d, k, "resigned") || tk_is(d, k, "retired") || tk_is(d, k, "quit") ||
            (tk_is(d, k, "stepped") && k + 1 < s->tend && tk_is(d, k + 1, "down")));
}

/* Does a word of an office held before stand in tokens [b - 3, e) of sentence
 * s: "former", "ex-", "then-", "the late", "ousted"? */
static int past_words(const tag_ctx *c, const text_sent *s, uint32_t b, uint32_t e) {
    const text_doc *d = &c->doc;
    b = b > s->tbeg + 3 ? b - 3 : s->tbeg;
    for (uint32_t k = b; k < e; k++) {
        if (c->tok_ment[k] >= 0) continue;
        if (text_tok_ieq(d, &d->toks[k], "former") || tk_is(d, k, "formerly") ||
            tk_is(d, k, "previously") || /* ("X was previously director of ORG") */
            /* "ousted prime minister Sheikh Hasina", "deposed President X" */
            text_tok_ieq(d, &d->toks[k], "ousted") || text_tok_ieq(d, &d->toks[k], "deposed") ||
            text_tok_ieq(d, &d->toks[k], "toppled") ||
            /* "retired CBS chairman X", "a retired vice chairman of ORG" (not
             * "retired persons, X") */
            (tk_is(d, k, "retired") && k + 1 < e &&
             (c->tok_ment[k + 1] >= 0 || tk_is(d, k + 1, "vice") || role_noun(c, k + 1))) ||
            (tk_is(d, k, "late") && k > s->tbeg && text_tok_ieq(d, &d->toks[k - 1], "the") &&
             k + 1 < e && (d->toks[k + 1].flags & TOK_UPPER)) || /* not "the late 1990s" */
            ((text_tok_ieq(d, &d->toks[k], "ex") || text_tok_ieq(d, &d->toks[k], "then")) &&
             k + 1 < e && glued_hyphen(d, k + 1)))
            return 1;
    }
    return 0;
}

/* Token k, or the start of a word of an office held before right before it
 * ("Former", "ex-", "then-": "Former Prime Minister X of Bangladesh"). */
static uint32_t past_word_before(const tag_ctx *c, const text_sent *s, uint32_t k) {
    const text_doc *d = &c->doc;
    if (k > s->tbeg && text_tok_ieq(d, &d->toks[k - 1], "former")) return k - 1;
    if (k > s->tbeg + 1 && glued_hyphen(d, k - 1) && !(d->toks[k].flags & TOK_SPACE) &&
        (text_tok_ieq(d, &d->toks[k - 2], "ex") || text_tok_ieq(d, &d->toks[k - 2], "then")))
        return k - 2;
    return k;
}

/* Does an office held before stand between person m and organization o, or
 * just before the first of them ("X, a former economist with the Reserve
 * Bank", "Former Phibro chairman X")? Then the affiliation was, and its role
 * says so. */
static int past_office(const tag_ctx *c, const text_sent *s, uint32_t m, uint32_t o) {
    uint32_t b = c->ments[m].tok < c->ments[o].tok ? c->ments[m].tok : c->ments[o].tok;
    uint32_t e1 = c->ments[m].tok + c->ments[m].ntok, e2 = c->ments[o].tok + c->ments[o].ntok;
    /* (an office taken after the name is the clause's own, whatever he was
     * before: "Former banker Mark Carney became prime minister of Canada") */
    if (e1 < s->tend && c->ments[o].tok > e1 && tk_is(&c->doc, e1, "became"))
        b = e1;
    /* and the word after the organization's possessive ("X, Novo's former
     * CEO,") */
    if (e2 > e1 && e2 + 2 < s->tend && is_apos_s(&c->doc, e2)) e2 += 3;
    /* or an end in the past after the organization: "X was Governor of the
     * Turkish Central Bank until last November", "... until 1985" */
    uint32_t oe = c->ments[o].tok + c->ments[o].ntok;
    int ended = oe + 1 < s->tend && tk_is(&c->doc, oe, "until") &&
                (tk_is(&c->doc, oe + 1, "last") || year_at(&c->doc, oe + 1));
    return ended || past_words(c, s, b, e1 > e2 ? e1 : e2) || left_office_after(c, s, m);
}

/* Is the title with this role a minister's or secretary's portfolio that only
 * shares its word with the party of mention m ("Labour Minister X" is no
 * Labour Party member)? */
static int portfolio_of_party(const tag_ctx *c, const gaz_t *g, uint32_t m, const char *role) {
    return party_went(g, &c->ents[c->ments[m].ent]) &&
           (role_ends_with(role, "Minister") || role_ends_with(role, "Secretary"));
}

/* The party of person m's apposition: "Chuck Schumer, a New York Democrat,",
 * "Jim Jordan, an Ohio Republican, said", "X, a Democratic senator from
 * Ohio", "X, a Republican from Chicago": "a" or "an", up to four words (a
 * state, "moderate"), a party named by its adjective, and the apposition's
 * end, "who", "from", "and a" or a role noun. Returns the party's mention or
 * -1. */
static long party_apposition(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    const text_doc *d = &c->doc;
    uint32_t q = c->ments[m].tok + c->ments[m].ntok;
    if (q + 3 >= s->tend || !tk_char(d, q, ',') || !(tk_is(d, q + 1, "a") || tk_is(d, q + 1, "an")))
        return -1;
    for (uint32_t k = q + 2; k < s->tend && k < q + 7; k++) {
        int32_t pm = c->tok_ment[k];
        if (!(d->toks[k].flags & TOK_WORD)) return -1;
        /* other words: lowercase ones that are no stop words ("a fellow
         * Texas Democrat"; not "a friend of the Tory leader", "a Social
         * Democratic member") */
        if (pm < 0) {
            if (!(d->toks[k].flags & TOK_LOWER) || (c->cls[k] & W_STOP)) return -1;
            continue;
        }
        const tag_went *e = &c->ents[c->ments[pm].ent];
        /* (by its adjective, "a Texas Republican", or by a member's name
         * among its aliases ending the apposition, "a Social Democrat,") */
        if (party_went(g, e)) {
            uint32_t n = k + c->ments[pm].ntok;
            if (c->ments[pm].via != VIA_DEMONYM &&
                !(n < s->tend && (tk_char(d, n, ',') || tk_char(d, n, '.'))))
                return -1;
            /* (or another apposition after "and a": "a Louisiana Republican
             * and a physician") */
            return n >= s->tend || tk_char(d, n, ',') || tk_char(d, n, '.') || tk_is(d, n, "who") ||
                           tk_is(d, n, "from") || role_noun(c, n) ||
                           ((d->toks[n].flags & TOK_LOWER) && (c->cls[n] & W_TITLESTART)) ||
                           (tk_is(d, n, "and") && n + 1 < s->tend &&
                            (tk_is(d, n + 1, "a") || tk_is(d, n + 1, "an")))
                       ? pm
                       : -1;
        }
        if (tag_went_kind(g, e) != KIND_LOCATION) return -1; /* only a place says where */
        k = c->ments[pm].tok + c->ments[pm].ntok - 1;
    }
    return -1;
}

/* Is the role an office held for a state or a town: "Senator", "Governor",
 * "Representative", "Mayor"? */
static int seat_role(const char *role) {
    static const char *const offices[] = {"Assemblyman", "Assemblywoman", "Congressman",
                                          "Congresswoman", "Delegate", "Governor", "Legislator",
                                          "Mayor", "Representative", "Senator"};
    return tag_role_ends_in(role, offices, ENT_ARRAY_LEN(offices));
}

/* The state or place named with party mention pt as a lawmaker's seat: after
 * the party's letter and a hyphen ("Sen. Rudy Boschwitz (R-Minn.)", "X,
 * D-R.I.,"), or right before the party's name ("X, a Michigan Democrat,",
 * "Iowa Republican Terry Branstad"). Its mention, or -1. */
static long party_seat(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t pt) {
    const text_doc *d = &c->doc;
    const tag_mention *p = &c->ments[pt];
    long sm = -1;
    uint32_t e = p->tok + p->ntok;
    if (p->ntok == 1 && d->toks[p->tok].len == 1 && e + 1 < s->tend && glued_hyphen(d, e) &&
        !(d->toks[e + 1].flags & TOK_SPACE)) {
        int32_t q = c->tok_ment[e + 1];
        if (q >= 0 && c->ments[q].tok == e + 1) sm = q;
    } else {
        sm = ment_ending_before(c, p->tok, s->tbeg);
    }
    if (sm < 0 || c->ments[sm].via == VIA_DEMONYM) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[sm].ent]);
    return kind == KIND_LOCATION ? sm : -1;
}

/* Does a unit nobody recognised follow an organization's possessive at token
 * e, one to three capitalized words ending the phrase ("MIT's Media Labs",
 * "Microsoft's MSN internet division"), or a name before a noun for a
 * company's part ("UAL's Westin Hotel unit": tag_owned_part)? */
static int unit_after_possessive(const tag_ctx *c, const text_sent *s, uint32_t e) {
    const text_doc *d = &c->doc;
    if (e + 2 >= s->tend || !is_apos_s(d, e)) return 0;
    int32_t um = c->tok_ment[e + 2];
    if (um >= 0 && c->ments[um].tok == e + 2) {
        uint32_t q = e + 2 + c->ments[um].ntok;
        return q < s->tend && tag_owned_part(d, q);
    }
    uint32_t k = e + 2, n = 0;
    while (k < s->tend && n < 3 && c->tok_ment[k] < 0 &&
           (d->toks[k].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
           !(c->cls[k] & W_STOP))
        k++, n++;
    return n > 0 && (k >= s->tend || !(d->toks[k].flags & TOK_WORD) ||
                     (d->toks[k].flags & TOK_LOWER));
}

/* Past the letters of an office written after a name, in capitals ("Brian
 * Monteith MSP,", "Paul Boateng MP,"): the token after them, or e. */
static uint32_t past_post_nominals(const tag_ctx *c, const text_sent *s, uint32_t e) {
    while (e < s->tend && (c->doc.toks[e].flags & TOK_ALLCAPS) && in_title(c, e)) e++;
    return e;
}

/* Does a name in apposition end at token e: the sentence's end, a comma or a
 * verb of saying ("A Hamas official, Basem Naim, told"; not "as US President,
 * Tony Blair has said", where the comma ends a clause)? */
static int appos_closes(const text_doc *d, const text_sent *s, uint32_t e) {
    return e >= s->tend || tk_char(d, e, ',') || tk_char(d, e, '.') || tk_char(d, e, ';') ||
           tk_is(d, e, "said") || tk_is(d, e, "says") || tk_is(d, e, "told");
}

/* The n bytes at w, a space and role ("Former Secretary of State"), or the
 * words alone for no role, in c's arena; NULL when out of memory. */
static const char *prefixed_role(const tag_ctx *c, const char *w, size_t n, const char *role) {
    size_t rl = role ? strlen(role) : 0;
    char *r = arena_alloc(c->arena, n + 1 + rl + 1);
    if (!r) return NULL;
    memcpy(r, w, n);
    r[n] = 0;
    if (rl) r[n] = ' ', memcpy(r + n + 1, role, rl + 1);
    return r;
}

/* The role of a past office, said so: "Former Secretary of State", or "Former"
 * alone for no role (a role that says so already as it is: "who headed" gives
 * "Former Head"; a founder stays one: "Lotus founder X, who resigned as
 * chairman"); NULL when out of memory. */
static const char *former_role(tag_ctx *c, const char *role) {
    if (role && ((!strncmp(role, "Former", 6) && (!role[6] || role[6] == ' ')) ||
                 tag_role_ends_in(role, (const char *const[]){"Founder", "Co-Founder"}, 2)))
        return role;
    return prefixed_role(c, "Former", 6, role);
}

/* Is token i a capitalized word (not in capitals) no mention holds? */
static int bare_cap(const tag_ctx *c, uint32_t i) {
    return (c->doc.toks[i].flags & (TOK_UPPER | TOK_ALLCAPS)) == TOK_UPPER &&
           c->tok_ment[i] < 0;
}

/* The first word of the portfolios joined by "and" at token k - 1 to the
 * title at k ("Energy" of "Energy and Mines Minister"): up to four
 * capitalized words before the "and" ("Social Affairs and Labour
 * Minister"), and more portfolios before commas ("Culture, Media and Sport
 * Secretary"); none opening the sentence after its first. */
static uint32_t portfolios_start(const tag_ctx *c, const text_sent *s, uint32_t k) {
    const text_doc *d = &c->doc;
    uint32_t b = k - 2;
    for (;;) {
        if (b > s->tbeg && k - b < 5 && bare_cap(c, b - 1) &&
            !(d->toks[b].flags & TOK_SENT))
            b--;
        else if (b >= s->tbeg + 2 && tk_char(d, b - 1, ',') && bare_cap(c, b - 2) &&
                 !(d->toks[b - 2].flags & TOK_SENT))
            b -= 2;
        else
            return b;
    }
}

/* The end of an envoy's title that his posting separates from his name at
 * token p: "U.S. Ambassador to Japan George Glass", "Britain's ambassador to
 * the United Nations, Barbara Woodward, said", "Tehran's ambassador in
 * Baghdad, X," (the title ends at "to" or "in"), or p when there is none. */
static uint32_t posted_title_end(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t p,
                                 uint32_t pe) {
    const text_doc *d = &c->doc;
    uint32_t q = p;
    if (q > s->tbeg && tk_char(d, q - 1, ',')) {
        if (!appos_closes(d, s, pe)) return p;
        q--;
    }
    long om = ment_ending_before(c, q, s->tbeg);
    if (om < 0 || is_person(c, g, (uint32_t)om)) return p;
    uint32_t t = c->ments[om].tok;
    if (t > s->tbeg && tk_is(d, t - 1, "the")) t--;
    if (t <= s->tbeg + 1 || !(tk_is(d, t - 1, "to") || tk_is(d, t - 1, "in"))) return p;
    long te = title_ending_at(c, t - 1);
    if (te < 0) return p;
    static const char *const envoys[] = {"Ambassador", "Envoy", "Representative"};
    const char *r = g->titles[c->titles[te].title].role;
    return r && tag_role_ends_in(r, envoys, ENT_ARRAY_LEN(envoys)) ? t - 1 : p;
}

static int org_noun_at(const text_doc *d, uint32_t i);
static int shadow_role(const char *role);

/* Is role a state's lawyer's ("Attorney General", "Solicitor General":
 * "Attorney General Gali Baharav-Miara" under "JERUSALEM (AP) -")? */
static int state_lawyer_role(const char *role) {
    return (role_ends_with(role, "Attorney General") ||
            role_ends_with(role, "Solicitor General")) &&
           !shadow_role(role); /* (the opposition's: "Shadow Attorney General") */
}

/* Is role a state's governor's ("Governor", "Lieutenant Governor", from "Gov."
 * and "Lt. Gov.")? Under a dateline that names a state, the state's
 * (dateline_affiliations). */
static int governor_role(const char *role) {
    return !strcmp(role, "Governor") || !strcmp(role, "Lieutenant Governor");
}

/* A spokesperson's roles. */
static const char *const spokes[] = {"Spokesman", "Spokesperson", "Spokeswoman"};

/* Is role a spokesman's whose title, opening at token k, says whose with an
 * adjective of the state's offices: "Presidential spokesman X", "government
 * spokeswoman X" (under "ABUJA, Nigeria (AP) -": Nigeria's)? */
static int state_spokesman_at(const tag_ctx *c, const text_sent *s, uint32_t k,
                              const char *role) {
    const text_doc *d = &c->doc;
    if (!tag_role_ends_in(role, spokes, ENT_ARRAY_LEN(spokes))) return 0;
    for (uint32_t j = k > s->tbeg ? k - 1 : k; j <= k + 1 && j < s->tend; j++) {
        if (!text_tok_ieq(d, &d->toks[j], "presidential") &&
            !text_tok_ieq(d, &d->toks[j], "government") &&
            !text_tok_ieq(d, &d->toks[j], "presidency"))
            continue;
        /* opening the phrase: not a party's or a town's ("Plaid Cymru's local
         * government spokesman X") */
        return j == s->tbeg || !((d->toks[j - 1].flags & TOK_WORD) || c->tok_ment[j - 1] >= 0);
    }
    return 0;
}

/* Is role, whose title opens at token k, a head of state's with no body
 * said: "President" or "Vice President" written with a capital, no name of a
 * body before it ("appointed by President Ramchandra Paudel", not "IBC
 * President X", "(IBC) President X" nor "union president X") and no company
 * in the sentence ("President H. Lawrance Fuller told the analysts Amoco
 * ...")? */
static int state_president_at(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                              uint32_t k, const char *role) {
    const text_doc *d = &c->doc;
    /* (or "Vice President"; "Former" before it names no body) */
    if ((strcmp(role, "President") && strcmp(role, "Vice President")) ||
        !(d->toks[k].flags & TOK_UPPER) ||
        (k > s->tbeg && !tk_is(d, k - 1, "Former") &&
         ((d->toks[k - 1].flags & (TOK_UPPER | TOK_DIGIT)) || tk_char(d, k - 1, ')') ||
          ((d->toks[k - 1].flags & TOK_LOWER) && org_noun_at(d, k - 1)))))
        return 0; /* ("bank Vice-President X") */
    for (size_t m = 0; m < c->nments; m++) {
        if (c->ments[m].tok < s->tbeg || c->ments[m].tok >= s->tend) continue;
        const tag_went *w = &c->ents[c->ments[m].ent];
        if (w->gidx >= 0 ? g->ents[w->gidx].company : tag_went_kind(g, w) == KIND_ORG) return 0;
    }
    return 1;
}

/* The comma that opens an apposition whose name (or title) starts at token
 * k, right before it or before a rank the title lists leave out ("Mali's
 * junta leader, General Assimi Goita,") or a U.S. party's member ("Ohio's
 * governor, Democrat Richard Celeste"); or 0. */
static uint32_t appos_comma(const text_doc *d, const text_sent *s, uint32_t k) {
    if (k > s->tbeg && tk_char(d, k - 1, ',')) return k - 1;
    if (k > s->tbeg + 1 &&
        (tk_is(d, k - 1, "General") || tag_party_member_word(d, k - 1)) &&
        tk_char(d, k - 2, ','))
        return k - 2;
    return 0;
}

/* The organization of "a <role> for / at / of (the) <organization>" ending
 * right before token e ("A spokesperson for Amazon", "a spokeswoman for the
 * State Department"): its mention, with the role in *role and its token in
 * *k; -1 when none. The role is a role noun or a spokesperson's word in
 * lowercase. */
static long role_of_org_before(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t e,
                               const char **role, uint32_t *k) {
    const text_doc *d = &c->doc;
    int32_t om = c->tok_ment[e - 1];
    if (om < 0 || c->ments[om].tok + c->ments[om].ntok != e ||
        tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG)
        return -1;
    uint32_t p = c->ments[om].tok;
    if (p > s->tbeg && tk_is(d, p - 1, "the")) p--;
    if (p < s->tbeg + 2 || !(tk_is(d, p - 1, "for") || tk_is(d, p - 1, "at") || tk_is(d, p - 1, "of")))
        return -1;
    uint32_t q = p - 2, b = q;
    if (!(d->toks[q].flags & TOK_LOWER)) return -1;
    /* (opening the apposition: the sentence's start or "a", "an", "the",
     * maybe over two lowercase words, "a senior official of"; not "50
     * pct-owner of Royal Trust, Cornelissen said") */
    while (b > s->tbeg && b + 2 > q && (d->toks[b - 1].flags & TOK_LOWER) &&
           !(c->cls[b - 1] & W_STOP) && !glued_hyphen(d, b))
        b--;
    if (b > s->tbeg && !tk_is(d, b - 1, "a") && !tk_is(d, b - 1, "an") && !tk_is(d, b - 1, "the") &&
        !tk_is(d, b - 1, "A") && !tk_is(d, b - 1, "An") && !tk_is(d, b - 1, "The"))
        return -1;
    const char *r = role_noun(c, q); /* (the word is in lowercase: see above) */
    for (size_t w = 0; w < ENT_ARRAY_LEN(spokes) && !r; w++)
        if (text_tok_ieq(d, &d->toks[q], spokes[w])) r = spokes[w];
    if (!r) return -1;
    *role = r, *k = q;
    return om;
}

/* The organization's mention that ends right before token k, or -1. */
static long org_ends_before(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k) {
    long om = ment_ending_before(c, k, s->tbeg);
    return om >= 0 && tag_went_kind(g, &c->ents[c->ments[om].ent]) == KIND_ORG ? om : -1;
}

static int find_affiliations(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t m0,
                             size_t m1, size_t rel0) {
    const text_doc *d = &c->doc;
    for (size_t m = m0; m < m1; m++) {
        if (!is_person(c, g, (uint32_t)m)) continue;
        const tag_mention *pm = &c->ments[m];
        uint32_t k = pm->tok;
        const char *role = title_chain_back(c, g, &k);
        /* a deputy or an assistant of a portfolio whose title the lists keep
         * without him, its word being a known name's ("Deputy Treasury
         * Secretary X", "Assistant Treasury Secretary X"): no Treasury
         * Secretary. (k stays at the portfolio's title, whose word names the
         * body he belongs to.) */
        for (uint32_t j = k; role && j > s->tbeg && c->tok_ment[j - 1] < 0; j--) {
            const char *w = tk_is(d, j - 1, "Deputy")      ? "Deputy"
                            : tk_is(d, j - 1, "Assistant") ? "Assistant"
                                                           : NULL;
            if (!w || !strncmp(role, w, strlen(w))) break;
            if (!(role = prefixed_role(c, w, strlen(w), role))) return ENT_ENOMEM;
        }
        /* two portfolios or more: "Energy and Mines Minister" (the title
         * found is the last one's); the role is the words as written, then
         * the title's */
        if (role && portfolio_role(role) && k >= s->tbeg + 2 && tk_is(d, k - 1, "and") &&
            bare_cap(c, k - 2) && title_ending_at(c, k - 1) < 0) {
            uint32_t b = portfolios_start(c, s, k);
            role = prefixed_role(c, d->text + d->toks[b].start,
                                 d->toks[k - 1].end - d->toks[b].start, role);
            if (!role) return ENT_ENOMEM;
            k = b;
        }
        if (!role) { /* his posting between: "Ambassador to Japan George Glass" */
            uint32_t kp = posted_title_end(c, g, s, pm->tok, pm->tok + pm->ntok);
            const char *pr = kp < pm->tok ? title_chain_back(c, g, &kp) : NULL;
            if (pr) role = pr, k = kp;
        }
        /* a job at a firm or a school capitalized right before the name, an
         * honorific ("Professor") or a sentence's first word ("Economist X
         * at Deutsche Bank said", "Professor X of Leeds University"), or any
         * role noun capitalized right after an organization's name ("the
         * Foreign Ministry's Southeast Asian Department Chief X"): the role
         * the same word in lowercase is */
        const char *jr;
        long cap_org = -1; /* (that organization: the capitalized role joins it to the name) */
        if (!role && pm->tok > s->tbeg && c->tok_ment[pm->tok - 1] < 0 &&
            (d->toks[pm->tok - 1].flags & (TOK_UPPER | TOK_ALLCAPS)) == TOK_UPPER &&
            (jr = role_noun_only(c, pm->tok - 1)) &&
            ((cap_org = org_ends_before(c, g, s, pm->tok - 1)) >= 0 || employee_role(jr)))
            role = jr, k = k < pm->tok - 1 ? k : pm->tok - 1;
        /* a lawmaker's party letter: "Sen. Ted Cruz, R-Texas," (besides any
         * other affiliation: "Finance Committee chairman X (D-Texas)"), or
         * the party of an apposition: "X, a New York Democrat," */
        uint32_t pl = pm->tok + pm->ntok + 1;
        int32_t pt = pl < s->tend ? c->tok_ment[pl] : -1;
        int party_in_appos = 0;
        if (!(pt >= 0 && c->ments[pt].tok == pl && c->ments[pt].ntok == 1 &&
              c->ments[pt].via == VIA_DEMONYM && d->toks[pl].len == 1 &&
              tag_went_kind(g, &c->ents[c->ments[pt].ent]) == KIND_ORG)) {
            pt = (int32_t)party_apposition(c, g, s, (uint32_t)m); /* "X, a Texas Republican," */
            party_in_appos = pt >= 0;
        }
        /* a party's name right before the name, no title between: "Tory Liam
         * Fox said", "Republican Terry Branstad" */
        if (pt < 0 && k == pm->tok && k > s->tbeg) {
            int32_t bm = c->tok_ment[k - 1];
            if (bm >= 0 && c->ments[bm].tok + c->ments[bm].ntok == k &&
                !is_person(c, g, (uint32_t)bm) && party_went(g, &c->ents[c->ments[bm].ent]))
                pt = bm;
        }
        if (pt >= 0) {
            const char *pr = role;
            /* (a title that another body owns is no office of the party:
             * "Senate Agriculture Committee Chairman Patrick Leahy (D-Vt.)") */
            long ob = pr ? org_before(c, g, k, s) : -1;
            if (ob >= 0 && c->ments[ob].ent != c->ments[pt].ent &&
                tag_went_kind(g, &c->ents[c->ments[ob].ent]) == KIND_ORG &&
                !party_went(g, &c->ents[c->ments[ob].ent]))
                pr = NULL;
            /* (nor one of a body named by its word alone: "Committee Chairman
             * Patrick Leahy (D-Vt.)", "Subcommittee Chairman X") */
            if (pr && ob < 0 && k > s->tbeg && c->tok_ment[k - 1] < 0 &&
                (d->toks[k - 1].flags & TOK_UPPER) && (c->cls[k - 1] & (W_ORGHEAD | W_ORGSUFFIX)))
                pr = NULL;
            /* (with no title, the office the apposition names after the
             * party: "Liz Cheney, a former Republican congresswoman from
             * Wyoming," is a Former Congresswoman) */
            uint32_t pn = c->ments[pt].tok + c->ments[pt].ntok, he;
            if (!pr && party_in_appos && pn < s->tend && (d->toks[pn].flags & TOK_LOWER))
                pr = role_head_at(c, g, pn, &he);
            if (past_office(c, s, (uint32_t)m, (uint32_t)pt) && !(pr = former_role(c, pr)))
                return ENT_ENOMEM;
            if (push_rel(c, rel0, pm->ent, c->ments[pt].ent, gaz_label_find(g, "affiliation"), g,
                         pr, s, 0, 0))
                return ENT_ENOMEM;
            /* and the state or country he sits for: "Democrat Michael Dukakis
             * of Massachusetts", "Republican Marjorie Taylor Greene of
             * Georgia" */
            long sm = state_sat_for(c, g, s, (uint32_t)m);
            const char *sr = pr;
            if (sm < 0 && (sm = party_seat(c, g, s, (uint32_t)pt)) >= 0 && pr && !seat_role(pr))
                sr = NULL; /* (a committee's "Chairman" is no office of the state) */
            if (sm >= 0 && push_rel(c, rel0, pm->ent, c->ments[sm].ent,
                                    gaz_label_find(g, "affiliation"), g, sr, s, 0, 0))
                return ENT_ENOMEM;
        }
        /* the title before an apposition: "A Hamas official, Basem Naim, told",
         * "The Fed chair, Jerome Powell, said"; also over a rank whose
         * organization is not said ("A Pentagon spokesperson, Major General
         * Pat Ryder, said"); not "as US President, Tony Blair" */
        uint32_t pe0 = past_post_nominals(c, s, pm->tok + pm->ntok), ka = appos_comma(d, s, k);
        if (ka > s->tbeg && appos_closes(d, s, pe0) && (!role || org_before(c, g, k, s) < 0)) {
            uint32_t kc = ka;
            const char *r = title_chain_back(c, g, &kc);
            /* (an envoy's post between: "China's consul general in Osaka, Xue
             * Jian") */
            if (!r) {
                int32_t pp = c->tok_ment[ka - 1];
                uint32_t pb = pp >= 0 ? c->ments[pp].tok : 0;
                int pk = pp >= 0 ? tag_went_kind(g, &c->ents[c->ments[pp].ent]) : KIND_OTHER;
                if (pp >= 0 && pb + c->ments[pp].ntok == ka && pb > s->tbeg + 1 &&
                    (tk_is(d, pb - 1, "in") || tk_is(d, pb - 1, "to")) &&
                    (pk == KIND_LOCATION || pk == KIND_COUNTRY)) {
                    uint32_t kp = pb - 1;
                    const char *rp = title_chain_back(c, g, &kp);
                    if (rp && envoy_role(rp)) r = rp, kc = kp;
                }
            }
            /* (or a second portfolio after "and" that the title lists leave
             * out: "Mexico's minister of energy and mines, Alfredo del Mazo") */
            for (uint32_t w = 1; !r && w <= 2 && ka > s->tbeg + w + 1; w++) {
                uint32_t a = ka - 1 - w;
                if (!tk_is(d, a, "and") || c->tok_ment[a + 1] >= 0 ||
                    !(d->toks[a + 1].flags & TOK_WORD) || !(d->toks[ka - 1].flags & TOK_WORD))
                    continue;
                kc = a;
                if ((r = title_chain_back(c, g, &kc)) && !portfolio_role(r)) r = NULL;
            }
            long om = r ? org_before(c, g, kc, s) : -1;
            uint32_t ob = om >= 0 ? c->ments[om].tok : kc;
            /* (the aide of an office that an article opens holds the
             * aide's role, in the same organization: "The spokesman for the
             * UN secretary-general, Stephane Dujarric," is the UN's
             * spokesman; but "X, adviser to IMF's managing director, Rodrigo
             * Rato" names the director) */
            uint32_t ab = ob > s->tbeg && tk_is(d, ob - 1, "the") ? ob - 1 : ob;
            if (r && ab > s->tbeg + 2 && (tk_is(d, ab - 1, "for") || tk_is(d, ab - 1, "to"))) {
                uint32_t q = ab - 1;
                const char *aide = title_chain_back(c, g, &q);
                if (!aide && (aide = role_noun(c, ab - 2))) q = ab - 2;
                const text_tok *qt = q > s->tbeg ? &d->toks[q - 1] : NULL;
                if (aide && qt &&
                    (text_tok_ieq(d, qt, "the") || text_tok_ieq(d, qt, "a") ||
                     text_tok_ieq(d, qt, "an")))
                    r = aide;
            }
            if (r && (!role || om >= 0) && !(ob > s->tbeg && tk_is(d, ob - 1, "as")))
                role = r, k = kc;
        }
        /* "A spokesperson for Amazon, Kelly Nantel, said": a role and "for",
         * "at" or "of" an organization before the apposition */
        long role_of = -1;
        if (!role && ka > s->tbeg + 2 && appos_closes(d, s, pe0))
            role_of = role_of_org_before(c, g, s, ka, &role, &k);
        long org = -1;
        if (role) {
            org = role_of >= 0 ? role_of : org_before(c, g, k, s);
            if (org < 0) org = cap_org;
            /* (not over a lowercase role to a capitalized title: "the National
             * Security Council aide President Reagan fired" is the council's
             * aide, no president of it) */
            if (org >= 0 && lower_then_title(c, g, k, pm->tok)) org = -1;
            /* a minister's or secretary's portfolio is no company's nor news
             * agency's office: "told Reuters Finance Secretary X" */
            if (org >= 0 && portfolio_role(role) && firm_or_media(c, g, (uint32_t)org)) org = -1;
            /* a title that opens with the organization's name: "Treasury
             * Secretary X", "U.S. Treasury Secretary X" */
            int32_t tm = c->tok_ment[k];
            if (org < 0 && tm >= 0 && !is_person(c, g, (uint32_t)tm) &&
                c->ments[tm].tok + c->ments[tm].ntok <= pm->tok &&
                tag_went_kind(g, &c->ents[c->ments[tm].ent]) == KIND_ORG &&
                !portfolio_of_party(c, g, (uint32_t)tm, role))
                org = tm;
            if (org < 0)
                org = org_before_modifiers(
                    c, g, s, k,
                    (state_role(role) ? OWNER_COUNTRY : 0) |
                        (governor_role(role) || !strcmp(role, "Mayor") ? OWNER_PLACE : 0));
            if (org < 0) org = firm_before_unit(c, g, s, k);
            /* a noun for an organization named before: "company president X",
             * "exchange president X", "bank chairman X" (org_antecedent) */
            static const char *const heads[] = {"Chairman", "Chairwoman", "Director",
                                                "Economist", "President"};
            if (org < 0 && k > s->tbeg &&
                (tag_officer_role(role) || staff_role(role) ||
                 tag_role_ends_in(role, heads, ENT_ARRAY_LEN(heads))))
                org = title_antecedent(c, g, s, k);
            /* ... or the title's own first word: "The CDU won the election, and
             * party leader Friedrich Merz" (the sentence naming no other party
             * before: not "Tory co-chairman X attacked Labour's record and
             * party leader Michael Howard") */
            if (org < 0 && (d->toks[k].flags & TOK_LOWER) && tk_is(d, k, "party"))
                org = sole_party_antecedent(c, g, s, k);
            /* an official's aide: "Putin's envoy X", "Trump's senior adviser X" */
            if (org < 0 && aide_role(role)) org = state_office_of(c, g, s, k, role);
            /* "Secretary-General of the United Nations Antonio Guterres" is handled
             * below; "the U.N. Secretary-General" is the case above */
        } else {
            /* Title of (the) Org Person */
            long om = ment_ending_before(c, pm->tok, s->tbeg);
            if (om >= 0 && !is_person(c, g, (uint32_t)om)) {
                uint32_t q = c->ments[om].tok;
                if (q > s->tbeg && tk_is(d, q - 1, "the")) q--;
                if (q > s->tbeg && tk_is(d, q - 1, "of")) {
                    q--;
                    role = title_chain_back(c, g, &q);
                    if (role) org = om;
                }
            }
            /* "Goldman Sachs economist X", "ITAR-TASS correspondent X": a role
             * noun between an organization and the name (not a country's:
             * "an Iranian analyst X" says whose citizen) */
            const char *r;
            /* (also before the name in apposition: "The EU's foreign policy
             * chief, Kaja Kallas, said") */
            uint32_t kr = k;
            /* (a title with no role of its own in lowercase is the noun:
             * "Clemson University professor X") */
            if (kr < pm->tok && (d->toks[pm->tok - 1].flags & TOK_LOWER)) kr = pm->tok;
            if (appos_comma(d, s, kr) > s->tbeg + 1 && appos_closes(d, s, pe0))
                kr = appos_comma(d, s, kr);
            if (org < 0 && kr > s->tbeg + 1 && (d->toks[kr - 1].flags & TOK_LOWER) &&
                c->tok_ment[kr - 1] < 0 && (r = role_noun(c, kr - 1))) {
                om = org_before(c, g, kr - 1, s);
                if (om < 0) om = org_before_modifiers(c, g, s, kr - 1, 0);
                if (om < 0) om = firm_before_unit(c, g, s, kr - 1);
                int ok = om >= 0 ? tag_went_kind(g, &c->ents[c->ments[om].ent]) : KIND_OTHER;
                long sm;
                if (ok == KIND_ORG)
                    role = r, org = om;
                else if ((sm = state_office_of(c, g, s, kr - 1, r)) >= 0)
                    role = r, org = sm;
                else if (om < 0 && (om = owner_before_title(c, g, s, kr - 1)) >= 0)
                    role = r, org = om; /* "Hezbollah said its leader Naim Qassem" */
            }
            /* "his Ukrainian counterpart Andrii Sybiha", "its Chinese
             * counterpart, Wang Yi,": he holds that side's like office, the
             * office of the one whose counterpart he is where the sentence
             * names it ("India's External Affairs Minister S. Jaishankar met
             * his Chinese counterpart Wang Yi": Jaishankar's role) */
            uint32_t q = k;
            if (q > s->tbeg && tk_char(d, q - 1, ',')) q--;
            /* (the titles before the name open with it: "his Saudi counterpart
             * Prince Faisal bin Farhan") */
            if (q < pm->tok && tk_is(d, q, "counterpart")) q++;
            if (org < 0 && q > s->tbeg + 1 && tk_is(d, q - 1, "counterpart") &&
                (om = ment_ending_before(c, q - 1, s->tbeg)) >= 0 &&
                !is_person(c, g, (uint32_t)om) && !inside_longer_name(c, (uint32_t)om, s->tbeg)) {
                org = om;
                uint32_t ob = c->ments[om].tok;
                if (ob > s->tbeg && (tk_is(d, ob - 1, "his") || tk_is(d, ob - 1, "her")))
                    role = counterpart_role(c, g, s, ob - 1);
            }
        }
        long appos_party = -1; /* a party the apposition names besides org */
        if (org < 0) {
            /* apposition: "Abbas Araghchi, Iran's foreign minister" or
             * "Abbas Araghchi, the Iranian foreign minister" */
            uint32_t q = pm->tok + pm->ntok;
            if (q < s->tend && tk_char(d, q, ',')) {
                q++;
                /* "the", "a senior", "the chief", "a former" (past_office
                 * reads it for the role below) ... (not "the late") */
                uint32_t q0 = q;
                if (q < s->tend && (tk_is(d, q, "the") || tk_is(d, q, "a") || tk_is(d, q, "an"))) {
                    q++;
                    while (q < s->tend && q < q0 + 3 && (d->toks[q].flags & TOK_LOWER) &&
                           c->tok_ment[q] < 0 && !tk_is(d, q, "ex") && !tk_is(d, q, "late"))
                        q++;
                    if (q >= s->tend || c->tok_ment[q] < 0) q = q0 + tk_is(d, q0, "the");
                }
                int32_t om = q < s->tend ? c->tok_ment[q] : -1;
                /* "X, the country's foreign minister," */
                if (om < 0 && q + 2 < s->tend && tk_is(d, q, "country") && is_apos_s(d, q + 1) &&
                    tk_is(d, q - 1, "the")) {
                    uint32_t qr = q + 3;
                    const char *r = title_chain_forward(c, g, &qr);
                    long ca = r ? country_antecedent(c, g, s, q) : -1;
                    if (ca >= 0 && (qr >= s->tend || tk_char(d, qr, ',') || tk_char(d, qr, '.')))
                        role = r, org = ca;
                } else if (om >= 0 && (uint32_t)om != m && c->ments[om].tok == q &&
                           !is_person(c, g, (uint32_t)om)) {
                    q += c->ments[om].ntok;
                    if (q + 1 < s->tend && is_apos_s(d, q)) q += 2;
                    const char *r = title_chain_forward(c, g, &q);
                    /* (a portfolio in capitals after "for" may end it: "the UN
                     * High Commissioner for Human Rights") */
                    if (r && q + 1 < s->tend && tk_is(d, q, "for") &&
                        (d->toks[q + 1].flags & TOK_UPPER) && c->tok_ment[q + 1] < 0) {
                        uint32_t e = q + 1;
                        while (e < s->tend && e < q + 6 && c->tok_ment[e] < 0 &&
                               ((d->toks[e].flags & TOK_UPPER) || tk_is(d, e, "and")))
                            e++;
                        if (!(d->toks[e - 1].flags & TOK_UPPER)) e = q;
                        q = e;
                    }
                    /* the role must be the last word of the apposition, or
                     * what it is in charge of may follow ("a former Pentagon
                     * official responsible for U.S. technology transfers",
                     * "a BBC reporter based in Kabul"; not "who", which may
                     * go on to his own past: "a Belgian official who had been
                     * chief aide to ..."); a demonym before a church's office says where
                     * its holder is from ("Pope Leo XIV, the first American
                     * pope") */
                    if (r && (q >= s->tend || tk_char(d, q, ',') || tk_char(d, q, '.') ||
                              is_quote(d, q) || tk_char(d, q, ';') ||
                              tk_is(d, q, "responsible") || tk_is(d, q, "based")) &&
                        !(c->ments[om].via == VIA_DEMONYM && church_role(r))) {
                        role = r;
                        org = om;
                    } else if (c->ments[om].via == VIA_DEMONYM &&
                               party_went(g, &c->ents[c->ments[om].ent])) {
                        /* a party's member of a body: "X, a Democratic member
                         * of the Federal Trade Commission," (both) */
                        if (!r && q < s->tend && (d->toks[q].flags & TOK_LOWER) &&
                            (r = role_noun(c, q)))
                            q++;
                        long bo = r ? body_after_of(c, g, s, q) : -1;
                        if (bo >= 0) role = r, org = bo, appos_party = om;
                    }
                } else {
                    /* (past an ordinal: "Jimmy Carter, the 39th president of
                     * the United States,") */
                    if (q + 1 < s->tend && q > q0 && ordinal_at(d, q)) q++;
                    const char *r = title_chain_forward(c, g, &q);
                    /* "Rafael Grossi, director general of the IAEA" */
                    if (r && q + 1 < s->tend && tk_is(d, q, "of")) {
                        q++;
                        if (q < s->tend && tk_is(d, q, "the")) q++;
                        int32_t om2 = q < s->tend ? c->tok_ment[q] : -1;
                        uint32_t oe = om2 >= 0 ? q + c->ments[om2].ntok : q;
                        /* "the Frankfurt-based exchange", "Pacific Bank's Employees
                         * Union": the mention only qualifies the real employer */
                        int modifier = oe < s->tend && (glued_hyphen(d, oe) || is_apos_s(d, oe) ||
                                                        (d->toks[oe].flags & TOK_LOWER));
                        if (om2 >= 0 && c->ments[om2].tok == q && !is_person(c, g, (uint32_t)om2) &&
                            !modifier && !inside_longer_name(c, (uint32_t)om2, s->tbeg)) {
                            role = r;
                            org = om2;
                        }
                    }
                }
            }
        }
        /* "Foreign Minister Wang Yi of China"; not "Conference chairman X of
         * Thailand" (a word before the title says whose chairman he is), nor
         * "met President X at the UN" (where, not whose) */
        uint32_t pe = pm->tok + pm->ntok, kp = past_word_before(c, s, k);
        if (org < 0 && role && pe < s->tend && tk_is(d, pe, "of") &&
            (kp == s->tbeg || !(d->toks[kp - 1].flags & TOK_WORD) || (c->cls[kp - 1] & W_STOP) ||
             ((d->toks[kp - 1].flags & TOK_LOWER) && (d->toks[k].flags & TOK_UPPER))))
            org = employer_after(c, g, s, pe);
        /* ... and "at" after an analyst's or an economist's name: "Analyst
         * Dan Ives at Wedbush Securities" (where he works, as "an analyst at
         * X" says) */
        if (org < 0 && role && pe < s->tend && tk_is(d, pe, "at") && employee_role(role))
            org = employer_after(c, g, s, pe);
        /* a state's office in the title and a party in the apposition: both
         * ("Prime Minister Margaret Thatcher, leader of the ruling
         * Conservatives," leads the party and holds the office) */
        const char *title_role = NULL;
        /* (an office said after him besides the one before: "Former Goldman
         * Sachs banker Mark Carney became Canada's prime minister") */
        const char *after_role = NULL;
        long after_org = org >= 0 ? role_after_person(c, g, s, (uint32_t)m, &after_role) : -1;
        if (org < 0) {
            const char *r = NULL;
            long om = role_after_person(c, g, s, (uint32_t)m, &r);
            if (om < 0) om = role_before_person(c, g, s, (uint32_t)m, &r);
            if (om < 0) om = known_office_before(c, g, s, (uint32_t)m, &r);
            if (om >= 0) {
                const tag_went *ow = &c->ents[c->ments[om].ent];
                if (role && state_role(role) && party_went(g, ow))
                    title_role = role;
                org = om, role = r;
            }
        }
        /* (and after a quotation or "said" in a sentence that names no
         * organization: "\"...,\" spokesman Ken Cherney said", "\"...,\"
         * chairman and chief executive Richard Parsons said", "said spokesman
         * X"; not "\"As far as Intellect is concerned, ...,\" said spokeswoman
         * X") */
        if (org < 0 && role &&
            (k == s->tbeg ||
             ((is_quote(d, k - 1) || tk_is(d, k - 1, "said") || tk_is(d, k - 1, "says")) &&
              !sentence_names_org(c, g, s) && !quote_opened_before(d, s, k))))
            org = company_of_officer(c, g, s, role, c->ents[pm->ent].gidx < 0);
        /* (an organization that put him out of the office: "Nestle said it had
         * fired Chief Executive X", before the company the sentence alone names) */
        if (org < 0 && role && (org = dismissed_by(c, g, s, (uint32_t)m, &role)) >= 0 &&
            !(role = former_role(c, role)))
            return ENT_ENOMEM;
        if (org < 0 && role) org = sole_company_of_officer(c, g, s, k, role);
        if (org < 0 && role) org = court_before(c, g, s, (uint32_t)m, role);
        /* "Justice Elena Kagan", "Justices Sonia Sotomayor and Ketanji Brown
         * Jackson": no title alone ("Justice Bill"), but a judge's office
         * where the text has just named a court */
        if (org < 0 && !role && justice_before(c, g, s, (uint32_t)m) &&
            (org = court_before(c, g, s, (uint32_t)m, "Justice")) >= 0)
            role = "Justice";
        if (org < 0 && role) org = owner_before_title(c, g, s, k);
        if (org < 0 && role) org = owner_of_clause_title(c, g, s, (uint32_t)m, k, pe, role);
        /* (an office the gazetteer knows the person to hold in a country the
         * text names says little of the sentence: a party his possessive
         * names is his too, "Prime Minister Yasuhiro Nakasone's ruling Liberal
         * Democratic Party") */
        long party = appos_party;
        int in_text = 0; /* org is a mention of the text's, maybe in another sentence */
        if (org < 0 && role && (org = known_office_in_text(c, g, (uint32_t)m, role)) >= 0)
            party = possessed_org(c, g, s, (uint32_t)m), in_text = 1;
        /* (so is a party his possessive names after a state's office the
         * sentence gives: "Indian Prime Minister Narendra Modi's BJP") */
        else if (party < 0 && org >= 0 && role && pe + 1 < s->tend &&
                 (is_apos_s(d, pe) || tk_char(d, pe, '\'')) &&
                 tag_went_kind(g, &c->ents[c->ments[org].ent]) == KIND_COUNTRY &&
                 state_role(role)) {
            long pp = possessed_org(c, g, s, (uint32_t)m);
            if (pp >= 0 && party_went(g, &c->ents[c->ments[pp].ent])) party = pp;
        }
        if (org < 0) org = led_by(c, g, s, (uint32_t)m, &role);
        /* (a party's leadership he won, besides an office: "X, who became
         * prime minister after winning the leadership of the LDP") */
        long lw = leadership_won(c, g, s, (uint32_t)m);
        if (org < 0 && (org = lw) >= 0) role = "Leader";
        if (org < 0 && c->sports && (org = signed_by(c, g, s, (uint32_t)m)) >= 0) role = NULL;
        if (org < 0) org = appointed_of(c, g, s, (uint32_t)m, &role);
        if (org < 0) org = appointed_as(c, g, s, (uint32_t)m, &role);
        int left = 0;
        if (org < 0 && (org = succeeded_as(c, g, s, (uint32_t)m, &role, &left)) >= 0 && left &&
            !(role = former_role(c, role)))
            return ENT_ENOMEM;
        if (org < 0) org = who_heads(c, g, s, (uint32_t)m, &role);
        if (org < 0 && (org = possessed_org(c, g, s, (uint32_t)m)) >= 0) role = NULL;
        if (org < 0 && (org = own_party(c, g, s, (uint32_t)m)) >= 0) role = NULL;
        if (org < 0 && (org = party_of_person(c, g, s, (uint32_t)m)) >= 0) role = NULL;
        /* "said Greg Thayer of the Forest Service", "Morgan Stanley's David
         * Hill": no role said, maybe */
        /* (the role a lowercase role noun before the name gives: "said
         * analyst Jason Kenney at ING") */
        if (org < 0 && (org = member_of(c, g, s, (uint32_t)m)) >= 0 && !role &&
            pm->tok > s->tbeg && (d->toks[pm->tok - 1].flags & TOK_LOWER))
            role = role_noun(c, pm->tok - 1);
        /* "X works for ORG", "X taught at ORG" (a past work: "Former"), "X
         * joined ORG" */
        int worked = 0;
        if (org < 0 && (org = works_at(c, g, s, (uint32_t)m, &worked, &role)) >= 0 &&
            worked && !(role = former_role(c, role)))
            return ENT_ENOMEM;
        if (org < 0 &&
            (org = possessive_member(c, g, s, (uint32_t)m)) < 0) {
            /* "Finance Minister John Mbadi", "Parliament Speaker X" under a
             * dateline: maybe the dateline's country's (dateline_affiliations) */
            /* (not an opposition's "shadow foreign secretary", nor a party's
             * or a union's "general secretary") */
            static const char *const speakers[] = {"Speaker"};
            /* (or a past one's: "Former Chief Justice X was sworn in as
             * interim prime minister") */
            const char *taken =
                role && !past_words(c, s, k, pm->tok + pm->ntok) ? NULL
                                                                 : office_taken(c, g, s, (uint32_t)m);
            if (taken) role = taken, k = pm->tok; /* "X was appointed prime minister" */
            if (role &&
                (portfolio_role(role) ||
                 tag_role_ends_in(role, speakers, ENT_ARRAY_LEN(speakers)) ||
                 state_lawyer_role(role) || governor_role(role) ||
                 state_president_at(c, g, s, k, role) || state_spokesman_at(c, s, k, role)) &&
                c->nunplaced < (int)ENT_ARRAY_LEN(c->unplaced) &&
                !(k > s->tbeg && text_tok_ieq(d, &d->toks[k - 1], "shadow")) &&
                strcmp(role, "General Secretary")) {
                /* ("Former Prime Minister X": a past office; not one taken now) */
                if (!taken && past_words(c, s, k, pm->tok + pm->ntok) &&
                    !(role = former_role(c, role)))
                    return ENT_ENOMEM;
                uint32_t v = k > s->tbeg ? k - 1 : k;
                int met = k > s->tbeg && (tk_is(d, v, "meet") || tk_is(d, v, "met") ||
                                          tk_is(d, v, "meets"));
                c->unplaced[c->nunplaced++] =
                    (struct tag_unplaced){pm->ent, (uint32_t)(s - d->sents),
                                          pm->tok + pm->ntok, role, met};
            }
            continue;
        }
        /* a capital after "the" in a text about team sports is its club's
         * name ("the Madrid president Florentino Perez"), no state's */
        if (c->sports && c->ments[org].via == VIA_CAPITAL && c->ments[org].tok > s->tbeg &&
            tk_is(d, c->ments[org].tok - 1, "the"))
            continue;
        /* the head of a body its owner names ("head of Russia's sovereign
         * wealth fund"): the body's words in the role */
        if (role && c->ments[org].tok > pm->tok && !(role = body_role(c, s, (uint32_t)org, role)))
            return ENT_ENOMEM;
        /* ("former" read around the person only when the country is named
         * elsewhere: not "... according to his former adviser") */
        if ((in_text ? past_words(c, s, k, pm->tok + pm->ntok)
                     : past_office(c, s, (uint32_t)m, (uint32_t)org)) &&
            !(role = former_role(c, role)))
            return ENT_ENOMEM;
        /* a people's adjective before a company officer's title says where
         * the officer is from, not whose officer ("Dutch chief executive X",
         * "French co-chairman X" of a company the text names elsewhere); and
         * so before a bare "director", a film's, which is where he comes from
         * as for "American actor X" ("British director Mike Leigh": a
         * residence) */
        if (role && c->ments[org].via == VIA_DEMONYM && c->ments[org].tok < pm->tok &&
            tag_went_kind(g, &c->ents[c->ments[org].ent]) != KIND_ORG &&
            (tag_officer_role(role) || !strncmp(role, "Co-chair", 8) ||
             !strncmp(role, "Co-chief", 8) || !strcmp(role, "Director"))) {
            if (!strcmp(role, "Director") &&
                push_rel(c, rel0, pm->ent, c->ments[org].ent, gaz_label_find(g, "residence"), g,
                         NULL, s, 0, 0))
                return ENT_ENOMEM;
            continue;
        }
        int lab = gaz_label_find(g, "affiliation");
        long jo = joined_employer(c, g, s, pm->tok, org);
        if (push_rel(c, rel0, pm->ent, c->ments[org].ent, lab, g, role, s, 0, 0) ||
            (party >= 0 && push_rel(c, rel0, pm->ent, c->ments[party].ent, lab, g, NULL, s, 0, 0)) ||
            (lw >= 0 && lw != org &&
             push_rel(c, rel0, pm->ent, c->ments[lw].ent, lab, g, "Leader", s, 0, 0)) ||
            (jo >= 0 && push_rel(c, rel0, pm->ent, c->ments[jo].ent, lab, g, role, s, 0, 0)) ||
            (after_org >= 0 && c->ments[after_org].ent != c->ments[org].ent &&
             push_rel(c, rel0, pm->ent, c->ments[after_org].ent, lab, g, after_role, s, 0, 0)))
            return ENT_ENOMEM;
        long to;
        if (title_role && (to = known_office_in_text(c, g, (uint32_t)m, title_role)) >= 0 &&
            c->ments[to].ent != c->ments[org].ent &&
            push_rel(c, rel0, pm->ent, c->ments[to].ent, lab, g, title_role, s, 0, 0))
            return ENT_ENOMEM;
        /* and the organization the employer is a unit of, without the role,
         * which is the unit's: "X of Harvard University's Kennedy School" */
        long uo = unit_owner(c, g, s, org);
        if (uo >= 0 && push_rel(c, rel0, pm->ent, c->ments[uo].ent, lab, g, NULL, s, 0, 0))
            return ENT_ENOMEM;
        /* and the employer of a second role the apposition joins to the
         * first: "X, director of ORG and a member of ORG2," */
        const char *sr = NULL;
        int sformer = 0;
        long so = c->ments[org].tok > pm->tok ? second_role_after(c, g, s, org, &sr, &sformer) : -1;
        if (so >= 0 && sformer && !(sr = former_role(c, sr))) return ENT_ENOMEM;
        if (so >= 0 && c->ments[so].ent != c->ments[org].ent &&
            push_rel(c, rel0, pm->ent, c->ments[so].ent, lab, g, sr, s, 0, 0))
            return ENT_ENOMEM;
        /* and the organization a relative clause says he heads besides his
         * title's: "Finance Minister Lars Klingbeil, who leads the SPD," */
        const char *hr = NULL;
        long ho = who_heads(c, g, s, (uint32_t)m, &hr);
        if (ho >= 0 && c->ments[ho].ent != c->ments[org].ent &&
            push_rel(c, rel0, pm->ent, c->ments[ho].ent, lab, g, hr, s, 0, 0))
            return ENT_ENOMEM;
        /* (and the one "and" joins to it: "Musk, who also runs SpaceX and xAI") */
        long ha = ho >= 0 ? and_org_after(c, g, s, ho) : -1;
        if (ha >= 0 && c->ments[ha].ent != c->ments[org].ent &&
            push_rel(c, rel0, pm->ent, c->ments[ha].ent, lab, g, hr, s, 0, 0))
            return ENT_ENOMEM;
        /* and the organization that hires or names him besides an office
         * his apposition gives: "Meta Platforms hired Alexandr Wang, the
         * founder of Scale AI," (both) */
        const char *ar = NULL;
        long ao = appointed_as(c, g, s, (uint32_t)m, &ar);
        if (ao >= 0 && c->ments[ao].ent != c->ments[org].ent &&
            push_rel(c, rel0, pm->ent, c->ments[ao].ent, lab, g, ar, s, 0, 0))
            return ENT_ENOMEM;
        /* and the club that signed him besides the side his country before
         * his role names: "Liverpool signed Sweden striker Alexander Isak"
         * (both) */
        long sb = c->sports ? signed_by(c, g, s, (uint32_t)m) : -1;
        if (sb >= 0 && c->ments[sb].ent != c->ments[org].ent &&
            push_rel(c, rel0, pm->ent, c->ments[sb].ent, lab, g, NULL, s, 0, 0))
            return ENT_ENOMEM;
        /* a party before the title, the office's state or town after the name:
         * "Democratic Gov. Gerald Baliles of Virginia" (both) */
        const tag_went *ow = &c->ents[c->ments[org].ent];
        long st;
        if (role && party_went(g, ow) && pe < s->tend &&
            tk_is(d, pe, "of") && c->ments[org].tok < pm->tok &&
            (st = employer_after(c, g, s, pe)) >= 0 && st != org &&
            tag_went_kind(g, &c->ents[c->ments[st].ent]) != KIND_ORG &&
            push_rel(c, rel0, pm->ent, c->ments[st].ent, lab, g, role, s, 0, 0))
            return ENT_ENOMEM;
    }
    return 0;
}

/* ---- word lists ---------------------------------------------------------- */

/* Token i lowercased into w (NUL-terminated) if it is an ASCII word short
 * enough for the word lists: its length, or 0. */
#define LIST_WORD_MAX 16
static size_t list_word(const text_doc *d, size_t i, char w[LIST_WORD_MAX]) {
    const text_tok *t = &d->toks[i];
    if (!(t->flags & TOK_WORD) || t->len >= LIST_WORD_MAX || (t->flags & TOK_NONASCII)) return 0;
    for (uint32_t k = 0; k < t->len; k++) w[k] = (char)text_lower[(unsigned char)d->text[t->start + k]];
    w[t->len] = '\0';
    return t->len;
}

/* Is token i (lowercased, ASCII) in the list? Each list has a keyed set,
 * list_set, built at start (rel_words_init). */
#define WORD_IN(d, i, list) (text_words_find(&list##_set, (d), &(d)->toks[i]) >= 0)

/* Determiners and quantifiers a noun phrase may open with. Sorted. */
static const char *const dets[] = {
    "a",     "all",    "an",    "another", "any",   "both",  "dozen", "each",   "eight", "every",
    "five",  "four",   "fresh", "further", "her",   "his",   "its",   "many",   "more",  "most",
    "new",   "nine",   "other", "our",     "seven", "several", "six", "some",   "such",  "ten",
    "that",  "the",    "their", "these",   "this",  "those", "three", "twelve", "two",
};
TEXT_WORDS(dets_set, dets);

/* Words of time that may open a noun phrase before its name, like a
 * determiner: "condemned the earlier U.S. strikes". Sorted. */
static const char *const np_times[] = {"continuing", "earlier", "latest", "ongoing",
                                       "previous", "recent"};
TEXT_WORDS(np_times_set, np_times);

/* Words that put the mention after them in a prepositional phrase, so it is not
 * the actor of a later trigger ("After talks in Tehran, X ..."). Sorted. */
static const char *const pp_words[] = {
    "about", "across", "against", "amid", "among", "around", "at",
    "behind", "between", "beyond", "by", "during", "for", "from", "in", "including",
    "inside", "into", "like", "near", "of", "on", "outside", "over", "per", "than",
    "through", "throughout", "to", "toward", "towards", "under", "until", "upon", "via",
    "with", "within", "without",
};
TEXT_WORDS(pp_words_set, pp_words);

/* Prepositions after which a name and a gerund make a clause whose subject
 * the name is ("wrong about Britain winning the war", "fears of Russia
 * attacking Ukraine"; not a place, "in Washington talking to officials").
 * Sorted. */
static const char *const gerund_preps[] = {"about", "against", "amid", "for", "of",
                                           "on", "over", "with", "without"};
TEXT_WORDS(gerund_preps_set, gerund_preps);

/* Prepositions in "-ing", which no gerund is ("during", "following").
 * Sorted. */
static const char *const ing_preps[] = {"according", "barring", "concerning", "considering",
                                        "during", "excluding", "following", "including",
                                        "notwithstanding", "pending", "regarding"};
TEXT_WORDS(ing_preps_set, ing_preps);

/* Nouns of a person's family and friends ("Smith's wife": another person).
 * Sorted. */
static const char *const kin_nouns[] = {"brother", "daughter", "family", "father", "friend",
                                        "husband", "mother", "sister", "son", "wife"};
TEXT_WORDS(kin_nouns_set, kin_nouns);

/* Verbs whose object is the listener, not an actor ("told Reuters"). Sorted. */
static const char *const comm_verbs[] = {"asked", "asks", "informed", "informs", "tell",
                                         "telling", "tells", "told", "urged", "urges"};
TEXT_WORDS(comm_verbs_set, comm_verbs);

/* Negation, an end, a block, mere possibility, a wish or another's request
 * right before a trigger ("did not attack", "any attack on", "a possible
 * attack", "avoid travel to", "could invade", "lifted sanctions", "waived
 * its right to impose duties", "urged the
 * government to impose sanctions", "called for talks", "the possibility of
 * Soviet assistance", "hoped for a deal", "wants to buy"): the
 * relation is not reported ("may" too, written in lowercase: negated). Sorted. */
static const char *const negations[] = {
    "abortive", "any", "avert", "averted", "averting", "averts", "avoid", "avoided", "avoiding",
    "avoids", "ban", "banned", "banning", "bans", "barred", "blocked", "blocking", "blocks",
    "break", "breaking", "breaks", "broke", "broken", "call", "called", "calling", "calls",
    "canceled", "cancelled", "cancels", "cannot", "contemplate", "contemplated", "contemplates",
    "contemplating", "could", "declined", "declines", "denied", "denies", "discontinued",
    "discontinues", "discontinuing", "ended", "failed", "failing", "fails", "forbade", "forbid",
    "halted", "halts", "hope", "hoped", "hopes", "hoping", "interested", "lift", "lifted",
    "lifting", "lifts", "lobbied", "lobbies", "lobby", "lobbying", "might", "mull", "mulled",
    "mulling", "mulls", "neither", "never", "no", "nor", "not", "obstructed", "obstructing",
    "obstructs", "off", "oppose", "opposed", "opposes", "possibility", "possible", "potential",
    "preparing", "prevent", "prevented", "preventing", "prevents", "prohibited", "propose",
    "proposed", "proposes", "proposing", "prospect", "prospects", "recommend", "recommended",
    "recommending", "recommends", "refuse", "refused", "refuses", "refusing", "reject",
    "rejected", "rejects", "reluctance", "reluctant", "scrapped", "scraps", "sever", "severed",
    "severing", "severs", "suggest", "suggested", "suggesting", "suggestion", "suggestions",
    "suggests", "suspended", "suspending", "suspends", "terminate", "terminated", "terminates",
    "terminating", "unable", "unlikely", "unsuccessful", "unsuccessfully", "unwilling", "urge",
    "urged", "urges", "urging",
    "veto", "vetoed", "vetoes", "waive", "waived", "waives", "waiving", "want", "wanted",
    "wanting", "wants", "weigh", "weighed", "weighing", "weighs", "wish", "wished", "wishes",
    "wishing", "without",
};
TEXT_WORDS(negations_set, negations);

/* Verbs of giving up, which negate a plan's noun after them (negated).
 * Sorted. */
static const char *const abandon_verbs[] = {"abandon", "abandoned", "abandoning", "abandons",
                                            "dropped", "shelved"};
TEXT_WORDS(abandon_verbs_set, abandon_verbs);

/* Nouns of a plan or an attempt. Sorted. */
static const char *const plan_nouns[] = {"attempt", "attempts", "bid",   "bids",     "effort",
                                         "efforts", "idea",     "offer", "plan",     "plans",
                                         "proposal", "proposals"};
TEXT_WORDS(plan_nouns_set, plan_nouns);

/* Places after "home" that are one's home ("his home state of", "her home
 * town of": home_of). Sorted. */
static const char *const home_places[] = {"city", "country", "county", "province", "state",
                                          "town", "village"};
TEXT_WORDS(home_places_set, home_places);

/* Nouns of talks and plans, which a noun trigger right before qualifies
 * ("ceasefire talks", "merger proposal": collect_triggers). Sorted. */
static const char *const talk_nouns[] = {"idea",  "negotiations", "plan",     "plans",
                                         "proposal", "proposals",  "talks"};
TEXT_WORDS(talk_nouns_set, talk_nouns);

/* Verbs that end, stop or cut what follows them ("cut U.S. aid to Mexico",
 * "halted strikes on", "froze aid", "withdrew its proposal to acquire"): a
 * negation only within three words before the trigger (not "cut back
 * production to forestall U.S. tariffs"), and not in "cut a deal" or a
 * traveller's "stop in". Sorted. */
static const char *const near_negations[] = {
    "cut", "cuts", "cutting", "freeze", "freezes", "freezing", "froze", "frozen", "halt",
    "halting", "pause", "paused", "pauses", "pausing", "slash", "slashed", "slashes",
    "slashing", "stop", "stopped", "stopping", "stops", "withdraw", "withdrawing", "withdrawn",
    "withdraws", "withdrew", "withheld", "withhold", "withholding", "withholds",
};
TEXT_WORDS(near_negations_set, near_negations);

/* The negations above that are no verbs of their own: they reach over "and"
 * into a second verb ("did not attack the city and kill"). Sorted. */
static const char *const adverb_negations[] = {"cannot", "neither", "never",
                                               "no",     "nor",     "not"};
TEXT_WORDS(adverb_negations_set, adverb_negations);

/* Words that end the search for an actor: personal pronouns (the real subject,
 * whom we cannot resolve: "he criticised the Conservatives"), verbs of saying
 * (the speaker is not the actor of what is reported: "Weinberger said the attack
 * on ..."), verbs by which one judges what another does (the spokesman who
 * "defended the new sanctions against Japan" imposed none), and words opening
 * a new clause ("since Friday, when an attack ...", "after the island's
 * president visited"). Sorted. */
static const char *const actor_stops[] = {
    "added", "adds", "after", "although", "announced", "because", "before", "condemned",
    "condemning", "condemns", "criticised", "criticises", "criticising", "criticized",
    "criticizes", "criticizing", "defended", "defending", "defends", "denounced", "denounces",
    "he", "i", "if", "it", "praised", "praises", "reported", "said", "say", "saying", "says",
    "she", "stated", "states", "that", "they", "though", "unless", "we", "welcomed",
    "welcomes", "welcoming", "when", "whereas", "which", "while", "who", "whom", "whose",
    "you",
};
TEXT_WORDS(actor_stops_set, actor_stops);

/* Participles that make the noun before them the subject of the infinitive
 * after them: "a railway line used to deliver aid to Ukraine", "a fund set
 * up to provide assistance" */
static const char *const purpose_participles[] = {
    "built", "created", "designed", "established", "intended", "meant", "used",
};
TEXT_WORDS(purpose_participles_set, purpose_participles);

/* Nouns after a demonym that make it stand for its state ("Iranian officials
 * said", "Israeli jets struck"); after other nouns ("the Irish duo") it is a
 * mere adjective and no actor. Sorted. */
static const char *const state_nouns[] = {
    "air", "aircraft", "ambassador", "ambassadors", "armed", "army", "artillery",
    "authorities", "battalion", "battalions", "bombers", "border", "brigade", "brigades",
    "cabinet", "central", "coast", "commandos", "congressmen", "counterpart", "counterparts",
    "defence", "defense",
    "delegate", "delegates", "delegation", "deputies", "diplomat", "diplomats", "division",
    "divisions", "drone",
    "drones", "embassy", "envoy", "envoys", "fighter", "forces", "foreign", "government",
    "governments", "guards", "gunboats", "gunships", "helicopter", "helicopters",
    "intelligence", "jet", "jets", "lawmakers", "leader", "leaders", "leadership",
    "legislators", "marines", "mediator", "mediators", "meps", "military", "minister",
    "ministers", "ministry",
    "missile", "missiles", "mps", "naval", "navy", "negotiators", "official", "officials",
    "paratroopers", "parliament", "planes", "police", "president", "prime", "regime",
    "rockets", "security", "senators", "ships", "side", "soldiers", "special",
    "spokesman", "spokeswoman", "state", "submarine", "submarines", "tanks", "troops",
    "warplane", "warplanes", "warship", "warships",
};
TEXT_WORDS(state_nouns_set, state_nouns);

/* Whom one meets or hosts of a country or an organization, meeting it so:
 * "hosted a U.S. delegation", "met Chinese officials" (not "hosted U.S.
 * warships", "met OPEC quotas"). Sorted. */
static const char *const met_people[] = {
    "ambassador", "counterpart", "counterparts", "delegation", "delegations", "diplomats",
    "envoy",      "envoys",      "foreign",      "leader",     "leaders",     "mediators",
    "minister",   "ministers",   "negotiators",  "officials",  "president",   "prime",
    "secretary",
};
TEXT_WORDS(met_people_set, met_people);

/* Parts of a company sold under its own name: "sold its Dunn Paper Co
 * subsidiary to James River Corp". Sorted. */
static const char *const sold_parts[] = {"business", "division", "operations", "subsidiary",
                                         "unit"};
TEXT_WORDS(sold_parts_set, sold_parts);

/* Nouns after an organization's name that stand for it too ("an IMF team
 * would visit"). Sorted. */
static const char *const agent_nouns[] = {"commission", "mission", "panel", "representative",
                                          "representatives", "team", "unit", "units"};
TEXT_WORDS(agent_nouns_set, agent_nouns);

/* What an "attack" on them is a verbal one: "attacked Japan's fiscal policy",
 * "attacked OECD forecasts". Sorted. */
static const char *const verbal_objects[] = {
    "approach", "budget", "comments", "decision", "decisions", "forecast", "forecasts",
    "handling", "leadership", "plan", "plans", "policies", "policy", "position", "proposal",
    "proposals", "record", "remarks", "report", "stance", "statement", "statements"};
TEXT_WORDS(verbal_objects_set, verbal_objects);

/* Lowercase words that may follow the one met ("met Putin in Alaska", "met Xi
 * last week"); any other makes the name a modifier of what is met ("met OPEC
 * quotas"). Sorted. */
static const char *const met_after[] = {
    "after",    "again",      "ahead",      "alongside", "amid",     "and",   "as",
    "at",       "before",     "briefly",    "but",       "during",   "earlier", "for",
    "here",     "in",         "last",       "late",      "later",    "next",  "on",
    "once",     "or",         "over",       "personally", "privately", "recently", "regularly",
    "repeatedly", "secretly", "separately", "since",     "there",    "this",  "to",
    "today",    "twice",      "until",      "when",      "while",    "who",   "with",
    "yesterday"};
TEXT_WORDS(met_after_set, met_after);

/* Can lowercase token k follow the one met: a met_after word, or how often
 * ("met Putin three times", "met Kim several times")? */
static int met_follows(const text_doc *d, const text_sent *s, uint32_t k) {
    return WORD_IN(d, k, met_after) ||
           (k + 1 < s->tend && tk_is(d, k + 1, "times") &&
            ((d->toks[k].flags & TOK_DIGIT) || WORD_IN(d, k, dets)));
}

/* Words after a name and a hyphen that make the two a modifier of what
 * follows ("Kurdish-led", "Iranian-backed", "Paris-based", "Iranian-born";
 * but "a U.S.-flagged ship" is the target's). Sorted. */
static const char *const led_by_words[] = {
    "allied", "backed", "based", "born", "brokered", "controlled", "dominated", "funded", "led",
    "linked", "mediated", "owned", "run", "sponsored"};
TEXT_WORDS(led_by_words_set, led_by_words);

/* Modal verbs. Sorted. */
static const char *const modals[] = {"can", "could", "may", "might", "must", "should", "will",
                                     "would"};
TEXT_WORDS(modals_set, modals);

/* One-word copulas after a person ("X is correspondent for ORG"). Sorted. */
static const char *const copulas[] = {"became", "becomes", "is", "remained", "remains", "was"};
TEXT_WORDS(copulas_set, copulas);

/* Ordinals, stop words that may qualify a role ("the country's first female
 * president"). Sorted. */
static const char *const ordinals[] = {"fifth", "first", "fourth", "second", "sixth", "third"};
TEXT_WORDS(ordinals_set, ordinals);

/* Verbs of taking an office after a copula ("was elected Japan's prime
 * minister", "has been appointed chief executive of ORG"). Sorted. */
static const char *const took_office[] = {"appointed", "chosen",      "confirmed", "elected",
                                          "installed", "named",       "reappointed", "reelected",
                                          "sworn",     "unveiled"};
TEXT_WORDS(took_office_set, took_office);

/* Verbs of taking, holding or leaving an office before "as" and its role
 * ("will take over as executive director of ORG", "resigned as president of
 * ORG", "stepped down as chairman", "was sacked as Scotland manager"); "over"
 * or "down" may follow. Sorted. */
static const char *const as_verbs[] = {
    "axed",    "dismissed", "fired", "ousted", "quit",  "quits", "resign", "resigned",
    "resigns", "retire",    "retired", "retires", "sacked", "served", "serves", "serving",
    "step",    "stepped",   "steps", "take",   "taken", "takes", "taking", "took"};
TEXT_WORDS(as_verbs_set, as_verbs);

/* Auxiliaries that make a following past participle passive. Sorted. */
static const char *const be_aux[] = {"are", "be", "been", "being", "got", "is", "was", "were"};
TEXT_WORDS(be_aux_set, be_aux);

/* Nouns of quantity before "of" and a noun trigger ("a wave of missiles at
 * Israel", "a new round of sanctions against Russia"): the noun is no
 * prepositional phrase's. Sorted. */
static const char *const quantities[] = {
    "barrage", "batch", "dozen", "dozens", "flurry", "hundreds", "package", "packages", "raft",
    "round", "rounds", "salvo", "salvoes", "salvos", "scores", "series", "spate", "string",
    "thousands", "volley", "wave", "waves",
};
TEXT_WORDS(quantities_set, quantities);

/* Words that end an amount of money ("$3 billion in aid"). Sorted. */
static const char *const amounts[] = {
    "billion", "billions", "bln", "dlrs", "dollars", "euros", "million", "millions", "mln",
    "pounds", "worth", "yen", "yuan"};
TEXT_WORDS(amounts_set, amounts);

/* Nouns before "war" that make it no war ("a farm subsidy war", "a price
 * war", "a bidding war"). Sorted. */
static const char *const war_modifiers[] = {
    "bidding", "currency", "fare", "format", "price", "propaganda", "rate", "subsidy",
    "tariff", "tax", "turf", "word",
};
TEXT_WORDS(war_modifiers_set, war_modifiers);

/* Nouns of a part of what follows "of": what one agrees to of a ceasefire or
 * a deal ("the first phase of a ceasefire", "the terms of an agreement").
 * Sorted. */
static const char *const part_nouns[] = {
    "details", "draft", "framework", "outline", "part", "phase", "stage", "terms",
};
TEXT_WORDS(part_nouns_set, part_nouns);

/* Verbs by which a list of parties takes part in the event a noun after them
 * names ("agreed to a ceasefire", "held talks", "signed an agreement"), unlike
 * verbs by which they only ask for it ("called for talks"). Sorted. */
static const char *const joint_verbs[] = {
    "agree",     "agreed",     "agreeing",   "agrees",     "announce",  "announced",
    "announces", "began",      "begin",      "begins",     "concluded", "establish",
    "established", "fight",    "fighting",   "fought",     "held",      "hold",
    "holding",   "holds",      "initialed",  "initialled", "inked",     "normalised",
    "normalized", "opened",    "prepared",   "preparing",  "reach",     "reached",
    "reaches",   "restore",    "restored",   "restores",   "restoring", "resume",
    "resumed",   "resumes",    "resuming",
    "sealed",    "sign",       "signed",     "signing",    "signs",     "spoke",
    "started",   "struck",     "talked",     "upgraded",   "waged",
};
TEXT_WORDS(joint_verbs_set, joint_verbs);

/* Verbs of a promise, which join a list of parties to an event's noun as
 * joint_verbs do ("Seoul and Tokyo pledged closer cooperation", "vowed to
 * deepen cooperation"), but not to a verb's event ("vowed to fight" is no
 * war). Sorted. */
static const char *const pledge_verbs[] = {"pledge", "pledged", "pledges", "pledging",
                                           "vow",    "vowed",   "vowing",  "vows"};
TEXT_WORDS(pledge_verbs_set, pledge_verbs);

/* Verbs by which two parties do to each other what a directed noun right
 * after them names ("Ethiopia and Eritrea traded accusations", "exchanged
 * threats"); for an undirected one they are no joint verbs ("signed a barter
 * trade agreement"). Sorted. */
static const char *const mutual_verbs[] = {
    "exchange", "exchanged", "exchanges", "exchanging",
    "trade",    "traded",    "trades",    "trading",
};
TEXT_WORDS(mutual_verbs_set, mutual_verbs);

/* Sentence adverbs set off by commas between a subject and its verb ("Russia,
 * meanwhile, launched", "The EU, however, said"). Sorted. */
static const char *const interjections[] = {
    "also",         "however",    "instead",    "likewise", "meanwhile", "moreover",
    "nevertheless", "separately", "similarly",  "though",   "too",       "yet",
};
TEXT_WORDS(interjections_set, interjections);

/* Words of a plan between "are" and "to": "are expected to meet", "is due
 * to sign". Sorted. */
static const char *const plan_words[] = {"due", "expected", "scheduled", "set", "slated"};
TEXT_WORDS(plan_words_set, plan_words);

/* Nouns of a lawsuit, whose participle accuses or sues for its plaintiff
 * ("a lawsuit accusing X of fraud"). Sorted. */
static const char *const suit_nouns[] = {"case", "complaint", "lawsuit", "petition", "suit"};
TEXT_WORDS(suit_nouns_set, suit_nouns);

/* Verbs by which one makes a document or a lawsuit, and so says what its
 * participle says ("filed a lawsuit accusing", "adopted a resolution
 * condemning"). Sorted. */
static const char *const making_verbs[] = {
    "adopted",   "adopts",    "approved",   "brings",    "brought",   "drafted",
    "file",      "filed",     "files",      "filing",    "introduced", "issued",
    "launched",  "lodged",    "passed",     "proposed",  "published", "released",
    "sent",      "signed",    "sponsored",  "submitted", "tabled",    "wrote",
};
TEXT_WORDS(making_verbs_set, making_verbs);

/* Nouns of a body one belongs to, which a person's possessive and the
 * body's name in apposition name: "Imran Khan's party, Pakistan
 * Tehreek-e-Insaf,". Sorted. */
static const char *const member_bodies[] = {"alliance", "coalition", "group", "militia",
                                            "movement", "organisation", "organization",
                                            "party", "union"};
TEXT_WORDS(member_bodies_set, member_bodies);

/* Nouns for what a party has or is made of, whose owner "of" names after a
 * verb: "struck positions of Hezbollah", "targeted militants of the TTP",
 * "expelled the ambassador of Panama". Sorted. */
static const char *const held_nouns[] = {
    "ambassador", "ambassadors", "bases",     "camps",       "commanders", "diplomats",
    "envoy",      "envoys",      "facilities", "fighters",   "forces",     "headquarters",
    "hideouts",   "leaders",     "members",   "militants",   "nationals",  "officials",
    "positions",  "posts",       "strongholds", "targets",   "troops"};
TEXT_WORDS(held_nouns_set, held_nouns);

/* Nouns of a stretch of time ("for years", "for the third day"). Sorted. */
static const char *const time_nouns[] = {"day",   "days",   "decade", "decades", "hour", "hours",
                                         "month", "months", "night",  "nights",  "time", "week",
                                         "weeks", "year",   "years"};
TEXT_WORDS(time_nouns_set, time_nouns);

/* Does a stretch of time follow "for" from token k of sentence s ("attacking
 * Ukraine for years", "for the third day", "for two weeks")? */
static int time_after_for(const text_doc *d, const text_sent *s, uint32_t k) {
    for (int n = 0; k < s->tend && n < 3; k++, n++) {
        if (WORD_IN(d, k, time_nouns)) return 1;
        if (!(d->toks[k].flags & (TOK_LOWER | TOK_DIGIT))) return 0;
    }
    return 0;
}

/* Words that qualify a leader's party between the possessive and its name
 * ("Modi's ruling BJP", "Wilders' far-right Party for Freedom"), besides
 * adjectives. Sorted. */
static const char *const party_modifiers[] = {"center", "centre", "far", "governing", "left",
                                              "main", "minority", "new", "opposition", "own",
                                              "right", "ruling"};
TEXT_WORDS(party_modifiers_set, party_modifiers);

/* People of no entity who may act in a clause of their own ("people making
 * trips to ..."). Sorted. */
static const char *const people_nouns[] = {
    "citizens", "civilians", "consumers", "farmers", "migrants",   "people",    "refugees",
    "residents", "shoppers", "students", "tourists", "travelers", "travellers", "visitors",
    "workers"};
TEXT_WORDS(people_nouns_set, people_nouns);

/* Nouns of a country's firms or traders ("U.S. textile companies", "Japanese
 * carmakers"). Sorted. */
static const char *const firm_heads[] = {
    "automakers", "banks",     "buyers",    "carmakers",  "carriers",    "companies",
    "creditors",  "exporters", "firms",     "importers",  "investors",   "lenders",
    "makers",     "manufacturers", "producers", "suppliers", "traders"};
TEXT_WORDS(firm_heads_set, firm_heads);

/* Does a noun of firms (firm_heads) follow from token k of sentence s over up
 * to two lowercase words ("U.S. textile companies")? */
static int firms_after(const text_doc *d, const text_sent *s, uint32_t k) {
    for (int n = 0; k < s->tend && n < 3 && (d->toks[k].flags & TOK_LOWER); k++, n++)
        if (WORD_IN(d, k, firm_heads)) return 1;
    return 0;
}

/* "each other" or "one another" at token k of sentence s? */
static int each_other_at(const text_doc *d, const text_sent *s, uint32_t k) {
    return k + 1 < s->tend && ((tk_is(d, k, "each") && tk_is(d, k + 1, "other")) ||
                               (tk_is(d, k, "one") && tk_is(d, k + 1, "another")));
}

/* Words between a list of parties and the verb by which they take part ("Trump
 * and Xi last met in Osaka"). Sorted. */
static const char *const joint_adverbs[] = {"already", "also",     "finally",    "first",
                                            "formally", "had",     "has",        "have",
                                            "last",     "officially", "previously", "recently"};
TEXT_WORDS(joint_adverbs_set, joint_adverbs);

/* Words after which a conflict noun continues the event before it ("..., sparking a
 * war"). Sorted. */
static const char *const causal[] = {"causing", "fueling", "fuelling", "igniting", "prompting",
                                     "provoking", "sparked", "sparking", "starting",
                                     "triggered", "triggering", "unleashing"};
TEXT_WORDS(causal_set, causal);

/* Forms of "draw" whose object is a reaction from its doers to the subject
 * ("drew condemnation from", "drawing protests from": drawn_reaction).
 * Sorted. */
static const char *const draw_verbs[] = {"draw", "drawing", "drawn", "draws", "drew"};
TEXT_WORDS(draw_verbs_set, draw_verbs);

/* Verbs whose object is a demand made of their subject ("Tehran rejected
 * Washington's demand": rejected_demand_at). Sorted. */
static const char *const answer_verbs[] = {
    "accept",   "accepted", "accepts",   "defied",  "defies",  "defy",     "dismiss",
    "dismissed", "dismisses", "heeded",  "ignored", "rebuffed", "rebuffs", "refused",
    "reject",   "rejected", "rejecting", "rejects", "spurned"};
TEXT_WORDS(answer_verbs_set, answer_verbs);

/* Patient markers between an entity and a later trigger: the entity suffers it. */
static const char *const patient_markers[][3] = {
    {"reeling", "from", NULL}, {"hit", "by", NULL},      {"hit", "with", NULL},
    {"under", NULL, NULL},     {"facing", NULL, NULL},   {"faces", NULL, NULL},
    {"faced", NULL, NULL},     {"suffering", "from", NULL}, {"subject", "to", NULL},
    {"targeted", "by", NULL},  {"target", "of", NULL},   {"victim", "of", NULL},
    {"crippled", "by", NULL},  {"struck", "by", NULL},   {"sanctioned", "by", NULL},
    {"settle", NULL, NULL},    {"settled", NULL, NULL},  {"settling", NULL, NULL},
};

/* The length of a patient marker at token i that ends by token to, or 0. */
static size_t patient_marker_at(const text_doc *d, uint32_t i, uint32_t to) {
    for (size_t p = 0; p < ENT_ARRAY_LEN(patient_markers); p++) {
        size_t n = 0;
        while (n < 3 && patient_markers[p][n]) n++;
        if (i + n > to) continue;
        size_t k = 0;
        while (k < n && tk_is(d, i + k, patient_markers[p][k])) k++;
        if (k == n) return n;
    }
    return 0;
}

static int patient_between(const text_doc *d, uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to; i++)
        if (patient_marker_at(d, i, to)) return 1;
    return 0;
}

/* The start of a patient marker that ends right before token q, not before
 * token from, or -1. */
static long patient_marker_ending(const text_doc *d, uint32_t from, uint32_t q) {
    for (uint32_t i = q > from + 3 ? q - 3 : from; i < q; i++)
        if (patient_marker_at(d, i, q) == q - i) return (long)i;
    return -1;
}

/* Words between a name and the patient marker after it: forms of "be" and
 * "come", and an article ("Ukraine was hit by", "Kyiv came under", "Iran is
 * the target of"). Sorted. */
static const char *const patient_aux[] = {"a", "are", "been", "came", "come", "comes",
                                          "coming", "has", "have", "is", "the", "was", "were"};
TEXT_WORDS(patient_aux_set, patient_aux);

/* Adjectives of size and standing a company's description opens with
 * ("small New York software firm X", "struggling carmaker X"). Sorted. */
static const char *const size_adjectives[] = {
    "big",   "biggest", "giant", "large",  "larger", "largest", "leading", "major",
    "prominent", "rival", "senior", "small", "smaller", "struggling", "tiny", "top",
    "troubled",
};
TEXT_WORDS(size_adjectives_set, size_adjectives);

/* Adjective-like lowercase word ("nuclear", "military", "Syrian" is a mention). */
static int adjective_like(const text_doc *d, size_t i) {
    static const char *const suf[] = {"al", "ar", "ary", "ic", "ian", "ish", "ese", "ive",
                                      "ous", "ful", "less", "ed", "ern", "ist"};
    const text_tok *t = &d->toks[i];
    if ((t->flags & (TOK_WORD | TOK_LOWER)) != (TOK_WORD | TOK_LOWER)) return 0;
    /* (and the common ones of size or rank: "bought small New York software
     * firm X", "killed a senior Hamas official") */
    if (WORD_IN(d, i, size_adjectives)) return 1;
    if (t->len < 4) return 0;
    const char *w = d->text + t->start;
    for (size_t k = 0; k < ENT_ARRAY_LEN(suf); k++) {
        size_t n = strlen(suf[k]);
        if (t->len > n && memcmp(w + t->len - n, suf[k], n) == 0) return 1;
    }
    return 0;
}

/* The token before the noun at token tb of sentence s, past up to two
 * adjective-like words or words of time that no mention covers ("its nuclear
 * facilities", "a U.S. naval blockade", "its recent deal"); before the
 * sentence when tb opens it. */
static long before_modifiers(const tag_ctx *c, const text_sent *s, uint32_t tb) {
    const text_doc *d = &c->doc;
    long k = (long)tb - 1;
    while (k > (long)s->tbeg && c->tok_ment[k] < 0 &&
           (adjective_like(d, (size_t)k) || WORD_IN(d, (size_t)k, np_times) ||
            tk_is(d, (size_t)k, "new")) &&
           (long)tb - k < 3)
        k--;
    return k;
}

/* ---- role phrases -------------------------------------------------------- */

/* Nouns that name a job but are no titles before a name (capitalized, "Officer"
 * or "Head" open too many other phrases); after one they head a role phrase:
 * "X, chief medical officer for ..." Sorted by word. */
static const struct role_noun {
    const char *w, *role;
} role_nouns[] = {
    {"accountant", "Accountant"}, {"administrator", "Administrator"}, {"adviser", "Adviser"}, {"advisor", "Adviser"},
    {"agent", "Agent"}, {"aide", "Aide"}, {"analyst", "Analyst"}, {"anchor", "Anchor"},
    {"anchorman", "Anchor"}, {"architect", "Architect"}, {"attorney", "Attorney"},
    {"auditor", "Auditor"}, {"banker", "Banker"}, {"batsman", "Batsman"}, {"boss", "Boss"},
    {"bowler", "Bowler"}, {"broker", "Broker"}, {"candidate", "Candidate"},
    {"captain", "Captain"}, {"catcher", "Catcher"}, {"chair", "Chair"}, {"chief", "Chief"},
    {"clerk", "Clerk"},
    {"coach", "Coach"}, {"columnist", "Columnist"}, {"commander", "Commander"},
    {"commentator", "Commentator"}, {"comptroller", "Comptroller"},
    {"consultant", "Consultant"}, {"coordinator", "Coordinator"},
    {"correspondent", "Correspondent"}, {"counsel", "Counsel"},
    {"curator", "Curator"}, {"dealer", "Dealer"}, {"dean", "Dean"},
    {"defenceman", "Defenceman"}, {"defender", "Defender"}, {"defenseman", "Defenseman"},
    {"designer", "Designer"}, {"driver", "Driver"}, {"economist", "Economist"},
    {"editor", "Editor"}, {"employee", "Employee"}, {"engineer", "Engineer"},
    {"executive", "Executive"}, {"expert", "Expert"}, {"fellow", "Fellow"},
    {"flanker", "Flanker"}, {"founder", "Founder"}, {"fullback", "Fullback"},
    {"goalkeeper", "Goalkeeper"}, {"goaltender", "Goaltender"}, {"head", "Head"},
    {"hooker", "Hooker"}, {"host", "Host"}, {"infielder", "Infielder"}, {"inspector", "Inspector"},
    {"instructor", "Instructor"}, {"investigator", "Investigator"}, {"jockey", "Jockey"},
    {"kicker", "Kicker"}, {"lawyer", "Lawyer"}, {"leader", "Leader"}, {"lecturer", "Lecturer"},
    {"linebacker", "Linebacker"}, {"lock", "Lock"}, {"manager", "Manager"},
    {"mediator", "Mediator"}, {"member", "Member"}, {"midfielder", "Midfielder"},
    {"negotiator", "Negotiator"},
    {"netminder", "Netminder"}, {"nurse", "Nurse"}, {"officer", "Officer"},
    {"official", "Official"}, {"organiser", "Organiser"}, {"organizer", "Organizer"},
    {"outfielder", "Outfielder"}, {"owner", "Owner"},
    {"paceman", "Paceman"}, {"partner", "Partner"}, {"photographer", "Photographer"},
    {"physician", "Physician"}, {"pilot", "Pilot"}, {"pitcher", "Pitcher"},
    {"placekicker", "Placekicker"}, {"player", "Player"}, {"playmaker", "Playmaker"},
    {"presenter", "Presenter"}, {"producer", "Producer"}, {"professor", "Professor"},
    {"programmer", "Programmer"}, {"prop", "Prop"}, {"publisher", "Publisher"},
    {"quarterback", "Quarterback"}, {"rapporteur", "Rapporteur"}, {"reporter", "Reporter"},
    {"researcher", "Researcher"},
    {"rider", "Rider"}, {"scholar", "Scholar"}, {"scientist", "Scientist"},
    {"shortstop", "Shortstop"}, {"skipper", "Skipper"}, {"specialist", "Specialist"},
    {"spinner", "Spinner"}, {"staffer", "Staffer"}, {"strategist", "Strategist"},
    {"striker", "Striker"}, {"student", "Student"}, {"supervisor", "Supervisor"}, {"surgeon", "Surgeon"},
    {"teacher", "Teacher"}, {"trader", "Trader"}, {"trainer", "Trainer"},
    {"treasurer", "Treasurer"}, {"trustee", "Trustee"}, {"wicketkeeper", "Wicketkeeper"},
    {"winger", "Winger"}, {"worker", "Worker"}, {"writer", "Writer"},
};

static const char *role_noun_words[ENT_ARRAY_LEN(role_nouns)];
TEXT_WORDS(role_nouns_set, role_noun_words);

int rel_role_noun(const text_doc *d, size_t i) {
    return text_words_find(&role_nouns_set, d, &d->toks[i]) >= 0;
}

/* Role noun at token i, or NULL. Besides the list, lowercase professions in
 * "-ist" and "-cian" ("ecologist", "physician"); their role is the word
 * capitalized, made in c's arena. */
static const char *role_noun_only(const tag_ctx *c, size_t i) {
    const text_doc *d = &c->doc;
    long r = text_words_find(&role_nouns_set, d, &d->toks[i]);
    if (r >= 0) return role_nouns[r].role;
    char w[LIST_WORD_MAX];
    size_t n = list_word(d, i, w);
    if (!n) return NULL;
    int prof = (d->toks[i].flags & TOK_LOWER) && n >= 7 && strcmp(w, "persist") != 0 &&
               (!strcmp(w + n - 3, "ist") || !strcmp(w + n - 4, "cian"));
    if (!prof) return NULL;
    char *role = arena_strdup(c->arena, w);
    if (role) role[0] = (char)(role[0] - 'a' + 'A');
    return role;
}

/* The role of role noun r at token i with "chief" and maybe one lowercase
 * word before it: the chief's office ("chief economist": "Chief Economist",
 * "chief financial officer": "Chief Financial Officer"), made in c's arena;
 * else r. */
static const char *chief_role(const tag_ctx *c, size_t i, const char *r) {
    const text_doc *d = &c->doc;
    if (!r || i < 1 || !(d->toks[i].flags & TOK_LOWER)) return r;
    /* (a deputy's office is his own: "deputy leader" is the Deputy Leader) */
    if (tk_is(d, i - 1, "deputy")) {
        const char *o = prefixed_role(c, "Deputy", 6, r);
        return o ? o : r;
    }
    char mid[LIST_WORD_MAX] = "";
    if (!tk_is(d, i - 1, "chief")) {
        /* (the word between in lowercase, or an acronym in capitals: "chief AI
         * scientist" is the Chief AI Scientist) */
        const text_tok *mt = i >= 2 ? &d->toks[i - 1] : NULL;
        int acro = mt && (mt->flags & (TOK_ALLCAPS | TOK_DIGIT)) == TOK_ALLCAPS && mt->len <= 3;
        if (i < 2 || !tk_is(d, i - 2, "chief") || !((mt->flags & TOK_LOWER) || acro) ||
            (c->cls[i - 1] & W_STOP) || !list_word(d, i - 1, mid))
            return r;
        if (acro)
            for (char *p = mid; *p; p++) *p = (char)(*p - 'a' + 'A');
        else
            mid[0] = (char)(mid[0] - 'a' + 'A');
    }
    const char *o = *mid ? prefixed_role(c, mid, strlen(mid), r) : r;
    if (o) o = prefixed_role(c, "Chief", 5, o);
    return o ? o : r;
}

static const char *role_noun(const tag_ctx *c, size_t i) {
    return chief_role(c, i, role_noun_only(c, i));
}

/* Is token i a role noun of the list in the plural, "-s" after it
 * ("officials", "executives", "directors")? */
static int role_noun_plural(const tag_ctx *c, size_t i) {
    char w[LIST_WORD_MAX];
    size_t n = list_word(&c->doc, i, w);
    if (n < 4 || w[n - 1] != 's') return 0;
    w[n - 1] = '\0';
    for (size_t k = 0; k < ENT_ARRAY_LEN(role_nouns); k++)
        if (!strcmp(role_nouns[k].w, w)) return 1;
    return 0;
}

/* Role head at token i: a chain of titles with a role ("Vice President") or a
 * role noun. Returns the role and sets *end, or NULL. */
static const char *role_head_at(const tag_ctx *c, const gaz_t *g, uint32_t i, uint32_t *end) {
    const text_doc *d = &c->doc;
    uint32_t q = i;
    const char *r = title_chain_forward(c, g, &q);
    if (!r && (r = role_noun(c, i))) q = i + 1;
    /* (a parliament's speaker before "of" only: "the speaker of Iran's
     * parliament", not "a speaker at the conference") */
    if (!r && i + 1 < d->ntoks && tk_is(d, i, "speaker") && tk_is(d, i + 1, "of"))
        r = "Speaker", q = i + 1;
    if (r) *end = q;
    return r;
}

/* The words of a role phrase from token q: modifiers ("chief scientific and
 * medical", "Middle East", "assistant product") and role heads, the last word a
 * head. caps admits capitalized words nobody recognised ("the AP's Northwest
 * regional reporter": the employer is already known). Returns the role of the
 * last head (with caps, of the first of two joined by "and": "Microsoft
 * chairman and chief software architect") and sets *end, or NULL. */
static const char *role_phrase(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q,
                               int caps, uint32_t *end) {
    const text_doc *d = &c->doc;
    const char *role = NULL, *first = NULL; /* first: the role before "and" */
    uint32_t i = q, he;
    while (i < s->tend && i < q + 8) {
        const text_tok *t = &d->toks[i];
        int32_t m = c->tok_ment[i];
        const char *r = m < 0 ? role_head_at(c, g, i, &he) : NULL;
        if (r) {
            /* "deputy head", "assistant director": the role with the
             * word of its second before it (a modifier here) */
            const char *w = i > q && c->tok_ment[i - 1] < 0 && (d->toks[i - 1].flags & TOK_LOWER)
                                ? (tk_is(d, i - 1, "deputy")      ? "Deputy"
                                   : tk_is(d, i - 1, "assistant") ? "Assistant"
                                                                  : NULL)
                                : NULL;
            const char *wr = w && strncmp(r, w, strlen(w)) ? prefixed_role(c, w, strlen(w), r)
                                                            : NULL;
            if (wr) r = wr;
            role = r;
            i = he;
            continue;
        }
        /* two roles joined, the employer named before them (caps): the
         * first is the employer's ("the SPD leader and finance minister": the
         * SPD's leader; but "president and chief executive of X": the last
         * before "of") */
        if (caps && role && !first && tk_is(d, i, "and")) first = role;
        const char *was = role;
        role = NULL; /* a modifier: a head must still follow */
        int mk = m >= 0 && c->ments[m].tok == i ? tag_went_kind(g, &c->ents[c->ments[m].ent])
                                                 : KIND_OTHER;
        if (mk == KIND_LOCATION) {
            i += c->ments[m].ntok; /* only a place qualifies a role: "Middle East correspondent" */
        } else if (mk == KIND_COUNTRY && was && c->ments[m].via != VIA_DEMONYM) {
            i += c->ments[m].ntok; /* or a country after a role's word: "chief US economist" */
        } else if (m >= 0) {
            role = was;
            break;
        } else if ((t->flags & TOK_LOWER) &&
                   (!(c->cls[i] & W_STOP) || tk_is(d, i, "and") || WORD_IN(d, i, ordinals))) {
            i++; /* "Japan's first female prime minister" */
        } else if (caps && (t->flags & TOK_UPPER) && !(c->cls[i] & W_STOP) && !(t->flags & TOK_SENT)) {
            i++;
        } else if (glued_hyphen(d, i) && i + 1 < s->tend &&
                   !(d->toks[i + 1].flags & TOK_SPACE)) {
            i++; /* "long-time", "vice-chairman" */
        } else {
            role = was;
            break;
        }
    }
    if (!role) return NULL;
    *end = i;
    return first ? first : role;
}

/* Words that may follow an employer's name: it is not the first part of a
 * longer name or a mere modifier ("IAEA inspectors"). Sorted. */
static const char *const after_employer[] = {
    "added", "after", "also", "and", "argue", "argues", "as", "beat", "became", "because",
    "before", "began", "believe", "believes", "brought", "but", "came", "chose", "drew", "fell",
    "gave", "held", "here", "hit", "kept", "led", "left", "lost", "made", "met", "or",
    "overrode", "ran", "rose", "said", "saw", "say", "says", "sent", "since", "sought", "spoke",
    "stood", "struck", "swore", "tell", "tells", "that", "there", "think", "thinks", "threw",
    "told", "took", "upheld", "warn", "warns", "went", "when", "where", "which", "while", "who",
    "whom", "won", "write", "writes", "wrote",
};
TEXT_WORDS(after_employer_set, after_employer);

/* Nouns of a kind of company between a country and the company's name: "the
 * U.S. firm Amoco Corp", "Japanese carmaker Toyota", "British bank HSBC" (the
 * company is the party, not the country). After a country they name a
 * company; alone some are other things ("bank", "group"), and the tagger's
 * nouns for companies only are tag_firm_noun's. */
static const char *const company_kinds[] = {
    "airline",   "airlines", "bank",     "banks",    "broker",   "carmaker",  "companies",
    "company",   "conglomerate", "contractor", "developer", "firm", "firms", "giant",
    "group",     "insurer",  "lender",   "lenders",  "maker",    "makers",    "manufacturer",
    "operator",  "producer", "producers", "retailer", "shipper", "supplier"};
TEXT_WORDS(company_kinds_set, company_kinds);

/* Nouns by which a company is named after its product or property before its
 * name ("Tylenol maker Kenvue", "TikTok owner ByteDance"). Sorted. */
static const char *const maker_nouns[] = {"developer", "maker", "makers", "operator", "owner",
                                          "parent"};
TEXT_WORDS(maker_nouns_set, maker_nouns);

/* What one backs or criticises of a country or a party, after its demonym:
 * the country's or party's own ("criticised the Israeli decision"). Sorted. */
static const char *const stance_nouns[] = {
    "actions",   "approach",  "behavior",    "behaviour",    "bullying",  "comments",
    "crackdown", "decision",  "handling",    "interference", "meddling",  "move",
    "moves",     "occupation", "plan",       "plans",        "policies",  "policy",
    "position",  "proposal",  "proposals",   "provocation",  "provocations", "remarks",
    "response",  "stance",    "statement",   "statements",
};
TEXT_WORDS(stance_nouns_set, stance_nouns);

/* A town's markets ("the London exchange", "the Tokyo stock market"). Sorted. */
static const char *const market_nouns[] = {"bourse", "exchange", "market", "markets", "stock"};
TEXT_WORDS(market_nouns_set, market_nouns);

/* Words that make a number approximate ("about 41% of", "nearly 10 pct of").
 * Sorted. */
static const char *const approx_words[] = {"about",  "almost",  "approximately", "around",
                                           "nearly", "roughly", "some"};
TEXT_WORDS(approx_words_set, approx_words);

/* Verbs by which a stake is taken or raised. Sorted. */
static const char *const stake_verbs[] = {
    "boosted", "build",   "building", "built",  "increase", "increased", "increases",
    "raise",   "raised",  "raises",   "raising", "take",    "taken",     "takes",
    "taking",  "took",
};
TEXT_WORDS(stake_verbs_set, stake_verbs);

/* Verbs by which a stake is held ("holds a 27% stake in OpenAI"). Sorted. */
static const char *const hold_verbs[] = {"had", "has", "have", "held", "holding", "holds",
                                         "keeps", "kept", "owned", "owns", "retained",
                                         "retains"};
TEXT_WORDS(hold_verbs_set, hold_verbs);

/* Verbs of seeking before a noun of support, which its seeker does not give
 * ("a tour of Europe to seek official support for Brazil's debt strategy",
 * "won backing from"). Sorted. */
static const char *const seek_verbs[] = {
    "ask",     "asked",  "asking", "asks",   "enlist", "enlisted", "gain",    "gained",
    "garner",  "lobby",  "lobbied", "need",  "needed", "needs",    "rally",   "request",
    "requested", "seek", "seeking", "seeks", "sought", "win",      "winning", "won"};
TEXT_WORDS(seek_verbs_set, seek_verbs);

/* Prepositions after which "its" or "their" before a noun trigger is the
 * nearest country's or organization's ("over its support for Russia"; the
 * noun's actor: find_actor). Sorted. */
static const char *const its_preps[] = {"about", "against", "despite", "for", "over"};
TEXT_WORDS(its_preps_set, its_preps);

/* Verbs of selling before an investment, which is no longer taken ("will
 * sell its investment in Amtech"). Sorted. */
static const char *const sell_verbs[] = {"sell", "selling", "sells", "sold"};
TEXT_WORDS(sell_verbs_set, sell_verbs);

/* Goods a duty or a ban falls on, before "from" and where they come from
 * ("tariffs on steel imports from Canada", "a ban on beef from Britain").
 * Sorted. */
static const char *const goods_nouns[] = {
    "aluminium", "aluminum", "beef", "cars", "chips", "exports", "goods", "imports",
    "lumber",    "meat",     "oil",  "products", "shipments", "solar", "steel", "textiles",
};
TEXT_WORDS(goods_nouns_set, goods_nouns);

/* A company's relations by which a possessive names another one ("talks with
 * Deutsche Boerse's rival Euronext"). Sorted. */
static const char *const related_firms[] = {"affiliate", "parent", "partner", "rival",
                                            "subsidiary", "unit"};
TEXT_WORDS(related_firms_set, related_firms);

/* Months ("in March"; not "May", as often the modal). Sorted. */
static const char *const month_names[] = {
    "apr",  "april", "aug",  "august",   "dec", "december", "feb",       "february", "jan",
    "january", "july", "june", "mar",    "march", "nov",   "november", "oct",       "october",
    "sep",  "sept",  "september"};
TEXT_WORDS(month_names_set, month_names);

/* Is token k a year ("1984", "2025")? */
static int year_at(const text_doc *d, size_t k) {
    const text_tok *t = &d->toks[k];
    if (t->len != 4 || (t->flags & TOK_UPPER)) return 0;
    const char *w = d->text + t->start;
    for (int q = 0; q < 4; q++)
        if (w[q] < '0' || w[q] > '9') return 0;
    return (w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0');
}

/* Nouns of a place before "of" and its name ("the city of Dnipro"; np_after).
 * Sorted. */
static const char *const place_nouns[] = {"capital", "city", "enclave", "island", "port",
                                          "province", "region", "town", "village"};
TEXT_WORDS(place_nouns_set, place_nouns);

/* Nouns of inquiries and accounts, whose author is no party to what they are
 * "on" or "into" (find_actor_in; with act_nouns). Sorted. */
static const char *const inquiry_nouns[] = {
    "article",       "book",           "documentary", "documents", "film",
    "findings",      "hearing",        "hearings",    "inquiries", "inquiry",
    "investigation", "investigations", "probe",       "report",    "reports",
    "review",        "story",          "study"};
TEXT_WORDS(inquiry_nouns_set, inquiry_nouns);

/* Nouns of documents and decisions whose participle acts for their author
 * ("the UN vote condemning Russia"; find_actor_in). Sorted. */
static const char *const act_nouns[] = {"bill",   "communique", "declaration", "draft",
                                        "letter", "measure",    "motion",      "report",
                                        "resolution", "statement", "text",     "vote"};
TEXT_WORDS(act_nouns_set, act_nouns);

/* What a threat threatens, between the verb and its target ("threatened
 * retaliation against the EU", "threatened to resume attacks on Israel").
 * Sorted. */
static const char *const threat_objects[] = {
    "action",   "attack",        "attacks",   "ban",         "consequences", "countermeasures",
    "embargo",  "force",         "investigation", "reprisals", "retaliation", "revenge",
    "sanctions", "strikes",      "tariffs"};
TEXT_WORDS(threat_objects_set, threat_objects);

/* Weapons and strikes whose "hit" is an attack ("Russian drones hit Kyiv").
 * Sorted. */
static const char *const weapon_nouns[] = {
    "airstrike", "airstrikes", "artillery", "attack",  "attacks", "bomb",    "bombs",
    "drone",     "drones",     "missile",   "missiles", "rocket", "rockets", "shell",
    "shelling",  "shells",     "strike",    "strikes",
};
TEXT_WORDS(weapon_nouns_set, weapon_nouns);

/* Verbs of sending goods, which give aid only with arms among them
 * ("Germany will supply two more Patriot systems to Kyiv": cargo_end; alone
 * they are trade, "supplied oil to China"). Sorted. */
static const char *const cargo_verbs[] = {"deliver",  "delivered", "delivering", "delivers",
                                          "send",     "sending",   "sends",      "sent",
                                          "supplied", "supplies",  "supply",     "supplying"};
TEXT_WORDS(cargo_verbs_set, cargo_verbs);
/* Arms sent ("tanks", "fighter jets"); a system or a battery only after a
 * name or a word of air defence ("Patriot systems", "air defense systems").
 * Sorted. */
static const char *const arms_nouns[] = {
    "ammunition", "arms",     "artillery", "drones",   "helicopters", "howitzers", "jets",
    "launchers",  "missiles", "munitions", "rockets",  "shells",      "tanks",     "warplanes",
    "weapons"};
TEXT_WORDS(arms_nouns_set, arms_nouns);

/* Verbs of carrying out whose strikes "in" a place strike it ("Israel carried
 * out strikes in Lebanon", "intensified air strikes in southern Lebanon",
 * "stepped up strikes in"; not "staged" or "held": a labour strike's).
 * Sorted. */
static const char *const carry_verbs[] = {"carried",  "conducted",   "escalated", "expanded",
                                          "intensified", "launched", "mounted",   "stepped",
                                          "unleashed"};
TEXT_WORDS(carry_verbs_set, carry_verbs);

/* Armed forces and fighters whose "raided" is an attack ("Israeli troops
 * raided Jenin") and whose "clashed" is fighting. Sorted. */
static const char *const raid_agents[] = {
    "army",       "commandos", "fighters", "forces",   "guerrillas", "insurgents", "military",
    "militants",  "militia",   "militias", "paramilitaries", "rebels", "soldiers", "troops"};
TEXT_WORDS(raid_agents_set, raid_agents);

/* Prepositions before a verb's object that is no subject of a clause of its
 * own ("launched strikes on Kabul"). Sorted. */
static const char *const object_preps[] = {"against", "at", "from", "in",
                                           "into",    "on", "over", "to"};
TEXT_WORDS(object_preps_set, object_preps);

/* When a speaker said it, between "said" and the pronoun that stands for the
 * speaker ("Israel said on Tuesday it struck ..."). Sorted. */
static const char *const said_when[] = {
    "earlier", "friday", "monday", "saturday", "sunday", "thursday", "today", "tonight",
    "tuesday", "wednesday", "yesterday"};
TEXT_WORDS(said_when_set, said_when);

/* Nouns of a decision or an attempt whose agent "by" names before an
 * infinitive ("the decision by Britain, Canada and Australia to recognise").
 * Sorted. */
static const char *const decision_nouns[] = {"attempt", "bid",      "decision", "effort", "move",
                                             "offer",   "plan",     "proposal", "push"};
TEXT_WORDS(decision_nouns_set, decision_nouns);

/* Words that open a clause of its own before its subject ("after Washington
 * doubled tariffs"): a negation before them is the main clause's. Sorted. */
static const char *const clause_openers[] = {"after", "although", "because", "before",
                                             "since", "until",    "when",    "while"};
TEXT_WORDS(clause_openers_set, clause_openers);

/* Nouns that refer back to an organization named before them: "a spokeswoman
 * for the agency", "a company official" (org_antecedent). Sorted. */
static const char *const org_nouns[] = {
    "agency",     "airline",    "army",      "association", "authority",    "bank",
    "board",      "bureau",     "commission", "committee",  "company",      "council",
    "court",      "department", "exchange",  "federation",  "firm",         "foundation",
    "fund",       "group",      "institute", "military",    "ministry",     "navy",
    "office",     "organisation", "organization", "parliament", "party",    "police",
    "union",      "university"};
TEXT_WORDS(org_nouns_set, org_nouns);

/* Nouns of a company's trade that stand for it after "the", as "the company"
 * does ("Nvidia reported record sales. The chipmaker said ..."); not among
 * org_nouns, whose words a nearer organization may fit (org_antecedent).
 * Sorted. */
static const char *const trade_nouns[] = {"automaker", "carmaker", "chipmaker", "drugmaker",
                                          "insurer",   "lender",   "retailer"};
TEXT_WORDS(trade_nouns_set, trade_nouns);

/* Is token i a noun for an organization (org_nouns)? */
static int org_noun_at(const text_doc *d, uint32_t i) { return WORD_IN(d, i, org_nouns); }

/* Verbs of travel before a destination and "for" ("flew to Washington for
 * talks"). Sorted. */
static const char *const travel_verbs[] = {"arrived", "came",     "flew",      "fly",
                                           "go",      "headed",   "returned",  "travel",
                                           "traveled", "travelled", "went"};
TEXT_WORDS(travel_verbs_set, travel_verbs);

/* Verbs by which an organization gives a person an office ("Nissan named
 * Ivan Espinosa as its chief executive"). Sorted. */
static const char *const appointing_verbs[] = {
    "appointed", "appoints", "chose",  "elected", "elects",       "hired",  "hires",
    "named",     "names",    "nominated", "nominates", "picked", "picks", "poached",
    "promoted",  "promotes", "reappointed", "tapped", "taps",
};
TEXT_WORDS(appointing_verbs_set, appointing_verbs);

/* Verbs of taking another's office. Sorted. */
static const char *const succession_verbs[] = {"replace", "replaced",  "replaces",
                                               "succeed", "succeeded", "succeeds"};
TEXT_WORDS(succession_verbs_set, succession_verbs);

/* Verbs of putting one out of an office. Sorted. */
static const char *const dismissal_verbs[] = {"dismissed", "fired", "ousted", "removed",
                                              "sacked"};
TEXT_WORDS(dismissal_verbs_set, dismissal_verbs);

/* Is entity w a sporting competition or body (kind "sport": "Champions
 * League", "FIFA")? */
static int competition(const gaz_t *g, const tag_went *w) {
    const char *kind = w->gidx >= 0 ? gaz_attr_get(&g->ents[w->gidx], "kind") : NULL;
    return kind && !strcmp(kind, "sport");
}

/* Nouns of a contest between players or teams ("semi-final": "final" is
 * one token of it). Sorted. */
static const char *const contest_nouns[] = {"bout",  "clash", "final",        "finals", "game",
                                            "match", "quarterfinal", "round", "semifinal",
                                            "showdown"};
TEXT_WORDS(contest_nouns_set, contest_nouns);

/* Does sentence s name a contest (contest_nouns)? */
static int sport_contest_in(const text_doc *d, const text_sent *s) {
    for (uint32_t k = s->tbeg; k < s->tend; k++)
        if ((d->toks[k].flags & TOK_LOWER) && WORD_IN(d, k, contest_nouns)) return 1;
    return 0;
}

/* Prepositions that open a sentence with a phrase around a noun trigger
 * whose actor is the subject after the phrase ("In talks with Kato
 * yesterday, Yeutter asked ...", "During a meeting with Xi on Friday, Lula
 * called ..."). Sorted. */
static const char *const intro_preps[] = {"after", "at", "before", "during", "following", "in"};
TEXT_WORDS(intro_preps_set, intro_preps);

/* Words that may stand between a name and what says where he lives: "X, who
 * now lives in", "X has long lived in", "X, a longtime resident of". Sorted. */
static const char *const home_fillers[] = {"a",        "also",   "an",         "been",
                                           "currently", "had",   "has",        "have",
                                           "is",       "lifelong", "long",     "longtime",
                                           "now",      "once",   "originally", "still",
                                           "was",      "were",   "who"};
TEXT_WORDS(home_fillers_set, home_fillers);

/* Verbs of living before "in": "lives in", "grew up in", "was born in", "is
 * based in", "was exiled in". Sorted. */
static const char *const home_verbs[] = {"based",  "born",    "exiled",  "grew",     "live",
                                         "lived",  "lives",   "living",  "raised",   "reside",
                                         "resided", "resides", "residing", "settled"};
TEXT_WORDS(home_verbs_set, home_verbs);

/* Verbs before "from": "X is from Texas", "X, who hails from Ohio". Sorted. */
static const char *const from_verbs[] = {"came", "comes", "hail", "hailed", "hails", "is", "was"};
TEXT_WORDS(from_verbs_set, from_verbs);

/* Nouns of living before "of" or after a place: "a native of Chisholm", "a
 * Boston resident". Sorted. */
static const char *const home_nouns[] = {"native", "resident"};
TEXT_WORDS(home_nouns_set, home_nouns);

/* Roles in a team, which a place before them names ("England skipper X",
 * "Wales boss X", "Cardiff defender X"). Sorted. */
static const char *const team_roles[] = {
    "back",     "batsman",    "boss",       "bowler",      "captain",  "catcher", "coach",
    "defenceman", "defender", "defenseman", "flanker",     "forward",  "fullback",
    "goalkeeper", "goaltender", "hooker",   "infielder",   "keeper",   "kicker", "linebacker",
    "lock",     "manager",    "midfielder", "netminder",   "outfielder", "paceman", "pitcher",
    "placekicker", "player",  "playmaker",  "prop",        "quarterback", "shortstop",
    "skipper",  "spinner",    "striker",    "wicketkeeper", "wing",    "winger"};
TEXT_WORDS(team_roles_set, team_roles);

/* Nouns of leave given by a body named before them ("Federal Reserve Board
 * approval"). Sorted. */
static const char *const permission_nouns[] = {"approval", "authorisation", "authorization",
                                               "blessing", "clearance", "consent", "permission"};
TEXT_WORDS(permission_nouns_set, permission_nouns);

/* Lowercase words of labour disputes ("a strike by the union", "the walkout",
 * "voted to ratify"). Sorted. */
static const char *const labour_words[] = {"bargaining", "labor",   "labour",   "picket",
                                           "pickets",    "ratified", "ratify",  "strikers",
                                           "union",      "unions",   "walkout", "wage",
                                           "wages"};
TEXT_WORDS(labour_words_set, labour_words);

/* Verbs of working somewhere before "for" or "at" ("works for Microsoft",
 * "taught at Harvard"), and of joining or leaving before the organization
 * itself ("joined Goldman Sachs", "quit the UK Independence Party"). Sorted. */
static const char *const work_verbs[] = {"joined",  "joins",  "left",   "quit",   "reported",
                                         "reports", "taught", "teaches", "work",  "worked",
                                         "working", "works",  "writes", "wrote"};
TEXT_WORDS(work_verbs_set, work_verbs);

/* Verbs of stopping or limiting what is sent to a party ("suspended coal
 * exports to Israel", "halted arms sales to"). Sorted. */
static const char *const halt_verbs[] = {
    "ban",      "banned",   "banning",    "bans",    "curb",       "curbed",    "curbing",
    "curbs",    "halt",     "halted",     "halting", "halts",      "restrict",  "restricted",
    "restricting", "restricts", "stop",   "stopped", "stopping",   "stops",     "suspend",
    "suspended", "suspending", "suspends"};
TEXT_WORDS(halt_verbs_set, halt_verbs);

/* What a party sends another and may stop sending ("coal exports to Israel",
 * "arms sales to"). Sorted. */
static const char *const sent_nouns[] = {"deliveries", "exports", "sales", "shipments",
                                         "supplies"};
TEXT_WORDS(sent_nouns_set, sent_nouns);

/* Nouns of a job a person holds at an organization, after "his" or "her"
 * ("stepped down from his role at ORG", "her job with ORG"). Sorted. */
static const char *const job_nouns[] = {"job", "jobs", "position", "post", "role", "roles"};
TEXT_WORDS(job_nouns_set, job_nouns);

/* Past verbs of giving up or losing a job ("left his role at", "stepped down
 * from his job at"; those of dismissal_verbs too, "was ousted from"): the job
 * is a past one. Sorted. */
static const char *const left_job_verbs[] = {"left", "lost", "quit", "resigned", "stepped"};
TEXT_WORDS(left_job_verbs_set, left_job_verbs);

/* Words of a span of time between "served" and "in" or "on" ("served 24
 * years in Congress", "served two terms on the council"). Sorted. */
static const char *const service_span_words[] = {"decade", "decades", "five",  "for",
                                                 "four",   "month",   "months", "nearly",
                                                 "three",  "term",    "terms",  "two",
                                                 "year",   "years"};
TEXT_WORDS(service_span_words_set, service_span_words);

/* Nouns of a deal and verbs of making one ("the agreement Lenovo signed
 * with IBM": deal_clause_at). Sorted. */
static const char *const deal_nouns[] = {"accord", "agreement", "contract", "deal", "pact",
                                         "treaty"};
TEXT_WORDS(deal_nouns_set, deal_nouns);
static const char *const deal_verbs[] = {"concluded", "made", "negotiated", "reached", "signed",
                                         "struck"};
TEXT_WORDS(deal_verbs_set, deal_verbs);

/* Participles after a trigger's noun and a form of "be" before its
 * preposition: "an agreement was reached with", "sanctions were imposed on".
 * Sorted. */
static const char *const noun_passives[] = {"agreed",  "announced", "brokered", "concluded",
                                            "held",    "imposed",   "launched", "levied",
                                            "reached", "signed",    "struck"};
TEXT_WORDS(noun_passives_set, noun_passives);

/* Verbs by which a third party rules on another's deal, before "its" or
 * "their" and a trigger's noun ("approved its acquisition", "blocked their
 * merger"). Sorted. */
static const char *const ruling_verbs[] = {
    "allowed",  "approve",   "approved", "approves", "authorised", "authorized", "block",
    "blocked",  "blocks",    "challenged", "clear",  "cleared",   "clears",     "opposed",
    "opposes",  "probing",   "ratified", "rejected", "rejects",   "reviewing",  "sanctioned",
    "vetoed"};
TEXT_WORDS(ruling_verbs_set, ruling_verbs);
/* ... and nouns of such a ruling, before "for its" ("received Fed approval for
 * its acquisition of Heritage Bank"). Sorted. */
static const char *const ruling_nouns[] = {"approval", "approvals", "clearance", "consent",
                                           "permission"};
TEXT_WORDS(ruling_nouns_set, ruling_nouns);

/* Words after a name that make it the subject of its clause ("UAL Inc's
 * United Airlines said", "GM's Rick Wagoner is due": subject_at). Sorted. */
static const char *const subject_next[] = {
    "also", "became", "bought", "gave",  "had",  "has",   "is",    "led",  "left", "made",
    "met",  "plans",  "said",   "says",  "sold", "spoke", "told",  "took", "was",  "which",
    "will", "won",    "would",  "wrote"};
TEXT_WORDS(subject_next_set, subject_next);

/* Does a name ending before token e open its clause: a punctuation mark
 * (",", ".", "(", "<", ";", ":"), a verb in "-ed" or a word of subject_next
 * right after it? Not a noun's modifier: "Microsoft's Activision deal". */
static int subject_at(const text_doc *d, const text_sent *s, uint32_t e) {
    if (e >= s->tend) return 0;
    const text_tok *t = &d->toks[e];
    return (!(t->flags & TOK_WORD) && t->len == 1 && strchr(",.(<;:", d->text[t->start])) ||
           ed_form(d, e) || ((t->flags & TOK_LOWER) && WORD_IN(d, e, subject_next));
}

/* The keyed sets of the word lists of this file, built once at start. */
static const text_words *const rel_sets[] = {
    &dets_set, &subject_next_set, &talk_nouns_set, &home_places_set, &cargo_verbs_set,
    &arms_nouns_set, &pp_words_set, &gerund_preps_set, &ing_preps_set, &kin_nouns_set,
    &comm_verbs_set, &negations_set, &actor_stops_set,
    &purpose_participles_set, &met_people_set, &sold_parts_set, &object_preps_set,
    &halt_verbs_set, &sent_nouns_set, &job_nouns_set, &left_job_verbs_set,
    &weapon_nouns_set, &inquiry_nouns_set, &carry_verbs_set, &raid_agents_set,
    &threat_objects_set, &act_nouns_set,
    &patient_aux_set, &place_nouns_set, &abandon_verbs_set, &plan_nouns_set,
    &maker_nouns_set, &size_adjectives_set, &clause_openers_set, &decision_nouns_set,
    &stance_nouns_set, &related_firms_set, &market_nouns_set, &month_names_set,
    &state_nouns_set, &verbal_objects_set, &copulas_set, &ordinals_set, &took_office_set,
    &be_aux_set, &causal_set, &draw_verbs_set, &answer_verbs_set, &after_employer_set,
    &role_nouns_set,
    &joint_verbs_set,
    &pledge_verbs_set, &mutual_verbs_set, &appointing_verbs_set, &joint_adverbs_set,
    &agent_nouns_set, &war_modifiers_set, &quantities_set, &part_nouns_set, &met_after_set,
    &led_by_words_set,
    &amounts_set, &company_kinds_set, &org_nouns_set, &trade_nouns_set, &said_when_set,
    &adverb_negations_set, &near_negations_set, &modals_set, &np_times_set, &travel_verbs_set,
    &held_nouns_set, &time_nouns_set, &party_modifiers_set, &people_nouns_set, &firm_heads_set,
    &intro_preps_set, &as_verbs_set, &contest_nouns_set, &home_fillers_set, &home_verbs_set,
    &from_verbs_set, &home_nouns_set, &permission_nouns_set, &team_roles_set,
    &labour_words_set, &work_verbs_set, &service_span_words_set, &deal_nouns_set,
    &deal_verbs_set, &ruling_verbs_set, &ruling_nouns_set,
    &goods_nouns_set, &stake_verbs_set, &sell_verbs_set, &seek_verbs_set, &hold_verbs_set,
    &its_preps_set, &interjections_set, &plan_words_set,
    &member_bodies_set, &suit_nouns_set, &making_verbs_set, &succession_verbs_set,
    &dismissal_verbs_set, &approx_words_set, &won_verbs_set, &noun_passives_set,
};

__attribute__((constructor)) static void rel_words_init(void) {
    for (size_t k = 0; k < ENT_ARRAY_LEN(role_nouns); k++) role_noun_words[k] = role_nouns[k].w;
    text_words_init(rel_sets, ENT_ARRAY_LEN(rel_sets));
}

/* Is token i a noun of an organization's kind ("company", "bank", the
 * "tank" of "think tank")? */
static int kind_noun_at(const text_doc *d, uint32_t i) {
    return WORD_IN(d, i, company_kinds) ||
           (i > 0 && tk_is(d, i, "tank") && tk_is(d, i - 1, "think"));
}

/* An organization's mention at token q before the noun of its kind, maybe
 * after one word that qualifies it, which ends the phrase: "the smaller
 * Rollei company", "the Exxon group", "the Goldman Sachs investment bank",
 * "the Mediterranean Foundation research group", "the Brookings Institution
 * think tank"; or -1. */
static long org_before_kind(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q) {
    const text_doc *d = &c->doc;
    int32_t m = q < s->tend ? c->tok_ment[q] : -1;
    if (m < 0 || c->ments[m].tok != q || tag_went_kind(g, &c->ents[c->ments[m].ent]) != KIND_ORG ||
        inside_longer_name(c, (uint32_t)m, s->tbeg))
        return -1;
    uint32_t e = q + c->ments[m].ntok;
    if (e + 1 < s->tend && (d->toks[e].flags & TOK_LOWER) && !(c->cls[e] & W_STOP) &&
        (d->toks[e + 1].flags & TOK_LOWER) && kind_noun_at(d, e + 1))
        e++;
    return e < s->tend && (d->toks[e].flags & TOK_LOWER) && kind_noun_at(d, e) &&
                   (e + 1 >= s->tend || !(d->toks[e + 1].flags & TOK_WORD) ||
                    ends_employer(d, e + 1))
               ? m
               : -1;
}

/* The organization a work verb at `verb` names from `p` on ("the" and its
 * modifiers skipped): its mention ending the phrase, or -1 when there is none,
 * it is a demonym, it is not an organization, or the verb is negated. */
static long employer_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t p,
                        uint32_t verb) {
    if (p < s->tend && tk_is(&c->doc, p, "the")) p = past_org_modifiers(c, g, s, p + 1);
    long om = phrase_mention_at(c, s, p);
    if (om < 0 || c->ments[om].via == VIA_DEMONYM ||
        tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG || negated(c, s, verb))
        return -1;
    return om;
}

/* Is token q (after the person's name, q > 0) the verb w in the simple
 * past, a past work ("covered", "served"), not the perfect of one held to
 * this day ("has served")? */
static int simple_past(const text_doc *d, uint32_t q, const char *w) {
    return tk_is(d, q, w) && !tk_is(d, q - 1, "has") && !tk_is(d, q - 1, "have");
}

/* works_at's organization. */
static long works_at_org(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         int *past) {
    const text_doc *d = &c->doc;
    /* (past his age: "X, 54, has been on the CFTC", "X, 37, who works at";
     * or past ", who") */
    uint32_t e = c->ments[m].tok + c->ments[m].ntok, q = past_age(d, s, e);
    if (q > e && q + 1 < s->tend && tk_is(d, q, "who")) q++;
    else if (q + 2 < s->tend && tk_char(d, q, ',') && tk_is(d, q + 1, "who")) q += 2;
    /* ("has worked", "now works", "also taught") */
    while (q < s->tend && (tk_is(d, q, "has") || tk_is(d, q, "had") || tk_is(d, q, "now") ||
                           tk_is(d, q, "also") || tk_is(d, q, "still") || tk_is(d, q, "once") ||
                           tk_is(d, q, "previously") || tk_is(d, q, "later")))
        q++;
    /* the passive: "X was hired by ORG", "X, who had been employed by ORG"
     * (Former: "was employed", "had been employed") */
    uint32_t v = q;
    while (v < s->tend && v < q + 2 && (tk_is(d, v, "was") || tk_is(d, v, "is") ||
                                        tk_is(d, v, "been") || tk_is(d, v, "were")))
        v++;
    if (v > q && v + 2 < s->tend &&
        (tk_is(d, v, "hired") || tk_is(d, v, "employed") || tk_is(d, v, "recruited")) &&
        tk_is(d, v + 1, "by")) {
        long om = employer_at(c, g, s, v + 2, v);
        if (om < 0) return -1;
        *past = tk_is(d, v, "employed") && (tk_is(d, q, "was") || tk_is(d, q - 1, "had"));
        return om;
    }
    /* a journalist covers a beat for a paper, an agency or a network: "X
     * covers the White House for The Associated Press", "X has covered
     * education for the AP since 1981" (a news organization only: one may
     * cover a bill for a company) */
    if (q + 3 < s->tend && (tk_is(d, q, "covers") || tk_is(d, q, "covered") ||
                            tk_is(d, q, "covering"))) {
        uint32_t f = q + 1;
        while (f < s->tend && f < q + 7 && !tk_is(d, f, "for") &&
               (d->toks[f].flags & TOK_WORD) && !WORD_IN(d, f, pp_words))
            f++;
        long om = f > q + 1 && f + 1 < s->tend && tk_is(d, f, "for")
                      ? employer_at(c, g, s, f + 1, q)
                      : -1;
        const tag_went *ow = om >= 0 ? &c->ents[c->ments[om].ent] : NULL;
        if (!ow || ow->gidx < 0 || !tag_media_entity(&g->ents[ow->gidx])) return -1;
        *past = simple_past(d, q, "covered");
        return om;
    }
    /* a member serves in a body or on its board: "X served 24 years in
     * Congress", "X, who serves on the board of Acme Corp", "X has served in
     * the Army since 1990" (past a span of time; "served" is Former) */
    /* (so does one who sits on it or has been on it: "X sits on the board
     * of Acme Corp", "X has been on the CFTC since last year") */
    int sits = tk_is(d, q, "sits") || tk_is(d, q, "sat") || tk_is(d, q, "sitting");
    int been_on = v > q && v + 1 < s->tend && tk_is(d, v, "on");
    if (q + 2 < s->tend && (tk_is(d, q, "served") || tk_is(d, q, "serves") ||
                            tk_is(d, q, "serving") || sits || been_on)) {
        if (been_on) q = v - 1;
        uint32_t p = q + 1;
        while (p < s->tend && p < q + 5 &&
               ((d->toks[p].flags & TOK_DIGIT) || WORD_IN(d, p, service_span_words)))
            p++;
        if (p + 1 >= s->tend || !(tk_is(d, p, "in") || tk_is(d, p, "on"))) return -1;
        p++;
        /* ("on the board of", "on the boards of") */
        if (tk_is(d, p - 1, "on") && p + 2 < s->tend && tk_is(d, p, "the") &&
            (tk_is(d, p + 1, "board") || tk_is(d, p + 1, "boards")) &&
            tk_is(d, p + 2, "of"))
            p += 3;
        long om = employer_at(c, g, s, p, q);
        if (om >= 0)
            *past = simple_past(d, q, "served") || simple_past(d, q, "sat") ||
                    (been_on && (tk_is(d, q, "was") || tk_is(d, q, "were")));
        return om;
    }
    /* a job his own "his" or "her" names, within six lowercase words of a
     * verb: "X was ousted from his job at OpenAI", "X said he would step back
     * from his role at ORG", "X left her position with Twitter" (Former after
     * a verb of leaving it in the past) */
    for (uint32_t p = q; p + 3 < s->tend && p < q + 7 && (d->toks[p].flags & TOK_LOWER); p++)
        if ((tk_is(d, p, "his") || tk_is(d, p, "her")) && WORD_IN(d, p + 1, job_nouns) &&
            (tk_is(d, p + 2, "at") || tk_is(d, p + 2, "with"))) {
            long om = p > q ? employer_at(c, g, s, p + 3, q) : -1;
            for (uint32_t w = q; om >= 0 && w < p; w++)
                *past |= WORD_IN(d, w, left_job_verbs) || WORD_IN(d, w, dismissal_verbs);
            return om;
        }
    if (q + 2 >= s->tend || !(d->toks[q].flags & TOK_LOWER) || !WORD_IN(d, q, work_verbs))
        return -1;
    /* (one who left or quit an organization worked there: "X left Vexo Corp
     * last year", Former) */
    int left = tk_is(d, q, "left") || tk_is(d, q, "quit");
    int join = tk_is(d, q, "joined") || tk_is(d, q, "joins") || left;
    /* (a journalist writes or reports for a paper or a network: "X wrote for
     * the Washington Post", "X reports for NBC", "for" only) */
    int press = tk_is(d, q, "writes") || tk_is(d, q, "wrote") || tk_is(d, q, "reports") ||
                tk_is(d, q, "reported");
    if (press && !tk_is(d, q + 1, "for")) return -1;
    *past = tk_is(d, q, "worked") || tk_is(d, q, "taught") || tk_is(d, q, "wrote") ||
            tk_is(d, q, "reported") || left;
    uint32_t p = q + 1;
    int teach = tk_is(d, q, "taught") || tk_is(d, q, "teaches");
    /* (past what one teaches, up to three lowercase words: "teaches
     * economics at", "taught political science at") */
    for (uint32_t f = p; teach && f < s->tend && f < p + 3 && (d->toks[f].flags & TOK_LOWER) &&
                         !(c->cls[f] & W_STOP) && !tk_is(d, f, "for");
         f++)
        if (f + 1 < s->tend && tk_is(d, f + 1, "at")) p = f + 1;
    if (!join) {
        if (!tk_is(d, p, "at") && !(tk_is(d, p, "for") && !teach)) return -1;
        p++;
    }
    /* (a board joined or left is its organization's: "X joined the board of
     * Brown University") */
    if (join && p + 3 < s->tend && tk_is(d, p, "the") &&
        (tk_is(d, p + 1, "board") || tk_is(d, p + 1, "boards")) && tk_is(d, p + 2, "of"))
        p += 3;
    return employer_at(c, g, s, p, q);
}

/* "X works for ORG", "X, who worked at ORG for ten years,", "X taught at ORG"
 * ("taught economics at ORG"),
 * "X joined ORG in 1990", "X was hired by ORG": the organization (its mention,
 * ending its phrase), with *past set for a past work, or -1. A role after it
 * ("joined ORG as chief economist") goes to *role (else it is left alone). */
static long works_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m, int *past,
                     const char **role) {
    long om = works_at_org(c, g, s, m, past);
    uint32_t e = om >= 0 ? c->ments[om].tok + c->ments[om].ntok : 0;
    if (om >= 0 && e + 1 < s->tend && tk_is(&c->doc, e, "as")) {
        uint32_t q = e + 1, re;
        if (q + 1 < s->tend && (tk_is(&c->doc, q, "a") || tk_is(&c->doc, q, "an") ||
                                tk_is(&c->doc, q, "its")))
            q++; /* "as a consultant", "as its chief economist" */
        const char *r = role_phrase(c, g, s, q, 0, &re);
        if (r && (re >= s->tend || !(c->doc.toks[re].flags & TOK_WORD) ||
                  WORD_IN(&c->doc, re, pp_words)))
            *role = r;
    }
    return om;
}

/* The office named at token *q after an appointee's name and its "as" or
 * article: up to two lowercase words ("new", "interim", "provisional"), then
 * a title or a role noun in lowercase ("as its leader"). Its role, with *q
 * past it, or NULL. */
static const char *appointee_office(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                    uint32_t *q) {
    const text_doc *d = &c->doc;
    uint32_t k = *q;
    for (int n = 0; n < 2 && k < s->tend && (d->toks[k].flags & TOK_LOWER) &&
                    tag_title_starting_at(c, k) < 0 && !role_noun(c, k);
         n++)
        k++;
    const char *r = title_chain_forward(c, g, &k);
    if (!r && k < s->tend && (d->toks[k].flags & TOK_LOWER) && (r = role_noun(c, k))) k++;
    *q = k;
    return r;
}

/* Token q past "as" or "to be" after an appointee ("named X as its chief",
 * "elected X to be chairman of"). */
static uint32_t past_as(const text_doc *d, const text_sent *s, uint32_t q) {
    if (q < s->tend && tk_is(d, q, "as")) return q + 1;
    if (q + 1 < s->tend && tk_is(d, q, "to") && tk_is(d, q + 1, "be")) return q + 2;
    return q;
}

/* The office given to person mention m right after a verb of appointing or
 * "made", and the organization or country "of" which it is, ending its
 * phrase: "the board appointed X chief executive of Siemens", "the generals
 * made X provisional president of Haiti" (whoever appoints); its mention,
 * with *role, or -1. */
static long appointed_of(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         const char **role) {
    const text_doc *d = &c->doc;
    uint32_t b = c->ments[m].tok, q = b + c->ments[m].ntok;
    /* (past a place's possessive before the name: "elected Ohio's Richard
     * Celeste to be chairman of") */
    if (b >= s->tbeg + 3 && is_apos_s(d, b - 2)) {
        long pm = ment_ending_before(c, b - 2, s->tbeg);
        if (pm >= 0 && !is_person(c, g, (uint32_t)pm)) b = c->ments[pm].tok;
    }
    if (b < s->tbeg + 1 || q + 2 >= s->tend ||
        !(WORD_IN(d, b - 1, appointing_verbs) || tk_is(d, b - 1, "made")))
        return -1;
    return office_of_at(c, g, s, past_as(d, s, q), role);
}

/* The office at token q and the organization or country "of" which it is,
 * ending its phrase: "(the) chief executive of Siemens", "provisional
 * president of Haiti"; its mention, with *role, or -1. */
static long office_of_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q,
                         const char **role) {
    const text_doc *d = &c->doc;
    if (q < s->tend && (tk_is(d, q, "the") || tk_is(d, q, "its"))) q++;
    const char *r = appointee_office(c, g, s, &q);
    if (!r || q + 1 >= s->tend || !tk_is(d, q, "of")) return -1;
    uint32_t p = q + 1 + (q + 2 < s->tend && tk_is(d, q + 1, "the"));
    int32_t om = c->tok_ment[p];
    if (om < 0 || c->ments[om].tok != p || c->ments[om].via == VIA_DEMONYM) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[om].ent]);
    /* (the name ends the phrase: not "of Haiti's army") */
    uint32_t e = p + c->ments[om].ntok;
    if ((kind != KIND_ORG && kind != KIND_COUNTRY) || (e + 1 < s->tend && is_apos_s(d, e)))
        return -1;
    *role = r;
    return om;
}

/* The office person m takes from another or hands on, and whose it is, after
 * "as": "Mark Carney replaced Justin Trudeau as Liberal Party leader" (both:
 * the one replaced in the past is Former), "X, who succeeded Y as chief
 * executive of Siemens". Its organization's or country's mention, with *role
 * and *former, or -1. */
static long succeeded_as(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         const char **role, int *former) {
    const text_doc *d = &c->doc;
    uint32_t b = c->ments[m].tok, q = b + c->ments[m].ntok, as;
    *former = 0;
    if (q + 1 < s->tend && tk_char(d, q, ',') && tk_is(d, q + 1, "who")) q += 2;
    if (q < s->tend && tk_is(d, q, "will")) q++;
    int32_t om = q + 1 < s->tend ? c->tok_ment[q + 1] : -1;
    if (q + 1 < s->tend && WORD_IN(d, q, succession_verbs)) { /* the one who takes it */
        if (om < 0 || c->ments[om].tok != q + 1 || !is_person(c, g, (uint32_t)om)) return -1;
        as = q + 1 + c->ments[om].ntok;
    } else if (b >= s->tbeg + 2 && WORD_IN(d, b - 1, succession_verbs)) { /* the one who left */
        uint32_t v = b - 1; /* (back past "will", or ", who") */
        if (v > s->tbeg + 1 && tk_is(d, v - 1, "will")) v--;
        if (v > s->tbeg + 2 && tk_is(d, v - 1, "who") && tk_char(d, v - 2, ',')) v -= 2;
        long am = ment_ending_before(c, v, s->tbeg);
        if (am < 0 || !is_person(c, g, (uint32_t)am)) return -1;
        *former = tk_is(d, b - 1, "replaced") || tk_is(d, b - 1, "succeeded");
        as = q;
    } else {
        return -1;
    }
    if (as + 2 >= s->tend || !tk_is(d, as, "as")) return -1;
    long org = office_of_at(c, g, s, as + 1, role);
    if (org >= 0) return org;
    /* or the organization's name, maybe a possessive, before the office: "as
     * Liberal Party leader", "as Japan's prime minister", "as Amazon's chief
     * executive" */
    uint32_t p = as + 1 + tk_is(d, as + 1, "the");
    om = p < s->tend ? c->tok_ment[p] : -1;
    if (om < 0 || c->ments[om].tok != p || c->ments[om].via == VIA_DEMONYM) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[om].ent]);
    uint32_t e = p + c->ments[om].ntok;
    if ((kind == KIND_COUNTRY || kind == KIND_ORG) && e + 1 < s->tend && is_apos_s(d, e)) e += 2;
    else if (kind != KIND_ORG) return -1;
    const char *r = appointee_office(c, g, s, &e);
    if (!r || e == p + c->ments[om].ntok ||
        (e < s->tend && (d->toks[e].flags & TOK_WORD) && !ends_employer(d, e)))
        return -1;
    *role = r;
    return om;
}

/* The organization that put person m out of the office his title before the
 * name gives, opening the clause: "Nestle said it had fired Chief Executive
 * Laurent Freixe", "the party ousted its leader X" (the role, to be made
 * Former, in *role). Its mention, or -1. */
static long dismissed_by(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         const char **role) {
    const text_doc *d = &c->doc;
    uint32_t tb = c->ments[m].tok;
    const char *r = title_chain_back(c, g, &tb);
    if (!r || tb < s->tbeg + 2) return -1;
    uint32_t v = tb - 1;
    if (tk_is(d, v, "its") || tk_is(d, v, "the")) v--;
    if (v <= s->tbeg || !(d->toks[v].flags & TOK_LOWER) || !WORD_IN(d, v, dismissal_verbs))
        return -1;
    uint32_t b = v;
    if (b > s->tbeg + 1 && (tk_is(d, b - 1, "has") || tk_is(d, b - 1, "had"))) b--;
    long om = ment_ending_before(c, b, s->tbeg);
    if (om < 0 && b > s->tbeg + 1 && tk_is(d, b - 1, "it"))
        om = sentence_owner(c, g, s, b - 1, b - 1);
    if (om < 0 || tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG) return -1;
    *role = r;
    return om;
}

/* The doer of a verb whose auxiliaries end before token *v: the mention
 * ending there, past the day ("Intel Corp on Wednesday named X", *v moved
 * before it) or a relative clause between commas ("Kering, which owns Gucci,
 * named X"), or for "it" the organization that opens the sentence
 * ("Borg-Warner Corp said it named X president"); or -1. */
static long verb_subject_before(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                uint32_t *v) {
    const text_doc *d = &c->doc;
    if (*v > s->tbeg + 2 && tk_is(d, *v - 2, "on") && WORD_IN(d, *v - 1, said_when)) *v -= 2;
    long m = ment_ending_before(c, *v, s->tbeg);
    if (m < 0 && *v > s->tbeg + 1 && tk_is(d, *v - 1, "it"))
        m = sentence_owner(c, g, s, *v - 1, *v - 1);
    if (m < 0 && *v > s->tbeg + 4 && tk_char(d, *v - 1, ',')) {
        for (uint32_t p = *v - 2; p > s->tbeg + 1 && p + 12 > *v && !tk_char(d, p, ','); p--)
            if (tk_char(d, p - 1, ',') && (tk_is(d, p, "which") || tk_is(d, p, "who"))) {
                m = ment_ending_before(c, p - 1, s->tbeg);
                break;
            }
    }
    return m;
}

/* The organization that gives person m an office: "ORG named X as its (new)
 * chief executive", "the Liberal Democratic Party chose Sanae Takaichi as its
 * leader", "ORG has appointed X chairman", "ORG said it named X president";
 * the role ends the phrase. Returns the organization's mention and sets
 * *role, or -1. */
static long appointed_as(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         const char **role) {
    const text_doc *d = &c->doc;
    uint32_t b = c->ments[m].tok, q = b + c->ments[m].ntok;
    /* the office before the name, in lowercase: "ORG said it appointed
     * president and chief executive officer X to succeed Y" */
    uint32_t tb = b;
    const char *pre = title_chain_back(c, g, &tb);
    while (pre && tb > s->tbeg + 1 && tk_is(d, tb - 1, "and") && title_ending_at(c, tb - 1) >= 0) {
        tb--;
        if (!title_chain_back(c, g, &tb)) break;
    }
    if (pre && tb < b && (d->toks[tb].flags & TOK_LOWER) && tb > s->tbeg + 1 &&
        WORD_IN(d, tb - 1, appointing_verbs))
        b = tb;
    else
        pre = NULL;
    /* or the passive after the name, the organization opening the sentence:
     * "Braintree Savings Bank said X has been named president and chief
     * executive officer" */
    if (!pre && q + 2 < s->tend && b > s->tbeg && tk_is(d, b - 1, "said")) {
        uint32_t v = q;
        if (tk_is(d, v, "has") || tk_is(d, v, "had") || tk_is(d, v, "will")) v++;
        if (v < s->tend && (tk_is(d, v, "been") || tk_is(d, v, "be") || tk_is(d, v, "was") ||
                            tk_is(d, v, "is")))
            v++;
        long ow = v + 1 < s->tend && WORD_IN(d, v, appointing_verbs) && !tk_is(d, v, "hired")
                      ? sentence_owner(c, g, s, b - 1, b - 1)
                      : -1;
        if (ow >= 0 && tag_went_kind(g, &c->ents[c->ments[ow].ent]) == KIND_ORG) {
            uint32_t e = v + 1;
            if (tk_is(d, e, "as") || tk_is(d, e, "to")) e++;
            uint32_t re;
            const char *r = role_phrase(c, g, s, e, 0, &re);
            /* (not another's office: "X has been elected president of DBMS";
             * but "of its hosiery division", "of business development") */
            int other = re + 1 < s->tend && tk_is(d, re, "of") &&
                        !(d->toks[re + 1].flags & TOK_LOWER);
            if (r && !other &&
                (re >= s->tend || !(d->toks[re].flags & TOK_WORD) || WORD_IN(d, re, pp_words) ||
                 tk_is(d, re, "effective"))) {
                *role = r;
                return ow;
            }
        }
    }
    /* past the office he held before, to the verb: "Anthropic hired former
     * Google executive Jane Doe as its chief financial officer" (the office
     * given after "as") */
    if (!pre && b > s->tbeg + 2 && q + 1 < s->tend && tk_is(d, q, "as") &&
        !WORD_IN(d, b - 1, appointing_verbs)) {
        uint32_t t2 = b;
        if (!title_chain_back(c, g, &t2) && (d->toks[b - 1].flags & TOK_LOWER) &&
            role_noun(c, b - 1))
            t2 = b - 1; /* (a role noun: "former Google executive") */
        if (t2 < b) {
            long pm2 = ment_ending_before(c, t2, s->tbeg);
            if (pm2 >= 0 && !is_person(c, g, (uint32_t)pm2)) t2 = c->ments[pm2].tok;
            if (t2 > s->tbeg + 1 && tk_is(d, t2 - 1, "former")) t2--;
            if (t2 > s->tbeg + 1 && WORD_IN(d, t2 - 1, appointing_verbs)) b = t2;
        } else {
            /* (or up to four lowercase words that say who he is: "Intel named
             * semiconductor industry veteran Lip-Bu Tan as its chief
             * executive") */
            uint32_t w = b;
            while (w > s->tbeg + 1 && w + 4 > b && (d->toks[w - 1].flags & TOK_LOWER) &&
                   c->tok_ment[w - 1] < 0 && !(c->cls[w - 1] & W_STOP) &&
                   !WORD_IN(d, w - 1, appointing_verbs))
                w--;
            if (w < b && w > s->tbeg + 1 && WORD_IN(d, w - 1, appointing_verbs)) b = w;
        }
    }
    if (b < s->tbeg + 2 || q + 1 >= s->tend || !WORD_IN(d, b - 1, appointing_verbs))
        return -1;
    uint32_t v = b - 1;
    if (v > s->tbeg + 1 && (tk_is(d, v - 1, "has") || tk_is(d, v - 1, "have"))) v--;
    long om = verb_subject_before(c, g, s, &v);
    /* a country's parliament, cabinet, lawmakers ... name its office's
     * holder: "Nepal's parliament elected X as prime minister" */
    int by_state = 0;
    if (om < 0 && v > s->tbeg + 1 && (d->toks[v - 1].flags & TOK_LOWER) &&
        WORD_IN(d, v - 1, state_nouns)) {
        uint32_t k = v - 1;
        long cm = k >= s->tbeg + 3 && is_apos_s(d, k - 2) ? ment_ending_before(c, k - 2, s->tbeg)
                                                          : ment_ending_before(c, k, s->tbeg);
        if (cm >= 0 && tag_went_kind(g, &c->ents[c->ments[cm].ent]) == KIND_COUNTRY)
            om = cm, by_state = 1;
    }
    if (om < 0) return -1;
    /* a head of state or government who names a minister names his
     * country's: "President Emmanuel Macron reappointed Sebastien Lecornu as
     * prime minister" */
    int by_leader = is_person(c, g, (uint32_t)om);
    if (!by_leader && !by_state && tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG)
        return -1;
    /* one hired works there, in whatever office: "Meta Platforms hired
     * Alexandr Wang, the founder of Scale AI" (no role said) */
    int hired = (tk_is(d, b - 1, "hired") || tk_is(d, b - 1, "poached")) &&
                (tk_char(d, q, ',') || tk_char(d, q, '.') || tk_is(d, q, "from") ||
                 tk_is(d, q, "to") || tk_is(d, q, "in") || tk_is(d, q, "last") ||
                 tk_is(d, q, "this"));
    if (hired && !by_leader && !by_state) {
        *role = NULL;
        return om;
    }
    if (pre) {
        if ((by_leader &&
             (!state_role(pre) || (om = office_country_of(c, g, (uint32_t)om)) < 0)) ||
            (by_state && !state_role(pre)))
            return -1;
        *role = pre;
        return om;
    }
    /* (or none: "Nissan named Ivan Espinosa chief executive"; "promoted X
     * to chief executive") */
    if (tk_is(d, b - 1, "promoted") && tk_is(d, q, "to")) q++;
    else q = past_as(d, s, q);
    if (q < s->tend && (tk_is(d, q, "its") || tk_is(d, q, "their") || tk_is(d, q, "the")))
        q++;
    const char *r = appointee_office(c, g, s, &q);
    /* (the first of two offices: "named X chairman and chief executive
     * officer") */
    while (r && q + 1 < s->tend && tk_is(d, q, "and") && tag_title_starting_at(c, q + 1) >= 0) {
        q++;
        title_chain_forward(c, g, &q);
    }
    if (!r || (q < s->tend && (d->toks[q].flags & TOK_WORD) && !WORD_IN(d, q, pp_words) &&
               !tk_is(d, q, "effective")))
        return -1;
    /* another's office: "as head of X" (but its own part's: "chief executive
     * of its North American operations") */
    if (q < s->tend && tk_is(d, q, "of") &&
        !(q + 1 < s->tend && (tk_is(d, q + 1, "its") || tk_is(d, q + 1, "their"))))
        return -1;
    if ((by_leader && (!state_role(r) || (om = office_country_of(c, g, (uint32_t)om)) < 0)) ||
        (by_state && !state_role(r)))
        return -1;
    *role = r;
    return om;
}

/* Do tokens e and e + 1 make the name that ends before e a modifier of
 * what follows: a glued hyphen and "led", "backed", "brokered" ... ("the
 * Kurdish-led Syrian Democratic Forces", "a U.S.-brokered ceasefire")? */
static int led_by_at(const text_doc *d, const text_sent *s, uint32_t e) {
    return e + 1 < s->tend && glued_hyphen(d, e) && WORD_IN(d, e + 1, led_by_words);
}

/* Can an employer's name end at token e, the word after it ending the noun
 * phrase ("for", "in", "said", "and" ...)? */
static int ends_employer(const text_doc *d, uint32_t e) {
    /* or a verb in the past: "Rahul Gandhi of the Congress party accused" */
    const text_tok *t = &d->toks[e];
    /* ("as": "joined Goldman Sachs as chief economist"; not "as well as",
     * which goes on with a list: "Bill Clinton, the King of Belgium as well
     * as") */
    if (tk_is(d, e, "as") && e + 2 < d->ntoks && tk_is(d, e + 1, "well") && tk_is(d, e + 2, "as"))
        return 0;
    return WORD_IN(d, e, pp_words) || WORD_IN(d, e, after_employer) ||
           (ed_form(d, e) && t->len > 4 && (t->flags & TOK_SPACE)) ||
           /* a time: "who chairs ASEAN this year", "joined Google last week" */
           ((tk_is(d, e, "this") || tk_is(d, e, "last") || tk_is(d, e, "next")) &&
            e + 1 < d->ntoks && WORD_IN(d, e + 1, time_nouns)) ||
           /* "Roger K. Crouch of NASA have been chosen", "X of Y will" */
           ((t->flags & TOK_LOWER) && (WORD_IN(d, e, be_aux) || WORD_IN(d, e, modals) ||
                                       tk_is(d, e, "has") || tk_is(d, e, "have") ||
                                       tk_is(d, e, "had")));
}

/* Does the mention m end a noun phrase here? */
static int ends_phrase(const tag_ctx *c, uint32_t m, const text_sent *s) {
    const text_doc *d = &c->doc;
    uint32_t e = c->ments[m].tok + c->ments[m].ntok;
    if (e >= s->tend) return 1;
    if (is_apos_s(d, e)) return 0;
    if (!(d->toks[e].flags & TOK_WORD)) return !tk_char(d, e, '-') || (d->toks[e].flags & TOK_SPACE);
    /* "the American Federation of Government Employees", "Union Bank of
     * Switzerland", "the Commission on Good Government":
     * we know only the first part of the name */
    if (tk_is(d, e, "of") || tk_is(d, e, "for") || tk_is(d, e, "on")) {
        uint32_t k = e + 1;
        if (k < s->tend && tk_is(d, k, "the")) k++;
        /* (but a day or a month: "X of Siemens on Tuesday") */
        if (k < s->tend && (d->toks[k].flags & TOK_UPPER) && !WORD_IN(d, k, said_when) &&
            !WORD_IN(d, k, month_names))
            return 0;
    }
    /* a paper's or a broadcaster's name and its noun: "of the Evening
     * Standard newspaper,", "a reporter for the Guardian newspaper" */
    uint32_t p = past_media_noun(c, s, e);
    if (p > e && (!(d->toks[p].flags & TOK_WORD) || ends_employer(d, p))) return 1;
    return ends_employer(d, e);
}

/* Does name[0..len) have a word starting with w (lowercase), case aside
 * ("Environmental Protection Agency" and "agency", "Delta Air Lines" and
 * "line")? */
static int name_has_word(const char *name, size_t len, const char *w) {
    size_t n = strlen(w);
    for (size_t i = 0; i + n <= len; i++) {
        unsigned char p = i > 0 ? (unsigned char)name[i - 1] : ' ';
        if ((unsigned)((p | 0x20) - 'a') < 26u || (unsigned)(p - '0') < 10u || p == '\'' ||
            p >= 0x80)
            continue;
        size_t k = 0;
        while (k < n && text_lower[(unsigned char)name[i + k]] == (unsigned char)w[k]) k++;
        if (k == n) return 1;
    }
    return 0;
}

/* Does a noun for a company stand right before some mention of entity ent
 * ("Yorkshire company Shepherds Purse Cheeses", "the retailer Argos")? */
static int noun_calls_firm(const tag_ctx *c, uint32_t ent) {
    for (size_t q = 0; q < c->nments; q++)
        if (c->ments[q].ent == ent && c->ments[q].tok > 0 &&
            tag_firm_noun(&c->doc, c->ments[q].tok - 1))
            return 1;
    return 0;
}

/* May organization mention m be what the noun at token i refers to? A
 * company for "company" and "firm" (the gazetteer's kind, a legal form
 * ending the name, or a noun for a company before a mention: noun_calls_firm),
 * a party for "party", a company or an armed group for
 * "group"; else a name with the noun in it ("the agency": "Environmental
 * Protection Agency", "the bank": "Bank of Japan"). */
static int antecedent_fits(const tag_ctx *c, const gaz_t *g, uint32_t m, uint32_t i) {
    const text_doc *d = &c->doc;
    const tag_mention *mm = &c->ments[m];
    const tag_went *e = &c->ents[mm->ent];
    char w[LIST_WORD_MAX];
    if (!list_word(d, i, w)) return 0;
    int sub = e->gidx >= 0 ? g->ents[e->gidx].sub : SUB_NONE;
    int company = e->gidx >= 0 ? g->ents[e->gidx].company
                               : tag_legal_form(d, mm->tok + mm->ntok - 1) ||
                                     noun_calls_firm(c, mm->ent);
    if (!strcmp(w, "company") || !strcmp(w, "firm")) return company;
    if (!strcmp(w, "group") && (company || sub == SUB_ARMED)) return 1;
    if (!strcmp(w, "party") && sub == SUB_PARTY) return 1;
    if (!strncmp(w, "organi", 6)) w[6] = 0; /* "-isation" and "-ization" alike */
    size_t nlen;
    const char *name = tag_went_name(g, e, &nlen);
    return name_has_word(name, nlen, w) ||
           name_has_word(d->text + mm->start, mm->end - mm->start, w);
}

/* Is mention m the first person or organization named in sentence st (a
 * dateline's agency in brackets aside: "BEIJING (Reuters) - China's Commerce
 * Ministry said"), or its entity's, named before it ("The Philadelphia Stock
 * Exchange (PHLX)")? */
static int leads_sentence(const tag_ctx *c, const gaz_t *g, const text_sent *st, uint32_t m) {
    const text_doc *d = &c->doc;
    for (uint32_t k = st->tbeg; k < c->ments[m].tok; k++) {
        int32_t o = c->tok_ment[k];
        if (o < 0) continue;
        uint32_t e = c->ments[o].tok + c->ments[o].ntok;
        if (k > st->tbeg && tk_char(d, k - 1, '(') && e < st->tend && tk_char(d, e, ')')) {
            k = e - 1;
            continue;
        }
        if (c->ments[o].ent == c->ments[m].ent) return 1;
        int kind = tag_went_kind(g, &c->ents[c->ments[o].ent]);
        if (kind == KIND_ORG || kind == KIND_PERSON) return 0;
        k = c->ments[o].tok + c->ments[o].ntok - 1;
    }
    return 1;
}

/* The organization that "the agency", "the company" ... at token i (an
 * org_nouns word) refers to: the nearest organization mention before it that
 * fits (antecedent_fits), in its sentence or, leading its own (the subject,
 * mostly: not "a division of Reed International PLC"), in one of the two
 * before; or -1. A nearer one that does not fit is passed over ("the company"
 * after "the Justice Department"). */
static long org_antecedent(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t i) {
    const text_doc *d = &c->doc;
    if (!(d->toks[i].flags & TOK_LOWER) || !WORD_IN(d, i, org_nouns)) return -1;
    size_t si = (size_t)(s - d->sents), sj = si;
    uint32_t from = antecedent_from(d, s), k = i;
    long m;
    while ((m = prev_ment(c, &k, from)) >= 0) {
        if (tag_went_kind(g, &c->ents[c->ments[m].ent]) != KIND_ORG) continue;
        while (sj > 0 && d->sents[sj].tbeg > c->ments[m].tok) sj--;
        if (sj != si && !leads_sentence(c, g, &d->sents[sj], (uint32_t)m)) continue;
        if (antecedent_fits(c, g, (uint32_t)m, i)) return m;
    }
    return -1;
}

/* The party "party" at token k refers to (org_antecedent), when its sentence
 * names no other party before k; or -1. */
static long sole_party_antecedent(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                  uint32_t k) {
    long m = org_antecedent(c, g, s, k), x;
    if (m < 0 || !party_went(g, &c->ents[c->ments[m].ent])) return -1;
    for (uint32_t q = k; (x = prev_ment(c, &q, s->tbeg)) >= 0;)
        if (c->ments[x].ent != c->ments[m].ent && party_went(g, &c->ents[c->ments[x].ent]))
            return -1;
    return m;
}

/* The organization a noun for one right before the title at token k refers
 * to ("..., company president Klaus Jacobs said", "bank president Barber
 * Conable"): org_antecedent, when it leads its sentence (else the noun may be
 * another's: "AMC's parent Renault, according to company spokesman X" is
 * AMC's) and the noun opens its phrase (not "central bank president X"); or
 * -1. */
static long title_antecedent(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k) {
    const text_doc *d = &c->doc;
    static const char *const openers[] = {"according", "added", "and", "at", "by", "for",
                                          "from", "of", "said", "says", "the", "to",
                                          "told", "with", "wrote"};
    if (k < s->tbeg + 1) return -1;
    uint32_t i = k - 1;
    if (i > s->tbeg && (d->toks[i - 1].flags & TOK_LOWER)) {
        size_t n = 0;
        while (n < ENT_ARRAY_LEN(openers) && !tk_is(d, i - 1, openers[n])) n++;
        if (n == ENT_ARRAY_LEN(openers)) return -1;
    }
    long m = org_antecedent(c, g, s, i);
    if (m < 0) return -1;
    const text_sent *ms = s;
    while (ms > d->sents && ms->tbeg > c->ments[m].tok) ms--;
    return leads_sentence(c, g, ms, (uint32_t)m) ? m : -1;
}

/* The organization after "of" (maybe "of the") at token q that ends its
 * phrase ("member of the Federal Trade Commission,"), or -1. */
static long body_after_of(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q) {
    const text_doc *d = &c->doc;
    if (q + 1 >= s->tend || !tk_is(d, q, "of")) return -1;
    q += 1 + tk_is(d, q + 1, "the");
    int32_t om = q < s->tend ? c->tok_ment[q] : -1;
    if (om < 0 || c->ments[om].tok != q || is_person(c, g, (uint32_t)om) ||
        tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG)
        return -1;
    uint32_t e = q + c->ments[om].ntok;
    e = past_media_noun(c, s, e);
    return e >= s->tend || tk_char(d, e, ',') || tk_char(d, e, '.') || tk_char(d, e, ';') ? om
                                                                                       : -1;
}

/* Is person mention m of two words or more written after "Justice" or
 * "Justices", or after "and" or a comma that follow such a person after
 * "Justices" ("Justices Sonia Sotomayor and Ketanji Brown Jackson")? */
static int justice_before(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    const text_doc *d = &c->doc;
    uint32_t b = c->ments[m].tok;
    if (c->ments[m].ntok < 2 || b <= s->tbeg) return 0;
    if (tk_is(d, b - 1, "Justice") || tk_is(d, b - 1, "Justices")) return 1;
    if (b < s->tbeg + 3 || !(tk_is(d, b - 1, "and") || tk_char(d, b - 1, ','))) return 0;
    int32_t pm = c->tok_ment[b - 2];
    if (pm < 0 || !is_person(c, g, (uint32_t)pm)) return 0;
    uint32_t pb = c->ments[pm].tok;
    return pb > s->tbeg && tk_is(d, pb - 1, "Justices");
}

/* The court of a judge's title with no court said ("The Supreme Court heard
 * the case. Chief Justice John Roberts ..."): the nearest court named before
 * person mention m, in its sentence or the two before, an organization whose
 * name has the word "Court"; or -1. */
static long court_before(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                         const char *role) {
    static const char *const judges[] = {"Judge", "Justice"};
    if (!tag_role_ends_in(role, judges, ENT_ARRAY_LEN(judges))) return -1;
    const text_doc *d = &c->doc;
    uint32_t from = (s - d->sents >= 2 ? s - 2 : d->sents)->tbeg;
    for (long k = (long)m - 1; k >= 0 && c->ments[k].tok >= from; k--) {
        const tag_went *w = &c->ents[c->ments[k].ent];
        if (tag_went_kind(g, w) != KIND_ORG) continue;
        size_t n;
        const char *name = tag_went_name(g, w, &n);
        for (size_t q = 0; q + 5 <= n; q++)
            if (!memcmp(name + q, "Court", 5) && (q == 0 || name[q - 1] == ' ')) return k;
    }
    return -1;
}

/* The company that leads sentence ps, before a comma and a lowercase word
 * ("Shares of Novo Nordisk fell", "The Bank of Korea kept"; for a governor,
 * a bank); -1 when none does (another organization may lead it: "The Fair
 * Trade Commission fined the company" still speaks of the one before), -2
 * when a person or a capitalized word nobody recognised leads it. */
static long leading_company(const tag_ctx *c, const gaz_t *g, const text_sent *ps, int governor) {
    const text_doc *d = &c->doc;
    int paren = 0;
    /* (a sentence whose subject stands for the company, "The company also
     * said it had appointed Coopers and Lybrand as its auditors", "It said",
     * names another after it, if any: none leads it) */
    if (ps->tbeg + 2 < ps->tend &&
        (tk_is(d, ps->tbeg, "It") ||
         (tk_is(d, ps->tbeg, "The") && (d->toks[ps->tbeg + 1].flags & TOK_LOWER) &&
          WORD_IN(d, ps->tbeg + 1, org_nouns))))
        return -1;
    for (uint32_t q = ps->tbeg; q < ps->tend; q++) {
        int32_t m = c->tok_ment[q];
        /* (the dateline's "(Reuters)" aside; a capitalized word nobody
         * recognised may be the company: "During the year WPP bought ...") */
        paren += tk_char(d, q, '(') - tk_char(d, q, ')');
        if (paren > 0) continue;
        if (m < 0) {
            const text_tok *t = &d->toks[q];
            /* (after a dateline's dash a word opens the text: "COPENHAGEN -
             * Shares of X fell") */
            int opens = text_opens_clause(d, q);
            if ((t->flags & TOK_UPPER) && !(c->cls[q] & W_STOP) &&
                (!opens || ((t->flags & TOK_ALLCAPS) && t->len > 1)))
                return -2;
            /* (past a comma before a lowercase word, a company is no longer
             * what the sentence is about: "Shares of the chipmaker rose 4%,
             * lifting Advanced Micro Devices"; but "In a statement, Fannie
             * Mae said") */
            if (tk_char(d, q, ',') && q + 1 < ps->tend && (d->toks[q + 1].flags & TOK_LOWER))
                return -1;
            continue;
        }
        const tag_went *e = &c->ents[c->ments[m].ent];
        int kind = tag_went_kind(g, e);
        if (kind == KIND_PERSON) return -2;
        if (kind != KIND_ORG) {
            q = c->ments[m].tok + c->ments[m].ntok - 1;
            continue;
        }
        uint32_t b = c->ments[m].tok;
        if (governor) {
            size_t nlen;
            const char *name = tag_went_name(g, e, &nlen);
            /* (a bank's, or the Federal Reserve's: "The Federal Reserve cut
             * rates ... Governor Stephen Miran dissented") */
            return name_has_word(name, nlen, "bank") || name_has_word(name, nlen, "reserve")
                       ? m
                       : -1;
        }
        int company = e->gidx >= 0 ? g->ents[e->gidx].company
                                   : tag_legal_form(d, b + c->ments[m].ntok - 1) ||
                                         /* "Shares of Novo Nordisk fell ..." */
                                         (b >= ps->tbeg + 2 && tk_is(d, b - 1, "of") &&
                                          (tk_is(d, b - 2, "shares") || tk_is(d, b - 2, "stock")));
        /* (two companies leading it speak of neither alone: "Amazon and
         * Google are among Anthropic's largest investors. Chief Executive
         * Dario Amodei said" is Anthropic's) */
        uint32_t a = b + c->ments[m].ntok;
        if (company && a + 1 < ps->tend && (tk_is(d, a, "and") || tk_char(d, a, ',')) &&
            c->tok_ment[a + 1] >= 0 &&
            tag_went_kind(g, &c->ents[c->ments[c->tok_ment[a + 1]].ent]) == KIND_ORG)
            return -1;
        return company ? m : -1;
    }
    return -1;
}

/* Does the quotation that ends before token k of sentence s open in a
 * sentence before (an odd number of double quotation marks before k: "\"BT
 * has been challenged ... field. The scenario now is ...,\" chief executive
 * X said", whose sentence before is the quotation's)? */
static int quote_opened_before(const text_doc *d, const text_sent *s, uint32_t k) {
    unsigned n = 0;
    for (uint32_t q = s->tbeg; q < k; q++) n += (unsigned)tag_dquote(d, q);
    return n % 2 == 1;
}

/* Does sentence s name an organization, but a news medium ("told Reuters")? */
static int sentence_names_org(const tag_ctx *c, const gaz_t *g, const text_sent *s) {
    for (uint32_t k = s->tbeg; k < s->tend; k++) {
        int32_t m = c->tok_ment[k];
        const tag_went *w = m >= 0 ? &c->ents[c->ments[m].ent] : NULL;
        if (w && tag_went_kind(g, w) == KIND_ORG &&
            !(w->gidx >= 0 && tag_media_entity(&g->ents[w->gidx])))
            return 1;
    }
    return 0;
}

/* The company a sentence that opens with an officer's title and name speaks
 * of ("Chief Executive Jensen Huang said the company ..."): the company that
 * leads the sentence before, or the one before that when the sentence before
 * is about none ("Nvidia forecast ... Shares of the chipmaker rose ... Chief
 * Financial Officer Colette Kress said"), or -1. (And a bank's governor: "The
 * Bank of Korea kept its rate at 2.50%. Governor Rhee Chang-yong said ...").
 * unknown: the person is one the gazetteer does not know. */
static long company_of_officer(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                               const char *role, int unknown) {
    const text_doc *d = &c->doc;
    int governor = !strcmp(role, "Governor");
    /* (a chairman or a spokesman too, one the gazetteer does not know, whose
     * office a company gives more often than a state: "Chairman James Baker said
     * 1987 quarterly comparisons will not conform"; not "Chairman Mao") */
    int chair = unknown && (!strcmp(role, "Chairman") || !strcmp(role, "Chairwoman") ||
                            !strncmp(role, "Spokes", 6));
    if ((!tag_officer_role(role) && !governor && !chair) || s == d->sents) return -1;
    long m = leading_company(c, g, s - 1, governor);
    if (m == -1 && s - 1 > d->sents) m = leading_company(c, g, s - 2, governor);
    return m >= 0 ? m : -1;
}

/* The company that leads sentence s (leading_company) and is the only
 * organization it names, but a news medium, for an officer's title at token
 * k inside it after a lowercase word ("Tesla shareholders approved a pay
 * package for Chief Executive Elon Musk"), or -1. */
static long sole_company_of_officer(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                    uint32_t k, const char *role) {
    const text_doc *d = &c->doc;
    if (k <= s->tbeg || !(d->toks[k - 1].flags & TOK_LOWER) || !tag_officer_role(role))
        return -1;
    long lm = leading_company(c, g, s, 0);
    if (lm < 0 || c->ments[lm].tok >= k) return -1;
    for (uint32_t q = s->tbeg; q < s->tend; q++) {
        int32_t m = c->tok_ment[q];
        const tag_went *w = m >= 0 ? &c->ents[c->ments[m].ent] : NULL;
        if (w && c->ments[m].ent != c->ments[lm].ent && tag_went_kind(g, w) == KIND_ORG &&
            !(w->gidx >= 0 && tag_media_entity(&g->ents[w->gidx])))
            return -1;
    }
    return lm;
}

/* A party at token q, maybe after up to four words that qualify it ("ruling",
 * "far-right", "conservative"): its mention, or -1. A party is the gazetteer's,
 * or an organization found with "Party" in its name. */
static long qualified_party_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q) {
    const text_doc *d = &c->doc;
    uint32_t p = q;
    while (p < s->tend && p < q + 4 && c->tok_ment[p] < 0 &&
           (WORD_IN(d, p, party_modifiers) || glued_hyphen(d, p) ||
            ((d->toks[p].flags & TOK_LOWER) && adjective_like(d, p) && !ed_form(d, p))))
        p++;
    int32_t pm = p < s->tend ? c->tok_ment[p] : -1;
    if (pm < 0 || c->ments[pm].tok != p) return -1;
    const tag_went *w = &c->ents[c->ments[pm].ent];
    int party = party_went(g, w);
    for (uint32_t k = p; !party && w->gidx < 0 && k < p + c->ments[pm].ntok; k++)
        party = tk_is(d, k, "Party");
    return party ? pm : -1;
}

/* The party named right before "of" and person m: "the Kurdistan Democratic
 * Party of Masoud Barzani", "the centrist D66 party of Rob Jetten" (its name,
 * maybe "party" or "movement" after it); his, no role said; or -1. */
static long party_of_person(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    const text_doc *d = &c->doc;
    uint32_t k = c->ments[m].tok;
    if (c->ments[m].ntok < 2 || k < s->tbeg + 2 || !tk_is(d, k - 1, "of")) return -1;
    uint32_t e = k - 1; /* the party's name ends before e */
    if (e > s->tbeg + 1 && (tk_is(d, e - 1, "party") || tk_is(d, e - 1, "movement"))) e--;
    long pm = ment_ending_before(c, e, s->tbeg);
    if (pm < 0 || c->ments[pm].via == VIA_DEMONYM) return -1;
    return party_went(g, &c->ents[c->ments[pm].ent]) ? pm : -1;
}

/* The organization person m's possessive (or ", whose") names: "Elon Musk's
 * SpaceX", "Warren Buffett's Berkshire Hathaway" (his, no role said), or -1. */
static long possessed_org(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    const text_doc *d = &c->doc;
    uint32_t e = c->ments[m].tok + c->ments[m].ntok;
    /* ", whose" stands for the possessive: "Nigel Farage, whose Reform UK
     * party leads" */
    int whose = e + 2 < s->tend && tk_char(d, e, ',') && tk_is(d, e + 1, "whose");
    /* a party, maybe after lowercase words that qualify it: "Rob Jetten's
     * centrist D66 party", "Geert Wilders' far-right Party for Freedom",
     * "Modi's ruling BJP" */
    uint32_t pq = e + 2 < s->tend && (is_apos_s(d, e) || whose) ? e + 2
                  : e + 1 < s->tend && tk_char(d, e, '\'') && !(d->toks[e].flags & TOK_SPACE) &&
                          d->text[d->toks[e - 1].end - 1] == 's'
                      ? e + 1
                      : 0;
    long pm = pq ? qualified_party_at(c, g, s, pq) : -1;
    if (pm >= 0) return pm;
    if (e + 2 >= s->tend || !(is_apos_s(d, e) || whose)) return -1;
    /* the organization right after "'s", or after lowercase words that end
     * with a kind of company: "Elon Musk's artificial intelligence startup
     * xAI", "Warren Buffett's conglomerate Berkshire Hathaway" */
    uint32_t at = e + 2;
    /* (a name in camel case is no lowercase word: "Elon Musk's xAI sued") */
    if ((d->toks[at].flags & TOK_LOWER) && c->tok_ment[at] < 0) {
        uint32_t q = at;
        while (q < s->tend && q < at + 4 && c->tok_ment[q] < 0 &&
               (d->toks[q].flags & (TOK_WORD | TOK_LOWER)) == (TOK_WORD | TOK_LOWER)) {
            if (tk_is(d, q, "parent")) return -1; /* ("X's parent company Y" owns X) */
            q++;
        }
        if (q >= s->tend) return -1;
        /* (or a body's noun and the name in apposition: "Imran Khan's party,
         * Pakistan Tehreek-e-Insaf,", "al-Sharaa's group, Hayat Tahrir
         * al-Sham,") */
        int appos = q + 2 < s->tend && tk_char(d, q, ',') && WORD_IN(d, q - 1, member_bodies);
        if (!appos && !(WORD_IN(d, q - 1, company_kinds) || tk_is(d, q - 1, "startup")))
            return -1;
        at = q + appos;
        if (appos) {
            long am = phrase_mention_at(c, s, at);
            uint32_t ae = am >= 0 ? c->ments[am].tok + c->ments[am].ntok : 0;
            return am >= 0 && ae < s->tend && tk_char(d, ae, ',') &&
                           tag_went_kind(g, &c->ents[c->ments[am].ent]) == KIND_ORG
                       ? am
                       : -1;
        }
    }
    long om = phrase_mention_at(c, s, at);
    if (om < 0) {
        /* or a verb follows the organization: "Elon Musk's SpaceX launched",
         * "... Equinor would" (not a noun: "Musk's Tesla shares") */
        om = c->tok_ment[at];
        uint32_t q = om >= 0 ? c->ments[om].tok + c->ments[om].ntok : at;
        if (om < 0 || c->ments[om].tok != at || q >= s->tend ||
            !(d->toks[q].flags & TOK_LOWER) || inside_longer_name(c, (uint32_t)om, s->tbeg) ||
            !(WORD_IN(d, q, be_aux) || WORD_IN(d, q, modals) || ed_form(d, q)))
            return -1;
    }
    if (tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG) return -1;
    return om;
}

/* The party person m, the subject of sentence s, calls his or hers later in
 * it: "his" or "her", maybe "own", then the party, maybe after words that
 * qualify it ("Geert Wilders pulled his Freedom Party out of the
 * coalition"; qualified_party_at), with no other person named between; or
 * -1. (The subject is asked last: few sentences have such a party.) */
static long own_party(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    const text_doc *d = &c->doc;
    for (uint32_t k = c->ments[m].tok + c->ments[m].ntok; k + 1 < s->tend; k++) {
        int32_t om = c->tok_ment[k];
        if (om >= 0 && is_person(c, g, (uint32_t)om)) return -1;
        if (!tk_is(d, k, "his") && !tk_is(d, k, "her")) continue;
        uint32_t q = k + 1 + (k + 2 < s->tend && tk_is(d, k + 1, "own"));
        long pm = qualified_party_at(c, g, s, q);
        return pm >= 0 && subject_person(c, g, s) == (long)m ? pm : -1;
    }
    return -1;
}

/* The end of "sovereign wealth fund", "bond department" at token k (after an
 * owner's possessive): up to four lowercase words, no superlative ("Germany's
 * largest bank" is a bank of its own), the last naming a body (org_nouns),
 * ending the phrase. Returns the token after them, or 0. */
static uint32_t body_words_end(const tag_ctx *c, const text_sent *s, uint32_t k) {
    const text_doc *d = &c->doc;
    uint32_t e = k;
    while (e < s->tend && e < k + 4 && c->tok_ment[e] < 0 &&
           (d->toks[e].flags & (TOK_WORD | TOK_LOWER)) == (TOK_WORD | TOK_LOWER) &&
           !(c->cls[e] & W_STOP)) {
        const text_tok *t = &d->toks[e];
        if (t->len > 5 && !memcmp(d->text + t->end - 3, "est", 3)) return 0;
        e++;
    }
    if (e == k || !WORD_IN(d, e - 1, org_nouns)) return 0;
    if (e < s->tend && (d->toks[e].flags & TOK_WORD) && !ends_employer(d, e)) return 0;
    if (e < s->tend && (is_apos_s(d, e) || glued_hyphen(d, e))) return 0;
    return e;
}

/* "Russia's sovereign wealth fund", "Iran's atomic energy agency" at token q:
 * a country or an organization, its possessive and the words of one of its
 * bodies (body_words_end): the owner's mention (the head of the body works
 * for it; find_affiliations names the body in the role); the organization
 * named after the possessive ("Ukraine's National Security and Defense
 * Council") or in apposition ("Germany's central bank, the Bundesbank"); or
 * -1. */
static long body_owner_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q) {
    const text_doc *d = &c->doc;
    int32_t m = q < s->tend ? c->tok_ment[q] : -1;
    if (m < 0 || c->ments[m].tok != q || c->ments[m].via == VIA_DEMONYM) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
    if (kind != KIND_COUNTRY && kind != KIND_ORG) return -1;
    uint32_t k = q + c->ments[m].ntok;
    if (k + 2 >= s->tend || !is_apos_s(d, k)) return -1;
    k += 2;
    long bm = phrase_mention_at(c, s, k);
    if (bm >= 0) return tag_went_kind(g, &c->ents[c->ments[bm].ent]) == KIND_ORG ? bm : -1;
    uint32_t e = body_words_end(c, s, k);
    if (!e) return -1;
    if (e + 1 < s->tend && tk_char(d, e, ',')) {
        uint32_t a = e + 1 + (e + 2 < s->tend && tk_is(d, e + 1, "the"));
        long am = phrase_mention_at(c, s, a);
        if (am >= 0 && tag_went_kind(g, &c->ents[c->ments[am].ent]) == KIND_ORG) return am;
    }
    return m;
}

/* The role of the head of a body its owner's possessive names before
 * (body_words_end), the body's words capitalized before the role: "Sovereign
 * Wealth Fund Head", "Central Bank President" (not the state's president).
 * Returns role unchanged when the owner's mention org is not so followed, or
 * NULL when out of memory. */
static const char *body_role(tag_ctx *c, const text_sent *s, uint32_t org, const char *role) {
    const text_doc *d = &c->doc;
    uint32_t k = c->ments[org].tok + c->ments[org].ntok, e;
    if (!role || k + 2 >= s->tend || !is_apos_s(d, k) || !(e = body_words_end(c, s, k + 2)))
        return role;
    size_t rl = strlen(role), n = rl + 1;
    for (uint32_t q = k + 2; q < e; q++) n += d->toks[q].len + 1;
    char *r = arena_alloc(c->arena, n), *w = r;
    if (!r) return NULL;
    for (uint32_t q = k + 2; q < e; q++) {
        memcpy(w, d->text + d->toks[q].start, d->toks[q].len);
        if (w[0] >= 'a' && w[0] <= 'z') w[0] = (char)(w[0] - 'a' + 'A');
        w += d->toks[q].len;
        *w++ = ' ';
    }
    memcpy(w, role, rl + 1);
    return r;
}

/* Is token e, in lowercase, the head of the name of a state's body
 * ("government", "army", "ministry", "forces", "embassy", "consulate",
 * "judiciary"; employer_after)? */
static int state_body_head(const text_doc *d, uint32_t e) {
    return tk_is(d, e, "government") || tk_is(d, e, "army") || tk_is(d, e, "military") ||
           tk_is(d, e, "navy") || tk_is(d, e, "police") || tk_is(d, e, "cabinet") ||
           tk_is(d, e, "ministry") || tk_is(d, e, "forces") || tk_is(d, e, "embassy") ||
           tk_is(d, e, "consulate") || tk_is(d, e, "judiciary");
}

/* Is the role a job held at a firm or a school, which "at" its employer
 * follows ("Analyst X at Y", "Professor X at Y")? */
static int employee_role(const char *role) {
    static const char *const jobs[] = {"Analyst",    "Consultant", "Economist", "Fellow",
                                       "Lecturer",   "Professor",  "Researcher", "Scientist",
                                       "Strategist", "Trader"};
    return tag_role_ends_in(role, jobs, ENT_ARRAY_LEN(jobs));
}

/* The employer after a role phrase ending at token q: "... for / at / with (the)
 * ORG" or "... of (the) ORG, COUNTRY or place", with an optional "of", "for"
 * or "on" phrase between ("vice president of daytime programs for ORG",
 * "senior advisor on mobile media at ORG"). Returns the mention or
 * -1. "to" is left out: an envoy or a representative to a country serves
 * another. */
static long employer_after(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q) {
    const text_doc *d = &c->doc;
    int of0 = q + 1 < s->tend && tk_is(d, q, "of");
    if (of0 || (q + 2 < s->tend && (tk_is(d, q, "for") || tk_is(d, q, "on")))) {
        uint32_t k = q + 1, n = 0;
        if (of0 && tk_is(d, k, "the")) k++;
        /* (hyphens glued in the words: "professor of e-democracy at") */
        /* ("vice president for development of new products at": "of"
         * inside the phrase too) */
        while (k < s->tend && n < 5 && c->tok_ment[k] < 0 &&
               (((d->toks[k].flags & TOK_LOWER) &&
                 (!(c->cls[k] & W_STOP) || tk_is(d, k, "and") ||
                  (n && tk_is(d, k, "of") && !tk_is(d, k - 1, "board")))) ||
                (n && glued_hyphen(d, k))))
            k++, n++;
        /* "of research at ...", "for health at ...", "chairman of the board
         * of ..." */
        if (n && k < s->tend &&
            ((of0 && tk_is(d, k, "for")) || tk_is(d, k, "at") || tk_is(d, k, "with") ||
             (of0 && tk_is(d, k, "of") && tk_is(d, k - 1, "board"))))
            q = k;
    }
    if (q + 1 >= s->tend) return -1;
    int of = tk_is(d, q, "of");
    if (!of && !tk_is(d, q, "for") && !tk_is(d, q, "at") && !tk_is(d, q, "with")) return -1;
    q++;
    if (q + 1 < s->tend && tk_is(d, q, "both")) q++; /* "chairman of both X and Y" */
    int the = q < s->tend && tk_is(d, q, "the");
    q += (uint32_t)the;
    /* (a wire's angle bracket opening the name: "president of <Acme Inc>,") */
    if (!the && q + 1 < s->tend && tk_char(d, q, '<') && c->tok_ment[q + 1] >= 0) q++;
    /* a party after words that qualify it: "leader of the conservative People's
     * Party", "president of the far-right National Rally" (as possessed_org) */
    long qp;
    if (of && (qp = qualified_party_at(c, g, s, q)) >= 0) q = c->ments[qp].tok;
    /* a place that qualifies the employer: "a director at the
     * California-based Institute for the Future" */
    int32_t qm = q < s->tend ? c->tok_ment[q] : -1;
    if (qm >= 0 && c->ments[qm].tok == q && led_by_at(d, s, q + c->ments[qm].ntok) &&
        tag_went_kind(g, &c->ents[c->ments[qm].ent]) != KIND_ORG)
        q += c->ments[qm].ntok + 2;
    /* a noun for its kind of company before the name, with its modifiers:
     * "vice president of anti-piracy firm Overpeer", "director of
     * Sheffield-based consulting group MEPS"; or of party: "leader of the
     * Irish party Fianna Fail" */
    for (uint32_t j = q; j + 1 < s->tend && j < q + 6; j++) {
        if ((d->toks[j].flags & TOK_LOWER) &&
            (WORD_IN(d, j, company_kinds) || tag_firm_noun(d, j) || tk_is(d, j, "party") ||
             tk_is(d, j, "movement") || tk_is(d, j, "union"))) {
            int32_t fm = c->tok_ment[j + 1];
            if (j > q && fm >= 0 && c->ments[fm].tok == j + 1) q = j + 1;
            break;
        }
        int32_t jm = c->tok_ment[j];
        /* (an unknown acronym among the modifiers: "head of MMS firm Adamind") */
        if (!(d->toks[j].flags & TOK_LOWER) && !glued_hyphen(d, j) &&
            !(jm >= 0 && !is_person(c, g, (uint32_t)jm) &&
              tag_went_kind(g, &c->ents[c->ments[jm].ent]) != KIND_ORG) &&
            !(jm < 0 && (d->toks[j].flags & (TOK_ALLCAPS | TOK_DIGIT)) == TOK_ALLCAPS))
            break;
    }
    if (the) q = past_org_modifiers(c, g, s, q); /* "of the ruling LDP" */
    int32_t m = q < s->tend ? c->tok_ment[q] : -1;
    /* a place's possessive before the employer: "chief oil analyst with
     * London's Kleinwort Grieveson Securities" */
    if (m >= 0 && c->ments[m].tok == q && c->ments[m].via != VIA_DEMONYM) {
        uint32_t e = q + c->ments[m].ntok;
        int pk = tag_went_kind(g, &c->ents[c->ments[m].ent]);
        int32_t om = e + 2 < s->tend ? c->tok_ment[e + 2] : -1;
        if ((pk == KIND_COUNTRY || pk == KIND_LOCATION) && is_apos_s(d, e) && om >= 0 &&
            c->ments[om].tok == e + 2 && tag_went_kind(g, &c->ents[c->ments[om].ent]) == KIND_ORG)
            q = e + 2, m = om;
    }
    /* "a spokeswoman for the agency", "chief executive of the company", the
     * noun ending the phrase */
    if (m < 0 && the && q < s->tend &&
        (q + 1 == s->tend || (!(d->toks[q + 1].flags & TOK_WORD) && !tk_char(d, q + 1, '\'') &&
                              !glued_hyphen(d, q + 1)) ||
         ends_employer(d, q + 1)))
        return org_antecedent(c, g, s, q);
    long pm = phrase_mention_at(c, s, q);
    if (pm < 0 && of) pm = body_owner_at(c, g, s, q);
    /* a people's adjective before its state's body, ending the phrase, is
     * the country: "a spokesman for the Nigerian army", "an adviser to the
     * Iraqi government" */
    int state_body = 0;
    if (pm < 0 && m >= 0 && c->ments[m].tok == q) {
        uint32_t e = q + c->ments[m].ntok;
        /* (or its country's possessive: "a spokeswoman for Russia's foreign
         * ministry") */
        if (c->ments[m].via != VIA_DEMONYM && tag_went_kind(g, &c->ents[c->ments[m].ent]) ==
                                                  KIND_COUNTRY && is_apos_s(d, e))
            e += 2;
        else if (c->ments[m].via != VIA_DEMONYM)
            e = s->tend;
        /* (one word of the body's kind before it: "the Russian foreign
         * ministry", "the Israeli armed forces") */
        if (e + 1 < s->tend && (d->toks[e].flags & TOK_LOWER) && !(c->cls[e] & W_STOP) &&
            state_body_head(d, e + 1))
            e++;
        state_body = e < s->tend && state_body_head(d, e) &&
                     (e + 1 >= s->tend || !(d->toks[e + 1].flags & TOK_WORD) ||
                      ends_employer(d, e + 1));
        if (state_body) pm = m;
    }
    /* an organization's part: "director of the Bundesbank's division of
     * banking law", "head of the company's research unit" (its owner); or
     * the organization before its kind: "of the smaller Rollei company" */
    if (pm < 0 && m >= 0 && c->ments[m].tok == q &&
        tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_ORG &&
        !inside_longer_name(c, (uint32_t)m, s->tbeg)) {
        uint32_t e = q + c->ments[m].ntok;
        if ((e + 2 < s->tend && is_apos_s(d, e) && (d->toks[e + 2].flags & TOK_LOWER) &&
             !(c->cls[e + 2] & W_STOP)) ||
            org_before_kind(c, g, s, q) >= 0 || unit_after_possessive(c, s, e))
            pm = m;
    }
    if (pm < 0) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[pm].ent]);
    /* "a lawyer for Iran", "director for Europe": what the role is about */
    if (kind != KIND_ORG && !state_body && !(of && (kind == KIND_COUNTRY || kind == KIND_LOCATION)))
        return -1;
    return pm;
}

/* The person a role phrase from token e leads to before the clause goes on (a
 * comma, "and", the sentence's end): "petroleum minister Mani Shankar Aiyar".
 * Returns the mention, -2 for a title met first when titles count, or -1. */
static long person_in_phrase(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t e,
                             int titles) {
    const text_doc *d = &c->doc;
    for (uint32_t j = e; j < s->tend && j < e + 8; j++) {
        /* (the phrase ends there, and at a relative clause: "a former Yale
         * University law professor who became a judge") */
        if (tk_char(d, j, ',') || tk_char(d, j, ';') || tk_char(d, j, '.') || tk_is(d, j, "and") ||
            tk_is(d, j, "who") || tk_is(d, j, "whom") || tk_is(d, j, "whose") ||
            tk_is(d, j, "which"))
            return -1;
        if (titles && tag_title_starting_at(c, j) >= 0) return -2;
        int32_t pm = c->tok_ment[j];
        if (pm >= 0 && is_person(c, g, (uint32_t)pm)) return pm;
    }
    return -1;
}

/* Does a person, or a title, follow the role phrase that ends before token e,
 * before the clause goes on? Then the phrase is that person's ("X, Syria's
 * intelligence chief in Lebanon Brigadier Y and Z" lists three people). */
static int person_follows(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t e) {
    return person_in_phrase(c, g, s, e, 1) != -1;
}

/* Heads of a role phrase that are an office only after an organization's or
 * a country's possessive ("the EU's top diplomat", "Syria's ruler"): alone, a
 * diplomat or a ruler may be anyone's. */
static const struct role_noun possessed_heads[] = {
    {"chair", "Chair"}, {"diplomat", "Diplomat"}, {"ruler", "Ruler"}, {"strongman", "Strongman"}};

/* One of possessed_heads at token k, maybe after a lowercase modifier or two
 * ("top", "chief"): its role, with *end after it; or NULL. */
static const char *possessed_head(const tag_ctx *c, const text_sent *s, uint32_t k,
                                  uint32_t *end) {
    const text_doc *d = &c->doc;
    for (uint32_t j = k; j < s->tend && j < k + 3; j++) {
        if (!(d->toks[j].flags & TOK_LOWER) || c->tok_ment[j] >= 0) return NULL;
        for (size_t n = 0; n < ENT_ARRAY_LEN(possessed_heads); n++)
            if (tk_is(d, j, possessed_heads[n].w)) {
                *end = j + 1;
                return possessed_heads[n].role;
            }
        if (c->cls[j] & W_STOP) return NULL;
    }
    return NULL;
}

/* "ORG's [modifiers] ROLE" at token q, ending a phrase: the organization, or -1. */
static long possessive_role(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q,
                            const char **role) {
    const text_doc *d = &c->doc;
    int32_t m = q < s->tend ? c->tok_ment[q] : -1;
    if (m < 0 || c->ments[m].tok != q) return -1;
    uint32_t k = q + c->ments[m].ntok, e;
    if (k + 1 >= s->tend || inside_longer_name(c, (uint32_t)m, s->tbeg)) return -1;
    /* "Iran's foreign minister", or without the possessive "a Reuters
     * correspondent", "the Nigerian oil minister"; a person's aide is his
     * country's ("X, Trump's senior adviser for Africa,": office_country_of) */
    int bare = !is_apos_s(d, k), person = is_person(c, g, (uint32_t)m);
    if (person && bare) return -1;
    /* (past the period of an abbreviated legal form: "a Hertz Corp.
     * spokesman") */
    if (bare && tk_char(d, k, '.') && !(d->toks[k].flags & TOK_SPACE) && tag_legal_form(d, k - 1))
        k++;
    if (!bare) k += 2;
    else if (!(d->toks[k].flags & TOK_LOWER)) return -1;
    /* (past the place an organization's office is for: "E&Y's UK head of
     * tax", "HSBC's Asia chief executive") */
    int32_t pl = !bare && k + 1 < s->tend ? c->tok_ment[k] : -1;
    if (pl >= 0 && c->ments[pl].tok == k && !person &&
        tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_ORG) {
        int pk = tag_went_kind(g, &c->ents[c->ments[pl].ent]);
        if (pk == KIND_COUNTRY || pk == KIND_LOCATION) k += c->ments[pl].ntok;
    }
    const char *r = k < s->tend ? role_phrase(c, g, s, k, 1, &e) : NULL;
    if (!r && !bare) r = possessed_head(c, s, k, &e); /* "the EU's top diplomat" */
    if (!r) return -1;
    if (bare) {
        /* a place there says where, not for whom ("a Boston dermatologist",
         * "a Houston lawyer for Pennzoil"); a country only holds an office
         * ("a Mexican newspaper owner", "UK economist at RBS") */
        int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
        /* (but in a text about team sports a country or a place names its
         * team before a role in it: "sacked as Scotland manager") */
        int team = c->sports && (kind == KIND_COUNTRY || kind == KIND_LOCATION) &&
                   WORD_IN(d, e - 1, team_roles) &&
                   !(e < s->tend && (tk_is(d, e, "of") || tk_is(d, e, "at") ||
                                     tk_is(d, e, "for") || tk_is(d, e, "with")));
        if (kind != KIND_ORG && !team &&
            (kind != KIND_COUNTRY || role_noun(c, e - 1) ||
             (e < s->tend && (tk_is(d, e, "of") || tk_is(d, e, "at") || tk_is(d, e, "for") ||
                              tk_is(d, e, "with")))))
            return -1;
    }
    /* the head ends the phrase: "Iran's ambassador to Britain", not "Iran's
     * foreign minister's aide" */
    if (e < s->tend && (d->toks[e].flags & TOK_WORD) && !ends_employer(d, e)) return -1;
    if (e < s->tend && (is_apos_s(d, e) || glued_hyphen(d, e)))
        return -1;
    if (person_follows(c, g, s, e)) return -1;
    if (person && (!aide_role(r) || (m = (int32_t)office_country_of(c, g, (uint32_t)m)) < 0))
        return -1;
    *role = r;
    return m;
}

/* The end of a portfolio in lowercase after a role that ends before token e
 * and closes its apposition there: "for" and up to three lowercase words
 * ("the commission's executive vice president for competition,"); else e. */
static uint32_t past_portfolio(const tag_ctx *c, const text_sent *s, uint32_t e) {
    const text_doc *d = &c->doc;
    if (e + 1 >= s->tend || !tk_is(d, e, "for")) return e;
    uint32_t k = e + 1;
    while (k < s->tend && k < e + 4 && (d->toks[k].flags & TOK_LOWER) &&
           (!(c->cls[k] & W_STOP) || tk_is(d, k, "and")))
        k++;
    return k > e + 1 && appos_closes(d, s, k) ? k : e;
}

/* "a company official", "the bank's chief economist", "an agency
 * spokeswoman": a noun for an organization named before (org_antecedent), then
 * a role phrase that ends the apposition. Returns the organization or -1. */
static long anaphoric_role(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q,
                           const char **role) {
    const text_doc *d = &c->doc;
    if (q + 1 >= s->tend || c->tok_ment[q] >= 0 || !WORD_IN(d, q, org_nouns)) return -1;
    uint32_t k = q + 1, e;
    if (k + 1 < s->tend && is_apos_s(d, k)) k += 2;
    const char *r = role_phrase(c, g, s, k, 0, &e);
    if (r) e = past_portfolio(c, s, e);
    if (!r || (e < s->tend && ((d->toks[e].flags & TOK_WORD) || is_apos_s(d, e) ||
                               glued_hyphen(d, e))))
        return -1;
    long m = org_antecedent(c, g, s, q);
    if (m >= 0) *role = r;
    return m;
}

/* A role phrase at token q naming the person's employer: "a spokesman for the
 * IAEA", "chief economist at ORG", "the AP's regional reporter", "a company
 * spokesman". */
static long role_employer(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q,
                          const char **role) {
    const text_doc *d = &c->doc;
    if (q < s->tend && (tk_is(d, q, "a") || tk_is(d, q, "an") || tk_is(d, q, "the") ||
                        tk_is(d, q, "another")))
        q++;
    /* (a past office: "a former Goldman Sachs economist"; find_affiliations
     * reads "former" for the role; or a new one: "the new Wolves manager",
     * "its interim chief executive") */
    if (q + 1 < s->tend && (tk_is(d, q, "former") || tk_is(d, q, "new") || tk_is(d, q, "interim")))
        q++;
    long m = possessive_role(c, g, s, q, role);
    if (m >= 0) return m;
    if ((m = anaphoric_role(c, g, s, q, role)) >= 0) return m;
    uint32_t e;
    const char *r = role_phrase(c, g, s, q, 0, &e);
    /* (a head that is an office only when someone's, before its employer:
     * "a diplomat at China's embassy", "a senior diplomat with the Chinese
     * embassy") */
    if (!r) r = possessed_head(c, s, q, &e);
    if (!r) {
        /* a country as a region of an organization's ("the Taiwan manager of
         * Standard Chartered Bank", after lowercase words: "chief US economist
         * at High Frequency Economics"; not "the U.S. ambassador to Japan": an
         * organization must follow) */
        uint32_t p = q;
        while (p < s->tend && p < q + 2 && c->tok_ment[p] < 0 &&
               (d->toks[p].flags & (TOK_WORD | TOK_LOWER)) == (TOK_WORD | TOK_LOWER) &&
               !(c->cls[p] & W_STOP))
            p++;
        int32_t cm = p < s->tend ? c->tok_ment[p] : -1;
        if (cm < 0 || c->ments[cm].tok != p || c->ments[cm].via == VIA_DEMONYM ||
            tag_went_kind(g, &c->ents[c->ments[cm].ent]) != KIND_COUNTRY ||
            !(r = role_phrase(c, g, s, p + c->ments[cm].ntok, 0, &e)) ||
            (m = employer_after(c, g, s, e)) < 0 ||
            tag_went_kind(g, &c->ents[c->ments[m].ent]) != KIND_ORG)
            return -1;
        *role = r;
        return m;
    }
    if ((m = employer_after(c, g, s, e)) < 0) return -1;
    *role = r;
    return m;
}

/* Copula after a person: "is", "was", "became", "has been", "will remain",
 * and a verb of taking an office after it ("was elected", "has been
 * appointed", "will be named", "was sworn in as", "was re-elected"). Returns
 * the token after them, or 0. */
static uint32_t copula_after(const text_doc *d, const text_sent *s, uint32_t q) {
    if (q >= s->tend) return 0;
    uint32_t k;
    if (WORD_IN(d, q, copulas)) k = q + 1;
    else if (q + 1 < s->tend && (tk_is(d, q, "has") || tk_is(d, q, "had")) &&
             tk_is(d, q + 1, "been"))
        k = q + 2;
    else if (q + 1 < s->tend && (tk_is(d, q, "will") || tk_is(d, q, "would")) &&
             (tk_is(d, q + 1, "be") || tk_is(d, q + 1, "remain") || tk_is(d, q + 1, "become")))
        k = q + 2;
    else
        return 0;
    /* (an adverb after it: "was previously", "is also", "is now") */
    if (k + 1 < s->tend && (tk_is(d, k, "previously") || tk_is(d, k, "formerly") ||
                            tk_is(d, k, "also") || tk_is(d, k, "now") || tk_is(d, k, "still") ||
                            tk_is(d, k, "once")))
        k++;
    if (k + 2 < s->tend && tk_is(d, k, "re") && glued_hyphen(d, k + 1) && tk_is(d, k + 2, "elected"))
        k += 2;
    if (k < s->tend && WORD_IN(d, k, took_office) && !tk_is(d, k - 1, "became")) {
        if (tk_is(d, k, "sworn")) {
            if (k + 1 >= s->tend || !tk_is(d, k + 1, "in")) return k;
            k++;
        }
        k++;
        if (k < s->tend && tk_is(d, k, "as")) k++;
    }
    return k;
}

/* A verb of an office and "as" after a person, maybe after an auxiliary:
 * "X will take over as", "X has resigned as", "X stepped down as", "X, who
 * serves as" (as_verbs; "take" needs "over", "step" needs "down"). Returns
 * the token after "as", or 0. */
static uint32_t as_verb_after(const text_doc *d, const text_sent *s, uint32_t q) {
    if (q < s->tend && (WORD_IN(d, q, modals) || tk_is(d, q, "has") || tk_is(d, q, "had") ||
                        tk_is(d, q, "have") || tk_is(d, q, "is") || tk_is(d, q, "was")))
        q++;
    if (q < s->tend && tk_is(d, q, "been")) q++; /* "has been sacked as" */
    if (q + 1 >= s->tend || !WORD_IN(d, q, as_verbs)) return 0;
    const text_tok *t = &d->toks[q];
    int take = text_tok_ieq(d, t, "take") || text_tok_ieq(d, t, "takes") ||
               text_tok_ieq(d, t, "taken") || text_tok_ieq(d, t, "taking") ||
               text_tok_ieq(d, t, "took");
    int step = text_tok_ieq(d, t, "step") || text_tok_ieq(d, t, "steps") ||
               text_tok_ieq(d, t, "stepped");
    q++;
    if ((take && !tk_is(d, q, "over")) || (step && !tk_is(d, q, "down"))) return 0;
    if (take || step) q++;
    return q + 1 < s->tend && tk_is(d, q, "as") ? q + 1 : 0;
}

/* A participle of taking an office in an apposition at token q, maybe with
 * its agent, then "as": "X, appointed by the government as Parmalat's chief
 * executive,", "X, the turnaround specialist named as its chairman," (up to
 * three lowercase words of a noun phrase after "the", "a" or "an" before
 * it). Returns the token after "as", or 0. */
static uint32_t appointed_as_after(const text_doc *d, const text_sent *s, uint32_t q) {
    if (q < s->tend && (tk_is(d, q, "the") || tk_is(d, q, "a") || tk_is(d, q, "an"))) {
        uint32_t p = q + 1;
        while (p < s->tend && p < q + 4 && (d->toks[p].flags & TOK_LOWER) &&
               !WORD_IN(d, p, took_office))
            p++;
        q = p;
    }
    if (q + 2 >= s->tend || !WORD_IN(d, q, took_office) || tk_is(d, q, "sworn")) return 0;
    uint32_t k = q + 1;
    if (tk_is(d, k, "by"))
        while (k < s->tend && k < q + 9 && !tk_is(d, k, "as") && !tk_char(d, k, ','))
            k++;
    return k + 1 < s->tend && tk_is(d, k, "as") ? k + 1 : 0;
}

/* The office person m took, with no state or body said after it: "X was
 * appointed prime minister on Sunday", "X was sworn in as president", "X
 * became finance minister" (a verb of taking an office, or "became"; not "X
 * is president of the bank"). Returns the role or NULL. */
static const char *office_taken(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                uint32_t m) {
    const text_doc *d = &c->doc;
    uint32_t q = c->ments[m].tok + c->ments[m].ntok, k = copula_after(d, s, q), e;
    int took = 0;
    for (uint32_t i = q; k && i < k && !took; i++)
        took = WORD_IN(d, i, took_office) || tk_is(d, i, "became");
    if (!took) return NULL;
    if (k < s->tend && tk_is(d, k, "the")) k++;
    const char *r = k < s->tend ? role_phrase(c, g, s, k, 0, &e) : NULL;
    if (!r || (e < s->tend && (tk_is(d, e, "of") || tk_is(d, e, "at") || tk_is(d, e, "for") ||
                               tk_is(d, e, "to") || is_apos_s(d, e) || glued_hyphen(d, e))))
        return NULL;
    return r;
}

/* The employer of a speaker named after "said" and given a spokesman's or an
 * officer's role with no employer ("Boeing will cut 400 jobs, said Linda
 * Schmitt, a spokeswoman.", "..., said X, an assistant product manager."):
 * the organization that opens the sentence (sentence_owner; not a country,
 * and not for a commentator's role: "said X, an analyst"). The role phrase
 * starts at token q (maybe after "a" or "an") and must end the sentence.
 * Returns the organization's mention and sets *role, or -1. */
static long speaker_employer(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                             uint32_t q, const char **role) {
    const text_doc *d = &c->doc;
    uint32_t p = c->ments[m].tok, e;
    if (p <= s->tbeg + 2 || !(tk_is(d, p - 1, "said") || tk_is(d, p - 1, "says")) ||
        !tk_char(d, p - 2, ','))
        return -1;
    if (q < s->tend && (tk_is(d, q, "a") || tk_is(d, q, "an"))) q++;
    const char *r = role_phrase(c, g, s, q, 0, &e);
    if (!r || (e < s->tend && !tk_char(d, e, '.')) || !(tag_officer_role(r) || staff_role(r)))
        return -1;
    long om = sentence_owner(c, g, s, p - 2, p - 2);
    if (om < 0 || tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG) return -1;
    *role = r;
    return om;
}

/* Does the chain of titles from token k to token e hold a title in lowercase
 * before a capitalized one of an office ("aide President"; not an honorific,
 * a rank or an abbreviation: "chairman Sir X", "aide Lt. Col. X", "chairman
 * Rep. X")? */
static int lower_then_title(const tag_ctx *c, const gaz_t *g, uint32_t k, uint32_t e) {
    int lower = 0;
    for (uint32_t q = k; q < e;) {
        long t = tag_title_starting_at(c, q);
        if (t < 0) return 0;
        const gaz_title *gt = &g->titles[c->titles[t].title];
        int up = (c->doc.toks[q].flags & TOK_UPPER) != 0;
        /* (an abbreviation is worn like an honorific: "committee chairman
         * Rep. Jack Brooks") */
        int abbr = tk_char(&c->doc, c->titles[t].tend - 1, '.');
        if (up && lower && gt->role && !gt->rank && !abbr) return 1;
        lower |= !up;
        q = c->titles[t].tend;
    }
    return 0;
}

/* The organization joined by "and" to employer mention org, which follows
 * the person (token pt) after "of", "at" or "for", maybe "both": "chairman of
 * both Cheung Kong and Hutchison Whampoa" (the second ending the phrase, an
 * organization too). Its mention, or -1. */
static long joined_employer(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t pt,
                            long org) {
    const text_doc *d = &c->doc;
    const tag_mention *om = &c->ments[org];
    uint32_t b = om->tok, e = om->tok + om->ntok;
    if (b < pt || e + 1 >= s->tend || !tk_is(d, e, "and")) return -1;
    if (b > s->tbeg && tk_is(d, b - 1, "both")) b--;
    if (b > s->tbeg && tk_is(d, b - 1, "the")) b--;
    if (b <= s->tbeg || !(tk_is(d, b - 1, "of") || tk_is(d, b - 1, "at") || tk_is(d, b - 1, "for")))
        return -1;
    long m2 = phrase_mention_at(c, s, e + 1);
    return m2 >= 0 && tag_went_kind(g, &c->ents[c->ments[m2].ent]) == KIND_ORG ? m2 : -1;
}

/* The organization that says person m took or left the office of the role
 * phrase at token k, naming no employer after it: "Flight Dynamics Inc said
 * Robert L. Carter has stepped down as chairman", "Nabisco said John Smith
 * will take over as president" (the organization opening the sentence right
 * before "said" or "said that", the role ending the phrase). Sets *role; its
 * mention, or -1. */
static long speaker_org_role(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                             uint32_t k, const char **role) {
    const text_doc *d = &c->doc;
    uint32_t p = c->ments[m].tok, e;
    if (p > s->tbeg + 1 && tk_is(d, p - 1, "that")) p--;
    if (p < s->tbeg + 2 || !(tk_is(d, p - 1, "said") || tk_is(d, p - 1, "announced"))) return -1;
    const char *r = role_phrase(c, g, s, k, 0, &e);
    if (!r || (e < s->tend && (d->toks[e].flags & TOK_WORD) && !WORD_IN(d, e, pp_words) &&
               !tk_is(d, e, "but") && !tk_is(d, e, "and") && !tk_is(d, e, "effective")))
        return -1;
    long om = sentence_owner(c, g, s, p - 1, p - 1);
    if (om < 0 || c->ments[om].tok + c->ments[om].ntok != p - 1 ||
        tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_ORG)
        return -1;
    *role = r;
    return om;
}

/* The employer of a role phrase after "and" at token a ("and president of
 * ORG", "and also a director of ORG"), and *former (when not NULL) for an
 * office held before ("and former staff director ... at the Fed"). Sets *role;
 * its mention, or -1. */
static long role_after_and(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t a,
                           const char **role, int *former) {
    const text_doc *d = &c->doc;
    if (a + 2 >= s->tend || !tk_is(d, a, "and")) return -1;
    uint32_t q = a + 1 + (uint32_t)tk_is(d, a + 1, "also");
    uint32_t f = q + (q < s->tend && (tk_is(d, q, "a") || tk_is(d, q, "an") || tk_is(d, q, "the")));
    if (former) *former = f < s->tend && tk_is(d, f, "former");
    return q < s->tend && c->tok_ment[q] < 0 ? role_employer(c, g, s, q, role) : -1;
}

/* The employer of a second role an apposition from token q joins by "and" to
 * a first that names none: "X, a national spokesman for reform and president
 * of the Carnegie Foundation," (no comma nor mention before "and"). Sets
 * *role; its mention, or -1. */
static long second_role_employer(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                                 uint32_t q, const char **role) {
    const text_doc *d = &c->doc;
    uint32_t b = q + (q < s->tend && (tk_is(d, q, "a") || tk_is(d, q, "an") ||
                                      tk_is(d, q, "the"))),
             e, a = b;
    if (!role_phrase(c, g, s, b, 0, &e)) return -1;
    while (a < s->tend && a < b + 10 && c->tok_ment[a] < 0 && !tk_char(d, a, ',') &&
           !tk_is(d, a, "and"))
        a++;
    return a > e ? role_after_and(c, g, s, a, role, NULL) : -1;
}

/* Role phrases after a person: apposition ("X, a spokesman for ORG", "X, who
 * is the ORG's reporter") and copula ("X is correspondent for ORG"). */
static long role_after_person(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                              const char **role) {
    const text_doc *d = &c->doc;
    uint32_t q = past_post_nominals(c, s, c->ments[m].tok + c->ments[m].ntok), k;
    if (q + 1 < s->tend && tk_char(d, q, '.') && tk_char(d, q + 1, ',')) q++; /* "Jr.," */
    if (q < s->tend && tk_char(d, q, ',')) {
        q++;
        /* an age between: "X, 44, a spokesman for ..." */
        if (q + 1 < s->tend && (d->toks[q].flags & TOK_DIGIT) && !(d->toks[q].flags & TOK_UPPER) &&
            d->toks[q].len <= 3 && tk_char(d, q + 1, ','))
            q += 2;
        /* or a lawmaker's party and state: "X, D-Mich., chairman of ..." */
        else if (q + 2 < s->tend && d->toks[q].len == 1 && (d->toks[q].flags & TOK_UPPER) &&
                 glued_hyphen(d, q + 1)) {
            uint32_t e = q + 2;
            while (e < s->tend && e < q + 8 && !(d->toks[e].flags & TOK_SPACE) && !tk_char(d, e, ','))
                e++;
            if (e < s->tend && tk_char(d, e, ',')) q = e + 1;
        }
        if (q < s->tend && tk_is(d, q, "who") &&
            ((k = as_verb_after(d, s, q + 1)) || (k = copula_after(d, s, q + 1))))
            q = k;
        /* or a participle: "X, (recently) sacked as Scotland manager,", "X,
         * appointed by the government as Parmalat's chief executive," */
        else if ((k = as_verb_after(d, s, q + (q < s->tend && tk_is(d, q, "recently")))) ||
                 (k = appointed_as_after(d, s, q)))
            q = k;
        /* "Larry Sturholm, 46, was a reporter for KIRO": the age's commas, then
         * the verb */
        else if (tk_char(d, q - 1, ',') && (d->toks[q - 2].flags & TOK_DIGIT) &&
                 (k = copula_after(d, s, q)) && !negated(c, s, c->ments[m].tok))
            q = k;
        /* (after a person a lowercase word governs, a role and "said" with
         * no comma between is the sentence's speaker, no apposition: "talks
         * with Chancellor of the Exchequer Nigel Lawson, a Treasury
         * spokesman said"; but "..., Eugene Rotberg, World Bank treasurer
         * said" is his) */
        uint32_t pb = titled_start(c, g, s, m);
        if (pb > s->tbeg && (d->toks[pb - 1].flags & TOK_LOWER))
            for (uint32_t e = q; e < s->tend && e < q + 8 && !tk_char(d, e, ','); e++)
                if (tk_is(d, e, "said") || tk_is(d, e, "says")) return -1;
        long om = role_employer(c, g, s, q, role);
        if (om < 0) om = second_role_employer(c, g, s, q, role);
        if (om < 0) om = speaker_employer(c, g, s, m, q, role);
        /* "its" before the role: the organization that opens the sentence
         * ("Commonwealth Savings said Michael McCarthy, its president and chief
         * operating officer, resigned") */
        if (om < 0 && q + 1 < s->tend && (tk_is(d, q, "its") || tk_is(d, q, "their"))) {
            uint32_t re;
            const char *r = role_phrase(c, g, s, q + 1, 1, &re);
            long ow = r && appos_closes(d, s, re) ? sentence_owner(c, g, s, q, q) : -1;
            int ok = ow >= 0 ? tag_went_kind(g, &c->ents[c->ments[ow].ent]) : KIND_OTHER;
            if (ok == KIND_ORG || (ok == KIND_COUNTRY && state_role(r))) *role = r, om = ow;
        }
        /* past an apposition of no role, to a copula: "Anderson, the
         * longest-held hostage, is Middle East correspondent for The
         * Associated Press" */
        if (om < 0 && q < s->tend &&
            (tk_is(d, q, "the") || tk_is(d, q, "a") || tk_is(d, q, "an"))) {
            uint32_t e = q + 1;
            while (e < s->tend && e < q + 8 && !tk_char(d, e, ',') && c->tok_ment[e] < 0) e++;
            if (e < s->tend && tk_char(d, e, ',') && (k = copula_after(d, s, e + 1)) &&
                !negated(c, s, c->ments[m].tok))
                om = role_employer(c, g, s, k, role);
        }
        return om;
    }
    /* a claim denied is no affiliation: "denied X was a member of ..." (the
     * verb of an office first: "X was sacked as" is no copula's "was") */
    if ((k = as_verb_after(d, s, q)) && !negated(c, s, c->ments[m].tok)) {
        long om = role_employer(c, g, s, k, role);
        return om >= 0 ? om : speaker_org_role(c, g, s, m, k, role);
    }
    if ((k = copula_after(d, s, q)) && !negated(c, s, c->ments[m].tok))
        return role_employer(c, g, s, k, role);
    return -1;
}

/* A second role phrase joined by "and" to the employer mention org that an
 * apposition after the person ends with, and its own employer: "X, director
 * of the Foundation on Economic Trends and a member of the Global Greenhouse
 * Network," (both). Sets *role, and *former for an office held before; the
 * second employer's mention, or -1. */
static long second_role_after(const tag_ctx *c, const gaz_t *g, const text_sent *s, long org,
                              const char **role, int *former) {
    long om = role_after_and(c, g, s, c->ments[org].tok + c->ments[org].ntok, role, former);
    return om >= 0 && om != org && tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_PERSON
               ? om
               : -1;
}

/* The organization whose possessive names the organization of mention org,
 * one of its units: "Harvard University's John F. Kennedy School of
 * Government", "the Foreign Ministry's Southeast Asian Department". Its
 * mention, or -1. */
static long unit_owner(const tag_ctx *c, const gaz_t *g, const text_sent *s, long org) {
    uint32_t b = c->ments[org].tok;
    if (b < s->tbeg + 3 || !is_apos_s(&c->doc, b - 2) ||
        tag_went_kind(g, &c->ents[c->ments[org].ent]) != KIND_ORG)
        return -1;
    long om = ment_ending_before(c, b - 2, s->tbeg);
    return om >= 0 && c->ments[om].ent != c->ments[org].ent &&
                   tag_went_kind(g, &c->ents[c->ments[om].ent]) == KIND_ORG &&
                   !inside_longer_name(c, (uint32_t)om, s->tbeg)
               ? om
               : -1;
}

/* "the head of ORG, (Dr.) X": a role phrase with its employer before a person in
 * apposition, after "the" or opening the sentence ("Co-founder of Google,
 * Sergey Brin, met"). Returns the employer or -1. */
static long role_before_person(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                               const char **role) {
    const text_doc *d = &c->doc;
    uint32_t k = c->ments[m].tok, e = k + c->ments[m].ntok;
    title_chain_back(c, g, &k); /* honorifics: the role is before the comma */
    if (k < s->tbeg + 4 || !tk_char(d, k - 1, ',')) return -1;
    /* a list goes on after the person: "the heads of Iran, X and Y" */
    if (e < s->tend && (tk_is(d, e, "and") || tk_is(d, e, "or"))) return -1;
    long om = ment_ending_before(c, k - 1, s->tbeg);
    /* (or a state's body that its country's possessive names: "The
     * spokesman for Iran's foreign ministry, Esmaeil Baghaei,") */
    uint32_t from = k - 1;
    if (om < 0) {
        while (from > s->tbeg + 2 && k - from < 4 && !is_apos_s(d, from - 2) &&
               (d->toks[from - 1].flags & TOK_LOWER) && c->tok_ment[from - 1] < 0)
            from--;
        if (from == k - 1 || from < s->tbeg + 3 || !is_apos_s(d, from - 2) ||
            !state_body_head(d, k - 2) ||
            (om = ment_ending_before(c, from - 2, s->tbeg)) < 0 ||
            tag_went_kind(g, &c->ents[c->ments[om].ent]) != KIND_COUNTRY)
            return -1;
    }
    for (uint32_t p = c->ments[om].tok; p > s->tbeg && p + 10 > c->ments[om].tok; p--) {
        if (p - 1 > s->tbeg && !tk_is(d, p - 2, "the")) continue;
        uint32_t re;
        const char *r = role_phrase(c, g, s, p - 1, 0, &re);
        if (r && employer_after(c, g, s, re) == om) {
            *role = r;
            return om;
        }
    }
    return -1;
}

/* ---- trigger occurrences ------------------------------------------------- */

/* Is sentence s about a labour dispute: a word of labour_words, or a workers'
 * body named ("United Auto Workers", "Teamsters")? Then "strike" and "struck"
 * are a walkout's, no attack. */
static int labour_sentence(const tag_ctx *c, const gaz_t *g, const text_sent *s) {
    const text_doc *d = &c->doc;
    for (uint32_t i = s->tbeg; i < s->tend; i++) {
        if ((d->toks[i].flags & TOK_LOWER) && WORD_IN(d, i, labour_words)) return 1;
        int32_t m = c->tok_ment[i];
        if (m < 0 || c->ments[m].tok != i) continue;
        /* (not a party or an armed group: "Kurdistan Workers' Party") */
        const tag_went *w = &c->ents[c->ments[m].ent];
        uint8_t sub = w->gidx >= 0 ? g->ents[w->gidx].sub : 0;
        if (tag_went_kind(g, w) != KIND_ORG || sub == SUB_PARTY || sub == SUB_ARMED) continue;
        size_t n;
        const char *name = tag_went_name(g, w, &n);
        if ((name_has_word(name, n, "workers") || name_has_word(name, n, "teamsters") ||
             name_has_word(name, n, "employees")) &&
            !name_has_word(name, n, "party"))
            return 1;
    }
    return 0;
}

typedef struct trig_occ {
    uint32_t tb, te; /* token span */
    const gaz_trigger *tr;
} trig_occ;

#define MAX_SENT_TRIGS 32

typedef struct sent_ctx {
    const text_sent *s;
    trig_occ trigs[MAX_SENT_TRIGS];
    size_t ntrigs;
    gaz_trigger held; /* "stake" held, not taken: ownership (collect_triggers) */
    gaz_trigger armed; /* arms sold: aid (collect_triggers) */
} sent_ctx;

/* Is the word at token t of sentence s used as a verb: after "to" or a
 * modal, or in the past ("agreed to buy", "will acquire", "acquired",
 * "bought")? */
static int verb_use_at(const text_doc *d, const text_sent *s, uint32_t t) {
    return (t > s->tbeg && (tk_is(d, t - 1, "to") || WORD_IN(d, t - 1, modals))) ||
           ed_form(d, t) || tk_is(d, t, "bought");
}

/* Is there a word of set within six words before token i of sentence s, and
 * no comma or semicolon between ("has taken a 49% stake", "sell its
 * investment")? */
static int word_shortly_before(const text_doc *d, const text_sent *s, uint32_t i,
                               const text_words *set) {
    for (uint32_t k = i; k > s->tbeg && i - k < 6;) {
        k--;
        if (text_words_find(set, d, &d->toks[k]) >= 0) return 1;
        if (tk_char(d, k, ',') || tk_char(d, k, ';')) return 0;
    }
    return 0;
}

/* Is the support at token i a noun that a verb of seeking a few words before
 * asks for ("to seek official support for Brazil's debt strategy", "won
 * backing from"), not its verb after "to" ("will seek to support Ukraine")? */
static int support_sought(const text_doc *d, const text_sent *s, uint32_t i) {
    for (uint32_t k = i; k > s->tbeg && i - k < 4;) {
        k--;
        if (tk_is(d, k, "to") || tk_char(d, k, ',')) return 0;
        if (text_words_find(&seek_verbs_set, d, &d->toks[k]) >= 0) return 1;
    }
    return 0;
}

/* Does "owned" at token i (the trigger ending at te) name no owner an entity
 * is: after a lowercase word and a hyphen ("family-owned", "employee-owned";
 * not "58 pct-owned", and "state-owned" is a trigger of its own), after an
 * adverb of who owns it ("privately owned", "publicly owned"; not before
 * "by"), or before a company and its kind of unit, whose owner the company is
 * ("a wholly owned British Telecom subsidiary")? */
static int owned_by_nobody(const tag_ctx *c, const text_sent *s, uint32_t i, uint32_t te) {
    const text_doc *d = &c->doc;
    if (i >= s->tbeg + 2 && tk_char(d, i - 1, '-') && !(d->toks[i - 1].flags & TOK_SPACE) &&
        !(d->toks[i].flags & TOK_SPACE) && (d->toks[i - 2].flags & TOK_LOWER) &&
        !tk_is(d, i - 2, "pct") && !tk_is(d, i - 2, "percent"))
        return 1;
    if (i > s->tbeg && (tk_is(d, i - 1, "privately") || tk_is(d, i - 1, "publicly") ||
                        tk_is(d, i - 1, "independently") || tk_is(d, i - 1, "locally")) &&
        !(te < s->tend && tk_is(d, te, "by")))
        return 1;
    int32_t m = te < s->tend ? c->tok_ment[te] : -1;
    if (m >= 0 && c->ments[m].tok == te) {
        uint32_t e = te + c->ments[m].ntok;
        if (e < s->tend && (tk_is(d, e, "subsidiary") || tk_is(d, e, "unit") ||
                            tk_is(d, e, "affiliate") || tk_is(d, e, "division")))
            return 1;
    }
    return 0;
}

/* The "to" after the arms a verb of sending carries, its cargo starting at
 * token i: up to six words, lowercase (stop words only among determiners
 * and "of"), numbers, capitalized words no mention covers and hyphens, the
 * last an arms noun ("two more Patriot systems", "Leopard 2 tanks", "F-16
 * fighter jets", "a batch of drones"); or 0. With to_after 0, the token
 * after those arms, with no "to" needed ("supplied Russia with drones"). */
static uint32_t cargo_end(const tag_ctx *c, const text_sent *s, uint32_t i, int to_after) {
    const text_doc *d = &c->doc;
    for (uint32_t k = i; k < s->tend && k < i + 6; k++) {
        const text_tok *t = &d->toks[k];
        int arms = (t->flags & TOK_LOWER) && WORD_IN(d, k, arms_nouns);
        /* (a system or a battery named, or of air defence, missiles or rockets) */
        if (!arms && k > i && (tk_is(d, k, "systems") || tk_is(d, k, "batteries")))
            arms = ((d->toks[k - 1].flags & TOK_UPPER) && c->tok_ment[k - 1] < 0) ||
                   tk_is(d, k - 1, "defense") || tk_is(d, k - 1, "defence") ||
                   tk_is(d, k - 1, "missile") || tk_is(d, k - 1, "rocket");
        if (arms && !to_after) return k + 1;
        if (arms && k + 1 < s->tend && tk_is(d, k + 1, "to")) return k + 1;
        /* (a determiner or a quantity may open the cargo: "two more", "its
         * first", "a batch of") */
        if (c->tok_ment[k] >= 0 || tk_is(d, k, "to") || tk_char(d, k, ',') ||
            ((t->flags & TOK_LOWER) && (c->cls[k] & W_STOP) && !WORD_IN(d, k, dets) &&
             !tk_is(d, k, "of")))
            return 0;
    }
    return 0;
}

/* cargo_end(c, s, i, 1), but 0 where a company gets the arms after "to":
 * jets sold to an airline are airliners ("to sell 10 A320 jets to <All
 * Nippon Airways>"), not aid. */
static uint32_t cargo_to_state(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                               uint32_t i) {
    uint32_t ce = cargo_end(c, s, i, 1);
    uint32_t r = ce + 1; /* (past "the", or the bracket of a company's name) */
    if (r + 1 < s->tend && (tk_is(&c->doc, r, "the") || tk_char(&c->doc, r, '<'))) r++;
    return ce && r < s->tend && c->tok_ment[r] >= 0 && company_mention(c, g, c->tok_ment[r])
               ? 0
               : ce;
}

/* The token after word w that follows names listed from token k ("Russia
 * and Belarus with", "the Philippines against"), or 0. */
static uint32_t names_then(const tag_ctx *c, const text_sent *s, uint32_t k, const char *w) {
    const text_doc *d = &c->doc;
    uint32_t q = k;
    int names = 0;
    while (q < s->tend && q < k + 9) {
        int32_t m = c->tok_ment[q];
        if (m >= 0 && c->ments[m].tok == q) {
            q += c->ments[m].ntok;
            names++;
        } else if (tk_is(d, q, "and") || tk_char(d, q, ',') || tk_is(d, q, "the")) {
            q++;
        } else {
            break;
        }
    }
    return names && q + 1 < s->tend && tk_is(d, q, w) ? q + 1 : 0;
}

/* Is token i a verb of supplying whose object, names, gets arms "with"
 * (cargo_end): "Iran supplied Russia and Belarus with drones"? */
static int supplied_with(const tag_ctx *c, const text_sent *s, uint32_t i) {
    const text_doc *d = &c->doc;
    if (!(tk_is(d, i, "supply") || tk_is(d, i, "supplies") || tk_is(d, i, "supplied") ||
          tk_is(d, i, "supplying")))
        return 0;
    uint32_t k = names_then(c, s, i + 1, "with");
    return k && cargo_end(c, s, k, 0);
}

/* The longest trigger at each token not inside a mention, left to right. */
static void collect_triggers(const tag_ctx *c, const gaz_t *g, sent_ctx *sc) {
    const text_sent *s = sc->s;
    sc->ntrigs = 0;
    for (uint32_t i = s->tbeg; i < s->tend && sc->ntrigs < MAX_SENT_TRIGS; i++) {
        if (!(c->cls[i] & W_TRIGSTART) || c->tok_ment[i] >= 0) continue;
        uint32_t bestn = 0;
        uint32_t te = (uint32_t)tag_trie_longest(c, &g->rtrie, i, s->tend, W_TRIGINNER, 0, 1,
                                                 &bestn);
        if (!te) continue;
        /* a word before a noun for companies qualifies it: "phone giant
         * Pantech", "phone maker" (no call); not a verb's form after "to" or
         * a modal, nor in the past, whose object the noun introduces: "agreed
         * to buy drugmaker Akero", "bought chipmaker X" */
        const gaz_trigger *tr = &g->trigs[g->rtrie.pay[g->rtrie.pay_off[bestn]]];
        if (te < s->tend && (c->doc.toks[te].flags & TOK_LOWER) && tag_firm_noun(&c->doc, te) &&
            !(!tr->noun && verb_use_at(&c->doc, s, i))) {
            i = te - 1;
            continue;
        }
        /* a noun before talks or a plan says what they are about, which has
         * not happened: "ceasefire talks between Israel and Hamas", "merger
         * talks with Wells Fargo", "a ceasefire proposal" (the talks stay
         * negotiations; "summit talks" are held all the same) */
        if (tr->noun && te < s->tend && (c->doc.toks[te].flags & TOK_LOWER) &&
            WORD_IN(&c->doc, te, talk_nouns) &&
            strcmp(g->labels[tr->label].name, "negotiations") != 0 &&
            strcmp(g->labels[tr->label].name, "meeting") != 0)
            continue;
        /* a verb of sending is aid only with arms, which the trigger takes in
         * up to its "to" (cargo_end: "supply two more Patriot systems") */
        if (!tr->noun && te == i + 1 && WORD_IN(&c->doc, i, cargo_verbs)) {
            uint32_t ce = cargo_to_state(c, g, s, te);
            if (!ce && !supplied_with(c, s, i)) continue;
            if (ce) te = ce;
        }
        /* and so are a sale of arms and arms sold, which are given ("approved
         * the sale of F-16 fighter jets to Turkey", "agreed to sell 26 Rafale
         * jets to India"); a sale of anything else is no trigger, and a
         * company sold is bought (sale_relation) */
        if (te == i + 1 && (tk_is(&c->doc, i, "sale") || tk_is(&c->doc, i, "sales"))) {
            uint32_t ce = te + 1 < s->tend && tk_is(&c->doc, te, "of")
                              ? cargo_to_state(c, g, s, te + 1)
                              : 0;
            if (!ce) continue;
            te = ce;
        } else if (!tr->noun && te == i + 1 && WORD_IN(&c->doc, i, sell_verbs)) {
            uint32_t ce = cargo_to_state(c, g, s, te);
            int aid = ce ? gaz_label_find(g, "aid") : -1;
            if (aid >= 0) {
                sc->armed = (gaz_trigger){(uint16_t)aid, 0, 0, 1u << PREP_TO};
                tr = &sc->armed;
                te = ce;
            }
        }
        /* "warned" threatens only a party warned against something ("China
         * warned the Philippines against provoking"; not "warned investors",
         * "warned of a recession") */
        if (!tr->noun && (tk_is(&c->doc, i, "warned") || tk_is(&c->doc, i, "warns") ||
                          tk_is(&c->doc, i, "warning") || tk_is(&c->doc, i, "warn")) &&
            !names_then(c, s, te, "against"))
            continue;
        /* "paid" buys only with a price or "for" after it ("paid $1bn for
         * X"; not "paid a brief visit to", "paid tribute") */
        if ((tk_is(&c->doc, i, "paid") || tk_is(&c->doc, i, "paying")) &&
            !(te < s->tend && (tk_is(&c->doc, te, "for") || tk_char(&c->doc, te, '$') ||
                               (c->doc.toks[te].flags & TOK_DIGIT) ||
                               (unsigned char)c->doc.text[c->doc.toks[te].start] >= 0x80)))
            continue;
        /* a stake is acquired only after a verb of taking or raising a
         * few words before ("has taken a 49% stake in", "raised its stake
         * in"; not "sold its stake in"); after one of holding it is owned
         * ("Microsoft holds a 27% stake in OpenAI": ownership, where the
         * lexicon has the label) */
        if ((tk_is(&c->doc, i, "stake") || tk_is(&c->doc, i, "stakes")) &&
            !word_shortly_before(&c->doc, s, i, &stake_verbs_set)) {
            int own = word_shortly_before(&c->doc, s, i, &hold_verbs_set)
                          ? gaz_label_find(g, "ownership")
                          : -1;
            if (own < 0) continue;
            sc->held = (gaz_trigger){(uint16_t)own, 1, 0, 1u << PREP_IN};
            tr = &sc->held;
        }
        /* "owned" whose owner no entity names (owned_by_nobody) */
        if (tk_is(&c->doc, i, "owned") && owned_by_nobody(c, s, i, te)) continue;
        /* (nor is support sought given: "to seek official support for
         * Brazil's debt strategy") */
        if ((tk_is(&c->doc, i, "support") || tk_is(&c->doc, i, "backing")) &&
            support_sought(&c->doc, s, i))
            continue;
        /* (and an investment sold is no longer one: "will sell its
         * investment in Amtech") */
        if ((tk_is(&c->doc, i, "investment") || tk_is(&c->doc, i, "investments")) &&
            word_shortly_before(&c->doc, s, i, &sell_verbs_set))
            continue;
        /* a walkout is no attack: "the union's strike against General
         * Motors", "United Auto Workers struck GM's plants" */
        if ((tk_is(&c->doc, i, "strike") || tk_is(&c->doc, i, "strikes") ||
             tk_is(&c->doc, i, "struck")) &&
            labour_sentence(c, g, s))
            continue;
        sc->trigs[sc->ntrigs++] = (trig_occ){i, te, tr};
        i = te - 1;
    }
}

/* Trigger occurrence containing token i, or -1. */
static long trig_covering(const sent_ctx *sc, uint32_t i) {
    for (size_t k = 0; k < sc->ntrigs; k++)
        if (sc->trigs[k].tb <= i && i < sc->trigs[k].te) return (long)k;
    return -1;
}

/* ---- noun phrases and lists -------------------------------------------------- */

/* Is token i a preposition the extractor knows (any of the PREP_* words)? */
static int is_prep(const gaz_t *g, const text_tok *t) {
    if (t->vid < 0) return 0;
    for (int p = 1; p < PREP__COUNT; p++)
        if (t->vid == g->prep_vid[p]) return p;
    return 0;
}

/* The person mention that starts at token k of sentence s, or -1. */
static long person_starts_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k) {
    int32_t m = k < s->tend ? c->tok_ment[k] : -1;
    return m >= 0 && c->ments[m].tok == k && is_person(c, g, (uint32_t)m) ? m : -1;
}

/* Where person mention m starts with the titles before it and the country,
 * people or organization those qualify ("Russian President Vladimir Putin",
 * "Prime Minister Keir Starmer"): the start of a member of a list. */
static uint32_t titled_start(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    uint32_t q = c->ments[m].tok;
    if (!is_person(c, g, m)) return q;
    title_chain_back(c, g, &q);
    /* (a title that opens inside the name before, its office's: "U.S.
     * Treasury Secretary X", where "U.S. Treasury" is the department) */
    int32_t im = q < c->ments[m].tok ? c->tok_ment[q] : -1;
    if (im >= 0 && c->ments[im].tok < q && !is_person(c, g, (uint32_t)im)) q = c->ments[im].tok;
    if (q < c->ments[m].tok && q > s->tbeg) {
        /* (or its possessive: "Brazil's President X") */
        uint32_t e = q >= s->tbeg + 3 && is_apos_s(&c->doc, q - 2) ? q - 2 : q;
        int32_t dm = c->tok_ment[e - 1];
        if (dm >= 0 && c->ments[dm].tok + c->ments[dm].ntok == e && !is_person(c, g, (uint32_t)dm))
            q = c->ments[dm].tok;
    }
    return q;
}

/* The token of the person that titles starting at token k name, maybe after
 * the countries, people or organizations they qualify ("French President
 * Emmanuel Macron", "President Donald Trump"); k itself otherwise. */
static uint32_t titled_person(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k) {
    uint32_t q = k, pe;
    /* up to two names qualifying the title: "U.S. Treasury Secretary James Baker" */
    for (int n = 0; n < 2 && q < s->tend && c->tok_ment[q] >= 0; n++) {
        int32_t dm = c->tok_ment[q];
        if (c->ments[dm].tok != q || is_person(c, g, (uint32_t)dm)) return k;
        q += c->ments[dm].ntok;
        /* or its possessive: "Poland's Prime Minister Donald Tusk" */
        if (q + 2 < s->tend && is_apos_s(&c->doc, q)) {
            q += 2;
            break;
        }
    }
    /* a title that began inside the name ("U.S. Treasury" and "Treasury
     * Secretary") */
    for (size_t t = 0; t < c->ntitles && q > k; t++)
        if (c->titles[t].tbeg >= k && c->titles[t].tbeg < q && c->titles[t].tend > q) {
            pe = c->titles[t].tend;
            title_chain_forward(c, g, &pe);
            return person_starts_at(c, g, s, pe) >= 0 ? pe : k;
        }
    if (q >= s->tend || !role_head_at(c, g, q, &pe)) return k;
    if (person_starts_at(c, g, s, pe) >= 0) return pe;
    /* "Egyptian ambassador to Moscow Salah Bassiouni" */
    int32_t pm = pe + 2 < s->tend && tk_is(&c->doc, pe, "to") ? c->tok_ment[pe + 1] : -1;
    if (pm >= 0 && c->ments[pm].tok == pe + 1 && !is_person(c, g, (uint32_t)pm)) {
        pe += 1 + c->ments[pm].ntok;
        if (person_starts_at(c, g, s, pe) >= 0) return pe;
    }
    return k;
}

/* Does a verb of saying (or urging, warning) come within a few words from token k,
 * before any punctuation ("foreign ministry said")? */
static int says_after(const text_doc *d, const text_sent *s, uint32_t k) {
    for (uint32_t e = k + 5; k < s->tend && k < e; k++) {
        if (!(d->toks[k].flags & TOK_WORD)) return 0;
        if (tk_is(d, k, "said") || tk_is(d, k, "says") || tk_is(d, k, "told") ||
            tk_is(d, k, "reported") || tk_is(d, k, "announced") || tk_is(d, k, "added") ||
            tk_is(d, k, "urged") || tk_is(d, k, "warned") || tk_is(d, k, "wrote"))
            return 1;
    }
    return 0;
}

/* The company named after country (or place) mention m and a noun of
 * company_kinds or the tagger's nouns for companies (tag_firm_noun), maybe
 * after one more lowercase word ("the U.S. oil firm Amoco Corp", "U.S.
 * biotech Akero Therapeutics"), or -1. */
static long firm_after_country(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    const text_doc *d = &c->doc;
    /* (or a town or region: "small New York software firm Giant Company
     * Software") */
    int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
    if (kind != KIND_COUNTRY && kind != KIND_LOCATION) return -1;
    uint32_t q = c->ments[m].tok + c->ments[m].ntok;
    for (int w = 0; w < 2 && q + 1 < s->tend && (d->toks[q].flags & TOK_LOWER); w++, q++) {
        /* (a word of two glued by a hyphen counts as one: "the Chinese
         * electric-car maker BYD") */
        if (q + 3 < s->tend && glued_hyphen(d, q + 1) && (d->toks[q + 2].flags & TOK_LOWER) &&
            !(d->toks[q + 2].flags & TOK_SPACE))
            q += 2;
        if (!WORD_IN(d, q, company_kinds) && !tag_firm_noun(d, q)) continue;
        int32_t f = c->tok_ment[q + 1];
        if (f >= 0 && c->ments[f].tok == q + 1 &&
            tag_went_kind(g, &c->ents[c->ments[f].ent]) == KIND_ORG)
            return f;
        return -1;
    }
    return -1;
}

/* Mention that opens the noun phrase starting at token k: determiners,
 * numbers, quotes, one adjective and titles ("Trade Minister X") may come
 * first; anything else (a verb, a stop word, punctuation) means none. */
static long np_after(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc, uint32_t k) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    int adj = 0, used = 0;
    for (uint32_t i = k; i < s->tend && used < NP_WINDOW; i++) {
        int32_t m = c->tok_ment[i];
        /* a company named after what it makes or owns: "Tylenol maker
         * Kenvue", "TikTok owner ByteDance" (the company after the noun) */
        uint32_t w = m >= 0 && c->ments[m].tok == i ? i + c->ments[m].ntok : i + 1;
        if ((d->toks[i].flags & TOK_UPPER) && w + 1 < s->tend && WORD_IN(d, w, maker_nouns) &&
            (d->toks[w].flags & TOK_LOWER) && c->tok_ment[w + 1] >= 0 &&
            c->ments[c->tok_ment[w + 1]].tok == w + 1 &&
            tag_went_kind(g, &c->ents[c->ments[c->tok_ment[w + 1]].ent]) == KIND_ORG)
            return c->tok_ment[w + 1];
        if (m >= 0) {
            if (c->ments[m].tok != i) return -1;
            /* "Hawke's Labour Party": the possessed entity is the head */
            uint32_t e = i + c->ments[m].ntok;
            /* "the Kurdish-led Syrian Democratic Forces", "Paris-based Alsthom",
             * "Madrid, Spain-based Ingenieria": a modifier of the name after it */
            if (led_by_at(d, s, e)) {
                i = e + 1;
                continue;
            }
            if (e + 1 < s->tend && tk_char(d, e, ',') && c->tok_ment[e + 1] >= 0 &&
                c->ments[c->tok_ment[e + 1]].tok == e + 1) {
                uint32_t e2 = e + 1 + c->ments[c->tok_ment[e + 1]].ntok;
                if (led_by_at(d, s, e2)) {
                    i = e2 + 1;
                    continue;
                }
            }
            /* "Syrian leader Ahmed al-Sharaa", "Iranian President Masoud
             * Pezeshkian", "NATO Secretary General Mark Rutte", "his Turkish
             * counterpart Hakan Fidan": the person the demonym, the country
             * or the organization and the title name */
            uint32_t pt = titled_person(c, g, s, i);
            if (pt != i) return c->tok_ment[pt];
            /* (or in apposition: "his Israeli counterpart, Ariel Sharon,"; past
             * a title of his own: "his Saudi counterpart Prince Faisal bin
             * Farhan") */
            if (e < s->tend && tk_is(d, e, "counterpart") && !is_person(c, g, (uint32_t)m)) {
                uint32_t p = e + 1 + (e + 2 < s->tend && tk_char(d, e + 1, ','));
                title_chain_forward(c, g, &p);
                if (person_starts_at(c, g, s, p) >= 0) return c->tok_ment[p];
            }
            /* (or a people's adjective and one or two lowercase words of the
             * person's trade: "Russian billionaire Oleg Deripaska", "Iranian
             * oil tycoon X") */
            if (c->ments[m].via == VIA_DEMONYM) {
                uint32_t p = e;
                while (p < s->tend && p < e + 2 && (d->toks[p].flags & TOK_LOWER) &&
                       !(c->cls[p] & W_STOP) && c->tok_ment[p] < 0)
                    p++;
                if (p > e && person_starts_at(c, g, s, p) >= 0) return c->tok_ment[p];
            }
            if (e + 2 < s->tend && is_apos_s(d, e) && c->tok_ment[e + 2] >= 0 &&
                c->ments[c->tok_ment[e + 2]].tok == e + 2)
                return c->tok_ment[e + 2];
            /* (or its rival, partner, unit ... named: "talks with Deutsche
             * Boerse's rival Euronext") */
            if (e + 3 < s->tend && is_apos_s(d, e) && (d->toks[e + 2].flags & TOK_LOWER) &&
                c->tok_ment[e + 3] >= 0 && c->ments[c->tok_ment[e + 3]].tok == e + 3 &&
                tag_went_kind(g, &c->ents[c->ments[c->tok_ment[e + 3]].ent]) == KIND_ORG &&
                WORD_IN(d, e + 2, related_firms))
                return c->tok_ment[e + 3];
            /* "the West Bank city of Jenin", "the Russian city of Belgorod":
             * the place named after the noun */
            if (e + 2 < s->tend && (d->toks[e].flags & TOK_LOWER) && WORD_IN(d, e, place_nouns) &&
                tk_is(d, e + 1, "of") && c->tok_ment[e + 2] >= 0 &&
                c->ments[c->tok_ment[e + 2]].tok == e + 2) {
                int pk = tag_went_kind(g, &c->ents[c->ments[c->tok_ment[e + 2]].ent]);
                if (pk == KIND_LOCATION || pk == KIND_COUNTRY) return c->tok_ment[e + 2];
            }
            /* "Yapp's coach", "Smith's wife": another person, the one the
             * possessive names only owning the noun; that person where the
             * name follows ("Trump's envoy Steve Witkoff", "Putin's foreign
             * policy aide Yuri Ushakov") */
            if (e + 2 < s->tend && is_apos_s(d, e) && (d->toks[e + 2].flags & TOK_LOWER) &&
                is_person(c, g, (uint32_t)m)) {
                uint32_t p = e + 2;
                long pt = tag_title_starting_at(c, p);
                if (pt >= 0) {
                    p = c->titles[pt].tend;
                } else {
                    while (p < s->tend && p < e + 5 && (d->toks[p].flags & TOK_LOWER) &&
                           c->tok_ment[p] < 0)
                        p++;
                    if (p == e + 2 || !(role_noun(c, p - 1) || WORD_IN(d, p - 1, kin_nouns)))
                        p = e + 2;
                }
                if (p > e + 2) return person_starts_at(c, g, s, p) >= 0 ? c->tok_ment[p] : -1;
                if (role_noun(c, e + 2) || WORD_IN(d, e + 2, kin_nouns)) return -1;
            }
            long f = firm_after_country(c, g, s, (uint32_t)m);
            return f >= 0 ? f : m;
        }
        long t = tag_title_starting_at(c, i);
        if (t >= 0) {
            i = c->titles[t].tend - 1;
            used++;
            continue;
        }
        if (is_quote(d, i)) continue;
        /* (a wire's angle bracket opening a name: "buy <Acme Widgets Inc>") */
        if (tk_char(d, i, '<') && i + 1 < s->tend && c->tok_ment[i + 1] >= 0) continue;
        used++;
        if (WORD_IN(d, i, dets) || (d->toks[i].flags & TOK_DIGIT) || WORD_IN(d, i, np_times))
            continue;
        /* "indicted former FBI Director James Comey" (not "former Soviet
         * republics": a demonym after it qualifies a noun) */
        if (tk_is(d, i, "former") && i + 1 < s->tend &&
            ((c->tok_ment[i + 1] >= 0 && c->ments[c->tok_ment[i + 1]].via != VIA_DEMONYM) ||
             tag_title_starting_at(c, i + 1) >= 0))
            continue;
        /* a quantity of them: "deported hundreds of Venezuelans", "a wave of";
         * a share of a company: "buy 26% of", "acquire a 20 pct stake in" */
        if (i + 2 < s->tend && tk_is(d, i + 1, "of") &&
            (WORD_IN(d, i, quantities) || tk_char(d, i, '%') || tk_is(d, i, "pct") ||
             tk_is(d, i, "percent"))) {
            /* (a share's number and its percent count as none: "about 80 pct
             * of the common stock of") */
            if (!WORD_IN(d, i, quantities))
                used -= 1 + (i > k && (d->toks[i - 1].flags & TOK_DIGIT));
            i++;
            continue;
        }
        /* a place's noun before its name: "struck the city of Dnipro",
         * "bombed the port of Hodeidah" */
        if (i + 2 < s->tend && tk_is(d, i + 1, "of") && (d->toks[i].flags & TOK_LOWER) &&
            WORD_IN(d, i, place_nouns)) {
            i++, used--;
            continue;
        }
        /* "at least 81 pct of" */
        if (i + 2 < s->tend && tk_is(d, i, "at") && tk_is(d, i + 1, "least") &&
            (d->toks[i + 2].flags & TOK_DIGIT)) {
            i++, used--;
            continue;
        }
        /* "about 41% of", "nearly 10 pct of", "more than 10% of" ("more" a
         * determiner above): the number's */
        if (i + 1 < s->tend && (d->toks[i + 1].flags & TOK_DIGIT) &&
            (WORD_IN(d, i, approx_words) ||
             (i > k && tk_is(d, i, "than") && tk_is(d, i - 1, "more")))) {
            used--;
            continue;
        }
        /* (the words of a share count as none: "a 20 pct stake in", "81 pct of
         * the common stock of", "a 34 pct interest in") */
        if (i + 2 < s->tend && tk_is(d, i + 1, "in") &&
            (tk_is(d, i, "stake") || tk_is(d, i, "stakes") || tk_is(d, i, "holding") ||
             tk_is(d, i, "interest"))) {
            i++, used--;
            continue;
        }
        uint32_t sh = i;
        if (i + 3 < s->tend && (tk_is(d, i, "common") || tk_is(d, i, "outstanding") ||
                                tk_is(d, i, "ordinary") || tk_is(d, i, "preferred")))
            sh++;
        if (sh + 2 < s->tend && tk_is(d, sh + 1, "of") &&
            (tk_is(d, sh, "stock") || tk_is(d, sh, "shares") || tk_is(d, sh, "equity"))) {
            i = sh + 1, used--;
            continue;
        }
        if (i + 1 < s->tend && (tk_char(d, i, '%') || tk_is(d, i, "pct") || tk_is(d, i, "percent"))) {
            used--;
            continue;
        }
        /* a noun for companies, after its modifier, before the name: "buy
         * cybersecurity firm Wiz", "a deal with pharmaceutical company X"; right
         * after a trigger only if that is a verb, after "to" or a modal or
         * inflected (not "in telephone directory company PagesJaunes") */
        /* (right after a trigger only if that is a verb, as above) */
        int after_verb = i > k || (k > s->tbeg && WORD_IN(d, k - 1, pp_words)) ||
                         (k >= s->tbeg + 2 &&
                          (verb_use_at(d, s, k - 1) || tk_is(d, k - 1, "buys")));
        /* (or the noun alone: "agreed to buy drugmaker Akero Therapeutics") */
        if (tag_firm_noun(d, i) && i + 1 < s->tend && (d->toks[i + 1].flags & TOK_UPPER) &&
            trig_covering(sc, i) < 0 && after_verb)
            continue;
        /* (up to three modifiers: "buy obesity drug developer Metsera") */
        uint32_t fn = i + 1;
        while (fn < i + 3 && fn + 1 < s->tend && !tag_firm_noun(d, fn) &&
               (d->toks[fn].flags & (TOK_WORD | TOK_LOWER)) == (TOK_WORD | TOK_LOWER) &&
               !(c->cls[fn] & W_STOP) && c->tok_ment[fn] < 0 && trig_covering(sc, fn) < 0)
            fn++;
        /* (the first may be a people's adjective no gazetteer has: "buy
         * Californian wine company Chalone") */
        int adj_word = (d->toks[i].flags & TOK_LOWER) ||
                       ((d->toks[i].flags & (TOK_UPPER | TOK_ALLCAPS | TOK_SENT)) == TOK_UPPER &&
                        fn > i + 1 && d->toks[i].len > 4 &&
                        !memcmp(d->text + d->toks[i].end - 2, "an", 2));
        if (fn + 1 < s->tend && adj_word && !(c->cls[i] & W_STOP) &&
            trig_covering(sc, i) < 0 && tag_firm_noun(d, fn) &&
            (d->toks[fn + 1].flags & TOK_UPPER) && after_verb) {
            i = fn;
            continue;
        }
        if (!adj && adjective_like(d, i) && !(c->cls[i] & W_STOP) && trig_covering(sc, i) < 0) {
            adj = 1;
            continue;
        }
        return -1;
    }
    return -1;
}

/* Add mention m and the mentions coordinated with it in direction dir
 * (-1 backwards, +1 forwards) to gr: "Britain, France and Germany", "US-Israeli".
 * A member keeps its titles ("Prime Minister Keir Starmer and President Donald
 * Trump": titled_start, titled_person). Forwards, a member after a comma that is
 * followed by a verb-like word starts a new clause ("struck Iran, and Israel
 * supported ...") and is left out, and so is one whose words end in a verb of
 * saying (", Iraq's foreign ministry said": says_after). */
static void coordinate(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m, int dir,
                       group *gr) {
    const text_doc *d = &c->doc;
    gr->n = 0;
    gr->m[gr->n++] = m;
    uint32_t cur = m;
    while (gr->n < MAX_GROUP) {
        const tag_mention *cm = &c->ments[cur];
        long k = dir < 0 ? (long)titled_start(c, g, s, cur) - 1 : (long)(cm->tok + cm->ntok);
        /* backwards past the member's own determiner: "Britain and the United States" */
        if (dir < 0 && k > (long)s->tbeg && tk_is(d, (size_t)k, "the")) k--;
        /* forwards past the member's year: "bought Instagram in 2012 and
         * WhatsApp in 2014" */
        if (dir > 0 && k + 3 < (long)s->tend && tk_is(d, (size_t)k, "in") &&
            year_at(d, (size_t)k + 1) && tk_is(d, (size_t)k + 2, "and"))
            k += 2;
        int seps = 0, comma = 0, joiner = 0;
        /* separators: ",", "and", "or", ", and", "-", "/" */
        while (k >= (long)s->tbeg && k < (long)s->tend && seps < 2 &&
               (tk_char(d, (size_t)k, ',') || tk_is(d, (size_t)k, "and") ||
                tk_is(d, (size_t)k, "or") || tk_char(d, (size_t)k, '/') ||
                glued_hyphen(d, (size_t)k) ||
                (d->toks[k].len == 3 && !(d->toks[k].flags & TOK_WORD) &&
                 (unsigned char)d->text[d->toks[k].start] == 0xe2 &&
                 (unsigned char)d->text[d->toks[k].start + 2] == 0x93))) { /* en dash */
            comma |= tk_char(d, (size_t)k, ',');
            joiner |= !tk_char(d, (size_t)k, ',');
            k += dir;
            seps++;
        }
        if (!seps || k < (long)s->tbeg || k >= (long)s->tend) break;
        /* backwards, the last two members of a list are joined by "and" or "or"
         * ("Britain, France and Germany"): a bare comma before the first member
         * found is a clause boundary ("troops in Afghanistan, Moscow's support") */
        if (dir < 0 && gr->n == 1 && !joiner) break;
        if (dir < 0 && WORD_IN(d, (size_t)k, dets) && k > (long)s->tbeg) k--;
        if (dir > 0 && WORD_IN(d, (size_t)k, dets) && k + 1 < (long)s->tend) k++;
        if (dir > 0) {
            /* (a member's title may be a former one: "warrants for Netanyahu
             * and former defence minister Yoav Gallant") */
            uint32_t p = titled_person(c, g, s, (uint32_t)k);
            if (p == (uint32_t)k && tk_is(d, (size_t)k, "former") && k + 1 < (long)s->tend &&
                c->tok_ment[k + 1] < 0)
                p = titled_person(c, g, s, (uint32_t)k + 1);
            k = (long)p;
        }
        int32_t nm = c->tok_ment[k];
        if (nm < 0) break;
        const tag_mention *x = &c->ments[nm];
        if (dir < 0 ? (long)(x->tok + x->ntok) - 1 != k : (long)x->tok != k) break;
        /* backwards over ", and", a member after a lowercase word is another
         * phrase's (a verb's or a preposition's object): "met U.S. envoy Tom
         * Barrack in Damascus, and Hakan Fidan visited Riyadh" */
        if (dir < 0 && comma && joiner) {
            uint32_t q = titled_start(c, g, s, (uint32_t)nm);
            if (q > s->tbeg && WORD_IN(d, q - 1, dets)) q--;
            if (q > s->tbeg && (d->toks[q - 1].flags & TOK_LOWER) && !tk_is(d, q - 1, "and") &&
                !tk_is(d, q - 1, "or"))
                break;
        }
        if (dir > 0 && comma) {
            uint32_t after = x->tok + x->ntok;
            if (after < s->tend && (d->toks[after].flags & TOK_LOWER) &&
                !tk_is(d, after, "and") && !tk_is(d, after, "or") &&
                !WORD_IN(d, after, pp_words) && !is_apos_s(d, after))
                break;
            /* "..., Iraq's foreign ministry said": the speaker of what is told */
            if (is_apos_s(d, after) && says_after(d, s, after + 2)) break;
            /* an organization's seat after it in a comma is no member: a
             * town that ends the list or comes before its country's or
             * state's name ("with Sumitomo Bakelite Co Ltd, Tokyo, Japan,
             * providing"; but "the EU, Paris and Berlin", "NATO, Paris,
             * Berlin, Rome and Madrid") */
            if (!joiner && (x->via == VIA_CAPITAL ||
                            tag_went_kind(g, &c->ents[x->ent]) == KIND_LOCATION) &&
                tag_went_kind(g, &c->ents[cm->ent]) == KIND_ORG) {
                int ends = after >= s->tend || !tk_char(d, after, ',');
                int32_t hm = !ends && after + 1 < s->tend ? c->tok_ment[after + 1] : -1;
                const tag_mention *h = hm >= 0 ? &c->ments[hm] : NULL;
                uint32_t he = h ? h->tok + h->ntok : 0;
                int home = h && h->tok == after + 1 && h->via != VIA_CAPITAL &&
                           (tag_went_kind(g, &c->ents[h->ent]) == KIND_COUNTRY ||
                            tag_went_kind(g, &c->ents[h->ent]) == KIND_LOCATION) &&
                           !(he < s->tend && (tk_is(d, he, "and") || tk_is(d, he, "or")));
                if (ends || home) break;
            }
        }
        /* "arms sales to Iran and China's political situation": a possessive
         * after the last member opens another noun phrase, unless the first
         * member has one too ("Iran's and China's envoys") */
        if (dir > 0) {
            uint32_t after = x->tok + x->ntok, first = c->ments[m].tok + c->ments[m].ntok;
            if (after + 2 < s->tend && is_apos_s(d, after) &&
                (d->toks[after + 2].flags & TOK_LOWER) && !is_apos_s(d, first)) {
                /* but the person it names is the member: "between X, Y and
                 * India's petroleum minister Z" */
                long pm = person_in_phrase(c, g, s, after + 2, 0);
                if (pm < 0) break;
                nm = (int32_t)pm;
            } else if (after + 2 < s->tend && is_apos_s(d, after) &&
                       c->tok_ment[after + 2] >= 0 &&
                       c->ments[c->tok_ment[after + 2]].tok == after + 2 &&
                       is_person(c, g, (uint32_t)c->tok_ment[after + 2]) &&
                       !is_person(c, g, (uint32_t)nm)) {
                /* "between Fiat boss Sergio Marchionne and GM's Rick Wagoner":
                 * the organization's person */
                nm = c->tok_ment[after + 2];
            }
        }
        gr->m[gr->n++] = (uint32_t)nm;
        cur = (uint32_t)nm;
    }
}

/* Is trigger occurrence to the verb "meet" without "with"? */
static int bare_meet(const text_doc *d, const trig_occ *to) {
    return to->te - to->tb == 1 &&
           (tk_is(d, to->tb, "meet") || tk_is(d, to->tb, "met") || tk_is(d, to->tb, "meets"));
}

/* Is trigger occurrence to used as a noun: a noun trigger, or a verb's form
 * after a determiner ("their assault", "several visits")? */
static int used_as_noun(const text_doc *d, const text_sent *s, const trig_occ *to) {
    return to->tr->noun || (to->tb > s->tbeg && WORD_IN(d, to->tb - 1, dets));
}

/* Is trigger occurrence to, a verb's form in "-s", a past verb's object
 * ("ordered strikes after accusing Hamas", "launched attacks")? */
static int object_plural(const text_doc *d, const text_sent *s, const trig_occ *to) {
    const text_tok *t = &d->toks[to->tb];
    return to->te == to->tb + 1 && to->tb > s->tbeg && t->len > 3 &&
           d->text[t->end - 1] == 's' && ed_form(d, to->tb - 1);
}

/* Is known entity gidx a town the text about team sports names as a club
 * somewhere ("Burnley v Liverpool" ... "Liverpool travel to Burnley")? */
static int club_town(const tag_ctx *c, int32_t gidx) {
    for (int k = 0; gidx >= 0 && k < c->nclub_towns; k++)
        if (c->club_towns[k] == gidx) return 1;
    return 0;
}

/* Is token i "killed" or "kills"? */
static int killed_at(const text_doc *d, uint32_t i) {
    return tk_is(d, i, "killed") || tk_is(d, i, "kills");
}

/* Can mention m be the target of trigger to? Not inside a longer unknown name
 * ("the Netherlands Antilles"); a demonym, a town or a region qualifying an
 * ordinary noun stands for its place only for physical actions ("strikes
 * against Iranian nuclear sites" hit Iran; "criticised the two German
 * members" does not criticise Germany). */
static int target_ok(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc, const trig_occ *to,
                     long m) {
    const text_doc *d = &c->doc;
    if (inside_longer_name(c, (uint32_t)m, sc->s->tbeg)) return 0;
    uint32_t after = c->ments[m].tok + c->ments[m].ntok;
    const char *ln = g->labels[to->tr->label].name;
    int acquisition = !strcmp(ln, "acquisition");
    if (!strcmp(ln, "attack")) {
        /* "attacked Japan's fiscal policy", "attacked OECD forecasts": words */
        uint32_t k = after;
        if (k + 1 < sc->s->tend && is_apos_s(d, k)) k += 2;
        /* the noun phrase's head within a few lowercase words and hyphens */
        for (uint32_t e = k + 5; k < sc->s->tend && k < e; k++) {
            if (WORD_IN(d, k, verbal_objects)) return 0;
            if ((!(d->toks[k].flags & TOK_LOWER) && !tk_char(d, k, '-')) || (c->cls[k] & W_STOP))
                break;
        }
    }
    /* an organization before a person's title names him, not itself:
     * "accusing the Tesla CEO of", "sued the Exxon chairman"; but one kills
     * the organization's people ("Israel killed a Hezbollah commander", as
     * "killed Hezbollah fighters"), where no name follows the title */
    long tt;
    if (after < sc->s->tend && tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_ORG &&
        c->ments[m].via != VIA_DEMONYM && (tt = tag_title_starting_at(c, after)) >= 0 &&
        !(killed_at(d, to->tb) && c->titles[tt].tend < sc->s->tend &&
          c->tok_ment[c->titles[tt].tend] < 0))
        return 0;
    /* one recognizes a state or a government, not a person or what a
     * possessive names: "recognised a Palestinian state", "recognised the
     * Taliban"; not "recognised Germany's fiscal problems", "recognise Leeds
     * as" */
    if (!strcmp(ln, "recognition")) {
        const tag_went *w = &c->ents[c->ments[m].ent];
        int kind = tag_went_kind(g, w);
        /* (an organization the gazetteer knows and no company: "Gartner
         * recognised Microsoft as a leader" is praise) */
        if ((kind != KIND_COUNTRY && !(kind == KIND_ORG && w->gidx >= 0 && !g->ents[w->gidx].company)) ||
            c->sports ||
            (after < sc->s->tend && (is_apos_s(d, after) || tk_char(d, after, '\''))))
            return 0;
    }
    /* one buys a company that ends its noun phrase, not what a possessive
     * or a noun names of it ("agreed to acquire Unisys Inc's 13 pct stake",
     * "offered to buy Piedmont suitor USAir"; "the takeover of Fairchild by
     * Fujitsu" names its buyer after it: find_actor) */
    /* nor a company's products, a number or a model after or before it ("the
     * purchase of 10 McDonnell Douglas Corp MD82 aircraft", "purchases of
     * Airbus A-300s") */
    if (acquisition) {
        uint32_t b = c->ments[m].tok;
        if (b > sc->s->tbeg && (d->toks[b - 1].flags & TOK_DIGIT)) return 0;
        const text_tok *at = after < sc->s->tend ? &d->toks[after] : NULL;
        /* (an acronym after it may be its legal form: "Lincoln Savings Bank
         * FSB") */
        if (at && (at->flags & TOK_WORD) &&
            ((at->flags & TOK_DIGIT) ||
             ((at->flags & TOK_UPPER) && (!(at->flags & TOK_ALLCAPS) || at->len == 1))))
            return 0;
    }
    /* (a verb after it is the clause's: "Union Pacific's takeover of Norfolk
     * Southern won approval") */
    if (acquisition && after < sc->s->tend &&
        (is_apos_s(d, after) || (tk_char(d, after, '\'') && !(d->toks[after].flags & TOK_SPACE)) ||
         ((d->toks[after].flags & TOK_LOWER) && !(c->cls[after] & W_STOP) &&
          !ed_form(d, after) && !WORD_IN(d, after, be_aux) && !WORD_IN(d, after, modals) &&
          !tk_is(d, after, "won") && !tk_is(d, after, "has") && !tk_is(d, after, "had") &&
          !tk_is(d, after, "said") && !tk_is(d, after, "says"))))
        return 0;
    /* in a text about team sports a trip to a club, or to a town the text
     * names as one, is a match, no visit ("left out of the squad for the trip
     * to Leeds United", "Liverpool travel to Burnley"); nor does a team
     * attack one: "Wasps pounded the line", "Arsenal attacked Chelsea's
     * defence" */
    if (c->sports && (!strcmp(ln, "attack") || !strcmp(ln, "visit")) &&
        (tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_ORG ||
         club_town(c, c->ents[c->ments[m].ent].gidx)))
        return 0;
    /* in a text about team sports, teams host teams ("Zambia will host
     * Lesotho, Malawi and Swaziland in the third group"): no meeting */
    if (c->sports && to->te - to->tb == 1 && !is_person(c, g, (uint32_t)m) &&
        (tk_is(d, to->tb, "host") || tk_is(d, to->tb, "hosts") || tk_is(d, to->tb, "hosted") ||
         tk_is(d, to->tb, "hosting")))
        return 0;
    /* "US television host Dick Clark", "talk show host X": a noun, after a
     * lowercase word that is no modal, "to", a form of "be" or an adverb */
    if (tk_is(d, to->tb, "host") && to->tb > sc->s->tbeg) {
        uint32_t p = to->tb - 1;
        const text_tok *pt = &d->toks[p];
        if ((pt->flags & TOK_LOWER) && !WORD_IN(d, p, modals) && !WORD_IN(d, p, be_aux) &&
            !tk_is(d, p, "to") && !tk_is(d, p, "also") && !tk_is(d, p, "and") &&
            !tk_is(d, p, "not") && !ly_form(d, p))
            return 0;
    }
    /* "met Erdogan in Ankara", not "met OPEC's quota", "met Japan's demands",
     * "met OPEC quotas": the one met ends its noun phrase; and in a text
     * about team sports only people meet: teams meet to play ("England meet
     * Italy") */
    /* (and the one hosted: "hosted U.S. warships for exercises" hosts ships) */
    int host = to->te - to->tb == 1 &&
               (tk_is(d, to->tb, "hosted") || tk_is(d, to->tb, "hosts") ||
                tk_is(d, to->tb, "hosting") || tk_is(d, to->tb, "host"));
    if (host && !is_person(c, g, (uint32_t)m) && after < sc->s->tend &&
        (d->toks[after].flags & TOK_LOWER) && !met_follows(d, sc->s, after) &&
        !WORD_IN(d, after, met_people) && !WORD_IN(d, after, agent_nouns))
        return 0;
    if (bare_meet(d, to)) {
        if (c->sports && !is_person(c, g, (uint32_t)m)) return 0;
        if (after < sc->s->tend &&
            (is_apos_s(d, after) ||
             ((d->toks[after].flags & TOK_LOWER) && !met_follows(d, sc->s, after) &&
              !WORD_IN(d, after, met_people))))
            return 0;
    }
    /* one negotiates with, or meets, the people a possessive names, not the
     * possessor: "negotiated with the Philippines' commercial creditors", "his
     * meeting with Brazil's bank advisory committee" (but its agents: "talks
     * with Iran's foreign minister"; what one backs or criticises of a country
     * is the country's: "criticised Uganda's policies") */
    uint32_t pa = after;
    if (pa + 1 < sc->s->tend && is_apos_s(d, pa)) pa += 2;
    else if (pa < sc->s->tend && tk_char(d, pa, '\'') && !(d->toks[pa].flags & TOK_SPACE)) pa += 1;
    if (pa > after) {
        while (pa + 1 < sc->s->tend && (d->toks[pa].flags & TOK_LOWER) && adjective_like(d, pa) &&
               !WORD_IN(d, pa, state_nouns))
            pa++;
        const char *l = ln;
        if (pa < sc->s->tend && (d->toks[pa].flags & TOK_LOWER) && c->tok_ment[pa] < 0 &&
            !WORD_IN(d, pa, state_nouns) && !WORD_IN(d, pa, agent_nouns) &&
            (!strcmp(l, "negotiations") || !strcmp(l, "meeting")))
            return 0;
    }
    /* a place qualifying a noun (see above): "negotiating with New York
     * bankers" is no negotiation with the city */
    /* (a country's name too before its firms: "negotiating with many U.S. textile
     * companies") */
    /* (a capital before its market names the market: "talks with the London
     * market") */
    if (c->ments[m].via == VIA_CAPITAL && after < sc->s->tend && WORD_IN(d, after, market_nouns))
        return 0;
    int place = c->ments[m].via == VIA_DEMONYM ||
                tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_LOCATION ||
                firms_after(d, sc->s, after);
    /* (but a demonym before an action names its actor: "condemned the Israeli
     * strikes") */
    /* (and what one backs or criticises of a country or party is its own:
     * "criticised the Israeli decision", "the Lib Dem stance") */
    if (place && after < sc->s->tend && (d->toks[after].flags & TOK_LOWER) &&
        !WORD_IN(d, after, state_nouns) && !(c->cls[after] & W_STOP) &&
        !(c->ments[m].via == VIA_DEMONYM && trig_covering(sc, after) >= 0) &&
        !(c->ments[m].via == VIA_DEMONYM && WORD_IN(d, after, stance_nouns) &&
          (!strcmp(ln, "condemnation") || !strcmp(ln, "support")))) {
        const char *l = ln;
        /* ("threatened tariffs on Chinese goods", "threatened to strike
         * Iranian nuclear sites") */
        return !strcmp(l, "attack") || !strcmp(l, "blockade") || !strcmp(l, "sanctions") ||
               !strcmp(l, "trade-dispute") || /* "tariffs on Chinese goods" */
               !strcmp(l, "threat");
    }
    return 1;
}

/* The country or organization that opens sentence s (after "the", or a
 * dateline), ending before token before, with no other one named from it to
 * token until: what "its" and "their" stand for in it. Its mention, or -1. */
static long sentence_owner(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t before,
                           uint32_t until) {
    const text_doc *d = &c->doc;
    uint32_t b = s->tbeg;
    /* past a dateline: "BAHRAIN - Iranian forces ..." */
    int32_t dm = c->tok_ment[b];
    if (dm >= 0 && (d->toks[b].flags & TOK_ALLCAPS)) {
        uint32_t q = c->ments[dm].tok + c->ments[dm].ntok;
        int paren = 0;
        while (q < before && (!(d->toks[q].flags & TOK_WORD) || paren)) {
            paren += tk_char(d, q, '(') - tk_char(d, q, ')');
            q++;
        }
        if (q > c->ments[dm].tok + c->ments[dm].ntok) b = q;
    }
    if (b < s->tend && (tk_is(d, b, "the") || tk_is(d, b, "The"))) b++;
    /* (or a wire's angle bracket: "<Acme Widgets Inc> said it") */
    else if (b + 1 < s->tend && tk_char(d, b, '<') && c->tok_ment[b + 1] >= 0) b++;
    int32_t m = b < s->tend ? c->tok_ment[b] : -1;
    /* a company its country and kind introduce: "Chinese electric-car maker
     * BYD cut ..." */
    if (m >= 0 && c->ments[m].tok == b) {
        long f = firm_after_country(c, g, s, (uint32_t)m);
        if (f >= 0) m = (int32_t)f;
    }
    if (m < 0 || c->ments[m].tok < b || c->ments[m].tok + c->ments[m].ntok > before ||
        c->ments[m].via == VIA_DEMONYM)
        return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
    if (kind != KIND_COUNTRY && kind != KIND_ORG) return -1;
    /* no other country or organization named before the pronoun, which could
     * be its owner too ("regular targets for Iranian attacks in an offshoot of
     * its war with Iraq"), but in an apposition right after the owner (and
     * its noun), which names no owner: "The Komeito party, the LDP's junior
     * partner for 26 years, left" */
    uint32_t q0 = c->ments[m].tok + c->ments[m].ntok;
    if (q0 + 1 < until && (d->toks[q0].flags & TOK_LOWER) && tk_char(d, q0 + 1, ',')) q0++;
    if (q0 + 2 < until && tk_char(d, q0, ',') && WORD_IN(d, q0 + 1, dets))
        for (uint32_t e = q0 + 2; e < until && e < q0 + 16; e++)
            if (tk_char(d, e, ',')) {
                q0 = e;
                break;
            }
    for (uint32_t q = q0; q < until; q++) {
        int32_t om = c->tok_ment[q];
        if (om < 0 || c->ments[om].ent == c->ments[m].ent || is_person(c, g, (uint32_t)om)) continue;
        int ok = tag_went_kind(g, &c->ents[c->ments[om].ent]);
        if (ok == KIND_COUNTRY || ok == KIND_ORG) return -1;
    }
    return m;
}

/* The owner that "its" or "their" at token k stands for after a trigger's
 * preposition: the country or organization that opens the sentence, before
 * the trigger, when a lowercase noun follows ("Iran condemned the Israeli
 * strikes on its nuclear facilities", "Ukraine said Russian strikes on its
 * energy grid ..."). Returns its mention or -1. */
static long its_owner(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc, const trig_occ *to,
                      uint32_t k) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    if (k + 1 >= s->tend || !(tk_is(d, k, "its") || tk_is(d, k, "their")) ||
        !(d->toks[k + 1].flags & TOK_LOWER))
        return -1;
    /* (the trigger's own actor may come between: "U.S. criticism of its
     * trade policies") */
    uint32_t until = to->tb;
    if (until > s->tbeg && c->tok_ment[until - 1] >= 0) until = c->ments[c->tok_ment[until - 1]].tok;
    return sentence_owner(c, g, s, to->tb, until);
}

/* Is trigger occurrence to, if it is "deal" or "deals", the noun: after a
 * determiner, a number or an amount, maybe over up to three modifiers ("signed a
 * deal with", "struck a coalition deal with", "a $38 billion deal with"; not
 * "to deal with Iran", "the ministry deals with")? Other triggers: 1. */
static int deal_noun(const text_doc *d, const text_sent *s, const trig_occ *to) {
    if (to->te - to->tb != 1 || !(tk_is(d, to->tb, "deal") || tk_is(d, to->tb, "deals"))) return 1;
    uint32_t k = to->tb;
    for (int n = 0; n < 4 && k > s->tbeg; n++) {
        k--;
        if (WORD_IN(d, k, dets) || (d->toks[k].flags & TOK_DIGIT) || WORD_IN(d, k, amounts))
            return 1;
        if (!(d->toks[k].flags & TOK_LOWER) || (tk_is(d, k, "to")) || WORD_IN(d, k, modals))
            return 0;
    }
    return 0;
}


/* The mention named by "of" after a held noun at token k of sentence s, maybe
 * after a determiner or a number ("20 fighters of the Islamic State"), or -1. */
static long owner_of_held(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc, uint32_t k) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    if (k < s->tend && (WORD_IN(d, k, dets) || (d->toks[k].flags & TOK_DIGIT))) k++;
    if (k + 2 >= s->tend || !WORD_IN(d, k, held_nouns) || !tk_is(d, k + 1, "of")) return -1;
    return np_after(c, g, sc, k + 2);
}

static int carried_out(const tag_ctx *c, const sent_ctx *sc, uint32_t tb);
static int words_after_during(const tag_ctx *c, const text_sent *s, uint32_t tb);

/* Past "what he called", "what it described as", "what they termed", "what
 * the military said were", "what Israel says is" at token k, where a verb's
 * object is named in the speaker's words ("Sharif condemned what he called
 * Indian aggression", "Israeli jets struck what it said were Hezbollah
 * sites"): the token after; else k. The speaker is a pronoun, "the" and a
 * noun, or up to three capitalized words. */
static uint32_t what_called(const text_doc *d, const text_sent *s, uint32_t k) {
    if (k + 3 >= s->tend || !tk_is(d, k, "what")) return k;
    uint32_t v = k + 1;
    if (tk_is(d, v, "he") || tk_is(d, v, "she") || tk_is(d, v, "it") || tk_is(d, v, "they") ||
        tk_is(d, v, "we"))
        v++;
    else if (tk_is(d, v, "the") && (d->toks[v + 1].flags & TOK_LOWER))
        v += 2;
    else
        while (v < k + 4 && v < s->tend && (d->toks[v].flags & TOK_UPPER)) v++;
    if (v == k + 1 || v + 1 >= s->tend) return k;
    if (tk_is(d, v, "called") || tk_is(d, v, "calls") || tk_is(d, v, "termed")) return v + 1;
    if ((tk_is(d, v, "described") || tk_is(d, v, "describes")) && tk_is(d, v + 1, "as"))
        return v + 2;
    if ((tk_is(d, v, "said") || tk_is(d, v, "says")) &&
        (tk_is(d, v + 1, "were") || tk_is(d, v + 1, "was") || tk_is(d, v + 1, "are") ||
         tk_is(d, v + 1, "is")))
        return v + 2;
    return k;
}

/* The mention that "In" and a comma open sentence s with ("In Gaza, ...";
 * with adjective set, also past one lowercase word: "In eastern Ukraine,
 * ..."), or -1. */
static long opening_in(const tag_ctx *c, const text_sent *s, int adjective) {
    const text_doc *d = &c->doc;
    uint32_t k = s->tbeg + 1;
    if (s->tbeg + 3 >= s->tend || !text_tok_is(d, &d->toks[s->tbeg], "In")) return -1;
    if (adjective && c->tok_ment[k] < 0 && (d->toks[k].flags & TOK_LOWER)) k++;
    long m = c->tok_ment[k];
    if (m < 0 || c->ments[m].tok != k) return -1;
    uint32_t e = k + c->ments[m].ntok;
    return e < s->tend && tk_char(d, e, ',') ? m : -1;
}

/* The mention of the doer that opens the noun of trigger to, right before it
 * or one or two lowercase words before it ("a Russian missile attack", "new
 * EU sanctions"; and a people's adjective before a verb's form, which it
 * makes a noun: "came under Russian attack"), or -1. */
static long deed_doer(const tag_ctx *c, const text_sent *s, const trig_occ *to) {
    const text_doc *d = &c->doc;
    uint32_t tb = to->tb, k = tb;
    while (k > s->tbeg && tb - k < 2 && c->tok_ment[k - 1] < 0 &&
           (d->toks[k - 1].flags & TOK_LOWER))
        k--;
    long m = ment_ending_before(c, k, s->tbeg);
    return m >= 0 && (used_as_noun(d, s, to) || c->ments[m].via == VIA_DEMONYM) ? m : -1;
}

/* Does mention m qualify an ordinary noun phrase after it, a plural noun or
 * an adjective, so that it is no agent ("lawsuits by Texas customers",
 * "endorsed by the Venice economic summit"; but "by Russian forces", "backed
 * by Rwanda captured")? */
static int qualifies_noun(const tag_ctx *c, const text_sent *s, long m) {
    const text_doc *d = &c->doc;
    uint32_t e = c->ments[m].tok + c->ments[m].ntok;
    return e < s->tend && (d->toks[e].flags & TOK_LOWER) && !WORD_IN(d, e, state_nouns) &&
           !(c->cls[e] & W_STOP) && !ed_form(d, e) &&
           (tag_plural_noun(d, e) || adjective_like(d, e));
}

/* The name that suffers a deed whose doer's name or adjective opens its noun
 * at token a ("a Russian missile attack", "new EU sanctions"): the one right
 * before a patient marker ahead of the doer, past its article and
 * adjectives, maybe with a form of "be" or "come" or a comma between
 * ("Ukraine was hit by a Russian attack", "Kyiv came under Russian attack",
 * "Russia faces new EU sanctions", "Iran is the target of US sanctions",
 * "Iran, hit by fresh EU sanctions,"); or -1. */
static long deed_patient(const tag_ctx *c, const text_sent *s, uint32_t a) {
    const text_doc *d = &c->doc;
    uint32_t q = a;
    long mb;
    while ((mb = patient_marker_ending(d, s->tbeg, q)) < 0 && q > s->tbeg && a - q < 3 &&
           (d->toks[q - 1].flags & TOK_LOWER) && c->tok_ment[q - 1] < 0)
        q--;
    if (mb < 0) return -1;
    uint32_t p = (uint32_t)mb;
    while (p > s->tbeg && mb - p < 3 && WORD_IN(d, p - 1, patient_aux)) p--;
    if (p > s->tbeg && tk_char(d, p - 1, ',')) p--;
    return ment_ending_before(c, p, s->tbeg);
}

/* The place that "In" and a comma open sentence s with (opening_in, one
 * adjective allowed): the mention of a country or a place, not by a demonym
 * nor a capital; or -1. */
static long opening_place(const tag_ctx *c, const gaz_t *g, const text_sent *s) {
    long m = opening_in(c, s, 1);
    if (m < 0 || c->ments[m].via == VIA_DEMONYM || c->ments[m].via == VIA_CAPITAL) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
    return kind == KIND_COUNTRY || kind == KIND_LOCATION ? m : -1;
}

/* The state or armed group that token q names as the object of "fight": a
 * country's name, or its demonym before a noun of its agents ("the Sudanese
 * army", "Russian forces"), or an armed group's name, ending the object's
 * phrase (not "Bolivia's cocaine trade", "the Japanese government's
 * attempt"); its mention, or -1. */
static long fought_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q) {
    const text_doc *d = &c->doc;
    if (q < s->tend && tk_is(d, q, "the")) q++;
    int32_t m = q < s->tend ? c->tok_ment[q] : -1;
    if (m < 0 || c->ments[m].tok != q) return -1;
    const tag_went *w = &c->ents[c->ments[m].ent];
    uint32_t e = q + c->ments[m].ntok;
    if (c->ments[m].via == VIA_DEMONYM) {
        if (e >= s->tend || !WORD_IN(d, e, state_nouns)) return -1;
        e++;
    }
    if (e < s->tend && (is_apos_s(d, e) || glued_hyphen(d, e))) return -1;
    return state_or_armed(g, w) ? m : -1;
}

/* The place an attack's object that is no name stands in, from token k: one
 * to four lowercase words (past "what it called"), "in" and a country or a
 * place ("struck targets in Lebanon", "strikes on what it called terrorist
 * camps in Pakistan"; no word of another trigger between: "struck a deal in
 * Geneva"). Its mention, or -1. */
static long place_past_object(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc,
                              const trig_occ *to, uint32_t k) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    uint32_t n = 0;
    k = what_called(d, s, k);
    /* (nouns only: "a bombing could happen in the UK" is no object; nor one
     * with an owner: "attacked its embassy in Damascus" is the owner's,
     * its_owner's) */
    while (k < s->tend && n < 4 && (d->toks[k].flags & (TOK_LOWER | TOK_DIGIT)) &&
           !(d->toks[k].flags & TOK_UPPER) && c->tok_ment[k] < 0 && !is_prep(g, &d->toks[k]) &&
           trig_covering(sc, k) < 0 && !WORD_IN(d, k, modals) && !WORD_IN(d, k, be_aux) &&
           !tk_is(d, k, "its") && !tk_is(d, k, "their") && !tk_is(d, k, "his") &&
           !tk_is(d, k, "her"))
        k++, n++;
    long pm = n && k + 1 < s->tend && tk_is(d, k, "in") ? np_after(c, g, sc, k + 1) : -1;
    /* (a name right after "in", maybe after "the": "in the West Bank city of
     * Jenin", or a place's noun and "of": "in the town of Nabatieh") */
    uint32_t a = k + 1 + (k + 2 < s->tend && tk_is(d, k + 1, "the"));
    if (pm >= 0 && c->tok_ment[a] < 0 &&
        !(c->ments[pm].tok == a + 2 && (d->toks[a].flags & TOK_LOWER) &&
          WORD_IN(d, a, place_nouns) && tk_is(d, a + 1, "of")))
        return -1;
    /* (nor a sea, whose "and" may go on to another's modifier: "attacks on
     * shipping in the Gulf and U.S. officials said") */
    if (pm >= 0 && sea_entity(g, &c->ents[c->ments[pm].ent])) return -1;
    int pk = pm >= 0 ? tag_went_kind(g, &c->ents[c->ments[pm].ent]) : KIND_OTHER;
    return (pk == KIND_COUNTRY || pk == KIND_LOCATION) && target_ok(c, g, sc, to, pm) ? pm : -1;
}

/* The party a verb's object names after ", including" when the object
 * itself is a few words that name none, or only a people's adjective
 * ("sanctioned six Russian oligarchs, including Roman Abramovich", "struck
 * targets in several countries, including Iran"): up to six lowercase words,
 * numbers, demonyms and "in", "of" or "from" from token k to the comma.
 * Returns the mention or -1. */
static long included_after(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc, uint32_t k) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    uint32_t q = k;
    while (q < s->tend && q < k + 6 && trig_covering(sc, q) < 0) {
        int32_t m = c->tok_ment[q];
        if (m >= 0 ? c->ments[m].via != VIA_DEMONYM || c->ments[m].tok != q
                   : !(d->toks[q].flags & (TOK_LOWER | TOK_DIGIT)) ||
                         ((c->cls[q] & W_STOP) && !WORD_IN(d, q, dets) && !tk_is(d, q, "in") &&
                          !tk_is(d, q, "of") && !tk_is(d, q, "from")))
            break;
        q += m >= 0 ? c->ments[m].ntok : 1;
    }
    if (q == k || q + 2 >= s->tend || !tk_char(d, q, ',') || !tk_is(d, q + 1, "including"))
        return -1;
    /* (a name, not a people's adjective of what is included: "captured
     * weaponry, including 11 Czechoslovak-made L-39 bombers") */
    long m = np_after(c, g, sc, q + 2);
    return m >= 0 && c->ments[m].via != VIA_DEMONYM ? m : -1;
}

/* The end of a passive verb at token i after a trigger's noun: a form of
 * "be", maybe after a modal or "has", maybe an adverb, and a noun_passives
 * participle ("was reached", "has been signed", "will be formally
 * concluded"); or i. */
static uint32_t noun_passive_end(const text_doc *d, const text_sent *s, uint32_t i) {
    uint32_t q = i;
    if (q < s->tend && (WORD_IN(d, q, modals) || tk_is(d, q, "has") || tk_is(d, q, "have") ||
                        tk_is(d, q, "had")))
        q++;
    if (q >= s->tend || !WORD_IN(d, q, be_aux)) return i;
    q++;
    if (q < s->tend && ly_form(d, q)) q++;
    return q + 1 < s->tend && WORD_IN(d, q, noun_passives) ? q + 1 : i;
}

/* Targets of a trigger: "between X and Y" fills both and returns 2; a preposition
 * of the mask or a direct object returns 1; none returns 0. Nouns take their
 * preposition right after them (quotes aside); verbs may have an adverb or two in
 * between ("cooperating fully with"). */
static int find_targets(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc,
                        const trig_occ *to, group *tg, group *between) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    tg->n = between->n = 0;
    /* after a determiner the trigger is a noun ("how much support Gates would
     * have"): no direct object */
    int as_noun = to->tb > s->tbeg && (WORD_IN(d, to->tb - 1, dets) || tk_is(d, to->tb - 1, "much"));
    /* but a verb's phrase that ends with its preposition keeps its object
     * as a noun: "held a meeting with Xi" ("meet with") */
    if (as_noun && !to->tr->noun && to->te > to->tb + 1 && is_prep(g, &d->toks[to->te - 1]))
        as_noun = 0;
    /* "fight" keeps no object of its own (a contest, a bid, a lawsuit as
     * often: "fought the takeover", "fought Microsoft in court"), but one
     * that is a state or an armed group is its enemy, outside a text about
     * sport: "the RSF has been fighting the Sudanese army", "Ukraine is
     * fighting Russia" (fought_at; not the base "fight", a noun as often:
     * "Oracle's fight to acquire Peoplesoft") */
    if (!to->tr->noun && !as_noun && !c->sports && !(to->tr->preps & (1u << PREP_OBJ)) &&
        (d->toks[to->tb].flags & TOK_SPACE) && /* (not "hard-fought") */
        (tk_is(d, to->tb, "fighting") || tk_is(d, to->tb, "fought") ||
         tk_is(d, to->tb, "fights"))) {
        long m = fought_at(c, g, s, to->te);
        if (m >= 0 && target_ok(c, g, sc, to, m)) {
            coordinate(c, g, s, (uint32_t)m, +1, tg);
            return 1;
        }
    }
    /* "meeting" right after a subordinator is the verb, its object a name:
     * "said after meeting Xi in Beijing", "Before meeting Putin, Orban" */
    if (to->tr->noun && to->te == to->tb + 1 && tk_is(d, to->tb, "meeting") &&
        to->tb > s->tbeg && subordinator_at(d, to->tb - 1)) {
        long m = np_after(c, g, sc, to->te);
        if (m < 0 || !target_ok(c, g, sc, to, m)) return 0;
        /* (a people's adjective before a name we do not know is that
         * person's: "before meeting Russian Marat Safin") */
        uint32_t e = c->ments[m].tok + c->ments[m].ntok;
        if (c->ments[m].via == VIA_DEMONYM && e < s->tend && c->tok_ment[e] < 0 &&
            (d->toks[e].flags & TOK_UPPER))
            return 0;
        coordinate(c, g, s, (uint32_t)m, +1, tg);
        return 1;
    }
    /* one supplies the receiver "with" arms: "Iran supplied Russia with
     * drones" (supplied_with; the verb takes "to" for what is supplied) */
    if (!to->tr->noun && !as_noun && to->te == to->tb + 1 && supplied_with(c, s, to->tb)) {
        long m = np_after(c, g, sc, to->te);
        if (m < 0 || !target_ok(c, g, sc, to, m)) return 0;
        coordinate(c, g, s, (uint32_t)m, +1, tg);
        return 1;
    }
    if ((to->tr->preps & (1u << PREP_OBJ)) && !as_noun) {
        uint32_t o = what_called(d, s, to->te);
        long m = np_after(c, g, sc, o);
        if (m < 0 && !to->tr->noun) m = owner_of_held(c, g, sc, to->te);
        /* a noun for a party, then "and" and a name: the name ("has sued the
         * company and Sam Altman") */
        if (m < 0 && !to->tr->noun && o + 3 < s->tend && tk_is(d, o, "the") &&
            (d->toks[o + 1].flags & TOK_LOWER) && c->tok_ment[o + 1] < 0 &&
            trig_covering(sc, o + 1) < 0 && tk_is(d, o + 2, "and"))
            m = np_after(c, g, sc, o + 3);
        /* what is blamed on someone is no party: "blamed Autolatina's losses
         * on Brazil's government" (the one after "on"), "blamed England's
         * poor run on a lack of leadership" (none) */
        uint32_t oe = m >= 0 ? c->ments[m].tok + c->ments[m].ntok : 0;
        if (m >= 0 && (to->tr->preps & (1u << PREP_ON)) && is_apos_s(d, oe) &&
            !strcmp(g->labels[to->tr->label].name, "accusation")) {
            uint32_t k = oe + 2;
            while (k < s->tend && k < oe + 8 && (d->toks[k].flags & TOK_LOWER) &&
                   !tk_is(d, k, "on"))
                k++;
            if (k + 1 < s->tend && tk_is(d, k, "on")) {
                m = np_after(c, g, sc, k + 1);
                if (m < 0) return 0;
            }
        }
        /* (the object's members after ", including", where the object names
         * none or only their people) */
        if (!to->tr->noun && (m < 0 || c->ments[m].via == VIA_DEMONYM)) {
            long im = included_after(c, g, sc, o);
            if (im >= 0) m = im;
        }
        if (m >= 0 && target_ok(c, g, sc, to, m)) {
            coordinate(c, g, s, (uint32_t)m, +1, tg);
            return 1;
        }
        /* a verb of attack whose object is no name, before "in" and a
         * place: the place is the target ("Israel struck targets in Lebanon",
         * "Russia bombed a hospital in Ukraine"; no word of another trigger
         * between: "struck a deal in Geneva") */
        if (m < 0 && !to->tr->noun && !strcmp(g->labels[to->tr->label].name, "attack")) {
            long pm = place_past_object(c, g, sc, to, to->te);
            if (pm >= 0) {
                coordinate(c, g, s, (uint32_t)pm, +1, tg);
                return 1;
            }
        }
        /* the object of a trigger verb in the infinitive after the verb:
         * "threatened to strike the United States" (not "threatened to follow
         * Brazil") */
        uint32_t v = to->te + 1;
        long vt = v + 1 < s->tend && tk_is(d, to->te, "to") ? trig_covering(sc, v) : -1;
        if (!to->tr->noun && vt >= 0 && sc->trigs[vt].tb == v && !sc->trigs[vt].tr->noun &&
            (sc->trigs[vt].tr->preps & (1u << PREP_OBJ)) &&
            (m = np_after(c, g, sc, sc->trigs[vt].te)) >= 0 && target_ok(c, g, sc, to, m)) {
            coordinate(c, g, s, (uint32_t)m, +1, tg);
            return 1;
        }
    }
    int gap = 0;
    for (uint32_t i = to->te; i < s->tend; i++) {
        if (is_quote(d, i)) continue;
        /* what one threatens to bring: "threatened to impose (new) sanctions
         * on Iran", "threatened to slap tariffs on Mexico" */
        if (i == to->te && i + 2 < s->tend && tk_is(d, i, "to") && !to->tr->noun &&
            (d->toks[i + 1].flags & TOK_LOWER) && !WORD_IN(d, i + 1, threat_objects) &&
            !strcmp(g->labels[to->tr->label].name, "threat")) {
            uint32_t o = i + 2; /* (past up to two modifiers: "new", "25 %"; and "a":
                                 * "to launch a trade investigation against") */
            if (o + 1 < s->tend && (tk_is(d, o, "a") || tk_is(d, o, "an"))) o++;
            while (o < s->tend && o < i + 5 && !WORD_IN(d, o, threat_objects) &&
                   ((d->toks[o].flags & (TOK_LOWER | TOK_DIGIT)) || tk_char(d, o, '%')) &&
                   !(c->cls[o] & W_STOP) && c->tok_ment[o] < 0)
                o++;
            if (o < s->tend && WORD_IN(d, o, threat_objects)) {
                i = o;
                continue;
            }
        }
        /* a noun's passive verb before its preposition: "an agreement was
         * reached with the IMF", "a ceasefire was agreed between Israel and
         * Hamas"; a noun of two parties has them after "by" too: "The
         * agreement was signed by Armenia and Azerbaijan" */
        if (i == to->te && to->tr->noun) {
            uint32_t q = noun_passive_end(d, s, i);
            if (q > i && tk_is(d, q, "by") && (to->tr->preps & (1u << PREP_BETWEEN))) {
                long m = np_after(c, g, sc, q + 1);
                if (m < 0 || !target_ok(c, g, sc, to, m)) return 0;
                coordinate(c, g, s, (uint32_t)m, +1, between);
                return between->n >= 2 ? 2 : 0;
            }
            if (q > i) {
                i = q - 1;
                continue;
            }
        }
        int p = is_prep(g, &d->toks[i]);
        if (!p) {
            int adverb = !to->tr->noun && ly_form(d, i);
            if (adverb && ++gap <= 2) continue;
            /* a time between ("agreed on Monday with", "reached an agreement
             * last week with") */
            if (i + 1 < s->tend && ++gap <= 2 &&
                (tk_is(d, i, "last") || tk_is(d, i, "this") || tk_is(d, i, "next")) &&
                (tk_is(d, i + 1, "week") || tk_is(d, i + 1, "month") || tk_is(d, i + 1, "year"))) {
                i++;
                continue;
            }
            /* the price paid, before what it buys: "paid $1bn for Robert
             * Mondavi", "paid 55 mln dlrs for" (numbers, currency signs and
             * their words) */
            if (!to->tr->noun && gap <= 6 && !strcmp(g->labels[to->tr->label].name, "acquisition") &&
                ((d->toks[i].flags & TOK_DIGIT) || WORD_IN(d, i, amounts) || tk_char(d, i, '$') ||
                 tk_is(d, i, "about") || tk_is(d, i, "some") ||
                 ((unsigned char)d->text[d->toks[i].start] >= 0x80 && d->toks[i].len <= 3))) {
                gap++;
                continue;
            }
            /* what one threatens, before whom, maybe after one or two words
             * that qualify it: "threatened retaliation against the EU",
             * "threatened military action against Nigeria", "threatened
             * retaliatory tariffs against the European Union", "threatened
             * new economic sanctions on Russia" */
            if (i == to->te && !to->tr->noun && !strcmp(g->labels[to->tr->label].name, "threat")) {
                uint32_t j = i;
                while (j < i + 2 && j + 1 < s->tend && !WORD_IN(d, j, threat_objects) &&
                       (d->toks[j].flags & (TOK_WORD | TOK_LOWER)) == (TOK_WORD | TOK_LOWER) &&
                       d->toks[j].len >= 3 && !is_prep(g, &d->toks[j]) && !tk_is(d, j, "and"))
                    j++;
                if (WORD_IN(d, j, threat_objects)) {
                    i = j;
                    continue;
                }
            }
            return 0;
        }
        /* what a ban stops, before the "to" of whom it stops it for:
         * "banned exports of gallium and germanium to the United States" (up
         * to three lowercase words and "and") */
        if (p == PREP_OF && i == to->te && !(to->tr->preps & (1u << p)) &&
            (to->tr->preps & (1u << PREP_TO)) &&
            !strcmp(g->labels[to->tr->label].name, "sanctions")) {
            uint32_t q = i + 1;
            while (q < s->tend && q < i + 5 && (d->toks[q].flags & TOK_LOWER) &&
                   c->tok_ment[q] < 0 && !tk_is(d, q, "to"))
                q++;
            if (q > i + 1 && q + 1 < s->tend && tk_is(d, q, "to")) {
                i = q - 1;
                continue;
            }
        }
        /* a noun's rate or amount ("tariffs of up to 35 percent on Chinese
         * cars", "sanctions of $5 billion against") */
        if (to->tr->noun && tk_is(d, i, "of") && !(to->tr->preps & (1u << p))) {
            uint32_t q = i + 1;
            if (q + 1 < s->tend && tk_is(d, q, "up") && tk_is(d, q + 1, "to")) q += 2;
            if (q < s->tend && (tk_char(d, q, '$') || tk_char(d, q, '\x80'))) q++;
            if (q + 1 < s->tend && (d->toks[q].flags & TOK_DIGIT) &&
                (tk_is(d, q + 1, "percent") || tk_char(d, q + 1, '%') || WORD_IN(d, q + 1, amounts))) {
                i = q + 1;
                continue;
            }
        }
        /* a strike a people's forces make "in" a place strikes it: "An
         * Israeli strike in Beirut's southern suburbs killed", and so does
         * one carried out: "Israel carried out strikes in Lebanon" */
        /* "in 1984", "on Monday", "in March" between the trigger and its
         * preposition: a time, passed over ("reached a rescheduling agreement
         * in 1984 with the Paris Club") */
        if ((p == PREP_IN || p == PREP_ON) && i + 2 < s->tend && ++gap <= 2 &&
            !(to->tr->preps & (1u << p)) && (year_at(d, i + 1) || WORD_IN(d, i + 1, said_when) ||
                                              WORD_IN(d, i + 1, month_names))) {
            i++;
            continue;
        }
        /* the town where one meets, between the trigger and "with": "met in
         * Caracas with Richard Grenell", "held talks in Geneva with" (a
         * town or a capital, no country: "talks in Iran with" may be Iran's) */
        if ((p == PREP_IN || p == PREP_AT) && i == to->te &&
            ((to->tr->preps & (1u << PREP_WITH)) || bare_meet(d, to)) &&
            !(to->tr->preps & (1u << p))) {
            long pm = np_after(c, g, sc, i + 1);
            uint32_t pe = pm >= 0 ? c->ments[pm].tok + c->ments[pm].ntok : 0;
            if (pm >= 0 && c->ments[pm].tok == i + 1 && pe + 1 < s->tend && tk_is(d, pe, "with") &&
                (c->ments[pm].via == VIA_CAPITAL ||
                 tag_went_kind(g, &c->ents[c->ments[pm].ent]) == KIND_LOCATION)) {
                if (!(to->tr->preps & (1u << PREP_WITH))) { /* "met" takes "with" here */
                    long m = np_after(c, g, sc, pe + 1);
                    if (m < 0 || !target_ok(c, g, sc, to, m)) return 0;
                    coordinate(c, g, s, (uint32_t)m, +1, tg);
                    return 1;
                }
                i = pe - 1;
                continue;
            }
        }
        /* (a verb's form right after a demonym is a noun: "Israeli strikes") */
        /* (past a weapon's noun: "a Russian drone attack in Kharkiv") */
        uint32_t db = to->tb > s->tbeg + 1 && (WORD_IN(d, to->tb - 1, weapon_nouns) ||
                                               tk_is(d, to->tb - 1, "air"))
                          ? to->tb - 1
                          : to->tb;
        int by_people = db > s->tbeg && c->tok_ment[db - 1] >= 0 &&
                        c->ments[c->tok_ment[db - 1]].via == VIA_DEMONYM;
        int strike_in = p == PREP_IN && i == to->te &&
                        !strcmp(g->labels[to->tr->label].name, "attack") &&
                        (by_people || carried_out(c, sc, to->tb));
        /* (a threatened measure's target: "threatened tariffs on Canada") */
        int measure_on = p == PREP_ON && i > to->te && WORD_IN(d, i - 1, threat_objects) &&
                         !to->tr->noun && !strcmp(g->labels[to->tr->label].name, "threat");
        /* a trip's agent after "by" before its place, after "during" (the
         * actor trip_actor gives): passed over, "during a visit by Prime
         * Minister Narendra Modi to Moscow" */
        if (p == PREP_BY && i == to->te && !(to->tr->preps & (1u << PREP_BY)) &&
            words_after_during(c, s, to->tb) >= 1) {
            long am = np_after(c, g, sc, i + 1);
            if (am >= 0) {
                i = c->ments[am].tok + c->ments[am].ntok - 1;
                continue;
            }
        }
        if (!(to->tr->preps & (1u << p)) && !strike_in && !measure_on)
            return 0; /* another preposition: not ours */
        if (p == PREP_WITH && !deal_noun(d, s, to)) return 0; /* "to deal with Iran" */
        long m = np_after(c, g, sc, i + 1);
        if (m < 0 && p != PREP_BETWEEN) m = its_owner(c, g, sc, to, i + 1);
        /* "the group", "the movement" ... ending its phrase: the organization
         * named before that it stands for ("agreed a truce with the group",
         * the Houthis named before: org_antecedent); not "the company" or
         * "the bank", which business news says of too many ("a tender offer
         * for the company" after its advisers are named) */
        if (m < 0 && p != PREP_BETWEEN && i + 2 < s->tend && tk_is(d, i + 1, "the") &&
            !tk_is(d, i + 2, "company") && !tk_is(d, i + 2, "firm") &&
            !tk_is(d, i + 2, "bank") && strcmp(g->labels[to->tr->label].name, "acquisition") &&
            strcmp(g->labels[to->tr->label].name, "ownership") &&
            strcmp(g->labels[to->tr->label].name, "merger") &&
            (i + 3 >= s->tend || !(d->toks[i + 3].flags & TOK_WORD) || is_prep(g, &d->toks[i + 3])))
            m = org_antecedent(c, g, s, i + 2);
        /* an attack "on" or "against" what is in a place: "missile strikes on
         * what it called terrorist camps in Pakistan" */
        if (m < 0 && (p == PREP_ON || p == PREP_AGAINST) &&
            !strcmp(g->labels[to->tr->label].name, "attack"))
            m = place_past_object(c, g, sc, to, i + 1);
        /* a duty or ban on goods from a country falls on the country:
         * "tariffs on steel imports from Canada", "a ban on beef from
         * Britain" (one or two words of goods) */
        if (m < 0 && p == PREP_ON &&
            (!strcmp(g->labels[to->tr->label].name, "trade-dispute") ||
             !strcmp(g->labels[to->tr->label].name, "sanctions"))) {
            uint32_t k = i + 1;
            while (k < s->tend && k < i + 3 && WORD_IN(d, k, goods_nouns)) k++;
            if (k > i + 1 && k + 1 < s->tend && tk_is(d, k, "from")) m = np_after(c, g, sc, k + 1);
            /* (or on what is sold "to" the target: "export controls on rare
             * earths to the United States", up to three words) */
            for (k = i + 1; m < 0 && k < s->tend && k < i + 5 && (d->toks[k].flags & TOK_LOWER); k++)
                if (tk_is(d, k, "to") && k > i + 1 && k + 1 < s->tend &&
                    (to->tr->preps & (1u << PREP_TO)))
                    m = np_after(c, g, sc, k + 1);
        }
        if (m < 0 || !target_ok(c, g, sc, to, m)) return 0;
        /* (arms "against" a people's weapons defend from them: "needs more
         * missiles against Russian drones" attacks no one; "a strike against
         * Iranian missile sites" attacks Iran) */
        uint32_t w = c->ments[m].tok + c->ments[m].ntok;
        if (p == PREP_AGAINST && c->ments[m].via == VIA_DEMONYM && w < s->tend &&
            WORD_IN(d, w, weapon_nouns) &&
            (w + 1 == s->tend || !(d->toks[w + 1].flags & TOK_LOWER) ||
             is_prep(g, &d->toks[w + 1]) || tk_is(d, w + 1, "and") || tk_is(d, w + 1, "or")) &&
            !strcmp(g->labels[to->tr->label].name, "attack"))
            return 0;
        /* (only a place, not the strikers' own: "a Russian drone strike in
         * Kharkiv", not "Israeli strikes in Israel's name") */
        if (strike_in) {
            const tag_went *tw = &c->ents[c->ments[m].ent];
            int tk = tag_went_kind(g, tw);
            if ((tk != KIND_COUNTRY && tk != KIND_LOCATION) ||
                (by_people && c->ments[m].ent == c->ments[c->tok_ment[db - 1]].ent))
                return 0;
        }
        if (p == PREP_BETWEEN) {
            coordinate(c, g, s, (uint32_t)m, +1, between);
            return between->n >= 2 ? 2 : 0;
        }
        coordinate(c, g, s, (uint32_t)m, +1, tg);
        return 1;
    }
    return 0;
}

/* The speaker a pronoun at token i stands for in "X said it had struck ..."
 * ("announced", "confirmed" too: "Iran announced it had launched"):
 * the pronoun (or "its" and a noun of its forces: "its forces", "their
 * troops") right after "said" or "said that", and a name opening the
 * sentence or a clause before "said", maybe with its agents ("Israel's
 * military said it ..."): "it" and "they" for a country or organization, "he"
 * and "she" for a person. Returns its mention, or -1. */
/* The token of the verb of saying before token i, past "that" and a time or
 * "in a statement" after the verb: "said on Tuesday it", "said late on
 * Monday that it", "said in a statement it" (the verb is the caller's to
 * test: the token where the walk ends). */
static long said_verb_before(const text_doc *d, const text_sent *s, uint32_t i) {
    long k = (long)i - 1;
    if (k > (long)s->tbeg && tk_is(d, (size_t)k, "that")) k--;
    if (k > (long)s->tbeg + 1 && WORD_IN(d, (size_t)k, said_when)) {
        k--;
        if (tk_is(d, (size_t)k, "on") || tk_is(d, (size_t)k, "early") || tk_is(d, (size_t)k, "late"))
            k--;
        if (k > (long)s->tbeg && (tk_is(d, (size_t)k, "late") || tk_is(d, (size_t)k, "early"))) k--;
    } else if (k > (long)s->tbeg + 3 && tk_is(d, (size_t)k, "statement") &&
               tk_is(d, (size_t)k - 1, "a") && tk_is(d, (size_t)k - 2, "in")) {
        k -= 3;
    }
    return k;
}

static long said_pronoun(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t i,
                         int forces_ok) {
    const text_doc *d = &c->doc;
    int person = tk_is(d, i, "he") || tk_is(d, i, "she");
    /* (or a noun for it: "OpenAI said the company had signed", "Iran said
     * the country would retaliate": noun_kind) */
    int nk = noun_for_name(d, s, i), nk_open;
    /* (or its forces: "Ukraine's military said its forces had struck") */
    int forces = forces_ok && (tk_is(d, i, "its") || tk_is(d, i, "their")) && i + 1 < s->tend &&
                 WORD_IN(d, i + 1, state_nouns);
    if (!person && !nk && !forces && !tk_is(d, i, "it") && !tk_is(d, i, "they")) return -1;
    long k = said_verb_before(d, s, i);
    if (k <= (long)s->tbeg || !(tk_is(d, (size_t)k, "said") || tk_is(d, (size_t)k, "says") ||
                                tk_is(d, (size_t)k, "announced") || tk_is(d, (size_t)k, "confirmed")))
        return -1;
    k--;
    /* ("Iran has said it", "Israel had announced it") */
    if (k > (long)s->tbeg && (tk_is(d, (size_t)k, "has") || tk_is(d, (size_t)k, "had") ||
                              tk_is(d, (size_t)k, "have")))
        k--;
    /* ("Nvidia reported ... The company said it would invest": the country
     * or organization the sentence's opening noun stands for) */
    if (k == (long)s->tbeg + 1 && (nk_open = noun_for_name(d, s, s->tbeg)) != 0) {
        long m = person ? -1 : owner_before(c, g, s, nk_open);
        return m >= 0 && (!nk || nk == nk_open) ? m : -1;
    }
    /* "Israel's military", "Netanyahu's office", "Ukraine's military
     * intelligence agency" (up to two such words before "agency" or
     * "service"; not a name's own word: "The Israeli military said it") */
    int body = k > (long)s->tbeg + 1 && (tk_is(d, (size_t)k, "agency") ||
                                         tk_is(d, (size_t)k, "service")) &&
               WORD_IN(d, (size_t)k - 1, state_nouns);
    if (k > (long)s->tbeg && c->tok_ment[k] < 0 &&
        (WORD_IN(d, (size_t)k, state_nouns) || tk_is(d, (size_t)k, "office") || body)) {
        k--;
        for (int n = 0; body && n < 2 && k > (long)s->tbeg && c->tok_ment[k] < 0 &&
                        (d->toks[k].flags & TOK_LOWER) && WORD_IN(d, (size_t)k, state_nouns);
             n++)
            k--;
        /* (or a demonym: "The Turkish army said it") */
        int32_t dm = c->tok_ment[k];
        int demonym = dm >= 0 && c->ments[dm].via == VIA_DEMONYM &&
                      c->ments[dm].tok + c->ments[dm].ntok - 1 == (uint32_t)k;
        if (!demonym) {
            if (k < (long)s->tbeg + 2 || !is_apos_s(d, (size_t)k - 1)) return -1;
            k -= 2;
        }
    }
    int32_t m = k >= (long)s->tbeg ? c->tok_ment[k] : -1;
    if (m < 0 || c->ments[m].tok + c->ments[m].ntok - 1 != (uint32_t)k) return -1;
    /* "The Houthis in Yemen said they": the place only says where they are */
    int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
    if ((kind == KIND_COUNTRY || kind == KIND_LOCATION) && c->ments[m].tok > s->tbeg + 1 &&
        tk_is(d, c->ments[m].tok - 1, "in")) {
        long m2 = ment_ending_before(c, c->ments[m].tok - 1, s->tbeg);
        if (m2 >= 0) m = (int32_t)m2;
    }
    uint32_t b = titled_start(c, g, s, (uint32_t)m); /* "Israeli Prime Minister X said he" */
    if (b > s->tbeg && tk_is(d, b - 1, "the")) b--; /* "The IDF said ..." */
    /* (past its country's possessive: "Germany's Siemens AG said it would buy") */
    long cm = b >= s->tbeg + 3 && is_apos_s(d, b - 2) ? ment_ending_before(c, b - 2, s->tbeg) : -1;
    if (cm >= 0 && tag_went_kind(g, &c->ents[c->ments[cm].ent]) == KIND_COUNTRY &&
        tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_ORG)
        b = c->ments[cm].tok;
    /* (or a clause after "and" or "but": "..., and Pakistan said it had shot
     * down five Indian jets") */
    if (b > s->tbeg && !tk_char(d, b - 1, ',') && !is_quote(d, b - 1) &&
        !text_opens_clause(d, b) && /* (after a dateline's dash) */
        !(b > s->tbeg + 1 && (tk_is(d, b - 1, "and") || tk_is(d, b - 1, "but")) &&
          tk_char(d, b - 2, ',')))
        return -1;
    if (nk && tag_went_kind(g, &c->ents[c->ments[m].ent]) != nk) return -1;
    return is_person(c, g, (uint32_t)m) == person ? m : -1;
}

/* Is token i "the" (or "The") before a noun that stands for a country
 * ("country") or an organization ("company", "group", "bank" ...: org_nouns)
 * named before? Its kind (KIND_COUNTRY or KIND_ORG), or 0. */
static int noun_for_name(const text_doc *d, const text_sent *s, uint32_t i) {
    if (i + 1 >= s->tend || !(tk_is(d, i, "the") || tk_is(d, i, "The"))) return 0;
    if (tk_is(d, i + 1, "country")) return KIND_COUNTRY;
    return WORD_IN(d, i + 1, org_nouns) || WORD_IN(d, i + 1, trade_nouns) ? KIND_ORG : 0;
}

/* Is the name (with its titles) at token k the object of a relative clause
 * ("councillors who back Mr Flight met ...": who, whom or which, then one to
 * three lowercase words)? Its clause's subject, before "who", is the actor. */
static int in_relative_clause(const text_doc *d, const text_sent *s, uint32_t k) {
    for (long p = (long)k - 1; p >= (long)s->tbeg && p >= (long)k - 4; p--) {
        if (tk_is(d, (size_t)p, "who") || tk_is(d, (size_t)p, "whom") ||
            tk_is(d, (size_t)p, "which"))
            return p < (long)k - 1;
        if (!(d->toks[p].flags & TOK_LOWER)) return 0;
    }
    return 0;
}

/* Does a condition or a question open the clause of the actor at token k: "if
 * Iran attempts to attack", "whether X and Y would support" (a few words back,
 * within the clause)? Then it tells of no event. */
static int conditional_before(const text_doc *d, const text_sent *s, uint32_t k) {
    for (long p = (long)k - 1; p >= (long)s->tbeg && p >= (long)k - 6; p--) {
        if (tk_char(d, (size_t)p, ',') || tk_char(d, (size_t)p, ';') || tk_char(d, (size_t)p, ':'))
            break;
        if (tk_is(d, (size_t)p, "if") || tk_is(d, (size_t)p, "unless") ||
            tk_is(d, (size_t)p, "whether"))
            return 1;
    }
    return 0;
}

/* From token p back, past the words a person's noun phrase may open with
 * before the name and its titles: "his", "her", "its", "their", a demonym, a
 * lowercase role noun and "counterpart" ("on his West German counter-part
 * Ignaz Kiechle"); or a company's: a noun for companies and an adjective
 * glued by a hyphen ("with French state-owned Renault", "with French carmaker
 * Renault"); or a place's: a side of it or "occupied" ("in southern Lebanon",
 * "in the occupied West Bank"). The token before them. */
static long np_words_before(const tag_ctx *c, const text_sent *s, long p) {
    const text_doc *d = &c->doc;
    for (int n = 0; n < 6 && p >= (long)s->tbeg; n++) {
        size_t k = (size_t)p;
        int32_t dm = c->tok_ment[k];
        if (dm >= 0 && c->ments[dm].via == VIA_DEMONYM && c->ments[dm].tok + c->ments[dm].ntok == k + 1)
            p = (long)c->ments[dm].tok - 1;
        else if (poss_pronoun(d, k) || tk_is(d, k, "counterpart") ||
                 ((d->toks[k].flags & TOK_LOWER) &&
                  (role_noun(c, k) || tag_firm_noun(d, k) || tag_side_word(d, k) ||
                   tk_is(d, k, "occupied"))))
            p--;
        else if (p >= (long)s->tbeg + 2 && ed_form(d, k) && tk_char(d, k - 1, '-') &&
                 !(d->toks[k].flags & TOK_SPACE) && !(d->toks[k - 1].flags & TOK_SPACE) &&
                 (d->toks[k - 2].flags & TOK_LOWER))
            p -= 3;
        else if (p >= (long)s->tbeg + 2 && tk_is(d, k, "part") && tk_char(d, k - 1, '-') &&
                 tk_is(d, k - 2, "counter"))
            p -= 3;
        else
            break;
    }
    return p;
}

/* Is d's tokens [b, e) a sentence adverb between commas: one of
 * interjections, "in turn", "in response", or "for its (his, her, their)
 * part"? */
static int interjection_at(const text_doc *d, uint32_t b, uint32_t e) {
    if (e == b + 1) return WORD_IN(d, b, interjections);
    if (e == b + 2)
        return tk_is(d, b, "in") && (tk_is(d, b + 1, "turn") || tk_is(d, b + 1, "response"));
    return e == b + 3 && tk_is(d, b, "for") && poss_pronoun(d, b + 1) && tk_is(d, b + 2, "part");
}

/* The comma that opens an apposition closed by the comma at token i: after a
 * name, a determiner, an age or a name's possessive opens it, and no other
 * punctuation or trigger is inside ("X, a senior adviser to Y, arrived",
 * "Mohammed bin Salman, Saudi Arabia's crown prince, met"); or "who",
 * "which" or "whose" opens a relative clause, or a participle and "by" a
 * participle's phrase, whose triggers are its own ("Israel, which has fought
 * Hamas since 2023, accused Iran", "the Houthis, backed by Iran, fired"). Its
 * index, or -1. */
static long apposition_open(const tag_ctx *c, const sent_ctx *sc, uint32_t i) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    int trig = 0;
    for (long j = (long)i - 1; j > (long)s->tbeg && j >= (long)i - 20; j--) {
        trig |= trig_covering(sc, (uint32_t)j) >= 0;
        if (tk_char(d, (size_t)j, ';') || tk_char(d, (size_t)j, ':') || tk_char(d, (size_t)j, '(') ||
            tk_char(d, (size_t)j, ')') || (is_quote(d, (size_t)j) && !is_apos_s(d, (size_t)j)))
            return -1;
        if (!tk_char(d, (size_t)j, ',')) continue;
        /* (the name, or the name and its fighters' noun: "The M23 rebels,
         * backed by Rwanda, captured Goma") */
        long nb = j > (long)s->tbeg + 1 && WORD_IN(d, (size_t)j - 1, raid_agents) ? j - 1 : j;
        int32_t m = c->tok_ment[nb - 1];
        if (m < 0 || c->ments[m].tok + c->ments[m].ntok != (uint32_t)nb || j + 1 >= (long)i)
            return -1;
        if (tk_is(d, (size_t)j + 1, "who") || tk_is(d, (size_t)j + 1, "which") ||
            tk_is(d, (size_t)j + 1, "whose") ||
            (ed_form(d, (size_t)j + 1) && (size_t)j + 2 < i && tk_is(d, (size_t)j + 2, "by")))
            return j; /* (or a participle's: "the Houthis, backed by Iran, fired") */
        /* (a trigger inside a noun phrase that a determiner opens is a noun
         * there: "The United States, a treaty ally of Manila, condemned") */
        int det = tk_is(d, (size_t)j + 1, "a") || tk_is(d, (size_t)j + 1, "an") ||
                  tk_is(d, (size_t)j + 1, "the");
        if (trig && !det) return -1;
        const text_tok *o = &d->toks[j + 1];
        int32_t om = c->tok_ment[j + 1];
        uint32_t oe = om >= 0 ? c->ments[om].tok + c->ments[om].ntok : 0;
        /* (or a role and "of": "Muhammad Yunus, head of Bangladesh's interim
         * government, met") */
        uint32_t re = 0; /* the end of a role in lowercase */
        if (o->flags & TOK_LOWER) {
            long rt = tag_title_starting_at(c, (size_t)j + 1);
            re = rt >= 0 ? c->titles[rt].tend : role_noun(c, (size_t)j + 1) ? (uint32_t)j + 2 : 0;
        }
        int role_of = re && re + 1 < i && tk_is(d, re, "of");
        int opens = det || role_of ||
                    ((o->flags & TOK_DIGIT) && j + 2 == (long)i) || /* an age */
                    interjection_at(d, (uint32_t)j + 1, i) ||
                    (om >= 0 && c->ments[om].tok == (uint32_t)j + 1 && oe + 2 < i &&
                     is_apos_s(d, oe) && (d->toks[oe + 2].flags & TOK_LOWER));
        if (opens) return j;
        /* a list's comma inside the clause, a name after it that a comma or
         * "and" follows: the clause opens further back ("Euronext, which
         * combines the Paris, Amsterdam and Lisbon exchanges, began talks") */
        if (!trig && om >= 0 && c->ments[om].tok == (uint32_t)j + 1 && oe + 1 < i &&
            (tk_char(d, oe, ',') || tk_is(d, oe, "and")))
            continue;
        return -1;
    }
    return -1;
}

/* The subject after a phrase that opens sentence s with noun trigger to: a
 * preposition (intro_preps), maybe determiners, the trigger, its party and
 * a comma, no other trigger; the last name among the capitalized words and
 * names right after the comma ("U.S. Trade Representative Clayton Yeutter
 * asked"), or -1. */
static long intro_subject(const tag_ctx *c, const sent_ctx *sc, const trig_occ *to) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    uint32_t b = s->tbeg, k = to->te;
    if (to->tb < b + 1 || to->tb > b + 3 || !WORD_IN(d, b, intro_preps)) return -1;
    for (uint32_t q = b + 1; q < to->tb; q++)
        if (!WORD_IN(d, q, dets)) return -1;
    for (; k < s->tend && k < to->te + 16 && !tk_char(d, k, ','); k++)
        if (trig_covering(sc, k) >= 0 || tk_char(d, k, ';')) return -1;
    if (k >= s->tend || !tk_char(d, k, ',')) return -1;
    long subj = -1;
    for (uint32_t q = k + 1; q < s->tend;) {
        int32_t m = c->tok_ment[q];
        if (m >= 0 && c->ments[m].tok == q) {
            subj = m;
            q += c->ments[m].ntok;
        } else if ((d->toks[q].flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER)) {
            q++;
        } else {
            break;
        }
    }
    return subj;
}

/* Is the verb at token tb the second of two joined by "and" ("and then",
 * "and also", "and has") right before it, the first one's words ending at or
 * after token from: "Iran condemned the strike and accused Israel"? Then both
 * verbs have one subject. */
static int second_verb(const text_doc *d, const text_sent *s, uint32_t from, uint32_t tb) {
    if (tb <= s->tbeg) return 0; /* (a trigger opening the sentence: nothing before it) */
    uint32_t a = tb - 1;
    /* (past an adverb and an auxiliary: "and then", "and has also imposed") */
    for (int n = 0; n < 2 && a > from; n++)
        if (tk_is(d, a, "then") || tk_is(d, a, "also") || tk_is(d, a, "later") ||
            tk_is(d, a, "has") || tk_is(d, a, "have") || tk_is(d, a, "had"))
            a--;
    return a >= from && a > s->tbeg && tk_is(d, a, "and");
}

/* Is the verb at token tb an infinitive of purpose after the verb whose words
 * end at token from and its object, a name ("Zelensky travelled to London to
 * meet Starmer", "flew to Washington to hold talks with Trump")? Then both
 * verbs have one subject. */
static int purpose_after(const tag_ctx *c, uint32_t from, uint32_t tb) {
    const text_doc *d = &c->doc;
    if (tb < from + 2 || !tk_is(d, tb - 1, "to")) return 0;
    uint32_t q = from;
    if (q < tb && tk_is(d, q, "the")) q++;
    int32_t m = q < tb ? c->tok_ment[q] : -1;
    if (m < 0 || c->ments[m].tok != q) return 0;
    /* (and a time between: "travel to Moscow next week to meet Putin") */
    uint32_t e = c->ments[m].tok + c->ments[m].ntok;
    if (e + 3 < tb && (tk_is(d, e, "later") || tk_is(d, e, "early")) && tk_is(d, e + 1, "this"))
        e++;
    if (e + 2 < tb && (tk_is(d, e, "next") || tk_is(d, e, "this") || tk_is(d, e, "on")) &&
        (tk_is(d, e + 1, "week") || tk_is(d, e + 1, "month") || WORD_IN(d, e + 1, said_when)))
        e += 2;
    else if (e + 1 < tb && WORD_IN(d, e, said_when))
        e++;
    return e == tb - 1;
}

/* Is token p a verb in the past whose object a name after it is: a lowercase
 * word ending in "ed" that is no preposition, or a verb trigger ("praised
 * China and accused Japan", "met Putin and signed")? */
static int past_verb_before(const tag_ctx *c, const sent_ctx *sc, uint32_t p) {
    const text_doc *d = &c->doc;
    long ot = trig_covering(sc, p);
    if (ot >= 0) return !used_as_noun(d, sc->s, &sc->trigs[ot]);
    return ed_form(d, p) && !WORD_IN(d, p, pp_words);
}

/* The verb whose object the noun trigger at tb is, a few words before it
 * ("signed a defence pact", "launched airstrikes"), or tb when there is none. */
static uint32_t governing_verb(const tag_ctx *c, const sent_ctx *sc, uint32_t tb) {
    const text_doc *d = &c->doc;
    for (uint32_t p = tb, n = 0; p > sc->s->tbeg && n < 3; n++) {
        p--;
        /* (past a quantity's "of", which counts as none: "carried out
         * hundreds of airstrikes", "launched a wave of missiles") */
        if (p > sc->s->tbeg + 1 && tk_is(d, p, "of") && WORD_IN(d, p - 1, quantities)) {
            p--;
            continue;
        }
        if (c->tok_ment[p] >= 0 || !(d->toks[p].flags & TOK_LOWER) || WORD_IN(d, p, pp_words))
            break;
        if (past_verb_before(c, sc, p)) return p;
    }
    return tb;
}

/* Is the noun trigger at tb the object of a verb of carrying out
 * ("carried out strikes", "launched new strikes")? */
static int carried_out(const tag_ctx *c, const sent_ctx *sc, uint32_t tb) {
    uint32_t v = governing_verb(c, sc, tb);
    return v < tb && WORD_IN(&c->doc, v, carry_verbs);
}

/* The actor of a trigger: the nearest mention before it in the same stretch of
 * the sentence, skipping mentions inside a prepositional phrase ("after talks
 * in Tehran") or after a verb of telling ("told Reuters"). Crossing a verb
 * trigger, a semicolon or a colon ends the search: that part belongs to another
 * event ("Iran condemned the attack on Israel": Iran is not the attacker). */
static long find_actor(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc, const trig_occ *to);
static long seat_state(const tag_ctx *c, const gaz_t *g, uint32_t m);

/* The traveller of "X flew to Washington (on Friday) for ...", where token f is
 * "for": a person, country or organization named right before a verb of
 * travel, whose place and time only stand between the verb and f. Its
 * mention, or -1. */
static long traveller(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t f) {
    const text_doc *d = &c->doc;
    uint32_t k = f;
    for (int n = 0; n < 8 && k > s->tbeg; n++) {
        uint32_t p = k - 1;
        int32_t m = c->tok_ment[p];
        if (m >= 0) {
            int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
            if (kind != KIND_COUNTRY && kind != KIND_LOCATION) return -1;
            k = c->ments[m].tok;
            continue;
        }
        if (WORD_IN(d, p, travel_verbs)) {
            /* (past a modal: "X will travel to Moscow for talks"; or a verb
             * and "to", maybe after a form of "be": "prepared to travel", "is
             * due to travel") */
            if (p > s->tbeg + 1 && WORD_IN(d, p - 1, modals)) {
                p--;
            } else if (p > s->tbeg + 2 && tk_is(d, p - 1, "to") &&
                       (d->toks[p - 2].flags & TOK_LOWER) && c->tok_ment[p - 2] < 0) {
                p -= 2;
                if (p > s->tbeg + 1 && WORD_IN(d, p - 1, be_aux)) p--;
            }
            int32_t sm = p > s->tbeg ? c->tok_ment[p - 1] : -1;
            if (sm < 0 || c->ments[sm].via == VIA_DEMONYM || c->ments[sm].via == VIA_CAPITAL)
                return -1;
            int kind = tag_went_kind(g, &c->ents[c->ments[sm].ent]);
            return kind == KIND_PERSON || kind == KIND_COUNTRY || kind == KIND_ORG ? sm : -1;
        }
        /* (a time: "next month", "last week") */
        if (p > s->tbeg && (tk_is(d, p, "week") || tk_is(d, p, "month")) &&
            (tk_is(d, p - 1, "next") || tk_is(d, p - 1, "last") || tk_is(d, p - 1, "this"))) {
            k = p - 1;
            continue;
        }
        if (!(tk_is(d, p, "to") || tk_is(d, p, "in") || tk_is(d, p, "on") || tk_is(d, p, "the") ||
              WORD_IN(d, p, said_when)))
            return -1;
        k = p;
    }
    return -1;
}

/* A mention of the state whose office the gazetteer gives person mention m
 * (attribute country), the first sentence s makes before token tb, or -1. */
static long state_of_leader(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                            uint32_t tb) {
    const tag_went *w = &c->ents[c->ments[m].ent];
    if (w->gidx < 0 || !is_person(c, g, m)) return -1;
    const char *ctry = gaz_attr_get(&g->ents[w->gidx], "country");
    if (!ctry || !gaz_attr_get(&g->ents[w->gidx], "role")) return -1;
    int32_t cg = gaz_find_id(g, ctry);
    if (cg < 0) return -1;
    for (uint32_t k = s->tbeg; k < tb; k++) {
        int32_t o = c->tok_ment[k];
        if (o >= 0 && c->ents[c->ments[o].ent].gidx == cg) return o;
    }
    return -1;
}

/* The person sentence s opens with, after his titles and the country or
 * organization they qualify (maybe with its possessive), or -1. */
static long subject_person(const tag_ctx *c, const gaz_t *g, const text_sent *s) {
    const text_doc *d = &c->doc;
    uint32_t b = s->tbeg;
    if (b < s->tend && (tk_is(d, b, "The") || tk_is(d, b, "the"))) b++;
    int32_t cm = b < s->tend ? c->tok_ment[b] : -1;
    if (cm >= 0 && c->ments[cm].tok == b && !is_person(c, g, (uint32_t)cm)) {
        uint32_t e = b + c->ments[cm].ntok;
        if (e + 1 < s->tend && is_apos_s(d, e)) b = e + 2;
    }
    for (uint32_t k = b; k < s->tend; k++) {
        int32_t m = c->tok_ment[k];
        if (m < 0) continue;
        if (!is_person(c, g, (uint32_t)m)) {
            k = c->ments[m].tok + c->ments[m].ntok - 1;
            continue;
        }
        uint32_t q = c->ments[m].tok, ts = titled_start(c, g, s, (uint32_t)m);
        title_chain_back(c, g, &q);
        /* (or after a dateline's dash: "WASHINGTON (Reuters) - U.S. Treasury
         * Secretary Scott Bessent said") */
        return q == b || ts == s->tbeg || text_opens_clause(d, ts) ? m : -1;
    }
    return -1;
}

/* The person "He" or "She" opening sentence s stands for: the subject of the
 * sentence before, a person named first there (after his titles and the
 * country or organization they qualify: "French President Emmanuel Macron
 * arrived in Beijing. He will hold talks with Xi") and the only one, or -1. */
static long pronoun_antecedent(const tag_ctx *c, const gaz_t *g, const text_sent *s) {
    const text_doc *d = &c->doc;
    if (s == d->sents) return -1;
    const text_sent *ps = s - 1;
    /* "It": the country or organization opening the sentence before, where it
     * names no other ("Hamas denied involvement. It accused Israel of ...") */
    if (tk_is(d, s->tbeg, "It")) return owner_before(c, g, s, 0);
    /* and "The company", "The country": one of that kind ("OpenAI reported
     * strong sales. The company signed a deal with Amazon") */
    int nk = noun_for_name(d, s, s->tbeg);
    if (nk) return owner_before(c, g, s, nk);
    if (!(tk_is(d, s->tbeg, "He") || tk_is(d, s->tbeg, "She"))) return -1;
    long m = subject_person(c, g, ps);
    if (m < 0) return -1;
    /* and the only person named there ("Hamm will now embark on a new life
     * with husband Nomar Garciaparra. He has just agreed ...") */
    for (uint32_t j = c->ments[m].tok + c->ments[m].ntok; j < ps->tend; j++) {
        int32_t o = c->tok_ment[j];
        if (o >= 0 && c->ments[o].ent != c->ments[m].ent && is_person(c, g, (uint32_t)o))
            return -1;
    }
    return m;
}

/* Does a title start right after the mention at token a ("Chinese
 * President")? */
static int title_ending_after(const tag_ctx *c, uint32_t a) {
    int32_t m = c->tok_ment[a];
    return m >= 0 && tag_title_starting_at(c, c->ments[m].tok + c->ments[m].ntok) >= 0;
}

/* How many lowercase words no mention covers, at most two, stand between
 * "during" and token tb of sentence s ("during talks": 0, "during a recent
 * visit": 2); -1 when "during" stands not so. */
static int words_after_during(const tag_ctx *c, const text_sent *s, uint32_t tb) {
    const text_doc *d = &c->doc;
    uint32_t p = tb;
    while (p > s->tbeg && tb - p < 3 && !tk_is(d, p - 1, "during")) {
        p--;
        if (c->tok_ment[p] >= 0 || !(d->toks[p].flags & TOK_LOWER)) return -1;
    }
    return p == s->tbeg || tb - p >= 3 ? -1 : (int)(tb - p);
}

/* The actor of trigger to after "during" (at most two lowercase words
 * before it: "during a trip to Moscow", "during a recent visit"): the agent
 * after it ("during a visit to Moscow last week by Iran's Oil Minister X"),
 * else the person the sentence opens with, not a name between ("X discussed
 * ONGC's plans during a trip to Moscow"); or -1. */
static long trip_actor(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                       const trig_occ *to) {
    const text_doc *d = &c->doc;
    if (words_after_during(c, s, to->tb) < 0) return -1;
    for (uint32_t q = to->te; q + 1 < s->tend && q < to->te + 8; q++) {
        if (tk_char(d, q, ',') || tk_char(d, q, ';')) break;
        if (!tk_is(d, q, "by")) continue;
        uint32_t a = q + 1;
        int32_t om = c->tok_ment[a];
        if (a + 2 < s->tend && om >= 0 && is_apos_s(d, a + c->ments[om].ntok))
            a += c->ments[om].ntok + 2; /* "Iran's Oil Minister X" */
        else if (om >= 0 && c->ments[om].via == VIA_DEMONYM && title_ending_after(c, a))
            a += c->ments[om].ntok; /* "Chinese President Xi Jinping" */
        uint32_t t0 = a;
        title_chain_forward(c, g, &a);
        if (a < s->tend && c->tok_ment[a] >= 0 && c->ments[c->tok_ment[a]].tok == a)
            return c->tok_ment[a];
        if (t0 < s->tend && om >= 0) return om;
        break;
    }
    return subject_person(c, g, s);
}

/* A noun trigger at tb after "in" and an article, maybe after adjectives
 * ("killed a senior Hezbollah commander in a strike on Beirut", "in a
 * massive attack"), belongs to the clause's verb, whose object the names
 * between are: the verb in "-ed" before it (within eight words), where the
 * search for the actor starts; tb when there is none ("is now in a major
 * trade dispute with", "join X in a visit to") or the trigger is no such
 * noun. */
static long in_a_noun_verb(const tag_ctx *c, const text_sent *s, uint32_t tb) {
    const text_doc *d = &c->doc;
    uint32_t a = tb;
    while (a > s->tbeg + 1 && tb - a < 2 && c->tok_ment[a - 1] < 0 && adjective_like(d, a - 1)) a--;
    if (a < s->tbeg + 3 || !(tk_is(d, a - 1, "a") || tk_is(d, a - 1, "an")) ||
        !tk_is(d, a - 2, "in"))
        return (long)tb;
    for (uint32_t v = a - 2; v > s->tbeg && a - v < 10;) {
        v--;
        if (tk_char(d, v, ',') || tk_char(d, v, ';')) break;
        if (ed_form(d, v) && c->tok_ment[v] < 0) return (long)v;
    }
    return (long)tb;
}

/* Is token k "by" after "led", "headed" or "commanded" (k > 0: "rebels led
 * by X", "the delegation, headed by X,")? Then the name after it leads those
 * who act. */
static int leader_by_at(const text_doc *d, uint32_t k) {
    return tk_is(d, k, "by") && (tk_is(d, k - 1, "led") || tk_is(d, k - 1, "headed") ||
                                 tk_is(d, k - 1, "commanded"));
}

/* Is token j "in" after a form of "be", maybe past "still", "now" or
 * "already" ("is in talks with", "are still in merger talks")? Then the noun
 * after it is the subject's state, which the subject is in. */
static int be_in_at(const text_doc *d, const text_sent *s, uint32_t j) {
    if (j < s->tbeg + 2 || !tk_is(d, j, "in")) return 0;
    uint32_t v = j - 1;
    if (v > s->tbeg + 1 && (tk_is(d, v, "still") || tk_is(d, v, "now") || tk_is(d, v, "already")))
        v--;
    return WORD_IN(d, v, be_aux);
}

/* The one joined "in" the deed of the gerund at token tb ("Britain joined
 * France in recognising a Palestinian state": France), or -1. */
static long joined_in(const tag_ctx *c, const text_sent *s, uint32_t tb) {
    const text_doc *d = &c->doc;
    if (tb < s->tbeg + 4 || !tk_is(d, tb - 1, "in") || !(d->toks[tb].flags & TOK_LOWER) ||
        !ing_form(d, tb))
        return -1;
    long jm = ment_ending_before(c, tb - 1, s->tbeg);
    if (jm < 0) return -1;
    uint32_t b = c->ments[jm].tok;
    return b > s->tbeg + 1 && (tk_is(d, b - 1, "joined") || tk_is(d, b - 1, "joins") ||
                               tk_is(d, b - 1, "join"))
               ? jm
               : -1;
}

static long find_actor_in(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc,
                          const trig_occ *to) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    uint32_t tb = to->tb;
    /* a capitalized word nobody recognised right before the trigger is most
     * likely the real actor ("... after Yukos accused Gazprom"): do not guess */
    if (tb > s->tbeg && c->tok_ment[tb - 1] < 0) {
        const text_tok *p = &d->toks[tb - 1];
        if ((p->flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
            !(p->flags & TOK_SENT) && !(c->cls[tb - 1] & W_STOP) && title_ending_at(c, tb) < 0 &&
            !WORD_IN(d, tb - 1, state_nouns)) /* (but "Labour MPs criticised") */
            return -1;
    }
    /* a participle after a document's or a decision's noun with its author
     * right before: that one acts ("India abstained from the UN vote
     * condemning Russia" is the UN's condemnation, not India's) */
    if (!to->tr->noun && tb >= s->tbeg + 2 && (d->toks[tb].flags & TOK_LOWER) &&
        ing_form(d, tb) && (d->toks[tb - 1].flags & TOK_LOWER) &&
        (WORD_IN(d, tb - 1, act_nouns) || WORD_IN(d, tb - 1, suit_nouns))) {
        int32_t am = c->tok_ment[tb - 2];
        if (am >= 0 && c->ments[am].tok + c->ments[am].ntok == tb - 1) return am;
        /* with no author there, the subject is its author only by a verb
         * of making it ("X filed a lawsuit accusing", "X passed a resolution
         * condemning"), not one that settles, faces or blocks it ("Apple
         * agreed to settle a class action lawsuit accusing Tim Cook", "the
         * U.S. vetoed a resolution condemning Israel") */
        uint32_t q = tb - 1;
        while (q > s->tbeg && tb - q < 5 && c->tok_ment[q - 1] < 0 &&
               (d->toks[q - 1].flags & TOK_LOWER) && !WORD_IN(d, q - 1, making_verbs))
            q--;
        if (!(q > s->tbeg && WORD_IN(d, q - 1, making_verbs))) return -1;
    }
    /* "Britain joined France in recognising": the subject before "joined"
     * (the one joined acts too: find_triggered) */
    long jm = to->tr->noun ? -1 : joined_in(c, s, tb);
    if (jm >= 0) return ment_ending_before(c, c->ments[jm].tok - 1, s->tbeg);
    /* the subject of the sentence acts in a clause it opens with a
     * subordinator and a gerund or "he" or "she" ("Zelenskiy spoke after he
     * met Witkoff", "Elders tried to expand by acquiring Allied-Lyons"); or,
     * the clause opening the sentence, the name after its comma ("After
     * attacking Ukraine, Russia said") */
    if (tb > s->tbeg) {
        const text_tok *vt = &d->toks[tb];
        uint32_t p = tb - 1;
        int pron = tk_is(d, p, "he") || tk_is(d, p, "she");
        int ger = !pron && (vt->flags & TOK_LOWER) && ing_form(d, tb);
        if (pron && p > s->tbeg) p--;
        int sub = subordinator_at(d, p) || (ger && tk_is(d, p, "by"));
        if ((pron || ger) && sub) {
            if (p > s->tbeg) {
                if (pron) return first_person_before(c, g, s, p);
                /* (the speaker right before "said": "..., Ursula von der Leyen
                 * said after meeting Sanae Takaichi") */
                if (p > s->tbeg + 1 && (tk_is(d, p - 1, "said") || tk_is(d, p - 1, "says"))) {
                    long sm = ment_ending_before(c, p - 1, s->tbeg);
                    if (sm >= 0 && c->ments[sm].via != VIA_DEMONYM) return sm;
                }
                /* (a people's adjective is no subject: "Iranian diplomats
                 * say Iraq started the war by invading Iran"; a clause that
                 * ", and" or ", but" opens has its own: "Petro spoke, and
                 * Washington responded by sanctioning him") */
                uint32_t from = s->tbeg;
                for (uint32_t k = p; k > s->tbeg + 1 && from == s->tbeg; k--)
                    if ((tk_is(d, k - 1, "and") || tk_is(d, k - 1, "but")) &&
                        tk_char(d, k - 2, ',') && c->tok_ment[k] >= 0)
                        from = k;
                /* (nor a preposition's object: "Diplomatic sources in Bonn
                 * said Funaro would leave after meeting Stoltenberg", nor a
                 * verb's: "could meet champion Andre Agassi in the
                 * quarter-finals before meeting Marat Safin"; and a pronoun
                 * after the name is the clause's subject: "..., he told
                 * reporters after meeting") */
                for (uint32_t k = from; k < p; k++) {
                    long vt = trig_covering(sc, k);
                    if (vt >= 0 && !sc->trigs[vt].tr->noun) return -1;
                    int32_t m = c->tok_ment[k];
                    if (m < 0 || c->ments[m].via == VIA_DEMONYM ||
                        (k > s->tbeg && WORD_IN(d, k - 1, pp_words)))
                        continue;
                    k = c->ments[m].tok + c->ments[m].ntok - 1;
                    if (tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_LOCATION) continue;
                    for (uint32_t q = k + 1; q < p; q++)
                        if (tk_is(d, q, "he") || tk_is(d, q, "she") || tk_is(d, q, "they"))
                            return -1;
                    return m;
                }
                return -1;
            }
            /* (past the object and the names listed with it: "After
             * visiting the U.S., England, France and Italy, Funaro is") */
            uint32_t from = to->te;
            if (from < s->tend && tk_is(d, from, "the")) from++;
            int32_t om = from < s->tend ? c->tok_ment[from] : -1;
            if (om >= 0 && c->ments[om].tok == from) {
                group objs;
                coordinate(c, g, s, (uint32_t)om, +1, &objs);
                const tag_mention *last = &c->ments[objs.m[objs.n - 1]];
                from = last->tok + last->ntok;
            }
            for (uint32_t k = from; k + 1 < s->tend; k++)
                if (tk_char(d, k, ',')) {
                    /* (the person a title and its country introduce there:
                     * "After visiting Kyiv, German Chancellor Friedrich Merz
                     * said") */
                    uint32_t f = titled_person(c, g, s, k + 1);
                    int32_t m = c->tok_ment[f];
                    return m >= 0 && c->ments[m].tok == f &&
                                   (!pron || tag_went_kind(g, &c->ents[c->ments[m].ent]) ==
                                                 KIND_PERSON)
                               ? m
                               : -1;
                }
            return -1;
        }
    }
    /* an apposition whose noun is the trigger, before "of": the name before
     * its comma ("Viktor Orban, a close ally of Trump, met Putin"; "a", "an"
     * or "the" and up to two lowercase words before the noun; not a list of
     * clauses: "agreements were reached with Chile, an accord with Peru") */
    if (to->te < s->tend && tk_is(d, to->te, "of")) {
        uint32_t q = tb;
        while (q > s->tbeg && tb - q < 2 && (d->toks[q - 1].flags & TOK_LOWER) &&
               !tk_is(d, q - 1, "a") && !tk_is(d, q - 1, "an") && !tk_is(d, q - 1, "the"))
            q--;
        if (q > s->tbeg + 2 && (tk_is(d, q - 1, "a") || tk_is(d, q - 1, "an") ||
                                tk_is(d, q - 1, "the")) && tk_char(d, q - 2, ',')) {
            int32_t am = c->tok_ment[q - 3];
            if (am >= 0 && c->ments[am].tok + c->ments[am].ntok == q - 2) return am;
        }
    }
    /* a lowercase noun's possessive right before the trigger names its actor,
     * which no name gives ("outlined his company's agreement with Renault",
     * "the firm's talks with") */
    if (tb >= s->tbeg + 3 && is_apos_s(d, tb - 2) && c->tok_ment[tb - 3] < 0 &&
        (d->toks[tb - 3].flags & TOK_LOWER))
        return -1;
    /* "Thatcher left Bonn after talks with Chancellor Kohl ahead of her visit
     * to Moscow": "his" or "her" (maybe before one word) is the first person
     * the sentence names */
    if (tb > s->tbeg + 1) {
        uint32_t p = tb - 1;
        if (!tk_is(d, p, "his") && !tk_is(d, p, "her") && p > s->tbeg + 1 &&
            (d->toks[p].flags & TOK_LOWER))
            p--;
        if (tk_is(d, p, "his") || tk_is(d, p, "her")) return first_person_before(c, g, s, p);
    }
    long tm = trip_actor(c, g, s, to);
    if (tm >= 0) return tm;
    /* a noun trigger's own modifier is its actor, whatever precedes it: "calling
     * for a U.S. attack", "an Iranian missile attack". A verb form is a noun
     * too after a determiner and a modifying mention ("a U.S. attack"). */
    const text_tok *tt = &d->toks[tb];
    int noun = used_as_noun(d, s, to);
    if (!noun && tb > s->tbeg && c->tok_ment[tb - 1] >= 0) {
        const tag_mention *mm = &c->ments[c->tok_ment[tb - 1]];
        /* or, not in the past, after a preposition and a modifying mention ("a
         * complaint over US support for Boeing", not "planes from Afghanistan
         * attacked") */
        int past = tt->len > 2 && d->text[tt->end - 2] == 'e' && d->text[tt->end - 1] == 'd';
        /* (a form in "-ed" is a verb: "Rahul Gandhi of the Congress party
         * accused Modi") */
        noun = mm->tok > s->tbeg && !past && !bare_meet(d, to) && /* "met" is no noun */
               (WORD_IN(d, mm->tok - 1, dets) || WORD_IN(d, mm->tok - 1, pp_words)) &&
               !is_person(c, g, (uint32_t)c->tok_ment[tb - 1]);
    }
    /* where the predicate starts: the trigger verb, or the verb of a noun
     * trigger (second_verb) */
    uint32_t vb = noun ? governing_verb(c, sc, tb) : tb;
    /* "Anwar Ibrahim, who brokered the July ceasefire with Trump": a broker
     * is no party */
    for (uint32_t q = tb; noun && q > s->tbeg && tb - q < 4;) {
        q--;
        if (tk_is(d, q, "brokered") || tk_is(d, q, "mediated")) return -1;
        if (c->tok_ment[q] >= 0 || !(d->toks[q].flags & TOK_WORD)) break;
    }
    /* the owner of a plan or an effort to end it is no party: "a
     * U.S.-drafted plan to end the war with Russia", "efforts to halt the
     * fighting" */
    if (noun) {
        uint32_t q = tb - (tb > s->tbeg && tk_is(d, tb - 1, "the"));
        if (q >= s->tbeg + 3 &&
            (tk_is(d, q - 1, "end") || tk_is(d, q - 1, "stop") || tk_is(d, q - 1, "halt")) &&
            tk_is(d, q - 2, "to") && WORD_IN(d, q - 3, plan_nouns))
            return -1;
    }
    if (noun) {
        long k = before_modifiers(c, s, tb);
        /* (a verb in "-ed" right after the name is the name's, not a modifier
         * of the noun: "Washington imposed sanctions on") */
        if (k >= (long)s->tbeg && c->tok_ment[k] >= 0 && (uint32_t)k + 1 < tb &&
            ed_form(d, (size_t)k + 1))
            k = -1;
        if (k >= (long)s->tbeg && c->tok_ment[k] >= 0) {
            /* "Moscow talks" are talks held in Moscow, not by it */
            const tag_mention *mm = &c->ments[c->tok_ment[k]];
            if (mm->via == VIA_CAPITAL || tag_went_kind(g, &c->ents[mm->ent]) == KIND_LOCATION)
                return -1;
            return c->tok_ment[k];
        }
        /* a report on it is no party's: "the Tower commission report on the
         * secret sale of arms to Iran", "a UN inquiry into the attack on" */
        long r = (long)tb - 1;
        while (r > (long)s->tbeg && tb - r < 4 && c->tok_ment[r] < 0 &&
               (d->toks[r].flags & TOK_LOWER) && !WORD_IN(d, (size_t)r, pp_words))
            r--;
        if (r > (long)s->tbeg && (tk_is(d, (size_t)r, "on") || tk_is(d, (size_t)r, "into") ||
                                  tk_is(d, (size_t)r, "about") || tk_is(d, (size_t)r, "over")) &&
            (WORD_IN(d, (size_t)r - 1, act_nouns) || WORD_IN(d, (size_t)r - 1, inquiry_nouns)))
            return -1;
        /* a noun inside a prepositional phrase ("and for talks with") belongs to
         * a verb whose subject we cannot see; but "a wave of missiles at" is a
         * quantity of them */
        int quantity = tb > s->tbeg + 1 && tk_is(d, tb - 1, "of") && WORD_IN(d, tb - 2, quantities);
        /* nor is an amount of it: "pledged $3 billion in aid to Sudan", "$500
         * million in military aid" */
        uint32_t q = tb;
        while (q > s->tbeg + 2 && tb - q < 2 && c->tok_ment[q - 1] < 0 && adjective_like(d, q - 1))
            q--;
        quantity |= q > s->tbeg + 1 && (tk_is(d, q - 1, "in") || tk_is(d, q - 1, "of")) &&
                    (WORD_IN(d, q - 2, amounts) || (d->toks[q - 2].flags & TOK_DIGIT));
        /* (but "China retaliated with tariffs": "with" after the verb of the
         * subject we see) */
        int with_verb = tb > s->tbeg + 2 && tk_is(d, tb - 1, "with") && ed_form(d, tb - 2);
        /* (and "Zelensky flew to Washington for talks with Trump": the traveller) */
        if (tb > s->tbeg + 2 && tk_is(d, tb - 1, "for")) {
            long tm = traveller(c, g, s, tb - 1);
            if (tm >= 0) return tm;
        }
        /* (past a headline's bare ordinal: "visits Paris in first trip to
         * Europe") */
        uint32_t pq = tb - (tb > s->tbeg + 1 && ordinal_at(d, tb - 1) &&
                            (d->toks[tb - 1].flags & TOK_LOWER));
        /* (but "in" after a form of "be" is the subject's state: "Apple is in
         * talks with Google") */
        if (tb > s->tbeg && WORD_IN(d, pq - 1, pp_words) && !quantity && !with_verb &&
            !be_in_at(d, s, pq - 1) &&
            !patient_between(d, tb > s->tbeg + 3 ? tb - 3 : s->tbeg, tb))
            return -1;
    }
    /* the infinitive of a noun a name's possessive owns: "Texaco interfered
     * with Pennzoil's attempt to acquire Getty Oil", "Chrysler's proposal to
     * buy AMC" */
    if (!noun && tb >= s->tbeg + 5 && tk_is(d, tb - 1, "to") &&
        (d->toks[tb - 2].flags & TOK_LOWER) && is_apos_s(d, tb - 4)) {
        int32_t pm = c->tok_ment[tb - 5];
        if (pm >= 0 && c->ments[pm].tok + c->ments[pm].ntok == tb - 4) return pm;
    }
    /* ... or that "by" names: "the decision by Britain, Canada and Australia to
     * recognise a Palestinian state" (the last of the list; coordination
     * gives the others) */
    if (!noun && tb >= s->tbeg + 4 && tk_is(d, tb - 1, "to")) {
        long lm = ment_ending_before(c, tb - 1, s->tbeg);
        uint32_t b = lm >= 0 ? c->ments[lm].tok : tb;
        /* back over the list: "X, Y and Z" */
        while (lm >= 0 && b >= s->tbeg + 2 &&
               (tk_char(d, b - 1, ',') || tk_is(d, b - 1, "and")) &&
               ment_ending_before(c, b - 1, s->tbeg) >= 0)
            b = c->ments[ment_ending_before(c, b - 1, s->tbeg)].tok;
        if (lm >= 0 && b >= s->tbeg + 2 && tk_is(d, b - 1, "by") &&
            WORD_IN(d, b - 2, decision_nouns) && !is_person(c, g, (uint32_t)lm))
            return lm;
    }
    /* a participle's clause after the main one: "Thailand suspended the
     * deal, accusing Cambodia of laying landmines": the main clause's subject,
     * the person or the country or organization the sentence opens with */
    if (!noun && tb > s->tbeg + 2 && tk_char(d, tb - 1, ',') && ing_form(d, tb)) {
        /* (after an opening phrase of time: "Weeks later, Thailand
         * suspended the deal, accusing Cambodia") */
        text_sent s2 = *s;
        for (uint32_t q = s->tbeg + 1; q < s->tbeg + 4 && q + 1 < tb; q++) {
            if (c->tok_ment[q - 1] >= 0) break;
            if (tk_char(d, q, ',')) {
                s2.tbeg = q + 1;
                break;
            }
        }
        long sm = subject_person(c, g, &s2);
        if (sm < 0) sm = sentence_owner(c, g, &s2, tb - 1, tb - 1);
        /* (past the main verb's objects after a preposition: "Pakistan
         * launched strikes on Kabul, accusing the Taliban") */
        if (sm < 0 && (sm = sentence_owner(c, g, &s2, tb - 1, s2.tbeg)) >= 0)
            for (uint32_t q = c->ments[sm].tok + c->ments[sm].ntok; q < tb - 1 && sm >= 0; q++) {
                int32_t om = c->tok_ment[q];
                if (om < 0 || c->ments[om].tok != q || c->ments[om].ent == c->ments[sm].ent ||
                    is_person(c, g, (uint32_t)om))
                    continue;
                if (!WORD_IN(d, q - 1, object_preps)) sm = -1;
            }
        /* (not a possessor: "Herrington's proposal ..., threatening") */
        uint32_t se = sm >= 0 ? c->ments[sm].tok + c->ments[sm].ntok : 0;
        /* (or a person's own participle: "Jack Straw, visiting Beijing,") */
        if (sm >= 0 && (se < tb - 1 || is_person(c, g, (uint32_t)sm)) && !is_apos_s(d, se) &&
            !tk_char(d, se, '\''))
            return sm;
    }
    long first_verb = -1; /* a verb before ours whose object was passed over */
    long passed = 0;      /* tokens of appositions passed over, which count as none */
    long from = noun ? in_a_noun_verb(c, s, tb) : (long)tb; /* where the search starts */
    for (long i = from - 1; i >= (long)s->tbeg && i >= (long)tb - ACTOR_WINDOW - passed;
         i--) {
        int32_t m = c->tok_ment[i];
        if (i == first_verb) continue;
        /* the agent of a participle after the subject, right before a verb,
         * is passed over with the participle: "M23 rebels backed by Rwanda
         * captured Goma" (M23 acts) */
        if (m >= 0 && !noun && i + 1 == (long)tb && c->ments[m].tok >= s->tbeg + 3 &&
            tk_is(d, c->ments[m].tok - 1, "by") && ed_form(d, c->ments[m].tok - 2) &&
            (d->toks[c->ments[m].tok - 2].flags & TOK_LOWER) &&
            (d->toks[c->ments[m].tok - 3].flags & TOK_WORD)) {
            passed += i - (long)c->ments[m].tok + 2;
            i = (long)c->ments[m].tok - 2;
            continue;
        }
        /* "He" or "She" opening the sentence: the subject of the one before */
        if (m < 0 && i == (long)s->tbeg) {
            long pm = pronoun_antecedent(c, g, s);
            if (pm >= 0) return pm;
        }
        if (m < 0) {
            /* "the Saudi-led coalition bombed": the leader of the coalition,
             * alliance or forces acts */
            if (tk_is(d, (size_t)i, "led") && i >= (long)s->tbeg + 2 && (size_t)i + 1 < tb &&
                glued_hyphen(d, (size_t)i - 1) && c->tok_ment[i - 2] >= 0 &&
                (tk_is(d, (size_t)i + 1, "coalition") || tk_is(d, (size_t)i + 1, "alliance") ||
                 tk_is(d, (size_t)i + 1, "forces")) &&
                tag_went_kind(g, &c->ents[c->ments[c->tok_ment[i - 2]].ent]) != KIND_LOCATION &&
                !is_person(c, g, (uint32_t)c->tok_ment[i - 2]))
                return c->tok_ment[i - 2]; /* (a state or a body: not "Kurdish-led forces") */
            long ot = trig_covering(sc, (uint32_t)i);
            /* (a verb's form used as a noun is none: "its allies"; nor is
             * "struck" or "strike" before the deal struck: "the party struck a
             * coalition deal with") */
            if (ot >= 0 && !sc->trigs[ot].tr->noun && !used_as_noun(d, s, &sc->trigs[ot]) &&
                !object_plural(d, s, &sc->trigs[ot]) &&
                !(noun && !strcmp(g->labels[to->tr->label].name, "agreement") &&
                  (tk_is(d, sc->trigs[ot].tb, "struck") || tk_is(d, sc->trigs[ot].tb, "strike") ||
                   tk_is(d, sc->trigs[ot].tb, "strikes") || tk_is(d, sc->trigs[ot].tb, "striking")))) {
                /* "Iran condemned the strike and accused Israel": the first
                 * verb's subject is this one's too */
                if ((!noun || vb < tb) && (second_verb(d, s, sc->trigs[ot].te, vb) ||
                                           purpose_after(c, sc->trigs[ot].te, vb)))
                    return find_actor(c, g, sc, &sc->trigs[ot]);
                return -1;
            }
            /* a bracket after a name is passed over, as an apposition: "Thomas
             * Foley (D-Wash.) has urged Congress" (not the party nor the
             * state its letters name) */
            if (tk_char(d, (size_t)i, ')')) {
                long j = i - 1;
                while (j > (long)s->tbeg && j > i - 8 && !tk_char(d, (size_t)j, '(')) j--;
                /* (not an acronym the bracket defines: "the Ministry of
                 * International Trade and Industry (MITI) would hold talks") */
                int32_t in = i > (long)s->tbeg ? c->tok_ment[i - 1] : -1;
                if (j > (long)s->tbeg && tk_char(d, (size_t)j, '(') && c->tok_ment[j - 1] >= 0 &&
                    !(in >= 0 && c->ments[in].ent == c->ments[c->tok_ment[j - 1]].ent)) {
                    passed += i - j;
                    i = j; /* the loop goes on at the name before it */
                    continue;
                }
            }
            /* a comma, semicolon or colon closes the clause the trigger is in */
            /* but an apposition between commas after a name is passed over:
             * "Amos Hochstein, a senior adviser to Joe Biden, arrived in
             * Beirut", "Sanders, 45, was found" */
            if (tk_char(d, (size_t)i, ',')) {
                /* the subject named between commas after its role: "NATO's
                 * secretary general, Mark Rutte, met ..." */
                int32_t pm = i > (long)s->tbeg ? c->tok_ment[i - 1] : -1;
                if (pm >= 0 && c->ments[pm].tok + c->ments[pm].ntok == (uint32_t)i &&
                    is_person(c, g, (uint32_t)pm)) {
                    uint32_t q = c->ments[pm].tok;
                    title_chain_back(c, g, &q);
                    if (q > s->tbeg && tk_char(d, q - 1, ',')) return pm;
                }
                /* or its leader, between commas: "The delegation, led by Abbas
                 * Araghchi, met Steve Witkoff" */
                if (pm >= 0 && c->ments[pm].tok + c->ments[pm].ntok == (uint32_t)i) {
                    uint32_t q = c->ments[pm].tok;
                    title_chain_back(c, g, &q);
                    if (q > s->tbeg + 3 && leader_by_at(d, q - 1) && tk_char(d, q - 3, ',') &&
                        c->tok_ment[q - 4] < 0)
                        return pm;
                }
                long j = apposition_open(c, sc, (uint32_t)i);
                if (j < 0) return -1;
                passed += i - j;
                i = j; /* the loop goes on at the name before it */
                continue;
            }
            if (tk_char(d, (size_t)i, ';') || tk_char(d, (size_t)i, ':'))
                return -1;
            /* nor past a dateline's dash: "KABUL (Reuters) - A magnitude 6.0
             * earthquake struck eastern Afghanistan" (the agency acts not) */
            if (text_is_dash(d, (size_t)i) && i > (long)s->tbeg && tk_char(d, (size_t)i - 1, ')'))
                return -1;
            /* "and" before a determiner or a number opens another noun phrase
             * or clause: "they fought the United States and a staunch ally of
             * the Soviet Union", "... neighbouring South Africa and 50 mln dlrs
             * in military assistance for the Philippines" */
            /* (but "the United States and its allies imposed": the name's own
             * partners, a plural noun after "its" or "their") */
            int partners = (size_t)i + 3 <= tb &&
                           (tk_is(d, (size_t)i + 1, "its") || tk_is(d, (size_t)i + 1, "their")) &&
                           (d->toks[i + 2].flags & TOK_LOWER) && d->toks[i + 2].len > 3 &&
                           d->text[d->toks[i + 2].end - 1] == 's' &&
                           c->tok_ment[i + 2] < 0;
            if ((d->toks[i].flags & TOK_LOWER) && tk_is(d, (size_t)i, "and") &&
                (size_t)i + 1 < tb && !partners &&
                (WORD_IN(d, (size_t)i + 1, dets) || (d->toks[i + 1].flags & TOK_DIGIT)))
                return -1;
            /* people of no entity who act in their own clause between: "it
             * planned tax changes to discourage people making shopping trips
             * to West Germany" */
            if (WORD_IN(d, (size_t)i, people_nouns) && (size_t)i + 1 < tb &&
                ing_form(d, (size_t)i + 1))
                return -1;
            /* a noun's reduced relative clause: "(a railway line) used to
             * deliver aid": the noun acts, not a name before it */
            if (tk_is(d, (size_t)i, "to") && i >= (long)s->tbeg + 2 &&
                WORD_IN(d, (size_t)i - 1, purpose_participles) && c->tok_ment[i - 2] < 0 &&
                (d->toks[i - 2].flags & TOK_LOWER) && !(c->cls[i - 2] & W_STOP))
                return -1;
            /* "X said its forces had struck": X's forces (a verb's subject;
             * a noun's actor is its modifier: "an Iranian missile attack") */
            if (!to->tr->noun && (tk_is(d, (size_t)i, "its") || tk_is(d, (size_t)i, "their")) &&
                (size_t)i + 1 < tb && WORD_IN(d, (size_t)i + 1, state_nouns)) {
                long sp = said_pronoun(c, g, s, (uint32_t)i, 1);
                if (sp >= 0) return sp;
            }
            if (WORD_IN(d, (size_t)i, actor_stops)) {
                /* a verb in the past whose clause ours goes on after "and":
                 * its subject is ours ("Zelenskiy welcomed the sanctions and
                 * urged the United States to follow") */
                if (!noun && ed_form(d, (size_t)i) && second_verb(d, s, (uint32_t)i + 1, tb))
                    continue;
                /* a relative clause's verb: the name before ", who" or ",
                 * which" ("Macron, who visited China last year, said ...",
                 * "Israel, which has fought Hamas since 2023") */
                int who = tk_is(d, (size_t)i, "who"), which = tk_is(d, (size_t)i, "which");
                if ((who || which) && i >= (long)s->tbeg + 2 && tk_char(d, (size_t)i - 1, ',')) {
                    int32_t am = c->tok_ment[i - 2];
                    if (am >= 0 && c->ments[am].tok + c->ments[am].ntok == (uint32_t)i - 1 &&
                        c->ments[am].via != VIA_DEMONYM && is_person(c, g, (uint32_t)am) == who)
                        return am;
                    return -1;
                }
                /* but "after meeting Putin", "before attacking": the main
                 * clause's subject is the actor; and "after" opens a clause
                 * only before a verb ("after their assault on Iraqi lines" is
                 * the subject's) */
                int gerund = ing_form(d, tb);
                int after_word = tk_is(d, (size_t)i, "after");
                /* "announced a new weapons package for Taiwan", "announced $500
                 * million in military aid", "announced retaliatory tariffs
                 * against": its object, no clause of its own (a noun, or one
                 * or two lowercase words before it, none that opens a clause) */
                int object = noun && (size_t)i + 3 >= tb;
                for (size_t q = (size_t)i + 1; q < tb && object; q++)
                    object = (d->toks[q].flags & TOK_LOWER) && c->tok_ment[q] < 0 &&
                             !WORD_IN(d, q, actor_stops);
                if (tk_is(d, (size_t)i, "announced") && (size_t)i + 1 <= tb &&
                    (object || ((size_t)i + 1 < tb && (WORD_IN(d, (size_t)i + 1, dets) ||
                                                       tk_char(d, (size_t)i + 1, '$') ||
                                                       (d->toks[i + 1].flags & TOK_DIGIT)))))
                    continue;
                if ((after_word && noun) ||
                    (gerund && i + 1 == (long)tb &&
                     (after_word || tk_is(d, (size_t)i, "before"))))
                    continue;
                /* "he" or "she" after "where" or "when": the person the
                 * sentence opens with ("Iran's President Masoud Pezeshkian
                 * visited Pakistan, where he met Prime Minister Shehbaz
                 * Sharif") */
                if ((tk_is(d, (size_t)i, "he") || tk_is(d, (size_t)i, "she")) && i > (long)s->tbeg &&
                    (tk_is(d, (size_t)i - 1, "where") || tk_is(d, (size_t)i - 1, "when"))) {
                    long sm = subject_person(c, g, s);
                    if (sm >= 0) return sm;
                }
                /* "X said the company had signed": the noun after "said" */
                if ((size_t)i + 2 < tb && noun_for_name(d, s, (uint32_t)i + 1))
                    return said_pronoun(c, g, s, (uint32_t)i + 1, 0);
                return said_pronoun(c, g, s, (uint32_t)i, 0);
            }
            /* crossing a capitalized word nobody recognised: it may be the actor */
            const text_tok *p = &d->toks[i];
            if ((p->flags & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER) &&
                !(p->flags & TOK_SENT) && !(c->cls[i] & W_STOP) &&
                trig_covering(sc, (uint32_t)i) < 0 && !in_title(c, (uint32_t)i) &&
                !WORD_IN(d, (size_t)i, state_nouns)) /* ("Labour MPs criticised") */
                return -1;
            continue;
        }
        uint32_t after = c->ments[m].tok + c->ments[m].ntok;
        /* "a U.S.-brokered ceasefire": the broker is not who ceases fire;
         * nor is the body whose leave the deal needs the buyer ("received
         * Federal Reserve Board approval to acquire X", "won EU clearance for
         * its takeover of Y") */
        if (after + 1 < tb && (led_by_at(d, s, after) || WORD_IN(d, after, permission_nouns))) {
            i = (long)c->ments[m].tok;
            continue;
        }
        /* the possessor of the trigger's noun acts, in a prepositional phrase
         * too: "ahead of Prime Minister Nakasone's (planned) visit to Washington" */
        if (is_apos_s(d, after) &&
            (after + 2 == tb || (after + 3 == tb && (d->toks[after + 2].flags & TOK_LOWER))))
            return m;
        /* (or a bare apostrophe after a name in "s": "Dixons' recent tender
         * offer for Cyclops") */
        if (after < tb && tk_char(d, after, '\'') && !(d->toks[after].flags & TOK_SPACE) &&
            d->text[d->toks[after - 1].end - 1] == 's' &&
            (after + 1 == tb || (after + 2 == tb && (d->toks[after + 1].flags & TOK_LOWER))))
            return m;
        /* the word before the mention, or before the list it ends ("for Chile
         * and Venezuela"; but "producers, including China and Egypt, pledged"
         * names the subject) */
        group gr;
        coordinate(c, g, s, (uint32_t)m, -1, &gr);
        uint32_t first = c->ments[gr.m[gr.n - 1]].tok, q = first;
        title_chain_back(c, g, &q); /* "talks with Prime Minister Margaret Thatcher" */
        long p = (long)q - 1;
        if (p >= (long)s->tbeg && WORD_IN(d, (size_t)p, dets)) p--;
        p = np_words_before(c, s, p);
        /* the state whose seat the place is: "Authorities in Kabul accused",
         * "the army-aligned government in Port Sudan accused" */
        if (gr.n == 1 && p > (long)s->tbeg && tk_is(d, (size_t)p, "in") &&
            (tk_is(d, (size_t)p - 1, "authorities") || tk_is(d, (size_t)p - 1, "government") ||
             tk_is(d, (size_t)p - 1, "officials") || tk_is(d, (size_t)p - 1, "administration") ||
             tk_is(d, (size_t)p - 1, "leadership") || tk_is(d, (size_t)p - 1, "Authorities") ||
             tk_is(d, (size_t)p - 1, "Officials"))) {
            long st = seat_state(c, g, (uint32_t)m);
            if (st >= 0) return st;
        }
        /* the leader named by "led by" right before the verb acts with
         * those led: "Syrian rebels led by Hayat Tahrir al-Sham captured
         * Aleppo", "forces commanded by X have attacked" (not "backed by") */
        if (!noun && p > (long)s->tbeg && leader_by_at(d, (uint32_t)p) && after <= tb &&
            tb - after <= 2 && (after == tb || (d->toks[after].flags & TOK_LOWER)))
            return m;
        /* (but the subject of a gerund right after it acts: "wrong about
         * Britain winning the war against the IRA", "fears of Russia
         * attacking Ukraine") */
        if (p >= (long)s->tbeg && !tk_is(d, (size_t)p, "including") &&
            (WORD_IN(d, (size_t)p, pp_words) || WORD_IN(d, (size_t)p, comm_verbs)) &&
            !(WORD_IN(d, (size_t)p, gerund_preps) && after < tb &&
              (d->toks[after].flags & TOK_LOWER) && ing_form(d, after) &&
              !WORD_IN(d, after, ing_preps) && trig_covering(sc, after) < 0)) {
            i = (long)first; /* continue before the list */
            continue;
        }
        /* the object of the verb before the other one: "Russia praised China
         * and accused Japan", "Putin met Kim and signed a pact" */
        /* (or of a trigger verb before an infinitive of purpose, its object
         * no person: "Takaichi visited Seoul to meet Lee Jae-myung"; not "the
         * fine prompted Trump to threaten") */
        if ((!noun || vb < tb) && p >= (long)s->tbeg &&
            (second_verb(d, s, after, vb) ||
             (purpose_after(c, first, vb) && trig_covering(sc, (uint32_t)p) >= 0 &&
              !is_person(c, g, (uint32_t)m))) &&
            past_verb_before(c, sc, (uint32_t)p)) {
            long ot = trig_covering(sc, (uint32_t)p);
            if (ot >= 0) return find_actor(c, g, sc, &sc->trigs[ot]);
            i = (long)first;
            first_verb = p; /* the walk passes over it: its subject is ours */
            continue;
        }
        if (conditional_before(d, s, c->ments[m].tok)) return -1;
        if (in_relative_clause(d, s, q)) return -1;
        if (inside_longer_name(c, (uint32_t)m, s->tbeg)) return -1;
        /* after "a" or a number and before an ordinary noun the name only
         * qualifies it ("aboard a U.S. Air Force plane", "vetoed a Security
         * Council resolution", "two UK activists"): the actor is not named; but
         * the noun may be its agents ("a U.S. official", "an IMF team") */
        uint32_t mb = c->ments[m].tok;
        if (mb > s->tbeg && after < tb && (d->toks[after].flags & TOK_LOWER) &&
            (tk_is(d, mb - 1, "a") || tk_is(d, mb - 1, "an") ||
             ((d->toks[mb - 1].flags & TOK_DIGIT) && !(d->toks[mb - 1].flags & TOK_UPPER)) ||
             tk_is(d, mb - 1, "two") || tk_is(d, mb - 1, "three") || tk_is(d, mb - 1, "four") ||
             tk_is(d, mb - 1, "five") || tk_is(d, mb - 1, "several")) &&
            !WORD_IN(d, after, state_nouns) && !WORD_IN(d, after, agent_nouns) &&
            trig_covering(sc, after) < 0)
            return -1;
        /* and so is a pair of names joined by a hyphen: "to ease U.S.-Japan
         * trade friction at a meeting with": neither acts (but their agents
         * may: "An IMF-World Bank team will visit") */
        if (mb >= s->tbeg + 2 && glued_hyphen(d, mb - 1) && !(d->toks[mb].flags & TOK_SPACE) &&
            c->tok_ment[mb - 2] >= 0 && after < tb && (d->toks[after].flags & TOK_LOWER) &&
            !WORD_IN(d, after, state_nouns) && !WORD_IN(d, after, agent_nouns)) {
            i = (long)c->ments[c->tok_ment[mb - 2]].tok;
            continue;
        }
        /* a demonym qualifying an ordinary noun is an adjective: "the Irish
         * duo" (but a weapon's people kill: "An Israeli airstrike in southern
         * Lebanon killed") */
        if (c->ments[m].via == VIA_DEMONYM && after < s->tend && after < tb &&
            (d->toks[after].flags & TOK_LOWER) && !WORD_IN(d, after, state_nouns) &&
            !(killed_at(d, tb) && WORD_IN(d, after, weapon_nouns))) {
            i = (long)c->ments[m].tok;
            continue;
        }
        /* and a capital before its market is the market's town: "the London
         * exchange is holding talks" is no British act */
        if (c->ments[m].via == VIA_CAPITAL && after < tb && WORD_IN(d, after, market_nouns))
            return -1;
        /* a leader's administration or government acts for his state, where
         * the text names it: "The Trump administration imposed tariffs on
         * Brazil" (the United States) */
        if (after < tb && (tk_is(d, after, "administration") || tk_is(d, after, "government"))) {
            long st = state_of_leader(c, g, s, (uint32_t)m, tb);
            if (st >= 0) return st;
        }
        return m;
    }
    return -1;
}

/* The country of the place at mention m: the mention itself when it is the
 * country (a capital stands for it), else the first mention of the place's
 * country in the text; or -1. */
static long place_country(const tag_ctx *c, const gaz_t *g, uint32_t m) {
    const tag_went *w = &c->ents[c->ments[m].ent];
    if (w->gidx < 0) return -1;
    const gaz_entity *ge = &g->ents[w->gidx];
    if (ge->kind == KIND_COUNTRY) return (long)m;
    const char *ctry = ge->kind == KIND_LOCATION ? gaz_attr_get(ge, "country") : NULL;
    return ctry ? country_mention(c, g, ctry) : -1;
}

/* The state a place at mention m stands for as the seat of its government
 * (place_country), not a demonym's country ("Iranian"); or -1. */
static long seat_state(const tag_ctx *c, const gaz_t *g, uint32_t m) {
    if (c->ments[m].via == VIA_DEMONYM &&
        tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_COUNTRY)
        return -1;
    return place_country(c, g, m);
}

/* The actor of trigger occurrence to (find_actor_in); for a noun after "its"
 * or "their" (maybe with adjectives) that names none otherwise, or only a
 * person, the country or organization that opens the sentence ("China's
 * commerce ministry said ..., escalating its trade war with the United
 * States"). Its mention, or -1. */
static long find_actor(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc, const trig_occ *to) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    /* a noun's agent after its object: "the takeover of Getty Oil by Texaco",
     * "the invasion of Ukraine by Russia" */
    if (to->tr->noun) {
        uint32_t q = to->te;
        if (q + 3 < s->tend && tk_is(d, q, "of")) {
            q++;
            if (tk_is(d, q, "the")) q++;
            int32_t om = c->tok_ment[q];
            if (om >= 0 && c->ments[om].tok == q) {
                q = c->ments[om].tok + c->ments[om].ntok;
                /* (past an abbreviation's dot: "Fairchild Semiconductor Corp. by") */
                if (q + 2 < s->tend && tk_char(d, q, '.') && !(d->toks[q].flags & TOK_SPACE)) q++;
                if (q + 1 < s->tend && tk_is(d, q, "by")) {
                    q++;
                    if (q + 1 < s->tend && tk_is(d, q, "the")) q++;
                    int32_t am = c->tok_ment[q];
                    if (am >= 0 && c->ments[am].tok == q) return am;
                }
            }
        }
    }
    long m = find_actor_in(c, g, sc, to);
    long k = before_modifiers(c, s, to->tb);
    int its = k > (long)s->tbeg && (tk_is(d, (size_t)k, "its") || tk_is(d, (size_t)k, "their"));
    /* a third party's verb before "its" or "their", or its ruling's noun
     * and "for": the noun is not its subject's ("the Bank of Sweden approved
     * its acquisition of Biopool", "regulators cleared their merger", "it
     * has received Fed approval for its acquisition of Heritage Bank"), but
     * the owner that opens the sentence, if that is another, else nobody's */
    /* (after the noun, only when the actor found is the ruling party right
     * before it: "Citicorp said it received Federal Reserve approval for its
     * purchase" is Citicorp's) */
    int ruling_noun = k - 2 > (long)s->tbeg && tk_is(d, (size_t)k - 1, "for") &&
                      WORD_IN(d, (size_t)k - 2, ruling_nouns);
    if (m >= 0 && to->tr->noun && its &&
        (WORD_IN(d, (size_t)k - 1, ruling_verbs) ||
         (ruling_noun && c->ments[m].tok + c->ments[m].ntok == (uint32_t)k - 2))) {
        long o = sentence_owner(c, g, s, (uint32_t)k, (uint32_t)k);
        return o >= 0 && c->ments[o].ent != c->ments[m].ent ? o : -1;
    }
    /* after a preposition, "its" is the nearest country's or organization's
     * before it: "sanctions against Iran over its support for Russia",
     * "summoned the Israeli ambassador over its strikes on Syria" (but a
     * ruling's noun: "received Federal Reserve approval for its purchase" is
     * the subject's purchase) */
    if (m >= 0 && its && !ruling_noun && (to->tr->noun || used_as_noun(d, s, to)) &&
        k - 1 > (long)s->tbeg &&
        (d->toks[k - 1].flags & TOK_LOWER) && WORD_IN(d, (size_t)k - 1, its_preps)) {
        long o = ment_ending_before(c, (uint32_t)k - 1, s->tbeg);
        for (uint32_t q = (uint32_t)k - 1; o < 0 && q > s->tbeg; q--) {
            int32_t qm = c->tok_ment[q - 1];
            if (qm < 0) continue;
            int kind = tag_went_kind(g, &c->ents[c->ments[qm].ent]);
            if (kind == KIND_COUNTRY || kind == KIND_ORG) o = qm;
            else if (kind == KIND_PERSON) break; /* (a person may own it: none) */
        }
        if (o >= 0 && o != m && c->ments[o].ent != c->ments[m].ent) return o;
    }
    if ((m >= 0 && !is_person(c, g, (uint32_t)m)) || !used_as_noun(d, s, to)) return m;
    if (its)
        /* (and no person found before it: "its" is none, "denied NEC's
         * motion to disqualify Judge X from presiding over its lawsuit
         * against Intel" is NEC's lawsuit) */
        return sentence_owner(c, g, s, (uint32_t)k, (uint32_t)k);
    return m;
}

/* Negated trigger: "did not attack", "won't cooperate", "refused to meet",
 * within six words before it, a name counting as one ("a possible
 * U.S.-Soviet summit meeting"). */
static int negated(const tag_ctx *c, const text_sent *s, uint32_t tb) {
    const text_doc *d = &c->doc;
    int n = 0;
    /* past "and" and then a determiner the words are another verb's, with its
     * own object: "Russia denied the claims and accused Ukraine" (only "not",
     * "never" and the like go on over it: "did not attack the city and kill") */
    /* (also a word between the verb of denial and "and": "Moscow denied
     * involvement and accused Poland") */
    int and_seen = 0, other_verb = 0;
    long and_at = -1;
    /* a participle opening its own clause after a comma: "suspended the
     * deal, accusing Cambodia" */
    if (tb > s->tbeg && tk_char(d, tb - 1, ',') && ing_form(d, tb))
        return 0;
    /* nor does a trigger glued to its party qualify less than what the
     * clause says: "wanted to question Frankfurt-based broker X", "did not
     * meet the Iran-backed group" (the group is backed all the same) */
    if ((tb > s->tbeg + 1 && glued_hyphen(d, tb - 1) && !(d->toks[tb].flags & TOK_SPACE)) ||
        (tb + 2 < s->tend && glued_hyphen(d, tb + 1) && !(d->toks[tb + 2].flags & TOK_SPACE)))
        return 0;
    /* a gerund after "against", the trigger or up to two lowercase words
     * before it, is what one warns or decides against: "warned the United
     * States against attacking its nuclear sites", "voted against imposing
     * sanctions on", "decided against buying" */
    for (uint32_t j = tb; j > s->tbeg && j + 3 > tb && (d->toks[j].flags & TOK_LOWER); j--)
        if (ing_form(d, j) && tk_is(d, j - 1, "against")) return 1;
    for (long i = (long)tb - 1; i >= (long)s->tbeg && n < 6; i--, n++) {
        int32_t m = c->tok_ment[i];
        if (m >= 0 && c->ments[m].tok < (uint32_t)i) {
            i = (long)c->ments[m].tok;
            continue;
        }
        /* a phrase of time opens before the trigger: what comes before it
         * governs another verb ("proposed the fund during a trip to") */
        if (tk_is(d, (size_t)i, "during")) return 0;
        /* so does a clause with a subject of its own: "India would not bow to
         * pressure after Washington doubled tariffs on Indian goods" */
        if ((size_t)i + 1 < tb && c->tok_ment[i + 1] >= 0 && WORD_IN(d, (size_t)i, clause_openers))
            return 0;
        /* (an amount counts as no word: "may lift an additional 84 mln dlrs in
         * trade sanctions") */
        if ((d->toks[i].flags & TOK_DIGIT) || WORD_IN(d, (size_t)i, amounts) ||
            tk_char(d, (size_t)i, '$') || tk_char(d, (size_t)i, '.') || tk_char(d, (size_t)i, ','))
            n--;
        /* "and" before an auxiliary opens a predicate of its own, which
         * no negation before it reaches: "does not recognize X's election
         * and has imposed sanctions on" */
        if (tk_is(d, (size_t)i, "and") && (size_t)i + 1 < tb &&
            (tk_is(d, (size_t)i + 1, "has") || tk_is(d, (size_t)i + 1, "have") ||
             tk_is(d, (size_t)i + 1, "had") || WORD_IN(d, (size_t)i + 1, be_aux) ||
             WORD_IN(d, (size_t)i + 1, modals)))
            return 0;
        /* a relative clause after a comma, or a quotation that a verb of
         * saying follows, is a predicate of its own: "'It never moved,' said
         * X, who works at Google" */
        if (!(d->toks[i].flags & TOK_WORD)
                ? closing_double_quote(d, (size_t)i)
                : i > (long)s->tbeg && tk_char(d, (size_t)i - 1, ',') &&
                      (tk_is(d, (size_t)i, "who") || tk_is(d, (size_t)i, "which")))
            return 0;
        if (tk_is(d, (size_t)i, "and")) and_seen = 1, and_at = i;
        else if (and_seen && (WORD_IN(d, (size_t)i, dets) || and_at - i >= 2)) other_verb = 1;
        /* but not inside a compound: "a hastily-called meeting" */
        if (WORD_IN(d, (size_t)i, negations) &&
            (!other_verb || WORD_IN(d, (size_t)i, adverb_negations)) &&
            !(i > (long)s->tbeg && glued_hyphen(d, (size_t)i - 1) &&
              !(d->toks[i].flags & TOK_SPACE)))
            return 1;
        size_t nx = (size_t)i + 1;
        if (tb - (uint32_t)i <= 4 && WORD_IN(d, (size_t)i, near_negations) &&
            !(tk_is(d, tb, "deal") || tk_is(d, tb, "deals")) &&
            !(nx < tb && (tk_is(d, nx, "in") || tk_is(d, nx, "at") || tk_is(d, nx, "over"))))
            return 1;
        if ((d->toks[i].flags & TOK_LOWER) && tk_is(d, (size_t)i, "may")) return 1;
        /* a plan given up: "abandoned plans to buy USX Corp", "abandoned its
         * bid for" (but what one is asked to give up stands: "must abandon
         * its support for Israel") */
        if (d->toks[i].len >= 7 && WORD_IN(d, (size_t)i, abandon_verbs) && (size_t)i + 1 < tb) {
            size_t pn = (size_t)i + 1 + (WORD_IN(d, (size_t)i + 1, dets) ||
                                         tk_is(d, (size_t)i + 1, "the"));
            if (pn < tb && WORD_IN(d, pn, plan_nouns)) return 1;
        }
        /* "ruled out direct talks with", "rules out a ceasefire" */
        if (tk_is(d, (size_t)i, "out") && i > (long)s->tbeg &&
            (tk_is(d, (size_t)i - 1, "ruled") || tk_is(d, (size_t)i - 1, "rules") ||
             tk_is(d, (size_t)i - 1, "rule") || tk_is(d, (size_t)i - 1, "ruling")))
            return 1;
        if (tk_is(d, (size_t)i, "t") && i > (long)s->tbeg &&
            (tk_char(d, (size_t)i - 1, '\'') || d->toks[i - 1].len == 3) &&
            !(d->toks[i - 1].flags & TOK_WORD))
            return 1; /* n't, won't */
        /* an infinitive ("to impose trade sanctions") has the window start
         * again before it: "urged the U.S. government to impose trade
         * sanctions against Japan" */
        if (tk_is(d, (size_t)i, "to") && (size_t)i + 1 < tb && (d->toks[i + 1].flags & TOK_LOWER) &&
            !WORD_IN(d, (size_t)i + 1, dets) && !(c->cls[i + 1] & W_STOP) && n >= 2 && n < 5)
            n = -1;
    }
    return 0;
}

/* "Israel-Iran war", "US-Iran talks": two mentions joined by a dash right before
 * a noun trigger (adjectives allowed in between). */
static int compound_before(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t tb,
                           group *pair) {
    const text_doc *d = &c->doc;
    pair->n = 0;
    for (long i = (long)tb - 1; i >= (long)s->tbeg && i >= (long)tb - 3; i--) {
        int32_t m = c->tok_ment[i];
        if (m < 0) {
            if (!(d->toks[i].flags & TOK_LOWER)) return 0;
            continue;
        }
        group gr;
        coordinate(c, g, s, (uint32_t)m, -1, &gr);
        if (gr.n != 2) return 0;
        /* the separator must be a dash or slash, not a list */
        uint32_t sep = c->ments[gr.m[1]].tok + c->ments[gr.m[1]].ntok;
        if (tk_char(d, sep, ',') || tk_is(d, sep, "and") || tk_is(d, sep, "or")) return 0;
        *pair = gr;
        return 1;
    }
    return 0;
}

/* Is the trigger at bytes ts..te of the text a verb in the past of what is
 * done to people, never in words: "assassinated", "kidnapped", "abducted",
 * "ambushed", "killed"? (Not the noun: in "named X prime minister following the
 * assassination of Y" the one before it did not do it.) */
static int on_person_trigger(const tag_ctx *c, uint32_t ts, uint32_t te) {
    static const char *const stems[] = {"abduct", "ambush", "assassin", "kidnap", "kill"};
    const char *t = c->doc.text + ts;
    /* (or a noun of attack before "killed": "An Israeli strike killed Yahya
     * Sinwar") */
    size_t a = te;
    while (a < c->doc.len && c->doc.text[a] == ' ') a++;
    if (a > te && a + 7 <= c->doc.len && !strncmp(c->doc.text + a, "killed", 6) &&
        !isalpha((unsigned char)c->doc.text[a + 6]))
        return 1;
    if (te - ts < 4 || t[te - ts - 2] != 'e' || t[te - ts - 1] != 'd') return 0;
    for (size_t k = 0; k < ENT_ARRAY_LEN(stems); k++) {
        size_t n = strlen(stems[k]);
        if (te - ts >= n && strncasecmp(t, stems[k], n) == 0) return 1;
    }
    return 0;
}

/* The person "the Canadian leader", "the Iranian foreign minister" names at
 * demonym mention m: after "the", the demonym and "leader" or a title in
 * lowercase, with no name after them, the one person the text has
 * affiliated with that country in that office (for "leader", a head of state
 * or government's: President, Prime Minister, Premier, Chancellor); his
 * entity, or m's own when there is none or two. */
static uint32_t leader_named_by(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m) {
    static const char *const heads[] = {"Chancellor", "Premier", "President", "Prime Minister"};
    const text_doc *d = &c->doc;
    const tag_mention *mm = &c->ments[m];
    uint32_t e = mm->tok + mm->ntok, pe = e;
    if (mm->via != VIA_DEMONYM || mm->tok <= s->tbeg || e >= s->tend ||
        !(tk_is(d, mm->tok - 1, "the") || tk_is(d, mm->tok - 1, "The")) ||
        !(d->toks[e].flags & TOK_LOWER))
        return mm->ent;
    int leader = tk_is(d, e, "leader");
    const char *r = leader ? NULL : title_chain_forward(c, g, &pe);
    if (leader) pe = e + 1;
    if ((!leader && !r) || (pe < s->tend && c->tok_ment[pe] >= 0)) return mm->ent;
    long who = -1;
    for (size_t k = 0; k < c->naffs; k++) {
        const tag_relation *x = &c->rels[c->affs[k]];
        if (x->b != mm->ent || !x->role || !strncmp(x->role, "Former", 6) ||
            tag_went_kind(g, &c->ents[x->a]) != KIND_PERSON)
            continue;
        int fits = 0;
        for (size_t h = 0; leader && h < ENT_ARRAY_LEN(heads); h++)
            fits |= !strcmp(x->role, heads[h]);
        if (!leader) fits = !strcasecmp(x->role, r);
        if (!fits) continue;
        if (who >= 0 && (uint32_t)who != x->a) return mm->ent; /* two of them */
        who = (long)x->a;
    }
    return who >= 0 ? (uint32_t)who : mm->ent;
}

static int link_groups(tag_ctx *c, const gaz_t *g, size_t rel0, const text_sent *s, int label,
                       const group *a, const group *b, uint32_t ts, uint32_t te) {
    /* an "attack" by or on a person in the news is nearly always a verbal one;
     * but not one who was assassinated, kidnapped or ambushed ("Israel
     * assassinated Ismail Haniyeh") */
    int attack = !strcmp(g->labels[label].name, "attack") && !on_person_trigger(c, ts, te);
    /* (so the verb's past and participle with a person say criticism: "Kemi
     * Badenoch attacked Keir Starmer over the budget"; the noun may be a
     * shot: "an attack on Trump at a rally") */
    const char *tw = c->doc.text + ts;
    int verbal = attack && ((te - ts == 8 && !strncasecmp(tw, "attacked", 8)) ||
                            (te - ts == 9 && !strncasecmp(tw, "attacking", 9)));
    int owns = !strcmp(g->labels[label].name, "ownership");
    for (int i = 0; i < a->n; i++) {
        uint32_t ea = leader_named_by(c, g, s, a->m[i]);
        for (int j = 0; j < b->n; j++) {
            uint32_t eb = leader_named_by(c, g, s, b->m[j]);
            int lab = label;
            /* (one affiliated with an organization does nothing to it, but
             * may own it: "Kaltenbacher owns 30 pct of Seton") */
            if (ea == eb || (affiliated(c, g, ea, eb) && !owns)) continue;
            if (attack && (tag_went_kind(g, &c->ents[eb]) == KIND_PERSON ||
                           tag_went_kind(g, &c->ents[ea]) == KIND_PERSON)) {
                if (!verbal || (lab = gaz_label_find(g, "condemnation")) < 0) continue;
            }
            if (push_rel(c, rel0, ea, eb, lab, g, NULL, s, ts, te)) return ENT_ENOMEM;
        }
    }
    return 0;
}

/* Link each pair of the mentions of gr, the earlier as the actor (the first
 * two only when first_only: a directed label's "between X and Y"). Returns
 * 0 or ENT_ENOMEM. */
static int link_pairs(tag_ctx *c, const gaz_t *g, size_t rel0, const text_sent *s, int label,
                      const group *gr, int first_only, uint32_t ts, uint32_t te) {
    for (int x = 0; x < gr->n && !(first_only && x > 0); x++)
        for (int y = x + 1; y < gr->n && !(first_only && y > 1); y++) {
            group a1 = {.m = {gr->m[x]}, .n = 1}, b1 = {.m = {gr->m[y]}, .n = 1};
            if (link_groups(c, g, rel0, s, label, &a1, &b1, ts, te)) return ENT_ENOMEM;
        }
    return 0;
}

/* The parties "the two" and the noun at token k stand for ("the two
 * leaders", "the two countries", "the two companies"): the last two
 * entities of the noun's kind named before it, in this sentence or the one
 * before, distinct (a country's demonym names none). Fills gr and returns 1,
 * else 0. */
static int the_two(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k, group *gr) {
    static const struct {
        const char *w;
        int kind;
    } nouns[] = {{"leaders", KIND_PERSON},    {"presidents", KIND_PERSON},
                 {"ministers", KIND_PERSON},  {"countries", KIND_COUNTRY},
                 {"nations", KIND_COUNTRY},   {"neighbours", KIND_COUNTRY},
                 {"neighbors", KIND_COUNTRY}, {"governments", KIND_COUNTRY},
                 {"companies", KIND_ORG},     {"firms", KIND_ORG},
                 {"sides", -2}}; /* (-2: a country or an organization) */
    const text_doc *d = &c->doc;
    int kind = -1;
    for (size_t n = 0; n < ENT_ARRAY_LEN(nouns) && kind == -1; n++)
        if (tk_is(d, k, nouns[n].w)) kind = nouns[n].kind;
    if (kind == -1) return 0;
    /* (not a proposal: "the offer that the two countries meet") */
    static const char *const bases[] = {"agree", "begin", "hold", "meet", "open",
                                        "reach", "resume", "sign", "start"};
    uint32_t at = tk_is(d, k - 1, "two") ? k - 2 : k - 1; /* "the two" or "both" */
    if (at > s->tbeg && k + 1 < s->tend && tk_is(d, at - 1, "that"))
        for (size_t n = 0; n < ENT_ARRAY_LEN(bases); n++)
            if (tk_is(d, k + 1, bases[n])) return 0;
    uint32_t from = s->tbeg;
    if (s > d->sents) from = s[-1].tbeg;
    uint32_t ents[2];
    int ne = 0;
    for (uint32_t q = at; q-- > from && ne < 2;) {
        int32_t m = c->tok_ment[q];
        if (m < 0 || c->ments[m].tok != q) continue;
        const tag_went *w = &c->ents[c->ments[m].ent];
        int wk = tag_went_kind(g, w);
        /* (a country's people: "Japanese", "Chinese" name no country here) */
        /* ("sides": countries and organizations, but no companies) */
        if ((kind == -2 ? (wk != KIND_COUNTRY && wk != KIND_ORG) ||
                              (w->gidx >= 0 && g->ents[w->gidx].company)
                        : wk != kind) ||
            c->ments[m].via == VIA_DEMONYM)
            continue;
        int seen = 0;
        for (int e = 0; e < ne; e++) seen |= ents[e] == c->ments[m].ent;
        if (seen) continue;
        ents[ne] = c->ments[m].ent;
        gr->m[ne++] = (uint32_t)m;
    }
    gr->n = ne == 2 ? 2 : 0;
    return ne == 2;
}

/* The token before a plan's "is" or "are" that ends at "to" at token k ("are
 * to", "are expected to", "is due to", "were set to"; not a bare "were to",
 * a condition's), or -1. */
static long planned_before(const text_doc *d, const text_sent *s, long k) {
    if (k < (long)s->tbeg + 2 || !tk_is(d, (size_t)k, "to")) return -1;
    long q = k - 1;
    int plan = WORD_IN(d, (size_t)q, plan_words);
    if (plan) q--;
    if (q <= (long)s->tbeg) return -1;
    if (tk_is(d, (size_t)q, "are") || tk_is(d, (size_t)q, "is") ||
        (plan && (tk_is(d, (size_t)q, "were") || tk_is(d, (size_t)q, "was"))))
        return q - 1;
    return -1;
}

/* Is the object of negotiations' verb at trigger occurrence to a deal, after
 * a determiner and up to two lowercase words ("negotiating a security
 * agreement", "negotiated a new trade deal")? */
static int negotiated_deal(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                           const trig_occ *to) {
    const text_doc *d = &c->doc;
    if (strcmp(g->labels[to->tr->label].name, "negotiations")) return 0;
    for (uint32_t q = to->te + 1; q < s->tend && q <= to->te + 3; q++) {
        if (!(d->toks[q].flags & TOK_LOWER)) return 0;
        if (WORD_IN(d, q, deal_nouns)) return 1;
    }
    return 0;
}

/* The parties of an undirected trigger without a target: a list of two or
 * more right before it, or before the verb by which they take part in what
 * the noun names ("Thailand and Cambodia met", "Israel and Hamas agreed to a
 * ceasefire", "Russia and Ukraine held talks"); not a list that only asks for
 * it ("Britain and France called for negotiations"), one under a condition
 * or one of four or more. Fills gr and returns 1, else 0. */
static int joint_parties(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc, const trig_occ *to,
                         group *gr) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    /* a partner of their own after it: each has one ("Venezuela, Chile and
     * the Philippines have struck agreement with commercial banks") */
    if (to->te < s->tend && (tk_is(d, to->te, "with") || tk_is(d, to->te, "between")))
        return 0;
    /* a verb with an object of its own: they act on it together ("Baldrige
     * and Weinberger fought the planned sale", "would merge plants", "will
     * fight it out for the award"), not on each other; but a deal two
     * negotiate is between them ("Israel and Syria are negotiating a
     * security agreement") */
    if (!to->tr->noun && to->te < s->tend &&
        ((WORD_IN(d, to->te, dets) && !each_other_at(d, s, to->te) &&
          !negotiated_deal(c, g, s, to)) ||
         tk_is(d, to->te, "it") ||
         (!(to->tr->preps & (1u << PREP_OBJ)) && tag_plural_noun(d, to->te))))
        return 0;
    /* ("Jamieson and McConnell met supporters' representatives": a lowercase
     * word after "met" that no met_after word is) */
    if (bare_meet(d, to) && to->te < s->tend && (d->toks[to->te].flags & TOK_LOWER) &&
        !met_follows(d, s, to->te))
        return 0;
    long k = (long)to->tb - 1, pk;
    int be_in = 0; /* "X and Y are in talks" */
    /* (a verb's form after a verb of trading is its noun: "traded blame") */
    int nounish = to->tr->noun || (to->tb > s->tbeg && WORD_IN(d, to->tb - 1, mutual_verbs));
    if (nounish) {
        long v = -1;
        /* within six words ("agreed to a \"complete and total ceasefire\"") */
        long skipped = 0; /* tokens of a broker's name, which count as none */
        int directed = g->labels[to->tr->label].directed;
        for (long j = k; j >= (long)s->tbeg && j > k - 7 - skipped && v < 0; j--) {
            int32_t mj = c->tok_ment[j];
            if (WORD_IN(d, (size_t)j, joint_verbs) || WORD_IN(d, (size_t)j, pledge_verbs) ||
                (directed && j == k && WORD_IN(d, (size_t)j, mutual_verbs)) ||
                (!directed && be_in_at(d, s, (uint32_t)j)))
                v = j;
            else if (is_quote(d, (size_t)j)) continue;
            /* "agreed on Thursday to a ceasefire": the day counts as none */
            else if (j > (long)s->tbeg + 1 && (d->toks[j].flags & TOK_UPPER) &&
                     WORD_IN(d, (size_t)j, said_when) && tk_is(d, (size_t)j - 1, "on")) {
                skipped += 2;
                j--;
                continue;
            }
            /* "agreed to a U.S.-brokered ceasefire": the broker is no party */
            else if (led_by_at(d, s, (uint32_t)j)) continue;
            else if (mj >= 0 && led_by_at(d, s, c->ments[mj].tok + c->ments[mj].ntok)) {
                skipped += j - (long)c->ments[mj].tok + 1;
                j = (long)c->ments[mj].tok;
                continue;
            }
            /* ("reached a non-binding agreement") */
            else if (glued_hyphen(d, (size_t)j) && j + 1 <= k &&
                     (d->toks[j + 1].flags & TOK_LOWER) && !(d->toks[j + 1].flags & TOK_SPACE)) {
                skipped++;
                continue;
            }
            /* ("agree post-Brexit reset deal": a capitalized word glued
             * after a lowercase one's hyphen qualifies the noun too) */
            else if (j >= (long)s->tbeg + 2 && j < k && glued_hyphen(d, (size_t)j - 1) &&
                     !(d->toks[j].flags & TOK_SPACE) && !(d->toks[j - 1].flags & TOK_SPACE) &&
                     (d->toks[j - 2].flags & TOK_LOWER) && c->tok_ment[j - 2] < 0) {
                skipped += 2;
                j--;
                continue;
            }
            /* (a count: "signed more than 30 trade agreements") */
            else if ((d->toks[j].flags & TOK_DIGIT) && j < k) continue;
            else if (tk_is(d, (size_t)j, "than") && (d->toks[j + 1].flags & TOK_DIGIT)) continue;
            else if (!(d->toks[j].flags & TOK_LOWER)) return 0;
            /* the noun is the verb's object, or what they agree to: not
             * where they agree ("agreed at the summit"); "prepared for talks",
             * "agreed on a trade deal", "agreed to the first phase of a
             * ceasefire", "reached a framework for a trade deal" */
            else if (WORD_IN(d, (size_t)j, pp_words) && !tk_is(d, (size_t)j, "to") &&
                     !((tk_is(d, (size_t)j, "for") || tk_is(d, (size_t)j, "on")) &&
                       j > (long)s->tbeg && WORD_IN(d, (size_t)j - 1, joint_verbs)) &&
                     !((tk_is(d, (size_t)j, "of") || tk_is(d, (size_t)j, "for")) &&
                       j > (long)s->tbeg && WORD_IN(d, (size_t)j - 1, part_nouns)))
                return 0;
        }
        if (v < 0) return 0;
        k = v - 1;
        /* (past the form of "be" before "in": "Toyota and Nissan are in
         * merger talks") */
        be_in = be_in_at(d, s, (uint32_t)v);
        if (be_in) k -= 1 + !WORD_IN(d, (size_t)k, be_aux);
        /* the verb after another one's "to": "have agreed to begin talks",
         * "decided to hold talks", "vowed to deepen cooperation" */
        if (k > (long)s->tbeg + 1 && tk_is(d, (size_t)k, "to") &&
            (WORD_IN(d, (size_t)k - 1, joint_verbs) || WORD_IN(d, (size_t)k - 1, pledge_verbs) ||
             tk_is(d, (size_t)k - 1, "decided")))
            k -= 2;
        /* ("are to hold talks", "are due to sign a deal", "will hold
         * talks", "said they would sign a deal"; not "could", "may",
         * "should": only hoped for) */
        else if ((pk = planned_before(d, s, k)) >= 0)
            k = pk;
        if (k > (long)s->tbeg && (tk_is(d, (size_t)k, "have") || tk_is(d, (size_t)k, "has") ||
                                  tk_is(d, (size_t)k, "had") || tk_is(d, (size_t)k, "will") ||
                                  tk_is(d, (size_t)k, "would")))
            k--;
        /* (a progressive's form of "be": "are holding talks") */
        else if (k > (long)s->tbeg && WORD_IN(d, (size_t)k, be_aux) && ing_form(d, (size_t)v))
            k--;
    } else {
        /* a verb after a joint verb's "to" or a modal: "Exxon and Mobil
         * agreed to merge", "said they would merge" */
        if (k > (long)s->tbeg + 1 && tk_is(d, (size_t)k, "to") &&
            (WORD_IN(d, (size_t)k - 1, joint_verbs) || tk_is(d, (size_t)k - 1, "decided")))
            k -= 2;
        else if (k > (long)s->tbeg && WORD_IN(d, (size_t)k, modals))
            k--;
        /* or a progressive's form of "be": "Israel and Syria are negotiating" */
        else if (k > (long)s->tbeg && WORD_IN(d, (size_t)k, be_aux) && ing_form(d, to->tb))
            k--;
        /* or a plan's: "Modi and Xi are expected to meet" */
        else if ((pk = planned_before(d, s, k)) >= 0)
            k = pk;
    }
    for (int n = 0; n < 2 && k > (long)s->tbeg && WORD_IN(d, (size_t)k, joint_adverbs); n++) k--;
    /* "the two leaders signed an agreement", "Both countries agreed": the
     * last two named before */
    if ((k >= (long)s->tbeg + 2 && tk_is(d, (size_t)k - 1, "two") &&
         (tk_is(d, (size_t)k - 2, "the") || tk_is(d, (size_t)k - 2, "The"))) ||
        (k >= (long)s->tbeg + 1 &&
         (tk_is(d, (size_t)k - 1, "Both") || tk_is(d, (size_t)k - 1, "both"))))
        return the_two(c, g, s, (uint32_t)k, gr);
    /* the speakers the pronoun stands for: "Iran and Iraq said they agreed
     * to a ceasefire", "X Corp and Y Corp said they signed an agreement" */
    if (k > (long)s->tbeg + 2 && tk_is(d, (size_t)k, "they")) {
        long q = k - 1 - (tk_is(d, (size_t)k - 1, "that") && k > (long)s->tbeg + 3);
        /* (past the day: "said on Tuesday they had signed") */
        if (q > (long)s->tbeg + 2 && WORD_IN(d, (size_t)q, said_when))
            q -= 1 + tk_is(d, (size_t)q - 1, "on");
        if (tk_is(d, (size_t)q, "said") || tk_is(d, (size_t)q, "announced")) k = q - 1;
    }
    /* the parties' agents: "U.S. and Russian negotiators prepared for talks" */
    int agents = 0;
    if (k > (long)s->tbeg && c->tok_ment[k] < 0 && (d->toks[k].flags & TOK_LOWER) &&
        WORD_IN(d, (size_t)k, state_nouns))
        k--, agents = 1;
    int32_t m = k >= (long)s->tbeg ? c->tok_ment[k] : -1;
    if (m < 0 || c->ments[m].tok + c->ments[m].ntok - 1 != (uint32_t)k) return 0;
    /* a country's government named by who runs it: "Pakistan and
     * Afghanistan's Taliban government agreed to a truce" (the country) */
    uint32_t mb = c->ments[m].tok;
    if (agents && mb >= s->tbeg + 3 && is_apos_s(d, mb - 2)) {
        long om = ment_ending_before(c, mb - 2, s->tbeg);
        if (om >= 0 && tag_went_kind(g, &c->ents[c->ments[om].ent]) == KIND_COUNTRY)
            m = (int32_t)om;
    }
    coordinate(c, g, s, (uint32_t)m, -1, gr);
    /* (two in talks are in talks with each other; three or more are with
     * someone else: "Judges X, Y and Z are in discussions to sign up") */
    if (be_in && gr->n != 2) return 0;
    /* nor the place an opening "In" names before its comma: "In Africa,
     * Ethiopia and Eritrea traded accusations" */
    long im = opening_in(c, s, 0);
    for (int n = 0; im >= 0 && n < gr->n; n++)
        if (gr->m[n] == (uint32_t)im) {
            gr->m[n] = gr->m[gr->n - 1];
            gr->n--;
            n--;
        }
    /* not a list a preposition of place's: "Delegates from across Latin
     * America and the Caribbean opened a five-day meeting" (but "the heads of
     * the central banks of Mexico and Peru have met") */
    uint32_t first = c->ments[m].tok;
    for (int n = 0; n < gr->n; n++)
        if (c->ments[gr->m[n]].tok < first) first = c->ments[gr->m[n]].tok;
    if (first > s->tbeg && tk_is(d, first - 1, "the")) first--;
    if (first > s->tbeg && (d->toks[first - 1].flags & TOK_LOWER) &&
        (tk_is(d, first - 1, "from") || tk_is(d, first - 1, "across") ||
         tk_is(d, first - 1, "in") || tk_is(d, first - 1, "at")))
        return 0;
    /* two or three: a longer list is a gathering, not pairs ("The United
     * States, Japan, West Germany, France, Britain, Italy and Canada agreed") */
    return gr->n >= 2 && gr->n <= 3 && !conditional_before(d, s, c->ments[gr->m[gr->n - 1]].tok);
}

/* A sale, the acquisition seen from the seller: "Allied-Signal sold its GWF
 * Power unit to Energy Factors", "agreed to sell Hilton International to UAL":
 * the buyer after "to" acquires the company sold (a company ending its noun
 * phrase, or before one of sold_parts). Returns 1 when trigger to is a form of
 * "sell" (the relation pushed, if any), 0 when it is not, or ENT_ENOMEM. */
static int sale_relation(tag_ctx *c, const gaz_t *g, const sent_ctx *sc, const trig_occ *to,
                         size_t rel0) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    if (to->te != to->tb + 1 || !(tk_is(d, to->tb, "sell") || tk_is(d, to->tb, "sells") ||
                                  tk_is(d, to->tb, "sold") || tk_is(d, to->tb, "selling")))
        return 0;
    long x = np_after(c, g, sc, to->te);
    if (x < 0 || inside_longer_name(c, (uint32_t)x, s->tbeg)) return 1;
    uint32_t q = c->ments[x].tok + c->ments[x].ntok;
    if (q < s->tend && (d->toks[q].flags & TOK_LOWER) && WORD_IN(d, q, sold_parts)) q++;
    if (q + 1 >= s->tend || !tk_is(d, q, "to")) return 1;
    long y = np_after(c, g, sc, q + 1);
    if (y < 0 || inside_longer_name(c, (uint32_t)y, s->tbeg)) return 1;
    uint32_t ye = c->ments[y].tok + c->ments[y].ntok;
    /* (the buyer ends its noun phrase too: not "to U.S. investors") */
    if (ye < s->tend && (d->toks[ye].flags & TOK_LOWER) && !(c->cls[ye] & W_STOP)) return 1;
    uint32_t ts = d->toks[to->tb].start, te = d->toks[to->te - 1].end;
    return push_rel(c, rel0, c->ments[y].ent, c->ments[x].ent, to->tr->label, g, NULL, s, ts, te)
               ? ENT_ENOMEM
               : 1;
}

/* A reaction, noun trigger to, drawn "from" its doers by the subject of the
 * verb of drawing right before it (an article and up to two lowercase words
 * between: draw_verbs): a name ("Israel drew condemnation from Egypt"), or
 * the possessive that owns the deed ("Israel's decision drew sharp criticism
 * from France and Britain", "Russia's invasion of Ukraine drew swift
 * condemnation from the EU" is Russia's, not Ukraine's), or, for the
 * participle after a comma, the name that opens the sentence ("The United
 * States approved the sale of F-16 jets to Turkey, drawing protests from
 * Greece"). Links each doer to it and returns 1; 0 where to is no such
 * reaction ("The strikes drew condemnation from Egypt": no one's); or
 * ENT_ENOMEM. */
static int drawn_reaction(tag_ctx *c, const gaz_t *g, const sent_ctx *sc, const trig_occ *to,
                          size_t rel0) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    uint32_t v = to->tb;
    while (v > s->tbeg && to->tb - v < 3 &&
           (tk_is(d, v - 1, "a") || tk_is(d, v - 1, "an") ||
            ((d->toks[v - 1].flags & TOK_LOWER) && !(c->cls[v - 1] & W_STOP) &&
             !WORD_IN(d, v - 1, draw_verbs))))
        v--;
    if (v == s->tbeg || !WORD_IN(d, v - 1, draw_verbs) || to->te + 1 >= s->tend ||
        !tk_is(d, to->te, "from"))
        return 0;
    v--;
    long dm = np_after(c, g, sc, to->te + 1);
    if (dm < 0) return 0;
    long pm = -1;
    if ((d->toks[v].flags & TOK_LOWER) && ing_form(d, v)) {
        uint32_t b = s->tbeg + (tk_is(d, s->tbeg, "the") && s->tbeg + 1 < v);
        int32_t m = c->tok_ment[b];
        uint32_t e = m >= 0 ? c->ments[m].tok + c->ments[m].ntok : 0;
        if (v > s->tbeg + 2 && tk_char(d, v - 1, ',') && m >= 0 && c->ments[m].tok == b &&
            e + 1 < v && (d->toks[e].flags & TOK_LOWER))
            pm = m;
    } else if ((pm = ment_ending_before(c, v, s->tbeg)) >= 0) {
        /* (a name after a preposition is inside the subject: "invasion of
         * Ukraine") */
        uint32_t pb = c->ments[pm].tok;
        if (pb > s->tbeg && WORD_IN(d, pb - 1, pp_words)) pm = -1;
    }
    /* (the possessive that opens the subject) */
    for (uint32_t q = v; pm < 0 && q > s->tbeg + 1 && v - q < 8; q--) {
        if (tk_char(d, q - 1, ',') || trig_covering(sc, q - 1) >= 0) {
            /* (a deed noun inside the subject is its own trigger) */
            if (!tk_char(d, q - 1, ',')) continue;
            break;
        }
        if (is_apos_s(d, q - 1)) pm = ment_ending_before(c, q - 1, s->tbeg);
    }
    if (pm < 0 || c->ments[pm].ent == c->ments[dm].ent) return 0;
    group doers, patient = {{(uint32_t)pm}, 1};
    coordinate(c, g, s, (uint32_t)dm, +1, &doers);
    return link_groups(c, g, rel0, s, to->tr->label, &doers, &patient,
                       d->toks[to->tb].start, d->toks[to->te - 1].end)
               ? ENT_ENOMEM
               : 1;
}

/* Is noun trigger to an event supposed, not told: "a" or "an" before it (and
 * its modifiers, a name among them) and a modal verb in its clause after it ("a
 * Chinese attack on Taiwan could threaten Japan's survival", "an attack on Iran
 * would be a mistake"; not "A Russian attack on Kyiv killed five")? */
static int hypothetical_noun(const tag_ctx *c, const text_sent *s, const trig_occ *to) {
    const text_doc *d = &c->doc;
    long k = (long)to->tb - 1;
    for (int w = 0; k >= (long)s->tbeg && w < 3; w++) {
        int32_t m = c->tok_ment[k];
        if (m >= 0) k = (long)c->ments[m].tok - 1;
        else if ((d->toks[k].flags & TOK_LOWER) && !tk_is(d, (size_t)k, "a") &&
                 !tk_is(d, (size_t)k, "an"))
            k--;
        else
            break;
    }
    if (k < (long)s->tbeg || !(tk_is(d, (size_t)k, "a") || tk_is(d, (size_t)k, "an"))) return 0;
    /* (the modal of the noun's own clause: not "an attack on Iran that could
     * change the region") */
    for (uint32_t q = to->te; q < s->tend && q < to->te + 8; q++) {
        if (tk_char(d, q, ',') || tk_char(d, q, ';') || tk_is(d, q, "that") ||
            tk_is(d, q, "which") || tk_is(d, q, "who") || tk_is(d, q, "and") || tk_is(d, q, "but"))
            return 0;
        if ((d->toks[q].flags & TOK_LOWER) && WORD_IN(d, q, modals)) return 1; /* not "May 29" */
    }
    return 0;
}

/* The first token from k on past where the entity before is: "in" and
 * places, with their commas ("the acquisition of Home Savings in Seattle,
 * Washington, by InterWest": "by"; "the attack on Kherson in southern
 * Ukraine by Russia"); k when there is none. */
static uint32_t past_places(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k) {
    const text_doc *d = &c->doc;
    if (k + 1 >= s->tend || !tk_is(d, k, "in")) return k;
    uint32_t q = k + 1, places = 0;
    /* (and a side of it: "in southern Ukraine", "in central Gaza") */
    if (q + 1 < s->tend && tag_side_word(d, q)) q++;
    while (q < s->tend && places < 3) {
        int32_t m = c->tok_ment[q];
        if (m < 0 || c->ments[m].tok != q) break;
        int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
        if (kind != KIND_LOCATION && kind != KIND_COUNTRY) break;
        q += c->ments[m].ntok;
        places++;
        if (q < s->tend && tk_char(d, q, ',')) q++;
    }
    return places ? q : k;
}

/* Is entity e one of the group's? */
static int in_group(const tag_ctx *c, const group *gr, uint32_t e) {
    for (int k = 0; k < gr->n; k++)
        if (c->ments[gr->m[k]].ent == e) return 1;
    return 0;
}

/* The country or organization "its" (or "their") and a lowercase noun at
 * token k stand for: the one opening sentence s before a verb of saying,
 * when every other country or organization named before k is one of the
 * actors ("Iran said Israel attacked its embassy": Iran, not the attacker).
 * Its mention, or -1. */
static long speaker_of_its(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k,
                           const group *actors) {
    const text_doc *d = &c->doc;
    if (k + 1 >= s->tend || !(tk_is(d, k, "its") || tk_is(d, k, "their")) ||
        !(d->toks[k + 1].flags & TOK_LOWER) || c->tok_ment[k + 1] >= 0)
        return -1;
    uint32_t b = s->tbeg + (s->tbeg < s->tend && tk_is(d, s->tbeg, "the"));
    int32_t m = b < s->tend ? c->tok_ment[b] : -1;
    if (m < 0 || c->ments[m].tok != b || c->ments[m].via == VIA_DEMONYM ||
        in_group(c, actors, c->ments[m].ent) || !says_after(d, s, b + c->ments[m].ntok))
        return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[m].ent]);
    if (kind != KIND_COUNTRY && kind != KIND_ORG) return -1;
    for (uint32_t j = b + c->ments[m].ntok; j < k; j++) {
        int32_t o = c->tok_ment[j];
        if (o < 0 || c->ments[o].tok != j || in_group(c, actors, c->ments[o].ent)) continue;
        int ok = tag_went_kind(g, &c->ents[c->ments[o].ent]);
        if (ok == KIND_COUNTRY || ok == KIND_ORG) return -1;
    }
    return m;
}

/* Is label l a deed with a doer a later verb of stance may take ("condemned
 * the strike"): an attack, sanctions or a blockade? */
static int deed_label(const char *l) {
    return !strcmp(l, "attack") || !strcmp(l, "sanctions") || !strcmp(l, "blockade");
}

/* Where the deeds deed_doer_before looks back to start: the sentence two
 * before s (byte offset). */
static uint32_t deeds_from(const tag_ctx *c, const text_sent *s) {
    return s - c->doc.sents >= 2 ? s[-2].start : c->doc.sents[0].start;
}

/* Did the text give an attack, sanctions or a blockade a doer in sentence s
 * or the two before it (deed_doer_before's window)? */
static int recent_deed(const tag_ctx *c, const text_sent *s) {
    uint32_t from = deeds_from(c, s);
    for (size_t r = c->nrels; r-- > 0 && c->rels[r].sent_start >= from;)
        if (deed_label(c->rels[r].label)) return 1;
    return 0;
}

/* The doer of the deed a verb of stance takes as its object at token k:
 * "the", up to two lowercase words and the noun of an attack, sanctions or
 * a blockade that names nobody and ends its phrase, done by the one the
 * text last gave such a deed in this sentence or the two before ("Israel
 * carried out an air strike on Hamas leaders in Doha. ... Saudi Arabia and
 * the United Arab Emirates condemned the strike": Israel). Its last mention
 * before k, or -1. */
static long deed_doer_before(const tag_ctx *c, const gaz_t *g, const sent_ctx *sc, uint32_t k) {
    const text_doc *d = &c->doc;
    const text_sent *s = sc->s;
    if (k + 1 >= s->tend || !tk_is(d, k, "the")) return -1;
    long t = -1;
    for (uint32_t q = k + 1; q < s->tend && q < k + 4 && t < 0; q++) {
        if (c->tok_ment[q] >= 0 || !(d->toks[q].flags & TOK_LOWER)) return -1;
        t = trig_covering(sc, q);
    }
    if (t < 0) return -1;
    const trig_occ *no = &sc->trigs[t];
    const char *lab = no->tr->noun || used_as_noun(d, s, no) ? g->labels[no->tr->label].name
                                                             : NULL;
    if (!lab || !deed_label(lab)) return -1;
    uint32_t e = no->te;
    if (e < s->tend && (d->toks[e].flags & TOK_WORD) && !tk_is(d, e, "as") &&
        !tk_is(d, e, "and") && !tk_is(d, e, "which") && !tk_is(d, e, "that"))
        return -1;
    uint32_t from = deeds_from(c, s);
    for (size_t r = c->nrels; r-- > 0;) {
        const tag_relation *x = &c->rels[r];
        if (x->sent_start < from) break;
        if (x->sent_start > s->start || strcmp(x->label, lab)) continue;
        for (long m = (long)c->nments - 1; m >= 0; m--)
            if (c->ments[m].tok < k && c->ments[m].ent == x->a) return m;
        return -1;
    }
    return -1;
}

static int find_triggered(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0) {
    const text_doc *d = &c->doc;
    partial parts[16];
    int nparts = 0;
    sent_ctx sc;
    sc.s = s;
    collect_triggers(c, g, &sc);
    for (size_t ti = 0; ti < sc.ntrigs; ti++) {
        const trig_occ *to = &sc.trigs[ti];
        const gaz_trigger *tr = to->tr;
        const gaz_label *L = &g->labels[tr->label];
        uint32_t i = to->tb;
        uint32_t ts = d->toks[i].start, tend_b = d->toks[to->te - 1].end;
        if (negated(c, s, i)) continue;
        /* "visiting" is a verb after a form of "be" only ("was visiting
         * India"; not "the visiting Chinese premier"), or a subordinator
         * ("After visiting Kyiv, Merz said", "while visiting Beijing"), or
         * after a person's name and a comma ("Jack Straw, visiting Beijing,
         * noted") */
        if (tk_is(d, i, "visiting") &&
            !(i > s->tbeg && (WORD_IN(d, i - 1, be_aux) || subordinator_at(d, i - 1))) &&
            !(i > s->tbeg + 1 && tk_char(d, i - 1, ',') && c->tok_ment[i - 2] >= 0 &&
              is_person(c, g, (uint32_t)c->tok_ment[i - 2])))
            continue;
        /* "hit" is an attack after a weapon's noun only ("Russian drones hit
         * Kyiv"; not "sanctions hit Russia", "hit a record") */
        if ((tk_is(d, i, "hit") || tk_is(d, i, "hits")) && to->te == i + 1 &&
            !(i > s->tbeg && WORD_IN(d, i - 1, weapon_nouns)))
            continue; /* (the word alone: "hit out at" is a criticism's) */
        /* and "raided" or "clashed" one after armed forces only ("Israeli
         * troops raided Jenin", "Thai and Cambodian troops clashed"; not a
         * dawn raid on shares, police raiding offices, ministers clashing
         * over the budget) */
        if ((tk_is(d, i, "raided") || tk_is(d, i, "raiding") || tk_is(d, i, "clashed") ||
             tk_is(d, i, "clash") || tk_is(d, i, "clashes") || tk_is(d, i, "clashing")) &&
            !(i > s->tbeg && WORD_IN(d, i - 1, raid_agents)))
            continue;
        if (hypothetical_noun(c, s, to)) continue;
        /* in a text about sport, players or teams who "meet" in a match, a
         * final or a round play each other ("Umaga will meet O'Driscoll in
         * Saturday's match", "Before her meeting with Martinez, Davenport ...
         * her game") */
        if (c->sports && !strcmp(L->name, "meeting") && sport_contest_in(d, s)) continue;
        if (!strcmp(L->name, "acquisition")) {
            int sale = sale_relation(c, g, &sc, to, rel0);
            if (sale < 0) return sale;
            if (sale) continue;
        }
        /* (a verb's form too: "drawing a sharp rebuke from China") */
        if (!strcmp(L->name, "condemnation") || !strcmp(L->name, "protest")) {
            int drawn = drawn_reaction(c, g, &sc, to, rel0);
            if (drawn < 0) return drawn;
            if (drawn) continue;
        }
        /* an economic war is no war: "a farm subsidy war between"; nor a
         * trade truce a ceasefire: "their tariff truce", "a trade truce" (or
         * one "in" a trade war: "agree to truce in trade war") */
        uint32_t tw = to->te + (to->te + 2 < s->tend && tk_is(d, to->te, "in")) +
                      (to->te + 3 < s->tend && tk_is(d, to->te, "in") &&
                       (tk_is(d, to->te + 1, "the") || tk_is(d, to->te + 1, "their") ||
                        tk_is(d, to->te + 1, "its")));
        int trade_war = !strcmp(L->name, "ceasefire") && tw > to->te && tw + 1 < s->tend &&
                        (WORD_IN(d, tw, war_modifiers) || tk_is(d, tw, "trade")) &&
                        tk_is(d, tw + 1, "war");
        if (i > s->tbeg && (!strcmp(L->name, "war") || !strcmp(L->name, "ceasefire")) &&
            (WORD_IN(d, i - 1, war_modifiers) || trade_war ||
             (!strcmp(L->name, "ceasefire") && tk_is(d, i - 1, "trade"))))
            continue;
        group actors = {.n = 0}, targets, between, pair;
        /* (not a form in "-ing": "North Korea is fighting alongside Russia") */
        int ing = ing_form(d, i);
        int passive = !tr->noun && (tr->preps & (1u << PREP_OBJ)) && i > s->tbeg && !ing &&
                      (WORD_IN(d, i - 1, be_aux) ||
                       (i > s->tbeg + 1 && WORD_IN(d, i - 2, be_aux) &&
                        (d->toks[i - 1].flags & TOK_LOWER)));
        /* "X's cross was met by Y", "was met by protesters": no meeting */
        if (passive && bare_meet(d, to)) continue;
        /* a participle and "by" right after the name it qualifies, or after
         * its one noun, a comma or both, is passive too: "M23 rebels backed by
         * Rwanda", "the Houthis, backed by Iran,", "M23 rebels, backed by
         * Rwanda," (not "rejected the resolution backed by France") */
        long patient = -1;
        if (!passive && !tr->noun && (tr->preps & (1u << PREP_OBJ)) && to->te + 1 < s->tend &&
            tk_is(d, to->te, "by") && ed_form(d, to->te - 1) && i > s->tbeg + 1) {
            uint32_t p = i;
            if (tk_char(d, p - 1, ',')) p--;
            if (p > s->tbeg + 1 && c->tok_ment[p - 1] < 0 &&
                (d->toks[p - 1].flags & TOK_LOWER) && !(c->cls[p - 1] & W_STOP) &&
                !ed_form(d, p - 1))
                p--;
            int32_t pm = c->tok_ment[p - 1];
            /* (a preposition's object qualifies another noun: "the head of its
             * department in London, accused by U.S. authorities"; and a place
             * the noun passed over: "a California company backed by
             * Volkswagen" backs no California) */
            uint32_t pb = pm >= 0 ? c->ments[pm].tok : 0;
            int pk = pm >= 0 ? tag_went_kind(g, &c->ents[c->ments[pm].ent]) : KIND_OTHER;
            if (pm >= 0 && c->ments[pm].tok + c->ments[pm].ntok < i - tk_char(d, i - 1, ',') &&
                (pk == KIND_LOCATION || pk == KIND_COUNTRY))
                pm = -1;
            if (pm >= 0 && c->ments[pm].via != VIA_DEMONYM &&
                !(pb > s->tbeg && WORD_IN(d, pb - 1, pp_words)) &&
                !(pb > s->tbeg + 1 && tk_is(d, pb - 1, "the") && WORD_IN(d, pb - 2, pp_words)))
                patient = pm, passive = 1;
        }
        /* a noun's agent after "by" right after it, the target after the
         * agent: "The attack by Russia on Ukraine's power grid", "the visit by
         * Xi Jinping to Moscow" */
        trig_occ past_agent = *to;
        long agent = -1;
        if ((tr->noun || used_as_noun(d, s, to)) && to->te + 2 < s->tend &&
            tk_is(d, to->te, "by") && (agent = np_after(c, g, &sc, to->te + 1)) >= 0)
            past_agent.te = c->ments[agent].tok + c->ments[agent].ntok;
        /* a noun that qualifies another trigger's noun right after it takes
         * that noun's targets: "a ceasefire deal with Israel" is a
         * ceasefire with Israel as well as an agreement */
        trig_occ headed = *to;
        long hd = tr->noun && agent < 0 ? trig_covering(&sc, to->te) : -1;
        if (hd >= 0 && sc.trigs[hd].tb == to->te && sc.trigs[hd].tr->noun &&
            sc.trigs[hd].tr->label != tr->label)
            headed.te = sc.trigs[hd].te;
        int nt = find_targets(c, g, &sc, agent >= 0 ? &past_agent : &headed, &targets, &between);
        if (agent >= 0 && nt == 1 && !actors.n) coordinate(c, g, s, (uint32_t)agent, +1, &actors);
        if (nt == 2) { /* between X and Y (directed: the first two only) */
            if (link_pairs(c, g, rel0, s, tr->label, &between, L->directed, ts, tend_b))
                return ENT_ENOMEM;
            continue;
        }
        if (tr->noun && compound_before(c, g, s, i, &pair)) {
            group a1 = {.m = {pair.m[1]}, .n = 1}, b1 = {.m = {pair.m[0]}, .n = 1};
            if (!L->directed) {
                if (link_groups(c, g, rel0, s, tr->label, &a1, &b1, ts, tend_b)) return ENT_ENOMEM;
                continue;
            }
            /* a directed noun names no direction between the two ("U.S.-Japanese
             * foreign aid programs", "US-Israeli strikes") without a target */
            if (nt == 0) continue;
            /* "US-Israeli strikes on Iran": the pair is the actor list */
            actors.n = 2;
            actors.m[0] = pair.m[1];
            actors.m[1] = pair.m[0];
        }
        long am = actors.n ? -1 : patient >= 0 ? patient : find_actor(c, g, &sc, to);
        if (am < 0 && !actors.n && used_as_noun(d, s, to)) am = intro_subject(c, &sc, to);
        /* right before the noun, a competition names what the deed is for
         * ("their Champions League trip to Germany"), and a country where a
         * lawsuit is brought ("a separate US lawsuit against Rosneft"), not
         * who does it */
        if (am >= 0 && tr->noun && c->ments[am].tok + c->ments[am].ntok == i) {
            const tag_went *aw = &c->ents[c->ments[am].ent];
            if (competition(g, aw) ||
                (tag_went_kind(g, aw) == KIND_COUNTRY && !strcmp(L->name, "lawsuit")))
                am = -1;
        }
        /* a country or its people's adjective before a noun for companies
         * says whose they are, not who acts: "U.S. banks will declare their
         * loans to Brazil non-performing", "Japanese banks' loans to" */
        if (am >= 0 && (c->ments[am].via == VIA_DEMONYM ||
                        tag_went_kind(g, &c->ents[c->ments[am].ent]) == KIND_COUNTRY)) {
            uint32_t after = c->ments[am].tok + c->ments[am].ntok;
            if (after < i && tag_firm_noun(d, after)) am = -1;
        }
        int actor_is_patient = 0;
        int agent_unknown = 0; /* "by" names an agent we do not know: no joining */
        if (am >= 0) {
            coordinate(c, g, s, (uint32_t)am, -1, &actors);
            uint32_t after = c->ments[am].tok + c->ments[am].ntok;
            actor_is_patient = patient_between(d, after, i);
            /* (and the one joined in it: "Britain joined France in
             * recognising") */
            long jm = !tr->noun ? joined_in(c, s, i) : -1;
            if (jm >= 0 && actors.n < MAX_GROUP && c->ments[jm].ent != c->ments[am].ent)
                actors.m[actors.n++] = (uint32_t)jm;
        }
        if (passive && actors.n) actor_is_patient = 1;
        /* a noun's agent after "by": "visits to Saudi Arabia by British officials"
         * (a verb's form after a determiner is a noun: "several visits") */
        if (used_as_noun(d, s, to) && !actor_is_patient && nt == 1) {
            const tag_mention *lt = &c->ments[targets.m[targets.n - 1]];
            uint32_t k = past_places(c, g, s, lt->tok + lt->ntok);
            if (k + 1 < s->tend && tk_is(d, k, "by")) {
                long bm = np_after(c, g, &sc, k + 1);
                if (bm >= 0) coordinate(c, g, s, (uint32_t)bm, +1, &actors);
                else actors.n = 0, agent_unknown = 1; /* an agent we do not know */
            }
        }
        if (actor_is_patient) {
            /* the entity before suffers the action; the actor follows "by",
             * or "from" after a noun ("Russia faces fresh sanctions from
             * Britain") */
            group patients = actors;
            actors.n = 0;
            for (uint32_t k = to->te; k < s->tend && k < to->te + 3; k++)
                if (tk_is(d, k, "by") || (tr->noun && tk_is(d, k, "from"))) {
                    long bm = np_after(c, g, &sc, k + 1);
                    if (bm >= 0 && qualifies_noun(c, s, bm)) bm = -1;
                    if (bm >= 0) coordinate(c, g, s, (uint32_t)bm, +1, &actors);
                    else agent_unknown = 1;
                    break;
                }
            /* (or the doer that opens the noun: "Kyiv came under Russian
             * attack") */
            long dm = !actors.n && !agent_unknown ? deed_doer(c, s, to) : -1;
            if (dm >= 0 && c->ments[dm].ent != c->ments[patients.m[0]].ent)
                actors.m[0] = (uint32_t)dm, actors.n = 1;
            targets = patients;
            nt = 1;
        }
        /* "its" and a noun as a verb's object: the speaker that opens the
         * sentence, when the actor is the only other party named before
         * ("Iran said Israel attacked its embassy in Damascus") */
        /* (not a purchase: "CPC said Ajinomoto has purchased its equity in
         * Knorr Foods" buys into Knorr) */
        if (actors.n && nt == 0 && !actor_is_patient && !tr->noun &&
            (tr->preps & (1u << PREP_OBJ)) && strcmp(L->name, "acquisition") != 0) {
            long om = speaker_of_its(c, g, s, to->te, &actors);
            /* (or "the" and a deed done before: "condemned the strike") */
            if (om < 0 && (!strcmp(L->name, "condemnation") || !strcmp(L->name, "support")))
                om = deed_doer_before(c, g, &sc, to->te);
            if (om >= 0) targets.m[0] = (uint32_t)om, targets.n = 1, nt = 1;
        }
        /* an undirected noun "of" two or more names joins them, not its
         * actor: "formed through the merger of Canadian Pacific Airlines and
         * Pacific Western Airlines", "Autolatina, a merger of Volkswagen and
         * Ford"; and so does one "of" a name "with" another, past the first
         * one's town and state: "the merger of Central Bank and Trust Co,
         * Glenmora, La., with Peoples Bank and Trust Co" */
        if (!L->directed && nt == 1 && targets.n == 1 && tr->noun && to->te < s->tend &&
            tk_is(d, to->te, "of")) {
            const tag_mention *ft = &c->ments[targets.m[0]];
            uint32_t k = ft->tok + ft->ntok;
            /* (past its town and state in commas, no lowercase word) */
            while (k < s->tend && k < ft->tok + ft->ntok + 8 && !tk_is(d, k, "with") &&
                   !(d->toks[k].flags & TOK_LOWER))
                k++;
            long wm = k + 1 < s->tend && tk_is(d, k, "with") ? np_after(c, g, &sc, k + 1) : -1;
            if (wm >= 0 && c->ments[wm].ent != ft->ent) targets.m[targets.n++] = (uint32_t)wm;
            /* (a partner named so that we do not know: nobody's, not the
             * actor's) */
            else if (k + 1 < s->tend && tk_is(d, k, "with"))
                continue;
        }
        if (!L->directed && nt == 1 && targets.n >= 2 && tr->noun && to->te < s->tend &&
            tk_is(d, to->te, "of")) {
            if (link_pairs(c, g, rel0, s, tr->label, &targets, 0, ts, tend_b)) return ENT_ENOMEM;
            continue;
        }
        /* an attack its people's adjective names ("Israeli strikes", "a
         * Russian missile attack") with no target, in a sentence that "In"
         * and a place open: the place ("In Gaza, the health ministry said 40
         * people were killed in Israeli strikes"), not the actor's own nor a
         * capital standing for its government ("In Washington, ...") */
        int demonym_before = to->tb > s->tbeg && c->tok_ment[to->tb - 1] >= 0 &&
                             c->ments[c->tok_ment[to->tb - 1]].via == VIA_DEMONYM;
        if (actors.n && nt == 0 && !actor_is_patient && !strcmp(L->name, "attack") &&
            demonym_before) {
            long pm = opening_place(c, g, s);
            int own = 0;
            for (int x = 0; x < actors.n && pm >= 0; x++)
                own |= c->ments[actors.m[x]].ent == c->ments[pm].ent;
            if (pm >= 0 && !own && c->ments[pm].tok + c->ments[pm].ntok < to->tb)
                targets.m[0] = (uint32_t)pm, targets.n = 1, nt = 1;
        }
        /* a deed that its doer's name or adjective opens, with no target
         * after it, suffered by the name before a patient marker ahead of
         * it: "Ukraine was hit by a Russian missile attack", "Russia faces
         * new EU sanctions" (deed_patient); or a noun of it whose doer
         * "by" or "from" names after it, where no actor was found before:
         * "Iran was hit with new sanctions by the EU" */
        /* (the labels asked only where no target was found: most
         * occurrences have one) */
        int suffered = nt == 0 && !actor_is_patient &&
                       (!strcmp(L->name, "attack") || !strcmp(L->name, "sanctions") ||
                        !strcmp(L->name, "blockade") || !strcmp(L->name, "threat") ||
                        !strcmp(L->name, "lawsuit"));
        if (suffered && actors.n == 1) {
            const tag_mention *am0 = &c->ments[actors.m[0]];
            long pm = deed_doer(c, s, to) == (long)actors.m[0] ? deed_patient(c, s, am0->tok) : -1;
            if (pm >= 0 && c->ments[pm].ent != am0->ent)
                targets.m[0] = (uint32_t)pm, targets.n = 1, nt = 1;
        }
        if (suffered && nt == 0 && tr->noun) {
            /* (past the participle of bringing it: "settle a lawsuit brought
             * by Donald Trump") */
            uint32_t db = to->te + (to->te + 2 < s->tend && (tk_is(d, to->te, "brought") ||
                                                             tk_is(d, to->te, "filed")));
            long bm = db + 1 < s->tend && (tk_is(d, db, "by") || tk_is(d, db, "from"))
                          ? np_after(c, g, &sc, db + 1)
                          : -1;
            long pm = bm >= 0 && !qualifies_noun(c, s, bm) ? deed_patient(c, s, i) : -1;
            if (pm >= 0 && c->ments[pm].ent != c->ments[bm].ent) {
                coordinate(c, g, s, (uint32_t)bm, +1, &actors);
                targets.m[0] = (uint32_t)pm, targets.n = 1, nt = 1;
            }
        }
        if (actors.n && nt == 1) {
            int label = tr->label;
            /* words for deeds: "attacked the EC for backing down", "attacked
             * Labour over its record" is criticism */
            const tag_mention *lt = &c->ments[targets.m[targets.n - 1]];
            uint32_t k = lt->tok + lt->ntok;
            const text_tok *vt = &d->toks[i];
            int verb = vt->len > 6 && !strncmp(d->text + vt->start, "attack", 6) &&
                       (d->text[vt->end - 1] == 'd' || d->text[vt->end - 1] == 'g');
            verb |= to->te - to->tb == 1 && tk_is(d, i, "attack") && i > s->tbeg &&
                    (WORD_IN(d, i - 1, modals) || tk_is(d, i - 1, "to") || tk_is(d, i - 1, "also"));
            if (verb && !strcmp(L->name, "attack") && k + 1 < s->tend &&
                ((tk_is(d, k, "for") && !time_after_for(d, s, k + 1)) ||
                 (tk_is(d, k, "over") && poss_pronoun(d, k + 1))))
                label = gaz_label_find(g, "condemnation");
            /* one visits a country or an organization; a person one meets ("will
             * visit U.S. Treasury Secretary James Baker next week") */
            if (!strcmp(L->name, "visit") && is_person(c, g, targets.m[0]))
                label = gaz_label_find(g, "meeting");
            if (label >= 0 && link_groups(c, g, rel0, s, label, &actors, &targets, ts, tend_b))
                return ENT_ENOMEM;
            continue;
        }
        group parties;
        /* a directed noun the parties trade, or a verb they do to "each
         * other": each did it to the other ("traded accusations", "blamed each
         * other", "accused one another") */
        int mutual = (i > s->tbeg && WORD_IN(d, i - 1, mutual_verbs)) || /* "traded blame" */
                     (!tr->noun && each_other_at(d, s, to->te));
        if (L->directed && nt == 0 && !actor_is_patient && mutual &&
            joint_parties(c, g, &sc, to, &parties)) {
            for (int x = 0; x < parties.n; x++)
                for (int y = 0; y < parties.n; y++) {
                    group a1 = {.m = {parties.m[x]}, .n = 1};
                    group b1 = {.m = {parties.m[y]}, .n = 1};
                    if (x != y &&
                        link_groups(c, g, rel0, s, tr->label, &a1, &b1, ts, tend_b))
                        return ENT_ENOMEM;
                }
            continue;
        }
        /* (an undirected label puts each pair in one order whichever comes
         * first: push_rel) */
        if (!L->directed && nt == 0 && !actor_is_patient && joint_parties(c, g, &sc, to, &parties)) {
            if (link_pairs(c, g, rel0, s, tr->label, &parties, 0, ts, tend_b)) return ENT_ENOMEM;
            continue;
        }
        /* a noun right after a causal word takes the parties of the relation
         * before it ("... against Iran, sparking a war") */
        int causal_before = 0;
        /* (not when it names its own agents: "sparked strong protest from
         * exporters") */
        int own_agent = to->te < s->tend && (tk_is(d, to->te, "from") || tk_is(d, to->te, "by") ||
                                             tk_is(d, to->te, "among"));
        for (uint32_t k = i; !own_agent && k > s->tbeg && k + 4 > i; k--)
            if (WORD_IN(d, k - 1, causal) &&
                /* not a later step of the same actor: "before starting talks" */
                !(k - 1 > s->tbeg && (tk_is(d, k - 2, "before") || tk_is(d, k - 2, "after"))))
                causal_before = 1;
        if (causal_before && c->nrels > rel0) {
            const tag_relation *pr = NULL;
            for (size_t q = c->nrels; q > rel0; q--)
                if (strcmp(c->rels[q - 1].label, "affiliation") != 0 &&
                    strcmp(c->rels[q - 1].label, "co-mention") != 0 &&
                    c->rels[q - 1].trig_end <= ts) {
                    pr = &c->rels[q - 1];
                    break;
                }
            if (pr) {
                uint32_t pa = pr->a, pb = pr->b;
                int involved = !actors.n && nt != 1; /* no side found: the chain decides */
                const group *side = actors.n ? &actors : &targets;
                for (int x = 0; x < side->n && (actors.n || nt == 1); x++)
                    involved |= c->ments[side->m[x]].ent == pa || c->ments[side->m[x]].ent == pb;
                if (involved) {
                    if (push_rel(c, rel0, pa, pb, tr->label, g, NULL, s, ts, tend_b))
                        return ENT_ENOMEM;
                    continue;
                }
            }
        }
        if (!(actors.n || nt == 1) || nparts >= 16 || agent_unknown) continue;
        partial *p = &parts[nparts++];
        p->label = tr->label;
        p->has_actor = actors.n > 0;
        p->g = actors.n ? actors : targets;
        p->trig_start = ts;
        p->trig_end = tend_b;
    }
    /* join a target-only and an actor-only trigger of the same directed label
     * ("Iran is reeling from sanctions after the United States imposed
     * sanctions"), but not to an actor named after targets that follow their
     * trigger: it belongs to a later clause ("Israeli gunships attacked
     * Palestinian positions in southern Lebanon in the ninth air raid") */
    for (int x = 0; x < nparts; x++)
        for (int y = 0; y < nparts; y++) {
            /* (one label by name: a trigger with its own actors has its own
             * copy of it, see gaz.c) */
            if (x == y || g->labels[parts[x].label].name != g->labels[parts[y].label].name)
                continue;
            uint32_t tx = c->ments[parts[x].g.m[0]].tok, ay = c->ments[parts[y].g.m[0]].tok;
            if (d->toks[tx].start > parts[x].trig_start && ay > tx) continue;
            if (!parts[x].has_actor && parts[y].has_actor && g->labels[parts[x].label].directed) {
                if (link_groups(c, g, rel0, s, parts[x].label, &parts[y].g, &parts[x].g,
                                parts[y].trig_start, parts[y].trig_end))
                    return ENT_ENOMEM;
            }
        }
    return 0;
}

static int find_comentions(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t m0,
                           size_t m1, size_t rel0) {
    uint32_t ents[MAX_SENT_ENTS];
    int n = 0;
    int lab = gaz_label_find(g, "co-mention");
    for (size_t m = m0; m < m1 && n < MAX_SENT_ENTS; m++) {
        uint32_t e = c->ments[m].ent;
        int dup = 0;
        for (int k = 0; k < n && !dup; k++) dup = ents[k] == e;
        if (!dup) ents[n++] = e;
    }
    for (int x = 0; x < n; x++)
        for (int y = x + 1; y < n; y++)
            if (push_rel(c, rel0, ents[x], ents[y], lab, g, NULL, s, 0, 0)) return ENT_ENOMEM;
    return 0;
}

/* The country of the text's dateline, a place in capitals opening it, or a
 * line among its first words (after a headline), before a comma, a bracket,
 * a colon or a dash ("NAIROBI, Kenya (AP) -", "SAO PAULO (Reuters) -",
 * "ISLAMABAD:"): the mention of the dateline when it is the country (a
 * capital stands for it), else the first mention of the place's country in
 * the text; or -1. */
static long dateline_country(const tag_ctx *c, const gaz_t *g) {
    long m = tag_dateline_mention(c);
    return m >= 0 ? place_country(c, g, (uint32_t)m) : -1;
}

/* Does sentence s, before token upto, name a country other than the one with
 * gazetteer id id, by its name, demonym or capital (not a capital after "in",
 * "at", "from" or "to": a place there), or by a person or body of that
 * country the gazetteer knows ("will accompany Nakasone"; not a company or
 * news medium: "(AP)")? */
static int countries_in(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t upto,
                        const char *id);

static int other_country_in(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t upto,
                            const char *id) {
    return countries_in(c, g, s, upto, id) & 1;
}

/* Which countries sentence s names before token upto, as other_country_in
 * reads them: bit 1 one other than id, bit 2 id itself. */
static int countries_in(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t upto,
                        const char *id) {
    int found = 0;
    for (size_t m = 0; m < c->nments; m++) {
        if (c->ments[m].tok < s->tbeg || c->ments[m].tok >= upto) continue;
        const tag_went *w = &c->ents[c->ments[m].ent];
        if (w->gidx < 0) continue;
        /* (a capital where something happens is a place: "signed in Cairo") */
        uint32_t t = c->ments[m].tok;
        if (c->ments[m].via == VIA_CAPITAL && t > s->tbeg &&
            (tk_is(&c->doc, t - 1, "in") || tk_is(&c->doc, t - 1, "at") ||
             tk_is(&c->doc, t - 1, "from") || tk_is(&c->doc, t - 1, "to")))
            continue;
        if (firm_or_media(c, g, (uint32_t)m)) continue; /* "(AP)", "Reuters" */
        const gaz_entity *e = &g->ents[w->gidx];
        const char *ec = e->kind == KIND_COUNTRY ? e->id : gaz_attr_get(e, "country");
        if (ec) found |= strcmp(ec, id) ? 1 : 2;
    }
    return found;
}

/* ---- residence ----------------------------------------------------------
 *
 * Where a person lives, comes from or was born, person -> place (a country or
 * a location), label "residence", the words that say so as its trigger:
 *   after the name   "X, 30, of Boothbay", "X, who lives in Ocala, Fla.",
 *                    "X, the 12th President of the United States, was born in",
 *                    "X was born in Burchard, Neb.", "X, a native of
 *                    Chisholm", "X, a Republican from Chicago", "X is from
 *                    Texas";
 *   before the name  "Texas native X", "Boston-born X", "Spain's Rafael Nadal",
 *                    "Atlanta architect X", "Kansas oilman X", "Frankfurt-based broker X";
 *   after "He" or "She" opening a sentence, for the person of the one
 *                    before: "He was born in Glasgow".
 * A town's state or country after it is a residence too ("Miami, Fla."). Not
 * where the person already has an affiliation with that place (a seat or an
 * office: "Senator Bob Dole of Kansas"), and not a place that goes on into a
 * longer name or owns something ("X of New York's Mount Sinai Hospital"). */

/* The place mention starting at token q and ending its noun phrase, not a
 * demonym ("a Texas Republican" is no "from Texas"), or -1. */
static long place_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t q) {
    long pm = phrase_mention_at(c, s, q);
    if (pm < 0 || c->ments[pm].via == VIA_DEMONYM) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[pm].ent]);
    return kind == KIND_COUNTRY || kind == KIND_LOCATION ? pm : -1;
}

uint32_t rel_past_birth_date(const text_doc *d, uint32_t q, uint32_t end) {
    uint32_t e = q;
    while (e < end && e < q + 7) {
        if (tk_is(d, e, "on") || tk_char(d, e, ',') || WORD_IN(d, e, month_names) ||
            ((d->toks[e].flags & TOK_UPPER) && tk_is(d, e, "may")) ||
            (d->toks[e].flags & TOK_DIGIT) ||
            (tk_char(d, e, '.') && !(d->toks[e].flags & TOK_SPACE)))
            e++;
        else if (tk_is(d, e, "in") && e + 1 < end && (d->toks[e + 1].flags & TOK_DIGIT))
            e += 2;
        else
            break;
    }
    return e;
}

/* The state or country named after town mention pm and a comma ("Ocala,
 * Fla.", "Lyon, France"), its mention, or -1. */
static long state_after(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t pm) {
    const text_doc *d = &c->doc;
    uint32_t e = c->ments[pm].tok + c->ments[pm].ntok;
    int32_t sm = e + 1 < s->tend && tk_char(d, e, ',') ? c->tok_ment[e + 1] : -1;
    /* (a town's: not a list of countries, "the United States, Germany's X") */
    if (sm < 0 || c->ments[sm].tok != e + 1 || c->ments[sm].via == VIA_DEMONYM ||
        c->ments[sm].ent == c->ments[pm].ent ||
        tag_went_kind(g, &c->ents[c->ments[pm].ent]) != KIND_LOCATION ||
        is_apos_s(d, c->ments[sm].tok + c->ments[sm].ntok))
        return -1;
    const tag_went *w = &c->ents[c->ments[sm].ent];
    int kind = tag_went_kind(g, w);
    return kind == KIND_COUNTRY || (w->gidx >= 0 && g->ents[w->gidx].sub == SUB_STATE) ? sm : -1;
}

/* Does an occupation that introduces a name but is no title end at token j
 * ("businessman", "oilman": titles.tsv kind intro, in c->roles)? */
static int intro_role_ending_at(const tag_ctx *c, const gaz_t *g, uint32_t j) {
    long r = tag_title_ending_at(c->roles, c->nroles, (size_t)j + 1);
    return r >= 0 && g->titles[c->roles[r].title].intro;
}

/* Is token j a lowercase noun of a profession in "-ist" or "-ian" of seven
 * letters or more ("historian", "pianist", "physician", "economist")? */
static int profession_noun(const text_doc *d, uint32_t j) {
    const text_tok *t = &d->toks[j];
    if (!(t->flags & TOK_LOWER) || t->len < 7 || (t->flags & TOK_NONASCII)) return 0;
    const char *e = d->text + t->end - 3;
    return !memcmp(e, "ist", 3) || !memcmp(e, "ian", 3);
}

/* "one of" at token k, a word after it? */
static int one_of_at(const text_doc *d, const text_sent *s, uint32_t k) {
    return k + 2 < s->tend && tk_is(d, k, "one") && tk_is(d, k + 1, "of");
}

/* Does a mention at token k end before a possessive ("Britain's")? */
static int poss_place_at(const tag_ctx *c, const text_sent *s, uint32_t k) {
    int32_t pm = k < s->tend ? c->tok_ment[k] : -1;
    return pm >= 0 && c->ments[pm].tok == k && is_apos_s(&c->doc, k + c->ments[pm].ntok);
}

/* A place mention at token k and a role noun after it, maybe after a lowercase
 * word ("an Atlanta architect", "Boston trial lawyer"): the place's mention,
 * with the role noun's token at *rn, or -1. (A place before a role says where
 * the person works and lives, not for whom: no affiliation, a residence.) */
static long place_role_at(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k,
                          int one_of, uint32_t *rn) {
    const text_doc *d = &c->doc;
    int32_t pm = k < s->tend ? c->tok_ment[k] : -1;
    if (pm < 0 || c->ments[pm].tok != k || inside_longer_name(c, (uint32_t)pm, s->tbeg))
        return -1;
    /* a people's adjective only before an occupation, which says where the
     * person comes from ("French novelist X", "Soviet historian X"), not an
     * office's noun ("Iranian official X": an affiliation, if any) */
    int demonym = c->ments[pm].via == VIA_DEMONYM;
    const tag_went *pw = &c->ents[c->ments[pm].ent];
    int kind = tag_went_kind(g, pw);
    if (kind != KIND_COUNTRY && kind != KIND_LOCATION) return -1;
    /* (a people's adjective of a country, of a country's part or of a
     * state, "Scottish actor X", "Texan oilman X"; a continent's or a
     * region's is a job's scope, "senior European economist X") */
    if (demonym && kind == KIND_LOCATION) {
        const char *pk = pw->gidx >= 0 ? gaz_attr_get(&g->ents[pw->gidx], "kind") : NULL;
        if (!pk || (strcmp(pk, "country-part") != 0 && strcmp(pk, "state") != 0)) return -1;
    }
    /* In a text about team sports the place is a team ("England skipper X",
     * "Cardiff defender X"). And the place opens the phrase: no name, "of"
     * or possessive before it, where it is part of a body's name ("Merrill
     * Lynch Canada deputy chairman X", "SBCI's Tokyo branch manager X", "the
     * Bank of Japan official X") */
    if (c->sports) return -1;
    if (k > s->tbeg && (c->tok_ment[k - 1] >= 0 || (tk_is(d, k - 1, "of") && !one_of) ||
                        glued_hyphen(d, k - 1) || /* ("pro-Beijing politician X") */
                        (k >= s->tbeg + 2 && is_apos_s(d, k - 2)) ||
                        ((d->toks[k - 1].flags & TOK_UPPER) && !(d->toks[k].flags & TOK_SENT) &&
                         !tk_is(d, k - 1, "the")))) /* (but "The Chinese actress X") */
        return -1;
    uint32_t j0 = k + c->ments[pm].ntok;
    /* (past its state between commas: "a West Palm Beach, Fla., lawyer") */
    long st = state_after(c, g, s, (uint32_t)pm);
    if (st >= 0) {
        uint32_t e = c->ments[st].tok + c->ments[st].ntok;
        if (e < s->tend && tk_char(d, e, ',')) j0 = e + 1;
    }
    /* (where one works from: "a London-based analyst") */
    if (j0 + 1 < s->tend && glued_hyphen(d, j0) && tk_is(d, j0 + 1, "based")) j0 += 2;
    /* (past the place's possessive, over up to three tokens of lowercase
     * words and their hyphens: "Britain's best-known playwright X", "X,
     * Ethiopia's top lawyer,"; a people's adjective has none) */
    uint32_t span = 2;
    if (!demonym && j0 + 2 < s->tend && is_apos_s(d, j0)) j0 += 2, span = 4;
    for (uint32_t j = j0; j < s->tend && j < j0 + span; j++) {
        if (span > 2 && j > j0 && glued_hyphen(d, j)) continue;
        /* (lowercase words, but a body's: "Cartagena group chairman X",
         * "Chicago police spokesman X") */
        /* ("most" a superlative's after a possessive: "Ethiopia's most
         * distinguished lawyer") */
        if ((d->toks[j].flags & (TOK_LOWER | TOK_WORD)) != (TOK_LOWER | TOK_WORD) ||
            ((c->cls[j] & W_STOP) && !(span > 2 && j == j0 && tk_is(d, j, "most"))) ||
            WORD_IN(d, j, org_nouns))
            return -1;
        if (WORD_IN(d, j, team_roles)) return -1; /* ("Wales boss X", not sports text) */
        if (demonym ? intro_role_ending_at(c, g, j) || profession_noun(d, j)
                    : role_noun(c, j) || (one_of && role_noun_plural(c, j)) || in_title(c, j) ||
                          intro_role_ending_at(c, g, j) || WORD_IN(d, j, home_nouns)) {
            /* ("state archivist"; an occupation: "Atlanta businessman X"; a
             * noun of living: "X, a Chicago resident,"; a continent is a
             * job's scope: "its North America chief X") */
            if (went_of_kind(g, pw, "continent")) return -1;
            *rn = j;
            return pm;
        }
    }
    return -1;
}

/* Token q onwards, a verb of living and "in": "lives in", "grew up in", "was
 * born (on May 3, 1950,) in", "was born near", "born and raised in"; the
 * token after "in", or 0. A
 * place in a place comes after its noun: "born in a modest frame house in
 * Denison, Tex.", "grew up in a village near Kabul", "born in the town of
 * Hope". */
static uint32_t home_verb_at(const tag_ctx *c, const text_sent *s, uint32_t q) {
    const text_doc *d = &c->doc;
    if (q + 1 >= s->tend || !(d->toks[q].flags & TOK_LOWER) || !WORD_IN(d, q, home_verbs))
        return 0;
    uint32_t k = q + 1;
    if (tk_is(d, q, "grew") && tk_is(d, k, "up")) k++;
    if (tk_is(d, q, "born")) k = rel_past_birth_date(d, k, s->tend);
    /* "born and raised in", "born and bred in", "born and brought up in" */
    if (tk_is(d, q, "born") && k + 2 < s->tend && tk_is(d, k, "and")) {
        if (tk_is(d, k + 1, "raised") || tk_is(d, k + 1, "bred") || tk_is(d, k + 1, "educated"))
            k += 2;
        else if (tk_is(d, k + 1, "brought") && tk_is(d, k + 2, "up"))
            k += 3;
    }
    if (!(k + 1 < s->tend && (tk_is(d, k, "in") || (tk_is(d, q, "born") && tk_is(d, k, "near")))))
        return 0;
    uint32_t p = k + 1, j = p + 1;
    /* (past an exile: "is living in self-imposed exile in Israel") */
    uint32_t x = p + (p + 2 < s->tend && glued_hyphen(d, p + 1) ? 3 : 1);
    if (x + 2 < s->tend && (tk_is(d, p, "exile") || tk_is(d, x, "exile")) &&
        tk_is(d, tk_is(d, p, "exile") ? p + 1 : x + 1, "in"))
        p = (tk_is(d, p, "exile") ? p + 1 : x + 1) + 1, j = p + 1;
    /* (past a part of the place: "lives in upstate New York", "grew up in
     * suburban Chicago") */
    if (p + 1 < s->tend && (d->toks[p + 1].flags & TOK_UPPER) &&
        (tag_state_part_word(d, p) || tag_vicinity_word(d, p)))
        return p + 1;
    if (!(tk_is(d, p, "a") || tk_is(d, p, "an") || tk_is(d, p, "the"))) return p;
    while (j < s->tend && j < p + 7 && ((d->toks[j].flags & TOK_LOWER) || glued_hyphen(d, j)) &&
           !tk_is(d, j, "in") && !tk_is(d, j, "of") && !tk_is(d, j, "near"))
        j++;
    return j > p + 1 && j + 1 < s->tend &&
                   (tk_is(d, j, "in") || tk_is(d, j, "of") || tk_is(d, j, "near")) &&
                   (d->toks[j + 1].flags & TOK_UPPER)
               ? j + 1
               : p;
}

/* Past the words from q that may stand before a verb of living ("who now",
 * "has long", "a longtime"), at most four; *article set if "a" or "an" is
 * one. */
static uint32_t past_home_fillers(const text_doc *d, const text_sent *s, uint32_t q,
                                  int *article) {
    uint32_t f = q;
    while (q < s->tend && q < f + 4 && (d->toks[q].flags & TOK_LOWER) &&
           WORD_IN(d, q, home_fillers))
        *article |= tk_is(d, q, "a") || tk_is(d, q, "an"), q++;
    return q;
}

/* The kinds of words at a token that say where one lives (home_cue_at). */
enum { CUE_NONE, CUE_VERB, CUE_NATIVE, CUE_FROM };

/* The words at token q that say where one lives, comes from or was born, as
 * home_after and home_after_pronoun share them: a verb of living and "in"
 * ("lives in", "was born in"), "native" or "resident" after an article (then
 * "of": "a native of"), a verb and "from" ("is from", "hails from"). Their
 * kind, with the place's first token at *p (0 when "of" is missing). */
static int home_cue_at(const tag_ctx *c, const text_sent *s, uint32_t q, int article,
                       uint32_t *p) {
    const text_doc *d = &c->doc;
    if ((*p = home_verb_at(c, s, q))) return CUE_VERB;
    int lower = (d->toks[q].flags & TOK_LOWER) != 0;
    if (article && lower && WORD_IN(d, q, home_nouns)) {
        *p = tk_is(d, q + 1, "of") ? q + 2 : 0;
        return CUE_NATIVE;
    }
    if (lower && WORD_IN(d, q, from_verbs) && tk_is(d, q + 1, "from")) {
        *p = q + 2;
        return CUE_FROM;
    }
    /* (the verb among the fillers before: "X is from Bay City", "X, who is
     * originally from Ohio") */
    if (lower && q > s->tbeg && tk_is(d, q, "from") &&
        (WORD_IN(d, q - 1, from_verbs) || tk_is(d, q - 1, "originally"))) {
        *p = q + 1;
        return CUE_FROM;
    }
    return CUE_NONE;
}

/* Does person mention m open its clause: at the sentence's start or after a
 * comma ("In 1784, X"), maybe after its title ("President X")? */
static int opens_clause(const tag_ctx *c, const text_sent *s, uint32_t m) {
    uint32_t b = c->ments[m].tok;
    long t = tag_title_ending_at(c->titles, c->ntitles, b);
    if (t >= 0) b = c->titles[t].tbeg;
    return b == s->tbeg || tk_char(&c->doc, b - 1, ',');
}

/* Is token k an ordinal in words or figures ("seventh", "12th")? */
static int ordinal_at(const text_doc *d, uint32_t k) {
    static const char *const more[] = {"seventh", "eighth", "ninth", "tenth", "eleventh",
                                       "twelfth"};
    if (WORD_IN(d, k, ordinals)) return 1;
    for (size_t n = 0; n < ENT_ARRAY_LEN(more); n++)
        if (tk_is(d, k, more[n])) return 1;
    const text_tok *t = &d->toks[k];
    const char *e = d->text + t->end;
    return (t->flags & TOK_DIGIT) && t->len >= 3 && isdigit((unsigned char)d->text[t->start]) &&
           (!strncmp(e - 2, "th", 2) || !strncmp(e - 2, "st", 2) || !strncmp(e - 2, "nd", 2) ||
            !strncmp(e - 2, "rd", 2));
}

/* An apposition from token f (after a name and its comma) that opens with
 * "the", "a", "an", "who", "whose", an ordinal ("seventh president of the
 * United States"), a role noun or a noun before "of" ("inventor of the
 * Kodak camera") and ends at a comma within 25 tokens, inside sentence s,
 * with no bracket, colon or semicolon: the token after that comma, or 0. */
static uint32_t apposition_end(const tag_ctx *c, const text_sent *s, uint32_t f) {
    const text_doc *d = &c->doc;
    if (f >= s->tend ||
        !(ordinal_at(d, f) ||
          ((d->toks[f].flags & TOK_LOWER) &&
           (tk_is(d, f, "the") || tk_is(d, f, "a") || tk_is(d, f, "an") || tk_is(d, f, "who") ||
            tk_is(d, f, "whose") || role_noun_only(c, f) ||
            (f + 1 < s->tend && !(c->cls[f] & W_STOP) && tk_is(d, f + 1, "of"))))))
        return 0;
    for (uint32_t k = f + 1; k < s->tend && k < f + 25; k++) {
        if (tk_char(d, k, ',')) return k + 1 < s->tend ? k + 1 : 0;
        if (tk_char(d, k, '(') || tk_char(d, k, ')') || tk_char(d, k, ';') || tk_char(d, k, ':'))
            return 0;
    }
    return 0;
}

/* The place the words after person mention m say he lives in, comes from or
 * was born in; its mention, with the words saying so at *tb.. *te, or -1. */
static long home_after(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                       uint32_t *tb, uint32_t *te) {
    const text_doc *d = &c->doc;
    uint32_t q = c->ments[m].tok + c->ments[m].ntok;
    /* "of" and a place right after a full name: "X, 30, of Boothbay" */
    long pm = state_sat_for(c, g, s, m);
    if (pm >= 0) {
        *tb = *te = c->ments[pm].tok - 1; /* "of" */
        return pm;
    }
    /* or "of the" and a country: "X of the Czech Republic" */
    pm = name_of_mention(c, g, s, m, 1);
    if (pm >= 0 && c->ments[pm].via != VIA_DEMONYM && c->ments[pm].tok >= 2 &&
        tk_is(d, c->ments[pm].tok - 1, "the") &&
        tag_went_kind(g, &c->ents[c->ments[pm].ent]) == KIND_COUNTRY) {
        *tb = *te = c->ments[pm].tok - 2;
        return pm;
    }
    if (q + 2 >= s->tend) return -1;
    int comma = tk_char(d, q, ','), article = 0;
    /* (past an age between commas: "X, 46, from Pease Pottage") */
    uint32_t f = past_age(d, s, q);
    if (f == q) f = q + (uint32_t)comma;
    q = past_home_fillers(d, s, f, &article);
    uint32_t cue = q, p = 0;
    if (q + 1 >= s->tend) return -1;
    int kind = home_cue_at(c, s, q, article, &p);
    int one_of = q == f && one_of_at(d, s, q); /* "X, one of Italy's leading economists," */
    if (kind == CUE_VERB) {
        /* a verb of the name's own clause: after a comma only with "who" or
         * a participle ("X, born in Ohio,"), or when the name opens the
         * clause ("the 20th President, James Garfield, was born in"; "the
         * wife of X, was born in" is another's) */
        if (comma && q == f && !tk_is(d, q, "born")) return -1;
        if (comma && q > f && !tk_is(d, f, "who") && !opens_clause(c, s, m)) return -1;
    } else if (kind == CUE_FROM) {
        if (comma && q == f) p = 0; /* "is from", "who hails from"; not "X, is from" */
    } else if (kind == CUE_NATIVE) {
        /* ("a native of": p is set, 0 without "of") */
    } else if (q == f && tk_is(d, q, "from") && (comma || c->ments[m].ntok >= 2)) {
        p = q + 1; /* "X, from Ohio, said"; "Kim Pom-myon from Nonsan County," */
        long fm = place_at(c, g, s, p);
        if (fm < 0) return -1;
        uint32_t fe = c->ments[fm].tok + c->ments[fm].ntok;
        if (!appos_closes(d, s, fe) && !tk_char(d, fe, '.')) return -1;
    } else if (comma &&
               ((article && q > f) || (q == f && poss_place_at(c, s, q + 2 * one_of)) ||
                (q == f && tk_is(d, q, "the") && !one_of)) &&
               (pm = place_role_at(c, g, s, q + tk_is(d, q, "the") + 2 * one_of, one_of, &cue)) >=
                   0) {
        /* "X, an Atlanta architect," (or "." or "who" after it), "X, a
         * longtime Chicago resident,"; "X, Britain's best-known playwright,";
         * "X, one of Ethiopia's most distinguished lawyers," */
        /* (or "and" another noun phrase of the apposition: "X, one of
         * Ethiopia's most distinguished lawyers and a former member of") */
        uint32_t e = cue + 1;
        if (!appos_closes(d, s, e) && !tk_char(d, e, '.') && !tk_is(d, e, "who") &&
            !(e + 1 < s->tend && tk_is(d, e, "and") &&
              (tk_is(d, e + 1, "a") || tk_is(d, e + 1, "an") || tk_is(d, e + 1, "the"))))
            return -1;
        *tb = q, *te = cue;
        return pm;
    } else if (comma && article && q == f + 1) {
        /* an apposition's noun phrase (lowercase words, a party's name),
         * then "from" and a place or "who" and a verb of living: "X, a
         * Republican from Chicago", "X, an electronics technician from North
         * Wales, Pa.", "X, a director-producer who grew up in Nashville";
         * maybe past an age, "X, a 72-year-old deputy from Sevastopol" */
        uint32_t k0 = tag_year_old_at(d, q, s->tend) ? q + 5 : q;
        uint32_t k = k0;
        while (k < s->tend && k < k0 + 5 && !tk_is(d, k, "from") && !tk_is(d, k, "who") &&
               ((d->toks[k].flags & (TOK_LOWER | TOK_WORD)) == (TOK_LOWER | TOK_WORD) ||
                (glued_hyphen(d, k) && k > k0) ||
                (c->tok_ment[k] >= 0 && c->ments[c->tok_ment[k]].via == VIA_DEMONYM)) &&
               !(c->cls[k] & W_STOP))
            k++;
        if (k > k0 && k + 1 < s->tend && tk_is(d, k, "from")) {
            cue = k, p = k + 1;
        } else if (k > k0 && tk_is(d, k, "who")) {
            int none = 0;
            cue = past_home_fillers(d, s, k + 1, &none);
            p = home_verb_at(c, s, cue);
        }
    }
    /* or past a whole apposition, to the clause's verb: "X, the 12th
     * President of the United States, was born in", "X, who would live
     * most of her life without sight, was born in" */
    uint32_t ae = !p && comma && opens_clause(c, s, m) ? apposition_end(c, s, f) : 0;
    if (ae) {
        int none = 0;
        cue = past_home_fillers(d, s, ae, &none);
        kind = home_cue_at(c, s, cue, 0, &p);
        if (kind != CUE_VERB && kind != CUE_FROM) p = 0;
    }
    if (!p || p >= s->tend || (pm = place_at(c, g, s, p)) < 0) return -1;
    *tb = cue, *te = p - 1;
    return pm;
}

/* The place named before person mention m as his home: "Texas native X",
 * "Boston-born X", "the Chicago resident X"; its mention, the words saying so
 * at *tb.. *te, or -1. */
static long home_before(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t m,
                        uint32_t *tb, uint32_t *te) {
    const text_doc *d = &c->doc;
    uint32_t b = c->ments[m].tok, e = b + c->ments[m].ntok;
    /* the name one was born with, between "born" and "in" a place: "Buddy
     * Holly was born Charles Hardin Holley in Lubbock", "Born John
     * Deutschendorf in Roswell, N.M." */
    /* (maybe with the date between: "was born Ruth Elizabeth Davis on April
     * 5, 1908, in Lowell") */
    uint32_t in = b > s->tbeg && tk_is(d, b - 1, "born") ? rel_past_birth_date(d, e, s->tend) : 0;
    if (in && in + 1 < s->tend && tk_is(d, in, "in")) {
        long pm = place_at(c, g, s, in + 1);
        if (pm >= 0) {
            *tb = b - 1, *te = in;
            return pm;
        }
    }
    /* a place's possessive right before the name, no title between: "Spain's
     * Conchita Martinez", "Mexico's Carlos Slim" (an office the gazetteer
     * knows is an affiliation instead: "Russia's Vladimir Putin") */
    if (b >= s->tbeg + 3 && is_apos_s(d, b - 2) && c->ments[m].ntok >= 2 &&
        c->ments[m].via != VIA_COREF) {
        long pm = ment_ending_before(c, b - 2, s->tbeg);
        /* (not part of a name: "Tennis Australia's Geoff Pollard") */
        if (pm >= 0 && c->ments[pm].via != VIA_DEMONYM &&
            !inside_longer_name(c, (uint32_t)pm, s->tbeg)) {
            int kind = tag_went_kind(g, &c->ents[c->ments[pm].ent]);
            if (kind == KIND_COUNTRY || kind == KIND_LOCATION) {
                *tb = b - 2, *te = b - 1;
                return pm;
            }
        }
    }
    /* a place and a role noun right before the name: "Atlanta architect
     * Richard Taylor", "Boston trial lawyer X", "Britain's best-known
     * playwright X" */
    for (uint32_t k = b >= s->tbeg + 8 ? b - 8 : s->tbeg; k + 1 < b; k++) {
        uint32_t rn;
        long pm = place_role_at(c, g, s, k, 0, &rn);
        if (pm >= 0 && rn + 1 == b) {
            *tb = k, *te = rn;
            return pm;
        }
    }
    /* (past a lowercase noun or two: "Boston-born singer X") */
    uint32_t k = b;
    while (k > s->tbeg && k + 2 > b && (d->toks[k - 1].flags & TOK_LOWER) &&
           !(c->cls[k - 1] & W_STOP) && !tk_is(d, k - 1, "born") &&
           !WORD_IN(d, k - 1, home_nouns))
        k--;
    if (k < s->tbeg + 2) return -1;
    k--; /* the noun or "born" */
    int born = tk_is(d, k, "born") && !(d->toks[k].flags & TOK_SPACE) && k >= s->tbeg + 2 &&
               glued_hyphen(d, k - 1);
    if (!born && !((d->toks[k].flags & TOK_LOWER) && WORD_IN(d, k, home_nouns))) return -1;
    uint32_t pe = born ? k - 1 : k; /* the place ends before */
    /* (or its possessive: "North Carolina's native son Thomas Wolfe") */
    if (!born && pe >= s->tbeg + 3 && is_apos_s(d, pe - 2)) pe -= 2;
    long pm = ment_ending_before(c, pe, s->tbeg);
    if (pm < 0 || c->ments[pm].via == VIA_DEMONYM) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[pm].ent]);
    if (kind != KIND_COUNTRY && kind != KIND_LOCATION) return -1;
    *tb = pe, *te = k;
    return pm;
}

/* The place the words after a "He" or "She" opening sentence s say he lives
 * in, comes from or was born in ("He was born in Glasgow", "She now lives in
 * Paris", "He is a native of Iowa"); its mention, the words saying so at
 * *tb.. *te, or -1. */
static long home_after_pronoun(const tag_ctx *c, const gaz_t *g, const text_sent *s,
                               uint32_t *tb, uint32_t *te) {
    const text_doc *d = &c->doc;
    if (!(tk_is(d, s->tbeg, "He") || tk_is(d, s->tbeg, "She"))) return -1;
    int article = 0;
    uint32_t q = past_home_fillers(d, s, s->tbeg + 1, &article), p = 0;
    if (q + 1 >= s->tend) return -1;
    /* ("He was born in", "He is a native of", "He comes from"; or "She is
     * from", its verb among the fillers) */
    if (home_cue_at(c, s, q, article, &p) == CUE_NONE && tk_is(d, q, "from") &&
        (tk_is(d, q - 1, "is") || tk_is(d, q - 1, "was")))
        p = q + 1;
    long pm = p ? place_at(c, g, s, p) : -1;
    if (pm < 0) return -1;
    *tb = q, *te = p - 1;
    return pm;
}

/* Record that entity a lives in the place of mention pm (and in its state:
 * "X of Miami, Fla." gives Florida too), the words tb..te saying so,
 * unless an affiliation ties them or the words are negated. Returns 0 or
 * ENT_ENOMEM. */
static int push_residence(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                          uint32_t a, long pm, uint32_t tb, uint32_t te) {
    const text_doc *d = &c->doc;
    if (affiliated(c, g, a, c->ments[pm].ent) || negated(c, s, tb)) return 0;
    int lab = gaz_label_find(g, "residence");
    if (push_rel(c, rel0, a, c->ments[pm].ent, lab, g, NULL, s, d->toks[tb].start,
                 d->toks[te].end))
        return ENT_ENOMEM;
    long sm = state_after(c, g, s, (uint32_t)pm);
    if (sm >= 0 && !affiliated(c, g, a, c->ments[sm].ent) &&
        push_rel(c, rel0, a, c->ments[sm].ent, lab, g, NULL, s, d->toks[tb].start,
                 d->toks[te].end))
        return ENT_ENOMEM;
    return 0;
}

/* The place of a home, and whose it is, at token k ("home", "hometown" or
 * "native"): "Sohn's New Jersey home", "his Germantown home", "his home in
 * suburban Larchmont", "the Boston home of Jane Toth", "his hometown of
 * Russell, Kan.", "his Iowa hometown", "in his native South Carolina",
 * "Jesse Jackson's home state of South Carolina", "South Carolina, Jesse
 * Jackson's home state" (home_places). The
 * owner is the person before the possessive, after "of", or for "his" or
 * "her" the first person of the sentence. Sets *owner (a mention); the
 * place's mention, or -1. */
static long home_of(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k,
                    long *owner) {
    const text_doc *d = &c->doc;
    long pm = -1;
    uint32_t b = k; /* where the owner's words end */
    int32_t lm = k > s->tbeg ? c->tok_ment[k - 1] : -1;
    int native = tk_is(d, k, "native");
    if (native) { /* "in his native South Carolina" */
        int32_t am = k + 1 < s->tend ? c->tok_ment[k + 1] : -1;
        if (am >= 0 && c->ments[am].tok == k + 1 && c->ments[am].via != VIA_DEMONYM &&
            ends_phrase(c, (uint32_t)am, s))
            pm = am;
        /* (or before it, after "a": "Bruce Springsteen, a New Jersey
         * native,", "Lee Atwater, 37, is a South Carolina native") */
        else if (lm >= 0 && c->ments[lm].tok + c->ments[lm].ntok == k &&
                 c->ments[lm].via != VIA_DEMONYM && c->ments[lm].tok > s->tbeg &&
                 (tk_is(d, c->ments[lm].tok - 1, "a") || tk_is(d, c->ments[lm].tok - 1, "an")))
            pm = lm, b = c->ments[lm].tok;
    } else if (lm >= 0 && c->ments[lm].tok + c->ments[lm].ntok == k &&
               c->ments[lm].via != VIA_DEMONYM) {
        pm = lm, b = c->ments[lm].tok; /* "... Chicago home", "his Iowa hometown" */
    } else if (k + 2 < s->tend && tk_is(d, k, "hometown") && tk_is(d, k + 1, "of")) {
        int32_t am = c->tok_ment[k + 2];
        if (am >= 0 && c->ments[am].tok == k + 2) pm = am; /* "his hometown of Russell" */
    } else if (k + 1 < s->tend && tk_is(d, k, "home") && WORD_IN(d, k + 1, home_places)) {
        /* "Jesse Jackson's home state of South Carolina"; or the place in
         * apposition before the owner: "in South Carolina, Jesse Jackson's
         * home state" */
        int32_t am = k + 3 < s->tend && tk_is(d, k + 2, "of") ? c->tok_ment[k + 3] : -1;
        if (am >= 0 && c->ments[am].tok == k + 3) {
            pm = am;
        } else if (k >= s->tbeg + 5 && is_apos_s(d, k - 2) && c->tok_ment[k - 3] >= 0) {
            uint32_t ob = c->ments[c->tok_ment[k - 3]].tok;
            int32_t bm = ob >= s->tbeg + 2 && tk_char(d, ob - 1, ',') ? c->tok_ment[ob - 2] : -1;
            if (bm >= 0 && c->ments[bm].tok + c->ments[bm].ntok == ob - 1) pm = bm;
        }
    } else if (k + 2 < s->tend && tk_is(d, k + 1, "in")) {
        uint32_t q = k + 2 + tag_vicinity_word(d, k + 2);
        int32_t am = q < s->tend ? c->tok_ment[q] : -1;
        if (am >= 0 && c->ments[am].tok == q) pm = am; /* "home in Larchmont" */
    }
    if (pm < 0) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[pm].ent]);
    if (kind != KIND_COUNTRY && kind != KIND_LOCATION) return -1;
    *owner = -1;
    if (b >= s->tbeg + 3 && is_apos_s(d, b - 2)) { /* the owner's words end before "'s" */
        int32_t om = c->tok_ment[b - 3];
        if (om >= 0 && c->ments[om].tok + c->ments[om].ntok == b - 2) *owner = om;
    } else if (b > s->tbeg && (tk_is(d, b - 1, "his") || tk_is(d, b - 1, "her"))) {
        *owner = first_person_before(c, g, s, b - 1);
        /* (no one a role noun names between, who may be the pronoun's: "she
         * moved in with the guitarist at his Malibu home"; but the person's
         * own appositions, his age or what he was, are his: "X, 81, a
         * retired teacher, died at his home in Y") */
        uint32_t q0 = *owner >= 0 ? c->ments[*owner].tok + c->ments[*owner].ntok : b;
        for (int n = 0; n < 2 && q0 + 1 < b - 1 && tk_char(d, q0, ','); n++) {
            uint32_t j = q0 + 1;
            while (j < b - 1 && !tk_char(d, j, ',')) j++;
            if (j >= b - 1) break;
            q0 = j;
        }
        for (uint32_t q = q0; q < b - 1 && *owner >= 0; q++)
            if ((d->toks[q].flags & TOK_LOWER) && role_noun(c, q)) *owner = -1;
    } else if (!native && b > s->tbeg && tk_is(d, b - 1, "the") && k + 2 < s->tend &&
               tk_is(d, k + 1, "of")) {
        int32_t om = c->tok_ment[k + 2];
        if (om >= 0 && c->ments[om].tok == k + 2) *owner = om;
    } else if (native && b >= s->tbeg + 3 && (tk_is(d, b - 1, "a") || tk_is(d, b - 1, "an"))) {
        /* the person "a" follows in an apposition, maybe past his age, or
         * before "is" or "was" */
        uint32_t q = b - 1;
        if (tk_char(d, q - 1, ',')) q--;
        else if (tk_is(d, q - 1, "is") || tk_is(d, q - 1, "was")) q--;
        else q = 0;
        if (q >= s->tbeg + 3 && tk_char(d, q - 1, ',') && (d->toks[q - 2].flags & TOK_DIGIT) &&
            tk_char(d, q - 3, ','))
            q -= 3; /* ", 37," */
        int32_t om = q > s->tbeg ? c->tok_ment[q - 1] : -1;
        if (om >= 0 && c->ments[om].tok + c->ments[om].ntok == q) *owner = om;
    }
    return *owner >= 0 && is_person(c, g, (uint32_t)*owner) ? pm : -1;
}

/* A sentence that opens with "Born in" or "Born near" a place (or "Raised
 * in", "A native of"), and whose subject, the person after the phrase's
 * comma, was born there: "Born in Hope, Arkansas, Bill Clinton studied at
 * Oxford", "Born in Plains in 1924, Carter graduated from the Naval Academy",
 * "A native of Louisville, Higgins joined the Marines". The person's mention,
 * with *pm the place's, or -1. */
static long born_opening(const tag_ctx *c, const gaz_t *g, const text_sent *s, long *pm) {
    const text_doc *d = &c->doc;
    uint32_t p = s->tbeg + 2;
    if (p + 2 >= s->tend) return -1;
    if (tk_is(d, s->tbeg, "A") && tk_is(d, s->tbeg + 1, "native") && tk_is(d, p, "of"))
        p++;
    else if (!(tk_is(d, s->tbeg, "Born") || tk_is(d, s->tbeg, "Raised")) ||
             !(tk_is(d, s->tbeg + 1, "in") || tk_is(d, s->tbeg + 1, "near")))
        return -1;
    if (p + 2 >= s->tend) return -1;
    int32_t lm = c->tok_ment[p];
    if (lm < 0 || c->ments[lm].tok != p || c->ments[lm].via == VIA_DEMONYM) return -1;
    int kind = tag_went_kind(g, &c->ents[c->ments[lm].ent]);
    if (kind != KIND_COUNTRY && kind != KIND_LOCATION) return -1;
    /* the phrase's comma: past the place's state and a year ("in 1924") */
    for (uint32_t k = p + c->ments[lm].ntok; k + 1 < s->tend && k < p + 12; k++) {
        if (!tk_char(d, k, ',')) continue;
        int32_t sm = c->tok_ment[k + 1];
        if (sm >= 0 && c->ments[sm].tok == k + 1 && is_person(c, g, (uint32_t)sm)) {
            *pm = lm;
            return sm;
        }
    }
    return -1;
}

/* A second verb of living joined by "and" to the place mention pm of the
 * first: "was born in Danville and grew up in Louisville", "born in Danville,
 * Ky., and raised in Louisville". Its place's mention, with the words saying
 * so at *tb.. *te, or -1. */
static long home_and_after(const tag_ctx *c, const gaz_t *g, const text_sent *s, long pm,
                           uint32_t *tb, uint32_t *te) {
    const text_doc *d = &c->doc;
    uint32_t k = c->ments[pm].tok + c->ments[pm].ntok;
    /* (past the place's state between commas) */
    if (k + 2 < s->tend && tk_char(d, k, ',') && c->tok_ment[k + 1] >= 0 &&
        c->ments[c->tok_ment[k + 1]].tok == k + 1) {
        k += 1 + c->ments[c->tok_ment[k + 1]].ntok;
        if (k < s->tend && tk_char(d, k, ',')) k++;
    }
    if (k + 3 >= s->tend || !tk_is(d, k, "and")) return -1;
    k++;
    if (tk_is(d, k, "was") || tk_is(d, k, "then") || tk_is(d, k, "later")) k++;
    uint32_t p = home_verb_at(c, s, k);
    long m2 = p ? place_at(c, g, s, p) : -1;
    if (m2 < 0) return -1;
    *tb = k, *te = p - 1;
    return m2;
}

/* The residences of the people of sentence s (mentions m0..m1), after its
 * affiliations; and of the person a "He" or "She" opening it stands for
 * (pronoun_antecedent). Returns 0 or ENT_ENOMEM. */
static int find_residences(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t m0, size_t m1,
                           size_t rel0) {
    uint32_t tb = 0, te = 0, tb2 = 0, te2 = 0;
    long pm = home_after_pronoun(c, g, s, &tb, &te), am;
    if (pm >= 0 && (am = pronoun_antecedent(c, g, s)) >= 0 &&
        push_residence(c, g, s, rel0, c->ments[am].ent, pm, tb, te))
        return ENT_ENOMEM;
    for (size_t m = m0; m < m1; m++) {
        if (!is_person(c, g, (uint32_t)m)) continue;
        pm = home_after(c, g, s, (uint32_t)m, &tb, &te);
        long pm2 = pm >= 0 ? home_and_after(c, g, s, pm, &tb2, &te2) : -1;
        if (pm < 0) pm = home_before(c, g, s, (uint32_t)m, &tb, &te);
        if (pm >= 0 && push_residence(c, g, s, rel0, c->ments[m].ent, pm, tb, te))
            return ENT_ENOMEM;
        if (pm2 >= 0 && push_residence(c, g, s, rel0, c->ments[m].ent, pm2, tb2, te2))
            return ENT_ENOMEM;
    }
    const text_doc *d = &c->doc;
    long bm = born_opening(c, g, s, &pm);
    if (bm >= 0 && push_residence(c, g, s, rel0, c->ments[bm].ent, pm, s->tbeg, s->tbeg + 1))
        return ENT_ENOMEM;
    for (uint32_t k = s->tbeg + 1; k < s->tend; k++) {
        long owner;
        if ((tk_is(d, k, "home") || tk_is(d, k, "hometown") || tk_is(d, k, "native")) &&
            (pm = home_of(c, g, s, k, &owner)) >= 0 &&
            push_residence(c, g, s, rel0, c->ments[owner].ent, pm, k, k))
            return ENT_ENOMEM;
    }
    return 0;
}

/* The mention of the government department that a portfolio's role names,
 * of a country that the gazetteer gives ("Commerce Secretary" ... "the U.S.
 * Commerce Department", "Labor Secretary" ... "the Labor Department"): the
 * first mention of a government body whose words hold the role's first word
 * ("Acting", "Deputy", "Assistant" and "Former" aside), or -1. */
static long department_named(const tag_ctx *c, const gaz_t *g, const char *role) {
    static const char *const before[] = {"Acting ", "Deputy ", "Assistant ", "Former "};
    for (size_t k = 0; k < ENT_ARRAY_LEN(before); k++)
        if (!strncmp(role, before[k], strlen(before[k]))) role += strlen(before[k]);
    const char *sp = strchr(role, ' ');
    char w[32];
    size_t n = sp ? (size_t)(sp - role) : 0;
    if (n < 4 || n >= sizeof(w)) return -1;
    memcpy(w, role, n);
    w[n] = '\0';
    const text_doc *d = &c->doc;
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *mm = &c->ments[m];
        const tag_went *x = &c->ents[mm->ent];
        if (mm->ntok < 2 || x->gidx < 0 || g->ents[x->gidx].sub != SUB_GOVERNMENT ||
            !gaz_attr_get(&g->ents[x->gidx], "country"))
            continue;
        for (uint32_t q = mm->tok; q < mm->tok + mm->ntok; q++)
            if (text_tok_ieq(d, &d->toks[q], w)) return (long)m;
    }
    return -1;
}

/* Is department mention dep, of the country with gazetteer id dc, surely that
 * country's where the text has no dateline and is about no country: written
 * with its country's name ("the U.S. Commerce Department"), or in a text
 * that names no other country ("the Labor Department said" under "SEATTLE
 * (AP)"; not "Department of Agriculture reports" in a text about the
 * Philippines)? */
static int department_sure(const tag_ctx *c, const gaz_t *g, long dep, const char *dc) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[c->ments[dep].tok];
    if ((t->flags & TOK_UPPER) && !tk_is(d, c->ments[dep].tok, "Department") &&
        !tk_is(d, c->ments[dep].tok, "Ministry") && !tk_is(d, c->ments[dep].tok, "Office") &&
        c->ments[dep].ntok >= 3)
        return 1;
    const text_sent all = {0, (uint32_t)d->ntoks, 0, (uint32_t)d->len};
    return !other_country_in(c, g, &all, all.tend, dc);
}

/* The state a dateline names after its town and a comma ("AUSTIN, Texas
 * (AP) -", "HARRISBURG, Pa. (AP) -"): its mention, or -1. */
static long dateline_state_mention(const tag_ctx *c, const gaz_t *g) {
    long m = tag_dateline_mention(c);
    if (m < 0 || (size_t)m + 1 >= c->nments) return -1;
    const tag_mention *t = &c->ments[m], *n = &c->ments[m + 1];
    const tag_went *w = &c->ents[n->ent];
    return n->tok == t->tok + t->ntok + 1 && tk_char(&c->doc, n->tok - 1, ',') && w->gidx >= 0 &&
                   g->ents[w->gidx].kind == KIND_LOCATION && g->ents[w->gidx].sub == SUB_STATE
               ? m + 1
               : -1;
}

/* Officers with a portfolio and no state the text says (c->unplaced:
 * "Finance Minister John Mbadi" in a text with the dateline "NAIROBI,
 * Kenya"), who have no other affiliation in the text: the department the
 * text names for the portfolio (department_named), and the dateline's
 * country, as local news writes its own ministers without it. Returns 0 or
 * ENT_ENOMEM. */
static int dateline_affiliations(tag_ctx *c, const gaz_t *g) {
    if (!c->nunplaced) return 0;
    long dm = dateline_country(c, g);
    /* or, with no dateline of a country the text names, the country the
     * text is about ("Iran said ... Foreign Minister Abbas Araghchi said"
     * under "DUBAI (Reuters) -") */
    const char *top;
    int about = dm < 0;
    if (about && (top = tag_dominant_country(c, g))) dm = country_mention(c, g, top);
    const char *id = dm >= 0 ? g->ents[c->ents[c->ments[dm].ent].gidx].id : NULL;
    int lab = gaz_label_find(g, "affiliation");
    long sm = dateline_state_mention(c, g);
    for (int k = 0; k < c->nunplaced; k++) {
        const struct tag_unplaced *u = &c->unplaced[k];
        /* (his party's is no other: "Labour Minister X, a Social Democrat,") */
        size_t r = 0;
        while (r < c->nrels &&
               !(c->rels[r].a == u->ent && !strcmp(c->rels[r].label, "affiliation") &&
                 !party_went(g, &c->ents[c->rels[r].b])))
            r++;
        if (r < c->nrels) continue;
        /* a governor is the state's that the dateline names ("AUSTIN, Texas
         * (AP) - Gov. Greg Abbott"), and no country's */
        if (governor_role(u->role)) {
            if (sm >= 0 && push_rel(c, 0, u->ent, c->ments[sm].ent, lab, g, u->role,
                                    &c->doc.sents[u->sent], 0, 0))
                return ENT_ENOMEM;
            continue;
        }
        /* (a person the gazetteer places elsewhere is not the dateline's) */
        const tag_went *pw = &c->ents[u->ent];
        const char *pc = pw->gidx >= 0 ? gaz_attr_get(&g->ents[pw->gidx], "country") : NULL;
        /* (a department of the country the person's is, and the dateline's
         * or the text's: not the U.S. Agriculture Department for "Agriculture
         * Minister X" under "ABIDJAN") */
        long dep = department_named(c, g, u->role);
        const char *dc =
            dep >= 0 ? gaz_attr_get(&g->ents[c->ents[c->ments[dep].ent].gidx], "country") : NULL;
        if (dc && (!pc || !strcmp(pc, dc)) && (!id || !strcmp(id, dc)) &&
            (id || department_sure(c, g, dep, dc)) &&
            push_rel(c, 0, u->ent, c->ments[dep].ent, lab, g, u->role, &c->doc.sents[u->sent], 0,
                     0))
            return ENT_ENOMEM;
        if (!id || (pc && strcmp(pc, id))) continue;
        /* (only where his sentence names no other country: "met British
         * Chancellor X, Foreign Secretary Y", "Foreign Minister X met
         * Secretary of State Marco Rubio and Turkish Foreign Minister Hakan
         * Fidan" under "WASHINGTON (AP) -"; what he says after "said" aside
         * under a dateline: "Foreign Minister Sugiono said the deal did not
         * recognise China's claims") */
        const text_sent *us = &c->doc.sents[u->sent];
        uint32_t upto = !about && u->end < us->tend && (tk_is(&c->doc, u->end, "said") ||
                                                        tk_is(&c->doc, u->end, "says") ||
                                                        tk_is(&c->doc, u->end, "told"))
                            ? u->end
                            : us->tend;
        if (other_country_in(c, g, us, upto, id)) continue;
        /* (nor, under a dateline, where the sentence before opens with
         * another country and names this one nowhere: "Australia's
         * parliament passed a law ... Communications Minister Anika Wells
         * said" under "VATICAN CITY (AP) -") */
        if (!about && u->sent > 0 && countries_in(c, g, us - 1, us[-1].tend, id) == 1 &&
            c->tok_ment[us[-1].tbeg] >= 0 &&
            tag_went_kind(g, &c->ents[c->ments[c->tok_ment[us[-1].tbeg]].ent]) == KIND_COUNTRY)
            continue;
        /* (nor, for the text's country, one its people meet: "He will also
         * meet Finance Secretary Jaime Ongpin" on a U.S. minister's trip) */
        if (about && u->met) continue;
        if (push_rel(c, 0, u->ent, c->ments[dm].ent, lab, g, u->role, &c->doc.sents[u->sent], 0,
                     0))
            return ENT_ENOMEM;
    }
    return 0;
}

/* The news agency of the dateline, "(Reuters)" or "(AP)" right after its
 * place in the text's first line, or in a later line before the dateline's
 * dash (after headlines and a byline); its mention, or -1. */
static long dateline_agency(const tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    for (size_t m = 0; m < c->nments && c->ments[m].tok < 128; m++) {
        uint32_t b = c->ments[m].tok, e = b + c->ments[m].ntok;
        const tag_went *w = &c->ents[c->ments[m].ent];
        if (b > 0 && tk_char(d, b - 1, '(') && e < d->ntoks && tk_char(d, e, ')') &&
            w->gidx >= 0 && tag_firm_or_media(&g->ents[w->gidx]) &&
            !(d->toks[b - 1].flags & TOK_NL) &&
            /* (past the first line's words, after headlines and a byline:
             * only a dateline's, before its dash) */
            (b < 32 || (e + 1 < d->ntoks && text_is_dash(d, e + 1))))
            return (long)m;
    }
    return -1;
}

/* The agency's journalists a wire story credits in its byline ("By Tom
 * Balmforth and Max Hunder" opening a line) or at its end ("Reporting by Tom
 * Balmforth; Editing by Alex Richardson", "Additional reporting by X and Y",
 * "Writing by X"): affiliations with the dateline's agency, roles Reporter,
 * Editor and Writer. Returns 0 or ENT_ENOMEM. */
static int credit_affiliations(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    long am = dateline_agency(c, g); /* (first: most texts have none) */
    if (am < 0) return 0;
    for (uint32_t k = 1; k + 1 < d->ntoks; k++) {
        if (!tk_is(d, k, "by")) continue;
        /* (or a byline: "By Tom Balmforth and Max Hunder" opening a line) */
        const char *role = (d->toks[k].flags & TOK_NL) || tk_is(d, k - 1, "reporting")
                               ? "Reporter"
                           : tk_is(d, k - 1, "editing") ? "Editor"
                           : tk_is(d, k - 1, "writing") ? "Writer"
                                                        : NULL;
        if (!role) continue;
        /* the names after it, joined by "and" or commas, to ";" or the line's end */
        for (uint32_t q = k + 1; q < d->ntoks && !(d->toks[q].flags & TOK_NL) &&
                                 !tk_char(d, q, ';') && !tk_char(d, q, '.');) {
            int32_t pm = c->tok_ment[q];
            if (pm >= 0 && c->ments[pm].tok == q && is_person(c, g, (uint32_t)pm)) {
                if (push_rel(c, 0, c->ments[pm].ent, c->ments[am].ent,
                             gaz_label_find(g, "affiliation"), g, role,
                             &d->sents[tag_sent_of(c, q)], 0, 0))
                    return ENT_ENOMEM;
                q += c->ments[pm].ntok;
            } else if (tk_is(d, q, "and") || tk_char(d, q, ',')) {
                q++;
            } else if (tk_is(d, q, "in") && q + 1 < d->ntoks && c->tok_ment[q + 1] >= 0 &&
                       c->ments[c->tok_ment[q + 1]].tok == q + 1) {
                /* (where the reporter is: "Reporting by X in London and Y in
                 * Singapore") */
                q += 1 + c->ments[c->tok_ment[q + 1]].ntok;
            } else {
                break;
            }
        }
    }
    return 0;
}

/* An organization's or a country's people named by a role noun in the plural
 * and a list of names after it ("Associated Press writers Mark Sherman and
 * Lindsay Whitehurst contributed", "Goldman Sachs analysts X, Y and Z said"):
 * affiliations with it, the role the noun's singular's ("Writer"). Only a
 * mention of it right before the noun, and names joined by commas and "and".
 * Returns 0 or ENT_ENOMEM. */
static int plural_role_affiliations(tag_ctx *c, const gaz_t *g) {
    const text_doc *d = &c->doc;
    int lab = gaz_label_find(g, "affiliation");
    for (size_t m = 0; m < c->nments; m++) {
        const tag_mention *om = &c->ments[m];
        uint32_t k = om->tok + om->ntok;
        if (k + 2 >= d->ntoks || om->via == VIA_DEMONYM) continue;
        /* (the plural of a role noun: "writers", "analysts") */
        if (!tag_plural_noun(d, k)) continue;
        int kind = tag_went_kind(g, &c->ents[om->ent]);
        if (kind != KIND_ORG && kind != KIND_COUNTRY) continue;
        char w[LIST_WORD_MAX];
        size_t n = list_word(d, k, w);
        if (n < 4) continue;
        w[n - 1] = '\0';
        const char *role = NULL;
        for (size_t r = 0; r < ENT_ARRAY_LEN(role_nouns) && !role; r++)
            if (!strcmp(role_nouns[r].w, w)) role = role_nouns[r].role;
        if (!role) continue;
        /* the names: two at least, each a person's, joined by "," and "and" */
        uint32_t q = k + 1, names = 0;
        while (q < d->ntoks) {
            int32_t pm = c->tok_ment[q];
            if (pm < 0 || c->ments[pm].tok != q || !is_person(c, g, (uint32_t)pm)) break;
            names++;
            q += c->ments[pm].ntok;
            if (q < d->ntoks && (tk_char(d, q, ',') || tk_is(d, q, "and"))) q++;
            else break;
            if (q < d->ntoks && tk_is(d, q, "and")) q++;
        }
        if (names < 2) continue;
        const text_sent *s = &d->sents[tag_sent_of(c, k)];
        /* (held before: "former OpenAI researchers X and Y") */
        if (om->tok > s->tbeg && text_tok_ieq(d, &d->toks[om->tok - 1], "former") &&
            !(role = prefixed_role(c, "Former", 6, role)))
            return ENT_ENOMEM;
        for (uint32_t p = k + 1; p < q; p++) {
            int32_t pm = c->tok_ment[p];
            if (pm < 0 || c->ments[pm].tok != p || !is_person(c, g, (uint32_t)pm)) continue;
            if (push_rel(c, 0, c->ments[pm].ent, om->ent, lab, g, role, s, 0, 0))
                return ENT_ENOMEM;
        }
    }
    return 0;
}

/* Is token k "tariffs", "duties" or "levies"? */
static int levy_noun(const text_doc *d, uint32_t k) {
    return tk_is(d, k, "tariffs") || tk_is(d, k, "duties") || tk_is(d, k, "levies");
}

/* The subject of the verb at token v, past up to two modals, "has", "have",
 * "had" or another verb's "to" ("Ottawa would retaliate", "Beijing vowed to
 * retaliate", "Colombia will suspend"): verb_subject_before's mention, or -1. */
static long subject_past_aux(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t v) {
    const text_doc *d = &c->doc;
    for (int aux = 0; aux < 2 && v > s->tbeg + 1; aux++)
        if (WORD_IN(d, v - 1, modals) || tk_is(d, v - 1, "has") || tk_is(d, v - 1, "have") ||
            tk_is(d, v - 1, "had"))
            v--;
        else if (v > s->tbeg + 2 && tk_is(d, v - 1, "to") && (d->toks[v - 2].flags & TOK_LOWER))
            v -= 2;
    return verb_subject_before(c, g, s, &v);
}

/* Retaliation against another party's tariffs is a trade dispute with it:
 * "The EU will retaliate against U.S. tariffs", "China retaliated against
 * Washington's new duties on steel" (the verb in lowercase at token v,
 * "against", "for" or "to", the party's mention, maybe its possessive, a word
 * or two, then "tariffs", "duties" or "levies"). The other party is the
 * verb's subject, else the first named in the sentence before the verb.
 * Returns 0 or ENT_ENOMEM. */
static int retaliation_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t m0, size_t m1,
                          size_t rel0, uint32_t v) {
    const text_doc *d = &c->doc;
    const text_tok *t = &d->toks[v];
    if (v == s->tbeg || v + 3 >= s->tend || memcmp(d->text + t->start, "retaliat", 8) ||
        !(tk_is(d, v + 1, "against") || tk_is(d, v + 1, "for") || tk_is(d, v + 1, "to")))
        return 0;
    uint32_t q = v + 2 + tk_is(d, v + 2, "the");
    int32_t om = q < s->tend ? c->tok_ment[q] : -1;
    if (om < 0 || c->ments[om].tok != q) return 0;
    uint32_t n = q + c->ments[om].ntok;
    if (n + 1 < s->tend && is_apos_s(d, n)) n += 2;
    for (uint32_t k = 0; k < 2 && n < s->tend && (d->toks[n].flags & TOK_LOWER) &&
                         !levy_noun(d, n);
         k++)
        n++;
    if (n >= s->tend || !levy_noun(d, n)) return 0;
    /* the verb's subject ("Carney said Ottawa would retaliate", "Beijing vowed
     * to retaliate"), else the first named before it */
    long am = subject_past_aux(c, g, s, v);
    if (am >= 0 && tag_went_kind(g, &c->ents[c->ments[am].ent]) == KIND_LOCATION) am = -1;
    for (size_t m = m0; m < m1 && c->ments[m].tok < v && am < 0; m++)
        if (tag_went_kind(g, &c->ents[c->ments[m].ent]) != KIND_LOCATION) am = (long)m;
    if (am < 0 || c->ments[am].ent == c->ments[om].ent || negated(c, s, v)) return 0;
    return push_rel(c, rel0, c->ments[am].ent, c->ments[om].ent,
                    gaz_label_find(g, "trade-dispute"), g, NULL, s, d->toks[n].start,
                    d->toks[n].end);
}

/* A deal a clause after it says who made ("the agreement Lenovo signed with
 * IBM", "the deal Iran struck with Russia"): an agreement between the
 * clause's subject and the party after "with" (the noun at token k, a name, a
 * verb of making a deal, "with", a name). Returns 0 or ENT_ENOMEM. */
static int deal_clause_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                          uint32_t k) {
    const text_doc *d = &c->doc;
    int32_t am = c->tok_ment[k + 1];
    if (k + 4 >= s->tend || am < 0 || c->ments[am].tok != k + 1 || !WORD_IN(d, k, deal_nouns) ||
        c->ments[am].via == VIA_DEMONYM)
        return 0;
    uint32_t v = k + 1 + c->ments[am].ntok;
    if (v + 2 < s->tend && (tk_is(d, v, "had") || tk_is(d, v, "has"))) v++;
    if (v + 2 >= s->tend || !WORD_IN(d, v, deal_verbs) || !tk_is(d, v + 1, "with")) return 0;
    uint32_t q = v + 2 + (v + 3 < s->tend && tk_is(d, v + 2, "the"));
    int32_t bm = q < s->tend ? c->tok_ment[q] : -1;
    if (bm < 0 || c->ments[bm].tok != q) return 0;
    return push_rel(c, rel0, c->ments[am].ent, c->ments[bm].ent, gaz_label_find(g, "agreement"),
                    g, NULL, s, d->toks[k].start, d->toks[k].end);
}

/* A contract the clause's subject awarded the one named right after the verb
 * at token k: "The Pentagon awarded Lockheed Martin a $2 billion contract"
 * (up to eight words of its size and kind before "contract"): an agreement
 * between the two. Returns 0 or ENT_ENOMEM. */
static int contract_award_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                             uint32_t k) {
    const text_doc *d = &c->doc;
    int32_t bm = c->tok_ment[k + 1];
    if (bm < 0 || c->ments[bm].tok != k + 1 || c->ments[bm].via == VIA_DEMONYM ||
        !(tk_is(d, k, "awarded") || tk_is(d, k, "awards")))
        return 0;
    uint32_t q = k + 1 + c->ments[bm].ntok, e = q + 9;
    while (q < s->tend && q < e && c->tok_ment[q] < 0 && !tk_is(d, q, "contract") &&
           !tk_is(d, q, "contracts") &&
           ((d->toks[q].flags & (TOK_LOWER | TOK_DIGIT)) || tk_char(d, q, '$') ||
            tk_char(d, q, '-') || tk_char(d, q, '.') || tk_char(d, q, ',')) &&
           !WORD_IN(d, q, pp_words))
        q++;
    if (q >= s->tend || !(tk_is(d, q, "contract") || tk_is(d, q, "contracts"))) return 0;
    uint32_t v = k;
    if (v > s->tbeg + 1 && (tk_is(d, v - 1, "has") || tk_is(d, v - 1, "had"))) v--;
    long am = verb_subject_before(c, g, s, &v); /* ("The Port Authority said it has awarded") */
    if (am < 0 || c->ments[am].ent == c->ments[bm].ent || negated(c, s, k)) return 0;
    return push_rel(c, rel0, c->ments[am].ent, c->ments[bm].ent, gaz_label_find(g, "agreement"),
                    g, NULL, s, d->toks[q].start, d->toks[q].end);
}

/* A demand made of the subject of an answer_verbs word at token k by the
 * name that owns it or qualifies it after the verb, maybe with an article
 * and one lowercase word between ("Tehran rejected Washington's demand to
 * halt enrichment", "Ukraine rejected Russia's demands", "Venezuela
 * rejected a U.S. ultimatum"): the name right before the verb (past an
 * adverb or an auxiliary) demands of it. Returns 0 or ENT_ENOMEM. */
static int rejected_demand_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                              uint32_t k) {
    const text_doc *d = &c->doc;
    if (!WORD_IN(d, k, answer_verbs)) return 0;
    uint32_t q = k + 1;
    if (q < s->tend && (tk_is(d, q, "the") || tk_is(d, q, "a"))) q++;
    int32_t ym = q < s->tend ? c->tok_ment[q] : -1;
    if (ym < 0 || c->ments[ym].tok != q) return 0;
    q += c->ments[ym].ntok;
    if (q + 1 < s->tend && is_apos_s(d, q)) q += 2;
    for (int adj = 0; q < s->tend; q++, adj++) {
        if (tk_is(d, q, "demand") || tk_is(d, q, "demands") || tk_is(d, q, "ultimatum")) break;
        /* (one word before it: "renewed", "latest") */
        if (adj || !(d->toks[q].flags & TOK_LOWER) || (c->cls[q] & W_STOP)) return 0;
    }
    if (q >= s->tend) return 0;
    uint32_t v = k;
    while (v > s->tbeg && k - v < 2 &&
           (ly_form(d, v - 1) || tk_is(d, v - 1, "has") || tk_is(d, v - 1, "have") ||
            tk_is(d, v - 1, "had") || tk_is(d, v - 1, "also")))
        v--;
    long xm = ment_ending_before(c, v, s->tbeg);
    if (xm < 0 || (c->ments[xm].tok > s->tbeg && WORD_IN(d, c->ments[xm].tok - 1, pp_words)))
        return 0;
    return push_rel(c, rel0, c->ments[ym].ent, c->ments[xm].ent, gaz_label_find(g, "demand"), g,
                    NULL, s, d->toks[q].start, d->toks[q].end);
}

/* An agreement that no deal's noun names, token k being "agreed": between
 * two states or bodies coordinated before it ("India and China agreed to
 * resume direct flights", "Armenia and Azerbaijan have agreed on the text of
 * a treaty"; not people or companies) or between the subject and the party
 * after "agreed with" ("Britain agreed with France to return migrants"); what
 * they agreed follows as "to" and a word or "on" and a word that is no day.
 * Not an opinion shared ("agreed with France that"), nor what a trigger right
 * after names ("Exxon and Mobil agreed to merge"). Returns 0 or ENT_ENOMEM. */
static int agreed_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0, uint32_t k) {
    const text_doc *d = &c->doc;
    if (k + 2 >= s->tend || !tk_is(d, k, "agreed")) return 0;
    uint32_t q = k + 1;
    long bm = -1;
    if (tk_is(d, q, "with")) {
        q += 1 + (q + 2 < s->tend && tk_is(d, q + 1, "the"));
        bm = c->tok_ment[q];
        if (bm < 0 || c->ments[bm].tok != q || c->ments[bm].via == VIA_DEMONYM) return 0;
        q += c->ments[bm].ntok;
        if (q + 1 >= s->tend) return 0;
    }
    if (!((tk_is(d, q, "to") || (tk_is(d, q, "on") && !WORD_IN(d, q + 1, said_when))) &&
          (d->toks[q + 1].flags & TOK_LOWER)))
        return 0;
    uint32_t v = k;
    if (v > s->tbeg + 1 && (tk_is(d, v - 1, "have") || tk_is(d, v - 1, "has") ||
                            tk_is(d, v - 1, "had")))
        v--;
    long am = verb_subject_before(c, g, s, &v);
    if (am < 0 || c->ments[am].via == VIA_DEMONYM || negated(c, s, k)) return 0;
    group gr = {.m = {(uint32_t)am}, .n = 1};
    if (bm >= 0) gr.m[gr.n++] = (uint32_t)bm;
    else coordinate(c, g, s, (uint32_t)am, -1, &gr);
    /* (two named together: states or bodies, not people or companies acting
     * as one, "Rothman and Young agreed to buy the shares", "Wood Gundy Inc
     * and Gordon Capital Corp agreed to buy the securities") */
    for (int n = 0; bm < 0 && n < gr.n; n++)
        if (is_person(c, g, gr.m[n]) || company_mention(c, g, gr.m[n])) return 0;
    if (gr.n != 2 || c->ments[gr.m[0]].via == VIA_DEMONYM ||
        c->ments[gr.m[1]].via == VIA_DEMONYM ||
        conditional_before(d, s, c->ments[gr.m[0]].tok < c->ments[gr.m[1]].tok
                                     ? c->ments[gr.m[0]].tok
                                     : c->ments[gr.m[1]].tok))
        return 0;
    /* (what they agreed is a relation of its own when its trigger follows
     * within a few words: "agreed to merge", "agreed to an immediate ceasefire") */
    uint32_t a = c->ments[gr.m[0]].ent, b = c->ments[gr.m[1]].ent;
    uint32_t what_end = d->toks[q + 5 < s->tend ? q + 5 : s->tend - 1].end;
    for (size_t r = rel0; r < c->nrels; r++)
        if (((c->rels[r].a == a && c->rels[r].b == b) ||
             (c->rels[r].a == b && c->rels[r].b == a)) &&
            c->rels[r].trig_start >= d->toks[q].end && c->rels[r].trig_start < what_end)
            return 0;
    return push_rel(c, rel0, a, b, gaz_label_find(g, "agreement"), g, NULL, s, d->toks[k].start,
                    d->toks[k].end);
}

/* Sanctions that a verb of stopping what is sent names, "to" at token k
 * before the target: a noun of sending right before it, or before its "of"
 * phrase of up to three lowercase words, and a verb of halt_verbs before the
 * noun, maybe past two words of what ("Colombia suspended coal exports to
 * Israel", "Spain halted arms sales to Israel", "China will restrict exports
 * of rare earths to the United States"); the actor is the verb's subject.
 * Returns 0 or ENT_ENOMEM. */
static int halt_sent_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                        uint32_t k) {
    const text_doc *d = &c->doc;
    uint32_t n = k - 1;
    if (!WORD_IN(d, n, sent_nouns)) {
        uint32_t o = n;
        while (o > s->tbeg + 1 && o + 4 > k && !tk_is(d, o, "of") &&
               (d->toks[o].flags & TOK_LOWER) && c->tok_ment[o] < 0)
            o--;
        if (o + 1 >= k || o <= s->tbeg + 1 || !tk_is(d, o, "of") ||
            !WORD_IN(d, o - 1, sent_nouns))
            return 0;
        n = o - 1;
    }
    uint32_t v = n;
    while (v > s->tbeg && v + 3 > n) {
        v--;
        if (WORD_IN(d, v, halt_verbs)) break;
        if (!(d->toks[v].flags & TOK_LOWER) || c->tok_ment[v] >= 0 || (c->cls[v] & W_STOP))
            return 0;
    }
    if (!WORD_IN(d, v, halt_verbs)) return 0;
    uint32_t q = k + 1 + (k + 2 < s->tend && tk_is(d, k + 1, "the"));
    long bm = q < s->tend ? c->tok_ment[q] : -1;
    if (bm < 0 || c->ments[bm].tok != q) return 0;
    long am = subject_past_aux(c, g, s, v);
    if (am < 0 || c->ments[am].via == VIA_DEMONYM || c->ments[bm].via == VIA_DEMONYM ||
        c->ments[am].ent == c->ments[bm].ent || negated(c, s, v))
        return 0;
    return push_rel(c, rel0, c->ments[am].ent, c->ments[bm].ent, gaz_label_find(g, "sanctions"),
                    g, NULL, s, d->toks[n].start, d->toks[n].end);
}

/* A host's meeting that "received" at token k names: the verb's subject, a
 * person, receives another, named right after it and ending the phrase
 * ("Putin received Modi in the Kremlin", "Saudi Crown Prince Mohammed bin
 * Salman received Syrian President Ahmed al-Sharaa"; not "received Trump's
 * call", "received Nvidia chips", nor a thing: "received a letter"). A rule
 * of its own, not a trigger, since a trigger's verb ends the actor search
 * of the triggers after it ("said it received approval to acquire X").
 * Returns 0 or ENT_ENOMEM. */
static int received_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                       uint32_t k) {
    const text_doc *d = &c->doc;
    if (!tk_is(d, k, "received")) return 0;
    /* (past a title or a demonym before the guest: "received Indian Prime
     * Minister Narendra Modi") */
    long bm = -1;
    for (uint32_t q = k + 1; q < s->tend && q < k + 6 && bm < 0; q++) {
        int32_t m = c->tok_ment[q];
        if (m >= 0 && c->ments[m].tok == q && is_person(c, g, (uint32_t)m)) bm = m;
        else if (m < 0 && !(d->toks[q].flags & TOK_UPPER)) break;
    }
    if (bm < 0) return 0;
    uint32_t e = c->ments[bm].tok + c->ments[bm].ntok;
    if (e < s->tend && (is_apos_s(d, e) || tk_char(d, e, '\'') ||
                        ((d->toks[e].flags & TOK_LOWER) && !met_follows(d, s, e))))
        return 0;
    uint32_t v = k;
    long am = verb_subject_before(c, g, s, &v);
    if (am < 0 || !is_person(c, g, (uint32_t)am) || negated(c, s, k)) return 0;
    return push_rel(c, rel0, c->ments[am].ent, c->ments[bm].ent, gaz_label_find(g, "meeting"),
                    g, NULL, s, d->toks[k].start, d->toks[k].end);
}

/* Is mention m an organization's (not a country's, a person's or a place's)? */
static int org_mention(const tag_ctx *c, const gaz_t *g, long m) {
    return m >= 0 && tag_went_kind(g, &c->ents[c->ments[m].ent]) == KIND_ORG;
}

/* The company's mention that ends before token x, past its stock ticker
 * ("Gelco Corp <GEL>, a unit of", "Equimark Corp <EQK>, the parent of") or
 * the angle brackets round its name ("<Exco International Plc>, a subsidiary
 * of"); or -1. */
static long company_ending_before(const tag_ctx *c, const text_sent *s, uint32_t x) {
    const text_doc *d = &c->doc;
    if (x > s->tbeg + 2 && (tk_char(d, x - 1, '>') || tk_char(d, x - 1, ')')))
        for (uint32_t p = x - 1; p + 5 >= x && p > s->tbeg; p--)
            if ((tk_char(d, p, '<') || tk_char(d, p, '(')) && tag_ticker_at(d, p, x, 1)) {
                x = p;
                break;
            }
    if (x > s->tbeg + 2 && tk_char(d, x - 1, '>') && ment_ending_before(c, x - 1, s->tbeg) >= 0)
        x--;
    return ment_ending_before(c, x, s->tbeg);
}

/* A company named as a part of another at token k, a noun of tag_owned_part
 * before "of" and the owner: "Boeing Military Airplane Co, a subsidiary of
 * Boeing Co", "Hilton International, the hotel unit of UAL Inc", "Dunn Paper is a
 * wholly owned subsidiary of James River": the owner owns the company. The
 * part's article comes after a comma or a form of "be" right after the
 * company (and its ticker), and only modifiers between it and the noun:
 * lowercase words, numbers, hyphens, "pct" and a country ("a U.S. unit of",
 * "a 51 pct-owned affiliate of"). Returns 0 or ENT_ENOMEM. */
static int unit_of_clause_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                             uint32_t k) {
    const text_doc *d = &c->doc;
    if (k + 2 >= s->tend || !tk_is(d, k + 1, "of") || !tag_owned_part(d, k)) return 0;
    long ym = tag_owner_after(c, g, k + 2, s->tend);
    if (ym < 0 || inside_longer_name(c, (uint32_t)ym, s->tbeg)) return 0;
    /* back over the modifiers to the article */
    uint32_t a = k;
    for (int w = 0; a > s->tbeg && w < 5; w++) {
        uint32_t p = a - 1;
        int32_t pm = c->tok_ment[p];
        if (pm >= 0) { /* a country: "a U.S. unit of" */
            if (tag_went_kind(g, &c->ents[c->ments[pm].ent]) != KIND_COUNTRY) return 0;
            a = c->ments[pm].tok;
        } else if (tk_is(d, p, "a") || tk_is(d, p, "an") || tk_is(d, p, "the")) {
            break;
        } else if (tk_is(d, p, "former") || tk_is(d, p, "onetime")) {
            return 0; /* owned no longer: "Aristech, a former unit of USX" */
        } else if ((d->toks[p].flags & TOK_LOWER) || (d->toks[p].flags & TOK_DIGIT) ||
                   tk_char(d, p, '-') || tk_char(d, p, '%')) {
            a = p;
        } else {
            return 0;
        }
    }
    if (a <= s->tbeg + 1 || !(tk_is(d, a - 1, "a") || tk_is(d, a - 1, "an") ||
                              tk_is(d, a - 1, "the")))
        return 0;
    uint32_t x = a - 2; /* the comma or the verb before the article */
    if (!(tk_char(d, x, ',') || tk_is(d, x, "is") || tk_is(d, x, "was") || tk_is(d, x, "became")))
        return 0;
    long xm = company_ending_before(c, s, x);
    if (!org_mention(c, g, xm) || c->ments[xm].via == VIA_DEMONYM ||
        c->ments[xm].ent == c->ments[ym].ent)
        return 0;
    return push_rel(c, rel0, c->ments[ym].ent, c->ments[xm].ent, gaz_label_find(g, "ownership"),
                    g, NULL, s, d->toks[k].start, d->toks[k].end);
}

static int investor_appos_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                             uint32_t k);

/* Is token k "company", "group" or "firm", which may follow "parent" or
 * "owner"? */
static int firm_word_at(const text_doc *d, uint32_t k) {
    return tk_is(d, k, "company") || tk_is(d, k, "group") || tk_is(d, k, "firm");
}

/* A company's owner named by "parent" (or "owner") at token k: in
 * apposition before "of" and the company ("Alphabet, the parent company of
 * Google"), or after the company's possessive and before the owner ("Google's
 * parent company Alphabet", "TikTok's owner ByteDance"); "company", "group"
 * or "firm" may follow the noun. Returns 0 or ENT_ENOMEM. */
static int parent_clause_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                            uint32_t k) {
    const text_doc *d = &c->doc;
    if (k < s->tbeg + 1 || k + 1 >= s->tend || !(tk_is(d, k, "parent") || tk_is(d, k, "owner")))
        return 0;
    uint32_t q = k + 1 + firm_word_at(d, k + 1);
    /* (or in apposition, as an investor: "ByteDance, TikTok's owner,",
     * "Alphabet, Google's parent company,") */
    if (q < s->tend && (tk_char(d, q, ',') || tk_char(d, q, '.')))
        return investor_appos_at(c, g, s, rel0, k);
    if (q + 1 >= s->tend) return 0;
    long owner = -1, owned = -1;
    /* (past a people's adjective: "TikTok's Chinese owner ByteDance") */
    uint32_t p = k;
    int32_t dm = c->tok_ment[k - 1];
    if (dm >= 0 && c->ments[dm].via == VIA_DEMONYM && c->ments[dm].ntok == 1 && k >= s->tbeg + 4)
        p = k - 1;
    int32_t om = q < s->tend ? c->tok_ment[q] : -1;
    if (om >= 0 && (c->ments[om].tok != q || inside_longer_name(c, (uint32_t)om, s->tbeg)))
        om = -1;
    if (p >= s->tbeg + 3 && is_apos_s(d, p - 2)) { /* "Google's parent company Alphabet" */
        owned = org_ends_before(c, g, s, p - 2);
        owner = om;
    } else if (p == k && om >= 0 && c->tok_ment[k - 1] >= 0 &&
               c->ments[c->tok_ment[k - 1]].via != VIA_DEMONYM &&
               !inside_longer_name(c, (uint32_t)c->tok_ment[k - 1], s->tbeg)) {
        /* "TikTok owner ByteDance", "Facebook parent Meta" */
        owned = c->tok_ment[k - 1];
        owner = om;
    } else if (k >= s->tbeg + 3 && (tk_is(d, k - 1, "the") || tk_is(d, k - 1, "a")) &&
               tk_char(d, k - 2, ',') &&
               q + 1 < s->tend && tk_is(d, q, "of")) { /* "Alphabet, the parent of Google" */
        owner = company_ending_before(c, s, k - 2);
        owned = tag_owner_after(c, g, q + 1, s->tend);
    }
    if (!org_mention(c, g, owner) || !org_mention(c, g, owned) ||
        c->ments[owner].ent == c->ments[owned].ent)
        return 0;
    return push_rel(c, rel0, c->ments[owner].ent, c->ments[owned].ent,
                    gaz_label_find(g, "ownership"), g, NULL, s, d->toks[k].start, d->toks[k].end);
}

/* An owner in apposition named by "investor", "shareholder",
 * "stakeholder", "owner" or "parent" (parent_clause_at's; the last two maybe
 * before firm_word_at's noun: "Alphabet, Google's parent company,"), or, the
 * other way round, a company's part of tag_owned_part ("Amazon Web Services,
 * Amazon's cloud unit,": Amazon owns it) at token k after the company's
 * possessive and up to three lowercase words that are no stop words, closing
 * the apposition:
 * "Microsoft, OpenAI's largest investor, holds", "Martin Sosnoff, Caesars
 * World's largest shareholder," (a company, a person or a state; not "X,
 * Facebook's first outside investor,": "first" is a stop word), or a
 * copula's subject: "X is Menatep's largest shareholder." Returns 0 or
 * ENT_ENOMEM. */
static int investor_appos_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                             uint32_t k) {
    const text_doc *d = &c->doc;
    int owner_noun = tk_is(d, k, "owner") || tk_is(d, k, "parent");
    int part = !owner_noun && tag_owned_part(d, k); /* the other way round */
    if (!(owner_noun || part || tk_is(d, k, "investor") || tk_is(d, k, "shareholder") ||
          tk_is(d, k, "stakeholder")))
        return 0;
    uint32_t e = k + 1 + (owner_noun && k + 1 < s->tend && firm_word_at(d, k + 1));
    if (e >= s->tend || !(tk_char(d, e, ',') || tk_char(d, e, '.'))) return 0;
    uint32_t p = k;
    while (p > s->tbeg && k - p < 3 && (d->toks[p - 1].flags & TOK_LOWER) &&
           !(c->cls[p - 1] & W_STOP))
        p--;
    if (p < s->tbeg + 4 || !is_apos_s(d, p - 2)) return 0;
    long owned = org_ends_before(c, g, s, p - 2);
    if (owned < 0) return 0;
    uint32_t ob = c->ments[owned].tok;
    /* (or after a copula, its subject: "Leonid Nevzlin is Menatep's largest
     * shareholder.") */
    if (ob < s->tbeg + 2 || !(tk_char(d, ob - 1, ',') || WORD_IN(d, ob - 1, copulas)))
        return 0;
    long owner = ment_ending_before(c, ob - 1, s->tbeg);
    if (owner < 0 || c->ments[owner].via == VIA_DEMONYM ||
        c->ments[owner].ent == c->ments[owned].ent ||
        tag_went_kind(g, &c->ents[c->ments[owner].ent]) == KIND_LOCATION)
        return 0;
    if (part) { /* "Amazon Web Services, Amazon's cloud unit,": owned first */
        if (!org_mention(c, g, owner)) return 0;
        long t = owner;
        owner = owned, owned = t;
    }
    return push_rel(c, rel0, c->ments[owner].ent, c->ments[owned].ent,
                    gaz_label_find(g, "ownership"), g, NULL, s, d->toks[k].start, d->toks[k].end);
}

/* A company named before a noun of tag_owned_part at token k, after its
 * owner's possessive or after "its" where the owner opens the sentence and
 * no other name comes between: "Allied-Signal Inc's Bendix unit", "Allied
 * Corp said its Bendix unit" (unit_owner finds the possessive's). Returns 0
 * or ENT_ENOMEM. */
static int possessed_unit_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                             uint32_t k) {
    const text_doc *d = &c->doc;
    if (!tag_owned_part(d, k)) return 0;
    long xm = org_ends_before(c, g, s, k);
    if (xm < 0) return 0;
    uint32_t xb = c->ments[xm].tok;
    long ym = unit_owner(c, g, s, xm);
    if (ym < 0 && xb > s->tbeg + 1 && tk_is(d, xb - 1, "its")) {
        uint32_t b = s->tbeg + tk_is(d, s->tbeg, "the");
        int32_t om = c->tok_ment[b];
        if (om >= 0 && c->ments[om].tok == b && org_mention(c, g, om) &&
            !inside_longer_name(c, (uint32_t)om, s->tbeg)) {
            ym = om;
            for (uint32_t j = b + c->ments[om].ntok; j + 1 < xb; j++)
                if (c->tok_ment[j] >= 0) ym = -1; /* another name between */
        }
    }
    if (ym < 0 || c->ments[ym].ent == c->ments[xm].ent) return 0;
    return push_rel(c, rel0, c->ments[ym].ent, c->ments[xm].ent, gaz_label_find(g, "ownership"),
                    g, NULL, s, d->toks[k].start, d->toks[k].end);
}

/* Is mention m a company's: one the gazetteer lists as a company or a news
 * organization, or one whose name ends in a legal form ("Texas Air Corp")? */
static int company_mention(const tag_ctx *c, const gaz_t *g, long m) {
    return org_mention(c, g, m) &&
           (firm_or_media(c, g, (uint32_t)m) ||
            tag_legal_form(&c->doc, c->ments[m].tok + c->ments[m].ntok - 1));
}

/* A company named right after another's possessive at token k (the "s"),
 * as the subject of its clause: "UAL Inc's United Airlines said", "Deutsche
 * Telekom's T-Mobile, which", "General Electric Co's RCA Global
 * Communications now offers" is not, or as an object before a preposition
 * or an amount ("fined Alphabet's Google on Friday"): the owner owns it. The
 * owner, found as a unit's is (unit_owner), is a company (company_mention);
 * the owned one opens its clause (subject_at) or ends its object, so that it
 * names no noun's modifier ("Microsoft's Activision deal",
 * "Renault's AMC interests").
 * Returns 0 or ENT_ENOMEM. */
static int possessed_firm_at(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0,
                             uint32_t k) {
    const text_doc *d = &c->doc;
    int32_t ym = c->tok_ment[k + 1];
    if (ym < 0 || c->ments[ym].tok != k + 1 || c->ments[ym].via == VIA_DEMONYM) return 0;
    /* (or a verb's object, before a preposition or an amount: "fined
     * Alphabet's Google on Friday", "fined Alphabet's Google 2.95 billion
     * euros") */
    uint32_t e = k + 1 + c->ments[ym].ntok;
    int object = e < s->tend &&
                 ((d->toks[e].flags & TOK_DIGIT) ||
                  ((d->toks[e].flags & TOK_LOWER) && WORD_IN(d, e, pp_words) &&
                   !tk_is(d, e, "of") && !tk_is(d, e, "than") && !tk_is(d, e, "like") &&
                   !tk_is(d, e, "per")));
    if (!object && !subject_at(d, s, e)) return 0;
    /* (the owner before the possessive, as of a unit: unit_owner) */
    long xm = unit_owner(c, g, s, ym);
    if (xm < 0 || !company_mention(c, g, xm)) return 0;
    return push_rel(c, rel0, c->ments[xm].ent, c->ments[ym].ent, gaz_label_find(g, "ownership"),
                    g, NULL, s, d->toks[k - 1].start, d->toks[k].end);
}

/* The relations a clause's words give without a trigger of the lexicon:
 * retaliation_at, deal_clause_at, contract_award_at, unit_of_clause_at,
 * possessed_unit_at and parent_clause_at, in one walk over sentence s's
 * lowercase words (a long word may open "retaliat...", one before a name a
 * deal's noun or "awarded", one before "of" or after a name a company's part,
 * "parent" or "owner" its owner, "investor" or "shareholder" in apposition its
 * owner: investor_appos_at). Returns 0 or ENT_ENOMEM. */
static int find_clause_relations(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t m0,
                                 size_t m1, size_t rel0) {
    const text_doc *d = &c->doc;
    /* (to the sentence's last word but one: each rule tests its own room,
     * and "X is Menatep's largest shareholder." ends it) */
    for (uint32_t k = s->tbeg; k + 1 < s->tend; k++) {
        const text_tok *t = &d->toks[k];
        if (!(t->flags & TOK_LOWER)) continue;
        int rc = t->len >= 9 ? retaliation_at(c, g, s, m0, m1, rel0, k) : 0;
        if (!rc && c->tok_ment[k + 1] >= 0) rc = deal_clause_at(c, g, s, rel0, k);
        if (!rc && c->tok_ment[k + 1] >= 0 && t->len >= 6 && t->len <= 7)
            rc = contract_award_at(c, g, s, rel0, k);
        if (!rc && tk_is(d, k + 1, "of")) rc = unit_of_clause_at(c, g, s, rel0, k);
        else if (!rc && k > s->tbeg && c->tok_ment[k - 1] >= 0)
            rc = possessed_unit_at(c, g, s, rel0, k);
        if (!rc && t->len == 1 && c->tok_ment[k + 1] >= 0)
            rc = possessed_firm_at(c, g, s, rel0, k);
        if (!rc && t->len == 6) rc = agreed_at(c, g, s, rel0, k);
        if (!rc && t->len >= 5 && t->len <= 9 && k + 2 < s->tend)
            rc = rejected_demand_at(c, g, s, rel0, k);
        if (!rc && t->len == 8 && (d->toks[k + 1].flags & TOK_UPPER))
            rc = received_at(c, g, s, rel0, k);
        if (!rc && t->len == 2 && k > s->tbeg + 2 && tk_is(d, k, "to"))
            rc = halt_sent_at(c, g, s, rel0, k);
        if (!rc && t->len >= 5 && t->len <= 6) rc = parent_clause_at(c, g, s, rel0, k);
        else if (!rc && (tk_char(d, k + 1, ',') || tk_char(d, k + 1, '.')))
            rc = investor_appos_at(c, g, s, rel0, k);
        if (rc) return rc;
    }
    return 0;
}

/* A headline in Title Case read as a sentence: its capitalized words after
 * the first that no mention or title covers get the flags of lowercase words
 * ("Russia Launches Drone Attack On Kyiv" reads "Russia launches drone attack
 * on Kyiv"), their flags first saved in c's arena (title_case_restore puts
 * them back). Returns the saved flags, or NULL out of memory (the headline
 * is then read as it is). */
static uint16_t *title_case_lower(tag_ctx *c, const text_sent *s) {
    text_tok *t = c->doc.toks;
    uint16_t *saved = arena_alloc(c->arena, (s->tend - s->tbeg) * sizeof(uint16_t));
    for (uint32_t i = s->tbeg; saved && i < s->tend; i++) {
        saved[i - s->tbeg] = t[i].flags;
        if (i > s->tbeg && (t[i].flags & (TOK_WORD | TOK_UPPER | TOK_ALLCAPS)) ==
                               (TOK_WORD | TOK_UPPER) &&
            c->tok_ment[i] < 0 && !in_title(c, i))
            t[i].flags = (uint16_t)((t[i].flags & ~TOK_UPPER) | TOK_LOWER);
    }
    return saved;
}

/* Put back the flags of sentence s that title_case_lower saved. */
static void title_case_restore(tag_ctx *c, const text_sent *s, const uint16_t *saved) {
    for (uint32_t i = s->tbeg; i < s->tend; i++) c->doc.toks[i].flags = saved[i - s->tbeg];
}

int rel_derive(tag_ctx *c, const gaz_t *g, unsigned flags) {
    const text_doc *d = &c->doc;
    size_t m0 = 0;
    c->nrels = c->naffs = 0;
    c->nunplaced = 0;
    for (size_t si = 0; si < d->nsents; si++) {
        const text_sent *s = &d->sents[si];
        while (m0 < c->nments && c->ments[m0].tok < s->tbeg) m0++;
        size_t m1 = m0;
        while (m1 < c->nments && c->ments[m1].tok < s->tend) m1++;
        /* (none needed after "The two countries", who are named before) */
        int two = si > 0 && s->tbeg + 2 < s->tend &&
                  ((tk_is(d, s->tbeg, "The") && tk_is(d, s->tbeg + 1, "two")) ||
                   tk_is(d, s->tbeg, "Both"));
        if (m1 - m0 == 0 && !(two && (flags & TAG_RELATIONS))) continue;
        size_t rel0 = c->nrels;
        int rc = 0;
        uint16_t *saved = (flags & TAG_RELATIONS) && m1 - m0 >= 2 && tag_title_case(c, (uint32_t)si)
                              ? title_case_lower(c, s)
                              : NULL;
        if (flags & TAG_RELATIONS) {
            rc = find_affiliations(c, g, s, m0, m1, rel0);
            if (!rc && (m1 - m0 >= 2 || (m1 > m0 && si > 0 && (tk_is(d, s->tbeg, "He") ||
                                                                tk_is(d, s->tbeg, "She")))))
                rc = find_residences(c, g, s, m0, m1, rel0);
            /* (one name is enough after "He", "She", "It" or "The company",
             * who is the other) */
            int pronoun = two || (si > 0 && (tk_is(d, s->tbeg, "He") || tk_is(d, s->tbeg, "She") ||
                                             tk_is(d, s->tbeg, "It") ||
                                             noun_for_name(d, s, s->tbeg)));
            /* (or after a deed done just before, which a verb of stance may
             * take: "Saudi Arabia condemned the strike": deed_doer_before) */
            if (!rc && (m1 - m0 >= 2 || pronoun || recent_deed(c, s)))
                rc = find_triggered(c, g, s, rel0);
            if (!rc && m1 - m0 >= 2) rc = find_clause_relations(c, g, s, m0, m1, rel0);
        }
        if (saved) title_case_restore(c, s, saved);
        if (!rc && (flags & TAG_COMENTION) && m1 - m0 >= 2)
            rc = find_comentions(c, g, s, m0, m1, rel0);
        if (rc) return rc;
        m0 = m1;
    }
    if (!(flags & TAG_RELATIONS)) return 0;
    int rc = dateline_affiliations(c, g);
    if (!rc) rc = credit_affiliations(c, g);
    return rc ? rc : plural_role_affiliations(c, g);
}

/* Does every word of every list of this file, tokenized, find itself in its
 * keyed set? (for the unit tests: a set built wrong silently misses words) */
int rel_lists_check(void) {
    return text_words_check(rel_sets, ENT_ARRAY_LEN(rel_sets));
}
