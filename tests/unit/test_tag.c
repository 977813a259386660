/* test_tag.c - the tagger and relation rules on hand-written sentences, with the
 * small fixture gazetteer in tests/fixtures/conf (not the shipped one). */
#include "../test.h"
#include "gaz.h"
#include "mem.h"
#include "tag.h"
#include "tag_int.h"

static gaz_t *G;
static tag_ctx *T;

static tag_result *tag(const char *s) {
    tag_result *r = NULL;
    int rc = tag_run(T, G, s, strlen(s), TAG_ALL, &r);
    CHECK_EQ_INT(rc, 0);
    return r;
}

/* index of the entity with this id, or -1 */
static int ent(const tag_result *r, const char *id) {
    for (uint32_t i = 0; i < r->nents; i++)
        if (!strcmp(r->ents[i].id, id)) return (int)i;
    return -1;
}

/* number of relations a-label-b (a, b ids; undirected relations match both ways) */
static int rel(const tag_result *r, const char *a, const char *label, const char *b) {
    int n = 0, ia = ent(r, a), ib = ent(r, b);
    for (uint32_t i = 0; i < r->nrels; i++) {
        const tag_relation *x = &r->rels[i];
        if (strcmp(x->label, label)) continue;
        if ((int)x->a == ia && (int)x->b == ib) n++;
        else if (!x->directed && (int)x->a == ib && (int)x->b == ia) n++;
    }
    return n;
}

static int labelled(const tag_result *r) {
    return (int)tag_result_labelled(r);
}

/* via of the first mention covering byte offset off, or -1 */
static int via_at(const tag_result *r, uint32_t off) {
    for (uint32_t i = 0; i < r->nments; i++)
        if (r->ments[i].start <= off && off < r->ments[i].end) return r->ments[i].via;
    return -1;
}

static void test_basic_matching(void) {
    const char *s = "Iran\xe2\x80\x99s leaders met Iranians in Tehran, and the U.S. replied.";
    tag_result *r = tag(s);
    int ir = ent(r, "country:IR"), us = ent(r, "country:US");
    CHECK(ir >= 0 && us >= 0);
    CHECK_EQ_INT(r->ents[ir].count, 3);
    CHECK_EQ_INT(r->ments[0].start, 0);
    CHECK_EQ_INT(r->ments[0].end, 4); /* possessive left out */
    CHECK_EQ_INT(via_at(r, 0), VIA_NAME);
    CHECK_EQ_INT(via_at(r, (uint32_t)(strstr(s, "Iranians") - s)), VIA_DEMONYM);
    CHECK_EQ_INT(via_at(r, (uint32_t)(strstr(s, "Tehran") - s)), VIA_CAPITAL);
    CHECK_EQ_INT(via_at(r, (uint32_t)(strstr(s, "U.S.") - s)), VIA_ALIAS);
    CHECK_EQ_INT(r->nents, 2);
    tag_result_free(r);
}

static void test_case_policy(void) {
    tag_result *r = tag("Let us go to the un office and tell them about turkey prices.");
    CHECK_EQ_INT(r->nents, 0); /* "us", "un" are not acronyms; "turkey" needs a capital */
    tag_result_free(r);
    r = tag("The US and the UN met in Turkey.");
    CHECK(ent(r, "country:US") >= 0);
    CHECK(ent(r, "org:united-nations") >= 0);
    CHECK(ent(r, "country:TR") >= 0);
    tag_result_free(r);
}

/* Lowercase words start only the aliases whose case policy allows them there
 * (W_ENTLOWER): case=any entities and aliases written in lowercase. */
