"""The README's main job, `autocrawl demo`, as a new user runs it from an empty folder: the demo site
served on 127.0.0.1, crawled into the embedded SQLite file under data/, what was stored printed; and
run again, which stores nothing twice."""

from __future__ import annotations

import re
from pathlib import Path

from autocrawl.demosite import build_demo_site

from .conftest import autocrawl

STORED = re.compile(r"^Stored in (\S+): 1 sites, (\d+) articles, (\d+) comments, (\d+) crawl_runs$", re.M)


def test_the_main_job_stores_the_demo_site_once(tmp_path: Path) -> None:
    site = build_demo_site()
    env = {"DATABASE_URL": "sqlite:///data/autocrawl.db"}  # the default, whatever the caller's environment says
    quick = ("-s", "AUTOTHROTTLE_ENABLED=False", "-s", "AUTOCRAWL_PROGRESS_INTERVAL=0")

    first = autocrawl("demo", *quick, cwd=tmp_path, env=env, timeout=240)
    assert first.code == 0, first.stderr[-3000:]
    assert (tmp_path / "data" / "autocrawl.db").is_file()
    stored = STORED.search(first.stdout)
    assert stored is not None, first.stdout[-2000:]
    assert stored[1] == "sqlite:///data/autocrawl.db"
    assert int(stored[2]) == len(site.articles) == first.summary["articles_new"]
    assert int(stored[3]) == first.summary["comments_new"] > 0
    listed = re.findall(r"^  \d{4}-\d\d-\d\d  .+  \[(\d+) comments?\]$", first.stdout, re.M)
    assert len(listed) == min(20, len(site.articles))
    assert "[1 comments]" not in first.stdout  # one comment is "1 comment"

    again = autocrawl("demo", *quick, cwd=tmp_path, env=env, timeout=240)
    assert again.code == 0, again.stderr[-3000:]
    assert again.summary["articles_new"] == 0 and again.summary["comments_new"] == 0
    # each story is counted once, as the store saved it: the demo serves on a new port each run, so
    # the stories come back under new URLs, and the store knows them by their other URL forms
    outcomes = ("articles_new", "articles_updated", "articles_unchanged", "articles_duplicate")
    assert sum(again.summary[k] for k in outcomes) <= len(site.articles), again.summary
    stored_again = STORED.search(again.stdout)
    assert stored_again is not None
    assert (stored_again[2], stored_again[3], stored_again[4]) == (stored[2], stored[3], "2")
