/* gaz.c - gazetteer and lexicon loading, compiled into token tries.
 *
 * DESIGN
 * Loading has two phases. The builder collects entries (from TSV files, word
 * lists, the relation lexicon and run-time entries) into one arena; a later
 * entry with the same id replaces an earlier one. gaz_builder_finish() then
 * compiles: every phrase is tokenized with the tokenizer the text uses, each
 * folded token is interned into a vocabulary (open-address hash of folded
 * bytes), and phrases become paths in token tries whose edges are keyed by
 * (node, vid). The compiled gaz_t adopts the builder's arena, so strings are
 * never copied twice, and is immutable afterwards: readers need no locks.
 *
 * Matching a text is then one hash probe per token (gaz_lookup) and, only for
 * tokens that start some phrase, a walk down a trie (tag.c, rel.c). */
#include "gaz_int.h"
#include "arena.h"
#include "ent.h"
#include "mem.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif
#include <dirent.h>
#include <stddef.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const gaz_prep_names[PREP__COUNT] = {
    "OBJ", "with", "against", "on", "for", "to", "between", "from",
    "by", "in", "of", "at", "into", "toward", "over", "upon",
};

static const char *const via_names[VIA__COUNT] = {
    "name", "alias", "demonym", "capital", "title", "coref", "firstname", "keyword", "speaker",
    "initial", "nationality", "syllables", "list", "team", "scorecard", "compound", "role",
    "leader", "player", "town", "byline", "event", "life",
};

const char *gaz_via_name(int via) {
    return via >= 0 && via < VIA__COUNT ? via_names[via] : "name";
}

const char *gaz_origin_name(int origin) {
    return origin == ORIGIN_DISCOVERED ? "discovered" : origin == ORIGIN_API ? "api" : "gazetteer";
}

/* ---- builder ------------------------------------------------------------ */

typedef struct bent {
    const char *id, *type, *name;
    uint32_t idhash; /* str_hash(id), kept for the id tables (growth, compile) */
    char **aliases, **demonyms, **capitals, **locals, **after_town;
    uint32_t naliases, ndemonyms, ncapitals, nlocals, nafter_town;
    gaz_attr *attrs;
    uint32_t nattrs;
    int32_t prio;
    uint8_t origin, case_any, article_the, dead;
} bent;

typedef struct btitle {
    const char *text, *role;
    uint8_t after_name, rank, intro;
} btitle;

typedef struct bword {
    const char *word;
    uint32_t cls;
} bword;

typedef struct btrig {
    const char *label, *phrase, *forms; /* forms: |-list or NULL */
    uint32_t preps;
    uint8_t noun;
    uint8_t actors; /* the kinds its actor may be (GAZ_KINDS_* bits), 0 = the label's */
} btrig;

typedef struct blabel {
    const char *name;
    uint8_t directed, actor_kinds, target_kinds;
} blabel;

struct gaz_builder {
    arena_t *arena;
    bent *ents;
    size_t nents, capents;
    uint64_t *idslots; /* id hash << 32 | ents index + 1, 0 = empty: a probe
                        * reads the entity only when the hash agrees */
    size_t idmask, idcount;
    btitle *titles;
    size_t ntitles, captitles;
    bword *words;
    size_t nwords, capwords;
    const char **boiler;
    size_t nboiler, capboiler;
    btrig *trigs;
    size_t ntrigs, captrigs;
    blabel *labels;
    size_t nlabels, caplabels;
};

gaz_builder_t *gaz_builder_create(void) {
    gaz_builder_t *b = ent_calloc(1, sizeof(*b));
    if (!b) return NULL;
    b->arena = arena_create(1 << 20);
    if (!b->arena) {
        ent_free(b);
        return NULL;
    }
    return b;
}

void gaz_builder_free(gaz_builder_t *b) {
    if (!b) return;
    arena_free(b->arena);
    ent_free(b->ents);
    ent_free(b->idslots);
    ent_free(b->titles);
    ent_free(b->words);
    ent_free(b->boiler);
    ent_free(b->trigs);
    ent_free(b->labels);
    ent_free(b);
}

/* The two bits of the id filter's word for id hash h (its word is bits 12
 * and up): bits other than those of the word. */
static inline uint64_t id_filter_bits(uint32_t h) {
    return 1ull << (h & 63) | 1ull << (h >> 6 & 63);
}

/* Hash of an id of n bytes, for the builder's and the gazetteer's id tables
 * (both must agree: compile copies the builder's hashes). */
static uint32_t id_hash(const char *s, size_t n) {
    return (uint32_t)text_hash_words(s, n);
}

static uint32_t str_hash(const char *s) {
    return id_hash(s, strlen(s));
}

/* Index of the live entry with this id, or -1. */
static long id_find_h(const gaz_builder_t *b, const char *id, uint32_t h) {
    if (!b->idslots) return -1;
    size_t i = h & b->idmask;
    for (; b->idslots[i]; i = (i + 1) & b->idmask) {
        if ((uint32_t)(b->idslots[i] >> 32) != h) continue;
        uint32_t k = (uint32_t)b->idslots[i] - 1;
        if (!b->ents[k].dead && strcmp(b->ents[k].id, id) == 0) return (long)k;
    }
    return -1;
}

static long id_find(const gaz_builder_t *b, const char *id) {
    return id_find_h(b, id, str_hash(id));
}

static int id_insert(gaz_builder_t *b, uint32_t idx) {
    if ((b->idcount + 1) * 2 > b->idmask + 1 || !b->idslots) {
        size_t ncap = b->idslots ? (b->idmask + 1) * 2 : 1024;
        uint64_t *ns = ent_calloc(ncap, sizeof(uint64_t));
        if (!ns) return ENT_ENOMEM;
        size_t nmask = ncap - 1;
        /* the slots move by the hash they hold (a removed entity's too:
         * lookups skip it) */
        if (b->idslots)
            for (size_t i = 0; i <= b->idmask; i++) {
                uint64_t v = b->idslots[i];
                if (!v) continue;
                size_t j = (uint32_t)(v >> 32) & nmask;
                while (ns[j]) j = (j + 1) & nmask;
                ns[j] = v;
            }
        ent_free(b->idslots);
        b->idslots = ns;
        b->idmask = nmask;
    }
    uint32_t h = b->ents[idx].idhash;
    size_t j = h & b->idmask;
    while (b->idslots[j]) j = (j + 1) & b->idmask;
    b->idslots[j] = (uint64_t)h << 32 | (idx + 1);
    b->idcount++;
    return 0;
}

int gaz_builder_remove(gaz_builder_t *b, const char *id) {
    long k = id_find(b, id);
    if (k < 0) return ENT_ENOTFOUND;
    b->ents[k].dead = 1;
    return 0;
}

/* Split s on sep into arena strings, trimming spaces and dropping empties. */
static int split_list(arena_t *a, const char *s, size_t n, char sep, char ***out,
                      uint32_t *nout) {
    uint32_t cnt = 0;
    *out = NULL;
    *nout = 0;
    for (const char *q = s, *end = s + n; (q = memchr(q, sep, (size_t)(end - q))); q++) cnt++;
    char **v = arena_alloc(a, (cnt + 1) * sizeof(char *));
    if (!v) return ENT_ENOMEM;
    uint32_t k = 0;
    size_t i = 0;
    while (i <= n) {
        const char *q = memchr(s + i, sep, n - i);
        size_t j = q ? (size_t)(q - s) : n;
        size_t b0 = i, e0 = j;
        while (b0 < e0 && (s[b0] == ' ' || s[b0] == '\t')) b0++;
        while (e0 > b0 && (s[e0 - 1] == ' ' || s[e0 - 1] == '\t')) e0--;
        if (e0 > b0) {
            v[k] = arena_strndup(a, s + b0, e0 - b0);
            if (!v[k]) return ENT_ENOMEM;
            k++;
        }
        i = j + 1;
    }
    *out = v;
    *nout = k;
    return 0;
}

int gaz_attrs_check(const char *type, const gaz_attr *attrs, size_t n, ent_errinfo *ei) {
    int local = 0, country = 0;
    for (size_t i = 0; i < n; i++) {
        const char *k = attrs[i].key, *v = attrs[i].value;
        if (strcmp(k, "case") == 0 && strcmp(v, "any") != 0)
            return ent_errinfo_set(ei, ENT_ECONF, "case must be 'any': '%s'", v);
        if (strcmp(k, "article") == 0 && strcmp(v, "the") != 0)
            return ent_errinfo_set(ei, ENT_ECONF, "article must be 'the': '%s'", v);
        if (strcmp(k, "prio") == 0) {
            char *end;
            long p = strtol(v, &end, 10);
            if (*end || end == v || p < -1000000 || p > 1000000)
                return ent_errinfo_set(ei, ENT_ECONF, "prio must be an integer: '%s'", v);
        }
        local |= strcmp(k, "local") == 0;
        country |= strcmp(k, "country") == 0;
    }
    /* (a country's local names are its own country's: "Moscow" of the Soviet
     * Union) */
    if (local && !country && !(type && strcmp(type, "COUNTRY") == 0))
        return ent_errinfo_set(ei, ENT_ECONF,
                               "local names need the attribute country (the country whose "
                               "texts they name the entity in)");
    return 0;
}

static int add_entity(gaz_builder_t *b, const gaz_entry *e, char **aliases, uint32_t nal,
                      gaz_attr *attrs, uint32_t nattrs, int checked_utf8, ent_errinfo *ei) {
    if (!e->id || !*e->id || !e->type || !*e->type || !e->name || !*e->name)
        return ent_errinfo_set(ei, ENT_EINVAL, "id, type and name must not be empty");
    if (strlen(e->id) > ENT_MAX_ID)
        return ent_errinfo_set(ei, ENT_EINVAL, "id is longer than %d bytes", ENT_MAX_ID);
    if (!checked_utf8 && (!text_utf8_valid(e->id, strlen(e->id), NULL) ||
                          !text_utf8_valid(e->name, strlen(e->name), NULL)))
        return ent_errinfo_set(ei, ENT_EUTF8, "id or name is not valid UTF-8");
    int rc0 = gaz_attrs_check(e->type, attrs, nattrs, ei);
    if (rc0) return rc0;
    if (ent_grow(&b->ents, &b->capents, b->nents + 1, sizeof(bent))) return ENT_ENOMEM;
    uint32_t h = str_hash(e->id);
    long old = id_find_h(b, e->id, h);
    bent *be = &b->ents[b->nents];
    memset(be, 0, sizeof(*be));
    be->id = e->id;
    be->idhash = h;
    be->type = e->type;
    be->name = e->name;
    be->aliases = aliases;
    be->naliases = nal;
    be->attrs = attrs;
    be->nattrs = nattrs;
    be->origin = (uint8_t)e->origin;
    for (uint32_t i = 0; i < nattrs; i++) {
        const char *k = attrs[i].key, *v = attrs[i].value;
        int rc = 0;
        /* the keys the matcher reads, by their first letter (their values
         * checked above): most keys are informational ("country", "role",
         * "source") and compare once */
        switch (k[0]) {
        case 'd':
            if (strcmp(k, "demonym") == 0)
                rc = split_list(b->arena, v, strlen(v), '|', &be->demonyms, &be->ndemonyms);
            break;
        case 'c':
            if (strcmp(k, "capital") == 0) {
                rc = split_list(b->arena, v, strlen(v), '|', &be->capitals, &be->ncapitals);
            } else if (strcmp(k, "case") == 0) {
                be->case_any = 1;
            }
            break;
        case 'l':
            if (strcmp(k, "local") == 0)
                rc = split_list(b->arena, v, strlen(v), '|', &be->locals, &be->nlocals);
            break;
        case 'a':
            if (strcmp(k, "article") == 0) be->article_the = 1;
            else if (strcmp(k, "after_town") == 0)
                rc = split_list(b->arena, v, strlen(v), '|', &be->after_town, &be->nafter_town);
            break;
        case 'p':
            if (strcmp(k, "prio") == 0) be->prio = (int32_t)strtol(v, NULL, 10);
            break;
        }
        if (rc) return rc;
    }
    if (old >= 0) b->ents[old].dead = 1;
    b->nents++;
    return id_insert(b, (uint32_t)(b->nents - 1));
}

