/* test_gaz.c - gazetteer loading errors, lookups, prefix search, tie-break. */
#include "../test.h"
#include "ent.h"
#include "gaz.h"
#include "gaz_int.h"
#include "mem.h"

#include <stdlib.h>
#include <unistd.h>

static char dir[64];

static void write_file(const char *name, const char *content) {
    char path[256];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    CHECK(fp != NULL);
    if (!fp) return;
    fputs(content, fp);
    fclose(fp);
}

static void test_file_errors(void) {
    ent_errinfo ei;
    gaz_t *g = NULL;
    write_file("a.tsv", "# comment\nid\ttype\tname\taliases\tattributes\n"
                        "country:XX\tCOUNTRY\tXland\tXL\tdemonym=Xish\n"
                        "org:bad\tOrg\tBad Org\t\t\n");
    int rc = gaz_load(dir, NULL, &g, &ei);
    CHECK_EQ_INT(rc, ENT_ECONF);
    CHECK_EQ_INT(ei.line, 4);
    CHECK(strstr(ei.file, "a.tsv") != NULL);
    CHECK(strstr(ei.text, "upper case") != NULL);
    CHECK(g == NULL);
    write_file("a.tsv", "country:XX\tCOUNTRY\n");
    rc = gaz_load(dir, NULL, &g, &ei);
    CHECK_EQ_INT(rc, ENT_ECONF);
    CHECK_EQ_INT(ei.line, 1);
    write_file("a.tsv", "country:XX\tCOUNTRY\tXland\t\tprio=high\n");
    rc = gaz_load(dir, NULL, &g, &ei);
    CHECK_EQ_INT(rc, ENT_ECONF);
    CHECK(strstr(ei.text, "prio") != NULL);
    write_file("a.tsv", "media:xt\tORG\tThe Xtimes\t\tarticle=a\n");
    rc = gaz_load(dir, NULL, &g, &ei);
    CHECK_EQ_INT(rc, ENT_ECONF);
    CHECK(strstr(ei.text, "article must be 'the'") != NULL);
    write_file("a.tsv", "country:XX\tCOUNTRY\tX\xffland\t\t\n");
    rc = gaz_load(dir, NULL, &g, &ei);
    CHECK_EQ_INT(rc, ENT_ECONF);
    CHECK(strstr(ei.text, "UTF-8") != NULL);
}

/* gaz_attrs_check, which the server runs on a PUT entity before storing it. */
static void test_attrs_check(void) {
    ent_errinfo ei;
    gaz_attr ok[] = {{"case", "any"}, {"article", "the"}, {"prio", "-1000000"},
                     {"local", "Zorb Party"}, {"country", "country:IL"}, {"role", "x"}};
    CHECK_EQ_INT(gaz_attrs_check("ORG", ok, 6, &ei), 0);
    CHECK_EQ_INT(gaz_attrs_check("ORG", ok, 0, &ei), 0);
    gaz_attr local[] = {{"kind", "party"}, {"local", "Zorb Party"}};
    CHECK_EQ_INT(gaz_attrs_check("ORG", local, 2, &ei), ENT_ECONF);
    CHECK(strstr(ei.text, "country") != NULL);
    /* (a country's local names are its own country's: "Moscow" of the Soviet
     * Union needs no attribute country) */
    gaz_attr own[] = {{"status", "former"}, {"local", "Zorbgrad"}};
    CHECK_EQ_INT(gaz_attrs_check("COUNTRY", own, 2, &ei), 0);
    CHECK_EQ_INT(gaz_attrs_check("PERSON", own, 2, &ei), ENT_ECONF);
    gaz_attr prio[] = {{"prio", "1000001"}};
    CHECK_EQ_INT(gaz_attrs_check("ORG", prio, 1, &ei), ENT_ECONF);
    CHECK(strstr(ei.text, "prio") != NULL);
    gaz_attr kase[] = {{"case", "lower"}};
    CHECK_EQ_INT(gaz_attrs_check("ORG", kase, 1, &ei), ENT_ECONF);
    CHECK(strstr(ei.text, "case must be 'any'") != NULL);
}

