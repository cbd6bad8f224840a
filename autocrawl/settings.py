"""Scrapy settings with autocrawl's defaults. Every knob is documented where it is set;
each can be overridden with `-s NAME=VALUE`, the environment (DATABASE_URL) or `autocrawl crawl` flags.
"""

from __future__ import annotations

import os

BOT_NAME = "autocrawl"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
# `scrapy crawl` checks the spider's arguments first: a bad one is a usage error (exit 2).
COMMANDS_MODULE = "autocrawl.scrapycommands"

# An honest user agent: who we are and where to read about us.
USER_AGENT = "autocrawl/0.1 (+https://github.com/autocrawl/autocrawl; news archiving crawler)"

# Politeness: obey robots.txt, few parallel requests per site, adapt to the site's latency.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_DELAY = 0.0
# Outputs of one callback handled at once. Scrapy starts this many tasks for every response
# (100 by default: a third of a millisecond each time); a page yields one article or a list of
# requests, and the pipelines write one item at a time, so more buy nothing.
CONCURRENT_ITEMS = 8
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0

# Bad input: bounded time and size per response, a few retries for transient failures.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # a news page is never 16 MiB; bigger is a file or a trap
# Bytes of responses whose callbacks are in progress before Scrapy stops downloading (its default
# is 5 MB). A sitemap stays in progress until all its requests are queued, so two 3 MB sitemaps
# held every download back for as long: room for two of the largest responses.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 2 * DOWNLOAD_MAXSIZE
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
HTTPERROR_ALLOWED_CODES: list[int] = [304]  # conditional GETs answer 304; the spider handles it
REDIRECT_ENABLED = True
REDIRECT_MAX_TIMES = 5
METAREFRESH_ENABLED = True
# A refresh within this many seconds is a redirect; slower ones reload a live page and are ignored.
METAREFRESH_MAXDELAY = 10
# Pages that are neither articles nor discovery pages (tags, galleries, calendars, dead links),
# reached from other such pages, per site and run; what the bound cuts is counted
# (autocrawl/skipped/page_budget). It bounds endless calendars and pagination traps.
AUTOCRAWL_MAX_OTHER_PAGES_PER_SITE = 200
# Sitemap indexes nested at most this deep below the first sitemap (robots.txt's, or one an HTML
# page names). sitemaps.org allows none; real sites nest two or three. An index chain that goes on
# (each index naming a new one) stops here, counted (skipped/sitemap_depth) with one line per site.
AUTOCRAWL_MAX_SITEMAP_DEPTH = 5
# Feeds (RSS, Atom, JSON Feed) read per site and run. A site announces a few (the front page's, a
# feed per section); a page that announces thousands (or links one per tag) would make as many
# requests for the same recent stories. Past the bound they are counted (skipped/feeds_over_limit)
# with one line per site. 0: no bound.
AUTOCRAWL_MAX_FEEDS_PER_SITE = 100
# Pages requested from sitemap and feed entries per site and run. Each becomes a request in the
# scheduler at once: an index of 30 full sitemaps (1.5 million URLs) took 5 GB and stalled the
# crawl. Past the bound the entries are counted (skipped/listed_over_limit), and sitemaps and feeds
# that come in once it is spent are not read (skipped/listings_over_limit), with one line per site;
# the run is then not complete for the next run's conditional GETs. The default is two full
# sitemaps (sitemaps.org's 50,000 URLs each): a site's news sitemap and feeds still fit beside
# one full archive sitemap. 0: no bound.
AUTOCRAWL_MAX_LISTED_URLS_PER_SITE = 100_000

# Cookies as a browser keeps them: each site gets back only its own (Scrapy's cookie jar applies
# the domain rules of http.cookiejar). Some sites gate their pages behind a redirect to the same URL
# that sets a cookie first (a consent or bot check); without cookies every page there is a loop.
COOKIES_ENABLED = True
# No console into a running crawl: neither Scrapy's telnet console nor its remote-control HTTP
# server (Scrapy 2.19 starts one by default, on localhost: it runs any Python code sent with the
# token it writes to a job file in the user's profile). A crawl from cron needs neither, and a
# code-execution endpoint in a process that reads hostile pages is surface nobody asked for.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# Where articles and comments go. sqlite:///data/autocrawl.db is the embedded default;
# postgresql+psycopg://user@host/db for a shared store.
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///data/autocrawl.db")
# The embedded SQLite store may upgrade its own schema; other stores need `autocrawl db upgrade`.
DATABASE_AUTO_UPGRADE_SQLITE = True
# Articles per transaction in the store pipeline.
STORE_BATCH_SIZE = 50
# Seconds the oldest buffered article waits before its batch is written even if not full, so a
# slow site's articles are visible within seconds and a killed crawl loses at most these. 0: only
# full batches (and the last one at the end).
STORE_BATCH_SECONDS = 5.0
# Seconds the store and dedupe pipelines wait out a lost database connection (refused, reset,
# closed), retrying with exponential backoff while the crawl backs up. Past that the crawl stops
# (finish reason `store_unavailable`, exit 1) and counts `articles_not_stored`; the next run
# fetches those again, as the frontier is the database.
STORE_RETRY_SECONDS = 120.0
# Seconds a PostgreSQL connection of the crawl waits for any one answer of the server (a
# statement, a fetch, a commit) before it is closed and the call retried as an outage: a server
# that keeps the connection open but never answers would otherwise hold the crawl forever
# (TCP keepalives do not see it). 0: no bound.
DATABASE_ANSWER_TIMEOUT = 60.0

