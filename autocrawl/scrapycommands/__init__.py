"""Scrapy commands of the project (settings COMMANDS_MODULE)."""
