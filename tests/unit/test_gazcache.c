/* test_gazcache.c - the compiled gazetteer saved to a file and read back: the
 * same gazetteer (entities, vocabulary, and what the tagger finds with it on
 * every tagger case's text), a key that changes with the files, and damaged or
 * foreign files refused. */
#include "../test.h"
#include "gaz.h"
#include "gaz_int.h"
#include "mem.h"
#include "tag.h"

#include <dirent.h>
#include <unistd.h>

static char dir[64];

static void run(const char *cmd) {
    CHECK_EQ_INT(system(cmd), 0);
}

/* Everything a tag result says, as one line of text in *out. */
static void result_text(const tag_result *r, char *out, size_t cap) {
    size_t n = 0;
#define ADD(...)                                                                         \
    do {                                                                                 \
        int k_ = snprintf(out + n, cap - n, __VA_ARGS__);                                \
        if (k_ > 0) n += (size_t)k_ < cap - n ? (size_t)k_ : cap - n - 1;                \
    } while (0)
    out[0] = '\0';
    for (uint32_t i = 0; i < r->nents; i++)
        ADD("E %s|%s|%s|%d|%u ", r->ents[i].id, r->ents[i].name, r->ents[i].type,
            r->ents[i].gidx, r->ents[i].count);
    for (uint32_t i = 0; i < r->nments; i++)
        ADD("M %u-%u:%u:%u ", r->ments[i].start, r->ments[i].end, r->ments[i].ent,
            r->ments[i].via);
    for (uint32_t i = 0; i < r->nrels; i++)
        ADD("R %u>%u:%s:%s:%u ", r->rels[i].a, r->rels[i].b, r->rels[i].label,
            r->rels[i].role ? r->rels[i].role : "-", r->rels[i].sent_start);
#undef ADD
}

static char *read_text(const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    char *buf = malloc(1 << 20);
    size_t n = buf ? fread(buf, 1, (1 << 20) - 1, fp) : 0;
    fclose(fp);
    if (buf) buf[n] = '\0';
    return buf;
}

/* Both gazetteers give the same tagging of every tagger case's text. */
static void check_same_tagging(gaz_t *a, gaz_t *b) {
    DIR *d = opendir("tests/tagger");
    CHECK(d != NULL);
    if (!d) return;
    tag_ctx *t = tag_ctx_create();
    static char ta[1 << 20], tb[1 << 20];
    int cases = 0, same = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        char path[512];
        snprintf(path, sizeof(path), "tests/tagger/%s/input.txt", de->d_name);
        char *text = read_text(path);
        if (!text) continue;
        tag_result *ra = NULL, *rb = NULL;
        CHECK_EQ_INT(tag_run(t, a, text, strlen(text), TAG_ALL, &ra), 0);
        CHECK_EQ_INT(tag_run(t, b, text, strlen(text), TAG_ALL, &rb), 0);
        if (ra && rb) {
            result_text(ra, ta, sizeof(ta));
            result_text(rb, tb, sizeof(tb));
            if (strcmp(ta, tb) == 0) same++;
            else fprintf(stderr, "test_gazcache: %s tags differently from the cache\n", path);
        }
        cases++;
        tag_result_free(ra);
        tag_result_free(rb);
        free(text);
    }
    closedir(d);
    tag_ctx_free(t);
    CHECK(cases > 100);
    CHECK_EQ_INT(same, cases);
}

