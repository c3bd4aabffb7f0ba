"""Appositives: the comma-bounded phrases news sets beside a speaker's name.

"Rep. Marcia Tolland, D-Calif., a member of the committee, said" puts a party label and a role
between the name and its verb; "One of them, an accountant who gave only her surname, Chan,
said" puts the name itself last. Subject readers (`tasks.phrases`) step over the asides to the
name they describe, or take the name set off right before the verb.
"""

from __future__ import annotations

import re
from typing import Final

from mypy_extensions import i64

from tasks.cues import CAP_STOPWORDS, FUNCTION_WORDS, is_cap
from tasks.tokens import is_word, reach

APPOSITIVE_BOUNDS: Final = frozenset({",", "(", '"', "“", "”", "—", ";"})
# Comma-bounded asides that describe no speaker: a party-state label or a relative clause.
ASIDE: Final = re.compile(r"(?:[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\.?$|(?:which|where|whose|including)\b)")
# ", commander of U.S. European Command," / ", a spokesperson for Lockheed Martin." after a name.
APPOSITIVE_AFTER: Final = re.compile(
    r",\s+((?:[^,;:\"“”«»„\x00.]|\.(?=\S)|(?<=[A-Z])\.(?=\s+[A-Z])){2,120})(?=,|\.(?:\s|$)|;|$)"
)
# The longest appositive APPOSITIVE_AFTER's group takes.
APPOSITIVE_LONGEST: Final = 120
# Words that open or sit inside a noun phrase before its head ("her surname", "the agency").
NP_DETS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
PREPOSITIONS: Final = frozenset(
    {"in", "of", "at", "near", "from", "for", "with", "to", "on", "by", "into", "across"}
)


def named_appositive(text: str, toks: list[tuple[str, int]], i: int) -> tuple[str, int, str] | None:
    """ "One of them, an accountant who gave only her surname, Chan, said": a one-word name set off
    by commas right before the verb, after a noun phrase that describes it, is the subject.

    Returns (name, offset, description). A noun phrase governed by a preposition ("officials in
    the province, Idlib, said") is not the subject, so neither is the name beside it.
    """
    if i < 3 or toks[i][0] != "," or toks[i - 2][0] != ",":
        return None
    word, pos = toks[i - 1]
    prev = toks[i - 3][0]
    if not is_word(word) or not is_cap(word) or word in CAP_STOPWORDS:
        return None
    if not prev.islower() or not is_word(prev) or prev in FUNCTION_WORDS:
        return None
    m = i - 4
    while (
        m >= max(0, i - 10)
        and is_word(toks[m][0])
        and (toks[m][0] in NP_DETS or (toks[m][0].islower() and toks[m][0] not in FUNCTION_WORDS))
    ):
        m -= 1
    if m >= 0 and toks[m][0] in PREPOSITIONS:
        return None
    bound = m
    while bound >= 0 and toks[bound][0] not in APPOSITIVE_BOUNDS:
        bound -= 1
    start = toks[bound][1] + 1 if bound >= 0 else toks[m + 1][1]
    return word, pos, text[start : toks[i - 2][1]].strip()


def past_appositives(text: str, toks: list[tuple[str, int]], i: int) -> tuple[int, str | None]:
    """Step back from toks[i] over ", APPOSITIVE," to the name it describes, and that appositive.

    An aside set off by commas between name and verb is read past: a party-state label
    ("Rep. Marcia Tolland, D-Calif., a member of the committee, said") or a relative clause on
    the appositive's own noun ("..., an attorney with the Center, which represents them, told"), or a
    description of the institution the appositive ends with ("..., a fellow at Chatham House, a
    think tank, said").
    """
    appositive, skipped = None, False
    for _ in range(3):
        if i < 1 or toks[i][0] != ",":
            break
        j = i - 1
        while j >= 0 and toks[j][0] not in APPOSITIVE_BOUNDS and toks[j][0][0] != "\x00":
            j -= 1
        if j < 1 or toks[j][0] != "," or j >= i - 1:
            break
        segment = text[toks[j][1] + 1 : toks[i][1]].strip()
        if ASIDE.match(segment):
            i, skipped = j, True
        elif appositive is None:
            appositive, i, skipped = segment, j, True
        elif describes_institution_before(appositive, segment):
            appositive, i = f"{segment}, {appositive}", j  # "a fellow at the Institute, a thinktank,"
        else:
            break
    if skipped and toks[i][0] == ",":
        i -= 1
    return i, appositive


