"""Quote spans: marks, paragraphs, partial quotes and what is not a quote."""

from __future__ import annotations

from tasks.quotes import find_quotes


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_straight_and_curly_quotes_exclude_the_marks() -> None:
    text = '"We will win," Rutte said. “Second one,” Hegseth said.'
    assert texts(text) == ["We will win,", "Second one,"]


def test_mixed_straight_and_curly_marks_pair_by_flanking() -> None:
    text = '"A great day for our Country!” Trump tweeted. “Specifically, it was fine," she said.'
    assert texts(text) == ["A great day for our Country!", "Specifically, it was fine,"]


def test_guillemets_and_german_marks() -> None:
    text = (
        "«Nous tiendrons tous nos engagements», a dit Ravel.\n"
        "„Wir bauen Werke, aber wir brauchen Verträge“, sagte Mahler."
    )
    assert texts(text) == [
        "Nous tiendrons tous nos engagements",
        "Wir bauen Werke, aber wir brauchen Verträge",
    ]


def test_split_quote_is_two_spans() -> None:
    text = '"When all is said," he said, "you will see it differently."'
    assert texts(text) == ["When all is said,", "you will see it differently."]


def test_multi_paragraph_quote_continues_and_each_paragraph_is_a_span() -> None:
    text = (
        '"Heads must roll," he said. "The bureau needs to answer.\n"These guards are not alone," Sasse said.'
    )
    spans = find_quotes(text)
    assert [text[q.start : q.end] for q in spans] == [
        "Heads must roll,",
        "The bureau needs to answer.",
        "These guards are not alone,",
    ]
    assert spans[1].close_at is None
    assert spans[2].continues


def test_inner_single_quotes_and_brackets_stay_inside() -> None:
    text = "\"He said 'no linkage' at that level of 5% [of GDP] today,\" she said."
    assert texts(text) == ["He said 'no linkage' at that level of 5% [of GDP] today,"]


def test_partial_quote_in_narration_is_flagged() -> None:
    text = 'Hegseth then thanked Rutte for having "hard and necessary" conversations with him.'
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "hard and necessary"
    assert q.is_partial


def test_quote_after_colon_or_comma_is_not_partial() -> None:
    text = 'Rasa Vaitkute said: "Every scramble is a reminder." She added, "We stay ready."'
    assert [q.is_partial for q in find_quotes(text)] == [False, False]


def test_fragment_continued_by_narration_is_partial() -> None:
    text = '"We do not want those people" working in prisons, she said.'
    (q,) = find_quotes(text)
    assert q.is_partial


def test_scare_quotes_labels_titles_and_nicknames_are_rejected() -> None:
    text = (
        'A "phase one" trade deal was supposed to be limited.\n'
        'The so-called "gray zone" is growing.\n'
        'The drill, dubbed "Steel Tide", starts today.\n'
        'The review, titled "Ready for Anything", was published.\n'
        'James "Mad Dog" Mattis attended the meeting.\n'
        'Protesters held "save the students" marches across the city.'
    )
    assert texts(text) == []


def test_short_quote_with_speech_verb_nearby_is_kept() -> None:
    text = (
        'Sen. Ted Cruz called the suicide a "profound indictment of the system."\nShe said it was "accurate."'
    )
    assert texts(text) == ["profound indictment of the system.", "accurate."]


def test_headline_lines_without_sentence_punctuation_are_skipped() -> None:
    text = 'Staffers "do not care" about rules\n"We will fix it," the warden said.'
    assert texts(text) == ["We will fix it,"]


def test_pull_quote_duplicate_is_dropped() -> None:
    body = "We are building plants, but we need contracts for ten years"
    text = f'"{body}," Mahler said.\n"{body}"'
    assert texts(text) == [body + ","]


def test_unbalanced_mark_mid_paragraph_is_dropped() -> None:
    assert texts('The 12" gun and a stray " mark appear here.') == []


# --- Short fragments in reported speech, ratings, whole quoted sentences ---


def test_fragment_in_a_reported_speech_clause_far_from_its_verb_is_kept() -> None:
    text = (
        "Orla Venn said the retailer had absorbed most of the higher costs on imported goods, "
        'including shoes and coats, and had "selectively" raised prices.'
    )
    assert texts(text) == ["selectively"]
    text = 'The retailer had "selectively" raised prices this year.'
    assert texts(text) == []


