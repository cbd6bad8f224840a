"""Tests for the demo news site (stdlib urllib against a live server on 127.0.0.1)."""

from __future__ import annotations

import html
import re
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import pytest

from autocrawl.demosite import FAULT_PATHS, DemoServer, NewsSite, build_demo_site, build_generated_site

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


_plain = urllib.request.build_opener()
_noredir = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, headers: dict | None = None, follow: bool = True, timeout: float = 10):
    """(status, headers, body bytes) without raising on HTTP errors."""
    req = urllib.request.Request(url, headers=headers or {})
    opener = _plain if follow else _noredir
    try:
        with opener.open(req, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def text(url: str, **kw) -> str:
    st, _, body = fetch(url, **kw)
    assert st == 200, (st, url)
    return body.decode("utf-8")


def hrefs(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]*)"', page)]


def locs(xml_text: str, tag: str = "loc") -> list[str]:
    root = ET.fromstring(xml_text)
    return [el.text or "" for el in root.iter(SM + tag)]


@pytest.fixture(scope="module")
def site() -> NewsSite:
    return build_demo_site()


@pytest.fixture(scope="module")
def server(site):
    with DemoServer(site, port=0) as srv:
        yield srv


@pytest.fixture()
def fresh():
    """A private site + server for tests that mutate."""
    s = build_demo_site()
    with DemoServer(s, port=0) as srv:
        yield s, srv


# ------------------------------------------------------------------ content truth


def test_fixture_content_shape(site):
    arts = site.articles
    assert len(arts) >= 14
    assert [a.published for a in arts] == sorted((a.published for a in arts), reverse=True)
    assert {"jsonld", "microdata", "ogmeta", "oldstyle", "jsonld-graph", "arena"} <= {a.template for a in arts}
    assert len({a.slug for a in arts}) == len(arts)
    assert sum(1 for a in arts if not a.in_sitemap) == 2
    paged = [a for a in arts if a.comments_paged]
    assert len(paged) == 1 and len(paged[0].comment_pages()) == 3
    assert any(a.comment_style == "microdata" and a.comments for a in arts)
    assert sum(1 for a in arts if not a.comments) >= 2
    for a in arts:
        assert a.published.tzinfo is not None
        assert len(a.paragraphs) >= 3 and all(p.strip() for p in a.paragraphs)


def test_syndication_variant_shares_agency_story(site):
    valley = build_demo_site(name="Valley Wire", variant="syndication")
    assert valley.name == "Valley Wire" and 3 <= len(valley.articles) < len(site.articles)
    h = next(a for a in site.articles if a.source)
    v = next(a for a in valley.articles if a.source)
    assert h.title != v.title
    assert h.paragraphs[0] != v.paragraphs[0] and h.paragraphs[-1] != v.paragraphs[-1]
    assert h.paragraphs[1:-1] == v.paragraphs[1:-1]
    with DemoServer(valley) as srv:
        page = text(srv.base + v.path)
        for p in v.paragraphs:
            assert html.escape(p) in page
        broken, reached, _ = crawl(srv.base, valley)
        assert broken == [] and reached == {a.path for a in valley.articles}


# ------------------------------------------------------------------ discovery files


