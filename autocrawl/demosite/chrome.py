"""The frame every HTML page shares: head, cookie banner, header and navigation,
the "Most read" sidebar and the footer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import DemoArticle, slugify
from .templating import EMPTY, Html, fill, join, render

if TYPE_CHECKING:  # pragma: no cover
    from .model import NewsSite


def _nav(site: NewsSite) -> Html:
    sections = join(
        fill('<li><a href="/section/$slug/">$name</a></li>', slug=slugify(sec), name=sec) for sec in site.sections[:6]
    )
    tag = site.nav_tag or next(iter(site.tags()), None)
    tag_item = fill('<li><a href="/tag/$slug/">#$tag</a></li>', slug=slugify(tag), tag=tag) if tag else ""
    return render("nav.html", sections=sections, tag=tag_item)


def most_read(site: NewsSite, exclude: DemoArticle | None = None) -> Html:
    """Stable across additions (so unchanged pages keep their ETag): a ranking
    fixed at build time, plus, on big generated sites, the next older neighbours."""
    picks: list[DemoArticle] = []
    pool = [site._by_slug[s] for s in site.most_read if s in site._by_slug]
    if not pool:
        pool = [a for a in site.articles[:40] if a.in_sitemap]
    if site.generated and exclude is not None:
        try:
            i = site.articles.index(exclude)
        except ValueError:
            i = 0
        pool = site.articles[i + 1 : i + 6] + pool
    for a in pool:
        if a is exclude or a in picks or not a.in_sitemap:
            continue
        picks.append(a)
        if len(picks) == 5:
            break
    items = join(
        fill(
            '<li><a href="$href">$title</a></li>',
            href=a.path + "#comments" if site.variant_urls.get(a.slug) else a.path,
            title=a.title,
        )
        for a in picks
    )
    return fill('<aside class="sidebar most-read"><h3>Most read</h3><ol>$items</ol></aside>', items=items)


def page(
    site: NewsSite,
    *,
    title: str,
    body: Html,
    head: Html = EMPTY,
    canonical: str | None = None,
    description: str = "",
    og_type: str = "website",
    sidebar: Html = EMPTY,
    footer_extra: Html = EMPTY,
    base: str = "",
) -> Html:
    """A whole HTML page around ``body``; ``canonical`` is a path, made absolute with ``base``."""
    return render(
        "page.html",
        title=title,
        description=fill('<meta name="description" content="$d">', d=description) if description else "",
        canonical=fill('<link rel="canonical" href="$url">', url=base + canonical) if canonical else "",
        og_type=fill('<meta property="og:type" content="$t">', t=og_type) if og_type else "",
        og_url=fill('<meta property="og:url" content="$url">', url=base + canonical) if canonical else "",
        site_name=site.name,
        head=head,
        cookie_banner=render("cookie-banner.html"),
        tagline=site.tagline,
        nav=_nav(site),
        body=body,
        sidebar=sidebar,
        footer=render("footer.html", year=site.created.year, site_name=site.name, extra=footer_extra),
    )
