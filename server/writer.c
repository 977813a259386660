/* writer.c - the writer thread: group commit over a queue of requests.
 *
 * DESIGN
 * The queue holds requests, each with its jobs. The writer takes requests
 * from the head until batch_max jobs are collected (a large bulk request is
 * split across several transactions), runs them in one write transaction and
 * commits once. A job that fails with a store error (map full, I/O) would
 * leave the transaction unusable, so the transaction is aborted, that job is
 * marked failed, and the batch is replayed without it: the others still land
 * and nothing partial is ever committed. Expected failures (delete of an
 * unknown id) write nothing and keep the transaction. After the commit every
 * request whose last job is done goes back to its loop thread. */
#include "writer.h"
#include "log.h"
#include "mem.h"

#include <pthread.h>
#include <string.h>

typedef struct qitem {
    req_ctx *c;
    size_t next; /* first job not yet taken */
    size_t done; /* jobs finished */
    struct qitem *nxt;
} qitem;

static struct {
    pthread_t th;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    qitem *head, *tail;
    long queued; /* jobs queued and not yet taken */
    long queue_max, batch_max;
    int stop, started;
    store_t *st;
} W = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};

wjob *wjob_create(int kind) {
    wjob *j = ent_calloc(1, sizeof(*j));
    if (j) {
        j->kind = kind;
        j->art.published = INT64_MIN;
    }
    return j;
}

void wjob_free(wjob *j) {
    if (!j) return;
    wire_article_clear(&j->art);
    tag_result_free(j->res);
    ent_free(j->id);
    ent_free(j->json);
    ent_free(j);
}

long writer_queued(void) {
    pthread_mutex_lock(&W.mu);
    long q = W.queued;
    pthread_mutex_unlock(&W.mu);
    return q;
}

int writer_submit(req_ctx *c) {
    qitem *it = ent_calloc(1, sizeof(*it));
    if (!it) return ENT_ENOMEM;
    it->c = c;
    pthread_mutex_lock(&W.mu);
    int rc = 0;
    if (W.stop) rc = ENT_EUNAVAIL;
    else if (W.queued > 0 && W.queued + (long)c->njobs > W.queue_max) rc = ENT_EFULL;
    if (!rc) {
        if (W.tail) W.tail->nxt = it;
        else W.head = it;
        W.tail = it;
        W.queued += (long)c->njobs;
        pthread_cond_signal(&W.cv);
    }
    pthread_mutex_unlock(&W.mu);
    if (rc) ent_free(it);
    return rc;
}

/* Errors after which the txn is still usable: nothing was written. */
static int soft_error(int rc) {
    return rc == ENT_ENOTFOUND || rc == ENT_EINVAL;
}

static int run_job(store_txn *t, wjob *j) {
    switch (j->kind) {
    case WJ_PUT_ARTICLE:
        return store_put_article(t, &j->art, j->res, j->ingest_ts, &j->status);
    case WJ_DELETE_ARTICLE:
        return store_delete_article(t, j->id);
    case WJ_PUT_ENTITY:
        return store_put_api_entity(t, j->id, j->json);
    case WJ_DELETE_ENTITY:
        return store_delete_api_entity(t, j->id);
    }
    return ENT_EINTERNAL;
}

typedef struct slot {
    qitem *it;
    size_t from, to; /* jobs [from, to) of it->c */
} slot;

/* Run slots in one transaction, replaying without hard failures. */
static void run_batch(slot *sl, size_t ns) {
    for (;;) {
        store_txn *t;
        int rc = store_wbegin(W.st, &t);
        if (rc) {
            log_msg(LOG_ERROR, "cannot begin a write transaction: %s", ent_strerror(rc));
            for (size_t s = 0; s < ns; s++)
                for (size_t k = sl[s].from; k < sl[s].to; k++)
                    if (!sl[s].it->c->jobs[k]->rc) sl[s].it->c->jobs[k]->rc = rc;
            return;
        }
        int replay = 0;
        for (size_t s = 0; s < ns && !replay; s++)
            for (size_t k = sl[s].from; k < sl[s].to && !replay; k++) {
                wjob *j = sl[s].it->c->jobs[k];
                if (j->rc) continue; /* failed before: skip on replay */
                int r = run_job(t, j);
                if (r && !soft_error(r)) {
                    log_msg(LOG_WARN, "write failed, replaying the batch without it: %s",
                            ent_strerror(r));
                    j->rc = r;
                    replay = 1;
                } else {
                    j->rc = r ? r : 0;
                    if (r) j->status = -1;
                }
            }
        if (replay) {
            store_wabort(t);
            /* reset the results of the jobs that will run again */
            for (size_t s = 0; s < ns; s++)
                for (size_t k = sl[s].from; k < sl[s].to; k++) {
                    wjob *j = sl[s].it->c->jobs[k];
                    if (soft_error(j->rc) || j->status == -1) j->rc = 0, j->status = 0;
                }
            continue;
        }
        rc = store_wcommit(t);
        if (rc) {
            log_msg(LOG_ERROR, "commit failed: %s", ent_strerror(rc));
            for (size_t s = 0; s < ns; s++)
                for (size_t k = sl[s].from; k < sl[s].to; k++)
                    if (!sl[s].it->c->jobs[k]->rc) sl[s].it->c->jobs[k]->rc = rc;
        }
        return;
    }
}

