"""The article store: engine, schema migrations, repository, crawl lock and run records."""
