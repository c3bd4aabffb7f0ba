"""Numbers as news prose writes them: digits, number words, scales, currencies, units.

Plain tables and parsers used by `tasks/figures.py`, and the scan for runs of number words
(`word_runs`). Kept apart so the figure scanner reads as rules about *where* a number measures
something, not about how "forty-five" spells 45.
"""

from __future__ import annotations

import re
from typing import Final

from mypy_extensions import i64

SMALL: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: Final = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# Scale words and abbreviations that may follow digits ("1.2 billion", "€1.2bn", "£300m").
# Single letters (m, b, k) only count when glued to the digits of an amount of money.
MULTIPLIERS: Final = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "mln": 1e6,
    "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "m": 1e6, "b": 1e9, "k": 1e3, "crore": 1e7,
    "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}  # fmt: skip
GLUED_ONLY: Final = frozenset({"m", "b", "k"})

FRACTIONS: Final = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip


def trie_pattern(words: list[str]) -> str:
    """A regex alternation of `words` factored by common prefixes, so failing costs one char test.

    It matches what the plain alternation of the words sorted longest first matches, with the same
    preference (two words matching at one offset are prefixes of one another: the longer is tried
    first). A space in a word matches any run of whitespace."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict) -> str:
    alts = [
        (r"\s+" if ch == " " else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch
    ]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


_WORD_ALT: Final = trie_pattern([*SMALL, *TENS])
_UNIT_ALT: Final = "one|two|three|four|five|six|seven|eight|nine"
_SCALE_ALT: Final = "hundred|thousand|million|billion|trillion|dozen"
_ONE_WORD: Final = rf"{_WORD_ALT}(?:-(?:{_UNIT_ALT}))?"
# A number word after a blank that opens a compound adjective is no part of the run before it:
# "three one-way attack drones", "two one-year tours" (but "twenty-one" joins by its hyphen).
_NOT_COMPOUND: Final = (
    r"(?!-(?:way|off|time|sided|size|stop|party|man|liner|on-one|year|month|week|day|hour)\b)"
)
# A run of number words in lowercased text: "forty-five", "one hundred and twenty", "two dozen",
# "a million".
_WORDNUM_TAIL: Final = (
    rf"(?:\s+(?:{_ONE_WORD}|{_SCALE_ALT})\b{_NOT_COMPOUND}|-(?:{_ONE_WORD}|{_SCALE_ALT})\b"
    rf"|(?<=hundred)\s+and\s+{_ONE_WORD}\b"
    r"|(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b)*"
)
# "a half-dozen", "half a dozen": six.
_HALF_DOZEN: Final = r"(?:an?\s+)?half(?:-|\s+)(?:a\s+)?dozen\b"
WORDNUM: Final = rf"(?:\b{_ONE_WORD}\b|\b(?:an?)(?=\s+(?:{_SCALE_ALT})\b)|\b{_HALF_DOZEN}){_WORDNUM_TAIL}"
# The same runs found one character early: a non-word character, then WORDNUM without its leading \b
# (implied by that character) in group 1. A pattern that opens with a character class lets the regex
# engine skip to the next candidate instead of testing a word boundary at every offset. Every match
# of WORDNUM but one at offset 0 is a match of this, and none overlaps the previous one.
WORDNUM_AFTER_GAP: Final = (
    rf"\W((?:{_ONE_WORD}\b|(?:an?)(?=\s+(?:{_SCALE_ALT})\b)|{_HALF_DOZEN}){_WORDNUM_TAIL})"
)
# Starts with a plain \d so the regex engine can skip ahead to the next digit quickly.
DIGITS: Final = r"\d(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?"

_TOKEN: Final = re.compile(r"[a-z]+")
_HALF_DOZEN_RE: Final = re.compile(_HALF_DOZEN)
_AND_A_HALF: Final = re.compile(
    r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?=$|(?:\s+|-)(?:hundred|thousand|[mbtr]illion|dozen))"
)
_ONE_TOKEN: Final = {word: 0.0 + value for word, value in (SMALL | TENS).items()}  # what parse_words gives


def ascii_lower(text: str) -> str:
    """Lowercase of ASCII letters only, one char per char, so offsets into it are offsets into text."""
    return text.encode("latin-1", "replace").lower().decode("latin-1")


WORD_RUN: Final = re.compile(WORDNUM)
WORD_RUN_AFTER_GAP: Final = re.compile(WORDNUM_AFTER_GAP)
# Every run of number words starts with one of these as a whole word, or with the "a"/"an" before a
# scale word or "half" ("a million", "a half-dozen"). The article's words are looked for as bytes,
# with every character that is not a word character made a space.
_LEADS: Final = [*SCALES, "dozen", "half"]
_LEAD_BYTES: Final = frozenset(w.encode() for w in _LEADS)
_STARTS: Final = frozenset(w.encode() for w in [*SMALL, *TENS, *_LEADS])
_NONWORD_TO_SPACE: Final = bytes(b if chr(b).isalnum() or b == 0x5F else 0x20 for b in range(256))


def _start_pairs() -> bytes:
    """For each pair of first two bytes (256 * first + second), a bit for each length (3 to 10) of
    a word of _STARTS that starts with them: most words are ruled out without a slice."""
    table = bytearray(256 * 256)
    for word in _STARTS:
        table[word[0] * 256 + word[1]] |= 1 << (len(word) - 3)
    return bytes(table)


_START_PAIRS: Final = _start_pairs()


def word_runs(low: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every run of number words in low = ascii_lower(text), as WORD_RUN at
    offset 0 then WORD_RUN_AFTER_GAP's finditer would find them, by start.

    The regex is tried only where a word that can start a run stands: an article holds few, and
    finding them is far cheaper than trying the regex after every non-word character."""
    words = b" " + low.encode("latin-1").translate(_NONWORD_TO_SPACE) + b" "  # offsets + 1
    first = WORD_RUN.match(low)
    runs = [(first.start(), first.end(), first.group())] if first else []
    starts: list[int] = []
    for at, word in _start_words(words):
        if word in _LEAD_BYTES:
            starts += _article_before(low, at)
        if word not in _LEAD_BYTES or word == b"half":  # "half-dozen" starts a run too
            starts.append(at)
    pos = first.end() if first else 0
    for start in sorted(starts):
        m = WORD_RUN_AFTER_GAP.match(low, start - 1) if start > pos else None
        if m:
            run, pos = m.span(1)  # the run ends the match
            runs.append((run, pos, low[run:pos]))
    return runs


