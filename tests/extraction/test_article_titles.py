"""Title choice between JSON-LD headline, <meta> titles, <title> and the h1 (generic rules)."""

from __future__ import annotations

from tests.extraction.article_helpers import PARAGRAPHS, extract, jsonld, page

HEADLINE = "Council approves tram expansion"


def _page(h1: str, headline: str | None = None, og: str | None = None, title: str = HEADLINE) -> bytes:
    head = f"<title>{title} | City Times</title>"
    if og:
        head += f'<meta property="og:title" content="{og}">'
    if headline:
        head += jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline})
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body><main><article><h1>{h1}</h1>{paras}</article></main></body></html>"
    ).encode()


def test_jsonld_headline_wins_over_differing_h1_and_og() -> None:
    art = extract(_page("Tram network to grow by twelve kilometres", HEADLINE, og="Trams: a big vote"))
    assert art.title == HEADLINE


def test_truncated_jsonld_headline_gives_way_to_full_h1() -> None:
    art = extract(_page(HEADLINE + " after three years", "Council approves tram...", title="Trams"))
    assert art.title == HEADLINE + " after three years"


def test_jsonld_headline_cut_without_ellipsis_gives_way() -> None:
    art = extract(_page(HEADLINE + " after three years of debate", HEADLINE + " after", title="Trams"))
    assert art.title == HEADLINE + " after three years of debate"


def test_jsonld_headline_with_kicker_gives_way_to_h1() -> None:
    art = extract(_page(HEADLINE, "Transport - " + HEADLINE, title="Trams"))
    assert art.title == HEADLINE


def test_jsonld_headline_kept_when_title_only_adds_site_sections() -> None:
    page = _page("Something else entirely here", HEADLINE, title=HEADLINE + " | Local News")
    assert extract(page).title == HEADLINE


def test_kicker_in_h1_dropped_when_og_title_is_just_the_headline() -> None:
    page = _page("Transport - " + HEADLINE, og=HEADLINE, title="Transport - " + HEADLINE)
    assert extract(page).title == HEADLINE


def test_jsonld_headline_with_section_suffix_gives_way() -> None:
    page = _page(HEADLINE, HEADLINE + " | Politics", og=HEADLINE, title="Trams")
    assert extract(page).title == HEADLINE


def test_jsonld_headline_kept_when_others_add_unspaced_site_suffix() -> None:
    page = _page("", HEADLINE, og=HEADLINE + "-Politics|CityTimes", title=HEADLINE + "-Politics|CityTimes")
    assert extract(page).title == HEADLINE


def _bare_page(title: str, h1: str = "") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    heading = f"<h2>{h1}</h2>" if h1 else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><main><article>{heading}{paras}</article></main></body></html>"
    ).encode()


def test_page_title_only_keeps_its_main_segment() -> None:
    assert extract(_bare_page("Blog Archive &raquo; " + HEADLINE)).title == HEADLINE
    assert extract(_bare_page(HEADLINE + " | Forum | Unknown Site")).title == HEADLINE
    assert extract(_bare_page(HEADLINE + " › Nordic Notes")).title == HEADLINE


def test_page_title_hyphen_and_colon_are_kept() -> None:
    title = "Trams: council approves expansion - what changes now"
    assert extract(_bare_page(title)).title == title


def test_jsonld_headline_that_is_the_site_name_is_ignored() -> None:
    page = _page(HEADLINE, "City Times", og=HEADLINE + " - City Times")
    assert extract(page, url="https://www.citytimes.com/2024/05/03/trams").title == HEADLINE


def test_marked_h1_kicker_dropped_when_no_declaration_carries_it() -> None:
    h1 = f'<span class="title__overline">Transport</span><span class="sr-only"> - </span><span>{HEADLINE}</span>'
    page = _page(h1, og="City vote: " + HEADLINE, title="City vote: " + HEADLINE)
    assert extract(page).title == HEADLINE


def test_marked_h1_kicker_kept_when_the_headline_declares_it() -> None:
    h1 = f'<span class="kicker">Transport</span>: <span>{HEADLINE}</span>'
    page = _page(h1, headline="Transport: " + HEADLINE, title="Transport: " + HEADLINE)
    assert extract(page).title == "Transport: " + HEADLINE


