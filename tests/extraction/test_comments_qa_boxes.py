"""A Q&A page whose markup names nothing: answers of one template, each box holding a short list of
replies of another template. The reply lists, one per answer, are one run of replies together, and
each reply answers the answer whose box holds it. A Japanese honorific set apart after a name
("ねこまる さん") is the site's courtesy, not the name."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

URL = "https://qa.example.jp/question/q1289"

ANSWERS = [
    (
        "kaz********",
        "雨の日は電車にして、晴れの日だけ自転車にしています。無理はしないのが一番です。",
        ["yuk********", "hir********", "ぽん太"],
    ),
    ("ねこまる", "会社にシャワーがあるなら、片道十キロでも十分に通えますよ。慣れれば楽しいです。", []),
    (
        "mii********",
        "電動アシストにしてから坂道がまったく苦にならなくなりました。おすすめです。",
        ["自転車おじさん", "yuk********", "hir********"],
    ),
]


def _answer(n: int, name: str, said: str, replies: list[str]) -> str:
    listed = "".join(
        f"<div class='Rp_item__9a'><p class='Rp_name__3c'>{who} さん</p><p class='Rp_text__7e'>"
        f"{name}さん、ありがとうございます。参考にしてみます、本当に助かります。</p>"
        f"<p class='Rp_date__1b'>2024/5/{3 + n} {10 + k}:{10 * k:02d}</p></div>"
        for k, who in enumerate(replies)
    )
    return (
        f"<div class='An_item__78'><div class='An_user__2d'><p class='An_name__5f'>{name} さん</p></div>"
        f"<div class='An_text__4e'><p>{said}</p></div><p class='An_date__6a'>2024/5/{2 + n} 2{n}:45</p>"
        f"<div class='An_replies__8c'>{listed}</div></div>"
    )


def _page() -> bytes:
    answers = "".join(_answer(n, *a) for n, a in enumerate(ANSWERS))
    return (
        "<html lang='ja'><head><title>自転車通勤について</title></head><body><main>"
        "<div class='Qu_box__1a'><h1>自転車通勤は続けられますか？</h1><p>"
        + "片道十キロの自転車通勤を考えていますが、雨の日や汗が心配です。" * 4
        + f"</p></div><div class='An_list__0f'><h2>回答 3件</h2>{answers}</div></main></body></html>"
    ).encode()


def test_reply_lists_inside_each_answer_box_are_that_answers_replies() -> None:
    page = extract_comments(_page(), URL)
    expected: list[tuple[str, int | None]] = []
    for name, _, replies in ANSWERS:
        at = len(expected)
        expected.append((name, None))
        expected.extend((who, at) for who in replies)
    assert [(c.author, c.parent) for c in page.comments] == expected


def test_a_video_pages_threads_with_every_class_and_id_hashed() -> None:
    """Set 3's YouTube-like page (bench/heldout_threads.py) with every class and id hashed, as
    CSS-in-JS sites ship them: comments headed by a handle linking to "/@handle", each in a thread
    wrapper with its replies in lists of one to four. Most comments are found (none before), the
    reply template known from the longer lists and its shorter lists read too, and nothing else:
    every comment found is one of the page's, in the page's order. (Some threads whose first
    comment heads a short reply list are still missed.)"""
    from bench.heldout_threads import video_comments
    from bench.opaque import opaque_html

    url, page, truth, _ = video_comments()
    found = [c.author for c in extract_comments(opaque_html(page.encode("utf-8")), url).comments]
    authors = [c["author"] for c in truth]
    assert len(found) * 4 >= len(authors) * 3, found
    positions = [authors.index(a) for a in found]
    assert positions == sorted(positions) and len(set(found)) == len(found), found
