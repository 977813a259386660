/* test_out.c - unit tests for entq's pure parts: out.c (tables and reports)
 * and the URL helpers of hcli.c.
 *
 * The Makefile links unit tests with the common objects only, so the client
 * sources are compiled in here (-Iclient finds them). Each test builds a
 * json_t, renders it into a memory stream and checks what an analyst would
 * read. */
#include "../test.h"
#include "err.h"
#include "hcli.h"
#include "mem.h"
#include "out.h"

/* CHECK that haystack contains needle, showing both when it does not. */
#define CHECK_HAS(hay, needle)                                                           \
    do {                                                                                 \
        test_checks++;                                                                   \
        if (!strstr((hay), (needle))) {                                                  \
            fprintf(stderr, "%s:%d: CHECK failed: output lacks \"%s\":\n%s\n", __FILE__, \
                    __LINE__, (needle), (hay));                                          \
            test_failures++;                                                             \
        }                                                                                \
    } while (0)

#define CHECK_LACKS(hay, needle)                                                         \
    do {                                                                                 \
        test_checks++;                                                                   \
        if (strstr((hay), (needle))) {                                                   \
            fprintf(stderr, "%s:%d: CHECK failed: output has \"%s\":\n%s\n", __FILE__,   \
                    __LINE__, (needle), (hay));                                          \
            test_failures++;                                                             \
        }                                                                                \
    } while (0)

/* Run `call` (which writes to f) and leave its output in the new string out. */
#define RENDER(out, call)                                                                \
    do {                                                                                 \
        size_t render_len_;                                                              \
        FILE *f = open_memstream(&(out), &render_len_);                                  \
        if (!f) abort();                                                                 \
        call;                                                                            \
        fclose(f);                                                                       \
    } while (0)

static json_t *load(const char *s) {
    json_error_t e;
    json_t *j = json_loads(s, 0, &e);
    if (!j) {
        fprintf(stderr, "bad test JSON: %s at %d: %s\n", e.text, e.position, s);
        abort();
    }
    return j;
}

static void test_width_and_fit(void) {
    char buf[256];
    CHECK(out_width("Iran", 4) == 4);
    CHECK(out_width("S\xc3\xa3o", 4) == 3);               /* São */
    CHECK(out_width("\xe6\x97\xa5\xe6\x9c\xac", 6) == 4); /* 日本: wide */
    CHECK(out_width("\xe2\x80\x93", 3) == 1);             /* en dash */

    CHECK(!strcmp(out_fit("  a \n\t b  ", 10, 0, buf, sizeof(buf)), "a b"));
    CHECK(!strcmp(out_fit("abcdef", 6, 4, buf, sizeof(buf)), "abc\xe2\x80\xa6"));
    CHECK(!strcmp(out_fit("abcd", 4, 4, buf, sizeof(buf)), "abcd")); /* fits exactly */
    CHECK(!strcmp(out_fit("ab", 2, 1, buf, sizeof(buf)), "\xe2\x80\xa6"));
    /* a cut never splits a UTF-8 character */
    CHECK(!strcmp(out_fit("S\xc3\xa3o Paulo", 10, 3, buf, sizeof(buf)),
                  "S\xc3\xa3\xe2\x80\xa6"));
    /* terminal escapes and invalid bytes never pass through */
    out_fit("red\x1b[31mX\xff", 11, 0, buf, sizeof(buf));
    CHECK(!strchr(buf, '\x1b'));
    CHECK(!strcmp(buf, "red [31mX?"));
    /* the byte capacity bounds the result, still with an ellipsis */
    char small[8];
    out_fit("abcdefghijkl", 12, 0, small, sizeof(small));
    CHECK(strlen(small) < sizeof(small));
    CHECK(!strcmp(small, "abcd\xe2\x80\xa6")); /* 4 + 3 bytes + NUL = 8 */
}

