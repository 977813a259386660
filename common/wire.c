/* wire.c - the API's JSON shapes, built and read with jansson. */
#include "wire.h"
#include "ent.h"
#include "mem.h"
#include "text.h"
#include "when.h"

#include <inttypes.h>

#include <stdio.h>
#include <string.h>

uint64_t wire_hash(uint64_t h, const void *p, size_t n) {
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

void wire_article_clear(ent_article *a) {
    ent_free(a->id);
    ent_free(a->url);
    ent_free(a->title);
    ent_free(a->text);
    ent_free(a->source);
    memset(a, 0, sizeof(*a));
    a->published = WHEN_NONE;
}

int wire_check_id(const char *id, ent_errinfo *ei) {
    size_t n = strlen(id);
    if (n == 0) return ent_errinfo_set(ei, ENT_EINVAL, "id must not be empty");
    if (n > ENT_MAX_ID)
        return ent_errinfo_set(ei, ENT_EINVAL, "id is longer than %d bytes", ENT_MAX_ID);
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)id[i];
        if (ch < 0x20 || ch == 0x7f || ch == '/')
            return ent_errinfo_set(ei, ENT_EINVAL,
                                   "id must not contain '/' or control characters");
    }
    if (!text_utf8_valid(id, n, NULL))
        return ent_errinfo_set(ei, ENT_EINVAL, "id is not valid UTF-8");
    return 0;
}

/* Optional string field: absent or null leaves *out NULL. */
static int opt_string(const json_t *j, const char *key, char **out, ent_errinfo *ei) {
    json_t *v = json_object_get(j, key);
    *out = NULL;
    if (!v || json_is_null(v)) return 0;
    if (!json_is_string(v))
        return ent_errinfo_set(ei, ENT_EINVAL, "%s must be a string", key);
    *out = ent_strndup(json_string_value(v), json_string_length(v));
    return *out ? 0 : ENT_ENOMEM;
}

int wire_article_decode(const json_t *j, ent_article *a, ent_errinfo *ei) {
    int rc;
    memset(a, 0, sizeof(*a));
    a->published = WHEN_NONE;
    if (!json_is_object(j))
        return ent_errinfo_set(ei, ENT_EINVAL, "an article must be a JSON object");
    json_t *t = json_object_get(j, "text");
    if (!json_is_string(t) || json_string_length(t) == 0)
        return ent_errinfo_set(ei, ENT_EINVAL, "text is required and must be a non-empty string");
    if (json_string_length(t) > ENT_MAX_TEXT)
        return ent_errinfo_set(ei, ENT_ETOOBIG, "text is too long");
    if (memchr(json_string_value(t), 0, json_string_length(t)))
        return ent_errinfo_set(ei, ENT_EINVAL, "text must not contain NUL characters");
    if ((rc = opt_string(j, "id", &a->id, ei)) || (rc = opt_string(j, "url", &a->url, ei)) ||
        (rc = opt_string(j, "title", &a->title, ei)) ||
        (rc = opt_string(j, "source", &a->source, ei)))
        goto fail;
    if (a->id && (rc = wire_check_id(a->id, ei))) goto fail;
    json_t *p = json_object_get(j, "published");
    if (p && !json_is_null(p)) {
        if (!json_is_string(p) || when_parse(json_string_value(p), &a->published)) {
            rc = ent_errinfo_set(ei, ENT_EINVAL,
                                 "published must be an ISO 8601 date or time, e.g. 2025-06-24 "
                                 "or 2025-06-24T08:00:00Z");
            goto fail;
        }
    }
    a->text_len = json_string_length(t);
    a->text = ent_strndup(json_string_value(t), a->text_len);
    if (!a->text) {
        rc = ENT_ENOMEM;
        goto fail;
    }
    return 0;
fail:
    wire_article_clear(a);
    return rc;
}

int wire_article_from_text(const char *body, size_t len, ent_article *a, ent_errinfo *ei) {
    size_t bad;
    memset(a, 0, sizeof(*a));
    a->published = WHEN_NONE;
    if (len == 0) return ent_errinfo_set(ei, ENT_EINVAL, "the body is empty: send the article text");
    if (!text_utf8_valid(body, len, &bad))
        return ent_errinfo_set(ei, ENT_EUTF8, "text is not valid UTF-8 (byte %zu)", bad + 1);
    if (memchr(body, 0, len))
        return ent_errinfo_set(ei, ENT_EINVAL, "text must not contain NUL characters");
    a->text = ent_strndup(body, len);
    if (!a->text) return ENT_ENOMEM;
    a->text_len = len;
    return 0;
}

