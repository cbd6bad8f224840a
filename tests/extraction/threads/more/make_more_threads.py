"""Writes twelve more hand-made thread fixtures (whole article pages with a thread of 8-25
comments) and their truth (corpus format of ../shared/corpora/README.md), scored by
`score-comments --corpus tests/extraction/threads/more`.

They were written as a held-out set (stop 22) in the shape of kinds of thread markup the extractor
had not met: Disqus-like and Isso-like embeds, phpBB-, XenForo- and vBulletin-like forums that
thread by quotes, Commento-, Giscus-, Coral- and Facebook-plugin-like markup, a guestbook of <dl>
entries, replies indented by margin-left only, aria-level. None is copied from a site; names,
texts and dates come from fixed seeds, so that page and truth always agree. The extractor was then
developed until it reads them all: they are fixtures now, not a held-out set
(bench/heldout_threads.py holds one).

    python tests/extraction/threads/more/make_more_threads.py
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- words, names, dates

_WORDS_TEXT = {
    "en": "the a this that we they it is was not but and or because really think know data study paper result "
    "method sample size effect model climate energy price market city council school water river bridge road train "
    "bus budget tax vote policy report source author editor reader question answer point argument evidence claim "
    "number percent year month week morning evening night summer winter good bad strange obvious wrong right fair "
    "unfair cheap expensive slow fast old new local national small large agree disagree wonder doubt expect "
    "remember forget explain measure compare build repair replace open close read write link share test check prove "
    "miss find lose keep change move stay start stop",
    "de": "der die das und ist nicht aber weil wirklich denke weiß daten studie ergebnis methode stadt rat schule "
    "wasser fluss brücke straße zug bus haushalt steuer wahl bericht quelle autor leser frage antwort punkt argument "
    "beweis zahl prozent jahr monat woche morgen abend nacht sommer winter gut schlecht seltsam offensichtlich falsch "
    "richtig fair billig teuer langsam schnell alt neu lokal klein groß zustimmen zweifeln erwarten erinnern "
    "vergessen erklären messen vergleichen bauen reparieren ersetzen öffnen schließen lesen schreiben teilen prüfen "
    "finden verlieren behalten ändern bleiben anfangen aufhören wir sie es war auch noch schon immer hier dort",
    "fr": "le la les un une ce cette nous ils elle est était pas mais et ou parce vraiment pense sais données étude "
    "article résultat méthode ville conseil école eau rivière pont route train bus budget impôt vote politique "
    "rapport source auteur lecteur question réponse point argument preuve chiffre pourcent année mois semaine matin "
    "soir nuit été hiver bon mauvais étrange évident faux juste cher lent rapide vieux nouveau local petit grand "
    "accord doute attendre oublier expliquer mesurer comparer construire réparer remplacer ouvrir fermer lire écrire "
    "partager vérifier trouver perdre garder changer rester commencer arrêter aussi encore déjà toujours ici",
    "es": "el la los las un una este esta nosotros ellos es era no pero y o porque realmente creo sé datos estudio "
    "artículo resultado método ciudad consejo escuela agua río puente carretera tren autobús presupuesto impuesto "
    "voto política informe fuente autor lector pregunta respuesta punto argumento prueba número por ciento año mes "
    "semana mañana tarde noche verano invierno bueno malo extraño obvio falso justo caro barato lento rápido viejo "
    "nuevo local pequeño grande acuerdo dudo espero recuerdo olvido explicar medir comparar construir reparar "
    "cambiar abrir cerrar leer escribir compartir comprobar encontrar perder mantener quedar empezar parar también "
    "todavía ya siempre aquí",
}
WORDS: dict[str, list[str]] = {k: v.split() for k, v in _WORDS_TEXT.items()}

HANDLE_PARTS = [
    "amber",
    "basil",
    "cedar",
    "delta",
    "ember",
    "fennel",
    "garnet",
    "hazel",
    "indigo",
    "juniper",
    "kestrel",
    "linden",
    "maple",
    "nettle",
    "olive",
    "pepper",
    "quill",
    "rowan",
    "sorrel",
    "thistle",
    "umber",
    "violet",
    "willow",
    "yarrow",
    "zinnia",
]
GIVEN = {
    "en": [
        "Amber",
        "Basil",
        "Cedar",
        "Dana",
        "Ember",
        "Felix",
        "Grace",
        "Hazel",
        "Ivan",
        "Julia",
        "Kira",
        "Leon",
        "Maya",
        "Nolan",
        "Owen",
        "Priya",
        "Quinn",
        "Ruth",
    ],
    "es": [
        "Inés",
        "José",
        "Lucía",
        "Álvaro",
        "Carmen",
        "Mateo",
        "Begoña",
        "Iñaki",
        "Nuria",
        "Rocío",
        "Jorge",
        "Marta",
        "Pablo",
        "Elena",
    ],
    "fr": [
        "Élodie",
        "Jérôme",
        "Zoé",
        "Margaux",
        "Benoît",
        "Chloé",
        "Théo",
        "Inès",
        "Lucas",
        "Maëlle",
        "Hugo",
        "Camille",
    ],
    "de": ["Jürgen", "Petra", "Uwe", "Sabine", "Jörg", "Anke", "Malte", "Birgit", "Torsten", "Heike", "Sören", "Ute"],
}
SURNAME = {
    "en": ["Hale", "Morrow", "Finch", "Lowe", "Tate", "Reyes", "Okafor", "Novak", "Brandt", "Keane", "Shaw", "Ibarra"],
    "es": ["García", "Muñoz", "Ortega", "Delgado", "Castro", "Rubio", "Navarro", "Iglesias", "Peña", "Serrano"],
    "fr": ["Lefèvre", "Moreau", "Giraud", "Roussel", "Fontaine", "Chevalier", "Mercier", "Blanc", "Faure", "Gauthier"],
    "de": ["Schäfer", "Krüger", "Möller", "Wagner", "Becker", "Hoffmann", "Schulz", "Köhler", "Vogt", "Lange"],
}
DE_PARTS = (
    ["Rad", "Fluss", "Berg", "Stadt", "Wald", "Käse", "Bahn", "Nord", "Moor", "Hafen"],
    ["fahrer", "läufer", "kind", "freund", "blick", "meister"],
)

CEST = timezone(timedelta(hours=2))
EDT = timezone(timedelta(hours=-4))

MONTHS = {
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
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
    ],
    "es": [
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
    ],
}
DAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def namer(style: str, lang: str = "en") -> Callable[[random.Random], str]:
    def handle(rng: random.Random) -> str:
        return f"{rng.choice(HANDLE_PARTS)}_{rng.choice(HANDLE_PARTS)}{rng.randint(1, 99)}"

    def full(rng: random.Random) -> str:
        return f"{rng.choice(GIVEN[lang])} {rng.choice(SURNAME[lang])}"

    def initial(rng: random.Random) -> str:
        return f"{rng.choice(GIVEN[lang])} {rng.choice(SURNAME[lang])[0]}."

    def de_handle(rng: random.Random) -> str:
        return f"{rng.choice(DE_PARTS[0])}{rng.choice(DE_PARTS[1])}{rng.choice(['', str(rng.randint(60, 99))])}"

    def lower_handle(rng: random.Random) -> str:
        return f"{rng.choice(GIVEN[lang]).lower()}{rng.choice(['_', '.', ''])}{rng.randint(10, 99)}"

    return {"handle": handle, "full": full, "initial": initial, "de": de_handle, "lower": lower_handle}[style]


@dataclass
class Node:
    author: str
    sents: list[str]
    when: datetime = datetime(2024, 1, 1, tzinfo=UTC)
    cid: int = 0
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None

    @property
    def text(self) -> str:
        return " ".join(self.sents)


def sentence(rng: random.Random, lang: str, lo: int = 7, hi: int = 16) -> str:
    words = [rng.choice(WORDS[lang]) for _ in range(rng.randint(lo, hi))]
    return " ".join(words).capitalize() + rng.choice([".", ".", "?", "!"])


def headline(rng: random.Random, lang: str) -> str:
    return " ".join(rng.choice(WORDS[lang]) for _ in range(rng.randint(4, 7))).capitalize()


def make_forest(
    seed: int,
    shape: list[int],
    lang: str,
    name: Callable[[random.Random], str],
    start_id: int,
    start: datetime,
    min_depth: int = 2,
    lo: int = 8,
    hi: int = 25,
) -> list[Node]:
    """A forest of shape[0] threads (shape[d] = most answers a comment at depth d may have), with
    between lo and hi comments and replies at least min_depth levels deep (1 = top level only).
    Comment ids and times follow a random chronological order in which every reply comes after the
    comment it answers."""
    for attempt in range(1000):
        rng = random.Random(seed * 1000 + attempt)

        def grow(depth: int, parent: Node | None, rng: random.Random = rng) -> list[Node]:
            if depth >= len(shape):
                return []
            out = []
            for _ in range(shape[0] if depth == 0 else rng.randint(0, shape[depth])):
                n = Node(name(rng), [sentence(rng, lang) for _ in range(rng.randint(1, 3))], parent=parent)
                n.children = grow(depth + 1, n, rng)
                out.append(n)
            return out

        forest = grow(0, None)
        rows = list(flatten(forest))
        if lo <= len(rows) <= hi and max(d for _, d, _ in rows) + 1 >= min_depth:
            break
    else:
        raise RuntimeError("no forest fits")
    # chronological order: a random linear extension of the tree
    available = list(forest)
    clock, cid = start, start_id
    while available:
        n = available.pop(0 if rng.random() < 0.4 else rng.randrange(len(available)))
        clock += timedelta(minutes=rng.randint(2, 45))
        cid += rng.randint(1, 9)
        n.when, n.cid = clock, cid
        available.extend(n.children)
    return forest


def flatten(forest: list[Node]) -> Iterator[tuple[Node, int, Node | None]]:
    """(comment, depth, parent) in page order of a nested thread (depth first)."""

    def visit(n: Node, depth: int, parent: Node | None) -> Iterator[tuple[Node, int, Node | None]]:
        yield n, depth, parent
        for c in n.children:
            yield from visit(c, depth + 1, n)

    for root in forest:
        yield from visit(root, 0, None)


def chronological(forest: list[Node]) -> list[tuple[Node, int, Node | None]]:
    """(comment, depth, parent) in the order a flat forum shows them: by time."""
    return sorted(flatten(forest), key=lambda row: row[0].when)


def truth_comments(rows: list[tuple[Node, int, Node | None]], shown: Callable[[Node], str], tz: timezone) -> list[dict]:
    index = {id(n): i for i, (n, _, _) in enumerate(rows)}
    return [
        {
            "author": n.author,
            "published": shown(n),
            "published_iso": n.when.astimezone(tz).isoformat(),
            "text": n.text,
            "parent": index[id(p)] if p is not None else None,
        }
        for n, _, p in rows
    ]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def paras(n: Node, tag: str = "p") -> str:
    """The comment's text as one or two paragraphs (the first sentence alone when there are three)."""
    groups = [n.sents[:1], n.sents[1:]] if len(n.sents) == 3 else [n.sents]
    if tag == "br":
        return "<br>\n<br>\n".join(esc(" ".join(g)) for g in groups)
    return "".join(f"<{tag}>{esc(' '.join(g))}</{tag}>" for g in groups)


