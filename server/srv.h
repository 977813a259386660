/* srv.h - the daemon's shared state and the pieces its modules call each other by.
 *
 * Rings: httpd.c is the only evhttp code (loops, routing, replies, metrics);
 * api_*.c are handlers that run on a loop thread; writer.c owns the writer
 * thread; store.c is the only LMDB code; main.c wires them together. */
#ifndef ENT_SRV_H
#define ENT_SRV_H

#include "conf.h"
#include "gaz.h"
#include "store.h"
#include "tag.h"
#include "wire.h"

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

struct evhttp_request;
struct event_base;
struct event;
struct evkeyvalq;
struct evbuffer;
struct wjob;

/* ---- the daemon ------------------------------------------------------------ */

typedef struct srv {
    ent_conf conf;
    store_t *store;
    char token[256];          /* bearer token, "" = none */
    int64_t started;          /* unix seconds */
    /* the gazetteer in force: take it with srv_gaz_get, release with gaz_unref */
    pthread_mutex_t gaz_lock;
    gaz_t *gaz;
    int64_t gaz_loaded_at;
    atomic_uint gaz_gen;      /* bumped at every gazetteer swap */
    pthread_mutex_t reload_lock; /* one rebuild at a time */
    atomic_int stopping;
} srv_t;

extern srv_t *srv;

/* The gazetteer in force, with a new reference (never NULL after startup). */
gaz_t *srv_gaz_get(void);

/* Rebuild the gazetteer from conf + run-time entries in the store and swap it
 * in. On failure the old one stays and ei says which file and line. Thread:
 * any but a loop thread (it takes ~100 ms). */
int srv_gaz_reload(ent_errinfo *ei);

/* ---- requests ---------------------------------------------------------------- */

/* A route's handler context: everything a request owns until its reply. */
typedef struct req_ctx {
    struct evhttp_request *req;
    struct loop *loop;       /* the loop thread the request arrived on */
    int method;              /* EVHTTP_REQ_* */
    const char *route;       /* route name for metrics */
    char *segs[6];           /* decoded path segments (new) */
    int nsegs;
    struct evkeyvalq *query; /* decoded query string */
    char *body;              /* request body, NUL-terminated (new) */
    size_t body_len;
    char ctype[64];          /* Content-Type without parameters, lowercase */
    int cacheable;           /* a GET whose 200 reply may be kept (reply cache) */
    uint64_t snap;           /* store snapshot the reply was computed on */
    double t0;               /* arrival time for latency metrics */
    int conn_gone;           /* client went away while we waited for the writer */
    int deferred;            /* waiting for the writer or a worker */
    /* writer results for deferred requests */
    struct wjob **jobs;
    size_t njobs;
    int status;              /* reply status chosen by the handler */
    json_t *reply;           /* deferred reply under construction */
    void *user;              /* handler data */
    void (*user_free)(void *); /* frees user with the ctx (may be NULL) */
    void (*finish)(struct req_ctx *c); /* called on the loop when jobs are done */
} req_ctx;

/* Reply helpers: send exactly once, then the ctx is freed by httpd. */
void reply_json(req_ctx *c, int status, json_t *body_own);
/* Reply with the text of a streaming writer (finished and freed here). */
void reply_jw(req_ctx *c, int status, jw_t *w);
void reply_text(req_ctx *c, int status, const char *ctype, const char *body, size_t len);
/* Error reply for an ENT_E* code (status from the one table in httpd.c) with msg
 * (NULL: the code's own message). */
void reply_error(req_ctx *c, int rc, const char *msg);
/* Error reply with an explicit status and type. */
void reply_error_status(req_ctx *c, int status, const char *type, const char *msg);

/* Query parameter (decoded) or NULL. */
const char *req_param(req_ctx *c, const char *name);
/* Parse limit (default ENT_DEFAULT_LIMIT, 1..ENT_MAX_LIMIT); on error replies 400
 * and returns -1. */
