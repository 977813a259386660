/* httpd.c - loop threads, routing, replies and metrics.
 *
 * DESIGN
 * One listening socket, bound by httpd_start, is shared by every loop thread:
 * each loop wraps it in its own evconnlistener (without close-on-free) and
 * hands it to its evhttp, so whichever loop is idle accepts. A request is
 * parsed and routed on its loop thread; read handlers answer from a short LMDB
 * read transaction of that thread; write handlers tag on the loop (bounded,
 * pure work) and submit jobs to the writer, then return without replying. The
 * writer posts finished requests to the loop's completion queue and wakes it
 * with event_active(); the loop replies there, so a request is always
 * answered exactly once and on its own thread. A deferred request is owned by
 * us (evhttp_request_own) and watched with a close callback, so a client that
 * disconnects while its write commits cannot leave us with a dangling request.
 *
 * evhttp answers a body over its own limit with a plain 413 before we see it;
 * that hard limit is set well above max_body so that the usual case, a body
 * just over max_body, gets our JSON error instead. */
#include "httpd.h"
#include "ent.h"
#include "log.h"
#include "mem.h"
#include "srv.h"
#include "when.h"
#include "writer.h"

#include <arpa/inet.h>
#include <errno.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/listener.h>
#include <event2/thread.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct loop {
    int idx;
    pthread_t th;
    struct event_base *base;
    struct evhttp *http;
    struct evhttp_bound_socket *bound;
    struct event *done_ev;  /* woken by the writer */
    struct event *ctl_ev;   /* stop accepting / shut down */
    pthread_mutex_t mu;
    req_ctx **done;         /* finished deferred requests */
    size_t ndone, capdone;
    int ctl_stop_accept, ctl_exit;
    store_rtxn *rtxn;       /* read txn of the request being handled */
    tag_ctx *tagger;        /* tagging scratch reused by this loop's requests */
    struct rcache *cache;   /* replies kept per snapshot, NULL = off */
} loop;

static loop *loops;
static int nloops;
static int listen_fd = -1;
static long max_body_cfg;

double srv_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- metrics ------------------------------------------------------------ */

#define NBUCKETS 12
static const double bucket_s[NBUCKETS] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                          0.05,   0.1,   0.25,   0.5,   1.0,  5.0};
static const int statuses[] = {200, 201, 207, 400, 401, 404, 405, 413, 415, 500, 503, 507};
#define NSTATUS (sizeof(statuses) / sizeof(statuses[0]) + 1) /* + other */

struct route;
typedef struct route_metrics {
    atomic_ulong count[NSTATUS];
    atomic_ulong bucket[NBUCKETS + 1];
    atomic_ulong sum_us;
} route_metrics;

static atomic_ulong tagged_articles, tagged_bytes;
static atomic_ulong cache_hits, cache_misses; /* reply cache, all loops */

void metrics_count_tagged(size_t articles, size_t bytes) {
    atomic_fetch_add_explicit(&tagged_articles, articles, memory_order_relaxed);
    atomic_fetch_add_explicit(&tagged_bytes, bytes, memory_order_relaxed);
}

/* ---- routes ---------------------------------------------------------------- */

enum { M_GET = 1, M_POST = 2, M_PUT = 4, M_DELETE = 8 };

typedef struct route {
    const char *pattern; /* '/'-separated segments, "*" = any one segment */
    int methods;
    int cacheable;       /* GET replies depend only on the store and the gazetteer */
    void (*fn[4])(req_ctx *); /* by method bit index: GET, POST, PUT, DELETE */
    const char *name;
    route_metrics m;
} route;

#define ROUTE(pat, meth, get, post, put, del, nm)                                          \
    {.pattern = (pat), .methods = (meth), .fn = {(get), (post), (put), (del)}, .name = (nm)}
#define CACHED(pat, meth, get, post, put, del, nm)                                         \
    {.pattern = (pat), .methods = (meth), .cacheable = 1,                                  \
     .fn = {(get), (post), (put), (del)}, .name = (nm)}

