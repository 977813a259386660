/* peer_hs.c - the Hyperscan peer of the tagging benchmark.
 *
 *   peer_hs --aliases FILE --texts FILE [--repeat N]
 *
 * Matches the alias list (one alias a line, from `enttag --dump-aliases`) against
 * every text of FILE (records of a 4-byte little-endian length and the bytes, written
 * by tests/bench/run.py), case-insensitively and with word boundaries:
 *   - aliases are lowercased (ASCII) and deduplicated;
 *   - each becomes the pattern \b<alias>\b with every non-alphanumeric byte escaped as
 *     \xHH; the \b is put only at an end whose byte is an ASCII word character, so "U.S."
 *     needs a boundary before the U only (the same rule as peer_aho.py);
 *   - flags HS_FLAG_CASELESS only. HS_FLAG_UTF8/HS_FLAG_UCP are not needed (the
 *     patterns are byte strings and the corpus is nearly all ASCII) and would only slow
 *     Hyperscan down; without them caseless and \b are ASCII-only, which is the most
 *     favourable setting for Hyperscan;
 *   - block mode, one hs_scan per text (the unit our tagger works on), every match
 *     counted (all patterns ending at every offset, like pyahocorasick's iter()).
 * If Hyperscan refuses to compile the whole list as one database, the list is cut
 * into chunks of half the size until each compiles (one database per chunk, each text
 * scanned against all of them); the number of databases is reported. A pattern
 * Hyperscan rejects on its own is dropped and counted.
 *
 * Prints JSON: patterns, databases, dropped, load_s (read + compile), db_bytes,
 * match_s (best of N), bytes, matches. */
#include <hs/hs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, fp) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(fp);
    if (b) {
        b[n] = '\0';
        *len = (size_t)n;
    }
    return b;
}

