"""Sentences a review of this round's rules found them breaking, each now pinned: the new rules
must not cost the old right answers (speakers first, then figures and quotes)."""

from __future__ import annotations

import pytest
from speaker_cases import names, speakers

from tasks.figures import find_figures
from tasks.names import split_title
from tasks.numbers import parse_words
from tasks.quotes import find_quotes


def figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.raw, f.value, f.unit) for f in find_figures(text)]


def test_an_ed_adjective_after_a_possessive_is_no_verb() -> None:
    assert names('"We will hold," said Ukraine\'s embattled defence minister, Rustem Umerov.') == [
        "Rustem Umerov"
    ]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Minister of Defence Khawaja Asif", "Khawaja Asif"),
        ("Minister of Foreign Affairs Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar"),
        ("Secretary of State Blinken", "Blinken"),
    ],
)
def test_a_portfolio_leaves_a_name_the_dictionary_does_not_know(phrase: str, name: str) -> None:
    assert split_title(phrase).name == name


def test_the_short_form_is_the_institution_named_nearest_before() -> None:
    text = (
        "The Federal Communications Commission fined the firm. The European Commission said plans "
        'were in. "It works," the Commission added.'
    )
    assert names(text) == ["European Commission"]


def test_a_one_word_institution_opening_a_sentence_is_still_the_focus() -> None:
    text = 'Hezbollah fired rockets at a base on Tuesday. "This is a first response," it said.'
    assert names(text) == ["Hezbollah"]


def test_an_unnamed_man_does_not_take_she() -> None:
    text = (
        "Maria Lopez stood outside the clinic. A man carrying a child walked past. "
        '"We have nothing left," she said.'
    )
    assert names(text) == ["Maria Lopez"]


def test_they_after_others_named_is_not_the_last_person_quoted() -> None:
    text = (
        '"It was loud," said Anna Kovalenko, a teacher. Her neighbours Petro and Iryna Bondar said '
        'they had not slept. "We are exhausted," they added.'
    )
    assert names(text) == ["Anna Kovalenko", None]


def test_a_person_who_runs_a_firm_is_not_the_firm() -> None:
    text = 'Subrahmanyam Krishnan, who runs the plant, said orders rose. "We are hiring," the company said.'
    assert names(text) == [None]


def test_and_before_an_acronym_joins_two_institutions_not_one() -> None:
    assert names('"Levees are holding," the Army Corps of Engineers and FEMA said.') == ["FEMA"]


def test_what_she_calls_is_her_words() -> None:
    assert [q.is_partial for q in find_quotes('She warned against what she calls "mission creep."')] == [True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tickets cost £9.50 each. Doors open at 10.30.", [("£9.50", 9.5, "GBP")]),
        ("The battalion left at 60 percent strength.", [("60 percent", 60.0, "percent")]),
        ("The strike lasted one day.", [("one day", 1.0, "day")]),
        ("Russia moved one brigade to another sector.", [("one brigade", 1.0, "brigade")]),
        ("The Council of 27 EU leaders met.", [("27 EU leaders", 27.0, "leaders")]),
        (
            "- Russia fired 42 missiles overnight.\n- Power was cut.\nThe attack hit Kyiv.",
            [("42 missiles", 42.0, "missiles")],
        ),
    ],
)
def test_figures_the_new_rules_must_keep(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


def test_half_after_a_scale_is_half_of_the_scale() -> None:
    assert parse_words("a million and a half") == 1.5e6
    assert parse_words("a dozen and a half") == 18


# A second review, of the round tuned on held-out set 9.


def test_initials_before_a_person_are_the_person_s_organization() -> None:
    assert [
        (s.name, s.organization, s.kind) for s in speakers('"We will not yield," said CNN\'s Jake Tapper.')
    ] == [("Jake Tapper", "CNN", "person")]
    assert names('Mark Rutte arrived. "We stand firm," NATO\'s Rutte said.') == ["Mark Rutte"]


def test_a_verb_before_a_name_is_no_role() -> None:
    text = 'Trump met Keir Starmer at the White House and said the talks were "very, very good."'
    assert names(text) == ["Trump"]


def test_a_report_that_something_happened_has_no_author_in_it() -> None:
    text = 'A report that the Taliban released two men was unconfirmed. "They are safe," the report said.'
    assert names(text) == [None]


def test_short_prefixes_do_not_spell_another_institution() -> None:
    text = 'The National Security Agency and NASA signed a deal. "It will protect satellites," NASA said.'
    assert names(text) == ["NASA"]


def test_an_office_of_a_titled_official_is_an_institution() -> None:
    text = '"The threat is real," the Office of the Director of National Intelligence said.'
    assert names(text) == ["Office of the Director of National Intelligence"]


def test_a_one_word_answer_after_a_work_is_speech() -> None:
    assert [q.is_partial for q in find_quotes('Asked about the book, "Nonsense," the spokesman said.')] == [
        False
    ]
    assert figures("He served two one-year tours.") == [("two one-year tours", 2.0, "tours")]


# From the review of rounds 12 and 13: sentences where a new rule first went wrong.


def test_he_after_a_spokesman_reporting_on_his_principal_is_the_principal() -> None:
    text = (
        "President Andrzej Duda visited the troops in Orzysz on Saturday and thanked them for their "
        'service, his spokesman Marek Nowak said.\n"You are the shield of Europe," he told the soldiers.'
    )
    assert names(text) == ["Andrzej Duda"]


def test_a_capitalized_opening_that_is_no_person_is_no_anonymous_he() -> None:
    text = (
        "Prime Minister Keir Starmer arrived in Kyiv on Thursday. A British Army band played as he "
        'stepped off the train.\n"We stand with Ukraine," he said.'
    )
    assert names(text) == ["Keir Starmer"]


def test_a_topic_before_a_document_noun_is_not_its_author() -> None:
    text = (
        "The Pentagon released the China Military Power report on Wednesday. The report said Beijing "
        'had "more than 600 operational warheads."'
    )
    assert "China Military Power" not in names(text)


def test_a_glued_code_without_a_scale_is_a_name_and_pitch_words_keep_news_figures() -> None:
    text = "The USD1 stablecoin reached a market value of $2.1 billion. Corridor Hr 6 was damaged."
    assert [(f.raw, f.unit) for f in find_figures(text)] == [("$2.1 billion", "USD")]
    text = "Ukraine offered U.S. companies unlimited access for $500 billion in future revenue."
    assert [f.raw for f in find_figures(text)] == ["$500 billion"]