def last_time(forest: list[Node]) -> datetime:
    return max(n.when for n, _, _ in flatten(forest))


def rel_en(now: datetime, d: datetime) -> str:
    m = int((now - d).total_seconds() // 60)
    if m < 60:
        return f"{m} minutes ago"
    if m < 24 * 60:
        return "an hour ago" if m // 60 == 1 else f"{m // 60} hours ago"
    return "a day ago" if m // 1440 == 1 else f"{m // 1440} days ago"


def rel_de(now: datetime, d: datetime) -> str:
    m = int((now - d).total_seconds() // 60)
    if m < 60:
        return f"vor {m} Minuten"
    if m < 24 * 60:
        return "vor einer Stunde" if m // 60 == 1 else f"vor {m // 60} Stunden"
    return "vor einem Tag" if m // 1440 == 1 else f"vor {m // 1440} Tagen"


def rel_fb(now: datetime, d: datetime) -> str:
    m = int((now - d).total_seconds() // 60)
    return f"{m} min" if m < 60 else f"{m // 60} h" if m < 1440 else f"{m // 1440} d"


def en_12h(d: datetime) -> str:
    return d.strftime("%I:%M %p").lstrip("0")


# ---------------------------------------------------------------- the page around the thread

L10N = {
    "en": dict(
        nav=["News", "Politics", "Business", "Science", "Culture", "Opinion"],
        most="Most read",
        newsletter="Get our newsletter",
        subscribe="Subscribe",
        about="About us",
        privacy="Privacy policy",
        contact="Contact",
        rights="All rights reserved",
        by="By",
        tags="Topics",
        search="Search",
        login="Sign in",
        updated="Updated",
    ),
    "de": dict(
        nav=["Nachrichten", "Politik", "Wirtschaft", "Wissen", "Kultur", "Meinung"],
        most="Meistgelesen",
        newsletter="Unser Newsletter",
        subscribe="Abonnieren",
        about="Impressum",
        privacy="Datenschutz",
        contact="Kontakt",
        rights="Alle Rechte vorbehalten",
        by="Von",
        tags="Themen",
        search="Suche",
        login="Anmelden",
        updated="Aktualisiert",
    ),
    "fr": dict(
        nav=["Actualités", "Politique", "Économie", "Sciences", "Culture", "Opinions"],
        most="Les plus lus",
        newsletter="Recevez notre lettre",
        subscribe="S'abonner",
        about="Mentions légales",
        privacy="Confidentialité",
        contact="Contact",
        rights="Tous droits réservés",
        by="Par",
        tags="Thèmes",
        search="Rechercher",
        login="Se connecter",
        updated="Mis à jour",
    ),
    "es": dict(
        nav=["Noticias", "Política", "Economía", "Ciencia", "Cultura", "Opinión"],
        most="Lo más leído",
        newsletter="Recibe nuestro boletín",
        subscribe="Suscribirse",
        about="Aviso legal",
        privacy="Privacidad",
        contact="Contacto",
        rights="Todos los derechos reservados",
        by="Por",
        tags="Temas",
        search="Buscar",
        login="Iniciar sesión",
        updated="Actualizado",
    ),
}


@dataclass
class Article:
    lang: str
    site: str
    url: str
    title: str
    author: str
    published: datetime
    shown_date: str
    seed: int

    def paragraphs(self) -> list[str]:
        rng = random.Random(self.seed)
        return [
            " ".join(sentence(rng, self.lang, 10, 22) for _ in range(rng.randint(3, 5)))
            for _ in range(rng.randint(4, 6))
        ]

    def head(self, extra: str = "") -> str:
        iso = self.published.isoformat()
        desc = esc(self.paragraphs()[0][:150])
        return (
            f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(self.title)} | {esc(self.site)}</title>"
            f'<meta name="description" content="{desc}">'
            f'<meta name="author" content="{esc(self.author)}">'
            f'<link rel="canonical" href="{self.url}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(self.title)}">'
            f'<meta property="og:url" content="{self.url}"><meta property="og:site_name" content="{esc(self.site)}">'
            f'<meta property="og:description" content="{desc}">'
            f'<meta property="og:image" content="{self.url.split("/")[0]}//{self.url.split("/")[2]}/img/lead.jpg">'
            f'<meta property="article:published_time" content="{iso}">'
            f'<meta name="twitter:card" content="summary_large_image">'
            f'<link rel="stylesheet" href="/assets/site.css">{extra}</head>'
        )

    def nav(self) -> str:
        t = L10N[self.lang]
        items = "".join(f'<li><a href="/{x.lower()}/">{x}</a></li>' for x in t["nav"])
        return (
            f'<header class="site-header"><div class="brand"><a href="/" class="logo">{esc(self.site)}</a></div>'
            f'<nav class="main-nav" aria-label="Main"><ul>{items}</ul></nav>'
            f'<form class="search" action="/search"><input type="search" name="q" placeholder="{t["search"]}">'
            f'</form><a class="login" href="/login">{t["login"]}</a></header>'
        )

    def article(self, cls: str = "article") -> str:
        t = L10N[self.lang]
        body = "".join(f"<p>{esc(p)}</p>" for p in self.paragraphs())
        rng = random.Random(self.seed + 1)
        tags = "".join(f'<a href="/tag/{w}/" rel="tag">{w}</a> ' for w in rng.sample(WORDS[self.lang], 3))
        return (
            f'<article class="{cls}"><header class="article-header"><h1 class="headline">{esc(self.title)}</h1>'
            f'<p class="byline">{t["by"]} <a rel="author" href="/authors/{self.author.lower().replace(" ", "-")}/">'
            f'{esc(self.author)}</a> · <time datetime="{self.published.isoformat()}">{self.shown_date}</time></p>'
            f'</header><figure class="lead"><img src="/img/lead.jpg" alt=""><figcaption>Photo: {esc(self.site)}'
            f'</figcaption></figure><div class="article-body">{body}</div>'
            f'<footer class="article-tags">{t["tags"]}: {tags}</footer></article>'
        )

    def sidebar(self, extra: str = "") -> str:
        t = L10N[self.lang]
        rng = random.Random(self.seed + 2)
        items = "".join(
            f'<li><a href="/2024/05/{headline(rng, self.lang).lower().replace(" ", "-")[:40]}/">'
            f"{esc(headline(rng, self.lang))}</a></li>"
            for _ in range(5)
        )
        return (
            f'<aside class="sidebar"><section class="widget most-read"><h3>{t["most"]}</h3><ol>{items}</ol></section>'
            f'{extra}<section class="widget newsletter"><h3>{t["newsletter"]}</h3><form action="/newsletter">'
            f'<input type="email" name="email"><button>{t["subscribe"]}</button></form></section></aside>'
        )

    def footer(self) -> str:
        t = L10N[self.lang]
        return (
            f'<footer class="site-footer"><nav><a href="/about">{t["about"]}</a> <a href="/privacy">{t["privacy"]}'
            f'</a> <a href="/contact">{t["contact"]}</a></nav><p>© 2024 {esc(self.site)}. {t["rights"]}.</p></footer>'
        )

    def page(
        self,
        comments: str,
        *,
        sidebar_extra: str = "",
        head_extra: str = "",
        comments_inside: bool = True,
        body_cls: str = "single",
    ) -> str:
        main = self.article() + (comments if comments_inside else "")
        after = "" if comments_inside else comments
        return (
            f'<!DOCTYPE html><html lang="{self.lang}">{self.head(head_extra)}<body class="{body_cls}">'
            f'{self.nav()}<div class="container"><main id="main">{main}</main>'
            f"{self.sidebar(sidebar_extra)}</div>{after}{self.footer()}</body></html>"
        )


# ---------------------------------------------------------------- templates


def disqus_embed() -> tuple[str, str, list[dict]]:
    """Disqus-like rendered embed: ul.post-list of li.post, replies in ul.children inside the li;
    dates shown relative ("5 hours ago") with the full date in the link's title; from the third
    level on a parent-link "in reply to" name stands in the byline next to the author."""
    tz = EDT
    forest = make_forest(
        101, [6, 3, 2, 1], "en", namer("full", "en"), 6412000, datetime(2024, 5, 3, 12, tzinfo=UTC), min_depth=4
    )
    rows = list(flatten(forest))
    now = last_time(forest) + timedelta(hours=4, minutes=10)
    art = Article(
        "en",
        "The Harbor Courier",
        "https://www.harborcourier.example/news/2024/05/03/ferry-fares-rise/",
        "Ferry fares to rise by a fifth from July",
        "Nolan Keane",
        datetime(2024, 5, 3, 7, 30, tzinfo=EDT),
        "May 3, 2024",
        1,
    )

    def title(n: Node) -> str:
        d = n.when.astimezone(tz)
        return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y ") + en_12h(d)

    def post(n: Node, depth: int, parent: Node | None) -> str:
        user = n.author.lower().replace(" ", "_")
        plink = (
            f'<span class="parent-link-container"><a href="#comment-{parent.cid}" class="parent-link" '
            f'data-role="parent-link"><i aria-label="in reply to" class="icon-forward" title="in reply to"></i> '
            f"{esc(parent.author)}</a></span>"
            if parent is not None and depth >= 2
            else ""
        )
        kids = "".join(post(c, depth + 1, n) for c in n.children)
        return (
            f'<li class="post" id="post-{n.cid}"><div role="alert"></div>'
            f'<div class="post-content" data-role="post-content">'
            f'<div class="indicator"></div><div class="avatar hovercard">'
            f'<a href="https://disqus.example/by/{user}/" class="user" data-action="profile" data-username="{user}">'
            f'<img data-role="user-avatar" src="//a.disquscdn.example/1714/images/noavatar92.png" alt="Avatar"></a>'
            f'</div><div class="post-body"><header class="comment__header"><span class="post-byline">'
            f'<span class="author publisher-anchor-color"><a href="https://disqus.example/by/{user}/" '
            f'data-action="profile" data-username="{user}" data-role="username">{esc(n.author)}</a></span>{plink}'
            f'</span><span class="post-meta"><span class="bullet time-ago-bullet" aria-hidden="true">•</span>'
            f'<a href="{art.url}#comment-{n.cid}" data-role="relative-time" class="time-ago" title="{title(n)}">'
            f"{rel_en(now, n.when)}</a></span></header>"
            f'<div class="post-body-inner"><div class="post-message-container" data-role="message-container">'
            f'<div class="publisher-anchor-color" data-role="message-content"><div class="post-message" '
            f'data-role="message" dir="auto"><div>{paras(n)}</div></div></div></div></div>'
            f'<footer class="comment__footer"><menu class="comment-footer__menu">'
            f'<li class="voting" data-role="voting"><a href="#" class="vote-up count-{n.cid % 7}" '
            f'data-action="upvote" title="Vote up"><span class="updatable count" data-role="likes">{n.cid % 7}</span>'
            f'</a><a href="#" class="vote-down" data-action="downvote" title="Vote down"></a></li>'
            f'<li class="reply" data-role="reply-link"><a href="#" data-action="reply"><span class="text">Reply'
            f'</span></a></li><li class="comment__share"><a class="toggle"><span class="text">Share ›</span></a>'
            f"</li></menu></footer></div></div>"
            + (f'<ul class="children" data-role="children">{kids}</ul>' if kids else "")
            + "</li>"
        )

    thread = (
        '<section id="comments" class="comments-section"><div id="disqus_thread"><div id="layout" '
        'data-tracking-area="layout"><ul class="nav nav-primary" data-tracking-area="main-nav">'
        f'<li class="nav-tab nav-tab--primary tab-conversation active"><a class="publisher-nav-color">'
        f'<span class="comment-count">{len(rows)} comments</span></a></li>'
        '<li class="nav-tab nav-tab--primary tab-user"><a href="#" class="dropdown-toggle">Login</a></li></ul>'
        '<section id="conversation" data-role="main"><div id="posts"><div id="form"><form class="reply">'
        '<div class="textarea-wrapper"><div class="textarea" contenteditable="true" '
        'data-role="editable">Join the discussion…</div></div></form></div>'
        '<div class="nav nav-secondary"><ul><li class="sorting"><a>Best</a></li><li><a>Newest</a></li>'
        '<li><a>Oldest</a></li></ul></div><ul id="post-list" class="post-list">'
        + "".join(post(n, 0, None) for n in forest)
        + '</ul><div class="load-more" data-role="more"><a href="#" data-action="more-posts" '
        'class="btn load-more__button">Load more comments</a></div></div></section>'
        '<div id="footer" class="disqus-footer"><a class="disqus-footer__logo">Powered by Disqus</a></div>'
        "</div></div></section>"
    )
    return art.url, art.page(thread), truth_comments(rows, lambda n: rel_en(now, n.when), tz)


def _de_phpbb_date(d: datetime) -> str:
    short = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"][d.weekday()]
    mon = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"][d.month - 1]
    return f"{short} {d.day}. {mon} {d.year}, {d:%H:%M}"


def phpbb_quotes() -> tuple[str, str, list[dict]]:
    """phpBB-prosilver-like posts under a German article, flat and by time: a reply is known only by
    the blockquote it opens with, whose cite names the quoted user ("X hat geschrieben:") and links
    to the post; some users have a signature below their text."""
    tz = CEST
    forest = make_forest(202, [5, 2, 2, 1], "de", namer("de"), 48210, datetime(2024, 5, 3, 6, tzinfo=UTC), min_depth=3)
    rows = chronological(forest)
    art = Article(
        "de",
        "Weserblick Online",
        "https://www.weserblick.example/lokales/radwege-ausbau-beschlossen/",
        "Stadtrat beschließt Ausbau der Radwege am Fluss",
        "Heike Lange",
        datetime(2024, 5, 3, 7, 0, tzinfo=CEST),
        "3. Mai 2024",
        2,
    )
    sigs = {}
    srng = random.Random(2020)

    def post(k: int, n: Node, parent: Node | None) -> str:
        uid = 100 + sum(map(ord, n.author)) % 900
        if n.author not in sigs:
            sigs[n.author] = sentence(srng, "de", 3, 6) if srng.random() < 0.35 else ""
        local = n.when.astimezone(tz)
        quote = ""
        if parent is not None:
            puid = 100 + sum(map(ord, parent.author)) % 900
            quote = (
                f'<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u={puid}">'
                f"{esc(parent.author)}</a> hat geschrieben: "
                f'<a href="./viewtopic.php?p={parent.cid}#p{parent.cid}" data-post-id="{parent.cid}">↑</a>'
                f'<span class="responsive-hide">{_de_phpbb_date(parent.when.astimezone(tz))}</span></cite>'
                f"{esc(parent.sents[0])}</div></blockquote>"
            )
        sig = f'<div id="sig{n.cid}" class="signature">{esc(sigs[n.author])}</div>' if sigs[n.author] else ""
        return (
            f'<div id="p{n.cid}" class="post has-profile bg{2 - k % 2}"><div class="inner">'
            f'<dl class="postprofile" id="profile{n.cid}"><dt class="has-profile-rank no-avatar">'
            f'<a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{esc(n.author)}</a></dt>'
            f'<dd class="profile-rank">Mitglied</dd><dd class="profile-posts"><strong>Beiträge:</strong> '
            f'<a href="./search.php?author_id={uid}&amp;sr=posts">{uid * 3}</a></dd>'
            f'<dd class="profile-joined"><strong>Registriert:</strong> Di 5. Mär 2019, 12:00</dd></dl>'
            f'<div class="postbody"><div id="post_content{n.cid}"><h3><a href="#p{n.cid}">'
            f"Re: {esc(art.title)}</a></h3>"
            f'<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={n.cid}" '
            f'title="Mit Zitat antworten" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" '
            f'aria-hidden="true"></i><span>Zitieren</span></a></li></ul>'
            f'<p class="author"><a class="unread" href="./viewtopic.php?p={n.cid}#p{n.cid}" title="Beitrag">'
            f'<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i>'
            f'<span class="sr-only">Beitrag</span></a><span class="responsive-hide">von <strong>'
            f'<a href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="username">{esc(n.author)}</a>'
            f'</strong> » </span><time datetime="{n.when.strftime("%Y-%m-%dT%H:%M:%S+00:00")}">'
            f"{_de_phpbb_date(local)}</time></p>"
            f'<div class="content">{quote}{paras(n, "br")}</div>{sig}</div></div>'
            f'<div class="back2top"><a href="#top" class="top" title="Nach oben">'
            f'<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>'
            f'<span class="sr-only">Nach oben</span></a></div></div></div><hr class="divider">'
        )

    thread = (
        '<section id="forum-kommentare" class="forum-comments"><h2>Diskussion im Forum</h2>'
        f'<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=7712" class="button">'
        f'<span>Antwort erstellen</span></a><div class="pagination">{len(rows)} Beiträge • Seite <strong>1'
        "</strong> von <strong>1</strong></div></div>"
        + "".join(post(k, n, p) for k, (n, _, p) in enumerate(rows))
        + '<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=7712" class="button">'
        "Antwort erstellen</a></div></section>"
    )
    return art.url, art.page(thread), truth_comments(rows, lambda n: _de_phpbb_date(n.when.astimezone(tz)), tz)


def xenforo_article() -> tuple[str, str, list[dict]]:
    """XenForo-2-like article thread: the article as the first message, the comments as flat
    article.message--post elements carrying data-author; replies open with a bbCode quote block
    (data-quote = quoted user, data-source = quoted post, "X said:"); a reactions bar under some
    messages lists the names of members who liked it."""
    tz = UTC
    forest = make_forest(
        303, [6, 2, 2, 1], "en", namer("handle"), 91200, datetime(2024, 5, 3, 9, tzinfo=UTC), min_depth=3
    )
    rows = chronological(forest)
    url = "https://community.railfans.example/threads/night-trains-return-to-the-coast-line.12044/"
    title = "Night trains return to the coast line"
    art_rng = random.Random(3)
    body = "".join(f"<br>\n<br>\n{esc(' '.join(sentence(art_rng, 'en', 10, 22) for _ in range(4)))}" for _ in range(5))

    def when_shown(n: Node) -> str:
        return f"{n.when:%A} at {en_12h(n.when)}"

    def msg(n: Node, parent: Node | None, k: int) -> str:
        uid = 3000 + sum(map(ord, n.author)) % 5000
        quote = ""
        if parent is not None:
            puid = 3000 + sum(map(ord, parent.author)) % 5000
            quote = (
                f'<blockquote data-attributes="member: {puid}" data-quote="{esc(parent.author)}" '
                f'data-source="post: {parent.cid}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote '
                f'js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id={parent.cid}" '
                f'class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" '
                f'data-content-selector="#post-{parent.cid}">{esc(parent.author)} said:</a></div>'
                f'<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">'
                f'{esc(parent.sents[0])}</div><div class="bbCodeBlock-expandLink js-expandLink">'
                f'<a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>'
            )
        likers = [r[0].author for r in rows if r[0] is not n][k % 5 : k % 5 + (k % 3)]
        reactions = (
            f'<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li>'
            f'<span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i>'
            f'<img src="/styles/img/like.png" class="reaction-sprite js-reaction" alt="Like" title="Like"></span>'
            f'</li></ul><span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" '
            f'href="/posts/{n.cid}/reactions" data-xf-click="overlay" data-cache="false" rel="nofollow">'
            + ", ".join(f"<bdi>{esc(x)}</bdi>" for x in likers)
            + "</a></div>"
            if likers
            else ""
        )
        return (
            f'<article class="message message--post js-post js-inlineModContainer" data-author="{esc(n.author)}" '
            f'data-content="post-{n.cid}" id="js-post-{n.cid}" itemscope itemtype="https://schema.org/Comment" '
            f'itemid="{url}post-{n.cid}"><span class="u-anchorTarget" id="post-{n.cid}"></span>'
            f'<div class="message-inner"><div class="message-cell message-cell--user">'
            f'<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<div class="message-avatar"><div class="message-avatar-wrapper"><a href="/members/'
            f'{n.author}.{uid}/" class="avatar avatar--m avatar--default" data-user-id="{uid}" '
            f'data-xf-init="member-tooltip"><span class="avatar-u{uid}-m" role="img" aria-label="{esc(n.author)}">'
            f'{n.author[0].upper()}</span></a></div></div><div class="message-userDetails">'
            f'<h4 class="message-name"><a href="/members/{n.author}.{uid}/" class="username " dir="auto" '
            f'data-user-id="{uid}" data-xf-init="member-tooltip"><span itemprop="name">{esc(n.author)}</span></a>'
            f'</h4><h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">Well-known member</h5>'
            f'</div><div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt>'
            f'<dd>Mar 14, 2019</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>{uid % 900}</dd>'
            f'</dl></div><span class="message-userArrow"></span></section></div>'
            f'<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">'
            f'<header class="message-attribution message-attribution--split"><ul class="message-attribution-main '
            f'listInline "><li class="u-concealed"><a href="/threads/night-trains.12044/post-{n.cid}" rel="nofollow" '
            f'itemprop="url"><time class="u-dt" dir="auto" datetime="{n.when.strftime("%Y-%m-%dT%H:%M:%S+0000")}" '
            f'data-time="{int(n.when.timestamp())}" data-date-string="{n.when:%b} {n.when.day}, {n.when.year}" '
            f'data-time-string="{en_12h(n.when)}" title="{n.when:%b} {n.when.day}, {n.when.year} at '
            f'{en_12h(n.when)}" itemprop="datePublished">{when_shown(n)}</time></a></li></ul>'
            f'<ul class="message-attribution-opposite message-attribution-opposite--list "><li>'
            f'<a href="/threads/night-trains.12044/post-{n.cid}" class="message-attribution-gadget" '
            f'data-xf-init="share-tooltip" rel="nofollow"><i class="fa--xf far fa-share-alt"></i></a></li>'
            f'<li><a href="/threads/night-trains.12044/post-{n.cid}" rel="nofollow">#{k + 2}</a></li></ul>'
            f'</header><div class="message-content js-messageContent"><div class="message-userContent lbContainer '
            f'js-lbContainer " data-lb-id="post-{n.cid}" data-lb-caption-desc="{esc(n.author)} · '
            f'{n.when:%b} {n.when.day}, {n.when.year} at {en_12h(n.when)}"><article class="message-body '
            f'js-selectToQuote"><div itemprop="text"><div class="bbWrapper">{quote}{paras(n, "br")}</div></div>'
            f'<div class="js-selectToQuoteEnd">&nbsp;</div></article></div></div>'
            f'<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set '
            f'actionBar-set--external"><a href="/posts/{n.cid}/react?reaction_id=1" class="reaction '
            f'actionBar-action actionBar-action--reaction" data-xf-click="reaction"><span class="reaction-text">'
            f'<bdi>Like</bdi></span></a><a href="/threads/night-trains.12044/reply?quote={n.cid}" '
            f'class="actionBar-action actionBar-action--reply" title="Reply, quoting this message" rel="nofollow" '
            f'data-xf-click="quote" data-quote-href="/posts/{n.cid}/quote">Reply</a></div>'
            f'<div class="actionBar-set actionBar-set--internal"><a href="/posts/{n.cid}/report" '
            f'class="actionBar-action actionBar-action--report" data-xf-click="overlay">Report</a></div></div>'
            f"{reactions}</footer></div></div></div></article>"
        )

    page = (
        '<!DOCTYPE html><html id="XF" lang="en-US" dir="LTR" data-app="public" data-template="thread_view_type_article"'
        ' class="has-no-js template-thread_view_type_article"><head><meta charset="utf-8">'
        f"<title>{title} | Railfans Community</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">'
        f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="Railfans Community">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
        f'<meta property="og:url" content="{url}"><meta name="description" content="The operator confirmed '
        f'that sleeper services will run three nights a week from September.">'
        '<meta property="article:published_time" content="2024-05-03T08:40:00+0000">'
        '<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less"></head>'
        '<body data-template="thread_view_type_article"><div class="p-pageWrapper" id="top">'
        '<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">'
        '<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/logo.png" alt="Railfans '
        'Community"></a></div></div></div></header><div class="p-navSticky p-navSticky--primary">'
        '<nav class="p-nav"><div class="p-nav-inner"><ul class="p-nav-list js-offCanvasNavSource">'
        '<li><div class="p-navEl"><a href="/" class="p-navEl-link">Home</a></div></li>'
        '<li><div class="p-navEl is-selected"><a href="/forums/" class="p-navEl-link">Forums</a></div></li>'
        '<li><div class="p-navEl"><a href="/whats-new/" class="p-navEl-link">What\'s new</a></div></li>'
        '<li><div class="p-navEl"><a href="/media/" class="p-navEl-link">Media</a></div></li>'
        '<li><div class="p-navEl"><a href="/members/" class="p-navEl-link">Members</a></div></li></ul>'
        '<div class="p-nav-opposite"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn">Log in</a>'
        '<a href="/register/" class="p-navgroup-link p-navgroup-link--register">Register</a></div></div></nav>'
        '</div><div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope '
        'itemtype="https://schema.org/BreadcrumbList"><li><a href="/forums/">Forums</a></li>'
        '<li><a href="/forums/news.4/">Rail news</a></li></ul><div class="p-body-main p-body-main--withSidebar">'
        '<div class="p-body-content"><div class="p-body-pageContent">'
        '<div class="block block--messages"><div class="block-container lbContainer"><div class="block-body">'
        '<article class="message message--article js-post js-inlineModContainer" data-author="signal_box_editor" '
        'data-content="post-91200" id="js-post-91200"><div class="message-inner"><div class="message-cell '
        'message-cell--main"><div class="message-expandWrapper"><div class="message-expandContent">'
        '<header class="message-attribution message-attribution--plain"><div class="p-title"><h1 '
        f'class="p-title-value">{title}</h1></div><ul class="listInline listInline--bullet">'
        '<li><a href="/members/signal_box_editor.12/" class="username">signal_box_editor</a></li>'
        '<li><time class="u-dt" datetime="2024-05-03T08:40:00+0000" title="May 3, 2024 at 8:40 AM">May 3, 2024'
        '</time></li></ul></header><div class="message-content js-messageContent"><article class="message-body">'
        '<div class="bbWrapper"><b>The operator confirmed that sleeper services will run three nights a week '
        f"from September.</b>{body}</div></article></div></div></div></div></div></article></div></div></div>"
        f'<h2 class="block-header">Comments</h2><div class="block block--messages" data-xf-init="" '
        f'data-type="post" data-href="/inline-mod/" data-search-target="*"><div class="block-outer">'
        f'<div class="block-outer-main"><nav class="pageNavWrapper"><div class="pageNav">{len(rows)} comments'
        f'</div></nav></div></div><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">'
        + "".join(msg(n, p, k) for k, (n, _, p) in enumerate(rows))
        + '</div></div></div><form action="/threads/night-trains.12044/add-reply" method="post" '
        'class="block js-quickReply"><div class="block-container"><div class="block-body"><div '
        'class="message message--quickReply"><textarea name="message" placeholder="Write your reply...">'
        '</textarea><button type="submit" class="button--primary button">Post reply</button></div></div></div>'
        '</form></div></div><div class="p-body-sidebar"><div class="block" data-widget-key="latest_articles">'
        '<div class="block-container"><h3 class="block-minorHeader">Latest articles</h3><ul class="block-body">'
        '<li class="block-row"><a href="/threads/signal-upgrade-finished-early.12031/">Signal upgrade finished '
        'early</a><div class="contentRow-minor">Apr 29, 2024</div></li><li class="block-row">'
        '<a href="/threads/new-timetable-for-the-valley-branch.12010/">New timetable for the valley branch</a>'
        '<div class="contentRow-minor">Apr 22, 2024</div></li></ul></div></div><div class="block" '
        'data-widget-key="online_list"><div class="block-container"><h3 class="block-minorHeader">Members online'
        '</h3><div class="block-body"><ul class="listInline listInline--comma"><li><a href="/members/kestrel_o.5/"'
        ' class="username">kestrel_o</a></li><li><a href="/members/umber_line.9/" class="username">umber_line</a>'
        "</li></ul></div></div></div></div></div></div></div>"
        '<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row">'
        '<ul class="p-footer-linkList"><li><a href="/misc/contact">Contact us</a></li><li><a href="/help/terms/">'
        'Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li></ul></div>'
        '<div class="p-footer-copyright">Community platform by XenForo-like software</div></div></footer>'
        "</div></body></html>"
    )
    return url, page, truth_comments(rows, when_shown, tz)


def _fr_date(d: datetime) -> str:
    return f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year} à {d:%Hh%M}"


def vbulletin_fr() -> tuple[str, str, list[dict]]:
    """vBulletin-3-like postbits under a French article (comments served by the forum): one table
    per post, flat and by time, the date in the thead row, the user in a.bigusername; a reply opens
    with a "Citation :" box "Posté par <strong>X</strong>" quoting the post it answers."""
    tz = CEST
    forest = make_forest(
        404, [5, 3, 2, 1], "fr", namer("lower", "fr"), 331870, datetime(2024, 5, 3, 7, tzinfo=UTC), min_depth=3
    )
    rows = chronological(forest)
    art = Article(
        "fr",
        "Le Courrier de la Garonne",
        "https://www.courrier-garonne.example/actualite/pont-ferme.html",
        "Le vieux pont fermé tout l'été pour travaux",
        "Camille Faure",
        datetime(2024, 5, 3, 8, 0, tzinfo=CEST),
        "3 mai 2024",
        4,
    )

    def shown(n: Node) -> str:
        return n.when.astimezone(tz).strftime("%d/%m/%Y, %Hh%M")

    def post(k: int, n: Node, parent: Node | None) -> str:
        uid = 200 + sum(map(ord, n.author)) % 800
        quote = ""
        if parent is not None:
            quote = (
                '<div style="margin:20px; margin-top:5px; "><div class="smallfont" style="margin-bottom:2px">'
                'Citation :</div><table cellpadding="6" cellspacing="0" border="0" width="100%"><tr>'
                '<td class="alt2" style="border:1px inset"><div>Posté par <strong>'
                f'{esc(parent.author)}</strong> <a href="showthread.php?p={parent.cid}#post{parent.cid}" '
                'rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost.gif" border="0" '
                f'alt="Voir le message"></a></div><div style="font-style:italic">{esc(parent.sents[0])}</div>'
                "</td></tr></table></div>"
            )
        return (
            f'<div id="edit{n.cid}" style="padding:0px 0px 6px 0px"><table id="post{n.cid}" class="tborder" '
            'cellpadding="6" cellspacing="0" border="0" width="100%" align="center"><tr>'
            '<td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; border-right: 0px">'
            f'<a name="post{n.cid}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Ancien"></a> '
            f'{shown(n)}</td><td class="thead" style="font-weight:normal; border: 1px solid #D1D1E1; '
            f'border-left: 0px" align="right">&nbsp;#<a href="showpost.php?p={n.cid}&amp;postcount={k + 1}" '
            f'target="new" rel="nofollow" id="postcount{n.cid}" name="{k + 1}"><strong>{k + 1}</strong></a></td>'
            '</tr><tr valign="top"><td class="alt2" width="175" style="border: 1px solid #D1D1E1; border-top: 0px;'
            f' border-bottom: 0px"><div id="postmenu_{n.cid}"><a class="bigusername" href="member.php?u={uid}">'
            f'{esc(n.author)}</a></div><div class="smallfont">Membre</div><div class="smallfont">&nbsp;<br>'
            f"<div>Date d'inscription: mars 2019</div><div>Messages: {uid * 2}</div></div></td>"
            f'<td class="alt1" id="td_post_{n.cid}" style="border-right: 1px solid #D1D1E1">'
            f'<div class="smallfont"><strong>Re: {esc(art.title)}</strong></div><hr size="1" '
            f'style="color:#D1D1E1; background-color:#D1D1E1"><div id="post_message_{n.cid}">{quote}'
            f'{paras(n, "br")}</div></td></tr><tr><td class="alt2" style="border: 1px solid #D1D1E1; '
            'border-top: 0px"><img class="inlineimg" src="images/statusicon/user_offline.gif" alt="">'
            '</td><td class="alt1" align="right" style="border: 1px solid #D1D1E1; border-left: 0px; '
            f'border-top: 0px"><a href="newreply.php?do=newreply&amp;p={n.cid}" rel="nofollow">'
            '<img src="images/buttons/quote.gif" alt="Répondre avec citation" border="0"></a></td></tr>'
            "</table></div>"
        )

    thread = (
        '<div id="reactions" class="forum-reactions"><h2>Réactions du forum</h2>'
        f'<div class="smallfont">{len(rows)} réponses — <a href="showthread.php?t=20417">voir la discussion '
        'complète sur le forum</a></div><div id="posts">'
        + "".join(post(k, n, p) for k, (n, _, p) in enumerate(rows))
        + '<div id="lastpost"></div></div><div class="smallfont"><a href="newreply.php?do=newreply&amp;t=20417">'
        "Répondre</a></div></div>"
    )
    return art.url, art.page(thread), truth_comments(rows, shown, tz)


def margin_left_fr() -> tuple[str, str, list[dict]]:
    """A French blog that prints its comments flat, one div each, the reply depth only as an inline
    style margin-left in px; the sidebar has a recent-comments widget naming commenters."""
    tz = CEST
    forest = make_forest(
        505, [6, 2, 2, 1], "fr", namer("initial", "fr"), 770, datetime(2024, 5, 3, 6, tzinfo=UTC), min_depth=4
    )
    rows = list(flatten(forest))
    art = Article(
        "fr",
        "Carnets de Loire",
        "https://carnetsdeloire.example/2024/05/03/la-crue-de-mai/",
        "La crue de mai vue depuis la digue",
        "Margaux Giraud",
        datetime(2024, 5, 3, 7, 45, tzinfo=CEST),
        "3 mai 2024",
        5,
    )

    def shown(n: Node) -> str:
        return "le " + _fr_date(n.when.astimezone(tz))

    divs = "".join(
        f'<div class="commentaire" id="c{n.cid}" style="margin-left: {depth * 40}px;">'
        f'<div class="entete"><img class="avatar" src="/img/avatar.png" width="32" height="32" alt="">'
        f'<strong class="auteur">{esc(n.author)}</strong> <span class="date">{shown(n)}</span></div>'
        f'<div class="texte">{paras(n)}</div><div class="actions"><a class="repondre" '
        f'href="?repondre={n.cid}#formulaire">Répondre</a> · <a href="#c{n.cid}">Lien</a></div></div>'
        for n, depth, _ in rows
    )
    recent = "".join(
        f'<li><span class="auteur-recent">{esc(n.author)}</span> dans <a href="{art.url}#c{n.cid}">'
        f"{esc(art.title)}</a></li>"
        for n, _, _ in sorted(rows, key=lambda r: r[0].when)[-4:]
    )
    thread = (
        f'<div id="commentaires"><h3>{len(rows)} commentaires</h3>{divs}</div>'
        '<div id="formulaire"><h3>Laisser un commentaire</h3><form method="post" action="/commenter">'
        '<p><label>Nom</label><input name="nom"></p><p><label>Courriel</label><input name="courriel"></p>'
        '<p><label>Commentaire</label><textarea name="texte"></textarea></p><p><button>Envoyer</button></p>'
        "</form></div>"
    )
    side = f'<section class="widget derniers-commentaires"><h3>Derniers commentaires</h3><ul>{recent}</ul></section>'
    return art.url, art.page(thread, sidebar_extra=side), truth_comments(rows, shown, tz)


def _es_date(d: datetime) -> str:
    return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}, {d:%H:%M}"


