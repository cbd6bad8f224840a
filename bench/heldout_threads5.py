"""Comment threads, set 5: twelve hand-made templates of thread markup, one reply-structure
mechanism each, written as development data for branch threads24 (set 4 stays the held-out measure).

    python bench/heldout_threads5.py [--keep DIR]

Each template is written by hand in the shape of a kind of real thread markup (none copied from a
site), filled from fixed seeds so that page and truth always agree: a Stack-Exchange-like Q&A page
(comment lists under answers), a NodeBB-like Portuguese forum (flat, "em resposta a" links to the
post's path), a Heise-like German forum (an outline of subject lines above the flat postings), a
Polish portal (indentation on a wrapper around each comment), a Dutch tech site (flat, an "↑" link
to the comment answered), a Turkish SMF-like forum (replies quote the post they answer), a
Vietnamese news widget (name inline before the text, one reply level), an Indonesian news site
(newest thread first), a MetaFilter-like flat page ("posted by" footers below the text), a Spanish
readers' forum (replies nested in <blockquote>), a Czech forum (<dt> header and <dd> body per
comment, nested <dl>), an Italian blog (flat, "in risposta a <b>Name</b>" without a link).
Truth conventions are set 3's (bench/heldout_threads.py), whose harness this module uses.
"""

from __future__ import annotations

import random
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

Row = tuple[Node, int, Node | None]


def vocabulary(text: str) -> list[str]:
    return text.split()


PT_WORDS = vocabulary(
    "a o que não mas porque cidade ônibus linha horário tarifa prefeitura bairro obra rua chuva água "
    "conta preço mercado escola governo acho sempre nunca ainda já talvez muito pouco melhor pior "
    "semana ontem hoje ponte trânsito motorista verdade problema solução projeto dinheiro"
)
DE_WORDS = vocabulary(
    "der die das nicht aber weil und oder ich wir man schon noch immer nie vielleicht Akku Treiber "
    "Update Kernel Laptop Netzteil Lüfter Grafikkarte Speicher Preis Hersteller Garantie Bug Patch "
    "funktioniert läuft stimmt glaube meine eigentlich genau leider wieder"
)
PL_WORDS = vocabulary(
    "to nie ale i że bo już jeszcze zawsze nigdy może miasto tramwaj most remont droga radni budżet "
    "podatek mieszkańcy szkoła szpital ceny wynajem mieszkanie rząd urząd chyba naprawdę dobrze źle "
    "wreszcie znowu"
)
NL_WORDS = vocabulary(
    "de het een niet maar omdat en of ik wij toch nog altijd nooit misschien processor geheugen "
    "accu scherm driver update prijs fabrikant garantie koeling ventilator werkt klopt denk eigenlijk "
    "gewoon helaas weer"
)
TR_WORDS = vocabulary(
    "bu bir ve ama çünkü değil hep hiç belki zaten hala motor yağ lastik fren vites servis parça "
    "fiyat garanti yol kilometre yakıt bence aslında gerçekten tamam sorun çözüm"
)
VI_WORDS = vocabulary(
    "tôi không nhưng vì và hoặc đã vẫn luôn chưa có lẽ giá xăng đường phố xe buýt người dân thành "
    "phố chính quyền dự án trường học bệnh viện thật sự rất quá nên cần"
)
ID_WORDS = vocabulary(
    "saya tidak tapi karena dan atau sudah masih selalu belum mungkin harga beras jalan tol banjir "
    "warga kota pemerintah proyek sekolah rumah sakit memang sangat terlalu harus perlu"
)
ES_WORDS = vocabulary(
    "el la que no pero porque y o ya todavía siempre nunca quizá libro novela autor capítulo final "
    "personaje editorial traducción lectura página creo realmente bastante mejor peor"
)
CS_WORDS = vocabulary(
    "to ne ale a že protože už ještě vždy nikdy možná kolo řetěz brzda rám pneumatika sedlo cena "
    "servis výlet kopec silnice myslím opravdu docela lepší horší"
)
IT_WORDS = vocabulary(
    "il la che non ma perché e o già ancora sempre mai forse ricetta farina lievito forno impasto "
    "pomodoro basilico olio sale cottura penso davvero proprio meglio peggio"
)

PT_NAMES = ["lucas", "mariana", "rafa", "thiago", "bia", "gustavo", "camila", "felipe", "juliana", "pedro"]
PL_NICKS = ["mieszkaniec", "gosc", "kasia", "tomek", "obywatel", "sasiad", "pasazer", "rowerzysta", "ania", "marek"]
NL_FIRST = ["Jeroen", "Sanne", "Bas", "Femke", "Joost", "Lotte", "Ruben", "Iris", "Thijs", "Anouk"]
NL_LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos"]
TR_NAMES = ["mehmet_k", "ayse.y", "emre34", "zeynep_d", "burak06", "elif.k", "can_t", "selin35", "onur_b", "deniz41"]
VI_NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Hoàng Thu Hà",
            "Vũ Đức Hải", "Đặng Ngọc Lan", "Bùi Thanh Long", "Đỗ Mỹ Linh", "Ngô Gia Phúc"]  # fmt: skip
ID_NAMES = ["Budi Santoso", "Siti Rahma", "Agus Wijaya", "Dewi Lestari", "Rizky Pratama", "Putri Ayu",
            "Andi Saputra", "Rina Kurnia", "Hendra Gunawan", "Wulan Sari"]  # fmt: skip
ES_FIRST = ["Lucía", "Javier", "Carmen", "Pablo", "Marta", "Diego", "Elena", "Sergio", "Nuria", "Álvaro"]
ES_LAST = ["García", "Fernández", "López", "Martín", "Sánchez", "Romero", "Navarro", "Torres", "Gil", "Ruiz"]
CS_NAMES = ["Petr Novák", "Jana Svobodová", "Tomáš Dvořák", "Lucie Černá", "Martin Procházka", "Eva Kučerová",
            "Jakub Veselý", "Tereza Horáková", "Ondřej Němec", "Klára Marková"]  # fmt: skip
IT_FIRST = ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara", "Davide", "Elena", "Paolo"]
IT_LAST = ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti"]


def pick(names: list[str]) -> Callable[[random.Random], str]:
    return lambda r: r.choice(names)


def pair(first: list[str], last: list[str]) -> Callable[[random.Random], str]:
    return lambda r: f"{r.choice(first)} {r.choice(last)}"


def texts(words: list[str], most: int = 2) -> Callable[[random.Random], list[str]]:
    return lambda r: paras(r, words, most=most)


def chrono(forest: list[Node], seed: int, start: datetime, step: tuple[int, int]) -> list[Row]:
    """The comments in the order a flat forum shows them (by time), every reply after what it
    answers but not always right after it; the clock is restamped in that order."""
    rng = random.Random(seed)
    rows = list(flatten(forest))
    key: dict[int, float] = {}
    for n, _d, p in rows:
        key[id(n)] = (key[id(p)] + rng.uniform(0.1, 4.0)) if p is not None else forest.index(n) * 1.5
    rows.sort(key=lambda r: key[id(r[0])])
    clock = start
    for n, _, _ in rows:
        clock += timedelta(minutes=rng.randint(*step))
        n.when = clock
    return rows


def votes(n: Node, most: int = 30) -> int:
    return zlib.crc32(n.text.encode()) % most


# ---------------------------------------------------------------- 1. Stack-Exchange-like Q&A


