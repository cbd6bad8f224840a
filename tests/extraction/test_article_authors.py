"""Author rules beyond plain bylines: roles after CJK names, the publication as a placeholder
author, entities in declared names."""

from __future__ import annotations

from tests.extraction.article_helpers import PARAGRAPHS, extract, jsonld, page

SITE = '<meta property="og:site_name" content="City Times">'


def _article(author: object, paragraphs: list[str], head: str = SITE) -> bytes:
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tram", "author": author})
    return page("<article><h1>Tram</h1>" + "".join(paragraphs) + "</article>", head=head + ld)


def test_korean_reporter_role_is_not_part_of_the_name() -> None:
    page_ = _article({"@type": "Person", "name": "신현주 기자"}, [f"<p>{p}</p>" for p in PARAGRAPHS])
    assert extract(page_).authors == ["신현주"]


def test_publication_dropped_beside_a_named_person() -> None:
    author = [{"@type": "Person", "name": "City Times"}, {"@type": "Person", "name": "Jane Doe"}]
    assert extract(_article(author, [f"<p>{p}</p>" for p in PARAGRAPHS])).authors == ["Jane Doe"]


def test_bold_name_closing_the_text_replaces_the_publication_as_author() -> None:
    paras = [f"<p>{p}</p>" for p in PARAGRAPHS] + ["<p><strong>Jane Doe</strong></p>"]
    assert extract(_article({"@type": "Organization", "name": "City Times"}, paras)).authors == ["Jane Doe"]


def test_bold_line_that_is_not_a_name_is_not_an_author() -> None:
    paras = [f"<p>{p}</p>" for p in PARAGRAPHS] + ["<p><strong>Further Links:</strong></p>"]
    assert extract(_article({"@type": "Organization", "name": "City Times"}, paras)).authors == ["City Times"]


def test_bold_name_mid_text_is_not_a_byline() -> None:
    paras = [f"<p>{p}</p>" for p in PARAGRAPHS]
    paras.insert(2, "<p><b>Jane Doe</b></p>")
    assert extract(_article({"@type": "Organization", "name": "City Times"}, paras)).authors == ["City Times"]


def test_html_entity_in_a_declared_name_does_not_split_it() -> None:
    paras = [f"<p>{p}</p>" for p in PARAGRAPHS]
    assert extract(_article("Redacci&oacute;n Diario Siete", paras, head="")).authors == ["Redacción Diario Siete"]