static void test_lowercase_alias_starts(void) {
    gaz_builder_t *b = gaz_builder_create();
    ent_errinfo ei;
    gaz_attr any[] = {{"case", "any"}};
    gaz_entry acme = {"org:acme", "ORG", "Acme Corporation", NULL, 0, any, 1, ORIGIN_API};
    gaz_entry qaeda = {"org:al-qaeda", "ORG", "al-Qaeda", NULL, 0, NULL, 0, ORIGIN_API};
    gaz_entry tr = {"country:TR", "COUNTRY", "Turkey", NULL, 0, NULL, 0, ORIGIN_API};
    CHECK_EQ_INT(gaz_builder_add_entity(b, &acme, &ei), 0);
    CHECK_EQ_INT(gaz_builder_add_entity(b, &qaeda, &ei), 0);
    CHECK_EQ_INT(gaz_builder_add_entity(b, &tr, &ei), 0);
    gaz_t *g;
    CHECK_EQ_INT(gaz_builder_finish(b, &g, &ei), 0);
    if (!g) return;
    const char *s = "they said acme corporation and al-Qaeda bought turkey, not Al-qaeda.";
    tag_result *r = NULL;
    CHECK_EQ_INT(tag_run(T, g, s, strlen(s), 0, &r), 0);
    CHECK(r && ent(r, "org:acme") >= 0 && ent(r, "org:al-qaeda") >= 0);
    CHECK(r && ent(r, "country:TR") < 0); /* "turkey" needs its capital */
    CHECK(r && r->nments == 2); /* "Al-qaeda": the capital of "Qaeda" is missing */
    tag_result_free(r);
    gaz_unref(g);
}

/* A place named like a name particle ("Van", a Turkish city) is no place
 * before a capitalized word: "Van Moer said", "Van der Westhuizen". */
static void test_particle_places(void) {
    gaz_builder_t *b = gaz_builder_create();
    ent_errinfo ei;
    gaz_entry van = {"location:van", "LOCATION", "Van", NULL, 0, NULL, 0, ORIGIN_API};
    CHECK_EQ_INT(gaz_builder_add_entity(b, &van, &ei), 0);
    CHECK_EQ_INT(gaz_builder_add_word(b, "particles", "van"), 0);
    CHECK_EQ_INT(gaz_builder_add_word(b, "particles", "der"), 0);
    gaz_t *g;
    CHECK_EQ_INT(gaz_builder_finish(b, &g, &ei), 0);
    if (!g) return;
    const char *s = "Van Moer said so. A penalty by Van der Westhuizen won it. "
                    "The quake hit Van on Monday.";
    tag_result *r = NULL;
    CHECK_EQ_INT(tag_run(T, g, s, strlen(s), 0, &r), 0);
    int places = 0;
    for (uint32_t i = 0; r && i < r->nments; i++) {
        const tag_mention *m = &r->ments[i];
        if (!strcmp(r->ents[m->ent].id, "location:van")) {
            places++;
            CHECK(m->start == (uint32_t)(strstr(s, "hit Van") - s) + 4);
        }
    }
    CHECK_EQ_INT(places, 1);
    tag_result_free(r);
    gaz_unref(g);
}

/* An alias of attribute after_town names its entity only right after a
 * capitalized word and a comma: "Pittsburgh, Pa." is Pennsylvania, "Pa said"
 * and "Pittsburgh Pa." are not. */
static void test_after_town(void) {
    gaz_builder_t *b = gaz_builder_create();
    ent_errinfo ei;
    gaz_attr attrs[] = {{"kind", "state"}, {"after_town", "Pa.|Penn."}};
    gaz_entry pa = {"loc:us-pennsylvania", "LOCATION", "Pennsylvania", NULL, 0, attrs, 2,
                    ORIGIN_API};
    CHECK_EQ_INT(gaz_builder_add_entity(b, &pa, &ei), 0);
    gaz_t *g;
    CHECK_EQ_INT(gaz_builder_finish(b, &g, &ei), 0);
    if (!g) return;
    const char *s = "Pa said no. He moved to Pittsburgh, Pa., in May and to Erie, Penn. "
                    "Pittsburgh Pa. is wrong. The word, pa. is lowercase.";
    tag_result *r = NULL;
    CHECK_EQ_INT(tag_run(T, g, s, strlen(s), 0, &r), 0);
    int n = 0;
    for (uint32_t i = 0; r && i < r->nments; i++) {
        const tag_mention *m = &r->ments[i];
        if (strcmp(r->ents[m->ent].id, "loc:us-pennsylvania")) continue;
        n++;
        CHECK(m->start == (uint32_t)(strstr(s, ", Pa.,") - s) + 2 ||
              m->start == (uint32_t)(strstr(s, ", Penn.") - s) + 2);
    }
    CHECK_EQ_INT(n, 2);
    tag_result_free(r);
    gaz_unref(g);
}

