/* test_misc.c - times, configuration and the JSON wire format. */
#include "../test.h"
#include "conf.h"
#include "gaz.h"
#include "mem.h"
#include "tag.h"
#include "when.h"
#include "wire.h"

#include <unistd.h>

static void test_when(void) {
    int64_t t;
    char buf[40];
    CHECK_EQ_INT(when_parse("1970-01-01", &t), 0);
    CHECK_EQ_INT(t, 0);
    CHECK_EQ_INT(when_parse("2025-06-24", &t), 0);
    CHECK_EQ_INT(t, 1750723200);
    CHECK_EQ_INT(when_parse("2025-06-24T08:00:00Z", &t), 0);
    CHECK_EQ_INT(t, 1750723200 + 8 * 3600);
    CHECK_EQ_INT(when_parse("2025-06-24T10:00:00.250+02:00", &t), 0);
    CHECK_EQ_INT(t, 1750723200 + 8 * 3600);
    CHECK_EQ_INT(when_parse("2024-02-29", &t), 0);
    CHECK_EQ_INT(when_parse("2025-02-29", &t), ENT_EINVAL);
    CHECK_EQ_INT(when_parse("2025-13-01", &t), ENT_EINVAL);
    CHECK_EQ_INT(when_parse("June 24", &t), ENT_EINVAL);
    CHECK_EQ_INT(when_parse("2025-06-24T25:00", &t), ENT_EINVAL);
    CHECK_EQ_INT(when_parse("2025-06-24x", &t), ENT_EINVAL);
    when_format(1750723200 + 8 * 3600 + 61, buf, sizeof(buf));
    CHECK_STR(buf, "2025-06-24T08:01:01Z");
    when_format(-86400, buf, sizeof(buf));
    CHECK_STR(buf, "1969-12-31T00:00:00Z");
    CHECK_EQ_INT(when_day(-1), -1);
    CHECK_EQ_INT(when_day(86399), 0);
}

static void test_conf(void) {
    ent_conf c;
    ent_errinfo ei;
    conf_defaults(&c);
    CHECK_STR(c.listen, "127.0.0.1:7311");
    CHECK_EQ_INT(c.max_body, 8388608);
    CHECK_EQ_INT(c.sync, 1);
    char path[] = "/tmp/entd-test-conf-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    const char *good = "# comment\nlisten 0.0.0.0:9000\n  threads 3\ngazetteer gaz\nsync no\n";
    CHECK(write(fd, good, strlen(good)) == (ssize_t)strlen(good));
    close(fd);
    CHECK_EQ_INT(conf_load(&c, path, &ei), 0);
    CHECK_STR(c.listen, "0.0.0.0:9000");
    CHECK_EQ_INT(c.threads, 3);
    CHECK_STR(c.gazetteer, "/tmp/gaz"); /* relative to the file's directory */
    CHECK_EQ_INT(c.sync, 0);
    FILE *fp = fopen(path, "w");
    fputs("listen 1.2.3.4:5\nthreads many\n", fp);
    fclose(fp);
    CHECK_EQ_INT(conf_load(&c, path, &ei), ENT_ECONF);
    CHECK_EQ_INT(ei.line, 2);
    CHECK(strstr(ei.text, "threads") != NULL);
    fp = fopen(path, "w");
    fputs("colour blue\n", fp);
    fclose(fp);
    CHECK_EQ_INT(conf_load(&c, path, &ei), ENT_ECONF);
    CHECK(strstr(ei.text, "unknown directive 'colour'") != NULL);
    CHECK_EQ_INT(conf_set(&c, "max_body", "5", &ei), ENT_ECONF); /* below the minimum */
    CHECK_EQ_INT(conf_set(&c, "log_level", "loud", &ei), ENT_ECONF);
    unlink(path);
    /* the shipped conf/entd.conf holds every directive at its default */
    ent_conf d, s;
    conf_defaults(&d);
    conf_defaults(&s);
    CHECK_EQ_INT(conf_load(&s, "conf/entd.conf", &ei), 0);
    CHECK_STR(s.listen, d.listen);
    CHECK_EQ_INT(s.threads, d.threads);
    CHECK_EQ_INT(s.max_body, d.max_body);
    CHECK_EQ_INT(s.map_size_mb, d.map_size_mb);
    CHECK_EQ_INT(s.queue_max, d.queue_max);
    CHECK_EQ_INT(s.batch_max, d.batch_max);
    CHECK_EQ_INT(s.timeout, d.timeout);
    CHECK_EQ_INT(s.sync, d.sync);
    CHECK_STR(s.gazetteer, "conf/gazetteer");
    CHECK_STR(s.relations, "conf/relations");
    CHECK_STR(s.data, "conf/../data");
}