def describes_institution_before(nearer: str, farther: str) -> bool:
    """ "a senior fellow at the Institute for Sea Power, a thinktank,": the nearer aside is a short
    description ("a thinktank") of the institution that ends the farther one, not of the name."""
    words = nearer.split()
    last = farther.rsplit(" ", 1)[-1]
    return 2 <= len(words) <= 4 and words[0] in ("a", "an") and last[:1].isupper() and nearer.islower()


def next_comma(toks: list[tuple[str, int]], j: int) -> int:
    """Index of a comma within a few words after a common noun ("another witness in the probe, ...")."""
    for k in range(j, j + 8):
        if not reach(toks, k):
            break
        if toks[k][0] == ",":
            return k
        if not is_word(toks[k][0]):
            break
    return j


def appositive_text(text: str, end: i64) -> str | None:
    """APPOSITIVE_AFTER's group 1 at end within 160 characters, read by hand: the registry asks at
    every comma after a name, and a match that fails reads the whole window twice in the regex
    engine, the second time trying three alternatives at each character.

    The regex takes every blank after the comma, the longest stretch of appositive characters
    (120 at most) and backs off one character at a time to one the lookahead accepts; then it
    gives back a blank, which starts the stretch one character earlier, and backs off again.
    """
    stop: i64 = min(len(text), end + 160)
    if end >= stop or ord(text[end]) != 44:
        return None
    ws: i64 = end + 1
    while ws < stop and text[ws].isspace():
        ws += 1
    run: i64 = 0
    while ws + run < stop and run < APPOSITIVE_LONGEST:
        cp: i64 = ord(text[ws + run])
        if is_appositive_stop(cp) and (cp != 46 or not period_reads_on(text, ws + run, stop)):
            break
        run += 1
    for g in range(ws, end + 1, -1):
        length: i64 = min(run + (ws - g), APPOSITIVE_LONGEST)
        while length >= 2:
            if appositive_closes(text, g + length, stop):
                return text[g : g + length]
            length -= 1
    return None


def is_appositive_stop(cp: i64) -> bool:
    """A character APPOSITIVE_AFTER's class leaves out: , ; : " “ ” « » „ \\x00 ."""
    if cp > 59:
        return cp == 0xAB or cp == 0xBB or 0x201C <= cp <= 0x201E
    return cp == 44 or cp == 59 or cp == 58 or cp == 34 or cp == 46 or cp == 0


def period_reads_on(text: str, p: i64, stop: i64) -> bool:
    """Whether APPOSITIVE_AFTER's group runs on over the period at p: one before a non-blank, or
    one after a capital before blanks and a capital ("U.S. Army")."""
    if p + 1 >= stop:
        return False
    if not text[p + 1].isspace():
        return True
    if p < 1 or not 65 <= ord(text[p - 1]) <= 90:
        return False
    q: i64 = p + 1
    while q < stop and text[q].isspace():
        q += 1
    return q < stop and 65 <= ord(text[q]) <= 90


def appositive_closes(text: str, q: i64, stop: i64) -> bool:
    """APPOSITIVE_AFTER's closing lookahead at q: a comma, a semicolon, a period before a blank or
    the end, or the end ($, which also matches before a last newline)."""
    if q == stop:
        return True
    cp: i64 = ord(text[q])
    if cp == 44 or cp == 59:
        return True
    if cp == 46:
        return q + 1 == stop or text[q + 1].isspace()
    return cp == 10 and q + 1 == stop
