"""The benchmark generator's options: share of articles with comments, content remade on access
(a large site in little memory), listings indexed per version."""

from __future__ import annotations

import tracemalloc
from datetime import UTC, datetime

from autocrawl.demosite import DemoServer, NewsSite, build_generated_site
from autocrawl.demosite.article_html import render_article

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def test_comment_share_gives_that_share_of_articles_with_comments():
    site = build_generated_site(n_articles=900, seed=4, now=NOW, comment_share=1 / 3)
    counts = [len(a.comments) for a in site.articles]
    with_comments = [c for c in counts if c]
    assert 0.28 < len(with_comments) / len(counts) < 0.39
    assert min(with_comments) == 1 and max(with_comments) == 8
    assert [a.comment_count for a in site.articles] == counts  # type: ignore[attr-defined]


def test_default_site_unchanged_by_the_options():
    default = build_generated_site(n_articles=60, seed=2, now=NOW)
    explicit = build_generated_site(n_articles=60, seed=2, now=NOW, comment_share=None, keep_content=True)
    assert [(a.paragraphs, a.subheadings, [c.text for c in a.comments]) for a in default.articles] == [
        (a.paragraphs, a.subheadings, [c.text for c in a.comments]) for a in explicit.articles
    ]
    assert sum(1 for a in default.articles if not a.comments) < 20  # most articles have comments


def test_content_remade_on_access_serves_the_same_pages_in_little_memory():
    kept = build_generated_site(n_articles=400, seed=5, now=NOW)
    remade = build_generated_site(n_articles=400, seed=5, now=NOW, keep_content=False)
    for i in (0, 7, 200, 399):
        assert render_article(kept, kept.articles[i], "") == render_article(remade, remade.articles[i], "")

    def growth(site: NewsSite) -> int:
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for a in site.articles:
            assert a.paragraphs and a.comments is not None
        grown = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        return grown

    kept_bytes, remade_bytes = growth(kept), growth(remade)
    assert kept_bytes > 1_000_000  # every body and thread kept: kilobytes per article
    assert remade_bytes < kept_bytes / 4  # only a few recent ones cached


def test_indexed_listings_match_a_scan_and_follow_edits():
    site = build_generated_site(n_articles=400, seed=6, now=NOW)
    for section in site.sections:
        assert site.in_section(section) == NewsSite.in_section(site, section)
    for tag in site.tags()[:40]:
        assert site.with_tag(tag) == NewsSite.with_tag(site, tag)
    for slug in list(site.authors)[:40]:
        assert site.by_author(slug) == NewsSite.by_author(site, slug)
    new = site.add_article("Harbour works finish early", ["One.", "Two."], section=site.sections[0], tags=["harbour"])
    assert site.in_section(site.sections[0])[0] is new
    assert site.with_tag("harbour") == [new]
    assert site.sitemap_articles()[0] is new
    with DemoServer(site) as server:
        assert server.respond("/tag/harbour/", server.base).body.count(new.path.encode()) >= 1