int gaz_builder_add_entity(gaz_builder_t *b, const gaz_entry *e, ent_errinfo *ei) {
    arena_t *a = b->arena;
    gaz_entry c = *e;
    if (!e->id || !e->type || !e->name)
        return ent_errinfo_set(ei, ENT_EINVAL, "id, type and name must not be empty");
    c.id = arena_strdup(a, e->id);
    c.type = arena_strdup(a, e->type);
    c.name = arena_strdup(a, e->name);
    char **al = arena_alloc(a, (e->naliases + 1) * sizeof(char *));
    gaz_attr *at = arena_alloc(a, (e->nattrs + 1) * sizeof(gaz_attr));
    if (!c.id || !c.type || !c.name || !al || !at) return ENT_ENOMEM;
    for (size_t i = 0; i < e->naliases; i++)
        if (!(al[i] = arena_strdup(a, e->aliases[i]))) return ENT_ENOMEM;
    for (size_t i = 0; i < e->nattrs; i++) {
        at[i].key = arena_strdup(a, e->attrs[i].key);
        at[i].value = arena_strdup(a, e->attrs[i].value);
        if (!at[i].key || !at[i].value) return ENT_ENOMEM;
    }
    return add_entity(b, &c, al, (uint32_t)e->naliases, at, (uint32_t)e->nattrs, 0, ei);
}

/* ---- file reading --------------------------------------------------------- */

typedef int (*line_fn)(gaz_builder_t *b, char **f, int nf, ent_errinfo *ei);

/* Split line (modified in place) on tabs into at most max fields. */
static int split_tabs(char *line, size_t len, char **f, int max) {
    int n = 0;
    char *p = line, *end = line + len;
    f[n++] = line;
    while (n < max && (p = memchr(p, '\t', (size_t)(end - p)))) {
        *p++ = '\0';
        f[n++] = p;
    }
    return n;
}

static int read_lines(gaz_builder_t *b, const char *path, int maxf, const char *header,
                      line_fn fn, ent_errinfo *ei) {
    FILE *fp = fopen(path, "r");
    if (!fp) {
        int e = errno;
        ent_errinfo_clear(ei);
        if (ei) snprintf(ei->file, sizeof(ei->file), "%s", path);
        return ent_errinfo_set(ei, e, "cannot open: %s", strerror(e));
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int lineno = 0, rc = 0;
    while ((len = getline(&line, &cap, fp)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (len == 0 || line[0] == '#') continue;
        if (lineno == 1 && len >= 3 && (unsigned char)line[0] == 0xef) { /* UTF-8 BOM */
            memmove(line, line + 3, (size_t)len - 2);
            len -= 3;
        }
        size_t bad;
        if (!text_utf8_valid(line, (size_t)len, &bad)) {
            rc = ent_errinfo_set(ei, ENT_ECONF, "not valid UTF-8 at byte %zu", bad + 1);
            goto out;
        }
        if (header && strncmp(line, header, strlen(header)) == 0) continue;
        char *f[16];
        int nf = split_tabs(line, (size_t)len, f, maxf);
        ent_errinfo_clear(ei);
        rc = fn(b, f, nf, ei);
        if (rc) goto out;
    }
out:
    if (rc && ei) {
        snprintf(ei->file, sizeof(ei->file), "%s", path);
        ei->line = lineno;
    }
    free(line); /* getline allocates with malloc */
    fclose(fp);
    return rc;
}

static const char *trimdup(arena_t *a, const char *s) {
    while (*s == ' ') s++;
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == ' ') n--;
    return arena_strndup(a, s, n);
}

static int entity_line(gaz_builder_t *b, char **f, int nf, ent_errinfo *ei) {
    if (nf < 3)
        return ent_errinfo_set(ei, ENT_ECONF,
                               "expected id<TAB>type<TAB>name[<TAB>aliases[<TAB>attributes]], "
                               "found %d field%s", nf, nf == 1 ? "" : "s");
    arena_t *a = b->arena;
    gaz_entry e = {0};
    e.id = trimdup(a, f[0]);
    e.type = trimdup(a, f[1]);
    e.name = trimdup(a, f[2]);
    if (!e.id || !e.type || !e.name) return ENT_ENOMEM;
    for (const char *p = e.type; *p; p++)
        if (!((*p >= 'A' && *p <= 'Z') || *p == '_'))
            return ent_errinfo_set(ei, ENT_ECONF, "type must be upper case (PERSON, ORG...): '%s'",
                                   e.type);
    char **al = NULL;
    uint32_t nal = 0;
    if (nf > 3 && split_list(a, f[3], strlen(f[3]), '|', &al, &nal)) return ENT_ENOMEM;
    gaz_attr *at = NULL;
    uint32_t nat = 0;
    if (nf > 4 && *f[4]) {
        char **kv;
        uint32_t nkv;
        if (split_list(a, f[4], strlen(f[4]), ';', &kv, &nkv)) return ENT_ENOMEM;
        at = arena_alloc(a, (nkv + 1) * sizeof(gaz_attr));
        if (!at) return ENT_ENOMEM;
        for (uint32_t i = 0; i < nkv; i++) {
            char *eq = strchr(kv[i], '=');
            if (!eq || eq == kv[i])
                return ent_errinfo_set(ei, ENT_ECONF, "attribute '%s' is not key=value", kv[i]);
            *eq = '\0';
            at[nat].key = kv[i];
            at[nat].value = eq + 1;
            nat++;
        }
    }
    e.origin = ORIGIN_GAZETTEER;
    return add_entity(b, &e, al, nal, at, nat, 1, ei); /* read_lines checked the line */
}

int gaz_builder_add_file(gaz_builder_t *b, const char *path, ent_errinfo *ei) {
    return read_lines(b, path, 5, "id\t", entity_line, ei);
}

int gaz_builder_add_title(gaz_builder_t *b, const char *title, const char *kind,
                          const char *role) {
    if (ent_grow(&b->titles, &b->captitles, b->ntitles + 1, sizeof(btitle))) return ENT_ENOMEM;
    btitle *t = &b->titles[b->ntitles];
    t->text = arena_strdup(b->arena, title);
    t->role = NULL;
    t->after_name = kind && strcmp(kind, "role-after-name") == 0;
    t->rank = kind && strcmp(kind, "rank") == 0;
    t->intro = kind && strcmp(kind, "intro") == 0;
    if (!t->text) return ENT_ENOMEM;
    if (kind && (strcmp(kind, "role") == 0 || t->after_name || t->rank || t->intro)) {
        t->role = arena_strdup(b->arena, role && *role ? role : title);
        if (!t->role) return ENT_ENOMEM;
    }
    b->ntitles++;
    return 0;
}

static const struct {
    const char *list;
    uint32_t cls;
} word_lists[] = {
    {"firstnames", W_FIRSTNAME}, {"stopwords", W_STOP},   {"orgsuffix", W_ORGSUFFIX},
    {"orghead", W_ORGHEAD},      {"particles", W_PARTICLE}, {"common", W_COMMON},
    {"notfirst", W_NOTFIRST},    {"sports", W_SPORTS},      {"notlast", W_NOTLAST},
    {"clubheads", W_CLUBHEAD},   {"placenouns", W_PLACENOUN},
    {"medianouns", W_MEDIANOUN},
};

int gaz_builder_add_word(gaz_builder_t *b, const char *list, const char *word) {
    if (strcmp(list, "boilerplate") == 0) {
        if (ent_grow(&b->boiler, &b->capboiler, b->nboiler + 1, sizeof(char *)))
            return ENT_ENOMEM;
        if (!(b->boiler[b->nboiler] = arena_strdup(b->arena, word))) return ENT_ENOMEM;
        b->nboiler++;
        return 0;
    }
    for (size_t i = 0; i < ENT_ARRAY_LEN(word_lists); i++)
        if (strcmp(list, word_lists[i].list) == 0) {
            if (ent_grow(&b->words, &b->capwords, b->nwords + 1, sizeof(bword)))
                return ENT_ENOMEM;
            b->words[b->nwords].word = arena_strdup(b->arena, word);
            if (!b->words[b->nwords].word) return ENT_ENOMEM;
            b->words[b->nwords].cls = word_lists[i].cls;
            b->nwords++;
            return 0;
        }
    return ENT_EINVAL;
}

static const char *cur_list; /* list name for word_line; builder use is single-threaded */

static int word_line(gaz_builder_t *b, char **f, int nf, ent_errinfo *ei) {
    (void)nf;
    (void)ei;
    const char *w = f[0];
    while (*w == ' ') w++;
    if (!*w) return 0;
    return gaz_builder_add_word(b, cur_list, w);
}

static int title_line(gaz_builder_t *b, char **f, int nf, ent_errinfo *ei) {
    const char *kind = nf > 1 ? f[1] : "role";
    if (strcmp(kind, "role") != 0 && strcmp(kind, "honorific") != 0 &&
        strcmp(kind, "role-after-name") != 0 && strcmp(kind, "rank") != 0 &&
        strcmp(kind, "intro") != 0)
        return ent_errinfo_set(ei, ENT_ECONF,
                               "title kind must be role, role-after-name, rank, intro or "
                               "honorific: '%s'",
                               kind);
    return gaz_builder_add_title(b, f[0], kind, nf > 2 ? f[2] : NULL);
}

static int orgword_line(gaz_builder_t *b, char **f, int nf, ent_errinfo *ei) {
    const char *pos = nf > 1 ? f[1] : "suffix";
    if (strcmp(pos, "suffix") == 0) return gaz_builder_add_word(b, "orgsuffix", f[0]);
    if (strcmp(pos, "head") == 0) return gaz_builder_add_word(b, "orghead", f[0]);
    return ent_errinfo_set(ei, ENT_ECONF, "organization word position must be suffix or head");
}

static int is_file(const char *path) {
    FILE *fp = fopen(path, "r");
    if (!fp) return 0;
    fclose(fp);
    return 1;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Word-list files in dir/lists/: file name -> list name, or a special reader. */
static const struct {
    const char *file, *list;
    line_fn fn;
} list_files[] = {
    {"titles.tsv", NULL, title_line},         {"orgwords.tsv", NULL, orgword_line},
    {"firstnames.txt", "firstnames", NULL},   {"stopwords.txt", "stopwords", NULL},
    {"particles.txt", "particles", NULL},     {"common.txt", "common", NULL},
    {"notfirst.txt", "notfirst", NULL},       {"boilerplate.txt", "boilerplate", NULL},
    {"sports.txt", "sports", NULL},           {"notlast.txt", "notlast", NULL},
    {"clubheads.txt", "clubheads", NULL},     {"placenouns.txt", "placenouns", NULL},
    {"medianouns.txt", "medianouns", NULL},
};

int gaz_builder_add_dir(gaz_builder_t *b, const char *dir, ent_errinfo *ei) {
    DIR *dp = opendir(dir);
    if (!dp) {
        int e = errno;
        ent_errinfo_clear(ei);
        if (ei) snprintf(ei->file, sizeof(ei->file), "%s", dir);
        return ent_errinfo_set(ei, e, "cannot open gazetteer directory: %s", strerror(e));
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *de;
    while ((de = readdir(dp))) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".tsv") != 0 || de->d_name[0] == '.') continue;
        if (ent_grow(&names, &cap, n + 1, sizeof(char *)) ||
            !(names[n] = ent_strdup(de->d_name))) {
            rc = ENT_ENOMEM;
            break;
        }
        n++;
    }
    closedir(dp);
    if (!rc && n > 1) qsort(names, n, sizeof(char *), cmp_str);
    char path[4096];
    for (size_t i = 0; i < n && !rc; i++) {
        snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
        rc = gaz_builder_add_file(b, path, ei);
    }
    for (size_t i = 0; i < n; i++) ent_free(names[i]);
    ent_free(names);
    for (size_t i = 0; i < ENT_ARRAY_LEN(list_files) && !rc; i++) {
        snprintf(path, sizeof(path), "%s/lists/%s", dir, list_files[i].file);
        if (!is_file(path)) continue;
        cur_list = list_files[i].list;
        rc = read_lines(b, path, 3, NULL, list_files[i].fn ? list_files[i].fn : word_line, ei);
    }
    return rc;
}

