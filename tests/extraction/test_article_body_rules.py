"""Body rules for kinds of blocks found on many news sites: each leaks in (or drops out) the same way everywhere."""

from __future__ import annotations

from tests.extraction.article_helpers import (
    PARAGRAPHS,
    article_markup,
    assert_story_only,
    extract,
    jsonld,
    page,
    story_page,
)

NEWS_LD = jsonld({"@type": "NewsArticle", "headline": "Council approves tram expansion"})


def test_fact_box_beside_the_text_is_not_body() -> None:
    box = (
        '<div class="article-factbox"><h3>Facts about the tram</h3>'
        "<p>The network opened in 1895 and carries about 90,000 passengers on a working day.</p>"
        "<p>Twelve lines run on 140 kilometres of track through all districts of the city.</p></div>"
        '<div class="info-box"><p>The city has asked residents to send questions to the transport '
        "department before the first public meeting.</p></div>"
    )
    art = extract(page(article_markup(extra_inside=box), NEWS_LD))
    assert "1895" not in art.body and "Twelve lines" not in art.body and "send questions" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_caption_ending_in_an_image_rights_credit_is_not_body() -> None:
    captions = (
        "<p>The first tram of the new line during a test run in the northern district. Bildrechte: Stadtwerke/Jan Ho</p>"
        "<p>Engineers inspect the overhead wires near the university. Photo credit: Jane Doe/City Times</p>"
    )
    art = extract(page(article_markup(extra_inside=captions), NEWS_LD))
    assert "test run" not in art.body and "overhead wires" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_video_and_audio_player_labels_are_not_body() -> None:
    players = (
        '<div class="player"><p>The mayor explains why the new line will run through the old town. '
        "18.04.2024 | 3:18 min</p></div>"
        "<p>Stadtwerke 22.04.2024 00:21 Min. Verfügbar bis 22.04.2026</p>"
        "<p>VIDEO 4:42</p>"
    )
    art = extract(page(article_markup(extra_inside=players), NEWS_LD))
    for junk in ("old town", "Verfügbar", "VIDEO"):
        assert junk not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_prose_mentioning_a_time_is_kept() -> None:
    inside = "<p>The first tram leaves the depot at 5:30 and the last one returns shortly after midnight.</p>"
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "depot at 5:30" in art.body


def test_consent_notices_of_forms_and_blocked_embeds_are_not_body() -> None:
    notices = (
        "<p>An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt. Sie können ihn "
        "mit einem Klick anzeigen lassen.</p>"
        "<p>Externen Inhalt anzeigen</p>"
        "<p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
        "personenbezogene Daten an Drittplattformen übermittelt werden.</p>"
        "<p>I agree my information will be processed in accordance with the Privacy Policy.</p>"
        "<p>Ein Klick für den Datenschutz</p>"
    )
    art = extract(page(article_markup(extra_inside=notices), NEWS_LD))
    for junk in ("externen Inhalt", "einverstanden", "Privacy Policy", "Datenschutz"):
        assert junk not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_prose_about_privacy_is_kept() -> None:
    inside = (
        "<p>The transport department said the passenger counting sensors would not store personal data, "
        "a promise the privacy commissioner wants to check before the first line opens.</p>"
    )
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "privacy commissioner" in art.body


def test_news_about_consent_to_data_use_is_kept() -> None:
    inside = (
        "<p>Under the new rules, passengers must agree before the operator may process their personal data, "
        "and the regulator accepted the privacy plan on Monday.</p>"
    )
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "must agree before the operator" in art.body


def _topic(name: str) -> str:
    return f'<a href="/topics/{name.lower()}">{name}</a>'