# Near-duplicate detection (MinHash over 5-word shingles + LSH), index in the database (Redis in
# distributed mode). A wire story whose intro and footer were rewritten (2 of 9 paragraphs) has a
# Jaccard similarity of 0.76 to the original; 0.8 misses such copies, so the default is 0.7.
# Unrelated stories, even on the same topic, stay far below (< 0.1 on the demo site).
NEARDUP_ENABLED = True
NEARDUP_THRESHOLD = 0.7
NEARDUP_NUM_PERM = 128
NEARDUP_SHINGLE_SIZE = 5
# Bodies shorter than this (words) are never near duplicates; shorter than DEDUPE_MIN_WORDS, never
# exact duplicates either (a one-line body is not evidence of a copy).
NEARDUP_MIN_WORDS = 30
DEDUPE_MIN_WORDS = 10
# Where the index lives: "auto" (Redis when the scrapy-redis scheduler is configured, else the
# database), "database", "redis" (REDIS_URL, keys under NEARDUP_REDIS_PREFIX) or "memory" (this run).
NEARDUP_BACKEND = "auto"
REDIS_URL = "redis://127.0.0.1:6379/0"
NEARDUP_REDIS_PREFIX = "autocrawl:neardup:"
# Database index: signatures written this many per transaction (and before each store batch, so a
# stored article always has its signature); not yet written ones still answer queries in this run.
NEARDUP_WRITE_BATCH = STORE_BATCH_SIZE

# Crawl limits (spider arguments override them): 0 means no limit. The page limit is Scrapy's own
# CLOSESPIDER_PAGECOUNT (`--max-pages`, `-a max_pages=N`), kept by autocrawl.middlewares.page_limit.
AUTOCRAWL_MAX_DEPTH = 6
AUTOCRAWL_SINCE = ""  # ISO date: skip articles published before it (by sitemap/feed date or page date)
# Revisit stored articles younger than this many days for new comments (a conditional GET).
# Young counts from the published date. An article with no date counts from when it was first
# stored, and is revisited only when its last fetch found comments (or a comment count above 0):
# a page without a comment section gains nothing from a revisit (autocrawl.middlewares.incremental).
AUTOCRAWL_REVISIT_DAYS = 3.0
# The young stored articles of each start site are requested at the start of every run, linked or
# not (a story gone from the home page still gets comments; an old URL's redirect is followed): at
# most this many per site, the newest first (`autocrawl/skipped/revisits_over_limit` counts the rest).
AUTOCRAWL_MAX_REVISITS_PER_SITE = 2000
# Follow links found on article pages (related stories, sidebars). Off: articles are found through
# sitemaps, feeds and listing pages, as focused news crawlers do; a site's whole link graph is not
# walked. An article page's links to itself (AMP, print, #comments) are always kept as URL forms.
AUTOCRAWL_FOLLOW_ARTICLE_LINKS = False
# Worker processes for extraction (article, comments, links), beside the crawl process:
# "auto" = one per core but one, at most four; 0 = extract in the crawl process.
AUTOCRAWL_EXTRACT_PROCESSES = "auto"
# Incremental runs: a linked page that was neither an article nor a listing ('other': galleries,
# videos, about pages) is not fetched again until this many days old; a 404/410 not until the
# second figure (autocrawl.middlewares.page_memory, table `pages`).
AUTOCRAWL_RECHECK_OTHER_DAYS = 7.0
AUTOCRAWL_RECHECK_DEAD_DAYS = 30.0
# Conditional GET on discovery pages (start and listing pages, sitemaps, feeds) that sent an ETag or
# Last-Modified, when the site's last run was complete (nothing left unfetched or unstored). A 304
# leads again only to the sitemaps, feeds and listing pages the page held: its article links are
# stored already, and its other links (tags, galleries) are not checked again until it changes.
# A crawl that died (its run row still "running") makes its sites incomplete. Distributed runs
# (Redis) always read discovery pages whole: a killed worker's lost pages are found again there.
AUTOCRAWL_CONDITIONAL_DISCOVERY = True
SPIDER_MIDDLEWARES = {
    # before HttpErrorMiddleware (50), so that it sees the 404s and 410s it remembers as dead
    "autocrawl.middlewares.page_memory.PageMemory": 45,
}
# Comments read from one page at most; what the limit cuts is counted (skipped/comments_over_limit).
AUTOCRAWL_MAX_COMMENTS_PER_PAGE = 20000
# Seconds an extraction process may spend on one page (wall time); a page that takes longer is
# given up (logged, counted warnings/extraction-timeout) and the process replaced. A news page
# takes well under a second; one of 5,000 comments about 4 s. 0: no limit.
AUTOCRAWL_EXTRACT_TIMEOUT = 30.0
# Comment pages followed per article at most.
AUTOCRAWL_MAX_COMMENT_PAGES = 50

