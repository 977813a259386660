#!/usr/bin/python3
"""build_lexicon.py - build the relation lexicon conf/relations/{labels,triggers}.tsv.

    /usr/bin/python3 tools/build_lexicon.py --sources ../shared/gazetteer-sources \
        --out conf/relations [--report]

Inputs (gazetteer-sources/relations/, see that directory's README):
  cameo-event-codes.tsv        CAMEO code -> description (GDELT's copy of the code table)
  petrarch-cameo-verbs.tsv     PETRARCH2 CAMEO verb dictionary (verb blocks, codes, irregular forms)
  petrarch-cameo-synsets.tsv   PETRARCH2 synsets (&CEASEFIRE, &FIGHT, &TREATY, ...)
  petrarch-cameo-verb-patterns.tsv  PETRARCH2 verb patterns (head nouns with their codes)

How a trigger gets into the lexicon (everything below is explicit and reviewable):
  1. CODE_LABELS maps CAMEO codes to our labels. A code without an entry falls back to
     its parent code (1123 -> 112 -> 11); an entry of None stops the fallback (196 "violate
     ceasefire" is not an attack). A (code, verb block) entry refines a code that PETRARCH
     uses for unrelated blocks (050 is SUPPORT and COLLABORATE).
  2. VERBS selects verbs of the PETRARCH dictionary, with the prepositions that introduce
     the other party. The verb's CAMEO code (its own code, else its block's default) must
     map to a label; a few codes are reassigned, each with the reason written next to it.
     Inflected forms come from PETRARCH's irregular forms, else from regular rules here
     (consonant doubling and dropped forms are explicit per verb).
  3. NOUNS lists nominal triggers, each with a CAMEO code and the evidence that grounds
     it: a synset member, a head noun of a verb pattern with that code, the noun of a
     selected CAMEO verb, or a manual reason. The script checks the evidence exists.
  4. REJECTED documents CAMEO verbs deliberately left out (too generic or ambiguous in
     news). --report prints every CAMEO verb that maps to a label but was not selected.
The output is deterministic (sorted, no timestamps): re-running gives identical bytes.
Standard library only.
"""
import argparse
import csv
import os
import sys

# ---------------------------------------------------------------------------
# Labels: name, directed, description. Order = order in labels.tsv.
LABELS = [
    ("ceasefire", False, "truce or ceasefire between the parties (CAMEO 0871)"),
    ("war", False, "state of war or ongoing fighting between the parties (CAMEO root 19 FIGHT)"),
    ("attack", True, "military or violent attack by the actor on the target (CAMEO 18x, 190, 192-195, 202)"),
    ("blockade", True, "the actor blockades or besieges the target (CAMEO 191)"),
    ("sanctions", True, "the actor imposes sanctions, an embargo, a boycott or a fine on the target (CAMEO 163, 172)"),
    ("trade-dispute", False, "trade war or trade dispute between the parties (reciprocal CAMEO 163-type measures; no CAMEO code of its own)"),
    ("negotiations", False, "negotiations or talks between the parties (CAMEO 046)"),
    ("agreement", False, "agreement, treaty, pact or deal between the parties (CAMEO 057)"),
    ("support", True, "political or diplomatic support of the actor for the target (CAMEO 050-053)"),
    ("cooperation", False, "cooperation, alliance or partnership between the parties (CAMEO 050 COLLABORATE, 06x)"),
    ("meeting", False, "meeting, summit, consultation or call between the parties (CAMEO 040, 041, 044)"),
    ("visit", True, "the actor visits the target country or organization (CAMEO 042)"),
    ("aid", True, "the actor gives aid, assistance or arms to the target (CAMEO 07x)",
     "COUNTRY|ORG|PERSON|LOCATION>COUNTRY|ORG|LOCATION"),
    ("accusation", True, "the actor accuses or blames the target (CAMEO 112)"),
    ("condemnation", True, "the actor condemns, criticizes or denounces the target (CAMEO 111)"),
    ("threat", True, "the actor threatens the target (CAMEO 13x)"),
    ("protest", True, "the actor protests or demonstrates against the target (CAMEO 14x)"),
    ("demand", True, "the actor demands something of the target (CAMEO 10x)"),
    ("lawsuit", True, "the actor brings a lawsuit or legal action against the target (CAMEO 115)"),
    ("recognition", True, "the actor recognizes the target as a state or government (CAMEO 054)"),
    ("expulsion", True, "the actor expels or deports the target's people (CAMEO 174)"),
    ("diplomatic-break", True, "the actor breaks, cuts, suspends or downgrades diplomatic "
     "relations with the target, or recalls its ambassador from it (CAMEO 161)",
     "COUNTRY|IGO|ARMED|PERSON>COUNTRY|ORG"),
    ("acquisition", True, "the actor buys, acquires or takes over the target company, or a "
     "stake in it (no CAMEO code: business news)", "ORG|PERSON>ORG"),
    ("merger", False, "the parties, companies, merge into one (no CAMEO code: business news)",
     "ORG"),
    ("ownership", True, "the actor owns the target company or a share of it (no CAMEO code: "
     "business news)", "ORG|PERSON|COUNTRY>ORG"),
]

# The kinds of entity a label takes (labels.tsv's types column): "ACTORS>TARGETS" for a
# directed label, one list for an undirected one; a label not here takes any.
def label_types(lab):
    return lab[3] if len(lab) > 3 else ""

# ---------------------------------------------------------------------------
# CAMEO code (or (code, PETRARCH verb block)) -> label. None = explicitly no label.
CODE_LABELS = {
    "0871": "ceasefire",          # Declare truce, ceasefire
    "19": "war",                  # FIGHT (root): the state of fighting, used for war nouns/verbs
    "190": "attack",              # Use conventional military force
    "191": "blockade",            # Impose blockade, restrict movement
    "192": "attack",              # Occupy territory (invade, invasion)
    "193": "attack",              # Fight with small arms and light weapons
    "194": "attack",              # Fight with artillery and tanks
    "195": "attack",              # Employ aerial weapons
    "196": None,                  # Violate ceasefire: not an attack on a party by itself
    "18": "attack",               # ASSAULT (abduct, assault, bombing, assassinate)
    "184": None,                  # Use as human shield
    "20": None,                   # USE UNCONVENTIONAL MASS VIOLENCE ...
    "202": "attack",              # ... except mass killings (massacre)
    "163": "sanctions",           # Impose embargo, boycott, or sanctions
    "172": "sanctions",           # Impose administrative sanctions (FINE only: see VERBS)
    "046": "negotiations",        # Engage in negotiation
    "057": "agreement",           # Sign formal agreement
    "050": None,                  # Engage in diplomatic cooperation: too broad (AGREE, BARGAIN,
                                  # COORDINATE, DISCLOSE, INFLUENCE share it); by block:
    ("050", "COLLABORATE"): "cooperation",  # COOPERATE, COLLABORATE, ALLY, +SIDE WITH
    ("050", "SUPPORT"): "support",          # SUPPORT, BACK, ENDORSE
    "051": None,                  # Praise or endorse: praise is not support ...
    ("051", "SUPPORT"): "support",          # ... but ENDORSE (SUPPORT block, code 051) is
    "052": "support",             # Defend verbally
    "053": "support",             # Rally support on behalf of
    "054": "cooperation",         # Grant diplomatic recognition: relations set up or restored
    ("054", "ACCLAIM"): "recognition",  # ... the verb RECOGNIZE itself (reassigned from 051)
    "06": "cooperation",          # ENGAGE IN MATERIAL COOPERATION (060-064)
    ("060", "AID"): "aid",        # AID block: AID, ASSIST (PETRARCH default 060)
    "07": "aid",                  # PROVIDE AID (070-075)
    "040": "meeting",             # Consult
    "041": "meeting",             # Discuss by telephone
    "044": "meeting",             # Meet at a 'third' location
    "042": "visit",               # Make a visit
    "10": "demand",               # DEMAND (100-108)
    "111": "condemnation",        # Criticize or denounce
    "112": "accusation",          # Accuse (1121-1125)
    "13": "threat",               # THREATEN (130-139)
    "14": "protest",              # PROTEST (140-145)
    "115": "lawsuit",             # Bring lawsuit against
    "174": "expulsion",           # Expel or deport individuals
    "161": "diplomatic-break",    # Reduce or break diplomatic relations
}

# Labels without a CAMEO code of their own (their nouns cite the closest code).
NO_CAMEO_CODE = {"trade-dispute", "acquisition", "merger", "ownership"}

CODE_DESC = {}  # filled from cameo-event-codes.tsv

# Prepositions the loader knows (common/gaz.c gaz_prep_names).
PREPS = ("OBJ", "with", "against", "on", "for", "to", "between", "from", "by", "in", "of",
         "at", "into", "toward", "over", "upon")


class V:
    """A verb selected from petrarch-cameo-verbs.tsv.

    verb    the PETRARCH verb as written there ("ATTACK", "+SHOOT DOWN")
    preps   what introduces the other party ("OBJ|on|against")
    code    reassigned CAMEO code, with why (else the verb's own code or its block default)
    drop    forms left out (ambiguous forms: "striking" workers, "aids" the disease)
    double  double the final consonant in -ed/-ing (regular forms only)
    extra   additional forms (spelling variants of an inflection)
    base    False: the base form is too ambiguous to be a trigger ("back" is mostly the
            adverb: "cut back", "hand back"); the first remaining form becomes the phrase
    particle  words appended to every form, making a phrasal trigger ("demonstrate
            against" + OBJ: bare "demonstrated" means "showed", also in the passive)
    """

    def __init__(self, verb, preps, code=None, why=None, drop=(), double=False, extra=(),
                 note=None, base=True, particle=None):
        self.verb, self.preps, self.code, self.why = verb, preps, code, why
        self.drop, self.double, self.extra, self.note = set(drop), double, tuple(extra), note
        self.base, self.particle = base, particle


