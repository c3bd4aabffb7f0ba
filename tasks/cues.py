"""Word lists and compiled patterns of news attribution, shared by quote finding and attribution.

News prose attributes speech with a small closed set of verbs ("said", "told", "added", ...),
titles ("Secretary", "Sen.") and function words. Keeping them in one module lets the quote
filter ("is a speech verb nearby?") and the attribution rules agree on what a cue is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

# Past tenses that are no "-ed" word: after "the GAO", "found" is the verb, not the head of a noun.
IRREGULAR_PAST: Final = frozenset(
    """found made gave took saw knew began held led left met paid sent spent stood thought went won
    came became brought bought built caught chose drew drove fell felt fought flew got grew heard kept
    lost meant ran rose sold sought spoke struck taught threw understood sank swam wore tore hid
    ate""".split()
)


def looks_past(word: str) -> bool:
    """A lowercase word that reads as a verb in the past tense ("found", "announced")."""
    return word in IRREGULAR_PAST or (len(word) > 5 and word.endswith("ed"))


# Inflected speech verbs only: base forms ("claim", "say") are too often ordinary verbs.
SPEECH_VERBS: Final = frozenset(
    """
    said says told tells added adds continued continues noted warned warns stressed stresses argued
    argues wrote writes asked asks replied replies insisted insists explained explains tweeted
    tweets posted declared declares announced announces stated claimed alleged alleges acknowledged
    acknowledges admitted admits agreed agrees recalled recalls remarked observed suggested suggests
    urged urges promised vowed pledged predicted predicts cautioned conceded concedes countered
    responded responds answered emphasized emphasizes emphasised emphasises maintained maintains
    contended contends complained complains lamented quipped joked boasted confirmed confirms denied
    denies testified testifies recounted recounts concluded concludes commented called thanked
    praised accused accuses criticized criticizes criticised blasted wondered affirmed affirms
    reiterated reiterates assured assures apologized apologised described describes mused shouted
    shouts yelled whispered exclaimed reported texted messaged emailed informed informs advised
    demanded dismissed welcomed hailed condemned decried derided
    saying adding telling writing noting warning stressing arguing asking replying
    insisting explaining tweeting declaring announcing stating claiming alleging acknowledging
    admitting recalling suggesting urging predicting conceding responding emphasizing complaining
    confirming denying testifying accusing reiterating describing vowing pledging say
    """.split()
)

# Verbs that can precede their subject after a quote ("...," said Hill).
INVERTED_VERBS: Final = frozenset(
    """
    said says added adds asked asks continued wrote writes explained noted recalled replied
    concluded agreed insisted warned argued tweeted posted stated declared told cautioned
    """.split()
)

# Documents whose words are their institution's: "the minutes of the Federal Open Market Committee".
DOCUMENT_NOUNS: Final = frozenset(
    {"minutes", "statement", "report", "communique", "transcript", "filing", "document", "study", "memo"}
)
# Nouns whose owner is the author of the quoted words ("directives from Xi to "...").
SPEECH_NOUNS: Final = frozenset(
    """
    statement statements directive directives remarks comments letter memo message tweet post
    speech interview testimony order orders words note email
    """.split()
)

PRONOUNS: Final = frozenset({"he", "she", "they", "it"})
FIRST_PERSON: Final = frozenset({"i", "we"})

# Adverbs and auxiliaries that sit between a subject and its speech verb.
ADVERBS_AUX: Final = frozenset(
    """
    also then later has have had was were is are would will could had earlier once again further
    previously repeatedly allegedly reportedly recently subsequently famously publicly privately
    separately quickly initially finally simply just still already often even not never has
    """.split()
)

# Words that end a subject phrase when walking back from the verb.
FUNCTION_WORDS: Final = frozenset(
    """
    that which who whom whose and or but as when while if to in on at with by from for of into
    onto about after before during than because since until unless where whether though although
    is was were be been being are has have had do does did not no so such this these those there
    here also then said says told its their his her our your my
    """.split()
)

DETERMINERS: Final = frozenset({"the", "a", "an", "another", "one"})

# Capitalized words that open sentences or phrases without being part of a name.
CAP_STOPWORDS: Final = frozenset(
    """
    The A An And But Or So Yet In On At For From With By To Of As When While If After Before During
    Since Until Although Though However Meanwhile Later Then Also Still Even Last This That These
    Those There Here It He She They We I You His Her Their Our My Its Asked According Despite
    Under Over Among Between Without Within Instead Both Each Every Some Many Most Several Two
    Three Four Five Six Seven Eight Nine Ten Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Shri Smt Smt. Not No Yes Why What How Who Where Which Today
    Tomorrow Yesterday Now Once Further Another Other Such Only Just All Any Former Newly Unlike
    """.split()
)

# Words that make up a title ("Defense Secretary", "Secretary General", "Lt. Col.").
TITLE_HEADS: Final = frozenset(
    """
    secretary general president minister sen. senator rep. representative gen. adm. admiral col.
    col lt lt. lieutenant colonel maj. major capt. captain sgt. sergeant gov. governor mayor
    director chairman chairwoman chair chancellor ambassador commander chief officer spokesman
    spokeswoman spokesperson judge justice prosecutor attorney prof. professor king queen prince
    princess pope premier speaker leader envoy marshal sheikh ayatollah rev. commissioner counsel
    adviser advisor ceo coach inspector superintendent treasurer administrator manager chairperson
    emir sultan cardinal bishop archbishop pres. supt. sec. amb. cmdr. brig. gen gens. sens. reps.
    executive prof rev cllr capt sgt mp mep mla msp agent sheriff spc. spc pfc. pfc cpl. cpl pvt.
    pvt specialist corporal vice-president vice-chairman vice-chair vice-minister vice-admiral
    vice-chancellor vice-premier vice-governor
    """.split()
)

# Words that modify a title head and belong to the title, not to an organization.
TITLE_MODIFIERS: Final = frozenset(
    """
    defense defence foreign press trade vice prime deputy assistant under attorney chief executive
    senior acting interior finance home justice state homeland security national commerce
    treasury energy health education labor labour transportation agriculture army navy air force
    marine supreme majority minority principal first lead special associate managing former
    interim joint brigadier major lieutenant rear surgeon solicitor district staff public
    information communications economic political military armed forces petty warrant lance master
    """.split()
)

# Honorifics stripped from names without being titles.
HONORIFICS: Final = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "sir",
        "dame",
        "madam",
        "shri",
        "smt",
        "smt.",
    }
)

# Head words that make a capitalized phrase an institution rather than a person.
ORG_WORDS: Final = frozenset(
    """
    pentagon kremlin department ministry command council committee agency office party university
    institute bureau commission court army navy police times post news daily group corp corp.
    inc inc. co. company bank fund organization organisation association union service
    administration government parliament congress senate house command alliance forces force
    guard coalition center centre foundation network journal herald tribune telegraph guardian
    reuters bloomberg agency federation league board authority embassy secretariat cabinet
    directorate headquarters staff ltd plc llc corporation industries systems technologies
    airlines motors media press agency brigade battalion regiment division corps fleet aviation
    aerospace dynamics shipbuilding holdings electric reserve panel operations &
    """.split()
)

# Nouns of a spokesperson: their words are their institution's.
SPOKES_NOUNS: Final = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "statement"})

# Plural or collective nouns for unnamed groups: their words have no named speaker.
GENERIC_GROUPS: Final = frozenset(
    """
    analysts critics officials experts prosecutors investigators lawmakers legislators residents
    witnesses sources observers economists traders researchers scientists diplomats aides advisers
    advisors authorities police protesters activists officers soldiers troops veterans voters
    critics supporters opponents leaders executives insiders people others many some both several
    democrats republicans members delegates negotiators observers commentators campaigners strategists
    """.split()
)

# Definite common nouns standing for an institution named before ("the company said").
ORG_NOUNS: Final = frozenset(
    """
    company firm ministry department agency command spokesperson spokesman spokeswoman service
    alliance government army navy contractor manufacturer group organization organisation office
    council commission committee court bank military statement bureau panel
    """.split()
)

# Lowercase nouns usable as a definite description of a titled person ("the president said").
DEFINITE_TITLES: Final = frozenset(
    """
    president secretary minister senator general governor chancellor ambassador commander chairman
    chairwoman mayor premier admiral colonel envoy prosecutor director speaker captain lieutenant
    sergeant judge justice commissioner inspector superintendent sheriff detective professor
    """.split()
)

NAME_CONNECTORS: Final = frozenset(
    {
        "of",
        "for",
        "de",
        "van",
        "der",
        "von",
        "bin",
        "al",
        "da",
        "di",
        "du",
        "la",
        "le",
        "del",
        "dos",
        "das",
        "ibn",
    }
)

# Institution heads that take "on" inside their name ("Commission on Human Rights").
ON_HEADS: Final = frozenset({"commission", "committee", "subcommittee", "council", "conference"})


def joins_name(low: str, prev: str) -> bool:
    """A lowercase word inside a proper name: a particle ("bin"), or "on" after an institution head."""
    return low in NAME_CONNECTORS or (low == "on" and prev.lower() in ON_HEADS)


def word_trie(words: frozenset[str]) -> str:
    """A regex matching exactly the given words, as a trie: (?:s(?:a(?:id|ys)|...)|...).

    A flat alternation of 150 words makes the regex engine try every word at every offset; the
    trie tries one branch per letter. Where what follows the words (a boundary, a period, a
    blank) lets at most one of them match at an offset, both match the same text.
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(root) + ")"


