"""HTML / XML templates for the demo site (plain f-strings, stdlib only).

All functions return ``str``; the server encodes.  Links inside pages are
absolute paths ("/news/..."); feeds and sitemaps use absolute URLs built from
``base`` ("http://127.0.0.1:PORT").
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from typing import TYPE_CHECKING

from .content import make_fault_articles
from .model import DemoArticle, DemoComment, slugify

if TYPE_CHECKING:  # pragma: no cover
    from .model import NewsSite

TEMPLATES = ("jsonld", "microdata", "ogmeta", "oldstyle", "jsonld-graph", "arena")


def e(s: str) -> str:
    return escape(s, quote=True)


def human_date(d: datetime) -> str:
    return f"{d.day} {d:%B %Y}"


def byline_date(d: datetime) -> str:
    return f"{d:%d %B %Y}"


def rfc822(d: datetime) -> str:
    return format_datetime(d.astimezone(UTC), usegmt=True)


def iso(d: datetime) -> str:
    return d.isoformat()


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------- chrome


def _nav(site: NewsSite) -> str:
    items = ['<li><a href="/">Home</a></li>']
    for sec in site.sections[:6]:
        items.append(f'<li><a href="/section/{slugify(sec)}/">{e(sec)}</a></li>')
    items.append('<li><a href="/latest/">Latest</a></li>')
    tag = site.nav_tag or next(iter(site.tags()), None)
    if tag:
        items.append(f'<li><a href="/tag/{slugify(tag)}/">#{e(tag)}</a></li>')
    items.append('<li><a href="/about">About us</a></li>')
    items.append('<li><a href="/private/secret">Members area</a></li>')
    items.append('<li><a href="/login">Log in</a></li>')
    return '<nav class="main-nav" aria-label="Main"><ul>' + "".join(items) + "</ul></nav>"


COOKIE_BANNER = (
    '<div class="cookie-banner" id="cookie-consent" role="dialog">'
    "<p>We use cookies to remember your settings, count visits and show you fewer "
    "irrelevant adverts. You can change your mind at any time in Privacy settings.</p>"
    '<button type="button" class="accept">Accept all</button> '
    '<button type="button" class="reject">Only necessary</button></div>'
)


def _footer(site: NewsSite, extra: str = "") -> str:
    year = site.created.year
    return (
        '<footer class="site-footer">'
        f"<p>&copy; {year} {e(site.name)}. All rights reserved. "
        "Registered in the Borough of Wrenmouth. Reproduction without permission is prohibited.</p>"
        '<ul class="footer-links"><li><a href="/about">About</a></li>'
        '<li><a href="/rss.xml">RSS</a></li><li><a href="/atom.xml">Atom</a></li>'
        '<li><a href="/latest/">Archive</a></li></ul>'
        f"{extra}</footer>"
    )


def _most_read(site: NewsSite, exclude: DemoArticle | None = None) -> str:
    # Stable across additions (so unchanged pages keep their ETag): a ranking
    # fixed at build time, plus, on big generated sites, the next older neighbours.
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
    lis = []
    for a in picks:
        href = a.path
        if site.variant_urls.get(a.slug):
            href = a.path + "#comments"
        lis.append(f'<li><a href="{e(href)}">{e(a.title)}</a></li>')
    return '<aside class="sidebar most-read"><h3>Most read</h3><ol>' + "".join(lis) + "</ol></aside>"


def page(
    site: NewsSite,
    *,
    title: str,
    body: str,
    head: str = "",
    canonical: str | None = None,
    description: str = "",
    og_type: str = "website",
    sidebar: str = "",
    footer_extra: str = "",
    html_attrs: str = 'lang="en"',
    charset: str | None = "utf-8",
    base: str = "",
) -> str:
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    canon = f'<link rel="canonical" href="{e(base + canonical)}">' if canonical else ""
    ogurl = f'<meta property="og:url" content="{e(base + canonical)}">' if canonical else ""
    desc = f'<meta name="description" content="{e(description)}">' if description else ""
    og = f'<meta property="og:type" content="{og_type}">' if og_type else ""
    return (
        f"<!DOCTYPE html>\n<html {html_attrs}>\n<head>\n{meta_charset}\n"
        f"<title>{e(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{desc}\n{canon}\n{og}\n{ogurl}\n"
        f'<meta property="og:site_name" content="{e(site.name)}">\n'
        f'<meta property="og:title" content="{e(title)}">\n'
        '<link rel="stylesheet" href="/static/site.css">\n'
        f'<link rel="alternate" type="application/rss+xml" title="{e(site.name)} RSS" href="/rss.xml">\n'
        f'<link rel="alternate" type="application/atom+xml" title="{e(site.name)} Atom" href="/atom.xml">\n'
        f"{head}\n</head>\n<body>\n{COOKIE_BANNER}\n"
        f'<header class="site-header"><a class="logo" href="/">{e(site.name)}</a>'
        f'<p class="tagline">{e(site.tagline)}</p>{_nav(site)}</header>\n'
        f'<div class="layout"><main id="main">\n{body}\n</main>\n{sidebar}</div>\n'
        f"{_footer(site, footer_extra)}\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------- article bodies


def _figure(src: str, caption: str) -> str:
    return (
        f'<figure class="article-image"><img src="{e(src)}" alt="{e(caption)}" '
        f'width="800" height="450"><figcaption>{e(caption)}</figcaption></figure>'
    )


def body_html(
    art: DemoArticle,
    *,
    wrap_p: str = "p",
    figures: bool = True,
    figure_fn=_figure,
    inserts: dict[int, str] | None = None,
) -> str:
    """Paragraphs as <p>/<h2>, images after paragraph 1, 3, 5..., optional inserts
    (boilerplate boxes) after given paragraph indices."""
    out = []
    imgs = list(art.images) if figures else []
    inserts = inserts or {}
    for i, para in enumerate(art.paragraphs):
        if i in art.subheadings:
            out.append(f"<h2>{e(para)}</h2>")
        else:
            out.append(f"<{wrap_p}>{e(para)}</{wrap_p}>")
        if imgs and i % 2 == 0 and i + 1 < len(art.paragraphs):
            out.append(figure_fn(*imgs.pop(0)))
        if i in inserts:
            out.append(inserts[i])
    for src, cap in imgs:
        out.append(figure_fn(src, cap))
    return "\n".join(out)


def _time(d: datetime, cls: str = "published") -> str:
    return f'<time class="{cls}" datetime="{iso(d)}">{human_date(d)}</time>'


def _author_links(site: NewsSite, names: list[str]) -> list[str]:
    return [f'<a href="/author/{slugify(n)}/" rel="author">{e(n)}</a>' for n in names]


def _jsonld_article(site: NewsSite, art: DemoArticle, base: str) -> dict:
    d = {
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


def _og_article(art: DemoArticle, base: str) -> str:
    tags = "".join(f'<meta property="article:tag" content="{e(t)}">' for t in art.tags)
    img = f'<meta property="og:image" content="{e(base + art.images[0][0])}">' if art.images else ""
    return (
        f'<meta property="og:description" content="{e(art.lead)}">'
        f'<meta property="article:published_time" content="{iso(art.published)}">'
        f'<meta property="article:modified_time" content="{iso(art.modified)}">'
        f'<meta property="article:section" content="{e(art.section)}">{tags}{img}'
    )


def _share_bar(art: DemoArticle) -> str:
    return (
        '<div class="share-bar"><span>Share this story:</span> '
        '<a class="share fb" href="/share?network=facebook">Facebook</a> '
        '<a class="share x" href="/share?network=x">X</a> '
        '<a class="share mail" href="/share?network=email">Email</a></div>'
    )


def _related(site: NewsSite, art: DemoArticle) -> str:
    # only older stories, so adding new articles does not change this page
    try:
        i = site.articles.index(art)
    except ValueError:
        i = 0
    older = [a for a in site.articles[i + 1 : i + 60] if a.in_sitemap]
    rel = [a for a in older if a.section == art.section or set(a.tags) & set(art.tags)][:3]
    if len(rel) < 3:
        rel += [a for a in older if a not in rel][: 3 - len(rel)]
    lis = "".join(f'<li><a href="{e(a.path)}">{e(a.title)}</a><p>{e(a.lead)}</p></li>' for a in rel)
    return f'<div class="related-articles"><h3>Related stories</h3><ul>{lis}</ul></div>'


NEWSLETTER = (
    '<aside class="newsletter-box"><h3>Get the morning briefing</h3>'
    "<p>Sign up for our free newsletter and get the day's top local stories "
    "in your inbox before breakfast.</p>"
    '<form action="/newsletter" method="post"><input type="email" name="email" '
    'placeholder="you@example.org"><button>Sign up</button></form></aside>'
)


def _tags_html(art: DemoArticle) -> str:
    if not art.tags:
        return ""
    return (
        '<ul class="tags">'
        + "".join(f'<li><a href="/tag/{slugify(t)}/" rel="tag">{e(t)}</a></li>' for t in art.tags)
        + "</ul>"
    )


def _variant_links(site: NewsSite, art: DemoArticle) -> str:
    if not site.variant_urls.get(art.slug):
        return ""
    return (
        f'<p class="article-tools"><a href="{e(art.path)}amp/">AMP version</a> · '
        f'<a href="{e(art.path)}?print=1" rel="nofollow">Print this article</a></p>'
    )


def render_article(site: NewsSite, art: DemoArticle, base: str = "") -> str:
    t = art.template
    head = ""
    og_type = "article"
    authors = join_names(_author_links(site, art.authors))
    comments = render_comments_block(site, art)
    if site.variant_urls.get(art.slug):
        head += f'<link rel="amphtml" href="{e(base + art.path)}amp/">'

    if t in ("jsonld", "jsonld-graph"):
        d = _jsonld_article(site, art, base)
        if t == "jsonld":
            ld = {"@context": "https://schema.org", **d}
        else:
            ld = {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "@id": base + "/#website", "name": site.name, "url": base + "/"},
                    {
                        "@type": "WebPage",
                        "@id": base + art.path + "#webpage",
                        "url": base + art.path,
                        "name": art.title,
                        "isPartOf": {"@id": base + "/#website"},
                    },
                    {
                        **d,
                        "@id": base + art.path + "#article",
                        "isPartOf": {"@id": base + art.path + "#webpage"},
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
        head += (
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
            + "</script>"
        )
        head += _og_article(art, base)
        source = f'<p class="source">Source: {e(art.source)}</p>' if art.source else ""
        main = (
            f'<article class="post article" id="post-{e(art.slug)}">'
            f'<header class="article-header"><p class="kicker"><a href="/section/{slugify(art.section)}/">'
            f'{e(art.section)}</a></p><h1 class="headline">{e(art.title)}</h1>'
            f'<p class="byline">By {authors}</p>{_time(art.published)}'
            + (
                f' <span class="updated">Updated {_time(art.modified, "modified")}</span>'
                if art.modified > art.published
                else ""
            )
            + f"</header>{_variant_links(site, art)}"
            f'<div class="article-body">\n{body_html(art)}\n</div>{source}{_tags_html(art)}'
            f"</article>\n{comments}"
        )
    elif t == "microdata":
        author_md = ", ".join(
            f'<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<a itemprop="url" href="/author/{slugify(n)}/"><span itemprop="name">{e(n)}</span></a></span>'
            for n in art.authors
        )
        main = (
            '<div class="story" itemscope itemtype="http://schema.org/Article">'
            f'<h1 itemprop="headline">{e(art.title)}</h1>'
            f'<div class="meta">{author_md} | '
            f'<time itemprop="datePublished" datetime="{iso(art.published)}">'
            f"{human_date(art.published)}</time>"
            f'<meta itemprop="dateModified" content="{iso(art.modified)}">'
            f'<meta itemprop="description" content="{e(art.lead)}"></div>'
            f"{_variant_links(site, art)}"
            f'<div itemprop="articleBody">\n{body_html(art)}\n</div>'
            f"{_tags_html(art)}\n{comments}</div>"
        )
    elif t == "ogmeta":
        head += _og_article(art, base)
        head += "".join(f'<meta name="author" content="{e(n)}">' for n in art.authors)
        ins = {min(1, len(art.paragraphs) - 1): NEWSLETTER}
        main = (
            '<div class="content-column">'
            f'<h1 class="entry-title">{e(art.title)}</h1>'
            f'<div class="entry-meta"><span class="posted-on">Posted on {human_date(art.published)}</span> '
            f'<span class="author">by {authors}</span></div>'
            f"{_share_bar(art)}{_variant_links(site, art)}"
            f'<div class="entry-content">\n{body_html(art, inserts=ins)}\n</div>'
            f"{_share_bar(art)}{_tags_html(art)}{_related(site, art)}</div>\n{comments}"
        )
    elif t == "oldstyle":
        og_type = ""
        name = art.authors[0] if art.authors else "Staff"
        main = (
            '<table class="layout-table" width="100%"><tr><td valign="top">'
            f'<font size="5"><b>{e(art.title)}</b></font><br>'
            f'<span class="date">{human_date(art.published)}</span>'
            f'<p class="byline"><i>{e(name)}, {byline_date(art.published)}</i></p>'
            f"{_variant_links(site, art)}"
            f'<div id="story">\n{body_html(art)}\n</div>'
            f'<p class="back"><a href="/latest/">&laquo; Back to the news index</a></p>'
            f"</td></tr></table>\n{comments}"
        )
    elif t == "arena":
        head += _og_article(art, base)
        name = art.authors[0] if art.authors else "Staff"

        def dup_fig(src: str, cap: str) -> str:
            return (
                f'<div class="article-image"><a href="{e(src)}" title="{e(cap)}">'
                f'<img src="{e(src)}" alt="{e(cap)}" title="{e(cap)}"></a>'
                f'<span class="caption-inline">{e(cap)}</span>'
                f'<div class="caption">{e(cap)}</div></div>'
            )

        main = (
            f'<div class="article-info"><h1 class="article-info-name">{e(art.title)}</h1>'
            f'<p class="article-info-meta">{e(name)}, {byline_date(art.published)}</p></div>'
            f'<div id="review-body" class="review-body">\n{body_html(art, figure_fn=dup_fig)}\n</div>'
            '<div class="localization-banner"><p>This article contains localized units and prices. '
            '<a href="/about#units">Change settings</a>.</p>'
            '<p><a href="/about#units">Your choice</a></p></div>'
            f"\n{comments}\n"
            '<div class="module popular-models"><h4>Popular models</h4><ul>'
            + "".join(f'<li><a href="/models/{slugify(m)}/">{e(m)}</a></li>' for m in POPULAR_MODELS)
            + "</ul></div>"
        )
    else:
        raise ValueError(f"unknown template {t!r}")

    return page(
        site,
        title=f"{art.title} | {site.name}",
        body=main,
        head=head,
        canonical=art.path,
        description=art.lead,
        og_type=og_type,
        sidebar=_most_read(site, art),
        base=base,
    )


POPULAR_MODELS = [
    "Velora Pico EV",
    "Kinsa Rover 4",
    "Velora Sprint",
    "Arvent Mira",
    "Kinsa Breeze",
    "Velora Tundra Hybrid",
]


def render_model_page(site: NewsSite, slug: str) -> str | None:
    for m in POPULAR_MODELS:
        if slugify(m) == slug:
            body = (
                f'<h1>{e(m)}</h1><p class="spec-intro">Specifications, prices and user '
                f"opinions for the {e(m)} will appear here once the model is on sale.</p>"
                '<table class="specs"><tr><th>Body</th><td>Hatchback</td></tr>'
                "<tr><th>Drive</th><td>Front-wheel</td></tr></table>"
            )
            return page(site, title=f"{m} - specs | {site.name}", body=body, canonical=f"/models/{slug}/")
    return None


def render_amp(site: NewsSite, art: DemoArticle, base: str = "") -> str:
    body = "\n".join(
        f"<h2>{e(p)}</h2>" if i in art.subheadings else f"<p>{e(p)}</p>" for i, p in enumerate(art.paragraphs)
    )
    ld = {"@context": "https://schema.org", **_jsonld_article(site, art, base)}
    return (
        '<!doctype html>\n<html ⚡ lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(art.title)}</title>\n"
        f'<link rel="canonical" href="{e(base + art.path)}">\n'
        '<meta name="viewport" content="width=device-width">\n'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        "<style amp-boilerplate>body{visibility:hidden}</style>\n"
        '<script type="application/ld+json">'
        + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        + "</script>\n</head>\n<body>\n"
        f'<header><a href="/">{e(site.name)}</a></header>\n'
        f"<article><h1>{e(art.title)}</h1>\n"
        f'<p class="byline">By {e(join_names(art.authors))} · {_time(art.published)}</p>\n'
        f"{body}\n</article>\n</body>\n</html>\n"
    )


def render_print(site: NewsSite, art: DemoArticle, base: str = "") -> str:
    body = "\n".join(
        f"<h2>{e(p)}</h2>" if i in art.subheadings else f"<p>{e(p)}</p>" for i, p in enumerate(art.paragraphs)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(art.title)} (print)</title>"
        f'<link rel="canonical" href="{e(base + art.path)}">'
        '<meta name="robots" content="noindex">'
        f'<meta property="og:type" content="article"><meta property="og:url" content="{e(base + art.path)}">'
        f'<meta property="article:published_time" content="{iso(art.published)}">'
        f'</head><body onload="window.print()"><p class="masthead">{e(site.name)}</p>'
        f'<article><h1>{e(art.title)}</h1><p class="byline">By {e(join_names(art.authors))}, '
        f"{human_date(art.published)}</p>\n{body}\n</article></body></html>\n"
    )


# ---------------------------------------------------------------- comments


def _comment_text(text: str) -> str:
    return "".join(f"<p>{e(p)}</p>" for p in text.split("\n\n"))


def _wp_comment(
    art: DemoArticle,
    c: DemoComment,
    depth: int,
    kids: str,
    parent: DemoComment | None,
    parent_href: str | None,
    here: str = "",
) -> str:
    parent_cls = " parent" if kids else ""
    attrs = f'id="comment-{c.id}" class="comment depth-{depth + 1}{parent_cls}" data-comment-id="{c.id}"'
    reply_to = ""
    if c.parent_id is not None:
        attrs += f' data-parent-id="comment-{c.parent_id}"'
        pname = e(parent.author) if parent else "an earlier comment"
        href = parent_href or f"#comment-{c.parent_id}"
        reply_to = f'<span class="in-reply-to">in reply to <a href="{e(href)}">{pname}</a></span>'
    return (
        f'<li {attrs}>\n<article class="comment-body">'
        '<footer class="comment-meta"><div class="comment-author vcard">'
        f'<b class="fn">{e(c.author)}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="{e(here or art.path)}#comment-{c.id}">'
        f'<time datetime="{iso(c.published)}">{human_date(c.published)} at {c.published:%H:%M}</time></a>'
        f"{reply_to}</div></footer>"
        f'<div class="comment-content">{_comment_text(c.text)}</div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" '
        f'href="{e(art.path)}?replytocom={c.id}#respond">Reply</a></div></article>'
        + (f'\n<ul class="children">\n{kids}</ul>' if kids else "")
        + "</li>\n"
    )


def _md_comment(
    art: DemoArticle,
    c: DemoComment,
    depth: int,
    kids: str,
    parent: DemoComment | None,
    parent_href: str | None,
    here: str = "",
) -> str:
    par = f' data-parent-id="comment-{c.parent_id}"' if c.parent_id is not None else ""
    reply_to = ""
    if c.parent_id is not None:
        href = parent_href or f"#comment-{c.parent_id}"
        reply_to = f'<a class="reply-to" href="{e(href)}">@{e(parent.author if parent else "reader")}</a> '
    return (
        f'<div class="comment-block" id="comment-{c.id}"{par} itemprop="comment" itemscope '
        'itemtype="https://schema.org/Comment">'
        f'<meta itemprop="identifier" content="{c.id}">'
        '<div class="comment-head"><span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span itemprop="name" class="comment-user">{e(c.author)}</span></span> '
        f'<time itemprop="dateCreated" datetime="{iso(c.published)}">'
        f"{c.published:%d.%m.%Y %H:%M}</time></div>"
        f'<div class="comment-text" itemprop="text">{reply_to}{_comment_text(c.text)}</div>'
        + (f'<div class="comment-replies">{kids}</div>' if kids else "")
        + "</div>\n"
    )


def render_comment_list(site: NewsSite, art: DemoArticle, comments: list[DemoComment], page_no: int = 1) -> str:
    """Threaded markup for one page of comments.  Comments whose parent is not on
    this page become roots here and point to the parent with data-parent-id and
    an "in reply to" link."""
    on_page = {c.id for c in comments}
    all_by_id = {c.id: c for c in art.comments}
    kids: dict[int | None, list[DemoComment]] = {}
    for c in comments:
        key = c.parent_id if c.parent_id in on_page else None
        kids.setdefault(key, []).append(c)
    for lst in kids.values():
        lst.sort(key=lambda c: c.id)
    fn = _md_comment if art.comment_style == "microdata" else _wp_comment
    here = art.comment_page_path(page_no)

    def parent_href(c: DemoComment) -> str | None:
        if c.parent_id is None or c.parent_id in on_page:
            return None
        try:
            pg = art.comment_page_of(c.parent_id)
        except KeyError:
            return None
        return f"{art.comment_page_path(pg).split('#')[0]}#comment-{c.parent_id}"

    def walk(pid: int | None, depth: int) -> str:
        out = []
        for c in kids.get(pid, []):
            inner = walk(c.id, depth + 1)
            out.append(
                fn(
                    art,
                    c,
                    depth,
                    inner,
                    all_by_id.get(c.parent_id) if c.parent_id else None,
                    parent_href(c),
                    here,
                )
            )
        return "".join(out)

    html = walk(None, 0)
    if art.comment_style == "microdata":
        return f'<div class="comment-stream">\n{html}</div>'
    return f'<ol class="commentlist">\n{html}</ol>'


def _comment_nav(art: DemoArticle, page_no: int, n_pages: int) -> str:
    if n_pages <= 1:
        return ""
    parts = []
    if page_no > 1:
        parts.append(
            f'<a class="prev" rel="prev" href="{e(art.comment_page_path(page_no - 1))}">&larr; Newer comments</a>'
        )
    for k in range(1, n_pages + 1):
        if k == page_no:
            parts.append(f'<span class="current">{k}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{e(art.comment_page_path(k))}">{k}</a>')
    if page_no < n_pages:
        parts.append(
            f'<a class="next" rel="next" href="{e(art.comment_page_path(page_no + 1))}">Older comments &rarr;</a>'
        )
    return '<nav class="comment-navigation" aria-label="Comments">' + " ".join(parts) + "</nav>"


def _comment_form(art: DemoArticle) -> str:
    return (
        '<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a comment</h3>'
        f'<form action="{e(art.path)}comments/post" method="post" class="comment-form">'
        '<p><label for="author">Name</label><input id="author" name="author"></p>'
        '<p><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>'
        '<p><button type="submit">Post comment</button></p></form></div>'
    )


def render_comments_block(site: NewsSite, art: DemoArticle) -> str:
    n = len(art.comments)
    if art.template == "arena" and n == 0:
        return (
            '<div id="comments" class="user-thread"><h3>Reader comments</h3>'
            '<ul class="no-comments"><li>Nothing yet. Be the first to comment.</li></ul>'
            + _comment_form(art)
            + "</div>"
        )
    if art.comments_paged:
        return (
            f'<section id="comments" class="comments-area"><h2 class="comments-title">{n} comments</h2>'
            f'<p class="read-all"><a href="{e(art.comments_path)}">Read all {n} comments</a></p>'
            + _comment_form(art)
            + "</section>"
        )
    if n == 0:
        if art.comment_style == "microdata":
            return (
                '<div id="comments" class="news-comments"><h3>Comments (0)</h3>'
                '<p class="empty">No comments yet.</p></div>'
            )
        return (
            '<section id="comments" class="comments-area"><h2 class="comments-title">0 comments</h2>'
            '<p class="no-comments">No comments yet. Start the conversation.</p>' + _comment_form(art) + "</section>"
        )
    pages = art.comment_pages()
    lst = render_comment_list(site, art, pages[0])
    nav = _comment_nav(art, 1, len(pages))
    if art.comment_style == "microdata":
        return f'<div id="comments" class="news-comments"><h3>Comments ({n})</h3>\n{lst}\n{nav}</div>'
    word = "comment" if n == 1 else "comments"
    return (
        f'<section id="comments" class="comments-area"><h2 class="comments-title">{n} {word} on '
        f"&ldquo;{e(art.title)}&rdquo;</h2>\n{lst}\n{nav}\n{_comment_form(art)}</section>"
    )


def render_comments_page(site: NewsSite, art: DemoArticle, page_no: int, base: str = "") -> str | None:
    pages = art.comment_pages()
    if page_no < 1 or page_no > len(pages):
        return None
    n_pages = len(pages)
    head = ""
    if page_no > 1:
        head += f'<link rel="prev" href="{e(base + art.comment_page_path(page_no - 1))}">'
    if page_no < n_pages:
        head += f'<link rel="next" href="{e(base + art.comment_page_path(page_no + 1))}">'
    lst = render_comment_list(site, art, pages[page_no - 1], page_no)
    n = len(art.comments)
    body = (
        f'<div class="comments-page"><p class="back-to-article"><a href="{e(art.path)}">'
        f"&larr; Back to the article: {e(art.title)}</a></p>"
        f'<section id="comments" class="comments-area"><h1 class="comments-title">{n} comments on '
        f"&ldquo;{e(art.title)}&rdquo; (page {page_no} of {n_pages})</h1>\n"
        f"{_comment_nav(art, page_no, n_pages)}\n{lst}\n{_comment_nav(art, page_no, n_pages)}\n"
        f"{_comment_form(art)}</section></div>"
    )
    canonical = art.comments_path + (f"?page={page_no}" if page_no > 1 else "")
    return page(
        site,
        title=f"Comments on {art.title} (page {page_no}) | {site.name}",
        body=body,
        head=head,
        canonical=canonical,
        og_type="website",
        base=base,
    )


# ---------------------------------------------------------------- listings


def _teaser(a: DemoArticle, href: str | None = None) -> str:
    return (
        f'<div class="teaser"><h2 class="teaser-title"><a href="{e(href or a.path)}">{e(a.title)}</a></h2>'
        f'<p class="teaser-lead">{e(a.lead)}</p>'
        f'<p class="teaser-meta">{e(a.section)} · {human_date(a.published)}</p></div>'
    )


def paginate(items: list, page_no: int, size: int) -> tuple[list, int]:
    n_pages = max(1, -(-len(items) // size))
    return items[(page_no - 1) * size : page_no * size], n_pages


def render_listing(
    site: NewsSite,
    *,
    title: str,
    path: str,
    items: list[DemoArticle],
    page_no: int,
    intro: str = "",
    og_type: str = "website",
    base: str = "",
) -> str | None:
    chunk, n_pages = paginate(items, page_no, site.page_size)
    if page_no < 1 or page_no > n_pages:
        return None

    def href(k: int) -> str:
        return path if k == 1 else f"{path}?page={k}"

    head = ""
    if page_no > 1:
        head += f'<link rel="prev" href="{e(base + href(page_no - 1))}">'
    if page_no < n_pages:
        head += f'<link rel="next" href="{e(base + href(page_no + 1))}">'
    nav = []
    if page_no > 1:
        nav.append(f'<a class="newer" rel="prev" href="{e(href(page_no - 1))}">Newer posts</a>')
    lo, hi = max(1, page_no - 3), min(n_pages, page_no + 3)
    for k in sorted({1, n_pages, *range(lo, hi + 1)}):
        nav.append(
            f'<span class="current">{k}</span>'
            if k == page_no
            else f'<a class="page-numbers" href="{e(href(k))}">{k}</a>'
        )
    if page_no < n_pages:
        nav.append(f'<a class="older" rel="next" href="{e(href(page_no + 1))}">Older posts</a>')
    teasers = "\n".join(_teaser(a) for a in chunk) or '<p class="empty">Nothing here yet.</p>'
    body = (
        f'<h1 class="listing-title">{e(title)}</h1>{intro}\n<div class="teasers">\n{teasers}\n</div>\n'
        f'<nav class="pagination">{" ".join(nav)}</nav>'
    )
    return page(
        site,
        title=f"{title}{f' (page {page_no})' if page_no > 1 else ''} | {site.name}",
        body=body,
        head=head,
        canonical=href(page_no),
        og_type=og_type,
        sidebar=_most_read(site),
        base=base,
    )


def render_home(site: NewsSite, *, faults: bool = False, base: str = "") -> str:
    newest = site.articles[:5]
    teasers = "\n".join(_teaser(a) for a in newest)
    pick = ""
    for slug, variants in site.variant_urls.items():
        a = site.article(slug)
        pick = f'<section class="editors-pick"><h2>Editor\'s pick</h2>{_teaser(a, variants[0])}</section>'
        break
    odd = ""
    if site.old_redirects:
        old = next(iter(site.old_redirects))
        odd = (
            f'<section class="archive-links"><h3>From the archive</h3><ul>'
            f'<li><a href="{e(old)}">An older link to a story</a></li>'
            '<li><a href="/missing-page">Our 2019 election guide</a></li></ul></section>'
        )
    secs = "".join(f'<li><a href="/section/{slugify(s)}/">{e(s)}</a></li>' for s in site.sections)
    extra = ""
    if faults:
        extra = '<ul class="test-links">' + "".join(f'<li><a href="{p}">{p}</a></li>' for p in FAULT_PATHS) + "</ul>"
    older = ' · <a href="/latest/?page=2">Older posts</a>' if len(site.articles) > site.page_size else ""
    body = (
        f'<h1 class="visually-hidden">{e(site.name)}: {e(site.tagline)}</h1>\n'
        f'<section class="top-stories"><h2>Top stories</h2>\n{teasers}\n'
        f'<p class="more"><a href="/latest/">More news</a>{older}</p>'
        f'</section>\n{pick}\n<section class="sections"><h2>Sections</h2><ul>{secs}</ul></section>\n{odd}'
    )
    return page(
        site,
        title=f"{site.name} - {site.tagline}",
        body=body,
        canonical="/",
        description=f"{site.name}: {site.tagline}",
        og_type="website",
        sidebar=_most_read(site),
        footer_extra=extra,
        base=base,
    )


def render_about(site: NewsSite, base: str = "") -> str:
    paras = "".join(f"<p>{e(p)}</p>" for p in site.about_text)
    links = ""
    for slug, variants in site.variant_urls.items():
        links = f'<p>Our most-shared story this year: <a href="{e(variants[1])}">{e(site.article(slug).title)}</a>.</p>'
    team = "".join(f'<li><a href="/author/{a.slug}/">{e(a.name)}</a></li>' for a in list(site.authors.values())[:12])
    body = (
        f'<h1>About {e(site.name)}</h1>{paras}{links}<h2 id="units">Units and prices</h2>'
        "<p>Prices are shown in pounds sterling and distances in miles unless you choose otherwise.</p>"
        f"<h2>Our team</h2><ul>{team}</ul>"
    )
    return page(site, title=f"About us | {site.name}", body=body, canonical="/about", base=base)


def render_login(site: NewsSite, base: str = "") -> str:
    body = (
        "<h1>Log in</h1><p>Subscribers can log in to comment on stories and read the digital "
        "print edition. Forgotten your password? Use the reset link below.</p>"
        '<form class="login-form" action="/login" method="post">'
        '<label>Email <input type="email" name="email"></label>'
        '<label>Password <input type="password" name="password"></label>'
        '<button type="submit">Log in</button></form>'
        '<p><a href="/about">Why subscribe?</a></p>'
    )
    return page(site, title=f"Log in | {site.name}", body=body, canonical="/login", base=base)


def render_private(site: NewsSite, base: str = "") -> str:
    body = "<h1>Members area</h1><p>This page is for staff only. Crawlers that respect robots.txt never see it.</p>"
    return page(site, title=f"Members | {site.name}", body=body, canonical="/private/secret", base=base)


def render_author(site: NewsSite, slug: str, page_no: int, base: str = "") -> str | None:
    author = site.authors.get(slug)
    if author is None:
        return None
    intro = f'<div class="author-bio"><p>{e(author.bio)}</p></div>'
    return render_listing(
        site,
        title=author.name,
        path=f"/author/{slug}/",
        items=site.by_author(slug),
        page_no=page_no,
        intro=intro,
        og_type="profile",
        base=base,
    )


def render_share(site: NewsSite, network: str, base: str = "") -> str:
    body = (
        f"<h1>Share</h1><p>Sharing to {e(network or 'social media')} opens in a new window. "
        "If nothing happens, copy the address of the story from your browser.</p>"
    )
    return page(site, title=f"Share | {site.name}", body=body, canonical="/share", base=base)


def render_404(site: NewsSite, path: str) -> str:
    body = (
        f"<h1>Page not found</h1><p>Sorry, we could not find {e(path)}. It may have been moved "
        'or deleted. Try the <a href="/">front page</a> or the <a href="/latest/">latest news</a>.</p>'
    )
    return page(site, title=f"Page not found | {site.name}", body=body, og_type="")


# ---------------------------------------------------------------- feeds & sitemaps


def render_rss(site: NewsSite, base: str) -> str:
    items = []
    for a in site.articles[:10]:
        cats = "".join(f"<category>{e(t)}</category>" for t in a.tags)
        items.append(
            f"<item><title>{e(a.title)}</title><link>{e(base + a.path)}</link>"
            f"<description>{e(a.lead)}</description><pubDate>{rfc822(a.published)}</pubDate>"
            f'<guid isPermaLink="true">{e(base + a.path)}</guid>'
            f"<dc:creator>{e(join_names(a.authors))}</dc:creator>{cats}</item>"
        )
    last = site.articles[0].published if site.articles else site.created
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{e(site.name)}</title><link>{e(base)}/</link>"
        f"<description>{e(site.tagline)}</description><language>en-gb</language>"
        f'<atom:link href="{e(base)}/rss.xml" rel="self" type="application/rss+xml"/>'
        f"<lastBuildDate>{rfc822(max(last, site.last_change))}</lastBuildDate>\n"
        + "\n".join(items)
        + "\n</channel></rss>\n"
    )


def render_atom(site: NewsSite, base: str) -> str:
    entries = []
    for i, a in enumerate(site.articles[:10]):
        link = base + a.path + ("?utm_source=rss&utm_medium=feed" if i % 2 == 0 else "")
        authors = "".join(f"<author><name>{e(n)}</name></author>" for n in a.authors)
        entries.append(
            f"<entry><title>{e(a.title)}</title>"
            f'<link rel="alternate" type="text/html" href="{e(link)}"/>'
            f"<id>{e(base + a.path)}</id><published>{iso(a.published)}</published>"
            f"<updated>{iso(a.modified)}</updated>{authors}"
            f'<summary type="text">{e(a.lead)}</summary></entry>'
        )
    updated = max([site.last_change] + [a.modified for a in site.articles[:10]])
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{e(site.name)}</title><subtitle>{e(site.tagline)}</subtitle>"
        f'<link rel="alternate" type="text/html" href="{e(base)}/"/>'
        f'<link rel="self" type="application/atom+xml" href="{e(base)}/atom.xml"/>'
        f"<id>{e(base)}/</id><updated>{iso(updated)}</updated>\n" + "\n".join(entries) + "\n</feed>\n"
    )


def article_sitemap_names(site: NewsSite) -> list[str]:
    n = len(site.sitemap_articles())
    chunks = max(1, -(-n // site.sitemap_chunk))
    if chunks == 1:
        return ["sitemap-articles.xml"]
    return [f"sitemap-articles-{i}.xml" for i in range(1, chunks + 1)]


def render_sitemap_index(site: NewsSite, base: str) -> str:
    lm = iso(site.last_change)
    names = ["sitemap-news.xml"] + article_sitemap_names(site)
    body = "".join(f"<sitemap><loc>{e(base)}/{n}</loc><lastmod>{lm}</lastmod></sitemap>" for n in names)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>\n'
    )


def news_sitemap_articles(site: NewsSite) -> list[DemoArticle]:
    arts = site.sitemap_articles()
    if site.news_sitemap_days is not None:
        from datetime import timedelta

        from .model import now_utc

        cutoff = now_utc() - timedelta(days=site.news_sitemap_days)
        arts = [a for a in arts if a.published >= cutoff]
    return arts[:1000]


def render_news_sitemap(site: NewsSite, base: str) -> str:
    urls = []
    for a in news_sitemap_articles(site):
        urls.append(
            f"<url><loc>{e(base + a.path)}</loc><news:news><news:publication>"
            f"<news:name>{e(site.name)}</news:name><news:language>en</news:language></news:publication>"
            f"<news:publication_date>{iso(a.published)}</news:publication_date>"
            f"<news:title>{e(a.title)}</news:title></news:news></url>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + "\n".join(urls) + "\n</urlset>\n"
    )


def render_article_sitemap(site: NewsSite, base: str, name: str, faults: bool) -> str | None:
    names = article_sitemap_names(site)
    if name not in names:
        return None
    i = names.index(name)
    arts = site.sitemap_articles()[i * site.sitemap_chunk : (i + 1) * site.sitemap_chunk]
    urls = [f"<url><loc>{e(base + a.path)}</loc><lastmod>{iso(a.modified)}</lastmod></url>" for a in arts]
    if faults and i == 0:
        urls += [f"<url><loc>{e(base + p)}</loc></url>" for p in FAULT_PATHS]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(urls) + "\n</urlset>\n"
    )


def render_robots(site: NewsSite, base: str) -> str:
    return (
        f"User-agent: *\nDisallow: /private/\n\nUser-agent: BadBot\nDisallow: /\n\nSitemap: {base}/sitemap_index.xml\n"
    )


FAULT_PATHS = [
    "/faults/server-error",
    "/faults/flaky",
    "/faults/slow",
    "/faults/empty",
    "/faults/report.pdf",
    "/faults/photo.jpg",
    "/faults/huge",
    "/faults/broken",
    "/faults/latin1",
    "/faults/nocharset",
]

SITE_CSS = (
    "body{font-family:Georgia,serif;margin:0}.layout{display:flex;gap:2em}"
    ".cookie-banner{position:fixed;bottom:0;background:#eee;padding:1em}"
    ".sidebar{width:30%}.visually-hidden{position:absolute;left:-9999px}\n"
)


def fault_page_bytes(site: NewsSite, name: str) -> tuple[bytes, str]:
    arts = {a.slug: a for a in (site.fault_articles or make_fault_articles())}
    art = arts[name]
    e = escape
    if name == "broken":
        p = art.paragraphs
        html = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + e(art.title) + "</title>"
            '<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{art.published.isoformat()}">'
            f'<meta name="author" content="{e(art.authors[0])}">'
            "</head><body><div class=header><a href=/>" + e(site.name) + "</a></div>"
            "<div class=main><article><h1>" + e(art.title) + "</h1>"
            f"<p class=byline>By {e(art.authors[0])}<div class=story><p>{e(p[0])}"
            f"<p><b>{e(p[1])}</p></b><table><tr><td><p>{e(p[2])}</td></p>"
            "<div class=share><span>Share</div>"
        )
        return html.encode("utf-8"), "text/html; charset=utf-8"
    body = "".join(f"<p>{e(x, quote=False)}</p>" for x in art.paragraphs)
    head = '<meta charset="utf-8">' if name == "latin1" else ""
    html = (
        f"<!DOCTYPE html><html><head>{head}<title>{e(art.title)}</title>"
        '<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{art.published.isoformat()}">'
        f'<meta name="author" content="{e(art.authors[0])}"></head><body>'
        f'<header><a href="/">{e(site.name)}</a></header><article><h1>{e(art.title)}</h1>'
        f'<p class="byline">By {e(art.authors[0])}</p><div class="article-body">{body}</div></article>'
        "<footer>&copy; The newsroom</footer></body></html>"
    )
    return html.encode("cp1252"), "text/html"