VERBS = [
    # attack
    V("ATTACK", "OBJ|on|against", note="noun 'attack(s) on/against' shares the forms"),
    V("ASSAULT", "OBJ|on|against"),
    V("STRIKE", "OBJ|against|on", drop=["STRIKING"],
      note="'strikes against X' is also a labour strike (see README); 'striking' is mostly "
           "the adjective ('striking workers')"),
    V("BOMB", "OBJ|of|on|against", note="'bombing of/on/against' shares the forms"),
    V("BOMBARD", "OBJ"),
    V("INVADE", "OBJ"),
    V("AMBUSH", "OBJ"),
    V("ASSASSINATE", "OBJ"),
    V("KIDNAP", "OBJ"),
    V("ABDUCT", "OBJ"),
    V("MASSACRE", "OBJ|of"),
    V("+SHOOT DOWN", "OBJ"),
    # war (root 19)
    V("FIGHT", "against|between", code="19",
      why="fighting describes mutual hostilities (war), not one attack; no OBJ: 'fought "
          "X' is as often a contest, bid or lawsuit",
      note="also the nouns 'fight(ing) against/between'"),
    V("+WAGE WAR", "on|against|with", code="19", why="waging war is war, not one attack"),
    # blockade
    V("BLOCKADE", "OBJ|of|on|against", code="191",
      why="PETRARCH files it under EXCLUDE (170); CAMEO 191 is 'Impose blockade'",
      note="also the noun 'blockade of/on/against'"),
    V("BESIEGE", "OBJ"),
    # sanctions
    V("EMBARGO", "OBJ|on|against", code="163",
      why="PETRARCH files it under EXCLUDE (170); CAMEO 163 is 'Impose embargo'",
      note="also the noun 'embargo on/against'"),
    V("BOYCOTT", "OBJ|of|against", note="also the noun 'boycott of/against'"),
    V("FINE", "OBJ", drop=["FINES"], base=False,
      note="'fined', 'fining' (CAMEO 172, administrative sanctions: 'the European "
           "Commission fined Google'); not 'fine' (the adjective) nor 'fines' (the noun)"),
    # negotiations
    V("NEGOTIATE", "with|between", code="046",
      why="PETRARCH files it under COMPROMISE (080 yield); CAMEO 046 is 'Engage in "
          "negotiation'"),
    # support
    V("SUPPORT", "OBJ|for|to", note="also the noun 'support for/to' (not 'of': 'the support "
                                    "of X' names the supporter)"),
    V("BACK", "OBJ", drop=["BACKS"], base=False,
      note="'backed', 'backing', 'US-backed'; not 'back' (adverb) nor 'backs' (noun)"),
    V("ENDORSE", "OBJ"),
    V("+SIDE WITH", "OBJ"),
    # cooperation
    V("COOPERATE", "with", extra=["co-operate", "co-operates", "co-operated", "co-operating"]),
    V("COLLABORATE", "with"),
    V("ALLY", "with|of", note="also the noun 'ally/allies of'"),
    # meeting
    V("+MEET WITH", "OBJ"),
    V("MEET", "OBJ", drop=["MEETING"],
      note="bare: the target must end its noun phrase, which 'meet OPEC's quota', 'met Japan's "
           "demands', 'met OPEC quotas' do not (common/rel.c target_ok); 'meeting' is the noun"),
    V("CONSULT", "with"),
    V("HOST", "OBJ", code="040",
      why="hosting a leader or a delegation is a meeting of the two (the visit, 042, goes "
          "the other way: 'Putin hosted Modi' is Modi's visit)"),
    V("PHONE", "OBJ", code="041", why="PETRARCH's CALL block code is 041:041"),
    V("TELEPHONE", "OBJ", code="041", why="PETRARCH's CALL block code is 041:041"),
    # visit
    V("VISIT", "OBJ|to",
      note="'visiting' is mostly the adjective ('the visiting Chinese premier'): a verb only "
           "after a form of 'be', 'after', 'before', 'while', 'when' or 'since', or a person "
           "and a comma (common/rel.c: 'JD Vance, who was visiting India', 'After visiting "
           "Kyiv, Merz')"),
    # aid
    V("ASSIST", "OBJ"),
    # recognition
    V("RECOGNIZE", "OBJ", code="054",
      why="PETRARCH files it under ACCLAIM (051 praise); a state recognizing a state or a "
          "government is CAMEO 054 'Grant diplomatic recognition' ('Britain, France and Canada "
          "recognised a Palestinian state'); common/rel.c takes only a country or "
          "organization that ends its noun phrase ('recognised Germany's fiscal problems' is "
          "none)"),
    V("RECOGNISE", "OBJ", code="054", why="British spelling of RECOGNIZE"),
    # lawsuit
    V("SUE", "OBJ", code="115",
      why="PETRARCH files it under 173 (arrest, detain or charge with legal action); suing "
          "is bringing a lawsuit, CAMEO 115 ('the Justice Department sued Apple')"),
    # accusation
    V("ACCUSE", "OBJ"),
    V("BLAME", "OBJ|on"),
    # condemnation
    V("CONDEMN", "OBJ"),
    V("CRITICIZE", "OBJ"),
    V("CRITICISE", "OBJ"),
    V("DENOUNCE", "OBJ"),
    V("DEPLORE", "OBJ"),
    V("REBUKE", "OBJ"),
    V("CENSURE", "OBJ"),
    V("CASTIGATE", "OBJ"),
    V("REPRIMAND", "OBJ"),
    V("LAMBASTE", "OBJ"),
    # threat
    V("THREATEN", "OBJ|against", note="'against' after its object: 'threatened retaliation against the EU'"),
    # protest
    V("PROTEST", "OBJ|against|to|with", note="also the noun 'protest(s) against/to'; 'lodged a protest with China'"),
    V("SUMMON", "OBJ", code="140",
      why="a state that summons another's ambassador or envoy protests to it ('summoned the "
          "Russian ambassador'); PETRARCH's 040 (consult) is the older sense"),
    V("DEMONSTRATE", "OBJ", particle="against",
      note="only 'demonstrate against': 'demonstrated (by) X' means 'showed'"),
    # demand
    V("DEMAND", "OBJ", base=False,
      note="not the base form, mostly the economic noun ('strong demand within the EU'); "
           "no preposition: 'demand for/from X' is economic demand too"),
    # expulsion
    V("EXPEL", "OBJ"),
    V("DEPORT", "OBJ"),
]


class N:
    """A noun trigger. evidence: ("synset", "&NAME") | ("pattern", "NOUN") | ("verb", "VERB")
    | ("manual", "reason"). plural: None = regular, "" = none, else explicit forms (|)."""

    def __init__(self, label, phrase, preps, code, evidence, plural=None, block=None):
        self.label, self.phrase, self.preps, self.code = label, phrase, preps, code
        self.block = block  # a PETRARCH verb block, as in CODE_LABELS keys
        self.evidence, self.plural = evidence, plural


