"""Check the p7 gold files against their pages, using only the standard library.

Why: a gold quote or figure that does not occur in the article's visible text can never
be matched, and a quoted span or number that the gold forgot silently lowers recall.
This script extracts the article body of each page (the container named in BODY, minus
the furniture named there), then checks every gold entry against it and every quoted
span and number in it against the gold.

Usage: python check_gold.py [FOLDER]   (defaults to this file's folder)
"""

import json
import re
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

Spec = tuple[str | None, str, str]

# Where the article body lives on each page and which furniture inside it is not article.
BODY: dict[str, tuple[Spec, list[Spec]]] = {
    "p7-baltic-cable-patrols": (
        ("div", "data-testid", "ArticleBody"),
        [
            ("div", "data-testid", "TwitterEmbed"),
            ("div", "data-testid", "Newsletter"),
            ("figure", "", ""),
            ("p", "data-testid", "SignOffLine"),
        ],
    ),
    "p7-guard-poland-deployment": (
        ("div", "class", "article-body"),
        [
            ("div", "class", "photo-container"),
            ("div", "class", "ad-slot"),
            ("div", "class", "related-inline"),
        ],
    ),
    "p7-army-interceptor-drones": (
        ("div", "class", "entry-content"),
        [
            ("aside", "class", "pullquote"),
            ("p", "class", "related-inline"),
            ("div", "class", "newsletter-inline"),
            ("figure", "", ""),
        ],
    ),
    "p7-mod-frigate-delay": (
        ("div", "class", "article-body-commercial-selector"),
        [("figure", "", "")],
    ),
    "p7-second-thomas-shoal": (
        ("section", "data-qa", "ArticleBody"),
        [
            ("figure", "", ""),
            ("div", "class", "more-on-this"),
            ("div", "class", "advertisement"),
        ],
    ),
    "p7-bavaria-housing-allowance": (
        ("div", "class", "article-body"),
        [
            ("div", "class", "article-photo"),
            ("div", "class", "embed"),
            ("div", "class", "newsletter-promo"),
        ],
    ),
    "p7-ndaa-drone-ban-fight": (
        ("div", "class", "story-text"),
        [
            ("figure", "", ""),
            ("aside", "class", "pro-teaser"),
            ("div", "class", "story-embed"),
            ("div", "class", "newsletter-inline"),
        ],
    ),
    "p7-icebreaker-gap": (
        ("div", "class", "entry-content"),
        [("blockquote", "class", "wp-block-quote"), ("figure", "", "")],
    ),
    "p7-f35-arrival-noise": (
        ("div", "class", "story-body"),
        [
            ("div", "class", "ad-container"),
            ("div", "class", "read-also"),
            ("div", "class", "app-promo-inline"),
        ],
    ),
    "p7-kharkiv-drone-workshop": (
        ("div", "class", "article-body"),
        [
            ("aside", "class", "pullquote"),
            ("figure", "", ""),
            ("p", "class", "section-break__glyph"),
        ],
    ),
}

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"}
VOID |= {"source", "track", "wbr"}
INVISIBLE = {"script", "style", "noscript", "template", "head", "svg"}
BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br"}
BLOCK |= {"blockquote", "figure", "figcaption", "section", "article", "aside", "hr"}
BLOCK |= {"header", "footer", "nav", "main", "table", "tr", "td", "address"}

KINDS = {"percent", "money", "count", "quantity"}
OPEN, CLOSE = "“", "”"
NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "half",
    "third",
    "quarter",
    "twice",
]
WORDS_RE = r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b"
NUMBER_RE = re.compile(r"\d[\d,.]*\d|\d|" + WORDS_RE, re.IGNORECASE)


def matches(spec: Spec, tag: str, attrs: dict[str, str]) -> bool:
    """True when tag/attrs fit spec; class matches any one of its space-separated tokens."""
    want_tag, attr, value = spec
    if want_tag is not None and tag != want_tag:
        return False
    if not attr:
        return True
    have = attrs.get(attr) or ""
    return value in have.split() if attr == "class" else have == value


