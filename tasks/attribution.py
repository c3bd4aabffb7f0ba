"""Attribution cues: where news puts the words that say who spoke a quote.

Read over masked narration (quote contents blanked), in this order: right after the closing
mark (`"...," Rutte said` / `"...," said Hill`), before the quote in its sentence (`Hegseth
said that "..."`, `according to X`, `directives from Xi to "..."`), then later in the sentence
(`"..." announced in October, said Scissors`). The result is the subject phrase as written;
resolving it to a speaker is `tasks.resolution`'s job.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.cues import (
    ATTRIBUTION_VERB_ALT,
    DOCUMENT_NOUNS,
    HABITUAL_BASES,
    INVERTED_VERBS,
    ORG_WORDS,
    SPEECH_VERBS,
    word_trie,
)
from tasks.phrases import INTRO_WORDS, Subject, clause_subject, subject_after, subject_before
from tasks.quotes import QuoteSpan
from tasks.tokens import is_word_char

CUE_NOUNS: Final = frozenset(
    """
    statement statements directive directives remarks comments letter memo message tweet post
    speech order orders words note email
    """.split()
)
# Verbs of a finding ("the GAO found that the Navy had "..."", "a study estimated that ..."): speech
# only for an institution or a document, and only before "that" (not "were found by").
FINDING_VERBS: Final = frozenset({"found", "estimated", "determined", "projected"})
FINDING_SUBJECTS: Final = frozenset(
    "study report audit review assessment analysis survey investigation inquiry paper".split()
)
# The letters a cue can open with: a lookahead for one of them opens CUE_FINDER, so that the regex
# engine skips the offsets where no cue can start (blanks, capitals, punctuation) without trying
# the alternatives there.
CUE_FIRST_LETTERS: Final = "".join(
    re.escape(c)
    for c in sorted(
        {w[0] for w in SPEECH_VERBS | CUE_NOUNS | HABITUAL_BASES | FINDING_VERBS | {"calling", "promising"}}
        | {"A", "a", "b"}
    )
)
# Speech verbs, "according to" and "remarks from X"; one \b before all three (see cues.word_trie).
CUE_FINDER: Final = re.compile(
    rf"(?=[{CUE_FIRST_LETTERS}])\b(?:(?P<verb>{ATTRIBUTION_VERB_ALT})\b"
    rf"|(?P<finding>{word_trie(FINDING_VERBS)})(?=\s+that\b)"
    rf"|(?P<according>[Aa]ccording to\s+|by the accounts? of\s+)"
    rf"|(?P<noun>{word_trie(CUE_NOUNS)}\s+(?:from|by)\s+))"
)
# ", who (also) said", ", which said": a relative clause on the speaker, its antecedent right before
# the comma ("built by Raytheon, which said in a statement that ...").
RELATIVE_WHO: Final = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+ly\s+|also\s+|has\s+|had\s+){0,2}$")
# A second clause with its own speaker: "X said ..., while Y said the offer "...".
# So is one that dates the quote by another's words: "X said ..., a day after Y accused ... of "...".
CLAUSE_BREAK: Final = re.compile(
    r"[,\"”]\s+(?:while|whereas|(?:(?:a|an|one|two|three|\d+)\s+(?:hours?|days?|weeks?)\s+)?after)\s+"
)
# A past-perfect speech verb: "had told him", "had himself written in a memo".
PERFECT_REPORT: Final = re.compile(
    r"\bhad\s+(?:himself\s+|herself\s+|also\s+)?(?:told|said|written|warned)\b"
)
HABITUAL: Final = re.compile(r"\b(?:used to|would)\s+$")
AND_BEFORE: Final = re.compile(r"\band\s+(?:also\s+)?$")  # a second verb of the clause's subject
# Words opening a sentence on a place or a time, not on the one who speaks ("At Fort Bragg, ...").
SCENE_OPENERS: Final = INTRO_WORDS | {
    "inside",
    "outside",
    "near",
    "from",
    "for",
    "with",
    "across",
    "under",
    "by",
    "along",
}
NAMED_THEN_VERB: Final = re.compile(r", (?:[A-Z][\w.'’-]+ )+?[A-Z][\w.'’-]+, (?=[a-z])")
# Verbs that report speech only right after a quote: `"How much lower?" Holm pressed.`
AFTER_QUOTE_VERBS: Final = ("pressed", "pushed", "interjected", "persisted")
ADVERB_RUN: Final = re.compile(
    r"(?:(?:[a-z]{3,}ly|also|then|later|has|had|have|once|again|further|would|will)\s+){0,3}"
)
# ADVERB_RUN's words other than "-ly" adverbs; post_direct reads them without the regex.
RUN_ADVERBS: Final = frozenset("also then later has had have once again further would will".split())
LEAD_MARKS: Final = frozenset(map(ord, ",—–-"))  # with blanks, what stands between a quote and its cue


def find_cue(masked: str, q: QuoteSpan, s_start: int, s_end: int, p_end: int) -> Subject | None:
    """The subject of the quote's own attribution, wherever in its sentence it stands."""
    close = q.close_at + 1 if q.close_at is not None else None
    # A quote ending in a period ends its sentence: what follows is the next sentence's attribution.
    if q.close_at is not None and masked[q.close_at - 1] != ".":
        found = post_direct(masked, q.close_at + 1, p_end)
        if found is not None:
            return found
    found = None
    clause = last_clause(masked, s_start, q.open_at)
    if clause is not None:
        found = cue_in(masked, clause, q.open_at, q.open_at)
    if found is None:
        found = cue_in(masked, s_start, q.open_at, q.open_at)
    if found is None and close is not None and close < s_end:
        found = cue_in(masked, close, s_end, s_end, s_start)
    elif found is not None and found.pos < q.open_at:
        found = inner_report(masked, found, q.open_at) or found
    if found is None and masked[s_start : q.open_at].rstrip().endswith(":"):
        found = colon_subject(masked, s_start, q.open_at)
    return found


