/* api_entities.c - GET /entities, GET/PUT/DELETE /entities/{ref},
 * GET /entities/{ref}/relations. */
#include "ent.h"
#include "mem.h"
#include "srv.h"
#include "text.h"
#include "when.h"
#include "writer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Candidates gathered for a prefix search: enough to page through the common
 * cases while keeping one request's work bounded. */
#define SEARCH_MAX 2000

typedef struct hit {
    char *id, *name, *type;
    uint64_t mentions;
    uint32_t articles;
} hit;

static int hit_cmp(const void *pa, const void *pb) {
    const hit *a = pa, *b = pb;
    if (a->mentions != b->mentions) return a->mentions > b->mentions ? -1 : 1;
    int s = strcmp(a->name, b->name);
    return s ? s : strcmp(a->id, b->id);
}

static int hit_add(hit **v, size_t *n, size_t *cap, const char *id, const char *name,
                   const char *type, uint64_t m, uint32_t a) {
    for (size_t i = 0; i < *n; i++)
        if (!strcmp((*v)[i].id, id)) return 0;
    if (ent_grow(v, cap, *n + 1, sizeof(hit))) return ENT_ENOMEM;
    hit *h = &(*v)[*n];
    h->id = ent_strdup(id);
    h->name = ent_strdup(name);
    h->type = ent_strdup(type);
    h->mentions = m;
    h->articles = a;
    if (!h->id || !h->name || !h->type) {
        ent_free(h->id);
        ent_free(h->name);
        ent_free(h->type);
        return ENT_ENOMEM;
    }
    (*n)++;
    return 0;
}

void api_entities_search(req_ctx *c) {
    const char *q = req_param(c, "q"), *type = req_param(c, "type");
    long limit = req_limit(c);
    if (limit < 0) return;
    if (!q || !*q) {
        reply_error(c, ENT_EINVAL, "q is required: the start of a name, e.g. /entities?q=Isr");
        return;
    }
    long offset = req_offset(c);
    if (offset < 0) return;
    store_rtxn *r = req_rtxn(c);
    if (!r) return;
    gaz_t *g = srv_gaz_get();
    hit *v = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    uint32_t *gi = ent_malloc(SEARCH_MAX * sizeof(uint32_t));
    char **sids = ent_malloc(SEARCH_MAX * sizeof(char *));
    if (!gi || !sids) {
        rc = ENT_ENOMEM;
        goto out;
    }
    size_t ng = gaz_prefix(g, q, strlen(q), 0, gi, SEARCH_MAX);
    for (size_t i = 0; i < ng && !rc; i++) {
        const gaz_entity *e = gaz_entity_at(g, gi[i]);
        if (type && strcmp(type, e->type)) continue;
        store_entity se;
        uint64_t m = 0;
        uint32_t a = 0;
        if (store_entity_get(r, e->id, &se) == 0) {
            m = se.mentions;
            a = se.articles;
            store_entity_clear(&se);
        }
        rc = hit_add(&v, &n, &cap, e->id, e->name, e->type, m, a);
    }
    char key[1024];
    int kl = text_fold_phrase(q, strlen(q), key, sizeof(key));
    size_t ns = kl > 0 ? store_entity_names(r, key, (size_t)kl, 0, sids, SEARCH_MAX) : 0;
    for (size_t i = 0; i < ns; i++) {
        store_entity se;
        if (!rc && store_entity_get(r, sids[i], &se) == 0) {
            if (!type || !strcmp(type, se.type))
                rc = hit_add(&v, &n, &cap, se.id, se.name, se.type, se.mentions, se.articles);
            store_entity_clear(&se);
        }
        ent_free(sids[i]);
    }
    if (rc) goto out;
    if (n > 1) qsort(v, n, sizeof(hit), hit_cmp);
    json_t *arr = json_array();
    size_t end = (size_t)offset + (size_t)limit;
    for (size_t i = (size_t)offset; i < n && i < end && arr; i++)
        json_array_append_new(arr, json_pack("{s:s,s:s,s:s,s:I,s:I}", "id", v[i].id, "name",
                                             v[i].name, "type", v[i].type, "mentions",
                                             (json_int_t)v[i].mentions, "articles",
                                             (json_int_t)v[i].articles));
    char nc[32];
    snprintf(nc, sizeof(nc), "%zu", end);
    reply_json(c, 200, json_pack("{s:o,s:s?}", "entities", arr, "next_cursor", end < n ? nc : NULL));
out:
    if (rc) reply_error(c, rc, NULL);
    for (size_t i = 0; i < n; i++) {
        ent_free(v[i].id);
        ent_free(v[i].name);
        ent_free(v[i].type);
    }
    ent_free(v);
    ent_free(gi);
    ent_free(sids);
    gaz_unref(g);
}

