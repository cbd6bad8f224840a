"""Title, authors, dates and other page metadata."""

from __future__ import annotations

import pytest

from autocrawl.extraction.article.authors import split_byline
from autocrawl.extraction.common.dates import localise, parse_date
from tests.extraction.article_helpers import article_markup, extract, jsonld, page


def test_jsonld_newsarticle_fields() -> None:
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Council approves tram expansion",
            "datePublished": "2024-05-03T15:47:42+02:00",
            "dateModified": "2024-05-04T09:00:00+02:00",
            "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
            "keywords": "transport, city council",
            "publisher": {"@type": "Organization", "name": "City Times"},
        }
    )
    art = extract(page(article_markup(), head))
    assert art.title == "Council approves tram expansion"
    assert art.authors == ["Jane Doe", "John Roe"]
    assert art.published == "2024-05-03T15:47:42+02:00"
    assert art.modified == "2024-05-04T09:00:00+02:00"
    assert art.tags == ["transport", "city council"]
    assert art.site_name == "City Times"
    assert art.page_type == "NewsArticle"
    assert art.language == "en"
    assert art.is_article


def test_jsonld_graph_and_list_of_types() -> None:
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": "City Times"},
                {"@type": "BreadcrumbList", "itemListElement": []},
                {
                    "@type": ["Article", "NewsArticle"],
                    "headline": "Council approves tram expansion",
                    "author": {"@type": "Person", "name": "Max Mustermann"},
                    "datePublished": "2024-05-03",
                },
            ],
        }
    )
    art = extract(page(article_markup(), head))
    assert art.authors == ["Max Mustermann"]
    assert art.published == "2024-05-03"


def test_jsonld_list_at_top_level_and_broken_json_ignored() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", broken</script>' + jsonld(
        [{"@type": "Organization", "name": "X"}, {"@type": "BlogPosting", "author": "By Erika Musterfrau"}]
    )
    art = extract(page(article_markup(), head))
    assert art.authors == ["Erika Musterfrau"]


@pytest.mark.parametrize(
    ("opening", "closing"), [("<![CDATA[", "]]>"), ("//<![CDATA[\n", "\n//]]>"), ("/*<![CDATA[*/", "/*]]>*/")]
)
def test_jsonld_in_a_cdata_wrapper_is_read(opening: str, closing: str) -> None:
    data = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Erika Musterfrau"}}'
    head = f'<script type="application/ld+json">{opening}{data}{closing}</script>'
    assert extract(page(article_markup(), head)).authors == ["Erika Musterfrau"]


def test_organisation_author_when_no_person() -> None:
    head = jsonld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "ORF.at"}})
    assert extract(page(article_markup(), head)).authors == ["ORF.at"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Von Max Mustermann, dpa", ["Max Mustermann", "dpa"]),
        ("By Jane Doe, Senior Reporter", ["Jane Doe"]),
        ("Jane Doe | Updated 3 May 2024", ["Jane Doe"]),
        ("Par Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]),
        ("Anna Giulia Fink; Jan Michael Marchart", ["Anna Giulia Fink", "Jan Michael Marchart"]),
        ("Door Pieter de Vries", ["Pieter de Vries"]),
        ("https://www.facebook.com/someone", []),
    ],
)
def test_split_byline(byline: str, expected: list[str]) -> None:
    assert split_byline(byline) == expected


def test_meta_author_and_rel_author() -> None:
    meta = '<meta name="author" content="By Jane Doe">'  # the page shows the name (an author box)
    shown = article_markup(extra_after='<aside class="profile"><p>Jane Doe</p></aside>')
    assert extract(page(shown, meta)).authors == ["Jane Doe"]
    rel = '<p class="byline">By <a rel="author" href="/authors/john">John Roe</a></p>'
    assert extract(page(article_markup(byline=rel))).authors == ["John Roe"]