/* ---- lexicon ----------------------------------------------------------- */

/* A |-list of entity types ("ORG|PERSON", "COUNTRY|ARMED") as a mask of
 * kinds (1 << KIND_x, and the organizations' GAZ_KINDS_ARMED and
 * GAZ_KINDS_IGO); "" is any (0). */
static int parse_kinds(const char *s, size_t n, uint8_t *out, ent_errinfo *ei) {
    static const char *const names[] = {"PERSON", "COUNTRY", "ORG", "LOCATION", "ARMED", "IGO"};
    static const unsigned bits[] = {1u << KIND_PERSON, 1u << KIND_COUNTRY, 1u << KIND_ORG,
                                    1u << KIND_LOCATION, GAZ_KINDS_ARMED, GAZ_KINDS_IGO};
    *out = 0;
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && s[e] != '|') e++;
        int found = 0;
        for (size_t k = 0; k < ENT_ARRAY_LEN(names); k++)
            if (strlen(names[k]) == e - i && !strncmp(names[k], s + i, e - i)) {
                *out |= (uint8_t)bits[k];
                found = 1;
            }
        if (!found)
            return ent_errinfo_set(ei, ENT_ECONF, "unknown entity type '%.*s' (known: PERSON, "
                                   "COUNTRY, ORG, LOCATION, and of organizations ARMED, IGO)",
                                   (int)(e - i), s + i);
        i = e + 1;
    }
    return 0;
}

static int label_line(gaz_builder_t *b, char **f, int nf, ent_errinfo *ei) {
    if (nf < 2)
        return ent_errinfo_set(ei, ENT_ECONF,
                               "expected label<TAB>directed(yes|no)[<TAB>description[<TAB>types]]");
    int dir;
    if (strcmp(f[1], "yes") == 0) dir = 1;
    else if (strcmp(f[1], "no") == 0) dir = 0;
    else return ent_errinfo_set(ei, ENT_ECONF, "directed must be yes or no: '%s'", f[1]);
    for (const char *p = f[0]; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || *p == '-' || *p == '_'))
            return ent_errinfo_set(ei, ENT_ECONF, "label must be lowercase letters and '-': '%s'",
                                   f[0]);
    for (size_t i = 0; i < b->nlabels; i++)
        if (strcmp(b->labels[i].name, f[0]) == 0)
            return ent_errinfo_set(ei, ENT_ECONF, "label '%s' is defined twice", f[0]);
    /* types: "ACTORS>TARGETS" for a directed label, one list for both sides of
     * an undirected one; empty = any */
    uint8_t ak = 0, tk = 0;
    if (nf > 3 && *f[3]) {
        const char *t = f[3], *gt = strchr(t, '>');
        if (dir != (gt != NULL))
            return ent_errinfo_set(ei, ENT_ECONF, dir ? "types of a directed label are "
                                   "ACTORS>TARGETS: '%s'" : "types of an undirected label are "
                                   "one list, without '>': '%s'", t);
        int rc = parse_kinds(t, gt ? (size_t)(gt - t) : strlen(t), &ak, ei);
        if (!rc) rc = gt ? parse_kinds(gt + 1, strlen(gt + 1), &tk, ei) : (tk = ak, 0);
        if (rc) return rc;
    }
    if (ent_grow(&b->labels, &b->caplabels, b->nlabels + 1, sizeof(blabel))) return ENT_ENOMEM;
    if (!(b->labels[b->nlabels].name = arena_strdup(b->arena, f[0]))) return ENT_ENOMEM;
    b->labels[b->nlabels].directed = (uint8_t)dir;
    b->labels[b->nlabels].actor_kinds = ak, b->labels[b->nlabels].target_kinds = tk;
    b->nlabels++;
    return 0;
}

static int parse_preps(const char *s, uint32_t *out, ent_errinfo *ei) {
    *out = 0;
    while (*s) {
        const char *e = strchr(s, '|');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        int found = 0;
        for (int i = 0; i < PREP__COUNT; i++)
            if (strlen(gaz_prep_names[i]) == n && strncmp(gaz_prep_names[i], s, n) == 0) {
                *out |= 1u << i;
                found = 1;
            }
        if (!found && n > 0)
            return ent_errinfo_set(ei, ENT_ECONF, "unknown preposition '%.*s' (known: OBJ, with, "
                                   "against, on, for, to, between, from, by, in, of, at, into, "
                                   "toward, over, upon)", (int)n, s);
        s += n;
        if (*s == '|') s++;
    }
    return 0;
}

static int trigger_line(gaz_builder_t *b, char **f, int nf, ent_errinfo *ei) {
    if (nf < 3)
        return ent_errinfo_set(ei, ENT_ECONF, "expected label<TAB>pos<TAB>phrase[<TAB>forms"
                               "[<TAB>preps[<TAB>source[<TAB>actors]]]]");
    int found = 0;
    for (size_t i = 0; i < b->nlabels; i++) found |= strcmp(b->labels[i].name, f[0]) == 0;
    if (!found)
        return ent_errinfo_set(ei, ENT_ECONF, "label '%s' is not in labels.tsv", f[0]);
    int noun;
    if (strcmp(f[1], "noun") == 0) noun = 1;
    else if (strcmp(f[1], "verb") == 0) noun = 0;
    else return ent_errinfo_set(ei, ENT_ECONF, "pos must be noun or verb: '%s'", f[1]);
    if (!*f[2]) return ent_errinfo_set(ei, ENT_ECONF, "empty trigger phrase");
    uint32_t preps;
    int rc = parse_preps(nf > 4 ? f[4] : "", &preps, ei);
    if (rc) return rc;
    if (nf <= 4 || !*f[4]) preps = noun ? 0 : 1u << PREP_OBJ;
    /* actors, after the source: the kinds the actor of this trigger may be
     * ("COUNTRY|ARMED": a capture is an attack by a state or an armed group) */
    uint8_t actors = 0;
    if (nf > 6 && *f[6] && (rc = parse_kinds(f[6], strlen(f[6]), &actors, ei))) return rc;
    if (ent_grow(&b->trigs, &b->captrigs, b->ntrigs + 1, sizeof(btrig))) return ENT_ENOMEM;
    btrig *t = &b->trigs[b->ntrigs];
    t->actors = actors;
    t->label = arena_strdup(b->arena, f[0]);
    t->phrase = arena_strdup(b->arena, f[2]);
    t->forms = nf > 3 && *f[3] ? arena_strdup(b->arena, f[3]) : NULL;
    t->noun = (uint8_t)noun;
    t->preps = preps;
    if (!t->label || !t->phrase || (nf > 3 && *f[3] && !t->forms)) return ENT_ENOMEM;
    b->ntrigs++;
    return 0;
}

int gaz_builder_add_lexicon(gaz_builder_t *b, const char *dir, ent_errinfo *ei) {
    char path[4096];
    snprintf(path, sizeof(path), "%s/labels.tsv", dir);
    int rc = read_lines(b, path, 4, "label\t", label_line, ei);
    if (rc) return rc;
    snprintf(path, sizeof(path), "%s/triggers.tsv", dir);
    return read_lines(b, path, 7, "label\t", trigger_line, ei);
}

/* ---- compile ----------------------------------------------------------- */

/* Vocabulary under construction: open addressing over vid + 1. */
typedef struct vocab {
    char *pool;
    size_t npool, cappool;
    uint32_t *off; /* [n + 1] */
    uint64_t *key; /* text_key of each word */
    uint32_t *cls;
    size_t n, capoff, capkey, capcls;
    uint32_t *slots;
    size_t mask;
} vocab;