def _start_words(words: bytes) -> list[tuple[int, bytes]]:
    """(offset, word) of every word of `words` (a run of bytes other than spaces; `words` starts
    and ends with a space) in _STARTS, in order, the offset one less than in `words` (the offset in
    the text). A walk over the bytes, native when compiled: a regex tried after every space cost
    more than all the rest of the number scan."""
    found: list[tuple[int, bytes]] = []
    n: i64 = len(words)
    i: i64 = 1
    while i < n:
        if words[i] == 0x20:
            i += 1
            continue
        j: i64 = i + 1
        while words[j] != 0x20:  # the last byte is a space
            j += 1
        size = j - i
        if 3 <= size <= 10 and (_START_PAIRS[words[i] * 256 + words[i + 1]] >> (size - 3)) & 1:
            word = words[i:j]
            if word in _STARTS:
                found.append((i - 1, word))
        i = j + 1
    return found


def _article_before(low: str, at: int) -> tuple[int, ...]:
    """Start of the "a" or "an" right before the word at `at` ("a million", "an half-dozen")."""
    i = at
    while i and low[i - 1].isspace():
        i -= 1
    if i == at:
        return ()
    if low[i - 1 : i] == "a":
        return (i - 1,)
    return (i - 2,) if low[i - 2 : i] == "an" else ()


