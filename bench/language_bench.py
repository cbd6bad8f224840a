"""How well `autocrawl.extraction.article.language.checked_language` does on the corpora.

For every page: the declaration is what autocrawl's extractor reads from the page, the text is
the extractor's body. Reference: readability pages carry a `lang` hint; Fundus pages a publisher
`country` (only countries with one main news language are scored: a Belgian or Swiss page can be
in several). Prints, per corpus, how often declaration and detection agree, how often the stored
language matches the reference, and the pages where it does not.

    python bench/language_bench.py [--corpora /work/shared/corpora]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from autocrawl.extraction import extract_article
from autocrawl.extraction.article.language import checked_language, normalize_language

# Fundus countries whose news pages are in one language.
COUNTRY_LANGUAGE = {
    "at": "de", "de": "de", "au": "en", "gb": "en", "uk": "en", "us": "en", "ie": "en", "nz": "en", "fr": "fr",
    "it": "it", "es": "es", "pt": "pt", "br": "pt", "nl": "nl", "pl": "pl", "cz": "cs", "dk": "da", "se": "sv",
    "no": "no", "fi": "fi", "tr": "tr", "jp": "ja", "kr": "ko", "cn": "zh", "tw": "zh", "ru": "ru", "ua": "uk",
    "gr": "el", "hu": "hu", "ro": "ro", "id": "id", "mx": "es", "ar": "es", "cl": "es", "co": "es", "lt": "lt",
    "lv": "lv", "ee": "et", "sk": "sk", "si": "sl", "hr": "hr", "rs": "sr", "bg": "bg", "il": "he", "vn": "vi",
}  # fmt: skip


def reference(corpus: str, record: dict) -> str | None:
    if corpus == "readability":
        return normalize_language(record.get("lang"))
    return COUNTRY_LANGUAGE.get((record.get("country") or "").lower())


def run(root: Path) -> dict[str, dict[str, object]]:
    results: dict[str, dict[str, object]] = {}
    for corpus in ("readability", "fundus"):
        truth = root / corpus / "truth.jsonl"
        if not truth.exists():
            continue
        tally: Counter[str] = Counter()
        misses: list[str] = []
        for line in truth.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            html = gzip.decompress((root / corpus / record["file"]).read_bytes())
            article = extract_article(html, record.get("url") or "http://example.invalid/")
            verdict = checked_language(article.language, article.body)
            ref = reference(corpus, record)
            tally["pages"] += 1
            tally["declared"] += verdict.declared is not None
            tally["detected"] += verdict.detected is not None
            if verdict.declared and verdict.detected:
                tally["both"] += 1
                tally["agree"] += verdict.declared == verdict.detected
                if verdict.declared != verdict.detected:
                    misses.append(
                        f"{record['id']}: declared {article.language!r} but detected {verdict.detected} "
                        f"{verdict.confidence:.2f}, stored {verdict.language} (reference {ref})"
                    )
            tally[f"source:{verdict.source}"] += 1
            if ref:
                tally["with_reference"] += 1
                tally["stored_right"] += verdict.language == ref
                tally["declared_right"] += verdict.declared == ref
                tally["detected_right"] += verdict.detected == ref
                if verdict.language != ref:
                    misses.append(
                        f"{record['id']}: ref {ref}, declared {article.language!r}, "
                        f"detected {verdict.detected} {verdict.confidence:.2f}, stored {verdict.language}"
                    )
        results[corpus] = {"tally": dict(tally), "misses": misses}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    args = parser.parse_args()
    for corpus, result in run(args.corpora).items():
        tally = result["tally"]
        assert isinstance(tally, dict)
        print(corpus, json.dumps(tally, sort_keys=True))
        for miss in result["misses"]:  # type: ignore[attr-defined]
            print("  miss", miss)


if __name__ == "__main__":
    main()
