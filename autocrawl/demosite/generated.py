"""A seeded generator of synthetic news sites for benchmarks.

Word lists and sentence patterns live in ``data/generator.json``.  A pattern's
``{...}`` slots are filled left to right, each with its own draws from the
seeded random source, so a seed always gives the same site:

- ``{town}``, ``{topic}``: the article's town and topic (no draw);
- ``{person}``, ``{first_name}``, ``{other_town}``, ``{company}``: made-up names;
- ``{place_name}``: one of ``places`` without its leading "the ";
- ``{2-950}``: a whole number in that range;
- ``{a|b|c}``: one of the given words;
- ``{verbs}`` (any other list in the file): one of its entries.

An article's body and comments are made on first access, so a site of
thousands of articles builds quickly.  By default they are then kept, so that the
site can be edited like any other; with ``keep_content=False`` they are remade from
the article's seed on every access (a few recent ones cached), so that serving a
site of 50,000 articles holds only their headlines in memory.
"""

from __future__ import annotations

import functools
import random
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from .content import load_json, make_fault_articles
from .model import UTC, DemoArticle, DemoComment, NewsSite, now_utc, slugify

BST = timezone(timedelta(hours=1))
TEMPLATES = ["jsonld", "microdata", "ogmeta", "oldstyle", "jsonld-graph"]
COMMENT_ID_STRIDE = 16  # comment ids reserved per article
_SLOT = re.compile(r"\{([^{}]+)\}")
_RANGE = re.compile(r"(\d+)-(\d+)")


@functools.cache
def words() -> dict[str, Any]:
    """The word lists and patterns (read once; callers do not modify them)."""
    return load_json("generator.json")