static int vocab_intern(vocab *v, const char *s, size_t n, int32_t *vid) {
    uint64_t key = text_key(s, n);
    if (!v->slots || (v->n + 1) * 2 > v->mask + 1) {
        size_t ncap = v->slots ? (v->mask + 1) * 2 : 4096;
        uint32_t *ns = ent_calloc(ncap, sizeof(uint32_t));
        if (!ns) return ENT_ENOMEM;
        for (size_t i = 0; i < v->n; i++) {
            size_t j = gaz_mix64(v->key[i]) & (ncap - 1);
            while (ns[j]) j = (j + 1) & (ncap - 1);
            ns[j] = (uint32_t)i + 1;
        }
        ent_free(v->slots);
        v->slots = ns;
        v->mask = ncap - 1;
    }
    size_t j = gaz_mix64(key) & v->mask;
    for (; v->slots[j]; j = (j + 1) & v->mask) {
        uint32_t k = v->slots[j] - 1;
        if (v->key[k] == key && v->off[k + 1] - v->off[k] == n &&
            memcmp(v->pool + v->off[k], s, n) == 0) {
            *vid = (int32_t)k;
            return 0;
        }
    }
    if (ent_grow(&v->pool, &v->cappool, v->npool + n + 1, 1) ||
        ent_grow(&v->off, &v->capoff, v->n + 2, sizeof(uint32_t)) ||
        ent_grow(&v->key, &v->capkey, v->n + 1, sizeof(uint64_t)) ||
        ent_grow(&v->cls, &v->capcls, v->n + 1, sizeof(uint32_t)))
        return ENT_ENOMEM;
    memcpy(v->pool + v->npool, s, n);
    v->off[v->n] = (uint32_t)v->npool;
    v->npool += n;
    v->off[v->n + 1] = (uint32_t)v->npool;
    v->key[v->n] = key;
    v->cls[v->n] = 0;
    v->slots[j] = (uint32_t)v->n + 1;
    *vid = (int32_t)v->n++;
    return 0;
}

enum { T_ENT = 0, T_TITLE, T_TRIG, T_BOIL, T__COUNT };

/* One phrase to insert: its vids live in the seq vector. */
typedef struct phrase {
    uint32_t seq;   /* offset into seq */
    uint16_t ntok;
    uint8_t trie;
    uint8_t pad;
    uint32_t pay;   /* payload index */
} phrase;

typedef struct compiler {
    vocab v;
    text_doc doc;
    int32_t *seq;
    size_t nseq, capseq;
    phrase *ph;
    size_t nph, capph;
    gaz_cand *cands;
    size_t ncands, capcands;
    /* prefix-search keys */
    const char **keys;
    uint32_t *keyent;
    size_t nkeys, capkeys, capkeyent;
    arena_t *arena;
} compiler;

/* Tokenize s, intern its tokens, and append a phrase. Phrases with no word token
 * or a leading "the" only are skipped. Fills *fl with the tokens' flags for the
 * case policy (may be NULL). Returns 0 and sets *added. */
static int add_phrase(compiler *c, const char *s, int trie, uint32_t pay, int drop_the,
                      uint16_t *flags_out, size_t maxflags, int *added, const char **key) {
    *added = 0;
    if (key) *key = NULL;
    size_t n = strlen(s);
    if (text_tokenize(&c->doc, s, n)) return ENT_ENOMEM;
    size_t t0 = 0, nt = c->doc.ntoks;
    if (drop_the && nt > 1 && text_tok_ieq(&c->doc, &c->doc.toks[0], "the")) t0 = 1;
    if (nt - t0 == 0 || nt - t0 > UINT16_MAX) return 0;
    int words = 0;
    for (size_t i = t0; i < nt; i++) words += (c->doc.toks[i].flags & TOK_WORD) != 0;
    if (!words) return 0;
    if (ent_grow(&c->seq, &c->capseq, c->nseq + (nt - t0), sizeof(int32_t))) return ENT_ENOMEM;
    char buf[ENT_MAX_TOKEN * 4];
    char kbuf[1024]; /* the prefix-search key: what text_fold_phrase gives for s */
    size_t kn = 0;
    for (size_t i = 0; i < nt; i++) {
        const text_tok *t = &c->doc.toks[i];
        int fl = (t->flags & TOK_LONG) ? -1 : text_tok_fold(&c->doc, t, buf, sizeof(buf));
        if (fl <= 0) return 0; /* cannot ever match: skip the phrase */
        if (key && kn + (size_t)fl + 1 < sizeof(kbuf)) {
            if (i > 0 && (t->flags & TOK_SPACE)) kbuf[kn++] = ' ';
            memcpy(kbuf + kn, buf, (size_t)fl);
            kn += (size_t)fl;
        }
        if (i < t0) continue; /* a leading "the": in the key, not in the trie */
        int32_t vid;
        if (vocab_intern(&c->v, buf, (size_t)fl, &vid))
            return ENT_ENOMEM;
        c->seq[c->nseq + (i - t0)] = vid;
        if (flags_out && i - t0 < maxflags) flags_out[i - t0] = t->flags;
    }
    if (key && !(*key = arena_strndup(c->arena, kbuf, kn))) return ENT_ENOMEM;
    if (ent_grow(&c->ph, &c->capph, c->nph + 1, sizeof(phrase))) return ENT_ENOMEM;
    phrase *p = &c->ph[c->nph++];
    p->seq = (uint32_t)c->nseq;
    p->ntok = (uint16_t)(nt - t0);
    p->trie = (uint8_t)trie;
    p->pay = pay;
    c->nseq += nt - t0;
    *added = 1;
    return 0;
}

static int add_key(compiler *c, const char *k, uint32_t ent) {
    if (!*k) return 0;
    if (ent_grow(&c->keys, &c->capkeys, c->nkeys + 1, sizeof(char *)) ||
        ent_grow(&c->keyent, &c->capkeyent, c->nkeys + 1, sizeof(uint32_t)))
        return ENT_ENOMEM;
    c->keys[c->nkeys] = k;
    c->keyent[c->nkeys] = ent;
    c->nkeys++;
    return 0;
}

/* Add one alias of entity ent with its case policy (town: CASE_TOWN, an
 * alias of attribute after_town). */
static int add_alias(compiler *c, const bent *be, uint32_t ent, const char *s, int via,
                     int local, int town) {
    uint16_t fl[16];
    int added;
    memset(fl, 0, sizeof(fl));
    if (ent_grow(&c->cands, &c->capcands, c->ncands + 1, sizeof(gaz_cand))) return ENT_ENOMEM;
    const char *key;
    int rc = add_phrase(c, s, T_ENT, (uint32_t)c->ncands, 1, fl, 16, &added, &key);
    if (rc || !added) return rc;
    const phrase *p = &c->ph[c->nph - 1];
    gaz_cand *cd = &c->cands[c->ncands++];
    cd->ent = ent;
    cd->via = (uint8_t)via;
    cd->local = local != 0;
    cd->capmask = 0;
    /* Case policy: capitals-only aliases are acronyms; else capitals where written. */
    int words = 0, allcaps = 1, letters = 0;
    size_t t0 = c->doc.ntoks - p->ntok;
    for (size_t i = t0; i < c->doc.ntoks; i++) {
        const text_tok *t = &c->doc.toks[i];
        if (!(t->flags & TOK_WORD)) continue;
        words++;
        /* a number is neither case, but a word opening with a digit has letters
         * ("3M" is an acronym: no "3m", a sum of money) */
        if (!(t->flags & TOK_DIGIT) || (t->flags & (TOK_UPPER | TOK_LOWER | TOK_ALLCAPS))) {
            if (!(t->flags & TOK_ALLCAPS)) allcaps = 0;
            else letters += t->end - t->start;
        }
    }
    if (town) cd->casemode = CASE_TOWN;
    else if (be->case_any) cd->casemode = CASE_ANY;
    else if (be->article_the && t0 == 1 && p->ntok == 1 && !allcaps) cd->casemode = CASE_THE;
    else if (allcaps && letters >= 2) cd->casemode = CASE_UPPER;
    else {
        cd->casemode = CASE_CAP;
        for (int k = 0; k < p->ntok && k < 16; k++)
            if (fl[k] & TOK_UPPER) cd->capmask |= (uint16_t)(1u << k);
    }
    (void)words;
    if ((rc = add_key(c, key, ent))) return rc;
    /* a hyphen between capitalized words is as often a space in news:
     * "Hewlett-Packard" is "Hewlett Packard", "Guinea-Bissau" "Guinea Bissau" */
    char sp[256];
    size_t n = strlen(s);
    if (n >= sizeof(sp)) return 0;
    int changed = 0;
    memcpy(sp, s, n + 1);
    for (size_t i = 1; i + 1 < n; i++)
        if (sp[i] == '-' && ((sp[i - 1] | 0x20) >= 'a' && (sp[i - 1] | 0x20) <= 'z') &&
            sp[i + 1] >= 'A' && sp[i + 1] <= 'Z') {
            sp[i] = ' ';
            changed = 1;
        }
    return changed ? add_alias(c, be, ent, sp, via, local, town) : 0;
}

/* Trie under construction shares gaz_trie's layout; insert grows the table. */
static int trie_child(gaz_trie *t, uint32_t node, int32_t vid, uint32_t *child) {
    if (node == 0) {
        if (!t->root[vid]) t->root[vid] = ++t->nnodes;
        *child = t->root[vid];
        return 0;
    }
    if (!t->ekeys || (size_t)t->nnodes * 2 >= t->emask) {
        size_t ncap = t->ekeys ? (t->emask + 1) * 2 : 1024;
        uint64_t *nk = ent_big_calloc(ncap, sizeof(uint64_t));
        uint32_t *nv = ent_big_calloc(ncap, sizeof(uint32_t));
        if (!nk || !nv) {
            ent_big_free(nk);
            ent_big_free(nv);
            return ENT_ENOMEM;
        }
        if (t->ekeys)
            for (size_t i = 0; i <= t->emask; i++) {
                if (!t->ekeys[i]) continue;
                size_t j = gaz_mix64(t->ekeys[i]) & (ncap - 1);
                while (nk[j]) j = (j + 1) & (ncap - 1);
                nk[j] = t->ekeys[i];
                nv[j] = t->evals[i];
            }
        ent_big_free(t->ekeys);
        ent_big_free(t->evals);
        t->ekeys = nk;
        t->evals = nv;
        t->emask = ncap - 1;
    }
    uint64_t key = (((uint64_t)node << 32) | (uint32_t)vid) + 1;
    size_t i = gaz_mix64(key) & t->emask;
    for (; t->ekeys[i]; i = (i + 1) & t->emask)
        if (t->ekeys[i] == key) {
            *child = t->evals[i];
            return 0;
        }
    t->ekeys[i] = key;
    t->evals[i] = *child = ++t->nnodes;
    return 0;
}

