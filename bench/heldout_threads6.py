"""Comment threads, set 6: eight hand-made templates of thread markup, each tying a reply to its
parent in a way sets 3 and 5 do not, written in stop 25 as development data (set 4 stays the
held-out measure).

    python bench/heldout_threads6.py [--keep DIR]

Each template is written by hand in the shape of a kind of real thread markup (none copied from a
site), filled from fixed seeds so that page and truth always agree: a Chinese portal whose flat
comments are numbered floors and a reply names the floor it answers ("回复 5楼"), a Brazilian
news site whose comments exist only in the page's embedded application state (JSON with nested
replies, rendered by script), a Japanese portal whose reply block follows its comment as a sibling
tied by aria-controls, a flat list indented by a CSS custom property (`--depth`), a German
newspaper's numbered comments answered by "Antwort auf #5 von Name" in plain text, a French site
whose replies sit in a sibling container after each comment, a Spanish site whose replies carry an
icon link to the parent's permalink named only by aria-label, and a Polish portal with nested
threads sorted by votes (time order says nothing of parents). Classes are often opaque
(CSS-in-JS hashes), as on many large sites.
Truth conventions are set 3's (bench/heldout_threads.py), whose harness this module uses.
"""

from __future__ import annotations

import json
import random
import sys
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
    full_name,
    head,
    iso_z,
    main,
    make_tree,
    naive,
    p_html,
    truth,
)
from bench.heldout_threads5 import ES_FIRST, ES_LAST, chrono, pair, pick, texts, vocabulary, votes  # noqa: E402

Row = tuple[Node, int, Node | None]


def css(name: str) -> str:
    """An opaque class name, as CSS-in-JS tools make them."""
    return "css-" + format(zlib.crc32(name.encode()) % 36**6, "x")[:6]


ZH_WORDS = vocabulary(
    "我 觉得 这个 政策 其实 不错 但是 房价 还是 太高 地铁 公交 学校 医院 工资 物价 年轻人 老百姓 "
    "政府 应该 已经 终于 为什么 怎么 真的 非常 可能 问题 办法 城市 小区 停车"
)
ZH_NAMES = ["北京网友", "老王", "小李飞刀", "城南旧事", "阿强", "静静", "路人甲", "上海小陈", "海风", "明天会更好"]
ZH_CITIES = ["北京", "上海", "广东", "浙江", "四川", "湖北", "江苏", "山东"]

PT_WORDS = vocabulary(
    "a o que não mas porque cidade ônibus linha tarifa prefeitura bairro obra rua chuva água conta "
    "preço escola governo acho sempre nunca ainda já talvez muito melhor pior semana hoje ponte"
)
PT_FIRST = ["Lucas", "Mariana", "Rafael", "Thiago", "Beatriz", "Gustavo", "Camila", "Felipe", "Juliana", "Pedro"]
PT_LAST = ["Souza", "Oliveira", "Santos", "Lima", "Pereira", "Costa", "Almeida", "Ribeiro", "Carvalho", "Gomes"]

JA_WORDS = vocabulary(
    "私 は これ 本当に 電車 値上げ 会社 政府 税金 給料 物価 生活 大変 思います でも やはり 少し "
    "もっと ちゃんと 説明 必要 地方 東京 若者 高齢者 問題 対策 記事 納得"
)
JA_NAMES = ["たかし", "ゆうこ", "匿名希望", "kenji_77", "さくら", "通りすがり", "まさお", "hana", "りょう", "みどり"]

EN_PLAIN = vocabulary(
    "the a this that we they it is was not but and or because honestly think council budget bridge "
    "traffic school rent prices rates plan vote years people town really never always still maybe"
)

DE_WORDS = vocabulary(
    "der die das nicht aber weil und oder ich wir man schon noch immer nie vielleicht Stadtrat "
    "Haushalt Brücke Verkehr Schule Miete Preise Bahn Radweg Parkplatz Bürger stimmt glaube leider"
)
DE_FIRST = ["Anna", "Jonas", "Lena", "Felix", "Sophie", "Lukas", "Marie", "Paul", "Emma", "Tim"]
DE_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann", "Koch", "Richter"]

FR_WORDS = vocabulary(
    "le la les que ne pas mais parce et ou déjà encore toujours jamais peut-être mairie budget pont "
    "circulation école loyer prix tramway vélo parking habitants vraiment franchement pense hélas"
)
FR_FIRST = ["Camille", "Julien", "Chloé", "Nicolas", "Manon", "Thomas", "Léa", "Antoine", "Inès", "Hugo"]
FR_LAST = ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Garcia"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]  # fmt: skip

