"""Canonical URLs and site identity.

`canonicalize(url)` maps every URL form of one article (tracking parameters, session ids,
AMP and print versions, default ports, case of scheme/host, percent-encoding, fragment,
trailing slash, query order) to one string, the article's key in the store.

`site_key(url)` is the identity of a site: the lower-cased host with a non-default port
(tests serve several sites on 127.0.0.1 with different ports), "www." kept.

`absolute_url(href, base_url)` resolves a link and refuses what cannot be requested;
`LinkResolver(base_url)` does the same for the links of one page, faster, and tells what each
result depends on so that the pages of a site can share them.
No function here raises, whatever the string: an unusable URL gives "".
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize

__all__ = [
    "DEFAULT_PORTS",
    "explicit_port",
    "MAX_KEY_URL_BYTES",
    "MAX_URL_LENGTH",
    "TRACKING_PARAMS",
    "LinkResolver",
    "absolute_url",
    "canonical_too_long",
    "canonicalize",
    "fetch_key",
    "foreign_canonical",
    "key_url_fits",
    "resolve_canonical",
    "same_site",
    "site_identity",
    "site_key",
    "store_site_key",
    "port_free_forms",
]

DEFAULT_PORTS = {"http": 80, "https": 443}


def explicit_port(scheme: str, port: int | None) -> int | None:
    """`port`, or None when it is the scheme's default (or none is given)."""
    return None if port == DEFAULT_PORTS.get(scheme.lower()) else port


# Longer than any real article URL; browsers and servers commonly cap URLs near 8 KB.
MAX_URL_LENGTH = 4096
# The longest URL kept as a key (an article's canonical URL, one of its URL forms, the story a
# discussion is about), in UTF-8 bytes. PostgreSQL's btree index refuses an entry over 2,704 bytes,
# and the crawl requests no URL longer than Scrapy's URLLENGTH_LIMIT (2,083 characters, the old
# browser limit): a longer canonical URL names no page the crawl would fetch.
MAX_KEY_URL_BYTES = 2083
# Removed anywhere in a URL, as browsers do (WHATWG URL standard: ASCII tab and newline).
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
# Any other C0 control character, DEL, a lone surrogate (JSON can write one, "\\ud800", and no URL
# encoding holds it) or a space in the host makes the URL unusable.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_ABSOLUTE = re.compile(r"https?://", re.IGNORECASE)
# An http(s) URL with a plain ASCII host, no user info, no control character nor space.
_PLAIN_URL = re.compile(
    r"https?://[a-z0-9.-]*[a-z0-9][a-z0-9.-]*(?::(\d{1,5}))?(?:[/?][^\x00-\x20\x7f\ud800-\udfff]*)?", re.I
)
_HOST_CHARS = re.compile(r"[a-z0-9._~-]+")

# Query parameters that never change what an article page shows.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "cmpid",
        "smid",
        "ito",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "at_medium",
        "at_campaign",
        "sid",
        "sessionid",
        "session_id",
        "phpsessid",
        "jsessionid",
        "aspsessionid",
        "cfid",
        "cftoken",
        "s_cid",
        "xtor",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "hsa_", "__hs")

# Parameters that select an AMP/print rendering of the same article: (name, values); empty = any value.
_VARIANT_PARAMS: dict[str, frozenset[str]] = {
    "amp": frozenset(),
    "outputtype": frozenset({"amp"}),
    "output": frozenset({"amp", "print"}),
    "print": frozenset(),
    "printable": frozenset(),
    "view": frozenset({"print", "amp"}),
    "format": frozenset({"amp", "print"}),
}

_PATH_PARAM_SESSION = re.compile(r";(?:jsessionid|sessionid|sid|phpsessid)=[^/?#;]*", re.IGNORECASE)
_VARIANT_SEGMENTS = frozenset({"amp", "print"})


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def _is_variant(name: str, value: str) -> bool:
    values = _VARIANT_PARAMS.get(name.lower())
    if values is None:
        return False
    return not values or value.lower() in values


def _host_port(scheme: str, netloc: str) -> tuple[str, int | None]:
    """Lower-cased IDNA host and the port, None when it is the scheme's default."""
    hostport = netloc.rpartition("@")[2]
    if hostport.startswith("["):  # IPv6 literal
        end = hostport.find("]")
        host, rest = hostport[: end + 1], hostport[end + 1 :]
        port_text = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port_text = hostport.partition(":")
    host = host.strip().rstrip(".").lower()
    if host and not host.startswith("[") and not host.isascii():
        try:
            host = host.encode("idna").decode("ascii").rstrip(".")  # "。" is a dot in IDNA
        except UnicodeError:
            host = quote(host, safe="")
    port = int(port_text) if port_text.isascii() and port_text.isdigit() else None  # as urlsplit reads a port
    return host, explicit_port(scheme, port)


