"""What a crawl keeps about its sites while it runs: the budget of pages that are not news
(`PageBudget`) and the bound on pages requested from sitemap and feed entries (`ListedBound`).
What it knows before it starts (the store) is read by autocrawl.middlewares.incremental and
autocrawl.middlewares.page_memory."""

from __future__ import annotations


class _SiteBound:
    """A per-site bound of `limit` (0: none) that tells when it first cuts something of a site."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.exhausted: set[str] = set()

    def first_cut(self, site: str) -> bool:
        """True the first time the bound of `site` cuts something (to log it once)."""
        if site in self.exhausted:
            return False
        self.exhausted.add(site)
        return True


class PageBudget(_SiteBound):
    """Per site, the pages a crawl may spend on pages that are neither articles nor discovery
    pages (tags, galleries, calendars, dead links), reached from other such pages.

    A request holds one unit from `reserve` until `settle`: an answer that is an article gives
    it back, anything else (another such page, a failure) spends it. So at most `limit` such
    pages are ever requested, however fast the links come. A limit of 0 means no limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.spent: dict[str, int] = {}
        self.pending: dict[str, int] = {}

    def reserve(self, site: str) -> bool:
        """Take a unit for one request to `site`; False when none is left."""
        if self.limit <= 0:
            return True
        if self.spent.get(site, 0) + self.pending.get(site, 0) >= self.limit:
            return False
        self.pending[site] = self.pending.get(site, 0) + 1
        return True

    def settle(self, site: str, spent: bool) -> None:
        """The answer to a reserved request came: `spent` unless it was an article."""
        if self.limit <= 0:
            return
        self.pending[site] = max(0, self.pending.get(site, 0) - 1)
        if spent:
            self.spent[site] = self.spent.get(site, 0) + 1


class ListedBound(_SiteBound):
    """Per site, the entries (pages listed) taken from its sitemaps and feeds this run, against
    `limit` (0: no limit). Each becomes a request that waits in the scheduler from the moment its
    listing is read, so this bounds the scheduler's memory, whatever a site's sitemaps list."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.taken: dict[str, int] = {}

    def room(self, site: str) -> int | None:
        """How many more entries `site` may give this run; None: no limit."""
        return max(0, self.limit - self.taken.get(site, 0)) if self.limit > 0 else None

    def take(self, site: str, entries: int) -> None:
        self.taken[site] = self.taken.get(site, 0) + entries
