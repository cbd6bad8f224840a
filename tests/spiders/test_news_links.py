"""What the spider follows from a page's links: malformed and action links are counted, never
requested; the rest of the page goes on; links found on other pages spend the site's budget."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from autocrawl.discovery import Link, LinkKind
from autocrawl.discovery import LinkList as Links
from spiders.news import NewsSpider

SITE = "http://news.example.com"


def _spider(**settings: object) -> NewsSpider:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0, "AUTOCRAWL_MAX_DEPTH": 6, **settings})
    return NewsSpider.from_crawler(crawler, url=SITE + "/")


def _page(url: str, kind: str = "page") -> HtmlResponse:
    return HtmlResponse(url, body=b"<html></html>", request=Request(url, meta={"kind": kind}))


def _stat(spider: NewsSpider, key: str) -> int:
    assert spider.crawler.stats is not None
    return int(spider.crawler.stats.get_value(f"autocrawl/{key}", 0))


def test_bad_and_action_links_are_counted_and_the_rest_is_followed() -> None:
    spider = _spider()
    links = Links(
        [
            Link("http://news.example.com:99999/lost", LinkKind.ARTICLE),
            Link(SITE + "/item/vote?id=3&how=up&goto=item", LinkKind.PAGE),
            Link(SITE + "/news/2024/good-story", LinkKind.ARTICLE),
        ]
    )
    links.bad_urls = 2  # dropped by the parser itself
    requests = [r for r in spider._follow_links(_page(SITE + "/"), links) if isinstance(r, Request)]
    assert [r.url for r in requests] == [SITE + "/news/2024/good-story"]
    assert _stat(spider, "errors/bad_url") == 3
    assert _stat(spider, "skipped/action_links") == 1


def test_a_listed_entry_is_judged_by_its_query_not_by_its_path_words() -> None:
    """A sitemap or feed lists the publisher's pages: "print" in `/spiegel/print/d-161500790.html`
    names the print edition; the same path linked from a page is a print button."""
    spider = _spider()
    print_edition = SITE + "/spiegel/print/d-161500790.html"
    listed = Links(
        [
            Link(print_edition, LinkKind.ARTICLE),
            Link(SITE + "/login?redirect_to=/news/2024/good-story", LinkKind.ARTICLE),
        ]
    )
    requests = [
        r for r in spider._follow_links(_page(SITE + "/sitemap.xml", "sitemap"), listed) if isinstance(r, Request)
    ]
    assert [r.url for r in requests] == [print_edition]
    assert _stat(spider, "skipped/action_links") == 1
    linked = Links([Link(SITE + "/news/print/4711", LinkKind.PAGE)])
    assert not [r for r in spider._follow_links(_page(SITE + "/news/"), linked) if isinstance(r, Request)]
    assert _stat(spider, "skipped/action_links") == 2


def test_links_from_other_pages_stop_at_the_budget() -> None:
    spider = _spider(AUTOCRAWL_MAX_OTHER_PAGES_PER_SITE=3)
    links = Links([Link(f"{SITE}/gallery/photo-{n}", LinkKind.PAGE) for n in range(1, 11)])
    requests = [r for r in spider._follow_links(_page(SITE + "/gallery/"), links) if isinstance(r, Request)]
    assert len(requests) == 3
    assert _stat(spider, "skipped/page_budget") == 7
    from_home = [r for r in spider._follow_links(_page(SITE + "/", kind="start"), links) if isinstance(r, Request)]
    assert len(from_home) == 7, "links of a start page do not spend the budget; each page is requested once"
