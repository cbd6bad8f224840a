"""Held-out comment threads, set 9, for measurement only: twelve hand-made templates of thread
markup, each tying a reply to its parent in a way that sets 3-8 and the comment corpus do not, written
blind (without reading the extractor). Do not tune on them: look at the figures, not at the pages.

    python bench/heldout_threads9.py [--keep DIR]

Each template is written by hand in the shape of a kind of real thread markup (none copied from a
site) and filled from fixed seeds, so that page and truth always agree: a Discourse-like topic (flat
posts by time; a reply carries a "reply-to tab" in its header, the answered poster's avatar and name
with the post number in its aria-label, and sometimes a quote of that post), a new-Reddit-like thread
(nested <shreddit-comment> custom elements with depth and parentid attributes, collapsed low-score
comments, "more replies" placeholders and an AutoModerator note), a Facebook-comments-plugin-like
box on a Mexican paper (one reply level in a container after the comment, every box named by an
aria-label "Respuesta de X al comentario de Y", more replies not loaded), a Turkish news portal whose
flat comment list is indented only by a generated per-level class that an inline stylesheet pads, a
public-inbox-like mailing-list thread (every message a <pre> with Message-ID and In-Reply-To headers,
a thread overview indented by spaces), a Japanese tree-style board (flat messages whose depth is
drawn by box-drawing characters "┃┣┗"), a CommentPress-like French edition (comments grouped by the
paragraph they are on, each group a threaded list), a Coral-like Lithuanian news stream (nesting to
a third level, deeper replies flattened with "Atsakymas komentarui: Name", a featured block
repeating two comments), a Swahili audio page (comments ordered by track time with timecodes, one
reply level), a Trac-like Portuguese ticket (flat changes by time, "em resposta a: ↑ 3" and
"seguimento: ↓ 7" threading links, field-only changes, citations), a Mastodon-like German thread
(statuses flat in thread order, a reply names the answered account by its leading @mention) and a
Bengali news site (replies nested inside the parent's text container, Bengali digits). About half
the templates have opaque classes (CSS-in-JS hashes), as on many large sites.
Truth conventions are set 3's (bench/heldout_threads.py), whose harness this module uses: the
article / opening post / first message / focal status / ticket description is not a comment, nor is
a deleted post's placeholder or a change without text; text is the commenter's own words (no quoted
text, reply marks, leading @mentions, signatures, timecodes, buttons or badges); parent is the index
of the comment answered; published is as shown, published_iso the instant where the page states it
(null for a relative age alone).
"""

from __future__ import annotations

import random
import sys
import textwrap
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.heldout_threads import (  # noqa: E402
    Node,
    Templates,
    article,
    esc,
    flatten,
    handle,
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
from bench.heldout_threads5 import ES_FIRST, ES_LAST, chrono, pair, pick, texts, vocabulary, votes  # noqa: E402
from bench.heldout_threads6 import ES_WORDS, css  # noqa: E402
from bench.heldout_threads7 import first_sentence, no_self_replies, unambiguous  # noqa: E402
from bench.heldout_threads8 import redraw_self_replies  # noqa: E402

Row = tuple[Node, int, Node | None]

TECH_WORDS = vocabulary(
    "the a this that we it is not but and so I you think pool vdev disk scrub resilver checksum "
    "cable backplane controller firmware SMART sector raidz mirror snapshot dataset ashift ECC RAM "
    "PSU drive bay replaced swapped still again maybe probably already honestly weird same here"
)
MAP_WORDS = vocabulary(
    "the a this that it is was not but and so I you map ferry route line island harbour coast ink "
    "paper scale legend font colour blue compass lettering grid sound crossing timetable gorgeous "
    "honestly really beautiful wrong missing actually also printed framed love how lol"
)
TR_WORDS = vocabulary(
    "bu bir ve ama çünkü değil hep hiç belki zaten hala vapur iskele sefer bilet fiyat belediye "
    "Karşıyaka Bostanlı Konak körfez yaz tarife sabah akşam yolcu kuyruk trafik bence gerçekten "
    "tamam sorun çözüm yine artık"
)
TR_FIRST = ["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Can", "Selin", "Onur", "Deniz", "Hülya", "Kerem"]
TR_LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"]
TR_NICKS = ["izmirli35", "karsiyakali", "vapurcu_dayi", "bostanli_sakini", "körfez_kızı", "emekli_öğretmen"]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
             "Aralık"]  # fmt: skip

ML_FIRST = ["Greta", "Kwame", "Lucia", "Tomasz", "Ingrid", "Rafael", "Hana", "Elliot", "Noor", "Sven"]
ML_LAST = ["Achterberg", "Mensah", "Ferraro", "Wojcik", "Halvorsen", "Ortega", "Sato", "Ashdown", "Haddad", "Eriksen"]
ML_WORDS = vocabulary(
    "the a this that we it is not but and so I think clock UTC local offset sample logger firmware "
    "timestamp DST rollover RTC drift export CSV header column parser migration release flag default "
    "config breaking change users downstream should could would agree prefer simpler already"
)

JA_RAIL = vocabulary(
    "この 路線 は 本当に 大事 です 駅 列車 ダイヤ 廃止 存続 バス 転換 地元 高校生 通学 観光 客 "
    "運賃 値上げ 沿線 自治体 鉄道 会社 赤字 もっと 利用 した方 が いい と 思います でも やはり"
)
JA_BBS_NAMES = ["ローカル線好き", "駅員見習い", "通りすがり", "キハ40", "北の旅人", "しおかぜ", "たまき", "ぽっぽや",
                "元沿線住民", "とおりゃんせ"]  # fmt: skip
JA_DAYS = "月火水木金土日"

FR_WORDS = vocabulary(
    "le la les que ne pas mais parce et ou déjà encore toujours jamais peut-être canal écluse éclusier "
    "péniche halage bief archive registre témoignage mémoire chapitre source note passage vraiment "
    "plutôt sans doute il me semble ici aussi"
)
FR_NAMES = ["Camille Durand", "Julien Moreau", "Chloé Lefebvre", "Nicolas Bernard", "Manon Garnier", "Thomas Roux",
            "Léa Fontaine", "Antoine Girard", "Inès Mercier", "Hugo Lambert"]  # fmt: skip
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]  # fmt: skip

LT_WORDS = vocabulary(
    "ir bet kad ne yra buvo mes jie aš jau dar visada niekada galbūt keltas bilietas kaina uostas "
    "miestas savivaldybė vairuotojai eilė vasara žiema turistai Smiltynė Neringa autobusas tiltas "
    "tikrai gana geriau blogiau manau"
)
LT_NAMES = ["Jonas Petraitis", "Rūta Kazlauskienė", "Tomas Jankauskas", "Eglė Stankevičiūtė", "Mindaugas Vasiliauskas",
            "Ieva Žukauskaitė", "Darius Butkus", "klaipėdietis", "jūreivis77", "Gintarė Balčiūnaitė", "Smiltė"]  # fmt: skip

SW_WORDS = vocabulary(
    "na lakini kwamba si ni ilikuwa sisi wao mimi tayari bado kila mara kamwe labda samaki bahari "
    "wavuvi mashua bandari bei soko mvua upepo mwaka mwezi wiki kweli sana bora zaidi nafikiri asante "
    "hii hiyo Lamu Pwani"
)
SW_NAMES = ["Amina Hassan", "Juma Mwangi", "Fatuma Ali", "Baraka Otieno", "Zawadi Njeri", "Hamisi Omar",
            "Neema Wanjiku", "Salim Abdalla", "Rehema Achieng", "dj_pwani", "mvuvi_lamu"]  # fmt: skip

PT_WORDS = vocabulary(
    "o a que não mas porque e ou já ainda sempre nunca talvez sensor marégrafo registo ficheiro "
    "relógio fuso horário hora verão amostra leitura porta série firmware placa bateria teste versão "
    "acho parece funciona falha corrigido"
)
PT_USERS = ["gmartins", "ana.sousa", "rpereira", "jcosta", "mferreira", "tiago_r", "inesalmeida", "pcarvalho",
            "luisa.m", "fnunes"]  # fmt: skip

DE_WORDS = vocabulary(
    "der die das nicht aber weil und oder ich wir man schon noch immer nie vielleicht Radweg Kreuzung "
    "Ampel Bezirk Senat Baustelle Parkplätze Lieferverkehr Kiez Schule Kinder sicher endlich wieder "
    "stimmt glaube leider ehrlich gesagt"
)
DE_NAMES = ["Lena Fischer", "Jonas Weber", "Marie Schulz", "Paul Wagner", "Emma Becker", "Tim Hoffmann",
            "Sophie Krüger", "Lukas Braun", "Anna Zimmermann", "Felix Hartmann", "Mara", "radkiez"]  # fmt: skip
DE_MONTHS = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
DE_MONTHS_LONG = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                  "November", "Dezember"]  # fmt: skip

BN_WORDS = vocabulary(
    "আমি আমরা তারা এই সেই না কিন্তু এবং বা কারণ ইতিমধ্যে এখনও সবসময় কখনও হয়তো ফেরি নদী ঘাট ভাড়া যাত্রী "
    "সরকার সেতু পদ্মা বাস লঞ্চ দাম মানুষ গ্রাম শহর সত্যি খুব ভালো খারাপ মনে করি উচিত দরকার সমস্যা সমাধান"
)
BN_NAMES = ["মোহাম্মদ রহিম", "ফাতেমা আক্তার", "আবদুল করিম", "নাসরিন সুলতানা", "তানভীর হাসান", "শারমিন জাহান",
            "Rakib Hasan", "সুমন দাস", "মিতু রায়", "Arif Chowdhury"]  # fmt: skip
BN_MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর",
             "ডিসেম্বর"]  # fmt: skip
BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def letters(name: str) -> str:
    """A styled-components-like generated class name: six letters from a hash of `name`."""
    abc = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    h = zlib.crc32(name.encode()) * 2654435761 % 52**6
    out = ""
    for _ in range(6):
        h, r = divmod(h, 52)
        out += abc[r]
    return out