/* An entity's own fields as API.md shows them: id, name, type, aliases,
 * attributes (a gazetteer entry's; none for one only the store knows) and
 * origin. */
static void entity_fields_jw(jw_t *w, const char *id, const char *name, const char *type,
                             const char *const *aliases, uint32_t naliases,
                             const gaz_attr *attrs, uint32_t nattrs, int origin) {
    jw_key(w, "id");
    jw_str(w, id);
    jw_key(w, "name");
    jw_str(w, name);
    jw_key(w, "type");
    jw_str(w, type);
    jw_key(w, "aliases");
    jw_arr(w);
    for (uint32_t i = 0; i < naliases; i++) jw_str(w, aliases[i]);
    jw_end_arr(w);
    jw_key(w, "attributes");
    jw_obj(w);
    for (uint32_t i = 0; i < nattrs; i++) {
        jw_key(w, attrs[i].key);
        jw_str(w, attrs[i].value);
    }
    jw_end_obj(w);
    jw_key(w, "origin");
    jw_str(w, gaz_origin_name(origin));
}

/* One relation of entity `name` as API.md shows it. */
static void rel_jw(jw_t *w, const char *name, const store_rel *x) {
    jw_sep(w);
    JW_LIT(w, "{\"other\":{\"id\":");
    jw_raw_strz(w, x->other_id);
    JW_LIT(w, ",\"name\":");
    jw_raw_strz(w, x->other_name);
    JW_LIT(w, ",\"type\":");
    jw_raw_strz(w, x->other_type);
    JW_LIT(w, "},");
    api_rel_fields_jw(w, x);
    JW_LIT(w, ",\"display\":");
    if (x->direction == DIR_IN) api_display_jw(w, x->other_name, name, x->label, 1);
    else api_display_jw(w, name, x->other_name, x->label, x->directed);
    JW_LIT(w, "}");
}

/* Relations shown in GET /entities/{ref}: the strongest labelled ones. */
#define TOP_RELATIONS 10

void api_entity_get(req_ctx *c) {
    char *id = NULL;
    json_t *alts = NULL;
    int rc = api_resolve(c, c->segs[1], &id, &alts);
    if (rc == ENT_ENOTFOUND) {
        reply_error(c, rc, "no entity matches this name or id");
        return;
    }
    if (rc) {
        reply_error(c, rc, NULL);
        return;
    }
    store_rtxn *r = req_rtxn(c);
    gaz_t *g = srv_gaz_get();
    int32_t gi = gaz_find_id(g, id);
    store_entity se;
    int have = r && store_entity_get(r, id, &se) == 0;
    jw_t w;
    jw_init(&w);
    jw_obj(&w);
    const char *name = have ? se.name : id;
    if (gi >= 0) {
        const gaz_entity *e = gaz_entity_at(g, (uint32_t)gi);
        name = e->name;
        entity_fields_jw(&w, e->id, e->name, e->type, e->aliases, e->naliases, e->attrs,
                         e->nattrs, e->origin);
    } else if (have) {
        entity_fields_jw(&w, se.id, se.name, se.type, NULL, 0, NULL, 0, se.origin);
    }
    jw_key(&w, "mentions");
    jw_int(&w, have ? (int64_t)se.mentions : 0);
    jw_key(&w, "articles");
    jw_int(&w, have ? se.articles : 0);
    jw_key(&w, "first_seen");
    jw_time(&w, have ? se.first_seen : WHEN_NONE);
    jw_key(&w, "last_seen");
    jw_time(&w, have ? se.last_seen : WHEN_NONE);
    jw_key(&w, "top_relations");
    jw_arr(&w);
    if (have) {
        store_window win = {WHEN_NONE, WHEN_NONE};
        store_rel *v = NULL;
        size_t n = 0;
        int more = 0;
        if (store_entity_relations_labelled(r, id, NULL, NULL, &win, 0, TOP_RELATIONS, &v, &n,
                                            &more) == 0) {
            for (size_t i = 0; i < n; i++) rel_jw(&w, name, &v[i]);
            store_rels_free(v, n);
        }
    }
    jw_end_arr(&w);
    if (alts) {
        jw_key(&w, "alternatives");
        jw_json(&w, alts);
    }
    jw_end_obj(&w);
    json_decref(alts);
    if (have) store_entity_clear(&se);
    gaz_unref(g);
    ent_free(id);
    reply_jw(c, 200, &w);
}