/* The loaded copy holds the same entities and words as the compiled one. */
static void check_same_tables(const gaz_t *a, const gaz_t *b) {
    CHECK_EQ_INT(a->nents, b->nents);
    CHECK_EQ_INT(a->nvocab, b->nvocab);
    CHECK_EQ_INT(a->naliases, b->naliases);
    CHECK_EQ_INT(a->nkeys, b->nkeys);
    CHECK_EQ_INT(a->nlabels, b->nlabels);
    CHECK_EQ_INT(a->ntitles, b->ntitles);
    if (a->nents != b->nents || a->nvocab != b->nvocab || a->nkeys != b->nkeys) return;
    CHECK(!memcmp(a->vpool, b->vpool, a->voff[a->nvocab]));
    CHECK(!memcmp(a->vcls, b->vcls, a->nvocab * sizeof(uint32_t)));
    int ents_same = 1;
    for (uint32_t i = 0; i < a->nents; i++) {
        const gaz_entity *x = &a->ents[i], *y = &b->ents[i];
        int same = !strcmp(x->id, y->id) && !strcmp(x->name, y->name) &&
                   !strcmp(x->type, y->type) && x->naliases == y->naliases &&
                   x->nattrs == y->nattrs && x->kind == y->kind && x->sub == y->sub;
        for (uint32_t k = 0; same && k < x->naliases; k++)
            same = !strcmp(x->aliases[k], y->aliases[k]);
        for (uint32_t k = 0; same && k < x->nattrs; k++)
            same = !strcmp(x->attrs[k].key, y->attrs[k].key) &&
                   !strcmp(x->attrs[k].value, y->attrs[k].value);
        ents_same &= same;
    }
    CHECK(ents_same);
    int keys_same = 1;
    for (uint32_t i = 0; i < a->nkeys; i++)
        keys_same &= !strcmp(a->keys[i], b->keys[i]) && a->keyent[i] == b->keyent[i];
    CHECK(keys_same);
    for (uint32_t i = 0; i < a->nlabels; i++) CHECK_STR(a->labels[i].name, b->labels[i].name);
    /* lookups through the loaded tables */
    CHECK_EQ_INT(gaz_find_id(b, "country:IR"), gaz_find_id(a, "country:IR"));
    CHECK(gaz_find_id(b, "country:IR") >= 0);
    uint32_t fa[8], fb[8];
    size_t na = gaz_find_name(a, "iran", 4, fa, 8), nb = gaz_find_name(b, "iran", 4, fb, 8);
    CHECK_EQ_INT(na, nb);
    CHECK(na > 0 && nb > 0 && fa[0] == fb[0]);
}

static void test_round_trip(void) {
    ent_errinfo ei;
    gaz_t *g = NULL, *c = NULL;
    gaz_key k;
    char path[128];
    snprintf(path, sizeof(path), "%s/shipped.cache", dir);
    CHECK_EQ_INT(gaz_load("conf/gazetteer", "conf/relations", &g, &ei), 0);
    CHECK_EQ_INT(gaz_key_init(&k), 0);
    CHECK_EQ_INT(gaz_key_add_dirs(&k, "conf/gazetteer", "conf/relations"), 0);
    CHECK_EQ_INT(gaz_cache_load(path, &k, &c, &ei), ENT_ENOTFOUND); /* no file yet */
    CHECK(c == NULL);
    if (!g) return;
    CHECK_EQ_INT(gaz_cache_save(path, &k, g, &ei), 0);
    CHECK_EQ_INT(gaz_cache_load(path, &k, &c, &ei), 0);
    CHECK(c != NULL && c->blob != NULL);
    if (c) {
        check_same_tables(g, c);
        check_same_tagging(g, c);
    }
    gaz_unref(c);
    gaz_unref(g);
}

/* A copy of the fixture gazetteer in dir/conf. */
static void copy_fixture(void) {
    char cmd[256];
    snprintf(cmd, sizeof(cmd), "rm -rf %s/conf && cp -r tests/fixtures/conf %s/conf", dir, dir);
    run(cmd);
}

static void test_key_follows_files(void) {
    char gdir[128], ldir[128], cmd[512];
    gaz_key k1, k2, k3;
    copy_fixture();
    snprintf(gdir, sizeof(gdir), "%s/conf/gazetteer", dir);
    snprintf(ldir, sizeof(ldir), "%s/conf/relations", dir);
    CHECK_EQ_INT(gaz_key_init(&k1), 0);
    CHECK_EQ_INT(gaz_key_add_dirs(&k1, gdir, ldir), 0);
    CHECK_EQ_INT(gaz_key_init(&k2), 0);
    CHECK_EQ_INT(gaz_key_add_dirs(&k2, gdir, ldir), 0);
    CHECK(k1.h[0] == k2.h[0] && k1.h[1] == k2.h[1]); /* the same input, the same key */
    /* one more first name in a list file: another key */
    snprintf(cmd, sizeof(cmd), "echo Zebediah >> %s/lists/firstnames.txt", gdir);
    run(cmd);
    CHECK_EQ_INT(gaz_key_init(&k3), 0);
    CHECK_EQ_INT(gaz_key_add_dirs(&k3, gdir, ldir), 0);
    CHECK(k3.h[0] != k1.h[0] || k3.h[1] != k1.h[1]);
    /* and a run-time entry added: another again */
    k2 = k3;
    gaz_key_add(&k2, "{\"id\":\"x\"}", 10);
    CHECK(k2.h[0] != k3.h[0] || k2.h[1] != k3.h[1]);
    /* the lexicon counts too */
    snprintf(cmd, sizeof(cmd), "echo '# a comment' >> %s/labels.tsv", ldir);
    run(cmd);
    CHECK_EQ_INT(gaz_key_init(&k2), 0);
    CHECK_EQ_INT(gaz_key_add_dirs(&k2, gdir, ldir), 0);
    CHECK(k2.h[0] != k3.h[0] || k2.h[1] != k3.h[1]);
    CHECK(gaz_key_add_dirs(&k2, "/nonexistent/gazetteer", ldir) != 0);
}