def colon_subject(masked: str, s_start: int, open_at: int) -> Subject | None:
    """ "Lithuania's vice-minister, Tomas Gedvila, put it more bluntly: "..."" or "The report, "...",
    concludes: "..."": a colon ending the clause right before the quote introduces it. Its speaker
    is a person named in apposition after a role opening the sentence, or a document; a place
    ("At Fort Bragg, North Carolina, soldiers heard") or a group ("Senators had one question") is not."""
    named = NAMED_THEN_VERB.search(masked, s_start, open_at)
    opening = masked[s_start : named.start()].split()[:1] if named is not None else []
    if named is not None and opening and opening[0].lower() not in SCENE_OPENERS:
        return subject_before(masked, s_start, named.end())
    subject = clause_subject(masked, s_start, open_at)
    return subject if subject is not None and subject.text in DOCUMENT_NOUNS else None


def inner_report(masked: str, outer: Subject, open_at: int) -> Subject | None:
    """ "He said the general had told him, "..."": words someone had said earlier, reported inside
    the cue's own report, are theirs; the past perfect marks that earlier speech."""
    last = None
    start = outer.pos + len(outer.text)
    if masked.find("had", start, open_at) < 0:
        return None  # PERFECT_REPORT opens with "had": most reports hold none
    for m in PERFECT_REPORT.finditer(masked, start, open_at):
        last = m
    return subject_before(masked, start, last.start()) if last is not None else None


def last_clause(masked: str, start: int, end: int) -> int | None:
    """Start of the last contrasting clause before a quote ("X said ..., while Y said "...")."""
    if (
        masked.find("after", start, end) < 0
        and masked.find("while", start, end) < 0
        and masked.find("whereas", start, end) < 0
    ):
        return None  # CLAUSE_BREAK needs one of these words: most sentences hold none
    found = None
    for m in CLAUSE_BREAK.finditer(masked, start, end):
        found = m.end()
    return found


def post_direct(masked: str, pos: int, end: int) -> Subject | None:
    """`"...," Rutte said` or `"...," said Hill`: the attribution right after the closing mark."""
    lead = lead_end(masked, pos, end)
    verb = verb_at(masked, lead, end)
    if verb is not None:
        if verb not in INVERTED_VERBS:
            return None
        found = subject_after(masked, lead + len(verb) + 1, end)
        return found[0] if found else None
    found = subject_after(masked, lead, end)
    if found is None:
        return None
    subject, stop = found
    return subject if verb_follows(masked, stop, end) else None