static uint64_t hash_field(uint64_t h, const char *s) {
    static const char nul = 0;
    if (s) h = wire_hash(h, s, strlen(s));
    return wire_hash(h, &nul, 1); /* field separator */
}

int wire_article_finish(ent_article *a) {
    uint64_t h = hash_field(WIRE_HASH_INIT, a->title);
    h = wire_hash(h, a->text, a->text_len);
    h = hash_field(h, a->url);
    h = hash_field(h, a->source);
    h = wire_hash(h, &a->published, sizeof(a->published));
    a->hash = h;
    if (a->id) return 0;
    char buf[40];
    if (a->url) {
        snprintf(buf, sizeof(buf), "u-%016llx",
                 (unsigned long long)wire_hash(WIRE_HASH_INIT, a->url, strlen(a->url)));
    } else {
        uint64_t x = hash_field(WIRE_HASH_INIT, a->title);
        x = wire_hash(x, a->text, a->text_len);
        snprintf(buf, sizeof(buf), "h-%016llx", (unsigned long long)x);
    }
    a->id = ent_strdup(buf);
    return a->id ? 0 : ENT_ENOMEM;
}

size_t wire_display(char *buf, size_t cap, const char *a, const char *b, const char *label,
                    int directed) {
    /* by hand, not snprintf: the relation replies write one per row */
    const char *part[5] = {a, directed ? "\xe2\x86\x92" : "\xe2\x80\x93", b, ": ", label};
    size_t n = 0;
    for (int i = 0; i < 5 && n < cap - 1; i++) {
        const char *p = part[i] ? part[i] : "(null)"; /* as glibc's printf writes NULL */
        size_t l = strlen(p);
        if (l > cap - 1 - n) l = cap - 1 - n;
        memcpy(buf + n, p, l);
        n += l;
    }
    buf[n] = '\0';
    return n;
}

json_t *wire_error(int status, const char *type, const char *message) {
    return json_pack("{s:{s:i,s:s,s:s}}", "error", "status", status, "type", type, "message",
                     message);
}

static json_t *span_text(const char *text, size_t len, uint32_t s, uint32_t e) {
    if (e > len || s > e) return json_string("");
    return json_stringn(text + s, e - s);
}

json_t *wire_tag_result(const tag_result *r, const char *text, size_t len) {
    json_t *root = json_object(), *ents = json_array(), *rels = json_array();
    if (!root || !ents || !rels) {
        json_decref(root);
        json_decref(ents);
        json_decref(rels);
        return NULL;
    }
    if (json_object_set_new(root, "entities", ents)) { /* ents is released on failure */
        json_decref(rels);
        json_decref(root);
        return NULL;
    }
    if (json_object_set_new(root, "relations", rels)) goto fail_norels;
    json_t **ments = ent_calloc(r->nents + 1, sizeof(json_t *));
    if (!ments) goto fail_norels;
    for (uint32_t i = 0; i < r->nents; i++) {
        const tag_entity *e = &r->ents[i];
        json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:I,s:[]}", "id", e->id, "name", e->name, "type",
                              e->type, "origin", gaz_origin_name(e->origin), "count",
                              (json_int_t)e->count, "mentions");
        if (!o || json_array_append_new(ents, o)) goto fail_m;
        ments[i] = json_object_get(o, "mentions");
    }
    for (uint32_t i = 0; i < r->nments; i++) {
        const tag_mention *m = &r->ments[i];
        json_t *o = json_pack("{s:I,s:I,s:o,s:s}", "start", (json_int_t)m->start, "end",
                              (json_int_t)m->end, "text", span_text(text, len, m->start, m->end),
                              "via", gaz_via_name(m->via));
        if (!o || json_array_append_new(ments[m->ent], o)) goto fail_m;
    }
    for (uint32_t i = 0; i < r->nrels; i++) {
        const tag_relation *x = &r->rels[i];
        const tag_entity *a = &r->ents[x->a], *b = &r->ents[x->b];
        char disp[1024];
        wire_display(disp, sizeof(disp), a->name, b->name, x->label, x->directed);
        json_t *o = json_pack("{s:{s:s,s:s,s:s},s:{s:s,s:s,s:s},s:s,s:b,s:s,s:{s:I,s:I}}", "a",
                              "id", a->id, "name", a->name, "type", a->type, "b", "id", b->id,
                              "name", b->name, "type", b->type, "label", x->label, "directed",
                              x->directed, "display", disp, "sentence", "start",
                              (json_int_t)x->sent_start, "end", (json_int_t)x->sent_end);
        if (!o || json_array_append_new(rels, o)) goto fail_m;
        if (x->role && json_object_set_new(o, "role", json_string(x->role))) goto fail_m;
        if (x->trig_end > x->trig_start &&
            json_object_set_new(o, "trigger",
                                json_pack("{s:I,s:I,s:o}", "start", (json_int_t)x->trig_start, "end",
                                          (json_int_t)x->trig_end, "text",
                                          span_text(text, len, x->trig_start, x->trig_end))))
            goto fail_m;
    }
    ent_free(ments);
    return root;