def aria_level_es() -> tuple[str, str, list[dict]]:
    """A Spanish news site with ARIA comment roles: every comment an <article role="comment"> in
    one flat list, its depth only as aria-level (with aria-posinset/aria-setsize among its
    siblings); dates in <time datetime>."""
    tz = CEST
    forest = make_forest(
        606, [6, 3, 2, 1], "es", namer("full", "es"), 52000, datetime(2024, 5, 3, 7, tzinfo=UTC), min_depth=4
    )
    rows = list(flatten(forest))
    art = Article(
        "es",
        "Diario del Ebro",
        "https://www.diariodelebro.example/ciudad/2024/05/03/nuevo-puente.html",
        "El nuevo puente del Ebro abrirá en otoño",
        "Marta Serrano",
        datetime(2024, 5, 3, 8, tzinfo=CEST),
        "3 de mayo de 2024",
        6,
    )
    siblings: dict[int, list[Node]] = {}
    for n, _, p in rows:
        siblings.setdefault(id(p), []).append(n)

    def item(n: Node, depth: int, p: Node | None) -> str:
        sib = siblings[id(p)]
        local = n.when.astimezone(tz)
        answer = f' aria-describedby="comentario-{p.cid}"' if p is not None else ""
        return (
            f'<article role="comment" id="comentario-{n.cid}" class="comentario" aria-level="{depth + 1}" '
            f'aria-posinset="{sib.index(n) + 1}" aria-setsize="{len(sib)}"{answer}>'
            f'<header class="comentario__cabecera"><img class="comentario__avatar" src="/static/avatar.svg" alt="">'
            f'<span class="comentario__autor">{esc(n.author)}</span>'
            f'<time class="comentario__fecha" datetime="{local.isoformat()}">{_es_date(local)}</time></header>'
            f'<div class="comentario__texto">{paras(n)}</div><footer class="comentario__acciones">'
            f'<button class="btn-responder" data-id="{n.cid}">Responder</button>'
            f'<button class="btn-votar" aria-label="Me gusta">▲ {n.cid % 13}</button>'
            f'<a class="btn-denunciar" href="/denunciar/{n.cid}">Denunciar</a></footer></article>'
        )

    thread = (
        '<section class="comentarios" id="comentarios" aria-label="Comentarios">'
        f'<h2 class="comentarios__titulo">Comentarios ({len(rows)})</h2><p class="comentarios__normas">'
        'Los comentarios son responsabilidad de sus autores. <a href="/normas">Normas de participación</a></p>'
        '<div class="comentarios__orden">Ordenar por: <a href="?orden=recientes">Más recientes</a> | '
        '<a href="?orden=valorados">Más valorados</a></div><div class="comentarios__lista">'
        + "".join(item(n, d, p) for n, d, p in rows)
        + '</div><form class="comentarios__form"><textarea placeholder="Escribe tu comentario"></textarea>'
        "<button>Publicar</button></form></section>"
    )
    return art.url, art.page(thread), truth_comments(rows, lambda n: _es_date(n.when.astimezone(tz)), tz)


