"""Check the p11 gold files against their pages (the checker is bench/check_page_gold.py).

python3 check_gold.py            # exit 0 = OK
python3 check_gold.py --numbers  # also list digit runs / number words no gold raw covers
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "bench"))

from check_page_gold import main  # noqa: E402

PREFIX = "p11-"

# slug -> (attribute, value) that marks the body container, and classes of furniture inside it.
BODY = {
    "counter-drone-lasers": (("class", "story-news"), {"writer-zone", "ad-mid"}),
    "eurodrone-delay": (("class", "wire-body"), {"wire-photo", "wire-related"}),
    "estonia-ammunition-plant": (("class", "article-content"), {"fact-box", "inline-related"}),
    "submarine-yards-newsletter": (("class", "markup"), {"subscription-widget", "paywall", "footnotes"}),
    "navy-patrol-vessels": (
        ("class", "article-body"),
        {"read-next", "inq-ad", "newsletter-box", "dax-copyright"},
    ),
    "taiwan-drone-budget": (("class", "archives-text"), {"ad-slot", "related-inline"}),
    "singapore-drone-command": (("class", "ds-article-body"), {"premium-paywall", "read-more-box", "ds-ad"}),
    "nz-frigate-upgrade": (("class", "article__body"), {"explainer", "related-box", "apr-promo"}),
}

if __name__ == "__main__":
    sys.exit(main(HERE, PREFIX, BODY))