static int is_word(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int on_match(unsigned int id, unsigned long long from, unsigned long long to,
                    unsigned int flags, void *ctx) {
    (void)id;
    (void)from;
    (void)to;
    (void)flags;
    (*(unsigned long long *)ctx)++;
    return 0;
}

/* literal mode: the pattern carries no \b, so check the boundaries here */
typedef struct lit_ctx {
    unsigned long long n;
    const unsigned char *text;
    size_t len;
    const uint32_t *plen;  /* [id] pattern length */
    const uint8_t *pwb;    /* [id] bit 0: boundary needed before, bit 1: after */
} lit_ctx;

static int on_match_lit(unsigned int id, unsigned long long from, unsigned long long to,
                        unsigned int flags, void *ctx) {
    (void)from;
    (void)flags;
    lit_ctx *c = ctx;
    size_t start = (size_t)to - c->plen[id];
    if ((c->pwb[id] & 1) && start > 0 && is_word(c->text[start - 1])) return 0;
    if ((c->pwb[id] & 2) && to < c->len && is_word(c->text[to])) return 0;
    c->n++;
    return 0;
}

/* FNV-1a over the patterns, to key the database cache */
static uint64_t fnv(uint64_t h, const void *p, size_t n) {
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 0x100000001b3ull;
    return h;
}

/* Compile pats[0..n) (lengths plen, NULL for regexes) into *dbs, halving the chunk
 * size while Hyperscan refuses a database as a whole. Returns the number of databases,
 * 0 on failure. */
static size_t compile_all(char **pats, const size_t *plen, unsigned *flags, unsigned *ids,
                          size_t n, hs_database_t ***dbs_out, char *err_out, size_t errsz) {
    size_t chunk = n;
    hs_database_t **dbs = malloc((n + 1) * sizeof(*dbs));
    for (;;) {
        size_t ndbs = 0;
        int failed = 0;
        for (size_t off = 0; off < n && !failed;) {
            size_t k = n - off < chunk ? n - off : chunk;
            hs_compile_error_t *err = NULL;
            hs_database_t *db = NULL;
            hs_error_t rc =
                plen ? hs_compile_lit_multi((const char *const *)pats + off, flags + off,
                                            ids + off, plen + off, (unsigned)k, HS_MODE_BLOCK,
                                            NULL, &db, &err)
                     : hs_compile_multi((const char *const *)pats + off, flags + off, ids + off,
                                        (unsigned)k, HS_MODE_BLOCK, NULL, &db, &err);
            if (rc == HS_SUCCESS) {
                dbs[ndbs++] = db;
                off += k;
                continue;
            }
            if (!*err_out) snprintf(err_out, errsz, "%s (expression %d)", err->message,
                                    err->expression);
            hs_free_compile_error(err);
            failed = 1;
        }
        if (!failed) {
            *dbs_out = dbs;
            return ndbs;
        }
        for (size_t i = 0; i < ndbs; i++) hs_free_database(dbs[i]);
        if (chunk <= 1) return 0;
        fprintf(stderr, "peer_hs: %zu patterns in one database refused (%s); trying %zu\n",
                chunk, err_out, (chunk + 1) / 2);
        chunk = (chunk + 1) / 2;
    }
}

int main(int argc, char **argv) {
    const char *apath = NULL, *tpath = NULL, *cache = NULL, *mode = "regex";
    int repeat = 3;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--aliases") && i + 1 < argc) apath = argv[++i];
        else if (!strcmp(argv[i], "--texts") && i + 1 < argc) tpath = argv[++i];
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--mode") && i + 1 < argc) mode = argv[++i];
        else if (!strcmp(argv[i], "--cache") && i + 1 < argc) cache = argv[++i];
        else {
            fprintf(stderr, "usage: peer_hs --aliases FILE --texts FILE [--repeat N] "
                            "[--mode regex|literal] [--cache FILE]\n");
            return 2;
        }
    }
    int literal = !strcmp(mode, "literal");
    if (!apath || !tpath || repeat < 1 || (!literal && strcmp(mode, "regex"))) return 2;

    /* texts (not timed: the same decoded bytes every contender gets) */
    size_t tlen;
    char *tbuf = slurp(tpath, &tlen);
    if (!tbuf) {
        fprintf(stderr, "peer_hs: cannot read %s\n", tpath);
        return 1;
    }
    size_t ntexts = 0, cap = 1024, bytes = 0;
    const char **texts = malloc(cap * sizeof(char *));
    uint32_t *lens = malloc(cap * sizeof(uint32_t));
    for (size_t o = 0; o + 4 <= tlen;) {
        uint32_t n = (uint32_t)(unsigned char)tbuf[o] | (uint32_t)(unsigned char)tbuf[o + 1] << 8 |
                     (uint32_t)(unsigned char)tbuf[o + 2] << 16 |
                     (uint32_t)(unsigned char)tbuf[o + 3] << 24;
        if (ntexts == cap) {
            cap *= 2;
            texts = realloc(texts, cap * sizeof(char *));
            lens = realloc(lens, cap * sizeof(uint32_t));
        }
        texts[ntexts] = tbuf + o + 4;
        lens[ntexts++] = n;
        bytes += n;
        o += 4 + (size_t)n;
    }

    /* load: read, lowercase, dedupe, escape, compile */
    double t0 = now_s();
    size_t alen;
    char *abuf = slurp(apath, &alen);
    if (!abuf) {
        fprintf(stderr, "peer_hs: cannot read %s\n", apath);
        return 1;
    }
    size_t nal = 0, acap = 1024;
    char **al = malloc(acap * sizeof(char *));
    for (char *p = abuf; *p;) {
        char *nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        if (*p) {
            for (char *q = p; *q; q++)
                if (*q >= 'A' && *q <= 'Z') *q = (char)(*q - 'A' + 'a');
            if (nal == acap) {
                acap *= 2;
                al = realloc(al, acap * sizeof(char *));
            }
            al[nal++] = p;
        }
        p = nl ? nl + 1 : p + strlen(p);
    }
    qsort(al, nal, sizeof(char *), cmp_str);
    size_t u = 0;
    for (size_t i = 0; i < nal; i++)
        if (!u || strcmp(al[i], al[u - 1])) al[u++] = al[i];
    nal = u;
    char **pats = malloc((nal + 1) * sizeof(char *));
    size_t *plen = malloc((nal + 1) * sizeof(size_t));
    uint32_t *plen32 = malloc((nal + 1) * sizeof(uint32_t));
    uint8_t *pwb = malloc(nal + 1);
    unsigned *flags = malloc((nal + 1) * sizeof(unsigned));
    unsigned *ids = malloc((nal + 1) * sizeof(unsigned));
    uint64_t key = fnv(0xcbf29ce484222325ull, hs_version(), strlen(hs_version()));
    key = fnv(key, mode, strlen(mode));
    for (size_t i = 0; i < nal; i++) {
        const unsigned char *s = (const unsigned char *)al[i];
        size_t n = strlen(al[i]);
        pwb[i] = (uint8_t)(is_word(s[0]) | is_word(s[n - 1]) << 1);
        plen[i] = n;
        plen32[i] = (uint32_t)n;
        flags[i] = HS_FLAG_CASELESS;
        ids[i] = (unsigned)i;
        if (literal) {
            pats[i] = al[i];
        } else {
            char *pt = malloc(n * 4 + 8), *w = pt;
            if (pwb[i] & 1) w += sprintf(w, "\\b");
            for (size_t k = 0; k < n; k++) {
                if ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= '0' && s[k] <= '9'))
                    *w++ = (char)s[k];
                else w += sprintf(w, "\\x%02x", s[k]);
            }
            if (pwb[i] & 2) w += sprintf(w, "\\b");
            *w = '\0';
            pats[i] = pt;
        }
        key = fnv(key, pats[i], strlen(pats[i]) + 1);
    }
    hs_database_t **dbs = NULL;
    size_t ndbs = 0;
    double compile_s = -1;
    int cached = 0;
    char err[256] = "";
    /* cache: key, compile_s, ndbs, then (size, serialized bytes) per database */
    FILE *cf = cache ? fopen(cache, "rb") : NULL;
    if (cf) {
        uint64_t k2;
        if (fread(&k2, 8, 1, cf) == 1 && k2 == key && fread(&compile_s, 8, 1, cf) == 1 &&
            fread(&ndbs, sizeof(ndbs), 1, cf) == 1 && ndbs > 0 && ndbs <= nal) {
            dbs = calloc(ndbs, sizeof(*dbs));
            cached = 1;
            for (size_t d = 0; d < ndbs && cached; d++) {
                size_t sz;
                char *b = NULL;
                cached = fread(&sz, sizeof(sz), 1, cf) == 1 && (b = malloc(sz)) &&
                         fread(b, 1, sz, cf) == sz &&
                         hs_deserialize_database(b, sz, &dbs[d]) == HS_SUCCESS;
                free(b);
            }
        }
        fclose(cf);
        if (!cached) ndbs = 0;
    }
    if (!cached) {
        double c0 = now_s();
        ndbs = compile_all(pats, literal ? plen : NULL, flags, ids, nal, &dbs, err, sizeof(err));
        compile_s = now_s() - c0 + (c0 - t0); /* including reading and escaping */
        if (!ndbs) {
            fprintf(stderr, "peer_hs: cannot compile: %s\n", err);
            return 1;
        }
        if (cache && (cf = fopen(cache, "wb"))) {
            fwrite(&key, 8, 1, cf);
            fwrite(&compile_s, 8, 1, cf);
            fwrite(&ndbs, sizeof(ndbs), 1, cf);
            for (size_t d = 0; d < ndbs; d++) {
                char *b;
                size_t sz;
                if (hs_serialize_database(dbs[d], &b, &sz) != HS_SUCCESS) break;
                fwrite(&sz, sizeof(sz), 1, cf);
                fwrite(b, 1, sz, cf);
                free(b);
            }
            fclose(cf);
        }
    }
    hs_scratch_t *scratch = NULL;
    size_t dbbytes = 0;
    for (size_t i = 0; i < ndbs; i++) {
        size_t sz = 0;
        hs_database_size(dbs[i], &sz);
        dbbytes += sz;
        if (hs_alloc_scratch(dbs[i], &scratch) != HS_SUCCESS) {
            fprintf(stderr, "peer_hs: cannot allocate scratch\n");
            return 1;
        }
    }
    double t1 = now_s();

    /* match */
    double best = 1e30;
    unsigned long long matches = 0;
    for (int r = 0; r < repeat; r++) {
        unsigned long long m = 0;
        double a = now_s();
        for (size_t k = 0; k < ntexts; k++) {
            lit_ctx lc = {0, (const unsigned char *)texts[k], lens[k], plen32, pwb};
            for (size_t d = 0; d < ndbs; d++) {
                hs_error_t rc = literal ? hs_scan(dbs[d], texts[k], lens[k], 0, scratch,
                                                  on_match_lit, &lc)
                                        : hs_scan(dbs[d], texts[k], lens[k], 0, scratch,
                                                  on_match, &m);
                if (rc != HS_SUCCESS) {
                    fprintf(stderr, "peer_hs: scan failed\n");
                    return 1;
                }
            }
            m += lc.n;
        }
        double el = now_s() - a;
        if (el < best) best = el;
        matches = m;
    }
    printf("{\"peer\": \"hyperscan\", \"mode\": \"%s\", \"version\": \"%s\", \"patterns\": %zu, "
           "\"databases\": %zu, \"db_bytes\": %zu, \"texts\": %zu, \"bytes\": %zu, "
           "\"matches\": %llu, \"compile_s\": %.4f, \"cached\": %s, \"load_s\": %.4f, "
           "\"match_s\": %.4f}\n",
           mode, hs_version(), nal, ndbs, dbbytes, ntexts, bytes, matches, compile_s,
           cached ? "true" : "false", t1 - t0, best);
    return 0;
}