def isso_de() -> tuple[str, str, list[dict]]:
    """Isso-like self-hosted comments on a German blog: nested div.isso-comment, replies in
    div.isso-follow-up inside the text wrapper; dates relative ("vor 3 Stunden") in <time> with a
    title and datetime; anonymous commenters show as "Anonym"."""
    tz = CEST
    base = namer("full", "de")

    def name(rng: random.Random) -> str:
        return "Anonym" if rng.random() < 0.15 else base(rng)

    forest = make_forest(707, [5, 3, 2, 1], "de", name, 310, datetime(2024, 5, 3, 5, tzinfo=UTC), min_depth=4)
    rows = list(flatten(forest))
    now = last_time(forest) + timedelta(hours=2, minutes=20)
    art = Article(
        "de",
        "Moorlandschaften",
        "https://moorlandschaften.example/blog/2024/wiedervernaessung/",
        "Wiedervernässung: Ein Jahr danach",
        "Malte Vogt",
        datetime(2024, 5, 3, 6, 30, tzinfo=CEST),
        "3. Mai 2024",
        7,
    )

    def title(n: Node) -> str:
        d = n.when.astimezone(tz)
        return f"{DAYS['de'][d.weekday()]}, {d.day}. {MONTHS['de'][d.month - 1]} {d.year}, {d:%H:%M}"

    def comment(n: Node) -> str:
        kids = "".join(comment(c) for c in n.children)
        author = (
            f'<span class="isso-author">{esc(n.author)}</span>'
            if n.author == "Anonym" or n.cid % 3
            else f'<a class="isso-author" href="https://{n.author.split()[0].lower()}.example/" rel="nofollow">'
            f"{esc(n.author)}</a>"
        )
        return (
            f'<div class="isso-comment" id="isso-{n.cid}"><div class="isso-avatar"><svg data-hash="#{n.cid:x}"'
            f' viewBox="0 0 48 48"></svg></div><div class="isso-text-wrapper">'
            f'<div class="isso-comment-header" role="meta">{author}<span class="isso-spacer">•</span>'
            f'<a class="isso-permalink" href="#isso-{n.cid}"><time title="{title(n)}" '
            f'datetime="{n.when.strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{rel_de(now, n.when)}</time></a>'
            f'<span class="isso-note"></span></div><div class="isso-text">{paras(n)}</div>'
            f'<div class="isso-comment-footer"><span class="isso-votes">{n.cid % 5}</span>'
            f'<a class="isso-upvote" href="#"><svg viewBox="0 0 14 14"></svg></a>'
            f'<a class="isso-downvote" href="#"><svg viewBox="0 0 14 14"></svg></a>'
            f'<a class="isso-reply" href="#">Antworten</a></div><div class="isso-follow-up">{kids}</div>'
            "</div></div>"
        )

    thread = (
        f'<section id="isso-thread" data-title="{esc(art.title)}"><h4>{len(rows)} Kommentare</h4>'
        '<div class="isso-postbox"><div class="isso-form-wrapper"><div class="isso-textarea-wrapper">'
        '<div class="isso-textarea isso-placeholder" contenteditable="true">Kommentar hier eintippen (mindestens '
        '3 Zeichen)</div></div><section class="isso-auth-section"><p class="isso-input-wrapper">'
        '<input type="text" name="author" placeholder="Name (optional)"></p><p class="isso-post-action">'
        '<input type="submit" value="Abschicken"></p></section></div></div><div id="isso-root">'
        + "".join(comment(n) for n in forest)
        + "</div></section>"
    )
    page = art.page(
        thread,
        head_extra='<script data-isso="//comments.moorlandschaften.example/" '
        'data-isso-lang="de" src="//comments.moorlandschaften.example/js/embed.min.js">'
        "</script>",
    )
    return art.url, page, truth_comments(rows, lambda n: rel_de(now, n.when), tz)


