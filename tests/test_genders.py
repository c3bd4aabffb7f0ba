"""Gender evidence used to keep "she said" from resolving to a man (and "he" to a woman)."""

from __future__ import annotations

import pytest

from tasks.genders import agrees, honorific_gender, name_gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Thomas Greer", "m"),
        ("Rebecca Okafor-Lind", "f"),
        ("Celeste Warrick", "f"),
        ("Jean-Pierre Moreau", "m"),
        ("J. Michael Doyle", "m"),
        ("Chan", None),  # one word: a surname, says nothing
        ("Warrick", None),
        ("Quixzal Brandtmore", None),  # not in the dictionary
        ("Pentagon", None),
    ],
)
def test_name_gender_reads_the_first_given_name(name: str, gender: str | None) -> None:
    assert name_gender(name) == gender


def test_honorifics_give_gender_and_ranks_do_not() -> None:
    assert (
        honorific_gender("Mr.") == "m" and honorific_gender("Ms") == "f" and honorific_gender("Dame") == "f"
    )
    assert honorific_gender("Gen.") is None and honorific_gender(None) is None


def test_unknown_gender_never_rules_a_candidate_out() -> None:
    assert agrees("she", "f") and not agrees("she", "m") and not agrees("He", "f")
    assert agrees("she", None) and agrees("they", "m") and agrees("it", "f")


def test_registry_prefers_the_article_s_own_evidence() -> None:
    from tasks.registry import Registry

    registry = Registry("Jordan Blake and Mr. Robin Hale spoke, and Sarah Cole listened.")
    assert registry.agrees("Robin Hale", "he") and not registry.agrees("Robin Hale", "she")
    assert registry.agrees("Sarah Cole", "she") and not registry.agrees("Sarah Cole", "he")
    registry.note_pronoun("Jordan Blake", "she")
    assert registry.agrees("Jordan Blake", "she") and not registry.agrees("Jordan Blake", "he")
    assert registry.agrees("Zorvath Quenby", "he") and not registry.agrees("Zorvath Quenby", "he", known=True)