def _netloc(host: str, port: int | None) -> str:
    return f"{host}:{port}" if port is not None else host


def _clean_path(path: str) -> str:
    path = _PATH_PARAM_SESSION.sub("", path)
    if not path:
        return "/"
    segments = path.split("/")
    # "/amp/2024/story", "/2024/story/amp", "/print/2024/story", "/2024/story/print/"
    kept = [s for s in segments if s.lower() not in _VARIANT_SEGMENTS]
    if len(kept) != len(segments) and any(kept):
        segments = kept
    path = "/".join(segments)
    # "story.amp.html" -> "story.html", "story.amp" -> "story"
    path = re.sub(r"\.amp(\.html?)?$", r"\1", path, flags=re.IGNORECASE)
    path = re.sub(r"[/]+", "/", path)
    if not path.startswith("/"):
        path = "/" + path
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return path


def _valid_host(netloc: str, hostname: str | None) -> bool:
    """A host a request can go to: a DNS name (IDNA for non-ASCII) or an IP literal."""
    if not hostname:
        return False
    userinfo, _, hostport = netloc.rpartition("@")
    if "[" in userinfo or "]" in userinfo:  # read as a host by some parsers (w3lib)
        return False
    if "[" in hostport or "]" in hostport:  # an IPv6 literal: urlsplit checks neither place nor address
        after = hostport.partition("]")[2]
        if not hostport.startswith("[") or hostport.count("[") != 1 or (after and not after.startswith(":")):
            return False
        try:
            ipaddress.IPv6Address(hostname)
        except ValueError:
            return False
        return True
    if not hostname.isascii():
        try:
            hostname = hostname.encode("idna").decode("ascii")
        except UnicodeError:
            return False
    return _HOST_CHARS.fullmatch(hostname) is not None and any(c.isalnum() for c in hostname)


def absolute_url(href: str, base_url: str = "") -> str:
    """`href` resolved against `base_url`, without its fragment, when that is an http(s) URL a
    request can go to; "" otherwise.

    Unusable: another scheme after resolution (`mailto:`, `javascript:`, `data:`), no host, a bad
    port (`:99999`, `:0`), a broken IPv6 literal, a control character, a host with characters no
    DNS name has, a lone surrogate, more than `MAX_URL_LENGTH` characters. Tabs and newlines are
    dropped as browsers do.
    """
    if not isinstance(href, str) or not isinstance(base_url, str):
        return ""
    href = _clean(href)
    if not href or len(href) > MAX_URL_LENGTH:
        return ""
    try:
        # (urljoin would return an absolute http(s) URL as it is, only slower)
        relative = base_url and not _ABSOLUTE.match(href)
        url = urljoin(_clean(base_url), href) if relative else href
    except ValueError:
        return ""
    return _usable(url)


def _clean(url: str) -> str:
    """Tabs and newlines out; a backslash before the query is a slash (WHATWG URL standard, for
    http(s): `\\news\\a` goes where `/news/a` goes, in every browser)."""
    url = _TAB_NEWLINE.sub("", url).strip()
    if "\\" in url:
        cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
        url = url[:cut].replace("\\", "/") + url[cut:]
    return url


def _usable(url: str) -> str:
    """`url` without its fragment when a request can go to it (see `absolute_url`), else ""."""
    try:
        url = url.split("#", 1)[0].strip()  # "/a ?" joins to ".../a " (an empty query is dropped)
        common = _PLAIN_URL.fullmatch(url)
        if common:  # most URLs: no need to split them (a sitemap holds 50,000)
            plain_port = int(common.group(1) or 80)
            return url if 0 < plain_port < 65536 and len(url) <= MAX_URL_LENGTH else ""
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    if (
        parts.scheme.lower() not in DEFAULT_PORTS
        or port == 0
        or len(url) > MAX_URL_LENGTH
        or _CONTROL.search(url)
        or not _valid_host(parts.netloc, parts.hostname)
    ):
        return ""
    if "@" in parts.netloc:
        # credentials in a link are never sent: a page cannot make the crawler log in anywhere,
        # and the page without them is the same page
        url = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    return url