static route routes[] = {
    ROUTE("healthz", M_GET, api_healthz, NULL, NULL, NULL, "healthz"),
    ROUTE("stats", M_GET, api_stats, NULL, NULL, NULL, "stats"),
    ROUTE("metrics", M_GET, api_metrics, NULL, NULL, NULL, "metrics"),
    ROUTE("articles/_bulk", M_POST, NULL, api_articles_bulk, NULL, NULL, "articles_bulk"),
    CACHED("articles", M_GET | M_POST, api_articles_list, api_articles_post, NULL, NULL, "articles"),
    CACHED("articles/*", M_GET | M_DELETE, api_articles_get, NULL, NULL, api_articles_delete,
           "article"),
    ROUTE("tag", M_POST, NULL, api_tag, NULL, NULL, "tag"),
    CACHED("entities", M_GET, api_entities_search, NULL, NULL, NULL, "entities"),
    CACHED("entities/*", M_GET | M_PUT | M_DELETE, api_entity_get, NULL, api_entity_put,
           api_entity_delete, "entity"),
    CACHED("entities/*/relations", M_GET, api_entity_relations, NULL, NULL, NULL,
           "entity_relations"),
    CACHED("entities/*/articles", M_GET, api_entity_articles, NULL, NULL, NULL,
           "entity_articles"),
    CACHED("relations/top", M_GET, api_relations_top, NULL, NULL, NULL, "relations_top"),
    CACHED("relations", M_GET, api_relations_pair, NULL, NULL, NULL, "relations"),
    CACHED("graph", M_GET, api_graph, NULL, NULL, NULL, "graph"),
    ROUTE("admin/reload", M_POST, NULL, api_reload, NULL, NULL, "admin_reload"),
};
static route unknown_route = ROUTE("", 0, NULL, NULL, NULL, NULL, "unknown");

static route *route_of(const req_ctx *c) {
    for (size_t i = 0; i < ENT_ARRAY_LEN(routes); i++)
        if (routes[i].name == c->route) return &routes[i];
    return &unknown_route;
}

static void record(req_ctx *c, int status) {
    route *r = route_of(c);
    size_t si = NSTATUS - 1;
    for (size_t i = 0; i < NSTATUS - 1; i++)
        if (statuses[i] == status) si = i;
    atomic_fetch_add_explicit(&r->m.count[si], 1, memory_order_relaxed);
    double el = srv_now() - c->t0;
    size_t b = NBUCKETS;
    for (size_t i = 0; i < NBUCKETS; i++)
        if (el <= bucket_s[i]) {
            b = i;
            break;
        }
    atomic_fetch_add_explicit(&r->m.bucket[b], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&r->m.sum_us, (unsigned long)(el * 1e6), memory_order_relaxed);
}

static void render_route(struct evbuffer *o, route *r) {
    for (size_t i = 0; i < NSTATUS; i++) {
        unsigned long n = atomic_load(&r->m.count[i]);
        if (!n) continue;
        if (i < NSTATUS - 1)
            evbuffer_add_printf(o, "entd_requests_total{route=\"%s\",status=\"%d\"} %lu\n",
                                r->name, statuses[i], n);
        else
            evbuffer_add_printf(o, "entd_requests_total{route=\"%s\",status=\"other\"} %lu\n",
                                r->name, n);
    }
    unsigned long cum = 0, total = 0;
    for (size_t i = 0; i <= NBUCKETS; i++) total += atomic_load(&r->m.bucket[i]);
    if (!total) return;
    for (size_t i = 0; i < NBUCKETS; i++) {
        cum += atomic_load(&r->m.bucket[i]);
        evbuffer_add_printf(o, "entd_request_seconds_bucket{route=\"%s\",le=\"%g\"} %lu\n",
                            r->name, bucket_s[i], cum);
    }
    evbuffer_add_printf(o, "entd_request_seconds_bucket{route=\"%s\",le=\"+Inf\"} %lu\n",
                        r->name, total);
    evbuffer_add_printf(o, "entd_request_seconds_sum{route=\"%s\"} %.6f\n", r->name,
                        (double)atomic_load(&r->m.sum_us) / 1e6);
    evbuffer_add_printf(o, "entd_request_seconds_count{route=\"%s\"} %lu\n", r->name, total);
}

