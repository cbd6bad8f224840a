"""`scrapy crawl`, with the spider's arguments checked before Scrapy starts: a bad one is a usage
error (one line on stderr, exit 2), as in `autocrawl crawl`, not a traceback from inside the
crawl. A spider checks them with a `check_arguments(**spider_args)` class method that raises
ValueError."""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1 and self.crawler_process is not None:
            spider = self.crawler_process.spider_loader.load(args[0])
            check = getattr(spider, "check_arguments", None)
            if check is not None:
                try:
                    check(**opts.spargs)
                except ValueError as exc:
                    raise UsageError(str(exc), print_help=False) from None
        super().run(args, opts)