/* Build the edge filter of t: 16 bits per edge, one set per edge. */
static int trie_bloom(gaz_trie *t) {
    size_t bits = 1024;
    while (bits < (size_t)t->nnodes * 16) bits *= 2;
    t->bloom = ent_calloc(bits / 64, sizeof(uint64_t));
    if (!t->bloom) return ENT_ENOMEM;
    t->bmask = bits - 1;
    if (t->ekeys)
        for (size_t i = 0; i <= t->emask; i++)
            if (t->ekeys[i]) {
                size_t b = (gaz_mix64(t->ekeys[i]) >> 40) & t->bmask;
                t->bloom[b >> 6] |= 1ull << (b & 63);
            }
    return 0;
}

static void trie_free(gaz_trie *t) {
    ent_free(t->bloom);
    ent_free(t->root);
    ent_big_free(t->ekeys);
    ent_big_free(t->evals);
    ent_free(t->pay_off);
    ent_free(t->pay);
}

int gaz_kind(const char *type) {
    static const char *const names[] = {"", "PERSON", "COUNTRY", "ORG", "LOCATION"};
    for (int i = 1; i < 5; i++)
        if (strcmp(type, names[i]) == 0) return i;
    return KIND_OTHER;
}

/* Type order for the tie-break: COUNTRY, ORG, PERSON, LOCATION, others. */
static int type_rank(const gaz_entity *e) {
    static const int rank[] = {[KIND_COUNTRY] = 0, [KIND_ORG] = 1, [KIND_PERSON] = 2,
                               [KIND_LOCATION] = 3, [KIND_OTHER] = 4};
    return rank[e->kind];
}

static const gaz_t *sort_g; /* qsort context; compile runs on one thread at a time */

static int cand_cmp(const void *pa, const void *pb) {
    const gaz_cand *a = pa, *b = pb;
    const gaz_entity *ea = &sort_g->ents[a->ent], *eb = &sort_g->ents[b->ent];
    if (a->local != b->local) return a->local - b->local; /* local names last */
    if (ea->prio != eb->prio) return ea->prio > eb->prio ? -1 : 1;
    int na = a->via == VIA_NAME, nb = b->via == VIA_NAME;
    if (na != nb) return nb - na;
    int ta = type_rank(ea), tb = type_rank(eb);
    if (ta != tb) return ta - tb;
    int s = strcmp(ea->id, eb->id);
    if (s) return s;
    if (a->via != b->via) return a->via - b->via;
    return a->casemode - b->casemode;
}

/* Build the payload arrays of trie t from the phrases that belong to it. */
static int trie_payload(gaz_trie *t, const compiler *c, int which, uint32_t *nodes_of_phrase) {
    t->pay_off = ent_calloc((size_t)t->nnodes + 2, sizeof(uint32_t));
    if (!t->pay_off) return ENT_ENOMEM;
    size_t total = 0;
    for (size_t i = 0; i < c->nph; i++)
        if (c->ph[i].trie == which) {
            t->pay_off[nodes_of_phrase[i] + 1]++;
            total++;
        }
    for (uint32_t n = 1; n <= t->nnodes + 1; n++) t->pay_off[n] += t->pay_off[n - 1];
    t->pay = ent_malloc((total + 1) * sizeof(uint32_t));
    uint32_t *fill = ent_calloc((size_t)t->nnodes + 1, sizeof(uint32_t));
    if (!t->pay || !fill) {
        ent_free(fill);
        return ENT_ENOMEM;
    }
    for (size_t i = 0; i < c->nph; i++)
        if (c->ph[i].trie == which) {
            uint32_t n = nodes_of_phrase[i];
            t->pay[t->pay_off[n] + fill[n]++] = c->ph[i].pay;
        }
    ent_free(fill);
    return 0;
}

typedef struct kent {
    uint64_t pre; /* first 8 bytes, big-endian, zero-padded */
    const char *k;
    uint32_t ent;
} kent;

static int kent_cmp(const void *a, const void *b) {
    const kent *x = a, *y = b;
    int s = strcmp(x->k, y->k);
    if (s) return s;
    return x->ent < y->ent ? -1 : x->ent > y->ent;
}

static int sort_keys(compiler *c, gaz_t *g) {
    size_t n = c->nkeys;
    kent *v = ent_malloc((n + 1) * sizeof(kent)), *tmp = ent_malloc((n + 1) * sizeof(kent));
    uint32_t *cnt = ent_malloc(65536 * sizeof(uint32_t));
    g->keys = ent_malloc((n + 1) * sizeof(char *));
    g->keyent = ent_malloc((n + 1) * sizeof(uint32_t));
    int rc = 0;
    if (!v || !tmp || !cnt || !g->keys || !g->keyent) {
        rc = ENT_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t p = 0;
        const unsigned char *k = (const unsigned char *)c->keys[i];
        for (int b = 0; b < 8; b++) {
            p = p << 8 | *k;
            if (*k) k++;
        }
        v[i] = (kent){p, c->keys[i], c->keyent[i]};
    }
    /* LSD radix sort on pre, 16 bits a pass; stable, so equal keys stay in entity order */
    for (int shift = 0; shift < 64; shift += 16) {
        memset(cnt, 0, 65536 * sizeof(uint32_t));
        for (size_t i = 0; i < n; i++) cnt[(v[i].pre >> shift) & 0xffff]++;
        uint32_t sum = 0;
        for (size_t d = 0; d < 65536; d++) {
            uint32_t t = cnt[d];
            cnt[d] = sum;
            sum += t;
        }
        for (size_t i = 0; i < n; i++) tmp[cnt[(v[i].pre >> shift) & 0xffff]++] = v[i];
        kent *sw = v;
        v = tmp;
        tmp = sw;
    }
    for (size_t i = 0; i < n;) { /* runs sharing 8 bytes: order by the whole key */
        size_t j = i + 1;
        while (j < n && v[j].pre == v[i].pre) j++;
        if (j - i > 1 && (v[i].pre & 0xff)) qsort(v + i, j - i, sizeof(kent), kent_cmp);
        i = j;
    }
    for (size_t i = 0; i < n; i++) {
        g->keys[i] = v[i].k;
        g->keyent[i] = v[i].ent;
    }
    g->nkeys = (uint32_t)n;
out:
    ent_free(v);
    ent_free(tmp);
    ent_free(cnt);
    return rc;
}

/* Regular inflections of the last word of phrase; writes '|'-joined forms. */
static void inflect(const char *phrase, int noun, char *out, size_t cap) {
    const char *sp = strrchr(phrase, ' ');
    size_t pre = sp ? (size_t)(sp - phrase) + 1 : 0;
    const char *w = phrase + pre;
    size_t n = strlen(w);
    char stem[128];
    if (n == 0 || n >= sizeof(stem) - 4) {
        snprintf(out, cap, "%s", phrase);
        return;
    }
    memcpy(stem, w, n + 1);
    char last = w[n - 1], prev = n > 1 ? w[n - 2] : 0;
    int vowel_prev = prev && strchr("aeiou", prev) != NULL;
    char pl[160], ed[160], ing[160];
    if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's')))
        snprintf(pl, sizeof(pl), "%ses", w);
    else if (last == 'y' && !vowel_prev) snprintf(pl, sizeof(pl), "%.*sies", (int)n - 1, w);
    else snprintf(pl, sizeof(pl), "%ss", w);
    if (noun) {
        snprintf(out, cap, "%s|%.*s%s", phrase, (int)pre, phrase, pl);
        return;
    }
    if (last == 'e') snprintf(ed, sizeof(ed), "%sd", w);
    else if (last == 'y' && !vowel_prev) snprintf(ed, sizeof(ed), "%.*sied", (int)n - 1, w);
    else snprintf(ed, sizeof(ed), "%sed", w);
    if (last == 'e' && prev != 'e' && n > 2) snprintf(ing, sizeof(ing), "%.*sing", (int)n - 1, w);
    else snprintf(ing, sizeof(ing), "%sing", w);
    snprintf(out, cap, "%s|%.*s%s|%.*s%s|%.*s%s", phrase, (int)pre, phrase, pl, (int)pre, phrase,
             ed, (int)pre, phrase, ing);
}

/* The SUB_* code of an attribute kind (NULL: none). */
static uint8_t sub_code(const char *kind) {
    static const struct {
        const char *name;
        uint8_t sub;
    } subs[] = {
        {"city", SUB_CITY},       {"county", SUB_COUNTY},         {"state", SUB_STATE},
        {"region", SUB_REGION},   {"company", SUB_COMPANY},       {"party", SUB_PARTY},
        {"armed", SUB_ARMED},     {"government", SUB_GOVERNMENT}, {"military", SUB_MILITARY},
        {"club", SUB_CLUB},       {"sea", SUB_SEA},               {"igo", SUB_IGO},
    };
    if (!kind) return SUB_NONE;
    for (size_t i = 0; i < ENT_ARRAY_LEN(subs); i++)
        if (strcmp(kind, subs[i].name) == 0) return subs[i].sub;
    return SUB_OTHER;
}

/* Countries whose people's names are written family name first, in English
 * too ("Yoon Suk Yeol", "Xi Jinping", "Lai Ching-te"): Koreas, China, Taiwan,
 * Hong Kong, Macau. (Japanese names are written in the Western order in
 * English news, Vietnamese ones are called by their last word.) */
static int family_first_country(const char *country) {
    static const char *const ids[] = {"country:CN", "country:HK", "country:KP",
                                      "country:KR", "country:MO", "country:TW"};
    for (size_t i = 0; i < ENT_ARRAY_LEN(ids); i++)
        if (!strcmp(country, ids[i])) return 1;
    return 0;
}

/* The family name's word of a person's name, folded into out; its length, or
 * 0. The last word, after the last space, hyphen or apostrophe ("Pedro
 * Sánchez", "Abd-al-Fattah al-Burhan"); but the first of a name of a
 * family_first country when that word is one syllable of the shape ("Byun Do
 * Yoon" is a Byun, not a Yoon; "William Lai" stays a Lai). */
static size_t family_word(const char *name, size_t n, int family_first, char *out, size_t cap) {
    size_t b = n;
    while (b > 0 && name[b - 1] != ' ' && name[b - 1] != '-' && name[b - 1] != '\'') b--;
    if (b == 0 || b == n) return 0;
    if (family_first) {
        size_t e = 0;
        while (e < n && name[e] != ' ' && name[e] != '-') e++;
        int fl = e < n ? text_fold(name, e, out, cap) : -1;
        if (fl > 0 && text_syllable(out, (size_t)fl)) return (size_t)fl;
    }
    int fl = text_fold(name + b, n - b, out, cap);
    return fl > 0 ? (size_t)fl : 0;
}

/* How current a person of the gazetteer is, for gaz_person_of: 3 a leader
 * or official of today (no status), 2 one of Wikidata's recent lists
 * ("not-in-factbook-2026"), 1 PETRARCH's open-ended roles of circa 2016
 * ("unverified"), 0 a former one. */
