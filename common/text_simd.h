/* text_simd.h - private to text.c and its tests: the block classifier of the
 * tokenizer's fast path, and the scalar tokenizer kept callable as a reference.
 *
 * text_classify64() looks at 64 bytes and returns three bitmasks, bit i for
 * byte i (little-endian bit order: bit 0 is the first byte):
 *   word  - ASCII letters and digits ([0-9A-Za-z]), the bytes of ASCII words;
 *   punct - the other printable ASCII bytes, each one a one-byte token;
 *   high  - bytes >= 0x80 (UTF-8 lead or continuation bytes, or invalid).
 *   space - the ' ' bytes (for the gap rules: a single space is the usual gap).
 * Every byte in none of word, punct and high (0x00-0x20, 0x7F) is whitespace:
 * it separates tokens. That is exactly ascii_class[] of text.c, as masks.
 *
 * TEXT_SIMD is 1 when a vector classifier exists for the target (x86-64 has
 * SSE2 as a baseline; AVX2 is used when the compiler may assume it); otherwise
 * text.c compiles only the scalar tokenizer. */
#ifndef ENT_TEXT_SIMD_H
#define ENT_TEXT_SIMD_H

#include "text.h"

#include <stddef.h>
#include <stdint.h>

/* The byte-at-a-time tokenizer that text_tokenize() used before the fast path
 * and still uses for non-ASCII tokens: the specification of the output. Same
 * contract as text_tokenize(). For tests. */
int text_tokenize_scalar(text_doc *d, const char *text, size_t len);

#if defined(__SSE2__)
#define TEXT_SIMD 1
#include <emmintrin.h>
#if defined(__AVX2__)
#include <immintrin.h>
#endif

/* Unsigned range tests with signed compares (SSE2 has only those): adding
 * 0x80 - lo moves [lo, lo + n) to [-128, -128 + n), so "x in range" becomes
 * "x + (0x80 - lo) < -128 + n" as signed bytes. Bytes >= 0x80 wrap to values
 * well above -128 + n for the ranges below, so they never test as in range.
 * Letters: OR 0x20 maps 'A'-'Z' onto 'a'-'z' (and nothing else onto them),
 * so one test covers both cases. Whitespace: signed x < 0x21 is 0x00-0x20 and
 * every byte >= 0x80; the latter are excluded from punct separately. */
#define TEXT_CLASSIFY_BODY(V, SET1, OR, ADD, LT, EQ, MOVEMASK, BITS)                     \
    do {                                                                                 \
        V letter = LT(ADD(OR(v, SET1(0x20)), SET1(0x80 - 'a')), SET1(-128 + 26));       \
        V digit = LT(ADD(v, SET1(0x80 - '0')), SET1(-128 + 10));                         \
        V wd = OR(letter, digit);                                                        \
        V sp = OR(LT(v, SET1(0x21)), EQ(v, SET1(0x7f))); /* also true for >= 0x80 */     \
        w = (uint64_t)(BITS)MOVEMASK(wd);                                                \
        h = (uint64_t)(BITS)MOVEMASK(v); /* the sign bits: bytes >= 0x80 */              \
        p = (uint64_t)(BITS)~MOVEMASK(OR(wd, sp));                                       \
        b = (uint64_t)(BITS)MOVEMASK(EQ(v, SET1(' ')));                                  \
    } while (0)

#if defined(__AVX2__)
static inline __attribute__((always_inline)) void text_classify32(const unsigned char *s, uint64_t *word, uint64_t *punct,
                                   uint64_t *high, uint64_t *space) {
    __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)s);
    uint64_t w, h, p, b;
#define T_LT(a, b) _mm256_cmpgt_epi8(b, a)
    TEXT_CLASSIFY_BODY(__m256i, _mm256_set1_epi8, _mm256_or_si256, _mm256_add_epi8, T_LT,
                       _mm256_cmpeq_epi8, _mm256_movemask_epi8, uint32_t);
#undef T_LT
    *word = w, *punct = p, *high = h, *space = b;
}
#else
static inline __attribute__((always_inline)) void text_classify16(const unsigned char *s, uint64_t *word, uint64_t *punct,
                                   uint64_t *high, uint64_t *space) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    uint64_t w, h, p, b;
    TEXT_CLASSIFY_BODY(__m128i, _mm_set1_epi8, _mm_or_si128, _mm_add_epi8, _mm_cmplt_epi8,
                       _mm_cmpeq_epi8, _mm_movemask_epi8, uint16_t);
    *word = w, *punct = p, *high = h, *space = b;
}
#endif

/* Classify s[0..64) (all 64 bytes must be readable). */
static inline __attribute__((always_inline)) void text_classify64(const unsigned char *s, uint64_t *word, uint64_t *punct,
                                   uint64_t *high, uint64_t *space) {
    uint64_t w0, p0, h0, b0, w1, p1, h1, b1;
#if defined(__AVX2__)
    text_classify32(s, &w0, &p0, &h0, &b0);
    text_classify32(s + 32, &w1, &p1, &h1, &b1);
    uint64_t w = w0 | w1 << 32, p = p0 | p1 << 32, h = h0 | h1 << 32, b = b0 | b1 << 32;
#else
    uint64_t w2, p2, h2, b2, w3, p3, h3, b3;
    text_classify16(s, &w0, &p0, &h0, &b0);
    text_classify16(s + 16, &w1, &p1, &h1, &b1);
    text_classify16(s + 32, &w2, &p2, &h2, &b2);
    text_classify16(s + 48, &w3, &p3, &h3, &b3);
    uint64_t w = w0 | w1 << 16 | w2 << 32 | w3 << 48, p = p0 | p1 << 16 | p2 << 32 | p3 << 48,
             h = h0 | h1 << 16 | h2 << 32 | h3 << 48, b = b0 | b1 << 16 | b2 << 32 | b3 << 48;
#endif
    *word = w, *punct = p, *high = h, *space = b;
}
#undef TEXT_CLASSIFY_BODY

#else
#define TEXT_SIMD 0
#endif

#endif
