"""The store API: save articles with their comments, and the lookups incremental crawls need.

`Repository(engine)`:

- `known_article(url)` / `known_articles(urls)`: what the store knows of an article (by its
  canonical URL or any URL form ever seen for it), for sitemap skipping and conditional GETs;
- `touch_article(url)`: a 304 answer, bump `last_seen`;
- `save_article(item)` / `save_articles(items)`: the idempotent upsert keyed on canonical URL,
  versions, URL forms, duplicate links and comments; one savepoint per article, so a failing
  article never leaves half a row and never takes the others of its batch with it;
- `original_for_body_hash(hash, exclude)`: the exact-duplicate lookup of the dedupe pipeline.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from itemadapter import ItemAdapter
from sqlalchemy import Engine, Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from autocrawl.db.engine import reader
from autocrawl.db.keys import assign_comment_keys, edit_update, pair_edited_comments
from autocrawl.db.models import Article, ArticleUrl, ArticleVersion, Comment, Site, utcnow
from autocrawl.db.provenance import record_provenance
from autocrawl.db.retry import is_transient
from autocrawl.dedupe.hashing import body_hash, normalize_text
from autocrawl.dedupe.minhash import MinHasher, jaccard_estimate
from autocrawl.urls import canonicalize, port_free_forms, site_key, store_site_key

__all__ = [
    "Repository",
    "KnownArticle",
    "SaveOutcome",
    "parse_datetime",
    "comment_fingerprint",
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
_CHUNK = 500


@dataclass(frozen=True)
class KnownArticle:
    id: int
    canonical_url: str
    url: str
    etag: str | None
    last_modified: str | None
    published_at: datetime | None
    modified_at: datetime | None
    first_seen: datetime
    last_seen: datetime
    body_hash: str | None
    duplicate_of: int | None


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


def parse_datetime(value: Any) -> datetime | None:
    """ISO 8601 (or RFC 2822) to an aware datetime; naive means UTC; junk gives None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    else:
        text = str(value).strip()
        try:
            dt = datetime.fromisoformat(text)
        except ValueError:
            try:
                dt = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt


def _published_key(value: Any) -> str:
    dt = parse_datetime(value)
    if dt is not None:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
    return str(value or "").strip()


def comment_fingerprint(external_id: str | None, author: str | None, published: Any, text: str) -> str:
    """external_id when there is one, else sha1 of (author, published minute, normalised text)."""
    if external_id:
        return str(external_id)[:255]
    raw = "\x1f".join((normalize_text(author), _published_key(published), normalize_text(text)))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def _as_dict(obj: Any) -> dict[str, Any]:
    if isinstance(obj, dict):
        return obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    return dict(ItemAdapter(obj).items())


def _unique(values: Iterable[str | None]) -> list[str]:
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


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


_SIMILARITY = MinHasher(num_perm=64, shingle_size=3)


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


_COMMENTS: Table = Comment.__table__  # type: ignore[assignment]
_URLS: Table = ArticleUrl.__table__  # type: ignore[assignment]
_CACHE = "autocrawl_batch_cache"
_SITES_CRAWLED = "autocrawl_sites_crawled"  # site key -> last save time, written once per batch
_NEW_URL_ID = 1 << 62  # order of URL forms added in this batch: after every stored one


@dataclass
class _Prepared:
    url: str
    canonical: str
    forms: list[str]
    key: str


def _prepare(item: dict[str, Any]) -> _Prepared:
    url = (item.get("url") or "").strip()
    canonical = canonicalize(item.get("canonical_url") or "") or canonicalize(url)
    if not canonical:
        raise ValueError("article item without url and canonical_url")
    url = url or canonical
    forms = _unique([canonical, url, *(item.get("urls") or [])])
    forms = _unique([*forms, *(canonicalize(f) for f in forms)])
    key = site_key(item.get("site") or "") or store_site_key(url)
    forms = _unique([*forms, *port_free_forms(forms, key)])
    return _Prepared(url, canonical, forms, key)


