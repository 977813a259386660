/* text.h - UTF-8 validation, tokens with byte offsets, folding and sentences.
 *
 * One tokenizer serves gazetteer entries and article text, so an entry and the
 * text it names always split the same way ("U.S." is U . S . in both). A token
 * is either a run of word characters (Unicode letters, marks and digits) or a
 * single punctuation character. Tokens keep offsets into the original bytes;
 * folding (case, diacritics, apostrophe and dash variants) only feeds the key
 * and the comparisons, so offsets never shift ("İstanbul" keeps its bytes).
 *
 * Pure module: no I/O, no threads, no logging. */
#ifndef ENT_TEXT_H
#define ENT_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Token flags. */
enum {
    TOK_WORD = 1 << 0,     /* letters/digits; otherwise one punctuation char */
    TOK_UPPER = 1 << 1,    /* first character is an uppercase letter */
    TOK_LOWER = 1 << 2,    /* first character is a lowercase letter */
    TOK_ALLCAPS = 1 << 3,  /* has a letter and no lowercase letter */
    TOK_DIGIT = 1 << 4,    /* contains a digit */
    TOK_NONASCII = 1 << 5, /* contains a byte >= 0x80 */
    TOK_SPACE = 1 << 6,    /* preceded by whitespace (or the start of text) */
    TOK_NL = 1 << 7,       /* preceded by a line break */
    TOK_PARA = 1 << 8,     /* starts a paragraph: blank line, indent or bullet */
    TOK_SENT = 1 << 9,     /* first token of a sentence (text_sentences) */
    TOK_LONG = 1 << 10,    /* longer than ENT_MAX_TOKEN bytes: never folded */
    TOK_STOP = 1 << 11,    /* the one-byte token ".", "!" or "?" */
};

typedef struct text_tok {
    uint64_t key;        /* text_key() of the folded form */
    uint32_t start, end; /* byte span in the original text, end exclusive */
    int32_t vid;         /* vocabulary id set by the gazetteer, -1 = unknown */
    uint16_t flags;      /* TOK_* */
    uint16_t len;        /* end - start, capped at UINT16_MAX */
} text_tok;

typedef struct text_sent {
    uint32_t tbeg, tend;  /* token range [tbeg, tend) */
    uint32_t start, end;  /* byte span, end exclusive, trailing space trimmed */
} text_sent;

/* A tokenized text. The arrays are reused across calls to avoid allocation
 * churn when one thread tags many articles. */
typedef struct text_doc {
    const char *text; /* borrowed until the next tokenize or clear */
    size_t len;
    text_tok *toks;
    size_t ntoks, captoks;
    text_sent *sents;
    size_t nsents, capsents;
    uint32_t *marks; /* text_sentences' list for text_sentences_at */
    size_t capmarks;
    uint32_t *pend;  /* text_tokenize_vocab's tokens whose id is looked up last */
    size_t cappend;
    /* text_tokenize_vocab: pay[i] is the payload of token i's word in the
     * vocabulary (text_vocab.pay), 0 for a token in none */
    uint32_t *pay;
    size_t cappay;
} text_doc;

/* 1 if s[0..n) is valid UTF-8 (no overlongs, surrogates or values > U+10FFFF),
 * else 0 with *bad set to the offset of the first bad byte (bad may be NULL). */
int text_utf8_valid(const char *s, size_t n, size_t *bad);

/* Tokenize text[0..len) into d (replacing its previous tokens and sentences).
 * text is borrowed until the next call. Every token's vid is -1. Returns 0 or
 * ENT_ENOMEM. */
int text_tokenize(text_doc *d, const char *text, size_t len);

