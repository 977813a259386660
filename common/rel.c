/* rel.c - relations between the entities of one text, sentence by sentence.
 *
 * DESIGN
 * Rules over tokens and mentions, no parser. Within a sentence:
 *   affiliation  a person preceded by a title and a country or organization
 *                ("Iranian Foreign Minister Abbas Araghchi", "Iran's Supreme
 *                Leader Ayatollah Ali Khamenei") or followed by one in apposition
 *                ("Abbas Araghchi, Iran's foreign minister"); the role is the title.
 *   triggers     a lexicon phrase links the entity before it (the actor, with the
 *                entities coordinated with it) to the entity its preposition or
 *                direct object introduces (the target; "against Iran", "supporting
 *                Israel"), or the two sides of "between X and Y", or the two parts
 *                of "Israel-Iran war". Passive verbs ("was attacked by") swap the
 *                roles; "X is reeling from / under / hit by <trigger>" makes X the
 *                target. Within one sentence, a trigger that found only a target
 *                and one of the same label that found only an actor are joined, and
 *                a trigger right after a causal word ("sparking a war") takes the
 *                parties of the relation before it.
 *   co-mention   every pair of distinct entities in the sentence.
 * Members of one list ("Britain, France and Germany") are never linked to each
 * other by a trigger, and a person is never linked by a trigger to an entity he
 * is affiliated with. */
#include "tag_int.h"
#include "ent.h"
#include "mem.h"

#include <string.h>

/* Bounds that keep one sentence's work small and relations local. */
#define ACTOR_WINDOW 30  /* tokens between an actor and its trigger */
#define TARGET_WINDOW 8  /* tokens between a trigger and its preposition */
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

static int is_apos_s(const text_doc *d, size_t i) {
    if (i + 1 >= d->ntoks) return 0;
    const text_tok *t = &d->toks[i];
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    int apos = (t->len == 1 && *p == '\'') ||
               (t->len == 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99);
    return apos && text_tok_ieq(d, &d->toks[i + 1], "s");
}

static const char *ent_type(const tag_ctx *c, const gaz_t *g, uint32_t m) {
    return tag_went_type(g, &c->ents[c->ments[m].ent]);
}

static int is_person(const tag_ctx *c, const gaz_t *g, uint32_t m) {
    return strcmp(ent_type(c, g, m), "PERSON") == 0;
}

/* A relation is only pushed once per (a, b, label) and sentence. */
static int push_rel(tag_ctx *c, size_t sent_first_rel, uint32_t a, uint32_t b, int label,
                    const gaz_t *g, const char *role, const text_sent *s, uint32_t ts,
                    uint32_t te) {
    const gaz_label *L = &g->labels[label];
    if (a == b) return 0;
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
    c->rels[c->nrels++] = (tag_relation){a, b, L->name, L->directed, role, s->start, s->end, ts, te};
    return 0;
}

/* Is working entity p (a person) affiliated with entity o in this text? */
static int affiliated(const tag_ctx *c, const gaz_t *g, uint32_t p, uint32_t o) {
    for (size_t k = 0; k < c->nrels; k++) {
        const tag_relation *r = &c->rels[k];
        if (strcmp(r->label, "affiliation") == 0 &&
            ((r->a == p && r->b == o) || (r->a == o && r->b == p)))
            return 1;
    }
    const tag_went *pe = &c->ents[p], *oe = &c->ents[o];
    for (int pass = 0; pass < 2; pass++) {
        const tag_went *x = pass ? oe : pe, *y = pass ? pe : oe;
        if (x->gidx < 0) continue;
        const char *ctry = gaz_attr_get(&g->ents[x->gidx], "country");
        if (ctry && strcmp(ctry, tag_went_id(g, y)) == 0) return 1;
    }
    return 0;
}

/* Index of the title that ends exactly at token k, or -1. */
static long title_ending_at(const tag_ctx *c, uint32_t k) {
    size_t lo = 0, hi = c->ntitles;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->titles[mid].tend < k) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->ntitles && c->titles[lo].tend == k ? (long)lo : -1;
}

