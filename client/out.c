/* out.c - entq's human-readable output: aligned tables and short reports.
 *
 * The printers read entd's replies defensively: a missing field prints "-",
 * an unknown one is ignored, and nothing here can fail except for memory (a
 * table that cannot grow says so instead of printing a partial table). */
#include "out.h"
#include "ent.h"
#include "err.h"
#include "mem.h"
#include "when.h"
#include "wire.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#define ELLIPSIS "\xe2\x80\xa6" /* U+2026, one column */

/* ---- text helpers --------------------------------------------------------- */

/* Decode one code point at s[0..n); invalid bytes decode as U+FFFD over 1 byte. */
static size_t out_next_cp(const char *s, size_t n, int32_t *cp) {
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, cp);
    if (k <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    return (size_t)k;
}

/* Characters that must not reach the terminal as such: C0 and C1 controls,
 * DEL and the Unicode line and paragraph separators. */
static int out_is_control(int32_t cp) {
    return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 ||
           cp == 0x2029;
}

static int out_cp_width(int32_t cp) {
    int w = utf8proc_charwidth(cp);
    return w < 0 ? 0 : w;
}

size_t out_width(const char *s, size_t n) {
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = out_next_cp(s + i, n - i, &cp);
        w += (size_t)out_cp_width(cp); /* U+FFFD for a bad byte: 1 column, as "?" */
        i += k;
    }
    return w;
}

char *out_fit(const char *s, size_t n, size_t maxw, char *buf, size_t cap) {
    size_t o = 0, w = 0, cut = 0;
    int pending = 0, cut_short = 0;
    if (cap == 0) return buf;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        const char *src = s + i;
        size_t k = out_next_cp(src, n - i, &cp);
        size_t bytes = k;
        i += k;
        if (cp == 0xFFFD && k == 1 && (unsigned char)*src >= 0x80) {
            src = "?"; /* an invalid byte: show a placeholder, never the byte */
            bytes = 1;
        }
        if (out_is_control(cp) || cp == ' ') {
            pending = o > 0; /* collapse runs and drop leading space */
            continue;
        }
        size_t cw = (size_t)out_cp_width(cp);
        size_t nw = w + (size_t)pending + cw, nb = o + (size_t)pending + bytes;
        if ((maxw && nw > maxw) || nb + 1 > cap) {
            cut_short = 1;
            break;
        }
        if (pending) buf[o++] = ' ';
        memcpy(buf + o, src, bytes);
        o = nb;
        w = nw;
        pending = 0;
        /* the last place where an ellipsis still fits after the text */
        if ((!maxw || w + 1 <= maxw) && o + sizeof(ELLIPSIS) <= cap) cut = o;
    }
    if (cut_short) {
        o = cut;
        if (o + sizeof(ELLIPSIS) <= cap) {
            memcpy(buf + o, ELLIPSIS, sizeof(ELLIPSIS) - 1);
            o += sizeof(ELLIPSIS) - 1;
        }
    }
    buf[o] = '\0';
    return buf;
}

