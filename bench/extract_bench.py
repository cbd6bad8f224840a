"""Speed and memory of autocrawl's article extractor next to trafilatura 2.3.1.

    python bench/extract_bench.py [--corpora DIR] [--corpus fundus --corpus trafilatura-eval] [--limit N] [--rounds N]

Each engine runs in its own subprocess over the same pages (decompressed into memory before
the clock starts), so start-up and imports are not counted and peak memory (ru_maxrss) is
the engine's own. Engines: autocrawl (article only), autocrawl + comments (also
`extract_comments`, when it is importable and not the placeholder) and trafilatura
(`bare_extraction(..., with_metadata=True)`). Corpus files are read in place, never copied.

Wall time and the process's CPU time are both reported; on a machine shared with other work
the CPU-time ratio is the steadier one. `--rounds N` runs the engines in turn N times and keeps
each engine's fastest run, so a burst of other load hits no single engine alone.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
ENGINES = ("autocrawl", "autocrawl+comments", "trafilatura")


def _pages(corpora: Path, names: list[str], limit: int | None) -> list[tuple[str, str]]:
    """(path, url) of every page of the named corpora, in truth.jsonl order."""
    out: list[tuple[str, str]] = []
    for name in names:
        folder = corpora / name
        truth = folder / "truth.jsonl"
        if not truth.is_file():
            print(f"skipping {name}: no {truth}", file=sys.stderr)
            continue
        records = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line.strip()]
        for rec in records[:limit] if limit else records:
            out.append((str(folder / rec["file"]), rec.get("url") or ""))
    return out


def _comments_extractor():
    """`extract_comments`, the crawl's comment extractor."""
    from autocrawl.extraction import extract_comments

    return extract_comments


def _worker(engine: str, list_file: str) -> None:
    pages = json.loads(Path(list_file).read_text(encoding="utf-8"))
    data = []
    for path, url in pages:
        raw = Path(path).read_bytes()
        data.append((gzip.decompress(raw) if path.endswith(".gz") else raw, url))
    note = ""
    if engine == "trafilatura":
        import trafilatura

        def run(html: bytes, url: str) -> None:
            trafilatura.bare_extraction(html, url=url or None, with_metadata=True)

    else:
        sys.path.insert(0, str(ROOT))
        from autocrawl.extraction import extract_article

        comments = _comments_extractor() if engine == "autocrawl+comments" else None
        if engine == "autocrawl+comments" and comments is None:
            note = "extract_comments is still the placeholder: measured article only"

        def run(html: bytes, url: str) -> None:
            extract_article(html, url)
            if comments is not None:
                comments(html, url)

    run(data[0][0], data[0][1])  # warm-up: lazy imports inside the engines
    errors = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for html, url in data:
        try:
            run(html, url)
        except Exception:
            errors += 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"pages": len(data), "seconds": seconds, "cpu": cpu, "maxrss_mb": rss_kb / 1024,
                      "errors": errors, "note": note}))  # fmt: skip


def _run_worker(engine: str, list_file: Path) -> dict | None:
    """One engine over the page list in a fresh process: its timing and memory, or None on failure."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", engine, "--pages-file", str(list_file)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        print(f"{engine}: failed ({proc.returncode})\n{proc.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="folder holding the corpora")
    parser.add_argument(
        "--corpus", action="append", help="corpus name (repeatable); default: fundus and trafilatura-eval"
    )
    parser.add_argument("--limit", type=int, default=None, help="pages per corpus")
    parser.add_argument("--engine", action="append", choices=ENGINES, help="engines to run (default: all)")
    parser.add_argument(
        "--rounds", type=int, default=1, help="run the engines in turn this many times; each keeps its fastest run"
    )
    parser.add_argument("--worker", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--pages-file", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args.worker, args.pages_file)
        return 0
    names = args.corpus or ["fundus", "trafilatura-eval"]
    pages = _pages(args.corpora, names, args.limit)
    if not pages:
        print(f"no pages found under {args.corpora}", file=sys.stderr)
        return 1
    import tempfile

    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        list_file = Path(tmp) / "pages.json"
        list_file.write_text(json.dumps(pages), encoding="utf-8")
        for _ in range(max(1, args.rounds)):
            for engine in args.engine or ENGINES:
                res = _run_worker(engine, list_file)
                if res is not None and (engine not in results or res["seconds"] < results[engine]["seconds"]):
                    results[engine] = res
    print(f"corpora: {', '.join(names)} ({len(pages)} pages) from {args.corpora}")
    print(f"{'engine':<20} {'pages/s':>9} {'seconds':>8} {'CPU s':>8} {'peak MB':>8} {'errors':>6}")
    for engine, res in results.items():
        rate = res["pages"] / res["seconds"] if res["seconds"] else float("inf")
        res["rate"] = rate
        res["cpu_rate"] = res["pages"] / res["cpu"] if res.get("cpu") else rate
        print(
            f"{engine:<20} {rate:9.1f} {res['seconds']:8.2f} {res.get('cpu', 0.0):8.2f} "
            f"{res['maxrss_mb']:8.0f} {res['errors']:6d}"
        )
        if res.get("note"):
            print(f"  note: {res['note']}")
    if "autocrawl" in results and "trafilatura" in results:
        print(
            "speed ratio autocrawl / trafilatura: "
            f"{results['autocrawl']['rate'] / results['trafilatura']['rate']:.2f}x "
            f"(by CPU time, which other load on the machine disturbs less: "
            f"{results['autocrawl']['cpu_rate'] / results['trafilatura']['cpu_rate']:.2f}x)"
        )
    if "autocrawl" in results and "autocrawl+comments" in results:
        ratio = results["autocrawl+comments"]["rate"] / results["autocrawl"]["rate"]
        print(f"comments on / off: {ratio:.2f}x the pages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
