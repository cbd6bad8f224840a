"""Bytes to text: BOM, HTTP charset, meta charset, detection."""

from __future__ import annotations

import pytest

from autocrawl.extraction.article.extract import extract_article
from autocrawl.extraction.common.decode import decode_html

GERMAN = "Die Bürgerinnen und Bürger müssen sich gedulden: Öffnung erst im März, heißt es."
POLISH = "Zażółć gęślą jaźń – Sejm głosował w środę nad ustawą o źródłach energii."


def _html(text: str, charset: str | None = None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}</head><body><p>{text}</p></body></html>"


def test_utf8_plain_and_bom() -> None:
    assert GERMAN in decode_html(_html(GERMAN).encode()).text
    decoded = decode_html(b"\xef\xbb\xbf" + _html(GERMAN).encode())
    assert decoded.source == "bom" and GERMAN in decoded.text


def test_http_charset_wins_over_meta() -> None:
    data = _html(GERMAN, "utf-8").encode("cp1252")
    decoded = decode_html(data, "text/html; charset=ISO-8859-1")
    assert decoded.encoding == "cp1252" and GERMAN in decoded.text


def test_latin1_declared_means_windows_1252() -> None:
    data = _html("Preis: 5 € – “Angebot”", "iso-8859-1").encode("cp1252")
    assert "5 € – “Angebot”" in decode_html(data).text


def test_declared_utf8_but_really_cp1252() -> None:
    data = _html(GERMAN * 3, "utf-8").encode("cp1252")
    decoded = decode_html(data)
    assert decoded.mismatch and GERMAN in decoded.text


def test_declared_utf8_but_really_cp1250() -> None:
    data = _html(POLISH * 3, "utf-8").encode("cp1250")
    decoded = decode_html(data)
    assert decoded.mismatch and POLISH in decoded.text


def test_undeclared_cp1252_is_not_a_mac_or_rare_charset() -> None:
    decoded = decode_html(_html(GERMAN * 3).encode("cp1252"))
    assert decoded.encoding in ("cp1252", "iso8859-15") and GERMAN in decoded.text


def test_mostly_utf8_with_stray_latin1_bytes() -> None:
    data = _html(GERMAN * 5, "utf-8").encode() + "<p>Gr\u00fc\u00dfe</p>".encode("latin-1")
    decoded = decode_html(data)
    assert GERMAN in decoded.text and "Grüße" in decoded.text


def test_meta_charset_windows_1250() -> None:
    assert POLISH in decode_html(_html(POLISH, "windows-1250").encode("cp1250")).text


def test_charset_mismatch_warning_in_article() -> None:
    art = extract_article(_html(GERMAN * 10, "utf-8").encode("cp1252"), "https://x.example/a")
    assert "charset-mismatch" in art.warnings
    assert GERMAN in art.body


def test_a_utf16_label_on_8bit_bytes_is_a_mismatch_not_garbage() -> None:
    data = _html(GERMAN, "utf-8").encode()
    for label in ("text/html; charset=utf-16", "text/html; charset=UTF-16LE", "text/html; charset=utf-32"):
        decoded = decode_html(data, label)
        assert GERMAN in decoded.text and decoded.mismatch
    wide = _html(GERMAN).encode("utf-16-le")  # real UTF-16 without a BOM keeps its label
    decoded = decode_html(wide, "text/html; charset=utf-16le")
    assert GERMAN in decoded.text and not decoded.mismatch


@pytest.mark.parametrize("label", ["undefined", "unicode_escape", "raw_unicode_escape", "utf-7", "punycode", "zlib"])
def test_a_python_codec_that_is_no_web_encoding_is_no_declaration(label: str) -> None:
    # "undefined" raised on the first byte: the page was empty; the escape codecs read "\x4" and
    # "\N{" in the text as escapes, or turned "Bürger" into "BÃ¼rger"
    data = _html(GERMAN + r" C:\x4 \N{bad}", label).encode()
    for content_type in (f"text/html; charset={label}", None):
        decoded = decode_html(data, content_type)
        assert decoded.encoding == "utf-8" and GERMAN + r" C:\x4 \N{bad}" in decoded.text
    article = extract_article(data, "https://news.example.org/a", f"text/html; charset={label}")
    assert "empty-page" not in article.warnings


@pytest.mark.parametrize(
    ("codec", "content_type"),
    [
        ("utf-16-le", None),
        ("utf-16-le", "text/html"),
        ("utf-16-le", "text/html; charset=utf-16le"),
        ("utf-16-be", "text/html"),
        ("utf-16-be", "text/html; charset=utf-16"),  # the label says nothing of the byte order
    ],
)
def test_utf16_without_a_bom_is_read_by_its_nul_bytes(codec: str, content_type: str | None) -> None:
    # The NULs beside the ASCII markup say UTF-16 and which side: read as UTF-8 the page was
    # "< ! D O C T Y P E", read little-endian a big-endian page was CJK mojibake.
    for words in ("High water at six, low water at noon.", GERMAN):  # ASCII is valid UTF-8 too
        text = "<!DOCTYPE html>" + _html(words)
        decoded = decode_html(text.encode(codec), content_type)
        assert decoded.text == text and not decoded.mismatch


def test_utf16_read_against_a_label_naming_the_other_byte_order_is_a_mismatch() -> None:
    decoded = decode_html(_html(GERMAN).encode("utf-16-be"), "text/html; charset=utf-16le")
    assert GERMAN in decoded.text and decoded.mismatch


def test_a_declared_charset_that_turns_the_markup_into_garbage_is_a_mismatch() -> None:
    # EBCDIC (no encoding of the web) read "<html>" as "\x14ÇÈ_%": the page was stored as garbage
    decoded = decode_html(_html(GERMAN).encode(), "text/html; charset=cp500")
    assert GERMAN in decoded.text and decoded.mismatch