class LinkResolver:
    """`absolute_url(href, base_url)` for the links of one page, and what each result depends on,
    so that a caller can share results between the pages of a site (`key`).

    An absolute href depends on nothing else. A root-relative href ("/x") and a protocol-relative
    one ("//host/x") depend only on the scheme and host of the base (urljoin drops its path and
    query); the simple ones among them are joined by string work, not by urljoin.
    """

    __slots__ = ("base_url", "_origin", "_prefix")

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self._origin: tuple[str, str] | None = None  # (scheme, host) urljoin keeps of the base
        self._prefix = ""
        if not isinstance(base_url, str):
            return
        try:
            parts = urlsplit(_clean(base_url))
        except ValueError:  # every relative href is then unusable: absolute_url says so
            return
        if parts.scheme in DEFAULT_PORTS and parts.netloc:
            self._origin = (parts.scheme, parts.netloc)
            self._prefix = f"{parts.scheme}://{parts.netloc}"

    def key(self, href: str) -> str | tuple[tuple[str, str], str] | None:
        """What `resolve(href)` depends on; None when that is the whole base URL."""
        cleaned = _clean(href)
        if _ABSOLUTE.match(cleaned):
            return href
        if self._origin is not None and cleaned[:1] == "/" and (cleaned[1:2] != "/" or _has_host(cleaned)):
            return self._origin, href
        return None

    def resolve(self, href: str) -> str:
        """`absolute_url(href, self.base_url)`."""
        if self._origin is not None:
            cleaned = _clean(href)
            if _simple_rooted(cleaned) and len(cleaned) <= MAX_URL_LENGTH:
                return _usable(self._prefix + cleaned)
        return absolute_url(href, self.base_url)


def _has_host(href: str) -> bool:
    """A protocol-relative href with a host: "//host/x", not "//", "///x" nor "//?q"."""
    return href[:2] == "//" and href[2:3] not in ("", "/", "?", "#")


def _simple_rooted(href: str) -> bool:
    """A root-relative href that urljoin appends to the base's scheme and host unchanged: no
    dot-segment ("/a/../b"), no ";params" (urljoin drops an empty one), no empty query ("/a?")."""
    return (
        href[:1] == "/"
        and href[1:2] != "/"
        and "/." not in href
        and ";" not in href
        and "?#" not in href
        and not href.endswith("?")
    )


# A crawl canonicalises the same URLs over and over (every page's navigation links, each
# article's links to itself); URLs longer than this are rare and not kept.
_CACHED_URL_LENGTH = 1024


def canonicalize(url: str) -> str:
    """The one canonical form of an article URL (see the module docstring); "" when `url` is
    not a usable absolute http(s) URL (see `absolute_url`).

    Idempotent: `canonicalize(canonicalize(u)) == canonicalize(u)` for every string.
    """
    if not isinstance(url, str):
        return ""
    if len(url) <= _CACHED_URL_LENGTH:
        return _cached_canonicalize(url)
    return _uncached_canonicalize(url)


def _uncached_canonicalize(url: str) -> str:
    usable = absolute_url(url)
    if not usable:
        return ""
    try:
        canonical = _canonicalize(usable)
    except (ValueError, UnicodeError):
        return ""
    return canonical if absolute_url(canonical) == canonical else ""


_cached_canonicalize = lru_cache(maxsize=16384)(_uncached_canonicalize)


def _canonicalize(url: str) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host, port = _host_port(scheme, parts.netloc)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(k) and not _is_variant(k, v)
    ]
    path = _clean_path(parts.path.replace("\\", "/"))  # browsers and w3lib read a backslash as "/"
    rebuilt = urlunsplit((scheme, _netloc(host, port), path, urlencode(query), ""))
    # w3lib normalises percent-encoding (unreserved chars decoded, the rest upper-case %XX,
    # UTF-8 for non-ASCII) and sorts the query.
    out = _w3lib_canonicalize(rebuilt, keep_blank_values=True, keep_fragments=False)
    # w3lib re-adds nothing, but keep the host/port we chose (it would keep ":80").
    parts = urlsplit(out)
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    return urlunsplit((scheme, _netloc(host, port), path, parts.query, ""))


def fetch_key(canonical_url: str) -> str:
    """What decides "fetched already" in a run: the canonical URL without its scheme, since a
    site serves one page at http:// and https:// and feeds often link the other one."""
    _, sep, rest = canonical_url.partition("://")
    return rest if sep else canonical_url


