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
