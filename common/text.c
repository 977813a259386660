/* text.c - UTF-8 validation, tokenizer, folding and sentence splitting.
 *
 * DESIGN
 * The tokenizer is on the hot path of every tag call. Its specification is the
 * byte-at-a-time loop tokenize_scalar(): ASCII bytes take a table-driven path
 * that classifies, lowercases and hashes in one pass, and only a token with a
 * byte >= 0x80 goes through utf8proc (category of each code point, then
 * text_fold for the hash). On SSE2 targets text_tokenize() runs a fast path
 * that gives exactly the same tokens (tests/unit/test_tokfast.c compares the
 * two): it classifies 64 bytes at a time into bitmasks (text_simd.h), finds
 * token starts and ends and the flags of the gaps between tokens with bit
 * arithmetic on whole blocks, and builds each ASCII token from one 8-byte load
 * without branches; it hands the stretch around a byte >= 0x80 to the scalar
 * loop and takes over again after it (see "the fast path" below). News text is
 * overwhelmingly ASCII, so the slow path costs little in practice and stays
 * exact for the rest.
 *
 * text_tokenize_vocab() then gives each token its id in a vocabulary (the
 * gazetteer's words) from a table of cache-line buckets (see text_vocab in
 * text.h): one pass that prefetches the bucket of the token LOOKUP_AHEAD
 * places on and decides the usual token without a branch, then looks up the
 * few others (long, non-ASCII, or in a full bucket) one by one. */
#include "text.h"
#include "ent.h"
#include "text_simd.h"
#include "err.h"
#include "mem.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__AVX2__) || defined(__BMI__)
#include <immintrin.h>
#endif

enum { C_SPACE = 1, C_UPPER, C_LOWER, C_DIGIT, C_PUNCT, C_HIGH };

/* Byte classes; every byte >= 0x80 starts or continues a UTF-8 sequence. */
static const unsigned char ascii_class[256] = {
    [0 ... 31] = C_SPACE, /* controls separate tokens like spaces do */
    [' '] = C_SPACE,
    ['!' ... '/'] = C_PUNCT,
    ['0' ... '9'] = C_DIGIT,
    [':' ... '@'] = C_PUNCT,
    ['A' ... 'Z'] = C_UPPER,
    ['[' ... '`'] = C_PUNCT,
    ['a' ... 'z'] = C_LOWER,
    ['{' ... '~'] = C_PUNCT,
    [127] = C_SPACE,
    [128 ... 255] = C_HIGH,
};
const unsigned char text_lower[256] = {
#define L4(b) (b), (b) + 1, (b) + 2, (b) + 3
#define L16(b) L4(b), L4((b) + 4), L4((b) + 8), L4((b) + 12)
    L16(0), L16(16), L16(32), L16(48),
    /* 64..95: '@', 'A'..'Z' lowered, then [ \ ] ^ _ */
    64, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 91, 92, 93, 94, 95,
    L16(96), L16(112), L16(128), L16(144), L16(160), L16(176), L16(192), L16(208),
    L16(224), L16(240)
#undef L16
#undef L4
};

int text_utf8_valid(const char *s, size_t n, size_t *bad) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* ASCII run, 8 bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint32_t cp, min;
        if (c >= 0xc2 && c <= 0xdf) need = 1, cp = c & 0x1f, min = 0x80;
        else if (c >= 0xe0 && c <= 0xef) need = 2, cp = c & 0x0f, min = 0x800;
        else if (c >= 0xf0 && c <= 0xf4) need = 3, cp = c & 0x07, min = 0x10000;
        else goto fail;
        if (n - i <= need) goto fail;
        for (size_t k = 1; k <= need; k++) {
            if ((p[i + k] & 0xc0) != 0x80) goto fail;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) goto fail;
        i += need + 1;
    }
    return 1;
fail:
    if (bad) *bad = i;
    return 0;
}

/* Map folded punctuation variants onto one ASCII form. */
static int32_t fold_punct(int32_t cp) {
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0x0060:
    case 0x00B4:
        return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE63: case 0xFF0D:
        return '-';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
        return '"';
    default:
        return cp;
    }
}

/* Latin letters that have no decomposition to strip a mark from, as names
 * are written in ASCII ("Władysław" as "Wladyslaw", "Søren", "Đoković",
 * "Æsir"; lowercase after case folding): their ASCII letters in a[0..n),
 * n returned; 0 for other code points. */
static int fold_letter(int32_t cp, char a[2]) {
    switch (cp) {
    case 0x0142: a[0] = 'l'; return 1; /* ł */
    case 0x00F8: a[0] = 'o'; return 1; /* ø */
    case 0x0111: a[0] = 'd'; return 1; /* đ */
    case 0x00F0: a[0] = 'd'; return 1; /* ð */
    case 0x0127: a[0] = 'h'; return 1; /* ħ */
    case 0x0131: a[0] = 'i'; return 1; /* ı */
    case 0x0167: a[0] = 't'; return 1; /* ŧ */
    case 0x00E6: a[0] = 'a', a[1] = 'e'; return 2; /* æ */
    case 0x0153: a[0] = 'o', a[1] = 'e'; return 2; /* œ */
    case 0x00FE: a[0] = 't', a[1] = 'h'; return 2; /* þ */
    default: return 0;
    }
}

int text_fold(const char *s, size_t n, char *out, size_t cap) {
    size_t i;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) break;
    if (i == n) { /* ASCII fast path */
        if (n > cap) return -1;
        for (i = 0; i < n; i++) out[i] = (char)text_lower[(unsigned char)s[i]];
        return (int)n;
    }
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
                                      UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                          UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                          UTF8PROC_IGNORE);
    if (r < 0) return -1;
    /* Re-encode with punctuation variants folded; m is NUL-terminated. */
    size_t o = 0;
    utf8proc_ssize_t k = 0;
    int rc = 0;
    while (k < r) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate(m + k, r - k, &cp);
        if (l <= 0) {
            rc = -1;
            break;
        }
        k += l;
        cp = fold_punct(cp);
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t el = fold_letter(cp, (char *)enc);
        if (!el) el = utf8proc_encode_char(cp, enc);
        if (o + (size_t)el > cap) {
            rc = -1;
            break;
        }
        memcpy(out + o, enc, (size_t)el);
        o += (size_t)el;
    }
    free(m); /* allocated by utf8proc with malloc */
    return rc < 0 ? -1 : (int)o;
}

int text_fold_phrase(const char *s, size_t n, char *out, size_t cap) {
    size_t i = 0, o = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
        size_t j = i;
        while (j < n && !(s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r')) j++;
        if (j == i) break;
        if (o > 0) {
            if (o >= cap) return -1;
            out[o++] = ' ';
        }
        int fl = text_fold(s + i, j - i, out + o, cap - o);
        if (fl < 0) return -1;
        o += (size_t)fl;
        i = j;
    }
    return (int)o;
}

int text_tok_fold(const text_doc *d, const text_tok *t, char *out, size_t cap) {
    return text_fold(d->text + t->start, t->end - t->start, out, cap);
}

static int grow_toks(text_doc *d) {
    return ent_grow(&d->toks, &d->captoks, d->ntoks + 1, sizeof(text_tok));
}

static inline int push_tok(text_doc *d, uint32_t start, uint32_t end, uint64_t key,
                           unsigned flags) {
    if (__builtin_expect(d->ntoks == d->captoks, 0) && grow_toks(d)) return ENT_ENOMEM;
    text_tok *t = &d->toks[d->ntoks++];
    t->key = key;
    t->start = start;
    t->end = end;
    t->vid = -1;
    t->flags = (uint16_t)flags;
    t->len = (uint16_t)(end - start > UINT16_MAX ? UINT16_MAX : end - start);
    return 0;
}

static int is_bullet(int32_t cp) {
    return cp == 0x2022 || cp == 0x00B7 || cp == 0x25AA || cp == 0x25CF || cp == 0x2023 ||
           cp == 0x25E6 || cp == 0x2043 || cp == '*' || cp == '-';
}

/* ASCII letters and digits: their folded byte; 0 for every other byte. */
static const unsigned char wfold[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
#define UL(x) [x] = x + 32, [x + 32] = x + 32
    UL('A'), UL('B'), UL('C'), UL('D'), UL('E'), UL('F'), UL('G'), UL('H'), UL('I'),
    UL('J'), UL('K'), UL('L'), UL('M'), UL('N'), UL('O'), UL('P'), UL('Q'), UL('R'),
    UL('S'), UL('T'), UL('U'), UL('V'), UL('W'), UL('X'), UL('Y'), UL('Z'),
#undef UL
};

/* A little-endian load as a number, whatever the host's byte order. */
static inline uint64_t le64(uint64_t x) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return __builtin_bswap64(x);
#else
    return x;
#endif
}

