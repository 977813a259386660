/* store.h - the LMDB store: articles, entities, relations with time.
 *
 * The only module that talks to LMDB (with relstore.c for the relation keys).
 * No MDB_val and no LMDB pointer leaves it: every value is copied into the
 * caller's structs before the transaction ends. The key layout of every dbi is
 * documented at the top of store.c.
 *
 * Threads: one writer thread owns write transactions (store_w*); any thread may
 * hold one read transaction at a time (store_r*), reset between requests.
 *
 * Time: every article has a time `ts` (its `published`, else its ingest time),
 * int64 seconds UTC. Windows are [since, until) with WHEN_NONE meaning open.
 * Counts inside a window are exact.
 *
 * Ownership: every struct filled by a store_* call owns its strings and arrays;
 * free it with the matching *_free / *_clear. */
#ifndef ENT_STORE_H
#define ENT_STORE_H

#include "err.h"
#include "tag.h"
#include "wire.h"

#include <stddef.h>
#include <stdint.h>

typedef struct store store_t;
typedef struct store_txn store_txn; /* write transaction (writer thread only) */
typedef struct store_rtxn store_rtxn; /* read transaction (one per thread) */

typedef struct store_window {
    int64_t since, until; /* [since, until); WHEN_NONE = open */
} store_window;

/* ---- open / close ------------------------------------------------------- */

/* Open (creating if needed) the store in dir with an LMDB map of map_size bytes.
 * sync = 0 skips fsync on commit (not durable). Errors: errno (dir not creatable),
 * ENT_ESTORE (LMDB error, e.g. a newer format), ENT_ENOMEM. */
int store_open(const char *dir, size_t map_size, int sync, store_t **out);
void store_close(store_t *s); /* NULL is a no-op; all transactions must be over */

/* ---- writes (writer thread) ---------------------------------------------- */

int store_wbegin(store_t *s, store_txn **out);
/* Nested transaction inside parent: its changes vanish alone on abort. */
int store_wbegin_nested(store_txn *parent, store_txn **out);
/* Commit; the txn is gone after the call whatever it returns. ENT_EMAPFULL when
 * the map is full, ENT_ESTORE otherwise. */
int store_wcommit(store_txn *t);
void store_wabort(store_txn *t);

enum { PUT_CREATED = 0, PUT_UPDATED = 1, PUT_UNCHANGED = 2 };

/* Store article a (id set, hash set: wire_article_finish) with its tagging
 * result r (computed on a->text). ingest_ts is used when a has no published
 * time. Same id and same hash: nothing changes, *status = PUT_UNCHANGED. Same id,
 * new hash: the old version's mentions and relations are withdrawn and the new
 * ones counted (PUT_UPDATED). Errors: ENT_EMAPFULL, ENT_ESTORE, ENT_ENOMEM;
 * after an error the txn must be aborted. a and r are borrowed.
 * ENT_EINVAL (a or r malformed: a span past the text, an entity index out of
 * range, an empty or over-long id or label, a time beyond +-17,000 years) is
 * found before anything is written: the txn stays usable. */
int store_put_article(store_txn *t, const ent_article *a, const tag_result *r, int64_t ingest_ts,
                      int *status);

/* Delete an article and withdraw all it contributed. ENT_ENOTFOUND if unknown
 * (nothing written: the txn stays usable). */
int store_delete_article(store_txn *t, const char *id);

/* Run-time gazetteer entries (PUT /entities/{id}): stored as the JSON text of
 * the entry ({"type","name","aliases","attributes"}). Put replaces. */
int store_put_api_entity(store_txn *t, const char *id, const char *json);
int store_delete_api_entity(store_txn *t, const char *id); /* ENT_ENOTFOUND */

/* ---- reads ---------------------------------------------------------------- */

/* Begin a read txn for the calling thread. store_rend resets it (cheap: the next
 * store_rbegin on the same thread renews it). */
int store_rbegin(store_t *s, store_rtxn **out);
void store_rend(store_rtxn *r);

/* Snapshot id of r: equal ids see equal data (LMDB's txn id); any commit gives
 * later read txns a larger id. */
uint64_t store_rtxn_snapshot(store_rtxn *r);

/* Every run-time entry: calls fn(id, json, arg) for each; stops on nonzero. */
int store_api_entities(store_rtxn *r, int (*fn)(const char *id, const char *json, void *arg),
                       void *arg);

typedef struct store_entity {
    char *id, *name, *type;
    int origin;          /* ORIGIN_* */
    uint64_t mentions;   /* all time */
    uint32_t articles;   /* all time */
    int64_t first_seen;  /* ts of its oldest article, WHEN_NONE if none */
    int64_t last_seen;   /* ts of its newest article, WHEN_NONE if none */
} store_entity;
void store_entity_clear(store_entity *e);

/* Entity by exact id. ENT_ENOTFOUND if it was never mentioned nor PUT. */
int store_entity_get(store_rtxn *r, const char *id, store_entity *out);

