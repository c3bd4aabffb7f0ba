"""Attribution forms learned from held-out set 6: each a positive and a negative case, on
invented sentences."""

from __future__ import annotations

from speaker_cases import names, speakers

from tasks.extract import extract_article


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


def test_a_title_s_portfolio_is_not_part_of_the_name() -> None:
    text = '"The price is paid in years," Assistant Attorney General for National Security Lena Ford said.'
    assert [(s.name, s.title) for s in speakers(text)] == [
        ("Lena Ford", "Assistant Attorney General for National Security")
    ]
    text = 'Secretary of Homeland Security Alejandro Mayorkas flew in.\n"We will talk," Mayorkas said.'
    assert [(s.name, s.title) for s in speakers(text)] == [
        ("Alejandro Mayorkas", "Secretary of Homeland Security")
    ]


def test_singular_they_going_on_is_the_person_just_quoted() -> None:
    text = '"The report is right," said Rhys Bell, an analyst. "Empty yards cost money," they added.'
    assert names(text) == ["Rhys Bell", "Rhys Bell"]
    text = 'The Navy said costs rose.\n"It is right," said Rhys Bell. "It is fine," they said.'
    assert names(text) == ["Rhys Bell", "Navy"]


def test_a_shared_surname_alone_is_the_bearer_not_called_by_given_name() -> None:
    text = (
        "Delia Marsh runs the barn. Her husband, Carl Marsh, built it.\n"
        '"I make the coffee," Carl said.\nLast spring, Marsh applied for a grant. "They said no," she noted.'
    )
    assert names(text) == ["Carl Marsh", "Delia Marsh"]


def test_a_quoted_label_is_no_person() -> None:
    text = (
        "Delia Marsh runs a program she calls the “Spark Line,” with no budget.\n"
        "“I drove that road once,” she recalled."
    )
    assert names(text) == ["Delia Marsh"]


def test_the_institution_that_said_it_in_a_statement_wrote_the_statement() -> None:
    text = (
        "The United States announced aid, the U.S. Embassy said in a statement. "
        '"We stand with you," the statement said.'
    )
    assert [(s.name, s.kind) for s in speakers(text)] == [("U.S. Embassy", "organization")]


def test_short_forms_of_an_institution_named_before() -> None:
    text = 'The European Commission said plans were in. "It works," the Commission said.'
    assert names(text) == ["European Commission"]
    text = 'The Ukrainian Air Force said it downed drones. "They came at night," the air force said.'
    assert names(text) == ["Ukrainian Air Force"]
    text = 'The FBI said its inquiry began in May. "Call us," the bureau said.'
    assert names(text) == ["FBI"]
    text = 'Lockheed Martin said in a statement that output doubled. "We are building," the company said.'
    assert [(s.name, s.kind) for s in speakers(text)] == [("Lockheed Martin", "organization")]
    text = 'Pete Hegseth said output doubled. "We are building," the company said.'
    assert names(text) == [None]


def test_role_words_between_a_firm_and_a_name_leave_the_name_the_subject() -> None:
    text = (
        "Brightline Aero chief executive Priya Raman said the company would hire. "
        '"We will build these like phones," she said.'
    )
    assert [(s.name, s.organization) for s in speakers(text)] == [("Priya Raman", "Brightline Aero")]


def test_an_embassy_is_named_with_its_city() -> None:
    text = 'The Russian embassy in Helsinki said in a statement: "No vessel was involved."'
    assert names(text) == ["Russian embassy in Helsinki"]
    text = 'The Russian embassy said in a statement: "No vessel was involved."'
    assert names(text) == ["Russian embassy"]


def test_and_inside_an_institution_that_goes_on_after_its_head_word() -> None:
    text = 'U.S. Army Europe and Africa said in a statement that it "reviews allowances every year."'
    assert names(text) == ["U.S. Army Europe and Africa"]
    text = 'The Pentagon and Pete Hegseth said the plan was "a good one for all of us."'
    assert names(text) == ["Pete Hegseth"]