def parse_words(words: str) -> float | None:
    """Value of a run of number words ("two dozen" -> 24, "a million" -> 1e6, "two-and-a-half" ->
    2.5, "a half-dozen" -> 6); None if not one."""
    if words in _ONE_TOKEN:
        return _ONE_TOKEN[words]
    low = words.lower()
    half = _AND_A_HALF.search(low)
    if half:
        head = low[: half.start()]
        whole = parse_words(head)
        scale = _scale_of(low[half.end() :])  # "eight and a half billion": 8.5 billion
        if whole is None or scale is None:
            return None
        last = head.rsplit(None, 1)[-1]
        if last in SCALES or last == "dozen":  # "a million and a half": half a million more
            return (whole + SCALES.get(last, 12) / 2) * scale
        return (whole + 0.5) * scale
    low = _HALF_DOZEN_RE.sub("six", low)
    total, current, seen = 0.0, 0.0, False
    for tok in _TOKEN.findall(low):
        if tok in ("a", "an"):
            current, seen = 1.0, True
        elif tok in SMALL:
            current, seen = current + SMALL[tok], True
        elif tok in TENS:
            current, seen = current + TENS[tok], True
        elif tok == "hundred":
            current = (current or 1.0) * 100
        elif tok == "dozen":
            current = (current or 1.0) * 12
        elif tok in SCALES:
            total += (current or 1.0) * SCALES[tok]
            current = 0.0
        elif tok != "and":
            return None
    return total + current if seen else None


def _scale_of(words: str) -> float | None:
    """The product of scale words ("billion" -> 1e9, "" -> 1); None if another word is among them."""
    scale = 1.0
    for tok in _TOKEN.findall(words):
        if tok not in SCALES and tok != "dozen":
            return None
        scale *= SCALES.get(tok, 12)
    return scale


def parse_digits(digits: str) -> float:
    """Value of "1,500.5" -> 1500.5."""
    return float(digits.replace(",", ""))