class BodyText(HTMLParser):
    """Collect visible text of one container, skipping furniture, one paragraph a line."""

    def __init__(self, container: Spec, skips: list[Spec]) -> None:
        super().__init__(convert_charrefs=True)
        self.container, self.skips = container, skips
        self.stack: list[tuple[str, bool, bool, bool]] = []
        self.inside = self.skipping = self.hidden = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Push the element and note whether it opens the body, furniture or hidden text."""
        amap = {k: v or "" for k, v in attrs}
        if tag in BLOCK:
            self.parts.append("\n")
        if tag in VOID:
            return
        opens = not self.inside and matches(self.container, tag, amap)
        skips = bool(self.inside) and any(matches(s, tag, amap) for s in self.skips)
        hides = tag in INVISIBLE
        self.inside += opens
        self.skipping += skips
        self.hidden += hides
        self.stack.append((tag, opens, skips, hides))

    def handle_endtag(self, tag: str) -> None:
        """Pop back to the matching element, undoing its flags."""
        if tag in BLOCK:
            self.parts.append("\n")
        if tag in VOID or all(t != tag for t, *_ in self.stack):
            return
        while self.stack:
            name, opens, skips, hides = self.stack.pop()
            self.inside -= opens
            self.skipping -= skips
            self.hidden -= hides
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        """Keep text only inside the body, outside furniture and invisible elements."""
        if self.inside and not self.skipping and not self.hidden:
            self.parts.append(data)

    def paragraphs(self) -> list[str]:
        """Body text split into non-empty, whitespace-collapsed paragraphs."""
        lines = "".join(self.parts).split("\n")
        return [" ".join(line.split()) for line in lines if line.strip()]


def quoted_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each span between double quotation marks; an unclosed one runs to
    the end of the paragraph, as in a quote continued over several paragraphs."""
    spans, start = [], None
    for i, ch in enumerate(paragraph):
        if start is None and ch in (OPEN, '"'):
            start = i + 1
        elif start is not None and ch in (CLOSE, '"'):
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(paragraph)))
    return spans


def mask_quotes(paragraph: str) -> str:
    """The paragraph with every quoted span blanked out, leaving only narration."""
    chars = list(paragraph)
    for a, b in quoted_spans(paragraph):
        chars[a:b] = ["\0"] * (b - a)
    return "".join(chars)


@dataclass
class Report:
    """Errors and counts for one page."""

    slug: str
    errors: list[str] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)


def check_shape(gold: dict, slug: str, rep: Report) -> None:
    """Top-level keys, url_suffix and speaker entries."""
    for key in ("url_suffix", "speakers", "quotes", "figures", "notes"):
        if key not in gold:
            rep.errors.append(f"missing key {key}")
    if gold.get("url_suffix") != f"{slug}.html":
        rep.errors.append(f"url_suffix {gold.get('url_suffix')!r} != {slug}.html")
    names = [s.get("name") for s in gold.get("speakers", [])]
    if len(names) != len(set(names)):
        rep.errors.append("duplicate speaker names")
    for sp in gold.get("speakers", []):
        for key in ("name", "aliases", "title", "organization"):
            if key not in sp:
                rep.errors.append(f"speaker {sp.get('name')!r} lacks {key}")
        if sp.get("kind") not in (None, "organization"):
            rep.errors.append(f"speaker {sp.get('name')!r}: kind {sp['kind']!r}")


def check_quotes(gold: dict, paras: list[str], rep: Report) -> None:
    """Every gold quote is a quoted span of the body; every other span is a non-quote
    that the notes repeat inside double quotation marks."""
    names = {s["name"] for s in gold["speakers"]}
    spans = {p[a:b] for p in paras for a, b in quoted_spans(p)}
    texts = [q["text"] for q in gold["quotes"]]
    for q in gold["quotes"]:
        if q["speaker"] is not None and q["speaker"] not in names:
            rep.errors.append(f"quote speaker {q['speaker']!r} not in speakers")
        if q["text"] not in spans:
            rep.errors.append(f"quote not a quoted span: {q['text'][:60]!r}")
        if "partial" in q and not isinstance(q["partial"], bool):
            rep.errors.append(f"partial must be a bool: {q['text'][:40]!r}")
    noted = gold["notes"]
    for span in spans - set(texts):
        if f"{OPEN}{span}{CLOSE}" not in noted and f'"{span}"' not in noted:
            rep.errors.append(f"quoted span neither gold nor noted: {span[:60]!r}")
    quoted = {q["speaker"] for q in gold["quotes"]}
    for name in names - quoted:
        rep.errors.append(f"speaker {name!r} has no quote")


