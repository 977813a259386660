/* writer.h - the single writer thread: queue, group commit, completions.
 *
 * Loop threads submit a request's jobs; the writer drains the queue into one
 * LMDB transaction per batch (many articles per fsync), commits, and hands
 * each finished request back to the loop it came from. A reply therefore
 * always follows the commit that holds its writes. */
#ifndef ENT_WRITER_H
#define ENT_WRITER_H

#include "srv.h"

enum { WJ_PUT_ARTICLE = 0, WJ_DELETE_ARTICLE, WJ_PUT_ENTITY, WJ_DELETE_ENTITY };

typedef struct wjob {
    int kind;          /* WJ_* */
    ent_article art;   /* WJ_PUT_ARTICLE, owned */
    tag_result *res;   /* WJ_PUT_ARTICLE, owned */
    int64_t ingest_ts; /* WJ_PUT_ARTICLE */
    char *id;          /* WJ_DELETE_ARTICLE, WJ_*_ENTITY: owned */
    char *json;        /* WJ_PUT_ENTITY: the entry as JSON text, owned */
    int rc;            /* result: 0 or ENT_E* */
    int status;        /* result of WJ_PUT_ARTICLE: PUT_* */
} wjob;

/* New zeroed job, or NULL. */
wjob *wjob_create(int kind);
void wjob_free(wjob *j); /* NULL is a no-op */

/* Start the writer thread over st. */
int writer_start(store_t *st, long queue_max, long batch_max);

/* Queue c's jobs (c->jobs, c->njobs). ENT_EFULL when the queue holds work and
 * these jobs would exceed queue_max (nothing queued then), ENT_EUNAVAIL while
 * stopping. Thread: loop. */
int writer_submit(req_ctx *c);

/* Jobs waiting now (for /metrics). */
long writer_queued(void);

/* Stop after the queue is drained and committed; joins the thread. */
void writer_stop(void);

/* Hand a finished request back to its loop (httpd.c). */
void loop_complete(req_ctx *c);

#endif
