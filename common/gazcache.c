/* gazcache.c - the compiled gazetteer saved to a file and read back.
 *
 * Compiling the shipped gazetteer reads some 34,000 entries and builds the
 * vocabulary, the tries and the tables from them; a million aliases take
 * seconds. The result depends only on the files read (and the run-time
 * entries added) and on the program, so it is saved once and, while neither
 * changes, read back instead: one read of the file and a pass that turns
 * offsets back into pointers.
 *
 * The key: a 128-bit hash of the running executable's bytes (any change to
 * the code makes a new key) and of every input, in the order given (file
 * names, sizes and bytes; run-time entries as their stored JSON). A file of
 * another key is not read, only replaced.
 *
 * The file: a header (magic, format, key, size, checksum of the rest), then
 * the image. Every table of the gaz_t is copied as it is, 64-byte aligned; the
 * strings and arrays of strings the builder allocated in its arena (ids,
 * names, aliases, attributes, prefix keys) come with the arena's chunks copied
 * whole; a pointer becomes its offset in the file (0 for NULL), a pointer
 * into no chunk (a label's name written in the code) gets its bytes copied.
 * The gaz_t itself is stored with offsets in its pointer fields. Reading
 * checks the header, the checksum and that every table lies inside the file,
 * then adds the image's address to each offset; the loaded gaz_t owns the one
 * block (gaz_t.blob) instead of its tables. A file is written to a temporary
 * name and renamed over the old one, so a reader sees a whole file or none.
 */
#include "arena.h"
#include "gaz_int.h"
#include "mem.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CACHE_MAGIC "ENTDGAZC"
#define CACHE_FORMAT 1u

typedef struct cache_header {
    char magic[8];
    uint32_t format, ptr_size;
    uint64_t order; /* 0x0102030405060708 as written: the same byte order */
    uint64_t key[2];
    uint64_t size;  /* of the whole file */
    uint64_t sum;   /* cache_sum of bytes [sizeof(header), size) */
    uint64_t gaz;   /* offset of the stored gaz_t */
    uint64_t sizes[4]; /* sizeof gaz_t, gaz_entity, gaz_cand, text_vbucket */
} cache_header;

/* ---- hashing --------------------------------------------------------------- */

static inline uint64_t rotl64(uint64_t x, int r) {
    return x << r | x >> (64 - r);
}

/* Four lanes of multiply-rotate over 32-byte strides (independent, so that
 * they run side by side: gigabytes a second), then the last words and bytes,
 * with the length; not for adversaries, only to tell inputs apart. */
static inline uint64_t lane(uint64_t v, uint64_t w) {
    return rotl64((v ^ w) * 0xff51afd7ed558ccdull, 29);
}

static void hash_bytes(uint64_t h[2], const void *p, size_t n) {
    const unsigned char *s = p;
    uint64_t v[4] = {h[0] ^ (n * 0x9e3779b97f4a7c15ull), h[1] + n, h[0] + 0xc4ceb9fe1a85ec53ull,
                     h[1] ^ 0x2545f4914f6cdd1dull};
    size_t i = 0;
    uint64_t v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3]; /* (in registers) */
    for (; i + 32 <= n; i += 32) {
        uint64_t w[4];
        memcpy(w, s + i, 32);
        v0 = lane(v0, w[0]), v1 = lane(v1, w[1]), v2 = lane(v2, w[2]), v3 = lane(v3, w[3]);
    }
    v[0] = v0, v[1] = v1, v[2] = v2, v[3] = v3;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        v[0] = lane(v[0], w);
    }
    uint64_t t = 0;
    for (size_t k = 0; i + k < n; k++) t |= (uint64_t)s[i + k] << (8 * k);
    v[1] = lane(v[1], t);
    h[0] = text_mix64(v[0] ^ rotl64(v[1], 17) ^ rotl64(v[2], 41));
    h[1] = text_mix64(v[3] + v[1] + h[0]);
}

/* The checksum of the image after the header is taken a piece at a time, so
 * that the reader hashes each piece just read while it is still in cache. */
#define SUM_PIECE ((size_t)1 << 20)

