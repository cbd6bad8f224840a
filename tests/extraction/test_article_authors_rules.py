"""Generic author rules: kinds of byline (by markup, position, label or wording) that recur across
sites, each on a small hand-written page."""

from __future__ import annotations

import pytest

from autocrawl.extraction.article.authors import clean_name
from tests.extraction.article_helpers import PARAGRAPHS, extract, jsonld, page

SITE = '<meta property="og:site_name" content="City Times">'
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _byline_page(byline: str, head: str = SITE) -> bytes:
    return page(f'<article><h1>Tram</h1><div class="byline">{byline}</div>{BODY}</article>', head=head)


def test_a_company_or_association_by_its_legal_form_is_no_author() -> None:
    footer = "<footer>Webdesign: Pixelwerk GmbH</footer>"
    html = page(
        f"<article><h1>Tram</h1>{BODY}</article>{footer}", head=SITE + '<meta name="author" content="Pixelwerk GmbH">'
    )
    assert extract(html).authors == []
    for line in ("Acme Media Ltd.", "Verein der Freunde e. V.", "Nordwind SE", "Grupo Norte S.A.", "Kiosk eG"):
        assert extract(_byline_page(line)).authors == [], line
    org = jsonld({"@type": "NewsArticle", "headline": "Tram", "author": {"@type": "Organization", "name": "Acme Inc."}})
    assert extract(_byline_page("By Jane Doe", head=SITE + org)).authors == ["Jane Doe"]


def test_names_that_only_look_like_a_legal_form() -> None:
    assert extract(_byline_page("By Jane Ab")).authors == ["Jane Ab"]
    assert extract(_byline_page("By Maria Se")).authors == ["Maria Se"]


def test_a_genre_word_or_a_colon_before_the_by_of_a_byline() -> None:
    for line in (
        "Eine Kolumne von Jane Doe",
        "Eine Reportage von Jane Doe",
        "Verfasst von: Jane Doe | 31. Dezember 2008",
        "A column by Jane Doe",
        "Analysis by Jane Doe",
    ):
        html = page(f"<article><h1>Tram</h1><p><em>{line}</em></p>{BODY}</article>", head=SITE)
        assert extract(html).authors == ["Jane Doe"], line


def test_a_declared_first_name_gives_way_to_a_column_byline() -> None:
    head = SITE + '<meta name="author" content="Jane">'
    html = page(
        f"<article><h1>Tram</h1><p>Eine Kolumne von Jane Doe</p>{BODY}</article><footer>Jane</footer>", head=head
    )
    assert extract(html).authors == ["Jane Doe"]


def test_bylines_of_teasers_for_other_articles_are_not_the_authors() -> None:
    card = '<a href="/b"><h3>Bus lanes for the ring road</h3><p>Work starts in May.</p><span class="author">John Roe</span></a>'
    html = page(f"<article><h1>Tram</h1>{BODY}</article><ul><li>{card}</li></ul>", head=SITE)
    assert extract(html).authors == []
    related = '<div class="related-articles"><h3>Bus lanes</h3><span class="author">John Roe</span></div>'
    html = page(f"<article><h1>Tram</h1>{BODY}</article>{related}", head=SITE)
    assert extract(html).authors == []


def test_a_profile_link_around_the_byline_still_names_the_author() -> None:
    byline = '<a href="/authors/jane-doe"><span class="author">Jane Doe</span></a>'
    html = page(f"<article><h1>Tram</h1>{byline}{BODY}</article>", head=SITE)
    assert extract(html).authors == ["Jane Doe"]


def test_a_byline_further_down_after_a_long_standfirst() -> None:
    lead = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)  # some 2,000 characters before the byline
    html = page(f"<article><h1>Tram</h1>{lead}<p>Erstellt von Jane am Dienstag 6. Mai 2014</p>{BODY}</article>")
    assert extract(html).authors == ["Jane"]


def test_ranges_and_photo_credits_are_no_bylines() -> None:
    for line in ("Von Jagdschein bis Wildbret", "From Paris to Rome", "Foto by Jane Doe", "Fotos von Jane Doe"):
        html = page(f"<article><h1>Tram</h1><p>{line}</p>{BODY}</article>", head=SITE)
        assert extract(html).authors == [], line


def test_a_bold_name_closing_the_text_signs_it_when_nothing_else_names_an_author() -> None:
    html = page(f"<article><h1>Tram</h1><div>{BODY}<p><b><i>Jane Doe</i></b></p></div></article>")
    assert extract(html).authors == ["Jane Doe"]