def test_article_before_a_fragment_after_said_that_is_kept() -> None:
    text = 'Vice Chair Ansel Krie said on Monday that a cut would need a "material change" in data.'
    assert texts(text) == ["material change"]
    text = 'The bank saw a "material change" in the data.'
    assert texts(text) == []


def test_rating_of_a_stock_is_a_label() -> None:
    text = '"Shares are cheap," said Io Marsh, an analyst who rates the stock "outperform."'
    assert texts(text) == ["Shares are cheap,"]
    text = '"Shares are cheap," said Io Marsh, who expects the company to "outperform."'
    assert texts(text) == ["Shares are cheap,", "outperform."]


def test_whole_quoted_sentence_after_its_attribution_sentence_is_kept() -> None:
    text = '"Every test teaches us," he said. "We are listening."'
    assert texts(text) == ["Every test teaches us,", "We are listening."]
    text = 'The team was told to prepare. "Gray zone" tactics rose.'
    assert texts(text) == []


def test_second_partial_quote_after_a_speech_verb_is_kept() -> None:
    text = (
        'The White House said it welcomed "a fair trial that respects the law" and expected '
        'the president to be "fully cleared."'
    )
    assert texts(text) == ["a fair trial that respects the law", "fully cleared."]


def test_name_given_with_call_in_a_relative_clause_is_not_a_quote() -> None:
    text = 'The attack was the work of a gang that investigators call "Cobalt Moth," officials said.'
    assert texts(text) == []


def test_call_before_spoken_words_keeps_the_quote() -> None:
    text = 'It was a plan that officials called "a dangerous escalation of the conflict," she said.'
    assert texts(text) == ["a dangerous escalation of the conflict,"]


def test_programme_title_closing_a_said_on_sentence_is_no_quote() -> None:
    assert texts('"We will not blink," Gov. Ada Vance said on "Morning Watch."') == ["We will not blink,"]
    assert texts('"We will not blink," Gov. Ada Vance told WRKO\'s "The Big Hour."') == ["We will not blink,"]
    assert texts('Gov. Ada Vance insisted on "a full review."') == ["a full review."]


def test_long_title_after_titled_is_no_quote() -> None:
    text = "In a report titled “Air Defense: Radar Program Faces Production Risks,” auditors found delays."
    assert texts(text) == []
    text = "She said the report “Faces Rising Production Risks Across Every Program,” and left."
    assert texts(text) == ["Faces Rising Production Risks Across Every Program,"]


def test_fragment_in_a_reported_clause_without_that_is_kept() -> None:
    text = 'The ministry said its forces had carried out a "massive strike" on plants.'
    assert texts(text) == ["massive strike"]
    text = 'The drill is called a "gray zone" exercise by planners.'
    assert texts(text) == []


def test_a_rate_someone_called_something_is_their_words() -> None:
    text = 'Few applied, she said, a rate she called "far too low" for the program.'
    assert texts(text) == ["far too low"]
    assert texts('Nomura rates the stock "buy" now.') == []


def test_a_name_someone_gives_in_the_present_is_a_label() -> None:
    assert texts("It had help from what the government calls its “Russian instructors.”") == []
    assert texts("He denounced what he called “a historic betrayal,” she said.") == ["a historic betrayal,"]


def test_names_of_works_laws_and_people_are_labels() -> None:
    assert texts("Soldiers called him “the Professor,” for his reading lists.") == []
    assert texts("His 1999 memoir, “Ground Truth: A Soldier’s Education,” was required reading.") == []
    assert texts('The bill, the "Warfighter Readiness and Pay Act," passed.') == []
    assert texts('She called him "a liar," officials said.') == ["a liar,"]


def test_the_noun_rates_is_no_rating() -> None:
    assert texts('A policymaker said rates were "not going lower" this year.') == ["not going lower"]
    assert texts('She said interest rates were "still restrictive."') == ["still restrictive."]
    assert texts('Moody\'s rated Ukraine "Caa3" last year.') == []


def test_a_summary_box_opening_the_article_holds_no_quotes() -> None:
    text = 'Key points:\n- The Opposition says it took "far too long"\nIt was signed. "It is done," she said.'
    assert texts(text) == ["It is done,"]


def test_a_call_sign_is_a_name_not_a_quote() -> None:
    text = 'A pilot, who goes by the call sign "Bison," said the drones struggle in rain.'
    assert find_quotes(text) == []
    text = 'A pilot said the drones "struggle in rain and high wind," and crews modify them.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["struggle in rain and high wind,"]