const char *out_scalar(const json_t *v, char *buf, size_t cap) {
    if (json_is_string(v))
        snprintf(buf, cap, "%s", json_string_value(v));
    else if (json_is_integer(v))
        snprintf(buf, cap, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    else if (json_is_real(v))
        snprintf(buf, cap, "%g", json_real_value(v));
    else if (json_is_boolean(v))
        snprintf(buf, cap, "%s", json_is_true(v) ? "true" : "false");
    else if (v && !json_is_null(v)) {
        char *d = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
        snprintf(buf, cap, "%s", d ? d : "?");
        ent_free(d); /* jansson allocates through ent_malloc (mem.h) */
    } else
        snprintf(buf, cap, "-");
    return buf;
}

const char *out_time(const json_t *v, int date_only, char *buf, size_t cap) {
    if (json_is_integer(v)) {
        char t[40];
        when_format((int64_t)json_integer_value(v), t, sizeof(t));
        snprintf(buf, cap, "%.*s", date_only ? 10 : (int)sizeof(t), t);
    } else if (json_is_string(v)) {
        const char *s = json_string_value(v);
        int iso = strlen(s) >= 10 && s[4] == '-' && s[7] == '-';
        snprintf(buf, cap, "%.*s", date_only && iso ? 10 : (int)cap, s);
    } else {
        snprintf(buf, cap, "-");
    }
    return buf;
}

const char *out_error_text(const char *body, size_t len, char *buf, size_t cap) {
    json_t *j = len ? json_loadb(body, len, 0, NULL) : NULL;
    json_t *e = json_object_get(j, "error");
    const char *type = json_string_value(json_object_get(e, "type"));
    const char *msg = json_string_value(json_object_get(e, "message"));
    if (type && msg)
        snprintf(buf, cap, "%s: %s", type, msg);
    else if (msg || type)
        snprintf(buf, cap, "%s", msg ? msg : type);
    else if (json_is_string(e))
        snprintf(buf, cap, "%s", json_string_value(e));
    else {
        /* not our error shape (a proxy's HTML page?): its first line */
        size_t n = 0;
        while (n < len && body[n] != '\n')
            n++;
        out_fit(body, n, 200, buf, cap);
    }
    json_decref(j);
    return buf;
}

/* ---- tables ---------------------------------------------------------------- */

void out_table_init(out_table *t, size_t ncols, const char *const *heads,
                    const char *align, const int *maxw) {
    memset(t, 0, sizeof(*t));
    t->ncols = ncols;
    t->heads = heads;
    t->align = align;
    t->maxw = maxw;
}

int out_table_add(out_table *t, const char *const *cells) {
    int rc = ENT_ENOMEM;
    size_t need = (t->nrows + 1) * t->ncols, cap = t->caprows * t->ncols;
    char buf[4096];
    if (t->oom) goto out;
    if (ent_grow(&t->cells, &cap, need, sizeof(char *))) goto fail;
    t->caprows = cap / t->ncols;
    for (size_t c = 0; c < t->ncols; c++) {
        const char *s = cells[c] ? cells[c] : "-";
        size_t mw = t->maxw ? (size_t)t->maxw[c] : 0;
        out_fit(s, strlen(s), mw, buf, sizeof(buf));
        char *d = ent_strdup(buf[0] ? buf : "-");
        if (!d) {
            for (size_t k = 0; k < c; k++)
                ent_free(t->cells[t->nrows * t->ncols + k]);
            goto fail;
        }
        t->cells[t->nrows * t->ncols + c] = d;
    }
    t->nrows++;
    rc = 0;
    goto out;
fail:
    t->oom = 1;
out:
    return rc;
}

static void out_pad(FILE *f, size_t n) {
    while (n--)
        fputc(' ', f);
}

void out_table_print(const out_table *t, FILE *f, const char *indent) {
    size_t widths[32] = {0};
    size_t nc = t->ncols < 32 ? t->ncols : 32;
    if (t->oom) {
        fprintf(f, "%s(out of memory: table not shown)\n", indent);
        return;
    }
    for (size_t c = 0; c < nc; c++)
        widths[c] = out_width(t->heads[c], strlen(t->heads[c]));
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 0; c < nc; c++) {
            const char *s = t->cells[r * t->ncols + c];
            size_t w = out_width(s, strlen(s));
            if (w > widths[c]) widths[c] = w;
        }
    for (size_t r = 0; r <= t->nrows; r++) {
        fputs(indent, f);
        for (size_t c = 0; c < nc; c++) {
            const char *s = r == 0 ? t->heads[c] : t->cells[(r - 1) * t->ncols + c];
            size_t w = out_width(s, strlen(s));
            int right = t->align && t->align[c] == 'r';
            int last = c + 1 == nc;
            if (right) out_pad(f, widths[c] - w);
            fputs(s, f);
            if (!right && !last) out_pad(f, widths[c] - w);
            if (!last) fputs("  ", f);
        }
        fputc('\n', f);
    }
}

void out_table_free(out_table *t) {
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        ent_free(t->cells[i]);
    ent_free(t->cells);
    t->cells = NULL;
    t->nrows = t->caprows = 0;
}

/* ---- small accessors -------------------------------------------------------- */

static const char *out_str(const json_t *o, const char *key) {
    return json_string_value(json_object_get(o, key));
}

/* A string field cut to fit for a one-line report, or "-". */
static const char *out_field(const json_t *o, const char *key, char *buf, size_t cap) {
    const json_t *v = json_object_get(o, key);
    char tmp[1024];
    out_scalar(v, tmp, sizeof(tmp));
    return out_fit(tmp, strlen(tmp), 0, buf, cap);
}

/* Name of an entity object for a table: name, else id, else "-". */
static const char *out_ent_name(const json_t *e) {
    const char *s = out_str(e, "name");
    if (!s) s = out_str(e, "id");
    if (!s && json_is_string(e)) s = json_string_value(e);
    return s ? s : "-";
}

/* "Name (id)" into buf, or just the name when the id is absent or the same. */
static const char *out_ent_label(const json_t *e, char *buf, size_t cap) {
    const char *name = out_ent_name(e), *id = out_str(e, "id");
    char tmp[1024];
    if (id && strcmp(id, name))
        snprintf(tmp, sizeof(tmp), "%s (%s)", name, id);
    else
        snprintf(tmp, sizeof(tmp), "%s", name);
    return out_fit(tmp, strlen(tmp), 0, buf, cap);
}

