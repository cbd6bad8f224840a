"""Threads whose markup names nothing: each thread is a wrapper that opens with its first comment
and holds the replies in a list after it, every comment of one hashed template. The wrappers are
the run of look-alike siblings; the comments are the template inside them, at two depths."""

from __future__ import annotations

from datetime import datetime

from autocrawl.extraction import extract_comments
from autocrawl.extraction.comments.dates import parse_relative

URL = "https://forum.example.cn/question/4417"
STORY = "<p>" + "地铁票价上调的消息引发了很多讨论，大家的看法并不一致。" * 8 + "</p>"


def _comment(name: str, shown: str, said: str) -> str:
    return (
        f"<div class='c1f1b2'><div class='h24634'><a class='u7e539' href='/people/{abs(hash(name)) % 9999}'>{name}</a>"
        f"</div><div class='t58619'>{said}</div><div class='f25166'><span class='d3989b'>{shown}</span>"
        "<button>回复</button><button>喜欢 3</button></div></div>"
    )


def _thread(first: str, replies: list[str]) -> str:
    listed = f"<div class='r42f8d'>{''.join(replies)}</div>" if replies else ""
    return f"<div class='w31204'>{first}{listed}</div>"


def _page(threads: list[str]) -> bytes:
    return (
        "<html lang='zh'><head><title>地铁票价</title></head><body><main><article><h1>为什么地铁票价上调？</h1>"
        f"{STORY}</article><div class='s7d3cd'><h2>12 条评论</h2>{''.join(threads)}</div></main>"
        "<footer><p>关于我们 · 联系方式</p></footer></body></html>"
    ).encode()


SAID = [
    "票价上调以后每个月的通勤成本明显增加了。",
    "其实和别的城市相比还是便宜一些的。",
    "希望能推出更多的月票优惠给上班族。",
    "学生卡的折扣会不会也跟着调整呢？",
    "公交换乘优惠如果保留的话还能接受。",
    "听证会的意见好像并没有被采纳。",
    "早高峰的车厢太挤了，涨价也没有改善。",
    "运营成本上涨是事实，但信息要公开。",
    "我觉得应该按里程分段收费更合理。",
    "周末出行的人少，可以考虑打折吧。",
]
NAMES = ["路人甲", "北京网友", "静静", "老王", "明天会更好", "小李飞刀", "城南旧事", "上海小陈", "小张", "阿明"]


def test_comments_at_two_depths_inside_thread_wrappers_are_one_thread() -> None:
    times = ["昨天 00:39", "昨天 02:55", "13 小时前", "12 小时前", "11 小时前", "10 小时前", "9 小时前", "50 分钟前"]
    c = [_comment(NAMES[i], times[i], SAID[i]) for i in range(8)]
    page = extract_comments(_page([_thread(c[0], [c[1], c[2]]), _thread(c[3], []), _thread(c[4], c[5:8])]), URL)
    assert [x.author for x in page.comments] == NAMES[:8]
    assert [x.text for x in page.comments] == SAID[:8]
    assert [x.parent for x in page.comments] == [None, 0, 0, None, None, 4, 4, 4]


def test_a_thread_with_one_comment_shown_by_an_unread_day_is_still_read() -> None:
    """Older comments show a month and day alone ("05-02"), which no reading of a date takes
    without a year: one such comment in ten does not make the thread a list of teasers."""
    times = ["05-02", "昨天 02:55", "13 小时前", "12 小时前", "11 小时前", "10 小时前", "9 小时前", "5 小时前"]
    times += ["2 小时前", "50 分钟前"]
    c = [_comment(NAMES[i], times[i], SAID[i]) for i in range(10)]
    threads = [_thread(c[0], [c[1]]), _thread(c[2], []), _thread(c[3], [c[4], c[5]]), _thread(c[6], c[7:10])]
    page = extract_comments(_page(threads), URL)
    assert [x.author for x in page.comments] == NAMES
    assert [x.parent for x in page.comments] == [None, 0, None, None, 3, 3, None, 6, 6, 6]


def test_yesterday_and_today_are_read_in_more_languages() -> None:
    anchor = datetime(2024, 5, 3, 12, 0)
    assert parse_relative("昨天 00:39", anchor) == "2024-05-02T00:39:00"
    assert parse_relative("昨日 10:39", anchor) == "2024-05-02T10:39:00"
    assert parse_relative("어제 10:39", anchor) == "2024-05-02T10:39:00"
    assert parse_relative("вчера в 10:39", anchor) == "2024-05-02T10:39:00"
    assert parse_relative("hier à 10:39", anchor) == "2024-05-02T10:39:00"
    assert parse_relative("今天 08:15", anchor) == "2024-05-03T08:15:00"
    assert parse_relative("hoje", anchor) == "2024-05-03"
