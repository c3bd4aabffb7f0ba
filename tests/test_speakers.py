"""Attribution: cue forms, pronouns, surnames, titles and institutions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.cues import is_cap
from tasks.names import CAP_RUN, cap_runs, split_title
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


FIRST = 'Ana Ruiz spoke first. "Yes," she said.\n'


def test_possessor_role_set_off_before_a_name_is_the_subject() -> None:
    text = FIRST + 'Labour’s regional organiser, Mara Quill, said turnout rose. "We gained," she said.'
    assert names(text) == ["Ana Ruiz", "Mara Quill"]
    text = FIRST + 'Labour’s campaign team said turnout rose. "We gained," she said.'
    assert names(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_role_noun_before_a_name_at_sentence_start() -> None:
    text = FIRST + 'Poll expert Mara Quill, of Leeds University, cautioned. "It is uneven," she said.'
    assert names(text) == ["Ana Ruiz", "Mara Quill"]
    text = FIRST + 'Labour lost Leeds in 2019. "It hurts," she said.'
    assert names(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_party_state_label_between_commas_is_read_past() -> None:
    text = 'Rep. Dana Orwell, D-Ore., a member of the panel, said the memo showed "a clear pattern" of abuse.'
    assert names(text) == ["Dana Orwell"]
    text = 'D-Day veterans, a proud group, said the memorial was "long overdue."'
    assert names(text) == [None]


def test_rank_with_an_ordinal_keeps_the_name_whole() -> None:
    text = '"We watch all night," said Petty Officer 3rd Class Lena Park, 31, of Ohio.'
    assert [(s.name, s.title) for s in speakers(text)] == [("Lena Park", "Petty Officer 3rd Class")]
    assert [r for r, _, _ in cap_runs("said Petty Officer 2nd Class Lena Park")] == [
        "Petty Officer 2nd Class Lena Park"
    ]
    assert [r for r, _, _ in cap_runs("the 101st Airborne")] == ["Airborne"]


def test_relative_clause_inside_an_appositive_does_not_take_the_quote() -> None:
    text = (
        '"It is unlawful," Lucia Moreno, a lawyer with the Centre for Rights and Justice, '
        "which brought the case, told reporters."
    )
    assert names(text) == ["Lucia Moreno"]
    text = 'The Centre for Rights, which brought the case, said the rule was "unlawful."'
    assert names(text) == ["Centre for Rights"]


def test_british_titles_without_a_full_stop_are_titles() -> None:
    text = 'Prof Ann Hale, of Leeds University, said voters were "tired." "It is over," Prof Hale added.'
    assert names(text) == ["Ann Hale", "Ann Hale"]
    for title in ("Cllr", "Capt", "Sgt", "Rev", "Dr", "Ms"):
        assert split_title(f"{title} Ann Hale").name == "Ann Hale"
    assert split_title("Revell Hale").name == "Revell Hale"


def test_minutes_of_an_institution_are_its_words() -> None:
    text = '"Rates are about right," according to the minutes of the Monetary Policy Committee.'
    assert names(text) == ["Monetary Policy Committee"]
    text = '"Rates are about right," according to the minutes.'
    assert names(text) == [None]


def test_institution_named_with_a_comma_list_stays_whole() -> None:
    text = 'A spokesperson for the Ministry of Housing, Communities and Local Government said: "No."'
    assert names(text) == ["Ministry of Housing, Communities and Local Government"]
    text = 'Anna Hale, Tom Reed and Lena Park said in a letter: "We object."'
    assert names(text) == ["Lena Park"]


def test_second_speaker_after_while_takes_its_quote() -> None:
    text = 'Tom Reed said the price was "full," while Ann Hale of Leeds Capital said it "undervalues it."'
    assert names(text) == ["Tom Reed", "Ann Hale"]
    text = 'Tom Reed said, while visiting Leeds, that the plan was "sound."'
    assert names(text) == ["Tom Reed"]


def test_first_of_two_surnames_resolves_to_the_full_name() -> None:
    text = 'Senator Lucía Ortega Vidal spoke in Lima.\n"We will talk," Ortega said.'
    assert names(text) == ["Lucía Ortega Vidal"]


def test_first_surname_shared_by_two_people_stays_unresolved() -> None:
    text = 'Ana Ortega Vidal and Marta Ortega Ruiz spoke in Lima.\n"We will talk," Ortega said.'
    assert names(text)[0] not in {"Ana Ortega Vidal", "Marta Ortega Ruiz"}


def test_capitalized_particle_stays_in_the_surname() -> None:
    text = (
        "Council President Anna Van Dijk met envoys.\n"
        'A spokesman for Van Dijk said she wanted "a fair deal for all".'
    )
    assert names(text) == ["Anna Van Dijk"]


def test_spokesman_for_an_institution_is_not_taken_for_a_person() -> None:
    text = LEAD + 'A spokesman for the Pentagon said it wanted "a fair deal for all".'
    assert names(text) == ["Pentagon"]


def test_honorific_after_inverted_verb_opens_the_name() -> None:
    text = '"Small ports have no staff for this," said Dr. Lena Kovac, who studies shipping.'
    assert names(text) == ["Lena Kovac"]


def test_honorific_before_lowercase_word_is_not_a_name() -> None:
    from tasks.phrases import honorific_before_name, tokens

    t = "Dr. who studies"
    assert not honorific_before_name(tokens(t, 0, len(t)), 0)
    t = "Dr. Lena Kovac"
    assert honorific_before_name(tokens(t, 0, len(t)), 0)


def test_and_inside_a_definite_institution_name() -> None:
    text = (
        "A spokeswoman for the Food and Drug Administration, Jane Holt, said in an email that "
        'the agency was "reviewing the data carefully."'
    )
    assert names(text) == ["Jane Holt"]


def test_and_without_the_joins_two_subjects() -> None:
    from tasks.cues import and_in_org
    from tasks.phrases import tokens

    t = "Smith and Jones Agency"
    assert not and_in_org(tokens(t, 0, len(t)), 1, 3)
    t = "the Food and Drug Administration"
    assert and_in_org(tokens(t, 0, len(t)), 2, 4)


def test_sentence_opening_gerund_is_not_a_speaker() -> None:
    from tasks.phrases import clause_subject

    t = "Rebuilding the port has cost more than $2 million, she said."
    assert clause_subject(t, 0, len(t)) is None


def test_capitalized_ing_name_still_opens_a_clause() -> None:
    from tasks.phrases import clause_subject

    t = "Boeing said the jets were delayed."
    subject = clause_subject(t, 0, len(t))
    assert subject is not None and subject.text == "Boeing"


def test_the_report_speaks_for_its_named_author() -> None:
    text = (
        "The fleet is short of ships, according to a report by the Government Accountability Office.\n"
        'The report, released Monday, found gaps. It warns that the fleet is "badly overstretched."'
    )
    assert names(text) == ["Government Accountability Office"]


def test_the_report_without_a_named_author_is_anonymous() -> None:
    text = (
        "The fleet is short of ships.\n"
        'The report found gaps. It warns that the fleet is "badly overstretched."'
    )
    assert names(text) == [None]


def test_possessed_lowercase_institution_speaks() -> None:
    text = 'Japan\'s defense ministry said the drills were "provocative and dangerous."'
    assert names(text) == ["Japan's defense ministry"]


def test_lowercase_possessor_is_not_a_named_institution() -> None:
    from tasks.resolution import possessed_org

    assert possessed_org("Japan's defense")
    assert not possessed_org("the company's")
    assert not possessed_org("its foreign")


def test_statement_from_an_institution_keeps_its_author_past_a_relative_clause() -> None:
    text = (
        "Crews searched the coast, according to a statement from the Coast Guard, which said "
        'they would stay "as long as needed."'
    )
    assert names(text) == ["Coast Guard"]


def test_statement_with_no_author_past_a_relative_clause_is_anonymous() -> None:
    text = (
        'Crews searched the coast, according to a statement, which said they would stay "as long as needed."'
    )
    assert names(text) == [None]


def test_strategists_at_a_firm_including_a_named_one_speak_for_the_firm() -> None:
    text = (
        "Strategists at Halden Capital Group Inc., including Mira Osei, wrote in a note that they "
        'remained "constructive" on bonds.'
    )
    assert names(text) == ["Halden Capital Group Inc."]


def test_named_strategist_in_a_true_appositive_speaks_for_herself() -> None:
    text = (
        "A strategist at Halden Capital Group Inc., Mira Osei, wrote in a note that she "
        'remained "constructive" on bonds.'
    )
    assert names(text) == ["Mira Osei"]


def test_function_word_inside_a_compound_title() -> None:
    parts = split_title("Chief Financial Officer Dana Whitsett")
    assert parts is not None and parts.title == "Chief Financial Officer" and parts.organization is None


def test_institution_before_a_title_stays_the_organization() -> None:
    parts = split_title("Pentagon Press Secretary Sean Parnell")
    assert parts is not None and parts.organization == "Pentagon" and parts.title == "Press Secretary"


def test_of_phrase_with_a_lowercase_noun_stays_in_the_title() -> None:
    from tasks.names import parse_appositive

    assert parse_appositive("head of Asia FX strategy at Halden Bank in Singapore") == (
        "head of Asia FX strategy",
        "Halden Bank",
    )


def test_of_an_institution_is_still_the_organization() -> None:
    from tasks.names import parse_appositive

    assert parse_appositive("a professor at Halden University") == ("professor", "Halden University")
    assert parse_appositive("commander of U.S. European Command")[1] == "U.S. European Command"
