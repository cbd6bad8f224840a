"""A forum topic: the opening post titled as the page is (the title holding a separator of its own,
"Loire : état de la piste ? - Forum"), and every post a body wrapping its subject line ("Re: …"),
its byline and its signature around the one message it holds."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

URL = "https://forum.example.fr/viewtopic.php?t=4812"
TOPIC = "Canal latéral à la Loire : état de la piste entre Digoin et Briare ?"
POSTS = [
    ("jpb_rando", "Quelqu'un a roulé entre Digoin et Briare ce printemps ? " * 5),
    ("Le Hollandais", "Gravier sur dix kilomètres."),
    ("Tandem&Co", "Tout est refait depuis mars, on passe sans souci même avec des sacoches."),
    ("sacoches", "Attention à l'écluse de Briare, la passerelle est fermée."),
    ("Pédalo", "Merci pour les nouvelles, je pars samedi avec les enfants."),
]


def _post(n: int, name: str, said: str) -> str:
    subject = TOPIC if n == 0 else f"Re: {TOPIC}"
    return (
        f"<div id='p{1000 + n}' class='post'><dl class='postprofile'><dt><a class='username' "
        f"href='./memberlist.php?u={n}'>{name}</a></dt><dd>Messages : {40 + n}</dd></dl>"
        f"<div class='postbody'><h3><a href='#p{1000 + n}'>{subject}</a></h3>"
        f"<p class='author'>par <strong>{name}</strong> » <time datetime='2024-04-2{n}T1{n}:00:00+00:00'>"
        f"2{n} avr. 2024</time></p><div class='content'>{said}</div>"
        f"<div class='signature'>Le canal, c'est plat. Le vent, non.</div></div></div>"
    )


def _page(title: str = f"{TOPIC} - Forum Véloroutes") -> bytes:
    posts = "".join(_post(n, name, said) for n, (name, said) in enumerate(POSTS))
    return (
        f"<html lang='fr'><head><title>{title}</title></head><body>"
        f"<h2 class='topic-title'>{TOPIC}</h2><div class='topic'>{posts}</div></body></html>"
    ).encode()


def test_the_opening_post_titled_as_the_page_is_no_comment() -> None:
    page = extract_comments(_page(), URL)
    assert [c.author for c in page.comments] == [name for name, _ in POSTS[1:]]


def test_a_post_is_its_message_without_subject_line_or_signature() -> None:
    page = extract_comments(_page(), URL)
    assert [c.text for c in page.comments] == [said for _, said in POSTS[1:]]


def test_a_page_titled_with_the_course_name_before_a_colon_still_names_the_opening_post() -> None:
    page = extract_comments(_page(f"Vélo 5B: {TOPIC}"), URL)
    assert [c.author for c in page.comments] == [name for name, _ in POSTS[1:]]