static void test_scalars(void) {
    char buf[64];
    json_t *j =
        load("{\"s\": \"x\", \"i\": 42, \"r\": 1.5, \"t\": true, \"n\": null,"
             " \"d\": \"2025-06-24T08:00:00Z\", \"e\": 1750752000, \"w\": \"soon\"}");
    CHECK(!strcmp(out_scalar(json_object_get(j, "s"), buf, sizeof(buf)), "x"));
    CHECK(!strcmp(out_scalar(json_object_get(j, "i"), buf, sizeof(buf)), "42"));
    CHECK(!strcmp(out_scalar(json_object_get(j, "r"), buf, sizeof(buf)), "1.5"));
    CHECK(!strcmp(out_scalar(json_object_get(j, "t"), buf, sizeof(buf)), "true"));
    CHECK(!strcmp(out_scalar(json_object_get(j, "n"), buf, sizeof(buf)), "-"));
    CHECK(!strcmp(out_scalar(json_object_get(j, "absent"), buf, sizeof(buf)), "-"));
    CHECK(!strcmp(out_time(json_object_get(j, "d"), 1, buf, sizeof(buf)), "2025-06-24"));
    CHECK(!strcmp(out_time(json_object_get(j, "d"), 0, buf, sizeof(buf)),
                  "2025-06-24T08:00:00Z"));
    CHECK(!strcmp(out_time(json_object_get(j, "e"), 0, buf, sizeof(buf)),
                  "2025-06-24T08:00:00Z"));
    CHECK(!strcmp(out_time(json_object_get(j, "e"), 1, buf, sizeof(buf)), "2025-06-24"));
    CHECK(!strcmp(out_time(json_object_get(j, "w"), 1, buf, sizeof(buf)), "soon"));
    CHECK(!strcmp(out_time(NULL, 1, buf, sizeof(buf)), "-"));
    json_decref(j);
}

static void test_error_text(void) {
    char buf[256];
    const char *api = "{\"error\": {\"status\": 400, \"type\": \"invalid_json\","
                      " \"message\": \"line 1 column 7: unexpected\"}}";
    CHECK(!strcmp(out_error_text(api, strlen(api), buf, sizeof(buf)),
                  "invalid_json: line 1 column 7: unexpected"));
    const char *html = "<html>Bad gateway</html>\nmore";
    CHECK(!strcmp(out_error_text(html, strlen(html), buf, sizeof(buf)),
                  "<html>Bad gateway</html>"));
    CHECK(!strcmp(out_error_text("", 0, buf, sizeof(buf)), ""));
}

static void test_table(void) {
    static const char *const heads[] = {"NAME", "COUNT", "ID"};
    static const int maxw[] = {6, 0, 0};
    const char *r1[] = {"S\xc3\xa3o Paulo", "7", "city:sp"};
    const char *r2[] = {"Iran", "1234", NULL};
    out_table t;
    char *s = NULL;
    out_table_init(&t, 3, heads, "lrl", maxw);
    CHECK(out_table_add(&t, r1) == 0);
    CHECK(out_table_add(&t, r2) == 0);
    RENDER(s, out_table_print(&t, f, "> "));
    /* widths in columns, not bytes: "São P…" is 6 wide, like "NAME  " */
    CHECK(!strcmp(s, "> NAME    COUNT  ID\n"
                     "> S\xc3\xa3o P\xe2\x80\xa6      7  city:sp\n"
                     "> Iran     1234  -\n"));
    free(s);
    out_table_free(&t);
}

static const char *TAG_TEXT = "Israel and Iran agreed to a ceasefire.\n"
                              "Iranian Foreign Minister Abbas Araghchi\tsaid so.";

