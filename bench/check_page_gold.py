"""Check a held-out set's gold files against their pages, using only the standard library.

The article body of each page is the text of the <p> elements inside the page's body
container, minus furniture nested in it (figures, asides, promos, paywall boxes, explainer
boxes). Every gold quote must be a quoted span of that body, every figure raw and context must
occur in it, and every quoted span the gold leaves out must be named in the notes, so no
omission is silent. A figure with a speaker must occur inside a quote of that speaker; a figure
without one must occur outside attributed quotes.

Shared by the page sets' own `check_gold.py` (tests/heldout_pages5, tests/heldout_pages6), which
name each page's body container and call `main`:

    python3 tests/heldout_pages6/check_gold.py            # exit 0 = OK
    python3 tests/heldout_pages6/check_gold.py --numbers  # also list uncovered digit runs, number words
"""

import json
import re
import sys
from html.parser import HTMLParser

FURNITURE_TAGS = {
    "figure",
    "figcaption",
    "aside",
    "nav",
    "script",
    "style",
    "noscript",
    "form",
    "button",
    "header",
    "footer",
    "template",
    "svg",
    "table",
    "blockquote",
    "details",
}
VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "col", "embed", "param", "track"}
KINDS = {"percent", "money", "count", "quantity"}
SPAN = re.compile(r"“([^”]*)(?:”|$)|\"([^\"]*)(?:\"|$)|«\s?([^»]*?)\s?(?:»|$)")
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen half third thirds quarter quarters"
).split()
TOKEN = re.compile(r"\d[\d,.]*\d|\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)


class BodyParser(HTMLParser):
    """Collects the paragraphs of the body container, skipping furniture nested inside it."""

    def __init__(self, marker, furniture):
        super().__init__(convert_charrefs=True)
        self.marker, self.furniture = marker, furniture
        self.stack = []  # tag, opens body, opens furniture
        self.in_body = self.in_furniture = 0
        self.current = None
        self.paragraphs = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        values = {k: v or "" for k, v in attrs}
        key, wanted = self.marker
        opens_body = not self.in_body and wanted in values.get(key, "").split()
        classes = set(values.get("class", "").split())
        opens_furniture = bool(self.in_body or opens_body) and (
            tag in FURNITURE_TAGS or bool(classes & self.furniture)
        )
        self.stack.append((tag, opens_body, opens_furniture))
        self.in_body += opens_body
        self.in_furniture += opens_furniture
        if tag == "p" and self.in_body and not self.in_furniture:
            self.current = []

    def handle_endtag(self, tag):
        if tag in VOID or not self.stack:
            return
        while self.stack:
            name, opened_body, opened_furniture = self.stack.pop()
            if name == "p" and self.current is not None:
                self.paragraphs.append(" ".join("".join(self.current).split()))
                self.current = None
            self.in_body -= opened_body
            self.in_furniture -= opened_furniture
            if name == tag:
                break

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)


def body_paragraphs(html, marker, furniture):
    """The article body of one page, one string per paragraph."""
    parser = BodyParser(marker, furniture)
    parser.feed(html)
    parser.close()
    return [p for p in parser.paragraphs if p]


def quoted_spans(paragraphs):
    """(paragraph index, start, end, text) of what stands between double quotation marks."""
    spans = []
    for i, para in enumerate(paragraphs):
        for match in SPAN.finditer(para):
            g = next(k for k in (1, 2, 3) if match.group(k) is not None)
            spans.append((i, match.start(g), match.end(g), match.group(g)))
    return spans


def occurrences(paragraphs, raw):
    """(paragraph index, start, end) of every occurrence of raw in the body that does not
    sit inside a longer word or number ("12" is not found in "120" or "2012")."""
    found = []
    for i, para in enumerate(paragraphs):
        start = para.find(raw)
        while start != -1:
            end = start + len(raw)
            before = para[start - 1] if start else " "
            after = para[end] if end < len(para) else " "
            glued = (raw[0].isalnum() and before.isalnum()) or (raw[-1].isalnum() and after.isalnum())
            glued = (
                glued
                or (raw[0].isdigit() and before in ",.$")
                or (raw[-1].isdigit() and after == "," and para[end + 1 : end + 2].isdigit())
            )
            if not glued:
                found.append((i, start, end))
            start = para.find(raw, start + 1)
    return found


def section(notes, marker, stop):
    """The parts of the notes that begin at each `marker` and run to the next `stop` (or the end)."""
    parts = []
    at = notes.find(marker)
    while at != -1:
        end = notes.find(stop, at + len(marker))
        parts.append(notes[at : end if end != -1 else len(notes)])
        at = notes.find(marker, at + len(marker))
    return " ".join(parts)


def listed(token, text):
    """Whether token stands in text as a whole number ('155' in '155mm', not in '1550') or word."""
    if token[0].isdigit():
        pattern = r"(?<![\d.,])" + re.escape(token) + r"(?![\d]|[.,]\d)"
    else:
        pattern = r"\b" + re.escape(token) + r"\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


