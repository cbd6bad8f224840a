"""One response, decoded and parsed once: what the article, comment and link extractors share.

`load_page` decodes the bytes (`decode`) and parses the text (`dom.parse`) once; the extractors
read the same tree. Reading is free, changing is not: the body extractor removes furniture from
the tree, so it takes the tree (`Page.take_tree`) after the readers are done. A stage that reads
the tree after it was taken gets it parsed again from the text: slower, never wrong. (Parsing
again only where that happens is cheaper than copying the tree for the body extractor on every
page: a copy costs about half a parse.)
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from autocrawl.extraction.common.decode import decode_html, markup_lost, utf16_byte_order
from autocrawl.extraction.common.dom import hold, parse
from autocrawl.extraction.common.structured import Structured, collect
from autocrawl.extraction.types import CommentPage

logger = logging.getLogger(__name__)

_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"OggS",
                 b"\x00\x00\x01\x00", b"ID3", b"fLaC", b"\x7fELF", b"BM")  # fmt: skip
# The bytes stop inside a tag ("...<div cla"): an upstream that died mid-write, with a
# Content-Length that matches what was sent (a shorter body than announced is the downloader's
# "truncated" error). A whole page, with or without </html>, ends in text or a closed tag.
_OPEN_TAG_AT_END = re.compile(rb"<[A-Za-z/!][^<>]*\Z")
_NON_HTML_TYPES = re.compile(r"^(image|audio|video|font)/|application/(pdf|zip|octet-stream|json|x-)", re.I)


@dataclass(eq=False)
class Page:
    """A response as the extractors read it: built by `load_page`, one per response."""

    url: str
    content_type: str | None
    data: bytes  # the response body (the comment extractor's byte pre-check reads it)
    text: str = ""  # decoded as a browser would
    encoding: str | None = None
    # What the article starts its warnings with: "empty-page", "not-html", "charset-mismatch",
    # "truncated-html", "undecodable" (no decoding leaves its markup readable: no tree).
    warnings: list[str] = field(default_factory=list)
    # Comment extraction results by their comment limit: the article's discussion test and the
    # crawl's comments are one run.
    comments: dict[int, CommentPage] = field(default_factory=dict, repr=False)
    _root: Any = field(default=None, repr=False)
    _utf8: bytes | None = field(default=None, repr=False)
    _taken: bool = field(default=False, repr=False)
    _structured: Structured | None = field(default=None, repr=False)
    _elements: list[Any] = field(default_factory=list, repr=False)  # every element of the tree, held (`_parse`)

    @property
    def root(self) -> Any | None:
        """The document tree as parsed, None for a page with nothing to parse. Do not change it:
        a stage that changes the tree takes it (`take_tree`)."""
        if self._taken:
            logger.debug("the tree of %s was taken: parsing it again", self.url)
            self._root, self._taken = _parse(self), False
        return self._root

    def take_tree(self) -> Any | None:
        """The tree for a stage that changes it; a later reader of `root` gets it parsed anew."""
        root = self.root
        self._taken = root is not None
        return root

    def structured(self) -> Structured:
        """JSON-LD, `<meta>` and microdata (`structured.collect`), read once."""
        if self._structured is None:
            root = self.root
            self._structured = collect(root) if root is not None else Structured()
        return self._structured


def _parse(page: Page) -> Any | None:
    try:
        root = parse(page.text, page._utf8)
    except Exception as exc:  # a parser bug must not take the page down: no tree, a warning
        logger.warning("parsing %s failed: %s: %s", page.url, type(exc).__name__, exc)
        page.warnings.append("extraction-error:parse")
        root = None
    # lxml builds the Python object of an element each time a walk reaches it, and frees it after,
    # unless one is alive. The extractors walk the tree a dozen times: holding one object per
    # element for the page's life spares building them again (about 2 % of the article's cost).
    page._elements = list(root.iter()) if root is not None else []
    if root is not None:
        hold(root, page._elements)  # the readers walk this list rather than the tree
    return root


# C0 control bytes that text does not hold (tab, newline, form feed, carriage return and escape do)
_NOT_CONTROL = bytes(b for b in range(256) if b >= 0x20 or b in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# Share of control bytes above which a body is a file, not text: random bytes hold 11 %, a page
# with a stray NUL or two far less than 1 %.
_BINARY_CONTROL_SHARE = 0.05


# An HTML document's first tag, after a BOM and blank space.
_MARKUP_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|body)\b", re.I)


def mislabelled_html(data: bytes, content_type: str | None) -> bool:
    """An HTML page served as a file type (`application/octet-stream`, a second `Content-Type:
    application/pdf` header): its bytes say what it is, as the crawl's sniffing reads them."""
    return bool(content_type and _NON_HTML_TYPES.search(content_type.strip()) and _MARKUP_START.match(data))


def looks_binary(data: bytes, content_type: str | None = None) -> bool:
    """A body that is not a text document: declared as an image, a PDF... (unless its bytes are
    an HTML document), starting with a file format's magic bytes, or full of control bytes. UTF-16
    and UTF-32 text (a BOM, or the NULs beside each ASCII character) is text; so is a page with a
    few stray NULs in it."""
    if data[:16].startswith(_BINARY_MAGIC):
        return True
    if content_type and _NON_HTML_TYPES.search(content_type.strip()):
        return not _MARKUP_START.match(data)
    head = data[:2048]
    if head.startswith(_UTF16_32_BOMS) or utf16_byte_order(head) is not None:
        return False
    return len(head.translate(None, _NOT_CONTROL)) > _BINARY_CONTROL_SHARE * len(head)


def ends_inside_tag(data: bytes) -> bool:
    """Whether a page's bytes stop inside a tag: the page was cut short."""
    tail = data[-4096:].rstrip()
    # A match can only start at the last "<" (none follows its first byte): the pattern is tried
    # there alone, where a search tried it at every "<" of the tail.
    last = tail.rfind(b"<")
    return last != -1 and _OPEN_TAG_AT_END.match(tail, last) is not None


def load_page(body: bytes | bytearray | memoryview | str, url: str, content_type: str | None = None) -> Page:
    """The page decoded and parsed. Never raises: a page that cannot be decoded or parsed has no
    tree and says why in `warnings`."""
    if not isinstance(body, bytes | bytearray | memoryview):
        body = str(body).encode("utf-8", "replace")
    data = bytes(body)
    page = Page(url, content_type, data)
    if not data or data.isspace():  # (`not data.strip()` without copying the page)
        page.warnings.append("empty-page")
        return page
    if looks_binary(data, content_type):
        page.warnings.append("not-html")
        return page
    if mislabelled_html(data, content_type):
        page.warnings.append("html-served-as-other-type")
    try:
        decoded = decode_html(data, content_type)
    except Exception as exc:  # decode never raises by design; this is the last line of defence
        logger.warning("decoding %s failed: %s: %s", url, type(exc).__name__, exc)
        page.warnings += ["extraction-error:decode", "empty-page"]
        return page
    if markup_lost(data, decoded.text):  # e.g. a BOM naming the other byte order: garbage, not text
        logger.warning("page not decodable (as %s its markup is lost): %s", decoded.encoding, url)
        page.warnings += ["undecodable"]
        return page
    page.text, page.encoding, page._utf8 = decoded.text, decoded.encoding, decoded.utf8
    if decoded.mismatch:
        page.warnings.append("charset-mismatch")
    if ends_inside_tag(data):
        page.warnings.append("truncated-html")
    page._root = _parse(page)
    if page._root is None:
        page.warnings.append("empty-page")
    return page
