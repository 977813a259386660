/* when.h - ISO 8601 times as used by the API (published, since, until).
 *
 * Times are int64 seconds since the Unix epoch, UTC. Pure module. */
#ifndef ENT_WHEN_H
#define ENT_WHEN_H

#include <stddef.h>
#include <stdint.h>

#define WHEN_NONE INT64_MIN /* "no time given" */

/* Parse "2025-06-24", "2025-06-24T08:00", "2025-06-24T08:00:00Z",
 * "2025-06-24T08:00:00.123+02:00" (fractions dropped; no offset = UTC).
 * Returns 0 and sets *out, or ENT_EINVAL. */
int when_parse(const char *s, int64_t *out);

/* Format t as "2025-06-24T08:00:00Z" into buf (at least 32 bytes). */
void when_format(int64_t t, char *buf, size_t cap);

/* Day number (days since 1970-01-01) of t, floor division. */
static inline int64_t when_day(int64_t t) {
    return t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
}

/* Current time in seconds. */
int64_t when_now(void);

#endif
