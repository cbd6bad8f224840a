"""Writes ten more hand-made thread fixtures (whole pages with 10-25 comments) and their truth
(corpus format of ../shared/corpora/README.md), scored by
`score-comments --corpus tests/extraction/threads/more2`.

They were written as a held-out set (stop 22) in the shape of kinds of thread markup the extractor
had not met: a news comment section of <section>/<article> elements, a Discourse-like topic, a
Stack-Exchange-like Q&A, a Lemmy-like <details> tree, a Mastodon-like thread, a table forum with
quotes, a German Leserkommentare area, a French commentlist, a Spanish flat list with
data-parent-id, a Japanese comment area. None is copied from a site; names, texts and dates come
from fixed seeds, so that page and truth always agree. The extractor was then developed until it
reads them all: they are fixtures now (bench/heldout_threads.py holds a held-out set).

Truth conventions (what a reader sees):
* the article / question / first post / focal toot is the page's subject, not a comment;
* `parent` is the index of the comment answered (for the quote forum: the quoted post); a
  comment answering the subject itself (an answer on a Q&A page, a comment on the question,
  a toot replying to the focal toot, a post quoting the opening post) has parent null;
* `text` is the commenter's own words: no quoted block, no signature, no buttons or badges;
  a leading @mention that is part of the text (Mastodon, Stack Exchange comments) is kept;
* `published` is the date as the page shows it (its tooltip where only a relative age is
  printed), `published_iso` the same instant: with an offset where the page gives one
  (machine-readable attribute or a stated zone), naive where it only prints a wall time.

    python tests/extraction/threads/more2/make_more2_threads.py
"""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

UTC = UTC
BST = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
JST = timezone(timedelta(hours=9))

# ---------------------------------------------------------------- vocabulary

_LEX_TEXT = {
    "en": "the a this that we they it is was not but and or because really think know data study paper "
    "result method sample size effect model climate energy price market city council school water river "
    "bridge road train bus budget tax vote policy report source author editor reader question answer point "
    "argument evidence claim number percent year month week morning evening night summer winter good bad "
    "strange obvious wrong right fair unfair cheap expensive slow fast old new local national small large "
    "agree disagree wonder doubt expect remember forget explain measure compare build repair replace open "
    "close read write link share test check prove miss find lose keep change move stay start stop ferry "
    "island timetable harbour commuter service winter schedule",
    "de": "die der das und nicht aber weil wirklich denke weiß Daten Studie Ergebnis Stadt Rat Schule Wasser "
    "Fluss Brücke Straße Zug Bus Haushalt Steuer Wahl Politik Bericht Quelle Leser Frage Antwort Punkt "
    "Argument Beleg Zahl Prozent Jahr Monat Woche Morgen Abend Sommer Winter gut schlecht seltsam "
    "offensichtlich falsch richtig fair teuer billig langsam schnell alt neu lokal klein groß zustimmen "
    "zweifeln erwarten erinnern vergessen erklären messen vergleichen bauen reparieren ersetzen öffnen "
    "schließen lesen schreiben prüfen finden verlieren behalten ändern bleiben anfangen aufhören Fahrrad "
    "Radweg Verwaltung Bürger Innenstadt Busspur Parkplatz Anwohner Lieferverkehr endlich leider eben",
    "fr": "le la les un une et mais ou parce que vraiment pense sais données étude résultat méthode ville "
    "conseil école eau rivière pont route train bus budget impôt vote politique rapport source lecteur "
    "question réponse point argument preuve chiffre année mois semaine matin soir été hiver bon mauvais "
    "étrange évident faux juste cher rapide lent ancien nouveau local petit grand accord doute attendre "
    "oublier expliquer mesurer comparer construire réparer remplacer ouvrir fermer lire écrire vérifier "
    "trouver perdre garder changer rester commencer arrêter pain levain farine four croûte recette pâte "
    "hydratation température cuisson toujours jamais souvent",
    "es": "el la los las un una y pero o porque realmente creo sé datos estudio resultado método ciudad "
    "ayuntamiento escuela agua río puente calle tren autobús presupuesto impuesto voto política informe "
    "fuente lector pregunta respuesta punto argumento prueba número por ciento año mes semana mañana "
    "tarde verano invierno bueno malo raro obvio falso justo caro barato lento rápido viejo nuevo local "
    "pequeño grande acuerdo duda esperar recordar olvidar explicar medir comparar construir reparar cambiar "
    "abrir cerrar leer escribir comprobar encontrar perder mantener quedarse empezar parar movilidad "
    "bicicleta carril vecinos centro siempre nunca",
}
LEX: dict[str, list[str]] = {k: re.split(r"\s+", v) for k, v in _LEX_TEXT.items()}
JA_PHRASES = [
    "市の予算",
    "正直なところ",
    "この記事を読んで",
    "もっと議論が必要だと思う",
    "住民の声を聞くべき",
    "橋の建設には賛成",
    "税金の使い方が気になる",
    "昔から問題になっていた",
    "早く決めてほしい",
    "データを見る限り",
    "説明が足りない",
    "子どもたちのためにも",
    "地元としては助かる",
    "反対意見もわかる",
    "まずは調査から",
    "電車もバスも不便",
    "費用が高すぎる",
    "もう少し様子を見たい",
    "別の案もあったはず",
    "結局は住民が負担する",
    "通勤が楽になる",
    "川沿いの道は狭い",
    "雨の日は特に危ない",
    "議会の判断は妥当",
    "十年前にも同じ話があった",
    "維持費も考えるべき",
    "工事の期間が長い",
    "観光客も増えるだろう",
    "高齢者には大事な道",
    "情報公開をお願いしたい",
]


def sentence(rng: random.Random, lang: str) -> str:
    if lang == "ja":
        return "、".join(rng.choice(JA_PHRASES) for _ in range(rng.randint(2, 4))) + rng.choice("。。。！？")
    words = [rng.choice(LEX[lang]) for _ in range(rng.randint(7, 16))]
    s = " ".join(words)
    return s[0].upper() + s[1:] + rng.choice([".", ".", ".", "?", "!"])


def make_paras(rng: random.Random, lang: str, lo: int = 1, hi: int = 3) -> list[str]:
    sep = "" if lang == "ja" else " "
    sents = [sentence(rng, lang) for _ in range(rng.randint(lo, hi))]
    if len(sents) >= 3 and rng.random() < 0.5:
        k = rng.randint(1, len(sents) - 1)
        return [sep.join(sents[:k]), sep.join(sents[k:])]
    return [sep.join(sents)]


def article_paras(seed: int, lang: str, n: int) -> list[str]:
    rng = random.Random(seed)
    sep = "" if lang == "ja" else " "
    return [sep.join(sentence(rng, lang) for _ in range(rng.randint(3, 5))) for _ in range(n)]


# ---------------------------------------------------------------- comment model


@dataclass(eq=False)
class C:
    author: str
    paras: list[str]
    when: datetime  # aware, UTC
    cid: int
    parent: C | None = None
    children: list[C] = field(default_factory=list)
    prefix: str = ""  # a leading @mention that is part of the visible text
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        body = "\n\n".join(self.paras)
        return f"{self.prefix} {body}" if self.prefix else body

    @property
    def depth(self) -> int:
        d, p = 0, self.parent
        while p is not None:
            d, p = d + 1, p.parent
        return d


def gen_tree(
    rng: random.Random,
    pool: list[str],
    lang: str,
    n_top: int,
    branch: list[int],
    cid0: int,
    t0: datetime,
    lo: int = 1,
    hi: int = 3,
) -> list[C]:
    """`n_top` threads; `branch[d]` (d >= 1) is the most answers a comment at depth d-1 may get."""
    ids = iter(range(cid0, cid0 + 100000, 7))
    clock = [t0]

    def mk(parent: C | None) -> C:
        if parent is None:
            clock[0] += timedelta(minutes=rng.randint(4, 55))
            when = clock[0]
        else:
            when = parent.when + timedelta(minutes=rng.randint(2, 240))
        others = [a for a in pool if parent is None or a != parent.author]
        return C(rng.choice(others), make_paras(rng, lang, lo, hi), when, next(ids), parent)

    def grow(parent: C | None, depth: int) -> list[C]:
        if depth >= len(branch):
            return []
        out = []
        for _ in range(n_top if depth == 0 else rng.randint(0, branch[depth])):
            c = mk(parent)
            c.children = grow(c, depth + 1)
            out.append(c)
        return out

    return grow(None, 0)


def flatten(forest: list[C]) -> Iterator[C]:
    for c in forest:
        yield c
        yield from flatten(c.children)


def pick(
    build: Callable[[random.Random], list[C]],
    seed: int,
    lo: int = 10,
    hi: int = 25,
    dmin: int = 2,
    dmax: int = 3,
    ok: Callable[[list[C]], bool] = lambda rows: True,
) -> list[C]:
    """The first seed from `seed` on whose page order has lo..hi comments, deepest at dmin..dmax."""
    for s in range(seed, seed + 5000):
        rows = build(random.Random(s))
        if lo <= len(rows) <= hi and dmin <= max(c.depth for c in rows) <= dmax and ok(rows):
            return rows
    raise RuntimeError(f"no seed near {seed}")


def truth(rows: list[C], shown: Callable[[C], str], iso: Callable[[C], str]) -> list[dict]:
    index = {id(c): i for i, c in enumerate(rows)}
    return [
        {
            "author": c.author,
            "published": shown(c),
            "published_iso": iso(c),
            "text": c.text,
            "parent": index[id(c.parent)] if c.parent is not None else None,
        }
        for c in rows
    ]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def ps(c: C, cls: str = "") -> str:
    a = f' class="{cls}"' if cls else ""
    return "".join(f"<p{a}>{esc(p)}</p>" for p in c.paras)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def head(
    *,
    lang: str,
    title: str,
    desc: str,
    url: str,
    site: str,
    published: str | None = None,
    author: str | None = None,
    headline: str | None = None,
    ld_type: str = "NewsArticle",
    extra: str = "",
) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": ld_type,
        "headline": headline or title,
        "url": url,
        "publisher": {"@type": "Organization", "name": site},
    }
    if published:
        ld["datePublished"] = published
    if author:
        ld["author"] = {"@type": "Person", "name": author}
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>"
        f'<meta name="description" content="{esc(desc)}">'
        f'<link rel="canonical" href="{esc(url)}">'
        f'<meta property="og:title" content="{esc(headline or title)}">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:url" content="{esc(url)}">'
        f'<meta property="og:site_name" content="{esc(site)}">'
        f'<meta property="og:description" content="{esc(desc)}">'
        + (f'<meta property="article:published_time" content="{published}">' if published else "")
        + (f'<meta name="author" content="{esc(author)}">' if author else "")
        + '<meta name="twitter:card" content="summary_large_image">'
        '<link rel="stylesheet" href="/assets/css/main.3f9a1c.css">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        '<script defer src="/assets/js/app.3f9a1c.js"></script>'
        f"{extra}</head>"
    )


def pool_en(rng: random.Random, k: int, style: str) -> list[str]:
    first = [
        "Amber",
        "Basil",
        "Cedar",
        "Delia",
        "Ember",
        "Fenna",
        "Garnet",
        "Hazel",
        "Ivo",
        "Juniper",
        "Kes",
        "Linden",
        "Maple",
        "Nell",
        "Olive",
        "Pip",
        "Quinn",
        "Rowan",
        "Sorrel",
        "Thea",
        "Uma",
        "Violet",
        "Will",
        "Yara",
        "Zinnia",
    ]
    last = [
        "Ashby",
        "Brook",
        "Carrow",
        "Dunmore",
        "Ellis",
        "Fairley",
        "Graves",
        "Holt",
        "Ingram",
        "Jessop",
        "Kerr",
        "Lowe",
        "Marsh",
        "Nash",
        "Orton",
        "Pryce",
        "Quayle",
        "Rudd",
        "Stokes",
        "Thorne",
        "Upton",
        "Vance",
        "Wren",
        "Yates",
    ]
    out: list[str] = []
    while len(out) < k:
        f, l_ = rng.choice(first), rng.choice(last)
        if style == "full":
            n = f"{f} {l_}"
        elif style == "handle":
            n = f"{f.lower()}_{l_.lower()}{rng.randint(1, 99)}"
        elif style == "camel":
            n = f"{f}{l_}{rng.choice(['', '', str(rng.randint(70, 99))])}"
        else:  # mixed, Stack Exchange style
            n = rng.choice([f"{f} {l_}", f"{f.lower()}{l_[0].lower()}", f"user{rng.randint(1000000, 9999999)}"])
        if n not in out:
            out.append(n)
    return out


# ---------------------------------------------------------------- 1 news site, section/article


