/* arena.h - bump allocator for many small objects freed together.
 *
 * Used for the strings of a compiled gazetteer and of one tagging result: one
 * free releases everything, and small strings do not each pay malloc overhead. */
#ifndef ENT_ARENA_H
#define ENT_ARENA_H

#include <stddef.h>

typedef struct gaz_arena arena_t;

arena_t *arena_create(size_t chunk); /* new, or NULL; chunk 0 = 64 KiB */
void arena_free(arena_t *a);         /* NULL is a no-op */

/* Forget everything allocated, keeping one chunk for reuse (cheaper than
 * free + create when one arena serves call after call). */
void arena_reset(arena_t *a);

/* n bytes aligned for any type, owned by the arena; NULL when out of memory. */
void *arena_alloc(arena_t *a, size_t n);

/* NUL-terminated copy of s[0..n) owned by the arena, or NULL. */
char *arena_strndup(arena_t *a, const char *s, size_t n);
char *arena_strdup(arena_t *a, const char *s);

/* Bytes handed out so far (for memory figures). */
size_t arena_used(const arena_t *a);

/* The chunks of a, for copying its contents whole (the gazetteer cache): the
 * number of chunks; with base and used not NULL, the first max of them (newest
 * first) as the start of each chunk's bytes and how many are in use. */
size_t arena_chunks(const arena_t *a, const void **base, size_t *used, size_t max);

#endif