static void test_tag_result(void) {
    json_t *j =
        load("{\"id\": \"a1\", \"status\": \"updated\","
             " \"entities\": ["
             "  {\"id\": \"country:IR\", \"name\": \"Iran\", \"type\": \"COUNTRY\", "
             "\"count\": 2,"
             "   \"mentions\": [{\"start\": 11, \"end\": 15, \"via\": \"name\"},"
             "                  {\"start\": 39, \"end\": 46, \"via\": \"demonym\"},"
             "                  {\"start\": 0, \"end\": 1, \"via\": \"name\"}]},"
             "  {\"id\": \"person:abbas-araghchi\", \"name\": \"Abbas Araghchi\", "
             "\"type\": \"PERSON\","
             "   \"mentions\": [{\"start\": 64, \"end\": 78, \"via\": \"title\"}]}],"
             " \"relations\": ["
             "  {\"a\": {\"name\": \"Israel\"}, \"b\": {\"name\": \"Iran\"}, \"label\": "
             "\"ceasefire\","
             "   \"directed\": false, \"display\": \"Israel\xe2\x80\x93Iran: ceasefire\","
             "   \"sentence\": {\"start\": 0, \"end\": 38}},"
             "  {\"a\": {\"name\": \"Israel\"}, \"b\": {\"name\": \"Iran\"}, \"label\": "
             "\"co-mention\","
             "   \"directed\": false, \"sentence\": {\"start\": 0, \"end\": 38}},"
             "  {\"a\": {\"name\": \"Abbas Araghchi\"}, \"b\": {\"name\": \"Iran\"},"
             "   \"label\": \"affiliation\", \"directed\": true, \"role\": \"Foreign "
             "Minister\","
             "   \"sentence\": {\"start\": 39, \"end\": 87}},"
             "  {\"a\": {\"name\": \"X\"}, \"b\": {\"name\": \"Y\"}, \"label\": \"war\","
             "   \"directed\": false, \"sentence\": {\"start\": 5, \"end\": 9999}}]}");
    char *s = NULL;
    RENDER(s, out_post(f, j, TAG_TEXT, strlen(TAG_TEXT)));
    CHECK_HAS(s, "id      a1\n");
    CHECK_HAS(s, "status  updated\n");
    CHECK_HAS(s, "NAME            TYPE     MENTIONS  MATCHED BY     ID");
    CHECK_HAS(s, "Iran            COUNTRY         2  name, demonym  country:IR");
    /* no count field: the mentions listed are counted */
    CHECK_HAS(s,
              "Abbas Araghchi  PERSON          1  title          person:abbas-araghchi");
    CHECK_HAS(s, "  Israel\xe2\x80\x93Iran: ceasefire\n      Israel and Iran agreed to a "
                 "ceasefire.\n");
    /* the display is built when absent; the tab in the sentence became a space */
    CHECK_HAS(s, "  Abbas Araghchi\xe2\x86\x92Iran: affiliation (Foreign Minister)\n"
                 "      Iranian Foreign Minister Abbas Araghchi said so.\n");
    CHECK_HAS(s, "(bytes 5-9999)"); /* offsets past the text are not cut */
    CHECK_HAS(s, "(1 co-mention not shown)");
    CHECK_LACKS(s, "co-mention\n");
    free(s);

    /* without the text, the offsets */
    RENDER(s, out_tag_result(f, j, NULL, 0));
    CHECK_HAS(s, "(bytes 0-38)");
    free(s);

    json_t *empty = load("{\"entities\": [], \"relations\": []}");
    RENDER(s, out_tag_result(f, empty, "", 0));
    CHECK(!strcmp(s, "no entities found\n"));
    free(s);
    json_decref(empty);
    json_decref(j);
}

static void test_bulk(void) {
    json_t *j =
        load("{\"took_ms\": 12, \"errors\": true, \"items\": ["
             " {\"id\": \"a\", \"status\": 201, \"result\": \"created\", \"line\": 1},"
             " {\"id\": \"b\", \"status\": 200, \"result\": \"unchanged\", \"line\": 2},"
             " {\"status\": 400, \"line\": 4, \"error\": {\"status\": 400,"
             "   \"type\": \"invalid_json\", \"message\": \"line 1 column 2: bad\"}},"
             " {\"id\": \"z\", \"status\": 413, \"error\": \"too big\"}]}");
    char *s = NULL;
    size_t failed = 0;
    RENDER(s, failed = out_bulk(f, j));
    CHECK(failed == 2);
    CHECK_HAS(s, "2 ok (1 created, 0 updated, 1 unchanged), 2 failed in 12 ms\n");
    CHECK_HAS(s, "  line 4: 400 invalid_json: line 1 column 2: bad\n");
    CHECK_HAS(s, "  item 4: 413 too big (id z)\n"); /* no line: its position */
    free(s);
    json_decref(j);
}

