from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Engine, func, select

from autocrawl.dates import local_form, parse_instant
from autocrawl.db.comments import comment_fingerprint
from autocrawl.db.models import Article, ArticleUrl, ArticleVersion, Comment, Site
from autocrawl.db.repository import Repository, SaveOutcome
from autocrawl.items import ArticleItem, CommentItem

BODY = " ".join(f"Paragraph {i} of the story tells what happened in the town council." for i in range(12))


def article(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "url": "https://www.example.com/news/story-1?utm_source=feed",
        "canonical_url": "https://www.example.com/news/story-1",
        "site": "www.example.com",
        "title": "Council votes",
        "authors": ["Ann Writer"],
        "published_at": "2024-05-01T10:00:00+02:00",
        "body": BODY,
        "lead": "The council voted.",
        "tags": ["politics"],
        "images": [{"url": "https://www.example.com/i.jpg", "caption": "Hall"}],
        "site_name": "Example News",
        "urls": ["https://www.example.com/news/story-1/amp"],
        "comments": [],
        "comments_complete": True,
        "etag": '"abc"',
    }
    base.update(kw)
    return base


def save(repo: Repository, item: Any) -> SaveOutcome:
    """One article through the store's batch API; its outcome (an error fails the test)."""
    (outcome,) = repo.save_articles([item])
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def stored(engine: Engine, canonical_url: str) -> Any:
    with engine.connect() as conn:
        return conn.execute(select(Article.__table__).where(Article.canonical_url == canonical_url)).one()