def _byline_page(byline: str) -> bytes:
    """A page whose only author source is a visible byline element."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return page(f'<article><h1>Tram</h1><div class="byline">{byline}</div>{body}</article>', head=SITE)


def test_cms_byline_phrases_are_not_part_of_the_name() -> None:
    for line in (
        "Post author By Jane Doe",
        "View all posts by Jane Doe",
        "Zeige alle Beiträge von Jane Doe",
        "Erstellt von Jane Doe",
        "Eingestellt von Jane Doe",
        "Interview: Jane Doe",
        "Jane Doe Alle Artikel",
        "Beitrag von Jane Doe »",
    ):
        assert extract(_byline_page(line)).authors == ["Jane Doe"], line


def test_date_around_the_name_is_dropped() -> None:
    for line in (
        "Posted on September 21, 2020 by Jane Doe",
        "Von Jane Doe Fr, 18. Oktober 2019",
        "Von Jane Doe am Samstag, 19. Oktober 2019 um 11:14 Uhr",
        "By Jane Doe - January 10, 2020",
        "Datum: 19.11.2021 Autor: Jane Doe Quelle: City Times",
    ):
        assert extract(_byline_page(line)).authors == ["Jane Doe"], line


def test_degrees_footnotes_and_registered_association_are_not_names() -> None:
    assert extract(_byline_page("Grant Tinsley, PhD")).authors == ["Grant Tinsley"]
    assert extract(_byline_page("Marwan H. Adwan1")).authors == ["Marwan H. Adwan"]
    assert extract(_byline_page("Jane Doe e John Roe")).authors == ["Jane Doe", "John Roe"]
    assert extract(_byline_page("Deutsches Rotes Kreuz e.V. und Jane Doe")).authors == ["Jane Doe"]  # not "V"


def test_labels_and_placeholders_are_not_authors() -> None:
    for line in ("Publiziert am", "Artikel von:", "No Author", "Archiv anzeigen →", "Datum:"):
        assert extract(_byline_page(line)).authors == [], line


def test_names_that_must_stay_whole() -> None:
    assert extract(_byline_page("By Anne-Kathrin Neuberg-Vural")).authors == ["Anne-Kathrin Neuberg-Vural"]
    assert extract(_byline_page("Von Jane Doe und John Roe")).authors == ["Jane Doe", "John Roe"]
    assert extract(_byline_page("By Jane Doe, Senior Reporter")).authors == ["Jane Doe"]
    assert extract(_byline_page("von Jane Doe, MDR THÜRINGEN Stand: 28. April 2023, 05:00 Uhr")).authors == ["Jane Doe"]


def _plain_page(html: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return page(f"<article><h1>Tram</h1>{body}{html}</article>", head=SITE)


def test_name_after_an_author_label_element() -> None:
    assert extract(_plain_page("<h5>Autor:</h5> Jane Doe<br>")).authors == ["Jane Doe"]
    assert extract(_plain_page("<h4>Autor</h4><p><a href='/p/jd'>Jane Doe</a></p>")).authors == ["Jane Doe"]
    assert extract(_plain_page("<p>Auteur : Jane Doe</p>")).authors == ["Jane Doe"]
    assert extract(_plain_page("<p><strong>Text:</strong> Jane Doe</p>")).authors == ["Jane Doe"]


def test_author_words_that_are_no_label() -> None:
    assert extract(_plain_page("<p>Ask the <b>author</b>, release date and more.</p>")).authors == []
    assert extract(_plain_page("<h3>Text</h3><p>More to come</p>")).authors == []
    assert extract(_plain_page("<p>Autorenteam Jane Doe</p>")).authors == []


def test_theme_credits_link_labels_and_obfuscated_addresses_are_not_authors() -> None:
    for line in ("Theme: Pirate Rogue von xwolf", "Alle Beiträge", "jd[at]example.net"):
        assert extract(_byline_page(line)).authors == [], line


def test_meta_author_the_page_never_shows_is_a_site_default() -> None:
    body = "<article><h1>Tram</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
    hidden = page(body, head=SITE + '<meta name="author" content="Webagentur GmbH">')
    assert extract(hidden).authors == []
    shown = page(body + "<footer>Jane Doe</footer>", head=SITE + '<meta name="author" content="Jane Doe">')
    assert extract(shown).authors == ["Jane Doe"]


def test_meta_author_kept_when_a_script_renders_the_byline() -> None:
    body = "<article><h1>Tram</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
    script = '<script>self.__next_f.push([1,"{\\"writerName\\":\\"Jane Doe\\"}"])</script>'
    assert extract(page(body + script, head=SITE + '<meta name="author" content="Jane Doe">')).authors == ["Jane Doe"]


def test_declared_person_never_shown_gives_way_to_the_visible_byline() -> None:
    ld = jsonld({"@type": "NewsArticle", "headline": "Tram", "author": {"@type": "Person", "name": "janedoe"}})
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(f'<article><h1>Tram</h1><p class="byline">By Jane Doe</p>{body}</article>', head=SITE + ld)
    assert extract(html).authors == ["Jane Doe"]
    alone = page(f"<article><h1>Tram</h1>{body}</article>", head=SITE + ld)
    assert extract(alone).authors == ["janedoe"]  # nothing else named: the declaration stands


def test_role_after_the_name_is_dropped() -> None:
    assert extract(_byline_page("Jane Doe, Projektleiterin der Stiftung")).authors == ["Jane Doe"]


def test_written_by_reading_label_names_the_author() -> None:
    head = SITE + '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Jane Doe">'
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(f"<article><h1>Tram</h1>{body}</article><footer>Jane Doe</footer>", head=head)
    assert extract(html).authors == ["Jane Doe"]
    other = head.replace("Verfasst von", "Est. reading time").replace("Jane Doe", "3 minutes")
    assert extract(page(f"<article><h1>Tram</h1>{body}</article>", head=other)).authors == []


def test_social_handle_after_the_name_and_the_desk_as_credit() -> None:
    assert extract(_byline_page("Por Williams Perdomo @wperdomod")).authors == ["Williams Perdomo"]
    assert extract(_byline_page("Redaktion")).authors == ["Redaktion"]
    assert extract(_byline_page("Redaktion: Jane Doe")).authors == ["Jane Doe"]


def test_byline_line_that_goes_on_after_the_name() -> None:
    for line, name in (
        ("Text von Jane Doe", "Jane Doe"),
        ("Ein Interview von Jane Doe mit John Roe", "Jane Doe"),
        ("Gespeichert von jdoe am 24. Juli", "jdoe"),
        ("Par Jane Doe le 07 Mai 2020", "Jane Doe"),
    ):
        body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        html = page(f"<article><h1>Tram</h1><p><em>{line}</em></p>{body}</article>", head=SITE)
        assert extract(html).authors == [name], line


def test_byline_under_an_h2_headline_when_the_page_has_no_h1() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(f"<article><h2>Tram</h2><p><i>von Jane Doe</i></p>{body}</article>", head=SITE)
    assert extract(html).authors == ["Jane Doe"]


def test_by_inside_a_phrase_or_a_lone_month_name() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(f"<article><h1>Tram</h1><p>Learning by Ear</p>{body}</article>", head=SITE)
    assert extract(html).authors == []
    assert extract(_byline_page("By Jane Doe, November 3, 2019")).authors == ["Jane Doe"]
    assert extract(_byline_page("Von Jan")).authors == ["Jan"]


def test_declared_first_name_gives_way_to_the_full_name_in_the_byline() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f'<article><h1>Tram</h1><p class="byline">By Jane Doe</p>{body}</article>'
    first = jsonld({"@type": "NewsArticle", "headline": "Tram", "author": {"@type": "Person", "name": "Jane"}})
    assert extract(page(html, head=SITE + first)).authors == ["Jane Doe"]
    agency = jsonld({"@type": "NewsArticle", "headline": "Tram", "author": {"@type": "Person", "name": "SID"}})
    html = f'<article><h1>Tram</h1><p class="byline">SID Nachrichtenagentur</p>{body}</article>'
    assert extract(page(html, head=SITE + agency)).authors == ["SID"]


def test_von_label_with_line_breaks_and_datelines_ending_in_a_name() -> None:
    assert extract(_plain_page("<div><b>Von:</b> <br> <br> Jane Doe</div>")).authors == ["Jane Doe"]
    assert extract(_plain_page("<div><span>Auteur(s) :</span> Jane Doe</div>")).authors == ["Jane Doe"]
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    for line in ("11.12.2019 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe"):
        html = page(f"<article><h1>Tram</h1><p>{line}</p>{body}</article>", head=SITE)
        assert extract(html).authors == ["Jane Doe"], line
    html = page(f"<article><h1>Tram</h1><p>25.10.2022 - Neue Regeln für alle</p>{body}</article>", head=SITE)
    assert extract(html).authors == []


def test_invisible_marks_and_doubled_names() -> None:
    assert extract(_byline_page("By Jane\u00ad Doe")).authors == ["Jane Doe"]
    assert extract(_byline_page("By Jane Doe Jane Doe")).authors == ["Jane Doe"]
    assert extract(_byline_page("By Li Li")).authors == ["Li Li"]


def test_text_size_control_after_the_headline_is_no_credit() -> None:
    """ "Text" credits a writer only with its colon ("Text: Jane Doe"); a reading control's "Text Size"
    beside the headline names nobody."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    control = "<div><button>+</button><strong>Text Size</strong><ul><li>Small</li><li>Large</li></ul></div>"
    assert extract(page(f"<article><h1>Tram</h1>{control}{body}</article>", head=SITE)).authors == []
    credit = "<p><em>Text: Jane Doe</em></p>"
    assert extract(page(f"<article><h1>Tram</h1>{control}{credit}{body}</article>", head=SITE)).authors == ["Jane Doe"]
