/* store.c - the LMDB store: articles, entities and relations with time.
 *
 * DESIGN
 * One LMDB env opened with MDB_NOTLS (read txns belong to the store, not to
 * the OS thread: each thread keeps one in thread-local storage and resets /
 * renews it between requests), MDB_NOSYNC only when sync = 0. Every named dbi
 * is opened once in store_open. One writer thread owns the write txns
 * (LMDB serializes writers anyway); readers never block.
 *
 * Compact numeric ids keep the keys small (the whole store must stay within a
 * few times the raw text it holds): an entity gets a uint32 `nid`, an article
 * a uint32 `aid`, a relation label a small `lid`. Integers in keys are
 * big-endian so that keys sort numerically. A relation is identified by
 * (a, b, ld) where ld = lid * 2 + directed; an undirected relation is stored
 * once with a < b (by nid), a directed one as a -> b. A time `ts` in a key is 5
 * bytes: seconds + 2^39, big-endian (+-17,000 years around 1970); a day is 4
 * bytes: when_day + 2^31.
 *
 * Each article's record keeps exactly what it contributed (its entity nids,
 * mentions and relations), so a delete or an update withdraws exactly that:
 * after every article is deleted, every count is zero and no relation row is
 * left. Aggregate rows are deleted when their count reaches zero; a discovered
 * entity is deleted when its last article goes (gazetteer and API entities
 * keep their nid with zero counts).
 *
 * The per-entity indexes are DUPFIXED (fixed-size items packed under the
 * entity's key, no node header each): a relation costs 16 bytes per article in
 * rel_ev instead of ~40 as separate keys, and an entity's neighbours, articles
 * and relation occurrences are each one contiguous run read with a cursor.
 *
 * ENT_EINVAL from a put (malformed input) and ENT_ENOTFOUND from a delete are
 * decided before the first write: the writer keeps the txn after them.
 *
 * Size: LMDB copies every page a txn touches and can reuse the old copies only
 * two commits later, so the file holds the data plus ~2x the pages one txn
 * dirties. A batch of hundreds of articles dirties most pages of the random
 * access indexes (ent*, rel_ent, rel_ev, ent_art, art_id); the text and article
 * records are appended and cost no such overhead. Smaller batches, smaller file.
 *
 * Co-mentions are most of the relations; they are kept out of the two
 * label-major dbis (rel_day, rel_lab) to keep the store small. Top co-mentions
 * in a window are computed from the article records instead.
 *
 * KEY LAYOUT (be32 = 4-byte big-endian, ts5 / day4 as above, "str" = bytes)
 *   meta       'V'                      -> be32 format version
 *              'C'                      -> 9 x be64 counters: next nid, next aid,
 *                                          next lid, next sid, articles, entities
 *                                          (with at least one article), relations
 *                                          (distinct (a,b,ld), co-mention
 *                                          included), mentions, text bytes
 *              'L' be16 lid             -> label string
 *              'l' label                -> be16 lid
 *              'S' be32 sid             -> source string (interned: one per feed)
 *              's' source               -> be32 sid
 *   art_id     article id str           -> be32 aid
 *   art        be32 aid                 -> article record (below), appended in
 *                                          aid order
 *   art_text   be32 aid, be32 chunk     -> TEXT_CHUNK bytes of the text, coded: u8
 *                                          0 = raw bytes follow, 1 = static Huffman
 *                                          (below); small values pack leaf pages
 *                                          and never need overflow pages
 *   art_time   ts5, be32 aid            -> ""   (all articles by time)
 *   ent_id     entity id str            -> be32 nid
 *   ent        be32 nid                 -> entity record: u8 origin, str type,
 *                                          str name, str id (appended in nid order;
 *                                          rewritten only when the name, type or
 *                                          origin changes)
 *   ent_cnt    be32 nid                 -> var articles, var mentions; no row =
 *                                          none (the counts every mention updates
 *                                          live apart, so a batch dirties small
 *                                          pages, not the entity records)
 *   ent_name   folded name, 0, be32 nid -> ""   (text_fold_phrase of the name)
 *   ent_art    be32 nid                 => DUPFIXED items ts5 be32 aid (9 bytes):
 *                                          the entity's articles by time
 *   rel_ent    be32 x                   => DUPFIXED items be32 y, be16 ld, u8 dir,
 *                                          be32 count, be32 articles, ts5 first, ts5
 *                                          last (25 bytes): one per endpoint of a
 *                                          relation, (a: b,ld,OUT|BOTH) and (b: a,ld,
 *                                          IN|BOTH); updated in place (MDB_CURRENT
 *                                          keeps the item's place: its sort prefix is
 *                                          fixed). first/last are the times of its
 *                                          oldest and newest rel_ev items (read again
 *                                          from rel_ev when a withdrawn article held
 *                                          one), so an all-time listing reads nothing
 *                                          but these items. Format 3 had the 15 bytes
 *                                          before first: store_open upgrades it.
 *   rel_ev     be32 a                   => DUPFIXED items be32 b, be16 ld, ts5, be32
 *                                          aid, u8 occ (16 bytes): one per (relation,
 *                                          article); occ = sentences, 255 = "255 or
 *                                          more, read the article record"
 *   rel_day    day4, be16 ld, be32 a, be32 b -> var count, var articles (labelled
 *                                          relations only)
 *   rel_lab    be16 ld, be32 a, be32 b  -> var count, var articles (labelled only)
 *   api_ent    entity id str            -> JSON text of a run-time entry
 *
 * Article record (var = LEB128 varint, zz = zigzag varint, str = var len + bytes):
 *   u8 flags (1 published, 2 url, 4 title, 8 source sid, 16 source inline),
 *   [zz published], zz ingested (ts = published, else ingested), 8 bytes hash
 *   (LE), var text_len, var mentions, var labelled relations, str id, [str url],
 *   [str title], [var sid | str source], var tag_len, tag:
 *     var nents, nents x var nid
 *     var nments, each: zz start delta, var len, var entity index, u8 via
 *     var nrels, each: var a, var b (entity indexes), var ld, u8 flags (1 role,
 *       2 trigger), zz sentence start delta, var sentence len, [zz trigger start
 *       - sentence start, var trigger len], [str role]
 *
 * Text is coded with a static Huffman code (huff_len below: byte frequencies
 * of English news, trained on Wikinews and CoNLL-2003 text, not on the data it
 * is measured on): ~1.65x smaller, no per-chunk table, any chunk decodes alone.
 * A chunk that would not shrink is kept raw.
 *
 * Windows [since, until) are exact: rel_ev items carry the article time, so a
 * window is a range of dup items (all time: the rel_ent items alone); /relations/top adds whole days from rel_day
 * and reads the article records of the partial days at its edges. */
#include "store.h"
#include "arena.h"
#include "ent.h"
#include "log.h"
#include "mem.h"
#include "text.h"
#include "when.h"

#include <errno.h>
#include <jansson.h>
#include <lmdb.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define STORE_FORMAT 4 /* bump when a key layout or record format changes */
#define STORE_FORMAT_V3 3 /* rel_ent items without first/last: upgraded on open */

/* Reader slots in the lock file: one per thread that reads (loop threads,
 * writer, tools) with a wide margin; 64 bytes each. */
#define STORE_MAX_READERS 1024

/* Text chunk (bytes of text before coding): coded (~600 bytes) it stays far
 * below LMDB's inline limit, so no text takes overflow pages (which round every
 * long article up to whole pages), ~6 fill a leaf page, and an evidence
 * sentence decodes one or two chunks. */
#define TEXT_CHUNK 1024

/* Longest Huffman code: the decoder looks codes up in a 2^12-entry table. */
#define HUFF_BITS 12

/* Bytes of a folded name in an ent_name key: + NUL + nid stays below the 511
 * bytes of LMDB's default maximum key size. */
#define NAME_KEY_MAX 440

/* rel_ev occurrence byte: values >= this are read from the article record. */
#define OCC_SAT 255

/* Threads keep this many per-store read txns (tests open several stores). */
#define TLS_SLOTS 4

#define TS_BIAS ((int64_t)1 << 39)
#define TS_MIN (-TS_BIAS)
#define TS_MAX (TS_BIAS - 1)
#define TS_END (TS_MAX + 1) /* "no upper bound" */

#define EV_ITEM 16 /* rel_ev dup item: b, ld, ts, aid, occ */
#define EA_ITEM 9  /* ent_art dup item: ts, aid */
#define RE_ITEM 25 /* rel_ent dup item: y, ld, dir, count, articles, first, last */
#define RE_ITEM_V3 15 /* the same without first, last (format 3) */
#define RK_LEN 10  /* a relation: a, b, ld */
#define DAY_LEN 14 /* day, ld, a, b */
#define LAB_LEN 10 /* ld, a, b */
#define TIME_LEN 9 /* ts, aid */

#define COMENTION "co-mention"

enum {
    DB_META,
    DB_ART_ID,
    DB_ART,
    DB_ART_TEXT,
    DB_ART_TIME,
    DB_ENT_ID,
    DB_ENT,
    DB_ENT_CNT,
    DB_ENT_NAME,
    DB_ENT_ART,
    DB_REL_ENT,
    DB_REL_EV,
    DB_REL_DAY,
    DB_REL_LAB,
    DB_API_ENT,
    NDB
};

static const struct {
    const char *name;
    unsigned flags;
} db_def[NDB] = {
    {"meta", 0},
    {"art_id", 0},
    {"art", 0},
    {"art_text", 0},
    {"art_time", 0},
    {"ent_id", 0},
    {"ent", 0},
    {"ent_cnt", 0},
    {"ent_name", 0},
    {"ent_art", MDB_DUPSORT | MDB_DUPFIXED},
    {"rel_ent", MDB_DUPSORT | MDB_DUPFIXED},
    {"rel_ev", MDB_DUPSORT | MDB_DUPFIXED},
    {"rel_day", 0},
    {"rel_lab", 0},
    {"api_ent", 0},
};

enum { AF_PUBLISHED = 1, AF_URL = 2, AF_TITLE = 4, AF_SOURCE = 8, AF_SOURCE_INLINE = 16 };
enum { RF_ROLE = 1, RF_TRIGGER = 2 };

/* ---- bytes, varints and buffers ------------------------------------------ */

static void be16(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}
static void be32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}
static void be64(uint8_t *p, uint64_t v) {
    be32(p, (uint32_t)(v >> 32));
    be32(p + 4, (uint32_t)v);
}
static uint32_t rd16(const uint8_t *p) {
    return (uint32_t)p[0] << 8 | p[1];
}
static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static uint64_t rd64(const uint8_t *p) {
    return (uint64_t)rd32(p) << 32 | rd32(p + 4);
}
static void ts5(uint8_t *p, int64_t t) {
    uint64_t v = (uint64_t)(t + TS_BIAS);
    p[0] = (uint8_t)(v >> 32);
    be32(p + 1, (uint32_t)v);
}
static int64_t rts5(const uint8_t *p) {
    return (int64_t)((uint64_t)p[0] << 32 | rd32(p + 1)) - TS_BIAS;
}
static void day4(uint8_t *p, int64_t day) {
    be32(p, (uint32_t)(day + ((int64_t)1 << 31)));
}
static int64_t rday4(const uint8_t *p) {
    return (int64_t)rd32(p) - ((int64_t)1 << 31);
}
static uint64_t zz(int64_t v) {
    return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}