# Currency written before the amount ("US$2 trillion", "€1.2bn", "Rs 500", "USD 5 million").
CURRENCY_SYMBOLS: Final = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "€": "EUR",
    "£": "GBP", "¥": "JPY", "CN¥": "CNY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₽": "RUB",
    "₩": "KRW", "₪": "ILS", "₺": "TRY", "₴": "UAH", "CHF": "CHF", "RMB": "CNY", "NIS": "ILS",
    "Hr": "UAH",
}  # fmt: skip
# Codes a trade press writes glued to the amount ("USD1.4 billion", "IDR22.6 trillion"): the common
# ones only, since a capital run glued to digits is more often a designation ("MOP1", "ALL4").
GLUED_CODES: Final = """USD EUR GBP JPY CNY RMB IDR INR AUD CAD KRW SGD HKD CHF SEK NOK DKK PLN UAH SAR AED
QAR MYR THB VND TWD NZD ZAR BRL MXN TRY ILS""".split()
_ISO: Final = """
    USD EUR GBP JPY CNY RMB INR CAD AUD NZD HKD SGD CHF RUB KRW ILS TRY UAH BRL MXN SEK NOK DKK PLN ZAR SAR
    AED TWD IDR QAR MYR THB VND
"""
ISO_CODES: Final = frozenset(_ISO.split())
# Currency written after the amount ("850 billion dollars", "1.5 million euros").
CURRENCY_WORDS: Final = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "franc": "CHF", "francs": "CHF",
    "shekel": "ILS", "shekels": "ILS", "hryvnia": "UAH", "hryvnias": "UAH", "lira": "TRY",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "rand": "ZAR",
    "zloty": "PLN", "zlotys": "PLN", "won": "KRW", "krona": "SEK", "kronor": "SEK", "krone": "NOK",
    "kroner": "NOK", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "naira": "NGN", "forint": "HUF",
    "forints": "HUF", "koruna": "CZK", "korunas": "CZK", "boliviano": "BOB", "bolivianos": "BOB",
}  # fmt: skip
# Currency words that name no one currency alone ("pesos", "dinars"): money only after a country.
COUNTRY_ONLY_CURRENCY: Final = frozenset(
    "peso pesos dinar dinars shilling shillings rial rials crown crowns real reais sol soles leu lei".split()
)
# Words that are currencies only next to a scale ("300 million pounds", not "243 pounds").
SCALED_ONLY_CURRENCY: Final = frozenset({"pound", "pounds", "won", "rand"})
# A country adjective before a currency word names the currency: "40 million Canadian dollars" CAD,
# "86.40 Swiss francs" CHF, "500 Danish kroner" DKK. Keys as written (the regex is case-sensitive).
_DOLLAR_ADJECTIVES: Final = {
    "US": "USD", "U.S.": "USD", "American": "USD", "Canadian": "CAD", "Australian": "AUD",
    "New Zealand": "NZD", "Hong Kong": "HKD", "Singapore": "SGD", "Taiwan": "TWD", "Taiwanese": "TWD",
    "Jamaican": "JMD", "Zimbabwean": "ZWL", "Liberian": "LRD", "Namibian": "NAD", "Fijian": "FJD",
}  # fmt: skip
_CURRENCY_ADJECTIVES: Final = {
    "Swiss": "CHF", "Japanese": "JPY", "Chinese": "CNY", "Turkish": "TRY", "Norwegian": "NOK",
    "Danish": "DKK", "Swedish": "SEK", "Icelandic": "ISK", "Russian": "RUB", "British": "GBP",
    "Indian": "INR", "Pakistani": "PKR", "Sri Lankan": "LKR", "Nepalese": "NPR", "Bangladeshi": "BDT",
    "Afghan": "AFN", "Indonesian": "IDR", "Malaysian": "MYR", "Thai": "THB", "Philippine": "PHP",
    "Vietnamese": "VND", "Korean": "KRW", "South Korean": "KRW", "North Korean": "KPW",
    "Israeli": "ILS", "Saudi": "SAR", "Qatari": "QAR", "Iranian": "IRR", "Yemeni": "YER",
    "Omani": "OMR", "Emirati": "AED", "UAE": "AED", "Egyptian": "EGP", "Lebanese": "LBP",
    "Syrian": "SYP", "Sudanese": "SDG", "Iraqi": "IQD", "Jordanian": "JOD", "Kuwaiti": "KWD",
    "Bahraini": "BHD", "Libyan": "LYD", "Algerian": "DZD", "Tunisian": "TND", "Moroccan": "MAD",
    "South African": "ZAR", "Nigerian": "NGN", "Kenyan": "KES", "Ugandan": "UGX",
    "Tanzanian": "TZS", "Ghanaian": "GHS", "Ethiopian": "ETB", "Mexican": "MXN", "Argentine": "ARS",
    "Argentinian": "ARS", "Chilean": "CLP", "Colombian": "COP", "Peruvian": "PEN", "Brazilian": "BRL",
    "Venezuelan": "VES", "Bolivian": "BOB", "Uruguayan": "UYU", "Cuban": "CUP", "Polish": "PLN",
    "Czech": "CZK", "Hungarian": "HUF", "Romanian": "RON", "Ukrainian": "UAH", "Serbian": "RSD",
    "Bulgarian": "BGN", "Georgian": "GEL", "Armenian": "AMD", "Kazakh": "KZT",
}  # fmt: skip
DOLLAR_COUNTRY: Final = {k.lower(): v for k, v in _DOLLAR_ADJECTIVES.items()}
CURRENCY_COUNTRY: Final = {k.lower(): v for k, v in _CURRENCY_ADJECTIVES.items()}
COUNTRY_ADJECTIVES: Final = [*_DOLLAR_ADJECTIVES, *_CURRENCY_ADJECTIVES]  # as written, for the regexes

