"""names.cap_runs reads name runs by hand: it must find exactly CAP_RUN's matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.names import CAP_RUN, cap_runs
from tasks.tokens import is_capital, run_end

# Every alternative of CAP_RUN's words, and the characters next to which they end or fail.
PIECES = st.sampled_from(
    [
        *"Pete Hegseth de van der del von bin al ibn of for on la le da di du dos".split(),
        *"Gen. Gens. Sen. Mr. Mrs. Ms. Dr. St. Jr. Prof. Brig. Corp. Inc. Gen Mr Sr".split(),
        *"U.S. U.S.A. J. A.B J.R.R. X. e.g. U.S.-led".split(),
        *"al-Qadri el-Sisi d’Estaing d'Arc l'Oréal ash-Shams as-Sadr bin-Laden an-Nur al-".split(),
        *"Commission Committee Subcommittee Council Conference SubCommission Commissions".split(),
        *"2nd 1st 3rd 4th 101st 12th ٣rd Class Classy Class_ Petty Officer Airborne".split(),
        *"& && Procter Gamble Élodie Ōtsuka Łukasz ÀÖ × Ø Þ ß ł ā Ž ž Ⅻ ² ½ _ x é".split(),
        *" \t\n,.'’-&(\"“5",  # one character each
        *["  ", " \t", "--"],
    ]
)
START = re.compile(r"(?<![\w’'.\-])")  # CAP_RUN's opening lookbehind
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=40).map("".join)


def finditer_runs(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in CAP_RUN.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_cap_runs_are_cap_run_matches(text: str) -> None:
    assert cap_runs(text) == finditer_runs(text)


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
def test_run_end_is_cap_run_match_end_at_every_run_start(text: str) -> None:
    for i, ch in enumerate(text):
        m = CAP_RUN.match(text, i)
        assert (m is not None) == (is_capital(ord(ch)) and START.match(text, i) is not None)
        if m is not None:
            assert run_end(text, i) == m.end()


def test_examples() -> None:
    for text in [
        "Defense Secretary Pete Hegseth said",
        "Procter & Gamble and Marlow &  Finch & co said",
        "the Regional Commission on Water Rights, the Committee  on Ways",
        "Petty Officer 2nd Class Lena Park, the 101st Airborne, 3rd Classy",
        "Tariq bin Salem al-Qadri met Valéry Giscard d’Estaing and Pieter van Dam",
        "U.S. Sen. J. R. Ewing of Texas met Gen. U.S.A. and Mr.Smith at St. Louis Corp.",
        "x.Y _Z 'A B-C D- E Über Ōtsuka",
    ]:
        assert cap_runs(text) == finditer_runs(text)
