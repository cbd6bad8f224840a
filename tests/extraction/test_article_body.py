"""Main text: what belongs to the article and what does not; is_article."""

from __future__ import annotations

import pytest

from tests.extraction.article_helpers import PARAGRAPHS, article_markup, extract, jsonld, page

NEWS_LD = jsonld({"@type": "NewsArticle", "headline": "Council approves tram expansion"})


def test_body_is_the_paragraphs_separated_by_one_blank_line() -> None:
    art = extract(page(article_markup(), NEWS_LD))
    assert art.body == "\n\n".join(PARAGRAPHS)
    assert "Home" not in art.body and "©" not in art.body


def test_subheadings_kept_title_dropped() -> None:
    inside = "<h2>What happens next</h2><p>" + PARAGRAPHS[0].replace("council", "mayor") + "</p>"
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "\n\nWhat happens next\n\n" in art.body
    assert not art.body.startswith("Council approves tram expansion")


def test_caption_goes_to_image_once_not_body() -> None:
    figure = (
        '<figure><img src="/img/tram.jpg" alt="tram">'
        "<figcaption>A tram in the city centre A tram in the city centre</figcaption></figure>"
    )
    art = extract(page(article_markup(extra_inside=figure), NEWS_LD))
    assert "A tram in the city centre" not in art.body
    assert art.images[0].url == "https://news.example.com/img/tram.jpg"
    assert art.images[0].caption == "A tram in the city centre"


def test_teasers_share_newsletter_and_comments_do_not_leak() -> None:
    inside = (
        '<div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a></div>'
        '<div class="newsletter-box"><p>Sign up for our daily newsletter and never miss a story '
        "from the city.</p></div>"
        '<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Bus fares to rise next year '
        "as operators face higher costs</a></li></ul></aside>"
        "<p>Read more</p><p>Advertisement</p>"
    )
    after = (
        '<section id="comments" class="comments-area"><h2>3 Comments</h2><ol class="comment-list">'
        '<li class="comment"><p class="comment-author">Karl</p>'
        "<p>I have waited twenty years for this tram line "
        "and I still do not believe it will be finished on time.</p></li></ol></section>"
    )
    art = extract(page(article_markup(extra_inside=inside, extra_after=after), NEWS_LD))
    for junk in (
        "newsletter",
        "Bus fares",
        "twenty years",
        "Read more",
        "Advertisement",
        "Share",
        "Comments",
    ):
        assert junk not in art.body
    assert PARAGRAPHS[-1] in art.body


def test_nested_layout_with_sidebar_and_link_lists() -> None:
    sidebar = "".join(
        f'<li><a href="/s{i}">Another headline about something else number {i}</a></li>' for i in range(30)
    )
    body = (
        '<div class="layout"><div class="col-main"><div class="wrap"><div class="inner">'
        + "".join(f"<div><p>{p}</p></div>" for p in PARAGRAPHS)
        + f'</div></div></div><div class="col-side"><ul>{sidebar}</ul></div></div>'
    )
    art = extract(page("<h1>Council approves tram expansion</h1>" + body, NEWS_LD))
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_arenaev_like_page() -> None:
    caption = "Twingo is making a comeback under Ampere alliance"
    body = (
        "<article><h1>Nissan and Mitsubishi confirm investment in Renault's Ampere EV unit</h1>"
        '<div class="article-info"><span class="author">Max McDee</span>, <time>07 December 2023</time></div>'
        f'<div class="article-text"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>'
        f'<div class="image-wrap"><img src="/t.jpg" alt="{caption}"><span>{caption}</span></div>'
        f"<p>{caption} {caption}</p><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></div>"
        '<div class="units-note"><p>This article contains localized units and prices. Change settings.</p>'
        "<p>Your choice</p></div>"
        '<div class="user-comments"><h3>Reader comments</h3>'
        "<p>Nothing yet. Be the first to comment.</p></div>"
        '</article><div class="popular"><h3>Popular models</h3><ul><li><a href="/m">Model</a></li></ul></div>'
    )
    art = extract(page(body, NEWS_LD, title="Nissan and Mitsubishi confirm investment"))
    for junk in (
        caption,
        "localized units",
        "Your choice",
        "Reader comments",
        "Be the first",
        "Popular models",
    ):
        assert junk not in art.body, junk
    assert art.body == "\n\n".join(PARAGRAPHS)
    assert art.authors == ["Max McDee"]
    assert art.published == "2023-12-07"


