"""Reader comments as served: threaded lists in two markup styles, page navigation,
the block under an article and the ``comments/`` pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .chrome import page
from .formats import human_date, iso
from .model import DemoArticle, DemoComment
from .templating import EMPTY, Html, fill, join, render

if TYPE_CHECKING:  # pragma: no cover
    from .model import NewsSite

# (article, comment, depth, rendered replies, parent, link to the parent if on another page, this page)
CommentRenderer = Callable[[DemoArticle, DemoComment, int, Html, DemoComment | None, str | None, str], Html]


def _comment_text(text: str) -> Html:
    return join(fill("<p>$p</p>", p=p) for p in text.split("\n\n"))


def _wp_comment(
    art: DemoArticle,
    c: DemoComment,
    depth: int,
    kids: Html,
    parent: DemoComment | None,
    parent_href: str | None,
    here: str = "",
) -> Html:
    """WordPress-like ``ol.commentlist`` item."""
    parent_attr = EMPTY
    reply_to = EMPTY
    if c.parent_id is not None:
        parent_attr = fill(' data-parent-id="comment-$id"', id=c.parent_id)
        reply_to = fill(
            '<span class="in-reply-to">in reply to <a href="$href">$name</a></span>',
            href=parent_href or f"#comment-{c.parent_id}",
            name=parent.author if parent else "an earlier comment",
        )
    return render(
        "comment-wp.html",
        id=c.id,
        depth=depth + 1,
        parent_class=" parent" if kids else "",
        parent_attr=parent_attr,
        author=c.author,
        here=here or art.path,
        published_iso=iso(c.published),
        published=human_date(c.published),
        published_time=f"{c.published:%H:%M}",
        reply_to=reply_to,
        text=_comment_text(c.text),
        path=art.path,
        children=fill('\n<ul class="children">\n$kids</ul>', kids=kids) if kids else "",
    )


def _md_comment(
    art: DemoArticle,
    c: DemoComment,
    depth: int,
    kids: Html,
    parent: DemoComment | None,
    parent_href: str | None,
    here: str = "",
) -> Html:
    """schema.org ``Comment`` microdata block."""
    parent_attr = EMPTY
    reply_to = EMPTY
    if c.parent_id is not None:
        parent_attr = fill(' data-parent-id="comment-$id"', id=c.parent_id)
        reply_to = fill(
            '<a class="reply-to" href="$href">@$name</a> ',
            href=parent_href or f"#comment-{c.parent_id}",
            name=parent.author if parent else "reader",
        )
    return render(
        "comment-microdata.html",
        id=c.id,
        parent_attr=parent_attr,
        author=c.author,
        published_iso=iso(c.published),
        published=f"{c.published:%d.%m.%Y %H:%M}",
        reply_to=reply_to,
        text=_comment_text(c.text),
        replies=fill('<div class="comment-replies">$kids</div>', kids=kids) if kids else "",
    )


def render_comment_list(site: NewsSite, art: DemoArticle, comments: list[DemoComment], page_no: int = 1) -> Html:
    """Threaded markup for one page of comments.  Comments whose parent is not on
    this page become roots here and point to the parent with data-parent-id and
    an "in reply to" link."""
    on_page = {c.id for c in comments}
    all_by_id = {c.id: c for c in art.comments}
    kids: dict[int | None, list[DemoComment]] = {}
    for c in comments:
        key = c.parent_id if c.parent_id in on_page else None
        kids.setdefault(key, []).append(c)
    for lst in kids.values():
        lst.sort(key=lambda c: c.id)
    fn: CommentRenderer = _md_comment if art.comment_style == "microdata" else _wp_comment
    here = art.comment_page_path(page_no)

    def parent_href(c: DemoComment) -> str | None:
        if c.parent_id is None or c.parent_id in on_page:
            return None
        try:
            pg = art.comment_page_of(c.parent_id)
        except KeyError:
            return None
        return f"{art.comment_page_path(pg).split('#')[0]}#comment-{c.parent_id}"

    def walk(pid: int | None, depth: int) -> Html:
        out = []
        for c in kids.get(pid, []):
            parent = all_by_id.get(c.parent_id) if c.parent_id else None
            out.append(fn(art, c, depth, walk(c.id, depth + 1), parent, parent_href(c), here))
        return join(out)

    items = walk(None, 0)
    if art.comment_style == "microdata":
        return fill('<div class="comment-stream">\n$items</div>', items=items)
    return fill('<ol class="commentlist">\n$items</ol>', items=items)


def _comment_nav(art: DemoArticle, page_no: int, n_pages: int) -> Html:
    if n_pages <= 1:
        return EMPTY
    parts = []
    if page_no > 1:
        parts.append(
            fill(
                '<a class="prev" rel="prev" href="$href">&larr; Newer comments</a>',
                href=art.comment_page_path(page_no - 1),
            )
        )
    for k in range(1, n_pages + 1):
        if k == page_no:
            parts.append(fill('<span class="current">$k</span>', k=k))
        else:
            parts.append(fill('<a class="page-numbers" href="$href">$k</a>', href=art.comment_page_path(k), k=k))
    if page_no < n_pages:
        parts.append(
            fill(
                '<a class="next" rel="next" href="$href">Older comments &rarr;</a>',
                href=art.comment_page_path(page_no + 1),
            )
        )
    return fill('<nav class="comment-navigation" aria-label="Comments">$parts</nav>', parts=join(parts, " "))


def _comment_form(art: DemoArticle) -> Html:
    return render("comment-form.html", path=art.path)


def render_comments_block(site: NewsSite, art: DemoArticle) -> Html:
    """What an article page shows of its comments: page 1 inline, or a link to ``comments/``."""
    n = len(art.comments)
    form = _comment_form(art)
    if art.template == "arena" and n == 0:
        return fill(
            '<div id="comments" class="user-thread"><h3>Reader comments</h3>'
            '<ul class="no-comments"><li>Nothing yet. Be the first to comment.</li></ul>$form</div>',
            form=form,
        )
    if art.comments_paged:
        return fill(
            '<section id="comments" class="comments-area"><h2 class="comments-title">$n comments</h2>'
            '<p class="read-all"><a href="$href">Read all $n comments</a></p>$form</section>',
            n=n,
            href=art.comments_path,
            form=form,
        )
    if n == 0:
        if art.comment_style == "microdata":
            return Html(
                '<div id="comments" class="news-comments"><h3>Comments (0)</h3>'
                '<p class="empty">No comments yet.</p></div>'
            )
        return fill(
            '<section id="comments" class="comments-area"><h2 class="comments-title">0 comments</h2>'
            '<p class="no-comments">No comments yet. Start the conversation.</p>$form</section>',
            form=form,
        )
    pages = art.comment_pages()
    lst = render_comment_list(site, art, pages[0])
    nav = _comment_nav(art, 1, len(pages))
    if art.comment_style == "microdata":
        return fill(
            '<div id="comments" class="news-comments"><h3>Comments ($n)</h3>\n$list\n$nav</div>',
            n=n,
            list=lst,
            nav=nav,
        )
    return fill(
        '<section id="comments" class="comments-area"><h2 class="comments-title">$n $word on '
        "&ldquo;$title&rdquo;</h2>\n$list\n$nav\n$form</section>",
        n=n,
        word="comment" if n == 1 else "comments",
        title=art.title,
        list=lst,
        nav=nav,
        form=form,
    )


def render_comments_page(site: NewsSite, art: DemoArticle, page_no: int, base: str = "") -> Html | None:
    """``comments/?page=k``: one page of an article's comments, or None past the last page."""
    pages = art.comment_pages()
    if page_no < 1 or page_no > len(pages):
        return None
    n_pages = len(pages)
    head = []
    if page_no > 1:
        head.append(fill('<link rel="prev" href="$href">', href=base + art.comment_page_path(page_no - 1)))
    if page_no < n_pages:
        head.append(fill('<link rel="next" href="$href">', href=base + art.comment_page_path(page_no + 1)))
    nav = _comment_nav(art, page_no, n_pages)
    body = render(
        "comments-page.html",
        path=art.path,
        title=art.title,
        count=len(art.comments),
        page_no=page_no,
        n_pages=n_pages,
        nav=nav,
        comments=render_comment_list(site, art, pages[page_no - 1], page_no),
        form=_comment_form(art),
    )
    canonical = art.comments_path + (f"?page={page_no}" if page_no > 1 else "")
    return page(
        site,
        title=f"Comments on {art.title} (page {page_no}) | {site.name}",
        body=body,
        head=join(head),
        canonical=canonical,
        og_type="website",
        base=base,
    )
