"""Held-out comment threads, set 7, for measurement only: twelve more hand-made templates of thread
markup the extractor was not developed on, each tying a reply to its parent in a way that neither
the fixtures nor sets 3-6 use. Do not tune on them: look at the figures, not at the pages.

    python bench/heldout_threads7.py [--keep DIR]

Each template is written by hand in the shape of a kind of real thread markup (none copied from a
site), filled from fixed seeds so that page and truth always agree: a Flarum-like Swedish
discussion (flat posts; a reply opens with an "@Name" mention linking to the number of the post it
answers), a XenForo-like Hungarian forum (flat; a reply quotes its parent in a blockquote headed
"Name írta:" that links to that post), an Invision-Community-like Finnish topic (flat posts as
<article> with a side author pane, the opening post in the same markup), a wpDiscuz-like Romanian
blog (replies nested in wrapper divs with depth classes, ids naming the parent), a Disqus-like
thread rendered into an English blog (<ul class="post-list">, children lists, "Show more
replies"), a Remark42-like Ukrainian widget (replies in nested thread_level_N divs after the
comment, a link to the parent), a Lemmy-like link aggregator (a post on top, a nested tree with
collapse buttons and "parent" links to /comment/<id>, relative ages only), a dev.to-like
discussion in Portuguese (each comment a <details open> whose <summary> holds the author line,
replies in nested <details>), a Greek news site whose widget is rendered in a declarative shadow
root (<template shadowrootmode="open">, day-only dates), AO3-like fan-fiction comments (replies in a
sibling <li><ol class="thread">, "Parent Thread" links, the text in a <blockquote>, a next page), a
Steam-community-like discussion (flat; a reply opens with an "Originally posted by Name:" quote
box) and a Thai news site (a flat <ol> in thread order, a reply marked "↳ ตอบกลับ Name" without a
link, Buddhist-era dates). Some classes are opaque (CSS-in-JS hashes), as on many large sites.
Truth conventions are set 3's (bench/heldout_threads.py), whose harness this module uses.
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.heldout_threads import (  # noqa: E402
    Node,
    Templates,
    article,
    esc,
    flatten,
    full_name,
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
from bench.heldout_threads5 import chrono, pair, pick, texts, vocabulary, votes  # noqa: E402
from bench.heldout_threads6 import PT_FIRST, PT_LAST, css  # noqa: E402

Row = tuple[Node, int, Node | None]

SV_WORDS = vocabulary(
    "och men att det som inte är var jag vi man har kan ska cykel kedja växel däck bromsar ram styre "
    "sadel pris butik service vinter sommar grus asfalt backe pendling verkligen kanske alltid aldrig "
    "fortfarande redan ganska bättre sämre tycker tror funkar"
)
SV_HANDLES = ["erikl", "cykelanna", "larsson_j", "karin.s", "velo_johan", "mia_b", "anderss", "sara_på_hjul", "nilsn",
              "elinp", "oskar_g", "linnea"]  # fmt: skip
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december"]  # fmt: skip
SV_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

HU_WORDS = vocabulary(
    "a az és de hogy nem is már még mindig soha talán szerintem tényleg nagyon kicsit autó motor olaj fék "
    "gumi szerviz alkatrész ár garancia kilométer fogyasztás dízel benzin nyár tél út város jobb rosszabb "
    "működik sajnos persze"
)
HU_NAMES = ["kovacs_peti", "Zsolt76", "nagyanna", "Benzingőz", "tibi.szabo", "Olajos", "gabor_h", "Dízelfan", "kata88",
            "Feri bácsi"]  # fmt: skip
HU_MONTHS = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]

FI_WORDS = vocabulary(
    "ja mutta että ei ole oli minä me se tämä kyllä vielä aina koskaan ehkä oikeastaan melko todella kone "
    "näytönohjain prosessori muisti levy virtalähde tuuletin lämpötila ajuri päivitys hinta takuu toimii "
    "kokeilin parempi huonompi talvi kesä"
)
FI_NAMES = ["Jarkko", "tietokonenörtti", "MikaV", "Sanna K.", "Pekka_79", "Lämpötahna", "Ville", "Tuomas H", "Ritva",
            "kiintolevy"]  # fmt: skip
FI_MONTHS = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
             "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]  # fmt: skip

RO_WORDS = vocabulary(
    "și dar că nu este era eu noi ei deja încă mereu niciodată poate roșii ardei grădină sămânță răsaduri "
    "udare sol compost îngrășământ seră soare ploaie recoltă vecinul anul chiar destul mai bine rău cred "
    "cumva balcon ghiveci"
)
RO_NAMES = ["Maria Popescu", "Ion Ionescu", "Elena Dumitru", "Andrei Stan", "Ioana Radu", "Mihai Georgescu",
            "Ana Constantin", "Cristian Marin", "Gabriela Ilie", "Vasile Tudor"]  # fmt: skip
RO_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
             "octombrie", "noiembrie", "decembrie"]  # fmt: skip

UK_WORDS = vocabulary(
    "і але що не це був ми вони я вже ще завжди ніколи можливо сервер диск пам'ять ядро пакет збірка "
    "версія конфіг помилка лог мережа бекап знімок пул справді досить краще гірше думаю працює спробував "
    "дякую"
)
UK_NAMES = ["Олександр Коваленко", "Марія Шевченко", "Андрій Бондаренко", "Ірина Мельник", "Тарас Кравченко",
            "Оксана Ткаченко", "Дмитро Олійник", "Наталія Поліщук", "Богдан Савчук", "Юлія Марченко"]  # fmt: skip
UK_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
             "листопада", "грудня"]  # fmt: skip

PT_DEV_WORDS = vocabulary(
    "o a que não mas porque eu você a gente código função teste deploy docker build cache pipeline "
    "monorepo pacote dependência erro log versão biblioteca framework TypeScript acho sempre nunca ainda "
    "já talvez muito melhor pior funcionou tentei valeu"
)

EL_WORDS = vocabulary(
    "ο η το και αλλά ότι δεν είναι ήταν εμείς αυτοί εγώ ήδη ακόμα πάντα ποτέ ίσως δήμος δρόμος λιμάνι "
    "πλοίο εισιτήριο τιμές νησί καλοκαίρι τουρίστες κάτοικοι νερό ρεύμα σχολείο νοσοκομείο πραγματικά "
    "αρκετά καλύτερα χειρότερα νομίζω δρομολόγιο"
)
EL_NAMES = ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Νίκος Γεωργίου", "Ελένη Δημητρίου", "Κώστας Ιωάννου",
            "Σοφία Αντωνίου", "Δημήτρης Κωνσταντίνου", "Κατερίνα Βασιλείου", "Παναγιώτης Μιχαηλίδης",
            "Άννα Χριστοδούλου"]  # fmt: skip
EL_MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
             "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]  # fmt: skip

FIC_WORDS = vocabulary(
    "this chapter the ending scene line dialogue pacing character arc slow burn finally letter ferry storm "
    "lighthouse keeper sister brother I you they love loved adore cried screamed laughed reread waiting "
    "update next part writing prose so really absolutely honestly oh my heart broke healed a and but "
    "because when still always never"
)
FIC_USERS = ["inkandmoss", "teaandtrains", "quietcomet", "Rook_writes", "northwind_fic", "moth_in_june", "sparrowfall",
             "ferrywoman", "saltmarsh", "paper_lanterns"]  # fmt: skip
FIC_GUESTS = ["Sam", "Robin", "a lurker", "Jo"]

GAME_WORDS = vocabulary(
    "the a this it is was not but and or because I you game mod save patch crash fps settings driver "
    "launch server map quest update Proton Linux Deck controller boat storm harbour cargo hotfix build "
    "beta branch works fixed broke still again maybe probably definitely tried reinstalled verified files"
)
STEAM_NAMES = ["GrimTurnip", "Kestrel_9", "sleepy otter", "Mr. Wobbles", "xXferrymanXx", "Halcyon", "p0tato", "Lantern",
               "cobaltfox", "Old Salt", "Ruddertail"]  # fmt: skip

TH_WORDS = vocabulary(
    "รถไฟฟ้า ราคา ค่าโดยสาร กรุงเทพ คนทำงาน ไม่ แพง ถูก ทุกวัน รัฐบาล ควร จริงๆ เห็นด้วย สถานี รถเมล์ "
    "น้ำท่วม ถนน ปีนี้ เดือนหน้า ผม ฉัน เรา เขา คิดว่า น่าจะ ก็ แต่ และ เพราะ ยัง แล้ว มาก เลย เงินเดือน "
    "ขึ้น ลด ตั๋ว บัตร"
)
TH_NAMES = ["คนกรุงเทพ", "ป้าแดง", "ต้น_2020", "แมวส้ม", "หนุ่มบางนา", "เจ๊หมวย", "ลุงชัย", "น้องฝน", "พี่เอก",
            "ชาวนนทบุรี", "มนุษย์เงินเดือน", "สายรถเมล์"]  # fmt: skip
TH_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def first_sentence(n: Node) -> str:
    """The first sentence of a comment's first paragraph, as a quote box shows it."""
    return re.split(r"(?<=[.?!;])\s", n.paras[0])[0]


def ago(now: datetime, when: datetime, units: Callable[[str, int], str]) -> str:
    """A relative age in the manner of the moment/dayjs libraries, worded by `units(unit, n)`."""
    s = (now - when).total_seconds()
    m, h, d = round(s / 60), round(s / 3600), round(s / 86400)
    if s < 45:
        return units("s", 0)
    if s < 90:
        return units("m", 1)
    if m < 45:
        return units("m", m)
    if m < 90:
        return units("h", 1)
    if h < 22:
        return units("h", h)
    if h < 36:
        return units("d", 1)
    if d < 26:
        return units("d", d)
    return units("M", max(1, round(d / 30)))


# ---------------------------------------------------------------- 1. Flarum-like, Swedish, mentions