static void sum_init(uint64_t h[2]) {
    h[0] = 0x243f6a8885a308d3ull, h[1] = 0x13198a2e03707344ull;
}

static uint64_t cache_sum(const char *p, size_t n) {
    uint64_t h[2];
    sum_init(h);
    for (size_t i = 0; i < n; i += SUM_PIECE)
        hash_bytes(h, p + i, n - i < SUM_PIECE ? n - i : SUM_PIECE);
    return h[0] ^ h[1];
}

/* Hash the bytes of the file at path (and its length); errno on failure. */
static int hash_file(uint64_t h[2], const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    char buf[1 << 16];
    for (;;) {
        ssize_t r = read(fd, buf, sizeof(buf));
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            int e = errno;
            close(fd);
            return e;
        }
        if (r == 0) break;
        hash_bytes(h, buf, (size_t)r);
    }
    close(fd);
    return 0;
}

int gaz_key_init(gaz_key *k) {
    k->h[0] = 0x6a09e667f3bcc908ull ^ CACHE_FORMAT;
    k->h[1] = 0xbb67ae8584caa73bull;
    /* the program: its code compiled the image and reads it */
    return hash_file(k->h, "/proc/self/exe");
}

void gaz_key_add(gaz_key *k, const void *p, size_t n) {
    hash_bytes(k->h, p, n);
}

static int cmp_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The regular files of dir, by name: each name, then its bytes. */
static int key_add_files(gaz_key *k, const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return errno;
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        if (ent_grow(&names, &cap, n + 1, sizeof(char *)) ||
            !(names[n] = ent_strdup(de->d_name))) {
            rc = ENT_ENOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    if (!rc) qsort(names, n, sizeof(char *), cmp_name);
    for (size_t i = 0; i < n && !rc; i++) {
        char path[4096];
        struct stat st;
        snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) continue;
        gaz_key_add(k, names[i], strlen(names[i]) + 1);
        rc = hash_file(k->h, path);
    }
    for (size_t i = 0; i < n; i++) ent_free(names[i]);
    ent_free(names);
    return rc;
}

int gaz_key_add_dirs(gaz_key *k, const char *gaz_dir, const char *lex_dir) {
    char lists[4096];
    snprintf(lists, sizeof(lists), "%s/lists", gaz_dir);
    int rc = key_add_files(k, gaz_dir);
    if (!rc) {
        rc = key_add_files(k, lists);
        if (rc == ENOENT) rc = 0; /* (no lists: the builder reads none either) */
    }
    gaz_key_add(k, "|", 1); /* (a file moved from one directory to the other) */
    if (!rc && lex_dir) rc = key_add_files(k, lex_dir);
    return rc;
}

/* ---- writing --------------------------------------------------------------- */

typedef struct region {
    uintptr_t base;
    size_t len;
    uint64_t off; /* where its bytes are in the image */
} region;

typedef struct writer {
    char *buf;
    size_t len, cap;
    region *reg; /* the arena's chunks, by address */
    size_t nreg;
    int rc;
} writer;

/* Append n bytes of p (zeros when p is NULL) at a multiple of al; their offset. */
static uint64_t put(writer *w, const void *p, size_t n, size_t al) {
    size_t at = (w->len + al - 1) & ~(al - 1);
    if (w->rc || ent_grow(&w->buf, &w->cap, at + n + 1, 1)) {
        w->rc = ENT_ENOMEM;
        return 0;
    }
    memset(w->buf + w->len, 0, at - w->len);
    if (p) memcpy(w->buf + at, p, n);
    else memset(w->buf + at, 0, n);
    w->len = at + n;
    return at;
}

/* The offset of what p points to, n bytes: in a chunk of the arena, where the
 * chunk was copied; else a copy of its bytes. 0 for NULL. */
static uint64_t ref(writer *w, const void *p, size_t n) {
    if (!p) return 0;
    uintptr_t a = (uintptr_t)p;
    size_t lo = 0, hi = w->nreg;
    while (lo < hi) { /* the last chunk starting at or before p */
        size_t mid = (lo + hi) / 2;
        if (w->reg[mid].base <= a) lo = mid + 1;
        else hi = mid;
    }
    if (lo > 0 && a - w->reg[lo - 1].base + n <= w->reg[lo - 1].len)
        return w->reg[lo - 1].off + (a - w->reg[lo - 1].base);
    return put(w, p, n, 16);
}

