"""Issue 15: a publisher's template change that breaks extraction raises a health alert naming the
site and the figures, and `autocrawl report --html` shows it in a real browser."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest

from autocrawl.demosite import DemoServer, build_demo_site
from autocrawl.urls import store_site_key

from .conftest import Store, autocrawl, crawl_args


class RedesignedServer(DemoServer):
    """The demo site after a redesign that breaks extraction: the article container is renamed,
    the story past its first two paragraphs moves into a script that renders it in the browser,
    the date markup is gone, the comment section too."""

    redesigned = False

    def respond(self, path_qs: str, base: str) -> Any:
        response = super().respond(path_qs, base)
        if not self.redesigned or response.status != 200 or "/news/" not in path_qs:
            return response
        html = response.body.decode("utf-8")
        html = re.sub(r'<meta property="article:(published|modified)_time"[^>]*>', "", html)
        html = re.sub(r'"date(Published|Modified)": *"[^"]*",?', "", html)
        html = re.sub(r'<span class="posted-on">.*?</span>', "", html)
        html = re.sub(r"<time[^>]*>.*?</time>", "", html)
        html = html.replace('class="entry-content"', 'class="story-body-v2"')  # the container renamed
        html = re.sub(r'<section id="comments".*?</section>', "", html, flags=re.S)
        html = re.sub(r'<ol class="comment-list".*?</ol>', "", html, flags=re.S)
        paragraphs = re.findall(r"<p>.*?</p>", html, flags=re.S)[2:]
        for paragraph in paragraphs:
            html = html.replace(paragraph, "", 1)
        story = " ".join(paragraphs).replace("<", "\\u003c").replace('"', "'")
        html = html.replace(
            "</body>", f'<script type="application/json" id="story">{{"text": "{story}"}}</script></body>'
        )
        response.body = html.encode("utf-8")
        return response


def test_a_redesign_that_breaks_extraction_raises_alerts_and_the_report_shows_them(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'health.db'}"  # the figures are the same whatever the store
    site = build_demo_site()
    server = RedesignedServer(site, port=0)
    with server:
        args = crawl_args([server.base + "/"], database_url)
        first = autocrawl(*args, cwd=tmp_path)
        assert first.code == 0, first.stderr[-3000:]
        assert "health alert" not in first.stderr
        server.redesigned = True
        second = autocrawl(*args, "--revisit-days", "100000", "--fail-on-alert", cwd=tmp_path)
    assert second.code == 1, "--fail-on-alert: an alert fails the run"
    assert second.summary["status"] == "failed"
    assert any("median body length" in alert for alert in second.summary["alerts"]), second.summary
    key = store_site_key(server.base + "/")
    store = Store(database_url)
    try:
        rows = store.rows("SELECT site_key, figures, alerts FROM site_health ORDER BY id")
        statuses = [r.status for r in store.rows("SELECT status FROM crawl_runs ORDER BY id")]
    finally:
        store.engine.dispose()
    assert [r.site_key for r in rows] == [key, key], "one health row per site and run"
    assert statuses == ["ok", "failed"], "crawl_runs agrees with the JSON line and the exit code"
    alerts = rows[-1].alerts if isinstance(rows[-1].alerts, list) else json.loads(rows[-1].alerts)
    alerted = {a["figure"] for a in alerts}
    assert {"median_body_chars", "comments_share"} <= alerted, alerts
    for figure in ("median body length", "share of articles with comments"):
        assert re.search(rf"health alert: {re.escape(key)}: {figure}", second.stderr), second.stderr[-3000:]

    report = tmp_path / "health.html"
    made = autocrawl("report", "--db", database_url, "--html", str(report), cwd=tmp_path)
    assert made.code == 0, made.stderr
    html = report.read_text()
    assert "median body length" in html and 'class="chart alert"' in html

    text = autocrawl("report", "--db", database_url, "--site", key, cwd=tmp_path)
    assert "ALERT median_body_chars" in text.stdout

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("no Chromium here (.ci/run installs Debian's chromium)")
    shot = tmp_path / "health.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
    flags += ["--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'chromium'}"]
    subprocess.run(
        [browser, *flags, "--window-size=900,700", f"--screenshot={shot}", report.as_uri()],
        capture_output=True,
        timeout=90,
        check=True,
    )
    width, height, pixels = read_png(shot.read_bytes())
    red = sum(1 for r, g, b in pixels if r > 170 and g < 80 and b < 80)
    assert width == 900 and height == 700
    assert red > 200, "the alert (red border, red points, red text) is visible in the rendered page"


def read_png(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        payload = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = payload
        elif kind == b"IDAT":
            chunks += payload
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(chunks)
    stride = width * step
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up, corner = previous[i], previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(line)
        previous = line
    pixels = [(row[i], row[i + 1], row[i + 2]) for row in rows for i in range(0, stride, step)]
    return width, height, pixels
