/* mem.c - allocation hooks with fault injection for the chaos tests. */
#include "mem.h"
#include "err.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

static long fail_at = -1; /* fail when counter reaches this; -1 = never */
static long counter;

static int should_fail(void) {
    if (fail_at < 0) return 0;
    return counter++ >= fail_at;
}

long ent_mem_fail_after(long n) {
    long c = counter;
    counter = 0;
    fail_at = n;
    return c;
}

void *ent_malloc(size_t n) {
    if (should_fail()) return NULL;
    return malloc(n ? n : 1);
}

void *ent_calloc(size_t n, size_t m) {
    if (should_fail()) return NULL;
    return calloc(n ? n : 1, m ? m : 1);
}

void *ent_realloc(void *p, size_t n) {
    if (should_fail()) return NULL;
    return realloc(p, n ? n : 1);
}

void ent_free(void *p) {
    free(p);
}

#define BIG_PAGE ((size_t)2 << 20)

void *ent_big_malloc(size_t bytes) {
    if (bytes > SIZE_MAX - 3 * BIG_PAGE) return NULL;
    size_t align = bytes >= BIG_PAGE / 2 ? BIG_PAGE : 64;
    /* (whole huge pages: a range shorter than one gets none) */
    size_t span = (bytes + align - 1) & ~(align - 1);
    char *raw = ent_malloc(span + align + sizeof(void *));
    if (!raw) return NULL;
    /* the allocation it came from in the word before the table, for
     * ent_big_free */
    char *p = (char *)(((uintptr_t)raw + sizeof(void *) + align - 1) & ~(uintptr_t)(align - 1));
    memcpy(p - sizeof(void *), &raw, sizeof(void *));
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (align == BIG_PAGE) (void)madvise(p, span, MADV_HUGEPAGE); /* (a hint) */
#endif
    return p;
}

void *ent_big_calloc(size_t n, size_t m) {
    if (m && n > (SIZE_MAX - 3 * BIG_PAGE) / m) return NULL;
    char *p = ent_big_malloc(n * m);
    if (p) memset(p, 0, n * m);
    return p;
}

void ent_big_free(void *p) {
    if (!p) return;
    void *raw;
    memcpy(&raw, (char *)p - sizeof(void *), sizeof(void *));
    ent_free(raw);
}

char *ent_strndup(const char *s, size_t n) {
    char *d = ent_malloc(n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *ent_strdup(const char *s) {
    return ent_strndup(s, strlen(s));
}

int ent_grow(void *arr, size_t *cap, size_t need, size_t sz) {
    void **pa = arr;
    if (need <= *cap) return 0;
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / sz) return ENT_ENOMEM;
        ncap *= 2;
    }
    void *p = ent_realloc(*pa, ncap * sz);
    if (!p) return ENT_ENOMEM;
    *pa = p;
    *cap = ncap;
    return 0;
}

void ent_mem_install_json(void) {
    json_set_alloc_funcs(ent_malloc, ent_free);
}