static int person_rank(const gaz_entity *e) {
    const char *st = gaz_attr_get(e, "status");
    if (!st) return 3;
    if (!strcmp(st, "former")) return 0;
    if (!strcmp(st, "unverified")) return 1;
    return 2;
}

/* Index the people with a country by (country, family name word): see
 * gaz_person_of. The most current person of a name wins ("Pakistan's
 * Sharif": Shehbaz, today's prime minister, not PETRARCH's Nawaz); two of the
 * same standing leave the name to nobody (-1). */
static int surname_index(gaz_t *g) {
    size_t n = 0;
    for (uint32_t k = 0; k < g->nents; k++)
        n += g->ents[k].kind == KIND_PERSON && gaz_attr_get(&g->ents[k], "country") != NULL;
    size_t slots = 16;
    while (slots < 2 * n) slots *= 2;
    uint8_t *rank = ent_calloc(slots, 1); /* the standing of each slot's holder */
    if (!rank || !(g->surkeys = ent_calloc(slots, sizeof(uint64_t))) ||
        !(g->surents = ent_malloc(slots * sizeof(int32_t)))) {
        ent_free(rank);
        return ENT_ENOMEM;
    }
    g->surmask = slots - 1;
    for (uint32_t k = 0; k < g->nents; k++) {
        const gaz_entity *e = &g->ents[k];
        const char *country = e->kind == KIND_PERSON ? gaz_attr_get(e, "country") : NULL;
        int32_t cg = country ? gaz_find_id(g, country) : -1;
        char w[ENT_MAX_TOKEN * 4];
        size_t wl = cg >= 0 ? family_word(e->name, e->name_len, family_first_country(country), w,
                                          sizeof(w))
                            : 0;
        int32_t vid = wl ? gaz_vocab_find(g, w, wl) : -1;
        if (vid < 0) continue;
        int r = person_rank(e);
        uint64_t key = (uint64_t)(uint32_t)(cg + 1) << 32 | (uint32_t)vid;
        size_t i = gaz_mix64(key) & g->surmask;
        while (g->surkeys[i] && g->surkeys[i] != key) i = (i + 1) & g->surmask;
        if (!g->surkeys[i] || r > rank[i]) {
            g->surkeys[i] = key, g->surents[i] = (int32_t)k, rank[i] = (uint8_t)r;
        } else if (r == rank[i]) {
            g->surents[i] = -1;
        }
    }
    ent_free(rank);
    return 0;
}

static int compile(gaz_builder_t *b, gaz_t *g, ent_errinfo *ei) {
    compiler c;
    int rc = 0;
    uint32_t *nodes = NULL;
    memset(&c, 0, sizeof(c));
    c.arena = g->arena;

    /* Live entities, in insertion order, and the id index (open addressing
     * over entity index + 1, with the hash the builder kept for each id). */
    size_t live = 0;
    for (size_t i = 0; i < b->nents; i++) live += !b->ents[i].dead;
    g->ents = ent_big_calloc(live + 1, sizeof(gaz_entity));
    if (!g->ents) return ENT_ENOMEM;
    size_t cap = 16;
    while (cap < live * 2) cap *= 2;
    g->idslots = ent_calloc(cap, sizeof(uint64_t));
    if (!g->idslots) goto nomem;
    g->idmask = cap - 1;
    /* eight ids or fewer to a 64-bit word: one false positive in twenty */
    size_t fw = 64;
    while (fw * 8 < live) fw *= 2;
    g->idfilter = ent_calloc(fw, sizeof(uint64_t));
    if (!g->idfilter) goto nomem;
    g->idfmask = fw - 1;
    for (size_t i = 0; i < b->nents; i++) {
        const bent *be = &b->ents[i];
        /* the slot of an entity further on: a million ids fill a table too
         * big for the cache, one miss each without this */
        if (i + 16 < b->nents)
            __builtin_prefetch(&g->idslots[b->ents[i + 16].idhash & g->idmask], 1);
        if (be->dead) continue;
        size_t j = be->idhash & g->idmask;
        while (g->idslots[j]) j = (j + 1) & g->idmask;
        g->idslots[j] = (uint64_t)be->idhash << 32 | (g->nents + 1);
        g->idfilter[(be->idhash >> 12) & g->idfmask] |= id_filter_bits(be->idhash);
        gaz_entity *e = &g->ents[g->nents++];
        e->id = be->id;
        e->type = be->type;
        e->name = be->name;
        e->aliases = (const char *const *)be->aliases;
        e->naliases = be->naliases;
        e->attrs = be->attrs;
        e->nattrs = be->nattrs;
        e->prio = be->prio;
        e->origin = be->origin;
        e->kind = (uint8_t)gaz_kind(be->type);
        e->sub = sub_code(gaz_attr_get(e, "kind"));
        /* a town: kind "city" or "county", or no kind (a state, region,
         * continent or sea has one) */
        e->county = e->kind == KIND_LOCATION && e->sub == SUB_COUNTY;
        e->town = e->kind == KIND_LOCATION &&
                  (e->sub == SUB_NONE || e->sub == SUB_CITY || e->county);
        e->company = e->kind == KIND_ORG && e->sub == SUB_COMPANY;
        e->id_len = (uint32_t)strlen(e->id);
        e->type_len = (uint32_t)strlen(e->type);
        e->name_len = (uint32_t)strlen(e->name);
    }
    /* Prepositions and connectives the extractor needs: interned first. */
    for (int i = 0; i < PREP__COUNT; i++) {
        const char *w = i == PREP_OBJ ? NULL : gaz_prep_names[i];
        g->prep_vid[i] = -1;
        if (w && (rc = vocab_intern(&c.v, w, strlen(w), &g->prep_vid[i])))
            goto out;
    }
    if ((rc = vocab_intern(&c.v, "and", 3, &g->and_vid)) ||
        (rc = vocab_intern(&c.v, ",", 1, &g->comma_vid)))
        goto out;

    /* Entity aliases. */
    uint32_t ei_ = 0;
    for (size_t i = 0; i < b->nents; i++) {
        const bent *be = &b->ents[i];
        if (be->dead) continue;
        uint32_t ent = ei_++;
        if ((rc = add_alias(&c, be, ent, be->name, VIA_NAME, 0, 0))) goto out;
        for (uint32_t k = 0; k < be->naliases && !rc; k++)
            rc = add_alias(&c, be, ent, be->aliases[k], VIA_ALIAS, 0, 0);
        for (uint32_t k = 0; k < be->ndemonyms && !rc; k++)
            rc = add_alias(&c, be, ent, be->demonyms[k], VIA_DEMONYM, 0, 0);
        for (uint32_t k = 0; k < be->ncapitals && !rc; k++)
            rc = add_alias(&c, be, ent, be->capitals[k], VIA_CAPITAL, 0, 0);
        for (uint32_t k = 0; k < be->nlocals && !rc; k++)
            rc = add_alias(&c, be, ent, be->locals[k], VIA_ALIAS, 1, 0);
        for (uint32_t k = 0; k < be->nafter_town && !rc; k++)
            rc = add_alias(&c, be, ent, be->after_town[k], VIA_ALIAS, 0, 1);
        if (rc) goto out;
    }
    g->naliases = c.ncands;

    /* Titles. */
    g->titles = ent_calloc(b->ntitles + 1, sizeof(gaz_title));
    if (!g->titles) goto nomem;
    for (size_t i = 0; i < b->ntitles; i++) {
        int added;
        g->titles[i].text = b->titles[i].text;
        g->titles[i].role = b->titles[i].role;
        g->titles[i].after_name = b->titles[i].after_name;
        g->titles[i].rank = b->titles[i].rank;
        g->titles[i].intro = b->titles[i].intro;
        if ((rc = add_phrase(&c, b->titles[i].text, T_TITLE, (uint32_t)i, 0, NULL, 0, &added, NULL)))
            goto out;
    }
    g->ntitles = (uint32_t)b->ntitles;

    /* Labels: the lexicon's, plus the three the extractor always produces,
     * then one for each trigger with its own actors: the label's name and
     * targets, and those actors (push_rel checks a label's kinds, so the
     * trigger's relations carry theirs) */
    g->labels = ent_calloc(b->nlabels + 4 + b->ntrigs, sizeof(gaz_label));
    if (!g->labels) goto nomem;
    for (size_t i = 0; i < b->nlabels; i++) {
        g->labels[i].name = b->labels[i].name;
        g->labels[i].directed = b->labels[i].directed;
        g->labels[i].actor_kinds = b->labels[i].actor_kinds;
        g->labels[i].target_kinds = b->labels[i].target_kinds;
    }
    g->nlabels = (uint32_t)b->nlabels;
    if (gaz_label_find(g, "affiliation") < 0)
        g->labels[g->nlabels++] = (gaz_label){"affiliation", 1, 0, 0};
    /* (a person's home: rel.c's find_residences) */
    if (gaz_label_find(g, "residence") < 0)
        g->labels[g->nlabels++] = (gaz_label){"residence", 1, 1u << KIND_PERSON,
                                              1u << KIND_COUNTRY | 1u << KIND_LOCATION};
    if (gaz_label_find(g, "co-mention") < 0)
        g->labels[g->nlabels++] = (gaz_label){"co-mention", 0, 0, 0};

    /* Triggers: the phrase and each inflected form. */
    g->trigs = ent_calloc(b->ntrigs + 1, sizeof(gaz_trigger));
    if (!g->trigs) goto nomem;
    for (size_t i = 0; i < b->ntrigs; i++) {
        const btrig *bt = &b->trigs[i];
        g->trigs[i].label = (uint16_t)gaz_label_find(g, bt->label);
        if (bt->actors) {
            gaz_label own = g->labels[g->trigs[i].label];
            own.actor_kinds = bt->actors;
            g->trigs[i].label = (uint16_t)g->nlabels;
            g->labels[g->nlabels++] = own;
        }
        g->trigs[i].noun = bt->noun;
        g->trigs[i].preps = bt->preps;
        char forms[1024];
        if (bt->forms) snprintf(forms, sizeof(forms), "%s|%s", bt->phrase, bt->forms);
        else inflect(bt->phrase, bt->noun, forms, sizeof(forms));
        char *p = forms;
        while (p && *p) {
            char *e = strchr(p, '|');
            if (e) *e = '\0';
            int added;
            if (*p && (rc = add_phrase(&c, p, T_TRIG, (uint32_t)i, 0, NULL, 0, &added, NULL))) goto out;
            p = e ? e + 1 : NULL;
        }
    }
    g->ntrigs = (uint32_t)b->ntrigs;

    /* Boilerplate phrases. */
    for (size_t i = 0; i < b->nboiler; i++) {
        int added;
        if ((rc = add_phrase(&c, b->boiler[i], T_BOIL, 0, 0, NULL, 0, &added, NULL))) goto out;
    }

    /* Word lists: single tokens; a multi-token entry marks each of its words. */
    for (size_t i = 0; i < b->nwords; i++) {
        int added;
        size_t before = c.nph;
        if ((rc = add_phrase(&c, b->words[i].word, T__COUNT, 0, 0, NULL, 0, &added, NULL))) goto out;
        if (!added) continue;
        const phrase *p = &c.ph[c.nph - 1];
        for (uint16_t k = 0; k < p->ntok; k++) c.v.cls[c.seq[p->seq + k]] |= b->words[i].cls;
        c.nph = before; /* not a trie phrase */
    }

    /* The vocabulary is complete: freeze it. */
    for (size_t k = 0; k < c.v.n; k++)
        if ((c.v.cls[k] & W_FIRSTNAME) &&
            text_syllable(c.v.pool + c.v.off[k], c.v.off[k + 1] - c.v.off[k]))
            c.v.cls[k] |= W_SYLLABLE;
    g->nvocab = (uint32_t)c.v.n;
    g->vpool = c.v.pool;
    g->voff = c.v.off;
    g->vcls = c.v.cls;
    ent_free(c.v.key);
    ent_free(c.v.slots); /* the build-time table; lookups use g->vocab below */
    memset(&c.v, 0, sizeof(c.v));
    if (!g->vpool && !(g->vpool = ent_malloc(1))) goto nomem;

    /* Tries. */
    gaz_trie *tries[T__COUNT] = {&g->etrie, &g->ttrie, &g->rtrie, &g->btrie};
    static const uint32_t startcls[T__COUNT] = {W_ENTSTART, W_TITLESTART, W_TRIGSTART,
                                                W_BOILSTART};
    static const uint32_t innercls[T__COUNT] = {W_ENTINNER, W_TITLEINNER, W_TRIGINNER,
                                                W_BOILINNER};
    for (int k = 0; k < T__COUNT; k++) {
        tries[k]->root = ent_calloc((size_t)g->nvocab + 1, sizeof(uint32_t));
        if (!tries[k]->root) goto nomem;
    }
    nodes = ent_malloc((c.nph + 1) * sizeof(uint32_t));
    if (!nodes) goto nomem;
    for (size_t i = 0; i < c.nph; i++) {
        const phrase *p = &c.ph[i];
        gaz_trie *t = tries[p->trie];
        uint32_t node = 0;
        for (uint16_t k = 0; k < p->ntok; k++)
            if ((rc = trie_child(t, node, c.seq[p->seq + k], &node))) goto out;
        nodes[i] = node;
        if (p->trie == T_ENT && c.cands[p->pay].local) {
            /* a local name starts no other name there (W_LOCALSTART; the
             * scan walks from it only before an inner word, but for a local
             * name of one word) */
            g->vcls[c.seq[p->seq]] |= p->ntok == 1 ? W_ENTSTART : W_LOCALSTART;
        } else if (p->trie == T_ENT) { /* see case_ok() in tag.c */
            const gaz_cand *cd = &c.cands[p->pay];
            g->vcls[c.seq[p->seq]] |= W_ENTSTART;
            if (g->ents[cd->ent].kind != KIND_PERSON) g->vcls[c.seq[p->seq]] |= W_THINGSTART;
            else if (p->ntok >= 2) g->vcls[c.seq[p->seq + p->ntok - 1]] |= W_SURNAME;
            if (cd->casemode == CASE_ANY || (cd->casemode == CASE_CAP && !(cd->capmask & 1)))
                g->vcls[c.seq[p->seq]] |= W_ENTLOWER;
        } else {
            g->vcls[c.seq[p->seq]] |= startcls[p->trie];
        }
        if (p->trie == T_ENT && p->ntok == 1) g->vcls[c.seq[p->seq]] |= W_ENTWHOLE;
        if (p->trie == T_TITLE && p->ntok == 1) g->vcls[c.seq[p->seq]] |= W_TITLEWHOLE;
        for (uint16_t k = 1; k < p->ntok; k++) g->vcls[c.seq[p->seq + k]] |= innercls[p->trie];
    }
    for (int k = 0; k < T__COUNT; k++)
        if ((rc = trie_payload(tries[k], &c, k, nodes)) || (rc = trie_bloom(tries[k]))) goto out;

    /* (the classes are final: each lane of the table carries its word's, so
     * that gaz_lookup_cls reads them from the tokenizer's lookup) */
    if (text_vocab_build(&g->vocab, g->vpool, g->voff, g->vcls, g->nvocab)) goto nomem;

    /* Entity candidates: sort each node's list by the tie-break, drop repeats. */
    g->cands = c.cands;
    c.cands = NULL;
    sort_g = g;
    {
        /* The candidates in payload order, so that a node's are cands[pay_off[n]
         * .. pay_off[n + 1]): the tagger reads them without the load of pay[p]
         * before, a cache miss as often as not, and the payload array goes
         * (every alias has one candidate and one payload entry; gaz_int.h). */
        gaz_trie *t = &g->etrie;
        uint32_t total = t->pay_off[t->nnodes + 1];
        gaz_cand *inorder = ent_malloc(((size_t)total + 1) * sizeof(gaz_cand));
        if (!inorder) goto nomem;
        for (uint32_t p = 0; p < total; p++) inorder[p] = g->cands[t->pay[p]];
        ent_free(g->cands);
        g->cands = inorder;
        ent_free(t->pay);
        t->pay = NULL;
        for (uint32_t n = 1; n <= t->nnodes; n++) {
            uint32_t a = t->pay_off[n], z = t->pay_off[n + 1];
            if (z - a < 2) continue;
            gaz_cand *r = g->cands + a;
            qsort(r, z - a, sizeof(gaz_cand), cand_cmp);
            /* duplicates of (ent, casemode, capmask, local) dropped by
             * repeating the last distinct one over them */
            size_t w = 0;
            for (size_t j = 0; j < z - a; j++) {
                int dup = 0;
                for (size_t q = 0; q < w && !dup; q++)
                    dup = r[q].ent == r[j].ent && r[q].casemode == r[j].casemode &&
                          r[q].capmask == r[j].capmask && r[q].local == r[j].local;
                if (!dup) r[w++] = r[j];
            }
            for (size_t j = w; j < z - a; j++) r[j] = r[w - 1];
        }
    }

    /* Prefix keys, sorted by key then entity: a stable radix sort on the first
     * eight bytes, then the few runs sharing those bytes by the rest. */
    if ((rc = sort_keys(&c, g)) || (rc = surname_index(g))) goto out;
    goto out;
nomem:
    rc = ENT_ENOMEM;
out:
    if (rc == ENT_ENOMEM) ent_errinfo_set(ei, rc, "out of memory compiling the gazetteer");
    ent_free(nodes);
    ent_free(c.v.pool);
    ent_free(c.v.off);
    ent_free(c.v.cls);
    ent_free(c.v.key);
    ent_free(c.v.slots);
    text_doc_free(&c.doc);
    ent_free(c.seq);
    ent_free(c.ph);
    ent_free(c.cands);
    ent_free(c.keys);
    ent_free(c.keyent);
    return rc;
}