def test_article_body_from_jsonld_when_markup_is_empty() -> None:
    ld = jsonld({"@type": "NewsArticle", "headline": "T", "articleBody": "\n".join(PARAGRAPHS)})
    art = extract(page('<div id="app"></div>', ld))
    assert art.body == "\n\n".join(PARAGRAPHS)
    assert "body-from-jsonld" in art.warnings


def test_is_article_true_for_article_page() -> None:
    assert extract(page(article_markup(), NEWS_LD)).is_article
    assert extract(page(article_markup())).is_article  # no declaration: text density decides


def test_is_article_false_for_home_tag_about_pages() -> None:
    teasers = "".join(
        f'<div class="teaser"><h2><a href="/story{i}">Headline number {i} about the city</a></h2>'
        f"<p>A short teaser text for story {i}.</p></div>"
        for i in range(25)
    )
    home = page(teasers, '<meta property="og:type" content="website">', title="City Times")
    assert not extract(home, url="https://news.example.com/").is_article
    assert not extract(home, url="https://news.example.com/tag/transport/").is_article
    about = page("<h1>About us</h1><p>City Times is the local newspaper of the city since 1901.</p>")
    assert not extract(about, url="https://news.example.com/about/").is_article


def test_video_teaser_page_is_not_article() -> None:
    html = page(
        '<h1>Watch: tram test run</h1><div class="video-player"></div><p>Our video shows the first test run.</p>',
        '<meta property="og:type" content="video.other">',
    )
    assert not extract(html, url="https://news.example.com/video/tram-test").is_article


def test_line_break_before_any_text() -> None:
    html = page("<div><br><br>" + "<br>".join(PARAGRAPHS) + "</div>", NEWS_LD)
    assert PARAGRAPHS[1] in extract(html).body


