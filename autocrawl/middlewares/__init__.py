"""Downloader middlewares of the project: each one job, built `from_crawler` with plain values."""
