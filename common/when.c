/* when.c - ISO 8601 parsing and formatting without the C library's time zone state. */
#include "when.h"
#include "err.h"

#include <stdio.h>
#include <time.h>

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (int64_t)yoe + era * 400 + (*m <= 2);
}

static int digits(const char **p, int n, int *out) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        char c = (*p)[i];
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    *p += n;
    *out = v;
    return 0;
}

int when_parse(const char *s, int64_t *out) {
    int y, mo, d, h = 0, mi = 0, se = 0;
    const char *p = s;
    if (!s || digits(&p, 4, &y) || *p++ != '-' || digits(&p, 2, &mo) || *p++ != '-' ||
        digits(&p, 2, &d))
        return ENT_EINVAL;
    if (mo < 1 || mo > 12 || d < 1) return ENT_EINVAL;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > mdays[mo - 1] || (mo == 2 && d == 29 && !leap)) return ENT_EINVAL;
    int64_t off = 0;
    if (*p == 'T' || *p == 't' || *p == ' ') {
        p++;
        if (digits(&p, 2, &h) || *p++ != ':' || digits(&p, 2, &mi)) return ENT_EINVAL;
        if (*p == ':') {
            p++;
            if (digits(&p, 2, &se)) return ENT_EINVAL;
            if (*p == '.' || *p == ',') {
                p++;
                if (*p < '0' || *p > '9') return ENT_EINVAL;
                while (*p >= '0' && *p <= '9') p++;
            }
        }
        if (h > 23 || mi > 59 || se > 60) return ENT_EINVAL;
        if (*p == 'Z' || *p == 'z') p++;
        else if (*p == '+' || *p == '-') {
            int sign = *p == '-' ? -1 : 1, oh, om = 0;
            p++;
            if (digits(&p, 2, &oh)) return ENT_EINVAL;
            if (*p == ':') p++;
            if (*p && digits(&p, 2, &om)) return ENT_EINVAL;
            if (oh > 23 || om > 59) return ENT_EINVAL;
            off = sign * (oh * 3600 + om * 60);
        }
    }
    if (*p) return ENT_EINVAL;
    *out = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + h * 3600 + mi * 60 + se - off;
    return 0;
}

static char *put_digits(char *p, unsigned v, int n) {
    for (int i = n - 1; i >= 0; i--) {
        p[i] = (char)('0' + v % 10);
        v /= 10;
    }
    return p + n;
}

void when_format(int64_t t, char *buf, size_t cap) {
    int64_t day = when_day(t), y;
    int64_t sec = t - day * 86400;
    unsigned m, d;
    civil_from_days(day, &y, &m, &d);
    if (y < 0 || y > 9999 || cap < 21) { /* outside what the fast path writes */
        snprintf(buf, cap, "%04lld-%02u-%02uT%02d:%02d:%02dZ", (long long)y, m, d,
                 (int)(sec / 3600), (int)(sec / 60 % 60), (int)(sec % 60));
        return;
    }
    /* called for every time in every reply: digits by hand, not snprintf */
    char *p = put_digits(buf, (unsigned)y, 4);
    *p++ = '-';
    p = put_digits(p, m, 2);
    *p++ = '-';
    p = put_digits(p, d, 2);
    *p++ = 'T';
    p = put_digits(p, (unsigned)(sec / 3600), 2);
    *p++ = ':';
    p = put_digits(p, (unsigned)(sec / 60 % 60), 2);
    *p++ = ':';
    p = put_digits(p, (unsigned)(sec % 60), 2);
    *p++ = 'Z';
    *p = '\0';
}

int64_t when_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec;
}
