/* tag_int.h - the tagger's working state, shared by tag.c and rel.c. */
#ifndef ENT_TAG_INT_H
#define ENT_TAG_INT_H

#include "gaz_int.h"
#include "tag.h"

/* A title occurrence ("Foreign Minister") in the text. */
typedef struct tag_title {
    uint32_t tbeg, tend; /* token span */
    uint32_t title;      /* index into g->titles */
} tag_title;

/* An entity under construction (strings point into the text or the gazetteer
 * until the result is built). */
typedef struct tag_went {
    int32_t gidx;       /* gazetteer index or -1 */
    uint8_t type;       /* for discovered: 'P' person, 'O' organization */
    const char *id;     /* discovered: slug in the ctx arena */
    const char *name;   /* discovered: name in the ctx arena */
    uint32_t id_len, name_len; /* discovered: their lengths */
    uint32_t count;
} tag_went;

struct tag_ctx {
    text_doc doc;
    uint32_t *cls;           /* [ntoks] word classes of each token */
    uint8_t *blocked;        /* [ntoks] inside boilerplate or a ship's name */
    int32_t *tok_ment;       /* [ntoks] mention covering the token, -1 = none */
    uint32_t *cand;          /* tokens that may start a span, title or boilerplate */
    size_t ncand;
    uint32_t *caps;          /* capitalized words (coreference candidates) */
    uint32_t *marks;         /* tokens that may end a sentence (text_sentences_at) */
    uint32_t *picked;        /* a pass's own list of capitalized words (find_firms_by_context) */
    uint8_t *gazstop;        /* [ntoks] a place or organization starts here */
    uint8_t *gazend;         /* [ntoks + 1] a gazetteer match ends right before here */
    size_t ncaps;
    uint8_t *sent_caps;      /* [nsents] headline style, computed on first use */
    size_t captok, capsent;
    struct tag_coref_key *corefs; /* find_coref's index of people by last name */
    size_t capcorefs;
    struct tag_coref_key *pkeys;  /* select_spans: people's spans by last name */
    size_t cappkeys;
    struct tag_sur_slot *surslots; /* select_spans: chosen people by last name */
    size_t capsurslots, surmask;
    tag_title *titles;
    size_t ntitles, captitles;
    size_t name_skip;        /* first_name_at starts no name before this token */
    size_t line_from, line_end; /* line_end's last answer: [from, end) is one line */
    int sports;              /* a word of the text is W_SPORTS: it is about team sports */
    int placenouns;          /* a word of the text is W_PLACENOUN ("town", "district") */
    int medianouns;          /* a word of the text is W_MEDIANOUN ("newspaper", "daily") */
    /* The words of the text that stand capitalized and alone inside a
     * sentence (alone_inside) and alone in brackets (bracketed_in_text), as
     * sets of token keys built on first use (NULL until then; in the arena). */
    struct tag_keyset *alone_set, *bracket_set;
    struct tag_keyset *name_words; /* words of names of two words or more found so far,
                                    * with the end of the first (word_of_name_before) */
    /* The capitalized words (caps) by their words: the set gives the first
     * index into caps of each word, caps_next the next index of the same
     * word, UINT32_MAX after the last (mention_again; built on first use,
     * in the arena). */
    struct tag_keyset *caps_index;
    uint32_t *caps_next;
    uint32_t again_calls;    /* mention_again's calls in this text (it builds
                              * caps_index after a few: most texts need none) */
    struct tag_keyset *gaz_seen; /* the gazetteer entities of the spans so far, as
                                  * gaz_named_before asks (in the arena; NULL until
                                  * then) */
    int cricket;             /* -1 not known yet, else whether the text says "innings" or
                              * "wicket(s)" (county_team_at) */
    int nclub_towns;         /* -1 not known yet, else how many of club_towns */
    int32_t club_towns[64];  /* towns a text about team sports names as clubs (gidx) */
    int32_t foreign[4];      /* government bodies the text gives to another country
                              * ("Italy's Treasury": gidx), not tagged in it after */
    int nforeign;
    const char *main_country; /* text_country(): id of the country named most, "" for
                               * none, NULL when not known yet */
    struct tag_country_at {   /* text_country(): the countries named, where */
        const char *id;       /* the country's entity id */
        uint32_t tok;
    } countries[64];
    size_t ncountries;
    size_t span_marks;       /* spans_touch: 1 + spans marked in tok_ment, 0 = not yet */
    tag_title *roles;        /* role nouns that are no title there (title_at) */
    size_t nroles, caproles;
    struct tag_acro *acros;  /* short forms of organizations (collect_short_forms) */
    size_t capacros;
    tag_mention *ments;
    size_t nments, capments;
    tag_mention *menttmp;         /* merge_mentions' buffer */
    size_t capmenttmp;
    tag_went *ents;
    size_t nents, capents;
    struct tag_went_slot *wslots; /* went_for's index of ents: by gazetteer index or id */
    size_t wmask;                 /* slots - 1 (a power of two), 0 = no table yet */
    uint32_t wgen;                /* slots of another generation (text) are empty */
    tag_relation *rels;
    size_t nrels, caprels;
    uint32_t *affs;               /* rels' affiliations (indexes), for affiliated() */
    size_t naffs, capaffs;
    struct tag_unplaced {         /* officers with a portfolio and no state said, */
        uint32_t ent, sent;       /* for the dateline's (dateline_affiliations) */
        uint32_t end;             /* the token after his name */
        const char *role;
        int met;                  /* named as whom one meets: "will meet Finance Secretary X" */
    } unplaced[16];
    int nunplaced;
    struct tag_span *spans;
    size_t nspans, capspans;
    size_t ngazspans;             /* spans[0..ngazspans): the scan's matches, in text order */
    struct tag_span *spantmp;     /* sort_spans' merge buffer */
    size_t capspantmp;
    size_t *scratch;              /* build_result's entity numbering and lengths */
    size_t capscratch;
    arena_t *arena;          /* strings of discovered entities; reset per call */
};

