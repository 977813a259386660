/* main.c - entd: arguments, configuration, start-up, signals, orderly shutdown.
 *
 *   entd [-c FILE] [-t] [--listen HOST:PORT] [--data DIR] [--threads N]
 *        [--token-file F] [--port-file F] [--log-level L] [--gazetteer DIR]
 *        [--relations DIR] [--gazetteer-cache F]
 *
 * Start-up order: config, store, gazetteer (conf files plus run-time entries
 * from the store; read from its cache file when that was saved for the same
 * input and binary), writer thread, HTTP loops. SIGTERM/SIGINT: stop accepting,
 * let the writer commit everything queued, send the replies, exit 0. SIGHUP:
 * reload the gazetteer and lexicon. */
#include "conf.h"
#include "ent.h"
#include "httpd.h"
#include "log.h"
#include "mem.h"
#include "srv.h"
#include "when.h"
#include "writer.h"

#include <errno.h>
#include <event2/event.h>
#include <event2/thread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static srv_t the_srv;
srv_t *srv = &the_srv;

gaz_t *srv_gaz_get(void) {
    pthread_mutex_lock(&srv->gaz_lock);
    gaz_t *g = gaz_ref(srv->gaz);
    pthread_mutex_unlock(&srv->gaz_lock);
    return g;
}

/* Run-time entries from the store into the builder. */
typedef struct api_load {
    gaz_builder_t *b;
    ent_errinfo *ei;
    int rc;
} api_load;

static int add_api_entity(const char *id, const char *json, void *arg) {
    api_load *al = arg;
    json_error_t je;
    json_t *j = json_loads(json, 0, &je);
    if (!j) {
        al->rc = ent_errinfo_set(al->ei, ENT_ECORRUPT, "stored entity %s is not JSON", id);
        return 1;
    }
    json_t *aliases = json_object_get(j, "aliases"), *attrs = json_object_get(j, "attributes");
    size_t na = json_array_size(aliases), t;
    const char **av = ent_calloc(na + 1, sizeof(char *));
    gaz_attr *tv = api_gaz_attrs(attrs, &t);
    if (!av || !tv) {
        al->rc = ENT_ENOMEM;
    } else {
        size_t i;
        json_t *v;
        json_array_foreach(aliases, i, v) av[i] = json_string_value(v);
        gaz_entry e = {id, json_string_value(json_object_get(j, "type")),
                       json_string_value(json_object_get(j, "name")), av, na, tv, t, ORIGIN_API};
        al->rc = gaz_builder_add_entity(al->b, &e, al->ei);
    }
    ent_free(av);
    ent_free(tv);
    json_decref(j);
    return al->rc != 0;
}

/* Create the directory of path if it is missing (one level, as for data):
 * 0, or -1 with a warning logged. */
