"""Depth told by hashed depth classes (`classdepth`): a flat thread whose only threading is a class
per depth, its names generated; rotating and binary classes are no depth."""

from __future__ import annotations

from lxml import html as lxml_html

from autocrawl.extraction import extract_comments
from autocrawl.extraction.comments.classdepth import class_depth_parents

# hashed stand-ins: one class for every comment, one per depth, one per odd/even row
_ALL, _ODD, _EVEN = "q1w2e3", "r4t5y6", "u7i8o9"
_DEPTH = {1: "a9s8d7", 2: "f6g5h4", 3: "j3k2l1"}
_THREAD = [(1, "mira_k"), (2, "jonas_p"), (3, "mira_k"), (2, "lena_w"), (1, "timo_b"), (1, "ayla_s"), (2, "timo_b")]
_WORDS = "The bakery on the corner switched to rye last week and the queue is longer than ever"


def _page(depths: dict[int, str]) -> bytes:
    rows = []
    for n, (depth, name) in enumerate(_THREAD):
        parity = _ODD if n % 2 == 0 else _EVEN
        rows.append(
            f'<div class="{_ALL} {parity} {depths[depth]}" id="x{n}a"><div class="p0o9i8"><cite>{name}</cite></div>'
            f'<div class="m1n2b3"><a href="#x{n}a">May {n + 1}, 2024 at 8:0{n} AM</a></div>'
            f"<p>{_WORDS}, says comment {n}.</p></div>"
        )
    return (
        '<html><body><article><h1>Rye bread</h1><p>Article text.</p></article><div class="z8x7c6">'
        f"{''.join(rows)}</div></body></html>"
    ).encode()


def test_hashed_depth_classes_thread_a_flat_list() -> None:
    page = extract_comments(_page(_DEPTH), "https://bakery.example/2024/05/rye")
    assert [c.author for c in page.comments] == [name for _, name in _THREAD]
    assert [c.parent for c in page.comments] == [None, 0, 1, 0, None, None, 5]


def _items(classes: list[str]) -> list:
    root = lxml_html.fromstring("<div>" + "".join(f'<div class="{c}">x</div>' for c in classes) + "</div>")
    return list(root)


def test_rotating_and_binary_classes_are_no_depth() -> None:
    assert class_depth_parents(_items(["k a", "k b", "k c", "k a", "k b", "k c"])) is None  # rotating colours
    assert class_depth_parents(_items(["k a", "k a", "k b", "k a", "k b", "k b"])) is None  # guest / member
    assert class_depth_parents(_items(["k a", "k c", "k a", "k b", "k b", "k a"])) is None  # a jump of two levels
    assert class_depth_parents(_items(["k a", "k b", "k c", "k c", "k a", "k b"])) == [None, 0, 1, 1, None, 4]