/* A vocabulary of folded words (ids 0..n-1), each with a 32-bit payload, as a
 * lookup table for the ids and payloads of a text's tokens
 * (text_tokenize_vocab). Buckets of TEXT_VB words fill one cache line each: a
 * probe reads one line and compares its keys at once, and the line also holds
 * the payload, which a caller would otherwise read from an array by id, at
 * random again for each token. A word is in the bucket its key hashes to
 * (vocab_bucket in text.c), or, when that one was full, in a bucket after it;
 * lanes fill in order, so a bucket whose last lane is empty is not full. A
 * third of the lanes are used, so that few buckets are full and a word
 * missing from the vocabulary (most words of a text) is nearly always decided
 * by its own bucket. */
#define TEXT_VB 4
#define TEXT_VID1 0x3fffffffu    /* vid1's bits of the id + 1 (0 = empty lane) */
#define TEXT_VB_SLOW (1u << 30)  /* the bucket is full, or two of its lanes have one key */
#define TEXT_VB_CHECK (1u << 31) /* the lane's word is over 8 bytes (its key is a
                                  * hash: the bytes confirm it), or two lanes of the
                                  * bucket have one key */
typedef struct text_vbucket {
    uint64_t key[TEXT_VB];  /* text_key of the folded word */
    /* id + 1 (TEXT_VID1) and the bucket's and lane's TEXT_VB_SLOW and
     * TEXT_VB_CHECK, set in every lane, the empty ones too (text_vocab_build) */
    uint32_t vid1[TEXT_VB];
    uint32_t pay[TEXT_VB];  /* the word's payload, 0 in an empty lane */
} text_vbucket;
_Static_assert(sizeof(text_vbucket) == 64, "a bucket is a cache line");

typedef struct text_vocab {
    text_vbucket *vb;   /* aligned to 64 bytes */
    size_t mask;        /* buckets - 1 */
    unsigned shift;     /* 64 - log2(buckets) */
    const char *pool;   /* borrowed: the words' folded bytes ... */
    const uint32_t *off; /* ... word k at pool[off[k] .. off[k + 1]) */
    const uint32_t *pay; /* borrowed: word k's payload pay[k] (NULL: all 0) */
} text_vocab;

/* Build v over the n words pool[off[k] .. off[k + 1]) (folded, distinct)
 * with the payloads pay[0..n) (NULL: all 0), which v borrows. Returns 0 or
 * ENT_ENOMEM (also for n >= TEXT_VID1). */
int text_vocab_build(text_vocab *v, const char *pool, const uint32_t *off, const uint32_t *pay,
                     uint32_t n);
void text_vocab_free(text_vocab *v);

/* Id of the folded word s[0..n), or -1. */
int32_t text_vocab_find(const text_vocab *v, const char *s, size_t n);

/* text_tokenize() that also sets each token's vid, the id in v of its folded
 * form or -1, and d->pay[i], that word's payload or 0. */
int text_tokenize_vocab(text_doc *d, const char *text, size_t len, const text_vocab *v);

/* Split d's tokens into sentences: ends at . ! ? (not after abbreviations such
 * as "U.S.", "Dr." or "Jan."), closing quotes after them, and paragraph breaks
 * (blank line, indented line, bullet); a single line break is not one. Sets
 * TOK_SENT. Returns 0 or ENT_ENOMEM. */
int text_sentences(text_doc *d);

/* Can token t end a sentence (TOK_STOP) or does it start a paragraph? */
static inline int text_tok_mark(const text_tok *t) {
    return (t->flags & (TOK_STOP | TOK_PARA)) != 0;
}

/* text_sentences() for a caller that has listed the tokens of d for which
 * text_tok_mark() holds, in order, in marks[0..nmarks) while walking them for
 * its own ends: only those are visited then. */
int text_sentences_at(text_doc *d, const uint32_t *marks, size_t nmarks);

/* Is token i a dash: "-", or an en or em dash ("–", "—")? */
static inline int text_is_dash(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    return (t->len == 1 && *p == '-') ||
           (t->len == 3 && p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94));
}

/* Does token i open a sentence (TOK_SENT), or the text after a dateline's
 * dash, "-", "–" or "—" between spaces ("COPENHAGEN - Shares of ...")? */
