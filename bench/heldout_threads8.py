"""Comment threads, set 8: twelve hand-made templates of thread markup, each tying a reply to its
parent in a way sets 3-7 and the comment corpus do not, written as development data for the
comment extractor (its pages are studied, also with every class name hashed; set 4 stays the
held-out measure).

    python bench/heldout_threads8.py [--keep DIR]

Each template is written by hand in the shape of a kind of real thread markup (none copied from a
site), filled from fixed seeds so that page and truth always agree: a Talkyard-like blog embed
(nested div.dw-t threads with their replies in <ol class="dw-res">, then a flat "Progress" section
whose posts name the post they answer by an "@username" link to #post-N), a GitLab-like merge
request (discussion boxes whose first note and its replies are siblings in one <ul class="notes">,
between system notes and diff snippets), a Norwegian news site whose comments are one flat
role="tree" of role="treeitem" elements placed only by aria-level/aria-posinset/aria-setsize, a
Croatian portal's widget that shows every reply of a thread at one indentation and names the
parent only in data-parent-id, a Zhihu-like Chinese Q&A page (each root comment with all its
descendants in one list by time, a reply to a reply headed "A 回复 B"), a Discord-forum archive
(a reply carries a bar naming the message answered with a snippet of it; a run of messages by one
author shows the name once), a Danish IndieWeb blog's webmentions (likes and reposts as faces,
replies as h-cite whose u-in-reply-to is the URL of the reply answered), an old Bulgarian club
board (one table row per post, indented by empty cells), a Slovak Joomla site with JComments-like
flat items indented by an inline margin-left, a Catalan blog with HashOver-like nested comments
whose ids spell the path (hashover-c2r1r1), a Bluesky-like thread in Japanese (reply chains drawn
with connector lines inside flat cells) and a Persian news site (right to left, Jalali dates in
Persian digits, one reply level, editorial answers inside the reader's box, a next page). About
half the templates have opaque classes (CSS-in-JS hashes), as on many large sites.
Truth conventions are set 3's (bench/heldout_threads.py), whose harness this module uses.
"""

from __future__ import annotations

import random
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.heldout_threads import (  # noqa: E402
    Node,
    Templates,
    article,
    esc,
    flatten,
    full_name,
    head,
    iso_z,
    main,
    make_tree,
    naive,
    p_html,
    paras,
    rich,
    truth,
)
from bench.heldout_threads5 import chrono, pair, pick, texts, vocabulary, votes  # noqa: E402
from bench.heldout_threads6 import ZH_NAMES, css, ja_texts, zh_texts  # noqa: E402
from bench.heldout_threads7 import ago, first_sentence, no_self_replies, unambiguous  # noqa: E402

Row = tuple[Node, int, Node | None]

GL_WORDS = vocabulary(
    "the a this that we it is not but and because I think pipeline job cache runner stage artifact "
    "migration schema index query test flaky fixture rebase squash merge commit branch review nit "
    "suggestion rename helper config timeout retry backoff upload chunk should could maybe probably "
    "already still again agreed fair"
)

NB_WORDS = vocabulary(
    "og men at det som ikke er var jeg vi man har kan skal bompenger vei tunnel ferje buss kommune "
    "fylke budsjett skole sykehus strøm pris vinter sommer fjellet byen bygda pendlere egentlig "
    "kanskje alltid aldri fortsatt allerede ganske bedre verre synes tror"
)
NB_FIRST = ["Kari", "Ola", "Ingrid", "Lars", "Silje", "Magnus", "Ingvild", "Håkon", "Marit", "Eirik", "Solveig"]
NB_LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Nilsen", "Berg", "Haugen", "Bakken", "Solberg"]
NB_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
             "november", "desember"]  # fmt: skip

HR_WORDS = vocabulary(
    "i ali da ne je bio mi oni ja već još uvijek nikad možda grad tramvaj cesta most gradonačelnik "
    "proračun porez škola bolnica cijene stanarina turisti ljeto zima parking obala trajekt stvarno "
    "baš bolje gore mislim"
)
HR_FIRST = ["Ivan", "Ana", "Marko", "Petra", "Luka", "Maja", "Josip", "Ivana", "Tomislav", "Martina"]
HR_LAST = ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Perić", "Matić"]
HR_NICKS = ["splitski_galeb", "Purger", "dalmatinac77", "bura", "kvartovski", "Zagorka", "mornar", "ribar_ante"]

DC_WORDS = vocabulary(
    "the a it is not but and so I you tried flash firmware board esp32 pin wire ground voltage "
    "resistor sensor i2c address pullup breadboard solder usb driver port baud serial monitor "
    "library scanner works fixed still maybe probably lol thanks same here"
)
DC_NAMES = ["tinker_tom", "Juniper", "bitflip", "Oona", "sparky.mcgee", "ferrous_wheel", "Wren", "grainofsalt",
            "Marguerite", "pico_de_gallo"]  # fmt: skip

DA_WORDS = vocabulary(
    "og men at det som ikke er var jeg vi man har kan skal surdej rugbrød ovn mel vand dej hævning "
    "skorpe kerner bage køkken weekend opskrift temperatur gryde egentlig måske altid aldrig stadig "
    "allerede ret bedre værre synes tror"
)
DA_FIRST = ["Mette", "Søren", "Anne", "Jens", "Louise", "Mads", "Camilla", "Rasmus", "Sofie", "Frederik"]
DA_LAST = ["Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Holm"]

BG_WORDS = vocabulary(
    "и но че не е беше ние те аз вече още винаги никога може пътеката хижата върха маршрута планината "
    "водата снега лятото зимата раницата обувките картата времето езерата наистина доста по-добре "
    "по-зле мисля"
)
BG_NAMES = ["Планинар", "Иван Петров", "ivo_bg", "Мария", "Стефан Г.", "Георги", "tedi", "Странник", "Николай Д.",
            "Весела"]  # fmt: skip
BG_SUBJECTS = ["Вода по пътя", "Снегът под Страшното", "Кога е отворена хижата", "Маркировката", "Обувки",
               "С деца", "Паркинг"]  # fmt: skip

SK_WORDS = vocabulary(
    "a ale že nie je bol my oni ja už ešte vždy nikdy možno obec starosta cesta chodník kanalizácia "
    "rozpočet dotácia škôlka zastupiteľstvo voda poplatok jarmok naozaj celkom lepšie horšie myslím"
)
SK_FIRST = ["Ján", "Mária", "Peter", "Zuzana", "Jozef", "Katarína", "Martin", "Eva", "Michal", "Anna"]
SK_LAST = ["Novák", "Kováč", "Horváth", "Varga", "Tóth", "Nagy", "Baláž", "Szabó", "Molnár", "Lukáč"]
SK_NICKS = ["obcan", "susedka", "Jožo z Dolného konca", "dochodca", "mladá mamička"]
SK_WOMEN = {"Mária", "Zuzana", "Katarína", "Eva", "Anna"}

CA_WORDS = vocabulary(
    "i però que no és era nosaltres ells jo ja encara sempre mai potser hort tomàquets reg aigua terra "
    "compost llavors collita veïns estiu hivern pluja terrat test enciam realment força millor pitjor crec"
)
CA_NAMES = ["Jordi Puig", "Montse Vila", "Marc Soler", "Núria Ferrer", "Pere Roca", "Laia Serra", "Oriol Font",
            "Mireia Pons", "Arnau Vidal", "Anna Casals"]  # fmt: skip
CA_MONTHS = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre",
             "novembre", "desembre"]  # fmt: skip
CA_DAYS = ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"]

BSKY_USERS = {"はな": "hana-garden", "Kenji Sato": "kenjisato", "みどり": "midori", "たかし": "takashi-cycle",
              "ゆうこ": "yuko", "さくら": "sakura", "まさお": "masao", "りょう": "ryo", "通りすがりの猫": "neko",
              "Aiko": "aiko"}  # fmt: skip

FA_WORDS = vocabulary(
    "و اما که نه است بود ما آنها من هنوز همیشه هرگز شاید شهر مترو اتوبوس بلیت قیمت بنزین اجاره خانه "
    "دولت شهرداری مردم ترافیک هوا آلودگی کارمندان حقوق واقعا خیلی بهتر بدتر فکر کنم"
)
FA_NAMES = ["علی رضایی", "مریم احمدی", "حسین محمدی", "زهرا کریمی", "محمد حسینی", "فاطمه موسوی", "رضا جعفری",
            "سارا قاسمی", "امیر نوری", "نگار صادقی", "ناشناس"]  # fmt: skip
FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def username(name: str) -> str:
    """A forge-style login made from a full name: first initial and last name."""
    first, last = name.split(" ", 1)
    return (first[0] + last).lower().replace(" ", "")


def hm12(d: datetime) -> str:
    return f"{int(d.strftime('%I'))}:{d.strftime('%M')} {d.strftime('%p')}"


def to_jalali(d: date) -> tuple[int, int, int]:
    """The Solar Hijri (Jalali) year, month and day of a Gregorian day."""
    gy, gm, gd = d.year, d.month, d.day
    before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def redraw_self_replies(rows: list[Row], namer: Callable[[random.Random], str], seed: int) -> None:
    """Draw a new name for a reply whose author is its parent's (names made from first and last names)."""
    rng = random.Random(seed)
    for n, _, p in rows:
        while p is not None and n.author == p.author:
            n.author = namer(rng)


# ---------------------------------------------------------------- 1. Talkyard-like, progress section


