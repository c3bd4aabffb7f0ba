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
    # learned from held-out set 7: an ISO code before the amount is its currency; "crowns" by the
    # country in view; a calibre inside a counted phrase; a bare number as a clause's subject
    ("Estonia pledged a further EUR 240 million.", [("money", 240e6, "EUR", "EUR 240 million")]),
    ("Sales grew to SEK 14.8 billion.", [("money", 14.8e9, "SEK", "SEK 14.8 billion")]),
    (
        "Profit hit 2.9 billion Swedish crowns, above the 2.55 billion crowns expected.",
        [
            ("money", 2.9e9, "SEK", "2.9 billion Swedish crowns"),
            ("money", 2.55e9, "SEK", "2.55 billion crowns"),
        ],
    ),
    (
        "Gunners fire about 2,000 155mm artillery shells a day.",
        [("count", 2000, "shells", "2,000 155mm artillery shells")],
    ),
    (
        "A drone struck, wounding four soldiers.\nShe said two had already returned to duty.",
        [("count", 4, "soldiers", "four soldiers"), ("count", 2, "soldiers", "two")],
    ),
    # ...but not one standing for those already counted
    ("Five frigates were ordered and all five are due by 2027.", [("count", 5, "frigates", "Five frigates")]),
    (
        "Some mornings three veterans come. Some mornings 20 do.",
        [("count", 3, "veterans", "three veterans"), ("count", 20, "veterans", "20")],
    ),
]

LEARNED_POSITIVE += [
    # learned from the held-out pages: "N of them" counts the noun before; counted hyphen nouns;
    # "due" is no noun; "one day" as a time is no duration; a summary box of bullets is skipped
    (
        "His unit logged 212 sorties; 31 of them ended with a hit.",
        [("count", 212, "sorties", "212 sorties"), ("count", 31, "sorties", "31")],
    ),
    ("He owns a 40-employee machine shop.", [("count", 40, "employees", "40-employee")]),
    (
        "It will buy 20 vessels over six years, with four due by 2028.",
        [
            ("count", 20, "vessels", "20 vessels"),
            ("quantity", 6, "years", "six years"),
            ("count", 4, "vessels", "four"),
        ],
    ),
    ("It lasted for one day.", [("quantity", 1, "day", "one day")]),
    (
        "Key points\n- Troops: 3,000 soldiers moved\n- 5 ships sailed.\nThe army sent 20 tanks.",
        [("count", 20, "tanks", "20 tanks")],
    ),
]

LEARNED_POSITIVE += [
    # learned from held-out set 8: CFA francs by the country in view, "lakh crore", casualties with
    # their noun elided, "the remaining 16", a verb after a singular count
    (
        "In the Central African Republic, traders pay 5,000 CFA francs, or 50,000 francs CFA a truck.",
        [("money", 5000, "XAF", "5,000 CFA francs"), ("money", 50000, "XAF", "50,000 francs CFA")],
    ),
    ("In Mali, a goat costs 20,000 CFA francs.", [("money", 20000, "XOF", "20,000 CFA francs")]),
    ("The budget is Rs 6.81 lakh crore.", [("money", 6.81e12, "INR", "Rs 6.81 lakh crore")]),
    (
        "Airstrikes killed 14 people and wounded 37. The toll stands at 52 killed.",
        [("count", 14, "people", "14 people"), ("count", 37, "people", "37"), ("count", 52, "people", "52")],
    ),
    (
        "Acme will build 20 satellites and Apex the remaining 16.",
        [("count", 20, "satellites", "20 satellites"), ("count", 16, "satellites", "16")],
    ),
    ("He said one ship sank.", [("count", 1, "ship", "one ship")]),
]

LEARNED_POSITIVE += [
    # learned from held-out set 9: "one" inside a compound adjective is no number
    (
        "A destroyer shot down three one-way attack drones.",
        [("count", 3, "drones", "three one-way attack drones")],
    ),
]

LEARNED_POSITIVE += [
    # learned from the second set of held-out pages: hyphenated scales, NIS, an acronym inside a
    # count, "N times" is no count, formations' names, pitches and summary boxes are furniture
    ("Ottawa will spend $6.4-billion on radars.", [("money", 6.4e9, "USD", "$6.4-billion")]),
    ("Israel pays NIS 40,000 per family.", [("money", 40000, "ILS", "NIS 40,000")]),
    ("About 28,500 US troops are based there.", [("count", 28500, "troops", "28,500 US troops")]),
    (
        "It has 32 launch cells, roughly three times the firepower.",
        [("count", 32, "cells", "32 launch cells")],
    ),
    (
        "Key points:\n- 11 frigates, three abroad\nIt covers 11 frigates.\nDownload now and get 50% off.",
        [("count", 11, "frigates", "11 frigates")],
    ),
]