# Where requests may go. The SSRF guard refuses non-http(s) schemes and hosts that are, or resolve
# to, loopback, private, link-local, CGNAT, multicast, reserved or cloud-metadata addresses, unless
# they are in these CIDR networks (a list, or "127.0.0.0/8,::1/128" from -s). Empty: none allowed.
AUTOCRAWL_ALLOWED_NETWORKS: list[str] = []
# Behind an HTTP(S) proxy the proxy resolves host names; the guard still asks this machine's
# resolver (a name that is local here, e.g. in /etc/hosts, is refused), but waits this many seconds
# only (DNS_TIMEOUT without a proxy). A resolver that cannot reach the internet takes 5-20 s per name.
AUTOCRAWL_PROXIED_DNS_TIMEOUT = 1.0
# Comment requests stay on the article's registered domain; these hosts (and their subdomains) may
# serve an article's comments too, e.g. a comment service. A list, or a comma/space separated string.
AUTOCRAWL_COMMENT_HOSTS: list[str] = []

# Downloads connect only to addresses the SSRF guard allows: the address is judged again as the
# connection resolves it (a name whose DNS answer changes after the guard's check: DNS rebinding).
TWISTED_DNS_RESOLVER = "autocrawl.middlewares.resolver.GuardedResolver"

DOWNLOADER_MIDDLEWARES = {
    # Right after Scrapy's OffsiteMiddleware (50) and before RobotsTxtMiddleware (100): an off-site
    # comment request is refused before anything, not even the other host's robots.txt, is fetched.
    "autocrawl.middlewares.scope.SiteScope": 55,
    # After HttpProxyMiddleware (750), so that request.meta["proxy"] is set and a name left to the
    # proxy is known as such; before DownloaderStats (850) and the cache (900), so that a refused
    # request is neither counted as sent nor answered from a cache. Requests made by other
    # middlewares (robots.txt) and every redirect hop pass it too.
    "autocrawl.middlewares.ssrf.SsrfGuard": 760,
    # `--max-pages` (CLOSESPIDER_PAGECOUNT): next to the downloader, after every middleware that may
    # drop a request, before DownloaderStats (850): no request goes out once the responses received
    # and those in flight reach the limit (Scrapy's own close lets the scheduled ones go out)
    "autocrawl.middlewares.page_limit.PageLimit": 800,
    # Scrapy's robots.txt middleware with each robots.txt fetched once and a 5xx one read as
    # "disallow all" for the run (RFC 9309); then each page fetched once per run, whatever URL form
    # or redirect leads to it; Scrapy's redirect and meta-refresh middlewares with every dead end
    # (loop, other site, malformed Location, too many hops) counted.
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "autocrawl.middlewares.robots.RobotsTxtOnce": 100,
    # Incremental runs: a stored article whose listing says it has not changed is not fetched (it
    # never reaches FetchOnce, so a later listing that says it changed may still have it fetched);
    # the others, and discovery pages after a complete run, go out as conditional GETs.
    "autocrawl.middlewares.incremental.Incremental": 110,
    "autocrawl.middlewares.redirects.FetchOnce": 120,
    # Above RetryMiddleware (550): sees every failed attempt; a site whose requests get no answer
    # AUTOCRAWL_MAX_SITE_FAILURES times in a row is given up for the run
    "autocrawl.middlewares.unresponsive.UnresponsiveSites": 555,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "autocrawl.middlewares.redirects.GuardedMetaRefresh": 580,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "autocrawl.middlewares.redirects.GuardedRedirect": 600,
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "autocrawl.middlewares.cookies.SiteCookies": 700,
    # Scrapy's decompression, with a body its Content-Encoding does not describe counted
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "autocrawl.middlewares.decompression.CountedDecompression": 590,
    # a 206 answer to a request for the whole page is part of it: given up before it is unpacked
    "autocrawl.middlewares.partial.RefusePartialContent": 595,
    # a 304 to a request that sent no validator names no copy: given up, not taken for "unchanged"
    "autocrawl.middlewares.not_modified.RefuseUnaskedNotModified": 596,
    # a response whose header block passes AUTOCRAWL_MAX_HEADER_BYTES (or one line past
    # AUTOCRAWL_MAX_HEADER_LINE) fails at once, counted; above RetryMiddleware (550), whose
    # process_exception runs after this one's, so that it is not retried
    "autocrawl.middlewares.headerlimits.ResponseHeaderLimit": 597,
}
# Bounds on a response's header block, which DOWNLOAD_MAXSIZE (the body's) does not cover: the
# whole block (8 times what Chromium accepts, 256 KiB: no page a reader can open is refused, and a
# flood cannot fill memory) and one line (Python's http.client: 64 KiB).
AUTOCRAWL_MAX_HEADER_BYTES = 2 * 1024 * 1024
AUTOCRAWL_MAX_HEADER_LINE = 64 * 1024