class Writer:
    """Fills the patterns of ``generator.json`` from one seeded random source."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.words = words()

    def pick(self, seq: list[str]) -> str:
        return seq[int(self.rng.random() * len(seq))]

    def person(self) -> str:
        return f"{self.pick(self.words['first_names'])} {self.pick(self.words['surnames'])}"

    def town(self) -> str:
        return self.pick(self.words["town_starts"]) + self.pick(self.words["town_ends"])

    def company(self) -> str:
        w = self.words
        return f"{self.pick(w['company_starts'])} {self.pick(w['company_trades'])} {self.pick(w['company_suffixes'])}"

    def fill(self, pattern: str, topic: str, town: str) -> str:
        def slot(m: re.Match[str]) -> str:
            name = m.group(1)
            if name == "town":
                return town
            if name == "topic":
                return topic
            if name == "person":
                return self.person()
            if name == "first_name":
                return self.person().split()[0]
            if name == "other_town":
                return self.town()
            if name == "company":
                return self.company()
            if name == "place_name":
                return self.pick(self.words["places"]).removeprefix("the ")
            if "|" in name:
                return self.pick(name.split("|"))
            span = _RANGE.fullmatch(name)
            if span:
                return str(self.rng.randint(int(span.group(1)), int(span.group(2))))
            return self.pick(self.words[name])

        return _SLOT.sub(slot, pattern)

    def sentence(self, topic: str, town: str) -> str:
        patterns = self.words["sentences"]
        return self.fill(patterns[self.rng.randint(0, len(patterns) - 1)], topic, town)

    def paragraph(self, topic: str, town: str) -> str:
        return " ".join(self.sentence(topic, town) for _ in range(self.rng.randint(2, 5)))


class RecentContent:
    """The bodies and comment threads made last, for sites that do not keep them: rendering one
    page asks its article for them several times."""

    def __init__(self, size: int = 64):
        self.size = size
        self._items: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str, make: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        with self._lock:
            self._items[key] = value
            if len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


class GeneratedArticle(DemoArticle):
    """A DemoArticle whose body and comments are generated from its seed on first access.

    A value assigned to ``paragraphs``, ``subheadings`` or ``comments`` is kept and wins over
    the generated one. ``_gen_recent`` None: generated values are kept too (the site can be
    edited); otherwise they are only cached there and remade when evicted (read-only sites).
    """

    _gen_seed: str = ""
    _gen_comment_base: int = 0
    _gen_comment_share: float | None = None  # None: 0-8 comments each; else this share has 1-8
    _gen_recent: RecentContent | None = None

    @property
    def paragraphs(self) -> list[str]:
        own = self.__dict__.get("_paragraphs")
        return own if own is not None else self._generated("body")[0]

    @paragraphs.setter
    def paragraphs(self, value: list[str] | None) -> None:
        self.__dict__["_paragraphs"] = value

    @property
    def subheadings(self) -> list[int]:
        own = self.__dict__.get("_subheadings")
        return own if own is not None else self._generated("body")[1]

    @subheadings.setter
    def subheadings(self, value: list[int] | None) -> None:
        self.__dict__["_subheadings"] = value

    @property
    def comments(self) -> list[DemoComment]:
        own = self.__dict__.get("_comments")
        return own if own is not None else self._generated("comments")

    @comments.setter
    def comments(self, value: list[DemoComment] | None) -> None:
        self.__dict__["_comments"] = value

    @property
    def comment_count(self) -> int:
        """How many comments the article has, without generating them."""
        own = self.__dict__.get("_comments")
        return len(own) if own is not None else self._draw_comment_count(random.Random(self._gen_seed + "c"))

    def _generated(self, part: str) -> Any:
        make = self._make_body if part == "body" else self._make_comments
        if self._gen_recent is not None:
            return self._gen_recent.get(f"{self._gen_seed}/{part}", make)
        value = make()
        if part == "body":
            self.__dict__.setdefault("_paragraphs", None)
            self.__dict__.setdefault("_subheadings", None)
            if self.__dict__["_paragraphs"] is None:
                self.__dict__["_paragraphs"] = value[0]
            if self.__dict__["_subheadings"] is None:
                self.__dict__["_subheadings"] = value[1]
        else:
            self.__dict__["_comments"] = value
        return value

    def _make_body(self) -> tuple[list[str], list[int]]:
        rng = random.Random(self._gen_seed)
        writer = Writer(rng)
        topic = self.__dict__.get("_topic", "plan")
        town = self.__dict__.get("_town", "Wrenmouth")
        n = rng.randint(4, 9)
        paras = [writer.paragraph(topic, town) for _ in range(n)]
        subs = []
        if n >= 6:
            subs = [3]
            paras[3] = f"{rng.choice(writer.words['subheadings'])} in {town}"
        return paras, subs

    def _draw_comment_count(self, rng: random.Random) -> int:
        if self._gen_comment_share is None:
            return rng.randint(0, 8)
        return rng.randint(1, 8) if rng.random() < self._gen_comment_share else 0

    def _make_comments(self) -> list[DemoComment]:
        rng = random.Random(self._gen_seed + "c")
        count = self._draw_comment_count(rng)
        writer = Writer(rng)
        topic = self.__dict__.get("_topic", "plan")
        town = self.__dict__.get("_town", "Wrenmouth")
        comments: list[DemoComment] = []
        t = self.published
        for i in range(count):
            t = t + timedelta(minutes=rng.randint(2, 300))
            parent = None
            if comments and rng.random() < 0.4:
                parent = comments[int(rng.random() * len(comments))].id
            text = f"{writer.pick(writer.words['comment_openers'])}. {writer.sentence(topic, town)}"
            comments.append(
                DemoComment(
                    id=self._gen_comment_base + i,
                    author=writer.person(),
                    text=text,
                    published=t,
                    parent_id=parent,
                )
            )
        return comments


class GeneratedSite(NewsSite):
    """A NewsSite whose listings (section, tag, author, sitemap) are indexed once per version,
    so that serving a listing of a 50,000-article site does not scan every article."""

    def _index(self, name: str, build: Callable[[], Any]) -> Any:
        key = (self.version, len(self.articles))
        cached = self.__dict__.get("_listing_index", {})
        if cached.get("key") != key:
            cached = {"key": key}
            self.__dict__["_listing_index"] = cached
        if name not in cached:
            cached[name] = build()
        return cached[name]

    def _grouped(self, keys: Callable[[DemoArticle], list[str]]) -> dict[str, list[DemoArticle]]:
        groups: dict[str, list[DemoArticle]] = {}
        for a in self.articles:
            for k in keys(a):
                groups.setdefault(k, []).append(a)
        return groups

    def in_section(self, section: str) -> list[DemoArticle]:
        return list(self._index("section", lambda: self._grouped(lambda a: [a.section])).get(section, []))

    def with_tag(self, tag: str) -> list[DemoArticle]:
        return list(self._index("tag", lambda: self._grouped(lambda a: list(dict.fromkeys(a.tags)))).get(tag, []))

    def by_author(self, slug: str) -> list[DemoArticle]:
        by_slug = self._index("author", lambda: self._grouped(lambda a: list({slugify(n): 0 for n in a.authors})))
        return list(by_slug.get(slug, []))

    def sitemap_articles(self) -> list[DemoArticle]:
        return list(self._index("sitemap", lambda: [a for a in self.articles if a.in_sitemap]))


def build_generated_site(
    n_articles: int = 1000,
    seed: int = 1,
    *,
    name: str | None = None,
    now: datetime | None = None,
    spacing_minutes: int = 97,
    comment_share: float | None = None,
    keep_content: bool = True,
) -> NewsSite:
    """Synthetic site for benchmarks: same URL scheme and discovery files, listing
    pages of 20, sitemaps split at 1,000 URLs, news sitemap for the last 2 days.

    ``comment_share``: the share of articles with comments (1-8 each); None: 0-8 on
    every article. ``keep_content=False``: bodies and comments are remade on access
    instead of kept (see the module docstring); the site must then not be edited.
    """
    now = (now or now_utc()).replace(second=0, microsecond=0)
    recent = None if keep_content else RecentContent()
    site = GeneratedSite(
        name or f"Generated Gazette {seed}",
        tagline="Synthetic local news for benchmarks",
        page_size=20,
        sitemap_chunk=1000,
        news_sitemap_days=2,
        generated=True,
        created=now - timedelta(minutes=spacing_minutes * (n_articles + 2)),
    )
    site.about_text = ["This site is generated for crawler benchmarks. None of its stories are real."]
    rng = random.Random(seed)
    writer = Writer(rng)
    sections = writer.words["sections"]
    arts = []
    seen: set[str] = set()
    for i in range(n_articles):
        section = sections[i % len(sections)]
        topic = writer.pick(writer.words["topics"][section])
        town = writer.town()
        title = writer.fill(writer.words["headline"], topic, town)
        slug = slugify(title)
        if slug in seen:
            slug = f"{slug}-{i}"
        seen.add(slug)
        pub = now - timedelta(minutes=spacing_minutes * (i + 1) + rng.randint(0, 30))
        pub = pub.astimezone(BST if i % 3 == 0 else UTC)
        authors = [writer.person()] + ([writer.person()] if rng.random() < 0.2 else [])
        a = GeneratedArticle(
            slug=slug,
            path=f"/news/{pub:%Y}/{pub:%m}/{slug}/",
            title=title,
            authors=authors,
            published=pub,
            modified=pub,
            section=section,
            tags=[topic.split()[0], town.lower()][: 1 + (i % 2)],
            lead=writer.sentence(topic, town),
            paragraphs=None,  # type: ignore[arg-type]
            images=[],
            template=TEMPLATES[i % len(TEMPLATES)],
            comments=None,  # type: ignore[arg-type]
            comments_per_page=5,
            subheadings=None,  # type: ignore[arg-type]
        )
        a._gen_seed = f"{seed}:{i}"
        a._gen_comment_base = 1 + i * COMMENT_ID_STRIDE
        a._gen_comment_share = comment_share
        a._gen_recent = recent
        a.__dict__["_topic"] = topic
        a.__dict__["_town"] = town
        arts.append(a)
    # pubs are strictly decreasing given spacing > 30
    site.extend(arts, presorted=True)
    site.most_read = [a.slug for a in arts[:6]]
    site.nav_tag = arts[0].tags[0] if arts else None
    site.reserve_comment_ids(n_articles * COMMENT_ID_STRIDE)
    site.last_change = now
    site.fault_articles = make_fault_articles()
    return site