ES_WORDS = vocabulary(
    "el la que no pero porque y o ya todavía siempre nunca quizá ayuntamiento presupuesto puente "
    "tráfico colegio alquiler precios metro bici aparcamiento vecinos creo realmente bastante"
)

PL_WORDS = vocabulary(
    "to nie ale i że bo już jeszcze zawsze nigdy może miasto tramwaj most remont droga radni budżet "
    "podatek mieszkańcy szkoła szpital ceny wynajem rząd urząd chyba naprawdę dobrze źle znowu"
)
PL_NICKS = ["krakus", "gosc_123", "kasia.k", "tomek88", "obywatel", "sasiad_z_gory", "pasazer", "ania_w", "marek",
            "rowerzysta"]  # fmt: skip


def zh_texts(rng: random.Random) -> list[str]:
    """One or two Chinese sentences, written without spaces and closed by full-width stops."""
    count = 1 if rng.random() < 0.8 else 2
    return [
        "".join(rng.choice(ZH_WORDS) for _ in range(rng.randint(6, 12))) + rng.choice("。！？") for _ in range(count)
    ]


def ja_texts(rng: random.Random) -> list[str]:
    return ["".join(rng.choice(JA_WORDS) for _ in range(rng.randint(6, 12))) + "。"]


# ---------------------------------------------------------------- 1. Chinese portal, floors


