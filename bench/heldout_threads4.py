"""Held-out comment threads, set 4, for measurement only: twelve more hand-made templates of thread
markup the extractor was not developed on, in kinds that neither the fixtures nor sets 1-3 use.
Do not tune on them: look at the figures, not at the pages.

    python bench/heldout_threads4.py [--keep DIR]

Each template is written by hand in the shape of a kind of real thread markup (none copied from a
site) and filled from fixed seeds, so that page and truth always agree: an imageboard thread
(">>number" references), a Bugzilla-like bug ("In reply to comment #N" and "> " quotes), a
LiveJournal-like entry (nesting by table width, "Parent" links, a next page), a Discuz-like Chinese
forum (floors, "回复 N#" and quote boxes), a Korean portal's news comments (one reply level in a
reply area), Hebrew talkbacks (right to left, replies numbered "7.1.2" in one flat list), a
Medium-like responses list (cards, some reply threads collapsed), a Telegram-discussion-like
widget (reply previews), a Google-Groups-like conversation (date order, "In reply to"), a
Trustpilot-like review page (owner replies, a next page), Tumblr-like notes (replies among likes and
reblogs, no dates) and a Hindi news site (replies in a sibling list after the comment). The harness,
the helpers and the truth conventions are those of bench/heldout_threads.py (set 3): the article /
opening post / first message / channel post is not a comment; text is the commenter's own words
(no quoted text, reference links, signatures, buttons, subject or review titles, badges); parent is
the index of the comment answered (null for one on the article or first post); published is the
date as the reader sees it, published_iso the same instant where the page states it (aware with an
offset or UTC, naive for a local time only, a bare day for a day only, null for a relative age
alone or no date).
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.heldout_threads import (  # noqa: E402
    EN_WORDS,
    FIRST,
    HANDLE_A,
    HANDLE_B,
    Node,
    Templates,
    ampm,
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
    sentence,
    truth,
)

Row = tuple[Node, int, Node | None]

# ---------------------------------------------------------------- word lists and names

ZH_WORDS = [
    "我们",
    "他们",
    "这个",
    "那个",
    "小区",
    "物业",
    "装修",
    "价格",
    "师傅",
    "材料",
    "地板",
    "瓷砖",
    "墙面",
    "防水",
    "水电",
    "厨房",
    "卫生间",
    "阳台",
    "窗户",
    "油漆",
    "甲醛",
    "通风",
    "预算",
    "老房子",
    "新房",
    "邻居",
    "业主",
    "楼上",
    "楼下",
    "周末",
    "上个月",
    "去年",
    "今年",
    "其实",
    "确实",
    "感觉",
    "觉得",
    "建议",
    "推荐",
    "注意",
    "一定",
    "可以",
    "不要",
    "还是",
    "已经",
    "真的",
    "比较",
    "特别",
    "有点",
    "非常",
    "问题",
    "经验",
    "办法",
    "时间",
    "工期",
    "验收",
    "合同",
    "报价",
    "便宜",
    "靠谱",
    "麻烦",
    "担心",
    "同意",
    "分享",
    "收藏",
    "找人",
    "自己",
    "全包",
    "半包",
    "开工",
    "返工",
    "保修",
]
ZH_NAMES = [
    "江南烟雨",
    "老王不在家",
    "深蓝的鱼",
    "小城故事多",
    "风吹麦浪",
    "阿杰2008",
    "木头人",
    "半夏微凉",
    "吃瓜群众",
    "夜行者",
    "lucky_cat",
    "海边的卡夫卡",
    "一只大白",
    "秋天的风",
    "北漂小张",
    "装修小白",
]
KO_WORDS = [
    "정부",
    "서울",
    "아파트",
    "가격",
    "정책",
    "국민",
    "세금",
    "지하철",
    "버스",
    "출근",
    "진짜",
    "너무",
    "이번",
    "기사",
    "기자",
    "생각",
    "문제",
    "사람들",
    "동네",
    "주민",
    "공사",
    "예산",
    "시장",
    "구청",
    "도로",
    "주차",
    "요금",
    "인상",
    "반대",
    "찬성",
    "왜",
    "언제",
    "어디",
    "이게",
    "그냥",
    "정말",
    "결국",
    "다시",
    "벌써",
    "아직",
    "항상",
    "매일",
    "작년",
    "올해",
    "내년",
    "아이들",
    "학교",
    "병원",
    "공원",
    "교통",
    "정류장",
    "환승",
    "노선",
    "배차",
    "간격",
    "불편",
    "편리",
    "좋은",
    "나쁜",
    "이해가",
    "안됩니다",
    "같아요",
    "합니다",
    "했어요",
    "있어요",
    "없어요",
    "맞습니다",
    "아닌가요",
    "바랍니다",
]
KO_IDS = [
    "kimj",
    "park",
    "lee0",
    "sky7",
    "moon",
    "jh12",
    "hana",
    "dore",
    "gold",
    "mint",
    "yuna",
    "seok",
    "blue",
    "choi",
]
KO_NICKS = ["하늘바다", "산책하는곰", "출근길", "동네주민", "지나가다"]
HE_WORDS = [
    "הממשלה",
    "העירייה",
    "תושבים",
    "כביש",
    "רכבת",
    "אוטובוס",
    "תחבורה",
    "מחירים",
    "דירה",
    "שכירות",
    "ארנונה",
    "תקציב",
    "פרויקט",
    "עבודות",
    "רעש",
    "חניה",
    "שכונה",
    "ילדים",
    "בית",
    "ספר",
    "גן",
    "זה",
    "לא",
    "כן",
    "אבל",
    "גם",
    "רק",
    "כבר",
    "עוד",
    "תמיד",
    "אף",
    "פעם",
    "למה",
    "מתי",
    "איפה",
    "אני",
    "אנחנו",
    "הם",
    "אתם",
    "חושב",
    "יודע",
    "מסכים",
    "מקווה",
    "צריך",
    "אפשר",
    "בדיוק",
    "באמת",
    "סוף",
    "שוב",
    "הכתבה",
    "הכתב",
    "נכון",
    "טוב",
    "רע",
    "יקר",
    "זול",
    "חדש",
    "ישן",
    "בעיה",
    "פתרון",
    "שנים",
    "חודשים",
    "מחר",
    "אתמול",
    "היום",
    "בבוקר",
    "בערב",
    "הנמל",
    "הים",
    "החוף",
]
HE_FIRST = ["יוסי", "מיכל", "אבי", "רונית", "דני", "שירה", "משה", "נועה", "איתי", "טל", "אורית", "גיל", "יעל", "רועי"]
HE_LAST = ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "גבאי", "דהן"]
HE_CITIES = ["חיפה", "תל אביב", "", "קריית ים", "", "עכו", "ירושלים", "", "נהריה"]
HI_WORDS = [
    "सरकार",
    "शहर",
    "सड़क",
    "पानी",
    "बिजली",
    "लोग",
    "गांव",
    "किसान",
    "बाजार",
    "कीमत",
    "महंगाई",
    "नौकरी",
    "युवा",
    "स्कूल",
    "अस्पताल",
    "बस",
    "ट्रेन",
    "पुल",
    "बारिश",
    "गर्मी",
    "योजना",
    "बजट",
    "नगर",
    "निगम",
    "अधिकारी",
    "ठेकेदार",
    "काम",
    "साल",
    "महीने",
    "आज",
    "कल",
    "हमेशा",
    "कभी",
    "नहीं",
    "है",
    "था",
    "थे",
    "होगा",
    "और",
    "लेकिन",
    "या",
    "क्योंकि",
    "यह",
    "वह",
    "हम",
    "वे",
    "मैं",
    "आप",
    "बहुत",
    "सही",
    "गलत",
    "अच्छा",
    "बुरा",
    "नया",
    "पुराना",
    "जल्दी",
    "देर",
    "सवाल",
    "जवाब",
    "खबर",
    "लेख",
    "सच",
    "मुझे",
    "लगता",
    "बिल्कुल",
    "शायद",
    "फिर",
    "अब",
    "पहले",
    "बाद",
    "में",
    "से",
    "को",
    "का",
    "की",
    "के",
    "पर",
]
HI_NAMES = [
    "राहुल शर्मा",
    "प्रिया वर्मा",
    "Amit Kumar",
    "सुनीता देवी",
    "विकास यादव",
    "Neha Gupta",
    "अजय सिंह",
    "पूजा मिश्रा",
    "रमेश पटेल",
    "Sanjay Tiwari",
    "कविता जोशी",
    "मनोज चौहान",
    "Anjali Rao",
    "दीपक पांडे",
]
HI_MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]


def zh_paras(rng: random.Random) -> list[str]:
    def sent() -> str:
        clauses = ["".join(rng.choice(ZH_WORDS) for _ in range(rng.randint(3, 6))) for _ in range(rng.randint(1, 3))]
        return "，".join(clauses) + rng.choice("。。。！？")

    return ["".join(sent() for _ in range(rng.randint(1, 3))) for _ in range(1 if rng.random() < 0.7 else 2)]


def ko_paras(rng: random.Random) -> list[str]:
    return paras(rng, KO_WORDS, "..?!", 2)


def he_paras(rng: random.Random) -> list[str]:
    return paras(rng, HE_WORDS, "..?!", 2)


def hi_paras(rng: random.Random) -> list[str]:
    return paras(rng, HI_WORDS, "।।?!", 2)


def ko_name(rng: random.Random) -> str:
    return rng.choice(KO_NICKS) if rng.random() < 0.2 else rng.choice(KO_IDS) + "****"


def he_name(rng: random.Random) -> str:
    first = rng.choice(HE_FIRST)
    return first if rng.random() < 0.35 else f"{first} {rng.choice(HE_LAST)}"


def lj_name(rng: random.Random) -> str:
    return f"{rng.choice(HANDLE_A)}_{rng.choice(HANDLE_B)}"


# ---------------------------------------------------------------- shared helpers of this set


def chrono(forest: list[Node], seed: int, start: datetime, step: tuple[int, int]) -> list[Row]:
    """The comments of `forest` in posting order, as a flat page lists them: a random order in which
    every reply comes after what it answers and siblings keep their order; times are reassigned so
    that they increase in that order."""
    rng = random.Random(seed)
    where = {id(n): (d, p) for n, d, p in flatten(forest)}
    next_sibling: dict[int, Node] = {}
    for sibs in [forest] + [n.children for n, _, _ in flatten(forest)]:
        for a, b in zip(sibs, sibs[1:], strict=False):
            next_sibling[id(a)] = b
    avail, rows, clock = [forest[0]], [], start
    while avail:
        n = avail.pop(rng.randrange(len(avail)))
        clock += timedelta(minutes=rng.randint(*step))
        n.when = clock
        rows.append((n, *where[id(n)]))
        if n.children:
            avail.append(n.children[0])
        if id(n) in next_sibling:
            avail.append(next_sibling[id(n)])
    return rows


def first_sentence(text: str) -> str:
    m = re.match(r".*?[.?!。！？।](?=\s|$)", text)
    return m.group(0) if m else text


def br_paras(n: Node, sep: str = "<br><br>") -> str:
    return sep.join(rich(p) for p in n.paras)


def sized(rows: list[Row]) -> list[Row]:
    assert 10 <= len(rows) <= 25, len(rows)
    return rows


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


# ---------------------------------------------------------------- 1. imageboard


NY = timezone(timedelta(hours=-4))


def imageboard() -> tuple:
    """An imageboard thread in the shape of 4chan / 2channel boards: the opening post (not a
    comment) with subject and picture, then every reply in one flat list in posting order. The only
    sign of what a post answers is a ">>number" reference at the top of its text (a post answering
    two names its parent first; one answering the opening post is top level), with backlinks to
    later answers in each post's head and now and then a greentext line quoting the post answered.
    Mostly "Anonymous"; the date "05/03/24(Fri)08:14:22" is New York time, the epoch in data-utc."""
    url = "https://boards.example.org/diy/thread/48213377"
    op_no = 48213377
    start = datetime(2024, 5, 3, 7, 48, 13, tzinfo=NY)

    def namer(r: random.Random) -> str:
        return r.choice(["Weir Anon", "copperfox", "dial_tone"]) if r.random() < 0.15 else "Anonymous"

    forest = make_tree(401, [7, 3, 2, 2], namer, paras, start, (1, 30), 16, 25, 3, start_id=1)
    rows = sized(chrono(forest, 402, start, (1, 24)))
    rng = random.Random(403)
    no = op_no
    for n, _, _ in rows:
        no += rng.randint(2, 45)
        n.extra["no"] = no
        n.when += timedelta(seconds=rng.randint(0, 59))
    refs: dict[int, list[int]] = {}
    for k, (n, _, p) in enumerate(rows):
        if p is not None:
            r = [p.extra["no"]]
            if rng.random() < 0.25:
                others = [op_no] + [m.extra["no"] for m, _, _ in rows[:k] if m is not p]
                r.append(rng.choice(others))
            if rng.random() < 0.35:
                n.extra["green"] = first_sentence(p.paras[0])
        else:
            r = [op_no] if rng.random() < 0.45 else []
        refs[n.extra["no"]] = r
    backlinks: dict[int, list[int]] = {}
    for src, targets in refs.items():
        for t in dict.fromkeys(targets):
            backlinks.setdefault(t, []).append(src)

    def shown(n: Node) -> str:
        return n.when.strftime("%m/%d/%y(%a)%H:%M:%S")

    def back(no: int) -> str:
        bs = backlinks.get(no, [])
        return (
            '<div class="backlinks">'
            + " ".join(f'<span><a href="#p{b}" class="reflink">&gt;&gt;{b}</a></span>' for b in bs)
            + "</div>"
            if bs
            else ""
        )

    def file_block(no: int, r: random.Random) -> str:
        kb = r.randint(80, 2900)
        w, h = r.choice([(1536, 2048), (1280, 720), (800, 600), (2048, 1536)])
        name = r.choice(["IMG_2041.jpg", "gauge.png", "board_rev_c.jpg", "1714738462001.jpg", "schematic.png"])
        return (
            f'<div class="file" id="f{no}"><div class="file-info">File: <a href="//img.boards.example.org/diy/{no}s.jpg" '
            f'target="_blank">{name}</a> ({kb} KB, {w}x{h})</div><a class="file-thumb" href="//img.boards.example.org/'
            f'diy/{no}.jpg" target="_blank"><img src="//thumbs.boards.example.org/diy/{no}s.jpg" alt="{kb} KB" '
            'loading="lazy" style="height:125px;width:94px"></a></div>'
        )

    def post(n: Node) -> str:
        no = n.extra["no"]
        r = "".join(f'<a href="#p{t}" class="reflink">&gt;&gt;{t}</a><br>' for t in refs[no])
        green = f'<span class="greentext">&gt;{esc(n.extra["green"])}</span><br>' if "green" in n.extra else ""
        f = file_block(no, rng) if rng.random() < 0.18 else ""
        return (
            f'<div class="post-wrap" id="pc{no}"><div class="side-arrows">&gt;&gt;</div><div id="p{no}" class="post reply">'
            f'<div class="post-head"><input type="checkbox" name="{no}" value="delete" aria-label="select post"> '
            f'<span class="poster"><span class="poster-name">{esc(n.author)}</span></span> '
            f'<span class="post-time" data-utc="{int(n.when.timestamp())}">{shown(n)}</span> '
            f'<span class="post-no"><a href="#p{no}" title="Link to this post">No.</a><a href="#q{no}" '
            f'title="Reply to this post">{no}</a></span> <a class="post-menu" href="#" title="Post menu">▶</a>'
            f'{back(no)}</div>{f}<blockquote class="post-text" id="m{no}">{r}{green}{br_paras(n)}</blockquote>'
            "</div></div>"
        )

    op_text = "<br><br>".join(esc(p) for p in article(404, 3))
    op_when = start - timedelta(minutes=9)
    form = (
        '<form class="post-form" action="https://sys.boards.example.org/diy/post" method="post"><table><tbody>'
        '<tr><td>Name</td><td><input name="name" placeholder="Anonymous"></td></tr><tr><td>Options</td><td>'
        '<input name="email"></td></tr><tr><td>Comment</td><td><textarea name="com" rows="4"></textarea></td></tr>'
        '<tr><td>Verification</td><td><div class="captcha">Get Captcha</div></td></tr><tr><td>File</td><td>'
        '<input type="file" name="upfile"></td></tr></tbody></table><input type="submit" value="Post"></form>'
    )
    page = (
        head(
            "/diy/ - River gauge logger general /rglg/ - Do It Yourself - Boards",
            url,
            'River gauge logger general /rglg/ - "/diy/ - Do It Yourself" is an imageboard for DIY projects.',
            '<meta name="robots" content="noarchive"><meta property="og:type" content="website">'
            '<meta property="og:site_name" content="Boards"><link rel="stylesheet" href="/css/yotsuba.css">',
        )
        + '<body class="is_thread board_diy"><span id="id_css"></span><div id="boardNavDesktop" class="desktop">'
        '<span class="boardList">[<a href="//boards.example.org/a/" title="Anime">a</a> / <a href="//boards.example.org/'
        'diy/" title="Do It Yourself">diy</a> / <a href="//boards.example.org/g/" title="Technology">g</a> / '
        '<a href="//boards.example.org/k/" title="Weapons">k</a> / <a href="//boards.example.org/out/" title="Outdoors">'
        'out</a> / <a href="//boards.example.org/sci/" title="Science">sci</a>]</span> <span class="navLinks">'
        '[<a href="#settings">Settings</a>] [<a href="//boards.example.org/search">Search</a>] [<a href="//boards.example.'
        'org/">Home</a>]</span></div><div class="boardBanner"><img alt="Boards" src="//s.boards.example.org/title/12.png">'
        '<div class="boardTitle">/diy/ - Do It Yourself</div></div><hr class="abovePostForm">'
        f'<div class="postingMode">Posting mode: Reply</div>{form}<ul class="rules"><li>Please read the '
        '<a href="//boards.example.org/rules#diy">Rules</a> and <a href="//boards.example.org/faq">FAQ</a> before '
        "posting.</li><li>Max file size 4 MB.</li></ul><hr>"
        '<div class="navLinks">[<a href="//boards.example.org/diy/">Return</a>] [<a href="//boards.example.org/diy/'
        'catalog">Catalog</a>] [<a href="#bottom">Bottom</a>] [<a href="#" class="update">Update</a>] '
        f'<span class="thread-stats">{len(rows)} replies</span></div><hr>'
        f'<div class="board"><div class="thread" id="t{op_no}"><div class="post-wrap op-wrap" id="pc{op_no}">'
        f'<div id="p{op_no}" class="post op">{file_block(op_no, random.Random(405))}<div class="post-head">'
        '<input type="checkbox" name="op" value="delete" aria-label="select post"> '
        '<span class="subject">River gauge logger general /rglg/</span> <span class="poster"><span class="poster-name">'
        f'Anonymous</span></span> <span class="post-time" data-utc="{int(op_when.timestamp())}">'
        f'{op_when.strftime("%m/%d/%y(%a)%H:%M:%S")}</span> <span class="post-no"><a href="#p{op_no}">No.</a>'
        f'<a href="#q{op_no}">{op_no}</a></span> <span class="sticky-note">[Reply]</span>{back(op_no)}</div>'
        f'<blockquote class="post-text" id="m{op_no}">{op_text}</blockquote></div></div>'
        + "".join(post(n) for n, _, _ in rows)
        + '</div></div><hr><div class="navLinks navLinksBot">[<a href="//boards.example.org/diy/">Return</a>] '
        '[<a href="//boards.example.org/diy/catalog">Catalog</a>] [<a href="#top">Top</a>] '
        '<span class="thread-auto"><label><input type="checkbox"> Auto</label></span></div>'
        '<div class="related-threads"><h4>Other threads on /diy/</h4><ul><li><a href="//boards.example.org/diy/thread/'
        '48199012">Woodworking general /wwg/</a> <span>(288 replies)</span></li><li><a href="//boards.example.org/diy/'
        'thread/48207761">Solar shed build, part 3</a> <span>(61 replies)</span></li><li><a href="//boards.example.org/'
        'diy/thread/48210450">What multimeter should I buy?</a> <span>(140 replies)</span></li></ul></div>'
        '<div id="absbot" class="absBotText">All trademarks and copyrights on this page are owned by their respective '
        "parties. Images uploaded are the responsibility of the Poster. Comments are owned by the Poster.</div>"
        '<div id="bottom"></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 2. Bugzilla-like bug


def bug_tracker() -> tuple:
    """A bug in the shape of Bugzilla: the field table, then the description (comment 0, not a
    comment) and numbered comments in one flat list in time order, each a <pre>. A reply begins
    with "(In reply to NAME from comment #N)" and the answered text quoted in "> " lines, sometimes
    interleaved with the answer; an answer to the description (#0) is top level. Role badges,
    field changes under comments and activity rows between them; "2024-05-03 08:14:22 UTC"."""
    bug = 1887342
    url = f"https://bugs.wayfarer.example.org/show_bug.cgi?id={bug}"
    reporter, assignee = "Ingrid Halvorsen", "Tomasz Wojcik"
    start = datetime(2024, 5, 2, 19, 40, tzinfo=UTC)
    forest = make_tree(411, [6, 3, 2, 1], full_name, lambda r: paras(r, most=2), start, (20, 400), 14, 22, 3)
    rows = sized(chrono(forest, 412, start + timedelta(minutes=30), (15, 420)))
    rng = random.Random(413)
    for k, (n, _, _) in enumerate(rows):
        n.when += timedelta(seconds=rng.randint(0, 59))
        if k % 5 == 1:
            n.author = assignee
        elif k % 7 == 3:
            n.author = reporter
    for n, _, p in rows:  # nobody answers themselves
        if p is not None and p.author == n.author:
            n.author = full_name(rng)
    num = {id(n): k + 1 for k, (n, _, _) in enumerate(rows)}
    description = article(414, 3)

    def shown(n: Node) -> str:
        return n.when.strftime("%Y-%m-%d %H:%M:%S UTC")

    def quote(text: str) -> str:
        return "\n".join("&gt; " + esc(line) for line in textwrap.wrap(text, 76))

    def link(k: int) -> str:
        return f'<a href="show_bug.cgi?id={bug}#c{k}">comment #{k}</a>'

    def pre(n: Node, p: Node | None) -> str:
        own = [esc(x) for x in n.paras]
        if p is None:
            if n.cid % 3 != 0:
                return "\n\n".join(own)
            head_ = f"(In reply to {esc(reporter)} from {link(0)})\n{quote(first_sentence(description[1]))}"
            return head_ + "\n\n" + "\n\n".join(own)
        head_ = f"(In reply to {esc(p.author)} from {link(num[id(p)])})\n"
        if len(own) >= 2 and len(p.paras) >= 2:
            return head_ + f"{quote(p.paras[0])}\n\n{own[0]}\n\n{quote(p.paras[1])}\n\n" + "\n\n".join(own[1:])
        return head_ + quote(p.paras[0]) + "\n\n" + "\n\n".join(own)

    changes = {
        1: [("Status", "UNCONFIRMED", "NEW"), ("Ever confirmed", "", "true")],
        2: [("Assignee", "nobody@wayfarer.example.org", "twojcik@wayfarer.example.org"), ("Status", "NEW", "ASSIGNED")],
        6: [("Flags", "", f"needinfo?({slug(reporter)})")],
        9: [("Severity", "S3", "S2"), ("Priority", "P3", "P2")],
    }

    def role(name: str) -> str:
        r = "Reporter" if name == reporter else "Assignee" if name == assignee else ""
        return f' <span class="bz_comment_user_role">{r}</span>' if r else ""

    def comment(n: Node, p: Node | None) -> str:
        k = num[id(n)]
        ch = "".join(
            f'<div class="change"><span class="change-name">{a}</span>: '
            + (f'<span class="change-removed">{esc(old)}</span> → ' if old else "")
            + f'<span class="change-added">{esc(new)}</span></div>'
            for a, old, new in changes.get(k, [])
        )
        ch = f'<div class="activity">{ch}</div>' if ch else ""
        return (
            f'<div class="bz_comment{" bz_first_comment" if k == 0 else ""}" id="c{k}"><div class="bz_comment_head">'
            f'<span class="bz_comment_actions">[<a class="bz_reply_link" href="#add_comment">reply</a>] '
            f'[<a href="#" class="bz_collapse">−</a>]</span><span class="bz_comment_number"><a href="show_bug.cgi?id={bug}'
            f'#c{k}">Comment {k}</a></span> <span class="bz_comment_user"><span class="vcard"><a class="email" '
            f'href="mailto:{slug(n.author)}@mail.example.net" title="{esc(n.author)}"><span class="fn">{esc(n.author)}'
            f'</span></a></span>{role(n.author)}</span> <span class="bz_comment_time">{shown(n)}</span></div>'
            f'{ch}<pre class="bz_comment_text" id="comment_text_{k}">{pre(n, p)}</pre></div>'
        )

    activity = {
        4: ("Priya Raman", "CC", "", "priya.raman@mail.example.net"),
        11: (assignee, "Status", "ASSIGNED", "RESOLVED"),
    }
    items = []
    for k, (n, _, p) in enumerate(rows):
        items.append(comment(n, p))
        if k + 1 in activity:
            who, what, old, new = activity[k + 1]
            t = n.when + timedelta(minutes=7)
            items.append(
                f'<div class="bz_activity_row"><span class="who">{esc(who)}</span> <span class="when">'
                f'{t.strftime("%Y-%m-%d %H:%M:%S UTC")}</span> <span class="what">{what}</span>: '
                + (f"{esc(old)} → " if old else "")
                + f"{esc(new)}</div>"
            )
    desc = (
        '<div class="bz_comment bz_first_comment" id="c0"><div class="bz_comment_head"><span class="bz_comment_number">'
        f'<a href="show_bug.cgi?id={bug}#c0">Description</a></span> <span class="bz_comment_user"><span class="vcard">'
        f'<span class="fn">{reporter}</span></span>{role(reporter)}</span> <span class="bz_comment_time">'
        f'{start.strftime("%Y-%m-%d %H:%M:%S UTC")}</span></div><pre class="bz_comment_text" id="comment_text_0">'
        + "\n\n".join(esc(x) for x in description)
        + "\n\nSteps to reproduce:\n1. Enable offline maps for two regions\n2. Pan around for ten minutes\n"
        "3. Check the size of the tile cache\n\nActual results:\nThe cache keeps growing past the limit.\n\n"
        "Expected results:\nOld tiles are evicted at 512 MB.</pre></div>"
    )
    field = lambda label, value: f'<tr><th class="field_label">{label}:</th><td>{value}</td></tr>'  # noqa: E731
    page = (
        head(
            f"{bug} – Tile cache grows without limit when offline maps are enabled",
            url,
            "Bug 1887342: the offline tile cache ignores its size limit.",
            '<link rel="search" type="application/opensearchdescription+xml" title="Wayfarer Bugzilla" '
            'href="./search_plugin.cgi"><meta property="og:type" content="website">'
            '<meta property="og:site_name" content="Wayfarer Bugzilla">',
        )
        + '<body class="bugs-wayfarer-example-org bz_bug bz_status_RESOLVED bz_product_Wayfarer yui-skin-sam">'
        '<div id="header"><div id="banner"><a href="./">Wayfarer Bugzilla</a></div><ul class="links"><li><a href="./">'
        'Home</a></li><li><span class="separator">| </span><a href="enter_bug.cgi">New</a></li><li><span class="separator">'
        '| </span><a href="describecomponents.cgi">Browse</a></li><li><span class="separator">| </span><a href="query.cgi">'
        'Search</a></li><li><span class="separator">| </span><a href="report.cgi">Reports</a></li><li><span '
        'class="separator">| </span><a href="index.cgi?GoAheadAndLogIn=1">Log In</a></li></ul><form action="buglist.cgi">'
        '<input id="quicksearch_top" placeholder="Search bugs"></form></div><div id="bugzilla-body">'
        f'<div class="bz_short_desc_container"><a href="show_bug.cgi?id={bug}"><b>Bug&nbsp;{bug}</b></a> - '
        '<span id="short_desc_nonedit_display">Tile cache grows without limit when offline maps are enabled</span></div>'
        '<table class="edit_form"><tr><td id="bz_show_bug_column_1"><table>'
        + field("Status", "RESOLVED FIXED")
        + field("Product", "Wayfarer")
        + field("Component", "Offline maps")
        + field("Version", "4.12")
        + field("Hardware", "All All")
        + field("Importance", "P2 S2")
        + field("Assignee", f'<span class="vcard"><span class="fn">{assignee}</span></span>')
        + field(
            "URL",
            '<a href="https://forum.wayfarer.example.org/t/cache-full/4411">https://forum.wayfarer.example.org/'
            "t/cache-full/4411</a>",
        )
        + '</table></td><td id="bz_show_bug_column_2"><table>'
        + field("Reported", f"2024-05-02 19:40 UTC by {reporter}")
        + field("Modified", "2024-05-07 10:02 UTC")
        + field("CC List", "6 users")
        + field("See Also", '<a href="show_bug.cgi?id=1879020">Bug 1879020</a>')
        + field("Depends on", '<a href="show_bug.cgi?id=1886113">1886113</a>')
        + field("Blocks", '<a href="show_bug.cgi?id=1880001">1880001</a>')
        + '</table></td></tr></table><table id="attachment_table"><tr><th colspan="2">Attachments</th></tr>'
        '<tr class="bz_contenttype_image_png"><td><a href="attachment.cgi?id=9401">screenshot of the storage page</a> '
        f'<span class="bz_attach_extra_info">(412.30 KB, image/png) 2024-05-02 19:41 UTC, {reporter}</span></td>'
        '<td><a href="attachment.cgi?id=9401&amp;action=edit">Details</a></td></tr><tr><td colspan="2">'
        '<a href="attachment.cgi?bugid=1887342&amp;action=enter">Add an attachment</a> (proposed patch, testcase, etc.)'
        '</td></tr></table><div class="bz_section_additional_comments"><div id="comments">'
        + desc
        + "".join(items)
        + '</div><div id="add_comment"><label for="comment">Add Comment</label><textarea id="comment" name="comment" '
        'rows="10" cols="80"></textarea><button>Preview</button> <input type="submit" value="Save Changes"></div></div>'
        '<div class="related-bugs"><h3>Other bugs in Offline maps</h3><ul><li><a href="show_bug.cgi?id=1886113">1886113 '
        '– Storage quota is read once at start-up</a></li><li><a href="show_bug.cgi?id=1879020">1879020 – Tiles are '
        'downloaded twice after a region update</a></li><li><a href="show_bug.cgi?id=1884555">1884555 – Offline search '
        "misses house numbers</a></li></ul></div></div>"
        '<div id="footer"><ul id="useful-links"><li><a href="./">Home</a></li><li><a href="enter_bug.cgi">New</a></li>'
        '<li><a href="query.cgi">Search</a></li><li><a href="page.cgi?id=etiquette.html">Etiquette</a></li></ul>'
        "<p>Wayfarer Bugzilla · Privacy · This is a bug tracker, not a support forum.</p></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 3. LiveJournal-like, paginated


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def lj_journal() -> tuple:
    """A personal journal entry in the shape of LiveJournal / Dreamwidth: every comment is a table
    aligned right whose width shrinks with its depth (the only nesting; the comments are siblings in
    the page), with a user-info icon before the name, the date "May. 3rd, 2024 08:14 am (UTC)" and
    (Reply) (Parent) (Thread) (Link) links. The page holds the first threads; "Page 1 of 2" links
    the next page of comments."""
    user = "heron_hollow"
    url = f"https://{user}.journal.example/48213.html"
    nxt = f"https://{user}.journal.example/48213.html?page=2#comments"
    start = datetime(2024, 5, 3, 7, 40, tzinfo=UTC)
    forest = make_tree(421, [10, 3, 2, 2], lj_name, lambda r: paras(r, most=3), start, (5, 140), 28, 45, 3)
    total = len(list(flatten(forest)))
    k, shown_roots = 0, list[Node]()
    while len(list(flatten(shown_roots))) < 16:
        shown_roots.append(forest[k])
        k += 1
    rows = sized(list(flatten(shown_roots)))
    assert k < len(forest)
    for n, d, p in rows:  # the journal's owner answers some top-level comments
        if d == 1 and p is not None and n.cid % 3 == 0 and p.author != user:
            n.author = user
    tid = {id(n): 18000000 + 173 * n.cid for n, _, _ in rows}
    root_of: dict[int, Node] = {}
    for n, _, p in rows:
        root_of[id(n)] = n if p is None else root_of[id(p)]

    def shown(n: Node) -> str:
        d = n.when
        return f"{d.strftime('%b')}. {ordinal(d.day)}, {d.year} {d.strftime('%I:%M')} {d.strftime('%p').lower()} (UTC)"

    def ljuser(name: str) -> str:
        return (
            f'<span class="ljuser" lj:user="{name}" style="white-space:nowrap"><a href="https://{name}.journal.example/'
            f'profile"><img src="/img/userinfo.gif" alt="[info]" width="17" height="17" style="vertical-align:bottom"></a>'
            f'<a href="https://{name}.journal.example/"><b>{name}</b></a></span>'
        )

    def comment(n: Node, depth: int, p: Node | None) -> str:
        t = tid[id(n)]
        links = f'(<a href="{url}?replyto={t}">Reply</a>) '
        if p is not None:
            links += f'(<a href="{url}?thread={tid[id(p)]}#t{tid[id(p)]}">Parent</a>) '
        links += f'(<a href="{url}?thread={t}#t{t}">Thread</a>) '
        if depth >= 2:
            r = tid[id(root_of[id(n)])]
            links += f'(<a href="{url}?thread={r}#t{r}">Expand</a>) '
        links += f'(<a href="{url}?thread={t}#t{t}" class="permalink">Link</a>)'
        return (
            f'<a name="t{t}"></a><div id="ljcmt{t}" class="comment-wrap"><table class="talk-comment" '
            f'width="{100 - 6 * depth}%" align="right" cellpadding="2" cellspacing="0"><tr>'
            f'<td class="userpic" rowspan="2" valign="top" width="100"><img src="https://userpic.journal.example/'
            f'{n.cid * 97}/{n.cid}" width="80" height="80" alt="{n.author}: userpic"></td>'
            f'<td class="talk-head">{ljuser(n.author)} <span class="comment-date">{shown(n)}</span></td></tr>'
            f'<tr><td class="talk-body"><div class="comment-text">{br_paras(n)}</div>'
            f'<p class="comment-links"><span class="smaller">{links}</span></p></td></tr></table>'
            '<br clear="all"></div>'
        )

    pages = (
        '<div class="comment-pages">Page 1 of 2<br><b>[1]</b> <a href="'
        + nxt
        + '">[2]</a> <a href="'
        + nxt
        + '" title="Next page">&gt;&gt;</a></div>'
    )
    body = "<br><br>".join(esc(p) for p in article(422, 5))
    page = (
        head(
            "heron_hollow: The allotment, week eighteen",
            url,
            "Broad beans up, slugs winning, and the committee has opinions about sheds.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-03T07:40:00Z"><meta property="og:site_name" content="Journal">'
            f'<link rel="alternate" type="application/rss+xml" href="https://{user}.journal.example/data/rss">',
        )
        + '<body class="journal"><div id="lj_controlstrip"><a href="https://www.journal.example/">Journal</a> '
        '<a href="https://www.journal.example/login.bml">Log in</a> <a href="https://www.journal.example/create">Create '
        'account</a> <form action="https://www.journal.example/search"><input name="q" placeholder="Search"></form></div>'
        f'<div id="header"><h1>{ljuser(user)}\'s journal</h1><ul class="journal-nav"><li><a href="https://{user}.journal.'
        f'example/">Recent Entries</a></li><li><a href="https://{user}.journal.example/calendar">Archive</a></li><li>'
        f'<a href="https://{user}.journal.example/friends">Reading</a></li><li><a href="https://{user}.journal.example/'
        f'profile">Profile</a></li><li><a href="https://{user}.journal.example/tag/">Tags</a></li></ul></div>'
        '<div id="content"><div id="entry"><div class="entry-head"><span class="entry-date">Friday, May 3rd, 2024</span> '
        '<span class="entry-time">7:40 am</span><h2 class="entry-subject">The allotment, week eighteen</h2></div>'
        f'<div class="entry-text">{body}<div class="currents"><div class="current-mood"><b>Current Mood:</b> tired</div>'
        '<div class="current-location"><b>Current Location:</b> plot 14</div><div class="current-music"><b>Current Music:'
        '</b> rain on the shed roof</div></div></div><div class="entry-tags"><b>Tags:</b> <a href="https://'
        f'{user}.journal.example/tag/allotment">allotment</a>, <a href="https://{user}.journal.example/tag/garden">garden'
        f'</a></div><div class="entry-links">{total} comments | <a href="{url}?mode=reply">Leave a comment</a> | '
        '<a href="#">Share</a> | <a href="#">Flag</a></div></div>'
        '<div id="comments"><a name="comments"></a>'
        + pages
        + "".join(comment(n, d, p) for n, d, p in rows)
        + pages
        + '</div><div id="postform"><h3>Leave a comment</h3><form><table><tr><td>From:</td><td><label><input type="radio" '
        'name="usertype"> Anonymous</label> <label><input type="radio" name="usertype"> OpenID</label> <label>'
        '<input type="radio" name="usertype" checked> Journal user</label></td></tr><tr><td>Subject:</td><td><input '
        'name="subject"></td></tr><tr><td>Message:</td><td><textarea name="body" rows="8"></textarea></td></tr></table>'
        '<input type="submit" value="Post Comment"> <input type="submit" value="Preview"></form></div></div>'
        '<div id="sidebar"><div class="module"><h3>Page Summary</h3><ul><li><a href="https://heron_hollow.journal.example/'
        '47988.html">The allotment, week seventeen</a> - 12 comments</li><li><a href="https://heron_hollow.journal.example'
        '/47702.html">Seed swap at the library</a> - 31 comments</li><li><a href="https://heron_hollow.journal.example/'
        '47511.html">On sheds, again</a> - 44 comments</li></ul></div><div class="module"><h3>Calendar</h3><table '
        'class="calendar"><tr><td>1</td><td>2</td><td><b>3</b></td><td>4</td></tr></table></div><div class="module"><h3>'
        'Links</h3><ul><li><a href="https://allotments.example.org/">Allotment society</a></li></ul></div></div>'
        '<div id="footer">Powered by Journal · <a href="https://www.journal.example/legal/privacy">Privacy</a> · '
        '<a href="https://www.journal.example/legal/tos">Terms of Service</a></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), nxt


# ---------------------------------------------------------------- 4. Discuz-like Chinese forum


OP_TEXT = zh_paras(random.Random(435)) + zh_paras(random.Random(436)) + zh_paras(random.Random(437))


def discuz_forum() -> tuple:
    """A Chinese forum thread in the shape of Discuz!: a table per post with the poster's profile
    column (UID, posts, points, registration day), floors ("沙发", "板凳", "地板", "5#") in time
    order, the first floor the topic (not a comment). A reply either starts with "回复 5# name" or
    quotes the answered post in a quote box whose link names it ("name 发表于 ..."); quoting the
    topic is top level. Dates "2024-5-3 08:14", recent ones "3 小时前" / "昨天 18:40" with the day
    and time in a title; signatures and edit notes under some posts."""
    tid = 2881034
    url = f"https://bbs.jiayuan-luntan.example.cn/thread-{tid}-1-1.html"
    start = datetime(2024, 4, 29, 20, 5)
    forest = make_tree(431, [7, 3, 2, 1], lambda r: r.choice(ZH_NAMES), zh_paras, start, (5, 150), 14, 24, 2)
    rows = sized(chrono(forest, 432, start + timedelta(minutes=20), (30, 420)))
    op_author, op_when = "新房第一次装修", start
    now = rows[-1][0].when + timedelta(minutes=47)
    rng = random.Random(433)
    for n, _, p in rows:
        if p is not None and p.author == n.author:
            n.author = ZH_NAMES[(ZH_NAMES.index(n.author) + 1) % len(ZH_NAMES)]
    floor = {id(n): k + 2 for k, (n, _, _) in enumerate(rows)}
    pid = {id(n): 33100000 + 7 * n.cid for n, _, _ in rows}
    op_pid = 33099991
    groups = ["新手上路", "注册会员", "中级会员", "高级会员", "金牌会员"]
    profile: dict[str, tuple] = {}
    for name in [op_author] + ZH_NAMES:
        profile[name] = (
            rng.randint(120000, 990000),
            rng.randint(3, 900),
            rng.randint(10, 5000),
            f"{rng.randint(2013, 2022)}-{rng.randint(1, 12)}-{rng.randint(1, 28)}",
            rng.choice(groups),
            rng.choice(["", "", "装修日记更新中，欢迎围观", "", "人生苦短，我用瓷砖"]),
        )

    def abs_day(d: datetime) -> str:
        return f"{d.year}-{d.month}-{d.day} {d.strftime('%H:%M')}"

    def shown(n: Node) -> str:
        d, age = n.when, now - n.when
        if age < timedelta(hours=1):
            return f"{int(age.total_seconds() // 60)} 分钟前"
        if d.date() == now.date():
            return f"{int(age.total_seconds() // 3600)} 小时前"
        if d.date() == now.date() - timedelta(days=1):
            return f"昨天 {d.strftime('%H:%M')}"
        if d.date() == now.date() - timedelta(days=2):
            return f"前天 {d.strftime('%H:%M')}"
        return abs_day(d)

    def when_html(n: Node) -> str:
        s = shown(n)
        return s if s == abs_day(n.when) else f'<span title="{abs_day(n.when)}">{s}</span>'

    def find(p: int) -> str:
        return f"forum.php?mod=redirect&amp;goto=findpost&amp;pid={p}&amp;ptid={tid}"

    def label(f: int) -> str:
        return {2: "沙发", 3: "板凳", 4: "地板"}.get(f, f"<em>{f}</em>#")

    def lead(n: Node, p: Node | None) -> str:
        if p is None:
            if n.cid % 4 != 0:
                return ""
            q, who, t, target = OP_TEXT[0][:32], op_author, abs_day(op_when), op_pid
        elif n.cid % 5 in (0, 1, 2):
            return (
                f'<strong>回复 <a href="{find(pid[id(p)])}" target="_blank"><font color="Olive">{floor[id(p)]}#</font>'
                f"</a> <i>{esc(p.author)}</i> </strong><br />\n"
            )
        else:
            q, who, t, target = p.text[:32], p.author, abs_day(p.when), pid[id(p)]
        return (
            f'<div class="quote"><blockquote><font size="2"><a href="{find(target)}" target="_blank"><font color="#999999">'
            f"{esc(who)} 发表于 {t}</font></a></font><br />\n{esc(q)} ...</blockquote></div><br />\n"
        )

    def post(n: Node | None, p: Node | None, k: int) -> str:
        author = op_author if n is None else n.author
        uid, threads, points, reg, group, sign = profile[author]
        this_pid = op_pid if n is None else pid[id(n)]
        f = 1 if n is None else floor[id(n)]
        flabel = "楼主" if n is None else label(f)
        when = abs_day(op_when) if n is None else when_html(n)
        if n is None:
            text = "<br />\n<br />\n".join(esc(x) for x in OP_TEXT)
        else:
            text = lead(n, p) + "<br />\n<br />\n".join(esc(x) for x in n.paras)
        edited = (
            f'<i class="pstatus"> 本帖最后由 {esc(author)} 于 {abs_day(n.when + timedelta(minutes=9))} 编辑 </i><br />\n'
            if n is not None and n.cid % 6 == 5
            else ""
        )
        sig = f'<div class="sign">{esc(sign)}</div>' if sign else ""
        return (
            f'<div id="post_{this_pid}"><table id="pid{this_pid}" class="plhin" summary="pid{this_pid}" cellspacing="0" '
            f'cellpadding="0"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod='
            f'space&amp;uid={uid}" class="xw1">{esc(author)}</a></div></div><div class="avatar"><img src="https://uc.'
            f'jiayuan-luntan.example.cn/avatar.php?uid={uid}&amp;size=middle" alt=""></div><div class="tns"><table><tr>'
            f"<th><p>{threads // 7}</p>主题</th><th><p>{threads}</p>帖子</th><td><p>{points}</p>积分</td></tr></table></div>"
            f'<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup">{group}</a></em></p><dl class="pil"><dt>UID</dt>'
            f'<dd>{uid}</dd><dt>注册时间</dt><dd>{reg}</dd></dl><ul class="xl"><li><a>发消息</a></li></ul></td>'
            f'<td class="plc"><div class="pi"><strong><a href="{find(this_pid)}" id="postnum{this_pid}">{flabel}</a>'
            f'</strong><div class="pti"><div class="authi"><em id="authorposton{this_pid}">发表于 {when}</em>'
            '<span class="pipe">|</span><a href="#">只看该作者</a></div></div></div><div class="pct"><div class="pcb">'
            f'<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{this_pid}">'
            f"{edited}{text}</td></tr></table></div></div></div></td></tr>"
            f'<tr><td class="plc plm">{sig}<div class="po"><em><a class="fastre" href="#f_pst">回复</a></em>'
            f'<a class="replyadd" href="#">支持 <span>{zlib.crc32(str(this_pid).encode()) % 12}</span></a>'
            '<a class="replysubtract" href="#">反对 <span>0</span></a><a href="#">举报</a></div></td></tr></table></div>'
        )

    page = (
        head(
            "老房翻新，全包还是半包？求有经验的朋友指点 - 家居装修 - 家园论坛",
            url,
            "老房翻新，全包还是半包？求有经验的朋友指点",
            '<meta name="keywords" content="老房翻新,全包,半包,装修"><meta name="generator" content="Discuz! X3.4">'
            '<meta property="og:type" content="article">',
            lang="zh-CN",
        )
        + '<body id="nv_forum" class="pg_viewthread"><div id="toptb" class="cl"><div class="wp"><div class="z">'
        '<a href="/">设为首页</a><a href="/">收藏本站</a></div><div class="y"><a href="member.php?mod=register">立即注册</a>'
        '</div></div></div><div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="家园论坛">家园论坛</a></h2>'
        '<form id="lsform"><input name="username" placeholder="用户名"><input name="password" type="password" '
        'placeholder="密码"><button>登录</button></form></div><div id="nv"><ul><li><a href="portal.php">首页</a></li>'
        '<li class="a"><a href="forum.php">论坛</a></li><li><a href="forum.php?mod=guide">导读</a></li><li><a href="home.php">'
        '动态</a></li><li><a href="misc.php?mod=ranklist">排行榜</a></li></ul></div></div></div>'
        '<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./">家园论坛</a> <em>›</em> '
        '<a href="forum.php">论坛</a> <em>›</em> <a href="forum-41-1.html">家居装修</a> <em>›</em> '
        '<a href="' + url + '">老房翻新，全包还是半包？求有经验的朋友指点</a></div></div>'
        '<div id="ct" class="wp cl"><div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr>'
        f'<td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">4123</span>'
        f'<span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(rows)}</span></div></td>'
        '<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=41">[求助]</a> '
        '<span id="thread_subject">老房翻新，全包还是半包？求有经验的朋友指点</span></h1></td></tr></table>'
        + post(None, None, 0)
        + "".join(post(n, p, k) for k, (n, _, p) in enumerate(rows))
        + '</div><div class="pgs mtm mbm cl"><a href="forum-41-1.html" class="y pgsbtn">返回列表</a></div>'
        '<div id="relatethread" class="mtm bm"><h3>相关帖子</h3><ul class="xl"><li><a href="thread-2879912-1-1.html">'
        '卫生间防水到底要做多高？</a></li><li><a href="thread-2880456-1-1.html">晒晒我家的老房改造，花了十二万</a></li>'
        '<li><a href="thread-2878003-1-1.html">装修合同里这几条一定要写清楚</a></li></ul></div>'
        '<div id="f_pst" class="pl bm bmw"><form method="post" id="fastpostform"><table><tr><td class="pls">快速回复</td>'
        '<td class="plc"><textarea name="message" id="fastpostmessage" rows="5"></textarea><button type="submit" '
        'id="fastpostsubmit">发表回复</button> <a href="forum.php?mod=post&amp;action=reply">高级模式</a></td></tr></table>'
        "</form></div></div></div>"
        '<div id="ft" class="wp cl"><div id="flk" class="y"><a href="archiver/">Archiver</a><span class="pipe">|</span>'
        '<a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="misc.php?mod=faq">帮助</a></div>'
        '<div id="frt"><p>Powered by <strong><a href="https://www.discuz.example/">Discuz!</a></strong> X3.4</p>'
        "<p>© 2001-2024 家园论坛 · 京ICP备00000000号</p></div></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 5. Korean portal news comments


KST = timezone(timedelta(hours=9))


def korean_portal() -> tuple:
    """A Korean portal's news article with its comment box: masked user ids ("kimj****"), newest
    comments first, each with "답글 N" (replies) and 공감/비공감 counts, one level of replies kept
    in a separate reply list (with its own reply form) after the comment; "BEST" badges, a deleted
    comment's placeholder, the day and time "2024.05.03. 08:14" with the instant in data-value."""
    url = "https://news.portal.example.kr/article/421/0007712345"
    start = datetime(2024, 5, 3, 7, 20, tzinfo=KST)
    forest = make_tree(441, [10, 5], ko_name, ko_paras, start, (2, 60), 16, 25, 1)
    rows: list[Row] = []
    for root in reversed(forest):
        rows.append((root, 0, None))
        rows.extend((c, 1, root) for c in root.children)
    sized(rows)
    likes = {id(n): zlib.crc32(n.text.encode()) % 300 for n, _, _ in rows}
    best = {id(n) for n in sorted(forest, key=lambda n: -likes[id(n)])[:3]}

    def shown(n: Node) -> str:
        return n.when.strftime("%Y.%m.%d. %H:%M")

    def item(n: Node, reply: bool) -> str:
        badge = '<span class="badge_best">BEST</span>' if id(n) in best else ""
        tools = (
            ""
            if reply
            else f'<a href="#" class="btn_reply" role="button"><strong class="reply_txt">답글</strong>'
            f'<span class="reply_cnt">{len(n.children)}</span></a>'
        )
        kids = ""
        if not reply and n.children:
            kids = (
                '<div class="reply_zone"><ul class="reply_list">'
                + "".join(item(c, True) for c in n.children)
                + '</ul><div class="reply_write"><textarea placeholder="답글을 입력해주세요" title="답글 입력"></textarea>'
                '<button type="button">등록</button></div><a href="#" class="btn_fold">답글 접기</a></div>'
            )
        return (
            f'<li class="cmt_item{" cmt_reply" if reply else ""}" data-info="commentNo:\'{7700000 + n.cid}\'">'
            f'<div class="cmt_area">{"<span class=ico_reply></span>" if reply else ""}<div class="cmt_info">'
            f'<span class="cmt_nick_box"><span class="cmt_nick">{esc(n.author)}</span></span>{badge}</div>'
            f'<div class="cmt_text_wrap"><span class="cmt_contents">{br_paras(n, "<br>")}</span></div>'
            f'<div class="cmt_info_base"><span class="cmt_date" data-value="{n.when.strftime("%Y-%m-%dT%H:%M:%S%z")}">'
            f'{shown(n)}</span><a href="#" class="btn_report">신고</a></div><div class="cmt_tool">{tools}'
            f'<div class="recomm_set"><a href="#" class="btn_recomm"><span class="blind">공감</span><em>{likes[id(n)]}'
            f'</em></a><a href="#" class="btn_unrecomm"><span class="blind">비공감</span><em>{n.cid % 17}</em></a></div>'
            f"</div></div>{kids}</li>"
        )

    deleted = (
        '<li class="cmt_item cmt_deleted"><div class="cmt_area"><span class="cmt_delete">작성자에 의해 삭제된 댓글입니다.'
        "</span></div></li>"
    )
    items = [item(n, False) for n in reversed(forest)]
    items.insert(4, deleted)
    body = "".join(f"<p>{esc(p)}</p>" for p in article(442, 6, KO_WORDS))
    title = '시내버스 노선 개편 다음 달 시행… 주민들 "배차 간격부터 줄여야"'
    page = (
        head(
            f"{title} : 포털 뉴스",
            url,
            "시가 다음 달부터 시내버스 노선 스무 개를 개편한다.",
            '<meta property="og:type" content="article"><meta property="og:site_name" content="포털 뉴스">'
            '<meta property="article:published_time" content="2024-05-03T07:02:00+09:00">'
            '<meta name="twitter:creator" content="한빛일보">',
            lang="ko",
        )
        + '<body class="end_body"><div id="wrap"><header id="header"><a class="logo" href="https://news.portal.example.kr/">'
        '포털 뉴스</a><nav class="lnb"><ul><li><a href="/section/100">정치</a></li><li><a href="/section/101">경제</a></li>'
        '<li class="on"><a href="/section/102">사회</a></li><li><a href="/section/103">생활/문화</a></li><li><a '
        'href="/section/105">IT/과학</a></li><li><a href="/section/104">세계</a></li><li><a href="/ranking">랭킹</a></li>'
        '</ul></nav><a class="btn_login" href="https://login.portal.example.kr/">로그인</a></header>'
        '<div id="container"><div id="ct" class="article"><div class="media_end_head"><a class="press_logo" '
        f'href="/press/421">한빛일보</a><h2 class="media_end_head_title">{esc(title)}</h2><div class="info">'
        '<span class="date" data-date-time="2024-05-03 07:02:11">입력 2024.05.03. 오전 7:02</span> <span class="date">'
        '수정 2024.05.03. 오전 9:40</span> <a href="#" class="btn_origin">기사원문</a></div></div>'
        f'<article id="dic_area" class="go_trans">{body}<p class="byline">김민수 기자 minsu@hanbit.example</p></article>'
        '<div class="reaction"><button>좋아요 <em>41</em></button><button>훈훈해요 <em>3</em></button><button>슬퍼요 '
        "<em>2</em></button><button>화나요 <em>57</em></button><button>후속기사 원해요 <em>19</em></button></div>"
        '<div id="cbox_module" class="cmt_wrap"><div class="cmt_head"><h3 class="cmt_title">댓글 <span class="cmt_count">'
        f'{len(rows) + 1}</span></h3><div class="cmt_stat">현재 댓글 {len(rows)} | 작성자 삭제 1 | 규정 미준수 0</div>'
        '<div class="cmt_chart"><span>남자 64%</span><span>여자 36%</span><span>30대 29%</span></div>'
        '<p class="cleanbot">클린봇이 악성댓글을 감지합니다. <a href="#">설정</a></p></div><div class="cmt_write">'
        '<textarea placeholder="댓글을 입력해주세요" title="댓글 입력"></textarea><button type="button">등록</button>'
        '</div><div class="cmt_sort"><a href="#">순공감순</a> <a href="#" class="on">최신순</a> <a href="#">공감비율순</a>'
        '</div><ul class="cmt_list">'
        + "".join(items)
        + '</ul><a href="#" class="btn_more_all">댓글 더보기</a></div></div>'
        '<aside id="aside"><div class="ranking_box"><h4>많이 본 뉴스</h4><ol><li><a href="/article/421/0007712001">'
        '전세 사기 피해 지원 확대… 신청 기간 연장</a></li><li><a href="/article/421/0007712230">지하철 2호선 출근길 '
        '지연, 승객 불편</a></li><li><a href="/article/421/0007712288">봄철 산불 예방 캠페인 시작</a></li></ol></div>'
        '<div class="press_box"><h4>한빛일보 주요뉴스</h4><ul><li><a href="/article/421/0007712199">구청 예산 심사 '
        "돌입</a></li></ul></div></aside></div>"
        '<footer id="footer"><p>각 언론사가 제공하는 기사의 저작권은 해당 언론사에 있습니다.</p><ul><li><a href="#">'
        '이용약관</a></li><li><a href="#">개인정보처리방침</a></li><li><a href="#">고객센터</a></li></ul>'
        "<address>© PORTAL Corp.</address></footer></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 6. Hebrew talkbacks, right to left


IL = timezone(timedelta(hours=3))


def hebrew_talkbacks() -> tuple:
    """An Israeli regional news site (dir=rtl) with talkbacks in one flat numbered list: the number
    shows the thread ("7" answers the article, "7.1" answers 7, "7.1.2" answers 7.1); name with the
    place written from, ages "לפני 3 שעות" (with the day and time in a title) or "03.05.24 | 08:14",
    like/dislike counts and "הגב" / "דווח" buttons."""
    url = "https://hadashot-hatsafon.example.co.il/news/article/r1xk7mPzA"
    start = datetime(2024, 5, 2, 18, 30, tzinfo=IL)
    forest = make_tree(451, [8, 3, 2], he_name, he_paras, start, (20, 170), 15, 24, 2)
    rows = sized(list(flatten(forest)))
    now = max(n.when for n, _, _ in rows) + timedelta(minutes=50)
    number: dict[int, str] = {}
    for k, root in enumerate(forest):
        number[id(root)] = str(k + 1)
    for n, _, p in rows:
        if p is not None:
            number[id(n)] = f"{number[id(p)]}.{p.children.index(n) + 1}"

    def absolute(d: datetime) -> str:
        return d.strftime("%d.%m.%y | %H:%M")

    def shown(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"לפני {int(s // 60)} דקות"
        if s < 7200:
            return "לפני שעה"
        if s < 86400:
            return f"לפני {int(s // 3600)} שעות"
        return absolute(n.when)

    def tb(n: Node) -> str:
        city = HE_CITIES[n.cid % len(HE_CITIES)]
        city = f'<span class="tb-place">({city})</span>' if city else ""
        s = shown(n)
        when = s if s == absolute(n.when) else f'<span title="{n.when.strftime("%d.%m.%Y %H:%M")}">{s}</span>'
        up = zlib.crc32(n.text.encode()) % 40
        return (
            f'<li class="tb" id="tb-{n.cid}" data-tb="{number[id(n)]}"><div class="tb-head"><span class="tb-num">'
            f'{number[id(n)]}.</span> <span class="tb-name">{esc(n.author)}</span> {city} <span class="tb-date">{when}'
            f'</span></div><div class="tb-body">{p_html(n)}</div><div class="tb-actions"><button class="tb-reply">הגב'
            f'</button><button class="tb-like" aria-label="אהבתי">👍 {up}</button><button class="tb-dislike" '
            f'aria-label="לא אהבתי">👎 {n.cid % 7}</button><button class="tb-report">דווח</button></div></li>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(452, 6, HE_WORDS))
    title = "עבודות השיפוץ בנמל הישן יימשכו עד סוף השנה"
    page = (
        head(
            f"{title} | חדשות הצפון",
            url,
            "העירייה הודיעה כי העבודות בנמל הישן יתארכו בשישה חודשים.",
            '<meta property="og:type" content="article"><meta property="og:locale" content="he_IL">'
            '<meta property="article:published_time" content="2024-05-02T17:45:00+03:00">'
            '<meta property="article:section" content="חדשות">',
            lang="he",
            dirattr=' dir="rtl"',
        )
        + '<body class="rtl article-page"><header class="masthead"><a class="logo" href="/">חדשות הצפון</a>'
        '<nav class="main-menu"><a href="/">ראשי</a><a href="/news/">חדשות</a><a href="/economy/">כלכלה</a>'
        '<a href="/sport/">ספורט</a><a href="/culture/">תרבות</a><a href="/opinion/">דעות</a></nav>'
        '<a class="login" href="/login/">התחברות</a></header><div class="page"><main class="content">'
        f'<article class="story"><h1 class="story-title">{title}</h1><p class="story-sub">העירייה הודיעה כי העבודות '
        'בנמל הישן יתארכו בשישה חודשים.</p><div class="story-meta"><span class="author">מאת: דנה אלון</span> '
        '<time datetime="2024-05-02T17:45:00+03:00">02.05.24 | 17:45</time></div><figure><img src="/images/port.jpg" '
        f'alt=""><figcaption>הנמל הישן (צילום: ארכיון)</figcaption></figure><div class="story-body">{body}</div></article>'
        '<section class="talkbacks" id="talkbacks"><h2>תגובות <span class="tb-count">'
        f'({len(rows)})</span></h2><div class="tb-tools"><a href="#" class="tb-open-all">פתח הכל</a> | <a href="#">'
        'מהישנה לחדשה</a></div><ol class="tb-list">'
        + "".join(tb(n) for n, _, _ in rows)
        + '</ol><div class="tb-form"><h3>הוסיפו תגובה</h3><form><input placeholder="שם"><input placeholder="מקום מגורים">'
        '<textarea placeholder="תוכן התגובה"></textarea><button>שליחה</button></form><p class="tb-note">התגובות נבדקות '
        "לפני פרסום. המערכת שומרת לעצמה את הזכות שלא לפרסם תגובות.</p></div></section></main>"
        '<aside class="sidebar"><h3>הכי נקראים</h3><ol><li><a href="/news/article/a2">הרכבת לנהריה תחזור לפעול בשבוע '
        'הבא</a></li><li><a href="/news/article/a3">מחירי הדירות בקריות ממשיכים לעלות</a></li><li><a href="/news/article/'
        'a4">חוף הים ייסגר לרחצה בסוף השבוע</a></li></ol></aside></div>'
        '<footer class="site-footer"><p>כל הזכויות שמורות © חדשות הצפון 2024</p><nav><a href="/about/">אודות</a> '
        '<a href="/contact/">צור קשר</a> <a href="/privacy/">מדיניות פרטיות</a></nav></footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 7. Medium-like responses


def medium_responses() -> tuple:
    """A Medium-like story with its responses below: every response a card (avatar, name, a Follow
    button, the age, claps), some opening with a highlighted sentence of the story (not their words),
    replies as cards nested in the card they answer; some reply threads are collapsed behind an
    "N replies" button and not in the page. Ages "5 hours ago" / "3 days ago" alone within a week,
    else "Apr 24, 2024" (a bare day)."""
    url = "https://longform.example.com/better-cities/the-bus-stop-that-nobody-uses-3f9a1c27d4e0"
    owner = "Noor Haddad"
    start = datetime(2024, 4, 20, 9, 0, tzinfo=UTC)
    forest = make_tree(461, [8, 3, 2, 1], full_name, lambda r: paras(r, most=3), start, (60, 1500), 18, 32, 3)
    hidden: dict[int, int] = {}
    for root in forest:
        if root.children and root.cid % 3 == 0:
            hidden[id(root)] = len(list(flatten(root.children)))
            root.children = []
    rows = sized(list(flatten(forest)))
    assert max(d for _, d, _ in rows) >= 2
    for n, d, p in rows:
        if d == 1 and p is not None and n.cid % 2 == 0:
            n.author = owner
    now = max(n.when for n, _, _ in rows) + timedelta(hours=10)
    story = article(462, 7)

    def shown(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 86400:
            h = int(s // 3600)
            return f"{h} hour{'s' if h != 1 else ''} ago"
        if s < 7 * 86400:
            d = int(s // 86400)
            return f"{d} day{'s' if d != 1 else ''} ago"
        return f"{n.when.strftime('%b')} {n.when.day}, {n.when.year}"

    def iso(n: Node) -> str | None:
        return None if shown(n).endswith("ago") else n.when.date().isoformat()

    def card(n: Node, depth: int) -> str:
        s = slug(n.author)
        hl = (
            f'<blockquote class="rc-highlight"><a href="#p{n.cid % 7}">{esc(first_sentence(story[n.cid % 7]))}</a>'
            "</blockquote>"
            if depth == 0 and n.cid % 4 == 1
            else ""
        )
        kids = "".join(card(c, depth + 1) for c in n.children)
        more = ""
        if kids:
            more = (
                f'<div class="rc-replies"><button class="rc-toggle">Hide replies</button><div class="rc-thread">{kids}'
                "</div></div>"
            )
        elif id(n) in hidden:
            k = hidden[id(n)]
            more = (
                f'<div class="rc-replies"><button class="rc-toggle">{k} repl{"y" if k == 1 else "ies"}</button></div>'
            )
        claps = zlib.crc32(n.text.encode()) % 60
        return (
            f'<div class="rc-card" data-response-id="{n.cid * 7919:x}"><div class="rc-head"><a href="/@{s}">'
            f'<img class="rc-avatar" src="https://cdn.longform.example/avatar/{s}.jpg" alt="{esc(n.author)}" width="32" '
            f'height="32"></a><div class="rc-who"><a class="rc-name" href="/@{s}">{esc(n.author)}</a>'
            f'<button class="rc-follow">Follow</button><div class="rc-time"><a href="/@{s}/{n.cid * 7919:x}">{shown(n)}'
            f'</a></div></div><button class="rc-more" aria-label="More options">···</button></div>{hl}'
            f'<div class="rc-body">{p_html(n)}</div><div class="rc-actions"><button class="rc-clap" aria-label="clap">'
            f'👏 <span>{claps or ""}</span></button><button class="rc-reply">Reply</button></div>{more}</div>'
        )

    body = "".join(
        (f'<h2 id="h{i}">{["The stop", "Who it was for", "What changed"][i // 3]}</h2>' if i % 3 == 0 else "")
        + f'<p id="p{i}">{esc(p)}</p>'
        for i, p in enumerate(story)
    )
    total = len(rows) + sum(hidden.values())
    page = (
        head(
            "The bus stop that nobody uses | by Noor Haddad | Better Cities | Apr 2024 | Longform",
            url,
            "It was built for a factory that closed in 1998. The buses still stop there.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-04-19T16:12:08.331Z"><meta name="author" content="Noor Haddad">'
            '<meta property="article:author" content="https://longform.example.com/@noorhaddad">'
            '<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="9 min read">',
        )
        + '<body><div id="root"><header class="topbar"><a class="logo" href="/">Longform</a><div class="search">'
        '<input placeholder="Search"></div><a href="/new-story" class="write">Write</a><a href="/m/signin?op=register" '
        'class="btn">Sign up</a><a href="/m/signin">Sign in</a></header><main><article class="story"><div class="pub">'
        '<a href="/better-cities">Better Cities</a></div><h1 class="story-title">The bus stop that nobody uses</h1>'
        '<h2 class="story-subtitle">It was built for a factory that closed in 1998. The buses still stop there.</h2>'
        '<div class="byline"><img src="https://cdn.longform.example/avatar/noorhaddad.jpg" alt="Noor Haddad"><a '
        'href="/@noorhaddad">Noor Haddad</a> · <button>Follow</button><div class="meta"><span>9 min read</span> · '
        '<span>Apr 19, 2024</span></div></div><div class="story-actions"><button>👏 1.2K</button><button aria-label="'
        f'responses">💬 {total}</button><button>Share</button></div><section class="story-body">{body}</section>'
        '<ul class="tags"><li><a href="/tag/urban-planning">Urban Planning</a></li><li><a href="/tag/transport">Transport'
        '</a></li><li><a href="/tag/cities">Cities</a></li></ul></article><div class="written-by"><img src="https://cdn.'
        'longform.example/avatar/noorhaddad.jpg" alt=""><h2>Written by Noor Haddad</h2><p>2.1K Followers · Writer for '
        "Better Cities</p><p>Transport planner. Writes about the parts of cities nobody looks at.</p><button>Follow"
        f'</button></div><section class="responses" id="responses"><h2>Responses ({total})</h2><div class="respond-box">'
        '<img src="https://cdn.longform.example/avatar/anon.png" alt=""><textarea placeholder="What are your thoughts?">'
        '</textarea><button>Cancel</button><button class="primary">Respond</button></div><div class="rc-list">'
        + "".join(card(n, 0) for n in forest)
        + '</div><button class="see-all">See all responses</button></section>'
        '<aside class="more-from"><h2>More from Noor Haddad and Better Cities</h2><div class="teaser"><a href="/better-'
        'cities/a-bench-is-a-policy-8a1f"><h3>A bench is a policy</h3><p>Where we let people sit says who we want to '
        'stay.</p></a><span>Mar 2, 2024 · 6 min read</span></div><div class="teaser"><a href="/better-cities/the-last-'
        'tram-depot-1c2d"><h3>The last tram depot</h3></a><span>Jan 14, 2024 · 11 min read</span></div></aside>'
        '<aside class="recommended"><h2>Recommended from Longform</h2><div class="teaser"><a href="/@tobias/walking-to-'
        'school-0d9e"><h3>Walking to school, 1974 and now</h3></a><span>5 days ago</span></div></aside></main>'
        '<footer class="site-footer"><a href="https://help.longform.example/">Help</a><a href="/status">Status</a>'
        '<a href="/about">About</a><a href="/jobs">Careers</a><a href="/press">Press</a><a href="/blog">Blog</a>'
        '<a href="/privacy">Privacy</a><a href="/terms">Terms</a></footer></div></body></html>'
    )
    return url, page, truth(rows, shown, iso), None


# ---------------------------------------------------------------- 8. Telegram-discussion-like widget


def telegram_discussion() -> tuple:
    """A messenger channel's post page with its discussion below, in the shape of Telegram's
    comments widget: one flat list of message bubbles in posting order under day separators ("May
    3"); a reply carries a preview block (the answered message's author and the start of its text,
    linking to it); the channel answers with an "admin" badge; the time "08:14" alone, the instant
    in a <time datetime>; reactions and "edited" marks."""
    url = "https://msg.example.org/s/harbourferry/812?comments=1"
    channel = "Harbour Ferry Updates"
    start = datetime(2024, 5, 3, 6, 30, tzinfo=UTC)

    def namer(r: random.Random) -> str:
        return r.choice(FIRST) if r.random() < 0.4 else full_name(r)

    forest = make_tree(471, [8, 3, 2, 2], namer, lambda r: paras(r, most=2), start, (1, 45), 15, 25, 3)
    rows = sized(chrono(forest, 472, start + timedelta(minutes=6), (2, 70)))
    for n, d, p in rows:
        if d == 1 and p is not None and n.cid % 3 == 0:
            n.author = channel
    mid = {id(n): 40210 + 3 * k for k, (n, _, _) in enumerate(rows)}

    def shown(n: Node) -> str:
        return n.when.strftime("%H:%M")

    def excerpt(p: Node) -> str:
        t = p.paras[0]
        return t if len(t) <= 60 else t[:60].rstrip() + "…"

    def message(n: Node, p: Node | None) -> str:
        m = mid[id(n)]
        badge = '<span class="tgw-badge">admin</span>' if n.author == channel else ""
        initials = "".join(w[0] for w in n.author.split()[:2])
        reply = (
            f'<a class="tgw-reply" href="#comment-{mid[id(p)]}" data-reply-to="{mid[id(p)]}"><div class="tgw-reply-author">'
            f'{esc(p.author)}</div><div class="tgw-reply-text">{esc(excerpt(p))}</div></a>'
            if p is not None
            else ""
        )
        r = zlib.crc32(n.text.encode())
        reactions = (
            f'<span class="tgw-reactions"><span class="tgw-reaction">❤ {r % 9 + 1}</span>'
            + (f'<span class="tgw-reaction">👍 {r % 5 + 1}</span>' if r % 2 else "")
            + "</span>"
            if r % 3 == 0
            else ""
        )
        edited = '<span class="tgw-edited">edited</span> ' if n.cid % 7 == 3 else ""
        return (
            f'<div class="tgw-msg" id="comment-{m}" data-comment-id="{m}"><div class="tgw-userpic"><i class="tgw-pic" '
            f'style="background-color:#{r % 0xFFFFFF:06x}">{esc(initials)}</i></div><div class="tgw-bubble">'
            f'<div class="tgw-author"><span class="tgw-name">{esc(n.author)}</span>{badge}</div>{reply}'
            f'<div class="tgw-text">{br_paras(n)}</div><div class="tgw-info">{reactions}{edited}'
            f'<time datetime="{n.when.isoformat()}" class="tgw-time">{shown(n)}</time></div></div></div>'
        )

    items, day = [], None
    for n, _, p in rows:
        if n.when.date() != day:
            day = n.when.date()
            items.append(f'<div class="tgw-service"><span>{n.when.strftime("%B")} {n.when.day}</span></div>')
        items.append(message(n, p))
    post = "<br><br>".join(esc(p) for p in article(473, 3))
    page = (
        head(
            "Harbour Ferry Updates – Messenger",
            url,
            "From Monday 6 May the 07:10 crossing moves to 07:25 and the last boat leaves at 22:40.",
            '<meta property="og:type" content="article"><meta property="og:site_name" content="Messenger">'
            '<meta property="og:image" content="https://cdn.msg.example.org/harbourferry/812.jpg">'
            '<meta property="article:published_time" content="2024-05-03T06:12:40+00:00">',
        )
        + '<body class="widget_frame_base"><header class="tgme_header"><a class="tgme_logo" href="https://msg.example.org/">'
        'Messenger</a><a class="tgme_header_link" href="https://msg.example.org/apps">Apps</a> <a class="tgme_header_link" '
        'href="https://msg.example.org/faq">FAQ</a></header><div class="tgme_main"><div class="tgme_channel_info">'
        '<i class="tgme_page_photo"><img src="https://cdn.msg.example.org/harbourferry/avatar.jpg" alt=""></i>'
        f'<div class="tgme_channel_info_header_title">{channel}</div><div class="tgme_channel_info_header_username">'
        '@harbourferry</div><div class="tgme_channel_info_counters"><span class="counter_value">8.2K</span> subscribers '
        '<span class="counter_value">1.1K</span> photos</div><a class="tgme_action_button" href="tg://resolve?domain='
        'harbourferry">View in Messenger</a></div><div class="tgme_widget_message_wrap"><div class="tgme_widget_message" '
        'data-post="harbourferry/812"><div class="tgme_widget_message_author">'
        f'<span>{channel}</span></div><a class="tgme_widget_message_photo" href="https://msg.example.org/harbourferry/812" '
        'style="background-image:url(https://cdn.msg.example.org/harbourferry/812.jpg)"></a>'
        f'<div class="tgme_widget_message_text">{post}</div><div class="tgme_widget_message_footer">'
        '<span class="tgme_widget_message_views">12.4K</span> <time datetime="2024-05-03T06:12:40+00:00">06:12</time>'
        '</div></div></div><section class="tgw-discussion" id="discussion"><div class="tgw-discussion-head">'
        f'<span class="tgw-count">{len(rows)} comments</span><a href="tg://resolve?domain=harbourferry&amp;post=812'
        '&amp;comment=1">Open in Messenger</a></div><div class="tgw-messages">'
        + "".join(items)
        + '</div><div class="tgw-compose"><div class="tgw-login">Log in to comment</div><textarea placeholder="Write a '
        'comment…" disabled></textarea><button class="tgw-send" disabled>Send</button></div></section>'
        '<aside class="tgme_channel_recent"><h3>Recent posts</h3><ul><li><a href="https://msg.example.org/harbourferry/'
        '811">Lift at the north pier out of service until Friday</a></li><li><a href="https://msg.example.org/'
        'harbourferry/810">Summer fares from 1 June</a></li><li><a href="https://msg.example.org/harbourferry/809">Fog: '
        "crossings delayed this morning</a></li></ul></aside></div>"
        '<footer class="tgme_footer"><a href="https://msg.example.org/privacy">Privacy</a> · <a href="https://msg.example.'
        'org/tos">Terms</a> · © 2024 Messenger</footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 9. Google-Groups-like conversation


def groups_conversation() -> tuple:
    """A discussion group's conversation view in the shape of Google Groups: the first message (not
    a comment), then every reply in date order (not tree order), each with the sender's name, a
    masked address and "May 3, 2024, 8:14:22 AM"; an "In reply to NAME" line links the message
    answered (the first message for a top-level reply); quoted text hidden behind "- show quoted
    text -", signatures under "-- ", Reply all / Reply to author / Forward buttons."""
    url = "https://groups.example.com/g/radio-restorers/c/Xq7LmN2pT4w"
    start = datetime(2024, 5, 3, 6, 40)
    forest = make_tree(481, [4, 3, 2, 2], full_name, lambda r: paras(r, most=3), start, (10, 300), 14, 22, 3)
    rows = sized(chrono(forest, 482, start + timedelta(minutes=25), (8, 280)))
    rng = random.Random(483)
    for n, _, _ in rows:
        n.when += timedelta(seconds=rng.randint(0, 59))
    for n, _, p in rows:
        if p is not None and p.author == n.author:
            n.author = full_name(rng)
    first = Node("Hana Sato", article(484, 3), start + timedelta(seconds=17), 1)
    subject = "Replacing wax capacitors in a 1950s set: which values?"
    mid = {id(n): f"{n.cid * 104729:x}" for n, _, _ in rows}
    mid[id(first)] = "m0"
    sigs = [
        "",
        "Tokyo Radio Club",
        "",
        "sent from a tablet, excuse typos",
        "",
        "Vintage Wireless Society, north branch",
    ]

    def shown(n: Node) -> str:
        return f"{n.when.strftime('%b')} {n.when.day}, {n.when.year}, {ampm(n.when, '{h}:%M:%S %p')}"

    def masked(name: str) -> str:
        return f"{slug(name)[:2]}...@{'mail.example.net' if len(name) % 2 else 'post.example.org'}"

    def message(n: Node, p: Node | None) -> str:
        m = mid[id(n)]
        inreply = (
            f'<div class="gmsg-inreply">In reply to <a href="#msg_{mid[id(p)]}">{esc(p.author)}</a></div>'
            if p is not None
            else ""
        )
        quoted = ""
        if p is not None:
            q = "<br>".join("&gt; " + esc(line) for line in textwrap.wrap(p.paras[0], 70))
            quoted = (
                '<div class="gmsg-quoted-toggle"><a href="#" role="button">- show quoted text -</a></div>'
                f'<div class="gmsg-quoted" style="display:none">On {shown(p)}, {esc(p.author)} wrote:<br>{q}</div>'
            )
        sig = sigs[n.cid % len(sigs)] if n is not first else ""
        sig_html = f'<div class="gmsg-sig">-- <br>{esc(n.author.split()[0])}<br>{esc(sig)}</div>' if sig else ""
        return (
            f'<section class="gmsg" id="msg_{m}" role="listitem"><div class="gmsg-head"><span class="gmsg-avatar" '
            f'aria-hidden="true">{n.author[0]}</span><div class="gmsg-from"><span class="gmsg-name">{esc(n.author)}</span> '
            f'<span class="gmsg-addr">&lt;{masked(n.author)}&gt;</span></div><div class="gmsg-date">{shown(n)}</div>'
            '<div class="gmsg-menu"><button aria-label="Star">☆</button><button aria-label="More">⋮</button></div></div>'
            f'<div class="gmsg-to">to radio-restorers</div>{inreply}<div class="gmsg-body">{p_html(n)}{quoted}'
            f'{sig_html}</div><div class="gmsg-actions"><button>Reply all</button><button>Reply to author</button>'
            "<button>Forward</button></div></section>"
        )

    page = (
        head(
            f"{subject} - Groups",
            url,
            "Conversation in radio-restorers: " + subject,
            '<meta property="og:type" content="website"><meta property="og:site_name" content="Groups">'
            '<meta name="robots" content="index,follow">',
        )
        + '<body><header class="g-header"><a class="g-logo" href="https://groups.example.com/">Groups</a><form class="g-search">'
        '<input placeholder="Search conversations within radio-restorers"></form><a class="g-signin" href="https://'
        'accounts.example.com/signin">Sign in</a></header><div class="g-layout"><nav class="g-nav"><a href="https://'
        'groups.example.com/my-groups">My groups</a><h3>Recent groups</h3><ul><li><a href="/g/radio-restorers">'
        'radio-restorers</a></li><li><a href="/g/valve-audio">valve-audio</a></li></ul><h3>radio-restorers</h3><ul>'
        '<li><a href="/g/radio-restorers">Conversations</a></li><li><a href="/g/radio-restorers/about">About</a></li></ul>'
        '</nav><main class="g-main"><div class="g-conv-head"><a href="/g/radio-restorers" class="g-back">← '
        f'radio-restorers</a><h1 class="g-subject">{esc(subject)}</h1><div class="g-conv-stats">{len(rows) + 1} messages · '
        f"{len({n.author for n, _, _ in rows} | {first.author})} participants · 214 views</div></div>"
        '<div class="g-messages" role="list">'
        + message(first, None)
        + "".join(message(n, p) for n, _, p in rows)
        + '</div><div class="g-compose"><button class="g-reply-all">Reply all</button><button>Reply to author</button>'
        '<button>Forward</button><textarea placeholder="Write a reply"></textarea></div><div class="g-related">'
        '<h3>Related conversations</h3><ul><li><a href="/g/radio-restorers/c/Ab12">Dial cord came off in a Grundig</a> '
        '<span>12 messages</span></li><li><a href="/g/radio-restorers/c/Cd34">Best way to clean a chassis without '
        "water</a> <span>7 messages</span></li></ul></div></main></div>"
        '<footer class="g-footer"><a href="https://example.com/policies/privacy">Privacy</a> · <a href="https://example.'
        'com/policies/terms">Terms</a> · <a href="https://support.example.com/groups">Help</a></footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 10. Trustpilot-like reviews, paginated


def review_page() -> tuple:
    """A company's review page in the shape of Trustpilot: newest reviews first, each a card with
    the reviewer, a country and review count, a star rating, a title (not part of the text), the
    text, "Date of experience" (not the review's date) and Useful / Share / Report; the company's
    reply inside the review card ("Reply from ..."), answering that review. Ages "5 hours ago" /
    "3 days ago" or "Apr 28, 2024", the instant in <time datetime>; "Next page" links page 2."""
    company = "Harbourline Ferries"
    url = "https://reviews.example.com/review/harbourline.example"
    nxt = "https://reviews.example.com/review/harbourline.example?page=2"
    rng = random.Random(491)
    now = datetime(2024, 5, 6, 14, 0, tzinfo=UTC)
    rows: list[Row] = []
    clock = now
    for k in range(12):
        clock -= timedelta(hours=rng.randint(3, 40), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        who = full_name(rng)
        r = Node(who, paras(rng, most=2), clock, 900 + k)
        r.extra.update(
            stars=rng.choice([5, 5, 4, 4, 3, 2, 1]),
            title=" ".join(rng.choice(EN_WORDS) for _ in range(rng.randint(3, 6))).capitalize(),
            experienced=(clock - timedelta(days=rng.randint(0, 12))).date(),
            country=rng.choice(["GB", "GB", "IE", "NL", "FR", "DE"]),
            count=rng.randint(1, 14),
        )
        rows.append((r, 0, None))
        if rng.random() < (0.8 if r.extra["stars"] <= 3 else 0.3):
            t = min(
                clock + timedelta(hours=rng.randint(2, 30), minutes=rng.randint(0, 59)), now - timedelta(minutes=40)
            )
            text = paras(rng, most=2)
            text[0] = f"Hi {who.split()[0]}, thank you for taking the time to write this. " + text[0]
            rows.append((Node(company, text, t, 950 + k), 1, r))
    sized(rows)

    def shown(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 86400:
            h = int(s // 3600)
            return f"{h} hour{'s' if h != 1 else ''} ago"
        if s < 7 * 86400:
            d = int(s // 86400)
            return f"{d} day{'s' if d != 1 else ''} ago"
        return f"{n.when.strftime('%b')} {n.when.day}, {n.when.year}"

    def stamp(n: Node) -> str:
        title = f"{n.when.strftime('%A, %B')} {n.when.day}, {n.when.year} at {ampm(n.when, '{h}:%M:%S %p')}"
        return f'<time datetime="{n.when.strftime("%Y-%m-%dT%H:%M:%S.000Z")}" title="{title}">{shown(n)}</time>'

    replies = {id(p): n for n, _, p in rows if p is not None}

    def card(r: Node) -> str:
        e = r.extra
        initials = "".join(w[0] for w in r.author.split())
        reply = ""
        if id(r) in replies:
            rp = replies[id(r)]
            reply = (
                '<div class="review-reply"><div class="reply-head"><img src="https://logos.reviews.example.com/harbourline.'
                f'png" alt="{company} logo" width="32"><p class="reply-from">Reply from <span class="reply-company">'
                f'{company}</span></p>{stamp(rp)}</div><p class="reply-text">{"<br><br>".join(rich(x) for x in rp.paras)}'
                "</p></div>"
            )
        d = e["experienced"]
        return (
            f'<article class="review-card" data-review-id="66{r.cid:04d}a1f"><aside class="consumer"><a href="/users/'
            f'{r.cid * 31:x}" class="consumer-link"><span class="consumer-avatar">{initials}</span><span class="consumer-name">'
            f'{esc(r.author)}</span></a><div class="consumer-info"><span class="country">{e["country"]}</span> · '
            f'<span class="review-count">{e["count"]} review{"s" if e["count"] != 1 else ""}</span></div></aside>'
            f'<section class="review-content"><div class="review-header"><div class="star-rating star-rating--{e["stars"]}">'
            f'<img src="https://cdn.reviews.example.com/stars-{e["stars"]}.svg" alt="Rated {e["stars"]} out of 5 stars"></div>'
            f'<div class="review-dates">{stamp(r)}</div><span class="badge-verified">Verified</span></div>'
            f'<h2 class="review-title"><a href="/reviews/66{r.cid:04d}a1f">{esc(e["title"])}</a></h2>'
            f'<p class="review-text">{"<br><br>".join(rich(x) for x in r.paras)}</p><p class="experience-date">'
            f"<b>Date of experience:</b> {d.strftime('%B')} {d.day}, {d.year}</p></section>"
            f'<div class="review-actions"><button class="useful">👍 Useful <span>{r.cid % 5 or ""}</span></button>'
            f'<button class="share">Share</button><button class="report">Report</button></div>{reply}</article>'
        )

    bars = "".join(
        f'<label class="bar"><input type="checkbox"> {s}-star <span class="bar-fill" style="width:{w}%"></span> {w}%</label>'
        for s, w in [(5, 62), (4, 17), (3, 6), (2, 4), (1, 11)]
    )
    page = (
        head(
            f'{company} is rated "Excellent" with 4.3 / 5 on Reviews',
            url,
            f"Do you agree with {company}'s 4-star rating? Check out what 1,482 people have written so far.",
            '<meta property="og:type" content="website"><meta property="og:site_name" content="Reviews">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":'
            '"Harbourline Ferries","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.3","reviewCount":"1482"}}'
            "</script>",
        )
        + '<body><header class="site-header"><a class="logo" href="https://reviews.example.com/">Reviews</a><nav>'
        '<a href="/categories">Categories</a><a href="/blog">Blog</a><a href="/login">Log in</a><a class="biz" '
        'href="https://business.reviews.example.com/">For businesses</a></nav></header><main class="company-page">'
        '<section class="business-unit"><img src="https://logos.reviews.example.com/harbourline.png" alt="" width="120">'
        f'<h1><span class="display-name">{company}</span></h1><p class="summary">Reviews 1,482 · <b>Excellent</b></p>'
        '<p class="trustscore">TrustScore <b>4.3</b> out of 5</p><a class="visit" href="https://www.harbourline.example/" '
        'rel="nofollow">harbourline.example<span>Visit this website</span></a><p class="claimed">Claimed profile · Replies '
        "to 74% of negative reviews</p></section>"
        f'<section class="write-review"><a href="/evaluate/harbourline.example">Write a review</a></section><div class="cols">'
        f'<section class="reviews"><div class="rating-bars">{bars}</div><div class="filters"><button>Filter</button> '
        '<button>Sort: Most recent</button> <label><input type="checkbox"> Verified</label> <label><input type="checkbox">'
        " With replies</label></div>"
        + "".join(card(r) for r, d, _ in rows if d == 0)
        + '<nav class="pagination" aria-label="Pagination"><a class="prev disabled" aria-disabled="true">Previous</a>'
        f'<a class="page current" aria-current="page">1</a><a class="page" href="{nxt}">2</a><a class="page" '
        f'href="{url}?page=3">3</a><span>…</span><a class="page" href="{url}?page=124">124</a>'
        f'<a class="next" href="{nxt}" rel="next" name="pagination-button-next">Next page</a></nav></section>'
        f'<aside class="company-aside"><div class="about"><h2>About {company}</h2><p>Written by the company</p><p>Foot '
        "and car ferries between the old harbour, the island and the north pier since 1962.</p><h3>Contact info</h3>"
        "<address>Pier Road 1, Harbourton<br>+44 1632 960123<br>care@harbourline.example</address></div>"
        '<div class="similar"><h2>People also looked at</h2><ul><li><a href="/review/islandhopper.example">Island Hopper '
        'Boats</a> <span>4.1</span></li><li><a href="/review/northpier-parking.example">North Pier Parking</a> '
        '<span>2.7</span></li><li><a href="/review/coastbus.example">Coast Bus</a> <span>3.9</span></li></ul></div>'
        "</aside></div></main>"
        '<footer class="site-footer"><nav><a href="/about">About us</a><a href="/jobs">Jobs</a><a href="/contact">Contact'
        '</a><a href="/legal">Legal</a><a href="/privacy">Privacy policy</a><a href="/guidelines">Guidelines for '
        "reviewers</a></nav><p>© 2024 Reviews A/S. All rights reserved.</p></footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), nxt


# ---------------------------------------------------------------- 11. Tumblr-like notes


def tumblr_notes() -> tuple:
    """A blog post in the shape of a Tumblr theme with its notes: likes ("name liked this"),
    reblogs ("name reblogged this from other", some with tags) and replies ("name replied: ...")
    in one list, newest first, ending with "name posted this". Only the replies are comments, all
    on the post (top level); notes carry no dates; "Show more notes" is a script button."""
    owner = "heronfield"
    url = f"https://{owner}.blogs.example/post/741239908812/the-seed-library-opens-on-saturday"
    rng = random.Random(4101)

    def blog(r: random.Random) -> str:
        return r.choice(
            [
                f"{r.choice(HANDLE_A)}-{r.choice(HANDLE_B)}",
                f"{r.choice(HANDLE_A)}{r.choice(HANDLE_B)}s",
                f"the-{r.choice(HANDLE_A)}-{r.choice(HANDLE_B)}",
                f"{r.choice(HANDLE_A)}{r.randint(1, 99)}",
            ]
        )

    while True:
        kinds = [rng.choice(["like", "like", "like", "reblog", "reblog", "reply", "reply"]) for _ in range(40)]
        if 10 <= kinds.count("reply") <= 16:
            break
    notes, replies = [], []
    tags = ["#seed library", "#gardening", "#community", "#want", "#so cool", "#allotment life"]
    for k, kind in enumerate(kinds):
        name = blog(rng)
        link = f'<a href="https://{name}.blogs.example/" class="tumblelog" title="{name}">{name}</a>'
        av = (
            f'<a href="https://{name}.blogs.example/" class="avatar_frame" title="{name}"><img src="https://64.media.'
            f'blogs.example/avatar_{zlib.crc32(name.encode()):08x}_16.png" class="avatar" alt=""></a>'
        )
        if kind == "like":
            notes.append(f'<li class="note like">{av}<span class="action">{link} liked this</span></li>')
        elif kind == "reblog":
            other = owner if rng.random() < 0.5 else blog(rng)
            t = " ".join(rng.sample(tags, rng.randint(1, 3))) if rng.random() < 0.4 else ""
            t = f'<span class="reblog-tags">{esc(t)}</span>' if t else ""
            notes.append(
                f'<li class="note reblog">{av}<span class="action">{link} reblogged this from <a href="https://{other}'
                f'.blogs.example/" class="source_tumblelog">{other}</a></span>{t}</li>'
            )
        else:
            text = " ".join(sentence(rng) for _ in range(rng.randint(1, 2)))
            replies.append((name, text))
            notes.append(
                f'<li class="note reply" id="note-{k}">{av}<span class="action">{link} replied: <span class="reply_text">'
                f"{rich(text)}</span></span></li>"
            )
    notes.append(
        f'<li class="note original_post"><span class="action"><a href="https://{owner}.blogs.example/" '
        f'class="tumblelog">{owner}</a> posted this</span></li>'
    )
    caption = "".join(f"<p>{esc(p)}</p>" for p in article(4102, 3))
    page = (
        head(
            "heronfield — The seed library opens on Saturday",
            url,
            "The seed library opens on Saturday in the old bank on Mill Street.",
            '<meta property="og:type" content="article"><meta property="og:site_name" content="heronfield">'
            '<meta property="article:published_time" content="2024-05-03T09:12:44-04:00">'
            '<meta name="twitter:card" content="summary_large_image">',
        )
        + '<body class="theme-fieldnotes"><header id="header"><h1 class="blog-title"><a href="https://heronfield.blogs.'
        'example/">heronfield</a></h1><p class="description">Seeds, sheds and slow gardening. She/her.</p><nav '
        'class="blog-nav"><a href="/archive">Archive</a> <a href="/ask">Ask me anything</a> <a href="/submit">Submit a '
        'post</a> <a href="/rss">RSS</a></nav></header><div id="content"><main id="posts"><article class="post photo" '
        'id="post-741239908812"><figure class="photo-wrap"><img src="https://64.media.blogs.example/seed-library_1280.jpg" '
        f'alt="Jars of seeds on a shelf" width="1280"></figure><div class="caption">{caption}</div><footer '
        'class="post-meta"><a class="date" href="' + url + '">May 3rd, 2024</a> <a class="notecount" href="#notes">'
        f'{len(kinds) + 372} notes</a> <a class="reblog" href="https://www.blogs.example/reblog/741239908812">Reblog</a> '
        '<ul class="tags"><li><a href="/tagged/seed-library">#seed library</a></li><li><a href="/tagged/mill-street">'
        '#mill street</a></li><li><a href="/tagged/gardening">#gardening</a></li></ul></footer>'
        '<section id="notes" class="notes-wrap"><h3>Notes</h3><form class="reply-form"><p>Log in to reply.</p><input '
        f'placeholder="Reply as @you" disabled><button disabled>Reply</button></form><ol class="notes">'
        + "".join(notes)
        + '<li class="more_notes_link_container"><span class="notes_loading" style="display:none">Loading...</span>'
        '<a class="more_notes_link" role="button">Show more notes</a></li></ol></section></article>'
        '<nav class="pagination"><a href="https://heronfield.blogs.example/post/741188812001/compost-bays-part-two" '
        'class="prev">← Newer</a> <a href="https://heronfield.blogs.example/post/741077120331/the-bean-trench" '
        'class="next">Older →</a></nav></main><aside id="sidebar"><img class="portrait" src="https://64.media.blogs.'
        'example/avatar_heronfield_128.png" alt=""><h4>Recent posts</h4><ul><li><a href="/post/741188812001/compost-'
        'bays-part-two">Compost bays, part two</a></li><li><a href="/post/741077120331/the-bean-trench">The bean trench'
        '</a></li><li><a href="/post/740950031902/rain-gauge-from-a-jam-jar">A rain gauge from a jam jar</a></li></ul>'
        '<h4>Following</h4><ul><li><a href="https://mossworks.blogs.example/">mossworks</a></li><li><a href="https://'
        'otterlab.blogs.example/">otterlab</a></li></ul></aside></div><footer id="footer"><p>Theme: Fieldnotes by '
        '<a href="https://themes.blogs.example/fieldnotes">slate-reed</a> · Powered by Blogs</p></footer></body></html>'
    )
    comments = [
        {"author": name, "published": None, "published_iso": None, "text": text, "parent": None}
        for name, text in replies
    ]
    return url, page, comments, None


# ---------------------------------------------------------------- 12. Hindi news, replies beside the comment


IST = timezone(timedelta(hours=5, minutes=30))


def hindi_news() -> tuple:
    """A Hindi news site: the comment list is a <ul> whose replies are not inside the comment but
    in the next list item (li.cmt-replies holding its own list), up to four levels; names in
    Devanagari or Latin script; ages "3 घंटे पहले" alone for the last day, else "3 मई 2024, 08:14 AM
    IST"; 👍/👎 counts and "जवाब दें" / "रिपोर्ट करें" buttons."""
    url = "https://samachar-darpan.example.in/madhya-pradesh/bhopal/news/purane-pul-ki-marammat-2024050312"
    start = datetime(2024, 5, 2, 9, 0, tzinfo=IST)
    forest = make_tree(4121, [7, 3, 2, 1], lambda r: r.choice(HI_NAMES), hi_paras, start, (5, 150), 15, 24, 3)
    rows = sized(list(flatten(forest)))
    for n, _, p in rows:
        if p is not None and p.author == n.author:
            n.author = HI_NAMES[(HI_NAMES.index(n.author) + 3) % len(HI_NAMES)]
    now = max(n.when for n, _, _ in rows) + timedelta(minutes=40)

    def shown(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 3600:
            return f"{int(s // 60)} मिनट पहले"
        if s < 86400:
            return f"{int(s // 3600)} घंटे पहले"
        d = n.when
        return f"{d.day} {HI_MONTHS[d.month - 1]} {d.year}, {d.strftime('%I:%M %p')} IST"

    def iso(n: Node) -> str | None:
        return None if shown(n).endswith("पहले") else n.when.isoformat()

    def li(n: Node) -> str:
        up = zlib.crc32(n.text.encode()) % 50
        return (
            f'<li class="cmt" id="cmt-{n.cid}"><div class="cmt-user"><span class="cmt-avatar">{esc(n.author[0])}</span>'
            f'<span class="cmt-name">{esc(n.author)}</span></div><div class="cmt-time">{shown(n)}</div>'
            f'<div class="cmt-text">{p_html(n)}</div><div class="cmt-actions"><button class="cmt-up">👍 {up}</button>'
            f'<button class="cmt-down">👎 {n.cid % 6}</button><button class="cmt-reply">जवाब दें</button>'
            '<button class="cmt-report">रिपोर्ट करें</button></div></li>'
        )

    def items(nodes: list[Node]) -> str:
        out = ""
        for n in nodes:
            out += li(n)
            if n.children:
                out += (
                    f'<li class="cmt-replies" data-for="cmt-{n.cid}"><ul class="cmt-list">{items(n.children)}</ul></li>'
                )
        return out

    body = "".join(f"<p>{esc(p)}</p>" for p in article(4122, 6, HI_WORDS, "।।"))
    title = "पुराने पुल की मरम्मत फिर टली, अब बारिश के बाद शुरू होगा काम"
    page = (
        head(
            f"{title} | समाचार दर्पण",
            url,
            "नगर निगम ने पुराने पुल की मरम्मत का काम बारिश के बाद शुरू करने का फैसला किया है।",
            '<meta property="og:type" content="article"><meta property="og:locale" content="hi_IN">'
            '<meta property="article:published_time" content="2024-05-02T08:40:00+05:30">'
            '<meta property="article:section" content="मध्य प्रदेश">',
            lang="hi",
        )
        + '<body class="article-page"><header class="top-header"><a class="logo" href="/">समाचार दर्पण</a><nav class='
        '"main-nav"><a href="/">होम</a><a href="/desh/">देश</a><a href="/videsh/">विदेश</a><a href="/madhya-pradesh/">'
        'मध्य प्रदेश</a><a href="/khel/">खेल</a><a href="/manoranjan/">मनोरंजन</a><a href="/business/">बिज़नेस</a></nav>'
        '<a class="epaper" href="/epaper/">ई-पेपर</a></header><div class="wrapper"><main class="main-col">'
        f'<article class="story"><h1>{title}</h1><div class="story-meta"><span class="byline">संवाददाता, भोपाल</span> '
        '<span class="updated">अपडेटेड: 2 मई 2024, 08:40 AM IST</span></div><div class="share"><a>WhatsApp</a> '
        f'<a>Facebook</a> <a>X</a></div><div class="story-body">{body}</div></article>'
        f'<section class="comments" id="comments"><h2>टिप्पणियां ({len(rows)})</h2><form class="cmt-form"><textarea '
        'placeholder="अपनी राय लिखें"></textarea><input placeholder="नाम"><input placeholder="ईमेल"><button>पोस्ट करें'
        '</button></form><p class="cmt-note">टिप्पणियां मॉडरेशन के बाद प्रकाशित होती हैं।</p><ul class="cmt-list">'
        + items(forest)
        + '</ul></section></main><aside class="side-col"><div class="widget"><h3>ताज़ा खबरें</h3><ul><li><a href="/madhya-'
        'pradesh/bhopal/news/jal-sankat-2024050301">शहर के तीन वार्डों में दो दिन पानी नहीं आएगा</a></li><li><a href="/khel/'
        'news/cricket-2024050305">रणजी टीम का ऐलान, दो नए खिलाड़ी शामिल</a></li></ul></div><div class="widget"><h3>सबसे '
        'ज्यादा पढ़ी गई</h3><ol><li><a href="/desh/news/mausam-2024050302">अगले हफ्ते से बढ़ेगी गर्मी</a></li></ol></div>'
        '</aside></div><footer class="site-footer"><p>© 2024 समाचार दर्पण. सर्वाधिकार सुरक्षित।</p><nav><a href="/about/">'
        'हमारे बारे में</a> <a href="/contact/">संपर्क करें</a> <a href="/privacy/">गोपनीयता नीति</a></nav></footer>'
        "</body></html>"
    )
    return url, page, truth(rows, shown, iso), None


# ---------------------------------------------------------------- main


TEMPLATES: Templates = {
    "imageboard-en": (imageboard, "Imageboard thread, flat, >>number references only, first reference is the parent"),
    "bug-tracker-en": (bug_tracker, "Bugzilla-like flat comments, '(In reply to ... comment #N)' and > quotes"),
    "journal-paged-en": (lj_journal, "LiveJournal-like, nesting by table width and Parent links, next page"),
    "discuz-forum-zh": (discuz_forum, "Discuz-like floors, 回复 N# and quote boxes, relative ages with titles"),
    "portal-news-ko": (korean_portal, "Korean portal news, masked ids, newest first, replies in a reply list"),
    "talkbacks-rtl-he": (hebrew_talkbacks, "Hebrew RTL talkbacks, flat, thread numbers 7 / 7.1 / 7.1.2"),
    "responses-cards-en": (medium_responses, "Medium-like response cards, highlights, some threads collapsed"),
    "chat-discussion-en": (telegram_discussion, "Telegram-like discussion, flat, reply preview blocks, times only"),
    "groups-conversation-en": (
        groups_conversation,
        "Google-Groups-like, date order, 'In reply to' lines, hidden quotes",
    ),
    "reviews-paged-en": (review_page, "Trustpilot-like reviews with owner replies, titles, next page"),
    "notes-flat-en": (tumblr_notes, "Tumblr-like notes, replies among likes and reblogs, no dates"),
    "news-hi": (hindi_news, "Hindi news, replies in the sibling list item, IST dates and relative ages"),
}


if __name__ == "__main__":
    main(TEMPLATES, __doc__)
