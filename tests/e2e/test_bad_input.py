"""Bad input: every broken response gives a log line and a counted stat, never a crash or a lost item."""

from __future__ import annotations

from pathlib import Path

from autocrawl.demosite import DemoServer, build_demo_site

from .conftest import Store, autocrawl, crawl_args


def test_faults_are_counted_and_fault_articles_stored(database_url: str, tmp_path: Path) -> None:
    site = build_demo_site()
    # A 3 s timeout against a 6 s slow page, and one retry: a sitemap answered late on a busy
    # machine (a fresh CI box starting the extraction workers) must not hide the site's articles.
    with DemoServer(site, port=0, faults=True, slow_seconds=6, huge_bytes=3 * 1024 * 1024) as server:
        args = [
            *crawl_args([server.base + "/"], database_url),
            "-s",
            "DOWNLOAD_MAXSIZE=2097152",
            "-s",
            "DOWNLOAD_WARNSIZE=0",
            "-s",
            "DOWNLOAD_TIMEOUT=3",
            "-s",
            "RETRY_TIMES=1",
        ]
        outcome = autocrawl(*args, cwd=tmp_path)
    assert outcome.code == 0, outcome.stderr[-4000:]
    errors, skipped = outcome.summary["errors"], outcome.summary["skipped"]
    assert errors.get("http_500", 0) >= 1, errors
    assert errors.get("timeout", 0) >= 1, errors
    assert errors.get("too_large", 0) >= 1, errors
    assert skipped.get("empty", 0) >= 1, skipped
    assert any(k.startswith("not_html/application/pdf") for k in skipped), skipped
    assert any(k.startswith("not_html/image/") for k in skipped), skipped
    assert "Traceback" not in outcome.stderr

    store = Store(database_url)
    try:
        stored = {url.rstrip("/"): row for url, row in store.articles().items()}
        for art in site.fault_articles:
            row = stored.get((server.base + art.path).rstrip("/"))
            assert row is not None, f"fault article {art.path} not stored"
            for paragraph in art.paragraphs:
                assert paragraph in row.body, f"{art.path}: {paragraph[:50]!r} missing or mis-decoded"
        assert len(stored) == len(site.articles) + len(site.fault_articles), outcome.summary
    finally:
        store.engine.dispose()
