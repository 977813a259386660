/* enttag.c - tag text locally, without the daemon: for tests, evals and benches.
 *
 *   enttag [--conf DIR] FILE...          print the tagging result of each file as JSON
 *   enttag [--conf DIR] --ndjson FILE    tag every article of an NDJSON(.gz) file and print
 *                                         throughput (MB/s of text) and totals
 *   enttag [--conf DIR] --load-only      load the gazetteer, print its size and load time
 *   enttag [--conf DIR] --dump-aliases F write every string the gazetteer matches (names,
 *                                         aliases, demonyms, capitals) to F, one a line,
 *                                         for the benchmark's peers (tests/bench)
 *
 * --gazetteer DIR / --relations DIR override the conf layout. --no-relations tags
 * entities only. Exit 0 ok, 1 on a data error, 2 on usage. */
#include "ent.h"
#include "gaz.h"
#include "mem.h"
#include "tag.h"
#include "text.h"
#include "wire.h"
#include "lib/readfile.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long rss_kb(void) {
    FILE *fp = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    if (!fp) return -1;
    while (fgets(line, sizeof(line), fp))
        if (strncmp(line, "VmRSS:", 6) == 0) kb = strtol(line + 6, NULL, 10);
    fclose(fp);
    return kb;
}

/* Write s to fp unless empty, dropping a leading "the " as the compiler does
 * (gaz.c add_phrase: "The Hague" is matched as "Hague"). Returns 1 if written. */
static int dump_one(FILE *fp, const char *s, size_t n) {
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    if (n > 4 && (s[0] == 'T' || s[0] == 't') && (s[1] == 'H' || s[1] == 'h') &&
        (s[2] == 'E' || s[2] == 'e') && s[3] == ' ') {
        s += 4;
        n -= 4;
        while (n && *s == ' ') s++, n--;
    }
    if (!n) return 0;
    fwrite(s, 1, n, fp);
    fputc('\n', fp);
    return 1;
}

/* Every alias string of g (name, aliases, demonym= and capital= lists) to path. */
static int dump_aliases(const gaz_t *g, const char *path) {
    FILE *fp = fopen(path, "w");
    if (!fp) return -1;
    size_t n = 0;
    static const char *const lists[] = {"demonym", "capital"};
    for (uint32_t i = 0; i < gaz_entity_count(g); i++) {
        const gaz_entity *e = gaz_entity_at(g, i);
        n += (size_t)dump_one(fp, e->name, strlen(e->name));
        for (uint32_t k = 0; k < e->naliases; k++)
            n += (size_t)dump_one(fp, e->aliases[k], strlen(e->aliases[k]));
        for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++) {
            const char *v = gaz_attr_get(e, lists[l]);
            while (v && *v) {
                const char *bar = strchr(v, '|');
                size_t len = bar ? (size_t)(bar - v) : strlen(v);
                n += (size_t)dump_one(fp, v, len);
                v = bar ? bar + 1 : NULL;
            }
        }
    }
    if (fclose(fp)) return -1;
    printf("{\"entities\": %zu, \"aliases\": %zu, \"dumped\": %zu}\n", gaz_entity_count(g),
           gaz_alias_count(g), n);
    return 0;
}

static void usage(void) {
    fprintf(stderr, "usage: enttag [--conf DIR] [--no-relations | --list-only] FILE...\n"
                    "       enttag [--conf DIR] [--no-relations | --list-only] --ndjson FILE[.gz]"
                    " [--repeat N]\n"
                    "       enttag [--conf DIR] --load-only\n"
                    "       enttag [--conf DIR] --dump-aliases FILE\n"
                    "  --cache FILE  keep the compiled gazetteer in FILE and read it from there\n"
                    "                while the gazetteer and this program are unchanged\n");
    exit(2);
}

