/* test_store.c - the LMDB store: puts, withdrawals, windows, lists, reopen,
 * nested txns, a full map, allocation failures, and a randomized comparison
 * against a brute-force model. */
#include "arena.h"
#include "ent.h"
#include "err.h"
#include "gaz.h"
#include "mem.h"
#include "store.h"
#include "tag.h"
#include "text.h"
#include "when.h"
#include "wire.h"

#include <ctype.h>
#include <errno.h>
#include <lmdb.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../test.h"

#define DAY 86400
#define T0 1750723200 /* 2025-06-24T00:00:00Z */
#define MAP (64u << 20)

/* ---- a tiny tagger for hand-written texts ---------------------------------- */

typedef struct espec {
    const char *id, *name, *type;
    int origin;
} espec;

typedef struct rspec {
    const char *label;
    int directed;
    const char *trigger; /* the relation holds in every sentence with this word */
    const char *a, *b;   /* entity ids, a -> b */
    const char *role;
} rspec;

static int is_word(char c) {
    return isalnum((unsigned char)c) || (unsigned char)c >= 0x80;
}

/* Every whole-word occurrence of w in text[lo, hi); returns the first >= from or -1. */
static long find_word(const char *text, size_t lo, size_t hi, const char *w) {
    size_t n = strlen(w);
    for (size_t i = lo; i + n <= hi; i++)
        if (memcmp(text + i, w, n) == 0 && (i == 0 || !is_word(text[i - 1])) &&
            (i + n == hi || !is_word(text[i + n])))
            return (long)i;
    return -1;
}

typedef struct span {
    uint32_t start, end, spec;
} span;

static int cmp_span(const void *x, const void *y) {
    const span *a = x, *b = y;
    return (a->start > b->start) - (a->start < b->start);
}

/* Mentions are whole-word occurrences of the names; sentences end at ". ";
 * co-mentions link every pair of entities of a sentence (first-mention order);
 * rs adds labelled relations in the sentences holding their trigger word. */
static tag_result *mini_tag(const char *text, const espec *es, size_t ne, const rspec *rs,
                            size_t nr) {
    size_t len = strlen(text);
    tag_result *r = ent_calloc(1, sizeof(*r));
    r->arena = arena_create(0);
    span sp[4096];
    size_t ns = 0;
    for (size_t i = 0; i < ne; i++) {
        long at = 0;
        while ((at = find_word(text, (size_t)at, len, es[i].name)) >= 0) {
            sp[ns++] = (span){(uint32_t)at, (uint32_t)(at + (long)strlen(es[i].name)),
                              (uint32_t)i};
            at += (long)strlen(es[i].name);
        }
    }
    qsort(sp, ns, sizeof(span), cmp_span);
    int32_t idx[64];
    for (size_t i = 0; i < ne; i++)
        idx[i] = -1;
    r->ents = arena_alloc(r->arena, (ne + 1) * sizeof(tag_entity));
    r->ments = arena_alloc(r->arena, (ns + 1) * sizeof(tag_mention));
    r->rels = arena_alloc(r->arena, 2048 * sizeof(tag_relation));
    for (size_t k = 0; k < ns; k++) {
        uint32_t s = sp[k].spec;
        if (idx[s] < 0) {
            tag_entity *e = &r->ents[r->nents];
            memset(e, 0, sizeof(*e));
            e->id = arena_strdup(r->arena, es[s].id);
            e->name = arena_strdup(r->arena, es[s].name);
            e->type = arena_strdup(r->arena, es[s].type);
            e->gidx = es[s].origin == ORIGIN_DISCOVERED ? -1 : (int32_t)s;
            e->origin = (uint8_t)es[s].origin;
            idx[s] = (int32_t)r->nents++;
        }
        tag_mention *m = &r->ments[r->nments++];
        memset(m, 0, sizeof(*m));
        m->start = sp[k].start;
        m->end = sp[k].end;
        m->ent = (uint32_t)idx[s];
        m->via = (uint8_t)(k % 3 == 2 ? VIA_ALIAS : VIA_NAME);
        r->ents[idx[s]].count++;
    }
    /* sentences */
    size_t st = 0;
    while (st < len) {
        while (st < len && text[st] == ' ')
            st++;
        if (st >= len) break;
        size_t en = st;
        while (en < len && !(text[en] == '.' && (en + 1 == len || text[en + 1] == ' ')))
            en++;
        if (en < len) en++; /* keep the period */
        uint32_t in[64];
        int nin = 0;
        for (size_t k = 0; k < r->nments; k++) {
            const tag_mention *m = &r->ments[k];
            if (m->start < st || m->end > en) continue;
            int dup = 0;
            for (int q = 0; q < nin; q++)
                dup |= in[q] == m->ent;
            if (!dup) in[nin++] = m->ent;
        }
        for (size_t q = 0; q < nr; q++) {
            long t = find_word(text, st, en, rs[q].trigger);
            if (t < 0) continue;
            int32_t a = -1, b = -1;
            for (size_t i = 0; i < ne; i++) {
                if (!strcmp(es[i].id, rs[q].a)) a = idx[i];
                if (!strcmp(es[i].id, rs[q].b)) b = idx[i];
            }
            int ina = 0, inb = 0;
            for (int k = 0; k < nin; k++)
                ina |= a >= 0 && in[k] == (uint32_t)a,
                    inb |= b >= 0 && in[k] == (uint32_t)b;
            if (!ina || !inb) continue;
            tag_relation *x = &r->rels[r->nrels++];
            memset(x, 0, sizeof(*x));
            x->a = (uint32_t)a;
            x->b = (uint32_t)b;
            x->label = arena_strdup(r->arena, rs[q].label);
            x->directed = (uint8_t)rs[q].directed;
            x->role = rs[q].role ? arena_strdup(r->arena, rs[q].role) : NULL;
            x->sent_start = (uint32_t)st;
            x->sent_end = (uint32_t)en;
            x->trig_start = (uint32_t)t;
            x->trig_end = (uint32_t)(t + (long)strlen(rs[q].trigger));
        }
        for (int x = 0; x < nin; x++)
            for (int y = x + 1; y < nin; y++) {
                tag_relation *rl = &r->rels[r->nrels++];
                memset(rl, 0, sizeof(*rl));
                rl->a = in[x];
                rl->b = in[y];
                rl->label = arena_strdup(r->arena, "co-mention");
                rl->sent_start = (uint32_t)st;
                rl->sent_end = (uint32_t)en;
            }
        st = en;
    }
    return r;
}

/* ---- fixture ----------------------------------------------------------------- */

static const espec ES[] = {
    {"country:IL", "Israel", "COUNTRY", ORIGIN_GAZETTEER},
    {"country:IR", "Iran", "COUNTRY", ORIGIN_GAZETTEER},
    {"country:US", "America", "COUNTRY", ORIGIN_GAZETTEER},
    {"org:united-nations", "United Nations", "ORG", ORIGIN_GAZETTEER},
    {"person:ali-khamenei", "Ali Khamenei", "PERSON", ORIGIN_GAZETTEER},
    {"person:abbas-araghchi", "Abbas Araghchi", "PERSON", ORIGIN_DISCOVERED},
    {"country:TR", "Türkiye", "COUNTRY", ORIGIN_GAZETTEER},
};
#define NES (sizeof(ES) / sizeof(ES[0]))

static const rspec RS[] = {
    {"attack", 1, "attacked", "country:IL", "country:IR", NULL},
    {"attack", 1, "struck", "country:IR", "country:IL", NULL},
    {"ceasefire", 0, "ceasefire", "country:IR", "country:IL", NULL},
    {"affiliation", 1, "minister", "person:abbas-araghchi", "country:IR",
     "Foreign Minister"},
    {"support", 1, "backed", "country:US", "country:IL", NULL},
};
#define NRS (sizeof(RS) / sizeof(RS[0]))

static char tmpdir[256];

static void rmtree(const char *dir) {
    char p[512];
    const char *files[] = {"data.mdb", "lock.mdb"};
    for (size_t i = 0; i < 2; i++) {
        snprintf(p, sizeof(p), "%s/%s", dir, files[i]);
        unlink(p);
    }
    rmdir(dir);
}

static const char *newdir(void) {
    snprintf(tmpdir, sizeof(tmpdir), "/tmp/test_store.XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        exit(1);
    }
    return tmpdir;
}

static store_t *open_new(void) {
    store_t *s = NULL;
    int rc = store_open(newdir(), MAP, 0, &s);
    CHECK_EQ_INT(rc, 0);
    return s;
}

static void close_rm(store_t *s) {
    store_close(s);
    rmtree(tmpdir);
}

static ent_article art(const char *id, const char *text, int64_t published,
                       uint64_t hash) {
    ent_article a;
    memset(&a, 0, sizeof(a));
    a.id = (char *)id;
    a.text = (char *)text;
    a.text_len = strlen(text);
    a.published = published;
    a.hash = hash;
    a.title = (char *)"title";
    a.source = (char *)"test";
    return a;
}

/* Put one article in its own txn; returns the status or a negative error. */
static int put1(store_t *s, const char *id, const char *text, int64_t published,
                uint64_t hash) {
    store_txn *t;
    int st = -100, rc;
    ent_article a = art(id, text, published, hash);
    tag_result *r = mini_tag(text, ES, NES, RS, NRS);
    if ((rc = store_wbegin(s, &t))) return rc;
    rc = store_put_article(t, &a, r, T0 + 10 * DAY, &st);
    if (rc)
        store_wabort(t);
    else
        rc = store_wcommit(t);
    tag_result_free(r);
    return rc ? rc : st;
}

static int del1(store_t *s, const char *id) {
    store_txn *t;
    int rc;
    if ((rc = store_wbegin(s, &t))) return rc;
    rc = store_delete_article(t, id);
    if (rc)
        store_wabort(t);
    else
        rc = store_wcommit(t);
    return rc;
}

static store_entity getent(store_t *s, const char *id, int *rc) {
    store_rtxn *r;
    store_entity e;
    memset(&e, 0, sizeof(e));
    *rc = store_rbegin(s, &r);
    if (*rc) return e;
    *rc = store_entity_get(r, id, &e);
    store_rend(r);
    return e;
}

static store_stats stats(store_t *s) {
    store_rtxn *r;
    store_stats st;
    memset(&st, 0, sizeof(st));
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(store_get_stats(r, &st), 0);
    store_rend(r);
    return st;
}

static const store_rel *find_rel(const store_rel *v, size_t n, const char *other,
                                 const char *label, int dir) {
    for (size_t i = 0; i < n; i++)
        if (!strcmp(v[i].other_id, other) && !strcmp(v[i].label, label) &&
            v[i].direction == dir)
            return &v[i];
    return NULL;
}

/* Entries of every dbi but meta, from LMDB itself (the store is closed). */
static size_t raw_entries(const char *dir, const char *name) {
    MDB_env *env;
    MDB_txn *txn;
    MDB_dbi dbi;
    MDB_stat st;
    size_t n = (size_t)-1;
    if (mdb_env_create(&env)) return n;
    mdb_env_set_maxdbs(env, 32);
    if (mdb_env_open(env, dir, MDB_RDONLY, 0644) == 0 &&
        mdb_txn_begin(env, NULL, MDB_RDONLY, &txn) == 0) {
        if (mdb_dbi_open(txn, name, 0, &dbi) == 0 && mdb_stat(txn, dbi, &st) == 0)
            n = st.ms_entries;
        mdb_txn_abort(txn);
    }
    mdb_env_close(env);
    return n;
}

/* ---- tests ----------------------------------------------------------------------- */

static const char *TXT1 =
    "Israel attacked Iran. Iran struck Israel. America backed Israel.";
static const char *TXT2 =
    "Iran and Israel agreed a ceasefire. Abbas Araghchi the minister of Iran spoke.";
static const char *TXT3 = "The United Nations met in Türkiye. Israel attacked Iran.";

static void test_open_errors(void) {
    store_t *s = NULL;
    char p[300];
    newdir();
    snprintf(p, sizeof(p), "%s/sub", tmpdir);
    CHECK_EQ_INT(store_open(p, MAP, 0, &s), 0); /* creates the directory */
    CHECK(s != NULL);
    CHECK_EQ_INT(store_writable(s), 1);
    CHECK_EQ_INT(store_writable(NULL), 0);
    store_close(s);
    rmtree(p);
    snprintf(p, sizeof(p), "%s/no/such/dir", tmpdir);
    s = NULL;
    CHECK_EQ_INT(store_open(p, MAP, 0, &s), ENOENT);
    CHECK(s == NULL);
    rmtree(tmpdir);
    store_close(NULL);
}