static long title_starting_at(const tag_ctx *c, uint32_t k) {
    for (size_t i = 0; i < c->ntitles; i++) {
        if (c->titles[i].tbeg == k) return (long)i;
        if (c->titles[i].tbeg > k) break;
    }
    return -1;
}

/* Mention ending at token k-1 (the token before k), or -1. */
static long ment_ending_before(const tag_ctx *c, uint32_t k, uint32_t sbeg) {
    if (k <= sbeg) return -1;
    int32_t m = c->tok_ment[k - 1];
    if (m < 0 || c->ments[m].tok + c->ments[m].ntok != k) return -1;
    return m;
}

/* Country or organization mention right before token k: "Iranian", "Iran's",
 * "the United Nations'", or "of (the) Iran" when of_ok. */
static long org_before(const tag_ctx *c, const gaz_t *g, uint32_t k, uint32_t sbeg) {
    const text_doc *d = &c->doc;
    long m = ment_ending_before(c, k, sbeg);
    if (m < 0 && k >= sbeg + 2 && is_apos_s(d, k - 2)) m = ment_ending_before(c, k - 2, sbeg);
    if (m < 0 && k >= sbeg + 1 && (tk_char(d, k - 1, '\'') || d->toks[k - 1].len == 3) &&
        !(d->toks[k - 1].flags & TOK_WORD))
        m = ment_ending_before(c, k - 1, sbeg); /* plural possessive */
    if (m < 0 || is_person(c, g, (uint32_t)m)) return -1;
    return m;
}

/* Titles ending at k, walking backwards: returns the role (or NULL) and moves
 * *k to the start of the title chain. */
static const char *title_chain_back(const tag_ctx *c, const gaz_t *g, uint32_t *k) {
    const char *role = NULL;
    long t;
    while ((t = title_ending_at(c, *k)) >= 0) {
        const char *r = g->titles[c->titles[t].title].role;
        if (r && !role) role = r;
        *k = c->titles[t].tbeg;
    }
    return role;
}

static int find_affiliations(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t m0,
                             size_t m1, size_t rel0) {
    const text_doc *d = &c->doc;
    for (size_t m = m0; m < m1; m++) {
        if (!is_person(c, g, (uint32_t)m)) continue;
        const tag_mention *pm = &c->ments[m];
        uint32_t k = pm->tok;
        const char *role = title_chain_back(c, g, &k);
        long org = -1;
        if (role) {
            org = org_before(c, g, k, s->tbeg);
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
        }
        if (org < 0) {
            /* apposition: "Abbas Araghchi, Iran's foreign minister" or
             * "Abbas Araghchi, the Iranian foreign minister" */
            uint32_t q = pm->tok + pm->ntok;
            if (q < s->tend && tk_char(d, q, ',')) {
                q++;
                if (q < s->tend && tk_is(d, q, "the")) q++;
                int32_t om = q < s->tend ? c->tok_ment[q] : -1;
                if (om >= 0 && (uint32_t)om != m && c->ments[om].tok == q &&
                    !is_person(c, g, (uint32_t)om)) {
                    q += c->ments[om].ntok;
                    if (q + 1 < s->tend && is_apos_s(d, q)) q += 2;
                    long t = title_starting_at(c, q);
                    const char *r = NULL;
                    while (t >= 0) {
                        if (!r) r = g->titles[c->titles[t].title].role;
                        q = c->titles[t].tend;
                        t = title_starting_at(c, q);
                    }
                    /* the role must be the last word of the apposition */
                    if (r && (q >= s->tend || tk_char(d, q, ',') || tk_char(d, q, '.') ||
                              is_quote(d, q) || tk_char(d, q, ';'))) {
                        role = r;
                        org = om;
                    }
                } else {
                    long t = title_starting_at(c, q);
                    const char *r = NULL;
                    while (t >= 0) {
                        if (!r) r = g->titles[c->titles[t].title].role;
                        q = c->titles[t].tend;
                        t = title_starting_at(c, q);
                    }
                    /* "Rafael Grossi, director general of the IAEA" */
                    if (r && q + 1 < s->tend && tk_is(d, q, "of")) {
                        q++;
                        if (q < s->tend && tk_is(d, q, "the")) q++;
                        int32_t om2 = q < s->tend ? c->tok_ment[q] : -1;
                        if (om2 >= 0 && c->ments[om2].tok == q && !is_person(c, g, (uint32_t)om2)) {
                            role = r;
                            org = om2;
                        }
                    }
                }
            }
        }
        if (org < 0 || !role) continue;
        int lab = gaz_label_find(g, "affiliation");
        if (push_rel(c, rel0, pm->ent, c->ments[org].ent, lab, g, role, s, 0, 0))
            return ENT_ENOMEM;
    }
    return 0;
}

