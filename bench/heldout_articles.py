"""Articles, held-out set: sixteen hand-made news article templates, written blind (without reading
the extractor or its tests) and only measured here, never tuned on.

    python bench/heldout_articles.py [--keep DIR] [--batch-cmd CMD]

Each template is written by hand in the shape of a kind of real news site (none copied from a
site or from ../shared/corpora) and filled from word lists with fixed seeds, so page and truth
always agree. Twenty pages in twelve languages; a third of the templates use opaque CSS-in-JS
class names, a third semantic markup (<article>, <main>), the rest div soup with site classes.
The pages and truth.jsonl (corpus format of ../shared/corpora/README.md) are written to a
temporary folder (or --keep DIR) and scored by ../shared/scoring/score with the autocrawl
extractor (or --batch-cmd CMD, e.g. "python bench/trafilatura_batch.py", to score another one on
the same pages); the SUMMARY line and a per-page table follow.

Truth conventions (the fundus corpus convention where its README says anything):

* title: the headline as the page shows it in its main heading (<h1>), not og:title with its
  " | Site" suffix nor a JSON-LD headline that differs.
* authors: the person names of the byline (no "By"/"Von"/"Par", no role, no desk, no agency
  beside a person); the agency or organisation only where the page names no person; [] where
  the page names nobody.
* published: the first-publication date-time with the offset of the site's time zone (not the
  "updated" time), also when the page shows it only in meta or JSON-LD or without a year.
* body: paragraphs separated by a blank line, in page order: the lead/standfirst shown under the
  headline (fundus keeps the summary paragraphs), the story's paragraphs, its sub-headings, each
  list item, editorial block quotes (a quoted document or statement in the story), interview
  questions (as their own paragraphs) and answers, live-blog entry headings and texts. A dateline
  or agency opener inside the first paragraph ("(ANI) - ROMA, 03 MAG -", "JAKARTA, KABARNUSA.com -")
  is part of that paragraph. Not body: headline, kicker, byline, date lines, live-blog
  timestamps and entry authors, image and video captions and credits, gallery counters, video
  transcripts, pull quotes (they repeat the story), embedded tweets and Instagram posts, inline
  "Read also"/"Lesen Sie auch"/"Baca juga" links and teaser cards, ads, newsletter and app
  promos, share bars, tag lists, author bio boxes, related/most-read lists, comments and their
  buttons, paywall boxes, cookie banners, text only in JSON-LD or in hidden (display:none,
  hidden, aria-hidden) elements, footers. Behind a paywall only what the page shows counts.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus_split import EXTRACT, SHARED, summary  # noqa: E402

# ---------------------------------------------------------------- languages


def w(s: str) -> list[str]:
    return s.split()


@dataclass(frozen=True)
class Lang:
    code: str
    words: list[str]
    first: list[str]
    last: list[str]
    sep: str = " "
    end: str = "."
    comma: str = ","
    cased: bool = True


EN = Lang(
    "en",
    w("""the a this that city council minister budget plan report water river bridge school hospital court
    police vote election party government ministry company workers union price energy rail station harbour
    said says announced expected would could will has had was were is not but and or because after before
    during while since new old local national regional public private last next first second major several
    many few more less officials residents experts critics investors analysts data figures percent million
    year week month today yesterday morning evening agreement proposal decision dispute strike talks deal law
    rules project contract funding in on at for with from by of to than about against between under"""),
    w("Sarah Michael Priya Daniel Emily Marcus Hannah Jonathan Leila Owen Rachel Tobias Grace Samuel"),
    w("Whitfield Okonkwo Brennan Castillo Lindqvist Harrington Mehta Caldwell Rosen Achebe Pryor Vance"),
)
DE = Lang(
    "de",
    w("""der die das ein eine und oder aber nicht auch noch schon nach vor bei mit von für über unter gegen
    Stadt Gemeinde Rat Bürgermeister Landkreis Haushalt Millionen Euro Prozent Jahr Woche Monat Montag
    Freitag Schule Klinik Bahn Brücke Straße Hafen Verwaltung Stadtwerke Strompreis Gutachten Antrag Kritik
    Anwohner Experten Eltern Betrieb Mitarbeiter Gewerkschaft Streik Einigung Vertrag Bauarbeiten Baustelle
    hat hatte wird wurde sollen müssen könnte sagte erklärte kündigte bestätigte rechnet plant fordert
    neue alte lokale größte ersten letzten mehrere viele weniger bislang inzwischen demnach zudem jedoch
    deutlich bereits künftig dabei"""),
    w("Julia Thomas Katrin Stefan Anna Markus Sabine Jonas Lena Matthias Miriam Florian"),
    w("Hoffmann Schneider Becker Wagner Lehmann Krüger Hartmann Brandt Vogel Seidel Kühn Franke"),
)
FR = Lang(
    "fr",
    w("""le la les un une des et ou mais ne pas aussi encore déjà après avant chez avec de du pour sur sous
    contre ville mairie conseil maire département budget millions euros pour cent année semaine mois lundi
    vendredi école hôpital train pont route port préfecture rapport projet réforme syndicat grève accord
    contrat travaux chantier habitants experts parents salariés entreprise gouvernement ministre député
    a avait sera été doivent pourrait affirme explique annonce confirme prévoit demande estime souligne
    nouveau nouvelle ancien local national plusieurs nombreux moins selon toutefois cependant désormais
    notamment depuis"""),
    w("Camille Julien Claire Mathieu Élodie Nicolas Sophie Antoine Léa Thibault Manon Hugo"),
    w("Lefèvre Moreau Girard Rousseau Fontaine Chevalier Garnier Lambert Faure Mercier Blanc Perrin"),
)
ES = Lang(
    "es",
    w("""el la los las un una y o pero no también todavía ya tras antes con de del para sobre bajo contra
    ciudad ayuntamiento concejo alcalde provincia presupuesto millones pesos euros por ciento año semana mes
    lunes viernes escuela hospital tren puente carretera puerto informe proyecto reforma sindicato huelga
    acuerdo contrato obras vecinos expertos padres trabajadores empresa gobierno ministro diputados ha había
    será fue deben podría afirmó explicó anunció confirmó prevé pide estima señaló nuevo nueva antiguo local
    nacional varios muchos menos según sin embargo además desde durante mientras"""),
    w("Lucía Javier Marta Diego Carmen Alejandro Paula Sergio Valeria Andrés Natalia Tomás"),
    w("García Fernández Morales Herrera Castro Navarro Ortiz Romero Delgado Vidal Medina Ríos"),
)
IT = Lang(
    "it",
    w("""il lo la i gli le un una e o ma non anche ancora già dopo prima con di del della per su sotto contro
    città comune consiglio sindaco regione bilancio milioni euro per cento anno settimana mese lunedì venerdì
    scuola ospedale treno ponte strada porto rapporto progetto riforma sindacato sciopero accordo contratto
    lavori cantiere residenti esperti genitori lavoratori azienda governo ministro deputati ha aveva sarà
    stato devono potrebbe ha detto spiegato annunciato confermato prevede chiede stima sottolinea nuovo nuova
    vecchio locale nazionale diversi molti meno secondo tuttavia inoltre mentre"""),
    w("Giulia Marco Francesca Luca Chiara Andrea Sara Matteo Elena Davide"),
    w("Rossi Bianchi Esposito Romano Colombo Ricci Marino Greco Bruno Gallo"),
)
PT = Lang(
    "pt",
    w("""o a os as um uma e ou mas não também ainda já depois antes com de do da para sobre sob contra cidade
    prefeitura câmara prefeito estado orçamento milhões reais por cento ano semana mês segunda sexta escola
    hospital trem ponte estrada porto relatório projeto reforma sindicato greve acordo contrato obras
    moradores especialistas pais trabalhadores empresa governo ministro deputados tem tinha será foi devem
    poderia afirmou explicou anunciou confirmou prevê pede estima destacou novo nova antigo local nacional
    vários muitos menos segundo porém além disso desde durante enquanto"""),
    w("Ana João Mariana Pedro Beatriz Rafael Camila Lucas Fernanda Gustavo"),
    w("Silva Santos Oliveira Souza Pereira Costa Almeida Ferreira Ribeiro Carvalho"),
)
NL = Lang(
    "nl",
    w("""de het een en of maar niet ook nog al na voor bij met van over onder tegen stad gemeente raad
    burgemeester provincie begroting miljoen euro procent jaar week maand maandag vrijdag school ziekenhuis
    trein brug weg haven rapport plan hervorming vakbond staking akkoord contract werkzaamheden bewoners
    deskundigen ouders werknemers bedrijf kabinet minister Kamerleden heeft had zal werd moeten zou zei
    legde kondigde bevestigde verwacht vraagt schat benadrukt nieuwe oude lokale landelijke meerdere veel
    minder volgens echter bovendien sinds tijdens terwijl"""),
    w("Sanne Pieter Eva Daan Lotte Joris Femke Bram Anouk Thijs"),
    w("Jansen Bakker Visser Smit Meijer Mulder Bos Dekker Vermeulen Brouwer"),
)
PL = Lang(
    "pl",
    w("""i oraz lub ale nie także jeszcze już po przed przy z ze od dla na pod przeciw miasto gmina rada
    burmistrz prezydent województwo budżet milionów złotych procent rok tydzień miesiąc poniedziałek piątek
    szkoła szpital pociąg most droga port raport projekt reforma związkowcy strajk porozumienie umowa remont
    budowa mieszkańcy eksperci rodzice pracownicy firma rząd minister posłowie ma miał będzie był muszą
    mógłby powiedział wyjaśnił zapowiedział potwierdził przewiduje domaga szacuje podkreśla nowy nowa stary
    lokalny krajowy kilka wiele mniej według jednak ponadto od czasu podczas gdy"""),
    w("Anna Piotr Katarzyna Tomasz Magdalena Paweł Agnieszka Michał Joanna Krzysztof"),
    w("Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski Kozłowski"),
)
TR = Lang(
    "tr",
    w("""ve veya ama değil de da hâlâ zaten sonra önce ile için üzerinde altında karşı şehir belediye meclis
    başkan vali il bütçe milyon lira yüzde yıl hafta ay pazartesi cuma okul hastane tren köprü yol liman
    rapor proje reform sendika grev anlaşma sözleşme çalışma inşaat vatandaşlar uzmanlar aileler işçiler
    şirket hükümet bakan milletvekilleri var vardı olacak oldu gerekiyor açıkladı belirtti duyurdu
    doğruladı öngörüyor talep ediyor tahmin vurguladı yeni eski yerel ulusal birkaç birçok daha az göre ancak
    ayrıca beri sırasında"""),
    w("Ayşe Mehmet Elif Mustafa Zeynep Emre Selin Burak Deniz Okan"),
    w("Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan"),
)
JA = Lang(
    "ja",
    w("""政府 市 県 議会 予算 計画 発表 会見 関係者 住民 企業 電力 鉄道 駅 港 病院 学校 調査 結果 今年 昨年
    来月 先週 午前 午後 新たな 大規模な 地域 全国 担当者 専門家 方針 対策 影響 工事 事業 契約 値上げ 物価 賃金
    交渉 合意 見通し 懸念 支援 制度 改正 は が を に で と も の から まで によると について として ため した
    する している された 示した 明らかにした 求めた 述べた"""),
    w("太郎 花子 健一 美咲 翔太 由美 大輔 彩"),
    w("山田 佐藤 鈴木 高橋 田中 渡辺 伊藤 中村"),
    sep="",
    end="。",
    comma="、",
    cased=False,
)
AR = Lang(
    "ar",
    w("""في من على إلى مع عن بعد قبل خلال منذ و أو لكن لا لم لن قد كما أن التي الذي هذا هذه المدينة
    الحكومة الوزارة البرلمان المجلس المحافظ الميزانية مليون جنيه بالمئة العام الأسبوع الشهر الاثنين الجمعة
    المدرسة المستشفى القطار الجسر الطريق الميناء التقرير المشروع الإصلاح النقابة الإضراب الاتفاق العقد
    الأشغال السكان الخبراء الأسر العمال الشركة الوزير النواب أعلن أوضح أكد قال أشار توقع طالب جديد جديدة
    قديم محلي وطني عدة كثير أقل وفق إلا أن كذلك"""),
    w("أحمد محمد فاطمة يوسف مريم خالد ليلى عمر سلمى حسن"),
    w("عبد الرحمن الشريف المصري السيد حسين إبراهيم الجمال النجار منصور"),
    comma="،",
    cased=False,
)
ID = Lang(
    "id",
    w("""yang dan atau tetapi tidak juga masih sudah setelah sebelum dengan dari untuk pada di ke terhadap kota
    pemerintah DPRD wali gubernur provinsi anggaran miliar rupiah persen tahun pekan bulan Senin Jumat sekolah
    rumah sakit kereta jembatan jalan pelabuhan laporan proyek reformasi serikat mogok kesepakatan kontrak
    pembangunan warga pakar orang tua pekerja perusahaan menteri anggota telah akan sedang harus bisa
    mengatakan menjelaskan mengumumkan memastikan memperkirakan meminta menilai menegaskan baru lama lokal
    nasional beberapa banyak kurang menurut namun selain itu sejak selama sementara"""),
    w("Rina Budi Siti Agus Dewi Rizky Putri Andi Wulan Hendra"),
    w("Santoso Wijaya Pratama Hidayat Saputra Kusuma Nugroho Setiawan Lestari Hakim"),
)


def name(rng: random.Random, lang: Lang) -> str:
    sep = "" if lang.code == "ja" else " "
    return (
        f"{rng.choice(lang.last)}{sep}{rng.choice(lang.first)}"
        if lang.code == "ja"
        else f"{rng.choice(lang.first)}{sep}{rng.choice(lang.last)}"
    )


def names(seed: int, lang: Lang, n: int) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        x = name(rng, lang)
        if x not in out:
            out.append(x)
    return out


# ---------------------------------------------------------------- text


def cap(s: str, lang: Lang) -> str:
    return s[0].upper() + s[1:] if lang.cased else s


def sentence(rng: random.Random, lang: Lang, lo: int = 8, hi: int = 17, end: str | None = None) -> str:
    ws = [rng.choice(lang.words) for _ in range(rng.randint(lo, hi))]
    if len(ws) > 10 and rng.random() < 0.6:
        k = rng.randint(3, len(ws) - 4)
        ws[k] = ws[k] + lang.comma
    return cap(lang.sep.join(ws), lang) + (lang.end if end is None else end)


def paragraph(rng: random.Random, lang: Lang, lo: int = 2, hi: int = 5) -> str:
    return lang.sep.join(sentence(rng, lang) for _ in range(rng.randint(lo, hi)))


def phrase(rng: random.Random, lang: Lang, lo: int = 4, hi: int = 8) -> str:
    """A headline-like phrase: no final stop."""
    return sentence(rng, lang, lo, hi, end="")


@dataclass
class Block:
    kind: str  # p, h2, h3, ul, ol, quote, q (interview question)
    text: str = ""
    items: list[str] = field(default_factory=list)

    def texts(self) -> list[str]:
        return self.items if self.kind in ("ul", "ol") else [self.text]


def story(
    lang: Lang,
    seed: int,
    n: int,
    *,
    heads: int = 0,
    lists: int = 0,
    quotes: int = 0,
    sents: tuple[int, int] = (2, 5),
    ordered: bool = False,
) -> list[Block]:
    """n paragraphs with `heads` sub-headings spread evenly, `lists` lists and `quotes` block quotes
    at seeded places (never first)."""
    rng = random.Random(seed)
    blocks = [Block("p", paragraph(rng, lang, *sents)) for _ in range(n)]
    extra: list[Block] = []
    for _ in range(lists):
        extra.append(
            Block("ol" if ordered else "ul", items=[sentence(rng, lang, 5, 11) for _ in range(rng.randint(3, 5))])
        )
    for _ in range(quotes):
        extra.append(Block("quote", paragraph(rng, lang, 1, 2)))
    for b in extra:
        blocks.insert(rng.randint(2, len(blocks) - 1), b)
    for h in range(heads, 0, -1):
        at = round(h * len(blocks) / (heads + 1))
        blocks.insert(at, Block("h2", phrase(rng, lang)))
    return blocks


def body_of(*parts: list[Block] | str) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        else:
            out.extend(t for b in part for t in b.texts())
    return "\n\n".join(out)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def rich(text: str, lang: Lang, href: str = "/thema/") -> str:
    """The text as HTML, now and then one word (or a few characters) emphasised or linked."""
    h = zlib.crc32(text.encode())
    if lang.sep == "":
        a, b = 3 + h % 5, 9 + h % 7
        if h % 4 == 0 and len(text) > b:
            return f'{esc(text[:a])}<a href="{href}{h % 997}">{esc(text[a:b])}</a>{esc(text[b:])}'
        return esc(text)
    ws = text.split(" ")
    k = h % len(ws)
    w = esc(ws[k])
    if h % 5 == 0:
        ws[k] = f'<a href="{href}{h % 997}/">{w}</a>'
    elif h % 7 == 0:
        ws[k] = f"<em>{w}</em>"
    elif h % 11 == 0:
        ws[k] = f"<strong>{w}</strong>"
    else:
        ws[k] = w
    return " ".join(x if i == k else esc(x) for i, x in enumerate(ws))


def render(
    blocks: list[Block],
    lang: Lang,
    *,
    p: str = "<p>{}</p>",
    h2: str = "<h2>{}</h2>",
    ul: str = "<ul>{}</ul>",
    ol: str = "<ol>{}</ol>",
    li: str = "<li>{}</li>",
    quote: str = "<blockquote><p>{}</p></blockquote>",
    q: str = "<p><strong>{}</strong></p>",
    after: dict[int, str] | None = None,
) -> str:
    """The blocks as HTML; after[i] is inserted after block i (furniture between paragraphs)."""
    out = []
    fmt = {"p": p, "h2": h2, "h3": h2, "quote": quote, "q": q}
    for i, b in enumerate(blocks):
        if b.kind in ("ul", "ol"):
            out.append((ul if b.kind == "ul" else ol).format("".join(li.format(rich(t, lang)) for t in b.items)))
        elif b.kind in ("h2", "h3", "q"):
            out.append(fmt[b.kind].format(esc(b.text)))
        else:
            out.append(fmt[b.kind].format(rich(b.text, lang)))
        if after and i in after:
            out.append(after[i])
    return "".join(out)


def spots(blocks: list[Block], every: int, start: int = 1) -> list[int]:
    """Indexes of paragraph blocks (followed by a paragraph), about every `every` blocks, for furniture."""
    ok = [i for i in range(start, len(blocks) - 1) if blocks[i].kind == "p" and blocks[i + 1].kind == "p"]
    return ok[::every]


def hashed(salt: str, styled: bool = False) -> Callable[[str], str]:
    """Opaque CSS-in-JS class names: emotion-like "css-1x9f2k" or styled-components-like "sc-a1b2c3-0 kXyZab"."""

    def b36(n: int) -> str:
        d = "0123456789abcdefghijklmnopqrstuvwxyz"
        s = ""
        while n:
            n, r = divmod(n, 36)
            s = d[r] + s
        return s or "0"

    def cx(role: str) -> str:
        h = zlib.crc32((salt + role).encode())
        if styled:
            tail = "".join(
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[(h >> (5 * i)) % 52] for i in range(6)
            )
            return f"sc-{b36(h)[:6]}-{h % 4} {tail}"
        return f"css-{b36(h)[:6]}"

    return cx


def ld(obj: dict) -> str:
    return (
        '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/") + "</script>"
    )


def head(
    title_tag: str,
    url: str,
    desc: str,
    *,
    lang: str,
    og_title: str | None = None,
    extra: str = "",
    dirattr: str = "",
    site: str = "",
) -> str:
    og = title_tag if og_title is None else og_title
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"{dirattr}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title_tag)}</title>"
        f'<meta name="description" content="{esc(desc)}">'
        f'<link rel="canonical" href="{esc(url)}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(og)}">'
        f'<meta property="og:url" content="{esc(url)}"><meta property="og:description" content="{esc(desc)}">'
        f'<meta property="og:site_name" content="{esc(site)}"><meta name="twitter:card" content="summary_large_image">'
        f"{extra}</head>"
    )


def links(pairs: list[tuple[str, str]], sep: str = "") -> str:
    return sep.join(f'<a href="{esc(h)}">{esc(t)}</a>' for h, t in pairs)


@dataclass
class Page:
    url: str
    html: str
    title: str
    authors: list[str]
    published: str
    body: str


# ---------------------------------------------------------------- 1. US national daily, CSS-in-JS


def us_national(variant: int) -> Page:
    """A US national daily on a React front end: emotion-like hashed classes everywhere, a long story
    with sub-headings and a list, "Related:" lines styled as paragraphs, ad slots, a newsletter box
    and a teaser card between paragraphs, "By A and B" byline, "May 3, 2024, 10:05 p.m. ET" (the
    UTC instant is the next day) with an "Updated" line, JSON-LD with another headline, a
    "More on" row with dates, comment-count button, most-popular list."""
    cx = hashed(f"meridian{variant}")
    lang = EN
    seed = 101 + variant
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 26 if variant == 0 else 24, heads=3, lists=1)
    title = phrase(rng, lang, 7, 12)
    alt = title if variant else phrase(rng, lang, 6, 9)
    lead = sentence(rng, lang, 14, 22)
    people = names(seed, lang, 2 + variant)
    section = "Politics" if variant == 0 else "Climate"
    slug = "-".join(title.lower().split()[:6])
    url = f"https://www.dailymeridian.example.com/{['2024/05/03', '2024/04/18'][variant]}/us/{section.lower()}/{slug}.html"
    if variant == 0:
        pub_iso, mod_iso, truth_pub = (
            "2024-05-04T02:05:00.000Z",
            "2024-05-04T13:12:00.000Z",
            "2024-05-03T22:05:00-04:00",
        )
        shown = (
            f'<time class="{cx("time")}" datetime="{pub_iso}">May 3, 2024, 10:05 p.m. ET</time>'
            f'<span class="{cx("upd")}">Updated <time datetime="{mod_iso}">May 4, 2024, 9:12 a.m. ET</time></span>'
        )
        byline = f"By {links([('/by/' + people[0].lower().replace(' ', '-'), people[0])])} and {links([('/by/' + people[1].lower().replace(' ', '-'), people[1])])}"
    else:
        pub_iso = mod_iso = "2024-04-18T14:05:00-04:00"
        truth_pub = pub_iso
        shown = f'<time class="{cx("time")}" datetime="{pub_iso}">April 18, 2024 at 2:05 p.m. ET</time>'
        a = [links([("/by/" + p.lower().replace(" ", "-"), p)]) for p in people]
        byline = f"By {a[0]}, {a[1]} and {a[2]}"
    other = [phrase(random.Random(seed * 7 + i), lang, 6, 10) for i in range(12)]
    p_cls = cx("p")
    after = {}
    sp = spots(blocks, 4, 2)
    after[sp[0]] = (
        f'<div class="{cx("ad")}" data-testid="ad-slot"><p class="{cx("adlabel")}">Advertisement</p><div id="dfp-ad-mid1"></div><p class="{cx("skip")}"><a href="#after-dfp-ad-mid1">SKIP ADVERTISEMENT</a></p></div>'
    )
    after[sp[1]] = (
        f'<p class="{p_cls}"><strong>Related:</strong> <a href="/2024/04/29/us/{section.lower()}/x.html">{esc(other[0])}</a></p>'
    )
    after[sp[2]] = (
        f'<div class="{cx("nl")}"><div class="{cx("nlk")}">The Morning Briefing</div><p class="{cx("nlp")}">Get the news you need to start your day, '
        "delivered to your inbox every weekday before 7 a.m.</p>"
        f'<form><input type="email" placeholder="Email address"><button class="{cx("btn")}">Sign Up</button></form>'
        f'<p class="{cx("nlfine")}">You may opt out any time. By signing up you agree to our Terms and Privacy Policy.</p></div>'
    )
    after[sp[3]] = (
        f'<aside class="{cx("card")}"><a href="/2024/05/01/us/{section.lower()}/y.html"><img src="/images/2024/05/01/card.jpg" alt="">'
        f'<span class="{cx("kicker")}">{section}</span><span class="{cx("cardh")}">{esc(other[1])}</span>'
        f'<span class="{cx("cards")}">{esc(sentence(random.Random(seed + 50), lang))}</span></a></aside>'
    )
    if len(sp) > 4:
        after[sp[4]] = (
            f'<div class="{cx("ad")}"><p class="{cx("adlabel")}">Advertisement</p><div id="dfp-ad-mid2"></div></div>'
        )
    if len(sp) > 5:
        after[sp[5]] = (
            f'<p class="{p_cls}"><strong>Read more:</strong> <a href="/2024/04/30/x.html">{esc(other[2])}</a></p>'
        )
    text = render(
        blocks,
        lang,
        p=f'<p class="{p_cls}">{{}}</p>',
        h2=f'<h2 class="{cx("h2")}">{{}}</h2>',
        ul=f'<ul class="{cx("ul")}">{{}}</ul>',
        li=f'<li class="{cx("li")}">{{}}</li>',
        after=after,
    )
    jl = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": alt,
        "description": lead,
        "datePublished": pub_iso,
        "dateModified": mod_iso,
        "author": [
            {
                "@type": "Person",
                "name": p,
                "url": f"https://www.dailymeridian.example.com/by/{p.lower().replace(' ', '-')}",
            }
            for p in people
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": "The Daily Meridian"},
        "image": [{"@type": "ImageObject", "url": "https://static.dailymeridian.example.com/images/lead.jpg"}],
        "isAccessibleForFree": True,
    }
    related = "".join(
        f'<li class="{cx("rli")}"><a href="/2024/05/0{i}/x{i}.html"><span class="{cx("rh")}">{esc(other[3 + i])}</span></a>'
        f'<span class="{cx("rd")}">May {i}, 2024</span></li>'
        for i in range(1, 5)
    )
    popular = "".join(f'<li><a href="/2024/05/02/p{i}.html">{esc(other[8 + i])}</a></li>' for i in range(4))
    nav = links(
        [
            ("/section/" + s.lower(), s)
            for s in [
                "World",
                "U.S.",
                "Politics",
                "N.Y.",
                "Business",
                "Opinion",
                "Science",
                "Climate",
                "Sports",
                "Arts",
            ]
        ]
    )
    page = (
        head(
            f"{title} - The Daily Meridian",
            url,
            lead,
            lang="en",
            site="The Daily Meridian",
            extra=f'<meta property="article:section" content="{section}">' + ld(jl),
        )
        + f'<body><div id="app"><div class="{cx("root")}"><a class="{cx("skip")}" href="#site-content">Skip to content</a>'
        f'<header class="{cx("hdr")}"><div class="{cx("mast")}"><a href="/">The Daily Meridian</a></div><nav class="{cx("nav")}">{nav}</nav>'
        f'<div class="{cx("acct")}"><button>Log in</button><button>Subscribe for $1/week</button></div></header>'
        f'<main id="site-content" class="{cx("main")}"><div class="{cx("col")}"><div class="{cx("top")}">'
        f'<p class="{cx("sect")}"><a href="/section/{section.lower()}">{section}</a></p>'
        f'<h1 class="{cx("h1")}" data-testid="headline">{esc(title)}</h1><p class="{cx("summary")}" id="article-summary">{esc(lead)}</p>'
        f'<figure class="{cx("fig")}"><div class="{cx("imgw")}"><img src="/images/2024/05/03/lead-superJumbo.jpg" alt="" loading="lazy"></div>'
        f'<figcaption class="{cx("cap")}"><span class="{cx("capt")}">{esc(sentence(random.Random(seed + 9), lang, 8, 14))}</span>'
        f'<span class="{cx("cred")}">Photo: {esc(names(seed + 3, lang, 1)[0])} for The Daily Meridian</span></figcaption></figure>'
        f'<div class="{cx("meta")}"><div class="{cx("byline")}"><p class="{cx("bl")}">{byline}</p></div><div class="{cx("dt")}">{shown}</div></div>'
        f'<div class="{cx("share")}"><button aria-label="Share full article">Share full article</button><button>Save</button>'
        f'<button class="{cx("cc")}" aria-label="comments"><span>{312 + variant * 101}</span></button></div></div>'
        f'<section name="articleBody" class="{cx("body")}"><div class="{cx("bodyc")}">{text}</div></section>'
        f'<div class="{cx("after")}"><p class="{cx("corr")}">A version of this article appears in print on May 4, 2024, Section A, Page 14 of the New York edition.</p>'
        f'<div class="{cx("share")}"><button>Share full article</button><button class="{cx("cc")}">{312 + variant * 101} Comments</button></div></div>'
        f'<section class="{cx("more")}"><h2 class="{cx("moreh")}">More on {section}</h2><ul class="{cx("rl")}">{related}</ul></section></div>'
        f'<aside class="{cx("side")}"><h2 class="{cx("sideh")}">Most Popular</h2><ol class="{cx("pop")}">{popular}</ol></aside></main>'
        f'<footer class="{cx("foot")}"><nav>{links([("/", "Home"), ("/section/world", "World"), ("/section/business", "Business"), ("/help", "Help"), ("/subscription", "Subscriptions"), ("/privacy", "Privacy Policy"), ("/terms", "Terms of Service"), ("/accessibility", "Accessibility")])}</nav>'
        "<p>© 2024 The Daily Meridian Company</p></footer></div></div></body></html>"
    )
    return Page(url, page, title, people, truth_pub, body_of(lead, blocks))


# ---------------------------------------------------------------- 2. tech news, styled-components


def tech_news() -> Page:
    """A tech/culture news site with styled-components class names: a cookie-consent dialog with
    paragraphs at the top of <body>, a sticky header repeating the headline (aria-hidden), lowercase
    "by" byline with a role, only an "Updated" time shown (published a day earlier, in meta and
    JSON-LD only), sub-headings, an ordered list, two embedded tweets, a pull quote, a comment button."""
    cx = hashed("circuit", styled=True)
    lang = EN
    seed = 201
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 14, heads=2, lists=1, ordered=True)
    title = phrase(rng, lang, 6, 10)
    lead = sentence(rng, lang, 12, 20)
    author = names(seed, lang, 1)[0]
    url = (
        "https://www.circuitboardnews.example/2024/5/2/"
        + str(24147000 + seed)
        + "/"
        + "-".join(title.lower().split()[:5])
    )
    sp = spots(blocks, 3, 2)

    def tweet(i: int) -> str:
        r = random.Random(seed + 30 + i)
        who = names(seed + 40 + i, lang, 1)[0]
        handle = who.split()[0].lower() + str(r.randint(10, 99))
        return (
            f'<div class="{cx("embed")}"><blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">{esc(sentence(r, lang, 10, 18))} '
            f'<a href="https://t.co/{r.randint(100000, 999999)}">pic.twitter.com/x{r.randint(1000, 9999)}</a></p>&mdash; {esc(who)} (@{handle}) '
            f'<a href="https://twitter.com/{handle}/status/{r.randint(10**17, 10**18)}">May 2, 2024</a></blockquote>'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>'
        )

    pull = blocks[sp[1] + 1].text.split(". ")[0]
    after = {
        sp[0]: tweet(0),
        sp[1]: f'<aside class="{cx("pull")}"><q class="{cx("pullq")}">{esc(pull)}</q></aside>',
        sp[2]: tweet(1),
    }
    text = render(
        blocks,
        lang,
        p=f'<p class="{cx("p")}">{{}}</p>',
        h2=f'<h2 class="{cx("h")}">{{}}</h2>',
        ol=f'<ol class="{cx("ol")}">{{}}</ol>',
        after=after,
    )
    jl = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "headline": title,
        "datePublished": "2024-05-02T18:40:00-04:00",
        "dateModified": "2024-05-03T14:05:00-04:00",
        "author": [{"@type": "Person", "name": author}],
        "publisher": {"@type": "Organization", "name": "Circuit Board"},
    }
    page = (
        head(
            f"{title} - Circuit Board",
            url,
            lead,
            lang="en",
            site="Circuit Board",
            extra='<meta property="article:published_time" content="2024-05-02T18:40:00-04:00">'
            '<meta property="article:modified_time" content="2024-05-03T14:05:00-04:00">' + ld(jl),
        )
        + f'<body><div role="dialog" aria-label="Cookie consent" class="{cx("consent")}"><h2 class="{cx("consh")}">We value your privacy</h2>'
        f'<p class="{cx("consp")}">We and our partners store and access information on your device, such as cookies, and process personal data such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.</p>'
        f'<p class="{cx("consp")}">With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners’ processing as described above.</p>'
        f'<div class="{cx("consb")}"><button>Accept all</button><button>Reject all</button><button>More options</button></div></div>'
        f'<div id="__next"><header class="{cx("hdr")}"><a href="/" class="{cx("logo")}">Circuit Board</a><nav class="{cx("nav")}">'
        + links(
            [
                ("/tech", "Tech"),
                ("/reviews", "Reviews"),
                ("/science", "Science"),
                ("/entertainment", "Entertainment"),
                ("/ai", "AI"),
            ]
        )
        + f'</nav><div class="{cx("sticky")}" aria-hidden="true"><span>{esc(title)}</span></div></header>'
        f'<main class="{cx("main")}"><div class="{cx("wrap")}"><div class="{cx("grp")}"><a class="{cx("kick")}" href="/tech">Tech</a><a class="{cx("kick")}" href="/policy">Policy</a></div>'
        f'<h1 class="{cx("h1")}">{esc(title)}</h1><p class="{cx("dek")}">{esc(lead)}</p>'
        f'<div class="{cx("by")}"><span>by <a href="/authors/{author.lower().replace(" ", "-")}">{esc(author)}</a></span>'
        f'<span class="{cx("role")}">Senior reporter covering platforms and policy</span>'
        f'<span class="{cx("upd")}">Updated May 3, 2024, 2:05 PM EDT</span></div>'
        f'<div class="{cx("share")}"><a>Share this story</a><button class="{cx("cbtn")}">87 Comments</button></div>'
        f'<figure class="{cx("fig")}"><img src="/uploads/lead.jpg" alt=""><figcaption><span>Image: Circuit Board</span></figcaption></figure>'
        f'<div class="{cx("body")}"><div class="{cx("bodyin")}">{text}</div></div>'
        f'<div class="{cx("tags")}"><a href="/tech">Tech</a><a href="/policy">Policy</a><a href="/google">Google</a></div>'
        f'<div class="{cx("cmt")}"><button>87 Comments</button><span>Most Popular</span><ol>'
        + "".join(f"<li><a href='/p{i}'>{esc(phrase(random.Random(seed + 90 + i), lang))}</a></li>" for i in range(4))
        + f'</ol></div></div></main><footer class="{cx("foot")}">'
        + links(
            [
                ("/terms", "Terms of Use"),
                ("/privacy", "Privacy Notice"),
                ("/cookies", "Cookie Policy"),
                ("/ethics", "Ethics Statement"),
                ("/contact", "Contact"),
            ],
            " ",
        )
        + "<p>© 2024 Circuit Board Media. All Rights Reserved</p></footer></div></body></html>"
    )
    return Page(url, page, title, [author], "2024-05-02T18:40:00-04:00", body_of(lead, blocks))


# ---------------------------------------------------------------- 3. UK magazine long read, semantic


def uk_magazine() -> Page:
    """A British weekly's long read in semantic markup (<main><article>, <header>, <figure>): a drop
    cap split from its word, a standfirst, 28 paragraphs with sub-headings and a quoted report,
    two pull quotes in <aside>, a three-photo gallery with captions and credits, <noscript> image
    fallbacks and a <noscript> note, "Fri 3 May 2024 14.05 BST", no JSON-LD, og:title with two
    suffixes, an author bio box and a "More from Features" list."""
    lang = EN
    seed = 301
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 28, heads=3, quotes=1, sents=(3, 6))
    title = phrase(rng, lang, 5, 9)
    lead = sentence(rng, lang, 15, 24)
    author = names(seed, lang, 1)[0]
    url = "https://www.weeklylantern.example.co.uk/features/2024/may/03/" + "-".join(title.lower().split()[:6])
    sp = spots(blocks, 5, 3)
    first = blocks[0].text
    drop = f'<p class="dropcap"><span class="drop-cap">{esc(first[0])}</span>{rich(first[1:], lang)}</p>'
    pulls = [blocks[sp[0]].text.split(". ")[0], blocks[sp[2]].text.split(". ")[-1]]
    gallery = "".join(
        f'<figure class="gallery__item"><img data-src="/img/g{i}.jpg" alt="" class="lazy"><noscript><img src="/img/g{i}.jpg" alt=""></noscript>'
        f'<figcaption><span class="gallery__caption">{esc(sentence(random.Random(seed + 60 + i), lang, 7, 13))}</span> '
        f'<span class="gallery__credit">Photograph: {esc(names(seed + 70 + i, lang, 1)[0])}/The Weekly Lantern</span></figcaption></figure>'
        for i in range(3)
    )
    after = {
        sp[0]: f'<aside class="pullquote"><blockquote><p>{esc(pulls[0])}</p></blockquote></aside>',
        sp[1]: f'<section class="gallery" aria-label="Gallery"><p class="gallery__count">1 of 3</p>{gallery}'
        "<noscript><p>Please enable JavaScript to view the full gallery.</p></noscript></section>",
        sp[2]: f'<aside class="pullquote"><blockquote><p>{esc(pulls[1])}</p></blockquote></aside>',
    }
    text = drop + render(
        blocks[1:],
        lang,
        quote='<blockquote class="quoted"><p>{}</p></blockquote>',
        after={k - 1: v for k, v in after.items()},
    )
    more = "".join(
        f'<li><a href="/features/2024/apr/{20 + i}/m{i}"><h3>{esc(phrase(random.Random(seed + 80 + i), lang))}</h3></a><time datetime="2024-04-{20 + i}">{20 + i} Apr 2024</time></li>'
        for i in range(4)
    )
    page = (
        head(
            f"{title} | Features | The Weekly Lantern",
            url,
            lead,
            lang="en-GB",
            site="The Weekly Lantern",
            extra=f'<meta name="author" content="{esc(author)}"><meta property="article:section" content="Features">',
        )
        + '<body><a class="skip" href="#maincontent">Skip to main content</a><header class="site-header"><a class="logo" href="/">The Weekly Lantern</a>'
        '<nav aria-label="Sections">'
        + links(
            [
                ("/news", "News"),
                ("/opinion", "Opinion"),
                ("/features", "Features"),
                ("/culture", "Culture"),
                ("/books", "Books"),
            ]
        )
        + '</nav><a class="support" href="/support">Support us</a></header><main id="maincontent"><article class="longread">'
        '<header class="article-header"><p class="series"><a href="/features/the-long-read">The long read</a></p>'
        f'<h1 class="headline">{esc(title)}</h1><p class="standfirst">{esc(lead)}</p>'
        '<figure class="lead-media"><img data-src="/img/lead.jpg" class="lazy" alt=""><noscript><img src="/img/lead.jpg" alt=""></noscript>'
        f"<figcaption>{esc(sentence(random.Random(seed + 5), lang, 8, 12))} Illustration: {esc(names(seed + 6, lang, 1)[0])}</figcaption></figure>"
        f'<address class="byline">By <a rel="author" href="/profile/{author.lower().replace(" ", "")}">{esc(author)}</a></address>'
        '<p class="dateline"><time datetime="2024-05-03T13:05:00Z">Fri 3 May 2024 14.05 BST</time></p>'
        '<ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">Email</a></li><li><a href="#">Share</a></li></ul></header>'
        f'<div class="article-body">{text}</div>'
        f'<footer class="article-footer"><section class="bio"><img src="/img/author.jpg" alt=""><p><strong>{esc(author)}</strong> is a writer based in '
        "Glasgow. Her book on river towns is out next spring.</p></section>"
        '<p class="follow">Follow the long read on X at <a href="#">@lanternlongread</a>, listen to our podcasts and sign up to the long read weekly email.</p>'
        '<ul class="keywords"><li><a href="/topic/cities">Cities</a></li><li><a href="/topic/transport">Transport</a></li><li><a href="/topic/features">features</a></li></ul>'
        '<p class="comments-link"><a href="#comments">Reuse this content</a> · <a href="#comments">Comments (214)</a></p></footer></article>'
        f'<section class="onward"><h2>More from Features</h2><ul>{more}</ul></section></main>'
        '<footer class="site-footer"><ul>'
        + "".join(
            f"<li><a href='/{x.lower().replace(' ', '-')}'>{x}</a></li>"
            for x in ["About us", "Contact us", "Complaints", "Terms", "Privacy policy", "Cookie policy", "Advertise"]
        )
        + "</ul><p>© 2024 The Weekly Lantern Media Group</p></footer></body></html>"
    )
    return Page(url, page, title, [author], "2024-05-03T14:05:00+01:00", body_of(lead, blocks))


# ---------------------------------------------------------------- 4. German regional paper, div soup


def de_regional() -> Page:
    """A German regional paper, div soup with site classes: "Von A, B" byline, "3. Mai 2024, 14:05 Uhr",
    inline "Lesen Sie auch:" boxes and "Anzeige" slots between paragraphs, a picture gallery with
    "Bild 1 von 4" and "Foto:" credits, a newsletter box, JSON-LD whose articleBody is an older,
    shorter version of the text, Schlagworte, "Mehr zum Thema" with dates, comment count."""
    lang = DE
    seed = 401
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 13, heads=2, lists=1)
    title = phrase(rng, lang, 5, 9)
    kicker = phrase(rng, lang, 2, 3)
    lead = sentence(rng, lang, 12, 20)
    people = names(seed, lang, 2)
    url = (
        "https://www.weserbote.example.de/lokales/kreis-nord/" + "-".join(title.lower().split()[:5]) + "-93218457.html"
    )
    sp = spots(blocks, 3, 1)
    gal = "".join(
        f'<div class="gal-item"><div class="gal-img"><img src="/bilder/2024/05/g{i}.jpg" alt=""></div><div class="gal-txt">'
        f'<span class="gal-num">Bild {i + 1} von 4</span> <span class="gal-cap">{esc(sentence(random.Random(seed + 20 + i), lang, 6, 12))}</span>'
        f'<span class="gal-credit">Foto: {esc(names(seed + 30 + i, lang, 1)[0])}</span></div></div>'
        for i in range(4)
    )
    after = {
        sp[
            0
        ]: f'<div class="txt-box rel-inline"><span class="rel-label">Lesen Sie auch:</span> <a href="/lokales/a-93100112.html">{esc(phrase(random.Random(seed + 1), lang))}</a></div>',
        sp[1]: '<div class="ad-slot ad-mitte"><span class="ad-label">Anzeige</span><div id="div-gpt-ad-2"></div></div>',
        sp[
            2
        ]: f'<div class="bildergalerie"><div class="gal-head">Bildergalerie</div>{gal}<a class="gal-more" href="#">Alle Bilder anzeigen</a></div>',
    }
    if len(sp) > 3:
        after[sp[3]] = (
            '<div class="nl-teaser"><div class="nl-title">Newsletter „Guten Morgen, Kreis Nord“</div><div class="nl-text">Die wichtigsten Nachrichten '
            'aus Ihrer Region jeden Morgen kostenlos per E-Mail.</div><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Jetzt anmelden</button></div>'
        )
    text = render(blocks, lang, p='<p class="artikel-p">{}</p>', h2='<h2 class="artikel-zwischen">{}</h2>', after=after)
    older = "\n".join(b.text for b in blocks if b.kind == "p")
    older = older[: len(older) * 2 // 3] + " " + sentence(random.Random(seed + 5), lang)
    jl = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "articleBody": older,
        "datePublished": "2024-05-03T14:05:00+02:00",
        "dateModified": "2024-05-03T17:30:00+02:00",
        "author": [{"@type": "Person", "name": p} for p in people],
        "publisher": {"@type": "Organization", "name": "Weser-Bote"},
    }
    more = "".join(
        f'<div class="teaser-row"><a href="/lokales/t{i}-9310{i}.html"><span class="t-kicker">{esc(phrase(random.Random(seed + 40 + i), lang, 1, 2))}</span>'
        f'<span class="t-title">{esc(phrase(random.Random(seed + 50 + i), lang))}</span></a><span class="t-date">{i + 27}.04.2024</span></div>'
        for i in range(3)
    )
    page = (
        head(f"{title} | Weser-Bote", url, lead, lang="de", site="Weser-Bote", extra=ld(jl))
        + '<body class="artikel"><div id="wrapper"><div class="kopf"><div class="logo"><a href="/">Weser-Bote</a></div><div class="menue">'
        + links(
            [
                ("/lokales/", "Lokales"),
                ("/region/", "Region"),
                ("/sport/", "Sport"),
                ("/politik/", "Politik"),
                ("/wirtschaft/", "Wirtschaft"),
                ("/service/", "Service"),
            ]
        )
        + '</div><div class="login"><a href="/abo/">Abo</a> <a href="/login/">Anmelden</a></div></div>'
        '<div class="breadcrumb"><a href="/">Startseite</a> › <a href="/lokales/">Lokales</a> › <a href="/lokales/kreis-nord/">Kreis Nord</a></div>'
        '<div class="inhalt"><div class="spalte-links"><div class="artikel-kopf">'
        f'<div class="dachzeile">{esc(kicker)}</div><h1 class="artikel-titel">{esc(title)}</h1>'
        f'<div class="autor-zeile">Von <a class="autor" href="/autoren/{people[0].split()[1].lower()}/">{esc(people[0])}</a>, '
        f'<a class="autor" href="/autoren/{people[1].split()[1].lower()}/">{esc(people[1])}</a></div>'
        '<div class="datum-zeile"><span class="datum">3. Mai 2024, 14:05 Uhr</span> <span class="kommentare"><a href="#kommentare">Kommentare (23)</a></span></div></div>'
        '<div class="artikel-bild"><img src="/bilder/2024/05/aufmacher.jpg" alt=""><div class="bild-unterschrift">'
        f'{esc(sentence(random.Random(seed + 3), lang, 8, 14))} <span class="bildquelle">Foto: {esc(names(seed + 4, lang, 1)[0])}</span></div></div>'
        f'<div class="artikel-text"><p class="artikel-teaser"><strong>{esc(lead)}</strong></p>{text}</div>'
        '<div class="artikel-tools"><span>Artikel teilen:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a> <a href="#">Drucken</a></div>'
        '<div class="schlagworte">Schlagworte: <a href="/thema/kreis-nord/">Kreis Nord</a>, <a href="/thema/verkehr/">Verkehr</a>, <a href="/thema/stadtrat/">Stadtrat</a></div>'
        f'<div class="mehr-zum-thema"><div class="mzt-head">Mehr zum Thema</div>{more}</div>'
        '<div id="kommentare" class="kommentar-box"><div class="k-head">Kommentare (23)</div><div class="k-hinweis">Um zu kommentieren, melden Sie sich bitte an.</div></div>'
        '</div><div class="spalte-rechts"><div class="box meistgelesen"><div class="box-titel">Meistgelesen</div><ol>'
        + "".join(
            f'<li><a href="/m{i}.html">{esc(phrase(random.Random(seed + 60 + i), lang))}</a></li>' for i in range(5)
        )
        + '</ol></div><div class="ad-slot ad-rechts"><span class="ad-label">Anzeige</span></div></div></div>'
        '<div class="fuss">'
        + links(
            [
                ("/impressum/", "Impressum"),
                ("/datenschutz/", "Datenschutz"),
                ("/agb/", "AGB"),
                ("/kontakt/", "Kontakt"),
                ("/mediadaten/", "Mediadaten"),
            ],
            " | ",
        )
        + "<div>© Weser-Bote Verlag GmbH &amp; Co. KG 2024</div></div></div></body></html>"
    )
    return Page(url, page, title, people, "2024-05-03T14:05:00+02:00", body_of(lead, blocks))


# ---------------------------------------------------------------- 5. German national, paywall, CSS-in-JS


def de_paywall() -> Page:
    """A German national news site (hashed classes) with a paywalled story: the lead and three
    paragraphs are shown, the fourth is cut and faded, then a subscription box with a price, a list
    of benefits and a login link; the JSON-LD articleBody carries the whole text (isAccessibleForFree
    false). "Von A und B", "03.05.2024, 14.05 Uhr", headline kicker split in a <span> of the h1."""
    cx = hashed("spiegelbild")
    lang = DE
    seed = 501
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 16, heads=2)
    title = phrase(rng, lang, 5, 9)
    kicker = phrase(rng, lang, 1, 3)
    lead = sentence(rng, lang, 14, 22)
    people = names(seed, lang, 2)
    url = "https://www.derblick.example.de/wirtschaft/" + "-".join(title.lower().split()[:5]) + "-a-7f3c2e19-4b1d"
    shown = blocks[:3]
    cut = blocks[3].text.split(" ")
    cut_text = " ".join(cut[: len(cut) // 3])
    jl = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": f"{kicker}: {title}",
        "articleBody": body_of(blocks),
        "isAccessibleForFree": "False",
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall"},
        "datePublished": "2024-05-03T14:05:00+02:00",
        "author": [{"@type": "Person", "name": p} for p in people],
    }
    page = (
        head(f"{kicker}: {title} - DER BLICK", url, lead, lang="de", site="DER BLICK", extra=ld(jl))
        + f'<body><div class="{cx("app")}"><header class="{cx("hd")}"><a href="/" class="{cx("logo")}">DER BLICK</a><nav class="{cx("nav")}">'
        + links(
            [
                ("/politik/", "Politik"),
                ("/wirtschaft/", "Wirtschaft"),
                ("/panorama/", "Panorama"),
                ("/sport/", "Sport"),
                ("/kultur/", "Kultur"),
            ]
        )
        + f'</nav><a class="{cx("abo")}" href="/abo/">Blick+ testen</a></header><main class="{cx("main")}"><div class="{cx("art")}">'
        f'<h1 class="{cx("h1")}"><span class="{cx("kick")}">{esc(kicker)}</span><span class="{cx("plus")}" aria-label="Blick+"></span>'
        f'<span class="{cx("ttl")}">{esc(title)}</span></h1>'
        f'<div class="{cx("lead")}"><strong>{esc(lead)}</strong></div>'
        f'<div class="{cx("meta")}"><span>Von <a href="/impressum/autor-1">{esc(people[0])}</a> und <a href="/impressum/autor-2">{esc(people[1])}</a></span>'
        f'<time class="{cx("tm")}" datetime="2024-05-03 12:05:00">03.05.2024, 14.05 Uhr</time></div>'
        f'<figure class="{cx("fig")}"><img src="/images/lead.jpg" alt=""><figcaption><p>{esc(sentence(random.Random(seed + 2), lang, 6, 12))}</p>'
        f"<span>Foto: Bildagentur</span></figcaption></figure>"
        f'<div class="{cx("body")}">'
        + render(shown, lang, p=f'<div class="{cx("rt")}"><p>{{}}</p></div>', h2=f'<h3 class="{cx("h3")}">{{}}</h3>')
        + f'<div class="paywall {cx("pw")}"><div class="{cx("fade")}" aria-hidden="true"><p>{esc(cut_text)} …</p></div>'
        f'<div class="{cx("offer")}"><p class="{cx("offh")}">Jetzt weiterlesen mit Blick+</p><p>Sie haben keinen Zugang? Jetzt einen Monat für 1 Euro testen.</p>'
        f'<ul class="{cx("perks")}"><li>Alle Artikel auf derblick.example.de</li><li>Die digitale Ausgabe jeden Freitag</li><li>Jederzeit kündbar</li></ul>'
        f'<button class="{cx("cta")}">Jetzt für 1 € testen</button><p>Sie sind bereits Abonnent? <a href="/login/">Anmelden</a></p></div></div></div>'
        f'<div class="{cx("more")}"><h2>Mehr lesen über</h2><a href="/thema/energie/">Energie</a> <a href="/thema/industrie/">Industrie</a></div>'
        f'</div></main><footer class="{cx("ft")}">'
        + links(
            [
                ("/impressum/", "Impressum"),
                ("/datenschutz/", "Datenschutz"),
                ("/nutzungsbedingungen/", "Nutzungsbedingungen"),
                ("/kontakt/", "Kontakt"),
            ],
            " ",
        )
        + "</footer></div></body></html>"
    )
    return Page(url, page, title, people, "2024-05-03T14:05:00+02:00", body_of(lead, shown))


# ---------------------------------------------------------------- 6. French national daily, semantic


def fr_daily() -> Page:
    """A French national daily in semantic markup: "Par A (avec AFP)", "Publié le 03 mai 2024 à 14h05,
    modifié le 04 mai 2024 à 09h12", "Lire aussi" catchers between paragraphs, an embedded Instagram
    post (blockquote.instagram-media with its caption), sub-headings, a "Réagir" button, an article
    reserved to subscribers from the section "Contribuer"; og:title and JSON-LD headline differ from h1."""
    lang = FR
    seed = 601
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 18, heads=3, quotes=1)
    title = phrase(rng, lang, 6, 10)
    lead = sentence(rng, lang, 14, 22)
    author = names(seed, lang, 1)[0]
    url = (
        "https://www.lequotidien.example.fr/societe/article/2024/05/03/"
        + "-".join(title.lower().split()[:6])
        + "_6231456_3224.html"
    )
    sp = spots(blocks, 4, 2)
    ig_user = "mairie.officielle"
    after = {
        sp[
            0
        ]: f'<section class="catcher catcher--inline"><span class="catcher__label">Lire aussi</span> <a class="catcher__title" href="/societe/article/2024/04/28/x.html">{esc(phrase(random.Random(seed + 1), lang))}</a></section>',
        sp[
            1
        ]: '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C6abc/" data-instgrm-version="14">'
        f'<div><a href="https://www.instagram.com/p/C6abc/">Voir cette publication sur Instagram</a></div><p>{esc(sentence(random.Random(seed + 2), lang, 10, 16))}</p>'
        f'<p>Une publication partagée par {ig_user} (@{ig_user})</p></blockquote><script async src="//www.instagram.com/embed.js"></script>',
        sp[
            2
        ]: f'<section class="catcher catcher--inline"><span class="catcher__label">Lire aussi | Article réservé à nos abonnés</span> <a class="catcher__title" href="/x2.html">{esc(phrase(random.Random(seed + 3), lang))}</a></section>',
    }
    text = render(
        blocks,
        lang,
        p='<p class="article__paragraph">{}</p>',
        h2='<h2 class="article__sub-title">{}</h2>',
        quote='<blockquote class="article__quote"><p>{}</p></blockquote>',
        after=after,
    )
    seo = phrase(random.Random(seed + 9), lang, 5, 8)
    jl = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": seo,
        "datePublished": "2024-05-03T14:05:00+02:00",
        "dateModified": "2024-05-04T09:12:00+02:00",
        "author": {"@type": "Person", "name": author},
    }
    page = (
        head(f"{title}", url, lead, lang="fr", og_title=seo + " | Le Quotidien", site="Le Quotidien", extra=ld(jl))
        + '<body><header class="header"><a class="logo" href="/">Le Quotidien</a><nav>'
        + links(
            [
                ("/international/", "International"),
                ("/politique/", "Politique"),
                ("/societe/", "Société"),
                ("/economie/", "Économie"),
                ("/culture/", "Culture"),
            ]
        )
        + '</nav><a class="btn-abo" href="/abonnement/">S’abonner</a></header><main class="main"><article class="article article--content">'
        '<header class="article__header"><ul class="breadcrumb"><li><a href="/societe/">Société</a></li></ul>'
        f'<h1 class="article__title">{esc(title)}</h1><p class="article__desc">{esc(lead)}</p>'
        f'<section class="meta"><span class="meta__author">Par <a class="article__author-link" href="/signataires/{author.split()[1].lower()}/">{esc(author)}</a> (avec AFP)</span>'
        '<span class="meta__date">Publié le 03 mai 2024 à 14h05, modifié le 04 mai 2024 à 09h12</span>'
        '<span class="meta__reading-time">Temps de lecture 6 min.</span></section>'
        '<div class="share"><a href="#">Partager</a> <a href="#">Offrir l’article</a> <a href="#">Ajouter à vos sélections</a></div></header>'
        f'<figure class="article__media"><img src="/img/lead.jpg" alt=""><figcaption class="article__legend">{esc(sentence(random.Random(seed + 4), lang, 8, 14))} '
        '<span class="article__credit">JEAN DUPRÉ / AFP</span></figcaption></figure>'
        f'<section class="article__content">{text}</section>'
        f'<footer class="article__footer"><p class="article__footer-single">{esc(author)}</p>'
        '<section class="article__reactions"><a class="button" href="#reactions">Réagir</a> <span>Contribuer</span> <span>Réutiliser ce contenu</span></section></footer></article>'
        '<aside class="aside"><h2>Les plus lus</h2><ol>'
        + "".join(
            f'<li><a href="/l{i}.html">{esc(phrase(random.Random(seed + 50 + i), lang))}</a></li>' for i in range(5)
        )
        + '</ol></aside></main><footer class="footer">'
        + links(
            [
                ("/mentions-legales/", "Mentions légales"),
                ("/cgv/", "Conditions générales"),
                ("/cookies/", "Gestion des cookies"),
                ("/aide/", "Aide"),
            ],
            " · ",
        )
        + "<p>Le Quotidien – Tous droits réservés</p></footer></body></html>"
    )
    return Page(url, page, title, [author], "2024-05-03T14:05:00+02:00", body_of(lead, blocks))


# ---------------------------------------------------------------- 7. Spanish live blog, CSS-in-JS


@dataclass
class Entry:
    time: str
    head: str
    paras: list[str]
    who: str


def es_live() -> Page:
    """A Spanish live blog (hashed classes): a summary lead, eleven timestamped entries newest first,
    some with a heading, the entry author under the time, an embedded tweet and a photo with caption
    inside entries, a "Cargar más" button; the byline "A, B" without "Por" and an EFE credit;
    "Actualizado 03 may 2024 - 21:40 CEST" shown, the start of the live in JSON-LD
    LiveBlogPosting (with liveBlogUpdate copies of the entries) and meta."""
    cx = hashed("directo-es")
    lang = ES
    seed = 701
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    title = "Directo | " + phrase(rng, lang, 5, 9)
    lead = paragraph(rng, lang, 2, 3)
    people = names(seed, lang, 2)
    reporters = names(seed + 1, lang, 3)
    url = (
        "https://elfaro.example.es/espana/2024-05-03/" + "-".join(title.lower().split()[2:7]) + "-directo_3841122.html"
    )
    entries = []
    for i in range(11):
        r = random.Random(seed * 10 + i)
        hh, mm = 21 - i, (40 - 7 * i) % 60
        head_ = phrase(r, lang, 4, 8) if i % 3 != 1 else ""
        entries.append(
            Entry(
                f"{hh:02d}:{mm:02d}",
                head_,
                [paragraph(r, lang, 1, 3) for _ in range(r.randint(1, 3))],
                reporters[i % 3],
            )
        )

    def entry(e: Entry, i: int) -> str:
        tw = ""
        if i == 4:
            r = random.Random(seed + 300)
            tw = (
                f'<div class="{cx("emb")}"><blockquote class="twitter-tweet"><p lang="es" dir="ltr">{esc(sentence(r, lang, 9, 15))}</p>'
                f'&mdash; Protección Civil (@proteccioncivil) <a href="https://twitter.com/proteccioncivil/status/1786{r.randint(10**10, 10**11)}">May 3, 2024</a></blockquote></div>'
            )
        ph = ""
        if i == 7:
            ph = (
                f'<figure class="{cx("ph")}"><img src="/img/e{i}.jpg" alt=""><figcaption class="{cx("phc")}">{esc(sentence(random.Random(seed + 400), lang, 6, 10))}'
                f' <span class="{cx("phcr")}">EFE/Juan Martín</span></figcaption></figure>'
            )
        h = f'<h2 class="{cx("eh")}">{esc(e.head)}</h2>' if e.head else ""
        return (
            f'<article class="{cx("entry")}" id="e{i}"><div class="{cx("em")}"><time class="{cx("et")}" datetime="2024-05-03T{e.time}:00+02:00">{e.time}</time>'
            f'<span class="{cx("ea")}">{esc(e.who)}</span></div>{h}<div class="{cx("eb")}">'
            + "".join(f'<p class="{cx("ep")}">{rich(p, lang)}</p>' for p in e.paras)
            + tw
            + ph
            + f'</div><div class="{cx("es")}"><button aria-label="Compartir">Compartir</button></div></article>'
        )

    jl = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "coverageStartTime": "2024-05-03T08:00:00+02:00",
        "datePublished": "2024-05-03T08:00:00+02:00",
        "dateModified": "2024-05-03T21:40:00+02:00",
        "author": [{"@type": "Person", "name": p} for p in people],
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": e.head or e.paras[0][:60],
                "datePublished": f"2024-05-03T{e.time}:00+02:00",
                "articleBody": " ".join(e.paras),
            }
            for e in entries
        ],
    }
    body_parts: list[str] = [lead]
    for e in entries:
        if e.head:
            body_parts.append(e.head)
        body_parts.extend(e.paras)
    page = (
        head(
            f"{title} | El Faro",
            url,
            lead,
            lang="es",
            site="El Faro",
            extra='<meta property="article:published_time" content="2024-05-03T08:00:00+02:00"><meta property="article:modified_time" content="2024-05-03T21:40:00+02:00">'
            + ld(jl),
        )
        + f'<body><div id="root"><header class="{cx("hd")}"><a class="{cx("logo")}" href="/">El Faro</a><nav class="{cx("nv")}">'
        + links(
            [
                ("/espana/", "España"),
                ("/internacional/", "Internacional"),
                ("/economia/", "Economía"),
                ("/deportes/", "Deportes"),
                ("/cultura/", "Cultura"),
            ]
        )
        + f'</nav></header><main class="{cx("mn")}"><div class="{cx("top")}"><span class="{cx("live")}">EN DIRECTO</span>'
        f'<h1 class="{cx("h1")}">{esc(title)}</h1><h2 class="{cx("sub")}">{esc(lead)}</h2>'
        f'<div class="{cx("auth")}"><a href="/autor/1/">{esc(people[0])}</a>, <a href="/autor/2/">{esc(people[1])}</a> <span class="{cx("ag")}">| EFE</span></div>'
        f'<div class="{cx("dt")}"><span>Actualizado 03 may 2024 - 21:40 CEST</span></div>'
        f'<div class="{cx("sh")}"><a>Compartir en Facebook</a><a>Compartir en X</a><a>Enviar por WhatsApp</a><a class="{cx("cm")}">Comentarios 56</a></div></div>'
        f'<div class="{cx("feed")}">'
        + "".join(entry(e, i) for i, e in enumerate(entries))
        + f'<button class="{cx("more")}">Cargar más</button></div>'
        f'<div class="{cx("rel")}"><h3>Te puede interesar</h3>'
        + "".join(
            f'<a href="/r{i}.html"><span>{esc(phrase(random.Random(seed + 60 + i), lang))}</span></a>' for i in range(3)
        )
        + f'</div></main><footer class="{cx("ft")}">'
        + links(
            [
                ("/aviso-legal/", "Aviso legal"),
                ("/privacidad/", "Política de privacidad"),
                ("/cookies/", "Política de cookies"),
                ("/contacto/", "Contacto"),
            ],
            " ",
        )
        + "<p>© Ediciones El Faro S.L. 2024</p></footer></div></body></html>"
    )
    return Page(url, page, title, people, "2024-05-03T08:00:00+02:00", "\n\n".join(body_parts))


# ---------------------------------------------------------------- 8. Spanish-language WordPress regional, semantic


def es_wordpress(variant: int) -> Page:
    """A regional news site on WordPress (Argentina): <article class="post"> with .entry-header,
    .entry-content holding Gutenberg blocks (image with caption, list, quote), a Jetpack-like
    "Relacionado" block and a share bar inside .entry-content, "Por A", "3 de mayo de 2024" (day
    only; time in <time class="entry-date published">), Yoast JSON-LD @graph, tags, an author box
    "Sobre el autor", previous/next post links and a comment form. Variant 1: no author box, a
    pull quote block, a "Fuente: Télam" line, shorter."""
    lang = ES
    seed = 801 + variant
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 11 if variant == 0 else 8, heads=1 + (variant == 0), lists=1, quotes=1 - variant)
    title = phrase(rng, lang, 6, 11)
    author = names(seed, lang, 1)[0]
    slug = "-".join(title.lower().split()[:7])
    url = f"https://www.diariodelsur.example.com.ar/{'politica' if variant == 0 else 'sociedad'}/{slug}/"
    pub = ["2024-05-03T14:05:00-03:00", "2024-04-22T09:40:00-03:00"][variant]
    shown = ["3 de mayo de 2024", "22 de abril de 2024"][variant]
    sp = spots(blocks, 2, 2)
    img = (
        '<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2024/05/foto-1024x683.jpg" alt="" class="wp-image-55123">'
        f'<figcaption class="wp-element-caption">{esc(sentence(random.Random(seed + 5), lang, 6, 11))} (Foto: Archivo)</figcaption></figure>'
    )
    after = {sp[0]: img}
    if variant == 1:
        after[sp[1]] = (
            f'<figure class="wp-block-pullquote"><blockquote><p>{esc(blocks[sp[1]].text.split(". ")[0])}</p><cite>{esc(names(seed + 7, lang, 1)[0])}</cite></blockquote></figure>'
        )
    rel = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/r{i}/">{esc(phrase(random.Random(seed + 20 + i), lang))}</a></h4>'
        f'<p class="jp-relatedposts-post-date">{20 + i} de abril de 2024</p><p class="jp-relatedposts-post-context">En «Política»</p></div>'
        for i in range(3)
    )
    text = render(
        blocks,
        lang,
        ul='<ul class="wp-block-list">{}</ul>',
        quote='<blockquote class="wp-block-quote"><p>{}</p></blockquote>',
        h2='<h2 class="wp-block-heading">{}</h2>',
        after=after,
    )
    fuente = '<p class="fuente"><em>Fuente: Télam</em></p>' if variant == 1 else ""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": url + "#article",
                "headline": title,
                "datePublished": pub,
                "dateModified": pub,
                "author": {"name": author, "@id": "https://www.diariodelsur.example.com.ar/#/schema/person/1"},
                "wordCount": len(body_of(blocks).split()),
                "articleSection": ["Política"],
            },
            {"@type": "WebPage", "@id": url, "name": f"{title} - Diario del Sur", "datePublished": pub},
            {"@type": "Person", "@id": "https://www.diariodelsur.example.com.ar/#/schema/person/1", "name": author},
        ],
    }
    bio = (
        f'<div class="author-box"><h4 class="author-box__title">Sobre el autor</h4><img src="/wp-content/uploads/avatar.jpg" alt=""><p class="author-box__name">{esc(author)}</p>'
        f'<p class="author-box__bio">Periodista. Cubre política provincial y municipal desde 2015. Escribe también sobre transporte.</p></div>'
        if variant == 0
        else ""
    )
    page = (
        head(
            f"{title} - Diario del Sur",
            url,
            blocks[0].text[:150],
            lang="es-AR",
            site="Diario del Sur",
            extra=f'<meta property="article:published_time" content="{pub}"><meta name="author" content="{esc(author)}">'
            '<meta name="generator" content="WordPress 6.5.2">'
            + ld(graph).replace('type="application/ld+json"', 'type="application/ld+json" class="yoast-schema-graph"'),
        )
        + f'<body class="post-template-default single single-post postid-5512{variant} single-format-standard"><div id="page" class="site">'
        '<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Diario del Sur</a></p>'
        '<p class="site-description">Noticias de la región</p><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        + "".join(
            f'<li class="menu-item"><a href="/{x.lower()}/">{x}</a></li>'
            for x in ["Política", "Sociedad", "Economía", "Deportes", "Policiales", "Cultura"]
        )
        + '</ul></nav></header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article id="post-5512{variant}" class="post-5512{variant} post type-post status-publish format-standard has-post-thumbnail hentry category-politica">'
        '<header class="entry-header"><span class="cat-links"><a href="/politica/" rel="category tag">Política</a></span>'
        f'<h1 class="entry-title">{esc(title)}</h1><div class="entry-meta"><span class="byline">Por <span class="author vcard"><a class="url fn n" href="/author/{author.split()[0].lower()}/">{esc(author)}</a></span></span>'
        f' <span class="posted-on"><a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{pub}">{shown}</time>'
        f'<time class="updated" datetime="{pub}">{shown}</time></a></span></div></header>'
        '<div class="post-thumbnail"><img src="/wp-content/uploads/2024/05/destacada.jpg" class="attachment-post-thumbnail wp-post-image" alt=""></div>'
        f'<div class="entry-content">{text}{fuente}'
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Compartir:</h3><div class="sd-content"><ul>'
        '<li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li><li class="share-x"><a href="#"><span>X</span></a></li>'
        '<li class="share-jetpack-whatsapp"><a href="#"><span>WhatsApp</span></a></li></ul></div></div></div>'
        '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Me gusta esto:</h3><div class="likes-widget-placeholder">Cargando...</div></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Relacionado</em></h3>{rel}</div></div>'
        '<footer class="entry-footer"><span class="tags-links">Etiquetas: <a href="/tag/concejo/" rel="tag">concejo</a>, <a href="/tag/obras/" rel="tag">obras</a></span></footer>'
        f"{bio}</article>"
        '<nav class="navigation post-navigation" aria-label="Entradas"><div class="nav-links">'
        f'<div class="nav-previous"><a href="/prev/" rel="prev"><span class="meta-nav">Anterior</span> {esc(phrase(random.Random(seed + 40), lang))}</a></div>'
        f'<div class="nav-next"><a href="/next/" rel="next"><span class="meta-nav">Siguiente</span> {esc(phrase(random.Random(seed + 41), lang))}</a></div></div></nav>'
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Deja una respuesta</h3>'
        '<form class="comment-form"><p class="comment-notes">Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *</p>'
        '<p class="comment-form-comment"><label>Comentario *</label><textarea></textarea></p><p class="form-submit"><input type="submit" value="Publicar el comentario"></p></form></div></div>'
        '</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Entradas recientes</h2><ul>'
        + "".join(
            f'<li><a href="/e{i}/">{esc(phrase(random.Random(seed + 50 + i), lang))}</a><span class="post-date">{i + 1} de mayo de 2024</span></li>'
            for i in range(4)
        )
        + '</ul></section></aside></div><footer id="colophon" class="site-footer"><div class="site-info">Diario del Sur © 2024 · Funciona con WordPress</div></footer></div></body></html>'
    )
    return Page(url, page, title, [author], pub, body_of(blocks))


# ---------------------------------------------------------------- 9. Italian agency, short, div soup


def it_agency(variant: int) -> Page:
    """An Italian news agency's short story (div soup): ~120 words under a heavy page of menus, the
    agency opener "(ANI) - ROMA, 03 MAG -" inside the first paragraph, only the agency as author,
    "03 maggio 2024 14:05" shown with the offset only in meta, "RIPRODUZIONE RISERVATA ©
    Copyright ANI" after the text, a video box with caption, "Leggi anche" and a long "Ultima ora"
    list. Variant 1: paragraphs separated by <br><br> in one div, a subtitle, no video."""
    lang = IT
    seed = 901 + variant
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    title = phrase(rng, lang, 6, 10)
    city, day = [("ROMA", "03 MAG"), ("MILANO", "18 APR")][variant], None
    day = ["03 maggio 2024 14:05", "18 aprile 2024 09:32"][variant]
    pub = ["2024-05-03T14:05:00+02:00", "2024-04-18T09:32:00+02:00"][variant]
    paras = [paragraph(rng, lang, 2, 3) for _ in range(3)]
    paras[0] = f"(ANI) - {city[0]}, {city[1]} - " + paras[0]
    sub = sentence(rng, lang, 8, 12) if variant else ""
    url = (
        f"https://www.agenzia-italia.example.it/sito/notizie/{'politica' if variant == 0 else 'economia'}/2024/0{5 - variant}/{['03', '18'][variant]}/"
        + "_".join(title.lower().split()[:5])
        + ".html"
    )
    if variant == 0:
        text = "".join(f"<p>{rich(p, lang)}</p>" for p in paras)
        media = (
            '<div class="video-box"><div class="player" data-video="vid-88123"><span class="play">▶</span></div>'
            f'<div class="video-caption">{esc(sentence(random.Random(seed + 3), lang, 6, 10))}</div></div>'
        )
    else:
        text = "<br><br>".join(rich(p, lang) for p in paras)
        media = ""
    ultima = "".join(
        f'<li><span class="ora">{13 - i}:{(50 - 9 * i) % 60:02d}</span> <a href="/u{i}.html">{esc(phrase(random.Random(seed + 20 + i), lang))}</a></li>'
        for i in range(10)
    )
    body = "\n\n".join(([sub] if sub else []) + paras)
    page = (
        head(
            f"{title} - {'Politica' if variant == 0 else 'Economia'} - Agenzia Italia",
            url,
            paras[0][:140],
            lang="it",
            site="Agenzia Italia",
            extra=f'<meta property="article:published_time" content="{pub}"><meta name="author" content="ANI">',
        )
        + '<body><div id="container"><div class="cookie-bar">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. <a href="/privacy">Informativa</a> <button>Accetto</button></div>'
        '<div class="header"><div class="logo"><a href="/">Agenzia Italia</a></div><div class="menu-top">'
        + links(
            [
                (f"/{x.lower()}/", x)
                for x in [
                    "Cronaca",
                    "Politica",
                    "Economia",
                    "Mondo",
                    "Cultura",
                    "Sport",
                    "Tecnologia",
                    "Motori",
                    "Viaggi",
                    "Salute",
                    "Regioni",
                ]
            ],
            " ",
        )
        + '</div></div><div class="content"><div class="main-col"><div class="news-head">'
        f'<div class="news-sez">{"Politica" if variant == 0 else "Economia"}</div><h1 class="news-title">{esc(title)}</h1>'
        + (f'<h2 class="news-subtitle">{esc(sub)}</h2>' if sub else "")
        + f'<div class="news-date"><span>{day}</span></div><div class="news-share"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Email</a></div></div>'
        f'{media}<div class="news-txt">{text}</div>'
        '<div class="news-copy">RIPRODUZIONE RISERVATA © Copyright ANI</div>'
        f'<div class="leggi-anche"><div class="la-title">Leggi anche</div><ul><li><a href="/l1.html">{esc(phrase(random.Random(seed + 7), lang))}</a></li>'
        f'<li><a href="/l2.html">{esc(phrase(random.Random(seed + 8), lang))}</a></li></ul></div></div>'
        f'<div class="side-col"><div class="ultima-ora"><div class="uo-title">Ultima ora</div><ul>{ultima}</ul></div>'
        '<div class="adv"><span>Pubblicità</span></div></div></div>'
        '<div class="footer"><p>ANI - Agenzia Notizie Italia Società Cooperativa - P.IVA 00000000000</p>'
        + links(
            [
                ("/chi-siamo", "Chi siamo"),
                ("/redazione", "Redazione"),
                ("/privacy", "Privacy"),
                ("/cookie", "Cookie policy"),
                ("/contatti", "Contatti"),
            ],
            " | ",
        )
        + "</div></div></body></html>"
    )
    return Page(url, page, title, ["ANI"], pub, body)


# ---------------------------------------------------------------- 10. Brazilian portal interview, CSS-in-JS


def pt_interview() -> Page:
    """A Brazilian news portal's Q&A interview (hashed classes): three intro paragraphs, then bold
    questions in their own <p><strong> and answers, one answer in two paragraphs; "Por A, g1 — São
    Paulo", "03/05/2024 14h05 Atualizado há 2 horas" over a UTC <time>, a "Veja também" box of
    three teaser links, a video player with title and duration, photo credit "Foto: Divulgação",
    JSON-LD headline with a prefix the h1 lacks."""
    cx = hashed("portal-br")
    lang = PT
    seed = 1001
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    title = phrase(rng, lang, 6, 10)
    lead = sentence(rng, lang, 12, 20)
    author = names(seed, lang, 1)[0]
    guest = names(seed + 1, lang, 1)[0]
    url = (
        "https://portalnoticias.example.com.br/sp/sao-paulo/noticia/2024/05/03/"
        + "-".join(title.lower().split()[:6])
        + ".ghtml"
    )
    intro = [Block("p", paragraph(rng, lang, 2, 4)) for _ in range(3)]
    qa: list[Block] = []
    for i in range(8):
        qa.append(Block("q", sentence(rng, lang, 6, 13, end="?")))
        qa.extend(Block("p", paragraph(rng, lang, 2, 4)) for _ in range(2 if i == 3 else 1))
    blocks = [*intro, Block("h2", "Leia a entrevista"), *qa]
    veja = (
        f'<div class="{cx("veja")}"><div class="{cx("vh")}">Veja também</div><ul>'
        + "".join(
            f'<li><a href="/v{i}.ghtml">{esc(phrase(random.Random(seed + 10 + i), lang))}</a></li>' for i in range(3)
        )
        + "</ul></div>"
    )
    video = (
        f'<div class="{cx("video")}"><div class="{cx("player")}" data-video-id="12587{seed}"><button aria-label="Reproduzir">▶</button></div>'
        f'<div class="{cx("vt")}">{esc(phrase(random.Random(seed + 20), lang))}</div><div class="{cx("vd")}">02:41</div></div>'
    )
    photo = (
        f'<figure class="{cx("fig")}"><img src="https://s2.example/foto.jpg" alt="{esc(guest)}"><figcaption class="{cx("cap")}">'
        f"{esc(guest)} durante entrevista — Foto: Divulgação</figcaption></figure>"
    )
    text = render(
        blocks,
        lang,
        p=f'<div class="{cx("chunk")}"><p class="{cx("p")}">{{}}</p></div>',
        q=f'<div class="{cx("chunk")}"><p class="{cx("p")}"><strong>{{}}</strong></p></div>',
        h2=f'<div class="{cx("chunk")}"><h2 class="{cx("h2")}">{{}}</h2></div>',
        after={1: photo, 2: veja, 9: video},
    )
    jl = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": f"ENTREVISTA: {title}",
        "datePublished": "2024-05-03T17:05:00.000Z",
        "dateModified": "2024-05-03T19:02:00.000Z",
        "author": [{"@type": "Person", "name": author}],
        "publisher": {"@type": "Organization", "name": "Portal Notícias"},
    }
    page = (
        head(f"{title} | São Paulo | Portal Notícias", url, lead, lang="pt-BR", site="Portal Notícias", extra=ld(jl))
        + f'<body><div id="glb-topo" class="{cx("topo")}"><a href="/" class="{cx("logo")}">Portal Notícias</a><div class="{cx("menu")}">MENU</div>'
        f'<form class="{cx("busca")}"><input placeholder="BUSCAR"></form></div><main class="{cx("main")}"><div class="{cx("hdr")}">'
        f'<div class="{cx("ed")}"><a href="/sp/sao-paulo/">São Paulo</a></div><h1 class="{cx("h1")}" itemprop="headline">{esc(title)}</h1>'
        f'<h2 class="{cx("sub")}" itemprop="alternativeHeadline">{esc(lead)}</h2>'
        f'<div class="{cx("by")}"><p class="{cx("from")}">Por {esc(author)}, g1 — São Paulo</p>'
        f'<p class="{cx("dt")}"><time itemprop="datePublished" datetime="2024-05-03T17:05:00.000Z">03/05/2024 14h05</time> '
        f'<span class="{cx("upd")}">Atualizado há 2 horas</span></p></div>'
        f'<div class="{cx("sh")}"><a>facebook</a><a>twitter</a><a>whatsapp</a><a>email</a></div></div>'
        f'<article itemprop="articleBody" class="{cx("art")}">{text}</article>'
        f'<div class="{cx("tags")}"><span>Veja mais:</span><a href="/t/entrevista">entrevista</a><a href="/t/sp">São Paulo</a></div>'
        f'<div class="{cx("feed")}"><h3>Mais do g1</h3>'
        + "".join(
            f'<div class="{cx("fi")}"><a href="/f{i}.ghtml"><p>{esc(phrase(random.Random(seed + 30 + i), lang))}</p></a><span>Há {i + 1} horas</span> <span>Em São Paulo</span></div>'
            for i in range(5)
        )
        + f'</div></main><footer class="{cx("ft")}">'
        + links(
            [
                ("/principios-editoriais", "princípios editoriais"),
                ("/privacidade", "política de privacidade"),
                ("/termos", "termos de uso"),
                ("/fale", "fale conosco"),
            ],
            " ",
        )
        + "<p>© Copyright 2000-2024 Portal Notícias. Todos os direitos reservados.</p></footer></body></html>"
    )
    return Page(url, page, title, [author], "2024-05-03T14:05:00-03:00", body_of(lead, blocks))


# ---------------------------------------------------------------- 11. Dutch public broadcaster, semantic


def nl_broadcaster() -> Page:
    """A Dutch public broadcaster's news page in semantic markup: no byline (authors []), a <time>
    in UTC shown as "vrijdag 3 mei, 14:05" (no year) with an "Aangepast" time, a video player
    whose transcript sits in a <details> "Uitgeschreven video", sub-headings, a list, a hidden
    (hidden attribute) live-update banner, "Bekijk ook" rows with dates; no JSON-LD author."""
    lang = NL
    seed = 1101
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 8, heads=2, lists=1, sents=(1, 3))
    title = phrase(rng, lang, 5, 9)
    url = "https://nieuws.omroep.example.nl/artikel/2519" + str(seed) + "-" + "-".join(title.lower().split()[:6])
    sp = spots(blocks, 2, 1)
    transcript = " ".join(sentence(random.Random(seed + 3 + i), lang) for i in range(5))
    video = (
        '<figure class="video"><div class="video-player" data-id="POW_05871234"><button class="video-play" aria-label="Afspelen">Afspelen</button>'
        '<span class="video-duration">1:48</span></div>'
        f'<figcaption class="video-caption">{esc(sentence(random.Random(seed + 2), lang, 6, 10))}</figcaption>'
        f'<details class="video-transcript"><summary>Uitgeschreven video</summary><p>{esc(transcript)}</p></details></figure>'
    )
    text = render(blocks, lang, after={sp[0]: video})
    jl = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2024-05-03T12:05:00Z",
        "dateModified": "2024-05-03T15:31:00Z",
        "publisher": {"@type": "Organization", "name": "Omroep Nieuws"},
    }
    page = (
        head(f"{title} | Omroep Nieuws", url, blocks[0].text[:160], lang="nl", site="Omroep Nieuws", extra=ld(jl))
        + '<body><a class="skiplink" href="#content">Naar de inhoud</a><header class="site-header"><a href="/" class="logo">Omroep Nieuws</a>'
        '<nav aria-label="Hoofdmenu"><ul>'
        + "".join(
            f'<li><a href="/{x.lower()}">{x}</a></li>'
            for x in ["Nieuws", "Sport", "Binnenland", "Buitenland", "Politiek", "Economie", "Regio"]
        )
        + '</ul></nav></header><div class="live-banner" hidden><p>Er is een liveblog over dit onderwerp: volg de laatste ontwikkelingen.</p></div>'
        '<main id="content"><article class="article"><header class="article-header"><p class="article-category"><a href="/binnenland">Binnenland</a></p>'
        f'<h1 class="article-title">{esc(title)}</h1><p class="article-time"><time datetime="2024-05-03T12:05:00Z">vrijdag 3 mei, 14:05</time> '
        '<span>Aangepast <time datetime="2024-05-03T15:31:00Z">17:31</time></span></p></header>'
        '<figure class="article-image"><picture><source srcset="/img/lead.webp"><img src="/img/lead.jpg" alt=""></picture>'
        '<figcaption><span class="credit">ANP</span></figcaption></figure>'
        f'<div class="article-body">{text}</div><footer class="article-footer"><ul class="share"><li><a href="#">Deel artikel</a></li></ul>'
        '<ul class="tags"><li><a href="/tag/woningmarkt">Woningmarkt</a></li><li><a href="/tag/gemeente">Gemeenten</a></li></ul></footer></article>'
        '<section class="related" aria-labelledby="bekijk-ook"><h2 id="bekijk-ook">Bekijk ook</h2><ul>'
        + "".join(
            f'<li><a href="/artikel/25190{i}"><h3>{esc(phrase(random.Random(seed + 20 + i), lang))}</h3><time datetime="2024-05-0{i + 1}T09:00:00Z">{i + 1} mei</time></a></li>'
            for i in range(3)
        )
        + '</ul></section></main><footer class="site-footer"><ul>'
        + "".join(
            f'<li><a href="/{x.lower()}">{x}</a></li>'
            for x in ["Over", "Contact", "Tips", "Privacy", "Cookies", "Toegankelijkheid"]
        )
        + "</ul></footer></body></html>"
    )
    return Page(url, page, title, [], "2024-05-03T14:05:00+02:00", body_of(blocks))


# ---------------------------------------------------------------- 12. Polish portal, div soup


def pl_portal() -> Page:
    """A Polish news portal (div soup): a long story cut by "REKLAMA" slots, "Zobacz też:" lines in
    <p><strong>, two teaser cards with image, title and lead, a display:none app promo inside the
    text, a list and sub-headings, "Autor: A" with "Źródło: PAP", "3 maja 2024, 14:05" and
    "Aktualizacja", "Najczęściej czytane" sidebar, a comments button with a count."""
    lang = PL
    seed = 1201
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 20, heads=3, lists=1)
    title = phrase(rng, lang, 6, 10)
    lead = sentence(rng, lang, 12, 20)
    author = names(seed, lang, 1)[0]
    url = "https://wiadomosci.portal.example.pl/" + "-".join(title.lower().split()[:6]) + "-7012345678901a"
    sp = spots(blocks, 2, 1)

    def card(i: int) -> str:
        r = random.Random(seed + 40 + i)
        return (
            f'<div class="art-teaser-card"><a href="/t{i}"><div class="atc-img"><img src="/i/t{i}.jpg" alt=""></div><div class="atc-txt">'
            f'<div class="atc-title">{esc(phrase(r, lang))}</div><div class="atc-lead">{esc(sentence(r, lang, 10, 16))}</div></div></a></div>'
        )

    ad = '<div class="reklama-box"><div class="reklama-label">REKLAMA</div><div class="adslot"></div></div>'
    after = {
        sp[0]: ad,
        sp[1]: f'<p><strong>Zobacz też: <a href="/z1">{esc(phrase(random.Random(seed + 1), lang))}</a></strong></p>',
        sp[2]: card(0),
        sp[3]: ad,
        sp[
            4
        ]: '<div class="app-promo" style="display:none"><p>Pobierz naszą aplikację i czytaj najważniejsze wiadomości jako pierwszy.</p></div>'
        f'<p><strong>Zobacz też: <a href="/z2">{esc(phrase(random.Random(seed + 2), lang))}</a></strong></p>',
        sp[5]: ad,
        sp[6]: card(1),
    }
    if len(sp) > 7:
        after[sp[7]] = ad
    text = render(blocks, lang, h2='<h2 class="art-sub">{}</h2>', after=after)
    page = (
        head(
            f"{title} - Wiadomości Portal",
            url,
            lead,
            lang="pl",
            site="Wiadomości Portal",
            extra='<meta property="article:published_time" content="2024-05-03T14:05:00+02:00"><meta property="article:modified_time" content="2024-05-03T16:40:00+02:00">',
        )
        + '<body><div class="page"><div class="top-header"><div class="logo"><a href="/">Wiadomości Portal</a></div><div class="top-menu">'
        + links([(f"/{x.lower()}", x) for x in ["Kraj", "Świat", "Biznes", "Sport", "Pogoda", "Zdrowie", "Tech"]], " ")
        + '</div></div><div class="wrapper"><div class="content-left"><div class="art-header">'
        f'<div class="art-breadcrumbs"><a href="/">Wiadomości</a> / <a href="/kraj">Kraj</a></div><h1 class="art-title">{esc(title)}</h1>'
        f'<div class="art-info"><div class="art-author">Autor: <a href="/autor/{author.split()[1].lower()}">{esc(author)}</a></div><div class="art-source">Źródło: PAP</div>'
        '<div class="art-date">3 maja 2024, 14:05</div><div class="art-update">Aktualizacja: 3 maja 2024, 16:40</div>'
        '<div class="art-comments-btn"><a href="#komentarze">Komentarze <span>(152)</span></a></div></div></div>'
        f'<div class="art-lead">{esc(lead)}</div>'
        f'<div class="art-photo"><img src="/i/lead.jpg" alt=""><div class="art-photo-desc">{esc(sentence(random.Random(seed + 3), lang, 6, 10))} '
        '<span class="art-photo-src">Fot. PAP/Leszek Szymański</span></div></div>'
        f'<div class="art-body">{text}</div>'
        '<div class="art-tags">Tagi: <a href="/tag/samorzad">samorząd</a> <a href="/tag/budzet">budżet</a> <a href="/tag/transport">transport</a></div>'
        '<div class="art-share">Udostępnij: <a>Facebook</a> <a>X</a> <a>Link</a></div>'
        '<div id="komentarze" class="comments-box"><button class="comments-open">Zobacz komentarze (152)</button></div>'
        '<div class="polecane"><div class="pol-title">Polecane</div>'
        + "".join(
            f'<div class="pol-item"><a href="/p{i}">{esc(phrase(random.Random(seed + 60 + i), lang))}</a></div>'
            for i in range(4)
        )
        + '</div></div><div class="content-right"><div class="most-read"><div class="mr-title">Najczęściej czytane</div><ol>'
        + "".join(f'<li><a href="/n{i}">{esc(phrase(random.Random(seed + 70 + i), lang))}</a></li>' for i in range(5))
        + '</ol></div><div class="reklama-box"><div class="reklama-label">REKLAMA</div></div></div></div>'
        '<div class="footer">'
        + links(
            [
                ("/regulamin", "Regulamin"),
                ("/polityka-prywatnosci", "Polityka prywatności"),
                ("/kontakt", "Kontakt"),
                ("/reklama", "Reklama"),
            ],
            " | ",
        )
        + "<div>Copyright © 2024 Wiadomości Portal Sp. z o.o.</div></div></div></body></html>"
    )
    return Page(url, page, title, [author], "2024-05-03T14:05:00+02:00", body_of(lead, blocks))


# ---------------------------------------------------------------- 13. Turkish news, CSS-in-JS


def tr_news() -> Page:
    """A Turkish news site (hashed classes): two author cards with photo and link, "Yayınlanma:
    03.05.2024 - 14:05 | Güncelleme: 04.05.2024 - 10:22", a photo gallery with captions, an inline
    style="display:none" print summary inside the body, "İlgili Haber" boxes, JSON-LD articleBody
    from an older version (one paragraph since removed), og:title with " - Site", tags, related
    news with dates."""
    cx = hashed("haber-tr")
    lang = TR
    seed = 1301
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 12, heads=1, quotes=1)
    title = phrase(rng, lang, 5, 9)
    lead = sentence(rng, lang, 12, 20)
    people = names(seed, lang, 2)
    url = "https://www.gundemhaber.example.com.tr/gundem/" + "-".join(title.lower().split()[:6]) + "-1057321"
    sp = spots(blocks, 3, 1)
    removed = paragraph(random.Random(seed + 9), lang)
    old = [b.text for b in blocks if b.kind == "p"]
    old.insert(4, removed)
    gallery = (
        f'<div class="{cx("gal")}"><div class="{cx("galh")}">Foto Galeri</div>'
        + "".join(
            f'<div class="{cx("gi")}"><img src="/foto/g{i}.jpg" alt=""><p class="{cx("gc")}">{esc(sentence(random.Random(seed + 20 + i), lang, 6, 11))}</p><span class="{cx("gn")}">{i + 1}/3</span></div>'
            for i in range(3)
        )
        + "</div>"
    )
    after = {
        sp[
            0
        ]: f'<div class="{cx("ilgili")}"><span>İlgili Haber</span><a href="/gundem/x-1057001">{esc(phrase(random.Random(seed + 1), lang))}</a></div>',
        sp[1]: gallery,
        sp[
            2
        ]: f'<div class="{cx("print")}" style="display:none"><p>Özet: {esc(sentence(random.Random(seed + 2), lang, 12, 18))}</p></div>'
        f'<div class="{cx("ilgili")}"><span>İlgili Haber</span><a href="/gundem/y-1057002">{esc(phrase(random.Random(seed + 3), lang))}</a></div>',
    }
    text = render(
        blocks,
        lang,
        p=f'<p class="{cx("p")}">{{}}</p>',
        h2=f'<h3 class="{cx("h")}">{{}}</h3>',
        quote=f'<blockquote class="{cx("bq")}"><p>{{}}</p></blockquote>',
        after=after,
    )
    jl = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": lead,
        "articleBody": "\n".join(old),
        "datePublished": "2024-05-03T14:05:00+03:00",
        "dateModified": "2024-05-04T10:22:00+03:00",
        "author": [{"@type": "Person", "name": p} for p in people],
    }
    cards = "".join(
        f'<a class="{cx("auc")}" href="/yazar/{p.split()[0].lower()}"><img src="/yazar/{i}.jpg" alt="{esc(p)}"><span class="{cx("aun")}">{esc(p)}</span></a>'
        for i, p in enumerate(people)
    )
    page = (
        head(f"{title} - Gündem Haber", url, lead, lang="tr", site="Gündem Haber", extra=ld(jl))
        + f'<body><div class="{cx("app")}"><header class="{cx("hd")}"><a href="/" class="{cx("logo")}">Gündem Haber</a><nav class="{cx("nav")}">'
        + links([(f"/{x.lower()}", x) for x in ["Gündem", "Ekonomi", "Dünya", "Spor", "Yaşam", "Sağlık", "Teknoloji"]])
        + f'</nav><div class="{cx("fx")}">DOLAR 32,41 · EURO 34,78 · ALTIN 2.412</div></header><main class="{cx("mn")}"><div class="{cx("art")}">'
        f'<div class="{cx("bc")}"><a href="/">Anasayfa</a> › <a href="/gundem">Gündem</a></div><h1 class="{cx("h1")}">{esc(title)}</h1>'
        f'<h2 class="{cx("spot")}">{esc(lead)}</h2><div class="{cx("aus")}">{cards}</div>'
        f'<div class="{cx("dates")}"><span>Yayınlanma: 03.05.2024 - 14:05</span> | <span>Güncelleme: 04.05.2024 - 10:22</span></div>'
        f'<div class="{cx("sh")}"><a>Paylaş</a><a>Yorum yap (18)</a><a>Google Haberler’de takip et</a></div>'
        f'<figure class="{cx("fig")}"><img src="/foto/ana.jpg" alt=""><figcaption>Fotoğraf: AA</figcaption></figure>'
        f'<div class="{cx("body")}">{text}</div>'
        f'<div class="{cx("tags")}">Etiketler: <a href="/etiket/belediye">belediye</a> <a href="/etiket/butce">bütçe</a> <a href="/etiket/ulasim">ulaşım</a></div>'
        f'<div class="{cx("rel")}"><h3>İlgili Haberler</h3>'
        + "".join(
            f'<div class="{cx("ri")}"><a href="/r{i}"><span>{esc(phrase(random.Random(seed + 40 + i), lang))}</span></a><time>0{i + 1}.05.2024</time></div>'
            for i in range(3)
        )
        + f'</div></div><aside class="{cx("side")}"><h3>Çok Okunanlar</h3><ol>'
        + "".join(f'<li><a href="/c{i}">{esc(phrase(random.Random(seed + 50 + i), lang))}</a></li>' for i in range(5))
        + f'</ol></aside></main><footer class="{cx("ft")}">'
        + links(
            [("/kunye", "Künye"), ("/gizlilik", "Gizlilik Politikası"), ("/kvkk", "KVKK"), ("/iletisim", "İletişim")],
            " ",
        )
        + "<p>Tüm hakları saklıdır © 2024 Gündem Haber</p></footer></div></body></html>"
    )
    return Page(url, page, title, people, "2024-05-03T14:05:00+03:00", body_of(lead, blocks))


# ---------------------------------------------------------------- 14. Japanese national news, semantic


def ja_news() -> Page:
    """A Japanese national news site in semantic markup: no spaces between words, "2024年5月3日 14時05分"
    in a <time> with +09:00, only the agency (共同通信) named, og:title with "：Site", sub-headings
    with ■, a <noscript> image fallback, a "関連記事" list with dates, ranking sidebar; no JSON-LD."""
    lang = JA
    seed = 1401
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 9, heads=2, sents=(2, 4))
    for b in blocks:
        if b.kind == "h2":
            b.text = "■" + b.text
    title = phrase(rng, lang, 5, 9)
    url = "https://www.nippon-shimbun.example.jp/articles/20240503/k1001" + str(seed)
    sp = spots(blocks, 3, 1)
    ad = '<div class="ad-inread" aria-label="広告"><span>広告</span></div>'
    text = render(blocks, lang, p='<p class="body-text">{}</p>', h2='<h2 class="body-title">{}</h2>', after={sp[0]: ad})
    page = (
        head(
            f"{title}：日本新聞デジタル",
            url,
            blocks[0].text[:80],
            lang="ja",
            site="日本新聞デジタル",
            extra='<meta property="article:published_time" content="2024-05-03T14:05:00+09:00">',
        )
        + '<body><header class="site-header"><a class="logo" href="/">日本新聞デジタル</a><nav><ul>'
        + "".join(
            f'<li><a href="/{i}">{x}</a></li>'
            for i, x in enumerate(["社会", "政治", "経済", "国際", "スポーツ", "科学", "地域"])
        )
        + '</ul></nav></header><main><article class="news-article"><header><p class="category"><a href="/0">社会</a></p>'
        f'<h1 class="news-title">{esc(title)}</h1><p class="news-meta"><time datetime="2024-05-03T14:05:00+09:00">2024年5月3日 14時05分</time>'
        ' <span class="news-agency">共同通信</span></p>'
        '<ul class="share"><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">はてな</a></li></ul></header>'
        '<figure class="news-photo"><img class="lazyload" data-src="/photo/lead.jpg" alt=""><noscript><img src="/photo/lead.jpg" alt=""></noscript>'
        f"<figcaption>{esc(sentence(random.Random(seed + 2), lang, 5, 8))}（共同）</figcaption></figure>"
        f'<section class="news-body">{text}</section>'
        '<footer><section class="related"><h2>関連記事</h2><ul>'
        + "".join(
            f'<li><a href="/r{i}">{esc(phrase(random.Random(seed + 20 + i), lang))}</a><time>5月{i + 1}日</time></li>'
            for i in range(4)
        )
        + '</ul></section><p class="copyright">Copyright 2024 Kyodo News. All Rights Reserved.</p></footer></article>'
        '<aside class="ranking"><h2>アクセスランキング</h2><ol>'
        + "".join(f'<li><a href="/k{i}">{esc(phrase(random.Random(seed + 30 + i), lang))}</a></li>' for i in range(5))
        + '</ol></aside></main><footer class="site-footer"><ul><li><a href="/about">会社案内</a></li><li><a href="/privacy">個人情報保護方針</a></li>'
        '<li><a href="/terms">利用規約</a></li><li><a href="/contact">お問い合わせ</a></li></ul><p>© 日本新聞デジタル</p></footer></body></html>'
    )
    return Page(url, page, title, ["共同通信"], "2024-05-03T14:05:00+09:00", body_of(blocks))


# ---------------------------------------------------------------- 15. Arabic news, right to left, div soup


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_news() -> Page:
    """An Egyptian news site, right to left (div soup): "كتب: A" byline, "الجمعة 3 مايو 2024 02:05 م"
    (12-hour clock, م = afternoon) with the offset only in JSON-LD, "اقرأ أيضا:" links between
    paragraphs, an embedded Instagram post, a pull quote repeated from the text, tags, related news
    with Arabic-Indic dates, a most-read block."""
    lang = AR
    seed = 1501
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 11, heads=1)
    title = phrase(rng, lang, 5, 9)
    author = names(seed, lang, 1)[0]
    url = "https://www.alyoum-news.example.eg/News/2024/5/3/" + str(6512000 + seed)
    sp = spots(blocks, 3, 1)
    after = {
        sp[
            0
        ]: f'<div class="read-also"><span>اقرأ أيضا:</span> <a href="/News/r1">{esc(phrase(random.Random(seed + 1), lang))}</a></div>',
        sp[
            1
        ]: '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C6xyz/"><div><a href="https://www.instagram.com/p/C6xyz/">عرض هذا المنشور على Instagram</a></div>'
        f"<p>{esc(sentence(random.Random(seed + 2), lang, 8, 14))}</p></blockquote>",
        sp[
            2
        ]: f'<div class="quote-box"><span class="q-mark">“</span>{esc(blocks[sp[2]].text.split(".")[0])}<span class="q-mark">”</span></div>'
        f'<div class="read-also"><span>اقرأ أيضا:</span> <a href="/News/r2">{esc(phrase(random.Random(seed + 3), lang))}</a></div>',
    }
    text = render(blocks, lang, p="<p>{}</p>", h2='<h3 class="sub-title">{}</h3>', after=after)
    jl = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2024-05-03T14:05:00+03:00",
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": "اليوم نيوز"},
    }
    page = (
        head(
            f"{title} - اليوم نيوز",
            url,
            blocks[0].text[:150],
            lang="ar",
            dirattr=' dir="rtl"',
            site="اليوم نيوز",
            extra=ld(jl),
        )
        + '<body class="rtl"><div class="main-wrap"><div class="header"><div class="logo"><a href="/">اليوم نيوز</a></div><div class="nav-menu">'
        + links(
            [
                (f"/Section/{i}", x)
                for i, x in enumerate(["الرئيسية", "أخبار مصر", "عربي ودولي", "اقتصاد", "رياضة", "فن", "محافظات"])
            ],
            " ",
        )
        + '</div></div><div class="page-body"><div class="right-col"><div class="news-head">'
        '<div class="sec-name"><a href="/Section/1">أخبار مصر</a></div>'
        f'<h1 class="news-title">{esc(title)}</h1><div class="news-writer">كتب: <a href="/Writer/55">{esc(author)}</a></div>'
        '<div class="news-date">الجمعة 3 مايو 2024 02:05 م</div><div class="share-row"><a>فيسبوك</a> <a>تويتر</a> <a>واتساب</a></div></div>'
        f'<div class="news-img"><img src="/Upload/lead.jpg" alt=""><div class="img-cap">{esc(sentence(random.Random(seed + 4), lang, 4, 8))}</div></div>'
        f'<div class="news-text" id="NewsStory">{text}</div>'
        '<div class="news-tags"><span>الكلمات المفتاحية</span> <a href="/Tag/1">الحكومة</a> <a href="/Tag/2">الميزانية</a> <a href="/Tag/3">النقل</a></div>'
        '<div class="related-news"><div class="box-title">أخبار متعلقة</div>'
        + "".join(
            f'<div class="rel-item"><a href="/News/x{i}">{esc(phrase(random.Random(seed + 20 + i), lang))}</a><span class="rel-date">{str(i + 1).translate(AR_DIGITS)} مايو ٢٠٢٤</span></div>'
            for i in range(3)
        )
        + '</div></div><div class="left-col"><div class="most-read"><div class="box-title">الأكثر قراءة</div><ul>'
        + "".join(
            f'<li><a href="/News/m{i}">{esc(phrase(random.Random(seed + 30 + i), lang))}</a></li>' for i in range(5)
        )
        + '</ul></div></div></div><div class="footer"><p>جميع الحقوق محفوظة لـ اليوم نيوز ٢٠٢٤</p>'
        + links([("/about", "من نحن"), ("/contact", "اتصل بنا"), ("/privacy", "سياسة الخصوصية")], " | ")
        + "</div></div></body></html>"
    )
    return Page(url, page, title, [author], "2024-05-03T14:05:00+03:00", body_of(blocks))


# ---------------------------------------------------------------- 16. Indonesian portal, div soup


def id_portal(variant: int) -> Page:
    """An Indonesian news portal (div soup): the "JAKARTA, KOMPAS.com -"-style opener inside the first
    paragraph, "Baca juga:" lines as <p><strong> every two or three paragraphs, "Penulis: A |
    Editor: B" (only the writer is an author), "Jumat, 3 Mei 2024 14:05 WIB", a WhatsApp-channel
    promo and a "Simak breaking news" line at the end of the text, a "Halaman 1 / 2" pager
    (variant 1: the story continues on page 2, not part of this page), tags, "Berita Terkait"."""
    lang = ID
    seed = 1601 + variant
    rng = random.Random(f"head-{seed}")  # headline material: not the story's stream
    blocks = story(lang, seed, 10 if variant == 0 else 7, heads=variant, sents=(2, 4))
    title = phrase(rng, lang, 6, 10)
    city = ["JAKARTA", "SURABAYA"][variant]
    blocks[0].text = f"{city}, KABARNUSA.com - " + blocks[0].text
    writer, editor = names(seed, lang, 2)
    day, pub = [
        ("Jumat, 3 Mei 2024 14:05 WIB", "2024-05-03T14:05:00+07:00"),
        ("Senin, 22 April 2024 08:15 WIB", "2024-04-22T08:15:00+07:00"),
    ][variant]
    url = (
        f"https://{'nasional' if variant == 0 else 'regional'}.kabarnusa.example.co.id/read/{['2024/05/03', '2024/04/22'][variant]}/{14050000 + seed}/"
        + "-".join(title.lower().split()[:6])
    )
    baca = spots(blocks, 2 + variant, 1)
    after = {
        i: f'<p><strong>Baca juga: <a href="/read/2024/05/0{k}/x{k}">{esc(phrase(random.Random(seed + 10 + k), lang))}</a></strong></p>'
        for k, i in enumerate(baca[:4])
    }
    text = render(blocks, lang, after=after)
    promo = (
        '<div class="wa-promo"><p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita KabarNusa.com WhatsApp Channel: '
        '<a href="https://www.whatsapp.com/channel/x">https://www.whatsapp.com/channel/x</a>. Pastikan kamu sudah install aplikasi WhatsApp ya.</p></div>'
    )
    pager = (
        '<div class="paging"><span class="paging__title">Halaman:</span> <a class="paging__link paging__link--active">1</a> <a class="paging__link" href="?page=2">2</a> '
        '<a class="paging__link paging__link--next" href="?page=2">Selanjutnya</a></div>'
        if variant == 1
        else ""
    )
    page = (
        head(
            f"{title} Halaman all - KabarNusa.com" if variant == 0 else f"{title} Halaman 1 - KabarNusa.com",
            url,
            blocks[0].text[:150],
            lang="id",
            site="KabarNusa.com",
            extra=f'<meta name="content_PublishedDate" content="{pub[:10]} {pub[11:19]}"><meta name="content_author" content="{esc(writer)}">'
            f'<meta name="content_editor" content="{esc(editor)}"><meta property="article:published_time" content="{pub}">',
        )
        + '<body><div class="wrap"><div class="header"><div class="logo"><a href="/">KabarNusa.com</a></div><div class="nav">'
        + links(
            [
                (f"/{x.lower()}", x)
                for x in ["News", "Nasional", "Regional", "Megapolitan", "Global", "Money", "Tekno", "Bola"]
            ],
            " ",
        )
        + '</div></div><div class="container"><div class="col-bs10-7"><div class="read__header">'
        f'<div class="breadcrumb"><a href="/">Home</a> » <a href="/nasional">Nasional</a></div><h1 class="read__title">{esc(title)}</h1></div>'
        f'<div class="photo"><img src="/data/photo/2024/lead.jpg" alt=""><div class="photo__caption">{esc(sentence(random.Random(seed + 3), lang, 8, 13))}</div>'
        f'<div class="photo__author">KABARNUSA.com/{esc(names(seed + 4, lang, 1)[0].upper())}</div></div>'
        f'<div class="read__credit"><div class="credit-title-name">Penulis: <a href="/penulis/{writer.split()[0].lower()}">{esc(writer)}</a></div>'
        f'<div class="credit-title-name">Editor: {esc(editor)}</div></div><div class="read__time">KabarNusa.com - {day}</div>'
        '<div class="social--inline"><a>Bagikan artikel ini melalui</a> <a>Facebook</a> <a>WhatsApp</a> <a>X</a> <a>Copy link</a></div>'
        f'<div class="read__content"><div class="clearfix">{text}{pager}{promo}</div></div>'
        '<div class="tag"><div class="tag__title">Tag</div><ul><li><a href="/tag/dprd">DPRD</a></li><li><a href="/tag/anggaran">anggaran</a></li></ul></div>'
        '<div class="bottom-nl"><p>Dapatkan update berita pilihan dan breaking news setiap hari dari KabarNusa.com. Mari bergabung di Grup Telegram.</p></div>'
        '<div class="related"><div class="related__title">Berita Terkait</div>'
        + "".join(
            f'<div class="related__item"><a href="/read/r{i}"><h4>{esc(phrase(random.Random(seed + 30 + i), lang))}</h4></a><span>0{i + 1}/05/2024, 10:0{i} WIB</span></div>'
            for i in range(4)
        )
        + '</div></div><div class="col-bs10-3"><div class="most"><div class="most__title">Terpopuler</div><ol>'
        + "".join(
            f'<li><a href="/read/p{i}">{esc(phrase(random.Random(seed + 40 + i), lang))}</a></li>' for i in range(5)
        )
        + '</ol></div></div></div><div class="footer">'
        + links(
            [
                ("/about", "About"),
                ("/pedoman", "Pedoman Media Siber"),
                ("/kebijakan", "Kebijakan Data Pribadi"),
                ("/kontak", "Kontak"),
            ],
            " ",
        )
        + "<p>Copyright 2008 - 2024 PT. KabarNusa Media. All Rights Reserved.</p></div></div></body></html>"
    )
    return Page(url, page, title, [writer], pub, body_of(blocks))


# ---------------------------------------------------------------- main


# page id -> (maker, one line: kind, language, hard parts)
Templates = dict[str, tuple[Callable[[], Page], str]]

TEMPLATES: Templates = {
    "us-national-en-1": (
        lambda: us_national(0),
        "US national daily, hashed classes, long; Related: lines, ads, newsletter, card; ET date past UTC midnight",
    ),
    "us-national-en-2": (
        lambda: us_national(1),
        "same template, other seed: three authors, 'April 18, 2024 at 2:05 p.m. ET'",
    ),
    "tech-news-en": (
        tech_news,
        "tech news, styled-components; cookie dialog, tweets, pull quote; only 'Updated' shown, published in meta",
    ),
    "uk-magazine-en": (
        uk_magazine,
        "UK weekly long read, semantic; drop cap, pull quotes, gallery, noscript, bio box, no JSON-LD",
    ),
    "de-regional-de": (
        de_regional,
        "German regional, div soup; Lesen Sie auch, Anzeige, Bildergalerie, newsletter; JSON-LD old articleBody",
    ),
    "de-paywall-de": (
        de_paywall,
        "German national, hashed; paywall after 3 paragraphs, full text only in JSON-LD, kicker in h1 span",
    ),
    "fr-daily-fr": (
        fr_daily,
        "French daily, semantic; Lire aussi catchers, Instagram embed, 'Par A (avec AFP)', modifié date",
    ),
    "es-live-es": (
        es_live,
        "Spanish live blog, hashed; timestamped entries, tweet, entry authors, LiveBlogPosting JSON-LD",
    ),
    "es-wordpress-ar-1": (
        lambda: es_wordpress(0),
        "Argentine WordPress, semantic; Jetpack related + share inside entry-content, author box, Yoast",
    ),
    "es-wordpress-ar-2": (
        lambda: es_wordpress(1),
        "same template, other seed: pull quote block, 'Fuente: Télam', no author box",
    ),
    "it-agency-it-1": (
        lambda: it_agency(0),
        "Italian agency, div soup, short; (ANI) opener, agency author, video box, Ultima ora list",
    ),
    "it-agency-it-2": (lambda: it_agency(1), "same template, other seed: <br><br> paragraphs, subtitle"),
    "pt-interview-br": (
        pt_interview,
        "Brazilian portal Q&A, hashed; bold questions, Veja também, video, UTC time vs local day",
    ),
    "nl-broadcaster-nl": (
        nl_broadcaster,
        "Dutch broadcaster, semantic; no author, no year shown, video transcript in details, hidden banner",
    ),
    "pl-portal-pl": (
        pl_portal,
        "Polish portal, div soup, long; REKLAMA, Zobacz też, teaser cards, display:none promo, Źródło: PAP",
    ),
    "tr-news-tr": (
        tr_news,
        "Turkish news, hashed; two author cards, gallery, display:none summary, JSON-LD older articleBody",
    ),
    "ja-news-ja": (ja_news, "Japanese national, semantic; no spaces, agency only, ■ sub-headings, noscript image"),
    "ar-news-eg": (
        ar_news,
        "Egyptian news RTL, div soup; كتب byline, 12-hour م date, Instagram embed, pull quote, اقرأ أيضا",
    ),
    "id-portal-id-1": (
        lambda: id_portal(0),
        "Indonesian portal, div soup; Baca juga lines, Penulis/Editor, WIB date, WhatsApp promo in text",
    ),
    "id-portal-id-2": (lambda: id_portal(1), "same template, other seed: page 1 of 2 with pager, sub-heading"),
}


def write(folder: Path, templates: Templates = TEMPLATES) -> None:
    """The pages and truth.jsonl of every template into `folder`."""
    records = []
    for name, (make, note) in sorted(templates.items()):
        page = make()
        (folder / f"{name}.html").write_text(page.html, encoding="utf-8")
        records.append(
            {
                "id": name,
                "file": f"{name}.html",
                "url": page.url,
                "title": page.title,
                "authors": page.authors,
                "published": page.published,
                "body": page.body,
                "labelled": ["title", "authors", "published", "body"],
                "template": name,
                "notes": note,
            }
        )
    with (folder / "truth.jsonl").open("w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def score(folder: Path, command: str) -> tuple[str, list[dict]]:
    """Score the pages in `folder` with the shared scorer and `command` as --batch-cmd: its SUMMARY
    line and per-page rows (also written to folder/score.json, predictions to folder/predictions.jsonl)."""
    scores = folder / "score.json"
    scores.unlink(missing_ok=True)
    cmd = [
        str(SHARED / "scoring" / "score"),
        *("--corpus", str(folder), "--batch-cmd", command),
        *("--n-bootstrap", "0", "--json-out", str(scores), "--save-predictions", str(folder / "predictions.jsonl")),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if not scores.exists():
        sys.exit(done.stderr[-2000:])
    return summary(done.stdout + done.stderr), json.loads(scores.read_text(encoding="utf-8"))["per_page"]


def _f(x: object, width: int = 6) -> str:
    return f"{x:>{width}.2f}" if isinstance(x, int | float) and not isinstance(x, bool) else f"{'-':>{width}}"


def _ok(x: object) -> str:
    return f"{'-':>6}" if x is None else f"{'yes' if x else 'NO':>6}"


def main(templates: Templates = TEMPLATES) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="write the pages, truth, predictions and scores here")
    parser.add_argument("--batch-cmd", default=EXTRACT, help="extractor to score (default: autocrawl extract --jsonl)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        write(folder, templates)
        line, rows = score(folder, args.batch_cmd)
        print(line)
        print(f"{'page':<20}{'body P':>7}{'R':>6}{'F1':>6}{'title':>7}{'auth':>6}{'date':>6}")
        for row in rows:
            print(
                f"{row['id']:<20} {_f(row.get('body_p'))}{_f(row.get('body_r'))}{_f(row.get('body_f1'))} "
                f"{_ok(row.get('title_ok'))}{_f(row.get('authors_f1'))}{_ok(row.get('published_ok'))}"
            )


if __name__ == "__main__":
    main()
