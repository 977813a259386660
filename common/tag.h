/* tag.h - find the people, countries and organizations in a text, and the
 * relations between them.
 *
 * tag_run() tokenizes the text, matches the gazetteer (leftmost-longest over
 * tokens, case policy and tie-break of gaz.h), discovers unknown people after a
 * title ("Foreign Minister Abbas Araghchi") or a known first name, and unknown
 * organizations ending in an organization word ("... Trade Commission"),
 * resolves later short forms of a person to the full name found earlier
 * (coreference), then derives relations sentence by sentence (rel.c).
 *
 * Pure module: no I/O, no locks. A tag_ctx holds scratch memory reused across
 * calls; use one per thread. */
#ifndef ENT_TAG_H
#define ENT_TAG_H

#include "arena.h"
#include "gaz.h"

#include <stddef.h>
#include <stdint.h>

typedef struct tag_entity {
    const char *id, *name, *type; /* owned by the result */
    int32_t gidx;                 /* gazetteer index, -1 for discovered */
    uint8_t origin;               /* ORIGIN_* */
    uint32_t count;               /* mentions in this text */
} tag_entity;

typedef struct tag_mention {
    uint32_t start, end; /* byte span in the text, end exclusive */
    uint32_t ent;        /* index into ents */
    uint8_t via;         /* gaz_via */
    uint32_t tok, ntok;  /* token span (for the relation pass) */
} tag_mention;

typedef struct tag_relation {
    uint32_t a, b;                 /* entity indexes; a -> b when directed */
    const char *label;             /* owned by the result */
    uint8_t directed;
    const char *role;              /* affiliation role, or NULL */
    uint32_t sent_start, sent_end; /* sentence byte span */
    uint32_t trig_start, trig_end; /* trigger byte span; both 0 when none */
} tag_relation;

typedef struct tag_result {
    tag_entity *ents; /* in order of first mention */
    uint32_t nents;
    tag_mention *ments; /* by start offset */
    uint32_t nments;
    tag_relation *rels; /* by sentence, then as found */
    uint32_t nrels;
    arena_t *arena; /* owns the arrays and strings of a result built piece by piece
                     * (NULL when they share the result's own allocation) */
} tag_result;

enum {
    TAG_RELATIONS = 1 << 0, /* derive labelled relations */
    TAG_COMENTION = 1 << 1, /* add a co-mention per entity pair and sentence */
    TAG_ALL = TAG_RELATIONS | TAG_COMENTION,
    /* only the names the gazetteer lists: the scan, its case policy and
     * tie-breaks, the boilerplate filter and the choice between overlapping
     * matches, but no discovered entity, no coreference (a surname alone is
     * found only where the gazetteer lists it as an alias) and no relations
     * (it overrides the two above) */
    TAG_LIST_ONLY = 1 << 2,
};

typedef struct tag_ctx tag_ctx;

tag_ctx *tag_ctx_create(void); /* new, or NULL */
void tag_ctx_free(tag_ctx *c);

/* Tag text[0..len) (valid UTF-8, checked by the caller) with g. *out is new.
 * Errors: ENT_ENOMEM, ENT_ETOOBIG (len > ENT_MAX_TEXT). */
int tag_run(tag_ctx *c, const gaz_t *g, const char *text, size_t len, unsigned flags,
            tag_result **out);

void tag_result_free(tag_result *r); /* NULL is a no-op */

/* Count of relations that are not co-mentions. */
uint32_t tag_result_labelled(const tag_result *r);

#endif