/* gaz_load_cached: compiles and saves, then reads; a changed file compiles again. */
static void test_load_cached(void) {
    char gdir[128], ldir[128], path[128], cmd[512];
    ent_errinfo ei;
    gaz_t *g = NULL;
    int hit = -1;
    copy_fixture();
    snprintf(gdir, sizeof(gdir), "%s/conf/gazetteer", dir);
    snprintf(ldir, sizeof(ldir), "%s/conf/relations", dir);
    snprintf(path, sizeof(path), "%s/fixture.cache", dir);
    CHECK_EQ_INT(gaz_load_cached(gdir, ldir, path, &g, &hit, &ei), 0);
    CHECK_EQ_INT(hit, 0);
    CHECK(access(path, R_OK) == 0);
    size_t n1 = g ? gaz_entity_count(g) : 0;
    gaz_unref(g);
    CHECK_EQ_INT(gaz_load_cached(gdir, ldir, path, &g, &hit, &ei), 0);
    CHECK_EQ_INT(hit, 1);
    CHECK(g && g->blob);
    CHECK_EQ_INT(g ? gaz_entity_count(g) : 0, n1);
    gaz_unref(g);
    /* a new entity in a file: compiled again, and it is there */
    snprintf(cmd, sizeof(cmd),
             "printf 'person:zz-cachetest\\tPERSON\\tZebediah Quillfeather\\t\\t\\n' "
             ">> %s/zz-cachetest.tsv", gdir);
    run(cmd);
    CHECK_EQ_INT(gaz_load_cached(gdir, ldir, path, &g, &hit, &ei), 0);
    CHECK_EQ_INT(hit, 0);
    CHECK_EQ_INT(g ? gaz_entity_count(g) : 0, n1 + 1);
    CHECK(g && gaz_find_id(g, "person:zz-cachetest") >= 0);
    gaz_unref(g);
    CHECK_EQ_INT(gaz_load_cached(gdir, ldir, path, &g, &hit, &ei), 0);
    CHECK_EQ_INT(hit, 1);
    CHECK(g && gaz_find_id(g, "person:zz-cachetest") >= 0);
    gaz_unref(g);
    /* a cache that cannot be written: still loads, compiled */
    CHECK_EQ_INT(gaz_load_cached(gdir, ldir, "/nonexistent/dir/x.cache", &g, &hit, &ei), 0);
    CHECK_EQ_INT(hit, 0);
    CHECK(g != NULL);
    gaz_unref(g);
    /* no cache at all */
    CHECK_EQ_INT(gaz_load_cached(gdir, ldir, NULL, &g, &hit, &ei), 0);
    CHECK_EQ_INT(hit, 0);
    gaz_unref(g);
    /* a gazetteer error is reported as without the cache */
    snprintf(cmd, sizeof(cmd), "printf 'bad line\\n' >> %s/zz-cachetest.tsv", gdir);
    run(cmd);
    CHECK(gaz_load_cached(gdir, ldir, path, &g, &hit, &ei) != 0);
    CHECK(g == NULL);
}