TITLE_ABBREVIATIONS: Final = frozenset(
    """
    Gen Sen Rep Lt Col Maj Capt Sgt Gov Adm Dr Mr Mrs Ms Jr Sr St Prof Rev Cmdr Brig Amb Gens Sens Reps
    Pres Supt Cpl Pvt Spc Inc Corp Ltd
    """.split()
)
TITLE_ABBR: Final = rf"{word_trie(TITLE_ABBREVIATIONS)}\."
# One word of a name: a title abbreviation, an initialism (U.S.), an initial (J.) or a word.
INITIALS: Final = r"(?:[A-Z]\.){2,}|[A-Z]\.(?=[ \t]+[A-Z])"
NAME_WORD: Final = rf"(?:(?=[A-Z])(?:{TITLE_ABBR}|{INITIALS})|[^\W\d_][\w’'\-]*[\w’']|[^\W\d_])"
WORD: Final = re.compile(r"[^\W\d_](?:[\w’'.\-]*[\w.])?|\d[\w.,\-]*")
# A family name opened by a lowercase particle joined to it: "al-Harbi", "bin-Laden", "d'Estaing".
NAME_PREFIXES: Final = frozenset("al el ad as ash at az ar an bin ibn d l".split())
PREFIXED_NAME: Final = rf"{word_trie(NAME_PREFIXES)}['’\-][A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*"
PREFIXED_START: Final = re.compile(PREFIXED_NAME)
ACRONYM: Final = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,}s?$|^[A-Z]\.[A-Z]\.?$")


