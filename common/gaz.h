/* gaz.h - the gazetteer and relation lexicon, compiled into one immutable matcher.
 *
 * A gaz_t holds everything the tagger and the relation extractor look up:
 *   - entities (id, type, name, aliases, attributes) from the entity files (*.tsv) of conf/gazetteer
 *     and from run-time entries (PUT /entities);
 *   - word lists: titles, first names, stop words, organization words and
 *     boilerplate phrases (conf/gazetteer/lists/);
 *   - relation labels and triggers (conf/relations/).
 * All phrases go through the one tokenizer (text.h) and are compiled into a
 * vocabulary of folded tokens plus token tries, so matching walks tokens, never
 * strings. The file formats are documented in conf/gazetteer/README.md and
 * conf/relations/README.md.
 *
 * A gaz_t is immutable once built and reference counted: any thread may use it
 * while it holds a reference; a reload builds a new one and swaps the pointer.
 *
 * Tie-break among entities sharing an alias (documented for users): the entry
 * with the higher `prio` attribute wins; then the one whose canonical name (not
 * an alias) it is; then type order COUNTRY, ORG, PERSON, LOCATION, others; then
 * the smaller id in byte order. Case policy: an alias written in capitals only
 * ("US", "U.N.", "AP") matches only capitals; an alias word written with an
 * initial capital needs a capital in the text; lowercase alias words match any
 * case; the attribute case=any lifts all of this for one entry, and
 * article=the makes an alias "The" plus one word ("The Guardian") match that
 * word only capitalized, right after "the" and before no other capitalized
 * word (nor "of" and one: "The Times of Zambia"). The names of the attribute
 * local ("Labor Party" of the Australian Labor Party) come after all others in
 * the tie-break: the tagger takes one only where the text's countries say so
 * (tag.c node_cand). */
#ifndef ENT_GAZ_H
#define ENT_GAZ_H

#include "err.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

typedef struct gaz gaz_t;
typedef struct gaz_builder gaz_builder_t;

/* How a mention was matched; API.md "via". */
typedef enum {
    VIA_NAME = 0,  /* the canonical name */
    VIA_ALIAS,     /* another alias */
    VIA_DEMONYM,   /* "Iranian" -> Iran */
    VIA_CAPITAL,   /* "Tehran said" -> Iran */
    VIA_TITLE,     /* unknown person after a title */
    VIA_COREF,     /* later short form of an earlier mention */
    VIA_FIRSTNAME, /* unknown person starting with a known first name */
    VIA_KEYWORD,   /* unknown organization ending in an organization word */
    VIA_SPEAKER,   /* unknown person named as the speaker: "..., said Geraghty" */
    VIA_INITIAL,   /* unknown person written with initials: "J. Ratcliffe" */
    VIA_NATIONALITY, /* unknown person with a country in brackets: "Heli Rantanen (Finland)" */
    VIA_SYLLABLES, /* unknown person shaped like an East Asian name: "Leung Kwok-hung" */
    VIA_LIST,      /* unknown person listed next to a person: "Brian Henninger, Tiger Woods" */
    VIA_TEAM,      /* a team in a results or standings line: "Wigan 22 19 1 2 902 326 39" */
    VIA_SCORECARD, /* a cricketer placed by a scorecard: "c Cork b Croft", "Mullally 6-0-30-1";
                    * a goal's scorer: "Scorers: Zoran Kundic (28th)" */
    VIA_COMPOUND,  /* unknown person whose name links words by "-ul-", "-ur-": "Inzamam-ul-Haq" */
    VIA_ROLE,      /* unknown person before a comma and a role: "Noboru Goto, president of" */
    VIA_LEADER,    /* unknown person who leads, heads or founded an organization named
                    * before: "the party, led by Tarique Rahman," */
    VIA_PLAYER,    /* unknown person after a club's possessive in a text about team
                    * sports: "Arsenal's Bukayo Saka" */
    VIA_TOWN,      /* unknown town before a comma and its state: "Secaucus, N.J."; a
                    * county: "Harris County" */
    VIA_BYLINE,    /* unknown person credited in a byline or a credit line: "By X and Y",
                    * "(Reporting by X; Editing by Y)" */
    VIA_EVENT,     /* unknown event: a place, people or organizer before an event's word,
                    * "the U.S. Open", "Atlanta Games", "the BellSouth Classic" */
    VIA_LIFE,      /* unknown person before a verb only people take: "Thurgood Marshall
                    * was born in Baltimore", "Ivor Catt died on Monday" */
    VIA__COUNT
} gaz_via;

const char *gaz_via_name(int via); /* "name", "alias", ... */

/* Where an entity comes from; API.md "origin". */
enum { ORIGIN_GAZETTEER = 0, ORIGIN_DISCOVERED = 1, ORIGIN_API = 2 };
const char *gaz_origin_name(int origin);

