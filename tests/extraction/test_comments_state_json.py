"""Comments that a page holds only in its embedded application state (the JSON a script renders
the thread from), read when the markup shows none."""

from __future__ import annotations

import json

from autocrawl.extraction import extract_comments

URL = "https://news.example.org/city/2024/05/03/bus-fares-rise.html"
STORY = "<p>" + "Bus fares rise in June after the council vote on the new budget. " * 6 + "</p>"


def _page(script: str, placeholder: str = "<p>Loading comments…</p>") -> bytes:
    return (
        "<html><head><title>Bus fares rise</title></head><body><main><article><h1>Bus fares rise</h1>"
        f"{STORY}</article><section><h2>Comments</h2>{placeholder}</section></main>{script}</body></html>"
    ).encode()


def _json_script(data: object, attrs: str = 'type="application/json" id="__NEXT_DATA__"') -> str:
    return f"<script {attrs}>{json.dumps(data)}</script>"


def test_nested_replies_in_next_data_make_a_thread() -> None:
    state = {
        "props": {
            "pageProps": {
                "comments": {
                    "items": [
                        {
                            "id": "c1",
                            "author": {"name": "Ana Lima"},
                            "content": "<p>Fares went up last year too.</p><p>Again?</p>",
                            "createdAt": "2024-05-03T12:00:00.000Z",
                            "replies": [
                                {
                                    "id": "c2",
                                    "author": {"name": "Rui Costa"},
                                    "content": "Costs rose as well.",
                                    "createdAt": "2024-05-03T12:30:00.000Z",
                                    "replies": [],
                                }
                            ],
                        },
                        {"id": "c3", "author": {"name": "Bia"}, "content": "Walk then.", "createdAt": 1714741200000},
                    ]
                }
            }
        }
    }
    page = extract_comments(_page(_json_script(state)), URL)
    assert [c.author for c in page.comments] == ["Ana Lima", "Rui Costa", "Bia"]
    assert [c.parent for c in page.comments] == [None, 0, None]
    assert page.comments[0].text.split() == ["Fares", "went", "up", "last", "year", "too.", "Again?"]
    assert "<" not in page.comments[0].text
    assert page.comments[0].published is not None and page.comments[0].published.startswith("2024-05-03T12:00")
    assert page.comments[2].published is not None and page.comments[2].published.startswith("2024-05-03")


def test_a_flat_list_naming_parent_ids_in_an_assigned_state_is_threaded() -> None:
    state = {
        "article": {"id": 7, "title": "Bus fares rise"},
        "discussion": {
            "comments": [
                {
                    "commentId": 11,
                    "userName": "tom",
                    "text": "First!",
                    "parentId": None,
                    "date": "2024-05-03T09:00:00Z",
                },
                {
                    "commentId": 12,
                    "userName": "kim",
                    "text": "Not quite.",
                    "parentId": 11,
                    "date": "2024-05-03T09:05:00Z",
                },
                {
                    "commentId": 13,
                    "userName": "lee",
                    "text": "Agreed, Kim.",
                    "parentId": 12,
                    "date": "2024-05-03T09:09:00Z",
                },
            ]
        },
    }
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    page = extract_comments(_page(script), URL)
    assert [c.author for c in page.comments] == ["tom", "kim", "lee"]
    assert [c.parent for c in page.comments] == [None, 0, 1]


def test_state_without_a_thread_gives_no_comments() -> None:
    """Related stories with authors and bodies, and a comment count, are no thread."""
    state = {
        "related": [
            {"id": 1, "author": "Desk", "body": "Rail fares frozen for a year.", "title": "Rail fares"},
            {"id": 2, "author": "Desk", "body": "Ferry timetable changes.", "title": "Ferries"},
        ],
        "commentCount": 0,
        "commentsEnabled": True,
    }
    assert extract_comments(_page(_json_script(state)), URL).comments == []


def test_comments_in_the_markup_win_over_the_state() -> None:
    markup = "".join(
        f"<div class='comment' id='comment-{i}'><span class='comment-author'>{name}</span>"
        f"<time datetime='2024-05-03T1{i}:00:00Z'>May 3</time><p>{text}</p></div>"
        for i, (name, text) in enumerate([("Ana", "Too dear already."), ("Ben", "Cheaper than driving.")])
    )
    state = {"comments": [{"id": 9, "author": "Ghost", "text": "Only in the state."}]}
    page = extract_comments(_page(_json_script(state), placeholder=markup), URL)
    assert [c.author for c in page.comments] == ["Ana", "Ben"]