SPEECH_VERB_ALT: Final = word_trie(SPEECH_VERBS)
# "Salcedo defended it, calling it "a legal shield"": a participle whose subject is the clause's,
# a cue for attribution only (quote finding does not take "calling for" as reported speech).
# "Kuusk used to tell the conscripts, "..."": a base form after "used to"/"would" (habitual speech).
HABITUAL_BASES: Final = frozenset({"tell"})
# "promising" is a speech verb only before "that"/"to" ("a promising start" is not): the cue finder
# may try it, since its subject must still be read, but the quote filter asks for the "that" or "to".
ATTRIBUTION_VERB_ALT: Final = word_trie(SPEECH_VERBS | {"calling", "promising"} | HABITUAL_BASES)
SPEECH_VERB_RE: Final = re.compile(rf"\b{SPEECH_VERB_ALT}\b")
SPEECH_NOUN_ALT: Final = word_trie(SPEECH_NOUNS)
# A speech cue of any kind, for "is this short quoted phrase reported speech?": a speech verb,
# "according to", "statement from", "calling it" or "promising that" (one \b for all five).
ANY_CUE: Final = re.compile(
    rf"\b(?:{SPEECH_VERB_ALT}\b|[Aa]ccording to\s+|by the accounts? of\s+|{SPEECH_NOUN_ALT}\s+(?:from|by)\s+"
    r"|calling (?:it|them|him|her|this|that)\b|promising (?:that|to)\b)"
)

# Sentence ends in narration whose quotes are masked (see speakers.mask_quotes).
# A masked quote (\x00...) opening the next sentence starts a sentence too.
END_TAIL: Final = r"[\"”’»)\]]*\s+(?=[A-ZÀ-Þ0-9]|[\"“«„‘(\[][A-ZÀ-Þ0-9\x00])"
SENTENCE_END: Final = re.compile(rf"[.!?…]{END_TAIL}")
# SENTENCE_END for narration whose only mark is the period: a regex opening with one literal
# character is searched with a fast string scan, one opening with a class tests every character.
PERIOD_END: Final = re.compile(rf"\.{END_TAIL}")