/* Case bits of ASCII word bytes: 1 upper, 2 lower, 4 digit. */
enum { CB_UPPER = 1, CB_LOWER = 2, CB_DIGIT = 4 };
static const unsigned char cbits[256] = {
    ['0' ... '9'] = CB_DIGIT, ['A' ... 'Z'] = CB_UPPER, ['a' ... 'z'] = CB_LOWER,
};

/* A word that continues (or starts) with non-ASCII letters: from st, where
 * ASCII bytes [st, i) were already consumed with case bits *bits. */
static size_t word_tail(const unsigned char *s, size_t len, size_t st, size_t i, unsigned *flags,
                        unsigned *bits) {
    int first = i == st;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) {
            if (!wfold[c]) break;
            if (first) *flags |= cbits[c] & CB_UPPER ? TOK_UPPER : cbits[c] & CB_LOWER ? TOK_LOWER : 0;
            *bits |= cbits[c];
            first = 0;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (l <= 0) break;
        utf8proc_category_t cat = utf8proc_category(cp);
        if (!(cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO)) break;
        if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) {
            if (first) *flags |= TOK_UPPER;
            *bits |= CB_UPPER;
        } else if (cat == UTF8PROC_CATEGORY_LL) {
            if (first) *flags |= TOK_LOWER;
            *bits |= CB_LOWER;
        } else if (cat <= UTF8PROC_CATEGORY_LO) {
            *bits |= 8; /* caseless letter (Arabic, CJK...) */
        } else if (cat >= UTF8PROC_CATEGORY_ND) {
            *bits |= CB_DIGIT;
        }
        if (cat < UTF8PROC_CATEGORY_MN || cat > UTF8PROC_CATEGORY_ME) first = 0;
        i += (size_t)l;
    }
    return i;
}

/* The scalar tokenizer: from *pos, which is 0 or the end of the last token
 * pushed, to the end of the first token that ends at or after stop (or to len).
 * Between two tokens the state is always the same (nothing pending), so the
 * fast path can hand any stretch over and take it back at a token end. */
static int tokenize_scalar(text_doc *d, const unsigned char *s, size_t len, size_t *pos,
                           size_t stop) {
    size_t i = *pos;
    int first = d->ntoks == 0;
    unsigned pend = first ? TOK_SPACE | TOK_NL | TOK_PARA : 0; /* flags for the next token */
    int nls = 0;                                               /* line breaks since last token */
    int line_start = first;                                    /* at the start of a line */

    while (i < len) {
        unsigned c = s[i];
        if (wfold[c]) { /* ASCII word: the hot path */
            size_t st = i;
            uint64_t key = 0;
            unsigned bits = 0, cb = cbits[c];
            unsigned flags = pend | TOK_WORD |
                             (cb & CB_UPPER ? TOK_UPPER : cb & CB_LOWER ? TOK_LOWER : 0);
            do {
                bits |= cb;
                if (++i == len) break;
                c = s[i];
                cb = cbits[c];
            } while (cb);
            size_t n = i - st;
            if (n <= 8) { /* the key of a short word is its folded bytes */
                if (st + 8 <= len) {
                    memcpy(&key, s + st, 8);
                    key = le64(key);
                    if (n < 8) key &= (1ull << (8 * n)) - 1;
                    /* letters and digits only: bit 5 set lowercases a letter and
                     * keeps a digit */
                    key |= 0x2020202020202020ull & ((n < 8 ? (1ull << (8 * n)) : 0) - 1);
                } else {
                    for (size_t k = 0; k < n; k++) key |= (uint64_t)wfold[s[st + k]] << (8 * k);
                }
            }
            if (i < len && c >= 0x80) { /* "Zürich": finish with the general path */
                i = word_tail(s, len, st, i, &flags, &bits);
                flags |= TOK_NONASCII;
            }
            if (bits & CB_DIGIT) flags |= TOK_DIGIT;
            if ((bits & (CB_UPPER | 8)) && !(bits & CB_LOWER)) flags |= TOK_ALLCAPS;
            if (i - st > ENT_MAX_TOKEN) {
                flags |= TOK_LONG;
                key = 0;
            } else if (flags & TOK_NONASCII) {
                char fb[ENT_MAX_TOKEN * 4];
                int fl = text_fold((const char *)s + st, i - st, fb, sizeof(fb));
                key = fl > 0 ? text_key(fb, (size_t)fl) : 0;
                if (fl <= 0) flags |= TOK_LONG; /* cannot fold: never matches */
            } else if (n > 8) { /* long words are rare: hash them here */
                char fb[ENT_MAX_TOKEN];
                for (size_t k = st; k < i; k++) fb[k - st] = (char)wfold[s[k]];
                key = text_key(fb, i - st);
            }
            if (push_tok(d, (uint32_t)st, (uint32_t)i, key, flags)) return ENT_ENOMEM;
            goto next;
        }
        unsigned k = ascii_class[c];
        if (k == C_SPACE) {
            if (c == '\n') {
                nls++;
                pend |= TOK_NL;
                if (nls >= 2) pend |= TOK_PARA;
                line_start = 1;
            } else if (line_start && nls > 0 && (c == '\t' || (c == ' ' && i + 1 < len &&
                                                                s[i + 1] == ' '))) {
                pend |= TOK_PARA; /* indented line: a new paragraph */
            }
            pend |= TOK_SPACE;
            i++;
            continue;
        }
        size_t st = i;
        unsigned flags = pend;
        if (k == C_PUNCT) {
            if (line_start && nls > 0 && (c == '*' || c == '-') && i + 1 < len &&
                s[i + 1] == ' ')
                flags |= TOK_PARA; /* "- item" / "* item" bullet */
            if (c == '.' || c == '!' || c == '?') flags |= TOK_STOP;
            if (push_tok(d, (uint32_t)st, (uint32_t)(i + 1), c, flags)) return ENT_ENOMEM;
            i++;
            goto next;
        }
        /* a byte >= 0x80 */
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (l <= 0) { /* invalid byte: a one-byte punctuation token */
            if (push_tok(d, (uint32_t)st, (uint32_t)(i + 1), 0, flags | TOK_NONASCII))
                return ENT_ENOMEM;
            i++;
            goto next;
        }
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
            cat == UTF8PROC_CATEGORY_ZP || cp == 0xFEFF || cp == 0x200B) {
            if (cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP) {
                pend |= TOK_NL | TOK_PARA;
                line_start = 1;
                nls++;
            }
            pend |= TOK_SPACE;
            i += (size_t)l;
            continue;
        }
        if (!(cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO)) {
            char f[32];
            int fl = text_fold((const char *)s + i, (size_t)l, f, sizeof(f));
            uint64_t key = fl > 0 ? text_key(f, (size_t)fl) : 0;
            if (line_start && nls > 0 && is_bullet(cp)) flags |= TOK_PARA;
            if (push_tok(d, (uint32_t)st, (uint32_t)(i + (size_t)l), key, flags | TOK_NONASCII))
                return ENT_ENOMEM;
            i += (size_t)l;
            goto next;
        }
        { /* a word starting with a non-ASCII letter */
            unsigned bits = 0;
            flags |= TOK_WORD | TOK_NONASCII;
            i = word_tail(s, len, st, st, &flags, &bits);
            if (bits & CB_DIGIT) flags |= TOK_DIGIT;
            if ((bits & (CB_UPPER | 8)) && !(bits & CB_LOWER)) flags |= TOK_ALLCAPS;
            uint64_t key = 0;
            if (i - st > ENT_MAX_TOKEN) {
                flags |= TOK_LONG;
            } else {
                char fb[ENT_MAX_TOKEN * 4];
                int fl = text_fold((const char *)s + st, i - st, fb, sizeof(fb));
                key = fl > 0 ? text_key(fb, (size_t)fl) : 0;
                if (fl <= 0) flags |= TOK_LONG;
            }
            if (push_tok(d, (uint32_t)st, (uint32_t)i, key, flags)) return ENT_ENOMEM;
        }
    next:
        pend = 0;
        nls = 0;
        line_start = 0;
        if (i >= stop) break;
    }
    *pos = i;
    return 0;
}