void metrics_render(struct evbuffer *o) {
    evbuffer_add_printf(o, "# HELP entd_requests_total HTTP requests by route and status.\n"
                           "# TYPE entd_requests_total counter\n"
                           "# HELP entd_request_seconds Request latency by route.\n"
                           "# TYPE entd_request_seconds histogram\n");
    for (size_t i = 0; i < ENT_ARRAY_LEN(routes); i++) render_route(o, &routes[i]);
    render_route(o, &unknown_route);
    evbuffer_add_printf(o,
                        "# HELP entd_tagged_articles_total Articles tagged (ingest and /tag).\n"
                        "# TYPE entd_tagged_articles_total counter\n"
                        "entd_tagged_articles_total %lu\n"
                        "# HELP entd_tagged_bytes_total Bytes of text tagged.\n"
                        "# TYPE entd_tagged_bytes_total counter\n"
                        "entd_tagged_bytes_total %lu\n"
                        "# HELP entd_reply_cache_total Cacheable GETs, answered from the reply cache or computed.\n"
                        "# TYPE entd_reply_cache_total counter\n"
                        "entd_reply_cache_total{result=\"hit\"} %lu\n"
                        "entd_reply_cache_total{result=\"miss\"} %lu\n"
                        "# HELP entd_write_queue Jobs waiting for the writer.\n"
                        "# TYPE entd_write_queue gauge\n"
                        "entd_write_queue %ld\n",
                        atomic_load(&tagged_articles), atomic_load(&tagged_bytes),
                        atomic_load(&cache_hits), atomic_load(&cache_misses), writer_queued());
}

/* ---- reply cache -------------------------------------------------------------

 * A loop thread keeps the bodies of its recent 200 replies to cacheable GETs,
 * keyed by the request URI, the store snapshot (LMDB txn id) and the
 * gazetteer generation they were computed on. A request is answered from the
 * cache only when its own read txn sees the same snapshot and the gazetteer is
 * the same, so a cached body is exactly what the handler would write now. The
 * table is direct-mapped (a newer entry replaces an older one in its slot) and
 * holds at most its byte budget; each loop has its own, so there are no locks. */

#define RC_SLOTS 2048          /* entries per loop thread */
#define RC_MAX_BODY (256 << 10) /* larger replies are not kept */

typedef struct rc_entry {
    uint64_t hash, snap;
    unsigned gen;
    char *uri;
    char *body;
    size_t len;
} rc_entry;

typedef struct rcache {
    rc_entry slot[RC_SLOTS];
    size_t bytes, budget;
    unsigned long hits, misses;
} rcache;


static void rc_drop(rcache *rc, rc_entry *e) {
    rc->bytes -= e->len + (e->uri ? strlen(e->uri) : 0);
    ent_free(e->uri);
    ent_free(e->body);
    memset(e, 0, sizeof(*e));
}

static void rc_free(rcache *rc) {
    if (!rc) return;
    for (size_t i = 0; i < RC_SLOTS; i++) rc_drop(rc, &rc->slot[i]);
    ent_free(rc);
}

static uint64_t uri_hash(const char *uri) {
    uint64_t h = WIRE_HASH_INIT;
    return wire_hash(h, uri, strlen(uri));
}

/* Cached body for uri at snapshot snap, or NULL. */
static const rc_entry *rc_get(rcache *rc, const char *uri, uint64_t snap, unsigned gen) {
    uint64_t h = uri_hash(uri);
    const rc_entry *e = &rc->slot[h & (RC_SLOTS - 1)];
    if (e->body && e->hash == h && e->snap == snap && e->gen == gen && !strcmp(e->uri, uri))
        return e;
    return NULL;
}

static void rc_put(rcache *rc, const char *uri, uint64_t snap, unsigned gen, const char *body,
                   size_t len) {
    size_t ul = strlen(uri);
    if (len > RC_MAX_BODY) return;
    uint64_t h = uri_hash(uri);
    rc_entry *e = &rc->slot[h & (RC_SLOTS - 1)];
    rc_drop(rc, e);
    if (rc->bytes + len + ul > rc->budget) return;
    e->uri = ent_strndup(uri, ul);
    e->body = ent_malloc(len ? len : 1);
    if (!e->uri || !e->body) {
        ent_free(e->uri);
        ent_free(e->body);
        e->uri = e->body = NULL;
        return;
    }
    memcpy(e->body, body, len);
    e->len = len;
    e->hash = h;
    e->snap = snap;
    e->gen = gen;
    rc->bytes += len + ul;
}

/* ---- replies ------------------------------------------------------------------ */

