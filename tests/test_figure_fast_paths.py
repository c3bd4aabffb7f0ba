"""The figure scanner's hand scans find exactly what the regexes they replaced found.

Each scan below was written for speed only (a walk over bytes or a cheaper regex, where the plain
regex cost more than the rest of its step); the plain regex is kept here as the oracle.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.figure_context import (
    _AND_OR,
    _HARD,
    _LOOK,
    _OF_CLOSED,
    _RIGHT_STOP,
    _STOP_OR_AND,
    _TRAIL,
    _TRAIL_SET,
    RIGHT_WORDS,
    _number_follows,
    _right_edge,
    _tail_stops,
)
from tasks.figure_elided import DIGIT_RUN, _digit_runs
from tasks.figure_measure import CURRENCY_BEFORE, NAMED_TERM, _currency_word, currency_before, named_terms
from tasks.figures import EMAIL, HEADING_END, PROMO, PROMO_HINTS, URL, _blocked_spans
from tasks.numbers import (
    _LEAD_BYTES,
    _LEADS,
    _NONWORD_TO_SPACE,
    SMALL,
    TENS,
    WORD_RUN,
    WORD_RUN_AFTER_GAP,
    _article_before,
    ascii_lower,
    trie_pattern,
    word_runs,
)
from tasks.quotes import summary_box_end

NUMBERISH = st.sampled_from(
    [
        " ",
        "  ",
        "-",
        ",",
        ".",
        "\n",
        "\t",
        "\xa0",
        "é",
        "_",
        "one",
        "One",
        "two",
        "twenty",
        "twenty-one",
        "eighteen",
        "eight",
        "seventeen",
        "hundred",
        "thousand",
        "million",
        "a",
        "an",
        "half",
        "dozen",
        "half-dozen",
        "a half",
        "and",
        "and a half",
        "ones",
        "zero",
        "1",
        "“",
        "one-way",
    ]
)
TEXTS = st.lists(st.one_of(NUMBERISH, st.text(max_size=5)), max_size=40).map("".join)

# The scan `word_runs` did before: a regex tried after every space of the article's words.
_STARTER = re.compile((r" (" + trie_pattern([*SMALL, *TENS, *_LEADS]) + r")(?= )").encode())


def plain_word_runs(low: str) -> list[tuple[int, int, str]]:
    words = b" " + low.encode("latin-1").translate(_NONWORD_TO_SPACE) + b" "
    first = WORD_RUN.match(low)
    runs = [(first.start(), first.end(), first.group())] if first else []
    starts: list[int] = []
    for sm in _STARTER.finditer(words):
        at = sm.start()
        word = sm.group(1)
        if word in _LEAD_BYTES:
            starts += _article_before(low, at)
        if word not in _LEAD_BYTES or word == b"half":
            starts.append(at)
    pos = first.end() if first else 0
    for start in sorted(starts):
        m = WORD_RUN_AFTER_GAP.match(low, start - 1) if start > pos else None
        if m:
            run, pos = m.span(1)
            runs.append((run, pos, low[run:pos]))
    return runs


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_word_runs_are_the_starter_scan(text: str) -> None:
    low = ascii_lower(text)
    assert word_runs(low) == plain_word_runs(low)


CLAUSES = st.sampled_from(
    [" ", "  ", "\t", "[", "]", "of", "of ", " of ", "of\t", "the", "GDP", ".", ",", ";", "\n", "“", "”",
     "—", "\xa0", "\r", "(", "x"]
)  # fmt: skip
CLAUSE_TEXTS = st.lists(st.one_of(CLAUSES, st.text(max_size=3)), max_size=30).map("".join)
# What `_OF_CLOSED` was: the shortest "of" phrase that only blanks part from a closing mark.
_LAZY_OF_CLOSED = re.compile(r"[ \t]*\[?[ \t]*(of[ \t][^\]\n.,;:!?\"“”()—]+?)[ \t]*(?=[\].,;:!?\"“”()—\n]|$)")


@settings(max_examples=500, deadline=None)
@given(CLAUSE_TEXTS)
def test_of_closed_is_the_lazy_pattern(text: str) -> None:
    for pos in range(len(text) + 1):
        fast, plain = _OF_CLOSED.match(text, pos), _LAZY_OF_CLOSED.match(text, pos)
        assert (fast and (fast.span(), fast.span(1))) == (plain and (plain.span(), plain.span(1)))


def _split_right_edge(text: str, end: int, share: bool) -> int:
    """What `_right_edge` was: each word's end measured by re-splitting the segment."""

    def token_end(seg: str, tokens: list[str], i: int) -> int:
        return len(seg) - len(seg.split(None, i)[-1]) + len(tokens[i]) if i >= 0 else 0

    limit = RIGHT_WORDS * (2 if share else 1)
    stop = end + _LOOK // 2
    newline = text.find("\n", end, stop)
    seg = text[end : stop if newline < 0 else newline]
    tokens = seg.split(None, limit)[:limit]
    for i, token in enumerate(tokens):
        if token[0] in _HARD:
            return end + token_end(seg, tokens, i - 1)
        if token[-1] in _TRAIL_SET:
            core = token.rstrip(_TRAIL)
            word = core.lower()
            if not core or word in _RIGHT_STOP:
                return end + token_end(seg, tokens, i - 1)
            t_end = end + token_end(seg, tokens, i)
            if word in _AND_OR and _number_follows(text, t_end):
                return end + token_end(seg, tokens, i - 1)
            core_end = t_end - len(token) + len(core)
            if _tail_stops(text, core_end, token[len(core) :]):
                return core_end
        else:
            word = token.lower()
            if word in _STOP_OR_AND and (
                word in _RIGHT_STOP or _number_follows(text, end + token_end(seg, tokens, i))
            ):
                return end + token_end(seg, tokens, i - 1)
    return end + token_end(seg, tokens, len(tokens) - 1)