/* ---- the vocabulary table ---------------------------------------------- */

/* The bucket of a key: the top bits of its product with 2^64 / phi
 * (Fibonacci hashing), which depend on all of its bits. Two instructions
 * where text_mix64 takes six, for every token of every text; on the keys
 * (the bytes of short words, the hashes of long ones) about as many buckets
 * come out full (1.7% of them on the shipped gazetteer; 1.6% by text_mix64). */
static inline size_t vocab_bucket(unsigned shift, uint64_t key) {
    return (size_t)((key * 0x9e3779b97f4a7c15ull) >> shift);
}

int text_vocab_build(text_vocab *v, const char *pool, const uint32_t *off, const uint32_t *pay,
                     uint32_t n) {
    size_t nb = 256;
    while (nb * TEXT_VB < (size_t)n * 3) nb *= 2;
    memset(v, 0, sizeof(*v));
    if (n >= TEXT_VID1) return ENT_ENOMEM;
    /* (read at random, a line for each token of every text) */
    if (!(v->vb = ent_big_calloc(nb, sizeof(text_vbucket)))) return ENT_ENOMEM;
    v->mask = nb - 1;
    v->shift = 64 - (unsigned)__builtin_ctzll(nb);
    v->pool = pool;
    v->off = off;
    v->pay = pay;
    for (uint32_t k = 0; k < n; k++) {
        uint32_t len = off[k + 1] - off[k];
        uint64_t key = text_key(pool + off[k], len);
        size_t b = vocab_bucket(v->shift, key);
        while (v->vb[b].vid1[TEXT_VB - 1]) b = (b + 1) & v->mask;
        text_vbucket *bk = &v->vb[b];
        int l = 0;
        while (bk->vid1[l]) l++;
        bk->key[l] = key, bk->vid1[l] = k + 1, bk->pay[l] = pay ? pay[k] : 0;
    }
    for (size_t b = 0; b < nb; b++) { /* (see vocab_lookup) */
        text_vbucket *bk = &v->vb[b];
        unsigned dup = 0;
        for (int l = 0; l < TEXT_VB; l++)
            for (int q = l + 1; q < TEXT_VB; q++)
                dup |= bk->vid1[q] != 0 && bk->key[q] == bk->key[l];
        uint32_t slow = (bk->vid1[TEXT_VB - 1] != 0) | dup;
        for (int l = 0; l < TEXT_VB; l++) {
            uint32_t k1 = bk->vid1[l], over8 = k1 && off[k1] - off[k1 - 1] > 8;
            bk->vid1[l] = k1 | slow * TEXT_VB_SLOW | (over8 | dup) * TEXT_VB_CHECK;
        }
    }
    return 0;
}

void text_vocab_free(text_vocab *v) {
    ent_big_free(v->vb);
    memset(v, 0, sizeof(*v));
}

/* Which of the four keys k[0..4) (32-byte aligned) are key, as bits 0..3. */
static inline unsigned keys4_eq(const uint64_t *k4, uint64_t key) {
#if defined(__AVX2__)
    __m256i k = _mm256_load_si256((const __m256i *)(const void *)k4);
    __m256i eq = _mm256_cmpeq_epi64(k, _mm256_set1_epi64x((long long)key));
    return (unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(eq));
#else
    return (unsigned)(k4[0] == key) | (unsigned)(k4[1] == key) << 1 |
           (unsigned)(k4[2] == key) << 2 | (unsigned)(k4[3] == key) << 3;
#endif
}

/* Lanes of bucket bk whose key is key, as bits 0..TEXT_VB-1. */
static inline unsigned vb_keys(const text_vbucket *bk, uint64_t key) {
    return keys4_eq(bk->key, key);
}
_Static_assert(TEXT_VB == 4, "vb_keys compares four lanes");

/* Is the vocabulary word w the ASCII word s[0..n) of more than 8 bytes as
 * written? Such a word is letters and digits, which OR 0x20 folds (as the
 * tokenizer does for its key), so it is compared eight bytes at a time, the
 * last eight overlapping the ones before. */
static inline int same_ascii_word(const char *w, const char *s, size_t n) {
    const uint64_t low = 0x2020202020202020ull;
    uint64_t a, b;
    for (size_t q = 0; q + 8 < n; q += 8) {
        memcpy(&a, s + q, 8);
        memcpy(&b, w + q, 8);
        if ((a | low) != b) return 0;
    }
    memcpy(&a, s + n - 8, 8);
    memcpy(&b, w + n - 8, 8);
    return (a | low) == b;
}

/* Id of the word with this key and the folded bytes s[0..n), or -1, searched
 * from bucket b on. A word of the key and length n is s if n <= 8 (it is
 * its key: s is not read); longer ones are compared, s as written when ascii
 * is set (an ASCII word, see same_ascii_word). */
static int32_t vocab_probe(const text_vocab *v, size_t b, uint64_t key, size_t n,
                           const char *s, int ascii) {
    for (;; b = (b + 1) & v->mask) {
        const text_vbucket *bk = &v->vb[b];
        for (unsigned m = vb_keys(bk, key); m; m &= m - 1) {
            uint32_t k1 = bk->vid1[__builtin_ctz(m)] & TEXT_VID1;
            if (!k1 || v->off[k1] - v->off[k1 - 1] != n) continue;
            const char *w = v->pool + v->off[k1 - 1];
            if (n <= 8 || (ascii ? same_ascii_word(w, s, n) : memcmp(w, s, n) == 0))
                return (int32_t)k1 - 1;
        }
        /* not full: the word would be here */
        if (!(bk->vid1[TEXT_VB - 1] & TEXT_VID1)) return -1;
    }
}

int32_t text_vocab_find(const text_vocab *v, const char *s, size_t n) {
    if (!v->vb) return -1;
    uint64_t key = text_key(s, n);
    return vocab_probe(v, vocab_bucket(v->shift, key), key, n, s, 0);
}

/* The id of token t of d (its key, span and flags set), or -1. */
static int32_t vocab_token(const text_vocab *v, const text_doc *d, const text_tok *t) {
    if (t->flags & TOK_LONG) return -1; /* never folded: in no vocabulary */
    const char *s = d->text + t->start;
    size_t b = vocab_bucket(v->shift, t->key);
    if (!(t->flags & TOK_NONASCII)) return vocab_probe(v, b, t->key, t->len, s, 1);
    char buf[ENT_MAX_TOKEN * 4];
    int fl = text_fold(s, t->len, buf, sizeof(buf));
    return fl < 0 ? -1 : vocab_probe(v, b, t->key, (size_t)fl, buf, 0);
}

/* How many tokens ahead vocab_lookup prefetches a bucket: far enough to hide
 * a miss to memory, near enough that the line is still cached. A power of
 * two: the buckets computed ahead wait in a ring of this size. */
#define LOOKUP_AHEAD 32

