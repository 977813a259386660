/* entload.c - ingest load generator for entd: every article of a corpus, once.
 *
 *   entload --url http://HOST:PORT --in FILE.ndjson[.gz] [--connections N] [--limit N]
 *   entload --url http://HOST:PORT --in FILE.ndjson[.gz] --bulk [--chunk-bytes B]
 *           [--parallel P] [--limit N]
 *
 * Single mode posts each NDJSON line as the body of POST /articles over N
 * keep-alive connections (default 32), each connection sending its next article
 * as soon as the previous reply arrives. Bulk mode cuts the corpus at line
 * boundaries into bodies of at most B bytes (default 4 MiB, under entd's 8 MiB
 * max_body) and posts them to POST /articles/_bulk over P connections (default 1).
 * Every reply is checked: in single mode a 2xx counts one article; in bulk mode
 * every item of the reply with a 2xx status counts one article and any other
 * item is an error. A 503 (write queue full) is retried after 50 ms and counted
 * in retries_503. entd replies only after the commit that holds the write, so
 * every counted article is durable when its reply arrives.
 *
 * Prints one JSON object: articles, seconds, articles_per_s, latency percentiles
 * (per request: one article in single mode, one chunk in bulk mode), errors and
 * the replies by status. Exit 0 when every article was stored, 1 otherwise, 2 on
 * usage. */
#include "lib/readfile.h"

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { MAX_CONNS = 1024, MAX_STATUS = 600 };

typedef struct job {
    const char *body; /* borrowed from the corpus buffer */
    size_t len;
    size_t narticles; /* lines in the body */
} job;

typedef struct conn {
    struct evhttp_connection *evcon;
    size_t cur;      /* index of the job in flight */
    double started;  /* of the current attempt */
    int idx;
} conn;

static struct {
    struct event_base *base;
    char host[256];
    int port;
    int bulk;
    job *jobs;
    size_t njobs, next, done;
    double *lat; /* seconds per finished job */
    size_t nlat;
    size_t ok_articles, err_articles, retries;
    size_t status[MAX_STATUS];
    size_t conn_errors;
    char first_error[512];
} G;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void note_error(const char *fmt, const char *a, int b) {
    if (!G.first_error[0]) snprintf(G.first_error, sizeof(G.first_error), fmt, a, b);
}

static void send_next(conn *c);
static void send_job(conn *c, size_t idx);

static void retry_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    conn *c = arg;
    send_job(c, c->cur); /* the same job again */
}

/* Count the items of a bulk reply; returns the number of 2xx items. */
static size_t bulk_ok_items(struct evbuffer *in, size_t expected) {
    size_t len = evbuffer_get_length(in);
    const char *p = (const char *)evbuffer_pullup(in, (ssize_t)len);
    json_error_t je;
    json_t *j = p ? json_loadb(p, len, 0, &je) : NULL;
    json_t *items = json_object_get(j, "items");
    size_t ok = 0, i;
    json_t *it;
    json_array_foreach(items, i, it) {
        json_int_t st = json_integer_value(json_object_get(it, "status"));
        if (st >= 200 && st < 300) ok++;
        else {
            char *s = json_dumps(it, JSON_COMPACT);
            note_error("bulk item: %s (status %d)", s ? s : "?", (int)st);
            free(s);
        }
    }
    if (json_array_size(items) != expected)
        note_error("bulk reply: %s items, expected %d", j ? "wrong number of" : "unparsable",
                   (int)expected);
    json_decref(j);
    return ok;
}