static void test_load_and_lookup(void) {
    ent_errinfo ei;
    gaz_t *g = NULL;
    write_file("a.tsv", "country:XX\tCOUNTRY\tXland\tThe Republic of Xland|XL\tdemonym=Xish;capital=Xton\n"
                        "loc:xland-city\tLOCATION\tXland\t\t\n"
                        "org:xo\tORG\tXland Oil\tXO\tprio=5\n");
    /* a later file replaces an entry with the same id */
    write_file("b.tsv", "org:xo\tORG\tXland Oil Company\tXOC\t\n");
    int rc = gaz_load(dir, NULL, &g, &ei);
    CHECK_EQ_INT(rc, 0);
    if (rc) return;
    CHECK_EQ_INT(gaz_entity_count(g), 3);
    int32_t xo = gaz_find_id(g, "org:xo");
    CHECK(xo >= 0);
    CHECK_STR(gaz_entity_at(g, (uint32_t)xo)->name, "Xland Oil Company");
    CHECK_EQ_INT(gaz_find_id(g, "org:none"), -1);
    uint32_t out[8];
    /* name lookups ignore case, diacritics and a leading "the" */
    size_t n = gaz_find_name(g, "republic of XLAND", 17, out, 8);
    CHECK_EQ_INT(n, 1);
    CHECK_STR(gaz_entity_at(g, out[0])->id, "country:XX");
    n = gaz_find_name(g, "Xland", 5, out, 8);
    CHECK_EQ_INT(n, 2);
    CHECK_STR(gaz_entity_at(g, out[0])->id, "country:XX"); /* COUNTRY before LOCATION */
    n = gaz_find_name(g, "Xish", 4, out, 8);
    CHECK(n == 1 && !strcmp(gaz_entity_at(g, out[0])->id, "country:XX"));
    n = gaz_find_name(g, "XO", 2, out, 8);
    CHECK_EQ_INT(n, 0); /* the replaced entry's alias is gone */
    n = gaz_prefix(g, "xla", 3, 0, out, 8);
    CHECK_EQ_INT(n, 3);
    n = gaz_prefix(g, "zz", 2, 0, out, 8);
    CHECK_EQ_INT(n, 0);
    const gaz_entity *e = gaz_entity_at(g, (uint32_t)gaz_find_id(g, "country:XX"));
    CHECK_STR(gaz_attr_get(e, "capital"), "Xton");
    CHECK(gaz_attr_get(e, "nothing") == NULL);
    gaz_unref(g);
}

/* The attribute kind becomes a code, and the town, county and company flags
 * come from it. */
static void test_kind_codes(void) {
    ent_errinfo ei;
    gaz_t *g = NULL;
    write_file("a.tsv", "loc:xton\tLOCATION\tXton\t\tkind=city\n"
                        "loc:xshire\tLOCATION\tXshire\t\tkind=county\n"
                        "loc:xstate\tLOCATION\tXstate\t\tkind=state\n"
                        "loc:xsea\tLOCATION\tXsea\t\tkind=sea\n"
                        "loc:xland\tLOCATION\tXland\t\tkind=continent\n"
                        "loc:xvale\tLOCATION\tXvale\t\t\n"
                        "org:xco\tORG\tXco\t\tkind=company\n"
                        "org:xparty\tORG\tXparty\t\tkind=party\n"
                        "org:xfront\tORG\tXfront\t\tkind=armed\n");
    /* (b.tsv of the test before adds "org:xo") */
    int rc = gaz_load(dir, NULL, &g, &ei);
    CHECK_EQ_INT(rc, 0);
    if (rc) return;
    static const struct {
        const char *id;
        int sub, town, county, company;
    } want[] = {{"loc:xton", SUB_CITY, 1, 0, 0},    {"loc:xshire", SUB_COUNTY, 1, 1, 0},
                {"loc:xstate", SUB_STATE, 0, 0, 0}, {"loc:xsea", SUB_SEA, 0, 0, 0},
                {"loc:xland", SUB_OTHER, 0, 0, 0},  {"loc:xvale", SUB_NONE, 1, 0, 0},
                {"org:xco", SUB_COMPANY, 0, 0, 1},  {"org:xparty", SUB_PARTY, 0, 0, 0},
                {"org:xfront", SUB_ARMED, 0, 0, 0}};
    for (size_t i = 0; i < ENT_ARRAY_LEN(want); i++) {
        int32_t k = gaz_find_id(g, want[i].id);
        CHECK(k >= 0);
        if (k < 0) continue;
        const gaz_entity *e = gaz_entity_at(g, (uint32_t)k);
        CHECK_EQ_INT(e->sub, want[i].sub);
        CHECK_EQ_INT(e->town, want[i].town);
        CHECK_EQ_INT(e->county, want[i].county);
        CHECK_EQ_INT(e->company, want[i].company);
    }
    gaz_unref(g);
}