/* End of the longest phrase of trie tr that starts at token i and goes on over
 * tokens before end whose classes have inner, whose flags have none of
 * noflags and, with unmentioned set, that no mention covers; 0 when none, else
 * its trie node in *bestn. */
size_t tag_trie_longest(const tag_ctx *c, const gaz_trie *tr, size_t i, size_t end,
                        uint32_t inner, unsigned noflags, int unmentioned, uint32_t *bestn);

/* The mention of the text's dateline: a place in capitals opening one of
 * its first lines (a headline may come before it), before a comma, a
 * bracket, a colon or a dash ("NAIROBI, Kenya (AP) -", "SAO PAULO (Reuters)
 * -", "ISLAMABAD:"), among the mentions found so far; or -1. */
long tag_dateline_mention(const tag_ctx *c);
/* Index of the sentence (c->doc.sents) that holds token i. */
uint32_t tag_sent_of(const tag_ctx *c, size_t i);
/* Is sentence s a headline in Title Case ("Russia Launches Drone Attack On
 * Kyiv", or three words or more, all capitalized: "Trump Meets Putin")? */
int tag_title_case(tag_ctx *c, uint32_t s);
/* Index of the title (c->titles) that starts at token k, or -1. */
long tag_title_starting_at(const tag_ctx *c, size_t k);
/* The title of t[0..n) (c->titles or c->roles) that ends right before token b,
 * or -1. */
long tag_title_ending_at(const tag_title *t, size_t n, size_t b);
/* Is token i a double quotation mark (", “ or ”)? */
static inline int tag_dquote(const text_doc *d, size_t i) {
    const text_tok *t = &d->toks[i];
    const unsigned char *p = (const unsigned char *)d->text + t->start;
    return (t->len == 1 && *p == '"') ||
           (t->len == 3 && p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0x9c || p[2] == 0x9d));
}
/* Is token i a company's legal form ("Corp", "Inc", "Ltd", "SpA")? */
int tag_legal_form(const text_doc *d, size_t i);
/* Does a stock ticker stand at token e, after a space and before end: a
 * Reuters code in brackets ("(TGT.N)") or a symbol in angle brackets ("<TX>"),
 * and with angle_codes a code in angle brackets ("<ANZA.S>")? */
int tag_ticker_at(const text_doc *d, size_t e, size_t end, int angle_codes);
/* Is role a company officer's, one no one else has ("Chief Executive", not
 * "President")? */
