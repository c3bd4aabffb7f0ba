"""The subject of a speech verb, read from masked narration (quote contents blanked).

Attribution needs the noun phrase that says: before the verb ("Geoffrey Berman, the U.S.
attorney for ..., said"), after an inverted verb ("said Derek Scissors, a China scholar ..."),
after "according to", or at the start of the clause of a participle ("Hawk Sawyer issued a
statement, saying ..."). The phrase is read token by token over a short window, so the cost is
bounded by the window, not the article.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.appositives import named_appositive, next_comma, past_appositives
from tasks.cues import (
    ADVERBS_AUX,
    CAP_STOPWORDS,
    DETERMINERS,
    FIRST_PERSON,
    FUNCTION_WORDS,
    GENERIC_GROUPS,
    HONORIFICS,
    NAME_CONNECTORS,
    ORG_WORDS,
    PRONOUNS,
    SPEECH_VERBS,
    and_in_org,
    is_cap,
    joins_name,
    looks_past,
    opens_gerund,
)
from tasks.phrase_words import (
    MAX_LOWER,
    appositive_stop,
    describes_name,
    honorific_before_name,
    numbered,
    of_the_name,
    opens_clause_after,
    pronoun_at,
    rank_ordinal,
    unit_ordinal,
)
from tasks.tokens import TokenRun, is_word, reach
from tasks.tokens import tokens as tokens  # read through this module by callers and tests

WINDOW: Final = 200  # characters read back from a verb (room for an appositive)
AHEAD: Final = 140  # characters read forward for a subject and its appositive
SHORT_WINDOW: Final = 32  # a forward window this short is tokenized whole
INTRO_WORDS: Final = frozenset(
    """
    on in at after before during when while although though as since until last later earlier
    meanwhile however still yet then afterward afterwards also separately speaking asked elsewhere
    """.split()
)
PP_PREPS: Final = frozenset({"from", "for", "of", "at", "with", "in"})
QUANTIFIERS: Final = frozenset({"two", "three", "several", "some", "many"})
# A dateline opening an article ("SAN DIEGO (AP) —", "KYIV, Ukraine —"): a place, never a subject.
DATELINE: Final = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.]+)*(?: \([A-Za-z]+\))? [—–] "
)
DATELINE_SECOND: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’-")  # DATELINE's second character
WEEKDAYS: Final = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
CONJUNCTIONS: Final = frozenset({"but", "and", "yet", "so", "or", "still", "however", "also", "then"})
# Lowercase words that end a subject read forward whatever stands around them: speech verbs and
# function words, but for the connectors a name or its institution takes inside ("of", "for", "on").
ENDS_FORWARD: Final = (SPEECH_VERBS | FUNCTION_WORDS) - NAME_CONNECTORS - {"on"}


class Subject:
    """A speech verb's subject as written; several are built per quote.

    kind: "pronoun", "first" (I/we), "name" (capitalized run) or "nominal" (common noun phrase).
    A plain class, not a named tuple: compiled, a named tuple is still built by interpreted Python.
    """

    __slots__ = ("appositive", "det", "kind", "mods", "pos", "pp", "text")

    def __init__(
        self,
        kind: str,
        text: str,
        pos: int,
        det: str | None = None,
        mods: str = "",
        appositive: str | None = None,
        pp: str | None = None,  # object of a preposition after the head: "a spokesperson for the Pentagon"
    ) -> None:
        self.kind = kind
        self.text = text
        self.pos = pos
        self.det = det
        self.mods = mods
        self.appositive = appositive
        self.pp = pp


def is_adverb(tok: str) -> bool:
    """A word that sits between subject and verb ("also", "allegedly")."""
    low = tok.lower()
    return tok.islower() and (low in ADVERBS_AUX or (low.endswith("ly") and len(low) > 4))


def subject_before(text: str, start: int, end: int) -> Subject | None:
    """The subject phrase ending just before offset end (a speech verb), not before start."""
    toks = tokens(text, max(start, end - WINDOW), end)
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 3 and is_word(toks[i][0]) and is_adverb(toks[i][0]):
        i -= 1
        skipped += 1
    if i >= 1 and toks[i][0] in WEEKDAYS and toks[i - 1][0] in {"on", "last"}:
        i -= 2  # "A senior senator on Sunday accused ..."
    named = named_appositive(text, toks, i)
    if named is not None:
        return Subject("name", named[0], named[1], None, "", named[2])
    i, appositive = past_appositives(text, toks, i)
    if i < 0 or not is_word(toks[i][0]):
        return None
    return phrase_back(text, toks, i, appositive)


def phrase_back(text: str, toks: list[tuple[str, int]], i: int, appositive: str | None) -> Subject | None:
    """Read a determiner, modifiers and head backwards from toks[i]."""
    word, pos = toks[i]
    if word.lower() in PRONOUNS:
        return Subject("pronoun", word.lower(), pos)
    if word.lower() in FIRST_PERSON:
        return Subject("first", word.lower(), pos)
    j, det = scan_back(toks, i)
    first = j + 1
    if first > i:
        return None
    listed = org_list_start(toks, j) if det is None and j > 0 else None
    if listed is not None:
        j = listed - 1
        if j >= 0 and toks[j][0].lower() in DETERMINERS:
            det = toks[j][0].lower()
        end = toks[i][1] + len(toks[i][0])
        subject: Subject | None = Subject(
            "name", text[toks[listed][1] : end], toks[listed][1], det, "", appositive
        )
    else:
        subject = build(text, toks[first : i + 1], det, appositive)
    k = j - 1 if det is not None else j
    if subject is not None and k >= 1 and toks[k][0] in PP_PREPS and is_word(toks[k - 1][0]):
        head = phrase_back(text, toks, k - 1, appositive)
        if head is not None and head.kind in {"name", "nominal"}:
            pp = text[toks[k][1] + len(toks[k][0]) : toks[i][1] + len(toks[i][0])].strip()
            return Subject(head.kind, head.text, head.pos, head.det, head.mods, appositive, pp)
    return subject


def scan_back(toks: list[tuple[str, int]], i: int) -> tuple[int, str | None]:
    """From toks[i] back over a name's words, connectors and a few lowercase modifiers: the index
    of the token before the phrase, and its determiner if one opens it."""
    j, lowers = i, 0
    while j >= 0 and is_word(toks[j][0]):
        w = toks[j][0]
        low = w.lower()
        if low in DETERMINERS and not is_cap(w[1:2] or "x"):
            return j, low
        name_part = (is_cap(w) and (w not in CAP_STOPWORDS or (low in HONORIFICS and j < i))) or numbered(
            toks, j, i
        )
        connector = (
            0 < j < i
            and is_cap(toks[j - 1][0])
            and (joins_name(low, toks[j - 1][0]) or and_in_org(toks, j, i))
        )
        if name_part or connector:
            pass
        elif w.islower() and low not in FUNCTION_WORDS and low not in SPEECH_VERBS and lowers < MAX_LOWER:
            lowers += 1
        elif w in CAP_STOPWORDS and low in DETERMINERS:
            return j, low
        else:
            return j, None
        j -= 1
    return j, None


def org_list_start(toks: list[tuple[str, int]], j: int) -> int | None:
    """Where an institution named with a list starts, when toks[j] is the list's "and".

    "Department for Business, Energy and Industrial Strategy": an institution head, "for"/"of",
    then capitalized names joined by commas and a final "and"; one name, not two subjects.
    """
    if toks[j][0] != "and":
        return None
    k, commas = j - 1, 0
    while k >= 0:
        run_end = k
        while k >= 0 and is_cap(toks[k][0]) and toks[k][0] not in CAP_STOPWORDS:
            k -= 1
        if k == run_end or k < 1:
            return None
        if toks[k][0] == ",":
            commas += 1
            k -= 1
            continue
        if toks[k][0] not in {"for", "of"} or commas == 0:
            return None
        h = k - 1
        while h >= 0 and is_cap(toks[h][0]) and toks[h][0] not in CAP_STOPWORDS:
            h -= 1
        heads = [toks[x][0].lower() for x in range(h + 1, k)]
        return h + 1 if any(w in ORG_WORDS for w in heads) else None
    return None


def build(text: str, span: list[tuple[str, int]], det: str | None, appositive: str | None) -> Subject | None:
    """Classify a phrase: a trailing capitalized run is a name, else the last word is a common head."""
    k = len(span) - 1 if numbered(span, len(span) - 1, len(span) - 1) else len(span)
    while k > 0 and (
        is_cap(span[k - 1][0])
        or rank_ordinal(span, k - 1)
        or (k < len(span) and unit_ordinal(span, k - 1))
        or (
            k < len(span)
            and (
                joins_name(span[k - 1][0].lower(), span[k - 2][0] if k > 1 else "")
                or and_in_org(span, k - 1, len(span) - 1)
                or (k >= 2 and of_the_name(span, k - 2))  # its "the"
                or (k >= 2 and of_the_name(span, k - 1))  # its "of"
            )
        )
    ):
        k -= 1
    while k < len(span) and span[k][0].lower() in NAME_CONNECTORS:
        k += 1
    start, end = span[0][1], span[-1][1] + len(span[-1][0])
    if k == 0 and len(span) == 1 and span[0][0].lower() in GENERIC_GROUPS:
        k = 1  # "Analysts at Nomura said": a sentence-initial capital, still a common noun
    if k < len(span):
        run_start = span[k][1]
        mods = text[start:run_start].strip()
        return Subject("name", text[run_start:end], run_start, det, mods, appositive)
    head = span[-1][0]
    if not head.isalpha():
        return None
    mods = text[start : span[-1][1]].strip()
    return Subject("nominal", head.lower(), span[-1][1], det, mods, appositive)


def subject_after(text: str, pos: int, end: int) -> tuple[Subject, int] | None:
    """The subject phrase starting at pos (after an inverted verb or "according to") and where it ends."""
    pronoun = pronoun_at(text, pos, end)
    if pronoun is not None:
        return Subject("pronoun" if pronoun in PRONOUNS else "first", pronoun, pos), pos + len(pronoun)
    stop_at = min(end, pos + AHEAD)
    # A short window ("Hartwell said." closing its paragraph) is scanned whole, cheaper than the
    # regex run; a whole list reads as the run would.
    toks: list[tuple[str, int]] = (
        tokens(text, pos, stop_at) if stop_at - pos <= SHORT_WINDOW else TokenRun(text, pos, stop_at)
    )
    if not reach(toks, 0) or not is_word(toks[0][0]):
        return None  # the first token decides
    first, at = toks[0]
    low = first.lower()
    if low in PRONOUNS:
        return Subject("pronoun", low, at), at + len(first)
    if low in FIRST_PERSON:
        return Subject("first", low, at), at + len(first)
    i, det = 0, None
    if low in DETERMINERS or low in QUANTIFIERS:
        det, i = low, 1
    elif low == "former" and reach(toks, 1) and is_cap(toks[1][0]):
        i = 1  # "Former Colorado Gov. Daniel Okafor drew ..., promising": the title's tense, not the name
    j, lowers, seen_cap = i, 0, False
    while reach(toks, j):
        w = toks[j][0]
        low = w.lower()
        if (low in ENDS_FORWARD and w == low) or not is_word(w):
            break  # what ends most subjects ("said", "who"), decided before the tests below
        if is_cap(w) and (w not in CAP_STOPWORDS or honorific_before_name(toks, j)):
            seen_cap = True
        elif (
            seen_cap and joins_name(low, toks[j - 1][0]) and reach(toks, j + 1) and is_cap(toks[j + 1][0])
        ) or rank_ordinal(toks, j):
            pass
        elif seen_cap and of_the_name(toks, j):
            j += 1  # "The Association of the U.S. Army": "of the" inside an institution's name
        elif w.islower() and low not in FUNCTION_WORDS and low not in SPEECH_VERBS and lowers < MAX_LOWER:
            if seen_cap and det is None and lowers == 0 and not describes_name(toks, j):
                break
            if seen_cap and lowers == 0 and looks_past(w) and opens_clause_after(toks, j):
                break  # "the GAO found that ...": the verb after the name
            if seen_cap and det is None and lowers > 0 and is_cap(toks[j - 1][0]):
                break  # "engineering group Kessler Voss cut its forecast": the named firm ends it
            lowers += 1
        else:
            break
        j += 1
    while j > i and (is_adverb(toks[j - 1][0]) and not is_cap(toks[j - 1][0])):
        j -= 1
    if j == i:
        return None
    stop = toks[j - 1][1] + len(toks[j - 1][0])
    subject = build(text, toks[i:j], det, None)
    if subject is None:
        return None
    return with_pp_and_appositive(text, toks, j, subject, stop, stop_at)


def with_pp_and_appositive(
    text: str, toks: list[tuple[str, int]], j: int, subject: Subject, stop: int, window_end: int
) -> tuple[Subject, int]:
    """The subject read forward up to toks[j], with the capitalized object of a preposition after
    it ("a spokesman for the Pentagon") and an appositive set off by commas, and where it ends.
    toks are read from a window ending at window_end."""
    if reach(toks, j) and toks[j][0] in PP_PREPS and reach(toks, j + 1):
        obj = pp_object(text, toks, j + 1)
        if obj is not None:
            subject = Subject(
                subject.kind, subject.text, subject.pos, subject.det, subject.mods, None, obj[0]
            )
            j, stop = obj[1], toks[obj[1] - 1][1] + len(toks[obj[1] - 1][0])
    comma = next_comma(toks, j) if subject.kind == "nominal" else j
    if reach(toks, comma) and toks[comma][0] == ",":
        j = comma
        appo_end = appositive_stop(text, toks[j][1] + 1, window_end)
        if appo_end is not None:
            appo = text[toks[j][1] + 1 : appo_end].strip()
            subject = Subject(
                subject.kind, subject.text, subject.pos, subject.det, subject.mods, appo, subject.pp
            )
            stop = appo_end
    return subject, stop


def pp_object(text: str, toks: list[tuple[str, int]], k: int) -> tuple[str, int] | None:
    """A capitalized prepositional object ("the Pentagon") from toks[k], and the index after it."""
    start = k
    if reach(toks, k) and toks[k][0].lower() == "the":
        k += 1
    run = k
    while reach(toks, k) and (
        (is_word(toks[k][0]) and is_cap(toks[k][0]))
        or (
            (toks[k][0] in NAME_CONNECTORS or toks[k][0] == "&")  # "Analysts at Marlow & Finch"
            and k > run
            and reach(toks, k + 1)
            and is_cap(toks[k + 1][0])
        )
    ):
        k += 1
    if k == run:
        return None
    return text[toks[start][1] : toks[k - 1][1] + len(toks[k - 1][0])], k


def clause_subject(text: str, start: int, end: int) -> Subject | None:
    """The subject at the start of a sentence, after an introductory phrase ("On Monday, ...")."""
    if text[start + 1 : start + 2] == "\x00" and start + 1 < end and not text[start].isalnum():
        return None  # a sentence opening on a quote (its mark, then the masked words): no subject
    pronoun = pronoun_at(text, start, end)  # the token subject_after would read first
    if pronoun is not None:
        return Subject("pronoun" if pronoun in PRONOUNS else "first", pronoun, start)
    if start + 1 < end and "A" <= text[start] <= "Z" and text[start + 1] in DATELINE_SECOND:
        dateline = DATELINE.match(text, start, end)
        if dateline is not None:
            start = dateline.end()
    toks: list[tuple[str, int]] = TokenRun(text, start, min(end, start + 60))  # indexed as a list
    i = 0
    while reach(toks, i) and not is_word(toks[i][0]):
        if toks[i][0][0] == "\x00":
            return None
        i += 1
    if reach(toks, i) and toks[i][0].lower() in INTRO_WORDS:
        j = i
        while j < i + 10 and reach(toks, j) and toks[j][0] not in {",", ".", ";"}:
            j += 1
        if reach(toks, j) and toks[j][0] == ",":
            i = j + 1
    while reach(toks, i) and toks[i][0].lower() in CONJUNCTIONS:
        i += 1
        if reach(toks, i) and toks[i][0] == ",":
            i += 1
    if not reach(toks, i) or not is_word(toks[i][0]):
        return None
    if toks[i][0].endswith("ing"):  # opens_gerund needs the ending; only then the next token
        reach(toks, i + 1)  # opens_gerund reads the next token when the window has one
        if opens_gerund(toks, i):
            return None
    found = subject_after(text, toks[i][1], end)
    return found[0] if found else None