static int make_parent_dir(const char *path) {
    char dir[CONF_PATH_MAX];
    snprintf(dir, sizeof(dir), "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) return 0;
    *slash = '\0';
    if (mkdir(dir, 0755) == 0 || errno == EEXIST) return 0;
    log_msg(LOG_WARN, "cannot create %s for the gazetteer cache: %s", dir, strerror(errno));
    return -1;
}

/* Run-time entries into the cache key: each one's id and stored JSON. */
static int key_api_entity(const char *id, const char *json, void *arg) {
    gaz_key *k = arg;
    gaz_key_add(k, id, strlen(id) + 1);
    gaz_key_add(k, json, strlen(json) + 1);
    return 0;
}

/* The gazetteer of the conf files and the run-time entries in r (NULL: none):
 * compiled by a builder. */
static int gaz_compile(store_rtxn *r, gaz_t **out, ent_errinfo *ei) {
    gaz_builder_t *b = gaz_builder_create();
    if (!b) return ENT_ENOMEM;
    int rc = gaz_builder_add_dir(b, srv->conf.gazetteer, ei);
    if (!rc) rc = gaz_builder_add_lexicon(b, srv->conf.relations, ei);
    if (!rc && r) {
        api_load al = {b, ei, 0};
        rc = store_api_entities(r, add_api_entity, &al);
        if (!rc) rc = al.rc;
    }
    if (rc) {
        gaz_builder_free(b);
        return rc;
    }
    return gaz_builder_finish(b, out, ei);
}

int srv_gaz_reload(ent_errinfo *ei) {
    pthread_mutex_lock(&srv->reload_lock);
    ent_errinfo_clear(ei);
    double t0 = srv_now();
    gaz_t *g = NULL;
    store_rtxn *r = NULL;
    int rc = 0, cached = 0;
    /* The compiled gazetteer is kept in a file (gazetteer_cache):
     * read back while the files, the run-time entries (read in the same
     * transaction as the builder reads them) and the program are unchanged. */
    gaz_key k;
    const char *cpath = srv->conf.gazetteer_cache;
    int use_cache = cpath[0] && srv->store; /* (not for entd -t) */
    if (srv->store) rc = store_rbegin(srv->store, &r);
    if (!rc && use_cache) {
        use_cache = !make_parent_dir(cpath) && !gaz_key_init(&k) &&
                    !gaz_key_add_dirs(&k, srv->conf.gazetteer, srv->conf.relations) &&
                    !store_api_entities(r, key_api_entity, &k);
        ent_errinfo cei;
        ent_errinfo_clear(&cei);
        int crc = use_cache ? gaz_cache_load(cpath, &k, &g, &cei) : ENT_ENOTFOUND;
        if (crc == 0) cached = 1;
        else if (crc != ENT_ENOTFOUND) log_msg(LOG_WARN, "%s; compiling the gazetteer", cei.text);
    }
    if (!rc && !cached) {
        rc = gaz_compile(r, &g, ei);
        ent_errinfo cei;
        if (!rc && use_cache && gaz_cache_save(cpath, &k, g, &cei))
            log_msg(LOG_WARN, "%s (the gazetteer is compiled at each start)", cei.text);
    }
    if (r) store_rend(r);
    if (rc) goto out;
    pthread_mutex_lock(&srv->gaz_lock);
    gaz_t *old = srv->gaz;
    srv->gaz = g;
    srv->gaz_loaded_at = when_now();
    atomic_fetch_add(&srv->gaz_gen, 1);
    pthread_mutex_unlock(&srv->gaz_lock);
    gaz_unref(old);
    log_msg(LOG_INFO, "gazetteer loaded%s: %zu entities, %zu aliases in %.0f ms",
            cached ? " from its cache" : "", gaz_entity_count(g), gaz_alias_count(g),
            (srv_now() - t0) * 1000);
out:
    if (rc && !ei->text[0]) ent_errinfo_set(ei, rc, "%s", ent_strerror(rc));
    pthread_mutex_unlock(&srv->reload_lock);
    return rc;
}

static void usage(FILE *fp) {
    fprintf(fp,
            "usage: entd [-c FILE] [-t] [--listen HOST:PORT] [--data DIR] [--threads N]\n"
            "            [--token-file FILE] [--port-file FILE] [--log-level LEVEL]\n"
            "            [--gazetteer DIR] [--relations DIR] [--gazetteer-cache FILE]\n"
            "  -c FILE          configuration file (see conf/entd.conf)\n"
            "  -t               check the configuration and the gazetteer, then exit\n"
            "  --listen A:P     address to listen on (default %s; port 0 = any)\n"
            "  --data DIR       LMDB data directory (default %s)\n"
            "  --threads N      HTTP loop threads (default: one per core)\n"
            "  --token-file F   require Authorization: Bearer <token in F> for writes\n"
            "  --port-file F    write the bound port to F once listening\n"
            "  --log-level L    debug, info, warn or error\n"
            "  --gazetteer DIR  gazetteer directory; --relations DIR: the relation lexicon\n"
            "  --gazetteer-cache F  keep the compiled gazetteer in F (\"\" = compile each time)\n"
            "  --version        print the version\n",
            ENT_DEFAULT_LISTEN, ENT_DEFAULT_DATA);
}

static int read_token(const char *path, char *out, size_t cap) {
    FILE *fp = fopen(path, "r");
    if (!fp) return errno;
    if (!fgets(out, (int)cap, fp)) out[0] = '\0';
    fclose(fp);
    size_t n = strlen(out);
    while (n > 0 && (out[n - 1] == '\n' || out[n - 1] == '\r' || out[n - 1] == ' ')) out[--n] = 0;
    return n ? 0 : ENT_EINVAL;
}

static struct event_base *main_base;

static void on_stop(evutil_socket_t sig, short what, void *arg) {
    (void)what;
    (void)arg;
    log_msg(LOG_INFO, "signal %d: stopping (finishing requests in flight)", (int)sig);
    event_base_loopbreak(main_base);
}

static void on_hup(evutil_socket_t sig, short what, void *arg) {
    (void)sig;
    (void)what;
    (void)arg;
    ent_errinfo ei;
    if (srv_gaz_reload(&ei))
        log_msg(LOG_ERROR, "SIGHUP reload failed, keeping the old gazetteer: %s:%d: %s", ei.file,
                ei.line, ei.text);
}

int main(int argc, char **argv) {
    const char *conf_path = NULL, *port_file = NULL;
    int test_only = 0;
    ent_errinfo ei;
    ent_conf *cf = &srv->conf;
    struct {
        const char *flag, *directive;
    } flags[] = {{"--listen", "listen"}, {"--data", "data"}, {"--threads", "threads"},
                 {"--token-file", "token_file"}, {"--log-level", "log_level"},
                 {"--gazetteer", "gazetteer"}, {"--relations", "relations"},
                 {"--gazetteer-cache", "gazetteer_cache"}};
    const char *overrides[ENT_ARRAY_LEN(flags)] = {0};

    conf_defaults(cf);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        }
        if (!strcmp(a, "--version")) {
            printf("entd %s\n", ENT_VERSION);
            return 0;
        }
        if (!strcmp(a, "-t")) {
            test_only = 1;
            continue;
        }
        if (!strcmp(a, "-c") && i + 1 < argc) {
            conf_path = argv[++i];
            continue;
        }
        if (!strcmp(a, "--port-file") && i + 1 < argc) {
            port_file = argv[++i];
            continue;
        }
        size_t k;
        for (k = 0; k < ENT_ARRAY_LEN(flags); k++)
            if (!strcmp(a, flags[k].flag) && i + 1 < argc) {
                overrides[k] = argv[++i];
                break;
            }
        if (k == ENT_ARRAY_LEN(flags)) {
            fprintf(stderr, "entd: unknown or incomplete option '%s'\n", a);
            usage(stderr);
            return 2;
        }
    }
    if (conf_path && conf_load(cf, conf_path, &ei)) {
        fprintf(stderr, "entd: %s:%d: %s\n", ei.file, ei.line, ei.text);
        return 2;
    }
    for (size_t k = 0; k < ENT_ARRAY_LEN(flags); k++)
        if (overrides[k] && conf_set(cf, flags[k].directive, overrides[k], &ei)) {
            fprintf(stderr, "entd: %s: %s\n", flags[k].flag, ei.text);
            return 2;
        }
    log_level = log_parse_level(cf->log_level);
    ent_mem_install_json();
    evthread_use_pthreads();
    signal(SIGPIPE, SIG_IGN);
    pthread_mutex_init(&srv->gaz_lock, NULL);
    pthread_mutex_init(&srv->reload_lock, NULL);
    srv->started = when_now();

    if (cf->token_file[0]) {
        int rc = read_token(cf->token_file, srv->token, sizeof(srv->token));
        if (rc) {
            fprintf(stderr, "entd: token_file %s: %s\n", cf->token_file,
                    rc == ENT_EINVAL ? "the file is empty" : ent_strerror(rc));
            return 2;
        }
    } else if (getenv("ENTD_TOKEN") && *getenv("ENTD_TOKEN")) {
        snprintf(srv->token, sizeof(srv->token), "%s", getenv("ENTD_TOKEN"));
    }

    if (test_only) {
        int rc = srv_gaz_reload(&ei);
        if (rc) {
            fprintf(stderr, "entd: %s:%d: %s\n", ei.file, ei.line, ei.text);
            return 1;
        }
        printf("entd: configuration and gazetteer OK\n");
        gaz_unref(srv->gaz);
        return 0;
    }

    int rc = store_open(cf->data, (size_t)cf->map_size_mb << 20, (int)cf->sync, &srv->store);
    if (rc) {
        log_msg(LOG_ERROR, "cannot open the store in %s: %s", cf->data, ent_strerror(rc));
        return 1;
    }
    rc = srv_gaz_reload(&ei);
    if (rc) {
        log_msg(LOG_ERROR, "cannot load the gazetteer: %s:%d: %s", ei.file, ei.line, ei.text);
        store_close(srv->store);
        return 1;
    }
    rc = writer_start(srv->store, cf->queue_max, cf->batch_max);
    if (rc) {
        log_msg(LOG_ERROR, "cannot start the writer: %s", ent_strerror(rc));
        return 1;
    }
    int port = 0;
    rc = httpd_start(cf->listen, (int)cf->threads, cf->max_body, cf->timeout,
                     (size_t)cf->reply_cache_mb << 20, &port);
    if (rc) {
        log_msg(LOG_ERROR, "cannot listen on %s: %s", cf->listen, ent_strerror(rc));
        writer_stop();
        store_close(srv->store);
        return 1;
    }
    if (port_file) {
        FILE *fp = fopen(port_file, "w");
        if (fp) {
            fprintf(fp, "%d\n", port);
            fclose(fp);
        }
    }
    main_base = event_base_new();
    struct event *ev_term = evsignal_new(main_base, SIGTERM, on_stop, NULL);
    struct event *ev_int = evsignal_new(main_base, SIGINT, on_stop, NULL);
    struct event *ev_hup = evsignal_new(main_base, SIGHUP, on_hup, NULL);
    event_add(ev_term, NULL);
    event_add(ev_int, NULL);
    event_add(ev_hup, NULL);
    log_msg(LOG_INFO, "entd %s ready: data %s, gazetteer %s", ENT_VERSION, cf->data,
            cf->gazetteer);
    event_base_dispatch(main_base);

    atomic_store(&srv->stopping, 1);
    httpd_stop_accepting();
    writer_stop();
    httpd_shutdown();
    event_free(ev_term);
    event_free(ev_int);
    event_free(ev_hup);
    event_base_free(main_base);
    store_close(srv->store);
    gaz_unref(srv->gaz);
    log_msg(LOG_INFO, "stopped cleanly");
    return 0;
}