@dataclass
class _BatchCache:
    """What one batch's lookups need, fetched with one IN query per table, and kept current as
    the batch writes. A form absent from a map was not prefetched (ask the database); a form
    mapped to None is known to be absent. Dropped as soon as an article of the batch fails
    (its savepoint rollback would leave the cache describing rows that are gone)."""

    sites: dict[str, Site] = dataclasses.field(default_factory=dict)
    by_canonical: dict[str, Article | None] = dataclasses.field(default_factory=dict)
    by_url: dict[str, tuple[int, int] | None] = dataclasses.field(default_factory=dict)  # (row id, article id)
    new_urls: int = 0

    def load(self, session: Session, preps: list[_Prepared], extra_forms: list[str]) -> None:
        forms = _unique([*(f for p in preps for f in p.forms), *extra_forms])
        for i in range(0, len(forms), _CHUNK):
            chunk = forms[i : i + _CHUNK]
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
        for i in range(0, len(ids), _CHUNK):
            session.scalars(select(Article).where(Article.id.in_(ids[i : i + _CHUNK]))).all()
        keys = _unique(p.key for p in preps)
        for i in range(0, len(keys), _CHUNK):
            for site in session.scalars(select(Site).where(Site.key.in_(keys[i : i + _CHUNK]))):
                self.sites[site.key] = site

    def covers(self, forms: list[str]) -> bool:
        return all(f in self.by_canonical and f in self.by_url for f in forms)


def _cache(session: Session) -> _BatchCache | None:
    return session.info.get(_CACHE)


