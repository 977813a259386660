/* api_articles.c - POST/GET/DELETE /articles, POST /articles/_bulk, POST /tag. */
#include "ent.h"
#include "log.h"
#include "mem.h"
#include "srv.h"
#include "when.h"
#include "writer.h"

#include <stdio.h>
#include <string.h>

/* Is the body JSON by its content type, or by its first character when the
 * client sent none (curl --data sends a form type)? */
static int body_is_json(const req_ctx *c) {
    if (!strcmp(c->ctype, "application/json")) return 1;
    if (!strcmp(c->ctype, "text/plain")) return 0;
    const char *p = c->body;
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') p++;
    return *p == '{';
}

static int media_ok(const req_ctx *c, int bulk) {
    static const char *const ok[] = {"", "application/json", "text/plain",
                                     "application/x-www-form-urlencoded"};
    static const char *const okbulk[] = {"application/x-ndjson", "application/ndjson",
                                         "application/jsonlines", "application/jsonl"};
    for (size_t i = 0; i < ENT_ARRAY_LEN(ok); i++)
        if (!strcmp(c->ctype, ok[i])) return 1;
    if (bulk)
        for (size_t i = 0; i < ENT_ARRAY_LEN(okbulk); i++)
            if (!strcmp(c->ctype, okbulk[i])) return 1;
    return 0;
}

/* Decode one article from JSON text (len bytes) or plain text; fills ei. */
static int decode_article(const char *s, size_t len, int json, ent_article *a, ent_errinfo *ei) {
    if (!json) return wire_article_from_text(s, len, a, ei);
    json_error_t je;
    json_t *j = json_loadb(s, len, JSON_REJECT_DUPLICATES, &je);
    if (!j) {
        snprintf(ei->text, sizeof(ei->text), "line %d column %d: %.100s", je.line, je.column,
                 je.text);
        return ENT_EJSON;
    }
    int rc = wire_article_decode(j, a, ei);
    json_decref(j);
    return rc;
}

/* Tag a decoded article on this loop thread with flags (TAG_*). *res is new. */
static int tag_article(req_ctx *c, const ent_article *a, unsigned flags, tag_result **res) {
    gaz_t *g = srv_gaz_get();
    int rc = tag_run(req_tagger(c), g, a->text, a->text_len, flags, res);
    gaz_unref(g);
    if (!rc) metrics_count_tagged(1, a->text_len);
    return rc;
}

static const char *status_name(int st) {
    return st == PUT_CREATED ? "created" : st == PUT_UPDATED ? "updated" : "unchanged";
}

/* ---- POST /tag ----------------------------------------------------------- */

void api_tag(req_ctx *c) {
    ent_article a;
    ent_errinfo ei;
    tag_result *res = NULL;
    ent_errinfo_clear(&ei);
    if (!media_ok(c, 0)) {
        reply_error(c, ENT_EMEDIA, "send application/json or text/plain");
        return;
    }
    /* ?list=1: only the names the gazetteer lists (TAG_LIST_ONLY) */
    long list = req_uint(c, "list", 0, 0, 1);
    if (list < 0) return;
    int rc = decode_article(c->body, c->body_len, body_is_json(c), &a, &ei);
    if (rc) {
        reply_error(c, rc, ei.text[0] ? ei.text : NULL);
        return;
    }
    rc = tag_article(c, &a, list ? TAG_LIST_ONLY : TAG_ALL, &res);
    if (rc) reply_error(c, rc, "tagging failed");
    else reply_json(c, 200, wire_tag_result(res, a.text, a.text_len));
    tag_result_free(res);
    wire_article_clear(&a);
}

/* ---- POST /articles ------------------------------------------------------ */

