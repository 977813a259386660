/* api_common.c - pieces shared by the handlers: entity refs, briefs, times. */
#include "ent.h"
#include "mem.h"
#include "srv.h"
#include "text.h"
#include "when.h"
#include "writer.h"

#include <string.h>

json_t *api_time(int64_t t) {
    if (t == WHEN_NONE) return json_null();
    char buf[40];
    when_format(t, buf, sizeof(buf));
    return json_string(buf);
}

json_t *api_entity_brief(req_ctx *c, const char *id) {
    store_rtxn *r = req_rtxn(c);
    store_entity e;
    if (r && store_entity_get(r, id, &e) == 0) {
        json_t *o = json_pack("{s:s,s:s,s:s}", "id", e.id, "name", e.name, "type", e.type);
        store_entity_clear(&e);
        return o;
    }
    gaz_t *g = srv_gaz_get();
    int32_t gi = gaz_find_id(g, id);
    json_t *o;
    if (gi >= 0) {
        const gaz_entity *ge = gaz_entity_at(g, (uint32_t)gi);
        o = json_pack("{s:s,s:s,s:s}", "id", ge->id, "name", ge->name, "type", ge->type);
    } else {
        o = json_pack("{s:s,s:s,s:n}", "id", id, "name", id, "type");
    }
    gaz_unref(g);
    return o;
}

char *api_entity_brief_jw(req_ctx *c, const char *id, jw_t *w) {
    store_rtxn *r = req_rtxn(c);
    store_entity e;
    char *name = NULL;
    jx_sep(w);
    if (r && store_entity_get(r, id, &e) == 0) {
        JX_LIT(w, "{\"id\":");
        jx_strz(w, e.id);
        JX_LIT(w, ",\"name\":");
        jx_strz(w, e.name);
        JX_LIT(w, ",\"type\":");
        jx_strz(w, e.type);
        JX_LIT(w, "}");
        name = e.name;
        e.name = NULL;
        store_entity_clear(&e);
    } else {
        gaz_t *g = srv_gaz_get();
        int32_t gi = gaz_find_id(g, id);
        const gaz_entity *ge = gi >= 0 ? gaz_entity_at(g, (uint32_t)gi) : NULL;
        JX_LIT(w, "{\"id\":");
        jx_strz(w, id);
        JX_LIT(w, ",\"name\":");
        jx_strz(w, ge ? ge->name : id);
        JX_LIT(w, ",\"type\":");
        jx_strz(w, ge ? ge->type : NULL);
        JX_LIT(w, "}");
        name = ent_strdup(ge ? ge->name : id);
        gaz_unref(g);
    }
    return name;
}

#define MAX_CANDIDATES 32

/* Mentions of an entity in the store, 0 when it was never mentioned. */
static uint64_t mentions_of(store_rtxn *r, const char *id) {
    return r ? store_entity_mentions(r, id) : 0;
}

