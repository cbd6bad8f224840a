"""Publication-date rules: kinds of date (by markup, position, label, format) that recur across sites."""

from __future__ import annotations

from autocrawl.extraction.article.published import _shown_date
from autocrawl.extraction.common.dates import find_text_date, parse_date
from autocrawl.extraction.common.dom import parse
from tests.extraction.article_helpers import article_markup, extract, jsonld, page

URL = "https://x.example/a"


def test_iso_date_written_in_visible_text() -> None:
    """Many sites print the machine form itself: "Written: 2023-11-07 15:03:30"."""
    assert find_text_date("Written: 2023-11-07 15:03:30") == "2023-11-07T15:03:30"
    assert find_text_date("2023/11/07") == "2023-11-07"
    # Not a piece of a longer code or path.
    assert find_text_date("ref 12023-11-07-4") is None
    root = parse(
        "<html><body><h1>Colder temperatures forecast</h1>"
        '<p class="date">Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46</p>'
        f"<p>{'Text. ' * 100}</p></body></html>"
    )
    shown = _shown_date(root)
    assert shown is not None and shown.iso == "2023-11-07T15:03:30"


def test_microdata_date_modified_shown_is_a_revision() -> None:
    """itemprop="dateModified" names a revision as plainly as a class "updated"."""
    head = '<meta property="article:published_time" content="2018-06-22T10:20:00+02:00">'
    head += '<meta property="article:modified_time" content="2018-08-29T14:15:57+02:00">'
    shown = '<span itemprop="dateModified">29.08.2018 14:15</span> <span class="v-box">22.06.2018 10:20</span>'
    art = extract(page(article_markup(byline=shown), head), url=URL)
    assert art.published == "2018-06-22T10:20:00+02:00"


def test_day_and_month_with_dot_and_space() -> None:
    """German (DIN 5008) and Czech typography spaces the parts: "4. 2. 2022", often with thin spaces."""
    assert find_text_date("4. 2. 2022, 14:30") == "2022-02-04T14:30:00"
    assert find_text_date("Kapitel 4. 2. 22") is None  # a short year with spaces is a list, not a date
    byline = '<div class="byline">Von <span>Deutscher Tennis Bund</span> 4.&thinsp;2.&thinsp;2022.</div>'
    body = f"<main><article><h1>Team nominated</h1>{byline}<p>Die Spiele am 5. März 2022 in Rio. {'Text. ' * 100}</p>"
    body += "</article></main>"
    assert extract(page(body, lang="de"), url=URL).published == "2022-02-04"


def test_cyrillic_month_names() -> None:
    """Russian, Ukrainian and Bulgarian datelines write the month out: "15 августа 2016, 13:43"."""
    assert find_text_date("15 августа 2016, 13:43") == "2016-08-15T13:43:00"
    assert find_text_date("3 березня 2021 р.") == "2021-03-03"
    assert find_text_date("12 септември 2020 г.") == "2020-09-12"
    body = '<main><article><p class="date">15 августа 2016, 13:43</p><h1>Подольски завершил карьеру</h1>'
    body += f"<p>{'Текст статьи. ' * 100}</p></article></main>"
    assert extract(page(body, lang="ru"), url=URL).published == "2016-08-15T13:43:00"


def test_date_after_a_published_label_anywhere() -> None:
    """No declaration and no dateline by the headline: a "published" label names the date,
    in a footer or a credits list, even across tags; a revision label does not."""
    footer = '<p class="footer">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p>'
    body = f"<main><article><h1>Rezension</h1><p>{'Text der Rezension. ' * 60}</p>{footer}</article></main>"
    assert extract(page(body, lang="de"), url=URL).published == "2023-11-01"
    credits = '<ul><li><p class="title">Mise en ligne</p>\n<p class="content">23 mai 2019</p></li></ul>'
    body = f"<main><article><h1>La voix</h1><p>{'Un texte. ' * 100}</p>{credits}</article></main>"
    assert extract(page(body, lang="fr"), url=URL).published == "2019-05-23"
    # A machine key is not a label.
    script = '<script>var x = {"published": "2019-05-23"};</script>'
    body = f"<main><article><h1>La voix</h1><p>{'Un texte. ' * 100}</p></article></main>{script}"
    from autocrawl.extraction.article.published import _labelled_date

    assert _labelled_date(body) is None