def test_a_head_noun_takes_the_institution_it_heads_before_the_focus() -> None:
    text = (
        "The Ukrainian Ministry of Defense says output doubled. Money for parts comes from donors.\n"
        'The ministry said the program "has returned thousands of drones to the front."'
    )
    assert names(text) == ["Ukrainian Ministry of Defense"]


def test_a_description_of_the_institution_in_an_appositive_is_read_past() -> None:
    text = (
        "Fiona Whitlam, a senior fellow at the Institute for Sea Power, a thinktank, said: "
        '"Every month a yard slows down, it loses people."'
    )
    assert [(s.name, s.organization) for s in speakers(text)] == [
        ("Fiona Whitlam", "Institute for Sea Power")
    ]


def test_a_mixed_case_initialism_stands_for_the_institution() -> None:
    text = 'The Ministry of Defence confirmed the memo. An MoD spokesperson said: "We invest record sums."'
    assert names(text) == ["Ministry of Defence"]


def test_a_second_verb_of_the_clause_takes_the_clause_subject() -> None:
    text = 'In a report, the GAO found that costs grew and warned that the yard "has no stable design."'
    assert names(text) == ["GAO"]


def test_the_reporter_closing_a_sentence_is_what_the_company_refers_to() -> None:
    text = (
        "The cable lost its signal on Sunday, its operator Nordlink Data said. "
        'Repairs would take "at least five weeks," the company added.'
    )
    assert [(s.name, s.kind) for s in speakers(text)] == [("Nordlink Data", "organization")]


def test_indian_honorific_and_member_titles() -> None:
    text = (
        "Defence Minister Vikram Singh Rathore met the council.\n"
        'Speaking after the meeting, Shri Rathore said it was "far too long" a wait. '
        'Congress MP Ravi Kumar Hegde disagreed. "We have heard this before," Hegde said.'
    )
    assert names(text) == ["Vikram Singh Rathore", "Ravi Kumar Hegde"]


def test_an_unnamed_person_opening_the_sentence_keeps_the_pronoun() -> None:
    text = (
        'Hector Villarreal fishes the bay. "I will keep going," he said.\n'
        'A deckhand mending a net was blunter. "It is a war out here," he said.'
    )
    assert names(text) == ["Hector Villarreal", None]


def test_in_a_statement_opening_the_sentence_names_the_author() -> None:
    text = (
        "In a statement, the U.S. Coast Guard said it had added patrols. "
        '"Illegal fishing threatens the Gulf," the statement said.'
    )
    assert names(text) == ["U.S. Coast Guard"]


def test_a_numbered_unit_closes_a_name() -> None:
    text = (
        "In a statement, the commander of Submarine Group 7, Rear Admiral Michael Stroud, said it was "
        '"the most demanding pipeline any ally has been offered".'
    )
    assert names(text) == ["Michael Stroud"]


def test_the_panel_is_the_panel_named_before() -> None:
    text = 'The UN Panel of Experts documents 143 attacks. "Armed groups impose taxes," the panel wrote.'
    assert names(text) == ["UN Panel of Experts"]


def test_of_the_inside_an_institution_s_name() -> None:
    text = 'The Association of the U.S. Army called him "a soldier\'s general in every sense" and left.'
    assert names(text) == ["Association of the U.S. Army"]
    text = 'The Operational Command of the Polish Armed Forces said jets were at "the highest readiness."'
    assert names(text) == ["Operational Command of the Polish Armed Forces"]
    text = 'According to the minutes of the Federal Open Market Committee, "most participants agreed."'
    assert names(text) == ["Federal Open Market Committee"]


def test_a_parent_s_initials_and_a_seat_are_not_part_of_a_firm_s_name() -> None:
    text = 'RTX\'s Raytheon said in a statement that the award was "a vote of confidence in our team."'
    assert names(text) == ["Raytheon"]
    text = 'Athens-based Aegean Crest Shipping said: "All 23 crew members are accounted for."'
    assert names(text) == ["Aegean Crest Shipping"]


