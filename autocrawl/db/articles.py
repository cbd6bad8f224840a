"""The article tables: `articles` (upsert keyed on the canonical URL), `article_versions`,
`article_urls` (every URL form seen) and duplicate links; `sites` as the articles' owners.

`ArticleWriter` saves the articles of one batch in one session. Lookups are answered from a
per-batch prefetch (`BatchCache`); the article rows are written as each article is saved
(`save`, no savepoint: the common case, where nothing fails; or `save_with_savepoint`, a
savepoint each, so that a failing article leaves nothing behind) — a new one as one Core
`INSERT … RETURNING id`, a stored one through the ORM —, while the rows that hang off them
(URL forms, comments, links of waiting discussions) are staged and sent once for the batch by
`flush`, as multi-row `INSERT … ON CONFLICT` statements.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Table, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from autocrawl.dates import parse_article_instant
from autocrawl.db.bulk import IN_CHUNK, chunks, upsert
from autocrawl.db.comments import (
    CommentPlan,
    as_record,
    int_or_none,
    plan_comments,
    stored_comments,
    write_comment_plans,
)
from autocrawl.db.models import Article, ArticleUrl, ArticleVersion, Site, new_article_key, utcnow
from autocrawl.db.provenance import apply_provenance, new_provenance
from autocrawl.db.retry import is_transient
from autocrawl.dedupe.hashing import body_hash, normalize_text
from autocrawl.dedupe.minhash import MinHasher, jaccard_estimate
from autocrawl.urls import (
    MAX_KEY_URL_BYTES,
    canonicalize,
    key_url_fits,
    port_free_forms,
    site_key,
    store_site_key,
)

__all__ = [
    "ArticleWriter",
    "ArticleFailed",
    "SaveOutcome",
    "Prepared",
    "prepare",
    "unique",
    "VERSIONED_FIELDS",
    "CONTENT_FIELDS",
]

logger = logging.getLogger(__name__)

# A change of one of these keeps the previous content in article_versions and bumps `version`.
VERSIONED_FIELDS = ("title", "body")
# Compared on every re-crawl; any change makes the save an 'updated' one.
CONTENT_FIELDS = (
    "title",
    "body",
    "lead",
    "authors",
    "published_at",
    "modified_at",
    "language",
    "tags",
    "images",
    "site_name",
    "comments_declared",
)
# A revisit whose body is under this share (60%) of a stored body of at least SUBSTANTIAL_BODY_CHARS is
# a degraded fetch (a page cut in its text, a paywall teaser), not a new version: the stored one stays.
SHRUNK_BODY_SHARE = 0.6
SUBSTANTIAL_BODY_CHARS = 500
_URLS: Table = ArticleUrl.__table__  # type: ignore[assignment]
_SITES: Table = Site.__table__  # type: ignore[assignment]
_ARTICLES: Table = Article.__table__  # type: ignore[assignment]
_NEW_URL_ID = 1 << 62  # order of URL forms added in this batch: after every stored one
# A new article: one statement, no ORM unit of work (a flush per article cost more than the rest
# of its save); the row is loaded into the session only if the batch looks at it again.
_INSERT_ARTICLE = insert(_ARTICLES).returning(_ARTICLES.c.id)


class ArticleFailed(Exception):
    """An article saved without a savepoint failed on its data: what it wrote cannot be undone
    alone, so its batch is rolled back and written again with a savepoint per article."""


@dataclass
class SaveOutcome:
    status: str  # new | updated | unchanged | duplicate
    article_id: int
    canonical_url: str
    comments_new: int = 0
    comments_updated: int = 0
    comments_deleted: int = 0
    changed_fields: list[str] = dataclasses.field(default_factory=list)
    duplicate_of: int | None = None
    shrunk_body: tuple[int, int] | None = None  # (stored, fetched) body lengths of a shrunk fetch kept as it was


def unique(values: Iterable[str | None]) -> list[str]:
    """The non-empty values, stripped, first occurrence kept."""
    seen: dict[str, None] = {}
    for v in values:
        if v:
            v = v.strip()
            if v and v not in seen:
                seen[v] = None
    return list(seen)


def _clean_list(value: Any) -> list[Any]:
    if not value:
        return []
    return [v for v in value if v not in (None, "")]


def _clean_images(value: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for img in value or []:
        if isinstance(img, str):
            out.append({"url": img, "caption": None})
        elif isinstance(img, Mapping) and (img.get("url") or img.get("caption")):
            # a caption whose image the page gives no usable URL for is still the image's record
            out.append({"url": img.get("url") or None, "caption": img.get("caption") or None})
    return out


_SIMILARITY = MinHasher(num_perm=64, shingle_size=3)


def _ref_id(ref: Article | int) -> int:
    return ref if isinstance(ref, int) else ref.id


def _discussion_target(kind: str, item: dict[str, Any]) -> str | None:
    """The canonical URL of the story a discussion page discusses (None for an article, or for a
    URL too long to be a key)."""
    target = canonicalize(item.get("discusses_url") or "") if kind == "discussion" else ""
    return target if target and key_url_fits(target) else None


def body_shrunk(stored: str | None, fetched: str | None) -> bool:
    """A fetched body much shorter than a substantial stored one: a degraded fetch."""
    return (
        stored is not None
        and len(stored) >= SUBSTANTIAL_BODY_CHARS
        and fetched is not None
        and len(fetched) < SHRUNK_BODY_SHARE * len(stored)
    )


def _plausibly_same(art: Article, values: dict[str, Any]) -> bool:
    """Could `values` be a new version of `art`? False only when both have text and it differs
    in title and mostly in body."""
    old, new = art.body, values.get("body")
    if art.duplicate_of is not None or not old or not new:
        return True
    if art.title and normalize_text(art.title) == normalize_text(values.get("title")):
        return True
    if body_hash(new) == art.body_hash:
        return True
    return jaccard_estimate(_SIMILARITY.signature(old), _SIMILARITY.signature(new)) >= 0.5


@dataclass
class Prepared:
    """An item's record with its keys: fetched URL, canonical URL, every URL form, site key."""

    record: dict[str, Any]
    url: str
    canonical: str
    forms: list[str]
    key: str