def test_sole_update_shown_days_later_is_the_date_readers_see() -> None:
    """A re-issued page shows only "Updated <date>" by its headline: that is the date it is known by.
    Within a day (a live blog, a story still unfolding) the first publication stands; and where the
    page also shows the publication after the update, the declared one is kept."""
    declared = '<meta property="article:published_time" content="2019-10-15T16:59:59Z">'
    sole = '<p class="byline">By Jane Doe</p><p class="meta">Updated March 12, 2020</p>'
    assert extract(page(article_markup(byline=sole), declared), url=URL).published == "2020-03-12"
    both = sole + '<p class="meta">Published October 15, 2019</p>'
    assert extract(page(article_markup(byline=both), declared), url=URL).published == "2019-10-15T16:59:59+00:00"
    live = '<meta property="article:published_time" content="2020-03-11T16:59:59Z">'
    assert extract(page(article_markup(byline=sole), live), url=URL).published == "2020-03-11T16:59:59+00:00"


def test_generic_dublin_core_date_yields_to_a_visible_date() -> None:
    """A plain "date"/"dc.date" is any date in the page's life (last edit, issue): a date the page
    shows (even above the headline), a labelled date or a <time> element wins over it."""
    generic = '<meta name="dc.date" content="2020-02-12">'
    above = '<div class="news-single-timedata">05.02.2020 <span>- Redaktion: Eberhard Fuhr</span></div>'
    body = f"<main><article>{above}<h1>Faire Lieferketten</h1><p>{'Text. ' * 150}</p></article></main>"
    assert extract(page(body, generic, lang="de"), url=URL).published == "2020-02-05"
    # A specific declaration keeps its weight against a date above the headline.
    specific = '<meta property="article:published_time" content="2020-02-12T10:00:00+01:00">'
    assert extract(page(body, specific, lang="de"), url=URL).published == "2020-02-12T10:00:00+01:00"
    time_el = '<div class="article-meta"><time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time></div>'
    body = f"<main><article><p>{'Text. ' * 150}</p>{time_el}</article></main>"
    head = '<meta name="dcterms.date" content="2022-01-21T09:43+01:00">'
    assert extract(page(body, head, lang="de"), url=URL).published == "2022-01-25T08:00:00+01:00"
    # The same day: the declaration's time is kept.
    head = '<meta name="dcterms.date" content="2022-01-25T07:43+01:00">'
    assert extract(page(body, head, lang="de"), url=URL).published == "2022-01-25T07:43:00+01:00"


def test_headline_in_a_lower_heading_that_repeats_the_title() -> None:
    """Press-release portals and older CMSs set the headline in an h3/h4 and have no h1: where
    nothing else dates the page, the heading that repeats the <title> anchors the dateline."""
    body = "<h2>Informationsdienst Wissenschaft</h2><p><em>01.11.2023 11:35</em></p>"
    body += f"<h4>Effiziente Hybridbatterie</h4><p>{'Text der Meldung. ' * 60}</p>"
    assert extract(page(body, title="Effiziente Hybridbatterie", lang="de"), url=URL).published == "2023-11-01T11:35:00"
    # A short heading that merely occurs in the title ("News" in "Hybrid News") is a section's.
    body = f"<h3>News</h3><p>01.11.2023</p><p>{'Text der Meldung. ' * 60}</p>"
    assert extract(page(body, title="Hybrid News aus der Forschung", lang="de"), url=URL).published is None
    # A heading that is not the title (a sidebar's "Termine") anchors nothing.
    body = f"<h3>Termine</h3><p>01.11.2023</p><p>{'Text der Meldung. ' * 60}</p>"
    assert extract(page(body, title="Effiziente Hybridbatterie", lang="de"), url=URL).published is None