NOUNS = [
    # ceasefire: the &CEASEFIRE synset
    N("ceasefire", "ceasefire", "with|between", "0871", ("synset", "&CEASEFIRE")),
    N("ceasefire", "cease-fire", "with|between", "0871", ("synset", "&CEASEFIRE")),
    N("ceasefire", "cease fire", "with|between", "0871", ("synset", "&CEASEFIRE"), plural=""),
    N("ceasefire", "truce", "with|between", "0871", ("synset", "&CEASEFIRE")),
    N("ceasefire", "armistice", "with|between", "0871", ("synset", "&CEASEFIRE")),
    N("ceasefire", "cessation of hostilities", "with|between", "0871",
      ("manual", "wording of CAMEO 0871 agreements"), plural=""),
    # war: the &FIGHT synset, the precise members only
    N("war", "war", "with|against|between|on", "19", ("synset", "&FIGHT")),
    N("war", "warfare", "against|between", "19", ("synset", "&FIGHT"), plural=""),
    N("war", "hostilities", "with|between|against", "19", ("synset", "&FIGHT"), plural=""),
    N("war", "armed conflict", "with|between", "19",
      ("manual", "'conflict' alone is vague (&DISPUTE); qualified by 'armed' it is war")),
    N("war", "military conflict", "with|between", "19",
      ("manual", "'conflict' alone is vague (&DISPUTE); qualified by 'military' it is war")),
    N("war", "insurgency", "against", "19",
      ("manual", "an armed group's fighting against a state ('a four-decade insurgency "
                 "against Turkey') is fighting, CAMEO 19")),
    N("war", "exchange of fire", "between", "19",
      ("manual", "mutual fire is fighting (CAMEO 19)"), plural=""),
    # attack
    N("attack", "bombing campaign", "against|on|of", "195",
      ("manual", "aerial bombing, CAMEO 195 'Employ aerial weapons'")),
    N("attack", "airstrike", "against|on", "195", ("pattern", "STRIKE")),
    N("attack", "air raid", "against|on", "195", ("pattern", "RAID")),
    N("attack", "bombardment", "of|on|against", "190", ("verb", "BOMBARD")),
    N("attack", "shelling", "of|on|against", "190", ("verb", "SHELL"), plural=""),
    N("attack", "invasion", "of", "192", ("verb", "INVADE")),
    N("attack", "incursion", "into|against", "192", ("manual", "armed entry into territory")),
    N("attack", "offensive", "against|on", "190", ("pattern", "OFFENSIVE")),
    N("attack", "aggression", "against|on", "190", ("manual", "CAMEO 1123 'Accuse of aggression' names the act"), plural=""),
    N("attack", "military action", "against|on", "190",
      ("manual", "CAMEO 190 'Use conventional military force'"), plural=""),
    N("attack", "military operation", "against|on", "190",
      ("manual", "CAMEO 190 'Use conventional military force'")),
    N("attack", "assassination", "of", "186", ("verb", "ASSASSINATE")),
    # weapons fired at a target: "Iran fired dozens of ballistic missiles at
    # Israel", "rockets into northern Israel", "launched 400 drones against Ukraine";
    # only with those prepositions (common/rel.c find_targets: not a people's weapons
    # after "against", "missiles against Russian drones")
    N("attack", "missile", "at|on|into|toward|against", "195",
      ("manual", "CAMEO 195 'Employ aerial weapons': missiles fired at a target")),
    N("attack", "rocket", "at|on|into|against", "195",
      ("manual", "CAMEO 195 'Employ aerial weapons': rockets fired at a target")),
    N("attack", "water cannon", "at|on|against", "18",
      ("manual", "CAMEO 18 'Assault' as sea disputes report it: a coast guard's water "
                 "cannon fired at another state's vessels ('China's coast guard fired water "
                 "cannon at a Philippine vessel'); police's on protesters name no party"),
      plural="water cannons"),
    N("attack", "drone", "at|on|into|against", "195",
      ("manual", "CAMEO 195 'Employ aerial weapons': drones launched at a target")),
    # blockade
    N("blockade", "siege", "of|on", "191", ("verb", "BESIEGE")),
    # sanctions
    N("sanctions", "sanctions", "OBJ|on|against", "163",
      ("manual", "the pattern noun SANCTIONS before 'on' or 'against' its target; also a "
                 "headline's present of the verb 'sanction' right before the name ('US "
                 "Sanctions Chinese Refiners', as 'EU fines Google')"), plural=""),
    N("sanctions", "import ban", "on|against", "163",
      ("manual", "CAMEO 163 'Impose embargo, boycott, or sanctions' ('an import ban on Japan')")),
    N("sanctions", "export control", "on|against|to", "163",
      ("manual", "CAMEO 163, the same as an export ban: 'imposed export controls on rare earths "
                 "to the United States', 'export controls on Chinese chipmakers'"),
      plural="export controls"),
    N("sanctions", "export ban", "on|against|to", "163",
      ("manual", "CAMEO 163, the same for what the actor sells ('an export ban on Russia')")),
    N("sanctions", "export restriction", "on|against|to", "163",
      ("manual", "CAMEO 163, the same as an export control ('export restrictions on China')"),
      plural="export restrictions"),
    N("sanctions", "visa restriction", "on|against", "163",
      ("manual", "CAMEO 163 on a state's people ('imposed visa restrictions on Brazilian "
                 "officials'); 'restrictions' alone is as often a market's or a law's"),
      plural="visa restrictions"),
    N("sanctions", "visa ban", "on|against", "163",
      ("manual", "CAMEO 163, the same as visa restrictions ('a visa ban on Russian tourists')")),
    N("sanctions", "fine", "OBJ|on|against", "172",
      ("manual", "CAMEO 172, administrative sanctions, the noun of 'fined' before its target "
                 "('a 2.95 billion euro fine on Google'; the adjective takes no 'on' and a "
                 "name), and the deed a verb of stance takes after the verb ('criticised the "
                 "fine'); its plural is a headline's present of the verb before the name "
                 "('EU fines Google')")),
    N("sanctions", "travel ban", "on|against", "163",
      ("manual", "CAMEO 163, the same as visa restrictions ('a travel ban on Iranian "
                 "officials'; not 'lifted the travel ban': negated)")),
    N("sanctions", "ban on imports", "from", "163",
      ("manual", "CAMEO 163, the same ('announced a ban on seafood imports from Japan' is left "
                 "out: only the words together)"), plural=""),
    # trade-dispute (no CAMEO code; reciprocal 163-type measures)
    N("trade-dispute", "trade war", "with|between|against", "163",
      ("manual", "reciprocal tariffs/embargoes; keeps 'war' from firing on trade wars")),
    N("trade-dispute", "tariff war", "with|between|against", "163",
      ("manual", "reciprocal tariffs; keeps 'war' from firing")),
    N("trade-dispute", "trade dispute", "with|between|over", "163",
      ("manual", "reciprocal trade measures")),
    N("trade-dispute", "trade row", "with|between", "163", ("manual", "reciprocal trade measures")),
    N("trade-dispute", "trade conflict", "with|between", "163", ("manual", "reciprocal trade measures")),
    N("trade-dispute", "trade friction", "with|between", "163", ("manual", "reciprocal trade measures")),
    N("trade-dispute", "tariff", "on|against", "163",
      ("manual", "tariffs a state imposes on another's goods: 'imposed tariffs on Canada', "
                 "'tariffs on Chinese goods', 'tariffs on steel imports from Canada'")),
    N("trade-dispute", "duty", "on", "163",
      ("manual", "customs duties, as 'tariff': 'anti-dumping duties on Chinese steel'; only "
                 "with 'on' and a name ('duties on the board' names none)"), plural="duties"),
    # negotiations
    N("negotiations", "negotiation", "with|between", "046", ("synset", "&NEGOTIATION")),
    N("negotiations", "talks", "with|between", "046", ("pattern", "TALKS"), plural=""),
    N("negotiations", "dialogue", "with|between", "046", ("synset", "&NEGOTIATION")),
    N("negotiations", "discussion", "with|between", "046", ("synset", "&NEGOTIATION")),
    # agreement
    N("agreement", "agreement", "with|between", "057", ("synset", "&TREATY")),
    N("agreement", "treaty", "with|between", "057", ("synset", "&TREATY")),
    N("agreement", "pact", "with|between", "057", ("synset", "&TREATY")),
    N("agreement", "accord", "with|between", "057", ("synset", "&TREATY")),
    N("agreement", "deal", "with|between", "057", ("pattern", "DEAL"),
      plural="deals"),  # 'with' only after a determiner: 'to deal with X' is the verb (rel.c)
    N("agreement", "contract", "with|between|from", "057",
      ("manual", "a deal for goods or work ('signed a $9.7 billion contract with IREN', 'a "
                 "contract with the Pentagon', and the one who awards it: 'won a $10 billion "
                 "contract from the U.S. Army'), as DEAL")),
    N("agreement", "nuclear deal", "with|between", "057", ("pattern", "DEAL")),
    N("agreement", "peace deal", "with|between", "057", ("pattern", "DEAL")),
    N("agreement", "trade deal", "with|between", "057", ("pattern", "DEAL")),
    N("agreement", "peace treaty", "with|between", "057", ("manual", "TREATY (&TREATY) qualified")),
    N("agreement", "peace agreement", "with|between", "057", ("manual", "AGREEMENT (&TREATY) qualified")),
    N("agreement", "peace declaration", "with|between", "057",
      ("manual", "CAMEO 057 'Sign formal agreement': a declaration both parties sign")),
    N("agreement", "joint declaration", "with|between", "057",
      ("manual", "CAMEO 057 'Sign formal agreement': a declaration both parties sign")),
    N("agreement", "memorandum of understanding", "with|between", "057",
      ("manual", "CAMEO 057 'Sign formal agreement': an MoU ('signed a memorandum of "
                 "understanding with Japan')"), plural="memoranda of understanding"),
    # support
    N("support", "solidarity", "with", "053", ("manual", "CAMEO 053 'Rally support on behalf of'"),
      plural=""),
    # cooperation
    N("cooperation", "cooperation", "with|between", "06", ("verb", "COOPERATE"), plural=""),
    N("cooperation", "co-operation", "with|between", "06", ("verb", "COOPERATE"), plural=""),
    N("cooperation", "collaboration", "with|between", "06", ("verb", "COLLABORATE")),
    N("cooperation", "alliance", "with|between", "06", ("verb", "ALLY")),
    N("cooperation", "partnership", "with|between", "06", ("manual", "CAMEO 06x material cooperation")),
    # joint manoeuvres: two forces training together ('held joint naval drills', 'their
    # first joint naval drill'); a state's own drills name no partner and take none of
    # these prepositions
    *[N("cooperation", phrase, "with|between", "062",
        ("manual", "CAMEO 062 'Cooperate militarily'"))
      for phrase in ("joint drill", "joint exercise", "joint military exercise",
                     "joint naval drill", "joint naval exercise")],
    N("cooperation", "diplomatic relations", "with|between", "054",
      ("manual", "CAMEO 054 'Grant diplomatic recognition': relations set up or restored"),
      plural=""),
    N("cooperation", "diplomatic ties", "with|between", "054",
      ("manual", "CAMEO 054 'Grant diplomatic recognition': ties set up or restored"),
      plural=""),
    N("cooperation", "joint venture", "with|between", "061",
      ("manual", "CAMEO 061 'Cooperate economically'")),
    # parties governing together ('formed a coalition with the Social Democrats');
    # "with" only: 'the ruling coalition', 'coalition forces' name no partner
    N("cooperation", "coalition", "with", "06",
      ("manual", "CAMEO 06x: parties that govern together")),
    # meeting
    N("meeting", "meeting", "with|between", "040", ("verb", "+MEET WITH")),
    N("meeting", "summit", "with|between", "044", ("pattern", "SUMMIT")),
    N("meeting", "consultations", "with|between", "040", ("verb", "CONSULT"), plural=""),
    N("meeting", "phone call", "with|between", "041", ("manual", "CAMEO 041 'Discuss by telephone'")),
    N("meeting", "telephone call", "with|between", "041", ("manual", "CAMEO 041 'Discuss by telephone'")),
    N("meeting", "by phone", "with", "041", ("manual", "CAMEO 041 'Discuss by telephone': 'spoke by phone with'"),
      plural=""),
    N("meeting", "by telephone", "with", "041",
      ("manual", "CAMEO 041 'Discuss by telephone': 'talked by telephone with'"), plural=""),
    N("meeting", "telephone conversation", "with|between", "041",
      ("manual", "CAMEO 041 'Discuss by telephone'")),
    # visit
    N("visit", "trip", "to", "042", ("manual", "CAMEO 042 'Make a visit'")),
    # aid
    N("aid", "aid", "to|for", "07", ("verb", "AID"), plural=""),
    N("aid", "assistance", "to|for", "07", ("verb", "ASSIST"), plural=""),
    # a loan and a rescue loan, by a state or an intergovernmental body only, as 'lend'
    # (TRIGGER_ACTORS: a bank's loan to a firm is business; a country before a noun for
    # companies is none's actor, common/rel.c: "U.S. banks ... their loans to Brazil")
    N("aid", "loan", "to|for", "071",
      ("manual", "CAMEO 071 'Provide economic aid', the noun of 'lend' ('The World Bank "
                 "approved a $1 billion loan to Egypt', 'an IMF loan to Argentina')")),
    N("aid", "bailout", "to|for", "071",
      ("manual", "CAMEO 071, a rescue loan ('The IMF approved a $7 billion bailout for Pakistan')")),
    N("aid", "arms shipment", "to", "072", ("manual", "CAMEO 072 'Provide military aid'")),
    N("aid", "weapons shipment", "to", "072", ("manual", "CAMEO 072 'Provide military aid'")),
    N("aid", "arms sale", "to", "072", ("manual", "CAMEO 072 'Provide military aid': arms sales to a state")),
    N("aid", "sale", "to", "072",
      ("manual", "CAMEO 072 'Provide military aid': a sale of arms only, named after 'of' "
                 "('approved the sale of F-16 fighter jets to Turkey'); any other sale is no "
                 "trigger (common/rel.c collect_triggers, cargo_end)")),
    N("aid", "weapons package", "for|to", "072", ("manual", "CAMEO 072 'Provide military aid'")),
    N("aid", "arms package", "for|to", "072", ("manual", "CAMEO 072 'Provide military aid'")),
    N("aid", "aid package", "for|to", "07", ("manual", "CAMEO 07 'Provide aid': a package of it "
                                             "('a $95 billion aid package for Ukraine')")),
    N("aid", "weapons", "to", "072", ("manual", "CAMEO 072 'Provide military aid': weapons "
                                        "sent or supplied to a state ('sends weapons to Ukraine')"),
      plural=""),
    N("aid", "air defence systems", "to", "072", ("manual", "CAMEO 072 'Provide military aid'"),
      plural=""),
    N("aid", "air defense systems", "to", "072", ("manual", "CAMEO 072 'Provide military aid'"),
      plural=""),
    # recognition
    N("recognition", "recognition", "of", "054", ("verb", "RECOGNIZE"), plural="",
      block="ACCLAIM"),
    # lawsuit
    N("lawsuit", "lawsuit", "against", "115", ("pattern", "LAWSUIT")),
    N("lawsuit", "legal action", "against", "115",
      ("manual", "CAMEO 115 'Bring lawsuit against' ('took legal action against Meta')"), plural=""),
    N("lawsuit", "legal case", "against", "115",
      ("manual", "CAMEO 115, as 'legal action' ('filed a legal case against Apple')")),
    N("lawsuit", "court case", "against", "115",
      ("manual", "CAMEO 115, as 'legal action' ('a court case against the government')")),
    N("lawsuit", "genocide case", "against", "115",
      ("manual", "CAMEO 115 before an international court ('South Africa's genocide case "
                 "against Israel at the International Court of Justice'); 'case' alone is as "
                 "often an argument ('the case against rate cuts')")),
    N("lawsuit", "antitrust case", "against", "115",
      ("manual", "CAMEO 115, a competition case before a court or a regulator ('Epic Games "
                 "won its antitrust case against Apple', 'the Justice Department's antitrust "
                 "case against Google')")),
    N("lawsuit", "arrest warrant", "for|against", "115",
      ("manual", "legal action a court brings against a person ('the ICC issued an arrest "
                 "warrant for Netanyahu'; CAMEO files the arrest itself under 173, a label "
                 "this set has not)")),
    # accusation
    N("accusation", "accusation", "against", "112", ("verb", "ACCUSE")),
    N("accusation", "allegation", "against", "112", ("manual", "noun of ALLEGE, an accusation")),
    # condemnation
    N("condemnation", "condemnation", "of", "111", ("verb", "CONDEMN")),
    N("condemnation", "criticism", "of", "111", ("verb", "CRITICIZE")),
    N("condemnation", "denunciation", "of", "111", ("verb", "DENOUNCE")),
    # threat
    N("threat", "threat", "against", "130", ("verb", "THREATEN")),  # not 'to': 'a threat to
    # French growth / to Labour' is a danger, not a threat made by the entity before it
    N("threat", "ultimatum", "to", "139", ("manual", "CAMEO 139 'Give ultimatum'")),
    # protest
    N("protest", "demonstration", "against", "141", ("verb", "DEMONSTRATE")),
    # no 'general strike' / 'hunger strike': a trigger's first word stops the extractor's
    # search for a target, and 'General' is a title ("talks with General X")
    # expulsion
    N("expulsion", "expulsion", "of", "174", ("manual", "noun of EXPEL")),
    N("expulsion", "deportation", "of", "174", ("verb", "DEPORT")),
    # acquisition (no CAMEO code); not "by": "the takeover of X by Y" names the buyer after
    N("acquisition", "acquisition", "of", "-",
      ("manual", "a company's acquisition of another ('Loral's acquisition of Goodyear "
                 "Aerospace')")),
    N("acquisition", "takeover", "of", "-", ("manual", "the same ('its takeover of Piedmont')")),
    N("acquisition", "take-over", "of", "-", ("manual", "spelling of 'takeover'")),
    N("acquisition", "purchase", "of", "-",
      ("manual", "the same ('its purchases of Instagram and WhatsApp'); goods bought name no "
                 "company that ends its noun phrase ('purchases of Airbus jets')")),
    N("acquisition", "buyout", "of", "-", ("manual", "the same ('the $55 billion buyout of "
                                                   "Electronic Arts')")),
    N("acquisition", "tender offer", "for", "-",
      ("manual", "an offer to buy a company's shares ('Emery launched a tender offer for 83 "
                 "pct of Purolator')")),
    N("acquisition", "takeover bid", "for", "-",
      ("manual", "the same ('GAF's takeover bid for Borg-Warner')")),
    N("acquisition", "takeover offer", "for", "-", ("manual", "the same")),
    N("acquisition", "hostile bid", "for", "-",
      ("manual", "a takeover bid the target's board opposes ('Paramount launched a hostile "
                 "bid for Warner Bros Discovery')")),
    N("acquisition", "hostile offer", "for", "-", ("manual", "the same")),
    N("acquisition", "buyout offer", "for", "-", ("manual", "the same")),
    N("merger", "merger", "with|between|of", "-",
      ("manual", "two companies becoming one ('its merger with Rexnord', 'the merger of "
                 "Piedmont and USAir'); a merger agreed is one, as an acquisition agreed is")),
    N("acquisition", "investment", "in", "-",
      ("manual", "money put into a company, as the verb 'invest in' ('Nvidia's $5 billion "
                 "investment in Intel', 'to fund its investments in OpenAI'); the company ends "
                 "its noun phrase, and a country or a market is none ('investment in China')")),
    # ownership (no CAMEO code): a company a state owns, whose country's possessive or
    # adjective names it; a noun, as it qualifies one, and no verb of its own ("Chrysler
    # agreed with French state-owned Renault to acquire AMC" is Chrysler's deal)
    N("ownership", "state-owned", "OBJ", "-",
      ("manual", "a company a state owns ('Italy's state-owned ENI', 'India's state-owned Oil "
                 "and Natural Gas Commission'); a state only (TRIGGER_ACTORS), not a person "
                 "before it ('Finance Minister X ordered the state-owned Korea Exchange Bank')"),
      plural="state owned|government-owned|government owned"),
    N("acquisition", "stake", "in", "-",
      ("manual", "a share of a company taken ('Microsoft has taken a 49% stake in OpenAI', "
                 "'raised its stake in X'); common/rel.c keeps it only after a verb of taking "
                 "or raising, not 'sold its stake'; after one of holding it is ownership "
                 "('holds a 27% stake in OpenAI')")),
]