static void finish_post(req_ctx *c) {
    wjob *j = c->jobs[0];
    if (j->rc) {
        reply_error(c, j->rc, "the article was not stored");
        return;
    }
    json_t *o = json_object();
    json_t *t = wire_tag_result(j->res, j->art.text, j->art.text_len);
    if (!o || !t) {
        json_decref(o);
        json_decref(t);
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    json_object_set_new(o, "id", json_string(j->art.id));
    json_object_set_new(o, "status", json_string(status_name(j->status)));
    json_object_update(o, t);
    json_decref(t);
    reply_json(c, j->status == PUT_CREATED ? 201 : 200, o);
}

void api_articles_post(req_ctx *c) {
    ent_errinfo ei;
    ent_errinfo_clear(&ei);
    if (!media_ok(c, 0)) {
        reply_error(c, ENT_EMEDIA, "send application/json or text/plain");
        return;
    }
    wjob *j = wjob_create(WJ_PUT_ARTICLE);
    if (!j) {
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    int rc = decode_article(c->body, c->body_len, body_is_json(c), &j->art, &ei);
    if (!rc) rc = wire_article_finish(&j->art);
    if (rc) {
        wjob_free(j);
        reply_error(c, rc, ei.text[0] ? ei.text : NULL);
        return;
    }
    if ((rc = tag_article(c, &j->art, TAG_ALL, &j->res))) {
        wjob_free(j);
        reply_error(c, rc, "tagging failed");
        return;
    }
    j->ingest_ts = when_now();
    if (api_one_job(c, j)) {
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    api_submit(c, finish_post);
}

/* ---- POST /articles/_bulk ------------------------------------------------ */

typedef struct bulk_item {
    long line;     /* 1-based line number in the body */
    long job;      /* index into c->jobs, -1 when the line failed before the writer */
    json_t *error; /* {"status","type","message"} for a failed line */
} bulk_item;

typedef struct bulk {
    bulk_item *items;
    size_t n, cap;
    double t0;
} bulk;

static void bulk_free(void *arg) {
    bulk *b = arg;
    for (size_t i = 0; i < b->n; i++) json_decref(b->items[i].error);
    ent_free(b->items);
    ent_free(b);
}

static void finish_bulk(req_ctx *c) {
    bulk *b = c->user;
    json_t *items = json_array();
    int errors = 0;
    for (size_t i = 0; i < b->n && items; i++) {
        bulk_item *it = &b->items[i];
        json_t *o;
        if (it->job < 0) {
            o = json_pack("{s:I,s:I,s:O}", "line", (json_int_t)it->line, "status",
                          json_integer_value(json_object_get(it->error, "status")), "error",
                          it->error);
            errors = 1;
        } else {
            wjob *j = c->jobs[it->job];
            if (j->rc) {
                int st = j->rc == ENT_EMAPFULL ? 507 : j->rc == ENT_EFULL ? 503 : 500;
                o = json_pack("{s:I,s:s,s:i,s:{s:i,s:s,s:s}}", "line", (json_int_t)it->line, "id",
                              j->art.id, "status", st, "error", "status", st, "type",
                              ent_errtype(j->rc), "message", ent_strerror(j->rc));
                errors = 1;
            } else {
                o = json_pack("{s:s,s:i,s:s}", "id", j->art.id, "status",
                              j->status == PUT_CREATED ? 201 : 200, "result",
                              status_name(j->status));
            }
        }
        json_array_append_new(items, o);
    }
    json_t *r = json_pack("{s:I,s:b,s:o}", "took_ms", (json_int_t)((srv_now() - b->t0) * 1000),
                          "errors", errors, "items", items);
    bulk_free(b);
    c->user = NULL;
    c->user_free = NULL;
    reply_json(c, errors ? 207 : 200, r);
}

static int bulk_error(bulk_item *it, int rc, const char *msg) {
    int st = rc == ENT_ETOOBIG ? 413 : rc == ENT_ENOMEM ? 500 : 400;
    it->error = json_pack("{s:i,s:s,s:s}", "status", st, "type", ent_errtype(rc), "message",
                          msg && *msg ? msg : ent_strerror(rc));
    it->job = -1;
    return it->error ? 0 : ENT_ENOMEM;
}

void api_articles_bulk(req_ctx *c) {
    if (!media_ok(c, 1)) {
        reply_error(c, ENT_EMEDIA, "send NDJSON: one article object per line");
        return;
    }
    bulk *b = ent_calloc(1, sizeof(*b));
    if (!b) {
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    b->t0 = c->t0;
    c->user = b;
    c->user_free = bulk_free;
    size_t lines = 0;
    for (size_t i = 0; i < c->body_len; i++) lines += c->body[i] == '\n';
    c->jobs = ent_calloc(lines + 1, sizeof(wjob *));
    if (!c->jobs) goto nomem;
    int64_t now = when_now();
    const char *p = c->body, *end = c->body + c->body_len;
    long lineno = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        lineno++;
        const char *q = p;
        while (q < le && (*q == ' ' || *q == '\t' || *q == '\r')) q++;
        if (q == le) { /* blank line */
            p = nl ? nl + 1 : end;
            continue;
        }
        if (ent_grow(&b->items, &b->cap, b->n + 1, sizeof(bulk_item))) goto nomem;
        bulk_item *it = &b->items[b->n++];
        it->line = lineno;
        it->error = NULL;
        ent_errinfo ei;
        ent_errinfo_clear(&ei);
        wjob *j = wjob_create(WJ_PUT_ARTICLE);
        if (!j) goto nomem;
        int rc = decode_article(p, (size_t)(le - p), 1, &j->art, &ei);
        if (!rc) rc = wire_article_finish(&j->art);
        if (!rc) rc = tag_article(c, &j->art, TAG_ALL, &j->res);
        if (rc) {
            wjob_free(j);
            if (bulk_error(it, rc, ei.text)) goto nomem;
        } else {
            j->ingest_ts = now;
            it->job = (long)c->njobs;
            c->jobs[c->njobs++] = j;
        }
        p = nl ? nl + 1 : end;
    }
    if (b->n == 0) {
        reply_error(c, ENT_EINVAL, "the body holds no articles: send one JSON object per line");
        return;
    }
    if (c->njobs == 0) {
        finish_bulk(c);
        return;
    }
    api_submit(c, finish_bulk);
    return;
nomem:
    reply_error(c, ENT_ENOMEM, NULL);
}

/* ---- GET/DELETE /articles/{id} ------------------------------------------- */

static json_t *meta_json(const store_artmeta *m) {
    return json_pack("{s:s,s:s?,s:s?,s:s?,s:o,s:o,s:I,s:I,s:I}", "id", m->id, "url", m->url,
                     "title", m->title, "source", m->source, "published", api_time(m->published),
                     "ingested", api_time(m->ingested), "text_bytes", (json_int_t)m->text_len,
                     "mentions", (json_int_t)m->mentions, "relations", (json_int_t)m->relations);
}

void api_articles_get(req_ctx *c) {
    store_rtxn *r = req_rtxn(c);
    if (!r) return;
    store_artmeta m;
    char *text = NULL;
    tag_result *res = NULL;
    int rc = store_get_article(r, c->segs[1], &m, &text, &res);
    if (rc == ENT_ENOTFOUND) {
        reply_error(c, rc, "no article with this id");
        return;
    }
    if (rc) {
        reply_error(c, rc, "cannot read the article");
        return;
    }
    json_t *o = meta_json(&m);
    json_t *t = wire_tag_result(res, text, strlen(text));
    const char *wt = req_param(c, "text");
    if (o && wt && (!strcmp(wt, "1") || !strcmp(wt, "true")))
        json_object_set_new(o, "text", json_string(text));
    if (o && t) json_object_update(o, t);
    json_decref(t);
    reply_json(c, 200, o);
    store_artmeta_clear(&m);
    ent_free(text);
    tag_result_free(res);
}

static void finish_delete(req_ctx *c) {
    wjob *j = c->jobs[0];
    if (j->rc == ENT_ENOTFOUND) reply_error(c, j->rc, "no article with this id");
    else if (j->rc) reply_error(c, j->rc, "the article was not deleted");
    else reply_json(c, 200, json_pack("{s:s,s:s}", "id", j->id, "status", "deleted"));
}

void api_articles_delete(req_ctx *c) {
    wjob *j = wjob_create(WJ_DELETE_ARTICLE);
    if (!j || !(j->id = ent_strdup(c->segs[1])) || api_one_job(c, j)) {
        if (j && !c->jobs) wjob_free(j);
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    api_submit(c, finish_delete);
}

/* ---- GET /articles, /entities/{ref}/articles ------------------------------ */

static void list_articles(req_ctx *c, const char *entity_id) {
    store_window w;
    long limit = req_limit(c);
    if (limit < 0 || req_window(c, &w)) return;
    store_rtxn *r = req_rtxn(c);
    if (!r) return;
    store_artmeta *v = NULL;
    size_t n = 0;
    char *next = NULL;
    int rc = store_list_articles(r, entity_id, &w, req_param(c, "cursor"), (size_t)limit, &v, &n,
                                 &next);
    if (rc == ENT_EINVAL) {
        reply_error(c, rc, "cursor is not one this server returned");
        return;
    }
    if (rc) {
        reply_error(c, rc, "cannot list articles");
        return;
    }
    json_t *arr = json_array();
    for (size_t i = 0; i < n && arr; i++) json_array_append_new(arr, meta_json(&v[i]));
    json_t *o = json_pack("{s:o,s:s?}", "articles", arr, "next_cursor", next);
    if (o && entity_id) json_object_set_new(o, "entity", api_entity_brief(c, entity_id));
    reply_json(c, 200, o);
    store_artmetas_free(v, n);
    ent_free(next);
}

void api_articles_list(req_ctx *c) {
    const char *ref = req_param(c, "entity");
    if (!ref || !*ref) {
        list_articles(c, NULL);
        return;
    }
    char *id = NULL;
    int rc = api_resolve(c, ref, &id, NULL);
    if (rc == ENT_ENOTFOUND) reply_error(c, rc, "no entity matches this name or id");
    else if (rc) reply_error(c, rc, NULL);
    else list_articles(c, id);
    ent_free(id);
}

void api_entity_articles(req_ctx *c) {
    char *id = NULL;
    int rc = api_resolve(c, c->segs[1], &id, NULL);
    if (rc == ENT_ENOTFOUND) reply_error(c, rc, "no entity matches this name or id");
    else if (rc) reply_error(c, rc, NULL);
    else list_articles(c, id);
    ent_free(id);
}
