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


def test_the_vectorised_feature_walk_counts_exactly_what_py3langid_counts() -> None:
    """The detector's feature counts come from numpy; they must be py3langid's own, in its
    order, for any bytes: scripts, mixed text, texts shorter than the automaton's depth."""
    import random

    from py3langid.langid import visit_counts

    from autocrawl.extraction.article.language import _identifier

    identifier = _identifier()
    walk = identifier.walk
    assert walk is not None, "the identifier fell back to py3langid's own walk"
    rnd = random.Random(7)
    texts = [GERMAN, ENGLISH, "Рада проголосувала за бюджет.", "市議会は予算を可決した。", "a", "ab", "€", ""]
    for _ in range(200):
        alphabet = [
            chr(c) for c in (*range(32, 127), *range(0xC0, 0x17F), *range(0x400, 0x45F), *range(0x3041, 0x3096))
        ]
        texts.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 300))))
    for text in texts:
        data = identifier._encode(text)
        expected = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data)
        got = walk.counts(data)
        assert (None if expected is None else list(expected.items())) == (None if got is None else list(got.items())), (
            text
        )