class Repository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.read_engine = reader(engine)  # lookups: no write lock on SQLite

    # ---------------------------------------------------------------- lookups

    @staticmethod
    def _known(row: Article) -> KnownArticle:
        return KnownArticle(
            id=row.id,
            canonical_url=row.canonical_url,
            url=row.url,
            etag=row.etag,
            last_modified=row.last_modified,
            published_at=row.published_at,
            modified_at=row.modified_at,
            first_seen=row.first_seen,
            last_seen=row.last_seen,
            body_hash=row.body_hash,
            duplicate_of=row.duplicate_of,
        )

    def known_article(self, url: str) -> KnownArticle | None:
        """The stored article a URL (any form: canonical, AMP, tracking, a redirect seen) belongs to."""
        return self.known_articles([url]).get(url)

    def known_articles(self, urls: Iterable[str]) -> dict[str, KnownArticle]:
        """Bulk `known_article`: {url given: KnownArticle} for the URLs the store knows."""
        wanted = [u for u in dict.fromkeys(urls) if u]
        forms = {u: _unique([canonicalize(u), u]) for u in wanted}
        found: dict[str, KnownArticle] = {}
        with Session(self.read_engine) as session:
            by_canonical: dict[str, KnownArticle] = {}
            all_forms = _unique(f for fs in forms.values() for f in fs)
            for i in range(0, len(all_forms), _CHUNK):
                chunk = all_forms[i : i + _CHUNK]
                for art in session.scalars(select(Article).where(Article.canonical_url.in_(chunk))):
                    by_canonical[art.canonical_url] = self._known(art)
            by_form: dict[str, KnownArticle] = {}
            missing = _unique(f for u, fs in forms.items() if not any(f in by_canonical for f in fs) for f in fs)
            for i in range(0, len(missing), _CHUNK):
                chunk = missing[i : i + _CHUNK]
                rows = session.execute(
                    select(ArticleUrl.url, Article)
                    .join(Article, Article.id == ArticleUrl.article_id)
                    .where(ArticleUrl.url.in_(chunk))
                ).all()
                for form, art in rows:
                    by_form[form] = self._known(art)
        for u, fs in forms.items():
            for f in fs:
                hit = by_canonical.get(f) or by_form.get(f)
                if hit is not None:
                    found[u] = hit
                    break
        return found

    def touch_article(self, url: str, etag: str | None = None, last_modified: str | None = None) -> bool:
        """A re-crawl answered 304 Not Modified: bump last_seen (and validators if given)."""
        known = self.known_article(url)
        if known is None:
            return False
        values: dict[str, Any] = {"last_seen": utcnow()}
        if etag:
            values["etag"] = etag
        if last_modified:
            values["last_modified"] = last_modified
        with self.engine.begin() as conn:
            conn.execute(update(Article).where(Article.id == known.id).values(**values))
        return True

    def original_for_body_hash(self, hash_: str, exclude_canonical: str | None = None) -> str | None:
        """Canonical URL of the earliest original article (not itself a duplicate) with this body hash."""
        stmt = select(Article.canonical_url).where(
            Article.body_hash == hash_, Article.duplicate_of.is_(None), Article.body.is_not(None)
        )
        if exclude_canonical:
            stmt = stmt.where(Article.canonical_url != exclude_canonical)
        with self.read_engine.connect() as conn:
            return conn.execute(stmt.order_by(Article.id).limit(1)).scalar_one_or_none()

    def article_id(self, url: str) -> int | None:
        known = self.known_article(url)
        return known.id if known else None

    # ---------------------------------------------------------------- saving

    def save_article(self, item: Any) -> SaveOutcome:
        """Upsert one article (own transaction). Raises on failure, writing nothing."""
        result = self.save_articles([item])[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def save_articles(self, items: list[Any]) -> list[SaveOutcome | Exception]:
        """Upsert a batch in one transaction, one savepoint per article: an article that fails
        is rolled back alone and returned as its exception; the others are kept."""
        results: list[SaveOutcome | Exception] = []
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                prepared: list[tuple[dict[str, Any], _Prepared | Exception]] = []
                for item in items:
                    try:
                        record = _as_dict(item)
                        prepared.append((record, _prepare(record)))
                    except Exception as exc:
                        prepared.append(({}, exc))
                preps = [p for _, p in prepared if isinstance(p, _Prepared)]
                dup_urls = [r.get("duplicate_of_url") or "" for r, _ in prepared]
                extra = _unique(f for u in dup_urls if u for f in (u, canonicalize(u)))
                cache = _BatchCache()
                cache.load(session, preps, extra)
                session.info[_CACHE] = cache
                crawled: dict[str, datetime] = {}
                session.info[_SITES_CRAWLED] = crawled
                for record, prep in prepared:
                    if isinstance(prep, Exception):
                        results.append(prep)
                    else:
                        results.append(self._save_with_savepoint(session, record, prep))
                for key, when in crawled.items():  # one UPDATE per site and batch, not per article
                    session.execute(update(Site).where(Site.key == key).values(last_crawled=when))
            return results
        except Exception as exc:
            if len(items) <= 1 or is_transient(exc):
                raise  # a lost connection fails the batch as a whole: the caller retries it
            logger.exception("batch commit failed; saving the %d articles one by one", len(items))
        results = []
        for item in items:
            try:
                results.append(self.save_article(item))
            except Exception as exc:
                results.append(exc)
        return results

    def _save_with_savepoint(self, session: Session, item: dict[str, Any], prep: _Prepared) -> SaveOutcome | Exception:
        for attempt in (1, 2):
            try:
                with session.begin_nested():
                    outcome = self._save(session, item, prep)
                    record_provenance(session, outcome.article_id, outcome.status, item)
                    return outcome
            except IntegrityError as exc:
                # another process inserted the same article/URL meanwhile: the second try updates it
                session.info.pop(_CACHE, None)
                if attempt == 2:
                    return exc
            except Exception as exc:
                if is_transient(exc):
                    raise  # the connection, not this article: the whole batch fails and is retried
                session.info.pop(_CACHE, None)
                return exc
        raise AssertionError("unreachable")

    def _site(self, session: Session, key: str, name: str | None, now: datetime) -> Site:
        cache = _cache(session)
        site = cache.sites.get(key) if cache is not None else None
        if site is None:
            site = session.scalar(select(Site).where(Site.key == key))
        if site is None:
            site = Site(key=key, name=name, first_seen=now, last_crawled=now)
            session.add(site)
            session.flush()
            if cache is not None:
                cache.sites[key] = site
        else:
            crawled = session.info.get(_SITES_CRAWLED)
            if crawled is not None:
                crawled[key] = now
            else:
                site.last_crawled = now
            if name and not site.name:
                site.name = name
        return site

    def _find(self, session: Session, forms: list[str]) -> Article | None:
        if not forms:
            return None
        cache = _cache(session)
        if cache is not None and cache.covers(forms):
            arts = [a for a in (cache.by_canonical[f] for f in forms) if a is not None]
            if arts:
                return min(arts, key=lambda a: a.id)
            hits = [h for h in (cache.by_url[f] for f in forms) if h is not None]
            return session.get(Article, min(hits)[1]) if hits else None
        art = session.scalar(select(Article).where(Article.canonical_url.in_(forms)).order_by(Article.id).limit(1))
        if art is not None:
            return art
        article_id = session.scalar(
            select(ArticleUrl.article_id).where(ArticleUrl.url.in_(forms)).order_by(ArticleUrl.id).limit(1)
        )
        return session.get(Article, article_id) if article_id is not None else None

    @staticmethod
    def _cached_new(session: Session, art: Article) -> None:
        cache = _cache(session)
        if cache is not None:
            cache.by_canonical[art.canonical_url] = art

    def add_url_forms(self, pairs: list[tuple[str, str]]) -> int:
        """Record more URL forms of stored articles: (canonical URL, URL seen). Returns how many
        pairs named a stored article; forms of unknown articles are ignored."""
        now = utcnow()
        matched = 0
        with Session(self.engine) as session, session.begin():
            for canonical, url in pairs:
                art = self._find(session, _unique([canonicalize(canonical), canonical]))
                if art is not None and url:
                    self._add_urls(session, art.id, [url], now)
                    matched += 1
        return matched

    def _add_urls(self, session: Session, article_id: int, forms: list[str], now: datetime) -> None:
        cache = _cache(session)
        if cache is not None and all(f in cache.by_url for f in forms):
            known = {f for f in forms if cache.by_url[f] is not None}
        else:
            known = set(session.scalars(select(ArticleUrl.url).where(ArticleUrl.url.in_(forms))))
        new = [f for f in forms if f not in known]
        if new:
            session.execute(
                insert(_URLS),
                [{"article_id": article_id, "url": f, "first_seen": now} for f in new],
            )
            if cache is not None:
                for f in new:
                    cache.new_urls += 1
                    cache.by_url[f] = (_NEW_URL_ID + cache.new_urls, article_id)

    def _save(self, session: Session, item: dict[str, Any], prep: _Prepared | None = None) -> SaveOutcome:
        now = utcnow()
        prep = prep or _prepare(item)
        url, canonical, forms, key = prep.url, prep.canonical, prep.forms, prep.key
        site = self._site(session, key, item.get("site_name"), now)

        body = item.get("body") or ""
        values: dict[str, Any] = {
            "title": (item.get("title") or None),
            "body": body if body.strip() else None,
            "lead": item.get("lead") or None,
            "authors": _clean_list(item.get("authors")),
            "published_at": parse_datetime(item.get("published_at")),
            "modified_at": parse_datetime(item.get("modified_at")),
            "language": (item.get("language") or None),
            "tags": _clean_list(item.get("tags")),
            "images": _clean_images(item.get("images")),
            "site_name": item.get("site_name") or None,
            "comments_declared": _int_or_none(item.get("comments_declared")),
        }
        bhash = body_hash(body) if values["body"] else None

        existing = self._find(session, [canonical])
        if existing is None:
            # another URL form (a redirect source, the fetched URL) may name a stored article,
            # e.g. one whose URL moved; accepted unless the content says it is another story
            # (a "/latest" URL that redirected to yesterday's top story is not today's)
            candidate = self._find(session, forms)
            if candidate is not None and _plausibly_same(candidate, values):
                existing = candidate

        # ---- duplicate link (a copy of another article under another URL)
        dup_url = item.get("duplicate_of_url")
        original: Article | None = None
        if dup_url and (existing is None or existing.duplicate_of is not None):
            original = self._find(session, _unique([dup_url, canonicalize(dup_url)]))
            if original is not None and original.duplicate_of is not None:
                original = session.get(Article, original.duplicate_of)
            if original is not None and existing is not None and original.id == existing.id:
                original = None
        if original is not None:
            kind = item.get("duplicate_kind") or "near"
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
                "duplicate_kind": kind,
                "similarity": float(similarity) if similarity is not None else (1.0 if kind == "exact" else None),
                "etag": item.get("etag"),
                "last_modified": item.get("last_modified"),
                "last_seen": now,
            }
            if existing is None:
                art = Article(
                    site_id=site.id,
                    canonical_url=canonical,
                    body=None,
                    lead=None,
                    tags=[],
                    images=[],
                    first_seen=now,
                    last_changed=now,
                    version=1,
                    **link,
                )
                session.add(art)
                session.flush()
                self._cached_new(session, art)
            else:
                art = existing
                for k, v in link.items():
                    if k in ("title",) and v is None:
                        continue
                    setattr(art, k, v)
                session.flush()
            self._add_urls(session, art.id, forms, now)
            self._link_discussion(session, art, item, forms, new=existing is None)
            outcome = SaveOutcome("duplicate", art.id, art.canonical_url, duplicate_of=original.id)
            self._save_comments(session, art.id, item, now, outcome)
            return outcome

        # ---- an original article: new, updated or unchanged
        if existing is None:
            art = Article(
                site_id=site.id,
                url=url,
                canonical_url=canonical,
                body_hash=bhash,
                etag=item.get("etag"),
                last_modified=item.get("last_modified"),
                first_seen=now,
                last_seen=now,
                last_changed=now,
                version=1,
                **values,
            )
            session.add(art)
            session.flush()
            self._cached_new(session, art)
            self._add_urls(session, art.id, forms, now)
            self._link_discussion(session, art, item, forms, new=True)
            outcome = SaveOutcome("new", art.id, art.canonical_url)
            self._save_comments(session, art.id, item, now, outcome, fresh=True)
            return outcome

        art = existing
        promoted = art.duplicate_of is not None
        # a worse extraction never erases what is stored: a field that comes back empty
        # (no body, no title, no authors...) keeps its stored value
        for f in CONTENT_FIELDS:
            if values[f] in (None, "", []) and getattr(art, f) not in (None, "", []):
                values[f] = getattr(art, f)
        if values["body"] == art.body:
            bhash = art.body_hash
        changed = [f for f in CONTENT_FIELDS if getattr(art, f) != values[f]]
        if promoted:
            art.duplicate_of = None
            art.duplicate_kind = None
            art.similarity = None
            changed = _unique([*changed, "duplicate_of"])
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
        if item.get("etag"):
            art.etag = item.get("etag")
        if item.get("last_modified"):
            art.last_modified = item.get("last_modified")
        session.flush()
        self._add_urls(session, art.id, forms, now)
        self._link_discussion(session, art, item, forms, new=False)
        outcome = SaveOutcome("updated" if changed else "unchanged", art.id, art.canonical_url, changed_fields=changed)
        self._save_comments(session, art.id, item, now, outcome)
        return outcome

    def _link_discussion(
        self, session: Session, art: Article, item: dict[str, Any], forms: list[str], new: bool
    ) -> None:
        """A discussion page keeps its kind and the story it discusses, linked when that story is
        stored; a story stored for the first time links the discussions that were waiting for it."""
        discussion = item.get("kind") == "discussion"
        art.kind = "discussion" if discussion else "article"
        target = (canonicalize(item.get("discusses_url") or "") or None) if discussion else None
        if target != art.discusses_url or (target and art.discusses_article_id is None):
            art.discusses_url = target
            story = self._find(session, _unique([target, item.get("discusses_url")])) if target else None
            art.discusses_article_id = story.id if story is not None and story.id != art.id else None
        if new:
            session.execute(
                update(Article)
                .where(Article.discusses_url.in_(forms), Article.discusses_article_id.is_(None), Article.id != art.id)
                .values(discusses_article_id=art.id)
                .execution_options(synchronize_session="fetch")
            )

    # ---------------------------------------------------------------- comments

    def _save_comments(
        self,
        session: Session,
        article_id: int,
        item: dict[str, Any],
        now: datetime,
        out: SaveOutcome,
        fresh: bool = False,
    ) -> None:
        """Comments of one article: new ones inserted in one statement, changes and parent links
        sent as executemany updates. `fresh`: the article was inserted just now (no stored comments)."""
        comments = [_as_dict(c) for c in (item.get("comments") or [])]
        complete = bool(item.get("comments_complete", True))
        declared = _int_or_none(item.get("comments_declared"))
        run_id = _int_or_none(item.get("run_id"))  # provenance: the crawl run storing this
        rows: list[Any] = []
        if not fresh:
            rows = list(
                session.execute(
                    select(
                        Comment.id,
                        Comment.fingerprint,
                        Comment.external_id,
                        Comment.text,
                        Comment.deleted_at,
                        Comment.parent_id,
                        Comment.comment_key,
                        Comment.author,
                        Comment.published_at,
                        Comment.position,
                    ).where(Comment.article_id == article_id)
                ).all()
            )
        by_fp = {r.fingerprint: r for r in rows}
        stored_by_ext = {r.external_id: r.id for r in rows if r.external_id}

        ids: list[int | None] = []
        current_parent: list[int | None] = []
        item_by_ext: dict[str, int] = {}
        seen_fp: dict[str, int] = {}
        seen_ids: set[int] = set()
        new_rows: list[dict[str, Any]] = []
        new_positions: list[int] = []
        updates: list[dict[str, Any]] = []
        for position, c in enumerate(comments):
            text = (c.get("text") or "").strip()
            external_id = (str(c["external_id"]).strip() or None) if c.get("external_id") is not None else None
            if not text and not external_id:
                ids.append(None)
                current_parent.append(None)
                continue
            fp = comment_fingerprint(external_id, c.get("author"), c.get("published_at"), text)
            n = seen_fp.get(fp, 0)
            seen_fp[fp] = n + 1
            if n:
                fp = f"{fp}#{n + 1}"[:255]
            row = by_fp.get(fp)
            if row is not None:
                changes: dict[str, Any] = {"id": row.id, "last_seen": now, "position": position}
                if c.get("page_url"):
                    changes["page_url"] = c.get("page_url")
                edited = text != (row.text or "") and bool(text)
                if edited:
                    changes["text"] = text
                    changes["edited_at"] = now
                if row.deleted_at is not None:
                    changes["deleted_at"] = None
                if edited or row.deleted_at is not None:
                    out.comments_updated += 1
                    changes["last_run_id"] = run_id
                updates.append(changes)
                ids.append(row.id)
                seen_ids.add(row.id)
                current_parent.append(row.parent_id)
            else:
                new_rows.append(
                    {
                        "article_id": article_id,
                        "parent_id": None,
                        "external_id": external_id,
                        "fingerprint": fp,
                        "author": (c.get("author") or None),
                        "text": text,
                        "published_at": parse_datetime(c.get("published_at")),
                        "page_url": c.get("page_url") or None,
                        "position": position,
                        "first_seen": now,
                        "last_seen": now,
                        "edited_at": None,
                        "deleted_at": None,
                    }
                )
                new_positions.append(position)
                ids.append(None)  # filled in after the insert
                current_parent.append(None)
            if external_id:
                item_by_ext.setdefault(external_id, position)

        # a comment without a site id whose text was edited: same row, same key (autocrawl.db.keys)
        unseen = [r for r in rows if r.id not in seen_ids]
        for index, row in reversed(pair_edited_comments(unseen, new_rows, _published_key)):
            edit, position = new_rows.pop(index), new_positions.pop(index)
            updates.append(edit_update(row, edit, now, run_id))
            ids[position], current_parent[position] = row.id, row.parent_id
            seen_ids.add(row.id)
            out.comments_updated += 1
        if new_rows:
            assign_comment_keys(session.get_one(Article, article_id).article_key, new_rows, rows, run_id)
        if updates:
            _update_by_id(session, updates)
        if new_rows:
            table = _COMMENTS
            new_ids = (
                session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), new_rows)
                .scalars()
                .all()
            )
            for position, cid in zip(new_positions, new_ids, strict=True):
                ids[position] = cid
                seen_ids.add(cid)
            out.comments_new += len(new_rows)

        # parents: an index into this list, or an external id (this list first, then stored comments)
        parents: list[dict[str, Any]] = []
        for position, c in enumerate(comments):
            cid = ids[position]
            if cid is None:
                continue
            target: int | None = None
            parent = c.get("parent")
            if isinstance(parent, int) and 0 <= parent < len(ids) and parent != position:
                target = ids[parent]
            if target is None and c.get("parent_external_id"):
                pext = str(c["parent_external_id"]).strip()
                target = ids[item_by_ext[pext]] if pext in item_by_ext else stored_by_ext.get(pext)
            if target is not None and target != cid and target != current_parent[position]:
                parents.append({"id": cid, "parent_id": target})
        if parents:
            _update_by_id(session, parents)

        # missing from a complete list: deleted on the site (kept, marked). An empty list with
        # comments declared (or unknown) is a failed extraction, not "all deleted".
        if complete and (seen_ids or declared == 0):
            gone = [r.id for r in rows if r.id not in seen_ids and r.deleted_at is None]
            if gone:
                for i in range(0, len(gone), _CHUNK):
                    session.execute(
                        update(Comment)
                        .where(Comment.id.in_(gone[i : i + _CHUNK]))
                        .values(deleted_at=now, last_run_id=run_id)
                    )
                out.comments_deleted += len(gone)


def _update_by_id(session: Session, rows: list[dict[str, Any]]) -> None:
    """UPDATE comments SET ... WHERE id = :id, one executemany per set of changed columns."""
    table = _COMMENTS
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        cols = tuple(k for k in row if k != "id")
        groups.setdefault(cols, []).append({"b_id": row["id"], **{f"b_{k}": row[k] for k in cols}})
    for cols, params in groups.items():
        stmt = update(table).where(table.c.id == bindparam("b_id")).values({k: bindparam(f"b_{k}") for k in cols})
        session.execute(stmt, params)
