/* wire.h - JSON <-> the structs of the API (articles, tagging results, errors).
 *
 * Shared by entd, entq and the tools so the schema lives in one place. All JSON
 * goes through jansson. */
#ifndef ENT_WIRE_H
#define ENT_WIRE_H

#include "err.h"
#include "tag.h"

#include <jansson.h>
#include <stdint.h>

/* An article as posted. Strings are new (owned by the struct). */
typedef struct ent_article {
    char *id;        /* given, or derived by wire_article_finish */
    char *url;       /* NULL when absent */
    char *title;     /* NULL when absent */
    char *text;      /* required, non-empty, valid UTF-8 */
    size_t text_len;
    char *source;    /* NULL when absent */
    int64_t published; /* WHEN_NONE when absent */
    uint64_t hash;   /* content hash (title, text, url, source, published) */
} ent_article;

/* Decode a JSON article object into a (zeroed first). Unknown keys are ignored
 * so producers may send extra metadata. Errors: ENT_EINVAL with ei->text naming
 * the field ("text is required and must be a non-empty string"), ENT_ENOMEM. */
int wire_article_decode(const json_t *j, ent_article *a, ent_errinfo *ei);

/* An article from a text/plain body. ENT_EUTF8 or ENT_EINVAL (empty). */
int wire_article_from_text(const char *body, size_t len, ent_article *a, ent_errinfo *ei);

/* Fill the id when absent (from the url, else a hash of title and text) and the
 * content hash. */
int wire_article_finish(ent_article *a);

void wire_article_clear(ent_article *a); /* frees the strings; a may be reused */

/* Check an id given by a client: 1..ENT_MAX_ID bytes of UTF-8 without control
 * characters or '/'. 0 or ENT_EINVAL with ei->text. */
int wire_check_id(const char *id, ent_errinfo *ei);

/* {"entities": [...], "relations": [...]} for r over text (mention "text" and
 * evidence are cut from it). New reference, or NULL when out of memory. */
json_t *wire_tag_result(const tag_result *r, const char *text, size_t len);

/* "A–B: label" or "A→B: label" into buf (cap > 0), cut to cap - 1 bytes as
 * snprintf cuts; returns the length written. */
size_t wire_display(char *buf, size_t cap, const char *a, const char *b, const char *label,
                    int directed);

/* {"error": {"status", "type", "message"}}; new reference or NULL. */
json_t *wire_error(int status, const char *type, const char *message);

/* Compact JSON text of j, byte for byte what json_dumps(j, JSON_COMPACT |
 * JSON_ENCODE_ANY) writes, but without jansson's per-object key sort (objects
 * keep insertion order either way), which cost more than building the reply.
 * *len gets the length. New string (ent_free), or NULL when out of memory. */
char *wire_dumps(const json_t *j, size_t *len);

/* A streaming JSON writer for the hot read endpoints: the reply text is written
 * straight into one buffer instead of building jansson values first (which
 * cost more than the store query itself). Escaping is wire_dumps', which the
 * unit tests hold byte-equal to jansson's. Nesting is at most JW_DEPTH deep.
 * After an allocation failure every call is a no-op and jw_finish returns
 * NULL. */
#define JW_DEPTH 32
typedef struct wire_buf {
    char *p;
    size_t n, cap;
    int oom;
} wire_buf;
typedef struct jw {
    wire_buf b;
    int depth;
    unsigned char first[JW_DEPTH]; /* no element written yet at this level */
    int after_key;                 /* a key was written: the value needs no comma */
} jw_t;

void jw_init(jw_t *w);
void jw_obj(jw_t *w);     /* { */
void jw_end_obj(jw_t *w); /* } */
void jw_arr(jw_t *w);     /* [ */
void jw_end_arr(jw_t *w); /* ] */
void jw_key(jw_t *w, const char *k);
void jw_str(jw_t *w, const char *s); /* NULL writes null */
void jw_strn(jw_t *w, const char *s, size_t n);
void jw_int(jw_t *w, int64_t v);
void jw_int_str(jw_t *w, int64_t v); /* the number as a string ("40") */
void jw_bool(jw_t *w, int v);
void jw_null(jw_t *w);
void jw_time(jw_t *w, int64_t t); /* ISO 8601, or null for WHEN_NONE */
void jw_json(jw_t *w, const json_t *j); /* a jansson value, compact */
/* The text (new, ent_free) and its length; NULL when out of memory. */
char *jw_finish(jw_t *w, size_t *len);

/* Raw appends for hand-written hot replies (the relations of an entity or a
 * pair): the caller writes keys, commas and braces itself as literals, and
 * calls jw_sep (the comma rule of the calls above) once before a value it
 * adds to a container the calls above opened. What lands in the buffer is
 * exactly what the calls above would write. */
void jw_sep(jw_t *w);
void jw_raw(jw_t *w, const char *s, size_t n);                /* bytes as they are */
#define JW_LIT(w, s) jw_raw((w), "" s, sizeof(s) - 1)         /* s: a string literal */
void jw_raw_str(jw_t *w, const char *s, size_t n);            /* quoted, escaped */
void jw_raw_strz(jw_t *w, const char *s);                     /* the same; NULL writes null */
void jw_raw_int(jw_t *w, int64_t v);
void jw_raw_time(jw_t *w, int64_t t); /* ISO 8601 quoted, or null for WHEN_NONE */

/* 64-bit FNV-1a over bytes, chained through h (start with WIRE_HASH_INIT). */
#define WIRE_HASH_INIT 14695981039346656037ull
uint64_t wire_hash(uint64_t h, const void *p, size_t n);

#endif
