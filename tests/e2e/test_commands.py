"""The command line as a user meets it: scrapy list / crawl -O, autocrawl extract, usage and schema errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, autocrawl, crawl_args


def test_scrapy_list_and_crawl_with_feed_export(demo_site, tmp_path: Path) -> None:
    site, server, base = demo_site
    env = {**os.environ, "PYTHONPATH": str(REPO), "DATABASE_URL": f"sqlite:///{tmp_path / 'scrapy.db'}"}
    listed = subprocess.run(
        [sys.executable, "-m", "scrapy", "list"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert listed.stdout.split() == ["news"], listed.stderr[-2000:]
    out = tmp_path / "items.jsonl"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "news",
            "-a",
            f"url={base}/",
            "-O",
            str(out),
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-s",
            "AUTOCRAWL_PROGRESS_INTERVAL=0",
            "-s",
            "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8,::1/128",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    titles = {item["title"] for item in items if item.get("title")}
    assert {a.title for a in site.articles} <= titles
    assert not (REPO / "data" / "scrapy.db").exists()


def test_extract_batch_reports_a_bad_page_and_goes_on(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(
        b"<html><head><title>Ferry timetable changes - Herald</title></head><body><article><h1>Ferry timetable"
        b" changes</h1><p>The ferry will leave at seven from Monday, the operator said on Friday evening.</p>"
        b"<p>Passengers with season tickets keep their seats, and the late boat stays as it is.</p></article>"
        b"</body></html>"
    )
    lines = "\n".join(
        json.dumps(r)
        for r in [
            {"id": "good", "path": str(page), "url": "https://herald.example/ferry"},
            {"id": "missing", "path": str(tmp_path / "nope.html"), "url": "https://herald.example/x"},
            {"id": "again", "path": str(page), "url": "https://herald.example/ferry"},
        ]
    )
    proc = subprocess.run(
        [sys.executable, "-m", "autocrawl.cli", "extract", "--jsonl"],
        input=lines,
        text=True,
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["good", "missing", "again"]
    assert "error" in out[1] and "error" not in out[0]
    assert "ferry will leave at seven" in out[0]["body"]


def test_extract_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "autocrawl.cli", "extract", str(tmp_path / "nope.html")],
        text=True,
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert proc.returncode == 2
    assert "nope.html" in proc.stderr and "Traceback" not in proc.stderr


def test_crawl_without_urls_is_a_usage_error(tmp_path: Path) -> None:
    outcome = autocrawl("crawl", cwd=tmp_path)
    assert outcome.code == 2


def test_out_of_date_schema_stops_with_the_command_to_run(database_url: str, tmp_path: Path) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("the embedded SQLite store upgrades itself")
    from autocrawl.db.engine import make_engine
    from autocrawl.db.schema import downgrade

    engine = make_engine(database_url)
    try:
        downgrade(engine, "base")  # as a database made by an older autocrawl, before any migration
    finally:
        engine.dispose()
    outcome = autocrawl(*crawl_args(["http://127.0.0.1:9/"], database_url), cwd=tmp_path)
    assert outcome.code == 1
    assert "autocrawl db upgrade" in outcome.stderr