static void on_reply(struct evhttp_request *req, void *arg) {
    conn *c = arg;
    job *jb = &G.jobs[c->cur];
    if (!req || evhttp_request_get_response_code(req) == 0) {
        G.conn_errors++;
        G.err_articles += jb->narticles;
        note_error("connection error on connection %s%d", "", c->idx);
        G.done++;
        /* the connection object retries/reconnects by itself on the next request */
        send_next(c);
        return;
    }
    int st = evhttp_request_get_response_code(req);
    if (st == 503) {
        G.retries++;
        struct timeval tv = {0, 50000};
        event_base_once(G.base, -1, EV_TIMEOUT, retry_cb, c, &tv);
        return;
    }
    double t = now_s();
    G.lat[G.nlat++] = t - c->started;
    if (st > 0 && st < MAX_STATUS) G.status[st]++;
    struct evbuffer *in = evhttp_request_get_input_buffer(req);
    if (G.bulk && (st == 200 || st == 207)) {
        size_t ok = bulk_ok_items(in, jb->narticles);
        G.ok_articles += ok;
        G.err_articles += jb->narticles - (ok < jb->narticles ? ok : jb->narticles);
    } else if (!G.bulk && st >= 200 && st < 300) {
        G.ok_articles++;
    } else {
        G.err_articles += jb->narticles;
        size_t len = evbuffer_get_length(in);
        char msg[300];
        size_t n = len < sizeof(msg) - 1 ? len : sizeof(msg) - 1;
        evbuffer_copyout(in, msg, n);
        msg[n] = '\0';
        note_error("reply %s (status %d)", msg, st);
    }
    G.done++;
    send_next(c);
}

static void send_next(conn *c) {
    if (G.next >= G.njobs) {
        if (G.done >= G.njobs) event_base_loopbreak(G.base);
        return;
    }
    send_job(c, G.next++);
}

static void send_job(conn *c, size_t idx) {
    c->cur = idx;
    job *jb = &G.jobs[idx];
    struct evhttp_request *req = evhttp_request_new(on_reply, c);
    struct evkeyvalq *h = evhttp_request_get_output_headers(req);
    evhttp_add_header(h, "Host", G.host);
    evhttp_add_header(h, "Content-Type", G.bulk ? "application/x-ndjson" : "application/json");
    evbuffer_add(evhttp_request_get_output_buffer(req), jb->body, jb->len);
    c->started = now_s();
    if (evhttp_make_request(c->evcon, req, EVHTTP_REQ_POST,
                            G.bulk ? "/articles/_bulk" : "/articles")) {
        fprintf(stderr, "entload: cannot make a request\n");
        exit(1);
    }
}

