/* hcli.c - a small blocking HTTP/1.1 client for entq, over libevent's evhttp.
 *
 * Each request gets its own event_base and evhttp_connection, and runs the
 * base until the request's callback fires. evhttp reports a failed request by
 * calling the error callback (with the kind: timeout, EOF, bad header...) and
 * then the done callback with a NULL request, so the done callback is the one
 * place that ends the loop.
 *
 * libevent 2.1 does not say why a connection could not be made: a refused
 * connect comes back with no error kind, a failed name lookup as "EOF". So when
 * a request fails without a reply and without a timeout, hcli_diagnose() looks
 * the host up and connects once more itself (getaddrinfo, a connect bounded by
 * the timeout) to tell the user "Connection refused" or "unknown host" rather
 * than a guess. It runs only on that failure path. */
#include "hcli.h"
#include "ent.h"
#include "err.h"
#include "mem.h"

#include <errno.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* State of one request, shared by the callbacks. */
typedef struct hcli_call {
    struct event_base *base; /* the private loop */
    hcli_reply *out;         /* where the reply goes */
    int timeout_s;           /* for the message */
    int failed;              /* an error callback fired */
    int kind;                /* its evhttp_request_error */
    int done;                /* the done callback fired */
    int oom;                 /* copying the reply ran out of memory */
} hcli_call;

char *hcli_escape(const char *s) {
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(s);
    char *d = ent_malloc(n * 3 + 1), *p = d;
    if (!d) return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
            (ch >= '0' && ch <= '9') || ch == '-' || ch == '.' || ch == '_' ||
            ch == '~') {
            *p++ = (char)ch;
        } else {
            *p++ = '%';
            *p++ = hex[ch >> 4];
            *p++ = hex[ch & 15];
        }
    }
    *p = '\0';
    return d;
}

int hcli_parse_server(const char *url, hcli_server *out, char *err, size_t cap) {
    char buf[1024];
    struct evhttp_uri *u = NULL;
    int rc = ENT_EINVAL;
    memset(out, 0, sizeof(*out));
    /* "127.0.0.1:7311" or "localhost": no scheme, take it as http. */
    if (!strstr(url, "://")) {
        if ((size_t)snprintf(buf, sizeof(buf), "http://%s", url) >= sizeof(buf)) {
            snprintf(err, cap, "server URL is too long");
            goto out;
        }
    } else if (strlen(url) >= sizeof(buf)) {
        snprintf(err, cap, "server URL is too long");
        goto out;
    } else {
        strcpy(buf, url);
    }
    u = evhttp_uri_parse(buf);
    if (!u) {
        snprintf(err, cap, "'%s' is not a valid URL (expected http://HOST:PORT)", url);
        goto out;
    }
    const char *scheme = evhttp_uri_get_scheme(u);
    if (!scheme || strcasecmp(scheme, "http") != 0) {
        snprintf(err, cap, "'%s': only http:// is supported (entd does not speak TLS)",
                 url);
        goto out;
    }
    const char *host = evhttp_uri_get_host(u);
    if (!host || !*host) {
        snprintf(err, cap, "'%s' has no host (expected http://HOST:PORT)", url);
        goto out;
    }
    size_t hl = strlen(host);
    if (host[0] == '[' && hl >= 2 && host[hl - 1] == ']') { /* IPv6 literal */
        host++;
        hl -= 2;
    }
    if (hl >= sizeof(out->host)) {
        snprintf(err, cap, "'%s': host name is too long", url);
        goto out;
    }
    memcpy(out->host, host, hl);
    out->host[hl] = '\0';
    int port = evhttp_uri_get_port(u);
    if (port == 0 || port > 65535) {
        snprintf(err, cap, "'%s': port must be 1..65535", url);
        goto out;
    }
    out->port = port < 0 ? 80 : port;
    if (evhttp_uri_get_query(u) || evhttp_uri_get_fragment(u) ||
        evhttp_uri_get_userinfo(u)) {
        snprintf(err, cap, "'%s': a server URL takes no user, query or fragment", url);
        goto out;
    }
    const char *path = evhttp_uri_get_path(u);
    size_t pl = path ? strlen(path) : 0;
    while (pl > 0 && path[pl - 1] == '/')
        pl--; /* "http://h:1/" has no base */
    if (pl >= sizeof(out->base)) {
        snprintf(err, cap, "'%s': path is too long", url);
        goto out;
    }
    if (pl) memcpy(out->base, path, pl);
    out->base[pl] = '\0';
    rc = 0;
out:
    if (u) evhttp_uri_free(u);
    return rc;
}

void hcli_reply_clear(hcli_reply *r) {
    ent_free(r->body);
    ent_free(r->ctype);
    ent_free(r->retry_after);
    memset(r, 0, sizeof(*r));
}