def age_units(
    now: datetime, when: datetime, words: tuple[str, str, str, str], one: tuple[str, str, str, str] | None = None
) -> str | None:
    """A coarse relative age worded by `words` (minute, hour, day, week formats with {n}; `one` for a
    count of 1 where the language inflects), or None beyond four weeks."""
    s = (now - when).total_seconds()
    if s < 3600:
        unit, n = 0, max(1, int(s // 60))
    elif s < 86400:
        unit, n = 1, int(s // 3600)
    elif s < 7 * 86400:
        unit, n = 2, int(s // 86400)
    elif s < 28 * 86400:
        unit, n = 3, int(s // (7 * 86400))
    else:
        return None
    return ((one or words) if n == 1 else words)[unit].format(n=n)


# ---------------------------------------------------------------- 1. Discourse-like topic, reply-to tabs


def discourse_topic() -> tuple:
    """A home-lab community forum in the shape of Discourse (names hidden, usernames only): the
    topic's first post (not a comment) with a "Solution" box and the topic map, then every reply in
    one flat stream by time. A reply to another post carries a reply-to tab in its header (the
    answered poster's avatar and username, the post number in its aria-label; the site shows it
    also when the answered post is directly above), some replies open with a quote of that post;
    answered posts show "N Replies". A deleted post keeps its place. Ages tiny ("14m", "5h", "3d")
    or the day ("Apr 27") over data-time (epoch ms) with the full UTC time in the title."""
    slug, tid = "zfs-scrub-keeps-finding-checksum-errors-on-one-disk", 4127
    url = f"https://forum.homelab.example.org/t/{slug}/{tid}"
    start = datetime(2024, 4, 24, 18, 0, tzinfo=UTC)
    forest = make_tree(901, [7, 3, 2, 1], handle, texts(TECH_WORDS), start, (30, 600), 14, 22, 3, start_id=100)
    rows = chrono(forest, 9011, start, (25, 700))
    redraw_self_replies(rows, handle, 9012)
    op = "slatekeeper42"
    mod = rows[2][0].author
    solution = rows[len(rows) // 2][0]
    now = rows[-1][0].when + timedelta(hours=3, minutes=12)
    number: dict[int, int] = {}
    k = 2
    for i, (n, _, _) in enumerate(rows):
        if i == 6:
            k += 1  # the deleted post
        number[id(n)] = k
        k += 1

    def tiny(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"{int(s // 60)}m"
        if s < 86400:
            return f"{int(s // 3600)}h"
        if s < 7 * 86400:
            return f"{int(s // 86400)}d"
        return f"{n.when.strftime('%b')} {n.when.day}"

    def avatar(user: str, size: int, cid: int) -> str:
        return (
            f'<img alt="" width="{size}" height="{size}" src="/user_avatar/forum.homelab.example.org/{user}/'
            f'{size * 2}/{cid}_2.png" class="avatar">'
        )

    def post(num: int, n: Node, parent: Node | None, cooked: str, deleted: bool = False) -> str:
        a = n.author
        shield = (
            '<svg class="fa d-icon d-icon-shield-halved svg-icon" title="This user is a moderator"></svg>'
            if a == mod
            else ""
        )
        tab = ""
        if parent is not None:
            pn = number[id(parent)]
            tab = (
                f'<a href="/t/{slug}/{tid}/{pn}" class="reply-to-tab" aria-label="In reply to post {pn} by '
                f'@{parent.author}" title="In reply to"><svg class="fa d-icon d-icon-share svg-icon"></svg>'
                f"{avatar(parent.author, 24, parent.cid)}<span>{parent.author}</span></a>"
            )
        edits = (
            '<div class="post-info edits"><button class="btn-flat widget-button" title="post last edited">'
            '<svg class="fa d-icon d-icon-pencil svg-icon"></svg><span class="d-button-label">2</span></button></div>'
            if n.cid % 5 == 3 and not deleted
            else ""
        )
        ms = int(n.when.timestamp() * 1000)
        full = f"{n.when.strftime('%b')} {n.when.day}, {n.when.year} {n.when.strftime('%I:%M %p').lstrip('0')}"
        replies = len(n.children)
        show = (
            f'<button class="show-replies btn-flat" aria-expanded="false" aria-pressed="false"><span '
            f'class="d-button-label">{replies} Repl{"ies" if replies > 1 else "y"}</span><svg class="fa d-icon '
            'd-icon-chevron-down svg-icon"></svg></button>'
            if replies and not deleted
            else ""
        )
        solved = (
            '<div class="accepted-answer"><p class="solved"><svg class="fa d-icon d-icon-check-square svg-icon">'
            "</svg> Solution</p></div>"
            if n is solution
            else ""
        )
        likes = votes(n, 9)
        actions = (
            '<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">'
            f'<div class="double-button"><button class="btn-flat button-count like-count">{likes or ""}</button>'
            '<button class="btn-flat toggle-like" title="like this post"><svg class="fa d-icon d-icon-d-unliked">'
            '</svg></button></div><button class="btn-flat share" title="copy a link to this post to clipboard">'
            '<svg class="fa d-icon d-icon-link"></svg></button><button class="btn-flat reply create" title="begin '
            'composing a reply to this post"><svg class="fa d-icon d-icon-reply"></svg><span class="d-button-label">'
            f"Reply</span></button></div>{show}</nav></section>"
            if not deleted
            else ""
        )
        return (
            f'<div class="topic-post clearfix{" deleted" if deleted else ""} regular"><article id="post_{num}" '
            f'aria-label="post #{num} by @{a}" role="region" data-post-id="{88000 + n.cid}" data-topic-id="{tid}" '
            f'class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">'
            f'<a class="trigger-user-card main-avatar" href="/u/{a}" data-user-card="{a}" aria-hidden="true">'
            f'{avatar(a, 45, n.cid)}</a></div></div><div class="topic-body clearfix"><div role="heading" '
            f'aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first '
            f'username{" staff moderator" if a == mod else ""}"><a href="/u/{a}" data-user-card="{a}">{a}</a>'
            f'{shield}</span></div><div class="post-infos">{tab}{edits}<div class="post-info post-date"><a '
            f'class="post-date" href="/t/{slug}/{tid}/{num}" data-post-number="{num}"><span title="{full}" '
            f'data-time="{ms}" data-format="tiny" class="relative-date">{tiny(n)}</span></a></div></div></div>'
            f'<div class="regular contents"><div class="cooked">{cooked}</div>{solved}{actions}</div></div></div>'
            "</article></div>"
        )

    def cooked(n: Node, p: Node | None) -> str:
        quote = ""
        if p is not None and n.cid % 3 == 0:
            quote = (
                f'<aside class="quote no-group" data-username="{p.author}" data-post="{number[id(p)]}" '
                f'data-topic="{tid}"><div class="title"><div class="quote-controls"></div>{avatar(p.author, 24, p.cid)}'
                f" {p.author}:</div><blockquote><p>{esc(first_sentence(p))}</p></blockquote></aside>"
            )
        return quote + p_html(n)

    stream = []
    for i, (n, _, p) in enumerate(rows):
        if i == 6:
            ghost = Node(handle(random.Random(9013)), [], rows[5][0].when + timedelta(minutes=9), 99)
            stream.append(post(number[id(n)] - 1, ghost, None, "<p>(post deleted by author)</p>", deleted=True))
        stream.append(post(number[id(n)], n, p, cooked(n, p)))
    opening_node = Node(op, article(9014, 3, TECH_WORDS), start - timedelta(hours=2, minutes=40), 1)
    sol = (
        f'<aside class="quote accepted-answer" data-username="{solution.author}" data-post="{number[id(solution)]}">'
        f'<div class="title"><div class="accepted-answer--solver">Solved by <a href="/u/{solution.author}">'
        f'{solution.author}</a> in <a href="/t/{slug}/{tid}/{number[id(solution)]}">post #{number[id(solution)]}</a>'
        f"</div></div><blockquote><p>{esc(first_sentence(solution))}</p></blockquote></aside>"
    )
    opening = post(
        1,
        opening_node,
        None,
        sol
        + p_html(opening_node)
        + "<pre><code>  pool: tank\n state: ONLINE\nstatus: One or more devices has experienced an unrecoverable "
        "error.\n  scan: scrub repaired 0B in 05:12:44 with 3 errors\n\tNAME        STATE     READ WRITE CKSUM\n"
        "\ttank        ONLINE       0     0     0\n\t  raidz2-0  ONLINE       0     0     0\n\t    sdd     "
        "ONLINE       0     0    12</code></pre>",
    )
    users = len({n.author for n, _, _ in rows}) + 1
    topic_map = (
        '<section class="topic-map"><ul class="clearfix"><li><h4 role="presentation">created</h4>'
        f'<span class="relative-date">Apr 24</span></li><li><h4>last reply</h4><span class="relative-date">'
        f'{tiny(rows[-1][0])}</span></li><li><span class="number">{len(rows)}</span><h4>replies</h4></li><li>'
        f'<span class="number">1.4k</span><h4>views</h4></li><li><span class="number">{users}</span><h4>users</h4>'
        '</li><li><span class="number">37</span><h4>likes</h4></li></ul></section>'
    )
    page = (
        head(
            "ZFS scrub keeps finding checksum errors on one disk - Storage - Homelab Community",
            url,
            "Every weekly scrub reports a dozen checksum errors on the same disk, SMART looks clean.",
            '<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse">'
            '<meta property="og:type" content="website"><meta name="discourse_theme_id" content="2">',
        )
        + '<body class="crawler-hidden navigation-topics categories-list"><section id="main"><header class="d-header">'
        '<div class="wrap"><div class="contents"><div class="title"><a href="/"><img id="site-logo" src="/uploads/'
        'logo.png" alt="Homelab Community"></a></div><div class="panel"><button class="btn btn-primary sign-up-button">'
        'Sign Up</button><button class="btn login-button">Log In</button></div></div></div></header>'
        '<div id="main-outlet" class="wrap"><div class="sidebar-wrapper"><a href="/latest">Topics</a><a href="/u">'
        'Users</a><a href="/badges">Badges</a><a href="/c/storage/7">Storage</a><a href="/c/networking/9">Networking'
        '</a></div><div id="topic-title"><h1 data-topic-id="4127"><a href="' + url + '" class="fancy-title">ZFS scrub '
        'keeps finding checksum errors on one disk</a></h1><div class="topic-category"><span class="badge-category">'
        'Storage</span> <a class="discourse-tag" href="/tag/zfs">zfs</a> <a class="discourse-tag" href="/tag/truenas">'
        'truenas</a></div></div><div class="posts-wrapper"><div class="topic-timeline"><div class="timeline-scrollarea">'
        f'<div class="timeline-replies">1 / {len(rows) + 2}</div><div class="timeline-ago">Apr 24</div></div></div>'
        '<div class="post-stream">'
        + opening
        + topic_map
        + "".join(stream)
        + '</div></div><div id="topic-footer-buttons"><button class="btn btn-primary create">Reply</button>'
        '<button class="btn bookmark">Bookmark</button><div class="notifications-button">Normal: You will be notified '
        'if someone mentions your @name or replies to you.</div></div><div class="more-topics__container"><h3>'
        'Suggested Topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th>'
        '<th>Activity</th></tr></thead><tbody><tr><td><a href="/t/replacing-a-disk-in-raidz2-without-downtime/3990">'
        "Replacing a disk in raidz2 without downtime</a></td><td>12</td><td>880</td><td>Apr 10</td></tr><tr><td>"
        '<a href="/t/cheap-ups-for-a-nas/4101">Cheap UPS for a NAS?</a></td><td>27</td><td>1.9k</td><td>Apr 21</td>'
        '</tr></tbody></table></div></div></section><footer class="footer"><p>Powered by Discourse, best viewed with '
        'JavaScript enabled</p><p><a href="/tos">Terms of Service</a> · <a href="/privacy">Privacy</a> · '
        '<a href="/faq">FAQ</a></p></footer></body></html>'
    )
    return url, page, truth(rows, tiny, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 2. new-Reddit-like custom elements


def shreddit_tree() -> tuple:
    """A link aggregator's post page in the shape of new Reddit: the text post on top (not a
    comment), then <shreddit-comment> custom elements nested through slot="children", each with
    author, depth, thingid and (on replies) parentid attributes, the text in a div slot="comment";
    a pinned AutoModerator note first, collapsed low-score comments (still in the page), OP / MOD
    badges and user flairs, "N more replies" placeholders and "Continue this thread" links whose
    comments are not in the page. Ages "5h ago" / "3d ago" in <faceplate-timeago ts> (UTC)."""
    sub, pid = "Cartography", "1cj4x9z"
    url = f"https://www.reddit.example.com/r/{sub}/comments/{pid}/i_hand_drew_every_ferry_route_in_the_sound/"
    start = datetime(2024, 5, 1, 16, 0, tzinfo=UTC)

    def namer(r: random.Random) -> str:
        return f"{r.choice(['Ok', 'The', 'Mr', 'Just', 'Big', 'Salty', 'Quiet'])}{r.choice(['Ferry', 'Map', 'Gull', 'Tide', 'Compass', 'Inkwell'])}{r.choice(['', '_', '-'])}{r.randint(10, 9999)}"

    forest = make_tree(902, [7, 3, 2, 2], namer, texts(MAP_WORDS), start, (4, 140), 16, 26, 3, start_id=7100)
    op = "salt_and_contours"
    auto = forest[0]
    auto.author = "AutoModerator"
    auto.paras = [
        "Thank you for posting to r/Cartography! Please remember to credit your sources and tools in a comment. "
        "I am a bot, and this action was performed automatically."
    ]
    auto.children = []
    rows = list(flatten(forest))
    rng = random.Random(9021)
    for n, d, _p in rows:
        if d >= 1 and rng.random() < 0.18:
            n.author = op
    redraw_self_replies(rows, namer, 9022)
    mod = rows[-1][0].author if rows[-1][0].author not in (op, "AutoModerator") else rows[-2][0].author
    flairs = {0: "Amateur cartographer", 3: "GIS analyst", 5: ""}
    now = rows[-1][0].when + timedelta(hours=7, minutes=40)

    def ago(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"{int(s // 60)}m ago"
        if s < 86400:
            return f"{int(s // 3600)}h ago"
        return f"{int(s // 86400)}d ago"

    def thing(n: Node) -> str:
        return "l" + b36(1_400_000_000 + n.cid * 7919)[-6:]

    def score(n: Node) -> int:
        return 1 if n.author == "AutoModerator" else votes(n, 60) - 8

    def comment(n: Node, depth: int, parent: Node | None) -> str:
        t = thing(n)
        permalink = f"/r/{sub}/comments/{pid}/comment/{t}/"
        s = score(n)
        collapsed = " collapsed" if s < -3 else ""
        badge = ""
        if n.author == op:
            badge = '<span class="text-10 font-semibold text-global-op ml-2xs" title="Original poster">OP</span>'
        elif n.author == mod:
            badge = '<span class="text-10 font-semibold text-global-moderator ml-2xs" title="Moderator">MOD</span>'
        flair = flairs.get(n.cid % 7, "")
        flair_html = (
            f'<span class="flair text-10 bg-neutral-background-weak px-2xs rounded-sm ml-2xs">{flair}</span>'
            if flair
            else ""
        )
        pinned = (
            '<span class="text-12 text-global-moderator ml-xs"><svg icon-name="pin-fill"></svg> Pinned</span>'
            if n.author == "AutoModerator"
            else ""
        )
        edited = ' <span class="text-neutral-content-weak text-12">• Edited</span>' if n.cid % 6 == 1 else ""
        full = (
            n.when.strftime("%A, %B ")
            + f"{n.when.day}, {n.when.year} at "
            + n.when.strftime("%I:%M:%S %p GMT").lstrip("0")
        )
        kids = "".join(comment(c, depth + 1, n) for c in n.children)
        more = ""
        if n.cid % 5 == 2 and depth < 3:
            more = (
                f'<faceplate-partial slot="children" loading="action" src="/svc/shreddit/more-comments/{sub}/t3_{pid}'
                f'?parent=t1_{t}"><button class="text-12 font-semibold text-secondary-weak">{n.cid % 4 + 1} more '
                f"repl{'ies' if n.cid % 4 else 'y'}</button></faceplate-partial>"
            )
        if depth == 3 and n.cid % 2 == 0:
            more = (
                f'<a slot="children" href="{permalink}" class="text-12 font-semibold text-secondary-weak">Continue '
                'this thread <svg icon-name="caret-right-outline"></svg></a>'
            )
        parent_attr = f' parentid="t1_{thing(parent)}"' if parent is not None else ""
        slot = ' slot="children"' if parent is not None else ""
        return (
            f'<shreddit-comment author="{esc(n.author)}" thingid="t1_{t}" depth="{depth}" permalink="{permalink}" '
            f'postid="t3_{pid}"{parent_attr} score="{s}" arialabel="Thread level {depth + 1}: {esc(n.author)}"'
            f'{collapsed}{slot}><div slot="commentAvatar" class="flex items-center"><img alt="u/{esc(n.author)} avatar" '
            f'src="https://styles.redditmedia.example/avatar_default_{n.cid % 8}.png" class="rounded-full" width="24"></div>'
            f'<div slot="commentMeta" class="flex flex-row items-center flex-nowrap overflow-hidden"><faceplate-hovercard>'
            f'<a href="/user/{esc(n.author)}/" class="truncate font-bold text-neutral-content-strong text-12 '
            f'hover:underline">{esc(n.author)}</a></faceplate-hovercard>{badge}{flair_html}<span class="inline-block '
            f'my-0 mx-2xs text-12 text-neutral-content-weak">•</span><a href="{permalink}" rel="nofollow noopener '
            f'noreferrer" class="text-neutral-content-weak"><faceplate-timeago ts="{n.when.strftime("%Y-%m-%dT%H:%M:%S")}'
            f'.000000+0000" format="short"><time datetime="{iso_z(n.when)}" title="{full}">{ago(n)}</time>'
            f"</faceplate-timeago></a>{edited}{pinned}</div>"
            f'<div slot="comment" id="t1_{t}-comment-rtjson-content" class="md text-14 py-0 xs:mx-xs mx-2xs">'
            f"{p_html(n)}</div>"
            f'<shreddit-comment-action-row slot="actionRow" comment-id="t1_{t}" score="{s}"><button aria-label="Upvote">'
            f'<svg icon-name="upvote-outline"></svg></button><faceplate-number number="{s}">{s}</faceplate-number>'
            '<button aria-label="Downvote"><svg icon-name="downvote-outline"></svg></button><button class="button-plain">'
            '<svg icon-name="comment-outline"></svg> Reply</button><button>Award</button><button>Share</button>'
            f"</shreddit-comment-action-row>{kids}{more}</shreddit-comment>"
        )

    post_body = "".join(f"<p>{esc(p)}</p>" for p in article(9023, 3, MAP_WORDS))
    page = (
        head(
            "I hand-drew every ferry route in the Sound : r/Cartography",
            url,
            "Six weeks, two nibs and a very patient ferry company archivist.",
            '<meta property="og:type" content="website"><meta property="og:site_name" content="Reddit">',
        )
        + '<body class="v2 theme-beta"><shreddit-app pagetype="post_detail" routename="post_page"><reddit-header-large>'
        '<header class="v2 flex"><a href="/" aria-label="Home">reddit</a><faceplate-search-input placeholder="Search in '
        'r/Cartography"></faceplate-search-input><a href="/login/">Log In</a><button>Get App</button></header>'
        '</reddit-header-large><div class="flex grid-container"><flex-left-nav-container><nav><a href="/">Home</a>'
        '<a href="/r/popular/">Popular</a><a href="/explore/">Explore</a></nav></flex-left-nav-container><main '
        f'class="main w-full" id="main-content"><shreddit-post author="{op}" id="t3_{pid}" post-title="I hand-drew every '
        f'ferry route in the Sound" comment-count="{len(rows) + 9}" score="2841" subreddit-prefixed-name="r/{sub}" '
        f'created-timestamp="2024-05-01T15:22:09.000000+0000"><span slot="credit-bar"><a href="/r/{sub}/">r/{sub}</a> '
        f'• <faceplate-timeago ts="2024-05-01T15:22:09.000000+0000">3d ago</faceplate-timeago> <a href="/user/{op}/">'
        f'{op}</a></span><h1 slot="title" id="post-title-t3_{pid}">I hand-drew every ferry route in the Sound</h1>'
        '<span slot="post-flair">OC</span><div slot="text-body"><div class="md">' + post_body + "</div></div>"
        '<img slot="post-media" src="https://i.redd.example/ferry-map.jpg" alt="Hand-drawn map of ferry routes">'
        "</shreddit-post>"
        '<comment-composer-host><faceplate-textarea-input placeholder="Join the conversation"></faceplate-textarea-input>'
        '</comment-composer-host><div class="flex items-center"><shreddit-sort-dropdown>Sort by: <button>Best</button>'
        '</shreddit-sort-dropdown><faceplate-search-input placeholder="Search Comments"></faceplate-search-input></div>'
        f'<shreddit-comment-tree id="comment-tree" post-id="t3_{pid}" totalcomments="{len(rows) + 9}">'
        + "".join(comment(n, 0, None) for n in forest)
        + f'</shreddit-comment-tree><faceplate-partial loading="action" src="/svc/shreddit/more-comments/{sub}/t3_{pid}'
        '"><button class="button-secondary">View more comments</button></faceplate-partial></main><aside '
        'class="right-sidebar"><div class="community-info"><h2>r/Cartography</h2><p>A place for maps, map makers and map '
        'lovers.</p><p><faceplate-number number="412000">412K</faceplate-number> Members</p></div><div class="rules">'
        "<h3>Rules</h3><ol><li>Credit sources</li><li>No low-effort posts</li><li>Be kind</li></ol></div>"
        '<div class="related"><h3>Related posts</h3><a href="/r/MapPorn/comments/1ci9a/">Every lighthouse on the '
        'coast</a></div></aside></div></shreddit-app><footer><a href="/policies/user-agreement">User Agreement</a> '
        '<a href="/policies/privacy-policy">Privacy Policy</a> Reddit, Inc. © 2024. All rights reserved.</footer>'
        "</body></html>"
    )
    return url, page, truth(rows, ago, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 3. Facebook-comments-plugin-like, Mexico


ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]  # fmt: skip


def fb_plugin() -> tuple:
    """A Mexican regional paper with a Facebook-comments-plugin-like box (atomic, opaque classes):
    "Más relevantes" order, each comment a role="article" box labelled "Comentario de Name", one
    level of replies in a container after that box inside the same list item, each labelled
    "Respuesta de Name al comentario de Parent"; long reply lists show two and a "Ver N respuestas
    más" button (the rest not loaded), "Cargar 10 comentarios más" at the end. Under some names a
    workplace or school line and a "Fan destacado" badge; ages short ("5 min", "3 h", "2 d",
    "1 sem") in an <abbr> with data-utime (epoch seconds) and the local date in its title."""
    url = "https://www.eldiariodelbajio.example.mx/local/2024/05/03/suben-tarifas-del-transporte-en-leon/"
    cst = timezone(timedelta(hours=-6))
    start = datetime(2024, 4, 26, 7, 0, tzinfo=cst)
    namer = pair(ES_FIRST, ES_LAST)
    forest = make_tree(903, [10, 5], namer, texts(ES_WORDS), start, (20, 700), 16, 30, 1, start_id=5500)
    hidden: dict[int, int] = {}
    for root in forest:
        if len(root.children) > 2 and root.cid % 2 == 0:
            hidden[id(root)] = len(root.children) - 2
            root.children = root.children[:2]
    rows = list(flatten(forest))
    redraw_self_replies(rows, namer, 9031)
    now = max(n.when for n, _, _ in rows) + timedelta(hours=2, minutes=35)
    lines = ["Trabaja en Secretaría de Movilidad", "", "Universidad de Guanajuato", "", "", "León, Guanajuato", ""]

    def short(n: Node) -> str:
        return (
            age_units(now, n.when, ("{n} min", "{n} h", "{n} d", "{n} sem"))
            or f"{n.when.day} {ES_MONTHS[n.when.month - 1][:3]}"
        )

    def full(n: Node) -> str:
        d = n.when
        return f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month - 1]} de {d.year} a las {d.strftime('%H:%M')}"

    def box(n: Node, parent: Node | None) -> str:
        label = (
            f"Respuesta de {n.author} al comentario de {parent.author}"
            if parent is not None
            else f"Comentario de {n.author}"
        )
        sub = lines[n.cid % len(lines)]
        sub_html = f'<div class="{css("x1sub")}">{esc(sub)}</div>' if sub else ""
        fan = f'<span class="{css("x1fan")}">Fan destacado</span>' if n.cid % 9 == 4 else ""
        likes = votes(n, 40)
        like_html = (
            f'<span class="{css("x1lk")}" aria-label="{likes} reacciones">👍 {likes}</span>' if likes > 3 else ""
        )
        edited = f' · <span class="{css("x1ed")}">Editado</span>' if n.cid % 8 == 6 else ""
        profile = n.author.lower().replace(" ", ".").replace("á", "a").replace("í", "i").replace("é", "e")
        return (
            f'<div role="article" aria-label="{esc(label)} hace {short(n)}" class="{css("x1art")}">'
            f'<a href="https://www.facebook.example/{profile}" class="{css("x1av")}" tabindex="-1"><img src="https://'
            f'scontent.fbcdn.example/v/t1/{n.cid}.jpg" alt="" width="{32 if parent else 40}"></a><div class="'
            f'{css("x1col")}"><div class="{css("x1bub")}"><a href="https://www.facebook.example/{profile}" class="'
            f'{css("x1nm")}">{esc(n.author)}</a>{fan}{sub_html}<div class="{css("x1tx")}" dir="auto">{p_html(n)}</div>'
            f'</div><div class="{css("x1act")}"><a role="button" class="{css("x1btn")}">Me gusta</a> · <a role="button" '
            f'class="{css("x1btn")}">Responder</a> · {like_html}{" · " if like_html else ""}<a href="{url}?fb_comment_id='
            f'{9000000 + n.cid}_{9100000 + n.cid}" class="{css("x1ts")}"><abbr data-utime="{int(n.when.timestamp())}" '
            f'title="{full(n)}" class="livetimestamp">{short(n)}</abbr></a>{edited}</div></div></div>'
        )

    def item(root: Node) -> str:
        replies = ""
        if root.children:
            more = hidden.get(id(root), 0)
            more_html = (
                f'<div role="button" tabindex="0" class="{css("x1more")}">↳ Ver {more} respuesta{"s" if more > 1 else ""} '
                "más</div>"
                if more
                else ""
            )
            replies = (
                f'<div class="{css("x1rep")}"><ul class="{css("x1ul")}">'
                + "".join(f'<li class="{css("x1li")}">{box(c, root)}</li>' for c in root.children)
                + f"</ul>{more_html}</div>"
            )
        return f'<li class="{css("x1li")}">{box(root, None)}{replies}</li>'

    body = "".join(f"<p>{esc(p)}</p>" for p in article(9032, 6, ES_WORDS))
    title = "Suben las tarifas del transporte urbano en León a partir de junio"
    total = len(rows) + sum(hidden.values()) + 37
    page = (
        head(
            f"{title} | El Diario del Bajío",
            url,
            "El pasaje pasará de 12 a 14 pesos; estudiantes y adultos mayores conservarán la tarifa preferencial.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-04-26T06:15:00-06:00"><meta property="fb:app_id" content="1234567890">',
            "es",
        )
        + f'<body><div id="fb-root"></div><header class="{css("hdr")}"><a class="{css("logo")}" href="/">El Diario del '
        f'Bajío</a><nav class="{css("nav")}"><a href="/local/">Local</a><a href="/estado/">Estado</a><a href="/'
        'nacional/">Nacional</a><a href="/deportes/">Deportes</a><a href="/opinion/">Opinión</a></nav><span '
        f'class="{css("clima")}">León 29°C</span></header><main class="{css("main")}"><article class="{css("art")}">'
        f'<p class="{css("sec")}">Local</p><h1>{title}</h1><p class="{css("sum")}">El pasaje pasará de 12 a 14 pesos; '
        f'estudiantes y adultos mayores conservarán la tarifa preferencial.</p><p class="{css("by")}">Por Rocío '
        f'Valdivia · 26 de abril de 2024 · 06:15</p><figure><img src="/img/2024/04/camiones.jpg" alt=""><figcaption>'
        f'Foto: Archivo</figcaption></figure><div class="{css("body")}">{body}</div><div class="{css("tags")}">'
        '<a href="/tag/transporte/">transporte</a> <a href="/tag/leon/">León</a></div></article>'
        f'<section class="{css("x1plugin")}" aria-label="Comentarios"><div class="{css("x1head")}"><span class="'
        f'{css("x1cnt")}">{total} comentarios</span><label class="{css("x1sort")}">Ordenar por <select><option '
        "selected>Más relevantes</option><option>Más recientes</option><option>Más antiguos</option></select></label>"
        f'</div><div class="{css("x1comp")}"><img src="/img/avatar-anon.png" alt=""><div class="{css("x1ph")}" '
        f'role="textbox" aria-label="Agrega un comentario...">Agrega un comentario...</div></div><ul class="'
        f'{css("x1list")}">'
        + "".join(item(r) for r in forest)
        + f'</ul><button class="{css("x1load")}">Cargar 10 comentarios más</button><div class="{css("x1foot")}">'
        '<a href="https://developers.facebook.example/products/social-plugins/comments/">Plugin de comentarios de '
        f'Facebook</a></div></section></main><aside class="{css("side")}"><h3>Lo más leído</h3><ol><li><a href="/local/'
        '2024/05/02/bache-malecon/">Bache en el Malecón del Río causa tres accidentes</a></li><li><a href="/deportes/'
        '2024/05/02/club-leon/">El Club León anuncia refuerzos</a></li></ol></aside><footer class="'
        f'{css("foot")}">© 2024 El Diario del Bajío. Todos los derechos reservados. <a href="/aviso-de-privacidad/">Aviso '
        "de privacidad</a></footer></body></html>"
    )
    return url, page, truth(rows, short, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 4. Turkish portal, per-level generated classes


def styled_levels() -> tuple:
    """A Turkish city news portal built with a CSS-in-JS library: the comments are one flat list in
    thread order, every item carries the component's class and one generated class per depth, and
    only an inline stylesheet says which of those classes indents by how much (padding-left and a
    left border). Names or nicknames, "Editörün seçimi" badges, a removed comment's notice, like /
    dislike counts, "Yanıtla" and "Şikayet et"; ages "12 dakika önce" / "5 saat önce" within a day,
    else "3 Mayıs 2024 14:22" (Turkey time), no machine-readable date."""
    url = "https://www.ege-gazetesi.example.com.tr/izmir/izmirde-vapur-seferlerine-yaz-tarifesi-haberi-412733"
    trt = timezone(timedelta(hours=3))
    start = datetime(2024, 5, 2, 19, 0, tzinfo=trt)

    def namer(r: random.Random) -> str:
        return r.choice(TR_NICKS) if r.random() < 0.3 else f"{r.choice(TR_FIRST)} {r.choice(TR_LAST)}"

    forest = make_tree(904, [7, 3, 2, 2], namer, texts(TR_WORDS), start, (8, 150), 16, 26, 3, start_id=41200)
    rows = list(flatten(forest))
    redraw_self_replies(rows, namer, 9041)
    now = rows[-1][0].when + timedelta(hours=1, minutes=50)
    comp = "sc-" + letters("Yorum")
    levels = [letters(f"Yorum-seviye-{d}") for d in range(5)]
    style = (
        "".join(
            f".{levels[d]}{{padding-left:{d * 44}px;{'border-left:2px solid #e3e7ec;' if d else ''}}}" for d in range(5)
        )
        + f".{comp}{{display:flex;gap:12px;padding-top:14px;padding-bottom:14px}}"
    )

    def shown(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"{int(s // 60)} dakika önce"
        if s < 86400:
            return f"{int(s // 3600)} saat önce"
        d = n.when
        return f"{d.day} {TR_MONTHS[d.month - 1]} {d.year} {d.strftime('%H:%M')}"

    def iso(n: Node) -> str | None:
        return None if (now - n.when).total_seconds() < 86400 else naive(n.when)

    def item(n: Node, d: int) -> str:
        badge = f'<span class="{css("secim")}">Editörün seçimi</span>' if n.cid % 11 == 3 else ""
        up, down = votes(n, 45), n.cid % 7
        return (
            f'<div class="{comp} {levels[d]}" data-id="{n.cid}"><div class="{css("av")}">{esc(n.author[0].upper())}</div>'
            f'<div class="{css("gv")}"><div class="{css("ust")}"><span class="{css("ad")}">{esc(n.author)}</span>{badge}'
            f'<span class="{css("tarih")}">{shown(n)}</span></div><div class="{css("metin")}">{p_html(n)}</div><div '
            f'class="{css("alt")}"><button class="{css("beg")}" aria-label="Beğen">👍 {up}</button><button class="'
            f'{css("begm")}" aria-label="Beğenme">👎 {down}</button><button class="{css("yan")}">Yanıtla</button>'
            f'<button class="{css("sik")}">Şikayet et</button></div></div></div>'
        )

    items = []
    removed = False
    for k, (n, d, _) in enumerate(rows):
        if d == 0 and k > 4 and not removed:
            removed = True
            items.append(
                f'<div class="{comp} {levels[0]}"><div class="{css("silindi")}">Bu yorum, yorum kurallarına aykırı '
                "olduğu için kaldırılmıştır.</div></div>"
            )
        items.append(item(n, d))
    body = "".join(f"<p>{esc(p)}</p>" for p in article(9042, 6, TR_WORDS))
    title = "İzmir'de vapur seferlerine yaz tarifesi: Karşıyaka hattına ek sefer"
    page = (
        head(
            f"{title} - Ege Gazetesi",
            url,
            "İZDENİZ yaz tarifesini açıkladı; Karşıyaka-Konak hattında sefer sayısı artıyor.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            f'content="2024-05-02T18:10:00+03:00"><style data-styled="active">{style}</style>',
            "tr",
        )
        + f'<body><div id="__next"><header class="{css("hd")}"><a class="{css("logo")}" href="/">Ege Gazetesi</a><nav '
        f'class="{css("nav")}"><a href="/izmir/">İzmir</a><a href="/gundem/">Gündem</a><a href="/ekonomi/">Ekonomi</a>'
        f'<a href="/spor/">Spor</a><a href="/yazarlar/">Yazarlar</a></nav><div class="{css("doviz")}">USD 32,41 · EUR '
        f'34,87</div></header><main class="{css("main")}"><article class="{css("haber")}"><nav class="{css("bc")}"><a '
        f'href="/">Anasayfa</a> › <a href="/izmir/">İzmir</a></nav><h1>{title}</h1><h2 class="{css("spot")}">İZDENİZ '
        f'yaz tarifesini açıkladı; Karşıyaka-Konak hattında sefer sayısı artıyor.</h2><div class="{css("meta")}">'
        f'Haber Merkezi · 02.05.2024 18:10 · Güncelleme: 02.05.2024 19:02</div><div class="{css("icerik")}">{body}'
        f'</div><div class="{css("etiket")}"><a href="/etiket/vapur/">vapur</a> <a href="/etiket/izdeniz/">İZDENİZ</a>'
        f'</div></article><section class="{css("yorumlar")}" id="yorumlar"><h2 class="{css("baslik")}">Yorumlar '
        f'({len(rows) + 1})</h2><form class="{css("form")}"><input placeholder="Adınız"><textarea placeholder="Yorumunuzu '
        f'yazın..."></textarea><label><input type="checkbox"> Yorum kurallarını okudum.</label><button>Gönder</button>'
        f'</form><div class="{css("liste")}">'
        + "".join(items)
        + f'</div><button class="{css("dahafazla")}">Daha fazla yorum yükle</button></section></main><aside class="'
        f'{css("yan")}"><h3>Çok okunanlar</h3><ol><li><a href="/izmir/metro-hatti-412700">Narlıdere metrosunda yeni '
        'düzenleme</a></li><li><a href="/spor/goztepe-412702">Göztepe deplasmandan puanla döndü</a></li></ol></aside>'
        f'<footer class="{css("ft")}">© 2024 Ege Gazetesi · Künye · İletişim · Gizlilik Politikası</footer></div></body>'
        "</html>"
    )
    return url, page, truth(rows, shown, iso), None


# ---------------------------------------------------------------- 5. public-inbox-like thread, Message-ID headers


def inbox_thread() -> tuple:
    """A mailing-list archive in the shape of public-inbox (lore) showing a whole thread on one
    page: the first message (an RFC, not a comment) and every reply in thread order, each a <pre>
    with full headers (From, To, Cc, Subject, Date in the sender's own offset, Message-ID,
    In-Reply-To, References) and a plain-text body: an "On ..., X wrote:" line and "> " quotes of
    the message answered, the writer's words, some "-- " signatures. The parent is named only by
    In-Reply-To (= its Message-ID); a thread overview at the end indents subjects by spaces."""
    lst = "fieldkit-dev"
    start = datetime(2024, 5, 3, 6, 20, tzinfo=UTC)
    names = pair(ML_FIRST, ML_LAST)
    forest = make_tree(905, [5, 3, 2, 2], names, texts(ML_WORDS, 3), start, (10, 300), 12, 20, 3, start_id=300)
    chrono(forest, 9051, start, (9, 260))
    rows = list(flatten(forest))
    redraw_self_replies(rows, names, 9052)
    first = Node("Greta Achterberg", article(9053, 3, ML_WORDS), start - timedelta(minutes=37), 299)
    subject = "[RFC] logger: keep the sample clock in UTC"
    zones = [2, 1, 0, -4, 5.5, 2, 9, -7]

    def local(n: Node) -> datetime:
        return n.when.astimezone(timezone(timedelta(hours=zones[zlib.crc32(n.author.encode()) % len(zones)])))

    def addr(name: str) -> str:
        return name.lower().replace(" ", ".") + ("@survey.example.org" if len(name) % 2 else "@mail.example.net")

    def mid(n: Node) -> str:
        if n.cid % 3 == 0:
            return f"CA+{b36(n.cid * 104729 + 77)}{b36(n.cid * 15485863)}@mail.example.com"
        return f"{n.when.strftime('%Y%m%d%H%M%S')}.{n.cid * 37 % 99991}-1-{addr(n.author).split('@')[0]}@{addr(n.author).split('@')[1]}"

    def rfc(n: Node) -> str:
        return local(n).strftime("%a, %d %b %Y %H:%M:%S %z")

    def wrap(text: str, prefix: str = "") -> str:
        return "\n".join(prefix + line for line in textwrap.wrap(text, 72 - len(prefix)))

    parent_of = {id(n): p for n, _, p in rows}

    def chain(n: Node) -> list[Node]:
        out: list[Node] = []
        p = parent_of.get(id(n))
        while p is not None:
            out.insert(0, p)
            p = parent_of.get(id(p))
        return [first, *out]

    def body(n: Node, answered: Node) -> str:
        own = "\n\n".join(wrap(p) for p in n.paras)
        ad = local(answered)
        lead = (
            f"On {ad.strftime('%a, %d %b %Y at %H:%M')}, {answered.author} <{addr(answered.author)}> wrote:"
            if n.cid % 2
            else f"On {ad.strftime('%d/%m/%Y %H:%M')}, {answered.author} wrote:"
        )
        quoted = lead + "\n" + wrap(answered.paras[0], "> ")
        if n.cid % 4 == 0 and len(answered.paras) > 1:
            quoted += "\n>\n" + wrap(answered.paras[1], "> ")
        out = quoted + "\n\n" + own
        if n.cid % 3 != 1:
            out += f"\n\n-- \n{n.author}\n{['Field Kit project', 'River Survey Group', 'https://' + addr(n.author).split('@')[1]][n.cid % 3]}"
        return out

    def message(n: Node, answered: Node | None) -> str:
        anchor = f"m{zlib.crc32(mid(n).encode()):08x}"
        subj = subject if answered is None else "Re: " + subject
        refs = chain(n) if answered is not None else []
        cc = sorted({m.author for m in refs[-2:]} - {n.author})
        headers = [
            f"From: {esc(n.author)} &lt;{esc(addr(n.author))}&gt;",
            f"To: {lst}@lists.example.org",
            *([f"Cc: {', '.join(esc(f'{c} <{addr(c)}>') for c in cc)}"] if cc else []),
            f"Subject: {esc(subj)}",
            f"Date: {rfc(n)}",
            f'Message-ID: &lt;<a href="../{esc(mid(n))}/">{esc(mid(n))}</a>&gt;',
        ]
        if answered is not None:
            headers.append(f'In-Reply-To: &lt;<a href="../{esc(mid(answered))}/">{esc(mid(answered))}</a>&gt;')
            headers.append("References: " + "\n ".join(f"&lt;{esc(mid(m))}&gt;" for m in refs))
        text = body(n, answered) if answered is not None else "\n\n".join(wrap(p) for p in n.paras)
        utc = n.when.astimezone(UTC)
        return (
            f'<pre id="{anchor}"><a href="#e{anchor}">*</a> <b>{esc(subj)}</b>\n' + "\n".join(headers) + "\n\n"
            f"{esc(text)}\n</pre>"
            f'<pre><a href="#R{anchor}" id="e{anchor}">reply</a>\tother threads:[<a href="../../?t='
            f'{utc.strftime("%Y%m%d%H%M%S")}">~{utc.strftime("%Y-%m-%d %H:%M")} UTC</a>|<a href="../../">newest</a>]'
            "</pre><hr>"
        )

    def overview_line(n: Node, depth: int, subj: str = "") -> str:
        utc = n.when.astimezone(UTC)
        anchor = f"m{zlib.crc32(mid(n).encode()):08x}"
        ind = "  " * depth
        mark = "` " if depth else ""
        return f'{utc.strftime("%Y-%m-%d %H:%M")} {ind}{mark}<a href="#{anchor}">{esc(subj or n.author)}</a>{" " + esc(n.author) if subj else ""}'

    url = f"https://lore.lists.example.org/{lst}/{mid(first)}/T/"
    msgs = message(first, None) + "".join(message(n, p or first) for n, _, p in rows)
    overview = "\n".join([overview_line(first, 0, subject), *(overview_line(n, d + 1) for n, d, _ in rows)])
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + esc(subject) + " - Greta Achterberg</title>"
        '<link rel=alternate title="Atom feed" href="../../new.atom" type="application/atom+xml">'
        "<style>pre{white-space:pre-wrap}*{font-size:100%;font-family:monospace}</style></head><body>"
        f'<form action="../../"><pre><a href="../../?t=20240503070101">latest</a> <a href="../../">{lst}.lists.'
        'example.org archive mirror</a>\n<input name=q type=text><input type=submit value=search> <a href="../../_/text/'
        'help/">help</a> / <a href="../../_/text/color/">color</a> / <a id=mirror href="../../_/text/mirror/">mirror'
        '</a> / <a href="../../new.atom">Atom feed</a></pre></form><hr>'
        + msgs
        + f'<pre id="t">Thread overview: {len(rows) + 1}+ messages (download: <a href="../t.mbox.gz">mbox.gz</a> / '
        f'follow: <a href="../t.atom">Atom feed</a>)\n-- links below jump to the message on this page --\n{overview}\n'
        f'</pre><hr><pre>This is a public inbox, see <a href="../../_/text/mirror/">mirroring instructions</a>\nfor '
        "how to clone and mirror all data and code used for this inbox</pre></body></html>"
    )
    return url, page, truth(rows, rfc, lambda n: local(n).isoformat()), None


# ---------------------------------------------------------------- 6. Japanese tree-style board, box-drawing depth


def ja_rail(rng: random.Random) -> list[str]:
    count = 1 if rng.random() < 0.7 else 2
    return [
        "".join(
            "".join(rng.choice(JA_RAIL) for _ in range(rng.randint(5, 10))) + "。" for _ in range(rng.randint(1, 2))
        )
        for _ in range(count)
    ]


def tree_bbs() -> tuple:
    """A railway fans' site with an old Japanese tree-style board (ツリー一括表示): the topic's
    first message (not a comment), then every message of the tree flat, each a small table whose
    first cell draws the tree with box-drawing characters ("┃　┣", "┗"): the only sign of the
    depth. Subject ("Re: ..."), name, "2024/05/03(金) 14:22" and "No.1210" in the head, the text in
    a <blockquote> with <br>, some opening with "＞" quotes of the message answered; a "★管理人"
    mark, a deleted message's notice, [返信] links."""
    url = "https://tetsudo-note.example.jp/bbs/tree.cgi?mode=all&no=1204"
    jst = timezone(timedelta(hours=9))
    start = datetime(2024, 5, 1, 20, 0, tzinfo=jst)
    forest = make_tree(906, [5, 3, 2, 2], pick(JA_BBS_NAMES), ja_rail, start, (20, 400), 14, 22, 3, start_id=1205)
    rows = list(flatten(forest))
    no_self_replies(rows, JA_BBS_NAMES)
    admin = "ぽっぽや"
    number = {id(n): 1205 + i for i, (n, _, _) in enumerate(rows)}
    gone = Node("", [], rows[4][0].when + timedelta(minutes=30), 0, extra={"deleted": True})
    forest[1].children.append(gone)
    number[id(gone)] = 1205 + len(rows)

    def shown(n: Node) -> str:
        d = n.when
        return f"{d.strftime('%Y/%m/%d')}({JA_DAYS[d.weekday()]}) {d.strftime('%H:%M')}"

    topic = "只見線みたいに残せないか（北部ローカル線の存続）"
    first = Node(
        "元沿線住民", [ja_rail(random.Random(9061 + i))[0] for i in range(3)], start - timedelta(hours=5), 1204
    )
    parent_of = {id(n): p for n, _, p in rows}

    def msg(n: Node, lead: str, cont: str) -> str:
        no = number[id(n)]
        if n.extra.get("deleted"):
            return (
                f'<table class="tree" cellspacing="0" cellpadding="2"><tr><td class="k" nowrap><tt>{lead}</tt></td>'
                f'<td class="h"><font color="#999999">（この記事は投稿者により削除されました）</font> [No.{no}]</td></tr>'
                "</table>"
            )
        p = parent_of.get(id(n))
        subj = f"Re^2: {topic[:8]}…" if p is not None and n.cid % 4 == 0 else f"Re: {topic}"
        mark = ' <font color="#cc0000">★管理人</font>' if n.author == admin else ""
        quote = ""
        if p is not None and n.cid % 3 == 0:
            quote = f'<font color="#777777">＞{esc(p.paras[0].split("。")[0])}。</font><br><br>'
        text = "<br><br>".join(esc(x) for x in n.paras)
        return (
            f'<table class="tree" cellspacing="0" cellpadding="2" width="100%"><tr><td class="k" nowrap valign="top"><tt>'
            f'{lead}</tt></td><td class="h"><a name="{no}"></a><b class="subj">{esc(subj)}</b> - <span class="name">'
            f'{esc(n.author)}</span>{mark} <small class="date">{shown(n)}</small> <small>[No.{no}]</small></td></tr>'
            f'<tr><td class="k" nowrap valign="top"><tt>{cont}</tt></td><td class="b"><blockquote>{quote}{text}'
            f'</blockquote><div class="res">[<a href="tree.cgi?mode=res&amp;no={no}">返信</a>] [<a href="tree.cgi?'
            f'mode=edit&amp;no={no}">編集</a>]</div></td></tr></table>'
        )

    def draw(nodes: list[Node], prefix: str) -> str:
        out = ""
        for i, n in enumerate(nodes):
            last = i == len(nodes) - 1
            out += msg(n, prefix + ("┗" if last else "┣"), prefix + ("　" if last else "┃") + "　")
            out += draw(n.children, prefix + ("　" if last else "┃"))
        return out

    opening = (
        f'<table class="tree top" cellspacing="0" cellpadding="2" width="100%"><tr><td class="h"><a name="1204"></a>'
        f'<b class="subj">{esc(topic)}</b> - <span class="name">{first.author}</span> <small class="date">'
        f'{shown(first)}</small> <small>[No.1204]</small></td></tr><tr><td class="b"><blockquote>'
        + "<br><br>".join(esc(x) for x in first.paras)
        + '</blockquote><div class="res">[<a href="tree.cgi?mode=res&amp;no=1204">返信</a>]</div></td></tr></table>'
    )
    page = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html lang="ja"><head><meta '
        'http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>鉄道ノート掲示板 - '
        + esc(topic)
        + "</title>"
        "<style>td.k{font-family:monospace;color:#7a8a99}td.h{background:#eef3f8}blockquote{margin:4px 0 8px 12px}"
        '</style></head><body bgcolor="#ffffff" text="#333333" link="#0044aa"><div align="center"><a href="/">'
        '<img src="/img/title.gif" alt="鉄道ノート" border="0"></a><br><font size="2">[<a href="/">トップ</a>] [<a href'
        '="/diary/">乗車記</a>] [<a href="/photo/">写真館</a>] [<a href="tree.cgi">掲示板トップ</a>] [<a href="tree.cgi?'
        'mode=new">新規投稿</a>] [<a href="tree.cgi?mode=find">ワード検索</a>] [<a href="tree.cgi?mode=past">過去ログ'
        '</a>]</font></div><hr size="1"><p><font size="2">※ 誹謗中傷・宣伝の書き込みは管理人の判断で削除します。</font></p>'
        f'<h2 class="topic">■ {esc(topic)}</h2>'
        + opening
        + draw(forest, "")
        + '<hr size="1"><form action="tree.cgi" method="post"><input type="hidden" name="mode" value="res"><input '
        'type="hidden" name="no" value="1204">おなまえ <input name="name" size="20"> 題名 <input name="sub" size="30" '
        'value="Re: "><br><textarea name="comment" cols="60" rows="6"></textarea><br>削除キー <input type="password" '
        'name="pwd" size="8"> <input type="submit" value="返信する"></form><hr size="1"><div align="center"><font '
        'size="2">&lt;&lt; <a href="tree.cgi?mode=all&amp;no=1188">前のツリー</a> | <a href="tree.cgi?mode=all&amp;no='
        '1231">次のツリー</a> &gt;&gt;</font><br><font size="1">- Tree BBS v3.2 -</font></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 7. CommentPress-like, comments per paragraph


def commentpress() -> tuple:
    """A French open edition in the shape of CommentPress: the chapter's paragraphs carry "¶ N"
    markers and comment-count icons; the comments stand in a sidebar, grouped by what they are on:
    "Commentaires sur l'ensemble de la page", then one section per paragraph ("2 commentaires sur
    le paragraphe 3" or "Aucun commentaire sur le paragraphe 4"), each a threaded list (<ol
    class="commentlist">, replies in <ul class="children">). The editor answers with an "Autrice"
    label; dates "3 mai 2024 à 10 h 14" (Paris time)."""
    url = "https://editions-ouvertes.example.fr/memoires-du-canal/chapitre-3-les-eclusiers/"
    cest = timezone(timedelta(hours=2))
    start = datetime(2024, 4, 29, 9, 0, tzinfo=cest)
    forest = make_tree(907, [11, 3, 2], pick(FR_NAMES), texts(FR_WORDS), start, (15, 500), 18, 28, 2, start_id=880)
    editor = "Mathilde Perrin"
    rng = random.Random(9071)
    for n, d, _p in flatten(forest):
        if d >= 1 and rng.random() < 0.25:
            n.author = editor
    redraw_self_replies(list(flatten(forest)), pick(FR_NAMES), 9072)
    n_paras = 7
    group = {id(r): rng.choice([0, 1, 1, 2, 3, 3, 5, 6, 7]) for r in forest}
    groups = [[r for r in forest if group[id(r)] == g] for g in range(n_paras + 1)]
    rows = [row for g in groups for row in flatten(g)]

    def shown(n: Node) -> str:
        d = n.when
        return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year} à {d.hour} h {d.strftime('%M')}"

    def li(n: Node, depth: int) -> str:
        byauthor = n.author == editor
        label = ' <span class="comment-author-label">Autrice</span>' if byauthor else ""
        kids = "".join(li(c, depth + 1) for c in n.children)
        kids = f'<ul class="children">{kids}</ul>' if kids else ""
        return (
            f'<li class="comment {"byuser bypostauthor" if byauthor else ""} depth-{depth}" id="li-comment-{n.cid}">'
            f'<div class="comment-wrapper"><div class="comment-identifier"><img alt="" src="/avatar/{n.cid % 12}.png" '
            f'class="avatar avatar-32" height="32" width="32"><cite class="fn">{esc(n.author)}</cite>{label}<a '
            f'class="comment_permalink" href="{url}#comment-{n.cid}" title="Lien permanent vers ce commentaire"><span '
            f'class="comment-assign"></span>{shown(n)}</a></div><div class="comment-content" id="comment-{n.cid}">'
            f'{p_html(n)}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={n.cid}'
            f'#respond">Répondre</a></div></div>{kids}</li>'
        )

    def section(g: int) -> str:
        count = sum(1 for _ in flatten(groups[g]))
        if g == 0:
            title = f"{count} commentaire{'s' if count > 1 else ''} sur l'ensemble de la page"
        elif count:
            title = f"{count} commentaire{'s' if count > 1 else ''} sur le paragraphe {g}"
        else:
            title = f"Aucun commentaire sur le paragraphe {g}"
        inner = f'<ol class="commentlist">{"".join(li(r, 1) for r in groups[g])}</ol>' if groups[g] else ""
        return (
            f'<h3 id="para_heading-{g}" class="para_heading"><a class="comment_block_permalink" href="#para_wrapper-{g}">'
            f'{title}</a></h3><div class="paragraph_wrapper" id="para_wrapper-{g}">{inner}<div class="reply_to_para" '
            f'id="reply_to_para-{g}"><p><a class="reply_to_para" href="#respond">'
            + ("Commenter la page entière" if g == 0 else f"Commenter le paragraphe {g}")
            + "</a></p></div></div>"
        )

    text = article(9073, n_paras, FR_WORDS)
    body = "".join(
        f'<p class="textblock" id="textblock-{i}"><span class="para_marker"><a href="#textblock-{i}">¶ {i}</a></span>'
        f'{esc(p)}<span class="commenticonbox"><a class="para_permalink" href="#para_heading-{i}" title="Commenter '
        f'ce paragraphe"><small class="comment_count">{sum(1 for _ in flatten(groups[i]))}</small></a></span></p>'
        for i, p in enumerate(text, 1)
    )
    title = "Chapitre 3 : Les éclusiers"
    page = (
        head(
            f"{title} | Mémoires du canal",
            url,
            "Troisième chapitre de l'édition collaborative des mémoires d'éclusiers du canal.",
            '<meta name="generator" content="WordPress 6.5"><meta property="og:type" content="article">',
            "fr",
        )
        + '<body class="page commentpress_page"><div id="container"><header id="header"><div id="page_title"><a '
        'href="https://editions-ouvertes.example.fr/memoires-du-canal/" id="title_link">Mémoires du canal</a><p '
        'id="tagline">Une édition ouverte aux commentaires</p></div><nav id="switcher"><ul><li><a href="#navigation">'
        'Navigation</a></li><li><a href="#content">Contenu</a></li><li><a href="#sidebar">Commentaires</a></li></ul>'
        '</nav></header><div id="toc_sidebar"><h3 class="activity_heading">Sommaire</h3><ul id="toc_list"><li><a '
        'href="../introduction/">Introduction</a></li><li><a href="../chapitre-1-le-bief/">Chapitre 1 : Le bief</a></li>'
        '<li><a href="../chapitre-2-les-peniches/">Chapitre 2 : Les péniches</a></li><li class="current_page_item"><a '
        f'href="{url}">{title}</a></li><li><a href="../chapitre-4-le-chomage/">Chapitre 4 : Le chômage</a></li></ul></div>'
        f'<div id="content" class="content"><div class="post"><h2 class="post_title">{title}</h2><div class="search_meta">'
        '<cite class="fn">Mathilde Perrin</cite> · 28 avril 2024</div>'
        + body
        + '<div class="page_nav_lower"><a href="../chapitre-2-les-peniches/">« Chapitre 2</a> | <a href="../chapitre-4-'
        'le-chomage/">Chapitre 4 »</a></div></div></div><div id="sidebar"><div id="comments_sidebar" class="sidebar_'
        'container"><div class="sidebar_header"><h2>Commentaires</h2></div><div class="sidebar_minimiser"><div '
        'class="comments_container">'
        + "".join(section(g) for g in range(n_paras + 1))
        + '</div></div><div id="respond" class="comment-respond"><h4 id="respond_title">Laisser un commentaire</h4>'
        '<form id="commentform"><p><label>Nom</label><input name="author"></p><p><label>Courriel</label><input '
        'name="email"></p><textarea name="comment"></textarea><input type="submit" value="Envoyer"></form></div></div>'
        '</div><footer id="footer"><p>Mémoires du canal — texte sous licence CC BY-SA 4.0 · Propulsé par WordPress et '
        "CommentPress</p></footer></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 8. Coral-like, flattened past the third level


def coral_stream() -> tuple:
    """A Lithuanian port-city news site with a Coral-like comment stream (stable coral-* classes
    beside hashed CSS-module ones): threads nest to a third level; deeper replies are flattened
    into the third level's list, each with "Atsakymas komentarui: Name" (every reply has that line;
    the nearest comment above by that name is the one answered); a "Redakcijos rinktiniai" block above the stream repeats two comments in full; a "Redakcija"
    badge, "Redaguota" marks, "Pritariu" counts. Ages relative ("prieš 3 val.", "prieš 2 d.")
    over <time datetime> in UTC with the local time in the title."""
    url = "https://www.pajurio-zinios.example.lt/naujienos/klaipeda/2024-05-03-keltu-bilietai-brangsta-nuo-birzelio"
    eest = timezone(timedelta(hours=3))
    start = datetime(2024, 5, 2, 8, 0, tzinfo=eest)
    forest = make_tree(
        908, [6, 3, 2, 2, 1], pick(LT_NAMES), texts(LT_WORDS), start, (6, 120), 16, 26, 4, start_id=61000
    )
    rows = list(flatten(forest))
    for _ in range(20):
        no_self_replies(rows, LT_NAMES)
        unambiguous(rows, LT_NAMES)
        if all(p is None or p.author != n.author for n, _, p in rows):
            break
    staff = "Lina Jonaitytė"
    for n, d, p in rows:
        if d == 1 and p is not None and n.cid % 3 == 0:
            n.author = staff
            break
    now = rows[-1][0].when + timedelta(hours=2, minutes=5)
    featured = [rows[1][0], rows[len(rows) // 2][0]]

    def rel(n: Node) -> str:
        return age_units(now, n.when, ("prieš {n} min.", "prieš {n} val.", "prieš {n} d.", "prieš {n} sav.")) or ""

    def box(n: Node, level: int, parent: Node | None) -> str:
        badge = f'<span class="coral coral-userBadge {css("Badge")}">Redakcija</span>' if n.author == staff else ""
        reply = (
            f'<div class="coral coral-comment-inReplyTo {css("InReplyTo")}"><svg aria-hidden="true"></svg> '
            f'Atsakymas komentarui: <span class="coral coral-username {css("Username")}">{esc(parent.author)}</span></div>'
            if parent is not None
            else ""
        )
        edited = (
            f' <span class="coral coral-comment-edited {css("Edited")}">(Redaguota)</span>' if n.cid % 7 == 2 else ""
        )
        return (
            f'<div class="coral coral-comment {css("Comment-root")}" id="comment-{n.cid}" data-testid="comment-{n.cid}" '
            f'role="article" aria-label="Komentaras nuo {esc(n.author)}"><div class="{css("Comment-topBar")}">'
            f'<button class="coral coral-username {css("Username-root")}">{esc(n.author)}</button>{badge}<time '
            f'class="coral coral-timestamp {css("Timestamp")}" datetime="{iso_z(n.when)}" title="'
            f'{n.when.strftime("%Y-%m-%d %H:%M")}">{rel(n)}</time>{edited}</div>{reply}<div class="coral '
            f'coral-content {css("HTMLContent")}">{p_html(n)}</div><div class="coral coral-comment-actionBar '
            f'{css("ActionBar")}"><button class="coral coral-reactButton">Pritariu <span>{votes(n, 25)}</span></button>'
            f'<button class="coral coral-comment-replyButton">Atsakyti</button><button class="coral '
            f'coral-comment-shareButton">Dalintis</button><button class="coral coral-reportButton">Pranešti</button>'
            "</div></div>"
        )

    def descendants(n: Node) -> list[tuple[Node, Node]]:
        out: list[tuple[Node, Node]] = []
        for c in n.children:
            out.append((c, n))
            out.extend(descendants(c))
        return out

    def thread(n: Node, level: int, parent: Node | None) -> str:
        own = box(n, level, parent)
        if level < 2:
            kids = "".join(thread(c, level + 1, n) for c in n.children)
            if kids:
                kids = (
                    f'<div class="coral coral-thread-replies coral-indent-{level + 1} {css(f"Indent-{level + 1}")}">'
                    f"{kids}</div>"
                )
            return f'<div class="coral coral-thread {css("CommentThread")}" data-level="{level}">{own}{kids}</div>'
        return own + "".join(box(c, level, p) for c, p in descendants(n))

    def feat(n: Node) -> str:
        return (
            f'<div class="coral coral-featuredComment {css("FeaturedComment")}"><div class="coral '
            f'coral-featuredComment-content">{p_html(n)}</div><div class="{css("FeaturedMeta")}"><span class="coral '
            f'coral-username">{esc(n.author)}</span> <time datetime="{iso_z(n.when)}">{rel(n)}</time> <a class="coral '
            f'coral-featuredComment-goToConversation" href="#comment-{n.cid}">Eiti į pokalbį ›</a></div></div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(9081, 6, LT_WORDS))
    title = "Keltų bilietai į Smiltynę brangsta nuo birželio"
    page = (
        head(
            f"{title} | Pajūrio žinios",
            url,
            "Nuo birželio 1 dienos keleivio bilietas į Smiltynę kainuos beveik ketvirtadaliu daugiau.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-02T07:40:00+03:00">',
            "lt",
        )
        + f'<body><header class="{css("Header")}"><a href="/" class="{css("Logo")}">Pajūrio žinios</a><nav class="'
        f'{css("Nav")}"><a href="/naujienos/">Naujienos</a><a href="/naujienos/klaipeda/">Klaipėda</a><a href="/verslas/'
        f'">Verslas</a><a href="/sportas/">Sportas</a><a href="/nuomones/">Nuomonės</a></nav></header><main class="'
        f'{css("Main")}"><article class="{css("Article")}"><h1>{title}</h1><p class="{css("Lead")}">Nuo birželio 1 dienos '
        f'keleivio bilietas į Smiltynę kainuos beveik ketvirtadaliu daugiau.</p><p class="{css("Byline")}">Rasa '
        f'Mockutė · 2024-05-02 07:40</p><div class="{css("Body")}">{body}</div></article>'
        f'<div id="coral_thread" class="{css("CoralEmbed")}"><div class="coral coral-stream {css("Stream-root")}">'
        f'<div class="coral coral-stream-tabBar" role="tablist"><button role="tab" aria-selected="true" class="coral '
        f'coral-tabBarMainTab">Visi komentarai ({len(rows)})</button><button role="tab" aria-selected="false" class="'
        'coral coral-tabBarFeaturedTab">Rinktiniai (2)</button></div><div class="coral coral-createComment"><div '
        'class="coral coral-createComment-signIn">Prisijunkite, kad galėtumėte komentuoti. <button>Prisijungti'
        '</button></div></div><section class="coral coral-featuredComments"><h3>Redakcijos rinktiniai</h3>'
        + "".join(feat(n) for n in featured)
        + '</section><div class="coral coral-allComments"><div class="coral coral-sortMenu">Rikiuoti: <select>'
        "<option selected>Seniausi pirmiau</option><option>Naujausi pirmiau</option><option>Daugiausiai pritarimų"
        '</option></select></div><div role="log" aria-live="polite">'
        + "".join(thread(n, 0, None) for n in forest)
        + '</div><button class="coral coral-loadMoreButton">Įkelti daugiau</button></div><div class="coral '
        'coral-guidelines">Komentuodami laikykitės bendruomenės taisyklių.</div></div></div></main><aside class="'
        f'{css("Aside")}"><h3>Skaitomiausi</h3><ul><li><a href="/naujienos/klaipeda/2024-05-02-uosto-gylis">Uosto '
        'gilinimas vėluoja</a></li><li><a href="/sportas/2024-05-02-neptunas">„Neptūnas“ – pusfinalyje</a></li></ul>'
        f'</aside><footer class="{css("Footer")}">© 2024 Pajūrio žinios. Visos teisės saugomos.</footer></body></html>'
    )
    return url, page, truth(rows, rel, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 9. Swahili audio page, comments by track time


SW_MONTHS = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
             "Novemba", "Desemba"]  # fmt: skip


def timed_comments() -> tuple:
    """A Kenyan audio platform's episode page (a SoundCloud-like React app, opaque classes): the
    episode notes, a waveform strip with commenters' avatars placed at their timecodes, then the
    comments sorted by track time ("Muda wa wimbo"), not by posting time: each top-level comment
    says "kwenye 12:34" (a seek link, not a date), its replies (one level) in a list inside it
    without a timecode. Ages "saa 3 zilizopita" / "siku 2 zilizopita" over <time datetime> in
    UTC with the Nairobi day and time in the title."""
    url = "https://sauti.example.co.ke/redio-pwani/mazungumzo-ya-wavuvi-wa-lamu-ep-42"
    eat = timezone(timedelta(hours=3))
    start = datetime(2024, 4, 25, 18, 0, tzinfo=eat)
    forest = make_tree(909, [12, 3], pick(SW_NAMES), texts(SW_WORDS), start, (20, 600), 16, 28, 1, start_id=4200)
    no_self_replies(list(flatten(forest)), SW_NAMES)
    rng = random.Random(9091)
    length = 47 * 60 + 12
    code = {id(r): rng.randint(5, length - 5) for r in forest}
    forest.sort(key=lambda r: code[id(r)])
    rows = list(flatten(forest))
    now = max(n.when for n, _, _ in rows) + timedelta(hours=4, minutes=10)

    def mmss(s: int) -> str:
        return f"{s // 60}:{s % 60:02d}"

    def rel(n: Node) -> str:
        return (
            age_units(
                now,
                n.when,
                ("dakika {n} zilizopita", "saa {n} zilizopita", "siku {n} zilizopita", "wiki {n} zilizopita"),
                ("dakika 1 iliyopita", "saa 1 iliyopita", "siku 1 iliyopita", "wiki 1 iliyopita"),
            )
            or ""
        )

    def title(n: Node) -> str:
        d = n.when
        return f"{d.day} {SW_MONTHS[d.month - 1]} {d.year}, {d.strftime('%H:%M')}"

    def item(n: Node, top: bool) -> str:
        tc = (
            f' <span class="{css("at")}">kwenye <a class="{css("seek")}" href="#t={mmss(code[id(n)])}" data-seek='
            f'"{code[id(n)]}">{mmss(code[id(n)])}</a></span>'
            if top
            else ""
        )
        kids = ""
        if top and n.children:
            kids = (
                f'<ul class="{css("replies")}" aria-label="Majibu">'
                + "".join(item(c, False) for c in n.children)
                + "</ul>"
            )
        return (
            f'<li class="{css("citem")}" id="c{n.cid}"><div class="{css("cbox")}"><a href="/{esc(n.author.lower().replace(" ", "-"))}'
            f'" class="{css("cav")}"><img src="/avatars/{n.cid % 30}.jpg" alt="" width="{40 if top else 28}"></a><div class='
            f'"{css("cmain")}"><div class="{css("chead")}"><a class="{css("cname")}" href="/{esc(n.author.lower().replace(" ", "-"))}">'
            f'{esc(n.author)}</a>{tc}<time class="{css("ctime")}" datetime="{iso_z(n.when)}" title="{title(n)}">{rel(n)}'
            f'</time></div><div class="{css("cbody")}">{p_html(n)}</div><div class="{css("cact")}"><button>Jibu</button>'
            f'<button aria-label="Penda">♥ {votes(n, 12)}</button></div></div></div>{kids}</li>'
        )

    strip = "".join(
        f'<a class="{css("wfc")}" style="left:{code[id(r)] / length * 100:.1f}%" href="#c{r.cid}" aria-label="Maoni ya '
        f'{esc(r.author)} kwenye {mmss(code[id(r)])}"><img src="/avatars/{r.cid % 30}.jpg" alt="" width="16"></a>'
        for r in forest
    )
    notes = "".join(f"<p>{esc(p)}</p>" for p in article(9092, 4, SW_WORDS))
    heading = "Mazungumzo ya wavuvi wa Lamu — Ep. 42"
    page = (
        head(
            f"{heading} | Redio Pwani | Sauti",
            url,
            "Wavuvi wa Lamu wanazungumzia bei ya samaki, upepo wa kusi na bandari mpya.",
            '<meta property="og:type" content="music.song"><meta property="og:audio" content="https://cdn.sauti.example.co'
            '.ke/a/ep42.mp3">',
            "sw",
        )
        + f'<body><div id="root"><header class="{css("top")}"><a class="{css("logo")}" href="/">Sauti</a><nav class="'
        f'{css("nav")}"><a href="/gundua">Gundua</a><a href="/podikasti">Podikasti</a><a href="/maktaba">Maktaba</a>'
        f'</nav><input class="{css("search")}" placeholder="Tafuta"><a href="/ingia">Ingia</a></header><main class="'
        f'{css("main")}"><section class="{css("hero")}"><h1 class="{css("title")}">{heading}</h1><a class="'
        f'{css("owner")}" href="/redio-pwani">Redio Pwani</a><span class="{css("plays")}">▶ 3,214</span><div class="'
        f'{css("wave")}" role="slider" aria-label="Mahali pa kusikiliza" aria-valuemax="{length}"><div class="'
        f'{css("wfbar")}"></div>{strip}</div><div class="{css("dur")}">0:00 / {mmss(length)}</div></section><div class="'
        f'{css("acts")}"><button>♥ Penda</button><button>↻ Sambaza</button><button>Shiriki</button><button>Pakua'
        f'</button></div><section class="{css("desc")}"><h2>Maelezo</h2>{notes}<p class="{css("tags")}"><a href="/tags/'
        f'uvuvi">#uvuvi</a> <a href="/tags/lamu">#lamu</a></p></section><section class="{css("comments")}"><div class="'
        f'{css("chd")}"><h2>Maoni {len(rows)}</h2><label>Panga: <select><option selected>Muda wa wimbo</option><option>'
        f'Mapya kwanza</option><option>Ya zamani kwanza</option></select></label></div><form class="{css("cform")}"><input '
        f'placeholder="Andika maoni..."><button>Tuma</button></form><ul class="{css("clist")}">'
        + "".join(item(r, True) for r in forest)
        + f'</ul><button class="{css("more")}">Onyesha maoni zaidi</button></section></main><aside class="{css("side")}">'
        f'<h3>Zinazohusiana</h3><ul><li><a href="/redio-pwani/ep-41">Ep. 41 — Soko la Malindi</a></li><li><a href="/'
        f'redio-pwani/ep-40">Ep. 40 — Mashua za jadi</a></li></ul></aside><footer class="{css("foot")}">© 2024 Sauti · '
        "Masharti · Faragha · Hakimiliki</footer></div></body></html>"
    )
    return url, page, truth(rows, rel, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 10. Trac-like ticket, threading links


def trac_ticket() -> tuple:
    """A tide-gauge project's bug tracker in the shape of Trac (Portuguese): the ticket box with its
    fields and description (not a comment), attachments, then the change history flat by time:
    every change numbered "comentário:N", with "em resposta a: ↑ 3" on a reply and "seguimento: ↓ 7"
    on a comment that got answers, field changes listed above the text, a few changes with fields
    only (not comments); some replies open with "Respondendo a comentário:3 de user:" and a citation.
    Ages "há 3 dias" with the local time in the title and the instant in the timeline link."""
    url = "https://dev.mareografo.example.pt/ticket/412"
    west = timezone(timedelta(hours=1))
    start = datetime(2024, 4, 18, 9, 0, tzinfo=west)
    forest = make_tree(910, [6, 3, 2], pick(PT_USERS), texts(PT_WORDS), start, (30, 900), 12, 20, 2, start_id=10)
    rows = chrono(forest, 9101, start, (40, 1400))
    no_self_replies(rows, PT_USERS)
    now = rows[-1][0].when + timedelta(hours=5, minutes=30)
    reporter, owner = "gmartins", "rpereira"
    fields_only = {
        2: ("Estado", "new", "assigned"),
        7: ("Marco", "1.4", "1.5"),
        len(rows): ("Estado", "assigned", "closed"),
    }
    cnum: dict[int, int] = {}
    k = 1
    for i, (n, _, _) in enumerate(rows):
        if i in fields_only:
            k += 1
        cnum[id(n)] = k
        k += 1

    def rel(when: datetime) -> str:
        return (
            age_units(
                now,
                when,
                ("há {n} minutos", "há {n} horas", "há {n} dias", "há {n} semanas"),
                ("há 1 minuto", "há 1 hora", "há 1 dia", "há 1 semana"),
            )
            or ""
        )

    def stamp(when: datetime, by: str) -> str:
        frm = when.isoformat().replace(":", "%3A").replace("+", "%2B")
        return (
            f'Alterado <a class="timeline" href="/timeline?from={frm}&amp;precision=second" title="Ver cronologia em '
            f'{when.strftime("%d/%m/%y %H:%M:%S")}">{rel(when)}</a> por <span class="trac-author">{by}</span>'
        )

    def change(c: int, when: datetime, by: str, n: Node | None, p: Node | None, fields: str) -> str:
        threading = ""
        if p is not None:
            threading += f' em resposta a: <a href="#comment:{cnum[id(p)]}" class="follow-up">↑ {cnum[id(p)]}</a>'
        if n is not None and n.children:
            ups = " ".join(
                f'<a href="#comment:{cnum[id(x)]}" class="follow-up">↓ {cnum[id(x)]}</a>' for x in n.children
            )
            threading += ("; " if p is not None else " ") + f"seguimento: {ups}"
        text = ""
        if n is not None:
            cite = ""
            if p is not None and n.cid % 3 == 1:
                cite = (
                    f'<p>Respondendo a <a class="trac-comment" href="#comment:{cnum[id(p)]}">comentário:{cnum[id(p)]}</a>'
                    f' de <span class="trac-author">{p.author}</span>:</p><blockquote class="citation"><p>'
                    f"{esc(first_sentence(p))}</p></blockquote>"
                )
            text = f'<div class="comment searchable">{cite}{p_html(n)}</div>'
        return (
            f'<div class="change" id="trac-change-{c}-{int(when.timestamp() * 1e6)}"><h3 class="change"><span '
            f'class="threading"><span id="comment:{c}" class="cnum"><a href="#comment:{c}">comentário:{c}</a></span>'
            f"{threading}</span> {stamp(when, by)}</h3>{fields}{text}</div>"
        )

    def field_list(name: str, old: str, new: str) -> str:
        return (
            f'<ul class="changes"><li class="trac-field-{name.lower()}"><strong class="trac-field-{name.lower()}">'
            f"{name}</strong> alterado de <em>{old}</em> para <em>{new}</em></li></ul>"
        )

    items = []
    for i, (n, _, p) in enumerate(rows):
        if i in fields_only:
            name, old, new = fields_only[i]
            items.append(
                change(cnum[id(n)] - 1, n.when - timedelta(minutes=4), owner, None, None, field_list(name, old, new))
            )
        extra = field_list("Prioridade", "normal", "alta") if n.cid % 9 == 4 else ""
        items.append(change(cnum[id(n)], n.when, n.author, n, p, extra))
    name, old, new = fields_only[len(rows)]
    closing = now - timedelta(hours=2)
    items.append(
        change(k, closing, owner, None, None, field_list(name, old, new) + field_list("Resolução", "", "fixed"))
    )
    desc = "".join(f"<p>{esc(p)}</p>" for p in article(9102, 3, PT_WORDS))
    opened = start - timedelta(hours=20)
    page = (
        head(
            "#412 (Registos duplicados na mudança para a hora de verão) – Marégrafo",
            url,
            "Na mudança para a hora de verão o registo duplica uma hora de amostras.",
            '<meta name="ROBOTS" content="NOINDEX, NOFOLLOW"><link rel="search" href="/search">',
            "pt",
        )
        + '<body><div id="banner"><div id="header"><a id="logo" href="/"><img src="/chrome/site/logo.png" alt="Marégrafo">'
        '</a></div><form id="search" action="/search"><input name="q" size="18"><input type="submit" value="Pesquisar">'
        '</form><div id="metanav" class="nav"><ul><li class="first"><a href="/login">Entrar</a></li><li><a href="/prefs">'
        'Preferências</a></li><li><a href="/wiki/TracGuide">Ajuda/Guia</a></li><li class="last"><a href="/about">Acerca '
        'do Trac</a></li></ul></div></div><div id="mainnav" class="nav"><ul><li class="first"><a href="/wiki">Wiki</a></li>'
        '<li><a href="/timeline">Cronologia</a></li><li><a href="/roadmap">Planeamento</a></li><li><a href="/browser">'
        'Ver código</a></li><li class="active"><a href="/report">Ver bilhetes</a></li><li class="last"><a href="/search">'
        'Pesquisar</a></li></ul></div><div id="main"><div id="ctxtnav" class="nav"><ul><li class="first"><a href="/ticket/'
        '411">← Bilhete anterior</a></li><li class="last"><a href="/ticket/413">Bilhete seguinte →</a></li></ul></div>'
        f'<div id="content" class="ticket"><div id="ticket" class="trac-content"><div class="date"><p>Aberto {rel(opened)}'
        f'</p><p>Fechado {rel(closing)}</p></div><h2><a href="/ticket/412" class="trac-id">#412</a> <span class="trac-status">'
        'closed</span> <span class="trac-type">defeito</span> <span class="trac-resolution">(fixed)</span></h2><h1 '
        'id="trac-ticket-title" class="searchable"><span class="summary">Registos duplicados na mudança para a hora de '
        f'verão</span></h1><table class="properties"><tr><th id="h_reporter">Reportado por:</th><td class="searchable">'
        f'{reporter}</td><th id="h_owner">Responsável:</th><td>{owner}</td></tr><tr><th>Prioridade:</th><td>alta</td>'
        '<th>Marco:</th><td><a href="/milestone/1.5">1.5</a></td></tr><tr><th>Componente:</th><td>registo</td><th>Versão:'
        "</th><td>1.4.2</td></tr><tr><th>Palavras-chave:</th><td>dst fuso</td><th>Cc:</th><td>ana.sousa, jcosta</td></tr>"
        f'</table><div class="description"><h3 id="comment:description">Descrição</h3><div class="searchable">{desc}</div>'
        '</div></div><div id="attachments"><h3 class="foldable">Anexos <span class="trac-count">(1)</span></h3><ul>'
        '<li><a href="/attachment/ticket/412/leituras-dst.csv">leituras-dst.csv</a> (4.2 KB) - adicionado por '
        f'<span class="trac-author">{reporter}</span> {rel(opened)}.</li></ul></div><div><h3 class="foldable">Histórico de '
        'alterações</h3><form id="prefs"><label><input type="checkbox" checked> Mostrar comentários</label><label><input '
        'type="checkbox" checked> Mostrar alterações de propriedades</label></form><div id="changelog">'
        + "".join(items)
        + '</div></div><form id="propertyform"><h3>Modificar bilhete</h3><fieldset><legend>Ação</legend><label><input '
        'type="radio" checked> deixar como closed</label><label><input type="radio"> reabrir</label></fieldset>'
        '<textarea id="comment" name="comment"></textarea><input type="submit" value="Submeter alterações"></form></div>'
        '<div id="help"><strong>Nota:</strong> Ver <a href="/wiki/TracTickets">TracTickets</a> para ajuda sobre a '
        'utilização de bilhetes.</div></div><div id="footer" lang="en" xml:lang="en"><hr><a id="tracpowered" href="https'
        '://trac.edgewall.example/"><img src="/chrome/common/trac_logo_mini.png" alt="Trac Powered"></a><p class="left">'
        'Powered by <a href="/about"><strong>Trac 1.6</strong></a><br> By <a href="http://www.edgewall.example/">'
        "Edgewall Software</a>.</p></div></body></html>"
    )
    return url, page, truth(rows, lambda n: rel(n.when), lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 11. Mastodon-like thread, leading @mentions


DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]


def mastodon_thread() -> tuple:
    """A German local-news account's post on a Mastodon-like server, seen in the web app: the focal
    status (not a comment) with its link card, then the replies as flat status boxes in thread order
    (each reply after what it answers, depth-first), with no indentation or parent link. A reply
    names the account it answers by its leading @mention (followed by the other accounts of the
    chain, as the app fills them in); one answering the focal status mentions only the news
    account. Display name and @user@server; ages "12 Min." / "3 Std." / "2 T." over <time datetime>
    in UTC with the local date in the title; reply, boost and favourite counts."""
    cest = timezone(timedelta(hours=2))
    start = datetime(2024, 5, 3, 8, 30, tzinfo=cest)
    forest = make_tree(911, [6, 3, 2, 2], pick(DE_NAMES), texts(DE_WORDS), start, (3, 90), 14, 24, 3, start_id=1000)
    rows = list(flatten(forest))
    for _ in range(20):
        no_self_replies(rows, DE_NAMES)
        unambiguous(rows, DE_NAMES)
        if all(p is None or p.author != n.author for n, _, p in rows):
            break
    servers = ["social.example.de", "norden.social.example", "chaos.example.social"]
    focal_user, home = "kiezblatt", servers[0]
    url = f"https://{home}/@{focal_user}/112371998877665544"

    def acct(name: str) -> tuple[str, str]:
        user = name.lower().replace(" ", "_").replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
        return user, servers[zlib.crc32(name.encode()) % len(servers)]

    parent_of = {id(n): p for n, _, p in rows}

    def mentions(n: Node) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        p = parent_of[id(n)]
        while p is not None:
            if acct(p.author) not in out and p.author != n.author:
                out.append(acct(p.author))
            p = parent_of[id(p)]
        out.append((focal_user, home))
        return out

    now = rows[-1][0].when + timedelta(hours=3, minutes=20)

    def rel(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"{int(s // 60)} Min."
        if s < 86400:
            return f"{int(s // 3600)} Std."
        return f"{int(s // 86400)} T."

    def long(d: datetime) -> str:
        return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS_LONG[d.month - 1]} {d.year}, {d.strftime('%H:%M')}"

    def mention_html(user: str, server: str) -> str:
        shown = user if server == home else f"{user}"
        return (
            f'<span class="h-card" translate="no"><a href="https://{server}/@{user}" class="u-url mention">@<span>'
            f"{shown}</span></a></span>"
        )

    def status(n: Node) -> str:
        user, server = acct(n.author)
        sid = 112371998877665544 + n.cid * 4099
        lead = " ".join(mention_html(u, s) for u, s in mentions(n))
        first, *rest = n.paras
        text = f"<p>{lead} {rich(first)}</p>" + "".join(f"<p>{rich(x)}</p>" for x in rest)
        handle_shown = f"@{user}" if server == home else f"@{user}@{server}"
        replies = len(n.children)
        return (
            f'<div class="focusable" tabindex="0" aria-label="{esc(n.author)}, {esc(first[:60])}, {rel(n)}, '
            f'{handle_shown}"><div class="status status-public status-reply" data-id="{sid}"><div class="status__info">'
            f'<a href="https://{home}/@{user}{"" if server == home else "@" + server}/{sid}" class="status__relative-time">'
            f'<span class="status__visibility-icon"><i class="fa fa-globe" title="Öffentlich"></i></span><time '
            f'datetime="{iso_z(n.when)}" title="{long(n.when)}">{rel(n)}</time></a><a href="/@{user}'
            f'{"" if server == home else "@" + server}" class="status__display-name"><div class="status__avatar"><div '
            f'class="account__avatar" style="width:46px;height:46px"><img src="https://{server}/avatars/{user}.png" '
            f'alt=""></div></div><span class="display-name"><bdi><strong class="display-name__html">{esc(n.author)}'
            f'</strong></bdi> <span class="display-name__account">{handle_shown}</span></span></a></div><div '
            f'class="status__content status__content--with-action" tabindex="0"><div class="status__content__text '
            f'status__content__text--visible translate" lang="de">{text}</div></div><div class="status__action-bar">'
            f'<button class="status__action-bar__button icon-button" title="Antworten" aria-label="Antworten"><i '
            f'class="fa fa-reply"></i><span class="icon-button__counter">{replies or ""}</span></button><button '
            f'class="status__action-bar__button icon-button" title="Teilen" aria-label="Teilen"><i class="fa fa-retweet">'
            f'</i><span class="icon-button__counter">{votes(n, 4) or ""}</span></button><button class="status__action-'
            f'bar__button star-icon icon-button" title="Favorisieren" aria-label="Favorisieren"><i class="fa fa-star">'
            f'</i><span class="icon-button__counter">{votes(n, 15) or ""}</span></button><button class="status__action-'
            f'bar__button icon-button" title="Mehr" aria-label="Mehr"><i class="fa fa-ellipsis-h"></i></button></div>'
            "</div></div>"
        )

    focal_text = "".join(f"<p>{rich(p)}</p>" for p in article(9111, 2, DE_WORDS))
    card = (
        '<a href="https://kiezblatt.example.de/2024/05/03/diagonalsperre-weserstrasse/" class="status-card" target='
        '"_blank" rel="noopener noreferrer"><div class="status-card__image"><img src="/cache/preview_cards/412.jpg" '
        'alt=""></div><div class="status-card__content"><span class="status-card__host">kiezblatt.example.de</span>'
        '<strong class="status-card__title">Diagonalsperre an der Weserstraße kommt im Juni</strong><span class='
        '"status-card__description">Der Bezirk will den Durchgangsverkehr aus dem Kiez holen. Anwohner sind '
        "gespalten.</span></div></a>"
    )
    focal_when = start - timedelta(minutes=25)
    focal = (
        '<div class="focusable detailed-status__wrapper" tabindex="0"><div class="detailed-status detailed-status-'
        f'public" data-id="112371998877665544"><a href="/@{focal_user}" class="detailed-status__display-name"><div '
        'class="detailed-status__display-avatar"><img src="/avatars/kiezblatt.png" alt="" width="46"></div><span '
        'class="display-name"><bdi><strong class="display-name__html">Kiezblatt Neukölln</strong></bdi> <span class='
        f'"display-name__account">@{focal_user}@{home}</span></span></a><div class="status__content"><div class="'
        f'status__content__text status__content__text--visible translate" lang="de">{focal_text}<p><a href="https://'
        'kiezblatt.example.de/2024/05/03/diagonalsperre-weserstrasse/" rel="nofollow noopener" target="_blank">'
        '<span class="invisible">https://</span><span class="ellipsis">kiezblatt.example.de/2024/05/03/di</span><span '
        'class="invisible">agonalsperre-weserstrasse/</span></a></p><p><a href="/tags/Neukoelln" class="mention hashtag"'
        ' rel="tag">#<span>Neukoelln</span></a> <a href="/tags/Verkehrswende" class="mention hashtag" rel="tag">#<span>'
        f'Verkehrswende</span></a></p></div></div>{card}<div class="detailed-status__meta"><a class="detailed-status__'
        f'datetime" href="{url}"><time datetime="{iso_z(focal_when)}">{focal_when.day}. {DE_MONTHS[focal_when.month - 1]}'
        f' {focal_when.year}, {focal_when.strftime("%H:%M")}</time></a> · <span class="detailed-status__link">'
        f'{len(rows)} Antworten</span> · <span class="detailed-status__link">48 geteilt</span> · <span class="'
        'detailed-status__link">95 Favoriten</span></div></div></div>'
    )
    page = (
        head(
            "Kiezblatt Neukölln: „Diagonalsperre an der Weserstraße kommt im Juni …“ - social.example.de",
            url,
            "Der Bezirk will den Durchgangsverkehr aus dem Kiez holen.",
            '<meta property="og:type" content="article"><meta property="og:site_name" content="social.example.de">'
            f'<meta property="profile:username" content="{focal_user}@{home}">',
            "de",
        )
        + '<body class="app-body layout-multiple-columns"><div class="app-holder" id="mastodon"><div class="ui"><div '
        'class="columns-area__panels"><div class="columns-area__panels__pane columns-area__panels__pane--compositional">'
        '<div class="compose-panel"><div class="search"><input class="search__input" placeholder="Suchen"></div><div '
        'class="sign-in-banner"><p>Melde dich an, um Profilen oder Hashtags zu folgen, Beiträge zu favorisieren, '
        'zu teilen und zu beantworten.</p><a href="/auth/sign_in" class="button">Anmelden</a><a href="/auth/sign_up" '
        'class="button button-secondary">Konto erstellen</a></div></div></div><div class="columns-area__panels__main">'
        '<div class="column" role="region" aria-label="Beitrag"><div class="column-header"><h1><button>Beitrag</button>'
        '</h1></div><div class="scrollable item-list" role="feed">'
        + focal
        + "".join(status(n) for n, _, _ in rows)
        + '</div></div></div><div class="columns-area__panels__pane columns-area__panels__pane--navigational"><div '
        'class="navigation-panel"><a href="/explore" class="column-link">Erkunden</a><a href="/public/local" '
        'class="column-link">Live-Feeds</a><div class="navigation-panel__legal"><a href="/about">Über</a> · <a href="'
        '/privacy-policy">Datenschutzerklärung</a> · <a href="https://joinmastodon.example/apps">App herunterladen</a>'
        "</div></div></div></div></div></div></body></html>"
    )
    return url, page, truth(rows, rel, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 12. Bengali news, replies inside the text box


def bn(x: object) -> str:
    return str(x).translate(BN_DIGITS)


def bengali_news() -> tuple:
    """A Bangladeshi news site with a hosted comment widget (opaque classes): reactions bar, comment
    count, form, then nested comments where the replies sit inside the parent's text container,
    after its paragraphs (the action bar with "উত্তর দিন", likes and "রিপোর্ট" comes after them);
    names in Bengali or Latin script; ages "৩ ঘণ্টা আগে" / "১২ মিনিট আগে" within a day, else
    "৩ মে ২০২৪, ১৪:২২" (Dhaka time), all in Bengali digits, no machine-readable date."""
    url = "https://www.dainik-nodi.example.com.bd/bangladesh/2024/05/03/padma-ferry-vara-barchhe"
    bst = timezone(timedelta(hours=6))
    start = datetime(2024, 5, 2, 9, 0, tzinfo=bst)
    forest = make_tree(912, [7, 3, 2], pick(BN_NAMES), lambda r: paras(r, BN_WORDS, "।।?!"), start, (10, 240), 14, 24,
                       2, start_id=77000)  # fmt: skip
    rows = list(flatten(forest))
    no_self_replies(rows, BN_NAMES)
    now = rows[-1][0].when + timedelta(hours=2, minutes=45)

    def shown(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"{bn(int(s // 60))} মিনিট আগে"
        if s < 86400:
            return f"{bn(int(s // 3600))} ঘণ্টা আগে"
        d = n.when
        return bn(f"{d.day} {BN_MONTHS[d.month - 1]} {d.year}, {d.strftime('%H:%M')}")

    def iso(n: Node) -> str | None:
        return None if (now - n.when).total_seconds() < 86400 else naive(n.when)

    def box(n: Node) -> str:
        kids = "".join(box(c) for c in n.children)
        kids = f'<div class="{css("vk-replies")}">{kids}</div>' if kids else ""
        return (
            f'<div class="{css("vk-c")}" id="vk-comment-{n.cid}"><img class="{css("vk-av")}" src="/vk/av/{n.cid % 20}.png" '
            f'alt=""><div class="{css("vk-main")}"><div class="{css("vk-hd")}"><span class="{css("vk-nm")}">{esc(n.author)}'
            f'</span><span class="{css("vk-tm")}">{shown(n)}</span></div><div class="{css("vk-tx")}">{p_html(n)}{kids}'
            f'</div><div class="{css("vk-act")}"><button class="{css("vk-rp")}">উত্তর দিন</button><button class="'
            f'{css("vk-up")}">👍 {bn(votes(n, 30))}</button><button class="{css("vk-dn")}">👎 {bn(n.cid % 6)}</button><button '
            f'class="{css("vk-rep")}">রিপোর্ট</button></div></div></div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(9121, 6, BN_WORDS, "।।"))
    title = "পদ্মায় ফেরির ভাড়া বাড়ছে, যাত্রীদের ক্ষোভ"
    reactions = [("খুশি", 12), ("অবাক", 4), ("দুঃখিত", 9), ("রাগান্বিত", 31)]
    page = (
        head(
            f"{title} | দৈনিক নদী",
            url,
            "আগামী মাস থেকে পদ্মার ফেরিতে যাত্রী ও যানবাহনের ভাড়া বাড়ানোর সিদ্ধান্ত হয়েছে।",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-02T08:30:00+06:00">',
            "bn",
        )
        + f'<body><header class="{css("hd")}"><a class="{css("logo")}" href="/">দৈনিক নদী</a><nav class="{css("nav")}">'
        '<a href="/bangladesh/">বাংলাদেশ</a><a href="/world/">বিশ্ব</a><a href="/economy/">অর্থনীতি</a><a href="/sports/">'
        f'খেলা</a><a href="/opinion/">মতামত</a></nav><span class="{css("date")}">শুক্রবার, {bn(3)} মে {bn(2024)}</span>'
        f'</header><main class="{css("main")}"><article class="{css("art")}"><h1>{title}</h1><p class="{css("by")}">'
        f'নিজস্ব প্রতিবেদক, ঢাকা · প্রকাশ: {bn("02")} মে {bn(2024)}, {bn("08:30")}</p><div class="{css("body")}">{body}'
        f'</div></article><section class="{css("vk-wrap")}" id="comments"><div class="{css("vk-emotes")}"><h3>আপনার '
        "প্রতিক্রিয়া কী?</h3>"
        + "".join(f'<button class="{css("vk-emo")}">{name} <span>{bn(c)}</span></button>' for name, c in reactions)
        + f'</div><div class="{css("vk-top")}"><span class="{css("vk-count")}">মন্তব্য ({bn(len(rows))})</span><select '
        f'class="{css("vk-sort")}"><option selected>পুরোনো আগে</option><option>নতুন আগে</option><option>জনপ্রিয়</option>'
        f'</select></div><div class="{css("vk-form")}"><textarea placeholder="আপনার মন্তব্য লিখুন..."></textarea><button>'
        f'পাঠান</button></div><div class="{css("vk-list")}">'
        + "".join(box(n) for n in forest)
        + f'</div><button class="{css("vk-more")}">আরও মন্তব্য দেখুন</button><div class="{css("vk-pw")}">Powered by '
        f'CommentHub</div></section></main><aside class="{css("side")}"><h3>সর্বাধিক পঠিত</h3><ol><li><a href="/economy/'
        '2024/05/02/chal-dam/">চালের দাম আবার বাড়ল</a></li><li><a href="/sports/2024/05/02/cricket/">সিরিজ জিতল '
        f'বাংলাদেশ</a></li></ol></aside><footer class="{css("ft")}">© {bn(2024)} দৈনিক নদী · সম্পাদক: রাশেদা করিম · '
        "গোপনীয়তা নীতি</footer></body></html>"
    )
    return url, page, truth(rows, shown, iso), None


# ---------------------------------------------------------------- main


TEMPLATES: Templates = {
    "discourse-topic-en": (discourse_topic, "Discourse-like flat stream, reply-to tabs with post numbers, tiny ages"),
    "shreddit-tree-en": (shreddit_tree, "new-Reddit-like shreddit-comment elements, depth/parentid, collapsed"),
    "fb-plugin-es": (fb_plugin, "Facebook-plugin-like, replies after the box, aria-label names the parent"),
    "styled-levels-tr": (styled_levels, "Turkish news, flat list, depth only by per-level generated class"),
    "inbox-thread-en": (inbox_thread, "public-inbox-like thread, Message-ID / In-Reply-To headers in <pre>"),
    "tree-bbs-ja": (tree_bbs, "Japanese tree BBS, flat messages, depth drawn with ┃┣┗ characters"),
    "commentpress-fr": (commentpress, "CommentPress-like, comments grouped per paragraph, threaded lists"),
    "coral-stream-lt": (coral_stream, "Coral-like, nested to level 3 then flattened with 'Atsakymas komentarui'"),
    "timed-comments-sw": (timed_comments, "Swahili audio page, comments by track time, timecodes, one reply level"),
    "trac-ticket-pt": (trac_ticket, "Trac-like ticket, flat changes, 'em resposta a: ↑ N' threading links"),
    "mastodon-thread-de": (mastodon_thread, "Mastodon-like flat statuses in thread order, leading @mentions"),
    "bengali-news-bn": (bengali_news, "Bengali news widget, replies inside the parent's text container"),
}

if __name__ == "__main__":
    main(TEMPLATES, __doc__)