static void test_put_status(void) {
    store_t *s = open_new();
    CHECK_EQ_INT(put1(s, "a1", TXT1, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a1", TXT1, T0, 1), PUT_UNCHANGED);
    store_stats st = stats(s);
    CHECK_EQ_INT(st.articles, 1);
    CHECK_EQ_INT(st.mentions, 6);
    CHECK_EQ_INT(st.entities, 3);
    CHECK_EQ_INT(st.text_bytes, strlen(TXT1));
    CHECK_EQ_INT(put1(s, "a1", TXT2, T0, 2), PUT_UPDATED);
    st = stats(s);
    CHECK_EQ_INT(st.articles, 1);
    CHECK_EQ_INT(st.text_bytes, strlen(TXT2));
    CHECK_EQ_INT(st.mentions, 4);
    CHECK_EQ_INT(st.entities, 3); /* Israel, Iran, Araghchi */
    int rc;
    store_entity e = getent(s, "country:US", &rc);
    CHECK_EQ_INT(rc, 0); /* gazetteer entity kept with zero counts */
    CHECK_EQ_INT(e.mentions, 0);
    CHECK_EQ_INT(e.articles, 0);
    CHECK(e.first_seen == WHEN_NONE && e.last_seen == WHEN_NONE);
    store_entity_clear(&e);
    CHECK_EQ_INT(del1(s, "a1"), 0);
    CHECK_EQ_INT(del1(s, "a1"), ENT_ENOTFOUND);
    e = getent(s, "person:abbas-araghchi", &rc);
    CHECK_EQ_INT(rc, ENT_ENOTFOUND); /* discovered and unmentioned: removed */
    store_entity_clear(&e);
    st = stats(s);
    CHECK_EQ_INT(st.articles + st.mentions + st.entities + st.relations + st.text_bytes,
                 0);
    close_rm(s);
}

static void test_counts(void) {
    store_t *s = open_new();
    int rc;
    CHECK_EQ_INT(put1(s, "a1", TXT1, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a2", TXT2, T0 + DAY, 2), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a3", TXT3, T0 + 2 * DAY + 5, 3), PUT_CREATED);
    store_entity e = getent(s, "country:IR", &rc);
    CHECK_EQ_INT(rc, 0);
    CHECK_STR(e.name, "Iran");
    CHECK_STR(e.type, "COUNTRY");
    CHECK_EQ_INT(e.origin, ORIGIN_GAZETTEER);
    CHECK_EQ_INT(e.mentions, 2 + 2 + 1);
    CHECK_EQ_INT(e.articles, 3);
    CHECK_EQ_INT(e.first_seen, T0);
    CHECK_EQ_INT(e.last_seen, T0 + 2 * DAY + 5);
    store_entity_clear(&e);
    e = getent(s, "person:abbas-araghchi", &rc);
    CHECK_EQ_INT(rc, 0);
    CHECK_EQ_INT(e.origin, ORIGIN_DISCOVERED);
    CHECK_EQ_INT(e.mentions, 1);
    store_entity_clear(&e);
    e = getent(s, "country:XX", &rc);
    CHECK_EQ_INT(rc, ENT_ENOTFOUND);
    store_entity_clear(&e);

    store_rtxn *r;
    store_rel *v;
    size_t n;
    int more;
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(
        store_entity_relations(r, "country:IL", NULL, NULL, NULL, 0, 100, &v, &n, &more),
        0);
    CHECK_EQ_INT(more, 0);
    /* Israel: attack out (a1, a3: 2), attack in (a1), co-mention Iran (a1 x2, a2, a3 =
     * 4), co-mention America (a1), ceasefire (a2), support in (a1) */
    const store_rel *x = find_rel(v, n, "country:IR", "attack", DIR_OUT);
    CHECK(x && x->count == 2 && x->articles == 2 && x->directed == 1);
    CHECK(x && x->first_seen == T0 && x->last_seen == T0 + 2 * DAY + 5);
    CHECK(x && !strcmp(x->other_name, "Iran") && !strcmp(x->other_type, "COUNTRY"));
    x = find_rel(v, n, "country:IR", "attack", DIR_IN);
    CHECK(x && x->count == 1 && x->articles == 1);
    x = find_rel(v, n, "country:IR", "co-mention", DIR_BOTH);
    CHECK(x && x->count == 4 && x->articles == 3 && x->directed == 0);
    x = find_rel(v, n, "country:IR", "ceasefire", DIR_BOTH);
    CHECK(x && x->count == 1);
    x = find_rel(v, n, "country:US", "support", DIR_IN);
    CHECK(x && x->count == 1);
    x = find_rel(v, n, "country:US", "co-mention", DIR_BOTH);
    CHECK(x && x->count == 1);
    CHECK_EQ_INT(n, 6);
    /* order: count desc, then label, then other id */
    for (size_t i = 1; i < n; i++) {
        CHECK(v[i - 1].count >= v[i].count);
        if (v[i - 1].count == v[i].count) {
            int c = strcmp(v[i - 1].label, v[i].label);
            CHECK(c < 0 || (c == 0 && strcmp(v[i - 1].other_id, v[i].other_id) <= 0));
        }
    }
    CHECK_STR(v[0].label, "co-mention");
    store_rels_free(v, n);
    /* label and with filters, paging */
    CHECK_EQ_INT(store_entity_relations(r, "country:IL", "attack", NULL, NULL, 0, 100, &v,
                                        &n, &more),
                 0);
    CHECK_EQ_INT(n, 2);
    CHECK_EQ_INT(v[0].direction, DIR_OUT);
    store_rels_free(v, n);
    CHECK_EQ_INT(store_entity_relations(r, "country:IL", NULL, "country:US", NULL, 0, 100,
                                        &v, &n, &more),
                 0);
    CHECK_EQ_INT(n, 2);
    store_rels_free(v, n);
    CHECK_EQ_INT(
        store_entity_relations(r, "country:IL", NULL, NULL, NULL, 1, 2, &v, &n, &more),
        0);
    CHECK_EQ_INT(n, 2);
    CHECK_EQ_INT(more, 1);
    store_rels_free(v, n);
    CHECK_EQ_INT(
        store_entity_relations(r, "country:IL", NULL, NULL, NULL, 4, 2, &v, &n, &more),
        0);
    CHECK_EQ_INT(n, 2);
    CHECK_EQ_INT(more, 0);
    store_rels_free(v, n);
    CHECK_EQ_INT(
        store_entity_relations(r, "country:IL", NULL, NULL, NULL, 10, 2, &v, &n, &more),
        0);
    CHECK_EQ_INT(n, 0);
    CHECK(v == NULL);
    /* labelled only: co-mentions left out, ranked among the rest */
    CHECK_EQ_INT(store_entity_relations_labelled(r, "country:IL", NULL, NULL, NULL, 0,
                                                 100, &v, &n, &more),
                 0);
    CHECK_EQ_INT(n, 4);
    for (size_t i = 0; i < n; i++)
        CHECK(strcmp(v[i].label, "co-mention") != 0);
    CHECK(n > 0 && !strcmp(v[0].label, "attack") && v[0].count == 2);
    store_rels_free(v, n);
    CHECK_EQ_INT(store_entity_relations_labelled(r, "country:IL", NULL, NULL, NULL, 0, 1,
                                                 &v, &n, &more),
                 0);
    CHECK(n == 1 && more == 1);
    store_rels_free(v, n);
    CHECK_EQ_INT(store_entity_relations_labelled(r, "country:IL", "co-mention", NULL,
                                                 NULL, 0, 10, &v, &n, &more),
                 0);
    CHECK_EQ_INT(n, 0);
    CHECK_EQ_INT(store_entity_relations(r, "country:IL", "nosuch", NULL, NULL, 0, 10, &v,
                                        &n, &more),
                 0);
    CHECK_EQ_INT(n, 0);
    CHECK_EQ_INT(
        store_entity_relations(r, "country:XX", NULL, NULL, NULL, 0, 10, &v, &n, &more),
        ENT_ENOTFOUND);
    store_rend(r);
    close_rm(s);
}

/* A read txn keeps its label table across requests: labels added by later
 * commits must show up (names, the label order of ties, filters). */
static void test_label_cache(void) {
    store_t *s = open_new();
    store_rtxn *r;
    store_rel *v;
    size_t n;
    int more;
    CHECK_EQ_INT(put1(s, "a1", TXT1, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(store_entity_relations(r, "country:IR", NULL, NULL, NULL, 0, 100, &v, &n,
                                        &more),
                 0);
    CHECK(find_rel(v, n, "country:IL", "ceasefire", DIR_BOTH) == NULL);
    store_rels_free(v, n);
    CHECK_EQ_INT(store_entity_mentions(r, "country:IR"), 2);
    CHECK_EQ_INT(store_entity_mentions(r, "country:XX"), 0);
    CHECK_EQ_INT(store_entity_known(r, "country:IR"), 1);
    CHECK_EQ_INT(store_entity_known(r, "person:abbas-araghchi"), 0);
    store_rend(r);
    /* new labels: ceasefire, affiliation */
    CHECK_EQ_INT(put1(s, "a2", TXT2, T0 + DAY, 2), PUT_CREATED);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(store_entity_relations(r, "country:IR", NULL, NULL, NULL, 0, 100, &v, &n,
                                        &more),
                 0);
    const store_rel *x = find_rel(v, n, "country:IL", "ceasefire", DIR_BOTH);
    CHECK(x && x->count == 1 && x->articles == 1 && x->directed == 0);
    x = find_rel(v, n, "person:abbas-araghchi", "affiliation", DIR_IN);
    CHECK(x && x->count == 1 && !strcmp(x->other_name, "Abbas Araghchi"));
    for (size_t i = 1; i < n; i++) { /* count, then label */
        CHECK(v[i - 1].count >= v[i].count);
        if (v[i - 1].count == v[i].count) CHECK(strcmp(v[i - 1].label, v[i].label) <= 0);
    }
    store_rels_free(v, n);
    CHECK_EQ_INT(store_entity_relations(r, "country:IR", "ceasefire", NULL, NULL, 0, 100, &v,
                                        &n, &more),
                 0);
    CHECK(n == 1 && !strcmp(v[0].label, "ceasefire") && !strcmp(v[0].other_id, "country:IL"));
    store_rels_free(v, n);
    CHECK_EQ_INT(store_entity_relations_labelled(r, "country:IR", NULL, NULL, NULL, 0, 100,
                                                 &v, &n, &more),
                 0);
    for (size_t i = 0; i < n; i++) CHECK(strcmp(v[i].label, "co-mention") != 0);
    CHECK(find_rel(v, n, "country:IL", "ceasefire", DIR_BOTH) != NULL);
    store_rels_free(v, n);
    CHECK_EQ_INT(store_entity_known(r, "person:abbas-araghchi"), 1);
    CHECK_EQ_INT(store_entity_mentions(r, "person:abbas-araghchi"), 1);
    store_rend(r);
    close_rm(s);
}

/* Relations of id (all time) as text: count, articles, first, last per row. */
static void rels_text(store_t *s, const char *id, char *out, size_t cap) {
    store_rtxn *r;
    store_rel *v;
    size_t n, o = 0;
    int more;
    out[0] = '\0';
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(store_entity_relations(r, id, NULL, NULL, NULL, 0, 100, &v, &n, &more), 0);
    for (size_t i = 0; i < n && o < cap; i++)
        o += (size_t)snprintf(out + o, cap - o, "%s %s %d %llu %u %lld %lld\n", v[i].other_id,
                              v[i].label, v[i].direction, (unsigned long long)v[i].count,
                              v[i].articles, (long long)v[i].first_seen,
                              (long long)v[i].last_seen);
    store_rels_free(v, n);
    store_rend(r);
}

/* A format-3 store (rel_ent items without first/last) opens upgraded, with the
 * same relations. The format-3 store is made from a new one by cutting every
 * rel_ent item back to its 15 bytes and setting the version to 3. */
static void test_upgrade_v3(void) {
    store_t *s = open_new();
    char before[2][4096], after[2][4096];
    const char *ids[2] = {"country:IL", "country:IR"};
    CHECK_EQ_INT(put1(s, "a1", TXT1, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a2", TXT2, T0 + DAY, 2), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a3", TXT3, T0 + 2 * DAY + 5, 3), PUT_CREATED);
    CHECK_EQ_INT(del1(s, "a3"), 0);
    CHECK_EQ_INT(put1(s, "a3", TXT3, T0 - DAY, 3), PUT_CREATED);
    for (int i = 0; i < 2; i++) rels_text(s, ids[i], before[i], sizeof(before[i]));
    store_close(s);
    MDB_env *env;
    MDB_txn *txn;
    MDB_dbi re, meta;
    MDB_cursor *cu;
    MDB_val k, v;
    CHECK_EQ_INT(mdb_env_create(&env), 0);
    mdb_env_set_maxdbs(env, 32);
    CHECK_EQ_INT(mdb_env_open(env, tmpdir, 0, 0644), 0);
    CHECK_EQ_INT(mdb_txn_begin(env, NULL, 0, &txn), 0);
    CHECK_EQ_INT(mdb_dbi_open(txn, "rel_ent", MDB_DUPSORT | MDB_DUPFIXED, &re), 0);
    CHECK_EQ_INT(mdb_dbi_open(txn, "meta", 0, &meta), 0);
    /* every item, cut to 15 bytes */
    uint8_t keys[64][4], items[512][25];
    size_t nk = 0, ni = 0, per[64] = {0};
    CHECK_EQ_INT(mdb_cursor_open(txn, re, &cu), 0);
    for (int rc = mdb_cursor_get(cu, &k, &v, MDB_FIRST); rc == 0 && ni < 512;
         rc = mdb_cursor_get(cu, &k, &v, MDB_NEXT)) {
        CHECK_EQ_INT(v.mv_size, 25);
        if (nk == 0 || memcmp(keys[nk - 1], k.mv_data, 4)) memcpy(keys[nk++], k.mv_data, 4);
        memcpy(items[ni++], v.mv_data, 25);
        per[nk - 1]++;
    }
    mdb_cursor_close(cu);
    CHECK(nk > 0 && nk < 64);
    for (size_t i = 0, q = 0; i < nk; i++) {
        k.mv_size = 4;
        k.mv_data = keys[i];
        CHECK_EQ_INT(mdb_del(txn, re, &k, NULL), 0);
        for (size_t j = 0; j < per[i]; j++, q++) {
            MDB_val nv = {15, items[q]};
            CHECK_EQ_INT(mdb_put(txn, re, &k, &nv, 0), 0);
        }
    }
    uint8_t ver[4] = {0, 0, 0, 3};
    k.mv_size = 1;
    k.mv_data = "V";
    v.mv_size = 4;
    v.mv_data = ver;
    CHECK_EQ_INT(mdb_put(txn, meta, &k, &v, 0), 0);
    CHECK_EQ_INT(mdb_txn_commit(txn), 0);
    mdb_env_close(env);
    /* open: upgraded */
    s = NULL;
    CHECK_EQ_INT(store_open(tmpdir, MAP, 0, &s), 0);
    if (!s) return;
    for (int i = 0; i < 2; i++) {
        rels_text(s, ids[i], after[i], sizeof(after[i]));
        CHECK_STR(after[i], before[i]);
    }
    /* and it keeps counting: withdraw the oldest article of IL/IR */
    CHECK_EQ_INT(del1(s, "a3"), 0);
    CHECK_EQ_INT(put1(s, "a3", TXT3, T0 - DAY, 3), PUT_CREATED);
    rels_text(s, ids[0], after[0], sizeof(after[0]));
    CHECK_STR(after[0], before[0]);
    store_close(s);
    s = NULL;
    CHECK_EQ_INT(store_open(tmpdir, MAP, 0, &s), 0); /* format 4 now: opens as it is */
    rels_text(s, ids[1], after[1], sizeof(after[1]));
    CHECK_STR(after[1], before[1]);
    close_rm(s);
}

static void test_undirected_and_directions(void) {
    store_t *s = open_new();
    store_rtxn *r;
    store_pair_rel *p;
    size_t n;
    CHECK_EQ_INT(put1(s, "a1", TXT1, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a2", TXT2, T0 + DAY, 2), PUT_CREATED);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    for (int order = 0; order < 2; order++) {
        const char *a = order ? "country:IR" : "country:IL",
                   *b = order ? "country:IL" : "country:IR";
        CHECK_EQ_INT(store_pair_relations(r, a, b, "ceasefire", NULL, 3, &p, &n), 0);
        CHECK_EQ_INT(n, 1);
        if (n == 1) {
            CHECK_EQ_INT(p[0].rel.count, 1);
            CHECK_EQ_INT(p[0].rel.direction, DIR_BOTH);
            CHECK_STR(p[0].rel.other_id, b);
        }
        store_pair_rels_free(p, n);
        CHECK_EQ_INT(store_pair_relations(r, a, b, "attack", NULL, 3, &p, &n), 0);
        CHECK_EQ_INT(n, 2); /* one each way */
        for (size_t i = 0; i < n; i++) {
            CHECK(p[i].rel.directed);
            CHECK_EQ_INT(p[i].rel.count, 1);
        }
        CHECK(n == 2 && p[0].rel.direction != p[1].rel.direction);
        store_pair_rels_free(p, n);
        CHECK_EQ_INT(store_pair_relations(r, a, b, NULL, NULL, 3, &p, &n), 0);
        CHECK_EQ_INT(n, 4); /* co-mention, ceasefire, attack x2 */
        CHECK(n > 0 && !strcmp(p[0].rel.label, "co-mention") && p[0].rel.count == 3);
        store_pair_rels_free(p, n);
    }
    /* support: America -> Israel */
    CHECK_EQ_INT(
        store_pair_relations(r, "country:IL", "country:US", "support", NULL, 3, &p, &n),
        0);
    CHECK(n == 1 && p[0].rel.direction == DIR_IN);
    store_pair_rels_free(p, n);
    CHECK_EQ_INT(
        store_pair_relations(r, "country:US", "country:IL", "support", NULL, 3, &p, &n),
        0);
    CHECK(n == 1 && p[0].rel.direction == DIR_OUT);
    store_pair_rels_free(p, n);
    CHECK_EQ_INT(
        store_pair_relations(r, "country:US", "country:XX", NULL, NULL, 3, &p, &n),
        ENT_ENOTFOUND);
    CHECK_EQ_INT(store_pair_relations(r, "country:US", "person:abbas-araghchi", NULL,
                                      NULL, 3, &p, &n),
                 0);
    CHECK_EQ_INT(n, 0);
    store_rend(r);
    close_rm(s);
}

static void test_evidence(void) {
    store_t *s = open_new();
    store_rtxn *r;
    store_pair_rel *p;
    size_t n;
    const char *t1 = "Israel attacked Iran at dawn. Later Israel attacked Iran again.";
    const char *t2 = "Israel attacked Iran on Monday.";
    const char *t3 = "Yesterday Israel attacked Iran.";
    CHECK_EQ_INT(put1(s, "old", t1, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "mid", t2, T0 + DAY, 2), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "new", t3, T0 + 2 * DAY, 3), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "min", TXT2, T0 + 3 * DAY, 4), PUT_CREATED);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(
        store_pair_relations(r, "country:IL", "country:IR", "attack", NULL, 3, &p, &n),
        0);
    CHECK_EQ_INT(n, 1);
    if (n == 1) {
        CHECK_EQ_INT(p[0].rel.count, 4);
        CHECK_EQ_INT(p[0].rel.articles, 3);
        CHECK_EQ_INT(p[0].rel.first_seen, T0);
        CHECK_EQ_INT(p[0].rel.last_seen, T0 + 2 * DAY);
        CHECK_EQ_INT(p[0].nev, 3);
        CHECK_STR(p[0].ev[0].article, "new");
        CHECK_STR(p[0].ev[0].text, "Yesterday Israel attacked Iran.");
        CHECK_STR(p[0].ev[0].trigger, "attacked");
        CHECK(p[0].ev[0].role == NULL);
        CHECK_EQ_INT(p[0].ev[0].ts, T0 + 2 * DAY);
        CHECK_EQ_INT(p[0].ev[0].start, 0);
        CHECK_EQ_INT(p[0].ev[0].end, strlen(t3));
        CHECK_STR(p[0].ev[1].article, "mid");
        CHECK_STR(p[0].ev[1].text, t2);
        CHECK_STR(p[0].ev[2].article, "old");
        CHECK_STR(p[0].ev[2].text, "Israel attacked Iran at dawn.");
    }
    store_pair_rels_free(p, n);
    /* window: only the old article; both of its sentences */
    store_window w = {T0, T0 + DAY};
    CHECK_EQ_INT(
        store_pair_relations(r, "country:IR", "country:IL", "attack", &w, 5, &p, &n), 0);
    CHECK_EQ_INT(n, 1);
    if (n == 1) {
        CHECK_EQ_INT(p[0].rel.direction, DIR_IN);
        CHECK_EQ_INT(p[0].rel.count, 2);
        CHECK_EQ_INT(p[0].rel.articles, 1);
        CHECK_EQ_INT(p[0].nev, 2);
        CHECK_STR(p[0].ev[0].text, "Israel attacked Iran at dawn.");
        CHECK_STR(p[0].ev[1].text, "Later Israel attacked Iran again.");
    }
    store_pair_rels_free(p, n);
    /* role */
    CHECK_EQ_INT(store_pair_relations(r, "person:abbas-araghchi", "country:IR",
                                      "affiliation", NULL, 3, &p, &n),
                 0);
    CHECK_EQ_INT(n, 1);
    if (n == 1) {
        CHECK_EQ_INT(p[0].rel.direction, DIR_OUT);
        CHECK_EQ_INT(p[0].nev, 1);
        CHECK_STR(p[0].ev[0].role, "Foreign Minister");
        CHECK_STR(p[0].ev[0].trigger, "minister");
        CHECK_STR(p[0].ev[0].text, "Abbas Araghchi the minister of Iran spoke.");
    }
    store_pair_rels_free(p, n);
    /* nev = 0: counts only */
    CHECK_EQ_INT(
        store_pair_relations(r, "country:IL", "country:IR", "attack", NULL, 0, &p, &n),
        0);
    CHECK(n == 1 && p[0].nev == 0 && p[0].rel.count == 4);
    store_pair_rels_free(p, n);
    store_rend(r);
    /* an update keeps the article's slot: evidence must come from the new text
     * (decoded text is cached within a call only) */
    CHECK_EQ_INT(put1(s, "new", "Today Israel attacked Iran.", T0 + 2 * DAY, 33),
                 PUT_UPDATED);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(
        store_pair_relations(r, "country:IL", "country:IR", "attack", NULL, 1, &p, &n),
        0);
    CHECK(n == 1 && p[0].nev == 1);
    if (n == 1 && p[0].nev == 1)
        CHECK_STR(p[0].ev[0].text, "Today Israel attacked Iran.");
    store_pair_rels_free(p, n);
    store_rend(r);
    close_rm(s);
}

/* Many sentences of one relation in one article (past the 255 of an rel_ev item). */
static void test_many_occurrences(void) {
    store_t *s = open_new();
    store_rtxn *r;
    store_pair_rel *p;
    store_rel *v;
    size_t n;
    int more;
    size_t cap = 300 * 32 + 1, len = 0;
    char *text = malloc(cap);
    for (int i = 0; i < 300; i++)
        len += (size_t)snprintf(text + len, cap - len, "%sIsrael attacked Iran.",
                                i ? " " : "");
    /* mini_tag caps relations at 2048: 300 attacks + 300 co-mentions fit */
    CHECK_EQ_INT(put1(s, "big", text, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    store_window w = {T0, T0 + 1};
    CHECK_EQ_INT(
        store_pair_relations(r, "country:IL", "country:IR", "attack", &w, 2, &p, &n), 0);
    CHECK(n == 1 && p[0].rel.count == 300 && p[0].rel.articles == 1 && p[0].nev == 2);
    store_pair_rels_free(p, n);
    CHECK_EQ_INT(
        store_entity_relations(r, "country:IR", NULL, NULL, &w, 0, 10, &v, &n, &more), 0);
    CHECK_EQ_INT(n, 2);
    for (size_t i = 0; i < n; i++)
        CHECK_EQ_INT(v[i].count, 300);
    store_rels_free(v, n);
    store_rend(r);
    CHECK_EQ_INT(del1(s, "big"), 0);
    store_stats st = stats(s);
    CHECK_EQ_INT(st.relations, 0);
    free(text);
    close_rm(s);
}

static void test_windows(void) {
    store_t *s = open_new();
    store_rtxn *r;
    store_rel *v;
    size_t n;
    int more;
    /* attacks at day 0 06:00, day 0 18:00, day 1 12:00, day 3 00:00 */
    const int64_t at[] = {T0 + 6 * 3600, T0 + 18 * 3600, T0 + DAY + 12 * 3600,
                          T0 + 3 * DAY};
    char id[16];
    for (int i = 0; i < 4; i++) {
        snprintf(id, sizeof(id), "w%d", i);
        CHECK_EQ_INT(put1(s, id, "Israel attacked Iran.", at[i], (uint64_t)i + 1),
                     PUT_CREATED);
    }
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    struct {
        int64_t since, until;
        int count;
    } cases[] = {
        {WHEN_NONE, WHEN_NONE, 4},
        {T0 + 6 * 3600, WHEN_NONE, 4}, /* since inclusive */
        {T0 + 6 * 3600 + 1, WHEN_NONE, 3},
        {WHEN_NONE, T0 + 18 * 3600, 1},            /* until exclusive */
        {T0 + 12 * 3600, T0 + DAY + 13 * 3600, 2}, /* cuts through two days */
        {T0, T0 + DAY, 2},
        {T0 + DAY, T0 + 3 * DAY, 1},
        {T0 + 3 * DAY, T0 + 4 * DAY, 1},
        {T0 + 4 * DAY, WHEN_NONE, 0},
        {T0 + DAY, T0, 0},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        store_window w = {cases[i].since, cases[i].until};
        CHECK_EQ_INT(store_entity_relations(r, "country:IL", "attack", NULL, &w, 0, 10,
                                            &v, &n, &more),
                     0);
        CHECK_EQ_INT(n, cases[i].count ? 1 : 0);
        if (n) {
            CHECK_EQ_INT(v[0].count, cases[i].count);
            CHECK_EQ_INT(v[0].articles, cases[i].count);
        }
        store_rels_free(v, n);
        store_toprel *tp;
        size_t tn;
        CHECK_EQ_INT(store_top_relations(r, &w, NULL, NULL, 10, &tp, &tn), 0);
        CHECK_EQ_INT(tn, cases[i].count ? 1 : 0);
        if (tn) {
            CHECK_EQ_INT(tp[0].count, cases[i].count);
            CHECK_STR(tp[0].label, "attack");
            CHECK_STR(tp[0].a_id, "country:IL");
        }
        store_toprels_free(tp, tn);
        CHECK_EQ_INT(store_top_relations(r, &w, "co-mention", NULL, 10, &tp, &tn), 0);
        CHECK_EQ_INT(tn, cases[i].count ? 1 : 0);
        if (tn) CHECK_EQ_INT(tp[0].count, cases[i].count);
        store_toprels_free(tp, tn);
    }
    /* first/last within the window */
    store_window w = {T0 + 12 * 3600, T0 + 3 * DAY + 1};
    CHECK_EQ_INT(
        store_entity_relations(r, "country:IR", "attack", NULL, &w, 0, 10, &v, &n, &more),
        0);
    CHECK(n == 1 && v[0].first_seen == at[1] && v[0].last_seen == at[3] &&
          v[0].direction == DIR_IN);
    store_rels_free(v, n);
    store_rend(r);
    close_rm(s);
}

static void test_top(void) {
    store_t *s = open_new();
    store_rtxn *r;
    store_toprel *tp;
    size_t n;
    CHECK_EQ_INT(put1(s, "a1", TXT1, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a2", TXT2, T0 + DAY, 2), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a3", TXT3, T0 + 2 * DAY, 3), PUT_CREATED);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(store_top_relations(r, NULL, NULL, NULL, 10, &tp, &n), 0);
    /* attack IL->IR 2, attack IR->IL 1, support US->IL 1, ceasefire 1, affiliation 1 */
    CHECK_EQ_INT(n, 5);
    if (n == 5) {
        CHECK_STR(tp[0].label, "attack");
        CHECK_STR(tp[0].a_id, "country:IL");
        CHECK_STR(tp[0].b_id, "country:IR");
        CHECK_EQ_INT(tp[0].count, 2);
        CHECK_EQ_INT(tp[0].articles, 2);
        CHECK_EQ_INT(tp[0].directed, 1);
        CHECK_STR(tp[0].a_name, "Israel");
        CHECK_STR(tp[0].b_type, "COUNTRY");
    }
    for (size_t i = 0; i < n; i++)
        CHECK(strcmp(tp[i].label, "co-mention") != 0);
    store_toprels_free(tp, n);
    CHECK_EQ_INT(store_top_relations(r, NULL, NULL, NULL, 2, &tp, &n), 0);
    CHECK_EQ_INT(n, 2);
    store_toprels_free(tp, n);
    CHECK_EQ_INT(store_top_relations(r, NULL, "ceasefire", NULL, 10, &tp, &n), 0);
    CHECK(n == 1 && tp[0].directed == 0 && tp[0].count == 1);
    store_toprels_free(tp, n);
    CHECK_EQ_INT(store_top_relations(r, NULL, NULL, "PERSON", 10, &tp, &n), 0);
    CHECK(n == 1 && !strcmp(tp[0].label, "affiliation") &&
          !strcmp(tp[0].a_type, "PERSON"));
    store_toprels_free(tp, n);
    CHECK_EQ_INT(store_top_relations(r, NULL, NULL, "ORG", 10, &tp, &n), 0);
    CHECK_EQ_INT(n, 0);
    CHECK_EQ_INT(store_top_relations(r, NULL, "co-mention", NULL, 10, &tp, &n), 0);
    /* IL-IR: a1 2, a2 1, a3 1 = 4; IL-US 1, IR-Araghchi 1, UN-TR 1 */
    CHECK_EQ_INT(n, 4);
    if (n) {
        CHECK_EQ_INT(tp[0].count, 4);
        CHECK_EQ_INT(tp[0].articles, 3);
    }
    store_toprels_free(tp, n);
    CHECK_EQ_INT(store_top_relations(r, NULL, "co-mention", "ORG", 10, &tp, &n), 0);
    CHECK(n == 1 && (!strcmp(tp[0].a_id, "org:united-nations") ||
                     !strcmp(tp[0].b_id, "org:united-nations")));
    store_toprels_free(tp, n);
    store_window w = {T0 + DAY, WHEN_NONE};
    CHECK_EQ_INT(store_top_relations(r, &w, NULL, NULL, 10, &tp, &n), 0);
    CHECK_EQ_INT(n, 3); /* ceasefire, affiliation (a2), attack (a3) */
    store_toprels_free(tp, n);
    CHECK_EQ_INT(store_top_relations(r, NULL, "nosuch", NULL, 10, &tp, &n), 0);
    CHECK_EQ_INT(n, 0);
    CHECK_EQ_INT(store_top_relations(r, NULL, NULL, NULL, 0, &tp, &n), 0);
    CHECK_EQ_INT(n, 0);
    store_rend(r);
    close_rm(s);
}

static void test_list_articles(void) {
    store_t *s = open_new();
    store_rtxn *r;
    store_artmeta *m;
    size_t n;
    char *next = NULL, id[16];
    /* 25 articles, some sharing a time; even ones mention Israel */
    for (int i = 0; i < 25; i++) {
        snprintf(id, sizeof(id), "l%02d", i);
        CHECK_EQ_INT(put1(s, id, i % 2 ? "Iran spoke." : "Israel spoke.",
                          T0 + (i / 2) * 3600, (uint64_t)i + 1),
                     PUT_CREATED);
    }
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    int64_t prev_ts = INT64_MAX;
    int seen = 0, pages = 0;
    char *cur = NULL;
    char got[25] = {0};
    do {
        CHECK_EQ_INT(store_list_articles(r, NULL, NULL, cur, 7, &m, &n, &next), 0);
        free(cur); /* ent_malloc is malloc */
        cur = next;
        pages++;
        for (size_t i = 0; i < n; i++) {
            CHECK(m[i].ts <= prev_ts);
            prev_ts = m[i].ts;
            int k = atoi(m[i].id + 1);
            CHECK(k >= 0 && k < 25 && !got[k]);
            if (k >= 0 && k < 25) got[k] = 1;
            CHECK_EQ_INT(m[i].ts, T0 + (k / 2) * 3600);
            CHECK_STR(m[i].title, "title");
            CHECK_STR(m[i].source, "test");
            CHECK(m[i].url == NULL);
            CHECK_EQ_INT(m[i].mentions, 1);
            CHECK_EQ_INT(m[i].published, m[i].ts);
            seen++;
        }
        store_artmetas_free(m, n);
    } while (cur && pages < 10);
    CHECK_EQ_INT(seen, 25);
    CHECK_EQ_INT(pages, 4);
    /* by entity with a window */
    store_window w = {T0 + 3600, T0 + 8 * 3600};
    seen = 0;
    pages = 0;
    cur = NULL;
    prev_ts = INT64_MAX;
    do {
        CHECK_EQ_INT(store_list_articles(r, "country:IL", &w, cur, 2, &m, &n, &next), 0);
        free(cur);
        cur = next;
        pages++;
        for (size_t i = 0; i < n; i++) {
            int k = atoi(m[i].id + 1);
            CHECK(k % 2 == 0 && m[i].ts >= w.since && m[i].ts < w.until &&
                  m[i].ts <= prev_ts);
            prev_ts = m[i].ts;
            seen++;
        }
        store_artmetas_free(m, n);
    } while (cur && pages < 10);
    CHECK_EQ_INT(seen, 7); /* hours 1..7, one even article each */
    CHECK_EQ_INT(pages, 4);
    CHECK_EQ_INT(store_list_articles(r, NULL, NULL, "zz", 5, &m, &n, &next), ENT_EINVAL);
    CHECK_EQ_INT(
        store_list_articles(r, NULL, NULL, "0123456789abcdefXY", 5, &m, &n, &next),
        ENT_EINVAL);
    CHECK_EQ_INT(store_list_articles(r, "country:XX", NULL, NULL, 5, &m, &n, &next),
                 ENT_ENOTFOUND);
    /* exactly one page: no cursor */
    CHECK_EQ_INT(store_list_articles(r, NULL, NULL, NULL, 25, &m, &n, &next), 0);
    CHECK_EQ_INT(n, 25);
    CHECK(next == NULL);
    store_artmetas_free(m, n);
    store_rend(r);
    close_rm(s);
}

static void test_get_article(void) {
    store_t *s = open_new();
    store_rtxn *r;
    store_txn *t;
    store_artmeta m;
    char *text;
    tag_result *res;
    int st;
    const char *txt = TXT2;
    tag_result *in = mini_tag(txt, ES, NES, RS, NRS);
    ent_article a = art("g1", txt, WHEN_NONE, 77);
    a.url = (char *)"https://example.org/g1";
    a.title = NULL;
    CHECK_EQ_INT(store_wbegin(s, &t), 0);
    CHECK_EQ_INT(store_put_article(t, &a, in, T0 + 5, &st), 0);
    CHECK_EQ_INT(store_wcommit(t), 0);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(store_get_article(r, "g1", &m, &text, &res), 0);
    CHECK_STR(m.id, "g1");
    CHECK_STR(m.url, "https://example.org/g1");
    CHECK(m.title == NULL);
    CHECK_STR(m.source, "test");
    CHECK(m.published == WHEN_NONE);
    CHECK_EQ_INT(m.ingested, T0 + 5);
    CHECK_EQ_INT(m.ts, T0 + 5);
    CHECK_EQ_INT(m.text_len, strlen(txt));
    CHECK_EQ_INT(m.mentions, in->nments);
    CHECK_EQ_INT(m.relations, tag_result_labelled(in));
    CHECK_STR(text, txt);
    CHECK_EQ_INT(res->nents, in->nents);
    CHECK_EQ_INT(res->nments, in->nments);
    CHECK_EQ_INT(res->nrels, in->nrels);
    for (uint32_t i = 0; i < res->nents && i < in->nents; i++) {
        CHECK_STR(res->ents[i].id, in->ents[i].id);
        CHECK_STR(res->ents[i].name, in->ents[i].name);
        CHECK_STR(res->ents[i].type, in->ents[i].type);
        CHECK_EQ_INT(res->ents[i].gidx, -1);
        CHECK_EQ_INT(res->ents[i].origin, in->ents[i].origin);
        CHECK_EQ_INT(res->ents[i].count, in->ents[i].count);
    }
    for (uint32_t i = 0; i < res->nments && i < in->nments; i++) {
        CHECK_EQ_INT(res->ments[i].start, in->ments[i].start);
        CHECK_EQ_INT(res->ments[i].end, in->ments[i].end);
        CHECK_EQ_INT(res->ments[i].ent, in->ments[i].ent);
        CHECK_EQ_INT(res->ments[i].via, in->ments[i].via);
    }
    for (uint32_t i = 0; i < res->nrels && i < in->nrels; i++) {
        const tag_relation *x = &res->rels[i], *y = &in->rels[i];
        CHECK(x->a == y->a && x->b == y->b && x->directed == y->directed);
        CHECK_STR(x->label, y->label);
        CHECK((x->role == NULL) == (y->role == NULL));
        if (x->role && y->role) CHECK_STR(x->role, y->role);
        CHECK(x->sent_start == y->sent_start && x->sent_end == y->sent_end);
        CHECK(x->trig_start == y->trig_start && x->trig_end == y->trig_end);
    }
    store_artmeta_clear(&m);
    ent_free(text);
    tag_result_free(res);
    /* partial requests */
    CHECK_EQ_INT(store_get_article(r, "g1", NULL, NULL, &res), 0);
    tag_result_free(res);
    CHECK_EQ_INT(store_get_article(r, "g1", &m, NULL, NULL), 0);
    store_artmeta_clear(&m);
    CHECK_EQ_INT(store_get_article(r, "nope", &m, &text, &res), ENT_ENOTFOUND);
    CHECK(text == NULL && res == NULL);
    store_rend(r);
    tag_result_free(in);
    /* a long text crosses chunks */
    size_t big = 10000;
    char *bt = malloc(big + 1);
    for (size_t i = 0; i < big; i++)
        bt[i] = (char)('a' + i % 26);
    bt[big] = 0;
    memcpy(bt + 4990, " Israel. ", 9);
    CHECK_EQ_INT(put1(s, "g2", bt, T0, 5), PUT_CREATED);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(store_get_article(r, "g2", &m, &text, &res), 0);
    CHECK_STR(text, bt);
    CHECK_EQ_INT(res->nments, 1);
    CHECK_EQ_INT(res->ments[0].start, 4991);
    store_artmeta_clear(&m);
    ent_free(text);
    tag_result_free(res);
    store_rend(r);
    free(bt);
    close_rm(s);
}

/* Texts round-trip through the chunked, coded text store: every byte value,
 * lengths around the chunk size, chunks that do not shrink (kept raw), and
 * sentences that cross chunk boundaries. */
static void test_text_coding(void) {
    store_t *s = open_new();
    store_rtxn *r;
    size_t lens[] = {1, 2, 1023, 1024, 1025, 2048, 5000, 70000};
    unsigned seed = 7;
    for (size_t li = 0; li < sizeof(lens) / sizeof(lens[0]); li++) {
        for (int kind = 0; kind < 3; kind++) {
            size_t n = lens[li];
            char *t = malloc(n + 1), id[32];
            for (size_t i = 0; i < n; i++) {
                seed = seed * 1103515245u + 12345u;
                unsigned x = (seed >> 16) & 0xff;
                /* 0: English-like, 1: every byte value but NUL, 2: high bytes (no gain)
                 */
                if (kind == 0)
                    t[i] = "etaoin shrdlu,.ETAOIN\n"[x % 23];
                else if (kind == 1)
                    t[i] = (char)(x ? x : 1);
                else
                    t[i] = (char)(0x80 | x);
            }
            t[n] = 0;
            snprintf(id, sizeof(id), "c%zu-%d", n, kind);
            ent_article a = art(id, t, T0, 1);
            a.text_len = n; /* kind 1 may hold bytes strlen would not count past */
            store_txn *w;
            int st;
            CHECK_EQ_INT(store_wbegin(s, &w), 0);
            CHECK_EQ_INT(store_put_article(w, &a, NULL, T0, &st), 0);
            CHECK_EQ_INT(store_wcommit(w), 0);
            store_artmeta m;
            char *back = NULL;
            CHECK_EQ_INT(store_rbegin(s, &r), 0);
            CHECK_EQ_INT(store_get_article(r, id, &m, &back, NULL), 0);
            CHECK_EQ_INT(m.text_len, n);
            CHECK(back && memcmp(back, t, n) == 0 && back[n] == 0);
            store_artmeta_clear(&m);
            ent_free(back);
            store_rend(r);
            free(t);
        }
    }
    store_stats st = stats(s);
    CHECK(st.bytes > 0);
    /* evidence sentences across chunk boundaries */
    size_t n = 6000;
    char *t = malloc(n + 1);
    memset(t, 'w', n);
    t[n] = 0;
    size_t at[] = {10, 1000, 2040, 3071, 4095};
    for (size_t i = 0; i < 5; i++) {
        t[at[i] - 2] = '.';
        t[at[i] - 1] = ' ';
        memcpy(t + at[i], "Israel attacked Iran.", 21);
        t[at[i] + 21] = ' ';
    }
    CHECK_EQ_INT(put1(s, "x1", t, T0, 1), PUT_CREATED);
    store_pair_rel *p;
    size_t np;
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(
        store_pair_relations(r, "country:IL", "country:IR", "attack", NULL, 10, &p, &np),
        0);
    CHECK_EQ_INT(np, 1);
    if (np == 1) {
        CHECK_EQ_INT(p[0].nev, 5);
        for (size_t i = 0; i < p[0].nev && i < 5; i++) {
            CHECK_STR(p[0].ev[i].text, "Israel attacked Iran.");
            CHECK_EQ_INT(p[0].ev[i].start, at[i]);
            CHECK_STR(p[0].ev[i].trigger, "attacked");
        }
    }
    store_pair_rels_free(p, np);
    store_rend(r);
    free(t);
    close_rm(s);
}

static void test_entity_names(void) {
    store_t *s = open_new();
    store_rtxn *r;
    char *ids[8];
    size_t n;
    CHECK_EQ_INT(put1(s, "a3", TXT3, T0, 3), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a2", TXT2, T0, 2), PUT_CREATED);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    n = store_entity_names(r, "turk", 4, 0, ids, 8); /* Türkiye folded */
    CHECK_EQ_INT(n, 1);
    if (n) CHECK_STR(ids[0], "country:TR");
    for (size_t i = 0; i < n; i++)
        ent_free(ids[i]);
    n = store_entity_names(r, "united nations", 14, 1, ids, 8);
    CHECK_EQ_INT(n, 1);
    for (size_t i = 0; i < n; i++)
        ent_free(ids[i]);
    n = store_entity_names(r, "united nat", 10, 1, ids, 8);
    CHECK_EQ_INT(n, 0);
    n = store_entity_names(r, "i", 1, 0, ids, 8); /* Israel, Iran */
    CHECK_EQ_INT(n, 2);
    for (size_t i = 0; i < n; i++)
        ent_free(ids[i]);
    n = store_entity_names(r, "i", 1, 0, ids, 1);
    CHECK_EQ_INT(n, 1);
    for (size_t i = 0; i < n; i++)
        ent_free(ids[i]);
    n = store_entity_names(r, "", 0, 0, ids, 8); /* IL, IR, UN, TR, Araghchi */
    CHECK_EQ_INT(n, 5);
    for (size_t i = 0; i < n; i++)
        ent_free(ids[i]);
    n = store_entity_names(r, "iran", 4, 1, ids, 8);
    CHECK(n == 1 && !strcmp(ids[0], "country:IR"));
    for (size_t i = 0; i < n; i++)
        ent_free(ids[i]);
    n = store_entity_names(r, "abbas a", 7, 0, ids, 8);
    CHECK_EQ_INT(n, 1);
    for (size_t i = 0; i < n; i++)
        ent_free(ids[i]);
    store_rend(r);
    /* a renamed entity moves in the index */
    static const espec ren[] = {{"country:IR", "Persia", "COUNTRY", ORIGIN_GAZETTEER}};
    tag_result *res = mini_tag("Persia spoke.", ren, 1, NULL, 0);
    ent_article a = art("p1", "Persia spoke.", T0, 9);
    store_txn *t;
    int st;
    CHECK_EQ_INT(store_wbegin(s, &t), 0);
    CHECK_EQ_INT(store_put_article(t, &a, res, T0, &st), 0);
    CHECK_EQ_INT(store_wcommit(t), 0);
    tag_result_free(res);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    n = store_entity_names(r, "iran", 4, 1, ids, 8);
    CHECK_EQ_INT(n, 0);
    n = store_entity_names(r, "persia", 6, 1, ids, 8);
    CHECK(n == 1 && !strcmp(ids[0], "country:IR"));
    for (size_t i = 0; i < n; i++)
        ent_free(ids[i]);
    store_rend(r);
    int rc;
    store_entity e = getent(s, "country:IR", &rc);
    CHECK_STR(e.name, "Persia");
    store_entity_clear(&e);
    close_rm(s);
}

/* A discovered person later tagged from a run-time entry takes its origin and
 * type, and is kept (with zero counts) when its articles go. */
static void test_entity_refresh(void) {
    store_t *s = open_new();
    static const espec d[] = {{"person:x", "Xavier Young", "PERSON", ORIGIN_DISCOVERED}};
    static const espec a2[] = {{"person:x", "Xavier Young", "OFFICIAL", ORIGIN_API}};
    store_txn *t;
    int st, rc;
    tag_result *r1 = mini_tag("Xavier Young spoke.", d, 1, NULL, 0);
    tag_result *r2 = mini_tag("Xavier Young left.", a2, 1, NULL, 0);
    ent_article x1 = art("x1", "Xavier Young spoke.", T0, 1),
                x2 = art("x2", "Xavier Young left.", T0, 2);
    CHECK_EQ_INT(store_wbegin(s, &t), 0);
    CHECK_EQ_INT(store_put_article(t, &x1, r1, T0, &st), 0);
    CHECK_EQ_INT(store_wcommit(t), 0);
    store_entity e = getent(s, "person:x", &rc);
    CHECK(rc == 0 && e.origin == ORIGIN_DISCOVERED && !strcmp(e.type, "PERSON"));
    store_entity_clear(&e);
    CHECK_EQ_INT(store_wbegin(s, &t), 0);
    CHECK_EQ_INT(store_put_article(t, &x2, r2, T0, &st), 0);
    CHECK_EQ_INT(store_wcommit(t), 0);
    e = getent(s, "person:x", &rc);
    CHECK(rc == 0 && e.origin == ORIGIN_API && !strcmp(e.type, "OFFICIAL") &&
          e.articles == 2);
    store_entity_clear(&e);
    CHECK_EQ_INT(del1(s, "x1"), 0);
    CHECK_EQ_INT(del1(s, "x2"), 0);
    e = getent(s, "person:x", &rc);
    CHECK(rc == 0 && e.articles == 0 && e.mentions == 0 && e.origin == ORIGIN_API);
    store_entity_clear(&e);
    tag_result_free(r1);
    tag_result_free(r2);
    close_rm(s);
}

static int api_cb(const char *id, const char *json, void *arg) {
    int *n = arg;
    if (!strcmp(id, "person:x")) CHECK(strstr(json, "\"X Y\"") != NULL);
    return ++*n == 100;
}

static void test_api_entities(void) {
    store_t *s = open_new();
    store_txn *t;
    store_rtxn *r;
    int n = 0, rc;
    CHECK_EQ_INT(store_wbegin(s, &t), 0);
    CHECK_EQ_INT(
        store_put_api_entity(t, "person:x", "{\"type\":\"PERSON\",\"name\":\"Q\"}"), 0);
    CHECK_EQ_INT(
        store_put_api_entity(t, "person:x", "{\"type\":\"PERSON\",\"name\":\"X Y\"}"), 0);
    CHECK_EQ_INT(store_put_api_entity(t, "org:z", "{\"type\":\"ORG\",\"name\":\"Zed\"}"),
                 0);
    CHECK_EQ_INT(store_wcommit(t), 0);
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(store_api_entities(r, api_cb, &n), 0);
    CHECK_EQ_INT(n, 2);
    store_rend(r);
    store_entity e = getent(s, "person:x", &rc);
    CHECK_EQ_INT(rc, 0);
    CHECK_STR(e.name, "X Y");
    CHECK_STR(e.type, "PERSON");
    CHECK_EQ_INT(e.origin, ORIGIN_API);
    CHECK_EQ_INT(e.mentions, 0);
    store_entity_clear(&e);
    store_rel *v;
    size_t nv;
    int more;
    store_artmeta *m;
    char *next;
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(
        store_entity_relations(r, "person:x", NULL, NULL, NULL, 0, 10, &v, &nv, &more),
        0);
    CHECK_EQ_INT(nv, 0);
    CHECK_EQ_INT(store_list_articles(r, "person:x", NULL, NULL, 10, &m, &nv, &next), 0);
    CHECK_EQ_INT(nv, 0);
    store_rend(r);
    CHECK_EQ_INT(store_wbegin(s, &t), 0);
    CHECK_EQ_INT(store_delete_api_entity(t, "person:x"), 0);
    CHECK_EQ_INT(store_delete_api_entity(t, "person:x"), ENT_ENOTFOUND);
    CHECK_EQ_INT(store_wcommit(t), 0);
    e = getent(s, "person:x", &rc);
    CHECK_EQ_INT(rc, ENT_ENOTFOUND);
    store_entity_clear(&e);
    n = 0;
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(store_api_entities(r, api_cb, &n), 0);
    CHECK_EQ_INT(n, 1);
    store_rend(r);
    close_rm(s);
}

static void test_reopen(void) {
    store_t *s = open_new();
    CHECK_EQ_INT(put1(s, "a1", TXT1, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a2", TXT2, T0 + DAY, 2), PUT_CREATED);
    store_stats before = stats(s);
    store_close(s);
    s = NULL;
    CHECK_EQ_INT(store_open(tmpdir, MAP, 1, &s), 0);
    store_stats after = stats(s);
    CHECK_EQ_INT(after.articles, before.articles);
    CHECK_EQ_INT(after.entities, before.entities);
    CHECK_EQ_INT(after.relations, before.relations);
    CHECK_EQ_INT(after.mentions, before.mentions);
    CHECK_EQ_INT(after.text_bytes, before.text_bytes);
    CHECK_EQ_INT(put1(s, "a1", TXT1, T0, 1), PUT_UNCHANGED);
    CHECK_EQ_INT(put1(s, "a3", TXT3, T0 + 2 * DAY, 3),
                 PUT_CREATED); /* ids keep growing */
    int rc;
    store_entity e = getent(s, "country:IL", &rc);
    CHECK_EQ_INT(e.articles, 3);
    store_entity_clear(&e);
    store_rtxn *r;
    store_pair_rel *p;
    size_t n;
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(
        store_pair_relations(r, "country:IL", "country:IR", "attack", NULL, 5, &p, &n),
        0);
    CHECK_EQ_INT(n, 2);
    store_pair_rels_free(p, n);
    store_rend(r);
    close_rm(s);
}

static void test_nested(void) {
    store_t *s = open_new();
    store_txn *t, *c;
    int st;
    ent_article a1 = art("n1", TXT1, T0, 1), a2 = art("n2", TXT2, T0, 2),
                a3 = art("n3", TXT3, T0, 3);
    tag_result *r1 = mini_tag(TXT1, ES, NES, RS, NRS),
               *r2 = mini_tag(TXT2, ES, NES, RS, NRS),
               *r3 = mini_tag(TXT3, ES, NES, RS, NRS);
    CHECK_EQ_INT(store_wbegin(s, &t), 0);
    CHECK_EQ_INT(store_put_article(t, &a1, r1, T0, &st), 0);
    CHECK_EQ_INT(store_wbegin_nested(t, &c), 0);
    store_txn *c2 = NULL;
    CHECK_EQ_INT(store_wbegin_nested(t, &c2), ENT_EINVAL); /* one child at a time */
    CHECK(c2 == NULL);
    CHECK_EQ_INT(store_put_article(c, &a2, r2, T0, &st), 0);
    CHECK_EQ_INT(st, PUT_CREATED);
    store_wabort(c);
    CHECK_EQ_INT(store_wbegin_nested(t, &c), 0);
    CHECK_EQ_INT(store_put_article(c, &a3, r3, T0, &st), 0);
    CHECK_EQ_INT(store_wcommit(c), 0);
    CHECK_EQ_INT(store_put_article(t, &a1, r1, T0, &st), 0);
    CHECK_EQ_INT(st, PUT_UNCHANGED);
    CHECK_EQ_INT(store_wcommit(t), 0);
    store_stats ss = stats(s);
    CHECK_EQ_INT(ss.articles, 2);
    CHECK_EQ_INT(ss.mentions, r1->nments + r3->nments);
    int rc;
    store_entity e = getent(s, "person:abbas-araghchi", &rc);
    CHECK_EQ_INT(rc, ENT_ENOTFOUND);
    store_entity_clear(&e);
    e = getent(s, "org:united-nations", &rc);
    CHECK_EQ_INT(e.articles, 1);
    store_entity_clear(&e);
    /* labels created in an aborted child vanish with it */
    CHECK_EQ_INT(put1(s, "n2", TXT2, T0, 2), PUT_CREATED);
    store_rtxn *rt;
    store_toprel *tp;
    size_t n;
    CHECK_EQ_INT(store_rbegin(s, &rt), 0);
    CHECK_EQ_INT(store_top_relations(rt, NULL, "ceasefire", NULL, 5, &tp, &n), 0);
    CHECK(n == 1 && !strcmp(tp[0].label, "ceasefire"));
    store_toprels_free(tp, n);
    store_rend(rt);
    /* whole txn abort */
    CHECK_EQ_INT(store_wbegin(s, &t), 0);
    CHECK_EQ_INT(store_delete_article(t, "n1"), 0);
    store_wabort(t);
    CHECK_EQ_INT(stats(s).articles, 3);
    tag_result_free(r1);
    tag_result_free(r2);
    tag_result_free(r3);
    close_rm(s);
}

static void test_mapfull(void) {
    store_t *s = NULL;
    newdir();
    CHECK_EQ_INT(store_open(tmpdir, 256 * 1024, 0, &s), 0);
    store_txn *t, *c;
    int st, rc = 0, i, committed = 0;
    char id[32];
    char text[2048];
    memset(text, 'x', sizeof(text) - 1);
    text[sizeof(text) - 1] = 0;
    memcpy(text, "Israel attacked Iran. ", 22);
    tag_result *res = mini_tag(text, ES, NES, RS, NRS);
    /* batches of 5, one nested txn per article, until the map is full */
    for (i = 0; i < 10000 && !rc; i++) {
        CHECK_EQ_INT(store_wbegin(s, &t), 0);
        for (int k = 0; k < 5 && !rc; k++) {
            snprintf(id, sizeof(id), "m%d-%d", i, k);
            ent_article a = art(id, text, T0 + i, (uint64_t)i * 10 + (uint64_t)k);
            c = NULL;
            rc = store_wbegin_nested(t, &c);
            if (!rc) rc = store_put_article(c, &a, res, T0, &st);
            if (rc && c)
                store_wabort(c);
            else if (!rc)
                rc = store_wcommit(c);
        }
        if (rc == ENT_EMAPFULL) {
            /* the parent survives its child's failure: try to keep what it had */
            int crc = store_wcommit(t);
            CHECK(crc == 0 || crc == ENT_EMAPFULL);
        } else if (rc) {
            store_wabort(t);
        } else {
            rc = store_wcommit(t);
            if (!rc) committed++;
        }
    }
    CHECK_EQ_INT(rc, ENT_EMAPFULL);
    CHECK(committed > 3);
    /* still readable and consistent */
    store_stats ss = stats(s);
    CHECK(ss.articles >= (uint64_t)committed * 5);
    CHECK(ss.map_size == 256 * 1024);
    int erc;
    store_entity e = getent(s, "country:IL", &erc);
    CHECK_EQ_INT(erc, 0);
    CHECK_EQ_INT(e.articles, ss.articles);
    store_entity_clear(&e);
    CHECK_EQ_INT(store_writable(s), 1);
    store_close(s);
    /* a bigger map: writes go on */
    s = NULL;
    CHECK_EQ_INT(store_open(tmpdir, MAP, 0, &s), 0);
    CHECK_EQ_INT(put1(s, "after", TXT1, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(stats(s).articles, ss.articles + 1);
    tag_result_free(res);
    close_rm(s);
}

/* ---- randomized: the store against a brute-force model ------------------------- */

#define RN_ENTS 10
#define RN_ARTS 120

static const espec RE[RN_ENTS] = {
    {"c:a", "Alfa", "COUNTRY", ORIGIN_GAZETTEER},
    {"c:b", "Bravo", "COUNTRY", ORIGIN_GAZETTEER},
    {"c:c", "Charlie", "COUNTRY", ORIGIN_GAZETTEER},
    {"o:d", "Delta", "ORG", ORIGIN_GAZETTEER},
    {"o:e", "Echo", "ORG", ORIGIN_DISCOVERED},
    {"p:f", "Foxtrot", "PERSON", ORIGIN_DISCOVERED},
    {"p:g", "Golf", "PERSON", ORIGIN_DISCOVERED},
    {"p:h", "Hotel", "PERSON", ORIGIN_GAZETTEER},
    {"c:i", "India", "COUNTRY", ORIGIN_GAZETTEER},
    {"o:j", "Juliett", "ORG", ORIGIN_DISCOVERED},
};

static const char *TRIG[] = {"attacked", "ceasefire", "backed", "met"};
static const char *LAB[] = {"attack", "ceasefire", "support", "meeting"};
static const int LDIR[] = {1, 0, 1, 0};

typedef struct mart {
    int live;
    char id[16];
    char text[600];
    int64_t ts;
    uint64_t hash;
    rspec rs[16];
    char rsa[16][8], rsb[16][8];
    size_t nrs;
    tag_result *res;
} mart;

static mart MA[RN_ARTS];

static unsigned rnd_state = 12345;
static unsigned rnd(unsigned n) {
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

static void gen_article(mart *m, int i) {
    size_t len = 0;
    m->nrs = 0;
    int ns = 1 + (int)rnd(5);
    for (int s = 0; s < ns; s++) {
        int a = (int)rnd(RN_ENTS), b = (int)rnd(RN_ENTS), c = (int)rnd(RN_ENTS);
        int kind = (int)rnd(6);
        if (kind < 4 && a != b) {
            int t = kind;
            len += (size_t)snprintf(m->text + len, sizeof(m->text) - len, "%s%s %s %s.",
                                    len ? " " : "", RE[a].name, TRIG[t], RE[b].name);
            if (m->nrs < 16) {
                /* every sentence holding the trigger will link a and b if both are there
                 */
                rspec *r = &m->rs[m->nrs];
                snprintf(m->rsa[m->nrs], 8, "%s", RE[a].id);
                snprintf(m->rsb[m->nrs], 8, "%s", RE[b].id);
                r->label = LAB[t];
                r->directed = LDIR[t];
                r->trigger = TRIG[t];
                r->a = m->rsa[m->nrs];
                r->b = m->rsb[m->nrs];
                r->role = NULL;
                m->nrs++;
            }
        } else {
            len += (size_t)snprintf(m->text + len, sizeof(m->text) - len,
                                    "%s%s and %s with %s.", len ? " " : "", RE[a].name,
                                    RE[b].name, RE[c].name);
        }
    }
    snprintf(m->id, sizeof(m->id), "r%03d", i);
    /* times over 6 days, a few without a published time (ingest time used) */
    m->ts = rnd(10) == 0 ? WHEN_NONE : T0 + (int64_t)rnd(6 * DAY);
    m->hash = ((uint64_t)rnd(1u << 30) << 20) | (uint64_t)i;
    tag_result_free(m->res);
    m->res = mini_tag(m->text, RE, RN_ENTS, m->rs, m->nrs);
}

#define INGEST_TS (T0 + 7 * DAY)

static int64_t mts(const mart *m) {
    return m->ts == WHEN_NONE ? INGEST_TS : m->ts;
}

static int ent_index(const char *id) {
    for (int i = 0; i < RN_ENTS; i++)
        if (!strcmp(RE[i].id, id)) return i;
    return -1;
}

typedef struct mrel {
    int a, b, lab; /* canonical: undirected a < b by index... the store orders by nid */
    int directed;
    uint64_t count;
    uint32_t articles;
    int64_t first, last;
} mrel;

static int lab_index(const char *l) {
    for (int i = 0; i < 4; i++)
        if (!strcmp(LAB[i], l)) return i;
    return 4; /* co-mention */
}

/* Model relations in window: table [a][b][lab] of counts; undirected stored with
 * a < b by entity index. */
typedef struct model {
    uint64_t count[RN_ENTS][RN_ENTS][5];
    uint32_t arts[RN_ENTS][RN_ENTS][5];
    int64_t first[RN_ENTS][RN_ENTS][5], last[RN_ENTS][RN_ENTS][5];
} model;

static model MD;

static void model_build(int64_t lo, int64_t hi) {
    memset(&MD, 0, sizeof(MD));
    for (int i = 0; i < RN_ARTS; i++) {
        const mart *m = &MA[i];
        if (!m->live) continue;
        int64_t t = mts(m);
        if ((lo != WHEN_NONE && t < lo) || (hi != WHEN_NONE && t >= hi)) continue;
        uint8_t seen[RN_ENTS][RN_ENTS][5];
        memset(seen, 0, sizeof(seen));
        for (uint32_t k = 0; k < m->res->nrels; k++) {
            const tag_relation *x = &m->res->rels[k];
            int a = ent_index(m->res->ents[x->a].id),
                b = ent_index(m->res->ents[x->b].id);
            int l = lab_index(x->label);
            if (a == b) continue;
            if (!x->directed && a > b) {
                int tt = a;
                a = b;
                b = tt;
            }
            MD.count[a][b][l]++;
            if (!seen[a][b][l]) {
                seen[a][b][l] = 1;
                MD.arts[a][b][l]++;
                if (!MD.first[a][b][l] || t < MD.first[a][b][l]) MD.first[a][b][l] = t;
                if (!MD.last[a][b][l] || t > MD.last[a][b][l]) MD.last[a][b][l] = t;
            }
        }
    }
}

static void check_entity_rels(store_rtxn *r, int e, const store_window *w) {
    store_rel *v;
    size_t n;
    int more;
    int rc = store_entity_relations(r, RE[e].id, NULL, NULL, w, 0, 1000, &v, &n, &more);
    /* expected rows */
    size_t expect = 0;
    for (int o = 0; o < RN_ENTS; o++)
        for (int l = 0; l < 5; l++) {
            int dirl = l < 4 ? LDIR[l] : 0;
            if (dirl) {
                expect += MD.count[e][o][l] > 0;
                expect += MD.count[o][e][l] > 0;
            } else {
                int a = e < o ? e : o, b = e < o ? o : e;
                expect += MD.count[a][b][l] > 0;
            }
        }
    /* entities never stored answer ENT_ENOTFOUND; discovered ones are removed at zero */
    if (rc == ENT_ENOTFOUND) {
        CHECK_EQ_INT(expect, 0);
        return;
    }
    CHECK_EQ_INT(rc, 0);
    CHECK_EQ_INT(n, expect);
    CHECK_EQ_INT(more, 0);
    for (size_t i = 0; i < n; i++) {
        int o = ent_index(v[i].other_id), l = lab_index(v[i].label);
        CHECK(o >= 0);
        if (o < 0) continue;
        int a, b;
        if (v[i].direction == DIR_OUT)
            a = e, b = o;
        else if (v[i].direction == DIR_IN)
            a = o, b = e;
        else
            a = e < o ? e : o, b = e < o ? o : e;
        CHECK_EQ_INT(v[i].count, MD.count[a][b][l]);
        CHECK_EQ_INT(v[i].articles, MD.arts[a][b][l]);
        CHECK_EQ_INT(v[i].first_seen, MD.first[a][b][l]);
        CHECK_EQ_INT(v[i].last_seen, MD.last[a][b][l]);
        CHECK_EQ_INT(v[i].directed, l < 4 ? LDIR[l] : 0);
        CHECK_STR(v[i].other_name, RE[o].name);
        if (i > 0) {
            CHECK(v[i - 1].count >= v[i].count);
            if (v[i - 1].count == v[i].count) {
                int c = strcmp(v[i - 1].label, v[i].label);
                CHECK(c < 0 || (c == 0 && strcmp(v[i - 1].other_id, v[i].other_id) <= 0));
            }
        }
    }
    /* labelled only: the same rows without the co-mentions, in the same order */
    {
        store_rel *lv;
        size_t ln, k = 0;
        int lm;
        CHECK_EQ_INT(store_entity_relations_labelled(r, RE[e].id, NULL, NULL, w, 0, 1000,
                                                     &lv, &ln, &lm),
                     0);
        for (size_t i = 0; i < n; i++) {
            if (!strcmp(v[i].label, "co-mention")) continue;
            CHECK(k < ln);
            if (k < ln) {
                CHECK_STR(lv[k].other_id, v[i].other_id);
                CHECK_STR(lv[k].label, v[i].label);
                CHECK_EQ_INT(lv[k].count, v[i].count);
                CHECK_EQ_INT(lv[k].direction, v[i].direction);
            }
            k++;
        }
        CHECK_EQ_INT(ln, k);
        store_rels_free(lv, ln);
    }
    /* paging returns the same rows in the same order */
    for (size_t off = 0; off < n; off += 3) {
        store_rel *pv;
        size_t pn;
        int pm;
        CHECK_EQ_INT(
            store_entity_relations(r, RE[e].id, NULL, NULL, w, off, 3, &pv, &pn, &pm), 0);
        CHECK_EQ_INT(pm, off + 3 < n);
        for (size_t k = 0; k < pn; k++) {
            CHECK_STR(pv[k].other_id, v[off + k].other_id);
            CHECK_STR(pv[k].label, v[off + k].label);
            CHECK_EQ_INT(pv[k].direction, v[off + k].direction);
        }
        store_rels_free(pv, pn);
    }
    store_rels_free(v, n);
}

static void check_top(store_rtxn *r, const store_window *w, const char *label) {
    store_toprel *tp;
    size_t n;
    uint64_t exp[RN_ENTS * RN_ENTS * 5][2];
    size_t ne = 0;
    int want = label ? lab_index(label) : -1;
    for (int a = 0; a < RN_ENTS; a++)
        for (int b = 0; b < RN_ENTS; b++)
            for (int l = 0; l < 5; l++) {
                if (!MD.count[a][b][l]) continue;
                if (want >= 0 ? l != want : l == 4) continue;
                exp[ne][0] = MD.count[a][b][l];
                exp[ne][1] = MD.arts[a][b][l];
                ne++;
            }
    /* sort expected by count desc, articles desc */
    for (size_t i = 1; i < ne; i++)
        for (size_t j = i;
             j > 0 && (exp[j][0] > exp[j - 1][0] ||
                       (exp[j][0] == exp[j - 1][0] && exp[j][1] > exp[j - 1][1]));
             j--) {
            uint64_t t0 = exp[j][0], t1 = exp[j][1];
            exp[j][0] = exp[j - 1][0];
            exp[j][1] = exp[j - 1][1];
            exp[j - 1][0] = t0;
            exp[j - 1][1] = t1;
        }
    CHECK_EQ_INT(store_top_relations(r, w, label, NULL, 15, &tp, &n), 0);
    CHECK_EQ_INT(n, ne < 15 ? ne : 15);
    for (size_t i = 0; i < n; i++) {
        CHECK_EQ_INT(tp[i].count, exp[i][0]);
        CHECK_EQ_INT(tp[i].articles, exp[i][1]);
        int a = ent_index(tp[i].a_id), b = ent_index(tp[i].b_id),
            l = lab_index(tp[i].label);
        if (!tp[i].directed && a > b) {
            int t = a;
            a = b;
            b = t;
        }
        CHECK(a >= 0 && b >= 0);
        if (a >= 0 && b >= 0) CHECK_EQ_INT(tp[i].count, MD.count[a][b][l]);
    }
    store_toprels_free(tp, n);
}

static void check_all(store_t *s, int deep) {
    store_rtxn *r;
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    /* entity counts, all time */
    uint64_t ment[RN_ENTS] = {0}, arts[RN_ENTS] = {0}, tot_m = 0, tot_a = 0, tot_t = 0;
    for (int i = 0; i < RN_ARTS; i++) {
        if (!MA[i].live) continue;
        tot_a++;
        tot_m += MA[i].res->nments;
        tot_t += strlen(MA[i].text);
        for (uint32_t k = 0; k < MA[i].res->nents; k++) {
            int e = ent_index(MA[i].res->ents[k].id);
            arts[e]++;
            ment[e] += MA[i].res->ents[k].count;
        }
    }
    int nents = 0;
    for (int e = 0; e < RN_ENTS; e++) {
        store_entity x;
        int rc = store_entity_get(r, RE[e].id, &x);
        nents += arts[e] > 0;
        if (rc == ENT_ENOTFOUND) {
            CHECK_EQ_INT(arts[e], 0);
            continue;
        }
        CHECK_EQ_INT(rc, 0);
        CHECK_EQ_INT(x.mentions, ment[e]);
        CHECK_EQ_INT(x.articles, arts[e]);
        if (arts[e] == 0) CHECK(RE[e].origin != ORIGIN_DISCOVERED);
        store_entity_clear(&x);
    }
    store_stats st;
    CHECK_EQ_INT(store_get_stats(r, &st), 0);
    CHECK_EQ_INT(st.articles, tot_a);
    CHECK_EQ_INT(st.mentions, tot_m);
    CHECK_EQ_INT(st.text_bytes, tot_t);
    CHECK_EQ_INT(st.entities, nents);
    model_build(WHEN_NONE, WHEN_NONE);
    uint64_t nrel = 0;
    for (int a = 0; a < RN_ENTS; a++)
        for (int b = 0; b < RN_ENTS; b++)
            for (int l = 0; l < 5; l++)
                nrel += MD.count[a][b][l] > 0;
    CHECK_EQ_INT(st.relations, nrel);
    if (deep) {
        for (int e = 0; e < RN_ENTS; e++)
            check_entity_rels(r, e, NULL);
        check_top(r, NULL, NULL);
        check_top(r, NULL, "co-mention");
        check_top(r, NULL, "attack");
        for (int k = 0; k < 4; k++) {
            int64_t lo = rnd(3) ? T0 + (int64_t)rnd(7 * DAY) : WHEN_NONE;
            int64_t hi = rnd(3) ? T0 + (int64_t)rnd(8 * DAY) : WHEN_NONE;
            if (k == 0) lo = T0 + DAY, hi = T0 + 3 * DAY; /* whole days only */
            store_window w = {lo, hi};
            model_build(lo, hi);
            for (int e = 0; e < RN_ENTS; e++)
                check_entity_rels(r, e, &w);
            check_top(r, &w, NULL);
            check_top(r, &w, "co-mention");
            check_top(r, &w, LAB[rnd(4)]);
        }
        /* list: newest first, everything once */
        store_artmeta *m;
        size_t n;
        char *next;
        CHECK_EQ_INT(store_list_articles(r, NULL, NULL, NULL, 1000, &m, &n, &next), 0);
        CHECK_EQ_INT(n, tot_a);
        for (size_t i = 1; i < n; i++)
            CHECK(m[i - 1].ts >= m[i].ts);
        store_artmetas_free(m, n);
    }
    store_rend(r);
}

static void test_random(void) {
    store_t *s = open_new();
    store_txn *t;
    int st;
    memset(MA, 0, sizeof(MA));
    for (int round = 0; round < 6; round++) {
        CHECK_EQ_INT(store_wbegin(s, &t), 0);
        for (int op = 0; op < 60; op++) {
            int i = (int)rnd(RN_ARTS);
            mart *m = &MA[i];
            int what = (int)rnd(10);
            if (!m->live || what < 6) {
                int was = m->live;
                gen_article(m, i);
                ent_article a = art(m->id, m->text, m->ts, m->hash);
                CHECK_EQ_INT(store_put_article(t, &a, m->res, INGEST_TS, &st), 0);
                CHECK_EQ_INT(st, was ? PUT_UPDATED : PUT_CREATED);
                m->live = 1;
            } else if (what < 8) {
                CHECK_EQ_INT(store_delete_article(t, m->id), 0);
                m->live = 0;
            } else {
                ent_article a = art(m->id, m->text, m->ts, m->hash);
                CHECK_EQ_INT(store_put_article(t, &a, m->res, INGEST_TS, &st), 0);
                CHECK_EQ_INT(st, PUT_UNCHANGED);
            }
        }
        CHECK_EQ_INT(store_wcommit(t), 0);
        check_all(s, round % 2 == 1);
    }
    /* delete everything: every count is zero and no row is left */
    CHECK_EQ_INT(store_wbegin(s, &t), 0);
    for (int i = 0; i < RN_ARTS; i++)
        if (MA[i].live) {
            CHECK_EQ_INT(store_delete_article(t, MA[i].id), 0);
            MA[i].live = 0;
        }
    CHECK_EQ_INT(store_wcommit(t), 0);
    check_all(s, 1);
    store_stats ss = stats(s);
    CHECK_EQ_INT(ss.articles + ss.entities + ss.relations + ss.mentions + ss.text_bytes,
                 0);
    store_rtxn *r;
    store_toprel *tp;
    size_t n;
    CHECK_EQ_INT(store_rbegin(s, &r), 0);
    CHECK_EQ_INT(store_top_relations(r, NULL, "co-mention", NULL, 10, &tp, &n), 0);
    CHECK_EQ_INT(n, 0);
    store_rend(r);
    store_close(s);
    const char *empty[] = {"art_id",  "art",     "art_text", "art_time", "ent_art",
                           "ent_cnt", "rel_ent", "rel_ev",   "rel_day",  "rel_lab"};
    for (size_t i = 0; i < sizeof(empty) / sizeof(empty[0]); i++) {
        size_t ne = raw_entries(tmpdir, empty[i]);
        if (ne != 0) fprintf(stderr, "dbi %s: %zu entries left\n", empty[i], ne);
        CHECK_EQ_INT(ne, 0);
    }
    /* only gazetteer entities stay (with zero counts) */
    size_t gaz = 0;
    for (int e = 0; e < RN_ENTS; e++)
        gaz += RE[e].origin != ORIGIN_DISCOVERED;
    CHECK(raw_entries(tmpdir, "ent") <= gaz);
    CHECK_EQ_INT(raw_entries(tmpdir, "ent"), raw_entries(tmpdir, "ent_id"));
    CHECK_EQ_INT(raw_entries(tmpdir, "ent"), raw_entries(tmpdir, "ent_name"));
    for (int i = 0; i < RN_ARTS; i++)
        tag_result_free(MA[i].res);
    rmtree(tmpdir);
}

/* ---- threads: readers on several threads while the writer writes ---------------- */

typedef struct rdarg {
    store_t *s;
    int errors, reads;
} rdarg;

static void *reader(void *p) {
    rdarg *a = p;
    for (int i = 0; i < 300; i++) {
        store_rtxn *r;
        store_entity e;
        if (store_rbegin(a->s, &r)) {
            a->errors++;
            continue;
        }
        int rc = store_entity_get(r, "country:IL", &e);
        if (rc == 0) {
            /* one snapshot: Israel's mentions match its articles (one each) */
            if (e.mentions != e.articles) a->errors++;
            store_entity_clear(&e);
        } else if (rc != ENT_ENOTFOUND) {
            a->errors++;
        }
        store_rtxn *again;
        if (store_rbegin(a->s, &again) || again != r) a->errors++; /* nests */
        store_rend(again);
        store_rend(r);
        a->reads++;
    }
    return NULL;
}

static void test_threads(void) {
    store_t *s = open_new();
    pthread_t th[4];
    rdarg args[4];
    for (int i = 0; i < 4; i++) {
        args[i] = (rdarg){s, 0, 0};
        pthread_create(&th[i], NULL, reader, &args[i]);
    }
    char id[16];
    for (int i = 0; i < 100; i++) {
        snprintf(id, sizeof(id), "t%d", i);
        CHECK_EQ_INT(put1(s, id, "Israel spoke to Iran.", T0 + i, (uint64_t)i + 1),
                     PUT_CREATED);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        CHECK_EQ_INT(args[i].errors, 0);
        CHECK_EQ_INT(args[i].reads, 300);
    }
    close_rm(s);
}

/* ---- allocation failures ------------------------------------------------------ */

static void test_chaos(void) {
    store_t *s = open_new();
    CHECK_EQ_INT(put1(s, "a1", TXT1, T0, 1), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a2", TXT2, T0 + DAY, 2), PUT_CREATED);
    CHECK_EQ_INT(put1(s, "a3", TXT3, T0 + 2 * DAY, 3), PUT_CREATED);
    store_window w = {T0 + 3600, WHEN_NONE};
    for (int q = 0; q < 8; q++) {
        int done = 0;
        for (long nfail = 0; nfail < 500 && !done; nfail++) {
            store_rtxn *r;
            int rc;
            CHECK_EQ_INT(store_rbegin(s, &r),
                         0); /* the txn exists already: no allocation */
            ent_mem_fail_after(nfail);
            if (q == 0) {
                store_rel *v;
                size_t n;
                int more;
                rc = store_entity_relations(r, "country:IL", NULL, NULL, &w, 0, 3, &v, &n,
                                            &more);
                if (!rc)
                    CHECK_EQ_INT(n, 3);
                else
                    CHECK(v == NULL && n == 0);
                store_rels_free(v, n);
            } else if (q == 1) {
                store_pair_rel *p;
                size_t n;
                rc = store_pair_relations(r, "country:IL", "country:IR", NULL, NULL, 3,
                                          &p, &n);
                if (!rc)
                    CHECK_EQ_INT(n, 4);
                else
                    CHECK(p == NULL && n == 0);
                store_pair_rels_free(p, n);
            } else if (q == 2) {
                store_artmeta m;
                char *text;
                tag_result *res;
                rc = store_get_article(r, "a2", &m, &text, &res);
                if (!rc) CHECK(res->nents == 3);
                store_artmeta_clear(&m);
                ent_free(text);
                tag_result_free(res);
            } else if (q == 3) {
                store_artmeta *m;
                size_t n;
                char *next;
                rc = store_list_articles(r, "country:IR", NULL, NULL, 2, &m, &n, &next);
                if (!rc) CHECK(n == 2 && next != NULL);
                store_artmetas_free(m, n);
                ent_free(next);
            } else if (q == 4) {
                store_toprel *tp;
                size_t n;
                store_window w2 = {T0 + 3600, T0 + 2 * DAY + 3600};
                rc = store_top_relations(r, &w2, NULL, NULL, 5, &tp, &n);
                if (!rc) CHECK(n == 3);
                store_toprels_free(tp, n);
            } else if (q == 5) {
                store_entity e;
                rc = store_entity_get(r, "country:IR", &e);
                store_entity_clear(&e);
            } else {
                /* all time, a page cutting through a tie group */
                store_rel *v;
                size_t n;
                int more;
                rc = store_entity_relations(r, "country:IR", NULL, NULL, NULL,
                                            q == 6 ? 1 : 0, 2, &v, &n, &more);
                if (!rc)
                    CHECK(n == 2 && more == 1);
                else
                    CHECK(v == NULL && n == 0);
                store_rels_free(v, n);
            }
            ent_mem_fail_after(-1);
            store_rend(r);
            CHECK(rc == 0 || rc == ENT_ENOMEM);
            done = rc == 0;
        }
        CHECK(done);
    }
    /* writes: a failed put is aborted and leaves nothing behind */
    store_stats before = stats(s);
    int done = 0;
    for (long nfail = 0; nfail < 2000 && !done; nfail++) {
        store_txn *t;
        int st;
        ent_article a = art("c1", TXT1, T0 + 5 * DAY, 99);
        tag_result *res = mini_tag(TXT1, ES, NES, RS, NRS);
        CHECK_EQ_INT(store_wbegin(s, &t), 0);
        ent_mem_fail_after(nfail);
        int rc = store_put_article(t, &a, res, T0, &st);
        ent_mem_fail_after(-1);
        CHECK(rc == 0 || rc == ENT_ENOMEM);
        if (rc)
            store_wabort(t);
        else
            rc = store_wcommit(t);
        tag_result_free(res);
        if (!rc)
            done = 1;
        else
            CHECK_EQ_INT(stats(s).articles, before.articles);
    }
    CHECK(done);
    CHECK_EQ_INT(stats(s).articles, before.articles + 1);
    close_rm(s);
}

static void test_bad_input(void) {
    store_t *s = open_new();
    store_txn *t;
    int st;
    tag_result *res = mini_tag(TXT1, ES, NES, RS, NRS);
    ent_article a = art("b1", TXT1, T0, 1);
    CHECK_EQ_INT(store_wbegin(s, &t), 0);
    res->ments[0].end = (uint32_t)strlen(TXT1) + 1; /* past the text */
    CHECK_EQ_INT(store_put_article(t, &a, res, T0, &st), ENT_EINVAL);
    res->ments[0].end = res->ments[0].start + 6;
    res->rels[0].b = 99;
    CHECK_EQ_INT(store_put_article(t, &a, res, T0, &st), ENT_EINVAL);
    res->rels[0].b = 1;
    a.id = (char *)"";
    CHECK_EQ_INT(store_put_article(t, &a, res, T0, &st), ENT_EINVAL);
    a.id = (char *)"b1";
    a.published = INT64_MAX / 2;
    CHECK_EQ_INT(store_put_article(t, &a, res, T0, &st), ENT_EINVAL);
    a.published = T0;
    /* refused input writes nothing: the txn goes on (the writer relies on it) */
    char longid[ENT_MAX_ID + 2];
    memset(longid, 'x', sizeof(longid) - 1);
    longid[sizeof(longid) - 1] = 0;
    const char *saved_label = res->rels[res->nrels - 1].label;
    res->rels[res->nrels - 1].label = "";
    CHECK_EQ_INT(store_put_article(t, &a, res, T0, &st), ENT_EINVAL);
    res->rels[res->nrels - 1].label = saved_label;
    const char *saved_id = res->ents[res->nents - 1].id;
    res->ents[res->nents - 1].id = longid;
    CHECK_EQ_INT(store_put_article(t, &a, res, T0, &st), ENT_EINVAL);
    res->ents[res->nents - 1].id = saved_id;
    CHECK_EQ_INT(store_delete_article(t, "nope"), ENT_ENOTFOUND);
    CHECK_EQ_INT(store_put_article(t, &a, NULL, T0, &st),
                 0); /* no tagging result: text only */
    CHECK_EQ_INT(st, PUT_CREATED);
    CHECK_EQ_INT(store_wcommit(t), 0);
    store_stats ss = stats(s);
    CHECK_EQ_INT(ss.mentions, 0);
    CHECK_EQ_INT(ss.entities, 0);
    CHECK_EQ_INT(ss.articles, 1);
    int rc;
    store_entity e = getent(s, "country:IL", &rc);
    CHECK_EQ_INT(rc, ENT_ENOTFOUND); /* nothing of the refused puts stayed */
    store_entity_clear(&e);
    tag_result_free(res);
    store_close(s);
    CHECK_EQ_INT(raw_entries(tmpdir, "ent_id"), 0);
    CHECK_EQ_INT(raw_entries(tmpdir, "rel_ev"), 0);
    rmtree(tmpdir);
}

static void run_tests(void) {
    (void)test_shared; /* test.h helper this suite does not need */
    test_open_errors();
    test_put_status();
    test_counts();
    test_label_cache();
    test_upgrade_v3();
    test_undirected_and_directions();
    test_evidence();
    test_many_occurrences();
    test_windows();
    test_top();
    test_list_articles();
    test_get_article();
    test_text_coding();
    test_entity_names();
    test_entity_refresh();
    test_api_entities();
    test_reopen();
    test_nested();
    test_mapfull();
    test_bad_input();
    test_threads();
    test_chaos();
    test_random();
}