# post_direct's reads of the words after a closing mark and after a subject, each a string scan
# instead of a regex: they run for nearly every quote, and a regex call costs more than the scan.


def lead_end(text: str, pos: int, end: int) -> int:
    """Past the blanks, commas and dashes at pos (`[\\s,—–-]*`)."""
    while pos < end and (ord(text[pos]) in LEAD_MARKS or text[pos].isspace()):
        pos += 1
    return pos


def verb_at(text: str, pos: int, end: int) -> str | None:
    """The speech verb standing as a whole word at pos (`cues.SPEECH_VERB_RE`'s match there), if any."""
    if pos >= end or not is_word_char(text, pos) or (pos > 0 and is_word_char(text, pos - 1)):
        return None
    after = pos + 1
    while after < end and is_word_char(text, after):
        after += 1
    word = text[pos:after]  # a verb ends where the word does (its closing \\b)
    return word if word in SPEECH_VERBS else None


def verb_follows(text: str, pos: int, end: int) -> bool:
    """`"...," Rutte later said`: after a subject ending at pos, blanks, commas or dashes, at most
    three adverbs ("also", "repeatedly") each followed by blanks, then a speech verb."""
    at = lead_end(text, pos, end)
    for _ in range(3):
        after = at
        while after < end and 97 <= ord(text[after]) <= 122:  # [a-z]
            after += 1
        if after in (at, end) or not text[after].isspace():
            break
        word = text[at:after]
        if not ((len(word) >= 5 and word.endswith("ly")) or word in RUN_ADVERBS):
            break
        while after < end and text[after].isspace():
            after += 1
        at = after
    if verb_at(text, at, end) is not None:
        return True
    for verb in AFTER_QUOTE_VERBS:
        if text.startswith(verb, at, end):
            after = at + len(verb)
            return after == end or not is_word_char(text, after)
    return False


def cue_in(masked: str, start: int, end: int, limit: int, clause: int | None = None) -> Subject | None:
    """The first speech cue in masked[start:end] whose subject can be read; a second verb of the
    clause ("..., and said") takes the subject at `clause` (the sentence start when given)."""
    for m in CUE_FINDER.finditer(masked, start, end):
        kind = m.lastgroup  # one named group takes part in each match, and spans all of it
        if kind == "according" or kind == "noun":
            found = subject_after(masked, m.end(), limit if limit > m.end() else end)
            if found:
                return found[0]
            continue
        verb = m.group()
        verb_at = m.start()
        if verb in HABITUAL_BASES:
            habit = HABITUAL.search(masked, max(start, verb_at - 12), verb_at)
            if habit is None:
                continue
            verb_at = habit.start()
        if verb.endswith("ing") or and_before(masked, max(start, verb_at - 10), verb_at):
            subject = clause_subject(masked, start if clause is None else clause, verb_at)  # "... and warned"
        else:
            subject = subject_before(masked, start, verb_at)
        if subject is None:
            subject = relative_antecedent(masked, start, m.start())
        if subject is None and verb in INVERTED_VERBS and masked[start : m.start()].rstrip().endswith(","):
            found = subject_after(masked, m.end() + 1, end)
            subject = found[0] if found else None
        if subject is not None and (verb not in FINDING_VERBS or reports_findings(subject)):
            return subject
    return None


def and_before(masked: str, start: int, end: int) -> bool:
    """AND_BEFORE's search, asked only when "and" stands in the range (most verbs have none)."""
    return masked.find("and", start, end) >= 0 and AND_BEFORE.search(masked, start, end) is not None


def reports_findings(subject: Subject) -> bool:
    """An institution ("The Government Accountability Office") or a document ("a study") finds."""
    if subject.kind == "nominal":
        return subject.text in FINDING_SUBJECTS
    return subject.kind == "name" and any(w.lower() in ORG_WORDS for w in subject.text.split())


def relative_antecedent(masked: str, start: int, verb_at: int) -> Subject | None:
    """ "Matthias Oberholzer, who said last week that ...": the speaker is the relative's antecedent."""
    lo = max(start, verb_at - 40)
    if masked.find("wh", lo, verb_at) < 0:
        return None  # RELATIVE_WHO needs "who" or "which"
    m = RELATIVE_WHO.search(masked, lo, verb_at)
    return subject_before(masked, start, m.start()) if m is not None else None