static void test_offsets_after_non_ascii(void) {
    const char *s = "\xc4\xb0stanbul is in T\xc3\xbcrkiye, not Iran.";
    tag_result *r = tag(s);
    CHECK(ent(r, "loc:istanbul") >= 0);
    int tr = ent(r, "country:TR"), ir = ent(r, "country:IR");
    CHECK(tr >= 0 && ir >= 0);
    for (uint32_t i = 0; i < r->nments; i++) {
        const tag_mention *m = &r->ments[i];
        if ((int)m->ent == ir) CHECK(!memcmp(s + m->start, "Iran", 4) && m->end - m->start == 4);
        if ((int)m->ent == tr) CHECK(!memcmp(s + m->start, "T\xc3\xbcrkiye", 8));
    }
    tag_result_free(r);
}

static void test_tie_break(void) {
    /* Georgia: the country wins over the US state (type order), deterministically */
    tag_result *r = tag("Officials in Georgia said so.");
    CHECK(ent(r, "country:GE") >= 0);
    CHECK(ent(r, "loc:georgia-us") < 0);
    tag_result_free(r);
}

static void test_titles_and_discovery(void) {
    const char *s = "Foreign Minister Abbas Araghchi spoke. Later, Araghchi left.";
    tag_result *r = tag(s);
    int p = ent(r, "person:abbas-araghchi");
    CHECK(p >= 0);
    if (p >= 0) {
        CHECK_STR(r->ents[p].type, "PERSON");
        CHECK_EQ_INT(r->ents[p].origin, ORIGIN_DISCOVERED);
        CHECK_EQ_INT(r->ents[p].count, 2);
    }
    CHECK_EQ_INT(via_at(r, (uint32_t)(strstr(s, "Abbas") - s)), VIA_TITLE);
    CHECK_EQ_INT(via_at(r, (uint32_t)(strstr(s, "Araghchi left") - s)), VIA_COREF);
    tag_result_free(r);
    /* a title alone is never a person */
    r = tag("The Foreign Minister said the Supreme Leader agreed.");
    CHECK_EQ_INT(r->nents, 0);
    tag_result_free(r);
    /* known first name + capitalized word */
    r = tag("Analysts said John Maplethorpe disagreed.");
    CHECK(ent(r, "person:john-maplethorpe") >= 0);
    tag_result_free(r);
    /* no discovery in Title Case headlines */
    r = tag("President Says He Will Not Cooperate With Anyone");
    CHECK_EQ_INT(r->nents, 0);
    tag_result_free(r);
}

/* TAG_LIST_ONLY: the names the gazetteer lists, and nothing found by a rule */
static void test_list_only(void) {
    const char *s = "Foreign Minister Abbas Araghchi of Iran met Ali Khamenei. "
                    "Later, Araghchi and Khamenei left Tehran.";
    tag_result *r = NULL;
    CHECK_EQ_INT(tag_run(T, G, s, strlen(s), TAG_LIST_ONLY | TAG_ALL, &r), 0);
    if (!r) return;
    CHECK(ent(r, "country:IR") >= 0);
    int k = ent(r, "person:ali-khamenei");
    CHECK(k >= 0 && r->ents[k].count == 1); /* no coreference: "Khamenei" alone is no alias */
    CHECK_EQ_INT(ent(r, "person:abbas-araghchi"), -1);
    for (uint32_t i = 0; i < r->nents; i++) CHECK_EQ_INT(r->ents[i].origin, ORIGIN_GAZETTEER);
    CHECK_EQ_INT(r->nrels, 0);
    tag_result_free(r);
    /* the default tagger finds him, so the test above can fail */
    r = tag(s);
    CHECK(ent(r, "person:abbas-araghchi") >= 0);
    tag_result_free(r);
}