def test_turkish_indonesian_greek_arabic_month_names() -> None:
    """Datelines of Turkish, Indonesian/Malay, Greek and Arabic sites write the month out."""
    assert find_text_date("3 Mayıs 2024 14:05") == "2024-05-03T14:05:00"
    assert find_text_date("3 KASIM 2024") == "2024-11-03"  # upper case loses the dotless i
    assert find_text_date("17 Agustus 2023") == "2023-08-17"
    assert find_text_date("03 Οκτωβρίου 2023") == "2023-10-03"
    assert find_text_date("3 مايو 2024") == "2024-05-03"


def test_year_first_written_month_and_english_variants() -> None:
    """Hungarian and Lithuanian put the year first ("2024. május 3."); English writes "3rd of May"
    and "03-May-2024". A bare year before a month in a sentence is no date."""
    assert find_text_date("2024. máj. 3. 14:05") == "2024-05-03T14:05:00"
    assert find_text_date("2024 m. gegužės 3 d.") == "2024-05-03"
    assert find_text_date("Tuesday 3rd of May 2024") == "2024-05-03"
    assert find_text_date("03-May-2024") == "2024-05-03"
    assert find_text_date("In 2019 May 5 people died") is None


def test_recipe_that_shows_no_date_has_none() -> None:
    """A recipe's declared date is when its database entry was made; a recipe page that shows
    no date has none. One that shows its date keeps it; an article's unshown date is kept."""
    from tests.extraction.article_helpers import jsonld

    steps = "".join(f"<li>Schritt {i}: Teig rühren und backen.</li>" for i in range(1, 12))
    body = f"<main><article><h1>Bienenstich-Muffins</h1><p>{'Zutaten und Zubereitung. ' * 30}</p><ol>{steps}</ol>"
    recipe = jsonld({"@type": "Recipe", "name": "Bienenstich-Muffins", "datePublished": "2020-01-10"})
    assert extract(page(body + "</article></main>", recipe, lang="de"), url=URL).published is None
    shown = body.replace("</h1>", '</h1><p class="date">10.01.2020</p>') + "</article></main>"
    assert extract(page(shown, recipe, lang="de"), url=URL).published == "2020-01-10"
    article = jsonld({"@type": "Article", "headline": "Bienenstich-Muffins", "datePublished": "2020-01-10"})
    assert extract(page(body + "</article></main>", article, lang="de"), url=URL).published == "2020-01-10"


def test_update_below_headline_with_publication_above_is_not_the_only_date() -> None:
    declared = '<meta property="article:published_time" content="2024-05-03T09:00:00+02:00">'
    body = '<main><article><p class="date">3. Mai 2024</p><h1>Council approves tram expansion</h1>'
    body += f'<p class="meta">Aktualisiert am 10. Mai 2024</p><p>{"Text. " * 150}</p></article></main>'
    assert extract(page(body, declared, lang="de"), url=URL).published == "2024-05-03T09:00:00+02:00"


def test_update_labels_in_more_languages() -> None:
    """ "Atualizado", "Uppdaterad", "Aktualizováno", "Güncelleme", "Обновлено": a revision, which does
    not replace the declared publication (one day later would otherwise read as a time-zone shift)."""
    declared = '<meta property="article:published_time" content="2024-05-03T21:00:00+02:00">'
    for label in ("Atualizado em", "Uppdaterad", "Aktualizováno", "Güncelleme:", "Обновлено"):
        shown = f'<p class="meta">{label} 04.05.2024 14:00</p>'
        art = extract(page(article_markup(byline=shown), declared), url=URL)
        assert art.published == "2024-05-03T21:00:00+02:00", label


