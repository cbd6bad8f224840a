"""Issue 12: an incremental run does not fetch again the linked pages that held no news, nor the
dead ones, until they are old enough; the `pages` table says what each URL was."""

from __future__ import annotations

from .conftest import Store


def requested(server) -> set[str]:
    return {r.path for r in server.requests}


def test_known_dead_ends_are_not_fetched_again_until_old_enough(demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    first = run_crawl([base + "/"], "--revisit-days", "0")
    assert first.code == 0, first.stderr[-3000:]
    assert {"/about", "/missing-page"} <= requested(server), "the first run fetches every linked page"
    kinds = {r.url.removeprefix(base): r.kind for r in store.rows("SELECT url, kind FROM pages")}
    assert kinds["/about"] == "other"
    assert kinds["/missing-page"] == "dead"
    assert kinds["/latest/"] == "listing"
    assert kinds["/robots.txt"] == "robots" and kinds["/"] == "listing"
    assert "sitemap" in kinds.values() and "feed" in kinds.values()
    assert sum(kind == "article" for kind in kinds.values()) >= len(site.articles) // 2

    server.clear_requests()
    # Discovery pages are fetched whole here: an unchanged home page answering 304 would not lead
    # to its dead ends at all (tests/e2e/test_incremental.py), and this checks the page memory's rule.
    second = run_crawl([base + "/"], "--revisit-days", "0", "-s", "AUTOCRAWL_CONDITIONAL_DISCOVERY=false")
    assert second.code == 0, second.stderr[-3000:]
    assert not {"/about", "/missing-page"} & requested(server), "dead ends are not fetched again"
    assert "/latest/" in requested(server), "listings are discovery pages: fetched every run"
    assert second.summary["skipped"].get("known_other", 0) >= 1, second.summary
    assert second.summary["skipped"].get("known_dead", 0) >= 1, second.summary

    server.clear_requests()
    third = run_crawl(
        [base + "/"],
        "--revisit-days",
        "0",
        "-s",
        "AUTOCRAWL_RECHECK_OTHER_DAYS=0",
        "-s",
        "AUTOCRAWL_RECHECK_DEAD_DAYS=0",
        "-s",
        "AUTOCRAWL_CONDITIONAL_DISCOVERY=false",
    )
    assert third.code == 0, third.stderr[-3000:]
    assert {"/about", "/missing-page"} <= requested(server), "old enough: checked again"
    assert store.scalar("SELECT fetch_count FROM pages WHERE url LIKE '%/about'") == 2
