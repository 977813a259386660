/* test_tokfast.c - the fast tokenizer gives exactly the scalar tokenizer's tokens.
 *
 * text_tokenize() (the 64-byte block fast path on SSE2 targets) is compared field
 * by field (key, start, end, vid, flags, len, and the return code) with
 * text_tokenize_scalar(), the byte-at-a-time tokenizer that is the
 * specification, on: hand-written edge cases; random strings over a nasty
 * alphabet (every length 0..300, and every prefix of some, so that texts end
 * mid-word and mid-UTF-8 sequence); every article of the shared news corpus and
 * prefixes and shifted copies of it; allocation failures. Tokenizing with a
 * vocabulary (text_tokenize_vocab) gives the same tokens, each with the id
 * that text_vocab_find() gives its folded form and that word's payload. Each
 * input sits at the very end of a heap block of its exact size, so that a
 * read past the end shows under AddressSanitizer (make check). */
#include "../test.h"
#include "mem.h"
#include "text.h"
#include "text_simd.h"

#include <jansson.h>
#include <stdint.h>

static long n_texts, n_tokens, n_bytes, n_mismatch;

/* A vocabulary for text_tokenize_vocab: the words and punctuation of the
 * random texts, and filler words so that buckets fill up. */
static text_vocab voc;
static char voc_pool[64 * 1024];
static uint32_t voc_off[4096];
static uint32_t voc_pay[4096]; /* a payload of all 32 bits for each word */

static void build_vocab(void) {
    static const char *const words[] = {"a", "e", "s", "t", "z", "0", "1", "9", "x", "q", "the",
                                        "us", ".", ",", "'", "-", "\"", "ii", "information"};
    uint32_t n = 0, o = 0;
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        voc_off[n++] = o;
        memcpy(voc_pool + o, words[i], strlen(words[i]));
        o += (uint32_t)strlen(words[i]);
    }
    while (n < 3000) {
        voc_off[n] = o;
        o += (uint32_t)sprintf(voc_pool + o, "w%u", n);
        n++;
    }
    voc_off[n] = o;
    for (uint32_t k = 0; k < n; k++) voc_pay[k] = k * 2654435761u | 1;
    CHECK_EQ_INT(text_vocab_build(&voc, voc_pool, voc_off, voc_pay, n), 0);
}

/* The id text_vocab_find gives token t's folded form (-1 for a token too
 * long to fold). */
static int32_t want_vid(const text_doc *d, const text_tok *t) {
    char buf[4 * 128];
    if (t->flags & TOK_LONG) return -1;
    int fl = text_tok_fold(d, t, buf, sizeof(buf));
    return fl < 0 ? -1 : text_vocab_find(&voc, buf, (size_t)fl);
}

static void dump(const char *what, const unsigned char *s, size_t len) {
    fprintf(stderr, "  %s (%zu bytes):", what, len);
    for (size_t i = 0; i < len && i < 400; i++)
        fprintf(stderr, " %02x", s[i]);
    fprintf(stderr, "%s\n", len > 400 ? " ..." : "");
}

static void dump_tok(const char *who, const text_tok *t) {
    fprintf(stderr, "    %s: key=%016llx start=%u end=%u vid=%d flags=%#x len=%u\n", who,
            (unsigned long long)t->key, t->start, t->end, t->vid, t->flags, t->len);
}

