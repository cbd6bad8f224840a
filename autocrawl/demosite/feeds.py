"""Discovery files: robots.txt, RSS and Atom feeds, the sitemap index, the news
sitemap and the article sitemaps (split every ``site.sitemap_chunk`` URLs).

They use absolute URLs built from ``base`` ("http://127.0.0.1:PORT").
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from . import model
from .faults import FAULT_PATHS
from .formats import iso, join_names, rfc822
from .model import DemoArticle
from .templating import Html, fill, join, render

if TYPE_CHECKING:  # pragma: no cover
    from .model import NewsSite


def render_robots(base: str) -> str:
    # plain text: nothing to escape
    return render("robots.txt", base=Html(base))


def render_rss(site: NewsSite, base: str) -> Html:
    items = []
    for a in site.articles[:10]:
        items.append(
            render(
                "rss-item.xml",
                title=a.title,
                link=base + a.path,
                lead=a.lead,
                published=rfc822(a.published),
                authors=join_names(a.authors),
                categories=join(fill("<category>$t</category>", t=t) for t in a.tags),
            )
        )
    last = site.articles[0].published if site.articles else site.created
    return render(
        "rss.xml",
        site_name=site.name,
        base=base,
        tagline=site.tagline,
        last_build=rfc822(max(last, site.last_change)),
        items=join(items, "\n"),
    )


def render_atom(site: NewsSite, base: str) -> Html:
    entries = []
    for i, a in enumerate(site.articles[:10]):
        entries.append(
            render(
                "atom-entry.xml",
                title=a.title,
                link=base + a.path + ("?utm_source=rss&utm_medium=feed" if i % 2 == 0 else ""),
                id=base + a.path,
                published=iso(a.published),
                updated=iso(a.modified),
                authors=join(fill("<author><name>$n</name></author>", n=n) for n in a.authors),
                lead=a.lead,
            )
        )
    updated = max([site.last_change] + [a.modified for a in site.articles[:10]])
    return render(
        "atom.xml",
        site_name=site.name,
        tagline=site.tagline,
        base=base,
        updated=iso(updated),
        entries=join(entries, "\n"),
    )


def article_sitemap_names(site: NewsSite) -> list[str]:
    n = len(site.sitemap_articles())
    chunks = max(1, -(-n // site.sitemap_chunk))
    if chunks == 1:
        return ["sitemap-articles.xml"]
    return [f"sitemap-articles-{i}.xml" for i in range(1, chunks + 1)]


def render_sitemap_index(site: NewsSite, base: str) -> Html:
    names = ["sitemap-news.xml"] + article_sitemap_names(site)
    sitemaps = join(
        fill(
            "<sitemap><loc>$base/$name</loc><lastmod>$lastmod</lastmod></sitemap>",
            base=base,
            name=n,
            lastmod=iso(site.last_change),
        )
        for n in names
    )
    return render("sitemap-index.xml", sitemaps=sitemaps)


def news_sitemap_articles(site: NewsSite) -> list[DemoArticle]:
    """Sitemap articles, only the last ``news_sitemap_days`` on sites that set it."""
    arts = site.sitemap_articles()
    if site.news_sitemap_days is not None:
        cutoff = model.now_utc() - timedelta(days=site.news_sitemap_days)
        arts = [a for a in arts if a.published >= cutoff]
    return arts[:1000]


def render_news_sitemap(site: NewsSite, base: str) -> Html:
    urls = [
        render(
            "news-sitemap-url.xml",
            loc=base + a.path,
            site_name=site.name,
            published=iso(a.published),
            title=a.title,
        )
        for a in news_sitemap_articles(site)
    ]
    return render("news-sitemap.xml", urls=join(urls, "\n"))


def render_article_sitemap(site: NewsSite, base: str, name: str, faults: bool) -> Html | None:
    """One article sitemap by file name (None if no such file); the first also lists the fault pages."""
    names = article_sitemap_names(site)
    if name not in names:
        return None
    i = names.index(name)
    arts = site.sitemap_articles()[i * site.sitemap_chunk : (i + 1) * site.sitemap_chunk]
    urls = [
        fill("<url><loc>$loc</loc><lastmod>$lastmod</lastmod></url>", loc=base + a.path, lastmod=iso(a.modified))
        for a in arts
    ]
    if faults and i == 0:
        urls += [fill("<url><loc>$loc</loc></url>", loc=base + p) for p in FAULT_PATHS]
    return render("sitemap.xml", urls=join(urls, "\n"))
