/* ent.h - version, default paths and limits shared by entd, entq and the tools.
 *
 * Every limit says why it has the value it has. Limits that users may change at
 * run time live in conf/entd.conf; these are the compiled-in defaults and caps. */
#ifndef ENT_H
#define ENT_H

#include <stddef.h>
#include <stdint.h>

#define ENT_VERSION "0.1.0"

#define ENT_DEFAULT_LISTEN "127.0.0.1:7311"
#define ENT_DEFAULT_PORT 7311
#define ENT_DEFAULT_DATA "./data"
#define ENT_DEFAULT_CONF "conf/entd.conf"
#define ENT_DEFAULT_SERVER "http://127.0.0.1:7311"

/* API.md: a body over max_body is refused with 413. 8 MiB holds a few thousand
 * articles in one bulk request and any single article we have ever seen. */
#define ENT_DEFAULT_MAX_BODY (8u << 20)

/* Offsets are uint32 byte offsets, so one article's text must stay below 4 GiB;
 * the body limit above keeps it far below that. */
#define ENT_MAX_TEXT (UINT32_MAX - 1)

/* API.md paging: limit defaults to 20 and is capped at 1000 so one read txn
 * stays short on the loop thread. */
#define ENT_DEFAULT_LIMIT 20
#define ENT_MAX_LIMIT 1000

/* Ids are used as LMDB keys (max 511 bytes with the default build); keep room
 * for the key prefixes. */
#define ENT_MAX_ID 400

/* A token longer than this cannot be a gazetteer word: the longest alias token
 * in any source list is far shorter. Longer tokens are skipped unfolded. */
#define ENT_MAX_TOKEN 128

/* Evidence items returned per relation by default (API.md). */
#define ENT_DEFAULT_EVIDENCE 3

#define ENT_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
