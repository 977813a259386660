/* api_relations.c - GET /relations, /relations/top and /graph. */
#include "ent.h"
#include "mem.h"
#include "srv.h"

#include <event2/buffer.h>
#include <stdio.h>
#include <string.h>

/* Resolve a required query parameter to an entity id; replies on failure. */
static char *resolve_param(req_ctx *c, const char *name) {
    const char *ref = req_param(c, name);
    char msg[160];
    if (!ref || !*ref) {
        snprintf(msg, sizeof(msg), "%s is required: an entity id, name or alias", name);
        reply_error(c, ENT_EINVAL, msg);
        return NULL;
    }
    char *id = NULL;
    int rc = api_resolve(c, ref, &id, NULL);
    if (rc) {
        snprintf(msg, sizeof(msg), "no entity matches %s='%.100s'", name, ref);
        reply_error(c, rc, rc == ENT_ENOTFOUND ? msg : NULL);
        return NULL;
    }
    return id;
}

void api_relations_pair(req_ctx *c) {
    store_window win;
    if (req_window(c, &win)) return;
    long nev = req_uint(c, "evidence", ENT_DEFAULT_EVIDENCE, 0, 100);
    if (nev < 0) return;
    char *a = resolve_param(c, "a");
    if (!a) return;
    char *b = resolve_param(c, "b");
    if (!b) {
        ent_free(a);
        return;
    }
    store_rtxn *r = req_rtxn(c);
    if (!r) goto out;
    const char *label = req_param(c, "label");
    store_pair_rel *v = NULL;
    size_t n = 0;
    int rc = store_pair_relations(r, a, b, label && *label ? label : NULL, &win, (size_t)nev, &v, &n);
    if (rc == ENT_ENOTFOUND) rc = 0, n = 0;
    if (rc) {
        reply_error(c, rc, "cannot read relations");
        goto out;
    }
    jw_t w;
    jw_init(&w);
    jw_obj(&w);
    jw_key(&w, "a");
    char *an = api_entity_brief_jw(c, a, &w);
    jw_key(&w, "b");
    char *bn = api_entity_brief_jw(c, b, &w);
    jw_key(&w, "relations");
    jw_arr(&w);
    for (size_t i = 0; i < n; i++) {
        const store_rel *x = &v[i].rel;
        jw_sep(&w);
        JW_LIT(&w, "{");
        api_rel_fields_jw(&w, x);
        JW_LIT(&w, ",\"display\":");
        if (x->direction == DIR_IN) api_display_jw(&w, bn, an, x->label, 1);
        else api_display_jw(&w, an, bn, x->label, x->directed);
        JW_LIT(&w, ",\"evidence\":[");
        for (size_t k = 0; k < v[i].nev; k++) {
            const store_evidence *e = &v[i].ev[k];
            if (k) JW_LIT(&w, ",");
            JW_LIT(&w, "{\"article\":");
            jw_raw_strz(&w, e->article);
            JW_LIT(&w, ",\"time\":");
            jw_raw_time(&w, e->ts);
            JW_LIT(&w, ",\"text\":");
            jw_raw_strz(&w, e->text ? e->text : "");
            JW_LIT(&w, ",\"start\":");
            jw_raw_int(&w, e->start);
            JW_LIT(&w, ",\"end\":");
            jw_raw_int(&w, e->end);
            if (e->trigger) {
                JW_LIT(&w, ",\"trigger\":");
                jw_raw_strz(&w, e->trigger);
            }
            if (e->role) {
                JW_LIT(&w, ",\"role\":");
                jw_raw_strz(&w, e->role);
            }
            JW_LIT(&w, "}");
        }
        JW_LIT(&w, "]}");
    }
    jw_end_arr(&w);
    jw_end_obj(&w);
    ent_free(an);
    ent_free(bn);
    reply_jw(c, 200, &w);
    store_pair_rels_free(v, n);
out:
    ent_free(a);
    ent_free(b);
}

void api_relations_top(req_ctx *c) {
    store_window w;
    long limit = req_limit(c);
    if (limit < 0 || req_window(c, &w)) return;
    store_rtxn *r = req_rtxn(c);
    if (!r) return;
    const char *label = req_param(c, "label"), *type = req_param(c, "type");
    store_toprel *v = NULL;
    size_t n = 0;
    int rc = store_top_relations(r, &w, label && *label ? label : NULL, type && *type ? type : NULL,
                                 (size_t)limit, &v, &n);
    if (rc) {
        reply_error(c, rc, "cannot read relations");
        return;
    }
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++) {
        const store_toprel *x = &v[i];
        char disp[1024];
        wire_display(disp, sizeof(disp), x->a_name, x->b_name, x->label, x->directed);
        json_array_append_new(
            arr, json_pack("{s:{s:s,s:s,s:s},s:{s:s,s:s,s:s},s:s,s:b,s:I,s:I,s:s}", "a", "id",
                           x->a_id, "name", x->a_name, "type", x->a_type, "b", "id", x->b_id,
                           "name", x->b_name, "type", x->b_type, "label", x->label, "directed",
                           x->directed, "count", (json_int_t)x->count, "articles",
                           (json_int_t)x->articles, "display", disp));
    }
    store_toprels_free(v, n);
    reply_json(c, 200, json_pack("{s:o}", "relations", arr));
}