/* A relation's display string: "display" from the server, else built like
 * wire_display from a/b (or self/other and direction), plus the affiliation role. */
static const char *out_rel_display(const json_t *rel, const json_t *self, char *buf,
                                   size_t cap) {
    const char *d = out_str(rel, "display"), *label = out_str(rel, "label");
    const char *role = out_str(rel, "role");
    char tmp[1024];
    if (!label) label = "-";
    if (d) {
        snprintf(tmp, sizeof(tmp), "%s", d);
    } else {
        const json_t *a = json_object_get(rel, "a"), *b = json_object_get(rel, "b");
        const char *dir = out_str(rel, "direction");
        int directed = json_is_true(json_object_get(rel, "directed"));
        if (!a && !b && self) { /* a neighbour row: self and other */
            a = self;
            b = json_object_get(rel, "other");
            if (dir && !strcmp(dir, "in")) {
                const json_t *x = a;
                a = b;
                b = x;
            }
            if (dir && !strcmp(dir, "both")) directed = 0;
        }
        wire_display(tmp, sizeof(tmp), out_ent_name(a), out_ent_name(b), label, directed);
    }
    if (role) {
        size_t n = strlen(tmp);
        snprintf(tmp + n, sizeof(tmp) - n, " (%s)", role);
    }
    return out_fit(tmp, strlen(tmp), 0, buf, cap);
}

static const char *out_count(const json_t *o, const char *key, char *buf, size_t cap) {
    return out_scalar(json_object_get(o, key), buf, cap);
}

/* "12 mentions in 8 articles, 2025-06-01 .. 2025-06-24" for a relation. */
static void out_rel_summary(FILE *f, const json_t *rel) {
    char c[32], a[32], t1[40], t2[40];
    out_count(rel, "count", c, sizeof(c));
    out_count(rel, "articles", a, sizeof(a));
    out_time(json_object_get(rel, "first_seen"), 1, t1, sizeof(t1));
    out_time(json_object_get(rel, "last_seen"), 1, t2, sizeof(t2));
    int one_c = !strcmp(c, "1"), one_a = !strcmp(a, "1");
    fprintf(f, "%s %s in %s %s, %s .. %s", c, one_c ? "mention" : "mentions", a,
            one_a ? "article" : "articles", t1, t2);
}

/* ---- replies ------------------------------------------------------------------ */

void out_next_cursor(FILE *f, const json_t *reply) {
    const char *c = out_str(reply, "next_cursor");
    char buf[600];
    if (c && *c)
        fprintf(f, "more: --cursor %s\n", out_fit(c, strlen(c), 0, buf, sizeof(buf)));
}

/* Distinct "via" values of an entity's mentions, in order of first use. */
static void out_vias(const json_t *ent, char *buf, size_t cap) {
    const json_t *ms = json_object_get(ent, "mentions");
    const char *seen[16];
    size_t nseen = 0, o = 0, i;
    const json_t *m;
    buf[0] = '\0';
    json_array_foreach(ms, i, m) {
        const char *v = out_str(m, "via");
        size_t k;
        if (!v) continue;
        for (k = 0; k < nseen && strcmp(seen[k], v); k++) {
        }
        if (k < nseen || nseen == ENT_ARRAY_LEN(seen)) continue;
        seen[nseen++] = v;
        int n = snprintf(buf + o, cap - o, "%s%s", o ? ", " : "", v);
        if (n < 0 || (size_t)n >= cap - o) break;
        o += (size_t)n;
    }
    if (!o) snprintf(buf, cap, "-");
}

/* The sentence of a relation: its "text" if the server sent one, else cut from
 * the article text by offsets, else the offsets. */
static void out_sentence(FILE *f, const json_t *rel, const char *text, size_t len,
                         const char *indent) {
    const json_t *s = json_object_get(rel, "sentence");
    const char *st = json_is_string(s) ? json_string_value(s) : out_str(s, "text");
    char buf[OUT_EXCERPT_WIDTH * 4 + 8];
    if (st) {
        fprintf(f, "%s%s\n", indent,
                out_fit(st, strlen(st), OUT_EXCERPT_WIDTH, buf, sizeof(buf)));
        return;
    }
    const json_t *js = json_object_get(s, "start"), *je = json_object_get(s, "end");
    if (!json_is_integer(js) || !json_is_integer(je)) return;
    json_int_t a = json_integer_value(js), b = json_integer_value(je);
    if (text && a >= 0 && a <= b && (size_t)b <= len)
        fprintf(f, "%s%s\n", indent,
                out_fit(text + a, (size_t)(b - a), OUT_EXCERPT_WIDTH, buf, sizeof(buf)));
    else
        fprintf(f, "%s(bytes %" JSON_INTEGER_FORMAT "-%" JSON_INTEGER_FORMAT ")\n",
                indent, a, b);
}