static void test_discovered_ids(void) {
    /* the id of a discovered name: folded words joined by '-', whether the
     * name is ASCII (folded directly) or not (through text_fold_phrase) */
    tag_result *r = tag("Foreign Minister Pat O'Brien met Foreign Minister "
                        "Se\xc3\xa1n Mac Giolla-Bh\xc3\xad" "de in Dublin.");
    CHECK(ent(r, "person:pat-o-brien") >= 0);
    CHECK(ent(r, "person:sean-mac-giolla-bhide") >= 0);
    tag_result_free(r);
}

static void test_coref_to_gazetteer_person(void) {
    const char *s = "Ali Khamenei spoke on Monday. Khamenei said more.";
    tag_result *r = tag(s);
    int k = ent(r, "person:ali-khamenei");
    CHECK(k >= 0 && r->ents[k].count == 2);
    CHECK_EQ_INT(via_at(r, (uint32_t)(strstr(s, "Khamenei said") - s)), VIA_COREF);
    tag_result_free(r);
    /* a surname before the full name (a headline, a lede) is resolved when the
     * full name comes from the gazetteer or a title */
    r = tag("Khamenei spoke first. Ali Khamenei spoke later.");
    k = ent(r, "person:ali-khamenei");
    CHECK(k >= 0 && r->ents[k].count == 2);
    CHECK_EQ_INT(via_at(r, 0), VIA_COREF);
    tag_result_free(r);
    /* but not to a name found from its first name alone */
    r = tag("Maplethorpe spoke first. John Maplethorpe spoke later.");
    k = ent(r, "person:john-maplethorpe");
    CHECK(k >= 0 && r->ents[k].count == 1);
    tag_result_free(r);
}

static void test_boilerplate(void) {
    tag_result *r = tag("Iran said no.\n\nLeave a Comment\n\nScroll to Top");
    CHECK_EQ_INT(r->nents, 1);
    tag_result_free(r);
}

static void test_relations(void) {
    tag_result *r = tag("A ceasefire between Iran and Israel held.");
    CHECK_EQ_INT(rel(r, "country:IR", "ceasefire", "country:IL"), 1);
    CHECK_EQ_INT(rel(r, "country:IR", "co-mention", "country:IL"), 1);
    tag_result_free(r);
    /* list members are linked to the target, never to each other */
    r = tag("Britain, France and Germany attacked Iran.");
    CHECK_EQ_INT(rel(r, "country:GB", "attack", "country:IR"), 1);
    CHECK_EQ_INT(rel(r, "country:FR", "attack", "country:IR"), 1);
    CHECK_EQ_INT(rel(r, "country:DE", "attack", "country:IR"), 1);
    CHECK_EQ_INT(rel(r, "country:GB", "attack", "country:FR"), 0);
    CHECK_EQ_INT(labelled(r), 3);
    tag_result_free(r);
    /* a preposition that is not the trigger's does not make a target */
    r = tag("Israel held a meeting in Tehran.");
    CHECK_EQ_INT(labelled(r), 0);
    tag_result_free(r);
    /* passive: the entity before suffers the action */
    r = tag("Iran was attacked by Israel.");
    CHECK_EQ_INT(rel(r, "country:IL", "attack", "country:IR"), 1);
    CHECK_EQ_INT(rel(r, "country:IR", "attack", "country:IL"), 0);
    tag_result_free(r);
    /* negation: nothing reported */
    r = tag("Iran did not attack Israel.");
    CHECK_EQ_INT(labelled(r), 0);
    tag_result_free(r);
    /* the listener of "told" is not an actor */
    r = tag("Officials told Israel that the attack on Iran was over.");
    CHECK_EQ_INT(rel(r, "country:IL", "attack", "country:IR"), 0);
    tag_result_free(r);
    /* a noun trigger governed by a verb trigger does not take the verb's subject */
    r = tag("France supported the attack on Iran.");
    CHECK_EQ_INT(rel(r, "country:FR", "attack", "country:IR"), 0);
    tag_result_free(r);
    /* ", and X verb" starts a new clause: X is not a second target */
    r = tag("The United States attacked Iran, and Israel supported the operation.");
    CHECK_EQ_INT(rel(r, "country:US", "attack", "country:IR"), 1);
    CHECK_EQ_INT(rel(r, "country:US", "attack", "country:IL"), 0);
    tag_result_free(r);
    /* a causal word carries the parties of the event before it */
    r = tag("Israel attacked Iran, sparking a war.");
    CHECK_EQ_INT(rel(r, "country:IL", "war", "country:IR"), 1);
    tag_result_free(r);
    /* a target-only and an actor-only trigger of one label join */
    r = tag("Iran is reeling from sanctions after the United States imposed sanctions.");
    CHECK_EQ_INT(rel(r, "country:US", "sanctions", "country:IR"), 1);
    CHECK_EQ_INT(rel(r, "country:IR", "sanctions", "country:US"), 0);
    tag_result_free(r);
    /* a title with a demonym gives an affiliation with the role */
    r = tag("Iranian Foreign Minister Abbas Araghchi arrived.");
    int found = 0;
    for (uint32_t i = 0; i < r->nrels; i++)
        if (!strcmp(r->rels[i].label, "affiliation") && r->rels[i].role &&
            !strcmp(r->rels[i].role, "Foreign Minister"))
            found = 1;
    CHECK(found);
    CHECK_EQ_INT(rel(r, "person:abbas-araghchi", "affiliation", "country:IR"), 1);
    tag_result_free(r);
    /* apposition */
    r = tag("Abbas Araghchi, Iran's foreign minister, arrived.");
    CHECK_EQ_INT(rel(r, "person:abbas-araghchi", "affiliation", "country:IR"), 1);
    tag_result_free(r);
}