def talkyard_progress() -> tuple:
    """An English engineering blog with a Talkyard-like embed: threaded comments as nested div.dw-t
    (li.dw-t inside <ol class="dw-res">), then a "Progress" section of flat, chronological posts, each
    naming the post it answers by a reply-receiver link "@username" to #post-N (or none, for a post
    on the article). Every post shows full name and @username; ages short and relative only ("3d")."""
    url = "https://notes.millrace.example.org/2024/05/moving-our-jobs-off-cron/"
    start = datetime(2024, 5, 2, 13, 0, tzinfo=UTC)
    forest = make_tree(801, [5, 3, 2, 1], full_name, paras, start, (10, 240), 12, 18, 3, start_id=2)
    threaded = list(flatten(forest))
    redraw_self_replies(threaded, full_name, 8013)
    rows: list[Row] = list(threaded)
    rng = random.Random(8011)
    clock = threaded[-1][0].when
    for i in range(5):
        clock += timedelta(minutes=rng.randint(40, 400))
        n = Node(full_name(rng), paras(rng), clock, len(threaded) + 2 + i)
        p = None if i in (0, 3) else rng.choice([r[0] for r in rows])
        while p is not None and n.author == p.author:
            n.author = full_name(rng)
        rows.append((n, 0, p))
    now = clock + timedelta(hours=5, minutes=20)

    def age(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"{int(s // 60)}m"
        if s < 86400:
            return f"{int(s // 3600)}h"
        return f"{int(s // 86400)}d"

    def post(n: Node, cls: str = "", receiver: Node | None = None) -> str:
        u = username(n.author)
        rr = (
            f'<span class="s_RRs"><span class="s_RRs_Ttl" title="In reply to">→</span> <a class="s_RRs_RR" '
            f'href="#post-{receiver.cid}">@{username(receiver.author)}</a></span>'
            if receiver is not None
            else ""
        )
        likes = votes(n, 7)
        edited = ' <span class="esP_H_Edd">edited</span>' if n.cid % 6 == 4 else ""
        return (
            f'<div class="dw-p{cls}" id="post-{n.cid}"><div class="dw-p-hd"><a class="dw-p-by esP_By" '
            f'href="/-/users/{u}"><img class="esAvtr" src="/-/avatar/{u}.jpg" alt=""><span class="esP_By_F">'
            f'{esc(n.author)}</span> <span class="esP_By_U"><span class="esP_By_U_at">@</span>{u}</span></a>{rr}'
            f'<span class="esP_H_At">{age(n)}</span>{edited}</div><div class="dw-p-bd"><div class="dw-p-bd-blk">'
            f'{p_html(n)}</div></div></div><div class="esPA dw-p-as"><button class="dw-a dw-a-reply icon-reply">'
            f'Reply</button><button class="dw-a dw-a-like icon-heart" aria-label="Like">{likes or ""}</button>'
            '<button class="dw-a dw-a-more icon-menu" aria-label="More"></button></div>'
        )

    def thread(n: Node, d: int) -> str:
        kids = "".join(thread(k, d + 1) for k in n.children)
        return (
            f'<li class="dw-t dw-depth-{d}" id="dw-t-{n.cid}">{post(n)}'
            + (f'<ol class="dw-res">{kids}</ol>' if kids else "")
            + "</li>"
        )

    progress = "".join(
        f'<div class="dw-t s_ProgrPost">{post(n, " dw-p-flat", p)}</div>' for n, _, p in rows[len(threaded) :]
    )
    body = "".join(f"<p>{esc(p)}</p>" for p in article(8012, 6))
    title = "Moving our jobs off cron, one queue at a time"
    page = (
        head(
            f"{title} – Millrace Notes",
            url,
            "Cron served us for nine years. Here is how we moved forty jobs to a queue without a big bang.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-02T09:00:00+00:00"><meta name="author" content="Callum Brennan">',
        )
        + '<body class="post"><header class="masthead"><a class="brand" href="/">Millrace Notes</a><nav><a href="/archive/">'
        'Archive</a><a href="/talks/">Talks</a><a href="/about/">About</a><a href="/feed.xml">Feed</a></nav></header>'
        f'<main class="container"><article class="post-full"><h1>{title}</h1><p class="byline">Callum Brennan · '
        f'<time datetime="2024-05-02">2 May 2024</time> · 11 min read</p><div class="post-content">{body}'
        "<pre><code>*/5 * * * * /opt/jobs/bin/run sync-gauges\n0 3 * * * /opt/jobs/bin/run nightly-rollup</code></pre>"
        '</div><p class="tags">Filed under <a href="/tags/ops/">ops</a>, <a href="/tags/queues/">queues</a></p>'
        '<div class="share"><a>Share on Mastodon</a> <a>Copy link</a></div></article>'
        '<section id="comments"><div class="talkyard-comments" data-discussion-id="moving-jobs-off-cron">'
        '<div class="esEmbCmts"><div class="s_MetaB"><span class="s_MetaB_Cnt">'
        f'{len(rows)} comments</span><button class="s_LogInB">Log In</button><button class="s_SignUpB">Sign Up</button>'
        '</div><div class="s_ThrSort">Sort: <button class="active">Popular first</button><button>Oldest first</button>'
        '</div><button class="dw-a dw-a-reply s_APAs_OPRB">Add Comment</button>'
        '<div class="dw-t dw-depth-0 dw-ar-t" id="dw-t-1"><div class="dw-p dw-ar-p" id="post-1" hidden></div>'
        '<ol class="dw-res dw-singlereplies">'
        + "".join(thread(n, 1) for n in forest)
        + '</ol></div><div class="s_PgSct s_PgSct-Prgr"><h3 class="s_PgSct_Ttl">Progress</h3><p class="s_PgSct_Info">'
        "Progress notes, oldest first.</p>"
        + progress
        + '<button class="s_APAs_ACBB">Add progress note</button></div><p class="s_Powered">Comments powered by '
        '<a href="https://www.talkyard.example/">Talkyard</a>.</p></div></div></section></main>'
        '<aside class="related"><h3>Also on Millrace Notes</h3><ul><li><a href="/2024/04/postgres-advisory-locks/">'
        'Advisory locks for the rest of us</a></li><li><a href="/2024/03/retiring-a-vm/">Retiring our last VM</a>'
        '</li></ul></aside><footer class="site-footer"><p>© 2024 Callum Brennan · <a href="/privacy/">Privacy</a>'
        "</p></footer></body></html>"
    )
    return url, page, truth(rows, age, lambda n: None), None


# ---------------------------------------------------------------- 2. GitLab-like merge request


GL_DIFFS = [
    ("app/ingest/upload.py", 41, ["    for attempt in range(3):", "-        resp = session.put(url, data=chunk)",
                                  "+        resp = session.put(url, data=chunk, timeout=30)", "         if resp.ok:"]),
    ("app/ingest/backoff.py", 12, ["+def delay(attempt: int, base: float = 0.5) -> float:",
                                   "+    return min(base * 2 ** attempt, 30.0)"]),
    ("tests/test_upload.py", 88, ["+@pytest.mark.flaky(reruns=2)", "+def test_retry_after_timeout(server):"]),
]  # fmt: skip


def gitlab_discussions() -> tuple:
    """A merge request in the shape of GitLab: the description (not a comment), then the activity
    list: system notes ("added 2 commits", "approved this merge request"), single notes, and
    discussion boxes in which the first note and its replies are sibling <li class="note"> in one
    <ul class="notes"> (a reply answers the thread's first note); diff threads show the code lines
    above their notes, resolved threads a "Resolved by" line. Name and @username per note; ages
    relative ("2 days ago") over <time datetime> in UTC."""
    url = "https://gitlab.example.com/fieldkit/ingest/-/merge_requests/318"
    start = datetime(2024, 4, 29, 7, 30, tzinfo=UTC)
    forest = make_tree(802, [9, 4], full_name, texts(GL_WORDS), start, (12, 300), 15, 24, 1, start_id=1702400)
    rows = list(flatten(forest))
    redraw_self_replies(rows, full_name, 8022)
    author = "Saoirse Okafor"
    for n, d, p in rows:
        if d == 1 and p is not None and n.cid % 3 == 0 and p.author != author:
            n.author = author
    roles = {author: "Author", "Callum Brennan": "Maintainer"}
    now = rows[-1][0].when + timedelta(days=2, hours=3)

    def rel(d: datetime) -> str:
        s = (now - d).total_seconds()
        for size, unit in ((604800, "week"), (86400, "day"), (3600, "hour"), (60, "minute")):
            if s >= size:
                v = int(s // size)
                return f"{v} {unit}{'s' if v != 1 else ''} ago"
        return "just now"

    def tm(d: datetime) -> str:
        title = f"{d.strftime('%b')} {d.day}, {d.year} {hm12(d).replace(' ', '').lower()} UTC"
        return f'<time class="js-timeago" datetime="{iso_z(d)}" title="{title}" data-container="body">{rel(d)}</time>'

    def who(name: str) -> str:
        u = username(name)
        return (
            f'<a class="js-user-link" href="/{u}" data-username="{u}"><span class="note-header-author-name '
            f'gl-font-weight-bold">{esc(name)}</span> <span class="note-headline-light">@{u}</span></a>'
        )

    def note(n: Node) -> str:
        role = roles.get(n.author, "Developer" if n.cid % 2 else "")
        badge = f'<span class="note-role user-access-role gl-badge">{role}</span>' if role else ""
        thumbs = votes(n, 5)
        awards = (
            f'<div class="awards js-awards-block"><button class="btn award-control" title="{esc(author)}">👍 '
            f'<span class="js-counter">{thumbs}</span></button></div>'
            if thumbs > 2
            else ""
        )
        return (
            f'<li class="note note-wrapper timeline-entry" id="note_{n.cid}" data-note-id="{n.cid}"><div '
            f'class="timeline-entry-inner"><div class="timeline-avatar gl-float-left"><a href="/{username(n.author)}">'
            f'<img class="avatar s32" src="/uploads/-/system/user/avatar/{zlib.crc32(n.author.encode()) % 977}/avatar.png" '
            'alt=""></a></div>'
            f'<div class="timeline-content"><div class="note-header"><div class="note-header-info">{who(n.author)} '
            f'<span class="note-headline-light note-headline-meta"> · <a class="note-timestamp" href="#note_{n.cid}">'
            f'{tm(n.when)}</a></span></div><div class="note-actions">{badge}<button class="note-action-button" '
            'aria-label="Add reaction">☺</button><button class="note-action-button js-reply-button" title="Reply to '
            'comment">Reply</button><button class="more-actions-toggle" aria-label="More actions">⋮</button></div>'
            f'</div><div class="timeline-discussion-body"><div class="note-body"><div class="note-text md">{p_html(n)}'
            f"</div></div></div>{awards}</div></div></li>"
        )

    def diff(k: int) -> str:
        path, line, lines = GL_DIFFS[k % len(GL_DIFFS)]
        trs = "".join(
            f'<tr class="line_holder {"new" if x[0] == "+" else "old" if x[0] == "-" else ""}"><td class="old_line '
            f'diff-line-num">{"" if x[0] == "+" else line + i}</td><td class="new_line diff-line-num">'
            f'{"" if x[0] == "-" else line + i}</td><td class="line_content">{esc(x)}</td></tr>'
            for i, x in enumerate(lines)
        )
        return (
            f'<div class="diff-file file-holder"><div class="js-file-title file-title"><span class="file-title-name">'
            f'{path}</span></div><table class="code js-syntax-highlight diff-table">{trs}</table></div>'
        )

    def discussion(n: Node, k: int) -> str:
        on_diff = k % 3 == 0
        resolved = n.children and k % 2 == 1
        last = n.children[-1] if n.children else n
        head_html = (
            f'<div class="discussion-header note-wrapper"><div class="note-header-info">{who(n.author)} '
            f'<span class="note-headline-light">started a thread on the diff</span></div>{diff(k)}</div>'
            if on_diff
            else ""
        )
        res = (
            f'<div class="discussion-resolved-text">Resolved by {who(author)} {tm(last.when + timedelta(minutes=20))}'
            "</div>"
            if resolved
            else ""
        )
        return (
            f'<li class="note note-discussion timeline-entry" data-discussion-id="{zlib.crc32(str(n.cid).encode()):08x}">'
            '<div class="timeline-entry-inner"><div class="timeline-content"><div class="discussion js-discussion-'
            f'container{" discussion-resolved" if resolved else ""}">{head_html}<div class="discussion-body"><div '
            'class="card discussion-wrapper"><div class="discussion-notes"><ul class="notes">'
            + note(n)
            + "".join(note(x) for x in n.children)
            + f'</ul>{res}<div class="discussion-reply-holder"><button class="js-vue-discussion-reply">Reply…</button>'
            f'<button class="btn btn-default">{"Unresolve thread" if resolved else "Resolve thread"}</button>'
            + ('<button class="btn btn-default">Collapse replies</button>' if n.children else "")
            + "</div></div></div></div></div></div></div></li>"
        )

    def system(k: int, d: datetime) -> str:
        msgs = [
            ('added 2 commits <ul class="system-note-commit-list"><li><code>3f2a91c0</code> - Time out chunk uploads '
             "after 30 s</li><li><code>b71e0d24</code> - Back off between retries</li></ul>"),
            "requested review from <a href=\"/cbrennan\">@cbrennan</a>",
            "approved this merge request",
            'mentioned in issue <a href="/fieldkit/ingest/-/issues/412">#412</a>',
            "changed the description",
        ]  # fmt: skip
        actor = author if k % 2 == 0 else "Callum Brennan"
        return (
            f'<li class="note system-note timeline-entry note-wrapper" id="note_{900000 + k}"><div class="timeline-entry-'
            'inner"><div class="timeline-icon"><svg class="s16" data-testid="git-merge-icon"></svg></div><div class="'
            f'timeline-content"><div class="note-header"><div class="note-header-info">{who(actor)} <span class="'
            f'note-headline-light note-headline-meta"><span class="system-note-message">{msgs[k % len(msgs)]}</span> '
            f'<a class="system-note-separator" href="#note_{900000 + k}">{tm(d)}</a></span></div></div></div></div></li>'
        )

    items = []
    for k, n in enumerate(forest):
        if n.children or k % 2 == 1:
            items.append(discussion(n, k))
        else:
            items.append(f'<li class="timeline-entry note-wrapper-single"><ul class="notes">{note(n)}</ul></li>')
        if k % 2 == 0:
            items.append(system(k // 2, (n.children[-1] if n.children else n).when + timedelta(minutes=7)))
    desc = "".join(f"<p>{esc(p)}</p>" for p in article(8021, 2, GL_WORDS))
    title = "Retry chunk uploads with exponential backoff"
    u = username(author)
    page = (
        head(
            f"{title} (!318) · Merge requests · fieldkit / ingest · GitLab",
            url,
            "Chunk uploads now time out after 30 s and retry with backoff.",
            '<meta property="og:type" content="object"><meta name="csrf-param" content="authenticity_token">',
        )
        + '<body class="gl-browser-firefox page-initialised" data-page="projects:merge_requests:show">'
        '<header class="header-logged-out"><a class="brand-logo" href="/">GitLab</a><nav><a href="/explore">Explore</a>'
        '<a href="/users/sign_in">Sign in</a></nav></header><div class="layout-page"><aside class="nav-sidebar">'
        '<ul><li><a href="/fieldkit/ingest">Project information</a></li><li><a href="/fieldkit/ingest/-/tree/main">'
        'Repository</a></li><li><a href="/fieldkit/ingest/-/issues">Issues <span class="badge">38</span></a></li><li>'
        '<a class="active" href="/fieldkit/ingest/-/merge_requests">Merge requests <span class="badge">4</span></a>'
        '</li><li><a href="/fieldkit/ingest/-/pipelines">CI/CD</a></li></ul></aside><div class="content-wrapper">'
        '<nav class="breadcrumbs"><a href="/fieldkit">fieldkit</a> / <a href="/fieldkit/ingest">ingest</a> / <a '
        'href="/fieldkit/ingest/-/merge_requests">Merge requests</a> / !318</nav><div class="merge-request">'
        f'<div class="detail-page-header"><h1 class="title">{title}</h1><span class="badge badge-success">Open</span>'
        f'<div class="detail-page-description"><a href="/{u}">{author}</a> requested to merge <code>retry-uploads'
        "</code> into <code>main</code></div></div>"
        '<ul class="merge-request-tabs nav-links"><li class="notes-tab active"><a href="#">Overview <span '
        f'class="badge">{len(rows)}</span></a></li><li><a href="/fieldkit/ingest/-/merge_requests/318/commits">Commits '
        '<span class="badge">6</span></a></li><li><a href="/fieldkit/ingest/-/merge_requests/318/pipelines">Pipelines '
        '<span class="badge">4</span></a></li><li><a href="/fieldkit/ingest/-/merge_requests/318/diffs">Changes <span '
        f'class="badge">3</span></a></li></ul><div class="description"><div class="md"><h2>What does this MR do?</h2>'
        f"{desc}<h2>Checklist</h2><ul><li>☑ Tests added</li><li>☑ Changelog entry</li><li>☐ Docs updated</li></ul>"
        '</div></div><div class="mr-widget-section"><div class="mr-pipeline">Pipeline <a href="/fieldkit/ingest/-/'
        'pipelines/88412">#88412</a> passed</div><div class="mr-approvals">Approved by <a href="/cbrennan">Callum '
        'Brennan</a></div><div class="mr-state">Ready to merge!</div></div><div id="notes"><ul id="notes-list" '
        'class="notes main-notes-list timeline">'
        + "".join(items)
        + '</ul><div class="disabled-comment">Please <a href="/users/sign_in">register</a> or <a href="/users/sign_in">'
        'sign in</a> to reply</div></div></div></div><aside class="right-sidebar"><div class="block assignee">'
        f'<div class="title">Assignee</div><a href="/{u}">{author}</a></div><div class="block reviewer"><div '
        'class="title">Reviewers</div><a href="/cbrennan">Callum Brennan</a></div><div class="block labels"><div '
        'class="title">Labels</div><span class="gl-label">reliability</span> <span class="gl-label">backend</span>'
        '</div><div class="block milestone"><div class="title">Milestone</div><a href="/fieldkit/ingest/-/milestones/'
        f'9">v2.5</a></div><div class="block participants"><div class="title">{len({n.author for n, _, _ in rows})} '
        'Participants</div></div></aside></div><footer class="footer"><a href="/help">Help</a> <a href="https://'
        'about.gitlab.example/">About GitLab</a></footer></body></html>'
    )
    return url, page, truth(rows, lambda n: rel(n.when), lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 3. Norwegian news, ARIA tree


def aria_tree() -> tuple:
    """A Norwegian regional newspaper's comments as one flat role="tree": every comment a
    role="treeitem" sibling whose place in the thread is given only by aria-level, aria-posinset
    and aria-setsize (a stylesheet indents by aria-level); full names, likes, "Svar" buttons, a
    login notice and opening hours for the comment field. Opaque classes; dates local
    ("3. mai 2024 kl. 10.14")."""
    url = "https://www.fjordposten.example.no/nyheter/i/kX3mQ9/bompengene-paa-riksvei-9-oeker-fra-juni"
    start = datetime(2024, 5, 3, 7, 0)
    forest = make_tree(803, [6, 3, 2, 1], pair(NB_FIRST, NB_LAST), texts(NB_WORDS), start, (5, 80), 14, 22, 3,
                       start_id=3320100)  # fmt: skip
    rows = list(flatten(forest))
    redraw_self_replies(rows, pair(NB_FIRST, NB_LAST), 8032)

    def shown(n: Node) -> str:
        d = n.when
        return f"{d.day}. {NB_MONTHS[d.month - 1]} {d.year} kl. {d.strftime('%H.%M')}"

    def item(n: Node, level: int, pos: int, size: int) -> str:
        expanded = f' aria-expanded="{"true" if n.children else "false"}"' if n.children else ""
        return (
            f'<div role="treeitem" aria-level="{level}" aria-posinset="{pos}" aria-setsize="{size}"{expanded} '
            f'aria-labelledby="kn-{n.cid}" id="kommentar-{n.cid}" class="{css("ti")}"><article class="{css("box")}">'
            f'<header class="{css("hd")}"><span class="{css("av")}" aria-hidden="true">{n.author[0]}</span><span '
            f'id="kn-{n.cid}" class="{css("nm")}">{esc(n.author)}</span><span class="{css("tm")}">{shown(n)}</span>'
            f'</header><div class="{css("tx")}">{p_html(n)}</div><footer class="{css("ft")}"><button class="'
            f'{css("like")}" aria-label="Lik denne kommentaren">👍 {votes(n, 40)}</button><button class="{css("svar")}">'
            f'Svar</button><button class="{css("rep")}">Rapporter</button></footer></article></div>'
        )

    def items(nodes: list[Node], level: int) -> str:
        return "".join(item(n, level, i + 1, len(nodes)) + items(n.children, level + 1) for i, n in enumerate(nodes))

    style = (
        "".join(f'.{css("ti")}[aria-level="{k}"]{{margin-inline-start:{(k - 1) * 28}px}}' for k in range(1, 5))
        + f'.{css("ti")}[aria-level]:not([aria-level="1"]){{border-inline-start:2px solid #d9dde3}}'
    )
    body = "".join(f"<p>{esc(p)}</p>" for p in article(8031, 6, NB_WORDS))
    title = "Bompengene på riksvei 9 øker fra juni"
    page = (
        head(
            f"{title} – Fjordposten",
            url,
            "Takstene i bomstasjonene ved Lindvik stiger med opptil 18 prosent.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            f'content="2024-05-03T06:30:00+02:00"><style>{style}</style>',
            "nb",
        )
        + f'<body><header class="{css("top")}"><a class="{css("logo")}" href="/">Fjordposten</a><nav class="'
        f'{css("nav")}"><a href="/nyheter/">Nyheter</a><a href="/sport/">Sport</a><a href="/meninger/">Meninger</a>'
        f'<a href="/kultur/">Kultur</a><a href="/login/">Logg inn</a></nav></header><main class="{css("main")}">'
        f'<article class="{css("art")}"><p class="{css("kicker")}">Samferdsel</p><h1>{title}</h1><p class="'
        f'{css("lead")}">Takstene i bomstasjonene ved Lindvik stiger med opptil 18 prosent.</p><p class="'
        f'{css("by")}">Ingvild Haugen · Publisert 3. mai 2024 kl. 06.30</p><div class="{css("body")}">{body}</div>'
        f'<div class="{css("share")}">Del: <a>Facebook</a> <a>E-post</a> <a>Kopier lenke</a></div></article>'
        f'<section class="{css("cs")}" aria-labelledby="kommentarer"><h2 id="kommentarer">Kommentarer '
        f'({len(rows)})</h2><p class="{css("info")}">Kommentarfeltet er åpent 07.00–22.00. Du må være logget inn '
        f'med fullt navn for å kommentere. <a href="/debattregler/">Debattreglene</a></p><div class="{css("sort")}">'
        f'Sorter: <button aria-pressed="true">Eldste først</button><button aria-pressed="false">Nyeste først</button>'
        f'</div><div role="tree" aria-label="Kommentarer" class="{css("tree")}">'
        + items(forest, 1)
        + f'</div><button class="{css("more")}">Vis flere kommentarer</button></section></main><aside class="'
        f'{css("side")}"><h3>Mest lest</h3><ol><li><a href="/nyheter/i/aB2/ferja-innstilt">Ferja innstilt resten av '
        'uka</a></li><li><a href="/sport/i/cD4/seier-i-derbyet">Seier i derbyet</a></li></ol></aside><footer class="'
        f'{css("foot")}">Fjordposten · Ansvarlig redaktør Marit Solberg · Vi arbeider etter Vær Varsom-plakatens '
        "regler for god presseskikk.</footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 4. Croatian widget, data-parent-id


def parent_attr() -> tuple:
    """A Croatian news portal's comment widget: top-level comments in a list, each with all its
    descendants in one reply list at one indentation (thread order); which comment a reply answers
    is said only by its data-parent-id (the root by data-root-id). Full names and nicknames, likes,
    a sort bar, a "Prikaži još odgovora" button. Opaque classes; ages relative ("prije 3 sata") over
    <time datetime> with the +02:00 offset."""
    url = "https://www.jadranski-vjesnik.example.hr/vijesti/split/novi-red-voznje-trajekata-2024-05-03"
    cest = timezone(timedelta(hours=2))
    start = datetime(2024, 5, 2, 17, 0, tzinfo=cest)

    def namer(r: random.Random) -> str:
        return f"{r.choice(HR_FIRST)} {r.choice(HR_LAST)}" if r.random() < 0.6 else r.choice(HR_NICKS)

    forest = make_tree(804, [7, 3, 2, 1], namer, texts(HR_WORDS), start, (6, 110), 15, 24, 3, start_id=771200)
    rows = list(flatten(forest))
    redraw_self_replies(rows, namer, 8042)
    now = rows[-1][0].when + timedelta(minutes=35)

    def few(v: int, two: str, five: str, one: str) -> str:
        if v % 10 == 1 and v % 100 != 11:
            return one
        return two if v % 10 in (2, 3, 4) and v % 100 not in (12, 13, 14) else five

    def hr(unit: str, v: int) -> str:
        if unit == "s":
            return "upravo sada"
        if unit == "m":
            return "prije minutu" if v <= 1 else f"prije {v} {few(v, 'minute', 'minuta', 'minutu')}"
        if unit == "h":
            return "prije sat vremena" if v <= 1 else f"prije {v} {few(v, 'sata', 'sati', 'sat')}"
        if unit == "d":
            return "prije jedan dan" if v <= 1 else f"prije {v} dana"
        return f"prije {v} mj."

    def rel(n: Node) -> str:
        return ago(now, n.when, hr)

    def msg(n: Node, p: Node | None, root: Node, inner: str = "") -> str:
        cls = css("msg") + (" " + css("reply") if p is not None else "")
        return (
            f'<li class="{cls}" data-message-id="m_{n.cid}" data-parent-id="{f"m_{p.cid}" if p else ""}" '
            f'data-root-id="m_{root.cid}"><div class="{css("hd")}"><img class="{css("av")}" src="https://cdn.'
            f'jadranski-vjesnik.example.hr/avatari/{n.cid % 50}.png" alt=""><span class="{css("nm")}">{esc(n.author)}'
            f'</span><time class="{css("tm")}" datetime="{n.when.isoformat()}" title="{n.when.strftime("%d.%m.%Y. %H:%M")}">'
            f'{rel(n)}</time></div><div class="{css("tx")}">{p_html(n)}</div><div class="{css("ac")}"><button class="'
            f'{css("up")}" aria-label="Sviđa mi se">▲ {votes(n, 30)}</button><button class="{css("dn")}" aria-label='
            f'"Ne sviđa mi se">▼ {votes(n, 6)}</button><button class="{css("rp")}">Odgovori</button><button class="'
            f'{css("more")}" aria-label="Više opcija">⋯</button></div>{inner}</li>'
        )

    def thread(root: Node, k: int) -> str:
        desc = list(flatten(root.children))
        replies = "".join(msg(n, p if p is not None else root, root) for n, _, p in desc)
        more = f'<button class="{css("showmore")}">Prikaži još odgovora (2)</button>' if k == 2 else ""
        return msg(root, None, root, (f'<ul class="{css("replies")}">{replies}</ul>' if replies else "") + more)

    body = "".join(f"<p>{esc(p)}</p>" for p in article(8041, 6, HR_WORDS))
    title = "Novi red vožnje trajekata: manje polazaka u predsezoni"
    page = (
        head(
            f"{title} | Jadranski vjesnik",
            url,
            "Jadrolinija je objavila ljetni red vožnje; otočani nezadovoljni.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-02T15:40:00+02:00">',
            "hr",
        )
        + f'<body><header class="{css("top")}"><a class="{css("logo")}" href="/">Jadranski vjesnik</a><nav><a href="'
        '/vijesti/">Vijesti</a><a href="/sport/">Sport</a><a href="/magazin/">Magazin</a><a href="/vrijeme/">Vrijeme'
        f'</a></nav></header><main class="{css("main")}"><article class="{css("art")}"><h1>{title}</h1><p class="'
        f'{css("by")}">Autor: Ante Jurić · 02.05.2024. u 15:40</p><div class="{css("body")}">{body}</div><div '
        f'class="{css("share")}"><a>Podijeli</a> <a>Facebook</a> <a>WhatsApp</a></div></article>'
        f'<div id="komentari" class="{css("wrap")}" data-widget="conversation" data-post-id="a-2024-05-03-8841">'
        f'<div class="{css("bar")}"><h2 class="{css("h")}">Komentari <span>({len(rows)})</span></h2><div class="'
        f'{css("sort")}">Sortiraj: <button aria-pressed="true">Najstarije</button><button aria-pressed="false">'
        f'Najnovije</button><button aria-pressed="false">Najbolje</button></div></div><div class="{css("ed")}">'
        '<textarea placeholder="Napišite komentar…"></textarea><button>Prijavite se za komentiranje</button></div>'
        f'<ul class="{css("list")}" role="list">'
        + "".join(thread(n, k) for k, n in enumerate(forest))
        + f'</ul><p class="{css("rules")}">Komentari odražavaju mišljenja njihovih autora. <a href="/pravila/">'
        f'Pravila komentiranja</a></p></div></main><aside class="{css("side")}"><h3>Najčitanije</h3><ol><li><a '
        'href="/vijesti/split/gužve-na-rivi">Gužve na rivi i ove subote</a></li><li><a href="/sport/hajduk-pobjeda">'
        f'Hajduk slavio na Poljudu</a></li></ol></aside><footer class="{css("foot")}">© 2024 Jadranski vjesnik · '
        '<a href="/impressum/">Impressum</a></footer></body></html>'
    )
    return url, page, truth(rows, rel, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 5. Zhihu-like, Chinese, two levels


def zhihu_replies() -> tuple:
    """A Chinese Q&A page in the shape of Zhihu: the question and one answer (not a comment), then
    the answer's comments: each root comment followed by one list holding all its descendants by
    time; a reply to the root shows only its author, a reply to a reply "A 回复 B" (B's name, no
    link to the comment). An "作者" tag on the answerer, "IP 属地" after the date. Opaque classes;
    dates mixed: "N 分钟前" / "N 小时前", "昨天 21:05", "05-03"."""
    url = "https://www.zhihu.example.com/question/648812345/answer/3412298876"
    start = datetime(2024, 5, 2, 20, 0)
    forest = make_tree(805, [6, 4, 2, 1], pick(ZH_NAMES), zh_texts, start, (5, 60), 14, 24, 2, start_id=10788200)
    rng = random.Random(8051)
    rows: list[Row] = []
    clock = start
    for root in forest:
        clock += timedelta(minutes=rng.randint(20, 200))
        root.when = clock
        sub = list(flatten(root.children))
        for n, _, p in sub:
            n.when = (p or root).when + timedelta(minutes=rng.randint(8, 700))
        sub.sort(key=lambda r: r[0].when)
        rows.append((root, 0, None))
        rows.extend((n, d + 1, p if p is not None else root) for n, d, p in sub)
    no_self_replies(rows, ZH_NAMES)
    unambiguous(rows, ZH_NAMES)
    answerer = "城南旧事"
    now = max(n.when for n, _, _ in rows) + timedelta(minutes=50)
    cities = ["北京", "上海", "广东", "浙江", "四川", "江苏", "湖北", "山东", "福建"]

    def shown(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"{int(s // 60)} 分钟前"
        if s < 86400:
            return f"{int(s // 3600)} 小时前"
        if n.when.date() == now.date() - timedelta(days=1):
            return f"昨天 {n.when.strftime('%H:%M')}"
        return n.when.strftime("%m-%d")

    def iso(n: Node) -> str | None:
        s = shown(n)
        if s.endswith("前"):
            return None
        if s.startswith("昨天"):
            return naive(n.when)
        return n.when.date().isoformat()

    def one(n: Node, p: Node | None, root: Node) -> str:
        tag = f'<span class="{css("tag")}">作者</span>' if n.author == answerer else ""
        to = (
            f'<span class="{css("to")}">回复</span><a class="{css("nm")}" href="/people/{zlib.crc32(p.author.encode()):x}">'
            f"{esc(p.author)}</a>"
            if p is not None and p is not root
            else ""
        )
        return (
            f'<div class="{css("item")}" data-id="{n.cid}"><div class="{css("hd")}"><img class="{css("av")}" src="'
            f'https://pic.zhimg.example/v2-{n.cid:x}_l.jpg" alt=""><a class="{css("nm")}" href="/people/'
            f'{zlib.crc32(n.author.encode()):x}">{esc(n.author)}</a>{tag}{to}</div><div class="{css("ct")}">'
            f'{esc(n.text)}</div><div class="{css("ft")}"><span class="{css("tm")}">{shown(n)}</span><span class="'
            f'{css("ip")}">· IP 属地{cities[n.cid % len(cities)]}</span><button class="{css("rp")}">回复</button>'
            f'<button class="{css("lk")}">喜欢 {votes(n, 60) or ""}</button></div></div>'
        )

    blocks = []
    i = 0
    while i < len(rows):
        root = rows[i][0]
        j = i + 1
        while j < len(rows) and rows[j][2] is not None:
            j += 1
        kids = "".join(one(n, p, root) for n, _, p in rows[i + 1 : j])
        blocks.append(
            f'<div class="{css("thread")}">{one(root, None, root)}'
            + (f'<div class="{css("kids")}">{kids}</div>' if kids else "")
            + "</div>"
        )
        i = j
    answer = "".join(
        f"<p>{esc(''.join(zh_texts(random.Random(8052 + k))) + ''.join(zh_texts(random.Random(8062 + k))))}</p>"
        for k in range(5)
    )
    title = "为什么很多城市的地铁票价都在上调？"
    page = (
        head(
            f"{title} - 知乎",
            url,
            "地铁票价上调。",
            '<meta property="og:type" content="article"><meta itemprop="dateCreated" content="2024-05-02T18:11:09.000Z">',
            "zh-CN",
        )
        + f'<body><div id="root"><header class="{css("appheader")}"><a class="{css("logo")}" href="/">知乎</a><nav>'
        '<a href="/">首页</a><a href="/explore">发现</a><a href="/question/waiting">等你来答</a></nav><input placeholder='
        f'"搜索"><button>登录/注册</button></header><main class="{css("main")}"><div class="{css("q")}"><div class="'
        f'{css("topics")}"><a>城市交通</a><a>地铁</a><a>公共政策</a></div><h1 class="{css("qt")}">{title}</h1><div '
        f'class="{css("qs")}">关注者 1,284 · 被浏览 416,903</div></div><div class="{css("answer")}"><div class="'
        f'{css("ah")}"><a class="{css("nm")}" href="/people/cnjs">{answerer}</a><span class="{css("bio")}">交通规划从业者'
        f'</span></div><div class="{css("ab")}">{answer}</div><div class="{css("am")}">发布于 2024-05-02 20:11</div>'
        f'<div class="{css("abar")}"><button>赞同 2.4 万</button><button>{len(rows)} 条评论</button><button>分享'
        f'</button><button>收藏</button></div></div><div class="{css("comments")}"><div class="{css("chd")}"><h2>'
        f'{len(rows)} 条评论</h2><div class="{css("sort")}"><button aria-pressed="true">默认</button><button '
        f'aria-pressed="false">最新</button></div></div><div class="{css("clist")}">'
        + "".join(blocks)
        + f'</div><div class="{css("cin")}"><input placeholder="理性发言，友善互动"><button>发布</button></div></div>'
        f'</main><aside class="{css("side")}"><h3>相关问题</h3><ul><li><a href="/question/1">公交票价应该免费吗？</a>'
        '</li><li><a href="/question/2">如何看待地铁延长运营时间？</a></li></ul></aside><footer>© 2024 知乎</footer>'
        "</div></body></html>"
    )
    return url, page, truth(rows, shown, iso), None


# ---------------------------------------------------------------- 6. Discord forum archive, English


def discord_forum() -> tuple:
    """A public archive of a Discord forum channel (Answer-Overflow-like): a "Solution" teaser, the
    opening message (not a comment), then the messages by time. A reply carries a bar above it
    naming the message answered ("@Name" and a snippet of that message); a message with none answers
    the opening post. A run of messages by one author within minutes shows the name once; the later
    ones only their time. Opaque classes; times as Discord shows them to a viewer in New York
    ("Yesterday at 9:14 PM", "05/02/2024 7:55 PM"), over <time datetime> in UTC."""
    url = "https://www.answerhub.example.dev/m/1236401928374650112"
    edt = timezone(timedelta(hours=-4))
    start = datetime(2024, 5, 2, 23, 40, tzinfo=UTC)
    forest = make_tree(806, [10, 2, 1], pick(DC_NAMES), texts(DC_WORDS), start, (4, 90), 14, 21, 2,
                       start_id=1236401940000000000)  # fmt: skip
    rows = chrono(forest, 8061, start, (4, 95))
    no_self_replies(rows, DC_NAMES)
    rng = random.Random(8062)
    for i in range(1, len(rows)):
        n, _, p = rows[i]
        prev = rows[i - 1][0]
        answers = {c.author for c in n.children}
        if p is None and prev.author != n.author and rng.random() < 0.35 and prev.author not in answers:
            n.author = prev.author
            n.when = prev.when + timedelta(minutes=rng.randint(1, 3))
    op = DC_NAMES[0]
    now = rows[-1][0].when + timedelta(hours=26)
    heads = {id(rows[0][0])}
    for (before, _, _), (n, _, p) in zip(rows, rows[1:], strict=False):
        if p is not None or before.author != n.author or n.when - before.when > timedelta(minutes=7):
            heads.add(id(n))

    def local(n: Node) -> datetime:
        return n.when.astimezone(edt)

    def full(n: Node) -> str:
        d, today = local(n), now.astimezone(edt).date()
        if d.date() == today:
            return f"Today at {hm12(d)}"
        if d.date() == today - timedelta(days=1):
            return f"Yesterday at {hm12(d)}"
        return f"{d.strftime('%m/%d/%Y')} {hm12(d)}"

    def shown(n: Node) -> str:
        return full(n) if id(n) in heads else hm12(local(n))

    def long(n: Node) -> str:
        d = local(n)
        return f"{d.strftime('%A, %B')} {d.day}, {d.year} at {hm12(d)}"

    def snippet(n: Node) -> str:
        s = first_sentence(n)
        return s if len(s) <= 70 else s[:68].rstrip() + "…"

    def message(n: Node, p: Node | None) -> str:
        mid = n.cid
        reply = (
            f'<div id="message-reply-context-{mid}" class="{css("replied")}" aria-label="Replying to {esc(p.author)}">'
            f'<img class="{css("replyav")}" src="https://cdn.discordapp.example/avatars/{p.cid % 97}/r.webp" alt="">'
            f'<span class="{css("replyname")}">@{esc(p.author)}</span><div class="{css("replytext")}" role="link" '
            f'tabindex="0">{esc(snippet(p))}</div></div>'
            if p is not None
            else ""
        )
        badge = f'<span class="{css("op")}">OP</span>' if n.author == op else ""
        top = (
            f'<img class="{css("avatar")}" src="https://cdn.discordapp.example/avatars/{zlib.crc32(n.author.encode()) % 97}'
            f'/a.webp" alt=" "><h3 class="{css("header")}"><span id="message-username-{mid}" class="{css("headtext")}">'
            f'<span class="{css("username")}" role="button">{esc(n.author)}</span>{badge}</span><span class="'
            f'{css("timestamp")}"><time aria-label="{long(n)}" id="message-timestamp-{mid}" datetime="{iso_z(n.when)}">'
            f'<i class="{css("sep")}" aria-hidden="true"> — </i>{full(n)}</time></span></h3>'
            if id(n) in heads
            else f'<span class="{css("timestamp")} {css("hover")}"><time aria-label="{long(n)}" id="message-timestamp-'
            f'{mid}" datetime="{iso_z(n.when)}">{hm12(local(n))}</time></span>'
        )
        likes = votes(n, 6)
        reactions = (
            f'<div class="{css("reactions")}"><button class="{css("reaction")}" aria-label="{likes} reactions, press to '
            f'react with 👍">👍 <span>{likes}</span></button></div>'
            if likes > 3
            else ""
        )
        cls = css("message") + (" " + css("groupstart") if id(n) in heads else "")
        return (
            f'<li id="chat-messages-1236401928374650112-{mid}" class="{css("li")}"><div class="{cls}" role="article" '
            f'data-list-item-id="chat-messages___{mid}">{reply}<div class="{css("contents")}">{top}<div id="message-'
            f'content-{mid}" class="{css("markup")}">{p_html(n)}</div></div><div id="message-accessories-{mid}" '
            f'class="{css("acc")}">{reactions}</div></div></li>'
        )

    solved = next((n for n, _, p in rows if p is not None and n.author != op), rows[-1][0])
    question = Node(op, article(8063, 2, DC_WORDS), start - timedelta(minutes=25), 1236401928374650112)
    title = "ESP32 can't find the BME280 over I2C"
    page = (
        head(
            f"{title} - Harbour Makers",
            url,
            "I wired a BME280 to an ESP32 dev board and the scanner finds nothing at 0x76 or 0x77.",
            '<meta property="og:type" content="article"><meta name="twitter:card" content="summary">',
        )
        + f'<body><div id="__next"><header class="{css("nav")}"><a class="{css("brand")}" href="/">AnswerHub</a><form '
        f'class="{css("search")}"><input placeholder="Search"></form><a href="/about">About</a></header><main class="'
        f'{css("main")}"><nav class="{css("crumbs")}"><a href="/c/1101928374650">Harbour Makers</a> › <a href="/c/'
        f'1101928374650/1102001">#help-forum</a></nav><h1 class="{css("title")}">{title}</h1><div class="'
        f'{css("solution")}"><span class="{css("sollabel")}">✅ Solution</span> <span class="{css("solby")}">'
        f'{esc(solved.author)}</span> <span>{esc(snippet(solved))}</span> <a href="#message-content-{solved.cid}">'
        f'Jump to solution</a></div><div class="{css("question")}"><div class="{css("qhead")}"><img class="'
        f'{css("avatar")}" src="https://cdn.discordapp.example/avatars/0/a.webp" alt=" "><span class="{css("username")}">'
        f'{op}</span> <time datetime="{iso_z(question.when)}">{full(question)}</time></div><div class="{css("markup")}">'
        f'{p_html(question)}</div></div><h2 class="{css("h2")}">{len(rows)} Messages</h2><ol class="{css("scroller")}" '
        'role="list" aria-label="Messages in ESP32 can\'t find the BME280 over I2C">'
        + "".join(message(n, p) for n, _, p in rows)
        + f'</ol><div class="{css("cta")}"><p>Looking for more? Join the community!</p><a class="{css("join")}" '
        f'href="https://discord.example.gg/harbourmakers">Join Harbour Makers</a></div></main><aside class="'
        f'{css("side")}"><div class="{css("server")}"><h3>Harbour Makers</h3><p>4,812 members</p></div><h3>Recent '
        'posts in #help-forum</h3><ul><li><a href="/m/1236390">Stepper skips steps at high speed</a></li><li><a '
        'href="/m/1236377">OTA update bricked my board?</a></li></ul></aside><footer class="'
        f'{css("foot")}">Not affiliated with Discord. Messages are shown as posted on the Harbour Makers server.'
        "</footer></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 7. IndieWeb webmentions, Danish


def webmentions() -> tuple:
    """A Danish sourdough blog on the IndieWeb: under the post, webmentions rendered with
    microformats: likes and reposts as rows of faces, link-only mentions, then the replies as a
    flat <ol> by date of li.h-cite.u-comment (p-author h-card, u-url permalink on the replier's
    server, e-content); a reply to a reply says "Svar til <a class=u-in-reply-to>Name</a>", the link
    being the permalink of the reply answered. The owner answers from her own site. Days shown,
    <time class=dt-published datetime> with the offset."""
    url = "https://surdejsnoter.example.dk/2024/05/03/rugbroed-uden-form/"
    cest = timezone(timedelta(hours=2))
    start = datetime(2024, 5, 3, 9, 0, tzinfo=cest)
    forest = make_tree(807, [8, 2, 2], pair(DA_FIRST, DA_LAST), texts(DA_WORDS), start, (10, 300), 12, 20, 2,
                       start_id=1000)  # fmt: skip
    rows = chrono(forest, 8071, start, (15, 280))
    redraw_self_replies(rows, pair(DA_FIRST, DA_LAST), 8074)
    owner = "Mette Kjær"
    for n, d, p in rows:
        if d >= 1 and p is not None and n.cid % 3 == 1 and p.author != owner:
            n.author = owner
    instances = ["mastodon.example.dk", "social.example.eu", "fosstodon.example.org"]

    def ascii_slug(name: str) -> str:
        s = name.split()[0].lower()
        return s.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")

    def profile(n: Node) -> str:
        if n.author == owner:
            return "https://surdejsnoter.example.dk/"
        return f"https://{instances[zlib.crc32(n.author.encode()) % 3]}/@{ascii_slug(n.author)}"

    def permalink(n: Node) -> str:
        if n.author == owner:
            return f"https://surdejsnoter.example.dk/noter/2024/05/{n.cid}/"
        return f"{profile(n)}/{112400000000000000 + n.cid * 7919}"

    def shown(n: Node) -> str:
        return f"{n.when.day}. maj {n.when.year}"

    def reply(n: Node, p: Node | None) -> str:
        ctx = (
            f'<p class="webmention__context">Svar til <a class="u-in-reply-to" href="{permalink(p)}">{esc(p.author)}'
            "</a></p>"
            if p is not None
            else ""
        )
        return (
            f'<li class="h-cite u-comment webmention webmention--reply" id="wm-{n.cid}"><div class="webmention__meta">'
            f'<a class="p-author h-card webmention__author" href="{profile(n)}"><img class="u-photo" src="/wm-avatars/'
            f'{n.cid}.jpg" alt="" loading="lazy" width="40" height="40"><span class="p-name">{esc(n.author)}</span></a> '
            f'<a class="u-url webmention__date" href="{permalink(n)}"><time class="dt-published" datetime="'
            f'{n.when.isoformat()}">{shown(n)}</time></a></div>{ctx}<div class="e-content webmention__content">'
            f"{p_html(n)}</div></li>"
        )

    rng = random.Random(8072)
    likers = [pair(DA_FIRST, DA_LAST)(rng) for _ in range(9)]
    faces = "".join(
        f'<li class="h-cite u-like"><a class="p-author h-card" href="https://mastodon.example.dk/@{ascii_slug(x)}" '
        f'title="{esc(x)}"><img class="u-photo" src="/wm-avatars/l{i}.jpg" alt="{esc(x)}" width="32" height="32"></a></li>'
        for i, x in enumerate(likers)
    )
    boosts = "".join(
        f'<li class="h-cite u-repost-of"><a class="p-author h-card" href="https://social.example.eu/@{ascii_slug(x)}" '
        f'title="{esc(x)}"><img class="u-photo" src="/wm-avatars/r{i}.jpg" alt="{esc(x)}" width="32" height="32"></a></li>'
        for i, x in enumerate(likers[2:5])
    )
    body = "".join(f"<p>{esc(p)}</p>" for p in article(8073, 6, DA_WORDS))
    title = "Rugbrød uden form – sådan gør jeg"
    page = (
        head(
            f"{title} · Surdejsnoter",
            url,
            "Et fritstående rugbrød med kerner, bagt i gryde. Opskrift og noter.",
            '<meta property="og:type" content="article"><link rel="webmention" href="https://webmention.example.io/'
            'surdejsnoter.example.dk/webmention"><link rel="me" href="https://mastodon.example.dk/@mette">',
            "da",
        )
        + '<body><header class="site-header"><a class="site-title" href="/">Surdejsnoter</a><nav><a href="/opskrifter/">'
        'Opskrifter</a><a href="/noter/">Noter</a><a href="/om/">Om</a><a href="/feed.xml">RSS</a></nav></header>'
        '<main><article class="h-entry post"><h1 class="p-name">' + title + '</h1><p class="post-meta">Af <a '
        f'class="p-author h-card" href="/">{owner}</a> · <time class="dt-published" datetime="2024-05-03T08:10:00+02:00">'
        f'3. maj 2024</time></p><div class="e-content">{body}<h2>Opskrift</h2><ul><li>500 g rugmel</li><li>200 g '
        'knækkede rugkerner</li><li>100 g surdej</li><li>15 g salt</li></ul></div><p class="post-tags">Tags: <a '
        'href="/tags/rugbroed/">rugbrød</a> <a href="/tags/gryde/">gryde</a></p></article>'
        '<section class="webmentions" id="webmentions"><h2>Reaktioner</h2><p class="webmentions__summary">'
        f'{len(likers)} likes · 3 reposts · {len(rows)} svar</p><h3 class="visually-hidden">Likes</h3><ul '
        f'class="webmentions__facepile">{faces}</ul><h3 class="visually-hidden">Reposts</h3><ul class="'
        f'webmentions__facepile">{boosts}</ul><h3>Omtaler</h3><ul class="webmentions__mentions"><li class="h-cite '
        'u-mention"><a class="p-author h-card" href="https://brodbloggen.example.dk/">Jens Holm</a> linkede hertil i '
        '<a class="u-url p-name" href="https://brodbloggen.example.dk/2024/05/ugens-links-19/">Ugens links #19</a></li>'
        '</ul><h3>Svar</h3><ol class="webmentions__replies">'
        + "".join(reply(n, p) for n, _, p in rows)
        + '</ol><div class="webmentions__send"><p>Har du skrevet et svar på din egen side? Send en webmention:</p><form '
        'action="https://webmention.example.io/surdejsnoter.example.dk/webmention" method="post"><input type="url" '
        'name="source" placeholder="https://din-side.dk/svar"><button>Send webmention</button></form><p>Eller svar '
        'på <a href="https://mastodon.example.dk/@mette/112399887766554433">opslaget på Mastodon</a>.</p></div>'
        '</section></main><footer class="site-footer"><p>© 2024 Mette Kjær · <a href="/privatliv/">Privatliv</a>'
        " · Ingen cookies</p></footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 8. Old Bulgarian board, table cells


def table_board() -> tuple:
    """An old Bulgarian hiking club's site: a trail report, then its readers' board as one table,
    a row per post, each reply indented by one empty cell per level before a cell spanning the
    rest; the post's subject in bold ("Re: ..." on replies), "от Name на 03.05.2024 10:14" under it
    (a mailto link for those who left an address), the text with <br>, an "Отговор" link."""
    url = "https://www.planinar-klub.example.bg/marshruti/malyovitsa-sedemte-ezera.php"
    start = datetime(2024, 5, 3, 8, 0)
    forest = make_tree(808, [5, 3, 2, 1], pick(BG_NAMES), texts(BG_WORDS), start, (8, 180), 12, 20, 3, start_id=4410)
    rows = list(flatten(forest))
    no_self_replies(rows, BG_NAMES)
    rng = random.Random(8081)
    subject: dict[int, str] = {}
    for n, _, p in rows:
        subject[id(n)] = ("Re: " + subject[id(p)].removeprefix("Re: ")) if p is not None else rng.choice(BG_SUBJECTS)
    cols = 5

    def shown(n: Node) -> str:
        return n.when.strftime("%d.%m.%Y %H:%M")

    def row(n: Node, d: int) -> str:
        who = (
            f'<a href="mailto:{n.cid}@poshta.example.bg">{esc(n.author)}</a>'
            if zlib.crc32(n.author.encode()) % 3
            else f"<b>{esc(n.author)}</b>"
        )
        text = "<br><br>".join(esc(x) for x in n.paras)
        return (
            '<tr bgcolor="#ffffff">'
            + '<td width="18">&nbsp;</td>' * d
            + f'<td colspan="{cols - d}" class="msg"><a name="m{n.cid}"></a><font face="Verdana, Arial" size="2"><b>'
            f'{esc(subject[id(n)])}</b><br><font size="1" color="#666666">от {who} на {shown(n)}</font><br><br>{text}'
            f'<br><br><font size="1">[<a href="mneniya.php?id=72&amp;otg={n.cid}">Отговор</a>]</font></font></td></tr>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(8082, 6, BG_WORDS))
    page = (
        head(
            "Малъовица – Седемте езера: маршрут и мнения | Планински клуб",
            url,
            "Маршрутът от хижа Малъовица до Седемте рилски езера през Страшното езеро.",
            '<meta http-equiv="Content-Language" content="bg"><meta name="keywords" content="Рила, маршрут, хижа">',
            "bg",
        )
        + '<body bgcolor="#eef2e6" topmargin="0"><table width="900" align="center" border="0" cellpadding="0" '
        'cellspacing="0"><tr><td colspan="2" class="top"><a href="/"><img src="/img/logo.gif" alt="Планински клуб" '
        'border="0"></a></td></tr><tr><td width="180" valign="top" class="menu"><a href="/">Начало</a><br><a href="/'
        'marshruti/">Маршрути</a><br><a href="/hizhi/">Хижи</a><br><a href="/snimki/">Снимки</a><br><a href="/'
        'kontakti.php">Контакти</a><br><br><b>Анкета</b><br>Ходите ли зимата в планината?<br><input type="radio"> Да'
        '<br><input type="radio"> Не</td><td valign="top" class="content"><h1>Малъовица – Седемте езера</h1><p '
        'class="date">Публикувано: 02.05.2024 | Автор: Петър Стоянов | Прочетено: 1 842 пъти</p>'
        + body
        + '<p><img src="/snimki/2024/sedemte-ezera.jpg" width="600" alt=""></p><h2>Мнения</h2><p>Общо мнения: '
        f'{len(rows)} | <a href="mneniya.php?id=72&amp;nov=1">Напиши мнение</a></p><table width="100%" border="0" '
        'cellpadding="4" cellspacing="1" bgcolor="#b8c4a8">'
        + "".join(row(n, d) for n, d, _ in rows)
        + '</table><form action="mneniya.php" method="post"><p><b>Ново мнение</b><br>Име: <input name="ime"> '
        'E-mail: <input name="mail"><br>Тема: <input name="tema" size="40"><br><textarea name="tekst" cols="60" '
        'rows="6"></textarea><br><input type="submit" value="Изпрати"></p></form></td></tr><tr><td colspan="2" '
        'class="foot" align="center"><font size="1">© 2004–2024 Планински клуб „Мусала“ · Всички права запазени</font>'
        "</td></tr></table></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 9. Joomla JComments-like, Slovak


def jcomments_margin() -> tuple:
    """A Slovak village's Joomla site with JComments-like comments: one flat div.comments-list, each
    comment a div.comment-item numbered "#N" in page order, a reply indented only by an inline
    style="margin-left: Npx" (20 px per level); name, day only ("03.05.2024"), votes, "Odpovedať" and
    "Citovať" links; the article's hits and the comment form around it."""
    url = "https://www.hornalehota.example.sk/aktuality/rekonstrukcia-chodnika-na-hlavnej-ulici"
    start = datetime(2024, 5, 2, 16, 0)

    def namer(r: random.Random) -> str:
        if r.random() >= 0.65:
            return r.choice(SK_NICKS)
        first, last = r.choice(SK_FIRST), r.choice(SK_LAST)
        if first in SK_WOMEN:
            last = (last[:-1] if last.endswith("a") else last) + "ová"
        return f"{first} {last}"

    forest = make_tree(809, [7, 3, 2, 1], namer, texts(SK_WORDS), start, (20, 400), 14, 22, 3, start_id=1180)
    rows = list(flatten(forest))
    redraw_self_replies(rows, namer, 8092)

    def shown(n: Node) -> str:
        return n.when.strftime("%d.%m.%Y")

    def item(n: Node, d: int, k: int) -> str:
        v = votes(n, 14) - 4
        style = f' style="margin-left: {20 * d}px"' if d else ""
        text = "<br />".join(rich(x) for x in n.paras)
        return (
            f'<div class="{"even" if k % 2 else "odd"}" id="comment-item-{n.cid}"{style}><div class="rbox"><div '
            f'class="comment-box"><a class="comment-anchor" href="{url}#comment-{n.cid}" id="comment-{n.cid}">#{k}</a> '
            f'<span class="comment-author">{esc(n.author)}</span> <span class="comment-date">{shown(n)}</span>'
            f'<div class="comment-body" id="comment-body-{n.cid}">{text}</div></div><span class="comments-vote"><span '
            f'id="comment-vote-holder-{n.cid}"><a href="#" class="vote-good" title="Dobrý komentár!">+</a><span class="'
            f'{"vote-good" if v > 0 else "vote-poor" if v < 0 else "vote-none"}">{v:+d}</span><a href="#" class="'
            f'vote-poor" title="Zlý komentár!">−</a></span></span><span class="comments-buttons"><a href="#" onclick="'
            f'jcomments.showReply({n.cid}); return false;">Odpovedať</a> | <a href="#" onclick="jcomments.showReply('
            f'{n.cid},1); return false;">Citovať</a></span></div><div class="clear"></div></div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(8091, 5, SK_WORDS))
    title = "Rekonštrukcia chodníka na Hlavnej ulici sa začne v júni"
    page = (
        head(
            f"{title} - Obec Horná Lehota",
            url,
            "Obec získala dotáciu na chodník; práce potrvajú do konca augusta.",
            '<meta name="generator" content="Joomla! - Open Source Content Management"><link href="/media/'
            'jcomments/css/style.css" rel="stylesheet">',
            "sk",
        )
        + '<body class="site com_content view-article"><div class="container"><header class="header"><a class="brand" '
        'href="/"><img src="/images/erb.png" alt="Erb obce"> Obec Horná Lehota</a><div class="header-search"><input '
        'name="searchword" placeholder="Hľadať..."></div></header><nav class="navigation"><ul class="nav menu">'
        '<li><a href="/">Úvod</a></li><li class="active"><a href="/aktuality">Aktuality</a></li><li><a href="/'
        'samosprava">Samospráva</a></li><li><a href="/uradna-tabula">Úradná tabuľa</a></li><li><a href="/kontakt">'
        'Kontakt</a></li></ul></nav><main id="content"><div class="item-page"><div class="page-header"><h2 '
        f'itemprop="headline">{title}</h2></div><dl class="article-info muted"><dd class="createdby">Napísal Obecný '
        'úrad</dd><dd class="published"><time datetime="2024-05-02T14:30:00+02:00">Publikované: 02. máj 2024</time>'
        f'</dd><dd class="hits">Zobrazení: 612</dd></dl><div itemprop="articleBody">{body}</div><ul class="pager '
        'pagenav"><li class="previous"><a href="/aktuality/jarny-zber-odpadu">‹ Predchádzajúci</a></li><li '
        'class="next"><a href="/aktuality/stavanie-maja">Nasledujúci ›</a></li></ul>'
        f'<div id="jc"><div id="comments"><h4>Komentáre <span class="count">({len(rows)})</span></h4><a class="'
        'refresh" href="#" title="Obnoviť zoznam komentárov" onclick="jcomments.showPage(72,\'com_content\',0);return '
        'false;">&nbsp;</a><div id="comments-list-0" class="comments-list">'
        + "".join(item(n, d, k + 1) for k, (n, d, _) in enumerate(rows))
        + '</div><div id="comments-list-footer"><a class="rss" href="/component/jcomments/feed/com_content/72">RSS '
        'kanál komentárov k tomuto článku</a></div></div><h4>Pridať komentár</h4><a id="addcomments" href="#'
        'addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);"><p><span>'
        '<input id="comments-form-name" type="text" name="name" size="22"><label for="comments-form-name">Meno '
        '(povinné)</label></span></p><p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8">'
        '</textarea></span></p><div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="'
        '#">Odoslať</a></div></div></div></form><div id="comments-footer" align="center">JComments</div></div></div>'
        '</main><aside class="sidebar"><div class="moduletable"><h3>Kalendár podujatí</h3><ul><li>11. 5. Stavanie '
        'mája</li><li>25. 5. Deň detí</li></ul></div><div class="moduletable"><h3>Počasie</h3><p>Dnes 17 °C, '
        'polojasno</p></div></aside><footer class="footer"><p>© 2024 Obec Horná Lehota, Hlavná 12 · <a href="/'
        'vyhlasenie-o-pristupnosti">Vyhlásenie o prístupnosti</a></p></footer></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: n.when.date().isoformat()), None


# ---------------------------------------------------------------- 10. HashOver-like, Catalan


def hashover_paths() -> tuple:
    """A Catalan rooftop-garden blog with HashOver-like comments: nested div.hashover-comment, the
    replies inside the comment they answer, each id spelling its path (hashover-c2r1r1: the first
    reply to the first reply to the second comment), with a "↑" thread link to the parent; names
    plain or linked to a website, the day shown ("3 de maig de 2024") with the full time in the
    permalink's title, likes and "Respon" links, a sort menu and the form above the thread."""
    url = "https://horteldelterrat.example.cat/2024/05/tomaqueres-en-testos/"
    start = datetime(2024, 5, 1, 18, 0)
    forest = make_tree(810, [6, 3, 2, 2], pick(CA_NAMES), texts(CA_WORDS), start, (30, 700), 14, 22, 3)
    rows = list(flatten(forest))
    no_self_replies(rows, CA_NAMES)
    owner = "Montse Vila"
    sites = {owner: "https://horteldelterrat.example.cat/", "Oriol Font": "https://oriolfont.example.net/"}

    def month(m: int) -> str:
        name = CA_MONTHS[m - 1]
        return f"d'{name}" if name[0] in "aeiouà" else f"de {name}"

    def shown(n: Node) -> str:
        return f"{n.when.day} {month(n.when.month)} de {n.when.year}"

    def title(n: Node) -> str:
        d = n.when
        return f"{CA_DAYS[d.weekday()]}, {d.day} {month(d.month)} de {d.year}, {d.strftime('%H:%M')}"

    def comment(n: Node, path: str, parent: str) -> str:
        kids = "".join(comment(k, f"{path}r{i + 1}", path) for i, k in enumerate(n.children))
        name = (
            f'<a rel="noopener noreferrer nofollow" href="{sites[n.author]}" class="hashover-name-website" target='
            f'"_blank">{esc(n.author)}</a>'
            if n.author in sites
            else f'<span class="hashover-name-plain">{esc(n.author)}</span>'
        )
        up = (
            f'<a href="#hashover-{parent}" class="hashover-thread-link" title="Comentari anterior del fil">↑</a>'
            if parent
            else ""
        )
        likes = votes(n, 6)
        return (
            f'<div id="hashover-{path}" class="hashover-comment{" hashover-reply" if parent else ""}">'
            f'<div class="hashover-header"><div class="hashover-avatar-image"><div class="hashover-avatar"><img src="/'
            f'hashover/images/avatar.png" alt=""></div></div><div class="hashover-name">{name}</div><div '
            f'class="hashover-date"><a href="#hashover-{path}" class="hashover-date-permalink" title="Enllaç permanent – '
            f'{title(n)}">{shown(n)}</a>{up}</div></div><div class="hashover-content"><div class="hashover-body">'
            f'{p_html(n)}</div></div><div class="hashover-footer"><span class="hashover-comment-buttons"><a href="#" '
            f'class="hashover-like" title="M\'agrada aquest comentari">M\'agrada</a>'
            + (f' <span class="hashover-likes">({likes} m\'agrada)</span>' if likes else "")
            + f' <a href="?hashover-reply={path}#hashover-form-{path}" class="hashover-reply-link">Respon</a></span>'
            f"</div>{kids}</div>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(8101, 6, CA_WORDS))
    title_ = "Tomaqueres en testos: el que he après aquest any"
    page = (
        head(
            f"{title_} – L'hort del terrat",
            url,
            "Cinc varietats, tres mides de test i un estiu massa calorós.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-01T09:00:00+02:00">',
            "ca",
        )
        + '<body class="single"><header class="site-header"><a class="site-title" href="/">L\'hort del terrat</a>'
        '<nav><a href="/hortalisses/">Hortalisses</a><a href="/aromatiques/">Aromàtiques</a><a href="/qui-soc/">Qui '
        f'sóc</a></nav></header><main><article class="post"><h1>{title_}</h1><p class="meta">Publicat per {owner} '
        f'el 1 de maig de 2024</p><div class="entry">{body}</div><p class="categories">Categories: <a href="/'
        'hortalisses/">Hortalisses</a>, <a href="/testos/">Testos</a></p></article>'
        '<div id="hashover" class="hashover hashover-desktop hashover-raster"><span class="hashover-title '
        f'hashover-main-title hashover-dashed-title">Comentaris ({len(rows)})</span><div id="hashover-form-section">'
        '<form id="hashover-form" class="hashover-balloon" name="hashover-form" method="post" action="/hashover/'
        'backend/form-actions.php"><div class="hashover-inputs"><input type="text" name="name" placeholder="Nom">'
        '<input type="email" name="email" placeholder="Correu electrònic"><input type="url" name="website" '
        'placeholder="Lloc web"></div><textarea name="comment" placeholder="Escriu un comentari..."></textarea>'
        '<input class="hashover-submit hashover-post-button" type="submit" value="Publica"></form></div><div '
        f'id="hashover-comments-section"><div class="hashover-sort-count"><span class="hashover-count">{len(rows)} '
        'comentaris</span><select class="hashover-sort-select" name="sort"><option selected>Per ordre de '
        "publicació</option><option>Més recents primer</option><option>Per nombre de respostes</option></select>"
        '</div><div id="hashover-sort-section">'
        + "".join(comment(n, f"c{i + 1}", "") for i, n in enumerate(forest))
        + '</div></div><div id="hashover-end-links"><a href="https://www.barkdull.example/hashover" target="_blank">'
        'HashOver</a> · <a href="/hashover/api/rss.php?url=' + url + '" target="_blank">RSS</a></div></div></main>'
        '<aside class="widget-area"><section><h2>Entrades recents</h2><ul><li><a href="/2024/04/alfabregues/">'
        'Alfàbregues del balcó</a></li><li><a href="/2024/04/reg-gota-a-gota/">Reg gota a gota amb ampolles</a></li>'
        '</ul></section></aside><footer class="site-footer"><p>© 2024 Montse Vila · Fet amb cura des d\'un terrat de '
        "Gràcia</p></footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 11. Bluesky-like, Japanese, chains


def bluesky_chains() -> tuple:
    """A Bluesky-like post thread in Japanese: the focal post on top (not a comment), then reply
    cells separated by borders; inside a cell each post answers the one above it, drawn by a
    connector line under the avatar (and a stub above the next avatar), the cell's first post
    answering the focal post. Display name and @handle; ages relative ("3時間") or the day ("5月3日"),
    the full local time in the link's aria-label/tooltip. Opaque (react-native-web-like) classes."""
    url = "https://bsky.example.app/profile/satoyama.example.jp/post/3kre7xw2qbc2a"
    start = datetime(2024, 5, 3, 9, 30)
    forest = make_tree(811, [8, 1, 1, 1], pick(list(BSKY_USERS)), ja_texts, start, (10, 240), 12, 20, 2,
                       start_id=41000)  # fmt: skip
    rows = list(flatten(forest))
    no_self_replies(rows, list(BSKY_USERS))
    now = rows[-1][0].when + timedelta(hours=3, minutes=10)

    def shown(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"{int(s // 60)}分"
        if s < 86400:
            return f"{int(s // 3600)}時間"
        return f"{n.when.month}月{n.when.day}日"

    def long(d: datetime) -> str:
        return f"{d.year}年{d.month}月{d.day}日 {d.strftime('%H:%M')}"

    def rkey(n: Node) -> str:
        return "3kre" + format(zlib.crc32(str(n.cid).encode()), "x")[:9]

    line = "width:2px;background-color:rgb(212, 219, 226)"

    def post(n: Node, above: bool, below: bool) -> str:
        h = BSKY_USERS[n.author] + ".bsky.social"
        stub = f'<div class="{css("stub")}" style="{line};height:8px;margin-bottom:4px"></div>' if above else ""
        tail = f'<div class="{css("line")}" style="{line};flex-grow:1;margin-top:4px"></div>' if below else ""
        k = len(n.children)
        return (
            f'<div role="link" tabindex="0" class="{css("row")}" data-testid="postThreadItem-by-{h}"><div class="'
            f'{css("lcol")}">{stub}<a href="/profile/{h}" aria-label="{esc(n.author)}のアバター"><img class="'
            f'{css("av")}" src="https://cdn.bsky.example/img/avatar_thumbnail/plain/{zlib.crc32(h.encode()):x}@jpeg" '
            f'alt=""></a>{tail}'
            f'</div><div class="{css("rcol")}"><div class="{css("meta")}"><a href="/profile/{h}" class="{css("who")}">'
            f'<span class="{css("dn")}">{esc(n.author)}</span>&nbsp;<span class="{css("hdl")}">@{h}</span></a><span '
            f'class="{css("dot")}">·</span><a href="/profile/{h}/post/{rkey(n)}" class="{css("time")}" aria-label="'
            f'{long(n.when)}" data-tooltip="{long(n.when)}">{shown(n)}</a></div><div class="{css("txt")}" data-testid='
            f'"postText" dir="auto">{esc(n.text)}</div><div class="{css("ctrls")}"><button aria-label="返信 ({k})">💬 '
            f'{k or ""}</button><button aria-label="リポスト">🔁 {votes(n, 4) or ""}</button><button aria-label="'
            f'いいね ({votes(n, 30)})">♡ {votes(n, 30) or ""}</button><button aria-label="メニューを開く">…</button>'
            "</div></div></div>"
        )

    def cell(root: Node) -> str:
        chain = [root]
        while chain[-1].children:
            chain.append(chain[-1].children[0])
        return (
            f'<div class="{css("cell")}" style="border-top-width:1px;border-color:rgb(212, 219, 226)">'
            + "".join(post(n, i > 0, i < len(chain) - 1) for i, n in enumerate(chain))
            + "</div>"
        )

    focal = "".join(f"<p>{esc(''.join(ja_texts(random.Random(8111 + k))))}</p>" for k in range(2))
    page = (
        head(
            "里山日記 (@satoyama.example.jp) — Bluesky",
            url,
            "今年の田植えは例年より一週間早くなりそうです。",
            '<meta property="og:type" content="article"><meta name="twitter:card" content="summary">'
            '<meta property="article:published_time" content="2024-05-03T09:02:00+09:00">',
            "ja",
        )
        + f'<body><div id="root"><div class="{css("app")}"><nav class="{css("leftnav")}" role="navigation"><a href="/">'
        f'ホーム</a><a href="/search">検索</a><a href="/notifications">通知</a><a href="/messages">チャット</a><a '
        f'href="/feeds">フィード</a><a href="/profile/satoyama.example.jp">プロフィール</a></nav><main class="'
        f'{css("center")}"><div class="{css("bar")}"><button aria-label="戻る">←</button><h1 class="{css("h1")}">投稿'
        f'</h1></div><div class="{css("focal")}" data-testid="postThreadItem-by-satoyama.example.jp"><div class="'
        f'{css("fmeta")}"><img class="{css("av")}" src="https://cdn.bsky.example/img/avatar/plain/0@jpeg" alt=""><span '
        f'class="{css("dn")}">里山日記</span><span class="{css("hdl")}">@satoyama.example.jp</span></div><div class="'
        f'{css("ftxt")}" data-testid="postText">{focal}</div><div class="{css("fdate")}">2024年5月3日 9:02</div><div '
        f'class="{css("stats")}"><span><b>12</b> 件のリポスト</span><span><b>3</b> 件の引用</span><span><b>48</b> 件の'
        f'いいね</span></div></div><div class="{css("replies")}">'
        + "".join(cell(n) for n in forest)
        + f'</div><div class="{css("end")}">このスレッドの終わりです</div></main><aside class="{css("rightnav")}">'
        '<input placeholder="検索"><p><a href="/support">フィードバック</a> · <a href="/support/privacy">プライバシー'
        '</a> · <a href="/support/tos">利用規約</a></p></aside></div></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 12. Persian news, RTL, Jalali


def persian_news() -> tuple:
    """A Persian news site (dir=rtl, a JavaScript framework's hashed classes): readers' comments with
    one level of replies in a list inside the comment; the newsroom's answer to a few comments sits
    inside the reader's box under "پاسخ تحریریه" (a reply by "تحریریه", no date); Jalali dates in
    Persian digits ("۱۴ اردیبهشت ۱۴۰۳ - ۱۰:۱۴", Tehran time), likes and dislikes, a pager whose
    "صفحه بعد" link leads to the next page of comments."""
    url = "https://www.khabarshahr.example.ir/news/48213/metro-fare-increase"
    nxt = url + "?cpage=2"
    start = datetime(2024, 5, 3, 9, 0)
    fa_paras = lambda r: paras(r, FA_WORDS, ".؟!", 2)  # noqa: E731
    forest = make_tree(812, [8, 3], pick(FA_NAMES), fa_paras, start, (6, 120), 12, 20, 1, start_id=601200)
    editor = "تحریریه"
    rng = random.Random(8121)
    rows: list[Row] = []
    answered: dict[int, Node] = {}
    for k, root in enumerate(forest):
        rows.append((root, 0, None))
        if k in (1, 5):
            ed = Node(editor, fa_paras(rng), root.when, root.cid + 50000)
            answered[id(root)] = ed
            rows.append((ed, 1, root))
        rows.extend((c, 1, root) for c in root.children)
    no_self_replies(rows, FA_NAMES)

    def fa(x: object) -> str:
        return str(x).translate(FA_DIGITS)

    def shown(n: Node) -> str:
        y, m, d = to_jalali(n.when.date())
        return fa(f"{d} {FA_MONTHS[m - 1]} {y} - {n.when.strftime('%H:%M')}")

    def box(n: Node, reply: bool) -> str:
        ed = answered.get(id(n))
        ed_html = (
            f'<div class="{css("adm")}"><div class="{css("admhd")}"><span class="{css("admnm")}">{editor}</span> '
            f'<span class="{css("admlbl")}">پاسخ تحریریه:</span></div><div class="{css("admtx")}">{p_html(ed)}</div>'
            "</div>"
            if ed is not None
            else ""
        )
        kids = "".join(box(c, True) for c in n.children)
        return (
            f'<li class="{css("reply") if reply else css("cm")}" id="comment-{n.cid}"><div class="{css("hd")}"><span '
            f'class="{css("nm")}">{esc(n.author)}</span><span class="{css("dt")}">{shown(n)}</span></div><div class="'
            f'{css("tx")}">{p_html(n)}</div>{ed_html}<div class="{css("ft")}"><button class="{css("rp")}">پاسخ</button>'
            f'<button class="{css("up")}" aria-label="موافقم">{fa(votes(n, 90))} 👍</button><button class="{css("dn")}" '
            f'aria-label="مخالفم">{fa(votes(n, 25))} 👎</button></div>'
            + (f'<ul class="{css("rps")}">{kids}</ul>' if kids else "")
            + "</li>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(8122, 6, FA_WORDS, ".."))
    title = "بلیت مترو از اول خرداد گران می‌شود"
    total = len(rows) + 31
    page = (
        head(
            f"{title} | خبر شهر",
            url,
            "شورای شهر افزایش بیست و پنج درصدی نرخ بلیت مترو و اتوبوس را تصویب کرد.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-03T08:20:00+03:30">',
            "fa",
            ' dir="rtl"',
        )
        + f'<body><div id="__next"><header class="{css("top")}"><div class="{css("date")}">جمعه {fa("14")} اردیبهشت '
        f'{fa("1403")}</div><a class="{css("logo")}" href="/">خبر شهر</a><nav class="{css("nav")}"><a href="/">خانه'
        '</a><a href="/politics">سیاسی</a><a href="/society">اجتماعی</a><a href="/economy">اقتصادی</a><a href="/'
        f'sport">ورزشی</a></nav></header><main class="{css("main")}"><article class="{css("art")}"><div class="'
        f'{css("code")}">کد خبر: {fa("48213")}</div><h1>{title}</h1><p class="{css("lead")}">شورای شهر افزایش بیست و '
        f'پنج درصدی نرخ بلیت مترو و اتوبوس را تصویب کرد.</p><div class="{css("meta")}">{fa("14")} اردیبهشت '
        f'{fa("1403")} - {fa("08:20")}</div><div class="{css("body")}">{body}</div><div class="{css("tags")}">'
        '<a href="/tag/metro">مترو</a> <a href="/tag/shora">شورای شهر</a></div><div class="'
        f'{css("share")}">اشتراک: <a>تلگرام</a> <a>واتساپ</a> <a>ایکس</a></div></article><section class="'
        f'{css("cs")}" id="comments"><h2>نظرات ({fa(total)})</h2><form class="{css("form")}"><input placeholder="نام">'
        '<input placeholder="ایمیل"><textarea placeholder="نظر شما"></textarea><button>ارسال</button><p>نظرات حاوی '
        f'توهین یا تهمت منتشر نمی‌شود.</p></form><ul class="{css("list")}">'
        + "".join(box(n, False) for n in forest)
        + f'</ul><nav class="{css("pager")}" aria-label="صفحه‌بندی نظرات"><span aria-current="page">{fa(1)}</span> '
        f'<a href="?cpage=2#comments">{fa(2)}</a> <a href="?cpage=3#comments">{fa(3)}</a> <a rel="next" href="'
        f'?cpage=2#comments">صفحه بعد ›</a></nav></section></main><aside class="{css("side")}"><h3>پربازدیدها</h3>'
        '<ol><li><a href="/news/48190/traffic">طرح ترافیک جدید از هفته آینده</a></li><li><a href="/news/48177/air">'
        f'هوای پایتخت در وضعیت ناسالم</a></li></ol></aside><footer class="{css("foot")}">کلیه حقوق این سایت محفوظ '
        "است. استفاده از مطالب با ذکر منبع بلامانع است.</footer></div></body></html>"
    )
    comments = truth(rows, shown, lambda n: naive(n.when))
    for c, (n, _, _) in zip(comments, rows, strict=True):
        if n.author == editor:
            c["published"] = c["published_iso"] = None
    return url, page, comments, nxt


# ---------------------------------------------------------------- main


TEMPLATES: Templates = {
    "talkyard-progress-en": (
        talkyard_progress,
        "Talkyard-like nested dw-t threads, then flat progress posts with @name",
    ),
    "gitlab-discussions-en": (
        gitlab_discussions,
        "GitLab-like MR, thread = first note + sibling replies, system notes",
    ),
    "aria-tree-nb": (aria_tree, "Norwegian news, flat role=treeitem list placed by aria-level/posinset/setsize"),
    "parent-attr-hr": (parent_attr, "Croatian widget, replies at one indentation, parent only in data-parent-id"),
    "zhihu-replies-zh": (zhihu_replies, "Zhihu-like, root + descendants by time, 'A 回复 B' headers, mixed dates"),
    "discord-forum-en": (discord_forum, "Discord-forum archive, reply bars naming the parent, grouped runs"),
    "webmentions-da": (webmentions, "Danish IndieWeb webmentions, h-cite replies, u-in-reply-to permalinks"),
    "table-board-bg": (table_board, "old Bulgarian board, a table row per post, indented by empty cells"),
    "jcomments-margin-sk": (jcomments_margin, "Slovak Joomla JComments-like, flat, inline margin-left, day only"),
    "hashover-paths-ca": (hashover_paths, "Catalan HashOver-like nested comments, ids spell the path (c2r1r1)"),
    "bluesky-chains-ja": (bluesky_chains, "Bluesky-like Japanese thread, reply chains by connector lines in cells"),
    "persian-news-fa": (persian_news, "Persian RTL news, Jalali dates, one reply level, editorial answers, next page"),
}

if __name__ == "__main__":
    main(TEMPLATES, __doc__)