def news_sections() -> tuple[str, str, list[dict], str | None, str]:
    """A British news site: comments as <article> inside <section id="comments">, the author in
    <address><cite>, some with a location after a comma, replies in a nested <section class="replies">."""
    rng = random.Random(101)
    pool = pool_en(rng, 12, "full")
    places = {pool[1]: "Leeds", pool[4]: "Isle of Wight", pool[7]: "Portsmouth", pool[9]: "Cowes"}
    t0 = datetime(2024, 5, 3, 7, 30, tzinfo=UTC)
    rows = pick(lambda r: list(flatten(gen_tree(r, pool, "en", r.randint(5, 8), [0, 3, 2, 2], 880101, t0))), 1010)
    forest = [c for c in rows if c.parent is None]
    url = "https://www.northgate-chronicle.example/news/2024/may/03/ferry-timetable-cut-island-commuters"
    title = "Ferry timetable cut leaves island commuters stranded"

    def shown(c: C) -> str:
        return c.when.astimezone(BST).strftime("%-d %b %Y %H.%M")

    def art(c: C) -> str:
        place = f', <span class="comment__location">{places[c.author]}</span>' if c.author in places else ""
        pick_ = '<span class="comment__badge">Editors’ pick</span>' if c.cid % 5 == 0 else ""
        kids = "".join(art(k) for k in c.children)
        replies = f'<section class="replies" aria-label="Replies to {esc(c.author)}">{kids}</section>' if kids else ""
        return (
            f'<article class="comment" id="comment-{c.cid}" data-comment-id="{c.cid}">'
            f'<header class="comment__header"><img class="comment__avatar" src="/avatars/{c.cid % 31}.png" alt="">'
            f'<address class="comment__author"><cite><a href="/profile/{slug(c.author)}" rel="author">'
            f"{esc(c.author)}</a></cite>{place}</address>"
            f'<a class="comment__permalink" href="#comment-{c.cid}"><time datetime="'
            f'{c.when.astimezone(BST).isoformat()}">{shown(c)}</time></a>{pick_}</header>'
            f'<div class="comment__body">{ps(c)}</div>'
            f'<footer class="comment__actions"><button class="comment__reply" type="button">Reply</button>'
            f'<button class="comment__recommend" type="button" aria-label="Recommend">▲ <span>{c.cid % 41}</span>'
            f'</button><a href="/report/comment/{c.cid}">Report</a> <a href="#comment-{c.cid}">Share</a></footer>'
            f"{replies}</article>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article_paras(1011, "en", 7))
    most = "".join(
        f'<li><a href="/news/2024/may/0{i % 3 + 1}/{slug(s)}">{esc(s)}</a></li>'
        for i, s in enumerate(
            [
                "Council votes to keep harbour car park free on Sundays",
                "Five walks along the east coast this spring",
                "Bridge repairs to close main road for a month",
                "School meals price rise approved",
                "Storm warning for the weekend",
                "Island bus service extended into the evening",
            ]
        )
    )
    page = (
        head(
            lang="en-GB",
            title=f"{title} | The Northgate Chronicle",
            desc="Operators cut the winter sailings early, leaving shift workers without a way home.",
            url=url,
            site="The Northgate Chronicle",
            published="2024-05-03T06:00:00+01:00",
            author="Harriet Voss",
            headline=title,
        )
        + '<body class="article-page"><a class="skip" href="#main">Skip to main content</a>'
        '<header class="site-header"><a class="logo" href="/">The Northgate Chronicle</a>'
        '<nav class="primary-nav" aria-label="Sections"><ul><li><a href="/news">News</a></li>'
        '<li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture'
        '</a></li><li><a href="/lifestyle">Lifestyle</a></li></ul></nav>'
        '<a class="signin" href="/signin">Sign in</a><a class="subscribe" href="/subscribe">Subscribe</a></header>'
        '<div class="layout"><main id="main"><article class="story">'
        '<p class="kicker"><a href="/news/transport">Transport</a></p>'
        f'<h1 class="story__headline">{title}</h1>'
        '<p class="story__standfirst">Operators cut the winter sailings early, leaving shift workers without a '
        "way home.</p>"
        '<address class="story__byline">By <a rel="author" href="/profile/harriet-voss">Harriet Voss</a>, '
        "transport correspondent</address>"
        '<time class="story__date" datetime="2024-05-03T06:00:00+01:00">Fri 3 May 2024 06.00 BST</time>'
        '<figure><img src="/img/ferry-quay.jpg" alt="The ferry quay at dawn"><figcaption>The quay at dawn. '
        "Photograph: Staff</figcaption></figure>"
        f'<div class="story__body">{body}</div>'
        '<ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share by email</a></li></ul>'
        "</article>"
        f'<section id="comments" class="comments" aria-labelledby="comments-h"><h2 id="comments-h">Comments '
        f"({len(rows)})</h2>"
        '<p class="comments__note">Comments on this piece are premoderated to ensure discussion remains on '
        'topics raised by the article. <a href="/community-standards">Community standards</a></p>'
        '<div class="comments__sort"><label>Sort by <select><option>Oldest</option><option>Newest</option>'
        "<option>Recommendations</option></select></label></div>"
        + "".join(art(c) for c in forest)
        + "</section></main>"
        f'<aside class="sidebar"><section class="most-viewed"><h2>Most viewed</h2><ol>{most}</ol></section>'
        '<section class="newsletter"><h2>Morning briefing</h2><p>The day’s news in your inbox by 7am.</p>'
        '<form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>'
        '<div class="ad-slot" data-slot="mpu"></div></aside></div>'
        '<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a>'
        '</li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul>'
        "<p>© 2024 Northgate Chronicle Media Ltd</p></footer></body></html>"
    )
    return (
        url,
        page,
        truth(rows, shown, lambda c: c.when.astimezone(BST).isoformat()),
        None,
        "Dates shown in BST with a machine datetime carrying +01:00; a location follows some names.",
    )


# ---------------------------------------------------------------- 2 Discourse-like topic


def gen_flat(
    rng: random.Random, pool: list[str], lang: str, n: int, p_top: float, maxdepth: int, cid0: int, t0: datetime
) -> list[C]:
    posts: list[C] = []
    clock = t0
    for i in range(n):
        clock += timedelta(minutes=rng.randint(3, 90))
        parent = None
        if posts and rng.random() > p_top:
            cands = [p for p in posts[-6:] if p.depth < maxdepth]
            if cands:
                parent = rng.choice(cands)
        who = rng.choice([a for a in pool if parent is None or a != parent.author])
        c = C(who, make_paras(rng, lang, 1, 4), clock, cid0 + 13 * i, parent)
        if parent is not None:
            parent.children.append(c)
        posts.append(c)
    return posts


def discourse() -> tuple[str, str, list[dict], str | None, str]:
    """A Discourse-like topic: all posts flat in time order, post 1 is the topic; a reply shows a
    reply-to tab ("in reply to", the parent's avatar and name, a link to #post_N)."""
    rng = random.Random(202)
    pool = pool_en(rng, 9, "handle")
    op = pool[0]
    t0 = datetime(2024, 5, 3, 9, 0, tzinfo=UTC)
    rows = pick(lambda r: gen_flat(r, pool, "en", r.randint(13, 20), 0.4, 3, 44017, t0 + timedelta(minutes=20)), 2020)
    num = {id(c): i + 2 for i, c in enumerate(rows)}
    topic = "Rainwater tanks: is the payback really ten years?"
    url = f"https://community.greenhomes.example/t/{slug(topic)}/3921"

    def shown(c: C) -> str:
        return c.when.strftime("%b %-d, %Y %-I:%M %p").replace("AM", "am").replace("PM", "pm")

    def av(name: str, size: int) -> str:
        return (
            f'<img alt="" width="{size}" height="{size}" src="/user_avatar/community.greenhomes.example/'
            f'{name}/{size * 2}/{sum(map(ord, name)) * 7 % 9000}_2.png" class="avatar" loading="lazy">'
        )

    def post(n: int, who: str, when: datetime, cooked: str, reply_to: C | None, kids: int, pid: int) -> str:
        tab = ""
        if reply_to is not None:
            tab = (
                f'<a class="reply-to-tab" href="#post_{num[id(reply_to)]}" title="in reply to '
                f'{reply_to.author}" aria-label="in reply to post {num[id(reply_to)]} by @{reply_to.author}">'
                f'<svg class="fa d-icon d-icon-share svg-icon"><use href="#share"></use></svg>'
                f'<span class="reply-to-label">in reply to</span>{av(reply_to.author, 24)}'
                f"<span>{reply_to.author}</span></a>"
            )
        reps = (
            f'<button class="widget-button btn-flat show-replies" aria-expanded="false">{kids} '
            f"{'Reply' if kids == 1 else 'Replies'}</button>"
            if kids
            else ""
        )
        title = when.strftime("%b %-d, %Y %-I:%M %p").replace("AM", "am").replace("PM", "pm")
        return (
            f'<div class="topic-post clearfix regular"><article id="post_{n}" aria-label="post #{n} by @{who}" '
            f'role="region" data-post-id="{pid}" data-topic-id="3921" data-user-id="{sum(map(ord, who)) * 11 % 5000}" '
            f'class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">'
            f'<a class="trigger-user-card main-avatar" href="/u/{who}" data-user-card="{who}" aria-hidden="true">'
            f"{av(who, 48)}</a></div></div>"
            f'<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">'
            f'<div class="names trigger-user-card"><span class="first username"><a href="/u/{who}" '
            f'data-user-card="{who}">{who}</a></span></div>{tab}'
            f'<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/{slug(topic)}'
            f'/3921/{n}"><span title="{title}" data-time="{int(when.timestamp() * 1000)}" data-format="tiny" '
            f'class="relative-date">{when.strftime("%b %-d")}</span></a></div>'
            f'<div class="read-state read" title="Post is unread"><svg class="fa d-icon d-icon-circle"></svg>'
            f"</div></div></div>"
            f'<div class="regular contents"><div class="cooked">{cooked}</div>'
            f'<section class="post-menu-area clearfix"><nav class="post-controls">{reps}<div class="actions">'
            f'<div class="double-button"><button class="widget-button btn-flat toggle-like like no-text" '
            f'title="like this post">♡</button></div><button class="widget-button btn-flat share no-text" '
            f'title="copy a link to this post">🔗</button><button class="widget-button btn-flat reply create '
            f'fade-out" title="begin composing a reply to this post"><span class="d-button-label">Reply</span>'
            f"</button></div></nav></section></div></div></div></article></div>"
        )

    op_cooked = "".join(f"<p>{esc(p)}</p>" for p in article_paras(2021, "en", 4))
    posts = [post(1, op, t0, op_cooked, None, sum(1 for c in rows if c.parent is None), 44000)]
    posts += [post(num[id(c)], c.author, c.when, ps(c), c.parent, len(c.children), c.cid) for c in rows]
    users = sorted({c.author for c in rows} | {op})
    topic_map = (
        '<div class="topic-map"><section class="map map-collapsed"><ul class="clearfix">'
        f'<li><h4 role="presentation">created</h4><div class="topic-map-post created-at">{av(op, 24)}'
        f'<span class="relative-date">May 3</span></div></li>'
        f'<li><h4 role="presentation">last reply</h4><div class="topic-map-post last-reply">{av(rows[-1].author, 24)}'
        f'<span class="relative-date">May 4</span></div></li>'
        f'<li><span class="number">{len(rows)}</span><h4 role="presentation">replies</h4></li>'
        '<li class="secondary"><span class="number">1.2k</span><h4 role="presentation">views</h4></li>'
        f'<li class="secondary"><span class="number">{len(users)}</span><h4 role="presentation">users</h4></li>'
        '</ul></section><section class="avatars">'
        + "".join(f'<a class="poster trigger-user-card" href="/u/{u}" title="{u}">{av(u, 24)}</a>' for u in users)
        + "</section></div>"
    )
    suggested = "".join(
        f'<tr class="topic-list-item"><td class="main-link"><a href="/t/{slug(t)}/{3800 + i}" class="title">'
        f'{esc(t)}</a><div class="link-bottom-line"><a class="badge-category" href="/c/water/7">Water</a></div>'
        f'</td><td class="num posts">{7 + 3 * i}</td><td class="num activity">{i + 2}d</td></tr>'
        for i, t in enumerate(
            [
                "Greywater for the garden: worth it?",
                "Which first-flush diverter do you use?",
                "Insulating a loft with sheep wool",
                "Heat pump noise at night",
            ]
        )
    )
    page = (
        head(
            lang="en",
            title=f"{topic} - Water - Green Homes Community",
            desc="I have been quoted for a 3000 litre tank and the installer says it pays for itself in a decade.",
            url=url,
            site="Green Homes Community",
            published=t0.isoformat(),
            author=op,
            headline=topic,
            ld_type="DiscussionForumPosting",
            extra='<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse">',
        )
        + '<body class="crawler docs ember-application"><section id="main">'
        '<header class="d-header"><div class="wrap"><div class="contents"><div class="title">'
        '<a href="/"><img src="/uploads/logo.png" alt="Green Homes Community" id="site-logo"></a></div>'
        '<div class="panel"><span class="header-buttons"><button class="btn sign-up-button">Sign Up</button>'
        '<button class="btn login-button">Log In</button></span><ul class="icons d-header-icons">'
        '<li class="search-dropdown"><a class="icon btn-flat" href="/search" title="search topics, posts, users, or'
        ' categories">🔍</a></li><li class="hamburger-dropdown"><a class="icon btn-flat" href="#">☰</a></li></ul>'
        "</div></div></div></header>"
        '<div class="sidebar-wrapper"><section class="sidebar-sections"><div class="sidebar-section">'
        '<h3>Categories</h3><ul><li><a href="/c/water/7">Water</a></li><li><a href="/c/energy/5">Energy</a></li>'
        '<li><a href="/c/insulation/9">Insulation</a></li><li><a href="/c/garden/11">Garden</a></li></ul></div>'
        '<div class="sidebar-section"><h3>Tags</h3><ul><li><a href="/tag/rainwater">rainwater</a></li>'
        '<li><a href="/tag/costs">costs</a></li></ul></div></section></div>'
        '<div id="main-outlet" class="wrap"><div id="topic-title"><h1><a href="/t/' + slug(topic) + '/3921" '
        f'class="fancy-title">{topic}</a></h1><div class="topic-category"><a class="badge-category" '
        'href="/c/water/7">Water</a><div class="list-tags"><a href="/tag/rainwater" class="discourse-tag">'
        'rainwater</a> <a href="/tag/costs" class="discourse-tag">costs</a></div></div></div>'
        '<div class="posts-wrapper"><div class="topic-post-stream">'
        + posts[0]
        + topic_map
        + "".join(posts[1:])
        + '</div></div><div class="topic-footer-main-buttons"><button class="btn btn-primary create">Reply</button>'
        '<button class="btn bookmark">Bookmark</button><button class="btn share">Share</button></div>'
        '<div class="more-topics__container"><h3 class="suggested-topics-title">Suggested Topics</h3>'
        '<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Activity</th></tr></thead>'
        f"<tbody>{suggested}</tbody></table></div></div>"
        '<footer class="footer"><nav><a href="/">Home</a> <a href="/categories">Categories</a> '
        '<a href="/guidelines">FAQ/Guidelines</a> <a href="/tos">Terms of Service</a> <a href="/privacy">Privacy '
        'Policy</a></nav><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, '
        "best viewed with JavaScript enabled</p></footer></section></body></html>"
    )
    return (
        url,
        page,
        truth(rows, shown, lambda c: c.when.isoformat()),
        None,
        "Post 1 (the topic) is not a comment; posts answering it carry no reply-to tab and are top-level.",
    )


# ---------------------------------------------------------------- 3 Stack-Exchange-like Q&A


def stackexchange() -> tuple[str, str, list[dict], str | None, str]:
    """A Q&A page: the question, its short comment list, answers sorted by score (the accepted
    one first), each with a short comment list. Answers and comments on the question are
    top-level; a comment on an answer has that answer as parent. Some answers show an
    'edited' signature naming another user beside the 'answered' one."""
    q_time = datetime(2024, 5, 3, 8, 14, tzinfo=UTC)

    def build(rng: random.Random) -> list[C]:
        pool = pool_en(rng, 14, "mixed")
        ids = iter(range(78110213, 78200000, 17))
        rows: list[C] = []
        for _ in range(2):
            rows.append(
                C(
                    rng.choice(pool[1:]),
                    make_paras(rng, "en", 1, 2),
                    q_time + timedelta(minutes=rng.randint(5, 80)),
                    next(ids),
                )
            )
        rows.sort(key=lambda c: c.when)
        answers = []
        for _ in range(rng.randint(4, 6)):
            a = C(
                rng.choice(pool[1:]),
                make_paras(rng, "en", 3, 6),
                q_time + timedelta(minutes=rng.randint(20, 900)),
                next(ids),
            )
            a.extra["score"] = rng.randint(-1, 40)
            if rng.random() < 0.4:
                a.extra["editor"] = rng.choice([p for p in pool if p != a.author])
            for _ in range(rng.randint(0, 4)):
                who = rng.choice(pool)
                k = C(who, make_paras(rng, "en", 1, 2), a.when + timedelta(minutes=rng.randint(3, 600)), next(ids), a)
                if rng.random() < 0.4:
                    k.prefix = "@" + re.sub(
                        r"\s+", "", rng.choice([a.author] + [x.author for x in a.children]).split()[0]
                    )
                a.children.append(k)
            a.children.sort(key=lambda k: k.when)
            answers.append(a)
        answers.sort(key=lambda a: -a.extra["score"])
        answers[0].extra["accepted"] = True
        rows.extend(flatten(answers))
        return rows

    rows = pick(build, 3030, dmin=1, dmax=1)
    rng = random.Random(303)
    asker = "Linden Quayle"
    title = "How do I compare effect sizes from two studies with very different sample sizes?"
    url = f"https://stats.stackexchange.example/questions/646021/{slug(title)}"

    def shown(c: C) -> str:
        return c.when.strftime("%b %-d, %Y at %H:%M")

    def uid(name: str) -> int:
        return 100000 + sum(map(ord, name)) * 37 % 899999

    def card(verb: str, name: str, when: datetime, owner: bool = False) -> str:
        return (
            f'<div class="post-signature{" owner" if owner else ""} flex--item"><div class="user-info user-hover">'
            f'<div class="user-action-time">{verb} <span title="{when.strftime("%Y-%m-%d %H:%M:%SZ")}" '
            f'class="relativetime">{shown(C("", [], when, 0))}</span></div>'
            f'<div class="user-gravatar32"><a href="/users/{uid(name)}/{slug(name)}"><div class="gravatar-wrapper-32">'
            f'<img src="https://www.gravatar.example/avatar/{uid(name):x}?s=64" alt="{esc(name)}\'s user avatar" '
            f'width="32" height="32" class="bar-sm"></div></a></div>'
            f'<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<a href="/users/{uid(name)}/{slug(name)}">{esc(name)}</a><span class="d-none" itemprop="name">'
            f'{esc(name)}</span><div class="-flair"><span class="reputation-score" title="reputation score" dir="ltr">'
            f'{uid(name) % 30000:,}</span><span title="{uid(name) % 7} silver badges"><span class="badge2"></span>'
            f'<span class="badgecount">{uid(name) % 7}</span></span></div></div></div></div>'
        )

    def comments(owner: int, kids: list[C]) -> str:
        lis = "".join(
            f'<li id="comment-{k.cid}" class="comment js-comment" data-comment-id="{k.cid}" '
            f'data-comment-owner-id="{uid(k.author)}" data-comment-score="{k.cid % 5}">'
            f'<div class="js-comment-actions comment-actions"><div class="comment-score js-comment-score">'
            + (
                f'<span title="number of &#39;useful comment&#39; votes received" class="cool">{k.cid % 5}</span>'
                if k.cid % 5
                else ""
            )
            + f'</div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body '
            f'js-comment-edit-hide"><span class="comment-copy">{esc(k.text)}</span>'
            f'<div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/{uid(k.author)}/{slug(k.author)}" '
            f'title="{uid(k.author) % 30000:,} reputation" class="comment-user">{esc(k.author)}</a></div>'
            f'<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment{k.cid}_{owner}">'
            f'<span title="{k.when.strftime("%Y-%m-%d %H:%M:%SZ")}, License: CC BY-SA 4.0" '
            f'class="relativetime-clean">{shown(k)}</span></a></span></div></div></li>'
            for k in kids
        )
        return (
            f'<div id="comments-{owner}" class="comments js-comments-container" data-post-id="{owner}">'
            f'<ul class="comments-list js-comments-list">{lis}</ul></div>'
            f'<div id="comments-link-{owner}"><a class="js-add-link comments-link" title="Use comments to ask for '
            'more information or suggest improvements." href="#" role="button">Add a comment</a></div>'
        )

    q_comments = [c for c in rows if c.parent is None and not c.children and "score" not in c.extra]
    answers = [c for c in rows if "score" in c.extra]
    qbody = "".join(f"<p>{esc(p)}</p>" for p in article_paras(3031, "en", 3))

    def answer(a: C) -> str:
        edited = card("edited", a.extra["editor"], a.when + timedelta(hours=20)) if "editor" in a.extra else ""
        acc = (
            '<div class="js-accepted-answer-indicator flex--item fc-green-400" title="Loading when this answer '
            'was accepted…"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg"></svg></div>'
            if a.extra.get("accepted")
            else ""
        )
        return (
            f'<div id="answer-{a.cid}" class="answer js-answer{" accepted-answer" if acc else ""}" '
            f'data-answerid="{a.cid}" data-parentid="646021" data-score="{a.extra["score"]}" '
            f'itemprop="{"acceptedAnswer" if acc else "suggestedAnswer"}" itemscope itemtype="https://schema.org/Answer">'
            f'<div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container">'
            f'<button class="js-vote-up-btn" aria-label="Up vote">▲</button><div class="js-vote-count" '
            f'itemprop="upvoteCount" data-value="{a.extra["score"]}">{a.extra["score"]}</div>'
            f'<button class="js-vote-down-btn" aria-label="Down vote">▼</button>{acc}</div></div>'
            f'<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">{ps(a)}</div>'
            f'<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16">'
            f'<div class="js-post-menu"><a href="/a/{a.cid}" rel="nofollow">Share</a> <a href="/posts/{a.cid}/edit">'
            f"Improve this answer</a> <button>Follow</button></div></div>{edited}"
            f"{card('answered', a.author, a.when)}</div></div></div>"
            f'<span class="d-none" itemprop="commentCount">{len(a.children)}</span>'
            f'<div class="post-layout--right js-post-comments-component">{comments(a.cid, a.children)}</div>'
            f"</div></div>"
        )

    related = "".join(
        f'<div class="spacer"><a href="/q/{640000 + 97 * i}" class="question-hyperlink">{esc(t)}</a></div>'
        for i, t in enumerate(
            [
                "Meta-analysis with only two studies",
                "Cohen's d or Hedges' g for small samples?",
                "Pooling standard deviations when n differs a lot",
                "Is a fixed effect model wrong here?",
            ]
        )
    )
    page = (
        head(
            lang="en",
            title=f"meta analysis - {title} - Cross Validated",
            desc=article_paras(3031, "en", 1)[0][:150],
            url=url,
            site="Cross Validated",
            ld_type="QAPage",
            headline=title,
        )
        + '<body class="question-page unified-theme"><header class="s-topbar ps-fixed t0 l0 js-top-bar">'
        '<div class="s-topbar--container"><a href="/" class="s-topbar--logo"><span class="-img">Stats Exchange</span>'
        '</a><ol class="s-navigation"><li><a href="/questions" class="s-navigation--item">Questions</a></li>'
        '<li><a href="/tags" class="s-navigation--item">Tags</a></li><li><a href="/users" class="s-navigation--item">'
        'Users</a></li></ol><form id="search" role="search" action="/search" class="s-topbar--searchbar">'
        '<input name="q" type="text" placeholder="Search…" aria-label="Search"></form>'
        '<ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn">Log in</a></li>'
        '<li><a href="/users/signup" class="s-topbar--item s-btn s-btn__primary">Sign up</a></li></ol></div></header>'
        '<div class="container"><div id="left-sidebar" class="left-sidebar"><nav role="navigation"><ol class="nav-links">'
        '<li><a href="/">Home</a></li><li><a href="/questions">Questions</a></li><li><a href="/tags">Tags</a></li>'
        '<li><a href="/unanswered">Unanswered</a></li></ol></nav></div>'
        '<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">'
        f'<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1">'
        f'<a href="{url}" class="question-hyperlink">{title}</a></h1></div>'
        '<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8">'
        '<span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated" datetime="2024-05-03T08:14:00">'
        '1 year ago</time></div><div class="flex--item ws-nowrap mb8" title="Viewed 2,311 times">'
        '<span class="fc-black-400 mr2">Viewed</span>2k times</div></div>'
        '<div id="mainbar" role="main"><div class="question js-question" data-questionid="646021" id="question">'
        '<div class="post-layout"><div class="votecell post-layout--left"><div class="js-vote-count">14</div></div>'
        f'<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">{qbody}</div>'
        '<div class="post-taglist"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">'
        '<li><a href="/questions/tagged/meta-analysis" class="post-tag">meta-analysis</a></li>'
        '<li><a href="/questions/tagged/effect-size" class="post-tag">effect-size</a></li>'
        '<li><a href="/questions/tagged/sample-size" class="post-tag">sample-size</a></li></ul></div>'
        f'<div class="mb0"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy">{card("asked", asker, q_time, True)}'
        "</div></div></div>"
        f'<div class="post-layout--right js-post-comments-component">{comments(646021, q_comments)}</div>'
        "</div></div>"
        f'<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8">'
        f'<h2 class="mb0" data-answercount="{len(answers)}">{len(answers)} Answers <span style="display:none;" '
        f'itemprop="answerCount">{len(answers)}</span></h2><div><label for="answer-sort-dropdown-select-menu">'
        'Sorted by:</label><select id="answer-sort-dropdown-select-menu"><option selected>Highest score (default)'
        "</option><option>Date modified (newest first)</option><option>Date created (oldest first)</option>"
        "</select></div></div></div>"
        + "".join(answer(a) for a in answers)
        + '<form id="post-form" action="/questions/646021/answer/submit" method="post" class="js-add-answer-component">'
        '<h2 class="space">Your Answer</h2><textarea id="wmd-input" name="post-text" cols="92" rows="15"></textarea>'
        '<button class="s-btn s-btn__primary">Post Your Answer</button></form></div></div>'
        '<div id="sidebar" role="complementary"><div class="s-sidebarwidget s-sidebarwidget__yellow">'
        '<ul class="d-block p0 m0"><div class="s-sidebarwidget--header">The Overflow Blog</div><li>'
        '<a href="https://blog.example/2024/05/02/">How teams measure what matters</a></li></ul></div>'
        '<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked">'
        '<div class="spacer"><a href="/q/512233">Combining effect sizes across designs</a></div></div></div>'
        f'<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related">{related}</div>'
        '</div><div id="hot-network-questions" class="module tex2jax_ignore"><h4>Hot Network Questions</h4><ul>'
        '<li><a href="https://cooking.example/q/1">Why does my bread collapse in summer?</a></li>'
        '<li><a href="https://diy.example/q/2">Can I replace a bridge rail myself?</a></li></ul></div></div>'
        "</div></div></div>"
        '<footer id="footer" class="site-footer"><div class="site-footer--container"><nav class="site-footer--nav">'
        '<a href="/tour">Tour</a> <a href="/help">Help</a> <a href="/legal/privacy-policy">Privacy</a></nav>'
        '<p class="site-footer--copyright">Site design / logo © 2024 Stack Exchange Inc; user contributions '
        "licensed under CC BY-SA. rev 2024.5.2.8431</p></div></footer></body></html>"
    )
    del rng
    return (
        url,
        page,
        truth(rows, shown, lambda c: c.when.isoformat()),
        None,
        (
            "The question is the subject; its comments and the answers are top-level, a comment's parent is its "
            "answer. Published = the 'answered' time, not 'edited'."
        ),
    )


# ---------------------------------------------------------------- 4 Lemmy/Kbin-like <details> tree


def lemmy() -> tuple[str, str, list[dict], str | None, str]:
    """A Lemmy-like link post: each comment a <details open> whose <summary> holds the author,
    score and a relative age (full date in the title), children in a div inside the details."""
    rng = random.Random(404)
    pool = pool_en(rng, 11, "handle")
    op = pool[0]
    t0 = datetime(2024, 5, 3, 6, 40, tzinfo=UTC)
    now = datetime(2024, 5, 3, 21, 0, tzinfo=UTC)
    rows = pick(lambda r: list(flatten(gen_tree(r, pool, "en", r.randint(4, 7), [0, 3, 2, 2], 9180233, t0))), 4040)
    forest = [c for c in rows if c.parent is None]
    title = "Rivertown approves bridge budget after ten years of debate"
    url = "https://lemmy.example/post/1432087"

    def shown(c: C) -> str:
        return c.when.strftime("%A, %B %-d, %Y at %-I:%M:%S %p UTC")

    def ago(c: C) -> str:
        h = int((now - c.when).total_seconds() // 3600)
        return f"{h}h" if h >= 1 else f"{int((now - c.when).total_seconds() // 60)}m"

    def det(c: C) -> str:
        inst = "lemmy.example" if c.cid % 3 else "feddit.example"
        badge = '<span class="badge text-bg-light" title="OP">OP</span>' if c.author == op else ""
        kids = "".join(det(k) for k in c.children)
        return (
            f'<details class="comment-node" id="comment-{c.cid}" open><summary class="comment-header d-flex">'
            f'<a class="person-listing" href="/u/{c.author}@{inst}" title="{c.author}@{inst}">'
            f'<img class="avatar rounded-circle" src="/pictrs/image/{c.cid % 97}.webp?format=webp&amp;thumbnail=96" '
            f'alt=""><span>{c.author}</span></a>{badge}<span class="score" title="{c.cid % 53} upvotes, '
            f'{c.cid % 4} downvotes">{c.cid % 53 - c.cid % 4}</span> · <span class="moment-time pointer">'
            f'<time datetime="{c.when.isoformat()}" title="{shown(c)}">{ago(c)}</time></span>'
            f'<button class="btn btn-sm collapse-toggle" aria-label="Collapse">[−]</button></summary>'
            f'<div class="comment-content md-div">{ps(c)}</div>'
            f'<div class="comment-actions d-flex"><button class="btn btn-link" aria-label="Upvote">⇧</button>'
            f'<button class="btn btn-link" aria-label="Downvote">⇩</button><button class="btn btn-link">reply</button>'
            f'<a class="btn btn-link" href="/comment/{c.cid}">link</a><button class="btn btn-link">source</button>'
            f'<button class="btn btn-link" aria-label="more">⋯</button></div>'
            f"{f'<div class=comment-children>{kids}</div>' if kids else ''}</details>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article_paras(4041, "en", 2))
    mods = "".join(f'<li><a class="person-listing" href="/u/{m}">{m}</a></li>' for m in ("river_mod", "urbanist_k"))
    page = (
        head(
            lang="en",
            title=f"{title} - Lemmy Example",
            desc=body[3:140],
            url=url,
            site="Lemmy Example",
            published=t0.isoformat(),
            author=op,
            headline=title,
            ld_type="DiscussionForumPosting",
            extra='<link rel="manifest" href="/manifest.webmanifest"><meta name="theme-color" content="#222">',
        )
        + '<body class="home"><div id="root"><nav class="navbar navbar-expand-md navbar-light shadow-sm">'
        '<a class="navbar-brand" href="/">Lemmy Example</a><ul class="navbar-nav"><li class="nav-item">'
        '<a class="nav-link" href="/communities">Communities</a></li><li class="nav-item"><a class="nav-link" '
        'href="/create_post">Create Post</a></li><li class="nav-item"><a class="nav-link" href="/search">Search</a>'
        '</li></ul><ul class="navbar-nav ms-auto"><li><a class="nav-link" href="/login">Login</a></li><li>'
        '<a class="nav-link" href="/signup">Sign Up</a></li></ul></nav>'
        '<div class="container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9">'
        '<div class="post-listing mt-2"><div class="d-flex"><div class="vote-bar"><button aria-label="Upvote">⇧'
        '</button><div class="unselectable">312</div><button aria-label="Downvote">⇩</button></div>'
        f'<div class="flex-grow-1"><h1 class="h5 d-inline"><a class="post-title-link" href="https://www.'
        f'rivertown-herald.example/2024/05/03/council-approves-bridge-budget/" rel="noopener nofollow">{title}</a>'
        '</h1> <small><a class="fst-italic text-muted" href="https://www.rivertown-herald.example/2024/05/03/'
        'council-approves-bridge-budget/">rivertown-herald.example</a></small>'
        f'<div class="small">submitted <time datetime="{t0.isoformat()}" title="{shown(C("", [], t0, 0))}">14h</time>'
        f' by <a class="person-listing" href="/u/{op}">{op}</a> to <a class="community-link" href="/c/urbanism">'
        "urbanism</a></div></div></div>"
        f'<div class="md-div post-body">{body}</div><div class="post-actions"><a href="/post/1432087">'
        f"{len(rows)} comments</a> <button>save</button> <button>crosspost</button> <button>report</button></div></div>"
        '<div class="comment-sort btn-group"><span>Sort:</span><button class="btn active">Hot</button>'
        '<button class="btn">Top</button><button class="btn">New</button><button class="btn">Old</button></div>'
        '<div class="comment-form"><textarea placeholder="Reply"></textarea><button>Reply</button></div>'
        '<section class="comments" aria-label="Comments">' + "".join(det(c) for c in forest) + "</section></main>"
        '<aside class="col-12 col-md-4 col-lg-3 sidebar"><div class="card"><div class="card-body">'
        '<h5 class="card-title">urbanism</h5><p class="small">!urbanism@lemmy.example</p><p>Cities, streets, '
        'transit and the people who use them. Be civil.</p><ul class="badges"><li>1.2K subscribers</li>'
        f'<li>84 users / day</li></ul><h6>Moderators</h6><ul class="list-inline">{mods}</ul>'
        '<a class="btn btn-secondary" href="/create_post?communityId=88">Create a post</a></div></div>'
        '<div class="card"><div class="card-body"><h5>Trending communities</h5><ul><li><a href="/c/cycling">'
        'cycling</a></li><li><a href="/c/trains">trains</a></li><li><a href="/c/gardening">gardening</a></li>'
        "</ul></div></div></aside></div></div>"
        '<footer class="app-footer container-lg navbar navbar-expand-md"><div class="navbar-collapse">'
        '<ul class="navbar-nav ms-auto"><li class="nav-item"><span class="nav-link">BE: 0.19.3</span></li>'
        '<li class="nav-item"><a class="nav-link" href="/modlog">Modlog</a></li><li class="nav-item">'
        '<a class="nav-link" href="/instances">Instances</a></li><li class="nav-item"><a class="nav-link" '
        'href="https://join-lemmy.org/docs/en/index.html">Docs</a></li></ul></div></footer></div></body></html>'
    )
    return (
        url,
        page,
        truth(rows, shown, lambda c: c.when.isoformat()),
        None,
        "Published = the <time> title (the visible text is an age); the OP badge is not part of the name.",
    )


# ---------------------------------------------------------------- 5 Mastodon-like thread


def mastodon() -> tuple[str, str, list[dict], str | None, str]:
    """A Mastodon-like status page: the focal toot, then its descendants flat in thread order,
    each with a reply indicator linking to the toot it answers and a leading @mention. Author =
    the display name (the handle printed beside it)."""
    rng = random.Random(505)
    firsts = [
        "Amber",
        "Basil",
        "Cedar",
        "Delia",
        "Ember",
        "Fenna",
        "Garnet",
        "Hazel",
        "Ivo",
        "Juniper",
        "Kes",
        "Linden",
        "Maple",
        "Olive",
    ]
    lasts = ["Ashby", "Brook", "Carrow", "Dunmore", "Ellis", "Fairley", "Holt", "Ingram", "Kerr", "Marsh", "Nash"]
    people: dict[str, tuple[str, str]] = {}
    while len(people) < 10:
        f, l_ = rng.choice(firsts), rng.choice(lasts)
        disp = f"{f} {l_}" if rng.random() < 0.7 else f"{f} 🌱"
        if disp in people or any(h == f"{f.lower()}{l_.lower()[:3]}" for h, _ in people.values()):
            continue
        handle = f"{f.lower()}{l_.lower()[:3]}"
        people[disp] = (handle, rng.choice(["", "", "@fosstodon.example", "@scholar.example", "@chaos.example"]))
    pool = list(people)
    focal = pool[0]
    t0 = datetime(2024, 5, 3, 8, 2, tzinfo=UTC)
    rows = pick(
        lambda r: list(flatten(gen_tree(r, pool, "en", r.randint(4, 7), [0, 3, 2, 2], 112360000000, t0, 1, 2))), 5050
    )
    for c in rows:
        target = c.parent.author if c.parent else focal
        c.prefix = "@" + people[target][0]
    host = "https://mastodon.example"
    url = f"{host}/@{people[focal][0]}/112359981234567890"

    def shown(c: C) -> str:
        return c.when.strftime("%b %-d, %Y, %H:%M")

    def acct(name: str) -> str:
        h, dom = people[name]
        return f"@{h}{dom}"

    def status_url(c: C) -> str:
        h, dom = people[c.author]
        return f"/@{h}{dom}/{c.cid}"

    def toot(c: C) -> str:
        p = c.parent
        target_url = status_url(p) if p else url.replace(host, "")
        target = p.author if p else focal
        h, dom = people[target]
        mention = (
            f'<span class="h-card" translate="no"><a href="https://{dom[1:] if dom else "mastodon.example"}'
            f'/@{h}" class="u-url mention">@<span>{h}</span></a></span>'
        )
        paras = "".join(f"<p>{(mention + ' ') if i == 0 else ''}{esc(x)}</p>" for i, x in enumerate(c.paras))
        return (
            f'<article class="status status-public status-reply" id="status-{c.cid}" data-id="{c.cid}" '
            f'data-in-reply-to-id="{p.cid if p else 112359981234567890}" tabindex="0">'
            f'<div class="status__prepend"><span class="status__reply-indicator">↩ In reply to '
            f'<a href="{target_url}" class="status__reply-to">{acct(target)}</a></span></div>'
            f'<div class="status__info"><a href="{status_url(c)}" class="status__relative-time">'
            f'<span class="status__visibility-icon" title="Public">🌐</span><time datetime="'
            f'{c.when.strftime("%Y-%m-%dT%H:%M:%S.000Z")}" title="{shown(c)}">{c.when.strftime("%b %-d")}</time></a>'
            f'<a href="/{acct(c.author)}" class="status__display-name" title="{acct(c.author)[1:]}">'
            f'<div class="status__avatar"><div class="account__avatar" style="width:46px;height:46px">'
            f'<img src="/system/accounts/avatars/{c.cid % 1000}.png" alt=""></div></div>'
            f'<span class="display-name"><bdi><strong class="display-name__html">{esc(c.author)}</strong></bdi> '
            f'<span class="display-name__account">{acct(c.author)}</span></span></a></div>'
            f'<div class="status__content status__content--with-action" lang="en"><div class="status__content__text '
            f'status__content__text--visible translate">{paras}</div></div>'
            f'<div class="status__action-bar"><button class="status__action-bar__button" title="Reply" '
            f'aria-label="Reply">↩ <span class="icon-button__counter">{len(c.children)}</span></button>'
            f'<button title="Boost" aria-label="Boost">⇄</button><button title="Favorite" aria-label="Favorite">★'
            f'</button><button title="Bookmark" aria-label="Bookmark">🔖</button><button title="More" '
            f'aria-label="More">⋯</button></div></article>'
        )

    focal_text = "".join(f"<p>{esc(p)}</p>" for p in article_paras(5051, "en", 2))
    fh = people[focal][0]
    page = (
        head(
            lang="en",
            title=f'{focal}: "{article_paras(5051, "en", 1)[0][:60]}…" - Mastodon Example',
            desc=article_paras(5051, "en", 1)[0][:200],
            url=url,
            site="Mastodon Example",
            published=t0.isoformat(),
            author=focal,
            ld_type="SocialMediaPosting",
            extra=f'<meta property="profile:username" content="{fh}@mastodon.example">'
            f'<link rel="alternate" type="application/activity+json" href="{url}">',
        )
        + '<body class="app-body theme-default"><div class="app-holder" id="mastodon">'
        '<div class="ui"><div class="columns-area__panels"><div class="columns-area__panels__pane '
        'columns-area__panels__pane--compositional"><div class="columns-area__panels__pane__inner">'
        '<div class="compose-panel"><div class="server-banner"><div class="server-banner__introduction">'
        "<strong>mastodon.example</strong> is one of the many independent Mastodon servers you can use to "
        'participate in the fediverse.</div><a class="button" href="/auth/sign_up">Create account</a>'
        '<a class="button button-secondary" href="/auth/sign_in">Login</a></div></div></div></div>'
        '<div class="columns-area__panels__main"><div class="column" role="region" aria-label="Post">'
        '<div class="column-header__wrapper"><h1 class="column-header"><button class="column-header__title">'
        '← Post</button></h1></div><div class="scrollable item-list" role="feed">'
        f'<div class="focusable detailed-status__wrapper" tabindex="0"><div class="detailed-status">'
        f'<a href="/@{fh}" class="detailed-status__display-name"><div class="detailed-status__display-avatar">'
        f'<img src="/system/accounts/avatars/0.png" alt="" width="46" height="46"></div><span class="display-name">'
        f'<bdi><strong class="display-name__html">{esc(focal)}</strong></bdi><span class="display-name__account">'
        f"@{fh}</span></span></a>"
        f'<div class="status__content" lang="en"><div class="status__content__text translate">{focal_text}'
        '<p><a href="https://www.rivertown-herald.example/2024/05/03/council-approves-bridge-budget/" rel="nofollow '
        'noopener" target="_blank"><span class="invisible">https://www.</span><span class="ellipsis">'
        "rivertown-herald.example/2024/05/03/c</span></a></p></div></div>"
        '<a class="status-card" href="https://www.rivertown-herald.example/2024/05/03/council-approves-bridge-budget/">'
        '<div class="status-card__content"><span class="status-card__host">rivertown-herald.example</span>'
        '<strong class="status-card__title">Council approves bridge budget</strong></div></a>'
        f'<div class="detailed-status__meta"><a class="detailed-status__datetime" href="{url}">'
        f'<time datetime="{t0.strftime("%Y-%m-%dT%H:%M:%S.000Z")}">May 3, 2024, 08:02</time></a> · '
        '<span class="detailed-status__visibility-icon">🌐</span> · <a href="/interact" class="detailed-status__link">'
        '🔁 <span class="detailed-status__reblogs">48</span></a> · <a class="detailed-status__link">⭐ '
        '<span class="detailed-status__favorites">131</span></a></div></div></div>'
        '<div class="descendants" aria-label="Replies">' + "".join(toot(c) for c in rows) + "</div></div></div></div>"
        '<div class="columns-area__panels__pane columns-area__panels__pane--start columns-area__panels__pane--navigational">'
        '<div class="navigation-panel"><a class="column-link" href="/explore">Explore</a><a class="column-link" '
        'href="/public/local">Live feeds</a><hr><div class="getting-started__trends"><h4>Trending now</h4>'
        '<div class="trends__item"><a href="/tags/urbanism">#<span>urbanism</span></a><small>412 people in the past '
        '2 days</small></div><div class="trends__item"><a href="/tags/bridges">#<span>bridges</span></a><small>88 '
        "people in the past 2 days</small></div></div></div></div></div></div>"
        '<footer class="link-footer"><p><strong>mastodon.example</strong>: <a href="/about">About</a> · '
        '<a href="/privacy-policy">Privacy policy</a></p><p><strong>Mastodon</strong>: <a href="https://joinmastodon.'
        'org">About</a> · <a href="https://joinmastodon.org/apps">Get the app</a> · <span class="version">v4.2.8'
        "</span></p></footer></div></body></html>"
    )
    return (
        url,
        page,
        truth(rows, shown, lambda c: c.when.isoformat()),
        None,
        (
            "The focal toot is the subject; toots replying to it are top-level. Author = display name; the "
            "leading @mention is part of the text."
        ),
    )


# ---------------------------------------------------------------- 6 table forum with quotes


def quote_forum() -> tuple[str, str, list[dict], str | None, str]:
    """A vBulletin-like thread: every post a table (user column, post column), flat in time
    order; a reply only quotes another post ('Originally Posted by X' and the quoted words).
    Parent = the quoted post; quoting the opening post (not a comment) counts as top-level.
    Some members have a signature under a rule."""
    rng = random.Random(606)
    pool = pool_en(rng, 10, "camel")
    op = pool[0]
    sigs = {
        pool[2]: "OO gauge since 1987. Layout: Marsh Lane Junction.",
        pool[5]: "Measure twice, solder once.",
        pool[6]: "Currently building: a small terminus in N.",
    }
    t0 = datetime(2024, 5, 3, 7, 48, tzinfo=UTC)

    def build(r: random.Random) -> list[C]:
        posts: list[C] = []
        clock = t0
        for i in range(r.randint(12, 20)):
            clock += timedelta(minutes=r.randint(5, 150))
            parent, quotes_op = None, False
            x = r.random()
            if i < 2 or x < 0.3:
                pass
            elif x < 0.38:
                quotes_op = True
            else:
                cands = [p for p in posts[-7:] if p.depth < 3]
                parent = r.choice(cands) if cands else None
            who = r.choice([a for a in pool if parent is None or a != parent.author])
            c = C(who, make_paras(r, "en", 1, 4), clock, 2290411 + 19 * i, parent)
            c.extra["quotes_op"] = quotes_op
            if parent is not None:
                parent.children.append(c)
            posts.append(c)
        return posts

    rows = pick(build, 6060, ok=lambda rows: any(c.extra["quotes_op"] for c in rows))
    op_paras = article_paras(6061, "en", 3)
    title = "Cheap DCC decoder for an old Hornby loco?"
    url = "https://forums.railmodellers.example/showthread.php?t=48812"
    next_url = "https://forums.railmodellers.example/showthread.php?t=48812&page=2"

    def shown(c: C) -> str:
        return c.when.strftime("%m-%d-%Y, %I:%M %p")

    def quoted_words(paras: list[str]) -> str:
        first = paras[0]
        sents = re.findall(r"[^.?!]+[.?!]", first)
        return " ".join(s.strip() for s in sents[:2]) if len(sents) > 2 else first

    def quote(name: str, pid: int, words: str) -> str:
        return (
            '<div style="margin:20px; margin-top:5px; "><div class="smallfont" style="margin-bottom:2px">Quote:</div>'
            '<table cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td class="alt2" style="border:1px '
            f'inset"><div>Originally Posted by <strong>{esc(name)}</strong> <a href="showthread.php?p={pid}#post{pid}" '
            f'rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost.gif" border="0" alt="View Post"></a>'
            f'</div><div style="font-style:italic">{esc(words)}</div></td></tr></table></div>'
        )

    def post(n: int, who: str, when: datetime, pid: int, message: str, titled: str) -> str:
        sig = f"<div>__________________<br>{esc(sigs[who])}</div>" if who in sigs else ""
        joined = ["Jan 2009", "Mar 2011", "Oct 2015", "Jun 2020", "Feb 2023"][sum(map(ord, who)) % 5]
        return (
            f'<div id="edit{pid}" style="padding:0px 0px 6px 0px"><table class="tborder" id="post{pid}" '
            'cellpadding="6" cellspacing="0" border="0" width="100%" align="center"><tr>'
            f'<td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; border-right: 0px">'
            f'<a name="post{pid}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Old" border="0"></a>'
            f"{shown(C('', [], when, 0))}</td>"
            f'<td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; border-left: 0px" align="right">'
            f'&nbsp;#<a href="showpost.php?p={pid}&amp;postcount={n}" target="new" rel="nofollow" id="postcount{pid}" '
            f'name="{n}"><strong>{n}</strong></a></td></tr><tr valign="top">'
            f'<td class="alt2" width="175" style="border: 1px solid #D1D1E1; border-top: 0px; border-bottom: 0px">'
            f'<div id="postmenu_{pid}"><a class="bigusername" href="member.php?u={sum(map(ord, who))}">{esc(who)}</a>'
            f'</div><div class="smallfont">{"Senior Member" if len(who) % 2 else "Junior Member"}</div>'
            f'<div class="smallfont">&nbsp;<br><div>Join Date: {joined}</div><div>Location: '
            f"{['Derby', 'Crewe', 'Swindon', 'York'][len(who) % 4]}</div><div>Posts: {sum(map(ord, who)) * 3 % 4000:,}"
            f"</div></div></td>"
            f'<td class="alt1" id="td_post_{pid}" style="border-right: 1px solid #D1D1E1">'
            f'<div class="smallfont"><img class="inlineimg" src="images/icons/icon1.gif" alt="Default" border="0">'
            f' <strong>{esc(titled)}</strong></div><hr size="1" style="color:#D1D1E1">'
            f'<div id="post_message_{pid}">{message}</div>{sig}'
            f'<div style="margin-top: 10px" align="right"><a href="report.php?p={pid}" rel="nofollow">'
            f'<img class="inlineimg" src="images/buttons/report.gif" alt="Report Post" border="0"></a></div></td></tr>'
            f'<tr><td class="alt2" style="border: 1px solid #D1D1E1; border-top: 0px"><img class="inlineimg" '
            f'src="images/statusicon/user_offline.gif" alt="{esc(who)} is offline" border="0"></td>'
            f'<td class="alt1" align="right" style="border: 1px solid #D1D1E1; border-left: 0px; border-top: 0px">'
            f'<a href="newreply.php?do=newreply&amp;p={pid}" rel="nofollow"><img src="images/buttons/quote.gif" '
            f'alt="Reply With Quote" border="0"></a></td></tr></table></div>'
        )

    op_pid = 2290392
    blocks = [post(1, op, t0, op_pid, "<br><br>".join(esc(p) for p in op_paras), title)]
    for i, c in enumerate(rows):
        q = ""
        if c.parent is not None:
            q = quote(c.parent.author, c.parent.cid, quoted_words(c.parent.paras))
        elif c.extra["quotes_op"]:
            q = quote(op, op_pid, quoted_words(op_paras))
        blocks.append(
            post(
                i + 2,
                c.author,
                c.when,
                c.cid,
                q + "<br><br>".join(esc(p) for p in c.paras),
                f"Re: {title}" if i % 3 == 0 else "",
            )
        )
    pagenav = (
        '<div class="pagenav" align="right"><table class="tborder" cellpadding="3" cellspacing="1" border="0">'
        '<tr><td class="vbmenu_control" style="font-weight:normal">Page 1 of 3</td>'
        '<td class="alt2"><span class="smallfont" title="Showing results 1 to 20 of 52"><strong>1</strong></span></td>'
        '<td class="alt1"><a class="smallfont" href="showthread.php?t=48812&amp;page=2" title="Show results 21 to 40 '
        'of 52">2</a></td><td class="alt1"><a class="smallfont" href="showthread.php?t=48812&amp;page=3" title="Show '
        'results 41 to 52 of 52">3</a></td><td class="alt1"><a rel="next" class="smallfont" href="showthread.php?'
        't=48812&amp;page=2" title="Next Page - Results 21 to 40 of 52">&gt;</a></td></tr></table></div>'
    )
    similar = "".join(
        f'<tr><td class="alt1" align="left"><a href="showthread.php?t={47000 + 211 * i}" title="">{esc(t)}</a></td>'
        f'<td class="alt2" align="left" nowrap="nowrap">{p}</td><td class="alt1" align="left">DCC &amp; Electrics</td>'
        f'<td class="alt2" align="center">{3 + 4 * i}</td><td class="alt1" align="right">04-2{i}-2024</td></tr>'
        for i, (t, p) in enumerate(
            [
                ("Decoder for a Mainline Class 37", "KesUpton"),
                ("Sound or no sound on a small layout", "OliveWren"),
                ("Motor hums but will not move", "IvoStokes"),
            ]
        )
    )
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
        'xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '<meta name="generator" content="vBulletin 3.8.11"><meta name="keywords" content="DCC, decoder, Hornby, '
        'model railway">'
        f'<meta name="description" content="{esc(op_paras[0][:150])}">'
        '<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_important.css?v=3811">'
        '<script type="text/javascript" src="clientscript/vbulletin_global.js?v=3811"></script>'
        f"<title>{title} - Rail Modellers' Forum</title></head>"
        '<body><a name="top"></a><table border="0" width="100%" cellpadding="0" cellspacing="0" align="center">'
        '<tr><td align="left"><a href="index.php"><img src="images/misc/forum_logo.gif" border="0" alt="Rail '
        'Modellers\' Forum"></a></td><td align="right" id="header_right_cell">&nbsp;</td></tr></table>'
        '<div align="center"><div class="page" style="width:100%; text-align:left"><div style="padding:0px 25px">'
        '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr>'
        '<td class="alt1" width="100%"><table cellpadding="0" cellspacing="0" border="0"><tr valign="bottom">'
        '<td><span class="navbar"><a href="index.php" accesskey="1">Rail Modellers\' Forum</a></span> '
        '<span class="navbar">&gt; <a href="forumdisplay.php?f=4">Layouts &amp; Locos</a></span> '
        '<span class="navbar">&gt; <a href="forumdisplay.php?f=17">DCC &amp; Electrics</a></span></td></tr>'
        f'<tr><td class="navbar" style="font-size:10pt; padding-top:1px" colspan="3"><strong>{title}</strong></td>'
        '</tr></table></td><td class="alt2" nowrap="nowrap" style="padding:0px"><form action="login.php?do=login" '
        'method="post"><table cellpadding="0" cellspacing="3" border="0"><tr><td class="smallfont">User Name</td>'
        '<td><input type="text" class="bginput" name="vb_login_username" size="10"></td></tr></table></form></td>'
        '</tr></table><br><div class="tborder" style="padding:1px; border-top-width:0px"><table cellpadding="0" '
        'cellspacing="0" border="0" width="100%" align="center"><tr align="center"><td class="vbmenu_control">'
        '<a href="register.php" rel="nofollow">Register</a></td><td class="vbmenu_control"><a href="faq.php">FAQ</a>'
        '</td><td class="vbmenu_control"><a href="memberlist.php">Members List</a></td><td class="vbmenu_control">'
        '<a href="search.php?do=getdaily" accesskey="2">Today\'s Posts</a></td></tr></table></div><br>'
        '<table width="100%"><tr valign="top"><td width="80%">'
        f'<table cellpadding="0" cellspacing="0" border="0" width="100%" style="margin-bottom:3px"><tr valign="bottom">'
        f'<td class="smallfont"><a href="newreply.php?do=newreply&amp;noquote=1&amp;p={op_pid}" rel="nofollow">'
        f'<img src="images/buttons/reply.gif" alt="Reply" border="0"></a></td><td align="right">{pagenav}</td></tr>'
        '</table><div id="posts">'
        + "".join(blocks)
        + f'</div>{pagenav}<br><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%">'
        '<thead><tr><td class="tcat" colspan="5">Quick Reply</td></tr></thead><tr><td class="panelsurround" '
        'align="center" colspan="5"><textarea name="message" rows="10" cols="60"></textarea><br>'
        '<input type="submit" class="button" value="Post Quick Reply"></td></tr></table></td>'
        '<td width="20%"><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%">'
        '<tr><td class="tcat">Forum Jump</td></tr><tr><td class="alt1"><select name="f"><option>Layouts &amp; '
        "Locos</option><option>DCC &amp; Electrics</option><option>Scenery</option><option>For Sale</option>"
        '</select></td></tr><tr><td class="tcat">Thread Tools</td></tr><tr><td class="alt1"><a href="printthread.'
        'php?t=48812" rel="nofollow">Show Printable Version</a><br><a href="sendmessage.php?do=sendtofriend&amp;'
        't=48812" rel="nofollow">Email this Page</a></td></tr></table></td></tr></table><br>'
        '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">'
        '<thead><tr><td class="tcat" colspan="5">Similar Threads</td></tr></thead><tr><td class="thead">Thread</td>'
        '<td class="thead">Thread Starter</td><td class="thead">Forum</td><td class="thead">Replies</td>'
        f'<td class="thead">Last Post</td></tr>{similar}</table><br>'
        '<div class="smallfont" align="center">All times are GMT. The time now is <span class="time">06:12 PM'
        "</span>.</div></div></div></div>"
        '<form action="index.php" method="get"><table cellpadding="6" cellspacing="0" border="0" width="100%" '
        'class="page" align="center"><tr><td class="tfoot"><select name="styleid"><option>-- Default Style'
        '</option></select></td><td class="tfoot" align="right" width="100%"><div class="smallfont"><strong>'
        '<a href="sendmessage.php" rel="nofollow" accesskey="9">Contact Us</a> - <a href="index.php">Rail Modellers'
        '\' Forum</a> - <a href="archive/index.php">Archive</a> - <a href="#top" onclick="self.scrollTo(0, 0); '
        'return false;">Top</a></strong></div></td></tr></table></form>'
        '<div align="center"><div class="smallfont" align="center">Powered by vBulletin® Version 3.8.11<br>'
        "Copyright ©2000 - 2024, vBulletin Solutions, Inc.</div></div></body></html>"
    )
    return (
        url,
        page,
        truth(rows, shown, lambda c: c.when.strftime("%Y-%m-%dT%H:%M")),
        next_url,
        (
            "Post #1 is the opening post, not a comment. Parent = the quoted post; a post quoting the opening post "
            "is top-level. Text excludes the quote block and signatures."
        ),
    )


# ---------------------------------------------------------------- 7 German newspaper


def german() -> tuple[str, str, list[dict], str | None, str]:
    """A German regional newspaper: 'Leserkommentare', newest thread first, numbered; replies
    nested in a list under the comment, each with 'Antwort auf <name>'; dates '03.05.2024, 14:12 Uhr'."""
    rng = random.Random(707)
    stems = [
        "Waldkauz",
        "Nordlicht",
        "Flusskiesel",
        "Rheinländer",
        "Pendlerin",
        "Bürgerin",
        "Stadtkind",
        "Altstädter",
        "Radlerin",
        "Querdenker",
        "Bergziege",
        "Hafenblick",
        "Zaungast",
        "Lindenbaum",
        "Spätschicht",
    ]
    pool: list[str] = []
    while len(pool) < 12:
        n = rng.choice(
            [
                f"{rng.choice(stems)}{rng.randint(1, 99)}",
                rng.choice(stems),
                f"{rng.choice(['Klaus', 'Petra', 'Jens', 'Anke', 'Uwe', 'Sabine'])} "
                f"{rng.choice(['M.', 'K.', 'aus Deutz', 'S.'])}",
            ]
        )
        if n not in pool:
            pool.append(n)
    t0 = datetime(2024, 5, 3, 5, 0, tzinfo=UTC)
    rows0 = pick(lambda r: list(flatten(gen_tree(r, pool, "de", r.randint(5, 8), [0, 3, 2, 2], 5501200, t0))), 7070)
    forest = sorted((c for c in rows0 if c.parent is None), key=lambda c: c.when, reverse=True)
    for c in rows0:
        c.children.sort(key=lambda k: k.when)
    rows = list(flatten(forest))
    title = "Stadtrat beschließt Busspuren in der Innenstadt"
    url = "https://www.rheinstadt-anzeiger.example/lokales/innenstadt/stadtrat-beschliesst-busspuren-100482.html"
    next_url = url + "?kommentarseite=2#leserkommentare"
    total = 47

    def shown(c: C) -> str:
        return c.when.astimezone(CEST).strftime("%d.%m.%Y, %H:%M Uhr")

    def li(c: C, label: str) -> str:
        bezug = (
            f'<p class="kommentar__bezug">Antwort auf <a href="#kommentar-{c.parent.cid}">'
            f"{esc(c.parent.author)}</a></p>"
            if c.parent
            else ""
        )
        kids = "".join(li(k, "") for k in c.children)
        sub = f'<ul class="kommentar__antworten">{kids}</ul>' if kids else ""
        return (
            f'<li class="kommentar{" kommentar--antwort" if c.parent else ""}" id="kommentar-{c.cid}">'
            f'<div class="kommentar__kopf">{label}<a class="kommentar__autor" href="/nutzer/{slug(c.author)}">'
            f'{esc(c.author)}</a> <span class="kommentar__datum">{shown(c)}</span></div>{bezug}'
            f'<div class="kommentar__text">{ps(c)}</div>'
            f'<div class="kommentar__aktionen"><button class="kommentar__antworten-btn" type="button">Antworten'
            f'</button> <button class="kommentar__empfehlen" type="button">Empfehlen ({c.cid % 23})</button> '
            f'<a class="kommentar__melden" href="/kommentar/melden/{c.cid}">Melden</a></div>{sub}</li>'
        )

    items = "".join(li(c, f'<span class="kommentar__nummer">#{total - i}</span> ') for i, c in enumerate(forest))
    body = "".join(f"<p>{esc(p)}</p>" for p in article_paras(7071, "de", 6))
    meist = "".join(
        f'<li><a href="/lokales/{slug(t)}-10{i}.html">{esc(t)}</a></li>'
        for i, t in enumerate(
            [
                "Rheinbrücke: Sperrung bis Ende Juni",
                "Neues Freibad öffnet früher",
                "Mieten steigen im Umland stärker",
                "Stadtfest mit weniger Ständen",
                "Grundschule bekommt Erweiterungsbau",
            ]
        )
    )
    page = (
        head(
            lang="de",
            title=f"{title} | Rheinstadt-Anzeiger",
            desc="Nach langer Debatte hat der Stadtrat neue "
            "Busspuren beschlossen. Händler befürchten weniger Kundschaft.",
            url=url,
            site="Rheinstadt-Anzeiger",
            published="2024-05-03T06:30:00+02:00",
            author="Anna Lembeck",
            headline=title,
            extra='<meta name="robots" content="index, follow, max-image-preview:large">',
        )
        + '<body><header class="kopf"><a class="kopf__logo" href="/">Rheinstadt-Anzeiger</a>'
        '<nav class="hauptnavigation" aria-label="Ressorts"><ul><li><a href="/lokales">Lokales</a></li>'
        '<li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/sport">'
        'Sport</a></li><li><a href="/kultur">Kultur</a></li></ul></nav><a class="kopf__abo" href="/abo">Abo</a>'
        '<a class="kopf__login" href="/anmelden">Anmelden</a></header>'
        '<div class="seite"><main><nav class="brotkrumen"><a href="/">Startseite</a> › <a href="/lokales">Lokales'
        '</a> › <a href="/lokales/innenstadt">Innenstadt</a></nav><article class="artikel">'
        '<p class="artikel__dachzeile">Verkehr</p>'
        f'<h1 class="artikel__titel">{title}</h1>'
        '<p class="artikel__vorspann">Nach langer Debatte hat der Stadtrat neue Busspuren beschlossen. Händler '
        "befürchten weniger Kundschaft.</p>"
        '<div class="artikel__meta"><span class="artikel__autor">Von Anna Lembeck</span> '
        '<time datetime="2024-05-03T06:30:00+02:00">03.05.2024, 06:30 Uhr</time> '
        '<span class="artikel__lesezeit">3 Min. Lesezeit</span></div>'
        f'<div class="artikel__text">{body}</div>'
        '<div class="artikel__teilen"><a href="#">Teilen</a> <a href="#">Drucken</a></div></article>'
        f'<section id="leserkommentare" class="leserkommentare"><h2>Leserkommentare ({total})</h2>'
        '<p class="leserkommentare__hinweis">Die Kommentarfunktion wird moderiert. Bitte beachten Sie unsere '
        '<a href="/netiquette">Netiquette</a>.</p>'
        '<div class="leserkommentare__sortierung">Sortieren: <a class="aktiv" href="?sort=neu#leserkommentare">'
        'Neueste zuerst</a> | <a href="?sort=alt#leserkommentare">Älteste zuerst</a> | '
        '<a href="?sort=empfohlen#leserkommentare">Meistempfohlen</a></div>'
        '<form class="kommentar-formular"><textarea placeholder="Ihr Kommentar"></textarea>'
        "<button>Kommentar absenden</button></form>"
        f'<ul class="kommentar-liste">{items}</ul>'
        f'<nav class="leserkommentare__seiten"><span class="aktuell">Seite 1 von 3</span> '
        f'<a class="leserkommentare__weiter" rel="next" href="{esc(next_url)}">Nächste Seite</a></nav>'
        "</section></main>"
        f'<aside class="randspalte"><section class="meistgelesen"><h2>Meistgelesen</h2><ol>{meist}</ol></section>'
        '<section class="newsletter"><h2>Newsletter</h2><p>Das Wichtigste aus Rheinstadt, jeden Morgen.</p>'
        '<form><input type="email" placeholder="E-Mail-Adresse"><button>Abonnieren</button></form></section>'
        '<div class="anzeige">Anzeige</div></aside></div>'
        '<footer class="fuss"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz'
        '</a></li><li><a href="/agb">AGB</a></li><li><a href="/kontakt">Kontakt</a></li></ul>'
        "<p>© 2024 Rheinstadt-Anzeiger Verlag GmbH</p></footer></body></html>"
    )
    return (
        url,
        page,
        truth(rows, shown, lambda c: c.when.astimezone(CEST).strftime("%Y-%m-%dT%H:%M")),
        next_url,
        "Threads newest first, replies oldest first. Dates show local time only (naive ISO).",
    )


# ---------------------------------------------------------------- 8 French blog


MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def french() -> tuple[str, str, list[dict], str | None, str]:
    """A French WordPress-like blog: <ol class="commentlist"> with <ol class="children">, each
    comment marked up with schema.org Comment: author in <span itemprop="author">, date in
    <time>; the blog's author answers with a badge. The head links the next *post* with
    rel=next; the next page of *comments* is in the comment navigation."""
    random.Random(808)
    pool = [
        "Camille",
        "Léa D.",
        "Jean-Pierre Morel",
        "Nathalie",
        "Yann K.",
        "Sophie Marchand",
        "Amélie B.",
        "Olivier",
        "Inès",
        "Marc-Antoine",
        "boulangerdudimanche",
        "Claire L.",
    ]
    blogger = "Sophie Marchand"
    t0 = datetime(2024, 5, 3, 6, 15, tzinfo=UTC)
    rows = pick(lambda r: list(flatten(gen_tree(r, pool, "fr", r.randint(5, 8), [0, 3, 2, 2], 15310, t0))), 8080)
    forest = [c for c in rows if c.parent is None]
    title = "Pain au levain en été : maîtriser la fermentation"
    url = "https://www.levain-et-farine.example/2024/05/pain-au-levain-en-ete/"
    next_url = url + "comment-page-2/#comments"

    def shown(c: C) -> str:
        d = c.when.astimezone(CEST)
        return f"{d.day} {MOIS[d.month - 1]} {d.year} à {d.hour} h {d.minute:02d} min"

    def li(c: C, depth: int) -> str:
        auteur = c.author == blogger
        name = (
            f'<a href="https://www.levain-et-farine.example/" class="url" rel="ugc">{esc(c.author)}</a>'
            if auteur
            else (
                f'<a href="https://{slug(c.author)}.blog.example/" class="url" rel="ugc external '
                f'nofollow">{esc(c.author)}</a>'
                if c.cid % 3 == 0
                else esc(c.author)
            )
        )
        kids = "".join(li(k, depth + 1) for k in c.children)
        sub = f'<ol class="children">{kids}</ol>' if kids else ""
        return (
            f'<li id="comment-{c.cid}" class="comment{" byuser comment-author-sophie bypostauthor" if auteur else ""} '
            f'{"even" if depth % 2 == 0 else "odd"} depth-{depth}{" parent" if kids else ""}" itemprop="comment" '
            'itemscope itemtype="https://schema.org/Comment">'
            f'<article id="div-comment-{c.cid}" class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/{c.cid:x}?s=56'
            f'&amp;d=mm&amp;r=g" class="avatar avatar-56 photo" height="56" width="56" loading="lazy">'
            f'<b class="fn"><span itemprop="author">{name}</span></b>'
            + ('<span class="badge-auteur">Auteur</span>' if auteur else "")
            + ' <span class="says">dit :</span></div>'
            f'<div class="comment-metadata"><a href="{url}#comment-{c.cid}"><time datetime="'
            f'{c.when.astimezone(CEST).isoformat()}" itemprop="dateCreated">{shown(c)}</time></a></div></footer>'
            f'<div class="comment-content" itemprop="text">{ps(c)}</div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={c.cid}#respond" '
            f'data-commentid="{c.cid}" data-postid="2214" data-belowelement="div-comment-{c.cid}" '
            f'data-respondelement="respond" aria-label="Répondre à {esc(c.author)}">Répondre</a></div></article>'
            f"{sub}</li>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article_paras(8081, "fr", 6))
    recent = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">{esc(a)}</span> dans '
        f'<a href="/2024/04/{slug(t)}/#comment-{15000 + 7 * i}">{esc(t)}</a></li>'
        for i, (a, t) in enumerate(
            [
                (pool[0], "La farine de seigle, mode d’emploi"),
                (pool[3], "Mon four ne chauffe pas assez"),
                (blogger, "Mon four ne chauffe pas assez"),
            ]
        )
    )
    page = (
        head(
            lang="fr-FR",
            title=f"{title} – Levain & Farine",
            desc="Quand il fait chaud, le levain s’emballe : mes réglages pour garder la main sur la fermentation.",
            url=url,
            site="Levain & Farine",
            published="2024-05-03T07:00:00+02:00",
            author=blogger,
            headline=title,
            ld_type="BlogPosting",
            extra="<link rel='prev' title='Farine de seigle, mode d’emploi' href='https://www.levain-et-farine."
            "example/2024/04/farine-de-seigle/'>"
            "<link rel='next' title='Mon four ne chauffe pas assez' href='https://www.levain-et-farine."
            "example/2024/05/mon-four-ne-chauffe-pas-assez/'>"
            "<meta name='generator' content='WordPress 6.5.2'>",
        )
        + '<body class="post-template-default single single-post postid-2214 single-format-standard">'
        '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>'
        '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">'
        '<a href="/" rel="home">Levain &amp; Farine</a></p><p class="site-description">Carnet d’une boulangère '
        'amatrice</p></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        '<li><a href="/">Accueil</a></li><li><a href="/recettes/">Recettes</a></li><li><a href="/techniques/">'
        'Techniques</a></li><li><a href="/a-propos/">À propos</a></li></ul></nav></header>'
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" '
        'class="site-main"><article id="post-2214" class="post-2214 post type-post status-publish">'
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1><div class="entry-meta">'
        '<span class="posted-on">Publié le <a href="/2024/05/pain-au-levain-en-ete/" rel="bookmark"><time '
        'class="entry-date published" datetime="2024-05-03T07:00:00+02:00">3 mai 2024</time></a></span> '
        f'<span class="byline">par <span class="author vcard"><a class="url fn n" href="/author/sophie/">{blogger}'
        "</a></span></span></div></header>"
        f'<div class="entry-content">{body}</div>'
        '<footer class="entry-footer"><span class="cat-links">Publié dans <a href="/techniques/" rel="category tag">'
        "Techniques</a></span></footer></article>"
        '<nav class="navigation post-navigation" aria-label="Publications"><div class="nav-links">'
        '<div class="nav-previous"><a href="/2024/04/farine-de-seigle/" rel="prev">← Farine de seigle, mode '
        'd’emploi</a></div><div class="nav-next"><a href="/2024/05/mon-four-ne-chauffe-pas-assez/" rel="next">Mon '
        "four ne chauffe pas assez →</a></div></div></nav>"
        f'<div id="comments" class="comments-area"><h2 class="comments-title">31 réflexions sur « {title} »</h2>'
        '<ol class="commentlist">' + "".join(li(c, 1) for c in forest) + "</ol>"
        '<nav class="navigation comment-navigation" aria-label="Navigation des commentaires">'
        '<h2 class="screen-reader-text">Navigation des commentaires</h2><div class="nav-links">'
        f'<div class="nav-next"><a href="{next_url}">Commentaires plus récents →</a></div></div></nav>'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un '
        'commentaire</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués '
        'avec *</p><p class="comment-form-comment"><label for="comment">Commentaire *</label><textarea id="comment" '
        'name="comment" cols="45" rows="8"></textarea></p><p class="comment-form-author"><label for="author">Nom *'
        '</label><input id="author" name="author" type="text"></p><p class="form-submit"><input name="submit" '
        'type="submit" id="submit" class="submit" value="Laisser un commentaire"></p></form></div></div>'
        "</main></div>"
        '<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search">'
        '<form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" '
        'placeholder="Rechercher…" name="s"></form></section><section id="recent-posts-2" class="widget '
        'widget_recent_entries"><h2 class="widget-title">Articles récents</h2><ul><li><a href="/2024/05/mon-four-ne-'
        'chauffe-pas-assez/">Mon four ne chauffe pas assez</a></li><li><a href="/2024/04/farine-de-seigle/">Farine '
        "de seigle, mode d’emploi</a></li></ul></section>"
        f'<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Commentaires '
        f'récents</h2><ul id="recentcomments">{recent}</ul></section>'
        '<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li>'
        '<a href="/2024/05/">mai 2024</a></li><li><a href="/2024/04/">avril 2024</a></li></ul></section></aside>'
        '</div><footer id="colophon" class="site-footer"><div class="site-info"><a href="https://fr.wordpress.org/">'
        "Fièrement propulsé par WordPress</a> | Thème : Sablier</div></footer></div></body></html>"
    )
    return (
        url,
        page,
        truth(rows, shown, lambda c: c.when.astimezone(CEST).isoformat()),
        next_url,
        "The head's rel=next is the next post, not the next comment page. The 'Auteur' badge is not in the name.",
    )


# ---------------------------------------------------------------- 9 Spanish flat list with data-parent-id


MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def spanish() -> tuple[str, str, list[dict], str | None, str]:
    """A Spanish news site printing its comments flat in time order; a reply is marked only by a
    data-parent-id attribute (0 for a top-level comment): no indentation, no 'in reply to'."""
    random.Random(909)
    pool = [
        "María José",
        "jlopez_72",
        "Carmen R.",
        "Alberto Sanz",
        "vecina_del_centro",
        "Pilar",
        "Dani G.",
        "Rocío Fernández",
        "elciclista",
        "Javier M.",
        "Lucía",
        "Tomás Herrero",
    ]
    t0 = datetime(2024, 5, 3, 6, 30, tzinfo=UTC)

    def build(r: random.Random) -> list[C]:
        return sorted(
            flatten(gen_tree(r, pool, "es", r.randint(5, 8), [0, 3, 2, 2], 3307710, t0)), key=lambda c: (c.when, c.cid)
        )

    rows = pick(build, 9090)
    title = "El ayuntamiento aprueba el nuevo plan de movilidad con más carriles bici"
    url = "https://www.diariodelrio.example/local/2024/05/03/ayuntamiento-aprueba-plan-movilidad-carriles-bici.html"

    def shown(c: C) -> str:
        d = c.when.astimezone(CEST)
        return f"{d.day} de {MESES[d.month - 1]} de {d.year} · {d.hour:02d}:{d.minute:02d}"

    lis = "".join(
        f'<li class="comentario" id="comentario-{c.cid}" data-comment-id="{c.cid}" '
        f'data-parent-id="{c.parent.cid if c.parent else 0}">'
        f'<div class="comentario__cabecera"><img class="comentario__avatar" src="/static/avatares/{c.cid % 12}.svg" '
        f'alt=""><strong class="comentario__autor">{esc(c.author)}</strong> '
        f'<time class="comentario__fecha" datetime="{c.when.strftime("%Y-%m-%dT%H:%M:%SZ")}">{shown(c)}</time></div>'
        f'<div class="comentario__cuerpo">{ps(c)}</div>'
        f'<div class="comentario__acciones"><button class="btn-responder" data-reply-to="{c.cid}">Responder</button> '
        f'<button class="btn-megusta">Me gusta <span>{c.cid % 17}</span></button> '
        f'<button class="btn-denunciar">Denunciar</button></div></li>'
        for c in rows
    )
    body = "".join(f"<p>{esc(p)}</p>" for p in article_paras(9091, "es", 6))
    leido = "".join(
        f'<li><a href="/local/2024/05/0{1 + i % 3}/{slug(t)}.html">{esc(t)}</a></li>'
        for i, t in enumerate(
            [
                "Cortes de agua en el barrio norte este fin de semana",
                "La feria del libro vuelve a la plaza mayor",
                "Suben los precios del alquiler un 8 por ciento",
                "Nuevo horario de verano para los autobuses urbanos",
            ]
        )
    )
    page = (
        head(
            lang="es",
            title=f"{title} | Diario del Río",
            desc="El pleno aprobó el plan con los votos del gobierno "
            "municipal; la oposición pide más consulta vecinal.",
            url=url,
            site="Diario del Río",
            published="2024-05-03T08:05:00+02:00",
            author="Elena Castaño",
            headline=title,
        )
        + '<body class="noticia"><header class="cabecera"><a class="cabecera__logo" href="/">Diario del Río</a>'
        '<nav class="menu-principal"><ul><li><a href="/local/">Local</a></li><li><a href="/espana/">España</a></li>'
        '<li><a href="/economia/">Economía</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/cultura/">'
        'Cultura</a></li></ul></nav><a class="cabecera__suscribete" href="/suscripcion/">Suscríbete</a>'
        '<a class="cabecera__entrar" href="/usuarios/entrar/">Iniciar sesión</a></header>'
        '<div class="contenedor"><main class="principal"><article class="articulo">'
        '<p class="articulo__antetitulo">Movilidad</p>'
        f'<h1 class="articulo__titular">{title}</h1>'
        '<p class="articulo__entradilla">El pleno aprobó el plan con los votos del gobierno municipal; la oposición '
        "pide más consulta vecinal.</p>"
        '<div class="articulo__firma">Elena Castaño · <time datetime="2024-05-03T08:05:00+02:00">3 may 2024 - 08:05'
        " CEST</time></div>"
        f'<div class="articulo__cuerpo">{body}</div>'
        '<div class="articulo__compartir"><a href="#">Compartir en Facebook</a> <a href="#">Compartir en X</a> '
        '<a href="#">Enviar por correo</a></div></article>'
        f'<section class="comentarios" id="comentarios"><h2 class="comentarios__titulo">Comentarios '
        f'<span class="comentarios__total">({len(rows)})</span></h2>'
        '<p class="comentarios__normas">Los comentarios son responsabilidad de sus autores. Consulte las '
        '<a href="/normas-de-participacion/">normas de participación</a>.</p>'
        '<form class="comentarios__formulario"><textarea placeholder="Escribe tu comentario"></textarea>'
        "<button>Publicar</button></form>"
        f'<ul class="comentarios__lista">{lis}</ul></section></main>'
        f'<aside class="lateral"><section class="lo-mas-leido"><h2>Lo más leído</h2><ol>{leido}</ol></section>'
        '<section class="boletin"><h2>Boletín</h2><p>Las noticias de tu ciudad cada mañana.</p><form>'
        '<input type="email" placeholder="Correo electrónico"><button>Apuntarme</button></form></section></aside></div>'
        '<footer class="pie"><ul><li><a href="/aviso-legal/">Aviso legal</a></li><li><a href="/privacidad/">Política '
        'de privacidad</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/contacto/">Contacto</a></li></ul>'
        "<p>© Diario del Río S.L. 2024</p></footer></body></html>"
    )
    return (
        url,
        page,
        truth(rows, shown, lambda c: c.when.astimezone(CEST).isoformat()),
        None,
        "Page order = time order; parent only from data-parent-id. Shown time is Madrid local (UTC+2).",
    )


# ---------------------------------------------------------------- 10 Japanese news site


def japanese() -> tuple[str, str, list[dict], str | None, str]:
    """A Japanese news portal comment area ('コメント', '返信', '共感した'): replies nested under
    the comment in a reply block with a '返信N件' heading; dates '2024年5月3日 14:12'."""
    rng = random.Random(1010)
    fam = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"]
    giv = ["さくら", "ひろし", "ゆうき", "まさる", "なおみ", "けんた", "あやか", "たけし"]
    nicks = ["通りすがりの会社員", "地元民", "元技術者", "川沿い在住", "hiro_2024", "ねこまる", "市民A"]
    pool: list[str] = []
    while len(pool) < 11:
        n = rng.choice([f"{rng.choice(fam)}{rng.choice(giv)}", rng.choice(nicks)])
        if n not in pool:
            pool.append(n)
    t0 = datetime(2024, 5, 3, 0, 30, tzinfo=UTC)
    rows = pick(lambda r: list(flatten(gen_tree(r, pool, "ja", r.randint(5, 8), [0, 3, 2, 2], 770012, t0))), 10100)
    forest = [c for c in rows if c.parent is None]
    title = "市議会、川に架かる新しい橋の建設予算を可決　完成は2028年度の見通し"
    url = "https://news.kawabe-shimbun.example/articles/20240503-00012"
    next_url = url + "/comments?page=2"

    def shown(c: C) -> str:
        d = c.when.astimezone(JST)
        return f"{d.year}年{d.month}月{d.day}日 {d.hour:02d}:{d.minute:02d}"

    def li(c: C) -> str:
        kids = "".join(li(k) for k in c.children)
        replies = (
            f'<div class="comment-replies"><p class="comment-replies__count">返信{len(c.children)}件</p>'
            f'<ul class="comment-list comment-list--reply">{kids}</ul></div>'
            if kids
            else ""
        )
        return (
            f'<li class="comment-item" data-comment-id="{c.cid}"><div class="comment-head">'
            f'<img class="comment-icon" src="/img/user/{c.cid % 20}.png" alt="">'
            f'<a class="comment-user" href="/users/{c.cid % 9000}">{esc(c.author)}</a>'
            f'<span class="comment-date">{shown(c)}</span></div>'
            f'<div class="comment-body">{ps(c, "comment-text")}</div>'
            f'<div class="comment-reaction"><button class="reaction reaction--empathy">共感した '
            f'<span>{c.cid % 31}</span></button><button class="reaction reaction--insight">なるほど '
            f'<span>{c.cid % 7}</span></button><button class="reaction reaction--hmm">うーん <span>{c.cid % 5}</span>'
            f'</button><button class="comment-reply-btn">返信</button><button class="comment-report">違反報告</button>'
            f"</div>{replies}</li>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article_paras(10101, "ja", 6))
    rank = "".join(
        f'<li><span class="rank">{i + 1}</span><a href="/articles/2024050{1 + i % 3}-000{i + 3}">{esc(t)}</a></li>'
        for i, t in enumerate(
            [
                "大雨で市内の一部道路が通行止め",
                "駅前再開発、来年春に着工へ",
                "小学校の給食費、4月から値上げ",
                "夏祭りの日程が決定",
            ]
        )
    )
    page = (
        head(
            lang="ja",
            title=f"{title}（河辺新聞）",
            desc="市議会は3日、川に架かる新しい橋の建設予算を賛成多数で可決した。",
            url=url,
            site="河辺新聞デジタル",
            published="2024-05-03T09:00:00+09:00",
            author="河辺新聞",
            headline=title,
        )
        + '<body><header class="header"><div class="header__logo"><a href="/">河辺新聞デジタル</a></div>'
        '<nav class="gnav"><ul><li><a href="/">トップ</a></li><li><a href="/domestic">国内</a></li>'
        '<li><a href="/world">国際</a></li><li><a href="/business">経済</a></li><li><a href="/local">地域</a></li>'
        '<li><a href="/sports">スポーツ</a></li></ul></nav><div class="header__login"><a href="/login">ログイン</a>'
        '</div></header><div class="wrapper"><main class="main"><article class="article">'
        f'<h1 class="article__title">{title}</h1><div class="article__meta"><time datetime="2024-05-03T09:00:00+09:00">'
        '2024年5月3日 9:00</time><span class="article__source">河辺新聞</span></div>'
        f'<div class="article__body">{body}</div>'
        '<div class="article__share"><a href="#">X（旧Twitter）でシェア</a> <a href="#">LINEで送る</a></div></article>'
        f'<section id="comment" class="comment-area"><h2 class="comment-area__title">コメント<span>（{len(rows) + 24}件）'
        '</span></h2><p class="comment-area__policy">コメントは利用者個人の意見です。<a href="/comment-policy">'
        'コメントポリシー</a>をご確認ください。</p><div class="comment-sort"><a class="is-active" href="?sort=recommend">'
        'おすすめ順</a> | <a href="?sort=new">新着順</a> | <a href="?sort=empathy">共感が多い順</a></div>'
        '<ul class="comment-list">' + "".join(li(c) for c in forest) + "</ul>"
        f'<div class="pager"><span class="pager__current">1</span> <a href="{url}/comments?page=2">2</a> '
        f'<a class="pager__next" rel="next" href="{next_url}">次へ</a></div></section></main>'
        f'<aside class="side"><section class="ranking"><h2>アクセスランキング</h2><ol>{rank}</ol></section>'
        '<section class="side-ad"><p>広告</p></section></aside></div>'
        '<footer class="footer"><ul><li><a href="/terms">利用規約</a></li><li><a href="/privacy">プライバシーポリシー'
        '</a></li><li><a href="/contact">お問い合わせ</a></li></ul><p>© 2024 河辺新聞社</p></footer></body></html>'
    )
    return (
        url,
        page,
        truth(rows, shown, lambda c: c.when.astimezone(JST).strftime("%Y-%m-%dT%H:%M")),
        next_url,
        "Dates are Japan wall time without a zone (naive ISO).",
    )


TEMPLATES: dict[str, Callable[[], tuple[str, str, list[dict], str | None, str]]] = {
    "01-news-section-article": news_sections,
    "02-discourse-topic": discourse,
    "03-stackexchange-qa": stackexchange,
    "04-lemmy-details-tree": lemmy,
    "05-mastodon-thread": mastodon,
    "06-table-forum-quotes": quote_forum,
    "07-de-leserkommentare": german,
    "08-fr-blog-commentlist": french,
    "09-es-flat-data-parent": spanish,
    "10-ja-comments": japanese,
}


# Its truth makes the answers of a Q&A page top-level comments; a real Q&A page in
# trafilatura-eval (german.stackexchange.com) has them as the page's text, and the extractor follows
# the real page.
LEFT_OUT = frozenset({"03-stackexchange-qa"})


def write(folder: Path) -> None:
    """The pages and truth.jsonl of every template, into `folder`."""
    records = []
    for name, make in sorted(TEMPLATES.items()):
        if name in LEFT_OUT:
            continue
        url, page, comments, next_url, notes = make()
        assert 10 <= len(comments) <= 25, (name, len(comments))
        (folder / f"{name}.html").write_text(page, encoding="utf-8")
        records.append(
            {
                "id": name,
                "file": f"{name}.html",
                "url": url,
                "template": name[3:],
                "comments": comments,
                "next_page_url": next_url,
                "notes": notes,
            }
        )
    with (folder / "truth.jsonl").open("w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    write(Path(__file__).resolve().parent)


if __name__ == "__main__":
    main()
