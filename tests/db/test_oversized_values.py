"""Values beyond what a column or an index holds, on SQLite and PostgreSQL (whose btree index refuses
an entry over 2,704 bytes, and whose INTEGER is 32 bits): the store keeps the article and leaves out
what cannot be kept, and the refusal of a statement is never taken for a database outage."""

from __future__ import annotations

import random
import string

import pytest
from sqlalchemy import Engine, insert, select

from autocrawl.db.models import Article, ArticleUrl, Comment, Site
from autocrawl.db.repository import Repository
from autocrawl.db.retry import is_transient
from autocrawl.urls import MAX_KEY_URL_BYTES

from .test_repository import article, save

# Random letters: PostgreSQL compresses an index entry, and a run of one letter would fit.
TAIL = "".join(random.Random(3).choices(string.ascii_lowercase + string.digits, k=3000))


def test_url_forms_and_comment_ids_too_long_to_be_keys_are_left_out(engine: Engine, repo: Repository) -> None:
    long_form = f"https://www.example.com/news/story-1/{TAIL}"
    comments = [
        {"external_id": TAIL, "author": "Ann", "text": "A first comment with an id of 3,000 characters."},
        {"external_id": "c-2", "parent_external_id": TAIL, "author": "Bo", "text": "A reply to it."},
    ]
    outcome = save(repo, article(urls=[long_form, "https://www.example.com/news/story-1/amp"], comments=comments))
    assert outcome.status == "new"
    with engine.connect() as conn:
        forms = set(conn.scalars(select(ArticleUrl.url)))
        stored = conn.execute(select(Comment.external_id, Comment.text)).all()
    assert "https://www.example.com/news/story-1/amp" in forms and long_form not in forms
    assert {row.text: row.external_id for row in stored} == {
        "A first comment with an id of 3,000 characters.": None,
        "A reply to it.": "c-2",
    }


def test_an_article_keyed_by_a_url_too_long_is_refused_alone(repo: Repository) -> None:
    too_long = f"https://www.example.com/news/{TAIL}"
    outcomes = repo.save_articles([article(url=too_long, canonical_url=too_long), article()])
    assert isinstance(outcomes[0], ValueError) and f"over {MAX_KEY_URL_BYTES} bytes" in str(outcomes[0])
    assert not isinstance(outcomes[1], Exception) and outcomes[1].status == "new"


def test_an_index_entry_postgresql_refuses_is_no_outage(postgresql_url: str) -> None:
    from autocrawl.db.engine import make_engine
    from autocrawl.db.schema import upgrade

    engine = make_engine(postgresql_url)
    upgrade(engine)
    try:
        with pytest.raises(Exception) as refused, engine.begin() as conn:
            site_id = conn.execute(insert(Site).values(key="s").returning(Site.id)).scalar_one()
            conn.execute(insert(Article).values(site_id=site_id, url="u", canonical_url=TAIL, title="t"))
        assert "exceeds btree" in str(refused.value)  # the refusal itself, as PostgreSQL words it
        assert not is_transient(refused.value)
    finally:
        engine.dispose()


def test_a_comment_count_beyond_an_integer_is_no_count(engine: Engine, repo: Repository) -> None:
    assert save(repo, article(comments_declared=99_999_999_999)).status == "new"
    with engine.connect() as conn:
        assert conn.scalar(select(Article.comments_declared)) is None


def test_a_url_form_seen_later_too_long_to_be_a_key_is_left_out(engine: Engine, repo: Repository) -> None:
    save(repo, article())
    long_form = f"https://www.example.com/news/story-1?utm_source={TAIL}"  # the same story, by its canonical form
    short_form = "https://www.example.com/news/story-1?ref=home"
    canonical = "https://www.example.com/news/story-1"
    assert repo.add_url_forms([(canonical, long_form), (canonical, short_form)]) == 1
    with engine.connect() as conn:
        forms = set(conn.scalars(select(ArticleUrl.url)))
    assert short_form in forms and long_form not in forms
