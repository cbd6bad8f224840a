"""trafilatura 2.3.1 as a `--batch-cmd` for the shared scorer, so that bench/corpus_split.py can
score it on the same halves as autocrawl:

    python bench/corpus_split.py --batch-cmd "python bench/trafilatura_batch.py"

Reads JSON lines {"id", "path", "url"} on stdin and prints one JSON line per page with the fields
the scorer reads: body, title, authors (trafilatura's "; "-joined string, split), published.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def fields(html: bytes, url: str) -> dict[str, object]:
    """trafilatura's body and metadata for one page, as the scorer reads them."""
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url or None, with_metadata=True)
    if document is None:
        return {"body": ""}
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    authors = found.get("author") or ""
    return {
        "body": found.get("text") or "",
        "title": found.get("title"),
        "authors": [name.strip() for name in authors.split(";") if name.strip()],
        "published": found.get("date"),
    }


def main() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            answer = fields(Path(request["path"]).read_bytes(), request.get("url") or "")
        except Exception as error:  # one bad page must not stop the batch
            answer = {"body": "", "error": f"{type(error).__name__}: {error}"}
        print(json.dumps({"id": request["id"], **answer}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