def flarum_mentions() -> tuple:
    """A Swedish cycling forum in the shape of Flarum: the discussion's first post (not a comment)
    and the replies in one flat post stream by time, with a title-change event post between them;
    a reply opens with an "@Name" mention linking to the number of the post it answers (/d/412-…/7),
    and the answered post's footer lists who "svarade på detta". Ages relative ("för 3 dagar sedan")
    over <time datetime> in UTC."""
    slug = "/d/412-grusracer-eller-landsvagscykel-for-pendling"
    url = "https://forum.cykelsnack.example.se" + slug
    cest = timezone(timedelta(hours=2))
    start = datetime(2024, 5, 3, 5, 0, tzinfo=UTC)
    forest = make_tree(701, [8, 3, 2], pick(SV_HANDLES), texts(SV_WORDS), start, (10, 200), 14, 22, 2, start_id=18300)
    rows = chrono(forest, 7011, start, (15, 400))
    no_self_replies(rows, SV_HANDLES)
    now = rows[-1][0].when + timedelta(hours=5, minutes=12)
    number: dict[int, int] = {}
    k = 2
    for i, (n, _, _) in enumerate(rows):
        number[id(n)] = k
        k += 2 if i == 4 else 1
    renamed_at = rows[4][0].when + timedelta(minutes=3)

    def sv(unit: str, v: int) -> str:
        one = {"s": "några sekunder", "m": "en minut", "h": "en timme", "d": "en dag", "M": "en månad"}
        many = {"m": "minuter", "h": "timmar", "d": "dagar", "M": "månader"}
        return f"för {one[unit] if v <= 1 else f'{v} {many[unit]}'} sedan"

    def rel(n: Node) -> str:
        return ago(now, n.when, sv)

    def long(d: datetime) -> str:
        d = d.astimezone(cest)
        return f"{SV_DAYS[d.weekday()]} {d.day} {SV_MONTHS[d.month - 1]} {d.year} {d.strftime('%H:%M')}"

    def time_el(d: datetime) -> str:
        return (
            f'<time pubdate datetime="{d.astimezone(UTC).isoformat()}" title="{long(d)}" data-humantime>'
            f"{ago(now, d, sv)}</time>"
        )

    def post(n: Node, num: int, p: Node | None, index: int) -> str:
        mention = (
            f'<a href="{url}/{number[id(p)]}" class="PostMention" data-id="{p.cid}">@{esc(p.author)}</a> '
            if p is not None
            else ""
        )
        first, *rest = n.paras
        body = f"<p>{mention}{rich(first)}</p>" + "".join(f"<p>{rich(x)}</p>" for x in rest)
        edited = (
            f'<li class="item-edited"><span class="PostEdited" title="{esc(n.author)} redigerade {long(n.when)}">'
            "Redigerad</span></li>"
            if n.cid % 5 == 2
            else ""
        )
        likes = votes(n, 4)
        liked = (
            f'<li class="item-liked"><div class="Post-likedBy"><i class="icon fas fa-thumbs-up"></i>'
            f'<a href="/u/{SV_HANDLES[n.cid % 12]}">{SV_HANDLES[n.cid % 12]}</a>'
            + (f" och {likes} till" if likes > 1 else "")
            + " gillar detta.</div></li>"
            if likes
            else ""
        )
        answers = [c for c in n.children if id(c) in number]
        mentioned = (
            '<li class="item-replies"><div class="Post-mentionedBy"><span class="Post-mentionedBy-summary">'
            '<i class="icon fas fa-reply"></i>'
            + ", ".join(
                f'<a href="{url}/{number[id(c)]}" data-number="{number[id(c)]}">{esc(c.author)}</a>' for c in answers
            )
            + " svarade på detta.</span></div></li>"
            if answers
            else ""
        )
        badge = (
            '<ul class="PostUser-badges badges"><li class="item-group2"><span class="Badge Badge--group--2" '
            'title="Moderator"><i class="icon fas fa-bolt Badge-icon"></i></span></li></ul>'
            if n.author == "velo_johan"
            else ""
        )
        return (
            f'<div class="PostStream-item" data-index="{index}" data-time="{n.when.astimezone(UTC).isoformat()}" '
            f'data-number="{num}" data-id="{n.cid}" data-type="comment"><article class="Post CommentPost">'
            f'<div><header class="Post-header"><ul><li class="item-user"><div class="PostUser"><h3 class="PostUser-name">'
            f'<a href="/u/{esc(n.author)}"><span class="Avatar" style="--avatar-bg: #a3c6e5;">{esc(n.author[0].upper())}'
            f'</span><span class="username">{esc(n.author)}</span></a></h3>{badge}</div></li>'
            f'<li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" data-toggle="dropdown">'
            f'{time_el(n.when)}</a><div class="Dropdown-menu dropdown-menu"><span class="PostMeta-number">#{num}</span> '
            f'<span class="PostMeta-time"><time>{long(n.when)}</time></span> <input class="FormControl PostMeta-permalink"'
            f' value="{url}/{num}"></div></div></li>{edited}</ul></header>'
            f'<div class="Post-body">{body}</div><aside class="Post-actions"><ul><li class="item-like"><button '
            'class="Button Button--link" type="button"><span class="Button-label">Gilla</span></button></li>'
            '<li class="item-reply"><button class="Button Button--link" type="button"><span class="Button-label">Svara'
            '</span></button></li><li><div class="Dropdown ButtonGroup"><button class="Dropdown-toggle Button '
            'Button--icon Button--flat" aria-label="Åtgärder för inlägg"><i class="icon fas fa-ellipsis-h"></i>'
            f'</button></div></li></ul></aside><footer class="Post-footer"><ul>{liked}{mentioned}</ul></footer>'
            "</div></article></div>"
        )

    op = Node("mia_b", article(7012, 3, SV_WORDS), start - timedelta(minutes=40), 18299)
    items = [post(op, 1, None, 0)]
    for i, (n, _, p) in enumerate(rows):
        items.append(post(n, number[id(n)], p, len(items)))
        if i == 4:
            items.append(
                f'<div class="PostStream-item" data-index="{len(items)}" data-number="{number[id(n)] + 1}" '
                'data-type="discussionRenamed"><article class="Post EventPost DiscussionRenamedPost">'
                '<div class="EventPost-icon"><i class="icon fas fa-pencil-alt"></i></div><div class="EventPost-info">'
                '<a class="EventPost-user" href="/u/velo_johan"><span class="username">velo_johan</span></a> ändrade '
                'titeln från <strong class="DiscussionRenamedPost-old">Grusracer till jobbet?</strong> till '
                '<strong class="DiscussionRenamedPost-new">Grusracer eller landsvägscykel för pendling</strong>. '
                f"{time_el(renamed_at)}</div></article></div>"
            )
    total = len(items)
    page = (
        head(
            "Grusracer eller landsvägscykel för pendling - Cykelsnack",
            url,
            "Jag pendlar 18 km om dagen, hälften grus. Vad skulle ni välja?",
            '<meta name="generator" content="Flarum"><link rel="manifest" href="/webmanifest">',
            "sv",
        )
        + '<body><div id="app" class="App affix"><header id="header" class="App-header"><div class="container">'
        '<div class="App-header-primary"><h1 class="Header-title"><a href="/">Cykelsnack</a></h1></div>'
        '<div class="App-header-secondary Header-secondary"><ul class="Header-controls"><li class="item-search">'
        '<div class="Search"><input class="FormControl" type="search" placeholder="Sök i forumet"></div></li>'
        '<li class="item-signUp"><button class="Button Button--link">Registrera</button></li><li class="item-logIn">'
        '<button class="Button Button--link">Logga in</button></li></ul></div></div></header>'
        '<main class="App-content"><div class="DiscussionPage"><div class="DiscussionPage-discussion">'
        '<header class="Hero DiscussionHero"><div class="container"><ul class="DiscussionHero-items"><li class="item-tags">'
        '<span class="TagsLabel"><a class="TagLabel" href="/t/utrustning">Utrustning</a></span></li><li class="item-title">'
        '<h1 class="DiscussionHero-title">Grusracer eller landsvägscykel för pendling</h1></li></ul></div></header>'
        '<div class="container"><nav class="DiscussionPage-nav"><ul><li class="item-controls"><button class="Button '
        'Button--primary">Svara</button></li><li class="item-subscription"><button class="Button">Följ</button></li>'
        f'<li class="item-scrubber"><div class="PostStreamScrubber"><a class="Scrubber-first">Originalinlägg</a>'
        f'<span class="Scrubber-index">1</span> av <span class="Scrubber-count">{total}</span> inlägg '
        '<a class="Scrubber-last">Nu</a></div></li></ul></nav><div class="DiscussionPage-stream"><div class="PostStream" '
        'role="feed" aria-live="off">'
        + "".join(items)
        + '<div class="PostStream-item"><article class="Post ReplyPlaceholder"><header class="Post-header">'
        '<div class="PostUser"><h3 class="PostUser-name">Skriv ett svar…</h3></div></header></article></div>'
        "</div></div></div></div></div>"
        '<aside class="IndexPage-sidebar"><h3>Liknande diskussioner</h3><ul><li><a href="/d/398-vinterdack-pa-grus">'
        'Vinterdäck på grus</a> <span>27 svar</span></li><li><a href="/d/405-elcykel-till-jobbet">Elcykel till jobbet?'
        "</a> <span>41 svar</span></li></ul></aside></main>"
        '<footer class="App-footer"><p>Cykelsnack · <a href="/p/1-regler">Forumregler</a> · Drivs med Flarum</p></footer>'
        "</div></body></html>"
    )
    return url, page, truth(rows, rel, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 2. XenForo-like, Hungarian, quotes


def xenforo_quotes() -> tuple:
    """A Hungarian car forum in the shape of XenForo: the thread's first post (not a comment), then
    flat posts by time, each with a user cell (title, join date, message count) and a message cell;
    a reply opens with a blockquote of the post it answers, headed "Name írta:" with a link to that
    post (/goto/post?id=…), a "Kattints a kibontáshoz…" expander, some signatures and reaction
    lists. Dates "Ma, 10:14" / "Tegnap, 14:32" / "2024. máj. 3." over <time datetime> with +0200."""
    url = "https://forum.autosklub.example.hu/threads/dizel-olajfogyasztas-40-ezer-km-utan.9912/"
    tz = timezone(timedelta(hours=2))
    start = datetime(2024, 5, 1, 8, 0, tzinfo=tz)
    forest = make_tree(702, [8, 2, 2], pick(HU_NAMES), texts(HU_WORDS), start, (10, 200), 13, 20, 2, start_id=1048100)
    rows = chrono(forest, 7021, start, (20, 500))
    no_self_replies(rows, HU_NAMES)
    now = rows[-1][0].when + timedelta(hours=2)
    titles = {"Olajos": "Moderátor", "Zsolt76": "Törzstag", "gabor_h": "Aktív tag", "Feri bácsi": "Törzstag"}
    sigs = {"Benzingőz": "Opel Astra H 1.7 CDTI, 312 000 km", "kata88": "Lassan járj, tovább érsz."}

    def shown(n: Node) -> str:
        d = n.when
        if d.date() == now.date():
            return f"Ma, {d.strftime('%H:%M')}"
        if d.date() == now.date() - timedelta(days=1):
            return f"Tegnap, {d.strftime('%H:%M')}"
        return f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}."

    def post(n: Node, k: int, p: Node | None) -> str:
        pid = n.cid
        quote = (
            f'<blockquote data-attributes="member: {zlib.crc32(p.author.encode()) % 9000}" data-quote="{esc(p.author)}" '
            f'data-source="post: {p.cid}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">'
            f'<div class="bbCodeBlock-title"><a href="/goto/post?id={p.cid}" class="bbCodeBlock-sourceJump" rel="nofollow" '
            f'data-xf-click="attribution" data-content-selector="#post-{p.cid}">{esc(p.author)} írta:</a></div>'
            f'<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">'
            f'{esc(first_sentence(p))}</div><div class="bbCodeBlock-expandLink js-expandLink"><a role="button" '
            'tabindex="0">Kattints a kibontáshoz...</a></div></div></blockquote>'
            if p is not None
            else ""
        )
        sig = (
            f'<aside class="message-signature"><div class="bbWrapper">{esc(sigs[n.author])}</div></aside>'
            if n.author in sigs
            else ""
        )
        likers = [x for x in HU_NAMES if x != n.author][pid % 4 : pid % 4 + 2]
        more = votes(n, 4)
        reactions = (
            '<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction '
            'reaction--small reaction--1"><img alt="Tetszik" class="reaction-sprite"></span></li></ul> '
            f'<a class="reactionsBar-link" href="/posts/{pid}/reactions">{esc(likers[0])}, {esc(likers[1])}'
            + (f" és {more} további" if more else "")
            + "</a></div>"
            if pid % 3 == 0
            else ""
        )
        member = zlib.crc32(n.author.encode()) % 9000
        own = "<br>\n<br>".join(rich(x) for x in n.paras)
        return (
            f'<article class="message message--post js-post js-inlineModContainer" data-author="{esc(n.author)}" '
            f'data-content="post-{pid}" id="js-post-{pid}"><span class="u-anchorTarget" id="post-{pid}"></span>'
            '<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user" '
            'itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="message-avatar"><div '
            f'class="message-avatar-wrapper"><a href="/members/{member}/" class="avatar avatar--m"><img src="/data/'
            f'avatars/m/{member}.jpg" alt="{esc(n.author)}" width="96" height="96"></a></div></div>'
            f'<div class="message-userDetails"><h4 class="message-name"><a href="/members/{member}/" class="username" '
            f'dir="auto" itemprop="name">{esc(n.author)}</a></h4><h5 class="userTitle message-userTitle" dir="auto">'
            f'{titles.get(n.author, "Tag")}</h5></div><div class="message-userExtras"><dl class="pairs '
            f'pairs--justified"><dt>Csatlakozott</dt><dd>{2015 + member % 9}. {HU_MONTHS[member % 12]} '
            f'{member % 28 + 1}.</dd></dl><dl class="pairs pairs--justified"><dt>Üzenetek</dt><dd>{member % 4000 + 12}'
            f'</dd></dl><dl class="pairs pairs--justified"><dt>Reakció pontszám</dt><dd>{member % 700}</dd></dl></div>'
            '<span class="message-userArrow"></span></section></div><div class="message-cell message-cell--main">'
            '<div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split">'
            f'<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="{url}post-{pid}" '
            f'rel="nofollow"><time class="u-dt" dir="auto" datetime="{n.when.strftime("%Y-%m-%dT%H:%M:%S%z")}" '
            f'data-time="{int(n.when.timestamp())}" title="{n.when.year}. {HU_MONTHS[n.when.month - 1]} {n.when.day}. '
            f'{n.when.strftime("%H:%M")}">{shown(n)}</time></a></li></ul><ul class="message-attribution-opposite '
            'message-attribution-opposite--list"><li><a class="message-attribution-gadget" data-xf-click="share-tooltip"'
            f' title="Megosztás"><i class="fa--xf far fa-share-alt"></i></a></li><li><a href="{url}post-{pid}" '
            f'rel="nofollow">#{k}</a></li></ul></header><div class="message-content js-messageContent">'
            f'<div class="message-userContent lbContainer js-lbContainer" data-lb-id="post-{pid}"><article '
            'class="message-body js-selectToQuote"><div itemprop="text"><div class="bbWrapper">'
            f'{quote}{own}</div></div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>{sig}</div>'
            '<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set '
            'actionBar-set--external"><a class="actionBar-action actionBar-action--reaction">Tetszik</a> <a '
            'class="actionBar-action actionBar-action--reply" data-xf-click="quote">Válasz</a></div><div '
            'class="actionBar-set actionBar-set--internal"><a class="actionBar-action actionBar-action--report">'
            f"Jelentés</a></div></div>{reactions}</footer></div></div></div></article>"
        )

    op = Node("tibi.szabo", article(7022, 3, HU_WORDS), start - timedelta(minutes=25), 1048099)
    title = "Dízel olajfogyasztás 40 ezer km után"
    page = (
        head(
            f"{title} | Autósklub Fórum",
            url,
            "Negyvenezer kilométer után literenként eszi az olajat a motor. Normális ez?",
            '<meta property="og:type" content="website"><meta name="generator" content="XenForo">',
            "hu",
        )
        + '<body data-template="thread_view"><div class="p-pageWrapper"><header class="p-header"><div class="p-header-inner">'
        '<a class="p-header-logo" href="/">Autósklub Fórum</a></div></header><nav class="p-nav"><ul class="p-nav-list">'
        '<li><a href="/">Fórumok</a></li><li><a href="/whats-new/">Újdonságok</a></li><li><a href="/members/">Tagok</a>'
        '</li></ul><div class="p-navgroup p-account"><a href="/login/">Bejelentkezés</a> <a href="/register/">'
        'Regisztráció</a></div></nav><div class="p-body"><ul class="p-breadcrumbs"><li><a href="/">Fórumok</a></li>'
        '<li><a href="/forums/motor-es-mechanika.4/">Motor és mechanika</a></li></ul><div class="p-body-header">'
        f'<h1 class="p-title-value">{title}</h1><div class="p-description"><ul class="listInline listInline--bullet">'
        '<li>Téma indító <a href="/members/tibi-szabo.812/">tibi.szabo</a></li><li>Kezdés dátuma <time>2024. máj. 1.'
        '</time></li></ul></div></div><div class="p-body-main"><div class="p-body-content"><div class="block-outer">'
        '<div class="pageNavWrapper"><span class="pageNav-page pageNav-page--current">1</span></div>'
        '<div class="block-outer-opposite"><a class="button--link button" href="/watched/">Téma követése</a></div></div>'
        '<div class="block block--messages"><div class="block-container lbContainer"><div class="block-body '
        'js-replyNewMessageContainer">'
        + post(op, 1, None)
        + "".join(post(n, k + 2, p) for k, (n, _, p) in enumerate(rows))
        + '</div></div></div><form class="block js-quickReply" action="/threads/9912/add-reply" method="post">'
        '<div class="block-container"><div class="block-body"><div class="message-editorWrapper"><textarea '
        'placeholder="Írj választ..."></textarea></div><div class="formButtonGroup"><button class="button--primary '
        'button" type="submit">Válasz küldése</button></div></div></div></form><div class="block"><h3 '
        'class="block-header">Hasonló témák</h3><ul class="block-body"><li><a href="/threads/turbo-sipolas.9871/">'
        'Turbó sípolás hidegindításnál</a></li><li><a href="/threads/vezerles-csere.9802/">Vezérlés csere ára</a>'
        '</li></ul></div></div><div class="p-body-sidebar"><div class="block"><h3 class="block-minorHeader">Friss '
        'üzenetek</h3><ul><li><a href="/threads/9930/">Téli gumi nyáron?</a> <span>Ma, 09:12</span></li></ul></div>'
        '</div></div></div><footer class="p-footer"><div class="p-footer-copyright">Community platform by XenForo® '
        '© 2010-2024 · <a href="/help/terms/">Felhasználási feltételek</a></div></footer></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 3. Invision-Community-like, Finnish


def invision_topic() -> tuple:
    """A Finnish computer club's forum in the shape of Invision Community: every post (the topic's
    first one included, which is not a comment) an <article> with a side author pane (name, group,
    post count, reputation, a "Aloittaja" badge on the starter) plus a mobile copy of name and date,
    a header "Lähetetty <time>" with the day and a post number, reactions, "Lainaa" buttons and
    signatures. Flat: nobody's post is a reply in the markup. Dates as Finnish days over <time datetime>
    in UTC; the truth gives the instant in the Finnish offset, so that its day is the day shown."""
    url = "https://keskustelu.tietokonekerho.example.fi/topic/55102-naytonohjain-kuumenee-pelatessa/"
    fi = timezone(timedelta(hours=3))
    start = datetime(2024, 5, 3, 6, 0, tzinfo=UTC)
    forest = make_tree(703, [14], pick(FI_NAMES), texts(FI_WORDS, 3), start, (20, 400), 12, 18, start_id=402100)
    rows = list(flatten(forest))
    starter = "MikaV"
    groups = {"Ritva": "Ylläpitäjä", "Jarkko": "Moderaattori"}

    def shown(n: Node) -> str:
        d = n.when.astimezone(fi)
        return f"{d.day}. {FI_MONTHS[d.month - 1]} {d.year}"

    def tm(n: Node) -> str:
        d = n.when.astimezone(fi)
        return f"<time datetime='{iso_z(n.when)}' title='{d.strftime('%d.%m.%Y %H.%M')}' data-short='1 v'>{shown(n)}</time>"

    def post(n: Node, k: int) -> str:
        uid = zlib.crc32(n.author.encode()) % 30000
        prof = f"/profile/{uid}-{n.author.lower().replace(' ', '-').replace('.', '')}/"
        badge = (
            '<li data-role="badge" class="cAuthorPane_badge"><span class="ipsBadge ipsBadge_style1">Aloittaja</span></li>'
            if n.author == starter
            else ""
        )
        sig = (
            '<div data-role="memberSignature" class="ipsResponsive_hidePhone"><hr class="ipsHr"><div class="ipsType_richText'
            f' ipsType_normal ipsSignature"><p>Ryzen 5 5600 · 32 Gt · {esc(n.author)}n kone v3</p></div></div>'
            if uid % 3 == 0
            else ""
        )
        edited = (
            '<p class="ipsType_reset ipsType_medium ipsType_light" data-excludequote><strong>Muokattu '
            f"{tm(Node(n.author, [], n.when + timedelta(hours=1), 0))} käyttäjältä {esc(n.author)}</strong></p>"
            if n.cid % 4 == 1
            else ""
        )
        reacts = votes(n, 6)
        return (
            f'<article id="elComment_{n.cid}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent '
            'ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">'
            '<div class="cAuthorPane_mobile ipsResponsive_showPhone"><div class="cAuthorPane_photo"><a class="ipsUserPhoto '
            f'ipsUserPhoto_tiny" href="{prof}"><img src="/uploads/monthly_2024_04/{uid}.thumb.png" alt="{esc(n.author)}">'
            f'</a></div><div class="cAuthorPane_content"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_break">'
            f'<strong><a href="{prof}">{esc(n.author)}</a></strong></h3><div class="ipsType_light ipsType_reset"><a href="'
            f'{url}?do=findComment&amp;comment={n.cid}" class="ipsType_blendLinks">Lähetetty {tm(n)}</a></div></div></div>'
            '<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">'
            f'<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="{prof}" '
            f'class="ipsType_break">{esc(n.author)}</a></strong></h3><ul class="cAuthorPane_info ipsList_reset">'
            f'<li data-role="photo" class="cAuthorPane_photo"><a href="{prof}" class="ipsUserPhoto ipsUserPhoto_large">'
            f'<img src="/uploads/monthly_2024_04/{uid}.png" alt="{esc(n.author)}"></a></li>{badge}'
            f'<li data-role="group">{groups.get(n.author, "Jäsenet")}</li><li data-role="stats" class="ipsMargin_top">'
            f'<ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 '
            f'cAuthorPane_stats"><li><a href="{prof}content/" title="{uid % 3000 + 5} viestiä" class="ipsType_blendLinks">'
            f'<i class="fa fa-comment"></i> {uid % 3000 + 5}</a></li><li><span title="Maine"><i class="fa fa-trophy"></i> '
            f"{uid % 400}</span></li></ul></li></ul></aside>"
            f'<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-{n.cid}_wrap" data-controller='
            f'"core.front.core.comment" data-commentid="{n.cid}" class="ipsComment_content ipsType_medium">'
            '<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between">'
            f'<div class="ipsType_reset ipsResponsive_hidePhone">Lähetetty {tm(n)}</div><ul class="ipsList_inline '
            f'ipsComment_tools"><li><a href="{url}?do=findComment&amp;comment={n.cid}" data-ipstooltip title="Jaa tämä '
            f'viesti" class="ipsType_blendLinks">#{k}</a></li></ul></div><div class="cPost_contentWrap">'
            f'<div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained">'
            f"{p_html(n)}</div>{edited}"
            '<div class="ipsItemControls"><div data-controller="core.front.core.reaction" class="ipsItemControls_right '
            'ipsClearfix"><div class="ipsReact ipsPos_right"><div class="ipsReact_blurb"><ul class="ipsReact_reactions">'
            f'<li class="ipsReact_reactCount"><span><img src="/reactions/react_like.png" alt="Tykkää"> {reacts}</span>'
            '</li></ul></div></div></div><ul class="ipsComment_controls ipsClearfix ipsItemControls_left"><li><a '
            'class="ipsButton ipsButton_light ipsButton_verySmall ipsButton_narrow cMultiQuote" data-ipstooltip '
            'title="Monilainaa">+</a></li><li><a class="ipsButton ipsButton_veryLight ipsButton_verySmall" '
            f'data-action="quoteComment">Lainaa</a></li></ul></div>{sig}</div></div></div></article>'
        )

    op = Node(starter, article(7031, 3, FI_WORDS), start - timedelta(minutes=50), 402099)
    title = "Näytönohjain kuumenee pelatessa"
    page = (
        head(
            f"{title} - Näytönohjaimet - Tietokonekerho",
            url,
            "Näytönohjain käy 90 asteessa ja tuulettimet huutavat. Mitä tehdä?",
            '<meta property="og:type" content="website"><meta name="generator" content="Invision Community">',
            "fi",
        )
        + '<body class="ipsApp ipsApp_front ipsJS_none"><div id="ipsLayout_header" class="ipsClearfix"><header><div '
        'class="ipsLayout_container ipsFlex"><a href="/" id="elLogo" accesskey="1">Tietokonekerho</a><ul id="elUserNav">'
        '<li><a href="/login/">Kirjaudu sisään</a></li><li><a href="/register/" class="ipsButton">Rekisteröidy</a>'
        '</li></ul></div></header><nav class="ipsLayout_container"><ul><li><a href="/">Selaa</a></li><li><a href="/'
        'discover/">Aktiivisuus</a></li><li><a href="/search/">Haku</a></li></ul></nav></div>'
        '<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_'
        'contentWrapper"><nav class="ipsBreadcrumb"><ul><li><a href="/">Etusivu</a></li><li><a href="/forum/12-'
        'naytonohjaimet/">Näytönohjaimet</a></li></ul></nav><div id="ipsLayout_mainArea"><div class="ipsPageHeader '
        f'ipsResponsive_pull ipsBox ipsPadding"><h1 class="ipsType_pageTitle ipsContained_container"><span>{title}'
        '</span></h1><div class="ipsPageHeader__meta">Aloittaja <a href="/profile/1-mikav/">MikaV</a>, '
        f'{tm(op)}</div><a class="ipsFollow ipsButton ipsButton_light">Seuraa</a></div>'
        f'<div class="ipsClearfix"><span class="ipsPagination_pageJump">{len(rows) + 1} viestiä tässä aiheessa</span>'
        '</div><div id="comments" data-controller="core.front.core.commentFeed" data-feedid="topic-55102">'
        + post(op, 1)
        + "".join(post(n, k + 2) for k, (n, _, _) in enumerate(rows))
        + '</div><div class="ipsComposeArea ipsComposeArea_withPhoto ipsClearfix"><div class="ipsComposeArea_editor">'
        '<div class="ipsComposeArea_dummy">Vastaa tähän aiheeseen...</div></div></div><div class="ipsBox ipsPadding">'
        "<h2>Liity keskusteluun</h2><p>Voit kirjoittaa nyt ja rekisteröityä myöhemmin.</p></div>"
        '<div class="ipsWidget"><h3 class="ipsWidget_title">Samankaltainen sisältö</h3><ul><li><a href="/topic/54910-'
        'tuuletinkayrat/">Tuuletinkäyrät kuntoon</a></li><li><a href="/topic/55001-lampotahna/">Lämpötahnan vaihto'
        '</a></li></ul></div></div></div></div><aside id="ipsLayout_sidebar"><div class="ipsWidget"><h3 class="'
        'ipsWidget_title">Viimeisimmät viestit</h3><ul><li><a href="/topic/55110-nvme-hidas/">NVMe hidastuu</a></li>'
        '</ul></div></aside></main><footer id="ipsLayout_footer"><p id="elCopyright">Tietokonekerho ry · '
        '<a href="/privacy/">Tietosuoja</a> · Powered by Invision Community</p></footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: n.when.astimezone(fi).isoformat()), None


# ---------------------------------------------------------------- 4. wpDiscuz-like, Romanian


def wpdiscuz_nested() -> tuple:
    """A Romanian balcony-gardening blog with the wpDiscuz plugin: each comment's wrapper div (id
    wpd-comm-<id>_<parent id>, classes depth-N and wpd_comment_level-N) holds its box and then the
    wrappers of its replies; replies also show "Ca răspuns la Name"; "Vizitator" and "Autor" labels,
    vote counters, "Răspunde" and share buttons, a sort menu and a load-more button. Dates local."""
    url = "https://gradinadinbalcon.example.ro/2024/05/rasaduri-de-rosii-pe-balcon/"
    start = datetime(2024, 5, 3, 7, 0)
    owner = "Irina Vlad"

    def namer(r: random.Random) -> str:
        return r.choice(RO_NAMES) if r.random() < 0.7 else r.choice(RO_NAMES).split()[0]

    forest = make_tree(704, [7, 3, 2, 2], namer, texts(RO_WORDS), start, (10, 240), 14, 24, 3, start_id=3100)
    rows = list(flatten(forest))
    for n, d, _ in rows:
        if d == 1 and n.cid % 3 == 0:
            n.author = owner

    def shown(n: Node) -> str:
        return f"{n.when.day} {RO_MONTHS[n.when.month - 1]} {n.when.year} {n.when.strftime('%H:%M')}"

    def label(n: Node) -> tuple[str, str]:
        if n.author == owner:
            return "post_author", "Autor"
        return ("user", "Membru") if " " in n.author else ("guest", "Vizitator")

    def c(n: Node, d: int, p: Node | None, k: int) -> str:
        kind, lab = label(n)
        pid = p.cid if p is not None else 0
        parity = "even" if k % 2 == 0 else "odd"
        kids = "".join(c(x, d + 1, n, k + j + 1) for j, x in enumerate(n.children))
        reply_to = (
            f'<div class="wpd-reply-to"><i class="far fa-comments"></i> Ca răspuns la&nbsp;<a href="#comment-{p.cid}">'
            f"{esc(p.author)}</a></div>"
            if p is not None
            else ""
        )
        v = votes(n, 12) - 2
        shown_v = f"{v:+d}" if v else "0"
        return (
            f'<div id="wpd-comm-{n.cid}_{pid}" class="comment {parity} thread-{parity} depth-{d} wpd-comment '
            f'wpd_comment_level-{d}{" wpd-reply" if d > 1 else ""}"><div class="wpd-comment-wrap wpd-blog-{kind}">'
            f'<div class="wpd-comment-left"><div class="wpd-avatar"><img alt="{esc(n.author)}" src="https://secure.'
            f'gravatar.example/avatar/{zlib.crc32(n.author.encode()):08x}?s=64&amp;d=mm" class="avatar avatar-64 photo" '
            f'height="64" width="64" loading="lazy"></div><div class="wpd-comment-label" wpd-tooltip="{lab}" '
            f'wpd-tooltip-position="top"><span>{lab}</span></div></div><div id="comment-{n.cid}" class="wpd-comment-right">'
            f'<div class="wpd-comment-header"><div class="wpd-comment-author">{esc(n.author)}</div>'
            f'<div class="wpd-comment-date" title="{shown(n)}"><i class="far fa-clock" aria-hidden="true"></i> {shown(n)}'
            '</div><div class="wpd-comment-share wpd-hidden wpd-tooltip wpd-top"><i class="fas fa-share-alt" '
            'aria-hidden="true"></i><div class="wpd-tooltip-content"><a class="wc_fb" rel="noreferrer" target="_blank" '
            'href="https://www.facebook.example/sharer/sharer.php" title="Distribuie pe Facebook">Facebook</a>'
            '<a class="wc_whatsapp" target="_blank" href="https://api.whatsapp.example/send" title="Distribuie pe '
            'WhatsApp">WhatsApp</a></div></div><div class="wpd-space"></div><div class="wpd-comment-link wpd-hidden">'
            '<span wpd-tooltip="Link comentariu" wpd-tooltip-position="left"><i class="fas fa-link"></i></span></div>'
            f'</div>{reply_to}<div class="wpd-comment-text">{p_html(n)}</div><div class="wpd-comment-footer">'
            '<div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"><svg viewBox="0 0 20 20"></svg></div>'
            f'<div class="wpd-vote-result{" wpd-up" if v > 0 else ""}" title="{v}">{shown_v}'
            '</div><div class="wpd-vote-result-sep"></div><div class="wpd-vote-down wpd_not_clicked"><svg viewBox="0 0 '
            '20 20"></svg></div></div><div class="wpd-reply-button"><svg viewBox="0 0 24 24"></svg><span>Răspunde</span>'
            '</div><div class="wpd-space"></div>'
            + (
                '<div class="wpd-toggle wpd-hidden wpd_not_clicked" wpd-tooltip="Ascunde răspunsurile"><i class="fas '
                'fa-chevron-up"></i></div>'
                if kids
                else ""
            )  # fmt: skip
            + f'</div></div></div><div id="wpdiscuz_form_anchor-{n.cid}_{pid}"></div>{kids}</div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(7041, 6, RO_WORDS))
    total = len(rows) + 9
    page = (
        head(
            "Răsaduri de roșii pe balcon: ce am învățat anul acesta – Grădina din balcon",
            url,
            "Trei soiuri, două ghivece sparte și o recoltă surprinzătoare.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-02T18:30:00+03:00"><meta name="generator" content="WordPress 6.5.2">',
            "ro",
        )
        + '<body class="post-template-default single single-post"><div id="page" class="site"><header id="masthead" '
        'class="site-header"><p class="site-title"><a href="/" rel="home">Grădina din balcon</a></p><nav id="site-'
        'navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/legume/">Legume</a>'
        '</li><li><a href="/flori/">Flori</a></li><li><a href="/despre/">Despre mine</a></li></ul></nav></header>'
        '<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post '
        'status-publish hentry"><header class="entry-header"><h1 class="entry-title">Răsaduri de roșii pe balcon: ce '
        'am învățat anul acesta</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
        f'datetime="2024-05-02T18:30:00+03:00">2 mai 2024</time></span> <span class="byline">de {owner}</span></div>'
        f'</header><div class="entry-content">{body}</div><footer class="entry-footer"><span class="cat-links">'
        'Categorii: <a href="/legume/">Legume</a></span><div class="sharedaddy"><h3>Distribuie:</h3><a>Facebook</a> '
        "<a>Pinterest</a> <a>WhatsApp</a></div></footer></article>"
        '<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond"></div>'
        '<div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open"><div class="wpd-form-wrap">'
        '<div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-'
        'title">Abonează-te</span></div><div class="wpd-auth"><div class="wpd-login"><a href="/wp-login.php">'
        'Autentificare</a></div></div></div><div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper"><form '
        'class="wpd_comm_form wpd_main_comm_form" method="post"><div class="wpd-field-textarea"><textarea '
        'placeholder="Alătură-te discuției"></textarea></div><input name="wc_name" placeholder="Nume*"><input '
        'name="wc_email" placeholder="Email*"><input class="wc_comm_submit" type="submit" value="Publică comentariul">'
        '</form></div></div><div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div '
        f'class="wpd-thread-info" data-comments-count="{total}"><span class="wpdtc" title="{total}">{total}</span> '
        'Comentarii</div><div class="wpd-space"></div><div class="wpd-thread-filter"><div class="wpd-filter '
        'wpdf-sorting"><span class="wpdiscuz-sort-button wpdiscuz-date-sort-asc wpdiscuz-sort-button-active">Cele mai '
        'vechi</span><i class="fas fa-sort-down"></i><div class="wpdiscuz-sort-buttons"><span class="wpdiscuz-sort-'
        'button wpdiscuz-date-sort-desc">Cele mai noi</span><span class="wpdiscuz-sort-button wpdiscuz-vote-sort-up">'
        'Cele mai votate</span></div></div></div></div><div class="wpd-comment-info-bar"><div class="wpd-current-view">'
        '<i class="fas fa-quote-left"></i> Feedback-uri în linie</div></div><div class="wpd-thread-list">'
        + "".join(c(n, 1, None, i) for i, n in enumerate(forest))
        + '<div class="wpdiscuz-comment-pagination"><div class="wpd-load-more-submit-wrap"><button name="submit" '
        'data-lastparentid="0" class="wpd-load-more-submit wpd-loaded wpd-prim-button" type="submit" title="Încarcă '
        'mai multe comentarii">Încarcă mai multe comentarii</button></div></div></div></div></div></div>'
        '<div id="wpdiscuz-loading-bar" class="wpdiscuz-loading-bar-unauth"></div></main><aside id="secondary" '
        'class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Articole recente'
        '</h2><ul><li><a href="/2024/04/busuioc-din-seminte/">Busuioc din semințe, pas cu pas</a></li><li><a href="/'
        '2024/04/ghivece-autoirigante/">Ghivece autoirigante din PET</a></li></ul></section></aside></div>'
        '<footer id="colophon" class="site-footer"><div class="site-info">© 2024 Grădina din balcon · <a href="/'
        'politica-de-confidentialitate/">Politica de confidențialitate</a></div></footer></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 5. Disqus-like, English


def disqus_thread() -> tuple:
    """An English photography blog with a Disqus-like thread rendered into the page: <ul
    id="post-list"> of <li class="post">, each reply list a <ul class="children"> inside the post,
    replies naming their parent in a "parent-link" beside the author, upvote counts, Reply and
    Share menus, "Show more replies" on some threads and a "Load more comments" button. Ages
    relative ("12 days ago") with the full local date in the link's title."""
    url = "https://slowshutter.example.com/2024/05/developing-film-at-home/"
    start = datetime(2024, 5, 3, 8, 0)
    owner = "Slow Shutter"

    def namer(r: random.Random) -> str:
        return full_name(r) if r.random() < 0.6 else handle(r)

    forest = make_tree(705, [8, 3, 2, 2], namer, paras, start, (15, 400), 15, 25, 3, start_id=6439012000)
    rows = list(flatten(forest))
    for n, d, _ in rows:
        if d == 1 and n.cid % 4 == 1:
            n.author = owner
    now = datetime(2024, 5, 21, 9, 30)

    def en(unit: str, v: int) -> str:
        names = {"s": "second", "m": "minute", "h": "hour", "d": "day", "M": "month"}
        if unit == "s":
            return "a few seconds ago"
        if v <= 1:
            return f"{'an' if unit == 'h' else 'a'} {names[unit]} ago"
        return f"{v} {names[unit]}s ago"

    def rel(n: Node) -> str:
        return ago(now, n.when, en)

    def title(n: Node) -> str:
        d = n.when
        return f"{d.strftime('%A, %B')} {d.day}, {d.year} {int(d.strftime('%I'))}:{d.strftime('%M %p')}"

    def li(n: Node, p: Node | None) -> str:
        slug = re.sub(r"[^a-z0-9]", "", n.author.lower())
        kids = "".join(li(x, n) for x in n.children)
        mod = '<span class="badge moderator">Mod</span>' if n.author == owner else ""
        parent = (
            f'<span class="parent-link-container"><a href="#comment-{p.cid}" class="parent-link" data-role="parent-link">'
            f'<i aria-label="in reply to" class="icon icon-forward" title="in reply to"></i> {esc(p.author)}</a></span>'
            if p is not None
            else ""
        )
        more = (
            '<a class="show-children" data-action="show-children" href="#"><span class="show-children-text">Show more '
            "replies</span></a>"
            if kids and n.cid % 3 == 0
            else ""
        )
        v = votes(n, 14)
        return (
            f'<li class="post" id="post-{n.cid}"><div role="alert"></div><div class="post-content" data-role="post-content">'
            f'<div class="indicator"></div><div class="avatar hovercard"><a href="https://disqus.example/by/{slug}/" '
            f'class="user" data-action="profile" data-username="{slug}"><img data-role="user-avatar" src="//a.disquscdn.'
            'example/images/noavatar92.png" alt="Avatar"></a></div><div class="post-body"><header class="comment__header">'
            f'<span class="post-byline"><span class="author publisher-anchor-color"><a href="https://disqus.example/by/'
            f'{slug}/" data-action="profile" data-username="{slug}" data-role="username">{esc(n.author)}</a></span>'
            f'{mod}{parent}</span><span class="post-meta"><span class="bullet time-ago-bullet" aria-hidden="true">•</span> '
            f'<a href="{url}#comment-{n.cid}" data-role="relative-time" class="time-ago" title="{title(n)}">{rel(n)}</a>'
            '</span></header><div class="post-body-inner"><div class="post-message-container" data-role="message-container">'
            '<div class="publisher-anchor-color" data-role="message-content"><div class="post-message" data-role="message" '
            f'dir="auto">{p_html(n)}</div></div></div></div><footer class="comment__footer"><menu class="comment-footer__menu">'
            f'<li class="voting" data-role="voting"><a href="#" class="vote-up count-{v}" data-action="upvote" title="Vote up">'
            f'<span class="updatable count" data-role="likes">{v or ""}</span> <span class="control"><i aria-hidden="true" '
            'class="icon icon-arrow-2"></i></span></a><span role="button" class="vote-down count-0" data-action="downvote" '
            'title="Vote down"><span class="control"><i aria-hidden="true" class="icon icon-arrow"></i></span></span></li>'
            '<li class="bullet" aria-hidden="true">•</li><li class="reply" data-role="reply-link"><a href="#" '
            'data-action="reply"><span class="text">Reply</span></a></li><li class="bullet" aria-hidden="true">•</li>'
            '<li class="comment__share"><a class="toggle"><span class="text">Share ›</span></a><ul class="comment-share__'
            'buttons"><li class="twitter"><a href="#" data-action="share:twitter">Twitter</a></li><li class="facebook">'
            '<a href="#" data-action="share:facebook">Facebook</a></li><li class="link"><a href="#">Link</a></li></ul></li>'
            f'</menu></footer></div></div><ul data-role="children" class="children">{kids}</ul>{more}</li>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(7051, 6))
    page = (
        head(
            "Developing film at home, the cheap way – Slow Shutter",
            url,
            "A changing bag, two tanks and a thermometer: my kit for black-and-white at the kitchen sink.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-02T19:00:00+01:00">',
        )
        + '<body class="post"><header class="site-head"><a class="site-logo" href="/">Slow Shutter</a><nav><a href="/'
        'film/">Film</a> <a href="/gear/">Gear</a> <a href="/darkroom/">Darkroom</a> <a href="/about/">About</a></nav>'
        '</header><main class="site-main"><article class="post-full"><header class="post-full-header"><h1 class="post-'
        'full-title">Developing film at home, the cheap way</h1><time class="post-full-meta-date" datetime="2024-05-02">'
        f'2 May 2024</time></header><section class="post-full-content">{body}</section><div class="share-buttons">'
        '<span>Share this:</span> <a class="share-twitter">Twitter</a> <a class="share-facebook">Facebook</a> <a '
        'class="share-mail">Email</a></div></article><section class="post-comments"><div id="disqus_thread"><div '
        'id="layout" data-tracking-area="layout"><section id="conversation" data-role="main"><div class="nav nav-primary">'
        f'<ul><li class="nav-tab nav-tab--primary tab-conversation active"><a class="publisher-nav-color"><span class="'
        f'comment-count">{len(rows) + 6} Comments</span></a></li><li class="nav-tab nav-tab--primary tab-community"><a '
        'class="dropdown-toggle"><span class="community-name"><strong>Slow Shutter</strong></span></a></li><li class="'
        'nav-tab nav-tab--secondary dropdown user-menu"><a><span>Login</span></a></li></ul></div><div id="thread-share-'
        'bar"><a class="twitter">Tweet</a> <a class="facebook">Share</a></div><div class="nav nav-secondary"><ul><li '
        'id="favorite-button" class="nav-tab nav-tab--secondary"><a class="dropdown-toggle"><span class="label">'
        'Favorite</span></a></li><li class="nav-tab nav-tab--secondary dropdown sorting pull-right"><a class="dropdown-'
        'toggle"><span class="label">Sort by Oldest</span></a><ul class="dropdown-menu"><li><a>Best</a></li><li><a>'
        'Newest</a></li><li class="selected"><a>Oldest</a></li></ul></li></ul></div><div id="form"><form class="reply">'
        '<div class="postbox"><div class="textarea-wrapper"><div class="textarea" placeholder="Join the discussion…">'
        '</div></div><section class="auth-section logged-out"><div class="connect"><h6>Log in with</h6></div><div '
        'class="guest"><h6>or sign up with Disqus</h6><input name="display_name" placeholder="Name"></div></section></div>'
        '</form></div><div id="posts"><ul id="post-list" class="post-list">'
        + "".join(li(n, None) for n in forest)
        + '</ul><div class="load-more" data-role="more"><a href="#" data-action="more-posts" class="btn load-more__button">'
        'Load more comments</a></div></div></section><div id="footer"><ul><li class="install"><a href="https://disqus.'
        'example/" rel="nofollow">Powered by Disqus</a></li><li class="do-not-sell"><a>Do Not Sell My Data</a></li></ul>'
        '</div></div></div></section></main><aside class="read-next"><h3>Read next</h3><ul><li><a href="/2024/04/'
        'pinhole-from-a-biscuit-tin/">A pinhole camera from a biscuit tin</a></li><li><a href="/2024/03/scanning-'
        'negatives-with-a-phone/">Scanning negatives with a phone</a></li></ul></aside><footer class="site-foot">'
        "© 2024 Slow Shutter · Published with Ghost</footer></body></html>"
    )
    return url, page, truth(rows, rel, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 6. Remark42-like, Ukrainian


def remark42_threads() -> tuple:
    """A Ukrainian self-hosted blog with a Remark42-like widget: each thread a div.thread
    (thread_level_N) holding the comment's <article> and then the threads of its replies; a reply
    has a "link to parent" arrow (#remark42__comment-<parent uuid>), scores with vote buttons,
    "Відповісти" actions, an admin badge, a sort line and a "Показати ще" button. Dates local."""
    url = "https://notatky.example.com.ua/posts/bekap-zfs-na-domashnomu-serveri/"
    start = datetime(2024, 4, 20, 9, 0)
    owner = "Тарас Кравченко"
    forest = make_tree(706, [6, 3, 2, 1], pick(UK_NAMES), texts(UK_WORDS), start, (30, 900), 12, 22, 3, start_id=40)
    rows = list(flatten(forest))

    def uid(n: Node) -> str:
        h = f"{zlib.crc32(str(n.cid).encode()):08x}{zlib.crc32(n.author.encode()):08x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[1:4]}-{h[4:16]}"

    def shown(n: Node) -> str:
        return f"{n.when.day} {UK_MONTHS[n.when.month - 1]} {n.when.year} р. о {n.when.strftime('%H:%M')}"

    def art(n: Node, level: int, p: Node | None) -> str:
        admin = '<span class="comment__admin-badge">адмін</span>' if n.author == owner else ""
        to_parent = (
            f'<a class="comment__link-to-parent" href="{url}#remark42__comment-{uid(p)}" aria-label="Перейти до '
            'батьківського коментаря" title="Показати батьківський коментар"><svg width="12" height="12"></svg></a>'
            if p is not None
            else ""
        )
        score = votes(n, 9) - 2
        ident = f"github_{zlib.crc32(n.author.encode()):x}"
        return (
            f'<article class="comment comment_level_{level} comment_theme_light" id="remark42__comment-{uid(n)}" '
            f'role="article"><div class="comment__info"><img class="avatar-icon comment__avatar" src="/remark42/api/v1/'
            f'avatar/{ident}.image" alt=""><button class="comment__username" title="{ident}">{esc(n.author)}</button>'
            f'{admin}<a href="{url}#remark42__comment-{uid(n)}" class="comment__time">{shown(n)}</a>{to_parent}'
            '<span class="comment__score"><button class="comment__vote comment__vote_type_up" aria-label="Голосувати '
            f'за">▲</button><span class="comment__score-value" title="Рейтинг: {score}">{score}</span><button '
            'class="comment__vote comment__vote_type_down" aria-label="Голосувати проти">▼</button></span></div>'
            f'<div class="comment__body"><div class="comment__text raw-content raw-content_theme_light">{p_html(n)}</div>'
            '<div class="comment__actions"><button class="comment__action">Відповісти</button><button '
            'class="comment__action comment__action_type_copy">Копіювати</button></div></div></article>'
        )

    def thread(n: Node, level: int, p: Node | None) -> str:
        kids = "".join(thread(x, level + 1, n) for x in n.children)
        collapse = (
            '<button class="thread__collapse" aria-label="Згорнути гілку"><div></div></button>' if n.children else ""
        )
        role = ' role="listitem"' if level == 0 else ""
        return f'<div class="thread thread_level_{level} thread_theme_light"{role}>{collapse}{art(n, level, p)}{kids}</div>'

    body = "".join(f"<p>{esc(p)}</p>" for p in article(7061, 5, UK_WORDS))
    page = (
        head(
            "Бекап ZFS на домашньому сервері | Нотатки адміна",
            url,
            "Знімки, реплікація на другий диск і що робити, коли пул не імпортується.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-04-19T20:00:00+03:00"><meta name="generator" content="Hugo 0.125.4">',
            "uk",
        )
        + '<body class="single"><header class="header"><nav class="nav"><a class="logo" href="/">Нотатки адміна</a>'
        '<ul id="menu"><li><a href="/posts/">Дописи</a></li><li><a href="/tags/">Теги</a></li><li><a href="/about/">'
        'Про мене</a></li></ul></nav></header><main class="main"><article class="post-single"><header class="post-'
        'header"><h1 class="post-title">Бекап ZFS на домашньому сервері</h1><div class="post-meta"><span>19 квітня '
        "2024</span>&nbsp;·&nbsp;<span>8 хв</span>&nbsp;·&nbsp;<span>Тарас Кравченко</span></div></header>"
        f'<div class="post-content">{body}<pre><code>zfs snapshot -r tank@daily\nzfs send -R tank@daily | zfs recv '
        'backup/tank</code></pre></div><footer class="post-footer"><ul class="post-tags"><li><a href="/tags/zfs/">zfs'
        '</a></li><li><a href="/tags/bekap/">бекап</a></li></ul><div class="share-buttons"><a aria-label="Поділитися в '
        'Telegram">Telegram</a> <a aria-label="Поділитися у Facebook">Facebook</a></div></footer></article>'
        '<section class="comments"><h2>Коментарі</h2><div id="remark42"><div class="root root_theme_light"><div '
        'class="root__main"><div class="auth-panel"><div class="auth-panel__column">Увійдіть, щоб коментувати: '
        '<button>GitHub</button> <button>Google</button> <button>анонімно</button></div><div class="auth-panel__column">'
        f'<span>{len(rows)} коментарів</span> · Сортувати за <select class="auth-panel__select"><option selected>'
        'найкращі</option><option>найновіші</option><option>найстаріші</option></select></div></div><form class="input '
        'root__input"><textarea class="input__field" placeholder="Ваш коментар тут"></textarea><button class="button '
        'input__button" type="submit">Надіслати</button><p class="input__rss">Підписатися через RSS</p></form>'
        '<div role="list" class="root__threads">'
        + "".join(thread(n, 0, None) for n in forest)
        + '</div><button class="button root__show-more">Показати ще</button></div><p class="root__copyright" '
        'role="contentinfo">Працює на <a href="https://remark42.example/">Remark42</a></p></div></div></section>'
        '<nav class="paginav"><a class="prev" href="/posts/nginx-i-letsencrypt/">« Nginx і Let\'s Encrypt</a> '
        '<a class="next" href="/posts/wireguard-vdoma/">WireGuard удома »</a></nav></main><footer class="footer">'
        "<span>© 2024 Нотатки адміна</span> · <span>Зроблено на Hugo</span></footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 7. Lemmy-like, English


def lemmy_tree() -> tuple:
    """A Lemmy-like link aggregator's post page: the link post on top (title, domain, score, body; not
    a comment), then the comment tree as nested <ul class="comments"> of <li>/<article>, each with a
    collapse button, score, "OP" or "MOD" badges, and icon links "link" (/comment/<id>) and, on a
    reply, "parent" (/comment/<parent id>); ages relative only ("5h", "2d"), no machine date."""
    url = "https://lemmy.example.world/post/8812345"
    start = datetime(2024, 5, 5, 6, 0, tzinfo=UTC)
    forest = make_tree(707, [6, 3, 2, 2], handle, paras, start, (3, 90), 15, 25, 3, start_id=4410021)
    rows = list(flatten(forest))
    op_name = "towpath_tess"
    for n, d, _ in rows:
        if d == 1 and n.cid % 5 == 3:
            n.author = op_name
    mods = {"cobaltreed7"}
    now = rows[-1][0].when + timedelta(minutes=40)

    def rel(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"{int(s // 60)}m"
        if s < 86400:
            return f"{int(s // 3600)}h"
        return f"{int(s // 86400)}d"

    borders = ["border-danger", "border-warning", "border-info", "border-success"]

    def li(n: Node, d: int, p: Node | None) -> str:
        kids = "".join(li(x, d + 1, n) for x in n.children)
        kids_html = f'<ul class="comments ms-1 border-start border-2 {borders[d % 4]}">{kids}</ul>' if kids else ""
        badges = ('<span class="mx-1 badge text-bg-light">OP</span>' if n.author == op_name else "") + (
            '<span class="mx-1 badge text-bg-light">MOD</span>' if n.author in mods else ""
        )
        score = votes(n, 60) - 3
        parent = (
            f'<a class="btn btn-link btn-animate text-muted btn-sm" href="/comment/{p.cid}" title="parent" '
            'aria-label="parent"><svg class="icon icon-inline"><use href="/static/assets/symbols.svg#icon-arrow-up">'
            "</use></svg></a>"
            if p is not None
            else ""
        )
        return (
            f'<li class="comment list-unstyled"><article id="comment-{n.cid}" class="details comment-node py-2" '
            'role="comment"><div class="ms-1"><div class="d-flex flex-wrap align-items-center text-muted small">'
            '<button class="btn btn-sm text-muted me-2" aria-label="Collapse" data-tippy-content="Collapse"><svg '
            'class="icon icon-inline"><use href="/static/assets/symbols.svg#icon-minus-square"></use></svg></button>'
            f'<span class="me-2"><a class="person-listing d-inline-flex align-items-baseline text-info" title="{n.author}"'
            f' href="/u/{n.author}"><span>{n.author}</span></a></span>{badges}<span class="me-1 font-weight-bold" '
            f'aria-label="{score} points">{score}</span><span class="me-1">•</span><span><span class="moment-time pointer '
            f'unselectable">{rel(n)}</span></span></div><div class="md-div">{p_html(n)}</div><div class="d-flex '
            'justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold"><button class="btn btn-link '
            f'btn-animate text-muted" aria-label="Upvote">▲ {max(score, 0)}</button><button class="btn btn-link '
            'btn-animate text-muted" aria-label="Downvote">▼</button><button class="btn btn-link btn-animate text-muted" '
            'aria-label="Reply"><svg class="icon icon-inline"><use href="#icon-reply1"></use></svg></button>'
            f'<a class="btn btn-link btn-animate text-muted btn-sm" href="/comment/{n.cid}" title="link" aria-label="link">'
            f'<svg class="icon icon-inline"><use href="#icon-link"></use></svg></a>{parent}<button class="btn btn-link '
            'btn-animate text-muted" aria-label="Show more">⋯</button></div></div></article>'
            + kids_html
            + (
                '<button class="btn btn-link text-muted ms-3">2 more replies</button>'
                if not n.children and n.cid % 7 == 0
                else ""
            )
            + "</li>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(7071, 2))
    page = (
        head(
            "Why towns are ripping out parking minimums - Lemmy.example.world",
            url,
            "Parking minimums were meant to ease congestion. The evidence says otherwise.",
            '<meta property="og:type" content="website"><meta name="Description" content="Lemmy">',
        )
        + '<body><div id="app" class="lemmy-site"><nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3">'
        '<a class="navbar-brand" href="/">Lemmy.example.world</a><ul class="navbar-nav"><li><a class="nav-link" '
        'href="/communities">Communities</a></li><li><a class="nav-link" href="/create_post">Create Post</a></li></ul>'
        '<ul class="navbar-nav ms-auto"><li><a class="nav-link" href="/login">Login</a></li><li><a class="nav-link" '
        'href="/signup">Sign Up</a></li></ul></nav><main class="container-lg mt-3"><div class="row"><div class="col-12 '
        'col-md-8 col-lg-9 mb-3"><div class="post-listing mt-2"><div class="d-flex"><div class="vote-bar col-1 pe-0 '
        'small text-center"><button aria-label="Upvote">▲</button><div class="unselectable pointer text-muted px-1 '
        'post-score">412</div><button aria-label="Downvote">▼</button></div><div class="flex-grow-1"><h1 class="h5 '
        'd-inline text-break"><a class="d-inline link-dark" href="https://www.citylab.example.com/parking-minimums">Why '
        'towns are ripping out parking minimums</a></h1> <a class="fst-italic link-dark link-opacity-75" href="https://'
        'www.citylab.example.com/parking-minimums">citylab.example.com</a><div class="small mb-1 mb-md-0"><span><a class'
        f'="person-listing" href="/u/{op_name}">{op_name}</a></span> to <a class="community-link" href="/c/urbanism">'
        'urbanism</a> • <span class="moment-time">9h</span></div><div class="md-div">'
        + body
        + f'</div><div class="d-flex align-items-center small text-muted"><a class="btn btn-link btn-sm text-muted" '
        f'href="/post/8812345#comments">{len(rows) + 3} comments</a><button class="btn btn-link btn-sm">Share</button>'
        '<button class="btn btn-link btn-sm">Save</button><button class="btn btn-link btn-sm">Cross-post</button>'
        '</div></div></div></div><form class="comment-form mb-3"><textarea class="form-control" placeholder="Reply">'
        '</textarea><button type="submit" class="btn btn-secondary me-2">Reply</button><button class="btn btn-secondary">'
        'Preview</button></form><div class="d-flex mb-2"><div class="btn-group btn-group-toggle flex-wrap me-3" '
        'role="group"><label class="btn btn-outline-secondary pointer active">Hot</label><label class="btn '
        'btn-outline-secondary pointer">Top</label><label class="btn btn-outline-secondary pointer">New</label><label '
        'class="btn btn-outline-secondary pointer">Old</label></div><div class="btn-group btn-group-toggle"><label '
        'class="btn btn-outline-secondary pointer active">Comments</label><label class="btn btn-outline-secondary '
        'pointer">Chat</label></div></div><div class="comments"><ul class="comments">'
        + "".join(li(n, 0, None) for n in forest)
        + '</ul></div></div><aside class="d-none d-md-block col-md-4 col-lg-3"><div class="card border-secondary mb-3">'
        '<div class="card-body"><h5 class="mb-0">urbanism</h5><a class="text-muted" href="/c/urbanism">'
        '!urbanism@lemmy.example.world</a><p>Cities, towns, streets and the people in them.</p><button class="btn '
        'btn-secondary d-block mb-2 w-100">Subscribe</button><ul class="list-inline"><li class="list-inline-item badge '
        'text-bg-secondary">12.4K subscribers</li><li class="list-inline-item badge text-bg-secondary">3.1K posts</li>'
        '</ul><h6>Moderators</h6><ul><li><a href="/u/cobaltreed7">cobaltreed7</a></li><li><a href="/u/millrace">'
        'millrace</a></li></ul></div></div></aside></div></main><footer class="app-footer container-lg navbar '
        'navbar-expand-md navbar-light navbar-bg p-3"><ul class="navbar-nav"><li><a href="/modlog">Modlog</a></li><li>'
        '<a href="/instances">Instances</a></li><li><a href="https://join-lemmy.example/docs">Docs</a></li></ul>'
        "</footer></div></body></html>"
    )
    return url, page, truth(rows, rel, lambda n: None), None


# ---------------------------------------------------------------- 8. dev.to-like, Portuguese


def devto_details() -> tuple:
    """A dev.to-like developer-blog post in Portuguese (English interface): each comment in a
    <details open> whose <summary> holds the collapsed author line ("Name • May 3"), then the
    comment node (name twice, a <time datetime> in UTC, body, likes and Reply), and the replies as
    further <details> inside it; "Top comments", a comment form and "Read next" around it."""
    url = "https://dev.example.to/camila_souza/como-reduzi-o-tempo-de-build-do-nosso-monorepo-4k2a"
    start = datetime(2024, 5, 3, 11, 0, tzinfo=UTC)
    author = "Camila Souza"
    forest = make_tree(708, [6, 3, 2, 1], pair(PT_FIRST, PT_LAST), texts(PT_DEV_WORDS), start, (20, 900), 12, 22, 3,
                       start_id=91200)  # fmt: skip
    rows = list(flatten(forest))
    for n, d, _ in rows:
        if d == 1 and n.cid % 3 == 1:
            n.author = author

    def shown(n: Node) -> str:
        return f"{n.when.strftime('%b')} {n.when.day}"

    def slug(n: Node) -> str:
        return re.sub(r"[^a-z]", "_", n.author.lower().replace("ç", "c"))

    def code(n: Node) -> str:
        return format(zlib.crc32(str(n.cid).encode()) % 36**4, "x")[:4]

    def det(n: Node, d: int) -> str:
        s, c = slug(n), code(n)
        likes = votes(n, 9)
        kids = "".join(det(x, d + 1) for x in n.children)
        return (
            f'<details class="comment-wrapper comment-wrapper--deep-{d} js-comment-wrapper" open><summary aria-label='
            '"Toggle this comment (and replies)" data-tracking-name="expand_comment_toggle"><span class="inline-block '
            f'align-middle"><span class="comment__collapse-link"><img src="/uploads/user/profile_image/{n.cid}/a.png" '
            'class="crayons-avatar__image" width="24" height="24" alt=""></span> <span class="js-collapse-comment-content '
            f'inline-block align-middle">{esc(n.author)} • {shown(n)}</span></span></summary>'
            f'<div id="comment-node-{n.cid}" class="comment single-comment-node {"root-comment" if d == 0 else "child-comment"}'
            f' comment--deep-{d}" data-comment-id="{n.cid}" data-path="/{s}/comment/{c}" data-comment-author-id="'
            f'{zlib.crc32(s.encode()) % 900000}"><div class="comment__inner"><a href="/{s}" class="shrink-0 crayons-avatar '
            f'{"m:crayons-avatar--l " if d == 0 else ""}mt-4"><img class="crayons-avatar__image" width="32" height="32" '
            f'src="/uploads/user/profile_image/{n.cid}/b.png" alt="{s} profile image" loading="lazy"></a><div class="inner-'
            'comment comment__details"><div class="comment__content crayons-card"><div class="comment__header">'
            f'<a href="/{s}" class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden">'
            f'{esc(n.author)}</a><div class="profile-preview-card relative mb-4 s:mb-0 fw-medium hidden m:inline-block">'
            f'<button class="profile-preview-card__trigger p-1 -my-1 -ml-1 crayons-btn crayons-btn--ghost" aria-label="'
            f'{esc(n.author)} profile details">{esc(n.author)}</button></div>'
            + (
                '<span class="crayons-indicator crayons-indicator--accent ml-1">Author</span>'
                if n.author == author
                else ""
            )
            + '<span class="color-base-30 px-2 m:pl-0" role="presentation">•</span>'
            f'<a href="/{s}/comment/{c}" class="comment-date crayons-link crayons-link--secondary fs-s"><time datetime="'
            f'{n.when.strftime("%Y-%m-%dT%H:%M:%SZ")}" class="date-no-year">{shown(n)}</time></a><div class="comment__'
            'dropdown" data-tracking-name="comment_dropdown"><button class="comment__dropdown-trigger crayons-btn '
            'crayons-btn--s crayons-btn--ghost crayons-btn--icon" aria-label="Toggle dropdown menu" aria-haspopup="true">'
            f'<svg width="24" height="24"></svg></button><div class="crayons-dropdown"><ul class="m-0"><li><a href="/{s}/'
            f'comment/{c}" class="crayons-link crayons-link--block permalink-copybtn">Copy link</a></li><li><a href="/'
            f'report-abuse?url=/{s}/comment/{c}" class="crayons-link crayons-link--block">Report abuse</a></li></ul></div>'
            f'</div></div><div class="comment__body text-styles text-styles--secondary body">{p_html(n)}</div></div>'
            '<footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost crayons-btn--icon-left '
            f'crayons-btn--s mr-1 reaction-like inline-flex reaction-button" data-comment-id="{n.cid}"><svg width="24" '
            f'height="24"></svg><span class="reactions-count" id="reactions-count-{n.cid}">{likes}</span> <span class="'
            f'reactions-label hidden m:inline-block">{"like" if likes == 1 else "likes"}</span></button><a class="actions '
            'crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left toggle-reply-form mr-1 inline-flex" '
            f'href="#/{s}/comment/{c}" data-comment-id="{n.cid}" rel="nofollow"><svg width="24" height="24"></svg><span '
            f'class="hidden m:inline-block">Reply</span></a></footer></div></div></div>{kids}</details>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(7081, 6, PT_DEV_WORDS))
    page = (
        head(
            "Como reduzi o tempo de build do nosso monorepo - DEV Community",
            url,
            "De 14 para 4 minutos: cache remoto, builds incrementais e menos dependências.",
            '<meta property="og:type" content="article"><meta name="author" content="Camila Souza">',
            "pt",
        )
        + '<body class="default sans-serif-article-body"><header class="crayons-header"><div class="crayons-header__'
        'container"><a href="/" class="site-logo" aria-label="DEV Community Home">DEV</a><form class="crayons-header--'
        'search"><input class="crayons-header--search-input crayons-textfield" type="text" placeholder="Search...">'
        '</form><div class="flex items-center"><a href="/enter" class="c-link c-link--block">Log in</a><a href="/enter?'
        'state=new-user" class="c-cta c-cta--branded">Create account</a></div></div></header><div class="crayons-layout '
        'crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left" aria-label="Article '
        'actions"><div class="crayons-article-actions"><button class="crayons-reaction" aria-label="Like">❤️ <span>84'
        '</span></button><button class="crayons-reaction" aria-label="Unicorn">🦄 <span>12</span></button><button '
        'class="crayons-reaction" aria-label="Save">🔖 <span>40</span></button></div></aside><main id="main-content" '
        'class="crayons-layout__content"><article class="crayons-card crayons-article mb-4" id="article-show-container">'
        '<header class="crayons-article__header"><div class="crayons-article__subheader"><a href="/camila_souza" class="'
        'crayons-link fw-bold">Camila Souza</a> <span class="fs-xs color-base-60">Posted on <time datetime="2024-05-03'
        'T09:12:44Z">May 3</time></span></div><h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2">'
        'Como reduzi o tempo de build do nosso monorepo</h1><div class="spec__tags flex flex-wrap"><a class="crayons-tag"'
        ' href="/t/typescript"><span class="crayons-tag__prefix">#</span>typescript</a><a class="crayons-tag" href="/t/'
        'devops"><span class="crayons-tag__prefix">#</span>devops</a><a class="crayons-tag" href="/t/braziliandevs">'
        '<span class="crayons-tag__prefix">#</span>braziliandevs</a></div></header><div class="crayons-article__main">'
        f'<div class="crayons-article__body text-styles spec__body" id="article-body">{body}</div></div>'
        '<section id="comments" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10"><header '
        f'class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments ({len(rows)})'
        '</h2><div class="comments-sort"><button id="toggle-comments-sort-dropdown" class="crayons-btn crayons-btn--'
        'ghost-dimmed" aria-label="Sort comments">Top</button><div class="crayons-dropdown"><ul><li><a href="?comments_'
        'sort=top">Top</a></li><li><a href="?comments_sort=latest">Latest</a></li><li><a href="?comments_sort=oldest">'
        'Oldest</a></li></ul></div></div></header><form class="comment-form" id="new_comment"><textarea class="crayons-'
        'textfield comment-textarea" placeholder="Add to the discussion" aria-label="Add a comment to the discussion">'
        '</textarea><button class="crayons-btn" type="submit">Submit</button><button class="crayons-btn crayons-btn--'
        'secondary" type="button">Preview</button></form><div id="comment-trees-container" class="comments">'
        + "".join(det(n, 0) for n in forest)
        + '</div><p class="mt-4 crayons-notice">Some comments may only be visible to logged-in visitors. <a href="/enter">'
        'Sign in</a> to view all comments.</p><footer class="text-center"><a href="/code-of-conduct">Code of Conduct</a>'
        ' • <a href="/report-abuse">Report abuse</a></footer></section></article></main><aside class="crayons-layout__'
        'sidebar-right"><section class="crayons-card crayons-card--secondary"><header><h3 class="crayons-subtitle-1">'
        'More from <a href="/camila_souza">Camila Souza</a></h3></header><ul><li><a href="/camila_souza/cache-remoto-no-'
        'turborepo-1a2b">Cache remoto no Turborepo sem dor</a></li><li><a href="/camila_souza/testes-flaky-3c4d">'
        'Caçando testes flaky</a></li></ul></section><section class="crayons-card crayons-card--secondary"><h3>Read '
        'next</h3><ul><li><a href="/rafa_lima/docker-multi-stage-9z8y">Docker multi-stage na prática</a> <span>Rafael '
        'Lima - May 1</span></li></ul></section></aside></div><footer id="footer" class="crayons-footer"><p>DEV Community'
        " — A constructive and inclusive social network for software developers. © 2016 - 2024.</p></footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 9. Greek news, declarative shadow DOM


def shadow_widget() -> tuple:
    """A Greek island news site whose comments widget is a server-rendered web component: the whole
    thread sits inside <comments-widget><template shadowrootmode="open">, with opaque class names,
    each comment an <article> with its replies in a role="group" div inside it, a slotted title,
    sort menu, form and "Περισσότερα σχόλια" button. Dates shown as a day over <time datetime> day."""
    url = "https://www.nisiotika-nea.example.gr/koinonia/2024/05/03/neo-dromologio-plion-gia-to-kalokairi"
    start = datetime(2024, 5, 2, 9, 0)
    forest = make_tree(709, [6, 3, 2, 1], pick(EL_NAMES), lambda r: paras(r, EL_WORDS, "..;!", 2), start, (60, 700),
                       13, 22, 3, start_id=88410)  # fmt: skip
    rows = list(flatten(forest))

    def shown(n: Node) -> str:
        return f"{n.when.day} {EL_MONTHS[n.when.month - 1]} {n.when.year}"

    def item(n: Node) -> str:
        kids = "".join(item(x) for x in n.children)
        initials = "".join(w[0] for w in n.author.split())
        return (
            f'<article class="{css("item")}" id="c{n.cid}"><header class="{css("ih")}"><span class="{css("av")}" '
            f'aria-hidden="true">{initials}</span><strong class="{css("nm")}">{esc(n.author)}</strong> <time class="'
            f'{css("tm")}" datetime="{n.when.date().isoformat()}">{shown(n)}</time></header><div class="{css("tx")}">'
            f'{p_html(n)}</div><footer class="{css("if")}"><button class="{css("lk")}" aria-label="Μου αρέσει">👍 '
            f'{votes(n, 40)}</button><button class="{css("dl")}" aria-label="Δεν μου αρέσει">👎 {votes(n, 7)}</button>'
            f'<button class="{css("rp")}">Απάντηση</button><button class="{css("rep")}">Αναφορά</button></footer>'
            + (f'<div class="{css("kids")}" role="group">{kids}</div>' if kids else "")
            + "</article>"
        )

    style = (
        f":host{{display:block;font:16px/1.5 system-ui}}.{css('item')}{{padding:12px 0;border-top:1px solid #e3e8ee}}"
        f".{css('kids')}{{margin-left:24px;border-left:2px solid #e3e8ee;padding-left:12px}}"
        f".{css('nm')}{{font-weight:600}}.{css('tm')}{{color:#667;font-size:13px}}"
    )
    widget = (
        '<comments-widget article-id="88412" lang="el"><template shadowrootmode="open">'
        f'<style>{style}</style><div class="{css("root")}" part="root"><div class="{css("head")}"><h3 class="'
        f'{css("title")}"><slot name="title">Σχόλια</slot> <span>({len(rows)})</span></h3><label class="{css("sort")}">'
        "Ταξινόμηση: <select><option selected>Παλαιότερα</option><option>Νεότερα</option><option>Δημοφιλή</option>"
        f'</select></label></div><form class="{css("form")}"><textarea placeholder="Γράψτε το σχόλιό σας…"></textarea>'
        f'<input placeholder="Όνομα"><button type="submit">Δημοσίευση</button><p class="{css("rules")}">Τα σχόλια '
        'δημοσιεύονται μετά από έλεγχο. <a href="/oroi-sxoliasmou/">Όροι σχολιασμού</a></p></form>'
        f'<div class="{css("list")}" role="feed">'
        + "".join(item(n) for n in forest)
        + f'</div><button class="{css("more")}">Περισσότερα σχόλια</button></div></template>'
        '<span slot="title">Σχόλια αναγνωστών</span></comments-widget>'
    )
    body = "".join(f"<p>{esc(p)}</p>" for p in article(7091, 6, EL_WORDS, "..;"))
    page = (
        head(
            "Νέο δρομολόγιο πλοίων για το καλοκαίρι | Νησιώτικα Νέα",
            url,
            "Από τον Ιούνιο το νησί αποκτά δεύτερο καθημερινό δρομολόγιο.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-02T08:30:00+03:00"><script type="module" src="/static/widgets/comments.js"></script>',
            "el",
        )
        + f'<body><header class="{css("top")}"><a class="{css("logo")}" href="/">Νησιώτικα Νέα</a><nav class="'
        f'{css("nav")}"><a href="/koinonia/">Κοινωνία</a><a href="/oikonomia/">Οικονομία</a><a href="/athlitika/">'
        f'Αθλητικά</a><a href="/kairos/">Καιρός</a></nav></header><main class="{css("main")}"><article class="'
        f'{css("art")}"><a class="{css("cat")}" href="/koinonia/">Κοινωνία</a><h1>Νέο δρομολόγιο πλοίων για το '
        f'καλοκαίρι</h1><p class="{css("by")}">Ειρήνη Μαυρίδου · <time datetime="2024-05-02T08:30:00+03:00">2 Μαΐου '
        f'2024, 08:30</time></p><figure><img src="/media/2024/05/limani.jpg" alt=""><figcaption>Το λιμάνι το πρωί.'
        f'</figcaption></figure><div class="{css("body")}">{body}</div><div class="{css("share")}">Κοινοποίηση: '
        "<a>Facebook</a> <a>X</a> <a>Viber</a> <a>Email</a></div></article>"
        + widget
        + f'</main><aside class="{css("side")}"><h3>Δημοφιλή</h3><ol><li><a href="/koinonia/2024/05/01/nero/">Διακοπές '
        'νερού στα ορεινά χωριά</a></li><li><a href="/oikonomia/2024/04/30/tourismos/">Ρεκόρ αφίξεων τον Απρίλιο</a>'
        f'</li></ol></aside><footer class="{css("foot")}">© 2024 Νησιώτικα Νέα · <a href="/oroi/">Όροι χρήσης</a>'
        "</footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.date().isoformat()), None


# ---------------------------------------------------------------- 10. AO3-like fan fiction, English


def ao3_threads() -> tuple:
    """A fan-fiction chapter in the shape of AO3 with comments shown: <ol class="thread"> of <li
    class="comment"> whose replies sit in the next sibling <li> as a nested <ol class="thread">; each
    comment's byline "name on Chapter 3 Mon 12 Jun 2023 09:14PM UTC", its text in a <blockquote
    class="userstuff">, "Last Edited" notes, and "Parent Thread" / "Thread" / "Reply" links; a kudos
    list of names above, and page 1 of the comments with a "Next →" link to page 2."""
    base = "https://archive.example.org/works/4471920/chapters/11023344"
    url = base + "?show_comments=true&view_full_work=false"
    nxt = base + "?page=2&show_comments=true&view_full_work=false#comments"
    writer = "lanternlight"

    def namer(r: random.Random) -> str:
        return r.choice(FIC_GUESTS) + " (Guest)" if r.random() < 0.12 else r.choice(FIC_USERS)

    forest = make_tree(710, [7, 3, 2, 1], namer, texts(FIC_WORDS), datetime(2023, 6, 12, 21, 14, tzinfo=UTC), (30, 900),
                       15, 24, 3, start_id=612345100)  # fmt: skip
    rows = list(flatten(forest))
    guests = set()
    for n, d, _ in rows:
        if d == 1 and n.cid % 2 == 0:
            n.author = writer
        if n.author.endswith(" (Guest)"):
            n.author = n.author.removesuffix(" (Guest)")
            guests.add(n.cid)

    def shown(n: Node) -> str:
        return n.when.strftime("%a %d %b %Y %I:%M%p") + " UTC"

    def posted(d: datetime) -> str:
        return (
            f'<span class="posted datetime"><abbr class="day" title="{d.strftime("%A")}">{d.strftime("%a")}</abbr> '
            f'<span class="date">{d.strftime("%d")}</span> <abbr class="month" title="{d.strftime("%B")}">'
            f'{d.strftime("%b")}</abbr> <span class="year">{d.year}</span> <span class="time">{d.strftime("%I:%M%p")}'
            '</span> <abbr class="timezone" title="UTC">UTC</abbr></span>'
        )

    def li(n: Node, p: Node | None, k: int) -> str:
        who = (
            f"{esc(n.author)} (Guest)"
            if n.cid in guests
            else f'<a href="/users/{n.author}/pseuds/{n.author}">{esc(n.author)}</a>'
        )
        icon = (
            '<div class="icon"><img alt="" class="icon" src="/images/skins/iconsets/default/icon_user.png"></div>'
            if n.cid in guests
            else f'<div class="icon"><a href="/users/{n.author}/pseuds/{n.author}"><img alt="" class="icon" '
            f'src="/images/icons/{zlib.crc32(n.author.encode()) % 90000}/standard.png"></a></div>'
        )
        edited = f'<p class="edited">Last Edited {posted(n.when + timedelta(minutes=17))}</p>' if n.cid % 6 == 2 else ""
        actions = (
            (f'<li><a href="/comments/{p.cid}">Parent Thread</a></li>' if p is not None else "")
            + (f'<li><a href="/comments/{n.cid}">Thread</a></li>' if n.children or p is not None else "")
            + f'<li id="add_comment_reply_link_{n.cid}"><a href="/comments/add_comment_reply?chapter_id=11023344&amp;'
            f'id={n.cid}" data-remote="true">Reply</a></li>'
        )
        return (
            f'<li class="{"odd" if k % 2 else "even"} comment group" id="comment_{n.cid}" role="article">'
            f'<h4 class="heading byline">{who} <span class="parent">on Chapter 3</span> {posted(n.when)}</h4>{icon}'
            f'<blockquote class="userstuff">{p_html(n)}</blockquote>{edited}<h5 class="landmark heading">Comment Actions'
            f'</h5><ul class="actions" id="navigation_for_comment_{n.cid}">{actions}</ul></li>'
        )

    counter = iter(range(1000))

    def thread(nodes: list[Node], p: Node | None) -> str:
        out = []
        for n in nodes:
            out.append(li(n, p, next(counter)))
            if n.children:
                out.append(f'<li><ol class="thread">{thread(n.children, n)}</ol></li>')
        return "".join(out)

    pages = (
        '<h4 class="landmark heading">Pages Navigation</h4><ol class="pagination actions" role="navigation" '
        'title="pagination"><li class="previous" title="previous"><span class="disabled">← Previous</span></li>'
        f'<li><span class="current">1</span></li><li><a href="{esc(nxt)}">2</a></li><li><a href="'
        f'{esc(base)}?page=3&amp;show_comments=true&amp;view_full_work=false#comments">3</a></li><li class="next" '
        f'title="next"><a rel="next" href="{esc(nxt)}">Next →</a></li></ol>'
    )
    chapter = "".join(f"<p>{esc(p)}</p>" for p in article(7101, 7))
    kudos = ", ".join(f'<a href="/users/{u}">{u}</a>' for u in FIC_USERS[:7])
    page = (
        head(
            "Chapter 3: The Lighthouse Keeper's Sister - The Long Crossing - lanternlight - Archive",
            url,
            "A work on the Archive",
            '<meta name="robots" content="noindex"><link rel="stylesheet" href="/stylesheets/skins/skin_873_archive_2_0/'
            '1_site_screen_.css">',
        )
        + '<body class="logged-out"><div id="outer" class="wrapper"><ul id="skiplinks"><li><a href="#main">Main Content'
        '</a></li></ul><header id="header" class="region"><h1 class="heading"><a href="/">Archive</a></h1><ul class="'
        'user navigation actions"><li><a href="/users/login">Log In</a></li></ul><nav aria-label="Site"><ul class="'
        'primary navigation actions"><li><a href="/menu/fandoms">Fandoms</a></li><li><a href="/menu/browse">Browse</a>'
        '</li><li><a href="/works/search">Search</a></li><li><a href="/about">About</a></li></ul></nav></header>'
        '<div id="inner" class="wrapper"><div id="main" class="works-show region" role="main"><ul class="work navigation'
        ' actions" role="menu"><li class="chapter entire"><a href="/works/4471920?view_full_work=true">Entire Work</a>'
        '</li><li class="chapter previous"><a href="/works/4471920/chapters/10998231">← Previous Chapter</a></li><li '
        'class="chapter next"><a href="/works/4471920/chapters/11051902">Next Chapter →</a></li><li class="comments" '
        'id="show_comments_link_top"><a href="/works/4471920/chapters/11023344?show_comments=false">Hide Comments (48)'
        '</a></li></ul><div class="wrapper"><dl class="work meta group"><dt class="rating tags">Rating:</dt><dd class="'
        'rating tags"><ul class="commas"><li><a class="tag" href="/tags/General%20Audiences/works">General Audiences'
        '</a></li></ul></dd><dt class="fandom tags">Fandom:</dt><dd class="fandom tags"><ul class="commas"><li><a '
        'class="tag" href="/tags/The%20Ferry%20Chronicles/works">The Ferry Chronicles</a></li></ul></dd><dt class="'
        'freeform tags">Additional Tags:</dt><dd class="freeform tags"><ul class="commas"><li><a class="tag">Slow Burn'
        '</a></li><li><a class="tag">Found Family</a></li></ul></dd><dt class="language">Language:</dt><dd class="'
        'language" lang="en">English</dd><dt class="stats">Stats:</dt><dd class="stats"><dl class="stats"><dt class="'
        'published">Published:</dt><dd class="published">2023-05-20</dd><dt class="status">Updated:</dt><dd class="'
        'status">2023-06-12</dd><dt class="words">Words:</dt><dd class="words">18,402</dd><dt class="chapters">Chapters'
        ':</dt><dd class="chapters">3/?</dd><dt class="comments">Comments:</dt><dd class="comments">48</dd><dt class="'
        'kudos">Kudos:</dt><dd class="kudos">312</dd><dt class="hits">Hits:</dt><dd class="hits">5,210</dd></dl></dd>'
        '</dl></div><div id="workskin"><div class="preface group"><h2 class="title heading">The Long Crossing</h2><h3 '
        f'class="byline heading"><a rel="author" href="/users/{writer}/pseuds/{writer}">{writer}</a></h3></div><div '
        'id="chapters" role="article"><div class="chapter" id="chapter-3"><div class="chapter preface group"><h3 class'
        '="title"><a href="/works/4471920/chapters/11023344">Chapter 3</a>: The Lighthouse Keeper\'s Sister</h3><div '
        'id="notes" class="notes module" role="complementary"><h3 class="heading">Notes:</h3><blockquote class="userstuff'
        '"><p>Thank you all for the lovely comments on the last chapter!</p></blockquote></div></div><div class="userstuff'
        f' module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3>{chapter}</div></div></div>'
        '</div><div id="feedback" class="feedback" role="complementary"><h3 class="landmark heading">Actions</h3><ul '
        'class="actions" role="navigation"><li><a href="#main">↑ Top</a></li><li><form id="new_kudo"><input type="'
        'submit" value="Kudos ♥"></form></li><li><a href="#comments">Comments (48)</a></li></ul><div id="kudos"><p '
        f'class="kudos">{kudos} as well as 248 guests left kudos on this work!</p></div><div id="add_comment_'
        'placeholder"><div id="add_comment"><h4 class="heading">Post Comment</h4><form class="new_comment" id="comment_'
        'for_11023344"><fieldset><legend>Post Comment</legend><p>Note: All fields are required. Your email address will'
        ' not be published.</p><dl><dt><label>Guest name</label></dt><dd><input type="text"></dd><dt><label>Guest email'
        '</label></dt><dd><input type="email"></dd></dl><p class="footnote">(Plain text with limited HTML)</p><textarea'
        ' id="comment_content_for_11023344" name="comment[comment_content]"></textarea><p class="character_counter">'
        '10000 characters left</p><p class="submit actions"><input type="submit" value="Comment"></p></fieldset></form>'
        '</div></div><div id="comments_placeholder"><h3 class="landmark heading"><a name="comments">Comments</a></h3>'
        + pages
        + '<ol class="thread">'
        + thread(forest, None)
        + "</ol>"
        + pages
        + '</div></div></div></div><footer id="footer" role="contentinfo" class="region"><h3 class="landmark heading">'
        'Footer</h3><ul class="navigation actions"><li class="module group"><h4 class="heading">About the Archive</h4>'
        '<ul class="menu"><li><a href="/site_map">Site Map</a></li><li><a href="/tos">Terms of Service</a></li></ul>'
        "</li></ul></footer></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), nxt


# ---------------------------------------------------------------- 11. Steam-community-like, English


def steam_quotes() -> tuple:
    """A game's community discussion in the shape of Steam: the topic's opening post (not a comment),
    then flat comments by time, each with avatar, name, a timestamp ("3 May @ 10:14am") whose title
    holds the full date with PDT, a "#N" permalink and "Last edited by" notes; a reply opens with a
    quote box "Originally posted by Name:" holding a sentence of the post it answers (no link)."""
    url = "https://steamcommunity.example.com/app/1147560/discussions/0/4295611123489012345/"
    pdt = timezone(timedelta(hours=-7))
    start = datetime(2024, 5, 3, 9, 0, tzinfo=pdt)
    forest = make_tree(711, [9, 2, 2], pick(STEAM_NAMES), texts(GAME_WORDS), start, (5, 120), 13, 20, 2,
                       start_id=4295611120000)  # fmt: skip
    rows = chrono(forest, 7111, start, (4, 150))
    no_self_replies(rows, STEAM_NAMES)

    def short(d: datetime) -> str:
        return f"{d.day} {d.strftime('%b')} @ {int(d.strftime('%I'))}:{d.strftime('%M')}{d.strftime('%p').lower()}"

    def full(d: datetime) -> str:
        h = int(d.strftime("%I"))
        return f"{d.day} {d.strftime('%b')}, {d.year} @ {h}:{d.strftime('%M:%S')} {d.strftime('%p').lower()} PDT"

    def shown(n: Node) -> str:
        return short(n.when)

    def comment(n: Node, k: int, p: Node | None) -> str:
        slug = re.sub(r"[^a-z0-9]", "", n.author.lower()) or "user"
        mini = zlib.crc32(n.author.encode()) % 90000000
        quote = (
            f'<blockquote class="bb_blockquote with_author"><div class="bb_quoteauthor">Originally posted by <b>'
            f"{esc(p.author)}</b>:</div>{esc(first_sentence(p))}</blockquote>"
            if p is not None
            else ""
        )
        edits = (
            f'<div class="commentthread_comment_edits">Last edited by {esc(n.author)}; '
            f"{short(n.when + timedelta(minutes=9))}</div>"
            if n.cid % 5 == 3
            else ""
        )
        return (
            f'<div class="commentthread_comment responsive_body_text" id="comment_{n.cid}"><div class="commentthread_'
            f'comment_avatar playerAvatar offline"><a href="https://steamcommunity.example.com/id/{slug}" data-miniprofile'
            f'="{mini}"><img src="https://avatars.steamstatic.example/{mini:x}_medium.jpg" alt=""></a></div><div '
            'class="commentthread_comment_content"><div class="commentthread_comment_author"><a class="hoverunderline '
            f'commentthread_author_link" href="https://steamcommunity.example.com/id/{slug}" data-miniprofile="{mini}">'
            f'<bdi>{esc(n.author)}</bdi></a><span class="commentthread_comment_timestamp" title="{full(n.when)}" '
            f'data-timestamp="{int(n.when.timestamp())}">{short(n.when)}</span><div class="forum_comment_permlink"><a '
            f'class="hoverunderline" href="#c{n.cid}">#{k}</a></div><div class="commentthread_comment_actions"><a class="'
            'actionlink" href="javascript:ReportComment()" data-tooltip-text="Report this post"><img src="/public/images/'
            'skin_1/report.png" alt=""></a></div></div><div class="commentthread_comment_text" id="comment_content_'
            f'{n.cid}">{quote}{"<br><br>".join(rich(x, False) for x in n.paras)}</div>{edits}</div></div>'
        )

    op_when = start - timedelta(minutes=19)
    op_text = "".join(f"{esc(p)}<br><br>" for p in article(7112, 2, GAME_WORDS))
    title = "Game crashes when the storm starts (Proton, Steam Deck)"
    page = (
        head(
            f"{title} :: Ferryman's Tide General Discussions",
            url,
            "Every time the storm event starts near the harbour the game freezes and closes.",
            '<meta property="og:type" content="website"><meta property="og:site_name" content="Steam Community">',
        )
        + '<body class="flat_page responsive_page"><div class="responsive_page_frame"><div id="global_header"><div '
        'class="content"><a class="logo" href="https://store.steampowered.example/">Steam</a><div class="supernav_'
        'container"><a class="menuitem" href="https://store.steampowered.example/">STORE</a><a class="menuitem '
        'supernav_active" href="https://steamcommunity.example.com/">COMMUNITY</a><a class="menuitem" href="/about/">'
        'ABOUT</a><a class="menuitem" href="https://help.steampowered.example/">SUPPORT</a></div><div id="global_'
        'actions"><a class="header_installsteam_btn">Install Steam</a> <a class="global_action_link" href="/login/">'
        'login</a> | <span class="pulldown global_action_link">language</span></div></div></div><div class="apphub_'
        'HomeHeaderContent"><div class="apphub_AppName">Ferryman\'s Tide</div><div class="apphub_sectionTabs"><a '
        'class="apphub_sectionTab">All</a><a class="apphub_sectionTab active">Discussions</a><a class="apphub_'
        'sectionTab">Screenshots</a><a class="apphub_sectionTab">Guides</a><a class="apphub_sectionTab">Reviews</a>'
        '</div></div><div class="forum_area maincontent"><div class="breadcrumbs"><a href="/app/1147560/discussions/">'
        'Ferryman\'s Tide</a> &gt; <a href="/app/1147560/discussions/0/">General Discussions</a> &gt; <span>Topic '
        'Details</span></div><div class="forum_topic_area"><div class="forum_op"><div class="forum_op_avatar '
        'playerAvatar online"><img src="https://avatars.steamstatic.example/op_medium.jpg" alt=""></div><div class="'
        'authorline"><a class="hoverunderline forum_op_author" href="https://steamcommunity.example.com/id/deckhand">'
        f'deckhand</a> <span class="date" data-timestamp="{int(op_when.timestamp())}">{short(op_when)}</span></div>'
        f'<div class="topic">{title}</div><div class="content">{op_text}Specs: Steam Deck OLED, Proton 9.0-1.</div>'
        '</div><div class="commentthread_area" id="commentthread_ForumTopic_4295611123489012345_area"><div class="'
        f'commentthread_header"><div class="commentthread_paging">Showing 1-{len(rows)} of {len(rows)} comments</div>'
        '</div><div class="commentthread_comments" id="commentthread_ForumTopic_4295611123489012345_posts">'
        + "".join(comment(n, k + 1, p) for k, (n, _, p) in enumerate(rows))
        + '</div><div class="commentthread_footer"><div class="commentthread_paging">Per page: <a>15</a> <a>30</a> '
        '<a class="active">50</a></div></div><div class="commentthread_entry"><div class="commentthread_user_avatar '
        'playerAvatar"></div><p>You must be <a href="/login/">logged in</a> to post in this discussion.</p></div></div>'
        '</div><div class="rightcol"><div class="rule_details"><div>Date Posted: '
        f'{short(op_when)}</div><div>Posts: {len(rows) + 1}</div></div><div class="forum_rules"><a href="/discussions/'
        'forum_rules">Discussions Rules and Guidelines</a></div><div class="btn_darkblue_white_innerfade"><span>Start a'
        ' New Discussion</span></div><div class="related"><h3>Popular Discussions</h3><ul><li><a href="/app/1147560/'
        'discussions/0/429561112340001/">Best cargo route for money?</a></li><li><a href="/app/1147560/discussions/0/'
        '429561112340002/">Controller layout for the crane</a></li></ul></div></div></div><div id="footer"><div class='
        '"footer_content">© Valve Corporation. All rights reserved. All trademarks are property of their respective '
        'owners. <a href="/privacy_agreement/">Privacy Policy</a> | <a href="/legal/">Legal</a></div></div></div>'
        "</body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 12. Thai news, "↳ ตอบกลับ Name"


def th_texts(rng: random.Random) -> list[str]:
    """One or two Thai sentences: clauses written without spaces, separated by spaces."""

    def clause() -> str:
        return "".join(rng.choice(TH_WORDS) for _ in range(rng.randint(3, 6)))

    count = 1 if rng.random() < 0.75 else 2
    tails = ["", " ครับ", " ค่ะ", " นะ"]
    return [" ".join(clause() for _ in range(rng.randint(2, 4))) + rng.choice(tails) for _ in range(count)]


def no_self_replies(rows: list[Row], names: list[str]) -> None:
    """Rename a reply whose author is its parent's (rare where replies quote or name their parent)."""
    for n, _, p in rows:
        if p is not None and n.author == p.author:
            n.author = names[(names.index(n.author) + 1) % len(names)]


def unambiguous(rows: list[Row], names: list[str]) -> None:
    """Rename comments so that, for each reply, the nearest comment above it by the named parent's
    author is that parent (what a reader goes by when a reply names its parent only by author)."""
    pos = {id(n): i for i, (n, _, _) in enumerate(rows)}
    for _ in range(100):
        changed = False
        for i, (_n, _, p) in enumerate(rows):
            if p is None:
                continue
            for m, _, _ in rows[pos[id(p)] + 1 : i]:
                if m.author == p.author:
                    m.author = names[(names.index(m.author) + 1) % len(names)]
                    changed = True
        if not changed:
            return
    raise RuntimeError("names stay ambiguous")


def thai_reply_marks() -> tuple:
    """A Thai news site's comments: one flat <ol> in thread order (each reply after what it answers),
    numbered "ความคิดเห็นที่ N"; a reply carries a leading "↳ ตอบกลับ Name" line naming the author of
    the comment it answers, without a link or indentation. Opaque class names; dates in the
    Buddhist era ("3 พ.ค. 2567 10:14 น."), local time."""
    url = "https://www.khaosmuang.example.co.th/news/local/2024/05/03/bts-fare-increase-824411"
    start = datetime(2024, 5, 3, 8, 0)
    forest = make_tree(712, [7, 3, 2, 1], pick(TH_NAMES), th_texts, start, (5, 90), 14, 22, 3, start_id=824500)
    rows = list(flatten(forest))
    no_self_replies(rows, TH_NAMES)
    unambiguous(rows, TH_NAMES)

    def shown(n: Node) -> str:
        d = n.when
        return f"{d.day} {TH_MONTHS[d.month - 1]} {d.year + 543} {d.strftime('%H:%M')} น."

    def li(n: Node, p: Node | None, k: int) -> str:
        mark = f'<div class="{css("re")}">↳ ตอบกลับ {esc(p.author)}</div>' if p is not None else ""
        return (
            f'<li class="{css("item")}" id="cmt-{n.cid}"><div class="{css("hd")}"><span class="{css("no")}">'
            f'ความคิดเห็นที่ {k}</span></div>{mark}<div class="{css("who")}"><img class="{css("av")}" '
            f'src="/static/avatar/{n.cid % 24}.png" alt=""><b class="{css("nm")}">{esc(n.author)}</b> <span class="'
            f'{css("tm")}">{shown(n)}</span></div><div class="{css("bd")}">{p_html(n)}</div><div class="{css("act")}">'
            f'<button class="{css("like")}">ถูกใจ {votes(n, 50)}</button><button class="{css("reply")}">ตอบกลับ</button>'
            f'<button class="{css("report")}">แจ้งลบ</button></div></li>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in (" ".join(th_texts(random.Random(7121 + i))) for i in range(6)))
    page = (
        head(
            "รถไฟฟ้าขึ้นค่าโดยสารเดือนหน้า คนทำงานบ่นแพง | ข่าวเมือง",
            url,
            "ค่าโดยสารรถไฟฟ้าจะขึ้นตั้งแต่เดือนหน้า",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-03T07:30:00+07:00">',
            "th",
        )
        + f'<body><header class="{css("top")}"><a class="{css("logo")}" href="/">ข่าวเมือง</a><nav class="{css("nav")}">'
        '<a href="/news/">ข่าว</a><a href="/economy/">เศรษฐกิจ</a><a href="/sport/">กีฬา</a><a href="/ent/">บันเทิง</a>'
        f'</nav></header><main class="{css("main")}"><article class="{css("art")}"><h1>รถไฟฟ้าขึ้นค่าโดยสารเดือนหน้า '
        f'คนทำงานบ่นแพง</h1><p class="{css("by")}">โดย กองบรรณาธิการ · 3 พ.ค. 2567 07:30 น.</p><div class="'
        f'{css("body")}">{body}</div><div class="{css("share")}">แชร์: <a>Facebook</a> <a>LINE</a> <a>X</a> '
        f'<a>คัดลอกลิงก์</a></div></article><section class="{css("cmts")}" id="comments"><div class="{css("ch")}">'
        f'<h2>ความคิดเห็น ({len(rows)})</h2><div class="{css("sort")}">เรียงตาม: <b>เก่าสุด</b> | <a>ใหม่สุด</a> | '
        f'<a>ถูกใจมากสุด</a></div></div><form class="{css("form")}"><textarea placeholder="แสดงความคิดเห็น..."></textarea>'
        f'<button>ส่ง</button><p class="{css("rules")}">ความคิดเห็นที่ไม่เหมาะสมจะถูกลบ</p></form><ol class="'
        f'{css("list")}">'
        + "".join(li(n, p, k + 1) for k, (n, _, p) in enumerate(rows))
        + f'</ol><button class="{css("more")}">ดูความคิดเห็นเพิ่มเติม</button></section></main><aside class="'
        f'{css("side")}"><h3>ข่าวยอดนิยม</h3><ol><li><a href="/news/local/2024/05/02/flood-824301">น้ำท่วมถนนสายหลัก'
        '</a></li><li><a href="/economy/2024/05/02/rice-824290">ราคาข้าวสารขยับขึ้น</a></li></ol></aside><footer class="'
        f'{css("foot")}">© 2567 ข่าวเมือง สงวนลิขสิทธิ์</footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- main


TEMPLATES: Templates = {
    "flarum-mentions-sv": (
        flarum_mentions,
        "Flarum-like Swedish forum, flat; '@Name' mention links to the post number",
    ),
    "xenforo-quotes-hu": (xenforo_quotes, "XenForo-like Hungarian forum, flat; 'Name írta:' quote links to the post"),
    "invision-topic-fi": (invision_topic, "Invision-like Finnish topic, flat <article> posts with an author pane"),
    "wpdiscuz-nested-ro": (wpdiscuz_nested, "wpDiscuz-like Romanian blog, nested wrappers, wpd-comm-<id>_<parent>"),
    "disqus-thread-en": (disqus_thread, "Disqus-like thread, ul.children, parent-link, relative ages with title"),
    "remark42-threads-uk": (remark42_threads, "Remark42-like Ukrainian widget, thread_level_N divs, link to parent"),
    "lemmy-tree-en": (lemmy_tree, "Lemmy-like post with nested comment tree, /comment/<id> parent links, ages only"),
    "devto-details-pt": (devto_details, "dev.to-like, each comment a <details open> with a <summary> author line"),
    "shadow-widget-el": (shadow_widget, "Greek news, thread inside a declarative shadow root, day-only dates"),
    "ao3-threads-en": (ao3_threads, "AO3-like, replies in a sibling <li><ol class=thread>, Parent Thread, next page"),
    "steam-quotes-en": (steam_quotes, "Steam-like flat discussion, 'Originally posted by Name:' quote boxes"),
    "thai-reply-marks-th": (thai_reply_marks, "Thai news, flat <ol> in thread order, '↳ ตอบกลับ Name' without a link"),
}

if __name__ == "__main__":
    main(TEMPLATES, __doc__)
