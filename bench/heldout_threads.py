"""Comment threads, set 3: twelve hand-made templates of thread markup, written and scored here. Set 3
was held out (measured only) until stop 22; in stop 23 the extractor was developed on it and its
pages became the fixtures tests/extraction/threads/more3. The held-out set is now set 4
(bench/heldout_threads4.py), which shares this module's harness and helpers.

    python bench/heldout_threads.py [--keep DIR]

Each template is written by hand in the shape of a kind of real thread markup (none copied from a
site), filled from fixed seeds so that page and truth always agree: Hyvor-Talk-like, a
GitHub-issue-like timeline, Ghost-like, Substack-like, YouTube-like, a Slashdot-like tree, a
MediaWiki talk page, a mailing-list thread, Blogger, Typepad with a next page, a Russian news site,
an Arabic right-to-left news site. The pages and truth (corpus format of
../shared/corpora/README.md, comments part) are written to a temporary folder (or --keep DIR) and
scored by ../shared/scoring/score-comments; the per-page table follows its SUMMARY line.

Truth conventions: the article / opening post / first message is not a comment; text is the
commenter's own words (no quoted text, signature, buttons, subject lines or badges); parent is
the index of the comment answered (null for a comment on the article or first post); published
is the date as the reader sees it, published_iso the same instant where the page states it
(aware when the page gives an offset or UTC, naive when it gives a local time only, a bare day
when it gives only a day, null when only a relative age is shown).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import subprocess
import sys
import tempfile
import textwrap
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus_split import EXTRACT_COMMENTS, SHARED, summary  # noqa: E402

EN_WORDS = [
    "the",
    "a",
    "this",
    "that",
    "we",
    "they",
    "it",
    "is",
    "was",
    "not",
    "but",
    "and",
    "or",
    "because",
    "honestly",
    "think",
    "know",
    "figure",
    "gauge",
    "reading",
    "survey",
    "station",
    "flood",
    "level",
    "season",
    "rainfall",
    "pump",
    "valve",
    "sensor",
    "battery",
    "firmware",
    "logger",
    "cable",
    "ferry",
    "harbour",
    "timetable",
    "schedule",
    "crossing",
    "fare",
    "ticket",
    "canal",
    "towpath",
    "lock",
    "cyclist",
    "bridge",
    "repair",
    "radio",
    "valve",
    "solder",
    "capacitor",
    "speaker",
    "dial",
    "kitchen",
    "garden",
    "hedge",
    "orchard",
    "soil",
    "compost",
    "council",
    "county",
    "grant",
    "budget",
    "tender",
    "contract",
    "contractor",
    "engineer",
    "volunteer",
    "neighbour",
    "village",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "autumn",
    "spring",
    "last",
    "next",
    "every",
    "other",
    "same",
    "different",
    "early",
    "late",
    "quiet",
    "loud",
    "muddy",
    "dry",
    "wet",
    "steep",
    "flat",
    "narrow",
    "wide",
    "cheaper",
    "pricier",
    "slower",
    "quicker",
    "older",
    "newer",
    "agree",
    "disagree",
    "suspect",
    "doubt",
    "guess",
    "hope",
    "worry",
    "notice",
    "measure",
    "compare",
    "borrow",
    "fix",
    "replace",
    "ignore",
    "explain",
    "mention",
    "check",
    "trust",
    "remember",
    "forgot",
    "tried",
    "used",
    "moved",
    "stayed",
    "started",
    "stopped",
    "waited",
    "probably",
    "certainly",
    "maybe",
    "never",
    "always",
    "often",
    "rarely",
    "still",
    "already",
    "again",
    "almost",
    "enough",
]

RU_WORDS = [
    "город",
    "мост",
    "дорога",
    "бюджет",
    "мэрия",
    "жители",
    "автобус",
    "метро",
    "вода",
    "река",
    "школа",
    "цены",
    "налог",
    "работа",
    "деньги",
    "проект",
    "строительство",
    "зима",
    "лето",
    "утро",
    "вечер",
    "год",
    "месяц",
    "неделя",
    "новый",
    "старый",
    "хороший",
    "плохой",
    "дорогой",
    "дешёвый",
    "быстро",
    "медленно",
    "опять",
    "снова",
    "уже",
    "ещё",
    "всегда",
    "никогда",
    "почему",
    "когда",
    "где",
    "это",
    "тот",
    "наш",
    "ваш",
    "они",
    "мы",
    "я",
    "вы",
    "не",
    "и",
    "но",
    "или",
    "потому",
    "что",
    "как",
    "думаю",
    "знаю",
    "согласен",
    "сомневаюсь",
    "помню",
    "видел",
    "читал",
    "ждём",
    "обещали",
    "построили",
    "закрыли",
    "открыли",
    "ремонт",
    "пробки",
    "парковка",
    "остановка",
    "власти",
    "депутаты",
    "статья",
    "автор",
    "правда",
    "вопрос",
    "ответ",
    "цифры",
    "процентов",
    "подрядчик",
    "смета",
    "берег",
    "переправа",
    "трамвай",
    "район",
    "двор",
    "соседи",
]

AR_WORDS = [
    "المدينة",
    "الحكومة",
    "الطريق",
    "الماء",
    "المدرسة",
    "الأسعار",
    "الميزانية",
    "المشروع",
    "الشباب",
    "العمل",
    "السوق",
    "النقل",
    "الحافلة",
    "القطار",
    "الصيف",
    "الشتاء",
    "اليوم",
    "غدا",
    "أمس",
    "هذا",
    "هذه",
    "ذلك",
    "نحن",
    "هم",
    "أنا",
    "لا",
    "لم",
    "لن",
    "و",
    "لكن",
    "أو",
    "لأن",
    "في",
    "من",
    "على",
    "إلى",
    "مع",
    "عن",
    "كل",
    "بعض",
    "جديد",
    "قديم",
    "جيد",
    "سيء",
    "غالي",
    "رخيص",
    "أعتقد",
    "أوافق",
    "أتمنى",
    "نريد",
    "يجب",
    "مشكلة",
    "حل",
    "المواطن",
    "الوزارة",
    "المجلس",
    "التقرير",
    "الصحفي",
    "الحقيقة",
    "السؤال",
    "الجواب",
    "سنوات",
    "شهر",
    "أسبوع",
    "كبير",
    "صغير",
    "محلي",
    "وطني",
    "فعلا",
    "دائما",
    "أبدا",
    "الحي",
    "السكان",
    "الميناء",
    "الشاطئ",
    "المستشفى",
    "الطلبة",
    "الأسر",
]

FIRST = [
    "Priya",
    "Tomasz",
    "Ingrid",
    "Kwame",
    "Lucia",
    "Dmitri",
    "Aoife",
    "Mateo",
    "Hana",
    "Oskar",
    "Beatriz",
    "Felix",
    "Noor",
    "Sven",
    "Amara",
    "Jonah",
    "Keiko",
    "Rafael",
    "Greta",
    "Idris",
    "Maren",
    "Callum",
    "Zofia",
    "Elliot",
    "Saoirse",
    "Tobias",
    "Yara",
    "Anselm",
    "Delphine",
    "Ravi",
]
LAST = [
    "Raman",
    "Wojcik",
    "Halvorsen",
    "Mensah",
    "Ferraro",
    "Volkov",
    "Brennan",
    "Ortega",
    "Sato",
    "Lindgren",
    "Carvalho",
    "Baumann",
    "Haddad",
    "Eriksen",
    "Okafor",
    "Whitlock",
    "Moreau",
    "Quigley",
    "Achterberg",
    "Castellano",
    "Nakamura",
    "Pruitt",
    "Fenwick",
    "Ashdown",
]
HANDLE_A = [
    "river",
    "tide",
    "fern",
    "moss",
    "slate",
    "cobalt",
    "copper",
    "ember",
    "lark",
    "heron",
    "otter",
    "maple",
    "birch",
    "quartz",
    "pine",
]
HANDLE_B = [
    "walker",
    "smith",
    "works",
    "fox",
    "byte",
    "lab",
    "field",
    "hollow",
    "stone",
    "craft",
    "light",
    "reed",
    "runner",
    "keeper",
]

RU_FIRST = [
    "Ольга",
    "Сергей",
    "Андрей",
    "Наталья",
    "Дмитрий",
    "Ирина",
    "Алексей",
    "Екатерина",
    "Михаил",
    "Татьяна",
    "Павел",
    "Светлана",
    "Игорь",
    "Юлия",
]
RU_LAST_M = ["Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Волков", "Зайцев"]
RU_FEM = set(["Ольга", "Наталья", "Ирина", "Екатерина", "Татьяна", "Светлана", "Юлия"])
AR_FIRST = [
    "أحمد",
    "فاطمة",
    "يوسف",
    "مريم",
    "خالد",
    "ليلى",
    "عمر",
    "سلمى",
    "حسن",
    "نور",
    "كريم",
    "هدى",
    "سمير",
    "رانيا",
    "طارق",
    "أمينة",
]
AR_LAST = ["العلوي", "بنعلي", "الإدريسي", "التازي", "الفاسي", "المنصوري", "الحسني", "الشرقاوي", "البقالي", "السوسي"]


@dataclass
class Node:
    author: str
    paras: list[str]
    when: datetime
    cid: int
    children: list[Node] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paras)


# ---------------------------------------------------------------- random material


def sentence(rng: random.Random, words: list[str] = EN_WORDS, ends: str = "..?!") -> str:
    ws = [rng.choice(words) for _ in range(rng.randint(7, 16))]
    s = " ".join(ws)
    return s[0].upper() + s[1:] + rng.choice(ends)


def paras(rng: random.Random, words: list[str] = EN_WORDS, ends: str = "..?!", most: int = 2) -> list[str]:
    n = 1 if rng.random() < 0.7 else rng.randint(2, most) if most > 1 else 1
    return [" ".join(sentence(rng, words, ends) for _ in range(rng.randint(1, 3))) for _ in range(n)]


def article(seed: int, n: int = 5, words: list[str] = EN_WORDS, ends: str = "..?!") -> list[str]:
    rng = random.Random(seed)
    return [" ".join(sentence(rng, words, ends) for _ in range(rng.randint(3, 5))) for _ in range(n)]


def full_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def handle(rng: random.Random) -> str:
    return f"{rng.choice(HANDLE_A)}{rng.choice(HANDLE_B)}{rng.randint(1, 99)}"


def ru_name(rng: random.Random) -> str:
    first = rng.choice(RU_FIRST)
    last = rng.choice(RU_LAST_M)
    return f"{first} {last}а" if first in RU_FEM else f"{first} {last}"


def ar_name(rng: random.Random) -> str:
    return f"{rng.choice(AR_FIRST)} {rng.choice(AR_LAST)}"


def make_tree(
    seed: int,
    shape: list[int],
    namer: Callable[[random.Random], str],
    texter: Callable[[random.Random], list[str]],
    start: datetime,
    step: tuple[int, int] = (3, 60),
    lo: int = 10,
    hi: int = 25,
    min_depth: int = 0,
    start_id: int = 5000,
) -> list[Node]:
    """A forest of `shape[0]` threads, `shape[d]` the most answers a comment at depth d may get;
    reseeded until it holds lo..hi comments and reaches depth min_depth. Page order is time order."""
    for attempt in range(500):
        rng = random.Random(seed * 1000 + attempt)
        counter = iter(range(start_id, start_id + 100000))

        def grow(depth: int, rng: random.Random = rng, counter: Iterator[int] = counter) -> list[Node]:
            if depth >= len(shape) or shape[depth] == 0:
                return []
            out = []
            for _ in range(shape[0] if depth == 0 else rng.randint(0, shape[depth])):
                n = Node(namer(rng), texter(rng), start, next(counter))
                n.children = grow(depth + 1, rng, counter)
                out.append(n)
            return out

        forest = grow(0)
        rows = list(flatten(forest))
        deepest = max((d for _, d, _ in rows), default=0)
        if lo <= len(rows) <= hi and deepest >= min_depth:
            # times increase in page order, replies always after what they answer
            clock = start
            for n, _, _ in rows:
                clock += timedelta(minutes=rng.randint(*step))
                n.when = clock
            return forest
    raise RuntimeError(f"no tree for seed {seed}")


def flatten(forest: list[Node]) -> Iterator[tuple[Node, int, Node | None]]:
    def visit(n: Node, depth: int, parent: Node | None) -> Iterator[tuple[Node, int, Node | None]]:
        yield n, depth, parent
        for c in n.children:
            yield from visit(c, depth + 1, n)

    for root in forest:
        yield from visit(root, 0, None)


def truth(
    rows: list[tuple[Node, int, Node | None]],
    shown: Callable[[Node], str],
    iso: Callable[[Node], str | None],
) -> list[dict]:
    index = {id(n): i for i, (n, _, _) in enumerate(rows)}
    return [
        {
            "author": n.author,
            "published": shown(n),
            "published_iso": iso(n),
            "text": n.text,
            "parent": index[id(p)] if p is not None else None,
        }
        for n, _, p in rows
    ]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def rich(p: str, links: bool = True) -> str:
    """The paragraph as HTML, now and then one word emphasised or linked (same words shown)."""
    h = zlib.crc32(p.encode())
    ws = p.split(" ")
    k = h % len(ws)
    w = esc(ws[k])
    if h % 7 == 0:
        ws[k] = f"<em>{w}</em>"
    elif h % 11 == 0 and links:
        ws[k] = f'<a href="https://notes.example.net/{h % 9973}" rel="nofollow ugc">{w}</a>'
    elif h % 13 == 0:
        ws[k] = f"<strong>{w}</strong>"
    else:
        ws[k] = w
    return " ".join(x if i == k else esc(x) for i, x in enumerate(ws))


def p_html(node: Node, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{rich(p)}</p>" for p in node.paras)


def iso_z(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def naive(d: datetime) -> str:
    return d.replace(tzinfo=None).isoformat()


def ampm(d: datetime, fmt: str) -> str:
    return d.strftime(fmt).replace("{h}", str(int(d.strftime("%I"))))


def head(title: str, url: str, desc: str, extra: str = "", lang: str = "en", dirattr: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"{dirattr}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>"
        f'<meta name="description" content="{esc(desc)}">'
        f'<link rel="canonical" href="{esc(url)}">'
        f'<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="{esc(url)}">'
        f'<meta property="og:description" content="{esc(desc)}">'
        f"{extra}</head>"
    )


# ---------------------------------------------------------------- 1. Hyvor Talk-like


def hyvor_talk() -> tuple:
    """A personal engineering blog with a Hyvor-Talk-like embed: nested .htc-comment boxes with
    their replies in .htc-comment-replies, ages shown relative ("2 days ago") over a <time>
    with the UTC instant; the blog owner answers with an "Author" badge beside the name."""
    url = "https://quiet-engineer.example.net/posts/heat-pump-first-winter/"
    forest = make_tree(11, [8, 3, 2, 2], full_name, paras, datetime(2024, 5, 3, 6, 0, tzinfo=UTC), (5, 95), 14, 24, 2)
    rows = list(flatten(forest))
    owner = "Marta Lindqvist"
    for n, d, _ in rows:
        if d == 1:
            n.author = owner
            break
    now = datetime(2024, 5, 6, 10, 30, tzinfo=UTC)

    def rel(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            v, u = int(s // 60), "minute"
        elif s < 86400:
            v, u = int(s // 3600), "hour"
        else:
            v, u = int(s // 86400), "day"
        return f"{v} {u}{'s' if v != 1 else ''} ago"

    def c(n: Node, depth: int) -> str:
        badge = '<span class="htc-badge htc-badge-author">Author</span>' if n.author == owner else ""
        kids = "".join(c(k, depth + 1) for k in n.children)
        kids = f'<div class="htc-comment-replies">{kids}</div>' if kids else ""
        votes = zlib.crc32(n.text.encode()) % 17
        return (
            f'<div class="htc-comment" id="htc-comment-{n.cid}" data-depth="{depth}">'
            f'<div class="htc-comment-box"><div class="htc-comment-avatar">'
            f'<img src="/hyvor/avatar/{n.cid}.png" alt="" width="36" height="36"></div>'
            f'<div class="htc-comment-main"><div class="htc-comment-meta">'
            f'<span class="htc-comment-name">{esc(n.author)}</span>{badge}'
            f'<a class="htc-comment-time-link" href="#htc-comment-{n.cid}">'
            f'<time class="htc-comment-time" datetime="{iso_z(n.when)}" '
            f'title="{n.when.strftime("%a, %b %d, %Y, %H:%M")} UTC">{rel(n)}</time></a></div>'
            f'<div class="htc-comment-body">{p_html(n)}</div>'
            f'<div class="htc-comment-actions"><button class="htc-vote htc-vote-up" aria-label="Upvote">'
            f'<svg viewBox="0 0 16 16"></svg><span>{votes}</span></button>'
            f'<button class="htc-vote htc-vote-down" aria-label="Downvote"><svg viewBox="0 0 16 16"></svg></button>'
            f'<button class="htc-reply-button">Reply</button><button class="htc-share">Share</button>'
            f'<button class="htc-more" aria-label="More">⋯</button></div></div></div>{kids}</div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(111, 6))
    page = (
        head(
            "My heat pump's first winter, in numbers – The Quiet Engineer",
            url,
            "Five months of meter readings from an air-to-water heat pump in a 1930s house.",
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2024-05-02T19:40:00+00:00">'
            f'<meta name="author" content="{owner}"><link rel="alternate" type="application/rss+xml" href="/feed.xml">',
        )
        + '<body class="post-template"><header class="site-header"><a class="site-title" href="/">The Quiet Engineer</a>'
        '<nav class="site-nav"><a href="/posts/">Posts</a><a href="/notes/">Notes</a><a href="/about/">About</a>'
        '<a href="/feed.xml">RSS</a></nav></header><div class="wrap"><main class="content">'
        '<article class="post"><h1 class="post-title">My heat pump\'s first winter, in numbers</h1>'
        f'<p class="post-meta">By <a href="/about/">{owner}</a> · <time datetime="2024-05-02">2 May 2024</time> · 9 min read</p>'
        f'<div class="post-body">{body}<figure><img src="/img/cop-chart.png" alt="Chart">'
        "<figcaption>Daily coefficient of performance, November to March.</figcaption></figure></div>"
        '<p class="post-tags">Tagged <a href="/tags/energy/">energy</a>, <a href="/tags/home/">home</a></p></article>'
        '<section class="comments-section" id="comments"><h2>Discussion</h2>'
        '<div id="hyvor-talk-view"><div class="htc-wrap" data-page-id="heat-pump-first-winter">'
        f'<div class="htc-header"><span class="htc-count">{len(rows)} Comments</span>'
        '<div class="htc-sort"><button class="active">Top</button><button>Newest</button><button>Oldest</button></div>'
        '<div class="htc-reactions"><button>😍 <span>14</span></button><button>👍 <span>31</span></button>'
        "<button>🤔 <span>3</span></button></div></div>"
        '<div class="htc-editor"><div class="htc-editor-placeholder">Write your comment…</div>'
        '<button class="htc-login">Log in</button><button class="htc-signup">Sign up</button></div>'
        '<div class="htc-comments">' + "".join(c(n, 0) for n in forest) + "</div>"
        '<div class="htc-footer"><a href="https://talk.hyvor.example/">Powered by Hyvor Talk</a></div>'
        "</div></div></section></main>"
        '<aside class="sidebar"><h3>Recent posts</h3><ul><li><a href="/posts/insulating-the-loft/">Insulating the loft, '
        'a year on</a></li><li><a href="/posts/solar-diverter/">Building a solar diverter</a></li>'
        '<li><a href="/posts/meter-reader/">Reading the gas meter with a camera</a></li></ul>'
        "<h3>Newsletter</h3><p>One email a month, no tracking.</p><form><input type=email><button>Subscribe</button></form>"
        "</aside></div>"
        '<footer class="site-footer"><p>© 2024 Marta Lindqvist · <a href="/privacy/">Privacy</a> · '
        "Built with a static site generator</p></footer></body></html>"
    )
    return url, page, truth(rows, rel, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 2. GitHub-issue-like


def issue_thread() -> tuple:
    """A code forge's issue page in the shape of GitHub: the opening post (not a comment), then a
    flat timeline of comment boxes with author, role label, "edited" marker and reactions, and
    timeline events between them (labels, assignments, cross-references, a closing commit)."""
    url = "https://forge.example.dev/fieldkit/river-logger/issues/412"
    forest = make_tree(
        22,
        [15],
        lambda r: handle(r),
        lambda r: paras(r, most=3),
        datetime(2024, 5, 3, 7, 40, tzinfo=UTC),
        (20, 600),
        12,
        20,
    )
    rows = list(flatten(forest))
    opener = "tkestrel"
    roles = ["Member", "Contributor", "", "", "Author", ""]

    def shown(n: Node) -> str:
        return n.when.strftime("%b %d, %Y").replace(" 0", " ")

    def box(n: Node, anchor: str, k: int) -> str:
        role = roles[k % len(roles)] if n.author != opener else "Author"
        label = f'<span class="Label Label--secondary timeline-comment-label">{role}</span>' if role else ""
        edited = (
            ' <span class="js-comment-edit-history"><button class="btn-link">edited</button></span>'
            if k % 5 == 2
            else ""
        )
        reactions = (
            f'<div class="comment-reactions"><button class="social-reaction-summary-item">👍 <span>{k % 4 + 1}</span>'
            "</button><button>🎉 <span>1</span></button></div>"
            if k % 3 == 0
            else ""
        )
        return (
            f'<div class="TimelineItem js-comment-container"><div class="avatar-parent-child TimelineItem-avatar">'
            f'<a href="/{n.author}"><img class="avatar" src="/avatars/{n.author}.png" width="40" height="40" alt="@{n.author}"></a></div>'
            f'<div class="timeline-comment-group" id="{anchor}"><div class="timeline-comment">'
            f'<div class="timeline-comment-header"><div class="timeline-comment-actions">{label}'
            f'<details class="dropdown"><summary aria-label="Show options">⋯</summary>'
            f'<div class="dropdown-menu"><button>Copy link</button><button>Quote reply</button><button>Report content</button></div>'
            f'</details></div><h3 class="timeline-comment-header-text f5 text-normal">'
            f'<strong><a class="author Link--primary text-bold" href="/{n.author}">{n.author}</a></strong> commented '
            f'<a href="#{anchor}" class="Link--secondary js-timestamp"><relative-time datetime="{iso_z(n.when)}" '
            f'class="no-wrap">{shown(n)}</relative-time></a>{edited}</h3></div>'
            f'<task-lists><table class="d-block"><tbody class="d-block"><tr class="d-block"><td class="d-block comment-body '
            f'markdown-body js-comment-body">{p_html(n)}</td></tr></tbody></table></task-lists>{reactions}</div></div></div>'
        )

    events = {
        0: (
            '<a class="author" href="/rowanfield">rowanfield</a> added the <span class="IssueLabel" '
            'style="background:#d73a4a">bug</span> <span class="IssueLabel">firmware</span> labels'
        ),
        3: '<a class="author" href="/rowanfield">rowanfield</a> self-assigned this',
        6: (
            '<a class="author" href="/cobaltreed7">cobaltreed7</a> mentioned this issue '
            '<a href="/fieldkit/river-logger/pull/418">Use UTC internally for sample timestamps #418</a>'
        ),
        9: '<a class="author" href="/rowanfield">rowanfield</a> added this to the <a href="/fieldkit/river-logger/milestone/7">v2.4</a> milestone',
    }
    items = []
    for k, (n, _, _) in enumerate(rows):
        items.append(box(n, f"issuecomment-{2091330000 + n.cid}", k))
        if k in events:
            t = n.when + timedelta(minutes=3)
            items.append(
                f'<div class="TimelineItem TimelineItem--condensed"><span class="TimelineItem-badge">'
                f'<svg class="octicon" width="16" height="16"></svg></span><div class="TimelineItem-body">'
                f'{events[k]} <a href="#event-{n.cid}" class="Link--secondary"><relative-time datetime="{iso_z(t)}">'
                f"{shown(n)}</relative-time></a></div></div>"
            )
    last = rows[-1][0].when + timedelta(hours=2)
    items.append(
        '<div class="TimelineItem"><span class="TimelineItem-badge color-bg-done-emphasis"></span>'
        '<div class="TimelineItem-body"><a class="author" href="/rowanfield">rowanfield</a> closed this as '
        'completed in <a href="/fieldkit/river-logger/commit/a41c09e"><code>a41c09e</code></a> '
        f'<relative-time datetime="{iso_z(last)}">{last.strftime("%b %d, %Y").replace(" 0", " ")}</relative-time></div></div>'
    )
    op = Node(opener, article(222, 3), datetime(2024, 5, 3, 7, 31, tzinfo=UTC), 1)
    opening = (
        '<div class="TimelineItem js-comment-container"><div class="timeline-comment-group" id="issue-412">'
        f'<div class="timeline-comment"><div class="timeline-comment-header"><h3 class="f5 text-normal">'
        f'<strong><a class="author" href="/{opener}">{opener}</a></strong> opened this issue '
        f'<relative-time datetime="{iso_z(op.when)}">May 3, 2024</relative-time> · {len(rows)} comments</h3></div>'
        f'<table class="d-block"><tbody class="d-block"><tr class="d-block"><td class="d-block comment-body markdown-body">'
        f"{p_html(op)}<h3>Steps to reproduce</h3><ol><li>Set the clock "
        "to local time</li><li>Wait for the DST change</li><li>Export the CSV</li></ol>"
        "<pre><code>2024-03-31 01:59:30,0.412\n2024-03-31 03:00:00,0.415</code></pre>"
        "<p>Firmware 2.3.1, board rev C.</p></td></tr></tbody></table></div></div></div>"
    )
    page = (
        head(
            "Logger drops samples after the DST change · Issue #412 · fieldkit/river-logger",
            url,
            "After the clock change the logger skips an hour of samples and duplicates another.",
            '<meta property="og:type" content="object"><meta name="twitter:card" content="summary_large_image">',
        )
        + '<body class="logged-out env-production"><header class="Header"><a class="Header-link" href="/">Forge</a>'
        '<nav aria-label="Global"><a href="/features">Product</a><a href="/explore">Explore</a><a href="/pricing">Pricing</a>'
        '</nav><div class="Header-item"><a href="/login">Sign in</a><a href="/signup">Sign up</a></div></header>'
        '<main><div class="repohead"><h1><a href="/fieldkit">fieldkit</a> / <strong><a href="/fieldkit/river-logger">river-logger'
        '</a></strong></h1><nav class="UnderlineNav"><a href="/fieldkit/river-logger">Code</a>'
        '<a class="selected" href="/fieldkit/river-logger/issues">Issues <span class="Counter">38</span></a>'
        '<a href="/fieldkit/river-logger/pulls">Pull requests <span class="Counter">4</span></a>'
        '<a href="/fieldkit/river-logger/actions">Actions</a><a href="/fieldkit/river-logger/wiki">Wiki</a></nav></div>'
        '<div class="gh-header"><h1 class="gh-header-title"><bdi class="js-issue-title">Logger drops samples after the DST '
        'change</bdi> <span class="f1-light color-fg-muted">#412</span></h1><span class="State State--merged">Closed</span> '
        f'<a class="author" href="/{opener}">{opener}</a> opened this issue on May 3, 2024 · {len(rows)} comments</div>'
        '<div class="Layout"><div class="Layout-main"><div class="js-discussion">'
        + opening
        + "".join(items)
        + '</div><div class="discussion-timeline-actions"><p>Sign up for free to join this conversation. Already have an '
        'account? <a href="/login">Sign in to comment</a></p></div></div>'
        '<div class="Layout-sidebar"><div class="discussion-sidebar-item"><h3>Assignees</h3><a href="/rowanfield">rowanfield</a>'
        '</div><div class="discussion-sidebar-item"><h3>Labels</h3><span class="IssueLabel">bug</span> '
        '<span class="IssueLabel">firmware</span></div><div class="discussion-sidebar-item"><h3>Milestone</h3>'
        '<a href="/fieldkit/river-logger/milestone/7">v2.4</a></div><div class="discussion-sidebar-item">'
        '<h3>Development</h3><a href="/fieldkit/river-logger/pull/418">Use UTC internally for sample timestamps</a></div>'
        f'<div class="discussion-sidebar-item"><h3>{len({n.author for n, _, _ in rows}) + 1} participants</h3></div></div>'
        '</div></main><footer class="footer"><ul><li>© 2024 Forge</li><li><a href="/site/terms">Terms</a></li>'
        '<li><a href="/site/privacy">Privacy</a></li><li><a href="/status">Status</a></li><li><a href="/docs">Docs</a>'
        "</li></ul></footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 3. Ghost native comments-like


def ghost_comments() -> tuple:
    """A Ghost-like newsletter site's native member comments: one level of replies only, each
    commenter's name with an "expertise" line beside it, the day shown without a time, a
    "Load more" button with no URL."""
    url = "https://thelongfield.example.com/the-hedge-survey-results/"
    forest = make_tree(
        33,
        [9, 4],
        full_name,
        paras,
        datetime(2024, 5, 3, 9, 0, tzinfo=timezone(timedelta(hours=1))),
        (20, 400),
        14,
        24,
        1,
    )
    rows = list(flatten(forest))
    jobs = ["Hedgelayer", "Parish councillor", "", "Retired teacher", "", "Ecologist at County Trust", ""]

    def shown(n: Node) -> str:
        return f"{n.when.day} {n.when.strftime('%b %Y')}"

    def c(n: Node, k: int, reply: bool) -> str:
        job = jobs[(n.cid + k) % len(jobs)]
        job = f'<span class="gh-comment-expertise">{esc(job)}</span><span class="bull">·</span>' if job else ""
        initials = "".join(w[0] for w in n.author.split())
        kids = "".join(c(x, k + j + 1, True) for j, x in enumerate(n.children))
        kids = f'<div class="gh-comment-replies">{kids}</div>' if kids else ""
        likes = zlib.crc32(n.text.encode()) % 9
        return (
            f'<div class="gh-comment{" gh-comment-reply" if reply else ""}" data-testid="comment-component">'
            f'<div class="gh-comment-avatar"><div class="gh-avatar-initials">{initials}</div></div>'
            f'<div class="gh-comment-content"><div class="gh-comment-header"><h4 class="gh-comment-author">{esc(n.author)}</h4>'
            f'<div class="gh-comment-meta">{job}<span class="gh-comment-time">{shown(n)}</span></div></div>'
            f'<div class="gh-comment-body">{p_html(n)}</div><div class="gh-comment-actions">'
            f'<button class="gh-like">♡ {likes}</button><button class="gh-reply">Reply</button>'
            f'<button class="gh-more" aria-label="More">…</button></div>{kids}</div></div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(333, 7))
    page = (
        head(
            "The hedge survey results are in",
            url,
            "Four hundred volunteers walked 212 km of hedgerow. Here is what they counted.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-02T17:00:00.000Z"><meta property="article:tag" content="Surveys">'
            '<meta name="generator" content="Ghost 5.82"><script type="application/ld+json">{"@context":"https://schema.org",'
            '"@type":"Article","headline":"The hedge survey results are in","author":{"@type":"Person","name":"Ruth Ashdown"},'
            '"datePublished":"2024-05-02T17:00:00.000Z"}</script>',
        )
        + '<body class="post-template tag-surveys"><div class="gh-viewport"><header class="gh-head"><div class="gh-head-inner">'
        '<a class="gh-head-logo" href="/">The Long Field</a><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a>'
        '</li><li><a href="/tag/surveys/">Surveys</a></li><li><a href="/archive/">Archive</a></li><li><a href="/about/">About'
        '</a></li></ul></nav><div class="gh-head-actions"><a href="#/portal/signin">Sign in</a>'
        '<a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>'
        '<main class="gh-main"><article class="gh-article post"><header class="gh-article-header">'
        '<a class="gh-article-tag" href="/tag/surveys/">Surveys</a><h1 class="gh-article-title">The hedge survey results are in</h1>'
        '<div class="gh-article-meta"><a href="/author/ruth/">Ruth Ashdown</a> <time datetime="2024-05-02">May 2, 2024</time>'
        ' <span>— 6 min read</span></div></header><section class="gh-content">'
        + body
        + '<div class="kg-card kg-callout-card"><div class="kg-callout-text">The full data set is on the members page.</div>'
        "</div></section></article>"
        '<section class="gh-comments gh-inner" id="ghost-comments-root"><div class="gh-comments-title">'
        f'<h2>Member discussion</h2><span class="gh-comments-count">{len(rows) + 6} comments</span></div>'
        '<div class="gh-comment-form"><div class="gh-form-placeholder">Join the discussion</div></div>'
        '<div class="gh-comments-list">' + "".join(c(n, k, False) for k, n in enumerate(forest)) + "</div>"
        '<button class="gh-comments-pagination">Load more (6)</button></section>'
        '<aside class="gh-read-next"><h3>Read next</h3><article class="gh-card"><a href="/owl-boxes/"><h4>Owl boxes: three '
        "winters later</h4><p>We put up forty boxes. Nine are used every year.</p></a></article>"
        '<article class="gh-card"><a href="/laying-a-hedge/"><h4>Laying a hedge, the Midland way</h4></a></article></aside>'
        '</main><footer class="gh-foot"><div class="gh-foot-inner"><a href="/">The Long Field</a> © 2024 '
        '<nav class="gh-foot-menu"><a href="/privacy/">Privacy</a><a href="/rss/">RSS</a></nav>'
        '<a href="https://ghost.example.org/">Powered by Ghost</a></div></footer></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: n.when.date().isoformat()), None


# ---------------------------------------------------------------- 4. Substack-like


def substack_comments() -> tuple:
    """A Substack-like post's comments page: deep comment trees, each commenter's name followed by
    the name of their own newsletter, the day shown as "May 3" with the full time in a tooltip,
    LIKE/REPLY/SHARE buttons, and the post's author answering with an "Author" tag."""
    url = "https://hollowtide.newsletter.example/p/the-ferry-timetable-problem/comments"
    forest = make_tree(
        44,
        [7, 3, 2, 2],
        full_name,
        lambda r: paras(r, most=3),
        datetime(2024, 5, 3, 6, 10, tzinfo=UTC),
        (4, 70),
        16,
        25,
        3,
    )
    rows = list(flatten(forest))
    owner = "Iris Pembroke"
    for n, d, _ in rows:
        if d == 1 and n.children == []:
            n.author = owner
            break
    pubs = ["Tidewater Notes", "", "", "The Slow Commute", "", "Harbour Lights Weekly", "", ""]

    def shown(n: Node) -> str:
        return f"{n.when.strftime('%b')} {n.when.day}"

    def c(n: Node, k: int) -> str:
        pub = pubs[n.cid % len(pubs)] if n.author != owner else ""
        pub_html = (
            f'<span class="comment-publication-name-separator">·</span>'
            f'<a class="comment-publication-name" href="https://{pub.lower().replace(" ", "")}.newsletter.example">{esc(pub)}</a>'
            if pub
            else ""
        )
        tag = '<span class="comment-author-label">Author</span>' if n.author == owner else ""
        kids = "".join(c(x, k + 1) for x in n.children)
        kids = (
            f'<div class="comment-list-collapser"><button aria-label="Collapse replies"></button></div>'
            f'<div class="comment-list-items">{kids}</div>'
            if kids
            else ""
        )
        likes = zlib.crc32(n.text.encode()) % 23
        slug = n.author.lower().replace(" ", "")
        return (
            f'<div class="comment" id="comment-{n.cid}"><div class="comment-content"><div class="comment-head">'
            f'<a class="profile-img-wrap" href="https://newsletter.example/@{slug}"><img src="/img/{slug}.jpg" alt=""></a>'
            f'<div class="comment-meta"><span class="commenter-name"><a href="https://newsletter.example/@{slug}">'
            f"{esc(n.author)}</a>{tag}</span>{pub_html}"
            f'<a class="comment-date" href="/p/the-ferry-timetable-problem/comment/{n.cid}" '
            f'title="{n.when.strftime("%b")} {n.when.day}, {n.when.year}, {ampm(n.when, "{h}:%M %p")}">{shown(n)}</a>'
            f'</div></div><div class="comment-body"><div class="markup">{p_html(n)}</div></div>'
            f'<div class="comment-actions"><button class="like-button">LIKE ({likes})</button>'
            f"<button>REPLY</button><button>SHARE</button></div></div>{kids}</div>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(444, 2))
    page = (
        head(
            "Comments - The ferry timetable problem - Hollow Tide",
            url,
            "Why the island ferry runs empty at noon and full at six.",
            '<meta property="og:type" content="article"><meta name="author" content="Iris Pembroke">'
            '<meta property="article:published_time" content="2024-05-02T11:00:00+00:00">'
            '<meta name="twitter:card" content="summary">',
        )
        + '<body><div id="entry"><div class="topbar"><a class="navbar-title" href="/">Hollow Tide</a>'
        '<div class="topbar-actions"><a class="button primary" href="/subscribe">Subscribe</a><a href="/sign-in">Sign in</a>'
        '</div></div><div class="container"><div class="post-header"><a class="post-title-link" '
        'href="/p/the-ferry-timetable-problem"><h2 class="post-title">The ferry timetable problem</h2></a>'
        '<h3 class="subtitle">Why the island ferry runs empty at noon and full at six</h3>'
        '<div class="byline-wrapper"><a href="/@irispembroke">Iris Pembroke</a> · May 2, 2024</div>'
        f'<div class="post-preview">{body}<a href="/p/the-ferry-timetable-problem">Read full story</a></div></div>'
        '<div class="comments-page"><div class="comments-heading"><h4>Discussion about this post</h4>'
        '<div class="comments-tabs"><a class="selected">Comments</a><a href="/p/the-ferry-timetable-problem/restacks">Restacks</a>'
        '</div></div><div class="comment-input"><textarea placeholder="Write a comment..."></textarea></div>'
        '<div class="comment-list"><div class="comment-list-items">'
        + "".join(c(n, 0) for n in forest)
        + "</div></div></div></div>"
        '<div class="footer-wrap"><div class="footer"><div class="footer-text">© 2024 Iris Pembroke</div>'
        '<a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/collection">Collection notice</a>'
        '<div class="footer-slogan">Start writing</div></div></div></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 5. YouTube-like


def video_comments() -> tuple:
    """A video page in the shape of YouTube: custom elements for comment threads, "@handle"
    authors, ages relative only ("3 weeks ago", some "(edited)"), one level of replies behind a
    "N replies" toggle (expanded), a pinned comment by the channel, and a sidebar of related
    videos that also carry view counts and relative ages."""
    url = "https://video.example.com/watch?v=Qm3xT7pL0aA"
    forest = make_tree(
        55,
        [9, 5],
        lambda r: "@" + handle(r).capitalize(),
        paras,
        datetime(2024, 3, 30, 12, 0, tzinfo=UTC),
        (60, 4000),
        16,
        25,
        1,
    )
    rows = list(flatten(forest))
    channel = "@RiverWorkshop"
    forest[0].author = channel
    now = datetime(2024, 5, 21, 9, 0, tzinfo=UTC)
    edited = {n.cid for n, _, _ in rows if n.cid % 6 == 1}

    def rel(n: Node) -> str:
        s = (now - n.when).total_seconds()
        h, d = int(s // 3600), int(s // 86400)
        if d < 1:
            v, u = h, "hour"
        elif d < 7:
            v, u = d, "day"
        elif d < 30:
            v, u = d // 7, "week"
        else:
            v, u = d // 30, "month"
        return f"{v} {u}{'s' if v != 1 else ''} ago"

    def comment(n: Node, reply: bool) -> str:
        pinned = (
            '<div id="pinned-comment-badge"><ytd-pinned-comment-badge-renderer><span id="label">Pinned by '
            f"{channel}</span></ytd-pinned-comment-badge-renderer></div>"
            if n.author == channel
            else ""
        )
        ed = ' <span class="edited">(edited)</span>' if n.cid in edited else ""
        likes = zlib.crc32(n.text.encode()) % 140
        heart = '<div id="creator-heart"><img alt="♥ by RiverWorkshop"></div>' if n.cid % 5 == 0 else ""
        owner_cls = " creator" if n.author == channel else ""
        return (
            f'<ytd-comment-view-model id="comment" class="style-scope{" is-reply" if reply else ""}">'
            f'<div id="body"><div id="author-thumbnail"><a href="/{n.author}"><img id="img" src="/yt3/{n.cid}.jpg" '
            f'alt="" width="40"></a></div><div id="main">{pinned}<div id="header"><div id="header-author">'
            f'<h3><a id="author-text" class="yt-simple-endpoint{owner_cls}" href="/{n.author}"><span>{n.author}</span></a></h3>'
            f'<span id="published-time-text"><a href="/watch?v=Qm3xT7pL0aA&amp;lc=Ugz{n.cid}x">{rel(n)}</a>{ed}</span>'
            f'</div></div><div id="expander"><div id="content"><yt-attributed-string id="content-text" '
            f'class="style-scope"><span class="yt-core-attributed-string">'
            + "<br><br>".join(esc(p) for p in n.paras)
            + '</span></yt-attributed-string></div><tp-yt-paper-button id="more" hidden>Read more</tp-yt-paper-button>'
            '</div><div id="action-buttons"><ytd-comment-engagement-bar><div id="toolbar">'
            '<button aria-label="Like this comment">👍</button>'
            f'<span id="vote-count-middle" aria-label="{likes} likes">{likes or ""}</span>'
            f'<button aria-label="Dislike this comment">👎</button>{heart}'
            '<button aria-label="Reply">Reply</button></div></ytd-comment-engagement-bar></div></div></div>'
            "</ytd-comment-view-model>"
        )

    def thread(n: Node) -> str:
        reps = ""
        if n.children:
            k = len(n.children)
            reps = (
                '<div id="replies"><ytd-comment-replies-renderer><div id="expander">'
                f'<div id="more-replies"><button aria-label="{k} repl{"y" if k == 1 else "ies"}">'
                f"<span>{k} repl{'y' if k == 1 else 'ies'}</span></button></div>"
                '<div id="less-replies"><button>Hide replies</button></div>'
                '<div id="expander-contents"><div id="contents">'
                + "".join(comment(x, True) for x in n.children)
                + "</div></div></div></ytd-comment-replies-renderer></div>"
            )
        return (
            f'<ytd-comment-thread-renderer class="style-scope">{comment(n, False)}{reps}</ytd-comment-thread-renderer>'
        )

    related = [
        ("Rebuilding a 1950s valve radio from scratch", "Tinker Ledger", "412K views", "2 years ago"),
        ("Why old capacitors fail (and how to test them)", "Bench Notes", "88K views", "5 months ago"),
        ("I restored a shipwrecked outboard motor", "Salt &amp; Steel", "2.1M views", "3 weeks ago"),
        ("Winding a transformer by hand", "RiverWorkshop", "64K views", "1 month ago"),
    ]
    side = "".join(
        f'<ytd-compact-video-renderer class="style-scope"><a id="thumbnail" href="/watch?v=r{i}x"><img src="/vi/r{i}.jpg" '
        f'alt=""></a><div class="details"><h3><span id="video-title" title="{t}">{t}</span></h3>'
        f'<ytd-channel-name><a>{ch}</a></ytd-channel-name><div id="metadata-line"><span>{v}</span><span>{a}</span>'
        f"</div></div></ytd-compact-video-renderer>"
        for i, (t, ch, v, a) in enumerate(related)
    )
    desc = " ".join(article(555, 2))
    page = (
        head(
            "Restoring a flooded tube amplifier - part 2 - Video",
            url,
            "Part two: drying, cleaning and re-capping the power supply.",
            '<meta property="og:type" content="video.other"><meta property="og:video:url" '
            'content="https://video.example.com/embed/Qm3xT7pL0aA"><meta itemprop="uploadDate" content="2024-03-29T15:00:00-07:00">'
            '<meta name="keywords" content="restoration, amplifier, electronics">',
        )
        + '<body><ytd-app><div id="masthead-container"><ytd-masthead><a id="logo" href="/">Video</a>'
        '<form id="search-form"><input id="search" placeholder="Search"></form><a href="/signin">Sign in</a>'
        '</ytd-masthead></div><ytd-page-manager><ytd-watch-flexy><div id="columns"><div id="primary">'
        '<div id="player"><video src="blob:" poster="/vi/Qm3xT7pL0aA/maxres.jpg"></video></div>'
        '<div id="above-the-fold"><div id="title"><h1 class="style-scope"><yt-formatted-string>Restoring a flooded tube '
        'amplifier - part 2</yt-formatted-string></h1></div><div id="owner"><ytd-video-owner-renderer>'
        f'<a href="/{channel}">RiverWorkshop</a><span id="owner-sub-count">184K subscribers</span></ytd-video-owner-renderer>'
        '<button>Subscribe</button></div><div id="description"><div id="info">93,412 views  7 weeks ago</div>'
        f'<yt-attributed-string class="description">{esc(desc)}</yt-attributed-string></div></div>'
        '<ytd-comments id="comments"><ytd-item-section-renderer id="sections"><div id="header">'
        f'<ytd-comments-header-renderer><h2 id="count"><span>{len(rows)}</span> Comments</h2>'
        "<yt-sort-filter-sub-menu-renderer><button>Sort by</button></yt-sort-filter-sub-menu-renderer>"
        '<div id="simple-box"><div id="placeholder-area">Add a comment...</div></div></ytd-comments-header-renderer></div>'
        '<div id="contents">'
        + "".join(thread(n) for n in forest)
        + "<ytd-continuation-item-renderer><tp-yt-paper-spinner active></tp-yt-paper-spinner></ytd-continuation-item-renderer>"
        '</div></ytd-item-section-renderer></ytd-comments></div><div id="secondary"><div id="related">'
        + side
        + "</div></div></div></ytd-watch-flexy></ytd-page-manager>"
        '<footer id="guide-footer"><a href="/about">About</a> <a href="/press">Press</a> <a href="/t/terms">Terms</a> '
        "<a href='/t/privacy'>Privacy</a> © 2024 Video LLC</footer></ytd-app></body></html>"
    )
    return url, page, truth(rows, rel, lambda n: None), None


# ---------------------------------------------------------------- 6. Slashdot-like


def slashdot_tree() -> tuple:
    """A story page in the shape of Slashdot: a threshold bar, then nested <ul>/<li> comments,
    each with a subject line ("Re:..." on replies), a score, "by name (uid) on <date> (#cid)",
    the body, a signature under "--" on some users, and Reply/Parent/Share links."""
    url = "https://science.slashdot.example/story/24/05/03/0712234/river-gauges-go-open-source"
    subj_words = [
        "Open",
        "data",
        "Gauges",
        "Calibration",
        "Who",
        "pays",
        "Old",
        "sensors",
        "Flood",
        "maps",
        "Not",
        "new",
        "Cheaper",
        "Batteries",
        "Volunteers",
    ]
    rng_names = random.Random(66)

    def namer(r: random.Random) -> str:
        return (
            "Anonymous Coward"
            if r.random() < 0.2
            else f"{r.choice(HANDLE_A).capitalize()}{r.choice(HANDLE_B).capitalize()}"
        )

    forest = make_tree(
        66, [6, 3, 2, 2], namer, paras, datetime(2024, 5, 3, 7, 12), (2, 50), 15, 25, 3, start_id=64412300
    )
    rows = list(flatten(forest))
    sigs = {}
    for n, _, p in rows:
        if n.author not in sigs:
            sigs[n.author] = (
                f"{rng_names.choice(['If', 'When', 'Unless'])} it compiles, ship it. "
                f"{rng_names.choice(['-- my old boss', '', '(c) nobody'])}".strip()
                if n.author != "Anonymous Coward" and rng_names.random() < 0.5
                else ""
            )
        if p is None:
            n.extra["subject"] = " ".join(rng_names.sample(subj_words, rng_names.randint(1, 3)))
        else:
            s = p.extra["subject"]
            n.extra["subject"] = s if s.startswith("Re:") else "Re:" + s
    moods = ["Insightful", "Informative", "Funny", "Interesting", "", ""]

    def shown(n: Node) -> str:
        return n.when.strftime("%A %B %d, %Y @%I:%M%p")

    def li(n: Node) -> str:
        cid = n.cid
        score = 1 + zlib.crc32(n.text.encode()) % 5
        mood = moods[cid % len(moods)]
        score_s = f"(Score:{score}{', ' + mood if mood else ''})"
        if n.author == "Anonymous Coward":
            by = '<span class="by">Anonymous Coward</span>'
        else:
            uid = 100000 + cid % 900000
            by = (
                f'<span class="by"><a href="//slashdot.example/~{n.author}">{n.author}</a> '
                f'( <span class="uid"><a href="//slashdot.example/~{n.author}/">{uid}</a></span> )</span>'
            )
        sig = sigs.get(n.author, "")
        sig_html = f'<div id="comment_sig_{cid}" class="sig">--<br>{esc(sig)}</div>' if sig else ""
        kids = "".join(li(c) for c in n.children)
        return (
            f'<li id="tree_{cid}" class="comment contain"><div id="comment_{cid}" class="cw">'
            f'<div id="comment_top_{cid}" class="commentTop"><div class="title"><h4 class="noTH">'
            f'<a id="comment_link_{cid}" href="//science.slashdot.example/comments.pl?sid=23312101&amp;cid={cid}">'
            f'{esc(n.extra["subject"])}</a></h4><span id="comment_score_{cid}" class="score">{score_s}</span></div>'
            f'<div class="details">by {by} <span class="otherdetails" id="comment_otherdetails_{cid}">on {shown(n)} '
            f'(<a href="//science.slashdot.example/comments.pl?sid=23312101&amp;cid={cid}">#{cid}</a>)</span></div></div>'
            f'<div class="commentBody"><div id="comment_body_{cid}">{p_html(n)}</div>{sig_html}</div>'
            f'<div class="commentSub" id="comment_sub_{cid}"><span class="nbutton"><b><a href="//science.slashdot.example/'
            f'comments.pl?op=Reply&amp;threshold=1&amp;pid={cid}">Reply to This</a></b></span> '
            + (
                f'<span class="nbutton"><b><a href="#comment_{cid}">Parent</a></b></span> '
                if n.extra["subject"].startswith("Re:")
                else ""
            )
            + '<span class="nbutton"><b><a href="#">Share</a></b></span></div></div>'
            + (f'<ul id="group_{cid}">{kids}</ul>' if kids else "")
            + "</li>"
        )

    story = article(666, 3)
    page = (
        head(
            "River Gauges Go Open Source - Slashdot",
            url,
            "A regional water authority has published the firmware and schematics of its river level gauges.",
            '<meta property="og:type" content="article"><meta name="keywords" content="science, hardware, opensource">'
            '<link rel="alternate" type="application/rss+xml" title="RSS" href="https://rss.slashdot.example/Slashdot/slashdotMain">',
        )
        + '<body class="anon index2 article"><header id="slashdot-header"><a class="logo" href="//slashdot.example">Slashdot</a>'
        '<nav class="nav-primary"><ul><li><a href="//slashdot.example/stories">Stories</a></li><li><a href="//slashdot.example/'
        'recent">Recent</a></li><li><a href="//slashdot.example/popular">Popular</a></li><li><a href="//slashdot.example/'
        'polls">Polls</a></li><li><a href="//slashdot.example/submission">Submit</a></li></ul></nav>'
        '<div class="nav-secondary"><a href="//slashdot.example/my/login">Login</a></div></header>'
        '<div id="wrapper"><section><div id="firehose"><article class="fhitem fhitem-story" id="firehose-178812341">'
        '<header><h2 class="story"><span class="story-title"><a href="//science.slashdot.example/story/24/05/03/0712234/'
        'river-gauges-go-open-source">River Gauges Go Open Source</a></span></h2>'
        '<div class="details">Posted by <a href="https://www.slashdot.example/~BeauHD">BeauHD</a> on '
        '<time>Friday May 03, 2024 @07:12AM</time> from the <span class="dept-text">measure-twice</span> dept.</div></header>'
        f'<div class="body"><div class="p"><i>An anonymous reader writes:</i><blockquote><p>{esc(story[0])}</p>'
        f"<p>{esc(story[1])}</p></blockquote>{esc(story[2])}</div></div>"
        '<footer><span class="tags"><a href="/tag/hardware">hardware</a> <a href="/tag/science">science</a></span> '
        f'<a class="comment-bubble" href="#comments">{len(rows)}</a> comments</footer></article></div>'
        '<div id="comments" class="commentwrap"><div id="commentControlBox"><div class="threshold">Threshold: '
        "<select><option>-1</option><option>0</option><option selected>1</option><option>2</option><option>3</option>"
        '<option>4</option><option>5</option></select> <a class="selected">Threaded</a> | <a>Flat</a> | <a>No Comments</a>'
        f' <span class="totalcommentcount">{len(rows)} comments</span> <a href="//science.slashdot.example/comments.pl?'
        'op=Reply&amp;sid=23312101">Post</a></div></div>'
        '<ul id="commentlisting" class="d2">' + "".join(li(n) for n in forest) + "</ul></div></section>"
        '<aside id="slashboxes"><div class="block" id="poll"><h2>Slashdot Poll</h2><p>How often do you check the weather?'
        "</p><ul><li>Hourly</li><li>Daily</li><li>Never, I look outside</li></ul></div>"
        '<div class="block" id="mostdiscussed"><h2>Most Discussed</h2><ul><li><a href="//tech.slashdot.example/story/24/05/02/'
        '1">Printer Ink Costs Again</a> <span class="count">412 comments</span></li></ul></div></aside></div>'
        '<footer id="fhft"><div class="row"><a href="//slashdot.example/faq">FAQ</a> <a href="//slashdot.example/privacy">'
        "Privacy</a> Trademarks property of their respective owners. Comments owned by the poster. Copyright © 2024 "
        '</div><div class="sig-quote">Nothing is ever so bad it cannot get worse.</div></footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 7. Wikipedia talk page


def wiki_talk() -> tuple:
    """A MediaWiki talk page: sections (h2), each opened by a signed paragraph; replies in nested
    <dl><dd> by colon indentation, multi-paragraph replies as consecutive <dd>; each post ends
    with the user link, "(talk)", the UTC timestamp and a [reply] link."""
    url = "https://wiki.example.org/wiki/Talk:River_Aldern"
    users = ["Rowan Thistle", "Fenwick42", "Quillon", "Aldern hydro fan", "Mapwright", "Sorrel-Beck", "Old Weir Keeper"]

    forest = make_tree(
        77,
        [3, 3, 2, 2],
        lambda r: r.choice(users),
        lambda r: paras(r, most=2),
        datetime(2024, 4, 28, 10, 0, tzinfo=UTC),
        (15, 500),
        14,
        24,
        3,
    )
    rows = list(flatten(forest))
    for n, _, p in rows:  # nobody answers their own post
        if p is not None and n.author == p.author:
            n.author = users[(users.index(n.author) + 1 + n.cid % 3) % len(users)]
            if n.author == p.author:
                n.author = users[(users.index(n.author) + 1) % len(users)]
    titles = ["Source for the 1947 flood level", "Length of the river", "Proposed merge with Aldern Brook"]

    def shown(n: Node) -> str:
        return f"{n.when.strftime('%H:%M')}, {n.when.day} {n.when.strftime('%B %Y')} (UTC)"

    def sig(n: Node) -> str:
        u = n.author.replace(" ", "_")
        fancy = n.author == "Mapwright"
        name = f'<span style="color:#2a6;font-variant:small-caps">{n.author}</span>' if fancy else n.author
        dash = "— " if n.cid % 3 == 0 else ""
        anchor = f"c-{u}-{n.when.strftime('%Y%m%d%H%M')}00"
        return (
            f' {dash}<a href="/wiki/User:{u}" title="User:{n.author}">{name}</a> '
            f'(<a href="/wiki/User_talk:{u}" title="User talk:{n.author}">talk</a>) '
            f'<a href="#{anchor}" class="ext-discussiontools-init-timestamplink">{shown(n)}</a>'
            f'<span data-mw-comment-end="{anchor}"></span>'
            '<span class="ext-discussiontools-init-replylink-buttons">[<a class="ext-discussiontools-init-replylink-reply" '
            'role="button" tabindex="0">reply</a>]</span>'
        )

    def start(n: Node) -> str:
        u = n.author.replace(" ", "_")
        return f'<span data-mw-comment-start="" id="c-{u}-{n.when.strftime("%Y%m%d%H%M")}00"></span>'

    def reply(n: Node) -> str:
        *first, last = n.paras
        kids = "".join(reply(c) for c in n.children)
        lead = "".join(f"<dd>{start(n) if i == 0 else ''}{rich(p, False)}</dd>" for i, p in enumerate(first))
        s = "" if first else start(n)
        sub = f"<dl>{kids}</dl>" if kids else ""
        return f"{lead}<dd>{s}{rich(last, False)}{sig(n)}{sub}</dd>"

    sections = []
    for t, root in zip(titles, forest, strict=False):
        *first, last = root.paras
        ps = "".join(f"<p>{start(root) if i == 0 else ''}{rich(p, False)}\n</p>" for i, p in enumerate(first))
        ps += f"<p>{'' if first else start(root)}{rich(last, False)}{sig(root)}\n</p>"
        kids = "".join(reply(c) for c in root.children)
        sid = t.replace(" ", "_")
        sections.append(
            f'<div class="mw-heading mw-heading2 ext-discussiontools-init-section"><h2 id="{sid}">{t}</h2>'
            f'<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title='
            f'Talk:River_Aldern&amp;action=edit&amp;section=1" title="Edit section: {t}">edit</a>'
            f'<span class="mw-editsection-bracket">]</span></span></div>'
            f'<div class="ext-discussiontools-init-section-bar"><span>Latest comment: 6 days ago</span> · '
            f"{len(list(flatten([root])))} comments</div>" + ps + (f"<dl>{kids}</dl>" if kids else "")
        )
    page = (
        head(
            "Talk:River Aldern - Wiki",
            url,
            "Discussion of the article River Aldern.",
            '<meta name="generator" content="MediaWiki 1.42.0-wmf.26"><meta name="robots" content="noindex,follow">'
            '<link rel="alternate" type="application/x-wiki" title="Edit" href="/w/index.php?title=Talk:River_Aldern&amp;action=edit">',
        )
        + '<body class="skin-vector-2022 ns-1 ns-talk page-Talk_River_Aldern"><div class="mw-page-container">'
        '<header class="vector-header"><a class="mw-logo" href="/wiki/Main_Page">Wiki</a><div id="p-search"><form '
        'action="/w/index.php"><input name="search" placeholder="Search Wiki"></form></div><nav class="vector-user-links">'
        '<a href="/wiki/Special:CreateAccount">Create account</a> <a href="/wiki/Special:UserLogin">Log in</a></nav></header>'
        '<div class="mw-page-container-inner"><div class="vector-main-menu-container"><nav id="p-navigation"><h3>Navigation</h3>'
        '<ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Portal:Contents">Contents</a></li>'
        '<li><a href="/wiki/Special:Random">Random article</a></li><li><a href="/wiki/Special:RecentChanges">Recent changes</a>'
        '</li></ul></nav></div><main id="content" class="mw-body"><header class="mw-body-header"><h1 id="firstHeading">'
        '<span class="mw-page-title-namespace">Talk</span>:<span class="mw-page-title-main">River Aldern</span></h1>'
        '<nav class="vector-page-titlebar"><a href="/wiki/River_Aldern">Article</a> <a class="selected" '
        'href="/wiki/Talk:River_Aldern">Talk</a> <a href="/wiki/Talk:River_Aldern">Read</a> <a href="/w/index.php?title='
        'Talk:River_Aldern&amp;action=edit">Edit</a> <a href="/w/index.php?title=Talk:River_Aldern&amp;action=history">'
        'View history</a></nav></header><div id="bodyContent"><div id="mw-content-text" class="mw-body-content">'
        '<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">'
        '<table class="tmbox tmbox-notice"><tr><td class="mbox-text">This is the <b>talk page</b> for discussing '
        'improvements to the <a href="/wiki/River_Aldern">River Aldern</a> article. This is <b>not a forum</b> for '
        "general discussion of the article's subject.</td></tr></table>"
        '<table class="tmbox"><tr><td class="mbox-text">This article is rated <b>C-class</b> on the project\'s quality '
        "scale. WikiProject Rivers.</td></tr></table>"
        '<div id="toc" class="toc"><h2>Contents</h2><ul>'
        + "".join(f'<li><a href="#{t.replace(" ", "_")}">{i + 1} {t}</a></li>' for i, t in enumerate(titles))
        + "</ul></div>"
        + "".join(sections)
        + '</div></div><div class="printfooter">Retrieved from "https://wiki.example.org/w/index.php?title=Talk:River_Aldern'
        '&amp;oldid=1221988410"</div><div id="catlinks" class="catlinks">Categories: <a href="/wiki/Category:C-Class_'
        'river_articles">C-Class river articles</a></div></div></main></div>'
        '<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last '
        'edited on 6 May 2024, at 14:20<span class="anonymous-show">&#160;(UTC)</span>.</li><li>Text is available under '
        'the <a href="/wiki/CC_BY-SA">Creative Commons Attribution-ShareAlike License 4.0</a>.</li></ul><ul id="footer-places">'
        '<li><a href="/wiki/Wiki:Privacy">Privacy policy</a></li><li><a href="/wiki/Wiki:About">About Wiki</a></li></ul>'
        "</footer></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 8. Mailing-list thread


def mail_thread() -> tuple:
    """A mailing-list archive's thread view: the first message (not a comment), then replies as
    nested <ul>/<li>, each message with From/Date/Subject headers and a <pre> body that holds
    the writer's words plus a quoted part ("On ... wrote:" and "> " lines, above or below), a
    "-- " signature and, on some, the list's footer."""
    url = "https://lists.example.org/archives/list/fieldnotes@lists.example.org/thread/7QK3M2ZT5WJ4/"
    zones = [2, 1, -4, 0, 5.5, 2, 10]
    forest = make_tree(
        88,
        [5, 3, 2, 1],
        full_name,
        lambda r: paras(r, most=3),
        datetime(2024, 5, 3, 6, 0, tzinfo=UTC),
        (15, 240),
        14,
        22,
        3,
    )
    rows = list(flatten(forest))
    first = Node("Greta Achterberg", article(888, 2), datetime(2024, 5, 3, 5, 41, tzinfo=UTC), 1)
    subject = "Calibrating the river gauges before the summer campaign"

    def tz_of(name: str) -> timezone:
        h = zones[zlib.crc32(name.encode()) % len(zones)]
        return timezone(timedelta(hours=h))

    def local(n: Node) -> datetime:
        return n.when.astimezone(tz_of(n.author))

    def shown(n: Node) -> str:
        d = local(n)
        off = d.strftime("%z")
        return d.strftime("%a, %d %b %Y %H:%M:%S ") + off

    def addr(name: str) -> str:
        return name.lower().replace(" ", ".") + " at " + ("survey.example.org" if len(name) % 2 else "mail.example.net")

    def wrap(text: str, prefix: str = "") -> str:
        return "\n".join(
            "\n".join(prefix + line for line in textwrap.wrap(p, 72 - len(prefix))) for p in text.split("\n\n")
        )

    footer = (
        "_______________________________________________\nfieldnotes mailing list -- fieldnotes@lists.example.org\n"
        "To unsubscribe send an email to fieldnotes-leave@lists.example.org"
    )

    def body(n: Node, parent: Node) -> str:
        own = "\n\n".join(wrap(p) for p in n.paras)
        pd = local(parent)
        attrib = (
            f"On {pd.strftime('%a, %d %b %Y at %H:%M')}, {parent.author} <{addr(parent.author)}> wrote:"
            if n.cid % 2
            else f"{parent.author} wrote:"
        )
        quoted = attrib + "\n" + wrap(parent.paras[0], "> ")
        out = own + "\n\n" + quoted if n.cid % 3 == 0 else quoted + "\n\n" + own  # top-posting, or not
        if n.cid % 4 != 1:
            out += (
                f"\n\n-- \n{n.author}\n{['River Survey Group', 'Dept. of Hydrology', 'sent from my phone'][n.cid % 3]}"
            )
        if n.cid % 5 == 2:
            out += "\n" + footer
        return out

    def msg(n: Node, parent: Node | None, depth: int) -> str:
        subj = subject if parent is None else "Re: [fieldnotes] " + subject
        b = "\n\n".join(wrap(p) for p in n.paras) + "\n\n-- \nGreta Achterberg" if parent is None else body(n, parent)
        kids = "".join(f"<li>{msg(c, n, depth + 1)}</li>" for c in n.children)
        return (
            f'<div class="email" id="{n.cid}"><table class="email-headers">'
            f'<tr><th>From:</th><td><span class="sender">{esc(n.author)}</span> &lt;{esc(addr(n.author))}&gt;</td></tr>'
            f'<tr><th>Date:</th><td class="date">{shown(n)}</td></tr>'
            f"<tr><th>Subject:</th><td>{esc(subj if parent is not None else '[fieldnotes] ' + subject)}</td></tr></table>"
            f'<pre class="email-body">{esc(b)}</pre>'
            f'<div class="email-info"><a href="/archives/list/fieldnotes@lists.example.org/message/M{n.cid}/">Permalink</a> | '
            f'<a href="mailto:fieldnotes@lists.example.org?In-Reply-To=%3C{n.cid}%40lists.example.org%3E">Reply</a> | '
            f'<a href="/archives/list/fieldnotes@lists.example.org/message/M{n.cid}/raw">Raw</a></div></div>'
            + (f'<ul class="thread-replies">{kids}</ul>' if kids else "")
        )

    replies = "".join(f"<li>{msg(c, first, 1)}</li>" for c in forest)
    page = (
        head(
            f"[fieldnotes] {subject} - Fieldnotes - lists.example.org",
            url,
            "Thread in the fieldnotes mailing list archive.",
            '<meta name="robots" content="index,follow"><link rel="alternate" type="application/mbox" '
            'href="/archives/list/fieldnotes@lists.example.org/export/thread-7QK3M2ZT5WJ4.mbox.gz">',
        )
        + '<body><nav class="navbar"><a class="navbar-brand" href="/archives/">List archives</a><form class="navbar-form">'
        '<input name="q" placeholder="Search this list"></form><a href="/accounts/login/">Sign In</a> '
        '<a href="/accounts/signup/">Sign Up</a></nav><div class="container"><div class="row">'
        '<div class="col-tn-12 col-sm-3 sidebar"><h2><a href="/archives/list/fieldnotes@lists.example.org/">fieldnotes</a></h2>'
        '<p class="list-address">fieldnotes@lists.example.org</p><ul class="months"><li><a href="/archives/list/fieldnotes'
        '@lists.example.org/2024/5/">May 2024</a></li><li><a href="/archives/list/fieldnotes@lists.example.org/2024/4/">'
        'April 2024</a></li></ul><h3>Recent threads</h3><ul><li><a href="/archives/list/fieldnotes@lists.example.org/thread/'
        'X1/">Spare loggers for loan</a></li><li><a href="/archives/list/fieldnotes@lists.example.org/thread/X2/">Minutes of '
        "the April meeting</a></li></ul></div>"
        '<div class="col-tn-12 col-sm-9"><div class="thread-header"><div class="thread-nav">'
        '<a href="/archives/list/fieldnotes@lists.example.org/thread/W9A1/" title="Previous thread">« Spare loggers for loan</a> '
        '<a href="/archives/list/fieldnotes@lists.example.org/thread/Z2B7/" title="Next thread">Minutes of the April meeting »</a>'
        f'</div><h1>{esc(subject)}</h1><p class="thread-stats">{len(rows)} replies · '
        f"{len({n.author for n, _, _ in rows}) + 1} participants · {len(rows) + 1} messages</p></div>"
        '<div class="thread-email first-email">'
        + msg(Node(first.author, first.paras, first.when, first.cid), None, 0)
        + "</div>"
        '<div class="thread-replies-head"><h3>Replies</h3><a href="?sort=date">Show replies by date</a></div>'
        f'<ul class="thread-replies top">{replies}</ul></div></div></div>'
        '<footer class="footer"><p>Powered by HyperKitty version 1.3.9. <a href="/archives/api/">API</a> · '
        '<a href="/postorius/lists/fieldnotes.lists.example.org/">List info</a></p></footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: local(n).isoformat()), None


# ---------------------------------------------------------------- 9. Blogger


def blogger_comments() -> tuple:
    """A Blogger (blogspot) post with the threaded comment widget: an <ol> of comment <li>s, one
    level of replies in an inline thread, "Anonymous" commenters, the blog owner's answers, the
    date as "3 May 2024 at 08:05" linking to ?showComment=<epoch ms>, text with <br> breaks."""
    url = "https://greenway-miles.example.com/2024/05/cycling-old-canal-path.html"
    bst = timezone(timedelta(hours=1))
    owner = "Greenway Miles"

    def namer(r: random.Random) -> str:
        return "Anonymous" if r.random() < 0.2 else full_name(r)

    forest = make_tree(
        99,
        [8, 4],
        namer,
        lambda r: paras(r, most=3),
        datetime(2024, 5, 3, 7, 0, tzinfo=bst),
        (15, 300),
        14,
        24,
        1,
        start_id=7014,
    )
    rows = list(flatten(forest))
    for n, d, _ in rows:
        if d == 1 and n.cid % 2 == 0:
            n.author = owner

    def shown(n: Node) -> str:
        return f"{n.when.day} {n.when.strftime('%B %Y at %H:%M')}"

    def li(n: Node, reply: bool) -> str:
        cid = f"c{3172554893117770000 + n.cid}"
        ms = int(n.when.timestamp() * 1000)
        cls = "user blog-author" if n.author == owner else "user"
        who = (
            f'<cite class="{cls}"><a href="https://www.blogger.example/profile/0{n.cid}" rel="nofollow">{esc(n.author)}</a></cite>'
            if n.author != "Anonymous"
            else '<cite class="user">Anonymous</cite>'
        )
        kids = ""
        if n.children:
            kids = (
                '<div class="comment-replies"><div class="comment-thread inline-thread" id="' + cid + '-rt">'
                '<span class="thread-toggle thread-expanded"><span class="thread-arrow"></span>'
                '<span class="thread-count"><a target="_self">Replies</a></span></span>'
                '<ol class="thread-chrome thread-expanded"><div>'
                + "".join(li(x, True) for x in n.children)
                + '</div><div class="continue"><a class="comment-reply" target="_self" data-comment-id="'
                + cid[1:]
                + '">Reply</a></div></ol></div></div>'
            )
        return (
            f'<li class="comment" id="{cid}"><div class="avatar-image-container"><img src="//resources.blogblog.example/img/'
            f'blank.gif" alt=""></div><div class="comment-block"><div class="comment-header">{who}'
            f'<span class="icon user {"blog-author" if n.author == owner else ""}"></span>'
            f'<span class="datetime secondary-text"><a rel="nofollow" href="{url}?showComment={ms}#{cid}">{shown(n)}</a>'
            f'</span></div><p class="comment-content">'
            + "<br><br>".join(rich(p) for p in n.paras)
            + '</p><span class="comment-actions secondary-text">'
            + ("" if reply else f'<a class="comment-reply" target="_self" data-comment-id="{cid[1:]}">Reply</a>')
            + '<span class="item-control blog-admin blog-admin pid-8812"><a target="_self" '
            f'href="https://www.blogger.example/comment/delete/4411/{cid[1:]}">Delete</a></span></span></div>{kids}</li>'
        )

    body = "<br><br>".join(esc(p) for p in article(999, 6))
    total = len(rows)
    page = (
        head(
            "Greenway Miles: Cycling the old canal path, end to end",
            url,
            "Forty-two miles of towpath, three locks closed, one very muddy afternoon.",
            "<meta content='blogger' name='generator'><link href='https://greenway-miles.example.com/feeds/posts/default' "
            "rel='alternate' title='Greenway Miles - Atom' type='application/atom+xml'>"
            "<meta content='article' property='og:type'>",
        )
        + "<body class='variant-indie'><div class='content'><header class='header-outer'><div class='header-inner'>"
        "<div class='Header widget'><h1 class='title'><a href='https://greenway-miles.example.com/'>Greenway Miles</a></h1>"
        "<p class='description'>Slow rides on old railways, canals and drove roads.</p></div></div>"
        "<nav class='PageList'><a href='/'>Home</a> <a href='/p/routes.html'>Routes</a> <a href='/p/about.html'>About</a></nav>"
        "</header><div class='columns'><main class='main-outer'><div class='blog-posts hfeed'><div class='date-outer'>"
        "<h2 class='date-header'><span>Friday, 3 May 2024</span></h2><div class='post-outer'>"
        "<div class='post hentry' itemscope itemtype='http://schema.org/BlogPosting'>"
        "<h3 class='post-title entry-title' itemprop='name'>Cycling the old canal path, end to end</h3>"
        f"<div class='post-body entry-content' itemprop='description articleBody'>{body}</div>"
        "<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>Greenway Miles</span></span> "
        "<span class='post-timestamp'>at <a class='timestamp-link' href='" + url + "'><abbr class='published' "
        "title='2024-05-03T06:40:00+01:00'>06:40</abbr></a></span> <span class='post-comment-link'></span>"
        f"<span class='post-labels'>Labels: <a href='/search/label/canals'>canals</a>, <a href='/search/label/rides'>rides</a>"
        "</span></div></div>"
        "<div class='comments threaded' id='comments'><a name='comments'></a>"
        f"<h4 id='comment-post-message'>{total} comments:</h4><div class='comments-content'>"
        "<div id='comment-holder'><div class='comment-thread toplevel-thread'><ol id='top-ra'>"
        + "".join(li(n, False) for n in forest)
        + "</ol><div id='top-continue' class='continue'><a class='comment-reply' target='_self'>Add comment</a></div>"
        "</div></div></div><div class='comment-footer'><div class='comment-form'><a name='comment-form'></a>"
        "<p>Thanks for reading. Comments are moderated.</p><a href='https://www.blogger.example/comment/frame/4411' "
        "id='comment-editor-src'></a></div></div></div></div></div>"
        "<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' "
        "href='https://greenway-miles.example.com/2024/05/drove-roads-of-the-south.html' title='Newer Post'>Newer Post</a>"
        "</span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://greenway-miles.example.com/"
        "2024/04/fixing-a-puncture-in-the-rain.html' title='Older Post'>Older Post</a></span>"
        "<a class='home-link' href='https://greenway-miles.example.com/'>Home</a></div>"
        "<div class='post-feeds'>Subscribe to: <a href='https://greenway-miles.example.com/feeds/1/comments/default' "
        "target='_blank'>Post Comments (Atom)</a></div></div></main>"
        "<aside class='sidebar'><div class='widget Profile'><h2>About Me</h2><a class='profile-name-link' "
        "href='https://www.blogger.example/profile/01'>Greenway Miles</a><div class='profile-textblock'>Retired surveyor, "
        "slow cyclist.</div></div><div class='widget BlogArchive'><h2>Blog Archive</h2><ul class='hierarchy'><li>"
        "<a href='/2024/'>2024</a> (12)<ul><li><a href='/2024/05/'>May</a> (3)</li><li><a href='/2024/04/'>April</a> (4)"
        "</li></ul></li><li><a href='/2023/'>2023</a> (31)</li></ul></div><div class='widget PopularPosts'><h2>Popular "
        "Posts</h2><ul><li><a href='/2023/09/three-days-on-the-ridgeway.html'>Three days on the Ridgeway</a></li></ul>"
        "</div></aside></div><footer class='footer-outer'><div class='Attribution'>Powered by <a href='https://www."
        "blogger.example'>Blogger</a>. Theme images by Michael Elkan.</div></footer></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 10. Typepad, paginated


def typepad_paged() -> tuple:
    """A Typepad / Movable Type blog entry with flat comments: each the text first, then
    "Posted by: <name> | <date>" below it; the page shows the first 20 of 47 comments with a
    "Next »" link to the next page of comments."""
    url = "https://tinkerledger.typepad.example/notes/2024/05/on-repairing-old-radios.html"
    nxt = "https://tinkerledger.typepad.example/notes/2024/05/on-repairing-old-radios/comments/page/2/#comments"

    def namer(r: random.Random) -> str:
        f, last = r.choice(FIRST), r.choice(LAST)
        return r.choice([f"{f} {last}", f"{f} {last[0]}.", f, f"{f} {last}"])

    forest = make_tree(110, [20], namer, lambda r: paras(r, most=3), datetime(2024, 5, 3, 8, 0), (6, 180), 20, 20)
    rows = list(flatten(forest))

    def shown(n: Node) -> str:
        return n.when.strftime("%B %d, %Y at %I:%M %p")

    def c(n: Node) -> str:
        cid = f"6a00d8341c5f2b53ef02c8d3b{n.cid:06d}200d"
        linked = n.cid % 3 != 0
        who = (
            f'<a rel="nofollow" target="_blank" title="https://{n.author.split()[0].lower()}.example.org" '
            f'href="https://{n.author.split()[0].lower()}.example.org">{esc(n.author)}</a>'
            if linked
            else esc(n.author)
        )
        return (
            f'<a id="comment-{cid}"></a><div class="comment font-entrybody" id="comment-{cid}">'
            f'<div class="comment-content">{p_html(n)}</div>'
            f'<p class="comment-footer">Posted by: {who} | <a rel="nofollow" href="{url}?cid={cid}#comment-{cid}">'
            f"{shown(n)}</a></p></div>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(1010, 5))
    page = (
        head(
            "Tinker Ledger: On repairing old radios",
            url,
            "What I learned from forty years of fixing valve radios for neighbours.",
            '<meta name="generator" content="https://www.typepad.example/"><meta property="og:type" content="article">'
            '<link rel="alternate" type="application/atom+xml" title="Posts on \'Tinker Ledger\' (Atom)" '
            'href="https://tinkerledger.typepad.example/notes/atom.xml">',
        )
        + '<body class="layout-two-column-right post"><div id="container"><div id="container-inner" class="pkg">'
        '<div id="banner"><div id="banner-inner" class="pkg"><h1 id="banner-header"><a href="https://tinkerledger.typepad.'
        'example/notes/" accesskey="1">Tinker Ledger</a></h1><h2 id="banner-description">Notes from a repair bench</h2>'
        '</div></div><div id="pagebody"><div id="pagebody-inner" class="pkg"><div id="alpha"><div id="alpha-inner" '
        'class="pkg"><div class="entry-category-repairs entry-author-tinker entry-type-post entry" id="entry-6a00d8341c5f2b53'
        'ef02c8d3b0d1a1200b"><h3 class="entry-header">On repairing old radios</h3><div class="entry-content">'
        f'<div class="entry-body">{body}</div></div><div class="entry-footer"><p class="entry-footer-info">'
        '<span class="post-footers">Posted at 07:30 AM in <a href="https://tinkerledger.typepad.example/notes/repairs/">'
        'Repairs</a> </span><span class="separator">|</span> <a class="permalink" href="' + url + '">Permalink</a></p>'
        "</div></div>"
        '<div class="comments" id="comments"><a id="comments"></a><div class="comments-info"><h3 class="comments-header">'
        'Comments</h3><p class="comments-feed"><a href="https://tinkerledger.typepad.example/notes/2024/05/on-repairing-old-'
        'radios/comments/atom.xml">Feed</a> You can follow this conversation by subscribing to the comment feed for this post.'
        '</p></div><div class="comments-content" id="comments-content">' + "".join(c(n) for n, _, _ in rows) + "</div>"
        '<div class="pager-bottom pager-entries"><span class="pager-inner"><span class="pager-info">Comments 1–20 of 47'
        f'</span> <span class="pager-right"><a href="{nxt}" rel="next"><span class="pager-label">Next</span>'
        '<span class="chevron">»</span></a></span></span></div></div>'
        '<div class="comments-open" id="comments-open"><h2 class="comments-open-header">Post a comment</h2>'
        '<div class="comments-open-content"><p class="comment-footer">Comments are moderated, and will not appear until the '
        'author has approved them.</p><form><textarea name="text"></textarea><input type="submit" value="Post">'
        '</form></div></div></div></div><div id="beta"><div id="beta-inner" class="pkg"><div class="module-recent-posts '
        'module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">'
        '<li class="module-list-item"><a href="https://tinkerledger.typepad.example/notes/2024/04/a-bench-power-supply.html">'
        'A bench power supply from scrap</a></li><li class="module-list-item"><a href="https://tinkerledger.typepad.example'
        '/notes/2024/04/tuning-cords.html">Restringing tuning cords</a></li></ul></div></div>'
        '<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul>'
        '<li><a href="https://tinkerledger.typepad.example/notes/2024/05/index.html">May 2024</a></li><li><a href="https://'
        'tinkerledger.typepad.example/notes/2024/04/index.html">April 2024</a></li></ul></div></div>'
        '<div class="module-powered module"><div class="module-content">Powered by <a href="https://www.typepad.example/">'
        "Typepad</a></div></div></div></div></div></div></div></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), nxt


# ---------------------------------------------------------------- 11. Russian city news


RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def russian_news() -> tuple:
    """A Russian city news site: nested .comment blocks with .comment__children, Cyrillic names,
    dates as "сегодня в 11:05" / "вчера в 18:40" / "2 мая в 18:40" over a <time datetime> with
    the Moscow offset, ratings, and "Ответить" / "Пожаловаться" controls."""
    url = "https://gorodskie-vesti.example.ru/news/2024/05/04/most-cherez-oku-remont/"
    msk = timezone(timedelta(hours=3))
    ru_paras = lambda r: paras(r, RU_WORDS, "..?!", 2)  # noqa: E731
    forest = make_tree(
        1111, [7, 3, 2, 1], ru_name, ru_paras, datetime(2024, 5, 2, 17, 0, tzinfo=msk), (10, 150), 16, 25, 3
    )
    rows = list(flatten(forest))
    today = datetime(2024, 5, 4, tzinfo=msk).date()

    def shown(n: Node) -> str:
        d = n.when.date()
        t = n.when.strftime("%H:%M")
        if d == today:
            return f"сегодня в {t}"
        if d == today - timedelta(days=1):
            return f"вчера в {t}"
        return f"{n.when.day} {RU_MONTHS[n.when.month - 1]} в {t}"

    def c(n: Node) -> str:
        rating = zlib.crc32(n.text.encode()) % 31 - 8
        r = f"+{rating}" if rating > 0 else ("0" if rating == 0 else f"−{-rating}")
        kids = "".join(c(x) for x in n.children)
        return (
            f'<div class="comment" id="comment_{n.cid}" data-id="{n.cid}"><div class="comment__body">'
            f'<div class="comment__header"><div class="comment__user"><img class="comment__avatar" src="/static/avatar/'
            f'{n.cid % 40}.png" alt=""><a class="comment__user-link" href="/users/{n.cid}/"><span class="user__nick">'
            f'{esc(n.author)}</span></a></div><div class="comment__tools"><time class="comment__datetime" '
            f'datetime="{n.when.isoformat()}">{shown(n)}</time></div><div class="comment__rating"><button class="vote-up" '
            f'aria-label="Плюс">▲</button><span class="comment__rating-count">{r}</span><button class="vote-down" '
            f'aria-label="Минус">▼</button></div></div><div class="comment__content">{p_html(n)}</div>'
            f'<div class="comment__controls"><span class="comment__tool" data-role="reply">Ответить</span>'
            f'<span class="comment__tool" data-role="report">Пожаловаться</span></div></div>'
            + (f'<div class="comment__children">{kids}</div>' if kids else "")
            + "</div>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(1112, 6, RU_WORDS, "..."))
    title = "Ремонт моста через Оку продлят до осени"
    page = (
        head(
            f"{title} — Городские вести",
            url,
            "Подрядчик попросил ещё четыре месяца: движение по мосту останется частичным.",
            '<meta property="og:type" content="article"><meta property="og:locale" content="ru_RU">'
            '<meta property="article:published_time" content="2024-05-02T15:20:00+03:00">'
            '<meta property="article:section" content="Город"><meta name="author" content="Анна Белова">',
            lang="ru",
        )
        + '<body><header class="header"><div class="header__top"><a class="logo" href="/">Городские вести</a>'
        '<span class="header__weather">+14°</span><span class="header__currency">USD 91,7</span></div>'
        '<nav class="menu"><a href="/news/">Новости</a><a href="/city/">Город</a><a href="/transport/">Транспорт</a>'
        '<a href="/economy/">Экономика</a><a href="/sport/">Спорт</a><a href="/afisha/">Афиша</a></nav></header>'
        '<div class="layout"><main class="layout__main"><article class="article"><div class="article__rubric">'
        f'<a href="/city/">Город</a></div><h1 class="article__title">{title}</h1>'
        '<div class="article__meta"><span class="article__author">Анна Белова</span> <time datetime="2024-05-02T15:20:00+03:00">'
        '2 мая 2024, 15:20</time> <span class="article__views">👁 12 480</span></div>'
        '<p class="article__lead">Подрядчик попросил ещё четыре месяца: движение по мосту останется частичным.</p>'
        f'<div class="article__text">{body}</div><div class="article__tags"><a href="/tags/most/">мост</a> '
        '<a href="/tags/remont/">ремонт</a></div><div class="share">Поделиться: <a>ВК</a> <a>ОК</a> <a>Telegram</a></div>'
        "</article>"
        '<section class="comments" id="comments"><div class="comments__header"><h2 class="comments__title">Комментарии '
        f'<span class="comments__count">{len(rows)}</span></h2><div class="comments__sort">Сначала старые ▾</div></div>'
        '<div class="comments__form"><textarea placeholder="Написать комментарий..."></textarea><button>Отправить</button>'
        '<p class="comments__rules">Комментарии проходят модерацию. <a href="/rules/">Правила</a></p></div>'
        '<div class="comments__list">' + "".join(c(n) for n in forest) + "</div></section></main>"
        '<aside class="layout__aside"><div class="widget"><h3 class="widget__title">Главное</h3><ul>'
        '<li><a href="/news/2024/05/04/trolleybus/">Троллейбус №7 вернётся на маршрут в июне</a> <time>12:40</time></li>'
        '<li><a href="/news/2024/05/03/park/">В парке у реки высадят двести лип</a> <time>вчера</time></li></ul></div>'
        '<div class="widget"><h3 class="widget__title">Популярное</h3><ol><li><a href="/news/2024/05/01/tarify/">Тарифы '
        "на воду вырастут с июля</a></li></ol></div></aside></div>"
        '<footer class="footer"><p>© 2024 «Городские вести». Сетевое издание. 18+</p><p><a href="/about/">О редакции</a> · '
        '<a href="/ads/">Реклама</a> · <a href="/privacy/">Политика конфиденциальности</a></p></footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 12. Arabic news, right to left


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def arabic_news() -> tuple:
    """An Arabic news site (dir=rtl): numbered comments in <ul>/<li> with nested replies, the
    commenter's name followed by the city written from, the date in Arabic-Indic digits with the
    Arabic month and weekday ("الجمعة ٣ مايو ٢٠٢٤ - ٠٨:٠٥"), like/dislike counts and a reply link."""
    url = "https://akhbar-almadina.example.ma/mujtama/2024/05/03/tajdid-al-minaa/"
    cities = ["الرباط", "فاس", "طنجة", "", "مراكش", "", "أكادير", "باريس"]
    ar_paras = lambda r: paras(r, AR_WORDS, ".؟!", 2)  # noqa: E731
    forest = make_tree(1212, [9, 3, 2], ar_name, ar_paras, datetime(2024, 5, 3, 8, 0), (4, 90), 16, 25, 2)
    rows = list(flatten(forest))
    number = {id(n): i + 1 for i, (n, _, _) in enumerate(rows)}

    def shown(n: Node) -> str:
        d = n.when
        s = f"{AR_DAYS[d.weekday()]} {d.day} {AR_MONTHS[d.month - 1]} {d.year} - {d.strftime('%H:%M')}"
        return s.translate(AR_DIGITS)

    def c(n: Node) -> str:
        city = cities[n.cid % len(cities)]
        city_html = f'<span class="comment-city">من {city}</span>' if city else ""
        up, down = zlib.crc32(n.text.encode()) % 60, n.cid % 9
        kids = "".join(c(x) for x in n.children)
        return (
            f'<li class="comment-item" id="comment-{n.cid}"><div class="comment-box"><div class="comment-head">'
            f'<span class="comment-number">{str(number[id(n)]).translate(AR_DIGITS)}</span>'
            f'<strong class="comment-author">{esc(n.author)}</strong> {city_html}'
            f'<span class="comment-date">{shown(n)}</span></div><div class="comment-text">{p_html(n)}</div>'
            f'<div class="comment-foot"><button class="vote like">👍 <span>{str(up).translate(AR_DIGITS)}</span></button>'
            f'<button class="vote dislike">👎 <span>{str(down).translate(AR_DIGITS)}</span></button>'
            f'<a class="comment-reply" href="#respond" data-id="{n.cid}">رد</a> <a class="comment-report">إبلاغ</a></div></div>'
            + (f'<ul class="comment-replies">{kids}</ul>' if kids else "")
            + "</li>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(1213, 6, AR_WORDS, ".."))
    title = "انطلاق أشغال تجديد الميناء القديم وسط مخاوف السكان"
    page = (
        head(
            f"{title} | أخبار المدينة",
            url,
            "انطلقت صباح اليوم أشغال تجديد الميناء القديم التي ستستمر ثمانية عشر شهرا.",
            '<meta property="og:type" content="article"><meta property="og:locale" content="ar_AR">'
            '<meta property="article:published_time" content="2024-05-03T07:30:00+01:00">'
            '<meta property="article:section" content="مجتمع">',
            lang="ar",
            dirattr=' dir="rtl"',
        )
        + '<body class="rtl single-post"><header class="site-header"><div class="top-bar"><span class="today">الجمعة ٣ مايو '
        '٢٠٢٤</span><a href="/fr/">Français</a></div><a class="logo" href="/">أخبار المدينة</a><nav class="main-nav">'
        '<a href="/">الرئيسية</a><a href="/siyasa/">سياسة</a><a href="/mujtama/">مجتمع</a><a href="/iqtisad/">اقتصاد</a>'
        '<a href="/riyada/">رياضة</a><a href="/thaqafa/">ثقافة</a></nav></header><div class="container"><main class="main">'
        f'<article class="post"><div class="post-cat"><a href="/mujtama/">مجتمع</a></div><h1 class="post-title">{title}</h1>'
        '<div class="post-meta"><span class="post-author">أخبار المدينة - سعاد الكتاني</span> <span class="post-date">'
        'الجمعة ٣ مايو ٢٠٢٤ - ٠٧:٣٠</span></div><figure class="post-image"><img src="/uploads/2024/05/minaa.jpg" alt="">'
        f'<figcaption>صورة: أرشيف</figcaption></figure><div class="post-content">{body}</div>'
        '<div class="post-tags">الوسوم: <a href="/tag/minaa/">الميناء</a> <a href="/tag/ashghal/">أشغال</a></div></article>'
        '<section class="comments-area" id="comments"><h3 class="comments-title">التعليقات '
        f'<span>({str(len(rows)).translate(AR_DIGITS)})</span></h3><p class="comments-note">التعليقات المنشورة لا تعبر عن '
        "رأي الموقع وإنما عن رأي أصحابها.</p>"
        '<ul class="comment-list">'
        + "".join(c(n) for n in forest)
        + '</ul><div id="respond" class="comment-respond"><h3>أضف تعليقك</h3><form><input placeholder="الاسم">'
        '<input placeholder="المدينة"><textarea placeholder="التعليق"></textarea><button>إرسال</button></form></div>'
        "</section></main>"
        '<aside class="sidebar"><div class="widget"><h3>الأكثر قراءة</h3><ol><li><a href="/iqtisad/2024/05/02/asaar/">'
        'ارتفاع أسعار الخضر في الأسواق المحلية</a></li><li><a href="/riyada/2024/05/02/fariq/">الفريق المحلي يتأهل إلى '
        'النهائي</a></li></ol></div><div class="widget"><h3>آخر الأخبار</h3><ul><li><a href="/mujtama/2024/05/03/madaris/">'
        "إصلاح عشر مدارس قبل الدخول المدرسي</a> <span>منذ ساعتين</span></li></ul></div></aside></div>"
        '<footer class="site-footer"><p>جميع الحقوق محفوظة © أخبار المدينة ٢٠٢٤</p><nav><a href="/about/">من نحن</a> '
        '<a href="/contact/">اتصل بنا</a> <a href="/privacy/">سياسة الخصوصية</a></nav></footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- main


# name -> (maker returning (url, page, truth comments, next_page_url), note)
Templates = dict[str, tuple[Callable[[], tuple], str]]

TEMPLATES: Templates = {
    "hyvor-talk-blog-en": (hyvor_talk, "Hyvor-Talk-like nested embed, relative ages over <time>"),
    "issue-tracker-en": (issue_thread, "GitHub-issue-like flat timeline with events; opening post excluded"),
    "ghost-members-en": (ghost_comments, "Ghost-like native comments, one reply level, expertise line, day only"),
    "substack-comments-en": (substack_comments, "Substack-like deep trees, newsletter names beside commenters"),
    "video-comments-en": (video_comments, "YouTube-like threads, @handles, relative ages only (no ISO)"),
    "slashdot-tree-en": (slashdot_tree, "Slashdot-like nested ul with subjects, scores, signatures"),
    "wiki-talk-en": (wiki_talk, "MediaWiki talk page, dl/dd indentation, inline signatures"),
    "mail-archive-en": (mail_thread, "Mailing-list thread view, nested ul, quotes and signatures in pre"),
    "blogger-threaded-en": (blogger_comments, "Blogger threaded comments, Anonymous, showComment dates"),
    "typepad-paged-en": (typepad_paged, "Typepad flat comments, 'Posted by' after text, next page link"),
    "city-news-ru": (russian_news, "Russian news, Cyrillic names, сегодня/вчера dates"),
    "news-rtl-ar": (arabic_news, "Arabic RTL news, numbered comments, city beside name, Arabic-Indic dates"),
}


def write(folder: Path, templates: Templates = TEMPLATES) -> None:
    """The pages and truth.jsonl of every template (name -> (maker, note)), into `folder`."""
    records = []
    for name, (make, note) in sorted(templates.items()):
        url, page, comments, nxt = make()
        (folder / f"{name}.html").write_text(page, encoding="utf-8")
        records.append(
            {
                "id": name,
                "file": f"{name}.html",
                "url": url,
                "template": name,
                "comments": comments,
                "next_page_url": nxt,
                "notes": note,
            }
        )
    with (folder / "truth.jsonl").open("w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _share(ok: int, n: int) -> str:
    return f"{ok / n:.2f} ({ok}/{n})" if n else "-"


def score(folder: Path) -> tuple[str, list[dict]]:
    """Score the pages and truth.jsonl in `folder` with score-comments: its SUMMARY line and the
    per-page rows (also written to folder/score.json)."""
    scores = folder / "score.json"
    cmd = [
        str(SHARED / "scoring" / "score-comments"),
        *("--corpus", str(folder), "--batch-cmd", EXTRACT_COMMENTS),
        *("--n-bootstrap", "0", "--json-out", str(scores)),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if not scores.exists():
        sys.exit(done.stderr[-2000:])
    return summary(done.stdout + done.stderr), json.loads(scores.read_text(encoding="utf-8"))["comments"]["per_page"]


def main(templates: Templates = TEMPLATES, doc: str | None = __doc__) -> None:
    """Write `templates` (to a temporary folder or --keep DIR), score them and print the SUMMARY
    line and the per-template table; `doc` is the --help text."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="write the pages, truth and scores here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        write(folder, templates)
        line, rows = score(folder)
        print(line)
        print(f"{'template':<26}{'found/true':>11}{'F1':>7}{'parents':>14} {'top-level':>13} {'dates':>13}")
        for row in rows:
            print(
                f"{row['id']:<26}{row['returned']:>5}/{row['true']:<5}{row['f1']:>7.2f}"
                f"{_share(row['parent_ok'], row['parent_n']):>14} {_share(row['toplevel_ok'], row['toplevel_n']):>13}"
                f" {_share(row['minute_ok'], row['minute_n']):>13}"
            )


if __name__ == "__main__":
    main()
