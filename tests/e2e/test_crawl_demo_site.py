"""Crawl the demo news site end to end and check what a user of the database would check."""

from __future__ import annotations

from datetime import datetime

import pytest

from autocrawl.demosite import DemoArticle

from .conftest import Store

BOILERPLATE = [
    "This article contains localized units and prices",
    "Change settings",
    "Your choice",
    "Reader comments",
    "Be the first to comment",
    "Popular models",
    "No comments yet",
]


def url_key(url: str) -> str:
    return url.split("#")[0].rstrip("/")


def stored_by_path(store: Store, base: str) -> dict[str, object]:
    return {url_key(k).removeprefix(base): v for k, v in store.articles().items()}


def same_day(stored: object, truth: datetime) -> bool:
    if isinstance(stored, datetime):
        value = stored if stored.tzinfo else stored.replace(tzinfo=truth.tzinfo)
    else:
        value = datetime.fromisoformat(str(stored))
    return value.astimezone(truth.tzinfo).date() == truth.date()


def test_crawl_stores_every_article_once_with_clean_fields(demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    outcome = run_crawl([base + "/"])
    assert outcome.code == 0, outcome.stderr[-3000:]
    assert outcome.summary["status"] == "ok"

    stored = stored_by_path(store, base)
    expected = {url_key(a.path): a for a in site.articles}
    assert set(stored) == set(expected), "every article stored, and nothing else (no tag/about/listing pages)"
    assert outcome.summary["articles_new"] == len(expected)
    assert store.scalar("SELECT count(*) FROM sites") == 1

    for path, art in expected.items():
        row = stored[path]
        assert row.title == art.title, path
        assert row.published_at is not None and same_day(row.published_at, art.published), path
        for paragraph in art.paragraphs:
            assert paragraph in row.body, f"{path}: missing paragraph {paragraph[:60]!r}"
        for phrase in [*BOILERPLATE, site.tagline]:  # the tagline sits in the site's header banner
            assert phrase.casefold() not in row.body.casefold(), f"{path}: boilerplate {phrase!r} in body"
        for _src, caption in art.images:
            assert row.body.count(caption) == 0, f"{path}: caption {caption!r} left in the body"
        assert art.lead not in row.body or art.lead in art.paragraphs, f"{path}: teaser lead in body"

    # The 404 link and the redirect are handled, and counted.
    assert outcome.summary["errors"].get("http_404", 0) >= 1
    redirected = store.rows("SELECT url FROM article_urls WHERE url LIKE :p", p=f"{base}/old/%")
    assert redirected, "the pre-redirect URL is kept as one of the article's URLs"


def test_comments_threaded_across_pages_and_placeholders(demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    assert run_crawl([base + "/"]).code == 0
    stored = stored_by_path(store, base)
    paged = [a for a in site.articles if a.comments_paged]
    assert paged and len(paged[0].comment_pages()) >= 3, "the fixture has a thread over three comment pages"
    for art in site.articles:
        row = stored[url_key(art.path)]
        comments = store.comments(row.id)
        assert len(comments) == len(art.comments), f"{art.path}: {len(comments)} stored, {len(art.comments)} shown"
        by_text = {c.text: c for c in comments}
        id_to_text = {c.id: c.text for c in comments}
        for truth in art.comments:
            got = by_text.get(truth.text)
            assert got is not None, f"{art.path}: comment {truth.text[:40]!r} missing"
            assert got.author == truth.author
            if truth.parent_id is None:
                assert got.parent_id is None, f"{art.path}: {truth.text[:30]!r} should be top level"
            else:
                assert id_to_text.get(got.parent_id) == art.comment(truth.parent_id).text, (
                    f"{art.path}: wrong parent for {truth.text[:30]!r}"
                )
    placeholder_pages = [a for a in site.articles if not a.comments]
    assert placeholder_pages, "the fixture has articles without comments (placeholders)"


def test_second_crawl_adds_no_row(demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    assert run_crawl([base + "/"]).code == 0
    first = store.counts()
    second = run_crawl([base + "/"])
    assert second.code == 0, second.stderr[-3000:]
    assert store.counts() == first
    assert second.summary["articles_new"] == 0
    assert second.summary["comments_new"] == 0


def test_new_comments_on_revisit_are_added_once(demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    assert run_crawl([base + "/"]).code == 0
    art: DemoArticle = next(a for a in site.articles if a.comments_paged)
    before = store.counts()["comments"]
    top = site.add_comment(art.slug, "Nadia Okafor", "A late thought on the ferry schedule: weekends need it most.")
    reply_to = art.comments[0]
    reply = site.add_comment(art.slug, "Tom Weller", "Agreed, and the early boat too.", parent_id=reply_to.id)
    again = run_crawl([base + "/"], "--revisit-days", "3650")
    assert again.code == 0, again.stderr[-3000:]
    assert store.counts()["comments"] == before + 2
    assert again.summary["comments_new"] == 2
    row = stored_by_path(store, base)[url_key(art.path)]
    comments = {c.text: c for c in store.comments(row.id)}
    assert comments[top.text].parent_id is None
    parent_row = comments[reply_to.text]
    assert comments[reply.text].parent_id == parent_row.id


@pytest.mark.parametrize("start", ["/robots.txt", "/rss.xml", "/sitemap_index.xml"])
def test_crawl_from_robots_feed_or_sitemap(start: str, demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    outcome = run_crawl([base + start], "--max-depth", "1")
    assert outcome.code == 0, outcome.stderr[-3000:]
    stored = stored_by_path(store, base)
    assert len(stored) >= 8, f"starting at {start} finds the articles ({len(stored)} stored)"
    assert set(stored) <= {url_key(a.path) for a in site.articles}
