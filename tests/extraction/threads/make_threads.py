"""Writes the hand-made thread fixtures of this folder and their truth (corpus format of
../shared/corpora/README.md, scored by `score-comments --corpus tests/extraction/threads`).

Each template below is written by hand in the shape of a kind of real thread markup (not copied
from any site); the comment texts, names and dates are generated from a fixed seed so that page
and truth always agree. Run `python tests/extraction/threads/make_threads.py` after a change.
"""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent

WORDS = re.split(
    r"\s+",
    "the a this that we they it is was not but and or because really think know data study paper result "
    "method sample size effect model climate energy price market city council school water river bridge "
    "road train bus budget tax vote policy report source author editor reader question answer point "
    "argument evidence claim number percent year month week morning evening night summer winter good bad "
    "strange obvious wrong right fair unfair cheap expensive slow fast old new local national small large "
    "agree disagree wonder doubt expect remember forget explain measure compare build repair replace open "
    "close read write link share test check prove miss find lose keep change move stay start stop",
)
NAMES = re.split(
    r"\s+",
    "amber basil cedar delta ember fennel garnet hazel indigo juniper kestrel linden maple nettle olive "
    "pepper quill rowan sorrel thistle umber violet willow yarrow zinnia",
)


@dataclass
class Node:
    author: str
    text: str
    when: datetime
    cid: int
    children: list[Node] = field(default_factory=list)


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(7, 16))]
    return " ".join(words).capitalize() + rng.choice([".", ".", "?", "!"])


def _text(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))


def make_tree(seed: int, shape: list[int], start_id: int = 1000) -> list[Node]:
    """A forest of `shape[0]` threads; `shape[d]` is the most answers a comment at depth d may have."""
    rng = random.Random(seed)
    counter = iter(range(start_id, start_id + 100000))
    clock = [datetime(2024, 5, 3, 8, 0, tzinfo=UTC)]

    def node() -> Node:
        clock[0] += timedelta(minutes=rng.randint(1, 40))
        name = f"{rng.choice(NAMES)}_{rng.choice(NAMES)}{rng.randint(1, 99)}"
        return Node(name, _text(rng), clock[0], next(counter))

    def grow(depth: int) -> list[Node]:
        if depth >= len(shape) or shape[depth] == 0:
            return []
        out = []
        for _ in range(shape[0] if depth == 0 else rng.randint(0, shape[depth])):
            n = node()
            n.children = grow(depth + 1)
            out.append(n)
        return out

    return grow(0)


def flatten(forest: list[Node]) -> Iterator[tuple[Node, int, Node | None]]:
    """(comment, depth, parent) in page order (depth first)."""

    def visit(n: Node, depth: int, parent: Node | None) -> Iterator[tuple[Node, int, Node | None]]:
        yield n, depth, parent
        for c in n.children:
            yield from visit(c, depth + 1, n)

    for root in forest:
        yield from visit(root, 0, None)


