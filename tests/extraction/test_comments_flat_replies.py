"""One-level threads: every reply sits in one list under the comment that opens its thread, and
names the reply it answers, by a second profile link in its header ("A 回复 B") or by an "@B"
opening its words. The answered reply is B's latest before it in that thread."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

URL = "https://video.example.com/watch/8812"
STORY = "<p>" + "The ferry timetable changes next month, and the harbour board explained why today. " * 6 + "</p>"


def _comment(name: str, said: str, answered: str = "", day: int = 1) -> str:
    to = f"<span>replied to</span><a class='pl' href='/u/{answered.lower()}'>{answered}</a>" if answered else ""
    return (
        f"<li class='cm'><div class='hd'><a class='pl' href='/u/{name.lower()}'>{name}</a>{to}"
        f"<time datetime='2024-05-{day:02d}T10:00:00Z'>May {day}, 2024</time></div>"
        f"<p class='tx'>{said}</p><button>Reply</button></li>"
    )


def _page(threads: str) -> bytes:
    return (
        "<html><head><title>Ferry timetable</title></head><body><main><article><h1>Ferry timetable</h1>"
        f"{STORY}</article><section id='comments'><h2>Comments</h2><ol class='cl'>{threads}</ol></section>"
        "</main></body></html>"
    ).encode()


def _thread(first: str, replies: list[str]) -> str:
    return first.replace("</li>", f"<ol class='rl'>{''.join(replies)}</ol></li>") if replies else first


def test_a_reply_naming_another_reply_in_its_header_answers_that_reply() -> None:
    page = extract_comments(
        _page(
            _thread(
                _comment("Ann", "The early boat is always late in winter anyway.", day=1),
                [
                    _comment("Bob", "Not since they changed the engines last spring.", day=2),
                    _comment("Cy", "Which engines do you mean, the new diesel ones?", "Bob", day=3),
                    _comment("Ann", "Yes, late every single day in January for me.", "Bob", day=4),
                    _comment("Bob", "Fair enough, January was a bad month for everyone.", "Ann", day=5),
                ],
            )
            + _thread(_comment("Dee", "Good to see the evening crossing kept at last.", day=6), [])
        ),
        URL,
    )
    assert [c.author for c in page.comments] == ["Ann", "Bob", "Cy", "Ann", "Bob", "Dee"]
    assert [c.parent for c in page.comments] == [None, 0, 1, 1, 3, None]


def test_a_reply_opening_with_an_at_name_answers_that_reply_in_its_thread() -> None:
    page = extract_comments(
        _page(
            _thread(
                _comment("Ann", "The early boat is always late in winter anyway.", day=1),
                [
                    _comment("Bob", "Not since they changed the engines last spring.", day=2),
                    _comment("Cy", "@Bob which engines do you mean, the new diesel ones?", day=3),
                    _comment("Dee", "I agree with the first comment here, it is late.", day=4),
                ],
            )
            + _thread(_comment("Eve", "Good to see the evening crossing kept at last.", day=5), [])
        ),
        URL,
    )
    assert [c.author for c in page.comments] == ["Ann", "Bob", "Cy", "Dee", "Eve"]
    assert [c.parent for c in page.comments] == [None, 0, 1, 0, None]


def test_a_thread_nested_by_its_markup_keeps_its_nesting() -> None:
    """Where replies already nest in replies, the markup says who answers whom: an "@name" that
    points elsewhere is the reader's words, not a pointer."""
    bob = _comment("Bob", "Not since they changed the engines last spring.", day=2)
    bob = _thread(bob, [_comment("Cy", "Which engines do you mean, the diesel ones?", day=3)])
    page = extract_comments(
        _page(
            _thread(
                _comment("Ann", "The early boat is always late in winter anyway.", day=1),
                [bob, _comment("Dee", "@Bob the engines are fine, the crew is short.", day=4)],
            )
            + _thread(_comment("Eve", "Good to see the evening crossing kept at last.", day=5), [])
        ),
        URL,
    )
    assert [c.author for c in page.comments] == ["Ann", "Bob", "Cy", "Dee", "Eve"]
    assert [c.parent for c in page.comments] == [None, 0, 1, 0, None]


def _video_comment(name: str, said: str, stamp: int, replies: str = "") -> str:
    return (
        f"<div class='ri'><div class='ui'><a class='un' href='//space.example.cn/{abs(hash(name)) % 99999}'>{name}</a></div>"
        f"<div class='rc'><span class='ct'>{said}</span><div class='info'><span class='tm' data-ctime='{stamp}'>"
        f"21小时前</span><span class='btn'>回复</span></div></div><div class='subs'>{replies}</div></div>"
    )


def test_a_reply_labelled_with_the_name_it_answers_and_a_date_element_stamped_in_epoch() -> None:
    """ "回复 @name :" opens a reply to another reply of its thread: the label points and leaves the
    words; the age shown ("21小时前") sits on an element whose data attribute holds the instant."""
    start = 1714569780  # 2024-05-01T13:23:00Z
    replies = (
        _video_comment("喵喵不吃鱼", "高峰的时候站台真的太挤了。", start + 600)
        + _video_comment("北方的狼", "早上七点以后就排不上队了。", start + 1200)
        + _video_comment("路过的猫", "回复 @喵喵不吃鱼 :晚上其实也差不多挤。", start + 1800)
    )
    threads = _video_comment("小林不加班", "这条线路终于通车了，视频拍得很好看！", start, replies)
    threads += _video_comment("地铁迷小周", "配乐选得不错，期待下一期的视频。", start + 2400)
    page = extract_comments(
        (
            "<html lang='zh'><head><title>地铁</title></head><body><main><h1>新线路试乘</h1>"
            f"<p>{'今天我们试乘了新开通的地铁线路，从起点一直坐到终点。' * 6}</p>"
            f"<div class='comments'><h2>评论 5</h2>{threads}</div></main></body></html>"
        ).encode(),
        URL,
    )
    assert [c.author for c in page.comments] == ["小林不加班", "喵喵不吃鱼", "北方的狼", "路过的猫", "地铁迷小周"]
    assert [c.parent for c in page.comments] == [None, 0, 0, 1, None]
    assert page.comments[3].text == "晚上其实也差不多挤。"
    assert page.comments[0].published == "2024-05-01T13:23:00+00:00"