def count(engine: Engine, model: Any, *where: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def test_new_unchanged_updated_versions(engine: Engine, repo: Repository) -> None:
    first = save(repo, article())
    assert first.status == "new"
    again = save(repo, article())
    assert again.status == "unchanged" and again.article_id == first.article_id
    assert count(engine, Article) == 1
    assert count(engine, ArticleVersion) == 0

    changed = save(repo, article(title="Council votes again", body=BODY + " A late addition."))
    assert changed.status == "updated"
    assert set(changed.changed_fields) >= {"title", "body"}
    with engine.connect() as conn:
        row = conn.execute(select(Article.__table__)).one()
        assert row.version == 2
        assert row.title == "Council votes again"
        assert row.published_at == datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
        versions = conn.execute(select(ArticleVersion.__table__)).all()
    assert len(versions) == 1
    assert versions[0].title == "Council votes" and versions[0].body == BODY and versions[0].version == 1
    assert count(engine, Site) == 1


def test_orm_roundtrip_datetime_is_aware(engine: Engine, repo: Repository) -> None:
    save(repo, article())
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        art = s.scalars(select(Article)).one()
        assert art.published_at == datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
        assert art.published_at is not None and art.published_at.tzinfo is not None
        assert art.first_seen.tzinfo is not None
        assert art.authors == ["Ann Writer"] and art.images[0]["caption"] == "Hall"


def test_empty_fields_do_not_erase_content(engine: Engine, repo: Repository) -> None:
    save(repo, article())
    out = save(repo, article(body="", title=None, authors=[], images=[], lead=None, published_at=None))
    assert out.status == "unchanged"
    with engine.connect() as conn:
        row = conn.execute(select(Article.__table__)).one()
    assert (row.body, row.title, row.authors) == (BODY, "Council votes", ["Ann Writer"])
    assert row.lead == "The council voted."
    assert row.published_at is not None and len(row.images) == 1


def test_a_body_shrunk_to_a_fraction_keeps_the_stored_version(engine: Engine, repo: Repository) -> None:
    save(repo, article(comments_declared=2))
    halved = BODY[: len(BODY) // 3]
    out = save(repo, article(body=halved, images=[], etag='"cut"', comments_declared=3))
    assert out.shrunk_body == (len(BODY), len(halved))
    assert out.status == "updated" and out.changed_fields == ["comments_declared"]
    row = stored(engine, "https://www.example.com/news/story-1")
    assert (row.body, row.version, row.etag, len(row.images)) == (BODY, 1, '"abc"', 1)
    assert count(engine, ArticleVersion) == 0


def test_a_short_body_or_a_modest_cut_is_a_new_version(engine: Engine, repo: Repository) -> None:
    brief = {"url": "https://www.example.com/brief", "canonical_url": "https://www.example.com/brief", "urls": []}
    save(repo, article(**brief, body="A brief of two lines."))
    short = save(repo, article(**brief, body="A brief."))
    assert short.shrunk_body is None and short.status == "updated"
    save(repo, article())
    trimmed = save(repo, article(body=BODY[: len(BODY) * 2 // 3]))
    assert trimmed.shrunk_body is None and "body" in trimmed.changed_fields
    assert stored(engine, "https://www.example.com/news/story-1").version == 2


def test_article_urls_collected_and_lookup(engine: Engine, repo: Repository) -> None:
    saved = save(repo, article())
    with engine.connect() as conn:
        urls = set(conn.execute(select(ArticleUrl.url)).scalars())
    assert "https://www.example.com/news/story-1" in urls
    assert "https://www.example.com/news/story-1?utm_source=feed" in urls
    assert "https://www.example.com/news/story-1/amp" in urls
    # any form finds the article (a 304 answer to it touches the row); an unknown one does not
    assert repo.touch_article("https://www.example.com/news/story-1/amp")
    assert repo.touch_article("https://WWW.example.com/news/story-1/?fbclid=x")
    assert not repo.touch_article("https://www.example.com/news/other")
    one = stored(engine, "https://www.example.com/news/story-1")
    assert one.id == saved.article_id and one.etag == '"abc"' and one.body_hash
    # a re-crawl found under another canonical URL but a known URL form is the same article
    out = save(
        repo,
        article(
            canonical_url="https://www.example.com/news/story-1-renamed",
            url="https://www.example.com/news/story-1/amp",
        ),
    )
    assert out.article_id == saved.article_id
    assert count(engine, Article) == 1


def test_moved_article_found_by_old_url_but_not_another_story(engine: Engine, repo: Repository) -> None:
    first = save(repo, article(urls=["https://www.example.com/latest"]))
    moved = save(
        repo,
        article(
            url="https://www.example.com/news/2024/story-1-new-slug",
            canonical_url="https://www.example.com/news/2024/story-1-new-slug",
            urls=["https://www.example.com/news/story-1"],
            title="Council votes: the details",
        ),
    )
    assert moved.article_id == first.article_id and moved.status == "updated"
    other = save(
        repo,
        article(
            url="https://www.example.com/news/story-2",
            canonical_url="https://www.example.com/news/story-2",
            urls=["https://www.example.com/latest"],
            title="Storm closes schools",
            body=" ".join(f"Sentence {i} about the weather, the wind and the closed schools." for i in range(12)),
        ),
    )
    assert other.status == "new" and other.article_id != first.article_id
    assert count(engine, Article) == 2


def test_touch_article(engine: Engine, repo: Repository) -> None:
    save(repo, article())
    before = stored(engine, "https://www.example.com/news/story-1")
    assert repo.touch_article("https://www.example.com/news/story-1?utm_medium=x", etag='"new"')
    after = stored(engine, "https://www.example.com/news/story-1")
    assert after.last_seen > before.last_seen and after.etag == '"new"'
    assert not repo.touch_article("https://www.example.com/unknown")


def test_dataclass_items_accepted(engine: Engine, repo: Repository) -> None:
    item = ArticleItem(
        url="https://a.example/x",
        canonical_url="https://a.example/x",
        site="a.example",
        title="T",
        body=BODY,
        comments=[CommentItem(author="Bo", text="First!", external_id="c1")],
    )
    out = save(repo, item)
    assert out.status == "new" and out.comments_new == 1


def comments_rows(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(select(Comment.__table__).order_by(Comment.id)).all())


def test_comment_upsert_edit_delete_and_parents(engine: Engine, repo: Repository) -> None:
    c = [
        {
            "author": "Ann",
            "text": "Great piece.",
            "external_id": "c1",
            "published_at": "2024-05-01T11:00:00Z",
        },
        {"author": "Bob", "text": "I disagree.", "external_id": "c2", "parent": 0},
        {"author": "Cy", "text": "No id here.", "published_at": "2024-05-01T12:00:00Z"},
        {"author": "Dee", "text": "Reply to Bob.", "external_id": "c4", "parent_external_id": "c2"},
    ]
    first = save(repo, article(comments=c))
    assert first.comments_new == 4
    rows = comments_rows(engine)
    assert [r.author for r in rows] == ["Ann", "Bob", "Cy", "Dee"]  # ORDER BY id is page order
    by_author = {r.author: r for r in rows}
    assert by_author["Bob"].parent_id == by_author["Ann"].id
    assert by_author["Dee"].parent_id == by_author["Bob"].id
    assert by_author["Cy"].fingerprint == comment_fingerprint(None, "Cy", "2024-05-01T12:00:00Z", "No id here.")

    # seen again: no new rows
    again = save(repo, article(comments=c))
    assert (again.comments_new, again.comments_updated, again.comments_deleted) == (0, 0, 0)
    assert len(comments_rows(engine)) == 4

    # c2 edited, c1 gone, a new reply to a comment stored on the earlier crawl (by external id)
    c2 = [
        {"author": "Bob", "text": "I disagree, strongly.", "external_id": "c2"},
        c[2],
        c[3],
        {"author": "Eve", "text": "Answering Ann late.", "external_id": "c5", "parent_external_id": "c1"},
    ]
    third = save(repo, article(comments=c2))
    assert (third.comments_new, third.comments_updated, third.comments_deleted) == (1, 1, 1)
    by_author = {r.author: r for r in comments_rows(engine)}
    assert by_author["Bob"].text == "I disagree, strongly." and by_author["Bob"].edited_at is not None
    assert by_author["Ann"].deleted_at is not None and by_author["Ann"].text == "Great piece."
    assert by_author["Eve"].parent_id == by_author["Ann"].id
    assert by_author["Bob"].parent_id == by_author["Ann"].id  # kept from the first crawl
    assert len(by_author) == 5

    # an incomplete comment crawl never marks missing comments deleted
    fourth = save(repo, article(comments=[c2[0]], comments_complete=False))
    assert fourth.comments_deleted == 0
    assert by_author["Cy"].deleted_at is None
    # an empty list (extraction failed) is not "all deleted" either
    fifth = save(repo, article(comments=[]))
    assert fifth.comments_deleted == 0


def test_identical_comments_kept_apart(engine: Engine, repo: Repository) -> None:
    same = {"author": "Ann", "text": "+1"}
    out = save(repo, article(comments=[same, same]))
    assert out.comments_new == 2
    out = save(repo, article(comments=[same, same]))
    assert out.comments_new == 0


def test_duplicate_link(engine: Engine, repo: Repository) -> None:
    orig = save(repo, article())
    dup = save(
        repo,
        article(
            url="https://other.example/wire/123",
            canonical_url="https://other.example/wire/123",
            site="other.example",
            title="Another headline",
            urls=[],
            duplicate_of_url="https://www.example.com/news/story-1",
            duplicate_kind="near",
            similarity=0.9,
        ),
    )
    assert dup.status == "duplicate" and dup.duplicate_of == orig.article_id
    with engine.connect() as conn:
        row = conn.execute(select(Article.__table__).where(Article.id == dup.article_id)).one()
    assert row.body is None and row.duplicate_kind == "near" and row.similarity == 0.9
    assert row.title == "Another headline" and row.canonical_url == "https://other.example/wire/123"
    assert count(engine, Article, Article.duplicate_of.is_(None)) == 1
    assert count(engine, Site) == 2
    # the original re-crawled with a (stale) verdict is still the original
    again = save(repo, article(duplicate_of_url="https://other.example/wire/123", duplicate_kind="exact"))
    assert again.status == "unchanged"
    known = stored(engine, orig.canonical_url)
    assert known.body_hash
    assert repo.original_for_body_hash(known.body_hash) == orig.canonical_url
    assert repo.original_for_body_hash(known.body_hash, exclude_canonical=orig.canonical_url) is None


def test_batch_failure_isolated(engine: Engine, repo: Repository) -> None:
    good1 = article(canonical_url="https://www.example.com/a", url="https://www.example.com/a", urls=[])
    bad = article(canonical_url="", url="")
    good2 = article(
        canonical_url="https://www.example.com/b", url="https://www.example.com/b", urls=[], body=BODY + "b"
    )
    results = repo.save_articles([good1, bad, good2])
    assert [getattr(r, "status", None) for r in results] == ["new", None, "new"]
    assert isinstance(results[1], Exception)
    assert count(engine, Article) == 2


def test_an_article_dated_by_its_day_alone_keeps_that_day_for_readers_east_and_west(
    engine: Engine, repo: Repository
) -> None:
    """A page (or news sitemap) that gives the day without a time: read back in any offset from
    -11:00 to +11:00, the stored instant falls on that day. Midnight UTC fell on the day before
    everywhere west of Greenwich."""
    save(repo, article(published_at="2024-05-01", modified_at="2024-05-03"))
    row = stored(engine, "https://www.example.com/news/story-1")
    published = parse_instant(row.published_at)
    modified = parse_instant(row.modified_at)
    assert published is not None and modified is not None
    for hours in range(-11, 12):
        zone = timezone(timedelta(hours=hours))
        assert published.astimezone(zone).date() == date(2024, 5, 1), hours
        assert modified.astimezone(zone).date() == date(2024, 5, 3), hours
    assert row.published_local == "2024-05-01"
    # a time of day given by the page is kept as the instant it names, and in the page's own terms
    save(repo, article(published_at="2024-05-01T23:30:00-05:00"))
    row = stored(engine, "https://www.example.com/news/story-1")
    assert parse_instant(row.published_at) == datetime(2024, 5, 2, 4, 30, tzinfo=UTC)
    assert row.published_local == "2024-05-01T23:30:00-05:00"  # the day the site's readers saw
    # a later fetch that finds no date keeps both
    save(repo, article(published_at=None))
    row = stored(engine, "https://www.example.com/news/story-1")
    assert parse_instant(row.published_at) == datetime(2024, 5, 2, 4, 30, tzinfo=UTC)
    assert row.published_local == "2024-05-01T23:30:00-05:00"


def test_the_local_form_is_the_date_as_the_page_gives_it() -> None:
    assert local_form("2024-05-01") == "2024-05-01"
    assert local_form("2024-05-01T23:30:00-05:00") == "2024-05-01T23:30:00-05:00"
    assert local_form("2024-05-01T23:30:00") == "2024-05-01T23:30:00"  # a local time, no offset given
    assert local_form("Wed, 01 May 2024 10:00:00 GMT") == "2024-05-01T10:00:00+00:00"
    assert local_form("yesterday") is None
    assert local_form("9999-12-31T23:59:59-14:00") is None  # no instant the store can hold


def test_parse_instant_takes_naive_as_utc() -> None:
    assert parse_instant("2024-05-01") == datetime(2024, 5, 1, tzinfo=UTC)
    assert parse_instant("Wed, 01 May 2024 10:00:00 GMT") == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert parse_instant("2024-05-01T10:00:00+02:00") == datetime(2024, 5, 1, 8, tzinfo=UTC)
    assert parse_instant("yesterday") is None