def truth_comments(rows: list[tuple[Node, int, Node | None]], shown: Callable[[datetime], str]) -> list[dict]:
    index = {id(n): i for i, (n, _, _) in enumerate(rows)}
    return [
        {
            "author": n.author,
            "published": shown(n.when),
            "published_iso": n.when.isoformat(),
            "text": n.text,
            "parent": index[id(p)] if p is not None else None,
        }
        for n, _, p in rows
    ]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def iso_z(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")


# ---------------------------------------------------------------- templates


def reddit_new() -> tuple[str, str, list[dict]]:
    """A new-style Reddit thread: <shreddit-comment> custom elements nesting each other, with
    depth and parentid attributes; the post links off-site to the story it discusses."""
    forest = make_tree(13, [11, 3, 2, 1])
    rows = list(flatten(forest))
    url = "https://www.reddit.com/r/urbanplanning/comments/1cj8x2q/city_council_approves_new_bridge_budget/"

    def comment(n: Node, depth: int, parent: Node | None) -> str:
        pid = f' parentid="t1_k{parent.cid}"' if parent else ""
        kids = "".join(comment(c, depth + 1, n) for c in n.children)
        kids = f'<div slot="children">{kids}</div>' if kids else ""
        return (
            f'<shreddit-comment author="{n.author}" thingid="t1_k{n.cid}" depth="{depth}"{pid} '
            f'permalink="/r/urbanplanning/comments/1cj8x2q/comment/k{n.cid}/" postid="t3_1cj8x2q" score="{n.cid % 97}">'
            f'<div slot="commentMeta" class="flex items-center">'
            f'<faceplate-tracker noun="comment_author"><a href="/user/{n.author}/" class="truncate">{n.author}</a>'
            f"</faceplate-tracker><span>·</span>"
            f'<faceplate-timeago ts="{iso_z(n.when)}"><time datetime="{iso_z(n.when)}">5h ago</time></faceplate-timeago>'
            f"</div>"
            f'<div slot="comment" id="t1_k{n.cid}-comment-rtjson-content" class="md text-14">'
            f"<p>{esc(n.text)}</p></div>"
            f'<shreddit-comment-action-row slot="actionRow"><button>Reply</button><button>Share</button>'
            f"</shreddit-comment-action-row>"
            f"{kids}</shreddit-comment>"
        )

    page = (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        "<title>City council approves new bridge budget : r/urbanplanning</title>"
        f'<link rel="canonical" href="{url}"></head><body><shreddit-app>'
        '<header><nav><a href="/">reddit</a><a href="/login">Log In</a></nav></header>'
        '<main class="main w-full"><shreddit-post post-title="City council approves new bridge budget" '
        'author="kestrel_maple7" id="t3_1cj8x2q" post-type="link" '
        'content-href="https://www.rivertown-herald.example/2024/05/03/council-approves-bridge-budget/">'
        '<h1 slot="title" id="post-title-t3_1cj8x2q">City council approves new bridge budget</h1>'
        '<a slot="full-post-link" href="/r/urbanplanning/comments/1cj8x2q/city_council_approves_new_bridge_budget/">'
        "</a>"
        '<a slot="outbound-link" target="_blank" rel="noopener nofollow ugc" '
        'href="https://www.rivertown-herald.example/2024/05/03/council-approves-bridge-budget/">'
        "rivertown-herald.example/2024/05/0...</a>"
        "</shreddit-post>"
        f'<shreddit-comment-tree id="comment-tree" post-id="t3_1cj8x2q" totalcomments="{len(rows)}">'
        + "".join(comment(n, 0, None) for n in forest)
        + "</shreddit-comment-tree></main></body></html>"
    )
    return url, page, truth_comments(rows, lambda d: iso_z(d))


def permalink_page() -> tuple[str, str, list[dict]]:
    """A news site's permalink page of one reader comment with its replies: the comment on top,
    a heading, then its direct replies as a list (replies to those nested below them)."""
    root = make_tree(23, [1], start_id=99120)[0]
    root.children = make_tree(31, [24, 2, 1], start_id=99200)
    rows = list(flatten([root]))
    url = "https://www.dailyledger.example/community/comments/99120"

    def shown(d: datetime) -> str:
        return d.strftime("%d %B %Y %H:%M")

    def body(n: Node) -> str:
        return (
            f'<header class="comment__header"><a class="comment__user" href="/community/profile/{n.author}">'
            f'{n.author}</a> <time class="comment__time" datetime="{n.when.isoformat()}">{shown(n.when)}</time>'
            f'</header><div class="comment__body"><p>{esc(n.text)}</p></div>'
            f'<footer class="comment__actions"><a href="/community/comments/{n.cid}">Link</a> '
            f'<button class="comment__reply">Reply</button> <a href="/community/report/{n.cid}">Report</a></footer>'
        )

    def reply(n: Node) -> str:
        kids = "".join(reply(c) for c in n.children)
        nested = f'<ul class="comment__responses">{kids}</ul>' if kids else ""
        return f'<li class="comment" data-comment-id="{n.cid}">{body(n)}{nested}</li>'

    page = (
        "<!DOCTYPE html><html><head><meta charset=utf-8><title>Comment by "
        f"{root.author} | The Daily Ledger</title></head><body>"
        '<nav class="site-nav"><a href="/">The Daily Ledger</a><a href="/news">News</a></nav>'
        '<main><p class="breadcrumb">Comment on <a href="/news/2024/05/harbour-plan-delayed">'
        "Harbour plan delayed again</a></p>"
        f'<article class="comment comment--focus" data-comment-id="{root.cid}">{body(root)}</article>'
        f'<h2 class="responses-heading">{len(rows) - 1} replies</h2>'
        '<div class="discussion"><ul class="comment-list">'
        + "".join(reply(c) for c in root.children)
        + "</ul></div></main><footer>© The Daily Ledger</footer></body></html>"
    )
    return url, page, truth_comments(rows, shown)


def flat_reply_to() -> tuple[str, str, list[dict]]:
    """A flat forum topic: every post at the same level, replies naming the post they answer
    through a link to its anchor (#post-N) and a data-parent-id attribute on some."""
    forest = make_tree(37, [14, 3, 2])
    rows = list(flatten(forest))
    url = "https://forum.gardeners.example/t/watering-tomatoes-in-a-dry-summer/5521"

    def shown(d: datetime) -> str:
        return d.strftime("%b %d, %Y %I:%M %p")

    posts = []
    for k, (n, _depth, parent) in enumerate(rows):
        attrs = f' data-parent-id="{parent.cid}"' if parent is not None and k % 2 == 0 else ""
        reply = (
            f'<a class="reply-to-tab" href="#post-{parent.cid}" title="in reply to {parent.author}">'
            f"↩ {parent.author}</a>"
            if parent is not None
            else ""
        )
        posts.append(
            f'<div class="topic-post comment" id="post-{n.cid}"{attrs}>'
            f'<div class="topic-avatar"><img src="/avatars/{n.author}.png" alt=""></div>'
            f'<div class="topic-body"><div class="topic-meta-data">'
            f'<span class="username"><a href="/u/{n.author}">{n.author}</a></span>{reply}'
            f'<a class="post-date" href="/t/watering-tomatoes-in-a-dry-summer/5521/{k + 1}">'
            f'<span title="{shown(n.when)}" data-time="{int(n.when.timestamp() * 1000)}">{shown(n.when)}</span></a>'
            f'</div><div class="cooked"><p>{esc(n.text)}</p></div>'
            f'<nav class="post-controls"><button>Like</button><button>Reply</button></nav></div></div>'
        )
    page = (
        "<!DOCTYPE html><html><head><meta charset=utf-8><title>Watering tomatoes in a dry summer - "
        "Vegetables - Gardeners Forum</title></head><body><header><a href='/'>Gardeners Forum</a></header>"
        '<div id="main-outlet"><h1 class="fancy-title">Watering tomatoes in a dry summer</h1>'
        '<div class="posts-wrapper discussion">' + "".join(posts) + "</div></div></body></html>"
    )
    return url, page, truth_comments(rows, shown)


def table_indent() -> tuple[str, str, list[dict]]:
    """An aggregator item page in the shape of Hacker News: comments as table rows, the depth only
    as the width of a spacer image; the item's title links to the story off-site."""
    forest = make_tree(41, [8, 3, 2, 2])
    rows = list(flatten(forest))
    url = "https://links.example.com/item?id=40211876"

    def shown(d: datetime) -> str:
        return d.strftime("%Y-%m-%d %H:%M")

    trs = []
    for n, depth, parent in rows:
        par = f' | <a href="item?id={parent.cid}">parent</a>' if parent is not None else ""
        trs.append(
            f'<tr class="athing thread-comment" id="{n.cid}"><td><table border="0"><tr>'
            f'<td class="ind"><img src="/px.gif" height="1" width="{depth * 40}"></td>'
            f'<td valign="top" class="votelinks"><a id="up_{n.cid}" href="vote?id={n.cid}&amp;how=up">'
            f'<div class="votearrow"></div></a></td><td class="default"><div style="margin-top:2px">'
            f'<span class="comhead"><a href="user?id={n.author}" class="hnuser">{n.author}</a> '
            f'<span class="age" title="{n.when.strftime("%Y-%m-%dT%H:%M:%S")}"><a href="item?id={n.cid}">'
            f"{shown(n.when)}</a></span>{par}</span></div><br>"
            f'<div class="comment"><span class="commtext c00">{esc(n.text)}</span>'
            f'<div class="reply"><p><font size="1"><u><a href="reply?id={n.cid}&amp;goto=item">reply</a></u>'
            f"</font></p></div></div></td></tr></table></td></tr>"
        )
    page = (
        "<html lang=en><head><title>Rivers are moving their beds faster than expected | Links</title></head>"
        '<body><center><table id="main" width="85%"><tr><td><b>Links</b> | <a href="newest">new</a></td></tr>'
        '<tr><td><table class="fatitem"><tr class="athing submission" id="40211876"><td class="title">'
        '<span class="titleline"><a href="https://science.example.org/articles/rivers-moving-beds">'
        "Rivers are moving their beds faster than expected</a> "
        '<span class="sitebit comhead">(<a href="from?site=science.example.org">science.example.org</a>)'
        '</span></span></td></tr><tr><td class="subtext"><span class="score">211 points</span> by '
        '<a href="user?id=willow_ember3" class="hnuser">willow_ember3</a> | '
        f'<a href="item?id=40211876">{len(rows)}&nbsp;comments</a></td></tr></table><br>'
        '<table class="comment-tree">' + "".join(trs) + "</table></td></tr></table></center></body></html>"
    )
    return url, page, truth_comments(rows, shown)


def table_permalink() -> tuple[str, str, list[dict]]:
    """The Hacker News shape of a comment's own page: the comment in the item table on top (not a
    reply row), its replies below as rows indented from zero."""
    root = make_tree(43, [1], start_id=38512)[0]
    root.children = make_tree(47, [9, 3, 2], start_id=38600)
    rows = list(flatten([root]))
    url = f"https://links.example.com/item?id={root.cid}"

    def shown(d: datetime) -> str:
        return d.strftime("%Y-%m-%d %H:%M")

    def head(n: Node) -> str:
        return (
            f'<span class="comhead"><a href="user?id={n.author}" class="hnuser">{n.author}</a> '
            f'<span class="age" title="{n.when.strftime("%Y-%m-%dT%H:%M:%S")}"><a href="item?id={n.cid}">'
            f"{shown(n.when)}</a></span>"
        )

    trs = []
    for n, depth, _parent in rows[1:]:
        trs.append(
            f'<tr class="athing thread-comment" id="{n.cid}"><td><table border="0"><tr>'
            f'<td class="ind"><img src="/px.gif" height="1" width="{(depth - 1) * 40}"></td>'
            f'<td class="default">{head(n)}</span><br><div class="comment">'
            f'<span class="commtext c00">{esc(n.text)}</span></div></td></tr></table></td></tr>'
        )
    page = (
        f"<html lang=en><head><title>{root.author} comments | Links</title></head><body><center>"
        '<table id="main"><tr><td><b>Links</b></td></tr><tr><td><table class="fatitem">'
        f'<tr class="athing" id="{root.cid}"><td class="ind"></td><td class="default">{head(root)}'
        ' <span class="navs"> | <a href="item?id=38400">parent</a> | on: '
        '<a href="item?id=38400">Rivers are moving their beds faster than expected</a></span></span><br>'
        f'<div class="comment"><span class="commtext c00">{esc(root.text)}</span></div></td></tr>'
        '</table><br><table class="comment-tree">' + "".join(trs) + "</table></td></tr></table></center></body></html>"
    )
    return url, page, truth_comments(rows, shown)


def nested_lists() -> tuple[str, str, list[dict]]:
    """A forum thread as nested ordered lists: each reply list follows the post it answers,
    inside the same list item."""
    forest = make_tree(53, [7, 3, 2, 1])
    rows = list(flatten(forest))
    url = "https://boards.example.org/cycling/threads/cheap-repair-for-old-bikes.8812/"

    def shown(d: datetime) -> str:
        return d.strftime("%d.%m.%Y, %H:%M")

    def item(n: Node) -> str:
        kids = "".join(item(c) for c in n.children)
        sub = f"<ol>{kids}</ol>" if kids else ""
        return (
            f'<li><article class="reply-card" id="r-{n.cid}"><div class="reply-head">'
            f'<a class="poster" href="/members/{n.author}.{n.cid}/">{n.author}</a> '
            f'<time datetime="{n.when.isoformat()}">{shown(n.when)}</time></div>'
            f'<div class="reply-content"><p>{esc(n.text)}</p></div>'
            f'<div class="reply-tools"><a href="#r-{n.cid}">#</a> <a href="?quote={n.cid}">Quote</a></div>'
            f"</article>{sub}</li>"
        )

    page = (
        "<!DOCTYPE html><html><head><meta charset=utf-8><title>Cheap repair for old bikes | Boards</title>"
        "</head><body><div class='p-body'><h1>Cheap repair for old bikes</h1>"
        '<ol class="thread-replies">' + "".join(item(n) for n in forest) + "</ol></div></body></html>"
    )
    return url, page, truth_comments(rows, shown)


def depth_classes() -> tuple[str, str, list[dict]]:
    """A blog whose theme prints its comments flat, each one's depth only as a depth-N class."""
    forest = make_tree(67, [8, 3, 2, 1])
    rows = list(flatten(forest))
    url = "https://www.slowkitchen.example/2024/05/sourdough-in-summer/"

    def shown(d: datetime) -> str:
        return d.strftime("%B %d, %Y at %I:%M %p").replace(" 0", " ")

    divs = []
    for k, (n, depth, _parent) in enumerate(rows):
        parity = "even" if k % 2 else "odd"
        divs.append(
            f'<div class="comment {parity} thread-{parity} depth-{depth + 1}" id="comment-{n.cid}">'
            f'<div class="comment-author vcard"><img class="avatar" src="/av.png" alt="">'
            f'<cite class="fn">{n.author}</cite> <span class="says">says:</span></div>'
            f'<div class="comment-meta commentmetadata"><a href="#comment-{n.cid}">{shown(n.when)}</a></div>'
            f"<p>{esc(n.text)}</p>"
            f'<div class="reply"><a class="comment-reply-link" href="?replytocom={n.cid}#respond">Reply</a></div>'
            f"</div>"
        )
    page = (
        "<!DOCTYPE html><html><head><meta charset=utf-8><title>Sourdough in summer – Slow Kitchen</title>"
        '<meta property="og:type" content="article"></head><body><article class="post">'
        "<h1 class='entry-title'>Sourdough in summer</h1><div class='entry-content'>"
        + "<p>"
        + " ".join(_sentence(random.Random(5)) for _ in range(12))
        + "</p></div></article>"
        '<div id="comments" class="comments-area"><h2>42 thoughts on “Sourdough in summer”</h2>'
        '<div class="commentlist">' + "".join(divs) + "</div></div></body></html>"
    )
    return url, page, truth_comments(rows, shown)


FIXTURES: dict[str, Callable[[], tuple[str, str, list[dict]]]] = {
    "depth-classes-blog": depth_classes,
    "flat-reply-to-forum": flat_reply_to,
    "nested-list-forum": nested_lists,
    "permalink-replies": permalink_page,
    "reddit-new-thread": reddit_new,
    "table-indent-item": table_indent,
    "table-comment-permalink": table_permalink,
}


def main() -> None:
    records = []
    for name, make in sorted(FIXTURES.items()):
        url, page, comments = make()
        (HERE / f"{name}.html").write_text(page, encoding="utf-8")
        records.append({"id": name, "file": f"{name}.html", "url": url, "comments": comments, "next_page_url": None})
    with (HERE / "truth.jsonl").open("w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