def check_figures(gold: dict, paras: list[str], rep: Report) -> None:
    """Each figure's raw is in the body, in a quote of its speaker, or in narration."""
    body = "\n".join(paras)
    by_speaker: dict[str | None, list[str]] = {}
    for q in gold["quotes"]:
        by_speaker.setdefault(q["speaker"], []).append(q["text"])
    outside = "\n".join(mask_quotes(p) for p in paras)
    for f in gold["figures"]:
        raw = f["raw"]
        if raw not in body:
            rep.errors.append(f"figure raw not in body: {raw!r}")
        if f["kind"] not in KINDS:
            rep.errors.append(f"figure {raw!r} has kind {f['kind']!r}")
        if not isinstance(f["value"], (int, float)):
            rep.errors.append(f"figure {raw!r} value is not a number")
        if f["kind"] == "percent" and f["unit"] != "percent":
            rep.errors.append(f"percent {raw!r} unit must be 'percent'")
        if f["kind"] == "money" and not re.fullmatch(r"[A-Z]{3}", f["unit"]):
            rep.errors.append(f"money {raw!r} unit must be an ISO code")
        speaker = f.get("speaker")
        said = by_speaker.get(speaker, [])
        if speaker is not None and not any(raw in t for t in said):
            rep.errors.append(f"figure {raw!r} not inside a quote by {speaker!r}")
        if speaker is None and raw not in outside:
            rep.errors.append(f"figure {raw!r} has no speaker yet is only in quotes")


def non_figures(notes: str) -> str:
    """The 'Non-figures: ...' lists of the notes (each ends at a full stop that is
    followed by a new sentence), so a figure merely discussed in notes is not excused."""
    return " ".join(re.findall(r"Non-figures: (.*?)\.(?= [A-Z'“]|$)", notes))


def noted_pattern(token: str) -> str:
    """A digit run may sit inside a designation (F-35A, 238th); a number word must be a word."""
    if token[0].isdigit():
        return r"(?<![\d,.])" + re.escape(token) + r"(?![\d])"
    return r"\b" + re.escape(token.lower()) + r"\b"


def check_numbers(gold: dict, paras: list[str], rep: Report) -> None:
    """Every number in the body is covered by a figure raw or listed as a non-figure."""
    notes = non_figures(gold["notes"]).lower()
    for p in paras:
        covered = [False] * len(p)
        for f in gold["figures"]:
            for m in re.finditer(re.escape(f["raw"]), p):
                covered[m.start() : m.end()] = [True] * (m.end() - m.start())
        for m in NUMBER_RE.finditer(p):
            token = m.group(0)
            if all(covered[m.start() : m.end()]):
                continue
            if re.search(noted_pattern(token), notes):
                continue
            around = p[max(0, m.start() - 30) : m.end() + 30]
            rep.errors.append(f"number {token!r} not a figure nor noted: …{around}…")


def check_page(folder: Path, slug: str) -> Report:
    """Run every check for one page and count what its gold holds."""
    rep = Report(slug)
    gold_path, page_path = folder / f"{slug}.gold.json", folder / f"{slug}.html"
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        rep.errors.append(f"gold unreadable: {exc}")
        return rep
    container, skips = BODY[slug]
    parser = BodyText(container, skips)
    parser.feed(page_path.read_text(encoding="utf-8"))
    paras = parser.paragraphs()
    if not paras:
        rep.errors.append("no body text found")
        return rep
    check_shape(gold, slug, rep)
    if rep.errors:
        return rep
    check_quotes(gold, paras, rep)
    check_figures(gold, paras, rep)
    check_numbers(gold, paras, rep)
    quotes = gold["quotes"]
    rep.stats = {
        "words": sum(len(p.split()) for p in paras),
        "kb": page_path.stat().st_size // 1024,
        "quotes": len(quotes),
        "partials": sum(bool(q.get("partial")) for q in quotes),
        "null": sum(q["speaker"] is None for q in quotes),
        "speakers": len(gold["speakers"]),
        "orgs": sum(s.get("kind") == "organization" for s in gold["speakers"]),
        "figures": len(gold["figures"]),
    }
    return rep


def main(argv: list[str]) -> int:
    """Check every page named in BODY; print errors and a count table."""
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    reports = [check_page(folder, slug) for slug in BODY]
    totals: dict[str, int] = {}
    for rep in reports:
        for err in rep.errors:
            print(f"{rep.slug}: {err}")
        for key, val in rep.stats.items():
            totals[key] = totals.get(key, 0) + val
        print(f"{rep.slug}: {rep.stats}")
    print(f"TOTAL pages={len(reports)} {totals}")
    bad = sum(len(r.errors) for r in reports)
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
