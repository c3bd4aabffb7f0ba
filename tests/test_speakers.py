"""Attribution: cue forms, pronouns, surnames, titles and institutions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from speaker_cases import LEAD, names, speakers

from tasks.cues import is_cap
from tasks.names import CAP_RUN, cap_runs, split_title


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


# --- News conventions around names (held-out wire style) ---


def test_state_after_a_name_is_not_part_of_it() -> None:
    text = (
        'Rep. Ada Brenning of Iowa said the bill was "dead on arrival."\n'
        '"We will not vote for it," Ms. Brenning said.'
    )
    assert names(text) == ["Ada Brenning", "Ada Brenning"]


def test_of_inside_an_institution_or_title_stays() -> None:
    assert split_title("Organization of Pacific Ports").name == "Organization of Pacific Ports"
    parts = split_title("Secretary of State Ilse Varga")
    assert (parts.name, parts.title) == ("Ilse Varga", "Secretary of State")
    assert split_title("Chief of Staff") is None


def test_party_label_is_an_affiliation_not_a_name() -> None:
    parts = split_title("Democrat Ona Pilkis")
    assert (parts.name, parts.title) == ("Ona Pilkis", "Democrat")
    assert split_title("Republican of Utah") is None
    assert split_title("Democratic Party").kind == "organization"


def test_party_and_state_appositive_does_not_take_the_pronoun() -> None:
    text = 'Sen. Odo Ferrant, Republican of Idaho, spoke briefly. "I have not decided," he said.'
    assert names(text) == ["Odo Ferrant"]


def test_joined_particle_completes_the_name() -> None:
    text = 'Oil Minister Tariq bin Salem al-Qadri spoke on Monday. "Supply is ample," al-Qadri said.'
    assert names(text) == ["Tariq bin Salem al-Qadri"]
    assert is_cap("al-Qadri") and not is_cap("al") and not is_cap("also-ran")


def test_chief_executive_is_a_title() -> None:
    parts = split_title("Velmora Chief Executive Ines Darrow")
    assert (parts.name, parts.title, parts.organization) == ("Ines Darrow", "Chief Executive", "Velmora")
    assert split_title("Chief Executive") is None


def test_institution_names_with_department_and_on() -> None:
    text = 'The Justice Department said it was "confident" of the outcome.'
    assert names(text) == ["Justice Department"]
    text = 'The Regional Commission on Water Rights said the plan "breaks the treaty."'
    assert names(text) == ["Regional Commission on Water Rights"]
    assert [r[0] for r in cap_runs("Pruett on Monday said")] == ["Pruett", "Monday"]


def test_country_possessive_is_dropped_from_an_institution() -> None:
    assert split_title("Norway's Fisheries Ministry").name == "Fisheries Ministry"
    assert split_title("People's Daily").name == "People's Daily"


def test_new_speech_verbs() -> None:
    text = 'Foreign Minister Ilan Marek dismissed the report as "pure fiction."'
    assert names(text) == ["Ilan Marek"]
    text = 'Mayor Tove Lind welcomed "a fair process" for the city.'
    assert names(text) == ["Tove Lind"]


def test_quote_ending_its_sentence_keeps_its_own_attribution() -> None:
    text = 'Gov. Ruth Amsel said the levy "will not pass." Rep. Hal Ostrow, a Democrat, said "it will pass."'
    assert names(text) == ["Ruth Amsel", "Hal Ostrow"]
    text = '"It will not pass," Rep. Hal Ostrow said.'
    assert names(text) == ["Hal Ostrow"]


def test_quote_after_reported_speech_sentence_takes_its_speaker() -> None:
    text = (
        "Ines Baptiste, a lawyer for the family, spoke after the hearing.\n"
        'Judges make mistakes, she said. "But this was not one of them."'
    )
    assert names(text) == ["Ines Baptiste"]
    text = 'The hearing ended early. "But this was not one of them."'
    assert names(text) == [None]


def test_honorific_gender_steers_the_pronoun() -> None:
    text = (
        "Sen. Mara Quill told reporters she would wait.\n"
        'Asked whether she had spoken to Mr. Abernathy, she said, "We talk every day."'
    )
    assert names(text) == ["Mara Quill"]
    text = 'Tom Abernathy spoke after Sen. Mara Quill.\nAsked about Ms. Quill, he said, "We talk every day."'
    assert names(text) == ["Tom Abernathy"]


def test_spokesperson_for_someone_named_in_an_appositive() -> None:
    text = 'A spokeswoman for Ms. Varga, Lena Holm, said that "the vote is set."'
    assert names(text) == ["Lena Holm"]
    text = 'A spokesman for the Pentagon said that "the vote is set."'
    assert names(text) == ["Pentagon"]


def test_lowercase_institution_spokesperson_is_the_named_department() -> None:
    text = 'The State Department summoned the envoy.\n"We are concerned," a department spokeswoman said.'
    assert names(text) == ["State Department"]
    text = '"We are concerned," a department spokeswoman said.'
    assert names(text) == [None]


def test_analysts_at_a_firm_write_as_the_firm() -> None:
    text = (
        'Analysts at Kestrel Partners said in a note that rates would fall. "The bond is cheap," they wrote.'
    )
    assert names(text) == ["Kestrel Partners"]
    text = 'Lawmakers from Alaska called the delay "a national disgrace" at the hearing.'
    assert names(text) == [None]


def test_clipped_institution_name_takes_the_full_form() -> None:
    text = 'The Central Reserve held rates.\nThe Cen said its policy was "in a good place."'
    assert names(text) == ["Central Reserve"]
    text = 'The Cen said its policy was "in a good place."'
    assert names(text) == ["Cen"]


def test_relative_clause_speaker_is_the_antecedent() -> None:
    text = 'Critics included Governor Lise Mahler, who said last week that cuts would be "reckless."'
    assert names(text) == ["Lise Mahler"]
    text = 'Critics included a group, which said last week that cuts would be "reckless."'
    assert names(text) == [None]


def test_title_after_the_keeps_its_letters() -> None:
    text = 'The Labour leader, Ewan Tolland, spoke in Leeds. "We will win," Tolland said.'
    speaker = speakers(text)[0]
    assert speaker.name == "Ewan Tolland"
    assert speaker.title is not None and speaker.title.startswith("Labour")


def test_pronoun_skips_a_candidate_of_the_other_gender() -> None:
    text = (
        "Maria Lind testified for six hours.\n"
        'At one point the counsel, Paul Greer, pressed her.\n"Did you read it?" Greer asked.\n'
        '"Not fully," she replied.'
    )
    assert names(text) == ["Paul Greer", "Maria Lind"]
    text = 'Maria Lind testified for six hours.\n"Did you read it?" Paul Greer asked.\n"Not fully," he said.'
    assert names(text) == ["Paul Greer", "Paul Greer"]


def test_unknown_gender_does_not_rule_a_candidate_out() -> None:
    text = 'Zorvath Quenby spoke for the union.\n"We will strike," she said.'
    assert names(text) == ["Zorvath Quenby"]


def test_bare_follow_up_question_goes_back_to_the_asker() -> None:
    text = (
        '"Were any units left behind?" a reporter asked.\n'
        '"No," Col. Ada Brandt said. "None."\n'
        '"And the depots?"\n'
        '"Also empty."'
    )
    assert names(text) == [None, "Ada Brandt", "Ada Brandt", None, "Ada Brandt"]


def test_bare_paragraph_outside_an_exchange_continues_the_speaker() -> None:
    text = '"Were any units left behind?" a reporter asked.\n"No," Col. Ada Brandt said.\n"We checked twice."'
    assert names(text) == [None, "Ada Brandt", "Ada Brandt"]
    text = '"Will it hold?" Col. Ada Brandt asked.\n"It will," Brandt said.\n"Why?"'
    assert names(text) == ["Ada Brandt", "Ada Brandt", "Ada Brandt"]  # one speaker asks and answers


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    quote = '"We are reviewing the request," the statement said.'
    issued = "The Coast Guard's reply came late Friday in a written statement. "
    assert [(s.name, s.kind) for s in speakers(issued + quote)] == [("Coast Guard", "organization")]
    assert names("The Coast Guard said in a statement that it had no comment.\n" + quote) == ["Coast Guard"]
    assert names("Ships waited offshore.\n" + quote) == [None]


def test_words_someone_had_said_are_theirs() -> None:
    lead = "Gen. Tom Reyes led the patrol.\n"
    assert names(lead + 'Lt. Ida Marsh said the general had told her, "Hold the line until dawn."') == [
        "Tom Reyes"
    ]
    text = 'Lt. Ida Marsh noted that Reyes had himself written in a memo that the unit "was not ready."'
    assert names(lead + text) == ["Tom Reyes"]
    text = 'Lt. Ida Marsh said the order was clear: "Hold the line until dawn."'
    assert names(lead + text) == ["Ida Marsh"]


def test_quote_left_open_takes_the_speaker_of_its_close() -> None:
    lead = "Crops failed across the valley.\n"
    end = '"Then the rain came," said Ida Marsh, a farmer.'
    assert names(lead + '"We had no water for two days. The wells were dry.\n' + end) == ["Ida Marsh"] * 2
    assert names(lead + '"We had no water for two days. The wells were dry."\n' + end) == [None, "Ida Marsh"]


def test_habitual_tell_is_a_cue() -> None:
    saying = '"The sea forgives nothing, and it remembers every mistake you make."'
    assert names("Adm. Ida Marsh used to tell cadets, " + saying) == ["Ida Marsh"]
    assert names('Adm. Ida Marsh spoke first. "Yes," she said.\nCadets tell one another, ' + saying) == [
        "Ida Marsh",
        None,
    ]


def test_a_given_name_the_dictionary_misreads_never_costs_the_only_candidate() -> None:
    # "Kim" is a surname first in Korean order; the dictionary calls "Andrea" female, but an
    # Italian Andrea is a he: with nobody else in view, the pronoun still resolves.
    korea = (
        "North Korean leader Kim Jong Un watched a test launch on Saturday, state media said.\n"
        '"Our forces are ready for any mission," he said.'
    )
    italy = (
        "Italian Defence Minister Andrea Rossi toured the air base on Monday.\n"
        '"We will keep every commitment we made," he said.'
    )
    assert names(korea) == ["Kim Jong Un"]
    assert names(italy) == ["Andrea Rossi"]


def test_the_dictionary_still_steers_a_pronoun_past_a_name_of_the_other_gender() -> None:
    text = (
        "Maria Kovacs testified for six hours. At one point Thomas Greer asked whether she had put "
        "her objections in writing.\n"
        '"Not in those words," she replied.'
    )
    assert names(text) == ["Maria Kovacs"]