static int cmp_d(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double pct(double p) {
    if (!G.nlat) return 0;
    size_t i = (size_t)(p / 100.0 * (double)(G.nlat - 1) + 0.5);
    return G.lat[i] * 1000;
}

static void usage(void) {
    fprintf(stderr, "usage: entload --url http://HOST:PORT --in FILE.ndjson[.gz] "
                    "[--connections N] [--bulk [--chunk-bytes B] [--parallel P]] [--limit N]\n");
    exit(2);
}

int main(int argc, char **argv) {
    const char *url = NULL, *in = NULL;
    long conns = 32, parallel = 1, chunk = 4L << 20, limit = -1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--url") && i + 1 < argc) url = argv[++i];
        else if (!strcmp(argv[i], "--in") && i + 1 < argc) in = argv[++i];
        else if (!strcmp(argv[i], "--connections") && i + 1 < argc) conns = atol(argv[++i]);
        else if (!strcmp(argv[i], "--parallel") && i + 1 < argc) parallel = atol(argv[++i]);
        else if (!strcmp(argv[i], "--chunk-bytes") && i + 1 < argc) chunk = atol(argv[++i]);
        else if (!strcmp(argv[i], "--limit") && i + 1 < argc) limit = atol(argv[++i]);
        else if (!strcmp(argv[i], "--bulk")) G.bulk = 1;
        else usage();
    }
    if (!url || !in || conns < 1 || conns > MAX_CONNS || parallel < 1 || parallel > MAX_CONNS ||
        chunk < 1024)
        usage();
    if (sscanf(url, "http://%255[^:/]:%d", G.host, &G.port) != 2) usage();

    size_t len;
    char why[256];
    char *all = read_file_all(in, &len, why, sizeof(why));
    if (!all) {
        fprintf(stderr, "entload: %s: %s\n", in, why);
        return 1;
    }
    /* lines -> jobs */
    size_t cap = 1024, narticles = 0;
    G.jobs = malloc((cap + 1) * sizeof(job));
    job cur = {NULL, 0, 0};
    for (char *p = all, *end = all + len; p < end && (limit < 0 || (long)narticles < limit);) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t ll = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
        size_t body = nl ? ll - 1 : ll;
        while (body && (p[body - 1] == '\r' || p[body - 1] == ' ')) body--;
        if (body) {
            if (G.njobs + 2 > cap) {
                cap *= 2;
                G.jobs = realloc(G.jobs, (cap + 1) * sizeof(job));
            }
            if (!G.bulk) {
                G.jobs[G.njobs++] = (job){p, body, 1};
            } else {
                if (cur.body && cur.len + ll > (size_t)chunk) {
                    G.jobs[G.njobs++] = cur;
                    cur = (job){NULL, 0, 0};
                }
                if (!cur.body) cur.body = p;
                cur.len = (size_t)(p + ll - cur.body);
                cur.narticles++;
            }
            narticles++;
        }
        p += ll;
    }
    if (cur.body) G.jobs[G.njobs++] = cur;
    G.lat = malloc((G.njobs + 1) * sizeof(double));

    G.base = event_base_new();
    long n = G.bulk ? parallel : conns;
    if ((size_t)n > G.njobs) n = (long)G.njobs;
    conn *cs = calloc((size_t)n + 1, sizeof(conn));
    for (long i = 0; i < n; i++) {
        cs[i].idx = (int)i;
        cs[i].evcon = evhttp_connection_base_new(G.base, NULL, G.host, (unsigned short)G.port);
        if (!cs[i].evcon) {
            fprintf(stderr, "entload: cannot create a connection\n");
            return 1;
        }
        evhttp_connection_set_timeout(cs[i].evcon, 600);
        evhttp_connection_set_retries(cs[i].evcon, 3);
    }
    double t0 = now_s();
    for (long i = 0; i < n; i++) send_next(&cs[i]);
    if (G.njobs) event_base_dispatch(G.base);
    double secs = now_s() - t0;
    size_t bytes = 0;
    for (size_t i = 0; i < G.njobs; i++) bytes += G.jobs[i].len;
    qsort(G.lat, G.nlat, sizeof(double), cmp_d);

    printf("{\"mode\": \"%s\", \"connections\": %ld, \"requests\": %zu, \"articles\": %zu, "
           "\"stored\": %zu, \"errors\": %zu, \"retries_503\": %zu, \"connection_errors\": %zu, "
           "\"seconds\": %.3f, \"articles_per_s\": %.1f, \"bytes\": %zu, \"p50_ms\": %.2f, "
           "\"p99_ms\": %.2f, \"max_ms\": %.2f, \"status\": {",
           G.bulk ? "bulk" : "single", n, G.njobs, narticles, G.ok_articles, G.err_articles,
           G.retries, G.conn_errors, secs, secs > 0 ? (double)G.ok_articles / secs : 0.0,
           bytes,
           pct(50), pct(99), G.nlat ? G.lat[G.nlat - 1] * 1000 : 0.0);
    const char *sep = "";
    for (int s = 0; s < MAX_STATUS; s++)
        if (G.status[s]) {
            printf("%s\"%d\": %zu", sep, s, G.status[s]);
            sep = ", ";
        }
    printf("}, \"first_error\": ");
    json_t *fe = json_string(G.first_error);
    char *fes = json_dumps(fe, JSON_ENCODE_ANY);
    printf("%s}\n", fes ? fes : "\"\"");
    free(fes);
    json_decref(fe);

    for (long i = 0; i < n; i++) evhttp_connection_free(cs[i].evcon);
    free(cs);
    event_base_free(G.base);
    free(G.lat);
    free(G.jobs);
    free(all);
    return G.ok_articles == narticles ? 0 : 1;
}
