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
    jw_sep(w);
    if (r && store_entity_get(r, id, &e) == 0) {
        JW_LIT(w, "{\"id\":");
        jw_raw_strz(w, e.id);
        JW_LIT(w, ",\"name\":");
        jw_raw_strz(w, e.name);
        JW_LIT(w, ",\"type\":");
        jw_raw_strz(w, e.type);
        JW_LIT(w, "}");
        name = e.name;
        e.name = NULL;
        store_entity_clear(&e);
    } else {
        gaz_t *g = srv_gaz_get();
        int32_t gi = gaz_find_id(g, id);
        const gaz_entity *ge = gi >= 0 ? gaz_entity_at(g, (uint32_t)gi) : NULL;
        JW_LIT(w, "{\"id\":");
        jw_raw_strz(w, id);
        JW_LIT(w, ",\"name\":");
        jw_raw_strz(w, ge ? ge->name : id);
        JW_LIT(w, ",\"type\":");
        jw_raw_strz(w, ge ? ge->type : NULL);
        JW_LIT(w, "}");
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

/* ---- hand-written parts of the hot relation replies (jw_raw_*) ------------- */

void api_display_jw(jw_t *w, const char *a, const char *b, const char *label, int directed) {
    char buf[1024];
    jw_raw_str(w, buf, wire_display(buf, sizeof(buf), a, b, label, directed));
}

static const char *dir_json(int d) {
    return d == DIR_OUT ? "\"out\"" : d == DIR_IN ? "\"in\"" : "\"both\"";
}

void api_rel_fields_jw(jw_t *w, const store_rel *x) {
    JW_LIT(w, "\"label\":");
    jw_raw_strz(w, x->label);
    if (x->directed) JW_LIT(w, ",\"directed\":true,\"direction\":");
    else JW_LIT(w, ",\"directed\":false,\"direction\":");
    const char *d = dir_json(x->direction);
    jw_raw(w, d, strlen(d));
    JW_LIT(w, ",\"count\":");
    jw_raw_int(w, (int64_t)x->count);
    JW_LIT(w, ",\"articles\":");
    jw_raw_int(w, x->articles);
    JW_LIT(w, ",\"first_seen\":");
    jw_raw_time(w, x->first_seen);
    JW_LIT(w, ",\"last_seen\":");
    jw_raw_time(w, x->last_seen);
}
