"""Sitemaps and feeds with a raw `&` in a URL (`?x=1&y=2`, not `&amp;`): not well-formed XML, and
common. libxml2's recovery took `&y` for an entity reference and dropped it, so `?x=1=2` was
fetched and stored. A `&` that starts no entity or character reference is read literally, as
HTML parsers and browsers read it; references, CDATA sections and the entity protections stay."""

from __future__ import annotations

from autocrawl.discovery import feed_links, sitemap_links

BASE = "https://news.example.org/"
SITEMAP = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>'


def _rss(items: str) -> bytes:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def test_a_raw_ampersand_in_a_sitemap_loc_is_kept() -> None:
    body = SITEMAP.format(
        "<url><loc>https://news.example.org/news/a?x=1&y=2</loc></url>"
        "<url><loc>https://news.example.org/news/b?x=1&amp;y=2</loc></url>"
        "<url><loc>https://news.example.org/news/c?x=1&#38;y=2&#x26;z=3</loc></url>"
        "<url><loc>https://news.example.org/news/d?q=R&D&</loc></url>"
    ).encode()
    assert [link.url for link in sitemap_links(body, BASE)] == [
        "https://news.example.org/news/a?x=1&y=2",
        "https://news.example.org/news/b?x=1&y=2",
        "https://news.example.org/news/c?x=1&y=2&z=3",
        "https://news.example.org/news/d?q=R&D&",
    ]


def test_a_raw_ampersand_in_a_feed_link_text_or_attribute_is_kept() -> None:
    rss = _rss(
        "<item><title>Rail & bus</title><link>https://news.example.org/news/feed-b?a=1&b=2</link></item>"
        "<item><title>Caf&eacute; &nbsp;</title><link>https://news.example.org/news/feed-c</link></item>"
        "<item><link><![CDATA[https://news.example.org/news/feed-d?a=1&b=2&amp;c=3]]></link></item>"
    )
    links = feed_links(rss, BASE)
    assert [link.url for link in links] == [
        "https://news.example.org/news/feed-b?a=1&b=2",
        "https://news.example.org/news/feed-c",
        "https://news.example.org/news/feed-d?a=1&b=2&amp;c=3",  # CDATA is literal text
    ]
    assert links[0].title == "Rail & bus"
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title>'
        b'<link rel="alternate" href="https://news.example.org/news/atom?a=1&b=2"/></entry></feed>'
    )
    assert [link.url for link in feed_links(atom, BASE)] == ["https://news.example.org/news/atom?a=1&b=2"]


def test_escaped_ampersands_after_an_undeclared_html_entity_are_kept() -> None:
    """libxml2's recovery drops every `&amp;` after the first undeclared entity (`&nbsp;`)."""
    rss = _rss(
        "<item><title>Caf&eacute; &nbsp;</title><link>https://news.example.org/news/a</link></item>"
        "<item><title>Q&amp;A &lt;live&gt;</title><link>https://news.example.org/news/b?a=1&amp;b=2</link></item>"
    )
    links = feed_links(rss, BASE)
    assert [link.url for link in links] == [
        "https://news.example.org/news/a",
        "https://news.example.org/news/b?a=1&b=2",
    ]
    assert links[1].title == "Q&A <live>"


def test_entity_declarations_stay_unexpanded_beside_raw_ampersands() -> None:
    body = (
        b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "https://evil.example/&x;">'
        b'<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>&a;</loc></url><url><loc>https://news.example.org/news/e?p=1&q=&x;</loc></url></urlset>"
    )
    urls = [link.url for link in sitemap_links(body, BASE)]
    assert all("evil" not in url and "passwd" not in url and "root:" not in url for url in urls)
    assert urls[-1].startswith("https://news.example.org/news/e?p=1&q=")
