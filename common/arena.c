/* arena.c - chunked bump allocator. */
#include "arena.h"
#include "mem.h"

#include <stdint.h>
#include <string.h>

typedef struct chunk {
    struct chunk *next;
    size_t used, cap;
    max_align_t data[]; /* cap bytes follow */
} chunk;

struct gaz_arena {
    chunk *head;
    size_t chunk_size;
    size_t total;
};

arena_t *arena_create(size_t chunk_size) {
    arena_t *a = ent_calloc(1, sizeof(*a));
    if (!a) return NULL;
    a->chunk_size = chunk_size ? chunk_size : 64 * 1024;
    return a;
}

void arena_free(arena_t *a) {
    if (!a) return;
    chunk *c = a->head;
    while (c) {
        chunk *n = c->next;
        ent_free(c);
        c = n;
    }
    ent_free(a);
}

void arena_reset(arena_t *a) {
    chunk *keep = NULL, *c = a->head;
    while (c) { /* keep the last standard-sized chunk, free the rest */
        chunk *n = c->next;
        if (!keep && c->cap == a->chunk_size) keep = c;
        else ent_free(c);
        c = n;
    }
    if (keep) {
        keep->next = NULL;
        keep->used = 0;
    }
    a->head = keep;
    a->total = 0;
}

/* n bytes at an offset that is a multiple of al (a power of two). */
static void *alloc_aligned(arena_t *a, size_t n, size_t al) {
    chunk *c = a->head;
    if (n == 0) n = 1;
    if (c) c->used = (c->used + al - 1) & ~(al - 1);
    if (!c || c->used > c->cap || c->cap - c->used < n) {
        if (c && c->used > c->cap) c->used = c->cap;
        size_t cap = n > a->chunk_size / 4 ? n : a->chunk_size;
        if (cap > SIZE_MAX - sizeof(chunk)) return NULL;
        chunk *nc = ent_malloc(sizeof(chunk) + cap);
        if (!nc) return NULL;
        nc->used = 0;
        nc->cap = cap;
        if (c && cap != a->chunk_size) { /* big one-off: keep the current chunk on top */
            nc->next = c->next;
            c->next = nc;
            nc->used = n;
            a->total += n;
            return nc->data;
        }
        nc->next = c;
        a->head = c = nc;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    a->total += n;
    return p;
}

void *arena_alloc(arena_t *a, size_t n) {
    return alloc_aligned(a, n, sizeof(max_align_t));
}

char *arena_strndup(arena_t *a, const char *s, size_t n) {
    char *d = alloc_aligned(a, n + 1, 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *arena_strdup(arena_t *a, const char *s) {
    return arena_strndup(a, s, strlen(s));
}

size_t arena_used(const arena_t *a) {
    return a->total;
}

size_t arena_chunks(const arena_t *a, const void **base, size_t *used, size_t max) {
    size_t n = 0;
    for (const chunk *c = a->head; c; c = c->next, n++)
        if (base && used && n < max) {
            base[n] = c->data;
            /* (the bump pointer may stand past the end after a rounding up) */
            used[n] = c->used < c->cap ? c->used : c->cap;
        }
    return n;
}
