/* entq.c - the entd command-line client: argument parsing and the command table.
 *
 *   entq [--server URL] [--json] [--token TOKEN] [--timeout S] COMMAND [ARGS]
 *
 * Each command builds one API.md request (path segments and query values are
 * percent-encoded, so refs may hold spaces, ':' or any UTF-8), sends it with
 * hcli_request() and prints the reply with out.c, or the reply body itself
 * with --json. Options may come before or after the command.
 *
 * Exit codes (API.md): 0 ok, 1 not found (404, or `why` without evidence),
 * 2 usage error (also an unreadable FILE or a local failure), 3 server
 * unreachable or 5xx, 4 any other 4xx (and a bulk upload with failed lines). */
#include "ent.h"
#include "err.h"
#include "hcli.h"
#include "mem.h"
#include "out.h"
#include "text.h"
#include "when.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
    EXIT_OK = 0,
    EXIT_NOTFOUND = 1,
    EXIT_USAGE = 2,
    EXIT_UNREACHABLE = 3,
    EXIT_REJECTED = 4,
};

/* Bulk uploads are cut into requests of at most this many bytes, on line
 * boundaries: half of entd's default max_body (8 MiB, ent.h), so a batch is
 * never refused as too large and one slow batch never holds the writer long. */
#define ENTQ_BULK_BATCH (4u << 20)

/* --all stops after this many pages even if the server keeps sending cursors:
 * 10000 pages of the maximum 1000 rows is more than any store we expect. */
#define ENTQ_MAX_PAGES 10000

typedef struct entq_kv {
    const char *name; /* borrowed from argv (not NUL-terminated at '=') */
    size_t nlen;
    const char *val; /* borrowed from argv; NULL for a flag */
} entq_kv;

struct entq_cmd;

typedef struct entq_ctx {
    const char *server; /* borrowed: argv or environment */
    const char *token;  /* borrowed: argv or environment, NULL for none */
    int json;           /* --json: print reply bodies */
    int timeout;        /* seconds for hcli_request */
    const struct entq_cmd *cmd;
    const char **args; /* new array of borrowed argv strings: positionals */
    size_t nargs;
    entq_kv *opts; /* new array: options in command-line order */
    size_t nopts;
} entq_ctx;

typedef struct entq_cmd {
    const char *name;
    int (*run)(entq_ctx *c);
    int minargs, maxargs;
    const char *opts;     /* "label=,all": '=' takes a value */
    const char *synopsis; /* after "entq NAME " */
    const char *summary;  /* one line */
    const char *help;     /* details for `entq NAME --help` */
} entq_cmd;

static const entq_cmd entq_cmds[];
static void entq_usage(FILE *f);
static void entq_cmd_usage(FILE *f, const entq_cmd *cmd);

/* ---- small helpers ---------------------------------------------------------- */

