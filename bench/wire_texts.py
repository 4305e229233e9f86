"""The extraction path against the naive baseline on real wire copy: the wire set's texts, all about the war and
most holding a claim, the worst case for the pre-filter. Both run in one process, best of three rounds each,
taken in turn; prints both times, their ratio, and whether both give the same mentions.

    make bench-wire                                    # tests/data/wire/texts/dev.jsonl
    .venv/bin/python bench/wire_texts.py FILE.jsonl    # any file in the batch format

The texts are not in the repository: tests/data/wire/README.md says how to retrieve them.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from corpus import REPO
from nightly import naive_mentions

DEFAULT_TEXTS = REPO / "tests" / "data" / "wire" / "texts" / "dev.jsonl"
ROUNDS = 3


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TEXTS
    if not path.is_file():
        print(f"{path}: no such file; tests/data/wire/README.md says how to retrieve the wire texts", file=sys.stderr)
        return 2
    from transforms.extract.articles import extract_articles
    from transforms.nlp import shared_pipeline

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [(r["id"], r["lang"], r["text"], r.get("title")) for r in records]
    words = sum(len(text.split()) for _, _, text, _ in articles)
    print(f"texts: {len(articles)} articles, {words:,} words ({path})")
    shared_pipeline("fr")  # loaded before the clock, as the baseline's is

    product_times, naive_times = [], []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        product = list(extract_articles(shared_pipeline, articles, processes=1))
        product_times.append(time.perf_counter() - started)
        naive, seconds = naive_mentions(articles)
        naive_times.append(seconds)
    best_product, best_naive = min(product_times), min(naive_times)
    print(f"product, 1 process        {best_product:7.2f} s   ({words / best_product:,.0f} words/s)")
    print(f"naive baseline, 1 process {best_naive:7.2f} s   ({words / best_naive:,.0f} words/s)")
    print(f"product / naive throughput {best_naive / best_product:6.2f}x")
    same = product == naive
    print(f"same mentions: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