typedef struct gaz_attr {
    const char *key, *value; /* value may hold a |-separated list */
} gaz_attr;

/* The types the tagger's rules know by name; any other type is KIND_OTHER. */
enum { KIND_OTHER = 0, KIND_PERSON, KIND_COUNTRY, KIND_ORG, KIND_LOCATION };

/* Kind of a type string. */
int gaz_kind(const char *type);

/* The attribute "kind" of an entity as a code (gaz_entity.sub): SUB_NONE
 * without one, SUB_OTHER for a kind no rule tests ("ngo", "media", ...). */
enum {
    SUB_NONE = 0,
    SUB_OTHER,
    SUB_CITY,
    SUB_COUNTY,
    SUB_STATE,
    SUB_REGION,
    SUB_COMPANY,
    SUB_PARTY,
    SUB_GOVERNMENT,
    SUB_MILITARY,
    SUB_ARMED,
    SUB_CLUB,
    SUB_SEA, /* a sea, a gulf or a strait */
    SUB_IGO  /* an intergovernmental organization */
};

/* Bits of the kinds of entity a relation's side may be (labels.tsv's types,
 * triggers.tsv's actors): 1 << KIND_x, and two of the organizations' kinds,
 * armed groups (SUB_ARMED: "ARMED") and intergovernmental ones (SUB_IGO:
 * "IGO"), which an ORG's bit includes. */
#define GAZ_KINDS_IGO (1u << 6)
#define GAZ_KINDS_ARMED (1u << 7)

/* One entity. All pointers are owned by the gaz_t and live as long as it. */
typedef struct gaz_entity {
    const char *id;
    const char *type;
    const char *name;
    const char *const *aliases; /* every alias except the name, demonyms, capitals */
    uint32_t naliases;
    const gaz_attr *attrs;
    uint32_t nattrs;
    int32_t prio;   /* attribute prio, default 0 */
    uint8_t origin; /* ORIGIN_GAZETTEER or ORIGIN_API */
    uint8_t kind;   /* KIND_* of type */
    uint8_t sub;    /* SUB_* of the attribute kind */
    uint8_t town;   /* a LOCATION of kind "city", "county" or of no kind: a town,
                     * whose name is often a surname too ("Houston", "Toulouse") */
    uint8_t county; /* a LOCATION of kind "county", whose name is a team's too
                     * ("Surrey beat Kent") */
    uint8_t company; /* an ORG of kind "company", whose one-word name is often a
                      * family's ("Heineken", "Porsche", "Ferrari") */
    uint32_t id_len, type_len, name_len; /* strlen of id, type and name */
} gaz_entity;

/* Entity input for the builder (run-time entries, tests). Strings borrowed for
 * the duration of the call. */
typedef struct gaz_entry {
    const char *id, *type, *name;
    const char *const *aliases;
    size_t naliases;
    const gaz_attr *attrs;
    size_t nattrs;
    int origin;
} gaz_entry;

/* ---- building ------------------------------------------------------------ */

/* new builder, or NULL */
gaz_builder_t *gaz_builder_create(void);
void gaz_builder_free(gaz_builder_t *b);

/* Read every *.tsv entity file of dir (sorted by name; a later file's entry
 * replaces an earlier one with the same id), then dir/lists/. Errors:
 * ENT_ECONF with ei naming file, line and problem; errno for unreadable files;
 * ENT_ENOMEM. */
int gaz_builder_add_dir(gaz_builder_t *b, const char *dir, ent_errinfo *ei);

/* Read one entity TSV file (format in conf/gazetteer/README.md). */
int gaz_builder_add_file(gaz_builder_t *b, const char *path, ent_errinfo *ei);

/* Read the relation lexicon: dir/labels.tsv and dir/triggers.tsv. */
int gaz_builder_add_lexicon(gaz_builder_t *b, const char *dir, ent_errinfo *ei);

/* Add or replace one entity. ENT_EINVAL (ei says why) for an empty id, type or
 * name, or an id over ENT_MAX_ID bytes; ENT_ECONF for attributes that
 * gaz_attrs_check refuses. */
int gaz_builder_add_entity(gaz_builder_t *b, const gaz_entry *e, ent_errinfo *ei);

/* Do the attributes attrs[0..n) of an entity of type type that the matcher
 * reads hold values it takes: "case" is "any", "article" is "the", "prio" an
 * integer in -1000000 .. 1000000, and "local" comes with "country" (but for a
 * COUNTRY, whose local names are its own country's)? 0, or ENT_ECONF with ei
 * saying which does not. Every entry added is checked so; the server checks a
 * run-time entry with it before storing it (a stored entry must load). */