static void gaz_free(gaz_t *g) {
    if (!g) return;
    if (g->blob) { /* (one block holds it all) */
        ent_big_free(g->blob);
        ent_free(g);
        return;
    }
    ent_free(g->vpool);
    ent_free(g->voff);
    ent_free(g->vcls);
    text_vocab_free(&g->vocab);
    ent_big_free(g->ents);
    ent_free(g->idslots);
    ent_free(g->idfilter);
    ent_free(g->surkeys);
    ent_free(g->surents);
    trie_free(&g->etrie);
    trie_free(&g->ttrie);
    trie_free(&g->rtrie);
    trie_free(&g->btrie);
    ent_free(g->cands);
    ent_free(g->keys);
    ent_free(g->keyent);
    ent_free(g->titles);
    ent_free(g->trigs);
    ent_free(g->labels);
    arena_free(g->arena);
    ent_free(g);
}

int gaz_builder_finish(gaz_builder_t *b, gaz_t **out, ent_errinfo *ei) {
    *out = NULL;
    gaz_t *g = ent_calloc(1, sizeof(*g));
    if (!g) {
        gaz_builder_free(b);
        return ENT_ENOMEM;
    }
    atomic_init(&g->refs, 1);
    g->arena = b->arena; /* adopted: every builder string lives on in g */
    b->arena = NULL;
    int rc = compile(b, g, ei);
    gaz_builder_free(b);
    if (rc) {
        gaz_free(g);
        return rc;
    }
    *out = g;
    return 0;
}

int gaz_load(const char *gaz_dir, const char *lex_dir, gaz_t **out, ent_errinfo *ei) {
    *out = NULL;
    gaz_builder_t *b = gaz_builder_create();
    if (!b) return ENT_ENOMEM;
    int rc = gaz_builder_add_dir(b, gaz_dir, ei);
    if (!rc && lex_dir) rc = gaz_builder_add_lexicon(b, lex_dir, ei);
    if (rc) {
        gaz_builder_free(b);
        return rc;
    }
    return gaz_builder_finish(b, out, ei);
}

/* ---- queries ----------------------------------------------------------- */

gaz_t *gaz_ref(gaz_t *g) {
    atomic_fetch_add(&g->refs, 1);
    return g;
}

void gaz_unref(gaz_t *g) {
    if (g && atomic_fetch_sub(&g->refs, 1) == 1) gaz_free(g);
}

size_t gaz_entity_count(const gaz_t *g) {
    return g->nents;
}

size_t gaz_alias_count(const gaz_t *g) {
    return g->naliases;
}

const gaz_entity *gaz_entity_at(const gaz_t *g, uint32_t idx) {
    return idx < g->nents ? &g->ents[idx] : NULL;
}

int32_t gaz_find_id(const gaz_t *g, const char *id) {
    size_t n = strlen(id);
    return gaz_find_id_hashed(g, id, n, text_hash_words(id, n));
}

int32_t gaz_find_id_hashed(const gaz_t *g, const char *id, size_t n, uint64_t hw) {
    if (!g->idslots) return -1;
    uint32_t h = (uint32_t)hw; /* id_hash() */
    uint64_t fb = id_filter_bits(h);
    if ((g->idfilter[(h >> 12) & g->idfmask] & fb) != fb) return -1; /* surely no id */
    for (size_t j = h & g->idmask; g->idslots[j]; j = (j + 1) & g->idmask) {
        if ((uint32_t)(g->idslots[j] >> 32) != h) continue;
        uint32_t k = (uint32_t)g->idslots[j] - 1;
        if (g->ents[k].id_len == n && memcmp(g->ents[k].id, id, n) == 0) return (int32_t)k;
    }
    return -1;
}

