"""The reply tree of one article's comments, as the store will link it: each comment answers the
comment its `parent` index names, else the first comment of the list whose external id is its
`parent_external_id` (autocrawl.db.comments resolves them in that order).

A hostile or broken page can make those links a loop (a comment answering itself, a answering b
answering a), which no thread can show: readers of the store start each thread at a comment
without a parent (the `v_comment_threads` view), so every comment of a loop would be lost to
them. `cut_reply_loops` names the links to cut: one per loop, that of the loop's first comment
in page order, which then starts a thread of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["cut_reply_loops", "reply_targets"]


def reply_targets(
    parents: Sequence[int | None], external_ids: Sequence[str | None], parent_external_ids: Sequence[str | None]
) -> list[int | None]:
    """The position each comment answers within the list, None when none there."""
    first_with_id: dict[str, int] = {}
    for position, external_id in enumerate(external_ids):
        if external_id:
            first_with_id.setdefault(str(external_id).strip(), position)
    targets: list[int | None] = []
    for position, parent in enumerate(parents):
        if parent is not None and 0 <= parent < len(parents) and parent != position:
            targets.append(parent)
            continue
        wanted = parent_external_ids[position]
        targets.append(first_with_id.get(str(wanted).strip()) if wanted else None)
    return targets


def cut_reply_loops(targets: Sequence[int | None]) -> list[int]:
    """The positions whose link to their target closes a loop (a comment answering itself
    included), in order: cutting those leaves a forest."""
    targets = list(targets)
    done = [False] * len(targets)
    cut: list[int] = []
    for start in range(len(targets)):
        path: list[int] = []
        on_path: dict[int, int] = {}
        node: int | None = start
        while node is not None and not done[node] and node not in on_path:
            on_path[node] = len(path)
            path.append(node)
            node = targets[node]
        if node is not None and node in on_path:  # back at a comment of this walk: a loop
            first = min(path[on_path[node] :])
            targets[first] = None
            cut.append(first)
        for visited in path:
            done[visited] = True
    return sorted(cut)
