/* api_ops.c - /healthz, /stats, /metrics, /admin/reload. */
#include "ent.h"
#include "log.h"
#include "mem.h"
#include "srv.h"
#include "when.h"
#include "writer.h"

#include <event2/buffer.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

void api_healthz(req_ctx *c) {
    if (store_writable(srv->store) && !atomic_load(&srv->stopping))
        reply_json(c, 200, json_pack("{s:s}", "status", "ok"));
    else
        reply_error_status(c, 503, "unavailable", "the store is not writable or entd is stopping");
}

void api_stats(req_ctx *c) {
    store_rtxn *r = req_rtxn(c);
    if (!r) return;
    store_stats st;
    int rc = store_get_stats(r, &st);
    if (rc) {
        reply_error(c, rc, "cannot read store statistics");
        return;
    }
    gaz_t *g = srv_gaz_get();
    pthread_mutex_lock(&srv->gaz_lock);
    int64_t loaded = srv->gaz_loaded_at;
    pthread_mutex_unlock(&srv->gaz_lock);
    json_t *o = json_pack(
        "{s:I,s:I,s:I,s:I,s:{s:I,s:I,s:o},s:{s:I,s:I,s:I},s:I,s:s,s:I}", "articles",
        (json_int_t)st.articles, "entities", (json_int_t)st.entities, "relations",
        (json_int_t)st.relations, "mentions", (json_int_t)st.mentions, "gazetteer", "entities",
        (json_int_t)gaz_entity_count(g), "aliases", (json_int_t)gaz_alias_count(g), "loaded_at",
        api_time(loaded), "store", "bytes", (json_int_t)st.bytes, "map_size",
        (json_int_t)st.map_size, "text_bytes", (json_int_t)st.text_bytes, "uptime_s",
        (json_int_t)(when_now() - srv->started), "version", ENT_VERSION, "write_queue",
        (json_int_t)writer_queued());
    gaz_unref(g);
    reply_json(c, 200, o);
}

void api_metrics(req_ctx *c) {
    struct evbuffer *o = evbuffer_new();
    if (!o) {
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    metrics_render(o);
    store_rtxn *r = req_rtxn(c);
    store_stats st;
    if (r && store_get_stats(r, &st) == 0)
        evbuffer_add_printf(o,
                            "# HELP entd_store_bytes Bytes of the LMDB data file in use.\n"
                            "# TYPE entd_store_bytes gauge\nentd_store_bytes %llu\n"
                            "# HELP entd_articles Articles stored.\n"
                            "# TYPE entd_articles gauge\nentd_articles %llu\n"
                            "# HELP entd_relations Distinct relations stored.\n"
                            "# TYPE entd_relations gauge\nentd_relations %llu\n",
                            (unsigned long long)st.bytes, (unsigned long long)st.articles,
                            (unsigned long long)st.relations);
    size_t len = evbuffer_get_length(o);
    const char *body = (const char *)evbuffer_pullup(o, -1);
    reply_text(c, 200, "text/plain; version=0.0.4", body ? body : "", body ? len : 0);
    evbuffer_free(o);
}

/* ---- reload: runs on its own thread, answers on the request's loop ------------- */

typedef struct reload_job {
    int rc;
    ent_errinfo ei;
} reload_job;

static void finish_reload(req_ctx *c) {
    reload_job *j = c->user;
    if (j->rc) {
        char msg[600];
        if (j->ei.file[0])
            snprintf(msg, sizeof(msg), "%s:%d: %s (the previous gazetteer stays in force)",
                     j->ei.file, j->ei.line, j->ei.text);
        else snprintf(msg, sizeof(msg), "%s (the previous gazetteer stays in force)", j->ei.text);
        reply_error_status(c, 400, "invalid_argument", msg);
        return;
    }
    gaz_t *g = srv_gaz_get();
    reply_json(c, 200, json_pack("{s:s,s:I,s:I}", "status", "reloaded", "entities",
                                 (json_int_t)gaz_entity_count(g), "aliases",
                                 (json_int_t)gaz_alias_count(g)));
    gaz_unref(g);
}

static void *reload_main(void *arg) {
    req_ctx *c = arg;
    reload_job *j = c->user;
    j->rc = srv_gaz_reload(&j->ei);
    loop_complete(c);
    return NULL;
}

void api_reload(req_ctx *c) {
    reload_job *j = ent_calloc(1, sizeof(*j));
    if (!j) {
        reply_error(c, ENT_ENOMEM, NULL);
        return;
    }
    c->user = j;
    c->user_free = ent_free;
    c->finish = finish_reload;
    req_defer(c);
    pthread_t th;
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    int rc = pthread_create(&th, &at, reload_main, c);
    pthread_attr_destroy(&at);
    if (rc) { /* run it here rather than fail */
        log_msg(LOG_WARN, "cannot start a reload thread (%s); reloading on the loop",
                ent_strerror(rc));
        reload_main(c);
    }
}