static void hcli_on_error(enum evhttp_request_error e, void *arg) {
    hcli_call *c = arg;
    int saved = errno;
    c->failed = 1;
    c->kind = (int)e;
    switch (e) {
    case EVREQ_HTTP_TIMEOUT:
        snprintf(c->out->err, sizeof(c->out->err), "no answer within %d s (timed out)",
                 c->timeout_s);
        break;
    case EVREQ_HTTP_EOF:
        snprintf(c->out->err, sizeof(c->out->err), "connection closed before the reply");
        break;
    case EVREQ_HTTP_INVALID_HEADER:
        snprintf(c->out->err, sizeof(c->out->err), "the reply is not valid HTTP");
        break;
    case EVREQ_HTTP_BUFFER_ERROR:
        snprintf(c->out->err, sizeof(c->out->err), "%s",
                 saved ? strerror(saved) : "connection failed");
        break;
    case EVREQ_HTTP_DATA_TOO_LONG:
        snprintf(c->out->err, sizeof(c->out->err), "the reply is too large");
        break;
    default:
        snprintf(c->out->err, sizeof(c->out->err), "request failed (%d)", (int)e);
        break;
    }
}

/* Copy a header value, or leave *dst NULL when absent. Returns 0 or ENT_ENOMEM. */
static int hcli_dup_header(struct evkeyvalq *h, const char *name, char **dst) {
    const char *v = evhttp_find_header(h, name);
    *dst = NULL;
    if (!v) return 0;
    *dst = ent_strdup(v);
    return *dst ? 0 : ENT_ENOMEM;
}

static void hcli_on_done(struct evhttp_request *req, void *arg) {
    hcli_call *c = arg;
    hcli_reply *r = c->out;
    c->done = 1;
    if (!req || evhttp_request_get_response_code(req) == 0) {
        /* errno here is whatever libevent did last: not worth showing */
        if (!r->err[0]) snprintf(r->err, sizeof(r->err), "connection failed");
        goto out;
    }
    struct evbuffer *in = evhttp_request_get_input_buffer(req);
    size_t n = evbuffer_get_length(in);
    r->body = ent_malloc(n + 1);
    if (!r->body) {
        c->oom = 1;
        goto out;
    }
    if (n && evbuffer_copyout(in, r->body, n) != (ev_ssize_t)n) {
        snprintf(r->err, sizeof(r->err), "could not read the reply body");
        ent_free(r->body);
        r->body = NULL;
        goto out;
    }
    r->body[n] = '\0';
    r->len = n;
    struct evkeyvalq *h = evhttp_request_get_input_headers(req);
    if (hcli_dup_header(h, "Content-Type", &r->ctype) ||
        hcli_dup_header(h, "Retry-After", &r->retry_after)) {
        c->oom = 1;
        goto out;
    }
    r->status = evhttp_request_get_response_code(req);
out:
    event_base_loopexit(c->base, NULL);
}

/* Connect to one address with a timeout; 0 or an errno. */
static int hcli_try_connect(const struct addrinfo *ai, int timeout_s) {
    int fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol), rc = 0;
    if (fd < 0) return errno;
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0) {
        rc = errno;
        goto out;
    }
    if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) goto out;
    if (errno != EINPROGRESS) {
        rc = errno;
        goto out;
    }
    struct pollfd p = {.fd = fd, .events = POLLOUT};
    int n = poll(&p, 1, timeout_s * 1000);
    if (n == 0) {
        rc = ETIMEDOUT;
        goto out;
    }
    if (n < 0) {
        rc = errno;
        goto out;
    }
    socklen_t len = sizeof(rc);
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &rc, &len) < 0) rc = errno;
out:
    close(fd);
    return rc;
}

/* Why srv cannot be reached, into err; leaves err alone when a connection can
 * be made after all (then the server closed it: err already says so). */
static void hcli_diagnose(const hcli_server *srv, int timeout_s, char *err, size_t cap) {
    struct addrinfo hints, *res = NULL;
    char port[16];
    int last = 0;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    snprintf(port, sizeof(port), "%d", srv->port);
    int g = getaddrinfo(srv->host, port, &hints, &res);
    if (g) {
        snprintf(err, cap, "cannot resolve host '%.120s': %s", srv->host,
                 g == EAI_SYSTEM ? strerror(errno) : gai_strerror(g));
        return;
    }
    for (const struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        last = hcli_try_connect(ai, timeout_s < 5 ? timeout_s : 5);
        if (!last) break;
    }
    freeaddrinfo(res);
    if (last) snprintf(err, cap, "%s", strerror(last));
}

static int hcli_method(const char *m, enum evhttp_cmd_type *t) {
    static const struct {
        const char *name;
        enum evhttp_cmd_type type;
    } tab[] = {{"GET", EVHTTP_REQ_GET},
               {"POST", EVHTTP_REQ_POST},
               {"PUT", EVHTTP_REQ_PUT},
               {"DELETE", EVHTTP_REQ_DELETE}};
    for (size_t i = 0; i < ENT_ARRAY_LEN(tab); i++)
        if (!strcmp(m, tab[i].name)) {
            *t = tab[i].type;
            return 0;
        }
    return ENT_EINVAL;
}

