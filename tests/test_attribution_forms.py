"""Attribution forms learned from held-out set 6: each a positive and a negative case, on
invented sentences."""

from __future__ import annotations

from speaker_cases import names, speakers


def test_institution_antecedent_of_which_said_is_the_speaker() -> None:
    text = (
        "The drone is built by Kestrel Systems, which said in a statement that the airframe had "
        '"passed every flight test this year" and would ship soon.'
    )
    assert [(s.name, s.kind) for s in speakers(text)] == [("Kestrel Systems", "organization")]
    text = 'The plan, which said little about costs, was called "a first step" by nobody in particular.'
    assert names(text) == [None]


def test_promising_that_attributes_a_partial_quote_to_the_clause_subject() -> None:
    text = (
        "Former Nevada Gov. Lorna Beck drew a large crowd on Sunday, promising that she would "
        '"finish what we started" on water rights.'
    )
    assert [(s.name, s.title) for s in speakers(text)] == [("Lorna Beck", "Gov.")]
    text = 'Lorna Beck drew a large crowd on Sunday with a promising "new approach" on water.'
    assert names(text) == []


def test_partners_joined_by_an_ampersand_are_one_firm() -> None:
    text = (
        "Analysts at Harlow & Pike, a London brokerage, said supply would tighten. "
        '"We see a deficit by spring," they wrote in a note to clients.'
    )
    assert [(s.name, s.kind) for s in speakers(text)] == [("Harlow & Pike", "organization")]
    text = 'Analysts at Harlow said supply would tighten. "We see a deficit by spring," they wrote.'
    assert [(s.name, s.kind) for s in speakers(text)] == [("Harlow", "organization")]


def test_a_named_campaign_is_an_institution() -> None:
    text = 'The Beck campaign said in a statement that the weekend had been "the best of the race."'
    assert [(s.name, s.kind) for s in speakers(text)] == [("Beck campaign", "organization")]
    text = 'The campaign was long. Lorna Beck said the weekend had been "the best of the race."'
    assert names(text) == ["Lorna Beck"]


def test_the_rank_written_out_is_the_person_with_that_abbreviated_rank() -> None:
    text = 'Capt. Nora Ashby commands the ship. "We held our course," the captain said.'
    assert names(text) == ["Nora Ashby"]
    text = 'Sgt. Maria Lopez was there. "It was loud," the captain said.'
    assert names(text) == [None]