def prepare(item: Any) -> Prepared:
    record = as_record(item)
    url = (record.get("url") or "").strip()
    canonical = canonicalize(record.get("canonical_url") or "") or canonicalize(url)
    if not canonical:
        raise ValueError("article item without url and canonical_url")
    url = url or canonical
    if not key_url_fits(canonical):
        # the spider keys no page by such a URL (autocrawl.urls.MAX_KEY_URL_BYTES); an index refuses it
        raise ValueError(f"canonical URL over {MAX_KEY_URL_BYTES} bytes, too long to be a key: {canonical[:200]}…")
    forms = unique([canonical, url, *(record.get("urls") or [])])
    forms = unique([*forms, *(canonicalize(f) for f in forms)])
    key = site_key(record.get("site") or "") or store_site_key(url)
    forms = [form for form in unique([*forms, *port_free_forms(forms, key)]) if key_url_fits(form)]
    return Prepared(record, url, canonical, forms, key)


@dataclass
class BatchCache:
    """What one batch's lookups need, fetched with one IN query per table, and kept current as
    the batch writes. A form absent from a map was not prefetched (ask the database); a form
    mapped to None is known to be absent. Dropped as soon as an article of the batch fails
    (its savepoint rollback would leave the cache describing rows that are gone). An article this
    batch inserted is known by its id alone (`ArticleWriter._find` loads it if asked for it)."""

    by_canonical: dict[str, Article | int | None] = dataclasses.field(default_factory=dict)
    by_url: dict[str, tuple[int, int] | None] = dataclasses.field(default_factory=dict)  # (row id, article id)
    comments: dict[int, list[Row[Any]]] = dataclasses.field(default_factory=dict)  # article id -> stored, unsaved yet

    def load(self, session: Session, forms: list[str]) -> None:
        for chunk in chunks(forms, IN_CHUNK):
            self.by_canonical.update(dict.fromkeys(chunk))
            self.by_url.update(dict.fromkeys(chunk))
            for art in session.scalars(select(Article).where(Article.canonical_url.in_(chunk))):
                self.by_canonical[art.canonical_url] = art
            for form, row_id, article_id in session.execute(
                select(ArticleUrl.url, ArticleUrl.id, ArticleUrl.article_id).where(ArticleUrl.url.in_(chunk))
            ):
                self.by_url[form] = (row_id, article_id)
        # the articles URL forms point at, into the identity map (session.get then costs nothing)
        ids = list({v[1] for v in self.by_url.values() if v is not None})
        for chunk in chunks(ids, IN_CHUNK):
            session.scalars(select(Article).where(Article.id.in_(chunk))).all()
        found = {_ref_id(a) for a in self.by_canonical.values() if a is not None} | set(ids)
        self.comments = stored_comments(session, sorted(found))

    def covers(self, forms: list[str]) -> bool:
        return all(f in self.by_canonical and f in self.by_url for f in forms)