/* Local names (attribute local): only with a country; in the trie after the
 * entries whose own name it is, flagged, and their first word a W_LOCALSTART,
 * not a W_ENTSTART. */
static void test_local_names(void) {
    ent_errinfo ei;
    gaz_t *g = NULL;
    write_file("a.tsv", "org:xlp\tORG\tXland Labour Party\t\tkind=party;local=Labour Party\n");
    write_file("b.tsv", "");
    int rc = gaz_load(dir, NULL, &g, &ei);
    CHECK_EQ_INT(rc, ENT_ECONF);
    CHECK(strstr(ei.text, "country") != NULL);
    write_file("a.tsv", "country:XX\tCOUNTRY\tXland\t\t\n"
                        "org:xlp\tORG\tXland Labour Party\t\tkind=party;country=country:XX;"
                        "local=Labour Party|Workers Party\n"
                        "org:ylp\tORG\tLabour Party\t\tkind=party;country=country:YY\n");
    rc = gaz_load(dir, NULL, &g, &ei);
    CHECK_EQ_INT(rc, 0);
    if (rc) return;
    const gaz_trie *tr = &g->etrie;
    text_doc d;
    memset(&d, 0, sizeof(d));
    CHECK_EQ_INT(text_tokenize_vocab(&d, "Labour Party Workers", 20, gaz_vocab(g)), 0);
    uint32_t node = tr->root[d.toks[0].vid];
    node = node ? gaz_trie_step(tr, node, d.toks[1].vid) : 0;
    CHECK(node != 0);
    if (node) {
        CHECK_EQ_INT(tr->pay_off[node + 1] - tr->pay_off[node], 2);
        const gaz_cand *c0 = &g->cands[tr->pay_off[node]]; /* (etrie has no pay array) */
        const gaz_cand *c1 = &g->cands[tr->pay_off[node] + 1];
        CHECK_STR(gaz_entity_at(g, c0->ent)->id, "org:ylp"); /* its own name first */
        CHECK_EQ_INT(c0->local, 0);
        CHECK_STR(gaz_entity_at(g, c1->ent)->id, "org:xlp");
        CHECK_EQ_INT(c1->local, 1);
    }
    CHECK(g->vcls[d.toks[0].vid] & W_ENTSTART); /* "Labour Party" is org:ylp's name */
    CHECK(g->vcls[d.toks[2].vid] & W_LOCALSTART);
    CHECK(!(g->vcls[d.toks[2].vid] & W_ENTSTART)); /* "Workers Party" only a local name */
    text_doc_free(&d);
    gaz_unref(g);
}

/* gaz_lookup_cls's eight-token fast path (where the CPU has it) and the
 * scalar loop agree on the classes (each token's word's vcls), the three
 * lists and the ORed classes, for texts of 0 to 60 tokens drawn from words of
 * every case and kind, with the shipped gazetteer. */
