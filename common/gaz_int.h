/* gaz_int.h - the compiled gazetteer's internals, shared by gaz.c, tag.c and rel.c.
 *
 * Nothing outside common/ includes this file. */
#ifndef ENT_GAZ_INT_H
#define ENT_GAZ_INT_H

#include "gaz.h"

#include <stdatomic.h>

/* Word classes of a vocabulary entry (bit set per vid). */
enum {
    W_FIRSTNAME = 1u << 0, /* a given name ("Abbas") */
    W_STOP = 1u << 1,      /* never part of a discovered name: function words, months */
    W_ORGSUFFIX = 1u << 2, /* ends an organization name ("Corp", "Party", "Agency") */
    W_ORGHEAD = 1u << 3,   /* starts one before "of" ("Ministry", "Bank") */
    W_PARTICLE = 1u << 4,  /* lowercase name particle ("al", "bin", "de", "van") */
    W_COMMON = 1u << 5,    /* an ordinary lowercase English word */
    W_NOTFIRST = 1u << 6,  /* never the given name of a person (country names) */
    W_ENTSTART = 1u << 7,  /* first token of some entity alias */
    W_TITLESTART = 1u << 8,/* first token of some title */
    W_TRIGSTART = 1u << 9, /* first token of some trigger */
    W_BOILSTART = 1u << 10,/* first token of some boilerplate phrase */
    W_ENTINNER = 1u << 11, /* a later token of some entity alias */
    W_TITLEINNER = 1u << 12, /* a later token of some title */
    W_TRIGINNER = 1u << 13,  /* a later token of some trigger */
    W_BOILINNER = 1u << 14,  /* a later token of some boilerplate phrase */
    W_ENTLOWER = 1u << 15,   /* first token of some entity alias whose case policy
                              * lets it be written in lowercase there */
    W_SYLLABLE = 1u << 16,   /* a given name of one romanized syllable ("Wang", "Lee",
                              * "Tom"): maybe a family name written first */
    W_SPORTS = 1u << 17,     /* says a text is about team sports ("soccer", "innings") */
    W_THINGSTART = 1u << 18, /* first token of some alias of an entity that is no person */
    W_NOTLAST = 1u << 19,    /* ends no discovered person's name ("Division", "Research") */
    W_CLUBHEAD = 1u << 20,   /* opens a sports club's name before its town ("Fortuna
                              * Sittard", "Dynamo Moscow") */
    W_LOCALSTART = 1u << 21, /* first token of some local name (attribute local, two
                              * words or more: "Labor Party") */
    W_ENTWHOLE = 1u << 22,   /* the whole of some entity alias ("Reuters"): exactly the
                              * words whose node under the entity trie's root has
                              * candidates */
    W_TITLEWHOLE = 1u << 23, /* the whole of some title ("Minister", "Dr"): the words whose
                              * node under the title trie's root has a payload */
    W_PLACENOUN = 1u << 24,  /* a noun of a settlement or an area, which names one before
                              * or after it ("the town of X", "X district", "X state") */
    W_MEDIANOUN = 1u << 25,  /* a noun of the press after a newspaper's or an agency's name
                              * ("PAP news agency", "Zycie Warszawy daily") */
    W_SURNAME = 1u << 26,    /* the last word of a known person's name of two words or
                              * more ("Smith" of "Gayle Smith", "Henderson") */
};

/* Case policy of one alias (see gaz.h). */
/* CASE_THE: one capitalized word right after "the" and before no other
 * capitalized word, an alias written "The Guardian" of an entity with
 * article=the (a word that is ordinary alone: "Guardian", "Times"). */
/* CASE_TOWN: right after a capitalized word and a comma, written with a
 * capital, an alias of attribute after_town ("Pittsburgh, Pa.": "Pa." alone
 * is as often something else). */
enum { CASE_ANY = 0, CASE_CAP = 1, CASE_UPPER = 2, CASE_THE = 3, CASE_TOWN = 4 };

typedef struct gaz_cand {
    uint32_t ent;         /* entity index */
    uint8_t via;          /* gaz_via */
    uint8_t casemode : 4; /* CASE_* */
    uint8_t local : 1;    /* a local name (attribute local): the entity's only in a text
                           * about its country; after the others in a node's list */
    uint16_t capmask;     /* CASE_CAP: bit k = alias token k needs a capital */
} gaz_cand;
_Static_assert(sizeof(gaz_cand) == 8, "a candidate stays two words");

