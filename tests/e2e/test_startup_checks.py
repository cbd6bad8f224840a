"""Problems a user can fix are found before the crawl starts: one sentence on stderr, no
traceback, exit 1 (2 for a malformed URL, a usage error), and nothing fetched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import REPO

START = "http://127.0.0.1:9/"  # never fetched: every case stops before the crawl


def run(args: list[str], cwd: Path, read_only: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`autocrawl ...`, with the folder `read_only` made read-only: by its mode for a normal user;
    for root, whom modes do not stop, by a read-only mount seen by this process alone."""
    command = [sys.executable, "-m", "autocrawl.cli", *args]
    if read_only is not None:
        read_only.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            if shutil.which("unshare") is None:
                pytest.skip("running as root without unshare(1): cannot make a folder read-only")
            mount = 'mount -t tmpfs -o ro,size=64k tmpfs "$0" && cd "$PWD" && exec "$@"'  # cd: into the mount
            command = ["unshare", "--mount", "sh", "-c", mount, str(read_only), *command]
        else:
            read_only.chmod(0o555)
    return subprocess.run(
        command,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def assert_one_sentence(proc: subprocess.CompletedProcess[str], code: int, *phrases: str) -> None:
    assert proc.returncode == code, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr[-3000:]
    for phrase in phrases:
        assert phrase in lines[0], lines[0]
    assert not proc.stdout.strip(), "no JSON line: the crawl never started"


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    for folder in [tmp_path, *tmp_path.rglob("*")]:
        if folder.is_dir():
            folder.chmod(0o755)  # so pytest can remove it


def test_read_only_data_folder(workdir: Path) -> None:
    proc = run(["crawl", START, "--db", "sqlite:///data/autocrawl.db"], workdir, read_only=workdir / "data")
    assert_one_sentence(proc, 1, "autocrawl crawl: cannot write the database file data/autocrawl.db", "read-only")


def test_data_folder_missing_in_a_read_only_folder(workdir: Path) -> None:
    parent = workdir / "ro"
    proc = run(["crawl", START, "--db", "sqlite:///data/autocrawl.db"], parent, read_only=parent)
    assert_one_sentence(proc, 1, "cannot create the folder", "for the database file data/autocrawl.db")


def test_data_is_a_file(workdir: Path) -> None:
    (workdir / "data").write_text("not a folder")
    proc = run(["crawl", START, "--db", "sqlite:///data/autocrawl.db"], workdir)
    assert_one_sentence(proc, 1, "exists but is not a folder")


def test_unreachable_database(workdir: Path) -> None:
    proc = run(["crawl", START, "--db", "postgresql+psycopg://postgres@127.0.0.1:1/news"], workdir)
    assert_one_sentence(proc, 1, "cannot connect to the database postgresql+psycopg://postgres@127.0.0.1:1/news")


def test_malformed_database_url(workdir: Path) -> None:
    proc = run(["crawl", START, "--db", "not a url"], workdir)
    assert_one_sentence(proc, 1, "database URL 'not a url' is malformed")


@pytest.mark.parametrize("url", ["ftp://example.com/", "www.example.com", "http:///path-only"])
def test_start_url_not_http_or_without_host(workdir: Path, url: str) -> None:
    proc = run(["crawl", url, "--db", "sqlite:///data/autocrawl.db"], workdir)
    assert_one_sentence(proc, 1, f"start URL {url!r} is not an http(s) URL with a host name")


def test_worker_on_unreachable_database(workdir: Path) -> None:
    proc = run(
        ["worker", START, "--redis", "redis://127.0.0.1:6379/0", "--db", "postgresql+psycopg://postgres@127.0.0.1:1/x"],
        workdir,
    )
    assert_one_sentence(proc, 1, "autocrawl worker: cannot connect to the database")


def test_worker_on_out_of_date_database(workdir: Path, postgresql_url: str) -> None:
    proc = run(["worker", START, "--redis", "redis://127.0.0.1:6379/0", "--db", postgresql_url], workdir)
    assert_one_sentence(proc, 1, "autocrawl worker: database", "run `autocrawl db upgrade --db")


def test_worker_on_unreachable_redis(workdir: Path) -> None:
    proc = run(["worker", START, "--redis", "redis://127.0.0.1:1/0", "--db", "sqlite:///data/autocrawl.db"], workdir)
    assert_one_sentence(proc, 1, "autocrawl worker: cannot connect to Redis at redis://127.0.0.1:1/0")


@pytest.mark.parametrize("since", ["yesterday", "2024-13-45"])
def test_since_that_is_no_date_is_a_usage_error(workdir: Path, since: str) -> None:
    proc = run(["crawl", "https://news.example.com/", "--since", since, "--db", "sqlite:///data/x.db"], workdir)
    assert_one_sentence(proc, 2, f"--since {since!r} is not a date")