/* vocab_lookup's probe of token t in its bucket bk: sets its vid and *pay,
 * and returns 1 when the token waits for the lookup after the loop. */
static inline unsigned vocab_lane(const text_vbucket *bk, text_tok *t, uint32_t *pay) {
    unsigned m = vb_keys(bk, t->key);
    /* the first lane with the key; with none, lane 0, whose id and payload
     * hit drops */
#if defined(__BMI__)
    unsigned l = _tzcnt_u32(m) & (TEXT_VB - 1); /* (32 for m == 0) */
#else
    unsigned l = (unsigned)__builtin_ctz(m | 1u << TEXT_VB) & (TEXT_VB - 1);
#endif
    /* all ones when a lane has the key (m is below 2^31), else 0 */
    uint32_t hit = (uint32_t)((int32_t)-m >> 31), k1 = bk->vid1[l];
    t->vid = (int32_t)((k1 & hit & TEXT_VID1) - 1);
    *pay = bk->pay[l] & hit;
    /* TEXT_VB_SLOW (bit 30) for a token not found, TEXT_VB_CHECK (31) for one
     * found */
    return k1 >> (30 - (int32_t)hit) & 1;
}
_Static_assert(TEXT_VB_SLOW == 1u << 30 && TEXT_VB_CHECK == 1u << 31,
               "vocab_lane shifts the slow bits down");

/* Set every token's vid and payload. A token is decided by its bucket without
 * a branch, by the first lane with its key: a word of up to 8 bytes is its
 * key, and a longer one's key is no such word's (text_key), so that lane has
 * the token's word, if it has a word of up to 8 bytes and no other lane has
 * its key; with no lane of its key, the token has no word, if the bucket is
 * not full. (A token too long to fold, key 0, finds an empty lane or a long
 * word's.) The others are looked up after the loop: a token of a full bucket
 * without its key, of a lane with a word over 8 bytes (its length and bytes
 * are compared), or of a bucket with a key in two lanes (the lanes'
 * TEXT_VB_SLOW for a token not found, TEXT_VB_CHECK for one found). */
static int vocab_lookup(const text_vocab *v, text_doc *d) {
    text_tok *toks = d->toks;
    const size_t nt = d->ntoks;
    if (ent_grow(&d->pend, &d->cappend, nt + 1, sizeof(uint32_t)) ||
        ent_grow(&d->pay, &d->cappay, nt + 1, sizeof(uint32_t)))
        return ENT_ENOMEM;
    uint32_t *pend = d->pend, *pay = d->pay;
    size_t np = 0, i = 0;
    /* (in locals: the stores to the tokens could alias v's fields) */
    const text_vbucket *vb = v->vb;
    const unsigned shift = v->shift;
    /* bucket of token i + k at ring[(i + k) % LOOKUP_AHEAD]: each key is
     * hashed once, for the prefetch and the probe */
    const text_vbucket *ring[LOOKUP_AHEAD];
    for (size_t k = 0; k < LOOKUP_AHEAD && k < nt; k++) {
        ring[k] = &vb[vocab_bucket(shift, toks[k].key)];
        __builtin_prefetch(ring[k]);
    }
    /* (the tokens with one LOOKUP_AHEAD on, then the last ones) */
    for (; i + LOOKUP_AHEAD < nt; i++) {
        const text_vbucket *bk = ring[i % LOOKUP_AHEAD];
        const text_vbucket *a = &vb[vocab_bucket(shift, toks[i + LOOKUP_AHEAD].key)];
        ring[i % LOOKUP_AHEAD] = a;
        __builtin_prefetch(a);
        pend[np] = (uint32_t)i;
        np += vocab_lane(bk, &toks[i], &pay[i]);
    }
    for (; i < nt; i++) {
        pend[np] = (uint32_t)i;
        np += vocab_lane(ring[i % LOOKUP_AHEAD], &toks[i], &pay[i]);
    }
    for (size_t k = 0; k < np; k++) {
        text_tok *t = &toks[pend[k]];
        /* a long ASCII word whose lane the loop found: its length and bytes
         * confirm it */
        if (t->vid >= 0 && !(t->flags & (TOK_NONASCII | TOK_LONG)) && t->len > 8 &&
            v->off[t->vid + 1] - v->off[t->vid] == t->len &&
            same_ascii_word(v->pool + v->off[t->vid], d->text + t->start, t->len))
            continue;
        t->vid = vocab_token(v, d, t);
        pay[pend[k]] = t->vid >= 0 && v->pay ? v->pay[t->vid] : 0;
    }
    return 0;
}

#if TEXT_SIMD
/* ---- the fast path -----------------------------------------------------
 *
 * A block is 64 bytes from b; text_classify64() gives bitmasks of its word
 * bytes (ASCII letters and digits), printable bytes, bytes >= 0x80, spaces and
 * line breaks, bit i for byte b + i; the masks of the next block are made one
 * block ahead. Tokens start at the first byte of each run of word bytes,
 * word & ~(word << 1) (bit 0 from the block before), and at every other
 * printable byte; start bits are taken lowest first with ctz. A token at j
 * ends at the next bit of ~word above j (j + 1 for punctuation): ctz of
 * ~word >> j, or of the next block's ~word for a word that runs past this one.
 * A token of up to 8 bytes is built from one 8-byte load without branching on
 * what it is (short_tok); a longer word is hashed by long_word().
 *
 * The flags of the gap before a token (TOK_SPACE, TOK_NL, TOK_PARA) come from
 * whole-block masks (see tokenize_fast()): TOK_SPACE from the bit before the
 * token, TOK_NL and TOK_PARA, for the few tokens after a line break, by
 * carry-propagating additions that mark the end of each gap with a line break
 * (and an indent, a blank line or a bullet), then put on those tokens.
 *
 * The first byte >= 0x80 of a block, or one that continues an ASCII word,
 * hands over to the scalar tokenizer from the end of the last token (where it
 * has no pending state), up to the end of the token that contains or follows
 * that byte; the fast path then resumes there with a new block. So a stray ’
 * or é costs a few tokens of scalar work, not the whole text. */

/* Case in ASCII word bytes: letters have bit 0x40 set and digits do not;
 * lowercase letters also have bit 0x20. For word bytes w (other bytes zero),
 * let = w & 0x40.. marks the letters, and since w << 1 moves each byte's 0x20
 * bit onto its 0x40 bit, low = (w << 1) & let marks the lowercase ones. */
#define BYTES_40 0x4040404040404040ull
#define BYTES_20 0x2020202020202020ull

/* TOK_DIGIT and TOK_ALLCAPS (a letter and no lowercase letter) of a word from
 * the marks of its letters (let), lowercase letters (low) and digits (dig),
 * without branches: the marks are below 2^63, so -x has bit 63 set exactly
 * when x != 0, and x - 1 exactly when x == 0. */
static inline unsigned caps_flags(uint64_t let, uint64_t low, uint64_t dig) {
    return (unsigned)((-dig) >> 63) << 4 | (unsigned)((-let & (low - 1)) >> 63) << 3;
}
_Static_assert(TOK_DIGIT == 16 && TOK_ALLCAPS == 8, "caps_flags() computes the flag bits");

/* Flags of a token from the gap before it and its first byte: lead_flags[g][c]
 * for g = 1 after whitespace (TOK_SPACE), 0 else, and first byte c (TOK_WORD,
 * and TOK_UPPER or TOK_LOWER for a letter; TOK_STOP for ". ! ?", which are
 * one-byte tokens). */
#define LEAD(g)                                                                          \
    {                                                                                    \
        [0 ... '!' - 1] = (g), ['!'] = (g) | TOK_STOP, ['!' + 1 ... '.' - 1] = (g),      \
        ['.'] = (g) | TOK_STOP, ['/'] = (g), ['0' ... '9'] = (g) | TOK_WORD,             \
        [':' ... '?' - 1] = (g), ['?'] = (g) | TOK_STOP, ['@'] = (g),                    \
        ['A' ... 'Z'] = (g) | TOK_WORD | TOK_UPPER, ['Z' + 1 ... 'a' - 1] = (g),         \
        ['a' ... 'z'] = (g) | TOK_WORD | TOK_LOWER, ['z' + 1 ... 255] = (g),             \
    }