def test_published_labels_in_more_languages() -> None:
    from autocrawl.extraction.article.published import _labelled_date

    assert _labelled_date("<p>Опубликовано: <span>15.08.2016</span></p>") == "2016-08-15"
    assert _labelled_date("<span>Publicat</span> <time>15.08.2016</time>") == "2016-08-15"
    assert _labelled_date("<b>Megjelent:</b> 2016. augusztus 15.") == "2016-08-15"


def test_twelve_hour_clock_after_numeric_and_day_month_dates() -> None:
    """ "5:19pm" is 17:19: read as 05:19 a UTC stamp of the next morning looked like UTC+7."""
    assert find_text_date("11/08/23 5:19pm", dayfirst=False) == "2023-11-08T17:19:00"
    assert find_text_date("8 November 2023, 12:05 a.m.") == "2023-11-08T00:05:00"
    assert find_text_date("03.05.2024 10:00 Amsterdam") == "2024-05-03T10:00:00"
    declared = '<meta property="article:published_time" content="2023-11-09T01:30:00Z">'
    shown = '<p class="meta">8 November 2023, 8:30 pm</p>'
    art = extract(page(article_markup(byline=shown), declared), url=URL)
    assert art.published == "2023-11-08T20:30:00-05:00"


def test_update_label_is_the_last_resort() -> None:
    """A page that shows no date but "Aktualisiert am 17.01.2021" at its foot is dated by it;
    where a publication is labelled too, that wins."""
    foot = "<hr><p><b>Aktualisiert am </b>17.01.2021.</p>"
    body = (
        f"<main><article><h1>Heliumkerne in Zinn-Atomen</h1><p>{'Text der Meldung. ' * 90}</p>{foot}</article></main>"
    )
    assert extract(page(body, lang="de"), url=URL).published == "2021-01-17"
    both = body.replace("<hr>", "<p>Veröffentlicht am 12.01.2021</p><hr>")
    assert extract(page(both, lang="de"), url=URL).published == "2021-01-12"


def test_day_first_date_in_the_url_path() -> None:
    """European sites name news items by their day: "/meldungen/29-10-2021", "/23-01-2022-title"."""
    from autocrawl.extraction.common.dates import date_from_url

    assert date_from_url("https://x.example/media-news/meldungen/29-10-2021") == "2021-10-29"
    assert date_from_url("https://x.example/newsroom/23-01-2022-wierer-darf") == "2022-01-23"
    assert date_from_url("https://x.example/bericht_vom_22.04.2020_worauf") == "2020-04-22"
    assert date_from_url("https://x.example/a?id=29-10-2021") is None  # a query is no path
    body = f"<main><article><h1>Meldung</h1><p>{'Text der Meldung. ' * 90}</p></article></main>"
    assert extract(page(body, lang="de"), url="https://x.example/meldungen/29-10-2021").published == "2021-10-29"


def test_a_declared_date_with_dashes_month_or_day_first() -> None:
    assert parse_date("12-15-2016") == "2016-12-15"
    assert parse_date("15-12-2016 10:30") == "2016-12-15T10:30:00"
    # In running text, dashes join ranges and other numbers: no date is read from them.
    assert find_text_date("Pages 12-15-2016 of the register") is None


def test_url_date_stands_against_a_declaration_long_after_it() -> None:
    """The URL keeps the day of first publication; a page re-saved two years later declares the
    re-save. A declaration a few days off the URL's day (a story updated, a slug reused) stands."""
    resaved = jsonld({"@type": "BlogPosting", "headline": "Montauk", "datePublished": "2019-06-17T18:28:00+02:00"})
    url = "https://blog.example.com/home/2017/7/12/montauk"
    assert extract(page(article_markup(), resaved), url=url).published == "2017-07-12"
    updated = jsonld({"@type": "NewsArticle", "headline": "Royal", "datePublished": "2021-03-14T11:15:28+00:00"})
    url = "https://news.example.com/2021/03/08/royal-interview"
    assert extract(page(article_markup(), updated), url=url).published == "2021-03-14T11:15:28+00:00"