/* Tokenize s[0..len) both ways from an exact-size copy; compare everything. */
static void compare(const char *what, const char *src, size_t len) {
    static text_doc fast, ref, withv;
    char *s = ent_malloc(len ? len : 1);
    if (!s) {
        CHECK(!"out of memory");
        return;
    }
    memcpy(s, src, len);
    int rf = text_tokenize(&fast, s, len);
    int rs = text_tokenize_scalar(&ref, s, len);
    int rv = text_tokenize_vocab(&withv, s, len, &voc);
    n_texts++;
    n_bytes += (long)len;
    n_tokens += (long)ref.ntoks;
    int ok = rf == rs && rv == rs && fast.ntoks == ref.ntoks && withv.ntoks == ref.ntoks;
    size_t bad = 0;
    for (size_t i = 0; ok && i < ref.ntoks; i++) {
        const text_tok *a = &fast.toks[i], *b = &ref.toks[i], *c = &withv.toks[i];
        if (a->key != b->key || a->start != b->start || a->end != b->end ||
            a->vid != b->vid || a->flags != b->flags || a->len != b->len ||
            c->key != b->key || c->start != b->start || c->end != b->end ||
            c->flags != b->flags || c->len != b->len || c->vid != want_vid(&ref, b) ||
            withv.pay[i] != (c->vid >= 0 ? voc_pay[c->vid] : 0)) {
            ok = 0;
            bad = i;
        }
    }
    test_checks++;
    if (!ok) {
        test_failures++;
        if (n_mismatch++ < 5) {
            fprintf(stderr, "MISMATCH %s: rc %d/%d, %zu/%zu tokens\n", what, rf, rs,
                    fast.ntoks, ref.ntoks);
            dump("text", (const unsigned char *)s, len);
            if (bad < fast.ntoks) dump_tok("fast  ", &fast.toks[bad]);
            if (bad < withv.ntoks) dump_tok("vocab ", &withv.toks[bad]);
            if (bad < ref.ntoks) dump_tok("scalar", &ref.toks[bad]);
        }
    }
    ent_free(s);
}

static void compare_str(const char *s) {
    compare(s, s, strlen(s));
}

/* ---- hand-written cases -------------------------------------------------- */