static const uint16_t lead_flags[2][256] = {LEAD(0), LEAD(TOK_SPACE)};
#undef LEAD

/* Up to 8 bytes from s + at, little-endian, without reading past s + len;
 * callers mask off the bytes they do not use. */
static inline uint64_t load8(const unsigned char *s, size_t len, size_t at) {
    uint64_t x;
    if (__builtin_expect(at + 8 <= len, 1)) {
        memcpy(&x, s + at, 8);
        return le64(x);
    }
    if (len >= 8) { /* near the end: the last 8 bytes, shifted down */
        memcpy(&x, s + len - 8, 8);
        return le64(x) >> (8 * (at + 8 - len));
    }
    x = 0;
    for (size_t k = at; k < len; k++) x |= (uint64_t)s[k] << (8 * (k - at));
    return x;
}

/* Key of the ASCII word s[st..e) of more than 8 bytes; adds its flags
 * (but the gap's) to *flags. */
static uint64_t long_word(const unsigned char *s, size_t len, size_t st, size_t e,
                          unsigned *flags) {
    uint64_t x, let = 0, low = 0, dig = 0;
    size_t n = e - st;
    if (n <= 16) {
        /* the usual long word ("government"): its first and last 8 bytes,
         * and no branch that depends on its length */
        uint64_t a, z;
        memcpy(&a, s + st, 8);
        memcpy(&z, s + e - 8, 8);
        a = le64(a), z = le64(z);
        let = (a | z) & BYTES_40, low = (((a << 1) & a) | ((z << 1) & z)) & BYTES_40;
        dig = ~(a & z) & BYTES_40;
        *flags |= lead_flags[0][s[st]] | caps_flags(let, low, dig);
        /* text_key over the lowercased bytes (| 0x20 lowercases a letter and
         * keeps a digit): the first 8, then the n - 8 left, which are the top
         * bytes of z */
        unsigned sh = (unsigned)(64 - 8 * (n - 8));
        uint64_t h = text_key_step(TEXT_KEY_SEED ^ n, a | BYTES_20);
        return TEXT_KEY_LONG(text_key_step(h, (z | BYTES_20) >> sh));
    }
    /* case marks over 8-byte pieces, the last one overlapping the one before
     * it (OR does not mind seeing bytes twice) */
    for (size_t k = st;; k += 8) {
        if (k + 8 > e) k = e - 8;
        memcpy(&x, s + k, 8);
        x = le64(x);
        let |= x & BYTES_40, low |= (x << 1) & x & BYTES_40, dig |= ~x & BYTES_40;
        if (k + 8 == e) break;
    }
    *flags |= lead_flags[0][s[st]] | caps_flags(let, low, dig);
    if (n > ENT_MAX_TOKEN) {
        *flags |= TOK_LONG;
        return 0;
    }
    uint64_t h = TEXT_KEY_SEED ^ n;
    size_t k = st;
    for (; k + 8 <= e; k += 8) {
        memcpy(&x, s + k, 8);
        h = text_key_step(h, le64(x) | BYTES_20);
    }
    if (k < e) {
        unsigned sh = (unsigned)(64 - 8 * (e - k));
        h = text_key_step(h, ((load8(s, len, k) | BYTES_20) << sh) >> sh);
    }
    return TEXT_KEY_LONG(h);
}

/* A token of n = 0..8 bytes at the start of the 8 bytes x: a word of n bytes,
 * or punctuation (n = 0: the byte at the start is not a word byte). Its key
 * is (x & keep) | low: the word's bytes with 0x20 set in each, which
 * lowercases a letter and keeps a digit (text_key()), or the punctuation
 * byte. */
static const struct short_tok {
    uint64_t word; /* 0xff in the n word bytes (none for punctuation) */
    uint64_t keep; /* bytes of x in the key: the word, or the punctuation byte */
    uint64_t low;  /* 0x20 in the n word bytes */
    uint64_t w40;  /* 0x40 in the n word bytes: the letter marks of an all-letter word */
    uint64_t meta; /* third word of the token but the flags: vid -1, len */
} short_tok[9] = {
#define SHORT_TOK(m, n)                                                                  \
    {m, m, (m) & BYTES_20, (m) & BYTES_40, 0xffffffffull | (uint64_t)(n) << 48}
    {0, 0xff, 0, 0, 0xffffffffull | 1ull << 48},
    SHORT_TOK(0xffull, 1),
    SHORT_TOK(0xffffull, 2),
    SHORT_TOK(0xffffffull, 3),
    SHORT_TOK(0xffffffffull, 4),
    SHORT_TOK(0xffffffffffull, 5),
    SHORT_TOK(0xffffffffffffull, 6),
    SHORT_TOK(0xffffffffffffffull, 7),
    SHORT_TOK(~0ull, 8),
#undef SHORT_TOK
};

/* A token is stored as three little-endian words: key, start | end << 32, and
 * vid | flags << 32 | len << 48 (so the fast path is for little-endian hosts,
 * which all SSE2 ones are). */
_Static_assert(sizeof(text_tok) == 24 && offsetof(text_tok, start) == 8 &&
                   offsetof(text_tok, end) == 12 && offsetof(text_tok, vid) == 16 &&
                   offsetof(text_tok, flags) == 20 && offsetof(text_tok, len) == 22,
               "tokens are written as three words");
static inline void store_tok(text_tok *t, uint64_t key, uint64_t span, uint64_t meta) {
    memcpy((char *)t, &key, 8);
    memcpy((char *)t + 8, &span, 8);
    memcpy((char *)t + 16, &meta, 8);
}

/* The masks of text_classify64() for s[b..b + 64); past the end of the text,
 * as if padded with whitespace (no tokens there). */
static inline __attribute__((always_inline)) void classify_at(const unsigned char *s,
                                                              size_t len, size_t b,
                                                              text_masks *m) {
    if (__builtin_expect(b + 64 <= len, 1)) {
        text_classify64(s + b, m);
    } else if (b < len) {
        unsigned char buf[64] = {0};
        memcpy(buf, s + b, len - b);
        text_classify64(buf, m);
    } else {
        memset(m, 0, sizeof(*m));
    }
}

/* The '\t' bytes of s[b..b + 64) as a mask (rarely needed). */
static uint64_t tab_mask(const unsigned char *s, size_t len, size_t b) {
    uint64_t m = 0;
    for (size_t i = 0; i < 64 && b + i < len; i++) m |= (uint64_t)(s[b + i] == '\t') << i;
    return m;
}

/* The number of set bits (without -mpopcnt, __builtin_popcountll is a library
 * call). */
static inline unsigned popcount64(uint64_t x) {
#if defined(__POPCNT__)
    return (unsigned)__builtin_popcountll(x);
#else
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (unsigned)((x * 0x0101010101010101ull) >> 56);
#endif
}

/* x + y + *c, leaving the carry out in *c. */
static inline uint64_t add_carry(uint64_t x, uint64_t y, uint64_t *c) {
    uint64_t s1 = x + y, s2 = s1 + *c;
    *c = (s1 < x) | (s2 < s1);
    return s2;
}

/* How far ahead of the block tokenize_fast() prefetches the text. */
#define TEXT_AHEAD 512