static void send_buf(req_ctx *c, int status, const char *ctype, struct evbuffer *buf) {
    struct evhttp_request *req = c->req;
    if (c->conn_gone) { /* the client left while we worked: just release */
        evhttp_request_free(req);
        c->req = NULL;
        return;
    }
    if (c->deferred) evhttp_connection_set_closecb(evhttp_request_get_connection(req), NULL, NULL);
    struct evkeyvalq *h = evhttp_request_get_output_headers(req);
    evhttp_add_header(h, "Content-Type", ctype);
    if (status == 503) evhttp_add_header(h, "Retry-After", "1");
    const char *reason = status == 200   ? "OK"
                         : status == 201 ? "Created"
                         : status == 207 ? "Multi-Status"
                         : status == 400 ? "Bad Request"
                         : status == 401 ? "Unauthorized"
                         : status == 404 ? "Not Found"
                         : status == 405 ? "Method Not Allowed"
                         : status == 413 ? "Payload Too Large"
                         : status == 415 ? "Unsupported Media Type"
                         : status == 503 ? "Service Unavailable"
                         : status == 507 ? "Insufficient Storage"
                         : status >= 500 ? "Internal Server Error"
                                         : "OK";
    evhttp_send_reply(req, status, reason, buf);
    record(c, status);
    c->req = NULL;
}

void reply_text(req_ctx *c, int status, const char *ctype, const char *body, size_t len) {
    if (!c->req) return;
    if (c->cacheable && status == 200 && c->loop->cache && !strcmp(ctype, "application/json"))
        rc_put(c->loop->cache, evhttp_request_get_uri(c->req), c->snap,
               atomic_load(&srv->gaz_gen), body, len);
    struct evbuffer *b = evbuffer_new();
    if (b) evbuffer_add(b, body, len);
    send_buf(c, status, ctype, b);
    if (b) evbuffer_free(b);
}

void reply_json(req_ctx *c, int status, json_t *body) {
    if (!c->req) {
        json_decref(body);
        return;
    }
    size_t len = 0;
    char *s = body ? wire_dumps(body, &len) : NULL;
    json_decref(body);
    if (!s) {
        static const char oom[] =
            "{\"error\":{\"status\":500,\"type\":\"internal\",\"message\":\"out of memory\"}}";
        reply_text(c, 500, "application/json", oom, sizeof(oom) - 1);
        return;
    }
    reply_text(c, status, "application/json", s, len);
    ent_free(s);
}

static void free_body(const void *data, size_t len, void *arg) {
    (void)len;
    (void)arg;
    ent_free((void *)data);
}