def test_lists_of_linked_place_names_are_text_not_navigation() -> None:
    lines = [
        ("North district", ["Alton", "Brisk", "Carrow", "Dunmore"]),
        ("River district", ["Eastwick", "Fenby", "Gorton"]),
        ("Hill district", ["Harrow", "Ilsby", "Jarvik", "Kelso", "Lorne"]),
    ]
    lists = "".join(f"<p>{label}: {', '.join(_topic(n) for n in names)}</p>" for label, names in lines)
    tags = f"<p>Tags: {', '.join(_topic(n) for n in ('Transport', 'Council', 'Trams'))}</p>"
    text = f"<p>{PARAGRAPHS[0]} The tram will stop in these towns and villages, listed by district.</p>{lists}{tags}"
    html = page(
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
        f'<main><article><h1>Council approves tram expansion</h1><div class="text">{text}</div></article></main>'
        '<div class="more"><ul><li><a href="/a">Bus fares to rise next year as operators face higher costs</a></li>'
        '<li><a href="/b">New cycle lanes open along the river after two years of works</a></li></ul></div>',
        NEWS_LD,
    )
    art = extract(html)
    assert "North district: Alton, Brisk, Carrow, Dunmore" in art.body
    assert "Hill district: Harrow, Ilsby, Jarvik, Kelso, Lorne" in art.body
    assert "Tags" not in art.body and "Bus fares" not in art.body


def test_note_on_the_author_closing_the_text_is_not_body() -> None:
    after_text = (
        "<p>Jane Doe is a senior reporter for City Times and covers transport and housing.</p>"
        "<p>Der Autor ist Professor für Verkehrsplanung an der Technischen Universität.</p>"
    )
    art = extract(page(article_markup(extra_inside=after_text), NEWS_LD))
    assert "senior reporter" not in art.body and "Verkehrsplanung" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_source_introduced_in_the_text_is_kept() -> None:
    source = (
        "<p>Anna Berg is a professor of urban planning at the university. She said the new line would "
        "change how the northern districts grow over the next twenty years.</p>"
    )
    markup = article_markup().replace(f"<p>{PARAGRAPHS[0]}</p>", f"<p>{PARAGRAPHS[0]}</p>{source}")
    art = extract(page(markup, NEWS_LD))
    assert "Anna Berg is a professor" in art.body


def test_appeals_to_support_the_publication_are_not_body() -> None:
    appeals = (
        "<p>Before you go: the reporting we do is not cheap. You can become a member for as little as $3 a "
        "month. That is all it takes to support the journalism you rely on.</p>"
        "<p>Unterstützen Sie unabhängigen Journalismus! Jetzt mit wenigen Klicks spenden.</p>"
        "<p>2 Wochen kostenlos testen</p>"
        "<p>Em tempos de desinformação, nosso trabalho tem sido maior do que nunca. Colabore para que nossa "
        "equipe seja mantida. Assine o jornal.</p>"
    )
    art = extract(page(article_markup(extra_inside=appeals), NEWS_LD))
    for junk in ("Before you go", "Journalismus", "kostenlos", "Colabore"):
        assert junk not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_news_about_journalists_and_donations_is_kept() -> None:
    inside = (
        "<p>The mayor, who once shoved a journalist at a rally, drew on donations from local firms "
        "to pay for the campaign that won the tram vote.</p>"
    )
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "shoved a journalist" in art.body


def test_controls_marked_as_buttons_are_not_body() -> None:
    toggle = (
        '<div class="expandable"><div class="expandable__header" role="button">'
        "<span>Open the box</span> <span>Close the box</span> Background information on the tram</div></div>"
    )
    art = extract(page(article_markup(extra_inside=toggle), NEWS_LD))
    assert "Open the box" not in art.body and "Background information" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_sign_up_form_inside_the_article_is_not_body() -> None:
    form = (
        '<form class="email-slidein"><p>Get email updates with the day\'s biggest stories</p>'
        '<input type="email"><span class="invalid">Invalid Email</span>'
        "<p>Something went wrong, please try again later.</p><p>Thank you for subscribing</p></form>"
    )
    art = extract(page(article_markup(extra_inside=form), NEWS_LD))
    for junk in ("email updates", "Invalid", "went wrong", "subscribing"):
        assert junk not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_page_wrapped_in_one_form_keeps_its_text() -> None:
    html = page(f"<form id='aspnetForm' action='/article.aspx'>{article_markup()}</form>", NEWS_LD)
    assert extract(html).body == "\n\n".join(PARAGRAPHS)