static int tokenize_fast(text_doc *d, const unsigned char *s, size_t len) {
    size_t b = 0; /* start of the block */
    /* the next token slot, in a local: stores through it could alias d */
    text_tok *t = d->toks + d->ntoks, *tend = d->toks + d->captoks;
    text_masks cur, nxt; /* this block and the next one */
    /* What the block before passes on (zero when it is not the block right
     * before, after the scalar code: no word or gap then runs into this one):
     * bits 63 of its word, whitespace, "at or after a line break" (f) and
     * space masks, and the carries of the additions below. */
    uint64_t word_in = 0, ws_in = 0, f_in = 0, space_in = 0, c_nl = 0, c_g = 0, c_para = 0;
    /* the last bytes of the text, zero-padded, for the 8-byte loads of short
     * tokens near the end */
    unsigned char tail[64 + 8];
    /* The text is read once, front to back, and is often not in cache (a
     * text just received, or the next of many): its first lines are asked
     * for at once, and each block asks for the line TEXT_AHEAD bytes on, so
     * that the loads overlap instead of waiting one after another. */
    for (size_t a = 64; a < TEXT_AHEAD && a < len; a += 64) __builtin_prefetch(s + a);
    classify_at(s, len, 0, &cur);
    while (b < len) {
        if (b + TEXT_AHEAD < len) __builtin_prefetch(s + b + TEXT_AHEAD);
        classify_at(s, len, b + 64, &nxt);
        const unsigned char *sb = s + b; /* short tokens load from sb + j */
        if (__builtin_expect(len - b < 64 + 8, 0)) {
            memset(tail, 0, sizeof(tail));
            memcpy(tail, s + b, len - b);
            sb = tail;
        }
        uint64_t starts = (cur.word & ~(cur.word << 1 | word_in)) | (cur.print & ~cur.word);
        /* The gap before a token at j is the run of whitespace (ws) bits
         * ending at j - 1; its flags are set from masks with a bit at each
         * position right after a run, so at the token:
         *
         * Adding to a run of ones any bits inside it carries out of the run:
         * the sum has the bit right after the run set exactly when some bit
         * was added (the bits inside become garbage, but they are never
         * read). So (ws + m) ^ ws marks the runs that contain a bit of m. The
         * carry out of bit 63 goes on into the next block.
         *
         * after_ws: a gap at all (TOK_SPACE). nl_at: a gap with a line break
         * (TOK_NL). para_at (TOK_PARA): after the first line break of the
         * gap, another one, a tab or two spaces (an indented line); or a
         * bullet "- " or "* " after a gap with a line break. For the former,
         * g marks the part of each run before its first line break: adding
         * the run starts to the run without its line breaks carries through
         * that part (the same trick); f is the rest, so f << 1 is "after the
         * first line break". The second space of a pair marks the pair. */
        uint64_t ws = ~(cur.print | cur.high);
        uint64_t after_ws = ws << 1 | ws_in;
        uint64_t nl_at = add_carry(ws, cur.nl, &c_nl) ^ ws;
        uint64_t q = ws & ~cur.nl, run_starts = ws & ~after_ws;
        uint64_t g = (add_carry(q, run_starts & q, &c_g) ^ q) & q, f = ws & ~g;
        uint64_t after_nl = (f << 1 | f_in) & ws;
        uint64_t pair = cur.space & (cur.space << 1 | space_in);
        uint64_t indent = (cur.nl | pair) & after_nl;
        uint64_t ctl = ws & ~cur.space & ~cur.nl & after_nl; /* tabs among them */
        if (__builtin_expect(ctl != 0, 0)) indent |= ctl & tab_mask(s, len, b);
        uint64_t para_at = add_carry(ws, indent, &c_para) ^ ws;
        /* bullets: a "-" or "*" token after a line break, a space after it */
        uint64_t bullets = nl_at & cur.print & ~cur.word & (cur.space >> 1 | nxt.space << 63);
        while (__builtin_expect(bullets != 0, 0)) {
            unsigned j = (unsigned)__builtin_ctzll(bullets);
            bullets &= bullets - 1;
            if (s[b + j] == '*' || s[b + j] == '-') para_at |= 1ull << j;
        }
        size_t stop = 0; /* > 0: let the scalar code take over up to here */
        if (cur.high) {
            /* Tokens before the first high byte h only, and not the word that
             * runs into it: that one may go on with non-ASCII letters. (A word
             * from the block before never does: it was handed over there.) */
            unsigned h = (unsigned)__builtin_ctzll(cur.high);
            uint64_t before = (1ull << h) - 1;
            if (h > 0 && (cur.word >> (h - 1) & 1)) /* cut at the start of that word */
                before = (1ull << (63 - __builtin_clzll(starts & before))) - 1;
            starts &= before;
            stop = b + h + 1;
        }
        /* Every token of the block starts at a bit of starts: one capacity
         * check per block (growing a doubling at a time, as push_tok() would).
         * (Counting the bits only near the end.) */
        if (__builtin_expect(tend - t < 64, 0)) {
            size_t nt = (size_t)(t - d->toks);
            while (d->captoks - nt < popcount64(starts)) {
                d->ntoks = nt;
                if (ent_grow(&d->toks, &d->captoks, d->captoks + 1, sizeof(text_tok)))
                    return ENT_ENOMEM;
            }
            t = d->toks + nt, tend = d->toks + d->captoks;
        }
        uint64_t notword = ~cur.word;
        /* The loop gives each token TOK_SPACE from after_ws; the few after a
         * line break get TOK_NL and TOK_PARA after it (see below). */
        uint64_t block_starts = starts;
        text_tok *block_toks = t;
        while (starts) {
            unsigned j = (unsigned)__builtin_ctzll(starts);
            starts &= starts - 1;
            const uint16_t *lead = lead_flags[after_ws >> j & 1];
            uint64_t rest = notword >> j; /* 0: a word that runs past the block */
            size_t n;
            if (__builtin_expect(rest != 0, 1)) {
                n = (size_t)__builtin_ctzll(rest); /* 0 for punctuation */
            } else {
                /* It ends in the next block, unless that is all word bytes,
                 * or it runs into non-ASCII: "Zürich", "Iran’s". */
                uint64_t nn = ~nxt.word;
                size_t e;
                if (__builtin_expect(nn != 0, 1)) {
                    unsigned q = (unsigned)__builtin_ctzll(nn);
                    e = b + 64 + q;
                    if (nxt.high >> q & 1) {
                        stop = e + 1;
                        break;
                    }
                } else {
                    e = b + 128;
                    while (e < len && wfold[s[e]]) e++;
                    if (e < len && s[e] >= 0x80) {
                        stop = e + 1;
                        break;
                    }
                }
                n = e - (b + j);
            }
            size_t st = b + j;
            if (__builtin_expect(n <= 8, 1)) {
                /* A punctuation token or a short word, without branching on
                 * which (see short_tok) */
                const struct short_tok *k = &short_tok[n];
                uint64_t x;
                memcpy(&x, sb + j, 8);
                x = le64(x);
                uint64_t w = x & k->word;
                uint64_t let = w & BYTES_40, low = (w << 1) & let;
                /* caps_flags(), "a digit" being "not only letters": let <
                 * w40, the sign of let - w40 (the marks are below 2^63) */
                unsigned flags = lead[x & 0xff] | (unsigned)((let - k->w40) >> 63) << 4 |
                                 (unsigned)((-let & (low - 1)) >> 63) << 3;
                uint64_t meta = k->meta;
                size_t e = st + (meta >> 48);
                store_tok(t++, (x & k->keep) | k->low, st | (uint64_t)e << 32,
                          meta | (uint64_t)flags << 32);
            } else { /* a long word */
                size_t e = st + n;
                unsigned flags = lead[0]; /* TOK_SPACE or 0 */
                uint64_t key = long_word(s, len, st, e, &flags);
                uint64_t tl = n > UINT16_MAX ? UINT16_MAX : n;
                store_tok(t++, key, st | (uint64_t)e << 32,
                          0xffffffffull | (uint64_t)flags << 32 | tl << 48);
            }
        }
        /* TOK_NL and TOK_PARA: the token of a start bit is the one whose
         * index in the block is the number of start bits below it */
        uint64_t nl_starts = nl_at & block_starts;
        size_t pushed = (size_t)(t - block_toks);
        while (nl_starts) {
            uint64_t bit = nl_starts & -nl_starts;
            nl_starts ^= bit;
            size_t i = popcount64(block_starts & (bit - 1));
            if (i >= pushed) break; /* handed over to the scalar code */
            block_toks[i].flags |= TOK_NL | (para_at & bit ? TOK_PARA : 0);
        }
        if (stop) {
            /* from the end of the last token, where no state is pending */
            size_t pe = t > d->toks ? t[-1].end : 0;
            d->ntoks = (size_t)(t - d->toks);
            if (tokenize_scalar(d, s, len, &pe, stop)) return ENT_ENOMEM;
            t = d->toks + d->ntoks, tend = d->toks + d->captoks;
            /* resume at the end of the scalar code's last token: a token end,
             * so no word or gap runs into the block */
            b = pe;
            word_in = ws_in = f_in = space_in = c_nl = c_g = c_para = 0;
            classify_at(s, len, b, &cur);
        } else {
            b += 64;
            word_in = cur.word >> 63, ws_in = ws >> 63, f_in = f >> 63;
            space_in = cur.space >> 63;
            cur = nxt;
        }
    }
    d->ntoks = (size_t)(t - d->toks);
    /* the start of the text is whitespace, a line break and a paragraph
     * break: the scalar code starts with those flags pending; they include
     * whatever the gap before the first token gave */
    if (d->ntoks) d->toks[0].flags |= TOK_SPACE | TOK_NL | TOK_PARA;
    return 0;
}
#endif

