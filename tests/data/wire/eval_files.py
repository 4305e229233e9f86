"""The files `warwire eval` reads for the wire set, one per split, from the re-retrieved excerpts:
texts/<id>.txt (each excerpt as the index returns it) and references.jsonl → texts/dev.jsonl and
texts/validation.jsonl, in the pipeline's input format. Excerpts not retrieved yet are named and left out.

    .venv/bin/python tests/data/wire/eval_files.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def eval_records(references: list[dict], texts: dict[str, str]) -> dict[str, list[dict]]:
    """Per split, the excerpts as articles: their text, publication time, URL and the page's site as source."""
    splits: dict[str, list[dict]] = {"dev": [], "validation": []}
    for reference in references:
        if reference["id"] in texts:
            site = reference["url"].split("/")[2].removeprefix("www.")
            splits[reference["split"]].append(
                {
                    "id": reference["id"], "source": site, "lang": "fr", "title": None, "url": reference["url"],
                    "published_at": reference["published_at"], "text": texts[reference["id"]],
                }
            )
    return splits


def main() -> int:
    references = read_jsonl(HERE / "references.jsonl")
    texts = {path.stem: path.read_text(encoding="utf-8") for path in TEXTS.glob("*.txt")}
    missing = [reference["id"] for reference in references if reference["id"] not in texts]
    for split, records in eval_records(references, texts).items():
        (TEXTS / f"{split}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"{TEXTS / f'{split}.jsonl'}: {len(records)} excerpts")
    if missing:
        print(f"not retrieved yet: {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