int gaz_attrs_check(const char *type, const gaz_attr *attrs, size_t n, ent_errinfo *ei);

/* Remove an entity by id (run-time DELETE). 0, or ENT_ENOTFOUND. */
int gaz_builder_remove(gaz_builder_t *b, const char *id);

/* Word lists, one entry per call (the list files use these too).
 * kind for titles: "role" (gives an affiliation role), "role-after-name" (the
 * same, but a title only right after a country, demonym or organization:
 * "Libyan leader", "IAEA chief"), "rank" (a rank or office written as an
 * honorific, "Lt." or "Gov.": its role counts where no other title before the
 * name has one, "Coast Guard Lt. X"), "intro" (never a title: a lowercase word
 * that introduces a name of two words or more, with no affiliation: "Nobel
 * laureate X", "pop star X") or "honorific". */
int gaz_builder_add_title(gaz_builder_t *b, const char *title, const char *kind,
                          const char *role);
int gaz_builder_add_word(gaz_builder_t *b, const char *list, const char *word);

/* Compile into a matcher; the builder is consumed (freed) even on failure.
 * *out is new with one reference. */
int gaz_builder_finish(gaz_builder_t *b, gaz_t **out, ent_errinfo *ei);

/* Convenience: a builder over conf_dir/gazetteer and conf_dir/relations. */
int gaz_load(const char *gaz_dir, const char *lex_dir, gaz_t **out, ent_errinfo *ei);

/* ---- the compiled gazetteer cached in a file (gazcache.c) ---------------- */

/* What a compiled gazetteer is made from: the program and every input. */
typedef struct gaz_key {
    uint64_t h[2];
} gaz_key;

/* A key of the running program (its executable's bytes): 0 or errno. */
int gaz_key_init(gaz_key *k);
/* Add the regular files of gaz_dir, gaz_dir/lists and lex_dir (may be NULL):
 * names and bytes. 0, errno or ENT_ENOMEM. */
int gaz_key_add_dirs(gaz_key *k, const char *gaz_dir, const char *lex_dir);
/* Add other input (a run-time entry's stored bytes), in the order it is built. */
void gaz_key_add(gaz_key *k, const void *p, size_t n);

/* Save g to the file path (written whole under a temporary name, then renamed
 * over it). 0, or an error with ei saying what. */
int gaz_cache_save(const char *path, const gaz_key *k, const gaz_t *g, ent_errinfo *ei);
/* Read the gazetteer saved at path for key k: 0 and *out (one reference);
 * ENT_ENOTFOUND when there is no file or it is of another key or format;
 * ENT_ECORRUPT when it is damaged; errno or ENT_ENOMEM; ei says which. */
int gaz_cache_load(const char *path, const gaz_key *k, gaz_t **out, ent_errinfo *ei);
/* gaz_load through the cache file cache (NULL: none): read it when it was
 * saved for these directories and this program (*hit = 1), else compile and
 * save it (a failure to save is a warning on stderr). */
int gaz_load_cached(const char *gaz_dir, const char *lex_dir, const char *cache, gaz_t **out,
                    int *hit, ent_errinfo *ei);

/* ---- using --------------------------------------------------------------- */

gaz_t *gaz_ref(gaz_t *g);   /* returns g with one more reference; thread-safe */
void gaz_unref(gaz_t *g);   /* drops one; frees at zero; NULL is a no-op */

size_t gaz_entity_count(const gaz_t *g);
size_t gaz_alias_count(const gaz_t *g);
const gaz_entity *gaz_entity_at(const gaz_t *g, uint32_t idx); /* borrowed */

/* Entity index by exact id; -1 when unknown. */
int32_t gaz_find_id(const gaz_t *g, const char *id);
/* The same for the id of n bytes, given h = text_hash_words(id, n) (a caller
 * that has it already). */
int32_t gaz_find_id_hashed(const gaz_t *g, const char *id, size_t n, uint64_t h);

/* Entities having the folded alias name[0..len) (any via), best first by the
 * tie-break above. Writes up to max indexes to out; returns how many exist. */
size_t gaz_find_name(const gaz_t *g, const char *name, size_t len, uint32_t *out,
                     size_t max);

/* Entities with an alias starting with the folded prefix, in alias order,
 * skipping the first `skip` distinct entities; returns the number written. */
size_t gaz_prefix(const gaz_t *g, const char *prefix, size_t len, size_t skip,
                  uint32_t *out, size_t max);

/* Value of attribute key of entity e, or NULL. */
const char *gaz_attr_get(const gaz_entity *e, const char *key);

/* The vocabulary of g's entries, titles, triggers and word lists: tokenize
 * with it (text_tokenize_vocab) to look the words of a text up. */
const text_vocab *gaz_vocab(const gaz_t *g);

#endif
