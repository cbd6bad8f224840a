"""Scrapy downloader middlewares of autocrawl, one per module."""
