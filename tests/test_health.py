"""Per-site extraction health: figures from a run's tallies, alerts against the site's history."""

from __future__ import annotations

from autocrawl.health import MIN_ARTICLES, SiteTally, alerts, figures


def healthy_run(articles: int = 20) -> dict[str, float]:
    tally = SiteTally(requests=articles + 10, linked_pages=articles + 2, listed_pages=articles)
    for i in range(articles):
        tally.add_article(f"Title {i}", "2024-05-01", ["A. Writer"], "word " * 400, 3 if i % 2 else 0, listed=True)
    return figures(tally)


def test_figures_of_a_run() -> None:
    tally = SiteTally(requests=10, failed=1, linked_pages=8, listed_pages=8)
    tally.add_article("T", "2024-05-01", ["A"], "x" * 100, comments=2, listed=True)
    tally.add_article(None, None, [], "x" * 300, comments=0, listed=True)
    got = figures(tally)
    assert got["articles"] == 2
    assert got["title_share"] == 0.5 and got["date_share"] == 0.5 and got["authors_share"] == 0.5
    assert got["comments_share"] == 0.5 and got["comments_per_article"] == 1.0
    assert got["median_body_chars"] == 200
    assert got["non_article_share"] == 6 / 8
    assert got["error_share"] == 0.1


def test_a_steady_site_raises_no_alert() -> None:
    history = [healthy_run() for _ in range(5)]
    assert alerts("news.example", healthy_run(), history) == []


def test_dates_and_bodies_that_vanish_are_alerts_naming_site_and_figure() -> None:
    history = [healthy_run() for _ in range(3)]
    broken = SiteTally(requests=30, linked_pages=22, listed_pages=20)
    for i in range(20):
        broken.add_article(f"Title {i}", None, ["A. Writer"], "word " * 40, comments=0, listed=True)
    found = alerts("news.example", figures(broken), history)
    assert {a.figure for a in found} == {"date_share", "median_body_chars", "comments_share", "comments_per_article"}
    assert all(a.site == "news.example" for a in found)
    date = next(a for a in found if a.figure == "date_share")
    assert "news.example" in date.message and "publication date" in date.message
    assert date.value == 0.0 and date.baseline == 1.0


def test_failures_that_rise_are_alerts() -> None:
    history = [healthy_run() for _ in range(3)]
    current = healthy_run()
    current["error_share"] = 0.6
    assert [a.figure for a in alerts("news.example", current, history)] == ["error_share"]


def test_listed_pages_that_stop_being_articles_are_an_alert() -> None:
    history = [healthy_run() for _ in range(3)]
    broken = SiteTally(requests=30, linked_pages=22, listed_pages=20)
    for i in range(4):
        broken.add_article(f"Title {i}", "2024-05-01", ["A. Writer"], "word " * 400, comments=1, listed=True)
    found = alerts("news.example", figures(broken), history)
    assert [a.figure for a in found] == ["non_article_share"]
    assert "listed as articles" in found[0].message


def test_an_incremental_run_with_few_fetched_pages_raises_no_alert() -> None:
    history = [healthy_run() for _ in range(3)]
    incremental = SiteTally(requests=40, linked_pages=30, listed_pages=2)  # listings again, 2 new stories
    for i in range(2):
        incremental.add_article(f"Title {i}", "2024-05-01", ["A. Writer"], "word " * 400, 1, listed=True)
    assert alerts("news.example", figures(incremental), history) == []


def test_too_few_articles_say_nothing() -> None:
    history = [healthy_run() for _ in range(3)]
    small = SiteTally(requests=3, linked_pages=2)
    for _ in range(MIN_ARTICLES - 1):
        small.add_article(None, None, [], "", comments=0)
    assert alerts("news.example", figures(small), history) == []
    assert alerts("news.example", healthy_run(), [healthy_run(MIN_ARTICLES - 1)]) == []
