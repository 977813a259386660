/* ceiling.c - the HTTP ceiling of this machine: a minimal libevent server with entd's
 * threading model that answers GET /N with a fixed JSON body of N bytes.
 *
 *   ceiling [--listen 127.0.0.1:0] [--threads N] [--port-file F]
 *
 * Like entd (server/httpd.c): one listening socket; N loop threads, each with its own
 * event_base and evhttp wrapping that socket in its own evconnlistener
 * (evhttp_bind_listener), so whichever loop is idle accepts. A reply carries
 * Content-Type: application/json and a body of exactly N bytes ({"pad":"xxx..."}),
 * built once per size and copied into each reply as entd copies its JSON. Any other
 * path gets 404 with a short JSON body. Built and run by tests/bench/run.py; runs
 * until SIGTERM/SIGINT. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/listener.h>
#include <event2/thread.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

enum { MAX_BODY = 1 << 22, MAX_SIZES = 64 };

static struct { size_t n; char *body; } sizes[MAX_SIZES];
static int nsizes;
static pthread_mutex_t size_mu = PTHREAD_MUTEX_INITIALIZER;

/* The body of n bytes, built once (n >= 10). */
static const char *body_of(size_t n) {
    pthread_mutex_lock(&size_mu);
    const char *b = NULL;
    for (int i = 0; i < nsizes && !b; i++)
        if (sizes[i].n == n) b = sizes[i].body;
    if (!b && nsizes < MAX_SIZES) {
        char *s = malloc(n + 1);
        memcpy(s, "{\"pad\":\"", 8);
        memset(s + 8, 'x', n - 10);
        memcpy(s + n - 2, "\"}", 2);
        s[n] = '\0';
        sizes[nsizes].n = n;
        sizes[nsizes].body = s;
        nsizes++;
        b = s;
    }
    pthread_mutex_unlock(&size_mu);
    return b;
}

static void on_req(struct evhttp_request *req, void *arg) {
    (void)arg;
    const char *uri = evhttp_request_get_uri(req);
    char *end;
    long n = strtol(uri + 1, &end, 10);
    struct evbuffer *buf = evbuffer_new();
    struct evkeyvalq *h = evhttp_request_get_output_headers(req);
    evhttp_add_header(h, "Content-Type", "application/json");
    const char *body = (uri[0] == '/' && end != uri + 1 && (*end == '\0' || *end == '?') &&
                        n >= 10 && n <= MAX_BODY)
                           ? body_of((size_t)n)
                           : NULL;
    if (body) {
        evbuffer_add(buf, body, (size_t)n);
        evhttp_send_reply(req, 200, "OK", buf);
    } else {
        evbuffer_add_printf(buf, "{\"error\": {\"status\": 404, \"type\": \"not_found\"}}");
        evhttp_send_reply(req, 404, "Not Found", buf);
    }
    evbuffer_free(buf);
}

typedef struct loop {
    pthread_t th;
    struct event_base *base;
    struct evhttp *http;
} loop;

static void *loop_main(void *arg) {
    loop *l = arg;
    event_base_dispatch(l->base);
    return NULL;
}

int main(int argc, char **argv) {
    const char *listen_addr = "127.0.0.1:0", *port_file = NULL;
    int threads = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--listen") && i + 1 < argc) listen_addr = argv[++i];
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--port-file") && i + 1 < argc) port_file = argv[++i];
        else {
            fprintf(stderr, "usage: ceiling [--listen HOST:PORT] [--threads N] [--port-file F]\n");
            return 2;
        }
    }
    if (threads <= 0) threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (threads <= 0) threads = 1;
    evthread_use_pthreads();
    signal(SIGPIPE, SIG_IGN);

    char host[64];
    int port;
    if (sscanf(listen_addr, "%63[^:]:%d", host, &port) != 2) return 2;
    struct sockaddr_in sin;
    memset(&sin, 0, sizeof(sin));
    sin.sin_family = AF_INET;
    sin.sin_port = htons((unsigned short)port);
    if (inet_pton(AF_INET, host, &sin.sin_addr) != 1) return 2;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (fd < 0 || bind(fd, (struct sockaddr *)&sin, sizeof(sin)) || listen(fd, 1024)) {
        perror("ceiling: bind/listen");
        return 1;
    }
    socklen_t sl = sizeof(sin);
    getsockname(fd, (struct sockaddr *)&sin, &sl);

    loop *loops = calloc((size_t)threads, sizeof(loop));
    for (int i = 0; i < threads; i++) {
        loop *l = &loops[i];
        l->base = event_base_new();
        l->http = evhttp_new(l->base);
        evhttp_set_gencb(l->http, on_req, NULL);
        struct evconnlistener *lev =
            evconnlistener_new(l->base, NULL, NULL, LEV_OPT_CLOSE_ON_EXEC, 0, fd);
        if (!lev || !evhttp_bind_listener(l->http, lev)) {
            fprintf(stderr, "ceiling: cannot bind the listener\n");
            return 1;
        }
    }
    if (port_file) {
        char tmp[4096];
        snprintf(tmp, sizeof(tmp), "%s.tmp", port_file);
        FILE *fp = fopen(tmp, "w");
        if (!fp) return 1;
        fprintf(fp, "%d\n", ntohs(sin.sin_port));
        fclose(fp);
        rename(tmp, port_file);
    }
    /* the main thread waits for SIGTERM/SIGINT (blocked in the loops); exit with it */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    for (int i = 0; i < threads; i++) pthread_create(&loops[i].th, NULL, loop_main, &loops[i]);
    int sig;
    sigwait(&set, &sig);
    return 0;
}