void api_entity_relations(req_ctx *c) {
    store_window win;
    long limit = req_limit(c);
    if (limit < 0 || req_window(c, &win)) return;
    long offset = req_offset(c);
    if (offset < 0) return;
    char *id = NULL, *with = NULL;
    int rc = api_resolve(c, c->segs[1], &id, NULL);
    if (rc) {
        reply_error(c, rc, rc == ENT_ENOTFOUND ? "no entity matches this name or id" : NULL);
        return;
    }
    const char *wref = req_param(c, "with");
    if (wref && *wref && (rc = api_resolve(c, wref, &with, NULL))) {
        reply_error(c, rc, rc == ENT_ENOTFOUND ? "no entity matches the 'with' name or id" : NULL);
        ent_free(id);
        return;
    }
    store_rtxn *r = req_rtxn(c);
    store_rel *v = NULL;
    size_t n = 0;
    int more = 0;
    const char *label = req_param(c, "label");
    rc = r ? store_entity_relations(r, id, label && *label ? label : NULL, with, &win,
                                    (size_t)offset, (size_t)limit, &v, &n, &more)
           : ENT_ESTORE;
    if (rc == ENT_ENOTFOUND) rc = 0, n = 0; /* known name, never mentioned: no relations */
    if (rc) {
        reply_error(c, rc, "cannot read relations");
    } else {
        jw_t w;
        jw_init(&w);
        jw_obj(&w);
        jw_key(&w, "entity");
        char *name = api_entity_brief_jw(c, id, &w);
        jw_key(&w, "relations");
        jw_arr(&w);
        for (size_t i = 0; i < n; i++) rel_jw(&w, name ? name : id, &v[i]);
        jw_end_arr(&w);
        jw_key(&w, "next_cursor");
        if (more) jw_int_str(&w, offset + (long)n);
        else jw_null(&w);
        jw_end_obj(&w);
        ent_free(name);
        reply_jw(c, 200, &w);
    }
    store_rels_free(v, n);
    ent_free(id);
    ent_free(with);
}

/* ---- PUT / DELETE /entities/{id} ------------------------------------------- */

static void finish_entity(req_ctx *c) {
    wjob *j = c->jobs[0];
    if (j->rc == ENT_ENOTFOUND) reply_error(c, j->rc, "no run-time entity with this id");
    else if (j->rc) reply_error(c, j->rc, "the entity was not stored");
    else
        reply_json(c, 200, json_pack("{s:s,s:s}", "id", j->id, "status",
                                     j->kind == WJ_PUT_ENTITY ? "stored" : "deleted"));
}

static int valid_text(const char *s, int allow_special) {
    if (!s || !*s) return 0;
    for (const char *p = s; *p; p++)
        if ((unsigned char)*p < 0x20 || (!allow_special && (*p == ';' || *p == '=' || *p == '|')))
            return 0;
    return 1;
}

