"""A chat archive: messages flat by time, each stamped in epoch seconds on its own element, its name
line carrying the clock time, and a thread reply naming its thread's first message by that message's
stamp in another attribute. Two counters one apart on every item are no threading."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

URL = "https://chat.example.org/archive/help/2024-05-02"
BASE = 1714653300  # 2024-05-02T12:35:00Z

MESSAGES = [  # name, words, the message whose thread it answers
    ("Diego Pérez", "Alguien probó el entorno virtual nuevo con la versión tres doce del intérprete?", None),
    ("Valentina Rojas", "Sí, pero el módulo de compilación falla cuando el paquete trae extensiones nativas.", None),
    ("Tomás Vidal", "Eso pasa con la imagen vieja de docker, actualizala y el error desaparece.", 1),
    ("Fernanda Lagos", "Pregunta aparte: cómo fijan las dependencias de desarrollo en el proyecto?", None),
    ("Benjamín Castro", "Yo uso un archivo de restricciones aparte, así el despliegue queda igual.", 3),
    ("Valentina Rojas", "Gracias Tomás, con la imagen nueva compila sin problemas ahora mismo.", 1),
    ("Josefa Araya", "Nosotros fijamos todo en el archivo de bloqueo y lo revisamos cada mes.", 3),
]


def _message(n: int, name: str, said: str, thread: int | None, stamp_attrs: str = "") -> str:
    ts = f"{BASE + 600 * n}.{100000 + n}"
    clock = f"{8 + n // 6:02d}:{(35 + 10 * n) % 60:02d}"
    pointer = f" data-thread-ts='{BASE + 600 * thread}.{100000 + thread}'" if thread is not None else ""
    context = (
        f"<div class='q2'>respondió a un hilo: <a href='#m{thread}'>{MESSAGES[thread][1][:30]}…</a></div>"
        if thread is not None
        else ""
    )
    return (
        f"<div class='x1' id='m{n}' data-ts='{ts}'{pointer}{stamp_attrs}><img class='av' src='/a/{n}.png' alt=''>"
        f"<div class='b7'>{context}<div class='h4'><span class='nm'>{name}</span><a class='tm' href='#m{n}'>{clock}</a></div>"
        f"<div class='tx'><p>{said}</p></div></div></div>"
    )


def _page(body: str) -> bytes:
    return (
        "<html lang='es'><head><title># ayuda</title></head><body><main><div class='top'><h1># ayuda</h1>"
        f"<p>Preguntas sobre Python.</p></div><div class='log' role='log'>{body}</div></main></body></html>"
    ).encode()


def test_chat_messages_take_their_stamps_names_and_threads() -> None:
    page = extract_comments(_page("".join(_message(n, *m) for n, m in enumerate(MESSAGES))), URL)
    assert [c.author for c in page.comments] == [name for name, _, _ in MESSAGES]
    assert [c.published for c in page.comments][:2] == ["2024-05-02T12:35:00+00:00", "2024-05-02T12:45:00+00:00"]
    assert [c.parent for c in page.comments] == [thread for _, _, thread in MESSAGES]


def test_two_counters_one_apart_name_no_parents() -> None:
    """Every post numbered twice, from 0 and from 1: each post's index is the number of the one
    before it, which is no reply."""
    flat = [(name, said, None) for name, said, _ in MESSAGES]
    body = "".join(
        _message(n, name, said, None, f" data-index='{n}' data-number='{n + 1}'")
        for n, (name, said, _) in enumerate(flat)
    )
    page = extract_comments(_page(body), URL)
    assert [c.author for c in page.comments] == [name for name, _, _ in MESSAGES]
    assert [c.parent for c in page.comments] == [None] * len(MESSAGES)


def _room_message(n: int, name: str, said: str, quoted: int | None) -> str:
    ts = (BASE + 600 * n) * 1000  # epoch milliseconds
    clock = f"{10 + n // 6:02d}:{(35 + 10 * n) % 60:02d}"
    quote = ""
    if quoted is not None:
        quote = (
            f"<x-reply><blockquote><a href='#e{quoted}'>In reply to</a> {MESSAGES[quoted][0]}<br>"
            f"{MESSAGES[quoted][1]}</blockquote></x-reply>"
        )
    return (
        f"<li class='tile' id='e{n}' data-ts='{ts}'><span class='who'>{name}</span>"
        f"<a class='stamp' href='#e{n}' title='02-05-2024 {clock}:00'>{clock}</a>"
        f"<div class='msg'>{quote}<p>{said}</p></div></li>"
    )


def test_a_reply_quote_wrapped_in_an_element_named_for_replies_is_no_message() -> None:
    """`<x-reply>` holding only a quote of the message answered is that message's copy above the
    reply, not a message: every message of the room is read, each dated by its own epoch stamp
    (an instant) rather than by the naive local time of its stamp link's title."""
    body = "".join(_room_message(n, name, said, thread) for n, (name, said, thread) in enumerate(MESSAGES))
    page = extract_comments(_page(f"<ol class='timeline'>{body}</ol>"), URL)
    assert [c.author for c in page.comments] == [name for name, _, _ in MESSAGES]
    assert page.comments[0].published == "2024-05-02T12:35:00+00:00"