def test_todays_date_in_the_site_header_is_not_the_articles() -> None:
    """A site header with navigation shows today's date in a <time>; the article's own dateline
    is the date that stands in its intro."""
    header = '<header><nav><a href="/">Start</a> <a href="/kritiken">Kritiken</a></nav>'
    header += '<span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">1. November 2023</time></span>'
    header += "</header>"
    body = f'{header}<div class="intro"><h2>Im Schlepptau</h2><p><span class="text_datum">31. Oktober 2023.</span> '
    body += f"Dragqueens sind Kunstfiguren.</p></div><div>{'<p>Text des Artikels. </p>' * 30}</div>"
    assert extract(page(body, lang="de"), url=URL).published == "2023-10-31"


def test_date_linked_to_the_page_itself_is_its_dateline() -> None:
    """Blog platforms link the dateline to the post's own address: that link is a permalink, not a
    link elsewhere, so its date is the one the page shows, over a later declared re-import."""
    url = "https://blog.example.com/@writer/the-great-big-lie-d146a92473a1"
    head = '<meta property="article:published_time" content="2015-12-11T14:28:34.438Z">'
    own = '<p><a href="/@writer/the-great-big-lie-d146a92473a1?source=post_page">Oct 15, 2015</a> · 18 min read</p>'
    assert extract(page(article_markup(byline=own), head), url=url).published == "2015-10-15"
    elsewhere = '<p><a href="/archive/2015/10/15">Oct 15, 2015</a> · 18 min read</p>'
    assert extract(page(article_markup(byline=elsewhere), head), url=url).published == "2015-12-11T14:28:34+00:00"


def test_month_names_read_in_the_pages_language() -> None:
    """ "listopad" is October in Croatian, November in Polish and Czech: the page's language decides."""
    dateline = '<p class="date">15. listopada 2023.</p>'
    assert extract(page(article_markup(byline=dateline), lang="hr"), url=URL).published == "2023-10-15"
    assert extract(page(article_markup(byline=dateline), lang="pl"), url=URL).published == "2023-11-15"


def test_last_change_label_before_a_date_guessed_from_the_text() -> None:
    """A page with no other date that says when it was last changed is dated by that, not by a
    date inside its text (a caption's "data set of 09.03.2016"); a note in an HTML comment
    (a plugin's "Updated: 2017/09/12") is no label of the page's."""
    caption = "<p>Abbildung: Validierung der Schneehöhen. Datensatz vom 09.03.2016</p>"
    footer = '<div><label>Letzte Änderung:</label><div class="label_content"> 14.01.2022 um 09:25 </div></div>'
    body = f"<main><h1>OutdoorNews | Eintrag</h1><p>{'Text über Schneekarten. ' * 60}</p>{caption}{footer}</main>"
    assert (extract(page(body, lang="de"), url=URL).published or "")[:10] == "2022-01-14"
    from autocrawl.extraction.article.published import _UPDATED_WORD, _labelled_date

    assert _labelled_date("<!-- Subscription Theme Footer v2 Updated: 2017/09/12 -->", _UPDATED_WORD) is None


def test_date_element_in_a_reply_or_teaser_is_not_the_posts() -> None:
    """A forum thread's first date element may be a later reply's (class "comment"), or a teaser's:
    the post's own date element is the one outside them."""
    reply = '<li class="comment"><div><span class="post-date">14.10.2020 12:18</span></div></li>'
    own = '<div class="post"><span class="post-date">21.01.2009 08:00</span><p>Erster Beitrag.</p></div>'
    body = f"<div><ul class='latest'>{reply}</ul>{own}<div>{'<p>Text des Beitrags. </p>' * 30}</div></div>"
    assert (extract(page(body, lang="de"), url=URL).published or "")[:10] == "2009-01-21"