/* Report a usage error for the current command and return EXIT_USAGE. */
static int entq_usage_err(const entq_ctx *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int entq_usage_err(const entq_ctx *c, const char *fmt, ...) {
    va_list ap;
    fprintf(stderr, "entq%s%s: ", c->cmd ? " " : "", c->cmd ? c->cmd->name : "");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (c->cmd)
        fprintf(stderr, "usage: entq %s %s\n(entq %s --help for details)\n", c->cmd->name,
                c->cmd->synopsis, c->cmd->name);
    else
        fprintf(stderr, "(entq help for the commands)\n");
    return EXIT_USAGE;
}

/* Last value of option name (borrowed from argv), "" for a flag, NULL when absent. */
static const char *entq_opt(const entq_ctx *c, const char *name) {
    const char *v = NULL;
    size_t n = strlen(name);
    for (size_t i = 0; i < c->nopts; i++)
        if (c->opts[i].nlen == n && !memcmp(c->opts[i].name, name, n))
            v = c->opts[i].val ? c->opts[i].val : "";
    return v;
}

static int entq_flag(const entq_ctx *c, const char *name) {
    return entq_opt(c, name) != NULL;
}

/* Check that option name, when given, is an integer in [min, INT_MAX]. */
static int entq_opt_int(const entq_ctx *c, const char *name, long min) {
    const char *v = entq_opt(c, name);
    char *end;
    if (!v) return 0;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (!*v || *end || errno || x < min || x > 0x7fffffff)
        return entq_usage_err(c, "--%s: expected a%s number, got '%s'", name,
                              min > 0 ? " positive" : " non-negative", v);
    return 0;
}

/* Check that option name, when given, is an ISO 8601 time as the API takes it. */
static int entq_opt_time(const entq_ctx *c, const char *name) {
    const char *v = entq_opt(c, name);
    int64_t t;
    if (v && when_parse(v, &t))
        return entq_usage_err(c,
                              "--%s: '%s' is not an ISO 8601 date (e.g. 2025-06-24 or "
                              "2025-06-24T08:00:00Z)",
                              name, v);
    return 0;
}

/* Validate the common options present in the command's spec. */
static int entq_check_opts(const entq_ctx *c) {
    static const char *const ints1[] = {"limit", "min-count"};
    static const char *const ints0[] = {"depth", "evidence"};
    static const char *const times[] = {"since", "until", "published"};
    int rc = 0;
    for (size_t i = 0; !rc && i < ENT_ARRAY_LEN(ints1); i++)
        rc = entq_opt_int(c, ints1[i], 1);
    for (size_t i = 0; !rc && i < ENT_ARRAY_LEN(ints0); i++)
        rc = entq_opt_int(c, ints0[i], 0);
    for (size_t i = 0; !rc && i < ENT_ARRAY_LEN(times); i++)
        rc = entq_opt_time(c, times[i]);
    return rc;
}

/* A growing string for request paths. */
typedef struct entq_buf {
    char *p; /* new */
    size_t len, cap;
    int oom;
} entq_buf;

static void buf_addn(entq_buf *b, const char *s, size_t n) {
    if (b->oom) return;
    if (ent_grow(&b->p, &b->cap, b->len + n + 1, 1)) {
        b->oom = 1;
        return;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void buf_add(entq_buf *b, const char *s) {
    buf_addn(b, s, strlen(s));
}

/* Append s percent-encoded (a path segment or a query value). */
static void buf_esc(entq_buf *b, const char *s) {
    char *e = hcli_escape(s);
    if (!e) {
        b->oom = 1;
        return;
    }
    buf_add(b, e);
    ent_free(e);
}

/* Append "?key=value" or "&key=value"; nothing when val is NULL. */
static void buf_query(entq_buf *b, const char *key, const char *val) {
    if (!val) return;
    buf_add(b, b->p && strchr(b->p, '?') ? "&" : "?");
    buf_add(b, key);
    buf_add(b, "=");
    buf_esc(b, val);
}

/* Append the command's option name as query key (option "min-count" → key). */
static void buf_query_opt(entq_buf *b, const entq_ctx *c, const char *opt,
                          const char *key) {
    buf_query(b, key ? key : opt, entq_opt(c, opt));
}

/* Read a whole file ("-" = stdin) into a new NUL-terminated buffer. Returns 0
 * or an errno / ENT_ENOMEM. */
static int entq_read_file(const char *path, char **out, size_t *len) {
    FILE *fp = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    *out = NULL;
    *len = 0;
    if (!fp) {
        rc = errno;
        goto out;
    }
    for (;;) {
        if (ent_grow(&buf, &cap, n + 65536 + 1, 1)) {
            rc = ENT_ENOMEM;
            goto out;
        }
        size_t k = fread(buf + n, 1, cap - n - 1, fp);
        n += k;
        if (k == 0) break;
    }
    if (ferror(fp)) {
        rc = errno ? errno : EIO;
        goto out;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    buf = NULL;
out:
    if (fp && fp != stdin) fclose(fp);
    ent_free(buf);
    return rc;
}

/* ---- requests ----------------------------------------------------------------- */

/* Print a reply body for --json: indented JSON when it parses, else as is. */
static void entq_print_body(const char *body, size_t len) {
    json_t *j = json_loadb(body, len, 0, NULL);
    if (j) {
        json_dumpf(j, stdout, JSON_INDENT(2));
        fputc('\n', stdout);
        json_decref(j);
    } else if (len) {
        fwrite(body, 1, len, stdout);
        if (body[len - 1] != '\n') fputc('\n', stdout);
    }
}

static void entq_print_json(const json_t *j) {
    json_dumpf(j, stdout, JSON_INDENT(2));
    fputc('\n', stdout);
}

/* Explain a failed request on stderr and return its exit code. rc is
 * hcli_request's result, r its reply. */
static int entq_fail(const entq_ctx *c, int rc, const hcli_reply *r) {
    char msg[1024];
    if (rc == ENT_EINVAL) {
        fprintf(stderr, "entq: bad server URL: %s\n", r->err);
        return EXIT_USAGE;
    }
    if (rc == ENT_ENOMEM) {
        fprintf(stderr, "entq: out of memory\n");
        return EXIT_USAGE;
    }
    if (rc) {
        fprintf(stderr, "entq: cannot reach entd at %s: %s\n", c->server, r->err);
        fprintf(stderr, "entq: is entd running? start it with `make run`\n");
        return EXIT_UNREACHABLE;
    }
    if (c->json) entq_print_body(r->body, r->len); /* the structured error, for scripts */
    out_error_text(r->body, r->len, msg, sizeof(msg));
    if (r->status == 404) {
        const char *m = msg;
        if (!strncmp(m, "not_found: ", 11)) m += 11; /* "not found: not_found: ..." */
        fprintf(stderr, "entq: not found: %s\n", m[0] ? m : "no such resource");
        return EXIT_NOTFOUND;
    }
    if (r->status >= 500) {
        fprintf(stderr, "entq: entd at %s failed: %d %s\n", c->server, r->status,
                msg[0] ? msg : "(no message)");
        if (r->retry_after)
            fprintf(stderr, "entq: entd is busy; retry after %s s\n", r->retry_after);
        return EXIT_UNREACHABLE;
    }
    if (r->status >= 400) {
        fprintf(stderr, "entq: %d %s\n", r->status, msg[0] ? msg : "(no message)");
        if (r->status == 401)
            fprintf(stderr, "entq: %s\n",
                    c->token ? "the token was refused; check --token or ENTQ_TOKEN"
                             : "entd wants a token: pass --token or set ENTQ_TOKEN");
        return EXIT_REJECTED;
    }
    fprintf(stderr, "entq: unexpected reply from entd at %s: HTTP %d\n", c->server,
            r->status);
    return EXIT_UNREACHABLE;
}

/* Send a request; the token goes with every write. On a 2xx reply returns 0 with
 * *r filled (the caller clears it); otherwise reports, clears *r and returns the
 * exit code. */
static int entq_send(const entq_ctx *c, const char *method, const char *path,
                     const char *ctype, const void *body, size_t len, hcli_reply *r) {
    const char *tok = strcmp(method, "GET") ? c->token : NULL;
    int rc = hcli_request(c->server, method, path, ctype, body, len, tok, c->timeout, r);
    if (!rc && r->status >= 200 && r->status < 300) return 0;
    rc = entq_fail(c, rc, r);
    hcli_reply_clear(r);
    return rc;
}

/* Parse a 2xx reply as JSON into *out (new). A body that is not JSON is the
 * server's fault: reported, exit 3. */
static int entq_parse(const entq_ctx *c, const hcli_reply *r, json_t **out) {
    json_error_t err;
    *out = json_loadb(r->body, r->len, 0, &err);
    if (*out) return 0;
    fprintf(stderr, "entq: entd at %s sent a reply that is not JSON: %s\n", c->server,
            err.text);
    return EXIT_UNREACHABLE;
}

/* A request whose reply is JSON: *out is new on success. */
static int entq_call(const entq_ctx *c, const char *method, const char *path,
                     const char *ctype, const void *body, size_t len, json_t **out) {
    hcli_reply r;
    int rc;
    *out = NULL;
    rc = entq_send(c, method, path, ctype, body, len, &r);
    if (rc) goto out;
    rc = entq_parse(c, &r, out);
out:
    hcli_reply_clear(&r);
    return rc;
}

/* Finish a path: report running out of memory. Returns 0 or an exit code. */
static int entq_path_ok(const entq_buf *b) {
    if (!b->oom && b->p) return 0;
    fprintf(stderr, "entq: out of memory\n");
    return EXIT_USAGE;
}

/* GET a JSON object and print it with show() or, with --json, as is. */
static int entq_show(const entq_ctx *c, const entq_buf *path,
                     void (*show)(FILE *, const json_t *)) {
    json_t *j = NULL;
    int rc = entq_path_ok(path);
    if (rc) goto out;
    rc = entq_call(c, "GET", path->p, NULL, NULL, 0, &j);
    if (rc) goto out;
    if (c->json)
        entq_print_json(j);
    else
        show(stdout, j);
out:
    json_decref(j);
    return rc;
}

/* GET a paged list: the page named by --cursor, or with --all every page from
 * there merged into one reply (its list key `key` holds every row and
 * next_cursor is null). Prints with show() or as JSON. */
static int entq_list(const entq_ctx *c, const entq_buf *base, const char *key,
                     void (*show)(FILE *, const json_t *)) {
    json_t *all = NULL, *page = NULL;
    char *cursor = NULL;
    entq_buf path = {0};
    int rc = entq_path_ok(base), every = entq_flag(c, "all");
    const char *cur = entq_opt(c, "cursor");
    if (rc) goto out;
    if (cur && !(cursor = ent_strdup(cur))) goto oom;
    for (int pages = 0;; pages++) {
        path.len = 0;
        buf_add(&path, base->p);
        buf_query(&path, "cursor", cursor);
        if (path.oom) goto oom;
        rc = entq_call(c, "GET", path.p, NULL, NULL, 0, &page);
        if (rc) goto out;
        if (!all) {
            all = page;
        } else {
            /* later pages: append their rows to the first */
            if (json_array_extend(json_object_get(all, key),
                                  json_object_get(page, key)) ||
                json_object_set(all, "next_cursor", json_object_get(page, "next_cursor")))
                goto oom;
            json_decref(page);
        }
        page = NULL;
        const char *next = json_string_value(json_object_get(all, "next_cursor"));
        if (!every || !next || !*next) break;
        if ((cursor && !strcmp(next, cursor)) || pages + 1 >= ENTQ_MAX_PAGES) {
            fprintf(stderr, "entq: entd keeps returning cursor '%s'; stopping\n", next);
            break;
        }
        ent_free(cursor);
        if (!(cursor = ent_strdup(next))) goto oom;
    }
    if (c->json)
        entq_print_json(all);
    else
        show(stdout, all);
    goto out;
oom:
    fprintf(stderr, "entq: out of memory\n");
    rc = EXIT_USAGE;
out:
    json_decref(page);
    json_decref(all);
    ent_free(cursor);
    ent_free(path.p);
    return rc;
}

/* ---- article bodies ------------------------------------------------------------ */

/* A request body for POST /articles or /tag built from FILE and the metadata
 * options. Owns everything; free with entq_body_clear. */
typedef struct entq_body {
    char *file; /* new: the file's bytes */
    size_t flen;
    char *json;        /* new: a rebuilt JSON body, or NULL to send file as is */
    const char *ctype; /* static */
    const char *data;  /* borrowed from file or json: what to send */
    size_t len;
    json_t *obj;      /* new: the parsed article object, NULL for plain text */
    const char *text; /* borrowed: the article text, for sentence excerpts */
    size_t tlen;
} entq_body;

static void entq_body_clear(entq_body *b) {
    ent_free(b->file);
    ent_free(b->json);
    json_decref(b->obj);
    memset(b, 0, sizeof(*b));
}

/* Build b from c's first argument and options. Returns 0 or an exit code. */
static int entq_body_build(const entq_ctx *c, entq_body *b) {
    static const char *const meta[] = {"id", "title", "url", "published", "source"};
    const char *path = c->args[0];
    json_error_t jerr;
    int rc, any = 0;
    memset(b, 0, sizeof(*b));
    for (size_t i = 0; i < ENT_ARRAY_LEN(meta); i++)
        any |= entq_opt(c, meta[i]) != NULL;
    rc = entq_read_file(path, &b->file, &b->flen);
    if (rc) {
        fprintf(stderr, "entq %s: cannot read %s: %s\n", c->cmd->name,
                strcmp(path, "-") ? path : "standard input", ent_strerror(rc));
        rc = EXIT_USAGE;
        goto out;
    }
    b->obj = json_loadb(b->file, b->flen, 0, &jerr);
    if (b->obj && json_is_array(b->obj)) {
        rc = entq_usage_err(c,
                            "%s holds a JSON array; give one article object, or NDJSON "
                            "(one article a line) to `entq post --bulk`",
                            path);
        goto out;
    }
    if (!json_is_object(b->obj)) {
        json_decref(b->obj);
        b->obj = NULL;
        /* one object and then more: NDJSON given without --bulk */
        json_t *first = json_loadb(b->file, b->flen, JSON_DISABLE_EOF_CHECK, NULL);
        int ndjson = json_is_object(first);
        json_decref(first);
        if (ndjson) {
            rc = entq_usage_err(c,
                                "%s looks like NDJSON (several JSON objects); use "
                                "`entq post --bulk %s`",
                                path, path);
            goto out;
        }
    }
    if (!b->obj) {
        size_t bad;
        b->text = b->file;
        b->tlen = b->flen;
        if (!any) { /* plain text, sent as is: entd takes the body as `text` */
            b->ctype = "text/plain; charset=utf-8";
            b->data = b->file;
            b->len = b->flen;
            goto out;
        }
        if (!text_utf8_valid(b->file, b->flen, &bad)) {
            fprintf(stderr,
                    "entq %s: %s is not valid UTF-8 (byte %zu); entd refuses such text\n",
                    c->cmd->name, path, bad);
            rc = EXIT_REJECTED;
            goto out;
        }
        b->obj = json_object();
        if (!b->obj ||
            json_object_set_new(b->obj, "text", json_stringn(b->file, b->flen)))
            goto oom;
    }
    for (size_t i = 0; i < ENT_ARRAY_LEN(meta); i++) {
        const char *v = entq_opt(c, meta[i]);
        if (v && json_object_set_new(b->obj, meta[i], json_string(v))) goto oom;
    }
    const json_t *t = json_object_get(b->obj, "text");
    b->text = json_string_value(t);
    b->tlen = json_string_length(t);
    b->ctype = "application/json";
    if (any) {
        b->json = json_dumps(b->obj, JSON_COMPACT);
        if (!b->json) goto oom;
        b->data = b->json;
        b->len = strlen(b->json);
    } else { /* a JSON article as the user wrote it */
        b->data = b->file;
        b->len = b->flen;
    }
    goto out;
oom:
    fprintf(stderr, "entq: out of memory (or an option is not valid UTF-8)\n");
    rc = EXIT_USAGE;
out:
    return rc;
}

/* ---- commands -------------------------------------------------------------------- */

/* One batch of a bulk upload: bytes [off, end) starting at line `line`. */
typedef struct entq_batch {
    size_t off, end;
    long line;
} entq_batch;

/* Give each item of one batch's reply its line in the whole file. entd numbers
 * the lines of failed items itself, counting from the batch's first line: those
 * are shifted. The others get theirs from their position: items are in input
 * order, and entd skips blank lines (or, an older one, may not: the item count
 * tells which). */
static int entq_bulk_lines(json_t *items, const char *data, const entq_batch *bt) {
    size_t nlines = 0, nfull = 0, n = json_array_size(items), k = 0;
    int rc = 0;
    for (size_t i = bt->off; i < bt->end;) {
        const char *nl = memchr(data + i, '\n', bt->end - i);
        size_t e = nl ? (size_t)(nl - data) : bt->end;
        int blank = 1;
        for (size_t j = i; j < e && blank; j++)
            blank = data[j] == ' ' || data[j] == '\t' || data[j] == '\r';
        nlines++;
        nfull += !blank;
        i = e + 1;
    }
    int skip_blank = n == nfull, known = skip_blank || n == nlines;
    for (size_t i = 0; i < n; i++) { /* entd's own numbers, shifted to the file */
        json_t *it = json_array_get(items, i), *l = json_object_get(it, "line");
        if (json_is_integer(l) &&
            json_object_set_new(it, "line",
                                json_integer(json_integer_value(l) + bt->line - 1)))
            rc = ENT_ENOMEM;
    }
    if (!known) return rc; /* cannot tell: the others keep their index */
    long line = bt->line;
    for (size_t i = bt->off; i < bt->end && k < n; line++) {
        const char *nl = memchr(data + i, '\n', bt->end - i);
        size_t e = nl ? (size_t)(nl - data) : bt->end;
        int blank = 1;
        for (size_t j = i; j < e && blank; j++)
            blank = data[j] == ' ' || data[j] == '\t' || data[j] == '\r';
        i = e + 1;
        if (blank && skip_blank) continue;
        json_t *it = json_array_get(items, k++);
        if (json_is_object(it) && !json_object_get(it, "line") &&
            json_object_set_new(it, "line", json_integer(line)))
            rc = ENT_ENOMEM;
    }
    return rc;
}

static int cmd_bulk(entq_ctx *c, const char *path) {
    char *data = NULL;
    size_t len = 0, nb = 0, capb = 0;
    entq_batch *bt = NULL;
    json_t *all = NULL, *items = NULL;
    json_int_t took = 0;
    int rc = entq_read_file(path, &data, &len), errors = 0, progress = 0, stopped = 0;
    if (rc) {
        fprintf(stderr, "entq post: cannot read %s: %s\n", path, ent_strerror(rc));
        rc = EXIT_USAGE;
        goto out;
    }
    /* cut into batches on line boundaries; a longer line goes alone */
    long line = 1;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        long lines = 0;
        while (end < len) {
            const char *nl = memchr(data + end, '\n', len - end);
            size_t e = nl ? (size_t)(nl - data) + 1 : len;
            if (e - i > ENTQ_BULK_BATCH && end > i) break;
            end = e;
            lines++;
        }
        if (ent_grow(&bt, &capb, nb + 1, sizeof(*bt))) goto oom;
        bt[nb].off = i;
        bt[nb].end = end;
        bt[nb].line = line;
        nb++;
        line += lines;
        i = end;
    }
    size_t k = 0;
    while (k < len &&
           (data[k] == ' ' || data[k] == '\t' || data[k] == '\r' || data[k] == '\n'))
        k++;
    if (k == len) {
        rc = entq_usage_err(c, "%s holds no articles", path);
        goto out;
    }
    progress = nb > 1 && isatty(2);
    if (!(all = json_object()) || !(items = json_array()) ||
        json_object_set(all, "items", items))
        goto oom;
    for (size_t b = 0; b < nb; b++) {
        hcli_reply r;
        json_t *rep = NULL;
        if (progress)
            fprintf(stderr, "\rentq: batch %zu/%zu (line %ld)...", b + 1, nb, bt[b].line);
        int hrc = hcli_request(c->server, "POST", "/articles/_bulk",
                               "application/x-ndjson", data + bt[b].off,
                               bt[b].end - bt[b].off, c->token, c->timeout, &r);
        if (hrc || (r.status != 200 && r.status != 207)) {
            if (progress) fputc('\n', stderr);
            rc = entq_fail(c, hrc, &r); /* a 2xx other than 200/207 is "unexpected": 3 */
            hcli_reply_clear(&r);
            if (b == 0) goto out;
            /* earlier batches were committed: report them, then fail */
            fprintf(stderr, "entq: stopped at line %ld; the lines before it were sent:\n",
                    bt[b].line);
            stopped = rc;
            break;
        }
        rc = entq_parse(c, &r, &rep);
        hcli_reply_clear(&r);
        if (rc) goto out;
        json_t *its = json_object_get(rep, "items");
        if (entq_bulk_lines(its, data, &bt[b]) || json_array_extend(items, its)) {
            json_decref(rep);
            goto oom;
        }
        took += json_integer_value(json_object_get(rep, "took_ms"));
        errors |= json_is_true(json_object_get(rep, "errors"));
        json_decref(rep);
    }
    if (progress && !stopped) fputc('\n', stderr);
    if (json_object_set_new(all, "took_ms", json_integer(took))) goto oom;
    size_t failed;
    if (c->json) {
        size_t i;
        json_t *it;
        failed = 0;
        json_array_foreach(items, i, it) {
            json_int_t st = json_integer_value(json_object_get(it, "status"));
            failed += st < 200 || st >= 300 || json_object_get(it, "error");
        }
        if (json_object_set_new(all, "errors", json_boolean(errors || failed))) goto oom;
        entq_print_json(all);
    } else {
        failed = out_bulk(stdout, all);
    }
    rc = stopped ? stopped : (failed || errors) ? EXIT_REJECTED : EXIT_OK;
    goto out;
oom:
    fprintf(stderr, "entq: out of memory\n");
    rc = EXIT_USAGE;
out:
    json_decref(items);
    json_decref(all);
    ent_free(bt);
    ent_free(data);
    return rc;
}

static int cmd_post(entq_ctx *c) {
    entq_body b = {0};
    json_t *j = NULL;
    const char *bulk = entq_opt(c, "bulk");
    int rc;
    if (bulk) {
        static const char *const meta[] = {"id", "title", "url", "published", "source"};
        if (c->nargs)
            return entq_usage_err(c, "give either FILE or --bulk FILE, not both");
        for (size_t i = 0; i < ENT_ARRAY_LEN(meta); i++)
            if (entq_opt(c, meta[i]))
                return entq_usage_err(c, "--%s applies to one article, not to --bulk",
                                      meta[i]);
        return cmd_bulk(c, bulk);
    }
    if (c->nargs != 1)
        return entq_usage_err(c, "give the article FILE (or - for standard input)");
    rc = entq_body_build(c, &b);
    if (rc) goto out;
    rc = entq_call(c, "POST", "/articles", b.ctype, b.data, b.len, &j);
    if (rc) goto out;
    if (c->json)
        entq_print_json(j);
    else
        out_post(stdout, j, b.text, b.tlen);
out:
    json_decref(j);
    entq_body_clear(&b);
    return rc;
}

static int cmd_tag(entq_ctx *c) {
    entq_body b = {0};
    json_t *j = NULL;
    int rc = entq_body_build(c, &b);
    if (rc) goto out;
    rc = entq_call(c, "POST", entq_flag(c, "list-only") ? "/tag?list=1" : "/tag", b.ctype, b.data,
                   b.len, &j);
    if (rc) goto out;
    if (c->json)
        entq_print_json(j);
    else
        out_tag_result(stdout, j, b.text, b.tlen);
out:
    json_decref(j);
    entq_body_clear(&b);
    return rc;
}

static int cmd_entity(entq_ctx *c) {
    entq_buf p = {0};
    buf_add(&p, "/entities/");
    buf_esc(&p, c->args[0]);
    int rc = entq_show(c, &p, out_entity);
    ent_free(p.p);
    return rc;
}

static int cmd_search(entq_ctx *c) {
    entq_buf p = {0};
    buf_add(&p, "/entities");
    buf_query(&p, "q", c->args[0]);
    buf_query_opt(&p, c, "type", NULL);
    buf_query_opt(&p, c, "limit", NULL);
    int rc = entq_list(c, &p, "entities", out_entities);
    ent_free(p.p);
    return rc;
}

static int cmd_relations(entq_ctx *c) {
    entq_buf p = {0};
    static const char *const q[] = {"label", "with", "since", "until", "limit"};
    buf_add(&p, "/entities/");
    buf_esc(&p, c->args[0]);
    buf_add(&p, "/relations");
    for (size_t i = 0; i < ENT_ARRAY_LEN(q); i++)
        buf_query_opt(&p, c, q[i], NULL);
    int rc = entq_list(c, &p, "relations", out_relations);
    ent_free(p.p);
    return rc;
}

static int cmd_pair(entq_ctx *c) {
    entq_buf p = {0};
    static const char *const q[] = {"label", "since", "until", "evidence"};
    buf_add(&p, "/relations");
    buf_query(&p, "a", c->args[0]);
    buf_query(&p, "b", c->args[1]);
    for (size_t i = 0; i < ENT_ARRAY_LEN(q); i++)
        buf_query_opt(&p, c, q[i], NULL);
    int rc = entq_show(c, &p, out_pair);
    ent_free(p.p);
    return rc;
}

static int cmd_why(entq_ctx *c) {
    entq_buf p = {0};
    json_t *j = NULL;
    static const char *const q[] = {"since", "until", "evidence"};
    int rc;
    buf_add(&p, "/relations");
    buf_query(&p, "a", c->args[0]);
    buf_query(&p, "b", c->args[1]);
    buf_query(&p, "label", c->args[2]);
    for (size_t i = 0; i < ENT_ARRAY_LEN(q); i++)
        buf_query_opt(&p, c, q[i], NULL);
    rc = entq_path_ok(&p);
    if (rc) goto out;
    rc = entq_call(c, "GET", p.p, NULL, NULL, 0, &j);
    if (rc) goto out;
    if (c->json) entq_print_json(j);
    size_t n = out_why(c->json ? NULL : stdout, j, c->args[2]);
    if (!n) {
        fprintf(stderr, "entq why: no evidence of '%s' between %s and %s\n", c->args[2],
                c->args[0], c->args[1]);
        rc = EXIT_NOTFOUND;
    }
out:
    json_decref(j);
    ent_free(p.p);
    return rc;
}

static int cmd_articles(entq_ctx *c) {
    entq_buf p = {0};
    static const char *const q[] = {"entity", "since", "until", "limit"};
    buf_add(&p, "/articles");
    for (size_t i = 0; i < ENT_ARRAY_LEN(q); i++)
        buf_query_opt(&p, c, q[i], NULL);
    int rc = entq_list(c, &p, "articles", out_articles);
    ent_free(p.p);
    return rc;
}

static int cmd_article(entq_ctx *c) {
    entq_buf p = {0};
    json_t *j = NULL;
    int with_text = entq_flag(c, "text"), rc;
    buf_add(&p, "/articles/");
    buf_esc(&p, c->args[0]);
    /* the table view always fetches the text: relation sentences are cut from it */
    if (with_text || !c->json) buf_query(&p, "text", "1");
    rc = entq_path_ok(&p);
    if (rc) goto out;
    rc = entq_call(c, "GET", p.p, NULL, NULL, 0, &j);
    if (rc) goto out;
    if (c->json)
        entq_print_json(j);
    else
        out_article(stdout, j, with_text);
out:
    json_decref(j);
    ent_free(p.p);
    return rc;
}

/* DELETE path/{id}, then "deleted WHAT ID". */
static int entq_delete(entq_ctx *c, const char *coll, const char *what) {
    entq_buf p = {0};
    hcli_reply r;
    int rc;
    buf_add(&p, coll);
    buf_esc(&p, c->args[0]);
    rc = entq_path_ok(&p);
    if (rc) goto out;
    rc = entq_send(c, "DELETE", p.p, NULL, NULL, 0, &r);
    if (rc) goto out;
    if (c->json)
        entq_print_body(r.body, r.len);
    else
        printf("deleted %s %s\n", what, c->args[0]);
    hcli_reply_clear(&r);
out:
    ent_free(p.p);
    return rc;
}

static int cmd_delete(entq_ctx *c) {
    return entq_delete(c, "/articles/", "article");
}

static int cmd_delete_entity(entq_ctx *c) {
    return entq_delete(c, "/entities/", "entity");
}

static int cmd_top(entq_ctx *c) {
    entq_buf p = {0};
    static const char *const q[] = {"label", "type", "since", "until", "limit"};
    buf_add(&p, "/relations/top");
    for (size_t i = 0; i < ENT_ARRAY_LEN(q); i++)
        buf_query_opt(&p, c, q[i], NULL);
    int rc = entq_list(c, &p, "relations", out_top);
    ent_free(p.p);
    return rc;
}

static int cmd_graph(entq_ctx *c) {
    entq_buf p = {0};
    hcli_reply r;
    const char *fmt = entq_opt(c, "format");
    int rc;
    if (fmt && strcmp(fmt, "json") && strcmp(fmt, "graphml") && strcmp(fmt, "dot"))
        return entq_usage_err(c, "--format: expected json, graphml or dot, got '%s'",
                              fmt);
    buf_add(&p, "/graph");
    buf_query(&p, "entity", c->args[0]);
    buf_query_opt(&p, c, "depth", NULL);
    buf_query_opt(&p, c, "min-count", "min_count");
    buf_query_opt(&p, c, "label", NULL);
    buf_query_opt(&p, c, "format", NULL);
    rc = entq_path_ok(&p);
    if (rc) goto out;
    rc = entq_send(c, "GET", p.p, NULL, NULL, 0, &r);
    if (rc) goto out;
    /* GraphML and dot are not JSON: the body as is, for a file or a pipe */
    fwrite(r.body, 1, r.len, stdout);
    if (r.len && r.body[r.len - 1] != '\n') fputc('\n', stdout);
    hcli_reply_clear(&r);
out:
    ent_free(p.p);
    return rc;
}

static int cmd_stats(entq_ctx *c) {
    entq_buf p = {0};
    buf_add(&p, "/stats");
    int rc = entq_show(c, &p, out_stats);
    ent_free(p.p);
    return rc;
}

static int cmd_health(entq_ctx *c) {
    json_t *j = NULL;
    int rc = entq_call(c, "GET", "/healthz", NULL, NULL, 0, &j);
    if (rc) goto out;
    if (c->json) {
        entq_print_json(j);
    } else {
        const char *s = json_string_value(json_object_get(j, "status"));
        printf("%s: %s\n", c->server, s ? s : "ok");
    }
out:
    json_decref(j);
    return rc;
}

/* A write without a dedicated printer: "done" line, then the reply's fields. */
static void entq_done(const entq_ctx *c, const hcli_reply *r, const char *what) {
    json_t *j = json_loadb(r->body, r->len, 0, NULL);
    if (c->json) {
        entq_print_body(r->body, r->len);
    } else {
        printf("%s\n", what);
        if (json_object_size(j)) out_object(stdout, j);
    }
    json_decref(j);
}

static int cmd_reload(entq_ctx *c) {
    hcli_reply r;
    int rc = entq_send(c, "POST", "/admin/reload", NULL, NULL, 0, &r);
    if (rc) return rc;
    entq_done(c, &r, "reloaded gazetteer and relation lexicon");
    hcli_reply_clear(&r);
    return EXIT_OK;
}

static int cmd_put_entity(entq_ctx *c) {
    entq_buf p = {0};
    json_t *body = NULL, *aliases = NULL, *attrs = NULL;
    char *data = NULL, msg[512];
    hcli_reply r;
    const char *type = entq_opt(c, "type"), *name = entq_opt(c, "name");
    int rc;
    if (!type || !*type || !name || !*name) {
        rc = entq_usage_err(c, "--type and --name are required");
        goto out;
    }
    if (!(body = json_object()) || !(aliases = json_array()) || !(attrs = json_object()))
        goto oom;
    for (size_t i = 0; i < c->nopts; i++) {
        const entq_kv *o = &c->opts[i];
        if (o->nlen == 5 && !memcmp(o->name, "alias", 5)) {
            if (json_array_append_new(aliases, json_string(o->val))) goto oom;
        } else if (o->nlen == 4 && !memcmp(o->name, "attr", 4)) {
            const char *eq = strchr(o->val, '=');
            if (!eq || eq == o->val) {
                rc = entq_usage_err(c, "--attr: expected KEY=VALUE, got '%s'", o->val);
                goto out;
            }
            char *k = ent_strndup(o->val, (size_t)(eq - o->val));
            int bad = !k || json_object_set_new(attrs, k, json_string(eq + 1));
            ent_free(k);
            if (bad) goto oom;
        }
    }
    if (json_object_set_new(body, "type", json_string(type)) ||
        json_object_set_new(body, "name", json_string(name)) ||
        json_object_set(body, "aliases", aliases) ||
        json_object_set(body, "attributes", attrs))
        goto oom;
    if (!(data = json_dumps(body, JSON_COMPACT))) goto oom;
    buf_add(&p, "/entities/");
    buf_esc(&p, c->args[0]);
    rc = entq_path_ok(&p);
    if (rc) goto out;
    rc = entq_send(c, "PUT", p.p, "application/json", data, strlen(data), &r);
    if (rc) goto out;
    snprintf(msg, sizeof(msg), "saved entity %s", c->args[0]);
    entq_done(c, &r, msg);
    hcli_reply_clear(&r);
    goto out;
oom:
    fprintf(stderr, "entq: out of memory (or a value is not valid UTF-8)\n");
    rc = EXIT_USAGE;
out:
    ent_free(data);
    json_decref(body);
    json_decref(aliases);
    json_decref(attrs);
    ent_free(p.p);
    return rc;
}

static int cmd_help(entq_ctx *c) {
    if (c->nargs) {
        for (const entq_cmd *k = entq_cmds; k->name; k++)
            if (!strcmp(k->name, c->args[0])) {
                entq_cmd_usage(stdout, k);
                return EXIT_OK;
            }
        fprintf(stderr, "entq: unknown command '%s'\n", c->args[0]);
        entq_usage(stderr);
        return EXIT_USAGE;
    }
    entq_usage(stdout);
    return EXIT_OK;
}

static int cmd_version(entq_ctx *c) {
    (void)c;
    printf("entq %s\n", ENT_VERSION);
    return EXIT_OK;
}

#define PAGING "limit=,cursor=,all"
#define WINDOW "since=,until="
#define ARTICLE_META "id=,title=,url=,published=,source="

static const entq_cmd entq_cmds[] = {
    {"post", cmd_post, 0, 1, ARTICLE_META ",bulk=",
     "FILE|- [--id ID] [--title T] [--url U] [--published DATE] [--source S]\n"
     "       entq post --bulk FILE.ndjson",
     "ingest an article (or many, with --bulk)",
     "POST /articles. A FILE holding a JSON object is sent as the article\n"
     "({\"id\", \"url\", \"title\", \"text\", \"published\", \"source\"});\n"
     "any other file is its text. --id/--title/--url/--published/--source\n"
     "set those fields.\n"
     "Prints the article id, whether it was created, updated or unchanged, the\n"
     "entities found and the relations between them with their sentence.\n"
     "--bulk sends an NDJSON file (one article object a line) to POST\n"
     "/articles/_bulk, in batches of at most 4 MiB, and reports each failed line;\n"
     "exit 4 when any line failed."},
    {"tag", cmd_tag, 1, 1, ARTICLE_META ",list-only", "FILE|- [--list-only] [--title T] ...",
     "tag a text without storing it",
     "POST /tag: the same input as `post`; prints the entities and relations\n"
     "found. Nothing is stored. --list-only finds only the names the gazetteer\n"
     "lists (POST /tag?list=1): no discovered names, coreference or relations."},
    {"entity", cmd_entity, 1, 1, "", "REF", "show an entity",
     "GET /entities/REF. REF is an id (country:IR) or any name or alias, in any\n"
     "case. Shows type, origin, aliases, attributes, mention and article counts,\n"
     "first and last seen, top relations, and the other entities an ambiguous\n"
     "name could mean."},
    {"search", cmd_search, 1, 1, "type=," PAGING,
     "PREFIX [--type T] [--limit N] [--cursor C] [--all]", "find entities by name prefix",
     "GET /entities?q=PREFIX: names and aliases starting with PREFIX, most\n"
     "mentioned first. --type PERSON, COUNTRY, ORG, LOCATION, GROUP or EVENT\n"
     "(any type the gazetteer defines) narrows the search."},
    {"relations", cmd_relations, 1, 1, "label=,with=," WINDOW "," PAGING,
     "REF [--label L] [--with REF] [--since D] [--until D] [--limit N] [--cursor C] "
     "[--all]",
     "list an entity's relations",
     "GET /entities/REF/relations: the other entity, label, direction, count,\n"
     "articles, first and last seen, highest count first. --with narrows to one\n"
     "other entity; --since/--until to articles published in [since, until)."},
    {"pair", cmd_pair, 2, 2, "label=,evidence=," WINDOW,
     "A B [--label L] [--since D] [--until D] [--evidence N]",
     "every relation between two entities",
     "GET /relations?a=A&b=B: each label between A and B with its counts and up to\n"
     "N (default 3) evidence sentences."},
    {"why", cmd_why, 3, 3, "evidence=," WINDOW,
     "A B LABEL [--evidence N] [--since D] [--until D]",
     "the sentences behind one relation",
     "GET /relations?a=A&b=B&label=LABEL: the evidence sentences (article id and\n"
     "sentence) for LABEL between A and B. Exit 1 when there are none."},
    {"articles", cmd_articles, 0, 0, "entity=," WINDOW "," PAGING,
     "[--entity REF] [--since D] [--until D] [--limit N] [--cursor C] [--all]",
     "list articles, newest first",
     "GET /articles: published time, id, source and title."},
    {"article", cmd_article, 1, 1, "text", "ID [--text]", "show one article",
     "GET /articles/ID: metadata, entities and relations; --text adds the text."},
    {"delete", cmd_delete, 1, 1, "", "ID", "delete an article",
     "DELETE /articles/ID: withdraws its mentions and relations."},
    {"top", cmd_top, 0, 0, "label=,type=," WINDOW "," PAGING,
     "[--label L] [--type T] [--since D] [--until D] [--limit N]",
     "the most frequent relations",
     "GET /relations/top: the most frequent relations in a window."},
    {"graph", cmd_graph, 1, 1, "depth=,min-count=,label=,format=",
     "REF [--depth N] [--min-count N] [--label L] [--format json|graphml|dot]",
     "an entity's neighbourhood as a graph",
     "GET /graph: printed as is, for Gephi (graphml), Graphviz (dot) or scripts\n"
     "(json). Example: entq graph Iran --format dot | dot -Tsvg > iran.svg"},
    {"stats", cmd_stats, 0, 0, "", "", "store and gazetteer counts", "GET /stats."},
    {"health", cmd_health, 0, 0, "", "", "check that entd is up",
     "GET /healthz: exit 0 when the store is open and writable, 3 otherwise."},
    {"reload", cmd_reload, 0, 0, "", "", "reload the gazetteer and lexicon",
     "POST /admin/reload. A broken file keeps the old ones in force; entd names\n"
     "the file and line (exit 4)."},
    {"put-entity", cmd_put_entity, 1, 1, "type=,name=,alias=,attr=",
     "ID --type T --name N [--alias A]... [--attr KEY=VALUE]...",
     "add or replace an entity",
     "PUT /entities/ID: a run-time gazetteer entry, used for articles ingested\n"
     "afterwards. --alias and --attr may be repeated."},
    {"delete-entity", cmd_delete_entity, 1, 1, "", "ID", "remove a run-time entity",
     "DELETE /entities/ID."},
    {"help", cmd_help, 0, 1, "", "[COMMAND]", "show this help, or a command's", ""},
    {"version", cmd_version, 0, 0, "", "", "print entq's version", ""},
    {NULL, NULL, 0, 0, NULL, NULL, NULL, NULL},
};

static void entq_usage(FILE *f) {
    fprintf(f, "usage: entq [--server URL] [--json] [--token TOKEN] [--timeout S] "
               "COMMAND [ARGS]\n"
               "\ncommands:\n");
    for (const entq_cmd *k = entq_cmds; k->name; k++)
        fprintf(f, "  %-14s %s\n", k->name, k->summary);
    fprintf(
        f,
        "\noptions (before or after the command):\n"
        "  --server URL   entd's address (env ENTQ_SERVER, default %s)\n"
        "  --json         print entd's JSON reply instead of tables\n"
        "  --token TOKEN  bearer token for writes (env ENTQ_TOKEN)\n"
        "  --timeout S    seconds to wait for entd (env ENTQ_TIMEOUT, default %d)\n"
        "\nREF is an entity id (country:IR) or any of its names or aliases.\n"
        "Dates are ISO 8601: 2025-06-24 or 2025-06-24T08:00:00Z.\n"
        "Exit status: 0 ok, 1 not found, 2 usage error, 3 entd unreachable or failing,\n"
        "4 request refused by entd.\n"
        "entq COMMAND --help describes one command.\n",
        ENT_DEFAULT_SERVER, HCLI_DEFAULT_TIMEOUT);
}

static void entq_cmd_usage(FILE *f, const entq_cmd *k) {
    fprintf(f, "usage: entq %s %s\n\n%s.\n", k->name, k->synopsis, k->summary);
    if (k->help[0]) fprintf(f, "\n%s\n", k->help);
    if (strstr(k->opts, "cursor="))
        fprintf(f,
                "\nPaging: --limit N rows a page (default 20, at most 1000); --cursor C\n"
                "continues where the \"more: --cursor C\" hint left off; --all follows "
                "every\n"
                "page.\n");
}

/* ---- argument parsing ---------------------------------------------------------- */

/* Global options, valid before and after the command. */
#define GLOBAL_OPTS "server=,json,token=,timeout=,help,version"

/* Look name[0..n) up in a spec "a=,b": 0 unknown, 1 flag, 2 takes a value. */
static int entq_spec(const char *spec, const char *name, size_t n) {
    const char *p = spec;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        int val = l > 0 && p[l - 1] == '=';
        if (l - (size_t)val == n && !memcmp(p, name, n)) return val ? 2 : 1;
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

/* 1 if some command (or the global set) has option name[0..n) with a value. */
static int entq_any_value_opt(const char *name, size_t n) {
    if (entq_spec(GLOBAL_OPTS, name, n) == 2) return 1;
    for (const entq_cmd *k = entq_cmds; k->name; k++)
        if (entq_spec(k->opts, name, n) == 2) return 1;
    return 0;
}

/* Index of the command word in argv: the first argument that is not an option
 * or an option's value; argc when there is none. */
static int entq_find_cmd(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) return i + 1 < argc ? i + 1 : argc;
        if (a[0] != '-' || !a[1]) return i;
        if (a[1] != '-') continue;
        const char *eq = strchr(a, '=');
        size_t n = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
        if (!eq && entq_any_value_opt(a + 2, n)) i++; /* skip its value */
    }
    return argc;
}

/* Parse every argument but the command word into c. Returns 0 or EXIT_USAGE;
 * sets *help when --help or -h appears. */
static int entq_parse_args(entq_ctx *c, int argc, char **argv, int cmdi, int *help) {
    const char *spec = c->cmd ? c->cmd->opts : "";
    int rest = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (i == cmdi) continue;
        if (rest || a[0] != '-' || !a[1]) {
            c->args[c->nargs++] = a;
            continue;
        }
        if (!strcmp(a, "--")) {
            rest = 1;
            continue;
        }
        if (!strcmp(a, "-h")) {
            *help = 1;
            continue;
        }
        if (a[1] != '-') return entq_usage_err(c, "unknown option %s", a);
        const char *name = a + 2, *eq = strchr(name, '='), *val = NULL;
        size_t n = eq ? (size_t)(eq - name) : strlen(name);
        int kind = entq_spec(GLOBAL_OPTS, name, n);
        if (!kind) kind = entq_spec(spec, name, n);
        if (!kind) return entq_usage_err(c, "unknown option --%.*s", (int)n, name);
        if (kind == 2) {
            if (eq)
                val = eq + 1;
            else if (i + 1 < argc && i + 1 != cmdi)
                val = argv[++i];
            else
                return entq_usage_err(c, "--%.*s needs a value", (int)n, name);
        } else if (eq) {
            return entq_usage_err(c, "--%.*s takes no value", (int)n, name);
        }
        if (n == 4 && !memcmp(name, "help", 4)) {
            *help = 1;
            continue;
        }
        c->opts[c->nopts].name = name;
        c->opts[c->nopts].nlen = n;
        c->opts[c->nopts].val = val;
        c->nopts++;
    }
    return 0;
}

int main(int argc, char **argv) {
    entq_ctx c;
    int help = 0, rc;
    memset(&c, 0, sizeof(c));
    ent_mem_install_json();
    c.args = ent_calloc((size_t)argc + 1, sizeof(*c.args));
    c.opts = ent_calloc((size_t)argc + 1, sizeof(*c.opts));
    if (!c.args || !c.opts) {
        fprintf(stderr, "entq: out of memory\n");
        rc = EXIT_USAGE;
        goto out;
    }
    int cmdi = entq_find_cmd(argc, argv);
    if (cmdi < argc) {
        for (const entq_cmd *k = entq_cmds; k->name; k++)
            if (!strcmp(k->name, argv[cmdi])) c.cmd = k;
        if (!c.cmd) {
            fprintf(stderr, "entq: unknown command '%s'\n\n", argv[cmdi]);
            entq_usage(stderr);
            rc = EXIT_USAGE;
            goto out;
        }
    }
    rc = entq_parse_args(&c, argc, argv, cmdi, &help);
    if (rc) goto out;
    if (entq_flag(&c, "version")) {
        rc = cmd_version(&c);
        goto out;
    }
    if (!c.cmd) {
        if (help) {
            entq_usage(stdout);
            rc = EXIT_OK;
        } else {
            fprintf(stderr, "entq: no command given\n\n");
            entq_usage(stderr);
            rc = EXIT_USAGE;
        }
        goto out;
    }
    if (help) {
        entq_cmd_usage(stdout, c.cmd);
        rc = EXIT_OK;
        goto out;
    }
    if ((int)c.nargs < c.cmd->minargs || (int)c.nargs > c.cmd->maxargs) {
        rc = entq_usage_err(&c, (int)c.nargs < c.cmd->minargs ? "missing arguments"
                                                              : "too many arguments");
        goto out;
    }
    rc = entq_check_opts(&c);
    if (rc) goto out;

    c.server = entq_opt(&c, "server");
    if (!c.server) c.server = getenv("ENTQ_SERVER");
    if (!c.server || !*c.server) c.server = ENT_DEFAULT_SERVER;
    c.token = entq_opt(&c, "token");
    if (!c.token) c.token = getenv("ENTQ_TOKEN");
    if (c.token && !*c.token) c.token = NULL;
    c.json = entq_flag(&c, "json");
    const char *to = entq_opt(&c, "timeout");
    if (!to) to = getenv("ENTQ_TIMEOUT");
    if (to) {
        char *end;
        long t = strtol(to, &end, 10);
        if (!*to || *end || t <= 0 || t > 86400) {
            rc = entq_usage_err(&c, "--timeout: expected seconds (1..86400), got '%s'",
                                to);
            goto out;
        }
        c.timeout = (int)t;
    }
    hcli_server srv;
    char err[256];
    if (c.cmd->run != cmd_help && c.cmd->run != cmd_version &&
        hcli_parse_server(c.server, &srv, err, sizeof(err))) {
        fprintf(stderr, "entq: bad server URL: %s\n", err);
        rc = EXIT_USAGE;
        goto out;
    }
    rc = c.cmd->run(&c);
    if (fflush(stdout) || ferror(stdout)) {
        fprintf(stderr, "entq: cannot write the output: %s\n", strerror(errno));
        if (!rc) rc = EXIT_USAGE;
    }
out:
    ent_free(c.args);
    ent_free(c.opts);
    return rc;
}