def test_article_paragraphs_marked_paywall_are_body_the_offer_is_not() -> None:
    rest = (
        f'<p class="paywall" aria-hidden="true">{PARAGRAPHS[2]} The council will review the plan in autumn '
        "once the engineers have finished their survey of the route.</p>"
        '<div class="paywall-offer paywall"><p>Subscribe now to keep reading: get unlimited access to all our '
        "articles, the e-paper and the app for just 1 euro in the first month.</p></div>"
    )
    markup = article_markup().replace(f"<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>", rest)
    art = extract(page(markup, NEWS_LD))
    assert "review the plan in autumn" in art.body
    assert "unlimited access" not in art.body


def test_text_continued_past_a_column_break_is_kept() -> None:
    first = "".join(f'<p class="copy">{p}</p>' for p in PARAGRAPHS)
    more = (
        '<p class="copy">The transport department expects the first passengers on the new line before the end '
        "of the decade, provided the budget holds and the suppliers deliver the twenty new trams on time, as "
        "their contracts require.</p>"
    )
    html = page(
        '<main><article><h1>Council approves tram expansion</h1><div class="layout">'
        f'<div class="column-main"><div class="block">{first}'
        f'<div class="ad-slot"></div><ul><li><a href="/a">Bus fares to rise next year as operators face higher costs'
        "</a></li></ul></div></div>"
        f'<div class="column-rest"><div class="block">{more}</div>'
        '<div class="box"><div>Most read</div><ul><li><a href="/b">New cycle lanes open along the river</a></li>'
        "</ul></div></div></div></article></main>",
        NEWS_LD,
    )
    art = extract(html)
    assert art.body.startswith(PARAGRAPHS[0])
    assert "before the end of the decade" in art.body
    assert "cycle lanes" not in art.body


def test_browser_and_javascript_notices_are_not_body() -> None:
    notices = (
        "<p>Ihr Browser ist veraltet. Bitte aktualisieren Sie Ihren Browser auf die neueste Version.</p>"
        "<p>Sorry, but your browser needs JavaScript to use this site.</p>"
    )
    art = extract(page(article_markup(extra_inside=notices), NEWS_LD))
    assert "Browser" not in art.body and "JavaScript" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_news_about_a_browser_update_is_kept() -> None:
    inside = "<p>The transport app will need an update once the browser makers drop support for older phones.</p>"
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "browser makers" in art.body


def test_pointer_to_the_live_blog_and_its_teaser_are_not_body() -> None:
    box = (
        "<div><p>Mehr zur Lage in der Stadt lesen Sie in unserem Liveblog:</p>"
        '<div><a href="/liveblog"><h3>Tram works</h3><p>All the news about the construction of the new line, '
        "updated every day.</p></a></div></div>"
    )
    art = extract(page(article_markup(extra_inside=box), NEWS_LD))
    assert "Liveblog" not in art.body and "updated every day" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_editors_disclaimer_is_not_body() -> None:
    notes = (
        "<p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</p>"
        "<p>The views expressed in this column are those of the author and do not necessarily reflect ours.</p>"
    )
    art = extract(page(article_markup(extra_inside=notes), NEWS_LD))
    assert "Meinung des Autors" not in art.body and "views expressed" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_opinions_reported_in_the_text_are_kept() -> None:
    inside = "<p>Residents expressed mixed opinions at the meeting, and several asked for a second public hearing.</p>"
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "mixed opinions" in art.body


