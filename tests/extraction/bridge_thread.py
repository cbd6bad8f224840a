"""A story and the names and words of a small thread about it, for the comment tests that write
their own thread markup around them."""

from __future__ import annotations

NAMES = ["Ann Hill", "Bob Kerr", "Cara Diaz", "Dev Patel", "Eli Stone", "Fay Ruiz", "Gus Moe"]
SAID = [
    "I think the plan makes sense for the town centre.",
    "Not sure, the costs look far too high to me.",
    "Costs were explained at the meeting last week.",
    "Why was the vote moved to a Friday night?",
    "Because the hall was booked on Monday evening.",
    "That is a poor excuse for moving it.",
    "We should ask the council for the minutes.",
]
STORY = "<p>" + "The council voted on the bridge plan after a long debate about costs and routes. " * 8 + "</p>"


def story_page(thread: str) -> bytes:
    """A page with the story in its <article>, then `thread`: the comments' markup with its container."""
    return (
        "<html lang='en'><head><title>Bridge plan</title></head><body><main><article>"
        f"<h1>Council approves new bridge plan</h1>{STORY}</article>{thread}</main></body></html>"
    ).encode()
