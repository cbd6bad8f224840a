"""Every HTML page that is not an article: the front page, paginated listings
(latest, section, tag, author), about, login, members, share and 404."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from .chrome import most_read, page
from .faults import FAULT_PATHS
from .formats import human_date
from .model import DemoArticle, slugify
from .templating import EMPTY, Html, fill, join, render

if TYPE_CHECKING:  # pragma: no cover
    from .model import NewsSite

T = TypeVar("T")


def _teaser(a: DemoArticle, href: str | None = None) -> Html:
    return render(
        "teaser.html",
        href=href or a.path,
        title=a.title,
        lead=a.lead,
        section=a.section,
        published=human_date(a.published),
    )


def paginate(items: list[T], page_no: int, size: int) -> tuple[list[T], int]:
    n_pages = max(1, -(-len(items) // size))
    return items[(page_no - 1) * size : page_no * size], n_pages


def render_listing(
    site: NewsSite,
    *,
    title: str,
    path: str,
    items: list[DemoArticle],
    page_no: int,
    intro: Html = EMPTY,
    og_type: str = "website",
    base: str = "",
) -> Html | None:
    """Page ``page_no`` of a listing, or None past the last page."""
    chunk, n_pages = paginate(items, page_no, site.page_size)
    if page_no < 1 or page_no > n_pages:
        return None

    def href(k: int) -> str:
        return path if k == 1 else f"{path}?page={k}"

    head = []
    if page_no > 1:
        head.append(fill('<link rel="prev" href="$href">', href=base + href(page_no - 1)))
    if page_no < n_pages:
        head.append(fill('<link rel="next" href="$href">', href=base + href(page_no + 1)))
    nav = []
    if page_no > 1:
        nav.append(fill('<a class="newer" rel="prev" href="$href">Newer posts</a>', href=href(page_no - 1)))
    lo, hi = max(1, page_no - 3), min(n_pages, page_no + 3)
    for k in sorted({1, n_pages, *range(lo, hi + 1)}):
        if k == page_no:
            nav.append(fill('<span class="current">$k</span>', k=k))
        else:
            nav.append(fill('<a class="page-numbers" href="$href">$k</a>', href=href(k), k=k))
    if page_no < n_pages:
        nav.append(fill('<a class="older" rel="next" href="$href">Older posts</a>', href=href(page_no + 1)))
    teasers = join((_teaser(a) for a in chunk), "\n") or Html('<p class="empty">Nothing here yet.</p>')
    body = render("listing.html", title=title, intro=intro, teasers=teasers, nav=join(nav, " "))
    return page(
        site,
        title=f"{title}{f' (page {page_no})' if page_no > 1 else ''} | {site.name}",
        body=body,
        head=join(head),
        canonical=href(page_no),
        og_type=og_type,
        sidebar=most_read(site),
        base=base,
    )


def render_home(site: NewsSite, *, faults: bool = False, base: str = "") -> Html:
    pick = EMPTY
    for slug, variants in site.variant_urls.items():
        pick = fill(
            '<section class="editors-pick"><h2>Editor\'s pick</h2>$teaser</section>',
            teaser=_teaser(site.article(slug), variants[0]),
        )
        break
    archive = EMPTY
    if site.old_redirects:
        archive = render("archive-links.html", old_path=next(iter(site.old_redirects)))
    sections = join(
        fill('<li><a href="/section/$slug/">$name</a></li>', slug=slugify(s), name=s) for s in site.sections
    )
    extra = EMPTY
    if faults:
        links = join(fill('<li><a href="$p">$p</a></li>', p=p) for p in FAULT_PATHS)
        extra = fill('<ul class="test-links">$links</ul>', links=links)
    older = EMPTY
    if len(site.articles) > site.page_size:
        older = Html(' · <a href="/latest/?page=2">Older posts</a>')
    body = render(
        "home.html",
        site_name=site.name,
        tagline=site.tagline,
        teasers=join((_teaser(a) for a in site.articles[:5]), "\n"),
        older=older,
        pick=pick,
        sections=sections,
        archive=archive,
    )
    return page(
        site,
        title=f"{site.name} - {site.tagline}",
        body=body,
        canonical="/",
        description=f"{site.name}: {site.tagline}",
        og_type="website",
        sidebar=most_read(site),
        footer_extra=extra,
        base=base,
    )


def render_about(site: NewsSite, base: str = "") -> Html:
    most_shared = EMPTY
    for slug, variants in site.variant_urls.items():
        most_shared = fill(
            '<p>Our most-shared story this year: <a href="$href">$title</a>.</p>',
            href=variants[1],
            title=site.article(slug).title,
        )
    team = join(
        fill('<li><a href="/author/$slug/">$name</a></li>', slug=a.slug, name=a.name)
        for a in list(site.authors.values())[:12]
    )
    body = render(
        "about.html",
        site_name=site.name,
        paragraphs=join(fill("<p>$p</p>", p=p) for p in site.about_text),
        most_shared=most_shared,
        team=team,
    )
    return page(site, title=f"About us | {site.name}", body=body, canonical="/about", base=base)


def render_login(site: NewsSite, base: str = "") -> Html:
    return page(site, title=f"Log in | {site.name}", body=render("login.html"), canonical="/login", base=base)


def render_private(site: NewsSite, base: str = "") -> Html:
    body = render("private.html")
    return page(site, title=f"Members | {site.name}", body=body, canonical="/private/secret", base=base)


def render_author(site: NewsSite, slug: str, page_no: int, base: str = "") -> Html | None:
    author = site.authors.get(slug)
    if author is None:
        return None
    return render_listing(
        site,
        title=author.name,
        path=f"/author/{slug}/",
        items=site.by_author(slug),
        page_no=page_no,
        intro=fill('<div class="author-bio"><p>$bio</p></div>', bio=author.bio),
        og_type="profile",
        base=base,
    )


def render_share(site: NewsSite, network: str, base: str = "") -> Html:
    body = render("share.html", network=network or "social media")
    return page(site, title=f"Share | {site.name}", body=body, canonical="/share", base=base)


def render_404(site: NewsSite, path: str) -> Html:
    body = render("not-found.html", path=path)
    return page(site, title=f"Page not found | {site.name}", body=body, og_type="")