static void test_wire_article(void) {
    ent_article a;
    ent_errinfo ei;
    json_error_t je;
    json_t *j = json_loads("{\"title\":\"T\",\"text\":\"Body\",\"published\":\"2025-06-24\","
                           "\"extra\":1}", 0, &je);
    CHECK_EQ_INT(wire_article_decode(j, &a, &ei), 0);
    CHECK_EQ_INT(wire_article_finish(&a), 0);
    CHECK(a.id && !strncmp(a.id, "h-", 2));
    CHECK_EQ_INT(a.published, 1750723200);
    uint64_t h1 = a.hash;
    char *id1 = ent_strdup(a.id);
    wire_article_clear(&a);
    json_decref(j);
    /* same title and text: same derived id; other published: other content hash */
    j = json_loads("{\"title\":\"T\",\"text\":\"Body\",\"published\":\"2025-06-25\"}", 0, &je);
    CHECK_EQ_INT(wire_article_decode(j, &a, &ei), 0);
    CHECK_EQ_INT(wire_article_finish(&a), 0);
    CHECK_STR(a.id, id1);
    CHECK(a.hash != h1);
    wire_article_clear(&a);
    json_decref(j);
    ent_free(id1);
    const char *bad[] = {"{\"text\":\"\"}", "{\"title\":\"x\"}", "{\"text\":5}",
                         "{\"text\":\"x\",\"id\":\"a/b\"}", "{\"text\":\"x\",\"published\":\"soon\"}",
                         "[1]"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        j = json_loads(bad[i], 0, &je);
        ent_errinfo_clear(&ei);
        CHECK_EQ_INT(wire_article_decode(j, &a, &ei), ENT_EINVAL);
        CHECK(ei.text[0] != '\0');
        json_decref(j);
    }
    CHECK_EQ_INT(wire_article_from_text("caf\xc3", 4, &a, &ei), ENT_EUTF8);
    CHECK_EQ_INT(wire_article_from_text("", 0, &a, &ei), ENT_EINVAL);
    CHECK_EQ_INT(wire_article_from_text("ok", 2, &a, &ei), 0);
    wire_article_clear(&a);
    char d[64];
    wire_display(d, sizeof(d), "Israel", "Iran", "ceasefire", 0);
    CHECK_STR(d, "Israel\xe2\x80\x93Iran: ceasefire");
    wire_display(d, sizeof(d), "United States", "Iran", "sanctions", 1);
    CHECK_STR(d, "United States\xe2\x86\x92Iran: sanctions");
}

static void test_wire_result(void) {
    gaz_t *g;
    ent_errinfo ei;
    CHECK_EQ_INT(gaz_load("tests/fixtures/conf/gazetteer", "tests/fixtures/conf/relations", &g, &ei), 0);
    tag_ctx *c = tag_ctx_create();
    const char *s = "A ceasefire between Iran and Israel held.";
    tag_result *r;
    CHECK_EQ_INT(tag_run(c, g, s, strlen(s), TAG_ALL, &r), 0);
    json_t *j = wire_tag_result(r, s, strlen(s));
    CHECK(j != NULL);
    json_t *ents = json_object_get(j, "entities"), *rels = json_object_get(j, "relations");
    CHECK_EQ_INT(json_array_size(ents), 2);
    json_t *e0 = json_array_get(ents, 0);
    CHECK_STR(json_string_value(json_object_get(e0, "id")), "country:IR");
    json_t *m0 = json_array_get(json_object_get(e0, "mentions"), 0);
    CHECK_STR(json_string_value(json_object_get(m0, "text")), "Iran");
    CHECK_STR(json_string_value(json_object_get(m0, "via")), "name");
    int found = 0;
    size_t i;
    json_t *x;
    json_array_foreach(rels, i, x) {
        if (strcmp(json_string_value(json_object_get(x, "label")), "ceasefire")) continue;
        found = 1;
        CHECK_STR(json_string_value(json_object_get(x, "display")), "Israel\xe2\x80\x93Iran: ceasefire");
        CHECK(json_is_false(json_object_get(x, "directed")));
        CHECK_EQ_INT(json_integer_value(json_object_get(json_object_get(x, "sentence"), "start")), 0);
        CHECK_STR(json_string_value(json_object_get(json_object_get(x, "trigger"), "text")), "ceasefire");
    }
    CHECK(found);
    json_decref(j);
    tag_result_free(r);
    tag_ctx_free(c);
    gaz_unref(g);
}

/* wire_dumps writes what json_dumps(JSON_COMPACT) writes. */
static void test_wire_dumps(void) {
    const char *docs[] = {
        "{}", "[]", "null", "[true,false,null,0,-1,9223372036854775807,1.5]",
        "{\"zeta\":1,\"alpha\":{\"b\":[1,{\"c\":\"d\"}]},\"mid\":\"x\"}",
        "{\"s\":\"quote \\\" back \\\\ slash / nl \\n tab \\t cr \\r bs \\b ff \\f ctl \\u0001\\u001f\"}",
        "{\"u\":\"caf\u00e9 \u2013 \\ud83d\\ude00 \u2028\",\"k\\\"q\":[]}",
        "[\"\",[[]],{\"\":{}}]",
    };
    for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
        json_error_t je;
        json_t *j = json_loads(docs[i], JSON_DECODE_ANY, &je);
        CHECK(j != NULL);
        if (!j) continue;
        char *a = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
        size_t n = 0;
        char *b = wire_dumps(j, &n);
        CHECK_STR(b, a);
        CHECK(b && n == strlen(b));
        ent_free(a);
        ent_free(b);
        json_decref(j);
    }
}