int32_t gaz_vocab_find(const gaz_t *g, const char *s, size_t n) {
    return text_vocab_find(&g->vocab, s, n);
}

const text_vocab *gaz_vocab(const gaz_t *g) {
    return &g->vocab;
}

int gaz_label_find(const gaz_t *g, const char *name) {
    /* (the first letters first: the extractor asks for a label at each
     * sentence, and a full compare with each of two dozen labels was 3% of
     * a pass with relations) */
    for (uint32_t i = 0; i < g->nlabels; i++)
        if (g->labels[i].name[0] == name[0] && strcmp(g->labels[i].name, name) == 0)
            return (int)i;
    return -1;
}

/* One token of gaz_lookup_cls: its classes into cls[i], and i at the end of
 * each list, whose length moves on only when the token belongs there (no
 * branch; an unused list writes to a sink). */
#define LOOKUP_CLS_TOKEN(i)                                                              \
    do {                                                                                 \
        const text_tok *t_ = &toks[i];                                                   \
        uint32_t k_ = pay[i], f_ = t_->flags;                                            \
        cls[i] = k_;                                                                     \
        any |= k_;                                                                       \
        /* for the list, a word in lowercase starts an alias only with                   \
         * W_ENTLOWER, and no boilerplate or local name (see gaz_sel) */                 \
        uint32_t lower_ = (f_ / TOK_LOWER) & 1;                                          \
        uint32_t no_ = lower_ * (W_BOILSTART | W_LOCALSTART) |                           \
                       (lower_ & ~(k_ / W_ENTLOWER)) * W_ENTSTART;                       \
        lt[nl] = cp[nu] = mk[nm] = (uint32_t)(i);                                        \
        nl += (k_ & ~no_ & want) != 0;                                                   \
        nu += caps_on & ((f_ & (TOK_WORD | TOK_UPPER)) == (TOK_WORD | TOK_UPPER));       \
        nm += marks_on & (size_t)text_tok_mark(t_);                                      \
    } while (0)

#if defined(__x86_64__) && defined(__GNUC__)
#define GAZ_CLS_X86 1
/* Append to list the tokens base + j of eight whose bit j is set in mask (8
 * bits): their indexes, in order, written as eight at once (the list has room
 * for GAZ_SEL_SLACK more entries) and the count moved on. */
__attribute__((target("avx2,bmi2"))) static inline void append8(uint32_t *list, size_t *n,
                                                                 uint32_t base, unsigned mask) {
    uint64_t spread = _pdep_u64(mask, 0x0101010101010101ull) * 0xff;
    uint64_t picked = _pext_u64(0x0706050403020100ull, spread);
    __m256i idx = _mm256_add_epi32(_mm256_set1_epi32((int)base),
                                   _mm256_cvtepu8_epi32(_mm_cvtsi64_si128((long long)picked)));
    _mm256_storeu_si256((__m256i *)(void *)(list + *n), idx);
    *n += (size_t)__builtin_popcount(mask);
}

/* gaz_lookup_cls for tokens [0, *at) eight at a time, on a CPU with AVX2 and
 * BMI2, all three lists filled: the classes loaded as they are, the flags
 * gathered from the tokens (six 32-bit words apart), the three tests as
 * masks, each list appended to by its mask. Sets *at to the first token left
 * for the scalar loop; returns the classes ORed. */
__attribute__((target("avx2,bmi2"))) static uint32_t lookup_cls8(
    const uint32_t *pay, const text_tok *toks, size_t nt, uint32_t *cls, uint32_t want,
    uint32_t *lt, size_t *nl, uint32_t *cp, size_t *nu, uint32_t *mk, size_t *nm, size_t *at) {
    _Static_assert(sizeof(text_tok) == 24 && offsetof(text_tok, flags) == 20,
                   "tokens are six words, the flags in the sixth");
    const __m256i fl_at = _mm256_setr_epi32(5, 11, 17, 23, 29, 35, 41, 47);
    const __m256i lower = _mm256_set1_epi32(TOK_LOWER);
    const __m256i entlower = _mm256_set1_epi32(W_ENTLOWER);
    const __m256i no_lower = _mm256_set1_epi32(W_BOILSTART | W_LOCALSTART);
    const __m256i entstart = _mm256_set1_epi32(W_ENTSTART);
    const __m256i wantv = _mm256_set1_epi32((int)want);
    const __m256i capw = _mm256_set1_epi32(TOK_WORD | TOK_UPPER);
    const __m256i markw = _mm256_set1_epi32(TOK_STOP | TOK_PARA);
    const __m256i zero = _mm256_setzero_si256();
    __m256i anyv = zero;
    size_t i = 0;
    for (; i + 8 <= nt; i += 8) {
        const int *base = (const int *)(const void *)&toks[i];
        __m256i fl = _mm256_and_si256(_mm256_i32gather_epi32(base, fl_at, 4),
                                      _mm256_set1_epi32(0xffff));
        __m256i k = _mm256_loadu_si256((const __m256i *)(const void *)(pay + i));
        _mm256_storeu_si256((__m256i *)(void *)(cls + i), k);
        anyv = _mm256_or_si256(anyv, k);
        /* as the scalar loop: a lowercase word starts no boilerplate, local
         * name, or alias but one of W_ENTLOWER */
        __m256i lowm = _mm256_cmpeq_epi32(_mm256_and_si256(fl, lower), lower);
        __m256i elm = _mm256_cmpeq_epi32(_mm256_and_si256(k, entlower), entlower);
        __m256i no = _mm256_and_si256(lowm, _mm256_or_si256(no_lower,
                                                             _mm256_andnot_si256(elm, entstart)));
        __m256i candz =
            _mm256_cmpeq_epi32(_mm256_and_si256(_mm256_andnot_si256(no, k), wantv), zero);
        __m256i capm = _mm256_cmpeq_epi32(_mm256_and_si256(fl, capw), capw);
        __m256i markz = _mm256_cmpeq_epi32(_mm256_and_si256(fl, markw), zero);
        append8(lt, nl, (uint32_t)i,
                ~(unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(candz)) & 0xffu);
        append8(cp, nu, (uint32_t)i, (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(capm)));
        append8(mk, nm, (uint32_t)i,
                ~(unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(markz)) & 0xffu);
    }
    __m128i a4 = _mm_or_si128(_mm256_castsi256_si128(anyv), _mm256_extracti128_si256(anyv, 1));
    a4 = _mm_or_si128(a4, _mm_shuffle_epi32(a4, 0x4e));
    a4 = _mm_or_si128(a4, _mm_shuffle_epi32(a4, 0xb1));
    *at = i;
    return (uint32_t)_mm_cvtsi128_si32(a4);
}

/* Has the CPU AVX2 and BMI2 (asked once)? */
static int cls_fast_cpu(void) {
    static int have = -1;
    if (have < 0) {
        __builtin_cpu_init();
        have = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi2");
    }
    return have;
}
#endif

void gaz_lookup_cls_with(const text_doc *d, uint32_t *cls, gaz_sel *sel, int fast) {
    const text_tok *toks = d->toks;
    const size_t nt = d->ntoks;
    /* the classes, which the tokenizer's lookup in gaz_vocab() gave */
    const uint32_t *pay = d->pay;
    uint32_t sink[1];
    uint32_t *lt = sel && sel->toks ? sel->toks : sink, *cp = sel && sel->caps ? sel->caps : sink,
             *mk = sel && sel->marks ? sel->marks : sink;
    const uint32_t want = lt != sink ? sel->want : 0;
    const size_t caps_on = cp != sink, marks_on = mk != sink;
    size_t nl = 0, nu = 0, nm = 0, i = 0;
    uint32_t any = 0;
#ifdef GAZ_CLS_X86
    if (fast && lt != sink && cp != sink && mk != sink && cls_fast_cpu())
        any = lookup_cls8(pay, toks, nt, cls, want, lt, &nl, cp, &nu, mk, &nm, &i);
#else
    (void)fast;
#endif
    for (; i < nt; i++) LOOKUP_CLS_TOKEN(i);
    if (sel) sel->ntoks = nl, sel->ncaps = nu, sel->nmarks = nm, sel->any = any;
}

void gaz_lookup_cls(const text_doc *d, uint32_t *cls, gaz_sel *sel) {
    gaz_lookup_cls_with(d, cls, sel, 1);
}
#undef LOOKUP_CLS_TOKEN

size_t gaz_find_name(const gaz_t *g, const char *name, size_t len, uint32_t *out,
                     size_t max) {
    text_doc d;
    memset(&d, 0, sizeof(d));
    size_t found = 0;
    if (text_tokenize_vocab(&d, name, len, &g->vocab)) return 0;
    size_t t0 = 0;
    if (d.ntoks > 1 && text_tok_ieq(&d, &d.toks[0], "the")) t0 = 1;
    uint32_t node = 0;
    for (size_t i = t0; i < d.ntoks; i++) {
        node = gaz_trie_step(&g->etrie, node, d.toks[i].vid);
        if (!node) break;
    }
    if (node && d.ntoks > t0) {
        const gaz_trie *t = &g->etrie;
        /* (a node's candidates are cands[pay_off[node] ..): see compile) */
        for (uint32_t j = t->pay_off[node]; j < t->pay_off[node + 1]; j++) {
            uint32_t e = g->cands[j].ent;
            int dup = 0;
            for (size_t q = 0; q < found && q < max && !dup; q++) dup = out[q] == e;
            if (dup) continue;
            if (found < max) out[found] = e;
            found++;
        }
    }
    text_doc_free(&d);
    return found;
}

size_t gaz_prefix(const gaz_t *g, const char *prefix, size_t len, size_t skip,
                  uint32_t *out, size_t max) {
    char key[1024];
    int kl = text_fold_phrase(prefix, len, key, sizeof(key) - 1);
    if (kl < 0) return 0;
    size_t o = (size_t)kl;
    key[o] = '\0';
    size_t lo = 0, hi = g->nkeys;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(g->keys[mid], key) < 0) lo = mid + 1;
        else hi = mid;
    }
    size_t n = 0, seen = 0;
    for (size_t i = lo; i < g->nkeys && n < max; i++) {
        if (strncmp(g->keys[i], key, o) != 0) break;
        uint32_t e = g->keyent[i];
        int dup = 0;
        for (size_t q = 0; q < n && !dup; q++) dup = out[q] == e;
        if (dup) continue;
        if (seen++ < skip) continue;
        out[n++] = e;
    }
    return n;
}

const char *gaz_attr_get(const gaz_entity *e, const char *key) {
    for (uint32_t i = 0; i < e->nattrs; i++)
        if (strcmp(e->attrs[i].key, key) == 0) return e->attrs[i].value;
    return NULL;
}
