"""How extraction scales with the length of one article: seconds and peak memory of `extract_articles` (one
process) over a single article of 50, 100, 200, 400 and 800 thousand characters, each size in a fresh process
with the model loaded and warmed before the measure. Two articles:

- repeated: "Selon Moscou, 17 " then "drones abattus au-dessus de la région de Belgorod" N times, joined by ". ",
  every sentence a candidate, so that all of it is parsed and read by the rules;
- mixed: articles of the benchmark batch (bench/corpus.py) end to end, a few candidate sentences among many of
  general news; one block of them, repeated up to the size.

Every doubling of the article must cost at most 2.3x the time and memory of the size before it, each size the
best of three runs in processes of their own (bench/scaling.py).

    .venv/bin/python bench/scaling_extraction.py
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from corpus import generate
from scaling import main, measured

SIZES = [50_000, 100_000, 200_000, 400_000, 800_000]
HEAD = "Selon Moscou, 17 "
REPEATED = "drones abattus au-dessus de la région de Belgorod"
WARM_UP = "Selon Moscou, 17 drones ont été abattus au-dessus de la région de Belgorod."
# The mixed article repeats one block of generated articles, so that every size holds the same mix of candidate
# and other sentences (the batch's own mix drifts from one stretch to the next). Sizes are multiples of it.
MIXED_BLOCK_CHARS = 50_000
# Generated articles average well over this many characters.
LEAST_ARTICLE_CHARS = 500


def repeated_article(size: int) -> str:
    count = max(1, round((size - len(HEAD)) / (len(REPEATED) + 2)))
    return HEAD + ". ".join([REPEATED] * count)


def mixed_article(size: int) -> str:
    articles = "\n".join(record["text"] for record in generate(MIXED_BLOCK_CHARS // LEAST_ARTICLE_CHARS))
    block = articles[: articles.rindex("\n", 0, MIXED_BLOCK_CHARS)]
    return "\n".join([block] * (size // MIXED_BLOCK_CHARS))


ARTICLES = {"repeated": repeated_article, "mixed": mixed_article}


def extracted_article(article: str, size: int) -> dict:
    """Child: the figures of extracting one article of about `size` characters, and what it found."""
    from transforms.extract.articles import extract_articles
    from transforms.nlp import shared_pipeline

    text = ARTICLES[article](size)
    list(extract_articles(shared_pipeline, [("warm-up", "fr", WARM_UP, None)]))
    with measured() as figures:
        mentions = list(extract_articles(shared_pipeline, [("long", "fr", text, None)], processes=1))
    return {**figures, "characters": len(text), "mentions": len(mentions)}


if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve(), {article: partial(extracted_article, article) for article in ARTICLES}, SIZES))