def test_site_and_section_glued_to_a_cjk_title_are_removed() -> None:
    headline = "서울시 트램 확장안 통과"
    page = (
        '<html><head><meta charset="utf-8"><meta property="og:site_name" content="시티타임스">'
        f'<meta property="og:title" content="{headline}-정치ㅣ시티타임스"><title>{headline}-정치ㅣ시티타임스</title>'
        f"</head><body><article>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article></body></html>"
    ).encode()
    assert extract(page).title == headline


def test_headline_keeps_the_typographic_quotes_and_dashes_the_page_shows() -> None:
    shown = "Council’s tram plan – approved"
    page = _page(shown, og="Council's tram plan - approved", title="Council's tram plan - approved")
    assert extract(page).title == shown


def test_jsonld_headline_keeps_the_quotes_the_publisher_typed() -> None:
    typed = "Council's tram plan - approved"
    page = _page("Council’s tram plan – approved", headline=typed, og=typed)
    assert extract(page).title == typed


def test_typographic_variant_of_another_headline_is_not_taken() -> None:
    page = _page("Mayor’s plan – rejected", headline="Council's tram plan - approved", title="Trams")
    assert extract(page).title == "Council's tram plan - approved"


def test_h1_wins_over_declared_titles_that_add_site_and_tagline() -> None:
    declared = HEADLINE + " - City Times - News, Weather and Sport!"
    page = _page(HEADLINE, og=declared, title=declared)
    meta = f'<meta name="twitter:title" content="{declared}"><meta property="og:site_name" content="City Times">'
    page = page.replace(b"</head>", meta.encode() + b"</head>")
    assert extract(page).title == HEADLINE


def test_section_h1_in_front_of_the_headline_h1_is_not_the_title() -> None:
    page = _page("Politics", og="Politics - " + HEADLINE, title="Politics - " + HEADLINE)
    page = page.replace(b"<h1>Politics</h1>", b"<h1>Politics</h1><h1>" + HEADLINE.encode() + b"</h1>")
    assert extract(page).title == HEADLINE


def test_declared_titles_cut_at_an_unescaped_quote_give_way_to_the_whole_title() -> None:
    whole = 'Senator calls the plan "reckless"'
    broken = f'<meta property="og:title" content="{whole}"><meta name="twitter:title" content="{whole}">'
    html = _page("", title=whole).replace(b"</head>", broken.encode() + b"</head>")
    assert extract(html).title == whole


def _title_only_page(title: str, headings: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{headings}<main><article>{paras}</article></main></body></html>"
    ).encode()


def test_visible_h1_wins_over_a_differing_seo_page_title() -> None:
    shown = "Trams will reach the northern districts by 2027"
    page = _title_only_page("Tram expansion approved: what it means | City Times", f"<h1>{shown}</h1>")
    assert extract(page).title == shown


def test_label_hidden_and_logo_h1s_do_not_replace_the_page_title() -> None:
    headings = (
        '<h1><a href="/">City Times</a></h1><h1>Business Monday</h1>'
        '<h1 class="hidden">Trams will reach the northern districts by 2027</h1>'
    )
    page = _title_only_page(HEADLINE + " | City Times", headings)
    assert extract(page).title == HEADLINE


def test_empty_title_and_icon_titles_do_not_hide_the_page_title() -> None:
    icon = '<svg><symbol id="i"><title>icon-share</title></symbol></svg>'
    page = _page(HEADLINE, og="Why the city wants more trams")
    page = page.replace(b"<head>", b"<head><title></title>" + icon.encode())
    assert extract(page).title == HEADLINE


def test_script_and_hidden_text_inside_the_h1_are_not_part_of_the_title() -> None:
    h1 = f'<span class="visually-hidden">Video:</span> {HEADLINE}<script>window.headline = "{HEADLINE}";</script>'
    page = _title_only_page("City Times", f"<h1>{h1}</h1>")
    assert extract(page).title == HEADLINE


def test_marked_kicker_with_script_in_the_h1_is_still_dropped() -> None:
    h1 = f'<span class="kicker">Transport</span><script>track("h1")</script><span>{HEADLINE}</span>'
    page = _page(h1, og="Transport: " + HEADLINE, title="Transport: " + HEADLINE)
    assert extract(page).title == HEADLINE


