"""Train (and cross-validate) the block model of `autocrawl.extraction.article.blockmodel`.

Each page of the dev corpora with body labels is extracted as usual; the blocks the body rules keep
are recorded with their features and labelled by the truth: for fundus and readability, a block is
article text when most of its 4-token windows are in the true body; for trafilatura-eval, when it
holds a must-have snippet and no must-not-have one (blocks with neither are not labelled).

    python bench/train_blocks.py --cv                   # GroupKFold by site over all pages
    python bench/train_blocks.py --train tune --out autocrawl/extraction/article/data/blocks.json

    python bench/train_blocks.py --train all --leave-out K --out ...  # one fold of a whole-pipeline CV

Needs scikit-learn (not a dependency of the package: the shipped model is plain JSON, checked here
against scikit-learn's own scores). Reads the corpora in place (../shared/corpora).

Why the model ships (figures of bench/corpus_split.py, without -> with; the shipped trees learnt from
the tune halves only, so the validation halves are sites they never saw):

    trafilatura-eval validate  snippet F1 0.9418 -> 0.9447, precision 0.9379 -> 0.9450, recall 0.9457 -> 0.9444
    fundus validate            body F1 0.9775 -> 0.9795 (precision 0.9647 -> 0.9682)
    readability validate       body F1 0.9748 -> 0.9749 (13 pages)
    tune halves                fundus 0.9779 -> 0.9817, trafilatura-eval 0.9545 -> 0.9570, readability 0.9678 -> 0.9712

A whole-pipeline 5-fold cross-validation by site (`--leave-out`: every page judged by trees that never
saw its site) agrees: fundus 0.9778 -> 0.9790, trafilatura-eval 0.9476 -> 0.9498 (precision 0.9481 ->
0.9552), readability 0.9698 -> 0.9714. Threshold 0.4 (probability of body): 0.3 gains a little less,
0.5 starts to lose recall on the validation halves. Cost: about 0.4 ms a page (the features; the
trees are compiled to Python once).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pickle
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from autocrawl.extraction.article import blockmodel  # noqa: E402
from autocrawl.extraction.article.extract import extract_article  # noqa: E402
from bench.corpus_split import SHARED, half_of, site_of  # noqa: E402

CORPORA = ("fundus", "trafilatura-eval", "readability")
BODY_SHARE = 0.5  # share of a block's 4-token windows found in the true body for it to be body
_TOKEN = re.compile(r"\w+")


def windows(text: str) -> list[tuple[str, ...]]:
    """The scorer's units: overlapping 4-token windows (a text of 1-3 tokens is one window)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < 4:
        return [tuple(tokens)] if tokens else []
    return [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]


def body_label(text: str, truth_windows: set[tuple[str, ...]], truth_tokens: str) -> float | None:
    units = windows(text)
    if not units:
        return None
    if len(units[0]) < 4:
        return 1.0 if f" {' '.join(units[0])} " in truth_tokens else 0.0
    return 1.0 if sum(u in truth_windows for u in units) >= BODY_SHARE * len(units) else 0.0


def snippet_label(text: str, must: Sequence[str], must_not: Sequence[str]) -> float | None:
    flat = " ".join(text.split())
    if any(" ".join(s.split()) in flat for s in must_not if s.strip()):
        return 0.0
    if any(" ".join(s.split()) in flat for s in must if s.strip()):
        return 1.0
    return None


def collect(corpus: str) -> list[dict[str, Any]]:
    """One record per kept block with a label: corpus, page, site, half, features, label, weight."""
    recorded: list[tuple[list[str], list[list[float] | None]]] = []
    original = blockmodel.refine

    def record(paragraphs: list[str], chosen: Any, container: Any, title: str | None) -> list[str]:
        positions = blockmodel.kept_positions(paragraphs, chosen)
        if positions is not None:
            recorded.append((list(paragraphs), blockmodel.block_features(chosen, positions, container, title)))
        return paragraphs

    blockmodel.refine = record
    rows: list[dict[str, Any]] = []
    folder = SHARED / "corpora" / corpus
    try:
        for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            page = json.loads(line)
            labelled = page.get("labelled") or []
            if "body" not in labelled and "with" not in labelled:
                continue
            recorded.clear()
            data = gzip.decompress((folder / page["file"]).read_bytes())
            extract_article(data, page["url"])
            if not recorded:
                continue
            paragraphs, features = recorded[0]  # the markup's body (a script payload may be tried later)
            if "body" in labelled:
                truth = page.get("body") or ""
                truth_windows = set(windows(truth))
                truth_tokens = f" {' '.join(_TOKEN.findall(truth))} "
            for text, row in zip(paragraphs, features, strict=True):
                if row is None:
                    continue  # long prose, linked terms: not for the model to judge
                if "body" in labelled:
                    label = body_label(text, truth_windows, truth_tokens)
                else:
                    label = snippet_label(text, page.get("with") or [], page.get("without") or [])
                if label is None:
                    continue
                rows.append(
                    {
                        "corpus": corpus,
                        "page": page["id"],
                        "site": site_of(page["url"]),
                        "half": half_of(page["url"]),
                        "features": row,
                        "label": label,
                        "weight": float(min(len(windows(text)), 60) + 3),
                        "text": text[:80],
                    }
                )
    finally:
        blockmodel.refine = original
    return rows


def dataset(cache: Path, refresh: bool) -> list[dict[str, Any]]:
    if cache.is_file() and not refresh:
        with cache.open("rb") as f:
            rows: list[dict[str, Any]] = pickle.load(f)
            return rows
    rows = [row for corpus in CORPORA for row in collect(corpus)]
    with cache.open("wb") as f:
        pickle.dump(rows, f)
    return rows


