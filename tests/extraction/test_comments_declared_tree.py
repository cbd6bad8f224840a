"""A forum that shows its posts flat and declares their tree in JSON-LD (schema.org `comment`
nested in the comment answered): the markup's comments take their parents from the declaration
they agree with, and only then."""

from __future__ import annotations

import json

from autocrawl.extraction import extract_comments

URL = "https://forum.example.com.br/t/lupulo-seco/311"
POSTS = [
    ("Renata Lopes", "O dry hop no quinto dia deixou a IPA muito mais aromática do que eu esperava.", None),
    ("Paulo Brum", "Você usou pellets ou flor? Com flor eu sempre perco um pouco de cerveja.", 0),
    ("Renata Lopes", "Pellets, cem gramas para vinte litros, direto no fermentador sem saco.", 1),
    ("Lívia T.", "Aqui a temperatura da fermentação fez mais diferença do que o lúpulo.", None),
    ("Otávio", "Concordo com a Lívia, controlar a geladeira mudou tudo nas minhas lagers.", 3),
    ("Paulo Brum", "Vou testar os pellets no próximo lote e conto aqui como ficou o aroma.", 2),
]


def _declared(posts: list[tuple[str, str, int | None]]) -> str:
    nodes: list[dict] = []
    for n, (name, said, parent) in enumerate(posts):
        node = {"@type": "Comment", "author": {"@type": "Person", "name": name}, "text": said, "url": f"{URL}#p{n}"}
        nodes.append(node)
        if parent is None:
            continue
        nodes[parent].setdefault("comment", []).append(node)
    roots = [nodes[n] for n, (_, _, parent) in enumerate(posts) if parent is None]
    data = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Lúpulo seco"}
    return json.dumps({**data, "text": "Quem já fez dry hop em IPA?", "comment": roots}, ensure_ascii=False)


def _page(declared: str) -> bytes:
    posts = "".join(
        f"<div class='k8f2a1' id='p{n}'><div class='a93b2c'><span class='n1c7d4'>{name}</span>"
        f"<time datetime='2024-04-2{n}T1{n}:05:00-03:00'>2{n}/04/2024</time></div>"
        f"<div class='b4e6f9'><p>{said}</p></div><button>Responder</button></div>"
        for n, (name, said, _) in enumerate(POSTS)
    )
    return (
        f"<html lang='pt-BR'><head><title>Lúpulo seco</title><script type='application/ld+json'>{declared}</script>"
        "</head><body><main><h1>Lúpulo seco em IPA</h1><div class='q0d1e2'><p>"
        + "Quem já fez dry hop em IPA caseira e quer contar como ficou o aroma e o amargor? " * 4
        + f"</p></div><section class='c5a7b8'><h2>6 respostas</h2>{posts}</section></main></body></html>"
    ).encode()


def test_flat_posts_take_their_parents_from_the_declared_tree() -> None:
    page = extract_comments(_page(_declared(POSTS)), URL)
    assert [c.author for c in page.comments] == [name for name, _, _ in POSTS]
    assert [c.parent for c in page.comments] == [parent for _, _, parent in POSTS]


def test_a_declaration_of_other_words_gives_no_parents() -> None:
    """A declared tree that is not the page's posts (a stale or another thread's) is not taken."""
    other = [
        (name, f"Outra conversa sobre fermentação, mensagem número {n}.", p) for n, (name, _, p) in enumerate(POSTS)
    ]
    page = extract_comments(_page(_declared(other)), URL)
    assert [c.author for c in page.comments] == [name for name, _, _ in POSTS]
    assert [c.parent for c in page.comments] == [None] * len(POSTS)