/* Add mention m and the mentions coordinated with it in direction dir
 * (-1 backwards, +1 forwards) to gr: "Britain, France and Germany", "US-Israeli". */
static void coordinate(const tag_ctx *c, const text_sent *s, uint32_t m, int dir, group *gr) {
    const text_doc *d = &c->doc;
    gr->n = 0;
    gr->m[gr->n++] = m;
    uint32_t cur = m;
    while (gr->n < MAX_GROUP) {
        const tag_mention *cm = &c->ments[cur];
        long k = dir < 0 ? (long)cm->tok - 1 : (long)(cm->tok + cm->ntok);
        int seps = 0;
        /* separators: ",", "and", "or", ", and", "-", "/" */
        while (k >= (long)s->tbeg && k < (long)s->tend && seps < 2 &&
               (tk_char(d, (size_t)k, ',') || tk_is(d, (size_t)k, "and") ||
                tk_is(d, (size_t)k, "or") || tk_char(d, (size_t)k, '/') ||
                (tk_char(d, (size_t)k, '-') && !(d->toks[k].flags & TOK_SPACE)) ||
                (d->toks[k].len == 3 && !(d->toks[k].flags & TOK_WORD) &&
                 (unsigned char)d->text[d->toks[k].start] == 0xe2 &&
                 (unsigned char)d->text[d->toks[k].start + 2] == 0x93))) { /* en dash */
            k += dir;
            seps++;
        }
        if (!seps || k < (long)s->tbeg || k >= (long)s->tend) break;
        int32_t nm = c->tok_ment[k];
        if (nm < 0) break;
        const tag_mention *x = &c->ments[nm];
        if (dir < 0 ? (long)(x->tok + x->ntok) - 1 != k : (long)x->tok != k) break;
        /* a list needs a comma or a conjunction right next to the mention */
        gr->m[gr->n++] = (uint32_t)nm;
        cur = (uint32_t)nm;
    }
}

/* Patient markers between an entity and a later trigger: the entity suffers it. */
static const char *const patient_markers[][3] = {
    {"reeling", "from", NULL}, {"hit", "by", NULL},      {"hit", "with", NULL},
    {"under", NULL, NULL},     {"facing", NULL, NULL},   {"faces", NULL, NULL},
    {"faced", NULL, NULL},     {"suffering", "from", NULL}, {"subject", "to", NULL},
    {"targeted", "by", NULL},  {"target", "of", NULL},   {"victim", "of", NULL},
    {"crippled", "by", NULL},  {"struck", "by", NULL},   {"sanctioned", "by", NULL},
};

static int patient_between(const text_doc *d, uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to; i++)
        for (size_t p = 0; p < ENT_ARRAY_LEN(patient_markers); p++) {
            size_t n = 0;
            while (n < 3 && patient_markers[p][n]) n++;
            if (i + n > to) continue;
            size_t k = 0;
            while (k < n && tk_is(d, i + k, patient_markers[p][k])) k++;
            if (k == n) return 1;
        }
    return 0;
}