def site_key(url: str) -> str:
    """The site identity of a URL: lower-cased host (IDNA), non-default port kept, "www." kept.

    A bare host ("Example.com:8080") is accepted as well as a full URL.
    """
    url = (url or "").strip()
    if "//" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    scheme = parts.scheme.lower() or "http"
    host, port = _host_port(scheme, parts.netloc)
    return _netloc(host, port)


def store_site_key(url: str, crawl_sites: Iterable[str] = ()) -> str:
    """The site identity the store keys `sites` on: `site_key` without the port, so a site served
    on another port (the demo picks a free one each run) stays one site. The port is kept only
    when `crawl_sites` (the site keys of the crawl's start URLs) holds the same host with
    another port: two sites that differ only by port."""
    key = site_key(url)
    host, port = _split_site_key(key)
    if port is None:
        return key
    if any(h == host and p != port for h, p in (_split_site_key(site_key(k)) for k in crawl_sites)):
        return key
    return host


def port_free_forms(urls: Iterable[str], store_key: str) -> list[str]:
    """For a site the store keys without its port (`store_site_key`): each URL that names a port,
    without it. Stored as URL forms, they let the same article served on another port (the demo
    on a free port each run) be found as the same article."""
    if _split_site_key(store_key)[1] is not None:
        return []
    out: list[str] = []
    for url in urls:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            continue
        if port is not None and parts.hostname is not None:
            host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
            out.append(urlunsplit(parts._replace(netloc=host)))
    return out


def _split_site_key(key: str) -> tuple[str, int | None]:
    try:
        port = urlsplit("http://" + key).port
    except ValueError:
        return key, None
    return (key[: -len(f":{port}")], port) if port is not None else (key, None)


def site_identity(url: str) -> str:
    """What makes two URLs one site: `site_key` (host and non-default port) without a leading
    "www.". Another port on the same host is another site: another server, maybe one that is
    reachable only from this machine (a database, a cache, an admin console)."""
    key = site_key(url)
    return key[4:] if key.startswith("www.") else key


def same_site(a: str, b: str) -> bool:
    """True when both URLs are on one site: same host (ignoring a leading "www.") and port."""
    ka, kb = site_identity(a), site_identity(b)
    return bool(ka) and ka == kb


def foreign_canonical(page_url: str, declared_canonical: str | None) -> bool:
    """True when a page declares a canonical URL that `resolve_canonical` does not trust because it
    is not on the page's site: another host or port, another scheme, or no URL at all. A page
    cannot make itself another site's article (and be merged with it, or deduplicated against it)."""
    declared = (declared_canonical or "").strip()
    if not declared:
        return False
    try:
        absolute = urljoin(page_url, declared)
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return True
    return scheme not in DEFAULT_PORTS or not same_site(page_url, absolute)


def key_url_fits(url: str) -> bool:
    """Whether a URL is short enough to be kept as a key (`MAX_KEY_URL_BYTES`)."""
    return len(url) <= MAX_KEY_URL_BYTES // 4 or len(url.encode("utf-8", "surrogatepass")) <= MAX_KEY_URL_BYTES


def _declared_on_site(page_url: str, declared_canonical: str | None) -> str | None:
    """A page's declared canonical URL, canonicalised, when it points inside the same site."""
    declared = (declared_canonical or "").strip()
    if not declared:
        return None
    try:
        absolute = urljoin(page_url, declared)
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in DEFAULT_PORTS or not same_site(page_url, absolute):
        return None
    return canonicalize(absolute) or None


def canonical_too_long(page_url: str, declared_canonical: str | None) -> bool:
    """True when a page declares a canonical URL on its site that is too long to be a key: one that
    `resolve_canonical` does not take."""
    candidate = _declared_on_site(page_url, declared_canonical)
    return candidate is not None and not key_url_fits(candidate)


def resolve_canonical(page_url: str, declared_canonical: str | None) -> str:
    """The canonical URL of a page: its declared rel=canonical/og:url when that points inside
    the same site (and not to the site's home page from an article) and is short enough to be a
    key, else the page URL. Both canonicalised."""
    page = canonicalize(page_url)
    candidate = _declared_on_site(page_url, declared_canonical)
    if candidate is None or not key_url_fits(candidate):
        return page
    # A canonical to the home page from a deeper page is a template mistake, not the article.
    if urlsplit(candidate).path == "/" and urlsplit(page).path != "/":
        return page
    return candidate