void out_tag_result(FILE *f, const json_t *res, const char *text, size_t len) {
    static const char *const heads[] = {"NAME", "TYPE", "MENTIONS", "MATCHED BY", "ID"};
    static const int maxw[] = {OUT_NAME_WIDTH, 0, 0, 0, OUT_NAME_WIDTH};
    const json_t *ents = json_object_get(res, "entities"),
                 *rels = json_object_get(res, "relations");
    const json_t *e, *r;
    size_t i, ncomention = 0, nshown = 0;
    out_table t;
    out_table_init(&t, 5, heads, "llrll", maxw);
    json_array_foreach(ents, i, e) {
        char cnt[32], via[200];
        const json_t *cv = json_object_get(e, "count");
        if (!cv) { /* no count: the number of mentions listed */
            snprintf(cnt, sizeof(cnt), "%zu",
                     json_array_size(json_object_get(e, "mentions")));
        } else {
            out_scalar(cv, cnt, sizeof(cnt));
        }
        out_vias(e, via, sizeof(via));
        const char *row[] = {out_ent_name(e), out_str(e, "type"), cnt, via,
                             out_str(e, "id")};
        out_table_add(&t, row);
    }
    if (t.nrows)
        out_table_print(&t, f, "");
    else
        fprintf(f, "no entities found\n");
    out_table_free(&t);

    json_array_foreach(rels, i, r) {
        const char *label = out_str(r, "label");
        if (label && !strcmp(label, "co-mention")) {
            ncomention++;
            continue;
        }
        char disp[1024];
        if (!nshown) fprintf(f, "\nRELATIONS\n");
        nshown++;
        fprintf(f, "  %s\n", out_rel_display(r, NULL, disp, sizeof(disp)));
        out_sentence(f, r, text, len, "      ");
    }
    if (!nshown && json_array_size(ents) > 1) fprintf(f, "\nno relations found\n");
    if (ncomention)
        fprintf(f, "(%zu co-mention%s not shown)\n", ncomention,
                ncomention == 1 ? "" : "s");
}

void out_post(FILE *f, const json_t *reply, const char *text, size_t len) {
    char id[600], st[64];
    fprintf(f, "id      %s\n", out_field(reply, "id", id, sizeof(id)));
    fprintf(f, "status  %s\n\n", out_field(reply, "status", st, sizeof(st)));
    out_tag_result(f, reply, text, len);
}

/* Message of a bulk item's error: an error object, {"error": {...}}, or a string. */
static void out_item_error(const json_t *item, char *buf, size_t cap) {
    const json_t *e = json_object_get(item, "error");
    if (json_is_object(json_object_get(e, "error"))) e = json_object_get(e, "error");
    const char *type = out_str(e, "type"), *msg = out_str(e, "message");
    char tmp[1024];
    if (json_is_string(e))
        snprintf(tmp, sizeof(tmp), "%s", json_string_value(e));
    else if (type && msg)
        snprintf(tmp, sizeof(tmp), "%s: %s", type, msg);
    else if (type || msg)
        snprintf(tmp, sizeof(tmp), "%s", msg ? msg : type);
    else
        snprintf(tmp, sizeof(tmp), "failed");
    out_fit(tmp, strlen(tmp), 0, buf, cap);
}

size_t out_bulk(FILE *f, const json_t *reply) {
    const json_t *items = json_object_get(reply, "items"), *it;
    size_t i, ok = 0, failed = 0, created = 0, updated = 0, unchanged = 0;
    json_array_foreach(items, i, it) {
        json_int_t st = json_integer_value(json_object_get(it, "status"));
        const char *res = out_str(it, "result");
        if (st >= 200 && st < 300 && !json_object_get(it, "error")) {
            ok++;
            if (res && !strcmp(res, "created"))
                created++;
            else if (res && !strcmp(res, "updated"))
                updated++;
            else if (res && !strcmp(res, "unchanged"))
                unchanged++;
        } else {
            failed++;
        }
    }
    fprintf(f, "%zu ok (%zu created, %zu updated, %zu unchanged), %zu failed", ok,
            created, updated, unchanged, failed);
    if (json_is_integer(json_object_get(reply, "took_ms")))
        fprintf(f, " in %" JSON_INTEGER_FORMAT " ms",
                json_integer_value(json_object_get(reply, "took_ms")));
    fputc('\n', f);
    if (!failed) return 0;
    fprintf(f, "\nFAILED\n");
    json_array_foreach(items, i, it) {
        json_int_t st = json_integer_value(json_object_get(it, "status"));
        if (st >= 200 && st < 300 && !json_object_get(it, "error")) continue;
        char msg[1200], where[64], id[200];
        const json_t *line = json_object_get(it, "line");
        if (json_is_integer(line))
            snprintf(where, sizeof(where), "line %" JSON_INTEGER_FORMAT,
                     json_integer_value(line));
        else
            snprintf(where, sizeof(where), "item %zu", i + 1);
        out_item_error(it, msg, sizeof(msg));
        const char *rid = out_str(it, "id");
        fprintf(f, "  %s: %" JSON_INTEGER_FORMAT " %s%s%s%s\n", where, st, msg,
                rid ? " (id " : "",
                rid ? out_fit(rid, strlen(rid), OUT_NAME_WIDTH, id, sizeof(id)) : "",
                rid ? ")" : "");
    }
    return failed;
}

