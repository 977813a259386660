/* err.c - ENT_E* messages and error-detail helpers. */
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const struct {
    int code;
    const char *type;
    const char *msg;
} errtab[] = {
    {ENT_OK, "ok", "success"},
    {ENT_ENOMEM, "internal", "out of memory"},
    {ENT_EINVAL, "invalid_argument", "invalid argument"},
    {ENT_EJSON, "invalid_json", "invalid JSON"},
    {ENT_ENOTFOUND, "not_found", "not found"},
    {ENT_ETOOBIG, "payload_too_large", "payload too large"},
    {ENT_EUTF8, "invalid_argument", "text is not valid UTF-8"},
    {ENT_EFULL, "unavailable", "write queue is full, retry later"},
    {ENT_ECONF, "invalid_argument", "configuration error"},
    {ENT_EMEDIA, "unsupported_media_type", "unsupported media type"},
    {ENT_EAUTH, "unauthorized", "missing or invalid bearer token"},
    {ENT_EMETHOD, "method_not_allowed", "method not allowed"},
    {ENT_ESTORE, "internal", "store error"},
    {ENT_EMAPFULL, "insufficient_storage", "store is full: raise map_size in entd.conf"},
    {ENT_EUNAVAIL, "unavailable", "service unavailable"},
    {ENT_EINTERNAL, "internal", "internal error"},
    {ENT_ECORRUPT, "internal", "stored record is corrupt"},
    {ENT_EEXIST, "invalid_argument", "already exists"},
};

const char *ent_strerror(int rc) {
    if (rc > 0) return strerror(rc);
    for (size_t i = 0; i < sizeof(errtab) / sizeof(errtab[0]); i++)
        if (errtab[i].code == rc) return errtab[i].msg;
    return "unknown error";
}

const char *ent_errtype(int rc) {
    if (rc > 0) return "internal";
    for (size_t i = 0; i < sizeof(errtab) / sizeof(errtab[0]); i++)
        if (errtab[i].code == rc) return errtab[i].type;
    return "internal";
}

void ent_errinfo_clear(ent_errinfo *ei) {
    if (ei) memset(ei, 0, sizeof(*ei));
}

int ent_errinfo_set(ent_errinfo *ei, int rc, const char *fmt, ...) {
    if (!ei) return rc;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ei->text, sizeof(ei->text), fmt, ap);
    va_end(ap);
    return rc;
}
