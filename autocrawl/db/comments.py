"""The `comments` table: an article's comments diffed against the stored ones, written in bulk.

Saving is two steps, so that a batch of articles writes its comments in a few statements:
- `plan_comments` (inside the article's savepoint) compares the comments found now with the
  stored ones: which are new, seen again, edited (same row, same key: autocrawl.db.keys) or
  gone from a complete list (kept, marked deleted), and which answer which;
- `write_comment_plans` (once per batch) sends the plans of all saved articles: UPDATEs by id as
  executemany, new rows as multi-row `INSERT … ON CONFLICT (article_id, fingerprint) DO NOTHING`,
  then the parent links, which need the new rows' ids.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from itemadapter import ItemAdapter
from sqlalchemy import Row, Table, bindparam, select, tuple_, update
from sqlalchemy.orm import Session

from autocrawl.dates import parse_instant
from autocrawl.db.bulk import IN_CHUNK, chunks, upsert
from autocrawl.db.keys import assign_comment_keys, edit_update, pair_edited_comments
from autocrawl.db.models import Comment
from autocrawl.dedupe.hashing import normalize_text

__all__ = ["comment_fingerprint", "published_key", "CommentPlan", "plan_comments", "write_comment_plans"]

_COMMENTS: Table = Comment.__table__  # type: ignore[assignment]

# A comment of the item is a stored row (its id) or a row inserted by this plan (its fingerprint).
Ref = int | str


def published_key(value: Any) -> str:
    """A comment's published time to the minute, in UTC (what a fingerprint compares)."""
    dt = parse_instant(value)
    if dt is not None:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
    return str(value or "").strip()


# Longer than any comment system's ids; an indexed column (with the article) refuses an entry over
# 2,704 bytes on PostgreSQL, and the fingerprint keeps this much of an id.
MAX_EXTERNAL_ID_CHARS = 255


def site_id(value: Any) -> str | None:
    """A comment's id on its site as stored: stripped, None when empty or longer than any real id
    (`MAX_EXTERNAL_ID_CHARS`: a page's attribute can hold anything; such a comment is known by its
    content instead)."""
    text = str(value).strip() if value is not None else ""
    return text if text and len(text) <= MAX_EXTERNAL_ID_CHARS else None


def comment_fingerprint(external_id: str | None, author: str | None, published: Any, text: str) -> str:
    """external_id when there is one, else sha1 of (author, published minute, normalised text)."""
    if external_id:
        return str(external_id)[:MAX_EXTERNAL_ID_CHARS]
    raw = "\x1f".join((normalize_text(author), published_key(published), normalize_text(text)))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def as_record(obj: Any) -> dict[str, Any]:
    """An item, dataclass or mapping as a plain dict."""
    if isinstance(obj, dict):
        return obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    return dict(ItemAdapter(obj).items())


_INTEGER_RANGE = range(-(2**31), 2**31)  # a stored INTEGER, on PostgreSQL as on SQLite


