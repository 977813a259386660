/* httpd.h - the HTTP side of entd: loop threads, routing, replies, metrics.
 *
 * N loop threads, each with its own event_base and evhttp, accept on one
 * shared listening socket. Handlers run on the loop thread that accepted the
 * connection; writes are handed to the writer thread and come back through a
 * per-loop completion queue woken with event_active(). */
#ifndef ENT_HTTPD_H
#define ENT_HTTPD_H

#include <stddef.h>

/* Bind listen ("host:port"; port 0 = any free port) and start `threads` loop
 * threads (0 = one per core), sharing cache_bytes of reply cache (0 = none).
 * *port gets the bound port. Errors: errno from socket/bind/listen,
 * ENT_EINVAL for a bad address. Logs the address. */
int httpd_start(const char *listen, int threads, long max_body, long timeout,
                size_t cache_bytes, int *port);

/* Stop accepting new connections (requests in flight continue). Any thread. */
void httpd_stop_accepting(void);

/* After the writer has drained: flush pending replies, stop the loops, join
 * and free them. */
void httpd_shutdown(void);

#endif
