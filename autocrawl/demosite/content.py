"""The hand-written demo sites (all fictitious), loaded from ``data/*.json``.

``herald.json`` and ``valley.json`` hold one site each: name, tagline, about
text, author bios and the stories in the order their comment ids are given out.
``syndicated.json`` holds agency copy that stories on both sites carry, and
``faults.json`` the truth of the fault articles served with ``faults=True``.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from functools import cache
from importlib.resources import files
from string import Template
from typing import Any

from .model import DemoArticle, DemoComment, NewsSite, slugify

DEFAULT_NAME = "The Harbour Herald"
VARIANT_FILES = {
    "herald": "herald.json",
    "default": "herald.json",
    "main": "herald.json",
    "syndication": "valley.json",
    "valley": "valley.json",
}


@cache
def load_json(name: str) -> Any:
    return json.loads(files(__package__).joinpath("data", name).read_text(encoding="utf-8"))


def build_demo_site(name: str = DEFAULT_NAME, variant: str = "herald") -> NewsSite:
    """The fixture site.  ``variant="syndication"`` builds the second, smaller
    site that carries the agency story under a different headline/intro/footer."""
    if variant not in VARIANT_FILES:
        raise ValueError(f"unknown variant {variant!r}")
    data = load_json(VARIANT_FILES[variant])
    site = NewsSite(
        data["name"] if name == DEFAULT_NAME else name,
        tagline=data["tagline"],
        page_size=data["page_size"],
    )
    site.reserve_comment_ids(data["first_comment_id"] - 1)
    site.about_text = list(data["about"])
    arts = [_story_article(site, story) for story in data["stories"]]
    arts.sort(key=lambda a: a.published, reverse=True)
    site.extend(arts, presorted=True)
    site.last_change = max(a.last_changed for a in site.articles) + timedelta(hours=1)
    for art in site.articles:
        for c in art.comments:
            site.last_change = max(site.last_change, c.published + timedelta(minutes=1))
    site.fault_articles = make_fault_articles()
    _link_extra_urls(site, data["stories"])
    for author_name, bio in data["author_bios"].items():
        author = site.authors.get(slugify(author_name))
        if author is not None:
            author.bio = bio
    _rank_most_read(site)
    site.nav_tag = data["nav_tag"]
    return site


def _story_article(site: NewsSite, story: dict[str, Any]) -> DemoArticle:
    paragraphs: list[str] = []
    subheadings: list[int] = []
    for item in _expand_syndicated(story["paragraphs"]):
        if isinstance(item, dict):
            subheadings.append(len(paragraphs))
            paragraphs.append(item["subheading"])
        else:
            paragraphs.append(item)
    published = datetime.fromisoformat(story["published"])
    slug = slugify(story["title"])
    art = DemoArticle(
        slug=slug,
        path=f"/news/{published:%Y}/{published:%m}/{slug}/",
        title=story["title"],
        authors=list(story["authors"]),
        published=published,
        modified=published,
        section=story["section"],
        tags=list(story["tags"]),
        lead=story["lead"],
        paragraphs=paragraphs,
        images=[(image["src"], image["caption"]) for image in story.get("images", [])],
        template=story["template"],
        comments=[],
        comments_per_page=story.get("comments_per_page", 5),
        subheadings=subheadings,
        comment_style=story.get("comment_style", "wp"),
        comments_paged=story.get("comments_paged", False),
        in_sitemap=story.get("in_sitemap", True),
        source=story.get("source", ""),
    )
    art.comments = _story_comments(site, art, story.get("comments", []))
    return art


def _expand_syndicated(items: list[str | dict[str, str]]) -> list[str | dict[str, str]]:
    """Replace ``{"syndicated": key}`` by the shared agency paragraphs."""
    out: list[str | dict[str, str]] = []
    for item in items:
        if isinstance(item, dict) and "syndicated" in item:
            out.extend(load_json("syndicated.json")[item["syndicated"]])
        else:
            out.append(item)
    return out


def _story_comments(site: NewsSite, art: DemoArticle, rows: list[dict[str, str]]) -> list[DemoComment]:
    """Comments get site-wide ids in file order and seeded times after publication."""
    ids: dict[str, int] = {}
    comments: list[DemoComment] = []
    t = art.published + timedelta(minutes=37)
    rng = random.Random(art.slug)
    for row in rows:
        cid = site.new_comment_id()
        ids[row["id"]] = cid
        t = t + timedelta(minutes=rng.randint(3, 95))
        reply_to = row.get("reply_to")
        parent = ids[reply_to] if reply_to else None
        comments.append(DemoComment(id=cid, author=row["author"], text=row["text"], published=t, parent_id=parent))
    return comments


def _link_extra_urls(site: NewsSite, stories: list[dict[str, Any]]) -> None:
    """URL variants linked from the site (``${path}``, ``${bare_path}``) and old redirecting paths."""
    for story in stories:
        art = site.article(slugify(story["title"]))
        variants = story.get("linked_variants", [])
        if variants:
            where = {"path": art.path, "bare_path": art.path.rstrip("/")}
            site.variant_urls[art.slug] = [Template(v).substitute(where) for v in variants]
        for old in story.get("old_paths", []):
            site.old_redirects[old] = art.path


def _rank_most_read(site: NewsSite) -> None:
    ranked = sorted(
        (a for a in site.articles if a.in_sitemap and a.slug not in site.variant_urls),
        key=lambda a: -len(a.comments),
    )
    site.most_read = list(site.variant_urls) + [a.slug for a in ranked[:6]]


def make_fault_articles() -> list[DemoArticle]:
    """Truth of ``/faults/{broken,latin1,nocharset}``: malformed or mis-declared pages."""
    out = []
    for row in load_json("faults.json"):
        published = datetime.fromisoformat(row["published"])
        out.append(
            DemoArticle(
                slug=row["path"].rsplit("/", 1)[1],
                path=row["path"],
                title=row["title"],
                authors=[row["author"]],
                published=published,
                modified=published,
                section="News",
                tags=[],
                lead=row["paragraphs"][0],
                paragraphs=list(row["paragraphs"]),
                template="fault",
                comments=[],
                in_sitemap=False,
            )
        )
    return out