static void test_lookup_cls_paths(void) {
    ent_errinfo ei;
    gaz_t *g = NULL;
    if (gaz_load("conf/gazetteer", "conf/relations", &g, &ei)) {
        CHECK(!"the shipped gazetteer loads");
        return;
    }
    static const char *const words[] = {
        "Iran",   "iran",    "the",   "The",     "of",     "said",  "Foreign", "Minister",
        "al",     "-",       "Qaeda", ".",       ",",      "U.S.",  "\n\n",   "Leave",
        "a",      "Comment", "NATO",  "nato",    "Labor",  "Party", "Zyxwv",   "president",
        "PRESIDENT", "42",   "Corp",  "!",       "?",      "\"",    "Democratic", "de"};
    const size_t nw = sizeof(words) / sizeof(words[0]);
    unsigned x = 2024;
    text_doc d;
    memset(&d, 0, sizeof(d));
    enum { CAP = 64 + GAZ_SEL_SLACK };
    uint32_t cls[2][CAP], lt[2][CAP], cp[2][CAP], mk[2][CAP];
    char text[2048];
    int bad = 0;
    for (int round = 0; round < 4000 && !bad; round++) {
        size_t o = 0, n = (size_t)(round % 61);
        for (size_t w = 0; w < n && o + 16 < sizeof(text); w++) {
            x = x * 1103515245u + 12345u;
            const char *word = words[(x >> 16) % nw];
            o += (size_t)snprintf(text + o, sizeof(text) - o, "%s%s", w ? " " : "", word);
        }
        if (text_tokenize_vocab(&d, text, o, gaz_vocab(g))) {
            CHECK(!"tokenize");
            break;
        }
        if (d.ntoks > 64) continue;
        gaz_sel sel[2];
        for (int f = 0; f < 2; f++) {
            sel[f] = (gaz_sel){W_BOILSTART | W_TITLESTART | W_ENTSTART | W_LOCALSTART, lt[f], 0,
                               cp[f], 0, mk[f], 0, 0};
            gaz_lookup_cls_with(&d, cls[f], &sel[f], f);
        }
        /* the classes came with the ids from the tokenizer's lookup */
        for (size_t i = 0; i < d.ntoks; i++)
            bad |= cls[0][i] != (d.toks[i].vid >= 0 ? g->vcls[d.toks[i].vid] : 0);
        bad |= memcmp(cls[0], cls[1], d.ntoks * sizeof(uint32_t)) != 0 ||
              sel[0].ntoks != sel[1].ntoks || sel[0].ncaps != sel[1].ncaps ||
              sel[0].nmarks != sel[1].nmarks || sel[0].any != sel[1].any ||
              memcmp(lt[0], lt[1], sel[0].ntoks * sizeof(uint32_t)) != 0 ||
              memcmp(cp[0], cp[1], sel[0].ncaps * sizeof(uint32_t)) != 0 ||
              memcmp(mk[0], mk[1], sel[0].nmarks * sizeof(uint32_t)) != 0;
        CHECK(!bad);
        if (bad) fprintf(stderr, "  text: %.*s\n", (int)o, text);
    }
    text_doc_free(&d);
    gaz_unref(g);
}

static void test_builder_entries(void) {
    gaz_builder_t *b = gaz_builder_create();
    ent_errinfo ei;
    const char *al[] = {"Acme", "ACME"};
    gaz_attr at[] = {{"prio", "3"}};
    gaz_entry e = {"org:acme", "ORG", "Acme Corporation", al, 2, at, 1, ORIGIN_API};
    CHECK_EQ_INT(gaz_builder_add_entity(b, &e, &ei), 0);
    gaz_entry bad = {"", "ORG", "x", NULL, 0, NULL, 0, ORIGIN_API};
    CHECK_EQ_INT(gaz_builder_add_entity(b, &bad, &ei), ENT_EINVAL);
    CHECK_EQ_INT(gaz_builder_remove(b, "org:none"), ENT_ENOTFOUND);
    gaz_t *g;
    CHECK_EQ_INT(gaz_builder_finish(b, &g, &ei), 0);
    CHECK_EQ_INT(gaz_entity_count(g), 1);
    CHECK_EQ_INT(gaz_entity_at(g, 0)->origin, ORIGIN_API);
    CHECK_EQ_INT(gaz_entity_at(g, 0)->prio, 3);
    gaz_t *r = gaz_ref(g);
    gaz_unref(g);
    CHECK_EQ_INT(gaz_entity_count(r), 1); /* still alive through the second reference */
    gaz_unref(r);
}

