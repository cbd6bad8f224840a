"""What an incremental run reads from the store before it starts: the articles already stored,
the validators of the discovery pages fetched before, and whether each site's last run was
complete (autocrawl.middlewares.incremental decides with them)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, and_, bindparam, exists, func, inspect, or_, select, text

from autocrawl.dates import parse_datetime
from autocrawl.db.models import Article, Comment, CrawlRun, Page, Site
from autocrawl.urls import canonicalize, site_key

DISCOVERY_PAGE_KINDS = ("listing", "feed", "sitemap")
# Runs looked at, newest first, to find each site's last one.
RECENT_RUNS = 200
# Stats of a finished run that mean something was left unfetched or unstored.
INCOMPLETE_STATS = (
    "autocrawl/articles_not_stored",
    "autocrawl/store_errors",
    "retry/max_reached",
    "autocrawl/skipped/site_unresponsive",
    "autocrawl/skipped/max_pages",  # requests dropped at the page limit
    "autocrawl/errors/listing_unreadable",  # a sitemap or feed not read: its links are not remembered
    "autocrawl/skipped/listed_over_limit",  # sitemap or feed entries not requested (a per-run bound)
    "autocrawl/skipped/listings_over_limit",
)


@dataclass(frozen=True)
class KnownArticle:
    canonical_url: str
    etag: str | None
    last_modified: str | None
    published_at: datetime | None
    first_seen: datetime | None
    last_seen: datetime | None
    has_comments: bool = False  # the last fetch found comments, or a comment count above 0


@dataclass(frozen=True)
class DiscoveryPage:
    """A discovery page as last fetched: its validators and the sitemap and feed links it held."""

    kind: str
    etag: str | None
    last_modified: str | None
    links: tuple[tuple[str, str], ...]  # (request kind "sitemap" or "feed", URL)


def _as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return parse_datetime(str(value))


def load_known_articles(engine: Engine, site_keys: Iterable[str]) -> dict[str, KnownArticle]:
    """Stored original articles of these sites (store site keys) by canonical URL, and by the
    canonical form of the URL each was last fetched at where that differs (a page that declares
    another canonical URL): a revisit asks the fetched URL, and sends its validators with it."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("articles"):
            return {}
        query = text(
            "SELECT a.canonical_url, a.etag, a.last_modified, a.published_at, a.first_seen, a.last_seen, "
            "a.comments_declared, "
            "EXISTS (SELECT 1 FROM comments c WHERE c.article_id = a.id) AS has_comment, a.url "
            "FROM articles a JOIN sites s ON s.id = a.site_id "
            "WHERE a.duplicate_of IS NULL AND s.key IN :keys"
        ).bindparams(bindparam("keys", expanding=True))
        rows = conn.execute(query, {"keys": list(site_keys)}).all()
    known = {
        row[0]: KnownArticle(
            row[0],
            row[1],
            row[2],
            _as_datetime(row[3]),
            _as_datetime(row[4]),
            _as_datetime(row[5]),
            has_comments=bool(row[7]) or bool(row[6]),
        )
        for row in rows
    }
    for row in rows:  # an article's own canonical URL wins over another's fetched URL
        fetched = canonicalize(row[8] or "")
        if fetched and fetched not in known:
            known[fetched] = known[row[0]]
    return known


@dataclass(frozen=True)
class YoungArticles:
    """The stored articles due for a revisit by their age, at most `per_site` of each site."""

    # (the URL each was last fetched at, published_at), newest first per site: not the canonical
    # URL, a form the site may not serve (a trailing slash dropped, a declared canonical)
    urls: list[tuple[str, datetime | None]]
    over_limit: int  # young articles left out by the per-site bound


def load_young_articles(engine: Engine, site_keys: Iterable[str], cutoff: datetime, per_site: int) -> YoungArticles:
    """The original articles of these sites (store site keys) published after `cutoff`, or undated,
    first stored after it and with comments (as `needs_refetch` judges them young), in one query."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("articles"):
            return YoungArticles([], 0)
        commented = or_(Article.comments_declared > 0, exists().where(Comment.article_id == Article.id))
        young = or_(
            Article.published_at > cutoff,
            and_(Article.published_at.is_(None), Article.first_seen > cutoff, commented),
        )
        age = func.coalesce(Article.published_at, Article.first_seen)
        ranked = (
            select(
                Article.url,
                Article.canonical_url,
                Article.published_at,
                func.row_number()
                .over(partition_by=Article.site_id, order_by=(age.desc(), Article.id.desc()))
                .label("rank"),
                func.count().over(partition_by=Article.site_id).label("total"),
            )
            .join(Site, Site.id == Article.site_id)
            .where(Article.duplicate_of.is_(None), Site.key.in_(list(site_keys)), young)
            .subquery()
        )
        rows = conn.execute(select(ranked).where(ranked.c.rank <= per_site)).all()
    over = sum(max(0, row.total - per_site) for row in rows if row.rank == 1)
    return YoungArticles([(row.url or row.canonical_url, row.published_at) for row in rows], over)


def load_discovery_pages(engine: Engine, site_keys: Iterable[str]) -> dict[str, DiscoveryPage]:
    """url_hash -> the discovery pages (listings, feeds, sitemaps) of these sites (`site_key`s)
    that sent a validator."""
    query = select(Page.url_hash, Page.kind, Page.etag, Page.last_modified, Page.links).where(
        Page.site_key.in_(list(site_keys)),
        Page.kind.in_(DISCOVERY_PAGE_KINDS),
        (Page.etag.is_not(None)) | (Page.last_modified.is_not(None)),
    )
    with engine.connect() as conn:
        return {
            row.url_hash: DiscoveryPage(
                row.kind,
                row.etag,
                row.last_modified,
                tuple((str(kind), str(url)) for kind, url in (row.links or [])),
            )
            for row in conn.execute(query)
        }


def complete_sites(
    engine: Engine, site_keys: Iterable[str], own_pid: int | None = None, own_host: str | None = None
) -> set[str]:
    """The sites (`site_key`s) whose last run was complete: status 'ok', the sites exhausted (no
    page, item or time limit), no `since` filter, and nothing left unfetched or unstored. Only then
    does an unchanged discovery page (a 304) mean nothing new to follow.

    The last run is the newest row but this process's own (`own_pid` on `own_host`). A row still
    'running' there is a crawl that died (the crawl lock keeps single-process runs apart): its
    in-flight pages were never stored, so its sites are not complete until a later run finishes."""
    wanted = set(site_keys)
    query = (
        select(CrawlRun.status, CrawlRun.arguments, CrawlRun.stats, CrawlRun.pid, CrawlRun.hostname)
        .where(CrawlRun.status != "locked")
        .order_by(CrawlRun.id.desc())
        .limit(RECENT_RUNS)
    )
    decided: dict[str, bool] = {}
    with engine.connect() as conn:
        for status, arguments, stats, pid, host in conn.execute(query):
            if own_pid is not None and pid == own_pid and host == own_host:
                continue
            arguments, stats = arguments or {}, stats or {}
            complete = (
                status == "ok"
                and stats.get("finish_reason") == "finished"
                and not arguments.get("since")
                and not any(int(stats.get(key, 0) or 0) for key in INCOMPLETE_STATS)
            )
            for url in arguments.get("urls") or []:
                key = site_key(str(url))
                if key in wanted and key not in decided:
                    decided[key] = complete
            if len(decided) == len(wanted):
                break
    return {key for key, complete in decided.items() if complete}
