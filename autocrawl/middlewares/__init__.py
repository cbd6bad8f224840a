"""Scrapy downloader middlewares of autocrawl: guards that decide, request by request and on every
redirect hop, whether a request may leave the machine at all. Each module holds one middleware;
their order in `autocrawl.settings.DOWNLOADER_MIDDLEWARES` says why it sits where it does."""