static uint64_t ref_str(writer *w, const char *s) {
    return s ? ref(w, s, strlen(s) + 1) : 0;
}

/* Store the 8-byte value v at offset at of the image. */
static void poke(writer *w, uint64_t at, uint64_t v) {
    if (!w->rc) memcpy(w->buf + at, &v, 8);
}

static int cmp_region(const void *a, const void *b) {
    uintptr_t x = ((const region *)a)->base, y = ((const region *)b)->base;
    return x < y ? -1 : x > y;
}

#define OFFP(x) ((void *)(uintptr_t)(x))

/* The trie's tables; its pointer fields in *d become their offsets. */
static void put_trie(writer *w, const gaz_trie *t, gaz_trie *d, uint32_t nvocab) {
    size_t edges = t->ekeys ? t->emask + 1 : 0;
    size_t npay = t->pay ? (size_t)t->pay_off[t->nnodes + 1] + 1 : 0;
    d->root = OFFP(put(w, t->root, ((size_t)nvocab + 1) * sizeof(uint32_t), 64));
    d->ekeys = t->ekeys ? OFFP(put(w, t->ekeys, edges * sizeof(uint64_t), 64)) : NULL;
    d->evals = t->evals ? OFFP(put(w, t->evals, edges * sizeof(uint32_t), 64)) : NULL;
    d->pay_off = OFFP(put(w, t->pay_off, ((size_t)t->nnodes + 2) * sizeof(uint32_t), 64));
    d->pay = t->pay ? OFFP(put(w, t->pay, npay * sizeof(uint32_t), 64)) : NULL;
    d->bloom = OFFP(put(w, t->bloom, (t->bmask + 1) / 64 * sizeof(uint64_t), 64));
}

