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