void reply_jw(req_ctx *c, int status, jw_t *w) {
    size_t len = 0;
    char *s = jw_finish(w, &len);
    if (!s) {
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    if (!c->req) {
        ent_free(s);
        return;
    }
    if (c->cacheable && status == 200 && c->loop->cache)
        rc_put(c->loop->cache, evhttp_request_get_uri(c->req), c->snap,
               atomic_load(&srv->gaz_gen), s, len);
    /* the body goes out as it is (freed once written), not copied */
    struct evbuffer *b = evbuffer_new();
    if (b && evbuffer_add_reference(b, s, len, free_body, NULL) == 0) s = NULL;
    else if (b) evbuffer_add(b, s, len);
    send_buf(c, status, "application/json", b);
    if (b) evbuffer_free(b);
    ent_free(s);
}

/* ENT_E* -> HTTP status: the one table. */
static int status_of(int rc) {
    switch (rc) {
    case ENT_EINVAL: case ENT_EJSON: case ENT_EUTF8: case ENT_ECONF: return 400;
    case ENT_EAUTH: return 401;
    case ENT_ENOTFOUND: return 404;
    case ENT_EMETHOD: return 405;
    case ENT_EEXIST: return 409;
    case ENT_ETOOBIG: return 413;
    case ENT_EMEDIA: return 415;
    case ENT_EFULL: case ENT_EUNAVAIL: return 503;
    case ENT_EMAPFULL: return 507;
    default: return 500;
    }
}

void reply_error_status(req_ctx *c, int status, const char *type, const char *msg) {
    reply_json(c, status, wire_error(status, type, msg));
}

void reply_error(req_ctx *c, int rc, const char *msg) {
    int st = status_of(rc);
    if (st >= 500 && rc != ENT_EFULL && rc != ENT_EUNAVAIL)
        log_msg(LOG_ERROR, "%s %s: %s", c->route, msg ? msg : "", ent_strerror(rc));
    reply_error_status(c, st, ent_errtype(rc), msg ? msg : ent_strerror(rc));
}

/* ---- request helpers --------------------------------------------------------- */

const char *req_param(req_ctx *c, const char *name) {
    return c->query ? evhttp_find_header(c->query, name) : NULL;
}

long req_uint(req_ctx *c, const char *name, long def, long min, long max) {
    const char *v = req_param(c, name);
    if (!v || !*v) return def;
    char *end;
    long n = strtol(v, &end, 10);
    if (*end || end == v || n < min || n > max) {
        char msg[160];
        snprintf(msg, sizeof(msg), "%s must be an integer from %ld to %ld", name, min, max);
        reply_error(c, ENT_EINVAL, msg);
        return -1;
    }
    return n;
}

long req_offset(req_ctx *c) {
    const char *cur = req_param(c, "cursor");
    if (!cur || !*cur) return 0;
    char *end;
    long offset = strtol(cur, &end, 10);
    if (*end || offset < 0) {
        reply_error(c, ENT_EINVAL, "cursor is not one this server returned");
        return -1;
    }
    return offset;
}

long req_limit(req_ctx *c) {
    return req_uint(c, "limit", ENT_DEFAULT_LIMIT, 1, ENT_MAX_LIMIT);
}

int req_window(req_ctx *c, store_window *w) {
    w->since = w->until = WHEN_NONE;
    const char *names[2] = {"since", "until"};
    int64_t *dst[2] = {&w->since, &w->until};
    for (int i = 0; i < 2; i++) {
        const char *v = req_param(c, names[i]);
        if (!v || !*v) continue;
        if (when_parse(v, dst[i])) {
            char msg[160];
            snprintf(msg, sizeof(msg),
                     "%s must be an ISO 8601 date or time, e.g. 2025-06-24 or "
                     "2025-06-24T08:00:00Z",
                     names[i]);
            reply_error(c, ENT_EINVAL, msg);
            return -1;
        }
    }
    return 0;
}

store_rtxn *req_rtxn(req_ctx *c) {
    if (c->loop->rtxn) return c->loop->rtxn;
    int rc = store_rbegin(srv->store, &c->loop->rtxn);
    if (rc) {
        c->loop->rtxn = NULL;
        reply_error(c, rc, "cannot read the store");
        return NULL;
    }
    return c->loop->rtxn;
}

tag_ctx *req_tagger(req_ctx *c) {
    return c->loop->tagger;
}

static void ctx_free(req_ctx *c) {
    if (c->user && c->user_free) c->user_free(c->user);
    for (int i = 0; i < c->nsegs; i++) ent_free(c->segs[i]);
    if (c->query) {
        evhttp_clear_headers(c->query);
        ent_free(c->query);
    }
    for (size_t i = 0; i < c->njobs; i++) wjob_free(c->jobs[i]);
    ent_free(c->jobs);
    json_decref(c->reply);
    ent_free(c->body);
    ent_free(c);
}

static void on_conn_close(struct evhttp_connection *conn, void *arg) {
    (void)conn;
    req_ctx *c = arg;
    c->conn_gone = 1;
}

void req_defer(req_ctx *c) {
    c->deferred = 1;
    evhttp_request_own(c->req);
    evhttp_connection_set_closecb(evhttp_request_get_connection(c->req), on_conn_close, c);
}

/* Writer thread: queue c on its loop and wake the loop. */
void loop_complete(req_ctx *c) {
    loop *l = c->loop;
    pthread_mutex_lock(&l->mu);
    int ok = !ent_grow(&l->done, &l->capdone, l->ndone + 1, sizeof(req_ctx *));
    if (ok) l->done[l->ndone++] = c;
    pthread_mutex_unlock(&l->mu);
    if (!ok) {
        /* cannot queue: leak the request rather than touch it off its loop */
        log_msg(LOG_ERROR, "out of memory queueing a completion");
        return;
    }
    event_active(l->done_ev, EV_READ, 0);
}

static void on_done(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    loop *l = arg;
    for (;;) {
        pthread_mutex_lock(&l->mu);
        req_ctx **v = l->done;
        size_t n = l->ndone;
        l->done = NULL;
        l->ndone = l->capdone = 0;
        pthread_mutex_unlock(&l->mu);
        if (!n) {
            ent_free(v);
            break;
        }
        for (size_t i = 0; i < n; i++) {
            req_ctx *c = v[i];
            if (c->finish) c->finish(c);
            if (c->req) reply_error(c, ENT_EINTERNAL, "request finished without a reply");
            if (l->rtxn) {
                store_rend(l->rtxn);
                l->rtxn = NULL;
            }
            ctx_free(c);
        }
        ent_free(v);
    }
}

/* ---- dispatch ------------------------------------------------------------------- */

static int split_path(req_ctx *c, const char *path) {
    const char *p = path;
    while (*p == '/') p++;
    while (*p) {
        const char *e = strchr(p, '/');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n > 0) {
            if (c->nsegs == (int)ENT_ARRAY_LEN(c->segs)) return -1;
            char raw[2048];
            if (n >= sizeof(raw)) return -1;
            memcpy(raw, p, n);
            raw[n] = '\0';
            size_t dl = 0;
            char *d = evhttp_uridecode(raw, 0, &dl);
            if (!d) return -1;
            if (strlen(d) != dl) { /* %00 inside */
                free(d);
                return -1;
            }
            c->segs[c->nsegs] = ent_strdup(d);
            free(d); /* evhttp allocates with malloc */
            if (!c->segs[c->nsegs]) return -1;
            c->nsegs++;
        }
        p += n;
        while (*p == '/') p++;
    }
    return 0;
}