/* Damaged, cut short, foreign: refused, nothing loaded. */
static void test_bad_files(void) {
    char gdir[128], ldir[128], path[128], cmd[512];
    ent_errinfo ei;
    gaz_t *g = NULL, *c = NULL;
    gaz_key k, other;
    copy_fixture();
    snprintf(gdir, sizeof(gdir), "%s/conf/gazetteer", dir);
    snprintf(ldir, sizeof(ldir), "%s/conf/relations", dir);
    snprintf(path, sizeof(path), "%s/bad.cache", dir);
    CHECK_EQ_INT(gaz_load(gdir, ldir, &g, &ei), 0);
    CHECK_EQ_INT(gaz_key_init(&k), 0);
    CHECK_EQ_INT(gaz_key_add_dirs(&k, gdir, ldir), 0);
    if (!g) return;
    CHECK_EQ_INT(gaz_cache_save(path, &k, g, &ei), 0);
    CHECK_EQ_INT(gaz_cache_load(path, &k, &c, &ei), 0);
    gaz_unref(c);
    c = NULL;
    /* another key */
    other = k;
    other.h[1] ^= 1;
    CHECK_EQ_INT(gaz_cache_load(path, &other, &c, &ei), ENT_ENOTFOUND);
    CHECK(c == NULL);
    /* one byte changed in the middle */
    FILE *fp = fopen(path, "r+b");
    CHECK(fp != NULL);
    long size = 0;
    if (fp) {
        fseek(fp, 0, SEEK_END);
        size = ftell(fp);
        fseek(fp, size / 2, SEEK_SET);
        int ch = fgetc(fp);
        fseek(fp, size / 2, SEEK_SET);
        fputc(ch ^ 0x40, fp);
        fclose(fp);
    }
    CHECK_EQ_INT(gaz_cache_load(path, &k, &c, &ei), ENT_ECORRUPT);
    CHECK(c == NULL && strstr(ei.text, "damaged") != NULL);
    /* cut short */
    CHECK_EQ_INT(gaz_cache_save(path, &k, g, &ei), 0);
    CHECK_EQ_INT(truncate(path, size - 100), 0);
    CHECK_EQ_INT(gaz_cache_load(path, &k, &c, &ei), ENT_ECORRUPT);
    CHECK(c == NULL);
    /* shorter than a header; not a cache at all */
    snprintf(cmd, sizeof(cmd), "printf 'hello' > %s", path);
    run(cmd);
    CHECK_EQ_INT(gaz_cache_load(path, &k, &c, &ei), ENT_ECORRUPT);
    snprintf(cmd, sizeof(cmd), "head -c 4096 /dev/zero > %s", path);
    run(cmd);
    CHECK_EQ_INT(gaz_cache_load(path, &k, &c, &ei), ENT_ENOTFOUND);
    CHECK(c == NULL);
    /* gaz_load_cached compiles over a damaged file and replaces it */
    int hit = -1;
    CHECK_EQ_INT(gaz_load_cached(gdir, ldir, path, &c, &hit, &ei), 0);
    CHECK_EQ_INT(hit, 0);
    gaz_unref(c);
    CHECK_EQ_INT(gaz_load_cached(gdir, ldir, path, &c, &hit, &ei), 0);
    CHECK_EQ_INT(hit, 1);
    gaz_unref(c);
    gaz_unref(g);
}

/* Every allocation of a save and of a load failing in turn: ENT_ENOMEM and
 * nothing leaked (the sanitizer build checks), until they succeed. */
static void test_alloc_failures(void) {
    ent_errinfo ei;
    gaz_t *g = NULL, *c = NULL;
    gaz_key k;
    char path[128];
    snprintf(path, sizeof(path), "%s/nomem.cache", dir);
    CHECK_EQ_INT(gaz_load("tests/fixtures/conf/gazetteer", "tests/fixtures/conf/relations", &g,
                          &ei), 0);
    CHECK_EQ_INT(gaz_key_init(&k), 0);
    if (!g) return;
    int saved = 0, loaded = 0;
    for (long n = 0; n < 100 && !saved; n++) {
        ent_mem_fail_after(n);
        int rc = gaz_cache_save(path, &k, g, &ei);
        ent_mem_fail_after(-1);
        CHECK(rc == 0 || rc == ENT_ENOMEM);
        saved = rc == 0;
    }
    CHECK(saved);
    for (long n = 0; n < 100 && !loaded; n++) {
        ent_mem_fail_after(n);
        int rc = gaz_cache_load(path, &k, &c, &ei);
        ent_mem_fail_after(-1);
        CHECK(rc == 0 || rc == ENT_ENOMEM);
        CHECK((rc == 0) == (c != NULL));
        loaded = rc == 0;
    }
    CHECK(loaded);
    gaz_unref(c);
    gaz_unref(g);
}

static void run_tests(void) {
    snprintf(dir, sizeof(dir), "/tmp/entd-test-gazcache-XXXXXX");
    if (!mkdtemp(dir)) {
        CHECK(0);
        return;
    }
    test_round_trip();
    test_key_follows_files();
    test_load_cached();
    test_bad_files();
    test_alloc_failures();
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    run(cmd);
}
