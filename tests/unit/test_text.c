/* test_text.c - UTF-8 validation, tokens, folding, sentences. */
#include "../test.h"
#include "mem.h"
#include "text.h"
#include "text_simd.h"

#include <stdio.h>
#include <string.h>

static void test_utf8(void) {
    size_t bad = 99;
    CHECK(text_utf8_valid("plain ascii", 11, NULL));
    CHECK(text_utf8_valid("caf\xc3\xa9 \xe2\x80\x99 \xf0\x9f\x98\x80", 14, NULL));
    CHECK(!text_utf8_valid("ab\xc3", 3, &bad));
    CHECK_EQ_INT(bad, 2);
    CHECK(!text_utf8_valid("\xc0\x80", 2, NULL));         /* overlong NUL */
    CHECK(!text_utf8_valid("\xed\xa0\x80", 3, NULL));     /* surrogate */
    CHECK(!text_utf8_valid("\xf4\x90\x80\x80", 4, NULL)); /* > U+10FFFF */
    CHECK(!text_utf8_valid("a\x80", 2, &bad));
    CHECK_EQ_INT(bad, 1);
    CHECK(!text_utf8_valid("12345678\xff", 9, &bad)); /* after the 8-byte fast path */
    CHECK_EQ_INT(bad, 8);
}

static void test_tokens(void) {
    text_doc d = {0};
    const char *s = "The U.S. said Iran\xe2\x80\x99s al-Qa'ida";
    CHECK_EQ_INT(text_tokenize(&d, s, strlen(s)), 0);
    /* The U . S . said Iran ’ s al - Qa ' ida */
    CHECK_EQ_INT(d.ntoks, 14);
    CHECK(text_tok_is(&d, &d.toks[1], "U"));
    CHECK(text_tok_is(&d, &d.toks[2], "."));
    CHECK(d.toks[1].flags & TOK_UPPER);
    CHECK(d.toks[1].flags & TOK_ALLCAPS);
    CHECK(!(d.toks[0].flags & TOK_ALLCAPS));
    CHECK(text_tok_is(&d, &d.toks[6], "Iran"));
    CHECK_EQ_INT(d.toks[7].end - d.toks[7].start, 3); /* ’ is one 3-byte token */
    CHECK(text_tok_is(&d, &d.toks[8], "s"));
    CHECK(!(d.toks[8].flags & TOK_SPACE));
    /* folded ’ and ' hash alike */
    CHECK_EQ_INT(d.toks[7].key, d.toks[12].key);
    text_doc_free(&d);
}

static void test_fold_offsets(void) {
    text_doc d = {0};
    /* İ (U+0130) folds to i but the token keeps its original bytes */
    const char *s = "\xc4\xb0stanbul and T\xc3\xbcrkiye";
    CHECK_EQ_INT(text_tokenize(&d, s, strlen(s)), 0);
    CHECK_EQ_INT(d.ntoks, 3);
    CHECK_EQ_INT(d.toks[0].start, 0);
    CHECK_EQ_INT(d.toks[0].end, 9);
    CHECK(d.toks[0].flags & TOK_UPPER);
    CHECK(d.toks[0].flags & TOK_NONASCII);
    CHECK_EQ_INT(d.toks[2].start, 14);
    char f[64];
    int n = text_tok_fold(&d, &d.toks[0], f, sizeof(f));
    CHECK_EQ_INT(n, 8);
    CHECK(n == 8 && memcmp(f, "istanbul", 8) == 0);
    CHECK(d.toks[0].key == text_key("istanbul", 8));
    CHECK(d.toks[2].key == text_key("turkiye", 7));
    /* a long word's key (a hash) has a low byte of 0, which a short word's
     * (its first byte) never has: the two never meet */
    CHECK((text_key("information", 11) & 0xff) == 0 && text_key("informat", 8) & 0xff);
    n = text_fold("\xe2\x80\x94", 3, f, sizeof(f)); /* em dash */
    CHECK(n == 1 && f[0] == '-');
    CHECK_EQ_INT(text_fold("ABC", 3, f, 2), -1); /* too small */
    /* letters with no mark to strip are written as ASCII writes them */
    n = text_fold("W\xc5\x82" "adys\xc5\x82" "aw", 11, f, sizeof(f)); /* Władysław */
    CHECK(n == 9 && memcmp(f, "wladyslaw", 9) == 0);
    n = text_fold("St\xc3\xb8re \xc3\x86sir \xc3\x9e\xc3\xb3r", 18, f, sizeof(f));
    CHECK(n == 16 && memcmp(f, "store aesir thor", 16) == 0);
    n = text_fold_phrase("  The  U.S.\tArmy ", 17, f, sizeof(f));
    CHECK(n == 13 && memcmp(f, "the u.s. army", 13) == 0);
    text_doc_free(&d);
}

/* Sentence texts of s, joined with " | ". */
static void sentences(const char *s, char *out, size_t cap) {
    text_doc d = {0};
    out[0] = '\0';
    if (text_tokenize(&d, s, strlen(s)) || text_sentences(&d)) return;
    size_t o = 0;
    for (size_t i = 0; i < d.nsents; i++) {
        int n = snprintf(out + o, cap - o, "%s%.*s", i ? " | " : "",
                         (int)(d.sents[i].end - d.sents[i].start), s + d.sents[i].start);
        if (n < 0 || (size_t)n >= cap - o) break;
        o += (size_t)n;
    }
    text_doc_free(&d);
}

