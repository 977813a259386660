/* conf.c - table-driven reader for entd.conf. */
#include "conf.h"
#include "log.h"

#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { T_STR, T_PATH, T_LONG, T_BOOL, T_LEVEL };

static const struct directive {
    const char *name;
    int type;
    size_t off;
    size_t size;     /* for strings */
    const char *def; /* default as text */
    long min, max;   /* for numbers */
    const char *doc;
} table[] = {
#define S(f) offsetof(ent_conf, f), sizeof(((ent_conf *)0)->f)
    {"listen", T_STR, S(listen), "127.0.0.1:7311", 0, 0, "address and port to listen on"},
    {"data", T_PATH, S(data), "./data", 0, 0, "LMDB data directory (created if missing)"},
    {"gazetteer", T_PATH, S(gazetteer), "conf/gazetteer", 0, 0, "gazetteer directory"},
    {"relations", T_PATH, S(relations), "conf/relations", 0, 0, "relation lexicon directory"},
    {"token_file", T_PATH, S(token_file), "", 0, 0,
     "file holding the bearer token for writes; empty = no token (ENTD_TOKEN also sets one)"},
    {"threads", T_LONG, S(threads), "0", 0, 256, "HTTP loop threads; 0 = one per core"},
    {"max_body", T_LONG, S(max_body), "8388608", 1024, 1L << 30,
     "largest request body in bytes; larger ones get 413"},
    {"map_size_mb", T_LONG, S(map_size_mb), "4096", 16, 1L << 22,
     "LMDB map size in MiB: the most the store can hold"},
    {"queue_max", T_LONG, S(queue_max), "4096", 1, 1L << 20,
     "articles waiting for the writer; beyond it writes get 503 with Retry-After"},
    {"batch_max", T_LONG, S(batch_max), "512", 1, 1L << 20,
     "most articles committed in one transaction (group commit)"},
    {"timeout", T_LONG, S(timeout), "30", 1, 3600, "seconds allowed to read a request"},
    {"sync", T_BOOL, S(sync), "yes", 0, 1,
     "yes: fsync each commit, so a 2xx survives a crash; no: faster, not durable"},
    {"reply_cache_mb", T_LONG, S(reply_cache_mb), "64", 0, 1L << 20,
     "MiB of read replies kept for reuse while the store is unchanged; 0 = off"},
    {"gazetteer_cache", T_PATH, S(gazetteer_cache), "", 0, 0,
     "file keeping the compiled gazetteer, read at start and reload while the gazetteer "
     "files, the run-time entries and entd are unchanged; empty = compile every time"},
    {"log_level", T_LEVEL, S(log_level), "info", 0, 0, "debug, info, warn or error"},
#undef S
};

static const struct directive *find(const char *name) {
    for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
        if (strcmp(table[i].name, name) == 0) return &table[i];
    return NULL;
}

static int set_value(ent_conf *c, const struct directive *d, const char *v, const char *base,
                     ent_errinfo *ei) {
    char *field = (char *)c + d->off;
    switch (d->type) {
    case T_STR:
    case T_LEVEL:
    case T_PATH: {
        char buf[CONF_PATH_MAX * 2];
        if (d->type == T_LEVEL && log_parse_level(v) < 0)
            return ent_errinfo_set(ei, ENT_ECONF, "%s must be debug, info, warn or error", d->name);
        if (d->type == T_PATH && base && *v && v[0] != '/')
            snprintf(buf, sizeof(buf), "%s/%s", base, v);
        else
            snprintf(buf, sizeof(buf), "%s", v);
        if (strlen(buf) >= d->size)
            return ent_errinfo_set(ei, ENT_ECONF, "%s is too long", d->name);
        memcpy(field, buf, strlen(buf) + 1);
        return 0;
    }
    case T_BOOL: {
        long b;
        if (!strcmp(v, "yes") || !strcmp(v, "on") || !strcmp(v, "1")) b = 1;
        else if (!strcmp(v, "no") || !strcmp(v, "off") || !strcmp(v, "0")) b = 0;
        else return ent_errinfo_set(ei, ENT_ECONF, "%s must be yes or no", d->name);
        memcpy(field, &b, sizeof(b));
        return 0;
    }
    case T_LONG: {
        char *end;
        errno = 0;
        long n = strtol(v, &end, 10);
        if (errno || end == v || *end)
            return ent_errinfo_set(ei, ENT_ECONF, "%s must be an integer", d->name);
        if (n < d->min || n > d->max)
            return ent_errinfo_set(ei, ENT_ECONF, "%s must be between %ld and %ld", d->name,
                                   d->min, d->max);
        memcpy(field, &n, sizeof(n));
        return 0;
    }
    }
    return ENT_EINTERNAL;
}

void conf_defaults(ent_conf *c) {
    memset(c, 0, sizeof(*c));
    for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
        set_value(c, &table[i], table[i].def, NULL, NULL);
}

int conf_set(ent_conf *c, const char *name, const char *value, ent_errinfo *ei) {
    const struct directive *d = find(name);
    if (!d) return ent_errinfo_set(ei, ENT_ECONF, "unknown directive '%s'", name);
    return set_value(c, d, value, NULL, ei);
}

int conf_load(ent_conf *c, const char *path, ent_errinfo *ei) {
    FILE *fp = fopen(path, "r");
    ent_errinfo_clear(ei);
    if (ei) snprintf(ei->file, sizeof(ei->file), "%s", path);
    if (!fp) {
        int e = errno;
        return ent_errinfo_set(ei, e, "cannot open config: %s", strerror(e));
    }
    char base[CONF_PATH_MAX];
    snprintf(base, sizeof(base), "%s", path);
    char *slash = strrchr(base, '/');
    if (slash) *slash = '\0';
    else snprintf(base, sizeof(base), ".");
    char line[4096];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof(line), fp)) {
        lineno++;
        char *p = line;
        size_t n = strlen(p);
        while (n > 0 && (p[n - 1] == '\n' || p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
            p[--n] = '\0';
        while (*p == ' ' || *p == '\t') p++;
        if (!*p || *p == '#') continue;
        char *name = p;
        while (*p && *p != ' ' && *p != '\t') p++;
        if (*p) *p++ = '\0';
        while (*p == ' ' || *p == '\t') p++;
        const struct directive *d = find(name);
        if (!d) rc = ent_errinfo_set(ei, ENT_ECONF, "unknown directive '%s'", name);
        else rc = set_value(c, d, p, base, ei);
        if (rc) {
            if (ei) ei->line = lineno;
            break;
        }
    }
    fclose(fp);
    return rc;
}

void conf_dump(const ent_conf *c, void *fpv) {
    FILE *fp = fpv;
    for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
        const struct directive *d = &table[i];
        const char *field = (const char *)c + d->off;
        fprintf(fp, "# %s (default: %s)\n", d->doc, *d->def ? d->def : "\"\"");
        if (d->type == T_LONG) fprintf(fp, "%s %ld\n\n", d->name, *(const long *)field);
        else if (d->type == T_BOOL)
            fprintf(fp, "%s %s\n\n", d->name, *(const long *)field ? "yes" : "no");
        else fprintf(fp, "%s %s\n\n", d->name, field);
    }
}