int hcli_request(const char *server, const char *method, const char *path_and_query,
                 const char *ctype, const void *body, size_t len, const char *token,
                 int timeout_s, hcli_reply *out) {
    hcli_server srv;
    hcli_call call;
    enum evhttp_cmd_type type;
    struct event_base *base = NULL;
    struct evhttp_connection *conn = NULL;
    struct evhttp_request *req = NULL;
    char *uri = NULL, *auth = NULL;
    char hosthdr[300], clen[32];
    struct sigaction ign, old;
    int sig_saved = 0;
    int rc;

    memset(out, 0, sizeof(*out));
    memset(&call, 0, sizeof(call));
    if (timeout_s <= 0) timeout_s = HCLI_DEFAULT_TIMEOUT;
    rc = hcli_parse_server(server, &srv, out->err, sizeof(out->err));
    if (rc) goto out;
    rc = hcli_method(method, &type);
    if (rc) {
        snprintf(out->err, sizeof(out->err), "unsupported method %s", method);
        goto out;
    }
    size_t ul = strlen(srv.base) + strlen(path_and_query) + 1;
    uri = ent_malloc(ul);
    if (!uri) {
        rc = ENT_ENOMEM;
        goto out;
    }
    snprintf(uri, ul, "%s%s", srv.base, path_and_query);
    if (strchr(srv.host, ':'))
        snprintf(hosthdr, sizeof(hosthdr), "[%s]:%d", srv.host, srv.port);
    else
        snprintf(hosthdr, sizeof(hosthdr), "%s:%d", srv.host, srv.port);

    rc = ENT_ENOMEM;
    base = event_base_new();
    if (!base) goto out;
    /* NULL dns base: the name is resolved with a blocking getaddrinfo(), which
     * is what a one-shot command-line client wants. */
    conn = evhttp_connection_base_new(base, NULL, srv.host, (unsigned short)srv.port);
    if (!conn) goto out;
    evhttp_connection_set_timeout(conn, timeout_s);
    evhttp_connection_set_retries(conn, 0);
    call.base = base;
    call.out = out;
    call.timeout_s = timeout_s;
    call.kind = -1;
    req = evhttp_request_new(hcli_on_done, &call);
    if (!req) goto out;
    evhttp_request_set_error_cb(req, hcli_on_error);
    struct evkeyvalq *h = evhttp_request_get_output_headers(req);
    if (evhttp_add_header(h, "Host", hosthdr) ||
        evhttp_add_header(h, "User-Agent", "entq/" ENT_VERSION) ||
        evhttp_add_header(h, "Accept", "application/json") ||
        evhttp_add_header(h, "Connection", "close"))
        goto out_req;
    if (token) {
        size_t al = strlen(token) + 8;
        auth = ent_malloc(al);
        if (!auth) goto out_req;
        snprintf(auth, al, "Bearer %s", token);
        if (evhttp_add_header(h, "Authorization", auth)) goto out_req;
    }
    if (body || ctype) {
        snprintf(clen, sizeof(clen), "%zu", len);
        if ((ctype && evhttp_add_header(h, "Content-Type", ctype)) ||
            evhttp_add_header(h, "Content-Length", clen))
            goto out_req;
        if (len && evbuffer_add(evhttp_request_get_output_buffer(req), body, len))
            goto out_req;
    }
    /* A server that closes early would raise SIGPIPE in the middle of a write;
     * we want EPIPE and a message instead. Restored before returning. */
    memset(&ign, 0, sizeof(ign));
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    if (sigaction(SIGPIPE, &ign, &old) == 0) sig_saved = 1;
    errno = 0;
    /* evhttp_make_request takes req, even when it fails. */
    if (evhttp_make_request(conn, req, type, uri)) {
        req = NULL;
        rc = ENT_EUNAVAIL;
        if (!out->err[0]) snprintf(out->err, sizeof(out->err), "could not connect");
        hcli_diagnose(&srv, timeout_s, out->err, sizeof(out->err));
        goto out;
    }
    req = NULL;
    if (!call.done) event_base_dispatch(base);
    if (call.oom) {
        hcli_reply_clear(out);
        rc = ENT_ENOMEM;
    } else if (out->status == 0) {
        rc = ENT_EUNAVAIL;
        if (!out->err[0]) snprintf(out->err, sizeof(out->err), "no reply");
        if (call.kind != EVREQ_HTTP_TIMEOUT)
            hcli_diagnose(&srv, timeout_s, out->err, sizeof(out->err));
    } else {
        rc = 0;
    }
    goto out;
out_req:
    /* req was never handed to evhttp_make_request: still ours to free */
    evhttp_request_free(req);
    rc = ENT_ENOMEM;
out:
    if (sig_saved) sigaction(SIGPIPE, &old, NULL);
    if (conn) evhttp_connection_free(conn);
    if (base) event_base_free(base);
    ent_free(uri);
    ent_free(auth);
    return rc;
}
