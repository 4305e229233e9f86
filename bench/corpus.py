"""A deterministic benchmark batch: N French articles, most of them general news, some about the war.

Mix (for a given seed, the same batch every time):
- RELEVANT_SHARE of the articles carry one of the project's real French texts about the war (the development
  corpus in tests/data/corpus and the JSON lines of data/sample), whole, between paragraphs of general news;
- the others are general news only: 6 to 18 sentences drawn from bench/corpus/general_news_fr.txt, 600
  sentences written for this project in the style of French wire copy (sport, economy, politics, culture,
  weather, justice…), with the usual share of words that look like a trigger ("rencontre", "aide", "avion").
Articles average about 270 words, the length of a wire dispatch. `python bench/corpus.py N FILE` writes one.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GENERAL_NEWS = REPO / "bench" / "corpus" / "general_news_fr.txt"
REAL_TEXTS = [REPO / "tests" / "data" / "corpus" / "articles.jsonl", *sorted((REPO / "data" / "sample").glob("*.jsonl"))]
RELEVANT_SHARE = 0.1
GENERAL_SENTENCES = (6, 18)
PADDING_SENTENCES = (1, 4)
PARAGRAPH_SENTENCES = 3
DAY = "2025-03-20"


def real_french_texts() -> list[dict]:
    records = [json.loads(line) for path in REAL_TEXTS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [record for record in records if record.get("lang") == "fr"]


def general_sentences() -> list[str]:
    return [line.strip() for line in GENERAL_NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _paragraphs(sentences: list[str]) -> str:
    return "\n".join(" ".join(sentences[start : start + PARAGRAPH_SENTENCES]) for start in range(0, len(sentences), PARAGRAPH_SENTENCES))


def generate(count: int, seed: int = 20250320) -> list[dict]:
    """`count` article records in the pipeline's input format, all published on DAY."""
    rng = random.Random(seed)
    pool, real = general_sentences(), real_french_texts()
    records = []
    for index in range(count):
        if rng.random() < RELEVANT_SHARE:
            source = rng.choice(real)
            before, after = (rng.sample(pool, rng.randint(*PADDING_SENTENCES)) for _ in range(2))
            text, title = "\n".join([_paragraphs(before), source["text"], _paragraphs(after)]), source.get("title")
        else:
            text, title = _paragraphs(rng.sample(pool, rng.randint(*GENERAL_SENTENCES))), None
        records.append(
            {
                "id": f"bench-{index:06d}",
                "source": "bench",
                "lang": "fr",
                "title": title,
                "url": None,
                "published_at": f"{DAY}T{6 + index % 14:02d}:{index % 60:02d}:00+01:00",
                "text": text,
            }
        )
    return records


def write_batch(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write_batch(Path(sys.argv[2]), generate(int(sys.argv[1])))
