"""A realistic small news site served on 127.0.0.1.

Content is data (``data/*.json``, loaded by ``content.py``; the benchmark sites
come from the seeded generator in ``generated.py``), pages come from the template
set in ``templates/`` (filled by ``templating.py``, the one place that escapes).

Used by ``autocrawl demo``, the end-to-end tests and the benchmarks::

    from autocrawl.demosite import NewsSite, DemoServer, build_demo_site, build_generated_site

    site = build_demo_site()                       # The Harbour Herald, 16 hand-written stories
    with DemoServer(site, port=0, faults=True) as server:
        base = server.base                         # "http://127.0.0.1:PORT"

The :class:`DemoArticle` / :class:`DemoComment` records are the truth a
perfect crawler should store (``paragraphs`` = exact body text, sub-headings
included; ``lead`` is a summary shown only in teasers, feeds and meta tags).

URL map (articles marked *):
  /robots.txt  /sitemap_index.xml  /sitemap-news.xml  /sitemap-articles.xml (or -1..-N.xml)
  /rss.xml  /atom.xml  /  /latest/[?page=k]  /section/<s>/  /tag/<t>/  /author/<a>/
  /about  /login  /share  /private/secret (robots-disallowed)  /models/<m>/  /static/...
  /old/walter-penrose-diary (301)  /missing-page (404)
* /news/<yyyy>/<mm>/<slug>/         (also served: no trailing slash, any query, ?print=1, amp/)
  /news/<yyyy>/<mm>/<slug>/comments/[?page=k]   comment pages (not articles)
  faults=True: /faults/{server-error,flaky,slow,empty,report.pdf,photo.jpg,huge}
             * /faults/{broken,latin1,nocharset}  (truth in ``site.fault_articles``)
"""

from .content import build_demo_site
from .faults import FAULT_PATHS
from .generated import build_generated_site
from .model import DemoArticle, DemoComment, NewsSite
from .server import DemoServer, RequestRecord

__all__ = [
    "DemoArticle",
    "DemoComment",
    "DemoServer",
    "FAULT_PATHS",
    "NewsSite",
    "RequestRecord",
    "build_demo_site",
    "build_generated_site",
]
