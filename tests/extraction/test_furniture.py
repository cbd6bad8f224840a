"""The last step of extraction: plain text, doubled captions, banners, furniture tails."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from autocrawl.extraction.article.extract import extract_article
from autocrawl.extraction.article.furniture import clean_body, repeated_unit
from autocrawl.extraction.common.plaintext import normalize_line, normalize_text

SEED = next(
    (
        p / "shared" / "seeds" / "000_a227b9d1d9ba7b0a.txt"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "seeds").is_dir()
    ),
    Path("000_a227b9d1d9ba7b0a.txt"),
)


def test_normalize_text_unicode_whitespace_invisibles() -> None:
    raw = "Cafe\u0301\u00a0au  lait\u200b\r\n\r\n\r\n\tsecond\u00adline \x07"
    assert normalize_text(raw, invisible=False) == "Café au lait\n\nsecondline"
    assert normalize_text(raw) == "Café au lait\u200b\n\nsecond\u00adline"  # a body keeps format characters
    assert normalize_line("  A \n B ") == "A B"


def test_normalize_text_collapses_every_kind_of_space_and_keeps_line_separators() -> None:
    """Each Unicode space between two words becomes one space; the control characters that Python
    also counts as whitespace are dropped; U+2028/U+2029 stay inside the text as a writer put them."""
    spaces = "\t\u00a0\u1680\u2000\u2005\u200a\u202f\u205f\u3000"
    for space in spaces:
        assert normalize_text(f" a{space} {space}b{space}\n{space}c ") == "a b\nc"
    assert normalize_text("a\x0b\x0c\x1c\x1d\x1e\x1f\x85b") == "ab"  # controls, not spaces
    assert normalize_text("a \u2028 b\u00a0 c") == "a \u2028 b c"
    assert normalize_text("a \u2029b\n\n\n c") == "a \u2029b\n\nc"


def test_repeated_unit() -> None:
    assert repeated_unit("All-new Nissan Micra All-new Nissan Micra") == "All-new Nissan Micra"
    assert repeated_unit("a b c a b c a b c") == "a b c"
    assert repeated_unit("New New") is None  # one word repeated is not a caption
    assert repeated_unit("The sun rose. The sun set.") is None


def test_seed_page_keeps_paragraphs_and_nothing_else() -> None:
    if not SEED.is_file():
        pytest.skip(f"seed page not found at {SEED}")
    raw = SEED.read_text(encoding="utf-8")
    title = raw.splitlines()[0]
    result = clean_body(raw, title=title, authors=["Max McDee"])
    body = result.body
    for phrase in (
        "localized units",
        "Change settings",
        "Your choice",
        "Reader comments",
        "Be the first to comment",
        "Popular models",
        "Max McDee",
        title,
    ):
        assert phrase not in body, phrase
    assert "Twingo is making a comeback" not in body
    assert result.captions == [
        "Twingo is making a comeback under Ampere alliance",
        "All-new Nissan Micra",
        "New Renault 5 and new Nissan Micra will be closely related",
    ]
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 7
    assert paragraphs[0].startswith("Long-standing partners Nissan and Mitsubishi")
    assert paragraphs[-1].startswith("US chipmaker Qualcomm")


def test_known_captions_leave_the_body_and_are_not_repeated() -> None:
    body = "First paragraph of the story.\n\nA ferry at dawn\n\nSecond paragraph."
    result = clean_body(body, known_captions=["A ferry at dawn"])
    assert result.body == "First paragraph of the story.\n\nSecond paragraph."
    assert result.captions == []


def test_long_paragraphs_that_mention_comments_are_kept() -> None:
    body = (
        "Readers sent comments about the plan.\n\nComments\n\n"
        "The council said it would read every comment before the vote in March, and publish a summary."
    )
    assert "publish a summary" in clean_body(body).body


def _seed_page(raw: str) -> bytes:
    """The seed scrape as the page it came from: the headline, then each block a paragraph, and
    an image (without alt text) before each caption that the scrape printed twice."""
    blocks = [b.strip() for b in raw.split("\n\n") if b.strip()]
    markup = [f"<h1>{html.escape(blocks[0])}</h1>"]
    for n, block in enumerate(blocks[1:]):
        if repeated_unit(" ".join(block.split())):
            markup.append(f'<img src="/img/{n}.jpg" width="800" height="450">')
        markup.append(f"<p>{html.escape(block)}</p>")
    return (
        f"<html><head><title>{html.escape(blocks[0])}</title></head><body><main><article>"
        f"{''.join(markup)}</article></main></body></html>"
    ).encode()


def test_seed_page_extracts_to_paragraphs_and_one_image_record_per_caption() -> None:
    if not SEED.is_file():
        pytest.skip(f"seed page not found at {SEED}")
    raw = SEED.read_text(encoding="utf-8")
    art = extract_article(_seed_page(raw), "https://www.arenaev.com/nissan_mitsubishi_ampere-news-2707.php")
    paragraphs = art.body.split("\n\n")
    assert paragraphs[0].startswith("Long-standing partners Nissan and Mitsubishi")
    assert paragraphs[-1].startswith("US chipmaker Qualcomm")
    assert len(paragraphs) == 7
    for phrase in ("localized units", "Reader comments", "Be the first to comment", "Popular models", "Max McDee"):
        assert phrase not in art.body, phrase
    captions = [image.caption for image in art.images if image.caption]
    assert captions == [
        "Twingo is making a comeback under Ampere alliance",
        "All-new Nissan Micra",
        "New Renault 5 and new Nissan Micra will be closely related",
    ]
    assert all(image.url and image.url.startswith("https://www.arenaev.com/img/") for image in art.images)
    assert not [w for w in art.warnings if w.startswith("extraction-error")]


_STORY = [
    "The central bank raised its main interest rate by a quarter point on Thursday, the third rise this year.",
    "Economists had expected the move after inflation stayed above the bank's target for a sixth month.",
]


@pytest.mark.parametrize(
    "credits",
    ["Reporting by Jane Doe in Berlin; Editing by John Roe", "City Times (Jane Doe, John Roe)", "Jane Doe, John Roe"],
)
def test_credits_naming_the_authors_under_the_story_are_not_body(credits: str) -> None:
    cleaned = clean_body("\n\n".join([*_STORY, credits]), authors=["Jane Doe", "John Roe"])
    assert cleaned.body == "\n\n".join(_STORY)


def test_a_closing_sentence_about_the_author_is_kept() -> None:
    closing = "Jane Doe asked the bank for a comment on the decision, and it declined."
    cleaned = clean_body("\n\n".join([*_STORY, closing]), authors=["Jane Doe"])
    assert cleaned.body.endswith(closing)


def test_promo_channel_pretest_covers_every_channel_the_pattern_names() -> None:
    """`_promo` skips its regex when no channel word is in the text; that shortcut must never skip a
    text `_PROMO_CHANNEL` would find, so every alternative of the pattern holds one of the words."""
    import re

    from autocrawl.extraction.common import boilerplate

    alternatives = boilerplate._PROMO_CHANNEL.pattern.strip("()").split("|")
    for alternative in alternatives:
        literal = re.sub(r"\\b|\?|\[[^]]*\]", "", alternative).lower()
        assert any(word in literal for word in boilerplate._CHANNEL_WORDS), alternative
    assert boilerplate.is_promo_text("Sign up for our newsletter today")
    assert boilerplate.is_promo_text("Follow us on WhatsApp now")