/* Mentions of entity id in the store (0 when it has none or is unknown). */
uint64_t store_entity_mentions(store_rtxn *r, const char *id);

/* 1 when the store knows id (mentioned, or a run-time entry), else 0. */
int store_entity_known(store_rtxn *r, const char *id);

/* Entities whose name (folded with text_fold of each token, joined as in
 * gaz_prefix) starts with prefix (exact = 1: equals it). Writes up to max ids
 * (new strings) to ids; returns how many were written. */
size_t store_entity_names(store_rtxn *r, const char *folded, size_t len, int exact, char **ids,
                          size_t max);

enum { DIR_OUT = 0, DIR_IN = 1, DIR_BOTH = 2 };

typedef struct store_rel {
    char *other_id, *other_name, *other_type; /* the entity on the other side */
    char *label;
    int directed;
    int direction;       /* DIR_*: out = entity -> other; both for undirected */
    uint64_t count;      /* occurrences (sentences) in the window */
    uint32_t articles;   /* distinct articles in the window */
    int64_t first_seen, last_seen; /* within the window */
} store_rel;
void store_rels_free(store_rel *v, size_t n);

/* Relations of entity id, highest count first (ties: label, other id), skipping
 * `offset`, at most `limit`. label / with_id filter when not NULL. Relations with
 * zero count in the window are left out. *more = 1 when rows remain after this
 * page. ENT_ENOTFOUND when the entity is unknown to the store. */
int store_entity_relations(store_rtxn *r, const char *id, const char *label,
                           const char *with_id, const store_window *w, size_t offset,
                           size_t limit, store_rel **out, size_t *n, int *more);

/* As store_entity_relations, leaving co-mentions out (every other label): the
 * labelled relations of an entity ranked among themselves, however many
 * co-mentions it has. label filters as there ("co-mention" gives nothing). */
int store_entity_relations_labelled(store_rtxn *r, const char *id, const char *label,
                                    const char *with_id, const store_window *w,
                                    size_t offset, size_t limit, store_rel **out, size_t *n,
                                    int *more);

typedef struct store_evidence {
    char *article;       /* article id */
    int64_t ts;          /* article time */
    uint32_t start, end; /* sentence byte span in the article text */
    char *text;          /* the sentence */
    char *trigger;       /* trigger words, or NULL */
    char *role;          /* affiliation role, or NULL */
} store_evidence;

typedef struct store_pair_rel {
    store_rel rel;        /* other_* = b; direction relative to a */
    store_evidence *ev;   /* newest first */
    size_t nev;
} store_pair_rel;
void store_pair_rels_free(store_pair_rel *v, size_t n);

/* Every label between a and b (both directions), highest count first, with up to
 * nev evidence items each (newest first). label filters when not NULL. */
int store_pair_relations(store_rtxn *r, const char *a_id, const char *b_id, const char *label,
                         const store_window *w, size_t nev, store_pair_rel **out, size_t *n);

typedef struct store_toprel {
    char *a_id, *a_name, *a_type, *b_id, *b_name, *b_type;
    char *label;
    int directed;        /* a -> b when directed */
    uint64_t count;
    uint32_t articles;
} store_toprel;
void store_toprels_free(store_toprel *v, size_t n);

/* Most frequent relations in the window. label NULL = every label except
 * co-mention; type filters on either side's type. */
int store_top_relations(store_rtxn *r, const store_window *w, const char *label,
                        const char *type, size_t limit, store_toprel **out, size_t *n);

typedef struct store_artmeta {
    char *id, *url, *title, *source;
    int64_t published;   /* WHEN_NONE if not given */
    int64_t ingested;
    int64_t ts;          /* published, else ingested */
    uint32_t text_len;
    uint32_t mentions, relations; /* relations without co-mentions */
} store_artmeta;
void store_artmeta_clear(store_artmeta *m);
void store_artmetas_free(store_artmeta *v, size_t n);

/* An article with its tagging result rebuilt from the store (entity ids, names
 * and types as stored). *text is new (NUL-terminated); *res is new. */
int store_get_article(store_rtxn *r, const char *id, store_artmeta *meta, char **text,
                      tag_result **res);

/* Articles newest first (by ts, then id), optionally only those mentioning
 * entity_id, within the window. cursor: NULL for the first page, else the
 * *next_cursor of the previous page. *next_cursor is new, NULL on the last page.
 * ENT_EINVAL for a malformed cursor. */
int store_list_articles(store_rtxn *r, const char *entity_id, const store_window *w,
                        const char *cursor, size_t limit, store_artmeta **out, size_t *n,
                        char **next_cursor);

typedef struct store_stats {
    uint64_t articles, entities, relations, mentions; /* relations: distinct (a,b,label) */
    uint64_t bytes;      /* bytes of the data file in use */
    uint64_t map_size;
    uint64_t text_bytes; /* raw article text held */
} store_stats;
int store_get_stats(store_rtxn *r, store_stats *out);

/* 1 if the store is open and a write txn can begin (for /healthz). */
int store_writable(store_t *s);

#endif
