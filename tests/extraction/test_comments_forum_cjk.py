"""A Chinese forum thread in table markup (Discuz-like): posters linked by user id
("space-uid-50.html"), a date set in <em> beside the post's own short words, quote boxes that open
a reply with the quoted post's attribution and words. A Chinese clause is one \\w run and three
Latin characters' worth of text, so prose, quotes and attribution lines are weighed by that."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

NAMES = ["楼主小王", "老张", "hello_li", "路人甲", "阿强", "静静", "bigfish"]
SAID = [
    "大家好，这个问题困扰我很久了，求帮助。",
    "我也遇到过同样的问题，重装驱动就好了。",
    "楼上说得对，不过要先备份数据。",
    "请问是哪个版本的驱动？",
    "最新版就可以，官网下载。",
    "谢谢各位，问题已经解决了！",
    "顶一下，收藏了。",
]
FLOORS = ["楼主", "沙发", "板凳", "地板", "5#", "6#", "7#"]
QUOTES = {2: 1, 4: 3}  # post -> the post its quote box quotes


def _post(i: int) -> str:
    quote = ""
    if i in QUOTES:
        j = QUOTES[i]
        quote = (
            f"<div class='quote'><blockquote><font size='2'><font color='#999999'>{NAMES[j]} 发表于 "
            f"2024-5-3 1{j}:2{j}</font></font><br>{SAID[j]}</blockquote></div>"
        )
    return (
        f"<div id='post_{1000 + i}'><table id='pid{1000 + i}' class='plhin'><tr><td class='pls' rowspan='2'>"
        f"<div class='pi'><div class='authi'><a href='space-uid-{50 + i}.html' class='xw1'>{NAMES[i]}</a></div></div>"
        f"<dl class='pil'><dt>积分</dt><dd>{120 + i * 7}</dd></dl></td><td class='plc'><div class='pi'>"
        f"<strong><a href='#pid{1000 + i}'>{FLOORS[i]}</a></strong><div class='pti'><div class='authi'>"
        f"<em id='authorposton{1000 + i}'>发表于 2024-5-3 1{i}:2{i}:0{i}</em> | <a href='#'>只看该作者</a></div></div></div>"
        f"<div class='pct'><div class='t_fsz'><table><tr><td class='t_f' id='postmessage_{1000 + i}'>{quote}{SAID[i]}"
        "</td></tr></table></div></div><div class='po'><a href='#'>回复</a> <a href='#'>支持</a></div></td></tr></table></div>"
    )


PAGE = (
    "<html lang='zh-CN'><head><meta charset='utf-8'><title>驱动问题求助 - 电脑讨论区 - 某某论坛</title></head><body>"
    "<div id='wp'><h1><span id='thread_subject'>驱动问题求助</span></h1><div id='postlist'>"
    + "".join(_post(i) for i in range(len(NAMES)))
    + "</div></div></body></html>"
).encode()


def test_a_chinese_forum_threads_posters_words_times_and_quoted_replies() -> None:
    comments = extract_comments(PAGE, "https://bbs.example.cn/thread-12345-1-1.html").comments
    by_author = {c.author: c for c in comments}
    # the posters, not the floor labels (楼主, 沙发, 板凳...); the opening post is still returned as a comment
    assert [c.author for c in comments] == NAMES
    assert [c.text for c in comments] == SAID  # own words: no quote box, no "只看该作者" line
    assert [c.published for c in comments] == [f"2024-05-03T1{i}:2{i}:0{i}" for i in range(len(NAMES))]
    for reply, quoted in QUOTES.items():
        parent = by_author[NAMES[reply]].parent
        assert parent is not None and comments[parent].author == NAMES[quoted]