def commento_en() -> tuple[str, str, list[dict]]:
    """Commento-like cards: every element id-suffixed with the comment's hex id; a reply's card sits
    in the parent's commento-comment-children div, which shares the class commento-body with the
    text; the date is relative with a JavaScript Date string in the title."""
    tz = EDT
    forest = make_forest(
        808, [5, 3, 2, 2], "en", namer("handle"), 0x5A10, datetime(2024, 5, 3, 13, tzinfo=UTC), min_depth=4
    )
    rows = list(flatten(forest))
    now = last_time(forest) + timedelta(hours=6)
    art = Article(
        "en",
        "Field Notes Weekly",
        "https://fieldnotesweekly.example/posts/measuring-river-temperature/",
        "Measuring river temperature with a cheap sensor",
        "Priya Reyes",
        datetime(2024, 5, 3, 8, tzinfo=EDT),
        "May 3, 2024",
        8,
    )

    def jsdate(n: Node) -> str:
        d = n.when.astimezone(tz)
        return d.strftime("%a %b %d %Y %H:%M:%S GMT-0400 (Eastern Daylight Time)")

    def card(n: Node, depth: int) -> str:
        h = f"{n.cid * 2654435761 % 16**12:012x}"
        kids = "".join(card(c, depth + 1) for c in n.children)
        color = ["#ff922b", "#339af0", "#51cf66", "#cc5de8"][depth % 4]
        return (
            f'<div id="commento-comment-card-{h}" class="commento-card" style="border-left: 2px solid {color};">'
            f'<div id="commento-comment-header-{h}" class="commento-header"><div class="commento-avatar" '
            f'style="background: {color};">{n.author[0].upper()}</div><div id="commento-comment-name-{h}" '
            f'class="commento-name">{esc(n.author)}</div><div id="commento-comment-subtitle-{h}" '
            f'class="commento-subtitle"><div id="commento-comment-score-{h}" class="commento-score">'
            f'{n.cid % 6} points</div><div id="commento-comment-timeago-{h}" class="commento-timeago" '
            f'title="{jsdate(n)}">{rel_en(now, n.when)}</div></div></div>'
            f'<div id="commento-comment-contents-{h}" class="commento-contents">'
            f'<div id="commento-comment-collapse-{h}" class="commento-button commento-collapse" '
            f'title="Collapse children"></div><div id="commento-comment-body-{h}" class="commento-body">'
            f'{paras(n)}</div><div id="commento-comment-options-{h}" class="commento-options">'
            f'<button id="commento-comment-upvote-{h}" type="button" class="commento-option-button '
            f'commento-option-upvote" title="Upvote"></button><button id="commento-comment-reply-{h}" '
            f'type="button" class="commento-option-button commento-option-reply" title="Reply"></button></div>'
            f'<div id="commento-comment-children-{h}" class="commento-body">{kids}</div></div></div>'
        )

    thread = (
        '<div id="commento" data-page-id="/posts/measuring-river-temperature/"><div id="commento-main-area">'
        '<div class="commento-main-area"><div id="commento-login-box-container"></div>'
        '<div class="commento-root-min-height"><div id="commento-textarea-super-container-root">'
        '<div class="commento-textarea-container"><textarea placeholder="Add a comment"></textarea></div>'
        '<div class="commento-round-check commento-anonymous-checkbox-container"><label>Comment anonymously'
        '</label></div><button class="commento-button commento-submit-button">Add Comment</button></div></div>'
        f'<div class="commento-sort-policy-buttons-container"><span>{len(rows)} comments · Sort by</span>'
        '<a class="commento-sort-policy-button commento-sort-policy-button-selected">Upvotes</a>'
        '<a class="commento-sort-policy-button">Newest</a><a class="commento-sort-policy-button">Oldest</a>'
        '</div><div id="commento-comments-area" class="commento-comments">'
        + "".join(card(n, 0) for n in forest)
        + '</div></div><div class="commento-footer"><div class="commento-logo-container">'
        '<a class="commento-logo-text" href="https://commento.example">Powered by Commento</a></div></div>'
        "</div></div>"
    )
    return art.url, art.page(thread), truth_comments(rows, lambda n: rel_en(now, n.when), tz)