def test_fact_box_holding_paragraphs_beside_the_text_is_not_body() -> None:
    transcript = "".join(
        f"<p>Point {n}: the council will publish the full plans for section {n} of the new line, with maps, "
        "costs and the timetable for the works, before the public meetings begin.</p>"
        for n in range(1, 5)
    )
    box = f'<div class="story-factbox"><h2>The plan in full</h2>{transcript}</div>'
    art = extract(page(article_markup(extra_inside=box), NEWS_LD))
    assert "Point 1" not in art.body and "The plan in full" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_info_box_that_is_the_whole_text_is_kept() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(
        f'<main><article><h1>Council approves tram expansion</h1><div class="tab-content infobox">{paragraphs}'
        "</div></article></main>",
        NEWS_LD,
    )
    assert extract(html).body == "\n\n".join(PARAGRAPHS)


def test_a_range_that_opens_like_a_byline_stays_text() -> None:
    inside = "<p>Von Jagdschein bis Wildbret</p>"
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "Von Jagdschein bis Wildbret" in art.body


_SUMMARY = (
    "The regional government presented its budget for the coming year on Monday, with more money for "
    "schools, hospitals and the maintenance of roads and bridges in the rural districts, and a plan to "
    "hire several hundred teachers before the next school year begins in the autumn."
)


def _cards(href: str, summary: str = _SUMMARY, spacing: tuple[str, ...] = ("", " mt-4", " mt-4 mt-md-0")) -> str:
    return "".join(
        f'<li class="col{extra}"><article><figure><img src="/img/{n}.jpg" alt=""></figure>'
        f'<h3><a href="{href}{n}">Budget story number {n}</a></h3><p>{summary}</p></article></li>'
        for n, extra in enumerate(spacing)
    )


def test_row_of_cards_linking_to_other_stories_is_not_body() -> None:
    """Cards alike in build (their classes differ by a spacing class), each a linked headline with a
    summary of a few sentences: teasers for other pages, however long their summaries."""
    row = f'<ul class="row">{_cards("/politics/budget-")}</ul>'
    art = extract(page(article_markup(extra_inside=row), NEWS_LD))
    assert "regional government" not in art.body and "Budget story" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_cards_whose_links_lead_nowhere_else_stay() -> None:
    """A like button or a "#comments" anchor does not make a photo card a teaser for another page."""
    caption = "The regional government presented its budget in the old council chamber on Monday morning."
    row = f'<ul class="row">{_cards("#comments-", caption, ("", "", ""))}</ul>'
    art = extract(page(article_markup(extra_inside=row), NEWS_LD))
    assert "old council chamber" in art.body


_SIGN_OFF = "Our reporter Jane Doe covers transport and city planning for the City Times from the town hall."


def test_paragraphs_after_the_declared_article_body_are_not_body() -> None:
    """The page's JSON-LD articleBody holds the story: what the markup shows after its last paragraph
    (a note on the reporter, a programme line) is furniture."""
    declared = jsonld({"@type": "NewsArticle", "headline": "Council approves tram expansion",
                       "articleBody": " ".join(PARAGRAPHS)})  # fmt: skip
    art = extract(page(article_markup(extra_inside=f"<p>{_SIGN_OFF}</p>"), declared))
    assert "Jane Doe" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_a_declared_article_body_holding_little_of_the_text_trims_nothing() -> None:
    declared = jsonld({"@type": "NewsArticle", "headline": "Council approves tram expansion",
                       "articleBody": PARAGRAPHS[0] + " " + "Subscribers read the rest of this story. " * 5})  # fmt: skip
    art = extract(page(article_markup(extra_inside=f"<p>{_SIGN_OFF}</p>"), declared))
    assert "Jane Doe" in art.body and PARAGRAPHS[3] in art.body


def test_list_of_sentences_each_with_a_linked_word_is_text() -> None:
    """A bullet list in the text whose items link a word or a ticket number is not a list of teasers:
    a teaser is mostly its link."""
    items = [
        'The tram depot now charges its vehicles overnight from solar panels – <a href="/t/101">ticket 101</a>',
        'Drivers can report faults from the cab with the new tablet application – <a href="/t/102">ticket 102</a>',
        'Stops announce delays on the displays two minutes earlier than before – <a href="/t/103">ticket 103</a>',
    ]
    listing = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    art = extract(page(article_markup(extra_inside=listing), NEWS_LD))
    assert "charges its vehicles overnight" in art.body and "two minutes earlier" in art.body