static void test_edges(void) {
    static const char *const cases[] = {
        "",
        " ",
        "\n",
        "a",
        "A",
        "7",
        ".",
        "abc",
        "The U.S. said Iran\xe2\x80\x99s al-Qa'ida",
        "  indented start",
        "\n\nblank lines first",
        "line one\nline two\n\nnew paragraph\n    indented paragraph\n\tTabbed",
        "list:\n- one\n* two\n-three\n *four\n  - five\n-",
        "list:\n- ",
        "a\r\nb\r\n\r\nc",
        "form\ffeed\vvtab\x01ctl\x7f"
        "del",
        "ends with space ",
        "ends mid-word abcdefghijklmnop",
        "x  y   z\n \n  w",
        "one two  three\n four\n  five\n\tsix\n \tseven",
        "MiXeD CaSe ALLCAPS lower 123 A1 a1 1A 1a IBM's e-mail",
        "exactly8 ninechars tenletters twelveletter",
        "Z\xc3\xbcrich \xc4\xb0stanbul T\xc3\xbcrkiye na\xc3\xafve caf\xc3\xa9",
        "\xe2\x80\x9cQuoted,\xe2\x80\x9d he said \xe2\x80\x94 and left\xe2\x80\xa6",
        "\xc2\xa0nbsp\xc2\xa0separated\xe2\x80\xa8line\xe2\x80\xa9para\xef\xbb\xbfz\xe2"
        "\x80\x8bw",
        "intro\n\xe2\x80\xa2 bullet\n\xc2\xb7 middle dot",
        "bad \x80 bytes \xc3 here \xff\xfe and \xe2\x80 cut",
        "\xc3",
        "abc\xc3",
        "abc\xe2\x80\x99",
        "\xe2\x80\x99s",
        "price \xe2\x82\xac"
        "5 and \xc2\xa3"
        "3 \xe4\xb8\xad\xe6\x96\x87 \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a",
        "cafe\xcc\x81 combining, \xd9\xa3\xd9\xa4 arabic digits, \xf0\x9f\x98\x80 emoji",
        "A.B.C. e.g. U.N.-led 3.5% $4,000 (a) [b] {c} <d> a/b a\\b a|b a~b a^b a_b a`b",
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        compare_str(cases[i]);

    /* long words: around the short-key limit (8), the token cap (128), the
     * block size (64), at every offset in a block, ASCII and non-ASCII */
    static const size_t lens[] = {1,  7,   8,   9,   15,  16,  17,  63,   64,
                                  65, 127, 128, 129, 130, 200, 300, 70000};
    char *buf = ent_malloc(70400);
    if (!buf) return;
    for (size_t li = 0; li < sizeof(lens) / sizeof(lens[0]); li++) {
        for (size_t off = 0; off < 70; off += (lens[li] > 1000 ? 23 : 1)) {
            size_t n = 0;
            for (size_t k = 0; k < off; k++)
                buf[n++] = k % 7 == 6 ? ' ' : (char)('a' + k % 26);
            for (size_t k = 0; k < lens[li]; k++)
                buf[n++] = (char)("AbCdEfGh0123"[k % 12]);
            compare("long word at end", buf, n);
            buf[n++] = ' ';
            buf[n++] = 'x';
            compare("long word", buf, n);
            n -= 2;
            memcpy(buf + n, "\xc3\xa9 y", 4);
            compare("long word + e-acute", buf, n + 4);
            memcpy(buf + n, "\xe2\x80\x99s", 4);
            compare("long word + apostrophe", buf, n + 4);
            memcpy(buf + n, "\x80", 1);
            compare("long word + invalid byte", buf, n + 1);
            /* all caps, all digits, all lowercase */
            for (size_t k = off; k < n; k++)
                buf[k] = (char)('A' + k % 26);
            compare("long caps", buf, n);
            for (size_t k = off; k < n; k++)
                buf[k] = (char)('0' + k % 10);
            compare("long digits", buf, n);
            for (size_t k = off; k < n; k++)
                buf[k] = (char)('a' + k % 26);
            compare("long lower", buf, n);
        }
    }
    /* one odd byte (lowercase, uppercase, digit) at each position of a word
     * of each length, at a few block offsets: case flags of every piece */
    static const char fill[] = {'A', 'a', '0'};
    for (size_t len = 1; len <= 140; len++) {
        for (size_t off = 0; off < 64; off += 21) {
            for (size_t f = 0; f < 3; f++) {
                for (size_t odd = 0; odd < 3; odd++) {
                    if (odd == f) continue;
                    for (size_t at = 0; at < len; at++) {
                        memset(buf, ' ', off);
                        memset(buf + off, fill[f], len);
                        buf[off + at] = fill[odd];
                        buf[off + len] = '.';
                        compare("odd byte in word", buf, off + len + 1);
                    }
                }
            }
        }
    }
    /* gaps of every kind at every offset around the first two block ends,
     * after a word or punctuation, before a word, a bullet or punctuation */
    static const char *const gaps[] = {
        " ",      "  ",     "\n",      "\n ",      "\n  ",       "\n   ",  " \n  ",
        "\n\n",   "\n \n",  "\n\t",    "\t\n",     "\n \t",      "\r\n",   "\r\n\r\n",
        "\r\n  ", "\n\r ",  "\n\f\n",  "\n \x01 ", "\x7f\n\x7f", "\n  \n", " \n \n ",
        "\n    ", "\n\n\n", "\n \r\n", "\n\v\t",
    };
    static const char *const after[] = {"x", "- x", "* x", "-x", "--", "(x", "-\n", "*"};
    for (size_t gi = 0; gi < sizeof(gaps) / sizeof(gaps[0]); gi++) {
        for (size_t ai = 0; ai < sizeof(after) / sizeof(after[0]); ai++) {
            for (size_t off = 40; off < 140; off++) {
                for (int before = 0; before < 2; before++) {
                    size_t n = 0;
                    for (size_t k = 0; k < off; k++)
                        buf[n++] = k % 6 == 5 ? ' ' : 'w';
                    if (before) buf[n - 1] = '.';
                    size_t gl = strlen(gaps[gi]), al = strlen(after[ai]);
                    memcpy(buf + n, gaps[gi], gl);
                    memcpy(buf + n + gl, after[ai], al);
                    compare("gap at a block end", buf, n + gl + al);
                }
            }
        }
    }
    /* long whitespace runs and newline runs across blocks */
    for (size_t n = 0; n < 300; n += 7) {
        size_t o = 0;
        buf[o++] = 'a';
        for (size_t k = 0; k < n; k++)
            buf[o++] = k % 5 == 3 ? '\n' : ' ';
        buf[o++] = '-';
        buf[o++] = ' ';
        buf[o++] = 'b';
        compare("whitespace run", buf, o);
        for (size_t k = 1; k <= n; k++)
            buf[k] = ' ';
        compare("space run", buf, o);
        if (n > 0) buf[n] = '\n';
        compare("space run, newline", buf, o);
    }
    ent_free(buf);
}

/* ---- random strings ------------------------------------------------------ */

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void) { /* xorshift64* */
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return rng * 2685821657736338717ull;
}