/* The relation table shared by `relations` and the entity card's top relations. */
static void out_rel_table(FILE *f, const json_t *rels, const json_t *self,
                          const char *indent) {
    static const char *const heads[] = {"OTHER",    "LABEL", "DIR",  "COUNT",
                                        "ARTICLES", "FIRST", "LAST", "RELATION"};
    static const int maxw[] = {OUT_NAME_WIDTH, 0, 0, 0, 0, 0, 0, OUT_NAME_WIDTH * 2};
    const json_t *r;
    size_t i;
    out_table t;
    out_table_init(&t, 8, heads, "lllrrlll", maxw);
    json_array_foreach(rels, i, r) {
        char c[32], a[32], t1[40], t2[40], disp[1024];
        const json_t *other = json_object_get(r, "other");
        const char *dir = out_str(r, "direction");
        if (!dir) dir = json_is_true(json_object_get(r, "directed")) ? "out" : "both";
        const char *row[] = {
            other ? out_ent_name(other) : NULL,
            out_str(r, "label"),
            dir,
            out_count(r, "count", c, sizeof(c)),
            out_count(r, "articles", a, sizeof(a)),
            out_time(json_object_get(r, "first_seen"), 1, t1, sizeof(t1)),
            out_time(json_object_get(r, "last_seen"), 1, t2, sizeof(t2)),
            out_rel_display(r, self, disp, sizeof(disp))};
        out_table_add(&t, row);
    }
    out_table_print(&t, f, indent);
    out_table_free(&t);
}

/* Join a JSON array of strings (or names) with ", ". */
static void out_join(const json_t *arr, char *buf, size_t cap) {
    size_t o = 0, i;
    const json_t *v;
    buf[0] = '\0';
    json_array_foreach(arr, i, v) {
        char tmp[512];
        const char *s = json_is_string(v) ? json_string_value(v) : out_ent_name(v);
        out_fit(s, strlen(s), 0, tmp, sizeof(tmp));
        int n = snprintf(buf + o, cap - o, "%s%s", o ? ", " : "", tmp);
        if (n < 0 || (size_t)n >= cap - o) break;
        o += (size_t)n;
    }
    if (!o) snprintf(buf, cap, "-");
}

void out_entity(FILE *f, const json_t *e) {
    char buf[4096], m[32], a[32], t[40];
    const json_t *attrs = json_object_get(e, "attributes"),
                 *alts = json_object_get(e, "alternatives");
    const json_t *top = json_object_get(e, "top_relations");
    fprintf(f, "%s\n", out_ent_label(e, buf, sizeof(buf)));
    fprintf(f, "  type        %s\n", out_field(e, "type", buf, sizeof(buf)));
    fprintf(f, "  origin      %s\n", out_field(e, "origin", buf, sizeof(buf)));
    out_join(json_object_get(e, "aliases"), buf, sizeof(buf));
    fprintf(f, "  aliases     %s\n", buf);
    if (json_object_size(attrs)) {
        const char *k;
        const json_t *v;
        int first = 1;
        json_object_foreach((json_t *)attrs, k, v) {
            char val[1024], kk[256];
            out_scalar(v, buf, sizeof(buf));
            fprintf(f, "%s%s=%s", first ? "  attributes  " : ", ",
                    out_fit(k, strlen(k), 0, kk, sizeof(kk)),
                    out_fit(buf, strlen(buf), 0, val, sizeof(val)));
            first = 0;
        }
        fputc('\n', f);
    } else {
        fprintf(f, "  attributes  -\n");
    }
    fprintf(f, "  mentions    %s in %s articles\n",
            out_count(e, "mentions", m, sizeof(m)),
            out_count(e, "articles", a, sizeof(a)));
    fprintf(f, "  first seen  %s\n",
            out_time(json_object_get(e, "first_seen"), 0, t, sizeof(t)));
    fprintf(f, "  last seen   %s\n",
            out_time(json_object_get(e, "last_seen"), 0, t, sizeof(t)));
    if (json_array_size(alts)) {
        const json_t *x;
        size_t i;
        fprintf(f, "\nALSO MATCHES (use the id to pick one)\n");
        json_array_foreach(alts, i, x) {
            char tp[64], mn[32];
            if (json_is_string(x))
                fprintf(f, "  %s\n",
                        out_fit(json_string_value(x), json_string_length(x), 0, buf,
                                sizeof(buf)));
            else if (json_object_get(x, "mentions"))
                fprintf(f, "  %s  %s  %s mentions\n", out_ent_label(x, buf, sizeof(buf)),
                        out_field(x, "type", tp, sizeof(tp)),
                        out_count(x, "mentions", mn, sizeof(mn)));
            else
                fprintf(f, "  %s  %s\n", out_ent_label(x, buf, sizeof(buf)),
                        out_field(x, "type", tp, sizeof(tp)));
        }
    }
    if (json_array_size(top)) {
        fprintf(f, "\nTOP RELATIONS\n");
        out_rel_table(f, top, e, "  ");
    }
}