/* A token trie: node 0 is the root, edges are (node, vid) -> child. The root's
 * edges are a direct array indexed by vid; deeper edges live in an open-address
 * hash table. Payload of node n is pay[pay_off[n] .. pay_off[n+1]). */
typedef struct gaz_trie {
    uint32_t *root;     /* [nvocab] child of the root, 0 = none */
    uint64_t *ekeys;    /* (node << 32 | vid) + 1, 0 = empty slot */
    uint32_t *evals;    /* child node */
    size_t emask;       /* table size - 1 */
    uint32_t nnodes;
    uint32_t *pay_off;  /* [nnodes + 1] */
    uint32_t *pay;      /* payload indexes, meaning per trie (none in etrie) */
    uint64_t *bloom;    /* one bit per hashed edge: a clear bit means no edge */
    size_t bmask;       /* bits - 1 */
} gaz_trie;

static inline uint64_t gaz_mix64(uint64_t k) {
    return text_mix64(k);
}

static inline uint32_t gaz_trie_step(const gaz_trie *t, uint32_t node, int32_t vid) {
    if (vid < 0) return 0;
    if (node == 0) return t->root[vid];
    if (!t->ekeys) return 0;
    uint64_t key = (((uint64_t)node << 32) | (uint32_t)vid) + 1;
    uint64_t h = gaz_mix64(key);
    /* most (node, word) pairs have no edge: a filter small enough to stay in
     * cache answers them without touching the big table */
    size_t b = (h >> 40) & t->bmask;
    if (!(t->bloom[b >> 6] >> (b & 63) & 1)) return 0;
    size_t i = h & t->emask;
    for (;;) {
        uint64_t k = t->ekeys[i];
        if (k == key) return t->evals[i];
        if (k == 0) return 0;
        i = (i + 1) & t->emask;
    }
}

/* A title ("Foreign Minister", "Dr."). */
typedef struct gaz_title {
    const char *text; /* as written in the list */
    const char *role; /* role recorded on affiliation, NULL for honorifics */
    uint8_t after_name; /* a title only right after a country or organization
                         * ("Libyan leader X", "IAEA chief X") */
    uint8_t rank;       /* a rank or office ("Lt.", "Gov."): its role counts only
                         * where no other title of the chain has one */
    uint8_t intro;      /* never a title: in lowercase it introduces a name of two
                         * words or more, with no affiliation ("Nobel laureate X") */
} gaz_title;

/* Relation label. */
typedef struct gaz_label {
    const char *name;
    uint8_t directed;
    /* the kinds of entity each side may be (bit 1 << KIND_x), 0 = any: labels.tsv's
     * types column ("ORG|PERSON>ORG"; for an undirected label, both sides') */
    uint8_t actor_kinds, target_kinds;
} gaz_label;

/* Prepositions the extractor understands; a trigger lists which introduce its
 * target (directed) or partner (undirected). PREP_OBJ = a direct object. */
enum {
    PREP_OBJ = 0, PREP_WITH, PREP_AGAINST, PREP_ON, PREP_FOR, PREP_TO, PREP_BETWEEN,
    PREP_FROM, PREP_BY, PREP_IN, PREP_OF, PREP_AT, PREP_INTO, PREP_TOWARD,
    PREP_OVER, PREP_UPON, PREP__COUNT
};
extern const char *const gaz_prep_names[PREP__COUNT];

typedef struct gaz_trigger {
    uint16_t label; /* index into labels */
    uint8_t noun;   /* 1 noun, 0 verb */
    uint8_t pad;
    uint32_t preps; /* bit PREP_* */
} gaz_trigger;