int tag_officer_role(const char *role);
/* Is the last word of role one of words[0..n), case aside ("Interior
 * Minister" and "Minister")? */
int tag_role_ends_in(const char *role, const char *const *words, size_t n);
/* The id of the country the text names most (see text_country in tag.c) when
 * it is named three times or more and at least twice as often as any other,
 * or NULL. */
const char *tag_dominant_country(tag_ctx *c, const gaz_t *g);
/* Is e a news medium the gazetteer knows ("kind=media": "Reuters")? */
int tag_media_entity(const gaz_entity *e);
/* Is e a company or a news medium ("kind=media") the gazetteer knows? */
int tag_firm_or_media(const gaz_entity *e);
/* Is token i a lowercase noun for a company ("carmaker", "firm", "lender")? */
int tag_firm_noun(const text_doc *d, size_t i);
/* Is token i, in lowercase, a noun for a company's part that another owns
 * ("subsidiary", "unit", "division", "affiliate", "arm"), which "of" and the
 * owner follow ("Boeing Military Airplane Co, a subsidiary of Boeing Co")? */
int tag_owned_part(const text_doc *d, size_t i);
/* The organization's mention that names the owner from token q on, after
 * tag_owned_part and "of": right there or after "the", its country and
 * lowercase words, or in angle brackets ("a unit of the Nynex Business
 * Information Systems Co", "a division of Norwegian state-owned Kongsberg
 * Vappenfabrikk", "the U.S. arm of Britain's Hanson Trust", "a unit of
 * <Nissho Iwai Corp>"); -1 for none before token end. */
long tag_owner_after(const tag_ctx *c, const gaz_t *g, size_t q, size_t end);
/* Is token k a lowercase word in the plural, "-s" but "-ss" ("writers",
 * "directors", "nominees")? */
int tag_plural_noun(const text_doc *d, size_t k);
/* Is token i a lowercase word for a side of a place, "central" or one
 * ending in "ern" ("southern Ukraine", "north-eastern" aside)? */
int tag_side_word(const text_doc *d, size_t i);
/* Is token i a lowercase word for a part of a state, which names no part of
 * a city: tag_side_word, "upstate", "downstate" or "rural" ("upstate New
 * York", "western Washington"; not "downtown")? */
int tag_state_part_word(const text_doc *d, size_t i);
/* Is token i "suburban" or "nearby", a word of where before a town ("his home
 * in suburban Larchmont", "grew up in nearby Hibbing")? */
int tag_vicinity_word(const text_doc *d, size_t i);
/* Is token k a U.S. party's member, "Democrat" or "Republican" (capitalized:
 * "a New York Democrat", "Democrat Booth Gardner")? */
int tag_party_member_word(const text_doc *d, size_t k);
/* Is token k, before token end, the number of an age written "34-year-old"
 * (up to three digits, then "-", "year", "-", "old")? */
int tag_year_old_at(const text_doc *d, size_t k, size_t end);
/* Is token i, in any case, a noun of a person's role or occupation ("analyst",
 * "lawyer", "lecturer"; rel.c's role nouns)? */
int rel_role_noun(const text_doc *d, size_t i);
/* After "born", from token q, a date before its place ("born on March 3,
 * 1950, in Boston", "born in 1950 in Boston"; rel.c): the first token past
 * it, q with none, before token end. */
uint32_t rel_past_birth_date(const text_doc *d, uint32_t q, uint32_t end);

/* Derive the relations of c's mentions (rel.c). Appends to c->rels. */
int rel_derive(tag_ctx *c, const gaz_t *g, unsigned flags);
int rel_lists_check(void); /* 1 when every word of rel.c's lists finds itself */
int tag_lists_check(void); /* the same for tag.c's lists */

/* Kind (KIND_*), type string and id of a working entity. */
int tag_went_kind(const gaz_t *g, const tag_went *e);
const char *tag_went_type(const gaz_t *g, const tag_went *e);
const char *tag_went_id(const gaz_t *g, const tag_went *e);
/* Its name, and the name's length in *len unless len is NULL. */
const char *tag_went_name(const gaz_t *g, const tag_went *e, size_t *len);

#endif