void out_entities(FILE *f, const json_t *reply) {
    static const char *const heads[] = {"NAME", "TYPE", "MENTIONS", "ARTICLES", "ID"};
    static const int maxw[] = {OUT_NAME_WIDTH, 0, 0, 0, OUT_NAME_WIDTH};
    const json_t *ents = json_object_get(reply, "entities"), *e;
    size_t i;
    out_table t;
    out_table_init(&t, 5, heads, "llrrl", maxw);
    json_array_foreach(ents, i, e) {
        char m[32], a[32];
        const char *row[] = {out_ent_name(e), out_str(e, "type"),
                             out_count(e, "mentions", m, sizeof(m)),
                             out_count(e, "articles", a, sizeof(a)), out_str(e, "id")};
        out_table_add(&t, row);
    }
    if (t.nrows)
        out_table_print(&t, f, "");
    else
        fprintf(f, "no entities match\n");
    out_table_free(&t);
    out_next_cursor(f, reply);
}

void out_relations(FILE *f, const json_t *reply) {
    const json_t *self = json_object_get(reply, "entity"),
                 *rels = json_object_get(reply, "relations");
    char buf[1024];
    if (self) fprintf(f, "Relations of %s\n\n", out_ent_label(self, buf, sizeof(buf)));
    if (json_array_size(rels))
        out_rel_table(f, rels, self, "");
    else
        fprintf(f, "no relations found\n");
    out_next_cursor(f, reply);
}

/* Evidence lines "[article] sentence" of one relation; returns how many. */
static size_t out_evidence(FILE *f, const json_t *rel, const char *indent) {
    const json_t *ev = json_object_get(rel, "evidence"), *x;
    size_t i, n = 0;
    json_array_foreach(ev, i, x) {
        char art[200], txt[OUT_EVIDENCE_WIDTH * 4 + 8], tmp[1024];
        const char *t = json_is_string(x) ? json_string_value(x) : out_str(x, "text");
        const json_t *a = json_object_get(x, "article");
        if (json_is_object(a)) a = json_object_get(a, "id");
        out_scalar(a, tmp, sizeof(tmp));
        out_fit(tmp, strlen(tmp), OUT_NAME_WIDTH, art, sizeof(art));
        out_fit(t ? t : "", t ? strlen(t) : 0, OUT_EVIDENCE_WIDTH, txt, sizeof(txt));
        const json_t *tm = json_object_get(x, "time");
        if (tm && !json_is_null(tm)) {
            char day[40];
            fprintf(f, "%s[%s %s] %s\n", indent, art, out_time(tm, 1, day, sizeof(day)),
                    txt);
        } else {
            fprintf(f, "%s[%s] %s\n", indent, art, txt);
        }
        n++;
    }
    return n;
}

void out_pair(FILE *f, const json_t *reply) {
    const json_t *rels = json_object_get(reply, "relations"), *r;
    char a[1024], b[1024], disp[1024];
    size_t i;
    fprintf(f, "%s  and  %s\n", out_ent_label(json_object_get(reply, "a"), a, sizeof(a)),
            out_ent_label(json_object_get(reply, "b"), b, sizeof(b)));
    if (!json_array_size(rels)) {
        fprintf(f, "\nno relations found\n");
        return;
    }
    json_array_foreach(rels, i, r) {
        fprintf(f, "\n%s\n  ", out_rel_display(r, NULL, disp, sizeof(disp)));
        out_rel_summary(f, r);
        fputc('\n', f);
        out_evidence(f, r, "  ");
    }
}