def check_page(gold_path, prefix, body_of, show_numbers):
    """Problems found in one gold file, and the page's counts for the README table."""
    slug = gold_path.name[len(prefix) : -len(".gold.json")]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    html_path = gold_path.with_name(f"{prefix}{slug}.html")
    paragraphs = body_paragraphs(html_path.read_text(encoding="utf-8"), *body_of[slug])
    body = "\n".join(paragraphs)
    spans = quoted_spans(paragraphs)
    problems = []
    if gold.get("url_suffix") != html_path.name:
        problems.append(f"url_suffix {gold.get('url_suffix')!r} is not {html_path.name!r}")
    for s in gold["speakers"]:
        for field in ("name", "aliases", "title", "organization"):
            if field not in s:
                problems.append(f"speaker {s.get('name')!r} lacks {field!r}")
        if s.get("kind") not in (None, "organization"):
            problems.append(f"speaker {s['name']!r} has unknown kind {s['kind']!r}")
    names = [s["name"] for s in gold["speakers"]]
    if len(set(names)) != len(names):
        problems.append("duplicate speaker names")
    speaking = {q["speaker"] for q in gold["quotes"]} - {None}
    problems += [f"quote speaker {n!r} not in speakers" for n in sorted(speaking - set(names))]
    problems += [f"speaker {n!r} has no quote" for n in sorted(set(names) - speaking)]
    # Each gold quote claims one quoted span (multiset match).
    unclaimed = list(spans)
    quote_of_span = {}
    for q in gold["quotes"]:
        hit = next((s for s in unclaimed if s[3] == q["text"]), None)
        if hit is None:
            problems.append(f"quote is not an (unclaimed) quoted span of the body: {q['text']!r}")
            continue
        unclaimed.remove(hit)
        quote_of_span[hit] = q["speaker"]
        if "partial" in q and q["partial"] is not True:
            problems.append(f"partial must be true or absent: {q['text']!r}")
    non_quotes = section(gold["notes"], "Non-quote", "Non-figures:")
    for span in unclaimed:
        if span[3] not in non_quotes:
            problems.append(f"quoted span neither in gold nor named in a 'Non-quote' note: {span[3]!r}")
    for f in gold["figures"]:
        raw = f["raw"]
        where = occurrences(paragraphs, raw)
        if not where:
            problems.append(f"figure raw not in body: {raw!r}")
        if f.get("context") and f["context"] not in body:
            problems.append(f"figure context not in body: {f['context']!r}")
        if f["kind"] not in KINDS:
            problems.append(f"unknown kind {f['kind']!r} for {raw!r}")
        if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
            problems.append(f"value is not a number for {raw!r}")
        unit = f.get("unit") or ""
        if f["kind"] == "percent" and unit != "percent":
            problems.append(f"percent {raw!r} has unit {unit!r}")
        if f["kind"] == "money" and not re.fullmatch(r"[A-Z]{3}", unit):
            problems.append(f"money {raw!r} has unit {unit!r}, not an ISO code")
        if f["kind"] in ("count", "quantity") and not unit:
            problems.append(f"{f['kind']} {raw!r} has no unit")
        # Speaker of the quote(s) the raw sits in.
        inside = set()
        for i, a, b in where:
            for span, who in quote_of_span.items():
                if span[0] == i and span[1] <= a and b <= span[2]:
                    inside.add(who)
        want = f.get("speaker")
        if want is not None:
            if want not in speaking:
                problems.append(f"figure speaker {want!r} speaks no quote")
            elif want not in inside:
                problems.append(f"figure {raw!r} has speaker {want!r} but is not in a quote of theirs")
        elif where and inside and None not in inside and len(inside) == len(where):
            problems.append(f"figure {raw!r} has no speaker but only occurs inside quotes of {inside}")
    non_figures = section(gold["notes"], "Non-figures:", "\0")
    rows = {}
    for f in gold["figures"]:
        rows[f["raw"]] = rows.get(f["raw"], 0) + 1
    for raw, k in rows.items():
        n = len(occurrences(paragraphs, raw))
        if n > k and not listed(raw, non_figures):
            problems.append(f"raw {raw!r} occurs {n} times in the body but has {k} gold row(s)")
        if 0 < n < k:
            problems.append(f"raw {raw!r} has {k} gold rows but occurs only {n} times")
    uncovered = []
    for para in paragraphs:
        covered = [occ for f in gold["figures"] for occ in occurrences([para], f["raw"])]
        for m in TOKEN.finditer(para):
            if not any(a <= m.start() and m.end() <= b for (_, a, b) in covered):
                uncovered.append(m.group(0))
    if show_numbers:
        print(f"  {slug} uncovered numbers: {uncovered}")
    for tok in uncovered:
        if not listed(tok, non_figures):
            problems.append(f"number {tok!r} neither covered by a raw nor listed in Non-figures")
    counts = {
        "words": len(body.split()),
        "quotes": len(gold["quotes"]),
        "partials": sum(bool(q.get("partial")) for q in gold["quotes"]),
        "null": sum(q["speaker"] is None for q in gold["quotes"]),
        "speakers": len(gold["speakers"]),
        "institutions": sum(s.get("kind") == "organization" for s in gold["speakers"]),
        "figures": len(gold["figures"]),
        "fig_speaker": sum(f.get("speaker") is not None for f in gold["figures"]),
    }
    return [f"{gold_path.name}: {p}" for p in problems], counts, gold


def main(folder, prefix, body_of):
    """Check every gold file of a folder; print per-page counts and totals, exit 1 on any problem.

    `body_of` maps each page's slug (its name after `prefix`) to the (attribute, value) marking
    its body container and the classes of furniture nested in it."""
    show_numbers = "--numbers" in sys.argv
    golds = sorted(folder.glob(f"{prefix}*.gold.json"))
    pages = sorted(folder.glob(f"{prefix}*.html"))
    problems = [] if len(golds) == len(pages) else [f"{len(pages)} pages but {len(golds)} gold files"]
    totals, kinds, units = {}, {}, {}
    for path in golds:
        found, counts, gold = check_page(path, prefix, body_of, show_numbers)
        problems += found
        print(path.name[: -len(".gold.json")], counts)
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
        for f in gold["figures"]:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
            if f["kind"] == "money":
                units[f["unit"]] = units.get(f["unit"], 0) + 1
    print("TOTAL", {"pages": len(golds), **totals})
    print("KINDS", kinds, "CURRENCIES", units)
    print("\n".join(problems) or "OK")
    return 1 if problems else 0