static void test_entity(void) {
    json_t *j = load("{\"id\": \"country:IR\", \"name\": \"Iran\", \"type\": "
                     "\"COUNTRY\", \"origin\": \"gazetteer\","
                     " \"aliases\": [\"Persia\", \"Islamic Republic of Iran\"], "
                     "\"attributes\": {\"iso2\": \"IR\"},"
                     " \"mentions\": 1234, \"articles\": 345, \"first_seen\": "
                     "\"2025-06-01T08:00:00Z\","
                     " \"alternatives\": [{\"id\": \"org:persia\", \"name\": \"Persia "
                     "Corp\", \"type\": \"ORG\","
                     "   \"mentions\": 12}, \"person:p\"],"
                     " \"top_relations\": [{\"other\": {\"id\": \"person:a\", \"name\": "
                     "\"Abbas Araghchi\"},"
                     "   \"label\": \"affiliation\", \"directed\": true, \"direction\": "
                     "\"in\", \"count\": 3,"
                     "   \"articles\": 2, \"first_seen\": \"2025-06-13\", \"last_seen\": "
                     "\"2025-06-20T10:00:00Z\"}]}");
    char *s = NULL;
    RENDER(s, out_entity(f, j));
    CHECK_HAS(s, "Iran (country:IR)\n");
    CHECK_HAS(s, "  aliases     Persia, Islamic Republic of Iran\n");
    CHECK_HAS(s, "  attributes  iso2=IR\n");
    CHECK_HAS(s, "  mentions    1234 in 345 articles\n");
    CHECK_HAS(s, "  last seen   -\n");
    CHECK_HAS(s, "  Persia Corp (org:persia)  ORG  12 mentions\n  person:p\n");
    /* direction "in": the other entity points at this one */
    CHECK_HAS(
        s, "Abbas Araghchi  affiliation  in       3         2  2025-06-13  2025-06-20  "
           "Abbas Araghchi\xe2\x86\x92Iran: affiliation");
    free(s);
    json_decref(j);
}

static void test_lists(void) {
    json_t *j = load("{\"entities\": [{\"id\": \"country:IR\", \"name\": \"Iran\", "
                     "\"type\": \"COUNTRY\","
                     " \"mentions\": 9, \"articles\": 3}], \"next_cursor\": \"abc=\"}");
    char *s = NULL;
    RENDER(s, out_entities(f, j));
    CHECK_HAS(s, "Iran  COUNTRY         9         3  country:IR\n");
    CHECK_HAS(s, "more: --cursor abc=\n");
    free(s);
    json_decref(j);

    j = load("{\"entities\": [], \"next_cursor\": null}");
    RENDER(s, out_entities(f, j));
    CHECK(!strcmp(s, "no entities match\n"));
    free(s);
    json_decref(j);

    j = load("{\"articles\": [{\"id\": \"r1\", \"title\": \"Ceasefire\", \"source\": "
             "\"Reuters\","
             " \"published\": \"2025-06-24T08:00:00Z\", \"mentions\": 3}, {\"id\": "
             "\"r2\", \"url\": \"http://x/2\","
             " \"ingested\": 1750752000}], \"next_cursor\": null}");
    RENDER(s, out_articles(f, j));
    CHECK_HAS(s, "PUBLISHED   ID  SOURCE   MENTIONS  TITLE\n");
    CHECK_HAS(s, "2025-06-24  r1  Reuters         3  Ceasefire\n");
    CHECK_HAS(s, "2025-06-24  r2  -               -  http://x/2\n"); /* ingested, url */
    CHECK_LACKS(s, "Articles mentioning");
    CHECK_LACKS(s, "more:");
    free(s);
    json_decref(j);

    j = load(
        "{\"entity\": {\"id\": \"country:IR\", \"name\": \"Iran\"}, \"articles\": [],"
        " \"next_cursor\": null}");
    RENDER(s, out_articles(f, j));
    CHECK(!strcmp(s, "Articles mentioning Iran (country:IR)\n\nno articles found\n"));
    free(s);
    json_decref(j);

    j = load(
        "{\"relations\": [{\"a\": {\"name\": \"Israel\"}, \"b\": {\"name\": \"Iran\"},"
        " \"label\": \"attack\", \"directed\": true, \"count\": 30, \"articles\": 12}]}");
    RENDER(s, out_top(f, j));
    CHECK_HAS(s, "1     30        12  Israel\xe2\x86\x92Iran: attack");
    free(s);
    json_decref(j);
}