def giscus_en() -> tuple[str, str, list[dict]]:
    """Giscus-like GitHub-discussion comments on a developer blog: two levels only, top comments in
    div.gsc-comment and their replies in div.gsc-replies > div.gsc-reply, authors as GitHub logins
    next to an avatar alt "@login"; dates relative in <time> with title and datetime."""
    tz = UTC
    forest = make_forest(
        909, [7, 4], "en", namer("lower", "en"), 9120400, datetime(2024, 5, 1, 15, tzinfo=UTC), min_depth=2
    )
    rows = list(flatten(forest))
    now = last_time(forest) + timedelta(days=2, hours=3)
    art = Article(
        "en",
        "bytes & bridges",
        "https://bytesandbridges.example/posts/2024-05-01-sqlite-at-the-edge/",
        "Running SQLite at the edge: what broke",
        "Leon Shaw",
        datetime(2024, 5, 1, 14, tzinfo=UTC),
        "May 1, 2024",
        9,
    )

    def title(n: Node) -> str:
        return f"{n.when:%b} {n.when.day}, {n.when.year}, {en_12h(n.when)} UTC"

    def head(n: Node, kind: str) -> str:
        return (
            f'<div class="gsc-{kind}-author"><a rel="nofollow noopener noreferrer" target="_blank" '
            f'href="https://github.com/{n.author}" class="gsc-{kind}-author-avatar"><img class="mr-2 rounded-full" '
            f'src="https://avatars.githubusercontent.example/u/{n.cid % 99991}?v=4" width="30" height="30" '
            f'alt="@{n.author}"><span class="link-primary overflow-hidden text-ellipsis font-semibold" '
            f'title="{n.author}">{n.author}</span></a><a rel="nofollow noopener noreferrer" target="_blank" '
            f'href="https://github.com/bb/blog/discussions/41#discussioncomment-{n.cid}" '
            f'class="link-secondary overflow-hidden text-ellipsis"><time class="whitespace-nowrap" '
            f'title="{title(n)}" datetime="{n.when.strftime("%Y-%m-%dT%H:%M:%SZ")}">{rel_en(now, n.when)}</time>'
            f"</a></div>"
        )

    def reactions(n: Node) -> str:
        return (
            f'<div class="gsc-comment-reactions"><button type="button" class="gsc-social-reaction-summary-item '
            f'has-reacted"><span class="gsc-social-reaction-summary-item-icon">👍</span>'
            f'<span class="gsc-social-reaction-summary-item-count">{n.cid % 4 + 1}</span></button></div>'
        )

    def comment(n: Node) -> str:
        replies = "".join(
            f'<div class="gsc-reply"><div class="gsc-tl-line"></div><div class="flex py-2 pl-4">'
            f'<div class="w-full min-w-0 ml-2"><div class="gsc-reply-header">{head(r, "reply")}</div>'
            f'<div class="markdown gsc-reply-content">{paras(r)}</div>{reactions(r)}</div></div></div>'
            for r in n.children
        )
        return (
            f'<div class="gsc-comment"><div class="gsc-comment-box"><div class="flex py-2 pl-4 gsc-comment-header">'
            f'{head(n, "comment")}<div class="flex pr-4"><div class="gsc-comment-author-association">'
            f'</div></div></div><div class="markdown gsc-comment-content">'
            f'{paras(n)}</div><div class="gsc-comment-footer">{reactions(n)}</div>'
            + (
                f'<div class="gsc-replies"><h3 class="sr-only">{len(n.children)} replies</h3>{replies}</div>'
                if replies
                else ""
            )
            + '<form class="gsc-reply-box"><button type="button" class="gsc-reply-box-button">Write a reply'
            "</button></form></div></div>"
        )

    thread = (
        '<section class="post-comments"><div class="giscus"><main class="w-full mx-auto" data-theme="light">'
        '<div class="gsc-reactions"><h4 class="gsc-reactions-count">3 reactions</h4></div>'
        f'<div class="gsc-comments"><div class="gsc-header"><div class="gsc-left-header"><h4 '
        f'class="gsc-comments-count"><a href="https://github.com/bb/blog/discussions/41" target="_blank" '
        f'rel="noreferrer noopener nofollow" class="color-text-primary"><span>{len(rows)} comments</span></a>'
        '</h4></div><div class="gsc-right-header"><a>Oldest</a><a>Newest</a></div></div>'
        '<div class="gsc-timeline">'
        + "".join(comment(n) for n in forest)
        + '</div><div class="gsc-comment-box-main"><textarea placeholder="Sign in to comment"></textarea>'
        '<a class="btn btn-primary" href="https://giscus.example/api/oauth/authorize">Sign in with GitHub</a>'
        "</div></div></main></div></section>"
    )
    return art.url, art.page(thread), truth_comments(rows, lambda n: rel_en(now, n.when), tz)