def floor_refs() -> tuple:
    """A Chinese news portal's comments, flat by time, each a numbered floor ("5楼"); a reply opens
    with "回复 5楼 name：" in the text box, naming the floor it answers, without a link."""
    url = "https://news.portal.example.cn/2024/05/03/metro-fare-adjustment.html"
    start = datetime(2024, 5, 3, 9, 0)
    forest = make_tree(601, [8, 3, 2], pick(ZH_NAMES), zh_texts, start, (3, 60), 14, 22, 2)
    rows = chrono(forest, 6011, start, (2, 40))
    floor = {id(n): i + 1 for i, (n, _, _) in enumerate(rows)}
    shown = lambda n: n.when.strftime("%Y-%m-%d %H:%M")  # noqa: E731

    def c(n: Node, p: Node | None) -> str:
        city = ZH_CITIES[n.cid % len(ZH_CITIES)]
        ref = f'<span class="reply-to">回复 {floor[id(p)]}楼 {esc(p.author)}：</span>' if p is not None else ""
        return (
            f'<div class="item"><div class="hd"><span class="floor">{floor[id(n)]}楼</span>'
            f'<a class="nick" href="/u/{n.cid}">{esc(n.author)}</a><span class="loc">[{city}网友]</span>'
            f'<span class="t">{shown(n)}</span></div><div class="bd">{ref}{esc(n.text)}</div>'
            f'<div class="ft"><a class="up">顶({votes(n, 90)})</a> <a class="down">踩</a> <a class="re">回复</a></div></div>'
        )

    body = "".join(
        f"<p>{esc(''.join(random.Random(602 + i).choice(ZH_WORDS) for _ in range(40)))}。</p>" for i in range(5)
    )
    page = (
        head(
            "地铁票价调整方案公布 - 门户新闻",
            url,
            "地铁票价调整。",
            '<meta property="og:type" content="article">',
            "zh-CN",
        )
        + '<body><div class="top"><a class="logo" href="/">门户新闻</a><a href="/china/">国内</a><a href="/world/">国际</a>'
        '<a href="/finance/">财经</a></div><div class="main"><h1>地铁票价调整方案公布</h1><div class="info">'
        f'<span>2024-05-03 08:00</span> <span>来源：本网</span></div><div class="post_body">{body}</div>'
        f'<div class="tie"><div class="tie-hd">跟贴 <b>{len(rows)}</b> 条 · 参与 {len(rows) * 7} 人</div>'
        '<div class="tie-list">'
        + "".join(c(n, p) for n, _, p in rows)
        + '</div><div class="tie-form"><textarea placeholder="文明上网，理性发言"></textarea><button>发表跟贴</button></div>'
        '</div></div><div class="side"><h3>热门排行</h3><ol><li><a href="/1.html">高铁新线开通</a></li>'
        '<li><a href="/2.html">房贷利率下调</a></li></ol></div><div class="foot">© 2024 门户新闻</div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 2. Brazilian news, state JSON


def state_json() -> tuple:
    """A Brazilian news site built with a JavaScript framework: the comments are not in the HTML
    (a "Carregando comentários…" placeholder) but in the page's embedded application state, a
    JSON script holding each comment with its author, text, ISO time and nested `replies`."""
    url = "https://noticias.example.com.br/cidades/2024/05/03/tarifa-de-onibus-sobe-em-junho.ghtml"
    start = datetime(2024, 5, 3, 12, 0, tzinfo=UTC)
    forest = make_tree(602, [7, 3, 2], pair(PT_FIRST, PT_LAST), texts(PT_WORDS), start, (4, 80), 13, 21, 2)
    rows = list(flatten(forest))
    shown = lambda n: n.when.strftime("%Y-%m-%dT%H:%M:%S.000Z")  # noqa: E731

    def node(n: Node) -> dict:
        return {
            "id": f"cmt{n.cid}",
            "author": {"name": n.author, "avatar": f"https://img.example.com.br/a/{n.cid}.png"},
            "content": n.text,
            "createdAt": shown(n),
            "likes": votes(n, 40),
            "replies": [node(k) for k in n.children],
        }

    state = {
        "props": {
            "pageProps": {
                "article": {"id": 88123, "title": "Tarifa de ônibus sobe em junho", "section": "cidades"},
                "comments": {"total": len(rows), "sort": "oldest", "items": [node(n) for n in forest]},
            }
        },
        "page": "/[section]/[year]/[month]/[day]/[slug]",
        "buildId": "k3Yf9",
    }
    blob = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    body = "".join(f"<p>{esc(p)}</p>" for p in article(6021, 5, PT_WORDS))
    page = (
        head(
            "Tarifa de ônibus sobe em junho | Notícias",
            url,
            "A tarifa sobe em junho.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-03T08:00:00-03:00">',
            "pt-BR",
        )
        + f'<body><div id="__next"><header class="{css("hdr")}"><a href="/" class="{css("logo")}">Notícias</a></header>'
        f'<main class="{css("main")}"><article><h1>Tarifa de ônibus sobe em junho</h1><p class="{css("by")}">Por Ana '
        f'Ribeiro, 03/05/2024 08h00</p><div class="{css("body")}">{body}</div></article>'
        f'<section class="{css("cmts")}"><h2>Comentários ({len(rows)})</h2><p>Carregando comentários…</p></section>'
        f'</main></div><script id="__NEXT_DATA__" type="application/json">{blob}</script></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 3. Japanese portal, aria-controls


def aria_controls() -> tuple:
    """A Japanese news portal: top-level comments in order; a comment with replies has a
    "返信 N件" button whose aria-controls names the reply block, which follows the comment as its
    sibling (not inside it). One reply level."""
    url = "https://news.portal.example.jp/articles/2a7f91c3e0"
    start = datetime(2024, 5, 3, 7, 0)
    forest = make_tree(603, [9, 4], pick(JA_NAMES), ja_texts, start, (2, 45), 15, 24, 1)
    rows = list(flatten(forest))
    shown = lambda n: f"{n.when.year}/{n.when.month}/{n.when.day} {n.when.strftime('%H:%M')}"  # noqa: E731

    def one(n: Node) -> str:
        button = (
            f'<button class="{css("rbtn")}" aria-controls="rp-{n.cid}" aria-expanded="true">返信 {len(n.children)}件'
            "</button>"
            if n.children
            else f'<button class="{css("rbtn")}">返信</button>'
        )
        return (
            f'<article class="{css("cmt")}" id="c-{n.cid}"><div class="{css("meta")}"><span class="{css("nm")}">'
            f'{esc(n.author)}</span><time class="{css("tm")}">{shown(n)}</time></div><p class="{css("tx")}">'
            f'{esc(n.text)}</p><div class="{css("act")}">{button}<button class="{css("good")}">共感した '
            f"{votes(n, 300)}</button></div></article>"
        )

    def thread(n: Node) -> str:
        replies = (
            f'<div class="{css("rps")}" id="rp-{n.cid}">' + "".join(one(k) for k in n.children) + "</div>"
            if n.children
            else ""
        )
        return one(n) + replies

    body = "".join(
        f"<p>{esc(''.join(random.Random(6031 + i).choice(JA_WORDS) for _ in range(30)))}。</p>" for i in range(5)
    )
    page = (
        head(
            "電車運賃の値上げ、来月から - ポータルニュース",
            url,
            "運賃値上げ。",
            '<meta property="og:type" content="article">',
            "ja",
        )
        + f'<body><header class="{css("h")}"><a href="/">ポータルニュース</a></header><main><article class="{css("a")}">'
        f'<h1>電車運賃の値上げ、来月から</h1><p class="{css("src")}">5/3(金) 6:30配信</p><div class="{css("ab")}">{body}'
        f'</div></article><section class="{css("cs")}"><h2>コメント{len(rows)}件</h2>'
        + "".join(thread(n) for n in forest)
        + f'</section></main><footer class="{css("f")}">© 2024 ポータルニュース</footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 4. CSS custom property depth


def css_var_depth() -> tuple:
    """An English local-news site whose comments are one flat list in thread order, each indented
    by a CSS custom property in its style (`--depth: 2`) that the stylesheet multiplies."""
    url = "https://www.valleytimes.example.com/news/council-approves-bridge-repairs-2024-05-03"
    start = datetime(2024, 5, 3, 8, 0)
    forest = make_tree(604, [6, 3, 2, 1], full_name, texts(EN_PLAIN), start, (4, 70), 14, 22, 3)
    rows = list(flatten(forest))

    def shown(n: Node) -> str:
        hour = int(n.when.strftime("%I"))
        return f"{n.when.strftime('%B')} {n.when.day}, {n.when.year} at {hour}:{n.when.strftime('%M')} {n.when.strftime('%p').lower()}"

    def c(n: Node, d: int) -> str:
        return (
            f'<div class="{css("row")}" style="--depth: {d}"><div class="{css("who")}"><img src="/av/{n.cid}.jpg" alt="">'
            f'<span>{esc(n.author)}</span></div><div class="{css("when")}">{shown(n)}</div>'
            f'<div class="{css("txt")}">{p_html(n)}</div><div class="{css("bar")}"><button>Reply</button>'
            f"<button>Like ({votes(n, 25)})</button><button>Report</button></div></div>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(6041, 6, EN_PLAIN))
    page = (
        head(
            "Council approves bridge repairs - Valley Times",
            url,
            "The bridge will be repaired.",
            '<meta property="og:type" content="article"><style>.css-row{margin-left:calc(var(--depth) * 24px)}</style>',
        )  # fmt: skip
        + f'<body><header class="{css("top")}"><a href="/">Valley Times</a><nav><a href="/news/">News</a>'
        f'<a href="/sports/">Sports</a></nav></header><main><article><h1>Council approves bridge repairs</h1>'
        f'<p class="{css("byl")}">By Dana Whitfield | May 3, 2024</p>{body}</article><section class="{css("disc")}">'
        f"<h2>{len(rows)} Comments</h2>"
        + "".join(c(n, d) for n, d, _ in rows)
        + f'</section></main><footer class="{css("ft")}">© 2024 Valley Times</footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 5. German newspaper, numbered


def numbered_refs() -> tuple:
    """A German regional newspaper's reader comments, flat by time and numbered ("#12"); a reply
    says "Antwort auf #5 von Name" in plain text above its words, without a link."""
    url = "https://www.kreiszeitung.example.de/lokales/stadtrat-beschliesst-neuen-radweg-92837461.html"
    start = datetime(2024, 5, 3, 9, 0)
    forest = make_tree(605, [8, 3, 2], pair(DE_FIRST, DE_LAST), texts(DE_WORDS), start, (3, 60), 14, 22, 2)
    rows = chrono(forest, 6051, start, (2, 50))
    number = {id(n): i + 1 for i, (n, _, _) in enumerate(rows)}
    shown = lambda n: n.when.strftime("%d.%m.%Y, %H:%M Uhr")  # noqa: E731

    def c(n: Node, p: Node | None) -> str:
        ref = f'<div class="bezug">Antwort auf #{number[id(p)]} von {esc(p.author)}</div>' if p is not None else ""
        return (
            f'<div class="leserkommentar"><div class="kopf"><span class="nr">#{number[id(n)]}</span> '
            f'<span class="name">{esc(n.author)}</span> <span class="zeit">{shown(n)}</span></div>{ref}'
            f'<div class="inhalt">{p_html(n)}</div><div class="fuss"><a href="#form">Antworten</a> '
            '<a href="/melden">Melden</a></div></div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(6052, 5, DE_WORDS))
    page = (
        head(
            "Stadtrat beschließt neuen Radweg | Kreiszeitung",
            url,
            "Der Radweg kommt.",
            '<meta property="og:type" content="article">',
            "de",
        )  # fmt: skip
        + '<body><div class="kopfzeile"><a href="/">Kreiszeitung</a> <a href="/lokales/">Lokales</a> <a href="/sport/">'
        'Sport</a></div><main><article><h1>Stadtrat beschließt neuen Radweg</h1><p class="autor">Von Petra Lange</p>'
        f'{body}</article><section class="kommentare"><h2>Kommentare ({len(rows)})</h2>'
        + "".join(c(n, p) for n, _, p in rows)
        + '<form id="form"><textarea></textarea><button>Kommentar absenden</button></form></section></main>'
        "<footer>© 2024 Kreiszeitung</footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 6. French site, sibling containers


def sibling_replies() -> tuple:
    """A French news site: each comment is followed by a sibling container holding its replies
    (not inside the comment), to any depth; opaque class names."""
    url = "https://www.lejournal.example.fr/societe/article/2024/05/03/le-tramway-prolonge-jusqu-a-la-gare_8842.html"
    start = datetime(2024, 5, 3, 10, 0)
    forest = make_tree(606, [6, 3, 2], pair(FR_FIRST, FR_LAST), texts(FR_WORDS), start, (5, 80), 13, 21, 2)
    rows = list(flatten(forest))

    def shown(n: Node) -> str:
        return f"{n.when.day} {FR_MONTHS[n.when.month - 1]} {n.when.year} à {n.when.hour}h{n.when.strftime('%M')}"

    def one(n: Node) -> str:
        return (
            f'<div class="{css("c")}"><p class="{css("who")}"><strong>{esc(n.author)}</strong> · '
            f'<span>{shown(n)}</span></p><div class="{css("t")}">{p_html(n)}</div><p class="{css("a")}">'
            f"<button>Répondre</button> <button>Signaler</button></p></div>"
        )

    def thread(n: Node) -> str:
        kids = f'<div class="{css("r")}">' + "".join(thread(k) for k in n.children) + "</div>" if n.children else ""
        return one(n) + kids

    body = "".join(f"<p>{esc(p)}</p>" for p in article(6061, 5, FR_WORDS))
    page = (
        head(
            "Le tramway prolongé jusqu'à la gare",
            url,
            "Le tramway sera prolongé.",
            '<meta property="og:type" content="article">',
            "fr",
        )  # fmt: skip
        + f'<body><header class="{css("hd")}"><a href="/">Le Journal</a></header><main><article><h1>Le tramway prolongé '
        f'jusqu\'à la gare</h1><p class="{css("au")}">Par Sophie Renard</p>{body}</article>'
        f'<section class="{css("cs")}"><h2>{len(rows)} réactions</h2>'
        + "".join(thread(n) for n in forest)
        + f'</section></main><footer class="{css("ft")}">© 2024 Le Journal</footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 7. Spanish site, icon links


def icon_parent_links() -> tuple:
    """A Spanish regional site, comments flat by time; a reply carries an icon-only link to the
    permalink of the comment it answers (a query parameter, not an anchor), named only by its
    aria-label "Respuesta a Name"."""
    url = "https://www.diarioregional.example.es/local/el-ayuntamiento-aprueba-el-carril-bici-HJ2938.html"
    start = datetime(2024, 5, 3, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    forest = make_tree(607, [8, 3, 2], pair(ES_FIRST, ES_LAST), texts(ES_WORDS), start, (3, 60), 14, 22, 2)
    rows = chrono(forest, 6071, start, (2, 50))
    shown = lambda n: n.when.strftime("%d/%m/%Y %H:%M")  # noqa: E731

    def c(n: Node, p: Node | None) -> str:
        link = (
            f'<a class="{css("re")}" href="{url}?comentario={p.cid}" aria-label="Respuesta a {esc(p.author)}">'
            '<svg viewBox="0 0 16 16" width="14" height="14"><path d="M6 4 2 8l4 4M2 8h8a4 4 0 0 1 4 4"/></svg></a>'
            if p is not None
            else ""
        )
        return (
            f'<li class="{css("li")}" data-cid="{n.cid}"><div class="{css("hd")}"><b>{esc(n.author)}</b>{link}'
            f'<a class="{css("pl")}" href="{url}?comentario={n.cid}"><time datetime="{n.when.isoformat()}">'
            f'{shown(n)}</time></a></div><div class="{css("bd")}">{p_html(n)}</div></li>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(6072, 5, ES_WORDS))
    page = (
        head(
            "El ayuntamiento aprueba el carril bici",
            url,
            "Habrá carril bici.",
            '<meta property="og:type" content="article">',
            "es",
        )  # fmt: skip
        + f'<body><header><a href="/">Diario Regional</a></header><main><article><h1>El ayuntamiento aprueba el carril '
        f'bici</h1><p class="{css("fm")}">Por Marta Vidal</p>{body}</article><section><h2>Comentarios ({len(rows)})</h2>'
        f'<ol class="{css("ol")}">'
        + "".join(c(n, p) for n, _, p in rows)
        + "</ol></section></main><footer>© 2024 Diario Regional</footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 8. Polish portal, sorted by votes


def vote_sorted() -> tuple:
    """A Polish portal's nested threads sorted by votes, not time: top-level comments by score,
    replies newest first, each reply list inside the comment it answers after its text."""
    url = "https://wiadomosci.portal.example.pl/kraj/remont-mostu-potrwa-dluzej-7a8b9c"
    start = datetime(2024, 5, 3, 8, 0)
    forest = make_tree(608, [7, 3, 2], pick(PL_NICKS), texts(PL_WORDS), start, (3, 60), 14, 22, 2)

    def order(nodes: list[Node], top: bool) -> list[Node]:
        if top:
            return sorted(nodes, key=lambda n: -votes(n, 200))
        return sorted(nodes, key=lambda n: n.when, reverse=True)

    def resort(nodes: list[Node], top: bool) -> list[Node]:
        out = order(nodes, top)
        for n in out:
            n.children = resort(n.children, False)
        return out

    forest = resort(forest, True)
    rows = list(flatten(forest))
    shown = lambda n: n.when.strftime("%d.%m.%Y %H:%M")  # noqa: E731

    def c(n: Node) -> str:
        kids = f'<div class="{css("odp")}">' + "".join(c(k) for k in n.children) + "</div>" if n.children else ""
        return (
            f'<div class="{css("k")}"><div class="{css("g")}"><span class="{css("n")}">{esc(n.author)}</span> '
            f'<span class="{css("d")}">{shown(n)}</span> <span class="{css("s")}">+{votes(n, 200)}</span></div>'
            f'<div class="{css("t")}">{p_html(n)}</div><div class="{css("b")}"><button>Odpowiedz</button></div>{kids}</div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(6081, 5, PL_WORDS))
    page = (
        head(
            "Remont mostu potrwa dłużej",
            url,
            "Most będzie zamknięty dłużej.",
            '<meta property="og:type" content="article">',
            "pl",
        )  # fmt: skip
        + f'<body><header><a href="/">Portal</a></header><main><article><h1>Remont mostu potrwa dłużej</h1>{body}</article>'
        f'<section class="{css("ks")}"><h2>Komentarze ({len(rows)})</h2><p>Sortuj: <b>najlepsze</b> | najnowsze</p>'
        + "".join(c(n) for n in forest)
        + "</section></main><footer>© 2024 Portal</footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


TEMPLATES: Templates = {
    "floor-refs-zh": (floor_refs, "Chinese portal, flat numbered floors, '回复 5楼 name：' without a link"),
    "state-json-pt": (state_json, "Brazilian news, comments only in the embedded application-state JSON"),
    "aria-controls-ja": (aria_controls, "Japanese portal, reply block after its comment, tied by aria-controls"),
    "css-var-depth-en": (css_var_depth, "flat list indented by a CSS custom property --depth"),
    "numbered-refs-de": (numbered_refs, "German newspaper, numbered, 'Antwort auf #5 von Name' in plain text"),
    "sibling-replies-fr": (sibling_replies, "French site, replies in a sibling container after each comment"),
    "icon-parent-links-es": (icon_parent_links, "Spanish site, icon link to the parent's permalink, aria-label"),
    "vote-sorted-pl": (vote_sorted, "Polish portal, nested threads sorted by votes, replies newest first"),
}

if __name__ == "__main__":
    main(TEMPLATES, __doc__)