# Verb phrases that PETRARCH has no verb (or no usable verb) for, their forms written out
# (none for a past alone: "shelled"). A label of NO_CAMEO_CODE in the code column: a verb
# of that label.
MANUAL_VERBS = [
    # label code, phrase, forms, preps, reason
    # acquisition (no CAMEO code): the buyer before the verb, the company bought after it,
    # ending its noun phrase (common/rel.c target_ok: not "acquire Unisys's stake")
    ("acquisition", "acquire", "acquires|acquired|acquiring", "OBJ",
     "a company or an investor acquiring a company ('Google acquired Pyra Labs')"),
    ("acquisition", "buy", "buys|bought|buying", "OBJ",
     "the same ('agreed to buy Rubbertech Inc'); goods and shares bought name no company "
     "that ends its noun phrase ('buy U.S. wheat', 'bought the Minstar stake')"),
    ("acquisition", "take over", "takes over|took over|taken over|taking over", "OBJ",
     "the same ('a bid to take over TRE Corp')"),
    ("acquisition", "purchased", "purchasing", "OBJ",
     "the same ('Nvidia purchased Mellanox'); 'purchase' and 'purchases' are the noun's"),
    ("acquisition", "paid", "paying", "for",
     "the price of a company ('it has paid $1bn for US wine maker Robert Mondavi'); "
     "'pay' and 'pays' are as often wages and fines"),
    ("acquisition", "invest", "invests|invested|investing", "in",
     "money put into a company is a stake taken in it ('Amazon invested $4 billion in "
     "Anthropic'); the company ends its noun phrase, as for 'buy' ('invested in Treasury "
     "bonds' names none)"),
    # ownership (no CAMEO code): the owner before the verb ("Chrysler now owns 24 pct of
    # Mitsubishi Motors", "USX, which owns Marathon Oil") or after "by" in the passive
    # ("Fairchild is owned by Schlumberger"); "owned" as an adjective before its company
    # ("Boeing's wholly owned De Havilland", "Quebec-owned Hydro-Quebec"; common/rel.c
    # skips the ones whose owner is no entity, "family-owned", "privately owned"); not
    # the base "own", as often the adjective ("its own")
    ("ownership", "owns", "owned|owning", "OBJ|of",
     "a company or a share of it owned ('Chrysler now owns 24 pct of Mitsubishi Motors', "
     "'Fairchild is owned by Schlumberger', 'Hollinger's 58 pct-owned Daily Telegraph')"),
    ("merger", "merge", "merges|merged|merging", "with|into",
     "two companies becoming one ('Exxon agreed to merge with Mobil', 'xAI merged with X')"),
    ("acquisition", "sell", "sells|sold|selling", "OBJ|to",
     "a sale seen from the seller: the buyer after 'to' acquires the company sold "
     "(common/rel.c sale_relation: 'sold its Dunn Paper Co subsidiary to James River Corp'); "
     "arms sold before 'to' are aid instead ('agreed to sell 26 Rafale jets to India': "
     "common/rel.c collect_triggers, cargo_end)"),
    ("163", "sanction", "sanctioned|sanctioning", "OBJ",
     "verb of the pattern noun SANCTIONS ('sanctioned Iran'); 'sanctions' is the noun"),
    ("163", "ban exports", "bans exports|banned exports|banning exports", "to",
     "CAMEO 163 'Impose embargo, boycott, or sanctions': an embargo on what the actor sells "
     "('China banned exports of gallium to the United States')"),
    ("163", "freeze the assets",
     "freezes the assets|froze the assets|frozen the assets|freezing the assets|"
     "freeze assets|freezes assets|froze assets|freezing assets",
     "of",
     "PETRARCH pattern FREEZE * ASSET, CAMEO 163: a state freezing what another owns "
     "('Britain froze the assets of Russian billionaire Oleg Deripaska'); not 'frozen "
     "assets', the adjective ('Russia's frozen assets')"),
    ("163", "blacklist", "blacklists|blacklisted|blacklisting", "OBJ",
     "CAMEO 163 'Impose embargo, boycott, or sanctions': putting a country, company or person "
     "on a sanctions list ('Washington blacklisted Huawei')"),
    ("143", "go on strike", "goes on strike|went on strike|gone on strike|going on strike",
     "against", "CAMEO 143 'Conduct strike or boycott'; a labour strike, not an attack"),
    ("19", "exchange fire", "exchanges fire|exchanged fire|exchanging fire", "with",
     "mutual fire is fighting, CAMEO 19 ('India and Pakistan exchanged fire', 'exchanged fire "
     "with Israeli troops')"),
    ("19", "trade fire", "trades fire|traded fire|trading fire", "with",
     "the same as 'exchange fire' ('India and Pakistan traded fire along the Line of Control')"),
    ("19", "exchange gunfire", "exchanges gunfire|exchanged gunfire|exchanging gunfire", "with",
     "the same as 'exchange fire' ('troops exchanged gunfire with militants')"),
    ("19", "exchange artillery fire",
     "exchanges artillery fire|exchanged artillery fire|exchanging artillery fire", "with",
     "the same as 'exchange fire' ('Pakistan and India exchanged artillery fire')"),
    ("19", "exchange heavy fire", "exchanges heavy fire|exchanged heavy fire|exchanging heavy fire",
     "with", "the same as 'exchange fire'"),
    ("19", "trade artillery fire", "trades artillery fire|traded artillery fire|trading artillery fire",
     "with", "the same as 'exchange fire'"),
    ("190", "open fire", "opens fire|opened fire|opening fire", "on|at",
     "CAMEO 190 'Use conventional military force': shooting at a target ('Israeli troops opened "
     "fire on protesters', 'opened fire at a Philippine vessel'); 'fired at' alone is as often "
     "words ('Trump fired at the Fed'), so only the phrase"),
    ("19", "clashed", "clash|clashes|clashing", "with",
     "fighting only after a noun of armed forces ('Thai and Cambodian troops clashed', 'Indian "
     "troops clashed with Chinese forces'; common/rel.c raid_agents): the verb alone is as "
     "often words (REJECTED CLASH)"),
    ("19", "exchange strikes", "exchanges strikes|exchanged strikes|exchanging strikes", "with",
     "mutual strikes are fighting ('Israel and Iran exchanged strikes'); a labour strike is "
     "'go on strike'"),
    ("19", "trade strikes", "trades strikes|traded strikes|trading strikes", "with",
     "the same as 'exchange strikes'"),
    ("18", "killed", "kills", "OBJ",
     "CAMEO 18x 'Assault' and 19x 'Fight' of their victims ('Israel killed Hamas leader "
     "Yahya Sinwar', 'Hamas killed 1,200 people in Israel'); not 'kill' and 'killing', as "
     "often the noun or an idiom ('kill the deal')"),
    ("190", "shelled", "", "OBJ",
     "PETRARCH's SHELL (GUNFIRE, 190) in its past only ('Israeli forces shelled southern "
     "Lebanon'): 'shell' is as often the noun ('a shell company', 'artillery shells'), and "
     "'shelling' is the noun trigger"),
    ("072", "arming", "", "OBJ",
     "CAMEO 072 'Provide military aid' ('accused the UAE of arming the RSF'); not 'arm' "
     "(the limb), 'arms' (the noun: 'arms sales' is its own trigger) nor 'armed' (mostly "
     "the adjective: 'armed groups')"),
    ("161", "sever ties",
     "severs ties|severed ties|severing ties|sever diplomatic ties|severs diplomatic ties|"
     "severed diplomatic ties|severing diplomatic ties|sever relations|severs relations|"
     "severed relations|severing relations|sever diplomatic relations|"
     "severs diplomatic relations|severed diplomatic relations|severing diplomatic relations",
     "with",
     "CAMEO 161 'Reduce or break diplomatic relations' ('Niger severed diplomatic ties with "
     "Ukraine'); the verb alone is cut limbs and cables"),
    ("161", "cut diplomatic ties",
     "cuts diplomatic ties|cutting diplomatic ties|cut diplomatic relations|"
     "cuts diplomatic relations|cutting diplomatic relations|cut ties|cuts ties|cutting ties",
     "with",
     "CAMEO 161 ('Mali cut diplomatic ties with Ukraine'); 'cut' alone is prices and jobs"),
    ("161", "break off relations",
     "breaks off relations|broke off relations|broken off relations|breaking off relations|"
     "break off diplomatic relations|breaks off diplomatic relations|"
     "broke off diplomatic relations|broken off diplomatic relations|"
     "breaking off diplomatic relations|break off ties|broke off ties|"
     "break off diplomatic ties|broke off diplomatic ties|break diplomatic relations|"
     "breaks diplomatic relations|broke diplomatic relations|broken diplomatic relations|"
     "breaking diplomatic relations|break diplomatic ties|broke diplomatic ties",
     "with",
     "CAMEO 161 ('Bolivia broke off diplomatic relations with Israel')"),
    ("161", "suspend diplomatic relations",
     "suspends diplomatic relations|suspended diplomatic relations|"
     "suspending diplomatic relations|suspend relations|suspends relations|"
     "suspended relations|suspending relations|suspend diplomatic ties|"
     "suspended diplomatic ties|downgrade relations|downgrades relations|downgraded relations|"
     "downgrading relations|downgrade diplomatic relations|downgraded diplomatic relations|"
     "downgrade diplomatic ties|downgraded diplomatic ties|downgraded ties",
     "with",
     "CAMEO 161 ('Nicaragua suspended relations with the Vatican', 'downgraded ties with')"),
    ("161", "recall its ambassador",
     "recalls its ambassador|recalled its ambassador|recalling its ambassador|"
     "recall their ambassador|recalled their ambassador|recall its ambassadors|"
     "recalled its ambassadors|recalled their ambassadors|recall its envoy|recalls its envoy|"
     "recalled its envoy|recalling its envoy|recalled their envoys|recalled its top diplomat|"
     "recalls his ambassador|recalled his ambassador|recalled her ambassador|"
     "recalled his envoy",
     "from|to",
     "CAMEO 161: an ambassador called home from a country ('France recalled its ambassador "
     "from Niger') or the one posted to it ('Algeria recalled its ambassador to France'); a "
     "leader's too ('President Gustavo Petro recalled his ambassador to Washington')"),
    ("13", "vow to retaliate", "vowed to retaliate|vows to retaliate|vowing to retaliate|"
     "pledged to retaliate|pledges to retaliate|promised to retaliate|threatened to retaliate|"
     "threatens to retaliate|threatening to retaliate", "against",
     "CAMEO 13 'Threaten': a promised retaliation ('Venezuela vowed to retaliate against the "
     "United States', 'Trump threatened to retaliate against the EU'); 'retaliated' alone is "
     "the act itself, not kept"),
    ("130", "warn", "warns|warned|warning", "OBJ",
     "CAMEO 130 'Threaten' as a warning to a party against a deed ('China warned the "
     "Philippines against provoking a confrontation'): common/rel.c keeps it only where "
     "names and 'against' follow the verb (names_then); alone it is advice or a forecast "
     "('warned investors', 'warned of a recession')"),
    ("072", "supply", "supplies|supplied|supplying", "to",
     "CAMEO 072 'Provide military aid' when arms are what is supplied ('Iran supplied drones "
     "to Russia', 'Germany will supply two more Patriot systems to Kyiv', or the receivers "
     "before 'with' and arms: 'Iran supplied Russia with drones'); with no arms noun "
     "before 'to' it is trade and gives nothing ('supplied oil to China': common/rel.c "
     "cargo_end, supplied_with)"),
    ("072", "deliver", "delivers|delivered|delivering", "to",
     "the same as 'supply' ('the U.S. delivered F-16 fighter jets to Ukraine')"),
    ("072", "send", "sends|sent|sending", "to",
     "the same as 'supply' ('Britain sent Challenger 2 tanks to Ukraine'; not 'sent troops "
     "to', 'sent a letter to')"),
    ("192", "annex", "annexes|annexed|annexing", "OBJ",
     "CAMEO 192 'Occupy territory' ('Russia annexed Crimea in 2014')"),
    ("071", "lend", "lends|lent|lending", "OBJ|to",
     "CAMEO 071 'Provide economic aid' as loans ('the European Union will lend Ukraine 140 "
     "billion euros', 'the IMF lent Argentina $20 billion'); by a state or an "
     "intergovernmental body only (TRIGGER_ACTORS: a bank's loan to a firm is business)"),
    ("190", "rammed", "ramming|rams", "OBJ",
     "CAMEO 190 'Use conventional military force' as sea disputes report it: a state's "
     "ship driven into another's ('China's coast guard rammed a Philippine vessel'); by a "
     "state or an armed group only (TRIGGER_ACTORS: a car rammed into a crowd names none); "
     "the base 'ram' is as often the noun"),
    ("192", "captured", "capturing|captures", "OBJ",
     "CAMEO 192 'Occupy territory' as war news writes it ('Russian forces captured "
     "Pokrovsk', 'the RSF captured El Fasher'); PETRARCH files CAPTURE under 171, an "
     "arrest, and the base 'capture' is as often the noun; the present 'captures' is "
     "a headline's ('Russia captures village in Donetsk region')"),
    ("192", "seized", "seizing|seizes", "OBJ",
     "the same as 'captured' ('the RSF seized El Fasher', 'rebels seized Goma'); by a "
     "state or an armed group only (TRIGGER_ACTORS: police seize drugs, firms assets)"),
    ("054", "normalize relations",
     "normalizes relations|normalized relations|normalizing relations|normalise relations|"
     "normalises relations|normalised relations|normalising relations", "with",
     "CAMEO 054 as diplomatic ties set up or restored ('Azerbaijan and Armenia agreed to "
     "normalise relations', 'normalized relations with Israel')"),
    ("054", "normalize ties",
     "normalizes ties|normalized ties|normalizing ties|normalise ties|normalises ties|"
     "normalised ties|normalising ties", "with",
     "the same as 'normalize relations'"),
    ("115", "file a case", "files a case|filed a case|filing a case", "against",
     "CAMEO 115 'Bring lawsuit against' as news writes it ('Pakistan filed a case against "
     "India at the World Bank'); 'case' alone is as often an argument ('the case against "
     "rate cuts'), so only the phrase"),
    ("115", "bring a case", "brings a case|brought a case|bringing a case", "against",
     "the same as 'file a case' ('Gambia brought a case against Myanmar')"),
    ("115", "indict", "indicts|indicted|indicting", "OBJ",
     "CAMEO 115 'Bring lawsuit against' as criminal charges ('the Justice Department "
     "indicted James Comey'); not 'charge', as often a price"),
    ("115", "prosecute", "prosecutes|prosecuted|prosecuting", "OBJ",
     "the same ('prosecutors will prosecute Meta')"),
    ("174", "order out", "orders out|ordered out|ordering out", "OBJ",
     "CAMEO 174 'Expel or deport individuals': a state ordering out another's diplomats "
     "('Canada ordered out an Indian envoy')"),
    ("190", "hit", "hits", "OBJ",
     "an attack only when a weapon's noun is its subject ('Russian drones hit Kyiv', "
     "'Israeli strikes hit Gaza City'; common/rel.c weapon_nouns): 'hit' alone is mostly "
     "figurative (REJECTED HIT)"),
    ("190", "raided", "raiding", "OBJ",
     "an attack only after a noun of armed forces ('Israeli troops raided Jenin'; common/rel.c "
     "raid_agents): corporate 'dawn raids' and police raids on offices are not (REJECTED RAID)"),
    ("190", "pounded", "pounding", "OBJ",
     "CAMEO 190 'Use conventional military force' as news writes it ('Russian forces pounded "
     "Kherson'); not the base form, the currency's 'pound'"),
    ("042", "arrive in", "arrives in|arrived in|arriving in", "OBJ",
     "CAMEO 042 'Make a visit': a leader or envoy arriving in a country or its capital "
     "('Hochstein arrived in Beirut')"),
    ("042", "travel to", "travels to|traveled to|travelled to", "OBJ",
     "CAMEO 042 'Make a visit': a leader or envoy travelling to a country or its capital "
     "('Macron will travel to Beijing'); not the participle, whose traveller is the clause's "
     "subject, not the name before it ('explaining it to Baker and Volcker before "
     "travelling to Europe')"),
    ("10", "call on", "calls on|called on|calling on", "OBJ",
     "CAMEO 10 'Make a demand', as news writes it ('Turkey called on Israel to halt its "
     "offensive'); the bare verb stays out (REJECTED CALL: 'called' is also 'named'), and so "
     "does 'call for', whose object is the thing demanded"),
    ("10", "urge", "urges|urged|urging", "OBJ",
     "CAMEO 10 'Make a demand', as 'call on' ('Lai urged Beijing to stop its pressure', "
     "'the EU urged Israel to allow aid in'); PETRARCH codes URGE only inside verb patterns "
     "(appeals, 02x), so the verb is added here, with the object that 'call on' takes"),
    ("111", "hit out at", "hits out at|hitting out at", "OBJ",
     "CAMEO 111 'Criticize or denounce', as news writes it ('Iran hit out at the IAEA'); "
     "the bare verb 'hit' stays out (REJECTED HIT)"),
    ("111", "lashed out at", "lashes out at|lashing out at|lash out at", "OBJ",
     "CAMEO 111: PETRARCH's +LASH OUT (DEPLORE block), with the 'at' that introduces whom "
     "it criticizes"),
    ("111", "slammed", "slams|slamming", "OBJ",
     "CAMEO 111 'Criticize or denounce', as headlines and news write it ('Beijing slammed "
     "Washington's tariffs'); PETRARCH files SLAM under CRASH; only with its object right "
     "after ('slammed into' a wall has none), and not the base 'slam' ('grand slam')"),
    ("042", "flew to", "flown to", "OBJ",
     "CAMEO 042 'Make a visit', as 'travel to': a leader or envoy who flew to a country or its "
     "capital ('Trump flew to Tokyo', 'Conable, who flew to Indonesia'); only the past: an "
     "airline 'flies to' or 'is allowed to fly to' its routes, and 'flying to' is the clause's "
     "subject's"),
    ("062", "fight alongside", "fights alongside|fought alongside|fighting alongside", "OBJ",
     "CAMEO 062 'Cooperate militarily': forces fighting on one side ('North Korean troops "
     "are fighting alongside Russian forces')"),
    ("041", "speak with", "speaks with|spoke with|spoken with|speaking with", "OBJ",
     "CAMEO 041 'Discuss by telephone' and 040 'Consult' as news reports leaders' calls "
     "('Netanyahu had spoken with Egyptian President al-Sisi'); 'speak to' is left out "
     "(speeches: 'spoke to reporters', 'spoke to parliament')"),
]

