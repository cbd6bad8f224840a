"""Comment extraction with opaque class names and ids: every dev comment page, as it is and with its
class tokens and ids hashed (bench/opaque.py), scored against the same truth.

    python bench/opaque_threads.py [--keep DIR] [--source NAME ...]

Sources (dev data only): set 3 (bench/heldout_threads.py), set 5 (bench/heldout_threads5.py), the
thread fixtures with truth (tests/extraction/threads and its more*/ folders), and the comments corpus
(../shared/corpora/comments, read at run time). All pages of one variant go into one folder, scored
by ../shared/scoring/score-comments through the harness of set 3; the table gives per page and per
source the comment F1 (mean over pages), the replies whose parent is found (of all true replies),
parent, top-level and date accuracy (of the comments matched), original vs opaque.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import heldout_threads, heldout_threads5  # noqa: E402
from bench.corpus_split import SHARED  # noqa: E402
from bench.opaque import opaque_html  # noqa: E402

THREADS = Path(__file__).resolve().parent.parent / "tests" / "extraction" / "threads"
Page = tuple[dict, bytes]  # truth record, page bytes


def _folder_pages(folder: Path) -> Iterator[Page]:
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            data = (folder / record["file"]).read_bytes()
            yield record, gzip.decompress(data) if record["file"].endswith(".gz") else data


def _templates(templates: heldout_threads.Templates) -> Callable[[], Iterator[Page]]:
    def pages() -> Iterator[Page]:
        with tempfile.TemporaryDirectory() as tmp:
            heldout_threads.write(Path(tmp), templates)
            yield from _folder_pages(Path(tmp))

    return pages


def _fixtures() -> Iterator[Page]:
    for folder in (THREADS, *(THREADS / sub for sub in ("more", "more2", "more3", "more5"))):
        for record, data in _folder_pages(folder):
            yield {**record, "id": f"{folder.name}/{record['id']}"}, data


SOURCES: dict[str, Callable[[], Iterator[Page]]] = {
    "set3": _templates(heldout_threads.TEMPLATES),
    "set5": _templates(heldout_threads5.TEMPLATES),
    "fixtures": _fixtures,
    "corpus": lambda: _folder_pages(SHARED / "corpora" / "comments"),
}


def _write(folder: Path, pages: list[tuple[str, Page]], transform: Callable[[bytes], bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for n, (source, (record, data)) in enumerate(pages):
            name = f"{n:03d}.html"
            (folder / name).write_bytes(transform(data))
            page_id = f"{source}:{record['id']}"
            truth.write(json.dumps({**record, "id": page_id, "file": name}, ensure_ascii=False) + "\n")


def _cell(rows: list[dict], ok: str, n: str) -> str:
    total = sum(r[n] for r in rows)
    return f"{sum(r[ok] for r in rows) / total:.2f}" if total else "  - "


def _figures(rows: list[dict]) -> list[str]:
    f1 = f"{sum(r['f1'] for r in rows) / len(rows):.2f}" if rows else "  - "
    return [
        f1,
        _cell(rows, "parent_ok", "replies"),
        _cell(rows, "parent_ok", "parent_n"),
        _cell(rows, "toplevel_ok", "toplevel_n"),
        _cell(rows, "minute_ok", "minute_n"),
    ]


def _line(name: str, original: list[dict], opaque: list[dict]) -> str:
    pairs = zip(_figures(original), _figures(opaque), strict=True)
    flag = " <" if _figures(original) != _figures(opaque) else ""
    return f"{name:<44}" + "".join(f"{a:>6} {b:<6}" for a, b in pairs) + flag


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="write both variants (pages, truth, scores) here")
    parser.add_argument("--source", action="append", choices=list(SOURCES), help="default: all")
    args = parser.parse_args()
    names = args.source or list(SOURCES)
    pages = [(name, page) for name in names for page in SOURCES[name]()]
    replies = {
        f"{name}:{record['id']}": sum(c.get("parent") is not None for c in record["comments"])
        for name, (record, _) in pages
    }
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        results = {}
        for variant, transform in (("original", lambda b: b), ("opaque", opaque_html)):
            _write(root / variant, pages, transform)
            line, rows = heldout_threads.score(root / variant)
            print(f"{variant:<9}{line}")
            results[variant] = {row["id"]: {**row, "replies": replies[row["id"]]} for row in rows}
    print(f"{'page':<44}" + "".join(f"{h:>13}" for h in ("F1 orig opq", "replies", "parent", "top-level", "dates")))
    ids = list(results["original"])
    for page_id in ids:
        print(_line(page_id, [results["original"][page_id]], [results["opaque"][page_id]]))
    for name in [*names, "total"]:
        chosen = [i for i in ids if name == "total" or i.startswith(f"{name}:")]
        original = [results["original"][i] for i in chosen]
        opaque = [results["opaque"][i] for i in chosen]
        print(_line(f"TOTAL {name} ({len(chosen)} pages)", original, opaque))


if __name__ == "__main__":
    main()
