"""Pages whose class names say nothing (hashed CSS-in-JS names): the body still ends where the story
does, without the rules that read "comments" or "related" in a class."""

from __future__ import annotations

from tests.extraction.article_helpers import PARAGRAPHS, assert_story_only, extract, page, story_page

COMMENTS = [
    "I have been waiting for this line for years, and I am glad the council finally found the money for it.",
    "The cost estimate in the third paragraph looks far too low to me, given what the last extension cost.",
    "Will the trams run at night as well? The article does not say anything about the timetable after ten.",
]


def _opaque_page(opener: str, comments: list[str] = COMMENTS) -> bytes:
    story = "".join(f'<p class="css-1k2jcpe">{p}</p>' for p in PARAGRAPHS)
    thread = "".join(
        f'<div class="css-q81x0a"><span class="css-9j2kd1">Reader {n}</span>'
        f'<span class="css-0mf3ad">3 May 2024</span><p class="css-1k2jcpe">{text}</p></div>'
        for n, text in enumerate(comments, start=1)
    )
    return page(
        '<div class="sc-bdVaJa"><div class="css-7hd2kz"><h1 class="css-aa01x2">Council approves tram expansion</h1>'
        f'{story}</div><div class="css-5b1fe3"><h3 class="css-u1x9a0">{opener}</h3>{thread}</div></div>'
    )


def test_counted_comment_heading_ends_the_body() -> None:
    article = extract(_opaque_page("3 thoughts on “Council approves tram expansion”"))
    assert article.title == "Council approves tram expansion"
    assert all(p in article.body for p in PARAGRAPHS)
    assert not any(c in article.body for c in COMMENTS)


def test_comment_count_after_its_noun_or_before_a_link_arrow_ends_the_body() -> None:
    for opener in ("9 Comments »", "Comments (9)", "Kommentare: 9"):
        article = extract(_opaque_page(opener, COMMENTS * 3))  # more text than the story
        assert all(p in article.body for p in PARAGRAPHS)
        assert not any(c in article.body for c in COMMENTS), opener


def test_invitation_to_comment_ends_the_body_before_a_long_thread() -> None:
    article = extract(_opaque_page("Leave a Reply", COMMENTS * 3))  # more text than the story
    assert all(p in article.body for p in PARAGRAPHS)
    assert not any(c in article.body for c in COMMENTS)


def test_a_sentence_about_a_reply_is_story_text() -> None:
    reply = "A reply to critics of the plan was published by the council on Monday, with new cost figures."
    story = "".join(f'<p class="css-1k2jcpe">{p}</p>' for p in [*PARAGRAPHS[:2], reply, *PARAGRAPHS[2:]])
    article = extract(page(f'<div class="css-7hd2kz"><h1>Council approves tram expansion</h1>{story}</div>'))
    assert reply in article.body and PARAGRAPHS[-1] in article.body


def test_byline_linked_to_the_writers_page_names_the_author() -> None:
    story = "".join(f'<p class="css-1k2jcpe">{p}</p>' for p in PARAGRAPHS)
    article = extract(
        page(
            '<div class="css-7hd2kz"><h1 class="css-aa01x2">Council approves tram expansion</h1>'
            '<div class="css-1wkce1i"><span class="css-0mf3ad">3 May 2024</span>'
            '<a class="css-9j2kd1" href="/author/jane-doe">Jane Doe</a></div>'
            f"{story}</div>"
        )
    )
    assert article.authors == ["Jane Doe"]


def test_comments_with_reply_links_are_not_body_text() -> None:
    story = "".join(f'<p class="css-1k2jcpe">{p}</p>' for p in PARAGRAPHS)
    thread = "".join(
        f'<div class="css-q81x0a"><span class="css-9j2kd1">Reader {n}</span><p class="css-1k2jcpe">{text}</p>'
        f'<a class="css-r3p1y0" href="?replytocom={n}#respond">Reply</a></div>'
        for n, text in enumerate(COMMENTS * 2, start=1)
    )
    article = extract(
        page(
            f'<div class="css-7hd2kz"><h1>Council approves tram expansion</h1>{story}<div class="css-x">{thread}</div></div>'
        )
    )
    assert all(p in article.body for p in PARAGRAPHS)
    assert not any(c in article.body for c in COMMENTS)


def test_modal_consent_overlay_is_not_body_text() -> None:
    """A consent manager's preference centre is a modal overlay (`aria-modal="true"`), whatever role
    it claims: its paragraphs about cookies stay out of the story, even where no class names it."""
    consent = [
        "These cookies are necessary for the website to function and cannot be switched off in our systems.",
        "These cookies allow us to count visits and traffic sources so we can measure and improve our site.",
    ]
    settings = "".join(
        f'<h4 class="css-h4x0">Setting {n}</h4><p class="css-1k2jcpe">{t}</p>' for n, t in enumerate(consent)
    )
    for marks in ('role="region" aria-modal="true"', 'role="alertdialog"'):
        overlay = f'<div class="css-0a1b2c" {marks} aria-label="Preference centre">{settings}</div>'
        assert_story_only(extract(story_page(overlay, "css-1k2jcpe")), consent)
