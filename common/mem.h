/* mem.h - allocation hooks used by every module and by jansson.
 *
 * All allocation goes through these so that the chaos tests can fail
 * allocation number N and check that every caller cleans up. ent_free(NULL)
 * is a no-op. ent_mem_install_json() points jansson at the same functions. */
#ifndef ENT_MEM_H
#define ENT_MEM_H

#include <stddef.h>

void *ent_malloc(size_t n);           /* new, or NULL */
void *ent_calloc(size_t n, size_t m); /* new zeroed, or NULL (also on overflow) */
void *ent_realloc(void *p, size_t n); /* p is taken on success, kept on failure */
void ent_free(void *p);
char *ent_strdup(const char *s);             /* new, or NULL */
char *ent_strndup(const char *s, size_t n);  /* new NUL-terminated copy of n bytes */

/* A zeroed table of n elements of size m that is read at random (a trie's
 * edges, the vocabulary's buckets): from a megabyte up, at a 2 MB boundary in
 * whole 2 MB pages, asked of the kernel as huge pages (transparent huge pages
 * in "madvise" mode) before its memory is first written, since with 4 KB
 * pages nearly every random read of a table of megabytes misses the TLB.
 * NULL when out of memory or on overflow; free it with ent_big_free. */
void *ent_big_calloc(size_t n, size_t m);
/* The same, not zeroed: for a table about to be filled whole (a file read in). */
void *ent_big_malloc(size_t n);
void ent_big_free(void *p);

/* Grow *arr (element size sz) so it holds at least need elements; *cap is updated.
 * Returns 0 or ENT_ENOMEM (then *arr is untouched). */
int ent_grow(void *arr, size_t *cap, size_t need, size_t sz);

/* Route jansson's allocations through ent_malloc/ent_free. Call once at start. */
void ent_mem_install_json(void);

/* Tests: make allocation number n (0-based, counted from this call) and every one
 * after it fail; n < 0 turns failures off. Returns the number of allocations
 * since the last call. Not thread-safe: for single-threaded tests only. */
long ent_mem_fail_after(long n);

#endif