# Measures: a quantity's unit rather than a count of things. Keys as written, value = plural form
# used when the unit is glued by a hyphen ("a 90-day extension" -> days).
QUANTITY_UNITS: Final = {
    "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
    "month": "months", "year": "years", "decade": "decades", "century": "centuries",
    "winter": "winters", "summer": "summers",
    "mile": "miles", "kilometer": "kilometers", "kilometre": "kilometres", "km": "km",
    "meter": "meters", "metre": "metres", "foot": "feet", "feet": "feet", "ft": "ft", "inch": "inches",
    "yard": "yards", "nautical mile": "nautical miles", "mph": "mph", "knot": "knots",
    "ton": "tons", "tonne": "tonnes", "kilogram": "kilograms", "kg": "kg", "gram": "grams",
    "pound": "pounds", "lb": "lb", "lbs": "lbs", "ounce": "ounces", "barrel": "barrels",
    "gallon": "gallons", "liter": "liters", "litre": "litres", "acre": "acres", "hectare": "hectares",
    "square mile": "square miles", "square kilometer": "square kilometers", "megawatt": "megawatts",
    "gigawatt": "gigawatts", "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh", "degree": "degrees",
    "megaton": "megatons", "kiloton": "kilotons", "cubic meter": "cubic meters", "mm": "mm",
    "cm": "cm", "kt": "kt", "bpd": "bpd", "bushel": "bushels", "cubic yard": "cubic yards",
    "cubic foot": "cubic feet", "cubic feet": "cubic feet", "square foot": "square feet",
    "square feet": "square feet", "square meter": "square meters", "acre-foot": "acre-feet",
    "acre-feet": "acre-feet", "part per million": "parts per million", "ppm": "ppm", "ppb": "ppb",
    "part per billion": "parts per billion", "part per trillion": "parts per trillion",
    # cryptocurrencies have no ISO code: an amount of them is a measured quantity ("75 Bitcoin")
    "bitcoin": "bitcoin", "bitcoins": "bitcoins", "btc": "BTC",
}  # fmt: skip
# Plural spellings map to themselves.
for _unit in list(QUANTITY_UNITS.values()):
    QUANTITY_UNITS.setdefault(_unit.lower(), _unit)
QUANTITY_UNITS.update({"hrs": "hours", "yrs": "years", "mins": "minutes", "sq km": "sq km"})

# Nouns glued by a hyphen that make a count ("a 32-nation alliance" -> 32 nations).
HYPHEN_COUNTS: Final = {
    "member": "members", "nation": "nations", "country": "countries", "state": "states",
    "person": "people", "man": "men", "seat": "seats", "vessel": "vessels", "ship": "ships",
    "page": "pages", "employee": "employees", "worker": "workers", "soldier": "soldiers", "bed": "beds",
    "room": "rooms", "vehicle": "vehicles", "aircraft": "aircraft", "unit": "units",
}  # fmt: skip

QUANTITY_UNIT_RE: Final = trie_pattern(list(QUANTITY_UNITS))  # keys are lowercase; matched with re.I