static int pattern_match(const char *pat, req_ctx *c) {
    int i = 0;
    const char *p = pat;
    while (*p) {
        const char *e = strchr(p, '/');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (i >= c->nsegs) return 0;
        if (!(n == 1 && *p == '*') && (strlen(c->segs[i]) != n || strncmp(c->segs[i], p, n)))
            return 0;
        i++;
        p += n;
        if (*p == '/') p++;
    }
    return i == c->nsegs;
}

static int method_bit(int cmd) {
    switch (cmd) {
    case EVHTTP_REQ_GET: case EVHTTP_REQ_HEAD: return 0;
    case EVHTTP_REQ_POST: return 1;
    case EVHTTP_REQ_PUT: return 2;
    case EVHTTP_REQ_DELETE: return 3;
    default: return -1;
    }
}

static int authorized(req_ctx *c) {
    if (!srv->token[0]) return 1;
    const char *h = evhttp_find_header(evhttp_request_get_input_headers(c->req), "Authorization");
    if (!h || strncmp(h, "Bearer ", 7) != 0) return 0;
    /* constant-time compare */
    const char *t = h + 7;
    size_t a = strlen(t), b = strlen(srv->token);
    unsigned diff = (unsigned)(a ^ b);
    for (size_t i = 0; i < b; i++) diff |= (unsigned char)(i < a ? t[i] : 0) ^ (unsigned char)srv->token[i];
    return diff == 0;
}