fail_m:
    ent_free(ments);
fail_norels:
    json_decref(root);
    return NULL;
}

/* ---- compact serializer ----------------------------------------------------- */

typedef wire_buf sbuf;

/* Room for n more bytes and a NUL at the end of b: where to write them, or
 * NULL after an allocation failure (which makes every later call a no-op). */
static char *sb_room(sbuf *b, size_t n) {
    if (b->n + n + 1 > b->cap) { /* rare: grow by doubling */
        if (b->oom) return NULL;
        if (ent_grow(&b->p, &b->cap, b->n + n + 1 < 1024 ? 1024 : b->n + n + 1, 1)) {
            b->oom = 1;
            return NULL;
        }
    }
    return b->p + b->n;
}

static void sb_put(sbuf *b, const char *s, size_t n) {
    char *o = sb_room(b, n);
    if (!o) return;
    memcpy(o, s, n);
    b->n += n;
}

/* Bytes that need an escape in a JSON string. */
static const unsigned char needs_esc[256] = {
    [0 ... 31] = 1, ['"'] = 1, ['\\'] = 1,
};

/* s[0..n) quoted and escaped as jansson escapes it. The bytes before the first
 * escape are copied at once; room is taken once, for the worst case after it. */
static void sb_str(sbuf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789ABCDEF"; /* as jansson writes them */
    size_t i = 0;
    while (i < n && !needs_esc[(unsigned char)s[i]]) i++;
    char *o = sb_room(b, i == n ? n + 2 : i + (n - i) * 6 + 2);
    if (!o) return;
    char *o0 = o;
    *o++ = '"';
    memcpy(o, s, i);
    o += i;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!needs_esc[c]) {
            *o++ = (char)c;
            continue;
        }
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        default: *o++ = 'u', *o++ = '0', *o++ = '0', *o++ = hex[c >> 4], *o++ = hex[c & 15];
        }
    }
    *o++ = '"';
    b->n += (size_t)(o - o0);
}

static void sb_value(sbuf *b, const json_t *j) {
    char num[32];
    switch (json_typeof(j)) {
    case JSON_OBJECT: {
        sb_put(b, "{", 1);
        int first = 1;
        for (void *it = json_object_iter((json_t *)j); it;
             it = json_object_iter_next((json_t *)j, it)) {
            if (!first) sb_put(b, ",", 1);
            first = 0;
            const char *k = json_object_iter_key(it);
            sb_str(b, k, strlen(k));
            sb_put(b, ":", 1);
            sb_value(b, json_object_iter_value(it));
        }
        sb_put(b, "}", 1);
        break;
    }
    case JSON_ARRAY:
        sb_put(b, "[", 1);
        for (size_t i = 0; i < json_array_size(j); i++) {
            if (i) sb_put(b, ",", 1);
            sb_value(b, json_array_get(j, i));
        }
        sb_put(b, "]", 1);
        break;
    case JSON_STRING:
        sb_str(b, json_string_value(j), json_string_length(j));
        break;
    case JSON_INTEGER: {
        int n = snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT, json_integer_value(j));
        sb_put(b, num, (size_t)n);
        break;
    }
    case JSON_REAL: { /* rare in replies: let jansson format it */
        char *s = json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT);
        if (!s) b->oom = 1;
        else sb_put(b, s, strlen(s));
        ent_free(s);
        break;
    }
    case JSON_TRUE: sb_put(b, "true", 4); break;
    case JSON_FALSE: sb_put(b, "false", 5); break;
    case JSON_NULL: sb_put(b, "null", 4); break;
    }
}

char *wire_dumps(const json_t *j, size_t *len) {
    sbuf b = {0};
    sb_value(&b, j);
    if (b.oom || !b.p) {
        ent_free(b.p);
        return NULL;
    }
    b.p[b.n] = '\0';
    if (len) *len = b.n;
    return b.p;
}

/* ---- streaming writer ------------------------------------------------------- */

void jw_init(jw_t *w) {
    memset(w, 0, sizeof(*w));
    w->first[0] = 1;
}

