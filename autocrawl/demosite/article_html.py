"""Article pages in six layouts (``DemoArticle.template``), their AMP and print
versions, and the car-model pages the "arena" layout links to."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .chrome import most_read, page
from .comments_html import render_comments_block
from .content import load_json
from .formats import byline_date, human_date, iso, join_names
from .model import DemoArticle, slugify
from .templating import EMPTY, Html, fill, join, render

if TYPE_CHECKING:  # pragma: no cover
    from .model import NewsSite

TEMPLATES = ("jsonld", "microdata", "ogmeta", "oldstyle", "jsonld-graph", "arena")
FigureRenderer = Callable[[str, str], Html]


def popular_models() -> list[str]:
    return load_json("popular_models.json")


def _figure(src: str, caption: str) -> Html:
    return fill(
        '<figure class="article-image"><img src="$src" alt="$caption" width="800" height="450">'
        "<figcaption>$caption</figcaption></figure>",
        src=src,
        caption=caption,
    )


def _arena_figure(src: str, caption: str) -> Html:
    return render("figure-arena.html", src=src, caption=caption)


def body_html(
    art: DemoArticle,
    *,
    figure_fn: FigureRenderer = _figure,
    inserts: dict[int, Html] | None = None,
) -> Html:
    """Paragraphs as <p>/<h2>, images after paragraph 1, 3, 5..., optional inserts
    (boilerplate boxes) after given paragraph indices."""
    out = []
    imgs = list(art.images)
    inserts = inserts or {}
    for i, para in enumerate(art.paragraphs):
        out.append(fill("<h2>$p</h2>" if i in art.subheadings else "<p>$p</p>", p=para))
        if imgs and i % 2 == 0 and i + 1 < len(art.paragraphs):
            out.append(figure_fn(*imgs.pop(0)))
        if i in inserts:
            out.append(inserts[i])
    for src, cap in imgs:
        out.append(figure_fn(src, cap))
    return join(out, "\n")


def _plain_body(art: DemoArticle) -> Html:
    """Paragraphs and sub-headings only (AMP and print versions)."""
    return join(
        (fill("<h2>$p</h2>" if i in art.subheadings else "<p>$p</p>", p=p) for i, p in enumerate(art.paragraphs)),
        "\n",
    )


def _time(d: datetime, cls: str = "published") -> Html:
    return fill('<time class="$cls" datetime="$iso">$human</time>', cls=cls, iso=iso(d), human=human_date(d))


def _author_links(names: list[str]) -> Html:
    links = [fill('<a href="/author/$slug/" rel="author">$name</a>', slug=slugify(n), name=n) for n in names]
    return Html(join_names(links))


def _jsonld_article(site: NewsSite, art: DemoArticle, base: str) -> dict[str, Any]:
    d: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": art.title,
        "description": art.lead,
        "datePublished": iso(art.published),
        "dateModified": iso(art.modified),
        "articleSection": art.section,
        "keywords": ", ".join(art.tags),
        "author": [{"@type": "Person", "name": n, "url": f"{base}/author/{slugify(n)}/"} for n in art.authors],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": site.name,
            "logo": {"@type": "ImageObject", "url": base + "/static/img/logo.jpg"},
        },
        "mainEntityOfPage": base + art.path,
        "url": base + art.path,
        "commentCount": len(art.comments),
    }
    if art.images:
        d["image"] = [base + src for src, _ in art.images]
    return d


def _jsonld_graph(site: NewsSite, art: DemoArticle, base: str) -> dict[str, Any]:
    """The article inside a Yoast-style @graph with WebSite, WebPage and breadcrumbs."""
    page_url = base + art.path
    return {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": base + "/#website", "name": site.name, "url": base + "/"},
            {
                "@type": "WebPage",
                "@id": page_url + "#webpage",
                "url": page_url,
                "name": art.title,
                "isPartOf": {"@id": base + "/#website"},
            },
            {
                **_jsonld_article(site, art, base),
                "@id": page_url + "#article",
                "isPartOf": {"@id": page_url + "#webpage"},
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": art.section,
                        "item": f"{base}/section/{slugify(art.section)}/",
                    },
                ],
            },
        ],
    }


def _json_for_script(data: dict[str, Any]) -> Html:
    """JSON safe inside <script> (no "</")."""
    return Html(json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))


def _jsonld_script(data: dict[str, Any]) -> Html:
    return fill('<script type="application/ld+json">$json</script>', json=_json_for_script(data))


def _og_article(art: DemoArticle, base: str) -> Html:
    return render(
        "og-article.html",
        lead=art.lead,
        published=iso(art.published),
        modified=iso(art.modified),
        section=art.section,
        tags=join(fill('<meta property="article:tag" content="$t">', t=t) for t in art.tags),
        image=fill('<meta property="og:image" content="$src">', src=base + art.images[0][0]) if art.images else "",
    )


def _related(site: NewsSite, art: DemoArticle) -> Html:
    """Three older stories, same section or tag first (older only, so adding new
    articles does not change this page)."""
    try:
        i = site.articles.index(art)
    except ValueError:
        i = 0
    older = [a for a in site.articles[i + 1 : i + 60] if a.in_sitemap]
    rel = [a for a in older if a.section == art.section or set(a.tags) & set(art.tags)][:3]
    if len(rel) < 3:
        rel += [a for a in older if a not in rel][: 3 - len(rel)]
    items = join(
        fill('<li><a href="$href">$title</a><p>$lead</p></li>', href=a.path, title=a.title, lead=a.lead) for a in rel
    )
    return fill('<div class="related-articles"><h3>Related stories</h3><ul>$items</ul></div>', items=items)


def _tags_html(art: DemoArticle) -> Html:
    if not art.tags:
        return EMPTY
    items = join(fill('<li><a href="/tag/$slug/" rel="tag">$tag</a></li>', slug=slugify(t), tag=t) for t in art.tags)
    return fill('<ul class="tags">$items</ul>', items=items)


def _variant_links(site: NewsSite, art: DemoArticle) -> Html:
    if not site.variant_urls.get(art.slug):
        return EMPTY
    return fill(
        '<p class="article-tools"><a href="${path}amp/">AMP version</a> · '
        '<a href="${path}?print=1" rel="nofollow">Print this article</a></p>',
        path=art.path,
    )


def render_article(site: NewsSite, art: DemoArticle, base: str = "") -> Html:
    t = art.template
    head: list[Html] = []
    og_type = "article"
    comments = render_comments_block(site, art)
    tools = _variant_links(site, art)
    if site.variant_urls.get(art.slug):
        head.append(fill('<link rel="amphtml" href="${url}amp/">', url=base + art.path))

    if t in ("jsonld", "jsonld-graph"):
        if t == "jsonld":
            ld = {"@context": "https://schema.org", **_jsonld_article(site, art, base)}
        else:
            ld = _jsonld_graph(site, art, base)
        head += [_jsonld_script(ld), _og_article(art, base)]
        updated = EMPTY
        if art.modified > art.published:
            updated = fill(' <span class="updated">Updated $time</span>', time=_time(art.modified, "modified"))
        main = render(
            "article-jsonld.html",
            slug=art.slug,
            section_slug=slugify(art.section),
            section=art.section,
            title=art.title,
            authors=_author_links(art.authors),
            published=_time(art.published),
            updated=updated,
            tools=tools,
            body=body_html(art),
            source=fill('<p class="source">Source: $source</p>', source=art.source) if art.source else "",
            tags=_tags_html(art),
            comments=comments,
        )
    elif t == "microdata":
        authors = join(
            (
                fill(
                    '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
                    '<a itemprop="url" href="/author/$slug/"><span itemprop="name">$name</span></a></span>',
                    slug=slugify(n),
                    name=n,
                )
                for n in art.authors
            ),
            ", ",
        )
        main = render(
            "article-microdata.html",
            title=art.title,
            authors=authors,
            published_iso=iso(art.published),
            published=human_date(art.published),
            modified_iso=iso(art.modified),
            lead=art.lead,
            tools=tools,
            body=body_html(art),
            tags=_tags_html(art),
            comments=comments,
        )
    elif t == "ogmeta":
        head.append(_og_article(art, base))
        head += [fill('<meta name="author" content="$name">', name=n) for n in art.authors]
        newsletter = {min(1, len(art.paragraphs) - 1): render("newsletter.html")}
        main = render(
            "article-ogmeta.html",
            title=art.title,
            published=human_date(art.published),
            authors=_author_links(art.authors),
            share=render("share-bar.html"),
            tools=tools,
            body=body_html(art, inserts=newsletter),
            tags=_tags_html(art),
            related=_related(site, art),
            comments=comments,
        )
    elif t == "oldstyle":
        og_type = ""
        main = render(
            "article-oldstyle.html",
            title=art.title,
            published=human_date(art.published),
            author=art.authors[0] if art.authors else "Staff",
            byline_date=byline_date(art.published),
            tools=tools,
            body=body_html(art),
            comments=comments,
        )
    elif t == "arena":
        head.append(_og_article(art, base))
        models = join(
            fill('<li><a href="/models/$slug/">$name</a></li>', slug=slugify(m), name=m) for m in popular_models()
        )
        main = render(
            "article-arena.html",
            title=art.title,
            author=art.authors[0] if art.authors else "Staff",
            byline_date=byline_date(art.published),
            body=body_html(art, figure_fn=_arena_figure),
            comments=comments,
            models=models,
        )
    else:
        raise ValueError(f"unknown template {t!r}")

    return page(
        site,
        title=f"{art.title} | {site.name}",
        body=main,
        head=join(head),
        canonical=art.path,
        description=art.lead,
        og_type=og_type,
        sidebar=most_read(site, art),
        base=base,
    )


def render_model_page(site: NewsSite, slug: str) -> Html | None:
    for m in popular_models():
        if slugify(m) == slug:
            body = render("model.html", model=m)
            return page(site, title=f"{m} - specs | {site.name}", body=body, canonical=f"/models/{slug}/")
    return None


def render_amp(site: NewsSite, art: DemoArticle, base: str = "") -> Html:
    return render(
        "amp.html",
        title=art.title,
        canonical=base + art.path,
        jsonld=_json_for_script({"@context": "https://schema.org", **_jsonld_article(site, art, base)}),
        site_name=site.name,
        authors=join_names(art.authors),
        published=_time(art.published),
        body=_plain_body(art),
    )


def render_print(site: NewsSite, art: DemoArticle, base: str = "") -> Html:
    return render(
        "print.html",
        title=art.title,
        canonical=base + art.path,
        published_iso=iso(art.published),
        site_name=site.name,
        authors=join_names(art.authors),
        published=human_date(art.published),
        body=_plain_body(art),
    )