def int_or_none(value: Any) -> int | None:
    """`value` as an integer column holds it; None for none, not a number, or one out of range."""
    try:
        number = int(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None
    return number if number is None or number in _INTEGER_RANGE else None


@dataclass
class CommentPlan:
    """The writes one article's comments need; `inserted` is known once they are written."""

    article_id: int
    run_id: int | None
    new_rows: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    updates: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    deleted: list[int] = dataclasses.field(default_factory=list)
    # (comment, the comment it answers, its current parent id)
    parents: list[tuple[Ref, Ref, int | None]] = dataclasses.field(default_factory=list)
    updated: int = 0
    inserted: int = 0


_STORED_COLUMNS = (
    Comment.id,
    Comment.article_id,
    Comment.fingerprint,
    Comment.external_id,
    Comment.text,
    Comment.deleted_at,
    Comment.parent_id,
    Comment.comment_key,
    Comment.author,
    Comment.published_at,
    Comment.position,
)


def stored_comments(session: Session, article_ids: Sequence[int]) -> dict[int, list[Row[Any]]]:
    """The stored comments of these articles, by article id (every id is a key)."""
    found: dict[int, list[Row[Any]]] = {a: [] for a in article_ids}
    for chunk in chunks(list(article_ids), IN_CHUNK):
        for row in session.execute(select(*_STORED_COLUMNS).where(Comment.article_id.in_(chunk))):
            found[row.article_id].append(row)  # type: ignore[arg-type]
    return found


def plan_comments(
    article_id: int,
    article_key: str,
    item: dict[str, Any],
    now: datetime,
    stored: Sequence[Row[Any]],
) -> CommentPlan:
    """Compare the item's comments with the `stored` rows of the article (empty for a new one)."""
    comments = [as_record(c) for c in (item.get("comments") or [])]
    complete = bool(item.get("comments_complete", True))
    declared = int_or_none(item.get("comments_declared"))
    plan = CommentPlan(article_id, int_or_none(item.get("run_id")))  # provenance: the crawl run storing this
    by_fp = {r.fingerprint: r for r in stored}
    stored_by_ext = {r.external_id: r.id for r in stored if r.external_id}

    refs: list[Ref | None] = []
    current_parent: list[int | None] = []
    item_by_ext: dict[str, int] = {}
    seen_fp: dict[str, int] = {}
    seen_ids: set[int] = set()
    new_positions: list[int] = []
    for position, c in enumerate(comments):
        text = (c.get("text") or "").strip()
        external_id = site_id(c.get("external_id"))
        if not text and not external_id:
            refs.append(None)
            current_parent.append(None)
            continue
        fp = comment_fingerprint(external_id, c.get("author"), c.get("published_at"), text)
        n = seen_fp.get(fp, 0)
        seen_fp[fp] = n + 1
        if n:
            fp = f"{fp}#{n + 1}"[:255]
        row = by_fp.get(fp)
        if row is not None:
            changes: dict[str, Any] = {"id": row.id, "last_seen": now, "position": position}
            if c.get("page_url"):
                changes["page_url"] = c.get("page_url")
            edited = text != (row.text or "") and bool(text)
            if edited:
                changes["text"] = text
                changes["edited_at"] = now
            if row.deleted_at is not None:
                changes["deleted_at"] = None
            if edited or row.deleted_at is not None:
                plan.updated += 1
                changes["last_run_id"] = plan.run_id
            plan.updates.append(changes)
            refs.append(row.id)
            seen_ids.add(row.id)
            current_parent.append(row.parent_id)
        else:
            plan.new_rows.append(
                {
                    "article_id": article_id,
                    "parent_id": None,
                    "external_id": external_id,
                    "fingerprint": fp,
                    "author": (c.get("author") or None),
                    "text": text,
                    "published_at": parse_instant(c.get("published_at")),
                    "page_url": c.get("page_url") or None,
                    "position": position,
                    "first_seen": now,
                    "last_seen": now,
                    "edited_at": None,
                    "deleted_at": None,
                }
            )
            new_positions.append(position)
            refs.append(fp)
            current_parent.append(None)
        if external_id:
            item_by_ext.setdefault(external_id, position)

    # a comment without a site id whose text was edited: same row, same key (autocrawl.db.keys)
    unseen = [r for r in stored if r.id not in seen_ids]
    for index, edited in reversed(pair_edited_comments(unseen, plan.new_rows, published_key)):
        edit, position = plan.new_rows.pop(index), new_positions.pop(index)
        plan.updates.append(edit_update(edited, edit, now, plan.run_id))
        refs[position], current_parent[position] = edited.id, edited.parent_id
        seen_ids.add(edited.id)
        plan.updated += 1
    if plan.new_rows:
        assign_comment_keys(article_key, plan.new_rows, stored, plan.run_id)

    # parents: an index into this list, or an external id (this list first, then stored comments)
    for position, c in enumerate(comments):
        ref = refs[position]
        if ref is None:
            continue
        target: Ref | None = None
        parent = c.get("parent")
        if isinstance(parent, int) and 0 <= parent < len(refs) and parent != position:
            target = refs[parent]
        pext = site_id(c.get("parent_external_id"))
        if target is None and pext:
            target = refs[item_by_ext[pext]] if pext in item_by_ext else stored_by_ext.get(pext)
        if target is not None and target != ref:
            plan.parents.append((ref, target, current_parent[position]))

    # missing from a complete list: deleted on the site (kept, marked). An empty list with
    # comments declared (or unknown) is a failed extraction, not "all deleted".
    if complete and (seen_ids or plan.new_rows or declared == 0):
        plan.deleted = [r.id for r in stored if r.id not in seen_ids and r.deleted_at is None]
    return plan


def write_comment_plans(session: Session, plans: Sequence[CommentPlan], now: datetime) -> None:
    """Send the plans' writes; sets each plan's `inserted`."""
    _update_by_id(session, [u for p in plans for u in p.updates])

    new_ids: dict[tuple[int, str], int] = {}
    rows = [r for p in plans for r in p.new_rows]
    if rows:
        stmt = upsert(session, _COMMENTS)
        stmt = stmt.on_conflict_do_nothing(index_elements=["article_id", "fingerprint"]).returning(
            _COMMENTS.c.id, _COMMENTS.c.article_id, _COMMENTS.c.fingerprint
        )
        inserted: dict[int, int] = {}
        for cid, article_id, fp in session.execute(stmt, rows):
            new_ids[(article_id, fp)] = cid
            inserted[article_id] = inserted.get(article_id, 0) + 1
        for plan in plans:
            plan.inserted = inserted.get(plan.article_id, 0)
        # rows another writer stored first (same article, same fingerprint): theirs are the rows
        missing = [
            (r["article_id"], r["fingerprint"]) for r in rows if (r["article_id"], r["fingerprint"]) not in new_ids
        ]
        for part in chunks(missing, IN_CHUNK):
            key = tuple_(Comment.article_id, Comment.fingerprint)
            for cid, article_id, fp in session.execute(
                select(Comment.id, Comment.article_id, Comment.fingerprint).where(key.in_(list(part)))
            ):
                new_ids[(article_id, fp)] = cid

    links: list[dict[str, Any]] = []
    for plan in plans:

        def resolve(ref: Ref, article_id: int = plan.article_id) -> int | None:
            return ref if isinstance(ref, int) else new_ids.get((article_id, ref))

        for ref, target_ref, current in plan.parents:
            cid, target = resolve(ref), resolve(target_ref)
            if cid is not None and target is not None and target != cid and target != current:
                links.append({"id": cid, "parent_id": target})
    _update_by_id(session, links)

    by_run: dict[int | None, list[int]] = {}
    for plan in plans:
        by_run.setdefault(plan.run_id, []).extend(plan.deleted)
    for run_id, ids in by_run.items():
        for part in chunks(ids, IN_CHUNK):
            session.execute(
                update(Comment).where(Comment.id.in_(list(part))).values(deleted_at=now, last_run_id=run_id)
            )


def _update_by_id(session: Session, rows: list[dict[str, Any]]) -> None:
    """UPDATE comments SET ... WHERE id = :id, one executemany per set of changed columns."""
    table = _COMMENTS
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        cols = tuple(k for k in row if k != "id")
        groups.setdefault(cols, []).append({"b_id": row["id"], **{f"b_{k}": row[k] for k in cols}})
    for cols, params in groups.items():
        stmt = update(table).where(table.c.id == bindparam("b_id")).values({k: bindparam(f"b_{k}") for k in cols})
        session.execute(stmt, params)