static void test_lexicon_errors(void) {
    char lex[128];
    snprintf(lex, sizeof(lex), "%s/lex", dir);
    mkdir(lex, 0700);
    write_file("lex/labels.tsv", "label\tdirected\tdescription\nattack\tyes\tx\nwar\tmaybe\tx\n");
    write_file("lex/triggers.tsv", "");
    gaz_builder_t *b = gaz_builder_create();
    ent_errinfo ei;
    CHECK_EQ_INT(gaz_builder_add_lexicon(b, lex, &ei), ENT_ECONF);
    CHECK_EQ_INT(ei.line, 3);
    gaz_builder_free(b);
    write_file("lex/labels.tsv", "attack\tyes\tx\n");
    write_file("lex/triggers.tsv", "attack\tverb\tattack\t\tOBJ|against\tx\nwar\tnoun\twar\t\t\t\n");
    b = gaz_builder_create();
    CHECK_EQ_INT(gaz_builder_add_lexicon(b, lex, &ei), ENT_ECONF);
    CHECK(strstr(ei.text, "not in labels.tsv") != NULL);
    CHECK_EQ_INT(ei.line, 2);
    gaz_builder_free(b);
    write_file("lex/triggers.tsv", "attack\tverb\tattack\t\tOBJ|sideways\tx\n");
    b = gaz_builder_create();
    CHECK_EQ_INT(gaz_builder_add_lexicon(b, lex, &ei), ENT_ECONF);
    CHECK(strstr(ei.text, "sideways") != NULL);
    gaz_builder_free(b);
    /* the types column: an unknown type, a directed label without '>', an
     * undirected one with it */
    write_file("lex/triggers.tsv", "");
    const char *bad[] = {"buy\tyes\tx\tORG>COMPANY\n", "buy\tyes\tx\tORG\n",
                         "war\tno\tx\tCOUNTRY>ORG\n"};
    const char *says[] = {"COMPANY", "ACTORS>TARGETS", "without '>'"};
    for (int i = 0; i < 3; i++) {
        write_file("lex/labels.tsv", bad[i]);
        b = gaz_builder_create();
        CHECK_EQ_INT(gaz_builder_add_lexicon(b, lex, &ei), ENT_ECONF);
        CHECK(strstr(ei.text, says[i]) != NULL);
        gaz_builder_free(b);
    }
}

/* A gazetteer of the lexicon in dir/sub: its labels.tsv and triggers.tsv
 * written first. NULL (a failed check) when it does not load. */
static gaz_t *lexicon_gaz(const char *sub, const char *labels, const char *triggers) {
    char lex[128], path[160];
    snprintf(lex, sizeof(lex), "%s/%s", dir, sub);
    mkdir(lex, 0700);
    snprintf(path, sizeof(path), "%s/labels.tsv", sub);
    write_file(path, labels);
    snprintf(path, sizeof(path), "%s/triggers.tsv", sub);
    write_file(path, triggers);
    gaz_builder_t *b = gaz_builder_create();
    ent_errinfo ei;
    CHECK_EQ_INT(gaz_builder_add_lexicon(b, lex, &ei), 0);
    gaz_t *g = NULL;
    CHECK_EQ_INT(gaz_builder_finish(b, &g, &ei), 0); /* (frees b) */
    return g;
}

/* labels.tsv's types reach the compiled label as masks of kinds; no types
 * is any kind (0) */
