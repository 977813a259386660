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

/* "A–B: label" or "A→B: label" into buf. */
void wire_display(char *buf, size_t cap, const char *a, const char *b, const char *label,
                  int directed);

/* {"error": {"status", "type", "message"}}; new reference or NULL. */
json_t *wire_error(int status, const char *type, const char *message);

/* 64-bit FNV-1a over bytes, chained through h (start with WIRE_HASH_INIT). */
#define WIRE_HASH_INIT 14695981039346656037ull
uint64_t wire_hash(uint64_t h, const void *p, size_t n);

#endif