def test_byline_element_with_job_title() -> None:
    byline = '<div class="article-author">Von Max Mustermann, Redakteur</div>'
    assert extract(page(article_markup(byline=byline))).authors == ["Max Mustermann"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-05-03T15:47:42+02:00", "2024-05-03"),
        ("2024-05-03T13:47:42Z", "2024-05-03"),
        ("2024-05-03 15:47", "2024-05-03"),
        ("20240503", "2024-05-03"),
        ("Fri, 03 May 2024 15:47:42 GMT", "2024-05-03"),
        ("3. Mai 2024, 14:05 Uhr", "2024-05-03"),
        ("May 3, 2024", "2024-05-03"),
        ("3 May 2024", "2024-05-03"),
        ("03.05.2024", "2024-05-03"),
        ("le 3 mai 2024", "2024-05-03"),
        ("3 de mayo de 2024", "2024-05-03"),
        ("3 maja 2024", "2024-05-03"),
        ("2024年5月3日", "2024-05-03"),
        ("2022-29-11", "2022-11-29"),
    ],
)
def test_parse_date_forms(text: str, day: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed[:10] == day


def test_parse_date_keeps_offset_and_rejects_nonsense() -> None:
    assert parse_date("2024-05-03T15:47:42+02:00") == "2024-05-03T15:47:42+02:00"
    assert parse_date("not a date") is None
    assert parse_date("1850-01-01") is None


def test_utc_stamp_shown_in_local_day() -> None:
    assert localise("2022-11-06T23:00:00+00:00", "www.example.de") == "2022-11-07T00:00:00+01:00"
    assert localise("2022-07-06T23:00:00+00:00", "www.example.de") == "2022-07-07T01:00:00+02:00"
    assert localise("2022-11-06T23:00:00+00:00", "www.example.com") == "2022-11-06T23:00:00+00:00"


def test_dates_from_meta_time_element_and_url() -> None:
    meta = '<meta property="article:published_time" content="2023-04-28T19:20:36+02:00">'
    assert extract(page(article_markup(), meta)).published == "2023-04-28T19:20:36+02:00"
    time_el = '<time datetime="2021-02-03T10:00:00+01:00" class="published">3 Feb</time>'
    assert (extract(page(article_markup(byline=time_el)), url="https://x.example/a").published or "").startswith(
        "2021-02-03"
    )
    assert extract(page(article_markup()), url="https://x.example/2020/07/14/story").published == "2020-07-14"


def test_title_strips_site_name_and_prefers_agreeing_h1() -> None:
    head = '<meta property="og:title" content="Council approves tram expansion - City Times">'
    head += '<meta property="og:site_name" content="City Times">'
    art = extract(page(article_markup(), head))
    assert art.title == "Council approves tram expansion"


def test_canonical_url_resolved() -> None:
    head = '<link rel="canonical" href="/2024/05/03/council-tram-expansion">'
    art = extract(page(article_markup(), head), url="https://news.example.com/a?utm=1")
    assert art.canonical_url == "https://news.example.com/2024/05/03/council-tram-expansion"


def test_localise_generic_domain_by_language_tag() -> None:
    # A German-language page on a generic domain shows the Central European day.
    assert localise("2018-12-31T23:11:59+00:00", "blog.example.com", "de-DE") == "2019-01-01T00:11:59+01:00"
    assert localise("2022-07-06T23:00:00Z", "example.org", "fr") == "2022-07-07T01:00:00+02:00"
    # English names no single zone; a country domain wins over the language tag.
    assert localise("2022-11-06T23:00:00+00:00", "example.com", "en") == "2022-11-06T23:00:00+00:00"
    assert localise("2022-11-06T23:00:00+00:00", "example.jp", "de") == "2022-11-07T08:00:00+09:00"
    # British summer time: a UTC stamp on a .uk site moves into BST.
    assert localise("2022-07-06T23:30:00+00:00", "example.co.uk") == "2022-07-07T00:30:00+01:00"


def _dated_page(declared: str, shown: str, extra_head: str = "") -> bytes:
    head = f'<meta property="article:published_time" content="{declared}">{extra_head}'
    return page(article_markup(byline=shown), head)


def test_shown_dateline_beats_declared_date_when_others_agree() -> None:
    """The page shows 20 March by its headline and the declared dateModified says so too."""
    head = '<meta property="article:modified_time" content="2021-03-20T14:00:17+00:00">'
    art = extract(
        _dated_page("2021-03-16T17:16:10+01:00", '<p class="meta">20. März 2021 - 15:00 Uhr</p>', head),
        url="https://x.example/a",
    )
    assert art.published is not None and art.published.startswith("2021-03-20")


def test_shown_update_date_does_not_replace_publication_date() -> None:
    head = '<meta property="article:modified_time" content="2021-03-20T14:00:17+00:00">'
    shown = "<p>Updated March 20, 2021</p><p>First published March 16, 2021</p>"
    art = extract(_dated_page("2021-03-16T17:16:10+01:00", shown, head), url="https://x.example/a")
    assert art.published == "2021-03-16T17:16:10+01:00"


def test_date_in_a_sentence_or_caption_is_not_a_dateline() -> None:
    sentence = "<p>The council first met on 3 March 2021 to discuss the plans for the new line.</p>"
    caption = "<figure><figcaption>Works on 3 March 2021</figcaption></figure>"
    for shown in (sentence, caption):
        art = extract(_dated_page("2021-03-16T17:16:10+01:00", shown), url="https://x.example/a")
        assert art.published == "2021-03-16T17:16:10+01:00"


def test_utc_stamp_shown_as_local_evening_keeps_the_instant() -> None:
    art = extract(
        _dated_page("2023-11-09T05:30:59+00:00", "<time>November 8, 2023 at 11:30 p.m.</time>"),
        url="https://x.example/a",
    )
    assert art.published == "2023-11-08T23:30:59-06:00"


def test_logo_h1_is_not_the_headline() -> None:
    from autocrawl.extraction.article.published import _shown_date
    from autocrawl.extraction.common.dom import parse

    root = parse(
        '<html><body><h1><a href="/" class="logo">Radio</a></h1><span class="dlf-date">Mittwoch, 26.02.2020</span>'
        "<h2>Story</h2><p>Text</p></body></html>"
    )
    assert _shown_date(root) is None


def test_shown_dateline_beats_an_undeclared_time_element_elsewhere() -> None:
    """No declaration: a <time> far down (a sidebar) loses to the dateline by the headline."""
    shown = '<p class="byline">von Limespacer · <span class="published">22. Oktober 2019</span></p>'
    after = '<aside><time datetime="2009-04-11T18:06:36">11.04.2009</time></aside>'
    art = extract(page(article_markup(byline=shown, extra_after=after)), url="https://x.example/a")
    assert art.published == "2019-10-22"


def test_date_above_the_headline_is_a_fallback_only() -> None:
    above = '<p class="category">18.05.2026 | <a href="/presse">Schwerpunkt</a></p>'
    body = f"<main><article>{above}<h1>Council approves tram expansion</h1><p>{'Text. ' * 150}</p></article></main>"
    assert extract(page(body), url="https://x.example/a").published == "2026-05-18"
    # A print issue dated the morning after does not replace the declared online publication.
    head = '<meta property="article:published_time" content="2026-05-17T19:30:02+02:00">'
    assert extract(page(body, head), url="https://x.example/a").published == "2026-05-17T19:30:02+02:00"


def test_dateline_opening_the_first_paragraph_and_url_without_zeros() -> None:
    from autocrawl.extraction.common.dates import date_from_url

    body = "<main><article><h1>Council approves tram expansion</h1>"
    body += f"<p>29.11.2022 – {'The council voted. ' * 20}</p></article></main>"
    head = '<meta name="date" content="2022-12-02">'
    assert extract(page(body, head), url="https://x.example/a").published == "2022-11-29"
    assert date_from_url("https://x.example/home/2017/7/12/story") == "2017-07-12"
    assert date_from_url("https://x.example/2019/43/story") is None


def test_ambiguous_numeric_dateline_read_both_ways() -> None:
    """ "11/08/23" is 8 November on a US page: no conflict with a declared 8 November."""
    art = extract(_dated_page("2023-11-08T22:19:12+00:00", "<time>11/08/23 5:19pm</time>"), url="https://x.example/a")
    assert art.published == "2023-11-08T22:19:12+00:00"


def test_meta_tags_that_give_their_value_in_a_value_attribute() -> None:
    head = '<meta name="author" value="Jane Doe"><meta name="article:published_time" value="2019-04-25T07:00:25Z">'
    art = extract(page(article_markup(byline="<p>Jane Doe</p>"), head=head), "https://x.example/a")
    assert art.authors == ["Jane Doe"]
    assert (art.published or "")[:10] == "2019-04-25"
