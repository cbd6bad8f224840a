"""A bare-download Scrapy spider: follows every same-site link and sitemap entry, extracts nothing,
stores nothing. The yardstick for autocrawl's crawl throughput (bench/crawl_bench.py).

Same-site is the start URL's host, compared here: LinkExtractor's allow_domains matches no link
on an IP-address host such as the benches' 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, url: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_url = url
        self.host = urlsplit(url).hostname or ""
        self.links = LinkExtractor()

    async def start(self) -> AsyncIterator[Any]:
        yield scrapy.Request(self.start_url)
        yield scrapy.Request(self.start_url.rstrip("/") + "/robots.txt", callback=self.parse_robots)

    def parse_robots(self, response: Response) -> Iterator[Any]:
        for line in response.text.splitlines():
            if line.lower().startswith("sitemap:"):
                yield scrapy.Request(line.split(":", 1)[1].strip(), callback=self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        response = response.replace(cls=scrapy.http.XmlResponse)
        response.selector.remove_namespaces()
        for loc in response.xpath("//sitemap/loc/text()").getall():
            yield scrapy.Request(loc.strip(), callback=self.parse_sitemap)
        for loc in response.xpath("//url/loc/text()").getall():
            yield scrapy.Request(loc.strip())

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if isinstance(response, TextResponse):
            for link in self.links.extract_links(response):
                if urlsplit(link.url).hostname == self.host:
                    yield scrapy.Request(link.url)