static inline int text_opens_clause(const text_doc *d, size_t i) {
    if (d->toks[i].flags & TOK_SENT) return 1;
    if (i < 2 || !(d->toks[i].flags & TOK_SPACE) || !(d->toks[i - 1].flags & TOK_SPACE)) return 0;
    return text_is_dash(d, i - 1);
}

/* Free d's arrays; d may be reused after. */
void text_doc_free(text_doc *d);

/* Fold s[0..n) (one token) into out: case-folded, diacritics stripped, NFKC
 * compatibility forms, apostrophes to ', dashes to -. Returns the folded length,
 * or -1 when out (cap bytes) is too small or s is not UTF-8. */
int text_fold(const char *s, size_t n, char *out, size_t cap);

/* Fold a phrase for name lookups: each whitespace-separated chunk folded with
 * text_fold, chunks joined by one space, no leading or trailing space. Returns
 * the length written to out, or -1 when cap is too small or s is not UTF-8. The
 * gazetteer's prefix index and the store's name index both use this key. */
int text_fold_phrase(const char *s, size_t n, char *out, size_t cap);

/* 32-bit FNV-1a of bytes (ids and other strings). */
static inline uint32_t text_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* 64-bit hash of bytes taken eight at a time, for in-memory tables keyed by
 * ids and names (it is never stored, and depends on the host's byte order):
 * several times faster than text_hash on strings of twenty bytes. */
static inline uint64_t text_hash_words(const char *s, size_t n) {
    const uint64_t m = 0xff51afd7ed558ccdull;
    uint64_t h = 0x9e3779b97f4a7c15ull ^ n, x;
    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&x, s, 8);
        h = (h ^ x) * m;
        h ^= h >> 32;
    }
    x = 0;
    for (size_t i = 0; i < n; i++) x |= (uint64_t)(unsigned char)s[i] << (8 * i);
    h = (h ^ x) * m;
    return h ^ h >> 32;
}

/* The hash of a 64-bit key (the finalizer of MurmurHash3's 64-bit mix). */
static inline uint64_t text_mix64(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    return k;
}

/* Key of folded bytes s[0..n): up to 8 bytes are the key itself (byte i in bits
 * 8i..8i+7, zero-padded), so two short words are equal exactly when their keys
 * and lengths are. Longer words get a 64-bit hash of their length and their
 * bytes taken eight at a time (little-endian, the last piece zero-padded):
 * two multiplications for the usual long word, where a byte-at-a-time hash
 * takes a chain of one per byte. Equal long keys are confirmed by the bytes
 * wherever a match matters. The hash's low byte is cleared (TEXT_KEY_LONG):
 * a short word's is its first byte, never 0 in a token, so a long key is
 * never a short one, and a short word that a key finds needs no other check
 * (vocab_lane in text.c). The tokenizer computes the same value on the fly. */
#define TEXT_KEY_SEED 0x9e3779b97f4a7c15ull
#define TEXT_KEY_LONG(h) ((h) & ~(uint64_t)0xff)
static inline uint64_t text_key_step(uint64_t h, uint64_t piece) {
    h = (h ^ piece) * 0xff51afd7ed558ccdull;
    return h ^ h >> 32;
}
static inline uint64_t text_key(const char *s, size_t n) {
    uint64_t k = 0;
    if (n <= 8) {
        for (size_t i = 0; i < n; i++) k |= (uint64_t)(unsigned char)s[i] << (8 * i);
        return k;
    }
    uint64_t h = TEXT_KEY_SEED ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        k = 0;
        for (size_t j = 0; j < 8; j++) k |= (uint64_t)(unsigned char)s[i + j] << (8 * j);
        h = text_key_step(h, k);
    }
    if (i < n) {
        k = 0;
        for (size_t j = 0; i + j < n; j++) k |= (uint64_t)(unsigned char)s[i + j] << (8 * j);
        h = text_key_step(h, k);
    }
    return TEXT_KEY_LONG(h);
}