static void dispatch(struct evhttp_request *req, void *arg) {
    loop *l = arg;
    req_ctx *c = ent_calloc(1, sizeof(*c));
    if (!c) {
        evhttp_send_error(req, 500, "out of memory");
        return;
    }
    c->req = req;
    c->loop = l;
    c->t0 = srv_now();
    c->route = unknown_route.name;
    c->method = evhttp_request_get_command(req);
    const struct evhttp_uri *uri = evhttp_request_get_evhttp_uri(req);
    const char *path = uri ? evhttp_uri_get_path(uri) : NULL;
    const char *query = uri ? evhttp_uri_get_query(uri) : NULL;
    if (!path || split_path(c, path)) {
        reply_error(c, ENT_EINVAL, "malformed request path");
        goto out;
    }
    if (query) {
        c->query = ent_calloc(1, sizeof(struct evkeyvalq));
        if (!c->query) {
            reply_error(c, ENT_ENOMEM, NULL);
            goto out;
        }
        c->query->tqh_first = NULL; /* TAILQ_INIT without <sys/queue.h> */
        c->query->tqh_last = &c->query->tqh_first;
        if (evhttp_parse_query_str(query, c->query)) {
            reply_error(c, ENT_EINVAL, "malformed query string");
            goto out;
        }
    }
    route *r = NULL;
    for (size_t i = 0; i < ENT_ARRAY_LEN(routes) && !r; i++)
        if (pattern_match(routes[i].pattern, c)) r = &routes[i];
    if (!r) {
        reply_error_status(c, 404, "not_found",
                           "no such endpoint; see API.md for the routes (e.g. GET /healthz)");
        goto out;
    }
    c->route = r->name;
    int mb = method_bit(c->method);
    if (mb < 0 || !r->fn[mb]) {
        char allow[64] = "";
        static const char *const mn[4] = {"GET", "POST", "PUT", "DELETE"};
        for (int i = 0; i < 4; i++)
            if (r->fn[i]) {
                if (*allow) strcat(allow, ", ");
                strcat(allow, mn[i]);
            }
        evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", allow);
        char msg[128];
        snprintf(msg, sizeof(msg), "method not allowed here; use %s", allow);
        reply_error(c, ENT_EMETHOD, msg);
        goto out;
    }
    int writes = mb != 0 && r->fn[1] != api_tag;
    if (writes && !authorized(c)) {
        evhttp_add_header(evhttp_request_get_output_headers(req), "WWW-Authenticate", "Bearer");
        reply_error(c, ENT_EAUTH, "this request writes: send Authorization: Bearer <token>");
        goto out;
    }
    struct evbuffer *in = evhttp_request_get_input_buffer(req);
    size_t blen = evbuffer_get_length(in);
    if ((long)blen > max_body_cfg) {
        char msg[128];
        snprintf(msg, sizeof(msg), "body of %zu bytes is over max_body (%ld bytes)", blen,
                 max_body_cfg);
        reply_error(c, ENT_ETOOBIG, msg);
        goto out;
    }
    if (mb != 0) {
        c->body = ent_malloc(blen + 1);
        if (!c->body) {
            reply_error(c, ENT_ENOMEM, NULL);
            goto out;
        }
        if (blen) evbuffer_copyout(in, c->body, blen);
        c->body[blen] = '\0';
        c->body_len = blen;
        const char *ct = evhttp_find_header(evhttp_request_get_input_headers(req), "Content-Type");
        size_t k = 0;
        if (ct) {
            while (*ct == ' ') ct++;
            for (; ct[k] && ct[k] != ';' && ct[k] != ' ' && k < sizeof(c->ctype) - 1; k++)
                c->ctype[k] = (char)(ct[k] >= 'A' && ct[k] <= 'Z' ? ct[k] + 32 : ct[k]);
        }
        c->ctype[k] = '\0';
    }
    if (c->method == EVHTTP_REQ_GET && r->cacheable && l->cache) {
        store_rtxn *rt = req_rtxn(c);
        if (!rt) goto out;
        c->snap = store_rtxn_snapshot(rt);
        const rc_entry *e =
            rc_get(l->cache, evhttp_request_get_uri(req), c->snap, atomic_load(&srv->gaz_gen));
        if (e) {
            atomic_fetch_add_explicit(&cache_hits, 1, memory_order_relaxed);
            reply_text(c, 200, "application/json", e->body, e->len);
            goto out;
        }
        atomic_fetch_add_explicit(&cache_misses, 1, memory_order_relaxed);
        c->cacheable = 1;
    }
    r->fn[mb](c);
out:
    if (l->rtxn) {
        store_rend(l->rtxn);
        l->rtxn = NULL;
    }
    if (c->deferred) return; /* the completion replies and frees */
    if (c->req) reply_error(c, ENT_EINTERNAL, "handler returned without a reply");
    ctx_free(c);
}

/* ---- loops ---------------------------------------------------------------------- */

static void on_ctl(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    loop *l = arg;
    if (l->ctl_stop_accept && l->bound) {
        evhttp_del_accept_socket(l->http, l->bound);
        l->bound = NULL;
    }
    if (l->ctl_exit) {
        on_done(-1, 0, l); /* replies the writer finished last */
        struct timeval grace = {0, 200 * 1000}; /* let those replies flush */
        event_base_loopexit(l->base, &grace);
    }
}

static void *loop_main(void *arg) {
    loop *l = arg;
    event_base_dispatch(l->base);
    return NULL;
}

static int parse_listen(const char *listen, struct sockaddr_storage *ss, socklen_t *len) {
    char host[256];
    const char *colon = strrchr(listen, ':');
    if (!colon) return ENT_EINVAL;
    size_t hl = (size_t)(colon - listen);
    if (hl >= sizeof(host)) return ENT_EINVAL;
    memcpy(host, listen, hl);
    host[hl] = '\0';
    if (host[0] == '[' && hl > 2 && host[hl - 1] == ']') {
        memmove(host, host + 1, hl - 2);
        host[hl - 2] = '\0';
    }
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    if (getaddrinfo(*host ? host : NULL, colon + 1, &hints, &res) || !res) return ENT_EINVAL;
    memcpy(ss, res->ai_addr, res->ai_addrlen);
    *len = res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}

