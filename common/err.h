/* err.h - error codes and error details shared by every module.
 *
 * Functions return int: 0 is success, a negative ENT_E* is one of ours and a
 * positive value is an errno. ent_strerror() decodes both. Parsers also fill an
 * ent_errinfo with the position and a message meant for the user. */
#ifndef ENT_ERR_H
#define ENT_ERR_H

enum {
    ENT_OK = 0,
    ENT_ENOMEM = -1,    /* allocation failed */
    ENT_EINVAL = -2,    /* invalid argument or request field */
    ENT_EJSON = -3,     /* body is not valid JSON */
    ENT_ENOTFOUND = -4, /* no such article, entity or relation */
    ENT_ETOOBIG = -5,   /* body or field over its limit */
    ENT_EUTF8 = -6,     /* text is not valid UTF-8 */
    ENT_EFULL = -7,     /* write queue full, retry later */
    ENT_ECONF = -8,     /* configuration or data file error */
    ENT_EMEDIA = -9,    /* unsupported content type */
    ENT_EAUTH = -10,    /* missing or wrong bearer token */
    ENT_EMETHOD = -11,  /* method not allowed on this route */
    ENT_ESTORE = -12,   /* LMDB error other than map full */
    ENT_EMAPFULL = -13, /* LMDB map is full: raise map_size */
    ENT_EUNAVAIL = -14, /* shutting down or store not writable */
    ENT_EINTERNAL = -15,/* a bug: should never be seen */
    ENT_ECORRUPT = -16, /* stored record does not decode */
    ENT_EEXIST = -17,   /* already exists */
};

/* Message for an ENT_E* code or an errno; never NULL, never freed. */
const char *ent_strerror(int rc);

/* Short machine name for an ENT_E* code as used in the API error "type". */
const char *ent_errtype(int rc);

/* Where and why a parse failed. line/column are 1-based, 0 when unknown. */
typedef struct ent_errinfo {
    char file[256]; /* file the error is in, "" for request bodies */
    int line;       /* 1-based line, 0 if unknown */
    int column;     /* 1-based column, 0 if unknown */
    char text[160]; /* message for the user */
} ent_errinfo;

/* Clear ei (NULL is ignored). */
void ent_errinfo_clear(ent_errinfo *ei);

/* printf into ei->text; keeps file/line/column. NULL ei is ignored. Returns rc. */
int ent_errinfo_set(ent_errinfo *ei, int rc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
