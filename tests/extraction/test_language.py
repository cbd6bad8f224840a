"""autocrawl.extraction.article.language: ISO 639-1 from the declaration checked against detection."""

from __future__ import annotations

from pathlib import Path

import pytest

from autocrawl.extraction.article.language import checked_language, detect_language, normalize_language

GERMAN = (
    "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die alte Schule am Marktplatz "
    "zu sanieren. Die Kosten werden auf rund zwei Millionen Euro geschätzt; ein Teil soll aus Fördermitteln "
    "des Landes kommen. Die Opposition kritisierte, dass die Bürger nicht früher beteiligt worden seien."
)
ENGLISH = (
    "The town council decided on Tuesday evening, after a long debate, to renovate the old school on the "
    "market square. The cost is estimated at around two million euros, part of which is to come from state "
    "funding. The opposition criticised that residents had not been involved earlier in the process."
)


@pytest.mark.parametrize(
    ("tag", "code"),
    [("de-DE", "de"), ("en_US", "en"), ("EN", "en"), ("zh-Hans-CN", "zh"), ("ger", "de"), ("iw", "he"), ("", None),
     ("undefined", None), ("x", None), (None, None)],
)  # fmt: skip
def test_normalize_language(tag: str | None, code: str | None) -> None:
    assert normalize_language(tag) == code


def test_declaration_confirmed_by_detection() -> None:
    verdict = checked_language("de-AT", GERMAN)
    assert (verdict.language, verdict.declared, verdict.source) == ("de", "de", "declared+detected")


def test_a_wrong_template_declaration_is_overridden_by_confident_detection() -> None:
    verdict = checked_language("en", GERMAN)
    assert verdict.language == "de" and verdict.declared == "en" and verdict.source == "detected"


def test_short_text_keeps_the_declaration_and_nothing_stays_nothing() -> None:
    assert detect_language("Kurz.") == (None, 0.0)
    assert checked_language("fr-FR", "Kurz.").language == "fr"
    assert checked_language(None, "Kurz.").language is None
    assert checked_language(None, ENGLISH).language == "en"


CORPORA = Path("/work/shared/corpora")


@pytest.mark.skipif(not (CORPORA / "readability" / "truth.jsonl").exists(), reason="corpora not available")
def test_corpus_agreement() -> None:
    """Stored language equals the readability corpus's lang hint on every page that has one,
    and the Fundus publisher country's language on at least 95% (the rest: an English paper in
    Japan, a German one in Mallorca... where the page itself is right)."""
    from bench.language_bench import run

    results = run(CORPORA)
    readability = results["readability"]["tally"]
    fundus = results["fundus"]["tally"]
    assert isinstance(readability, dict) and isinstance(fundus, dict)
    assert readability["stored_right"] == readability["with_reference"]
    assert fundus["stored_right"] >= 0.95 * fundus["with_reference"]
    assert fundus["agree"] >= 0.97 * fundus["both"]