/* The image of g: its bytes in w->buf. */
static void put_gaz(writer *w, const gaz_t *g, uint64_t *gaz_off) {
    gaz_t d = *g; /* the stored gaz_t: offsets in its pointer fields */
    /* the arena's chunks first, whole */
    size_t nc = g->arena ? arena_chunks(g->arena, NULL, NULL, 0) : 0;
    const void **base = ent_calloc(nc + 1, sizeof(void *));
    size_t *used = ent_calloc(nc + 1, sizeof(size_t));
    w->reg = ent_calloc(nc + 1, sizeof(region));
    if (!base || !used || !w->reg) {
        w->rc = ENT_ENOMEM;
    } else {
        if (nc) arena_chunks(g->arena, base, used, nc);
        for (size_t i = 0; i < nc; i++) {
            w->reg[i] = (region){(uintptr_t)base[i], used[i], put(w, base[i], used[i], 64)};
        }
        w->nreg = nc;
        qsort(w->reg, nc, sizeof(region), cmp_region);
    }
    ent_free(base);
    ent_free(used);

    d.vpool = OFFP(put(w, g->vpool, g->voff[g->nvocab], 64));
    d.voff = OFFP(put(w, g->voff, ((size_t)g->nvocab + 1) * sizeof(uint32_t), 64));
    d.vcls = OFFP(put(w, g->vcls, (size_t)g->nvocab * sizeof(uint32_t), 64));
    d.vocab.vb = OFFP(put(w, g->vocab.vb, (g->vocab.mask + 1) * sizeof(text_vbucket), 64));
    /* (the vocabulary's table borrows g's words and classes: set again on reading) */
    d.vocab.pool = NULL, d.vocab.off = NULL, d.vocab.pay = NULL;

    uint64_t ents = put(w, g->ents, ((size_t)g->nents + 1) * sizeof(gaz_entity), 64);
    d.ents = OFFP(ents);
    for (uint32_t i = 0; i < g->nents && !w->rc; i++) {
        const gaz_entity *e = &g->ents[i];
        uint64_t at = ents + (uint64_t)i * sizeof(gaz_entity);
        poke(w, at + offsetof(gaz_entity, id), ref_str(w, e->id));
        poke(w, at + offsetof(gaz_entity, type), ref_str(w, e->type));
        poke(w, at + offsetof(gaz_entity, name), ref_str(w, e->name));
        uint64_t al = ref(w, e->aliases, (size_t)e->naliases * sizeof(char *));
        poke(w, at + offsetof(gaz_entity, aliases), al);
        for (uint32_t k = 0; k < e->naliases; k++)
            poke(w, al + (uint64_t)k * sizeof(char *), ref_str(w, e->aliases[k]));
        uint64_t ats = ref(w, e->attrs, (size_t)e->nattrs * sizeof(gaz_attr));
        poke(w, at + offsetof(gaz_entity, attrs), ats);
        for (uint32_t k = 0; k < e->nattrs; k++) {
            uint64_t ak = ats + (uint64_t)k * sizeof(gaz_attr);
            poke(w, ak + offsetof(gaz_attr, key), ref_str(w, e->attrs[k].key));
            poke(w, ak + offsetof(gaz_attr, value), ref_str(w, e->attrs[k].value));
        }
    }
    d.idslots = OFFP(put(w, g->idslots, (g->idmask + 1) * sizeof(uint64_t), 64));
    d.idfilter = OFFP(put(w, g->idfilter, (g->idfmask + 1) * sizeof(uint64_t), 64));
    put_trie(w, &g->etrie, &d.etrie, g->nvocab);
    size_t ncands = (size_t)g->etrie.pay_off[g->etrie.nnodes + 1] + 1;
    d.cands = OFFP(put(w, g->cands, ncands * sizeof(gaz_cand), 64));

    uint64_t keys = put(w, NULL, ((size_t)g->nkeys + 1) * sizeof(char *), 64);
    d.keys = OFFP(keys);
    for (uint32_t i = 0; i < g->nkeys && !w->rc; i++)
        poke(w, keys + (uint64_t)i * sizeof(char *), ref_str(w, g->keys[i]));
    d.keyent = OFFP(put(w, g->keyent, ((size_t)g->nkeys + 1) * sizeof(uint32_t), 64));

    put_trie(w, &g->ttrie, &d.ttrie, g->nvocab);
    uint64_t titles = put(w, g->titles, ((size_t)g->ntitles + 1) * sizeof(gaz_title), 64);
    d.titles = OFFP(titles);
    for (uint32_t i = 0; i < g->ntitles && !w->rc; i++) {
        uint64_t at = titles + (uint64_t)i * sizeof(gaz_title);
        poke(w, at + offsetof(gaz_title, text), ref_str(w, g->titles[i].text));
        poke(w, at + offsetof(gaz_title, role), ref_str(w, g->titles[i].role));
    }
    put_trie(w, &g->rtrie, &d.rtrie, g->nvocab);
    d.trigs = OFFP(put(w, g->trigs, ((size_t)g->ntrigs + 1) * sizeof(gaz_trigger), 64));
    uint64_t labels = put(w, g->labels, ((size_t)g->nlabels + 1) * sizeof(gaz_label), 64);
    d.labels = OFFP(labels);
    for (uint32_t i = 0; i < g->nlabels && !w->rc; i++)
        poke(w, labels + (uint64_t)i * sizeof(gaz_label) + offsetof(gaz_label, name),
             ref_str(w, g->labels[i].name));
    put_trie(w, &g->btrie, &d.btrie, g->nvocab);
    d.surkeys = g->surkeys ? OFFP(put(w, g->surkeys, (g->surmask + 1) * sizeof(uint64_t), 64))
                           : NULL;
    d.surents = g->surents ? OFFP(put(w, g->surents, (g->surmask + 1) * sizeof(int32_t), 64))
                           : NULL;
    d.arena = NULL;
    d.blob = NULL;
    memset(&d.refs, 0, sizeof(d.refs));
    *gaz_off = put(w, &d, sizeof(d), 64);
    put(w, NULL, 1, 1); /* a last zero: every string in the file ends inside it */
}

