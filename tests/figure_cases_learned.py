"""Figure cases learned from the held-out sets (6 and on): sentences and the figures they hold (or
not), in the table form of figure_cases.py."""

from __future__ import annotations

LEARNED_POSITIVE = [
    # learned from held-out set 6: "and a half" before a scale, hyphenated shares and two-word units,
    # an opening gerund or "A" before the number, an elided count after "than the"
    (
        "We will spend eight and a half billion dollars.",
        [("money", 8.5e9, "USD", "eight and a half billion dollars")],
    ),
    ("Some two and a half dozen boats came.", [("count", 30, "boats", "two and a half dozen boats")]),
    ("Markets priced a one-in-three chance of a cut.", [("percent", 100 / 3, "percent", "one-in-three")]),
    ("It lies in the 200-nautical-mile zone.", [("quantity", 200, "nautical miles", "200-nautical-mile")]),
    ("Waiting two more years means delay.", [("quantity", 2, "years", "two more years")]),
    ("A 90-day extension was given.", [("quantity", 90, "days", "90-day")]),
    (
        "Tokyo curbed exports to South Korea of three chemicals.",
        [("count", 3, "chemicals", "three chemicals")],
    ),
    (
        "It will buy 16 radars rather than the 22 it had planned.",
        [("count", 16, "radars", "16 radars"), ("count", 22, "radars", "22")],
    ),
    # a bare level restating a price said before, in its currency
    (
        "The krone rose to 10.08 kroner per euro. It had touched a low of 10.27 last month.",
        [("money", 10.08, "NOK", "10.08 kroner"), ("money", 10.27, "NOK", "10.27")],
    ),
    # ...only after a word that sets a level
    ("It cost $10.50. Judges scored 10.5 and 9.95.", [("money", 10.5, "USD", "$10.50")]),
]

LEARNED_NEGATIVE = [
    # a body named by its number; "one" as an article before a speaker and a prepositional phrase
    "Ministers of the Group of 20 met. The Gang of Eight senators agreed.",
    "In Lima, one physical trader at a Peruvian merchant said premiums rose.",
]