long req_limit(req_ctx *c);
/* The cursor of an offset-paged list (the decimal offset the previous page
 * returned), 0 when absent; on a malformed cursor replies 400 and returns -1. */
long req_offset(req_ctx *c);
/* Parse since/until into w; on error replies 400 and returns -1. */
int req_window(req_ctx *c, store_window *w);
/* Parse an unsigned integer parameter with default and bounds; replies 400 and
 * returns -1 on error. */
long req_uint(req_ctx *c, const char *name, long def, long min, long max);

/* The tagging scratch of the calling loop thread (never NULL after start). */
tag_ctx *req_tagger(req_ctx *c);

/* The read txn of the calling loop thread (begun on first use in the request,
 * ended by httpd after the handler returns). NULL with a 500 already sent on
 * failure. */
store_rtxn *req_rtxn(req_ctx *c);

/* Defer: the handler submitted writer jobs; finish() runs on the request's loop
 * when they are done and must reply. */
void req_defer(req_ctx *c);

/* ---- handlers (api_*.c) --------------------------------------------------------- */

void api_articles_post(req_ctx *c);
void api_articles_bulk(req_ctx *c);
void api_articles_get(req_ctx *c);
void api_articles_delete(req_ctx *c);
void api_articles_list(req_ctx *c);
void api_tag(req_ctx *c);
void api_entities_search(req_ctx *c);
void api_entity_get(req_ctx *c);
void api_entity_put(req_ctx *c);
void api_entity_delete(req_ctx *c);
void api_entity_relations(req_ctx *c);
void api_entity_articles(req_ctx *c);
void api_relations_pair(req_ctx *c);
void api_relations_top(req_ctx *c);
void api_graph(req_ctx *c);
void api_healthz(req_ctx *c);
void api_stats(req_ctx *c);
void api_metrics(req_ctx *c);
void api_reload(req_ctx *c);

/* Shared by handlers (api_common.c). */

/* Resolve REF (id, name or alias; any case and diacritics) to an entity id.
 * *id is new. alternatives (may be NULL) gets a new JSON array of the other
 * candidates [{"id","name","type","mentions"}] when the name was ambiguous.
 * ENT_ENOTFOUND when nothing matches. */
int api_resolve(req_ctx *c, const char *ref, char **id, json_t **alternatives);

/* Write {"id","name","type"} of an entity id to w; returns its name (new). */
char *api_entity_brief_jw(req_ctx *c, const char *id, jw_t *w);

/* The quoted display string of a relation ("A–B: label", "A→B: label"), as
 * wire_display writes it, appended raw (jw_raw_*) to w. */
void api_display_jw(jw_t *w, const char *a, const char *b, const char *label, int directed);
/* "label", "directed", "direction", "count", "articles", "first_seen",
 * "last_seen" of a relation: key-value pairs without braces. */
void api_rel_fields_jw(jw_t *w, const store_rel *x);

/* {"id","name","type"} of an entity id from the store or the gazetteer. */
json_t *api_entity_brief(req_ctx *c, const char *id);

/* Make j (taken, freed on failure) the request's only writer job. */
int api_one_job(req_ctx *c, struct wjob *j);

/* Queue the request's jobs with finish() to reply once they are committed, and
 * defer; or reply 503 when the queue is full. */
void api_submit(req_ctx *c, void (*finish)(req_ctx *));

/* ISO time string or JSON null for WHEN_NONE. */
json_t *api_time(int64_t t);

/* A run-time entry's attributes object as a new array of gaz_attr, *n of them,
 * pointing into at (a value that is no string reads as ""); NULL when out of
 * memory. (api_entities.c: PUT checks them, the gazetteer rebuild loads
 * them.) */
gaz_attr *api_gaz_attrs(json_t *at, size_t *n);

/* Metrics (httpd.c). */
void metrics_count_tagged(size_t articles, size_t bytes);
void metrics_render(struct evbuffer *out);

/* Monotonic seconds. */
double srv_now(void);

#endif