static void test_label_types(void) {
    gaz_t *g = lexicon_gaz("lex2",
                           "buy\tyes\tx\tORG|PERSON>ORG\nwar\tno\tx\tCOUNTRY|ORG\n"
                           "attack\tyes\tx\n",
                           "buy\tverb\tbuy\t\tOBJ\tx\n");
    if (g) {
        const gaz_label *buy = &g->labels[gaz_label_find(g, "buy")];
        CHECK_EQ_INT(buy->actor_kinds, (1 << KIND_ORG) | (1 << KIND_PERSON));
        CHECK_EQ_INT(buy->target_kinds, 1 << KIND_ORG);
        const gaz_label *war = &g->labels[gaz_label_find(g, "war")];
        CHECK_EQ_INT(war->actor_kinds, (1 << KIND_COUNTRY) | (1 << KIND_ORG));
        CHECK_EQ_INT(war->target_kinds, war->actor_kinds);
        CHECK_EQ_INT(g->labels[gaz_label_find(g, "attack")].actor_kinds, 0);
        gaz_unref(g);
    }
}

/* triggers.tsv's actors column: the trigger gets its own copy of its label,
 * with the label's name and targets and those actors (ARMED, IGO among
 * them); a trigger without one keeps the label; an unknown kind is refused */
static void test_trigger_actors(void) {
    gaz_t *g = lexicon_gaz("lex3", "attack\tyes\tx\tCOUNTRY|ORG>COUNTRY|LOCATION\n",
                           "attack\tverb\tcaptured\t\tOBJ\tx\tCOUNTRY|ARMED\n"
                           "attack\tverb\tattacked\t\tOBJ\tx\n"
                           "attack\tverb\tlent\t\tOBJ\tx\tIGO\n");
    if (g) {
        int base = gaz_label_find(g, "attack");
        const gaz_label *cap = &g->labels[g->trigs[0].label], *att = &g->labels[g->trigs[1].label];
        CHECK(g->trigs[0].label != base);
        CHECK(cap->name == g->labels[base].name); /* one label by name */
        CHECK_EQ_INT(cap->actor_kinds, (1 << KIND_COUNTRY) | GAZ_KINDS_ARMED);
        CHECK_EQ_INT(cap->target_kinds, (1 << KIND_COUNTRY) | (1 << KIND_LOCATION));
        CHECK_EQ_INT(cap->directed, 1);
        CHECK_EQ_INT(g->trigs[1].label, base);
        CHECK_EQ_INT(att->actor_kinds, (1 << KIND_COUNTRY) | (1 << KIND_ORG));
        CHECK_EQ_INT(g->labels[g->trigs[2].label].actor_kinds, GAZ_KINDS_IGO);
        gaz_unref(g);
    }
    char lex[128];
    snprintf(lex, sizeof(lex), "%s/lex3", dir);
    write_file("lex3/triggers.tsv", "attack\tverb\tcaptured\t\tOBJ\tx\tCOUNTRY|REBELS\n");
    gaz_builder_t *b = gaz_builder_create();
    ent_errinfo ei;
    CHECK_EQ_INT(gaz_builder_add_lexicon(b, lex, &ei), ENT_ECONF);
    CHECK(strstr(ei.text, "REBELS") != NULL);
    CHECK_EQ_INT(ei.line, 1);
    gaz_builder_free(b);
}

/* Every token of a text finds its vocabulary word, or none, as the
 * tokenizer looks it up, including words in full buckets and in the buckets after
 * them, words over 8 bytes (compared byte by byte), words in capitals and
 * words that fold (diacritics). Thousands of generated words fill some
 * buckets up. */
