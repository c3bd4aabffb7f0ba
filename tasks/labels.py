"""Quoted words that report no speech: scare quotes, labels, titles of works and laws, nicknames.

`tasks.quotes` finds every span between quotation marks; the tests here tell which of them are
reported words and which only name something ("so-called "gray zone"", a report titled "...", "the
Professor", the "... Pay Act"). A short quote is judged by the narration of its sentence: with no
speech verb near it, one or two words are a label.
"""

from __future__ import annotations

import re
from typing import Final

from tasks.cues import ANY_CUE, WORD, is_cap, sentence_at
from tasks.spans import QuoteSpan

SPOKEN_ENDS: Final = ".,!?…;:—–-"
SENTENCE_MARKS: Final = ".!?…"
LABEL_BEFORE: Final = re.compile(
    r"(?:so[- ]called|dubbed|nicknamed|known as|titled|entitled|named|code-?named|labell?ed|branded|"
    r"termed|call[- ]?sign|the (?:term|word|words|phrase|slogan|hashtag|motto|banner))\s*$",
    re.IGNORECASE,
)
# Works whose title is quoted after them ("His 1999 memoir, "Ground Truth: ...," was"), and a name
# given to someone ("called him "the Professor,"").
WORK_BEFORE: Final = re.compile(
    r"\b(?:memoir|book|novel|biography|autobiography|film|documentary|album|song|poem|play|essay|column"
    r"|call(?:ed|s)?\s+(?:him|her|himself|herself))\s*,?\s*$"
)
WORK_REACH: Final = 24
NAMED_THING_ENDS: Final = frozenset({"act", "bill", "law", "treaty", "accord", "doctrine", "initiative"})
ARTICLE_BEFORE: Final = re.compile(r"(?:^|\s)(?:a|an|the|A|An|The)\s*$")
# An analyst's or agency's rating is a label: rates the stock "outperform", upgraded to "buy",
# rated Ukraine "Caa3" (not the noun: "a rate she called "far too low"", "rates were "not lower"").
RATING_BEFORE: Final = re.compile(
    r"\b(?:(?:rates?|rated)\s+(?:(?:the|its|their)\s+)?(?:stock|shares|company|bonds?|debt|it|them"
    r"|[A-Z][\w.&'’-]*)|ratings?(?:\s+of)?|(?:up|down)grade[sd]?\b(?:\s+\S+){0,3}\s+(?:to|at))"
    r"(?:\s+\S+){0,3}\s*$"
)
# Naming in a relative clause: a group "that security researchers call "Wizard Spider"".
NAMING_BEFORE: Final = re.compile(r"\b(?:that|which|what|whom)\s+(?:[\w’'-]+\s+){1,3}call(?:s|ed)?\s*$")
# Naming in the present tense by an institution or a group is a standing label ("what the government
# calls its "Russian instructors""); "what she calls "mission creep"" and a past "what he called "a
# betrayal"" report a person's words.
NAMING_NOW: Final = re.compile(
    r"\b(?:that|which|what|whom)\s+(?!(?:he|she|I|we|you)\s)(?:[\w’'-]+\s+){1,3}calls?"
    r"(?:\s+(?:its|their|his|her))?\s*$"
)
# A programme or publication the speaker appeared in: said on "Fox News Sunday.", told X's "Y."
VENUE_BEFORE: Final = re.compile(r"(?:\b(?:on|in)|[A-Z][\w.]*['’]s)\s*$")
# The longest text each of the patterns above can match before its trailing blanks.
LABEL_REACH: Final = 12
ARTICLE_REACH: Final = 4
RATING_REACH: Final = 48
NAMING_REACH: Final = 40
VENUE_REACH: Final = 24
# "X said that ... a "material change"", "X said its forces carried out a "massive strike"": a quoted
# fragment inside an explicit reported-speech clause.
REPORTED_THAT: Final = re.compile(
    "(?:"
    + ANY_CUE.pattern
    + r")(?:(?:\s+[\w’'.,-]+){0,4}?\s+that\b|\s+(?:its|their|his|her|it|they|he|she)\s)"
)
# WORD for ASCII-only text: there \w, \d and \W mean what they mean for any text, and the engine
# tests classes of ASCII characters much faster than Unicode categories (a quote sliced out of an
# article is ASCII-only even when the article's curly marks are not).
WORD_ASCII: Final = re.compile(WORD.pattern, re.ASCII)
SMALL_WORDS: Final = frozenset(
    {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "or", "vs."}
)
# Nine WORD matches in a row, each the one WORD.findall would give (atomic): a quote too long for a label.
NINE_WORDS: Final = re.compile(rf"(?:[\W_]*+(?>{WORD.pattern})){{9}}")
# Nine blank-separated tokens that each hold a letter or digit: each starts a WORD match of its
# own (no WORD spans a blank), so NINE_WORDS matches too; this simpler regex runs faster.
NINE_TOKENS: Final = re.compile(r"\s*+(?:(?:[^\w\s]|_)*+[^\W_]\S*+\s++){8}(?:[^\w\s]|_)*+[^\W_]")
WORDS_PEEK: Final = 100  # characters of a quote read first to tell a long quote from a label
SHORT_BODY: Final = 48  # a quote this short is split into words at once: it seldom holds nine
CUE_REACH: Final = 90  # characters of narration on each side searched for a speech cue (about 15 words)


