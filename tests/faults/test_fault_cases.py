"""Hostile pages and broken servers, crawled end to end: each case gives one log line and a counted
stat, and the site's normal articles are each stored once.

One crawl of three fault sites (`tests/faults/server.py`) serves every test of this module: the fault
site, and two sites whose robots.txt answers 500 and 429; with a small site whose robots.txt is 600 KiB,
and a server on another port of 127.0.0.1 (`internal`) that the fault site points at and the crawl
must never reach.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import Store, autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

from .server import (
    ARTICLES,
    BIG_SITEMAP_LINKS,
    COMMENTS_PER_PAGE,
    CUT_AFTER_PARAGRAPHS,
    DUPLICATE_PATH,
    MAX_SIZE,
    SMALL_SITE_ARTICLE,
    FaultServer,
    article_html,
)

# One crawl serves every test here: keep them on one test process (pytest-xdist loadgroup).
pytestmark = pytest.mark.xdist_group("fault-site")

BUDGET = 30  # AUTOCRAWL_MAX_OTHER_PAGES_PER_SITE for this crawl
MAX_COMMENT_PAGES = 4  # AUTOCRAWL_MAX_COMMENT_PAGES for this crawl
RETRY_TIMES = 1
SITEMAP_DEPTH = 5  # AUTOCRAWL_MAX_SITEMAP_DEPTH (the default)
# a robots.txt whose first 500 KiB allow all but /private, and whose last line disallows all
HUGE_ROBOTS = b"User-agent: *\nDisallow: /private\n" + b"# padding\n" * 60_000 + b"Disallow: /\n"


def _huge_robots_site(path: str) -> Answer:
    if path == "/robots.txt":
        return 200, HUGE_ROBOTS, {"Content-Type": "text/plain"}
    if path == "/":
        links = f'<a href="{SMALL_SITE_ARTICLE.path}">Story</a> <a href="/private">Private</a>'
        return 200, f"<html><body><h1>Small site</h1>{links}</body></html>".encode(), {"Content-Type": "text/html"}
    if path in (SMALL_SITE_ARTICLE.path, "/private"):
        return 200, article_html(SMALL_SITE_ARTICLE), {"Content-Type": "text/html; charset=utf-8"}
    return 404, b"not here", {"Content-Type": "text/plain"}


@dataclass
class Crawl:
    fault: FaultServer
    robots500: FaultServer
    robots429: FaultServer
    internal: TinySite
    huge_robots: TinySite
    summary: dict[str, Any]
    log: str
    stored: dict[str, Any]  # canonical path -> article row (originals only), fault site
    rows: list[Any]  # every article row (duplicates included)
    store: Store

    @property
    def errors(self) -> dict[str, int]:
        return self.summary["errors"]

    @property
    def skipped(self) -> dict[str, int]:
        return self.summary["skipped"]

    def requested(self, path: str) -> int:
        """Requests the crawler meant for `path`: what the server saw, less the logged retries of a
        request timed out on a busy machine."""
        retries = self.log.count(f"Retrying <GET {self.fault.base}{path}>")
        seen = sum(1 for p, _ in self.fault.requests if p == path)
        # a retried request may have timed out before the server saw it: then the retry is the one seen
        return max(min(seen, 1), seen - retries)

    def logged(self, text: str) -> bool:
        return text in self.log


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    workdir = tmp_path_factory.mktemp("faults")
    internal = TinySite(lambda path: (200, b"<html><body><p>internal</p></body></html>", {})).__enter__()
    try:
        with (
            TinySite(_huge_robots_site) as huge_robots,
            FaultServer(internal=internal.base) as fault,
            FaultServer(robots_status=500) as robots500,
            FaultServer(robots_status=429) as robots429,
        ):
            starts = [fault.base + "/", robots500.base + "/", robots429.base + "/", huge_robots.base + "/"]
            outcome, database_url = _crawl(workdir, starts)
    finally:
        internal.__exit__()
    store = Store(database_url)
    rows = store.rows("SELECT id, url, canonical_url, body, duplicate_of FROM articles")
    stored = {
        r.canonical_url.removeprefix(fault.base): r
        for r in rows
        if r.duplicate_of is None and r.canonical_url.startswith(fault.base + "/")
    }
    try:
        yield Crawl(
            fault, robots500, robots429, internal, huge_robots, outcome.summary, outcome.stderr, stored, rows, store
        )
    finally:
        store.engine.dispose()


def _crawl(workdir: Path, start_urls: list[str]) -> tuple[Any, str]:
    database_url = f"sqlite:///{workdir / 'faults.db'}"
    args = crawl_args(
        start_urls,
        database_url,
        *("-s", "DOWNLOAD_TIMEOUT=3", "-s", f"RETRY_TIMES={RETRY_TIMES}"),
        *("-s", f"DOWNLOAD_MAXSIZE={MAX_SIZE}", "-s", "DOWNLOAD_WARNSIZE=0"),
        *("-s", f"AUTOCRAWL_MAX_OTHER_PAGES_PER_SITE={BUDGET}", "-s", "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8"),
        *("-s", f"AUTOCRAWL_MAX_COMMENT_PAGES={MAX_COMMENT_PAGES}"),
        *("--log-level", "DEBUG"),  # retries are logged at DEBUG: a busy machine may time a request out
    )
    outcome = autocrawl(*args, cwd=Path(workdir), timeout=120)
    assert outcome.code == 0, outcome.stderr[-4000:]
    return outcome, database_url


def test_the_sites_normal_articles_are_each_stored_once(crawl: Crawl) -> None:
    assert crawl.summary["status"] == "ok", crawl.summary
    assert "Traceback" not in crawl.log
    demo = [*crawl.fault.site.articles, *crawl.fault.site.fault_articles]
    expected = {a.path.rstrip("/") for a in demo}
    expected |= set(ARTICLES) - {"/f/dup-a"}
    duplicates = {"/f/dup-a", DUPLICATE_PATH}
    assert set(crawl.stored) - duplicates == expected
    assert len(set(crawl.stored) & duplicates) == 1, "one article served under two URLs is stored once"
    canonicals = Counter(r.canonical_url for r in crawl.rows)
    assert max(canonicals.values()) == 1, "no article stored twice"


def test_text_in_utf16_or_with_stray_nul_bytes_is_an_article_not_a_file(crawl: Crawl) -> None:
    for path in ("/f/utf16", "/f/stray-nul"):
        body = crawl.stored[path].body
        assert body.split("\n\n") == ARTICLES[path].paragraphs, path
        assert "\x00" not in body and "\x01" not in body
    assert crawl.skipped.get("binary") == 1  # /f/binary only


def test_utf16_without_a_bom_is_read_by_its_bytes_and_an_undecodable_page_is_counted(crawl: Crawl) -> None:
    for path in ("/f/utf16-nobom", "/f/utf16be-nobom"):  # stored as "< ! D O C T Y P E ..." or CJK mojibake
        assert crawl.stored[path].body.split("\n\n") == ARTICLES[path].paragraphs, path
    url = f"{crawl.fault.base}/f/wrong-bom"
    assert crawl.logged(f"page warning undecodable: {url}")
    assert crawl.summary["warnings"]["undecodable"] == 1
    assert "/f/wrong-bom" not in crawl.stored
    remembered = {r.url for r in crawl.store.rows("SELECT url FROM pages")}
    assert url not in remembered, "not remembered as 'other': the next run reads it again"


def test_an_article_after_a_huge_inline_script_is_stored(crawl: Crawl) -> None:
    # The page was cut inside the script before it was parsed: no article, remembered as 'other'.
    assert crawl.stored["/f/huge-script"].body.split("\n\n") == ARTICLES["/f/huge-script"].paragraphs


def test_a_utf8_page_labelled_utf16_is_stored_readable(crawl: Crawl) -> None:
    article = crawl.stored["/f/utf16-label"]
    assert article.body.split("\n\n") == ARTICLES["/f/utf16-label"].paragraphs
    assert crawl.logged(f"page warning charset-mismatch: {crawl.fault.base}/f/utf16-label")


def test_the_identity_encoding_is_no_encoding(crawl: Crawl) -> None:
    assert crawl.stored["/f/identity"].body.split("\n\n") == ARTICLES["/f/identity"].paragraphs
    assert not crawl.logged("cannot decode the response")


def test_a_body_that_is_not_its_content_encoding_is_counted(crawl: Crawl) -> None:
    assert crawl.logged("fetch failed (bad_encoding: the body is not gzip, BadGzipFile)")
    assert crawl.errors["bad_encoding"] == 1
    assert "/f/not-gzip" not in crawl.stored


def test_endless_comment_pages_stop_at_the_limit_with_a_line_and_a_count(crawl: Crawl) -> None:
    base = crawl.fault.base
    assert crawl.requested("/f/endless-comments") == MAX_COMMENT_PAGES  # the article's page and 3 more
    article = crawl.stored["/f/endless-comments"]
    texts = [r.text for r in crawl.store.comments(article.id)]
    assert len(texts) == MAX_COMMENT_PAGES * COMMENTS_PER_PAGE
    assert {t.split(":")[0] for t in texts} == {
        f"Comment {page}-{i}" for page in range(1, MAX_COMMENT_PAGES + 1) for i in range(COMMENTS_PER_PAGE)
    }
    assert crawl.logged(f"comment pages stop at AUTOCRAWL_MAX_COMMENT_PAGES ({MAX_COMMENT_PAGES})")
    assert crawl.logged(f"{base}/f/endless-comments (next would be {base}/f/endless-comments?page=5)")
    assert crawl.skipped["comment_pages_over_limit"] == 1


def test_comment_pages_that_repeat_the_first_stop_there_and_store_each_comment_once(crawl: Crawl) -> None:
    assert crawl.requested("/f/repeating-comments") == 2  # the article's page, and one that repeats it
    article = crawl.stored["/f/repeating-comments"]
    texts = [r.text for r in crawl.store.comments(article.id)]
    assert sorted(t.split(":")[0] for t in texts) == [f"Comment 1-{i}" for i in range(COMMENTS_PER_PAGE)]
    assert crawl.skipped["comment_pages_repeated"] == 1
    assert crawl.logged("comment page repeats the comments of earlier pages, not followed further")


def test_credentials_in_a_link_are_never_sent(crawl: Crawl) -> None:
    assert "/f/credentials" in crawl.stored  # the same page, asked for without them
    assert crawl.fault.authorized == []
    assert "editor:s3cret" not in crawl.log


def test_no_console_into_the_running_crawl(crawl: Crawl) -> None:
    # neither Scrapy's telnet console nor its remote-control (code execution) server is started
    assert "Telnet console listening" not in crawl.log
    assert "Remote control HTTP server listening" not in crawl.log


def test_404_and_410_are_counted(crawl: Crawl) -> None:
    base = crawl.fault.base
    assert crawl.logged(f"fetch failed (http_404): {base}/f/gone-404")
    assert crawl.logged(f"fetch failed (http_410): {base}/f/gone-410")
    assert crawl.errors["http_404"] >= 1 and crawl.errors["http_410"] == 1
    assert crawl.requested("/f/gone-410") == 1, "a dead link is not retried"


def test_503_with_retry_after_is_retried_then_counted(crawl: Crawl) -> None:
    assert crawl.requested("/f/unavailable") == 1, "asked once, then retried"
    assert crawl.log.count(f"Retrying <GET {crawl.fault.base}/f/unavailable>") == RETRY_TIMES
    assert crawl.logged(f"fetch failed (http_503): {crawl.fault.base}/f/unavailable")
    assert crawl.errors["http_503"] == 1
    assert crawl.log.count(f"Retrying <GET {crawl.fault.base}/f/flaky>") >= 1, "503 once, then the retry"
    assert ARTICLES["/f/flaky"].paragraphs[0] in crawl.stored["/f/flaky"].body


def test_stall_times_out(crawl: Crawl) -> None:
    assert crawl.logged(f"fetch failed (timeout): {crawl.fault.base}/faults/slow")
    assert crawl.errors["timeout"] >= 1


def test_connection_reset_is_counted(crawl: Crawl) -> None:
    assert crawl.logged(f"fetch failed (connection_lost): {crawl.fault.base}/f/reset")
    assert crawl.errors["connection_lost"] >= 1


def test_truncated_body_is_counted_not_stored(crawl: Crawl) -> None:
    assert crawl.logged(f"fetch failed (truncated): {crawl.fault.base}/f/truncated")
    assert crawl.errors["truncated"] == 1
    assert "/f/truncated" not in crawl.stored


def test_partial_content_answer_is_counted_not_stored(crawl: Crawl) -> None:
    assert crawl.logged(
        f"fetch failed (partial_content: a 206 answer to a request for the whole page): {crawl.fault.base}/f/partial"
    )
    assert crawl.errors["partial_content"] == 1
    assert "/f/partial" not in crawl.stored


def test_a_304_to_a_request_without_validators_is_counted_not_taken_for_unchanged(crawl: Crawl) -> None:
    url = f"{crawl.fault.base}/f/unasked-304"
    assert crawl.logged(f"fetch failed (unasked_not_modified: a 304 answer to a request that named no copy): {url}")
    assert crawl.errors["unasked_not_modified"] == 1
    assert crawl.summary["articles_unchanged"] == 0, "a page never stored is not 'unchanged'"
    assert "/f/unasked-304" not in crawl.stored


def test_page_cut_inside_a_tag_is_kept_as_far_as_it_goes_and_not_taken_as_known(crawl: Crawl) -> None:
    base = crawl.fault.base
    assert crawl.logged(f"page cut short (it ends inside a tag), kept as far as it goes: {base}/f/cut")
    assert crawl.summary["warnings"]["truncated-html"] == 1
    assert crawl.requested("/f/cut") == 1
    stored = crawl.stored["/f/cut"]
    assert stored.body.split("\n\n") == ARTICLES["/f/cut"].paragraphs[:CUT_AFTER_PARAGRAPHS]
    # neither its validators nor a remembered page kind: the next run does not take it as known
    row = crawl.store.rows("SELECT etag, last_modified FROM articles WHERE id = :id", id=stored.id)[0]
    assert (row.etag, row.last_modified) == (None, None)
    remembered = {r.url.removeprefix(base) for r in crawl.store.rows("SELECT url FROM pages")}
    assert "/f/dup-a" in remembered and "/f/cut" not in remembered


def test_empty_200_is_counted(crawl: Crawl) -> None:
    assert crawl.logged(f"empty page: {crawl.fault.base}/faults/empty")
    assert crawl.skipped["empty"] == 1


def test_binary_served_as_html_is_skipped(crawl: Crawl) -> None:
    assert crawl.logged(f"skipped (binary content served as text/html; charset=utf-8): {crawl.fault.base}/f/binary")
    assert crawl.skipped["binary"] == 1
    assert "/f/binary" not in crawl.stored


def test_oversize_page_is_counted(crawl: Crawl) -> None:
    assert crawl.logged(f"fetch failed (too_large): {crawl.fault.base}/faults/huge")
    assert crawl.errors["too_large"] >= 2  # the oversize page and the gzip bomb


def test_gzip_bomb_is_cut_at_the_size_cap(crawl: Crawl) -> None:
    assert crawl.logged(f"fetch failed (too_large): {crawl.fault.base}/f/bomb")


def test_wrong_charset_is_decoded_and_counted(crawl: Crawl) -> None:
    article = next(a for a in crawl.fault.site.fault_articles if a.slug == "latin1")
    assert crawl.logged(f"page warning charset-mismatch: {crawl.fault.base}/faults/latin1")
    assert crawl.summary["warnings"]["charset-mismatch"] >= 1
    for paragraph in article.paragraphs:
        assert paragraph in crawl.stored["/faults/latin1"].body


def test_missing_charset_is_detected(crawl: Crawl) -> None:
    article = next(a for a in crawl.fault.site.fault_articles if a.slug == "nocharset")
    for paragraph in article.paragraphs:
        assert paragraph in crawl.stored["/faults/nocharset"].body


def test_billion_laughs_sitemap_is_not_expanded(crawl: Crawl) -> None:
    laughs = [p for p, _ in crawl.fault.requests if p.startswith("/f/laughs-")]
    assert laughs and all(len(p) < 100 for p in laughs), "the entity was not expanded"
    assert crawl.logged(f"fetch failed (http_404): {crawl.fault.base}/f/laughs-")


def test_50000_link_sitemap_fetches_each_article_once(crawl: Crawl) -> None:
    for article in crawl.fault.site.articles:
        assert crawl.requested(article.path) == 1, article.path
    forms = crawl.store.scalar("SELECT count(*) FROM article_urls WHERE url LIKE '%#entry-%'")
    assert forms == 0, "a fragment is no URL form of its own"
    assert BIG_SITEMAP_LINKS >= 50_000


def test_duplicate_under_a_new_url_is_one_article(crawl: Crawl) -> None:
    same = [r for r in crawl.rows if r.url.endswith(("/f/dup-a", DUPLICATE_PATH))]
    assert len(same) == 2
    assert sum(1 for r in same if r.duplicate_of is None) == 1
    assert crawl.summary["articles_duplicate"] >= 1


def test_redirect_loop_is_one_line_and_one_stat(crawl: Crawl) -> None:
    base = crawl.fault.base
    assert crawl.logged(f"redirect loop: {base}/f/loop-a -> {base}/f/loop-b -> {base}/f/loop-a")
    assert crawl.log.count("redirect loop:") == 1
    assert crawl.errors["redirect_loop"] == 1
    assert crawl.requested("/f/loop-a") == 1 and crawl.requested("/f/loop-b") == 1


def test_offsite_redirect_is_counted_and_not_followed(crawl: Crawl) -> None:
    assert crawl.logged(f"redirect to another site not followed: {crawl.fault.base}/f/offsite -> http://elsewhere")
    assert crawl.skipped["offsite_redirect"] == 3  # and /f/redirect-other-port, /f/sitemap-moved.xml


def test_meta_refresh_leads_to_an_article_linked_nowhere_else(crawl: Crawl) -> None:
    row = crawl.stored["/f/refreshed"]
    assert ARTICLES["/f/refreshed"].paragraphs[0] in row.body
    forms = {r.url for r in crawl.store.rows("SELECT url FROM article_urls WHERE article_id = :a", a=row.id)}
    assert crawl.fault.base + "/f/refresh" in forms, "the refreshing page is kept as a URL form"


def test_a_refresh_header_leads_to_an_article_linked_nowhere_else(crawl: Crawl) -> None:
    """`Refresh: 0; url=…` as an HTTP header: browsers follow it as they follow the meta tag."""
    row = crawl.stored["/f/header-refreshed"]
    assert ARTICLES["/f/header-refreshed"].paragraphs[0] in row.body
    forms = {r.url for r in crawl.store.rows("SELECT url FROM article_urls WHERE article_id = :a", a=row.id)}
    assert crawl.fault.base + "/f/header-refresh" in forms
    assert not crawl.logged(f"empty page: {crawl.fault.base}/f/header-refresh")


def test_xml_gz_sitemap_is_read(crawl: Crawl) -> None:
    assert ARTICLES["/f/gz-article"].paragraphs[0] in crawl.stored["/f/gz-article"].body


def test_xml_gz_sitemap_bomb_is_refused(crawl: Crawl) -> None:
    assert crawl.logged(f"sitemap not read (bigger than {MAX_SIZE} bytes unpacked, or not gzip)")
    assert crawl.errors["sitemap_too_large"] == 1


def test_robots_500_means_nothing_fetched_from_that_site(crawl: Crawl) -> None:
    netloc = crawl.robots500.base.removeprefix("http://")
    assert crawl.logged(f"robots.txt of {netloc} answered 500: nothing is fetched from that site this run")
    assert {path for path, _ in crawl.robots500.requests} == {"/robots.txt"}
    assert crawl.skipped["robots_unavailable"] >= 1
    assert not [r for r in crawl.rows if r.url.startswith(crawl.robots500.base)]


def test_robots_429_means_nothing_fetched_from_that_site(crawl: Crawl) -> None:
    """Too Many Requests on robots.txt is the server refusing for now, not a missing file: crawling
    the site anyway would be the one thing it asked us not to do."""
    netloc = crawl.robots429.base.removeprefix("http://")
    assert crawl.logged(f"robots.txt of {netloc} answered 429: nothing is fetched from that site this run")
    assert {path for path, _ in crawl.robots429.requests} == {"/robots.txt"}
    assert not [r for r in crawl.rows if r.url.startswith(crawl.robots429.base)]


def test_robots_txt_is_fetched_once_per_site(crawl: Crawl) -> None:
    assert crawl.requested("/robots.txt") == 1
    assert crawl.requested("/f/badport.xml") == 1, "its Sitemap: lines were read from that one copy"


def test_bad_port_links_are_counted_and_the_rest_goes_on(crawl: Crawl) -> None:
    base = crawl.fault.base
    for page in ("/f/badport.xml", "/f/feed.xml", "/"):
        assert crawl.logged(f"1 malformed link(s) skipped on {base}{page}")
    assert crawl.errors["bad_url"] == 3
    for path in ("/f/after-badport-sitemap", "/f/after-badport-feed", "/f/after-badport-html"):
        assert ARTICLES[path].paragraphs[0] in crawl.stored[path].body


def test_endless_calendar_costs_at_most_the_budget(crawl: Crawl) -> None:
    assert len(crawl.fault.hits("/f/calendar/")) <= BUDGET
    cut = crawl.skipped.get("page_budget", 0) + crawl.skipped.get("calendar_trap", 0)
    assert cut >= 1
    assert crawl.logged("further links from such pages are not followed this run") or crawl.skipped.get("calendar_trap")


def test_html_error_page_as_sitemap_is_counted(crawl: Crawl) -> None:
    assert crawl.logged(f"an HTML page where a sitemap was expected: {crawl.fault.base}/f/html-sitemap.xml")
    assert crawl.errors["not_a_sitemap"] == 1


def test_another_port_of_the_sites_host_is_never_requested(crawl: Crawl) -> None:
    # links to it (direct, protocol-relative, with user info, through <base href>), a redirect to it
    # and a rel=canonical naming it: 127.0.0.0/8 is allowed for the test sites, another port is another site
    assert crawl.internal.times() == []
    base, internal = crawl.fault.base, crawl.internal.base
    assert crawl.requested("/f/other-port") == 1
    assert crawl.logged(f"redirect to another site not followed: {base}/f/redirect-other-port -> {internal}/")
    assert crawl.logged(f"redirect to another site not followed: {base}/f/sitemap-moved.xml -> {internal}/")
    assert crawl.skipped["offsite_listed"] == 2  # by /f/sitemap.xml, and the metadata address
    assert crawl.logged(
        f"2 listed URL(s) on other sites (another host or port) not followed from {base}/f/sitemap.xml, "
        f"e.g. {internal}/f/listed-elsewhere"
    )


def test_a_canonical_url_on_another_site_is_not_trusted_and_counted(crawl: Crawl) -> None:
    row = crawl.stored["/f/canonical-elsewhere"]  # kept under its own URL
    assert ARTICLES["/f/canonical-elsewhere"].paragraphs[0] in row.body
    assert not [r for r in crawl.rows if "stored-elsewhere" in r.canonical_url]
    assert crawl.summary["warnings"]["offsite_canonical"] == 1
    assert crawl.logged(
        f"canonical URL on another site not trusted, the page is kept under its own URL: {crawl.fault.base}"
        f"/f/canonical-elsewhere (declares {crawl.internal.base}/f/stored-elsewhere)"
    )


def test_redirects_to_other_schemes_or_without_location_are_refused_with_a_line_each(crawl: Crawl) -> None:
    base = crawl.fault.base
    for path, scheme, target in (("/f/redirect-file", "file", "file:///etc/passwd"), ("/f/redirect-data", "data", "")):
        assert crawl.logged(
            f"request refused (ssrf_refused: redirect from {base}{path} to scheme '{scheme}', not http(s)): {target}"
        )
    assert crawl.skipped["ssrf_refused/scheme"] == 2
    assert crawl.logged(f"redirect without a Location: {base}/f/redirect-nowhere (302)")
    assert crawl.errors["redirect_without_location"] == 1
    assert "http_302" not in crawl.errors


def test_an_endless_sitemap_index_chain_stops_at_the_depth_limit(crawl: Crawl) -> None:
    assert len(crawl.fault.hits("/f/chain/")) == SITEMAP_DEPTH + 1  # robots.txt's sitemap and 5 below it
    assert crawl.skipped["sitemap_depth"] == 1
    assert crawl.logged(f"sitemap indexes nested deeper than AUTOCRAWL_MAX_SITEMAP_DEPTH ({SITEMAP_DEPTH}) not read")


def test_json_served_as_html_is_no_article(crawl: Crawl) -> None:
    assert crawl.logged(
        f"skipped (not an HTML page: JSON served as text/html; charset=utf-8): {crawl.fault.base}/f/json-as-html"
    )
    assert crawl.skipped["not_html/json"] == 1
    assert "/f/json-as-html" not in crawl.stored


def test_a_huge_robots_txt_is_read_for_its_first_500_kib(crawl: Crawl) -> None:
    netloc = crawl.huge_robots.base.removeprefix("http://")
    assert crawl.logged(f"robots.txt of {netloc} is {len(HUGE_ROBOTS)} bytes: only its first 500 KiB are read")
    assert crawl.summary["warnings"]["robots_too_large"] == 1
    paths = [path for _, path, _ in crawl.huge_robots.times()]
    assert paths.count("/robots.txt") == 1 and SMALL_SITE_ARTICLE.path in paths  # not disallowed by the last line
    assert "/private" not in paths  # disallowed in the first lines
    assert [r for r in crawl.rows if r.url == crawl.huge_robots.base + SMALL_SITE_ARTICLE.path]