RIGHT_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", "\xa0", "\u2009", "and", "or", "but", "said", "5", "five", ",", ".", "U.S.",
     "troops", "(", "”", "a", "of", "—", "year's", "per"]
)  # fmt: skip
RIGHT_TEXTS = st.lists(st.one_of(RIGHT_PIECES, st.text(max_size=4)), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(RIGHT_TEXTS, st.booleans())
def test_right_edge_is_the_split_measure(text: str, share: bool) -> None:
    for end in range(len(text) + 1):
        assert _right_edge(text, end, share) == _split_right_edge(text, end, share)


def _plain_named_terms(text: str) -> list[tuple[int, int]]:
    """What `named_terms` finds: NAMED_TERM's finditer, gated on the naming words and a quote."""
    if "called" not in text and "named" not in text and "dubbed" not in text and "known as" not in text:
        return []
    if '"' not in text and "“" not in text:
        return []
    return [m.span(1) for m in NAMED_TERM.finditer(text) if len(m.group(1).split()) <= 3]


def _plain_blocked_spans(text: str, low: str) -> list[tuple[int, int]]:
    """What `_blocked_spans` was: PROMO searched on every closed line of a pitch-hinted text."""
    spans = [m.span() for m in URL.finditer(text)] if "http" in text or "www." in text else []
    if "@" in text:
        spans += [m.span() for m in EMAIL.finditer(text)]
    spans += _plain_named_terms(text)
    box = summary_box_end(text)
    if box:
        spans.append((0, box))
    pos, pitch = 0, any(hint in low for hint in PROMO_HINTS)
    for line in text.split("\n"):
        if line[-1:] not in HEADING_END:
            stripped = line.rstrip()
            if stripped and stripped[-1] not in HEADING_END and len(stripped.split()) <= 25:
                spans.append((pos, pos + len(line)))
        elif pitch and len(line) < 400 and PROMO.search(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return sorted(spans)


PROMO_PIECES = st.sampled_from(
    [
        *("Subscribe now", "SUBSCRIBE TODAY", "ſubscribe now", "by subscribing", "sign up for our"),
        *("Sign Up For Our", "our newsletter", "download the app", "download now", "Register now to"),
        *("keep reading 5 free articles", "a month for unlimited", "subscribers get unlimited"),
        *("readers support us", "support the Post from just", "consider supporting us", "support us"),
        *("ſupport us", "İ", "K", ".", "\n", " ", "called", "named", "so-called", "nicknamed"),
        *("known as", "known  as", "dubbed", '"', "“", "”", "two", "5%"),
    ]
)
PROMO_TEXTS = st.lists(st.one_of(PROMO_PIECES, st.text(max_size=4)), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(PROMO_TEXTS)
def test_blocked_spans_are_the_plain_line_scan(text: str) -> None:
    assert named_terms(text) == _plain_named_terms(text)
    assert _blocked_spans(text, ascii_lower(text)) == _plain_blocked_spans(text, ascii_lower(text))


DIGIT_PIECES = st.sampled_from(
    [*"0123456789", "1,000", "12,345", ",", ".", "1.5", "USD", "EUR", "xUSD", "A", "M", "v", "_", " ", "-",
     "\n", "é", "٣", "،", "1,2345", ",000", ".5"]
)  # fmt: skip
DIGIT_TEXTS = st.lists(st.one_of(DIGIT_PIECES, st.text(max_size=3)), max_size=30).map("".join)


@settings(max_examples=800, deadline=None)
@given(DIGIT_TEXTS)
def test_digit_runs_are_digit_run_finditer(text: str) -> None:
    fast = [(n.start, n.end, n.digits) for n in _digit_runs(text, ascii_lower(text))]
    assert fast == [(m.start(), m.end(), m.group()) for m in DIGIT_RUN.finditer(text)]


CURRENCY_PIECES = st.sampled_from(
    [*"$€£¥₹₽₩₪₺₴", "US", "U.S.", "C", "CA", "HK", "NZ", "CN", "Rs", "Rs.", "Hr", "USD", "CHF", "NIS", "SEK",
     " ", "\n", "\t", "x", "a", "5", "1.2", "-"]
)  # fmt: skip
CURRENCY_TEXTS = st.lists(st.one_of(CURRENCY_PIECES, st.text(max_size=2)), max_size=12).map("".join)


@settings(max_examples=800, deadline=None)
@given(CURRENCY_TEXTS)
def test_currency_before_is_the_whole_pattern(text: str) -> None:
    for start in [i + 1 for i, ch in enumerate(text) if ch in "$€£¥₹₽₩₪₺₴"]:  # the symbols' own regex
        fast = currency_before(text, start)
        plain = CURRENCY_BEFORE.search(text, max(0, start - 7), start)
        assert (fast and (fast.span(), fast.group())) == (plain and (plain.span(), plain.group()))
    for word in text.split():
        assert _currency_word(word) == (CURRENCY_BEFORE.search(word + " ") is not None)
