"""The demo site's content as plain, mutable data.

Everything a test needs to know about what a *perfect* crawler should store
lives here: :class:`DemoArticle` and :class:`DemoComment` are the truth.
Rendering (``*_html.py``, ``feeds.py``) and serving (``server.py``) only read this data, so a
mutation made through :class:`NewsSite` is visible on the next request.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

UTC = UTC


def slugify(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:80].rstrip("-") or "item"


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class DemoComment:
    id: int
    author: str
    text: str
    published: datetime
    parent_id: int | None = None

    @property
    def anchor(self) -> str:
        return f"comment-{self.id}"


@dataclass(eq=False)
class DemoArticle:
    slug: str
    path: str  # url path, e.g. /news/2024/03/some-slug/
    title: str
    authors: list[str]
    published: datetime
    modified: datetime
    section: str
    tags: list[str]
    lead: str  # summary: meta description, teasers, feeds; NOT part of the body
    paragraphs: list[str]  # exact body text, sub-headings included as paragraphs
    images: list[tuple[str, str]] = field(default_factory=list)  # (src, caption)
    template: str = "jsonld"
    comments: list[DemoComment] = field(default_factory=list)
    comments_per_page: int = 5
    # --- extras (not required truth, but useful to tests) ---
    subheadings: list[int] = field(default_factory=list)  # indices into paragraphs rendered as <h2>
    comment_style: str = "wp"  # "wp" (WordPress-like ol.commentlist) or "microdata"
    comments_paged: bool = False  # comments live on /comments/ pages (flat, comments_per_page each)
    in_sitemap: bool = True
    comments_open: bool = True
    source: str = ""  # e.g. agency credit for syndicated copy
    page_changed: datetime | None = None  # last change of the rendered page (comments included)

    @property
    def url(self) -> str:
        return self.path

    @property
    def comments_path(self) -> str:
        return self.path + "comments/"

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def last_changed(self) -> datetime:
        return max(self.modified, self.page_changed or self.modified)

    def comment(self, comment_id: int) -> DemoComment:
        for c in self.comments:
            if c.id == comment_id:
                return c
        raise KeyError(comment_id)

    # ------------------------------------------------------------ threading
    def thread_order(self) -> list[tuple[DemoComment, int]]:
        """Comments depth-first (children by id) with their depth (0 = top level)."""
        comments = list(self.comments)
        ids = {c.id for c in comments}
        children: dict[int | None, list[DemoComment]] = {}
        for c in comments:
            parent = c.parent_id if c.parent_id in ids else None
            children.setdefault(parent, []).append(c)
        for lst in children.values():
            lst.sort(key=lambda c: c.id)
        out: list[tuple[DemoComment, int]] = []

        def walk(parent: int | None, depth: int) -> None:
            for c in children.get(parent, []):
                out.append((c, depth))
                walk(c.id, depth + 1)

        walk(None, 0)
        return out

    def comment_pages(self) -> list[list[DemoComment]]:
        """Comments split as served: page 1 is the article page (inline articles)
        or ``comments/`` (paged articles); page k>1 is ``comments/?page=k``."""
        order = self.thread_order()
        if not order:
            return [[]]
        pages: list[list[DemoComment]] = []
        per = max(1, self.comments_per_page)
        if self.comments_paged:
            flat = [c for c, _ in order]
            for i in range(0, len(flat), per):
                pages.append(flat[i : i + per])
        else:
            threads = 0
            cur: list[DemoComment] = []
            for c, depth in order:
                if depth == 0:
                    if threads and threads % per == 0:
                        pages.append(cur)
                        cur = []
                    threads += 1
                cur.append(c)
            pages.append(cur)
        return pages

    def comment_page_of(self, comment_id: int) -> int:
        for i, page in enumerate(self.comment_pages(), start=1):
            if any(c.id == comment_id for c in page):
                return i
        raise KeyError(comment_id)

    def comment_page_path(self, page: int) -> str:
        """Where comment page ``page`` is served."""
        if page <= 1:
            return self.comments_path if self.comments_paged else self.path
        return f"{self.comments_path}?page={page}"


@dataclass
class Author:
    name: str
    slug: str
    bio: str


class NewsSite:
    """A small news site held in memory.

    ``articles`` is newest-first.  Mutations bump ``version`` and
    ``last_change`` so the server's ETag / Last-Modified change.
    """

    def __init__(
        self,
        name: str = "The Harbour Herald",
        *,
        tagline: str = "",
        page_size: int = 6,
        sitemap_chunk: int = 1000,
        news_sitemap_days: float | None = None,
        generated: bool = False,
        created: datetime | None = None,
    ):
        self.name = name
        self.tagline = tagline or "Local news, every day"
        self.page_size = page_size
        self.sitemap_chunk = sitemap_chunk
        self.news_sitemap_days = news_sitemap_days
        self.generated = generated
        self.articles: list[DemoArticle] = []
        self._by_slug: dict[str, DemoArticle] = {}
        self.authors: dict[str, Author] = {}
        self.sections: list[str] = []
        self.fault_articles: list[DemoArticle] = []
        self.variant_urls: dict[str, list[str]] = {}  # slug -> extra URL variants linked somewhere
        self.old_redirects: dict[str, str] = {}  # /old/<x> -> article path
        self.created = created or datetime(2023, 1, 1, tzinfo=UTC)
        self.last_change = self.created
        self.version = 0
        self._next_comment_id = 1
        self.lock = threading.RLock()
        self.about_text: list[str] = []
        self.most_read: list[str] = []  # slugs for the "Most read" box, fixed at build time
        self.nav_tag: str | None = None  # tag linked from the main navigation
        self.on_change: list[Callable[[], None]] = []

    # ------------------------------------------------------------ building
    def _tick(self) -> datetime:
        """A change time strictly later (by >= 1 s) than the previous one, so
        HTTP dates (second resolution) always move forward."""
        t = now_utc()
        if t <= self.last_change:
            t = self.last_change + timedelta(seconds=1)
        self.last_change = t
        self.version += 1
        for cb in self.on_change:
            cb()
        return t

    def author_slug(self, name: str) -> str:
        slug = slugify(name)
        if slug not in self.authors:
            self.authors[slug] = Author(name=name, slug=slug, bio=f"{name} writes for {self.name}.")
        return slug

    def new_comment_id(self) -> int:
        cid = self._next_comment_id
        self._next_comment_id += 1
        return cid

    def reserve_comment_ids(self, upto: int) -> None:
        self._next_comment_id = max(self._next_comment_id, upto + 1)

    def _insert(self, art: DemoArticle) -> None:
        if art.slug in self._by_slug:
            raise ValueError(f"duplicate slug {art.slug!r}")
        for a in art.authors:
            self.author_slug(a)
        if art.section not in self.sections:
            self.sections.append(art.section)
        self._by_slug[art.slug] = art
        # keep newest-first; stable for equal times
        idx = len(self.articles)
        for i, other in enumerate(self.articles):
            if art.published > other.published:
                idx = i
                break
        self.articles.insert(idx, art)

    def extend(self, arts: Iterable[DemoArticle], *, presorted: bool = False) -> None:
        """Bulk insert (``presorted``: already newest-first and older than all present)."""
        if presorted:
            for art in arts:
                for a in art.authors:
                    self.author_slug(a)
                if art.section not in self.sections:
                    self.sections.append(art.section)
                self._by_slug[art.slug] = art
                self.articles.append(art)
        else:
            for art in arts:
                self._insert(art)
        self.version += 1
        self.last_change = max([self.last_change] + [a.last_changed for a in self.articles[:1]])

    # ------------------------------------------------------------ lookups
    def article(self, slug: str) -> DemoArticle:
        return self._by_slug[slug]

    def find_path(self, path: str) -> DemoArticle | None:
        m = re.match(r"^/news/\d{4}/\d{2}/([^/]+)/?$", path)
        if not m:
            return None
        art = self._by_slug.get(m.group(1))
        if art is None or not path.startswith(art.path.rstrip("/")):
            return None
        return art

    def tags(self) -> list[str]:
        cached = getattr(self, "_tags_cache", None)
        key = (self.version, len(self.articles))
        if cached is not None and cached[0] == key:
            return cached[1]
        seen: dict[str, None] = {}
        for a in self.articles:
            for t in a.tags:
                seen.setdefault(t, None)
        self._tags_cache = (key, list(seen))
        return self._tags_cache[1]

    def with_tag(self, tag: str) -> list[DemoArticle]:
        return [a for a in self.articles if tag in a.tags]

    def in_section(self, section: str) -> list[DemoArticle]:
        return [a for a in self.articles if a.section == section]

    def by_author(self, slug: str) -> list[DemoArticle]:
        return [a for a in self.articles if any(slugify(n) == slug for n in a.authors)]

    def sitemap_articles(self) -> list[DemoArticle]:
        return [a for a in self.articles if a.in_sitemap]

    # ------------------------------------------------------------ mutations
    def add_article(
        self,
        title: str,
        paragraphs: list[str],
        *,
        authors: list[str] | None = None,
        published: datetime | None = None,
        section: str = "News",
        tags: list[str] | None = None,
        lead: str | None = None,
        images: list[tuple[str, str]] | None = None,
        template: str | None = None,
        slug: str | None = None,
        in_sitemap: bool = True,
        comments_per_page: int = 5,
    ) -> DemoArticle:
        with self.lock:
            t = self._tick()
            published = published or t
            if published.tzinfo is None:
                published = published.replace(tzinfo=UTC)
            slug = slug or slugify(title)
            base, n = slug, 2
            while slug in self._by_slug:
                slug = f"{base}-{n}"
                n += 1
            templates = ["jsonld", "microdata", "ogmeta", "oldstyle"]
            art = DemoArticle(
                slug=slug,
                path=f"/news/{published:%Y}/{published:%m}/{slug}/",
                title=title,
                authors=list(authors or ["Staff Reporter"]),
                published=published,
                modified=published,
                section=section,
                tags=list(tags or []),
                lead=lead
                if lead is not None
                else (paragraphs[0].split(". ")[0].rstrip(".") + "." if paragraphs else title),
                paragraphs=list(paragraphs),
                images=list(images or []),
                template=template or templates[len(self.articles) % len(templates)],
                comments_per_page=comments_per_page,
                in_sitemap=in_sitemap,
            )
            art.page_changed = t
            self._insert(art)
            return art

    def edit_article(self, slug: str, paragraphs: list[str] | None = None, title: str | None = None) -> DemoArticle:
        with self.lock:
            art = self.article(slug)
            t = self._tick()
            if paragraphs is not None:
                art.paragraphs = list(paragraphs)
                art.subheadings = [i for i in art.subheadings if i < len(art.paragraphs)]
            if title is not None:
                art.title = title
            art.modified = max(t, art.published + timedelta(seconds=1))
            art.page_changed = art.modified
            return art

    def add_comment(
        self,
        slug: str,
        author: str,
        text: str,
        parent_id: int | None = None,
        published: datetime | None = None,
    ) -> DemoComment:
        with self.lock:
            art = self.article(slug)
            if parent_id is not None:
                art.comment(parent_id)  # KeyError if unknown
            t = self._tick()
            c = DemoComment(
                id=self.new_comment_id(),
                author=author,
                text=text,
                published=published or t,
                parent_id=parent_id,
            )
            art.comments.append(c)
            art.page_changed = t
            return c

    def edit_comment(self, slug: str, comment_id: int, text: str) -> DemoComment:
        with self.lock:
            art = self.article(slug)
            c = art.comment(comment_id)
            c.text = text
            art.page_changed = self._tick()
            return c

    def delete_comment(self, slug: str, comment_id: int) -> None:
        """Remove a comment and all its replies."""
        with self.lock:
            art = self.article(slug)
            art.comment(comment_id)
            doomed = {comment_id}
            changed = True
            while changed:
                changed = False
                for c in art.comments:
                    if c.parent_id in doomed and c.id not in doomed:
                        doomed.add(c.id)
                        changed = True
            art.comments = [c for c in art.comments if c.id not in doomed]
            art.page_changed = self._tick()