/* ---- graph ----------------------------------------------------------------- */

/* Bounds on one graph request: a neighbourhood an analyst can look at. */
#define GRAPH_MAX_NODES 500
#define GRAPH_FANOUT 200

typedef struct gnode {
    char *id, *name, *type;
    int depth;
} gnode;

typedef struct gedge {
    size_t a, b; /* node indexes; a -> b when directed */
    char *label;
    int directed;
    uint64_t count;
} gedge;

typedef struct graph {
    gnode *nodes;
    size_t nn, capn;
    gedge *edges;
    size_t ne, cape;
} graph;

static long node_find(const graph *g, const char *id) {
    for (size_t i = 0; i < g->nn; i++)
        if (!strcmp(g->nodes[i].id, id)) return (long)i;
    return -1;
}

static long node_add(graph *g, const char *id, const char *name, const char *type, int depth) {
    long k = node_find(g, id);
    if (k >= 0) return k;
    if (g->nn >= GRAPH_MAX_NODES) return -1;
    if (ent_grow(&g->nodes, &g->capn, g->nn + 1, sizeof(gnode))) return -2;
    gnode *n = &g->nodes[g->nn];
    n->id = ent_strdup(id);
    n->name = ent_strdup(name);
    n->type = ent_strdup(type ? type : "");
    n->depth = depth;
    if (!n->id || !n->name || !n->type) return -2;
    return (long)g->nn++;
}

static int edge_add(graph *g, size_t a, size_t b, const char *label, int directed, uint64_t count) {
    if (!directed && a > b) {
        size_t t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0; i < g->ne; i++) {
        gedge *e = &g->edges[i];
        if (e->a == a && e->b == b && !strcmp(e->label, label)) return 0;
    }
    if (ent_grow(&g->edges, &g->cape, g->ne + 1, sizeof(gedge))) return ENT_ENOMEM;
    gedge *e = &g->edges[g->ne];
    e->a = a;
    e->b = b;
    e->label = ent_strdup(label);
    e->directed = directed;
    e->count = count;
    if (!e->label) return ENT_ENOMEM;
    g->ne++;
    return 0;
}

static void graph_free(graph *g) {
    for (size_t i = 0; i < g->nn; i++) {
        ent_free(g->nodes[i].id);
        ent_free(g->nodes[i].name);
        ent_free(g->nodes[i].type);
    }
    for (size_t i = 0; i < g->ne; i++) ent_free(g->edges[i].label);
    ent_free(g->nodes);
    ent_free(g->edges);
}

static void xml_escape(struct evbuffer *o, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '&': evbuffer_add(o, "&amp;", 5); break;
        case '<': evbuffer_add(o, "&lt;", 4); break;
        case '>': evbuffer_add(o, "&gt;", 4); break;
        case '"': evbuffer_add(o, "&quot;", 6); break;
        default: evbuffer_add(o, s, 1);
        }
    }
}

static void dot_escape(struct evbuffer *o, const char *s) {
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') evbuffer_add(o, "\\", 1);
        if (*s == '\n') {
            evbuffer_add(o, "\\n", 2);
            continue;
        }
        evbuffer_add(o, s, 1);
    }
}

static void render_graphml(struct evbuffer *o, const graph *g) {
    evbuffer_add_printf(
        o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
           "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
           "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
           "  <key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
           "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"long\"/>\n"
           "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
           "  <graph id=\"entd\" edgedefault=\"undirected\">\n");
    for (size_t i = 0; i < g->nn; i++) {
        evbuffer_add_printf(o, "    <node id=\"n%zu\"><data key=\"name\">", i);
        xml_escape(o, g->nodes[i].name);
        evbuffer_add_printf(o, "</data><data key=\"type\">");
        xml_escape(o, g->nodes[i].type);
        evbuffer_add_printf(o, "</data></node>\n");
    }
    for (size_t i = 0; i < g->ne; i++) {
        const gedge *e = &g->edges[i];
        evbuffer_add_printf(o,
                            "    <edge id=\"e%zu\" source=\"n%zu\" target=\"n%zu\" "
                            "directed=\"%s\"><data key=\"label\">",
                            i, e->a, e->b, e->directed ? "true" : "false");
        xml_escape(o, e->label);
        evbuffer_add_printf(o,
                            "</data><data key=\"count\">%llu</data><data key=\"weight\">%llu"
                            "</data></edge>\n",
                            (unsigned long long)e->count, (unsigned long long)e->count);
    }
    evbuffer_add_printf(o, "  </graph>\n</graphml>\n");
}