# CAMEO verbs that map to a label but are deliberately left out, with the reason.
REJECTED = {
    "HIT": "mostly figurative in news ('hit by sanctions', 'hit a record'); 'hit' and "
           "'hits' after a weapon's noun are kept (MANUAL_VERBS)",
    "FIRE": "'fire' employees, 'fire' as a noun",
    "CLASH": "as often verbal ('clashed with the president over the budget'); after a noun "
             "of armed forces it is kept (MANUAL_VERBS)",
    "KILL": "accidents and disasters ('the earthquake killed'), figurative ('kill the bill'); "
            "the nearest entity before is rarely the killer",
    "RAID": "corporate 'dawn raid', police raids on offices; only 'air raid' is kept",
    "SHOOT": "sports and photography",
    "SHELL": "the base form collides with the company (Shell Canada, Shell UK); the noun "
             "'shelling' and the past 'shelled' (MANUAL_VERBS) are kept",
    "TARGET": "economic targets ('targeted the EU market')",
    "BATTLE": "'legal battle', 'takeover battle', sports",
    "DESTROY": "sports and elections", "DEFEAT": "sports and elections",
    "BEAT": "sports and prices", "CRUSH": "figurative",
    "ENGAGE": "'engage in', 'engage a firm'",
    "POUND": "the currency", "STORM": "weather; the object is rarely an entity",
    "OCCUPY": "'occupy a post', 'occupy the top spot'",
    "RETALIATE": "trade retaliation is as common as military retaliation",
    "WARN": "advice or forecast more often than a threat ('warned investors'); the "
            "manual row keeps 'warned X against'",
    "ENDANGER": "no party as object", "RISK": "generic",
    "CHARGE": "prices and fees; legal charges", "ALLEGE": "'alleged' is mostly the adjective",
    "FAULT": "generic", "IMPLICATE": "rare",
    "PRESS": "the press; 'press ahead'", "PUSH": "generic", "NEED": "generic",
    "WANT": "generic", "CAMPAIGN": "election campaigns", "BID": "takeover bids",
    "INSIST": "no party as object",
    "HELP": "generic ('helped the dollar')", "GRANT": "generic", "GIVE": "generic",
    "PROVIDE": "generic", "SUPPLY": "economic supply",
    "DEFEND": "verbal defence and generic use", "PROTECT": "generic",
    "CALL": "'call for', 'called' (named); 'call on' + object is a manual phrase (demand)",
    "AGREE": "'agreed with X' is an opinion; the nouns agreement/accord/treaty are kept",
    "DEAL": "'deal with X' means handle; the noun is kept with 'between' only",
    "MARCH": "the month", "RALLY": "market rallies",
    "TRADE": "generic commerce", "INVEST": "business", "FINANCE": "business",
    "ARRIVE": "the arrival place is usually a city, and shipments arrive too",
    "ATTEND": "events, not parties",
    "CONFRONT": "figurative ('confronting this strong nation')", "FACE": "generic",
    "COORDINATE": "generic", "ASSOCIATE": "generic",
    "HOST": "the direction is reversed (the guest visits the host); not expressible",
}


