"""The article corpora as they are and with opaque class names, scored side by side.

Many big news sites style with CSS-in-JS (`css-1k2jcpe`, `sc-bdVaJa`, hashed ids): a rule that
reads "related" or "byline" in a class name finds nothing there. This bench renames every class
token and id of each page to a stable hash-like token (`c-` + 6 hex digits of a hash of the
original; the same original always gives the same token, so an id and a `href="#id"` pointing at
it stay linked) and leaves the rest as it is: tag names, text, microdata (`itemprop`), `rel`,
`role` and ARIA, meta tags, and scripts and styles untouched (JSON-LD included). The pages are
read from the shared corpora and changed on the fly, for the run only.

    python bench/opaque_articles.py                     # all four article corpora
    python bench/opaque_articles.py --corpus fundus     # one
    python bench/opaque_articles.py --batch < lines     # the opaque extractor (used by the above)

Both variants go through the same extraction command and scorer as `bench/corpus_split.py`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_split import CORPORA, EXTRACT, score_corpus  # noqa: E402

OPAQUE = f"{sys.executable} {Path(__file__).resolve()} --batch"

# Scripts, styles and comments pass unchanged (JSON-LD and the payloads of script-rendered pages
# are standards, not styling); a start tag's attributes are rewritten.
_PART = re.compile(
    rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|"
    rb"<[a-zA-Z][^\s/>]*(?:\s+[^\s=>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>",
    re.S | re.I,
)
_ATTR = re.compile(rb"(\s)([^\s=>]+)(\s*=\s*)(\"[^\"]*\"|'[^']*'|[^\s>\"']+)")
_RAW = re.compile(rb"<(?:script|style)\b", re.I)
# Attributes whose values are class tokens, ids, or lists of ids referring to an element.
_TOKEN_ATTRS = frozenset(
    (b"class", b"id", b"for", b"aria-labelledby", b"aria-describedby", b"aria-controls", b"aria-owns", b"headers")
)


def opaque_token(token: bytes) -> bytes:
    """The stand-in of one class token or id: stable, and saying nothing of the original."""
    return b"c-" + hashlib.sha1(token).hexdigest()[:6].encode()


def _tokens(value: bytes) -> bytes:
    return b" ".join(opaque_token(token) for token in value.split())


def _attribute(match: re.Match[bytes]) -> bytes:
    space, name, equals, value = match.groups()
    lowered = name.lower()
    quote = value[:1] if value[:1] in (b'"', b"'") else b""
    inner = value[1:-1] if quote else value
    if lowered in _TOKEN_ATTRS:
        inner = _tokens(inner)
    elif lowered == b"href" and inner.startswith(b"#") and len(inner) > 1:
        inner = b"#" + opaque_token(inner[1:])
    else:
        return match.group(0)
    return space + name + equals + quote + inner + quote


def _part(match: re.Match[bytes]) -> bytes:
    text = match.group(0)
    if text[:2] == b"<!" or _RAW.match(text):
        return text
    return _ATTR.sub(_attribute, text)


def make_opaque(page: bytes) -> bytes:
    """The page with every class token and id replaced by its opaque stand-in."""
    return _PART.sub(_part, page)


def run_batch() -> int:
    """The extractor's batch protocol on stdin/stdout, each page made opaque first (in a temporary
    folder for the run, then gone)."""
    with tempfile.TemporaryDirectory() as tmp:
        lines = []
        for number, line in enumerate(sys.stdin):
            if not line.strip():
                continue
            request = json.loads(line)
            path = Path(tmp) / f"{number}.html"
            path.write_bytes(make_opaque(Path(request["path"]).read_bytes()))
            lines.append(json.dumps({**request, "path": str(path)}))
        done = subprocess.run(EXTRACT.split(), input="\n".join(lines) + "\n", text=True, stdout=sys.stdout, check=False)
    return done.returncode


# Figures shown, and the name the scorer gives each in its SUMMARY line.
COLUMNS = (
    ("body_f1", "body_f1"),
    ("body_p", "body_p"),
    ("snip_f1", "snip_f1"),
    ("snip_p", "snip_p"),
    ("title", "title_em"),
    ("authors", "authors_f1"),
    ("date", "date_acc"),
    ("cmt_in_body", "comments_in_body"),
)


def _values(line: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in line.split() if "=" in part)


def _row(label: str, line: str) -> str:
    values = _values(line)
    return f"  {label:<18}" + "".join(f"{values.get(key, '-'):>12}" for _, key in COLUMNS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", choices=CORPORA, help="default: all four")
    parser.add_argument("--batch", action="store_true", help="act as the opaque extractor (JSON lines on stdin)")
    parser.add_argument("--keep", type=Path, help="folder to keep the predictions in (the opaque ones in its opaque/)")
    args = parser.parse_args()
    if args.batch:
        sys.exit(run_batch())
    print(f"{'':<20}" + "".join(f"{name:>12}" for name, _ in COLUMNS))
    for name in args.corpus or CORPORA:
        keep_opaque = args.keep / "opaque" if args.keep else None
        original = score_corpus(name, args.keep, EXTRACT)
        opaque = score_corpus(name, keep_opaque, OPAQUE)
        print(name, flush=True)
        for half in ("all", "tune", "validate"):
            print(_row(f"{half} original", original[half]))
            print(_row(f"{half} opaque", opaque[half]), flush=True)


if __name__ == "__main__":
    main()
