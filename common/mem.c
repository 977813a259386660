/* mem.c - allocation hooks with fault injection for the chaos tests. */
#include "mem.h"
#include "err.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
