"""Glosses printed after a name: its own script ("Lin Cheng-wei (林正偉)", "Kim Yong-hyun (김용현)"),
as English-language papers in Taiwan, Hong Kong, Korea and elsewhere print them; a lawmaker's party
("Sen. Maria Ocampo (D-Hawaii) wrote"); its short form ("The Ministry of Defence (Mindef) said",
"The Confederation of Norwegian Enterprise (NHO) said"). A gloss stands between the name and its
verb or appositive, so it is blanked in the narration attribution reads; the article text keeps
it, and so does the narration `tasks.institutions.spelled_out` reads an initialism's definition
from ("the NHO" after "(NHO)": `narration.State.defining`)."""

from __future__ import annotations

import re

from tasks.cues import SPEECH_VERB_ALT

# A parenthesis holding only letters of scripts other than Latin (CJK, kana, Hangul, Cyrillic,
# Greek, Arabic, Hebrew, Devanagari, Thai, ...), with the blanks and dots a name may hold; a US
# lawmaker's party and state ("(D-Hawaii)", "(R-N.Y.)"); or a short form written as a word
# ("Mindef") between a name and a lowercase word.
NATIVE = r"(?:(?![A-Za-z0-9])[^\W\d_][\s.·・]?)+\)"
PARTY = r"[DRI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\)"
SHORT_FORM = r"[A-Z][a-z][A-Za-z]{0,8}\)(?= [a-z])"
# An initialism between a name and its verb or appositive ("The Confederation of Norwegian
# Enterprise (NHO) said", "the Defense Industry Agency (SSB), which"): before a comma or a speech
# verb only, since before another word it may sit inside a title ("the US Army (USA) spokesperson").
INITIALISM = rf"[A-Z][A-Z&]{{1,7}}s?\)(?=,| (?:{SPEECH_VERB_ALT})\b)"
GLOSS = re.compile(rf" \((?:{NATIVE}|{PARTY}|{SHORT_FORM}|{INITIALISM}),?")


def mask_glosses(masked: str) -> str:
    """masked with each gloss after a name blanked (same length: offsets hold); a comma after the
    gloss moves up to the name, where an appositive's comma stands ("Chen Ming-hsun, head of")."""
    if "(" not in masked:
        return masked
    return GLOSS.sub(_blank, masked)


def _blank(m: re.Match[str]) -> str:
    """The gloss as blanks, led by the comma that followed it, if one did."""
    gloss = m.group()
    return "," + " " * (len(gloss) - 1) if gloss.endswith(",") else " " * len(gloss)
