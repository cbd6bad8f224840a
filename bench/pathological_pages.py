"""Extraction time on pages of one repeated shape, at two sizes: a shape whose time grows faster
than its size is a way for one hostile or odd page to stall a crawl.

    python bench/pathological_pages.py [--units 2000] [--scale 4]

Each shape is built with `--units` repetitions and with `--scale` times as many; the table gives
both times (article and comments extraction of the same bytes) and the growth exponent
log(t2 / t1) / log(scale): about 1 is linear, about 2 quadratic.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autocrawl.extraction import extract_article, extract_comments  # noqa: E402

SENTENCE = "The council approved the tram extension on Monday after a long debate about its cost and route. "
URL = "https://news.example.com/2024/05/03/tram"


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Tram</title></head><body>{body}</body></html>"


SHAPES: dict[str, Callable[[int], str]] = {
    "paragraphs": lambda n: _page("<article><h1>Tram</h1>" + f"<p>{SENTENCE}</p>" * n + "</article>"),
    "read-more headings": lambda n: _page("<div>" + f"<h3>Read more</h3><p>{SENTENCE}</p>" * n + "</div>"),
    "blog pointers": lambda n: _page("<div>" + f"<p>Continue reading</p><p>{SENTENCE}</p>" * n + "</div>"),
    "comment openers, no prose": lambda n: _page("<div>" + "<h3>Leave a Reply</h3><p>x</p>" * n + "</div>"),
    "repeated paragraph": lambda n: _page("<article>" + f"<p>{SENTENCE}</p>" * n + "</article>"),
    "short lines": lambda n: _page("<div>" + "".join(f"<div>Item {i}</div>" for i in range(n)) + "</div>"),
    "pictures with captions": lambda n: _page(
        "<div>"
        + "".join(f"<div><img src='/i{i}.jpg'><span>Photo {i}</span></div><p>{SENTENCE}</p>" for i in range(n))
        + "</div>"
    ),
    "figures": lambda n: _page(
        "<article>"
        + "".join(
            f"<figure><img src='/f{i}.jpg'><figcaption>Fig {i}</figcaption></figure><p>{SENTENCE}</p>" for i in range(n)
        )
        + "</article>"
    ),  # fmt: skip
    "teaser cards": lambda n: _page(
        "<div>"
        + "".join(
            f"<div class='c'><a href='/s/{i}'><h3>Story {i}</h3></a><p>{SENTENCE[:60]}</p></div>" for i in range(n)
        )
        + "</div>"
    ),  # fmt: skip
    "links in one paragraph": lambda n: _page(
        "<article><p>" + "".join(f"<a href='/t/{i}'>tag {i}</a>, " for i in range(n)) + "</p></article>"
    ),
    "line breaks in one paragraph": lambda n: _page("<article><p>" + f"{SENTENCE}<br>" * n + "</p></article>"),
    "one long text": lambda n: _page("<article><p>" + SENTENCE * n + "</p></article>"),
    "table rows": lambda n: _page(
        "<article><table>"
        + "".join(f"<tr><td>{i}</td><td>{SENTENCE}</td></tr>" for i in range(n))
        + "</table></article>"
    ),
    "list items": lambda n: _page("<article><ul>" + f"<li>{SENTENCE}</li>" * n + "</ul></article>"),
    "nested lists": lambda n: _page("<ul><li>" * (n // 20) + SENTENCE + "</li></ul>" * (n // 20)),
    "time elements": lambda n: _page(
        "<article>"
        + "".join(f"<p><time datetime='2024-05-03T10:{i % 60:02d}:00Z'>May 3</time> {SENTENCE}</p>" for i in range(n))
        + "</article>"
    ),  # fmt: skip
    "comments with reply links": lambda n: _page(
        f"<article><h1>Tram</h1><p>{SENTENCE * 5}</p></article><ol class='comments'>"
        + "".join(
            f"<li class='comment' id='c{i}'><span class='author'>user{i}</span> "
            f"<time datetime='2024-05-03T10:00:00Z'>May 3</time><p>{SENTENCE}</p>"
            f"<a href='#c{max(i - 1, 0)}'>in reply to</a></li>"
            for i in range(n)
        )
        + "</ol>"
    ),  # fmt: skip
    "json-ld scripts": lambda n: _page(
        "".join(
            f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "H{i}", "author": "A {i}"}}'
            "</script>"
            for i in range(n)
        )
        + f"<p>{SENTENCE * 5}</p>"
    ),
    "hidden blocks": lambda n: _page(
        "<article>" + f"<div style='display:none'><p>{SENTENCE}</p></div><p>{SENTENCE}</p>" * n + "</article>"
    ),
    "flat forum posts": lambda n: _page(
        "<div>"
        + "".join(
            f"<div class='p{i % 2}'><h4><a href='/u/{i}'>user{i}</a></h4><span>03.05.2024 10:{i % 60:02d}"
            f"</span><p>{SENTENCE}</p><a href='#p{max(i - 1, 0)}'>#{i}</a></div>"
            for i in range(n)
        )
        + "</div>"
    ),  # fmt: skip
    "quoted replies": lambda n: _page(
        f"<article><p>{SENTENCE * 5}</p></article><ol class='comments'>"
        + "".join(
            f"<li class='comment' id='c{i}'><b>u{i}</b> <time datetime='2024-05-03T10:00:00Z'>x</time>"
            f"<blockquote>u{max(i - 1, 0)} wrote: {SENTENCE}</blockquote><p>{SENTENCE}</p></li>"
            for i in range(n)
        )
        + "</ol>"
    ),  # fmt: skip
    "nested comments": lambda n: _page(
        f"<article><p>{SENTENCE * 5}</p></article><div class='comments'>"
        + "".join(
            f"<div class='comment'><b>user{i}</b> <time datetime='2024-05-03T10:00:00Z'>May 3</time><p>{SENTENCE}</p>"
            for i in range(n // 20)
        )
        + "</div>" * (n // 20)
        + "</div>"
    ),  # fmt: skip
}


def _seconds(html: bytes) -> tuple[float, float]:
    start = time.process_time()
    extract_article(html, URL)
    middle = time.process_time()
    extract_comments(html, URL)
    return middle - start, time.process_time() - middle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=2000)
    parser.add_argument("--scale", type=int, default=4)
    args = parser.parse_args()
    print(f"{'shape':32} {'MB':>6} {'article s':>10} {'comments s':>11} {'x' + str(args.scale) + ' MB':>8} "
          f"{'article s':>10} {'comments s':>11} {'growth':>7}")  # fmt: skip
    worst = 0.0
    for name, build in SHAPES.items():
        small, large = build(args.units).encode(), build(args.units * args.scale).encode()
        a1, c1 = _seconds(small)
        a2, c2 = _seconds(large)
        growth = math.log(max(a2 + c2, 1e-3) / max(a1 + c1, 1e-3)) / math.log(args.scale)
        worst = max(worst, growth)
        print(f"{name:32} {len(small) / 1e6:6.2f} {a1:10.2f} {c1:11.2f} {len(large) / 1e6:8.2f} {a2:10.2f} {c2:11.2f} "
              f"{growth:7.2f}")  # fmt: skip
    print(f"worst growth exponent: {worst:.2f}")


if __name__ == "__main__":
    main()
