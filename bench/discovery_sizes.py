"""Discovery parse time at two sizes: a sitemap, a text sitemap, an RSS feed, an HTML page of links
and a robots.txt, each with `--entries` entries and with `--scale` times as many (capped inputs
stop at their cap: a sitemap at MAX_SITEMAP_URLS). A time that grows faster than the input is a way
for one hostile file to stall a crawl; the tests assert what is read, this measures how fast.

    python bench/discovery_sizes.py [--entries 10000] [--scale 4]

The table gives both times (best of `--rounds`) and the growth exponent log(t2 / t1) / log(scale):
about 1 is linear, about 2 quadratic.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autocrawl.discovery import (  # noqa: E402
    feed_links,
    html_links,
    robots_sitemaps,
    sitemap_links,
    text_sitemap_links,
)

BASE = "https://news.example.org/"


def _story(i: int) -> str:
    return f"https://news.example.org/2024/05/{i}/story-{i}"


def _sitemap(n: int) -> bytes:
    entries = "".join(f"<url><loc>{_story(i)}</loc><lastmod>2024-05-01T10:00:00Z</lastmod></url>" for i in range(n))
    return (
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'.encode()
    )


def _text_sitemap(n: int) -> bytes:
    return "\n".join(_story(i) for i in range(n)).encode()


def _rss(n: int) -> bytes:
    items = "".join(f"<item><title>Story {i}</title><link>{_story(i)}</link></item>" for i in range(n))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}</channel></rss>'.encode()


def _html(n: int) -> bytes:
    links = "".join(f'<li><a href="/2024/05/{i}/story-{i}">Story {i}</a></li>' for i in range(n))
    return f"<html><body><ul>{links}</ul></body></html>".encode()


def _robots(n: int) -> bytes:
    lines = "".join(f"Disallow: /private/{i}/\nSitemap: https://news.example.org/sitemap-{i}.xml\n" for i in range(n))
    return f"User-agent: *\n{lines}".encode()


SHAPES: dict[str, tuple[Callable[[int], bytes], Callable[[bytes, str], object]]] = {
    "sitemap": (_sitemap, sitemap_links),
    "text sitemap": (_text_sitemap, text_sitemap_links),
    "rss feed": (_rss, feed_links),
    "html links": (_html, html_links),
    "robots.txt": (_robots, robots_sitemaps),
}


def _best(parse: Callable[[bytes, str], object], data: bytes, rounds: int) -> float:
    best = math.inf
    for _ in range(rounds):
        started = time.perf_counter()
        parse(data, BASE)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--scale", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"{'shape':<14} {'MB':>6} {'s':>7} {'x' + str(args.scale) + ' MB':>8} {'s':>7} {'growth':>7}")
    worst = 0.0
    for name, (build, parse) in SHAPES.items():
        small, large = build(args.entries), build(args.entries * args.scale)
        t1, t2 = _best(parse, small, args.rounds), _best(parse, large, args.rounds)
        growth = math.log(t2 / t1) / math.log(args.scale)
        worst = max(worst, growth)
        print(f"{name:<14} {len(small) / 1e6:>6.2f} {t1:>7.3f} {len(large) / 1e6:>8.2f} {t2:>7.3f} {growth:>7.2f}")
    print(f"worst growth exponent: {worst:.2f}")


if __name__ == "__main__":
    main()