int api_resolve(req_ctx *c, const char *ref, char **id, json_t **alternatives) {
    store_rtxn *r = req_rtxn(c);
    gaz_t *g = srv_gaz_get();
    char *cand[MAX_CANDIDATES];
    size_t n = 0;
    int rc = 0;
    *id = NULL;
    if (alternatives) *alternatives = NULL;
    if (!r) {
        gaz_unref(g);
        return ENT_ESTORE;
    }
    /* an exact id wins */
    if (gaz_find_id(g, ref) >= 0 || store_entity_known(r, ref)) {
        *id = ent_strdup(ref);
        gaz_unref(g);
        return *id ? 0 : ENT_ENOMEM;
    }
    /* names and aliases: gazetteer first (its tie-break order), then the store */
    uint32_t gi[MAX_CANDIDATES];
    size_t ng = gaz_find_name(g, ref, strlen(ref), gi, MAX_CANDIDATES);
    for (size_t i = 0; i < ng && i < MAX_CANDIDATES && n < MAX_CANDIDATES; i++)
        if (!(cand[n] = ent_strdup(gaz_entity_at(g, gi[i])->id))) goto nomem;
        else n++;
    char key[1024];
    int kl = text_fold_phrase(ref, strlen(ref), key, sizeof(key));
    if (kl > 0 && n < MAX_CANDIDATES) {
        char *sids[MAX_CANDIDATES];
        size_t ns = store_entity_names(r, key, (size_t)kl, 1, sids, MAX_CANDIDATES - n);
        for (size_t i = 0; i < ns; i++) {
            int dup = 0;
            for (size_t k = 0; k < n && !dup; k++) dup = strcmp(cand[k], sids[i]) == 0;
            if (dup || n >= MAX_CANDIDATES) ent_free(sids[i]);
            else cand[n++] = sids[i];
        }
    }
    if (n == 0) {
        rc = ENT_ENOTFOUND;
        goto out;
    }
    /* the most mentioned wins; ties keep the gazetteer order */
    size_t best = 0;
    uint64_t bm = mentions_of(r, cand[0]);
    uint64_t ments[MAX_CANDIDATES];
    ments[0] = bm;
    for (size_t i = 1; i < n; i++) {
        ments[i] = mentions_of(r, cand[i]);
        if (ments[i] > bm) {
            bm = ments[i];
            best = i;
        }
    }
    *id = cand[best];
    cand[best] = NULL;
    if (alternatives && n > 1) {
        json_t *a = json_array();
        for (size_t i = 0; i < n && a; i++) {
            if (!cand[i]) continue;
            json_t *b = api_entity_brief(c, cand[i]);
            if (b) json_object_set_new(b, "mentions", json_integer((json_int_t)ments[i]));
            json_array_append_new(a, b);
        }
        *alternatives = a;
    }
    goto out;
nomem:
    rc = ENT_ENOMEM;
out:
    for (size_t i = 0; i < n; i++) ent_free(cand[i]);
    gaz_unref(g);
    return rc;
}

int api_one_job(req_ctx *c, struct wjob *j) {
    c->jobs = ent_malloc(sizeof(wjob *));
    if (!c->jobs) {
        wjob_free(j);
        return ENT_ENOMEM;
    }
    c->jobs[0] = j;
    c->njobs = 1;
    return 0;
}

void api_submit(req_ctx *c, void (*finish)(req_ctx *)) {
    c->finish = finish;
    int rc = writer_submit(c);
    if (rc == ENT_EFULL) reply_error(c, rc, "the write queue is full; retry after a second");
    else if (rc) reply_error(c, rc, "the store is not accepting writes");
    else req_defer(c);
}

/* ---- jx: fast appends to a jw_t ---------------------------------------------
 * The hot read replies (relations of an entity, of a pair) write most of their
 * bytes here: literal keys are copied as bytes (no strlen, no escape scan),
 * numbers are written by hand. What lands in the buffer is exactly what the
 * jw_* calls would write: the same comma rule (jx_sep is jw's) and the same
 * escapes as wire's serializer (which the unit tests hold equal to jansson). */

static char *jx_room(jw_t *w, size_t n) {
    if (w->n + n + 1 > w->cap) {
        if (w->oom) return NULL;
        size_t need = w->n + n + 1 < 1024 ? 1024 : w->n + n + 1;
        if (ent_grow(&w->p, &w->cap, need, 1)) {
            w->oom = 1;
            return NULL;
        }
    }
    return w->p + w->n;
}

void jx_sep(jw_t *w) {
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (!w->first[w->depth]) jx_lit(w, ",", 1);
    w->first[w->depth] = 0;
}

void jx_lit(jw_t *w, const char *s, size_t n) {
    char *o = jx_room(w, n);
    if (!o) return;
    memcpy(o, s, n);
    w->n += n;
}

/* Bytes that need an escape in a JSON string (as wire.c). */
static const unsigned char jx_esc[256] = {
    [0 ... 31] = 1, ['"'] = 1, ['\\'] = 1,
};