def qa_answers() -> tuple:
    """A Q&A site's question page in the shape of Stack Exchange: the question (not a comment) and
    its short comments, then answers, each with its own list of short comments below it (a comment
    answers the answer it sits under; the question's comments and the answers answer nothing).
    Answers and comments are different markup; an answer's signature may show an editor first."""
    url = "https://electronics.qa.example.com/questions/70412/why-does-my-rc-filter-ring"
    forest = make_tree(501, [7, 4], full_name, lambda r: paras(r, most=2), datetime(2024, 5, 3, 6, 0, tzinfo=UTC),
                       (5, 120), 16, 26, 1)  # fmt: skip
    on_question = forest[:2]
    for n in on_question:
        n.children = []
    answers = forest[2:]
    for n in forest:
        for k in n.children:
            k.paras = [" ".join(k.paras)]
    for n in on_question:
        n.paras = [" ".join(n.paras)]
    rows = list(flatten(forest))
    shown = lambda n: f"{n.when.strftime('%b')} {n.when.day}, {n.when.year} at {n.when.strftime('%H:%M')}"  # noqa: E731

    def comment(n: Node, post: int) -> str:
        score = votes(n, 6)
        return (
            f'<li id="comment-{n.cid}" class="comment js-comment" data-comment-id="{n.cid}">'
            f'<div class="comment-actions"><div class="comment-score">{f"<span>{score}</span>" if score else ""}</div></div>'
            f'<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide">'
            f'<span class="comment-copy">{rich(n.paras[0])}</span> –&nbsp;<div class="d-inline-flex ai-center">'
            f'<a href="/users/{n.cid % 9000}/{n.author.lower().replace(" ", "-")}" class="comment-user">{esc(n.author)}</a>'
            f'<span class="comment-date" dir="ltr"><a class="comment-link" href="#comment{n.cid}_{post}">'
            f'<span title="{n.when.strftime("%Y-%m-%d %H:%M:%SZ")}, License: CC BY-SA 4.0" class="relativetime-clean">'
            f"{shown(n)}</span></a></span></div></div></div></li>"
        )

    def comments(post: int, kids: list[Node]) -> str:
        items = "".join(comment(k, post) for k in kids)
        return (
            f'<div class="post-layout--right js-post-comments-component"><div id="comments-{post}" class="comments '
            f'js-comments-container" data-post-id="{post}"><ul class="comments-list js-comments-list">{items}</ul></div>'
            f'<div id="comments-link-{post}"><a class="js-add-link comments-link" href="#" role="button">Add a comment</a>'
            "</div></div>"
        )

    def signature(verb: str, who: str, when: datetime, rep: int) -> str:
        return (
            f'<div class="post-signature"><div class="user-info"><div class="user-action-time">{verb} '
            f'<span title="{when.strftime("%Y-%m-%d %H:%M:%SZ")}" class="relativetime">{shown(Node(who, [], when, 0))}'
            f'</span></div><div class="user-gravatar32"><img src="/avatar/{rep}.png" width="32" height="32" alt=""></div>'
            f'<div class="user-details"><a href="/users/{rep}/{who.lower().replace(" ", "-")}">{esc(who)}</a>'
            f'<div class="-flair"><span class="reputation-score">{rep:,}</span></div></div></div></div>'
        )

    def answer(n: Node, k: int) -> str:
        edited = (
            signature("edited", "Moderator Bot" if k == 1 else "Harriet Vale", n.when + timedelta(hours=3), 3101)
            if k % 2
            else ""
        )
        accepted = ' accepted-answer" itemprop="acceptedAnswer' if k == 0 else '" itemprop="suggestedAnswer'
        return (
            f'<div id="answer-{n.cid}" class="answer js-answer{accepted}" data-answerid="{n.cid}" itemscope '
            f'itemtype="https://schema.org/Answer"><div class="post-layout"><div class="votecell post-layout--left">'
            f'<div class="js-voting-container"><button class="js-vote-up-btn" aria-label="Up vote">▲</button>'
            f'<div class="js-vote-count" itemprop="upvoteCount">{votes(n, 40)}</div>'
            f'<button class="js-vote-down-btn" aria-label="Down vote">▼</button></div></div>'
            f'<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text">{p_html(n)}</div>'
            f'<div class="mt24"><div class="d-flex fw-wrap ai-start"><div class="post-menu"><a href="/a/{n.cid}">Share</a>'
            f'<a href="/posts/{n.cid}/edit">Improve this answer</a><button>Follow</button></div>{edited}'
            f"{signature('answered', n.author, n.when, 100 + n.cid % 5000)}</div></div></div>"
            f"{comments(n.cid, n.children)}</div></div>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(5011, 3))
    qid = 70412
    page = (
        head(
            "Why does my RC filter ring? - Electrical Engineering Q&A",
            url,
            "A first-order RC low-pass should not overshoot, yet mine rings at 40 kHz.",
            '<meta property="og:type" content="website"><meta name="twitter:card" content="summary">',
        )
        + '<body class="question-page"><header class="s-topbar"><a class="s-topbar--logo" href="/">Electrical Engineering'
        '</a><nav><ol class="s-navigation"><li><a href="/questions">Questions</a></li><li><a href="/tags">Tags</a></li>'
        '<li><a href="/users">Users</a></li></ol></nav><form class="s-topbar--searchbar"><input name="q" '
        'placeholder="Search…"></form><a href="/users/login">Log in</a><a href="/users/signup">Sign up</a></header>'
        '<div class="container"><div id="content"><div id="question-header"><h1 itemprop="name"><a class="question-hyperlink"'
        f' href="/questions/{qid}/why-does-my-rc-filter-ring">Why does my RC filter ring?</a></h1></div>'
        '<div class="d-flex"><div>Asked <time datetime="2024-05-03T05:40:00">May 3, 2024</time></div>'
        "<div>Viewed 1,204 times</div></div>"
        f'<div id="mainbar"><div class="question js-question" data-questionid="{qid}" id="question">'
        '<div class="post-layout"><div class="votecell"><div class="js-vote-count">12</div></div>'
        f'<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">{body}'
        "<pre><code>R = 1k, C = 100n, source: function generator, 50 Ω</code></pre></div>"
        '<div class="post-taglist"><a class="post-tag" href="/questions/tagged/filter">filter</a>'
        '<a class="post-tag" href="/questions/tagged/oscilloscope">oscilloscope</a></div>'
        f"{signature('asked', 'Owen Castellan', datetime(2024, 5, 3, 5, 40, tzinfo=UTC), 88)}</div>"
        f"{comments(qid, on_question)}</div></div>"
        f'<div id="answers"><div id="answers-header"><h2 class="mb0">{len(answers)} Answers</h2>'
        '<div class="js-sort">Sorted by: <select><option>Highest score (default)</option><option>Date modified '
        "(newest first)</option></select></div></div>"
        + "".join(answer(n, k) for k, n in enumerate(answers))
        + '<h2 class="bottom-notice">Not the answer you\'re looking for? Browse other questions tagged '
        '<a href="/questions/tagged/filter">filter</a> or <a href="/questions/ask">ask your own question</a>.</h2>'
        '<form id="post-form"><h2 class="space">Your Answer</h2><textarea name="post-text"></textarea>'
        '<button type="submit">Post Your Answer</button></form></div></div>'
        '<div id="sidebar"><div class="module sidebar-linked"><h4>Linked</h4><div class="linked"><a href="/q/1201">'
        'Ringing on a square wave through a low-pass</a></div></div><div class="module sidebar-related"><h4>Related</h4>'
        '<div class="related"><a href="/q/3344">Why is my scope probe adding overshoot?</a><a href="/q/5120">'
        'Ground lead length and ringing</a><a href="/q/7781">Choosing C for an RC snubber</a></div></div>'
        '<div id="hot-network-questions" class="module"><h4>Hot Network Questions</h4><ul><li><a href="/q/9">'
        'Is a diode drop always 0.7 V?</a></li><li><a href="/q/10">Soldering to aluminium</a></li></ul></div></div>'
        '</div></div><footer class="site-footer"><nav><a href="/help">Help</a><a href="/legal/privacy-policy">Privacy</a>'
        "</nav><p>Site design / logo © 2024; user contributions licensed under CC BY-SA.</p></footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 2. NodeBB-like, Portuguese


def nodebb_forum() -> tuple:
    """A Brazilian community forum in the shape of NodeBB: the topic's first post (not a comment)
    and the replies in one flat list by time; a reply to another post carries an "em resposta a
    @name" link to that post's path (/post/<pid>), ages are relative with the instant in a title."""
    url = "https://forum.mobilidade.example.com.br/topic/1877/nova-linha-de-onibus-no-bairro"
    start = datetime(2024, 5, 3, 8, 0, tzinfo=UTC)
    forest = make_tree(502, [8, 2, 2], lambda r: handle(r) if r.random() < 0.4 else r.choice(PT_NAMES) + str(r.randint(1, 99)),
                       texts(PT_WORDS), start, (5, 90), 14, 22, 2)  # fmt: skip
    rows = chrono(forest, 5021, start, (4, 240))
    now = datetime(2024, 5, 6, 12, 0, tzinfo=UTC)

    def rel(n: Node) -> str:
        s = (now - n.when).total_seconds()
        if s < 86400:
            v = int(s // 3600)
            return f"há {v} hora{'s' if v != 1 else ''}"
        v = int(s // 86400)
        return f"há {v} dia{'s' if v != 1 else ''}"

    def post(n: Node, k: int, parent: Node | None, first: bool = False) -> str:
        reply = (
            f'<a component="post/parent" class="btn btn-ghost btn-sm" data-topid="{parent.cid}" href="/post/{parent.cid}">'
            f'<i class="fa fa-reply"></i> em resposta a <span class="fw-semibold">@{esc(parent.author)}</span></a>'
            if parent is not None
            else ""
        )
        return (
            f'<li component="post" class="{"topic-owner-post " if first else ""}pt-4" data-index="{k}" data-pid="{n.cid}" '
            f'data-uid="{zlib.crc32(n.author.encode()) % 900}" itemprop="comment" itemscope itemtype="http://schema.org/Comment">'
            f'<a component="post/anchor" data-index="{k}" id="{k}"></a><div class="d-flex align-items-start gap-3">'
            f'<div class="icon"><a href="/user/{n.author}"><span class="avatar" style="background:#3f51b5">'
            f'{n.author[0].upper()}</span></a></div><div class="post-container d-flex flex-column">'
            f'<div class="post-header d-flex flex-wrap gap-1"><a class="fw-bold" href="/user/{n.author}" '
            f'itemprop="author" data-username="{n.author}">{esc(n.author)}</a>{reply}'
            f'<a href="/post/{n.cid}" class="timeago-link"><span class="timeago text-muted" title="'
            f'{n.when.strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{rel(n)}</span></a></div>'
            f'<div class="content" component="post/content" itemprop="text">{p_html(n)}</div>'
            f'<div class="post-footer"><span component="post/votes">{votes(n)}</span>'
            f'<a component="post/reply" href="#">Responder</a><a component="post/quote" href="#">Citar</a>'
            f'<span class="replies-count">{len(n.children) or ""}</span></div></div></div></li>'
        )

    op = Node("mariana_m", article(5022, 2, PT_WORDS), datetime(2024, 5, 3, 7, 55, tzinfo=UTC), 88001)
    page = (
        head(
            "Nova linha de ônibus no bairro | Fórum Mobilidade",
            url,
            "A prefeitura anunciou uma nova linha entre o bairro e o centro.",
            '<meta property="og:type" content="article"><meta name="generator" content="NodeBB">',
            "pt-BR",
        )
        + '<body class="page-topic"><nav class="sidebar-left"><a href="/categories">Categorias</a><a href="/recent">'
        'Recentes</a><a href="/popular">Populares</a><a href="/users">Usuários</a></nav><main id="panel">'
        '<div class="breadcrumb"><a href="/">Início</a> › <a href="/category/4/transporte">Transporte</a></div>'
        '<div class="topic"><h1 component="post/header" class="topic-title"><span>Nova linha de ônibus no bairro</span></h1>'
        f'<div class="topic-info"><span>{len(rows) + 1} posts</span> · <span>{len({n.author for n, _, _ in rows}) + 1} '
        'participantes</span> · <span>412 visualizações</span></div><ul component="topic" class="posts timeline">'
        + post(op, 0, None, True)
        + "".join(post(n, k + 1, p) for k, (n, _, p) in enumerate(rows))
        + '</ul><div class="topic-footer"><button component="topic/reply">Responder</button>'
        '<a href="/login">Entre para responder</a></div></div>'
        '<div class="suggested-topics"><h3>Tópicos sugeridos</h3><ul><li><a href="/topic/1801/ciclovia-da-avenida">'
        'Ciclovia da avenida</a> <span>12 posts</span></li><li><a href="/topic/1790/tarifa-2024">Tarifa 2024</a> '
        "<span>48 posts</span></li></ul></div></main>"
        '<footer><p>Fórum Mobilidade · <a href="/termos">Termos de uso</a> · Powered by NodeBB</p></footer></body></html>'
    )
    return url, page, truth(rows, rel, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 3. Heise-like outline forum, German


def outline_forum() -> tuple:
    """A German IT-news forum: the thread as an outline of subject lines (nested lists, each line a
    link to its posting's anchor, with author and time), then all postings flat below it in the same
    order, each with subject, author, time and body; who answers whom is only in the outline."""
    url = "https://forum.technik-ticker.example.de/artikel/neuer-kernel-treiber/thread-4471/"
    tz = timezone(timedelta(hours=2))
    forest = make_tree(503, [6, 3, 2, 1], pick(["Bitschubser", "kernelhacker", "Tux2000", "Mausschubser",
                       "Nachtschicht", "Altlast", "Lötkolben", "NetzwerkNerd", "Quellcode", "Bastelbude"]),
                       texts(DE_WORDS), datetime(2024, 5, 3, 9, 0, tzinfo=tz), (3, 80), 16, 24, 3)  # fmt: skip
    rows = list(flatten(forest))
    subjects = ["Läuft bei mir", "Endlich", "Und AMD?", "Lüfter dreht hoch", "Nicht ganz", "Quelle?", "Ja, aber",
                "Garantie", "Patch ist raus", "Seit Jahren"]  # fmt: skip
    subj = {id(n): (("Re: " if p is not None else "") + subjects[n.cid % len(subjects)]) for n, _, p in rows}
    shown = lambda n: n.when.strftime("%d.%m.%Y %H:%M")  # noqa: E731

    def line(n: Node) -> str:
        kids = "".join(line(k) for k in n.children)
        return (
            f'<li class="tree_item"><div class="tree_line"><a class="tree_subject" href="#posting_{n.cid}">'
            f'{esc(subj[id(n)])}</a> <span class="tree_user">{esc(n.author)}</span> '
            f'<span class="tree_time">{shown(n)}</span></div>{f"<ul>{kids}</ul>" if kids else ""}</li>'
        )

    def posting(n: Node) -> str:
        return (
            f'<article class="posting" id="posting_{n.cid}"><header class="posting_header">'
            f'<h3 class="posting_subject">{esc(subj[id(n)])}</h3><div class="posting_meta">'
            f'<a class="posting_user" href="/forum/user/{n.author.lower()}/">{esc(n.author)}</a> · '
            f'<time datetime="{n.when.isoformat()}">{shown(n)}</time></div></header>'
            f'<div class="posting_text">{p_html(n)}</div><footer class="posting_actions">'
            f'<a href="/forum/posting/{n.cid}/antworten/">Antworten</a> <a href="/forum/posting/{n.cid}/">Permalink</a> '
            f'<span class="posting_rating">Bewertung: {votes(n, 9) - 4:+d}</span> <a href="/forum/melden/{n.cid}/">Melden'
            "</a></footer></article>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(5031, 3, DE_WORDS))
    page = (
        head(
            "Neuer Kernel-Treiber: Forum | Technik-Ticker",
            url,
            "Diskussion zum Artikel über den neuen Kernel-Treiber.",
            '<meta property="og:type" content="article">',
            "de",
        )
        + '<body><header class="header"><a class="logo" href="/">Technik-Ticker</a><nav><a href="/news/">News</a>'
        '<a href="/tests/">Tests</a><a href="/forum/">Forum</a><a href="/abo/">Abo</a></nav></header><main>'
        '<div class="article_teaser"><h1>Neuer Kernel-Treiber bringt schnellere Grafik</h1>'
        f'<p class="teaser_meta">03.05.2024 08:30 Uhr · Redaktion</p>{body}'
        '<a href="/news/neuer-kernel-treiber/">Zum Artikel</a></div>'
        '<section class="forum"><h2>Forum: Neuer Kernel-Treiber</h2><div class="forum_toolbar">'
        '<a href="/forum/neu/">Neues Thema</a> <a href="/forum/login/">Anmelden</a> <span>Ansicht: Baum | Flach</span></div>'
        '<h3>Thread-Übersicht</h3><ul class="tree">' + "".join(line(n) for n in forest) + "</ul>"
        '<h3>Alle Beiträge</h3><div class="postings">' + "".join(posting(n) for n, _, _ in rows) + "</div>"
        '<p class="forum_rules"><a href="/forum/regeln/">Forenregeln</a> · Bitte bleiben Sie sachlich.</p></section>'
        '<aside class="sidebar"><h3>Meistgelesen</h3><ol><li><a href="/news/a/">Router-Lücke: Updates jetzt</a></li>'
        '<li><a href="/news/b/">Test: Drei Mini-PCs</a></li><li><a href="/news/c/">Akku-Tausch wird Pflicht</a></li></ol>'
        '</aside></main><footer><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a> '
        "© 2024 Technik-Ticker</footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 4. Polish portal, indented wrappers


PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia"]  # fmt: skip


def wrapped_indent() -> tuple:
    """A Polish city portal: comments stand flat in page order, each inside a row wrapper whose
    inline padding is the indentation (the comment box itself carries none); nicks with a partly
    hidden IP address, thumbs up/down, "Odpowiedz" and "Zgłoś"."""
    url = "https://miasto.wiadomosci.example.pl/artykul/remont-mostu-potrwa-dluzej,412233"
    forest = make_tree(504, [8, 3, 2, 1], lambda r: r.choice(PL_NICKS) + str(r.randint(1, 999)), texts(PL_WORDS),
                       datetime(2024, 5, 3, 7, 0), (4, 95), 16, 25, 3)  # fmt: skip
    rows = list(flatten(forest))
    shown = lambda n: f"{n.when.day} {PL_MONTHS[n.when.month - 1]} {n.when.year}, {n.when.strftime('%H:%M')}"  # noqa: E731

    def c(n: Node, d: int) -> str:
        return (
            f'<div class="k-row" style="padding-left: {d * 32}px"><div class="k-box" id="k{n.cid}">'
            f'<div class="k-head"><span class="k-nick">{esc(n.author)}</span> '
            f'<span class="k-ip">IP: 83.{n.cid % 200}.*.*</span> <span class="k-date">{shown(n)}</span></div>'
            f'<div class="k-body">{p_html(n)}</div><div class="k-foot"><button class="k-up">👍 {votes(n)}</button>'
            f'<button class="k-down">👎 {votes(n, 7)}</button><a href="#form" class="k-reply">Odpowiedz</a>'
            f'<a href="/zglos/{n.cid}" class="k-report">Zgłoś</a></div></div></div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(5041, 5, PL_WORDS))
    page = (
        head(
            "Remont mostu potrwa dłużej - Wiadomości Miasto",
            url,
            "Remont mostu potrwa co najmniej do jesieni.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-02T16:20:00+02:00">',
            "pl",
        )  # fmt: skip
        + '<body><header class="top"><a href="/" class="logo">Wiadomości Miasto</a><nav><a href="/kategoria/miasto">'
        'Miasto</a><a href="/kategoria/sport">Sport</a><a href="/kategoria/kultura">Kultura</a><a href="/ogloszenia">'
        'Ogłoszenia</a></nav></header><main><article class="art"><h1>Remont mostu potrwa dłużej</h1>'
        '<div class="art-meta">Anna Wróbel · 2 maja 2024, 16:20</div>'
        f'<div class="art-body">{body}</div><div class="share"><a href="#">Udostępnij</a><a href="#">Wyślij</a></div>'
        '</article><section class="komentarze" id="komentarze"><h2>Komentarze (' + str(len(rows)) + ")</h2>"
        '<p class="regulamin">Komentarze są publikowane zgodnie z <a href="/regulamin">regulaminem</a>.</p>'
        '<form id="form" class="k-form"><input name="nick" placeholder="Twój nick"><textarea name="tresc" '
        'placeholder="Napisz komentarz"></textarea><button>Dodaj komentarz</button></form><div class="k-list">'
        + "".join(c(n, d) for n, d, _ in rows)
        + '</div><a class="k-more" href="?page=2#komentarze" style="display:none">Pokaż więcej</a></section>'
        '<aside class="polecane"><h3>Polecane</h3><ul><li><a href="/a/1">Nowy rozkład tramwajów od czerwca</a></li>'
        '<li><a href="/a/2">Ceny mieszkań znów w górę</a></li><li><a href="/a/3">Radni przyjęli budżet</a></li></ul>'
        '</aside></main><footer><a href="/kontakt">Kontakt</a> <a href="/rodo">RODO</a> © 2024 Wiadomości Miasto'
        "</footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 5. Dutch tech site, "↑" links


NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]  # fmt: skip


def arrow_links() -> tuple:
    """A Dutch tech-news site's reactions in one flat list by time: a reply shows a bare "↑" link to
    the reaction it answers (an anchor on the page); moderation score, "Reageer" and "Citeer"."""
    url = "https://tweakblad.example.nl/nieuws/221043/nieuwe-processor-verbruikt-minder.html"
    start = datetime(2024, 5, 3, 9, 0)
    forest = make_tree(505, [9, 3, 2], pair(NL_FIRST, NL_LAST), texts(NL_WORDS), start, (3, 60), 15, 24, 2)
    rows = chrono(forest, 5051, start, (2, 50))
    shown = lambda n: (  # noqa: E731
        f"{NL_DAYS[n.when.weekday()]} {n.when.day} {NL_MONTHS[n.when.month - 1]} {n.when.year} {n.when.strftime('%H:%M')}"
    )

    def c(n: Node, p: Node | None) -> str:
        up = f' <a class="reactie-op" href="#r_{p.cid}">↑</a>' if p is not None else ""
        score = votes(n, 5) - 1
        return (
            f'<div class="reactie" id="r_{n.cid}"><div class="reactie-kop"><span class="reactie-naam">'
            f'<a href="/gebruiker/{n.cid % 9999}/">{esc(n.author)}</a></span> <span class="reactie-score">'
            f'{score:+d}</span><a class="reactie-datum" href="#r_{n.cid}">{shown(n)}</a>{up}</div>'
            f'<div class="reactie-tekst">{p_html(n)}</div><div class="reactie-voet"><a href="#reageer">Reageer</a> '
            '<a href="#reageer">Citeer</a> <a href="/melden/">Meld</a></div></div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(5052, 5, NL_WORDS))
    page = (
        head(
            "Nieuwe processor verbruikt minder stroom - Tweakblad",
            url,
            "De nieuwe processor is zuiniger.",
            '<meta property="og:type" content="article">',
            "nl",
        )  # fmt: skip
        + '<body><div id="top"><a href="/" class="logo">Tweakblad</a><ul id="menu"><li><a href="/nieuws/">Nieuws</a></li>'
        '<li><a href="/reviews/">Reviews</a></li><li><a href="/pricewatch/">Pricewatch</a></li><li><a href="/forum/">'
        'Forum</a></li></ul></div><div id="contentArea"><article class="artikel"><h1>Nieuwe processor verbruikt minder '
        'stroom</h1><p class="auteur">Door Wouter Kramer · vrijdag 3 mei 2024 08:15</p>'
        f'<div class="artikeltekst">{body}</div></article>'
        f'<div id="reacties"><h2>Reacties ({len(rows)})</h2><div class="reacties-filter">Sorteer op: <a>tijd</a> | '
        "<a>score</a> · Toon: <a>+1 en hoger</a></div>"
        + "".join(c(n, p) for n, _, p in rows)
        + '<form id="reageer"><p>Je moet <a href="/login/">ingelogd</a> zijn om te reageren.</p></form></div>'
        '<aside class="zijbalk"><h3>Meest gelezen</h3><ol><li><a href="/nieuws/1/">Router krijgt update</a></li>'
        '<li><a href="/nieuws/2/">Prijs van ssd\'s daalt</a></li></ol><h3>Pricewatch</h3><ul><li><a href="/pw/1/">'
        'Processor X 499 euro</a></li></ul></aside></div><footer>© 2024 Tweakblad · <a href="/privacy/">Privacy</a>'
        "</footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 6. SMF-like forum, Turkish, quote replies


TR_MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]


def quote_forum() -> tuple:
    """A Turkish car forum in the shape of SMF: the topic's first message (not a comment), then the
    replies by time, each in a poster column and a post column with "Ynt:" subject and date; a reply
    opens with a quote of the post it answers ("Alıntı: name — date" linking to that message),
    some posters have a signature."""
    url = "https://forum.otomobil.example.com.tr/index.php?topic=9912.0"
    start = datetime(2024, 5, 3, 10, 0)
    forest = make_tree(506, [9, 2, 1], pick(TR_NAMES), texts(TR_WORDS), start, (5, 100), 13, 20, 2)
    rows = chrono(forest, 5061, start, (6, 180))
    shown = lambda n: f"{n.when.day:02d} {TR_MONTHS[n.when.month - 1]} {n.when.year}, {n.when.strftime('%H:%M:%S')}"  # noqa: E731
    sigs = {"emre34": "2012 model dizel, 240.000 km", "selin35": "Yavaş git, uzağa git."}

    def post(n: Node, k: int, p: Node | None) -> str:
        quote = (
            f'<blockquote class="bbc_standard_quote"><cite><a href="{url[:-2]}.msg{p.cid}#msg{p.cid}">Alıntı: '
            f"{esc(p.author)} — {shown(p)}</a></cite>{esc(p.paras[0].split('. ')[0])}</blockquote>"
            if p is not None
            else ""
        )
        sig = (
            f'<div class="signature" id="msg_{n.cid}_signature">{esc(sigs[n.author])}</div>' if n.author in sigs else ""
        )
        subject = "Ynt: Dizel motorda yağ eksiltme" if k else "Dizel motorda yağ eksiltme"
        label = f"<strong>Yanıt #{k}:</strong> " if k else ""
        return (
            f'<div class="windowbg{"" if k % 2 else "2"}"><span class="topslice"><span></span></span>'
            f'<div class="post_wrapper"><div class="poster"><h4><a href="index.php?action=profile;u={n.cid % 700}" '
            f'title="Profili görüntüle">{esc(n.author)}</a></h4><ul class="reset smalltext"><li class="membergroup">'
            f'Üye</li><li class="stars">★★★</li><li class="postcount">Mesaj: {n.cid % 900 + 12}</li></ul></div>'
            f'<div class="postarea"><div class="flow_hidden"><div class="keyinfo"><h5 id="subject_{n.cid}">'
            f'<a href="{url[:-2]}.msg{n.cid}#msg{n.cid}" rel="nofollow">{subject}</a></h5>'
            f'<div class="smalltext">« {label}{shown(n)} »</div></div><ul class="quickbuttons">'
            f'<li><a href="index.php?action=post;quote={n.cid}" class="quote_button">Alıntı yap</a></li></ul></div>'
            f'<div class="post"><div class="inner" id="msg_{n.cid}">{quote}{"<br><br>".join(rich(x) for x in n.paras)}'
            f'</div></div></div><div class="moderatorbar">{sig}</div></div><span class="botslice"><span></span></span></div>'
        )

    op = Node("ozan_y", article(5062, 2, TR_WORDS), datetime(2024, 5, 3, 9, 40), 77000)
    page = (
        head(
            "Dizel motorda yağ eksiltme",
            url,
            "Dizel motorda yağ eksiltme",
            '<meta name="robots" content="index">',
            "tr",
        )
        + '<body><div id="header"><h1 class="forumtitle"><a href="index.php">Otomobil Forum</a></h1>'
        '<ul id="menu_nav"><li><a href="index.php">Ana Sayfa</a></li><li><a href="index.php?action=search">Ara</a></li>'
        '<li><a href="index.php?action=login">Giriş Yap</a></li><li><a href="index.php?action=register">Kayıt Ol</a>'
        '</li></ul></div><div id="content_section"><div class="navigate_section"><ul><li><a href="index.php">Otomobil '
        'Forum</a> »</li><li><a href="index.php?board=4.0">Motor ve Mekanik</a> »</li><li>Dizel motorda yağ eksiltme</li>'
        '</ul></div><div class="pagesection"><div class="pagelinks">Sayfa: [<strong>1</strong>]</div></div>'
        '<div id="forumposts"><div class="cat_bar"><h3 class="catbg">Konu: Dizel motorda yağ eksiltme (Okunma sayısı '
        f'2113 defa)</h3></div><form action="index.php?action=quickmod2" method="post" id="quickModForm">'
        f'<a id="msg{op.cid}"></a>{post(op, 0, None)}'
        + "".join(f'<a id="msg{n.cid}"></a>{post(n, k + 1, p)}' for k, (n, _, p) in enumerate(rows))
        + '</form></div><div id="quickreplybox"><h3>Hızlı Yanıt</h3><p>Yanıt yazmak için <a href="index.php?action=login">'
        'giriş yapın</a>.</p></div><div class="similar"><h3>Benzer konular</h3><ul><li><a href="index.php?topic=9001.0">'
        'Turbo ıslık sesi</a></li><li><a href="index.php?topic=9100.0">Triger seti değişimi</a></li></ul></div></div>'
        '<div id="footer_section"><ul class="reset"><li class="copyright">SMF © 2024</li><li><a href="#">Yukarı</a>'
        "</li></ul></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 7. Vietnamese news widget


def inline_name_news() -> tuple:
    """A Vietnamese news site's comment box: the commenter's name in bold at the start of the text's
    own paragraph, time and like count below, one level of replies in a sub-list under the comment
    behind a rendered "N trả lời" toggle."""
    url = "https://tintuc.example.vn/gia-xang-tang-lan-thu-ba-4721930.html"
    forest = make_tree(507, [9, 4], pick(VI_NAMES), lambda r: [paras(r, VI_WORDS, most=1)[0]],
                       datetime(2024, 5, 14, 6, 0), (3, 70), 15, 25, 1)  # fmt: skip
    rows = list(flatten(forest))
    shown = lambda n: n.when.strftime("%H:%M %d/%m/%Y")  # noqa: E731

    def c(n: Node, reply: bool) -> str:
        kids = "".join(c(k, True) for k in n.children)
        sub = (
            f'<div class="view_more_sub"><a href="javascript:;">{len(n.children)} trả lời</a></div>'
            f'<div class="sub_comment">{kids}</div>'
            if kids
            else ""
        )
        return (
            f'<div class="comment_item{" width_common" if not reply else " sub_comment_item"}" id="cmt{n.cid}">'
            f'<div class="content-comment"><p class="full_content"><span class="txt-name"><a href="/u/{n.cid}" '
            f'class="nickname" rel="nofollow"><b>{esc(n.author)}</b></a></span>{rich(n.paras[0])}</p></div>'
            f'<div class="user-status"><a class="link-reply" href="javascript:;">Trả lời</a>'
            f'<span class="reactions-total"><a class="number">{votes(n, 120)}</a></span>'
            f'<span class="time-com">{shown(n)}</span><a class="report" href="javascript:;">Báo vi phạm</a></div>{sub}</div>'
        )

    body = "".join(f'<p class="Normal">{esc(p)}</p>' for p in article(5071, 5, VI_WORDS))
    page = (
        head(
            "Giá xăng tăng lần thứ ba liên tiếp - Tin Tức",
            url,
            "Giá xăng tăng lần thứ ba liên tiếp.",
            '<meta property="og:type" content="article"><meta name="pubdate" content="2024-05-14T05:30:00+07:00">',
            "vi",
        )  # fmt: skip
        + '<body><header class="header"><a class="logo" href="/">Tin Tức</a><nav class="main-nav"><a href="/thoi-su">'
        'Thời sự</a><a href="/kinh-doanh">Kinh doanh</a><a href="/the-thao">Thể thao</a><a href="/giai-tri">Giải trí</a>'
        '</nav></header><section class="section page-detail"><div class="sidebar-1"><h1 class="title-detail">Giá xăng '
        'tăng lần thứ ba liên tiếp</h1><span class="date">Thứ ba, 14/5/2024, 05:30 (GMT+7)</span>'
        f'<article class="fck_detail">{body}<p class="author_mail"><strong>Minh Khoa</strong></p></article>'
        '<div class="box-tinlienquan"><h3>Tin liên quan</h3><ul><li><a href="/a-1.html">Giá dầu thế giới giảm</a></li>'
        '<li><a href="/a-2.html">Xe buýt điện ra mắt</a></li></ul></div>'
        f'<div class="box_comment_vne" id="box_comment"><h3 class="title_box_category">Ý kiến ({len(rows)})</h3>'
        '<div class="tab_comment"><a class="active">Quan tâm nhất</a><a>Mới nhất</a></div>'
        '<div class="input_comment"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea></div>'
        '<div id="list_comment">' + "".join(c(n, False) for n in forest) + "</div>"
        '<div class="view_more_coment"><a href="javascript:;">Xem thêm ý kiến</a></div></div></div>'
        '<div class="sidebar-2"><h3>Xem nhiều</h3><ul><li><a href="/b-1.html">Mưa lớn ở phía Bắc</a></li><li>'
        '<a href="/b-2.html">Tuyển sinh lớp 10</a></li></ul></div></section><footer class="footer"><p>© 2024 Tin Tức. '
        "Giấy phép số 123/GP-BTTTT.</p></footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 8. Indonesian news, newest first


ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]  # fmt: skip


def newest_first() -> tuple:
    """An Indonesian news site's comments, sorted "Terbaru": the newest thread first, its replies
    (nested twice at most) oldest first inside a replies box after the comment's text; times in WIB."""
    url = "https://berita.example.co.id/nasional/d-7312245/harga-beras-naik-lagi"
    wib = timezone(timedelta(hours=7))
    forest = make_tree(508, [7, 3, 2], pick(ID_NAMES), texts(ID_WORDS), datetime(2024, 5, 3, 7, 0, tzinfo=wib),
                       (4, 80), 14, 22, 2)  # fmt: skip
    forest.reverse()
    rows = list(flatten(forest))
    shown = lambda n: (  # noqa: E731
        f"{ID_DAYS[n.when.weekday()]}, {n.when.day:02d} {ID_MONTHS[n.when.month - 1]} {n.when.year} "
        f"{n.when.strftime('%H:%M')} WIB"
    )

    def c(n: Node, d: int) -> str:
        kids = "".join(c(k, d + 1) for k in n.children)
        box = (
            f'<div class="komentar__balasan"><button class="komentar__lihat">Sembunyikan {len(n.children)} balasan'
            f"</button>{kids}</div>"
            if kids
            else ""
        )
        return (
            f'<div class="komentar__item" data-id="{n.cid}"><div class="komentar__avatar"><img src="/ava/{n.cid}.jpg" '
            f'alt=""></div><div class="komentar__isi"><div class="komentar__nama">{esc(n.author)}</div>'
            f'<div class="komentar__waktu">{shown(n)}</div><div class="komentar__teks">{p_html(n)}</div>'
            f'<div class="komentar__aksi"><button>Balas</button><button>Suka {votes(n)}</button><button>Laporkan</button>'
            f"</div>{box}</div></div>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(5081, 5, ID_WORDS))
    page = (
        head(
            "Harga Beras Naik Lagi",
            url,
            "Harga beras naik lagi di pasar tradisional.",
            '<meta property="og:type" content="article"><meta name="publishdate" content="2024/05/03 06:30:00">',
            "id",
        )  # fmt: skip
        + '<body><header class="header"><a href="/" class="logo">Berita</a><nav><a href="/nasional">Nasional</a>'
        '<a href="/ekonomi">Ekonomi</a><a href="/olahraga">Olahraga</a></nav></header><div class="container">'
        '<article class="detail"><h1 class="detail__title">Harga Beras Naik Lagi</h1><div class="detail__author">'
        'Rahmat Hidayat - beritaNews</div><div class="detail__date">Jumat, 03 Mei 2024 06:30 WIB</div>'
        f'<div class="detail__body-text">{body}</div><div class="detail__share"><a>Bagikan</a><a>Salin link</a></div>'
        '</article><section class="komentar" id="komentar"><div class="komentar__head"><h2>Komentar '
        f'({len(rows)})</h2><div class="komentar__sort">Urutkan: <b>Terbaru</b> | <a>Terlama</a> | <a>Terpopuler</a>'
        '</div></div><div class="komentar__form"><textarea placeholder="Tulis komentar..."></textarea><button>Kirim'
        '</button></div><div class="komentar__list">' + "".join(c(n, 0) for n in forest) + "</div>"
        '<button class="komentar__more">Muat lebih banyak</button></section>'
        '<aside class="sidebar"><h3>Terpopuler</h3><ol><li><a href="/a/1">Banjir di pesisir utara</a></li><li>'
        '<a href="/a/2">Jalan tol baru dibuka</a></li></ol><h3>Berita Terkait</h3><ul><li><a href="/a/3">Harga cabai '
        'turun</a></li></ul></aside></div><footer class="footer">Copyright © 2024 beritaNews · <a href="/pedoman">'
        "Pedoman Media Siber</a></footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 9. MetaFilter-like flat footers


def posted_by_flat() -> tuple:
    """A MetaFilter-like community blog: the post itself ends in a "posted by X at T" line, then the
    comments, flat, each its text straight in the box and the same kind of "posted by X at T
    [N favorites]" line below it; nobody's comment is a reply in the markup."""
    url = "https://www.commonweb.example.org/204518/The-canal-lock-keepers-diary"
    forest = make_tree(509, [22], lambda r: handle(r).lower(), lambda r: paras(r, most=3), datetime(2024, 5, 3, 8, 0),
                       (2, 45), 16, 22)  # fmt: skip
    rows = list(flatten(forest))

    def shown(n: Node) -> str:
        return f"{n.when.strftime('%I:%M %p').lstrip('0')} on {n.when.strftime('%B')} {n.when.day}, {n.when.year}"

    def c(n: Node) -> str:
        fav = votes(n, 12)
        favs = (
            f' [<a href="/favorited/2/{n.cid}" title="{fav} users marked this as a favorite">{fav} favorites</a>]'
            if fav
            else ""
        )
        text = "<br><br>".join(rich(p) for p in n.paras)
        return (
            f'<a name="{n.cid}"></a><div class="comments" id="c{n.cid}">{text}<br><span class="smallcopy">posted by '
            f'<a href="/user/{n.cid % 99999}" target="_self">{esc(n.author)}</a> at <a href="#{n.cid}" target="_self">'
            f"{shown(n)}</a>{favs}</span></div><br>"
        )

    post = " ".join(esc(p) for p in article(5091, 2))
    page = (
        head(
            "The canal lock keeper's diary | CommonWeb",
            url,
            "A lock keeper's diary from 1911, transcribed.",
            '<meta property="og:type" content="article">',
        )  # fmt: skip
        + '<body><div id="menu"><a href="/" class="sitename">CommonWeb</a><ul><li><a href="/home/recentposts">Recent</a>'
        '</li><li><a href="/home/popularfavorites">Popular</a></li><li><a href="/contribute/">Post</a></li><li>'
        '<a href="/login">Log in</a></li></ul></div><div id="page"><div class="copy"><h1 class="posttitle">The canal '
        f'lock keeper\'s diary</h1><div class="copy">{post} <a href="https://archive.example.org/diary">The diary</a>.<br>'
        '<span class="smallcopy postbyline">posted by <a href="/user/4411">towpathtess</a> at 7:42 AM on May 3, 2024 - '
        f'<a href="#comments">{len(rows)} comments</a> [<a href="/favorited/1/204518">18 favorites</a>]</span></div>'
        '<div class="tags">Tags: <a href="/tags/canals">canals</a> <a href="/tags/diaries">diaries</a></div></div>'
        '<div id="comments"><a name="comments"></a>'
        + "".join(c(n) for n in forest)
        + '<p class="smallcopy">Be the first to favorite? <a href="/login">Log in</a> or <a href="/newuser">create an '
        "account</a> to join the discussion.</p></div>"
        '<div id="sidebar"><h3>Related Posts</h3><ul><li><a href="/200001/Boats">Narrowboat restorations</a> '
        '<span class="smallcopy">posted by ropewalk at 9:10 AM on April 2, 2024</span></li><li><a href="/200302/Locks">'
        'How a flight of locks works</a> <span class="smallcopy">posted by millrace at 6:55 PM on March 20, 2024</span>'
        '</li></ul></div></div><div id="footer"><a href="/about">About</a> · <a href="/faq">FAQ</a> · © 2024 CommonWeb'
        "</div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 10. Spanish readers' forum, <blockquote> nesting


def blockquote_nesting() -> tuple:
    """A Spanish book magazine's readers' forum: each message a box with "Name escribió el D/M/Y a
    las H:M:" over its text, and the answers to it nested in a <blockquote> inside the box (the
    browser's default indentation is the threading)."""
    url = "https://revista-libros.example.es/foro/la-ultima-novela-de-la-temporada/"
    forest = make_tree(510, [6, 3, 2, 1], pair(ES_FIRST, ES_LAST), texts(ES_WORDS), datetime(2024, 5, 21, 8, 0),
                       (4, 90), 14, 22, 3)  # fmt: skip
    rows = list(flatten(forest))
    shown = lambda n: n.when.strftime("%d/%m/%Y a las %H:%M")  # noqa: E731

    def c(n: Node) -> str:
        kids = "".join(c(k) for k in n.children)
        return (
            f'<div class="mensaje" id="m{n.cid}"><p class="cabecera"><b>{esc(n.author)}</b> escribió el {shown(n)}:</p>'
            f'{p_html(n)}<p class="opciones"><a href="/foro/responder/{n.cid}/">Responder</a></p>'
            f"{f'<blockquote>{kids}</blockquote>' if kids else ''}</div>"
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(5101, 4, ES_WORDS))
    page = (
        head("La última novela de la temporada - Foro de lectores", url, "Opiniones de los lectores.", "", "es")
        + '<body><div id="cabecera"><a href="/"><img src="/logo.gif" alt="Revista de Libros"></a><ul class="menu"><li>'
        '<a href="/resenas/">Reseñas</a></li><li><a href="/entrevistas/">Entrevistas</a></li><li><a href="/foro/">Foro</a>'
        '</li></ul></div><table width="100%"><tr><td valign="top" width="75%"><h1>La última novela de la temporada</h1>'
        f'<div class="resena"><p><i>Reseña de Inés Calvo, 20/05/2024</i></p>{body}</div>'
        '<h2>Foro de lectores</h2><p>Comentarios de los lectores sobre esta reseña. <a href="/foro/normas/">Normas del '
        'foro</a>.</p><div class="foro">' + "".join(c(n) for n in forest) + "</div>"
        '<form class="nuevo" action="/foro/enviar/"><p>Escribe tu mensaje</p><input name="nombre"><textarea name="texto">'
        '</textarea><input type="submit" value="Enviar"></form></td><td valign="top" class="lateral">'
        '<h3>Más leídos</h3><ul><li><a href="/r/1/">Poesía reunida</a></li><li><a href="/r/2/">Diarios de viaje</a>'
        "</li></ul><h3>Boletín</h3><p>Recibe las reseñas cada semana.</p></td></tr></table>"
        '<div id="pie">Revista de Libros © 2024 · <a href="/aviso-legal/">Aviso legal</a></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 11. Czech forum, <dt>/<dd> pairs


def dt_dd_pairs() -> tuple:
    """A Czech cycling magazine's discussion: each comment a <dt> (name, time, number) followed by a
    <dd> with its text, and the answers to it in a <dl> inside that <dd>."""
    url = "https://cyklo.example.cz/clanek/nova-cyklostezka-podel-reky/diskuse"
    forest = make_tree(511, [6, 3, 2, 1], pick(CS_NAMES), texts(CS_WORDS), datetime(2024, 5, 3, 7, 0), (4, 90),
                       14, 22, 3)  # fmt: skip
    rows = list(flatten(forest))
    shown = lambda n: f"{n.when.day}. {n.when.month}. {n.when.year} v {n.when.strftime('%H:%M')}"  # noqa: E731
    number = {id(n): k + 1 for k, (n, _, _) in enumerate(rows)}

    def c(n: Node) -> str:
        kids = "".join(c(k) for k in n.children)
        return (
            f'<dt id="k{n.cid}"><span class="jmeno">{esc(n.author)}</span> <span class="cas">{shown(n)}</span> '
            f'<a class="cislo" href="#k{n.cid}">#{number[id(n)]}</a></dt><dd>{p_html(n)}<p class="akce"><a '
            f'href="?odpovedet={n.cid}#formular">Odpovědět</a></p>{f"<dl>{kids}</dl>" if kids else ""}</dd>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(5111, 4, CS_WORDS))
    page = (
        head(
            "Nová cyklostezka podél řeky – diskuse | Cyklo",
            url,
            "Diskuse ke článku o nové cyklostezce.",
            '<meta property="og:type" content="article">',
            "cs",
        )  # fmt: skip
        + '<body><header><a href="/" class="logo">Cyklo</a><nav><a href="/clanky/">Články</a><a href="/testy/">Testy</a>'
        '<a href="/bazar/">Bazar</a></nav></header><main><h1>Nová cyklostezka podél řeky</h1><p class="perex">'
        f'Zveřejněno 2. 5. 2024</p>{body}<section id="komentare" class="diskuse"><h2>Diskuse ({len(rows)} příspěvků)</h2>'
        '<p><a href="#formular">Přidat příspěvek</a></p><dl class="vlakna">'
        + "".join(c(n) for n in forest)
        + '</dl><form id="formular"><label>Jméno <input name="jmeno"></label><textarea name="text"></textarea>'
        '<button>Odeslat</button></form></section></main><aside><h3>Nejčtenější</h3><ul><li><a href="/c/1/">Test '
        'silniček do 30 tisíc</a></li><li><a href="/c/2/">Jak na řetěz</a></li></ul></aside><footer>© 2024 Cyklo · '
        '<a href="/kontakt/">Kontakt</a></footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 12. Italian blog, named replies


IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
             "novembre", "dicembre"]  # fmt: skip


def named_replies() -> tuple:
    """An Italian recipe blog whose comments stand flat by time; a reply carries "in risposta a
    <b>Name</b>" above its text, naming the author answered without a link."""
    url = "https://cucinadinonna.example.it/2024/05/pizza-in-teglia-lievitazione-lunga/"
    start = datetime(2024, 5, 3, 9, 0)
    forest = make_tree(512, [8, 2, 1], pair(IT_FIRST, IT_LAST), texts(IT_WORDS), start, (5, 90), 13, 20, 2)
    rows = chrono(forest, 5121, start, (7, 200))
    shown = lambda n: f"{n.when.day} {IT_MONTHS[n.when.month - 1]} {n.when.year} alle {n.when.strftime('%H:%M')}"  # noqa: E731

    def c(n: Node, p: Node | None) -> str:
        to = f'<div class="in-risposta">in risposta a <b>{esc(p.author)}</b></div>' if p is not None else ""
        return (
            f'<div class="commento" id="commento-{n.cid}"><div class="intestazione"><img class="avatar" '
            f'src="/avatar/{n.cid}.png" alt=""><span class="autore">{esc(n.author)}</span> '
            f'<span class="data">{shown(n)}</span></div>{to}<div class="testo">{p_html(n)}</div>'
            f'<a class="rispondi" href="#lascia-un-commento">Rispondi</a></div>'
        )

    body = "".join(f"<p>{esc(p)}</p>" for p in article(5122, 6, IT_WORDS))
    page = (
        head(
            "Pizza in teglia a lievitazione lunga - La cucina di nonna",
            url,
            "La mia pizza in teglia.",
            '<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-05-02T18:00:00+02:00">',
            "it",
        )  # fmt: skip
        + '<body class="single"><header class="testata"><a href="/" class="logo">La cucina di nonna</a><nav><a href="/'
        'ricette/">Ricette</a><a href="/pane-e-pizza/">Pane e pizza</a><a href="/dolci/">Dolci</a><a href="/chi-sono/">'
        'Chi sono</a></nav></header><main><article class="ricetta"><h1>Pizza in teglia a lievitazione lunga</h1>'
        f'<p class="meta">di Nonna Pina · 2 maggio 2024</p>{body}<div class="condividi">Condividi: <a>Facebook</a> '
        f'<a>WhatsApp</a> <a>Pinterest</a></div></article><section id="commenti"><h2>{len(rows)} commenti</h2>'
        + "".join(c(n, p) for n, _, p in rows)
        + '<div id="lascia-un-commento"><h3>Lascia un commento</h3><p>Il tuo indirizzo email non sarà pubblicato.</p>'
        '<form><textarea name="commento"></textarea><input name="nome" placeholder="Nome"><button>Invia commento</button>'
        '</form></div></section></main><aside class="barra"><h3>Ricette più lette</h3><ul><li><a href="/r/1/">Focaccia '
        'barese</a></li><li><a href="/r/2/">Tiramisù classico</a></li></ul></aside><footer>© 2024 La cucina di nonna · '
        '<a href="/privacy/">Privacy</a></footer></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- main


TEMPLATES: Templates = {
    "qa-answers-en": (qa_answers, "Stack-Exchange-like: comment lists under answers; answers and comments differ"),
    "nodebb-forum-pt": (nodebb_forum, "NodeBB-like flat posts by time, 'em resposta a @x' links to /post/<pid>"),
    "outline-forum-de": (outline_forum, "Heise-like: outline of subject links above the flat postings"),
    "wrapped-indent-pl": (wrapped_indent, "Polish portal, indentation on a row wrapper around the comment box"),
    "arrow-links-nl": (arrow_links, "Dutch tech site, flat by time, bare '↑' link to the comment answered"),
    "quote-forum-tr": (quote_forum, "SMF-like Turkish forum, replies open with a quote linking the message"),
    "inline-name-vi": (inline_name_news, "Vietnamese news box, bold name inside the text paragraph, one reply level"),
    "newest-first-id": (newest_first, "Indonesian news, newest thread first, replies in a box after the text, WIB"),
    "posted-by-flat-en": (posted_by_flat, "MetaFilter-like flat comments, 'posted by X at T' below the text"),
    "blockquote-nest-es": (blockquote_nesting, "Spanish readers' forum, replies nested in <blockquote>"),
    "dt-dd-pairs-cs": (dt_dd_pairs, "Czech forum, <dt> header + <dd> body per comment, nested <dl>"),
    "named-replies-it": (named_replies, "Italian blog, flat by time, 'in risposta a <b>Name</b>' without a link"),
}

if __name__ == "__main__":
    main(TEMPLATES, __doc__)