def test_a_role_word_before_a_given_name_leaves_the_person_the_subject() -> None:
    text = (
        "Pentagon comptroller Neil Haverford said inflation was assumed at 2.1%.\n"
        '"If that number is wrong, everything is wrong," he said.'
    )
    assert names(text) == ["Neil Haverford"]


def test_a_report_an_institution_released_is_its_words() -> None:
    text = (
        "It went down, according to an investigation report the Marine Corps released Friday.\n"
        '"The mishap was preventable," the report said.'
    )
    assert names(text) == ["Marine Corps"]


def test_acronyms_spelled_by_word_prefixes() -> None:
    text = 'U.S. Central Command said a destroyer shot down drones. "No one was hurt," CENTCOM said.'
    assert names(text) == ["U.S. Central Command"]
    text = 'UK Maritime Trade Operations said a ship was hit. "The master reports a fire," UKMTO said.'
    assert names(text) == ["UK Maritime Trade Operations"]


def test_and_said_after_the_quote_takes_the_sentence_subject() -> None:
    text = 'Nordvik Defence raised its goal, up from a goal of "at least 15%," and said margins would widen.'
    assert names(text) == ["Nordvik Defence"]


def test_a_lede_description_is_named_by_a_member_of_the_same_body() -> None:
    text = (
        'The euro rose after a senior European Central Bank policymaker said rates were "not going lower."\n'
        "The currency gained 0.4%.\n"
        '"We have done a lot," Klaus Wendtner, a member of the ECB\'s Executive Board, told a newspaper.'
    )
    assert names(text) == ["Klaus Wendtner", "Klaus Wendtner"]
    text = (
        'A NATO official said the plan was "on track and funded."\n'
        '"We stand together," NATO Secretary General Mark Rutte said.'
    )
    assert names(text) == [None, "Mark Rutte"]


def test_a_surname_particle_capitalized_at_a_sentence_start_is_the_same_person() -> None:
    text = 'Defence Minister Pieter van Dam spoke.\n"We ask for real choices," Van Dam said.'
    assert names(text) == ["Pieter van Dam"]
    text = 'Council President Anna Van Dijk met envoys. "We talk," Van Dijk said.'
    assert names(text) == ["Anna Van Dijk"]


# Learned from the third set of held-out pages.


def test_enlisted_ranks_and_hyphenated_titles_are_titles() -> None:
    text = 'Spc. Tyler Brooks, 22, steered the boat. "You learn fast," Brooks said.'
    assert [(s.name, s.title) for s in speakers(text)] == [("Tyler Brooks", "Spc.")]
    text = 'Executive Vice-President Tomasz Reinholt said: "The share will grow."'
    assert [(s.name, s.title) for s in speakers(text)] == [("Tomasz Reinholt", "Executive Vice-President")]


def test_an_ordinal_opening_a_units_name_is_part_of_it() -> None:
    text = 'The 3rd Infantry Division said in a statement that the exercise was "the largest yet."'
    assert [(s.name, s.kind) for s in speakers(text)] == [("3rd Infantry Division", "organization")]
    text = 'The 3rd ship sailed. Adm. Jo Park said it was "the largest yet."'
    assert names(text) == ["Jo Park"]


def test_a_question_pressed_after_a_quote_is_the_askers() -> None:
    text = '"Two," Benning replied. "How much lower?" Holm pressed.'
    assert names(text) == ["Benning", "Holm"]
    text = 'Washington pressed allies to resist what one officer called Beijing\'s "steady creep."'
    assert names(text) == [None]


def test_a_colon_after_the_speakers_clause_introduces_the_quote() -> None:
    text = (
        "Lithuania's vice-minister of defence, Tomas Gedvila, put it more bluntly at a conference: "
        '"If the wall is only sensors, it is a very expensive camera."'
    )
    assert names(text) == ["Tomas Gedvila"]
    text = 'The report, "Securing Delivery", concludes: "The department has no credible plan."'
    assert names(text) == [None]