def test_caption_in_a_box_with_its_picture_is_not_body() -> None:
    """A caption outside <figcaption>: the only text of a small box holding a picture."""
    photo = (
        '<div class="photo"><p><picture><source srcset="/img/tram.webp"><img src="/img/tram.jpg" alt="tram">'
        '</picture></p><span class="pic-text">The new tram on a test run through the northern district</span></div>'
    )
    art = extract(page(article_markup(extra_inside=photo), NEWS_LD))
    assert "test run" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_paragraph_with_an_inline_icon_is_kept() -> None:
    inside = '<div><p><img src="/icons/tram.png" alt=""> Trams run every five minutes in the city centre now.</p></div>'
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "every five minutes" in art.body


def test_headline_shown_again_above_the_text_is_not_body() -> None:
    """The page's <title> carries a kicker ("Transport: …"); the heading above the text is the same
    headline without it, as an <h2>: not a sub-heading of the story."""
    body = article_markup().replace(
        '<div class="article-body">', '<div class="article-body"><h2>Council approves the tram expansion plans</h2>'
    )
    art = extract(page(body, NEWS_LD, title="Transport: Council approves tram expansion plans"))
    assert "approves the tram expansion" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_sub_heading_above_the_text_is_kept() -> None:
    body = article_markup().replace(
        '<div class="article-body">', '<div class="article-body"><h2>Twelve kilometres of new track by 2027</h2>'
    )
    art = extract(page(body, NEWS_LD))
    assert art.body.startswith("Twelve kilometres of new track by 2027")


def test_short_cells_of_a_table_in_the_text_are_kept() -> None:
    """Figures in a table of the text ("32.7 MB") are short, but content, like the items of a list."""
    table = (
        "<table><tr><th>Line</th><th>Length</th></tr><tr><td>Tram 4</td><td>12.4 km</td></tr>"
        "<tr><td>Tram 7</td><td>9.8 km</td></tr></table>"
    )
    art = extract(page(article_markup().replace("</p>", "</p>" + table, 1), NEWS_LD))
    assert "12.4 km" in art.body and "9.8 km" in art.body


def test_noscript_fallback_stored_as_escaped_markup_is_not_body() -> None:
    """A <noscript> picture fallback written as escaped markup reads as text to a parser; it is a
    picture, and a raw tag in a stored body is a defect whatever the length of its attributes."""
    srcset = ", ".join(f"/img/tram-{w}.jpg {w}w" for w in range(100, 4100, 25))
    fallback = f'<noscript>&lt;img src="/img/tram.jpg" srcset="{srcset}" alt="The new tram"&gt;</noscript>'
    art = extract(page(article_markup().replace("</p>", "</p>" + fallback, 1), NEWS_LD))
    assert "<img" not in art.body and "tram-100.jpg" not in art.body and "markup-in-text" not in art.warnings
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_a_class_naming_what_an_element_lacks_marks_no_furniture() -> None:
    """ "no_caption" says the item has no caption: its paragraph is text."""
    lead = (
        "The tram network will grow by a third before the end of the decade, the council's transport "
        "committee said in its annual report."
    )
    item = f'<div class="list_item item_image no_caption"><p>{lead}</p></div>'
    art = extract(
        page(article_markup().replace('<div class="article-body">', f'<div class="article-body">{item}'), NEWS_LD)
    )
    assert art.body.startswith(lead)


