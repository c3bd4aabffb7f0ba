"""Currencies as news prose writes them: symbols and codes before an amount, words after it, the
country adjective or the country in the story that settles which currency a word means, and the
dollar an outlet's own "$" means.

Plain tables and lookups used by `tasks/numbers.py`'s callers (the figure scan); kept apart from
the number words and units so each module holds one idea.
"""

from __future__ import annotations

import re
from typing import Final

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
