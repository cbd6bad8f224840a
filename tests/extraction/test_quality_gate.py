"""Quality regression gate over the shared evaluation corpora, scored with the judge's metrics.

Runs the extractor in-process over every page of ../shared/corpora/{fundus,trafilatura-eval,
readability,postlight} (beside the checkout, or beside its folder of worktrees; the comment
corpus has its own gate in test_comments_corpus.py) and fails when a figure drops below the level reached when
this gate was last raised, minus a small margin. Skips, saying why, when the corpora or the
scorer are not there.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from autocrawl.extraction.article.extract import extract_article

ROOT = Path(__file__).resolve().parents[2]
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "scoring").is_dir()), ROOT.parent / "shared")
CORPORA = SHARED / "corpora"
SCORING = SHARED / "scoring"

# Levels of 2026-12-02, fifth session (fundus body F1 0.975, title 0.867, authors 0.940, date 1.0;
# trafilatura-eval snippet F1 0.946, title 0.824, authors 0.734, date 0.854 (0.926 on dated pages), comment
# leak 0.026; readability body F1 0.969, title 0.892, authors 0.963, date 0.905; postlight title 0.954,
# authors 0.913, date 0.952) minus ~0.01.
FUNDUS_MIN = {"body_f1": 0.965, "title_em": 0.857, "authors_f1": 0.93, "date_acc": 0.99}
TRAF_MIN = {"snippet_f1": 0.936, "title_em": 0.814, "authors_f1": 0.724, "date_acc": 0.844}
TRAF_MAX_COMMENT_LEAK = 0.03
READABILITY_MIN = {"body_f1": 0.959, "title_em": 0.88, "authors_f1": 0.953, "date_acc": 0.895}
POSTLIGHT_MIN = {"title_em": 0.944, "authors_f1": 0.903, "date_acc": 0.942}


def _metrics() -> Any:
    if not (SCORING / "metrics.py").is_file():
        print(f"quality gate skipped: no scorer at {SCORING}")
        pytest.skip(f"scorer not found at {SCORING}")
    sys.path.insert(0, str(SCORING))
    import metrics

    return metrics


def _run(corpus: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    folder = CORPORA / corpus
    truth = folder / "truth.jsonl"
    if not truth.is_file():
        print(f"quality gate skipped: corpus {corpus} not found at {folder}")
        pytest.skip(f"corpus {corpus} not found at {folder}")
    out = []
    for line in truth.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        html = gzip.decompress((folder / rec["file"]).read_bytes())
        out.append((rec, extract_article(html, rec.get("url") or "").to_dict()))
    return out


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 1.0


def _article_scores(metrics: Any, rows: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, float]:
    """Body F1 (when the corpus labels bodies), title, authors and date, as the scorer computes them."""
    pairs = [(rec["body"], pred["body"]) for rec, pred in rows if "body" in rec["labelled"]]
    scores = {
        "title_em": _mean(
            [
                metrics.norm_title(r["title"]) == metrics.norm_title(p["title"])
                for r, p in rows
                if "title" in r["labelled"]
            ]
        ),
        "authors_f1": _mean(
            [metrics.author_f1(r["authors"] or [], p["authors"]) for r, p in rows if "authors" in r["labelled"]]
        ),
        "date_acc": _mean(
            [metrics.same_day(r["published"], p["published"]) for r, p in rows if "published" in r["labelled"]]
        ),
    }
    if pairs:
        scores["body_f1"] = metrics.body_scores(pairs, n_bootstrap=0)["f1"]
    return scores


@pytest.mark.parametrize(
    ("corpus", "floors"), [("fundus", FUNDUS_MIN), ("readability", READABILITY_MIN), ("postlight", POSTLIGHT_MIN)]
)
def test_article_quality(corpus: str, floors: dict[str, float]) -> None:
    metrics = _metrics()
    scores = _article_scores(metrics, _run(corpus))
    print(corpus, {k: round(v, 3) for k, v in scores.items()})
    for key, floor in floors.items():
        assert scores[key] >= floor, f"{corpus} {key} {scores[key]:.3f} < {floor}"


def test_trafilatura_eval_quality() -> None:
    metrics = _metrics()
    rows = _run("trafilatura-eval")
    counts = [metrics.snippet_counts(r["with"], r["without"], p["body"]) for r, p in rows if "with" in r["labelled"]]
    leaked = found = 0
    for rec, pred in rows:
        body = metrics.ws_norm(pred["body"])
        for snippet in rec.get("comments") or []:
            found += 1
            leaked += metrics.ws_norm(snippet) in body
    titled = [(r, p) for r, p in rows if "title" in r["labelled"] and r["title"]]
    scores = {
        "snippet_f1": metrics.snippet_scores(counts)["f1"],
        "title_em": _mean([metrics.norm_title(r["title"]) == metrics.norm_title(p["title"]) for r, p in titled]),
        "date_acc": _mean(
            [metrics.same_day(r["published"], p["published"]) for r, p in rows if "published" in r["labelled"]]
        ),
        "authors_f1": _mean(
            [metrics.author_f1(r["authors"] or [], p["authors"]) for r, p in rows if "authors" in r["labelled"]]
        ),
        "comment_leak": leaked / found if found else 0.0,
    }
    print("trafilatura-eval", {k: round(v, 3) for k, v in scores.items()})
    for key, floor in TRAF_MIN.items():
        assert scores[key] >= floor, f"trafilatura-eval {key} {scores[key]:.3f} < {floor}"
    assert scores["comment_leak"] <= TRAF_MAX_COMMENT_LEAK