static void test_deterministic(void) {
    const char *s = "The US and Israel support Jordan, and Georgia met Turkey in Tehran.";
    tag_result *a = tag(s), *b = tag(s);
    CHECK_EQ_INT(a->nments, b->nments);
    CHECK_EQ_INT(a->nrels, b->nrels);
    for (uint32_t i = 0; i < a->nments && i < b->nments; i++) {
        CHECK_EQ_INT(a->ments[i].start, b->ments[i].start);
        CHECK_STR(a->ents[a->ments[i].ent].id, b->ents[b->ments[i].ent].id);
    }
    tag_result_free(a);
    tag_result_free(b);
}

static void test_alloc_failures(void) {
    const char *s = "Foreign Minister Abbas Araghchi met Ali Khamenei in Tehran. Khamenei left.";
    for (long k = 0; k < 200; k++) {
        tag_ctx *c = tag_ctx_create();
        tag_result *r = NULL;
        ent_mem_fail_after(k);
        int rc = c ? tag_run(c, G, s, strlen(s), TAG_ALL, &r) : -1;
        ent_mem_fail_after(-1);
        CHECK(rc == 0 || rc == -1);
        CHECK(rc != 0 || r != NULL);
        tag_result_free(r);
        tag_ctx_free(c);
        if (rc == 0 && c) break;
    }
}

static void run_tests(void) {
    ent_errinfo ei;
    int rc = gaz_load("tests/fixtures/conf/gazetteer", "tests/fixtures/conf/relations", &G, &ei);
    if (rc) {
        fprintf(stderr, "cannot load fixture: %s:%d: %s\n", ei.file, ei.line, ei.text);
        CHECK(rc == 0);
        return;
    }
    T = tag_ctx_create();
    test_basic_matching();
    test_case_policy();
    test_lowercase_alias_starts();
    test_particle_places();
    test_after_town();
    test_offsets_after_non_ascii();
    test_tie_break();
    test_titles_and_discovery();
    test_discovered_ids();
    test_list_only();
    test_coref_to_gazetteer_person();
    test_boilerplate();
    test_relations();
    CHECK(rel_lists_check()); /* a keyed set built wrong misses words */
    CHECK(tag_lists_check());
    test_deterministic();
    test_alloc_failures();
    tag_ctx_free(T);
    gaz_unref(G);
}