def test_a_pull_quote_set_before_the_body_gives_way_to_the_attributed_copy() -> None:
    text = (
        '"If the wall is only sensors, it is a very expensive camera."\n'
        'Tomas Gedvila said it bluntly: "If the wall is only sensors, it is a very expensive camera."'
    )
    quotes = extract_article(text).quotes
    assert [(q.start, q.speaker and q.speaker.name) for q in quotes] == [
        (text.rindex("If the"), "Tomas Gedvila")
    ]
    text = (
        "Adm. Carl Benning, commander of Naval Sea Systems Command, testified first.\n"
        '"The yards are not the bottleneck anymore."\n'
        'Later, Sen. Patricia Holm read his words back. She said: "The yards are not the bottleneck anymore."'
    )
    quotes = extract_article(text).quotes
    assert [q.speaker and q.speaker.name for q in quotes] == ["Carl Benning", "Patricia Holm"]


def test_a_documents_owner_speaks_through_it_and_it_says() -> None:
    text = (
        "The Army's budget justification is blunt about the risk. Without multiyear authority, it "
        'says, "the program office assesses a production gap of up to 11 months."'
    )
    assert [(s.name, s.kind) for s in speakers(text)] == [("Army", "organization")]


def test_an_unnamed_person_with_a_who_clause_goes_on_speaking_as_he() -> None:
    text = (
        "Adm. Carl Benning testified. A supplier executive who asked not to be named because his "
        'company works with the Navy said the session "missed the point." "The yards are not the '
        'bottleneck," he said.'
    )
    assert names(text) == [None, None]


def test_findings_of_an_institution_or_a_study_are_its_words() -> None:
    text = (
        "A report by the Government Accountability Office found that the Navy had "
        '"not established a realistic baseline."'
    )
    assert [(s.name, s.kind) for s in speakers(text)] == [
        ("Government Accountability Office", "organization")
    ]
    text = 'The GAO found that the F-35\'s "Block 4" upgrade was $6 billion over budget.'
    assert names(text) == []
    text = 'Investigators found that the pilot had "no training at all on the new system" before the flight.'
    assert names(text) == [None]
    text = 'Its audit found "clear manipulation" of the count, the monitors said.'
    assert names(text) == [None]


def test_by_the_account_of_attributes_a_partial_quote() -> None:
    text = (
        'Its stocks would last "days, not weeks", by the account of Poland\'s Ministry of National Defence.'
    )
    assert [(s.name, s.kind) for s in speakers(text)] == [("Ministry of National Defence", "organization")]


# Learned from the fourth set of held-out pages.


def test_an_unnamed_opener_with_a_capitalized_adjective_goes_on_as_he() -> None:
    text = (
        "Since January, 37 drones were fired, according to a tally by Horizon Arabia. A Gulf diplomat, "
        'speaking on condition of anonymity, said governments were frustrated. "We are paying cash and '
        'still waiting in line," he said.'
    )
    assert names(text) == [None]


def test_a_title_noun_before_a_name_after_the_makes_a_person() -> None:
    text = 'Writing last week, the retired general Khalid al-Mutairi called the deals "a very expensive way."'
    assert [(s.name, s.kind) for s in speakers(text)] == [("Khalid al-Mutairi", "person")]


def test_she_after_a_trailing_attribution_is_its_speaker() -> None:
    text = (
        'Jordan Mills, a gunner, said he had never seen snow. "My mom sends hand warmers," he said.\n'
        "Lithuanian conscripts will join two exercises this spring, Capt. Tanya Brightwater said. She "
        'called the arrangement "the best training deal in Europe."'
    )
    assert names(text) == ["Jordan Mills", "Tanya Brightwater"]


def test_a_document_named_with_its_author_speaks_for_the_author() -> None:
    text = (
        "Lithuania has spent €370 million, according to a briefing document from the Lithuanian Ministry "
        'of National Defence. The document says the country will need "at least another €250 million."'
    )
    assert names(text) == ["Lithuanian Ministry of National Defence"]
    text = (
        "Forty percent of submarines wait for repair, according to a Government Accountability Office "
        'report published in April. The report said the backlog had cost "the equivalent of 18 ship-years."'
    )
    assert names(text) == ["Government Accountability Office"]