void jw_raw(jw_t *w, const char *s, size_t n) {
    sb_put(&w->b, s, n);
}

/* Comma before a value unless it is the first of its container or follows a key. */
void jw_sep(jw_t *w) {
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (!w->first[w->depth]) jw_raw(w, ",", 1);
    w->first[w->depth] = 0;
}

static void jw_open(jw_t *w, const char *c) {
    jw_sep(w);
    jw_raw(w, c, 1);
    if (w->depth + 1 < JW_DEPTH) w->depth++;
    else w->b.oom = 1; /* too deep for this writer: report failure */
    w->first[w->depth] = 1;
}

static void jw_close(jw_t *w, const char *c) {
    jw_raw(w, c, 1);
    if (w->depth > 0) w->depth--;
}

void jw_obj(jw_t *w) { jw_open(w, "{"); }
void jw_end_obj(jw_t *w) { jw_close(w, "}"); }
void jw_arr(jw_t *w) { jw_open(w, "["); }
void jw_end_arr(jw_t *w) { jw_close(w, "]"); }

void jw_key(jw_t *w, const char *k) {
    jw_sep(w);
    sb_str(&w->b, k, strlen(k));
    jw_raw(w, ":", 1);
    w->after_key = 1;
}

void jw_raw_str(jw_t *w, const char *s, size_t n) {
    sb_str(&w->b, s, n);
}

void jw_raw_strz(jw_t *w, const char *s) {
    if (!s) JW_LIT(w, "null");
    else jw_raw_str(w, s, strlen(s));
}

void jw_strn(jw_t *w, const char *s, size_t n) {
    jw_sep(w);
    jw_raw_str(w, s, n);
}

void jw_str(jw_t *w, const char *s) {
    jw_sep(w);
    jw_raw_strz(w, s);
}

/* The decimal digits of v, written backwards ending at e; returns the start. */
static char *int_digits(char *e, int64_t v) {
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        *--e = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--e = '-';
    return e;
}

void jw_raw_int(jw_t *w, int64_t v) {
    char tmp[24], *e = tmp + sizeof(tmp), *p = int_digits(e, v);
    jw_raw(w, p, (size_t)(e - p));
}

void jw_int(jw_t *w, int64_t v) {
    jw_sep(w);
    jw_raw_int(w, v);
}

void jw_int_str(jw_t *w, int64_t v) {
    char tmp[24], *e = tmp + sizeof(tmp), *p = int_digits(e, v);
    jw_strn(w, p, (size_t)(e - p));
}

void jw_bool(jw_t *w, int v) {
    jw_sep(w);
    jw_raw(w, v ? "true" : "false", v ? 4 : 5);
}

void jw_null(jw_t *w) {
    jw_sep(w);
    jw_raw(w, "null", 4);
}

/* The last times this thread wrote, quoted: the rows of one reply share many
 * of them (an entity's relations mostly end in its latest articles). */
#define JW_TIMES 8
static _Thread_local struct {
    int64_t t;
    unsigned char n;
    char s[42];
} jw_times[JW_TIMES];
static _Thread_local unsigned jw_times_next;

void jw_raw_time(jw_t *w, int64_t t) {
    if (t == WHEN_NONE) {
        JW_LIT(w, "null");
        return;
    }
    for (unsigned i = 0; i < JW_TIMES; i++)
        if (jw_times[i].n && jw_times[i].t == t) {
            jw_raw(w, jw_times[i].s, jw_times[i].n);
            return;
        }
    char buf[42];
    when_format(t, buf + 1, sizeof(buf) - 2);
    size_t n = strlen(buf + 1);
    buf[0] = '"';
    buf[n + 1] = '"';
    jw_raw(w, buf, n + 2);
    unsigned k = jw_times_next++ % JW_TIMES;
    jw_times[k].t = t;
    jw_times[k].n = (unsigned char)(n + 2);
    memcpy(jw_times[k].s, buf, n + 2);
}

void jw_time(jw_t *w, int64_t t) {
    jw_sep(w);
    jw_raw_time(w, t);
}

void jw_json(jw_t *w, const json_t *j) {
    jw_sep(w);
    sb_value(&w->b, j);
}

char *jw_finish(jw_t *w, size_t *len) {
    if (w->b.oom || !w->b.p) {
        ent_free(w->b.p);
        w->b.p = NULL;
        return NULL;
    }
    w->b.p[w->b.n] = '\0';
    if (len) *len = w->b.n;
    char *p = w->b.p;
    w->b.p = NULL;
    return p;
}