static int64_t unzz(uint64_t v) {
    return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

typedef struct buf {
    uint8_t *p;
    size_t len, cap;
    int err; /* ENT_ENOMEM once a write failed */
} buf;

static int buf_need(buf *b, size_t n) {
    if (b->err) return b->err;
    if (n > SIZE_MAX - b->len || ent_grow(&b->p, &b->cap, b->len + n, 1))
        b->err = ENT_ENOMEM;
    return b->err;
}
static void buf_bytes(buf *b, const void *p, size_t n) {
    if (n == 0 || buf_need(b, n)) return;
    memcpy(b->p + b->len, p, n);
    b->len += n;
}
static void buf_u8(buf *b, unsigned v) {
    uint8_t c = (uint8_t)v;
    buf_bytes(b, &c, 1);
}
static void buf_var(buf *b, uint64_t v) {
    uint8_t t[10];
    size_t n = 0;
    while (v >= 0x80) {
        t[n++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    t[n++] = (uint8_t)v;
    buf_bytes(b, t, n);
}
static void buf_str(buf *b, const char *s, size_t n) {
    buf_var(b, n);
    buf_bytes(b, s, n);
}
static void buf_reset(buf *b) {
    b->len = 0;
    b->err = 0;
}
static void buf_free(buf *b) {
    ent_free(b->p);
    memset(b, 0, sizeof(*b));
}

typedef struct rd {
    const uint8_t *p, *end;
    int bad;
} rd;

static uint64_t rd_var(rd *r) {
    uint64_t v = 0;
    for (int sh = 0; sh < 64; sh += 7) {
        if (r->p >= r->end) break;
        uint8_t c = *r->p++;
        v |= (uint64_t)(c & 0x7f) << sh;
        if (!(c & 0x80)) return v;
    }
    r->bad = 1;
    return 0;
}
static unsigned rd_u8(rd *r) {
    if (r->p >= r->end) {
        r->bad = 1;
        return 0;
    }
    return *r->p++;
}
static const uint8_t *rd_bytes(rd *r, size_t n) {
    if ((size_t)(r->end - r->p) < n) {
        r->bad = 1;
        return NULL;
    }
    const uint8_t *p = r->p;
    r->p += n;
    return p;
}
static const char *rd_str(rd *r, size_t *n) {
    uint64_t l = rd_var(r);
    const char *s = (const char *)rd_bytes(r, (size_t)l);
    *n = s ? (size_t)l : 0;
    return s ? s : "";
}

/* ---- text coding ------------------------------------------------------------- */

/* Code length of each byte value: a length-limited (HUFF_BITS) Huffman code of
 * the byte frequencies of English news text, every value encodable (bytes >=
 * 0x80 and controls get the longest codes). Part of the on-disk format. */
static const uint8_t huff_len[256] = {
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 6,  12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 3,  12, 9,  12, 12, 12, 12, 9,
    9,  9,  12, 12, 7,  7,  7,  11, 7,  7,  8,  8,  8,  8,  8,  9,  9,  8,  10, 12,
    12, 12, 12, 12, 12, 7,  9,  8,  9,  8,  9,  9,  9,  8,  10, 9,  9,  8,  8,  8,
    9,  12, 8,  7,  8,  9,  10, 9,  12, 10, 12, 12, 12, 12, 12, 12, 12, 4,  7,  6,
    5,  4,  6,  6,  5,  4,  10, 7,  5,  6,  4,  4,  6,  10, 5,  5,  4,  6,  7,  7,
    9,  7,  10, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
};

static uint16_t huff_code[256];
static uint16_t huff_dec[1 << HUFF_BITS]; /* peeked bits -> len << 8 | byte */
static pthread_once_t huff_once = PTHREAD_ONCE_INIT;

static void huff_init(void) {
    /* canonical code: by length, then byte value */
    uint32_t code = 0;
    unsigned prev = 0;
    for (unsigned l = 1; l <= HUFF_BITS; l++)
        for (unsigned b = 0; b < 256; b++) {
            if (huff_len[b] != l) continue;
            code <<= l - prev;
            prev = l;
            huff_code[b] = (uint16_t)code;
            uint32_t lo = code << (HUFF_BITS - l), hi = (code + 1) << (HUFF_BITS - l);
            for (uint32_t i = lo; i < hi; i++)
                huff_dec[i] = (uint16_t)(l << 8 | b);
            code++;
        }
}

/* Append the code of p[0..n) to b. */
static void huff_encode(buf *b, const uint8_t *p, size_t n) {
    if (buf_need(b, n * HUFF_BITS / 8 + 2)) return;
    uint8_t *o = b->p + b->len;
    uint64_t acc = 0;
    unsigned nb = 0;
    for (size_t i = 0; i < n; i++) {
        acc = acc << huff_len[p[i]] | huff_code[p[i]];
        nb += huff_len[p[i]];
        while (nb >= 8) {
            nb -= 8;
            *o++ = (uint8_t)(acc >> nb);
        }
    }
    if (nb) *o++ = (uint8_t)(acc << (8 - nb));
    b->len = (size_t)(o - b->p);
}

/* Coded bits of p[0..n) (to choose between coded and raw). */
static size_t huff_bits(const uint8_t *p, size_t n) {
    size_t bits = 0;
    for (size_t i = 0; i < n; i++)
        bits += huff_len[p[i]];
    return bits;
}

/* Decode m bytes from p[0..n) into out: all of them (whole = 1: the codes must
 * end in the last byte) or a prefix. ENT_ECORRUPT when the codes run past the
 * input. */
static int huff_decode(const uint8_t *p, size_t n, uint8_t *out, size_t m, int whole) {
    uint64_t acc = 0;
    unsigned nb = 0;
    size_t i = 0, bits = 0;
    for (size_t o = 0; o < m; o++) {
        if (nb < HUFF_BITS) /* top up to 56+ bits: one refill per ~5 bytes decoded */
            for (; nb <= 56; nb += 8, i++)
                acc = acc << 8 | (i < n ? p[i] : 0);
        uint16_t e = huff_dec[(acc >> (nb - HUFF_BITS)) & ((1u << HUFF_BITS) - 1)];
        out[o] = (uint8_t)e;
        nb -= e >> 8;
        bits += e >> 8;
    }
    return bits > n * 8 || (whole && n * 8 - bits >= 8) ? ENT_ECORRUPT : 0;
}

/* ---- records ---------------------------------------------------------------- */

typedef struct str {
    const char *p; /* into the record (valid while the record is) */
    size_t n;
} str;

typedef struct art_rec {
    unsigned flags;
    int64_t ts, published, ingested; /* ts: published, else ingested */
    uint64_t hash;
    uint32_t text_len, nments, nlabelled;
    str id, url, title, source; /* source: inline only */
    uint32_t sid;               /* interned source (AF_SOURCE) */
    const uint8_t *tag;
    size_t tag_len;
} art_rec;

typedef struct rec_ment {
    uint32_t start, end, ent;
    uint8_t via;
} rec_ment;

typedef struct rec_rel {
    uint32_t a, b, ld;
    uint32_t ss, se, ts, te;
    str role; /* p NULL when none */
} rec_rel;

/* A decoded tag section; arrays reused across decodes. */
typedef struct tagdec {
    uint32_t *nids;
    size_t nents, cap_e;
    rec_ment *m;
    size_t nm, cap_m;
    rec_rel *r;
    size_t nr, cap_r;
} tagdec;

static void tagdec_free(tagdec *d) {
    ent_free(d->nids);
    ent_free(d->m);
    ent_free(d->r);
    memset(d, 0, sizeof(*d));
}

static int art_parse(const void *data, size_t len, art_rec *a) {
    rd r = {data, (const uint8_t *)data + len, 0};
    memset(a, 0, sizeof(*a));
    a->flags = rd_u8(&r);
    a->published = a->flags & AF_PUBLISHED ? unzz(rd_var(&r)) : WHEN_NONE;
    a->ingested = unzz(rd_var(&r));
    a->ts = a->published != WHEN_NONE ? a->published : a->ingested;
    const uint8_t *h = rd_bytes(&r, 8);
    if (h)
        for (int i = 7; i >= 0; i--)
            a->hash = a->hash << 8 | h[i];
    a->text_len = (uint32_t)rd_var(&r);
    a->nments = (uint32_t)rd_var(&r);
    a->nlabelled = (uint32_t)rd_var(&r);
    a->id.p = rd_str(&r, &a->id.n);
    if (a->flags & AF_URL) a->url.p = rd_str(&r, &a->url.n);
    if (a->flags & AF_TITLE) a->title.p = rd_str(&r, &a->title.n);
    if (a->flags & AF_SOURCE) a->sid = (uint32_t)rd_var(&r);
    if (a->flags & AF_SOURCE_INLINE) a->source.p = rd_str(&r, &a->source.n);
    a->tag_len = (size_t)rd_var(&r);
    a->tag = rd_bytes(&r, a->tag_len);
    return r.bad ? ENT_ECORRUPT : 0;
}

/* Decode the tag section of a into d. Entity indexes and spans are checked so
 * readers may trust them. */
static int tag_decode(const art_rec *a, tagdec *d) {
    rd r = {a->tag, a->tag + a->tag_len, 0};
    uint64_t n;
    d->nents = d->nm = d->nr = 0;
    n = rd_var(&r);
    if (r.bad || n > a->tag_len) return ENT_ECORRUPT;
    if (ent_grow(&d->nids, &d->cap_e, (size_t)n + 1, sizeof(uint32_t))) return ENT_ENOMEM;
    for (d->nents = 0; d->nents < n; d->nents++)
        d->nids[d->nents] = (uint32_t)rd_var(&r);
    n = rd_var(&r);
    if (r.bad || n > a->tag_len) return ENT_ECORRUPT;
    if (ent_grow(&d->m, &d->cap_m, (size_t)n + 1, sizeof(rec_ment))) return ENT_ENOMEM;
    int64_t prev = 0;
    for (d->nm = 0; d->nm < n; d->nm++) {
        rec_ment *m = &d->m[d->nm];
        int64_t st = prev + unzz(rd_var(&r));
        uint64_t ln = rd_var(&r);
        m->ent = (uint32_t)rd_var(&r);
        m->via = (uint8_t)rd_u8(&r);
        if (st < 0 || (uint64_t)st + ln > a->text_len || m->ent >= d->nents) r.bad = 1;
        if (r.bad) return ENT_ECORRUPT;
        m->start = (uint32_t)st;
        m->end = (uint32_t)(st + (int64_t)ln);
        prev = st;
    }
    n = rd_var(&r);
    if (r.bad || n > a->tag_len) return ENT_ECORRUPT;
    if (ent_grow(&d->r, &d->cap_r, (size_t)n + 1, sizeof(rec_rel))) return ENT_ENOMEM;
    prev = 0;
    for (d->nr = 0; d->nr < n; d->nr++) {
        rec_rel *x = &d->r[d->nr];
        x->a = (uint32_t)rd_var(&r);
        x->b = (uint32_t)rd_var(&r);
        x->ld = (uint32_t)rd_var(&r);
        unsigned fl = rd_u8(&r);
        int64_t ss = prev + unzz(rd_var(&r));
        uint64_t sl = rd_var(&r);
        int64_t ts = ss, tl = 0;
        if (fl & RF_TRIGGER) {
            ts = ss + unzz(rd_var(&r));
            tl = (int64_t)rd_var(&r);
        }
        x->role.p = NULL;
        x->role.n = 0;
        if (fl & RF_ROLE) x->role.p = rd_str(&r, &x->role.n);
        if (ss < 0 || (uint64_t)ss + sl > a->text_len || ts < 0 || tl < 0 ||
            (uint64_t)ts + (uint64_t)tl > a->text_len || x->a >= d->nents ||
            x->b >= d->nents)
            r.bad = 1;
        if (r.bad) return ENT_ECORRUPT;
        x->ss = (uint32_t)ss;
        x->se = (uint32_t)(ss + (int64_t)sl);
        x->ts = (fl & RF_TRIGGER) ? (uint32_t)ts : 0;
        x->te = (fl & RF_TRIGGER) ? (uint32_t)(ts + tl) : 0;
        prev = ss;
    }
    return 0;
}

typedef struct ent_rec {
    int origin;
    str type, name, id;
} ent_rec;

static int ent_parse(const void *data, size_t len, ent_rec *e) {
    rd r = {data, (const uint8_t *)data + len, 0};
    e->origin = (int)rd_u8(&r);
    e->type.p = rd_str(&r, &e->type.n);
    e->name.p = rd_str(&r, &e->name.n);
    e->id.p = rd_str(&r, &e->id.n);
    return r.bad ? ENT_ECORRUPT : 0;
}

static void ent_encode(buf *b, int origin, str type, str name, str id) {
    buf_u8(b, (unsigned)origin);
    buf_str(b, type.p, type.n);
    buf_str(b, name.p, name.n);
    buf_str(b, id.p, id.n);
}

/* count + articles values of rel_ent, rel_day and rel_lab */
static int cnt_parse(const void *data, size_t len, uint64_t *count, uint64_t *arts) {
    rd r = {data, (const uint8_t *)data + len, 0};
    *count = rd_var(&r);
    *arts = rd_var(&r);
    return r.bad ? ENT_ECORRUPT : 0;
}

/* ---- store, transactions and contexts ---------------------------------------- */

typedef struct counters {
    uint64_t next_nid, next_aid, next_lid, next_sid;
    uint64_t articles, entities, relations, mentions, text_bytes;
} counters;
#define NCOUNTERS 9

/* A relation of one article: identity plus its sentences in that article. */
typedef struct rkocc {
    uint32_t a, b, ld, occ;
} rkocc;

typedef struct ecount {
    uint32_t nid, ments, idx; /* idx: first entity index with this nid */
} ecount;

/* Decoded text chunks kept for one store call (evidence sentences of several
 * labels often share a chunk, and a trigger always shares its sentence's). */
#define TEXT_CACHE 4
typedef struct tchunk {
    uint64_t gen; /* valid while it equals the scratch's gen */
    uint32_t aid, idx, len;
    uint8_t b[TEXT_CHUNK];
} tchunk;

/* Scratch memory of one thread, reused across calls to avoid allocation churn. */
typedef struct scratch {
    buf rec, old, key, val, ent;
    tchunk *tc; /* TEXT_CACHE entries, allocated on first use */
    unsigned tc_next;
    uint64_t gen; /* bumped by every store call */
    tagdec dec;
    uint32_t *nids;
    size_t cap_nids;
    ecount *ec;
    size_t nec, cap_ec;
    rkocc *rk;
    size_t nrk, cap_rk;
    uint32_t *gone;
    size_t ngone, cap_gone;
    void *qc, *qk, *qo; /* entity_relations: candidates, sort keys, order keys */
    size_t cap_qc, cap_qk, cap_qo;
    uint8_t *qn;
    size_t cap_qn;
} scratch;

static void scratch_free(scratch *s) {
    ent_free(s->tc);
    buf_free(&s->rec);
    buf_free(&s->old);
    buf_free(&s->key);
    buf_free(&s->val);
    buf_free(&s->ent);
    tagdec_free(&s->dec);
    ent_free(s->nids);
    ent_free(s->ec);
    ent_free(s->rk);
    ent_free(s->gone);
    ent_free(s->qc);
    ent_free(s->qk);
    ent_free(s->qo);
    ent_free(s->qn);
    memset(s, 0, sizeof(*s));
}

/* Every label of the store, indexed by lid, with each label's rank in byte
 * order (for "ties: label"), and the co-mention lid. Names are copies (one
 * block): a read txn keeps its table across requests while the label count is
 * the same (labels are only ever added, never renamed or removed). */
typedef struct labtab {
    str *name;      /* by lid */
    uint32_t *rank; /* by lid */
    uint32_t n;
    uint32_t comention; /* lid of "co-mention", UINT32_MAX when none yet */
    char *blob;         /* the names' bytes */
    uint64_t nlid;      /* next_lid of the snapshot it was read from */
    uint64_t txnid;     /* the last txn id it was checked against */
} labtab;
static void labtab_free(labtab *t);

struct store_rtxn {
    store_t *s;
    MDB_txn *txn;
    labtab *lt; /* labels, kept across requests (labtab_get) */
    MDB_cursor *cur[NDB];
    uint32_t stale; /* bit i: cursor i must be renewed */
    int depth;      /* store_rbegin nesting on this thread */
    store_rtxn *next;
    scratch sc;
};

struct store {
    MDB_env *env;
    MDB_dbi dbi[NDB];
    uint64_t gen; /* unique per open: tells thread-local slots apart */
    pthread_mutex_t lock;
    store_rtxn *readers; /* every read txn made for this store (guarded by lock) */
    int broken;          /* a commit failed: the env may be unusable */
    scratch ws;          /* writer thread's scratch */
};

struct store_txn {
    store_t *s;
    store_txn *parent;
    MDB_txn *txn;
    MDB_cursor *cur[NDB];
    counters cnt;
    int dirty; /* cnt changed */
    int child; /* a nested txn is open */
};

/* What the internal helpers need from either kind of txn. */
typedef struct ctx {
    store_t *s;
    MDB_txn *txn;
    MDB_cursor **cur;
    uint32_t *stale; /* NULL for write txns */
    scratch *sc;
    labtab *lt;    /* NULL for write txns */
    counters *cnt; /* NULL for read txns */
    int *dirty;
} ctx;

static atomic_uint_fast64_t store_next_gen = 1;

typedef struct tls_slot {
    uint64_t gen;
    store_rtxn *r;
} tls_slot;
static _Thread_local tls_slot tls_rt[TLS_SLOTS];
static _Thread_local unsigned tls_victim;

static int merr(int rc) {
    switch (rc) {
    case MDB_SUCCESS:
        return 0;
    case MDB_NOTFOUND:
        return ENT_ENOTFOUND;
    case MDB_MAP_FULL:
        return ENT_EMAPFULL;
    case ENOMEM:
        return ENT_ENOMEM;
    default:
        return ENT_ESTORE;
    }
}

static void wctx(store_txn *t, ctx *c) {
    c->s = t->s;
    c->txn = t->txn;
    c->cur = t->cur;
    c->stale = NULL;
    c->sc = &t->s->ws;
    c->sc->gen++;
    c->lt = NULL;
    c->cnt = &t->cnt;
    c->dirty = &t->dirty;
}

static void rctx(store_rtxn *r, ctx *c) {
    c->s = r->s;
    c->txn = r->txn;
    c->cur = r->cur;
    c->stale = &r->stale;
    c->sc = &r->sc;
    c->sc->gen++; /* cached text chunks were read in an earlier call */
    c->lt = r->lt;
    c->cnt = NULL;
    c->dirty = NULL;
}

/* The cursor of dbi db in this txn, opened (or renewed) on first use. Cursors
 * are reused for the whole txn: a helper must not reposition a cursor that its
 * caller is iterating (different dbis only, or a private cursor). */
static int curs(ctx *c, int db, MDB_cursor **out) {
    int rc = 0;
    if (!c->cur[db]) {
        rc = mdb_cursor_open(c->txn, c->s->dbi[db], &c->cur[db]);
        if (rc) c->cur[db] = NULL;
    } else if (c->stale && (*c->stale & (1u << db))) {
        rc = mdb_cursor_renew(c->txn, c->cur[db]);
    }
    if (!rc && c->stale) *c->stale &= ~(1u << db);
    *out = c->cur[db];
    return merr(rc);
}

static void curs_close(MDB_cursor **cur) {
    for (int i = 0; i < NDB; i++) {
        if (cur[i]) mdb_cursor_close(cur[i]);
        cur[i] = NULL;
    }
}

static int dbget(ctx *c, int db, const void *k, size_t kl, MDB_val *v) {
    MDB_val key = {kl, (void *)k};
    return merr(mdb_get(c->txn, c->s->dbi[db], &key, v));
}

static int dbput(ctx *c, int db, const void *k, size_t kl, const void *v, size_t vl,
                 unsigned flags) {
    MDB_val key = {kl, (void *)k}, val = {vl, (void *)v};
    return merr(mdb_put(c->txn, c->s->dbi[db], &key, &val, flags));
}

/* Delete key k (with dup item v when v is not NULL). ENT_ENOTFOUND if absent. */
static int dbdel(ctx *c, int db, const void *k, size_t kl, const void *v, size_t vl) {
    MDB_val key = {kl, (void *)k}, val = {vl, (void *)v};
    return merr(mdb_del(c->txn, c->s->dbi[db], &key, v ? &val : NULL));
}

/* A record found where a count or an index says it must exist. */
static int must(int rc) {
    return rc == ENT_ENOTFOUND ? ENT_ECORRUPT : rc;
}

static void counters_enc(const counters *n, uint8_t *p) {
    const uint64_t v[NCOUNTERS] = {n->next_nid,  n->next_aid, n->next_lid,
                                   n->next_sid,  n->articles, n->entities,
                                   n->relations, n->mentions, n->text_bytes};
    for (int i = 0; i < NCOUNTERS; i++)
        be64(p + 8 * i, v[i]);
}

static int counters_get(ctx *c, counters *n) {
    MDB_val v;
    int rc = dbget(c, DB_META, "C", 1, &v);
    memset(n, 0, sizeof(*n));
    n->next_nid = n->next_aid = n->next_sid = 1;
    if (rc == ENT_ENOTFOUND) return 0;
    if (rc) return rc;
    if (v.mv_size != 8 * NCOUNTERS) return ENT_ECORRUPT;
    const uint8_t *p = v.mv_data;
    uint64_t *f[NCOUNTERS] = {&n->next_nid,  &n->next_aid, &n->next_lid,
                              &n->next_sid,  &n->articles, &n->entities,
                              &n->relations, &n->mentions, &n->text_bytes};
    for (int i = 0; i < NCOUNTERS; i++)
        *f[i] = rd64(p + 8 * i);
    return 0;
}

/* ---- open / close ---------------------------------------------------------- */

static void reader_destroy(store_rtxn *r) {
    curs_close(r->cur);
    if (r->txn) mdb_txn_abort(r->txn);
    scratch_free(&r->sc);
    if (r->lt) labtab_free(r->lt);
    ent_free(r->lt);
    ent_free(r);
}

static int rel_span(ctx *c, const uint8_t *rk, int64_t *first, int64_t *last);
static void rk_of(uint32_t x, uint32_t y, uint32_t ld, int dir, uint8_t *rk);

/* Format 3 -> 4 in the open txn: every rel_ent item (15 bytes) is rewritten with
 * the first and last time of its relation, read from rel_ev. */
static int upgrade_v3(store_t *s, MDB_txn *txn) {
    int rc;
    MDB_cursor *cur[NDB] = {0}, *cu = NULL;
    ctx c = {s, txn, cur, NULL, &s->ws, NULL, NULL, NULL};
    MDB_val key, v;
    uint32_t *xs = NULL;
    size_t nx = 0, capx = 0;
    buf *old = &s->ws.old;
    if ((rc = merr(mdb_cursor_open(txn, s->dbi[DB_REL_ENT], &cu)))) goto out;
    for (rc = mdb_cursor_get(cu, &key, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cu, &key, &v, MDB_NEXT_NODUP)) {
        if (key.mv_size != 4) {
            rc = ENT_ECORRUPT;
            goto out;
        }
        if (ent_grow(&xs, &capx, nx + 1, sizeof(uint32_t))) {
            rc = ENT_ENOMEM;
            goto out;
        }
        xs[nx++] = rd32(key.mv_data);
    }
    if ((rc = rc == MDB_NOTFOUND ? 0 : merr(rc))) goto out;
    for (size_t i = 0; i < nx && !rc; i++) {
        uint8_t k[4], it[RE_ITEM], rk[RK_LEN];
        be32(k, xs[i]);
        key.mv_size = 4;
        key.mv_data = k;
        buf_reset(old);
        rc = mdb_cursor_get(cu, &key, &v, MDB_SET_KEY);
        if (rc == 0) rc = mdb_cursor_get(cu, &key, &v, MDB_GET_MULTIPLE);
        for (; rc == 0; rc = mdb_cursor_get(cu, &key, &v, MDB_NEXT_MULTIPLE))
            buf_bytes(old, v.mv_data, v.mv_size);
        if ((rc = rc == MDB_NOTFOUND ? 0 : merr(rc)) || (rc = old->err)) break;
        if (old->len % RE_ITEM_V3) {
            rc = ENT_ECORRUPT;
            break;
        }
        key.mv_size = 4;
        key.mv_data = k;
        if ((rc = merr(mdb_del(txn, s->dbi[DB_REL_ENT], &key, NULL)))) break;
        for (size_t o = 0; o < old->len && !rc; o += RE_ITEM_V3) {
            const uint8_t *p = old->p + o;
            int64_t first, last;
            memcpy(it, p, RE_ITEM_V3);
            rk_of(xs[i], rd32(p), rd16(p + 4), p[6], rk);
            if ((rc = rel_span(&c, rk, &first, &last))) break;
            if (first == WHEN_NONE || last == WHEN_NONE) {
                rc = ENT_ECORRUPT; /* a counted relation has an occurrence */
                break;
            }
            ts5(it + 15, first);
            ts5(it + 20, last);
            MDB_val nk = {4, k}, nv = {RE_ITEM, it};
            rc = merr(mdb_put(txn, s->dbi[DB_REL_ENT], &nk, &nv, 0));
        }
    }
out:
    if (cu) mdb_cursor_close(cu);
    curs_close(cur);
    ent_free(xs);
    buf_reset(old);
    return rc;
}

int store_open(const char *dir, size_t map_size, int sync, store_t **out) {
    int rc, lock_init = 0;
    MDB_txn *txn = NULL;
    store_t *s = NULL;
    *out = NULL;
    if (!dir || !*dir) return ENT_EINVAL;
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) return errno;
    s = ent_calloc(1, sizeof(*s));
    if (!s) return ENT_ENOMEM;
    if (pthread_mutex_init(&s->lock, NULL) != 0) {
        rc = ENT_ENOMEM;
        goto out;
    }
    lock_init = 1;
    s->gen = atomic_fetch_add(&store_next_gen, 1);
    pthread_once(&huff_once, huff_init);
    if ((rc = mdb_env_create(&s->env))) goto lmdb;
    if ((rc = mdb_env_set_maxdbs(s->env, NDB + 2))) goto lmdb;
    if ((rc = mdb_env_set_maxreaders(s->env, STORE_MAX_READERS))) goto lmdb;
    if (map_size && (rc = mdb_env_set_mapsize(s->env, map_size))) goto lmdb;
    rc = mdb_env_open(s->env, dir, MDB_NOTLS | (sync ? 0 : MDB_NOSYNC), 0644);
    if (rc) goto lmdb;
    if ((rc = mdb_txn_begin(s->env, NULL, 0, &txn))) goto lmdb;
    for (int i = 0; i < NDB; i++)
        if ((rc = mdb_dbi_open(txn, db_def[i].name, db_def[i].flags | MDB_CREATE,
                               &s->dbi[i])))
            goto lmdb;
    MDB_val k = {1, "V"}, v;
    rc = mdb_get(txn, s->dbi[DB_META], &k, &v);
    if (rc == MDB_NOTFOUND) {
        uint8_t ver[4];
        be32(ver, STORE_FORMAT);
        v.mv_size = 4;
        v.mv_data = ver;
        if ((rc = mdb_put(txn, s->dbi[DB_META], &k, &v, 0))) goto lmdb;
    } else if (rc) {
        goto lmdb;
    } else if (v.mv_size == 4 && rd32(v.mv_data) == STORE_FORMAT_V3) {
        /* the one older format: rel_ent items get their first/last times */
        if ((rc = upgrade_v3(s, txn))) goto out;
        uint8_t ver[4];
        be32(ver, STORE_FORMAT);
        v.mv_size = 4;
        v.mv_data = ver;
        if ((rc = mdb_put(txn, s->dbi[DB_META], &k, &v, 0))) goto lmdb;
    } else if (v.mv_size != 4 || rd32(v.mv_data) != STORE_FORMAT) {
        /* another (newer) format: never touch it */
        log_msg(LOG_ERROR, "%s holds store format %u; this entd reads formats %d and %d: run "
                "the entd that wrote it, or give this one another data directory", dir,
                v.mv_size == 4 ? (unsigned)rd32(v.mv_data) : 0u, STORE_FORMAT_V3, STORE_FORMAT);
        rc = ENT_ESTORE;
        goto out;
    }
    rc = mdb_txn_commit(txn);
    txn = NULL;
    if (rc) goto lmdb;
    *out = s;
    s = NULL;
    goto out;
lmdb:
    /* errno values (EACCES, ENOSPC ...) pass through; LMDB's own codes are ESTORE */
    if (rc == ENOMEM)
        rc = ENT_ENOMEM;
    else if (rc < 0)
        rc = rc == MDB_MAP_FULL ? ENT_EMAPFULL : ENT_ESTORE;
out:
    if (txn) mdb_txn_abort(txn);
    if (s) {
        if (s->env) mdb_env_close(s->env);
        if (lock_init) pthread_mutex_destroy(&s->lock);
        ent_free(s);
    }
    return rc;
}

void store_close(store_t *s) {
    if (!s) return;
    pthread_mutex_lock(&s->lock);
    store_rtxn *r = s->readers;
    s->readers = NULL;
    pthread_mutex_unlock(&s->lock);
    while (r) {
        store_rtxn *n = r->next;
        reader_destroy(r);
        r = n;
    }
    for (int i = 0; i < TLS_SLOTS; i++)
        if (tls_rt[i].gen == s->gen) tls_rt[i].gen = 0, tls_rt[i].r = NULL;
    mdb_env_close(s->env);
    scratch_free(&s->ws);
    pthread_mutex_destroy(&s->lock);
    ent_free(s);
}

int store_writable(store_t *s) {
    unsigned fl = 0;
    if (!s || !s->env || s->broken) return 0;
    if (mdb_env_get_flags(s->env, &fl) != 0) return 0;
    return !(fl & MDB_RDONLY);
}

/* ---- write transactions --------------------------------------------------- */

static int wbegin(store_t *s, store_txn *parent, store_txn **out) {
    int rc;
    store_txn *t = ent_calloc(1, sizeof(*t));
    *out = NULL;
    if (!t) return ENT_ENOMEM;
    t->s = s;
    t->parent = parent;
    rc = merr(mdb_txn_begin(s->env, parent ? parent->txn : NULL, 0, &t->txn));
    if (rc) goto out;
    if (parent) {
        t->cnt = parent->cnt;
        parent->child = 1;
    } else {
        ctx c;
        wctx(t, &c);
        if ((rc = counters_get(&c, &t->cnt))) goto out;
    }
    *out = t;
    t = NULL;
out:
    if (t) {
        if (t->txn) mdb_txn_abort(t->txn);
        ent_free(t);
    }
    return rc;
}

int store_wbegin(store_t *s, store_txn **out) {
    if (!s) return ENT_EINVAL;
    return wbegin(s, NULL, out);
}

int store_wbegin_nested(store_txn *parent, store_txn **out) {
    if (!parent || parent->child) return ENT_EINVAL;
    return wbegin(parent->s, parent, out);
}

int store_wcommit(store_txn *t) {
    int rc = 0;
    if (!t) return ENT_EINVAL;
    if (t->child) {
        rc = ENT_EINVAL; /* a nested txn is still open */
        curs_close(t->cur);
        mdb_txn_abort(t->txn);
        goto out;
    }
    if (!t->parent && t->dirty) {
        uint8_t v[8 * NCOUNTERS];
        ctx c;
        wctx(t, &c);
        counters_enc(&t->cnt, v);
        rc = dbput(&c, DB_META, "C", 1, v, sizeof(v), 0);
    }
    curs_close(t->cur);
    if (rc) {
        mdb_txn_abort(t->txn);
        goto out;
    }
    int mrc = mdb_txn_commit(t->txn);
    rc = merr(mrc);
    if (rc == ENT_ENOTFOUND) rc = ENT_ESTORE;
    if (mrc == MDB_PANIC) t->s->broken = 1;
    if (!rc && t->parent) {
        t->parent->cnt = t->cnt;
        t->parent->dirty |= t->dirty;
    }
out:
    if (t->parent) t->parent->child = 0;
    ent_free(t);
    return rc;
}

void store_wabort(store_txn *t) {
    if (!t) return;
    curs_close(t->cur);
    mdb_txn_abort(t->txn); /* an open child (a misuse) goes with it inside LMDB */
    if (t->parent) t->parent->child = 0;
    ent_free(t);
}

/* ---- read transactions ---------------------------------------------------- */

uint64_t store_rtxn_snapshot(store_rtxn *r) {
    return r && r->txn ? (uint64_t)mdb_txn_id(r->txn) : 0;
}

int store_rbegin(store_t *s, store_rtxn **out) {
    int rc = 0;
    store_rtxn *r = NULL;
    *out = NULL;
    if (!s) return ENT_EINVAL;
    for (int i = 0; i < TLS_SLOTS; i++)
        if (tls_rt[i].gen == s->gen) r = tls_rt[i].r;
    if (r) {
        if (r->depth == 0) {
            rc = merr(mdb_txn_renew(r->txn));
            if (rc) goto out;
            r->stale = ~0u;
        }
        r->depth++;
        *out = r;
        goto out;
    }
    r = ent_calloc(1, sizeof(*r));
    if (!r) return ENT_ENOMEM;
    if (!(r->lt = ent_calloc(1, sizeof(labtab)))) {
        ent_free(r);
        return ENT_ENOMEM;
    }
    r->s = s;
    rc = merr(mdb_txn_begin(s->env, NULL, MDB_RDONLY, &r->txn));
    if (rc) {
        ent_free(r->lt);
        ent_free(r);
        goto out;
    }
    r->depth = 1;
    pthread_mutex_lock(&s->lock);
    r->next = s->readers;
    s->readers = r;
    pthread_mutex_unlock(&s->lock);
    /* an evicted slot's txn stays registered with its store and is freed at close */
    unsigned slot = TLS_SLOTS;
    for (unsigned i = 0; i < TLS_SLOTS && slot == TLS_SLOTS; i++)
        if (!tls_rt[i].gen) slot = i;
    if (slot == TLS_SLOTS) slot = tls_victim++ % TLS_SLOTS;
    tls_rt[slot].gen = s->gen;
    tls_rt[slot].r = r;
    *out = r;
out:
    if (rc == ENT_ENOTFOUND) rc = ENT_ESTORE;
    return rc;
}

void store_rend(store_rtxn *r) {
    if (!r || r->depth == 0) return;
    if (--r->depth == 0) mdb_txn_reset(r->txn);
}

/* ---- labels ----------------------------------------------------------------- */

/* lid of label, or ENT_ENOTFOUND; with c->cnt (write txns) and create, a new
 * label gets the next lid. */
static int lab_lid(ctx *c, const char *label, int create, uint32_t *lid) {
    int rc;
    MDB_val v;
    size_t n = strlen(label);
    buf *k = &c->sc->key;
    if (n == 0 || n > ENT_MAX_ID) return ENT_EINVAL;
    buf_reset(k);
    buf_u8(k, 'l');
    buf_bytes(k, label, n);
    if ((rc = k->err)) return rc;
    rc = dbget(c, DB_META, k->p, k->len, &v);
    if (rc == 0) {
        if (v.mv_size != 2) return ENT_ECORRUPT;
        *lid = rd16(v.mv_data);
        return 0;
    }
    if (rc != ENT_ENOTFOUND || !create || !c->cnt) return rc;
    if (c->cnt->next_lid >= 0x7fff)
        return ENT_ETOOBIG; /* ld = lid * 2 + directed fits 16 bits */
    uint8_t lk[3], lv[2];
    *lid = (uint32_t)c->cnt->next_lid++;
    *c->dirty = 1;
    be16(lv, *lid);
    if ((rc = dbput(c, DB_META, k->p, k->len, lv, 2, MDB_NOOVERWRITE))) return rc;
    lk[0] = 'L';
    be16(lk + 1, *lid);
    return dbput(c, DB_META, lk, 3, label, n, MDB_NOOVERWRITE);
}

/* sid of source (interned like labels: a feed name repeats on every article);
 * with create (write txns), a new source gets the next sid. */
static int src_sid(ctx *c, const char *src, size_t n, int create, uint32_t *sid) {
    int rc;
    MDB_val v;
    buf *k = &c->sc->key;
    buf_reset(k);
    buf_u8(k, 's');
    buf_bytes(k, src, n);
    if ((rc = k->err)) return rc;
    rc = dbget(c, DB_META, k->p, k->len, &v);
    if (rc == 0) {
        if (v.mv_size != 4) return ENT_ECORRUPT;
        *sid = rd32(v.mv_data);
        return 0;
    }
    if (rc != ENT_ENOTFOUND || !create || !c->cnt) return rc;
    if (c->cnt->next_sid > UINT32_MAX) return ENT_ETOOBIG;
    uint8_t sk[5], sv[4];
    *sid = (uint32_t)c->cnt->next_sid++;
    *c->dirty = 1;
    be32(sv, *sid);
    if ((rc = dbput(c, DB_META, k->p, k->len, sv, 4, MDB_NOOVERWRITE))) return rc;
    sk[0] = 'S';
    be32(sk + 1, *sid);
    return dbput(c, DB_META, sk, 5, src, n, MDB_NOOVERWRITE);
}


static void labtab_free(labtab *t) {
    ent_free(t->name);
    ent_free(t->rank);
    ent_free(t->blob);
    memset(t, 0, sizeof(*t));
}

static int cmp_str(const str *a, const str *b) {
    size_t n = a->n < b->n ? a->n : b->n;
    int c = memcmp(a->p, b->p, n);
    return c ? c : (a->n > b->n) - (a->n < b->n);
}

static int labtab_load(ctx *c, labtab *t, uint64_t nlid) {
    int rc;
    MDB_cursor *cu;
    MDB_val k = {1, "L"}, v;
    uint32_t *order = NULL;
    size_t bytes = 0;
    memset(t, 0, sizeof(*t));
    t->comention = UINT32_MAX;
    t->nlid = nlid;
    if ((rc = curs(c, DB_META, &cu))) goto out;
    for (rc = mdb_cursor_get(cu, &k, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cu, &k, &v, MDB_NEXT)) {
        const uint8_t *p = k.mv_data;
        if (k.mv_size != 3 || p[0] != 'L') break;
        uint32_t lid = rd16(p + 1);
        if (lid >= t->n) {
            size_t cap = t->n;
            str *nn = ent_realloc(t->name, (lid + 1) * sizeof(str));
            if (!nn) {
                rc = ENT_ENOMEM;
                goto out;
            }
            t->name = nn;
            for (size_t i = cap; i <= lid; i++)
                t->name[i] = (str){NULL, 0};
            t->n = lid + 1;
        }
        t->name[lid] = (str){v.mv_data, v.mv_size};
        bytes += v.mv_size;
    }
    if (rc != MDB_NOTFOUND && rc != 0) {
        rc = merr(rc);
        goto out;
    }
    rc = 0;
    /* copy the names out of the txn's pages */
    if (!(t->blob = ent_malloc(bytes + 1))) {
        rc = ENT_ENOMEM;
        goto out;
    }
    for (uint32_t i = 0, o = 0; i < t->n; i++) {
        if (!t->name[i].p) continue;
        memcpy(t->blob + o, t->name[i].p, t->name[i].n);
        t->name[i].p = t->blob + o;
        o += (uint32_t)t->name[i].n;
        if (t->name[i].n == sizeof(COMENTION) - 1 &&
            !memcmp(t->name[i].p, COMENTION, sizeof(COMENTION) - 1))
            t->comention = i;
    }
    t->rank = ent_calloc(t->n + 1, sizeof(uint32_t));
    if (!t->rank) {
        rc = ENT_ENOMEM;
        goto out;
    }
    /* n is small (the lexicon's labels): insertion sort is plenty */
    order = ent_calloc(t->n + 1, sizeof(uint32_t));
    if (!order) {
        rc = ENT_ENOMEM;
        goto out;
    }
    for (uint32_t i = 0; i < t->n; i++) {
        uint32_t j = i;
        while (j > 0 && t->name[order[j - 1]].p &&
               (!t->name[i].p || cmp_str(&t->name[order[j - 1]], &t->name[i]) > 0)) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    for (uint32_t i = 0; i < t->n; i++)
        t->rank[order[i]] = i;
out:
    ent_free(order);
    if (rc) labtab_free(t);
    return rc;
}

/* The label table of read txn c (c->lt): reloaded only when a commit since the
 * last check added labels. */
static int labtab_get(ctx *c, const labtab **out) {
    int rc;
    labtab *t = c->lt;
    uint64_t id = (uint64_t)mdb_txn_id(c->txn);
    *out = NULL;
    if (!t) return ENT_EINVAL;
    if (!t->blob || t->txnid != id) {
        counters n;
        if ((rc = counters_get(c, &n))) return rc;
        if (!t->blob || t->nlid != n.next_lid) {
            labtab_free(t);
            if ((rc = labtab_load(c, t, n.next_lid))) return rc;
        }
        t->txnid = id;
    }
    *out = t;
    return 0;
}

static str lab_name(const labtab *t, uint32_t lid) {
    return lid < t->n && t->name[lid].p ? t->name[lid] : (str){"?", 1};
}

/* ---- entities ---------------------------------------------------------------- */

/* ent_name key of name for nid into b. */
static int name_key(buf *b, const char *name, size_t n, uint32_t nid) {
    int rc;
    size_t cap = n * 4 + 64;
    char *tmp = NULL;
    buf_reset(b);
    if ((rc = buf_need(b, NAME_KEY_MAX + 8))) return rc;
    int fl = text_fold_phrase(name, n, (char *)b->p, NAME_KEY_MAX + 8);
    if (fl < 0) {
        /* long or expanding name: fold into a bigger buffer, keep the head */
        tmp = ent_malloc(cap * 5);
        if (!tmp) return ENT_ENOMEM;
        fl = text_fold_phrase(name, n, tmp, cap * 5);
        if (fl < 0) fl = 0; /* not UTF-8 (never from the tagger): index as "" */
        if (fl > NAME_KEY_MAX) fl = NAME_KEY_MAX;
        memcpy(b->p, tmp, (size_t)fl);
        ent_free(tmp);
    }
    if (fl > NAME_KEY_MAX) fl = NAME_KEY_MAX;
    /* cut at a UTF-8 boundary */
    while (fl > 0 && fl == NAME_KEY_MAX && (b->p[fl] & 0xc0) == 0x80)
        fl--;
    b->len = (size_t)fl;
    buf_u8(b, 0);
    uint8_t nk[4];
    be32(nk, nid);
    buf_bytes(b, nk, 4);
    return b->err;
}

/* nid of entity id; ENT_ENOTFOUND when the store never saw it. */
static int ent_nid(ctx *c, const char *id, size_t n, uint32_t *nid) {
    MDB_val v;
    if (n == 0 || n > ENT_MAX_ID) return ENT_ENOTFOUND;
    int rc = dbget(c, DB_ENT_ID, id, n, &v);
    if (rc) return rc;
    if (v.mv_size != 4) return ENT_ECORRUPT;
    *nid = rd32(v.mv_data);
    return 0;
}

/* nid of id for a query about it: *nid = 0 and 0 for a run-time entry that
 * was never mentioned (known, but nothing refers to it), ENT_ENOTFOUND when
 * the store does not know the id at all. */
static int ent_nid_q(ctx *c, const char *id, uint32_t *nid) {
    MDB_val v;
    size_t n = strlen(id);
    int rc = ent_nid(c, id, n, nid);
    if (rc != ENT_ENOTFOUND || n == 0 || n > ENT_MAX_ID) return rc;
    *nid = 0;
    return dbget(c, DB_API_ENT, id, n, &v);
}

static int ent_get(ctx *c, uint32_t nid, ent_rec *e) {
    uint8_t k[4];
    MDB_val v;
    be32(k, nid);
    int rc = dbget(c, DB_ENT, k, 4, &v);
    if (rc) return rc;
    return ent_parse(v.mv_data, v.mv_size, e);
}

/* nid of te, creating the entity (zero counts) on first sight. */
static int ent_resolve(ctx *c, const tag_entity *te, uint32_t *nid) {
    int rc;
    size_t il = strlen(te->id);
    rc = ent_nid(c, te->id, il, nid);
    if (rc != ENT_ENOTFOUND) return rc;
    if (il == 0 || il > ENT_MAX_ID) return ENT_EINVAL;
    uint8_t k[4];
    *nid = (uint32_t)c->cnt->next_nid++;
    *c->dirty = 1;
    if (c->cnt->next_nid > UINT32_MAX) return ENT_ETOOBIG;
    be32(k, *nid);
    if ((rc = dbput(c, DB_ENT_ID, te->id, il, k, 4, MDB_NOOVERWRITE))) return rc;
    buf *e = &c->sc->ent;
    buf_reset(e);
    ent_encode(e, te->origin, (str){te->type, strlen(te->type)},
               (str){te->name, strlen(te->name)}, (str){te->id, il});
    if ((rc = e->err)) return rc;
    if ((rc = dbput(c, DB_ENT, k, 4, e->p, e->len, MDB_APPEND))) return rc;
    if ((rc = name_key(&c->sc->key, te->name, strlen(te->name), *nid))) return rc;
    return dbput(c, DB_ENT_NAME, c->sc->key.p, c->sc->key.len, "", 0, 0);
}

/* Articles and mentions of entity nid (0, 0 without an ent_cnt row). */
static int ent_counts(ctx *c, uint32_t nid, uint64_t *arts, uint64_t *ments) {
    uint8_t k[4];
    MDB_val v;
    be32(k, nid);
    *arts = *ments = 0;
    int rc = dbget(c, DB_ENT_CNT, k, 4, &v);
    if (rc == ENT_ENOTFOUND) return 0;
    return rc ? rc : cnt_parse(v.mv_data, v.mv_size, arts, ments);
}

/* Give entity nid te's name, type and origin if they changed (a reloaded
 * gazetteer, a run-time entry for a discovered name). */
static int ent_refresh(ctx *c, uint32_t nid, const tag_entity *te) {
    int rc;
    ent_rec e;
    uint8_t k[4];
    buf *b = &c->sc->ent, *cp = &c->sc->val;
    MDB_val v;
    be32(k, nid);
    if ((rc = must(dbget(c, DB_ENT, k, 4, &v)))) return rc;
    if ((rc = ent_parse(v.mv_data, v.mv_size, &e))) return rc;
    str nt = {te->type, strlen(te->type)}, nn = {te->name, strlen(te->name)};
    if (!cmp_str(&nt, &e.type) && !cmp_str(&nn, &e.name) && e.origin == te->origin)
        return 0;
    /* work on a copy: the writes below may move the pages under v */
    buf_reset(cp);
    buf_bytes(cp, v.mv_data, v.mv_size);
    if ((rc = cp->err) || (rc = ent_parse(cp->p, cp->len, &e))) return rc;
    if (cmp_str(&nn, &e.name)) {
        if ((rc = name_key(&c->sc->key, e.name.p, e.name.n, nid))) return rc;
        if ((rc = must(dbdel(c, DB_ENT_NAME, c->sc->key.p, c->sc->key.len, NULL, 0))))
            return rc;
        if ((rc = name_key(&c->sc->key, nn.p, nn.n, nid))) return rc;
        if ((rc = dbput(c, DB_ENT_NAME, c->sc->key.p, c->sc->key.len, "", 0, 0)))
            return rc;
    }
    buf_reset(b);
    ent_encode(b, te->origin, nt, nn, e.id);
    if ((rc = b->err)) return rc;
    return dbput(c, DB_ENT, k, 4, b->p, b->len, 0);
}

/* Remove entity nid if nothing refers to it any more and it was discovered. */
static int ent_purge(ctx *c, uint32_t nid) {
    int rc;
    ent_rec e;
    uint8_t k[4];
    uint64_t arts, ments;
    buf *b = &c->sc->ent;
    if ((rc = ent_counts(c, nid, &arts, &ments))) return rc;
    if (arts > 0) return 0; /* counted again (an update) */
    if ((rc = must(ent_get(c, nid, &e)))) return rc;
    if (e.origin != ORIGIN_DISCOVERED) return 0;
    /* copy what we need: the record's pages change with the deletes */
    buf_reset(b);
    buf_bytes(b, e.name.p, e.name.n);
    buf_bytes(b, e.id.p, e.id.n);
    if ((rc = b->err)) return rc;
    size_t nn = e.name.n, in = e.id.n;
    if ((rc = name_key(&c->sc->key, (const char *)b->p, nn, nid))) return rc;
    if ((rc = must(dbdel(c, DB_ENT_NAME, c->sc->key.p, c->sc->key.len, NULL, 0))))
        return rc;
    if ((rc = must(dbdel(c, DB_ENT_ID, b->p + nn, in, NULL, 0)))) return rc;
    be32(k, nid);
    return must(dbdel(c, DB_ENT, k, 4, NULL, 0));
}

/* ---- relations (aggregates) -------------------------------------------------- */

/* Add dc to the count and da to the articles of row k of db, creating the row
 * or deleting it when its count reaches zero. *edge = +1 created, -1 deleted. */
static int cnt_add(ctx *c, int db, const uint8_t *k, size_t kl, int64_t dc, int64_t da,
                   int *edge) {
    int rc;
    MDB_cursor *cu;
    MDB_val key = {kl, (void *)k}, v;
    uint64_t cnt = 0, arts = 0;
    uint8_t tmp[20];
    buf b = {tmp, 0, sizeof(tmp), 0}; /* two varints always fit */
    *edge = 0;
    if ((rc = curs(c, db, &cu))) return rc;
    rc = merr(mdb_cursor_get(cu, &key, &v, MDB_SET_KEY));
    if (rc && rc != ENT_ENOTFOUND) return rc;
    int found = rc == 0;
    if (found && (rc = cnt_parse(v.mv_data, v.mv_size, &cnt, &arts))) return rc;
    if ((dc < 0 && cnt < (uint64_t)-dc) || (da < 0 && arts < (uint64_t)-da))
        return ENT_ECORRUPT;
    cnt += (uint64_t)dc;
    arts += (uint64_t)da;
    if (cnt == 0) {
        if (!found) return 0;
        *edge = -1;
        return merr(mdb_cursor_del(cu, 0));
    }
    buf_var(&b, cnt);
    buf_var(&b, arts);
    MDB_val nv = {b.len, b.p};
    key.mv_size = kl;
    key.mv_data = (void *)k;
    *edge = !found;
    return merr(mdb_cursor_put(cu, &key, &nv, found ? MDB_CURRENT : 0));
}

/* Add dm mentions and da articles to entity nid; te (when not NULL) refreshes
 * its name, type and origin. *edge = +1 when its articles went from 0, -1 when
 * they went to 0 (its ent_cnt row comes and goes with them). */
static int ent_count(ctx *c, uint32_t nid, int64_t dm, int64_t da, const tag_entity *te,
                     int *edge) {
    int rc;
    uint8_t k[4];
    be32(k, nid);
    if ((rc = cnt_add(c, DB_ENT_CNT, k, 4, da, dm, edge))) return rc;
    return te ? ent_refresh(c, nid, te) : 0;
}

static void rk_key(uint8_t *k, uint32_t a, uint32_t b, uint32_t ld) {
    be32(k, a);
    be32(k + 4, b);
    be16(k + 8, ld);
}

static void ev_item(uint8_t *it, uint32_t b, uint32_t ld, int64_t ts, uint32_t aid,
                    uint32_t occ) {
    be32(it, b);
    be16(it + 4, ld);
    ts5(it + 6, ts);
    be32(it + 11, aid);
    it[15] = (uint8_t)(occ >= OCC_SAT ? OCC_SAT : occ);
}
static int64_t ev_ts(const uint8_t *it) {
    return rts5(it + 6);
}
static uint32_t ev_aid(const uint8_t *it) {
    return rd32(it + 11);
}

static int rel_span(ctx *c, const uint8_t *rk, int64_t *first, int64_t *last);

/* First and last time of a relation after a withdrawal, read from rel_ev once
 * for both of its rel_ent items. */
typedef struct respan {
    const uint8_t *rk;
    int have;
    int64_t first, last;
} respan;

/* Add dc to the count and da to the articles of x's rel_ent item (y, ld, dir),
 * creating it, or deleting it when its count reaches zero; first/last take in
 * ts (da > 0), or are read again from rel_ev (sp) when the withdrawn ts was one
 * of them (da < 0: the rel_ev item is already gone). *edge = +1 created, -1
 * deleted. */
static int re_add(ctx *c, uint32_t x, uint32_t y, uint32_t ld, int dir, int64_t dc,
                  int64_t da, int64_t ts, respan *sp, int *edge) {
    int rc;
    MDB_cursor *cu;
    uint8_t k[4], it[RE_ITEM];
    MDB_val key = {4, k}, v = {RE_ITEM, it};
    uint64_t cnt = 0, arts = 0;
    int64_t first = ts, last = ts;
    *edge = 0;
    be32(k, x);
    be32(it, y);
    be16(it + 4, ld);
    it[6] = (uint8_t)dir;
    memset(it + 7, 0, RE_ITEM - 7);
    if ((rc = curs(c, DB_REL_ENT, &cu))) return rc;
    rc = mdb_cursor_get(cu, &key, &v, MDB_GET_BOTH_RANGE);
    if (rc && rc != MDB_NOTFOUND) return merr(rc);
    int found = rc == 0 && v.mv_size == RE_ITEM && memcmp(v.mv_data, it, 7) == 0;
    if (found) {
        const uint8_t *o = v.mv_data;
        cnt = rd32(o + 7);
        arts = rd32(o + 11);
        first = rts5(o + 15);
        last = rts5(o + 20);
    }
    if ((dc < 0 && cnt < (uint64_t)-dc) || (da < 0 && arts < (uint64_t)-da))
        return ENT_ECORRUPT;
    cnt += (uint64_t)dc;
    arts += (uint64_t)da;
    if (cnt > UINT32_MAX || arts > UINT32_MAX) return ENT_ETOOBIG;
    if (cnt == 0) {
        if (!found) return 0;
        *edge = -1;
        return merr(mdb_cursor_del(cu, 0));
    }
    if (da > 0) {
        if (ts < first) first = ts;
        if (ts > last) last = ts;
    } else if (da < 0 && (ts == first || ts == last)) {
        if (!sp->have) {
            if ((rc = rel_span(c, sp->rk, &sp->first, &sp->last))) return rc;
            sp->have = 1;
        }
        first = sp->first;
        last = sp->last;
    }
    be32(it + 7, (uint32_t)cnt);
    be32(it + 11, (uint32_t)arts);
    ts5(it + 15, first);
    ts5(it + 20, last);
    key.mv_size = 4;
    key.mv_data = k;
    v.mv_size = RE_ITEM;
    v.mv_data = it;
    *edge = !found;
    return merr(mdb_cursor_put(cu, &key, &v, found ? MDB_CURRENT : 0));
}

/* Count (sign +1) or withdraw (-1) one relation of article aid at time ts. */
static int rel_apply(ctx *c, const rkocc *r, int64_t ts, uint32_t aid, int labelled,
                     int sign) {
    int rc, edge;
    uint8_t k[DAY_LEN], it[EV_ITEM];
    int directed = r->ld & 1;
    int64_t dc = sign * (int64_t)r->occ;
    be32(k, r->a);
    ev_item(it, r->b, r->ld, ts, aid, r->occ);
    if (sign > 0)
        rc = dbput(c, DB_REL_EV, k, 4, it, EV_ITEM, 0);
    else
        rc = must(dbdel(c, DB_REL_EV, k, 4, it, EV_ITEM));
    if (rc) return rc;
    uint8_t rk[RK_LEN];
    rk_key(rk, r->a, r->b, r->ld);
    respan sp = {rk, 0, 0, 0};
    if ((rc = re_add(c, r->a, r->b, r->ld, directed ? DIR_OUT : DIR_BOTH, dc, sign, ts, &sp,
                     &edge)))
        return rc;
    c->cnt->relations += (uint64_t)(int64_t)edge;
    if ((rc = re_add(c, r->b, r->a, r->ld, directed ? DIR_IN : DIR_BOTH, dc, sign, ts, &sp,
                     &edge)))
        return rc;
    if (!labelled) return 0;
    day4(k, when_day(ts));
    be16(k + 4, r->ld);
    be32(k + 6, r->a);
    be32(k + 10, r->b);
    if ((rc = cnt_add(c, DB_REL_DAY, k, DAY_LEN, dc, sign, &edge))) return rc;
    be16(k, r->ld);
    be32(k + 2, r->a);
    be32(k + 6, r->b);
    return cnt_add(c, DB_REL_LAB, k, LAB_LEN, dc, sign, &edge);
}

static int cmp_rk(const void *x, const void *y) {
    const rkocc *a = x, *b = y;
    if (a->a != b->a) return a->a < b->a ? -1 : 1;
    if (a->b != b->b) return a->b < b->b ? -1 : 1;
    return (a->ld > b->ld) - (a->ld < b->ld);
}

/* The distinct relations of a decoded article (with nids) into sc->rk, each
 * with its sentence count; self-relations are left out of the indexes. */
static int rk_collect(scratch *sc, const tagdec *d) {
    sc->nrk = 0;
    if (ent_grow(&sc->rk, &sc->cap_rk, d->nr + 1, sizeof(rkocc))) return ENT_ENOMEM;
    for (size_t i = 0; i < d->nr; i++) {
        uint32_t a = d->nids[d->r[i].a], b = d->nids[d->r[i].b];
        if (a == b) continue;
        if (!(d->r[i].ld & 1) && a > b) {
            uint32_t t = a;
            a = b;
            b = t;
        }
        sc->rk[sc->nrk++] = (rkocc){a, b, d->r[i].ld, 1};
    }
    if (sc->nrk > 1) qsort(sc->rk, sc->nrk, sizeof(rkocc), cmp_rk);
    size_t o = 0;
    for (size_t i = 0; i < sc->nrk; i++) {
        if (o > 0 && cmp_rk(&sc->rk[o - 1], &sc->rk[i]) == 0)
            sc->rk[o - 1].occ++;
        else
            sc->rk[o++] = sc->rk[i];
    }
    sc->nrk = o;
    return 0;
}

static int cmp_ec(const void *x, const void *y) {
    const ecount *a = x, *b = y;
    if (a->nid != b->nid) return a->nid < b->nid ? -1 : 1;
    return (a->idx > b->idx) - (a->idx < b->idx);
}

/* Distinct entities of a decoded article with their mention counts into sc->ec. */
static int ec_collect(scratch *sc, const tagdec *d) {
    sc->nec = 0;
    if (ent_grow(&sc->ec, &sc->cap_ec, d->nents + 1, sizeof(ecount))) return ENT_ENOMEM;
    for (size_t i = 0; i < d->nents; i++)
        sc->ec[i] = (ecount){d->nids[i], 0, (uint32_t)i};
    for (size_t i = 0; i < d->nm; i++)
        sc->ec[d->m[i].ent].ments++;
    sc->nec = d->nents;
    if (sc->nec > 1) qsort(sc->ec, sc->nec, sizeof(ecount), cmp_ec);
    size_t o = 0;
    for (size_t i = 0; i < sc->nec; i++) {
        if (o > 0 && sc->ec[o - 1].nid == sc->ec[i].nid)
            sc->ec[o - 1].ments += sc->ec[i].ments;
        else
            sc->ec[o++] = sc->ec[i];
    }
    sc->nec = o;
    return 0;
}

/* ---- articles (write side) ---------------------------------------------------- */

static int art_load(ctx *c, uint32_t aid, MDB_val *v) {
    uint8_t k[4];
    be32(k, aid);
    return dbget(c, DB_ART, k, 4, v);
}

static int comention_lid(ctx *c, uint32_t *lid) {
    int rc = lab_lid(c, COMENTION, 0, lid);
    if (rc == ENT_ENOTFOUND) {
        *lid = UINT32_MAX;
        rc = 0;
    }
    return rc;
}

/* Count (sign +1) or withdraw (-1) everything article aid (record a, decoded
 * into sc->dec with nids) contributes, except its own art/art_id/art_text rows.
 * Entities whose last article went are remembered in sc->gone. */
static int art_apply(ctx *c, const art_rec *a, uint32_t aid, int sign,
                     const tag_result *res) {
    int rc, edge;
    scratch *sc = c->sc;
    tagdec *d = &sc->dec;
    uint8_t k[TIME_LEN], it[EA_ITEM];
    uint32_t cm;
    ts5(k, a->ts);
    be32(k + 5, aid);
    if (sign > 0)
        rc = dbput(c, DB_ART_TIME, k, TIME_LEN, "", 0, 0);
    else
        rc = must(dbdel(c, DB_ART_TIME, k, TIME_LEN, NULL, 0));
    if (rc) return rc;
    if ((rc = ec_collect(sc, d))) return rc;
    ts5(it, a->ts);
    be32(it + 5, aid);
    for (size_t i = 0; i < sc->nec; i++) {
        const ecount *e = &sc->ec[i];
        be32(k, e->nid);
        if (sign > 0)
            rc = dbput(c, DB_ENT_ART, k, 4, it, EA_ITEM, 0);
        else
            rc = must(dbdel(c, DB_ENT_ART, k, 4, it, EA_ITEM));
        if (rc) return rc;
        rc = ent_count(c, e->nid, sign * (int64_t)e->ments, sign,
                       res ? &res->ents[e->idx] : NULL, &edge);
        if (rc) return rc;
        c->cnt->entities += (uint64_t)(int64_t)edge;
        if (edge < 0) {
            if (ent_grow(&sc->gone, &sc->cap_gone, sc->ngone + 1, sizeof(uint32_t)))
                return ENT_ENOMEM;
            sc->gone[sc->ngone++] = e->nid;
        }
    }
    if ((rc = comention_lid(c, &cm))) return rc;
    if ((rc = rk_collect(sc, d))) return rc;
    for (size_t i = 0; i < sc->nrk; i++)
        if ((rc = rel_apply(c, &sc->rk[i], a->ts, aid, (sc->rk[i].ld >> 1) != cm, sign)))
            return rc;
    c->cnt->mentions += (uint64_t)(sign * (int64_t)a->nments);
    c->cnt->text_bytes += (uint64_t)(sign * (int64_t)a->text_len);
    *c->dirty = 1;
    return 0;
}

static int purge_gone(ctx *c) {
    int rc = 0;
    scratch *sc = c->sc;
    for (size_t i = 0; i < sc->ngone && !rc; i++)
        rc = ent_purge(c, sc->gone[i]);
    sc->ngone = 0;
    return rc;
}

/* Delete the text chunks of aid. */
static int text_del(ctx *c, uint32_t aid) {
    int rc;
    MDB_cursor *cu;
    uint8_t k[8];
    if ((rc = curs(c, DB_ART_TEXT, &cu))) return rc;
    be32(k, aid);
    be32(k + 4, 0);
    for (;;) {
        MDB_val key = {8, k}, v;
        if ((rc = mdb_cursor_get(cu, &key, &v, MDB_SET_RANGE))) break;
        if (key.mv_size != 8 || rd32(key.mv_data) != aid) break;
        if ((rc = mdb_cursor_del(cu, 0))) break;
    }
    return rc == MDB_NOTFOUND ? 0 : merr(rc);
}

static int text_put(ctx *c, uint32_t aid, const char *text, size_t len, int append) {
    int rc = 0;
    MDB_cursor *cu;
    uint8_t k[8];
    buf *b = &c->sc->val;
    if ((rc = curs(c, DB_ART_TEXT, &cu))) return rc;
    be32(k, aid);
    for (size_t off = 0, i = 0; off < len && !rc; off += TEXT_CHUNK, i++) {
        size_t n = len - off < TEXT_CHUNK ? len - off : TEXT_CHUNK;
        const uint8_t *p = (const uint8_t *)text + off;
        buf_reset(b);
        if ((huff_bits(p, n) + 7) / 8 < n) {
            buf_u8(b, 1);
            huff_encode(b, p, n);
        } else {
            buf_u8(b, 0);
            buf_bytes(b, p, n);
        }
        if ((rc = b->err)) break;
        MDB_val key = {8, k}, v = {b->len, b->p};
        be32(k + 4, (uint32_t)i);
        rc = merr(mdb_cursor_put(cu, &key, &v, append ? MDB_APPEND : 0));
    }
    return rc;
}

/* Check that r describes a text of len bytes, with ids and labels the store can
 * key. Everything a put can refuse as ENT_EINVAL is refused here, before any
 * write: the writer keeps using a txn after a soft error. */
static int result_check(const tag_result *r, size_t len) {
    if (!r) return 0;
    if ((r->nents && !r->ents) || (r->nments && !r->ments) || (r->nrels && !r->rels))
        return ENT_EINVAL;
    for (uint32_t i = 0; i < r->nents; i++) {
        const tag_entity *e = &r->ents[i];
        if (!e->id || !e->name || !e->type || !*e->id || strlen(e->id) > ENT_MAX_ID)
            return ENT_EINVAL;
    }
    for (uint32_t i = 0; i < r->nments; i++) {
        const tag_mention *m = &r->ments[i];
        if (m->ent >= r->nents || m->start > m->end || m->end > len) return ENT_EINVAL;
    }
    for (uint32_t i = 0; i < r->nrels; i++) {
        const tag_relation *x = &r->rels[i];
        if (x->a >= r->nents || x->b >= r->nents || !x->label || !*x->label ||
            strlen(x->label) > ENT_MAX_ID || x->sent_start > x->sent_end ||
            x->sent_end > len || x->trig_start > x->trig_end || x->trig_end > len)
            return ENT_EINVAL;
    }
    return 0;
}

/* Encode the record of article a (tag result r, entity nids) into b. */
static void art_encode(buf *b, const ent_article *a, const tag_result *r,
                       const uint32_t *nids, const uint32_t *lds, uint32_t sid,
                       int64_t ingest_ts, uint32_t nlabelled) {
    unsigned fl = (a->published != WHEN_NONE ? AF_PUBLISHED : 0) | (a->url ? AF_URL : 0) |
                  (a->title ? AF_TITLE : 0) |
                  (a->source ? (sid ? AF_SOURCE : AF_SOURCE_INLINE) : 0);
    uint8_t h[8];
    buf_reset(b);
    buf_u8(b, fl);
    if (fl & AF_PUBLISHED) buf_var(b, zz(a->published));
    buf_var(b, zz(ingest_ts));
    for (int i = 0; i < 8; i++)
        h[i] = (uint8_t)(a->hash >> (8 * i));
    buf_bytes(b, h, 8);
    buf_var(b, a->text_len);
    buf_var(b, r ? r->nments : 0);
    buf_var(b, nlabelled);
    buf_str(b, a->id, strlen(a->id));
    if (a->url) buf_str(b, a->url, strlen(a->url));
    if (a->title) buf_str(b, a->title, strlen(a->title));
    if (fl & AF_SOURCE) buf_var(b, sid);
    if (fl & AF_SOURCE_INLINE) buf_str(b, a->source, strlen(a->source));
    /* the tag section goes after its length: encode it at the end, then move it */
    size_t mark = b->len;
    uint32_t ne = r ? r->nents : 0, nm = r ? r->nments : 0, nr = r ? r->nrels : 0;
    buf_var(b, ne);
    for (uint32_t i = 0; i < ne; i++)
        buf_var(b, nids[i]);
    buf_var(b, nm);
    int64_t prev = 0;
    for (uint32_t i = 0; i < nm; i++) {
        const tag_mention *m = &r->ments[i];
        buf_var(b, zz((int64_t)m->start - prev));
        buf_var(b, m->end - m->start);
        buf_var(b, m->ent);
        buf_u8(b, m->via);
        prev = m->start;
    }
    buf_var(b, nr);
    prev = 0;
    for (uint32_t i = 0; i < nr; i++) {
        const tag_relation *x = &r->rels[i];
        int trig = x->trig_end > x->trig_start;
        buf_var(b, x->a);
        buf_var(b, x->b);
        buf_var(b, lds[i]);
        buf_u8(b, (x->role ? RF_ROLE : 0) | (trig ? RF_TRIGGER : 0));
        buf_var(b, zz((int64_t)x->sent_start - prev));
        buf_var(b, x->sent_end - x->sent_start);
        if (trig) {
            buf_var(b, zz((int64_t)x->trig_start - (int64_t)x->sent_start));
            buf_var(b, x->trig_end - x->trig_start);
        }
        if (x->role) buf_str(b, x->role, strlen(x->role));
        prev = x->sent_start;
    }
    if (b->err) return;
    size_t tl = b->len - mark;
    uint8_t lv[10];
    size_t ll = 0;
    for (uint64_t v = tl; ll == 0 || v; v >>= 7)
        lv[ll++] = (uint8_t)((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
    if (buf_need(b, ll)) return;
    memmove(b->p + mark + ll, b->p + mark, tl);
    memcpy(b->p + mark, lv, ll);
    b->len += ll;
}

/* Decode the record in sc->old (a copy: writes may move the pages) into *a and
 * sc->dec. */
static int old_load(ctx *c, uint32_t aid, art_rec *a) {
    MDB_val v;
    int rc = must(art_load(c, aid, &v));
    if (rc) return rc;
    buf_reset(&c->sc->old);
    buf_bytes(&c->sc->old, v.mv_data, v.mv_size);
    if ((rc = c->sc->old.err)) return rc;
    if ((rc = art_parse(c->sc->old.p, c->sc->old.len, a))) return rc;
    return tag_decode(a, &c->sc->dec);
}

int store_put_article(store_txn *t, const ent_article *a, const tag_result *r,
                      int64_t ingest_ts, int *status) {
    int rc;
    ctx c;
    MDB_val v;
    uint32_t aid = 0, nlabelled = 0, *lds = NULL;
    int exists = 0;
    size_t idlen;
    if (!t || !a || !a->id || !status || (!a->text && a->text_len) || t->child)
        return ENT_EINVAL;
    wctx(t, &c);
    scratch *sc = c.sc;
    int64_t ts = a->published != WHEN_NONE ? a->published : ingest_ts;
    idlen = strlen(a->id);
    if (idlen == 0 || idlen > ENT_MAX_ID || ts < TS_MIN || ts > TS_MAX ||
        a->text_len > ENT_MAX_TEXT)
        return ENT_EINVAL;
    if ((rc = result_check(r, a->text_len))) return rc;
    sc->ngone = 0;
    rc = dbget(&c, DB_ART_ID, a->id, idlen, &v);
    if (rc == 0) {
        art_rec old;
        if (v.mv_size != 4) {
            rc = ENT_ECORRUPT;
            goto out;
        }
        aid = rd32(v.mv_data);
        if ((rc = old_load(&c, aid, &old))) goto out;
        if (old.hash == a->hash) {
            *status = PUT_UNCHANGED;
            goto out;
        }
        exists = 1;
        if ((rc = art_apply(&c, &old, aid, -1, NULL))) goto out;
        if ((rc = text_del(&c, aid))) goto out;
    } else if (rc == ENT_ENOTFOUND) {
        uint8_t k[4];
        if (t->cnt.next_aid > UINT32_MAX) {
            rc = ENT_ETOOBIG;
            goto out;
        }
        aid = (uint32_t)t->cnt.next_aid++;
        t->dirty = 1;
        be32(k, aid);
        if ((rc = dbput(&c, DB_ART_ID, a->id, idlen, k, 4, MDB_NOOVERWRITE))) goto out;
    } else {
        goto out;
    }
    /* entities -> nids, labels -> ld */
    uint32_t ne = r ? r->nents : 0, nr = r ? r->nrels : 0;
    if (ent_grow(&sc->nids, &sc->cap_nids, (size_t)ne + nr + 1, sizeof(uint32_t))) {
        rc = ENT_ENOMEM;
        goto out;
    }
    for (uint32_t i = 0; i < ne; i++)
        if ((rc = ent_resolve(&c, &r->ents[i], &sc->nids[i]))) goto out;
    lds = sc->nids + ne;
    {
        const char *last = NULL;
        uint32_t lastlid = 0;
        for (uint32_t i = 0; i < nr; i++) {
            const tag_relation *x = &r->rels[i];
            if (!last || strcmp(last, x->label) != 0) {
                if ((rc = lab_lid(&c, x->label, 1, &lastlid))) goto out;
                last = x->label;
            }
            lds[i] = lastlid * 2 + (x->directed ? 1 : 0);
            nlabelled += strcmp(x->label, COMENTION) != 0;
        }
    }
    uint32_t sid = 0;
    /* a source too long to be a key stays inline in the record */
    if (a->source && strlen(a->source) <= ENT_MAX_ID &&
        (rc = src_sid(&c, a->source, strlen(a->source), 1, &sid)))
        goto out;
    art_encode(&sc->rec, a, r, sc->nids, lds, sid, ingest_ts, nlabelled);
    if ((rc = sc->rec.err)) goto out;
    {
        uint8_t k[4];
        be32(k, aid);
        if ((rc = dbput(&c, DB_ART, k, 4, sc->rec.p, sc->rec.len,
                        exists ? 0 : MDB_APPEND)))
            goto out;
    }
    if ((rc = text_put(&c, aid, a->text, a->text_len, !exists))) goto out;
    /* count through the same path a withdrawal takes: decode what we stored */
    {
        art_rec nrec;
        if ((rc = art_parse(sc->rec.p, sc->rec.len, &nrec))) goto out;
        if ((rc = tag_decode(&nrec, &sc->dec))) goto out;
        if ((rc = art_apply(&c, &nrec, aid, +1, r))) goto out;
    }
    if (!exists) t->cnt.articles++;
    if ((rc = purge_gone(&c))) goto out;
    *status = exists ? PUT_UPDATED : PUT_CREATED;
out:
    return rc;
}

int store_delete_article(store_txn *t, const char *id) {
    int rc;
    ctx c;
    MDB_val v;
    art_rec old;
    uint8_t k[4];
    if (!t || !id || t->child) return ENT_EINVAL;
    wctx(t, &c);
    c.sc->ngone = 0;
    size_t idlen = strlen(id);
    if (idlen == 0 || idlen > ENT_MAX_ID) return ENT_ENOTFOUND;
    if ((rc = dbget(&c, DB_ART_ID, id, idlen, &v))) goto out;
    if (v.mv_size != 4) {
        rc = ENT_ECORRUPT;
        goto out;
    }
    uint32_t aid = rd32(v.mv_data);
    if ((rc = old_load(&c, aid, &old))) goto out;
    if ((rc = art_apply(&c, &old, aid, -1, NULL))) goto out;
    if ((rc = text_del(&c, aid))) goto out;
    be32(k, aid);
    if ((rc = must(dbdel(&c, DB_ART, k, 4, NULL, 0)))) goto out;
    if ((rc = must(dbdel(&c, DB_ART_ID, id, idlen, NULL, 0)))) goto out;
    t->cnt.articles--;
    rc = purge_gone(&c);
out:
    return rc;
}

int store_put_api_entity(store_txn *t, const char *id, const char *json) {
    ctx c;
    if (!t || !id || !json || t->child) return ENT_EINVAL;
    size_t n = strlen(id);
    if (n == 0 || n > ENT_MAX_ID) return ENT_EINVAL;
    wctx(t, &c);
    return dbput(&c, DB_API_ENT, id, n, json, strlen(json), 0);
}

int store_delete_api_entity(store_txn *t, const char *id) {
    ctx c;
    if (!t || !id || t->child) return ENT_EINVAL;
    size_t n = strlen(id);
    if (n == 0 || n > ENT_MAX_ID) return ENT_ENOTFOUND;
    wctx(t, &c);
    return dbdel(&c, DB_API_ENT, id, n, NULL, 0);
}

/* ---- reads: helpers ------------------------------------------------------- */

static char *sdup(str s) {
    return ent_strndup(s.p ? s.p : "", s.n);
}

/* [lo, hi) of a window clamped to the key range; hi == TS_END: no upper bound. */
typedef struct win {
    int64_t lo, hi;
} win;

static win win_of(const store_window *w) {
    win v = {TS_MIN, TS_END};
    if (w && w->since != WHEN_NONE)
        v.lo = w->since < TS_MIN ? TS_MIN : w->since > TS_END ? TS_END : w->since;
    if (w && w->until != WHEN_NONE)
        v.hi = w->until < TS_MIN ? TS_MIN : w->until > TS_END ? TS_END : w->until;
    return v;
}

static int win_open(win v) {
    return v.lo == TS_MIN && v.hi == TS_END;
}

/* The first `need` bytes of chunk idx (cl bytes) of aid's text: *out points
 * into the txn's pages (raw chunk) or into the scratch's chunk cache. */
static int text_chunk(ctx *c, MDB_cursor *cu, uint32_t aid, uint32_t idx, size_t cl,
                      size_t need, const uint8_t **out) {
    int rc;
    scratch *sc = c->sc;
    uint8_t k[8];
    MDB_val key = {8, k}, v;
    for (unsigned i = 0; sc->tc && i < TEXT_CACHE; i++) {
        tchunk *t = &sc->tc[i];
        if (t->gen == sc->gen && t->aid == aid && t->idx == idx && t->len >= need) {
            *out = t->b;
            return 0;
        }
    }
    be32(k, aid);
    be32(k + 4, idx);
    if ((rc = must(merr(mdb_cursor_get(cu, &key, &v, MDB_SET_KEY))))) return rc;
    const uint8_t *p = v.mv_data;
    if (v.mv_size < 1 || p[0] > 1 || (p[0] == 0 && v.mv_size - 1 != cl))
        return ENT_ECORRUPT;
    if (p[0] == 0) {
        *out = p + 1;
        return 0;
    }
    if (!sc->tc && !(sc->tc = ent_calloc(TEXT_CACHE, sizeof(tchunk)))) return ENT_ENOMEM;
    tchunk *t = &sc->tc[sc->tc_next++ % TEXT_CACHE];
    t->gen = 0;
    if ((rc = huff_decode(p + 1, v.mv_size - 1, t->b, need, need == cl))) return rc;
    t->gen = sc->gen;
    t->aid = aid;
    t->idx = idx;
    t->len = (uint32_t)need;
    *out = t->b;
    return 0;
}

/* Bytes [start, end) of aid's text (text_len bytes) into a new string. */
static int text_slice(ctx *c, uint32_t aid, uint32_t text_len, uint32_t start,
                      uint32_t end, char **out) {
    int rc = 0;
    MDB_cursor *cu;
    char *s = NULL;
    *out = NULL;
    if (start > end || end > text_len) return ENT_ECORRUPT;
    if (!(s = ent_malloc((size_t)(end - start) + 1))) return ENT_ENOMEM;
    if ((rc = curs(c, DB_ART_TEXT, &cu))) goto out;
    size_t o = 0;
    for (uint32_t i = start / TEXT_CHUNK; start < end && (uint64_t)i * TEXT_CHUNK < end;
         i++) {
        uint64_t cs = (uint64_t)i * TEXT_CHUNK;
        size_t cl = text_len - cs < TEXT_CHUNK ? (size_t)(text_len - cs) : TEXT_CHUNK;
        uint64_t a = start > cs ? start : cs, b = end < cs + cl ? end : cs + cl;
        const uint8_t *p;
        /* decode only as far as the slice needs */
        if ((rc = text_chunk(c, cu, aid, i, cl, (size_t)(b - cs), &p))) goto out;
        memcpy(s + o, p + (a - cs), (size_t)(b - a));
        o += (size_t)(b - a);
    }
    if (o != (size_t)(end - start)) {
        rc = ENT_ECORRUPT;
        goto out;
    }
    s[o] = '\0';
    *out = s;
    s = NULL;
out:
    ent_free(s);
    return rc;
}

/* Exact sentences of relation rk in article aid (for saturated rel_ev items). */
static int art_occ(ctx *c, uint32_t aid, const uint8_t *rk, uint32_t *occ) {
    int rc;
    MDB_val v;
    art_rec a;
    tagdec *d = &c->sc->dec;
    *occ = 0;
    if ((rc = must(art_load(c, aid, &v)))) return rc;
    if ((rc = art_parse(v.mv_data, v.mv_size, &a)) || (rc = tag_decode(&a, d))) return rc;
    uint32_t ra = rd32(rk), rb = rd32(rk + 4), ld = rd16(rk + 8);
    for (size_t i = 0; i < d->nr; i++) {
        uint32_t x = d->nids[d->r[i].a], y = d->nids[d->r[i].b];
        if (d->r[i].ld != ld) continue;
        if ((x == ra && y == rb) || (!(ld & 1) && x == rb && y == ra)) ++*occ;
    }
    return 0;
}

typedef struct relwin {
    uint64_t count;
    uint32_t articles;
    int64_t first, last;
} relwin;

static int ev_occ(ctx *c, const uint8_t *rk, const uint8_t *item, uint32_t *occ) {
    if (item[15] < OCC_SAT) {
        *occ = item[15];
        return 0;
    }
    return art_occ(c, ev_aid(item), rk, occ);
}

/* The rel_ev item bound "relation rk at time ts" (ts == TS_END: after all of rk). */
static void ev_bound(uint8_t *it, const uint8_t *rk, int64_t ts) {
    uint32_t ld = rd16(rk + 8);
    if (ts >= TS_END)
        ev_item(it, rd32(rk + 4), ld + 1, TS_MIN, 0, 0);
    else
        ev_item(it, rd32(rk + 4), ld, ts, 0, 0);
}

/* 1 if rel_ev item v (under key a) belongs to relation rk. */
static int ev_of(const MDB_val *v, const uint8_t *rk) {
    return v->mv_size == EV_ITEM && memcmp(v->mv_data, rk + 4, 6) == 0;
}

/* Position cu on the last dup of key k that sorts before item bound. */
static int dup_last_before(MDB_cursor *cu, const void *k, size_t kl, const void *bound,
                           size_t bl, MDB_val *v) {
    MDB_val key = {kl, (void *)k};
    v->mv_size = bl;
    v->mv_data = (void *)bound;
    int rc = mdb_cursor_get(cu, &key, v, MDB_GET_BOTH_RANGE);
    if (rc == 0) return mdb_cursor_get(cu, &key, v, MDB_PREV_DUP);
    if (rc != MDB_NOTFOUND) return rc;
    key.mv_size = kl;
    key.mv_data = (void *)k;
    if ((rc = mdb_cursor_get(cu, &key, v, MDB_SET_KEY))) return rc;
    return mdb_cursor_get(cu, &key, v, MDB_LAST_DUP);
}

/* Count, articles, first and last time of relation rk within w (rel_ev items). */
static int rel_window(ctx *c, const uint8_t *rk, win w, relwin *out) {
    int rc;
    MDB_cursor *cu;
    MDB_val key = {4, (void *)rk}, v;
    uint8_t it[EV_ITEM];
    out->count = 0;
    out->articles = 0;
    out->first = out->last = WHEN_NONE;
    if (w.lo >= w.hi) return 0;
    if ((rc = curs(c, DB_REL_EV, &cu))) return rc;
    ev_bound(it, rk, w.lo);
    v.mv_size = EV_ITEM;
    v.mv_data = it;
    rc = mdb_cursor_get(cu, &key, &v, MDB_GET_BOTH_RANGE);
    for (; rc == 0; rc = mdb_cursor_get(cu, &key, &v, MDB_NEXT_DUP)) {
        if (!ev_of(&v, rk)) break;
        int64_t ts = ev_ts(v.mv_data);
        if (ts >= w.hi) break;
        uint32_t occ;
        if ((rc = ev_occ(c, rk, v.mv_data, &occ))) return rc;
        out->count += occ;
        out->articles++;
        if (out->first == WHEN_NONE) out->first = ts;
        out->last = ts;
    }
    return rc == MDB_NOTFOUND ? 0 : merr(rc);
}

/* First and last time of relation rk (all time). */
static int rel_span(ctx *c, const uint8_t *rk, int64_t *first, int64_t *last) {
    int rc;
    MDB_cursor *cu;
    MDB_val key = {4, (void *)rk}, v;
    uint8_t it[EV_ITEM];
    *first = *last = WHEN_NONE;
    if ((rc = curs(c, DB_REL_EV, &cu))) return rc;
    ev_bound(it, rk, TS_MIN);
    v.mv_size = EV_ITEM;
    v.mv_data = it;
    rc = mdb_cursor_get(cu, &key, &v, MDB_GET_BOTH_RANGE);
    if (rc == 0 && ev_of(&v, rk)) *first = ev_ts(v.mv_data);
    if (rc && rc != MDB_NOTFOUND) return merr(rc);
    ev_bound(it, rk, TS_END);
    rc = dup_last_before(cu, rk, 4, it, EV_ITEM, &v);
    if (rc == 0 && ev_of(&v, rk)) *last = ev_ts(v.mv_data);
    return rc == MDB_NOTFOUND ? 0 : merr(rc);
}

/* Canonical relation key of x's rel_ent item (y, ld, dir). */
static void rk_of(uint32_t x, uint32_t y, uint32_t ld, int dir, uint8_t *rk) {
    if (dir == DIR_IN || (dir == DIR_BOTH && x > y))
        rk_key(rk, y, x, ld);
    else
        rk_key(rk, x, y, ld);
}

/* ---- reads: entities -------------------------------------------------------- */

void store_entity_clear(store_entity *e) {
    if (!e) return;
    ent_free(e->id);
    ent_free(e->name);
    ent_free(e->type);
    memset(e, 0, sizeof(*e));
}

static int ent_span(ctx *c, uint32_t nid, int64_t *first, int64_t *last) {
    int rc;
    MDB_cursor *cu;
    uint8_t k[4];
    MDB_val key = {4, k}, v;
    *first = *last = WHEN_NONE;
    be32(k, nid);
    if ((rc = curs(c, DB_ENT_ART, &cu))) return rc;
    if ((rc = mdb_cursor_get(cu, &key, &v, MDB_SET_KEY)) == 0 &&
        (rc = mdb_cursor_get(cu, &key, &v, MDB_FIRST_DUP)) == 0) {
        *first = rts5(v.mv_data);
        if ((rc = mdb_cursor_get(cu, &key, &v, MDB_LAST_DUP)) == 0)
            *last = rts5(v.mv_data);
    }
    return rc == MDB_NOTFOUND ? 0 : merr(rc);
}

/* A run-time entry that was never mentioned: name and type from its JSON. */
static int api_entity(ctx *c, const char *id, store_entity *out) {
    int rc;
    MDB_val v;
    json_t *j = NULL;
    if ((rc = dbget(c, DB_API_ENT, id, strlen(id), &v))) goto out;
    j = json_loadb(v.mv_data, v.mv_size, 0, NULL);
    if (!j) {
        rc = ENT_ECORRUPT; /* or out of memory: jansson does not say */
        goto out;
    }
    const char *name = json_string_value(json_object_get(j, "name"));
    const char *type = json_string_value(json_object_get(j, "type"));
    out->id = ent_strdup(id);
    out->name = ent_strdup(name ? name : id);
    out->type = ent_strdup(type ? type : "");
    out->origin = ORIGIN_API;
    out->first_seen = out->last_seen = WHEN_NONE;
    if (!out->id || !out->name || !out->type) rc = ENT_ENOMEM;
out:
    json_decref(j);
    return rc;
}

int store_entity_get(store_rtxn *r, const char *id, store_entity *out) {
    int rc;
    ctx c;
    uint32_t nid;
    ent_rec e;
    if (!out) return ENT_EINVAL;
    memset(out, 0, sizeof(*out));
    if (!r || !id) return ENT_EINVAL;
    rctx(r, &c);
    rc = ent_nid(&c, id, strlen(id), &nid);
    if (rc == ENT_ENOTFOUND) {
        if (strlen(id) == 0 || strlen(id) > ENT_MAX_ID) goto out;
        rc = api_entity(&c, id, out);
        goto out;
    }
    if (rc) goto out;
    if ((rc = must(ent_get(&c, nid, &e)))) goto out;
    uint64_t arts, ments;
    if ((rc = ent_counts(&c, nid, &arts, &ments))) goto out;
    out->id = sdup(e.id);
    out->name = sdup(e.name);
    out->type = sdup(e.type);
    out->origin = e.origin;
    out->mentions = ments;
    out->articles = (uint32_t)arts;
    if (!out->id || !out->name || !out->type) {
        rc = ENT_ENOMEM;
        goto out;
    }
    rc = ent_span(&c, nid, &out->first_seen, &out->last_seen);
out:
    if (rc) store_entity_clear(out);
    return rc;
}

uint64_t store_entity_mentions(store_rtxn *r, const char *id) {
    ctx c;
    uint32_t nid;
    uint64_t arts, ments;
    if (!r || !id) return 0;
    rctx(r, &c);
    if (ent_nid(&c, id, strlen(id), &nid) || ent_counts(&c, nid, &arts, &ments)) return 0;
    return ments;
}

int store_entity_known(store_rtxn *r, const char *id) {
    ctx c;
    uint32_t nid;
    MDB_val v;
    if (!r || !id) return 0;
    size_t n = strlen(id);
    rctx(r, &c);
    if (ent_nid(&c, id, n, &nid) == 0) return 1;
    return n > 0 && n <= ENT_MAX_ID && dbget(&c, DB_API_ENT, id, n, &v) == 0;
}

size_t store_entity_names(store_rtxn *r, const char *folded, size_t len, int exact,
                          char **ids, size_t max) {
    size_t n = 0;
    ctx c;
    MDB_cursor *cu;
    MDB_val k, v;
    int rc;
    buf *kb;
    if (!r || (!folded && len) || !ids || max == 0 || len > NAME_KEY_MAX) return 0;
    rctx(r, &c);
    kb = &c.sc->key;
    buf_reset(kb);
    buf_bytes(kb, folded, len);
    if (exact) buf_u8(kb, 0); /* keys are name, NUL, nid: an exact name is a prefix */
    if (kb->err || curs(&c, DB_ENT_NAME, &cu)) return 0;
    k.mv_size = kb->len;
    k.mv_data = kb->p;
    rc = kb->len ? mdb_cursor_get(cu, &k, &v, MDB_SET_RANGE)
                 : mdb_cursor_get(cu, &k, &v, MDB_FIRST);
    for (; rc == 0 && n < max; rc = mdb_cursor_get(cu, &k, &v, MDB_NEXT)) {
        const uint8_t *p = k.mv_data;
        if (k.mv_size < kb->len + 4 || memcmp(p, kb->p, kb->len) != 0) break;
        if (exact && k.mv_size != kb->len + 4) continue;
        ent_rec e;
        if (ent_get(&c, rd32(p + k.mv_size - 4), &e)) continue;
        if (!(ids[n] = sdup(e.id))) break;
        n++;
    }
    return n;
}

/* ---- reads: relations of an entity ------------------------------------------ */

typedef struct cand {
    uint32_t y, ld;
    uint8_t dir;
    uint64_t count;
    uint32_t articles;
    int64_t first, last;
    uint32_t lrank;
    const char *oid; /* other id, resolved lazily (in c's pages) */
    size_t oidn;
    str oname, otype; /* with oid */
    uint8_t rk[RK_LEN];
} cand;

/* Sort keys: small, so ordering thousands of neighbours moves little memory. */
typedef struct ckey {
    uint64_t count;
    uint32_t lrank, y, idx; /* idx: into the candidates */
} ckey;

static int cmp_ckey(const void *x, const void *y) {
    const ckey *a = x, *b = y;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    if (a->lrank != b->lrank) return a->lrank < b->lrank ? -1 : 1;
    return (a->y > b->y) - (a->y < b->y);
}

/* The full order: count, label, other id (then direction). */
typedef struct okey {
    uint64_t count;
    uint32_t lrank, idx;
    str oid;
    uint32_t dir;
} okey;

static int cmp_oid(const okey *a, const okey *b) {
    int c = cmp_str(&a->oid, &b->oid);
    return c ? c : (a->dir > b->dir) - (a->dir < b->dir);
}

static int cmp_okey(const void *x, const void *y) {
    const okey *a = x, *b = y;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    if (a->lrank != b->lrank) return a->lrank < b->lrank ? -1 : 1;
    return cmp_oid(a, b);
}

static int cmp_okey_oid(const void *x, const void *y) {
    return cmp_oid(x, y);
}

/* Two functions for sort keys of type T, written once for both key types:
 *   sort_T(v, n, cmp): sort v[0..n), by insertion for a page's few rows
 *     (qsort's merge sort and indirect compares cost more there), qsort beyond;
 *   first_T(v, n, h, k, cmp): keep in h[0..k) the k first of v[0..n) by cmp
 *     (a max-heap), sorted. */
#define SMALL_SORT 32
#define DEFINE_KEY_SORTS(T)                                                                \
    static void sort_##T(T *v, size_t n, int (*cmp)(const void *, const void *)) {         \
        if (n > SMALL_SORT) {                                                              \
            qsort(v, n, sizeof(T), cmp);                                                   \
            return;                                                                        \
        }                                                                                  \
        for (size_t i = 1; i < n; i++) {                                                   \
            T t = v[i];                                                                    \
            size_t j = i;                                                                  \
            for (; j > 0 && cmp(&v[j - 1], &t) > 0; j--) v[j] = v[j - 1];                  \
            v[j] = t;                                                                      \
        }                                                                                  \
    }                                                                                      \
    static void first_##T(const T *v, size_t n, T *h, size_t k,                            \
                          int (*cmp)(const void *, const void *)) {                        \
        size_t m = 0;                                                                      \
        for (size_t i = 0; i < n; i++) {                                                   \
            if (m < k) {                                                                   \
                size_t c = m++;                                                            \
                h[c] = v[i];                                                               \
                while (c > 0 && cmp(&h[(c - 1) / 2], &h[c]) < 0) {                         \
                    T t = h[c];                                                            \
                    h[c] = h[(c - 1) / 2];                                                 \
                    h[(c - 1) / 2] = t;                                                    \
                    c = (c - 1) / 2;                                                       \
                }                                                                          \
            } else if (cmp(&v[i], &h[0]) < 0) {                                            \
                size_t c = 0;                                                              \
                h[0] = v[i];                                                               \
                for (;;) {                                                                 \
                    size_t l = 2 * c + 1, r = l + 1, big = c;                              \
                    if (l < m && cmp(&h[l], &h[big]) > 0) big = l;                         \
                    if (r < m && cmp(&h[r], &h[big]) > 0) big = r;                         \
                    if (big == c) break;                                                   \
                    T t = h[c];                                                            \
                    h[c] = h[big];                                                         \
                    h[big] = t;                                                            \
                    c = big;                                                               \
                }                                                                          \
            }                                                                              \
        }                                                                                  \
        sort_##T(h, m, cmp);                                                               \
    }
DEFINE_KEY_SORTS(ckey)
DEFINE_KEY_SORTS(okey)
#undef DEFINE_KEY_SORTS

void store_rels_free(store_rel *v, size_t n) {
    (void)n; /* the rows' strings live in the same block */
    ent_free(v);
}

/* Copy s NUL-terminated to *sp (advanced past it). */
static char *pool_str(char **sp, str s) {
    char *p = *sp;
    if (s.n) memcpy(p, s.p, s.n);
    p[s.n] = '\0';
    *sp = p + s.n + 1;
    return p;
}

static void rel_clear(store_rel *x) {
    ent_free(x->other_id);
    ent_free(x->other_name);
    ent_free(x->other_type);
    ent_free(x->label);
    memset(x, 0, sizeof(*x));
}

/* Fill x (other side nid y) from a candidate. */
static int rel_fill(ctx *c, const labtab *lt, const cand *k, store_rel *x) {
    int rc;
    ent_rec e;
    memset(x, 0, sizeof(*x));
    if ((rc = must(ent_get(c, k->y, &e)))) return rc;
    x->other_id = sdup(e.id);
    x->other_name = sdup(e.name);
    x->other_type = sdup(e.type);
    x->label = sdup(lab_name(lt, k->ld >> 1));
    x->directed = k->ld & 1;
    x->direction = k->dir;
    x->count = k->count;
    x->articles = k->articles;
    x->first_seen = k->first;
    x->last_seen = k->last;
    if (!x->other_id || !x->other_name || !x->other_type || !x->label) {
        rel_clear(x);
        return ENT_ENOMEM;
    }
    return 0;
}

/* One rel_ent item of x as a candidate (label filter lid, UINT32_MAX = any;
 * label left out `skip`), counted in w. *keep = 0 when it is filtered out or has
 * no occurrence in w. */
static int cand_of(ctx *c, uint32_t x, const uint8_t *it, uint32_t lid, uint32_t skip,
                   win w, int open, const labtab *lt, cand *q, int *keep) {
    int rc;
    *keep = 0;
    q->y = rd32(it);
    q->ld = rd16(it + 4);
    q->dir = it[6];
    if ((lid != UINT32_MAX && (q->ld >> 1) != lid) || (q->ld >> 1) == skip) return 0;
    q->oid = NULL;
    q->oidn = 0;
    if (open) {
        q->count = rd32(it + 7);
        q->articles = rd32(it + 11);
        q->first = rts5(it + 15);
        q->last = rts5(it + 20);
    } else {
        relwin rw;
        rk_of(x, q->y, q->ld, q->dir, q->rk);
        if ((rc = rel_window(c, q->rk, w, &rw))) return rc;
        q->count = rw.count;
        q->articles = rw.articles;
        q->first = rw.first;
        q->last = rw.last;
    }
    if (q->count == 0) return 0;
    q->lrank = (q->ld >> 1) < lt->n ? lt->rank[q->ld >> 1] : UINT32_MAX;
    *keep = 1;
    return 0;
}

/* Candidates of x's rel_ent items (only those with y when pair), label filter
 * lid (UINT32_MAX = any) and label left out `skip` (UINT32_MAX = none), counted
 * in w, into *out (capacity *cap, grown here; the caller frees it). */
static int cands_collect(ctx *c, uint32_t x, int pair, uint32_t y, uint32_t lid,
                         uint32_t skip, win w, const labtab *lt, cand **out, size_t *cap,
                         size_t *n) {
    int rc, keep;
    MDB_cursor *cu;
    uint8_t k[4], bound[RE_ITEM];
    MDB_val key = {4, k}, v = {RE_ITEM, bound};
    int open = win_open(w);
    *n = 0;
    be32(k, x);
    memset(bound, 0, sizeof(bound));
    if (pair) be32(bound, y);
    if ((rc = curs(c, DB_REL_ENT, &cu))) return rc;
    /* the rel_ev cursor is used inside the loops: rel_ent's stays ours */
    if (pair) {
        for (rc = mdb_cursor_get(cu, &key, &v, MDB_GET_BOTH_RANGE); rc == 0;
             rc = mdb_cursor_get(cu, &key, &v, MDB_NEXT_DUP)) {
            const uint8_t *it = v.mv_data;
            if (v.mv_size != RE_ITEM) return ENT_ECORRUPT;
            if (rd32(it) != y) break;
            if (ent_grow(out, cap, *n + 1, sizeof(cand))) return ENT_ENOMEM;
            if ((rc = cand_of(c, x, it, lid, skip, w, open, lt, &(*out)[*n], &keep))) return rc;
            *n += (size_t)keep;
        }
        return rc == MDB_NOTFOUND ? 0 : merr(rc);
    }
    /* every item of x: a page of packed items per cursor call */
    rc = mdb_cursor_get(cu, &key, &v, MDB_SET_KEY);
    if (rc == 0) rc = mdb_cursor_get(cu, &key, &v, MDB_GET_MULTIPLE);
    for (; rc == 0; rc = mdb_cursor_get(cu, &key, &v, MDB_NEXT_MULTIPLE)) {
        if (v.mv_size % RE_ITEM) return ENT_ECORRUPT;
        size_t m = v.mv_size / RE_ITEM;
        if (ent_grow(out, cap, *n + m, sizeof(cand))) return ENT_ENOMEM;
        for (size_t i = 0; i < m; i++) {
            const uint8_t *it = (const uint8_t *)v.mv_data + i * RE_ITEM;
            if ((rc = cand_of(c, x, it, lid, skip, w, open, lt, &(*out)[*n], &keep))) return rc;
            *n += (size_t)keep;
        }
    }
    return rc == MDB_NOTFOUND ? 0 : merr(rc);
}

/* Other ids of the candidates with need[i] set (pointers into the read txn's
 * pages). Candidates come in nid order, so the cursor mostly stays on its leaf
 * page from one lookup to the next. */
static int cands_oid(ctx *c, cand *cs, size_t nc, const uint8_t *need) {
    int rc;
    MDB_cursor *cu;
    uint8_t key[4];
    if ((rc = curs(c, DB_ENT, &cu))) return rc;
    for (size_t i = 0; i < nc; i++) {
        if (!need[i]) continue;
        MDB_val kv = {4, key}, v;
        ent_rec e;
        be32(key, cs[i].y);
        if ((rc = must(merr(mdb_cursor_get(cu, &kv, &v, MDB_SET_KEY))))) return rc;
        if ((rc = ent_parse(v.mv_data, v.mv_size, &e))) return rc;
        cs[i].oid = e.id.p;
        cs[i].oidn = e.id.n;
        cs[i].oname = e.name;
        cs[i].otype = e.type;
    }
    return 0;
}

static int entity_relations(store_rtxn *r, const char *id, const char *label,
                            int labelled, const char *with_id, const store_window *w,
                            size_t offset, size_t limit, store_rel **out, size_t *n,
                            int *more) {
    int rc;
    ctx c;
    uint32_t nid, other = 0, lid = UINT32_MAX, skip = UINT32_MAX;
    cand *cs;
    ckey *ks;
    okey *os;
    uint8_t *need;
    size_t nc = 0;
    const labtab *lt = NULL;
    store_rel *res = NULL;
    size_t nres = 0;
    win wv = win_of(w);
    if (!out || !n || !more) return ENT_EINVAL;
    *out = NULL;
    *n = 0;
    *more = 0;
    if (!r || !id) return ENT_EINVAL;
    rctx(r, &c);
    if ((rc = ent_nid_q(&c, id, &nid)) || nid == 0) goto out;
    if (label && (rc = lab_lid(&c, label, 0, &lid))) {
        if (rc == ENT_ENOTFOUND || rc == ENT_EINVAL) rc = 0; /* no such label: nothing */
        goto out;
    }
    if (with_id && ((rc = ent_nid(&c, with_id, strlen(with_id), &other)))) {
        if (rc == ENT_ENOTFOUND) rc = 0; /* unknown other side: no relation */
        goto out;
    }
    if ((rc = labtab_get(&c, &lt))) goto out;
    if (labelled) skip = lt->comention;
    /* the arrays live in the thread's scratch, reused from call to call */
    scratch *sc = c.sc;
    rc = cands_collect(&c, nid, with_id != NULL, other, lid, skip, wv, lt,
                       (cand **)&sc->qc, &sc->cap_qc, &nc);
    cs = sc->qc;
    if (rc) goto out;
    size_t end = offset > nc ? nc : offset;
    end = limit > nc - end ? nc : end + limit;
    *more = nc > end;
    if (offset >= end) goto out;
    /* The first `end` by (count, label) on small keys (a bounded heap, not a
     * sort of every neighbour). Other ids then decide only among the first
     * rows and the (count, label) group holding the page's last row, of which
     * only the smallest ids are kept. */
    if (ent_grow(&sc->qk, &sc->cap_qk, nc + end, sizeof(ckey)) ||
        ent_grow(&sc->qn, &sc->cap_qn, nc, 1)) {
        rc = ENT_ENOMEM;
        goto out;
    }
    ks = sc->qk;
    need = sc->qn;
    memset(need, 0, nc);
    for (size_t i = 0; i < nc; i++)
        ks[i] = (ckey){cs[i].count, cs[i].lrank, cs[i].y, (uint32_t)i};
    ckey *top = ks + nc;
    first_ckey(ks, nc, top, end, cmp_ckey);
    ckey last = top[end - 1];
    size_t g0 = end - 1, ng = 0;
    while (g0 > 0 && top[g0 - 1].count == last.count && top[g0 - 1].lrank == last.lrank)
        g0--;
    for (size_t i = 0; i < g0; i++)
        need[top[i].idx] = 1;
    for (size_t i = 0; i < nc; i++)
        if (cs[i].count == last.count && cs[i].lrank == last.lrank) need[i] = 2, ng++;
    if ((rc = cands_oid(&c, cs, nc, need))) goto out;
    if (ent_grow(&sc->qo, &sc->cap_qo, g0 + ng + end - g0 + 1, sizeof(okey))) {
        rc = ENT_ENOMEM;
        goto out;
    }
    os = sc->qo;
    for (size_t i = 0; i < g0; i++) {
        const cand *x = &cs[top[i].idx];
        os[i] = (okey){x->count, x->lrank, top[i].idx, {x->oid, x->oidn}, x->dir};
    }
    okey *grp = os + g0;
    for (size_t i = 0, k = 0; i < nc; i++)
        if (need[i] == 2)
            grp[k++] = (okey){cs[i].count,
                              cs[i].lrank,
                              (uint32_t)i,
                              {cs[i].oid, cs[i].oidn},
                              cs[i].dir};
    sort_okey(os, g0, cmp_okey);
    first_okey(grp, ng, grp + ng, end - g0, cmp_okey_oid);
    memmove(grp, grp + ng, (end - g0) * sizeof(okey));
    /* the page: one block holds the rows and then their strings */
    size_t bytes = (end - offset) * sizeof(store_rel);
    for (size_t i = offset; i < end; i++) {
        const cand *x = &cs[os[i].idx];
        bytes += x->oidn + x->oname.n + x->otype.n + lab_name(lt, x->ld >> 1).n + 4;
    }
    if (!(res = ent_malloc(bytes))) {
        rc = ENT_ENOMEM;
        goto out;
    }
    char *sp = (char *)(res + (end - offset));
    for (size_t i = offset; i < end; i++) {
        const cand *x = &cs[os[i].idx];
        store_rel *o = &res[nres++];
        str lab = lab_name(lt, x->ld >> 1);
        o->other_id = pool_str(&sp, (str){x->oid, x->oidn});
        o->other_name = pool_str(&sp, x->oname);
        o->other_type = pool_str(&sp, x->otype);
        o->label = pool_str(&sp, lab);
        o->directed = x->ld & 1;
        o->direction = x->dir;
        o->count = x->count;
        o->articles = x->articles;
        o->first_seen = x->first;
        o->last_seen = x->last;
    }
out:
    if (rc) {
        ent_free(res);
        nres = 0;
        res = NULL;
        *more = 0;
    }
    *out = res;
    *n = nres;
    return rc;
}

int store_entity_relations(store_rtxn *r, const char *id, const char *label,
                           const char *with_id, const store_window *w, size_t offset,
                           size_t limit, store_rel **out, size_t *n, int *more) {
    return entity_relations(r, id, label, 0, with_id, w, offset, limit, out, n, more);
}

int store_entity_relations_labelled(store_rtxn *r, const char *id, const char *label,
                                    const char *with_id, const store_window *w,
                                    size_t offset, size_t limit, store_rel **out,
                                    size_t *n, int *more) {
    return entity_relations(r, id, label, 1, with_id, w, offset, limit, out, n, more);
}

/* ---- reads: relations of a pair ---------------------------------------------- */

static void evidence_clear(store_evidence *e) {
    ent_free(e->article);
    ent_free(e->text);
    ent_free(e->trigger);
    ent_free(e->role);
}

void store_pair_rels_free(store_pair_rel *v, size_t n) {
    if (!v) return;
    for (size_t i = 0; i < n; i++) {
        rel_clear(&v[i].rel);
        for (size_t k = 0; k < v[i].nev; k++)
            evidence_clear(&v[i].ev[k]);
        ent_free(v[i].ev);
    }
    ent_free(v);
}

/* Up to nev evidence items of relation rk within w, newest article first. */
static int evidence(ctx *c, const uint8_t *rk, win w, size_t nev, store_pair_rel *pr) {
    int rc;
    MDB_cursor *cu;
    MDB_val key = {4, (void *)rk}, v;
    uint8_t it[EV_ITEM];
    uint32_t ra = rd32(rk), rb = rd32(rk + 4), ld = rd16(rk + 8);
    tagdec *d = &c->sc->dec;
    if (nev == 0 || w.lo >= w.hi) return 0;
    if (!(pr->ev = ent_calloc(nev, sizeof(store_evidence)))) return ENT_ENOMEM;
    if ((rc = curs(c, DB_REL_EV, &cu))) return rc;
    ev_bound(it, rk, w.hi); /* the newest item before hi, then back in time */
    for (rc = dup_last_before(cu, rk, 4, it, EV_ITEM, &v); rc == 0 && pr->nev < nev;
         rc = mdb_cursor_get(cu, &key, &v, MDB_PREV_DUP)) {
        if (!ev_of(&v, rk)) break;
        int64_t ts = ev_ts(v.mv_data);
        if (ts < w.lo) break;
        uint32_t aid = ev_aid(v.mv_data);
        MDB_val av;
        art_rec a;
        if ((rc = must(art_load(c, aid, &av)))) return rc;
        if ((rc = art_parse(av.mv_data, av.mv_size, &a)) || (rc = tag_decode(&a, d)))
            return rc;
        for (size_t i = 0; i < d->nr && pr->nev < nev; i++) {
            const rec_rel *x = &d->r[i];
            uint32_t xa = d->nids[x->a], xb = d->nids[x->b];
            if (x->ld != ld ||
                !((xa == ra && xb == rb) || (!(ld & 1) && xa == rb && xb == ra)))
                continue;
            store_evidence *e = &pr->ev[pr->nev++];
            e->ts = ts;
            e->start = x->ss;
            e->end = x->se;
            if (!(e->article = sdup(a.id))) return ENT_ENOMEM;
            if ((rc = text_slice(c, aid, a.text_len, x->ss, x->se, &e->text))) return rc;
            if (x->te > x->ts &&
                (rc = text_slice(c, aid, a.text_len, x->ts, x->te, &e->trigger)))
                return rc;
            if (x->role.p && !(e->role = sdup(x->role))) return ENT_ENOMEM;
        }
    }
    return rc == MDB_NOTFOUND ? 0 : merr(rc);
}

static int cmp_pair(const void *x, const void *y) {
    const store_pair_rel *a = x, *b = y;
    if (a->rel.count != b->rel.count) return a->rel.count > b->rel.count ? -1 : 1;
    int c = strcmp(a->rel.label, b->rel.label);
    if (c) return c;
    return (a->rel.direction > b->rel.direction) - (a->rel.direction < b->rel.direction);
}

int store_pair_relations(store_rtxn *r, const char *a_id, const char *b_id,
                         const char *label, const store_window *w, size_t nev,
                         store_pair_rel **out, size_t *n) {
    int rc;
    ctx c;
    uint32_t a, b, lid = UINT32_MAX;
    cand *cs = NULL;
    size_t nc = 0;
    const labtab *lt = NULL;
    store_pair_rel *res = NULL;
    size_t nres = 0;
    win wv = win_of(w);
    if (!out || !n) return ENT_EINVAL;
    *out = NULL;
    *n = 0;
    if (!r || !a_id || !b_id) return ENT_EINVAL;
    rctx(r, &c);
    if ((rc = ent_nid_q(&c, a_id, &a)) || (rc = ent_nid_q(&c, b_id, &b)) || !a || !b)
        goto out;
    if (label && (rc = lab_lid(&c, label, 0, &lid))) {
        if (rc == ENT_ENOTFOUND || rc == ENT_EINVAL) rc = 0;
        goto out;
    }
    if ((rc = labtab_get(&c, &lt))) goto out;
    size_t cap = 0;
    if ((rc = cands_collect(&c, a, 1, b, lid, UINT32_MAX, wv, lt, &cs, &cap, &nc))) goto out;
    if (nc == 0) goto out;
    if (!(res = ent_calloc(nc, sizeof(store_pair_rel)))) {
        rc = ENT_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < nc; i++) {
        cand *x = &cs[i];
        if ((rc = rel_fill(&c, lt, x, &res[i].rel))) goto out;
        nres++;
        rk_of(a, x->y, x->ld, x->dir, x->rk);
        if ((rc = evidence(&c, x->rk, wv, nev, &res[i]))) goto out;
    }
    if (nres > 1) qsort(res, nres, sizeof(store_pair_rel), cmp_pair);
out:
    if (rc) {
        store_pair_rels_free(res, nc);
    } else {
        *out = res;
        *n = nres;
    }
    ent_free(cs);
    return rc;
}

/* ---- reads: top relations ---------------------------------------------------- */

typedef struct agg {
    uint32_t a, b, ld1; /* ld1 = ld + 1; 0 = empty slot */
    uint32_t articles;
    uint64_t count;
    uint32_t last; /* aid last counted (article scans count each article once) */
} agg;

typedef struct aggtab {
    agg *v;
    size_t cap, n; /* cap: power of two */
} aggtab;

static size_t agg_hash(uint32_t a, uint32_t b, uint32_t ld) {
    uint64_t h = ((uint64_t)a * 0x9E3779B97F4A7C15ull) ^
                 ((uint64_t)b * 0xC2B2AE3D27D4EB4Full) ^
                 ((uint64_t)ld * 0x165667B19E3779F9ull);
    return (size_t)(h ^ (h >> 29));
}

/* Add count and arts to relation (a, b, ld); aid (not 0) adds one article
 * unless that article was the last one counted for it. */
static int agg_add(aggtab *t, uint32_t a, uint32_t b, uint32_t ld, uint64_t count,
                   uint32_t arts, uint32_t aid) {
    if ((t->n + 1) * 2 > t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 256;
        agg *nv = ent_calloc(ncap, sizeof(agg));
        if (!nv) return ENT_ENOMEM;
        for (size_t i = 0; i < t->cap; i++) {
            if (!t->v[i].ld1) continue;
            size_t h = agg_hash(t->v[i].a, t->v[i].b, t->v[i].ld1 - 1) & (ncap - 1);
            while (nv[h].ld1)
                h = (h + 1) & (ncap - 1);
            nv[h] = t->v[i];
        }
        ent_free(t->v);
        t->v = nv;
        t->cap = ncap;
    }
    size_t h = agg_hash(a, b, ld) & (t->cap - 1);
    while (t->v[h].ld1 && !(t->v[h].a == a && t->v[h].b == b && t->v[h].ld1 == ld + 1))
        h = (h + 1) & (t->cap - 1);
    if (!t->v[h].ld1) {
        t->v[h] = (agg){a, b, ld + 1, 0, 0, 0};
        t->n++;
    }
    t->v[h].count += count;
    t->v[h].articles += arts;
    if (aid && t->v[h].last != aid) {
        t->v[h].last = aid;
        t->v[h].articles++;
    }
    return 0;
}

/* Which labels a top query counts: one lid, or every lid but the co-mention. */
typedef struct labsel {
    uint32_t lid; /* UINT32_MAX: any except cm */
    uint32_t cm;  /* co-mention lid or UINT32_MAX */
} labsel;

static int labsel_ok(const labsel *s, uint32_t ld) {
    return s->lid != UINT32_MAX ? (ld >> 1) == s->lid : (ld >> 1) != s->cm;
}

/* Relations of the articles with lo <= ts < hi, from their records. */
static int agg_articles(ctx *c, int64_t lo, int64_t hi, const labsel *sel, aggtab *t) {
    int rc;
    MDB_cursor *cu;
    uint8_t k[TIME_LEN];
    MDB_val key = {TIME_LEN, k}, v;
    scratch *sc = c->sc;
    if (lo >= hi) return 0;
    ts5(k, lo);
    be32(k + 5, 0);
    if ((rc = curs(c, DB_ART_TIME, &cu))) return rc;
    for (rc = mdb_cursor_get(cu, &key, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cu, &key, &v, MDB_NEXT)) {
        if (key.mv_size != TIME_LEN) return ENT_ECORRUPT;
        if (rts5(key.mv_data) >= hi) break;
        MDB_val av;
        art_rec a;
        uint32_t aid = rd32((const uint8_t *)key.mv_data + 5);
        if ((rc = must(art_load(c, aid, &av)))) return rc;
        if ((rc = art_parse(av.mv_data, av.mv_size, &a)) ||
            (rc = tag_decode(&a, &sc->dec)))
            return rc;
        const tagdec *d = &sc->dec;
        for (size_t i = 0; i < d->nr; i++) {
            uint32_t x = d->nids[d->r[i].a], y = d->nids[d->r[i].b], ld = d->r[i].ld;
            if (x == y || !labsel_ok(sel, ld)) continue;
            if (!(ld & 1) && x > y) {
                uint32_t tmp = x;
                x = y;
                y = tmp;
            }
            if ((rc = agg_add(t, x, y, ld, 1, 0, aid))) return rc;
        }
    }
    return rc == MDB_NOTFOUND ? 0 : merr(rc);
}

/* Whole days [d0, d1) from rel_day (labelled relations). */
static int agg_days(ctx *c, int64_t d0, int64_t d1, const labsel *sel, aggtab *t) {
    int rc;
    MDB_cursor *cu;
    uint8_t k[4];
    MDB_val key = {4, k}, v;
    if (d0 >= d1) return 0;
    day4(k, d0);
    if ((rc = curs(c, DB_REL_DAY, &cu))) return rc;
    for (rc = mdb_cursor_get(cu, &key, &v, MDB_SET_RANGE); rc == 0;
         rc = mdb_cursor_get(cu, &key, &v, MDB_NEXT)) {
        const uint8_t *p = key.mv_data;
        if (key.mv_size != DAY_LEN) return ENT_ECORRUPT;
        if (rday4(p) >= d1) break;
        uint32_t ld = rd16(p + 4);
        if (!labsel_ok(sel, ld)) continue;
        uint64_t cnt, arts;
        if ((rc = cnt_parse(v.mv_data, v.mv_size, &cnt, &arts))) return rc;
        if ((rc = agg_add(t, rd32(p + 6), rd32(p + 10), ld, cnt, (uint32_t)arts, 0)))
            return rc;
    }
    return rc == MDB_NOTFOUND ? 0 : merr(rc);
}

static int cmp_agg(const void *x, const void *y) {
    const agg *a = x, *b = y;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    if (a->articles != b->articles) return a->articles > b->articles ? -1 : 1;
    if (a->ld1 != b->ld1) return a->ld1 < b->ld1 ? -1 : 1;
    if (a->a != b->a) return a->a < b->a ? -1 : 1;
    return (a->b > b->b) - (a->b < b->b);
}

/* The best k relations offered (by cmp_agg) with either side of type `type`
 * (NULL: any): a bounded max-heap, so ranking every relation costs one pass,
 * and types are looked up only for relations that would be kept. */
typedef struct topsel {
    ctx *c;
    str type; /* p NULL: any */
    agg *h;
    size_t n, cap, k;
} topsel;

static int topsel_type(topsel *s, uint32_t nid, int *ok) {
    ent_rec e;
    int rc = must(ent_get(s->c, nid, &e));
    *ok = !rc && cmp_str(&e.type, &s->type) == 0;
    return rc;
}

static int topsel_offer(topsel *s, const agg *e) {
    int rc, ok = 1;
    if (s->k == 0 || (s->n == s->k && cmp_agg(e, &s->h[0]) >= 0)) return 0;
    if (s->type.p) {
        if ((rc = topsel_type(s, e->a, &ok))) return rc;
        if (!ok && (rc = topsel_type(s, e->b, &ok))) return rc;
        if (!ok) return 0;
    }
    size_t c;
    if (s->n < s->k) {
        if (ent_grow(&s->h, &s->cap, s->n + 1, sizeof(agg))) return ENT_ENOMEM;
        c = s->n++;
        s->h[c] = *e;
        while (c > 0 && cmp_agg(&s->h[(c - 1) / 2], &s->h[c]) < 0) {
            agg t = s->h[c];
            s->h[c] = s->h[(c - 1) / 2];
            s->h[(c - 1) / 2] = t;
            c = (c - 1) / 2;
        }
        return 0;
    }
    s->h[0] = *e;
    for (c = 0;;) {
        size_t l = 2 * c + 1, r = l + 1, big = c;
        if (l < s->n && cmp_agg(&s->h[l], &s->h[big]) > 0) big = l;
        if (r < s->n && cmp_agg(&s->h[r], &s->h[big]) > 0) big = r;
        if (big == c) break;
        agg t = s->h[c];
        s->h[c] = s->h[big];
        s->h[big] = t;
        c = big;
    }
    return 0;
}

/* All time: rel_lab (labelled) or the canonical co-mention items of rel_ent;
 * every row is a distinct relation, offered as it is read. */
static int agg_alltime(ctx *c, const labsel *sel, topsel *t) {
    int rc;
    MDB_cursor *cu;
    MDB_val key, v;
    int cm = sel->lid != UINT32_MAX && sel->lid == sel->cm;
    uint8_t k[2];
    if ((rc = curs(c, cm ? DB_REL_ENT : DB_REL_LAB, &cu))) return rc;
    if (!cm && sel->lid != UINT32_MAX) {
        be16(k, sel->lid * 2);
        key.mv_size = 2;
        key.mv_data = k;
        rc = mdb_cursor_get(cu, &key, &v, MDB_SET_RANGE);
    } else {
        rc = mdb_cursor_get(cu, &key, &v, MDB_FIRST);
    }
    for (; rc == 0; rc = mdb_cursor_get(cu, &key, &v, MDB_NEXT)) {
        const uint8_t *p = key.mv_data;
        uint32_t a, b, ld;
        if (cm) {
            const uint8_t *it = v.mv_data;
            if (key.mv_size != 4 || v.mv_size != RE_ITEM) return ENT_ECORRUPT;
            a = rd32(p);
            b = rd32(it);
            ld = rd16(it + 4);
            if ((ld >> 1) != sel->cm || it[6] != DIR_BOTH || a > b) continue;
            agg g = {a, b, ld + 1, rd32(it + 11), rd32(it + 7), 0};
            if ((rc = topsel_offer(t, &g))) return rc;
            continue;
        } else {
            if (key.mv_size != LAB_LEN) return ENT_ECORRUPT;
            ld = rd16(p);
            a = rd32(p + 2);
            b = rd32(p + 6);
            if (sel->lid != UINT32_MAX && (ld >> 1) > sel->lid) break;
            if (!labsel_ok(sel, ld)) continue;
        }
        uint64_t cnt, arts;
        if ((rc = cnt_parse(v.mv_data, v.mv_size, &cnt, &arts))) return rc;
        agg g = {a, b, ld + 1, (uint32_t)arts, cnt, 0};
        if ((rc = topsel_offer(t, &g))) return rc;
    }
    return rc == MDB_NOTFOUND ? 0 : merr(rc);
}

void store_toprels_free(store_toprel *v, size_t n) {
    if (!v) return;
    for (size_t i = 0; i < n; i++) {
        ent_free(v[i].a_id);
        ent_free(v[i].a_name);
        ent_free(v[i].a_type);
        ent_free(v[i].b_id);
        ent_free(v[i].b_name);
        ent_free(v[i].b_type);
        ent_free(v[i].label);
    }
    ent_free(v);
}

int store_top_relations(store_rtxn *r, const store_window *w, const char *label,
                        const char *type, size_t limit, store_toprel **out, size_t *n) {
    int rc;
    ctx c;
    labsel sel = {UINT32_MAX, UINT32_MAX};
    aggtab t = {0};
    topsel ts = {0};
    const labtab *lt = NULL;
    store_toprel *res = NULL;
    size_t nres = 0;
    win wv = win_of(w);
    if (!out || !n) return ENT_EINVAL;
    *out = NULL;
    *n = 0;
    if (!r) return ENT_EINVAL;
    rctx(r, &c);
    if ((rc = comention_lid(&c, &sel.cm))) goto out;
    if (label && (rc = lab_lid(&c, label, 0, &sel.lid))) {
        if (rc == ENT_ENOTFOUND || rc == ENT_EINVAL) rc = 0;
        goto out;
    }
    if (limit == 0 || wv.lo >= wv.hi) goto out;
    ts.c = &c;
    ts.k = limit;
    if (type) ts.type = (str){type, strlen(type)};
    if (win_open(wv)) {
        rc = agg_alltime(&c, &sel, &ts);
    } else if (sel.lid != UINT32_MAX && sel.lid == sel.cm) {
        rc =
            agg_articles(&c, wv.lo, wv.hi, &sel, &t); /* co-mentions are not in rel_day */
    } else {
        /* whole days inside the window from rel_day, the partial days at its
         * edges from the article records */
        int64_t d0 = INT32_MIN, d1 = INT32_MAX;
        if (wv.lo > TS_MIN) d0 = when_day(wv.lo) + (when_day(wv.lo) * 86400 != wv.lo);
        if (wv.hi < TS_END) d1 = when_day(wv.hi);
        if (d0 >= d1) {
            rc = agg_articles(&c, wv.lo, wv.hi, &sel, &t);
        } else {
            rc = agg_days(&c, d0, d1, &sel, &t);
            if (!rc && wv.lo > TS_MIN) rc = agg_articles(&c, wv.lo, d0 * 86400, &sel, &t);
            if (!rc && wv.hi < TS_END) rc = agg_articles(&c, d1 * 86400, wv.hi, &sel, &t);
        }
    }
    for (size_t i = 0; i < t.cap && !rc; i++)
        if (t.v[i].ld1 && t.v[i].count) rc = topsel_offer(&ts, &t.v[i]);
    if (rc) goto out;
    if (ts.n > 1) qsort(ts.h, ts.n, sizeof(agg), cmp_agg);
    if ((rc = labtab_get(&c, &lt))) goto out;
    if (!(res = ent_calloc(ts.n ? ts.n : 1, sizeof(store_toprel)))) {
        rc = ENT_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < ts.n; i++) {
        const agg *g = &ts.h[i];
        ent_rec ea, eb;
        if ((rc = must(ent_get(&c, g->a, &ea))) || (rc = must(ent_get(&c, g->b, &eb))))
            goto out;
        store_toprel *x = &res[nres++];
        x->a_id = sdup(ea.id);
        x->a_name = sdup(ea.name);
        x->a_type = sdup(ea.type);
        x->b_id = sdup(eb.id);
        x->b_name = sdup(eb.name);
        x->b_type = sdup(eb.type);
        x->label = sdup(lab_name(lt, (g->ld1 - 1) >> 1));
        x->directed = (g->ld1 - 1) & 1;
        x->count = g->count;
        x->articles = g->articles;
        if (!x->a_id || !x->a_name || !x->a_type || !x->b_id || !x->b_name ||
            !x->b_type || !x->label) {
            rc = ENT_ENOMEM;
            goto out;
        }
    }
out:
    if (rc) {
        store_toprels_free(res, nres);
    } else if (nres) {
        *out = res;
        *n = nres;
    } else {
        ent_free(res);
    }
    ent_free(t.v);
    ent_free(ts.h);
    return rc;
}

/* ---- reads: articles ------------------------------------------------------ */

void store_artmeta_clear(store_artmeta *m) {
    if (!m) return;
    ent_free(m->id);
    ent_free(m->url);
    ent_free(m->title);
    ent_free(m->source);
    memset(m, 0, sizeof(*m));
}

void store_artmetas_free(store_artmeta *v, size_t n) {
    if (!v) return;
    for (size_t i = 0; i < n; i++)
        store_artmeta_clear(&v[i]);
    ent_free(v);
}

static int meta_fill(ctx *c, const art_rec *a, store_artmeta *m) {
    memset(m, 0, sizeof(*m));
    str src = a->source;
    if (a->flags & AF_SOURCE) {
        uint8_t k[5];
        MDB_val v;
        k[0] = 'S';
        be32(k + 1, a->sid);
        int rc = must(dbget(c, DB_META, k, 5, &v));
        if (rc) return rc;
        src = (str){v.mv_data, v.mv_size};
    }
    m->id = sdup(a->id);
    if (a->flags & AF_URL) m->url = sdup(a->url);
    if (a->flags & AF_TITLE) m->title = sdup(a->title);
    if (a->flags & (AF_SOURCE | AF_SOURCE_INLINE)) m->source = sdup(src);
    m->published = a->published;
    m->ingested = a->ingested;
    m->ts = a->ts;
    m->text_len = a->text_len;
    m->mentions = a->nments;
    m->relations = a->nlabelled;
    if (!m->id || ((a->flags & AF_URL) && !m->url) ||
        ((a->flags & AF_TITLE) && !m->title) ||
        ((a->flags & (AF_SOURCE | AF_SOURCE_INLINE)) && !m->source)) {
        store_artmeta_clear(m);
        return ENT_ENOMEM;
    }
    return 0;
}

int store_get_article(store_rtxn *r, const char *id, store_artmeta *meta, char **text,
                      tag_result **res) {
    int rc;
    ctx c;
    MDB_val v;
    art_rec a;
    tag_result *t = NULL;
    char *txt = NULL;
    const labtab *lt = NULL;
    if (meta) memset(meta, 0, sizeof(*meta));
    if (text) *text = NULL;
    if (res) *res = NULL;
    if (!r || !id) return ENT_EINVAL;
    rctx(r, &c);
    size_t idlen = strlen(id);
    if (idlen == 0 || idlen > ENT_MAX_ID) return ENT_ENOTFOUND;
    if ((rc = dbget(&c, DB_ART_ID, id, idlen, &v))) goto out;
    if (v.mv_size != 4) return ENT_ECORRUPT;
    uint32_t aid = rd32(v.mv_data);
    if ((rc = must(art_load(&c, aid, &v)))) goto out;
    if ((rc = art_parse(v.mv_data, v.mv_size, &a))) goto out;
    if (text && (rc = text_slice(&c, aid, a.text_len, 0, a.text_len, &txt))) goto out;
    if (res) {
        tagdec *d = &c.sc->dec;
        if ((rc = tag_decode(&a, d))) goto out;
        if ((rc = labtab_get(&c, &lt))) goto out;
        rc = ENT_ENOMEM;
        if (!(t = ent_calloc(1, sizeof(*t)))) goto out;
        if (!(t->arena = arena_create(0))) goto out;
        t->ents = arena_alloc(t->arena, (d->nents + 1) * sizeof(tag_entity));
        t->ments = arena_alloc(t->arena, (d->nm + 1) * sizeof(tag_mention));
        t->rels = arena_alloc(t->arena, (d->nr + 1) * sizeof(tag_relation));
        if (!t->ents || !t->ments || !t->rels) goto out;
        for (size_t i = 0; i < d->nents; i++) {
            ent_rec e;
            tag_entity *te = &t->ents[i];
            if ((rc = must(ent_get(&c, d->nids[i], &e)))) goto out;
            rc = ENT_ENOMEM;
            memset(te, 0, sizeof(*te));
            te->id = arena_strndup(t->arena, e.id.p, e.id.n);
            te->name = arena_strndup(t->arena, e.name.p, e.name.n);
            te->type = arena_strndup(t->arena, e.type.p, e.type.n);
            if (!te->id || !te->name || !te->type) goto out;
            te->gidx = -1;
            te->origin = (uint8_t)e.origin;
            t->nents++;
        }
        for (size_t i = 0; i < d->nm; i++) {
            tag_mention *m = &t->ments[i];
            memset(m, 0, sizeof(*m));
            m->start = d->m[i].start;
            m->end = d->m[i].end;
            m->ent = d->m[i].ent;
            m->via = d->m[i].via;
            t->ents[m->ent].count++;
            t->nments++;
        }
        for (size_t i = 0; i < d->nr; i++) {
            const rec_rel *x = &d->r[i];
            tag_relation *y = &t->rels[i];
            str ln = lab_name(lt, x->ld >> 1);
            memset(y, 0, sizeof(*y));
            y->a = x->a;
            y->b = x->b;
            y->directed = x->ld & 1;
            y->label = arena_strndup(t->arena, ln.p, ln.n);
            if (!y->label) goto out;
            if (x->role.p && !(y->role = arena_strndup(t->arena, x->role.p, x->role.n)))
                goto out;
            y->sent_start = x->ss;
            y->sent_end = x->se;
            y->trig_start = x->ts;
            y->trig_end = x->te;
            t->nrels++;
        }
        rc = 0;
    }
    if (meta && (rc = meta_fill(&c, &a, meta))) goto out;
    if (text) *text = txt, txt = NULL;
    if (res) *res = t, t = NULL;
out:
    ent_free(txt);
    tag_result_free(t);
    return rc;
}

/* Cursor strings: hex of the 9-byte (ts, aid) key of the last item returned. */
static char *cursor_make(const uint8_t *k) {
    static const char hx[] = "0123456789abcdef";
    char *s = ent_malloc(2 * TIME_LEN + 1);
    if (!s) return NULL;
    for (int i = 0; i < TIME_LEN; i++) {
        s[2 * i] = hx[k[i] >> 4];
        s[2 * i + 1] = hx[k[i] & 15];
    }
    s[2 * TIME_LEN] = '\0';
    return s;
}

static int cursor_parse(const char *s, uint8_t *k) {
    if (strlen(s) != 2 * TIME_LEN) return ENT_EINVAL;
    for (int i = 0; i < 2 * TIME_LEN; i++) {
        int c = s[i], v;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else
            return ENT_EINVAL;
        if (i % 2 == 0)
            k[i / 2] = (uint8_t)(v << 4);
        else
            k[i / 2] |= (uint8_t)v;
    }
    return 0;
}

int store_list_articles(store_rtxn *r, const char *entity_id, const store_window *w,
                        const char *cursor, size_t limit, store_artmeta **out, size_t *n,
                        char **next_cursor) {
    int rc;
    ctx c;
    MDB_cursor *cu;
    MDB_val key, v;
    uint8_t bound[TIME_LEN], ek[4], last[TIME_LEN];
    int has_bound = 0, by_ent = entity_id != NULL;
    store_artmeta *res = NULL;
    size_t nres = 0;
    win wv = win_of(w);
    if (!out || !n || !next_cursor) return ENT_EINVAL;
    *out = NULL;
    *n = 0;
    *next_cursor = NULL;
    if (!r) return ENT_EINVAL;
    rctx(r, &c);
    if (cursor) {
        if ((rc = cursor_parse(cursor, bound))) return rc;
        has_bound = 1;
    }
    if (wv.hi < TS_END) {
        uint8_t hk[TIME_LEN];
        ts5(hk, wv.hi);
        be32(hk + 5, 0);
        if (!has_bound || memcmp(hk, bound, TIME_LEN) < 0) memcpy(bound, hk, TIME_LEN);
        has_bound = 1;
    }
    if (by_ent) {
        uint32_t nid;
        if ((rc = ent_nid_q(&c, entity_id, &nid)) || nid == 0) goto out;
        be32(ek, nid);
    }
    if (limit == 0 || wv.lo >= wv.hi) goto out;
    if (!(res = ent_calloc(limit, sizeof(store_artmeta)))) {
        rc = ENT_ENOMEM;
        goto out;
    }
    if ((rc = curs(&c, by_ent ? DB_ENT_ART : DB_ART_TIME, &cu))) goto out;
    /* position on the newest item below the bound */
    if (by_ent) {
        key.mv_size = 4;
        key.mv_data = ek;
        if (has_bound) {
            v.mv_size = EA_ITEM;
            v.mv_data = bound;
            rc = mdb_cursor_get(cu, &key, &v, MDB_GET_BOTH_RANGE);
            if (rc == 0)
                rc = mdb_cursor_get(cu, &key, &v, MDB_PREV_DUP);
            else if (rc == MDB_NOTFOUND) {
                key.mv_size = 4;
                key.mv_data = ek;
                rc = mdb_cursor_get(cu, &key, &v, MDB_SET_KEY);
                if (rc == 0) rc = mdb_cursor_get(cu, &key, &v, MDB_LAST_DUP);
            }
        } else {
            rc = mdb_cursor_get(cu, &key, &v, MDB_SET_KEY);
            if (rc == 0) rc = mdb_cursor_get(cu, &key, &v, MDB_LAST_DUP);
        }
    } else if (has_bound) {
        key.mv_size = TIME_LEN;
        key.mv_data = bound;
        rc = mdb_cursor_get(cu, &key, &v, MDB_SET_RANGE);
        if (rc == 0)
            rc = mdb_cursor_get(cu, &key, &v, MDB_PREV);
        else if (rc == MDB_NOTFOUND)
            rc = mdb_cursor_get(cu, &key, &v, MDB_LAST);
    } else {
        rc = mdb_cursor_get(cu, &key, &v, MDB_LAST);
    }
    int more = 0;
    for (; rc == 0; rc = mdb_cursor_get(cu, &key, &v, by_ent ? MDB_PREV_DUP : MDB_PREV)) {
        const uint8_t *item = by_ent ? v.mv_data : key.mv_data;
        if ((by_ent ? v.mv_size : key.mv_size) != TIME_LEN) {
            rc = ENT_ECORRUPT;
            goto out;
        }
        if (rts5(item) < wv.lo) break;
        if (nres == limit) {
            more = 1;
            break;
        }
        memcpy(last, item, TIME_LEN);
        MDB_val av;
        art_rec a;
        if ((rc = must(art_load(&c, rd32(item + 5), &av)))) goto out;
        if ((rc = art_parse(av.mv_data, av.mv_size, &a))) goto out;
        if ((rc = meta_fill(&c, &a, &res[nres]))) goto out;
        nres++;
    }
    rc = rc == MDB_NOTFOUND ? 0 : merr(rc);
    if (rc) goto out;
    if (more && !(*next_cursor = cursor_make(last))) rc = ENT_ENOMEM;
out:
    if (rc) {
        store_artmetas_free(res, nres);
    } else if (nres) {
        *out = res;
        *n = nres;
    } else {
        ent_free(res);
    }
    return rc;
}

int store_get_stats(store_rtxn *r, store_stats *out) {
    int rc;
    ctx c;
    counters n;
    MDB_envinfo info;
    MDB_stat st;
    if (!out) return ENT_EINVAL;
    memset(out, 0, sizeof(*out));
    if (!r) return ENT_EINVAL;
    rctx(r, &c);
    if ((rc = counters_get(&c, &n))) return rc;
    if ((rc = merr(mdb_env_info(c.s->env, &info))) ||
        (rc = merr(mdb_env_stat(c.s->env, &st))))
        return rc;
    out->articles = n.articles;
    out->entities = n.entities;
    out->relations = n.relations;
    out->mentions = n.mentions;
    out->text_bytes = n.text_bytes;
    out->bytes = (uint64_t)(info.me_last_pgno + 1) * st.ms_psize;
    out->map_size = info.me_mapsize;
    return 0;
}

int store_api_entities(store_rtxn *r,
                       int (*fn)(const char *id, const char *json, void *arg),
                       void *arg) {
    int rc;
    ctx c;
    MDB_cursor *cu;
    MDB_val k, v;
    if (!r || !fn) return ENT_EINVAL;
    rctx(r, &c);
    buf *kb = &c.sc->key, *vb = &c.sc->val;
    if ((rc = curs(&c, DB_API_ENT, &cu))) return rc;
    for (rc = mdb_cursor_get(cu, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cu, &k, &v, MDB_NEXT)) {
        buf_reset(kb);
        buf_reset(vb);
        buf_bytes(kb, k.mv_data, k.mv_size);
        buf_u8(kb, 0);
        buf_bytes(vb, v.mv_data, v.mv_size);
        buf_u8(vb, 0);
        if (kb->err || vb->err) return ENT_ENOMEM;
        int stop = fn((const char *)kb->p, (const char *)vb->p, arg);
        if (stop) return stop;
    }
    return rc == MDB_NOTFOUND ? 0 : merr(rc);
}