int httpd_start(const char *listen_addr, int threads, long max_body, long timeout,
                size_t cache_bytes, int *port) {
    struct sockaddr_storage ss;
    socklen_t sl;
    int rc = parse_listen(listen_addr, &ss, &sl);
    if (rc) return rc;
    max_body_cfg = max_body;
    listen_fd = socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (listen_fd < 0) return errno;
    int one = 1;
    setsockopt(listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (bind(listen_fd, (struct sockaddr *)&ss, sl) || listen(listen_fd, 1024)) {
        rc = errno;
        close(listen_fd);
        listen_fd = -1;
        return rc;
    }
    struct sockaddr_storage bound;
    socklen_t bl = sizeof(bound);
    getsockname(listen_fd, (struct sockaddr *)&bound, &bl);
    *port = ntohs(bound.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&bound)->sin6_port
                                              : ((struct sockaddr_in *)&bound)->sin_port);
    if (threads <= 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        threads = n > 0 ? (int)n : 1;
    }
    loops = ent_calloc((size_t)threads, sizeof(loop));
    if (!loops) return ENT_ENOMEM;
    for (int i = 0; i < threads; i++) {
        loop *l = &loops[i];
        l->idx = i;
        pthread_mutex_init(&l->mu, NULL);
        l->base = event_base_new();
        l->http = l->base ? evhttp_new(l->base) : NULL;
        if (!l->http) return ENT_ENOMEM;
        /* evhttp's own hard limit: far enough above max_body that over-limit
         * bodies normally reach dispatch() and get a JSON 413 */
        long hard = max_body > (1L << 28) ? max_body : max_body * 4 + (1L << 20);
        evhttp_set_max_body_size(l->http, hard);
        evhttp_set_timeout(l->http, (int)timeout);
        evhttp_set_allowed_methods(l->http, EVHTTP_REQ_GET | EVHTTP_REQ_POST | EVHTTP_REQ_PUT |
                                                EVHTTP_REQ_DELETE | EVHTTP_REQ_HEAD |
                                                EVHTTP_REQ_OPTIONS | EVHTTP_REQ_PATCH);
        evhttp_set_gencb(l->http, dispatch, l);
        struct evconnlistener *lev =
            evconnlistener_new(l->base, NULL, NULL, LEV_OPT_CLOSE_ON_EXEC, 0, listen_fd);
        if (!lev) return ENT_ENOMEM;
        l->bound = evhttp_bind_listener(l->http, lev);
        l->tagger = tag_ctx_create();
        if (cache_bytes) {
            l->cache = ent_calloc(1, sizeof(rcache));
            if (!l->cache) return ENT_ENOMEM;
            l->cache->budget = cache_bytes / (size_t)threads;
        }
        l->done_ev = event_new(l->base, -1, 0, on_done, l);
        l->ctl_ev = event_new(l->base, -1, 0, on_ctl, l);
        if (!l->bound || !l->done_ev || !l->ctl_ev || !l->tagger) return ENT_ENOMEM;
    }
    nloops = threads;
    for (int i = 0; i < threads; i++) {
        rc = pthread_create(&loops[i].th, NULL, loop_main, &loops[i]);
        if (rc) return rc;
    }
    log_msg(LOG_INFO, "listening on %s (port %d), %d loop thread%s", listen_addr, *port, threads,
            threads == 1 ? "" : "s");
    return 0;
}

void httpd_stop_accepting(void) {
    for (int i = 0; i < nloops; i++) {
        loops[i].ctl_stop_accept = 1;
        event_active(loops[i].ctl_ev, EV_READ, 0);
    }
}

void httpd_shutdown(void) {
    for (int i = 0; i < nloops; i++) {
        loops[i].ctl_exit = 1;
        event_active(loops[i].ctl_ev, EV_READ, 0);
    }
    for (int i = 0; i < nloops; i++) {
        loop *l = &loops[i];
        pthread_join(l->th, NULL);
        on_done(-1, 0, l); /* anything that raced in after the loop stopped */
        event_free(l->done_ev);
        event_free(l->ctl_ev);
        evhttp_free(l->http);
        event_base_free(l->base);
        tag_ctx_free(l->tagger);
        rc_free(l->cache);
        pthread_mutex_destroy(&l->mu);
    }
    ent_free(loops);
    loops = NULL;
    nloops = 0;
    if (listen_fd >= 0) close(listen_fd);
    listen_fd = -1;
}