/* Pieces that random strings are made of. */
static const char *const p_word[] = {
    "a", "e", "s", "t", "z", "A",   "E",   "S",  "Z",
    "0", "1", "9", "x", "Q", "the", "The", "US",
};
static const char *const p_punct[] = {
    ".", ",", "'", "-", "*",  "\"", "(", ")", "!", "?", ":", ";", "/", "@", "[", "`",
    "{", "~", "_", "^", "\\", "|",  "#", "$", "%", "&", "+", "<", "=", ">", "]", "}",
};
static const char *const p_space[] = {
    " ",    " ",    " ",    " ",    "  ",   "\t",   "\n",   "\n",
    "\r",   "\r\n", "\f",   "\v",   "\x01", "\x1f", "\x7f", "\n    ",
    "\n- ", "\n* ", "\n\n", "\n\t", "\n ",  " \n",  "\0",
};
/* ’ “ ” é € İ ü — … • · NBSP LS PS BOM ZWSP, combining acute, CJK, Arabic
 * letter and digit, emoji, ﬁ ligature, Greek, ß, and invalid UTF-8 */
static const char *const p_high[] = {
    "\xe2\x80\x99", "\xe2\x80\x9c", "\xe2\x80\x9d",
    "\xc3\xa9",     "\xe2\x82\xac", "\xc4\xb0",
    "\xc3\xbc",     "\xe2\x80\x94", "\xe2\x80\xa6",
    "\xe2\x80\xa2", "\xc2\xb7",     "\xc2\xa0",
    "\xe2\x80\xa8", "\xe2\x80\xa9", "\xef\xbb\xbf",
    "\xe2\x80\x8b", "\xcc\x81",     "\xe4\xb8\xad",
    "\xd8\xb9",     "\xd9\xa3",     "\xf0\x9f\x98\x80",
    "\xef\xac\x81", "\xce\xa9",     "\xc3\x9f",
    "\x80",         "\xbf",         "\xc3",
    "\xe2\x80",     "\xf0\x9f",     "\xff",
    "\xfe",         "\xc0\xaf",     "\xed\xa0\x80",
};
#define PICK(a) (a)[rnd() % (sizeof(a) / sizeof((a)[0]))]

/* A random string of about n bytes into buf (cap bytes); returns its length.
 * Each string gets random weights for the kinds of pieces: some are ASCII
 * prose, some dense in whitespace and line breaks, some full of non-ASCII
 * and invalid bytes. */
static size_t random_text(char *buf, size_t cap, size_t n) {
    /* weights out of 256: word, punct, space, high, long run; rest: word */
    unsigned w[5];
    switch (rnd() % 4) {
    case 0: /* prose, now and then a curly quote or an accent */
        w[0] = 150, w[1] = 25, w[2] = 70, w[3] = (unsigned)(rnd() % 3), w[4] = 2;
        break;
    case 1: /* plain ASCII */
        w[0] = (unsigned)(rnd() % 200), w[1] = (unsigned)(rnd() % 60),
        w[2] = (unsigned)(rnd() % 120), w[3] = 0, w[4] = (unsigned)(rnd() % 6);
        break;
    case 2: /* layout: whitespace, line breaks, bullets */
        w[0] = 60, w[1] = 30, w[2] = 150, w[3] = (unsigned)(rnd() % 8), w[4] = 1;
        break;
    default: /* anything */
        w[0] = (unsigned)(rnd() % 100), w[1] = (unsigned)(rnd() % 60),
        w[2] = (unsigned)(rnd() % 60), w[3] = (unsigned)(rnd() % 100),
        w[4] = (unsigned)(rnd() % 5);
        break;
    }
    size_t o = 0;
    while (o < n) {
        unsigned r = (unsigned)(rnd() % 256);
        const char *piece;
        if (r < w[4]) { /* a run of letters, up to well past ENT_MAX_TOKEN */
            size_t run = 1 + rnd() % 200;
            for (size_t k = 0; k < run && o < cap; k++)
                buf[o++] = (char)((rnd() & 1 ? 'a' : 'A') + rnd() % 26);
            continue;
        } else if ((r -= w[4]) < w[3]) {
            piece = PICK(p_high);
        } else if ((r -= w[3]) < w[2]) {
            piece = PICK(p_space);
        } else if ((r -= w[2]) < w[1]) {
            piece = PICK(p_punct);
        } else {
            piece = PICK(p_word);
        }
        size_t pl = *piece ? strlen(piece) : 1; /* "\0" is one NUL byte */
        if (o + pl > cap) break;
        memcpy(buf + o, piece, pl);
        o += pl;
    }
    return o > n ? n : o; /* cut anywhere, also inside a UTF-8 sequence */
}

