/* hcli.h - a small blocking HTTP/1.1 client for entq, over libevent's evhttp.
 *
 * One call, one request, one connection: entq makes a handful of requests per
 * run, so there is no connection reuse and no pipelining. The call blocks on a
 * private event_base until the reply is complete, the connection fails or the
 * timeout passes. Only plain http:// is supported (entd does not speak TLS).
 *
 * Single-threaded: the calls use no shared state but were written for entq's
 * one thread. */
#ifndef ENT_HCLI_H
#define ENT_HCLI_H

#include <stddef.h>

/* Seconds to wait for the connection and then for each read or write. A bulk
 * upload of a full 8 MiB batch is tagged and committed (one fsync) before entd
 * replies; on a slow disk that takes seconds, never a minute. */
#define HCLI_DEFAULT_TIMEOUT 60

typedef struct hcli_reply {
    int status;        /* HTTP status; 0 when no reply arrived */
    char *body;        /* new: the reply body, NUL-terminated (NUL not counted in len) */
    size_t len;        /* bytes in body */
    char *ctype;       /* new: Content-Type, NULL when absent */
    char *retry_after; /* new: Retry-After, NULL when absent */
    char err[256];     /* why no reply arrived (status 0), for the user */
} hcli_reply;

/* A parsed server URL: "http://host[:port][/base]". */
typedef struct hcli_server {
    char host[256]; /* host name or address, without IPv6 brackets */
    int port;       /* 80 when not given */
    char base[256]; /* path prefix without the trailing '/', "" for none */
} hcli_server;

/* Parse url (borrowed) into *out. "host:port" without a scheme is taken as
 * http. Returns 0, or ENT_EINVAL with a message for the user in err (cap bytes):
 * unsupported scheme (https), no host, bad port, a query or fragment. */
int hcli_parse_server(const char *url, hcli_server *out, char *err, size_t cap);

/* Send one request and wait for the whole reply.
 *   server          borrowed: the server URL as the user gave it
 *   method          "GET", "POST", "PUT" or "DELETE"
 *   path_and_query  borrowed: starts with '/', already percent-encoded
 *   ctype           borrowed: Content-Type of body, NULL when there is no body
 *   body, len       borrowed until return; NULL/0 for none
 *   token           borrowed: sent as "Authorization: Bearer TOKEN" when not NULL
 *   timeout_s       seconds, see HCLI_DEFAULT_TIMEOUT; <= 0 means the default
 *   out             filled; release with hcli_reply_clear() whatever the result
 * Returns 0 when a reply arrived (any status: the caller maps it), ENT_EINVAL for a
 * bad server URL or method, ENT_EUNAVAIL when the server could not be reached or
 * the reply was cut (out->err says why: "connection refused", "timed out after
 * 60 s", ...), ENT_ENOMEM. */
int hcli_request(const char *server, const char *method, const char *path_and_query,
                 const char *ctype, const void *body, size_t len, const char *token,
                 int timeout_s, hcli_reply *out);

/* Free the reply's buffers and zero it; r may be reused. */
void hcli_reply_clear(hcli_reply *r);

/* Percent-encode s (borrowed) for a path segment or a query value: every byte
 * but the RFC 3986 unreserved set A-Z a-z 0-9 - . _ ~ becomes %XX, so '/', ':',
 * ' ', '&', '+' and UTF-8 bytes are all safe. Returns a new string or NULL. */
char *hcli_escape(const char *s);

#endif
