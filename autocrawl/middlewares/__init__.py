"""Downloader middlewares of the project: each one job, built `from_crawler` with plain values.
Their order in `autocrawl.settings.DOWNLOADER_MIDDLEWARES` (and the Distributed add-on) says why
each sits where it does."""