# Letters that open a name ([A-ZÀ-ÖØ-ÞĀ-Ž], as in names.UPPER), and the first letters of
# PREFIXED_NAME: set lookups for is_cap.
UPPER_RANGES: Final = (("A", "Z"), ("À", "Ö"), ("Ø", "Þ"), ("Ā", "Ž"))
UPPER_FIRST: Final = frozenset(chr(code) for lo, hi in UPPER_RANGES for code in range(ord(lo), ord(hi) + 1))
PREFIXED_FIRST: Final = frozenset(prefix[0] for prefix in NAME_PREFIXES)


def is_cap(token: str) -> bool:
    """A token that can be part of a proper name (a capital letter, or a particle joined to one)."""
    first = token[:1]
    return first in UPPER_FIRST or (first in PREFIXED_FIRST and PREFIXED_START.match(token) is not None)


def sentence_ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """SENTENCE_END's matches in text[start:end], by PERIOD_END when no other mark is in text.

    Each match holds one mark, its first character, so the matches are those at each mark; in
    text with periods only, those are PERIOD_END's.
    """
    if "!" in text or "?" in text or "…" in text:
        return SENTENCE_END.finditer(text, start, end)
    return PERIOD_END.finditer(text, start, end)


def sentence_at(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The sentence (start, end) of the paragraph text[start:end] holding offset pos.

    The paragraph splits as in article_sentences, up to that sentence's end only.
    """
    s = start
    for m in sentence_ends(text, start, end):
        if abbreviation_before(text, m.start()):
            continue
        if m.end() > pos:
            return s, m.end()
        s = m.end()
    return s, end


ABBREVIATIONS: Final = frozenset(
    """
    mr mrs ms dr sen rep gen lt col maj capt sgt gov adm st jr sr u.s u.n u.k no vs prof rev
    jan feb mar apr aug sept sep oct nov dec corp inc co dept gens sens reps amb cmdr brig
    """.split()
)
LONGEST_ABBREVIATION: Final = max(map(len, ABBREVIATIONS))


def abbreviation_before(text: str, dot: int) -> bool:
    """True when the period at text[dot] closes an abbreviation (Sen., Gen., U.S.), not a sentence."""
    if text[dot] != ".":
        return False
    floor = dot - LONGEST_ABBREVIATION - 1
    if floor >= 0 and text[floor:dot].isalpha():
        return False  # the word before runs longer than any abbreviation (the usual sentence end)
    start, floor = dot, max(0, floor)
    while start > floor and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    if dot - start > LONGEST_ABBREVIATION:
        return False  # lowercasing never shortens a word: a longer one is no abbreviation
    word = text[start:dot].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def and_in_org(toks: list[tuple[str, int]], j: int, i: int) -> bool:
    """ "the Cybersecurity and Infrastructure Security Agency": an "and" inside one institution's name.

    The run after "and" ends in an institution word and the run before it follows "the", so the
    whole is one definite name, not two subjects; or the run before holds an institution word that
    more of the name follows ("U.S. Army Europe and Africa", not "the Pentagon and Hegseth").
    """
    if toks[j][0] != "and":
        return False
    k = j - 1
    while k >= 0 and (
        (is_cap(toks[k][0]) and toks[k][0] not in CAP_STOPWORDS) or toks[k][0] in ("of", "for")
    ):
        k -= 1
    tail = [t for t, _ in toks[j + 1 : i + 1]]
    named_apart = any(t.lower() in ORG_WORDS or ACRONYM.match(t) for t in tail)  # "... and FEMA"
    if not named_apart and any(toks[m][0].lower() in ORG_WORDS for m in range(k + 1, j - 1)):
        return True  # "U.S. Army Europe and Africa": an institution word the run goes on after
    return toks[i][0].lower() in ORG_WORDS and k >= 0 and k < j - 1 and toks[k][0].lower() == "the"


GERUND_OBJECTS: Final = DETERMINERS | {"its", "their", "his", "her", "our", "this", "these", "those", "that"}


def opens_gerund(toks: list[tuple[str, int]], i: int) -> bool:
    """ "Restoring the systems ... has cost": a gerund phrase as subject, not a name ending in -ing."""
    word = toks[i][0]
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    return is_cap(word) and word[1:].islower() and word.endswith("ing") and nxt in GERUND_OBJECTS
