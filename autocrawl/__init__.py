"""autocrawl: a Scrapy news crawler that stores clean, de-duplicated articles and reader comments."""

__version__ = "0.1.0"
