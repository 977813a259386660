/* text_simd.h - private to text.c and its tests: the block classifier of the
 * tokenizer's fast path, and the scalar tokenizer kept callable as a reference.
 *
 * text_classify64() looks at 64 bytes and returns bitmasks, bit i for byte i
 * (bit 0 is the first byte):
 *   word  - ASCII letters and digits ([0-9A-Za-z]), the bytes of ASCII words;
 *   print - printable ASCII (0x21-0x7e): word bytes and punctuation, each
 *           punctuation byte being a one-byte token;
 *   high  - bytes >= 0x80 (UTF-8 lead or continuation bytes, or invalid);
 *   space, nl - the ' ' and '\n' bytes, for the line break and paragraph
 *           rules.
 * The other bytes (0x00-0x20, 0x7f) are whitespace: they separate tokens. That
 * is exactly ascii_class[] of text.c, as masks.
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

typedef struct text_masks {
    uint64_t word, print, high, space, nl;
} text_masks;

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
 * so one test covers both cases. The movemask of the bytes themselves is
 * their sign bits: the bytes >= 0x80. */
#define TEXT_CLASSIFY(V, SET1, OR, ADD, GT, EQ, MOVEMASK, v, sh, m)                      \
    do {                                                                                 \
        V letter_ = GT(SET1(-128 + 26), ADD(OR(v, SET1(0x20)), SET1(0x80 - 'a')));       \
        V digit_ = GT(SET1(-128 + 10), ADD(v, SET1(0x80 - '0')));                        \
        V print_ =                                                                       \
            GT(SET1(-128 + 0x7f - 0x21), ADD(v, SET1(0x80 - 0x21))); /* 0x21-0x7e */     \
        (m)->word |= (uint64_t)(uint32_t)MOVEMASK(OR(letter_, digit_)) << (sh);          \
        (m)->print |= (uint64_t)(uint32_t)MOVEMASK(print_) << (sh);                      \
        (m)->high |= (uint64_t)(uint32_t)MOVEMASK(v) << (sh);                            \
        (m)->space |= (uint64_t)(uint32_t)MOVEMASK(EQ(v, SET1(' '))) << (sh);            \
        (m)->nl |= (uint64_t)(uint32_t)MOVEMASK(EQ(v, SET1('\n'))) << (sh);              \
    } while (0)

#if defined(__AVX2__)
#define TEXT_CLASSIFY_AT(s, i, m)                                                        \
    do {                                                                                 \
        __m256i v_ =                                                                     \
            _mm256_loadu_si256((const __m256i *)(const void *)((s) + 32 * (i)));         \
        TEXT_CLASSIFY(__m256i, _mm256_set1_epi8, _mm256_or_si256, _mm256_add_epi8,       \
                      _mm256_cmpgt_epi8, _mm256_cmpeq_epi8, _mm256_movemask_epi8, v_,    \
                      32 * (i), m);                                                      \
    } while (0)
#else
#define TEXT_CLASSIFY_AT(s, i, m)                                                        \
    do {                                                                                 \
        __m128i v_ = _mm_loadu_si128((const __m128i *)(const void *)((s) + 16 * (i)));   \
        TEXT_CLASSIFY(__m128i, _mm_set1_epi8, _mm_or_si128, _mm_add_epi8,                \
                      _mm_cmpgt_epi8, _mm_cmpeq_epi8, _mm_movemask_epi8, v_, 16 * (i),   \
                      m);                                                                \
    } while (0)
#endif

/* Classify s[0..64) (all 64 bytes must be readable). */
static inline __attribute__((always_inline)) void text_classify64(const unsigned char *s,
                                                                  text_masks *m) {
    m->word = m->print = m->high = m->space = m->nl = 0;
    TEXT_CLASSIFY_AT(s, 0, m);
    TEXT_CLASSIFY_AT(s, 1, m);
#if !defined(__AVX2__)
    TEXT_CLASSIFY_AT(s, 2, m);
    TEXT_CLASSIFY_AT(s, 3, m);
#endif
}
#undef TEXT_CLASSIFY_AT
#undef TEXT_CLASSIFY

#else
#define TEXT_SIMD 0
#endif

#endif