static int tokenize_begin(text_doc *d, const char *text, size_t len) {
    d->text = text;
    d->len = len;
    d->ntoks = 0;
    d->nsents = 0;
    /* most text has one token per 4-6 bytes: reserve once instead of doubling */
    if (d->captoks < len / 4 + 16 &&
        ent_grow(&d->toks, &d->captoks, len / 4 + 16, sizeof(text_tok)))
        return ENT_ENOMEM;
    return 0;
}

int text_tokenize_scalar(text_doc *d, const char *text, size_t len) {
    size_t i = 0;
    if (tokenize_begin(d, text, len)) return ENT_ENOMEM;
    return tokenize_scalar(d, (const unsigned char *)text, len, &i, len);
}

int text_tokenize(text_doc *d, const char *text, size_t len) {
    if (tokenize_begin(d, text, len)) return ENT_ENOMEM;
#if TEXT_SIMD
    /* token offsets are 32-bit; the fast path packs them into one word, so
     * it leaves texts past 4 GiB (not allowed anyway) to the scalar loop */
    if (__builtin_expect(len <= UINT32_MAX, 1))
        return tokenize_fast(d, (const unsigned char *)text, len);
#endif
    size_t i = 0;
    return tokenize_scalar(d, (const unsigned char *)text, len, &i, len);
}

int text_tokenize_vocab(text_doc *d, const char *text, size_t len, const text_vocab *v) {
    int rc = text_tokenize(d, text, len);
    if (rc || v->vb) return rc ? rc : vocab_lookup(v, d);
    /* (no table: no token has a word) */
    if (ent_grow(&d->pay, &d->cappay, d->ntoks + 1, sizeof(uint32_t))) return ENT_ENOMEM;
    memset(d->pay, 0, d->ntoks * sizeof(uint32_t));
    return 0;
}

/* ---- romanized syllables ------------------------------------------------ */

/* Is the lowercase ASCII word w[0..n) one romanized Chinese, Korean or
 * Vietnamese syllable ("leung", "kwok", "hee", "chan", "thinh")? An initial of
 * up to two consonants from a fixed set, one to three vowels, and a final n,
 * ng, nh, m, k, p, t, l, h, r or rk. English words of that shape exist
 * ("free", "sea"): the tagger's rules that use it ask for more than one
 * word of it. */
int text_syllable(const char *w, size_t n) {
    static const char *const initials[] = {"ch", "sh", "zh", "ts", "ng", "kw", "gw", "hw",
                                           "ky", "gy", "ph", "th", "tr", "rh"};
    static const char *const finals[] = {"ng", "nh", "rk"};
    size_t p = 0;
    if (n == 0 || n > 6) return 0;
    for (size_t k = 0; k < ENT_ARRAY_LEN(initials) && !p; k++)
        if (n > 2 && w[0] == initials[k][0] && w[1] == initials[k][1]) p = 2;
    if (!p && !strchr("aeiouy", w[0])) p = 1; /* one consonant */
    size_t v = p;
    while (v < n && v - p < 3 && strchr("aeiouy", w[v])) v++;
    if (v == p) return 0; /* no vowel */
    if (v == n) return 1;
    for (size_t k = 0; k < ENT_ARRAY_LEN(finals); k++)
        if (n - v == 2 && w[v] == finals[k][0] && w[v + 1] == finals[k][1]) return 1;
    return n - v == 1 && strchr("nmktplhr", w[v]) != NULL;
}

/* ---- sentences ---------------------------------------------------------- */

/* Abbreviations that never end a sentence when a capitalized word follows:
 * titles and months come before a name or a number. Lowercase, no period. */
static const char *const abbr_title[] = {
    "adm", "approx", "apr", "aug", "ave", "blvd", "brig", "capt", "cdr", "cmdr",
    "col", "cpl", "cpt", "dec", "dept", "det", "dr", "est", "feb", "fig",
    "fr", "ft", "gen", "gens", "gov", "govs", "hon", "insp", "jan", "jr",
    "jul", "jun", "lt", "maj", "mar", "messrs", "mlle", "mme", "mr", "mrs",
    "ms", "mt", "no", "nos", "nov", "oct", "pp", "pres", "prof", "pvt",
    "rep", "reps", "ret", "rev", "sen", "sens", "sep", "sept", "sgt", "sr",
    "st", "supt", "univ", "v", "vol", "vs",
};

/* Abbreviations that often end a sentence too: a sentence break after them
 * needs a typical sentence-opening word next ("... Acme Inc. The company"). */
static const char *const abbr_end[] = {
    "ag", "al", "bhd", "bros", "co", "corp", "cos", "etc", "inc", "llc",
    "ltd", "nv", "plc", "sa",
};

/* Words that commonly open a sentence; used only to decide after an initialism
 * or a company abbreviation. */
static const char *const openers[] = {
    "a", "after", "also", "an", "analysts", "and", "as", "at", "before", "both",
    "but", "earlier", "for", "he", "her", "his", "how", "however", "i", "if",
    "in", "it", "its", "last", "later", "many", "meanwhile", "officials", "on", "our",
    "she", "since", "so", "some", "still", "that", "the", "their", "there", "these",
    "they", "this", "those", "under", "we", "what", "when", "while", "who", "why",
    "yet", "you",
};

void text_words_init(const text_words *const *sets, size_t n) {
    for (size_t k = 0; k < n; k++) {
        const text_words *l = sets[k];
        memset(l->b, 0, (l->mask + 1) * sizeof(text_wbucket));
        for (size_t i = 0; i < l->n; i++) {
            const char *w = l->words[i];
            size_t len = strlen(w);
            uint64_t key = text_key(w, len);
            size_t j = text_mix64(key) & l->mask;
            for (; l->b[j].len[3]; j = (j + 1) & l->mask) l->b[j].over = 1;
            text_wbucket *bk = &l->b[j];
            int q = 0;
            while (bk->len[q]) q++;
            bk->key[q] = key, bk->word[q] = (uint32_t)i, bk->len[q] = (uint16_t)len;
        }
    }
}

int text_words_check(const text_words *const *sets, size_t n) {
    text_doc d;
    memset(&d, 0, sizeof(d));
    int ok = 1;
    for (size_t k = 0; k < n && ok; k++)
        for (size_t i = 0; i < sets[k]->n && ok; i++) {
            const char *w = sets[k]->words[i];
            ok = text_tokenize(&d, w, strlen(w)) == 0 && d.ntoks == 1 &&
                 text_words_find(sets[k], &d, &d.toks[0]) == (long)i;
        }
    text_doc_free(&d);
    return ok;
}