static const char *const be_aux[] = {"is", "was", "were", "are", "been", "being", "be", "got"};
static const char *const causal[] = {"sparking", "triggering", "prompting", "provoking",
                                     "igniting", "causing", "starting", "sparked",
                                     "triggered", "unleashing", "fueling", "fuelling"};

static int in_words(const text_doc *d, size_t i, const char *const *w, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (tk_is(d, i, w[k])) return 1;
    return 0;
}

/* Mention starting within NP_WINDOW tokens from k, skipping determiners,
 * adjectives and quotes but not punctuation, prepositions or other triggers. */
static long np_after(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t k) {
    const text_doc *d = &c->doc;
    for (uint32_t i = k; i < s->tend && i < k + NP_WINDOW; i++) {
        int32_t m = c->tok_ment[i];
        if (m >= 0) return c->ments[m].tok == i ? m : -1;
        if (is_quote(d, i)) continue;
        const text_tok *t = &d->toks[i];
        if (!(t->flags & TOK_WORD)) return -1;
        if (c->cls[i] & W_TRIGSTART) return -1;
        for (int p = 1; p < PREP__COUNT; p++)
            if (t->vid >= 0 && t->vid == g->prep_vid[p]) return -1;
        if (t->vid >= 0 && t->vid == g->and_vid) return -1;
    }
    return -1;
}

/* Targets of a trigger ending at te: "between X and Y" fills both and returns 2;
 * a preposition of the mask or a direct object returns 1; none returns 0. */
static int find_targets(const tag_ctx *c, const gaz_t *g, const text_sent *s, uint32_t te,
                        uint32_t preps, group *tg, group *between) {
    const text_doc *d = &c->doc;
    tg->n = between->n = 0;
    if (preps & (1u << PREP_OBJ)) {
        long m = np_after(c, g, s, te);
        if (m >= 0) {
            coordinate(c, s, (uint32_t)m, +1, tg);
            return 1;
        }
    }
    for (uint32_t i = te; i < s->tend && i < te + TARGET_WINDOW; i++) {
        const text_tok *t = &d->toks[i];
        if (c->tok_ment[i] >= 0) return 0; /* an entity before any preposition */
        if (tk_char(d, i, ',') || tk_char(d, i, ';') || tk_char(d, i, ':') || tk_char(d, i, '('))
            return 0;
        if (i > te && (c->cls[i] & W_TRIGSTART)) return 0;
        if (t->vid < 0) continue;
        for (int p = 1; p < PREP__COUNT; p++) {
            if (t->vid != g->prep_vid[p]) continue;
            if (!(preps & (1u << p))) return 0; /* another preposition: not ours */
            long m = np_after(c, g, s, i + 1);
            if (m < 0) return 0;
            if (p == PREP_BETWEEN) {
                coordinate(c, s, (uint32_t)m, +1, between);
                return between->n >= 2 ? 2 : 0;
            }
            coordinate(c, s, (uint32_t)m, +1, tg);
            return 1;
        }
    }
    return 0;
}

/* The actor of a trigger starting at tb: nearest mention before it. */
static long find_actor(const tag_ctx *c, const text_sent *s, uint32_t tb) {
    for (long i = (long)tb - 1; i >= (long)s->tbeg && i >= (long)tb - ACTOR_WINDOW; i--) {
        int32_t m = c->tok_ment[i];
        if (m >= 0) return m;
    }
    return -1;
}

/* "Israel-Iran war", "US-Iran talks": two mentions joined by a dash right before
 * a noun trigger (adjectives allowed in between). */
static int compound_before(const tag_ctx *c, const text_sent *s, uint32_t tb, group *pair) {
    const text_doc *d = &c->doc;
    pair->n = 0;
    for (long i = (long)tb - 1; i >= (long)s->tbeg && i >= (long)tb - 3; i--) {
        int32_t m = c->tok_ment[i];
        if (m < 0) {
            if (!(d->toks[i].flags & TOK_LOWER)) return 0;
            continue;
        }
        group gr;
        coordinate(c, s, (uint32_t)m, -1, &gr);
        if (gr.n != 2) return 0;
        /* the separator must be a dash or slash, not a list */
        uint32_t sep = c->ments[gr.m[1]].tok + c->ments[gr.m[1]].ntok;
        if (tk_char(d, sep, ',') || tk_is(d, sep, "and") || tk_is(d, sep, "or")) return 0;
        *pair = gr;
        return 1;
    }
    return 0;
}