void jx_str(jw_t *w, const char *s, size_t n) {
    size_t i = 0;
    while (i < n && !jx_esc[(unsigned char)s[i]]) i++;
    char *o = jx_room(w, i == n ? n + 2 : i + (n - i) * 6 + 2);
    if (!o) return;
    char *o0 = o;
    *o++ = '"';
    memcpy(o, s, i);
    o += i;
    static const char hex[] = "0123456789ABCDEF";
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!jx_esc[c]) {
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
        default:
            *o++ = 'u', *o++ = '0', *o++ = '0', *o++ = hex[c >> 4], *o++ = hex[c & 15];
        }
    }
    *o++ = '"';
    w->n += (size_t)(o - o0);
}

void jx_strz(jw_t *w, const char *s) {
    if (!s) JX_LIT(w, "null");
    else jx_str(w, s, strlen(s));
}

void jx_int(jw_t *w, int64_t v) {
    char tmp[24], *e = tmp + sizeof(tmp), *p = e;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--p = '-';
    jx_lit(w, p, (size_t)(e - p));
}

/* The last times this thread wrote: rows of one reply share many of them (an
 * entity's relations mostly end in its latest articles). */
#define JX_TIMES 8
static _Thread_local struct {
    int64_t t;
    unsigned char n;
    char s[42]; /* quoted */
} jx_times[JX_TIMES];
static _Thread_local unsigned jx_times_next;

void jx_time(jw_t *w, int64_t t) {
    if (t == WHEN_NONE) {
        JX_LIT(w, "null");
        return;
    }
    for (unsigned i = 0; i < JX_TIMES; i++)
        if (jx_times[i].n && jx_times[i].t == t) {
            jx_lit(w, jx_times[i].s, jx_times[i].n);
            return;
        }
    char buf[42];
    when_format(t, buf + 1, sizeof(buf) - 2);
    size_t n = strlen(buf + 1);
    buf[0] = '"';
    buf[n + 1] = '"';
    jx_lit(w, buf, n + 2);
    unsigned k = jx_times_next++ % JX_TIMES;
    jx_times[k].t = t;
    jx_times[k].n = (unsigned char)(n + 2);
    memcpy(jx_times[k].s, buf, n + 2);
}

/* wire_display's text: "A–B: label" or "A→B: label" (at most DISPLAY_MAX - 1
 * bytes, cut where its snprintf into a buffer of that size cuts). */
#define DISPLAY_MAX 1024
void jx_display(jw_t *w, const char *a, const char *b, const char *label, int directed) {
    char buf[DISPLAY_MAX];
    size_t n = 0;
    const char *part[5] = {a, directed ? "\xe2\x86\x92" : "\xe2\x80\x93", b, ": ", label};
    for (int i = 0; i < 5 && n < DISPLAY_MAX - 1; i++) {
        if (!part[i]) part[i] = "(null)"; /* as glibc's printf writes NULL */
        size_t l = strlen(part[i]);
        if (l > DISPLAY_MAX - 1 - n) l = DISPLAY_MAX - 1 - n;
        memcpy(buf + n, part[i], l);
        n += l;
    }
    jx_str(w, buf, n);
}

static const char *jx_dir(int d) {
    return d == DIR_OUT ? "\"out\"" : d == DIR_IN ? "\"in\"" : "\"both\"";
}

void jx_rel_fields(jw_t *w, const store_rel *x) {
    JX_LIT(w, "\"label\":");
    jx_strz(w, x->label);
    if (x->directed) JX_LIT(w, ",\"directed\":true,\"direction\":");
    else JX_LIT(w, ",\"directed\":false,\"direction\":");
    const char *d = jx_dir(x->direction);
    jx_lit(w, d, strlen(d));
    JX_LIT(w, ",\"count\":");
    jx_int(w, (int64_t)x->count);
    JX_LIT(w, ",\"articles\":");
    jx_int(w, x->articles);
    JX_LIT(w, ",\"first_seen\":");
    jx_time(w, x->first_seen);
    JX_LIT(w, ",\"last_seen\":");
    jx_time(w, x->last_seen);
}