# ---------------------------------------------------------------------------
def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    head = rows[0]
    return [dict(zip(head, r + [""] * (len(head) - len(r)))) for r in rows[1:] if r]


def label_for(code, block=None):
    """Label of a CAMEO code via CODE_LABELS, with parent fallback; None if unmapped."""
    c = code
    while c:
        if block and (c, block) in CODE_LABELS:
            return CODE_LABELS[(c, block)]
        if c in CODE_LABELS:
            return CODE_LABELS[c]
        c = c[:-1] if len(c) > 2 else ""
    return None


def first_code(raw):
    """'042:043' -> '042'; '---' or ':110' -> ''."""
    c = raw.split(":")[0].strip()
    return c if c and c != "---" else ""


VOWELS = set("aeiou")


def regular_verb(w, double=False):
    """3sg, past, gerund of a regular verb (lower case)."""
    if w.endswith(("s", "sh", "ch", "x", "z", "o")):
        s = w + "es"
    elif w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        s = w[:-1] + "ies"
    else:
        s = w + "s"
    if w.endswith("e"):
        ed, ing = w + "d", (w[:-1] + "ing" if not w.endswith("ee") else w + "ing")
    elif w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        ed, ing = w[:-1] + "ied", w + "ing"
    elif double:
        ed, ing = w + w[-1] + "ed", w + w[-1] + "ing"
    else:
        ed, ing = w + "ed", w + "ing"
    return [s, ed, ing]


def regular_plural(w):
    if w.endswith(("s", "sh", "ch", "x", "z")):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def fail(msg):
    sys.stderr.write("build_lexicon: " + msg + "\n")
    sys.exit(1)