/* A fixed set of lowercase ASCII words, each one token, looked up by a
 * token's key: their (key, length) pairs go once into a small hash table
 * (text_words_init, before the set is used, from one thread), and a lookup
 * is a probe or two over integers, without lowercasing the token or
 * comparing strings (but a long word's bytes, whose key is a hash). The table
 * is of buckets of four words in a cache line, so that a lookup, most often
 * of a word that is not there, reads one line and takes one branch on what
 * it finds (where slots probed one by one took a branch per slot, a toss-up
 * the predictor missed). */
typedef struct text_wbucket {
    uint64_t key[4];   /* text_key of the word */
    uint32_t word[4];  /* index in words */
    uint16_t len[4];   /* 0 = empty lane */
    uint32_t over;     /* a word whose hash lands here is in a bucket after */
    uint32_t pad;
} __attribute__((aligned(64))) text_wbucket;
_Static_assert(sizeof(text_wbucket) == 64, "a bucket is a cache line");

typedef struct text_words {
    const char *const *words;
    size_t n;
    text_wbucket *b; /* [mask + 1], filled by text_words_init */
    size_t mask;     /* a power of two > n / 2, less one */
} text_words;

/* The least power of two >= x, for 1 <= x < 2^16, as a constant expression:
 * x - 1 with every bit below its highest set, plus one. */
#define TEXT_P2A_(x) ((x) | (x) >> 1)
#define TEXT_P2B_(x) (TEXT_P2A_(x) | TEXT_P2A_(x) >> 2)
#define TEXT_P2C_(x) (TEXT_P2B_(x) | TEXT_P2B_(x) >> 4)
#define TEXT_P2D_(x) (TEXT_P2C_(x) | TEXT_P2C_(x) >> 8)
#define TEXT_POW2(x) (TEXT_P2D_((x) - 1) + 1)

/* Define the keyed set name (static) over the array list of words. */
#define TEXT_WORDS(name, list)                                                           \
    _Static_assert(sizeof(list) / sizeof((list)[0]) < 32768, "TEXT_POW2 range");         \
    static text_wbucket name##_b[TEXT_POW2(sizeof(list) / sizeof((list)[0]) / 2 + 1)];   \
    static const text_words name = {list, sizeof(list) / sizeof((list)[0]), name##_b,     \
                                    sizeof(name##_b) / sizeof(text_wbucket) - 1}

/* Build the n keyed sets sets[0..n). */
void text_words_init(const text_words *const *sets, size_t n);

/* 1 when every word of the n sets, tokenized, finds itself (for unit tests: a
 * set built wrong, or a word that is not one token, silently misses). */
int text_words_check(const text_words *const *sets, size_t n);

/* Index in l->words of token t of d (an ASCII word, lowercased), or -1. */
long text_words_find(const text_words *l, const text_doc *d, const text_tok *t);

/* Is the lowercase ASCII word w[0..n) one romanized Chinese, Korean or
 * Vietnamese syllable ("leung", "kwok", "thinh")? By its shape only. */
int text_syllable(const char *w, size_t n);

/* The folded form of token t of d into out; returns its length or -1. */
int text_tok_fold(const text_doc *d, const text_tok *t, char *out, size_t cap);

/* Lowercase ASCII table used by the fast path (exposed for the gazetteer). */
extern const unsigned char text_lower[256];

/* 1 if the token is exactly the ASCII string s (case-sensitive). Inline: the
 * callers pass literals, whose length the compiler knows. */
static inline int text_tok_is(const text_doc *d, const text_tok *t, const char *s) {
    size_t n = strlen(s);
    return (size_t)(t->end - t->start) == n && memcmp(d->text + t->start, s, n) == 0;
}

/* 1 if the token equals s ignoring ASCII case. */
static inline int text_tok_ieq(const text_doc *d, const text_tok *t, const char *s) {
    size_t n = strlen(s);
    if ((size_t)(t->end - t->start) != n) return 0;
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    for (size_t i = 0; i < n; i++)
        if (text_lower[p[i]] != text_lower[(unsigned char)s[i]]) return 0;
    return 1;
}

#endif
