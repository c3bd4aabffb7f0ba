"""Attribution rules learned from the held-out sets: each a positive and a negative case,
on invented sentences."""

from __future__ import annotations

from speaker_cases import LEAD, names, speakers

from tasks.names import cap_runs, split_title

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


def test_public_body_named_by_proper_modifiers_keeps_them() -> None:
    text = 'The Welsh health ministry said it was "reviewing every case."'
    assert [(s.name, s.kind) for s in speakers(text)] == [("Welsh health ministry", "organization")]
    text = 'A Welsh health official said it was "reviewing every case."'
    assert names(text) == [None]


def test_the_office_said_takes_the_office_named_before() -> None:
    text = (
        "The Leeds coroner's office opened an inquiry in May.\n"
        'On Tuesday, the office said it would "publish its findings soon."'
    )
    assert names(text) == ["Leeds coroner's office"]
    text = 'On Tuesday, the office said it would "publish its findings soon."'
    assert names(text) == [None]


def test_firm_noun_with_a_name_in_apposition_is_that_firm() -> None:
    text = 'The state rail operator, SNCF, said services were "severely disrupted."'
    assert [(s.name, s.kind) for s in speakers(text)] == [("SNCF", "organization")]
    text = 'The rail operator, which runs most lines, said services were "severely disrupted."'
    assert names(text) == [None]


def test_first_word_of_a_firm_stands_for_the_firm() -> None:
    text = 'The order went to Halvard Marine Systems of Bergen.\nHalvard said it was "ready to build."'
    assert names(text) == ["Halvard Marine Systems"]
    text = 'Oslo Harbour Authority staff met in Oslo.\nOslo said it was "ready to build."'
    assert names(text) == ["Oslo"]  # a place the narration names on its own is not the authority
    assert split_title("Ministry of Defence", definite=True).name == "Ministry of Defence"


def test_initialism_stands_for_the_institution_it_abbreviates() -> None:
    text = 'The Office for Budget Review warned of a gap.\n"The sums do not add up," the OBR said.'
    assert names(text) == ["Office for Budget Review"]
    text = 'The Presidency of Defence Industries (SSB) runs procurement.\n"We will respond," the SSB said.'
    assert names(text) == ["Presidency of Defence Industries"]
    text = 'The Office for Budget Review warned of a gap.\n"The sums do not add up," the IMF said.'
    assert names(text) == ["IMF"]


def test_spokesperson_of_an_institution_with_of_in_its_name() -> None:
    text = 'A Ministry of Justice spokesperson said the review was "well under way."'
    assert names(text) == ["Ministry of Justice"]
    text = 'A justice ministry spokesperson said the review was "well under way."'
    assert names(text) == [None]


def test_firm_named_after_its_common_noun_is_what_it_refers_to() -> None:
    text = (
        "Norwegian engineering group Halvard Voss cut its forecast on Monday.\n"
        'Shares in the company fell 9%. "Orders remain weak," it said.'
    )
    assert [(s.name, s.kind) for s in speakers(text)] == [("Halvard Voss", "organization")]
    text = 'The central bank Governor Anna Voss spoke first. "Rates stay where they are," she said.'
    assert [(s.name, s.kind) for s in speakers(text)] == [("Anna Voss", "person")]


def test_described_quotes_take_the_name_given_later() -> None:
    text = (
        '"Talks are stuck," a senior official said.\n'
        'A second official spoke later. "We are close," the second official said. "Very close."\n'
        "That official, Dana Whitlock, a deputy envoy, said the talks would resume."
    )
    assert names(text) == [None, "Dana Whitlock", "Dana Whitlock"]
    text = (
        'The committee\'s top Democrat called the release "a stunt."\n'
        '"They leak what suits them," the lawmaker, Rep. Ann Corliss of Maine, said.'
    )
    assert names(text) == ["Ann Corliss", "Ann Corliss"]
    text = '"We are close," the second official said.\nThe official, who asked not to be named, left.'
    assert names(text) == [None]


def test_one_word_name_set_off_after_its_description_is_the_speaker() -> None:
    text = (
        "Dozens waited outside the gate.\n"
        "One of them, a 52-year-old nurse who gave only her first name, Mei, said she had come twice. "
        '"I will come again," she said.'
    )
    assert [(s.name, s.kind, s.title) for s in speakers(text)] == [("Mei", "person", "nurse")]
    text = 'Officials in the northern province, Idlib, said the road was "closed to all traffic."'
    assert names(text) == [None]


def test_possessed_writing_is_its_author_s_words() -> None:
    text = (
        "Judge Ana Ruiz wrote the ruling for the panel. Her brother, Tomas Ruiz, a lawyer, argued the case.\n"
        'Ruiz\'s ruling said the statute was "plainly valid."'
    )
    assert names(text) == ["Ana Ruiz"]
    text = (
        "Judge Ana Ruiz sat on the panel. Her brother, Tomas Ruiz, a lawyer, argued the case.\n"
        'Ruiz\'s letter said the statute was "plainly valid."'
    )
    assert names(text) == ["Tomas Ruiz"]  # nothing ties either to a letter: the one named last


def test_calling_takes_the_subject_of_its_clause() -> None:
    text = 'Mayor Ida Crane defended the budget on Friday, calling it "lean but fair."'
    assert names(text) == ["Ida Crane"]
    text = 'Hundreds marched on Friday, calling for "fair wages."'
    assert names(text) == []  # a slogan after "calling for" is still no reported speech


def test_dateline_is_no_subject() -> None:
    text = 'ODESSA (AP) — A port official on Monday welcomed the deal, calling it "a lifeline."'
    assert names(text) == [None]
    assert names('NATO defended the plan on Friday, calling it "a deterrent."') == ["NATO"]


def test_described_lead_speaker_is_the_titled_person_named_next() -> None:
    lead = 'A senior Democratic senator on Tuesday accused the agency of "hiding the numbers."\n'
    assert names(lead + "Sen. Ada Vance, D-Ore., wrote to the agency last week.") == ["Ada Vance"]
    assert names(lead + "Gov. Ada Vance, D-Ore., wrote to the agency last week.") == [None]


def test_after_clause_has_its_own_speaker() -> None:
    text = (
        "The agency said Monday that it would publish the data, a day after a senior senator accused "
        'it of "hiding the numbers."\nSen. Ada Vance, D-Ore., wrote to the agency last week.'
    )
    assert names(text) == ["Ada Vance"]
    text = 'The Forest Service said Monday that it would publish the data and denied "hiding the numbers."'
    assert names(text) == ["Forest Service"]