def build(src):
    rel = os.path.join(src, "relations")
    codes = {r["cameo_code"]: r for r in read_tsv(os.path.join(rel, "cameo-event-codes.tsv"))}
    CODE_DESC.update({c: r["description"] for c, r in codes.items()})
    verbs = read_tsv(os.path.join(rel, "petrarch-cameo-verbs.tsv"))
    synsets = {}
    for r in read_tsv(os.path.join(rel, "petrarch-cameo-synsets.tsv")):
        synsets.setdefault(r["synset"], set()).add(r["member"].strip())
    pattern_words = {}  # head word of a verb pattern -> set of codes
    for r in read_tsv(os.path.join(rel, "petrarch-cameo-verb-patterns.tsv")):
        for w in r["pattern"].replace("{", " ").replace("}", " ").replace("(", " ") \
                .replace(")", " ").split():
            if w.isalpha() and w.isupper():
                pattern_words.setdefault(w, set()).add(first_code(r["cameo_code"]))

    by_verb = {}
    for r in verbs:
        by_verb.setdefault(r["verb"].strip(), []).append(r)

    for k, lab in CODE_LABELS.items():
        c = k[0] if isinstance(k, tuple) else k
        if c not in codes:
            fail("CODE_LABELS: CAMEO code %s is not in cameo-event-codes.tsv" % c)
        if lab is not None and lab not in {l[0] for l in LABELS}:
            fail("CODE_LABELS: unknown label %s" % lab)

    def desc(code):
        return codes[code]["description"] if code in codes else "?"

    rows = []  # (label, pos, phrase, forms list, preps, source)
    selected = set()

    # -- verbs from the CAMEO dictionary
    for v in VERBS:
        cand = by_verb.get(v.verb)
        if not cand:
            fail("VERBS: %s is not in petrarch-cameo-verbs.tsv" % v.verb)
        r = cand[0]
        block = r["verb_block"]
        own = first_code(r["verb_code"]) or first_code(r["block_default_code"])
        code = v.code or own
        if v.code and not v.why:
            fail("VERBS: %s: a reassigned code needs a reason" % v.verb)
        lab = label_for(code, block)
        if lab is None:
            fail("VERBS: %s has CAMEO code %s, which maps to no label" % (v.verb, code))
        for p in v.preps.split("|"):
            if p not in PREPS:
                fail("VERBS: %s: unknown preposition %s" % (v.verb, p))
        words = v.verb.split()
        head = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
        words = [w.lstrip("+").lower() for w in words]
        phrase = " ".join(words)
        irr = r["irregular_forms"].split()
        if irr and len(words) == 1:
            # a PETRARCH {...} list is the verb's complete set of forms
            forms = [t.lower() for t in irr]
        elif irr:
            # multi-word: "+SHOOTS DOWN +SHOOTING DOWN" -> one form per '+'
            forms, cur = [], []
            for t in irr:
                if t.startswith("+") and cur:
                    forms.append(" ".join(cur))
                    cur = []
                cur.append(t.lstrip("+").lower())
            if cur:
                forms.append(" ".join(cur))
            forms = [f for f in forms if len(f.split()) == len(words)]
        else:
            forms = []
            for f in regular_verb(words[head], v.double):
                w2 = list(words)
                w2[head] = f
                forms.append(" ".join(w2))
        forms = list(dict.fromkeys(forms))  # drop duplicates, keep PETRARCH's order
        forms = [f for f in forms if f.upper() not in v.drop and f != phrase]
        if not v.base:  # the past tense stands in for the base form
            phrase = next((f for f in forms if f.endswith("ed")), forms[0])
            forms = [f for f in forms if f != phrase]
        if v.particle:
            phrase = phrase + " " + v.particle
            forms = [f + " " + v.particle for f in forms]
        forms += [f for f in v.extra if f not in forms]
        src = "CAMEO %s %s: %s" % (code, block, v.verb.lstrip("+"))
        if v.code:
            src += " (PETRARCH code %s reassigned)" % (own or "---")
        rows.append((lab, "verb", phrase, forms, v.preps, src))
        selected.add(v.verb)

    # -- manual multi-word verbs
    for code, phrase, forms, preps, why in MANUAL_VERBS:
        if code in NO_CAMEO_CODE:  # a label of its own, no CAMEO code
            rows.append((code, "verb", phrase, [f for f in forms.split("|") if f], preps,
                         "manual: %s" % why))
            continue
        lab = label_for(code)
        if lab is None:
            fail("MANUAL_VERBS: %s: code %s maps to no label" % (phrase, code))
        rows.append((lab, "verb", phrase, [f for f in forms.split("|") if f], preps,
                     "CAMEO %s manual: %s" % (code, why)))

    # -- nouns
    for n in NOUNS:
        lab = n.label if n.label in NO_CAMEO_CODE else label_for(n.code, n.block)
        if lab != n.label:
            fail("NOUNS: %s: code %s maps to %s, not %s" % (n.phrase, n.code, lab, n.label))
        for p in n.preps.split("|"):
            if p not in PREPS:
                fail("NOUNS: %s: unknown preposition %s" % (n.phrase, p))
        kind, what = n.evidence
        if kind == "synset":
            if n.phrase.upper() not in synsets.get(what, ()):
                fail("NOUNS: %s is not a member of %s" % (n.phrase, what))
            src = "CAMEO %s synset %s" % (n.code, what)
        elif kind == "pattern":
            labs = {label_for(c) for c in pattern_words.get(what, ()) if c}
            if n.label not in labs and n.label not in NO_CAMEO_CODE:
                fail("NOUNS: %s: no verb pattern with the word %s has a code of label %s "
                     "(found: %s)" % (n.phrase, what, n.label, sorted(map(str, labs))))
            src = "CAMEO %s pattern noun %s" % (n.code, what)
        elif kind == "verb":
            if what not in by_verb:
                fail("NOUNS: %s: verb %s is not in the CAMEO dictionary" % (n.phrase, what))
            src = "CAMEO %s noun of %s" % (n.code, what.lstrip("+"))
        elif kind == "manual":
            src = "CAMEO %s manual: %s" % (n.code, what) if n.label not in NO_CAMEO_CODE \
                else "manual: %s" % what
        else:
            fail("NOUNS: %s: unknown evidence %s" % (n.phrase, kind))
        if n.plural is None:
            words = n.phrase.split()
            forms = [" ".join(words[:-1] + [regular_plural(words[-1])])]
        else:
            forms = [f for f in n.plural.split("|") if f]
        rows.append((n.label, "noun", n.phrase, forms, n.preps, src))

    # -- every surface form once: the loader keeps the first trigger of a phrase
    seen = {}
    for lab, pos, phrase, forms, preps, src in rows:
        for f in [phrase] + forms:
            if f in seen:
                fail("surface form '%s' is in both '%s' and '%s'" % (f, seen[f], phrase))
            seen[f] = phrase
    rows.sort(key=lambda r: ([l[0] for l in LABELS].index(r[0]), r[1], r[2]))
    report = []
    for r in verbs:
        v = r["verb"].strip()
        code = first_code(r["verb_code"]) or first_code(r["block_default_code"])
        lab = label_for(code, r["verb_block"]) if code else None
        if lab and v not in selected:
            why = REJECTED.get(v.lstrip("+"), "not reviewed / not needed")
            report.append("%-12s %-5s %-22s %-18s %s" % (lab, code, r["verb_block"], v, why))
    return rows, sorted(set(report))


# Triggers whose actor must be of given kinds (triggers.tsv's actors column, by
# label and phrase): the kinds of labels.tsv's types and, of organizations, ARMED
# (armed groups) and IGO (intergovernmental bodies).
TRIGGER_ACTORS = {
    # a capture of a place is an attack by a state or an armed group ("Russian forces
    # captured Pokrovsk"), not a firm's share of a market or a photographer's mood
    ("attack", "captured"): "COUNTRY|ARMED",
    ("attack", "seized"): "COUNTRY|ARMED",
    ("attack", "rammed"): "COUNTRY|ARMED",
    # a loan is aid from a state or an intergovernmental body ("the EU will lend
    # Ukraine ..."), not a bank's to a firm
    ("aid", "lend"): "COUNTRY|IGO",
    ("aid", "loan"): "COUNTRY|IGO",
    ("aid", "bailout"): "COUNTRY|IGO",
    # a state-owned company is a state's, not a person's named before it
    ("ownership", "state-owned"): "COUNTRY|LOCATION",
}


HEADER = ("# generated by tools/build_lexicon.py from gazetteer-sources/relations "
          "(PETRARCH2 CAMEO dictionary, MIT; CAMEO event codes); edit here or in the script "
          "(a rebuild overwrites this file: make lasting edits in the script). "
          "Format: conf/relations/README.md\n")


