"""Threads in languages written without spaces: a short Japanese or Chinese comment is a whole
sentence in twenty characters, and the length tests made for Latin text must not take it for a
label, a name or nothing."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

URL = "https://news.example.jp/articles/5a1c"
STORY = "<p>" + "運賃の値上げが来月から始まると会社が発表した。" * 8 + "</p>"
SAID = ["値上げは困ります。", "仕方ないと思う。", "説明が足りない。", "地方はもっと大変。", "納得できません。"]


def _page(items: str) -> bytes:
    return (
        "<html lang='ja'><head><title>運賃値上げ</title></head><body><main><article><h1>運賃値上げ</h1>"
        f"{STORY}</article><section class='k3f9a1'>{items}</section></main></body></html>"
    ).encode()


def _item(n: int, name: str, said: str, replies: str = "") -> str:
    """A comment whose classes are hashes: the name, a time, the words, a reply control."""
    block = f"<div class='r8d2c0'>{replies}</div>" if replies else ""
    return (
        f"<div class='x7b1e2'><div class='m2c4d9'><span class='n5e7f1'>{name}</span>"
        f"<time class='t9a0b3'>2024/5/3 1{n}:2{n}</time></div><p class='p3d5e8'>{said}</p>"
        f"<div class='a1b2c3'><button>返信</button><button>共感 {n}</button></div>{block}</div>"
    )


def test_short_japanese_comments_with_opaque_classes_are_a_thread() -> None:
    items = (
        _item(1, "たかし", SAID[0], _item(2, "ゆうこ", SAID[1]))
        + _item(3, "匿名希望", SAID[2])
        + _item(4, "kenji_77", SAID[3], _item(5, "さくら", SAID[4]))
    )
    page = extract_comments(_page(items), URL)
    assert [c.author for c in page.comments] == ["たかし", "ゆうこ", "匿名希望", "kenji_77", "さくら"]
    assert [c.text for c in page.comments] == SAID
    assert [c.parent for c in page.comments] == [None, 0, None, None, 3]


def test_times_of_day_inside_scripts_and_styles_do_not_date_a_thread() -> None:
    from autocrawl.extraction.comments.unmarked import may_hold_unmarked_thread

    code = "<script>var t = ['08:15', '09:20', '10:45'];</script><style>.a{x:1}</style>"
    assert not may_hold_unmarked_thread(f"<html><body>{code}<p>No times here.</p></body></html>")
    shown = "<p>ann 08:15</p><p>bob 09:20</p><p>cy 10:45</p>"
    assert may_hold_unmarked_thread(f"<html><body>{code}{shown}</body></html>")