/* The raw appends write what the jw_* calls write; wire_display cuts as
 * snprintf would. */
static void test_jw_raw(void) {
    jw_t a, b;
    jw_init(&a);
    jw_arr(&a);
    for (int k = 0; k < 2; k++) { /* twice: the second time is served from the time cache */
        jw_obj(&a);
        jw_key(&a, "s");
        jw_str(&a, "x \"y\" \x01");
        jw_key(&a, "n");
        jw_int(&a, -7);
        jw_key(&a, "t");
        jw_time(&a, 1750723200);
        jw_key(&a, "z");
        jw_str(&a, NULL);
        jw_key(&a, "never");
        jw_time(&a, WHEN_NONE);
        jw_end_obj(&a);
    }
    jw_int(&a, 3);
    jw_end_arr(&a);
    jw_init(&b);
    jw_arr(&b);
    for (int k = 0; k < 2; k++) {
        jw_sep(&b);
        JW_LIT(&b, "{\"s\":");
        jw_raw_str(&b, "x \"y\" \x01", strlen("x \"y\" \x01"));
        JW_LIT(&b, ",\"n\":");
        jw_raw_int(&b, -7);
        JW_LIT(&b, ",\"t\":");
        jw_raw_time(&b, 1750723200);
        JW_LIT(&b, ",\"z\":");
        jw_raw_strz(&b, NULL);
        JW_LIT(&b, ",\"never\":");
        jw_raw_time(&b, WHEN_NONE);
        JW_LIT(&b, "}");
    }
    jw_int(&b, 3);
    jw_end_arr(&b);
    char *x = jw_finish(&a, NULL), *y = jw_finish(&b, NULL);
    CHECK_STR(y, x);
    ent_free(x);
    ent_free(y);

    char got[12]; /* cut at 11 bytes, as snprintf into 12 would cut */
    size_t n = wire_display(got, sizeof(got), "Iran", "Israel", "ceasefire", 0);
    CHECK_STR(got, "Iran\xe2\x80\x93Isra");
    CHECK(n == 11);
    char full[64], full2[64];
    n = wire_display(full, sizeof(full), "US", "Iran", "attack", 1);
    snprintf(full2, sizeof(full2), "%s%s%s: %s", "US", "\xe2\x86\x92", "Iran", "attack");
    CHECK_STR(full, full2);
    CHECK(n == strlen(full2));
}

/* The streaming writer writes what jansson writes for the same document. */
static void test_jw(void) {
    jw_t w;
    jw_init(&w);
    jw_obj(&w);
    jw_key(&w, "id");
    jw_str(&w, "country:IR");
    jw_key(&w, "n");
    jw_int(&w, -42);
    jw_key(&w, "big");
    jw_int(&w, 4294967296LL);
    jw_key(&w, "ok");
    jw_bool(&w, 1);
    jw_key(&w, "none");
    jw_str(&w, NULL);
    jw_key(&w, "t");
    jw_time(&w, 1750723200);
    jw_key(&w, "never");
    jw_time(&w, WHEN_NONE);
    jw_key(&w, "list");
    jw_arr(&w);
    jw_str(&w, "a \"q\" \n");
    jw_obj(&w);
    jw_end_obj(&w);
    jw_arr(&w);
    jw_end_arr(&w);
    jw_int(&w, 1);
    jw_end_arr(&w);
    json_t *sub = json_pack("{s:[i,s]}", "x", 1, "y");
    jw_key(&w, "sub");
    jw_json(&w, sub);
    jw_end_obj(&w);
    size_t n = 0;
    char *got = jw_finish(&w, &n);
    json_t *j = json_pack("{s:s,s:i,s:I,s:b,s:n,s:s,s:n,s:[s,{},[],i],s:O}", "id", "country:IR",
                          "n", -42, "big", (json_int_t)4294967296LL, "ok", 1, "none", "t",
                          "2025-06-24T00:00:00Z", "never", "list", "a \"q\" \n", 1, "sub", sub);
    char *want = json_dumps(j, JSON_COMPACT);
    CHECK_STR(got, want);
    CHECK(got && n == strlen(got));
    ent_free(got);
    ent_free(want);
    json_decref(j);
    json_decref(sub);
}

static void run_tests(void) {
    ent_mem_install_json();
    test_wire_dumps();
    test_jw_raw();
    test_jw();
    test_when();
    test_conf();
    test_wire_article();
    test_wire_result();
}
