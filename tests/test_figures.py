"""Figures: table-driven checks of value, unit, kind, raw and offsets, and of what is not a figure."""

from __future__ import annotations

import pytest
from figure_cases import NEGATIVE, POSITIVE
from figure_cases_learned import LEARNED_NEGATIVE, LEARNED_POSITIVE
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.figures import find_figures
from tasks.numbers import ascii_lower, parse_words

# Money ranges, currency words after a country, elided nouns and currencies, parts of a counted
# whole: the same table form as POSITIVE, kept here to hold figure_cases.py under 400 lines.
CURRENCIES_AND_ELIDED = [
    # money ranges: each end's own symbol; two whole amounts are two figures with their own raw text
    (
        "Bids ran from €1-2 billion.",
        [("money", 1e9, "EUR", "€1-2 billion"), ("money", 2e9, "EUR", "€1-2 billion")],
    ),
    ("Losses could reach £4m to £7m.", [("money", 4e6, "GBP", "£4m"), ("money", 7e6, "GBP", "£7m")]),
    # a country adjective names the currency word's currency
    ("The stock ended at 41.15 Swiss francs.", [("money", 41.15, "CHF", "41.15 Swiss francs")]),
    ("A ticket costs 120 Danish kroner.", [("money", 120, "DKK", "120 Danish kroner")]),
    ("Bread costs 15 Egyptian pounds now.", [("money", 15, "EGP", "15 Egyptian pounds")]),
    ("Wages rose to 9,000 Mexican pesos.", [("money", 9000, "MXN", "9,000 Mexican pesos")]),
    # elided nouns and currencies: compared with, a further, becomes, out of, at least, including
    (
        "Some 3.1 million votes were cast, compared with 2.6 million in 2016.",
        [("count", 3.1e6, "votes", "3.1 million votes"), ("count", 2.6e6, "votes", "2.6 million")],
    ),
    (
        "The plant keeps 600 jobs and a further 250 at suppliers.",
        [("count", 600, "jobs", "600 jobs"), ("count", 250, "jobs", "250")],
    ),
    (
        "Eleven tanks becomes six after repairs.",
        [("count", 11, "tanks", "Eleven tanks"), ("count", 6, "tanks", "six")],
    ),
    (
        "Four voters out of five agreed.",
        [("count", 4, "voters", "Four voters"), ("count", 5, "voters", "five")],
    ),
    (
        "It sees sales of 2 billion euros ($2.2 billion), down from at least 2.4 billion.",
        [
            ("money", 2e9, "EUR", "2 billion euros"),
            ("money", 2.2e9, "USD", "$2.2 billion"),
            ("money", 2.4e9, "EUR", "2.4 billion"),
        ],
    ),
    (
        "It has 8,000 staff in 30 countries, including about 2,500 in Spain.",
        [
            ("count", 8000, "staff", "8,000 staff"),
            ("count", 30, "countries", "30 countries"),
            ("count", 2500, "staff", "2,500"),
        ],
    ),
    (
        "The camp won 90 seats, up from about 40 in 2015.",
        [("count", 90, "seats", "90 seats"), ("count", 40, "seats", "40")],
    ),
    # "last year" after a bare number dates it, it is not the noun the number counts
    (
        "The yard hired 300 welders, up from 250 last year.",
        [("count", 300, "welders", "300 welders"), ("count", 250, "welders", "250")],
    ),
    # a part of a counted whole, a possessive before the whole, a name's number inside the phrase
    (
        "The law allows three of 10 listed penalties.",
        [
            ("count", 3, "penalties", "three of 10 listed penalties"),
            ("count", 10, "penalties", "10 listed penalties"),
        ],
    ),
    (
        "Rebels hold 9 of the province’s 14 towns.",
        [("count", 9, "towns", "9 of the province’s 14 towns"), ("count", 14, "towns", "14 towns")],
    ),
    ("They sold four Boeing 777 freighters.", [("count", 4, "freighters", "four Boeing 777 freighters")]),
    ("The vote gives the opposition bloc 60 seats.", [("count", 60, "seats", "60 seats")]),
    ("It gave the reform camp 45 seats.", [("count", 45, "seats", "45 seats")]),
]

# Shared currency words settled by the country named before them, model designations inside a
# counted phrase, measures of more than one word, and elided nouns named in the sentence.
COUNTRY_MODEL_MEASURE = [
    (
        "Yemen's rial has collapsed. Bread now sells for 900 rials a loaf.",
        [("money", 900, "YER", "900 rials")],
    ),
    ("In Kenya the fee is 2,500 shillings a month.", [("money", 2500, "KES", "2,500 shillings")]),
    ("The stall charged 40 pesos for the map.", [("count", 40, "pesos", "40 pesos")]),
    ("Fuel there costs 8 riyals a liter.", [("money", 8, "SAR", "8 riyals")]),
    ("The army ordered 18 T2 light tanks.", [("count", 18, "tanks", "18 T2 light tanks")]),
    (
        "Crews dredged 3.4 million cubic yards of silt.",
        [("quantity", 3.4e6, "cubic yards", "3.4 million cubic yards")],
    ),
    ("The lake holds 12,000 acre-feet now.", [("quantity", 12000, "acre-feet", "12,000 acre-feet")]),
    (
        "Tests found 9 parts per billion of lead.",
        [("quantity", 9, "parts per billion", "9 parts per billion")],
    ),
    ("The co-op stored 5,200 bushels of wheat.", [("quantity", 5200, "bushels", "5,200 bushels")]),
    (
        "The mine dug 7,000 tons a week before the flood and now about 2,000.",
        [("quantity", 7000, "tons", "7,000 tons"), ("quantity", 2000, "tons", "2,000")],
    ),
    (
        "She has 9,000 followers. The number of patrols will fall to about 40, down from roughly 55.",
        [
            ("count", 9000, "followers", "9,000 followers"),
            ("count", 40, "patrols", "40"),
            ("count", 55, "patrols", "55"),
        ],
    ),
]