def test_a_bold_heading_is_no_signature() -> None:
    table = "<table><tr><td>Monday</td><td>Market</td></tr></table>"
    closing = page(f"<article><h1>Tram</h1><div>{BODY}<p><b>After Divorce</b></p>{table}</div></article>")
    assert extract(closing).authors == []
    opening = page(f"<article><h1>Tram</h1><div><p><b>Weltweite Strahlkraft</b></p>{BODY}</div></article>")
    assert extract(opening).authors == []


def test_author_box_headings_gender_plural_labels_and_roles_in_brackets_are_not_names() -> None:
    for line in ("About the Author - Jane Doe", "Über die Autorin: Jane Doe", "À propos de l'auteur : Jane Doe"):
        assert extract(_byline_page(line)).authors == ["Jane Doe"], line
    assert extract(_byline_page("Jane Doe (Pressesprecherin)")).authors == ["Jane Doe"]
    assert extract(_byline_page("Autor: Jane Doe (Sponsored Post), Redner")).authors[0] == "Jane Doe"
    assert extract(_byline_page("City Radio (www.cityradio.example)")).authors == []
    labels = page(f"<article><h1>Tram</h1>{BODY}</article><aside><h3>Autor:innen</h3></aside>")
    assert extract(labels).authors == []
    listed = page(f"<article><h1>Tram</h1>{BODY}<p>Autor:innen: Jane Doe, John Roe</p></article>")
    assert extract(listed).authors == ["Jane Doe", "John Roe"]


def test_author_credits_inside_a_footer_are_not_the_byline() -> None:
    post_footer = '<footer class="entry-meta"><span class="author">jdoe</span> 12.03.2021</footer>'
    assert extract(page(f"<article><h1>Tram</h1>{BODY}{post_footer}</article>")).authors == []
    page_footer = '<footer><p>Site by <a rel="author" href="/team">Jane Doe</a></p></footer>'
    assert extract(page(f"<article><h1>Tram</h1>{BODY}</article>{page_footer}")).authors == []
    header = '<header><a rel="author" href="/authors/jane-doe">Jane Doe</a></header>'
    assert extract(page(f"<article>{header}<h1>Tram</h1>{BODY}</article>{page_footer}")).authors == ["Jane Doe"]


def test_the_author_in_a_reviewed_books_record_is_not_the_articles() -> None:
    record = (
        "<div><div><u>Titel:</u> The Glass</div><div><u>Seiten:</u> 400</div><div><u>Autorin: </u>Jane Doe</div></div>"
    )
    assert extract(page(f"<article><h1>Tram</h1>{BODY}{record}</article>")).authors == []
    game = "<ul><li>Für 2 bis 4 Spieler</li><li>Autor: Jane Doe; Illustrator: John Roe</li></ul>"
    assert extract(page(f"<article><h1>Tram</h1>{BODY}{game}</article>")).authors == []
    byline = "<div><p>Autorin: Jane Doe</p></div><p>Seite 1 von 3</p>"
    assert extract(page(f"<article><h1>Tram</h1>{byline}{BODY}</article>")).authors == ["Jane Doe"]


def test_menus_and_hidden_markup_are_no_bylines() -> None:
    menu = '<nav><ul><li class="menu-journalisten"><a href="/j">Journalisten</a></li></ul></nav>'
    assert extract(page(f"{menu}<article><h1>Tram</h1>{BODY}</article>")).authors == []
    hidden = '<div class="hidden"><span class="author">Pixel Media</span></div>'
    assert extract(page(f"<article><h1>Tram</h1>{hidden}{BODY}</article>")).authors == []
    styled = '<span class="author" style="display: none">Pixel Media</span><span class="author">Jane Doe</span>'
    assert extract(page(f"<article><h1>Tram</h1>{styled}{BODY}</article>")).authors == ["Jane Doe"]


def test_a_chinese_credit_line_names_the_authors() -> None:
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    credit = "<p>（责编：牛镛、岳弘彬）</p>"
    html = page(f"<article><h1>有轨电车</h1>{story}{credit}</article>", head=SITE, lang="zh")
    assert extract(html).authors == ["牛镛", "岳弘彬"]
    author = page(f"<article><h1>有轨电车</h1><p>作者：王敬照</p>{story}</article>", head=SITE, lang="zh")
    assert extract(author).authors == ["王敬照"]


