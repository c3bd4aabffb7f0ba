"""An article's narration as attribution reads it: sentences, the registry of names, subjects.

Resolution walks back over sentences and asks who each one is about; `State` holds what every
such question needs once per article (the masked narration, its sentences and registry, the
quote speakers found so far) and caches each sentence's subject. The helpers here read the
narration only, without resolving anyone.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from mypy_extensions import i64

from tasks.attribution import ADVERB_RUN, cue_in
from tasks.cues import SPEECH_VERB_RE, abbreviation_before, is_cap, joins_name
from tasks.phrases import Subject, clause_subject, subject_before
from tasks.quotes import paragraphs
from tasks.registry import Registry
from tasks.spans import Speaker

# A preposition and a lowercase noun phrase after a word: a noun's complement ("Shares in the company").
# A sentence closing on its attribution: ", NAME said." (at most a short phrase after the verb).
TRAILING_REPORT: Final = re.compile(
    r",[ \t]+[^,\x00\n]{2,60}?[ \t](said|says|added|wrote)\b[^,\x00\n]{0,30}$"
)
COMPLEMENT: Final = re.compile(r"\s+(?:in|of|at|for|on|from)\s+(?:the|a|an|its|their)\s+[a-z]")


class State:
    """One article's narration: its sentences, registry, and the quote speakers found so far.

    A plain class, not a dataclass: compiled, a dataclass's generated `__init__` stays interpreted
    Python, and one State is built per article."""

    def __init__(self, text: str, masked: str, defining: str | None = None) -> None:
        self.text = text
        self.masked = masked
        # the narration with the bracketed short forms that define initialisms ("(NHO)"), which
        # `masked` blanks where they stand between a name and its verb (`tasks.glosses`)
        self.defining = masked if defining is None else defining
        self.registry = Registry(masked)
        # (start, end, paragraph) of each sentence
        self.sentences: list[tuple[int, int, int]] = article_sentences(masked, paragraphs(text))
        self.starts = [s for s, _, _ in self.sentences]
        self.spoken: list[tuple[int, Speaker]] = []  # quote position, speaker
        self.subjects: dict[int, Subject | None] = {}
        self.reporters: dict[int, Subject | None] = {}
        self.lowercase: dict[str, bool] = {}
        self.counts: dict[str, int] = {}

    def has_lowercase(self, word: str) -> bool:
        """Whether the narration also uses word in lowercase: then "Prosecutors" is a common noun
        (cached: a long article asks about the same words again and again)."""
        if word not in self.lowercase:
            self.lowercase[word] = re.search(rf"\b{re.escape(word)}\b", self.masked) is not None
        return self.lowercase[word]

    def count(self, phrase: str) -> int:
        """How often phrase stands in the narration (cached: the focus walk asks per sentence)."""
        if phrase not in self.counts:
            self.counts[phrase] = self.masked.count(phrase)
        return self.counts[phrase]

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding offset pos."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def subject_of(self, k: int) -> Subject | None:
        """The clause subject of sentence k (cached)."""
        if k not in self.subjects:
            s, e, _ = self.sentences[k]
            found = clause_subject(self.masked, s, e)
            if (
                found is None
                and self.masked[s : s + 1].isalpha()
                and SPEECH_VERB_RE.search(self.masked, s, e)
            ):
                found = cue_in(self.masked, s, e, e)  # "One of them, ..., Chan, said she ..."
            self.subjects[k] = found
        return self.subjects[k]

    def reporter_of(self, k: int) -> Subject | None:
        """The subject of a report closing sentence k ("..., its operator Nordlink Data said."): the
        one the next sentence's "the company added" is about (cached)."""
        if k not in self.reporters:
            s, e, _ = self.sentences[k]
            m = TRAILING_REPORT.search(self.masked, s, e)
            self.reporters[k] = subject_before(self.masked, m.start() + 1, m.start(1)) if m else None
        return self.reporters[k]