# (sentence, [(kind, value, unit, raw), ...]) — every figure the sentence holds, in order.
@pytest.mark.parametrize(
    ("sentence", "expected"), POSITIVE + CURRENCIES_AND_ELIDED + COUNTRY_MODEL_MEASURE + LEARNED_POSITIVE
)
def test_positive(sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    figures = find_figures(sentence)
    got = [(f.kind, f.value, f.unit, f.raw) for f in figures]
    assert len(got) == len(expected), got
    for (kind, value, unit, raw), g in zip(expected, got, strict=True):
        assert g[0] == kind
        assert g[1] == pytest.approx(value, rel=1e-6)
        assert g[2] == unit
        assert g[3] == raw
    for f in figures:
        assert sentence[f.start : f.end] == f.raw
        assert f.quote_index is None


# A pronoun subject after "one" starts a clause; a model's name alone counts nothing.
@pytest.mark.parametrize(
    "sentence",
    [*NEGATIVE, *LEARNED_NEGATIVE, "A long strike is one we'd rather avoid.", "It fields 30 M1A2."],
)
def test_negative(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_seed_paragraphs_exact() -> None:
    text = (
        '"Today will be an important meeting, because we will agree on the capability targets we need '
        'going forward to keep one billion people safe in NATO territory," Rutte said.\n'
        "The 2025 Hague summit is scheduled to take place June 24-26.\n"
        "\"Every country has to contribute — at that level of 5% [of each country's gross domestic "
        'product] — as a recognition of the nature of the threat," Hegseth said.'
    )
    people, share = find_figures(text)
    assert (people.kind, people.value, people.unit, people.raw) == (
        "count",
        1e9,
        "people",
        "one billion people",
    )
    assert text.index("one billion people") == people.start
    assert people.end == people.start + len("one billion people")
    assert (share.kind, share.value, share.unit, share.raw) == ("percent", 5, "percent", "5%")
    assert share.start == text.index("5%")
    assert share.context == "of each country's gross domestic product"


# A share closed after its "of" phrase gets that phrase; otherwise the context is the clause
# excerpt around the figure, cut at punctuation, speech verbs and new clauses.
@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Allies pledged 3.5% of GDP.", "of GDP"),
        ("It spends 6% of the budget on drones.", "of the budget on drones"),
        (
            "Congress passed a defense budget of $850 billion.",
            "Congress passed a defense budget of $850 billion",
        ),
        ("It imposed 15% tariffs on cars.", "It imposed 15% tariffs on cars"),
        ("He faces five counts of falsifying records.", "He faces five counts of falsifying records"),
        (
            "Officials said the Army is producing 40,000 shells a month.",
            "the Army is producing 40,000 shells a month",
        ),
        ("The yard is hiring 1,000 workers, and wages rose.", "The yard is hiring 1,000 workers"),
        (
            "Its drone production exceeds 3,000 units and 2019 was a record.",
            "Its drone production exceeds 3,000 units",
        ),
        (
            "It covers operations and sustainment over 66 years.",
            "It covers operations and sustainment over 66 years",
        ),
        (
            "The program's lifetime cost, including support, is now estimated at $2.1 trillion.",
            "The program's lifetime cost is now estimated at $2.1 trillion",
        ),
        (
            "The Army will miss its goal, falling short by roughly 10,000 recruits.",
            "The Army will miss its goal falling short by roughly 10,000 recruits",
        ),
        (
            "Only 23% of adults meet the fitness, education and conduct standards.",
            "Only 23% of adults meet the fitness, education and conduct standards",
        ),
        ("Troops arrived by truck.", None),
    ],
)
def test_context(sentence: str, context: str | None) -> None:
    figures = find_figures(sentence)
    assert [f.context for f in figures] == ([context] if context else [])


def test_sorted_offsets_and_figures_inside_long_text() -> None:
    text = "Kyiv asked for 500 drones and $2 billion. " * 50
    figures = find_figures(text)
    assert len(figures) == 100
    assert [f.start for f in figures] == sorted(f.start for f in figures)
    assert all(text[f.start : f.end] == f.raw for f in figures)


def test_offsets_survive_non_ascii_text() -> None:
    text = "İstanbul ‘hosted’ 中文 talks; Ankara sent two frigates and 3,000 sailors."
    raws = [(f.raw, text[f.start : f.end]) for f in find_figures(text)]
    assert raws == [("two frigates", "two frigates"), ("3,000 sailors", "3,000 sailors")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two dozen", 24),
        ("forty-five", 45),
        ("one hundred and twenty", 120),
        ("a million", 1e6),
        ("hello", None),
    ],
)
def test_parse_words(words: str, value: float | None) -> None:
    assert parse_words(words) == value


def test_ascii_lower_keeps_length() -> None:
    text = "İSTANBUL Straße ǅ ABC"
    assert len(ascii_lower(text)) == len(text)
    assert ascii_lower("ABC def") == "abc def"


FRAGMENTS = st.sampled_from(
    ["$", "€", "5", "1,500", "%", " percent", "two", "-", "dozen", " billion", " troops", "\n", '"', ".",
     " of ", "half", "-point cut", " a ", "1990", "June ", "F-", "one in ", "between ", " and ", "İ", "中",
     "x" * 3000]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=40))
def test_never_crashes_and_offsets_stay_in_text(parts: list[str]) -> None:
    text = "".join(parts)
    figures = find_figures(text)
    assert [f.start for f in figures] == sorted(f.start for f in figures)
    for f in figures:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.raw
        assert f.kind in {"percent", "money", "count", "quantity"}