def test_tags_inside_a_declared_headline_are_not_stored() -> None:
    page = _page("Trams for the north", headline="Council approves <i>tram</i> expansion", title="Trams")
    art = extract(page)
    assert art.title == HEADLINE
    assert "markup-in-text" not in art.warnings


def test_logo_name_inside_the_page_title_is_not_part_of_the_headline() -> None:
    title = f"{HEADLINE} : City Times | News from the city | Since 1905"
    page = _title_only_page(title, '<h1><a href="https://www.citytimes.example/">City Times</a></h1>')
    assert extract(page).title == HEADLINE


def test_separator_left_dangling_by_an_empty_site_name_is_dropped() -> None:
    page = _page("Transport", og=HEADLINE + " -", title=HEADLINE + " -")
    assert extract(page).title == HEADLINE


SHOWN = "Trams will reach the northern districts by 2027, the council decides"


def _meta_page(body: str, og: str = HEADLINE, title: str = HEADLINE + " | City Times", extra: str = "") -> bytes:
    """A page that declares its title in <meta> tags and <title> only, no article data."""
    head = f'<title>{title}</title><meta property="og:title" content="{og}">'
    head += f'<meta name="twitter:title" content="{og}">{extra}'
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body><main><article>{body}{paras}</article></main></body></html>"
    ).encode()


def test_visible_h1_wins_over_one_seo_title_copied_into_og_twitter_and_title() -> None:
    assert extract(_meta_page(f"<h1>{SHOWN}</h1>")).title == SHOWN


def test_article_data_headline_still_wins_over_a_differing_h1() -> None:
    data = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE})
    assert extract(_meta_page(f"<h1>{SHOWN}</h1>", extra=data)).title == HEADLINE


def test_h1_in_the_page_footer_does_not_replace_the_declared_title() -> None:
    page = _meta_page("").replace(b"</main>", b"</main><footer><h1>Your city, your paper since 1905</h1></footer>")
    assert extract(page).title == HEADLINE


def test_h1_that_adds_a_site_segment_to_the_declared_title_gives_way_to_it() -> None:
    assert extract(_meta_page(f"<h1>{HEADLINE} | Metro Desk</h1>")).title == HEADLINE


def test_full_width_colon_before_a_cut_site_name_is_dropped() -> None:
    headline = "メディア芸術祭賞、「チコちゃんに叱られる！」が受賞"
    page = _meta_page("<h1>ニュース</h1>", og=headline + "：シティ新聞", title=headline + "：シティ新聞")
    page = page.replace(b"<title>", '<meta property="og:site_name" content="シティ新聞"><title>'.encode())
    assert extract(page).title == headline


def test_full_width_colon_left_dangling_is_dropped() -> None:
    headline = "メディア芸術祭賞、「チコちゃんに叱られる！」が受賞"
    assert extract(_meta_page("<h1>ニュース</h1>", og=headline + "：", title=headline + "：")).title == headline


def test_a_headline_nested_deeper_than_the_stack_is_read() -> None:
    """An h1 whose words sit 1,500 elements deep, beside a hidden label: the heading's text walk
    recursed and raised RecursionError, and the title was lost."""
    from tests.extraction.article_helpers import article_markup, page

    deep = "<span>" * 1500 + "Council approves tram expansion" + "</span>" * 1500
    markup = article_markup().replace(
        "<h1>Council approves tram expansion</h1>", f"<h1><span class='sr-only'>Politics: </span>{deep}</h1>"
    )
    article = extract(page(markup, title="Something else entirely"))
    assert article.title == "Council approves tram expansion"
    assert not [w for w in article.warnings if w.startswith("extraction-error")]


def test_logo_h1_is_not_the_title_where_the_document_title_names_the_site_after_the_declared_one() -> None:
    """No og:site_name, a logo h1 without a link home: the <title> is og:title plus " | City Times",
    so "City Times" is the site's name, not its headline."""
    body = '<header><h1 class="logo">City Times</h1></header><main><h2>Council approves tram expansion</h2>'
    body += "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</main>"
    html = page(body, head='<meta property="og:title" content="Council approves tram expansion">')
    assert extract(html).title == "Council approves tram expansion"
