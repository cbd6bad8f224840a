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
thousands of articles builds quickly.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone
from typing import Any

from .content import load_json, make_fault_articles
from .model import UTC, DemoArticle, DemoComment, NewsSite, now_utc, slugify

BST = timezone(timedelta(hours=1))
TEMPLATES = ["jsonld", "microdata", "ogmeta", "oldstyle", "jsonld-graph"]
COMMENT_ID_STRIDE = 16  # comment ids reserved per article
_SLOT = re.compile(r"\{([^{}]+)\}")
_RANGE = re.compile(r"(\d+)-(\d+)")


def words() -> dict[str, Any]:
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


class GeneratedArticle(DemoArticle):
    """A DemoArticle whose body and comments are generated on first access."""

    _gen_seed: str = ""
    _gen_comment_base: int = 0

    @property
    def paragraphs(self) -> list[str]:
        if self.__dict__.get("_paragraphs") is None:
            self._materialize()
        return self.__dict__["_paragraphs"]

    @paragraphs.setter
    def paragraphs(self, value: list[str] | None) -> None:
        self.__dict__["_paragraphs"] = value

    @property
    def comments(self) -> list[DemoComment]:
        if self.__dict__.get("_comments") is None:
            self._materialize()
        return self.__dict__["_comments"]

    @comments.setter
    def comments(self, value: list[DemoComment] | None) -> None:
        self.__dict__["_comments"] = value

    def _materialize(self) -> None:
        rng = random.Random(self._gen_seed)
        writer = Writer(rng)
        topic = self.__dict__.get("_topic", "plan")
        town = self.__dict__.get("_town", "Wrenmouth")
        if self.__dict__.get("_paragraphs") is None:
            n = rng.randint(4, 9)
            paras = [writer.paragraph(topic, town) for _ in range(n)]
            subs = []
            if n >= 6:
                subs = [3]
                paras[3] = f"{rng.choice(writer.words['subheadings'])} in {town}"
            self.subheadings = subs
            self.__dict__["_paragraphs"] = paras
        if self.__dict__.get("_comments") is None:
            self.__dict__["_comments"] = self._make_comments(topic, town)

    def _make_comments(self, topic: str, town: str) -> list[DemoComment]:
        rng = random.Random(self._gen_seed + "c")
        writer = Writer(rng)
        comments: list[DemoComment] = []
        t = self.published
        for i in range(rng.randint(0, 8)):
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


def build_generated_site(
    n_articles: int = 1000,
    seed: int = 1,
    *,
    name: str | None = None,
    now: datetime | None = None,
    spacing_minutes: int = 97,
) -> NewsSite:
    """Synthetic site for benchmarks: same URL scheme and discovery files, listing
    pages of 20, sitemaps split at 1,000 URLs, news sitemap for the last 2 days."""
    now = (now or now_utc()).replace(second=0, microsecond=0)
    site = NewsSite(
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
        )
        a._gen_seed = f"{seed}:{i}"
        a._gen_comment_base = 1 + i * COMMENT_ID_STRIDE
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