int main(int argc, char **argv) {
    const char *conf = "conf", *gazdir = NULL, *lexdir = NULL, *ndjson = NULL, *dump = NULL;
    const char *cache = NULL;
    int load_only = 0, repeat = 1;
    unsigned flags = TAG_ALL;
    int i;
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--conf") && i + 1 < argc) conf = argv[++i];
        else if (!strcmp(argv[i], "--gazetteer") && i + 1 < argc) gazdir = argv[++i];
        else if (!strcmp(argv[i], "--relations") && i + 1 < argc) lexdir = argv[++i];
        else if (!strcmp(argv[i], "--ndjson") && i + 1 < argc) ndjson = argv[++i];
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--dump-aliases") && i + 1 < argc) dump = argv[++i];
        else if (!strcmp(argv[i], "--cache") && i + 1 < argc) cache = argv[++i];
        else if (!strcmp(argv[i], "--load-only")) load_only = 1;
        else if (!strcmp(argv[i], "--no-relations")) flags = 0;
        else if (!strcmp(argv[i], "--list-only")) flags = TAG_LIST_ONLY;
        else usage();
    }
    char gbuf[4096], lbuf[4096];
    if (!gazdir) snprintf(gbuf, sizeof(gbuf), "%s/gazetteer", conf), gazdir = gbuf;
    if (!lexdir) snprintf(lbuf, sizeof(lbuf), "%s/relations", conf), lexdir = lbuf;

    ent_mem_install_json();
    long rss0 = rss_kb();
    double t0 = now_s();
    gaz_t *g;
    ent_errinfo ei;
    int cached = 0;
    int rc = gaz_load_cached(gazdir, lexdir, cache, &g, &cached, &ei);
    double t1 = now_s();
    if (rc) {
        fprintf(stderr, "enttag: %s%s%d: %s\n", ei.file, *ei.file ? ":" : "", ei.line, ei.text);
        return 1;
    }
    if (dump) {
        rc = dump_aliases(g, dump);
        if (rc) fprintf(stderr, "enttag: cannot write %s\n", dump);
        gaz_unref(g);
        return rc ? 1 : 0;
    }
    if (load_only) {
        printf("{\"entities\": %zu, \"aliases\": %zu, \"load_ms\": %.1f, \"rss_kb\": %ld, "
               "\"cached\": %s}\n",
               gaz_entity_count(g), gaz_alias_count(g), (t1 - t0) * 1000, rss_kb() - rss0,
               cached ? "true" : "false");
        gaz_unref(g);
        return 0;
    }
    tag_ctx *c = tag_ctx_create();
    if (!c) return 1;
    if (ndjson) {
        size_t len;
        char why[256];
        char *all = read_file_all(ndjson, &len, why, sizeof(why));
        if (!all) {
            fprintf(stderr, "enttag: %s: %s\n", ndjson, why);
            return 1;
        }
        /* decode everything first so that only tagging is timed */
        size_t ntexts = 0, cap = 1024;
        char **texts = malloc(cap * sizeof(char *));
        size_t *lens = malloc(cap * sizeof(size_t));
        char *line = all, *end = all + len;
        while (line < end) {
            char *nl = memchr(line, '\n', (size_t)(end - line));
            size_t ll = nl ? (size_t)(nl - line) : (size_t)(end - line);
            json_error_t je;
            json_t *j = json_loadb(line, ll, 0, &je);
            json_t *t = j ? json_object_get(j, "text") : NULL;
            if (json_is_string(t)) {
                if (ntexts == cap) {
                    cap *= 2;
                    texts = realloc(texts, cap * sizeof(char *));
                    lens = realloc(lens, cap * sizeof(size_t));
                }
                lens[ntexts] = json_string_length(t);
                texts[ntexts] = malloc(lens[ntexts] + 1);
                memcpy(texts[ntexts], json_string_value(t), lens[ntexts] + 1);
                ntexts++;
            }
            json_decref(j);
            line = nl ? nl + 1 : end;
        }
        free(all);
        size_t bytes = 0, ments = 0, rels = 0, labelled = 0;
        double best = 1e9;
        for (int r = 0; r < repeat; r++) {
            double a = now_s();
            for (size_t k = 0; k < ntexts; k++) {
                tag_result *res;
                if (tag_run(c, g, texts[k], lens[k], flags, &res)) return 1;
                if (r == 0) {
                    bytes += lens[k];
                    ments += res->nments;
                    rels += res->nrels;
                    labelled += tag_result_labelled(res);
                }
                tag_result_free(res);
            }
            double el = now_s() - a;
            if (el < best) best = el;
        }
        printf("{\"articles\": %zu, \"bytes\": %zu, \"mentions\": %zu, \"relations\": %zu, "
               "\"labelled\": %zu, \"seconds\": %.4f, \"mb_per_s\": %.1f, \"load_ms\": %.1f}\n",
               ntexts, bytes, ments, rels, labelled, best, (double)bytes / 1e6 / best,
               (t1 - t0) * 1000);
        for (size_t k = 0; k < ntexts; k++) free(texts[k]);
        free(texts);
        free(lens);
    } else {
        if (i >= argc) usage();
        for (; i < argc; i++) {
            size_t len, bad;
            char why[256];
            char *text = read_file_all(argv[i], &len, why, sizeof(why));
            if (!text) {
                fprintf(stderr, "enttag: %s: %s\n", argv[i], why);
                rc = 1;
                break;
            }
            if (!text_utf8_valid(text, len, &bad)) {
                fprintf(stderr, "enttag: %s: not valid UTF-8 at byte %zu (convert it first, "
                        "e.g. iconv -f latin1 -t utf-8)\n", argv[i], bad);
                free(text);
                rc = 1;
                break;
            }
            tag_result *res;
            if (tag_run(c, g, text, len, flags, &res)) {
                fprintf(stderr, "enttag: %s: tagging failed (out of memory or text too long)\n",
                        argv[i]);
                free(text);
                rc = 1;
                break;
            }
            json_t *j = wire_tag_result(res, text, len);
            char *s = json_dumps(j, JSON_INDENT(2));
            puts(s);
            ent_free(s);
            json_decref(j);
            tag_result_free(res);
            free(text);
        }
    }
    tag_ctx_free(c);
    gaz_unref(g);
    return rc ? 1 : 0;
}