static void test_random(void) {
    char buf[1024];
    /* every length 0..300, many strings each */
    for (int rep = 0; rep < 150; rep++) {
        for (size_t n = 0; n <= 300; n++) {
            size_t len = random_text(buf, sizeof(buf), n);
            compare("random", buf, len);
        }
    }
    /* every prefix (and suffix) of some longer strings: texts ending and
     * starting everywhere */
    for (int rep = 0; rep < 40; rep++) {
        size_t len = random_text(buf, sizeof(buf), 260);
        for (size_t k = 0; k <= len; k++) {
            compare("random prefix", buf, k);
            compare("random suffix", buf + k, len - k);
        }
    }
}

/* ---- allocation failures ------------------------------------------------- */

static void test_alloc_failures(void) {
    char buf[1024];
    for (int rep = 0; rep < 30; rep++) {
        size_t len = random_text(buf, sizeof(buf), 1000);
        for (long k = 0; k < 6; k++) {
            text_doc a = {0}, b = {0};
            ent_mem_fail_after(k);
            int ra = text_tokenize(&a, buf, len);
            ent_mem_fail_after(k);
            int rb = text_tokenize_scalar(&b, buf, len);
            ent_mem_fail_after(-1);
            CHECK_EQ_INT(ra, rb);
            if (ra == 0 && rb == 0) {
                CHECK_EQ_INT(a.ntoks, b.ntoks);
                CHECK(a.ntoks == b.ntoks &&
                      !memcmp(a.toks, b.toks, a.ntoks * sizeof(text_tok)));
            }
            text_doc_free(&a);
            text_doc_free(&b);
        }
    }
}

/* ---- the news corpus ------------------------------------------------------ */

static void test_corpus(void) {
    const char *shared = test_shared("test_tokfast corpus comparison");
    if (!shared) return;
    char path[4096], cmd[4200];
    snprintf(path, sizeof(path), "%s/corpora/articles.ndjson.gz", shared);
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "SKIP test_tokfast corpus comparison: %s is absent\n", path);
        return;
    }
    /* unit tests are linked without zlib: read it through zcat */
    snprintf(cmd, sizeof(cmd), "zcat '%s'", path);
    FILE *f = popen(cmd, "r");
    CHECK(f != NULL);
    if (!f) return;
    long articles = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t ll;
    while ((ll = getline(&line, &cap, f)) > 0) {
        json_error_t je;
        json_t *j = json_loadb(line, (size_t)ll, 0, &je);
        json_t *t = j ? json_object_get(j, "text") : NULL;
        if (json_is_string(t)) {
            const char *s = json_string_value(t);
            size_t n = json_string_length(t);
            articles++;
            compare("article", s, n);
            /* the same text cut short and shifted: other block alignments,
             * other ends */
            if (n > 0) {
                compare("article prefix", s, (size_t)(rnd() % n));
                size_t k = 1 + (size_t)(rnd() % 63);
                if (k < n) compare("article suffix", s + k, n - k);
            }
        }
        json_decref(j);
    }
    free(line);
    CHECK_EQ_INT(pclose(f), 0);
    fprintf(stderr, "test_tokfast: %ld corpus articles compared\n", articles);
    CHECK(articles > 1000);
}

static void run_tests(void) {
    build_vocab();
    test_edges();
    long t0 = n_texts;
    test_random();
    fprintf(stderr, "test_tokfast: %ld hand-written texts, %ld random texts\n", t0,
            n_texts - t0);
    test_alloc_failures();
    test_corpus();
    fprintf(stderr,
            "test_tokfast: %ld texts, %ld bytes, %ld tokens compared; %ld mismatches\n",
            n_texts, n_bytes, n_tokens, n_mismatch);
    text_vocab_free(&voc);
}