static void test_sentences(void) {
    char buf[1024];
    sentences("He met Dr. Smith in Jan. 2020 at the U.N. office. Then he left.", buf, sizeof(buf));
    CHECK_STR(buf, "He met Dr. Smith in Jan. 2020 at the U.N. office. | Then he left.");
    sentences("Talks with the U.S. The minister left.", buf, sizeof(buf));
    CHECK_STR(buf, "Talks with the U.S. | The minister left.");
    sentences("\xe2\x80\x9c" "Are you ready?\xe2\x80\x9d she asked. Yes, 3.5 percent.", buf,
              sizeof(buf));
    CHECK_STR(buf, "\xe2\x80\x9c" "Are you ready?\xe2\x80\x9d she asked. | Yes, 3.5 percent.");
    /* a wire's angle bracket round a name opens a sentence; a comparison does not */
    sentences("Sales rose. <Acme Inc> said it gained. Costs were 5 < 6 and rose. < 7 today.", buf,
              sizeof(buf));
    CHECK_STR(buf, "Sales rose. | <Acme Inc> said it gained. | Costs were 5 < 6 and rose. < 7 today.");
    sentences("A Headline Without A Stop\n\nThe body starts here.", buf, sizeof(buf));
    CHECK_STR(buf, "A Headline Without A Stop | The body starts here.");
    sentences("Intro line:\n  \xe2\x80\xa2" " first point\n  \xe2\x80\xa2" " second point", buf,
              sizeof(buf));
    CHECK_STR(buf, "Intro line: | \xe2\x80\xa2" " first point | \xe2\x80\xa2" " second point");
    /* hard-wrapped newswire: a line break inside a sentence is not a boundary */
    sentences("The company said the\nUnited States would buy it.\n    Shares rose.", buf,
              sizeof(buf));
    CHECK_STR(buf, "The company said the\nUnited States would buy it. | Shares rose.");
    sentences("Prices rose by 3.5 pct in the U.S. economy today.", buf, sizeof(buf));
    CHECK_STR(buf, "Prices rose by 3.5 pct in the U.S. economy today.");
}

static void test_long_run_is_cut(void) {
    /* a run without any stop is cut into bounded sentences */
    size_t n = 2000 * 4;
    char *s = ent_malloc(n + 1);
    for (size_t i = 0; i < n; i += 4) memcpy(s + i, "abc ", 4);
    s[n] = '\0';
    text_doc d = {0};
    CHECK_EQ_INT(text_tokenize(&d, s, n), 0);
    CHECK_EQ_INT(text_sentences(&d), 0);
    CHECK(d.nsents >= 5);
    for (size_t i = 0; i < d.nsents; i++) CHECK(d.sents[i].tend - d.sents[i].tbeg <= 400);
    text_doc_free(&d);
    ent_free(s);
}

static void test_sentences_twice(void) {
    /* a second call finds the same sentences and leaves TOK_SENT on exactly
     * their first tokens (the marks of the first call are cleared) */
    const char *s = "One sentence. Another one here.\n\nA new paragraph. And a third.";
    text_doc d = {0};
    CHECK_EQ_INT(text_tokenize(&d, s, strlen(s)), 0);
    CHECK_EQ_INT(text_sentences(&d), 0);
    size_t n1 = d.nsents;
    CHECK(n1 == 4);
    d.toks[1].flags |= TOK_SENT; /* a stale mark on a first token only */
    d.sents[0].tbeg = 1;
    CHECK_EQ_INT(text_sentences(&d), 0);
    CHECK(d.nsents == n1);
    size_t k = 0;
    for (size_t i = 0; i < d.ntoks; i++) {
        int first = k < d.nsents && d.sents[k].tbeg == i;
        CHECK(!!(d.toks[i].flags & TOK_SENT) == first);
        k += first;
    }
    text_doc_free(&d);
}

static void test_alloc_failures(void) {
    /* every allocation failure surfaces as ENT_ENOMEM, never a crash */
    const char *s = "One sentence. Another one here. And a third.";
    for (long k = 0; k < 10; k++) {
        text_doc d = {0};
        ent_mem_fail_after(k);
        int rc = text_tokenize(&d, s, strlen(s));
        if (!rc) rc = text_sentences(&d);
        ent_mem_fail_after(-1);
        CHECK(rc == 0 || rc == -1);
        text_doc_free(&d);
    }
}

/* A one-byte token's key is its byte (a letter or digit with 0x20 set), so a
 * punctuation byte can be told by the key alone (tag.c's tok_char): every
 * printable ASCII byte, alone, next to words, and near a non-ASCII letter
 * (the scalar path), by both tokenizers. */
static void test_one_byte_keys(void) {
    char text[4096];
    size_t n = 0;
    for (int ch = 0x21; ch < 0x7f; ch++) {
        const char *fmt = ch % 3 == 0 ? "w%cx " : ch % 3 == 1 ? "%c " : "\xc3\xa9%c\xc3\xa9 ";
        n += (size_t)snprintf(text + n, sizeof(text) - n, fmt, ch);
    }
    for (int scalar = 0; scalar < 2; scalar++) {
        text_doc d;
        memset(&d, 0, sizeof(d));
        CHECK((scalar ? text_tokenize_scalar(&d, text, n) : text_tokenize(&d, text, n)) == 0);
        size_t ones = 0;
        for (size_t i = 0; i < d.ntoks; i++) {
            const text_tok *t = &d.toks[i];
            if (t->len != 1) continue;
            unsigned char b = (unsigned char)text[t->start];
            int word = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
            CHECK(t->key == (uint64_t)(word ? (b | 0x20) : b));
            ones += !word;
        }
        CHECK(ones == 32); /* each punctuation byte once */
        text_doc_free(&d);
    }
}

static void run_tests(void) {
    test_one_byte_keys();
    test_utf8();
    test_tokens();
    test_fold_offsets();
    test_sentences();
    test_long_run_is_cut();
    test_sentences_twice();
    test_alloc_failures();
}