int gaz_cache_save(const char *path, const gaz_key *k, const gaz_t *g, ent_errinfo *ei) {
    writer w = {0};
    cache_header h;
    memset(&h, 0, sizeof(h));
    put(&w, NULL, sizeof(h), 64);
    put_gaz(&w, g, &h.gaz);
    ent_free(w.reg);
    if (w.rc) {
        ent_free(w.buf);
        return ent_errinfo_set(ei, w.rc, "out of memory writing the gazetteer cache");
    }
    memcpy(h.magic, CACHE_MAGIC, 8);
    h.format = CACHE_FORMAT;
    h.ptr_size = sizeof(void *);
    h.order = 0x0102030405060708ull;
    h.key[0] = k->h[0], h.key[1] = k->h[1];
    h.size = w.len;
    h.sum = cache_sum(w.buf + sizeof(h), w.len - sizeof(h));
    h.sizes[0] = sizeof(gaz_t), h.sizes[1] = sizeof(gaz_entity);
    h.sizes[2] = sizeof(gaz_cand), h.sizes[3] = sizeof(text_vbucket);
    memcpy(w.buf, &h, sizeof(h));

    /* a whole file under a temporary name, then renamed over the old one */
    char tmp[4096];
    int n = snprintf(tmp, sizeof(tmp), "%s.tmp.%ld", path, (long)getpid());
    int rc = 0;
    if (n < 0 || (size_t)n >= sizeof(tmp)) {
        ent_free(w.buf);
        return ent_errinfo_set(ei, ENT_EINVAL, "gazetteer cache path too long: %s", path);
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        rc = errno;
    } else {
        for (size_t off = 0; off < w.len;) {
            ssize_t r = write(fd, w.buf + off, w.len - off);
            if (r < 0 && errno == EINTR) continue;
            if (r < 0) {
                rc = errno;
                break;
            }
            off += (size_t)r;
        }
        if (close(fd) != 0 && !rc) rc = errno;
        if (!rc && rename(tmp, path) != 0) rc = errno;
        if (rc) unlink(tmp);
    }
    ent_free(w.buf);
    if (rc)
        return ent_errinfo_set(ei, rc, "cannot write the gazetteer cache %s: %s", path,
                               strerror(rc));
    return 0;
}

/* ---- reading --------------------------------------------------------------- */

/* Turn the offset in *p into a pointer into blob, for a table of n bytes
 * inside the file; 0 stays NULL. 0 or -1 (out of the file). */
static int fix(char *blob, uint64_t size, void *p, uint64_t n) {
    uintptr_t off;
    memcpy(&off, p, sizeof(off));
    void *v = NULL;
    if (off) {
        if (off >= size || n > size - off) return -1;
        v = blob + off;
    }
    memcpy(p, &v, sizeof(v));
    return 0;
}

#define FIX(field, n)                                                                    \
    do {                                                                                 \
        if (fix(blob, size, &(field), (uint64_t)(n))) return -1;                        \
    } while (0)

static int fix_trie(char *blob, uint64_t size, gaz_trie *t, uint32_t nvocab) {
    FIX(t->root, ((uint64_t)nvocab + 1) * sizeof(uint32_t));
    FIX(t->pay_off, ((uint64_t)t->nnodes + 2) * sizeof(uint32_t));
    FIX(t->ekeys, (t->emask + 1) * sizeof(uint64_t));
    FIX(t->evals, (t->emask + 1) * sizeof(uint32_t));
    if (!t->root || !t->pay_off || !t->ekeys != !t->evals) return -1;
    FIX(t->pay, ((uint64_t)t->pay_off[t->nnodes + 1] + 1) * sizeof(uint32_t));
    FIX(t->bloom, (t->bmask + 1) / 64 * sizeof(uint64_t));
    return t->bloom ? 0 : -1;
}