def test_notes_closing_the_text_in_a_markup_of_their_own_are_not_body() -> None:
    closing = (
        '<div class="note-box">Our reporters write every story themselves, without machine help, '
        "for readers who want to know.</div>"
        '<p class="feedback-line">Your opinion matters to us. Send your thoughts on this article to our desk.</p>'
    )
    art = extract(page(article_markup(extra_inside=closing), NEWS_LD))
    assert "machine help" not in art.body and "Your opinion" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_text_closing_in_its_own_paragraphs_code_or_table_is_kept() -> None:
    closing = (
        "<p>The council meets again in June.</p>"
        "<pre>tram --route north --stops 14</pre>"
        "<table><tr><td>Line 4 runs every ten minutes, see the <a href='/timetable'>timetable</a>.</td></tr></table>"
    )
    art = extract(page(article_markup(extra_inside=closing), NEWS_LD))
    assert art.body.endswith(
        "The council meets again in June.\n\ntram --route north --stops 14\n\n"
        "Line 4 runs every ten minutes, see the timetable."
    )


def test_closing_paragraph_with_a_modifier_of_the_text_class_is_kept() -> None:
    paragraphs = "".join(f'<p class="graf">{p}</p>' for p in PARAGRAPHS)
    last = '<p class="graf graf--last">The mayor called the vote a turning point for the whole city.</p>'
    art = extract(page(f"<main><article><h1>Council approves tram expansion</h1>{paragraphs}{last}</article></main>"))
    assert art.body.endswith("a turning point for the whole city.")


def test_post_whose_topic_classes_name_comments_keeps_its_text() -> None:
    """WordPress writes a post's categories and tags into its classes ("category-comentarios"); where
    the h1 is the site's logo, the heading that carries the page's title marks the post, and a
    comment word among its topics does not make it a comment section. The readers' comments below
    still stay out."""
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    comment = "I have waited for this line for years and I am glad the council finally found the money."
    thread = f'<ol class="commentlist"><li class="comment"><cite>Ann</cite><p>{comment}</p></li></ol>'
    html = page(
        '<header><h1 class="logo">City Times</h1></header>'
        '<section id="content" class="post type-post category-politics tag-tram internet-comentarios">'
        f'<h2 class="entry-title">Council approves tram expansion</h2><div class="entry">{story}</div></section>'
        f'<section id="comments">{thread}</section>',
        head='<meta property="og:title" content="Council approves tram expansion">',
    )
    article = extract(html)
    assert article.title == "Council approves tram expansion"
    assert all(p in article.body for p in PARAGRAPHS)
    assert comment not in article.body


def test_carousel_of_story_cards_in_a_listbox_is_not_body() -> None:
    """A carousel built as an ARIA listbox of options (one card per other story: its headline and
    summary) is a control the reader turns, whatever its classes say; the story's paragraphs stay."""
    cards = [
        "Changes in the climate and fungicide overuse have driven a rise in fungi that infect people.",
        "A study of sleeping spiders suggests that they may dream, as the eyes move under their lids.",
    ]
    options = "".join(
        f'<div role="option"><a href="/story/{n}">Other story {n}</a><p>{c}</p></div>' for n, c in enumerate(cards)
    )
    assert_story_only(extract(story_page(f'<div role="listbox">{options}</div>')), cards)


def test_php_diagnostics_printed_into_the_page_are_not_body() -> None:
    """A misconfigured server prints PHP warnings before and inside the markup; they are machine
    output, not the story, in any of their forms."""
    warnings = [
        "Warning: session_start(): open(/tmp/sess_b5910b, O_RDWR) failed: Disk quota exceeded (122) in "
        "/home/site/public_html/wp-content/plugins/lib/class-thelib.php on line 145",
        "Strict Standards: Non-static method Plugin::check_request() should not be called statically in "
        "/www/htdocs/wp-content/themes/tma/footer.php on line 1500",
    ]
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page(
        f"<b>{warnings[0]}</b><article><h1>Council approves tram expansion</h1>{story}<p>{warnings[1]}</p></article>"
    )
    article = extract(html)
    assert all(p in article.body for p in PARAGRAPHS)
    assert "php" not in article.body