# A country named earlier in the article settles a currency word that alone names several
# ("rials" in a story about Iran are IRR, in one about Oman OMR, "crowns" in one about Sweden
# SEK); keys are the singular word.
_COUNTRY_NAMES: Final = {
    "Iran": "IRR", "Oman": "OMR", "Yemen": "YER", "Mexico": "MXN", "Philippines": "PHP",
    "Argentina": "ARS", "Chile": "CLP", "Colombia": "COP", "Cuba": "CUP", "Uruguay": "UYU",
    "Iraq": "IQD", "Jordan": "JOD", "Kuwait": "KWD", "Bahrain": "BHD", "Libya": "LYD",
    "Algeria": "DZD", "Tunisia": "TND", "Serbia": "RSD", "Kenya": "KES", "Uganda": "UGX",
    "Tanzania": "TZS", "Somalia": "SOS", "Romania": "RON", "Moldova": "MDL", "Sweden": "SEK",
    "Norway": "NOK", "Denmark": "DKK", "Iceland": "ISK", "Czech Republic": "CZK", "Czechia": "CZK",
    "Central African Republic": "XAF", "Cameroon": "XAF", "Chad": "XAF", "Gabon": "XAF",
    "Equatorial Guinea": "XAF", "Mali": "XOF", "Senegal": "XOF", "Niger": "XOF", "Burkina Faso": "XOF",
    "Ivory Coast": "XOF", "Côte d'Ivoire": "XOF", "Benin": "XOF", "Togo": "XOF", "Guinea-Bissau": "XOF",
}  # fmt: skip
_SHARED_WORD_CODES: Final = {
    "rial": {"IRR", "OMR", "YER"},
    "peso": {"MXN", "PHP", "ARS", "CLP", "COP", "CUP", "UYU"},
    "dinar": {"IQD", "JOD", "KWD", "BHD", "LYD", "DZD", "TND", "RSD"},
    "shilling": {"KES", "UGX", "TZS", "SOS"},
    "leu": {"RON", "MDL"},
    "lei": {"RON", "MDL"},
    "crown": {"SEK", "NOK", "DKK", "ISK", "CZK"},  # English for krona, krone, koruna
    "cfa": {"XAF", "XOF"},  # the Central and the West African CFA franc
}
_COUNTRY_MENTION: Final = re.compile(
    r"\b(" + "|".join(sorted({*_COUNTRY_NAMES, *_CURRENCY_ADJECTIVES}, key=len, reverse=True)) + r")\b"
)
_COUNTRY_CODE: Final = {**_CURRENCY_ADJECTIVES, **_COUNTRY_NAMES}
STORY_REACH: Final = 3000  # characters back a country mention may stand from the amount


def currency_by_country(word: str, text: str, pos: int) -> str | None:
    """ISO code for a currency word several countries share ("rials", "pesos", "dinars"), from the
    last country (name or adjective) mentioned before `pos` that uses it; None when none is."""
    low = word.lower()
    codes = _SHARED_WORD_CODES.get(low[:-1] if low.endswith("s") else low) or _SHARED_WORD_CODES.get(low)
    if not codes:
        return None
    found = None
    for m in _COUNTRY_MENTION.finditer(text, max(0, pos - STORY_REACH), pos):
        code = _COUNTRY_CODE[m.group(1)]
        found = code if code in codes else found
    return found


# Outlets in dollar countries write a bare "$" for their own dollar ("US$" for the American one).
LOCAL_DOLLARS: Final = {".au": "AUD", ".ca": "CAD", ".nz": "NZD", ".sg": "SGD", ".hk": "HKD"}
_HOST: Final = re.compile(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", re.I)


def local_dollar(url: str | None) -> str:
    """The dollar a bare "$" means on a page: the outlet country's, by its domain ("abc.net.au"
    -> AUD), else USD."""
    m = _HOST.match(url or "")
    host = m.group(1).lower() if m else ""
    return next((code for tld, code in LOCAL_DOLLARS.items() if host.endswith(tld)), "USD")


def currency_code(written: str, default: str) -> str:
    """ISO code of a currency written before an amount: a symbol ("€"), or a code itself ("SEK")."""
    return CURRENCY_SYMBOLS.get(written) or (written if written in ISO_CODES else default)


def cfa_franc(text: str, pos: int) -> str:
    """The CFA franc of the country in view before pos: Central (XAF) or West African (XOF)."""
    return currency_by_country("cfa", text, pos) or "XOF"


def currency_of_word(word: str, before: str | None) -> str | None:
    """ISO code for a currency word, decided by the country adjective before it if any ("Swiss
    francs", "Canadian dollars"); a word like "pesos" is money only after one."""
    low = word.lower()
    code = CURRENCY_WORDS.get(low)
    if not before or not (code or low in COUNTRY_ONLY_CURRENCY):
        return code
    country = " ".join(before.lower().split())
    if code == "USD":
        return DOLLAR_COUNTRY.get(country, code)
    return CURRENCY_COUNTRY.get(country, code)
