"""Attribution: cue forms, pronouns, surnames, titles and institutions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.names import CAP_RUN, cap_runs
from tasks.quotes import find_quotes
from tasks.spans import Speaker
from tasks.speakers import attribute


def speakers(text: str) -> list[Speaker | None]:
    return attribute(text, find_quotes(text))


def names(text: str) -> list[str | None]:
    return [s.name if s else None for s in speakers(text)]


LEAD = "Defense Secretary Pete Hegseth and NATO Secretary General Mark Rutte met in Brussels.\n"


def test_after_quote_both_orders() -> None:
    text = LEAD + '"We agree," Rutte said.\n"We will pay," said Hegseth.'
    assert names(text) == ["Mark Rutte", "Pete Hegseth"]


def test_before_quote_colon_that_and_according_to() -> None:
    text = (
        LEAD
        + 'Hegseth said: "Every country has to contribute."\n'
        + 'Rutte said that allies would spend "much, much more" on defense.\n'
        + 'The targets are "ambitious but achievable," according to Rutte.'
    )
    assert names(text) == ["Pete Hegseth", "Mark Rutte", "Mark Rutte"]


def test_many_speech_verbs() -> None:
    for verb in [
        "added",
        "continued",
        "noted",
        "warned",
        "stressed",
        "argued",
        "wrote",
        "insisted",
        "tweeted",
    ]:
        text = LEAD + f'"We will stay the course," Hegseth {verb}.'
        assert names(text) == ["Pete Hegseth"], verb


def test_told_reporters_with_adverb() -> None:
    text = LEAD + '"We messed up," Hegseth reportedly told reporters.'
    assert names(text) == ["Pete Hegseth"]


def test_pronoun_resolves_to_the_narrations_focus() -> None:
    text = LEAD + "Rutte thanked the ministers for their work.\n" + '"This is a good day," he said.'
    assert names(text) == ["Mark Rutte"]


def test_pronoun_ignores_names_inside_quotes() -> None:
    text = LEAD + 'Hegseth said the talks were overdue.\n"Rutte knows this," he said.'
    assert names(text) == ["Pete Hegseth"]


def test_split_quote_has_one_speaker() -> None:
    text = LEAD + '"First part," Rutte said, "second part."'
    assert names(text) == ["Mark Rutte", "Mark Rutte"]


def test_unattributed_paragraph_continues_previous_speaker() -> None:
    text = LEAD + '"It can\'t be reliance," Hegseth said.\n"It cannot be reliance on America."'
    assert names(text) == ["Pete Hegseth", "Pete Hegseth"]


def test_premodifier_titles_and_organizations() -> None:
    text = LEAD + '"One," Hegseth said.\n"Two," Rutte said.'
    hegseth, rutte = speakers(text)
    assert (hegseth.title, hegseth.organization) == ("Defense Secretary", None)
    assert (rutte.title, rutte.organization) == ("Secretary General", "NATO")


def test_appositive_role_outranks_rank() -> None:
    text = (
        'Gen. Jane Doe, commander of U.S. European Command, testified on Tuesday.\n"We are ready," Doe said.'
    )
    (doe,) = speakers(text)
    assert (doe.name, doe.title, doe.organization) == ("Jane Doe", "commander", "U.S. European Command")


def test_institutional_speakers_drop_the_article() -> None:
    text = '"We deny it," the Pentagon said.\n"We deny it too," a NATO spokesperson said.'
    got = speakers(text)
    assert [(s.name, s.kind) for s in got] == [("Pentagon", "organization"), ("NATO", "organization")]


def test_anonymous_subjects_give_no_speaker() -> None:
    text = (
        'Prosecutors alleged that the guards "browsed the Internet," instead.\n'
        '"It will fail," two people briefed on the talks said.\n'
        'Analysts said that "the deal is dead," citing the talks.'
    )
    assert names(text) == [None, None, None]


def test_unknown_speaker_is_none() -> None:
    assert names('"Nobody knows who said this."') == [None]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    text = (
        "Adm. Grace Holloway met Rep. Daniel Holloway on Thursday.\n"
        '"We need ships," Daniel Holloway said.\n'
        '"We need ready ships," Grace Holloway replied.'
    )
    assert names(text) == ["Daniel Holloway", "Grace Holloway"]


def test_definite_title_resolves_to_the_titled_person() -> None:
    text = 'US President Donald Trump spoke.\nThe president said China "is going to have to make a deal."'
    assert names(text) == ["Donald Trump"]


def test_short_institution_name_takes_the_full_name_it_spoke_under() -> None:
    text = (
        "U.S. Central Command said in a statement that drones were downed.\n"
        '"These attacks must stop," Central Command said.'
    )
    assert names(text) == ["U.S. Central Command"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Pete", "Hegseth", "U.S.", "de", "of", " ", "\t", ",", "'", "-", "x", "É", "."]),
        max_size=40,
    ).map("".join)
)
def test_cap_runs_hop_finds_exactly_what_finditer_finds(text: str) -> None:
    assert cap_runs(text) == [(m.group(), m.start(), m.end()) for m in CAP_RUN.finditer(text)]