static int link_groups(tag_ctx *c, const gaz_t *g, size_t rel0, const text_sent *s, int label,
                       const group *a, const group *b, uint32_t ts, uint32_t te) {
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++) {
            uint32_t ea = c->ments[a->m[i]].ent, eb = c->ments[b->m[j]].ent;
            if (ea == eb || affiliated(c, g, ea, eb)) continue;
            if (push_rel(c, rel0, ea, eb, label, g, NULL, s, ts, te)) return ENT_ENOMEM;
        }
    return 0;
}

static int find_triggered(tag_ctx *c, const gaz_t *g, const text_sent *s, size_t rel0) {
    const text_doc *d = &c->doc;
    partial parts[16];
    int nparts = 0;
    for (uint32_t i = s->tbeg; i < s->tend; i++) {
        if (!(c->cls[i] & W_TRIGSTART) || c->tok_ment[i] >= 0) continue;
        /* longest trigger at i */
        uint32_t node = gaz_trie_step(&g->rtrie, 0, d->toks[i].vid), bestn = 0, j = i, te = 0;
        while (node) {
            j++;
            if (g->rtrie.pay_off[node + 1] > g->rtrie.pay_off[node]) {
                te = j;
                bestn = node;
            }
            if (j >= s->tend || c->tok_ment[j] >= 0) break;
            node = gaz_trie_step(&g->rtrie, node, d->toks[j].vid);
        }
        if (!te) continue;
        const gaz_trigger *tr = &g->trigs[g->rtrie.pay[g->rtrie.pay_off[bestn]]];
        const gaz_label *L = &g->labels[tr->label];
        uint32_t ts = d->toks[i].start, tend_b = d->toks[te - 1].end;
        group actors = {.n = 0}, targets, between, pair;
        int passive = !tr->noun && i > s->tbeg &&
                      (in_words(d, i - 1, be_aux, ENT_ARRAY_LEN(be_aux)) ||
                       (i > s->tbeg + 1 && in_words(d, i - 2, be_aux, ENT_ARRAY_LEN(be_aux)) &&
                        (d->toks[i - 1].flags & TOK_LOWER)));
        int nt = find_targets(c, g, s, te, tr->preps, &targets, &between);
        int done = 0;
        if (nt == 2) { /* between X and Y */
            if (L->directed) {
                group a1 = {.m = {between.m[0]}, .n = 1}, b1 = {.m = {between.m[1]}, .n = 1};
                if (link_groups(c, g, rel0, s, tr->label, &a1, &b1, ts, tend_b)) return ENT_ENOMEM;
            } else {
                for (int x = 0; x < between.n; x++)
                    for (int y = x + 1; y < between.n; y++) {
                        group a1 = {.m = {between.m[x]}, .n = 1}, b1 = {.m = {between.m[y]}, .n = 1};
                        if (link_groups(c, g, rel0, s, tr->label, &a1, &b1, ts, tend_b))
                            return ENT_ENOMEM;
                    }
            }
            i = te - 1;
            continue;
        }
        if (tr->noun && compound_before(c, s, i, &pair)) {
            group a1 = {.m = {pair.m[1]}, .n = 1}, b1 = {.m = {pair.m[0]}, .n = 1};
            if (!L->directed || nt == 0) {
                if (link_groups(c, g, rel0, s, tr->label, &a1, &b1, ts, tend_b)) return ENT_ENOMEM;
                i = te - 1;
                continue;
            }
            /* "US-Israeli strikes on Iran": the pair is the actor list */
            actors.n = 2;
            actors.m[0] = pair.m[1];
            actors.m[1] = pair.m[0];
        }
        long am = actors.n ? -1 : find_actor(c, s, i);
        int actor_is_patient = 0;
        if (am >= 0) {
            coordinate(c, s, (uint32_t)am, -1, &actors);
            uint32_t after = c->ments[am].tok + c->ments[am].ntok;
            actor_is_patient = patient_between(d, after, i);
        }
        if (passive && actors.n) actor_is_patient = 1;
        if (actor_is_patient) {
            /* the entity before suffers the action; the actor follows "by" */
            group patients = actors;
            actors.n = 0;
            for (uint32_t k = te; k < s->tend && k < te + TARGET_WINDOW; k++)
                if (tk_is(d, k, "by")) {
                    long bm = np_after(c, g, s, k + 1);
                    if (bm >= 0) coordinate(c, s, (uint32_t)bm, +1, &actors);
                    break;
                }
            targets = patients;
            nt = 1;
        }
        if (actors.n && nt == 1) {
            if (link_groups(c, g, rel0, s, tr->label, &actors, &targets, ts, tend_b))
                return ENT_ENOMEM;
            done = 1;
        }
        if (!done && (actors.n || nt == 1) && nparts < 16) {
            /* remember one side; a causal word takes the relation before it */
            int causal_before = 0;
            for (uint32_t k = i; k > s->tbeg && k + 4 > i; k--)
                if (in_words(d, k - 1, causal, ENT_ARRAY_LEN(causal))) causal_before = 1;
            if (causal_before && c->nrels > rel0) {
                const tag_relation *pr = NULL;
                for (size_t q = c->nrels; q > rel0; q--)
                    if (strcmp(c->rels[q - 1].label, "affiliation") != 0 &&
                        c->rels[q - 1].trig_end <= ts) {
                        pr = &c->rels[q - 1];
                        break;
                    }
                if (pr) {
                    uint32_t pa = pr->a, pb = pr->b;
                    int involved = 0;
                    const group *side = actors.n ? &actors : &targets;
                    for (int x = 0; x < side->n; x++)
                        involved |= c->ments[side->m[x]].ent == pa || c->ments[side->m[x]].ent == pb;
                    if (involved) {
                        if (push_rel(c, rel0, pa, pb, tr->label, g, NULL, s, ts, tend_b))
                            return ENT_ENOMEM;
                        i = te - 1;
                        continue;
                    }
                }
            }
            partial *p = &parts[nparts++];
            p->label = tr->label;
            p->has_actor = actors.n > 0;
            p->g = actors.n ? actors : targets;
            p->trig_start = ts;
            p->trig_end = tend_b;
        }
        i = te - 1;
    }
    /* join a target-only and an actor-only trigger of the same label */
    for (int x = 0; x < nparts; x++)
        for (int y = 0; y < nparts; y++) {
            if (x == y || parts[x].label != parts[y].label) continue;
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

int rel_derive(tag_ctx *c, const gaz_t *g, unsigned flags) {
    const text_doc *d = &c->doc;
    size_t m0 = 0;
    c->nrels = 0;
    for (size_t si = 0; si < d->nsents; si++) {
        const text_sent *s = &d->sents[si];
        while (m0 < c->nments && c->ments[m0].tok < s->tbeg) m0++;
        size_t m1 = m0;
        while (m1 < c->nments && c->ments[m1].tok < s->tend) m1++;
        if (m1 - m0 == 0) continue;
        size_t rel0 = c->nrels;
        int rc = 0;
        if (flags & TAG_RELATIONS) {
            rc = find_affiliations(c, g, s, m0, m1, rel0);
            if (!rc && m1 - m0 >= 2) rc = find_triggered(c, g, s, rel0);
        }
        if (!rc && (flags & TAG_COMENTION) && m1 - m0 >= 2)
            rc = find_comentions(c, g, s, m0, m1, rel0);
        if (rc) return rc;
        m0 = m1;
    }
    return 0;
}