size_t out_why(FILE *f, const json_t *reply, const char *label) {
    const json_t *rels = json_object_get(reply, "relations"), *r;
    size_t i, n = 0;
    json_array_foreach(rels, i, r) {
        const char *l = out_str(r, "label");
        char disp[1024];
        if (!l || strcasecmp(l, label)) continue;
        if (!json_array_size(json_object_get(r, "evidence"))) continue;
        if (!f) { /* only counting */
            n += json_array_size(json_object_get(r, "evidence"));
            continue;
        }
        fprintf(f, "%s  (", out_rel_display(r, NULL, disp, sizeof(disp)));
        out_rel_summary(f, r);
        fprintf(f, ")\n");
        n += out_evidence(f, r, "  ");
    }
    return n;
}

/* The article's time for lists: published, else when it was ingested. */
static const json_t *out_article_time(const json_t *a) {
    static const char *const keys[] = {"published", "ingested", "ingested_at"};
    for (size_t k = 0; k < ENT_ARRAY_LEN(keys); k++) {
        const json_t *v = json_object_get(a, keys[k]);
        if (v && !json_is_null(v)) return v;
    }
    return NULL;
}

void out_articles(FILE *f, const json_t *reply) {
    static const char *const heads[] = {"PUBLISHED", "ID", "SOURCE", "MENTIONS", "TITLE"};
    static const int maxw[] = {0, OUT_NAME_WIDTH, 24, 0, OUT_NAME_WIDTH * 2};
    const json_t *arts = json_object_get(reply, "articles"), *a;
    const json_t *ent = json_object_get(reply, "entity");
    size_t i;
    out_table t;
    if (ent) {
        char buf[1024];
        fprintf(f, "Articles mentioning %s\n\n", out_ent_label(ent, buf, sizeof(buf)));
    }
    out_table_init(&t, 5, heads, "lllrl", maxw);
    json_array_foreach(arts, i, a) {
        char tm[40], mn[32];
        const char *title = out_str(a, "title");
        if (!title) title = out_str(a, "url");
        const char *row[] = {out_time(out_article_time(a), 1, tm, sizeof(tm)),
                             out_str(a, "id"), out_str(a, "source"),
                             out_count(a, "mentions", mn, sizeof(mn)), title};
        out_table_add(&t, row);
    }
    if (t.nrows)
        out_table_print(&t, f, "");
    else
        fprintf(f, "no articles found\n");
    out_table_free(&t);
    out_next_cursor(f, reply);
}

void out_article(FILE *f, const json_t *reply, int with_text) {
    static const char *const keys[] = {"id", "title", "url", "source"};
    const json_t *tx = json_object_get(reply, "text");
    const char *text = json_string_value(tx);
    size_t len = json_string_length(tx);
    char buf[2048];
    for (size_t k = 0; k < ENT_ARRAY_LEN(keys); k++)
        fprintf(f, "%-11s%s\n", keys[k], out_field(reply, keys[k], buf, sizeof(buf)));
    fprintf(f, "%-11s%s\n", "published",
            out_time(json_object_get(reply, "published"), 0, buf, sizeof(buf)));
    const json_t *ing = json_object_get(reply, "ingested");
    if (!ing) ing = json_object_get(reply, "ingested_at");
    if (ing) fprintf(f, "%-11s%s\n", "ingested", out_time(ing, 0, buf, sizeof(buf)));
    fputc('\n', f);
    out_tag_result(f, reply, text, len);
    if (with_text && text) {
        /* the user asked for the text: as stored, unfiltered */
        fprintf(f, "\nTEXT\n");
        fwrite(text, 1, len, f);
        if (len && text[len - 1] != '\n') fputc('\n', f);
    }
}

void out_top(FILE *f, const json_t *reply) {
    static const char *const heads[] = {"#", "COUNT", "ARTICLES", "RELATION", "LAST"};
    static const int maxw[] = {0, 0, 0, OUT_NAME_WIDTH * 2, 0};
    const json_t *rels = json_object_get(reply, "relations"), *r;
    size_t i;
    out_table t;
    out_table_init(&t, 5, heads, "rrrll", maxw);
    json_array_foreach(rels, i, r) {
        char rank[24], c[32], a[32], disp[1024], t2[40];
        snprintf(rank, sizeof(rank), "%zu", i + 1);
        const char *row[] = {
            rank, out_count(r, "count", c, sizeof(c)),
            out_count(r, "articles", a, sizeof(a)),
            out_rel_display(r, NULL, disp, sizeof(disp)),
            out_time(json_object_get(r, "last_seen"), 1, t2, sizeof(t2))};
        out_table_add(&t, row);
    }
    if (t.nrows)
        out_table_print(&t, f, "");
    else
        fprintf(f, "no relations found\n");
    out_table_free(&t);
    out_next_cursor(f, reply);
}

