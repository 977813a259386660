/* readfile.c - see readfile.h. */
#include "readfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

char *read_file_all(const char *path, size_t *len, char *why, size_t whylen) {
    gzFile f = gzopen(path, "rb");
    if (!f) {
        snprintf(why, whylen, "cannot open: %s", errno ? strerror(errno) : "out of memory");
        return NULL;
    }
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) goto nomem;
    for (;;) {
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) goto nomem;
            buf = nb;
            cap *= 2;
        }
        size_t want = cap - n > (1u << 30) ? (1u << 30) : cap - n;
        int r = gzread(f, buf + n, (unsigned)want);
        if (r > 0) {
            n += (size_t)r;
            continue;
        }
        int zerr;
        const char *msg = gzerror(f, &zerr); /* a truncated stream ends with r == 0 */
        if (r < 0 || (zerr != Z_OK && zerr != Z_STREAM_END)) {
            size_t pl = strlen(path); /* zlib's message starts with the path */
            if (strncmp(msg, path, pl) == 0 && msg[pl] == ':') msg += pl + 1 + (msg[pl + 1] == ' ');
            snprintf(why, whylen, "%s: %s", zerr == Z_ERRNO ? "read error" : "corrupt gzip data",
                     zerr == Z_ERRNO ? strerror(errno) : msg);
            free(buf);
            gzclose(f);
            return NULL;
        }
        break;
    }
    gzclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
nomem:
    free(buf);
    gzclose(f);
    snprintf(why, whylen, "out of memory");
    return NULL;
}