gaz_attr *api_gaz_attrs(json_t *at, size_t *n) {
    gaz_attr *tv = ent_calloc(json_object_size(at) + 1, sizeof(gaz_attr));
    const char *k;
    json_t *v;
    *n = 0;
    if (!tv) return NULL;
    json_object_foreach(at, k, v) {
        tv[*n].key = k;
        tv[(*n)++].value = json_string_value(v) ? json_string_value(v) : "";
    }
    return tv;
}

void api_entity_put(req_ctx *c) {
    ent_errinfo ei;
    const char *id = c->segs[1];
    if (wire_check_id(id, &ei) || strchr(id, '\t')) {
        reply_error(c, ENT_EINVAL, "the id must be 1..400 bytes without '/', tabs or controls");
        return;
    }
    json_error_t je;
    json_t *j = json_loadb(c->body, c->body_len, JSON_REJECT_DUPLICATES, &je);
    if (!j) {
        char msg[200];
        snprintf(msg, sizeof(msg), "line %d column %d: %s", je.line, je.column, je.text);
        reply_error(c, ENT_EJSON, msg);
        return;
    }
    const char *type = json_string_value(json_object_get(j, "type"));
    const char *name = json_string_value(json_object_get(j, "name"));
    json_t *al = json_object_get(j, "aliases"), *at = json_object_get(j, "attributes");
    const char *why = NULL;
    if (!json_is_object(j)) why = "the body must be an object {type, name, aliases, attributes}";
    else if (!type || !*type) why = "type is required, e.g. \"PERSON\", \"ORG\", \"COUNTRY\"";
    else if (!name || !valid_text(name, 1)) why = "name is required (a non-empty string)";
    else if (al && !json_is_array(al)) why = "aliases must be an array of strings";
    else if (at && !json_is_object(at)) why = "attributes must be an object of strings";
    for (const char *p = type; !why && p && *p; p++)
        if (!((*p >= 'A' && *p <= 'Z') || *p == '_')) why = "type must be upper case, e.g. PERSON";
    size_t i;
    json_t *v;
    if (!why && al) json_array_foreach(al, i, v) {
            if (!json_is_string(v) || !valid_text(json_string_value(v), 1) ||
                strchr(json_string_value(v), '|'))
                why = "every alias must be a non-empty string without '|'";
        }
    const char *k;
    if (!why && at) json_object_foreach(at, k, v) {
            if (!valid_text(k, 0) || !json_is_string(v) || strchr(json_string_value(v), ';') ||
                strchr(json_string_value(v), '\t'))
                why = "attributes must map keys without ';', '=' or '|' to strings without ';'";
        }
    /* the values the matcher reads, checked as the gazetteer loads them: a
     * stored entry it refused would keep every later rebuild and start from
     * loading */
    if (!why && at) {
        size_t n;
        gaz_attr *tv = api_gaz_attrs(at, &n);
        if (!tv) {
            json_decref(j);
            reply_error(c, ENT_ENOMEM, NULL);
            return;
        }
        if (gaz_attrs_check(type, tv, n, &ei)) why = ei.text;
        ent_free(tv);
    }
    if (why) {
        json_decref(j);
        reply_error(c, ENT_EINVAL, why);
        return;
    }
    /* ("o" takes the reference: the given lists' are taken first, fresh empty
     * ones are new) */
    json_t *norm = json_pack("{s:s,s:s,s:o,s:o}", "type", type, "name", name, "aliases",
                             al ? json_incref(al) : json_array(), "attributes",
                             at ? json_incref(at) : json_object());
    json_decref(j);
    wjob *job = wjob_create(WJ_PUT_ENTITY);
    char *s = norm ? json_dumps(norm, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
    json_decref(norm);
    if (!job || !s || !(job->id = ent_strdup(id))) {
        ent_free(s);
        wjob_free(job);
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    job->json = s;
    if (api_one_job(c, job)) {
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    api_submit(c, finish_entity);
}

void api_entity_delete(req_ctx *c) {
    wjob *job = wjob_create(WJ_DELETE_ENTITY);
    if (!job || !(job->id = ent_strdup(c->segs[1]))) {
        wjob_free(job);
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    if (api_one_job(c, job)) {
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    api_submit(c, finish_entity);
}
