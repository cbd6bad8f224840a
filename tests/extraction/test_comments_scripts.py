"""Comment widgets in the world's scripts: names whose letters carry vowel signs (Devanagari, Thai),
masked user ids ("abcd****"), ages in the reader's language ("3 часа назад", "3시간 전", "منذ 3
ساعات"), and sentences of scripts written without spaces. The items' classes are generated hashes,
so only structure, names and dates tell a thread."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from autocrawl.extraction import extract_comments
from autocrawl.extraction.comments.dates import is_age_only, parse_date_text, parse_relative

# language: (names, an age with {n}, the reply control, the comments' words)
THREADS = {
    "hi": (
        ["राहुल शर्मा", "प्रिया सिंह", "अमित कुमार", "सुनीता देवी", "विकास यादव"],
        "{n} घंटे पहले",
        "जवाब दें",
        ["यह बहुत अच्छी खबर है और सरकार को इस पर ध्यान देना चाहिए।", "मैं इस बात से सहमत नहीं हूं, यह गलत फैसला है।",
         "लेख में दी गई जानकारी काफी उपयोगी है, धन्यवाद।", "इस मुद्दे पर और चर्चा होनी चाहिए ताकि लोग समझ सकें।",
         "हमारे शहर में भी यही समस्या है, कोई सुनता नहीं।"],
    ),
    "ko": (
        ["abcd****", "김민수", "star****", "이서연", "moon****"],
        "{n}시간 전",
        "답글",
        ["정말 좋은 기사네요 앞으로도 이런 소식 많이 전해주세요", "이건 좀 아닌 것 같습니다 정부가 더 신경 써야 해요",
         "기자님 수고 많으셨습니다 잘 읽었습니다", "저도 같은 생각입니다 문제가 심각하네요", "우리 동네도 비슷한 일이 있었어요 걱정입니다"],
    ),
    "ru": (
        ["Иван Петров", "Мария", "Алексей К.", "Ольга Смирнова", "Дмитрий"],
        "{n} часа назад",
        "Ответить",
        ["Очень интересная статья, спасибо автору за подробности.", "Не согласен с выводами, всё было совсем не так.",
         "А что думают местные жители об этом решении?", "Такое уже было в прошлом году, и ничего не изменилось.",
         "Надеюсь, власти обратят внимание на эту проблему."],
    ),
    "th": (
        ["สมชาย ใจดี", "สุนิสา", "วิชัย มั่นคง", "ปิยะนุช", "ธนพล"],
        "{n} ชั่วโมงที่แล้ว",
        "ตอบกลับ",
        ["ข่าวนี้ดีมากครับ ขอบคุณที่นำเสนอ", "ไม่เห็นด้วยกับการตัดสินใจนี้เลย", "ที่บ้านผมก็เจอปัญหาแบบเดียวกัน",
         "อยากให้รัฐบาลช่วยเหลือเร็วกว่านี้", "รอติดตามข่าวต่อไปครับ"],
    ),
    "ar": (
        ["محمد علي", "فاطمة", "أحمد حسن", "سارة", "خالد"],
        "منذ {n} ساعات",
        "رد",
        ["خبر جميل جدا وشكرا للكاتب على هذا المقال", "لا أتفق مع هذا القرار فهو خاطئ تماما",
         "نفس المشكلة موجودة في مدينتنا منذ سنوات", "نتمنى أن تهتم الحكومة بهذا الموضوع", "ننتظر المزيد من التفاصيل حول الخبر"],
    ),
    "zh": (
        ["小明", "李华", "网友8823", "张伟", "王芳"],
        "{n}小时前",
        "回复",
        ["这篇报道写得很好，感谢记者。", "我不同意这个决定，太不合理了。", "我们这里也有同样的问题。", "希望政府尽快解决这个问题。",
         "期待后续报道。"],
    ),
    "he": (
        ["יוסי כהן", "מיכל", "דני לוי", "רונית", "אבי"],
        "לפני {n} שעות",
        "הגב",
        ["כתבה מצוינת, תודה רבה לכתב על המידע", "אני לא מסכים עם ההחלטה הזאת בכלל", "גם אצלנו בעיר יש את אותה בעיה",
         "מקווה שהממשלה תטפל בזה בקרוב", "מחכים להמשך הסיפור"],
    ),
    "en": (
        ["John Smith", "mary_k", "Peter O.", "Anna Lee", "bob77"],
        "{n} hours ago",
        "Reply",
        ["This is a great report, thanks for writing it up.", "I do not agree with this decision at all.",
         "We have the same problem in our town.", "Hope the council acts on this soon.", "Looking forward to the follow-up story."],
    ),
}  # fmt: skip
PAGE_TIME = "2024-05-10T12:00:00+00:00"


def _thread_page(lang: str, shown_age: str | None = None) -> bytes:
    """A story, then five comments (two of them replies) in hashed classes: name, age (the language's,
    or `shown_age`), words, controls."""
    names, age, reply, said = THREADS[lang]
    age = shown_age or age

    def item(i: int, replies: str = "") -> str:
        nested = f"<div class='q8w2'>{replies}</div>" if replies else ""
        return (
            f"<div class='x7b1'><div class='m2c4'><span class='n5e7'>{names[i]}</span> "
            f"<span class='t9a0'>{age.format(n=i + 2)}</span></div><p class='p3d5'>{said[i]}</p>"
            f"<div class='a1b2'><button>{reply}</button> <button>♥ {i * 3}</button></div>{nested}</div>"
        )

    story = f"<p>{said[0] * 6}</p><p>{said[2] * 6}</p>"
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{said[1]}</title>"
        f"<meta property='article:published_time' content='{PAGE_TIME}'></head><body><main><article>"
        f"<h1>{said[1]}</h1>{story}</article><section class='k3f9'>{item(0, item(1))}{item(2)}{item(3, item(4))}"
        "</section></main></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_a_thread_in_hashed_markup_is_read_in_its_own_script_and_words(lang: str) -> None:
    names, _age, _reply, said = THREADS[lang]
    comments = extract_comments(_thread_page(lang), f"https://news.example/{lang}/story-1").comments
    assert [c.author for c in comments] == names
    assert [c.text for c in comments] == said
    assert [c.parent for c in comments] == [None, 0, None, None, 3]
    # each age counted back from the page's own time: 2, 3, 4, 5 and 6 hours before noon
    assert [c.published for c in comments] == [f"2024-05-10T{12 - n:02d}:00:00+00:00" for n in range(2, 7)]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("3 часа назад", 3), ("3 години тому", 3), ("3 godziny temu", 3), ("před 3 hodinami", 3),
        ("3 saat önce", 3), ("3 uur geleden", 3), ("3 timmar sedan", 3), ("3 timer siden", 3),
        ("3 tuntia sitten", 3), ("3 órával ezelőtt", 3), ("acum 3 ore", 3), ("3 ore fa", 3),
        ("πριν από 3 ώρες", 3), ("3 jam yang lalu", 3), ("3 giờ trước", 3), ("3 घंटे पहले", 3),
        ("3 ชั่วโมงที่แล้ว", 3), ("منذ 3 ساعات", 3), ("לפני 3 שעות", 3), ("3시간 전", 3),
        ("3時間前", 3), ("3小时前", 3), ("3 hours ago", 3), ("vor 3 Stunden", 3),
    ],
)  # fmt: skip
def test_an_age_in_the_readers_language_counts_back_from_the_page_time(text: str, hours: int) -> None:
    anchor = datetime(2024, 5, 10, 12, tzinfo=UTC)
    assert parse_relative(text, anchor) == f"2024-05-10T{12 - hours:02d}:00:00+00:00"
    assert is_age_only(text)


def test_a_name_before_an_age_is_not_read_as_a_count() -> None:
    """ "Anna Lee 5 hours ago" holds "a Lee" (an article and a word) before its age."""
    anchor = datetime(2024, 5, 10, 12, tzinfo=UTC)
    assert parse_relative("Anna Lee 5 hours ago", anchor) == "2024-05-10T07:00:00+00:00"
    assert parse_relative("Ольга 5 часов назад", anchor) == "2024-05-10T07:00:00+00:00"
    assert not is_age_only("Anna Lee 5 hours ago")


def test_words_that_only_look_like_ages_are_none() -> None:
    anchor = datetime(2024, 5, 10, 12, tzinfo=UTC)
    for text in ("前の記事", "2024年3月前", "Anna 2023", "rok 2024 temu nie", "Kommentare (3)"):
        assert parse_relative(text, anchor) is None, text


@pytest.mark.parametrize(
    ("shown", "iso"),
    [
        ("2024.05.03. 14:22", "2024-05-03T14:22:00"),  # Korean portals: a dot after the day
        ("2024. 5. 3. 오후 2:22", "2024-05-03T14:22:00"),  # Korean locale: spaced, afternoon
        ("2024. 5. 3. 오전 12:05", "2024-05-03T00:05:00"),
        ("2024년 5월 3일 오후 2:22", "2024-05-03T14:22:00"),
        ("2024/05/03 午後2:22", "2024-05-03T14:22:00"),
        ("2024-05-03 下午 2:22", "2024-05-03T14:22:00"),
        ("3 मई 2024, 10:15 AM", "2024-05-03T10:15:00"),  # Hindi month names
        ("12 सितंबर 2023", "2023-09-12"),
    ],
)
def test_dates_as_korean_japanese_chinese_and_hindi_pages_print_them(shown: str, iso: str) -> None:
    assert parse_date_text(shown) == iso


def test_a_version_number_and_a_plain_sentence_are_no_dates() -> None:
    assert parse_date_text("release 2024.05.03.1 is out") is None
    assert parse_date_text("we met on 2024/05/03.") == "2024-05-03"


def _headed_page(lang: str, header: str) -> bytes:
    """The thread of `_thread_page` with each comment's name and age written in one `header` ("{name}",
    "{age}"): one element, or bare text in the item's header box."""
    names, age, reply, said = THREADS[lang]

    def item(i: int, replies: str = "") -> str:
        nested = f"<ul class='q8w2'>{replies}</ul>" if replies else ""
        head = header.format(name=names[i], age=age.format(n=i + 2))
        return (
            f"<li class='x7b1'><div class='m2c4'>{head}</div><p class='p3d5'>{said[i]}</p>"
            f"<div class='a1b2'><a href='#r{i}'>{reply}</a></div>{nested}</li>"
        )

    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{said[1]}</title>"
        f"<meta property='article:published_time' content='{PAGE_TIME}'></head><body><main><article>"
        f"<h1>{said[1]}</h1><p>{said[0] * 6}</p></article><ul class='k3f9'>{item(0, item(1))}{item(2)}"
        f"{item(3, item(4))}</ul></main></body></html>"
    ).encode()


