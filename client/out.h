/* out.h - entq's human-readable output: aligned tables and short reports built
 * from entd's JSON replies (API.md shapes).
 *
 * Pure module apart from writing to the FILE* it is given: no network, no
 * globals, no exit(). Every printer takes a borrowed json_t and tolerates
 * missing or mistyped fields (printed as "-"), because the daemon may add
 * fields and an old entq must keep working against a newer entd. Text coming
 * from the server is printed with control characters replaced by spaces, so a
 * hostile article cannot move the terminal's cursor. Widths are counted in
 * terminal columns (UTF-8 aware, East Asian wide characters count 2). */
#ifndef ENT_OUT_H
#define ENT_OUT_H

#include <jansson.h>
#include <stddef.h>
#include <stdio.h>

/* Widest a name, title or display string may be inside a table before it is
 * cut with an ellipsis: 40 columns keeps a 6-column relation table inside a
 * 160-column terminal and still shows "Organization for Security and Co-op…". */
#define OUT_NAME_WIDTH 40

/* Widest evidence sentence or excerpt: two terminal lines at most. */
#define OUT_EXCERPT_WIDTH 160

/* Widest evidence sentence in `pair` and `why`, where the sentence is the
 * point: a long news sentence runs to about 300 characters, so 600 shows them
 * whole and still cuts a "sentence" that is really a run of boilerplate. */
#define OUT_EVIDENCE_WIDTH 600

/* ---- tables ------------------------------------------------------------- */

/* A table collected row by row and printed with aligned columns. */
typedef struct out_table {
    size_t ncols;
    const char *const *heads; /* borrowed: ncols column headings */
    const char *align;        /* borrowed: one 'l' or 'r' per column */
    const int *maxw;          /* borrowed: ncols widths, 0 = unlimited; NULL = none */
    char **cells;             /* new: nrows * ncols cell strings */
    size_t nrows, caprows;
    int oom; /* a row could not be stored */
} out_table;

/* Start an empty table; heads, align and maxw are borrowed for its lifetime. */
void out_table_init(out_table *t, size_t ncols, const char *const *heads,
                    const char *align, const int *maxw);

/* Add one row of ncols cells (borrowed: copied). NULL cells print as "-".
 * Returns 0 or ENT_ENOMEM (then t->oom is set and print says so). */
int out_table_add(out_table *t, const char *const *cells);

/* Print headings and rows, each line starting with indent (borrowed). */
void out_table_print(const out_table *t, FILE *f, const char *indent);

void out_table_free(out_table *t); /* frees the cells; t may be re-initialised */

/* ---- text helpers ------------------------------------------------------- */

/* Terminal columns taken by UTF-8 s[0..n) (invalid bytes count 1 each). */
size_t out_width(const char *s, size_t n);

/* Copy s (borrowed) into buf (cap bytes) with control characters turned into
 * spaces, runs of white space collapsed to one, ends trimmed, and the result
 * cut to at most maxw columns with a trailing "…" when longer (maxw 0 = no
 * limit, still bounded by cap). Cuts fall on character boundaries. Returns buf. */
char *out_fit(const char *s, size_t n, size_t maxw, char *buf, size_t cap);

/* A JSON scalar for a table cell into buf: strings as is, integers in decimal,
 * reals with %g, true/false, and "-" for null or absent. Returns buf. */
const char *out_scalar(const json_t *v, char *buf, size_t cap);

/* A time field: an ISO 8601 string as given (or just its date when date_only),
 * an integer as seconds since the epoch, "-" when absent. Returns buf. */
const char *out_time(const json_t *v, int date_only, char *buf, size_t cap);

/* "type: message" (or "message") from an API error body {"error": {...}} into
 * buf; the raw body cut to one line when it is not one. Returns buf. */
const char *out_error_text(const char *body, size_t len, char *buf, size_t cap);

/* ---- replies ------------------------------------------------------------- */

/* Print "more: --cursor X" when reply's next_cursor is a non-empty string. */
void out_next_cursor(FILE *f, const json_t *reply);

/* Tagging result (POST /tag, and the body of POST /articles and GET
 * /articles/{id}): the entities table (name, type, mentions, how matched, id)
 * then each relation that is not a co-mention with its sentence. text[0..len)
 * (borrowed, may be NULL) is the article text the sentence offsets point into;
 * without it a relation shows its offsets. */
void out_tag_result(FILE *f, const json_t *res, const char *text, size_t len);

/* POST /articles: id and status, then the tagging result. */
void out_post(FILE *f, const json_t *reply, const char *text, size_t len);

/* POST /articles/_bulk: "N ok (..), M failed" and one line per failed item,
 * naming the item's "line" when it has one (entq adds it). Returns M. */
size_t out_bulk(FILE *f, const json_t *reply);

/* GET /entities/{ref}: the entity card, alternatives and top relations. */
void out_entity(FILE *f, const json_t *e);

/* GET /entities?q=: the matches table. */
void out_entities(FILE *f, const json_t *reply);

/* GET /entities/{ref}/relations: heading and the relations table. */
void out_relations(FILE *f, const json_t *reply);

/* GET /relations?a=&b=: each label with its counts and evidence sentences. */
void out_pair(FILE *f, const json_t *reply);

/* The evidence of one label (case-insensitive) of a GET /relations reply, one
 * "[article] sentence" per line. Returns the number of items printed; with f
 * NULL prints nothing and returns the number there is. */
size_t out_why(FILE *f, const json_t *reply, const char *label);

/* GET /articles: the article list. */
void out_articles(FILE *f, const json_t *reply);

/* GET /articles/{id}: metadata, tagging result, and the text when with_text. */
void out_article(FILE *f, const json_t *reply, int with_text);

/* GET /relations/top: rank, count, articles, relation. */
void out_top(FILE *f, const json_t *reply);

/* GET /stats. */
void out_stats(FILE *f, const json_t *reply);

/* Any object as "key: value" lines (nested objects flattened with '.'); for
 * replies without a dedicated printer (reload, put-entity). */
void out_object(FILE *f, const json_t *obj);

#endif
