"""What gets stored is what `extract_article()` returns (and so what the scorer measures): crawl
the demo site, then extract each stored article's page again from the same bytes and compare
field by field. Only the crawl may add to it: comments, and a date from the sitemap or feed
when the page gives none."""

from __future__ import annotations

import urllib.request

from sqlalchemy import select
from sqlalchemy.orm import Session

from autocrawl.dates import local_form, parse_article_instant
from autocrawl.db.models import Article as StoredArticle
from autocrawl.extraction import extract_article

from .conftest import Store


def test_each_stored_field_is_the_extracted_field(demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    outcome = run_crawl([base + "/"])
    assert outcome.code == 0, outcome.stderr[-3000:]
    with Session(store.engine) as session:
        rows = list(session.scalars(select(StoredArticle).where(StoredArticle.duplicate_of.is_(None))))
    assert len(rows) == len(site.articles)
    for row in rows:
        with urllib.request.urlopen(row.url, timeout=5) as response:  # the bytes the crawl fetched
            article = extract_article(response.read(), row.url, response.headers.get("Content-Type"))
        assert article.is_article, row.url
        assert row.title == article.title, row.url
        assert row.authors == article.authors, row.url
        assert row.body == (article.body or None), row.url
        assert row.lead == article.lead, row.url
        assert row.language == article.language, row.url
        assert row.tags == article.tags, row.url
        assert row.site_name == article.site_name, row.url
        # The store keeps every image record, a caption whose image has no usable URL too.
        images = [{"url": i.url, "caption": i.caption} for i in article.images if i.url or i.caption]
        assert row.images == images, row.url
        if article.published is not None:
            assert row.published_at == parse_article_instant(article.published), row.url
            assert row.published_local == local_form(article.published), row.url
        assert row.modified_at == parse_article_instant(article.modified), row.url