def article_sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of every sentence of the paragraphs (start, end) of text.

    A paragraph splits after each sentence end (`sentence_end_spans`) inside it that closes no
    abbreviation. One scan of the whole text finds the same ends as a scan per paragraph: an end
    is a mark plus closers and blanks, so no two ends overlap, and one that runs past its
    paragraph (a mark that closes it) is an end in neither.
    """
    found = []
    ends = sentence_end_spans(text)
    e = 0
    for index, (start, end) in enumerate(paragraphs):
        pos = start
        while e < len(ends) and (at := ends[e][0]) < end:
            if at >= start and (cut := ends[e][1]) <= end and not abbreviation_before(text, at):
                found.append((pos, cut, index))
                pos = cut
            e += 1
        if pos < end:
            found.append((pos, end, index))
    return found


def sentence_end_spans(text: str) -> list[tuple[int, int]]:
    """The spans of cues.SENTENCE_END's matches in text, read by hand: most marks are periods,
    which str.find reaches without the regex engine's call and match object per sentence.

    SENTENCE_END takes a mark, every closer and every blank after it, and then only looks ahead,
    so a match is fixed by its mark; after one, the search goes on where it ended.
    """
    spans: list[tuple[int, int]] = []
    others = "!" in text or "?" in text or "…" in text
    pos: i64 = 0
    while (at := next_mark(text, pos) if others else text.find(".", pos)) >= 0:
        cut = sentence_end_at(text, at)
        if cut < 0:
            pos = at + 1
        else:
            spans.append((at, cut))
            pos = cut
    return spans


def next_mark(text: str, pos: i64) -> i64:
    """Offset of the next sentence mark (. ! ? …) from pos, -1 when none."""
    n: i64 = len(text)
    while pos < n:
        cp: i64 = ord(text[pos])
        if cp == 46 or cp == 33 or cp == 63 or cp == 0x2026:
            return pos
        pos += 1
    return -1


def sentence_end_at(text: str, at: i64) -> i64:
    """End of SENTENCE_END's match at the mark at, -1 when none: closers ("”’»)]), one blank or
    more, then a capital or digit, or an opening mark ("“«„‘([) before one or a masked quote."""
    n: i64 = len(text)
    k: i64 = at + 1
    while k < n and is_closer(ord(text[k])):
        k += 1
    blanks: i64 = k
    while k < n and text[k].isspace():
        k += 1
    if k == blanks or k >= n:
        return -1
    cp: i64 = ord(text[k])
    if is_sentence_opener(cp):
        return k
    if is_opening_mark(cp) and k + 1 < n and (is_sentence_opener(ord(text[k + 1])) or text[k + 1] == "\x00"):
        return k
    return -1


def is_closer(cp: i64) -> bool:
    """SENTENCE_END's closers after a mark: " ” ’ » ) ]"""
    return cp == 34 or cp == 0x201D or cp == 0x2019 or cp == 0xBB or cp == 41 or cp == 93


def is_opening_mark(cp: i64) -> bool:
    """The marks SENTENCE_END lets open the next sentence: " “ « „ ‘ ( ["""
    return cp == 34 or cp == 0x201C or cp == 0xAB or cp == 0x201E or cp == 0x2018 or cp == 40 or cp == 91


def is_sentence_opener(cp: i64) -> bool:
    """[A-ZÀ-Þ0-9]: a character a sentence after a mark opens with."""
    return 65 <= cp <= 90 or 48 <= cp <= 57 or 192 <= cp <= 222


def opens_with_common_noun(state: State, word: str, pos: int) -> bool:
    """A capitalized word that opens its sentence, takes a complement ("Shares in the company")
    and appears nowhere else: a common noun, not a name."""
    start = state.sentences[state.sentence_index(pos)][0]
    if state.masked[start:pos].strip(" \"“‘'(") or not COMPLEMENT.match(state.masked, pos + len(word)):
        return False
    return state.count(word) == 1


def spoke_before(state: State, org: str, pos: int) -> bool:
    """Whether the longer institution name was itself the subject of a speech verb before pos.

    "U.S. Central Command said ..." lets a later "Central Command said" take the full name; an
    institution only named inside an appositive ("commandant of the U.S. Coast Guard") does not.
    """
    start = state.masked.find(org)
    while 0 <= start < pos:
        run = ADVERB_RUN.match(state.masked, start + len(org) + 1)
        assert run is not None  # an empty run matches too
        at = run.end()
        if state.masked[start + len(org) : start + len(org) + 1] == " " and SPEECH_VERB_RE.match(
            state.masked, at
        ):
            return True
        start = state.masked.find(org, start + 1)
    return False


def sentence_span(state: State, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence holding pos."""
    s, e, _ = state.sentences[state.sentence_index(pos)]
    return s, e


POSSESSED: Final = re.compile(r"^[A-Z][\w.\-]*['’]s(?: [a-z]+){0,2}$")


def possessed_org(mods: str) -> bool:
    """ "China's foreign ministry": a named possessor before a lowercase institution head."""
    return POSSESSED.match(mods) is not None


def joined(words: list[str], k: int) -> bool:
    """A connector inside a capitalized run ("of" in "Ministry of Defence")."""
    return k > 0 and joins_name(words[k], words[k - 1])


def proper_run(mods: str) -> str:
    """The last capitalized run of the modifiers, connectors inside it kept ("Ministry of Defence")."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in mods.split()]
    end = len(words)
    while end > 0 and not is_cap(words[end - 1]):
        end -= 1
    start = end - 1
    while start > 0 and (is_cap(words[start - 1]) or joined(words, start - 1)):
        start -= 1
    return " ".join(words[max(start, 0) : end])