struct gaz {
    atomic_int refs;
    /* vocabulary of folded tokens */
    uint32_t nvocab;
    char *vpool;       /* folded bytes of all words */
    uint32_t *voff;    /* [nvocab + 1] offsets into vpool */
    uint32_t *vcls;    /* [nvocab] W_* */
    text_vocab vocab;  /* lookup table of the words (the tokenizer probes it), each
                        * with its vcls for payload */
    /* entities */
    gaz_entity *ents;
    uint32_t nents;
    uint64_t *idslots; /* id hash: text_hash of the id << 32 | entity index + 1,
                        * 0 = empty (the hash spares a string compare per slot) */
    size_t idmask;
    /* a blocked Bloom filter of the ids (two bits of one word for each, see
     * id_filter_bits): most lookups are for a discovered name's slug that is
     * no id, and the filter is small enough to stay in a cache that the slots,
     * read a few times a text, do not */
    uint64_t *idfilter;
    size_t idfmask; /* words - 1 */
    size_t naliases;
    gaz_trie etrie;    /* no pay array: a node's candidates are cands[pay_off[n] ..
                        * pay_off[n+1]) (compile) */
    gaz_cand *cands;
    /* sorted folded alias keys for prefix search */
    uint32_t nkeys;
    const char **keys;
    uint32_t *keyent;
    /* titles, triggers, boilerplate */
    gaz_trie ttrie;    /* payload: index into titles */
    gaz_title *titles;
    uint32_t ntitles;
    gaz_trie rtrie;    /* payload: index into triggers */
    gaz_trigger *trigs;
    uint32_t ntrigs;
    gaz_label *labels;
    uint32_t nlabels;
    gaz_trie btrie;    /* boilerplate phrases; payload unused */
    int32_t prep_vid[PREP__COUNT]; /* vid of each preposition, -1 if absent */
    int32_t and_vid, comma_vid;    /* "and" and "," */
    /* people by country and family name ("Spain's Sanchez"): (country index + 1)
     * << 32 | the vid of the last word of the name, 0 = empty, and the person's
     * index, -1 for two people of that name and the same standing (gaz.c,
     * surname_index) */
    uint64_t *surkeys;
    int32_t *surents;
    size_t surmask; /* slots - 1 */
    struct gaz_arena *arena;       /* owns every string above */
    void *blob; /* read from a cache file (gazcache.c): owns every table and string
                 * above instead, and arena is NULL */
};

/* The one person of country (entity index) whose family name is the word vid,
 * the most current of them, or -1. */
static inline int32_t gaz_person_of(const gaz_t *g, int32_t country, int32_t vid) {
    if (!g->surkeys || country < 0 || vid < 0) return -1;
    uint64_t key = (uint64_t)(uint32_t)(country + 1) << 32 | (uint32_t)vid;
    for (size_t i = gaz_mix64(key) & g->surmask;; i = (i + 1) & g->surmask) {
        if (g->surkeys[i] == key) return g->surents[i];
        if (!g->surkeys[i]) return -1;
    }
}

/* Lists of tokens that gaz_lookup_cls() fills, in text order, so that the
 * tagger's passes start from them instead of walking every token:
 * - toks gets the tokens whose classes meet want. A word in lowercase counts
 *   as W_ENTSTART there only with W_ENTLOWER: no other alias can start with
 *   it; nor as W_BOILSTART: web boilerplate starts with a capital ("Leave a
 *   Comment"), and "share on Facebook" in a sentence is no boilerplate;
 * - caps gets the capitalized words;
 * - marks gets the tokens text_sentences_at() looks at (text_tok_mark).
 * Each list must hold d->ntoks + GAZ_SEL_SLACK entries (the fast path writes
 * eight at once), or be NULL (not filled). */
#define GAZ_SEL_SLACK 8
typedef struct gaz_sel {
    uint32_t want;   /* W_* */
    uint32_t *toks;
    size_t ntoks;    /* out: entries in toks */
    uint32_t *caps;
    size_t ncaps;    /* out */
    uint32_t *marks;
    size_t nmarks;   /* out */
    uint32_t any;    /* out: the classes of all tokens, ORed */
} gaz_sel;

/* For a text tokenized with a gazetteer's gaz_vocab(), whose payloads are the
 * words' classes: store each token's word classes in cls[i] (0 for words
 * outside the vocabulary) and fill the lists of sel (sel may be NULL). */
void gaz_lookup_cls(const text_doc *d, uint32_t *cls, gaz_sel *sel);
/* The same with the eight-token fast path (x86-64 with AVX2 and BMI2, chosen at
 * run time, all three lists filled) allowed or not: the two agree (unit test). */
void gaz_lookup_cls_with(const text_doc *d, uint32_t *cls, gaz_sel *sel, int fast);

/* Vocabulary id of the folded word s[0..n), or -1. */
int32_t gaz_vocab_find(const gaz_t *g, const char *s, size_t n);

/* Label index by name, or -1. */
int gaz_label_find(const gaz_t *g, const char *name);

#endif