def write(out, rows):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("label\tdirected\tdescription\ttypes\n")
        for lab in LABELS:
            name, directed, d = lab[:3]
            f.write("%s\t%s\t%s\t%s\n" % (name, "yes" if directed else "no", d, label_types(lab)))
    with open(os.path.join(out, "triggers.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("label\tpos\tphrase\tforms\tpreps\tsource\tactors\n")
        used = set()
        for lab, pos, phrase, forms, preps, src in rows:
            actors = TRIGGER_ACTORS.get((lab, phrase), "")
            if actors:
                used.add((lab, phrase))
            f.write("\t".join([lab, pos, phrase, "|".join(forms), preps, src, actors]) + "\n")
        if used != set(TRIGGER_ACTORS):
            fail("TRIGGER_ACTORS: no such trigger: %s" % sorted(set(TRIGGER_ACTORS) - used))

README_HEAD = """\
# conf/relations: the relation lexicon

Generated by `tools/build_lexicon.py` (do not edit the tables of this file by hand: a
rebuild rewrites it; edit the script). The loader is `gaz_builder_add_lexicon` in
`common/gaz.c`; the extractor that uses the triggers is `common/rel.c`.

## Files and format

`labels.tsv`: header line `label<TAB>directed<TAB>description<TAB>types` (skipped); lines
starting with `#` are comments.

| column | content |
| --- | --- |
| `label` | lower-case letters and `-` |
| `directed` | `yes` (actor -> target: "Israel->Iran: attack") or `no` (two parties, stored in id order: "Iran-Israel: war") |
| `description` | free text |
| `types` | optional: the kinds of entity the label joins, `ACTORS>TARGETS` for a directed label (`ORG\\|PERSON>ORG`: a company or a person buys a company), one `\\|`-list for both parties of an undirected one; `PERSON`, `COUNTRY`, `ORG`, `LOCATION`, and two kinds of organization, `ARMED` (an armed group: `kind=armed`) and `IGO` (an intergovernmental body: `kind=igo`), which `ORG` includes. Empty: any. The extractor drops a relation whose sides are of other kinds |

`affiliation`, `residence` and `co-mention` are built into the extractor and must not be
defined here.

`triggers.tsv`: header `label<TAB>pos<TAB>phrase<TAB>forms<TAB>preps<TAB>source<TAB>actors` (skipped),
`#` comments allowed.

| column | content |
| --- | --- |
| `label` | a label of `labels.tsv` |
| `pos` | `noun` or `verb`. Verbs get passive handling ("Israel was attacked by Iran" swaps the roles); nouns get compounds ("the Israel-Iran war", "US-Iran talks"; for a directed label only with a target: "US-Israeli strikes on Iran", while "U.S.-Japanese aid programs" names no direction) |
| `phrase` | one or more words, matched case-insensitively on whole tokens; normally the base form. Where the base form is too ambiguous to be a trigger the past tense stands in for it (`backed`, `demanded`), and a preposition can be part of the phrase (`meet with`, `demonstrate against`, then `OBJ` takes the entity right after it) |
| `forms` | `\\|`-separated inflected forms of the whole phrase. Every form is written out here (irregular forms, doubled consonants, British spellings). If the column is empty the loader generates regular forms of the last word (noun: +s/es/ies; verb: +s, +ed/d/ied, +ing with e-drop, no consonant doubling) |
| `preps` | what introduces the other party after the trigger, a `\\|`-set of `OBJ` (entity right after the trigger, skipping determiners and adjectives: "attacked Iran", "supporting Israel"), `with`, `against`, `on`, `for`, `to`, `between`, `from`, `by`, `in`, `of`, `at`, `into`, `toward`, `over`, `upon`. Empty means `OBJ` for verbs and nothing for nouns |
| `source` | provenance: `CAMEO <code> <PETRARCH verb block>: <VERB>` for verbs of the CAMEO dictionary, `CAMEO <code> synset &NAME` for synset members, `CAMEO <code> pattern noun NOUN` for head nouns of PETRARCH verb patterns with that code, `CAMEO <code> noun of VERB` for the noun of a CAMEO verb, `CAMEO <code> manual: reason` / `manual: reason` for hand additions |
| `actors` | optional: the kinds the trigger's actor may be, in the notation of `labels.tsv`'s types (`COUNTRY\\|ARMED`: "captured" is an attack by a state or an armed group only, "Russian forces captured Pokrovsk", not "Apple captured a third of the market"); empty: the label's. From `TRIGGER_ACTORS` of the build script |

How `common/rel.c` uses a trigger, sentence by sentence: the longest trigger phrase at a
token wins; the actor is the nearest entity before the trigger (with the entities
coordinated with it: "Britain, France and Germany"); the target is the entity right after
the trigger (`OBJ`) or right after one of the trigger's prepositions within a few tokens,
and `between X and Y` gives both parties. The first preposition that is *not* in the set
ends the search ("a meeting in Iran with ..." finds no partner), which is why `in` is in
no set: it usually introduces a place, not a party; but a town or a capital alone between
the trigger and "with" is where they meet ("met in Caracas with X", "held talks in Geneva
with Y"). A noun's agent after "by" may come
after its target and where it is ("the acquisition of X in Seattle, Washington, by Y"); a
noun in a phrase opening the sentence takes the subject after the phrase ("In talks with X
yesterday, Y asked"); a verb's phrase that ends with its preposition keeps its object
after a determiner ("held a meeting with Xi"); what a verb of blame blames on someone is
no party ("blamed X's losses on Y" accuses Y). A surface form must belong to one
trigger only (the loader keeps the first), so nouns and verbs that share forms
("attack", "strikes", "support") are one line whose prepositions cover both uses; the
build fails on a duplicate.

## Sources and licences

- PETRARCH2 CAMEO verb dictionary `CAMEO.2.0.txt` (verbs, irregular forms, synsets, verb
  patterns), openeventdata/petrarch2 commit 676801cd, MIT licence (c) Open Event Data
  Alliance; read from the TSV conversions in `gazetteer-sources/relations/`
  (`petrarch-cameo-verbs.tsv`, `petrarch-cameo-synsets.tsv`,
  `petrarch-cameo-verb-patterns.tsv`; raw file in `gazetteer-sources/raw-petrarch/`).
- CAMEO event codes (`cameo-event-codes.tsv`): the published CAMEO code list (Schrodt et
  al.) as distributed by GDELT, from mpiccirilli/UNDP-BCPR-Project commit e009a802 (no
  licence file) with quad classes from AlifCor/media-focus (LGPL-3.0); only code numbers and
  descriptions are used, to name and check the mapping. See `gazetteer-sources/README.md`.
- Everything else (noun choices, prepositions, rejections) is this project's own and is
  written in the script next to its reason.
"""

README_HOWTO = """\
## Selection policy

Precision first: a careful reader should accept at least 9 of 10 reported relations, so a
trigger is kept only when, followed by an entity in its preposition slot, it almost always
means its label in news. Checked on `corpora/articles.ndjson.gz` (Reuters 1987, BBC
2004-05, Wikinews) and the seed article. Notable decisions:

- `strike`/`strikes` (with `against|on`) stays an attack trigger although "the union's
  strike against Acme Foods" is a labour strike: in international news the military sense
  dominates, and the seed needs "join strikes against Iranian nuclear sites". The labour
  form `go on strike` is a protest trigger (CAMEO 143); `striking` is left out
  ("striking workers").
- `support` takes `OBJ|for|to` but not `of`: "won the support of Germany" names
  the supporter, not the supported.
- `deal` takes `between`, and `with` only as a noun, after a determiner, a number or an
  amount and maybe modifiers ("signed a deal with", "struck a coalition deal with", "a $38
  billion deal with"; the extractor checks: "to deal with Iran" is the verb); `nuclear
  deal`, `peace deal`, `trade deal` take `with` too.
- `meet` alone ("Erdogan met al-Sharaa in Ankara") takes only a target that ends its noun
  phrase: a possessive or a lowercase word after it makes the target a modifier of what is
  met ("meet OPEC's quota", "met Japan's demands", "met OPEC quotas"; `target_ok` in
  common/rel.c), except a preposition, a conjunction or a time word ("met Putin in Alaska",
  "met Xi last week"). `meeting` stays the noun.
- `back` is not a trigger (adverb: "cut back", "hand back"); `backed`, `backing` are.
- `demand` (noun) is not a trigger (economic demand); `demanded`, `demands`,
  `demanding` with `OBJ` are ("demanded that Japan open its market").
- `threat` takes `against` only: "a threat to German exports" is a danger, not a threat
  made by the entity before it.
- `aid` takes `to|for` only ("aid worker Jane Doe" is not aid to her).
- `trade war`, `trade dispute`, ... form the extra label `trade-dispute`, which also keeps
  the generic `war` trigger from turning the 1987 US-Japan chip dispute into a war.
  Retaliation against another party's tariffs is one too, found by code rather than a
  trigger row (`retaliation_at` in `common/rel.c`): "The EU will retaliate against
  U.S. tariffs", "China retaliated against Washington's new duties" (a negated verb
  gives none).
- `fight` (root 19) is `war` with `against|between`, without `OBJ` ("fought Siemens' takeover bid").
- `visit`'s `visiting` is a verb only where `common/rel.c` says so ("the visiting Chinese
  premier" is no visit; "After visiting Kyiv, Merz said" is one).
- Multi-word triggers cost something: `common/rel.c` stops looking for a target at any
  token that starts a trigger, so the first word of a phrase should rarely stand between a
  preposition and a name. `general strike` was dropped for "talks with General X";
  `trade war`/`trade dispute` are kept although "talks with Trade Minister X" then loses
  its partner (without them every "trade war with the United States" became a `war`).

## Adding a trigger

Lasting additions go into `tools/build_lexicon.py`: a CAMEO verb into `VERBS` (its
CAMEO code must map to the label, or reassign it with a reason), a noun into `NOUNS` with
its evidence (synset, pattern noun, verb, or a manual reason), a phrase PETRARCH lacks
into `MANUAL_VERBS`; then rebuild. A quick local experiment can also be a line added to
`triggers.tsv` by hand (it is lost on the next rebuild), e.g.

    attack<TAB>noun<TAB>drone strike<TAB>drone strikes<TAB>against|on<TAB>manual

Write every inflected form, choose prepositions that introduce the *other party* (never a
place or a date), and make sure no surface form is already used by another trigger.

## Rebuilding

    make gazetteer
    # or only the lexicon:
    /usr/bin/python3 tools/build_lexicon.py --sources ../shared/gazetteer-sources --out conf/relations
    # also list every CAMEO verb that maps to a label but is not used:
    /usr/bin/python3 tools/build_lexicon.py --sources ../shared/gazetteer-sources --out conf/relations --report

The output is deterministic: the same sources give byte-identical files.
"""


def md_escape(t):
    return t.replace("|", "\\|")


def write_readme(out, rows):
    lines = [README_HEAD, "## Labels\n",
             "| label | directed | types | triggers | surface forms | meaning |",
             "| --- | --- | --- | --- | --- | --- |"]
    for lab in LABELS:
        name, directed, d = lab[:3]
        rs = [r for r in rows if r[0] == name]
        nf = sum(1 + len(r[3]) for r in rs)
        lines.append("| `%s` | %s | %s | %d | %d | %s |" % (
            name, "yes" if directed else "no", md_escape(label_types(lab)) or "any", len(rs), nf,
            md_escape(d)))
    lines += ["", "Total: %d triggers, %d surface forms." % (
        len(rows), sum(1 + len(r[3]) for r in rows)), "",
        "## CAMEO code -> label mapping (`CODE_LABELS` in the script)\n",
        "A code without an entry falls back to its parent (1123 -> 112 -> 11); `-` stops the "
        "fallback. A block-qualified entry applies to the verbs of that PETRARCH block only.",
        "", "| CAMEO code | block | CAMEO description | label |", "| --- | --- | --- | --- |"]
    for k in sorted(CODE_LABELS, key=lambda k: (k[0], k[1]) if isinstance(k, tuple) else (k, "")):
        code, block = k if isinstance(k, tuple) else (k, "")
        lines.append("| %s | %s | %s | %s |" % (code, block or "", md_escape(CODE_DESC.get(code, "")),
                                               CODE_LABELS[k] or "-"))
    lines += ["", "Reassigned codes (the verb's PETRARCH code is too broad or wrong for it):", ""]
    for v in VERBS:
        if v.code:
            lines.append("- %s -> %s: %s" % (v.verb.lstrip("+"), v.code, v.why))
    lines += ["", README_HOWTO, "## CAMEO verbs deliberately left out\n",
              "| verb | reason |", "| --- | --- |"]
    for v in sorted(REJECTED):
        lines.append("| %s | %s |" % (v, md_escape(REJECTED[v])))
    lines.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", required=True, help="gazetteer-sources directory")
    ap.add_argument("--out", required=True, help="output directory (conf/relations)")
    ap.add_argument("--report", action="store_true",
                    help="list the CAMEO verbs that map to a label but were not selected")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.sources, "relations")):
        fail("no relations/ directory under %s" % a.sources)
    rows, report = build(a.sources)
    write(a.out, rows)
    write_readme(a.out, rows)
    nforms = sum(1 + len(r[3]) for r in rows)
    sys.stderr.write("build_lexicon: %d labels, %d triggers, %d surface forms -> %s\n"
                     % (len(LABELS), len(rows), nforms, a.out))
    if a.report:
        sys.stdout.write("label        code  block                  verb               reason\n")
        for line in report:
            sys.stdout.write(line + "\n")


if __name__ == "__main__":
    main()