def test_byline_with_its_date_on_one_line_is_not_body() -> None:
    """A credit line is a byline and a date with at most a time after it, in any arrangement; a
    sentence that opens with "By" and names a date is text."""
    sentence = "By the end of December 14, 2027, the first trams will run between the harbour and the university."
    for credit in (
        "By Kathy Wise Published in FrontBurner December 14, 2016 2:24 pm",
        "By Giovanni Gaggero | 12/10/2020",
        "Von Max Muster | 3. Mai 2024, 14:05 Uhr",
    ):
        story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        html = page(
            f"<article><h1>Council approves tram expansion</h1><div>{credit}</div>{story}<p>{sentence}</p></article>"
        )
        body = extract(html).body
        assert credit not in body, credit
        assert sentence in body and all(p in body for p in PARAGRAPHS)


def test_heading_that_nothing_follows_is_not_body_a_pull_quote_set_as_one_is() -> None:
    # The heading of a "more articles" box whose items are left out: a long heading, so prose by
    # length, yet it introduces nothing that is text.
    related = (
        '<h3 class="x9f2">Readers of this article were also interested in the following stories</h3>'
        '<ul><li><a href="/2024/05/01/bus-lanes">Bus lanes</a></li><li><a href="/2024/04/29/parking">Parking</a></li></ul>'
    )
    assert_story_only(extract(story_page(related)), ["also interested"])
    quote = "<h4>The tram will reach the harbour long before the new bridge is finished, the mayor said.</h4>"
    assert "long before the new bridge" in extract(story_page(quote)).body


def test_short_lines_above_the_headline_are_not_body_a_lead_set_above_it_is() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    banner = (
        '<div class="edition"><p>City Times is also available in Spanish today.</p>'
        "<div><p>Don't show this again</p></div></div>"
    )
    above = f"<main><article>{banner}<h1>Council approves tram expansion</h1>{paragraphs}</article></main>"
    art = extract(page(above, NEWS_LD))
    assert "available in Spanish" not in art.body and "show this again" not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)

    lead = (
        "<p>After three years of debate, the council has settled the future of the city's transport: "
        "the tram will reach the northern districts, the university and the new housing estates by the "
        "end of the decade, and the bus lines that serve them today will be cut back once it does.</p>"
        "<p>What the vote decided, what it costs and when the first trams run: the answers below.</p>"
    )
    lead_first = f"<main><article>{lead}<h1>Council approves tram expansion</h1>{paragraphs}</article></main>"
    assert "settled the future" in extract(page(lead_first, NEWS_LD)).body


def test_heading_linked_to_itself_is_body_a_heading_linked_elsewhere_is_not() -> None:
    sections = (
        '<h3 id="costs"><a class="anchor" href="#costs">What the extension costs</a></h3>'
        "<p>The council puts the cost of the twelve kilometres at 240 million euros, two thirds of it "
        "paid by the state under its programme for urban transport.</p>"
        '<h3><a href="/2024/05/bus-lines-cut">Bus lines to be cut next year</a></h3>'
        "<p>The transport department will publish the new bus network together with the timetable for "
        "the works, once the first section of the tram line has been tendered.</p>"
    )
    art = extract(page(article_markup(extra_inside=sections), NEWS_LD))
    assert "What the extension costs" in art.body.split("\n\n")
    assert "Bus lines to be cut" not in art.body


def test_story_in_a_declarative_shadow_root_is_body_an_inert_template_is_not() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    inert = (
        '<template id="card"><p>Template text for a card that a script fills in and shows later, '
        "never read by anyone as it stands.</p></template>"
    )
    shadow = (
        '<main><story-body><template shadowrootmode="open"><article><h1>Council approves tram expansion</h1>'
        f"{paragraphs}</article></template></story-body>{inert}</main>"
    )
    art = extract(page(shadow, NEWS_LD))
    assert art.body == "\n\n".join(PARAGRAPHS)
    assert "Template text" not in art.body