@dataclass
class _Staged:
    """The rows one saved article still has to send (at the batch's `flush`)."""

    outcome: SaveOutcome | None  # None: URL forms alone (`add_url_forms`)
    urls: list[dict[str, Any]]
    comments: CommentPlan | None
    new_forms: list[str]  # a new article: the forms waiting discussions may name


class ArticleWriter:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: BatchCache | None = None
        self.site_ids: dict[str, int] = {}
        self.pending: list[_Staged] = []
        self.pending_urls: dict[str, int] = {}  # URL form -> article id, not written yet
        self._staged: _Staged | None = None

    # ---------------------------------------------------------------- batch

    def load(self, preps: list[Prepared], extra_forms: list[str]) -> None:
        """Prefetch what the batch's lookups need and upsert its sites (one statement)."""
        cache = BatchCache()
        cache.load(self.session, unique([*(f for p in preps for f in p.forms), *extra_forms]))
        self.cache = cache
        self._upsert_sites(preps, utcnow())

    def _upsert_sites(self, preps: list[Prepared], now: datetime) -> None:
        names: dict[str, str | None] = {}
        for p in preps:
            if not names.get(p.key):
                names[p.key] = p.record.get("site_name") or None
        missing = [k for k in names if k not in self.site_ids]
        if not missing:
            return
        rows = [{"key": k, "name": names[k], "first_seen": now, "last_crawled": now} for k in missing]
        stmt = upsert(self.session, _SITES)
        stmt = stmt.on_conflict_do_update(
            index_elements=["key"],
            set_={"last_crawled": stmt.excluded.last_crawled, "name": func.coalesce(_SITES.c.name, stmt.excluded.name)},
        ).returning(_SITES.c.id, _SITES.c.key)
        for site_id, key in self.session.execute(stmt, rows):
            self.site_ids[key] = site_id

    def save(self, prep: Prepared) -> SaveOutcome:
        """Save one article in the batch's transaction, with no savepoint of its own (a SAVEPOINT
        and its RELEASE cost more than the article's own statements). An error of the article
        raises `ArticleFailed` (the caller rolls the batch back and saves it again with
        `save_with_savepoint`); a lost connection is raised as it is."""
        self._flush_if_needed(prep)
        try:
            outcome = self._save(prep)
        except Exception as exc:
            if is_transient(exc):
                raise
            raise ArticleFailed(f"{prep.canonical}: {type(exc).__name__}") from exc
        if self._staged is not None:
            self.pending.append(self._staged)
            self._staged = None
        return outcome

    def save_with_savepoint(self, prep: Prepared) -> SaveOutcome | Exception:
        """Save one article in its own savepoint: on failure nothing of it stays (and the batch's
        cache is dropped); a lost connection is raised (the whole batch is retried)."""
        for attempt in (1, 2):
            self._flush_if_needed(prep)
            try:
                with self.session.begin_nested():
                    outcome = self._save(prep)
            except IntegrityError as exc:
                # another process inserted the same article/URL meanwhile: the second try updates it
                self._failed()
                if attempt == 2:
                    return exc
                continue
            except Exception as exc:
                if is_transient(exc):
                    raise  # the connection, not this article: the whole batch fails and is retried
                self._failed()
                return exc
            if self._staged is not None:
                self.pending.append(self._staged)
                self._staged = None
            return outcome
        raise AssertionError("unreachable")

    def _failed(self) -> None:
        self.cache = None
        if self._staged is not None:
            for row in self._staged.urls:
                self.pending_urls.pop(row["url"], None)
            self._staged = None

    def _flush_if_needed(self, prep: Prepared) -> None:
        """An article saved twice in a batch reads its stored comments again: write the first
        save's first (outside any savepoint, so a failure of this one cannot undo them)."""
        if not self.pending:
            return
        waiting = {s.outcome.article_id for s in self.pending if s.outcome is not None}
        existing = self.find_id([prep.canonical])
        if existing is None:
            existing = self.find_id(prep.forms)
        if existing is not None and existing in waiting:
            self.flush()

    def flush(self) -> None:
        """Send the staged rows of the articles saved so far, then fill in their outcomes."""
        staged, self.pending = self.pending, []
        self.pending_urls = {}
        if not staged:
            return
        session = self.session
        url_rows = [row for s in staged for row in s.urls]
        if url_rows:
            stmt = upsert(session, _URLS).on_conflict_do_nothing(index_elements=["url"])
            session.execute(stmt, url_rows)
        write_comment_plans(session, [s.comments for s in staged if s.comments is not None], utcnow())
        for s in staged:
            if s.outcome is not None and s.comments is not None:
                s.outcome.comments_new = s.comments.inserted
                s.outcome.comments_updated = s.comments.updated
                s.outcome.comments_deleted = len(s.comments.deleted)
        self._link_waiting_discussions(
            [(s.outcome.article_id, s.new_forms) for s in staged if s.outcome and s.new_forms]
        )

    def _link_waiting_discussions(self, new_articles: list[tuple[int, list[str]]]) -> None:
        """Discussions stored before their story link to it once it is stored."""
        owner: dict[str, int] = {}
        for article_id, forms in new_articles:
            for form in forms:
                owner.setdefault(form, article_id)
        if not owner:
            return
        links: list[dict[str, Any]] = []
        for chunk in chunks(list(owner), IN_CHUNK):
            rows = self.session.execute(
                select(Article.id, Article.discusses_url).where(
                    Article.discusses_url.in_(chunk), Article.discusses_article_id.is_(None)
                )
            )
            links += [{"b_id": i, "b_story": owner[u]} for i, u in rows if u is not None and owner[u] != i]
        if links:
            self.session.execute(
                update(_ARTICLES)
                .where(_ARTICLES.c.id == bindparam("b_id"))
                .values(discusses_article_id=bindparam("b_story")),
                links,
            )
            linked = {link["b_id"] for link in links}
            for obj in list(self.session.identity_map.values()):
                if isinstance(obj, Article) and obj.id in linked:
                    self.session.expire(obj, ["discusses_article_id"])

    # ---------------------------------------------------------------- lookups

    def _lookup(self, forms: list[str]) -> Article | int | None:
        """The article any of `forms` names (by canonical URL first, then by URL form): its loaded
        row, or just its id when the row is not loaded."""
        if not forms:
            return None
        session, cache = self.session, self.cache
        if cache is not None and cache.covers(forms):
            arts = [a for a in (cache.by_canonical[f] for f in forms) if a is not None]
            if arts:
                return min(arts, key=_ref_id)
            hits = [h for h in (cache.by_url[f] for f in forms) if h is not None]
            return min(hits)[1] if hits else None
        art = session.scalar(select(Article).where(Article.canonical_url.in_(forms)).order_by(Article.id).limit(1))
        if art is not None:
            return art
        article_id = session.scalar(
            select(ArticleUrl.article_id).where(ArticleUrl.url.in_(forms)).order_by(ArticleUrl.id).limit(1)
        )
        if article_id is None:  # a form this batch recorded but has not written yet
            article_id = next((self.pending_urls[f] for f in forms if f in self.pending_urls), None)
        return article_id

    def _find(self, forms: list[str]) -> Article | None:
        ref = self._lookup(forms)
        return self.session.get(Article, ref) if isinstance(ref, int) else ref

    def find_id(self, forms: list[str]) -> int | None:
        ref = self._lookup(forms)
        return None if ref is None else _ref_id(ref)

    # ---------------------------------------------------------------- saving

    def stage_urls(self, article_id: int, forms: list[str], now: datetime) -> list[dict[str, Any]]:
        """The article_urls rows of the forms no article has yet (sent at `flush`, where a form
        another writer took meanwhile stays theirs)."""
        cache = self.cache
        if cache is not None and all(f in cache.by_url for f in forms):
            known = {f for f in forms if cache.by_url[f] is not None}
        else:
            known = set(self.session.scalars(select(ArticleUrl.url).where(ArticleUrl.url.in_(forms))))
        new = [f for f in forms if f not in known and f not in self.pending_urls]
        for f in new:
            self.pending_urls[f] = article_id
            if cache is not None:
                cache.by_url[f] = (_NEW_URL_ID + len(self.pending_urls), article_id)
        return [{"article_id": article_id, "url": f, "first_seen": now} for f in new]

    def add_url_forms(self, pairs: list[tuple[str, str]]) -> int:
        """More URL forms of stored articles: (canonical URL, URL seen); returns how many pairs
        named a stored article (forms of unknown articles are ignored)."""
        named = [(unique([canonicalize(c), c]), url) for c, url in pairs]
        cache = BatchCache()
        cache.load(self.session, unique([*(f for forms, _ in named for f in forms), *(u for _, u in named)]))
        self.cache = cache
        now, matched, rows = utcnow(), 0, []
        for forms, url in named:
            article_id = self.find_id(forms)
            if article_id is not None and url and key_url_fits(url):  # a longer one is no key (prepare)
                rows += self.stage_urls(article_id, [url], now)
                matched += 1
        self.pending.append(_Staged(None, rows, None, []))
        self.flush()
        return matched

    def _stored_comments(self, article_id: int) -> list[Row[Any]]:
        cache = self.cache
        if cache is not None and article_id in cache.comments:
            return cache.comments.pop(article_id)  # valid once: this save changes them
        return stored_comments(self.session, [article_id])[article_id]

    def _stage(
        self, article_id: int, article_key: str, prep: Prepared, outcome: SaveOutcome, now: datetime, new: bool
    ) -> None:
        stored = [] if new else self._stored_comments(article_id)
        plan = plan_comments(article_id, article_key, prep.record, now, stored)
        self._staged = _Staged(outcome, [], plan, prep.forms if new else [])
        self._staged.urls = self.stage_urls(article_id, prep.forms, now)

    def _insert(self, row: dict[str, Any], prep: Prepared) -> tuple[int, str]:
        """Insert a new article `row` (completed with its key, provenance and discussed story);
        returns its id and key."""
        item = prep.record
        target = _discussion_target(row["kind"], item)
        story_id = self.find_id(unique([target, item.get("discusses_url")])) if target else None
        row.update(new_provenance(item), article_key=new_article_key(), discusses_url=target)
        row["discusses_article_id"] = story_id
        article_id: int = self.session.execute(_INSERT_ARTICLE, row).scalar_one()
        if self.cache is not None:
            self.cache.by_canonical[prep.canonical] = article_id
        return article_id, row["article_key"]

    def _save(self, prep: Prepared) -> SaveOutcome:
        session, item = self.session, prep.record
        now = utcnow()
        url, canonical, forms = prep.url, prep.canonical, prep.forms
        site_id = self.site_ids.get(prep.key)
        if site_id is None:  # an article the batch did not prepare (a retried one)
            self._upsert_sites([prep], now)
            site_id = self.site_ids[prep.key]

        body = item.get("body") or ""
        values: dict[str, Any] = {
            "title": (item.get("title") or None),
            "body": body if body.strip() else None,
            "lead": item.get("lead") or None,
            "authors": _clean_list(item.get("authors")),
            "published_at": parse_article_instant(item.get("published_at")),
            "modified_at": parse_article_instant(item.get("modified_at")),
            "language": (item.get("language") or None),
            "tags": _clean_list(item.get("tags")),
            "images": _clean_images(item.get("images")),
            "site_name": item.get("site_name") or None,
            "comments_declared": int_or_none(item.get("comments_declared")),
        }
        bhash = body_hash(body) if values["body"] else None
        kind = "discussion" if item.get("kind") == "discussion" else "article"

        existing = self._find([canonical])
        if existing is None:
            # another URL form (a redirect source, the fetched URL) may name a stored article,
            # e.g. one whose URL moved; accepted unless the content says it is another story
            # (a "/latest" URL that redirected to yesterday's top story is not today's)
            candidate = self._find(forms)
            if candidate is not None and _plausibly_same(candidate, values):
                existing = candidate

        # ---- duplicate link (a copy of another article under another URL)
        dup_url = item.get("duplicate_of_url")
        original: Article | None = None
        if dup_url and (existing is None or existing.duplicate_of is not None):
            original = self._find(unique([dup_url, canonicalize(dup_url)]))
            if original is not None and original.duplicate_of is not None:
                original = session.get(Article, original.duplicate_of)
            if original is not None and existing is not None and original.id == existing.id:
                original = None
        if original is not None:
            dup_kind = item.get("duplicate_kind") or "near"
            similarity = item.get("similarity")
            link = {
                "url": url,
                "title": values["title"],
                "authors": values["authors"],
                "published_at": values["published_at"],
                "modified_at": values["modified_at"],
                "language": values["language"],
                "site_name": values["site_name"],
                "comments_declared": values["comments_declared"],
                "body_hash": bhash,
                "duplicate_of": original.id,
                "duplicate_kind": dup_kind,
                "similarity": float(similarity) if similarity is not None else (1.0 if dup_kind == "exact" else None),
                "etag": item.get("etag"),
                "last_modified": item.get("last_modified"),
                "last_seen": now,
            }
            if existing is None:
                row = {
                    "site_id": site_id,
                    "canonical_url": canonical,
                    "body": None,
                    "lead": None,
                    "tags": [],
                    "images": [],
                    "first_seen": now,
                    "last_changed": now,
                    "version": 1,
                    "kind": kind,
                    **link,
                }
                article_id, article_key = self._insert(row, prep)
                outcome = SaveOutcome("duplicate", article_id, canonical, duplicate_of=original.id)
                self._stage(article_id, article_key, prep, outcome, now, new=True)
                return outcome
            art = existing
            for k, v in link.items():
                if k in ("title",) and v is None:
                    continue
                setattr(art, k, v)
            art.kind = kind
            apply_provenance(art, "duplicate", item)
            session.flush()
            outcome = SaveOutcome("duplicate", art.id, art.canonical_url, duplicate_of=original.id)
            self._stage(art.id, art.article_key, prep, outcome, now, new=False)
            self._link_discussion(art, prep)
            return outcome

        # ---- an original article: new, updated or unchanged
        if existing is None:
            row = {
                "site_id": site_id,
                "url": url,
                "canonical_url": canonical,
                "body_hash": bhash,
                "etag": item.get("etag"),
                "last_modified": item.get("last_modified"),
                "first_seen": now,
                "last_seen": now,
                "last_changed": now,
                "version": 1,
                "kind": kind,
                **values,
            }
            article_id, article_key = self._insert(row, prep)
            outcome = SaveOutcome("new", article_id, canonical)
            self._stage(article_id, article_key, prep, outcome, now, new=True)
            return outcome

        art = existing
        promoted = art.duplicate_of is not None
        shrunk = not promoted and body_shrunk(art.body, values["body"])
        # a worse extraction never erases what is stored: a field that comes back empty
        # (no body, no title, no authors...) keeps its stored value; a shrunk body keeps the
        # stored content whole (the page's other fields came from the same degraded fetch),
        # but for the declared comment count
        for f in CONTENT_FIELDS:
            empty = values[f] in (None, "", []) and getattr(art, f) not in (None, "", [])
            if empty or (shrunk and f != "comments_declared"):
                values[f] = getattr(art, f)
        if values["body"] == art.body:
            bhash = art.body_hash
        changed = [f for f in CONTENT_FIELDS if getattr(art, f) != values[f]]
        if promoted:
            art.duplicate_of = None
            art.duplicate_kind = None
            art.similarity = None
            changed = unique([*changed, "duplicate_of"])
        elif any(f in changed for f in VERSIONED_FIELDS):
            session.add(
                ArticleVersion(
                    article_id=art.id,
                    version=art.version,
                    changed_at=now,
                    changed_fields=changed,
                    title=art.title,
                    body=art.body,
                    body_hash=art.body_hash,
                )
            )
            art.version += 1
        for f in changed:
            if f != "duplicate_of":
                setattr(art, f, values[f])
        art.body_hash = bhash
        if changed:
            art.last_changed = now
        art.url = url
        art.last_seen = now
        art.kind = kind
        if item.get("etag") and not shrunk:  # a degraded answer's validators would keep it so
            art.etag = item.get("etag")
        if item.get("last_modified") and not shrunk:
            art.last_modified = item.get("last_modified")
        status = "updated" if changed else "unchanged"
        apply_provenance(art, status, item)
        session.flush()
        outcome = SaveOutcome(status, art.id, art.canonical_url, changed_fields=changed)
        if shrunk:
            outcome.shrunk_body = (len(art.body or ""), len(body))
        self._stage(art.id, art.article_key, prep, outcome, now, new=False)
        self._link_discussion(art, prep)
        return outcome

    def _link_discussion(self, art: Article, prep: Prepared) -> None:
        """A discussion page keeps the story it discusses, linked when that story is stored (a
        story stored later links the discussions waiting for it: `_link_waiting_discussions`; a
        new discussion is linked in its INSERT: `_insert`)."""
        item = prep.record
        target = _discussion_target(art.kind, item)
        if target != art.discusses_url or (target and art.discusses_article_id is None):
            art.discusses_url = target
            story_id = self.find_id(unique([target, item.get("discusses_url")])) if target else None
            art.discusses_article_id = story_id if story_id != art.id else None