static void test_pair_and_why(void) {
    json_t *j =
        load("{\"a\": {\"id\": \"country:IL\", \"name\": \"Israel\"}, \"b\": {\"id\": "
             "\"country:IR\","
             " \"name\": \"Iran\"}, \"relations\": [{\"label\": \"ceasefire\", "
             "\"directed\": false,"
             " \"count\": 42, \"articles\": 17, \"first_seen\": \"2025-06-13\", "
             "\"last_seen\": \"2025-06-24\","
             " \"display\": \"Israel\xe2\x80\x93Iran: ceasefire\", \"evidence\": ["
             "  {\"article\": \"r1\", \"text\": \"They agreed\\nto stop.\", \"time\": "
             "\"2025-06-20T10:00:00Z\"},"
             "  {\"article\": \"r2\", \"text\": \"It held.\"}]},"
             " {\"label\": \"war\", \"count\": 1, \"evidence\": []}]}");
    char *s = NULL;
    size_t n = 0;
    RENDER(s, out_pair(f, j));
    CHECK_HAS(s, "Israel (country:IL)  and  Iran (country:IR)\n");
    CHECK_HAS(s, "Israel\xe2\x80\x93Iran: ceasefire\n  42 mentions in 17 articles, "
                 "2025-06-13 .. 2025-06-24\n"
                 "  [r1 2025-06-20] They agreed to stop.\n  [r2] It held.\n");
    free(s);
    RENDER(s, n = out_why(f, j, "CEASEFIRE"));
    CHECK(n == 2);
    CHECK_HAS(s, "  [r2] It held.\n");
    free(s);
    CHECK(out_why(NULL, j, "ceasefire") == 2); /* counting only */
    {
        /* evidence is shown whole up to OUT_EVIDENCE_WIDTH, then cut */
        char longs[2000];
        memset(longs, 'a', sizeof(longs) - 1);
        longs[sizeof(longs) - 1] = '\0';
        memcpy(longs + 500, " MARK ", 6);
        json_t *ev = json_pack("[{s:s,s:s}]", "article", "r9", "text", longs);
        json_object_set_new(json_array_get(json_object_get(j, "relations"), 0), "evidence", ev);
        RENDER(s, out_why(f, j, "ceasefire"));
        CHECK_HAS(s, " MARK ");
        CHECK_HAS(s, "a\xe2\x80\xa6\n");
        CHECK(out_width(s, strlen(s)) < OUT_EVIDENCE_WIDTH + 100);
        free(s);
    }
    CHECK(out_why(NULL, j, "war") == 0);       /* a label without evidence */
    CHECK(out_why(NULL, j, "sanctions") == 0);
    json_decref(j);
}

