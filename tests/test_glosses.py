"""Glosses between a name and its verb (tasks/glosses.py), learned from held-out pages set 5
(Taiwanese, Singaporean and newsletter pages): each form with a positive and a negative case, on
invented sentences (the appositive ones from the review of that round)."""

from __future__ import annotations

import pytest
from speaker_cases import names, speakers

from tasks.glosses import mask_glosses


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Minister Lin Cheng-wei (林正偉) told lawmakers", "Minister Lin Cheng-wei       told lawmakers"),
        ("Kim Yong-hyun (김용현), the minister,", "Kim Yong-hyun,       the minister,"),
        ("Sen. Maria Ocampo (D-Hawaii) wrote", "Sen. Maria Ocampo            wrote"),
        ("Rep. Jo Hill (R-N.Y.) said", "Rep. Jo Hill          said"),
        ("The Ministry of Defence (Mindef) said", "The Ministry of Defence          said"),
        ("Presidency of Defence Industries (SSB) said", "Presidency of Defence Industries       said"),
        ("Exporters Association (SSI), told", "Exporters Association,       told"),
    ],
)
def test_a_gloss_after_a_name_is_blanked_in_place(text: str, masked: str) -> None:
    assert mask_glosses(text) == masked and len(masked) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Nationalist Party (Kuomintang) Legislator Chen Yu-ting",  # a short form before a title
        "The Presidency of Defence Industries (SSB) runs procurement",  # no speech verb follows
        "the US Army (USA) spokesperson said",  # inside a title
        "the Presidency of Defence Industries (SSB). It runs procurement",  # a sentence ends
        "the Pentagon (DoD) Budget",  # a capital follows
        "in the budget (2027) said",  # digits
        "the drone (pictured) flew",  # lowercase
        "Lockheed Martin (NYSE: LMT) said",  # not one word
        "no parenthesis at all",
    ],
)
def test_other_parentheses_stay(text: str) -> None:
    assert mask_glosses(text) == text


def test_a_name_glossed_in_its_own_script_speaks() -> None:
    text = (
        "Minister of National Defense Lin Cheng-wei (林正偉) told lawmakers before the vote that the "
        'drones would be "made in Taiwan, every one of them."'
    )
    assert [(s.name, s.title) for s in speakers(text)] == [("Lin Cheng-wei", "Minister of National Defense")]
    text = 'Lin Cheng-wei (林正偉) is the minister. The budget passed. "It is done," a clerk said.'
    assert names(text) == [None]


def test_a_short_form_between_an_institution_and_its_verb() -> None:
    text = 'The Ministry of Defence (Mindef) said in a press release that it would use "a mix of systems".'
    assert [(s.name, s.kind) for s in speakers(text)] == [("Ministry of Defence", "organization")]
    text = 'The Ministry of Defence (Mindef) Building hosted the "open house" for families.'
    assert names(text) == []


def test_a_lawmakers_party_and_state_between_name_and_verb() -> None:
    text = (
        "Sen. Maria Ocampo (D-Hawaii) wrote in a letter to Navy leaders last week that the service "
        'was "treating its shipyards like a cost center."'
    )
    assert [(s.name, s.title) for s in speakers(text)] == [("Maria Ocampo", "Sen.")]
    text = 'The (D-Hawaii) label was "treating its shipyards like a cost center," a critic said.'
    assert names(text) == [None]


def test_an_appositive_after_a_gloss_gives_title_and_organization() -> None:
    text = (
        "Chen Ming-hsun (陳明勳), head of the Armaments Bureau, said the increase reflected "
        '"thermal cameras and encrypted data links."'
    )
    assert [(s.name, s.title, s.organization) for s in speakers(text)] == [
        ("Chen Ming-hsun", "head", "Armaments Bureau")
    ]
    text = 'Rep. Jo Hill (R-N.Y.), chairman of the House Armed Services Committee, said it was "a floor."'
    assert [(s.name, s.title, s.organization) for s in speakers(text)] == [
        ("Jo Hill", "chairman", "House Armed Services Committee")
    ]


def test_an_initialism_between_an_institution_or_a_person_and_the_verb() -> None:
    """Learned from held-out pages set 6 (Norwegian, Turkish pages): "(NHO) said", "(SSI), told"."""
    text = (
        "The Confederation of Norwegian Enterprise (NHO) said in a written comment that it "
        '"supports a stronger Home Guard" but wanted "predictable rules for leave".'
    )
    assert names(text) == ["Confederation of Norwegian Enterprise"] * 2
    text = (
        '"This is not a lucky year," Ayse Demirtas, chairwoman of the Aerospace Exporters Association '
        "(SSI), told a news conference in Ankara."
    )
    assert [(s.name, s.title, s.organization) for s in speakers(text)] == [
        ("Ayse Demirtas", "chairwoman", "Aerospace Exporters Association")
    ]


def test_an_initialism_blanked_before_its_verb_still_defines_it() -> None:
    text = (
        'The Presidency of Defence Industries (SSB) said in a statement that exports were "at a record".\n'
        'On Tuesday the agency spoke again. "We will grow," the SSB said.'
    )
    assert names(text) == ["Presidency of Defence Industries"] * 2