def facebook_es() -> tuple[str, str, list[dict]]:
    """Facebook-comments-plugin-like static markup on a Spanish site: obfuscated class names,
    the author and the text in the same content block (a.UFICommentActorName then span._5mdd),
    actions "Me gusta · Responder" and an abbr with data-utime and a short relative date ("3 h");
    one level of replies in a nested reply list."""
    tz = CEST
    forest = make_forest(
        1010, [8, 4], "es", namer("full", "es"), 10156, datetime(2024, 5, 3, 6, tzinfo=UTC), min_depth=2
    )
    rows = list(flatten(forest))
    now = last_time(forest) + timedelta(hours=1, minutes=35)
    art = Article(
        "es",
        "La Voz del Valle",
        "https://www.lavozdelvalle.example/sociedad/fiestas-2024-programa/",
        "Las fiestas de 2024 recuperan el desfile nocturno",
        "Pablo Navarro",
        datetime(2024, 5, 3, 7, 15, tzinfo=CEST),
        "3 de mayo de 2024",
        10,
    )

    def full(n: Node) -> str:
        d = n.when.astimezone(tz)
        return f"{DAYS['es'][d.weekday()]}, {d.day} de {MONTHS['es'][d.month - 1]} de {d.year} a las {d:%H:%M}"

    def block(n: Node, reply_list: str) -> str:
        slug = n.author.lower().replace(" ", ".")
        return (
            f'<div class="_3-8y _5nz1 clearfix" direction="left"><div class="_ohe lfloat">'
            f'<a href="https://www.facebook.example/{slug}" target="_blank" class="img _8o _8s UFIImageBlockImage">'
            f'<img class="_1ci img" src="https://scontent.example/v/{n.cid}.jpg" alt=""></a></div>'
            f'<div class=""><div class="_42ef"><div class="clearfix"><div class="_ohf rfloat"></div><div>'
            f'<div class="UFICommentContentBlock"><div class="UFICommentContent"><span class=" UFICommentActorName">'
            f'<a class="UFICommentActorName" href="https://www.facebook.example/{slug}" target="_blank" '
            f'dir="ltr">{esc(n.author)}</a></span> <span class="_5mdd"><span>{esc(n.text)}</span></span></div>'
            f'<div class="_2vq9 fsm fwn fcg"><a class="UFILikeLink" href="#" role="button">Me gusta</a>'
            f'<span role="presentation" aria-hidden="true"> · </span><a class="UFIReplyLink" href="#" role="button">'
            f'Responder</a><span role="presentation" aria-hidden="true"> · </span>'
            f'<a class="uiLinkSubtle" href="{art.url}?fb_comment_id={n.cid}" target="_blank">'
            f'<abbr class="UFISutroCommentTimestamp livetimestamp" data-utime="{int(n.when.timestamp())}" '
            f'title="{full(n)}" data-shorten="true">{rel_fb(now, n.when)}</abbr></a></div></div></div></div>'
            f"</div>{reply_list}</div></div>"
        )

    def top(n: Node) -> str:
        replies = "".join(block(r, "") for r in n.children)
        rl = f'<div class="_44ri _2pis UFIReplyList">{replies}</div>' if replies else ""
        return block(n, rl)

    thread = (
        '<div class="fb-comments-wrap"><h3>Comentarios</h3><div class="fb-comments" '
        f'data-href="{art.url}" data-numposts="20"><div class="_li"><div class="_56q9"><div class="_4uyl _1zz8 _2077"'
        f' id="u_0_1"><div class="_3-8x _5x"><span class="_50f7">{len(rows)} comentarios</span>'
        '<div class="_3bqt"><span>Ordenar por</span> <a>Más relevantes</a></div></div>'
        '<div class="_1-sg"><div class="_3-8w"><textarea placeholder="Añade un comentario..."></textarea></div>'
        '</div><div class="_4k-6">'
        + "".join(top(n) for n in forest)
        + '</div><div class="_5o4h"><span class="_50f8">Plugin de comentarios de Facebook</span></div>'
        "</div></div></div></div></div>"
    )
    return art.url, art.page(thread), truth_comments(rows, lambda n: rel_fb(now, n.when), tz)