long text_words_find(const text_words *l, const text_doc *d, const text_tok *t) {
    /* (no branch on the token's kind: the lanes of other tokens are dropped) */
    unsigned ok = (t->flags & (TOK_WORD | TOK_NONASCII)) == TOK_WORD;
    for (size_t j = text_mix64(t->key) & l->mask;; j = (j + 1) & l->mask) {
        const text_wbucket *bk = &l->b[j];
        for (unsigned m = keys4_eq(bk->key, t->key) & -ok; m; m &= m - 1) {
            unsigned q = (unsigned)__builtin_ctz(m);
            if (bk->len[q] != t->len) continue;
            /* a longer word has a hashed key: the bytes confirm it */
            if (t->len > 8 && !same_ascii_word(l->words[bk->word[q]], d->text + t->start, t->len))
                return -1;
            return (long)bk->word[q];
        }
        if (!bk->over) return -1;
    }
}

/* The sentence splitter's lists as keyed sets, built at start. */
TEXT_WORDS(list_title, abbr_title);
TEXT_WORDS(list_end, abbr_end);
TEXT_WORDS(list_open, openers);

__attribute__((constructor)) static void build_list_keys(void) {
    static const text_words *const sets[] = {&list_title, &list_end, &list_open};
    text_words_init(sets, ENT_ARRAY_LEN(sets));
}

static int in_list(const text_doc *d, const text_tok *t, const text_words *l) {
    return text_words_find(l, d, t) >= 0;
}

static int is_char(const text_doc *d, const text_tok *t, char c) {
    return t->len == 1 && d->text[t->start] == c;
}

/* Closing quotes and brackets that stay with the sentence they end. */
static int is_closer(const text_doc *d, const text_tok *t) {
    if (t->flags & TOK_WORD) return 0;
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    if (t->len == 1) return *p == '"' || *p == '\'' || *p == ')' || *p == ']';
    if (t->len == 3 && p[0] == 0xe2 && p[1] == 0x80)
        return p[2] == 0x9d || p[2] == 0x99; /* ” ’ */
    return 0;
}

/* Can token t begin a new sentence? */
static int can_open(const text_doc *d, const text_tok *t) {
    if (t->flags & (TOK_UPPER | TOK_DIGIT)) return 1;
    if (t->flags & TOK_WORD) return 0;
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    /* (and a wire's angle bracket round a company's name: "... rose. <Acme
     * Inc> said") */
    if (t->len == 1 && *p == '<')
        return t->start + 1 < d->len && p[1] >= 'A' && p[1] <= 'Z';
    if (t->len == 1) return *p == '"' || *p == '\'' || *p == '(' || *p == '[';
    if (t->len == 3 && p[0] == 0xe2 && p[1] == 0x80)
        return p[2] == 0x9c || p[2] == 0x98 || p[2] == 0x94 || p[2] == 0xa2; /* “ ‘ — • */
    return 0;
}

static int push_sent(text_doc *d, size_t tbeg, size_t tend) {
    if (tend <= tbeg) return 0;
    if (d->nsents == d->capsents &&
        ent_grow(&d->sents, &d->capsents, d->nsents + 1, sizeof(text_sent)))
        return ENT_ENOMEM;
    text_sent *s = &d->sents[d->nsents++];
    s->tbeg = (uint32_t)tbeg;
    s->tend = (uint32_t)tend;
    s->start = d->toks[tbeg].start;
    s->end = d->toks[tend - 1].end;
    d->toks[tbeg].flags |= TOK_SENT;
    return 0;
}

/* Hard cap on a sentence: a run of text with no sentence end (a table, a list)
 * is cut so that per-sentence work stays bounded. */
#define SENT_MAX_TOKENS 400

/* Is token t a sentence stop: a one-byte ".", "!" or "?" token? */
static inline int is_stop(const text_tok *t) {
    return (t->flags & TOK_STOP) != 0;
}

int text_sentences(text_doc *d) {
    if (ent_grow(&d->marks, &d->capmarks, d->ntoks + 1, sizeof(uint32_t))) return ENT_ENOMEM;
    size_t nm = 0;
    for (size_t i = 0; i < d->ntoks; i++) {
        d->marks[nm] = (uint32_t)i;
        nm += (size_t)text_tok_mark(&d->toks[i]);
    }
    return text_sentences_at(d, d->marks, nm);
}

int text_sentences_at(text_doc *d, const uint32_t *marks, size_t nm) {
    size_t n = d->ntoks, beg = 0;
    /* TOK_SENT is set only below, on the first token of each sentence: a
     * second call clears the marks of the first (tokenizing sets none) */
    for (size_t k = 0; k < d->nsents; k++) d->toks[d->sents[k].tbeg].flags &= (uint16_t)~TOK_SENT;
    d->nsents = 0;
    /* Only the marked tokens are visited: a sentence stop is one token in
     * twenty or so. */
    for (size_t mi = 0; mi < nm; mi++) {
        size_t i = marks[mi];
        if (i < beg) continue; /* inside the stops and closers that ended a sentence */
        /* a run of text with no sentence end is cut every SENT_MAX_TOKENS */
        while (i - beg >= SENT_MAX_TOKENS) {
            if (push_sent(d, beg, beg + SENT_MAX_TOKENS)) return ENT_ENOMEM;
            beg += SENT_MAX_TOKENS;
        }
        text_tok *t = &d->toks[i];
        /* Paragraph starts end the sentence before. A single line break does
         * not: newswire is hard-wrapped ("president of the New\nYork Stock
         * Exchange"), and a headline is followed by a blank line. */
        if (i > beg && (t->flags & TOK_PARA)) {
            if (push_sent(d, beg, i)) return ENT_ENOMEM;
            beg = i;
        }
        if (!is_stop(t)) continue;
        /* Extend over repeated stops and closing quotes: `?!`, `...`, `.”` */
        size_t j = i + 1;
        while (j < n && !(d->toks[j].flags & TOK_SPACE) &&
               (is_stop(&d->toks[j]) || is_closer(d, &d->toks[j])))
            j++;
        if (j < n) {
            const text_tok *nx = &d->toks[j];
            if (!(nx->flags & TOK_SPACE)) continue; /* 3.5, U.S, reuters.com */
            if (!can_open(d, nx) && !(nx->flags & TOK_PARA)) continue;
            if (t->key == '.' && i > beg && j == i + 1) {
                const text_tok *pv = &d->toks[i - 1];
                int para = (nx->flags & TOK_PARA) != 0;
                /* abbreviations are short: longer words end the sentence at once */
                if (para || !(pv->flags & TOK_WORD) || pv->len > 6) goto brk;
                if (!(pv->flags & TOK_SPACE) && i >= 2 && is_char(d, &d->toks[i - 2], '.')) {
                    /* part of an initialism: U.S. or e.g. */
                    if (!in_list(d, nx, &list_open)) continue;
                } else if (pv->len == 1 && (pv->flags & TOK_UPPER)) {
                    /* an initial: "J. Smith" */
                    if (!in_list(d, nx, &list_open)) continue;
                } else if (in_list(d, pv, &list_title)) {
                    continue;
                } else if (in_list(d, pv, &list_end)) {
                    if (!in_list(d, nx, &list_open)) continue;
                }
            }
        }
    brk:
        if (push_sent(d, beg, j)) return ENT_ENOMEM;
        beg = j;
    }
    while (n - beg > SENT_MAX_TOKENS) {
        if (push_sent(d, beg, beg + SENT_MAX_TOKENS)) return ENT_ENOMEM;
        beg += SENT_MAX_TOKENS;
    }
    if (push_sent(d, beg, n)) return ENT_ENOMEM;
    return 0;
}

void text_doc_free(text_doc *d) {
    ent_free(d->toks);
    ent_free(d->sents);
    ent_free(d->marks);
    ent_free(d->pend);
    ent_free(d->pay);
    memset(d, 0, sizeof(*d));
}