ITEM_PIPELINES = {
    "pipelines.clean.CleanPipeline": 100,
    "pipelines.dedupe.DedupePipeline": 200,
    "pipelines.store.StorePipeline": 300,
}

EXTENSIONS = {
    # autocrawl's progress line (pages, articles, comments per minute) replaces Scrapy's LogStats
    "scrapy.extensions.logstats.LogStats": None,
    "autocrawl.extensions.progress.Progress": 500,
    "autocrawl.extensions.runs.CrawlRuns": 100,
    "autocrawl.extensions.workers.SharedQueueIdle": 600,
    # before CrawlRuns (100): the alerts are in the stats when the run's status is decided
    "autocrawl.extensions.health.SiteHealthMonitor": 50,
    "autocrawl.extensions.collector.CrawlGarbageCollection": 0,
    # robots.txt Crawl-delay and Retry-After on 429/503 as a floor under each site's delay; after
    # AutoThrottle (0), which would otherwise lower it again
    "autocrawl.extensions.pace.HonourSitePace": 700,
}
# The longest Crawl-delay (seconds between requests to a site) and Retry-After wait honoured; a
# site asking for more gets this much (a hostile or mistaken robots.txt cannot stall a crawl).
AUTOCRAWL_MAX_CRAWL_DELAY = 30.0
AUTOCRAWL_MAX_RETRY_AFTER = 120.0
# Attempts in a row to one site that get no answer (timeout, refused or lost connection, DNS; each
# retry is an attempt) before its other requests are dropped for the run (0: never).
AUTOCRAWL_MAX_SITE_FAILURES = 10
# Per-site extraction health after each run (table site_health, alerts in the run summary).
AUTOCRAWL_HEALTH_ENABLED = True
# A health alert fails the run (status 'failed', exit 1): `autocrawl crawl --fail-on-alert`.
AUTOCRAWL_FAIL_ON_ALERT = False
# Garbage collection for a long crawl (autocrawl.extensions.collector): the start-up objects frozen
# once the engine starts, so that collections do not walk them again; and the collector's
# thresholds during the crawl (gen0, gen1, gen2; empty: Python's 700, 10, 10). A page makes
# thousands of short-lived objects: with 700 many reach the oldest generation, and its
# collections walk the whole heap (on the scale bench, GC took ~1 ms of CPU per page; 0.3 ms so).
AUTOCRAWL_GC_FREEZE = True
AUTOCRAWL_GC_THRESHOLDS = "50000,20,10"
# Seconds between progress lines (0: none).
AUTOCRAWL_PROGRESS_INTERVAL = 10.0
# Set by `autocrawl crawl`, which takes the crawl lock itself before Scrapy starts.
AUTOCRAWL_LOCK_HELD = False
# Wait for a running crawl of the same sites instead of exiting with code 75.
AUTOCRAWL_LOCK_WAIT = False
# Distributed mode: a Redis URL switches the scheduler and duplicate filter to scrapy-redis.
AUTOCRAWL_REDIS_URL = os.environ.get("AUTOCRAWL_REDIS_URL", "")
AUTOCRAWL_REDIS_PREFIX = os.environ.get("AUTOCRAWL_REDIS_PREFIX", "autocrawl")
# Seconds an idle worker stays open while Redis cannot be asked whether the crawl is over (a
# reset, a refused connection); checked again at each idle signal. Past that the worker stops
# with finish reason `redis_unavailable` (status `failed`, exit 1).
AUTOCRAWL_REDIS_RETRY_SECONDS = 60.0
ADDONS = {"autocrawl.addons.Distributed": 0}
