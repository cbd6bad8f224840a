"""Whether a page is an article: what it declares, how much prose it holds, what its URL says."""

from __future__ import annotations

from tests.extraction.article_helpers import PARAGRAPHS, extract, jsonld, page

OG_ARTICLE = '<meta property="og:type" content="article">'
OG_WEBSITE = '<meta property="og:type" content="website">'


def _story(paragraphs: list[str]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<main><article><h1>Council approves tram expansion</h1>{text}</article></main>"


def test_wordpress_post_on_the_root_path_with_an_id_query_is_not_the_front_page() -> None:
    html = page(_story(PARAGRAPHS * 2))
    assert extract(html, url="https://blog.example.com/?p=5031").is_article
    assert not extract(html, url="https://blog.example.com/").is_article
    assert not extract(html, url="https://blog.example.com/?utm_source=feed").is_article  # tracking only


def test_a_two_letter_path_is_a_front_page_only_in_the_language_the_page_declares() -> None:
    html = page(_story(PARAGRAPHS * 2), lang="en")
    assert not extract(html, url="https://news.example.com/en").is_article  # the English front page
    assert not extract(html, url="https://news.example.com/en-gb/").is_article
    # a short path that only looks like a locale: an article lives there
    assert extract(html, url="https://news.example.com/cl-te").is_article
    assert extract(html, url="https://news.example.com/gz").is_article
    assert extract(page(_story(PARAGRAPHS * 2), lang="de"), url="https://news.example.com/en").is_article


def test_short_news_brief_that_declares_itself_an_article_is_one() -> None:
    brief = PARAGRAPHS[0]  # one sentence of about 170 characters
    assert extract(page(_story([brief]), OG_ARTICLE)).is_article
    assert not extract(page(_story([brief[:120]]), OG_ARTICLE)).is_article


def test_short_undeclared_post_counts_when_its_url_carries_its_date() -> None:
    html = page(_story(PARAGRAPHS[:2]))  # about 350 characters, no declaration
    assert extract(html, url="https://blog.example.com/2019/10/21/tram-vote/").is_article
    assert not extract(html, url="https://blog.example.com/tram-vote/").is_article


def test_website_declared_page_with_a_whole_story_and_few_links_is_an_article() -> None:
    story = page(_story(PARAGRAPHS * 2), OG_WEBSITE)  # about 1400 characters
    assert extract(story, url="https://www.example.org/news/tram-vote").is_article
    teaser = page(_story(PARAGRAPHS[:2]), OG_WEBSITE)
    assert not extract(teaser, url="https://www.example.org/news/tram-vote").is_article


def test_howto_rendered_by_script_is_read_from_its_declared_steps() -> None:
    steps = [{"@type": "HowToStep", "itemListElement": {"@type": "HowToDirection", "text": p}} for p in PARAGRAPHS]
    howto = {
        "@context": "https://schema.org",
        "@type": "HowTo",
        "name": "Tram",
        "description": "How it works.",
        "step": steps,
    }
    links = "".join(f'<a href="/diy/{i}">Project {i}</a>' for i in range(20))
    art = extract(page(f'<div id="app" data-props="{{}}"></div><nav>{links}</nav>', jsonld(howto)))
    assert art.body.split("\n\n") == ["How it works.", *PARAGRAPHS]
    assert art.is_article and "body-from-jsonld" in art.warnings


def test_whole_story_in_the_markup_is_kept_over_a_declared_body_with_boxes_and_transcripts() -> None:
    story = PARAGRAPHS * 5  # about 3500 characters the page shows
    transcript = [f"'My Government will build tram line {i} and publish its timetable this year.'" for i in range(80)]
    declared = "\n".join(story + transcript)
    ld = jsonld({"@type": "NewsArticle", "headline": "Council approves tram expansion", "articleBody": declared})
    art = extract(page(_story(story), ld))
    assert "body-from-jsonld" not in art.warnings
    assert "tram line 7" not in art.body and art.body.startswith(PARAGRAPHS[0])


def _story_with_related_links(links: int) -> str:
    """A post whose element also holds a long paragraph of links to older posts (more link text
    than story), the way many blog themes print "related articles" inside the post."""
    related = "".join(
        f'<b><a href="/news/older-story-{n}">Older story number {n} about the tram line and its long-awaited'
        f" extension across the estuary</a></b><br>"
        for n in range(links)
    )
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2)
    return f"<main><article><h1>Council approves tram expansion</h1>{text}<p>{related}</p></article></main>"


def test_declared_article_stays_one_beside_a_related_list_longer_than_its_story() -> None:
    url = "https://news.example.com/news/tram-vote"
    assert extract(page(_story_with_related_links(20), OG_ARTICLE), url=url).is_article
    # the same page declaring nothing is judged by its links: mostly links, a listing
    assert not extract(page(_story_with_related_links(20)), url=url).is_article


def test_story_is_read_whole_beside_a_related_list_inside_its_element() -> None:
    body = extract(page(_story_with_related_links(20), OG_ARTICLE)).body
    assert all(p in body for p in PARAGRAPHS)
    assert "Older story number" not in body