static void render_dot(struct evbuffer *o, const graph *g) {
    evbuffer_add_printf(o, "digraph entd {\n  node [shape=box, fontname=\"Helvetica\"];\n");
    for (size_t i = 0; i < g->nn; i++) {
        evbuffer_add_printf(o, "  n%zu [label=\"", i);
        dot_escape(o, g->nodes[i].name);
        evbuffer_add_printf(o, "\", tooltip=\"");
        dot_escape(o, g->nodes[i].type);
        evbuffer_add_printf(o, "\"];\n");
    }
    for (size_t i = 0; i < g->ne; i++) {
        const gedge *e = &g->edges[i];
        evbuffer_add_printf(o, "  n%zu -> n%zu [label=\"", e->a, e->b);
        dot_escape(o, e->label);
        evbuffer_add_printf(o, " (%llu)\"%s];\n", (unsigned long long)e->count,
                            e->directed ? "" : ", dir=none");
    }
    evbuffer_add_printf(o, "}\n");
}

void api_graph(req_ctx *c) {
    store_window w;
    if (req_window(c, &w)) return;
    long depth = req_uint(c, "depth", 1, 1, 3);
    if (depth < 0) return;
    long min_count = req_uint(c, "min_count", 1, 1, 1000000000);
    if (min_count < 0) return;
    const char *fmt = req_param(c, "format");
    if (!fmt || !*fmt) fmt = "json";
    if (strcmp(fmt, "json") && strcmp(fmt, "graphml") && strcmp(fmt, "dot")) {
        reply_error(c, ENT_EINVAL, "format must be json, graphml or dot");
        return;
    }
    const char *label = req_param(c, "label");
    if (label && !*label) label = NULL;
    char *root = resolve_param(c, "entity");
    if (!root) return;
    store_rtxn *r = req_rtxn(c);
    graph g;
    memset(&g, 0, sizeof(g));
    int rc = 0;
    if (!r) goto out;
    json_t *rb = api_entity_brief(c, root);
    long k = node_add(&g, root, json_string_value(json_object_get(rb, "name")),
                      json_string_value(json_object_get(rb, "type")), 0);
    json_decref(rb);
    if (k < 0) {
        rc = ENT_ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < g.nn && !rc; i++) {
        if (g.nodes[i].depth >= depth) continue;
        store_rel *v = NULL;
        size_t n = 0;
        int more;
        rc = store_entity_relations(r, g.nodes[i].id, label, NULL, &w, 0, GRAPH_FANOUT, &v, &n,
                                    &more);
        if (rc == ENT_ENOTFOUND) {
            rc = 0;
            continue;
        }
        for (size_t q = 0; q < n && !rc; q++) {
            if (v[q].count < (uint64_t)min_count) continue;
            long o = node_add(&g, v[q].other_id, v[q].other_name, v[q].other_type,
                              g.nodes[i].depth + 1);
            if (o == -2) rc = ENT_ENOMEM;
            if (o < 0) continue; /* node cap reached */
            size_t a = i, b = (size_t)o;
            if (v[q].direction == DIR_IN) a = (size_t)o, b = i;
            rc = edge_add(&g, a, b, v[q].label, v[q].directed, v[q].count);
        }
        store_rels_free(v, n);
    }
    if (rc) goto out;
    if (!strcmp(fmt, "json")) {
        json_t *nodes = json_array(), *edges = json_array();
        for (size_t i = 0; i < g.nn; i++)
            json_array_append_new(nodes, json_pack("{s:s,s:s,s:s,s:I}", "id", g.nodes[i].id,
                                                   "name", g.nodes[i].name, "type",
                                                   g.nodes[i].type, "depth",
                                                   (json_int_t)g.nodes[i].depth));
        for (size_t i = 0; i < g.ne; i++)
            json_array_append_new(edges, json_pack("{s:s,s:s,s:s,s:b,s:I}", "source",
                                                   g.nodes[g.edges[i].a].id, "target",
                                                   g.nodes[g.edges[i].b].id, "label",
                                                   g.edges[i].label, "directed",
                                                   g.edges[i].directed, "count",
                                                   (json_int_t)g.edges[i].count));
        reply_json(c, 200, json_pack("{s:o,s:o}", "nodes", nodes, "edges", edges));
    } else {
        struct evbuffer *o = evbuffer_new();
        if (!o) {
            rc = ENT_ENOMEM;
            goto out;
        }
        int gml = !strcmp(fmt, "graphml");
        if (gml) render_graphml(o, &g);
        else render_dot(o, &g);
        size_t len = evbuffer_get_length(o);
        const char *body = (const char *)evbuffer_pullup(o, -1);
        reply_text(c, 200, gml ? "application/graphml+xml" : "text/vnd.graphviz", body ? body : "",
                   body ? len : 0);
        evbuffer_free(o);
    }
out:
    if (rc) reply_error(c, rc, "cannot build the graph");
    graph_free(&g);
    ent_free(root);
}