def coral_en() -> tuple[str, str, list[dict]]:
    """Coral-Talk-like stream: every element carries a "coral coral-…" class pair; replies sit in a
    coral-replyList (role=log) inside the comment's wrapper and carry "In reply to <name>" above
    their text; relative dates in <time> with an absolute title."""
    tz = EDT
    forest = make_forest(
        1111, [5, 3, 2, 2], "en", namer("handle"), 7711, datetime(2024, 5, 3, 12, tzinfo=UTC), min_depth=4
    )
    rows = list(flatten(forest))
    now = last_time(forest) + timedelta(hours=3)
    art = Article(
        "en",
        "Metro Ledger",
        "https://www.metroledger.example/2024/05/03/opinion/bus-lanes-now/",
        "Opinion: Bus lanes now, not in ten years",
        "Ruth Ibarra",
        datetime(2024, 5, 3, 6, tzinfo=EDT),
        "May 3, 2024",
        11,
    )

    def title(n: Node) -> str:
        d = n.when.astimezone(tz)
        return f"{d:%m/%d/%Y}, {en_12h(d)}"

    def comment(n: Node, depth: int, parent: Node | None) -> str:
        kids = "".join(comment(c, depth + 1, n) for c in n.children)
        inreply = (
            f'<div class="coral coral-comment-inReplyTo"><span class="coral coral-comment-inReplyTo-text">'
            f'In reply to</span> <span class="coral coral-comment-inReplyTo-username">{esc(parent.author)}</span>'
            f"</div>"
            if parent is not None
            else ""
        )
        return (
            f'<div class="coral coral-comment-wrapper" id="comment-{n.cid}-wrapper">'
            f'<div class="coral coral-indent coral-indent-{depth}"><div class="coral coral-comment" '
            f'role="article" aria-labelledby="comment-{n.cid}-label" id="comment-{n.cid}">'
            f'<div id="comment-{n.cid}-label" class="coral coral-comment-topBar"><button '
            f'class="coral coral-username coral-comment-username">{esc(n.author)}</button>'
            f'<span class="coral coral-comment-badges"></span><time class="coral coral-timestamp '
            f'coral-comment-timestamp" datetime="{n.when.strftime("%Y-%m-%dT%H:%M:%S.000Z")}" '
            f'title="{title(n)}">{rel_en(now, n.when)}</time></div>{inreply}'
            f'<div class="coral coral-content coral-comment-content">{paras(n)}</div>'
            f'<div class="coral coral-comment-actionBar"><button class="coral coral-reactButton '
            f'coral-comment-reactButton">Respect <span>{n.cid % 9}</span></button><button class="coral '
            f'coral-comment-replyButton">Reply</button><button class="coral coral-comment-shareButton">Share'
            f'</button><button class="coral coral-comment-reportButton">Report</button></div></div></div>'
            + (
                f'<div class="coral coral-replyList" id="coral-comments-replyList-log--{n.cid}" role="log" '
                f'aria-live="off">{kids}</div>'
                if kids
                else ""
            )
            + "</div>"
        )

    thread = (
        '<section class="article-comments"><div id="coral_thread"><div class="coral coral-stream" '
        'data-coral-stream=""><div class="coral coral-tabBar"><button class="coral coral-tabBar-allComments">'
        f'Comments <span class="coral coral-counter">{len(rows)}</span></button><button class="coral '
        'coral-tabBar-myProfile">My Profile</button></div><div class="coral coral-createComment">'
        '<textarea placeholder="Post a comment"></textarea><button class="coral coral-createComment-submit">'
        'Submit</button></div><div class="coral coral-sortMenu">Sort by <select><option>Newest</option>'
        '<option>Oldest</option><option>Most replies</option></select></div><div class="coral coral-comments" '
        'role="log" aria-live="polite">' + "".join(comment(n, 0, None) for n in forest) + "</div></div></div></section>"
    )
    return art.url, art.page(thread, comments_inside=False), truth_comments(rows, lambda n: rel_en(now, n.when), tz)


def dl_guestbook_de() -> tuple[str, str, list[dict]]:
    """A threaded guestbook ("Leserbriefe") under a club's news article, as nested definition lists:
    each entry a dl with the name and <time> in the dt and the text in the dd, answers nested as
    further dl inside the dd after the text."""
    tz = CEST
    forest = make_forest(
        1212, [5, 3, 2, 1], "de", namer("full", "de"), 1, datetime(2024, 5, 3, 5, tzinfo=UTC), min_depth=4
    )
    rows = list(flatten(forest))
    art = Article(
        "de",
        "TSV Hafenwerder 1898 e.V.",
        "https://www.tsv-hafenwerder.example/aktuelles/neuer-kunstrasen",
        "Neuer Kunstrasen: Baustart im Juni",
        "Sören Köhler",
        datetime(2024, 5, 3, 6, 0, tzinfo=CEST),
        "03.05.2024",
        12,
    )

    def shown(n: Node) -> str:
        return n.when.astimezone(tz).strftime("%d.%m.%Y um %H:%M Uhr")

    def entry(n: Node) -> str:
        kids = "".join(entry(c) for c in n.children)
        local = n.when.astimezone(tz)
        return (
            f'<dl class="gb-eintrag" id="eintrag-{n.cid}"><dt><span class="gb-name">{esc(n.author)}</span> '
            f'schrieb am <time datetime="{local.strftime("%Y-%m-%dT%H:%M%z")[:-2]}:00">{shown(n)}</time>:</dt>'
            f'<dd><div class="gb-text">{paras(n, "br")}</div><div class="gb-links">'
            f'<a href="?antwort={n.cid}#gb-form">Antworten</a></div>{kids}</dd></dl>'
        )

    thread = (
        '<div id="leserbriefe" class="gaestebuch"><h2>Leserbriefe &amp; Antworten</h2>'
        f'<p class="gb-info">{len(rows)} Einträge. Einträge werden vor der Freischaltung geprüft.</p>'
        + "".join(entry(n) for n in forest)
        + '<form id="gb-form" class="gb-form" method="post"><fieldset><legend>Neuer Eintrag</legend>'
        '<label>Name <input name="name"></label><label>E-Mail <input name="mail"></label>'
        '<label>Nachricht <textarea name="text"></textarea></label><button>Eintragen</button></fieldset></form>'
        "</div>"
    )
    return art.url, art.page(thread), truth_comments(rows, shown, tz)


FIXTURES: dict[str, Callable[[], tuple[str, str, list[dict]]]] = {
    "disqus-embed": disqus_embed,
    "phpbb-quote-de": phpbb_quotes,
    "xenforo-article": xenforo_article,
    "vbulletin-quote-fr": vbulletin_fr,
    "margin-left-blog-fr": margin_left_fr,
    "aria-level-es": aria_level_es,
    "isso-de": isso_de,
    "commento-en": commento_en,
    "giscus-en": giscus_en,
    "facebook-plugin-es": facebook_es,
    "coral-stream-en": coral_en,
    "dl-guestbook-de": dl_guestbook_de,
}


def main() -> None:
    records: list[dict[str, Any]] = []
    for name, make in sorted(FIXTURES.items()):
        url, page, comments = make()
        assert 8 <= len(comments) <= 25, (name, len(comments))
        (HERE / f"{name}.html").write_text(page, encoding="utf-8")
        records.append({"id": name, "file": f"{name}.html", "url": url, "comments": comments, "next_page_url": None})
    with (HERE / "truth.jsonl").open("w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for rec in records:
        c: list[dict[str, Any]] = rec["comments"]

        def depth(i: int, c: list[dict[str, Any]] = c) -> int:
            return 0 if c[i]["parent"] is None else 1 + depth(c[i]["parent"], c)

        print(
            f"{rec['id']:<22} comments={len(c):<3} replies={sum(x['parent'] is not None for x in c):<3} "
            f"levels={1 + max(depth(i) for i in range(len(c)))}"
        )


if __name__ == "__main__":
    main()
