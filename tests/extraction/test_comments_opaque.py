"""Comments and their reply parents survive opaque class names: fixture threads with every class
token and id replaced by a hash-like token (bench/opaque.py, as CSS-in-JS sites ship them), so no
rule keyed on "comment", "reply" or "depth" in markup can find them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from autocrawl.extraction import extract_comments
from autocrawl.extraction.comments.unmarked import may_hold_unmarked_thread
from bench.opaque import opaque_html, opaque_token

THREADS = Path(__file__).resolve().parent / "threads"
# nested lists, nested replies under a list item, flat items nested by <ul>, indentation by a spacer,
# Blogger's reply lists, and permalink pages (found before opaque names were handled); replies nested
# as custom elements inside their parent's box (Reddit's, Lemmy's <details>); a permalink page whose
# comment only its link to the page itself names; a thread dated in Arabic-Indic digits; a flat
# forum dated by permalink spans, its replies linking to anchors without digits; dates shown
# shortened, written out in a title; comments after a one-off box of their own tag (a sort bar),
# whose generated class looks like an id as the comments' does; replies that name whom they answer
# in bold ("in risposta a <b>Ann</b>") above posters named in plain spans; a forum's posts in its
# moderation form, rows striped by two classes, each headed by its poster's name linking to a
# profile, times with seconds; a members' platform heading each comment with its writer's name
# (no link), its comments named in a data attribute only; a comment widget dated only by ages
# ("2 hours ago") on a page that gives no date of its own to count them back from; a byline holding
# the poster's name (its link tied to the user by a data attribute) and a link to the comment answered;
# a mailing-list archive whose messages each link to their own page ("Permalink", "Raw"); a forum of
# posts in tables, one wrapper after them empty; a widget whose replies, in a list inside each
# comment, carry other classes than the comments and the same <time>; a fediverse thread, posters
# named by links to "/@name@host" and their replies opening with a mention; a social plugin whose
# generated classes recur on an inner wrapper of each comment; a forum whose replies link to the
# anchor on the post's box while its text column is what reads as the item; a self-hosted widget
# whose posters are links where they gave a website and plain spans where not, one generated class;
# a widget whose one class is on every element and whose reply wrappers carry a class per depth
CASES = [
    ("", "nested-list-forum"),
    ("", "table-indent-item"),
    ("", "permalink-replies"),
    ("more2", "07-de-leserkommentare"),
    ("more3", "city-news-ru"),
    ("more3", "blogger-threaded-en"),
    ("", "reddit-new-thread"),
    ("more2", "04-lemmy-details-tree"),
    ("", "table-comment-permalink"),
    ("more3", "news-rtl-ar"),
    ("", "flat-reply-to-forum"),
    ("more3", "substack-comments-en"),
    ("more5", "arrow-links-nl"),
    ("more5", "named-replies-it"),
    ("more5", "quote-forum-tr"),
    ("more3", "ghost-members-en"),
    ("more", "commento-en"),
    ("more", "disqus-embed"),
    ("more3", "mail-archive-en"),
    ("more", "vbulletin-quote-fr"),
    ("more", "giscus-en"),
    ("more2", "05-mastodon-thread"),
    ("more", "facebook-plugin-es"),
    ("more2", "02-discourse-topic"),
    ("more", "isso-de"),
    ("more", "coral-stream-en"),
]


def _truth(folder: Path, page_id: str) -> dict:
    lines = (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    return next(t for t in map(json.loads, lines) if t["id"] == page_id)


@pytest.mark.parametrize(("sub", "page_id"), CASES, ids=[c[1] for c in CASES])
def test_opaque_thread_keeps_comments_and_parents(sub: str, page_id: str) -> None:
    folder = THREADS / sub if sub else THREADS
    truth = _truth(folder, page_id)
    page = extract_comments(opaque_html((folder / truth["file"]).read_bytes()), truth["url"])
    assert len(page.comments) == len(truth["comments"])
    assert [c.author for c in page.comments] == [c["author"] for c in truth["comments"]]
    assert [c.parent for c in page.comments] == [c["parent"] for c in truth["comments"]]


def test_opaque_renames_classes_ids_and_their_references_only() -> None:
    page = (
        b'<div class="comment depth-2" id="comment-5" itemprop="comment" data-parent="comment-4">'
        b'<a href="#comment-4">x</a><label for="comment-5">y</label><a name="comment-4"></a>'
        b'<script type="application/ld+json">{"@type": "Comment"}</script></div>'
    )
    out = opaque_html(page).decode()
    c5, c4 = opaque_token("comment-5"), opaque_token("comment-4")
    assert f'class="{opaque_token("comment")} {opaque_token("depth-2")}"' in out
    assert f'id="{c5}"' in out and f'for="{c5}"' in out
    assert f'href="#{c4}"' in out and f'name="{c4}"' in out and f'data-parent="{c4}"' in out
    assert 'itemprop="comment"' in out and '{"@type": "Comment"}' in out


def _custom_element_comment(n: int, name: str, words: str, replies: str = "") -> str:
    return (
        f'<talk-comment author="{name}"><div class="k3f9a"><a href="/u/{name}" class="q81c2">{name}</a>'
        f'<time datetime="2024-05-0{n}T10:00:00Z">{n}h</time></div>'
        f'<div class="m0x7d"><p>{words}</p></div><div class="r5t1e"><button>Reply</button></div>'
        f'<div class="z9w2b">{replies}</div></talk-comment>'
    )


def test_comment_holding_custom_element_replies_keeps_its_text_and_children() -> None:
    """A comment whose replies are custom elements nested in its own box (hashed classes, no depth or
    text class to read): the replies' words are no inline prose of the parent, so the parent keeps
    its own paragraph as text and stays a comment, and each reply is tied to it by nesting."""
    deep = _custom_element_comment(3, "carla_m", "Same here, the survey was never published anywhere.")
    reply = _custom_element_comment(2, "bruno_k", "The council said the survey costs too much for now.", deep)
    other = _custom_element_comment(4, "dora_p", "Has anyone asked the engineers about the old piers?")
    top = _custom_element_comment(1, "anna_l", "Nobody explained why the bridge needs a new survey.", reply)
    html = (
        "<html><body><main><article><h1>Bridge budget</h1><p>Text.</p></article>"
        f'<section class="t7y2u">{top}{other}</section></main></body></html>'
    ).encode()
    page = extract_comments(html, "https://forum.example/t/bridge-budget")
    assert [c.author for c in page.comments] == ["anna_l", "bruno_k", "carla_m", "dora_p"]
    assert [c.parent for c in page.comments] == [None, 0, 1, None]
    assert page.comments[0].text == "Nobody explained why the bridge needs a new survey."


def _row(name: str, when: str, item: str, words: str, indent: int | None, extra: str = "") -> str:
    spacer = "" if indent is None else f'<img src="/s.gif" height="1" width="{indent}">'
    return (
        f'<tr class="a1b2c3"><td>{spacer}</td><td class="d4e5f6">'
        f'<span class="g7h8i9"><a href="user?id={name}">{name}</a> <a href="item?id={item}">{when}</a>{extra}</span>'
        f'<div class="j0k1l2"><span class="m3n4o5">{words}</span></div></td></tr>'
    )


def test_permalink_page_comment_found_by_its_link_to_the_page_itself() -> None:
    """A permalink page whose ids are generated: the comment it is about stands above the reply rows
    in their markup (tag and a class), and only its link to the page itself (the URL's id) names it.
    Its words are read where the replies' stand, not its "parent | on: title" line; the replies
    that answer nothing else answer it."""
    focus = _row(
        "olga_r", "2024-05-03 08:00", "70512", "The old ferry schedule worked better for commuters.", None,
        ' | <a href="item?id=70400">parent</a> | on: <a href="item?id=70400">Ferry timetable changes next month</a>',
    )  # fmt: skip
    replies = [
        _row("pavel_s", "2024-05-03 08:20", "70600", "It did, the evening boats were never late then.", 0),
        _row("quinn_t", "2024-05-03 08:40", "70601", "Only in summer, winter crossings were cancelled often.", 40),
        _row("rosa_u", "2024-05-03 09:10", "70602", "The new schedule adds a night boat, which helps me.", 0),
    ]
    html = (
        f'<html><body><table class="x1"><tr><td><table class="y2">{focus}</table><br>'
        f'<table class="z3">{"".join(replies)}</table></td></tr></table></body></html>'
    ).encode()
    page = extract_comments(html, "https://links.example.com/item?id=70512")
    assert [c.author for c in page.comments] == ["olga_r", "pavel_s", "quinn_t", "rosa_u"]
    assert [c.parent for c in page.comments] == [None, 0, 1, 0]
    assert page.comments[0].text == "The old ferry schedule worked better for commuters."


def test_times_in_eastern_arabic_digits_date_an_unmarked_thread() -> None:
    """Hashed classes leave no comment word for the byte pre-check: only the items' times of day can
    send the page on to the unmarked-thread search, and here they are written in Arabic-Indic
    digits ("٠٩:٢٦"), read as the Latin-1 of their UTF-8 bytes by the pre-check."""
    names = ["خالد", "ليلى", "مريم", "سلمى"]
    words = "الطلبة الطريق اليوم لكن في جديد ذلك أسبوع الحي على بعض أعتقد غدا إلى الصحفي"
    items = "".join(
        f'<li class="e5f988"><div class="840785"><strong class="cc96be">{name}</strong>'
        f'<span class="460d2b">الجمعة ٣ مايو ٢٠٢٤ - ٠٩:٢{n}</span></div><div class="319b5f"><p>{words} {n}</p></div></li>'
        for n, name in enumerate(names)
    )
    html = (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body><article><h1>الميناء</h1>'
        f'<p>نص المقال.</p></article><ul class="62bcf5">{items}</ul></body></html>'
    ).encode()
    assert may_hold_unmarked_thread(html.decode("latin-1"))
    page = extract_comments(html, "https://akhbar.example/2024/05/port")
    assert [c.author for c in page.comments] == names


def _post(ident: str, name: str, minute: int, words: str, answers: tuple[str, str] | None = None) -> str:
    to = (
        f'<a class="kqzxvw" href="#{answers[0]}" title="in reply to {answers[1]}">↩ {answers[1]}</a>' if answers else ""
    )
    return (
        f'<div class="fbcdae" id="{ident}"><div class="adbecf"><span class="eafcbd"><a href="/u/{name}">{name}</a></span>'
        f'{to}<a class="bdface" href="/t/rain-barrels/8812/{minute}"><span title="x">May 03, 2024 09:{minute:02d} AM</span>'
        f'</a></div><div class="cafebd"><p>{words}</p></div><nav class="dcebfa"><button>Like</button></nav></div>'
    )


def test_flat_forum_dated_by_a_permalink_span_and_threaded_by_anchors_without_digits() -> None:
    """A flat forum, classes and ids hashed (ids of letters only, as a hex hash may be): each post's
    date is the words of its permalink, wrapped in a span; a reply links to the post it answers by
    that post's anchor ("↩ name"), an id with no digit in it."""
    posts = [
        _post("fadceb", "ines_v", 1, "Our rain barrel overflows after every storm, any advice?"),
        _post(
            "bcafed",
            "joel_w",
            12,
            "Fit a diverter kit, it sends the surplus back to the downpipe.",
            ("fadceb", "ines_v"),
        ),
        _post("ecbdaf", "kira_x", 25, "Mine has a second barrel linked at the bottom, works well."),
        _post(
            "dafbec", "ines_v", 37, "Thanks, the diverter kit sounds like the simplest option.", ("bcafed", "joel_w")
        ),
    ]
    html = (
        '<html><body><header><a href="/">Garden Forum</a></header><div class="aedcfb"><h1>Rain barrels</h1>'
        f'<div class="befdca">{"".join(posts)}</div></div></body></html>'
    ).encode()
    page = extract_comments(html, "https://garden.example/t/rain-barrels/8812")
    assert [c.author for c in page.comments] == ["ines_v", "joel_w", "kira_x", "ines_v"]
    assert (page.comments[0].published or "").startswith("2024-05-03T09:01")
    assert [c.parent for c in page.comments] == [None, 0, None, 1]


@pytest.mark.parametrize("attr", ["title", "aria-label", "data-tooltip"])
def test_shortened_date_read_from_its_title(attr: str) -> None:
    """Hashed classes and a date shown shortened ("May 3"), written out in full only in the title
    of its permalink, or in a label for screen readers or a tooltip's attribute (a social thread
    labels "5月3日" "2024年5月3日 12:29"): the comments are dated, so the unmarked run reads as a thread."""
    names = ["nora_y", "omar_z", "pia_a", "rui_b"]
    rows = "".join(
        f'<div class="f0e1d2"><div class="c3b4a5"><span class="d6e7f8"><a href="/@{name}">{name}</a></span>'
        f'<a class="a9b8c7" href="/p/ferries/comment/{500 + n}" {attr}="May 3, 2024, 7:1{n} AM">May 3</a></div>'
        f'<div class="b1c2d3"><p>The ferry timetable changes again in June, comment {n} says.</p></div></div>'
        for n, name in enumerate(names)
    )
    html = (
        "<html><body><article><h1>Ferries</h1><p>Text.</p></article>"
        f'<div class="e4f5a6"><div class="a7b8c9">{rows}</div></div></body></html>'
    ).encode()
    page = extract_comments(html, "https://notes.example/p/ferries")
    assert [c.author for c in page.comments] == names
    assert (page.comments[1].published or "").startswith("2024-05-03T07:11")


def test_times_of_day_with_seconds_date_a_thread() -> None:
    stamps = "".join(f"<p>« 03 Mayıs 2024, {h}:40:00 »</p>" for h in ("09", "10", "12"))
    assert may_hold_unmarked_thread(f"<html><body>{stamps}</body></html>")
    assert not may_hold_unmarked_thread("<p>ratio 12:34:56:78, 1:2:3:4, build 9:40:001</p>")


def _forum_row(n: int, stripe: str, href: str) -> str:
    return (
        f'<div class="{stripe}"><h4><a href="{href}">poster{n}</a></h4><div class="t">3 May 2024, {n + 10}:05:00</div>'
        f"<div>{f'Words of post number {n}, said at length about the matter at hand. ' * 3}</div></div>"
    )


def test_striped_forum_rows_headed_by_profile_links_are_one_thread() -> None:
    """Posts whose rows alternate two classes and whose headings are the posters' names linking to
    their profiles; the same rows heading with links to stories each are teasers, not posts."""
    rows = "".join(
        _forum_row(n, ("c-a35812", "c-b4346e")[n % 2], f"/index.php?action=profile;u={100 + n}") for n in range(6)
    )
    page = extract_comments(f"<html><body><main>{rows}</main></body></html>".encode(), "https://forum.example/t/1")
    assert [c.author for c in page.comments] == [f"poster{n}" for n in range(6)]
    teasers = "".join(_forum_row(n, "c-a35812", f"/news/story-about-{'abcdef'[n]}-{n}") for n in range(6))
    page = extract_comments(f"<html><body><main>{teasers}</main></body></html>".encode(), "https://forum.example/t/1")
    assert page.comments == []


def test_dated_rows_whose_dates_would_be_their_authors_are_no_thread() -> None:
    """A list of rules that each open with the day they apply from, on a page that names comments
    somewhere in its markup: the dates are no posters."""
    rows = "".join(
        f'<div class="rule"><strong>1. {month} 202{n}</strong> <span>ab {n + 8}:00 Uhr</span>'
        f"<p>Die Steuer auf Zigaretten steigt um {n} Cent je Stück, wie das Gesetz in Artikel {n} sagt.</p></div>"
        for n, month in enumerate(["Januar", "Juli", "März", "Mai"], start=1)
    )
    html = f'<html><body><main><h2 class="comments-title">Kommentar</h2>{rows}</main></body></html>'
    assert extract_comments(html.encode(), "https://amt.example/tabaksteuer").comments == []


def test_a_time_of_day_followed_by_a_colon_is_one() -> None:
    """ "escribió el 21/05/2024 a las 08:49:": the colon after the minute is punctuation, not seconds."""
    times = " ".join(f"<p><b>Ana</b> escribió el 21/05/2024 a las 08:{m}:</p>" for m in (11, 23, 47))
    assert may_hold_unmarked_thread(f"<html><body>{times}</body></html>")
    assert not may_hold_unmarked_thread("<html><body><p>1:23:4 and 08:49:5 and 10:11:7</p></body></html>")


def test_a_pingback_in_an_unmarked_thread_is_left_out_and_does_not_sink_it() -> None:
    """A WordPress list with opaque classes: ten readers' comments and a pingback, whose "author" is
    the linking post's title. The thread is kept, the pingback is not a comment."""
    names = ["Ben", "Moritz", "Swen", "Titus", "Dajana", "Anne", "Rouven", "Pascal", "Steffi", "Eva"]
    words = "Das Urteil ist aus meiner Sicht nachvollziehbar, aber die Begründung bleibt dünn und wirft Fragen auf"

    def item(name: str, day: int) -> str:
        return (
            f'<li class="x7f3a"><div class="q91b2"><cite class="k2d9e">{name}</cite> sagt:</div>'
            f'<div class="m4c1d">{day}. Juni 2018 um 15:{day:02d} Uhr</div><p>{words}, Punkt {day}.</p></li>'
        )

    pingback = item("Blog Glück Juni 2018 – Seitenglueck", 28).replace(words, "[…] Lesenswert, was Moritz schreibt […]")
    items = "".join(item(name, day) for day, name in enumerate(names, start=10)) + pingback
    html = (
        '<html lang="de"><head><meta charset="utf-8"></head><body><article><h1>Urteil</h1>'
        f'<p>Der Text des Artikels.</p></article><ol class="a81c0">{items}</ol></body></html>'
    ).encode()
    page = extract_comments(opaque_html(html), "https://blog.example.de/2018/06/urteil/")
    assert [c.author for c in page.comments] == names


def test_a_thread_in_a_span_wrapper_headed_by_names_in_profile_links_is_found() -> None:
    """Opaque classes, the thread inside `<span role="main">`, each comment headed by its poster's
    name as an <h4> inside a link to the poster's profile (`<a href="/!ku123/"><h4>Ann</h4></a>`)."""
    names = ["Martina", "Rolf B.", "Gandalf", "Opossum"]
    words = "Den Posten abzulehnen war richtig, aber die Frage nach der Verantwortung bleibt offen"

    def item(n: int, name: str) -> str:
        return (
            f'<li class="k1"><a class="k2" href="/!ku{1000 + n}/"><h4>{name}</h4></a>'
            f'<time datetime="2020-01-14T13:{10 + n}:00+01:00">14. 01. 2020, 13:{10 + n}</time>'
            f'<div class="k3"><p>{words}, Nummer {n}.</p></div><ul class="k4"><li><a>antworten</a></li></ul></li>'
        )

    items = "".join(item(n, name) for n, name in enumerate(names))
    html = (
        '<html lang="de"><head><meta charset="utf-8"></head><body><div><article><h1>Siemens</h1>'
        f'<p>Der Text.</p></article><span role="main"><div class="k5"><ul class="k6">{items}</ul></div></span>'
        "</div></body></html>"
    ).encode()
    page = extract_comments(opaque_html(html), "https://taz.example/Siemens/!5655255/")
    assert [c.author for c in page.comments] == names


def test_flat_replies_marked_by_one_more_class_short_answers_and_sign_offs_are_kept() -> None:
    """Opaque classes; the replies are flat siblings after the comment they answer, carrying one
    class more than the comments; one comment ends "LG steinchen71" (its writer's sign-off); two
    replies are one short sentence each ("Ja, kannst Du.")."""
    texts = [
        ("anaya60", "habe ihn heute erstmals gemacht, war super lecker und schnell fertig."),
        ("Hasenohr81", "Habe leider das Rezept falsch gelesen, nun ist der Kuchen nicht fest geworden."),
        ("ayse67", "Ich habe es jetzt zweimal nachgebacken, alle waren begeistert von dem Kuchen."),
        ("steinchen71", "Hallo,\nder Kuchen ist endlich aus dem Ofen und schmeckt super!\nLG steinchen71"),
    ]
    replies = [("janina271282", "Kann man auch eine 26er Springform nehmen?"), ("Chefkoch_EllenT", "Ja, kannst Du.")]

    def item(n: int, name: str, text: str, reply: bool) -> str:
        body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
        cls = "ds-box comment-item reply-item" if reply else "ds-box comment-item"
        return (
            f'<div class="{cls}"><div class="head"><strong>{name}</strong> '
            f'<span class="when">0{n + 1}.04.2020 17:0{n}</span></div><div class="text">{body}</div></div>'
        )

    items = "".join(item(n, name, text, False) for n, (name, text) in enumerate(texts))
    items += "".join(item(n + 4, name, text, True) for n, (name, text) in enumerate(replies))
    html = (
        '<html lang="de"><head><meta charset="utf-8"></head><body><main><article><h1>Kuchen</h1>'
        f'<p>Das Rezept.</p></article><div class="wrap">{items}</div></main></body></html>'
    ).encode()
    page = extract_comments(opaque_html(html), "https://rezepte.example.de/rezepte/607331/kuchen.html")
    assert [c.author for c in page.comments] == [name for name, _ in [*texts, *replies]]
    assert page.comments[3].text.endswith("LG steinchen71")


def test_a_comment_text_in_a_form_without_fields_is_the_text() -> None:
    """Old-Reddit-like items with opaque classes: each comment's words sit in a form that holds only
    a hidden input (the form that would edit them), under a tagline with the author and the time."""
    names = ["SednaBoo", "brachunok", "menohero", "auditory"]

    def item(n: int, name: str) -> str:
        return (
            f'<div class="t1 c{n}"><p class="t2"><a class="t3" href="/user/{name}">{name}</a> '
            f'<time datetime="2016-10-13T13:{30 + n}:00+00:00">vor {n + 1} Stunden</time></p>'
            f'<form class="t4"><input type="hidden" name="thing_id" value="t1_{n}">'
            f'<div class="t5"><div class="t6"><p>Thanks for the AMA, question number {n} is about the hurricane season.</p>'
            f'</div></div></form><ul class="t7"><li><a href="/r/x/{n}">permalink</a></li><li><a>reply</a></li></ul></div>'
        )

    items = "".join(item(n, name) for n, name in enumerate(names))
    html = (
        '<html lang="en"><head><meta charset="utf-8"></head><body><div class="t8"><h1>Science AMA</h1>'
        f'<p>The post.</p></div><div class="t9">{items}</div></body></html>'
    ).encode()
    page = extract_comments(opaque_html(html), "https://old.reddit.example/r/science/comments/579v6t/ama/")
    assert [c.author for c in page.comments] == names
    assert all(c.text.startswith("Thanks for the AMA, question number") for c in page.comments)


def test_a_comment_text_in_a_form_without_fields_beats_a_wordy_tagline() -> None:
    """As above, with the tagline's own words (a collapse toggle, a flair, three score spans and a
    children count) outweighing each short comment: the form's paragraphs are still the text."""
    names = ["SednaBoo", "brachunok", "menohero", "auditory"]

    def item(n: int, name: str) -> str:
        return (
            f'<div class="t1 c{n}"><p class="t2"><a class="t3" href="javascript:void(0)">[–]</a>'
            f'<a class="t4" href="/user/{name}">{name}</a> <span class="t5">PhD | Atmospheric Science</span>'
            f'<span class="t6">{n} points</span><span class="t6">{n + 1} points</span>'
            f'<span class="t6">{n + 2} points</span> '
            f'<time datetime="2016-10-13T13:{30 + n}:00+00:00">2 hours ago</time> '
            f'<a class="t7" href="javascript:void(0)">({n} children)</a></p>'
            f'<form class="t8"><input type="hidden" name="thing_id" value="t1_{n}">'
            f'<div class="t9"><p>Good question {n}, storms.</p></div></form>'
            f'<ul class="t10"><li><a href="/r/x/{n}">permalink</a></li><li><a>reply</a></li></ul></div>'
        )

    items = "".join(item(n, name) for n, name in enumerate(names))
    html = (
        '<html lang="en"><head><meta charset="utf-8"></head><body><div class="t11"><h1>Science AMA</h1>'
        f'<p>The post.</p></div><div class="t12">{items}</div></body></html>'
    ).encode()
    page = extract_comments(opaque_html(html), "https://old.reddit.example/r/science/comments/579v6t/ama/")
    assert [c.author for c in page.comments] == names
    assert [c.text for c in page.comments] == [f"Good question {n}, storms." for n in range(len(names))]


def test_a_date_in_an_element_of_its_own_is_read_and_left_out_of_the_text() -> None:
    """Opaque classes; each comment's date ("07:02 14/05/2024") is a span of its own between a
    like count and the controls, with no space between them: the minute is read from that span
    and it is not in the comment's text. (The controls' words stay: "Trả lời" is no reply word known.)"""
    folder = THREADS / "more5"
    truth = _truth(folder, "inline-name-vi")
    page = extract_comments(opaque_html((folder / truth["file"]).read_bytes()), truth["url"])
    assert all(
        " ".join(c.text.split()).startswith(" ".join(t["text"].split()))
        for c, t in zip(page.comments, truth["comments"], strict=True)
    )
    assert not any("14/05/2024" in c.text for c in page.comments)
    assert [c.published for c in page.comments] == [t["published_iso"] for t in truth["comments"]]


def test_archived_messages_are_read_without_their_header_fields() -> None:
    """Each message under a table of "From:", "Date:" and "Subject:" rows: its text is the message
    (its words; the archive wraps its lines)."""
    folder = THREADS / "more3"
    truth = _truth(folder, "mail-archive-en")
    page = extract_comments(opaque_html((folder / truth["file"]).read_bytes()), truth["url"])
    assert [c.text.split() for c in page.comments] == [c["text"].split() for c in truth["comments"]]
    assert not any(c.text.startswith("From:") for c in page.comments)


def test_posts_headed_by_a_subject_linking_to_the_post_itself_are_a_thread() -> None:
    """A forum whose posts (hashed classes) each head with the topic's subject linking to the post's
    own anchor on this page: a heading that stays on the page is no teaser's headline."""
    posts = "".join(
        f'<div class="c-e2b878"><h3><a href="#p{200 + n}">Re: Brücke gesperrt</a></h3>'
        f'<p>von <a href="/memberlist.php?mode=viewprofile&amp;u={40 + n}">leser{n}</a> '
        f"» Fr 3. Mai 2024, {9 + n}:15</p>"
        f"<div>Ich fahre seit Jahren über diese Brücke und finde die Sperrung viel zu lang, Nummer {n}.</div></div>"
        for n in range(4)
    )
    page = extract_comments(f"<html><body><main>{posts}</main></body></html>".encode(), "https://forum.example/t/7")
    assert [c.author for c in page.comments] == [f"leser{n}" for n in range(4)]
    assert all("Sperrung viel zu lang" in c.text for c in page.comments)


def test_an_empty_wrapper_after_the_posts_gives_no_shape_to_their_inner_blocks() -> None:
    """Posts in wrappers without classes, one empty wrapper after them: their message blocks (no
    child elements either) are no replies nested in them, and each post keeps its words."""
    posts = "".join(
        f'<div id="c-{n}a"><table><tr><td>03.05.2024, {9 + n}:02</td></tr>'
        f'<tr><td><a href="member.php?u={n}">membre{n}</a></td>'
        f'<td><div id="c-{n}b">Le pont reste fermé tout l\u2019été, et personne ne dit pourquoi, message {n}.</div></td>'
        "</tr></table></div>"
        for n in range(4)
    )
    page = extract_comments(
        f'<html><body><div>{posts}<div id="c-end"></div></div></body></html>'.encode(), "https://forum.example/t/8"
    )
    assert [c.author for c in page.comments] == [f"membre{n}" for n in range(4)]
    assert [c.parent for c in page.comments] == [None] * 4
    assert all("personne ne dit pourquoi" in c.text for c in page.comments)


def _widget_comment(n: int, replies: int) -> str:
    reply_boxes = "".join(
        f'<div class="c-71b0"><div class="c-5e2d"><span class="c-9a1f">replier{n}{k}</span>'
        f'<time class="c-e82a" datetime="2024-05-0{n + 1}T1{k}:30:00Z">2 days ago</time></div>'
        f'<div class="c-90a3"><p>I answer the comment above with a point of my own, number {k}.</p></div></div>'
        for k in range(replies)
    )
    return (
        f'<div class="c-2bc5"><div class="c-b1a3"><span class="c-9a1f">reader{n}</span>'
        f'<time class="c-e82a" datetime="2024-05-0{n + 1}T09:15:00Z">3 days ago</time></div>'
        f'<div class="c-90a3"><p>The bridge plan leaves out the cyclists again, comment {n}.</p></div>'
        f'<div class="c-163f"><h3>{replies} replies</h3>{reply_boxes}</div></div>'
    )


def test_replies_in_boxes_of_other_classes_dated_alike_are_threaded_under_their_comment() -> None:
    """A comment widget (hashed classes) whose replies sit in a list inside each comment, in boxes of
    other classes than the comments but dated by the same <time>: each reply is a comment of its own,
    answering the comment it sits in (not the reply before it), and the comment's text is its own."""
    html = f"<html><body><main>{''.join(_widget_comment(n, 2) for n in range(3))}</main></body></html>"
    page = extract_comments(html.encode(), "https://blog.example/2024/05/bridge/")
    assert [c.author for c in page.comments] == [
        name for n in range(3) for name in (f"reader{n}", f"replier{n}0", f"replier{n}1")
    ]
    assert [c.parent for c in page.comments] == [None, 0, 0, None, 3, 3, None, 6, 6]
    assert [c.text for c in page.comments[::3]] == [
        f"The bridge plan leaves out the cyclists again, comment {n}." for n in range(3)
    ]


def test_a_fediverse_poster_is_named_by_the_display_name_in_the_link_to_their_address() -> None:
    """Posts whose poster links to "/@name@host" (display name in bold beside the handle) and whose
    text opens with a mention linking to another user's page: the poster is the display name, and
    the mention stays in the text."""
    names = ["Ann Lee", "Bo Kim", "Cy Roe", "Dee Fox"]
    posts = "".join(
        f'<article class="c-48a3"><div class="c-b0e7"><time datetime="2024-05-03T0{n + 8}:12:00Z">May 3</time>'
        f'<a href="/@{name.split()[0].lower()}@social.example"><strong>{name}</strong> '
        f"<span>@{name.split()[0].lower()}@social.example</span></a></div>"
        f'<div class="c-3c04"><p><a href="https://other.example/@{names[n - 1].split()[0].lower()}">'
        f"@<span>{names[n - 1].split()[0].lower()}</span></a> I saw the ferry timetable change again this week.</p></div>"
        "</article>"
        for n, name in enumerate(names)
    )
    page = extract_comments(f"<html><body><main>{posts}</main></body></html>".encode(), "https://social.example/@ann/1")
    assert [c.author for c in page.comments] == names
    assert all(c.text.startswith("@") and "ferry timetable" in c.text for c in page.comments)


def _plugin_comment(name: str, words: str, replies: str = "") -> str:
    return (
        f'<div class="c-ce00 c-c7d9 c-5c0f"><div class="c-5c0f"><div class="c-85f4">'
        f'<a href="https://social.example/{name.lower()}">{name}</a> <span>{words}</span></div>'
        f'<div class="c-6e5c"><a href="#" role="button">Reply</a> · <abbr title="Friday, May 3, 2024 at 8:30">8 h</abbr>'
        f'</div></div><div class="c-2b8c">{replies}</div></div>'
    )


def test_an_inner_wrapper_sharing_one_generated_class_with_the_comments_is_no_reply() -> None:
    """Comments of a social plugin carry three generated classes; an inner wrapper of each carries one
    of them, its replies all three: the replies are threaded under their comment, and each comment
    keeps its name and words (the wrapper taken for a reply had left the comment empty)."""
    thread = "".join(
        _plugin_comment(
            f"Reader{n}",
            f"The festival programme leaves out the river concerts this year, point {n}.",
            _plugin_comment(f"Replier{n}", f"They moved the concerts to the park instead, reply {n}."),
        )
        for n in range(3)
    )
    page = extract_comments(f"<html><body><main>{thread}</main></body></html>".encode(), "https://news.example/a/1")
    assert [c.author for c in page.comments] == [name for n in range(3) for name in (f"Reader{n}", f"Replier{n}")]
    assert [c.parent for c in page.comments] == [None, 0, None, 2, None, 4]


def test_a_subject_linking_to_the_comments_own_number_is_no_teaser_headline() -> None:
    """A Slashdot-like tree with opaque classes: each comment heads itself with a subject linking to
    the comment's own page, which its number ("#64412300") links to as well; replies nest in lists.
    The items read as a thread (a teaser's headline links to a story no number of its own names),
    and the thread wins over the smaller reply tree its nesting alone suggests."""
    names = ["BirchWorks", "OtterHollow", "RiverWorks", "TideStone", "PineHollow", "MapleReed"]

    def item(n: int, name: str, replies: str = "") -> str:
        cid = 64412300 + n
        link = f"//science.slashdot.example/comments.pl?sid=23312101&amp;cid={cid}"
        return (
            f'<li class="t1 t2" id="tree_{cid}"><div class="t3" id="comment_{cid}"><div class="t4" id="comment_top_{cid}">'
            f'<h4 class="t5"><a href="{link}">Re: pumps {n}</a>'
            f'</h4><span class="t6">(Score:{n % 5}, Insightful)</span></div><div class="t7">by '
            f'<a href="//slashdot.example/~{name}/">{name}</a> on Friday May 03, 2024 @0{n}:36AM '
            f'(<a href="{link}">#{cid}</a>)</div><div class="t8"><p>The valve on pump {n} failed twice this '
            f"winter, and the village council still has not replaced it.</p></div>"
            f'<div class="t9"><a href="{link}">Reply to This</a></div></div><ul id="commtree_{cid}">{replies}</ul></li>'
        )

    thread = (
        item(0, names[0], item(1, names[1], item(2, names[2])))
        + item(3, names[3])
        + item(4, names[4], item(5, names[5]))
    )
    html = (
        '<html lang="en"><head><meta charset="utf-8"></head><body><div class="t11"><h1>Village pumps</h1>'
        f'<p>The story.</p></div><section><ul class="t12">{thread}</ul></section></body></html>'
    ).encode()
    page = extract_comments(opaque_html(html), "https://science.slashdot.example/story/24/05/03/pumps")
    assert [c.author for c in page.comments] == names
    assert [c.parent for c in page.comments] == [None, 0, 1, None, None, 4]


def test_an_unmarked_tree_beats_the_smaller_group_its_ids_alone_suggest() -> None:
    """The Slashdot-like fixture with opaque classes and ids: its item boxes' hashed ids make a
    reply tree by nesting alone (fewer items, some of them headers); the unmarked run of comments,
    a thread by its names and dates, is bigger and wins. (Anonymous posters, named by a plain span
    where others have a link, still get their subject for a name: left as it is.)"""
    folder = THREADS / "more3"
    truth = _truth(folder, "slashdot-tree-en")
    page = extract_comments(opaque_html((folder / truth["file"]).read_bytes()), truth["url"])
    assert len(page.comments) == len(truth["comments"])
    assert [c.parent for c in page.comments] == [c["parent"] for c in truth["comments"]]
    named = [(c.author, t["author"]) for c, t in zip(page.comments, truth["comments"], strict=True)]
    assert all(got == want for got, want in named if want != "Anonymous Coward")