static void test_vocab_table(void) {
    gaz_builder_t *b = gaz_builder_create();
    ent_errinfo ei;
    enum { NE = 3000 };
    char names[NE][48], ids[NE][24];
    unsigned x = 12345;
    for (int i = 0; i < NE; i++) {
        char w[2][20];
        for (int k = 0; k < 2; k++) {
            x = x * 1103515245u + 12345u;
            int len = 2 + (int)(x >> 16) % 13; /* 2..14 letters */
            w[k][0] = (char)('A' + (x >> 8) % 26);
            for (int q = 1; q < len; q++) {
                x = x * 1103515245u + 12345u;
                w[k][q] = (char)('a' + (x >> 16) % 26);
            }
            w[k][len] = '\0';
        }
        snprintf(names[i], sizeof(names[i]), "%s %s", w[0], w[1]);
        snprintf(ids[i], sizeof(ids[i]), "person:p%d", i);
        gaz_entry e = {ids[i], "PERSON", names[i], NULL, 0, NULL, 0, ORIGIN_API};
        CHECK_EQ_INT(gaz_builder_add_entity(b, &e, &ei), 0);
    }
    const char *al[] = {"Zürichbergstrasse"};
    gaz_entry e = {"loc:z", "LOCATION", "Zurichbergstrasse", al, 1, NULL, 0, ORIGIN_API};
    CHECK_EQ_INT(gaz_builder_add_entity(b, &e, &ei), 0);
    gaz_t *g;
    CHECK_EQ_INT(gaz_builder_finish(b, &g, &ei), 0);
    size_t full = 0;
    for (size_t k = 0; k <= g->vocab.mask; k++)
        full += (g->vocab.vb[k].vid1[TEXT_VB - 1] & TEXT_VID1) != 0;
    CHECK(full > 0); /* the overflow path is exercised */
    /* the names, then the same words in capitals, then words of no name */
    size_t cap = NE * 2 * 40 + 200, len = 0;
    char *text = malloc(cap);
    for (int i = 0; i < NE; i++) {
        size_t n = strlen(names[i]);
        memcpy(text + len, names[i], n);
        text[len + n] = ' ';
        len += n + 1;
    }
    for (size_t k = 0, half = len; k < half; k++) {
        char ch = text[k];
        text[len++] = ch >= 'a' && ch <= 'z' ? (char)(ch - 'a' + 'A') : ch;
    }
    const char *extra = "Zurichbergstrasse ZURICHBERGSTRASSE Zürichbergstrasse qqqq9qqqqqqq q9 .";
    memcpy(text + len, extra, strlen(extra));
    len += strlen(extra);
    text_doc d = {0};
    CHECK_EQ_INT(text_tokenize_vocab(&d, text, len, gaz_vocab(g)), 0);
    size_t words = 0, found = 0;
    for (size_t i = 0; i < d.ntoks; i++) {
        const text_tok *t = &d.toks[i];
        char fold[256];
        int fl = text_tok_fold(&d, t, fold, sizeof(fold));
        CHECK(fl >= 0);
        if (fl < 0) continue;
        int32_t want = gaz_vocab_find(g, fold, (size_t)fl);
        CHECK_EQ_INT(t->vid, want);
        CHECK_EQ_INT(d.pay[i], t->vid >= 0 ? g->vcls[t->vid] : 0); /* the word's classes */
        if (t->vid >= 0) {
            uint32_t a = g->voff[t->vid], z = g->voff[t->vid + 1];
            CHECK(z - a == (uint32_t)fl && !memcmp(g->vpool + a, fold, (size_t)fl));
        }
        words += (t->flags & TOK_WORD) != 0;
        found += t->vid >= 0;
    }
    CHECK_EQ_INT(words, 4 * NE + 5);
    CHECK_EQ_INT(found, 4 * NE + 3); /* all but the two made-up words */
    text_doc_free(&d);
    free(text);
    gaz_unref(g);
}

static void run_tests(void) {
    snprintf(dir, sizeof(dir), "/tmp/entd-test-gaz-XXXXXX");
    if (!mkdtemp(dir)) {
        CHECK(0);
        return;
    }
    test_file_errors();
    test_attrs_check();
    test_load_and_lookup();
    test_kind_codes();
    test_local_names();
    test_lookup_cls_paths();
    test_builder_entries();
    test_lexicon_errors();
    test_label_types();
    test_trigger_actors();
    test_vocab_table();
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    CHECK_EQ_INT(system(cmd), 0);
}