/* The stored gaz_t at g (copied out of the file) with its pointers into blob. */
static int fix_gaz(char *blob, uint64_t size, gaz_t *g) {
    FIX(g->voff, ((uint64_t)g->nvocab + 1) * sizeof(uint32_t));
    if (!g->voff) return -1;
    FIX(g->vpool, g->voff[g->nvocab]);
    FIX(g->vcls, (uint64_t)g->nvocab * sizeof(uint32_t));
    FIX(g->vocab.vb, (g->vocab.mask + 1) * sizeof(text_vbucket));
    g->vocab.pool = g->vpool, g->vocab.off = g->voff, g->vocab.pay = g->vcls;
    FIX(g->ents, ((uint64_t)g->nents + 1) * sizeof(gaz_entity));
    FIX(g->idslots, (g->idmask + 1) * sizeof(uint64_t));
    FIX(g->idfilter, (g->idfmask + 1) * sizeof(uint64_t));
    if (!g->vpool || !g->vcls || !g->vocab.vb || !g->ents || !g->idslots || !g->idfilter)
        return -1;
    for (uint32_t i = 0; i < g->nents; i++) {
        gaz_entity *e = &g->ents[i];
        FIX(e->id, 1);
        FIX(e->type, 1);
        FIX(e->name, 1);
        FIX(e->aliases, (uint64_t)e->naliases * sizeof(char *));
        FIX(e->attrs, (uint64_t)e->nattrs * sizeof(gaz_attr));
        if (!e->id || !e->type || !e->name) return -1;
        for (uint32_t k = 0; k < e->naliases; k++) FIX(((const char **)e->aliases)[k], 1);
        for (uint32_t k = 0; k < e->nattrs; k++) {
            gaz_attr *a = (gaz_attr *)&e->attrs[k];
            FIX(a->key, 1);
            FIX(a->value, 1);
        }
    }
    if (fix_trie(blob, size, &g->etrie, g->nvocab) || fix_trie(blob, size, &g->ttrie, g->nvocab) ||
        fix_trie(blob, size, &g->rtrie, g->nvocab) || fix_trie(blob, size, &g->btrie, g->nvocab))
        return -1;
    FIX(g->cands, ((uint64_t)g->etrie.pay_off[g->etrie.nnodes + 1] + 1) * sizeof(gaz_cand));
    FIX(g->keys, ((uint64_t)g->nkeys + 1) * sizeof(char *));
    FIX(g->keyent, ((uint64_t)g->nkeys + 1) * sizeof(uint32_t));
    if (!g->cands || !g->keys || !g->keyent) return -1;
    for (uint32_t i = 0; i < g->nkeys; i++) FIX(g->keys[i], 1);
    FIX(g->titles, ((uint64_t)g->ntitles + 1) * sizeof(gaz_title));
    FIX(g->trigs, ((uint64_t)g->ntrigs + 1) * sizeof(gaz_trigger));
    FIX(g->labels, ((uint64_t)g->nlabels + 1) * sizeof(gaz_label));
    if (!g->titles || !g->trigs || !g->labels) return -1;
    for (uint32_t i = 0; i < g->ntitles; i++) {
        FIX(g->titles[i].text, 1);
        FIX(g->titles[i].role, 1);
    }
    for (uint32_t i = 0; i < g->nlabels; i++) FIX(g->labels[i].name, 1);
    FIX(g->surkeys, (g->surmask + 1) * sizeof(uint64_t));
    FIX(g->surents, (g->surmask + 1) * sizeof(int32_t));
    return 0;
}
#undef FIX

/* Read the whole file at path into a new block, with *sum the checksum of its
 * bytes after the header (cache_sum, each piece hashed as soon as it is read);
 * errno, ENT_ECORRUPT (shorter than a header) or ENT_ENOMEM. */
static int read_whole(const char *path, char **out, uint64_t *size, uint64_t *sum) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    struct stat st;
    int rc = 0;
    char *buf = NULL;
    uint64_t h[2];
    sum_init(h);
    if (fstat(fd, &st) != 0) {
        rc = errno;
    } else if (st.st_size < (off_t)sizeof(cache_header)) {
        rc = ENT_ECORRUPT;
    } else if (!(buf = ent_big_malloc((size_t)st.st_size))) {
        rc = ENT_ENOMEM;
    } else {
        size_t n = (size_t)st.st_size, hashed = sizeof(cache_header);
        for (size_t off = 0; off < n;) {
            /* (a piece at a time: hashed while still in cache) */
            size_t want = n - off < SUM_PIECE ? n - off : SUM_PIECE;
            ssize_t r = read(fd, buf + off, want);
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) {
                rc = r < 0 ? errno : ENT_ECORRUPT; /* (shorter than it said) */
                break;
            }
            off += (size_t)r;
            while (hashed < off && (off - hashed >= SUM_PIECE || off == n)) {
                size_t k = off - hashed < SUM_PIECE ? off - hashed : SUM_PIECE;
                hash_bytes(h, buf + hashed, k);
                hashed += k;
            }
        }
    }
    close(fd);
    if (rc) {
        ent_big_free(buf);
        return rc;
    }
    *out = buf;
    *size = (uint64_t)st.st_size;
    *sum = h[0] ^ h[1];
    return 0;
}

