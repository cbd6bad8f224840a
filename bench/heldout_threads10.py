"""Comment threads, set 10: twelve hand-made templates of thread markup, each tying a reply to its
parent in a way that sets 3-9 and the comment corpus do not, written blind (without reading the
extractor). This is a DEVELOPMENT set: the extractor will be tuned on it (sets 4, 7 and 9 stay
measure-only).

    python bench/heldout_threads10.py [--keep DIR]

Each template is written by hand in the shape of a common kind of real comment markup (none copied
from a site) and filled from fixed seeds, so that page and truth always agree: a phpBB-like French
forum (flat posts; a reply opens with a quote whose <cite> carries a "↑" link to the quoted post's
id, nested quotes kept inside), a Polish WordPress blog with threading off (flat by time, a reply
starts with a plain-text "@Name"), a Brazilian forum whose flat stream says nothing of replies and
whose tree is only in the schema.org JSON-LD (DiscussionForumPosting with nested "comment"
arrays), a Gerrit-like code review (threads per file line, each comment answering the one before
it, canned "Done"/"Ack"), a Bilibili-like Chinese video page (each root's sub-replies in one list,
"回复 @name :" naming the sub-reply answered), a Dutch Matrix room archive (flat events; a reply's
<mx-reply> fallback links the answered event id), an OpenWeb-like US sports widget (nested replies
behind toggles, partly loaded, ages only), a Greek WordPress recipe blog (<ol class="children">,
Greek dates, a next comment page), a German shop's product Q&A (questions top level, labelled
answers under them, some not loaded), a Slack-export-like Spanish chat archive (flat by time,
replies tied by data-thread-ts to their thread's first message), a Chiebukuro-like Japanese Q&A
(best answer pulled first, replies and the asker's thanks inside the answer boxes) and a
Moodle-like Italian course forum (nested display in which the top-level comments sit inside the
opening post's replies container; "Mostra messaggio padre" links). About half the templates have
opaque classes (CSS-in-JS or CSS-module hashes), as on many large sites; dates come in the
page's language, as relative ages over <time datetime>, as epoch seconds or milliseconds in data-
attributes, or as local times alone.
Truth conventions are set 3's (bench/heldout_threads.py), whose harness this module uses: the
article / opening post / question / commit message / product description is not a comment, nor
are pingbacks, bot and join notices or collapsed replies that are not in the page; text is the
commenter's own words (no quoted text or reply fallbacks, reply marks, leading @mentions or
"回复 @name :", signatures, labels, buttons or badges); parent is the index of the comment answered
(null for one on the article, opening post or question; a Q&A answer is top level, its replies
and the asker's thanks answer it; a product question is top level, its answers answer it);
published is as shown, published_iso the instant where the page states it (aware with an offset,
UTC or an epoch attribute, naive for a local time only, a bare day for a day only, null for a
relative age alone).
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.heldout_threads import (  # noqa: E402
    Node,
    Templates,
    article,
    esc,
    flatten,
    head,
    iso_z,
    main,
    make_tree,
    naive,
    p_html,
    rich,
    truth,
)
from bench.heldout_threads5 import chrono, pick, vocabulary, votes  # noqa: E402
from bench.heldout_threads6 import css  # noqa: E402
from bench.heldout_threads7 import first_sentence, no_self_replies, unambiguous  # noqa: E402
from bench.heldout_threads9 import age_units, letters  # noqa: E402

Row = tuple[Node, int, Node | None]

FR_WORDS = vocabulary(
    "le la les un une que ne pas mais car et ou donc déjà encore toujours jamais sans doute canal écluse "
    "halage péniche vélo chemin piste gravier bitume pont barrage crue étape Briare Digoin Roanne balisage "
    "vraiment plutôt franchement je pense on dirait ici aussi même hélas bonne idée"
)
FR_USERS = ["Gravelou", "cyclo_bourgogne", "Marinette71", "jpb_rando", "Tandem&Co", "Le Hollandais", "sacoches",
            "Véloroute42", "Bernadette R.", "kiki_du_canal", "Pédalo", "AlainT"]  # fmt: skip
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

PL_WORDS = vocabulary(
    "to nie ale i że bo już jeszcze zawsze nigdy może chyba naprawdę działka pomidory ogórki rozsada "
    "szklarnia podlewanie kompost ślimaki przymrozki maj kwiecień nasiona doniczka folia nawóz gnojówka "
    "pokrzywa u mnie w tym roku sąsiad dobrze źle znowu trochę"
)
PL_NAMES = ["Ania z działki", "Krzysztof Malinowski", "Basia", "ogrodnik_amator", "Teresa W.", "Marek", "zielona_grządka",
            "Józef Kaczmarek", "Ola", "pan_od_pomidorów", "Grażyna", "Wiesiek"]  # fmt: skip
PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia"]  # fmt: skip

PT_WORDS = vocabulary(
    "a o que não mas porque e ou já ainda sempre nunca talvez cerveja lúpulo malte levedura fermentação "
    "mosto brassagem panela chiller densidade temperatura geladeira garrafa carbonatação receita IPA "
    "lager ale acho cara valeu funciona deu certo ficou muito bom demais"
)
PT_USERS = ["brassador_sp", "Renata Lopes", "lupulado", "Caio Mendes", "fermenta_ai", "Dona Cida", "heitor.ipa",
            "Paulo Brum", "maltinho", "Lívia T.", "zé_da_panela", "Otávio"]  # fmt: skip

CODE_WORDS = vocabulary(
    "the a this that we it is not but and so I think RTC alarm wakeup sleep drift tick counter register "
    "prescaler LSE oscillator calibration ppm interrupt handler mutex race flag default config test "
    "board revision nit rename comment helper should could maybe already fixed agreed"
)
GERRIT_USERS = ["Ines Halvorsen", "Kwame Mensah", "Tobias Lindgren", "Noor Haddad", "Rafael Ortega", "Hana Sato"]

ZH_WORDS = vocabulary(
    "这个 视频 真的 太 好看 了 up主 剪辑 配乐 画面 地铁 线路 换乘 站台 高峰 早上 晚上 我 你 他 其实 "
    "觉得 感觉 应该 可能 已经 还是 但是 所以 因为 老家 上班 通勤 一个 小时 票价 安检 排队 哈哈"
)
ZH_NAMES = ["地铁迷小周", "早八打工人", "换乘达人", "喵喵不吃鱼", "城市漫游者", "阿杰同学", "夜班司机老李", "一只咸鱼",
            "橙子汽水", "北方的狼", "小林不加班", "路过的猫"]  # fmt: skip
ZH_PLACES = ["上海", "北京", "广东", "浙江", "江苏", "四川", "湖北", "海外"]

NL_WORDS = vocabulary(
    "de het een dat niet maar want en of al nog altijd nooit misschien fiets fietspad brug kruispunt "
    "verkeerslicht gemeente wethouder stalling plek rekken station bakfiets regen wind ochtend avond "
    "volgens mij eigenlijk gewoon best wel echt prima"
)
NL_USERS = {"Sanne de Vries": "sanne", "Joost Bakker": "joostb", "Femke": "femke.v", "Ruben Smit": "rsmit",
            "Lotte Meijer": "lottem", "Bas": "basfietst", "Mirjam Visser": "mirjam", "Thijs": "thijs_utr",
            "Anouk Jansen": "anoukj", "Pieter de Boer": "pdeboer"}  # fmt: skip
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]  # fmt: skip

US_WORDS = vocabulary(
    "the a this that we they it is was not but and or because honestly think coach roster trade pick "
    "draft bullpen rotation inning lineup season playoff stadium parking tickets fans owner deal contract "
    "rookie veteran injury lol really never always still maybe already terrible great"
)
US_NAMES = ["BirdsFan1987", "Kevin O.", "Marisol Reyes", "dugout_dave", "Tom Whitaker", "lefty_specialist",
            "Shannon K", "Big Mike", "Coach Carl", "Janelle Pruitt", "OldTimer", "nosebleed_seats"]  # fmt: skip

EL_WORDS = vocabulary(
    "ο η το και αλλά ότι δεν είναι ήταν εμείς εγώ ήδη ακόμα πάντα ποτέ ίσως φέτα ντομάτες ελαιόλαδο "
    "φούρνος ζύμη φύλλο σπανάκι γιαγιά συνταγή αλάτι ρίγανη μέλι σιρόπι γλυκό φαγητό νόστιμο ευχαριστώ "
    "πολύ τέλειο νομίζω δοκίμασα έβαλα"
)
EL_NAMES = ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Ελένη Δ.", "Κώστας", "Σοφία Αντωνίου", "Κατερίνα Β.",
            "Νίκος Γεωργίου", "Αθηνά", "Δημήτρης Κ.", "Βούλα"]  # fmt: skip
EL_MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
             "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]  # fmt: skip

DE_WORDS = vocabulary(
    "die der das nicht aber weil und oder ich man schon noch immer nie vielleicht Pumpe Regentonne "
    "Schlauch Filter Druck Förderhöhe Kabel Schwimmerschalter Akku Garten Beet Rasen Liter Minute "
    "funktioniert laut leise reicht problemlos leider gut gekauft benutze seit"
)
DE_NAMES = ["Jörg M.", "Sabine", "Heike aus Kassel", "Uwe", "Gartenfreund", "Petra K.", "Michael S.", "Birgit",
            "Kleingärtner_HH", "Dieter W.", "Claudia", "Frank R."]  # fmt: skip
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]  # fmt: skip

ES_WORDS = vocabulary(
    "el la que no pero porque y o ya todavía siempre nunca quizás paquete entorno virtual pip poetry "
    "versión Python error traza import módulo ruta docker imagen servidor despliegue prueba test rama "
    "commit creo probá probaste dale gracias funciona igual"
)
ES_USERS = {"Valentina Rojas": "vrojas", "Matías Fuentes": "mfuentes", "Camila Soto": "cami", "Diego Pérez": "dperez",
            "Ignacio Muñoz": "nacho", "Fernanda Lagos": "ferlagos", "Tomás Vidal": "tvidal", "Josefa Araya": "jo.araya",
            "Benjamín Castro": "benja"}  # fmt: skip
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]  # fmt: skip

JA_WORDS = vocabulary(
    "私 は 自転車 通勤 片道 キロ 雨 の 日 カッパ 電動 アシスト バッテリー 坂道 駐輪場 会社 シャワー "
    "汗 着替え 慣れる 最初 大変 でも 楽しい 思います ですね ます けど やはり 少し もっと おすすめ"
)
JA_NAMES = ["tak********", "ID非公開", "さくらんぼ", "mii********", "自転車おじさん", "kaz********", "ねこまる",
            "ぽん太", "hir********", "yuk********"]  # fmt: skip

IT_WORDS = vocabulary(
    "il la che non ma perché e o già ancora sempre mai forse esercizio compito consegna scadenza "
    "professore lezione appunti esame funzione derivata integrale limite grafico soluzione pagina "
    "secondo me infatti grazie comunque penso giusto sbagliato"
)
IT_NAMES = ["Giulia Rossi", "Marco Bianchi", "Francesca Romano", "Luca Colombo", "Chiara Ricci", "Matteo Marino",
            "Sara Greco", "Davide Conti", "Elena Gallo", "Prof. Andrea Fontana"]  # fmt: skip
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
             "novembre", "dicembre"]  # fmt: skip

CET = timezone(timedelta(hours=2))  # central European summer time


def sentences(words: list[str], ends: str = "..?!", lo: int = 7, hi: int = 15, most: int = 2, joiner: str = " "):
    """Paragraphs of random sentences from `words` (joiner "" for scripts written without spaces)."""

    def make(rng: random.Random) -> list[str]:
        count = 1 if rng.random() < 0.7 else rng.randint(2, most) if most > 1 else 1
        out = []
        for _ in range(count):
            ss = []
            for _ in range(rng.randint(1, 2)):
                s = joiner.join(rng.choice(words) for _ in range(rng.randint(lo, hi)))
                ss.append(s[0].upper() + s[1:] + rng.choice(ends))
            out.append(" ".join(ss))
        return out

    return make


def snippet(n: Node, words: int = 8) -> str:
    ws = n.paras[0].split()
    return " ".join(ws[:words]) + ("…" if len(ws) > words else "")


# ---------------------------------------------------------------- 1. phpBB-like forum, quote citations


def phpbb_quotes() -> tuple:
    """A French cycle-touring forum in the shape of phpBB (prosilver): the topic's first post (not a
    comment), then the replies flat by time, each a div.post with the profile column (rank, post
    count, join date) and the post body: a "Re: subject" title, "par Name » ven. 3 mai 2024 10:14"
    over <time datetime> in UTC, the content, some signatures and edit notes. A reply to another
    post opens with a quote of it: <blockquote><cite>Name a écrit : ↑ date</cite>, the "↑" a link to
    viewtopic.php?p=<post id>#p<post id> with data-post-id; when the quoted post quoted its own
    parent, that inner quote stays nested inside (it does not name the parent). A reply without a
    quote answers the first post (top level)."""
    url = "https://forum.veloroutes-canaux.example.fr/viewtopic.php?t=4812"
    start = datetime(2024, 4, 29, 7, 0, tzinfo=UTC)
    namer = pick(FR_USERS)
    forest = make_tree(1001, [9, 3, 2, 1], namer, sentences(FR_WORDS, most=3), start, (30, 300), 16, 24, 2)
    rows = chrono(forest, 1002, start, (25, 400))
    no_self_replies(rows, FR_USERS)
    subject = "Canal latéral à la Loire : état de la piste entre Digoin et Briare ?"
    pid = {id(n): 180400 + 37 * i + n.cid % 17 for i, (n, _, _) in enumerate(rows)}
    parent_of = {id(n): p for n, _, p in rows}
    ranks = ["Membre", "Membre", "Modérateur", "Grand randonneur", "Nouveau membre"]

    def shown(n: Node) -> str:
        d = n.when.astimezone(CET)
        return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} {d.strftime('%H:%M')}"

    def quote(q: Node, inner: bool) -> str:
        qp = parent_of.get(id(q))
        nested = quote(qp, True) if qp is not None and not inner else ""
        body = "<br>".join(esc(p) for p in q.paras[:2])
        return (
            f'<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u={q.cid}">{esc(q.author)}</a> a écrit :'
            f' <a href="./viewtopic.php?p={pid[id(q)]}#p{pid[id(q)]}" data-post-id="{pid[id(q)]}" '
            f'onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a><span class="responsive-hide">'
            f"{shown(q)}</span></cite>{nested}{body}</div></blockquote>"
        )

    def post(n: Node, k: int, is_first: bool = False) -> str:
        p = parent_of.get(id(n))
        q = quote(p, False) if p is not None else ""
        title = subject if is_first else f"Re: {subject}"
        sig = (
            f'<div id="sig{pid.get(id(n), 1)}" class="signature">{["Randonneur à sacoches depuis 1998", "Trek 520, 23 000 km", "Le canal, c&#39;est plat. Le vent, non."][n.cid % 3]}</div>'
            if n.cid % 3 != 1
            else ""
        )
        edit = (
            f'<div class="notice">Dernière édition par {esc(n.author)} le {shown(n)}, édité 1 fois.</div>'
            if n.cid % 7 == 3
            else ""
        )
        ident = pid.get(id(n), 180399)
        h3cls = ' class="first"' if is_first else ""
        return (
            f'<div id="p{ident}" class="post has-profile bg{1 + k % 2}"><div class="inner">'
            f'<dl class="postprofile" id="profile{ident}"><dt class="has-profile-rank has-avatar"><div class="avatar-container">'
            f'<img class="avatar" src="./download/file.php?avatar={n.cid}.jpg" width="90" height="90" alt="Avatar du membre"></div>'
            f'<a href="./memberlist.php?mode=viewprofile&amp;u={n.cid}" class="username">{esc(n.author)}</a></dt>'
            f'<dd class="profile-rank">{ranks[n.cid % len(ranks)]}</dd><dd class="profile-posts"><strong>Messages :</strong> '
            f'<a href="./search.php?author_id={n.cid}&amp;sr=posts">{n.cid % 900 + 12}</a></dd><dd class="profile-joined">'
            f"<strong>Inscription :</strong> {FR_MONTHS[n.cid % 12]} {2012 + n.cid % 11}</dd></dl>"
            f'<div class="postbody"><div id="post_content{ident}"><h3{h3cls}>'
            f'<a href="#p{ident}">{esc(title)}</a></h3><ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={ident}"'
            f' title="Répondre en citant le message" class="button button-icon-only"><span>Citer</span></a></li></ul>'
            f'<p class="author"><a class="unread" href="./viewtopic.php?p={ident}#p{ident}" title="Message">↗</a>'
            f'<span class="responsive-hide">par <strong><a href="./memberlist.php?mode=viewprofile&amp;u={n.cid}" '
            f'class="username">{esc(n.author)}</a></strong> » </span><time datetime="{n.when.isoformat()}">{shown(n)}</time></p>'
            f'<div class="content">{q}{"<br><br>".join(rich(x) for x in n.paras)}</div>{edit}{sig}</div></div>'
            f'<div class="back2top"><a href="#top" class="top" title="Haut">Haut</a></div></div></div><hr class="divider">'
        )

    opening = Node("jpb_rando", article(1003, 3, FR_WORDS), start - timedelta(hours=2), 4000)
    body = post(opening, 0, True) + "".join(post(n, k + 1) for k, (n, _, _) in enumerate(rows))
    pager = f'<div class="pagination">{len(rows) + 1} messages • Page <strong>1</strong> sur <strong>1</strong></div>'
    page = (
        head(
            f"{subject} - Forum Véloroutes & Canaux",
            url,
            "Discussion : état de la piste le long du canal latéral à la Loire.",
            '<meta name="generator" content="phpBB"><link rel="alternate" type="application/atom+xml" '
            'title="Flux - Véloroutes & Canaux" href="/app.php/feed">',
            lang="fr",
        )
        + '<body id="phpbb" class="nojs notouch section-viewtopic ltr"><div id="wrap" class="wrap"><a id="top" class="top-anchor"></a>'
        '<div id="page-header"><div class="headerbar" role="banner"><div class="site-description"><a id="logo" class="logo" '
        'href="./index.php"><span class="site_logo"></span></a><h1>Véloroutes &amp; Canaux</h1><p>Le forum du voyage à vélo le '
        'long des voies d\'eau</p></div><div class="search-header"><form action="./search.php"><input name="keywords" '
        'placeholder="Rechercher…"></form></div></div><div class="navbar" role="navigation"><ul class="nav-main"><li>'
        '<a href="/app.php/help/faq">FAQ</a></li><li><a href="./ucp.php?mode=register">S’enregistrer</a></li><li>'
        '<a href="./ucp.php?mode=login">Connexion</a></li></ul><ul class="nav-breadcrumbs"><li class="breadcrumbs">'
        '<span class="crumb"><a href="./index.php">Accueil du forum</a></span><span class="crumb"><a href="./viewforum.php?f=7">'
        'Itinéraires France</a></span><span class="crumb"><a href="./viewforum.php?f=21">Loire &amp; canaux du Centre</a>'
        "</span></li></ul></div></div>"
        f'<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=4812">{esc(subject)}</a>'
        '</h2><div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=4812" class="button">Répondre</a>'
        '<div class="search-box"><input placeholder="Rechercher dans ce sujet…"></div>'
        + pager
        + "</div>"
        + body
        + '<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=4812" class="button">Répondre</a>'
        + pager
        + '</div><div class="jumpbox"><span>Aller à</span><ul><li><a href="./viewforum.php?f=21">Loire &amp; canaux du Centre'
        '</a></li><li><a href="./viewforum.php?f=22">Canal du Midi</a></li></ul></div>'
        '<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Utilisateurs parcourant ce forum : Aucun '
        "utilisateur enregistré et 6 invités</p></div></div>"
        '<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar"><ul><li><a href="./index.php">'
        'Accueil du forum</a></li><li><a href="./ucp.php?mode=delete_cookies">Supprimer les cookies</a></li><li>Heures au '
        'format <span title="Europe/Paris">UTC+02:00</span></li></ul></div><div class="copyright">Développé par '
        '<a href="https://www.phpbb.example/">phpBB</a>® Forum Software © phpBB Limited<br>Traduit par phpBB-fr.example'
        "</div></div></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 2. WordPress, flat, "@Name" replies


def wp_mentions() -> tuple:
    """A Polish allotment-gardening blog on WordPress with threaded comments switched off: one flat
    <ol class="commentlist"> by time, every li.comment at depth-1. Readers answer each other by
    starting the text with "@Name" (plain text, sometimes followed by ":" or ","; names may have a
    space), meaning the nearest comment above by that name; the blog's owner ("bypostauthor")
    answers the same way. Name, "pisze:", "3 maja 2024 o 10:14" in a permalink over <time datetime>
    with the offset, "Odpowiedz" links, a pingback line and the comment form below."""
    url = "https://dzialka-na-skraju.example.pl/2024/05/rozsada-pomidorow-a-majowe-przymrozki/"
    start = datetime(2024, 5, 2, 7, 0, tzinfo=CET)
    owner = "Grażyna"
    names = PL_NAMES
    forest = make_tree(1011, [10, 3, 2], pick(names), sentences(PL_WORDS, most=2), start, (20, 300), 16, 25, 2)
    rows = chrono(forest, 1012, start, (15, 260))
    no_self_replies(rows, names)
    unambiguous(rows, names)
    shapes = ["@{} ", "@{}: ", "@{}, ", "@{} – "]

    def shown(n: Node) -> str:
        d = n.when
        return f"{d.day} {PL_MONTHS[d.month - 1]} {d.year} o {d.strftime('%H:%M')}"

    def li(n: Node, p: Node | None, k: int) -> str:
        first, *rest = n.paras
        lead = esc(shapes[n.cid % len(shapes)].format(p.author)) if p is not None else ""
        paras_html = f"<p>{lead}{rich(first)}</p>" + "".join(f"<p>{rich(x)}</p>" for x in rest)
        by_owner = " bypostauthor" if n.author == owner else ""
        parity = "even" if k % 2 == 0 else "odd"
        return (
            f'<li class="comment {parity} thread-{parity} depth-1{by_owner}" id="li-comment-{n.cid}">'
            f'<article id="comment-{n.cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<img alt="" src="https://secure.gravatar.example/avatar/{zlib.crc32(n.author.encode()):08x}?s=56&amp;d=mm" '
            f'class="avatar avatar-56 photo" height="56" width="56" loading="lazy"><b class="fn">{esc(n.author)}</b> '
            f'<span class="says">pisze:</span></div><div class="comment-metadata"><a href="{url}#comment-{n.cid}">'
            f'<time datetime="{n.when.isoformat()}">{shown(n)}</time></a></div></footer>'
            f'<div class="comment-content">{paras_html}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" '
            f'href="?replytocom={n.cid}#respond" data-commentid="{n.cid}" data-postid="2231" '
            f'aria-label="Odpowiedz użytkownikowi {esc(n.author)}">Odpowiedz</a></div></article></li>'
        )

    items = [li(n, p, k) for k, (n, _, p) in enumerate(rows)]
    items.insert(
        5,
        '<li class="pingback even thread-odd depth-1" id="comment-88"><div class="comment-body">Pingback: '
        '<a href="https://warzywnik-miejski.example.pl/linki-tygodnia-18/" class="url" rel="ugc external nofollow">'
        "Linki tygodnia #18 – Warzywnik miejski</a></div></li>",
    )
    body = "".join(f"<p>{esc(x)}</p>" for x in article(1013, 6, PL_WORDS))
    title = "Rozsada pomidorów a majowe przymrozki – co zrobiłam w tym roku"
    page = (
        head(
            f"{title} – Działka na skraju",
            url,
            "Jak zahartować rozsadę i kiedy wysadzić ją do gruntu, żeby nie stracić jej w zimnych ogrodników.",
            '<meta property="og:type" content="article"><meta property="og:locale" content="pl_PL">'
            '<meta property="article:published_time" content="2024-05-01T19:30:00+02:00">'
            '<meta name="generator" content="WordPress 6.5.2"><link rel="alternate" type="application/rss+xml" '
            'title="Działka na skraju &raquo; Kanał z komentarzami" href="/comments/feed/">',
            lang="pl-PL",
        )
        + '<body class="post-template-default single single-post postid-2231 single-format-standard">'
        '<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Działka na skraju'
        '</a></p><p class="site-description">Warzywa, kwiaty i błoto pod paznokciami</p><nav id="site-navigation" '
        'class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Start</a></li><li><a href="/kategoria/warzywa/">'
        'Warzywa</a></li><li><a href="/kategoria/kwiaty/">Kwiaty</a></li><li><a href="/kalendarz/">Kalendarz siewu</a></li>'
        '<li><a href="/o-mnie/">O mnie</a></li></ul></nav></header><div id="content" class="site-content"><div id="primary" '
        'class="content-area"><main id="main" class="site-main"><article id="post-2231" class="post-2231 post type-post '
        f'status-publish format-standard hentry category-warzywa"><header class="entry-header"><h1 class="entry-title">{title}</h1>'
        '<div class="entry-meta"><span class="posted-on">Opublikowano <a href="/2024/05/01/" rel="bookmark"><time class="entry-date '
        'published" datetime="2024-05-01T19:30:00+02:00">1 maja 2024</time></a></span><span class="byline"> przez <span class="author '
        f'vcard"><a class="url fn n" href="/author/grazyna/">{owner}</a></span></span></div></header>'
        f'<div class="entry-content">{body}<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Udostępnij:</h3>'
        '<ul><li><a class="share-facebook" href="?share=facebook">Facebook</a></li><li><a class="share-pinterest" '
        'href="?share=pinterest">Pinterest</a></li><li><a class="share-print" href="#print">Drukuj</a></li></ul></div>'
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Podobne</em></h3>'
        '<div class="jp-relatedposts-post"><a href="/2024/04/hartowanie-rozsady/">Hartowanie rozsady krok po kroku</a> '
        '<span>W „Warzywa”</span></div><div class="jp-relatedposts-post"><a href="/2023/05/zimni-ogrodnicy/">Zimni ogrodnicy: '
        'mit czy nie?</a></div></div></div><footer class="entry-footer"><span class="cat-links">Kategorie: <a href='
        '"/kategoria/warzywa/">Warzywa</a></span> <span class="tags-links">Tagi: <a href="/tag/pomidory/">pomidory</a>, '
        '<a href="/tag/rozsada/">rozsada</a></span></footer></article>'
        '<nav class="navigation post-navigation"><div class="nav-previous"><a href="/2024/04/siew-fasoli/">← Siew fasoli '
        'tycznej</a></div><div class="nav-next"><a href="/2024/05/slimaki-bez-chemii/">Ślimaki bez chemii →</a></div></nav>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(rows)} odpowiedzi na „{title}”</h2>'
        '<ol class="commentlist">' + "".join(items) + "</ol>"
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Dodaj komentarz</h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">'
        'Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *</p><p class="comment-form-comment">'
        '<label for="comment">Komentarz *</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit">'
        '<input type="submit" class="submit" value="Opublikuj komentarz"></p></form></div></div></main></div>'
        '<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search"><input '
        'type="search" placeholder="Szukaj…"></form></section><section class="widget widget_recent_comments"><h2 class='
        '"widget-title">Ostatnie komentarze</h2><ul><li><span class="comment-author-link">Basia</span> - <a href="/2024/04/'
        'siew-fasoli/#comment-61">Siew fasoli tycznej</a></li><li><span class="comment-author-link">Wiesiek</span> - '
        '<a href="/2024/04/hartowanie-rozsady/#comment-57">Hartowanie rozsady krok po kroku</a></li></ul></section>'
        '<section class="widget widget_mailpoet"><h2 class="widget-title">Newsletter</h2><p>Raz w miesiącu: co siać i sadzić.'
        '</p><form><input type="email" placeholder="Twój e-mail"><button>Zapisz mnie</button></form></section></aside></div>'
        '<footer id="colophon" class="site-footer"><div class="site-info">© 2024 Działka na skraju · <a href="/polityka-'
        'prywatnosci/">Polityka prywatności</a> · Dumnie wspierane przez WordPress</div></footer></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 3. flat forum, tree only in JSON-LD


PT_MONTHS = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]


def jsonld_forum() -> tuple:
    """A Brazilian home-brewing community forum built with a JavaScript framework (opaque classes):
    the topic's first post (not a comment), then every reply in one flat stream by time, numbered,
    with no reply sign in the markup; only the page's schema.org JSON-LD (DiscussionForumPosting
    whose "comment" arrays nest each reply inside the Comment it answers, every Comment with the
    "url" of its post's anchor, author, datePublished and text) says who answers whom. Ages "há 3
    horas" / "há 2 dias" within a week, else "28 de abr."; the instant in <time datetime> (-03:00);
    a "Solução" badge, likes, "Responder" and a suggested-topics list."""
    url = "https://forum.brassagemcaseira.example.com.br/t/fermentacao-travada-em-1-020-o-que-fazer/2207"
    brt = timezone(timedelta(hours=-3))
    start = datetime(2024, 4, 25, 9, 0, tzinfo=brt)
    forest = make_tree(1021, [7, 3, 2, 2], pick(PT_USERS), sentences(PT_WORDS, most=3), start, (30, 600), 16, 25, 3)
    rows = chrono(forest, 1022, start, (20, 700))
    no_self_replies(rows, PT_USERS)
    number = {id(n): i + 2 for i, (n, _, _) in enumerate(rows)}
    now = max(n.when for n, _, _ in rows) + timedelta(hours=5, minutes=12)
    solution = next(n for n, d, _ in rows if d == 0 and n.cid % 2 == 1)

    def shown(n: Node) -> str:
        rel = age_units(now, n.when, ("há {n} minutos", "há {n} horas", "há {n} dias", "há {n} semanas"),
                        ("há 1 minuto", "há 1 hora", "há 1 dia", "há 1 semana"))  # fmt: skip
        if rel is not None and (now - n.when) < timedelta(days=7):
            return rel
        return f"{n.when.day} de {PT_MONTHS[n.when.month - 1]}"

    def permalink(n: Node) -> str:
        return f"{url}/{number[id(n)]}#post_{number[id(n)]}"

    def ld(n: Node) -> dict:
        out: dict[str, Any] = {
            "@type": "Comment",
            "url": permalink(n),
            "author": {
                "@type": "Person",
                "name": n.author,
                "url": f"https://forum.brassagemcaseira.example.com.br/u/{n.author}",
            },
            "datePublished": n.when.isoformat(),
            "text": n.text,
        }
        if n.children:
            out["comment"] = [ld(c) for c in n.children]
        return out

    op = Node("heitor.ipa", article(1023, 3, PT_WORDS), start - timedelta(hours=3), 3999)
    data = {
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting",
        "headline": "Fermentação travada em 1.020, o que fazer?",
        "url": url,
        "author": {"@type": "Person", "name": op.author},
        "datePublished": op.when.isoformat(),
        "text": op.text,
        "interactionStatistic": {
            "@type": "InteractionCounter",
            "interactionType": "https://schema.org/CommentAction",
            "userInteractionCount": len(rows),
        },  # fmt: skip
        "comment": [ld(n) for n in forest],
    }

    def box(n: Node, num: int, first: bool = False) -> str:
        likes = votes(n, 14)
        badge = f'<span class="{css("pt-sol")}">✔ Solução</span>' if n is solution else ""
        reply = "" if first else f'<button class="{css("pt-re")}">Responder</button>'
        return (
            f'<article class="{css("pt-post")}" id="post_{num}" data-post-number="{num}"><div class="{css("pt-av")}">'
            f'<img src="/user_avatar/{n.author}/48.png" width="48" height="48" alt=""></div><div class="{css("pt-main")}">'
            f'<div class="{css("pt-meta")}"><a class="{css("pt-name")}" href="/u/{n.author}">{esc(n.author)}</a>{badge}'
            f'<a class="{css("pt-date")}" href="/t/fermentacao-travada-em-1-020-o-que-fazer/2207/{num}"><time datetime="'
            f'{n.when.isoformat()}">{shown(n)}</time></a><span class="{css("pt-num")}">#{num}</span></div>'
            f'<div class="{css("pt-cooked")}">{p_html(n)}</div><div class="{css("pt-actions")}"><button class="{css("pt-like")}" '
            f'aria-label="Curtir">♥ {likes if likes > 1 else ""}</button><button class="{css("pt-share")}" aria-label="Copiar link">'
            f"🔗</button>{reply}"
            "</div></div></article>"
        )

    page = (
        head(
            "Fermentação travada em 1.020, o que fazer? - Dúvidas - Brassagem Caseira",
            url,
            "Minha American Pale Ale parou em 1.020 depois de cinco dias. Alguém já passou por isso?",
            f'<meta property="og:type" content="website"><meta property="og:site_name" content="Brassagem Caseira">'
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
            f"<style>.{css('pt-post')}{{display:flex;gap:12px;border-top:1px solid #eee;padding:16px 0}}</style>",
            lang="pt-BR",
        )
        + f'<body><div id="__next"><header class="{css("pt-hd")}"><a href="/" class="{css("pt-logo")}">🍺 Brassagem Caseira</a>'
        f'<nav class="{css("pt-nav")}"><a href="/latest">Recentes</a><a href="/categories">Categorias</a><a href="/top">Top</a>'
        f'</nav><div class="{css("pt-auth")}"><a href="/signup">Cadastre-se</a><a href="/login">Entrar</a></div></header>'
        f'<main class="{css("pt-page")}"><div class="{css("pt-title")}"><h1>Fermentação travada em 1.020, o que fazer?</h1>'
        f'<a class="{css("pt-cat")}" href="/c/duvidas/4">Dúvidas</a> <span class="{css("pt-tag")}">fermentação</span> '
        f'<span class="{css("pt-tag")}">levedura</span></div><div class="{css("pt-stream")}">'
        + box(op, 1, True)
        + f'<div class="{css("pt-map")}"><span>criado {op.when.day} de {PT_MONTHS[op.when.month - 1]}</span><span>'
        f"{len(rows)} respostas</span><span>1,2 mil visualizações</span><span>{len({n.author for n, _, _ in rows})} usuários"
        "</span></div>"
        + "".join(box(n, number[id(n)]) for n, _, _ in rows)
        + f'</div><div class="{css("pt-foot")}"><button>Responder</button><p>Este tópico será fechado automaticamente 30 '
        f'dias após a última resposta.</p></div><section class="{css("pt-sugg")}"><h3>Tópicos sugeridos</h3><table><tr><td>'
        '<a href="/t/carbonatacao-em-garrafa-quanto-acucar/2188">Carbonatação em garrafa: quanto açúcar?</a></td><td>14</td>'
        '<td>3d</td></tr><tr><td><a href="/t/controle-de-temperatura-com-geladeira-velha/2150">Controle de temperatura com '
        "geladeira velha</a></td><td>31</td><td>12d</td></tr></table></section></main>"
        f'<footer class="{css("pt-ft")}"><p>Brassagem Caseira · comunidade sem fins lucrativos · <a href="/tos">Termos</a> · '
        '<a href="/privacy">Privacidade</a></p></footer></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 4. Gerrit-like review, threads per line


GERRIT_FILES = [
    ("firmware/rtc/rtc_sleep.c", [(88, "    uint32_t ticks = rtc_read_counter();"), (142, "    if (drift_ppm > 20) {"),
                                  (171, "    rtc_set_alarm(next_wakeup - RTC_GUARD_TICKS);")]),
    ("firmware/rtc/rtc_calib.h", [(19, "#define RTC_GUARD_TICKS 3")]),
    ("tests/test_rtc_sleep.py", [(54, "    assert abs(drift) < 0.5"), (77, "def test_wakeup_after_dst(board):")]),
]  # fmt: skip


def gerrit_review() -> tuple:
    """A code review in the shape of Gerrit: the change's header (subject, owner, reviewers, votes)
    and commit message (not a comment), then the "Comments" tab: threads grouped by file (and one
    patchset-level thread first), each line thread showing the commented code line; inside a
    thread the comments follow each other and each answers the one before it (Gerrit's
    in_reply_to), canned "Done" / "Ack" replies included, some replies opening with a "> " quote of
    the comment above. Custom elements (gr-comment-thread, gr-comment); the date "May 3" (or the
    time for today) with the full UTC time in its title; "Unresolved" / "Resolved" chips, "PS2"
    patchset markers, Reply / Quote / Ack / Done buttons."""
    url = "https://review.tidekit.example.org/c/firmware/+/48213/comments"
    rng = random.Random(1031)
    start = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    texter = sentences(CODE_WORDS, ends=".?", most=2)
    owner = "Ines Halvorsen"
    threads: list[tuple[str, int | None, str, Node]] = []
    cid = 7000
    spots = [("/PATCHSET_LEVEL", None, "")] + [(f, ln, code) for f, lines in GERRIT_FILES for ln, code in lines]
    for path, line, code in spots:
        length = rng.choice([1, 2, 2, 3, 3, 4])
        clock = start + timedelta(minutes=rng.randint(0, 2400))
        chain: list[Node] = []
        reviewer = rng.choice([u for u in GERRIT_USERS if u != owner])
        for k in range(length):
            who = (reviewer if k % 2 == 0 else owner) if path != "/PATCHSET_LEVEL" else rng.choice(GERRIT_USERS)
            if chain and who == chain[-1].author:
                who = owner if who != owner else reviewer
            clock += timedelta(minutes=rng.randint(15, 900))
            ps = texter(rng) if not (k > 0 and who == owner and rng.random() < 0.35) else [rng.choice(["Done", "Ack"])]
            node = Node(who, ps, clock, cid)
            cid += 1
            if chain:
                chain[-1].children = [node]
            chain.append(node)
        threads.append((path, line, code, chain[0]))
    rows = list(flatten([t[3] for t in threads]))
    parent_of = {id(n): p for n, _, p in rows}
    now = max(n.when for n, _, _ in rows) + timedelta(hours=3)

    def shown(n: Node) -> str:
        if n.when.date() == now.date():
            return n.when.strftime("%I:%M %p").lstrip("0")
        return f"{n.when.strftime('%b')} {n.when.day}"

    def title(n: Node) -> str:
        return (
            n.when.strftime("%A, %B ")
            + f"{n.when.day}, {n.when.year}, "
            + n.when.strftime("%I:%M:%S %p").lstrip("0")
            + " UTC"
        )

    def comment(n: Node, ps: int) -> str:
        p = parent_of.get(id(n))
        quote = ""
        if p is not None and n.cid % 3 == 0 and p.paras[0] not in ("Done", "Ack"):
            quote = f'<blockquote class="quote">{esc(first_sentence(p))}</blockquote>'
        owner_label = '<span class="ownerLabel">Owner</span>' if n.author == owner else ""
        return (
            f'<gr-comment id="comment-{n.cid:x}" class="{"collapsed" if n.cid % 5 == 4 else ""}"><div class="container">'
            f'<div class="header" id="header"><div class="headerLeft"><gr-account-label class="authorName">'
            f'<img class="avatar" src="/accounts/{n.cid % 50}/avatar?s=32" alt=""><span class="name">{esc(n.author)}</span>'
            f"</gr-account-label>{owner_label}"
            f'</div><div class="headerMiddle"><span class="collapsedContent">{esc(snippet(n, 6))}</span></div>'
            f'<span class="patchset-text">Patchset {ps}</span><span class="separator"></span><span class="date" tabindex="0">'
            f'<gr-date-formatter withtooltip title="{title(n)}"><span>{shown(n)}</span></gr-date-formatter></span>'
            f'<div class="show-hide"><label class="show-hide"><input type="checkbox" class="show-hide" aria-label="Collapse">'
            f'</label></div></div><div class="body"><gr-formatted-text class="message">{quote}{p_html(n)}</gr-formatted-text>'
            "</div></div></gr-comment>"
        )

    def thread(path: str, line: int | None, code: str, root: Node, k: int) -> str:
        chain = [n for n, _, _ in flatten([root])]
        resolved = chain[-1].paras[0] in ("Done", "Ack") or k % 3 == 1
        ps = 1 + (k % 2)
        where = (
            f'<div class="pathInfo"><a href="/c/firmware/+/48213/{ps}/{path}#{line}">{esc(path)}</a></div>'
            f'<div class="diff"><table class="diffTable"><tr><td class="lineNum" data-value="{line}">{line}</td>'
            f'<td class="content"><div class="contentText">{esc(code)}</div></td></tr></table></div>'
            if line
            else '<div class="pathInfo">Patchset</div>'
        )
        return (
            f'<gr-comment-thread class="{"unresolved" if not resolved else "resolved"}" path="{esc(path)}" line-num="{line or ""}" '
            f'data-thread-id="{k}">{where}<div id="container" class="container">'
            + "".join(comment(n, ps) for n in chain)
            + f'<div id="actionsContainer"><span id="unresolvedLabel">{"Resolved" if resolved else "Unresolved"}</span>'
            '<div id="actions"><gr-button class="action reply">Reply</gr-button><gr-button class="action quote">Quote</gr-button>'
            '<gr-button class="action ack">Ack</gr-button><gr-button class="action done">Done</gr-button></div></div></div>'
            "</gr-comment-thread>"
        )

    by_file: dict[str, list[str]] = {}
    for k, (path, line, code, root) in enumerate(threads):
        by_file.setdefault(path, []).append(thread(path, line, code, root, k))
    files = "".join(
        f'<div class="file-group"><h3 class="file-path">{esc(path if path != "/PATCHSET_LEVEL" else "Patchset level")}'
        f"</h3>{''.join(ts)}</div>"
        for path, ts in by_file.items()
    )
    unresolved = sum(1 for ts in by_file.values() for t in ts if t.startswith('<gr-comment-thread class="unresolved"'))
    page = (
        head(
            "Change 48213: rtc: keep a guard interval before the sleep alarm | Gerrit Code Review",
            url,
            "rtc: keep a guard interval before the sleep alarm",
            '<meta name="robots" content="noindex"><link rel="icon" href="/favicon.ico">',
        )
        + '<body><gr-app id="app"><gr-main-header><div class="bigTitle"><a href="/">Gerrit</a></div><ul class="links">'
        '<li><a href="/q/status:open">Changes</a></li><li><a href="/admin/repos">Browse</a></li><li><a href="/Documentation/'
        'index.html">Documentation</a></li></ul><div class="accountContainer"><a class="loginButton" href="/login/">Sign in</a>'
        '</div></gr-main-header><gr-change-view><div class="header"><span class="changeStatus">Merged</span> '
        '<a class="changeNumber" href="/c/firmware/+/48213">48213</a> <span class="headerSubject">rtc: keep a guard interval '
        'before the sleep alarm</span></div><div class="changeInfo"><gr-change-metadata><section><span class="title">Owner'
        f'</span><span class="value">{owner}</span></section><section><span class="title">Reviewers</span><span class="value">'
        + ", ".join(u for u in GERRIT_USERS if u != owner)
        + '</span></section><section><span class="title">Repo | Branch</span><span class="value">firmware | main</span></section>'
        '<section class="labels"><span class="title">Code-Review</span><span class="value">+2</span><span class="title">Verified'
        '</span><span class="value">+1</span></section></gr-change-metadata><div class="commitMessage"><gr-formatted-text>'
        "<pre>rtc: keep a guard interval before the sleep alarm\n\nSetting the alarm to the exact wakeup tick races with the "
        "counter\nincrement on boards with the slow LSE crystal; the alarm is then missed\nand the logger sleeps until the "
        "next minute.\n\nBug: 1187\nChange-Id: I5f0c2d9a4e8b7130c6a2f9e1d4b3a8c7e6f5d4c3</pre></gr-formatted-text></div></div>"
        '<paper-tabs><paper-tab>Files</paper-tab><paper-tab class="iron-selected">Comments '
        f'<span class="counter">{len(rows)}</span></paper-tab><paper-tab>Checks</paper-tab><paper-tab>Change Log (9)</paper-tab>'
        f'</paper-tabs><gr-thread-list><div class="header"><span class="sort-text">Sort by</span> <span>File</span> · '
        f'<label><input type="checkbox">Only unresolved ({unresolved})</label></div><div id="threads">{files}</div>'
        "</gr-thread-list></gr-change-view>"
        '<footer class="gr-footer"><div>Powered by <a href="https://www.gerritcodereview.example/">Gerrit Code Review</a> '
        '(3.9.4) | <a href="https://issues.gerrit.example/">Report bug</a> | Press “?” for keyboard shortcuts</div></footer>'
        "</gr-app></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 5. Bilibili-like, "回复 @name :" in sub-replies


def bili_replies() -> tuple:
    """A Chinese video site's comment area in the shape of Bilibili: the video (title, uploader,
    description; not comments), then root comments, each with its sub-replies (楼中楼) in one list
    below it by time. A sub-reply answering the root comment has no prefix; one answering another
    sub-reply starts with "回复 @name :" (a link to that user's space, not to the comment), meaning
    the nearest sub-reply above by that name. The uploader's "UP主" tag, level badges, "置顶" on a
    pinned comment, "IP属地：浙江"; dates "3小时前" within a day, else "2024-05-02 21:05"; the
    instant in data-ctime (epoch seconds); long sub-lists show three and "共 N 条回复, 点击查看"."""
    url = "https://www.bilivideo.example.cn/video/BV1xK4y1C7aQ/"
    cst = timezone(timedelta(hours=8))
    start = datetime(2024, 5, 1, 18, 0, tzinfo=cst)
    names = ZH_NAMES
    up = "换乘达人"
    zh = sentences(ZH_WORDS, ends="。！？", lo=5, hi=11, most=1, joiner="")
    forest = make_tree(1041, [8, 4, 2, 1], pick(names), zh, start, (10, 240), 18, 30, 2)
    hidden: dict[int, int] = {}
    for root in forest:
        kids = [n for n, _, _ in flatten(root.children)]
        if len(kids) > 3 and root.cid % 2 == 0:
            hidden[id(root)] = len(kids)
    # every root's descendants, shown flat by time under it (a reply always after what it answers)
    threads: dict[int, list[Row]] = {}
    clock = start
    rng = random.Random(1042)
    for root in forest:
        clock += timedelta(minutes=rng.randint(20, 200))
        root.when = clock
        key = {id(root): 0.0}
        descendants = list(flatten([root]))[1:]
        for n, _, p in descendants:
            key[id(n)] = key[id(p)] + rng.uniform(0.2, 3.0)
        descendants.sort(key=lambda r: key[id(r[0])])
        t = root.when
        for n, _, _ in descendants:
            t += timedelta(minutes=rng.randint(3, 180))
            n.when = t
        if id(root) in hidden:
            descendants = [r for r in descendants[:3] if r[2] is root or r[2] in [x for x, _, _ in descendants[:3]]]
        threads[id(root)] = descendants
    pinned = forest[2]
    order = [pinned] + [r for r in forest if r is not pinned]
    rows: list[Row] = []
    for root in order:
        rows.append((root, 0, None))
        rows.extend(threads[id(root)])
    no_self_replies(rows, names)
    for root in order:
        unambiguous([(root, 0, None), *threads[id(root)]], names)
    now = max(n.when for n, _, _ in rows) + timedelta(hours=4, minutes=20)

    def shown(n: Node) -> str:
        if now - n.when < timedelta(days=1):
            h = int((now - n.when).total_seconds() // 3600)
            return f"{h}小时前" if h else f"{int((now - n.when).total_seconds() // 60)}分钟前"
        return n.when.strftime("%Y-%m-%d %H:%M")

    def user(n: Node, cls: str) -> str:
        lv = 2 + zlib.crc32(n.author.encode()) % 5
        tag = '<span class="up-icon" title="UP主">UP</span>' if n.author == up else ""
        return (
            f'<div class="{cls}"><a class="user-name" href="//space.bilivideo.example.cn/{zlib.crc32(n.author.encode()) % 10**8}" '
            f'data-user-id="{zlib.crc32(n.author.encode()) % 10**8}">{esc(n.author)}</a><i class="level-icon level-{lv}">LV{lv}</i>'
            f"{tag}</div>"
        )

    def info(n: Node) -> str:
        place = ZH_PLACES[n.cid % len(ZH_PLACES)]
        like = votes(n, 300)
        return (
            f'<div class="reply-info"><span class="reply-time" data-ctime="{int(n.when.timestamp())}">{shown(n)}</span>'
            f'<span class="reply-location">IP属地：{place}</span><span class="reply-like"><i class="svg-icon like"></i>'
            f'<span>{like or ""}</span></span><span class="reply-dislike"><i class="svg-icon dislike"></i></span>'
            '<span class="reply-btn">回复</span></div>'
        )

    def sub_item(n: Node, p: Node | None, root: Node) -> str:
        prefix = ""
        if p is not None and p is not root:
            uid = zlib.crc32(p.author.encode()) % 10**8
            prefix = f'回复 <a class="jump-link user" data-user-id="{uid}" href="//space.bilivideo.example.cn/{uid}">@{esc(p.author)}</a> :'
        return (
            f'<div class="sub-reply-item" data-rpid="{n.cid}"><div class="sub-user-info"><img class="sub-reply-avatar" '
            f'src="//i0.bilivideo.example.cn/face/{n.cid}.jpg@48w.webp" alt="">{user(n, "sub-user-name-box")}</div>'
            f'<span class="reply-content-container sub-reply-content"><span class="reply-content">{prefix}{esc(n.text)}</span>'
            f"</span>{info(n)}</div>"
        )

    def root_item(root: Node, sub: list[Row]) -> str:
        top = '<i class="top-icon">置顶</i>' if root is pinned else ""
        more = (
            f'<div class="view-more"><span class="view-more-default">共 {hidden[id(root)]} 条回复, <span class="view-more-btn">'
            "点击查看</span></span></div>"
            if id(root) in hidden
            else ""
        )
        return (
            f'<div class="reply-item" data-rpid="{root.cid}"><div class="root-reply-avatar"><img src="//i0.bilivideo.example.cn/'
            f'face/{root.cid}.jpg@80w.webp" alt=""></div><div class="content-warp">{user(root, "user-info")}'
            f'<div class="root-reply"><span class="reply-content-container root-reply"><span class="reply-content">{top}'
            f'{"".join(esc(x) for x in root.paras)}</span></span>{info(root)}</div><div class="sub-reply-container">'
            f'<div class="sub-reply-list">{"".join(sub_item(n, p, root) for n, _, p in sub)}</div>{more}</div></div>'
            '<div class="bottom-line"></div></div>'
        )

    desc = "".join(article(1043, 2, ZH_WORDS, "。！"))
    title = "实测早高峰换乘：从城西到城东到底要多久？"
    page = (
        head(
            f"{title}_哔哩视频",
            url,
            desc[:60],
            '<meta name="keywords" content="地铁,通勤,换乘,实测"><meta itemprop="uploadDate" content="2024-05-01 18:00:00">'
            f'<meta name="author" content="{up}">',
            lang="zh-CN",
        )
        + '<body><div id="app"><div class="bili-header"><a class="logo" href="//www.bilivideo.example.cn/">哔哩视频</a>'
        '<ul class="left-entry"><li>首页</li><li>番剧</li><li>直播</li><li>游戏中心</li><li>会员购</li></ul>'
        '<div class="center-search-container"><input class="nav-search-input" placeholder="搜索你感兴趣的视频"></div>'
        '<div class="right-entry"><span>登录</span><span>大会员</span><span>消息</span><span>投稿</span></div></div>'
        f'<div class="video-container-v1"><div class="left-container"><div id="viewbox_report"><h1 class="video-title">{title}</h1>'
        '<div class="video-info-detail"><span class="view">12.4万</span><span class="dm">1843</span><span class="pubdate-text">'
        '2024-05-01 18:00:00</span></div></div><div id="playerWrap"><div class="bpx-player-container">播放器加载中…</div></div>'
        '<div id="arc_toolbar_report"><span class="video-like">1.2万</span><span class="video-coin">3456</span>'
        '<span class="video-fav">5678</span><span class="video-share">分享</span></div>'
        f'<div class="video-desc-container"><span class="desc-info-text">{esc(desc)}</span></div>'
        '<div class="video-tag-container"><a href="/tag/地铁">地铁</a><a href="/tag/通勤">通勤</a></div>'
        f'<div id="comment" class="comment-container"><div class="reply-header"><div class="reply-navigation"><ul class="nav-bar">'
        f'<li class="nav-title"><span class="nav-title-text">评论</span><span class="total-reply">{len(rows) + 37}</span></li>'
        '<li class="nav-sort hot">最热</li><li class="nav-sort time">最新</li></ul></div></div><div class="reply-box">'
        '<div class="box-normal"><textarea class="reply-box-textarea" placeholder="你的评论一发，UP主的心跳就会加速~">'
        '</textarea><div class="reply-box-send">发布</div></div></div><div class="reply-list">'
        + "".join(root_item(r, threads[id(r)]) for r in order)
        + '</div><div class="reply-end-mark">正在加载...</div></div></div><div class="right-container"><div class="up-panel">'
        f'<a class="up-name" href="//space.bilivideo.example.cn/1">{up}</a><div class="up-description">每周实测一条线路</div>'
        '<button class="follow-btn">+ 关注 8.7万</button></div><div class="recommend-list"><h4>相关推荐</h4><div class="video-page-'
        'card-small"><a href="/video/BV1aa4y1X7pe/">凌晨的末班车：跟拍夜班司机</a><span>UP 夜行记</span></div><div class="video-'
        'page-card-small"><a href="/video/BV1fz4y1u7Tb/">地铁票价怎么定？</a><span>UP 城市观察</span></div></div></div></div>'
        '<div class="bili-footer">营业执照 · 网络文化经营许可证 · 违法不良信息举报</div></div></body></html>'
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), None


# ---------------------------------------------------------------- 6. Matrix room archive, reply fallbacks


def matrix_archive() -> tuple:
    """A Dutch cycling campaign's public Matrix room as a web archive shows it (Element-like
    markup): events flat by time under day separators ("vrijdag 3 mei 2024"), each message tile
    with data-event-id and data-ts (epoch ms), the sender's display name and Matrix ID, the time
    "10:14" linking to the event; a run of messages by one sender within minutes shows the name
    once (continuation tiles). A reply starts with the reply fallback quote: <mx-reply><blockquote>
    "Als antwoord op" linking to matrix.to/#/<room>/<event id of the answered message>, the answered
    sender's ID and the start of their message (not the replier's words). Membership and topic
    events between them, reactions, "(bewerkt)" marks."""
    url = "https://archief.fietsersclub-utrecht.example.nl/room/fietspad-overleg/2024-05-03"
    room = "!kJzQwTfhYbVpLrMxAa:fietsersclub.example.nl"
    start = datetime(2024, 5, 3, 5, 40, tzinfo=UTC)
    names = list(NL_USERS)
    forest = make_tree(
        1051, [9, 3, 2, 1], pick(names), sentences(NL_WORDS, most=1, lo=5, hi=13), start, (2, 40), 18, 28, 2
    )
    rows = chrono(forest, 1052, start, (1, 55))
    no_self_replies(rows, names)
    ams = CET
    server = "fietsersclub.example.nl"

    def mxid(name: str) -> str:
        return f"@{NL_USERS[name]}:{server if NL_USERS[name] < 'm' else 'matrix.example.org'}"

    def evid(n: Node) -> str:
        h = zlib.crc32(f"{n.cid}{n.author}".encode())
        return f"${h:08x}{n.cid * 7919:x}Qm{h % 97}"

    def shown(n: Node) -> str:
        return n.when.astimezone(ams).strftime("%H:%M")

    def day(d: datetime) -> str:
        d = d.astimezone(ams)
        return f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]} {d.year}"

    tiles = []
    last_sender, last_time, last_day = None, None, None
    for k, (n, _, p) in enumerate(rows):
        d = n.when.astimezone(ams).date()
        if d != last_day:
            tiles.append(
                f'<li class="mx_DateSeparator" role="separator" aria-label="{day(n.when)}"><hr><h2>{day(n.when)}</h2><hr></li>'
            )
            last_day, last_sender = d, None
        if k in (4, 13):
            who = ["Eva Mulder", "Kees"][k % 2]
            tiles.append(
                f'<li class="mx_EventTile mx_EventTile_info"><div class="mx_TextualEvent">{who} is de kamer binnengekomen</div></li>'
            )
            last_sender = None
        cont = (
            last_sender == n.author
            and last_time is not None
            and n.when - last_time < timedelta(minutes=10)
            and p is None
        )
        fallback = ""
        if p is not None:
            fallback = (
                f'<mx-reply><blockquote class="mx_ReplyChain"><a href="https://matrix.to/#/{room}/{evid(p)}?via={server}">'
                f'Als antwoord op</a> <a href="https://matrix.to/#/{mxid(p.author)}">{mxid(p.author)}</a><br>'
                f"{esc(snippet(p, 10))}</blockquote></mx-reply>"
            )
        sender = (
            ""
            if cont
            else f'<div class="mx_DisambiguatedProfile"><span class="mx_DisambiguatedProfile_displayName">{esc(n.author)}</span>'
            f' <span class="mx_DisambiguatedProfile_mxid">{mxid(n.author)}</span></div><span class="mx_EventTile_avatar">'
            f'<img class="mx_BaseAvatar_image" src="/_matrix/media/v3/thumbnail/{server}/{n.cid}" alt=""></span>'
        )
        edited = ' <span class="mx_EventTile_edited">(bewerkt)</span>' if n.cid % 9 == 5 else ""
        reacts = (
            f'<div class="mx_ReactionsRow"><span class="mx_ReactionsRowButton">👍 {n.cid % 4 + 1}</span></div>'
            if n.cid % 4 == 1
            else ""
        )
        title = n.when.astimezone(ams).strftime("%d-%m-%Y %H:%M:%S")
        tiles.append(
            f'<li class="mx_EventTile{" mx_EventTile_continuation" if cont else ""}" data-event-id="{evid(n)}" '
            f'data-ts="{int(n.when.timestamp() * 1000)}" data-layout="group">{sender}<div class="mx_EventTile_line">'
            f'<a class="mx_MessageTimestamp" href="https://matrix.to/#/{room}/{evid(n)}" title="{title}">{shown(n)}</a>'
            f'<div class="mx_MTextBody mx_EventTile_content">{fallback}<div class="mx_EventTile_body markdown-body" dir="auto">'
            f"{'<br>'.join(rich(x) for x in n.paras)}{edited}</div></div></div>{reacts}</li>"
        )
        last_sender, last_time = n.author, n.when
    page = (
        head(
            "#fietspad-overleg — archief 3 mei 2024 — Fietsersclub Utrecht",
            url,
            "Openbaar archief van de Matrix-kamer #fietspad-overleg:fietsersclub.example.nl",
            '<meta name="robots" content="index,follow"><link rel="prev" href="/room/fietspad-overleg/2024-05-02">',
            lang="nl",
        )
        + '<body class="mx_archive"><header class="mx_RoomHeader"><div class="mx_RoomHeader_avatar">🚲</div><div>'
        '<h1 class="mx_RoomHeader_name">#fietspad-overleg</h1><div class="mx_RoomHeader_topic">Overleg over de fietspaden in '
        'Utrecht-Oost. Wees aardig, geen reclame. Notulen: <a href="https://fietsersclub-utrecht.example.nl/notulen/">'
        'notulen</a></div></div><nav class="mx_archive_nav"><a href="/room/fietspad-overleg/2024-05-02">← 2 mei</a> '
        '<a href="/room/fietspad-overleg/2024-05-04">4 mei →</a> <a href="https://matrix.to/#/#fietspad-overleg:'
        'fietsersclub.example.nl">Doe mee in je eigen Matrix-app</a></nav></header><main class="mx_RoomView_messagePanel">'
        '<ol class="mx_RoomView_MessageList" aria-live="polite">'
        + "".join(tiles)
        + '</ol></main><aside class="mx_archive_info"><h3>Over dit archief</h3><p>Berichten in openbare kamers van de '
        "Fietsersclub worden dagelijks gearchiveerd. Wil je een bericht laten verwijderen? Mail de moderatoren.</p>"
        '<h3>Andere kamers</h3><ul><li><a href="/room/algemeen/">#algemeen</a></li><li><a href="/room/fietsenstalling/">'
        '#fietsenstalling</a></li></ul></aside><footer class="mx_archive_footer">Fietsersclub Utrecht · gearchiveerd met een '
        "open-source archiefbot · tijden in Europe/Amsterdam</footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 7. OpenWeb-like conversation widget


def openweb_widget() -> tuple:
    """An American sports-news site with an OpenWeb-like conversation widget (CSS-in-JS classes,
    data-spot-im-class hooks): each comment's replies in a list inside it, after a "Hide N
    replies" toggle, three levels deep; a reply list that is long shows two replies and a "View N
    more replies" button (the rest not in the page), some threads are closed behind "View N
    replies" (none loaded). Names, "Top Commenter" / "Staff" badges, ages "3h" / "2d" only (no
    machine-readable date), like / dislike counts, Reply and Share; the conversation is followed by
    "Show More Comments", a newsletter box and a related-stories rail."""
    url = "https://www.harborcitysports.example.com/baseball/2024/05/03/gulls-bullpen-trade-deadline/"
    start = datetime(2024, 5, 2, 15, 0, tzinfo=timezone(timedelta(hours=-4)))
    forest = make_tree(1061, [10, 4, 3, 2], pick(US_NAMES), sentences(US_WORDS, most=2), start, (5, 120), 20, 34, 3)
    closed: dict[int, int] = {}
    more: dict[int, int] = {}
    for root in forest:
        count = len(list(flatten(root.children)))
        if root.children and root.cid % 5 == 2:
            closed[id(root)] = count
            root.children = []
    for n, _, _ in list(flatten(forest)):
        if len(n.children) > 2 and n.cid % 2 == 1:
            more[id(n)] = len(n.children) - 2
            n.children = n.children[:2]
    rows = list(flatten(forest))
    no_self_replies(rows, US_NAMES)
    now = max(n.when for n, _, _ in rows) + timedelta(hours=6)
    staff = "Coach Carl"

    def shown(n: Node) -> str:
        return age_units(now, n.when, ("{n}m", "{n}h", "{n}d", "{n}w")) or n.when.strftime("%b %d")

    def c(n: Node) -> str:
        badge = ""
        if n.author == staff:
            badge = f'<span class="{letters("ow-staff")}" data-spot-im-class="user-badge">Staff</span>'
        elif zlib.crc32(n.author.encode()) % 3 == 0:
            badge = f'<span class="{letters("ow-top")}" data-spot-im-class="user-badge">Top Commenter</span>'
        up, down = votes(n, 60), n.cid % 6
        kids = "".join(c(x) for x in n.children)
        total = len(list(flatten(n.children)))
        replies = ""
        if kids:
            extra = (
                f'<button class="{letters("ow-more")}" data-spot-im-class="show-more-replies">View {more[id(n)]} more '
                f"repl{'y' if more[id(n)] == 1 else 'ies'}</button>"
                if id(n) in more
                else ""
            )
            replies = (
                f'<button class="{letters("ow-toggle")}" aria-expanded="true">Hide {total} repl{"y" if total == 1 else "ies"}'
                f'</button><ul class="{letters("ow-replies")}" data-spot-im-class="replies-list">{kids}</ul>{extra}'
            )
        elif id(n) in closed:
            k = closed[id(n)]
            replies = (
                f'<button class="{letters("ow-toggle")}" aria-expanded="false" data-spot-im-class="show-replies">View {k} '
                f"repl{'y' if k == 1 else 'ies'}</button>"
            )
        return (
            f'<li class="{letters("ow-li")}" data-spot-im-class="message-view" data-message-id="sp_Q2w{n.cid}">'
            f'<div class="{letters("ow-row")}"><div class="{letters("ow-avatar")}"><img src="https://images.openweb.example/'
            f'avatars/{n.cid}.png" alt=""></div><div class="{letters("ow-main")}"><div class="{letters("ow-head")}">'
            f'<span class="{letters("ow-name")}" data-spot-im-class="message-username">{esc(n.author)}</span>{badge}'
            f'<span class="{letters("ow-dot")}">·</span><span class="{letters("ow-time")}" data-spot-im-class="message-timestamp">'
            f'{shown(n)}</span></div><div class="{letters("ow-text")}" data-spot-im-class="message-text">'
            + "".join(f'<p class="{letters("ow-p")}">{rich(x)}</p>' for x in n.paras)
            + f'</div><div class="{letters("ow-actions")}"><button class="{letters("ow-reply")}">Reply</button>'
            f'<button class="{letters("ow-vote")}" aria-label="Like">👍 {up or ""}</button><button class="{letters("ow-vote")}" '
            f'aria-label="Dislike">👎 {down or ""}</button><button class="{letters("ow-share")}">Share</button>'
            f'<button class="{letters("ow-menu")}" aria-label="More options">⋯</button></div></div></div>{replies}</li>'
        )

    body = "".join(f"<p>{esc(x)}</p>" for x in article(1062, 7, US_WORDS))
    title = "Gulls' bullpen woes put pressure on front office ahead of deadline"
    page = (
        head(
            f"{title} | Harbor City Sports",
            url,
            "Three blown saves in a week have the Gulls shopping for relief help a month early.",
            '<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T13:45:00-04:00">'
            '<meta name="author" content="Dana Whitlock"><script type="application/ld+json">{"@context":"https://schema.org",'
            '"@type":"NewsArticle","headline":"Gulls\' bullpen woes put pressure on front office ahead of deadline",'
            '"datePublished":"2024-05-02T13:45:00-04:00","author":[{"@type":"Person","name":"Dana Whitlock"}]}</script>',
        )
        + f'<body><div id="root"><header class="{letters("hd")}"><a class="{letters("logo")}" href="/">Harbor City Sports</a>'
        f'<nav class="{letters("nav")}"><a href="/baseball/">Baseball</a><a href="/football/">Football</a><a href="/hockey/">Hockey'
        f'</a><a href="/college/">College</a><a href="/podcasts/">Podcasts</a></nav><a class="{letters("sub")}" href="/subscribe/">'
        f'Subscribe</a></header><main class="{letters("main")}"><article class="{letters("art")}"><a class="{letters("kick")}" '
        f'href="/baseball/">Gulls</a><h1>{title}</h1><div class="{letters("byline")}">By <a href="/staff/dana-whitlock/">Dana '
        f'Whitlock</a> · <time datetime="2024-05-02T13:45:00-04:00">May 2, 2024 1:45 PM</time></div>'
        f'<div class="{letters("artbody")}">{body}</div><div class="{letters("share")}"><button>Share on X</button><button>'
        f'Facebook</button><button>Copy link</button></div></article><section class="{letters("nl")}"><h3>The Bullpen Report'
        '</h3><p>Every morning, the Gulls news you need. Free.</p><form><input type=email placeholder="Email address">'
        f'<button>Sign up</button></form></section><div data-spotim-module="conversation" class="{letters("ow-root")}">'
        f'<div class="{letters("ow-header")}"><h2 class="{letters("ow-title")}">Conversation</h2><span class="{letters("ow-count")}">'
        f'{len(rows) + sum(closed.values()) + sum(more.values())} Comments</span></div><div class="{letters("ow-login")}">'
        f'<button>Log in</button><button>Sign up</button></div><div class="{letters("ow-editor")}"><div role="textbox" '
        f'aria-label="What do you think?">What do you think?</div></div><div class="{letters("ow-sort")}">Sort by '
        f'<button aria-haspopup="listbox">Best</button></div><p class="{letters("ow-guide")}">Please read our <a href="/'
        f'community-guidelines/">Community Guidelines</a> before posting.</p><ul class="{letters("ow-list")}" data-spot-im-class='
        '"conversation-messages">'
        + "".join(c(n) for n in forest)
        + f'</ul><button class="{letters("ow-load")}" data-spot-im-class="load-more-messages">Show More Comments</button>'
        f'<div class="{letters("ow-powered")}">Powered by OpenWeb</div></div></main><aside class="{letters("rail")}"><h3>'
        'Most Read</h3><ol><li><a href="/baseball/2024/05/02/gulls-call-up-reliever/">Gulls call up Triple-A reliever '
        'after rough weekend</a></li><li><a href="/football/2024/05/02/draft-grades/">Draft grades: how every pick fits'
        f'</a></li></ol></aside><footer class="{letters("ft")}"><p>© 2024 Harbor City Sports Media. All rights reserved.</p>'
        '<nav><a href="/privacy/">Privacy Policy</a><a href="/terms/">Terms of Use</a><a href="/ad-choices/">Ad Choices</a>'
        "</nav></footer></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: None), None


# ---------------------------------------------------------------- 8. WordPress nested, Greek dates, next page


def wp_paged_el() -> tuple:
    """A Greek recipe blog on WordPress with threaded comments: <ol class="comment-list"> of
    li.comment (depth-N classes), each reply list an <ol class="children"> inside the comment it
    answers; "Ο/Η Name λέει:", the date "3 Μαΐου 2024 στις 10:14 π.μ." (Greek genitive months,
    π.μ./μ.μ.) over <time datetime> with the +03:00 offset, a "Συντάκτης" label on the author's
    answers, "Απάντηση" links, a recipe card and a star rating above. Page 1 of the comments: a
    "Νεότερα σχόλια →" link leads to comment-page-2 (next page)."""
    url = "https://kouzina-tis-giagias.example.gr/spanakopita-me-xoriatiko-fyllo/"
    nxt = "https://kouzina-tis-giagias.example.gr/spanakopita-me-xoriatiko-fyllo/comment-page-2/#comments"
    eest = timezone(timedelta(hours=3))
    start = datetime(2024, 4, 20, 9, 0, tzinfo=eest)
    owner = "Βούλα"
    forest = make_tree(
        1071, [8, 3, 2, 2], pick(EL_NAMES), sentences(EL_WORDS, ends=".;!", most=2), start, (30, 900), 16, 26, 3
    )
    rows = list(flatten(forest))
    no_self_replies(rows, EL_NAMES)

    def shown(n: Node) -> str:
        d = n.when
        h = d.hour % 12 or 12
        return (
            f"{d.day} {EL_MONTHS[d.month - 1]} {d.year} στις {h}:{d.strftime('%M')} {'π.μ.' if d.hour < 12 else 'μ.μ.'}"
        )

    def li(n: Node, depth: int, k: int) -> str:
        kids = "".join(li(x, depth + 1, k + j + 1) for j, x in enumerate(n.children))
        parity = "even" if k % 2 == 0 else "odd"
        byowner = " bypostauthor" if n.author == owner else ""
        label = '<span class="post-author-badge">Συντάκτης</span>' if n.author == owner else ""
        return (
            f'<li id="comment-{n.cid}" class="comment {parity} depth-{depth}{" parent" if kids else ""}{byowner}">'
            f'<article id="div-comment-{n.cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<img alt="" src="https://secure.gravatar.example/avatar/{n.cid:x}?s=60&amp;d=identicon" class="avatar avatar-60" '
            f'height="60" width="60"><b class="fn">{esc(n.author)}</b> <span class="says">λέει:</span>{label}</div>'
            f'<div class="comment-metadata"><a href="{url}#comment-{n.cid}"><time datetime="{n.when.isoformat()}">{shown(n)}</time>'
            '</a></div></footer><div class="comment-content">'
            f'{p_html(n)}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={n.cid}#respond" '
            f'data-commentid="{n.cid}" data-belowelement="div-comment-{n.cid}" aria-label="Απάντηση στον/στην {esc(n.author)}">'
            f"Απάντηση</a></div></article>" + (f'<ol class="children">{kids}</ol>' if kids else "") + "</li>"
        )

    body = "".join(f"<p>{esc(x)}</p>" for x in article(1072, 5, EL_WORDS, ".;"))
    title = "Σπανακόπιτα με χωριάτικο φύλλο, όπως την έφτιαχνε η γιαγιά"
    nav = (
        '<nav class="navigation comment-navigation" aria-label="Σχόλια"><h2 class="screen-reader-text">Πλοήγηση σχολίων</h2>'
        f'<div class="nav-links"><div class="nav-next"><a href="{nxt}">Νεότερα σχόλια →</a></div></div></nav>'
    )
    page = (
        head(
            f"{title} - Η κουζίνα της γιαγιάς",
            url,
            "Η συνταγή για σπανακόπιτα με σπιτικό χωριάτικο φύλλο, βήμα βήμα.",
            '<meta property="og:type" content="article"><meta property="og:locale" content="el_GR">'
            '<meta property="article:published_time" content="2024-04-19T18:00:00+03:00"><meta name="generator" '
            'content="WordPress 6.5.2">',
            lang="el",
        )
        + '<body class="post-template-default single single-post postid-912"><div id="page" class="site"><header '
        'class="site-header"><p class="site-title"><a href="/">Η κουζίνα της γιαγιάς</a></p><nav class="main-navigation">'
        '<ul><li><a href="/category/pites/">Πίτες</a></li><li><a href="/category/glyka/">Γλυκά</a></li><li><a href="/category/'
        'ladera/">Λαδερά</a></li><li><a href="/epikoinonia/">Επικοινωνία</a></li></ul></nav></header><main id="main" '
        f'class="site-main"><article id="post-912" class="post-912 post type-post hentry"><h1 class="entry-title">{title}</h1>'
        '<div class="entry-meta"><time class="entry-date published" datetime="2024-04-19T18:00:00+03:00">19 Απριλίου 2024'
        f'</time> · <span class="author vcard">{owner}</span></div><div class="entry-content">{body}'
        '<div class="wprm-recipe-container"><div class="wprm-recipe"><h2 class="wprm-recipe-name">Σπανακόπιτα</h2>'
        '<div class="wprm-recipe-rating">★★★★★ <span>4.8 από 57 ψήφους</span></div><div class="wprm-recipe-times">'
        'Προετοιμασία: 40 λεπτά · Ψήσιμο: 50 λεπτά</div><h3>Υλικά</h3><ul class="wprm-recipe-ingredients"><li>1 κιλό σπανάκι'
        '</li><li>300 γρ. φέτα</li><li>500 γρ. αλεύρι</li><li>ελαιόλαδο</li></ul><button class="wprm-print">Εκτύπωση'
        '</button></div></div></div><div class="share-buttons">Κοινοποίηση: <a>Facebook</a> <a>Pinterest</a> <a>Email</a>'
        '</div></article><div class="related-posts"><h3>Μπορεί να σας αρέσει</h3><ul><li><a href="/tyropita-striftari/">'
        'Τυρόπιτα στριφτή</a></li><li><a href="/galaktoboureko/">Γαλακτομπούρεκο με σιρόπι λεμονιού</a></li></ul></div>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(rows) + 19} σκέψεις για το “{title}”</h2>'
        + nav
        + '<ol class="comment-list">'
        + "".join(li(n, 1, k) for k, n in enumerate(forest))
        + "</ol>"
        + nav
        + '<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Αφήστε μια απάντηση</h3><form '
        'class="comment-form"><p class="comment-notes">Η ηλ. διεύθυνση σας δεν δημοσιεύεται.</p><textarea name="comment">'
        '</textarea><p class="form-submit"><input type="submit" value="Δημοσίευση σχολίου"></p></form></div></div></main>'
        '<aside class="widget-area"><section class="widget"><h2>Newsletter</h2><p>Νέες συνταγές κάθε Παρασκευή.</p><form>'
        '<input type="email"><button>Εγγραφή</button></form></section></aside><footer class="site-footer">© 2024 Η κουζίνα '
        "της γιαγιάς · Με τη δύναμη του WordPress</footer></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: n.when.isoformat()), nxt


# ---------------------------------------------------------------- 9. shop product page, questions and answers


def shop_qa() -> tuple:
    """A German garden-shop product page (CSS-module classes): product data, price, specs and a
    rating histogram (no review texts), then "Fragen und Antworten": every customer question a
    block ("Frage:" label, the question, "gefragt von Name am 3. Mai 2024"), its answers listed
    below it in the block ("Antwort:" label, text, "von Name am 4. Mai 2024", a "Verifizierter
    Kauf" or "Antwort des Herstellers" badge, "Hilfreich? Ja (4) Nein (0)"); a question with more
    than two answers shows two and "Weitere N Antworten anzeigen" (not in the page), an unanswered
    one "Noch keine Antwort". Questions are comments (top level), answers reply to their question;
    day-only dates; "Kunden kauften auch", newsletter and footer around."""
    url = "https://www.gartenwerk-shop.example.de/p/regentonnenpumpe-aquaflow-400-akku"
    start = datetime(2024, 3, 10, 9, 0, tzinfo=CET)
    maker = "Kundenservice AquaFlow"
    names = [*DE_NAMES, maker]
    forest = make_tree(
        1081, [8, 4], pick(DE_NAMES), sentences(DE_WORDS, ends=".?", most=1, lo=6, hi=16), start, (300, 4000), 16, 26, 1
    )
    hidden: dict[int, int] = {}
    for k, q in enumerate(forest):
        q.paras = [q.paras[0].rstrip(".!") + "?"]
        for j, a in enumerate(q.children):
            if (k + j) % 4 == 1:
                a.author = maker
        if len(q.children) > 2:
            hidden[id(q)] = len(q.children) - 2
            q.children = q.children[:2]
    forest[-1].children = []
    hidden.pop(id(forest[-1]), None)
    rows = list(flatten(forest))
    no_self_replies(rows, names)

    def shown(n: Node) -> str:
        return f"{n.when.day}. {DE_MONTHS[n.when.month - 1]} {n.when.year}"

    def answer(a: Node) -> str:
        badge = (
            f'<span class="{css("qa-maker")}">Antwort des Herstellers</span>'
            if a.author == maker
            else (f'<span class="{css("qa-verified")}">✓ Verifizierter Kauf</span>' if a.cid % 3 else "")
        )
        return (
            f'<div class="{css("qa-answer")}" data-answer-id="a{a.cid}"><span class="{css("qa-label")}">Antwort:</span>'
            f'<div class="{css("qa-atext")}">{p_html(a)}</div><div class="{css("qa-by")}">von <span class="{css("qa-name")}">'
            f'{esc(a.author)}</span> am {shown(a)} {badge}</div><div class="{css("qa-helpful")}">Hilfreich? <button>Ja ('
            f'{votes(a, 9)})</button> <button>Nein ({a.cid % 3})</button> <button class="{css("qa-report")}">Melden</button>'
            "</div></div>"
        )

    def question(q: Node) -> str:
        answers = "".join(answer(a) for a in q.children) or f'<p class="{css("qa-none")}">Noch keine Antwort.</p>'
        more = (
            f'<button class="{css("qa-more")}">Weitere {hidden[id(q)]} Antwort{"en" if hidden[id(q)] > 1 else ""} anzeigen</button>'
            if id(q) in hidden
            else ""
        )
        return (
            f'<div class="{css("qa-item")}" data-question-id="q{q.cid}"><div class="{css("qa-q")}"><span class="{css("qa-label")}">'
            f'Frage:</span><div class="{css("qa-qtext")}">{p_html(q)}</div><div class="{css("qa-by")}">gefragt von <span class='
            f'"{css("qa-name")}">{esc(q.author)}</span> am {shown(q)}</div></div><div class="{css("qa-answers")}">{answers}{more}'
            f'</div><button class="{css("qa-answer-btn")}">Diese Frage beantworten</button></div>'
        )

    desc = "".join(f"<p>{esc(x)}</p>" for x in article(1082, 3, DE_WORDS))
    stars = [(5, 61), (4, 22), (3, 8), (2, 4), (1, 5)]
    page = (
        head(
            "AquaFlow 400 Akku-Regentonnenpumpe | Gartenwerk",
            url,
            "Akku-Regentonnenpumpe mit 4.000 l/h, Förderhöhe 20 m, inklusive Filter und 3 m Schlauch.",
            '<meta property="og:type" content="product"><script type="application/ld+json">{"@context":"https://schema.org",'
            '"@type":"Product","name":"AquaFlow 400 Akku-Regentonnenpumpe","sku":"AF-400-A","offers":{"@type":"Offer",'
            '"price":"89.99","priceCurrency":"EUR"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.3",'
            '"reviewCount":"214"}}</script>',
            lang="de",
        )
        + f'<body><div id="__next"><header class="{css("hd")}"><a class="{css("logo")}" href="/">Gartenwerk</a><input class='
        f'"{css("search")}" placeholder="Wonach suchst du?"><a href="/konto">Mein Konto</a><a href="/merkzettel">Merkzettel</a>'
        f'<a href="/warenkorb">Warenkorb (0)</a></header><nav class="{css("crumbs")}"><a href="/">Start</a> › <a href="/c/'
        f'bewaesserung">Bewässerung</a> › <a href="/c/pumpen">Pumpen</a></nav><main class="{css("pdp")}"><section class='
        f'"{css("buybox")}"><h1>AquaFlow 400 Akku-Regentonnenpumpe</h1><div class="{css("rating")}">★★★★☆ 4,3 (214 Bewertungen)'
        f' · <a href="#qa">{len(forest) + 9} Fragen</a></div><div class="{css("price")}">89,99 €</div><p class="{css("vat")}">'
        f'inkl. MwSt., zzgl. Versand</p><button class="{css("cart")}">In den Warenkorb</button><p class="{css("stock")}">Sofort '
        f'lieferbar · Lieferung in 2–4 Werktagen</p></section><section class="{css("desc")}"><h2>Produktbeschreibung</h2>{desc}'
        f'<table class="{css("specs")}"><tr><th>Fördermenge</th><td>4.000 l/h</td></tr><tr><th>Förderhöhe</th><td>20 m</td></tr>'
        f'<tr><th>Akku</th><td>18 V, 2,5 Ah</td></tr></table></section><section class="{css("reviews")}"><h2>Kundenbewertungen'
        "</h2>"
        + "".join(
            f'<div class="{css("bar")}">{s} Sterne <span style="width:{p}%"></span> {p} %</div>' for s, p in stars
        )
        + f'<a href="/p/regentonnenpumpe-aquaflow-400-akku/bewertungen">Alle 214 Bewertungen lesen</a></section>'
        f'<section class="{css("qa")}" id="qa"><h2>Fragen und Antworten ({len(forest) + 9})</h2><div class="{css("qa-tools")}">'
        f'<input placeholder="Fragen und Antworten durchsuchen"><select><option>Neueste zuerst</option><option>Hilfreichste'
        f"</option></select><button>Frage stellen</button></div>"
        + "".join(question(q) for q in reversed(forest))
        + f'<button class="{css("qa-load")}">Weitere Fragen laden</button></section><section class="{css("reco")}"><h2>Kunden '
        'kauften auch</h2><ul><li><a href="/p/regentonne-300l">Regentonne 300 l, anthrazit</a> <span>49,99 €</span></li><li>'
        '<a href="/p/gartenschlauch-20m">Gartenschlauch 20 m, ½ Zoll</a> <span>24,99 €</span></li></ul></section></main>'
        f'<section class="{css("nl")}"><h3>10 % auf deine nächste Bestellung</h3><p>Melde dich für unseren Newsletter an.</p>'
        f'<form><input type="email"><button>Anmelden</button></form></section><footer class="{css("ft")}"><a href="/impressum">'
        'Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/agb">AGB</a> · <a href="/widerruf">Widerruf</a>'
        "<p>© 2024 Gartenwerk GmbH</p></footer></div></body></html>"
    )
    page_rows = [r for q in reversed(forest) for r in flatten([q])]
    return url, page, truth(page_rows, shown, lambda n: n.when.date().isoformat()), None


# ---------------------------------------------------------------- 10. chat workspace archive, thread timestamps


def slack_archive() -> tuple:
    """A Chilean Python community's public chat archive in the shape of a Slack export viewer (a
    React app, opaque classes): channel #ayuda, messages flat by time under day dividers ("viernes,
    3 de mayo"), each with data-ts (the epoch seconds with microseconds, Slack's message id), the
    sender's name, "10:14" and the text. Thread replies are shown in the channel too: each carries
    data-thread-ts (the data-ts of the thread's first message) and the line "respondió a un hilo:"
    with the start of that message (linking to it); a message with replies shows "N respuestas" and
    the time of the last one. Threads are one level: a reply answers the thread's first message.
    Join notices, an app's bot message with an attachment, emoji reactions and "(editado)"."""
    url = "https://archivo.pythonchile.example.cl/ayuda/2024-05/"
    clt = timezone(timedelta(hours=-4))
    start = datetime(2024, 5, 2, 12, 0, tzinfo=UTC)
    names = list(ES_USERS)
    forest = make_tree(
        1091, [10, 4], pick(names), sentences(ES_WORDS, ends=".?", most=2, lo=5, hi=14), start, (5, 90), 20, 30, 1
    )
    rows = chrono(forest, 1092, start, (3, 80))
    no_self_replies(rows, names)

    def ts(n: Node) -> str:
        return f"{int(n.when.timestamp())}.{(n.cid * 7717) % 1000000:06d}"

    def shown(n: Node) -> str:
        return n.when.astimezone(clt).strftime("%H:%M")

    def day(d: datetime) -> str:
        d = d.astimezone(clt)
        return f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month - 1]}"

    items, last_day = [], None
    for k, (n, _, p) in enumerate(rows):
        d = n.when.astimezone(clt).date()
        if d != last_day:
            items.append(f'<div class="{letters("sl-day")}" role="separator"><span>{day(n.when)}</span></div>')
            last_day = d
        if k == 6:
            items.append(
                f'<div class="{letters("sl-msg")} {letters("sl-bot")}"><span class="{letters("sl-name")}">GitHub</span>'
                f'<span class="{letters("sl-app")}">APP</span><div class="{letters("sl-att")}"><a href="https://github.example/'
                'pythonchile/guias/pull/88">[pythonchile/guias] Pull request abierto #88: Guía de entornos virtuales</a></div></div>'
            )
        if k == 11:
            items.append(f'<div class="{letters("sl-join")}">Florencia Ríos se unió a #ayuda.</div>')
        label = ""
        attrs = f'data-ts="{ts(n)}"'
        if p is not None:
            attrs += f' data-thread-ts="{ts(p)}"'
            label = (
                f'<div class="{letters("sl-thread-label")}">respondió a un hilo: <a href="#m{ts(p).replace(".", "")}">'
                f"{esc(snippet(p, 7))}</a></div>"
            )
        summary = ""
        if n.children:
            last = max(c.when for c in n.children)
            summary = (
                f'<div class="{letters("sl-summary")}"><span class="{letters("sl-faces")}"></span><a href="#m{ts(n).replace(".", "")}'
                f'">{len(n.children)} respuesta{"s" if len(n.children) > 1 else ""}</a> <span>Última respuesta a las '
                f"{last.astimezone(clt).strftime('%H:%M')}</span></div>"
            )
        reacts = (
            f'<div class="{letters("sl-reacts")}"><span>🙌 {n.cid % 3 + 1}</span><span>👀 1</span></div>'
            if n.cid % 5 == 3
            else ""
        )
        edited = f' <span class="{letters("sl-edited")}">(editado)</span>' if n.cid % 7 == 2 else ""
        handle = ES_USERS[n.author]
        items.append(
            f'<div class="{letters("sl-msg")}" id="m{ts(n).replace(".", "")}" {attrs}><img class="{letters("sl-avatar")}" '
            f'src="/avatars/{handle}.png" alt=""><div class="{letters("sl-content")}">{label}<div class="{letters("sl-head")}">'
            f'<span class="{letters("sl-name")}" title="@{handle}">{esc(n.author)}</span><a class="{letters("sl-time")}" '
            f'href="#m{ts(n).replace(".", "")}">{shown(n)}</a></div><div class="{letters("sl-text")}">'
            + "".join(f'<p class="{letters("sl-p")}">{rich(x)}</p>' for x in n.paras)
            + f"{edited}</div>{reacts}{summary}</div></div>"
        )
    page = (
        head(
            "#ayuda · mayo 2024 · Archivo de la comunidad Python Chile",
            url,
            "Archivo público del canal #ayuda de la comunidad Python Chile, mayo de 2024.",
            '<meta name="robots" content="index,follow">',
            lang="es-CL",
        )
        + f'<body><div id="root"><header class="{letters("sl-top")}"><a href="/" class="{letters("sl-ws")}">Python Chile</a>'
        f'<span class="{letters("sl-sub")}">Archivo público · solo lectura</span><a class="{letters("sl-join-btn")}" '
        f'href="https://pythonchile.example.cl/unete">Únete a la comunidad</a></header><div class="{letters("sl-layout")}">'
        f'<nav class="{letters("sl-side")}"><h3>Canales</h3><ul><li><a href="/anuncios/">#anuncios</a></li><li class="'
        f'{letters("sl-active")}"><a href="/ayuda/">#ayuda</a></li><li><a href="/empleos/">#empleos</a></li><li><a href="/'
        f'random/">#random</a></li></ul><h3>Meses</h3><ul><li><a href="/ayuda/2024-04/">abril 2024</a></li><li>mayo 2024</li>'
        f'</ul></nav><main class="{letters("sl-main")}"><div class="{letters("sl-chan")}"><h1># ayuda</h1><p>Preguntas sobre '
        f'Python. Código en bloques, por favor. Sé amable.</p></div><div class="{letters("sl-list")}" role="log">'
        + "".join(items)
        + f'</div><div class="{letters("sl-pager")}"><a href="/ayuda/2024-04/">← abril 2024</a></div></main></div>'
        f'<footer class="{letters("sl-ft")}">Código de conducta · Este archivo se genera cada noche · Hora de Chile '
        "(UTC−4)</footer></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: iso_z(n.when)), None


# ---------------------------------------------------------------- 11. Japanese Q&A, best answer first, replies


def cm(component: str, part: str) -> str:
    """A CSS-modules class name: component, element and a short hash."""
    return f"{component}_Chie-{component}__{part}__{format(zlib.crc32((component + part).encode()) % 36**5, 'x')[:5]}"


def chie_qa() -> tuple:
    """A Japanese Q&A site in the shape of Yahoo! Chiebukuro (CSS-modules classes): the question
    (not a comment) by a masked ID ("yuk********さん"), then the answers, the best answer
    ("ベストアンサー") pulled to the top and the others by time. Answers are comments (top level);
    each may have replies ("返信") listed inside its box, one level, every reply answering that
    answer; the asker's thanks ("質問者からのお礼コメント") sits inside the best answer's box under
    the asker's name, also answering it. Dates "2024/5/3 10:14" (Japan time, no offset);
    "ナイス！", "共感した", "違反報告", related questions and a coin badge around."""
    url = "https://chiebukuro.qa.example.jp/qa/question_detail/q13294517630"
    jst = timezone(timedelta(hours=9))
    start = datetime(2024, 5, 2, 21, 0, tzinfo=jst)
    asker = "yuk********"
    names = [n for n in JA_NAMES if n != asker]
    ja = sentences(JA_WORDS, ends="。", lo=6, hi=14, most=2, joiner="")
    forest = make_tree(1101, [7, 3], pick(names), ja, start, (10, 300), 14, 22, 1)
    for n, d, _ in flatten(forest):
        if d == 1 and n.cid % 3 == 0:
            n.author = asker
    best = forest[2]
    thanks = Node(asker, ja(random.Random(1102)), max(n.when for n, _, _ in flatten(forest)) + timedelta(hours=9), 9999)
    order = [best] + [a for a in forest if a is not best]
    rows: list[Row] = []
    for a in order:
        rows.append((a, 0, None))
        if a is best:
            rows.append((thanks, 1, a))
        rows.extend((r, 1, a) for r in a.children)
    no_self_replies(rows, names + [asker])

    def shown(n: Node) -> str:
        return f"{n.when.year}/{n.when.month}/{n.when.day} {n.when.strftime('%H:%M')}"

    def who(name: str, comp: str) -> str:
        return (
            f'<div class="{cm(comp, "User")}"><img class="{cm(comp, "Icon")}" src="https://s.chie.example.jp/images/clap/user/'
            f'{zlib.crc32(name.encode()) % 9}.png" alt=""><p class="{cm(comp, "Name")}"><span>{esc(name)}</span>さん</p></div>'
        )

    def reply(r: Node) -> str:
        mark = f'<span class="{cm("ReplyItem", "Asker")}">質問者</span>' if r.author == asker else ""
        return (
            f'<div class="{cm("ReplyItem", "Item")}">{who(r.author, "ReplyItem")}{mark}<div class="{cm("ReplyItem", "Text")}">'
            f'{"<br>".join(esc(x) for x in r.paras)}</div><p class="{cm("ReplyItem", "Date")}">{shown(r)}</p></div>'
        )

    def answer(a: Node) -> str:
        is_best = a is best
        head_html = f'<div class="{cm("AnswerItem", "BestHeading")}"><h2>ベストアンサー</h2></div>' if is_best else ""
        thanks_html = (
            f'<div class="{cm("AnswerItem", "Thanks")}"><h3 class="{cm("AnswerItem", "ThanksTitle")}">質問者からのお礼コメント</h3>'
            f'{who(asker, "AnswerItem")}<p class="{cm("AnswerItem", "ThanksText")}">{"<br>".join(esc(x) for x in thanks.paras)}</p>'
            f'<p class="{cm("AnswerItem", "ThanksDate")}">{shown(thanks)}</p></div>'
            if is_best
            else ""
        )
        replies = (
            f'<div class="{cm("ReplyList", "Wrap")}"><button class="{cm("ReplyList", "Toggle")}" aria-expanded="true">返信'
            f'({len(a.children)})</button><div class="{cm("ReplyList", "List")}">{"".join(reply(r) for r in a.children)}</div></div>'
            if a.children
            else ""
        )
        return (
            f'<div class="{cm("AnswerItem", "Item")}{" " + cm("AnswerItem", "Best") if is_best else ""}" id="ans-{a.cid}">'
            f'{head_html}{who(a.author, "AnswerItem")}<div class="{cm("AnswerItem", "Body")}"><div class="{cm("AnswerItem", "Text")}">'
            f'{"<br><br>".join(esc(x) for x in a.paras)}</div><p class="{cm("AnswerItem", "Date")}">{shown(a)}</p>'
            f'<div class="{cm("AnswerItem", "Reaction")}"><button>ナイス！ <span>{votes(a, 12)}</span></button><button>違反報告'
            f"</button></div></div>{thanks_html}{replies}</div>"
        )

    q = "".join(article(1103, 1, JA_WORDS, "。")).replace(" ", "")
    page = (
        head(
            "自転車通勤を始めたいのですが、雨の日はどうしていますか？ - Yahoo!知恵袋風Q&A",
            url,
            q[:80],
            '<meta property="og:type" content="article"><meta name="robots" content="index">',
            lang="ja",
        )
        + f'<body><div id="__next"><header class="{cm("Header", "Wrap")}"><a href="/">知恵袋</a><input placeholder="知恵袋で調べる">'
        f'<a href="/question/new">質問する</a><a href="/login">ログイン</a></header><nav class="{cm("Breadcrumb", "List")}">'
        f'<a href="/">トップ</a> &gt; <a href="/category/2078297513">暮らしと生活ガイド</a> &gt; <a href="/category/2079405665">'
        f'自転車</a></nav><main><div class="{cm("QuestionItem", "Item")}"><div class="{cm("QuestionItem", "Status")}">解決済み</div>'
        f'{who(asker, "QuestionItem")}<h1 class="{cm("QuestionItem", "Text")}">自転車通勤を始めたいのですが、雨の日はどうしていますか？'
        f'<br>{esc(q)}</h1><p class="{cm("QuestionItem", "Date")}">2024/5/2 20:41</p><div class="{cm("QuestionItem", "Coin")}">'
        f'知恵コイン 25枚</div><div class="{cm("QuestionItem", "Reaction")}"><button>共感した <span>12</span></button><button>'
        f'違反報告</button></div></div><section class="{cm("AnswerList", "Wrap")}"><h2 class="{cm("AnswerList", "Title")}">'
        f'回答（{len(forest)}件）</h2><div class="{cm("AnswerList", "Sort")}">並び替え：<a>古い順</a> <a>新しい順</a></div>'
        + "".join(answer(a) for a in order)
        + f'</section><section class="{cm("Related", "Wrap")}"><h2>関連する質問</h2><ul><li><a href="/qa/question_detail/'
        'q14201188041">電動アシスト自転車のバッテリーは何年もちますか？</a></li><li><a href="/qa/question_detail/q12288710377">'
        '会社にシャワーがない場合の汗対策を教えてください</a></li></ul></section></main><aside><div>PR</div><a href="/ad/">'
        f'レインウェア特集 最大30％OFF</a></aside><footer class="{cm("Footer", "Wrap")}">利用規約 · プライバシー · ヘルプ · '
        "© LY Example Corporation</footer></div></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- 12. Moodle-like forum, nested display


def moodle_forum() -> tuple:
    """An Italian school's Moodle-like course forum in nested display ("Visualizza le risposte in
    modo annidato"): the discussion's first post (the teacher's, not a comment) is an <article>
    whose replies container (div.indent, data-region="replies-container") holds the replies, each
    again an <article> with its own replies container, so the top-level comments sit inside the
    opening post. Every post has "Re: subject", "di Name - venerdì, 3 maggio 2024, 10:14" (local
    time), "Permalink", "Rispondi" and, on replies, "Mostra messaggio padre" (discuss.php?d=…#p<id>
    of the post answered; for a top-level comment that is the opening post). A teacher's role
    badge, an attachment line on some posts, the course navigation and blocks around."""
    url = "https://elearning.liceo-galilei.example.it/mod/forum/discuss.php?d=3187"
    start = datetime(2024, 5, 2, 15, 0)
    names = IT_NAMES
    teacher = "Prof. Andrea Fontana"
    students = [n for n in names if n != teacher]
    forest = make_tree(1111, [6, 3, 2, 2], pick(names), sentences(IT_WORDS, most=2), start, (10, 400), 14, 24, 3)
    rows = list(flatten(forest))
    no_self_replies(rows, names)
    for n, d, _ in rows:
        if d == 0 and n.author == teacher:
            n.author = students[n.cid % len(students)]
    subject = "Dubbi sull'esercizio 14 (limiti notevoli)"
    first_id = 41200

    def shown(n: Node) -> str:
        d = n.when
        return f"{IT_DAYS[d.weekday()]}, {d.day} {IT_MONTHS[d.month - 1]} {d.year}, {d.strftime('%H:%M')}"

    def post(n: Node, parent_id: int | None, ident: int, kids_html: str, first: bool = False) -> str:
        role = '<span class="badge badge-info">Docente</span>' if n.author == teacher else ""
        show_parent = (
            f'<a href="/mod/forum/discuss.php?d=3187#p{parent_id}" class="btn btn-link" data-region="show-parent">'
            "Mostra messaggio padre</a>"
            if parent_id is not None
            else ""
        )
        attach = (
            f'<div class="attachments"><a href="/pluginfile.php/88123/mod_forum/attachment/{ident}/foto_quaderno.jpg">'
            "foto_quaderno.jpg</a></div>"
            if n.cid % 6 == 1
            else ""
        )
        title = subject if first else f"Re: {subject}"
        return (
            f'<article id="p{ident}" class="forum-post-container mb-2" data-post-id="{ident}" data-region="post" '
            f'aria-labelledby="post-header-{ident}" aria-describedby="post-content-{ident}"><div class="d-flex border p-2 mb-2 '
            f'forumpost focus-target{" firstpost starter" if first else ""}" data-post-id="{ident}"><div class="mr-2">'
            f'<img src="/user/pix.php/{n.cid}/f1.jpg" class="userpicture" width="35" height="35" alt=""></div>'
            f'<div class="d-flex flex-column w-100"><header id="post-header-{ident}"><h3 class="h6 font-weight-bold mb-0" '
            f'data-region-content="forum-post-core-subject">{esc(title)}</h3><div class="mb-3">di <a href="/user/view.php?id='
            f'{n.cid}&amp;course=512">{esc(n.author)}</a> {role} - <time>{shown(n)}</time></div></header>'
            f'<div class="post-content-container" id="post-content-{ident}">{p_html(n)}</div>{attach}'
            f'<div class="d-flex flex-wrap"><div class="post-actions ml-auto"><a href="/mod/forum/discuss.php?d=3187#p{ident}" '
            f'class="btn btn-link" title="Link permanente a questo post">Permalink</a>{show_parent}<a href="/mod/forum/post.php?'
            f'reply={ident}" class="btn btn-link">Rispondi</a></div></div></div></div>'
            + (f'<div class="indent" data-region="replies-container">{kids_html}</div>' if kids_html else "")
            + "</article>"
        )

    ids = {id(n): first_id + 1 + i * 3 + n.cid % 3 for i, (n, _, _) in enumerate(rows)}

    def render(n: Node, parent_id: int) -> str:
        kids = "".join(render(c, ids[id(n)]) for c in n.children)
        return post(n, parent_id, ids[id(n)], kids)

    opener = Node(teacher, article(1112, 2, IT_WORDS), start - timedelta(hours=20), 3998)
    thread = post(opener, None, first_id, "".join(render(n, first_id) for n in forest), first=True)
    page = (
        head(
            f"5B Matematica: {subject}",
            url,
            "Forum della classe 5B, Matematica",
            '<meta name="robots" content="noindex"><meta name="keywords" content="moodle, 5B Matematica: Forum">',
            lang="it",
        )
        + '<body id="page-mod-forum-discuss" class="format-topics path-mod path-mod-forum lang-it"><nav class="navbar fixed-top">'
        '<a class="navbar-brand" href="/">Liceo Galilei e-learning</a><ul class="navbar-nav"><li><a href="/my/">Dashboard</a>'
        '</li><li><a href="/my/courses.php">I miei corsi</a></li></ul><div class="usermenu">Non sei collegato. (<a href="/login/'
        'index.php">Login</a>)</div></nav><div id="page" class="container-fluid"><header id="page-header"><h1 class="h2">5B '
        'Matematica</h1><nav aria-label="Barra di navigazione"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/'
        'course/view.php?id=512">5B Matematica</a></li><li class="breadcrumb-item"><a href="/mod/forum/view.php?id=7731">Forum '
        f'di classe</a></li><li class="breadcrumb-item">{esc(subject)}</li></ol></nav></header><div id="region-main">'
        '<div role="main"><h2>Forum di classe</h2><div class="discussion-settings-container"><select class="custom-select" '
        'name="mode"><option value="1">Visualizza le risposte in modo lineare, con le più vecchie all\'inizio</option><option '
        'value="3">Visualizza le risposte in modo ramificato</option><option value="2" selected>Visualizza le risposte in modo '
        'annidato</option></select><button class="btn btn-secondary">Sottoscrivi questa discussione</button></div>'
        '<div class="discussion-nav"><a href="/mod/forum/discuss.php?d=3179">◄ Verifica di venerdì: argomenti</a> '
        '<a href="/mod/forum/discuss.php?d=3191">Correzione compito 2 ►</a></div>'
        f'<div data-region="discussion" class="discussion-container">{thread}</div></div></div>'
        '<aside id="block-region-side-pre"><section class="block block_calendar_upcoming"><h5>Eventi imminenti</h5><p>'
        'Verifica scritta – lunedì, 13 maggio, 08:10</p></section><section class="block block_recent_activity"><h5>'
        'Attività recente</h5><p>Nessuna attività recente</p></section></aside></div><footer id="page-footer">'
        '<div class="logininfo">Non sei collegato. (<a href="/login/index.php">Login</a>)</div><div class="homelink">'
        '<a href="/">Home</a></div><a href="/admin/tool/dataprivacy/summary.php">Riepilogo della conservazione dei dati</a>'
        "</footer></body></html>"
    )
    return url, page, truth(rows, shown, lambda n: naive(n.when)), None


# ---------------------------------------------------------------- main


TEMPLATES: Templates = {
    "phpbb-quotes-fr": (phpbb_quotes, "phpBB-like flat posts, quote cites with a ↑ link to the quoted post id"),
    "wp-atname-pl": (wp_mentions, "WordPress threading off, flat by time, leading plain-text '@Name' replies"),
    "jsonld-forum-pt": (jsonld_forum, "flat forum stream, tree only in JSON-LD DiscussionForumPosting comments"),
    "gerrit-review-en": (gerrit_review, "Gerrit-like threads per file line, each comment answers the one before"),
    "bili-replies-zh": (bili_replies, "Bilibili-like sub-reply lists, '回复 @name :' names the sub-reply answered"),
    "matrix-archive-nl": (matrix_archive, "Matrix room archive, mx-reply fallback links the answered event id"),
    "openweb-widget-en": (openweb_widget, "OpenWeb-like nested widget, opaque classes, partly loaded replies"),
    "wp-paged-el": (wp_paged_el, "WordPress nested ol.children, Greek dates, next comment page"),
    "shop-qa-de": (shop_qa, "shop product Q&A, questions top level, answers below with labels"),
    "slack-archive-es": (slack_archive, "Slack-export-like flat log, replies tied by data-thread-ts"),
    "chie-qa-ja": (chie_qa, "Chiebukuro-like Q&A, best answer first, replies and asker's thanks inside answers"),
    "moodle-forum-it": (moodle_forum, "Moodle-like nested forum inside the opening post, 'Mostra messaggio padre'"),
}

if __name__ == "__main__":
    main(TEMPLATES, __doc__)