def test_a_dateline_by_the_headline_keeps_its_time_on_an_undeclared_page() -> None:
    """A page that declares no date it can read and shows "18.02.2022, 10:27" under its headline is
    dated by that, time of day included. htmldate's search of the whole page, asked first before,
    found the day alone (from a meta tag in C's asctime form), and the time was lost."""
    byline = '<div class="articleinfos">18.02.2022, 10:27 | Recht &amp; Gesetz</div>'
    # a date in a form the page's own parsers do not take (C's asctime), which htmldate reads as a day
    head = '<meta itemprop="datePublished" content="Fri Feb 18 10:27:24 2022">'
    html = page(article_markup(byline=byline), head, lang="de")
    art = extract(html, url="https://news.example.com/wohngeld-reform")
    assert art.published is not None and art.published.startswith("2022-02-18T10:27")


def test_java_and_c_date_strings_in_declared_dates() -> None:
    """Some CMSs write a date object's default string into datePublished or article:published_time:
    Java's Date.toString() ("Fri Apr 28 19:20:36 CEST 2023") or C's asctime (no zone)."""
    assert parse_date("Fri Apr 28 19:20:36 CEST 2023") == "2023-04-28T19:20:36+02:00"
    assert parse_date("Mon Aug 03 12:45:00 EDT 2015") == "2015-08-03T12:45:00-04:00"
    assert parse_date("Fri Feb 18 10:27:24 2022") == "2022-02-18T10:27:24"
    assert parse_date("Thu Mar 05 10:00:00 IST 2020") == "2020-03-05T10:00:00"  # IST: India's or Ireland's
    assert parse_date("Fri Feb 30 10:00:00 2022") is None
    head = jsonld({"@type": "NewsArticle", "headline": "Council approves tram expansion",
                   "datePublished": "Tue Jan 28 15:28:56 CET 2020"})  # fmt: skip
    art = extract(page(article_markup(), head), url="https://news.example.com/tram")
    assert art.published == "2020-01-28T15:28:56+01:00"


def _story_with_comments(head: str = "", dateline: str = "") -> bytes:
    """An article without a date of its own, followed by two dated reader comments."""
    comments = "".join(
        f'<li class="comment" id="comment-{n}"><div class="comment-author">Reader {n}</div>'
        f'<time datetime="2019-06-0{n}T08:00:00Z">{n} June 2019</time>'
        f'<div class="comment-content"><p>Comment {n} about the bridge and the council vote.</p></div></li>'
        for n in (1, 2)
    )
    paragraphs = "".join(
        f"<p>Paragraph {n} of the report on the new river bridge, its cost and its opening.</p>" for n in range(6)
    )
    return (
        f'<html><head><meta property="og:type" content="article">{head}</head><body>'
        '<header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>'
        f'<main><article><h1>Council approves the river bridge</h1><p class="byline">By Jane Smith</p>{dateline}'
        f'<div class="article-body">{paragraphs}</div></article>'
        f'<section id="comments"><ol class="comment-list">{comments}</ol></section></main></body></html>'
    ).encode()


def test_reader_comments_do_not_date_the_article() -> None:
    """A comment's time is the reader's: an article that shows no date of its own has none."""
    assert extract(_story_with_comments(), "https://x.example/news/bridge").published is None


def test_a_broken_declared_date_is_not_replaced_by_a_guess() -> None:
    """A publisher's own date that is no date (30 February, year 9999) leaves the article undated,
    rather than dated by a guess from the rest of the page (a comment's day, a month's first)."""
    for broken in ("2024-02-30", "9999-12-31T23:59:59Z"):
        head = f'<meta property="article:published_time" content="{broken}">'
        dateline = f'<time datetime="{broken}" class="published">{broken}</time>'
        assert extract(_story_with_comments(head, dateline), "https://x.example/news/bridge").published is None
        alone = page(f"<h1>Bridge</h1>{dateline}<p>{'Text of the report. ' * 40}</p>", head=head)
        assert extract(alone, "https://x.example/news/bridge").published is None, broken
