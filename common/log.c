/* log.c - leveled logging to stderr, one line per message, safe across threads. */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int log_level = LOG_INFO;

static const char *lvlname[] = {"debug", "info", "warn", "error"};

int log_parse_level(const char *s) {
    for (int i = 0; i < 4; i++)
        if (strcmp(s, lvlname[i]) == 0) return i;
    return -1;
}

void log_write(int level, const char *file, int line, const char *func, const char *fmt,
               ...) {
    char msg[1024], ts[32];
    struct timespec now;
    struct tm tm;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    clock_gettime(CLOCK_REALTIME, &now);
    gmtime_r(&now.tv_sec, &tm);
    strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%S", &tm);
    const char *base = strrchr(file, '/');
    /* One fprintf per line: stdio locks the stream, so lines never interleave. */
    fprintf(stderr, "%s.%03ldZ %-5s %s:%d:%s: %s\n", ts, now.tv_nsec / 1000000,
            lvlname[level < 0 ? 0 : level > 3 ? 3 : level], base ? base + 1 : file, line,
            func, msg);
}

void ent_assert_fail(const char *expr, const char *file, int line) {
    fprintf(stderr, "%s:%d: assertion failed: %s\n", file, line, expr);
    abort();
}
