"""A realistic small news site, generated in Python and served on 127.0.0.1.

Used by ``autocrawl demo``, the end-to-end tests and the benchmarks::

    from autocrawl.demosite import NewsSite, DemoServer, build_demo_site, build_generated_site

    site = build_demo_site()                       # The Harbour Herald, 16 hand-written stories
    with DemoServer(site, port=0, faults=True) as server:
        base = server.base                         # "http://127.0.0.1:PORT"

The :class:`DemoArticle` / :class:`DemoComment` records are the truth a
perfect crawler should store.
"""

from .content import build_demo_site, build_generated_site
from .model import DemoArticle, DemoComment, NewsSite
from .render import FAULT_PATHS
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