def test_robots_and_sitemaps(site, server):
    base = server.base
    robots = text(base + "/robots.txt")
    assert "User-agent: *" in robots and "Disallow: /private/" in robots
    sm = re.findall(r"^Sitemap: (\S+)$", robots, re.M)
    assert sm == [base + "/sitemap_index.xml"]
    index = locs(text(sm[0]))
    assert base + "/sitemap-news.xml" in index and base + "/sitemap-articles.xml" in index
    in_map = {base + a.path for a in site.articles if a.in_sitemap}
    hidden = {base + a.path for a in site.articles if not a.in_sitemap}
    art_xml = text(base + "/sitemap-articles.xml")
    assert set(locs(art_xml)) == in_map
    lastmods = locs(art_xml, "lastmod")
    assert all(re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", x) for x in lastmods)
    news_xml = text(base + "/sitemap-news.xml")
    root = ET.fromstring(news_xml)
    assert set(locs(news_xml)) == in_map
    assert len(list(root.iter(NEWS + "publication_date"))) == len(in_map)
    assert len(list(root.iter(NEWS + "title"))) == len(in_map)
    assert not hidden & set(locs(news_xml))
    st, hdr, _ = fetch(base + "/sitemap-news.xml")
    assert "xml" in hdr["Content-Type"]


def test_feeds(site, server):
    base = server.base
    st, hdr, body = fetch(base + "/rss.xml")
    assert st == 200 and hdr["Content-Type"].startswith("application/rss+xml")
    rss = ET.fromstring(body)
    items = rss.findall("./channel/item")
    assert len(items) == 10
    assert [i.findtext("link") for i in items] == [base + a.path for a in site.articles[:10]]
    for it in items:
        assert parsedate_to_datetime(it.findtext("pubDate") or "")
        assert it.findtext("guid")
    st, hdr, body = fetch(base + "/atom.xml")
    assert hdr["Content-Type"].startswith("application/atom+xml")
    A = "{http://www.w3.org/2005/Atom}"
    entries = ET.fromstring(body).findall(A + "entry")
    assert len(entries) == 10
    links = [str(e.find(A + "link").get("href")) for e in entries]  # type: ignore[union-attr]
    assert any("utm_source=rss" in x for x in links)
    assert [urlsplit(x).path for x in links] == [a.path for a in site.articles[:10]]


def test_home_page(site, server):
    home = text(server.base + "/")
    assert '<link rel="alternate" type="application/rss+xml"' in home and 'href="/rss.xml"' in home
    assert 'href="/atom.xml"' in home
    links = hrefs(home)
    for must in ["/latest/", "/about", "/login", "/private/secret", "/missing-page"]:
        assert must in links
    assert any(x.startswith("/tag/") for x in links) and any(x.startswith("/section/") for x in links)
    assert any(x.startswith("/old/") for x in links)
    for a in site.articles[:5]:
        assert a.path in links and html.escape(a.lead) in home
    assert "/faults/" not in home


def test_listing_pagination(site, server):
    base = server.base
    seen = []
    pages = ["/latest/", "/latest/?page=2", "/latest/?page=3"]
    for i, p in enumerate(pages):
        page = text(base + p)
        arts = re.findall(r'class="teaser-title"><a href="([^"]+)"', page)
        chunk = [a.path for a in site.articles[i * 6 : (i + 1) * 6]]
        assert arts == chunk
        seen += chunk
        if i < 2:
            assert f'<link rel="next" href="{base}/latest/?page={i + 2}">' in page
            assert "Older posts" in page
        if i > 0:
            assert '<link rel="prev"' in page
    assert seen == [a.path for a in site.articles]
    assert fetch(base + "/latest/?page=4")[0] == 404
    for a in site.articles:
        if not a.in_sitemap:
            idx = site.articles.index(a)
            assert idx >= 6, "hidden articles must not be on page 1 / home"


def crawl(base: str, site: NewsSite) -> tuple[list, set, set]:
    """BFS over every same-host link from home, feeds and sitemaps."""
    queue = ["/", "/rss.xml", "/atom.xml", "/sitemap_index.xml", "/robots.txt"]
    seen: set[str] = set(queue)
    broken = []
    article_paths = {a.path for a in site.articles}
    reached = set()
    while queue:
        path = queue.pop()
        st, hdr, body = fetch(base + path)
        if st != 200:
            broken.append((st, path))
            continue
        ctype = hdr.get("Content-Type", "")
        if not ("html" in ctype or "xml" in ctype):
            continue
        page = body.decode("utf-8")
        found = hrefs(page) + re.findall(r"<(?:loc|link|guid[^>]*)>([^<]+)<", page)
        for h in found:
            url = urljoin(base + path, html.unescape(h))
            parts = urlsplit(url)
            if parts.netloc != urlsplit(base).netloc:
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path in article_paths:
                reached.add(parts.path)
            if "replytocom" in target or parts.path.startswith("/private/"):
                continue
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return broken, reached, seen


def test_every_link_resolves(site, server):
    """Nothing broken except the deliberate /missing-page; every article reachable."""
    broken, reached, seen = crawl(server.base, site)
    assert broken == [(404, "/missing-page")]
    assert reached == {a.path for a in site.articles}
    assert len(seen) > 60


def test_generated_site_links_resolve():
    small = build_generated_site(n_articles=45, seed=3)
    with DemoServer(small) as srv:
        broken, reached, _ = crawl(srv.base, small)
    assert broken == []
    assert reached == {a.path for a in small.articles}


def test_non_article_pages(site, server):
    base = server.base
    for p in ["/about", "/login", "/tag/harbour/", "/author/jane-doe/", "/section/politics/", "/latest/"]:
        page = text(base + p)
        assert 'content="article"' not in page and "NewsArticle" not in page
        assert re.search(r'og:type" content="(website|profile)"', page)
    assert '<form class="login-form"' in text(base + "/login")
    st, hdr, body = fetch(base + "/nothing/here")
    assert st == 404 and b"Page not found" in body
    st, hdr, _ = fetch(base + "/old/walter-penrose-diary", follow=False)
    assert st == 301 and hdr["Location"].startswith("/news/")
    assert fetch(base + "/private/secret")[0] == 200


# ------------------------------------------------------------------ articles


def test_article_pages_hold_truth(site, server):
    base = server.base
    for a in site.articles:
        st, hdr, body = fetch(base + a.path)
        assert st == 200 and hdr["Content-Type"] == "text/html; charset=utf-8"
        page = body.decode()
        for p in a.paragraphs:
            assert html.escape(p) in page
        assert f'<link rel="canonical" href="{base}{a.path}">' in page
        assert f'<meta property="og:url" content="{base}{a.path}">' in page
        assert "Most read" in page and "cookie-banner" in page
        assert html.escape(a.title) in page
        if a.template == "jsonld":
            assert '"@type": "NewsArticle"' in page and "<article" in page and "By <a" in page
        elif a.template == "jsonld-graph":
            assert '"@graph"' in page
        elif a.template == "microdata":
            assert 'itemtype="http://schema.org/Article"' in page and 'itemprop="articleBody"' in page
        elif a.template == "ogmeta":
            assert "article:published_time" in page and 'class="entry-content"' in page
            assert "newsletter-box" in page and "related-articles" in page and "share-bar" in page
        elif a.template == "oldstyle":
            d = a.published
            assert f"{d.day} {d:%B %Y}" in page and f"{a.authors[0]}, {d:%d %B %Y}" in page
            assert '<div id="story">' in page and "ld+json" not in page
        elif a.template == "arena":
            cap = html.escape(a.images[0][1])
            assert f'{cap}</span><div class="caption">{cap}</div>' in page
            assert "This article contains localized units and prices." in page
            assert "Reader comments" in page and "Nothing yet. Be the first to comment." in page
            assert "Popular models" in page
    jane = next(a for a in site.articles if a.authors == ["Jane Doe", "John Roe"] and a.template == "jsonld")
    assert "By <a" in text(base + jane.path) and ">Jane Doe</a> and <a" in text(base + jane.path)


def test_url_variants_serve_same_article(site, server):
    base = server.base
    ((slug, variants),) = site.variant_urls.items()
    a = site.article(slug)
    assert len(variants) == 5
    for v in variants:
        st, _, body = fetch(base + v)
        page = body.decode()
        assert st == 200
        assert f'<link rel="canonical" href="{base}{a.path}">' in page
        assert html.escape(a.paragraphs[-1]) in page
    assert "<html ⚡" in text(base + a.path + "amp/")
    # each variant is linked from somewhere
    linked = set()
    for p in ["/", "/about", a.path, "/latest/?page=2", "/atom.xml"]:
        linked |= set(hrefs(text(base + p)))
    for v in variants:
        assert v in linked or v.replace("#comments", "") + "#comments" in linked


def test_inline_comments_markup(site, server):
    base = server.base
    wp = next(a for a in site.articles if a.comments and a.comment_style == "wp" and not a.comments_paged)
    page = text(base + wp.path)
    assert '<ol class="commentlist">' in page
    for c in wp.comments:
        assert f'<li id="comment-{c.id}"' in page and html.escape(c.text) in page
        assert f"?replytocom={c.id}" in page
        if c.parent_id:
            assert f'data-parent-id="comment-{c.parent_id}"' in page
    md = next(a for a in site.articles if a.comments and a.comment_style == "microdata")
    page = text(base + md.path)
    assert page.count('itemtype="https://schema.org/Comment"') == len(md.comments)
    empty = next(a for a in site.articles if not a.comments and a.template != "arena")
    assert "0 comments" in text(base + empty.path) or "No comments yet" in text(base + empty.path)


def test_three_page_comment_thread(site, server):
    base = server.base
    a = next(x for x in site.articles if x.comments_paged)
    art_page = text(base + a.path)
    assert f"Read all {len(a.comments)} comments" in art_page and f'href="{a.comments_path}"' in art_page
    p1 = text(base + a.comments_path)
    p2 = text(base + a.comments_path + "?page=2")
    p3 = text(base + a.comments_path + "?page=3")
    assert fetch(base + a.comments_path + "?page=4")[0] == 404
    assert f'<link rel="next" href="{base}{a.comments_path}?page=2">' in p1 and "Older comments" in p1
    assert f'<link rel="prev" href="{base}{a.comments_path}">' in p2
    assert f'<link rel="next" href="{base}{a.comments_path}?page=3">' in p2
    assert f'<link rel="prev" href="{base}{a.comments_path}?page=2">' in p3 and 'rel="next"' not in p3
    pages = a.comment_pages()
    ids_on = [set(int(x) for x in re.findall(r'<li id="comment-(\d+)"', p)) for p in (p1, p2, p3)]
    assert ids_on == [{c.id for c in pg} for pg in pages]
    assert set().union(*ids_on) == {c.id for c in a.comments}
    first = pages[1][0]
    assert first.parent_id in ids_on[0], "page 2 must start with a reply to a page-1 comment"
    assert f'data-parent-id="comment-{first.parent_id}"' in p2
    assert f'comments/#comment-{first.parent_id}"' in p2
    depth = {c.id: 0 for c in a.comments}
    for c in a.comments:
        if c.parent_id:
            depth[c.id] = depth[c.parent_id] + 1
    assert max(depth.values()) == 4
    for p in (p1, p2, p3):
        assert "NewsArticle" not in p and 'og:type" content="website"' in p


# ------------------------------------------------------------------ HTTP caching & mutations


def test_conditional_get(site, server):
    base = server.base
    a = site.articles[0]
    for path in [a.path, "/", "/sitemap-articles.xml", "/rss.xml"]:
        st, hdr, body = fetch(base + path)
        etag, lm = hdr["ETag"], hdr["Last-Modified"]
        assert etag and lm
        assert fetch(base + path, {"If-None-Match": etag})[0] == 304
        assert fetch(base + path, {"If-Modified-Since": lm})[0] == 304
        assert fetch(base + path, {"If-None-Match": '"nope"'})[0] == 200
        assert fetch(base + path, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    recs = [r for r in server.requests if r.status == 304]
    assert recs and any(r.if_none_match for r in recs) and any(r.if_modified_since for r in recs)


def test_mutations_show_up(fresh):
    site, srv = fresh
    base = srv.base
    a = next(x for x in site.articles if x.template == "microdata" and x.comment_style == "wp" and x.in_sitemap)
    st, hdr, _ = fetch(base + a.path)
    etag, lm = hdr["ETag"], hdr["Last-Modified"]
    untouched = [x for x in site.articles if x.template in ("ogmeta", "arena", "jsonld-graph")]
    old_tags = {x.path: fetch(base + x.path)[1]["ETag"] for x in untouched}
    sm_before = text(base + "/sitemap-articles.xml")
    new_paras = a.paragraphs[:2] + ["A correction was added to this story on request of the council."]
    site.edit_article(a.slug, paragraphs=new_paras)
    st, hdr2, body = fetch(base + a.path, {"If-None-Match": etag})
    assert st == 200 and hdr2["ETag"] != etag
    assert "A correction was added" in body.decode()
    assert fetch(base + a.path, {"If-Modified-Since": lm})[0] == 200
    sm_after = text(base + "/sitemap-articles.xml")
    assert sm_after != sm_before and a.modified.isoformat() in sm_after
    # comment on an inline article, then a reply, edit and delete
    c = site.add_comment(a.slug, "Test Reader", "A brand new comment about the story.")
    r = site.add_comment(a.slug, "Second Reader", "A reply to the brand new comment.", parent_id=c.id)
    page = text(base + a.path)
    assert f'id="comment-{c.id}"' in page and f'data-parent-id="comment-{c.id}"' in page
    site.edit_comment(a.slug, r.id, "An edited reply.")
    assert "An edited reply." in text(base + a.path)
    site.delete_comment(a.slug, c.id)
    page = text(base + a.path)
    assert f'id="comment-{c.id}"' not in page and f'id="comment-{r.id}"' not in page
    # comment on the paged thread lands on the page the model says
    p = next(x for x in site.articles if x.comments_paged)
    nc = site.add_comment(p.slug, "Late Reader", "Replying late to the first comment.", parent_id=p.comments[0].id)
    pg = p.comment_page_of(nc.id)
    assert f'id="comment-{nc.id}"' in text(base + p.comment_page_path(pg))
    # new article appears everywhere
    new = site.add_article(
        "Harbour crane returns after repairs",
        ["First paragraph of the crane story.", "Second paragraph of the crane story."],
        authors=["Jess Carne"],
        tags=["harbour"],
    )
    assert site.articles[0] is new
    assert new.path in text(base + "/") and base + new.path in text(base + "/rss.xml")
    assert base + new.path in text(base + "/sitemap-articles.xml")
    assert "First paragraph of the crane story." in text(base + new.path)
    # pages of articles nobody touched keep their ETag (incremental re-crawls get 304s)
    for path, tag in old_tags.items():
        assert fetch(base + path, {"If-None-Match": tag})[0] == 304, path


# ------------------------------------------------------------------ faults


def test_faults():
    site = build_demo_site()
    with DemoServer(site, faults=True, slow_seconds=0.5, huge_bytes=200_000) as srv:
        base = srv.base
        home = text(base + "/")
        sm = text(base + "/sitemap-articles.xml")
        for p in FAULT_PATHS:
            assert f'href="{p}"' in home and base + p in sm
        assert fetch(base + "/faults/server-error")[0] == 500
        assert fetch(base + "/faults/flaky")[0] == 503
        assert fetch(base + "/faults/flaky")[0] == 200
        t = time.monotonic()
        with pytest.raises((TimeoutError, urllib.error.URLError)):
            urllib.request.urlopen(base + "/faults/slow", timeout=0.2)
        assert fetch(base + "/faults/slow")[0] == 200 and time.monotonic() - t >= 0.5
        st, hdr, body = fetch(base + "/faults/empty")
        assert st == 200 and body == b""
        st, hdr, body = fetch(base + "/faults/report.pdf")
        assert hdr["Content-Type"] == "application/pdf" and body.startswith(b"%PDF") and len(body) > 2000
        st, hdr, body = fetch(base + "/faults/photo.jpg")
        assert hdr["Content-Type"] == "image/jpeg" and body[:3] == b"\xff\xd8\xff"
        st, hdr, body = fetch(base + "/faults/huge")
        assert st == 200 and len(body) > 200_000
        truth = {a.path: a for a in site.fault_articles}
        assert set(truth) == {"/faults/broken", "/faults/latin1", "/faults/nocharset"}
        _, _, body = fetch(base + "/faults/broken")
        assert all(html.escape(p) in body.decode() for p in truth["/faults/broken"].paragraphs)
        _, hdr, body = fetch(base + "/faults/latin1")
        assert b'<meta charset="utf-8">' in body
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert all(html.escape(p, quote=False) in body.decode("cp1252") for p in truth["/faults/latin1"].paragraphs)
        _, hdr, body = fetch(base + "/faults/nocharset")
        assert b"charset" not in body and "charset" not in hdr["Content-Type"]
        assert "Señora" in body.decode("cp1252")
    with DemoServer(build_demo_site()) as srv:
        assert fetch(srv.base + "/faults/flaky")[0] == 404


# ------------------------------------------------------------------ generated site


def shingles(t: str, k: int = 5) -> set:
    w = t.lower().split()
    return {tuple(w[i : i + k]) for i in range(len(w) - k + 1)}


def test_generated_site_5000():
    big = build_generated_site(n_articles=5000, seed=1)
    with DemoServer(big) as srv:
        base = srv.base
        a = big.articles[1234]
        st, _, body = fetch(base + a.path)
        assert st == 200 and html.escape(a.paragraphs[0]) in body.decode()
        index = locs(text(base + "/sitemap_index.xml"))
        assert len(index) == 6
        assert len(locs(text(base + "/sitemap-articles-5.xml"))) == 1000
        news = locs(text(base + "/sitemap-news.xml"))
        assert 10 <= len(news) <= 40
        listing = text(base + "/latest/?page=3")
        assert len(re.findall(r'class="teaser-title"><a href="/news/', listing)) == 20
        assert 'rel="next"' in listing
        for x in big.articles[:200:10]:
            assert fetch(base + x.path)[0] == 200
    assert len({x.slug for x in big.articles}) == 5000
    counts = [len(x.comments) for x in big.articles[:300]]
    assert min(counts) == 0 and max(counts) == 8
    again = build_generated_site(n_articles=50, seed=1)
    assert again.articles[7].paragraphs == build_generated_site(n_articles=50, seed=1).articles[7].paragraphs
    sh = [shingles(x.text) for x in big.articles[:60]]
    worst = max(len(a & b) / len(a | b) for i, a in enumerate(sh) for b in sh[i + 1 :])
    assert worst < 0.2
    # mutations on the generated site
    big.edit_article(big.articles[3].slug, paragraphs=["Changed."] * 4)
    new = big.add_article("A fresh generated-site story", ["Body one.", "Body two."])
    assert big.articles[0] is new and big.article(new.slug) is new
    with DemoServer(big) as srv:
        old = big.articles[50]
        tag = fetch(srv.base + old.path)[1]["ETag"]
        big.add_article("Another fresh story", ["Body three.", "Body four."])
        assert fetch(srv.base + old.path, {"If-None-Match": tag})[0] == 304
    c = big.add_comment(big.articles[10].slug, "X", "Y")
    assert c.id not in {k.id for a in big.articles[11:40] for k in a.comments}