def test_comment_thread_without_class_names_is_cut() -> None:
    after = (
        "<p>#1 von Tobias 29.12.2010 - 22:40</p><p>Great article, I will definitely come to the opening "
        "of the new tram line next year.</p>"
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    body = f"<h1>Council approves tram expansion</h1><div>{paragraphs}{after}</div>"
    art = extract(page(body, NEWS_LD))
    assert "Great article" not in art.body and PARAGRAPHS[-1] in art.body


def test_affiliate_disclaimer_and_reading_time_dropped() -> None:
    inside = "<p>Anzeige, enthält Affiliate Links</p><p>3 min read</p><p>Stand: 22.04.2024, 06:00 Uhr</p>"
    art = extract(page(article_markup(byline=inside), NEWS_LD))
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_standfirst_above_the_container_is_kept_first() -> None:
    lead = "The tram network grows by twelve kilometres after three years of debate in the council."
    body = (
        f'<h1>Council approves tram expansion</h1><p class="article-lead">{lead}</p>'
        '<div class="share"><a href="#">Share</a><a href="#">Mail</a></div>'
        f'<div class="article-body">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>'
    )
    art = extract(page(body, NEWS_LD + f'<meta property="og:description" content="{lead}">'))
    assert art.body.startswith(lead + "\n\n")
    assert art.lead == lead


def test_short_dialogue_lines_after_the_prose_are_kept() -> None:
    # A lone paragraph is not the article: its short neighbours ending like sentences belong to it.
    post = (
        '<div id="content"><div class="post"><h2 class="posttitle"><a href="/p/1">A quiet evening</a></h2>'
        "<p>„I know I had too much to drink and maybe should not say this, but here it is…“</p>"
        "<p>– „Then don’t.“</p><p>– „Ok.“</p></div></div>"
        '<div class="likes">12 bloggers like this:</div>'
    )
    art = extract(page(post, title="A quiet evening"))
    assert "– „Then don’t.“" in art.body and art.body.endswith("– „Ok.“")


def test_page_without_prose_keeps_short_sentences_and_headings() -> None:
    post = (
        '<article><h1>Film swap April</h1><div class="entry-content"><h3>Places</h3><p>Anna: Japan.</p>'
        "<p>Tom: Germany.</p><h3>Film</h3><p>Fuji X-TRA 400.</p></div></article>"
    )
    art = extract(page(post, title="Film swap April"))
    for text in ("Places", "Anna: Japan.", "Fuji X-TRA 400."):
        assert text in art.body


def test_author_box_disclaimer_rating_and_donation_boxes_are_dropped() -> None:
    inside = (
        '<div class="post-author__bio"><p>Jane Doe has covered city politics for the City Times since 2011 '
        "and writes about transport.</p></div>"
        '<p class="aawp-disclaimer">We earn a commission on purchases made through the links in this '
        "article, at no extra cost to you.</p>"
        '<span class="post-ratings">(No ratings yet)</span>'
        '<div class="article-donation-CTA"><p>We rely on your support to make local news available to all '
        "readers. Please give today.</p></div>"
    )
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    for junk in ("covered city politics", "commission", "ratings", "your support"):
        assert junk not in art.body
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_short_unlinked_list_items_are_kept() -> None:
    items = "<h2>Ingredients</h2><ul><li>350 g sugar</li><li>500 ml milk</li><li>Salt</li><li>5 eggs</li></ul>"
    text = f"<p>{PARAGRAPHS[0]}</p>{items}<h2>Method</h2><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    art = extract(page(f"<main><article><h1>Council approves tram expansion</h1>{text}</article></main>", NEWS_LD))
    for item in ("350 g sugar", "500 ml milk", "5 eggs"):
        assert item in art.body


def test_noscript_fallback_holding_the_article_is_read() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    body = (
        '<div class="post"><h2 class="title">Council approves tram expansion</h2>'
        f'<div class="post-body"><script type="text/template">{paragraphs}</script>'
        f"<noscript>{paragraphs}</noscript></div></div>"
        "<noscript><p>Please enable JavaScript.</p></noscript>"
    )
    art = extract(page(body))
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_consent_manager_with_long_policy_text_is_dropped() -> None:
    policy = "".join(
        f"<p>{p.replace('council', 'site').replace('tram', 'cookie')} We use cookies for this.</p>" for p in PARAGRAPHS
    )
    after = f'<div id="onetrust-consent-sdk"><h2>Your privacy choices</h2>{policy}</div>'
    art = extract(page(article_markup() + after, NEWS_LD))
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_article_tag_named_as_furniture_is_not_protected() -> None:
    modal = (
        '<article class="login-modal"><h2>Sign in to City Times</h2><p>Your password must be at least eight '
        "characters long and contain a number.</p><p>Forgot your password? We will send you a link.</p></article>"
    )
    art = extract(page(article_markup(extra_inside=modal), NEWS_LD))
    assert "password" not in art.body


def test_standfirst_kept_when_the_declared_body_replaces_the_markup() -> None:
    lead = "A blanket of snow on the solar panels costs more than yield: the weight strains the modules."
    declared = " ".join(PARAGRAPHS * 3)
    ld = jsonld({"@type": "NewsArticle", "headline": "Council approves tram expansion", "articleBody": declared})
    markup = (
        f'<main><article><h1>Council approves tram expansion</h1><p class="lead">{lead}</p>'
        f"<p>{PARAGRAPHS[0]}</p></article></main>"
    )
    art = extract(page(markup, ld))
    assert art.body.startswith(lead)
    assert PARAGRAPHS[3] in art.body


def test_related_posts_with_long_excerpts_are_dropped() -> None:
    excerpt = "An excerpt of another story that runs long enough to look like a paragraph of real text, at least."
    items = "".join(f'<li><a href="/s/{n}">Other story {n}</a><p>{excerpt}</p></li>' for n in range(4))
    inside = f'<ul class="related_post wp_rp">{items}</ul>'
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "excerpt" not in art.body
    # A script hook that merely mentions "related" marks nothing.
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    hooked = f'<div><h1>Council approves tram expansion</h1><section class="js-truncate-related-to-my-size">{paragraphs}</section></div>'
    art = extract(page(hooked, NEWS_LD))
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_post_metadata_and_call_to_action_boxes_are_dropped() -> None:
    inside = (
        '<div class="entry-utility">This entry was posted in Politics and tagged tram, council. '
        "Bookmark the permalink.</div>"
        '<section class="c-letters-cta"><p>We want to hear what you think about this article. Submit a letter '
        "to the editor.</p></section>"
        '<div class="news-letter-section"><p>Every Friday we send you the week in the city, free.</p></div>'
    )
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_captions_left_in_the_text_are_dropped() -> None:
    captions = [
        "Marco Odermatt, ski star from Switzerland. © AFP / MARCO BERTORELLO",
        "Golf on TV: the broadcast times at a glance. (Foto: Getty)",
        "Abbildung 4: classic weak layer in the snowpack.",
    ]
    inside = "".join(f"<p>{c}</p>" for c in captions) + f"<p>{PARAGRAPHS[0].replace('council', 'board')}</p>"
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    for caption in captions:
        assert caption not in art.body
    # A label that only names a source is text ("Primary Funding Source:" heads a section).
    inside = f"<p>Primary Funding Source:</p><p>{PARAGRAPHS[0].replace('council', 'board')}</p>"
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    assert "Primary Funding Source:" in art.body


def test_section_labels_opening_the_furniture_end_the_text() -> None:
    for label in ("Weitere Informationen:", "Kontakt:", "Quellenangaben:", "Das Thema könnte dich auch interessieren:"):
        after = f"<h3>{label}</h3><p>Press office, Town Hall, 10115 Berlin, phone 030 1234567, press@example.org.</p>"
        art = extract(page(article_markup(extra_inside=after), NEWS_LD))
        assert art.body == "\n\n".join(PARAGRAPHS), label


def test_calls_to_action_in_the_text_are_dropped_but_news_about_apps_stays() -> None:
    promos = [
        "Never miss the latest news by signing up to our newsletter today!",
        "Follow The City Times on Twitter and Instagram for the latest updates.",
        "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.",
        "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.",
    ]
    news = [
        "More than two million people follow him on Twitter, where he announced the tram plan first.",
        "Customers who subscribe to the premium tier of the app will pay two euros more from June.",
    ]
    inside = "".join(f"<p>{t}</p>" for t in promos + news) + f"<p>{PARAGRAPHS[0].replace('council', 'board')}</p>"
    art = extract(page(article_markup(extra_inside=inside), NEWS_LD))
    for promo in promos:
        assert promo not in art.body
    for sentence in news:
        assert sentence in art.body


@pytest.mark.parametrize("article_tag", ["article", "div"])
def test_site_banner_tagline_stays_out_of_the_body(article_tag: str) -> None:
    banner = (
        '<header class="site-header"><a class="logo" href="/">City Times</a>'
        '<p class="tagline">News for the city and the hills around it</p><nav><a href="/">Home</a></nav></header>'
    )
    story = (
        f'<div class="layout"><main><{article_tag} class="post"><header class="article-header">'
        '<h1 class="headline">Council approves tram expansion</h1></header>'
        f'<div class="text">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div></{article_tag}></main>'
        '<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/x">Other story</a></li></ul></aside></div>'
    )
    art = extract(page(banner + story))
    assert "News for the city" not in art.body
    assert art.body.startswith(PARAGRAPHS[0])


def test_a_page_header_holding_the_headline_and_lead_is_kept() -> None:
    lead = "The vote ends three years of debate over the route, the cost and the trees along the river."
    markup = (
        f"<header><h1>Council approves tram expansion</h1><p class='standfirst'>{lead}</p></header>"
        f"<div class='article-body'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div>"
    )
    art = extract(page(markup))
    assert art.body.startswith(lead)