/* Bytes as "12.3 MiB". */
static const char *out_bytes(const json_t *v, char *buf, size_t cap) {
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    if (!json_is_number(v)) return out_scalar(v, buf, cap);
    double x = json_number_value(v);
    size_t u = 0;
    while (x >= 1024 && u + 1 < ENT_ARRAY_LEN(units)) {
        x /= 1024;
        u++;
    }
    if (u == 0)
        snprintf(buf, cap, "%.0f B", x);
    else
        snprintf(buf, cap, "%.1f %s", x, units[u]);
    return buf;
}

/* Seconds as "3d 4h 5m 6s". */
static const char *out_duration(const json_t *v, char *buf, size_t cap) {
    if (!json_is_number(v)) return out_scalar(v, buf, cap);
    long long s = (long long)json_number_value(v);
    long long d = s / 86400, h = s / 3600 % 24, m = s / 60 % 60;
    if (d)
        snprintf(buf, cap, "%lldd %lldh %lldm", d, h, m);
    else if (h)
        snprintf(buf, cap, "%lldh %lldm", h, m);
    else
        snprintf(buf, cap, "%lldm %llds", m, s % 60);
    return buf;
}

void out_stats(FILE *f, const json_t *reply) {
    static const char *const counts[] = {"articles", "entities", "relations", "mentions"};
    const json_t *g = json_object_get(reply, "gazetteer"),
                 *st = json_object_get(reply, "store");
    char b1[64], b2[64], b3[64];
    for (size_t k = 0; k < ENT_ARRAY_LEN(counts); k++)
        fprintf(f, "%-11s%s\n", counts[k], out_count(reply, counts[k], b1, sizeof(b1)));
    if (g)
        fprintf(f, "%-11s%s entities, %s aliases, loaded %s\n", "gazetteer",
                out_count(g, "entities", b1, sizeof(b1)),
                out_count(g, "aliases", b2, sizeof(b2)),
                out_time(json_object_get(g, "loaded_at"), 0, b3, sizeof(b3)));
    if (st) {
        fprintf(f, "%-11s%s used of a %s map", "store",
                out_bytes(json_object_get(st, "bytes"), b1, sizeof(b1)),
                out_bytes(json_object_get(st, "map_size"), b2, sizeof(b2)));
        if (json_object_get(st, "text_bytes"))
            fprintf(f, " (%s of article text)",
                    out_bytes(json_object_get(st, "text_bytes"), b1, sizeof(b1)));
        fputc('\n', f);
    }
    if (json_object_get(reply, "write_queue"))
        fprintf(f, "%-11s%s writes waiting\n", "queue",
                out_count(reply, "write_queue", b1, sizeof(b1)));
    fprintf(f, "%-11s%s\n", "uptime",
            out_duration(json_object_get(reply, "uptime_s"), b1, sizeof(b1)));
    fprintf(f, "%-11s%s\n", "version", out_field(reply, "version", b1, sizeof(b1)));
}

static void out_object_at(FILE *f, const json_t *obj, const char *prefix, size_t width) {
    const char *k;
    const json_t *v;
    json_object_foreach((json_t *)obj, k, v) {
        char key[256], val[2048], tmp[2048];
        snprintf(key, sizeof(key), "%s%s%s", prefix, *prefix ? "." : "", k);
        if (json_is_object(v) && json_object_size(v)) {
            out_object_at(f, v, key, width);
            continue;
        }
        if (json_is_array(v) &&
            (json_array_size(v) == 0 || json_is_string(json_array_get(v, 0))))
            out_join(v, tmp, sizeof(tmp));
        else
            out_scalar(v, tmp, sizeof(tmp));
        out_fit(key, strlen(key), 0, val, sizeof(val));
        fprintf(f, "%-*s  ", (int)width, val);
        fprintf(f, "%s\n", out_fit(tmp, strlen(tmp), 0, val, sizeof(val)));
    }
}

/* Widest flattened key, for alignment. */
static size_t out_key_width(const json_t *obj, size_t plen) {
    const char *k;
    const json_t *v;
    size_t w = 0;
    json_object_foreach((json_t *)obj, k, v) {
        size_t kw = plen + (plen ? 1 : 0) + strlen(k);
        if (json_is_object(v) && json_object_size(v)) kw = out_key_width(v, kw);
        if (kw > w) w = kw;
    }
    return w;
}

void out_object(FILE *f, const json_t *obj) {
    if (!json_is_object(obj)) {
        char buf[2048];
        fprintf(f, "%s\n", out_scalar(obj, buf, sizeof(buf)));
        return;
    }
    out_object_at(f, obj, "", out_key_width(obj, 0));
}
