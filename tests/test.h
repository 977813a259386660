/* test.h - minimal unit-test support: CHECK() and a main() that runs run_tests().
 *
 * A test file defines `static void run_tests(void)` (calling its test functions),
 * includes this header once, and builds to build/tests/test_<module>. CHECK
 * prints file:line and the failed expression and counts the failure; the
 * binary exits 1 if anything failed. TEST_SHARED() returns the path of the
 * shared corpora directory (env ENT_SHARED, default ../shared) or NULL after
 * printing a loud SKIP line when it is absent. */
#ifndef ENT_TEST_H
#define ENT_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int test_failures;
static int test_checks;

#define CHECK(expr)                                                                      \
    do {                                                                                 \
        test_checks++;                                                                   \
        if (!(expr)) {                                                                   \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #expr);     \
            test_failures++;                                                             \
        }                                                                                \
    } while (0)

#define CHECK_EQ_INT(a, b)                                                               \
    do {                                                                                 \
        long long va_ = (long long)(a), vb_ = (long long)(b);                            \
        test_checks++;                                                                   \
        if (va_ != vb_) {                                                                \
            fprintf(stderr, "%s:%d: CHECK failed: %s == %s (%lld != %lld)\n", __FILE__,  \
                    __LINE__, #a, #b, va_, vb_);                                         \
            test_failures++;                                                             \
        }                                                                                \
    } while (0)

#define CHECK_STR(a, b)                                                                  \
    do {                                                                                 \
        const char *sa_ = (a), *sb_ = (b);                                               \
        test_checks++;                                                                   \
        if (!sa_ || !sb_ || strcmp(sa_, sb_) != 0) {                                     \
            fprintf(stderr, "%s:%d: CHECK failed: %s == %s (\"%s\" != \"%s\")\n",         \
                    __FILE__, __LINE__, #a, #b, sa_ ? sa_ : "(null)", sb_ ? sb_ : "(null)"); \
            test_failures++;                                                             \
        }                                                                                \
    } while (0)

__attribute__((unused)) static const char *test_shared(const char *what) {
    const char *p = getenv("ENT_SHARED");
    struct stat st;
    if (!p) p = "../shared";
    if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "SKIP %s: shared corpora directory %s is absent (set ENT_SHARED)\n",
                what, p);
        return NULL;
    }
    return p;
}

static void run_tests(void);

int main(int argc, char **argv) {
    (void)argc;
    run_tests();
    fprintf(stderr, "%s: %d checks, %d failed\n", argv[0], test_checks, test_failures);
    return test_failures ? 1 : 0;
}

#endif
