/* conf.h - entd.conf: `directive value` lines, read through one table.
 *
 * Defaults are set by conf_defaults() before the file is read; command-line
 * flags override the file through conf_set(). Relative paths in a file are taken
 * relative to that file's directory; relative paths given as flags are taken
 * relative to the working directory. */
#ifndef ENT_CONF_H
#define ENT_CONF_H

#include "err.h"

#include <stddef.h>

#define CONF_PATH_MAX 1024

typedef struct ent_conf {
    char listen[256];                 /* host:port */
    char data[CONF_PATH_MAX];         /* LMDB directory */
    char gazetteer[CONF_PATH_MAX];    /* gazetteer directory */
    char relations[CONF_PATH_MAX];    /* relation lexicon directory */
    char token_file[CONF_PATH_MAX];   /* bearer token file, "" = none */
    long threads;                     /* HTTP loop threads, 0 = one per core */
    long max_body;                    /* bytes */
    long map_size_mb;                 /* LMDB map size in MiB */
    long queue_max;                   /* articles waiting for the writer */
    long batch_max;                   /* articles per commit at most */
    long timeout;                     /* seconds to read a request */
    long sync;                        /* 1 = fsync every commit (durable replies) */
    long reply_cache_mb;              /* replies kept per store snapshot, 0 = off */
    char gazetteer_cache[CONF_PATH_MAX]; /* compiled gazetteer's file, "" = none */
    char log_level[16];               /* debug, info, warn, error */
} ent_conf;

/* Fill c with the compiled-in defaults. */
void conf_defaults(ent_conf *c);

/* Read path into c. Unknown directives, bad values and out-of-range numbers are
 * errors: ENT_ECONF with ei->file, ei->line and ei->text (the line itself);
 * errno when the file cannot be read. */
int conf_load(ent_conf *c, const char *path, ent_errinfo *ei);

/* Set one directive (flags). ENT_ECONF with ei->text on a bad name or value. */
int conf_set(ent_conf *c, const char *name, const char *value, ent_errinfo *ei);

/* Write every directive with its current value, documented, to fp (FILE*). */
void conf_dump(const ent_conf *c, void *fp);

#endif
