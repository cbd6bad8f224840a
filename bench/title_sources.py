"""Which title the corpora's labels follow where a page's declared title differs from the headline
it shows: the evidence behind preferring the visible headline over `og:title`.

    python bench/title_sources.py

For every labelled page of each dev corpus whose `og:title` differs from the extractor's title
(the headline the page shows, chosen by `autocrawl.extraction`), it counts whether the label
equals the `og:title`, the extractor's title, or neither; then the same for the pages where the
two differ only in typography (quotes, dashes, ellipses, case), which readability.js's labels
take from `og:title`. Titles compare as the shared scorer compares them (`norm_title`).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from lxml import html as lxml_html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autocrawl.extraction import extract_article  # noqa: E402
from bench.corpus_split import CORPORA, SHARED  # noqa: E402

sys.path.insert(0, str(SHARED / "scoring"))
from metrics import norm_title  # noqa: E402


def _og_title(data: bytes) -> str | None:
    try:
        root = lxml_html.fromstring(data)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    values = root.xpath("//meta[@property='og:title']/@content")
    return str(values[0]) if values else None


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def tally(corpus: str) -> tuple[Counter[str], Counter[str]]:
    """Per corpus: (label follows og / shown / neither) over pages whose two titles differ, and the
    same over pages where they differ only in typography."""
    folder = SHARED / "corpora" / corpus
    differ: Counter[str] = Counter()
    typography: Counter[str] = Counter()
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record.get("title"):
            continue
        data = gzip.decompress((folder / f"{record['id']}.html.gz").read_bytes())
        og = _og_title(data)
        if og is None:
            continue
        og, shown, label = (
            norm_title(og),
            norm_title(extract_article(data, record["url"]).title),
            norm_title(record["title"]),
        )
        if og == shown:
            continue
        verdict = "og:title" if label == og else "shown headline" if label == shown else "neither"
        differ[verdict] += 1
        if _letters(og) == _letters(shown):
            typography[verdict] += 1
    return differ, typography


def main() -> None:
    print(f"{'corpus':<18}{'titles differ: og / shown / neither':<40}{'typography only: og / shown / neither'}")
    for corpus in CORPORA:
        differ, typography = tally(corpus)
        cells = [" / ".join(str(c[k]) for k in ("og:title", "shown headline", "neither")) for c in (differ, typography)]
        print(f"{corpus:<18}{cells[0]:<40}{cells[1]}")


if __name__ == "__main__":
    main()