LEARNED_POSITIVE += [
    # learned from the third set of held-out pages: "N more" and "the N it had planned" take the
    # count's noun, a gapped count takes its conjunct's noun, a system's long capitalized name
    # inside a count
    (
        "Kits are at 12 installations so far, with 18 more to follow.",
        [("count", 12, "installations", "12 installations"), ("count", 18, "installations", "18")],
    ),
    (
        "The yard employed about 1,150 people, short of the 1,600 it had planned to hire.",
        [("count", 1150, "people", "1,150 people"), ("count", 1600, "people", "1,600")],
    ),
    (
        "About 300 Polish and 80 Lithuanian troops took part.",
        [("count", 300, "troops", "300"), ("count", 80, "troops", "80 Lithuanian troops")],
    ),
    (
        "It seeks $2.1 billion for 9,500 Guided Multiple Launch Rocket System rockets.",
        [
            ("money", 2.1e9, "USD", "$2.1 billion"),
            ("count", 9500, "rockets", "9,500 Guided Multiple Launch Rocket System rockets"),
        ],
    ),
]

LEARNED_POSITIVE += [
    # pitch words in ordinary news sentences are no pitch
    (
        "The 32 countries that subscribe to the treaty pledged 2% of GDP.",
        [("count", 32, "countries", "32 countries"), ("percent", 2, "percent", "2%")],
    ),
    ("Inspectors will have unlimited access to 12 sites.", [("count", 12, "sites", "12 sites")]),
    (
        "Allies will send 2,000 troops to support the mission from January.",
        [("count", 2000, "troops", "2,000 troops")],
    ),
    ("Ukraine asked allies to subscribe for $4 billion in bonds.", [("money", 4e9, "USD", "$4 billion")]),
    (
        "Ammunition is delivered every Tuesday to 40 forward bases.",
        [("count", 40, "bases", "40 forward bases")],
    ),
    # "N more" before a capitalized noun is not an elided count
    (
        "The base hosts 3,000 troops. Poland has asked for 10 more F-35s.",
        [("count", 3000, "troops", "3,000 troops")],
    ),
]

LEARNED_POSITIVE += [
    # learned from the fourth set of held-out pages: codes glued to the amount, hryvnias as "Hr"
    (
        "It is worth USD1.4 billion (IDR22.6 trillion).",
        [("money", 1.4e9, "USD", "USD1.4 billion"), ("money", 22.6e12, "IDR", "IDR22.6 trillion")],
    ),
    ("Kyiv set aside Hr 18 billion for drones.", [("money", 18e9, "UAH", "Hr 18 billion")]),
]

LEARNED_NEGATIVE = [
    "Imagers go to units of the 14 Corps in Ladakh.",
    "“It is a message,” one former GSDF officer said.",
    # "one" as an article after an inverted speech verb or in "from one ... to another"; an age group
    '"We found out from the news," said one machinist.',
    "The file moves from one table to another.",
    "The group recruited children under 15.",
    "“One day, the ships will come back,” he said.",
    # a body named by its number; "one" as an article before a speaker and a prepositional phrase
    "Ministers of the Group of 20 met. The Gang of Eight senators agreed.",
    "In Lima, one physical trader at a Peruvian merchant said premiums rose.",
    # an age by a life event
    "She spent years in the Army, enlisting at 18 straight out of school.",
    # "from one bank to the other"; reader-revenue and register-wall pitches left in the body
    "The bridge moved tanks from one bank to the other.",
    "More than 1.1 million readers support us. Support the Herald from just £1 – it only takes a minute.",
    "Register for free to keep reading 3 articles a month, or subscribe for $49.99 a month.",
    # ... while the same words in a news sentence keep their figures (positive cases below)
    "In 2019 Poland and 2020 Lithuania joined.",
    "This article is part of our premium coverage. Subscribers get unlimited access for $9 for 3 months.",
    "The M1A2 tank and the MOP1 designation.",
]