static void *writer_main(void *arg) {
    (void)arg;
    slot *sl = NULL;
    size_t capsl = 0, capfin = 0;
    req_ctx **fin = NULL;
    for (;;) {
        pthread_mutex_lock(&W.mu);
        while (!W.head && !W.stop) pthread_cond_wait(&W.cv, &W.mu);
        if (!W.head && W.stop) {
            pthread_mutex_unlock(&W.mu);
            break;
        }
        /* take up to batch_max jobs from the head */
        size_t ns = 0;
        long taken = 0;
        for (qitem *it = W.head; it && taken < W.batch_max; it = it->nxt) {
            size_t left = it->c->njobs - it->next;
            if (left == 0) continue;
            size_t take = left;
            if ((long)take > W.batch_max - taken) take = (size_t)(W.batch_max - taken);
            if (ent_grow(&sl, &capsl, ns + 1, sizeof(slot))) break;
            sl[ns++] = (slot){it, it->next, it->next + take};
            it->next += take;
            taken += (long)take;
        }
        W.queued -= taken;
        pthread_mutex_unlock(&W.mu);
        if (ns == 0) continue;

        run_batch(sl, ns);

        int entities = 0;
        for (size_t s = 0; s < ns; s++)
            for (size_t k = sl[s].from; k < sl[s].to; k++) {
                wjob *j = sl[s].it->c->jobs[k];
                entities |= !j->rc && (j->kind == WJ_PUT_ENTITY || j->kind == WJ_DELETE_ENTITY);
            }
        if (entities) { /* run-time entries apply to articles ingested afterwards */
            ent_errinfo ei;
            int rc = srv_gaz_reload(&ei);
            if (rc) log_msg(LOG_ERROR, "gazetteer rebuild failed: %s", ei.text);
        }
        /* hand back finished requests, unlinking them from the queue */
        pthread_mutex_lock(&W.mu);
        for (size_t s = 0; s < ns; s++) sl[s].it->done += sl[s].to - sl[s].from;
        qitem **pp = &W.head, *prev = NULL;
        size_t nfin = 0;
        while (*pp) {
            qitem *it = *pp;
            if (it->done == it->c->njobs) {
                if (ent_grow(&fin, &capfin, nfin + 1, sizeof(req_ctx *))) {
                    prev = it; /* out of memory: completed on a later pass */
                    pp = &it->nxt;
                    continue;
                }
                *pp = it->nxt;
                if (W.tail == it) W.tail = prev;
                fin[nfin++] = it->c;
                ent_free(it);
                continue;
            }
            prev = it;
            pp = &it->nxt;
        }
        pthread_mutex_unlock(&W.mu);
        for (size_t f = 0; f < nfin; f++) loop_complete(fin[f]);
    }
    ent_free(sl);
    ent_free(fin);
    return NULL;
}

int writer_start(store_t *st, long queue_max, long batch_max) {
    W.st = st;
    W.queue_max = queue_max;
    W.batch_max = batch_max;
    W.stop = 0;
    int rc = pthread_create(&W.th, NULL, writer_main, NULL);
    if (rc) return rc;
    W.started = 1;
    return 0;
}

void writer_stop(void) {
    if (!W.started) return;
    pthread_mutex_lock(&W.mu);
    W.stop = 1;
    pthread_cond_broadcast(&W.cv);
    pthread_mutex_unlock(&W.mu);
    pthread_join(W.th, NULL);
    W.started = 0;
}
