"""The per-site budget of pages that are neither articles nor discovery pages."""

from __future__ import annotations

from autocrawl.crawlstate import PageBudget


def test_budget_bounds_requests_in_flight_and_spent() -> None:
    budget = PageBudget(3)
    assert [budget.reserve("a") for _ in range(4)] == [True, True, True, False]
    assert budget.reserve("b"), "each site has its own budget"


def test_an_article_gives_its_unit_back_and_other_pages_spend_it() -> None:
    budget = PageBudget(2)
    assert budget.reserve("a") and budget.reserve("a")
    budget.settle("a", spent=False)  # it was an article
    assert budget.reserve("a")
    budget.settle("a", spent=True)
    budget.settle("a", spent=True)
    assert not budget.reserve("a")


def test_first_cut_is_reported_once_and_zero_means_no_limit() -> None:
    budget = PageBudget(1)
    assert budget.first_cut("a") and not budget.first_cut("a")
    unlimited = PageBudget(0)
    assert all(unlimited.reserve("a") for _ in range(1000))
