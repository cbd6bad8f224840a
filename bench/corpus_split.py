"""Score the extractor on every dev corpus, whole and split by site into a tuning half and a
validation half.

A page's half follows from its site alone (a hash of the URL's host, without "www."), so every
page of one publisher falls in the same half and the split never changes. Look at tuning pages
only; a change is kept when it gains on both halves.

    python bench/corpus_split.py                # all corpora, one extraction run each
    python bench/corpus_split.py --corpus fundus --keep /tmp/preds   # keep the predictions
    python bench/corpus_split.py --batch-cmd "python bench/trafilatura_batch.py"   # the reference

Needs the shared scorer (../shared/scoring) and corpora (../shared/corpora).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

# ../shared beside the checkout (or beside a folder of worktrees): the first ancestor that has it.
SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents if (p / "shared" / "scoring").is_dir()),
    Path("../shared"),
)
CORPORA = ("fundus", "trafilatura-eval", "readability", "postlight")
EXTRACT = f"{sys.executable} -m autocrawl.cli extract --jsonl"
EXTRACT_COMMENTS = f"{sys.executable} -m autocrawl.cli extract --comments --jsonl"


def site_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def half_of(url: str) -> str:
    """'tune' or 'validate', from the page's site only."""
    digest = hashlib.sha256(site_of(url).encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "validate"


def split(corpus: Path) -> dict[str, list[str]]:
    halves: dict[str, list[str]] = {"tune": [], "validate": []}
    with (corpus / "truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                page = json.loads(line)
                halves[half_of(page.get("url") or "")].append(str(page["id"]))
    return halves


def summary(output: str) -> str:
    return next((line for line in reversed(output.splitlines()) if line.startswith("SUMMARY")), "SUMMARY (none)")


def score(corpus: Path, *args: str) -> str:
    command = [str(SHARED / "scoring" / "score"), "--corpus", str(corpus), "--n-bootstrap", "0", *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def figures(line: str) -> str:
    """The SUMMARY line without the run's name, size and timing."""
    skip = ("corpus=", "name=", "pages=", "wall_s=", "pages_per_s=", "errors=")
    return " ".join(part for part in line.split()[1:] if not part.startswith(skip))


def score_corpus(name: str, keep: Path | None, command: str = EXTRACT) -> dict[str, str]:
    """One extraction run over a corpus, scored whole and per half: {"all": the SUMMARY line,
    "tune"/"validate": that half's figures}."""
    corpus = SHARED / "corpora" / name
    with tempfile.TemporaryDirectory() as tmp:
        predictions = (keep or Path(tmp)) / f"{name}.jsonl"
        predictions.parent.mkdir(parents=True, exist_ok=True)
        whole = score(corpus, "--batch-cmd", command, "--save-predictions", str(predictions))
        lines = {"all": summary(whole)}
        for half, ids in split(corpus).items():
            only = [arg for page_id in ids for arg in ("--only", page_id)]
            lines[half] = figures(summary(score(corpus, "--predictions", str(predictions), *only)))
    return lines


def run_corpus(name: str, keep: Path | None, command: str = EXTRACT) -> None:
    lines = score_corpus(name, keep, command)
    print(lines["all"], flush=True)
    for half in ("tune", "validate"):
        pages = len(split(SHARED / "corpora" / name)[half])
        print(f"  {half:<8} pages={pages:<4} {lines[half]}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", choices=[*CORPORA, "comments"], help="default: all five")
    parser.add_argument("--keep", type=Path, help="folder to keep each corpus's predictions in")
    parser.add_argument(
        "--batch-cmd",
        default=EXTRACT,
        help="another extractor to score the same way (e.g. 'python bench/trafilatura_batch.py'); comments are skipped",
    )
    args = parser.parse_args()
    names = args.corpus or [*CORPORA, "comments"]
    for name in names:
        if name == "comments" and args.batch_cmd != EXTRACT:
            continue
        if name == "comments":
            command = [str(SHARED / "scoring" / "score-comments"), "--corpus", str(SHARED / "corpora" / name)]
            done = subprocess.run([*command, "--batch-cmd", EXTRACT_COMMENTS], capture_output=True, text=True)
            print(summary(done.stdout + done.stderr), flush=True)
        else:
            run_corpus(name, args.keep, args.batch_cmd)


if __name__ == "__main__":
    main()