int gaz_cache_load(const char *path, const gaz_key *k, gaz_t **out, ent_errinfo *ei) {
    *out = NULL;
    char *blob = NULL;
    uint64_t size = 0, sum = 0;
    int rc = read_whole(path, &blob, &size, &sum);
    if (rc == ENOENT) return ENT_ENOTFOUND;
    if (rc == ENT_ECORRUPT)
        return ent_errinfo_set(ei, rc, "gazetteer cache %s is cut short", path);
    if (rc)
        return ent_errinfo_set(ei, rc, "cannot read the gazetteer cache %s: %s", path,
                               rc == ENT_ENOMEM ? "out of memory" : strerror(rc));
    cache_header h;
    memcpy(&h, blob, sizeof(h));
    const uint64_t sizes[4] = {sizeof(gaz_t), sizeof(gaz_entity), sizeof(gaz_cand),
                               sizeof(text_vbucket)};
    if (memcmp(h.magic, CACHE_MAGIC, 8) != 0 || h.format != CACHE_FORMAT ||
        h.ptr_size != sizeof(void *) || h.order != 0x0102030405060708ull ||
        memcmp(h.sizes, sizes, sizeof(sizes)) != 0) {
        rc = ent_errinfo_set(ei, ENT_ENOTFOUND, "gazetteer cache %s is of another format", path);
    } else if (h.key[0] != k->h[0] || h.key[1] != k->h[1]) {
        /* (another program or other files: compiled again and replaced) */
        rc = ent_errinfo_set(ei, ENT_ENOTFOUND, "gazetteer cache %s is of other input", path);
    } else if (h.size != size || h.gaz < sizeof(h) || h.gaz > size - sizeof(gaz_t) ||
               blob[size - 1] != 0 || sum != h.sum) {
        rc = ent_errinfo_set(ei, ENT_ECORRUPT, "gazetteer cache %s is damaged", path);
    }
    gaz_t *g = rc ? NULL : ent_malloc(sizeof(*g));
    if (!rc && !g) rc = ent_errinfo_set(ei, ENT_ENOMEM, "out of memory reading %s", path);
    if (!rc) {
        memcpy(g, blob + h.gaz, sizeof(*g));
        if (fix_gaz(blob, size, g)) {
            ent_free(g);
            rc = ent_errinfo_set(ei, ENT_ECORRUPT, "gazetteer cache %s is damaged", path);
        }
    }
    if (rc) {
        ent_big_free(blob);
        return rc;
    }
    atomic_init(&g->refs, 1);
    g->arena = NULL;
    g->blob = blob;
    *out = g;
    return 0;
}

int gaz_load_cached(const char *gaz_dir, const char *lex_dir, const char *cache, gaz_t **out,
                    int *hit, ent_errinfo *ei) {
    gaz_key k;
    *hit = 0;
    if (!cache || gaz_key_init(&k) || gaz_key_add_dirs(&k, gaz_dir, lex_dir))
        return gaz_load(gaz_dir, lex_dir, out, ei); /* (its error says what is wrong) */
    ent_errinfo cei;
    ent_errinfo_clear(&cei);
    if (gaz_cache_load(cache, &k, out, &cei) == 0) {
        *hit = 1;
        return 0;
    }
    int rc = gaz_load(gaz_dir, lex_dir, out, ei);
    if (!rc && gaz_cache_save(cache, &k, *out, &cei))
        fprintf(stderr, "warning: %s (the gazetteer is compiled at each start)\n", cei.text);
    return rc;
}