def is_rejected(text: str, masked: str, q: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """Scare quotes, labels, titles and nicknames: quoted words that report no speech."""
    if not text[q.start].isalpha() and not any(map(str.isalpha, text[q.start : q.end])):
        return True  # no letter (most quotes open on one, which spares the scan)
    # Every test below needs <= 8 words.
    if q.continues or opens_with_nine_words(text, q):
        return False
    body = text[q.start : q.end]
    words = words_in(body)
    if len(words) > 8:
        return False
    title = is_title_case(words)
    if title and not ends_spoken(body):
        return True  # a title of a work, an operation, a bill or a label
    if title and (named_thing(words) or titled_work(masked, q)):
        return True  # a report titled "...", a memoir, "Ground Truth: ...", the "... Pay Act"
    if len(words) > 6:
        return False  # the tests against the narration need fewer words
    p_start, p_end = paras[q.paragraph]
    sentence = sentence_at(masked, p_start, p_end, q.open_at)
    return is_label(masked, q, body, len(words), title, sentence)


def words_in(phrase: str) -> list[str]:
    """WORD.findall(phrase), by WORD_ASCII when the phrase is ASCII-only (the same words, faster)."""
    return (WORD_ASCII if phrase.isascii() else WORD).findall(phrase)


def named_thing(words: list[str]) -> bool:
    """A title-case name of a law, a plan or an operation ("Warfighter Readiness and Pay Act")."""
    return words[-1].lower() in NAMED_THING_ENDS


def titled_work(masked: str, q: QuoteSpan) -> bool:
    """A title-case quote set off after a naming word ("titled", "called him") or a work ("memoir,")."""
    before = masked[max(0, q.open_at - 40) : q.open_at].rstrip()
    if ends_with(LABEL_BEFORE, before, LABEL_REACH):
        return True
    if not ends_with(WORK_BEFORE, before, WORK_REACH):
        return False
    close = q.close_at + 1 if q.close_at is not None else q.end
    return not ANY_CUE.search(masked, close, close + 30)  # "the book, "Nonsense," he said" is speech


def opens_with_nine_words(text: str, q: QuoteSpan) -> bool:
    """Nine WORDs in the quote's first WORDS_PEEK characters: a long quote, not a label.

    Words found in a prefix never outnumber the body's. A short quote skips the test: splitting
    it into words, which its tests need anyway, tells the same.
    """
    peek = min(q.end, q.start + WORDS_PEEK)
    if peek - q.start <= SHORT_BODY:
        return False
    return bool(NINE_TOKENS.match(text, q.start, peek) or NINE_WORDS.match(text, q.start, peek))


def is_label(masked: str, q: QuoteSpan, body: str, n: int, title: bool, sentence: tuple[int, int]) -> bool:
    """The tests of a short quote (<= 6 words, not a title) against the narration of its sentence."""
    s_start, s_end = sentence
    before = masked[max(s_start, q.open_at - 40) : q.open_at].rstrip()
    close = q.close_at if q.close_at is not None else q.end
    if ends_with(LABEL_BEFORE, before, LABEL_REACH):
        return True
    if title and body.rstrip()[-1:] == "." and ends_with(VENUE_BEFORE, before, VENUE_REACH):
        return True  # a title closing its sentence: the programme the words were said on
    # RATING_BEFORE needs "rat" or "grade", both naming patterns "call": most narration skips them.
    rated = n <= 3 and ("rat" in before or "grade" in before)
    if rated and ends_with(RATING_BEFORE, before, RATING_REACH):
        return True
    if (
        n <= 3
        and ends_with(ARTICLE_BEFORE, before, ARTICLE_REACH)
        and not ends_spoken(body)
        and not REPORTED_THAT.search(masked, s_start, q.open_at)
    ):
        return True
    named = n <= 4 and "call" in before
    if named and title and ends_with(NAMING_BEFORE, before, NAMING_REACH):
        return True
    if named and ends_with(NAMING_NOW, before, NAMING_REACH):
        return True  # "what the government calls its "Russian instructors"": a standing name
    if n <= 3 and is_nickname(before, masked[close + 1 : min(s_end, close + 40)]):
        return True
    if body.rstrip()[-1:] in SENTENCE_MARKS and not masked[s_start : q.open_at].strip():
        return False  # a whole quoted sentence ("We are listening.") reports words
    if n <= 2:
        # Reported speech reaches back to the sentence's speech verb ("X said the company had
        # "selectively" raised prices"); after the quote only the words near it count.
        near = masked[s_start : q.open_at] + masked[close : min(s_end, close + CUE_REACH)]
        return not ANY_CUE.search(near)
    if n <= 4:
        return not ANY_CUE.search(masked, s_start, s_end)
    return False


def is_nickname(before: str, after: str) -> bool:
    """Quoted words between a first name and a surname: James "Mad Dog" Mattis."""
    prev = before.rstrip().rsplit(" ", 1)[-1]
    nxt = after.lstrip().split(" ", 1)[0] if after.strip() else ""
    return bool(prev) and bool(nxt) and is_cap(prev) and is_cap(nxt) and prev[-1].isalpha()


def is_title_case(words: list[str]) -> bool:
    """Every significant word capitalized: a title of a work, an operation, a bill or a label."""
    significant = False
    for w in words:
        if w.lower() not in SMALL_WORDS:
            if not is_cap(w):
                return False
            significant = True
    return significant


def ends_spoken(body: str) -> bool:
    """The quote ends with punctuation that closes spoken words ("...," / "...!"), blanks aside."""
    last = body.rstrip()[-1:]
    return last != "" and last in SPOKEN_ENDS


def ends_with(pattern: re.Pattern[str], stripped: str, reach: int) -> bool:
    """pattern (ending in \\s*$) matches the end of stripped (no trailing blanks); only its last
    reach characters can."""
    return pattern.search(stripped, max(0, len(stripped) - reach)) is not None