@pytest.mark.parametrize("lang", ["en", "hi", "ko"])
@pytest.mark.parametrize(
    "header", ["<span class='n5e7'>{name} | {age}</span>", "{name} · {age}", "<b>{name} {age}</b>"]
)
def test_a_name_and_its_age_written_in_one_element_are_told_apart(lang: str, header: str) -> None:
    names, _age, _reply, said = THREADS[lang]
    comments = extract_comments(_headed_page(lang, header), f"https://news.example/{lang}/story-2").comments
    assert [c.author for c in comments] == names
    assert [c.text for c in comments] == said
    assert [c.parent for c in comments] == [None, 0, None, None, 3]
    assert [c.published for c in comments] == [f"2024-05-10T{12 - n:02d}:00:00+00:00" for n in range(2, 7)]


@pytest.mark.parametrize(
    ("shown", "iso"),
    [
        ("05/03/24(Fri)14:22:10", "2024-05-03T14:22:10"),  # month first, as the weekday says
        ("03/05/24(Fri)14:22", "2024-05-03T14:22:00"),  # day first, as the weekday says
        ("Fr. 05/03/2024", "2024-05-03"),
        ("2024/05/03(金) 14:22:10", "2024-05-03T14:22:10"),  # a weekday in brackets before the time
        ("05/03/2024", "2024-03-05"),  # no weekday: day first, as before
        ("I do 05/03/2024", "2024-03-05"),  # "do" is a word here, not Thursday's "Do."
        ("05.03.2024 Mittwoch", "2024-03-05"),  # a weekday neither order has: as given
        ("03/05/2024, 15h07 #16 marcel", "2024-05-03T15:07:00"),  # "mar" of a word further on is no Tuesday
    ],
)
def test_a_weekday_beside_a_numeric_date_tells_its_day_from_its_month(shown: str, iso: str) -> None:
    assert parse_date_text(shown) == iso