static void test_stats_and_object(void) {
    json_t *j =
        load("{\"articles\": 10, \"entities\": 20, \"relations\": 30, \"mentions\": 40,"
             " \"gazetteer\": {\"entities\": 5, \"aliases\": 6, \"loaded_at\": "
             "\"2025-06-24T08:00:00Z\"},"
             " \"store\": {\"bytes\": 12345678, \"map_size\": 1073741824},"
             " \"uptime_s\": 273906, \"version\": \"0.1.0\"}");
    char *s = NULL;
    RENDER(s, out_stats(f, j));
    CHECK_HAS(s, "articles   10\n");
    CHECK_HAS(s, "gazetteer  5 entities, 6 aliases, loaded 2025-06-24T08:00:00Z\n");
    CHECK_HAS(s, "store      11.8 MiB used of a 1.0 GiB map\n");
    CHECK_HAS(s, "uptime     3d 4h 5m\n");
    CHECK_LACKS(s, "queue"); /* absent fields add no line */
    free(s);
    json_object_set_new(json_object_get(j, "store"), "text_bytes", json_integer(2048));
    json_object_set_new(j, "write_queue", json_integer(3));
    RENDER(s, out_stats(f, j));
    CHECK_HAS(s, "store      11.8 MiB used of a 1.0 GiB map (2.0 KiB of article text)\n");
    CHECK_HAS(s, "queue      3 writes waiting\n");
    free(s);
    RENDER(s, out_object(f, json_object_get(j, "gazetteer")));
    CHECK_HAS(s, "entities   5\naliases    6\n");
    free(s);
    RENDER(s, out_object(f, j));
    CHECK_HAS(s, "store.map_size       1073741824\n"); /* keys padded to the widest */
    free(s);
    json_decref(j);
}

static void test_hcli_url(void) {
    char *e = hcli_escape("S\xc3\xa3o Paulo/x:y&z=1+2~_.-");
    CHECK(e && !strcmp(e, "S%C3%A3o%20Paulo%2Fx%3Ay%26z%3D1%2B2~_.-"));
    ent_free(e);

    hcli_server s;
    char err[256];
    CHECK(hcli_parse_server("http://127.0.0.1:7311", &s, err, sizeof(err)) == 0);
    CHECK(!strcmp(s.host, "127.0.0.1") && s.port == 7311 && !strcmp(s.base, ""));
    CHECK(hcli_parse_server("localhost:8080/entd/", &s, err, sizeof(err)) == 0);
    CHECK(!strcmp(s.host, "localhost") && s.port == 8080 && !strcmp(s.base, "/entd"));
    CHECK(hcli_parse_server("http://[::1]:7311", &s, err, sizeof(err)) == 0);
    CHECK(!strcmp(s.host, "::1") && s.port == 7311);
    CHECK(hcli_parse_server("http://example.com", &s, err, sizeof(err)) == 0);
    CHECK(s.port == 80);
    CHECK(hcli_parse_server("https://example.com", &s, err, sizeof(err)) == ENT_EINVAL);
    CHECK(strstr(err, "only http://") != NULL);
    CHECK(hcli_parse_server("http://h:7311/?q=1", &s, err, sizeof(err)) == ENT_EINVAL);
    CHECK(hcli_parse_server("http://:7311", &s, err, sizeof(err)) == ENT_EINVAL);
}

/* A request to a port nobody listens on fails with a named reason, not a hang. */
static void test_hcli_refused(void) {
    hcli_reply r;
    int rc =
        hcli_request("http://127.0.0.1:1", "GET", "/healthz", NULL, NULL, 0, NULL, 2, &r);
    CHECK(rc == ENT_EUNAVAIL);
    CHECK(r.status == 0);
    CHECK(strstr(r.err, "refused") != NULL);
    hcli_reply_clear(&r);
    rc = hcli_request("http://127.0.0.1:1", "PATCH", "/", NULL, NULL, 0, NULL, 2, &r);
    CHECK(rc == ENT_EINVAL);
    hcli_reply_clear(&r);
}

static void run_tests(void) {
    ent_mem_install_json();
    test_width_and_fit();
    test_scalars();
    test_error_text();
    test_table();
    test_tag_result();
    test_bulk();
    test_entity();
    test_lists();
    test_pair_and_why();
    test_stats_and_object();
    test_hcli_url();
    test_hcli_refused();
}