def test_microdata_authors_of_related_posts_and_reviews_are_not_this_articles() -> None:
    def post(name: str) -> str:
        return (
            '<div itemscope itemtype="https://schema.org/BlogPosting">'
            f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{name}</span>'
            "</span></div>"
        )

    review = (
        '<div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Georg N.</span>'
        "<p>Great tram, five stars.</p></div>"
    )
    main = (
        '<article itemscope itemtype="https://schema.org/BlogPosting"><h1>Tram</h1>'
        '<span itemprop="author"><b>Jane</b><span>Doe</span></span>'
        f"{BODY}</article>"
    )
    html = page(main + "<aside>" + post("Ben Popper") + post("Emma Bostian") + review + "</aside>", head=SITE)
    assert extract(html).authors == ["Jane Doe"]


def test_an_agency_listed_beside_the_writer_is_a_co_author_but_the_publication_is_not() -> None:
    def ld(*authors: dict) -> str:
        return SITE + jsonld({"@type": "NewsArticle", "headline": "Tram", "author": list(authors)})

    jane = {"@type": "Person", "name": "Jane Doe"}
    agency = {"@type": "Organization", "name": "dpa"}
    publication = {"@type": "Organization", "name": "City Times"}
    assert extract(_byline_page("Jane Doe, dpa", head=ld(jane, agency))).authors == ["Jane Doe", "dpa"]
    assert extract(_byline_page("Jane Doe", head=ld(jane, publication))).authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Meg Wagner NEW YORK DAILY NEWS", "Meg Wagner"),  # the outlet in capitals after the name
        ("Saibal Dasgupta / TNN", "Saibal Dasgupta"),  # an agency code after a slash
        ("Jean DUPONT", "Jean DUPONT"),  # one word in capitals is the surname
        ("8 min read", None),  # a reading time, not a name
    ],
)
def test_outlet_tails_and_reading_times_are_not_names(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name


def test_a_declared_list_of_credits_gives_way_to_the_names_the_byline_shows() -> None:
    credits = '<meta name="author" content="Jane Doe, Ann Lee at Models Inc, Tom Fox for Salon Nord">'
    shown = "<figure><figcaption>Model: Ann Lee. Hair: Tom Fox.</figcaption></figure>"
    html = page(
        f'<article><h1>Tram</h1><div class="byline">By Jane Doe</div>{shown}{BODY}</article>', head=SITE + credits
    )
    assert extract(html).authors == ["Jane Doe"]


def test_co_authors_a_declaration_lists_one_by_one_all_stay() -> None:
    people = [{"@type": "Person", "name": n} for n in ("Jane Doe", "John Roe")]
    head = SITE + jsonld({"@type": "NewsArticle", "headline": "Tram", "author": people})
    assert extract(_byline_page("By Jane Doe", head=head)).authors == ["Jane Doe", "John Roe"]


def test_the_outlet_after_the_name_in_a_byline_with_a_date() -> None:
    assert extract(_byline_page("By Jane Doe NEW YORK DAILY NEWS Dec 16, 2016 at 1:38 pm")).authors == ["Jane Doe"]
    assert extract(_byline_page("Jane Doe / TNN / Updated: Oct 9, 2019, 11:05 IST")).authors == ["Jane Doe"]


def test_the_byline_of_a_row_of_teasers_is_not_the_authors() -> None:
    teaser = (
        '<li class="item"><div><h2><a href="/{0}">Story {0}</a></h2><span class="byline">By John Roe</span></div></li>'
    )
    row = "<ol>" + "".join(teaser.format(n) for n in (1, 2, 3)) + "</ol>"
    html = page(f"<article><h1>Tram</h1><p>By Jane Doe</p>{BODY}</article><aside>{row}</aside>", head=SITE)
    assert extract(html).authors == ["Jane Doe"]


def test_the_open_graph_article_author() -> None:
    head = SITE + '<meta property="og:article:author" content="Jane Doe">'
    html = page(
        f'<article><h1>Tram</h1><div class="byline">Jane Doe, bureau of Brussels</div>{BODY}</article>', head=head
    )
    assert extract(html).authors == ["Jane Doe"]


def test_a_byline_that_runs_on_after_the_name_link() -> None:
    byline = (
        '<a class="author__name" href="/autori/jane-doe">Jane Doe</a><div class="author__date">před 2 hodinami</div>'
    )
    assert extract(_byline_page(byline)).authors == ["Jane Doe"]
    byline = '<a class="author-name" href="/p/jane">Jane Doe</a> <span class="author-role">Games Editor</span>'
    assert extract(_byline_page(byline)).authors == ["Jane Doe"]