def fold_of(site: str) -> int:
    """One of five folds, from the site alone (for a whole-pipeline cross-validation by site)."""
    return hashlib.sha256(site.encode()).digest()[1] % 5


def fit(rows: list[dict[str, Any]], args: argparse.Namespace) -> Any:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    x = np.array([r["features"] for r in rows])
    y = np.array([r["label"] for r in rows])
    w = np.sqrt([r["weight"] for r in rows])  # long blocks weigh more (the body score counts windows), not linearly
    model = HistGradientBoostingClassifier(
        max_iter=args.trees,
        max_depth=args.depth,
        learning_rate=args.rate,
        min_samples_leaf=args.min_leaf,
        l2_regularization=1.0,
        random_state=0,
    )
    model.fit(x, y, sample_weight=w)
    return model


def export(model: Any, threshold: float) -> dict[str, Any]:
    """The fitted trees as node lists for `blockmodel.TreeModel`; the threshold is on log-odds."""
    import math

    trees = []
    for (predictor,) in model._predictors:  # one tree per iteration for a binary target
        nodes = []
        for node in predictor.nodes:
            if node["is_leaf"]:
                nodes.append([-1, 0.0, 0, 0, round(float(node["value"]), 6)])
            else:
                nodes.append(
                    [int(node["feature_idx"]), float(node["num_threshold"]), int(node["left"]), int(node["right"]), 0.0]
                )
        trees.append(nodes)
    base = float(np.ravel(model._baseline_prediction)[0]) if (np := _numpy()) else 0.0
    return {
        "features": list(blockmodel.FEATURES),
        "base": base,
        "threshold": math.log(threshold / (1 - threshold)),
        "trees": trees,
    }


def check_export(model: Any, spec: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """The exported trees must score every training block as scikit-learn does."""
    import numpy as np

    exported = blockmodel.TreeModel(spec)
    raw = model.decision_function(np.array([r["features"] for r in rows]))
    worst = max(abs(exported.score(r["features"]) - value) for r, value in zip(rows, raw, strict=True))
    if worst > 1e-4:
        raise SystemExit(f"exported trees differ from the fitted ones by {worst}")
    print(f"export checked on {len(rows)} blocks (largest difference {worst:.1e})")


def _numpy() -> Any:
    import numpy

    return numpy


def report(name: str, rows: list[dict[str, Any]], probability: Any, threshold: float) -> None:
    """Block-level figures of dropping the blocks scored below `threshold`."""
    drop = [p < threshold for p in probability]
    dropped = [r for r, d in zip(rows, drop, strict=True) if d]
    wrong = [r for r in dropped if r["label"] == 1.0]
    noise = [r for r in rows if r["label"] == 0.0]
    body_weight = sum(r["weight"] for r in rows if r["label"] == 1.0) or 1.0
    print(
        f"{name:<22} blocks={len(rows):<5} not-body={len(noise):<4} dropped={len(dropped):<4} "
        f"of them body={len(wrong):<3} noise caught={len(dropped) - len(wrong)}/{len(noise)} "
        f"body weight lost={sum(r['weight'] for r in wrong) / body_weight:.4f}"
    )


def cross_validate(rows: list[dict[str, Any]], args: argparse.Namespace) -> None:
    import numpy as np
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    groups = [r["site"] for r in rows]
    probability = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=5).split(rows, groups=groups):
        model = fit([rows[i] for i in train], args)
        probability[test] = model.predict_proba(np.array([rows[i]["features"] for i in test]))[:, 1]
    labels = [r["label"] for r in rows]
    print(f"GroupKFold(5) by site: AUC {roc_auc_score(labels, probability):.3f}")
    for threshold in args.thresholds:
        print(f"-- threshold {threshold}")
        for corpus in CORPORA:
            mine = [i for i, r in enumerate(rows) if r["corpus"] == corpus]
            report(corpus, [rows[i] for i in mine], probability[mine], threshold)
    if args.show:
        order = np.argsort(probability)
        for i in order[: args.show]:
            r = rows[i]
            print(f"  {probability[i]:.3f} {r['label']:.0f} {r['corpus'][:5]} {r['text']!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/train_blocks.pickle"))
    parser.add_argument("--refresh", action="store_true", help="extract the pages again")
    parser.add_argument("--cv", action="store_true", help="cross-validate by site")
    parser.add_argument("--train", choices=("tune", "all"), help="fit on the tune halves or on every page")
    parser.add_argument("--leave-out", type=int, help="with --train all: leave out the sites of this fold (0-4)")
    parser.add_argument("--out", type=Path, help="where to write the model (JSON)")
    parser.add_argument("--trees", type=int, default=40)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--min-leaf", type=int, default=40)
    parser.add_argument("--threshold", type=float, default=0.1, help="drop a block below this probability")
    parser.add_argument("--thresholds", type=float, nargs="*", default=[0.05, 0.1, 0.2, 0.3])
    parser.add_argument("--show", type=int, default=0, help="list the N lowest-scored blocks of the CV")
    args = parser.parse_args()
    rows = dataset(args.cache, args.refresh)
    print(f"{len(rows)} labelled blocks, {sum(r['label'] == 0.0 for r in rows)} not body")
    if args.cv:
        cross_validate(rows, args)
    if args.train:
        train = [r for r in rows if args.train == "all" or r["half"] == "tune"]
        if args.leave_out is not None:
            train = [r for r in train if fold_of(r["site"]) != args.leave_out]
        model = fit(train, args)
        spec = export(model, args.threshold)
        check_export(model, spec, train)
        if args.out:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
            print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(spec['trees'])} trees)")


if __name__ == "__main__":
    main()