@pytest.mark.parametrize("age", ["{n}h", "{n} h", "· {n}h", "{n}d"])
def test_an_age_in_short_dates_a_thread_in_hashed_markup(age: str) -> None:
    """ "3h", "2d": the age as modern widgets print it, alone in its element, counted back from the page's time."""
    names, _age, _reply, said = THREADS["en"]
    comments = extract_comments(_thread_page("en", age), "https://news.example/en/story-3").comments
    assert [c.author for c in comments] == names
    assert [c.text for c in comments] == said
    assert [c.parent for c in comments] == [None, 0, None, None, 3]
    hours_or_days = [int(age.format(n=n).strip("· hd")) for n in range(2, 7)]
    if age.endswith("d"):
        assert [c.published for c in comments] == [f"2024-05-{10 - d:02d}" for d in hours_or_days]
    else:
        assert [c.published for c in comments] == [f"2024-05-10T{12 - h:02d}:00:00+00:00" for h in hours_or_days]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("3h", "2024-05-10T09:00:00+00:00"), ("2d", "2024-05-08"), ("1w", "2024-05-03"), ("5 min", "2024-05-10T11:55:00+00:00"),
        ("vor 3 Std.", "2024-05-10T09:00:00+00:00"), ("il y a 3 h", "2024-05-10T09:00:00+00:00"), ("il y a 3 j", "2024-05-07"),
        ("il y a un jour", "2024-05-09"), ("hace un día", "2024-05-09"), ("just now", "2024-05-10T12:00:00+00:00"),
        ("gerade eben", "2024-05-10T12:00:00+00:00"),
    ],
)  # fmt: skip
def test_short_and_spelled_out_ages(text: str, iso: str) -> None:
    anchor = datetime(2024, 5, 10, 12, tzinfo=UTC)
    assert parse_relative(text, anchor) == iso


def test_a_short_age_inside_other_words_is_none() -> None:
    anchor = datetime(2024, 5, 10, 12, tzinfo=UTC)
    for text in ("Top 5m list", "v2.3h", "H2O", "Mannheim", "Jetzt", "12 hours"):
        assert parse_relative(text, anchor) is None, text


def test_an_ago_word_inside_a_class_name_is_no_age() -> None:
    """Italian "fa" (ago) is also Font Awesome's class prefix: "fa-clock" next to a number is no age."""
    from autocrawl.extraction.comments.unmarked import _ages_in_own_words

    icons = "<i class='fa-clock fa-2x'></i> 12 " * 50
    assert _ages_in_own_words(f"<html lang='it'><body>{icons}</body></html>") == 0
    ages = "".join(f"<p>{n} ore fa</p>" for n in (3, 4, 5))
    assert _ages_in_own_words(f"<html lang='it'><body>{icons}{ages}</body></html>") == 3
